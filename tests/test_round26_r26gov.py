"""Round 26 (r26gov): section labels on reports whose outline is set from above — 信息公开年报, 绩效自评 reports and
their covers, 巡察整改 disclosures, 人大 / 政协 reports relayed by a wire, 统计 bulletins. All pages made up."""
from page_text import label_at, named

# --- 1. a title block's lines under the opening stay the intro (title again, issuer, date, cover rows) ---

WIRE_SUMMARY = """3月6日,岭南省第九届人民代表大会第三次会议在省会议中心举行第二次全体会议。受省人大常委会委托,常委会主任向大会报告省人大常委会工作。本报记者 林方 摄
岭南省人大常委会工作报告(摘要)
新华社岭南3月6日电 省人大常委会主任3月6日受常委会委托,在省九届人大三次会议上作《岭南省人大常委会工作报告》,摘要如下:
过去一年的工作
2030年是“十五五”规划的起步之年。面对复杂形势,全省上下齐心协力,经济持续回升向好,社会大局保持稳定。
过去一年,是本届常委会依法履职的第三年。常委会全面落实省委部署,坚守人大工作的大方向。一是坚持党的全面领导,保证省委决策部署在人大工作中得到贯彻落实。
"""

COVER_ROWS = """林溪县农机推广站项目支出绩效评价报告
项目名称:农机购置补贴服务项目
主管部门:林溪县农业农村局
组织形式:单位(部门)自评□√主管部门评价□评价阶段事后评价□√事中评价□事前评价□实施主体:第三方机构□单位自评小组□√财政评价组□
2031年4月3日
林溪县农机推广站编制
"""

BULLETIN_ISSUER = """2031年前三季度全县经济运行情况
(2031年10月21日)
云岭县统计局
前三季度,全县地区生产总值完成86.4亿元,同比增长5.8%。
规模以上工业增加值同比增长7.1%,固定资产投资增长4.6%。
"""

# look-alike: a heading that names the review right under the opening opens the review itself
REVIEW_HEADING = """各位代表:
现在,我代表县人大常委会向大会报告工作,请予审议。
2030年工作总结
一年来,常委会共听取审议专项工作报告12个,开展执法检查4次。
"""


def test_a_summarys_title_line_and_its_wire_lead_stay_the_intro():
    assert label_at(WIRE_SUMMARY, "岭南省人大常委会工作报告(摘要)") == "其他"
    assert label_at(WIRE_SUMMARY, "摘要如下") == "其他"
    assert label_at(WIRE_SUMMARY, "过去一年的工作") == "主要做法"


def test_a_covers_field_rows_check_boxes_and_date_stay_the_intro():
    assert label_at(COVER_ROWS, "组织形式") == "其他"
    assert label_at(COVER_ROWS, "2031年4月3日") == "其他"
    assert named(COVER_ROWS) == []


def test_a_bulletins_date_and_issuer_lines_stay_the_intro():
    assert label_at(BULLETIN_ISSUER, "云岭县统计局") == "其他"
    assert label_at(BULLETIN_ISSUER, "全县地区生产总值") != "其他"


def test_look_alike_a_review_heading_under_the_opening_is_no_title_line():
    assert label_at(REVIEW_HEADING, "2030年工作总结") == "主要做法"


# --- 2. a line that goes on with the sentence the intro's last line left open ---

BROKEN_PREFACE = """本年度报告依据《政府信息公开条例》
(以下简称《条例》)和省里的相关要求编写,数据统计时段为2030年1月1日至12月31日。
一、总体情况
2030年,我局主动公开政府信息428条,办理依申请公开17件。
二、存在的主要问题及改进情况
信息发布的及时性还不够。2031年,我局将加强信息审核,按时更新公开目录。
"""

BROKEN_PREFACE_COMMA = """本报告按照《中华人民共和国政府信息公开条例》
、《省政府信息公开规定》要求编制,全文包括总体情况、主动公开情况、存在的主要问题及改进情况等。
一、概述
2030年,我区主动公开政府信息1216条,全文电子化率达96.3%。
二、主动公开政府信息情况
全年新增主动公开政府信息432条。
"""

# look-alike: a paragraph that opens with a parenthesis after a finished sentence is the body's own
CLOSED_PREFACE = """本报告按照《中华人民共和国政府信息公开条例》编写。
(以下简称“本局”)县市场监管局全年主动公开信息312条,办理依申请公开9件,均按期答复。
二、存在的主要问题及改进情况
政策解读形式较单一。
"""


def test_a_preface_broken_before_its_parenthesis_stays_the_intro():
    assert label_at(BROKEN_PREFACE, "(以下简称《条例》)") == "其他"
    assert named(BROKEN_PREFACE) == ["主要做法", "存在问题", "下一步"]


def test_a_preface_broken_before_its_enumeration_comma_stays_the_intro():
    assert label_at(BROKEN_PREFACE_COMMA, "、《省政府信息公开规定》") == "其他"
    assert named(BROKEN_PREFACE_COMMA) == ["主要做法"]


def test_look_alike_a_parenthesis_after_a_finished_sentence_is_not_the_preface():
    assert label_at(CLOSED_PREFACE, "县市场监管局全年主动公开信息") != "其他"


# --- 3. a colon-announced list numbered as the report's parts again is no part ---

RESTARTED_TARGETS = """一、项目概况
(一)项目主要内容
本项目用于乡镇卫生院设备更新,年度预算640万元。
(二)项目绩效目标
项目计划实现以下目标:
一、设备更新完成率达到95%;
二、门诊服务能力提升10%;
三、群众满意度达到90%以上。
二、项目资金使用及管理情况
全年到位资金640万元,实际支出612万元,执行率95.6%。
三、存在的问题
部分设备到货偏晚。
"""

RESTARTED_DUTIES = """一、单位基本情况
中心现有在编人员26名,内设4个科室。
中心主要承担以下职责:
一、承担全县动物疫病监测;
二、负责兽药饲料质量抽检;
三、指导养殖场户科学防疫。
二、部门整体支出情况
全年支出资金418万元,其中基本支出322万元。
"""

# look-alike: a report's first parts announced by a colon above them stay its parts
ANNOUNCED_PARTS = """2030年,县档案馆在县委县政府的领导下,主要做了以下工作:
一、完善馆藏资源建设;
二、推进档案数字化;
三、存在的不足
库房面积不足,部分档案保管条件较差。
"""


def test_target_items_numbered_again_stay_in_the_overview():
    assert label_at(RESTARTED_TARGETS, "设备更新完成率") == "基本情况"
    assert label_at(RESTARTED_TARGETS, "全年到位资金") == "主要做法"
    assert named(RESTARTED_TARGETS) == ["基本情况", "主要做法", "存在问题"]


def test_duty_items_numbered_again_stay_in_the_overview():
    assert label_at(RESTARTED_DUTIES, "兽药饲料质量抽检") == "基本情况"
    assert named(RESTARTED_DUTIES)[:2] == ["基本情况", "主要做法"]


def test_look_alike_parts_announced_by_a_colon_stay_parts():
    assert named(ANNOUNCED_PARTS)[-1] == "存在问题"
    assert label_at(ANNOUNCED_PARTS, "库房面积不足") == "存在问题"


# --- 4. a heading that names the targets not met names the problems ---

UNMET_TARGETS = """一、项目基本情况
项目年度预算120万元,用于农村饮水工程维修。
二、绩效目标完成情况
全年维修供水站点18处,完成率90%。
三、未完成的绩效目标及原因分析
2处站点因汛期推迟施工,未能按期完工。
四、下一步改进措施
2031年汛前完成剩余站点维修。
"""

TARGET_NOT_MET = """一、项目概况
项目预算80万元,用于社区养老服务。
二、项目实施情况
全年服务老年人1.2万人次。
三、年度绩效目标未达成情况及原因
助餐点建设选址变更,开业时间延后。
"""

# look-alike: the part on targets met is the work done
TARGETS_MET = """一、项目概况
项目预算80万元。
二、绩效目标完成情况
全年培训农民412人次,完成目标的103%。
"""


def test_a_heading_on_targets_not_met_opens_the_problems():
    assert label_at(UNMET_TARGETS, "2处站点因汛期推迟施工") == "存在问题"
    assert named(UNMET_TARGETS) == ["基本情况", "主要做法", "存在问题", "下一步"]


def test_a_heading_on_targets_not_reached_opens_the_problems():
    assert label_at(TARGET_NOT_MET, "助餐点建设选址变更") == "存在问题"


def test_look_alike_targets_met_are_the_work_done():
    assert label_at(TARGETS_MET, "全年培训农民") == "主要做法"


# --- 5. a disclosure's closing that puts it before the public, and its sign-off ---

DISCLOSED = """根据县委统一部署,2030年5月至6月,县委第一巡察组对县林业局党组开展了常规巡察。
截至目前,巡察反馈的36个问题已整改完成33个,完善制度9项。
下一步,局党组将持续抓好未完成问题的整改。
按照有关规定,现将整改进展情况予以公开,欢迎干部群众监督。
中共林溪县林业局党组
2030年11月8日
"""

WELCOMED = """一、整改工作开展情况
局党组召开专题会议3次,逐项制定整改措施。
二、下一步工作打算
下一步,将建立整改长效机制。
欢迎广大干部群众对整改落实情况进行监督。联系电话:0571-0000000。
"""

# look-alike: accepting supervision as one of the year's measures is work done
SUPERVISION_MEASURE = """一、主要做法
全年公开办事流程42项,主动接受群众监督,办结群众来信86件。
二、存在问题
信息更新不够及时。
"""


def test_a_closing_that_discloses_the_report_and_its_sign_off_are_other():
    assert label_at(DISCLOSED, "现将整改进展情况予以公开") == "其他"
    assert label_at(DISCLOSED, "中共林溪县林业局党组") == "其他"
    assert named(DISCLOSED)[-1] == "下一步"


def test_a_closing_that_welcomes_supervision_is_other():
    assert label_at(WELCOMED, "欢迎广大干部群众") == "其他"


def test_look_alike_accepting_supervision_as_a_measure_is_work_done():
    assert label_at(SUPERVISION_MEASURE, "主动接受群众监督") == "主要做法"


# --- 6. the basic state of a line of work with no period named is 基本情况 ---

SURVEY_BASELINE = """近年来,市委巡察工作取得一定成效,但也面临一些困难。
一、全市巡察工作基本情况
全市辖3区5县,共有基层党组织2140个。2029年以来,市委开展常规巡察4轮,发现问题318个。
二、存在的主要问题
巡察干部力量不足。
三、对策建议
建议充实巡察干部队伍。
"""

# look-alike: the state of a past period's work is the work done
PAST_PERIOD_STATE = """同志们:
今天召开全县三夏工作会议,主要任务是总结去年工作,部署今年任务。
一、去年三夏工作的基本情况
去年全县完成小麦机收42万亩,秸秆还田率达到95%。
二、今年的主要任务
今年要确保夏粮颗粒归仓。
"""


def test_a_surveys_baseline_of_a_line_of_work_is_the_situation():
    assert label_at(SURVEY_BASELINE, "全市辖3区5县") == "基本情况"
    assert named(SURVEY_BASELINE) == ["基本情况", "存在问题", "下一步"]


def test_look_alike_a_past_periods_state_of_work_is_the_work_done():
    assert label_at(PAST_PERIOD_STATE, "去年全县完成小麦机收") == "主要做法"


# --- 7. found on the counterpart pages: the targets set, the remedies under a combined part, a note on figures ---

TARGETS_SET = """一、单位基本情况
县文化馆为公益一类事业单位,核定编制18名。
二、部门整体支出绩效目标
年初设定的目标是:举办公益培训120期,开展送戏下乡60场。
三、绩效目标完成情况
全年举办公益培训128期,开展送戏下乡63场。
"""

TARGETS_SET_BASIS = """一、项目基本情况
项目预算95万元,用于农村文化礼堂设备配置。
二、项目绩效目标及其设立依据和调整情况
根据县级实施方案,年初设定配置文化礼堂30个,全年目标未作调整。
三、项目执行情况和目标完成情况
全年完成文化礼堂设备配置31个。
"""


def test_the_targets_a_performance_report_set_are_the_background():
    assert label_at(TARGETS_SET, "举办公益培训120期") == "基本情况"
    assert label_at(TARGETS_SET, "全年举办公益培训128期") == "主要做法"


def test_the_targets_set_with_their_basis_are_the_background():
    assert label_at(TARGETS_SET_BASIS, "年初设定配置文化礼堂") == "基本情况"
    assert named(TARGETS_SET_BASIS) == ["基本情况", "主要做法"]


REMEDIES_YEAR = """一、总体情况
2030年,本区主动公开政府信息842条。
二、存在的主要问题和改进措施
一是部分部门公开内容更新不够及时;二是政策解读形式较为单一。
2031年,本区将健全信息发布审核机制,每季度开展一次公开内容检查。
"""

REMEDIES_NEXT = """一、总体情况
全年受理依申请公开26件,均按期答复。
二、存在的主要问题及改进情况
个别栏目更新滞后,解读材料不够通俗。
下一年度,我局将完善栏目维护责任分工,推出图解解读。
"""

# look-alike: a paragraph under the same part that tells a past year's step is still the problems part's
REMEDIES_PAST = """一、总体情况
全年主动公开信息512条。
二、存在的主要问题和改进措施
部分信息发布不够及时。
2030年,区政务公开办曾对此开展专项检查,但问题仍未根除。
"""


def test_the_period_ahead_under_a_problems_and_remedies_part_opens_the_remedies():
    assert label_at(REMEDIES_YEAR, "2031年,本区将健全") == "下一步"
    assert named(REMEDIES_YEAR) == ["主要做法", "存在问题", "下一步"]


def test_the_next_year_under_a_problems_and_remedies_part_opens_the_remedies():
    assert label_at(REMEDIES_NEXT, "下一年度,我局将") == "下一步"


def test_look_alike_a_past_step_under_the_combined_part_stays_with_the_problems():
    assert label_at(REMEDIES_PAST, "区政务公开办曾对此") == "存在问题"


FIGURE_NOTE = """前三季度全市经济运行稳中有进
(2031年10月20日)
溪山市统计局
今年以来,全市上下认真贯彻市委市政府决策部署,经济运行总体平稳。
初步核算,前三季度全市地区生产总值215.3亿元,同比增长5.6%。
一、工业生产平稳增长
前三季度,全市规模以上工业增加值同比增长6.9%。
二、消费市场持续恢复
前三季度,全市社会消费品零售总额同比增长5.2%。
附注:本文部分数据为初步统计数,因四舍五入原因,存在总计与分项合计不等的情况。
"""

# look-alike: a paragraph that names a shortfall after the figures still opens the problems
FIGURE_SHORTFALL = """前三季度全市经济运行稳中有进
一、工业生产平稳增长
前三季度,全市规模以上工业增加值同比增长6.9%。
二、需要关注的问题
当前,经济运行中仍存在有效需求不足、部分企业经营困难等问题。
"""


def test_a_note_on_the_figures_opens_no_problems():
    assert "存在问题" not in named(FIGURE_NOTE)
    assert label_at(FIGURE_NOTE, "溪山市统计局") == "其他"


def test_look_alike_a_shortfall_after_the_figures_opens_the_problems():
    assert named(FIGURE_SHORTFALL)[-1] == "存在问题"
