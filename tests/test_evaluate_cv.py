"""Cross-validation by site family: the learned parts never see the family they are scored on."""
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from reportnlp.cli import app
from reportnlp.evaluate import evaluate_cv

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
PAGES = ["gov_01", "gov_02", "news_01", "news_02", "fanwen_01", "fanwen_02"]


def _small_corpus(tmp_path: Path) -> tuple[Path, Path]:
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    for stem in PAGES:
        g = next(CORPORA.glob(f"gold/{stem}_*.json"))
        data = json.loads(g.read_text(encoding="utf-8"))
        shutil.copy(g, gold / g.name)
        shutil.copy(CORPORA / "raw" / data["file"], raw / data["file"])
    return gold, raw


def test_folds_split_by_family(tmp_path):
    gold, raw = _small_corpus(tmp_path)
    result = evaluate_cv(gold, raw, k=3)
    families = [set(fams) for fams, _ in result.folds]
    assert sorted(f for fams in families for f in fams) == ["fanwen", "gov", "news"]  # each in one fold
    assert result.pooled.files == len(PAGES)
    summary = result.summary()
    assert set(summary["families"]) == {"fanwen", "gov", "news"}
    assert all(row["pages"] == 2 for row in summary["families"].values())
    assert 0.0 < summary["pooled"]["removed"]["rate"] <= 1.0


def test_eval_cv_command(tmp_path):
    gold, raw = _small_corpus(tmp_path)
    out = CliRunner().invoke(app, ["eval", str(gold), str(raw), "--cv", "2"])
    assert out.exit_code == 0, out.output
    assert "per family:" in out.output and "news (2)" in out.output
    bad = CliRunner().invoke(app, ["eval", str(gold), str(raw), "--cv", "1"])
    assert bad.exit_code == 2


def test_verbose_eval_names_the_reports_missed_and_extra():
    from reportnlp.api import extract_text
    from reportnlp.evaluate import Report, score_prediction

    gold = {"documents": [{"starts_with": "2024年,我局扎实推进"}, {"starts_with": "2024年5月,县政协调研组"}]}
    pred = extract_text("2024年,我局扎实推进政务公开,全年公开信息320条。\n").model_dump(mode="json")
    pred["documents"].append({"text": "相关推荐:某某局工作总结", "duplicate_of": None})
    rep = Report()
    score_prediction(gold, pred, rep, verbose=True)
    assert "  report missed: 2024年5月,县政协调研组" in rep.log
    assert any(line.startswith("  report extra: '相关推荐") for line in rep.log)
