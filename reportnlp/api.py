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


# Output stays proportional to the input: a metric shows at most this many characters of its
# sentence on each side (sentence_start/sentence_end locate the whole sentence), and a report
# lists at most MAX_ITEMS items of each kind (a page of 100,000 bare numbers is a data dump;
# what is left out is counted in ``omitted``).
SENTENCE_WINDOW = 60
MAX_ITEMS = 20_000


def _located(doc: Document, span) -> dict:
    return {**span.attrs, **doc.span_json(span)}


def _metric(doc: Document, span) -> dict:
    d = _located(doc, span)
    s, e = span.attrs.get("_sent") or (span.start, span.end)
    d["sentence_start"], d["sentence_end"] = s, e
    d["sentence"] = doc.text[max(s, span.start - SENTENCE_WINDOW):min(e, span.end + SENTENCE_WINDOW)]
    return d


def _bounded(part: Document, name: str, omitted: dict, fn=_located) -> list[dict]:
    spans = part.get(name)
    if len(spans) > MAX_ITEMS:
        omitted[name] = len(spans) - MAX_ITEMS
        spans = spans[:MAX_ITEMS]
    return [fn(part, s) for s in spans]


def to_result(page: Document, id: str | None = None) -> ExtractResult:
    """Turn the processed page into the output contract.

    Plain dicts throughout, validated once at the top: pydantic checks a nested tree in one
    call, several times faster than constructing each span's model in Python."""
    docs = []
    for i, part in enumerate(page.parts):
        ss, se = part.to_source(0, len(part.text))
        omitted: dict[str, int] = {}
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
            metrics=_bounded(part, "metrics", omitted, _metric),
            scores=_bounded(part, "scores", omitted),
            commitments=_bounded(part, "commitments", omitted),
            flags=_bounded(part, "flags", omitted),
            omitted=omitted,
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
