"""Round 15 (r15c): sections and commitments on real pages nobody had read — meeting news whose session turns name
a run's or a target's state, problem headings told by their predicate, an outline glued to its 提纲 header,
attendance lines and importance judgements listed as measures, a shortfall heading's 措施, a speech's 提高政治站位
part, a heading naming results and shortfalls, a lead-in's time. Each class a case it must catch and a look-alike it
must leave alone. All text made up."""
from reportnlp.api import process
from reportnlp.stages import boilerplate as B
from reportnlp.stages import commitments as C
from reportnlp.stages import sections as S


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 8]) for s in part.get("sections")]


def part_of(text: str):
    return process(text).parts[0]


def commitments(text: str):
    part = part_of(text)
    return [part.text[c.start:c.end] for c in part.get("commitments")]


_LEAD = ("本报讯 3月14日,我县在县政府三楼会议室召开一季度经济运行分析会。县长庞立新出席并讲话,"
         "县直有关单位负责人参加会议。\n")


# (1) a meeting's session turns that name the state of a run or a target ("汇报了…经济运行情况", "汇报了指标完成
# 情况") or the topics each speaker covered ("分别从…等四个方面作工作汇报"): the scene, no work done
def test_turns_naming_a_runs_state_are_the_scene():
    page = _LEAD + ("会上,县统计局汇报了我县一季度经济运行情况,县发改局、县商务局等单位汇报了指标完成情况。\n"
                    "庞立新强调,各乡镇各部门要紧盯目标任务,全力以赴抓项目、稳运行。\n")
    assert all(label != "主要做法" for label, _ in sections(page))


def test_turns_by_topic_list_are_the_scene():
    page = ("据县农业农村局消息,为总结一季度农技推广工作,研究部署下阶段重点任务,4月9日,县农业农村局召开全县农技"
            "推广站长会议。各乡镇农技站长等三十余人参加会议。\n"
            "会上,各乡镇农技站长分别从本站基本情况、一季度完成的主要工作、春播技术指导及下阶段工作安排等四个方面"
            "作工作汇报。局机关各股室负责人通报了本股室下阶段重点工作安排。会议最后,局长作总结讲话并提出了两点"
            "意见:\n一要抓好春播技术指导。\n二要做好病虫害监测预警。\n")
    got = sections(page)
    assert all(label != "主要做法" for label, _ in got)
    assert any(label == "下一步" for label, _ in got)


def test_run_reported_with_figures_is_left_alone():
    # the same opening, the state then told in figures: the report of the work, not the scene
    page = _LEAD + ("会上,县统计局汇报了我县一季度经济运行情况,全县地区生产总值完成41.2亿元,同比增长6.3%。\n"
                    "庞立新强调,各乡镇各部门要紧盯目标任务,全力以赴抓项目、稳运行。\n")
    assert ("主要做法", "会上,县统计局汇") in sections(page)


# (2) a heading whose predicate names a shortfall and no problem word ("推进较慢", "有待加强", "仍需进一步落实")
def test_shortfall_predicate_heading_is_a_problem():
    for heading in ("(三)联合审图工作推进较慢", "(四)农房风貌管控有待加强", "(六)便企措施仍需进一步落实",
                    "二、基层队伍力量不足够", "一、思想认识不到位"):
        assert S.label_heading(heading, False, False) == "存在问题", heading


def test_heading_that_goes_on_or_plans_is_left_alone():
    for heading in ("(二)加快联合审图推进步伐", "(二)推进较慢的项目全部开工", "(一)有待验收的项目清单",
                    "(三)服务群众不缺位"):
        assert S.label_heading(heading, False, False) != "存在问题", heading


def test_page_opening_in_shortfall_headings_labels_them_problems():
    page = ("(三)联合审图工作推进较慢。审图涉及住建、消防等多个部门,标准不一,推进难度较大。\n"
            "(四)农房风貌管控有待加强。一是部分乡镇对风貌管控重视不够。二是缺少专业审查人员。\n"
            "三、对县自然资源局下一步工作的建议\n"
            "(一)建立审图信息共享机制。一是打通部门之间的数据壁垒。\n")
    got = sections(page)
    assert got[0][0] == "存在问题"
    assert any(label == "下一步" and t.startswith("三、对县") for label, t in got)


# (3) an outline printed after its 提纲 header on one line: the page's outline, removed whole
_OUTLINE = ("【提纲】一、提高政治站位,扛牢巡察整改政治责任。二、坚持问题导向,正视整改短板。三、聚焦重点攻坚,"
            "推动整改见底清零。(一)建立清单化管理机制。(二)健全长效机制。四、强化保障落实,凝聚整改合力。\n")


def test_outline_glued_to_its_header_is_removed():
    page = _OUTLINE + "今年以来,区政府党组把巡察整改作为重大政治任务,制定了整改方案,梳理了问题、任务、责任三张清单。\n"
    part = part_of(page)
    assert "扛牢巡察整改政治责任" not in part.text
    assert "制定了整改方案" in part.text
    assert not any(label == "下一步" for label, _ in sections(page))


def test_header_over_a_sentence_is_left_alone():
    # a header over a sentence that only mentions the parts: report text
    page = ("提纲:一、本文从三个方面谈巡察整改,先讲成效,再讲问题,最后讲措施,供大家参考交流使用。二、成效。三、问题。\n"
            "今年以来,区政府党组把巡察整改作为重大政治任务,制定了整改方案。\n")
    assert "本文从三个方面谈巡察整改" in part_of(page).text


# (4) a meeting item's attendance line after the directives, with no object ("市领导…参加。")
def test_attendance_without_object_is_procedure():
    assert C._procedure_line("市领导胡建宁、黄远成、杨新民参加。")
    assert C._procedure_line("县委副书记王某某出席。")
    page = ("11月2日下午,市委书记马某主持召开会议,听取论坛筹备情况汇报。他指出,要扎实推进论坛筹备工作。"
            "市领导胡建宁、黄远成、杨新民参加。\n"
            "马某强调,要加强组织领导,倒排时间、挂图作战,全面提速推进筹备各项工作。\n")
    assert not any("参加" in c for c in commitments(page))


def test_taking_part_as_a_duty_is_left_alone():
    assert not C._procedure_line("各单位要组织全体党员参加。")
    assert not C._procedure_line("全体党员干部积极参加。")
    assert not C._procedure_line("要动员群众广泛参加。")


# (5) a clause that only judges how much a task matters ("抓好经济运行工作至关重要。")
def test_importance_judgement_is_no_measure():
    page = _LEAD + ("庞立新强调,当前正值冲刺一季度开门红关键时期,抓好经济运行工作至关重要。各乡镇各部门要紧盯目标任务,"
                    "全力挖潜增效。要强化调度,加强分析研判。\n")
    got = commitments(page)
    assert not any(c.startswith("抓好经济运行工作至关重要") for c in got)
    assert any("紧盯目标任务" in c for c in got)


def test_importance_with_a_duty_word_is_left_to_the_classifier():
    text = "各部门要认识到抓好安全生产至关重要。"
    assert not C._is_structure(text, 0, len(text), False, None, False, False, False, lambda: True)


# (6) a shortfall heading's "still needs" (仍需进一步落实): its 措施 announces no plans
def test_still_needs_heading_announces_no_plans():
    assert not C._announces_plans("(六)便企措施仍需进一步落实。一是由于历史原因,部分项目无法办证。")


def test_measures_heading_still_announces_plans():
    assert C._announces_plans("(六)完善便企措施。一是打通部门数据壁垒。")


# (7) a speech's part headed by 提高政治站位 argues why (its body a judgement, no task): 其他, as 统一思想
def test_political_standing_heading_is_a_speech_argument():
    assert S.label_heading("一、提高政治站位", False, True) == "其他"
    assert S.label_heading("一、提升站位", False, True) == "其他"


def test_political_standing_outside_a_speech_is_left_alone():
    assert S.label_heading("一、提高政治站位", False, False) != "其他"


# (8) a part that names results and shortfalls together opens with the results; "问题导向" names no problem
def test_results_and_shortfalls_heading_opens_with_the_work_done():
    assert S.label_heading("二、正视整改成效与短板", False, False) == "主要做法"
    assert S.label_heading("一、去年考核的成绩和短板", False, True) == "主要做法"
    assert S.label_heading("二、坚持问题导向", False, False) != "存在问题"


def test_shortfalls_heading_alone_stays_problems():
    assert S.label_heading("三、存在的问题和短板", False, False) == "存在问题"
    assert S.label_heading("二、问题导向不够突出的问题", False, False) == "存在问题"


# (9) a list's lead-in paragraph that names the reviewed period first and the period deployed later: the items
# take the time nearest the list, not the reviewed period
def test_lead_in_takes_the_time_nearest_the_list():
    lead = ("为总结全市体育系统上半年工作情况,研究部署下半年重点任务,7月22日,市体育局召开局长会议。"
            "会议最后,局长作总结讲话,并提出了三点意见:")
    assert C._lead_in_deadline(lead) == "下半年"


def test_lead_in_with_one_time_keeps_it():
    assert C._lead_in_deadline("明年是“十五五”开局之年,任务繁重。我们将重点抓好以下工作:") == "明年"
    assert C._lead_in_deadline("2031年底前,全面完成改造任务。为此,提出以下要求:") == "2031年底前"
