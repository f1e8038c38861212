"""Shortcuts taken for speed in rule gates and character classes give what the plain way gives.

LineRules test all their gates with one scan of a line (GateWords) instead of one search a gate;
rule patterns compile a class holding \\d with its BMP digits in the class's bitmap and the digit
category test behind the BMP test. These tests compare each with the plain way (may_match per gate;
re.compile's own class) on report-like lines, random mixes of the gates' strings and every code
point, so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import re

import pytest
import regex
from randtext import PAGE_LINES, random_texts

from reportnlp.patterns import GateWords, _compile_led, may_match
from reportnlp.re_charsets import _DIGIT, _digits_apart, _optimized, remembered_charsets
from reportnlp.stages import boilerplate

# -- GateWords: the gates a line passes, from one scan ------------------------------------------

# gates whose strings overlap and start one another (分 / 分享 / 分享到, 下载 / 载): the scan finds
# the longest at each position and must still tell the shorter ones held
SYNTHETIC_GATES = [
    (frozenset({"分"}),),
    (frozenset({"分享", "评论"}),),
    (frozenset({"分享到"}), frozenset({":", "："})),
    (frozenset({"下载"}), frozenset({"载"})),
    (frozenset({"@"}), frozenset({"."}), frozenset({"cn", "com", "net", "org"})),
    (frozenset({"co"}),),
    (frozenset({"。"}), frozenset({"载", "评"})),
]
ALPHABET = "分享到下载评论:：@.cnomegt。，页字摄供稿记者通讯员|｜>》（(…．·xy 1"
LINES = PAGE_LINES + ["分享到：", "分享到", "分享", "分", "下载", "载下", "a@b.com", "a.b@c", "co.cn", "com",
                      "评论分享到下载。", ""] + random_texts(2000, ALPHABET, 51, longest=40)


def _plain_passing(gates, line: str) -> set[int]:
    return {k for k, gate in enumerate(gates) if may_match(gate, line)}


def test_synthetic_gates_overlap():
    words = GateWords(SYNTHETIC_GATES)
    assert words._held_with is not None  # some strings start others: the prefix path is taken


@pytest.mark.parametrize("gates", [SYNTHETIC_GATES, SYNTHETIC_GATES[4:], [(frozenset({"x"}),)]])
def test_the_gates_passed_are_those_may_match_passes(gates):
    words = GateWords(gates)
    for line in LINES:
        assert set(words.passing(line)) == _plain_passing(words.gates, line), line


def test_line_rules_gates_passed_are_those_may_match_passes():
    line_rules = boilerplate._rules()["line_rules"]
    words = line_rules._gate_words
    assert len(words.gates) >= 5
    alphabet = "".join({ch for gate in words.gates for clause in gate for w in clause for ch in w}) + "工作完成。，1a "
    for line in LINES + random_texts(2000, alphabet, 52, longest=60):
        assert set(words.passing(line)) == _plain_passing(words.gates, line), line


def test_no_gates_pass_nothing_but_the_empty_gate_is_none():
    words = GateWords([(), ()])
    assert words.gates == [] and words.passing("分享到") == frozenset()


# -- classes holding \d: the BMP digits in the bitmap, the category test beyond the BMP ----------

ALL_CHARACTERS = "".join(map(chr, range(0x110000)))
DIGIT_CLASSES = [r"\d", r"[\d年月]", r"[^\d]", r"[^\d。，]", r"[\d\U0001D7CE-\U0001D7D7x]", r"[\d\U00020000-\U0002A6DF]",
                 r"(?:\d{1,3}[年月日]|第\d)", r"[\dA-Z]{2}", r"\D\d", r"(?=[\d年])(?:\d{4}|年)"]


@pytest.mark.parametrize("source", DIGIT_CLASSES)
def test_a_class_with_digits_apart_has_the_same_members(source):
    with remembered_charsets(astral_apart=True, digits_apart=True):
        apart = re.compile(source + "(?#digits apart)")  # a pattern re has not cached
    plain = re.compile(source)
    assert [m.span() for m in apart.finditer(ALL_CHARACTERS)] == [m.span() for m in plain.finditer(ALL_CHARACTERS)]


def test_led_patterns_keep_their_matches_with_digits_apart():
    text = ALL_CHARACTERS[:0x3100] + "２０２４年１２月，完成率９８％。" + ALL_CHARACTERS[0x1D7C0:0x1D800]
    for source, first in [(r"(?=[\d年])(?:\d{2}|年)", r"[\d年]"), (r"(?=[\d第])(?:第[一二三]|\d+、)", r"[\d第]")]:
        led = _compile_led(source, 0, first)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in re.finditer(source, text)]


def test_the_digit_category_goes_behind_the_bmp_test():
    out = _digits_apart([_DIGIT, (re._constants.LITERAL, ord("年"))], lambda c: list(_optimized(c)[0]))
    ops = [op for op, _ in out]
    assert ops[0] is re._constants.BIGCHARSET and ops[-1] is re._constants.CATEGORY
    assert ops[1:4] == [re._constants.NEGATE, re._constants.RANGE, re._constants.NEGATE]
    assert _digits_apart([(re._constants.LITERAL, ord("年"))], lambda c: list(_optimized(c)[0])) is None


def test_an_ascii_pattern_keeps_ascii_digits():
    led = _compile_led(r"(?a)(?=[\d年])(?:\d|年)", 0, r"[\d年]")
    assert [m.group() for m in led.finditer("1年٣５")] == ["1", "年"]


# -- normalize: the invisible and pinyin scans skipped on a page without what they need -----------

NORMALIZE_ALPHABET = ("的工作(（)）xiāngdiànróngliàn 12345一二。，．%万.`´'^\u3000\t\n\u200b\u200c\ufeff\xad\x00\x01\x07\x1f\x7f"
                      "ǖǘǚǜńňǹḿabc")
NORMALIZE_TEXTS = PAGE_LINES + ["鄉(xiāng)村", "供电(gōngdiàn)", "案(an4)", "辦(ban3）理", "的\u200b值", "容量(diàn róng liàng)",
                                "a\x01b", "没有(DOC)", "的.的", "共4。4%", "共4．4 万", "2018年。3", "的`´值", "的^的'的"] + random_texts(3000, NORMALIZE_ALPHABET, 53, longest=50)
# readings and near-readings after a character: letters with or without a tone mark or digit
NORMALIZE_TEXTS += [f"的{o}{w}{c}工" for o, w, c in zip(random_texts(800, "(（", 54, 1, 1), random_texts(800, "xianngdā1 3ǜ", 55, 1, 8),
                                                    random_texts(800, ")）", 56, 1, 1))]


def test_a_page_without_what_the_pinyin_pattern_needs_holds_no_match():
    # (the invisible-character pattern has no gate: it opens with its class, which re scans at C speed)
    from reportnlp.stages.normalize import _patterns

    p = _patterns()
    found = 0
    for text in NORMALIZE_TEXTS:
        matches = [m.span() for m in p["pinyin"].finditer(text)]
        found += bool(matches)
        assert not matches or p["pinyin_needs"].search(text), text
    assert found >= 20  # the texts do hold matches


def test_normalize_is_the_same_with_every_scan_run(monkeypatch):
    from reportnlp.document import Document
    from reportnlp.stages import normalize as stage

    def run(text: str) -> tuple:
        doc = stage.normalize(Document(text))
        return doc.text, doc.meta["lost_characters"], repr(doc.removed)

    fast = [run(t) for t in NORMALIZE_TEXTS[:600]]
    patterns = dict(stage._patterns())
    patterns["pinyin_needs"] = regex.compile("")  # finds a match in every text: no scan skipped
    # the stray characters and the decimal points as one class each, as they were searched for before
    cfg = stage.load_yaml("normalize.yml")
    stray = "[" + regex.escape(cfg["stray_between_cjk"]) + "]"
    patterns["stray"] = [("", regex.compile(rf"{stray}(?<=\p{{Han}}{stray})(?=\p{{Han}})"))]
    patterns["decimal"] = [("", regex.compile(r"[。．](?<=\d[。．])(?=\d{1,4}\s?[" + regex.escape(cfg["decimal_followers"]) + "])"))]
    monkeypatch.setattr(stage, "_patterns", lambda: patterns)
    assert [run(t) for t in NORMALIZE_TEXTS[:600]] == fast


# -- boilerplate: forum post times found by the dash after the year; report wording by its lead ---

FORUM_ALPHABET = "发表于楼 2019-2023-12-1920-01-5\n:：19 20 x年"
FORUM_TEXTS = PAGE_LINES + ["5楼 2023-12-19 08:12\n沙发 2019-1-2", "2023-12-1920-1-1", "1999-1-1\n2000-12-31-2",
                            "20-2023-1-1", "\n".join(PAGE_LINES)] + random_texts(3000, FORUM_ALPHABET, 57, longest=60)
# joins of a date's pieces: whole times, cut ones, run together
FORUM_PIECES = ["2023", "1999", "19", "20", "-", "-", "1", "12", "305", "\n", " ", "楼"]
FORUM_TEXTS += ["".join(random_texts(1, "".join(map(chr, range(len(FORUM_PIECES)))), seed, 1, 14)[0].translate(
    {k: piece for k, piece in enumerate(FORUM_PIECES)})) for seed in range(1500)]


def _lines_of(starts, text: str) -> set[int]:
    return {text.count("\n", 0, s) for s in starts}


def test_post_times_are_on_the_lines_the_plain_pattern_finds():
    date = boilerplate._rules()["forum_reply"]["date"]
    assert date is not None and date.pattern.startswith("-")
    plain = re.compile(boilerplate._POST_DATE)
    found = 0
    for text in FORUM_TEXTS:
        lines = _lines_of((m.start() for m in date.finditer(text)), text)
        assert lines == _lines_of((m.start() for m in plain.finditer(text)), text), text
        found += bool(lines)
    assert found >= 10


def test_report_wording_is_found_where_the_plain_pattern_finds_it():
    plain = re.compile(r"\d|我(?:市|县|区|局|镇|乡|省|街道|中心|单位|院|校|所|站|委|办)")
    for text in LINES + random_texts(2000, "我市县街道中心单位工作1２٣ab", 58, longest=20):
        fast, slow = boilerplate._rules()["report_words"].search(text), plain.search(text)
        assert (fast and fast.span()) == (slow and slow.span()), text
