"""CPU-time limits for tests that guard against runaway (quadratic or exponential) work.

Wall time stretches with the host's load (five test runs on two cores make one second ten);
the CPU time this process spends does not, so a guard counted in CPU seconds passes or fails
the same on an idle machine and a loaded one. Speed goals live in benchmarks/, not here.
"""
from __future__ import annotations

import contextlib
import gc
import signal
import time
from typing import Callable


class OverBudget(Exception):
    """The guarded work used more CPU time than its limit."""


def _over(signum, frame):
    raise OverBudget("CPU-time limit reached")


@contextlib.contextmanager
def cpu_limit(seconds: float):
    """Raise OverBudget once this process has spent ``seconds`` of CPU time inside the block.

    SIGPROF lands between bytecodes and inside re and regex matching (both check signals), so
    a runaway pattern fails the test instead of hanging it."""
    previous = signal.signal(signal.SIGPROF, _over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def cpu_seconds(work: Callable[[], object], limit: float) -> float:
    """CPU seconds ``work()`` took, with the cyclic GC off (its full collections come in steps
    that do not grow with the input); OverBudget past ``limit``."""
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        with cpu_limit(limit):
            work()
        return time.process_time() - t0
    finally:
        gc.enable()


def growth(work: Callable[[int], object], size: int, factor: int = 4, limit: float = 60) -> tuple[float, float]:
    """CPU seconds of ``work(size)`` and ``work(factor * size)``, each the least of two interleaved
    runs (a run that another process's cache traffic slowed loses to the other)."""
    rounds = [(cpu_seconds(lambda: work(size), limit), cpu_seconds(lambda: work(factor * size), limit))
              for _ in range(2)]
    return min(r[0] for r in rounds), min(r[1] for r in rounds)
