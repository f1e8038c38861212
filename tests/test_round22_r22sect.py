"""Round 22 (r22sect): section labels on real pages of meeting news, speeches, surveys and government reports, as
classes — a speech's opening that endorses the arrangements just made, a speech part whose heading is glued to a sentence
that tells no time, session turns told in order (逐一对照…进行述职, 依次展开了现场述职, 查摆…存在的突出问题), a news item's
closing that tells what its meeting achieved, a meeting requiring or rallying its audience with no mark after the verb,
a survey's unnumbered state, suggestion and closing headings (…现状 / 对策建议 / 结语), the difficulties still faced
(我们仍面临着…困难和问题), a speaker who reviewed the year and granted its results, a warning meeting's reflection part
(以案为镜…), a deadline's 完成 (6月底前完成), a speaker finding his own unit's record wanting (从我县的情况看,…不容乐观).
a part headed by its topic's significance (…的重要意义). Each with a look-alike that must stay.
All text made up."""
from test_round21_r21sect import labels, named  # (the section helpers of the round before)

from reportnlp.stages.sections import _lists_topics_only, label_heading, paragraph_cue


# -- a speech's opening that endorses the arrangements, a part heading glued to a sentence that tells no time -------

ENDORSING_SPEECH = (
    "在全县森林防火工作会议上的讲话\n同志们:\n"
    "刚才,县林业局对今冬明春森林防火工作作了安排部署,安排得很具体,我完全同意,大家要按要求抓好贯彻落实。\n"
    "下面,我再强调几点意见。\n"
    "一、必须居安思危,常抓不懈,始终绷紧森林防火这根弦森林防火始终是保护生态安全的基础性工作。\n"
    "今年以来,全县各乡镇认真落实森林防火责任,共清理林下可燃物1260亩,取得了明显成效,确保了林区安全。\n"
    "二、突出重点,全面加强火源管控\n"
    "各乡镇要在12月底前完成重点林区巡护道路的修缮,要严格落实野外用火审批制度。\n")


def test_a_speech_opening_that_endorses_the_arrangements_is_its_preamble():
    page = ("全县森林防火工作会议领导讲话\n"
            "刚才对全县森林防火工作作了安排部署,安排得很系统、很全面,重点突出、任务明确,特别是在火源管控方面提出了"
            "明确要求,我都同意,大家要按要求抓好贯彻落实。\n下面,我再强调几点意见。\n"
            + ENDORSING_SPEECH.split("下面,我再强调几点意见。\n")[1])
    assert labels(page)[0][0] == "其他"


def test_a_glued_heading_that_tells_no_time_is_read_by_the_paragraph_below():
    assert named(ENDORSING_SPEECH) == ["主要做法", "下一步"]


def test_a_plans_opening_that_looks_ahead_still_makes_its_parts_plans():
    page = ("县水利局2032年工作要点\n"
            "2032年,县水利局将以水资源节约集约利用为重点,全力推进水利高质量发展。\n"
            "一、农村供水保障\n新建集中供水工程8处,改造老旧管网36公里。\n"
            "二、河湖长制落实\n开展河湖“清四乱”专项行动,年底前完成问题整改。\n")
    assert named(page) == ["下一步"]


def test_a_glued_heading_whose_sentence_directs_stays_a_task():
    page = (ENDORSING_SPEECH.split("一、")[0]
            + "一、必须压实责任,全面排查火源隐患各乡镇要立即开展重点林区隐患排查,要落实专人巡护。\n"
            "今年以来,全县共清理林下可燃物1260亩,确保了林区安全。\n"
            "二、强化保障,提升扑救能力\n各乡镇要配齐扑火物资。\n")
    assert named(page) == ["下一步"]


# -- session turns told in order -------------------------------------------------------------------------------------

TURNS_NEWS = (
    "(通讯员 卓一凡)12月30日,出版社党总支在社二楼会议室召开党支部书记抓基层党建述职评议考核会,落实学校党委组织部的"
    "工作要求。党总支书记柯远山,党总支委员和3个支部书记参会。\n"
    "会上,各党支部书记逐一对照党支部建设“五个到位”要求和学院教职工党支部考核评价指标(院党发〔2031〕12号)进行述职,"
    "重点体现组织建设、队伍建设、基本制度落实等情况,各支部支委做了补充。\n"
    "柯远山提了工作要求。他表示,要紧扣支部书记职责;要加强支部规范化建设。\n")


def test_turns_told_in_order_are_the_session_not_the_work_done():
    assert named(TURNS_NEWS) == ["下一步"]


def test_turns_with_the_topics_covered_are_the_session():
    assert _lists_topics_only(
        "会上,4位支部书记围绕带头推动学习贯彻党的创新理论、带头推动党的组织体系建设、深化模范机关创建、加强党员教育管理、落实组织生活制度、党建工作亮点"
        "等情况依次展开了现场述职,在盘点抓党建工作取得的成绩的同时,"
        "查摆工作存在的突出问题,明确下一步改进工作的思路举措。队党委班子成员逐一点评。")


def test_turns_followed_by_the_results_report_the_work():
    assert not _lists_topics_only(
        "会上,各支部书记逐一对照考核细则进行述职。全年共发展党员12名,新建党员活动室5个。")


# -- a news item's closing that tells what its meeting achieved --------------------------------------------------------

OUTCOME_NEWS = (
    "我院召开2031年度中层以上管理岗位人员述职测评会\n"
    "1月 9日10日,我院召开了2031年度中层以上管理岗位人员述职测评会。院领导和医院出席“两会”的代表组成考评组,"
    "对90余名中层干部进行了测评。\n"
    "职能科室、临床医技科室的主任分别结合各自的工作从“德、能、勤、绩、廉”等方面对本年度的履职情况进行了阐述,"
    "实事求是地分析了取得的成绩和存在的不足,并就2032年的工作做了规划。\n"
    "通过进行中层干部述职测评,对提高我院干部整体素质,提高医院管理水平起到了积极推动作用。\n")


def test_a_closing_that_tells_what_the_meeting_achieved_is_no_work_done():
    assert named(OUTCOME_NEWS) == []


def test_a_work_report_paragraph_telling_results_through_a_meeting_stays_work_done():
    page = ("县人民医院2031年工作总结\n"
            "2031年,我院在县卫健局的领导下,扎实推进各项工作。\n"
            "通过召开医疗质量分析会,全院病历甲级率提高到96.5%,医疗纠纷同比下降30%。\n"
            "同时,我院新建胸痛中心,开展新技术新项目12项。\n")
    assert "主要做法" in named(page)


# -- a meeting requiring or rallying its audience ----------------------------------------------------------------------

def test_a_meeting_requiring_its_audience_with_no_mark_directs():
    assert paragraph_cue("会议最后,要求各乡镇、各部门结合各自职责,切实转变工作作风,确保全年目标任务圆满完成。") == "下一步"
    assert paragraph_cue("会议动员全县上下以建设生态宜居县为目标,继续夯实产业基础,大力推进乡村振兴。") == "下一步"


def test_a_meeting_requirement_as_a_noun_directs_nothing():
    assert paragraph_cue("会议要求高、议程紧,全天共审议了5项报告。") != "下一步"


# -- a survey's unnumbered state, suggestion and closing headings ------------------------------------------------------

SURVEY = ("关于我镇农村养老服务情况的调查报告\n"
          "引言\n"
          "随着人口老龄化程度加深,农村养老问题日益突出。本次调查采取入户走访与座谈相结合的方式进行。\n"
          "农村养老服务现状\n"
          "目前,全镇已建成村级互助养老点9个,配备护理员27名,基本覆盖了留守老人较多的村。\n"
          "存在的问题\n"
          "一是服务内容单一,多数养老点只提供午餐。二是护理员年龄偏大,专业技能不足。\n"
          "对策建议\n"
          "一是丰富服务内容,增加健康监测和精神慰藉项目;二是加强护理员培训,每年至少组织2次集中培训。\n"
          "结语\n"
          "农村养老服务是一项长期工作。只有政府、村集体和家庭形成合力,才能让老人老有所养。\n")


def test_a_surveys_unnumbered_headings_name_their_parts():
    assert named(SURVEY) == ["基本情况", "存在问题", "下一步"]


def test_a_surveys_closing_heading_opens_no_plan_and_its_preface_is_no_work_done():
    found = labels(SURVEY)
    assert found[0][0] == "其他" and found[-1] == ("其他", "结语\n农村养老服")


def test_a_numbered_conclusion_heading_is_left_to_its_scheme():
    page = ("县林业局松材线虫病防治项目绩效自评报告\n"
            "一、项目基本情况\n2031年,项目共完成枯死松树清理4200株。\n"
            "二、绩效目标完成情况\n全年疫点拔除3个,完成年度目标。\n"
            "三、自评结论\n经综合评价,项目自评得分92分,等级为优。\n")
    assert labels(page)[-1][0] != "其他"


# -- the difficulties still faced; a speaker who reviewed the year and granted its results ----------------------------

def test_the_difficulties_still_faced_are_the_problems():
    assert paragraph_cue("站在新的起点上,我们仍面临着不少必须正视和破解的困难和问题。主要是:经济总量不大。") == "存在问题"


def test_the_challenges_a_background_names_are_no_problems():
    assert paragraph_cue("当前,我们面临着前所未有的机遇和挑战。") is None


def test_a_speaker_who_reviewed_the_year_and_granted_its_results_reports_the_work():
    assert paragraph_cue("县长郜明川对2031年县政府工作进行了全面回顾,充分肯定了一年来取得的成绩。同时,明确了全年九项重点工作。") == "主要做法"


def test_a_review_written_up_as_a_document_is_no_work_done():
    assert paragraph_cue("按照考核要求,我县对2031年全县优化营商环境工作进行了全面总结,形成《自评报告》。") != "主要做法"


# -- a warning meeting's reflection part; a deadline's 完成 in a part's first sentence ------------------------------

def test_a_warning_meetings_reflection_part_is_its_argument():
    assert label_heading("一、以案为镜", False, True) == "其他"
    assert label_heading("一、直面镜鉴之危", False, True) == "其他"


def test_a_part_that_acts_on_the_cases_is_a_task():
    assert label_heading("二、以案促改", False, True) == "下一步"


def test_a_deadlines_completion_is_work_to_come():
    sentence = "二、压实责任,标本兼治各企业党委要切实履行主体责任,今年6月底前完成对决策制度执行情况的专项检查。"
    assert label_heading("二、压实责任", False, True, sentence=sentence) == "下一步"


def test_a_completion_ahead_of_time_is_work_done():
    sentence = "一、狠抓落实,各项任务稳步推进全县提前完成全年造林任务,新增造林面积3.2万亩。"
    assert label_heading("一、狠抓落实", False, True, sentence=sentence) == "主要做法"


# -- a speaker turning to his own unit's record and finding it wanting --------------------------------------------

def test_a_speaker_finding_his_own_record_wanting_names_the_problems_in_a_speech_too():
    par = "从我县的情况看,形势同样不容乐观,近期接连发生了3起较大险情,暴露出我们在源头管理上还有不少漏洞。"
    assert paragraph_cue(par, problem_cues=False) == "存在问题"


def test_a_speaker_finding_his_own_record_good_names_no_problem():
    assert paragraph_cue("从我县的情况看,今年以来各项安全指标均好于去年同期。", problem_cues=False) != "存在问题"


# -- a part headed by the significance of its topic ----------------------------------------------------------------

def test_a_part_headed_by_its_topics_significance_argues_why():
    assert label_heading("一、乡风文明建设的重要意义", False, False) == "其他"


def test_a_heading_that_calls_work_significant_names_no_argument():
    assert label_heading("二、意义重大的民生工程全面完工", False, False) != "其他"
