"""Shortcuts taken for speed in boilerplate and documents give what the plain way gives.

The line model scores a page's lines together and stands in a bound for the score of a line surely
below 0.5 (LineClassifier.noise_levels); these tests compare each shortcut with the plain way on
real pages' lines and random ones, so a shortcut that starts to change a result fails here instead
of silently."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest
from randtext import PAGE_LINES, random_texts

from reportnlp import api
from reportnlp.models_io import LineClassifier, line_classifier
from reportnlp.stages import boilerplate
from reportnlp.stages.decode import decode

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpora" / "raw").glob("*"))[::7]


def _prepared(path: Path):
    """A page as the boilerplate stage gets it."""
    pipe = api._pipeline(None)
    upto = [s.name for s in pipe.stages].index("boilerplate")
    doc = decode(path.read_bytes(), path.name)
    for stage in pipe.stages[:upto]:
        doc = stage.func(doc)
    return doc


@functools.cache
def _page_texts() -> list[str]:
    return [_prepared(path).text for path in PAGES]


@functools.cache
def _lines() -> list[str]:
    page_lines = [line for text in _page_texts() for line in text.split("\n") if line.strip()]
    alphabet = "的工作年月日：:阅读量次数版权所有页字０１２３1234-/.｜|>【】首页新闻　 下载上传会员。，！？𠀀abcQ"
    return list(dict.fromkeys(PAGE_LINES + page_lines + ["", "a", "工", "𠀀工作", "下载" * 40]
                              + random_texts(3000, alphabet, 61, shortest=1, longest=110)))


# -- the line model: a page's lines scored together, a bound standing in below 0.5 -----------------

BARS = (0.5, 0.9, 0.98)


def test_noise_levels_give_every_decision_the_plain_probability_gives():
    clf = line_classifier()
    assert clf is not None and min(clf.threshold, *BARS) >= 0.5
    lines = _lines()
    levels = LineClassifier(clf.model).noise_levels(lines)  # a fresh store
    stand_ins = 0
    for line, level in zip(lines, levels):
        p = clf._noise_probability(line)
        for bar in (*BARS, clf.threshold):
            assert (level >= bar) == (p >= bar), (line, p, level)
        if level != p:
            stand_ins += 1
            assert p <= level < 0.5, (line, p, level)
    assert 0 < stand_ins < len(lines)  # both ways are taken


def test_noise_levels_read_line_by_line_or_as_a_page_agree():
    clf = line_classifier()
    lines = _lines()[:400]
    one_by_one = [LineClassifier(clf.model).noise_levels([line])[0] for line in lines]
    assert LineClassifier(clf.model).noise_levels(lines + lines[:50]) == one_by_one + one_by_one[:50]


def test_the_store_of_levels_starts_afresh_when_full(monkeypatch):
    clf = LineClassifier(line_classifier().model)
    monkeypatch.setattr(LineClassifier, "LEVELS_KEPT", 10)
    lines = _lines()[:35]
    assert clf.noise_levels(lines) == [clf._noise_probability(line) if clf._noise_probability(line) >= 0.5
                                       else level for line, level in zip(lines, clf.noise_levels(lines))]
    assert len(clf._levels) <= 35


def _stripped(path: Path) -> tuple:
    doc = boilerplate.strip_boilerplate(_prepared(path))
    return (doc.text, [(r.kind, r.source_start, r.source_end) for r in doc.removed],
            doc.anchors.get("article_boundaries"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_strip_boilerplate_with_the_plain_probabilities_is_the_same(path, monkeypatch):
    fast = _stripped(path)
    clf = line_classifier()
    monkeypatch.setattr(type(clf), "noise_levels", lambda self, lines: list(map(self._noise_probability, lines)))
    assert _stripped(path) == fast
