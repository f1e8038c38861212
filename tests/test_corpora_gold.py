"""The gold annotations in corpora/ pass the gold validator (corpora/check_gold.py)."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def _load_validator():
    spec = importlib.util.spec_from_file_location("corpora_check_gold", CORPORA / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_gold = _load_validator()


def test_corpus_gold_has_no_errors():
    result = check_gold.check_all(CORPORA / "gold", CORPORA / "raw")
    assert len(result) == len(list((CORPORA / "gold").glob("*.json"))) > 0
    assert {name: errors for name, errors in result.items() if errors} == {}


RAW = """县民政局2023年工作总结
今年以来，县民政局共办理救助申请1,286件，办结率100%。
一、存在问题
基层力量不足，专业社工仅3名。
二、下一步打算
年底前完成养老服务中心建设。
"""

GOLD = {
    "file": "gov_01_demo.txt",
    "script": "simplified",
    "site_family": "gov",
    "must_remove": [],
    "must_keep": ["共办理救助申请1286件"],
    "documents": [{
        "starts_with": "今年以来,县民政局共办理",
        "duplicate_of": None,
        "title": "县民政局2023年工作总结",
        "doc_type": "工作总结",
        "sections": [
            {"label": "主要做法", "starts_with": "今年以来,县民政局"},
            {"label": "存在问题", "starts_with": "一、存在问题"},
            {"label": "下一步", "starts_with": "二、下一步打算"},
        ],
        "metrics": [
            {"indicator": "办理救助申请", "value": 1286, "unit": "件", "snippet": "共办理救助申请1286件"},
            {"indicator": "办结率", "value": 100, "unit": "%", "snippet": "办结率100%"},
        ],
        "scores": [],
        "commitments": [{"snippet": "完成养老服务中心建设", "deadline": "年底前"}],
        "flags": [{"code": "PERFECT_RATE", "snippet": "办结率100%", "note": "100%"}],
    }],
}


def _check(tmp_path, gold: dict) -> list[str]:
    gold_dir, raw_dir = tmp_path / "gold", tmp_path / "raw"
    gold_dir.mkdir()
    raw_dir.mkdir()
    (raw_dir / "gov_01_demo.txt").write_text(RAW, encoding="utf-8")
    (gold_dir / "gov_01_demo.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return check_gold.check_all(gold_dir, raw_dir)["gov_01_demo.json"]


def test_valid_gold_passes(tmp_path):
    assert _check(tmp_path, GOLD) == []


def test_snippet_not_in_raw_is_an_error(tmp_path):
    gold = copy.deepcopy(GOLD)
    gold["documents"][0]["metrics"][0]["snippet"] = "共办理救助申请1287件"
    errors = _check(tmp_path, gold)
    assert any("not in raw" in e and "1287" in e for e in errors), errors


def test_unknown_flag_code_is_an_error(tmp_path):
    gold = copy.deepcopy(GOLD)
    gold["documents"][0]["flags"][0]["code"] = "PERFECT_SCORE"
    errors = _check(tmp_path, gold)
    assert any("PERFECT_SCORE" in e for e in errors), errors


@pytest.mark.parametrize("change", ["missing_flag", "missing_family"])
def test_flag_consistency_warns_but_site_family_is_required(tmp_path, change):
    gold = copy.deepcopy(GOLD)
    if change == "missing_flag":  # annotators may disagree: a warning, not an error
        gold["documents"][0]["flags"] = []
        assert _check(tmp_path, gold) == []
    else:
        del gold["site_family"]
        assert any("site_family" in e for e in _check(tmp_path, gold))
