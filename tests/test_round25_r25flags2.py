"""Round 25 (r25flags2): audit-flag classes and the targets they read, found on real 绩效自评, 12345 / 督察 信访,
整改 and 统计 pages: a comparison sign before a flattened form's value, a standard's list under its heading, a
zero rate kept (保持为零), every item rectified on time (均按期整改), and livestock counted in 头 and 匹. Each class
has must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import flag_codes, metrics_of

from reportnlp.api import extract_text


def _targets(page: str) -> dict:
    """(indicator, value) -> target, for every metric of the page."""
    return {(m.indicator, m.value): m.target for m in metrics_of(page)}


def _target_of(page: str, value: float, unit: str) -> list[bool]:
    """Whether each metric of ``value`` in ``unit`` is a target."""
    return [m.target for m in metrics_of(page) if m.value == value and m.unit == unit]


def _flags(page: str) -> list[tuple[str, str]]:
    return [(f.code, f.evidence) for d in extract_text(page).documents for f in d.flags]


# --- a comparison sign before a value: the 年度指标值 of a flattened 绩效自评表 ------------------------------------

def test_equals_and_bound_signs_mark_targets_in_a_flattened_form():
    page = ("项目支出绩效自评表\n"
            "产出指标数量指标补助发放足额率=100% 25 调账次数≤6次 25 时效指标按月拨付率=100% 25 "
            "效益指标资金结余率≤3% 25 合计100 评价结论按时足额拨付。\n")
    t = _targets(page)
    assert t[("补助发放足额率", 100)] and t[("按月拨付率", 100)]
    assert _target_of(page, 6, "次") == [True] and _target_of(page, 3, "%") == [True]
    assert "PERFECT_RATE" not in flag_codes(page)


def test_a_sign_in_prose_marks_the_bound_and_leaves_the_result():
    page = ("青石县农技站项目绩效自评报告\n"
            "质量指标:年度指标值为农机手持证率≥ 85%,实际持证率91.2%;培训教材到位率=100%,实际为100%。\n")
    assert _target_of(page, 85, "%") == [True]
    assert _target_of(page, 91.2, "%") == [False]
    # the result that reaches 100% is still flagged, the bound beside it is not
    flags = [e for code, e in _flags(page) if code == "PERFECT_RATE"]
    assert len(flags) == 1 and "实际为100%" in flags[0]


def test_an_equals_after_a_formula_is_a_computed_result():
    page = ("柳岸镇2024年部门整体支出绩效自评报告\n"
            "预算执行率=全年执行数/全年预算数=96.3%,较上年提高2.1个百分点。\n")
    assert not any(m.target for m in metrics_of(page) if m.value == 96.3)


# --- a standard's list under its heading ----------------------------------------------------------------------------

def test_a_standards_list_reads_as_targets():
    page = ("物业服务工作标准\n"
            "一、总体指标:1.业主满意度92%以上;2.全年不发生重大消防责任事故。二、分类指标:1.保安人员持证上岗率达到100%;"
            "2.设备档案建档率达到100%;3.维修及时率达到95%以上;4.电梯完好率达到99%以上。\n")
    t = _targets(page)
    assert t[("保安人员持证上岗率", 100)] and t[("设备档案建档率", 100)]
    assert t[("维修及时率", 95)] and t[("电梯完好率", 99)] and t[("业主满意度", 92)]
    assert "PERFECT_RATE" not in flag_codes(page)


def test_a_service_standard_heading_in_a_paragraph():
    page = ("县政务大厅窗口服务规范\n"
            "服务标准:窗口人员持证上岗率达到100%,群众评价满意率不低于98%,一次性告知率达到100%。\n")
    t = _targets(page)
    assert t[("窗口人员持证上岗率", 100)] and t[("一次性告知率", 100)]
    assert "PERFECT_RATE" not in flag_codes(page)


def test_results_after_a_standard_heading_stay_results():
    # done work between the heading and the value, or a new paragraph, reports what was reached
    page = ("青禾街道2024年工作总结\n"
            "考核标准:全年共开展安全检查36次,隐患整改率达到100%。\n"
            "二、工作开展情况:全年受理诉求1200件,按期办结率达到100%。\n")
    t = _targets(page)
    assert not t[("隐患整改率", 100)]
    assert not t[("按期办结率", 100)]
    assert any(code == "PERFECT_RATE" and "按期办结率" in e for code, e in _flags(page))


def test_a_plain_report_with_indicators_is_untouched():
    page = ("柳川县2024年统计工作总结\n"
            "主要指标:全县完成地区生产总值128.6亿元,增长6.1%;规上工业增加值达到41.2亿元。\n")
    assert not any(m.target for m in metrics_of(page))


# --- a zero rate kept at zero; every item rectified on time -----------------------------------------------------------

def test_an_accident_rate_kept_at_zero_is_a_claim():
    page = ("燃气营业厅年度工作总结\n"
            "通过专项整改,表具故障率下降45%。一年下来,人员配合更默契,办事效率提高30%,营业厅安全事故率保持为零。\n")
    assert "ZERO_COMPLAINT" in flag_codes(page)


def test_a_complaint_rate_kept_at_zero_is_a_claim():
    page = ("青石镇便民服务中心工作总结\n"
            "全年办理各类事项8600件,群众投诉率保持在0,服务评价持续向好。\n")
    assert "ZERO_COMPLAINT" in flag_codes(page)


def test_bad_reviews_all_rectified_on_time_is_a_claim():
    page = ("县政务服务中心“好差评”工作情况\n"
            "今年1至8月共收到差评46件。截至目前,差评均按期整改,整改率达100%。\n")
    codes = flag_codes(page)
    assert "ZERO_COMPLAINT" in codes and "PERFECT_RATE" in codes


def test_feedback_items_all_closed_on_time_is_a_claim():
    page = ("柳岸区巡察整改进展情况通报\n"
            "巡察反馈的12个问题全部按时销号,建立长效制度9项。\n")
    assert "ZERO_COMPLAINT" in flag_codes(page)


def test_aims_and_demands_to_rectify_are_no_claims():
    page = ("青禾县安全生产工作要点\n"
            "督查发现的问题要求均按期整改到位。确保全年安全事故率保持为零。\n")
    assert "ZERO_COMPLAINT" not in flag_codes(page)


def test_a_growth_rate_kept_is_no_claim():
    page = ("柳川县财政局工作总结\n"
            "严控一般性支出,全年“三公”经费增长率保持为零以下水平,运行成本持续下降。\n")
    assert "ZERO_COMPLAINT" not in flag_codes(page)


# --- livestock counted in 头 and 匹 --------------------------------------------------------------------------------

def test_a_livestock_breakdown_in_tou_and_pi_adds_up():
    page = ("青石县2024年国民经济和社会发展统计公报\n"
            "年末大牲畜存栏31560头,其中:黄牛及肉牛存栏22418头;奶牛存栏6731头;马存栏2411匹。\n")
    assert any(m.value == 2411 and m.unit == "匹" for m in metrics_of(page))
    assert "SUM_MISMATCH" not in flag_codes(page)


def test_horses_counted_in_pi_beside_donkeys_add_up():
    page = ("柳岸乡畜牧业发展情况汇报\n"
            "全乡大牲畜存栏2350头,其中:黄牛1620头,马430匹,驴300头。\n")
    assert "SUM_MISMATCH" not in flag_codes(page)


def test_a_livestock_breakdown_that_misses_still_flags():
    page = ("青石县2024年国民经济和社会发展统计公报\n"
            "年末大牲畜存栏31560头,其中:黄牛及肉牛存栏22418头;奶牛存栏6731头;马存栏1411匹。\n")
    assert "SUM_MISMATCH" in flag_codes(page)


def test_pi_pei_is_a_word_no_unit():
    page = ("柳川县大数据中心工作总结\n"
            "完成两套系统5项数据匹配,新增共享接口12个。\n")
    assert not any(m.unit == "匹" for m in metrics_of(page))
