"""Typed payloads of spans, one class per span kind.

Each class lists its public fields first (they become the JSON of ``reportnlp extract``,
see schema.py; tests/test_payloads.py fails when the two drift) and then its internal ones,
declared with :func:`internal`: offsets and hints one stage leaves for later stages and
checks, never written out.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import Any


def internal(default: Any = None) -> Any:
    """A field later stages read but the output leaves out."""
    return field(default=default, metadata={"internal": True})


@functools.cache
def public_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if not f.metadata.get("internal"))


@functools.cache
def _getter(cls: type):
    """The public fields of one payload class as a dict, by one dict display written for the
    class: ~2x as fast as a dict over zip and attrgetter, and the output builds one per item
    (~20,000 over the 494 benchmark pages)."""
    names = public_fields(cls)
    assert all(name.isidentifier() for name in names)  # the display is code: field names only
    body = ", ".join(f"{name!r}: obj.{name}" for name in names)
    return eval(f"lambda obj: {{{body}}}")  # noqa: S307 - built from the class's own field names


def public_dict(obj: Any) -> dict[str, Any]:
    """The public fields of a payload as a dict (what the output model validates)."""
    return _getter(type(obj))(obj)


@dataclass(slots=True)
class MetricData:
    indicator: str
    value: float
    unit: str
    base_value: float
    base_unit: str
    unit_kind: str
    canonical: str | None = None
    qualifier: str | None = None
    approximate: bool = False
    target: bool = False
    direction: str | None = None
    period: str | None = None
    low: float | None = None
    high: float | None = None
    decimals: int = 0
    family: int | None = None
    role: str | None = None
    grade: str | None = None
    section: str | None = None
    # internal: the output shows a bounded window of the sentence (api._metric)
    sentence_span: tuple[int, int] = internal((0, 0))
    clause: tuple[int, int] = internal((0, 0))
    indicator_start: int = internal(0)  # where the indicator's words begin in the text


@dataclass(slots=True)
class ScoreData:
    item: str
    max_score: float | None = None
    self_score: float | None = None
    assessed_score: float | None = None
    deducted: float | None = None
    sentence: str = ""
    # internal: a score read from a self-evaluation form (checks/forms.py)
    form_row: bool = internal(False)
    form_total: str | None = internal(None)  # total | subtotal, for a form's total line
    target: str | None = internal(None)  # the row's target and actual cells as written
    actual: str | None = internal(None)
    met: bool | None = internal(None)


@dataclass(slots=True)
class CommitmentData:
    text: str
    action: str | None = None
    owner: str | None = None
    cue: str | None = None
    deadline: str | None = None
    deadline_date: str | None = None
    section: str | None = None
    targets: list[int] = field(default_factory=list)
    target: dict | None = None  # CommitmentTarget's fields
    confidence: float | None = None


@dataclass(slots=True)
class FlagData:
    code: str
    severity: str
    message: str
    evidence: str
    stated: float | None = None
    computed: float | None = None
    tolerance: float | None = None
    confidence: float | None = None


@dataclass(slots=True)
class SectionData:
    heading: str | None = None
    level: int | None = None


@dataclass(slots=True)
class PlaceholderData:
    text: str


@dataclass(slots=True)
class FormData:
    """A form as forms.py reads it; rows, subtotals and totals stay the reader's dicts
    (api._form writes them out field by field)."""

    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    subtotals: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)


Payload = MetricData | ScoreData | CommitmentData | FlagData | SectionData | PlaceholderData | FormData
