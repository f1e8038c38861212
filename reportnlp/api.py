"""Library entry points: bytes, text or a path in, an ExtractResult out."""
from __future__ import annotations

import functools
from pathlib import Path

from .document import Document
from .schema import ExtractResult
from .stages.decode import decode


@functools.lru_cache(maxsize=8)
def _pipeline(templates=None):
    from .pipeline import default_pipeline

    return default_pipeline(templates=templates)


def process(data: bytes | str, source: str = "<text>", templates=None) -> Document:
    """Run every stage; the page Document holds one part per report.

    ``templates``: a TemplateSet a batch learned, or the path of its JSON file
    (``reportnlp batch --templates-out``); its lines are stripped as site chrome."""
    if templates is not None:
        from .templates import as_template_set

        templates = as_template_set(templates) or None
    return _pipeline(templates)(decode(data, source))


def _located(doc: Document, span) -> dict:
    return {**span.attrs, **doc.span_json(span)}


def _form(doc: Document, span) -> dict:
    """A form as a table: columns, rows with their cells, subtotals and totals, all located."""
    f = span.attrs

    def at(x: dict) -> dict:
        ss, se = doc.to_source(x["start"], x["end"])
        return {"start": x["start"], "end": x["end"], "source_start": ss, "source_end": se}

    rows = [{"item": r["item"], "max_score": r["max_score"], "self_score": r["self_score"],
             "target": r["target"], "actual": r["actual"], "reason": r["reason"], "target_value": r["target_value"],
             "actual_value": r["actual_value"], "met": r["met"], **at(r),
             "cells": [{"kind": c["kind"], "text": c["text"], **at(c)} for c in r["cells"]]} for r in f["rows"]]
    return {**doc.span_json(span), "columns": f["columns"], "rows": rows,
            "subtotals": [{"max_score": x["max_score"], **at(x)} for x in f["subtotals"]],
            "totals": [{"label": t["label"], "kind": t["label_kind"], "max_score": t["max_score"],
                        "self_score": t["self_score"], **at(t)} for t in f["totals"]]}


def to_result(page: Document, id: str | None = None) -> ExtractResult:
    """Turn the processed page into the output contract.

    Plain dicts throughout, validated once at the top: pydantic checks a nested tree in one
    call, several times faster than constructing each span's model in Python."""
    docs = []
    for i, part in enumerate(page.parts):
        ss, se = part.to_source(0, len(part.text))
        docs.append(dict(
            index=i,
            text=part.text,
            title=part.meta.get("title"),
            doc_type=part.meta.get("doc_type", "其他"),
            duplicate_of=part.meta.get("duplicate_of"),
            duplicate_similarity=part.meta.get("duplicate_similarity"),
            source_start=ss,
            source_end=se,
            sections=[{"label": s.label, **_located(part, s)} for s in part.get("sections")],
            metrics=[_located(part, s) for s in part.get("metrics")],
            scores=[_located(part, s) for s in sorted(part.get("scores") + part.get("form_scores"),
                                                      key=lambda s: s.start)],
            forms=[_form(part, f) for f in part.get("forms")],
            commitments=[_located(part, s) for s in part.get("commitments")],
            flags=[_located(part, s) for s in part.get("flags")],
            metadata=part.meta.get("metadata", {}),
            risk=part.meta.get("risk", {"score": 0.0}),
        ))
    lost = []
    for item in page.meta.get("lost_characters", []):
        s, e = item["source"]
        lost.append({"text": item["text"], "source_start": s, "source_end": e})
    return ExtractResult(
        id=id,
        source=page.source,
        encoding=page.meta.get("encoding", "unicode"),
        script=page.meta.get("script", "simplified"),
        replaced_bytes=page.meta.get("replaced_bytes", 0),
        lost_characters=lost,
        removed=[{"kind": r.kind, "text": r.text, "source_start": r.source_start, "source_end": r.source_end}
                 for r in page.removed],
        documents=docs,
    )


def extract_bytes(data: bytes, source: str = "<bytes>", id: str | None = None, templates=None) -> ExtractResult:
    """Decode and analyse raw file bytes of any common encoding."""
    return to_result(process(data, source, templates), id=id)


def extract_text(text: str, source: str = "<text>", id: str | None = None, templates=None) -> ExtractResult:
    """Analyse an already-decoded report text."""
    return to_result(process(text, source, templates), id=id)


def extract_file(path: str | Path, id: str | None = None, templates=None) -> ExtractResult:
    """Read a file and analyse it."""
    p = Path(path)
    return extract_bytes(p.read_bytes(), source=str(p), id=id, templates=templates)


def clean_text(data: bytes | str, source: str = "<text>", templates=None) -> str:
    """The cleaned text of every non-repeated report, separated by blank lines."""
    page = process(data, source, templates)
    return "\n\n".join(p.text for p in page.parts if p.meta.get("duplicate_of") is None)
