"""Shortcuts taken for speed in the metrics stage and its modules give what the plain way gives
(round 4).

Each test runs the shortcut and a plain version written out here on report-like and random text,
so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import re

import pytest
from randtext import random_texts

from reportnlp import numerals
from reportnlp.patterns import compile_with_first_chars

REPORT_TEXTS = [
    "２０２３年共受理行政许可６９４２６件，办结率９９．９％。",
    "全年投入資金壹佰萬元，兩個窗口　進駐，",
    "受理12，办结10；满意率98%以上\t（金政务〔2015〕39号）",
    "plain text without anything to fold",
    "",
]


def _fold_alphabet() -> str:
    """Foldable characters and others, so runs of every length start and end everywhere."""
    foldable = "".join(chr(cp) for cp in sorted(numerals._fold_table()))
    return foldable[::3] + "受理办结件人次 ,，.0123456789"


# ---- fold: its runs found by a pattern that opens with the class (re skips to it) -------------


@pytest.mark.parametrize("text", REPORT_TEXTS + random_texts(800, _fold_alphabet(), 53, 0, 40))
def test_foldable_runs_are_the_plain_class_runs(text):
    plain = "[" + "".join(re.escape(chr(cp)) for cp in sorted(numerals._fold_table())) + "]+"
    assert numerals._foldable_run().findall(text) == re.findall(plain, text)
    assert numerals.fold(text) == text.translate(numerals._fold_table())


def _opens_with_a_class(pattern: re.Pattern) -> bool:
    """Whether re's search can step to the pattern's first character at C speed: it opens with a
    class (a leading repeat of one, ``[…]+``, is tried at every position)."""
    import re._parser as sre_parse  # noqa: PLC0415

    items = sre_parse.parse(pattern.pattern, pattern.flags).data
    return bool(items) and items[0][0] is sre_parse.IN


def test_foldable_runs_open_with_their_class():
    assert _opens_with_a_class(numerals._foldable_run())


# ---- the skip patterns that open with a repeat of a class, told their first characters ---------

SKIP_TEXTS = ["连续30分钟跑5圈", "十九届四中全会精神", "实行1+6模式和3+X", "联系邮箱abc.d@example.gov.cn",
              "二十届三中全会", "5分钟内", "1+1", "届时"]
SKIP_ALPHABET = "0123456789一二三四五六七八九十分钟圈届中全会+@.abcXx、，。 模式"


@pytest.mark.parametrize("text", SKIP_TEXTS + random_texts(1500, SKIP_ALPHABET, 59, 0, 30))
def test_led_skip_patterns_find_what_the_plain_ones_find(text):
    plain = [e["pattern"] for e in numerals._lexicon()["set_patterns"]] + [
        r"(?<![0-9])[0-9一二三四五六七八九十]{1,3}\+[0-9A-Za-z一二三四五六七八九十]{1,3}",
        r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}"]
    for p in plain:
        led = compile_with_first_chars(p)
        assert led.pattern != p  # told its first characters
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in re.finditer(p, text)]


# ---- the metrics stage reads quantities as rows: Quantity's fields but its text ----------------

QUANTITY_TEXTS = ["办结率99.9，受理3件，投入1.1万元，近万人，两个半小时，约3至5个工作日，$20，增长5.2%",
                  "共受理行政许可69426件，节约资金73万余元，满意率98%以上，逾千户受益，8亿元人民币"]
QUANTITY_ALPHABET = "一二三十百千万亿两零个件人元次户处座%，。、￥$第约近余多率为是以上左右逾半年小时" + "0123456789."


@pytest.mark.parametrize("text", QUANTITY_TEXTS + random_texts(400, QUANTITY_ALPHABET, 61, 0, 40))
def test_quantity_rows_are_the_quantities_but_their_text(text):
    import dataclasses  # noqa: PLC0415

    from reportnlp.quantities import find_quantities, quantity_rows  # noqa: PLC0415

    plain = [dataclasses.astuple(q) for q in find_quantities(text)]
    assert [r[:4] + (text[r[0]:r[1]],) + r[4:] for r in quantity_rows(text)] == plain


# ---- divisions: looked up only where a name's last two characters stand ------------------------


def _divisions_plain(text: str) -> list[tuple[int, int, str]]:
    """Every listed name in text, longest first at each position, left to right: each name looked
    for everywhere (no trie, no last-character scan)."""
    from reportnlp import regions  # noqa: PLC0415

    names, longest = regions._divisions()
    found = [(s, e) for s in range(len(text)) for e in range(s + 2, min(len(text), s + longest) + 1)
             if text[s:e] in names]
    out, end = [], 0
    for s, e in sorted(found, key=lambda x: (x[0], x[0] - x[1])):
        if s >= end:
            out.append((s, e, text[s:e]))
            end = e
    return out


def _division_alphabet() -> str:
    from reportnlp import regions  # noqa: PLC0415

    names = sorted(regions._divisions()[0])
    return "".join(sorted({ch for n in names[::40] for ch in n})) + "市县区省镇乡，的了"


DIVISION_TEXTS = ["四川省成都市锦江区人民政府", "南宁市西乡塘区和武鸣县", "根据市县区三级", "市县区市县", "北京市西城区街道"]


def _glued_names() -> list[str]:
    """Listed names glued to each other and to pieces of names, so names end everywhere."""
    import random  # noqa: PLC0415

    from reportnlp import regions  # noqa: PLC0415

    names = sorted(regions._divisions()[0])
    rng = random.Random(71)
    return ["".join(rng.choice(names)[rng.randint(0, 1):] for _ in range(rng.randint(1, 8))) for _ in range(400)]


@pytest.mark.parametrize("text", DIVISION_TEXTS + random_texts(400, _division_alphabet(), 67, 0, 40) + _glued_names())
def test_divisions_found_from_their_last_two_characters_are_all_of_them(text):
    from reportnlp import regions  # noqa: PLC0415

    assert regions.divisions_in(text) == _divisions_plain(text)
