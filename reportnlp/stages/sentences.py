"""Sentence and clause boundaries shared by the extraction stages."""
from __future__ import annotations

import regex

_SENT_END = regex.compile(r"[。！？!?；;\n]")


def sentence_at(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end], at most ``limit`` chars each side."""
    lo = max(0, start - limit)
    left = text.rfind("\n", lo, start)
    for ch in "。！？!?；;":
        left = max(left, text.rfind(ch, lo, start))
    s = left + 1 if left >= 0 else lo
    m = _SENT_END.search(text, end, min(len(text), end + limit))
    e = m.end() if m and text[m.start()] != "\n" else (m.start() if m else min(len(text), end + limit))
    return s, e


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
