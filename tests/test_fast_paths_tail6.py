"""Shortcuts of speed round 6 (tail: reflow, sections, metadata, forms, checks, the result) give
what the plain way gives.

Each compares the shortcut with the plain way on the corpus pages, on report-like lines and on
random mixes of the characters the shortcut looks at (tests/randtext.py)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex
from randtext import PAGE_LINES, random_texts

from reportnlp import forms, regions
from reportnlp.patterns import (compile_pattern, finditer_before_word, matches_at_word, opening_words, resolved, word_after,
                                whole_text_width, word_test)

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "raw"


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*"))]


# -- patterns.word_test: an alternation of plain words by substring tests ------------------------

_WORD_PATTERNS = ["考核分值|分值|权重|标准分|满分|应得分|基础分", "自评得分|自评分数|自评分|自查得分|实得分|得分",
                  "自评表|评分表|考核表|自评得分|自评总分|总得分", "ab|a|b.c", "x|xy|yx", "分值"]


@pytest.mark.parametrize("pattern", _WORD_PATTERNS)
def test_word_test_is_a_search(pattern, pages):
    holds = word_test(pattern)
    search = resolved(compile_pattern(pattern)).search
    texts = [*pages, *PAGE_LINES, *random_texts(3000, "考核分值权重标准满应得基础自评数查实表总abcxy. ", seed=61)]
    for text in texts:
        assert holds(text) == (search(text) is not None), text[:80]


def test_form_word_tests(pages):
    """forms' column words and form words: the substring tests and the patterns they stand for."""
    c = forms._cfg()
    plain = [compile_pattern(forms._group(c["header_words"], k), regex.X) for k in ("max", "self")]
    texts = [*pages, *random_texts(3000, "考核分值权重标准满应得基础自评数查实表总 \n10", seed=62)]
    for text in texts:
        assert forms._column_words(text) == all(p.search(text) for p in plain)
        assert forms._HOLDS_FORM_WORD(text) == (forms._FORM_WORD.search(text) is not None)


# -- regions: towns by substring scans of their suffixes -----------------------------------------

def _plain_town_hits(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in resolved(regions._TOWN).finditer(text)]


def test_town_hits(pages):
    texts = [*pages, *PAGE_LINES,
             *random_texts(20000, "镇乡街道苏木大小新城a1 \n，。𠀀", seed=63, longest=16),
             *("".join(t) for t in random_texts(3000, "镇乡街道苏木城", seed=64, longest=9))]
    for text in texts:
        assert regions._town_hits(text) == _plain_town_hits(text), text[:80]


# -- reflow: a glued report title looked for where its title's last words stand --------------------

def test_report_title_at_words(pages):
    from reportnlp.stages import reflow

    c = reflow._cfg()
    assert c["report_title_words"]  # the rule file's title words are plain: the shortcut is taken
    search = resolved(c["report_title_at"]).search
    rng = random.Random(65)
    tokens = ["工作总结", "总结", "报告", "自查报告", "汇报", "篇2", "篇二", "12", "今年以来", "根据", "2023年，", "为了",
              "尊敬的", "各位领导", "各位", "。", "\n", "村级", "工作", "年"]
    texts = [*pages, *PAGE_LINES, *random_texts(5000, "工作总结自查报告汇报篇1二今年以来根据为", seed=65, longest=30),
             *("".join(rng.choice(tokens) for _ in range(rng.randint(0, 8))) for _ in range(20000))]
    hits = 0
    for text in texts:
        expected = search(text) is not None
        hits += expected
        assert matches_at_word(c["report_title_at"], c["report_title_words"], text) == expected, text[:80]
    assert hits > 100


@pytest.mark.parametrize("pattern", ["(?:工作总结|总结|自查报告|报告|汇报)(?:篇?\\d{1,2})?(?:今年|根据)",
                                     "(?:ab|b|cab)x", "(?:a|ba)(?<=ba)x"])
def test_matches_at_word(pattern):
    words = opening_words(pattern)
    assert words is not None
    compiled = resolved(compile_pattern(pattern))
    for text in random_texts(5000, "工作总结自查报告汇报篇1今年根据abcx", seed=66, longest=20):
        assert matches_at_word(compiled, words, text) == (compiled.search(text) is not None), text


# -- metadata: the issuing unit, the first name before a suffix, from the suffix hits ---------------

def test_unit_name_first(pages):
    from reportnlp.stages import metadata

    c = metadata._cfg()
    rng = random.Random(67)
    tokens = ["市", "县", "财政局", "局", "管理局", "监督管理局", "人民政府", "街道", "办事处", "委员会", "中心", "xX", "在", "根据",
              "按照", "（", "(", "，", "。", " ", "\n", "关于", "我", "工作", "青山镇", "2023年"]
    texts = [*pages, *(p[:300] for p in pages), *PAGE_LINES,
             *("".join(rng.choice(tokens) for _ in range(rng.randint(0, 30))) for _ in range(20000))]
    found = 0
    for key in ("unit_name", "document_number"):
        rule = c[key]
        for text in texts:
            m = next(rule.finditer(text), None)
            expected = m.group(1) if m else None
            found += expected is not None
            assert rule.first(text) == expected, (key, text[:80])
    assert found > 1000


# -- metadata: the year tried only right before 年 -----------------------------------------------

@pytest.mark.parametrize("pattern", ["((?:19|20)\\d{2})(?<!\\d\\d{4})(?=年)", "\\d\\d(?=年度)", "(?<=x)ab(?=ab)",
                                     "a(?=aa)", "(?:19|20)[xX×＊*]{2}(?=年)"])
def test_finditer_before_word(pattern, pages):
    word, width = word_after(pattern)
    compiled = resolved(compile_pattern(pattern))
    texts = [*pages, *PAGE_LINES, *random_texts(20000, "1920xX年度ab23\n４", seed=68, longest=24)]
    for text in texts:
        expected = [m.span() + m.groups() for m in compiled.finditer(text)]
        assert [m.span() + m.groups() for m in finditer_before_word(compiled, word, width, text)] == expected, text[:80]


def test_word_after():
    from reportnlp.stages import metadata

    assert metadata._cfg()["year_word"] == ("年", 4)  # the rule file's year: the shortcut is taken
    assert word_after("a+(?=b)") is None and word_after("ab") is None and word_after("(?i)ab(?=c)") is None


# -- sections: paragraphs and random mixes of the cue words, marks and quotes ---------------------

def _paragraph_texts(pages) -> list[str]:
    from reportnlp.structure import text_paragraphs
    from reportnlp.stages import sections as sec

    rng = random.Random(69)
    words = sorted({w for key in ("paragraph_cues_gate", "sentence_cues_gate")
                    for w in sec._cfg()[key].scan.word_bits})
    pieces = [*words, "。", "；", "!", "?", "！", "“", "2024年,", "我局", "工作", "，", "下一步,我街道将继续", " ",
              "存在的问题", "一是", "x" * 190]
    pars = [p for page in pages for p in text_paragraphs(page).texts]
    return [*pars, *PAGE_LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000))]


# -- sections: a bare heading's match tried only on paragraphs of the lengths it can match ---------

def test_bare_heading_width(pages):
    from reportnlp.stages import sections as sec

    c = sec._cfg()
    assert c["bare_heading_width"] == (2, 24)  # the rule file's bare heading: the shortcut is taken
    rng = random.Random(70)
    pieces = ["序号", "负责", "|", "｜", "\t", "。", "，", "工作", "情况", "2024年3月", "12", "\n", "a", "总结"]
    texts = [*_paragraph_texts(pages), *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
                                         for _ in range(20000))]
    for par in texts:
        plain = bool(c["bare_heading"].match(par)) and not sec._DATE_OR_NUMBER.search(par)
        assert sec.is_bare_heading(par) == plain, par[:80]


@pytest.mark.parametrize("pattern", ["^ab$", "^(?=.{3,118}+$)[^。]{0,4}[,，][^。]{1,4}$", "^[(（]?[一二三\\d]{0,2}$",
                                     "^(?![|｜]|.{0,4}?[|｜]).{2,6}$"])
def test_whole_text_width(pattern):
    lo, hi = whole_text_width(pattern)
    compiled = resolved(compile_pattern(pattern))
    for text in random_texts(20000, "ab。,，一二(（3|｜\n", seed=71, longest=14):
        if not lo <= len(text) <= hi and text[-1:] != "\n":
            assert compiled.match(text) is None, text


def test_reflow_line_widths(pages):
    """reflow tries its fragment and broken-sentence rules only on lines of the lengths they match."""
    from reportnlp.stages import reflow

    c = reflow._cfg()
    assert c["fragment_width"] == (0, 3) and c["broken_width"] == (3, 118)  # the shortcut is taken
    rng = random.Random(72)
    pieces = ["(", "（", "2", "二", ")", "但是", ",", "，", "对照", "来看", "。", "一、", "x" * 50, "…"]
    lines = [line for page in pages for line in page.split("\n")]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for key in ("fragment", "broken"):
        lo, hi = c[f"{key}_width"]
        match = resolved(c[key]).match
        for line in lines:
            assert lo <= len(line) <= hi or match(line) is None, (key, line[:80])


# -- patterns.Alternatives: a short text's gates passed from one scan of it -------------------------

def test_alternatives_kept_short(pages):
    from reportnlp.lexicons import load_yaml
    from reportnlp.patterns import Alternatives, may_match
    from reportnlp.stages import metadata

    alts = metadata._cfg()["placeholders"]
    mixed = Alternatives(["ab|c", "x+", "(?:共计|累计)个", "d", "共(?:发展|新增)名", "\\d+[^\\d]"])  # the last: no gate
    rng = random.Random(73)
    words = sorted({w for gate in alts._gates for clause in gate for w in clause})
    pieces = [*words, "xx", "XX", "20", "年", "县", "。", "a", "b", "c", "共计", "个", "发展", "名"]
    texts = [*(p[:k] for p in pages for k in (20, 120, 256)), *PAGE_LINES,
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000))]
    assert len(load_yaml("metadata.yml")["placeholders"]) == len(alts._gates)
    for text in texts:
        for alt in (alts, mixed):
            assert alt.kept(text) == [i for i, gate in enumerate(alt._gates) if may_match(gate, text)], text[:80]


# -- metadata: the year of a short report looked for once; counts without a Counter -----------------

def _plain_report_year(text: str):
    from collections import Counter

    from reportnlp.stages import metadata

    for window in (text[:600], text):
        found = [m.group(1) for m in resolved(metadata._cfg()["year"]).finditer(window)]
        years = [int(y) for y in found if 1980 <= int(y) <= 2035]
        if years:
            counts = Counter(years)
            top = max(counts.values())
            return max(y for y, n in counts.items() if n == top)
    return None


def test_report_year(pages):
    from reportnlp.stages import metadata

    rng = random.Random(74)
    pieces = ["2023年", "2024年", "1979年", "2036年", "12023年", "年", "x" * 100, "今年", "。", "20", "23"]
    texts = [*pages, *(p[:k] for p in pages for k in (300, 600, 601, 900)),
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(20000))]
    for text in texts:
        assert metadata.report_year(text) == _plain_report_year(text), text[:80]


def test_most_frequent_reference():
    from collections import Counter
    from operator import itemgetter

    rng = random.Random(75)
    for _ in range(5000):
        seq = [rng.choice("镇乡县区局委") for _ in range(rng.randint(1, 8))]
        refs: dict[str, int] = {}
        for x in seq:
            refs[x] = refs.get(x, 0) + 1
        assert max(refs.items(), key=itemgetter(1))[0] == Counter(seq).most_common(1)[0][0]
