"""reportnlp.batch: one line per input whatever the input, resume, time budgets, both engines."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reportnlp import batch
from reportnlp.batch import BatchSummary, iter_items, metric_rows, process_one, read_done, run_batch
from reportnlp.schema import ErrorRecord, ExtractResult

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpora" / "raw"

REPORT = (
    "桐岭县医疗保障局2023年工作总结\n"
    "2023年，县医疗保障局围绕“保基本、兜底线”主线，各项工作取得明显成效。\n"
    "一、主要工作成效\n"
    "（一）参保扩面稳步推进。全县基本医疗保险参保人数达41.27万人，参保率97.6%，同比提高0.8个百分点。\n"
    "（二）基金监管保持高压。检查定点医药机构312家，查处违规机构47家，追回医保基金286.4万元。\n"
    "二、存在问题\n"
    "基层经办力量薄弱，信息化水平不高。\n"
    "三、下一步工作打算\n"
    "2024年力争参保率稳定在97%以上，年底前完成经办窗口改造。\n"
)
REPORT_TRAD = (
    "鎮衛生院院長2016年度述職報告\n"
    "全年門急診人次達到38650人次，同比增長7.2%；住院病人1284人次，病床使用率81.5%。\n"
    "下一步，我們將繼續加強基層醫療服務能力建設。\n"
)

# file name -> expected error code (None: a result)
EXPECTED = {
    "empty.txt": "empty",
    "random.txt": "binary",
    "nul.txt": "binary",
    "gb18030.txt": None,
    "big5.txt": None,
    "utf16.txt": None,
    "truncated.txt": None,
    "sub/report.text": None,
    "sub/page.htm": None,
}
RECORDS = {"rec-1": None, "rec-2": None, "rec-empty": "empty"}


def _salt(root: Path, long_line: bool = True) -> dict[str, str | None]:
    """A directory of good and bad inputs; returns id -> expected error code."""
    (root / "sub").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "random.txt").write_bytes(random.Random(7).randbytes(8192))
    (root / "nul.txt").write_bytes(b"\0" * 8192)
    (root / "gb18030.txt").write_bytes(REPORT.encode("gb18030"))
    (root / "big5.txt").write_bytes(REPORT_TRAD.encode("big5"))
    (root / "utf16.txt").write_bytes(REPORT.encode("utf-16"))
    (root / "truncated.txt").write_bytes(REPORT.encode("utf-8")[:-3])  # ends inside "。" (3 bytes)
    (root / "sub" / "report.text").write_text(REPORT, encoding="utf-8")
    (root / "sub" / "page.htm").write_text(REPORT, encoding="utf-8")
    # never inputs: hidden, or not a text suffix
    (root / ".hidden.txt").write_text(REPORT, encoding="utf-8")
    (root / ".cache" / "x.txt").write_text(REPORT, encoding="utf-8")
    (root / "notes.md").write_text(REPORT, encoding="utf-8")
    expected = {str(root / k): v for k, v in EXPECTED.items()}
    if long_line:
        # a flattened PDF: ~5 MB of report sentences without a single newline
        sentence = REPORT.replace("\n", "")
        (root / "long_line.txt").write_text(sentence * (5_000_000 // len(sentence.encode())), encoding="utf-8")
        # the stages are superlinear on one huge paragraph today: a result or a timeout record, never a stall
        expected[str(root / "long_line.txt")] = (None, "timeout")
    records = root / "records.jsonl"
    records.write_text(
        json.dumps({"id": "rec-1", "text": REPORT}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "rec-2", "text": REPORT_TRAD}, ensure_ascii=False) + "\n\n"
        + json.dumps({"id": "rec-empty", "text": ""}) + "\n",
        encoding="utf-8",
    )
    expected.update(RECORDS)
    return expected


def _lines(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "the output ends in a partial line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def _by_id(lines: list[dict]) -> dict[str, dict]:
    out = {}
    for d in lines:
        assert d["id"] not in out, f"two lines for {d['id']}"
        out[d["id"]] = d
    return out


def _check_codes(lines: list[dict], expected: dict[str, str | None]) -> None:
    got = _by_id(lines)
    assert set(got) == set(expected)
    assert len(lines) == len(expected)
    for id_, code in expected.items():
        d = got[id_]
        if isinstance(code, tuple):
            code = d.get("error_code") if d.get("error_code") in code else code[0]
        if code is None:
            assert "error_code" not in d, (id_, d.get("message"))
            ExtractResult.model_validate(d)
            assert d["documents"], id_
        else:
            ErrorRecord.model_validate(d)
            assert d["error_code"] == code, (id_, d)
            assert "Traceback" not in d["message"]


@pytest.fixture(scope="module")
def salted(tmp_path_factory):
    root = tmp_path_factory.mktemp("salted") / "in"
    return root, _salt(root)


@pytest.fixture(scope="module")
def salted_run(salted, tmp_path_factory):
    root, expected = salted
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    summary = run_batch([str(root), str(root / "records.jsonl")], out, workers=2, progress=False,
                        timeout=15, parquet=out.with_suffix(".parquet"))
    return out, expected, summary


# -- one line per input ------------------------------------------------------------------------

def test_salted_directory_one_line_per_input(salted_run):
    out, expected, summary = salted_run
    _check_codes(_lines(out), expected)
    n_failed = sum(1 for c in expected.values() if isinstance(c, str)) + summary.codes["timeout"]
    assert (summary.ok, summary.failed, summary.skipped) == (len(expected) - n_failed, n_failed, 0)
    assert summary.codes["empty"] == 2 and summary.codes["binary"] == 2
    assert set(summary.codes) <= {"empty", "binary", "timeout"}
    assert "failed (binary 2, empty 2" in summary.line()


def test_encodings_are_decoded(salted_run):
    out, expected, _ = salted_run
    got = _by_id(_lines(out))
    root = Path(next(k for k in expected if k.endswith("gb18030.txt"))).parent
    assert got[str(root / "gb18030.txt")]["encoding"].startswith("gb")
    assert got[str(root / "big5.txt")]["encoding"].startswith("big5")
    assert got[str(root / "utf16.txt")]["encoding"].startswith("utf-16")
    assert "参保人数" in got[str(root / "utf16.txt")]["documents"][0]["text"]
    assert got[str(root / "truncated.txt")]["replaced_bytes"] >= 1
    assert got[str(root / "truncated.txt")]["encoding"] == "utf-8"  # not GBK mojibake
    assert "经办窗口改造" in got[str(root / "truncated.txt")]["documents"][0]["text"]


def test_jsonl_record_ids_and_sources(salted_run):
    out, _, _ = salted_run
    got = _by_id(_lines(out))
    assert got["rec-1"]["source"].endswith("records.jsonl:1")
    assert got["rec-2"]["source"].endswith("records.jsonl:2")
    assert got["rec-empty"]["source"].endswith("records.jsonl:4")  # line 3 is blank, not an input
    assert got["rec-1"]["documents"][0]["text"] == got[next(k for k in got if k.endswith("report.text"))][
        "documents"][0]["text"]


def test_parquet_has_one_row_per_metric(salted_run):
    pq = pytest.importorskip("pyarrow.parquet")
    out, _, _ = salted_run
    table = pq.read_table(out.with_suffix(".parquet"))
    assert table.column_names == list(batch.METRIC_COLUMNS)
    expected_rows = sum(len(metric_rows(d)) for d in _lines(out))
    assert expected_rows > 0
    assert table.num_rows == expected_rows
    assert set(table.column("id").to_pylist()) <= {d["id"] for d in _lines(out) if "error_code" not in d}


def test_missing_inputs_get_records(tmp_path):
    out = tmp_path / "o.jsonl"
    summary = run_batch([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")], out, workers=1, progress=False)
    got = _by_id(_lines(out))
    assert {d["error_code"] for d in got.values()} == {"unreadable"}
    assert set(got) == {str(tmp_path / "nope.txt"), str(tmp_path / "*.none")}
    assert summary.failed == 2


def test_glob_and_explicit_file_and_repeats(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT_TRAD, encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"
    # a.txt named twice and matched by the glob: still one line
    summary = run_batch([str(tmp_path / "*.txt"), str(tmp_path / "a.txt")], out, workers=1, progress=False)
    assert sorted(_by_id(_lines(out))) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert (summary.ok, summary.skipped) == (2, 1)


def test_output_file_inside_input_directory_is_not_an_input(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "results.txt"
    out.write_text("stale\n")
    run_batch([str(tmp_path)], out, workers=1, progress=False)
    assert [d["id"] for d in _lines(out)] == [str(tmp_path / "a.txt")]


def test_size_cap(tmp_path):
    (tmp_path / "big.txt").write_text(REPORT * 20, encoding="utf-8")
    (tmp_path / "small.txt").write_text("年度报告：完成10项。", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "big-rec", "text": REPORT * 20}) + "\n")
    out = tmp_path / "o.jsonl"
    run_batch([str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), str(tmp_path / "r.jsonl")], out,
              workers=1, progress=False, max_bytes=2000)
    got = _by_id(_lines(out))
    assert got[str(tmp_path / "big.txt")]["error_code"] == "too_large"
    assert got["big-rec"]["error_code"] == "too_large"
    assert "error_code" not in got[str(tmp_path / "small.txt")]


def test_bad_jsonl_lines(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": 7, "text": "二〇二三年完成5项"}\nnot json\n{"id": "x"}\n{"text": "年度完成3项"}\n')
    out = tmp_path / "o.jsonl"
    run_batch([str(path)], out, workers=1, progress=False)
    got = _by_id(_lines(out))
    assert set(got) == {"7", f"{path}:2", "x", f"{path}:4"}
    assert got[f"{path}:2"]["error_code"] == "unreadable"
    assert got["x"]["error_code"] == "unreadable"
    assert "error_code" not in got["7"] and "error_code" not in got[f"{path}:4"]


def test_lone_surrogate_in_jsonl_is_replaced(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "s", "text": "2023\\ud800年完成10项工作。"}\n')
    out = tmp_path / "o.jsonl"
    run_batch([str(path)], out, workers=1, progress=False)
    d = _lines(out)[0]
    assert "error_code" not in d, d
    assert "\ufffd" in d["documents"][0]["text"] or d["lost_characters"]


# -- resume ------------------------------------------------------------------------------------

def test_resume_skips_done_ids_and_drops_partial_line(tmp_path):
    root = tmp_path / "in"
    expected = _salt(root, long_line=False)
    out = tmp_path / "o.jsonl"
    first = [str(root / "gb18030.txt"), str(root / "empty.txt")]
    run_batch(first, out, workers=1, progress=False)
    assert len(_lines(out)) == 2
    with open(out, "ab") as fh:  # a run killed in the middle of a line
        fh.write(b'{"id": "' + str(root / "big5.txt").encode() + b'", "source": "x", "docu')
    summary = run_batch([str(root), str(root / "records.jsonl")], out, workers=2, resume=True, progress=False)
    _check_codes(_lines(out), expected)
    # gb18030.txt is done; empty.txt's error record is dropped and the input tried again
    assert (summary.skipped, summary.retried) == (1, 1)
    assert summary.ok + summary.failed == len(expected) - 1
    # nothing left to do when failures are kept
    again = run_batch([str(root), str(root / "records.jsonl")], out, workers=2, resume=True,
                      retry_failed=False, progress=False)
    assert (again.ok, again.failed, again.skipped, again.retried) == (0, 0, len(expected), 0)
    assert len(_lines(out)) == len(expected)
    # by default every error record is retried, and still one line per input
    errors = sum(1 for code in expected.values() if code is not None)
    third = run_batch([str(root), str(root / "records.jsonl")], out, workers=2, resume=True, progress=False)
    assert (third.failed, third.retried, third.skipped) == (errors, errors, len(expected) - errors)
    _check_codes(_lines(out), expected)


def test_resume_rebuilds_parquet_from_earlier_lines(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run_batch([str(tmp_path / "a.txt")], out, workers=1, progress=False)
    run_batch([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out, workers=1, resume=True,
              parquet=tmp_path / "m.parquet", progress=False)
    ids = pq.read_table(tmp_path / "m.parquet").column("id").to_pylist()
    assert {str(tmp_path / "a.txt"), str(tmp_path / "b.txt")} == set(ids)
    assert ids.count(str(tmp_path / "a.txt")) == ids.count(str(tmp_path / "b.txt")) > 0


def test_read_done_on_missing_and_partial_files(tmp_path):
    assert read_done(tmp_path / "none.jsonl") == set()
    p = tmp_path / "o.jsonl"
    p.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "sou')
    assert read_done(p) == {"a", "b"}
    assert p.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    p.write_bytes(b'{"id": "only-partial"')
    assert read_done(p) == set() and p.read_bytes() == b""


# -- time budget and crashes -------------------------------------------------------------------
# Test extractors live at module level so worker processes can unpickle them by name.

def sleepy_extractor(item, max_bytes):
    """A pathological Python loop on inputs whose id mentions 'slow'."""
    if "slow" in item["id"]:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            time.sleep(0.01)
    return batch.extract_item(item, max_bytes)


def stuck_extractor(item, max_bytes):
    """Ignores the worker's own alarm, like a long call in C code."""
    if "slow" in item["id"]:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
    return batch.extract_item(item, max_bytes)


def crashing_extractor(item, max_bytes):
    if "crash" in item["id"]:
        os._exit(3)
    if "bug" in item["id"]:
        raise ValueError("stage exploded")
    return batch.extract_item(item, max_bytes)


def _two_inputs(tmp_path, bad: str) -> tuple[list[str], Path]:
    (tmp_path / f"{bad}.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(REPORT, encoding="utf-8")
    return [str(tmp_path / f"{bad}.txt"), str(tmp_path / "fine.txt")], tmp_path / "o.jsonl"


@pytest.mark.parametrize("workers", [1, 2])
def test_timeout_becomes_record(tmp_path, workers):
    inputs, out = _two_inputs(tmp_path, "slow")
    summary = run_batch(inputs, out, workers=workers, timeout=1.0, progress=False, extractor=sleepy_extractor)
    got = _by_id(_lines(out))
    assert got[inputs[0]]["error_code"] == "timeout"
    assert "error_code" not in got[inputs[1]]
    assert summary.codes == {"timeout": 1}


def test_stuck_worker_is_killed_and_replaced(tmp_path):
    inputs, out = _two_inputs(tmp_path, "slow")
    (tmp_path / "later.txt").write_text(REPORT, encoding="utf-8")
    inputs.append(str(tmp_path / "later.txt"))
    run_batch(inputs, out, workers=2, timeout=0.5, progress=False, extractor=stuck_extractor)
    got = _by_id(_lines(out))
    assert got[inputs[0]]["error_code"] == "timeout"
    assert "killed" in got[inputs[0]]["message"]  # not the stuck call's own result 30 s later
    assert all("error_code" not in got[i] for i in inputs[1:])


@pytest.mark.parametrize("extractor, code", [(stuck_extractor, "timeout"), (crashing_extractor, "internal")])
def test_inputs_queued_behind_a_lost_worker_are_still_done(tmp_path, extractor, code):
    # each worker holds two inputs; whichever worker takes the bad one is killed or dies
    # with the next input already queued to it, which a replacement must then do
    bad = "slow" if extractor is stuck_extractor else "crash"
    names = [bad] + [f"fine{k}" for k in range(7)]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(REPORT, encoding="utf-8")
    inputs = [str(tmp_path / f"{name}.txt") for name in names]
    out = tmp_path / "o.jsonl"
    run_batch(inputs, out, workers=2, timeout=0.5, progress=False, extractor=extractor)
    lines = _lines(out)
    got = _by_id(lines)
    assert len(lines) == len(inputs) and set(got) == set(inputs)
    assert got[inputs[0]]["error_code"] == code
    assert all("error_code" not in got[i] for i in inputs[1:])


def test_dead_worker_and_unexpected_exception_become_internal(tmp_path):
    inputs, out = _two_inputs(tmp_path, "crash")
    (tmp_path / "bug.txt").write_text(REPORT, encoding="utf-8")
    inputs.append(str(tmp_path / "bug.txt"))
    summary = run_batch(inputs, out, workers=2, timeout=10, progress=False, extractor=crashing_extractor)
    got = _by_id(_lines(out))
    assert got[inputs[0]]["error_code"] == "internal"
    assert "died" in got[inputs[0]]["message"]
    assert got[inputs[2]]["error_code"] == "internal"
    assert got[inputs[2]]["message"].startswith("ValueError: stage exploded")
    assert "error_code" not in got[inputs[1]]
    assert summary.failed == 2


def test_deadline_in_a_non_main_thread(tmp_path):
    """Dask runs tasks in threads, where SIGALRM cannot be used."""
    item = {"id": "slow", "path": "x", "kind": "file", "size": 0}
    box = {}
    t = threading.Thread(target=lambda: box.update(r=process_one(item, 0.3, extractor=sleepy_extractor)))
    t.start()
    t.join()  # without the deadline the extractor's 30 s loop ends with an unreadable-file record
    assert box["r"]["error_code"] == "timeout"
    # a task that finishes in time must not be hit by a late injection afterwards
    box.clear()

    def quick_then_busy():
        box["r"] = process_one({**item, "id": "quick", "kind": "missing", "message": "m"}, 0.5)
        try:
            end = time.monotonic() + 1.0  # past the deadline the quick input never needed
            while time.monotonic() < end:
                time.sleep(0.01)
            box["late"] = False
        except BaseException:
            box["late"] = True

    t = threading.Thread(target=quick_then_busy)
    t.start()
    t.join()
    assert box["r"]["error_code"] == "unreadable"
    assert box["late"] is False


def test_process_one_never_raises():
    item = {"id": "bug", "path": "x", "kind": "file", "size": 0}
    rec = process_one(item, extractor=crashing_extractor)
    assert rec["error_code"] == "internal" and "crashing_extractor" in rec["message"]


# -- helpers -----------------------------------------------------------------------------------

def test_iter_items_is_lazy_and_ordered(tmp_path):
    root = tmp_path / "in"
    _salt(root, long_line=False)
    it = iter_items([str(root)])
    first = next(it)
    assert first["id"] == str(root / "big5.txt")
    ids = [first["id"]] + [i["id"] for i in it]
    assert ids == sorted(ids)
    assert not any("/." in i or i.endswith((".md", ".jsonl")) for i in ids)


def test_symlink_loop_and_dangling_link(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    assert [i["id"] for i in iter_items([str(tmp_path)])] == [str(tmp_path / "a.txt"), str(tmp_path / "dangling.txt")]
    out = tmp_path / "o.jsonl"
    run_batch([str(tmp_path)], out, workers=1, progress=False)
    got = _by_id(_lines(out))
    assert got[str(tmp_path / "dangling.txt")]["error_code"] == "unreadable"
    assert "error_code" not in got[str(tmp_path / "a.txt")]


def test_metric_rows_skip_duplicates_and_errors():
    result = {
        "id": "r", "source": "s",
        "documents": [
            {"index": 0, "title": "T", "doc_type": "总结", "duplicate_of": None,
             "metadata": {"unit": "县医保局", "unit_level": "县", "year": 2023, "period": "全年"},
             "metrics": [{"indicator": "参保率", "canonical": None, "value": 97.6, "unit": "%", "base_value": 97.6,
                          "base_unit": "%", "qualifier": None, "target": False, "approximate": False,
                          "period": None, "start": 1, "end": 6, "source_start": 3, "source_end": 8}]},
            {"index": 1, "duplicate_of": 0, "metrics": [{"value": 1}]},
        ],
    }
    rows = metric_rows(result)
    assert len(rows) == 1
    assert list(rows[0]) == list(batch.METRIC_COLUMNS)
    assert rows[0]["issuing_unit"] == "县医保局" and rows[0]["unit"] == "%"
    assert rows[0]["period"] == "全年" and rows[0]["doc_index"] == 0
    assert metric_rows({"id": "e", "source": "s", "error_code": "empty", "message": "m"}) == []


def test_summary_line():
    s = BatchSummary(output=Path("o.jsonl"), ok=3, failed=1, skipped=2, elapsed=2.0, nbytes=4_000_000)
    s.codes["binary"] = 1
    assert s.line() == "3 ok, 1 failed (binary 1), 2 skipped in 2.0 s (4.0 MB, 2.00 MB/s, local x1) -> o.jsonl"


def test_cli_batch_no_traceback_and_exit_code(tmp_path):
    root = tmp_path / "in"
    _salt(root, long_line=False)
    out = tmp_path / "o.jsonl"
    exe = Path(sys.executable).with_name("reportnlp")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "reportnlp.cli"]
    proc = subprocess.run(cmd + ["batch", str(root), str(root / "records.jsonl"), "-o", str(out), "--workers", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1  # some inputs failed
    assert "Traceback" not in proc.stderr
    assert "ok," in proc.stderr and "failed" in proc.stderr
    assert len(_lines(out)) == len(EXPECTED) + len(RECORDS)


# -- Dask --------------------------------------------------------------------------------------

def _comparable(lines: list[dict]) -> set[str]:
    return {json.dumps(d, sort_keys=True, ensure_ascii=False) for d in lines}


def test_dask_engine_matches_local(tmp_path):
    distributed = pytest.importorskip("distributed")
    root = tmp_path / "in"
    expected = _salt(root, long_line=False)
    for p in sorted(RAW.glob("*.txt"))[:6]:
        (root / "corpus").mkdir(exist_ok=True)
        (root / "corpus" / p.name).write_bytes(p.read_bytes())
        expected[str(root / "corpus" / p.name)] = None
    inputs = [str(root), str(root / "records.jsonl")]
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(inputs, local_out, workers=2, progress=False, parquet=tmp_path / "local.parquet")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run_batch(inputs, dask_out, engine="dask", scheduler=cluster.scheduler_address,
                            progress=False, parquet=tmp_path / "dask.parquet")
    assert summary.workers == 2
    local, dask = _lines(local_out), _lines(dask_out)
    _check_codes(dask, {k: v for k, v in expected.items()})
    assert _comparable(dask) == _comparable(local)
    pq = pytest.importorskip("pyarrow.parquet")
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert (sorted(map(key, pq.read_table(tmp_path / "dask.parquet").to_pylist()))
            == sorted(map(key, pq.read_table(tmp_path / "local.parquet").to_pylist())))


# -- issue 13: every input exactly one line, whatever happens ---------------------------------

def memory_hog_extractor(item, max_bytes):
    """An input that takes its process down (the OOM killer's SIGKILL, here os._exit)."""
    if "hog" in item["id"]:
        os._exit(137)
    return batch.extract_item(item, max_bytes)


def test_one_worker_still_runs_inputs_in_a_child(tmp_path):
    names = ["a", "hog", "b", "c"]
    for n in names:
        (tmp_path / f"{n}.txt").write_text(REPORT, encoding="utf-8")
    inputs = [str(tmp_path / f"{n}.txt") for n in names]
    out = tmp_path / "o.jsonl"
    summary = run_batch(inputs, out, workers=1, progress=False, extractor=memory_hog_extractor)
    got = _by_id(_lines(out))
    assert set(got) == set(inputs)
    assert got[inputs[1]]["error_code"] == "internal" and "died" in got[inputs[1]]["message"]
    assert (summary.ok, summary.failed) == (3, 1)
    # and --resume tries it again instead of dying on it
    again = run_batch(inputs, out, workers=1, resume=True, progress=False, extractor=memory_hog_extractor)
    assert (again.ok, again.failed, again.skipped, again.retried) == (0, 1, 3, 1)
    assert len(_lines(out)) == 4


def test_memory_error_is_a_record():
    def hog(item, max_bytes):
        raise MemoryError()

    rec = process_one({"id": "m", "path": "m", "kind": "file", "size": 0}, extractor=hog)
    assert rec["error_code"] == "too_large"


def test_duplicate_and_odd_ids(tmp_path):
    path = tmp_path / "r.jsonl"
    text = "年度完成3项工作。"
    rows = [
        '\ufeff{"id": "bom", "text": "%s"}' % text,  # a BOM before the first record
        '{"id": 123, "text": "%s"}' % text,
        '{"id": "123", "text": "%s"}' % text,  # the same id as a string: a duplicate
        '{"id": "bom", "text": "%s"}' % text,  # a plain duplicate
        '{"id": {"a": 1}, "text": "%s"}' % text,
        '{"id": "s\\ud800x", "text": "%s"}' % text,  # an unpaired surrogate escape in the id
        '{"id": 1.5, "text": "%s"}' % text,
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    summary = run_batch([str(path), str(path)], out, workers=1, progress=False)  # the file named twice
    lines = _lines(out)
    assert len(lines) == len(rows)
    ids = [d["id"] for d in lines]
    assert sorted(ids, key=str) == sorted(["bom", "123", "123", "bom", '{"a":1}', "s\ud800x", "1.5"], key=str)
    dups = [d for d in lines if d.get("error_code") == "duplicate_id"]
    assert sorted(d["source"] for d in dups) == [f"{path}:3", f"{path}:4"]
    assert all("error_code" not in d for d in lines if d not in dups)
    assert (summary.ok, summary.failed, summary.skipped) == (5, 2, len(rows))
    # a resumed run keeps exactly one line per input
    again = run_batch([str(path)], out, workers=1, resume=True, progress=False)
    assert len(_lines(out)) == len(rows) and again.ok == 0 and again.codes == {"duplicate_id": 2}


def flag_file_extractor(item, max_bytes):
    """Slow while a SLOW file sits beside the input: a timeout the first time, fine later."""
    if (Path(item["path"]).parent / "SLOW").exists():
        time.sleep(30)
    return batch.extract_item(item, max_bytes)


def test_resume_after_forced_timeouts_ends_all_successes(tmp_path):
    (tmp_path / "SLOW").write_text("")
    inputs = []
    for k in range(3):
        (tmp_path / f"r{k}.txt").write_text(REPORT, encoding="utf-8")
        inputs.append(str(tmp_path / f"r{k}.txt"))
    out = tmp_path / "o.jsonl"
    first = run_batch(inputs, out, workers=2, timeout=0.5, progress=False, extractor=flag_file_extractor)
    assert first.codes == {"timeout": 3}
    (tmp_path / "SLOW").unlink()
    second = run_batch(inputs, out, workers=2, timeout=30, resume=True, progress=False,
                       extractor=flag_file_extractor)
    assert (second.ok, second.failed, second.retried) == (3, 0, 3)
    got = _by_id(_lines(out))
    assert set(got) == set(inputs) and all("error_code" not in d for d in got.values())


@pytest.mark.parametrize("timeout", [0, -5, float("nan"), float("inf"), "x"])
def test_timeout_must_be_a_positive_finite_number(tmp_path, timeout):
    with pytest.raises(ValueError):
        run_batch([str(tmp_path)], tmp_path / "o.jsonl", timeout=timeout, progress=False)
    with pytest.raises(ValueError):
        run_batch([str(tmp_path)], tmp_path / "o.jsonl", workers=-1, progress=False)
    assert not (tmp_path / "o.jsonl").exists()


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    from reportnlp.errors import OutputError

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run_batch([str(tmp_path / "a.txt")], out, workers=1, progress=False)
    before = out.read_bytes()
    with batch._exclusive(out):
        with pytest.raises(OutputError):
            run_batch([str(tmp_path / "a.txt")], out, workers=1, progress=False)
    assert out.read_bytes() == before


def test_a_failed_write_leaves_no_half_line(tmp_path):
    from reportnlp.batch import _Sink

    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"id": "a"}\n')
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    summary = BatchSummary(output=path)

    class Bar:
        def advance(self, *a):
            pass

    sink = _Sink(fd, summary, None, Bar())
    real_write = os.write

    def half_then_full(f, data):  # the disk fills in the middle of the line
        if f == fd and len(data) > 4:
            real_write(f, bytes(data[:4]))
            raise OSError(28, "No space left on device")
        return real_write(f, data)

    try:
        os.write = half_then_full
        with pytest.raises(OSError):
            sink.add(("b", b'{"id": "b", "documents": []}', None, 10, None))
    finally:
        os.write = real_write
        os.close(fd)
    assert path.read_bytes() == b'{"id": "a"}\n'


def test_parquet_is_not_left_half_written(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    table = tmp_path / "m.parquet"
    table.write_bytes(b"previous")

    def interrupted(self, out):  # the run is stopped (Ctrl-C) as the first result arrives
        raise KeyboardInterrupt

    monkeypatch.setattr(batch._Sink, "add", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(tmp_path / "a.txt")], tmp_path / "o.jsonl", workers=1, progress=False, parquet=table)
    assert table.read_bytes() == b"previous"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def stuck_forever_extractor(item, max_bytes):
    """A task no in-task deadline can stop (one long C call)."""
    if "slow" in item["id"]:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(150)
    return batch.extract_item(item, max_bytes)


def test_dask_engine_enforces_the_timeout(tmp_path):
    pytest.importorskip("distributed")
    inputs, out = _two_inputs(tmp_path, "slow")
    run_batch(inputs, out, workers=2, engine="dask", timeout=0.5, progress=False, extractor=stuck_forever_extractor)
    got = _by_id(_lines(out))
    assert set(got) == set(inputs)
    assert got[inputs[0]]["error_code"] == "timeout"
    # abandoned by the parent, not the task's own deadline landing when its 150 s call returns
    assert "abandoned" in got[inputs[0]]["message"]
    # the good input either ran on the free worker or waited behind the stuck one past its budget
    assert got[inputs[1]].get("error_code") in (None, "timeout")
