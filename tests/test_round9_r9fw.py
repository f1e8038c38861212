"""Round 9 (范文 / doc-share / blog / forum chrome, titles and report boundaries): each class a case it
must catch and a look-alike it must leave alone. All text made up."""
import pytest

from reportnlp.api import process
from reportnlp.stages.boilerplate import classify_line, classify_line_spans, strip_boilerplate
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str):
    return strip_boilerplate(normalize(decode(text)))


def removed_kinds(doc) -> dict[str, str]:
    return {r.text.strip(): r.kind for r in doc.removed}


BODY = ("2025年,我所围绕年初目标,完成各项任务,全年办理业务1260件,群众满意率达到98.6%。"
        "一年来,所里坚持问题导向,抓好队伍建设,工作取得了新的进展。\n")


# (1) a 范文 site's date-and-category line under its page title
@pytest.mark.parametrize("line,kind", [
    ("2025-03-18调研报告", "article_meta"),
    ("2024-11-02 工作总结", "article_meta"),
    ("2023/12/30 述职报告", "article_meta"),
])
def test_date_category_line(line, kind):
    assert classify_line(line) == kind


def test_date_before_a_task_stays():
    assert classify_line("2025-12-31前完成年度自查报告") is None


# (2) SEO list titles with 实用/热门/最新 …, and 【第N篇 markers
@pytest.mark.parametrize("line", ["2025年社区调查报告(实用12篇)", "街道年度工作总结(热门8篇)",
                                  "【第2篇】2025年村委会工作总结", "【第1篇 2024年12月居委会工作总结"])
def test_seo_titles_and_part_markers(line):
    assert classify_line(line) == "article_marker"


def test_report_title_with_a_count_stays():
    assert classify_line("关于实施十项民生实事的报告") is None


# (3) a how-to preface pointing at the samples below
def test_how_to_preface():
    line = "撰写报告要有清晰的结构和目录。请参考以下报告范文,以便更好地理解如何撰写报告。"
    assert classify_line(line) == "preface"


def test_sentence_naming_a_reference_stays():
    assert classify_line("各村请参考以下标准开展自查,发现问题立即整改。") is None


# (4) a preface glued before the report's opening paragraph: only its clauses go
def test_preface_glued_before_text_keeps_the_text():
    line = ("1、乡文化站半年工作总结某某范文网精心整理了文化站半年工作总结,希望能够帮助到大家!"
            "按照县文旅局的统一安排,半年来我馆紧扣全年目标,攻坚克难,基本做到了时间过半任务过半,现总结如下:"
            "一、抓好阵地建设,修缮了馆内阅览室和多功能厅,添置桌椅二十余套,群众活动有了固定场所。"
            "二、办好文化活动,组织广场舞展演和送戏下乡,受到村民普遍欢迎。三、抓好队伍建设,定期开展业务培训。")
    kind, spans = classify_line_spans(line)
    assert kind == "preface" and spans
    kept = "".join(line[b:c] for b, c in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(line)]))
    assert kept.startswith("按照县文旅局的统一安排") and "希望能够帮助" not in kept


def test_preface_with_a_short_tail_goes_whole():
    line = ("岁末年初,又到了写总结的时候,你知道一篇好的总结该怎么写吗?下面是小编为大家整理的文化站工作总结"
            "(精选5篇),希望能够帮助到大家。")
    assert classify_line(line) == "preface"


# (5) a bracketed subheading between two paragraphs of the report
def test_bracketed_subheading_between_paragraphs_stays():
    page = ("这次回乡,我走访了村里的十几户人家,听到最多的话题就是出行难,大家盼着早日修通进山的路。\n"
            "[进村道路]\n"
            "村里通往镇上的道路只有四米宽,雨天泥泞难行,去年冬天还发生过两次车辆侧翻,群众意见很大。\n")
    doc = clean(page)
    assert "[进村道路]" in doc.text


def test_bracketed_tag_above_the_text_goes():
    page = "[两会聚焦]\n县政府工作报告摘要\n2025年,全县地区生产总值增长6.1%,主要指标好于预期,民生投入持续加大。\n"
    doc = clean(page)
    assert "[两会聚焦]" not in doc.text


# (6) a speech title "某某在…会发言" is no photo caption
def test_speech_title_not_a_caption():
    assert classify_line("县长在党建述职工作会发言") is None


def test_caption_of_a_speaker_still_goes():
    assert classify_line("县委书记讲话") == "photo_caption"


# (7) a blogger's note on why the post is up, and readers' comments under the post
def test_blogger_note_above_the_report_goes():
    page = ("石桥随笔的博客\n标签:年度考核 个人总结\n"
            "单位让交年度总结,熬夜写完了,存个底,明年再看看。\n"
            "2025年度个人工作总结\n一、思想方面\n" + BODY)
    doc = clean(page)
    assert "存个底" not in doc.text and "一、思想方面" in doc.text


def test_strong_cue_below_the_headings_stays():
    page = ("2025年度档案室工作总结\n一、基本情况\n" + BODY +
            "二、存在不足\n部分老档案只贴上来一张目录,原件仍散放在各科室,整理进度慢。\n")
    doc = clean(page)
    assert "贴上来一张目录" in doc.text


def test_blog_comments_go():
    page = ("2025年度个人工作总结\n一、工作情况\n" + BODY +
            "阅读(96) 评论(2) 收藏 转载\n评论\n山间清泉:写得真实,明年继续加油!\n石桥随笔(博主):谢谢支持~\n")
    doc = clean(page)
    assert "山间清泉" not in doc.text and "石桥随笔(博主)" not in doc.text
    assert "群众满意率" in doc.text


def test_report_lines_with_a_colon_after_comments_header_free_text_stay():
    page = "2025年度个人工作总结\n" + BODY + "附件:1.年度考核登记表\n联系人:王某某\n"
    doc = clean(page)
    assert "附件:1.年度考核登记表" in doc.text


# (8) a title printed twice at the top of a page is the report's title, whatever its genre word
def test_title_printed_twice():
    page = ("青石社区创建文明城市第一阶段工作小结\n青石社区创建文明城市第一阶段工作小结\n" + BODY
            + "一、加强组织领导\n社区成立了创建工作领导小组,明确了任务分工,每周召开一次推进会。\n")
    doc = process(page).parts[0]
    assert doc.meta["title"] == "青石社区创建文明城市第一阶段工作小结"
    assert "工作小结" not in doc.text


def test_repeated_heading_inside_text_is_no_title():
    page = (BODY + "一、加强组织领导\n社区成立了创建工作领导小组,明确了任务分工,每周召开一次推进会。\n")
    assert process(page).parts[0].meta["title"] is None


def test_issuer_printed_twice_is_no_title():
    page = ("中共青石县水利局党组\n中共青石县水利局党组\n关于巡察反馈意见整改进展情况的报告\n县委巡察工作领导小组:\n" + BODY
            + "一、整改工作开展情况\n局党组先后召开党组会议3次,制定整改方案,明确责任分工。\n")
    assert process(page).parts[0].meta["title"] != "中共青石县水利局党组"


def test_title_printed_twice_not_taken_for_chrome_above_text():
    from reportnlp.stages.boilerplate import _title_printed_twice
    lines = ["某某网", "青石社区第一阶段工作小结", "青石社区第一阶段工作小结", BODY.strip()]
    assert _title_printed_twice(lines, 1, 3) and _title_printed_twice(lines, 2, 3)
    assert not _title_printed_twice(["某某网", "某某网", "上一篇:社区活动", BODY.strip()], 0, 3)


# (9) related-list headers, related questions, "to be continued" notes, a flattened contents line
@pytest.mark.parametrize("line,kind", [
    ("相关整改报告:", "navigation"),
    ("乡村旅游考察报告相关推荐:", "navigation"),
    ("相关问题:村级财务公开表有哪些内容?", "related_list"),
    ("(帖子字数超限,未完,明天补上)", "forum"),
    ("(未完待续)", "forum"),
    ("一、基本情况1二、主要做法3三、存在问题6四、下步打算8", "pagination"),
])
def test_round9_list_and_note_lines(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", ["现将相关情况报告如下:", "相关要求:", "(本文根据现场发言整理,有删节)",
                                  "一、基本情况", "2.相关部门要在年底前完成整改。"])
def test_round9_list_and_note_lookalikes(line):
    assert classify_line(line) is None


def test_items_under_a_related_header_go():
    page = ("2025年度个人工作总结\n" + BODY + "相关整改报告:\n学校食堂卫生整改报告\n校园周边环境整治整改报告\n")
    doc = clean(page)
    assert "学校食堂卫生整改报告" not in doc.text and "群众满意率" in doc.text
