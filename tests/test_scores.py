"""Scores written in prose: an item's weight and its score, a part's heading weight, a scheme's total."""
import pytest

from reportnlp.api import process


def scores(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(s.data.item, s.data.max_score, s.data.self_score) for s in process(text).parts[0].get("scores")]


@pytest.mark.parametrize("text,expected", [
    # an item, its weight in brackets, then its score
    ("经逐项评分，产出指标（50分）得48分，效益指标（30分）得26分。", [("产出指标", 50.0, 48.0), ("效益指标", 30.0, 26.0)]),
    # an item, its weight, then its self score
    ("产出指标50分，自评42分；满意度指标10分，自评10分。", [("产出指标", 50.0, 42.0), ("满意度指标", 10.0, 10.0)]),
])
def test_an_items_weight_and_score_in_one_clause(text, expected):
    assert scores(text) == expected


def test_weights_listed_first_give_the_maxima_of_the_scores_after():
    text = ("项目绩效自评按百分制计分，其中产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。"
            "经自评，产出指标得分47分，效益指标得分28分，满意度指标得分10分，预算执行率得分9.2分，项目自评得分94.2分。")
    assert scores(text) == [("产出指标", 50.0, 47.0), ("效益指标", 30.0, 28.0), ("满意度指标", 10.0, 10.0),
                            ("预算执行率", 10.0, 9.2), ("总分", 100.0, 94.2)]


def test_a_bare_score_without_a_weighed_item_is_someone_elses():
    # a survey's 得分 is no self score
    assert scores("第三方满意度调查得分96分，群众评价较好。") == []


def test_a_parts_heading_weighs_the_self_score_that_closes_it():
    text = ("（一）项目决策（20分）。项目立项依据充分，绩效目标明确，自评得分19分。\n"
            "（二）项目过程（分值20分）：资金支出严格执行报账制，因工期延误扣2分，自评18分。\n")
    assert scores(text) == [("项目决策", 20.0, 19.0), ("项目过程", 20.0, 18.0)]


@pytest.mark.parametrize("text,max_score", [
    ("根据项目支出绩效评价指标体系逐项打分，综合得分100分，评价等级为优。", 100.0),  # a 绩效 scheme's total
    ("本单位绩效自评总得分103.5分（含加分项5分）。", None),  # above 100: a scale of its own
    ("本次安全生产自评得分96分。", None),  # no 绩效 scheme: the scale is not known
])
def test_a_performance_schemes_total_is_out_of_100_when_it_states_no_maximum(text, max_score):
    assert [m for _, m, _ in scores(text)] == [max_score]
