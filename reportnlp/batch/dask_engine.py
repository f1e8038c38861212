"""The Dask engine: the same per-input function over small dask bags, on a local or remote cluster.

The time budget is enforced twice, as locally: inside the task (an injected exception) and by
the parent, which gives up on a chunk whose wall time is spent (a worker stopped or stuck in C
code), cancels it and retries its inputs one by one; a single input that runs out of time again
gets a timeout record.
"""
from __future__ import annotations

import contextlib
import time
from typing import Iterator

from .inputs import Item
from .workers import _Options, _rss_mb, _warm, _work, outcome_error

_DASK_PARTITION = 4
_AHEAD = 4  # chunks in flight per worker: a chunk may wait behind this many before it starts


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_dask(items: Iterator[Item], opts: _Options, workers: int, scheduler: str | None, sink) -> int:
    """process_one over small dask bags, at most 4 partitions per worker in flight."""
    import logging

    import dask.bag as db
    from distributed import Client, LocalCluster, wait

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    budget = opts.budget
    try:
        client.run(_warm, opts)
        nworkers = max(1, len(client.scheduler_info().get("workers", {})))
        running: dict = {}  # future -> (chunk, deadline or None)

        def submit(chunk: list[Item]) -> None:
            fut = client.compute(db.from_sequence(chunk, npartitions=1).map(_work, opts))
            # the budget is per input, and the chunk may queue behind others on its worker
            deadline = time.monotonic() + budget * len(chunk) * _AHEAD if budget else None
            running[fut] = (chunk, deadline)

        def retry_or_fail(chunk: list[Item], code: str, message: str) -> None:
            if len(chunk) > 1:  # find the input at fault: its neighbours get a fresh chance
                for item in chunk:
                    submit([item])
            else:
                sink.add(outcome_error(chunk[0], code, message))

        def collect(fut) -> None:
            chunk, _ = running.pop(fut)
            try:
                outs = fut.result()
            except Exception as exc:  # a worker died under this chunk
                retry_or_fail(chunk, "internal", f"dask task failed: {type(exc).__name__}: {exc}")
                return
            finally:
                fut.release()
            for out in outs:
                sink.add(out)

        def expire() -> None:
            now = time.monotonic()
            for fut, (chunk, deadline) in list(running.items()):
                if deadline is not None and now >= deadline and not fut.done():
                    running.pop(fut)
                    with contextlib.suppress(Exception):
                        fut.cancel()
                    retry_or_fail(chunk, "timeout", f"took longer than {opts.timeout:g} s (dask task abandoned)")

        def step() -> None:
            """Wait for one chunk to finish or the nearest deadline to pass."""
            deadlines = [d for _, d in running.values() if d is not None]
            wait_for = max(0.05, min(deadlines) - time.monotonic()) if deadlines else None
            try:
                done, _ = wait(list(running), timeout=wait_for, return_when="FIRST_COMPLETED")
            except Exception:  # distributed's TimeoutError: nothing finished in time
                done = set()
            for fut in done:
                if fut in running:
                    collect(fut)
            expire()

        for chunk in _chunks(items, _DASK_PARTITION):
            submit(chunk)
            while len(running) >= _AHEAD * nworkers:
                step()
        while running:
            step()
        with contextlib.suppress(Exception):
            sink.rss(max(client.run(_rss_mb).values()))
        return nworkers
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
