"""Shortcuts taken for speed in boilerplate and documents give what the plain way gives.

The line model scores a page's lines together and stands in a bound for the score of a line surely
below 0.5 (LineClassifier.noise_levels); these tests compare each shortcut with the plain way on
real pages' lines and random ones, so a shortcut that starts to change a result fails here instead
of silently."""
from __future__ import annotations

import functools
import random
from pathlib import Path

import pytest
from plain_ways import page_before
from randtext import PAGE_LINES, random_texts

from reportnlp.models_io import LineClassifier, line_classifier
from reportnlp.stages import boilerplate

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpora" / "raw").glob("*"))[::7]


@functools.cache
def _page_texts() -> list[str]:
    return [page_before("boilerplate", path).text for path in PAGES]


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
    lines = _lines()[:160]
    fresh = LineClassifier(line_classifier().model).noise_levels(lines)
    for k in range(0, len(lines), 8):
        assert clf.noise_levels(lines[k:k + 8]) == fresh[k:k + 8]
        assert len(clf._levels) <= 10
    assert clf.noise_levels(lines) == fresh  # one call may hold more lines than are kept


def _stripped(path: Path) -> tuple:
    doc = boilerplate.strip_boilerplate(page_before("boilerplate", path))
    return (doc.text, [(r.kind, r.source_start, r.source_end) for r in doc.removed],
            doc.anchors.get("article_boundaries"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_strip_boilerplate_with_the_plain_probabilities_is_the_same(path, monkeypatch):
    fast = _stripped(path)
    clf = line_classifier()
    monkeypatch.setattr(type(clf), "noise_levels", lambda self, lines: list(map(self._noise_probability, lines)))
    assert _stripped(path) == fast


# -- the article marker's pattern runs only on lines holding one of the words it requires ---------

ARTICLE_ALPHABET = "篇范文则模板报告总结第一二三123(（)）【】:：精选大全通用汇编自查工作述职调研优秀共的年度县局 "
ARTICLE_LINES = ["工作总结范文第一篇：", "篇一", "范文3】：…", "第2篇 年度工作", "年度自查报告3", "年度述职报告(通用5则)",
                 "年终总结精选10篇", "工作总结模板大全", "工作总结(3篇)", "个人工作总结范文", "县局年度工作总结", "（共2则）"]


@pytest.mark.parametrize("seed", range(4))
def test_the_article_marker_s_gate_skips_only_lines_it_cannot_match(seed):
    from reportnlp.patterns import may_match, resolved

    max_len, pattern, gate = boilerplate._rules()["article"]
    assert gate  # the rule file names the words
    pattern = resolved(pattern)
    rng = random.Random(70 + seed)
    # a marker's pieces between random text: each alternative of the pattern is met
    pieces = ["范文第{n}篇", "篇{n}", "【范文{n}】", "第{n}篇", "自查报告{d}", "工作总结{d}", "({o}第{n}则)", "（{o}{n}篇范文）",
              "精选{d}篇", "{n}篇", "范文大全", "模板精选", "范文{n}", "{o}"]
    numbers = ["1", "12", "一", "十二", "3"]
    lines = ARTICLE_LINES + random_texts(2000, ARTICLE_ALPHABET, 62 + seed, shortest=2, longest=max_len)
    for before, after in zip(random_texts(3000, ARTICLE_ALPHABET, 66 + seed, 0, 30), random_texts(3000, ARTICLE_ALPHABET, 68 + seed, 0, 6)):
        piece = rng.choice(pieces).format(n=rng.choice(numbers), d=rng.randint(1, 9), o=rng.choice(["通用", "精选", "共", ""]))
        lines.append(before + piece + (after if rng.random() < 0.3 else ""))
    lines += [line.strip() for line in _lines() if len(line.strip()) <= max_len] if seed == 0 else []
    matched = 0
    for line in lines:
        found = pattern.search(line) is not None
        matched += found
        assert not found or may_match(gate, line), line
    assert matched > 500


# -- documents: a paragraph's announcement looked for only when a cue asks about it ----------------

def _split(path: Path) -> list:
    from reportnlp.stages.documents import split_documents

    doc = split_documents(page_before("documents", path))
    return [(p.text, p.meta["boundary_evidence"], p.meta["doc_type"], p.meta["title"], p.meta["directive"]) for p in doc.parts]


def _two_reports(seed: int) -> bytes:
    """Two reports on a page, the second opening on a sentence (为了…, 今年以来…) over its
    announcement, or announcing in its own opening: the cues that read a paragraph's announcement."""
    rng = random.Random(seed)
    body = "".join(rng.choice(["全年共完成项目12个，投入资金300万元，群众满意度明显提升。", "加强组织领导，完善工作机制，压实工作责任。",
                               "开展培训5期，培训干部200人次，取得了较好成效。"]) for _ in range(rng.randint(3, 8)))
    opener = rng.choice(["今年以来，我局认真贯彻落实上级部署。", "为了进一步做好安全生产工作，我镇开展了专项检查。", "根据县委安排，我单位开展了自查。",
                         "按照要求，现将有关情况汇报如下。"])
    formula = rng.choice(["现将有关情况报告如下：", "现将工作开展情况汇报如下：", "特此报告。", "现将自查情况总结如下："])
    title = rng.choice(["", "关于2023年度工作的总结\n", "第二篇\n"])
    return (f"2023年度工作总结\n{body}\n{body}\n下一步将继续努力。\n{title}{opener}\n{formula}\n{body}\n{body}\n").encode()


DOCUMENT_PAGES = sorted((ROOT / "corpora" / "raw").glob("*"))[::3] + [_two_reports(k) for k in range(40)]


@pytest.mark.parametrize("path", DOCUMENT_PAGES, ids=lambda p: p.name if isinstance(p, Path) else "two")
def test_announcements_looked_for_when_asked_are_those_of_every_paragraph(path, monkeypatch):
    from reportnlp.stages import documents
    from reportnlp.structure import announces_report

    lazy = _split(path)
    # the plain way: every paragraph's announcement found up front
    plain_of = documents._Paragraphs.of.__func__

    def eager(cls, texts, levels):
        page = plain_of(cls, texts, levels)
        page.announcing = [announces_report(q) for q in texts]
        return page
    monkeypatch.setattr(documents._Paragraphs, "of", classmethod(eager))
    assert _split(path) == lazy


@pytest.mark.parametrize("path", DOCUMENT_PAGES, ids=lambda p: p.name if isinstance(p, Path) else "two")
def test_the_announcement_cues_are_those_every_paragraph_s_announcement_gives(path, monkeypatch):
    """formula_here / formula_next as the cues read every paragraph's announcement found up front."""
    from reportnlp.stages import documents
    from reportnlp.structure import announces_report, cues, is_addressee

    c = cues()
    seen = []
    real = documents.boundary_evidence

    def checked(page, i, article_starts, since_start, first_l1_seen, plans_at, prose_since):
        ev = real(page, i, article_starts, since_start, first_l1_seen, plans_at, prose_since)
        pars, levels = page.texts, page.levels
        announcing = [announces_report(q) for q in pars]
        prev = pars[i - 1] if i > 0 else ""
        here = (announcing[i] and levels[i] is None and since_start >= c["formula_min_since"]
                and (prose_since >= c["formula_min_prose"]
                     or i > 0 and (is_addressee(prev) or bool(c["speech_opening"].match(prev)))))
        opener = bool(c["opener"].match(pars[i])) and not c["future"].match(pars[i])
        following = not here and opener and i + 1 < len(pars) and announcing[i + 1] and levels[i + 1] is None
        assert ("formula_here" in ev, "formula_next" in ev) == (bool(here), bool(following)), pars[i]
        seen.append((bool(here), bool(following)))
        return ev
    monkeypatch.setattr(documents, "boundary_evidence", checked)
    _split(path)


def test_some_pages_hold_announcements_the_cues_ask_about():
    from reportnlp.stages import documents

    asked = []
    real = documents._Paragraphs.announces

    def counting(self, i):
        asked.append(real(self, i))
        return asked[-1]
    documents._Paragraphs.announces = counting
    try:
        for path in DOCUMENT_PAGES:
            _split(path)
    finally:
        documents._Paragraphs.announces = real
    assert sum(asked) >= 5 and len(asked) > sum(asked)


# -- normalize: the two commas of a thousands separator looked for each on its own ----------------

@pytest.mark.parametrize("seed", range(3))
def test_separated_digits_are_found_as_the_class_finds_them(seed):
    import re

    from reportnlp.stages.normalize import _separated_digits

    plain = re.compile(r"[,，]\d{3}")
    texts = random_texts(3000, ",，0123456789０１２３４５６７８９٣的年。 \n", 71 + seed, longest=12) + ["1,000", "３，２００亩", "，１２", ",12"]
    found = [bool(plain.search(t)) for t in texts]
    assert [_separated_digits(t) for t in texts] == found
    assert 100 < sum(found) < len(texts) - 100
