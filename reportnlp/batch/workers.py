"""The worker protocol (one input in, one outcome out) and the local engine: a pool of child
processes, each with its own pipe, so the parent knows what each one is doing.

Inputs always run in child processes, also with one worker: an input that exhausts memory or
crashes the interpreter costs its own error record, never the batch.
"""
from __future__ import annotations

import contextlib
import json
import resource
import signal
import time
import traceback
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import orjson

from ..errors import InputError
from .deadlines import _deadline, _Timeout
from .inputs import Item, read_item, source_of
from ..tables import metric_rows

ERROR_CODES = frozenset({"empty", "binary", "not_text", "unreadable", "timeout", "too_large", "internal", "duplicate_id"})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# Parent-side backstop when a worker ignores its own alarm (stuck in C code): kill it.
_GRACE_MIN, _GRACE_FACTOR = 1.0, 0.5

Extractor = Callable[[Item, int], dict]


@dataclass(frozen=True)
class _Options:
    timeout: float | None
    max_bytes: int
    rows: bool
    extractor: Optional[Extractor] = None
    templates: Any = None  # TemplateSet whose lines are stripped (given to workers at start)
    learn: Any = None  # TemplateParams: the learning pass (workers return line keys, not results)

    @property
    def budget(self) -> float | None:
        """Wall time the parent allows one input before it kills the worker."""
        t = self.timeout
        return t + max(_GRACE_MIN, _GRACE_FACTOR * t) if t else None


# (id, JSON line as UTF-8, error code or None, input bytes, metric rows or None); the line stays
# bytes from the worker to the file, so the parent neither decodes nor encodes it
Outcome = tuple[str, bytes, Optional[str], int, Optional[list]]


def extract_item(item: Item, max_bytes: int = DEFAULT_MAX_BYTES, templates=None) -> dict:
    """Read and analyse one input (template lines stripped when given); raises InputError for a bad input."""
    from ..api import extract_bytes, extract_text

    data = read_item(item, max_bytes)
    if isinstance(data, str):
        result = extract_text(data, source=source_of(item), id=item["id"], templates=templates)
    else:
        result = extract_bytes(data, source=source_of(item), id=item["id"], templates=templates)
    return result.model_dump(mode="json")


def error_record(item: Item, code: str, message: str) -> dict:
    from ..schema import ErrorRecord

    return ErrorRecord(id=item["id"], source=source_of(item), error_code=code, message=message).model_dump()


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
    except MemoryError:
        return error_record(item, "too_large", "ran out of memory on this input")
    except Exception as exc:
        return error_record(item, "internal", f"{type(exc).__name__}: {exc}"[:500] + _where(exc))


def _dumps(obj: dict) -> bytes:
    try:
        return orjson.dumps(obj)
    except TypeError:  # e.g. a surrogate that slipped through: escape instead of failing the input
        return json.dumps(obj).encode("ascii")


def _learn_work(item: Item, opts: _Options) -> Outcome:
    """The learning pass on one input: its line keys as bytes; a bad input is only left out."""
    from ..templates import input_keys

    size = item.get("size", 0)
    try:
        with _deadline(opts.timeout):
            keys = input_keys(read_item(item, opts.max_bytes), opts.learn, source_of(item))
        return item["id"], keys.tobytes(), None, size, None
    except (Exception, _Timeout):  # whatever failed, the second pass reports it for this input
        return item["id"], b"", "skipped", size, None


def _work(item: Item, opts: _Options) -> Outcome:
    if opts.learn is not None:
        return _learn_work(item, opts)
    d = process_one(item, opts.timeout, opts.max_bytes, opts.extractor, opts.templates)
    code = d.get("error_code")
    rows = metric_rows(d) if opts.rows and code is None else None
    return item["id"], _dumps(d), code, item.get("size", 0), rows


def outcome_error(item: Item, code: str, message: str) -> Outcome:
    return item["id"], _dumps(error_record(item, code, message)), code, item.get("size", 0), None


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
            from ..templates import prepare_text

            prepare_text(_WARM_TEXT)  # the learning pass needs the stages before boilerplate only
            return
        from ..api import extract_text, warm_up

        extract_text(_WARM_TEXT, templates=opts.templates if opts is not None else None)
        warm_up()  # the rest of start-up, then what it loaded frozen out of the collector's way
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


# -- local engine ------------------------------------------------------------------------------

# Inputs queued per worker: the next one waits in its pipe while the parent takes the
# last result, so a worker never idles for the round trip (~5% of its time otherwise).
_IN_FLIGHT = 2


class _Worker:
    """One worker process with its own pipe.

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


def run_local(items: Iterator[Item], opts: _Options, workers: int, sink) -> int:
    """A process per worker, two inputs in flight per worker; a stuck worker is killed and replaced."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    # forkserver: forking this possibly threaded parent (progress bar, Dask) is unsafe
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["reportnlp.batch"])
    budget = opts.budget
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
                        sink.add(outcome_error(w.item, "internal",
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
                    sink.add(outcome_error(w.item, "timeout",
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
