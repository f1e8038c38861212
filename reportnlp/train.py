"""Rebuild models/ from corpora/: the boilerplate line classifier and the section classifier.

Deterministic: fixed solver and seed, features sorted, weights rounded; the
output is JSON that loads without unpickling (see models_io.LinearModel).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .evaluate import gold_pairs, squash
from .models_io import line_features, section_features

SECTION_LABELS = ("其他", "基本情况", "主要做法", "存在问题", "下一步")


def _gold_pairs(corpora: Path) -> Iterator[tuple[dict, bytes]]:
    for _, gold, raw in gold_pairs(corpora / "gold", corpora / "raw"):
        if raw.exists():
            yield gold, raw.read_bytes()


def boilerplate_examples(corpora: Path) -> tuple[list[dict], list[str]]:
    """One example per normalized line: noise if a must_remove snippet covers most of it."""
    from .stages.decode import decode
    from .stages.normalize import normalize

    X, y = [], []
    for gold, data in _gold_pairs(corpora):
        doc = normalize(decode(data))
        lines = [ln for ln in doc.text.split("\n") if ln.strip()]
        noise = [squash(s) for s in gold.get("must_remove", [])]
        keep = [squash(s) for s in gold.get("must_keep", [])]
        for line in lines:
            sq = squash(line)
            if len(sq) > 200:  # long lines are content with inline noise, not noise lines
                continue
            is_noise = any(n and n in sq and len(n) >= 0.5 * len(sq) for n in noise)
            if not is_noise and not any(k and k in sq for k in keep) and len(sq) < 4:
                continue
            X.append(line_features(line))
            y.append("noise" if is_noise else "content")
    return X, y


def section_examples(corpora: Path) -> tuple[list[dict], list[str]]:
    """One example per paragraph of each gold document, labelled by its gold section."""
    from .api import process
    from .stages.documents import paragraphs

    X, y = [], []
    for gold, data in _gold_pairs(corpora):
        page = process(data)
        for gdoc in gold.get("documents", []):
            if gdoc.get("duplicate_of") is not None or not gdoc.get("sections"):
                continue
            key = squash(gdoc["starts_with"])[:12]
            part = next((p for p in page.parts if 0 <= squash(p.text).find(key) <= 80), None)
            if part is None:
                continue
            flat = squash(part.text)
            marks = sorted((flat.find(squash(s["starts_with"])[:12]), s["label"]) for s in gdoc["sections"])
            marks = [(pos, lab) for pos, lab in marks if pos >= 0]
            consumed = 0
            for s, e in paragraphs(part.text):
                par = part.text[s:e]
                pos = consumed
                consumed += len(squash(par))
                label = None
                for mpos, lab in marks:
                    if mpos <= pos + 2:
                        label = lab
                if label in SECTION_LABELS:
                    X.append(section_features(par))
                    y.append(label)
    return X, y


def _fit(X: list[dict], y: list[str], C: float, min_weight: float = 1e-3) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    M = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=2000, random_state=0, class_weight="balanced")
    clf.fit(M, y)
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        w = [round(float(coef[k][j]), 4) for k in range(coef.shape[0])]
        if max(abs(v) for v in w) >= min_weight:
            weights[name] = w
    return {"classes": classes, "weights": weights, "bias": [round(float(b), 4) for b in clf.intercept_]}


def _write_model(path: Path, model: dict) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def train_all(corpora: Path, models: Path) -> Iterator[str]:
    """Train both models and write them as JSON; yield one line per model."""
    from . import models_io

    models_io.USE_MODELS = False
    models_io.line_classifier.cache_clear()
    models_io.section_classifier.cache_clear()
    models.mkdir(parents=True, exist_ok=True)
    from .segment import build_compact_dictionary

    n = build_compact_dictionary(models / "segment_dict.txt")
    yield f"segment_dict.txt: {n} most frequent jieba words"
    X, y = boilerplate_examples(corpora)
    if len(set(y)) == 2:
        m = _fit(X, y, C=2.0)
        m.update(threshold=0.9, max_len=50)  # high bar: a false removal loses content; noise lines are short
        _write_model(models / "boilerplate.json", m)
        yield f"boilerplate.json: {len(y)} lines ({y.count('noise')} noise), {len(m['weights'])} features"
    X, y = section_examples(corpora)
    if len(set(y)) >= 2:
        m = _fit(X, y, C=4.0)
        m.update(threshold=0.7, max_len=400)  # below 0.7 it added false topic changes on held-out seeds
        _write_model(models / "sections.json", m)
        counts = {lab: y.count(lab) for lab in sorted(set(y))}
        yield f"sections.json: {len(y)} paragraphs {counts}, {len(m['weights'])} features"
