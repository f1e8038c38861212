"""Find headings of every common scheme and label top-level sections."""
from __future__ import annotations

import functools

import regex

from ..document import Document, Span
from ..lexicons import load_yaml
from ..models_io import section_classifier
from .documents import heading_level, paragraphs

LABELS = ("基本情况", "主要做法", "存在问题", "下一步", "其他")


@functools.cache
def _cfg():
    c = dict(load_yaml("sections.yml"))
    c["heading_labels"] = [(h["label"], regex.compile(h["pattern"])) for h in c["heading_labels"]]
    c["paragraph_cues"] = [(h["label"], regex.compile(h["pattern"])) for h in c["paragraph_cues"]]
    for k in ("past_cue", "after_problems", "bare_heading"):
        c[k] = regex.compile(c[k])
    return c


def heading_text(par: str) -> str:
    """The heading part of a paragraph: up to its first sentence end."""
    m = regex.search(r"[。！？；;]", par[:80])
    return par[: m.start()] if m else par[:80]


def is_bare_heading(par: str) -> bool:
    return bool(_cfg()["bare_heading"].match(par)) and not regex.search(r"\d{4}年\d{1,2}月|^\d+$", par)


def label_heading(text: str, after_problems: bool, is_speech: bool) -> str | None:
    c = _cfg()
    for label, pat in c["heading_labels"]:
        if pat.search(text):
            if label == "主要做法" and after_problems and c["after_problems"].search(text):
                return "下一步"
            return label
    if after_problems and c["after_problems"].search(text):
        return "下一步"
    if is_speech and not c["past_cue"].search(text):
        return c["speech_default_label"]
    return None


def paragraph_cue(par: str) -> str | None:
    for label, pat in _cfg()["paragraph_cues"]:
        if pat.search(par[:80]):
            return label
    return None


def split_sections(doc: Document) -> Document:
    """Stage: add top-level ``sections`` spans with label, heading and level."""
    c = _cfg()
    spans = paragraphs(doc.text)
    if not spans:
        return doc
    pars = [doc.text[s:e] for s, e in spans]
    levels = [heading_level(p) for p in pars]
    present = sorted({lv for lv in levels if lv is not None and lv < 5})
    top = present[0] if present else None
    is_speech = doc.meta.get("doc_type") == "讲话"
    clf = section_classifier()
    starts: list[tuple[int, str, str | None, int | None]] = []  # (par index, label, heading, level)
    current = None
    seen_problems = False
    for i, p in enumerate(pars):
        label = None
        heading = None
        level = levels[i]
        if top is not None and level == top:
            heading = heading_text(p)
            label = label_heading(heading, seen_problems, is_speech) or c["default_heading_label"]
        elif top is None and level == 5 and i == 0:
            label = None
        if label is None:
            cue = paragraph_cue(p)
            if cue and cue != current:
                label = cue
        if label is None and i == 0:
            label = c["intro_label"] if (top is not None or len(pars) > 1) else "主要做法"
            if top is None and clf is not None and len(pars) > 1:
                label = c["intro_label"]
        if label is None and top is None and clf is not None and current in (c["intro_label"], None):
            guess = clf.label(p)
            if guess and guess != current and guess != c["intro_label"]:
                label = guess
        if label is not None and (label != current or heading):
            start = i
            # a bare heading line (or higher heading) right above belongs to this section
            while start > 0 and (is_bare_heading(pars[start - 1]) and levels[start - 1] is None) \
                    and not any(st == start - 1 for st, *_ in starts):
                start -= 1
            starts.append((start, label, heading, level))
            current = label
            if label == "存在问题":
                seen_problems = True
    for k, (i, label, heading, level) in enumerate(starts):
        end_par = starts[k + 1][0] - 1 if k + 1 < len(starts) else len(pars) - 1
        doc.add("sections", Span(spans[i][0], spans[end_par][1], label,
                                 {"heading": heading, "level": level}))
    return doc
