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
    for k in ("pair", "pair_after", "self_only", "assessed", "deducted"):
        # most reports hold no score: a text without the strings a match needs is not scanned
        c[k] = GatedPattern(c[k].replace("NUM", num))
    c["item_before"] = compile_pattern(c["item_before"])
    return c


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
    for m in c["self_only"].finditer(text):
        if free(*m.span()):
            add(m.start(), m.end(), item=_item(text, m.start(), m.group("selflabel")), max_score=None,
                self_score=float(m.group("self")), assessed_score=None, deducted=None)
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
