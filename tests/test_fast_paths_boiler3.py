"""Shortcuts taken for speed in pattern compiling and line scoring give what the plain way gives.

A pattern behind a lookahead for its first characters is compiled with that class in re's info
block (patterns._compile_led), so that its search steps to those characters at C speed; word lists
take their hit's first character. A line model scores a long text's bigrams as code-point pairs.
These tests run each fast form and the plain one on report-like and random texts and ask for the
same matches and the same bits, so a shortcut that starts to change a result fails here."""
from __future__ import annotations

import math
import random
import re
import struct
from collections import Counter
from pathlib import Path

import pytest
from plain_ways import plain_rule_spans
from randtext import PAGE_LINES, random_texts

from reportnlp.api import warm_up
from reportnlp.models_io import (
    _SHAPE_SEARCHES,
    LinearModel,
    _text_grams,
    line_classifier,
)
from reportnlp.patterns import (
    _CREATED,
    WordList,
    _compile_led,
    compile_with_first_chars,
)

REPORT_LINES = PAGE_LINES + [
    "（二）全面实施阶段（4月1日至4月30日），各村于12月28日前上报。",
    "下一步，我局将继续加强队伍建设，６月底前完成污水管网二期工程。",
]
# Unicode digits beyond ASCII (full-width, Arabic-Indic, superscript) that \d may or may not take
ODD_DIGITS = "３٣²①"


def _real_texts() -> list[str]:
    raw = sorted((Path(__file__).parent.parent / "corpora" / "raw").glob("*"))[::9]
    return ["\n".join(REPORT_LINES)] + [p.read_text(encoding="utf-8", errors="replace")[:6_000] for p in raw]


def _led_patterns() -> list[re.Pattern]:
    """Every pattern the pipeline compiled with a first-character class in its info block."""
    from reportnlp.stages.boilerplate import _rules

    warm_up()
    rules = _rules()
    found = [p.compiled for p in _CREATED] + [shape for _, shape, _ in _SHAPE_SEARCHES]
    found += [head for head, _, _ in rules["line_rules"]._heads] + [body for body, _, _ in rules["line_rules"]._bodies]
    found += [rules[k]._pattern for k in ("site_words", "disclaimer_words", "preface_words", "any_cue", "commerce_words")]
    return [p for p in found if isinstance(p, re.Pattern) and p.pattern.startswith("(?=")]


def _alphabet(pattern: str) -> str:
    """The pattern's own characters beyond ASCII, some ASCII and odd digits: random joins of them match."""
    return "".join(sorted({c for c in pattern if ord(c) > 127})) + "0123456789 :：.|-a" + ODD_DIGITS


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def test_patterns_with_their_first_characters_in_the_info_block_match_as_compiled_plainly():
    real = _real_texts()
    led = _led_patterns()
    assert len(led) > 50
    for k, pattern in enumerate(led):
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in real + random_texts(40, _alphabet(pattern.pattern), k, longest=80):
            assert _matches(pattern, text) == _matches(plain, text), pattern.pattern[:200]
            for pos in (1, 5):
                m, p = pattern.search(text, pos), plain.search(text, pos)
                assert (m and m.span()) == (p and p.span())


@pytest.mark.parametrize("spelt,flags", [
    (r"(?:\d{2,4}年|[一二三]是)", 0),
    (r"(?:\d|[(（](?![^()（）]{1,6}[)）])|[的地得]?(?:进行|在))", 0),
    (r"(?:[(（]?(?:图|文)[:：]|\d{1,2}:\d{2})", re.MULTILINE),
    (r"(?:发布|[更修]新)(?:时间|日期)[:：]", re.MULTILINE),
    # a run of one class: re's own search enters its matcher at every position for one
    (r"[一二三]{1,3}是", 0),
    (r"[进行]+在?[的地得]", re.MULTILINE),
])
def test_compile_with_first_chars_matches_the_pattern_as_written(spelt, flags):
    fast, plain = compile_with_first_chars(spelt, flags), re.compile(spelt, flags)
    assert fast.pattern.startswith("(?=")  # the lookahead, with its class in the info block
    for text in REPORT_LINES + random_texts(300, "进行在的地得一二三是年发布更修新时间日期图文:：(（)）|【[ \n" + "0123456789" + ODD_DIGITS, 3):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_pattern_matching_empty_text_keeps_re_s_own_scan():
    # an empty match cannot be stepped past by the info block's class scan: no class then
    pattern = _compile_led("(?=[ab])(?:a|b)?", 0, "[ab]")
    assert [m.span() for m in pattern.finditer("xaxb")] == [m.span() for m in re.finditer("(?=[ab])(?:a|b)?", "xaxb")]


WORDS = ["工作", "工作总结", "作总", "总结", "版权", "版权所有", "所有", "下载", "a", "ab", "b"]


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(400, "工作总结版权所有下载ab，", 5))
def test_word_lists_find_each_position_s_longest_word(text):
    words = WordList(WORDS)
    longest = sorted(WORDS, key=len, reverse=True)
    plain = [(i, next(w for w in longest if text.startswith(w, i))) for i in range(len(text))
             if any(text.startswith(w, i) for w in WORDS)]
    assert words.starts(text) == [i for i, _ in plain]
    assert words.found(text) == {w for _, w in plain}


def _bits(x: float) -> bytes:
    return struct.pack("d", x)


LONG_ALPHABET = "工作完成推进年前底，。12aa下一步发布时间来源"


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(300, LONG_ALPHABET, 8, shortest=21, longest=120))
def test_long_text_sums_from_code_unit_pairs_are_the_strings_sums(text):
    model = line_classifier().model
    t = text[:200]
    total, norm = model._long_text_sum(t)
    bigrams, plain_norm = _text_grams(t)
    plain_total = sum(filter(None, [*map(model._grams.get, t), *map(model._grams.get, bigrams)]))
    assert _bits(total) == _bits(plain_total)
    assert _bits(norm) == _bits(plain_norm) == _bits(math.sqrt(sum(c * c for c in Counter([*t, *bigrams]).values())))


def test_a_long_text_beyond_the_bmp_is_scored_the_strings_way():
    model = line_classifier().model
    text = "工作完成情况良好，推进有力\U00020000有效，全年完成目标任务的百分之九十以上。"
    with pytest.raises(IndexError):
        model._long_text_sum(text)
    rng = random.Random(4)
    named = {f: rng.random() for f in list(model._named)[:5]}
    bigrams, norm = _text_grams(text)
    z = model.bias[0] + sum(filter(None, [*map(model._grams.get, text), *map(model._grams.get, bigrams)])) / norm
    assert _bits(model._binary_text_score(text, 200, named)) == _bits(model._add_named(z, named))


def test_code_unit_pair_weights_are_the_bigram_weights_of_bmp_characters():
    model = LinearModel(classes=["no", "yes"], weights={"g:工作": [0.5], "g:作": [0.25], "g:\U00020000工": [1.0]},
                        bias=[0.0])
    assert model._unit_entries == {ord("工") | ord("作") << 16: 0.5}  # (a bigram beyond the BMP: the strings' way)


# -- LineRules: merged alternatives opening with their first characters ---------------------------

RULE_ALPHABET = ("的人还看了一二两三楼发不下分我也点个赞多指教收藏学习谢大神求急用写留过转顶支持你坚首页>»›》_｜|—-推荐度:："
                 "文库范文网坊文档之家记者通讯员摄供稿上传人格式页数大小下载积分浏览次数阅读热度()（）可编辑word"
                 "版权所有备案号扫一扫关注微信公众号发表于评论" + "0123456789" + "abcomnet@. ")


def _plain_first_rule(rules, line: str):
    """(start, order) of the leftmost match of any rule for the line's length, ties to file order."""
    found = [(m.start(), order) for order, rule in enumerate(rules) if len(line) <= rule.max_len
             for p in (rule.at_start, rule.anywhere) if p is not None and (m := p.search(line))]
    return min(found, default=None)


def _rule_lines() -> list[str]:
    lines = [ln.strip() for text in _real_texts() for ln in text.split("\n") if ln.strip()]
    return lines[::3] + random_texts(1500, RULE_ALPHABET, 17, shortest=1, longest=90)


def test_merged_rules_open_with_their_first_characters():
    from reportnlp.stages.boilerplate import _rules

    line_rules = _rules()["line_rules"]
    led = [p for p, _, _ in line_rules._heads + line_rules._bodies if isinstance(p, re.Pattern) and "(?<=(?=(?P<r" in p.pattern]
    assert len(led) >= 4


def test_line_rules_with_merged_alternatives_opening_with_classes_find_the_plain_matches():
    from reportnlp.stages.boilerplate import _rules

    line_rules = _rules()["line_rules"]
    rules, inline_len = line_rules.rules, _rules()["inline_rule_len"]
    for line in _rule_lines():
        got = line_rules.leftmost(line)
        plain = _plain_first_rule(rules, line)
        assert got is (None if plain is None else rules[plain[1]]), line
        for min_max_len in (0, inline_len):
            assert [(order, span) for order, span, _ in line_rules.spans(line, min_max_len)] == \
                plain_rule_spans(rules, line, min_max_len), line
