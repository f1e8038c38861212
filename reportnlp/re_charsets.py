"""Compile re patterns without rebuilding the same character class each time.

re's compiler turns every character class into a bitmap one code point at a time
(``re._compiler._optimize_charset``): the Han class that ``\\p{Han}`` becomes for re fills
~28,000 entries, about 1 ms, and the rule files hold it in over a hundred patterns. That is a
fifth of start-up (`reportnlp extract` on one file, each batch worker). The function depends on
the class alone when no case folding applies, so while our patterns compile its answers are
remembered by class; the compiled patterns are the same. Where re's internals differ from what
this expects (another Python), patterns compile as they would without it.
"""
from __future__ import annotations

import contextlib
import functools
import threading
from re import _compiler as _re_compiler  # Python 3.11+, as patterns.py's re._parser
from typing import Iterator

_ORIGINAL = getattr(_re_compiler, "_optimize_charset", None)
_LOCK = threading.RLock()  # a block inside another (same thread) must not wait for itself


@functools.lru_cache(maxsize=2048)  # the rule files hold ~800 distinct classes
def _optimized(charset: tuple) -> tuple[tuple, bool]:
    out, hascased = _ORIGINAL(list(charset))
    return tuple(out), hascased


def _remembering(charset, iscased=None, fixup=None, fixes=None):
    """``_optimize_charset`` answered from the memo when only the class decides the answer.
    Callers get a new list each time, as from the original (which may return its argument)."""
    if fixup is None:  # without case folding, iscased and fixes are not read
        try:
            out, hascased = _optimized(tuple(charset))
        except TypeError:  # an unhashable member: not a class re's parser makes today
            return _ORIGINAL(charset, iscased, fixup, fixes)
        return list(out), hascased
    return _ORIGINAL(charset, iscased, fixup, fixes)


@contextlib.contextmanager
def remembered_charsets() -> Iterator[None]:
    """Within the block, re.compile rebuilds no character class it has built before."""
    if _ORIGINAL is None:
        yield
        return
    with _LOCK:  # the swap is undone by the thread that made it, whatever others compile meanwhile
        _re_compiler._optimize_charset = _remembering
        try:
            yield
        finally:
            _re_compiler._optimize_charset = _ORIGINAL
