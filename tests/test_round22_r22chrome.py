"""Round 22 (r22chrome): chrome, report boundaries and titles on real pages of hosts never surveyed.

Each class a must-catch test and a look-alike the rule leaves alone, on made-up text."""
import pytest

from tests.page_text import removed, text, titles

LEAD = "4月8日,临川县召开春季造林绿化工作推进会,总结前期工作,部署下一阶段任务。\n"


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside: normalizing takes some)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


BODY = ("全县已完成植树造林1.2万亩,义务植树参与人数达4.6万人次。\n"
        "会议要求,各乡镇要在4月底前完成补植补造任务,确保成活率达到90%以上。\n")


# class: a headline holding one exclamation mark or colon inside is a headline (title under a breadcrumb)
def test_headline_with_exclamation_mark_is_title():
    page = ("当前位置:首页 > 林业 > 动态\n\n喜报!临川县春季造林任务提前完成\n\n"
            "发布时间:2026-04-09 来源:临川林业\n\n" + LEAD + BODY)
    assert titles(page) == ["喜报!临川县春季造林任务提前完成"]


def test_headline_with_colon_is_title():
    page = ("首页 > 新闻中心 > 部门动态\n\n县林业局检查森林防火工作时强调: 压实责任 守住底线\n\n"
            "发布时间:2026-04-09 来源:县林业局\n\n" + LEAD + BODY)
    assert [t.replace(" ", "") for t in titles(page)] == ["县林业局检查森林防火工作时强调:压实责任守住底线"]


def test_post_row_with_colon_is_no_headline():
    # a post row, a name and a count after its colon, is no headline: the headline above stays the title
    page = ("某城在线\n临川县召开春季造林绿化工作推进会\n城事用户:佚名 2315℃\n原标题:临川县召开春季造林推进会\n\n"
            + LEAD + BODY)
    assert titles(page) == ["临川县召开春季造林绿化工作推进会"]


# class: a publication row of date-time, the source without its label and a comment counter
def test_date_source_comment_row_goes():
    # the row goes as the article's publication row: the headline over it is the title
    page = ("群山披绿看临川\n\n2026-04-09 10:12:40  临川融媒    参与评论(5)人\n\n" + LEAD + BODY)
    assert gone("2026-04-09 10:12:40  临川融媒    参与评论(5)人", page)
    assert titles(page) == ["群山披绿看临川"]


def test_dated_meeting_line_stays():
    page = "2026年4月9日 10:00 县政府召开常务会议\n" + LEAD + BODY
    assert "县政府召开常务会议" in text(page)


# class: a field table's row the line model left between two removed rows of its shape
def test_field_row_between_removed_rows_goes():
    page = ("临川县2025年度林业工作总结\n索引号 | 11361027MB0000000X/2026-00012 | 发文字号 | |\n"
            "归口处室 | 造林科 | 信息分级 | 一般 |\n成文日期 | 2026-01-20 09:00:00 | 有效性 | 有效 |\n"
            "2025年,县林业局扎实推进国土绿化,全年完成造林3.1万亩。\n一、主要做法\n(一)抓好造林绿化。新植苗木120万株。\n")
    assert gone("归口处室 | 造林科 | 信息分级 | 一般 |", page)


def test_report_table_row_stays():
    page = ("临川县2025年度林业工作总结\n2025年,县林业局扎实推进国土绿化,全年完成造林3.1万亩。\n"
            "乡镇 | 造林面积 | 新植苗木 |\n城关镇 | 0.8万亩 | 30万株 |\n石门乡 | 0.6万亩 | 22万株 |\n"
            "二、存在问题\n部分乡镇管护力量不足。\n")
    assert "城关镇" in text(page)



# class: a read-aloud widget's label on a line of its own
def test_read_aloud_label_goes():
    page = "临川县召开春季造林绿化工作推进会\n2026-04-09 10:05\n来源: 临川发布\n人工智能朗读:\n\n" + LEAD + BODY
    assert gone("人工智能朗读:", page)



# class: a WeChat mirror's post row (the date and the account's name), its headline the title, the copy broken
# over two lines under it gone
def test_wechat_post_row_and_broken_copy():
    page = ("其他\n\n【通知】关于开展2026年度林业“最美护林员”推选工作的通知\n\n2026-03-02 临川林业\n\n"
            "关于开展2026年度林业“最美护林员”\n\n推选工作的通知\n\n各乡镇人民政府,县直有关单位:\n\n"
            "为弘扬护林员扎根山林的奉献精神,决定开展推选工作。现将有关事项通知如下:\n\n"
            "一、推选名额。全县推选“最美护林员”10名。\n\n二、时间安排。各乡镇于3月20日前报送推荐材料。\n")
    assert titles(page) == ["关于开展2026年度林业“最美护林员”推选工作的通知"]
    assert gone("2026-03-02 临川林业", page)
    assert "推选工作的通知" not in text(page)



# class: the article header's headline printed again between two paragraphs of its text
def test_headline_copy_between_paragraphs_goes():
    page = ("临川新闻网 > 专题 > 乡村振兴\n\n【绿水青山】护林员老周的二十年\n\n2026年03月12日 08:10:22 来源:临川日报\n\n"
            "在石门乡,护林员周德山守护这片山林已有二十年。\n\n他每天巡山十多公里,累计劝阻野外用火300余次。\n\n"
            "【绿水青山】护林员老周的二十年\n\n周德山说,今年要带出两名年轻护林员。\n")
    assert "护林员老周的二十年" not in text(page)


def test_report_title_printed_again_stays():
    # a title naming a report genre printed again may head the page's second report
    page = ("首页 > 范文 > 工作总结\n\n护林站工作总结\n\n发布时间:2026-01-05 来源:网友投稿\n\n"
            "2025年,我站认真落实森林防火责任制。全年巡山1200余次。\n\n护林站工作总结\n\n"
            "2025年,石门护林站围绕林区安全开展工作。全年查处违法用火5起。\n")
    assert text(page).count("护林站工作总结") + titles(page).count("护林站工作总结") >= 2


# class: a closing credit with its newsroom's kind before the reporter's role
def test_all_media_reporter_credit_goes():
    page = LEAD + BODY.rstrip("\n") + "(全媒体记者 柯明远)\n"
    assert any("柯明远" in r for r in removed(page))


def test_unit_note_in_brackets_stays():
    page = LEAD + BODY.rstrip("\n") + "(单位:万亩)\n"
    assert "(单位:万亩)" in text(page)


# class: an office's short name in brackets closing the page's text (the item's credit, no role word)
def test_unit_credit_closing_the_page_goes():
    page = LEAD + BODY.rstrip("\n") + "(县林业局办)\n"
    assert gone("(县林业局办)", page)


def test_bracket_over_a_signature_stays():
    page = LEAD + BODY.rstrip("\n") + "(县林业局办)\n临川县林业局\n2026年4月9日\n"
    assert "(县林业局办)" in text(page)



# class: a literature site's badge before the column tag of the headline
def test_badge_before_column_tag_goes():
    page = ("某某文学网-原创散文-基层纪事\n当前位置:某某文学网首页 >> 散文 >> 【林区】跟着护林员巡山的日子(随笔)\n\n"
            "编辑推荐 【林区】跟着护林员巡山的日子(随笔)\n\n作者:山风 阅读:320 发表时间:2026-01-09 21:15:40\n"
            "摘要:去年冬天,我跟着护林员在山里住了一个月。\n\n"
            "去年冬天,我跟着护林员在山里住了一个月。\n这一个月,我们巡山三十多次,清理防火隔离带2公里,还帮护林站修好了两台风力灭火机。\n")
    assert titles(page) == ["跟着护林员巡山的日子(随笔)"]



# class: the writing tool a blogger names above the first numbered heading
def test_blogger_tool_note_goes():
    page = ("2025年个人工作总结\n\n本文由Markdown语法编辑器编辑完成。\n\n1. 前言\n\n这一年我主要负责林区巡护系统的维护。\n"
            "2. 工作回顾\n\n全年修复系统故障26次。\n")
    assert gone("本文由Markdown语法编辑器编辑完成。", page)


# class: a site's dateline with the year before 讯 and a paper's reporter in the credit
def test_dateline_with_year_goes():
    page = ("临川县召开春季造林绿化工作推进会\n\n临川新闻网2026年4月9日讯(临川日报记者 方晓)4月8日,临川县召开春季造林绿化工作推进会。\n"
            + BODY)
    assert not text(page).startswith("临川新闻网")


def test_dated_sentence_stays():
    page = "2026年4月9日,县融媒体中心举办通讯员培训班,培训基层通讯员80人。\n" + BODY
    assert text(page).startswith("2026年4月9日")


# lines between a news item's lead and its text: chrome of a class goes, its look-alike stays
# (an ad slot's code left where its banner was; a numbered photo caption with a number inside its scene)
@pytest.mark.parametrize("line, goes", [
    ("ad2_300*250", True),
    ("A4_210*297", False),  # a paper size
    ("图3 与会人员在2号苗圃观摩", True),
    ("图3 2025年各乡镇造林面积分布情况", False),  # a chart's title says what it counts
    ("经典朗读进校园", False),  # no read-aloud widget
    ("2026-03-02 县林业局印发《森林防火责任制》", False),  # no WeChat post row
    ("精华部分已编入全县林业简报。", False),  # no badge before a column tag
])
def test_line_between_lead_and_text(line, goes):
    page = LEAD + line + "\n" + BODY
    assert gone(line, page) is goes
    assert (line.replace(" ", "") in text(page).replace(" ", "")) is not goes
