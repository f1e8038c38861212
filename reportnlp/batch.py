"""Many inputs -> exactly one JSON line each (a result or an error record), locally or on Dask.

Inputs are expanded lazily into small descriptors (an id, a path, and where a
jsonl record sits); workers read the bytes themselves, so neither memory nor
inter-process traffic grows with the corpus. Both engines run the same
:func:`process_one`.
"""
from __future__ import annotations

import contextlib
import ctypes
import glob
import itertools
import json
import os
import re
import resource
import signal
import sys
import threading
import time
import traceback
from array import array
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import orjson

from .errors import InputError

ERROR_CODES = frozenset({"empty", "binary", "unreadable", "timeout", "too_large", "internal"})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".shtml", ".xhtml"})
_GLOB_CHARS = frozenset("*?[")
# Parent-side backstop when a worker ignores its own alarm (stuck in C code): kill it.
_GRACE_MIN, _GRACE_FACTOR = 1.0, 0.5
_DASK_PARTITION = 4
_PARQUET_BATCH = 20_000

# Column name -> arrow type name of the tidy metrics table (see metric_rows).
METRIC_COLUMNS: dict[str, str] = {
    "id": "string", "source": "string", "doc_index": "int32", "title": "string", "doc_type": "string",
    "issuing_unit": "string", "unit_level": "string", "year": "int32", "period": "string",
    "indicator": "string", "canonical": "string", "value": "float64", "unit": "string",
    "base_value": "float64", "base_unit": "string", "qualifier": "string", "target": "bool_",
    "approximate": "bool_", "direction": "string", "start": "int64", "end": "int64", "source_start": "int64", "source_end": "int64",
}

Item = dict[str, Any]
Extractor = Callable[[Item, int], dict]


# -- input expansion ---------------------------------------------------------------------------

def _missing(arg: str, message: str) -> Item:
    return {"id": arg, "path": arg, "kind": "missing", "message": message, "size": 0}


def _file_items(path: str, size: int | None = None) -> Iterator[Item]:
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_items(path)
        return
    if size is None:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # the worker reports why it cannot be read
    yield {"id": path, "path": path, "kind": "file", "size": size}


def _record_id(raw: bytes) -> str | None:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if isinstance(obj, dict) and obj.get("id") not in (None, ""):
        return str(obj["id"])
    return None


def _jsonl_items(path: str) -> Iterator[Item]:
    """One descriptor per non-blank line; the worker re-reads the line by offset."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _missing(path, f"cannot open: {exc.strerror or exc}")
        return
    with fh:
        offset = lineno = 0
        for raw in fh:
            lineno += 1
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            rid = _record_id(raw) or f"{path}:{lineno}"
            yield {"id": rid, "path": path, "kind": "record", "offset": start, "length": len(raw),
                   "line": lineno, "size": len(raw)}


def _walk(top: str, excluded: set[str]) -> Iterator[Item]:
    """Text files under ``top`` in a stable order, hidden files and directories skipped."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        yield _missing(top, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):  # like os.walk: no symlink loops
                yield from _walk(entry.path, excluded)
            elif (os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES
                  and os.path.realpath(entry.path) not in excluded):
                yield from _file_items(entry.path, entry.stat().st_size)
        except OSError:
            yield {"id": entry.path, "path": entry.path, "kind": "file", "size": 0}


def iter_items(inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Item]:
    """Expand files, directories, globs and .jsonl files into input descriptors, lazily.

    An argument that names nothing still yields one descriptor, so it gets an error record.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    for arg in inputs:
        arg = str(arg)
        if os.path.isdir(arg):
            yield from _walk(arg, excluded)
        elif os.path.lexists(arg):
            if os.path.realpath(arg) not in excluded:
                yield from _file_items(arg)
        elif _GLOB_CHARS & set(arg):
            matched = False
            for path in glob.iglob(arg, recursive=True):
                matched = True
                if os.path.isdir(path):
                    yield from _walk(path, excluded)
                elif os.path.realpath(path) not in excluded:
                    yield from _file_items(path)
            if not matched:
                yield _missing(arg, "no file matches this pattern")
        else:
            yield _missing(arg, "no such file or directory")


def _total_bytes(inputs: list[str], exclude: list[str]) -> int:
    """Input size for the progress bar's ETA, without parsing jsonl files."""
    excluded = {os.path.realpath(p) for p in exclude}
    total = 0
    for arg in inputs:
        paths = [arg] if os.path.exists(arg) or not (_GLOB_CHARS & set(arg)) else glob.iglob(arg, recursive=True)
        for p in paths:
            if os.path.isdir(p):
                total += sum(it["size"] for it in _walk(p, excluded))  # walks never yield jsonl records
            elif os.path.isfile(p):
                total += os.path.getsize(p)
    return total


# -- one input ---------------------------------------------------------------------------------

class _Timeout(BaseException):
    """Raised inside a task whose time is up; BaseException so stage code cannot swallow it."""


def _raise_timeout(signum, frame):
    raise _Timeout()


class _AsyncDeadline:
    """Deadline for a non-main thread (Dask workers): a timer injects _Timeout into the thread.

    Like SIGALRM it lands between bytecodes, so both stop Python loops but not one long C call.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.lock = threading.Lock()
        self.armed = False
        self.fired = False

    def _fire(self) -> None:
        with self.lock:
            if self.armed:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), ctypes.py_object(_Timeout))

    def __enter__(self):
        self.tid = threading.get_ident()
        self.armed = True
        self.timer = threading.Timer(self.seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()
        return self

    def __exit__(self, *exc) -> bool:
        self.timer.cancel()
        with self.lock:
            self.armed = False
            if self.fired:  # withdraw an injected exception not raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), None)
        return False


@contextlib.contextmanager
def _deadline(seconds: float | None):
    """Raise _Timeout in the current thread after ``seconds`` (no limit when falsy)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        with _AsyncDeadline(seconds):
            yield


def _source(item: Item) -> str:
    return f"{item['path']}:{item['line']}" if item["kind"] == "record" else item["path"]


def _read_item(item: Item, max_bytes: int) -> bytes | str:
    """The raw bytes of a file or the text of a jsonl record; InputError when unusable."""
    kind = item["kind"]
    if kind == "missing":
        raise InputError("unreadable", item["message"])
    path = item["path"]
    limit = f"the {max_bytes / 2**20:g} MB limit"
    try:
        if kind == "file":
            if os.stat(path).st_size > max_bytes:
                raise InputError("too_large", f"{os.stat(path).st_size} bytes exceed {limit}")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)  # special files report no size; read one byte past the cap
            if len(data) > max_bytes:
                raise InputError("too_large", f"more than {limit}")
            return data
        if item["length"] > max_bytes:
            raise InputError("too_large", f"record of {item['length']} bytes exceeds {limit}")
        with open(path, "rb") as fh:
            fh.seek(item["offset"])
            raw = fh.read(item["length"])
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    lone_surrogates = False
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:  # orjson rejects lone surrogate escapes that json accepts
            obj = json.loads(raw)
            lone_surrogates = True
        except ValueError as exc:
            raise InputError("unreadable", f"line {item['line']} is not valid JSON: {exc}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError("unreadable", f"line {item['line']} has no \"text\" string")
    text = obj["text"]
    if lone_surrogates:
        # they cannot be written as UTF-8; U+FFFD keeps offsets one-to-one
        text = _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def extract_item(item: Item, max_bytes: int = DEFAULT_MAX_BYTES, templates=None) -> dict:
    """Read and analyse one input (template lines stripped when given); raises InputError for a bad input."""
    from .api import extract_bytes, extract_text

    data = _read_item(item, max_bytes)
    if isinstance(data, str):
        result = extract_text(data, source=_source(item), id=item["id"], templates=templates)
    else:
        result = extract_bytes(data, source=_source(item), id=item["id"], templates=templates)
    return result.model_dump(mode="json")


def error_record(item: Item, code: str, message: str) -> dict:
    from .schema import ErrorRecord

    return ErrorRecord(id=item["id"], source=_source(item), error_code=code, message=message).model_dump()


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    f = frames[-1]
    return f" (at {Path(f.filename).name}:{f.lineno} in {f.name})"


def process_one(item: Item, timeout: float | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                extractor: Optional[Extractor] = None, templates=None) -> dict:
    """The JSON-able ExtractResult of one input descriptor, or its ErrorRecord; never raises.

    ``templates`` (a TemplateSet) goes to :func:`extract_item`; a custom extractor ignores it."""
    try:
        with _deadline(timeout):
            if extractor is not None:
                return extractor(item, max_bytes)
            return extract_item(item, max_bytes, templates)
    except _Timeout:
        return error_record(item, "timeout", f"took longer than {timeout:g} s")
    except InputError as exc:
        code = exc.code if exc.code in ERROR_CODES else "internal"
        return error_record(item, code, str(exc))
    except TimeoutError as exc:  # regex's own per-pattern time limit
        return error_record(item, "timeout", f"a pattern timed out: {exc}")
    except Exception as exc:
        return error_record(item, "internal", f"{type(exc).__name__}: {exc}"[:500] + _where(exc))


# -- tidy metrics ------------------------------------------------------------------------------

def metric_rows(result: dict) -> list[dict]:
    """One row per metric of each non-duplicate document of an ExtractResult dict (none for errors).

    ``issuing_unit`` is the report's unit; ``unit`` the metric's. ``period`` is the metric's own
    period when the text states one, else the report's.
    """
    rows = []
    for doc in result.get("documents") or ():
        if doc.get("duplicate_of") is not None:
            continue
        meta = doc.get("metadata") or {}
        for m in doc.get("metrics") or ():
            rows.append({
                "id": result.get("id"), "source": result.get("source"), "doc_index": doc.get("index"),
                "title": doc.get("title"), "doc_type": doc.get("doc_type"), "issuing_unit": meta.get("unit"),
                "unit_level": meta.get("unit_level"), "year": meta.get("year"),
                "period": m.get("period") or meta.get("period"), "indicator": m.get("indicator"),
                "canonical": m.get("canonical"), "value": m.get("value"), "unit": m.get("unit"),
                "base_value": m.get("base_value"), "base_unit": m.get("base_unit"),
                "qualifier": m.get("qualifier"), "target": m.get("target"), "approximate": m.get("approximate"),
                "direction": m.get("direction"), "start": m.get("start"), "end": m.get("end"),
                "source_start": m.get("source_start"), "source_end": m.get("source_end"),
            })
    return rows


def metric_schema():
    """The pyarrow schema of the metrics table."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in METRIC_COLUMNS.items()])


class _MetricsTable:
    """Parquet rows written in row groups as they arrive, so the table never sits in memory."""

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = metric_schema()
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict] = []

    def add(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _PARQUET_BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


# -- worker side -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Options:
    timeout: float | None
    max_bytes: int
    rows: bool
    extractor: Optional[Extractor] = None
    templates: Any = None  # TemplateSet whose lines are stripped (given to workers at start)
    learn: Any = None  # TemplateParams: the learning pass (workers return line keys, not results)


# (id, JSON line as UTF-8, error code or None, input bytes, metric rows or None); the line stays
# bytes from the worker to the file, so the parent neither decodes nor encodes it
Outcome = tuple[str, bytes, Optional[str], int, Optional[list]]


def _dumps(obj: dict) -> bytes:
    try:
        return orjson.dumps(obj)
    except TypeError:  # e.g. a surrogate that slipped through: escape instead of failing the input
        return json.dumps(obj).encode("ascii")


def _work(item: Item, opts: _Options) -> Outcome:
    if opts.learn is not None:
        return _learn_work(item, opts)
    d = process_one(item, opts.timeout, opts.max_bytes, opts.extractor, opts.templates)
    code = d.get("error_code")
    rows = metric_rows(d) if opts.rows and code is None else None
    return item["id"], _dumps(d), code, item.get("size", 0), rows


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


# Touches every stage (traditional script, metrics, scores, commitments) so lazily loaded
# lexicons, OpenCC and the segmenter are ready before the first input's time budget starts.
_WARM_TEXT = (
    "縣醫療保障局2023年工作總結\n一、主要工作成效\n全县参保人数达41.27万人，参保率97.6%，"
    "同比提高0.8个百分点。自评得分18分。\n二、存在问题\n基层力量薄弱。\n三、下一步工作打算\n"
    "年底前完成窗口改造，参保率稳定在97%以上。\n"
)


def _warm(opts: _Options | None = None) -> None:
    """Load the pipeline and its resources; a failure here surfaces per input instead."""
    try:
        if opts is not None and opts.learn is not None:
            from .templates import prepare_text

            prepare_text(_WARM_TEXT)  # the learning pass needs the stages before boilerplate only
            return
        from .api import extract_text

        extract_text(_WARM_TEXT, templates=opts.templates if opts is not None else None)
    except Exception:
        pass


def _worker_main(conn, opts: _Options) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    _warm(opts)
    conn.send(("ready", _rss_mb()))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            break
        if item is None:
            break
        out = _work(item, opts)
        conn.send(("done", out, _rss_mb()))


# -- parent side -------------------------------------------------------------------------------

@dataclass
class BatchSummary:
    """What a batch did; ``line()`` is the one human line the CLI prints."""

    output: Path
    engine: str = "local"
    workers: int = 1
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    nbytes: int = 0
    codes: Counter = field(default_factory=Counter)
    peak_worker_rss_mb: float | None = None
    templates: int | None = None  # template lines active (None: no template set)
    template_inputs: int = 0  # inputs the first pass learned them from

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / 1e6 / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(self.codes.items()))
        failed = f"{self.failed} failed" + (f" ({codes})" if codes else "")
        return (f"{self.ok} ok, {failed}, {self.skipped} skipped in {self.elapsed:.1f} s "
                f"({self.nbytes / 1e6:.1f} MB, {self.mb_per_s:.2f} MB/s, {self.engine} x{self.workers}) "
                f"-> {self.output}")


class _Progress:
    """A rich bar (bytes, rate, ETA) on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, inputs: list[str], exclude: list[str]):
        self.bar = None
        if not (enabled and sys.stderr.isatty()):
            return
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn,
                                   TransferSpeedColumn)

        self.bar = Progress(TextColumn("batch"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                            TimeRemainingColumn(), TextColumn("{task.fields[status]}"),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("batch", total=None, status="")
        self.bar.start()
        # the total is only for the ETA: compute it beside the run instead of delaying it
        threading.Thread(target=self._count, args=(inputs, exclude), daemon=True).start()

    def _count(self, inputs, exclude) -> None:
        try:
            total = _total_bytes(inputs, exclude)
        except Exception:
            return
        self.bar.update(self.task, total=total)

    def advance(self, nbytes: int, summary: BatchSummary) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=nbytes,
                            status=f"{summary.ok} ok {summary.failed} failed {summary.skipped} skipped")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class _Sink:
    """Writes each outcome as one complete line (single write + flush) and counts it."""

    def __init__(self, fh, summary: BatchSummary, table: _MetricsTable | None, progress: _Progress):
        self.fh, self.summary, self.table, self.progress = fh, summary, table, progress

    def add(self, out: Outcome) -> None:
        _id, line, code, nbytes, rows = out
        self.fh.write(line + b"\n")
        self.fh.flush()
        s = self.summary
        if code is None:
            s.ok += 1
        else:
            s.failed += 1
            s.codes[code] += 1
        s.nbytes += nbytes
        if self.table is not None and rows:
            self.table.add(rows)
        self.progress.advance(nbytes, s)

    def skip(self, item: Item) -> None:
        self.summary.skipped += 1
        self.progress.advance(item.get("size", 0), self.summary)

    def rss(self, mb: float) -> None:
        s = self.summary
        s.peak_worker_rss_mb = max(s.peak_worker_rss_mb or 0.0, mb)


def _drop_partial_line(fh) -> None:
    """Cut a trailing line without its newline: a run that died mid-write left it."""
    fh.seek(0, os.SEEK_END)
    end = pos = fh.tell()
    while pos > 0:
        step = min(65536, pos)
        fh.seek(pos - step)
        block = fh.read(step)
        k = block.rfind(b"\n")
        if k >= 0:
            pos = pos - step + k + 1
            break
        pos -= step
    if pos != end:
        fh.truncate(pos)


def read_done(output: Path, on_result: Callable[[dict], None] | None = None) -> set[str]:
    """Ids already in a results file (after dropping a partial last line)."""
    done: set[str] = set()
    if not output.exists():
        return done
    with open(output, "r+b") as fh:
        _drop_partial_line(fh)
        fh.seek(0)
        for raw in fh:
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            if isinstance(obj, dict) and obj.get("id") is not None:
                done.add(str(obj["id"]))
                if on_result is not None:
                    on_result(obj)
    return done


# Inputs queued per worker: the next one waits in its pipe while the parent takes the
# last result, so a worker never idles for the round trip (~5% of its time otherwise).
_IN_FLIGHT = 2


class _Worker:
    """One worker process with its own pipe, so the parent knows what each one is doing.

    ``queue`` holds the inputs sent and not yet answered, in order; the first is the one
    being worked on, and the time budget runs for it alone."""

    def __init__(self, ctx, opts: _Options):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, opts), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.queue: deque[Item] = deque()
        self.pending: list[Item] = []  # inputs taken over from a worker this one replaced
        self.deadline: float | None = None

    @property
    def item(self) -> Item | None:
        """The input being worked on."""
        return self.queue[0] if self.queue else None

    def send(self, item: Item, budget: float | None) -> None:
        if not self.queue:
            self.deadline = time.monotonic() + budget if budget else None
        self.queue.append(item)
        self.conn.send(item)

    def answered(self, budget: float | None) -> None:
        """The first input is done; the budget starts for the next one."""
        self.queue.popleft()
        self.deadline = time.monotonic() + budget if budget and self.queue else None

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _run_inline(items: Iterator[Item], opts: _Options, sink: _Sink) -> int:
    _warm(opts)
    for item in items:
        sink.add(_work(item, opts))
    sink.rss(_rss_mb())
    return 1


def _run_local(items: Iterator[Item], opts: _Options, workers: int, sink: _Sink) -> int:
    """A process per core, one input in flight per worker; a stuck worker is killed and replaced."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    if workers == 1:
        return _run_inline(items, opts, sink)
    # forkserver: forking this possibly threaded parent (progress bar, Dask) is unsafe
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["reportnlp.batch"])
    budget = opts.timeout + max(_GRACE_MIN, _GRACE_FACTOR * opts.timeout) if opts.timeout else None
    pool = [_Worker(ctx, opts) for _ in range(workers)]
    exhausted = False
    early_deaths = 0
    try:
        while True:
            for w in pool:
                while w.ready and len(w.queue) < _IN_FLIGHT and (w.pending or not exhausted):
                    item = w.pending.pop(0) if w.pending else next(items, None)
                    if item is None:
                        exhausted = True
                    else:
                        w.send(item, budget)
            if exhausted and not any(w.queue or w.pending for w in pool):
                return workers
            deadlines = [w.deadline for w in pool if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            by_conn = {w.conn: w for w in pool}
            for conn in wait(list(by_conn), wait_for):
                w = by_conn[conn]
                try:
                    msg = conn.recv()
                except Exception:  # EOF: the process died (OOM killer, segfault)
                    w.proc.join(1)
                    if w.item is not None:
                        sink.add(_outcome_error(w.item, "internal",
                                                f"worker process died (exit code {w.proc.exitcode})"))
                    elif not w.ready:
                        early_deaths += 1
                        if early_deaths > 3 * workers:
                            raise RuntimeError("batch worker processes keep dying at start-up")
                    pool[pool.index(w)] = _replace(w, ctx, opts)
                    continue
                if msg[0] == "ready":
                    w.ready = True
                else:
                    sink.add(msg[1])
                    w.answered(budget)
                sink.rss(msg[-1])
            now = time.monotonic()
            for i, w in enumerate(pool):
                if w.deadline is not None and now >= w.deadline:
                    sink.add(_outcome_error(w.item, "timeout",
                                            f"took longer than {opts.timeout:g} s (worker killed)"))
                    pool[i] = _replace(w, ctx, opts)
    finally:
        for w in pool:
            if w.item is not None or not w.proc.is_alive():
                w.proc.kill()
            w.stop()


def _replace(w: _Worker, ctx, opts: _Options) -> _Worker:
    """A new worker for a killed or dead one; the inputs queued behind the one it failed on
    (answered with an error record) wait for the new worker to be ready."""
    with contextlib.suppress(Exception):
        w.proc.kill()
        w.proc.join(5)
        w.conn.close()
    fresh = _Worker(ctx, opts)
    fresh.pending = w.pending + list(w.queue)[1:]
    return fresh


def _outcome_error(item: Item, code: str, message: str) -> Outcome:
    return item["id"], _dumps(error_record(item, code, message)), code, item.get("size", 0), None


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_dask(items: Iterator[Item], opts: _Options, workers: int, scheduler: str | None, sink: _Sink) -> int:
    """process_one over small dask bags, at most 4 partitions per worker in flight."""
    import logging

    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        client.run(_warm, opts)
        nworkers = max(1, len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        chunks_of: dict[str, list[Item]] = {}

        def submit(chunk: list[Item]) -> None:
            fut = client.compute(db.from_sequence(chunk, npartitions=1).map(_work, opts))
            chunks_of[fut.key] = chunk
            pending.add(fut)

        def collect(fut) -> None:
            chunk = chunks_of.pop(fut.key)
            try:
                outs = fut.result()
            except Exception as exc:  # a worker died under this chunk: retry its inputs one by one
                if len(chunk) > 1:
                    for item in chunk:
                        submit([item])
                else:
                    sink.add(_outcome_error(chunk[0], "internal", f"dask task failed: {type(exc).__name__}: {exc}"))
                return
            finally:
                fut.release()
            for out in outs:
                sink.add(out)

        for chunk in _chunks(items, _DASK_PARTITION):
            submit(chunk)
            while pending.count() >= 4 * nworkers:
                collect(next(pending))
        while pending.count():
            collect(next(pending))
        with contextlib.suppress(Exception):
            sink.rss(max(client.run(_rss_mb).values()))
        return nworkers
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- template learning -------------------------------------------------------------------------

def _learn_work(item: Item, opts: _Options) -> Outcome:
    """The learning pass on one input: its line keys as bytes; a bad input is only left out."""
    from .templates import input_keys

    size = item.get("size", 0)
    try:
        with _deadline(opts.timeout):
            keys = input_keys(_read_item(item, opts.max_bytes), opts.learn, _source(item))
        return item["id"], keys.tobytes(), None, size, None
    except (Exception, _Timeout):  # whatever failed, the second pass reports it for this input
        return item["id"], b"", "skipped", size, None


class _LearnSink:
    """Counts each input's keys; inputs that fail are left out (the second pass reports them)."""

    def __init__(self, learner):
        self.learner = learner

    def add(self, out: Outcome) -> None:
        _id, payload, code, _nbytes, _rows = out
        if code is not None:
            return
        keys = array("Q")
        keys.frombytes(payload)
        self.learner.add_keys(keys)

    def skip(self, item: Item) -> None:
        pass

    def rss(self, mb: float) -> None:
        pass


def learn_templates(
    inputs: Iterable[str | Path] | str,
    *,
    workers: int = 0,
    engine: str = "local",
    scheduler: str | None = None,
    timeout: float | None = 60.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Iterable[str | Path] = (),
    params=None,
    max_entries: int = 200_000,
):
    """First pass of a batch: the lines that recur across its inputs (a TemplateSet).

    Streams the inputs (each id once) through the same engines as the batch; workers decode and
    normalize each input and send back only its line hashes, the parent counts them in at most
    ``max_entries`` table entries. With fewer than ``params.min_learn_inputs`` inputs nothing is
    learned and no worker is started.
    """
    from .templates import TemplateLearner

    learner = TemplateLearner(params, max_entries)
    inputs = [inputs] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    exclude = [str(e) for e in exclude]
    seen: set[str] = set()

    def distinct() -> Iterator[Item]:
        for item in iter_items(inputs, exclude):
            if item["id"] not in seen:
                seen.add(item["id"])
                yield item

    items = distinct()
    head = list(itertools.islice(items, learner.params.min_learn_inputs))
    if len(head) < learner.params.min_learn_inputs:
        return learner.templates()
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    opts = _Options(timeout=timeout, max_bytes=max_bytes, rows=False, learn=learner.params)
    sink = _LearnSink(learner)
    stream = itertools.chain(head, items)
    if engine == "dask":
        _run_dask(stream, opts, workers, scheduler, sink)
    else:
        _run_local(stream, opts, workers, sink)
    return learner.templates()


def run_batch(
    inputs: Iterable[str | Path] | str,
    output: str | Path,
    *,
    workers: int = 0,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    timeout: float | None = 60.0,
    parquet: str | Path | None = None,
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Optional[Extractor] = None,
    templates: Any = None,
    templates_out: str | Path | None = None,
    template_params: Any = None,
    template_max_entries: int = 200_000,
) -> BatchSummary:
    """Write exactly one JSON line per input to ``output``; return counts.

    ``extractor`` replaces :func:`extract_item` (a picklable ``(item, max_bytes) -> dict``), for
    tests and embedding. With ``resume`` the ids already in ``output`` are skipped and new lines
    appended; with ``parquet`` the tidy metrics table of every result in ``output`` is written.

    ``templates``: ``True`` learns the batch's site templates in a first pass over all inputs
    (done ones too, so a resumed run strips the same lines; see :func:`learn_templates`), a
    TemplateSet or the path of its JSON file uses that one, ``None``/``False`` strips none.
    ``templates_out`` saves the active set as JSON.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local | dask)")
    inputs = [inputs] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    parquet = Path(parquet) if parquet else None
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    exclude = [str(output)] + ([str(parquet)] if parquet else [])
    if templates_out:
        exclude.append(str(templates_out))
    summary = BatchSummary(output=output, engine=engine, workers=workers)
    start = time.perf_counter()
    active = None
    if templates is True:
        active = learn_templates(inputs, workers=workers, engine=engine, scheduler=scheduler, timeout=timeout,
                                 max_bytes=max_bytes, exclude=exclude, params=template_params,
                                 max_entries=template_max_entries)
        summary.template_inputs = active.inputs
    elif templates is not None and templates is not False:
        from .templates import as_template_set

        active = as_template_set(templates)
        summary.template_inputs = active.inputs
    if active is not None:
        summary.templates = len(active)
        if templates_out:
            active.save(templates_out)
    table = _MetricsTable(parquet) if parquet else None
    try:
        done = read_done(output, (lambda r: table.add(metric_rows(r))) if table else None) if resume else set()
        opts = _Options(timeout=timeout, max_bytes=max_bytes, rows=table is not None, extractor=extractor,
                        templates=active or None)
        bar = _Progress(progress, inputs, exclude)
        with open(output, "ab" if resume else "wb") as fh:
            sink = _Sink(fh, summary, table, bar)

            def fresh() -> Iterator[Item]:
                for item in iter_items(inputs, exclude):
                    if item["id"] in done:  # done ids, and repeats of an id within this run
                        sink.skip(item)
                        continue
                    done.add(item["id"])
                    yield item

            try:
                if engine == "dask":
                    summary.workers = _run_dask(fresh(), opts, workers, scheduler, sink)
                else:
                    summary.workers = _run_local(fresh(), opts, workers, sink)
            finally:
                bar.close()
    finally:
        if table is not None:
            table.close()
    summary.elapsed = time.perf_counter() - start
    return summary
