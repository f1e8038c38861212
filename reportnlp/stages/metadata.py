"""Per-report metadata: year, period, issuing unit and level, regions, document numbers, placeholders."""
from __future__ import annotations

import functools
from operator import itemgetter
from typing import Iterator

import regex

from .. import regions
from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import (Alternatives, anchored_finditer, compile_pattern, finditer, finditer_before_word,
                        literal_gate, may_match, timeout_for, word_after)
from ..payloads import PlaceholderData
from ..structure import period_pattern


@functools.cache
def _cfg():
    c = dict(load_yaml("metadata.yml"))
    # the year stands right before 年: tried only there (finditer_before_word)
    c["year_word"] = word_after(c["year"])
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
        # for the first match (first): the suffix as a group, and the run of name characters (at
        # most name_len's longest) that ends where a suffix starts, read backwards from there
        self.suffix_at = regex.compile(f"({suffix}){after}")
        self.name_before = regex.compile(f"(?r){name_chars}{{1,{hi}}}")

    def finditer(self, text: str) -> Iterator[regex.Match]:
        if not may_match(self.gate, text):
            return iter(())
        return anchored_finditer(self.pattern, self.anchor, text, self.reach)

    def first(self, text: str) -> str | None:
        """Group 1 of the first match of ``finditer(text)``, worked out from the suffix hits: a
        match starting at p ends its (shortest) name at the first suffix hit q from p + lo on with
        only name characters between; the leftmost p that reaches a hit is the start of the run of
        name characters before it (at most hi of them), and the first hit with a run of at least
        lo characters before it gives the first match (a later hit's run starts no earlier). The
        pattern tried at each of hi - lo starts before a hit, each trying the suffixes after every
        name length, cost ~10,000 instructions a hit."""
        if not may_match(self.gate, text):
            return None
        lo, hi = self.reach
        before = self.name_before.match
        for a in self.suffix_at.finditer(text, overlapped=True, timeout=timeout_for(len(text))):
            q = a.start()
            run = before(text, max(0, q - hi), q)
            if run is not None and q - run.start() >= lo:
                return text[run.start():a.end(1)]
        return None


def first_placeholder(text: str) -> str | None:
    """The first template placeholder in ``text`` (20xx, XX市, ___), if any."""
    m = _cfg()["placeholders"].search(text)
    return m.group() if m else None

def report_year(text: str) -> int | None:
    """The year a report is about: the most frequent year in its opening, else in all of it."""
    c = _cfg()
    for window in (text[:600], text):
        found = [m.group(1) for m in (finditer(c["year"], window) if c["year_word"] is None
                                      else finditer_before_word(c["year"], *c["year_word"], window))]
        years = [int(y) for y in found if 1980 <= int(y) <= 2035]
        if years:
            counts: dict[int, int] = {}  # (a Counter's set-up cost more than counting a few years)
            for y in years:
                counts[y] = counts.get(y, 0) + 1
            top = max(counts.values())
            return max(y for y, n in counts.items() if n == top)
        if len(window) == len(text):  # the opening was all of it: no second look
            break
    return None


def extract_metadata(doc: Document) -> Document:
    """Stage: fill ``doc.meta['metadata']`` and ``placeholder`` spans."""
    c = _cfg()
    text = doc.text
    head = text[:800]
    meta: dict = {"year": report_year(text)}
    m = c["period"].search(head)
    meta["period"] = m.group() if m else None
    unit = c["unit_name"].first(head[:300])
    meta["unit"] = unit if regions.is_body(unit) else None  # fragments (现我镇, 我市人民政府) are no unit
    level = None
    refs: dict[str, int] = {}
    for m in finditer(c["self_reference"], text[:5000]):
        refs[m.group(1)] = refs.get(m.group(1), 0) + 1
    if refs:  # the most frequent, the first named of equals (Counter.most_common(1))
        level = c["levels"].get(max(refs.items(), key=itemgetter(1))[0])
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
    found = list(c["placeholders"].finditer(text))
    # the placeholders' offsets mapped back as one list (Document.span_json each: a pass through the maps apiece)
    for m, (ss, se) in zip(found, doc.spans_to_source([m.span() for m in found]) if found else ()):
        s, e = m.span()
        doc.add("placeholders", Span(s, e, "placeholder", PlaceholderData(m.group())))
        placeholders.append({"text": m.group(), "start": s, "end": e, "source_start": ss, "source_end": se})
    meta["placeholders"] = placeholders
    doc.meta["metadata"] = meta
    doc.meta["year"] = meta["year"]
    return doc
