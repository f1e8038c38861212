"""Round 10 (r10sec): section starts on fresh meeting news and 信息公开年报: each class a case it must
catch and a look-alike it must leave alone. All text made up."""
from reportnlp.api import process
from reportnlp.stages.sections import _cfg, label_heading, paragraph_cue


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


# (1) a news lead datelined by the wire formula ("6月3日讯:…") is the lead, not work done
_WIRE = """区林业局召开森林防火工作调度会
6月3日讯:为做好夏季森林防火工作,今天上午,区林业局局长包青岩主持召开森林防火工作调度会。局属各林场负责人参加。
会议强调,各林场要加密巡山频次,确保火情早发现早处置;要在6月底前完成防火隔离带清理。
"""


def test_wire_dated_lead_is_no_work_done():
    got = sections(_WIRE)
    assert not any(label == "主要做法" for label, _ in got)
    assert ("下一步", "会议强调,各") in got


def test_wire_lead_pattern_leaves_words_with_xun_alone():
    wire = _cfg()["wire_lead"]
    assert wire.match("本报讯(记者 柯远)5月8日,")
    assert wire.match("9月13日讯:为确保")
    assert not wire.match("通讯员队伍建设持续加强,全年培训通讯员46名。")
    assert not wire.match("资讯平台全年发布信息1200条。")


# (2) the preface of a 信息公开年报 (electronic copy, whom to ask) is its intro
_NIANBAO = """石湾区民政局2025年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制,所列数据统计期限为2025年1月1日至12月31日。
本报告电子版可在区政府门户网站下载。如对本报告有疑问,请与区民政局办公室联系。
一、总体情况
2025年,区民政局全年主动公开政府信息236条,收到依申请公开9件,均按时答复。
二、存在的主要问题及改进情况
信息更新还不够及时。下一步,我局将建立月度检查制度。
"""


def test_nianbao_preface_is_intro():
    got = sections(_NIANBAO)
    assert not any(start.startswith("本报告电子") for _, start in got)
    assert ("主要做法", "一、总体情况") in got


def test_report_preface_pattern_leaves_the_period_alone():
    pre = _cfg()["report_preface"]
    assert pre.match("本报告电子版可在区政府门户网站下载。")
    assert not pre.match("报告期内,我局主动公开信息312条。")


# (3) the session told in general words (reports heard, what they covered, approved) is procedure
_ZDH = """7月2日下午,南垣县妇幼保健院召开第三届第二次职工代表大会。会议由工会主席主持,62名职工代表参加。
大会听取了院长所作的《医院工作报告》和财务科科长所作的《财务工作报告》。报告系统回顾了上半年医院取得的成绩,分析了存在的困难,明确了下半年的工作目标。代表们分组讨论,审议通过了各项报告。
会上,职工代表围绕绩效分配、夜班休息、食堂服务等方面提出9条意见建议。
院长在答复时说,上半年医院门急诊量达12.6万人次,同比增长5.3%。接下来,医院将把代表意见逐条列入整改清单,9月底前反馈办理结果。
"""


def test_session_told_in_general_words_is_procedure():
    got = sections(_ZDH)
    assert [label for label, _ in got] == ["其他", "主要做法", "下一步"]
    assert ("主要做法", "院长在答复时") in got
    assert ("下一步", "接下来,医院") in got


def test_session_that_goes_on_with_results_reports_the_work():
    # the report's figures after the agenda sentence: the work done starts there
    text = _ZDH.replace("报告系统回顾了上半年医院取得的成绩,分析了存在的困难,明确了下半年的工作目标。",
                        "报告显示,上半年医院完成门急诊12.6万人次,出院病人4100人次。")
    assert ("主要做法", "大会听取了院") in sections(text)


def test_delegates_propose_pattern_leaves_requirements_alone():
    dp = _cfg()["delegates_propose"]
    assert dp.match("会上,职工代表围绕绩效分配等方面提出9条意见建议。")
    assert not dp.match("会上,院长围绕下半年工作提出三点要求:一是抓好质控。")


# (4) a meeting's review whose result words come late in a long first sentence
def test_long_review_reported_by_the_meeting():
    par = ("会议指出,2025年全县文化旅游系统在县委县政府的坚强领导下,坚持以文塑旅、以旅彰文,持续推进景区提质扩容,"
           "深入实施公共文化惠民工程,加快发展乡村民宿、研学旅游和户外运动等新业态,文旅各项工作取得新成效。")
    assert paragraph_cue(par) == "主要做法"
    # the same frame that directs first is the plans
    directs = ("会议指出,2026年全县文化旅游系统要坚持以文塑旅、以旅彰文,持续推进景区提质扩容,"
               "深入实施公共文化惠民工程,确保文旅各项工作取得新成效。")
    assert paragraph_cue(directs) == "下一步"


# (5) "接下来,…将…" inside a paragraph turns to the plans; the narrative's "接下来" does not
def test_next_turn_with_will():
    text = _ZDH
    assert ("下一步", "接下来,医院") in sections(text)
    narrative = text.replace("接下来,医院将把代表意见逐条列入整改清单,9月底前反馈办理结果。",
                             "接下来,与会代表参观了新建的儿童保健楼。")
    assert not any(label == "下一步" for label, _ in sections(narrative))


# (6) a copy of a later page that opens inside a part ("四是…") is work done from its first line
_MID = """四是在基础设施上做文章。镇中学扩建工程总投资710万元,已基本完工。全镇合作医疗参合率达90%以上,全面完成了计生三大任务。
三、构建和谐稳定的社会环境
全镇全年实现三个平安,调处矛盾纠纷58起。一是抓安全稳定,建立健全了镇村两级排查机制,全年排查隐患126处,全部整改到位。二是抓防火护林,组建了32人的扑火队伍,全年未发生森林火灾。三是抓防汛,汛前检修了塘坝14座,转移群众210人,安全度汛。
"""


def test_copy_opening_inside_a_part_is_work_done():
    assert sections(_MID)[0] == ("主要做法", "四是在基础设")


def test_report_opening_with_the_year_keeps_its_intro():
    text = "2025年,镇党委坚持稳中求进,各项工作有序推进。\n" + _MID.replace("四是在基础设施上做文章。", "二、在基础设施上做文章\n")
    assert sections(text)[0][0] == "其他"


# (7) the session's turns told as nouns are procedure; a report delivered and quoted is the review
_TURNS = """1月3日,县档案馆召开年度工作务虚会。
会上,各科室进行了工作汇报,分管领导进行了点评和工作部署,馆长进行了会议总结。馆长指出,总结成绩令人鼓舞,要注重用好会议成果。一要夯实基础。二要提升服务。
"""


def test_session_turns_told_as_nouns_are_procedure():
    got = sections(_TURNS)
    assert not any(label == "主要做法" for label, _ in got)
    assert ("下一步", "馆长指出,总") in got


def test_report_delivered_and_quoted_starts_the_review():
    text = ("2月12日,县自来水公司召开职工代表大会。\n"
            "会上,公司总经理作了题为《稳中求进》的工作报告。报告指出,2025年公司完成供水量1860万吨,同比增长4.2%。\n")
    assert ("主要做法", "会上,公司总") in sections(text)


# (8) a speaker's review told as "对…工作情况进行了总结"; a lead that names review and plans is no review
def test_review_told_as_summary_made():
    assert paragraph_cue("副院长首先对2025年度医院工作情况进行了总结。过去一年,医院上下克难攻坚。") == "主要做法"
    assert paragraph_cue("会议对上半年工作进行了总结,对下半年工作进行了部署。") != "主要做法"


# (9) the framing of this year's tasks reported ("会议指出,做好今年…工作,…是前提") is plans
def test_framing_this_years_tasks_is_plans():
    assert paragraph_cue("会议指出,做好今年“三农”工作,稳住农业基本盘是前提,抓好农民增收是根本。") == "下一步"
    assert paragraph_cue("会议指出,去年全县粮食播种面积稳定在31万亩,农民收入增长6.8%。") != "下一步"


# (10) a situation report: the state of a facility is its 基本情况; its closing request to the authorities is plans
def test_state_heading_and_request():
    assert label_heading("一、xx卫生院情况", False, False) == "基本情况"
    assert label_heading("二、队伍建设情况", False, False) == "主要做法"
    assert paragraph_cue("就全乡现有医疗卫生状况,差距较远,希望相关部门对偏远山区实施政策倾斜。") == "下一步"
    assert paragraph_cue("群众希望村里多建几处健身场地,村委会今年已建成3处。") != "下一步"


# (11) the year's plans delivered at a meeting start with the sentence that delivers them
def test_plans_delivered_at_a_meeting():
    assert paragraph_cue("院长以《2026年医院工作要点》作总结动员。他指出,2026年医院要力争通过复审。") == "下一步"
    assert paragraph_cue("常务副院长作2026年工作部署及未来3年规划。他强调,全院将以强专科为战略。") == "下一步"
    # the review delivered is no plan
    assert paragraph_cue("会上,副院长代表院领导班子作2025年度工作总结报告,她指出,2025年医院门诊量增长6%。") != "下一步"


# (12) an outline of the headings printed above the title opens no part; the body's headings do
_OUTLINE = """一、2025年工作总结
1.筑牢党建根基
2.提升服务能力
二、2026年工作计划
石湾区文旅局2025年工作总结及2026年工作计划
2025年,区文旅局聚焦文旅融合,各项工作稳步推进。
一、2025年工作总结
1.筑牢党建根基。全年开展主题党日活动24次,讲党课16次。
2.提升服务能力。新建城市书房3个,全年接待游客186万人次,同比增长12%。
二、2026年工作计划
2026年,区文旅局将新建城市书房2个,力争接待游客突破200万人次。
"""


def test_outline_above_the_title_opens_no_part():
    got = sections(_OUTLINE)
    assert [label for label, _ in got] == ["其他", "主要做法", "下一步"]
    assert got[1] == ("主要做法", "一、2025")


def test_headings_without_an_outline_still_open_parts():
    # the same report without the outline: its first heading opens the work done
    body = _OUTLINE.split("二、2026年工作计划\n", 1)[1]
    got = sections(body)
    assert ("主要做法", "一、2025") in got and ("下一步", "二、2026") in got


# (13) after a profile that no heading opened, a paragraph reviewing the period turns to the work done
_VISIT = """按照县政协年初安排,经科委组织部分委员开展了乡村医生队伍建设视察。现将视察情况报告如下:
全县现有村卫生室186所,在岗乡村医生243人,其中60岁以上的有71人。
近年来,县卫健局把乡村医生队伍建设摆到重要位置,实施了订单定向培养,乡村医生队伍结构得到明显改善。
"""


def test_period_review_after_a_profile_is_work_done():
    got = sections(_VISIT)
    assert ("基本情况", "全县现有村卫") in got
    assert ("主要做法", "近年来,县卫") in got


def test_period_review_under_a_profile_heading_stays_in_it():
    # under "一、基本情况" the heading names the part: its paragraphs are the situation
    text = _VISIT.replace("全县现有", "一、基本情况\n全县现有")
    assert not any(start.startswith("近年来") for _, start in sections(text))
