"""Round 10 (r10comm): commitments and indicator names on real-looking pages (text written for
the tests, invented units and numbers)."""
from reportnlp.api import process
from reportnlp.stages.commitments import _plan_from


def commitments(text: str) -> list[str]:
    return [c.data.text for c in process(text).parts[0].get("commitments")]


# A plan document whose title runs into its text: its items, whatever section label they get,
# are plans; a summary that measures itself against a plan is not one.
PLAN = ("22025年柳河街道2025年工作规划今年是推进城区更新的攻坚之年,全街道上下要锚定目标,真抓实干。\n"
        "(一)坚持党建引领,夯实基层基础\n"
        "一是深化社区党组织评星定级,新增四星级社区党组织3个。二是集中培训网格员120名,"
        "打造红色物业示范小区2个。\n"
        "(二)坚持项目为王,拉动有效投资\n"
        "一是倒排工期推进青石河整治工程建设。二是完成老旧小区改造8个,新建口袋公园4处。\n")


def test_a_plan_documents_run_in_title_makes_its_parts_plans():
    assert _plan_from(PLAN) is not None
    got = " ".join(commitments(PLAN))
    for measure in ("集中培训网格员120名", "倒排工期推进青石河整治", "新建口袋公园4处"):
        assert measure in got


def test_an_opening_that_announces_its_tasks_makes_a_plan_document():
    text = ("今年以来,结合辖区实际,街道将工作目标确定为保稳定、促发展,重点将做好以下三项工作。\n"
            "全力推进拆违整治。一是持续深化专项行动,启动危房鉴定。二是加快违建拆除,计划拆除旧厂房20亩。\n")
    assert _plan_from(text) is not None


def test_a_summary_measured_against_a_plan_is_no_plan_document():
    for text in (
        "今年以来,我局按照年初制定的2024年工作计划,扎实推进各项工作,取得了明显成效。\n一、主要工作\n",
        "城管局2024年上半年工作总结和下半年工作计划\n一、上半年工作总结\n(一)完成道路改造3条。\n",
    ):
        assert _plan_from(text) is None


def indicators(text: str) -> list[str]:
    return [m.data.indicator for m in process(text).parts[0].get("metrics")]


def test_a_time_frame_and_a_verb_before_the_number_leave_the_name_to_the_phrase_after_it():
    assert indicators("下一步,我们将年内完成40条背街小巷整治。") == ["完成背街小巷整治"]
    assert indicators("二、下步打算\n一季度内完成6个无物业小区的托管引入。") == ["完成无物业小区"]
    assert indicators("力争创办12家以上的党支部领办合作社。") == ["创办党支部"]


def test_a_name_before_the_number_or_a_verb_without_a_time_stays():
    assert indicators("去年盘活闲置资产21处的基础上,今年再盘活18处。")[0] == "盘活闲置资产"
    assert indicators("今年完成5个。") == ["完成"]  # nothing after the measure word to name it


SPEECH_NEWS = (
    '压实责任 全面完成秸秆禁烧任务\n'
    '县长周立平出席调度会并讲话\n'
    '3月9日,全市秸秆禁烧工作视频调度会召开,我县设分会场收听收看。县长周立平出席会议并讲话。\n'
    '会议通报了前一阶段全市禁烧工作情况,并对下一步工作作了安排。\n'
    '周立平表示,禁烧工作启动以来,我县迅速行动,先后组织了5轮巡查,截至目前,已清理田间秸秆堆1260处,清理率为86%。下一步任务重、时间紧,全县上下要一鼓作气、持续发力,按期完成禁烧任务;要提高思想认识,压实镇村责任,确保不燃一把火;要把握农时节点,迅速组织收储,及时上报进度;要注意方式方法,做好宣传引导,维护群众利益;要强化督查问效,严肃追责问责,为全县交出合格答卷。(王晓)\n'
)


def test_parallel_directives_after_a_semicolon_share_the_nature_of_a_sure_one():
    # a news report of a speech: the requirements close a paragraph of work done
    text = SPEECH_NEWS
    got = " ".join(commitments(text))
    for clause in ("要把握农时节点", "要注意方式方法", "要强化督查问效"):
        assert clause in got


def test_a_run_of_two_or_of_past_clauses_is_not_lifted():
    text = ("今年以来,我局先后开展专项检查5次,查处违规行为12起;"
            "坚持问题导向,梳理问题清单;坚持示范引领,评选先进典型8个。\n")
    assert commitments(text) == []


def test_a_report_that_names_a_plan_being_drafted_is_no_plan_document():
    text = "县水库管理站正在编制2026—2028年维修养护规划,计划今年6月底前报县政府审定。\n一、基本情况\n"
    assert _plan_from(text) is None
    # a plan named in a later part's heading is that part's, not the document's
    text = "今年以来,我镇扎实推进各项工作。\n一、主要工作\n完成道路硬化3公里。\n二、2025年工作打算\n"
    assert _plan_from(text) is None


NEWS_PLAN = ("桐华街道明确2024年“六大行动”工作目标\n"
             "近日,桐华街道党工委召开扩大会议,研究部署全年重点工作。会议提出,2024年桐华街道的工作目标是:"
             "以“六大行动”建设“宜居桐华”,实现争先进位。\n"
             "“六大行动”分别为:一是产业升级行动。抓住滨江商务区扩容的机遇,推动楼宇经济提质,盘活闲置厂房。"
             "二是城市更新行动。配合做好北片区征收工作,加快推进老旧街区改造。三是安居保障行动。以安置房建设交付为重点,"
             "让群众早日住上新房。\n")


def test_a_list_opened_after_a_colon_keeps_its_first_items_title_with_its_body_and_drops_the_lead_in():
    got = commitments(NEWS_PLAN)
    assert any(c.startswith("一是产业升级行动。抓住") for c in got)
    assert not any(c.rstrip("：:").endswith("分别为") for c in got)


def test_a_plan_documents_part_read_as_problems_is_a_plan_unless_its_heading_names_problems():
    text = ("今年以来,按照区委部署,结合辖区实际,街道将全年目标确定为稳发展、保平安,重点将做好以下两项工作。\n"
            "全力推进拆违治乱。一是持续深化拆违专项行动,启动老旧住房安全鉴定。二是加快违法建筑拆除,计划拆除违章旧厂房28亩。\n"
            "攻坚治理黑臭水体。一是开展河道清淤,全年计划完成清淤9条河道。二是做好截污纳管,至6月底完成二级管网建设。"
            "三是防止沿河违建反弹,加速沿河违建拆除,依法规范入河排污口设置。\n")
    assert "依法规范入河排污口设置" in " ".join(commitments(text))


def test_plan_words_in_front_of_a_name_are_left_to_the_target_flag():
    assert indicators("今年要确保完成改制企业3户。") == ["完成改制企业"]
    assert indicators("力争五星级以上村党组织达到40%以上。") == ["五星级以上村党组织"]
    # a name that holds the word stays whole
    assert indicators("全镇计划生育率达到98%。") == ["计划生育率"]
