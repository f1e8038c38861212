"""Round 18 (r18chrome): page chrome and page heads on real pages, as classes — a portal's metadata row glued on
one line between the title and the report's opening (and cleaning the cleaned text changes nothing more), a
collection's bare article marker glued before the article's first heading, a doc-share page's title keywords one
a line over the title, a title glued before the first heading on the page's first line, a portal's repost note
glued to the last paragraph. Each with a look-alike that must stay. All text made up."""
import pytest
from page_text import removed, run

from reportnlp.stages.boilerplate import _title_word_lines

OPENING = ("2031年,我局在县委县政府的坚强领导下,围绕中心工作,扎实推进各项任务,取得了明显成效。现将工作总结如下:"
           "一、主要工作完成情况 全年完成水利投资3.2亿元,同比增长8%。二、存在的问题 部分项目推进较慢。"
           "三、下一步工作打算 加快项目建设,10月底前完成全部验收。\n")


def texts(page: str) -> str:
    """The reports' texts of ``page``, one after another (what a second cleaning reads)."""
    return "\n".join(d.text for d in run(page).documents)


# -- a metadata row glued between the title and the report's opening ----------------------------------------------

GLUED_ROWS = [
    # (the title, the row in some order, with these field names and buttons)
    "柳河县水务局2031年工作总结 发布时间:2031-12-30 来源:柳河县水务局 浏览次数:312 【字体:大 中 小】 ",
    "柳河县水务局2031年工作总结 发布日期:2031-12-30 信息来源:县水务局 阅读次数:87 【打印】【关闭】 ",
    "柳河县水务局2031年工作总结 作者:周文山 来源:县水务局 点击数:1024 更新时间:2031-12-31 09:12 ",
    "柳河县水务局2031年工作总结 来源:本站 发布时间:2031-12-30 10:24:35 阅读:56 ",
    "柳河县水务局2031年工作总结 发布时间:2031-12-30 ",
]


@pytest.mark.parametrize("head", GLUED_ROWS)
def test_a_metadata_row_after_the_title_goes_and_the_title_and_the_text_stay(head):
    out = run(head + OPENING)
    doc = out.documents[0]
    assert doc.title == "柳河县水务局2031年工作总结"
    assert doc.text.startswith("2031年,我局在县委县政府的坚强领导下")
    assert any(r.kind == "article_meta" and ("时间" in r.text or "日期" in r.text) for r in out.removed)
    assert "来源" not in doc.text and "次数" not in doc.text


@pytest.mark.parametrize("row", [
    "发布时间:2031-12-30 来源:本站 浏览次数:312 ",
    "信息来源:县水务局 作者:周文山 阅读次数:87 【打印】【关闭】 ",
    "【字体:大 中 小】 发布日期:2031-12-30 点击量:",
])
def test_a_metadata_row_without_a_title_goes_and_the_opening_stays(row):
    # (the opening without a figure or a sentence end before its headings: the line once went whole as metadata)
    opening = OPENING.replace("2031年,我局", "今年以来,我局").replace("取得了明显成效。", "取得了明显成效,")
    assert texts(row + opening).startswith("今年以来,我局在县委县政府的坚强领导下")


@pytest.mark.parametrize("page", [head + OPENING for head in GLUED_ROWS] + [
    # (the title on a line of its own over the row: a line rule peeled one field a pass)
    "柳河县水务局2031年工作总结\n" + GLUED_ROWS[0].split(" ", 1)[1] + OPENING,
    "发布时间:2031-12-30 来源:本站 浏览次数:312 " + OPENING.replace("2031年,我局", "今年以来,我局"),
    "信息来源:县水务局 作者:周文山 阅读次数:87 【打印】【关闭】 " + OPENING,
])
def test_cleaning_the_cleaned_text_changes_nothing_more(page):
    once = texts(page)
    assert not any(field in once for field in ("时间:", "日期:", "来源:", "次数:", "阅读:", "【"))
    assert texts(once) == once
    assert not run(once).removed


def test_a_title_with_its_row_and_nothing_after_it_keeps_the_title():
    page = "柳河县水务局2031年工作总结 发布时间:2031-12-30 来源:县水务局 浏览次数:312\n" + OPENING
    assert run(page).documents[0].title == "柳河县水务局2031年工作总结"


@pytest.mark.parametrize("sentence", [
    # a report's own words 来源 / 浏览 / 阅读 / 时间 with a colon, inside its sentences
    "2031年,全县水利投资3.2亿元,资金来源:中央补助1.1亿元、县级配套2.1亿元,阅读:群众满意度98%。\n",
    "群众浏览:政务公开栏全年更新46期,时间:每月10日前,来源:各股室报送。\n",
    "一、资金来源:县财政安排300万元,时间:2031年3月起。\n",
])
def test_a_reports_own_source_and_time_words_stay(sentence):
    text = texts(sentence + OPENING)
    assert sentence.strip() in text.replace("\n", "")
    assert not [r for r in run(sentence + OPENING).removed if r.kind == "article_meta"]


# -- a collection's bare article marker glued before the article's first heading ----------------------------------

ARTICLE = ("一、基本情况\n今年以来,{unit}共开展便民服务活动{n}次,服务居民3000余人次,办理民生实事15件,"
           "群众满意度达到96%,各项工作有序推进,较好完成了年初确定的目标任务。\n"
           "二、存在的问题\n一是活动经费不足,二是志愿者队伍不稳定,三是服务项目较为单一,群众参与度有待提高。\n"
           "三、下一步打算\n明年,我们将积极争取专项经费,12月底前建成志愿服务站,进一步丰富服务项目,"
           "不断提升居民群众的获得感和幸福感。\n")


@pytest.mark.parametrize("markers", [("篇一:", "篇二:"), ("【篇一】", "【篇二】"), ("第1篇:", "第2篇:"),
                                     ("范文一 ", "范文二 ")])
def test_a_marker_glued_before_the_first_heading_goes_and_the_heading_stays(markers):
    page = ("社区工作总结范文(精选2篇)\n" + markers[0] + ARTICLE.format(unit="桃源社区", n=12)
            + markers[1] + ARTICLE.format(unit="柳岸社区", n=21))
    out = run(page)
    gone = [r.text.strip() for r in out.removed if r.kind == "article_marker"]
    assert markers[0].strip() in gone and markers[1].strip() in gone
    assert len(out.documents) == 2
    assert all(d.text.startswith("一、基本情况") for d in out.documents)


def test_a_marker_glued_before_an_opening_sentence_goes():
    page = ("社区工作总结范文(精选2篇)\n" + ARTICLE.format(unit="桃源社区", n=12)
            + "第2篇:今年以来,柳岸社区共开展便民服务活动21次,服务居民2600余人次,群众满意度达到95%。\n"
            + "二、下一步打算\n明年,我们将积极争取专项经费,不断提升居民群众的获得感。\n")
    assert "第2篇:" in removed(page)
    assert "今年以来,柳岸社区共开展" in texts(page)


@pytest.mark.parametrize("line", ["篇幅一、二部分从略。", "本篇一、二两部分由办公室起草。"])
def test_a_line_naming_parts_is_no_glued_marker(line):
    out = run(ARTICLE.format(unit="桃源社区", n=12) + line + "\n" + ARTICLE.format(unit="桃源社区", n=3))
    assert not [r for r in out.removed if r.kind == "article_marker"]


def test_a_part_heading_with_its_year_is_no_glued_marker():
    # (documents.py reads "第二篇 2032年工作安排" removed whole as a part heading of one report)
    page = ARTICLE.format(unit="桃源社区", n=12) + "第二篇 2032年工作安排\n" + ARTICLE.format(unit="桃源社区", n=3)
    assert "第二篇2032年工作安排" in removed(page)


# -- a doc-share page's title keywords, one a line, over the title -------------------------------------------------

TITLE = "青溪县文化馆2031年上半年总结和下半年工作安排"


def test_the_title_keyword_lines_over_the_title_go():
    page = "文化馆\n2031\n上半年\n总结\n下半年\n安排\n" + TITLE + "\n" + OPENING
    out = run(page)
    assert out.documents[0].title == TITLE
    assert {r.text.strip() for r in out.removed} >= {"文化馆", "2031", "上半年", "下半年", "安排"}


@pytest.mark.parametrize("under", ["博物馆、图书馆、档案馆和文化馆共同举办了活动。", "四馆全年接待群众12万人次。"])
def test_short_lines_the_next_line_does_not_hold_in_order_are_no_keywords(under):
    # (a list of short items: the line under them names them in another order, or not at all)
    lines = ["文化馆", "图书馆", "博物馆", "档案馆", under]
    assert _title_word_lines([None] * len(lines), lines) == []


# -- a title glued before the first heading on the page's first line ----------------------------------------------

FIRST = ("一、抓宣传,新闻质量有新提高。我台紧扣县委、县政府中心工作,全年自办新闻资讯8760多条。"
         "二、抓管理,安全播出有保障。全年安全播出无事故,9月底前完成设备更新。\n")


@pytest.mark.parametrize("title", ["县广播电视台2031年上半年工作报告", "2031年县广播电视台工作总结"])
def test_a_title_glued_before_the_first_heading_is_the_reports_title(title):
    doc = run(title + " " + FIRST).documents[0]
    assert doc.title == title
    assert doc.text.startswith("一、抓宣传")


def test_a_sentence_before_the_first_heading_is_no_title():
    page = "按照县委部署,现将有关情况报告如下:" + FIRST
    assert run(page).documents[0].title is None


# -- a portal's repost note glued to the last paragraph ------------------------------------------------------------

def test_a_repost_note_glued_to_the_last_paragraph_goes():
    page = (OPENING + "会议还对12篇年度优秀稿件进行了表彰。本站文章部分内容转载自互联网,供读者交流和学习,"
            "如有涉及作者版权问题请及时与我们联系,以便更正或删除。\n")
    text = texts(page)
    assert text.rstrip().endswith("会议还对12篇年度优秀稿件进行了表彰。")


def test_a_reports_own_copyright_work_stays():
    line = "中心落实稿件三审制度,转载稿件均注明出处,对涉及版权问题的稿件及时更正或删除,全年未发生侵权事件。\n"
    assert line.strip() in texts(OPENING + line)
