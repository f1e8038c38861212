"""Sentence and clause boundaries shared by the extraction stages."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

_SENT_END = re.compile(r"[。！？!?；;\n]")
# a sentence end mark (no line break)
SENTENCE_MARK = re.compile(r"[。！？!?；;]")


@functools.lru_cache(maxsize=8)
def _breaks(text: str) -> list[int]:
    """Positions of every sentence end in text, found once per text (stages ask per value)."""
    return [m.start() for m in _SENT_END.finditer(text)]


def sentence_at(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end], at most ``limit`` chars each side."""
    breaks = _breaks(text)
    lo = max(0, start - limit)
    k = bisect_left(breaks, start) - 1  # the last sentence end before start
    s = breaks[k] + 1 if k >= 0 and breaks[k] >= lo else lo
    hi = min(len(text), end + limit)
    k = bisect_left(breaks, end)  # the first one from end on
    if k < len(breaks) and breaks[k] < hi:
        b = breaks[k]
        return s, (b if text[b] == "\n" else b + 1)
    return s, hi


def iter_sentences(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end) of sentences in text[start:end], end including the stop mark."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        e = m.end() if text[m.start()] != "\n" else m.start()
        if e > pos and text[pos:e].strip():
            yield pos, e
        pos = m.end()
    if pos < end and text[pos:end].strip():
        yield pos, end
