"""Shortcuts taken for speed in the metrics stage and its modules give what the plain way gives
(round 4).

Each test runs the shortcut and a plain version written out here on report-like and random text,
so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import re

import pytest
from randtext import random_texts

from reportnlp import numerals

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
