"""Per-report metadata: year, period, issuing unit and level, regions, document numbers, placeholders."""
from __future__ import annotations

import functools
from collections import Counter
from typing import Iterator

import regex

from .. import regions
from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import Alternatives, anchored_finditer, compile_pattern, finditer, literal_gate, may_match
from ..payloads import PlaceholderData
from ..structure import period_pattern


@functools.cache
def _cfg():
    c = dict(load_yaml("metadata.yml"))
    for k in ("year", "placeholder_year", "self_reference"):
        c[k] = compile_pattern(c[k])
    # one alternative per class: a text is searched with the alternatives it holds the words of
    c["placeholders"] = Alternatives(c["placeholders"])
    c["period"] = period_pattern()  # one compiled pattern, shared with metrics
    for k in ("unit_name", "document_number"):
        c[k] = _NameBeforeSuffix(**c[k])
    return c


class _NameBeforeSuffix:
    """A name (name_chars, name_len long, shortest first) before a suffix that ``after``
    follows; found from the suffix, then the name in front of it."""

    def __init__(self, name_chars: str, name_len: list[int], suffix: str, after: str):
        lo, hi = name_len
        self.reach = (lo, hi)
        self.pattern = compile_pattern(f"({name_chars}{{{lo},{hi}}}?{suffix}){after}")
        self.anchor = regex.compile(suffix + after)  # overlapped search: regex only
        # strings every match holds, where known (号 and brackets for a document number): most
        # pages hold none, and a few substring tests spare the scan of the whole page
        self.gate = literal_gate(suffix + after)

    def finditer(self, text: str) -> Iterator[regex.Match]:
        if not may_match(self.gate, text):
            return iter(())
        return anchored_finditer(self.pattern, self.anchor, text, self.reach)


def first_placeholder(text: str) -> str | None:
    """The first template placeholder in ``text`` (20xx, XX市, ___), if any."""
    m = _cfg()["placeholders"].search(text)
    return m.group() if m else None

def report_year(text: str) -> int | None:
    """The year a report is about: the most frequent year in its opening, else in all of it."""
    c = _cfg()
    for window in (text[:600], text):
        found = [m.group(1) for m in finditer(c["year"], window)]
        years = [int(y) for y in found if 1980 <= int(y) <= 2035]
        if years:
            counts = Counter(years)
            top = max(counts.values())
            return max(y for y, n in counts.items() if n == top)
    return None


def extract_metadata(doc: Document) -> Document:
    """Stage: fill ``doc.meta['metadata']`` and ``placeholder`` spans."""
    c = _cfg()
    text = doc.text
    head = text[:800]
    meta: dict = {"year": report_year(text)}
    m = c["period"].search(head)
    meta["period"] = m.group() if m else None
    unit = None
    m = next(c["unit_name"].finditer(head[:300]), None)
    if m:
        unit = m.group(1)
    meta["unit"] = unit if regions.is_body(unit) else None  # fragments (现我镇, 我市人民政府) are no unit
    level = None
    refs = Counter(m.group(1) for m in finditer(c["self_reference"], text[:5000]))
    if refs:
        level = c["levels"].get(refs.most_common(1)[0][0])
    elif unit:
        for suffix, lv in c["levels"].items():
            if unit.endswith(suffix):
                level = lv
                break
    meta["unit_level"] = level
    meta["regions"] = regions.find_regions(text[:1200])  # the opening names the places
    meta["document_numbers"] = list(dict.fromkeys(
        m.group() for m in c["document_number"].finditer(text)))
    placeholders = []
    for m in c["placeholders"].finditer(text):
        span = Span(m.start(), m.end(), "placeholder", PlaceholderData(m.group()))
        doc.add("placeholders", span)
        placeholders.append({"text": m.group(), **doc.span_json(span)})
    meta["placeholders"] = placeholders
    doc.meta["metadata"] = meta
    doc.meta["year"] = meta["year"]
    return doc
