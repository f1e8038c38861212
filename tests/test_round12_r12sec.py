"""Round 12 (r12sec): section starts on real-looking half-year meeting news and self-check reports: each class a
case it must catch and a look-alike it must leave alone. All text made up."""
from reportnlp.api import process
from reportnlp.stages.sections import label_heading, paragraph_cue


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


def labels(text: str):
    return [label for label, _ in sections(text)]


# (1) a speaker's paragraph that grants the half-year's work, names a shortfall in passing and then announces the
# requirements listed below it ("随后提出了三点要求:" / "一是…") sets out work to come, its 一是统一思想 item too;
# the unit turns are told as "…等单位汇报了上半年工作情况": the scene, not work done
_HALF_YEAR = """为理清上半年工作成效、部署下半年任务,7月12日,县水务中心召开上半年工作总结会,中心班子成员及各站所负责人参加。

会上,供水管理站、河道管护站和水政监察大队等单位汇报了上半年工作情况,班子成员结合分管工作作交流发言。随后,中心副主任对半年工作作了点评。

中心党组书记在讲话中强调,中心上半年工作取得了一定进展,但部分项目离年初目标仍有差距,必须加快推进。随后提出了三点要求:

一是统一思想、紧盯目标,以实干推动任务落地。要把年度任务分解到月、落实到人。

二是压实责任、攻坚克难,以担当推动重点工作提速。要确保汛期前完成12处险段加固。
"""


def test_requirements_announced_at_paragraph_end_open_the_plans():
    got = sections(_HALF_YEAR)
    assert [label for label, _ in got] == ["其他", "下一步"], got
    assert got[1][1] == "中心党组书记"


# ...but a report's problems, told in full and followed by the meeting's requirements, stay a problems part
_PROBLEMS_THEN_PLANS = """5月8日,县农业农村局召开一季度工作推进会。

会议指出,当前全县春播工作还存在农资储备不足、部分乡镇机械化水平偏低等问题。会议要求,各乡镇要在5月底前完成春播扫尾工作。
"""


def test_problems_told_in_full_keep_their_part():
    assert "存在问题" in labels(_PROBLEMS_THEN_PLANS)


# (2) "首先,要解决好思想认识问题" inside the plans still opens a speech's argument (not an item of a list)
def test_argument_opening_after_plans_is_left_alone():
    text = """各位同志:
今天召开全县效能建设推进会,主要任务是部署今年的工作。
会议强调,各部门要把效能建设摆上重要位置,今年要完成三项改革任务。
首先,要解决好思想认识问题。认识不到位,工作就推不动。
"""
    assert labels(text)[-1] == "其他"


# (3) 为此 with past aspect in its clause tells what was done; 为此 with intent opens the plans
def test_weici_with_past_aspect_is_work_done():
    assert paragraph_cue("为此,我们专门制定了《车辆自查清单》,列出了32项检查内容。") is None
    assert paragraph_cue("为此,我们将进一步完善车辆管理制度,年底前建成管理平台。") == "下一步"


# (4) what a check covered ("是否存在…等问题") is no finding; a finding is
def test_scope_of_a_check_is_no_problem():
    assert paragraph_cue("本次自查由办公室牵头,围绕办公用房面积以及是否存在超标使用等问题进行排查。") is None
    assert paragraph_cue("本次自查发现,部分科室存在超标使用等问题,需要及时调整。") == "存在问题"


# (5) a 政务公开 topic heading "三、意见征集" names no plans; "四、意见建议" does
def test_opinion_collection_heading_is_no_plan():
    assert label_heading("三、意见征集", False, False) != "下一步"
    assert label_heading("四、意见建议", False, False) == "下一步"


# (6) a concession turned into a directive to those present, and the points announced as what to do, open the plans
_CONCESSION = """7月14日,乡政府召开半年工作总结会。

乡长指出,上半年全乡完成固定资产投资2.1亿元,较好完成了阶段性任务。但“半程”不是“全程”,各站所要鼓足干劲,确保全年任务圆满收官。
"""

_POINTS = """7月14日,乡政府召开半年工作总结会。

乡长指出,上半年全乡完成固定资产投资2.1亿元,较好完成了阶段性任务。大家要做到三点:一要盯紧进度抓落实;二要守牢底线保安全;三要补齐短板强管理。
"""

_CONCESSION_PROBLEM = """7月14日,乡政府召开半年工作总结会。

乡长指出,上半年全乡完成固定资产投资2.1亿元,较好完成了阶段性任务。但部分村集体经济发展仍然滞后,增收渠道单一。
"""


def test_concession_to_directive_opens_plans():
    got = sections(_CONCESSION)
    assert got[-1] == ("下一步", "但“半程”不"), got


def test_points_to_do_open_plans():
    assert labels(_POINTS)[-1] == "下一步"


def test_concession_to_problem_stays_problem():
    assert labels(_CONCESSION_PROBLEM)[-1] == "存在问题"
