"""Checks on self-evaluation forms (rows read by stages/forms.py). Each docstring documents its code.

Form rows and totals live in ``form_scores``, apart from the scores of running text, so these
checks and the sentence checks in rules.py never report the same score twice."""
from __future__ import annotations

from ..document import Document
from . import check, flag, settings


@check("FULL_SELF_SCORE", name="form_full_self_score")
def form_full_self_score(doc: Document):
    """A form row (or total) whose self score equals its maximum: reported as FULL_SELF_SCORE."""
    for sc in doc.get("form_scores"):
        a = sc.data
        if a.max_score is not None and a.self_score == a.max_score:
            # evidence: the whole row, label cells through the self score (it may span lines)
            msg = f"{a.item}: self score {a.self_score:g} = maximum"
            if a.met is False:  # full marks for a target the row itself says was missed
                msg += f", although the actual {a.actual} misses the target {a.target}"
            yield flag(doc, "FULL_SELF_SCORE", sc.start, sc.end, msg,
                       stated=a.self_score, computed=a.max_score)


@check("SCORE_OVER_MAX", name="form_score_over_max")
def form_score_over_max(doc: Document):
    """A form row scored above its weight, or a form total above its maximum or above 100:
    reported as SCORE_OVER_MAX."""
    usual = settings()["usual_max_score"]
    for sc in doc.get("form_scores"):
        a = sc.data
        got, top = a.self_score, a.max_score
        if top is not None and got > top:
            yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                       f"{a.item}: score {got:g} exceeds its maximum {top:g}", stated=got, computed=top)
        elif top is None and a.form_total == "total" and got > usual:
            yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                       f"total score {got:g} exceeds the usual {usual}-point scale", stated=got, computed=usual)


def _fmt(xs: list[float]) -> str:
    return " + ".join(f"{x:g}" for x in xs)


@check("SUM_MISMATCH", name="form_sum_mismatch")
def form_sum_mismatch(doc: Document):
    """Row self scores that do not add up to the form's stated self total: reported as SUM_MISMATCH,
    with the arithmetic. Only when the rows read are the whole form: their maxima add up to the
    stated maximum (100 when none is stated), so a row we failed to read is never an alarm."""
    rows = [s for s in doc.get("form_scores") if s.data.form_row]
    totals = [s for s in doc.get("form_scores") if s.data.form_total == "total"]
    if not rows or not totals:
        return
    total = totals[-1]
    t = total.data
    top = t.max_score if t.max_score is not None else float(settings()["usual_max_score"])
    maxima = [r.data.max_score for r in rows]
    if abs(sum(maxima) - top) > 1e-6:
        return
    selfs = [r.data.self_score for r in rows]
    got = sum(selfs)
    if abs(got - t.self_score) > 0.01:
        shown = _fmt(selfs) if len(selfs) <= 12 else f"{len(selfs)} row scores"
        yield flag(doc, "SUM_MISMATCH", total.start, total.end,
                   f"row scores {shown} = {got:g}, stated total {t.self_score:g}",
                   stated=t.self_score, computed=round(got, 4))


def form_notes(doc: Document) -> list[str]:
    """Risk-summary notes on the report's forms: every row (budget block and indicator tables
    together) self-scored at full marks."""
    rows = [r for f in doc.get("forms") for r in f.data.rows]
    if len(rows) >= 3 and all(r["self_score"] == r["max_score"] for r in rows):
        return [f"form: all {len(rows)} rows self-scored at full marks"]
    return []
