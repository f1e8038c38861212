"""Quality gate over corpora/ (and the dev seeds when ../shared is present).

The floors live in tests/quality_floors.json, pinned at the measured figures (precision, recall,
F1 and rates). They only rise: after a change that improves a figure, run
    reportnlp eval corpora/gold corpora/raw --pin tests/quality_floors.json
    reportnlp eval ../shared/gold ../shared/seeds --pin tests/quality_floors.json --pin-set seeds
    reportnlp eval corpora/gold corpora/raw --family-prefix form_ --pin tests/quality_floors.json --pin-set forms
which refuses to lower any floor. A deliberate trade-off is a hand edit of that file, said in the commit.
"""
import json
from pathlib import Path

from reportnlp.evaluate import Report, evaluate_dirs, floor_figures, gold_pairs, score_prediction

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent / "corpora"
FLOORS = json.loads((HERE / "quality_floors.json").read_text(encoding="utf-8"))


def _below(measured: dict, floors: dict) -> list[str]:
    got = floor_figures(measured)
    return [f"{k}: {got.get(k, 'not measured')} < floor {v}" for k, v in sorted(floors.items())
            if k not in got or got[k] < v]


def test_floor_file_pins_every_headline_figure():
    for name in ("corpora", "seeds"):
        keys = FLOORS[name]
        for k in ("removed.rate", "kept.rate", "dups.rate", "split.f1", "sections.f1", "metrics.f1",
                  "commitments.p", "commitments.r", "flags.f1", "flags_by_code.RATE_MISMATCH.p"):
            assert k in keys, (name, k)


def test_corpora_floors():
    assert _below(evaluate_dirs(CORPORA / "gold", CORPORA / "raw").summary(), FLOORS["corpora"]) == []


def test_seed_floors(shared_dir):
    from reportnlp.api import extract_file

    report = Report()
    for _, gold, raw in gold_pairs(shared_dir / "gold", shared_dir / "seeds"):
        score_prediction(gold, extract_file(raw).model_dump(mode="json"), report)
    assert _below(report.summary(), FLOORS["seeds"]) == []


def test_form_page_floors():
    # the self-evaluation form pages (site families form_*): rows, full scores, sums; and never a
    # PERFECT_RATE on a target cell
    summary = evaluate_dirs(CORPORA / "gold", CORPORA / "raw", family_prefix="form_").summary()
    assert summary["files"] >= 20
    assert _below(summary, FLOORS["forms"]) == []
    assert summary["flags_by_code"].get("PERFECT_RATE", {"p": 1.0})["p"] >= 0.99
