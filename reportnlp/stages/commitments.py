"""Forward-looking commitments, one per measure, with deadlines resolved to dates."""
from __future__ import annotations

import calendar
import functools

import regex

from ..document import Document, Span
from ..lexicons import load_yaml
from .sentences import iter_sentences

_TIMEOUT = 5.0


@functools.cache
def _cfg():
    c = load_yaml("commitments.yml")
    return {k: regex.compile(v) for k, v in c.items()}


def resolve_deadline(deadline: str, year: int | None) -> str | None:
    """ISO date for a deadline as written; None when the year is unknown (20xx) or vague."""
    m = regex.search(r"((?:19|20)\d{2})年", deadline)
    y = int(m.group(1)) if m else year
    if "明年" in deadline and year:
        y = year + 1
    if y is None or regex.search(r"[xX]{2}年", deadline):
        return None
    mm = regex.search(r"(\d{1,2})月(?:(\d{1,2})日)?", deadline)
    if mm:
        month = int(mm.group(1))
        if not 1 <= month <= 12:
            return None
        day = int(mm.group(2)) if mm.group(2) else calendar.monthrange(y, month)[1]
        if "上旬" in deadline:
            day = 10
        elif "中旬" in deadline:
            day = 20
        day = min(day, calendar.monthrange(y, month)[1])
        return f"{y:04d}-{month:02d}-{day:02d}"
    q = regex.search(r"([一二三四])季度", deadline)
    if q:
        month = "一二三四".index(q.group(1)) * 3 + 3
        return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    if "上半年" in deadline:
        return f"{y:04d}-06-30"
    return f"{y:04d}-12-31"


def _measures(text: str, s: int, e: int):
    """Split a sentence at enumerators (一是…二是…) into measures."""
    cuts = [s] + [m.start() for m in _cfg()["measure_start"].finditer(text, s, e, timeout=_TIMEOUT)
                  if m.start() > s + 4] + [e]
    for a, b in zip(cuts, cuts[1:]):
        if text[a:b].strip():
            yield a, b


def _section_of(doc: Document, pos: int) -> str | None:
    for sec in doc.get("sections"):
        if sec.start <= pos < sec.end:
            return sec.label
    return None


def extract_commitments(doc: Document) -> Document:
    """Stage: ``commitments`` spans: text, cue, deadline, deadline_date, section, target metrics."""
    c = _cfg()
    text = doc.text
    year = doc.meta.get("year")
    targets = [(m.start, m.end) for m in doc.get("metrics") if m.attrs.get("target")]
    metric_spans = doc.get("metrics")
    inherited: tuple[int, str] | None = None  # deadline of a list intro "下半年我们打算…:"
    for ss, se in iter_sentences(text):
        section = _section_of(doc, ss)
        for a, b in _measures(text, ss, se):
            piece = text[a:b]
            cue = c["cues"].search(piece, timeout=_TIMEOUT)
            in_next = section == "下一步" and not c["look_back"].search(piece)
            if not cue and not in_next:
                continue
            if len(piece.strip("。；;,， ")) < 6:
                continue
            dl = c["deadline"].search(piece, timeout=_TIMEOUT)
            deadline = dl.group() if dl else None
            para_start = text.rfind("\n", 0, a) + 1
            if deadline is None and inherited and inherited[0] == para_start:
                deadline = inherited[1]
            if piece.rstrip().endswith((":", "：")) and deadline:
                inherited = (para_start, deadline)
            linked = [i for i, m in enumerate(metric_spans) if a <= m.start < b and (m.start, m.end) in targets]
            doc.add("commitments", Span(a, b, "commitment", {
                "text": piece.strip(),
                "cue": cue.group() if cue else None,
                "deadline": deadline,
                "deadline_date": resolve_deadline(deadline, year) if deadline else None,
                "section": section,
                "targets": linked,
            }))
    return doc
