"""Round 10 (gov portals, news / 融媒体, unit and WeChat pages: site chrome and report boundaries): each
class a case it must catch and a look-alike it must leave alone. All text made up."""
import pytest

from reportnlp.api import process
from reportnlp.stages.boilerplate import classify_line, strip_boilerplate
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str):
    return strip_boilerplate(normalize(decode(text)))


def removed_kinds(doc) -> dict[str, str]:
    return {r.text.strip(): r.kind for r in doc.removed}


# (1) a portal's metadata table rows whose first cell the older row rule did not list
@pytest.mark.parametrize("line", ["| 关键词 | 年度报告 | 发布机构 | 柳溪镇人民政府 |",
                                  "| 公开形式 | 主动公开 | 责任部门 | 党政办 |",
                                  "| 生成日期 | 2027-01-20 09:12:40 | 是否有效 | 是 |"])
def test_portal_meta_table_rows(line):
    assert classify_line(line) == "article_meta"


def test_report_statistics_table_row_stays():
    assert classify_line("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |") is None


# (2) a news or repost site's disclaimer lines under the item
@pytest.mark.parametrize("line", ["本文仅代表作者观点,不代表本站立场。", "本文系作者授权本站发表,未经许可,不得转载。",
                                  "未经授权,严禁转载。"])
def test_repost_disclaimer(line):
    assert classify_line(line) == "disclaimer"


def test_report_sentence_on_copying_files_stays():
    line = "全年开展保密检查12次,对涉密文件未经许可不得转载、复印的规定进行了再明确,未发生泄密事件。"
    doc = clean(line + "\n")
    assert "未经许可不得转载" in doc.text


# (3) datelines of sites whose name does not end in 报/网/台/社, and 消息 for 讯
@pytest.mark.parametrize("lead,gone", [
    ("柳川新闻在线讯(通讯员 魏一鸣 庞小雨)3月2日,柳川镇召开年度工作总结会。全镇干部共80余人参加。",
     "柳川新闻在线讯(通讯员魏一鸣庞小雨)"),
    ("柳川网消息(记者 岑思远)3月2日,柳川镇召开年度工作总结会。全镇干部共80余人参加。", "柳川网消息(记者岑思远)"),
    ("石埠讯 3月2日上午,石埠街道召开年度工作总结会。街道干部共60余人参加。", "石埠讯"),
    ("柳川日报·柳川新闻在线讯(通讯员 魏一鸣)3月2日,柳川镇召开年度工作总结会。全镇干部共80余人参加。",
     "柳川日报·柳川新闻在线讯(通讯员魏一鸣)"),
])
def test_site_and_place_datelines(lead, gone):
    doc = clean(lead + "\n")
    assert removed_kinds(doc).get(gone) == "dateline"
    assert doc.text.startswith("3月2日")


@pytest.mark.parametrize("lead", [
    "通讯保障到位,3月2日前完成全部基站巡检,全年无重大通信故障。",
    "我局收到消息(群众来电)后立即处置,3月2日前完成整改。",
])
def test_sentences_with_xun_or_xiaoxi_stay(lead):
    doc = clean(lead + "\n")
    assert doc.text.strip() == lead


# (4) a report's own web address and contact run inside its sentences stay
def test_own_url_and_contact_in_an_annual_report_preface_stay():
    line = ("本报告电子版可在柳川县人民政府网站(www.liuchuan-demo.gov.cn)下载。如对本报告有疑问,请与县民政局办公室"
            "联系(地址:柳川县新华路12号,邮编:551800,电话:0851-2231456)。")
    doc = clean(line + "\n")
    assert "(www.liuchuan-demo.gov.cn)" in doc.text
    assert "联系(地址:柳川县新华路12号,邮编:551800,电话:0851-2231456)" in doc.text


def test_portal_url_and_footer_contacts_still_go():
    text = ("2026年,我局全年办理业务1260件,群众满意率达到98.6%。\n"
            "本文链接:http://www.liuchuan-demo.gov.cn/art/2027/1/5/123.html\n"
            "全年受理申请12件,详见http://www.liuchuan-demo.gov.cn/list.html,均按时答复。\n")
    doc = clean(text)
    assert "http://" not in doc.text


# (5) photo captions between a news item's paragraphs
NEWS = ("3月2日下午,柳川县中医院2026年度工作总结暨表彰大会召开,全院职工共300余人参加。\n"
        "{caption}\n"
        "会上,院长作年度工作报告,回顾了全年工作,全年门诊量达到21.6万人次,同比增长5.2%。\n")


@pytest.mark.parametrize("caption", ["党委副书记庞一帆主持会议", "院长魏景和做2026年度工作报告",
                                     "为先进科室代表颁奖", "骨伤科、康复科荣获年度先进科室"])
def test_news_captions(caption):
    doc = clean(NEWS.format(caption=caption))
    assert removed_kinds(doc).get(caption) == "photo_caption"


def test_award_name_next_to_a_caption():
    doc = clean(NEWS.format(caption="骨伤科、康复科荣获年度先进科室\n年度优质服务奖"))
    assert removed_kinds(doc).get("年度优质服务奖") == "photo_caption"


def test_headline_naming_the_chair_stays():
    line = "县长魏景和主持召开县政府常务会议"  # above the lead: the item's headline
    doc = clean(line + "\n" + NEWS.format(caption="二、门诊服务情况"))
    assert line in doc.text


@pytest.mark.parametrize("line", ["(二)院长做2026年度工作报告", "年度优质服务奖"])
def test_caption_look_alikes_stay(line):
    # a numbered heading, and an award name with no caption beside it
    doc = clean(NEWS.format(caption=line))
    assert line in doc.text


def test_caption_is_not_a_second_report():
    page = process("我院召开2026年度工作总结暨表彰大会\n" + NEWS.format(caption="院长魏景和做2026年度工作报告")
                   + "魏景和也指出,医院学科发展还不够均衡,人才引进难度较大,部分科室平均住院日偏长。\n"
                   "党委书记在讲话中要求,一是6月底前完成胸痛中心复审;二是年内引进学科带头人不少于2名。\n")
    assert len(page.parts) == 1


# (6) a 年报's announcement right under its sub-heading opens that part, not a new report
def test_announcement_under_a_subheading_is_no_new_report():
    page = process(
        "柳溪镇2026年政府信息公开工作年度报告\n"
        "本报告依据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据的统计期限自2026年1月1日起至"
        "2026年12月31日止。\n"
        "一、总体情况\n"
        "2026年,柳溪镇坚持以公开促落实,健全信息发布审核机制,全年通过政府门户网站发布各类信息96条,"
        "其中工作动态61条、通知公告14条,推动政务公开工作规范开展。\n"
        "(一)主动公开\n"
        "全年主动公开财政预决算信息4条、重点领域信息11条,及时更新机构职能和办事指南,确保信息准确完整。\n"
        "(二)依申请公开\n"
        "2026年,全镇共收到政府信息公开申请4件,较上年增加1件,均在法定期限内答复,具体情况如下:\n"
        "予以公开3件,因本机关不掌握相关信息无法提供1件,未发生行政复议和行政诉讼。\n")
    assert len(page.parts) == 1


def test_a_report_may_end_on_a_subheading_with_its_body():
    # the look-alike: a report's last paragraph is a sub-heading with its text run on after it, and the
    # next report opens with its own formula: a collection page keeps its two reports
    first = ("城南街道便民服务中心2026年工作总结\n"
             "2026年,中心共受理各类事项3120件,按时办结率99.8%,群众满意率98.6%,窗口服务规范有序。\n"
             "一、主要做法\n"
             "(一)优化办事流程。精简申报材料,推行一窗通办,高频事项实现全程网办。\n"
             "(二)加强队伍建设。第一,开展窗口人员业务轮训4次;第二,完善考核激励办法,把群众评价结果纳入月度考评。\n")
    second = ("根据全区政务服务工作推进会议精神,我镇对会议精神进行了认真传达学习,结合实际逐项抓好落实,"
              "现将落实情况汇报如下。\n"
              "全镇设便民服务中心1个、村级代办点12个,全年代办事项860件,办结率100%,群众满意率99%。\n")
    assert len(process(first + second).parts) == 2


# (7) a 摘要 teaser repeating the item's lead goes whole; a summary that repeats nothing keeps its text
def test_summary_teaser_repeating_the_lead():
    lead = "四届二次职工代表大会由院长庞一帆主持,大会审议通过了《2026年医院工作报告》,报告总结了八项重点工作。"
    doc = clean("摘要:" + lead + "\n1月4日,柳川县中医院召开四届二次职工代表大会,共有98名代表参加。\n" + lead + "\n")
    assert removed_kinds(doc).get("摘要:" + lead) == "teaser"
    assert doc.text.count("四届二次职工代表大会由院长") == 1


def test_summary_that_repeats_nothing_keeps_its_text():
    line = "摘要:2026年全县完成造林3.2万亩,森林覆盖率提高到61.5%,林业产值增长8.1%。"
    doc = clean(line + "\n一、主要工作\n全年组织义务植树活动12场,参与群众4000余人次。\n")
    assert "2026年全县完成造林3.2万亩" in doc.text


# (8) what the delegates do in a photo, under the item's prose
def test_group_activity_caption():
    doc = clean(NEWS.format(caption="职工代表举手表决"))
    assert removed_kinds(doc).get("职工代表举手表决") == "photo_caption"


# (9) an injected gambling line over a hijacked page; a report's heading naming the crime stays
def test_gambling_line():
    assert classify_line("最新老虎机,新老虎机平台") == "spam"
    assert classify_line("严厉打击赌博老虎机") is None


# (10) a spaced field label's last character left by the scrape
@pytest.mark.parametrize("line", ["号: lx021/2027-00012 信息分类: 政务公开", "称:柳溪镇2026年政府信息公开工作年度报告", "号:"])
def test_label_tail_residue(line):
    assert classify_line(line) == "article_meta"


def test_line_opening_with_a_number_word_stays():
    assert classify_line("号召全镇党员干部带头参加义务植树活动。") is None


# (11) a 信息公开年报's statistics table flattened one cell a line: its header cells are the report's
NIANBAO = ("柳溪镇2026年政府信息公开工作年度报告\n"
           "一、总体情况\n2026年,柳溪镇全年通过政府门户网站发布各类信息96条,其中工作动态61条。\n"
           "二、主动公开政府信息情况\n"
           "第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n"
           "第二十条第(五)项\n信息内容\n本年处理决定数量\n行政许可\n3\n"
           "第二十条第(六)项\n信息内容\n本年处理决定数量\n行政处罚\n5\n"
           "三、存在的主要问题及改进情况\n政策解读形式较为单一,2027年将推出图解解读不少于4期。\n")


def test_annual_report_table_cells_stay():
    doc = clean(NIANBAO)
    assert doc.text.count("信息内容") == 3
    assert "本年制发件数" in doc.text


# (12) the portal's own name over its breadcrumb; a report's issuer or signature name stays
def test_portal_name_over_breadcrumb():
    doc = clean("柳川市人民政府\n柳川市民政局\n当前位置:首页>政务公开>年度报告\n柳川市民政局2026年工作总结\n"
                "2026年,我局全年办理业务1260件,群众满意率达到98.6%。\n")
    kinds = removed_kinds(doc)
    assert kinds.get("柳川市人民政府") == "site_name"
    assert "柳川市民政局2026年工作总结" in doc.text


def test_issuer_name_without_breadcrumb_stays():
    text = ("柳川市民政局\n关于2026年度工作情况的报告\n2026年,我局全年办理业务1260件,群众满意率达到98.6%。\n"
            "柳川市民政局\n2027年1月10日\n")
    doc = clean(text)
    assert doc.text.startswith("柳川市民政局\n关于")


# (13) a gala's programme lines under its photos, after the item's prose; a report's line naming a show stays
def test_programme_caption():
    doc = clean(NEWS.format(caption="舞蹈《春江花月》"))
    assert removed_kinds(doc).get("舞蹈《春江花月》") == "photo_caption"


def test_sentence_naming_a_show_stays():
    line = "全年组织文艺演出12场,其中舞蹈《春江花月》获市级一等奖。"
    doc = clean(NEWS.format(caption=line))
    assert line in doc.text
