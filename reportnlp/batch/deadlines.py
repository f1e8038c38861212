"""Per-input time budgets inside a worker: SIGALRM in a main thread, an injected exception elsewhere."""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading


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


def check_timeout(timeout) -> float | None:
    """A per-input budget in seconds: None (no limit) or a finite number > 0; ValueError otherwise."""
    if timeout is None:
        return None
    try:
        value = float(timeout)
    except (TypeError, ValueError):
        raise ValueError(f"timeout must be a number of seconds, not {timeout!r}") from None
    if not (0 < value < float("inf")):  # also false for nan
        raise ValueError(f"timeout must be a finite number of seconds above 0, not {timeout!r}")
    return value
