"""Round 28 (r28split): report types and titles on real pages where several reports or parts share a page.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (a title or headline that resembles the cue) that must stay untouched.
"""
from page_text import doc_titles as _titles, doc_types as _types, docs as _docs


# a body that names no genre: its cues type nothing, the title has to
PLAIN_BODY = """全年共接待来访群众420人次,办理群众诉求316件,办结率97%。
社区食堂每天供应午餐150份,老年人助餐服务覆盖8个小区。
辖区新增停车泊位260个,改造老旧楼道照明43处,居民满意率明显提升。
"""


# -- 1. a title the cleaning took as chrome (a 范文 item marker, a headline row) types the report ---------------

MARKER_SUMMARY = """首页 > 总结 > 社区工作总结

社区年度工作总结(8篇)

社区年度工作总结篇3

""" + PLAIN_BODY

MARKER_SHUZHI = """首页 > 述职报告 > 个人述职报告

社区主任个人述职报告(6篇)

社区主任个人述职报告篇2

""" + PLAIN_BODY


def test_marker_title_types_the_report():
    docs = _docs(MARKER_SUMMARY)
    assert docs[0].title == "社区年度工作总结"
    assert docs[0].doc_type == "工作总结"


def test_marker_title_types_a_shuzhi():
    docs = _docs(MARKER_SHUZHI)
    assert docs[0].title == "社区主任个人述职报告"
    assert docs[0].doc_type == "述职报告"


def test_marker_title_over_meeting_news_keeps_the_opening():
    # look-alike: an item that opens as a news story of a meeting is typed by its opening, whatever the marker says
    page = MARKER_SUMMARY.replace(PLAIN_BODY, """3月6日上午,桃源社区召开居民议事会,围绕停车难问题听取意见。
会上,12名居民代表先后发言,社区书记逐一作了回应。
会议明确,月底前完成新增泊位的选址和公示。
""")
    assert _types(page) == ["其他"]


# -- 2. a year's-work report by its title's last words: 年度报告, 上半年工作报告, 工作汇报, 汇报材料, 小结 ------------

ANNUAL_REPORT = """桃溪县统计局2030年政府信息公开工作年度报告

一、总体情况
""" + PLAIN_BODY

HALF_YEAR_REPORT = """青岩街道2029年上半年工作报告
""" + PLAIN_BODY

BRIEFING = """石坪村人居环境整治工作汇报材料
""" + PLAIN_BODY


def test_annual_report_title_is_a_summary():
    assert _types(ANNUAL_REPORT) == ["工作总结"]


def test_half_year_report_title_is_a_summary():
    assert _types(HALF_YEAR_REPORT) == ["工作总结"]


def test_briefing_material_title_is_a_summary():
    assert _types(BRIEFING) == ["工作总结"]


def test_government_work_report_title_is_left_to_the_cues():
    # look-alike: a 政府工作报告 reviews and plans at length; a body of plans only stays 其他
    page = """2031年青石镇政府工作报告
2031年,全镇地区生产总值预期增长6%左右。
全年新建高标准农田3000亩,新开工项目12个。
年内新改建农村公路18公里,新增养老床位60张。
"""
    assert _types(page) == ["其他"]


def test_inspection_report_title_is_not_typed_as_summary():
    # look-alike: an 整改 report names its own kind before 报告; the year's-work rule leaves it to the cues
    page = """关于巡察反馈问题整改工作报告
""" + PLAIN_BODY
    assert _types(page) != ["工作总结"]


def test_notice_about_an_annual_report_stays_a_notice():
    page = """关于报送2030年度政府信息公开工作年度报告的通知
各乡镇人民政府,县直各部门:
请于1月20日前将本单位年度报告报县政府办公室。
特此通知。
"""
    assert _types(page) == ["通知"]


# -- 3. a directing title: a 方案 with its period in brackets, a work plan, outline, duty list, pledge --------------

PLAN_PERIOD = """溪平市城镇供水安全三年行动方案(2031—2033年)
为总结前期经验,巩固整治成效,制定本方案。
一、总体要求
到2033年,城镇供水管网漏损率降至9%以下,取得了阶段性成效的工作要巩固提升。
"""

SCHOOL_PLAN = """青岭中学2030年秋季学期德育工作计划
一、指导思想
本学期德育工作围绕立德树人开展,在总结上学期工作取得了成效的基础上,调研学生需求,完善德育课程。
二、主要工作
1.开展行为规范月活动。2.组织家长开放日。
"""


def test_plan_with_its_period_in_brackets_is_directive():
    assert _types(PLAN_PERIOD) == ["其他"]


def test_work_plan_title_is_directive():
    assert _types(SCHOOL_PLAN) == ["其他"]


def test_summary_and_plan_title_stays_a_summary():
    # look-alike: a title that reviews and then plans is a summary
    page = """石坪镇2030年工作总结和2031年工作计划
一、2030年工作回顾
今年以来,全镇共完成固定资产投资8.6亿元,取得了较好成效。
二、2031年工作计划
明年将新建村级服务中心2个。
"""
    assert _types(page) == ["工作总结"]


# -- 4. a news headline that reports a meeting --------------------------------------------------------------

MEETING_SHUZHI = """桐溪县中医院召开2030年度中层干部述职大会

为全面总结一年来各科室工作,桐溪县中医院于1月9日在门诊楼会议室召开中层干部述职大会。
会上,18名中层干部逐一述职,汇报了本科室全年工作完成情况和存在的不足。
院长在讲话中要求,各科室要对照述职中查找的问题,逐项抓好整改。
"""

MEETING_SUMMARY = """“扬帆起航,再创佳绩”岚山区档案馆召开2030年度工作总结会

2031-01-06 10:20:00

“扬帆起航,再创佳绩”。1月5日,岚山区档案馆召开2030年度工作总结会,全体干部职工参加。
会上,各科室负责人总结了全年工作,并对下一年度工作计划进行了阐述。
馆长对全年工作给予充分肯定,要求新的一年再接再厉。
"""


def test_meeting_headline_is_news():
    assert _types(MEETING_SHUZHI) == ["其他"]


def test_quoted_slogan_headline_is_news_and_title():
    docs = _docs(MEETING_SUMMARY)
    assert [d.doc_type for d in docs] == ["其他"]
    assert docs[0].title == "“扬帆起航,再创佳绩”岚山区档案馆召开2030年度工作总结会"


def test_speech_at_the_meeting_stays_a_speech():
    # look-alike: the speech delivered at such a meeting names itself
    page = """在全县2030年度工作总结大会上的讲话
同志们:
今天我们召开全县工作总结大会,主要任务是总结去年工作,部署今年任务。
一、过去一年的工作
全县地区生产总值增长6.2%。
"""
    assert _types(page) == ["讲话"]


def test_notice_of_a_meeting_stays_a_notice():
    page = """关于召开2031年度述职评议会的通知
各党支部:
经研究,定于1月12日召开述职评议会,请各支部书记准备述职材料。
特此通知。
"""
    assert _types(page) == ["通知"]


# -- 5. a headline that opens on a quoted slogan, its commas inside the quotes ------------------------------------

def test_quoted_slogan_headline_with_a_shuzhi_meeting():
    page = """“比学赶超,争先进位”青禾镇召开村党组织书记述职评议会

发布时间:2031-02-03

“比学赶超,争先进位”。2月2日,青禾镇召开村党组织书记抓基层党建工作述职评议会。
12名村党组织书记逐一述职,镇党委书记逐一点评。
会议要求,各村要对照点评意见抓好整改。
"""
    docs = _docs(page)
    assert docs[0].title == "“比学赶超,争先进位”青禾镇召开村党组织书记述职评议会"
    assert docs[0].doc_type == "其他"


def test_quoted_sentence_opening_a_report_is_no_title():
    # look-alike: a report's first sentence that opens on a quoted saying and ends on a full stop is its text
    page = """“抓早抓小,防患未然”是我们做好安全工作的一贯要求。
今年以来,我镇共开展安全检查36次,整改隐患112处。
全年未发生较大以上安全事故。
"""
    docs = _docs(page)
    assert docs[0].title is None
    assert docs[0].text.startswith("“抓早抓小")


# -- 6. a news lead that opens on its purpose before the date and the meeting or contest --------------------------

def test_purpose_then_date_lead_is_news():
    page = """为激发村干部干事创业热情,营造比学赶超氛围,近日,石溪乡党委组织举办了一次村党支部书记述职比赛,全体班子成员参加。
比赛中,11名村党支部书记逐一上台述职,总结一年来的工作。
乡党委书记在总结讲话中要求,各村要对照差距,抓好整改。
"""
    assert _types(page) == ["其他"]


def test_purpose_sentence_then_dated_lead_is_news():
    page = """为全面总结工作经验、明确发展方向。2月3日上午,柳河镇组织开展2030年度村党支部书记述职评议会,全体班子成员参加。
各村围绕产业发展、基层治理等方面回顾了一年的工作。
镇党委书记逐一点评,评出优秀村3个。
"""
    assert _types(page) == ["其他"]


def test_purpose_opening_a_report_stays_the_report():
    # look-alike: a 述职报告 that opens on its purpose names no meeting held on a date
    page = """为进一步做好村级各项工作,一年来,本人认真履行党支部书记职责,现将个人述职如下:
一、履职情况
本人带领村两委完成道路硬化2公里,发展合作社1家。
二、存在不足
学习不够深入,抓落实的力度还需加强。
"""
    assert _types(page) == ["述职报告"]


# -- 7. a 公文 title in book-title marks after its document number (a policy portal's head) -------------------------

def test_marked_title_after_document_number_is_the_notices_title():
    page = """青政办发〔2031〕12号《青川县人民政府办公室关于印发〈青川县2031年农村供水工作要点〉的通知》
《青川县人民政府办公室关于印发〈青川县2031年农村供水工作要点〉的通知》
青政办发〔2031〕12号
各乡镇人民政府,县政府各部门:
《青川县2031年农村供水工作要点》已经县政府同意,现印发给你们,请认真贯彻落实。
青川县人民政府办公室
2031年3月2日
2031年是农村供水提质增效的关键之年。全年新建集中供水工程6处,农村自来水普及率达到98%。
"""
    docs = _docs(page)
    assert docs[0].title == "青川县人民政府办公室关于印发〈青川县2031年农村供水工作要点〉的通知"
    assert docs[0].doc_type == "通知"


def test_marked_title_alone_is_the_title():
    page = """《柳塘镇关于开展2031年度安全生产大检查的通知》
各村(社区),镇直各单位:
为切实做好安全生产工作,经研究,决定在全镇开展安全生产大检查。请各单位于4月底前完成自查,并将结果报镇安监办。
特此通知。
"""
    docs = _docs(page)
    assert docs[0].title == "柳塘镇关于开展2031年度安全生产大检查的通知"
    assert docs[0].doc_type == "通知"


def test_law_name_in_marks_is_no_title():
    # look-alike: a law's name alone in the marks heading a study note names no report
    page = """《中华人民共和国乡村振兴促进法》
该法自施行以来,我镇组织干部群众集中学习12场,发放宣传资料3000余份。
下一步,我们将把学习成果转化为推动乡村振兴的具体举措。
"""
    docs = _docs(page)
    assert docs[0].title is None


# -- 8. a request for funds or approval is none of the report types ----------------------------------------------

def test_application_report_is_other():
    page = """石岭小学校舍改造申请报告
县教育局:
现将我校申请改造校舍的情况报告如下:
一、学校基本情况
学校现有学生420名,教师31人,教学楼建于1998年。
二、申请理由
教学楼屋面渗漏严重,已被鉴定为C级危房。
"""
    assert _types(page) == ["其他"]


def test_request_for_instructions_is_other():
    page = """关于增加2031年度农村公路养护资金的请示
县人民政府:
我局全年取得了养护里程1260公里的成效,现将有关情况汇报如下:今年养护资金缺口约180万元。
妥否,请批示。
"""
    assert _types(page) == ["其他"]


def test_summary_of_project_applications_stays_a_summary():
    # look-alike: a summary of the year's application work names its own genre last
    page = """青禾县科技局2030年项目申请工作总结
今年以来,我局共组织申报省级科技项目23项,获批9项,争取资金460万元。
"""
    assert _types(page) == ["工作总结"]
