"""Strip site chrome, prefaces, watermarks and glued SEO titles; list all of it."""
from __future__ import annotations

import functools
from typing import Iterator

import regex

from ..document import Document
from ..lexicons import load_yaml
from ..models_io import line_classifier

_TIMEOUT = 5.0  # seconds per pattern per text; bounded patterns never get near it


@functools.cache
def _rules():
    cfg = load_yaml("boilerplate.yml")
    rules = [(r["kind"], r["max_len"], r["pattern"]) for r in cfg["line_rules"]]
    # one combined pattern per length bucket: a line is tried once against every rule
    # that applies to its length, not once per rule (first rule in file order wins)
    buckets = []
    for limit in sorted({m for _, m, _ in rules}):
        alts = [(i, k, p) for i, (k, m, p) in enumerate(rules) if m >= limit]
        combined = regex.compile("|".join(f"(?P<r{i}>{p})" for i, _, p in alts), regex.M)
        buckets.append((limit, combined, {f"r{i}": (i, k) for i, k, _ in alts}))
    return {
        "line_buckets": buckets,
        "whole_line_kinds": frozenset(cfg["whole_line_kinds"]),
        "inline": [(r["kind"], regex.compile(r["pattern"], regex.M)) for r in cfg["inline_rules"]],
        "disclaimer": cfg["disclaimer"],
        "preface": cfg["preface"],
        "article": (cfg["article_marker"]["max_len"], regex.compile(cfg["article_marker"]["pattern"])),
        "related": (cfg["related_list"]["max_len"], regex.compile(cfg["related_list"]["item"]),
                    regex.compile(cfg["related_list"]["header"])),
    }


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield start, end
        start = end + 1


_ANY_SENTENCE_END = regex.compile(r"[。！？!?；;]")
_BRACKETED = regex.compile(r"[(（][^)）\n]{0,80}[)）]")


def _hits(line: str, cues: list[str]) -> int:
    return sum(1 for c in cues if c in line)


_CONTENT_SENTENCE = regex.compile(r"\p{Han}[^。！？!?\n]{7,}[。！？!?]")


def classify_line(line: str, index: int, total: int) -> str | None:
    """The noise kind of a whole line, or None when it is content."""
    kind, span = classify_line_span(line, index, total)
    return kind if span is None else None


def classify_line_span(line: str, index: int, total: int) -> tuple[str | None, tuple[int, int] | None]:
    """(kind, None) for a whole noise line; (kind, span) when only a trailing piece of a
    line that also holds report sentences is noise; (None, None) for content."""
    stripped = line.strip()
    if not stripped:
        return None, None
    n = len(stripped)
    r = _rules()
    for limit, combined, names in r["line_buckets"]:
        if n <= limit:
            m = combined.search(stripped, timeout=_TIMEOUT)
            if m:
                kind = names[m.lastgroup][1]
                rest = stripped[: m.start()] + " " + stripped[m.end():]
                if kind in r["whole_line_kinds"] or not _CONTENT_SENTENCE.search(rest):
                    return kind, None
                # a flattened line: report text with page clutter at its end keeps its text
                lead = len(line) - len(line.lstrip())
                if m.end() == n:
                    return kind, (lead + m.start(), lead + m.end())
                return None, None
            break
    art_len, art = r["article"]
    if n <= art_len and art.search(stripped, timeout=_TIMEOUT):
        return "article_marker", None
    # cues inside brackets are an inline watermark, which does not make the whole line noise
    bare = _BRACKETED.sub("", stripped)
    d = r["disclaimer"]
    if n <= d["max_len"] and _hits(bare, d["site"]) and _hits(bare, d["cues"]) >= d["min_hits"]:
        return "disclaimer", None
    p = r["preface"]
    if n <= p["max_len"]:
        need = p["min_hits_at_edges"] if (index < 3 or total - index <= 3) else p["min_hits"]
        if _hits(bare, p["cues"]) >= need:
            return "preface", None
    return None, None


def _strip_inline(doc: Document) -> None:
    """Watermarks, glued SEO titles, URLs inside lines (first, so a line is judged on its text)."""
    text = doc.text
    inline: list[tuple[int, int, str]] = []
    kinds: dict[int, str] = {}
    taken: list[tuple[int, int]] = []
    for kind, pat in _rules()["inline"]:
        for m in pat.finditer(text, timeout=_TIMEOUT):
            s, e = m.span()
            if e <= s or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            inline.append((s, e, ""))
            kinds[s] = kind
    doc.edit(inline, removal_kind=lambda s, e: kinds.get(s, "inline"))


def strip_boilerplate(doc: Document) -> Document:
    """Stage: remove inline noise, then noise lines, recording every removal."""
    _strip_inline(doc)
    text = doc.text
    edits: list[tuple[int, int, str]] = []
    kinds: dict[int, str] = {}
    boundaries: list[int] = []
    nonblank = [(s, e) for s, e in iter_lines(text) if text[s:e].strip()]
    total = len(nonblank)
    clf = line_classifier()
    rel_len, rel_item, rel_header = _rules()["related"]
    in_related = False
    for idx, (s, e) in enumerate(nonblank):
        line = text[s:e]
        kind, part = classify_line_span(line, idx, total)
        if kind is None and in_related and len(line) <= rel_len and rel_item.match(line.strip()):
            kind = "related_list"
        in_related = (kind == "navigation" and bool(rel_header.search(line))) or kind == "related_list" \
            or (in_related and kind is not None)
        # the learned classifier looks only at short lines without any sentence in them
        if kind is None and clf is not None and len(line) <= clf.max_len and not _ANY_SENTENCE_END.search(line):
            if clf.noise_probability(line, idx, total) >= clf.threshold:
                kind = "learned"
        if kind is None:
            continue
        if part is not None:  # only the clutter at the end of a content line
            edits.append((s + part[0], s + part[1], ""))
            kinds[s + part[0]] = kind
            continue
        end = e + 1 if e < len(text) else e
        edits.append((s, end, ""))
        kinds[s] = kind
        if kind == "article_marker":
            boundaries.append(s)
    doc.anchors["article_boundaries"] = boundaries
    doc.edit(edits, removal_kind=lambda s, e: kinds.get(s, "noise"))
    return doc
