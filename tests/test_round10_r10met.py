"""Round 10, metrics and audit flags on real pages (r10met): each class with a case it must catch and
a look-alike it must leave alone. Texts are written for these tests (invented units and figures)."""
from reportnlp.api import process


def _metrics(text):
    part = process(text).parts[0]
    return [(part.text[m.start:m.end], m.data) for m in part.get("metrics")]


def _flags(text):
    return [f.data.code for p in process(text).parts for f in p.get("flags")]


def _values(text):
    return [d.value for _, d in _metrics(text)]


# numbers that name a phase, a plenary session or a town's leadership bodies are no counts
def test_phase_session_and_leadership_names_are_no_metrics():
    text = "镇三家班子团结协作，深入学习党的二十届三中、四中全会精神，园区二期建设项目完成主体施工，新签约项目6个。"
    assert _values(text) == [6]


def test_counts_of_sessions_phases_and_firms_stay_metrics():
    text = "全年举办培训班3期，连续举办农民丰收节5届，新引进企业4家。"
    assert _values(text) == [3, 5, 4]


# a name in straight quotes holds its numbers as a name does in curly quotes
def test_number_inside_straight_quotes_is_a_name():
    text = '围绕"惠企暖心12条"、"老旧小区焕新"等政策，开展政策宣讲26场。'
    assert _values(text) == [26]


def test_number_after_a_closed_straight_quote_pair_stays():
    text = '开展"送法进村"活动18场，覆盖群众2400人次。'
    assert _values(text) == [18, 2400]


# a comparison sign before the value: an indicator's expected value or a criterion, never a self-reported
# result (forms.py marks it a target when the table's header names its column)
def test_comparison_sign_value_raises_no_perfect_rate():
    text = "质量指标：年度指标值为验收合格率=100%，资金支付及时率≥100%；成本指标：人均成本≤600元。"
    assert [d.value for _, d in _metrics(text)] == [100, 100, 600]
    assert "PERFECT_RATE" not in _flags(text)


def test_value_achieved_without_a_sign_is_a_perfect_rate():
    text = "年度指标值为验收合格率≥95%，实际为100%。"
    assert _flags(text) == ["PERFECT_RATE"]


def test_comparison_sign_rate_is_not_checked_against_counts():
    text = "全年培训农机手688人次，其中考核合格680人次，考核合格率≥95%。"
    assert "RATE_MISMATCH" not in _flags(text)


# a share of a target already reached is a result, and so are the figures after it
def test_share_of_the_years_target_is_a_result():
    text = "1—9月完成规上工业总产值9.3亿元，完成全年目标任务的72%；实现财政收入4260万元。"
    assert [d.target for _, d in _metrics(text)] == [False, False, False]


def test_a_stated_target_task_stays_a_target():
    text = "全年目标任务为新建高标准农田4000亩。"
    assert [(d.value, d.target) for _, d in _metrics(text)] == [(4000, True)]


def test_plan_before_a_year_is_a_target_cue():
    ms = _metrics("下一步，我中心计划2026年新增实操训练点3个。")
    assert [(d.value, d.target) for _, d in ms] == [(3, True)]
    ms = _metrics("2025年计划生育率达98%。")
    assert [(d.value, d.target) for _, d in ms] == [(98, False)]


# a converted PDF's line break between a number and its unit
def test_unit_on_the_next_line_is_the_numbers_unit():
    text = "全年通过政务专栏主动公开信息1364\n条，其中新增信息407\n条，按时发布率达99.2%。"
    assert [(d.value, d.unit) for _, d in _metrics(text)] == [(1364, "条"), (407, "条"), (99.2, "%")]


def test_next_line_starting_with_a_word_gives_no_unit():
    text = "表2 设备台账\n项目 数量\n合计 15\n条例宣传栏已更新。"
    assert all(d.unit != "条" for _, d in _metrics(text))


# 本 as a unit never takes the first character of 本年 / 本期 / 本人 in the next table row
def test_ben_before_nian_is_no_unit():
    text = "出院人数 2981545 3159592本年入院人数 3146793\n新增图书2.3万本，借阅图书5.6万册次。"
    got = [(d.value, d.unit) for _, d in _metrics(text)]
    assert (3159592, "本") not in got and (23000, "本") in got


# a budget execution rate that disagrees with its own amounts
def test_budget_execution_rate_mismatch_is_flagged():
    text = "全年预算数48万元，全年执行数41.2万元，预算执行率95.8%。"
    assert _flags(text) == ["RATE_MISMATCH"]


def test_budget_execution_rate_that_fits_is_not_flagged():
    text = "全年预算数48万元，全年执行数45.6万元，预算执行率95%。"
    assert "RATE_MISMATCH" not in _flags(text)


def test_share_of_money_and_criteria_amounts_are_left_alone():
    assert "RATE_MISMATCH" not in _flags("集体经济收入10万元以上的村达到211个，占比78.4%。")
    assert "RATE_MISMATCH" not in _flags("全镇农业总产值3.9亿元，其中种植业产值2.6亿元，占比66.7%。")


# a target cue on the line before, when a converted PDF breaks the sentence there
def test_target_cue_before_a_line_break_inside_the_sentence():
    ms = _metrics("2026年，街道将规范公开栏管理；力争图解、视频类解读占比达到\n40%\n以上。")
    assert [(d.value, d.target) for _, d in ms] == [(40, True)]


def test_heading_line_before_a_result_gives_no_target():
    ms = _metrics("三、下一步工作计划\n全年完成培训1200人次。\n确保安全\n全年受理投诉120件。")
    assert [(d.value, d.target) for _, d in ms] == [(1200, False), (120, False)]
