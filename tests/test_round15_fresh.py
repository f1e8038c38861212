"""Round 15, after the merge: two chrome classes of a news site seen on a fresh page nobody had read — its name
and a dash before the paper's dateline ("某某新闻网--某某报讯(记者 某某)"), and its numbered copyright notes
under the item ("①…稿件…独家授权…发布,未经本网允许,不得转载使用。…"), which had stayed and given two false
commitments. Each with a look-alike that must stay. All text made up."""
from page_text import run, removed

ITEM = ("3月2日上午,2026年全县农业农村工作会议在县农业农村局召开,全面总结2025年工作,部署2026年重点任务。\n"
        "会议指出,过去一年全县粮食总产达到31.6万吨,农村居民人均可支配收入增长6.8%。\n"
        "会议强调,各乡镇要在6月底前完成高标准农田建设任务1.2万亩。\n")


def test_site_name_and_dash_before_the_papers_dateline_go_with_the_credit():
    out = run("青川新闻网--青川日报讯(记者 林晓)" + ITEM)
    assert out.documents[0].text.startswith("3月2日上午")
    assert any(r.startswith("青川新闻网--青川日报讯") for r in removed("青川新闻网--青川日报讯(记者 林晓)" + ITEM))


def test_a_report_line_naming_the_news_site_and_a_dash_stays():
    line = "青川新闻网——县融媒体中心主办的新闻网站,全年发稿1260篇,点击量增长21%。\n"
    out = run(ITEM + line)
    assert "县融媒体中心主办的新闻网站" in out.documents[0].text


NOTES = ("①青川日报社各媒体稿件和图片,独家授权青川新闻网发布,未经本网允许,不得转载使用。获授权转载时务必注明来源及作者。\n"
         "②本网转载其他媒体稿件目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。\n")


def test_numbered_copyright_notes_under_the_item_go_and_give_no_commitments():
    # (the second note, a repost disclaimer, goes by the short-disclaimer rule: "不代表本网赞同其观点")
    out = run(ITEM + NOTES)
    doc = out.documents[0]
    assert "独家授权" not in doc.text and "不得转载" not in doc.text
    assert all("转载" not in doc.text[c.start:c.end] for c in doc.commitments)


def test_a_reports_own_sentence_on_a_copying_rule_stays():
    rule = "二是规范稿件管理,明确本网稿件未经授权不得转载,全年处理转载线索12条。\n"
    out = run(ITEM + rule)
    assert "明确本网稿件未经授权不得转载" in out.documents[0].text


# -- an image's markdown inside a paragraph (a content farm's repost: "…精神。 ![]() 会议强调,…") ----------------

def test_an_empty_markdown_image_inside_a_paragraph_goes_with_its_closing_parenthesis():
    page = "3月11日,某区召开2026年农业工作会议,传达全省会议精神。 ![]() 会议强调,要做好春耕备耕工作。\n"
    text = run(page).documents[0].text
    assert "![" not in text and ")会议强调" not in text and "精神。会议强调" in text


def test_a_bracketed_note_after_an_exclamation_stays():
    page = ITEM + "请各乡镇注意![重要]按附件(一)格式报送,6月10日前报县农业农村局。\n"
    assert "![重要]按附件(一)格式报送" in run(page).documents[0].text
