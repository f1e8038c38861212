"""The command line as a Unix tool: --version, python -m, `-` for stdin/stdout, status on stderr,
one-line errors with the right exit code (1 input or I/O, 2 usage), no traceback, nothing
half-written left behind. Each case runs the real entry point in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "raw" / "x_16_anquan_shengchan.txt"
REPORT = ("桐岭县医疗保障局2023年工作总结\n一、主要工作成效\n全县参保人数达41.27万人，参保率97.6%，同比提高0.8个百分点。"
          "检查定点医药机构312家，追回医保基金286.4万元。\n二、下一步工作打算\n年底前完成经办窗口改造。\n")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120,
        stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportnlp", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, cwd=cwd or ROOT, env=ENV, timeout=timeout)


def one_line_error(proc: subprocess.CompletedProcess, code: int, *words: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert err.startswith("reportnlp: "), err
    for w in words:
        assert w in err, err
    return err


def test_version_and_python_m():
    from reportnlp import __version__

    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"reportnlp {__version__}"
    proc = cli("--help")
    assert proc.returncode == 0 and b"extract" in proc.stdout and b"batch" in proc.stdout


def test_extract_into_a_closed_pipe_is_quiet(tmp_path):
    # `reportnlp extract FILE | head -1`: the reader leaves after one line
    p = subprocess.Popen([sys.executable, "-m", "reportnlp", "extract", str(SAMPLE)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=ROOT, env=ENV)
    p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(60) == 0, err
    assert err == ""


def test_full_disk_on_stdout_is_one_line():
    with open("/dev/full", "wb") as full:
        proc = cli("extract", str(SAMPLE), stdout=full)
    one_line_error(proc, 1, "No space left")


def test_missing_output_folder_and_unreadable_input(tmp_path):
    proc = cli("extract", str(SAMPLE), "-o", str(tmp_path / "no" / "such" / "out.json"))
    one_line_error(proc, 1, "out.json", "No such file")
    assert not (tmp_path / "no").exists()
    if Path("/proc/self/mem").exists():  # a file that exists and cannot be read (even by root)
        one_line_error(cli("extract", "/proc/self/mem"), 1, "cannot read")


def test_extract_size_cap_and_fifo(tmp_path):
    one_line_error(cli("extract", "/dev/zero", "--max-mb", "1"), 1, "larger than 1 MB")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    one_line_error(cli("extract", str(fifo), timeout=60), 1, "empty")  # no writer: no hang


def test_extract_output_is_atomic(tmp_path):
    out = tmp_path / "o.json"
    out.write_text("previous\n")
    one_line_error(cli("extract", str(tmp_path / "empty.txt"), "-o", str(out)), 2, "no such file")
    (tmp_path / "empty.txt").write_bytes(b"")
    one_line_error(cli("extract", str(tmp_path / "empty.txt"), "-o", str(out)), 1, "empty")
    assert out.read_text() == "previous\n"
    assert cli("extract", str(SAMPLE), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["documents"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "o.json"]  # no temp file left


def test_audit_to_stdout_and_status_on_stderr(tmp_path):
    proc = cli("audit", str(SAMPLE), "-o", "-")
    assert proc.returncode == 0 and proc.stdout.startswith(b"<!DOCTYPE html") and proc.stderr == b""
    assert not (ROOT / "-").exists()
    proc = cli("audit", str(SAMPLE), "-o", str(tmp_path / "a.html"))
    assert proc.returncode == 0 and proc.stdout == b"" and b"wrote" in proc.stderr


def test_batch_stdin_to_stdout(tmp_path):
    lines = [json.dumps({"id": "a", "text": REPORT}, ensure_ascii=False),
             json.dumps({"id": 7, "text": REPORT}, ensure_ascii=False),
             json.dumps({"id": "e", "text": ""})]
    proc = cli("batch", "-", "-o", "-", "--workers", "1", stdin="\n".join(lines).encode(), cwd=tmp_path)
    assert proc.returncode == 1  # the empty record failed
    got = {d["id"]: d for d in map(json.loads, proc.stdout.decode().splitlines())}
    assert set(got) == {"a", "7", "e"}
    assert got["a"]["source"] == "<stdin>:1" and got["a"]["documents"]
    assert got["e"]["error_code"] == "empty"
    assert b"2 ok, 1 failed" in proc.stderr
    assert not (tmp_path / "-").exists()
    # a list of paths on stdin, like `find … | reportnlp batch -`
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    proc = cli("batch", "-", "-o", "-", "--workers", "1", stdin=f"{tmp_path / 'r.txt'}\n".encode())
    assert proc.returncode == 0
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == [str(tmp_path / "r.txt")]


@pytest.mark.parametrize("args, word", [
    (["--workers", "-1"], "--workers"),
    (["--timeout", "0"], "--timeout"),
    (["--timeout", "-5"], "--timeout"),
    (["--timeout", "nan"], "--timeout"),
    (["--timeout", "inf"], "--timeout"),
    (["--resume", "-o", "-"], "--resume"),
])
def test_batch_option_ranges_are_usage_errors(tmp_path, args, word):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    base = ["batch", str(tmp_path / "r.txt")] + ([] if "-o" in args else ["-o", str(tmp_path / "o.jsonl")])
    one_line_error(cli(*base, *args), 2, word)
    assert not (tmp_path / "o.jsonl").exists()


def test_nothing_done_is_not_success(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    one_line_error_lines = cli("batch", str(tmp_path / "empty_dir"), "-o", str(tmp_path / "o.jsonl"))
    assert one_line_error_lines.returncode == 1 and b"no inputs" in one_line_error_lines.stderr
    (tmp_path / "notes.txt").write_text(REPORT, encoding="utf-8")
    one_line_error(cli("compare", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "cmp")), 1, "no result records")
    (tmp_path / "junk.jsonl").write_bytes(bytes(range(256)) * 8)
    one_line_error(cli("compare", str(tmp_path / "junk.jsonl"), "-o", str(tmp_path / "cmp")), 1, "no result records")
    assert not (tmp_path / "cmp").exists()
    one_line_error(cli("train", "--models", str(tmp_path / "m"), cwd=tmp_path), 2, "no annotated corpora")


def test_second_batch_on_the_same_output_is_refused(tmp_path):
    from reportnlp.batch import _exclusive

    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    out.write_bytes(b'{"id": "x", "source": "x", "error_code": "empty", "message": "m"}\n')
    with _exclusive(out):  # another run holds the file
        proc = cli("batch", str(tmp_path / "r.txt"), "-o", str(out), "--workers", "1")
    one_line_error(proc, 1, "another reportnlp run")
    assert out.read_bytes().count(b"\n") == 1  # not truncated, nothing interleaved


def test_clean_separates_reports_not_paragraphs():
    # three reports of one 范文 page (corpora/gold/c_02_jiedao_zongjie.json), paragraphs inside each
    proc = cli("clean", str(ROOT / "corpora" / "raw" / "c_02_jiedao_zongjie.txt"))
    assert proc.returncode == 0
    reports = proc.stdout.decode().split("\n\f\n")
    assert len(reports) == 3
    assert all(r.strip().count("\n") >= 4 for r in reports)  # paragraphs stay line breaks inside a report


def test_debug_shows_the_traceback(tmp_path):
    proc = cli("--debug", "extract", str(SAMPLE), "-o", str(tmp_path / "no" / "o.json"))
    assert proc.returncode != 0 and b"Traceback" in proc.stderr
