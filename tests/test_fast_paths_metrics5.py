"""Shortcuts taken for speed in the metrics stage and its modules give what the plain way gives
(round 5).

Each test runs the shortcut and a plain version written out here on report-like and random text,
so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import re

import pytest
from randtext import PAGE_LINES, random_texts

from reportnlp.stages import metrics

# ---- the 《》 and quote marks: each looked for on its own, in a text that holds it ---------------

MARK_TEXTS = ['依据《条例》第3条,“一网通办”率达95%', '他说"好"和"不好"', '《《》》““””""', "", "没有标记的文本"]


def _marks_plain(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """One scan for the five marks, each sorted into its lists (" both opens and closes)."""
    out: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    for m in re.finditer('[《》“”"]', text):
        ch = m.group()
        for i, chars in enumerate(("《", "》", '“"', '”"')):
            if ch in chars:
                out[i].append(m.start())
    return out


@pytest.mark.parametrize("text", MARK_TEXTS + PAGE_LINES + random_texts(600, '《》“”"文件通知,，。0123 ', 73, 0, 40))
def test_marks_found_one_by_one_are_the_marks_of_one_scan(text):
    assert metrics._marks(text) == _marks_plain(text)


# ---- a value's sentence: structure.sentence_at's, from the sentence ends among the clause breaks --

SENTENCE_TEXTS = [
    "截止5月底,共受理行政许可(审批)69426件,办结69421件,办结率99.9,平均办理时间为1.8天。",
    "全年接待群众3200人次；办结率98%!满意率99%?新增窗口5个\n投入资金120万元：其中财政80万元",
    "受理12，办结10；满意率98%以上。" * 30,  # sentences longer than sentence_at's 300-character reach
    "办结" + "件" * 350 + "12件" + "人" * 350 + "。",
]
SENTENCE_ALPHABET = "受理办结件人次户元万亿%率为共计0123456789.,，;；。:：！？!?\n "


@pytest.mark.parametrize("text", SENTENCE_TEXTS + PAGE_LINES + random_texts(300, SENTENCE_ALPHABET, 79, 0, 120))
def test_sentence_ends_picked_from_clause_breaks_are_the_sentence_scan(text):
    from reportnlp import structure  # noqa: PLC0415

    assert metrics._sentence_breaks(text) == structure._breaks(text)


@pytest.mark.parametrize("text", SENTENCE_TEXTS + random_texts(150, SENTENCE_ALPHABET, 83, 1, 160))
def test_a_values_sentence_is_the_one_sentence_at_gives(text):
    from reportnlp.api import process  # noqa: PLC0415
    from reportnlp.structure import sentence_at  # noqa: PLC0415

    from reportnlp.errors import InputError  # noqa: PLC0415

    try:
        parts = process(text).parts
    except InputError:
        return  # (no letters or digits: nothing to read)
    for part in parts:
        for m in part.get("metrics"):
            assert m.data.sentence_span == sentence_at(part.text, m.start, m.end)


# ---- periods: looked for only in the windows around 年, 月 and 季度 -------------------------------

PERIOD_TEXTS = ["2023年上半年受理120件,截至10月底办结", "今年一季度、第二季度和1-6月份", "2019年度2020年全年",
                "本年度前三季度" * 40, "19年20年度截止3月末", "年月季度", ""]
PERIOD_ALPHABET = "0123456789年月季度上下半全前三第一二四今去本截至止底末份-—~至受理件,。 "


@pytest.mark.parametrize("text", PERIOD_TEXTS + PAGE_LINES + random_texts(1500, PERIOD_ALPHABET, 89, 0, 80))
def test_periods_found_in_windows_are_the_periods_of_the_whole_text(text):
    from reportnlp.patterns import finditer  # noqa: PLC0415
    from reportnlp.structure import period_pattern  # noqa: PLC0415

    assert metrics._period_keys() is not None  # the windows are used
    assert [m.span() for m in metrics._periods(text)] == [m.span() for m in finditer(period_pattern(), text)]


# ---- jieba's words (no HMM), the word graph and route worked out in one loop --------------------


def _word_soup() -> list[str]:
    """Dictionary words (so words of every length meet and overlap), letters, digits, symbols,
    spaces and line breaks glued together."""
    import random  # noqa: PLC0415

    from reportnlp.segment import _jieba  # noqa: PLC0415

    words = [w for w, f in list(_jieba().FREQ.items())[::97] if f]
    extra = list("abcXYZ019 +#&._%-\r\n\t，。、（）()的了在和及人件个")
    rng = random.Random(97)
    return ["".join(rng.choice(words) if rng.random() < 0.6 else rng.choice(extra) for _ in range(rng.randint(1, 14)))
            for _ in range(1500)]


@pytest.mark.parametrize("text", PAGE_LINES + SENTENCE_TEXTS + _word_soup())
def test_jieba_words_found_in_one_loop_are_jiebas(text):
    from reportnlp import indicators  # noqa: PLC0415
    from reportnlp.segment import _jieba  # noqa: PLC0415

    assert indicators._jieba_words(text) == _jieba().lcut(text, HMM=False)


def test_a_tie_between_routes_goes_to_the_longer_word_as_in_jieba(tmp_path, monkeypatch):
    """甲乙 and 甲乙丙 are as frequent, and 丙丁 after 甲乙 scores what 丁 after 甲乙丙 scores: the
    routes tie, and jieba's max() of (score, end) tuples takes the later end."""
    import jieba  # noqa: PLC0415

    from reportnlp import indicators, segment  # noqa: PLC0415

    words = tmp_path / "dict.txt"
    words.write_text("甲乙 3 n\n甲乙丙 3 n\n丙 1 n\n丁 1 n\n丙丁 1 n\n甲 1 n\n乙 1 n\n", encoding="utf-8")
    tk = jieba.Tokenizer(dictionary=str(words))
    tk.tmp_dir = str(tmp_path)
    tk.initialize()
    monkeypatch.setattr(segment, "_jieba", lambda: tk)
    assert tk.lcut("甲乙丙丁", HMM=False) == ["甲乙丙", "丁"]
    assert indicators._jieba_words("甲乙丙丁") == tk.lcut("甲乙丙丁", HMM=False)
