"""Shortcuts the structure stages take for speed give what the plain way gives.

Each compares the shortcut with the plain way on report-like text and on random mixes of the
characters the shortcut looks at (tests/randtext.py), so a shortcut that starts to drop a
result fails here instead of silently."""
from __future__ import annotations

import functools
import itertools
import operator

import pytest
from randtext import random_texts

from reportnlp.stages import sections
from reportnlp.structure import SENTENCE_MARK

REPORT_PARAGRAPHS = [
    "2024年,县人社局将以稳就业为重点,全力推进各项工作。",
    "今年以来,我街道扎实推进各项工作,赢得了群众的赞扬。下一步,我街道将继续加大工作力度。",
    "但我们也要清醒地看到,工作中还存在一些问题和不足。一是服务意识不强;二是创新不够。",
    "会议通报了上半年工作情况。会议要求,各单位要进一步提高认识。镇党委书记柳青山强调,要压实责任。",
    "记者:您认为还面临哪些突出问题?委员们纷纷表示,今后将继续履职尽责。",
    "针对上述问题,建议如下:",
    "活动也暴露出一些不足,部分干部在会上坦言仍有差距。大家一致表示,要抓好落实。",
    "回顾过去一年,全县经济稳中有进。在肯定成绩的同时,我们也清醒认识到存在的短板。",
]


def _random_paragraphs(key: str, seed: int, n: int = 400) -> list[str]:
    """Strings of the words that gate the cues of ``key``, pieces of them (so that one word runs
    into the next: "汇报" + "告" holds 报告 where a scan finds 汇报), sentence ends and commas."""
    words = sections._cfg()[f"{key}_gate"].scan.word_bits
    pieces = {w[:k] for w in words for k in range(1, len(w))} | {w[k:] for w in words for k in range(1, len(w))}
    tokens = sorted(words) + sorted(pieces) + ["。", "；", "，", "：", "了", "要", "工作"] * 8
    # each random string picks its tokens by their index, written as characters of an alphabet
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text)
            for text in random_texts(n, alphabet, seed, shortest=1, longest=14)]


@pytest.mark.parametrize("key", ["paragraph_cues", "sentence_cues"])
def test_a_texts_cue_bits_cover_every_gate_word_it_holds(key):
    gate = sections._cfg()[f"{key}_gate"]
    for text in REPORT_PARAGRAPHS + _random_paragraphs(key, 8, 2000):
        held = functools.reduce(operator.or_, (b for w, b in gate.scan.word_bits.items() if w in text), gate.ungated)
        assert gate.bits_in(text) & held == held, text
        from_hits = functools.reduce(operator.or_, (b for _, b in gate.hits(text)), gate.ungated)
        assert from_hits & held == held, text


def _plain_cues(key: str, text: str) -> list[int]:
    """The cues of ``key`` that match ``text``, each tried."""
    return [k for k, (_, pat, _) in enumerate(sections._cfg()[key]) if pat.search(text)]


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("paragraph_cues", 5))
def test_the_paragraph_cues_a_text_can_hold_include_every_one_that_matches(text):
    cues = sections._cfg()["paragraph_cues"]
    kept = sections._cues_of("paragraph_cues", sections._cfg()["paragraph_cues_gate"].bits_in(text))
    assert {cues.index(cue) for cue in kept} >= set(_plain_cues("paragraph_cues", text))


def _plain_paragraph_cue(par: str, problem_cues: bool) -> str | None:
    """paragraph_cue trying every cue."""
    sent = sections.first_sentence(par).lstrip("“\"「『")
    if sections._cfg()["topic_list"].search(sent):
        return None
    for label, pat, always in sections._cfg()["paragraph_cues"]:
        if sections._applies(label, always, problem_cues) and pat.search(sent):
            return label
    return None


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("paragraph_cues", 6))
def test_paragraph_cue_gives_what_trying_every_cue_gives(text):
    for problem_cues in (True, False):
        assert sections.paragraph_cue(text, problem_cues) == _plain_paragraph_cue(text, problem_cues)


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("sentence_cues", 7))
def test_the_sentences_listed_with_cues_include_every_sentence_a_cue_matches(text):
    listed = {(a, b): cues for a, b, cues in sections._sentences_with_cues(text)}
    cues = sections._cfg()["sentence_cues"]
    ends = [m.end() for m in SENTENCE_MARK.finditer(text)] + [len(text)]
    for a, b in itertools.pairwise(ends):  # every sentence after the first
        matching = {k for k, (_, pat, _) in enumerate(cues) if pat.match(text[a:b])}
        if matching:
            assert (a, b) in listed, text[a:b]
            assert {cues.index(cue) for cue in listed[(a, b)]} >= matching, text[a:b]


def test_the_cue_gates_gate_most_cues():
    # a cue no word gates is tried on every text: most must be gated, or the shortcut quietly stopped
    for key in ("paragraph_cues", "sentence_cues"):
        gate = sections._cfg()[f"{key}_gate"]
        assert gate.scan.pattern is not None
        assert bin(gate.ungated).count("1") <= 2, key

