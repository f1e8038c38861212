"""Round-9 probe of portal, news, WeChat-repost and unit pages: each chrome class goes, its look-alike
in report text stays; a meeting news item and a standing committee's report get their types; a
sentence naming several reports is not cut at a report title (text written for these tests)."""
import pytest

from reportnlp.api import process
from reportnlp.stages import boilerplate
from reportnlp.stages.boilerplate import strip_boilerplate
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str) -> str:
    return strip_boilerplate(normalize(decode(text))).text


LEAD = "3月5日上午,桐湾镇召开2026年农业农村工作会议,总结去年工作,部署今年任务,全镇干部职工86人参加。\n"


# --- hijacked sites' injected gambling names -------------------------------------------------------

def test_injected_gambling_site_name_goes_from_title_and_sentences():
    out = clean("澳门新葡京娱乐_官方网站:政协桐湾县第八届委员会第二次会议开幕\n"
                "会议指出,2025年县政协在中共澳门新葡京娱乐_官方网站:桐湾县委的领导下,组织专题协商5次。\n"
                "全县农产品品牌建设取得新进展-亚博188网站\n"
                "会议要求,各委员要围绕goldbet_官网中心工作积极建言。\n")
    assert "新葡京" not in out and "官方网站" not in out and "亚博" not in out and "goldbet" not in out
    assert "政协桐湾县第八届委员会第二次会议开幕" in out
    assert "在中共桐湾县委的领导下" in out
    assert "全县农产品品牌建设取得新进展" in out


@pytest.mark.parametrize("text", [
    "群众可登录县政府官方网站查询办理进度,全年办结率98.6%。\n",
    "亚博会期间,镇里组织12家企业参展,签约金额3200万元。\n",
    "中心开通了官方网站和微信公众号,全年发布信息860条。\n",
])
def test_site_words_in_report_text_stay(text):
    assert clean(LEAD + text).strip().endswith(text.strip())


# --- a CMS metadata row glued to the lead --------------------------------------------------------

def test_metadata_row_with_bars_glued_to_the_lead_goes_whole():
    out = clean("发布时间:2026-03-06 | 发布者: 桐湾融媒 | 浏览次数: 次桐湾镇农业农村工作会议3月5日召开。"
                "会议总结了2025年工作,全年新建高标准农田1.2万亩。\n")
    assert out.lstrip().startswith("桐湾镇农业农村工作会议3月5日召开。")
    assert "发布者" not in out and "浏览次数" not in out and "2026-03-06" not in out


def test_a_report_line_with_a_date_and_bars_stays():
    text = "时间:2026-03-06 | 地点:镇会议中心 | 参会人数:86人,会议审议通过了年度工作要点。\n"
    assert "地点:镇会议中心" in clean(LEAD + text)


# --- a bar left after a headline ------------------------------------------------------------------

def test_bar_after_a_headline_goes_and_the_headline_stays():
    out = clean("桐湾镇召开农业农村工作会议 |\n" + LEAD)
    assert "|" not in out
    assert "桐湾镇召开农业农村工作会议" in out


@pytest.mark.parametrize("row", ["| 指标 | 目标值 | 完成值 |", "考核得分 | 95", "一季度 | 二季度 |"])
def test_table_rows_keep_their_bars(row):
    text = "| 项目 | 数值 |\n" + row + "\n| 合计 | 100 |\n"
    assert boilerplate._trailing_bars(text) == []


# --- share prompts, WeChat "三连" ----------------------------------------------------------------------

def test_share_prompt_line_goes_but_a_sentence_about_scanning_stays():
    out = clean("欢迎微信扫码\n" + LEAD + "群众可微信扫码参与满意度测评,全年收到评价1.3万条。\n")
    assert "欢迎微信扫码" not in out
    assert "群众可微信扫码参与满意度测评" in out


def test_wechat_triple_prompt_goes_but_a_word_holding_it_stays():
    out = clean(LEAD + "全镇上下奋战六十天,决胜三连冠,清运垃圾36吨。\n觉得有用就一键三连吧!\n")
    assert "决胜三连冠" in out
    assert "一键三连" not in out


# --- datelines and mastheads ----------------------------------------------------------------------

def test_media_centre_dateline_goes():
    out = clean("桐湾区融媒体中心11月6日讯 (记者 章晓岚)11月4日,桐湾区召开记者节座谈会,表彰优秀新闻工作者12名。\n")
    assert out.lstrip().startswith("11月4日,桐湾区召开记者节座谈会")


def test_news_site_dateline_goes_with_its_colon():
    out = clean("桐湾新闻网讯:1月8日,桐湾一中召开教职工代表大会,审议学校工作报告。\n")
    assert out.lstrip().startswith("1月8日,桐湾一中")


def test_media_centre_named_in_a_sentence_stays():
    text = "桐湾区融媒体中心11月6日组织记者深入一线采访,全年发稿1.4万条。\n"
    assert "桐湾区融媒体中心11月6日组织记者" in clean(text)


def test_e_paper_masthead_goes_but_a_sentence_about_the_number_stays():
    assert boilerplate.classify_line("国内统一刊号:CN45-0012 桐湾日报社出版广告热线:6612345") == "masthead"
    out = clean(LEAD + "报社申领国内统一刊号工作已于6月完成。\n")
    assert "报社申领国内统一刊号工作已于6月完成" in out


# --- a news headline over its lead ------------------------------------------------------------------

def test_headline_repeating_the_lead_is_kept_over_metadata():
    lines = ["桐湾镇农业农村工作会议召开", "作者:", "桐湾镇农业农村工作会议3月5日召开,全镇干部职工86人参加。"]
    decided = [None, "article_meta", None]
    headline = boilerplate._rules()["news_headline"]
    assert boilerplate._headline_over_lead(lines, decided, 0, 2, headline)


def test_site_name_over_the_lead_is_no_headline():
    lines = ["桐湾在线欢迎您访问本站", "桐湾镇农业农村工作会议3月5日召开,全镇干部职工86人参加。"]
    headline = boilerplate._rules()["news_headline"]
    assert not boilerplate._headline_over_lead(lines, [None, None], 0, 1, headline)


# --- document types -----------------------------------------------------------------------------------

def test_standing_committee_report_under_its_title_block_is_a_summary():
    page = process("中国人民政治协商会议\n桐湾县第八届委员会常务委员会工作报告\n各位委员:\n"
                   "我受常务委员会委托,向大会报告工作,请予审议。\n一、坚持调研先行\n"
                   "全年开展专题调研12次,形成调研报告9篇,调研成果被县委采纳6项。课题组深入调研。\n")
    assert page.parts[0].meta["doc_type"] == "工作总结"


def test_a_report_about_a_standing_committee_report_is_not_retyped():
    page = process("关于县人大常委会工作报告的调研报告\n为做好常委会工作报告起草,课题组开展调研,"
                   "走访代表36人,召开座谈会4次。调研发现,代表建议办理质量有待提高。\n")
    assert page.parts[0].meta["doc_type"] == "调研报告"


def test_news_of_a_summary_meeting_is_other():
    page = process("2月20日晚上,桐湾县人民医院2025年度工作总结表彰大会隆重召开。院长作工作总结,"
                   "回顾了全年工作,门诊量增长8.6%。\n大会表彰了先进科室12个、先进个人46名。\n")
    assert page.parts[0].meta["doc_type"] == "其他"


def test_a_summary_that_names_its_meeting_stays_a_summary():
    page = process("2025年,我院认真落实年度工作总结表彰大会部署,全年门诊量增长8.6%,现将工作总结如下:\n"
                   "一、主要工作\n全年开展新技术12项,取得了明显成效。\n")
    assert page.parts[0].meta["doc_type"] == "工作总结"


# --- a sentence naming several reports is no glued title ------------------------------------------------

def test_reports_heard_in_a_sentence_do_not_start_a_report():
    text = ("2026年员工大会暨年度总结表彰会召开\n2026年1月16日至17日,桐湾机电公司第四届员工大会召开,"
            "会前组织了全员安全技能比武,17日大会在公司多功能厅举行。\n工会主席致开幕词。"
            "总经理作了工作报告,全年完成产值3.86亿元,同比增长7.2%,新签订单金额4.1亿元。会议还逐一审议了各部门提交的2025年度工作报告,"
            "认真总结一年来的经验做法,并为12个先进班组和46名先进个人颁奖。\n"
            "大会结束后,全体员工在厂区参加了迎新春游园活动,共有320人参加。\n")
    assert len(process(text).parts) == 1


def test_a_title_glued_after_a_sentence_still_starts_a_report():
    first = ("2025年,桐湾村在镇党委领导下,扎实推进各项工作,新增茶园200亩,村集体收入增长12%,"
             "完成农村道路硬化3.2公里,新建村级文化广场2处,组织志愿服务活动36场,"
             "为困难群众发放救助资金18.6万元,群众满意度明显提升,各项工作取得了新成效。")
    second = ("今年以来,我村围绕乡村振兴目标,新建村级活动室1个,发展家庭农场6家,"
              "组织技能培训4期、培训村民210人次,村容村貌明显改善,群众满意度不断提高。\n")
    page = process(first + "桐湾村2025年工作总结" + second)
    assert len(page.parts) == 2


# --- closing credits of the supplying unit, captions of who spoke ----------------------------------------

def test_supplier_credit_closing_the_page_goes():
    out = clean(LEAD + "会议强调,各村要压实责任,确保5月底前完成整改任务。(镇党政办供稿)")
    assert "供稿" not in out and out.rstrip().endswith("确保5月底前完成整改任务。")
    out = clean(LEAD + "会议要求,各部门要抓好落实。(桐湾日报综合)\n")
    assert "综合" not in out


def test_a_bracket_naming_a_supplier_inside_a_sentence_stays():
    text = "全年印发简报36期(县政府办供稿),被市级采用12期。\n"
    assert "(县政府办供稿)" in clean(LEAD + text)


@pytest.mark.parametrize("line", ["县长季明远在会上讲话", "▲桐湾村党总支书记林海在述职评议会上发言",
                                  "集团党委书记、董事长韦思成出席会议并讲话", "院长曲向东作《医院工作报告》"])
def test_caption_of_who_spoke_at_the_meeting_goes(line):
    assert boilerplate.classify_line(line) == "photo_caption"


@pytest.mark.parametrize("line", ["县长季明远在全县经济工作会议上的讲话", "院长曲向东在职代会上作工作报告时指出,全年门诊量增长8.6%。",
                                  "县长季明远出席会议并讲话。"])
def test_a_speech_title_or_a_sentence_is_no_caption(line):
    assert boilerplate.classify_line(line) != "photo_caption"


# --- the page's headline as the title -------------------------------------------------------------------

def test_headline_restated_by_a_lead_without_a_date_is_the_title():
    page = process("桐湾区融媒体中心召开年度工作推进会\n桐湾区融媒体中心年度工作推进会3月5日上午召开。"
                   "中心全体采编人员参加会议。会议指出,中心全年发稿1.4万条,在省级以上媒体发稿286条。\n"
                   "会议要求,2026年要推进移动优先,6月底前完成客户端改版升级,全年承接政务服务项目不少于15个。\n")
    part = page.parts[0]
    assert part.meta["title"] == "桐湾区融媒体中心召开年度工作推进会"
    assert part.text.startswith("桐湾区融媒体中心年度工作推进会3月5日上午召开")


def test_a_first_line_the_lead_does_not_restate_is_no_title():
    page = process("桐湾在线欢迎您访问本站\n桐湾区融媒体中心年度工作推进会3月5日上午召开。"
                   "中心全体采编人员参加会议。会议指出,中心全年发稿1.4万条,在省级以上媒体发稿286条。\n")
    assert page.parts[0].meta["title"] is None


def test_a_flattened_table_with_a_cell_a_line_keeps_its_bars():
    text = "表1 各单位办理情况\n序号 |\n单位 |\n派遣工单总数 |\n按时办结数 |\n"
    assert boilerplate._trailing_bars(text) == []


def test_bar_after_a_headline_over_a_metadata_row_closed_by_a_bar_goes():
    out = clean("桐湾镇召开农业农村工作会议 |\n时间:2026-03-06 09:12:40 来源:桐湾新闻 作者:桐湾网 |\n|\n" + LEAD)
    assert "|" not in out
    assert "桐湾镇召开农业农村工作会议" in out


def test_a_site_name_over_a_profile_is_no_headline():
    page = process("桐湾县中医院\n桐湾县中医院创建于1979年,是一所二级甲等中医医院,现有职工386人,"
                   "开放床位260张。近年来医院发展较快,2025年门诊量达到21.6万人次。\n")
    assert page.parts[0].meta["title"] is None


# --- the posting date under a news item's credit ----------------------------------------------------------

def test_posting_date_under_the_editor_credit_goes():
    out = clean(LEAD + "会议要求,各村要在6月底前完成春播任务。\n\n文、图/韦晓岚\n\n责任编辑:韦晓岚\n\n2026年3月6日\n")
    assert "2026年3月6日" not in out


def test_a_reports_closing_date_under_its_signer_stays():
    out = clean(LEAD + "特此报告。\n\n桐湾镇人民政府\n\n2026年3月6日\n")
    assert "2026年3月6日" in out


def test_issue_date_under_an_e_paper_masthead_goes():
    out = clean("国内统一刊号:CN45-0012 桐湾日报社出版 广告热线:6612345\n\n\n2026年03月18日\n\n"
                "桐湾镇召开农业农村工作会议\n" + LEAD)
    assert "2026年03月18日" not in out
    assert "桐湾镇召开农业农村工作会议" in out


def test_a_date_line_under_a_report_title_stays():
    out = clean("桐湾镇2025年工作总结\n2026年1月8日\n" + LEAD)
    assert "2026年1月8日" in out


def test_bare_name_credit_after_an_exclamation_and_a_blank_goes():
    out = clean(LEAD + "全体教职工将再接再厉,为打造优质学校而奋斗! (韦晓岚)\n")
    assert "韦晓岚" not in out and out.rstrip().endswith("而奋斗!")


def test_a_bracket_after_an_exclamation_inside_a_line_stays():
    text = "全体教职工将再接再厉! (详见附表)全年培训教师320人次。\n"
    assert "(详见附表)" in clean(LEAD + text)
