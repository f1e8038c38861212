"""Self-assessment and assessment scores: 考核分值/自评分 pairs, totals, deductions."""
from __future__ import annotations

import functools
import re

from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import GatedPattern, compile_pattern
from ..payloads import ScoreData
from ..structure import sentence_at


@functools.cache
def _cfg():
    c = dict(load_yaml("scores.yml"))
    num = c["number"]
    for k in ("pair", "pair_after", "self_only", "assessed", "deducted", "weighted", "item_scored"):
        # most reports hold no score: a text without the strings a match needs is not scanned
        c[k] = GatedPattern(c[k].replace("NUM", num))
    c["item_weight"] = c["item_weight"].replace("NUM", num)  # compiled per item name (ITEM)
    c["heading_weight"] = compile_pattern(c["heading_weight"].replace("NUM", num))
    for k in ("item_before", "total_label", "total_scale"):
        c[k] = compile_pattern(c[k])
    return c


_HEADING_LOOKBACK = 400  # how far above a self score the heading that weighs its part may stand


def _item_weight(text: str, item: str, before: int) -> float | None:
    """The weight a report gives an item before scoring it ("产出指标50分、效益指标30分…" above
    "产出指标得分47分")."""
    m = compile_pattern(_cfg()["item_weight"].replace("ITEM", re.escape(item))).search(text, 0, before)
    return float(m.group("max")) if m else None


def _heading_weight(text: str, start: int, scores_before: int) -> tuple[float, str] | None:
    """The weight and the words of the part a self score closes ("（一）项目决策（20分）。…,自评得分19分"):
    the heading that opens its line or a line just above, with no other score between."""
    lo = max(scores_before, start - _HEADING_LOOKBACK)
    line_start = text.rfind("\n", 0, start) + 1
    while line_start >= lo:
        m = _cfg()["heading_weight"].match(text, line_start, start)
        if m:
            return float(m.group("max")), m.group("item").strip()
        if line_start == 0:
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return None


# an item heading is no heading when it is itself a score word
_SCORE_WORD = re.compile(r"分值|满分|总分|得分")
# unit prefixes and score words around a label ("县自评分" -> its item words)
_LABEL_NOISE = re.compile(r"^(?:县|市|区|乡|镇|街道|我)+|自评(?:得)?分?$|分值$|得分$")


def _item(text: str, start: int, label: str) -> str:
    """The scored item: heading text just before the score, else its label words."""
    window = text[max(0, start - 40) : start]
    m = _cfg()["item_before"].search(window)
    if m and not _SCORE_WORD.search(m.group("item")):
        return m.group("item").strip()
    label = _LABEL_NOISE.sub("", label)
    return label or "总分"


def extract_scores(doc: Document) -> Document:
    """Stage: ``scores`` spans with item, max_score, self_score, assessed_score, deducted."""
    c = _cfg()
    text = doc.text
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, **fields) -> None:
        taken.append((s, e))
        sent = sentence_at(text, s, e)
        doc.add("scores", Span(s, e, "score", ScoreData(**fields, sentence=text[sent[0]:sent[1]])))

    for m in c["pair"].finditer(text):
        item_label = m.group("maxlabel")
        add(m.start(), m.end(), item=_item(text, m.start(), item_label), max_score=float(m.group("max")),
            self_score=float(m.group("self")), assessed_score=None, deducted=None)
    free = lambda s, e: not any(s < te and ts < e for ts, te in taken)  # noqa: E731
    for m in c["pair_after"].finditer(text):
        if free(*m.span()):
            add(m.start(), m.end(), item=_item(text, m.start(), m.group("selflabel")), max_score=float(m.group("max")),
                self_score=float(m.group("self")), assessed_score=None, deducted=None)
    for m in c["weighted"].finditer(text):
        if free(*m.span()):
            add(m.start(), m.end(), item=_LABEL_NOISE.sub("", m.group("item")) or m.group("item"),
                max_score=float(m.group("max")), self_score=float(m.group("self")), assessed_score=None, deducted=None)
    for m in c["item_scored"].finditer(text):
        item = m.group("item")
        weight = _item_weight(text, item, m.start()) if free(*m.span()) else None
        if weight is not None:  # a bare 得分 is a self score only where the report weighed the item
            add(m.start(), m.end(), item=item, max_score=weight, self_score=float(m.group("self")),
                assessed_score=None, deducted=None)
    is_scheme = bool(c["total_scale"].search(text))
    for m in c["self_only"].finditer(text):
        if free(*m.span()):
            own = float(m.group("self"))
            label = text[max(0, m.start() - 6):m.start()] + m.group("selflabel")
            above = max((e for _, e in taken if e <= m.start()), default=0)
            heading = _heading_weight(text, m.start(), above)
            weight, item = heading if heading else (None, _item(text, m.start(), m.group("selflabel")))
            if weight is None and is_scheme and own <= c["total_max"] and c["total_label"].search(label):
                weight = c["total_max"]  # a 绩效 scheme's total, out of 100
            add(m.start(), m.end(), item=item, max_score=weight, self_score=own, assessed_score=None, deducted=None)
    for m in c["assessed"].finditer(text):
        if free(*m.span()):
            add(m.start(), m.end(), item=_item(text, m.start(), m.group("label")), max_score=None,
                self_score=None, assessed_score=float(m.group("score")), deducted=None)
    scores = sorted(doc.spans.get("scores", []), key=lambda s: s.start)
    # a deduction belongs to the scored item above it ("…自评分:14分)。…因档案更新不及时扣1分")
    for m in c["deducted"].finditer(text):
        if not free(*m.span()):
            continue
        owner = next((s for s in reversed(scores) if s.end <= m.start()), None)
        if owner is not None and owner.data.max_score is not None:
            owner.data.deducted = (owner.data.deducted or 0.0) + float(m.group("score"))
    doc.spans["scores"] = scores
    return doc
