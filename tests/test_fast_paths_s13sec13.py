"""Shortcuts of speed round 13 in the reflow, documents and sections stages give what the plain way gives.

Each compares the shortcut with the plain way (kept here as a small reference) on report-like text
and on random mixes of the characters the shortcut looks at (tests/randtext.py)."""
from __future__ import annotations

import re

import pytest
from randtext import PAGE_LINES, random_texts

from reportnlp.lexicons import load_yaml
from reportnlp.patterns import literal_gate, may_match, resolved
from reportnlp.structure import paragraphs
from reportnlp import structure
from reportnlp.stages import documents, reflow, sections

# -- sections: a cue tried only where each clause of one of its alternatives is held ---------------


def _cue_texts(key: str, seed: int, n: int) -> list[str]:
    """Strings of the words of the cues' literal gates (every clause's, of every alternative), pieces
    of them, marks and filler."""
    words = {w for cue in load_yaml("sections.yml")[key] for alternative in sections._alternatives(cue["pattern"])
             for clause in literal_gate(alternative) for w in clause}
    pieces = {w[:k] for w in words for k in range(1, len(w))} | {w[k:] for w in words for k in range(1, len(w))}
    tokens = sorted(words) + sorted(pieces) + ["。", "；", "，", "：", "了", "要", "工作", "2024年", "下"] * 6
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text) for text in random_texts(n, alphabet, seed, 1, 16)]


REPORT_SENTENCES = [
    "今年以来,我们主要做了以下几方面工作:",
    "针对2025年工作,会议作出了部署安排。",
    "会议要求,全体干部务必提高认识。",
    "下半年,我局将继续加大工作力度。",
    "在肯定成绩的同时,也要清醒看到存在的不足之处。",
    "县委书记强调,要压实责任。",
    "记者:下一步有什么打算?",
    "2025年,我们必须坚持稳中求进。",
]


@pytest.mark.parametrize("key", ["paragraph_cues", "sentence_cues"])
def test_a_clause_gated_cue_matches_where_its_pattern_does(key):
    texts = REPORT_SENTENCES + PAGE_LINES + _cue_texts(key, 13, 3000)
    for _, cue, _ in sections._cfg()[key]:
        plain = resolved(cue.pattern)
        for text in texts:
            assert (cue.match(text) is None) == (plain.match(text) is None), (text, plain.pattern)
            assert (cue.search(text) is None) == (plain.search(text) is None), (text, plain.pattern)


def test_most_cues_are_clause_gated():
    # a cue with an alternative no string gates is tried on every text it is let through on: most
    # cues must turn away a sentence holding none of their words, or the shortcut quietly stopped
    for key in ("paragraph_cues", "sentence_cues"):
        cues = [cue for _, cue, _ in sections._cfg()[key]]
        assert sum(cue.may_match is not None and not cue.may_match("今年全体干部认真学习。") for cue in cues) >= len(cues) - 2, key


# -- reflow: numbered lines found by one scan ----------------------------------------------------


def _plain_numbered(text: str) -> list[tuple[int, str, int]]:
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    return [(s, m.group(1), m.end()) for s in starts if (m := reflow._CHUNK_MARKER.match(text, s))]


def test_numbered_lines_are_the_lines_a_match_at_each_start_finds():
    for text in random_texts(4000, "12０3、\n \t一。", 5, 0, 30) + ["\n".join(PAGE_LINES), "1、a\n2、b\n\n12、c"]:
        assert reflow._numbered_lines(text) == _plain_numbered(text), repr(text)


# -- reflow: broken lines passed over by the lookbehind ----------------------------------------

_PLAIN_BROKEN_END = re.compile(r"\n((?:[ \t]*\n){0,2})(?=[ \t]*[\u4e00-\u9fff\d])")


def _broken_candidates(pattern: re.Pattern, text: str) -> list[tuple[int, str, int]]:
    """(newline, blank lines after it, end) of each match the code goes on to read: a line that ends,
    blanks aside, on one of _BROKEN_LAST's characters."""
    out = []
    for m in pattern.finditer(text):
        nl = m.start()
        while nl > 0 and text[nl - 1] in " \t":
            nl -= 1
        if nl == 0 or text[nl - 1] == "\n" or not reflow._BROKEN_LAST.match(text, nl - 1):
            continue
        out.append((nl, m.group(1), m.end()))
    return out


def test_the_broken_line_scan_reads_the_lines_the_plain_scan_reads():
    for text in random_texts(6000, "汉字3。,，\n\n \t!a、", 6, 0, 40) + ["\n".join(PAGE_LINES)]:
        assert _broken_candidates(reflow._BROKEN_END, text) == _broken_candidates(_PLAIN_BROKEN_END, text), repr(text)


# -- documents: a full stop by substring tests ---------------------------------------------------


def test_has_full_stop_is_the_class_search():
    for text in random_texts(3000, "汉。！？!?.,，字", 7, 0, 12) + PAGE_LINES:
        assert documents._has_full_stop(text) == (documents._FULL_STOP.search(text) is not None), text


# -- sections: the sentence cues' words found by one scan of the text -----------------------------


def _cue_word_pages(seed: int, n: int) -> list[str]:
    """Page-like strings of the sentence cues' scan words, pieces of them, marks, line breaks and blanks."""
    words = sections._cfg()["sentence_cues_gate"].scan.word_bits
    pieces = {w[:k] for w in words for k in range(1, len(w))} | {w[k:] for w in words for k in range(1, len(w))}
    tokens = sorted(words) + sorted(pieces) + ["。", "，", "\n", " \n ", "\n\n", "工作"] * 10
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text) for text in random_texts(n, alphabet, seed, 0, 40)]


def test_the_cue_hits_of_a_text_are_each_paragraphs_own():
    gate = sections._cfg()["sentence_cues_gate"]
    crossed = 0
    for k, text in enumerate(_cue_word_pages(17, 2500)):
        spans = paragraphs(text)
        if k % 2:  # paragraphs cut with no space between, as a glued title's cut leaves them
            spans = [piece for s, e in spans for piece in (((s, (s + e) // 2), ((s + e) // 2, e)) if e - s > 1 else ((s, e),))]
        found = sections._sentence_cue_hits(text, spans)
        for i, (s, e) in enumerate(spans):
            got = found.get(i, [])
            if got is None:
                crossed += 1
                continue
            assert got == gate.hits(text[s:e]), (text, i)
    assert crossed  # the cuts did put words across paragraphs


# -- reflow: a broken line's match gated by the strings it needs -----------------------------------


def test_the_broken_line_gate_passes_every_line_the_pattern_matches():
    c = reflow._cfg()
    assert c["broken_gate"]  # (an empty gate passes all: the shortcut would be gone)
    lines = random_texts(6000, "汉字一、。,，:1(（)）…", 8, 0, 30) + PAGE_LINES + ["我们加强学习,提高认识", "一、加强学习,提高"]
    for line in lines:
        if c["broken"].match(line):
            assert may_match(c["broken_gate"], line), line


# -- structure: a salutation's match behind substring tests ----------------------------------------


def test_opens_speech_is_the_salutation_match():
    pattern = structure.cues()["speech_opening"]
    tokens = ["尊敬的", "各位", "代表", "领导", "同志们", "同志", "们", "位", "老师们", "县", "、", "，", ",", ":", "：", "!",
              "！", "。", "大家好", "各位来宾"]
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    texts = ["".join(tokens[ord(ch) - 0x4E00] for ch in text) for text in random_texts(6000, alphabet, 9, 0, 12)]
    texts += PAGE_LINES + ["尊敬的各位领导、各位来宾:", "同志们:今天我们召开…", "各位代表，各位委员："]
    assert sum(bool(pattern.match(t)) for t in texts) > 100  # (salutations among them)
    for text in texts:
        assert structure.opens_speech(text) == bool(pattern.match(text)), text
