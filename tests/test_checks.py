"""One table-driven runner over the YAML pass/fail cases of every check code."""
from pathlib import Path

import pytest
import yaml

from reportnlp.api import process
from reportnlp.checks import REGISTRY, run_checks  # noqa: F401  (run_checks registers the rules)

CASES = Path(__file__).parent / "check_cases"


def _cases():
    for path in sorted(CASES.glob("*.yml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(spec.get("pass", [])):
            yield pytest.param(spec["code"], case, False, id=f"{spec['code']}-pass-{i}")
        for i, case in enumerate(spec.get("fail", [])):
            yield pytest.param(spec["code"], case, True, id=f"{spec['code']}-fail-{i}")


def _flags(text: str, code: str):
    page = process(text)
    return [f for part in page.parts if part.meta.get("duplicate_of") is None
            for f in part.get("flags") if f.label == code]


@pytest.mark.parametrize("code,case,fires", list(_cases()))
def test_check_case(code, case, fires):
    flags = _flags(case["text"], code)
    if not fires:
        assert flags == [], [f.data.evidence for f in flags]
        return
    assert len(flags) == case.get("count", 1), [f.data.evidence for f in flags]
    assert any(case["evidence"] in f.data.evidence for f in flags), [f.data.evidence for f in flags]


def test_every_code_has_cases():
    from reportnlp.checks import rules  # noqa: F401

    covered = {yaml.safe_load(p.read_text(encoding="utf-8"))["code"] for p in CASES.glob("*.yml")}
    assert covered == set(REGISTRY)
    for chk in REGISTRY.values():
        assert chk.doc, f"{chk.code} has no docstring (its user documentation)"


def test_risk_summary_orders_reasons_by_weight():
    page = process("全年受理2360件,按时办结率100%。按照考核通知要求自查,总得分107.5分。")
    risk = page.parts[0].meta["risk"]
    assert 0 < risk["score"] < 1
    assert risk["reasons"][0].endswith("SCORE_OVER_MAX")


def test_a_rate_of_100_percent_promised_in_the_plans_is_no_perfect_rate_claim():
    from reportnlp.api import process

    text = ("县司法局2023年工作总结\n一、主要做法\n全年开展普法活动86场,群众满意率达到100%。\n"
            "二、下一步工作打算\n一是加强队伍建设,年内执法人员培训轮训率达到100%。\n")
    flags = [f for f in process(text).parts[0].get("flags") if f.label == "PERFECT_RATE"]
    assert len(flags) == 1 and "满意率" in process(text).parts[0].text[flags[0].start:flags[0].end]
