"""The one data model every stage shares: a Document with text, offsets and spans."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, TypedDict, TypeVar

from .offsets import Edit, OffsetChain, OffsetMap, apply_resolved, resolve_edits, shift_positions
from .payloads import Payload

T = TypeVar("T")


@dataclass(slots=True)
class Span:
    """A typed region of ``Document.text``; ``data`` is its kind's payload (reportnlp/payloads.py)."""

    start: int
    end: int
    label: str
    data: Payload | None = None


@dataclass(slots=True)
class Removal:
    """Material a cleaning stage took out, kept so nothing disappears silently."""

    kind: str
    text: str
    source_start: int
    source_end: int


class DocMeta(TypedDict, total=False):
    """The keys stages write to ``Document.meta`` (a plain dict, so a type checker catches a
    misspelled key); what api writes out reads them. No cache belongs here."""

    # the page (file-level document)
    encoding: str  # decode
    replaced_bytes: int
    source_length: int
    script: str  # normalize: simplified | traditional | mixed
    lost_characters: list[dict[str, Any]]  # normalize: {"text", "source": (start, end)}
    mojibake: list[dict[str, Any]]  # mojibake: {"read_as", "written_in", "source": (start, end)}
    markup: str  # markup: the kind of markup unwrapped
    page_title: str | None  # documents
    # one report (a part)
    title: str | None  # documents
    doc_type: str
    directive: bool  # documents: a notice, plan or work outline (its parts direct work to come)
    boundary_evidence: dict[str, Any]
    duplicate_of: int | None
    duplicate_similarity: float
    metadata: dict[str, Any]  # metadata: schema.Metadata's fields
    year: int | None
    risk: dict[str, Any]  # checks: schema.Risk's fields


@dataclass
class Document:
    """Text plus the chain of edits back to the decoded source, and typed spans.

    The file-level document holds the whole page; after splitting, ``parts``
    holds one Document per report, each a window on the page's text.
    """

    text: str
    source: str = "<text>"
    chain: OffsetChain = field(default_factory=OffsetChain)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    meta: DocMeta = field(default_factory=DocMeta)
    removed: list[Removal] = field(default_factory=list)
    parts: list["Document"] = field(default_factory=list)
    source_text: str | None = None
    # named positions in ``text`` that later edits keep up to date (e.g. article breaks)
    anchors: dict[str, list[int]] = field(default_factory=dict)
    # facts worked out from ``text`` (its form tables, a report's paragraphs), each kept with the
    # text object it was worked out from: read back only while ``text`` is that very object (an
    # edit drops them), so a stage after another needs no second pass over the same text
    _derived: dict[str, tuple[str, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)

    # -- offsets -------------------------------------------------------
    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the decoded input file for ``text[start:end]``."""
        return self.chain.to_source(start, end)

    def spans_to_source(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`to_source` of many (start, end) pairs at once."""
        return self.chain.spans_to_source(spans)

    def edit(self, edits: Iterable[Edit], removal_kind: str | None = None) -> "Document":
        """Apply edits to ``text``; record deletions as removals when asked.

        ``removal_kind`` may be a string or a callable giving the kind per edit.
        Removals and anchors follow the edits actually applied (overlaps dropped).
        """
        if isinstance(edits, list) and not edits:
            return self  # (a stage's step that found nothing: most calls)
        edits = resolve_edits(edits)
        if not edits:
            return self
        if removal_kind is not None:
            deleted = [(s, e) for s, e, rep in edits if e > s and not rep]
            for (s, e), (ss, se) in zip(deleted, self.spans_to_source(deleted)):
                kind = removal_kind(s, e) if callable(removal_kind) else removal_kind
                self.removed.append(Removal(kind, self.text[s:e], ss, se))
        for name, positions in self.anchors.items():
            self.anchors[name] = shift_positions(positions, edits)
        new_text, m = apply_resolved(self.text, edits)
        self.text = new_text
        self._derived.clear()
        self.chain = self.chain.then(m)
        return self

    def window(self, start: int, end: int) -> "Document":
        """A new Document over ``text[start:end]`` whose offsets still reach the source."""
        return Document(
            text=self.text[start:end],
            source=self.source,
            chain=self.chain.then(OffsetMap.window(start, end, len(self.text))),
            meta={},
            source_text=self.source_text,
        )

    # -- facts of the text ---------------------------------------------
    def derived(self, name: str, make: Callable[[str], T]) -> T:
        """``make(text)``, worked out once for this ``text`` (kept under ``name``)."""
        kept = self._derived.get(name)
        if kept is not None and kept[0] is self.text:
            return kept[1]
        value = make(self.text)
        self._derived[name] = (self.text, value)
        return value

    def keep(self, name: str, value: Any) -> None:
        """Keep ``value`` as what ``derived(name, …)`` works out from the present ``text``."""
        self._derived[name] = (self.text, value)

    # -- spans ---------------------------------------------------------
    def add(self, kind: str, span: Span) -> Span:
        self.spans.setdefault(kind, []).append(span)
        return span

    def get(self, kind: str) -> list[Span]:
        return self.spans.get(kind, [])

    def span_json(self, span: Span) -> dict[str, Any]:
        """start/end in this text and source_start/source_end in the decoded file."""
        ss, se = self.to_source(span.start, span.end)
        return {"start": span.start, "end": span.end, "source_start": ss, "source_end": se}
