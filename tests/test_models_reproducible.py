"""models/ is what `reportnlp train` makes of corpora/: a rule or corpus change that alters what
training sees shows here until the models are retrained and committed with it."""
from pathlib import Path

import pytest

from reportnlp.train import _write_model, corpus_pairs, train_models

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def retrained(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("models")
    for name, model, _ in train_models(corpus_pairs(ROOT / "corpora")):
        _write_model(out / name, model)
    return out


@pytest.mark.parametrize("name", ["boilerplate.json", "sections.json", "commitments.json"])
def test_shipped_model_is_the_one_training_on_corpora_gives(retrained: Path, name: str):
    shipped = (ROOT / "models" / name).read_bytes()
    assert (retrained / name).read_bytes() == shipped, f"models/{name} is stale: run `reportnlp train`"
