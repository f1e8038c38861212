"""The command line: output contract, exit codes, clear errors."""
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from reportnlp.cli import app

RUN = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "raw" / "x_16_anquan_shengchan.txt"


def test_extract_prints_the_contract():
    res = RUN.invoke(app, ["extract", str(SAMPLE)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    for key in ("source", "encoding", "script", "removed", "documents"):
        assert key in data
    doc = data["documents"][0]
    for key in ("text", "title", "doc_type", "duplicate_of", "sections", "metrics", "scores", "commitments", "flags"):
        assert key in doc
    assert doc["metrics"] and doc["sections"]
    m = doc["metrics"][0]
    assert doc["text"][m["start"]:m["end"]]


def test_extract_stdin_and_output_file(tmp_path):
    out = tmp_path / "o.json"
    res = RUN.invoke(app, ["extract", "-", "-o", str(out)], input="今年以来,我局受理投诉120件,办结率100%。".encode())
    assert res.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["flags"][0]["code"] == "PERFECT_RATE"


def test_missing_file_is_a_usage_error():
    res = RUN.invoke(app, ["extract", "/no/such/file.txt"])
    assert res.exit_code == 2 and "no such file" in res.output


def test_empty_and_binary_inputs_fail_cleanly(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    for path, word in ((empty, "empty"), (binary, "binary")):
        res = RUN.invoke(app, ["extract", str(path)])
        assert res.exit_code == 1 and word in res.output and "Traceback" not in res.output


def test_schema_and_clean():
    schema = json.loads(RUN.invoke(app, ["schema"]).stdout)
    assert "documents" in schema["properties"]
    res = RUN.invoke(app, ["clean", str(SAMPLE)])
    assert res.exit_code == 0 and ("下一步" in res.stdout or "安全" in res.stdout)


def test_eval_on_corpora_subset(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    src = SAMPLE.parents[1] / "gold" / "x_16_anquan_shengchan.json"
    (gold / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    res = RUN.invoke(app, ["eval", str(gold), str(SAMPLE.parent), "--json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["metrics"]["f1"] > 0.5


def test_plain_cli_path_does_not_import_heavy_libraries():
    code = ("import sys, reportnlp.cli; "
            "print(sorted(m for m in ('spacy','sklearn','datasketch','dask','pyarrow','jieba') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_eval_pin_writes_measured_floors_and_refuses_to_lower_them(tmp_path):
    gold = tmp_path / "corpora" / "gold"
    gold.mkdir(parents=True)
    src = SAMPLE.parents[1] / "gold" / "x_16_anquan_shengchan.json"
    (gold / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"other": {"metrics.f1": 0.1}}), encoding="utf-8")
    res = RUN.invoke(app, ["eval", str(gold), str(SAMPLE.parent), "--json", "--pin", str(floors)])
    assert res.exit_code == 0, res.output
    measured = json.loads(res.stdout.splitlines()[0])
    pinned = json.loads(floors.read_text(encoding="utf-8"))
    assert pinned["other"] == {"metrics.f1": 0.1}  # other sets untouched
    assert pinned["corpora"]["metrics.f1"] == measured["metrics"]["f1"]
    assert pinned["corpora"]["removed.rate"] == measured["removed"]["rate"]
    # a floor above what is measured: nothing is written, exit 1, the figure named
    raised = dict(pinned, corpora={**pinned["corpora"], "metrics.p": 1.01})
    floors.write_text(json.dumps(raised), encoding="utf-8")
    res = RUN.invoke(app, ["eval", str(gold), str(SAMPLE.parent), "--pin", str(floors)])
    assert res.exit_code == 1 and "metrics.p" in res.output
    assert json.loads(floors.read_text(encoding="utf-8")) == raised
