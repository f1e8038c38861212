"""Flags a supervisor can trust: families by meaning, the arithmetic in each mismatch flag,
confidence, the audit view's order and per-code evaluation (issue 14)."""
from __future__ import annotations

import re

import pytest

from reportnlp import extract_text
from reportnlp import families
from reportnlp.evaluate import Report, score_prediction
from reportnlp.report_html import render_audit


def _flags(text: str, code: str) -> list[dict]:
    res = extract_text(text).model_dump(mode="json")
    return [f for d in res["documents"] for f in d["flags"] if f["code"] == code]


def test_sub_kinds_and_heads():
    assert families.head("廉租住房600套、公共租赁住房") == "住房"
    assert families.sub_kinds("危险化学品企业", ["生产企业", "经营(带储存)企业"])
    assert families.sub_kinds("保障性住房建设任务", ["廉租住房", "公共租赁住房"])
    assert not families.sub_kinds("医疗卫生机构", ["县级医院", "乡镇卫生院", "村卫生室"])


def test_measures_and_share_bases():
    assert families.is_measure("应参加年度考核") and families.is_measure("实际参加考核")
    assert not families.is_measure("处级干部")
    assert families.share_base("其中优秀7名,占考核人数的") == "考核"
    assert families.share_base("211个,占比") is None  # 占比 names no base
    assert families.negated_stem("未办结", "办结") and not families.negated_stem("按时办结", "办结")


def test_mismatch_flag_states_the_arithmetic_tolerance_and_confidence():
    (f,) = _flags("应补种儿童2064人,完成补种1987人,补种率86.3%。", "RATE_MISMATCH")
    assert f["stated"] == 86.3 and abs(f["computed"] - 96.27) < 0.01
    assert f["tolerance"] == 0.1 and "1987/2064" in f["message"] and "tolerance" in f["message"]
    assert 0.9 <= f["confidence"] <= 0.95  # 10 points off at 0.1 per rounding unit: near certain
    (g,) = _flags("去年发生的14起轻伤事件中,外包人员占9起、自有员工占4起。", "SUM_MISMATCH")
    assert g["stated"] == 14 and g["computed"] == 13 and g["tolerance"] == 0.5
    assert "9+4" in g["message"] and g["confidence"] < f["confidence"]  # one unit off: less sure


def test_change_flag_names_the_implied_base():
    (f,) = _flags("全年税收收入1520万元,比上年减少80万元,下降6.5%。", "RATE_MISMATCH")
    assert "1520+80" in f["message"] and abs(f["computed"] - 5.0) < 1e-6


def test_every_flag_has_a_confidence():
    res = extract_text("全年无一起群众投诉。根据xx县通知要求开展自查,群众满意率100%。").model_dump(mode="json")
    flags = [f for d in res["documents"] for f in d["flags"]]
    assert {f["code"] for f in flags} == {"ZERO_COMPLAINT", "TEMPLATE_TEXT", "PERFECT_RATE"}
    assert all(0 < f["confidence"] <= 1 for f in flags)


def test_audit_side_list_puts_high_severity_first():
    text = ("全镇新购设备,群众满意率100%。全年无一起群众投诉。\n"
            "应补种儿童2064人,完成补种1987人,补种率86.3%。")
    page = render_audit(extract_text(text).model_dump(mode="json"))
    side = page[page.index('aria-label="flags"'):]
    codes = re.findall(r"<b>([A-Z_]+)</b>", side)
    assert codes[0] == "RATE_MISMATCH" and set(codes[1:]) == {"PERFECT_RATE", "ZERO_COMPLAINT"}
    assert "tolerance ±0.1" in side and "confidence" in side


def test_eval_reports_each_flag_code():
    gold = {"documents": [{"starts_with": "应补种儿童", "flags": [
        {"code": "RATE_MISMATCH", "snippet": "完成补种1987人,补种率86.3%"},
        {"code": "ZERO_COMPLAINT", "snippet": "全年无一起群众投诉"}]}]}
    pred = extract_text("应补种儿童2064人,完成补种1987人,补种率86.3%。").model_dump(mode="json")
    rep = Report()
    score_prediction(gold, pred, rep, verbose=True)
    s = rep.summary()["flags_by_code"]
    assert s["RATE_MISMATCH"]["tp"] == 1 and s["ZERO_COMPLAINT"]["fn"] == 1
    assert "  flag missed: ZERO_COMPLAINT [全年无一起群众投诉]" in rep.log
    assert "RATE_MISMATCH    P=1.000 R=1.000" in rep.to_text()


def test_listed_categories_of_a_rates_kind_are_no_population_for_it():
    # 满意票 and 基本满意票 are both satisfied votes: the rate is of the votes cast, not 3/58
    assert not _flags("收回选票64张,其中满意票58票、基本满意票3票,满意率95.1%。", "RATE_MISMATCH")
    assert _flags("全年受理群众诉求1260件、办结1255件,办结率98.6%。", "RATE_MISMATCH")


@pytest.mark.parametrize("text,claims", [
    ("全年安全生产实现“零死亡”，未发生较大以上事故。", True),  # the year's record
    ("2026年，集团安全生产继续保持“零死亡、零重伤”。", False),  # the target for the year ahead
])
def test_keeping_a_perfect_record_going_is_a_target_not_a_claim(text, claims):
    assert bool(_flags(text, "ZERO_COMPLAINT")) is claims


@pytest.mark.parametrize("text,claims", [
    ("改造期间我们坚持每日巡查,确保了改造过程零投诉。", True),  # 了: reports what was done
    ("改造期间要坚持每日巡查,确保改造过程零投诉。", False),  # the aim
    # a stated time limit met every time, no wrong item ever published
    ("全年网上舆情32条,均在24小时内回应处置。", True),
    ("全年各类宣传阵地未发生错误导向信息。", True),
])
def test_a_record_reported_is_a_claim_its_aim_is_not(text, claims):
    assert bool(_flags(text, "ZERO_COMPLAINT")) is claims


@pytest.mark.parametrize("text,claims", [
    # no gifts taken, no deaths, no disasters, no fires: records of the year
    ("本人严守廉洁纪律,全年未收受任何礼品礼金。", True),
    ("全年全镇未发生孕产妇死亡。", True),
    ("落实各项防御措施,连续两年未发生重大洪涝灾害。", True),
    ("今冬明春森林防火实现“零火情”。", True),
    # the look-alikes: the same words as aims, or a cause that did happen
    ("要严格落实廉洁规定,坚决不收受礼品礼金。", False),
    ("确保汛期不发生重大灾害、不发生人员死亡。", False),
    ("全年共处置火情3起。", False),
])
def test_records_of_gifts_deaths_disasters_and_fires(text, claims):
    assert bool(_flags(text, "ZERO_COMPLAINT")) is claims


@pytest.mark.parametrize("text,claims", [
    # a bad outcome's rate, or the rate it happens at, reported as zero in words or digits: a perfect record
    ("全年安全播出时长8760小时,停播率为零。", True),
    ("全镇适龄儿童入学率100%,辍学率为0。", True),
    ("各医疗机构院内感染发生率为0%。", True),
    ("全年安全事故发生率为零。", True),
    # the look-alikes: a rate with no bad outcome, a zero that is not the whole figure, and the aim
    ("受市场影响,园区企业产值增长率为零。", False),
    ("全年辍学率为0.3%,较上年下降0.2个百分点。", False),
    ("确保辍学率为零。", False),
])
def test_a_bad_outcomes_zero_rate_is_a_claim(text, claims):
    assert bool(_flags(text, "ZERO_COMPLAINT")) is claims
