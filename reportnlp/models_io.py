"""Trained models in models/: JSON weights read without unpickling anything."""
from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections import Counter
from dataclasses import dataclass


# Training runs the pipeline without the learned models, so its output never
# depends on a previous training run.
USE_MODELS = True


def char_grams(text: str, limit: int = 200) -> list[str]:
    """Character uni- and bi-grams of the first ``limit`` characters, repeats kept."""
    t = text[:limit]
    grams = list(t)
    grams += map(operator.add, t, t[1:])
    return grams


def _l2(counts: Counter) -> float:
    return math.sqrt(sum(v * v for v in counts.values())) or 1.0


def gram_features(text: str, limit: int = 200) -> dict[str, float]:
    """L2-normalised gram counts as named features ("g:" + gram), the form training uses."""
    counts = Counter(char_grams(text, limit))
    norm = _l2(counts)
    return {"g:" + g: v / norm for g, v in counts.items()}


@dataclass
class LinearModel:
    """A logistic-regression (binary or multinomial) scorer over sparse features."""

    classes: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per class (or one for binary)
    bias: list[float]
    threshold: float = 0.5
    max_len: int = 200

    def __post_init__(self) -> None:
        # gram weights keyed by the bare gram, so a text is scored straight from its grams
        # without building a feature dict; a binary model keeps plain floats
        self._grams = {f[2:]: (w[0] if len(w) == 1 else w) for f, w in self.weights.items() if f.startswith("g:")}
        self._named = {f: w for f, w in self.weights.items() if not f.startswith("g:")}

    def scores(self, grams: list[str], named: dict[str, float] | None = None) -> list[float]:
        """Decision values for the L2-normalised counts of ``grams`` plus ``named`` features."""
        norm = _l2(Counter(grams))
        table = self._grams
        # summing over gram occurrences (not distinct grams) weighs each gram by its count
        if len(self.bias) == 1:
            z = [self.bias[0] + sum(filter(None, map(table.get, grams))) / norm]
        else:  # one weight row per occurrence, the columns summed at C speed
            rows = [w for g in grams if (w := table.get(g)) is not None]
            z = [b + s / norm for b, s in zip(self.bias, map(sum, zip(*rows)))] if rows else list(self.bias)
        for f, v in (named or {}).items():
            w = self._named.get(f)
            if w is not None:
                z = [a + wk * v for a, wk in zip(z, w)]
        return z

    def proba(self, grams: list[str], named: dict[str, float] | None = None) -> dict[str, float]:
        z = self.scores(grams, named)
        if len(z) == 1:  # binary: classes[1] is the positive class
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z[0]))))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        m = max(z)
        ex = [math.exp(v - m) for v in z]
        s = sum(ex)
        return {c: e / s for c, e in zip(self.classes, ex)}

    @classmethod
    def load(cls, name: str) -> "LinearModel | None":
        from .settings import settings

        path = settings().models_dir / name
        if not USE_MODELS or not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**data)


_ASCII_LETTER = re.compile("[A-Za-z]")


def _line_shape(line: str) -> dict[str, float]:
    """Length, punctuation and script features of a line (no position features: a line is
    judged by what it says, so cleaning twice changes nothing)."""
    n = len(line)
    return {
        "len<=20": float(n <= 20),
        "len<=60": float(n <= 60),
        "ends_punct": float(line.rstrip()[-1:] in "。！？；!?;"),
        "digit_ratio": sum(map(str.isdigit, line)) / max(1, n),
        "ascii_ratio": len(_ASCII_LETTER.findall(line)) / max(1, n),
    }


def line_features(line: str) -> dict[str, float]:
    """Features of one line for training the boilerplate classifier."""
    return {**gram_features(line), **_line_shape(line)}


SECTION_GRAM_LIMIT = 120


def section_features(par: str) -> dict[str, float]:
    """Features of one paragraph for training the section classifier."""
    return gram_features(par, SECTION_GRAM_LIMIT)


class LineClassifier:
    """Wraps the boilerplate LinearModel with its feature function."""

    def __init__(self, model: LinearModel):
        self.model = model
        self.threshold = model.threshold
        self.max_len = model.max_len

    def noise_probability(self, line: str) -> float:
        return self.model.proba(char_grams(line), _line_shape(line)).get("noise", 0.0)


@functools.cache
def line_classifier() -> LineClassifier | None:
    m = LinearModel.load("boilerplate.json")
    return LineClassifier(m) if m else None


class SectionClassifier:
    """Paragraph -> section label, for reports whose headings were stripped."""

    def __init__(self, model: LinearModel):
        self.model = model

    def label(self, par: str) -> str | None:
        probs = self.model.proba(char_grams(par, SECTION_GRAM_LIMIT))
        best = max(probs, key=probs.get)
        return best if probs[best] >= self.model.threshold else None


@functools.cache
def section_classifier() -> SectionClassifier | None:
    m = LinearModel.load("sections.json")
    return SectionClassifier(m) if m else None
