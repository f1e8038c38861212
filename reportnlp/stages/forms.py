"""Stage: self-evaluation forms read as tables (the reading itself is ``reportnlp/forms.py``,
shared with the stages that must leave table rows alone)."""
from __future__ import annotations

from ..document import Document, Span
from ..forms import find_forms, table_regions, tables_of
from ..payloads import FormData, ScoreData


def extract_forms(doc: Document) -> Document:
    """Stage: ``forms`` (one span per form, rows and cells in its FormData), ``form_scores`` (one score
    per row, subtotal and total); metrics in a target column become targets."""
    text = doc.text
    tables = tables_of(doc).found  # read once for the forms and their regions (none when the page held none)
    forms = find_forms(text, tables)
    doc.spans["forms"] = []
    doc.spans["form_scores"] = []
    # a blank form (a header with max and self columns, no score row): its points are weights and
    # the points its rules give or take ("(30分)", "加2分"), not quantities of work
    blank = [(h["start"], e) for h, e in tables if not any(f["start"] == h["start"] for f in forms)]
    if blank:
        doc.spans["metrics"] = [m for m in doc.get("metrics")
                                if m.data.unit != "分" or not any(s <= m.start < e for s, e in blank)]
    if not forms:
        return doc
    scores: list[Span] = []
    for f in forms:
        doc.add("forms", Span(f["start"], f["end"], "form", FormData(f["columns"], f["rows"], f["subtotals"], f["totals"])))
        for r in f["rows"]:
            scores.append(Span(r["start"], r["score_end"], "score", ScoreData(
                item=r["item"], max_score=r["max_score"], self_score=r["self_score"],
                assessed_score=r.get("assessed_score"),
                sentence=text[r["start"]:r["end"]],
                form_row=True, target=r["target"], actual=r["actual"], met=r["met"])))
        for t in f["totals"]:
            if t["self_score"] is None:
                continue
            scores.append(Span(t["start"], t["end"], "score", ScoreData(
                item=t["label"], max_score=t["max_score"], self_score=t["self_score"],
                sentence=text[t["start"]:t["end"]], form_total=t["label_kind"])))
    # a sentence score the form states again (its total, also in the header block) is the form's
    taken = [(s.start, s.end) for s in scores]
    totals = {s.data.self_score for s in scores if s.data.form_total}
    doc.spans["scores"] = [s for s in doc.get("scores")
                           if not any(s.start < e and b < s.end for b, e in taken)
                           and not (s.data.max_score is None and s.data.self_score in totals)]
    doc.spans["form_scores"] = sorted(scores, key=lambda s: s.start)
    # quantities in a target column are targets: never a self-reported rate
    targets = [(x["start"], x["end"]) for f in forms for r in f["rows"] for x in r["cells"] if x["kind"] == "target"]
    # a section's weight ("产出(50分)") and score cells are the form's scores, not quantities of work
    weights = [(x["start"], x["end"]) for f in forms for x in f["subtotals"]]
    weights += [(x["start"], x["end"]) for f in forms for r in f["rows"] for x in r["cells"]
                if x["kind"] in ("max", "self")]
    kept = []
    for m in doc.get("metrics"):
        if any(m.start < e and s < m.end for s, e in weights):
            continue
        if any(m.start < e and s < m.end for s, e in targets):
            m.data.target = True
        kept.append(m)
    doc.spans["metrics"] = kept
    # a "heading" inside a table is a cell (上年结余, 满意度指标), not where the report's topic
    # changes; in a document that is mostly a form, neither are its title and header block lines
    # (项目名称, 单位名称): only notes after the form (说明, 存在问题, 下一步) keep their labels
    regions = table_regions(text, tables)
    covered = sum(e - s for s, e in regions)
    last = max(e for _, e in regions) if regions else 0
    mostly_form = covered >= 0.4 * len(text)
    for sec in doc.get("sections"):
        if any(s <= sec.start < e for s, e in regions) or (mostly_form and sec.start < last):
            sec.label = "其他"
    return doc
