"""The plain ways the fast-path tests compare shortcuts with, and the inputs they feed them, where
several test files need one."""
from __future__ import annotations

from pathlib import Path


def page_before(stage: str, page: Path | bytes):
    """A page (a file, or its bytes) as the pipeline hands it to ``stage``: decoded and run through
    the stages before that one."""
    from reportnlp import api
    from reportnlp.stages.decode import decode

    stages = api._pipeline(None).stages
    upto = [s.name for s in stages].index(stage)
    doc = decode(page, "x.txt") if isinstance(page, bytes) else decode(page.read_bytes(), page.name)
    for earlier in stages[:upto]:
        doc = earlier.func(doc)
    return doc


def plain_rule_spans(rules, line: str, min_max_len: int) -> list:
    """``LineRules.spans`` the plain way: (rule order, span) of every non-empty match of each rule
    whose max_len is at least ``min_max_len``, rule by rule."""
    out = []
    for order, rule in enumerate(rules):
        if rule.max_len < min_max_len:
            continue
        if rule.at_start is not None and (m := rule.at_start.match(line)) and m.end() > 0:
            out.append((order, m.span()))
        if rule.anywhere is not None:
            out += [(order, m.span()) for m in rule.anywhere.finditer(line) if m.end() > m.start()]
    return out


def assert_same_matches(fast, plain, text: str, anchored: bool = False) -> None:
    """Two spellings of one pattern find the same matches in ``text``: over the whole of it, and from
    every third position to one before its end; with ``anchored``, match() as well, else search()."""
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    one = plain.match if anchored else plain.search
    for pos in range(0, len(text), 3):
        assert [m.span() for m in fast.finditer(text, pos, len(text) - 1)] == \
               [m.span() for m in plain.finditer(text, pos, len(text) - 1)]
        m, w = (fast.match if anchored else fast.search)(text, pos), one(text, pos)
        assert (m and m.span()) == (w and w.span())
