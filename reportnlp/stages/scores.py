"""Self-assessment and assessment scores: 考核分值/自评分 pairs, totals, deductions."""
from __future__ import annotations

import functools
from collections.abc import Iterator
from re import _parser as _sre

import regex

from .. import re_cache
from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import (
    GatedPattern,
    _for_re,
    _syntax,
    compile_pattern,
    may_match,
    resolved,
)
from ..payloads import ScoreData
from ..structure import sentence_at

# every score pattern holds a number right before 分 ("NUM)分" in scores.yml): the 分 of these is
# where a match can be (regex's \d, a superset of re's for the patterns that run on re)
_NUM_FEN = regex.compile(r"\d分")
_ENDS_SEEN = re_cache.compile(r"\(\?[=!]|\$|\\[bBZ]")  # lookaheads and end anchors (they see past a match)
_NUM_FEN_RULES = ("pair", "pair_after", "self_only", "assessed", "deducted", "weighted", "item_scored")


@functools.cache
def _cfg():
    c = dict(load_yaml("scores.yml"))
    num = c["number"]
    for k in _NUM_FEN_RULES:
        # most reports hold no score: a text without the strings a match needs is not scanned
        c[k] = (GatedPattern(c[k].replace("NUM", num)), *_reach(c[k], num))
    # every rule is tried only around the hits of _NUM_FEN (_matches): a text with none holds no score
    c["scores_need_hits"] = all(c[k][1] is not None for k in _NUM_FEN_RULES)
    # ITEM, then the weight: the item's name is found by str.find and the rest matched after it, so
    # no pattern is compiled per item name (~0.6 ms each, and the names vary from page to page)
    weight = c["item_weight"].replace("NUM", num)
    if not weight.startswith("ITEM") or "ITEM" in weight[4:]:
        raise ValueError("scores.yml item_weight must start with ITEM and hold it once")
    c["item_weight"] = compile_pattern(weight[4:])
    c["heading_weight"] = compile_pattern(c["heading_weight"].replace("NUM", num))
    for k in ("item_before", "heading_before", "total_label", "total_scale", "score_word", "label_noise"):
        c[k] = compile_pattern(c[k])
    return c


def _reach(pattern: str, num: str) -> tuple[int | None, int]:
    """The most characters a match of a scores.yml pattern spans, when it is tried only around the
    hits of _NUM_FEN (:func:`_matches`), and the most its lookbehinds see before a match; None
    when that could miss a match: the pattern is not one branch holding a top-level, non-optional
    ``NUM)分``, or sees past its match's end, or is unbounded."""
    syntax = list(_syntax(pattern))
    closed = {k for k, ch, depth in syntax if ch == ")" and depth == 0}
    k = pattern.find("NUM)分")
    while k >= 0 and not (k + 3 in closed and pattern[k + 5:k + 6] not in ("?", "*", "{")):
        k = pattern.find("NUM)分", k + 1)
    spelt = _for_re(pattern.replace("NUM", num))
    if k < 0 or any(ch == "|" and depth == 0 for _, ch, depth in syntax) or _ENDS_SEEN.search(pattern) or spelt is None:
        return None, 0
    parsed = _sre.parse(spelt)
    low, high = parsed.getwidth()
    back = _lookbehind(parsed.data)
    return (high, back) if 0 < low and high < _sre.MAXREPEAT and back < _sre.MAXREPEAT else (None, 0)


def _lookbehind(items) -> int:
    """The widest lookbehind of a parsed pattern (0 for none)."""
    reach = 0
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if av[0] < 0:
                reach = max(reach, av[1].getwidth()[1])
            subs = [av[1]]
        elif op is _sre.SUBPATTERN:
            subs = [av[3]]
        elif op is _sre.BRANCH:
            subs = av[1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op is _sre.ATOMIC_GROUP:
            subs = [av]
        elif op is _sre.GROUPREF_EXISTS:
            subs = [p for p in av[1:] if p is not None]
        else:
            continue
        for sub in subs:
            reach = max(reach, _lookbehind(sub.data))
    return reach


def _matches(rule: tuple[GatedPattern, int | None, int], text: str, hits: list[int]) -> Iterator:
    """``rule``'s matches in text, as its finditer gives them, tried only near the 分 of each NUM分
    (``hits``): a match of at most ``width`` characters holding that 分 at ``a`` starts after
    a - width and ends by a + width, so each search runs over that window alone (a scan of the
    whole text tries a pattern that starts with a Han class at every Han character). No match
    starts before the window of the first hit at or after the last match's end. The pattern's
    strings are looked for in the window with what its lookbehinds see (``back`` more characters),
    not in the whole text (that cost more than the searches), and most windows lack them."""
    gated, width, back = rule
    if width is None:
        yield from gated.finditer(text)
        return
    pattern, gate = resolved(gated.pattern), gated.gate
    pos, n = 0, len(text)
    for a in hits:
        if a < pos:
            continue
        lo, hi = max(pos, a - width + 1), min(n, a + width)
        if not may_match(gate, text[max(0, lo - back):hi]):
            continue
        # (a match within the window's end is found as the whole text finds it: these
        # patterns see nothing past their match; one starting after a is left to later hits)
        m = pattern.search(text, lo, hi)
        if m is not None and m.start() <= a:
            yield m
            pos = m.end()




def _item_weight(text: str, item: str, before: int) -> float | None:
    """The weight a report gives an item before scoring it ("产出指标50分、效益指标30分…" above
    "产出指标得分47分")."""
    weight = _cfg()["item_weight"]
    # the leftmost place before ``before`` where the name is followed by its weight
    k = text.find(item, 0, before)
    while k >= 0:
        m = weight.match(text, k + len(item), before)
        if m:
            return float(m.group("max"))
        k = text.find(item, k + 1, before)
    return None


def _heading_weight(text: str, start: int, scores_before: int) -> tuple[float, str] | None:
    """The weight and the words of the part a self score closes ("（一）项目决策（20分）。…,自评得分19分"):
    the heading that opens its line or a line just above, with no other score between."""
    lo = max(scores_before, start - _cfg()["heading_lookback"])
    line_start = text.rfind("\n", 0, start) + 1
    while line_start >= lo:
        m = _cfg()["heading_weight"].match(text, line_start, start)
        if m:
            return float(m.group("max")), m.group("item").strip()
        if line_start == 0:
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return None




def _item(text: str, start: int, label: str) -> str:
    """The scored item: heading text just before the score, else its label words."""
    window = text[max(0, start - 40) : start]
    m = _cfg()["item_before"].search(window)
    if m and not _cfg()["score_word"].search(m.group("item")):
        return m.group("item").strip().rstrip(":：") or m.group("item").strip()
    m = _cfg()["heading_before"].search(window)
    if m and not _cfg()["score_word"].search(m.group("item")):
        return m.group("item").strip()
    label = _cfg()["label_noise"].sub("", label)
    return label or "总分"


def extract_scores(doc: Document) -> Document:
    """Stage: ``scores`` spans with item, max_score, self_score, assessed_score, deducted."""
    c = _cfg()
    text = doc.text
    taken: list[tuple[int, int]] = []
    # where each NUM分 has its 分: one scan for all the patterns (most reports hold none)
    hits = [m.end() - 1 for m in _NUM_FEN.finditer(text)] if "分" in text else []
    if not hits and c["scores_need_hits"]:
        # (most reports: no rule can match, no pass over the rules)
        doc.spans["scores"] = sorted(doc.spans.get("scores", []), key=lambda s: s.start)
        return doc

    def add(s: int, e: int, **fields) -> None:
        taken.append((s, e))
        sent = sentence_at(text, s, e)
        doc.add("scores", Span(s, e, "score", ScoreData(**fields, sentence=text[sent[0]:sent[1]])))

    for m in _matches(c["pair"], text, hits):
        item_label = m.group("maxlabel")
        add(m.start(), m.end(), item=_item(text, m.start(), item_label), max_score=float(m.group("max")),
            self_score=float(m.group("self")), assessed_score=None, deducted=None)
    free = lambda s, e: not any(s < te and ts < e for ts, te in taken)  # noqa: E731
    for m in _matches(c["pair_after"], text, hits):
        if free(*m.span()):
            add(m.start(), m.end(), item=_item(text, m.start(), m.group("selflabel")), max_score=float(m.group("max")),
                self_score=float(m.group("self")), assessed_score=None, deducted=None)
    for m in _matches(c["weighted"], text, hits):
        if free(*m.span()):
            add(m.start(), m.end(), item=_cfg()["label_noise"].sub("", m.group("item")) or m.group("item"),
                max_score=float(m.group("max")), self_score=float(m.group("self")), assessed_score=None, deducted=None)
    for m in _matches(c["item_scored"], text, hits):
        item = m.group("item")
        weight = _item_weight(text, item, m.start()) if free(*m.span()) else None
        if weight is not None:  # a bare 得分 is a self score only where the report weighed the item
            add(m.start(), m.end(), item=item, max_score=weight, self_score=float(m.group("self")),
                assessed_score=None, deducted=None)
    is_scheme = bool(c["total_scale"].search(text))
    for m in _matches(c["self_only"], text, hits):
        if free(*m.span()):
            own = float(m.group("self"))
            label = text[max(0, m.start() - 6):m.start()] + m.group("selflabel")
            above = max((e for _, e in taken if e <= m.start()), default=0)
            heading = _heading_weight(text, m.start(), above)
            weight, item = heading if heading else (None, _item(text, m.start(), m.group("selflabel")))
            if weight is None and is_scheme and own <= c["total_max"] and c["total_label"].search(label):
                weight = c["total_max"]  # a 绩效 scheme's total, out of 100
            add(m.start(), m.end(), item=item, max_score=weight, self_score=own, assessed_score=None, deducted=None)
    for m in _matches(c["assessed"], text, hits):
        if free(*m.span()):
            add(m.start(), m.end(), item=_item(text, m.start(), m.group("label")), max_score=None,
                self_score=None, assessed_score=float(m.group("score")), deducted=None)
    scores = sorted(doc.spans.get("scores", []), key=lambda s: s.start)
    # a deduction belongs to the scored item above it ("…自评分:14分)。…因档案更新不及时扣1分")
    for m in _matches(c["deducted"], text, hits):
        if not free(*m.span()):
            continue
        owner = next((s for s in reversed(scores) if s.end <= m.start()), None)
        if owner is not None and owner.data.max_score is not None:
            owner.data.deducted = (owner.data.deducted or 0.0) + float(m.group("score"))
    doc.spans["scores"] = scores
    return doc
