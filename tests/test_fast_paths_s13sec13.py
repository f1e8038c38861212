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
        if not isinstance(cue, sections._ClauseGated):
            continue  # (tried as it is: see test_a_cue_tried_as_it_is_fails_within_its_first_characters)
        plain = resolved(cue.pattern)
        for text in texts:
            assert (cue.match(text) is None) == (plain.match(text) is None), (text, plain.pattern)
            assert (cue.search(text) is None) == (plain.search(text) is None), (text, plain.pattern)


def test_most_cues_are_clause_gated_or_fail_fast():
    # a cue with an alternative no string gates is tried on every text it is let through on: each cue must
    # turn away a sentence holding none of its words by its gate, or be one whose try fails within its first
    # characters (tried as it is), or the shortcut quietly stopped
    for key in ("paragraph_cues", "sentence_cues"):
        cues = [cue for _, cue, _ in sections._cfg()[key]]
        gated = [cue for cue in cues if isinstance(cue, sections._ClauseGated)]
        assert sum(cue.may_match is not None and not cue.may_match("今年全体干部认真学习。") for cue in gated) >= len(gated) - 2, key
        assert len(gated) >= 8, key  # (the cues that read far: "^[^。]{0,90}?(?:提出|…)")


def _reach_of(pattern: str) -> int:
    from reportnlp.patterns import anchored_try_reach

    return anchored_try_reach(pattern)


def test_the_reach_of_a_try_is_what_it_reads_before_a_character_of_a_known_set():
    assert _reach_of("^(?:记者|问)[:：]") == 0
    assert _reach_of("^[^。，,]{0,16}(?:报告|会议)") == 16
    assert _reach_of("^[^。]{0,90}?(?:提出|讲了)") == 90
    assert _reach_of("^(?:[^。；;]{0,40}[,，])?[^。，,；;]{0,12}?(?:要|必须)") == 52  # an optional part, then the rest
    assert _reach_of("^(?![^。]{0,50}?(?:对照|根据))存在") == 50  # a lookahead reads too
    assert _reach_of("^(?:a|[^b]{0,8})c") == 8  # the longest alternative
    assert _reach_of("^a*") == 0 and _reach_of("^[^a]*b") > 10 ** 6  # (no bound: not worked out)
    assert _reach_of("(?:记者|问)[:：]") is None and _reach_of("^记者|问") is None  # not anchored (in every branch)


@pytest.mark.parametrize("key", ["paragraph_cues", "sentence_cues"])
def test_a_cue_tried_as_it_is_fails_within_its_first_characters(key):
    # a cue with no gate in front is anchored at the start and reads at most _GATE_REACH characters before it
    # must meet a character of a known set; its pattern is the cue's own
    raw = load_yaml("sections.yml")[key]
    for (_, cue, _), entry in zip(sections._cfg()[key], raw):
        if isinstance(cue, sections._ClauseGated):
            continue
        from reportnlp.patterns import anchored_try_reach

        reach = anchored_try_reach(entry["pattern"])  # (None: not anchored at the start)
        assert reach is not None and reach <= sections._GATE_REACH, entry["pattern"]
        assert resolved(cue).pattern == resolved(sections.compile_pattern(entry["pattern"])).pattern


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


def test_the_later_cue_hits_of_a_paragraph_are_its_own_scans_past_its_first_sentence():
    gate = sections._cfg()["sentence_cues_gate"]
    later = 0
    for text in _cue_word_pages(17, 2500):
        for s, e in paragraphs(text):
            par = text[s:e]
            first = structure.SENTENCE_MARK.search(par)
            kept = [hit for hit in gate.hits(par) if first and hit[0] >= first.end()]
            assert sections._later_cue_hits(par) == kept, par
            later += bool(kept)
    assert later  # (words past a first sentence were found)


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
