"""Audit checks: small registered rules, one stable code each (see the README table).

A check takes a processed Document and yields flag dicts; ``run_checks``
turns them into ``flags`` spans and a risk summary. A check that raises
becomes a CHECK_ERROR flag instead of taking the document down.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable, Iterable

from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import compile_pattern
from ..payloads import FlagData

CheckFn = Callable[[Document], Iterable[dict]]


@dataclass(frozen=True)
class Check:
    code: str
    func: CheckFn
    doc: str


REGISTRY: dict[str, Check] = {}
# further checks that report under an existing code, by name (checks/forms.py: form rows)
EXTRA: dict[str, Check] = {}


def check(code: str, name: str | None = None) -> Callable[[CheckFn], CheckFn]:
    """Register a check under its stable code (or, with ``name``, as one more check reporting
    that code); its docstring is its documentation."""

    def wrap(fn: CheckFn) -> CheckFn:
        chk = Check(code, fn, (fn.__doc__ or "").strip())
        if name is None:
            REGISTRY[code] = chk
        else:
            EXTRA[name] = chk
        return fn

    return wrap


@functools.cache
def _forms():
    """checks.forms, once rules and it have registered their checks (an import statement in
    run_checks cost a lookup through the import machinery for every report)."""
    from . import forms, rules  # noqa: F401  (registers the checks)

    return forms


@functools.cache
def settings() -> dict:
    return load_yaml("checks.yml")


@functools.cache
def wording() -> SimpleNamespace:
    """checks.yml's ``wording`` patterns by name, each compiled on its first use. They run once per metric
    or clause (many_calls: re's cheaper calls pay back its slower compile of a Han class)."""
    return SimpleNamespace(**{name: compile_pattern(pattern, many_calls=True)
                              for name, pattern in settings()["wording"].items()})


def mismatch_confidence(gap: float, tol: float) -> float:
    """How sure a mismatch is (checks.yml mismatch_confidence): a gap of a few rounding units may be a typo in one
    figure, a gap of many is plainly inconsistent."""
    k = settings()["mismatch_confidence"]
    return round(min(k["cap"], k["base"] + k["step"] * (gap / tol if tol else k["no_tolerance_span"])), 2)


def flag(doc: Document, code: str, start: int, end: int, message: str,
         stated: float | None = None, computed: float | None = None, evidence: str | None = None,
         tolerance: float | None = None, confidence: float | None = None) -> dict:
    """A flag dict for the span text[start:end]."""
    return {"code": code, "start": start, "end": end, "message": message,
            "evidence": evidence if evidence is not None else doc.text[start:end],
            "stated": stated, "computed": computed, "tolerance": tolerance,
            "confidence": confidence if confidence is not None else settings()["confidence"].get(code, 0.7),
            "severity": settings()["severity"].get(code, "info")}


def run_checks(doc: Document) -> Document:
    """Stage: run every registered check; fill ``flags`` and ``doc.meta['risk']``."""
    forms = _forms()
    counts: dict[str, int] = {}
    seen: set[tuple[str, int, int, str]] = set()
    for code, chk in [*REGISTRY.items(), *EXTRA.items()]:
        try:
            found = list(chk.func(doc))
        except Exception as exc:  # a broken rule is a finding, not a crash
            found = [flag(doc, "CHECK_ERROR", 0, 0, f"{code} failed: {exc!r}", evidence="")]
        for f in found:
            s, e = f.pop("start"), f.pop("end")
            key = (f["code"], s, e, f["message"])
            if key in seen:  # two routes to the same finding (one flag per metric still stands)
                continue
            seen.add(key)
            doc.add("flags", Span(s, e, f["code"], FlagData(**f)))
            counts[f["code"]] = counts.get(f["code"], 0) + 1
    doc.spans.setdefault("flags", []).sort(key=lambda s: (s.start, s.label))
    weights = settings()["risk_weight"]
    raw = sum(weights.get(c, 0.5) * n for c, n in counts.items())
    reasons = [f"{n}× {c}" for c, n in sorted(counts.items(), key=lambda kv: -weights.get(kv[0], 0.5) * kv[1])]
    reasons += forms.form_notes(doc)
    doc.meta["risk"] = {"score": round(1 - math.exp(-raw / 6), 3), "reasons": reasons}
    return doc
