"""Trained models in models/: JSON weights read without unpickling anything."""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass


# Training runs the pipeline without the learned models, so its output never
# depends on a previous training run.
USE_MODELS = True


def char_ngrams(text: str, n_max: int = 2, limit: int = 200) -> list[str]:
    """Character uni/bi-grams of the first ``limit`` characters (the features)."""
    t = text[:limit]
    grams = list(t)
    if n_max >= 2:
        grams += [t[i : i + 2] for i in range(len(t) - 1)]
    return grams


@dataclass
class LinearModel:
    """A logistic-regression (binary or multinomial) scorer over sparse features."""

    classes: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per class (or one for binary)
    bias: list[float]
    threshold: float = 0.5
    max_len: int = 200

    def scores(self, features: dict[str, float]) -> list[float]:
        z = list(self.bias)
        for f, v in features.items():
            w = self.weights.get(f)
            if w is not None:
                for k in range(len(z)):
                    z[k] += w[k] * v
        return z

    def proba(self, features: dict[str, float]) -> dict[str, float]:
        z = self.scores(features)
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


def line_features(line: str, index: int, total: int) -> dict[str, float]:
    """Features of one line for the boilerplate classifier."""
    feats: dict[str, float] = {}
    for g in char_ngrams(line):
        feats["g:" + g] = feats.get("g:" + g, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
    feats = {k: v / norm for k, v in feats.items()}
    n = len(line)
    feats["len<=20"] = float(n <= 20)
    feats["len<=60"] = float(n <= 60)
    feats["ends_punct"] = float(line.rstrip()[-1:] in "。！？；!?;")
    # no position features: a line is judged by what it says, so cleaning twice changes nothing
    digits = sum(c.isdigit() for c in line)
    feats["digit_ratio"] = digits / max(1, n)
    ascii_ = sum(c.isascii() and c.isalpha() for c in line)
    feats["ascii_ratio"] = ascii_ / max(1, n)
    return feats


class LineClassifier:
    """Wraps the boilerplate LinearModel with its feature function."""

    def __init__(self, model: LinearModel):
        self.model = model
        self.threshold = model.threshold
        self.max_len = model.max_len

    def noise_probability(self, line: str, index: int, total: int) -> float:
        return self.model.proba(line_features(line, index, total)).get("noise", 0.0)


@functools.cache
def line_classifier() -> LineClassifier | None:
    m = LinearModel.load("boilerplate.json")
    return LineClassifier(m) if m else None


class SectionClassifier:
    """Paragraph -> section label, for reports whose headings were stripped."""

    def __init__(self, model: LinearModel):
        self.model = model

    def label(self, par: str) -> str | None:
        feats: dict[str, float] = {}
        for g in char_ngrams(par, limit=120):
            feats["g:" + g] = feats.get("g:" + g, 0.0) + 1.0
        norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
        probs = self.model.proba({k: v / norm for k, v in feats.items()})
        best = max(probs, key=probs.get)
        return best if probs[best] >= self.model.threshold else None


@functools.cache
def section_classifier() -> SectionClassifier | None:
    m = LinearModel.load("sections.json")
    return SectionClassifier(m) if m else None
