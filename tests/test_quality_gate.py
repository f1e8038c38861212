"""Quality gate over corpora/ (and the dev seeds when ../shared is present).

Floors only rise: when a change improves a figure, raise its floor here.
"""
from pathlib import Path

import pytest

from reportnlp.evaluate import Report, evaluate_dirs, figure, gold_pairs, score_prediction

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

# corpora/ grew from 48 to 150 pages mirroring real sites (corpora/SURVEY.md); these are its
# in-sample figures (held-out ones by site family: `reportnlp eval --cv 5`), floors a point under
# them so that a page added to the corpus does not turn the gate red by itself.
CORPORA_FLOORS = {
    "indicators": 0.91, "canonical": 0.70,
    "removed": 0.94, "kept": 0.98, "dups": 0.85,
    "split": 0.92, "sections": 0.84, "metrics": 0.94, "flags": 0.78,
}
SEED_FLOORS = {
    "indicators": 0.92, "canonical": 0.70,
    "removed": 1.0, "kept": 1.0, "dups": 1.0, "deadlines": 0.54,
    "split": 0.98, "sections": 0.80, "metrics": 0.97, "scores": 1.0, "flags": 0.97,
}



@pytest.fixture(scope="module")
def corpora_summary():
    return evaluate_dirs(CORPORA / "gold", CORPORA / "raw").summary()


@pytest.mark.parametrize("key", sorted(CORPORA_FLOORS))
def test_corpora_floor(corpora_summary, key):
    assert figure(corpora_summary, key) >= CORPORA_FLOORS[key]


def test_corpora_commitments(corpora_summary):
    assert corpora_summary["commitments"]["r"] >= 0.66
    assert corpora_summary["commitments"]["p"] >= 0.73


def test_corpora_mismatch_precision(corpora_summary):
    for code in ("RATE_MISMATCH", "SUM_MISMATCH"):
        assert corpora_summary["flags_by_code"][code]["p"] >= 0.8


@pytest.fixture(scope="module")
def seed_summary(shared_dir):
    from reportnlp.api import extract_file

    report = Report()
    for _, gold, raw in gold_pairs(shared_dir / "gold", shared_dir / "seeds"):
        score_prediction(gold, extract_file(raw).model_dump(mode="json"), report)
    return report.summary()


@pytest.mark.parametrize("key", sorted(SEED_FLOORS))
def test_seed_floor(seed_summary, key):
    assert figure(seed_summary, key) >= SEED_FLOORS[key]


def test_seed_commitment_recall_and_mismatch_precision(seed_summary):
    assert seed_summary["commitments"]["r"] >= 0.41
    assert seed_summary["flags_by_code"]["PERFECT_RATE"]["f1"] >= 0.9
    for code in ("RATE_MISMATCH", "SUM_MISMATCH"):
        assert seed_summary["flags_by_code"][code]["p"] >= 0.9
