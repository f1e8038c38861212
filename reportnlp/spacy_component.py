"""spaCy integration: ``nlp.add_pipe("reportnlp")`` runs reportnlp on ``doc.text``.

Fills ``doc.spans`` groups "sections", "metrics", "scores", "commitments" and
"flags"; every span carries its JSON item in ``span._.rn`` and the doc carries
the whole ExtractResult dict in ``doc._.reportnlp``.

Spans are placed by ``source_start``/``source_end``: reportnlp documents are
windows on the *cleaned* text, but source offsets point into the string we
passed, which is exactly ``doc.text``. That keeps spaCy offsets identical to
the JSON output whatever cleaning removed. Repeated documents (``duplicate_of``)
are skipped so a span group never holds the same claim twice.

This is the only module that imports spaCy; the CLI never imports it.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

# (span group, JSON list, label for the span): labels come from the item when it has a natural one
_GROUPS: tuple[tuple[str, str, str | None], ...] = (
    ("sections", "sections", "label"),
    ("metrics", "metrics", None),
    ("scores", "scores", None),
    ("commitments", "commitments", None),
    ("flags", "flags", "code"),
)
_DEFAULT_LABEL = {"metrics": "METRIC", "scores": "SCORE", "commitments": "COMMITMENT"}

# force=False guards: the module can be imported twice (entry point + direct import) without a ValueError
if not Span.has_extension("rn"):
    Span.set_extension("rn", default=None)
if not Doc.has_extension("reportnlp"):
    Doc.set_extension("reportnlp", default=None)


class ReportNLPComponent:
    """Stateless pipe: one reportnlp run per Doc."""

    def __init__(self, nlp: Language, name: str = "reportnlp"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # imported here so that loading spaCy (which imports this module via its
        # entry point for every Language) does not build the reportnlp pipeline
        from .api import extract_text
        from .errors import ReportNLPError

        for group, _, _ in _GROUPS:
            doc.spans[group] = []
        try:
            result = extract_text(doc.text)
        except ReportNLPError:
            # empty or punctuation-only docs are normal in a spaCy stream; leave the groups empty
            doc._.reportnlp = None
            return doc
        data = result.model_dump()
        doc._.reportnlp = data
        for d in data["documents"]:
            if d.get("duplicate_of") is not None:
                continue
            for group, key, label_key in _GROUPS:
                spans = doc.spans[group]
                for item in d[key]:
                    span = _make_span(doc, item, label_key, _DEFAULT_LABEL.get(group, group.upper()))
                    if span is not None:
                        span._.rn = {**item, "document": d["index"]}
                        spans.append(span)
        return doc


def _make_span(doc: Doc, item: dict[str, Any], label_key: str | None, default: str) -> Span | None:
    s, e = item["source_start"], item["source_end"]
    if not 0 <= s < e <= len(doc.text):
        return None  # zero-width (e.g. CHECK_ERROR at 0,0) or out of range: no token to hold it
    label = str(item.get(label_key) or default) if label_key else default
    # "expand": with a word segmenter (jieba/pkuseg) a claim may end inside a token;
    # widen to whole tokens rather than drop it. span._.rn keeps the exact offsets.
    return doc.char_span(s, e, label=label, alignment_mode="expand")


@Language.factory("reportnlp")
def make_reportnlp(nlp: Language, name: str) -> ReportNLPComponent:
    """Factory for ``nlp.add_pipe("reportnlp")`` (also exposed as a spacy_factories entry point)."""
    return ReportNLPComponent(nlp, name)
