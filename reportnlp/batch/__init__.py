"""Many inputs -> exactly one JSON line each (a result or an error record), locally or on Dask.

Modules along the seams: ``inputs`` (expansion into descriptors, reading one input, stdin),
``deadlines`` (time budgets inside a worker), ``workers`` (the per-input protocol and the local
process pool), ``dask_engine``; the tidy metrics table is shared with ``compare`` in
``reportnlp.tables``. This module runs a batch: the output file (locked, whole lines, resume),
the summary and the template-learning pass.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import sys
import tempfile
import threading
import time
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import OutputError
from ..outputs import is_stdio
from ..tables import METRIC_COLUMNS, MetricsTable, metric_rows, metric_schema
from .deadlines import check_timeout
from .inputs import Item, _loads, id_text, iter_items, spool_stdin, total_bytes
from .workers import (DEFAULT_MAX_BYTES, ERROR_CODES, Extractor, Outcome, _Options, error_record, extract_item,
                      outcome_error, process_one, run_local)

__all__ = ["BatchSummary", "DEFAULT_MAX_BYTES", "ERROR_CODES", "METRIC_COLUMNS", "error_record", "extract_item",
           "iter_items", "learn_templates", "metric_rows", "metric_schema", "process_one", "read_done", "run_batch"]


@dataclass
class BatchSummary:
    """What a batch did; ``line()`` is the one human line the CLI prints."""

    output: Path
    engine: str = "local"
    workers: int = 1
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    retried: int = 0  # error records of an earlier run dropped to be done again (--resume)
    elapsed: float = 0.0
    nbytes: int = 0
    codes: Counter = field(default_factory=Counter)
    peak_worker_rss_mb: float | None = None
    templates: int | None = None  # template lines active (None: no template set)
    template_inputs: int = 0  # inputs the first pass learned them from

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / 1e6 / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def inputs(self) -> int:
        return self.ok + self.failed + self.skipped

    def line(self) -> str:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(self.codes.items()))
        failed = f"{self.failed} failed" + (f" ({codes})" if codes else "")
        retried = f" ({self.retried} earlier failures retried)" if self.retried else ""
        return (f"{self.ok} ok, {failed}, {self.skipped} skipped{retried} in {self.elapsed:.1f} s "
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
            total = total_bytes(inputs, exclude)
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


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _Sink:
    """Writes each outcome as one complete line and counts it.

    A line goes out in unbuffered writes; when one fails (disk full) the file is cut back to
    where the line began, so the file never holds half a line, and the error propagates."""

    def __init__(self, fd: int, summary: BatchSummary, table: MetricsTable | None, progress: _Progress,
                 seekable: bool = True):
        self.fd, self.summary, self.table, self.progress = fd, summary, table, progress
        self.seekable = seekable

    def add(self, out: Outcome) -> None:
        _id, line, code, nbytes, rows = out
        start = os.lseek(self.fd, 0, os.SEEK_END) if self.seekable else None
        try:
            _write_all(self.fd, line + b"\n")
        except OSError:
            if start is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, start)
            raise
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


# -- the output file ---------------------------------------------------------------------------

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


def _line_record(raw: bytes) -> dict | None:
    try:
        obj = _loads(raw)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) and obj.get("id") is not None else None


def resume_state(output: Path, retry_failed: bool = True,
                 on_result: Callable[[dict], None] | None = None) -> tuple[Counter, int]:
    """How many lines each id already has in a results file, and how many error records were
    dropped so their inputs run again (``retry_failed``; the file is rewritten without them,
    atomically). A partial last line is cut first."""
    kept: Counter = Counter()
    if not output.exists():
        return kept, 0
    failed = 0
    with open(output, "r+b") as fh:
        _drop_partial_line(fh)
        fh.seek(0)
        for raw in fh:
            obj = _line_record(raw)
            if obj is None:
                continue
            if "error_code" in obj:
                failed += 1
                if retry_failed:
                    continue
            kept[id_text(obj["id"]) or ""] += 1
            if on_result is not None and "error_code" not in obj:
                on_result(obj)
    if retry_failed and failed:
        from ..outputs import atomic_open

        with open(output, "rb") as src, atomic_open(output, "wb") as dst:
            for raw in src:
                obj = _line_record(raw)
                if obj is None or "error_code" not in obj:
                    dst.write(raw)
    return kept, failed if retry_failed else 0


def read_done(output: Path, on_result: Callable[[dict], None] | None = None) -> set[str]:
    """Ids already in a results file (after dropping a partial last line); nothing is rewritten."""
    kept, _ = resume_state(Path(output), retry_failed=False, on_result=on_result)
    return set(kept)


@contextlib.contextmanager
def _exclusive(output: Path):
    """Hold a lock beside ``output`` for the whole run: a second run on the same file is refused
    instead of interleaving (and truncating) the first one's lines."""
    import fcntl

    lock_path = output.parent / f".{output.name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{output} is being written by another reportnlp run") from None
        yield
    finally:
        os.close(fd)


# -- template learning -------------------------------------------------------------------------

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


def _run(stream: Iterator[Item], opts: _Options, workers: int, engine: str, scheduler: str | None, sink) -> int:
    first = next(stream, None)
    if first is None:  # nothing to do: start no worker
        return workers
    stream = itertools.chain([first], stream)
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(stream, opts, workers, scheduler, sink)
    return run_local(stream, opts, workers, sink)


def _check_workers(workers) -> int:
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or a positive whole number, not {workers!r}")
    return workers if workers > 0 else (os.cpu_count() or 1)


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
    names: dict[str, str] | None = None,
):
    """First pass of a batch: the lines that recur across its inputs (a TemplateSet).

    Streams the inputs (each id once) through the same engines as the batch; workers decode and
    normalize each input and send back only its line hashes, the parent counts them in at most
    ``max_entries`` table entries. With fewer than ``params.min_learn_inputs`` inputs nothing is
    learned and no worker is started.
    """
    from ..templates import TemplateLearner

    learner = TemplateLearner(params, max_entries)
    inputs = [inputs] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    exclude = [str(e) for e in exclude]
    timeout = check_timeout(timeout)
    workers = _check_workers(workers)
    seen: set[str] = set()

    def distinct() -> Iterator[Item]:
        for item in iter_items(inputs, exclude, names):
            if item["id"] not in seen:
                seen.add(item["id"])
                yield item

    items = distinct()
    head = list(itertools.islice(items, learner.params.min_learn_inputs))
    if len(head) < learner.params.min_learn_inputs:
        return learner.templates()
    opts = _Options(timeout=timeout, max_bytes=max_bytes, rows=False, learn=learner.params)
    _run(itertools.chain(head, items), opts, workers, engine, scheduler, _LearnSink(learner))
    return learner.templates()


# -- the batch ---------------------------------------------------------------------------------

def _identity(item: Item) -> tuple:
    """What makes two descriptors the same input (a file named twice, a jsonl file named twice)."""
    return (os.path.realpath(item["path"]) if item["kind"] != "missing" else item["path"], item.get("offset"))


def run_batch(
    inputs: Iterable[str | Path] | str,
    output: str | Path,
    *,
    workers: int = 0,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    retry_failed: bool = True,
    timeout: float | None = 60.0,
    parquet: str | Path | None = None,
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Optional[Extractor] = None,
    templates: Any = None,
    templates_out: str | Path | None = None,
    template_params: Any = None,
    template_max_entries: int = 200_000,
    stdin=None,
) -> BatchSummary:
    """Write exactly one JSON line per input to ``output`` (``-``: stdout); return counts.

    ``extractor`` replaces :func:`extract_item` (a picklable ``(item, max_bytes) -> dict``), for
    tests and embedding. With ``resume`` the ids already in ``output`` are skipped and new lines
    appended; error records of the earlier run are dropped and their inputs done again unless
    ``retry_failed`` is false. With ``parquet`` the tidy metrics table of every result in
    ``output`` is written. An input named ``-`` is stdin (JSONL records, or a list of paths).

    Every input gets one line: the same file named twice is one input; a second input with an
    id already used (jsonl ids ``123`` and ``"123"`` are one id) gets a ``duplicate_id`` record.

    ``templates``: ``True`` learns the batch's site templates in a first pass over all inputs
    (done ones too, so a resumed run strips the same lines; see :func:`learn_templates`), a
    TemplateSet or the path of its JSON file uses that one, ``None``/``False`` strips none.
    ``templates_out`` saves the active set as JSON.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local | dask)")
    timeout = check_timeout(timeout)
    workers = _check_workers(workers)
    inputs = [inputs] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    to_stdout = is_stdio(output)
    if to_stdout and resume:
        raise OutputError("--resume needs an output file, not stdout")
    output = Path(output)
    if not to_stdout:
        output.parent.mkdir(parents=True, exist_ok=True)
    parquet = Path(parquet) if parquet else None
    exclude = ([] if to_stdout else [str(output)]) + ([str(parquet)] if parquet else [])
    if templates_out:
        exclude.append(str(templates_out))
    summary = BatchSummary(output=output, engine=engine, workers=workers)
    start = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if "-" in inputs:
            spool = stack.enter_context(tempfile.TemporaryDirectory(prefix="reportnlp-stdin-"))
            inputs, names = spool_stdin(inputs, spool, stdin)
        else:
            names = {}
        if not to_stdout:
            stack.enter_context(_exclusive(output))
        active = None
        if templates is True:
            active = learn_templates(inputs, workers=workers, engine=engine, scheduler=scheduler, timeout=timeout,
                                     max_bytes=max_bytes, exclude=exclude, params=template_params,
                                     max_entries=template_max_entries, names=names)
            summary.template_inputs = active.inputs
        elif templates is not None and templates is not False:
            from ..templates import as_template_set

            active = as_template_set(templates)
            summary.template_inputs = active.inputs
        if active is not None:
            summary.templates = len(active)
            if templates_out:
                active.save(templates_out)
        table = MetricsTable(parquet) if parquet else None
        try:
            kept: Counter = Counter()
            if resume:
                kept, summary.retried = resume_state(output, retry_failed,
                                                     (lambda r: table.add(metric_rows(r))) if table else None)
            opts = _Options(timeout=timeout, max_bytes=max_bytes, rows=table is not None, extractor=extractor,
                            templates=active or None)
            bar = _Progress(progress, inputs, exclude)
            if to_stdout:
                fd, seekable = sys.stdout.buffer.fileno(), False
                sys.stdout.buffer.flush()
            else:
                fd = stack.enter_context(open(output, "ab" if resume else "wb", buffering=0)).fileno()
                seekable = True
            sink = _Sink(fd, summary, table, bar, seekable)
            seen: dict[str, list[tuple]] = {}

            def fresh() -> Iterator[Item]:
                for item in iter_items(inputs, exclude, names):
                    same_id = seen.setdefault(item["id"], [])
                    ident = _identity(item)
                    if ident in same_id:  # the same input named twice: it has its line
                        sink.skip(item)
                        continue
                    same_id.append(ident)
                    if len(same_id) <= kept[item["id"]]:  # its line is there from an earlier run
                        sink.skip(item)
                    elif len(same_id) > 1:
                        sink.add(outcome_error(item, "duplicate_id",
                                               f"id {item['id']} is already used by an earlier input"))
                    else:
                        yield item

            try:
                summary.workers = _run(fresh(), opts, workers, engine, scheduler, sink)
            finally:
                bar.close()
        except BaseException:
            if table is not None:
                table.abort()
            raise
        if table is not None:
            table.close()
    summary.elapsed = time.perf_counter() - start
    return summary
