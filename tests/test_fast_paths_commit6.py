"""Shortcuts the commitments stage takes for speed (round 6) give what the plain way gives.

Each skips a regex call where a substring test on a copy of the range (a few instructions a
character, where a search led by a class costs ~60) shows the pattern cannot match there:

- a paragraph is searched for an inline list only when it holds one of the words each match holds,
  and for its colon only when one is in its first 120 characters;
- a paragraph, a sentence or a clause is matched against chain_frame only when the character every
  match ends with is within the widest match's reach;
- a paragraph's previous line is searched for lead_in_stop only when it ends with what each match
  ends with;
- a sentence is matched against _FACT_YEAR only when it opens as a year does;
- a piece of a sentence is scanned for commas only when it holds one;
- a measure is matched for its enumerator only when it opens with a character one can open with;
- the status words are found with str.find, not a scan of their alternation;
- a clause is matched against frame_clause or aim_clause only when it opens with a character one
  of their matches opens with, and searched for a deadline that ends it only when it ends with a
  character a deadline ends with; a short measure is searched for a plan title's end only when it
  ends with one of its characters;
- a measure that ends as a lead-in can is searched only for the lead_in alternatives that can end
  with its last character.
"""
from __future__ import annotations

import random
import re

import pytest
from randtext import random_texts

from reportnlp import patterns
from reportnlp.document import Document
from reportnlp.stages import commitments as cm

REPORT_TEXTS = [
    "下一步工作打算如下:\n一是年底前完成整改;二是明年3月前投入使用。\n（二）6月底前完成污水管网二期工程；\n",
    "今后,我局将及时给予指导,适时进行验收。重点抓好以下几个方面工作。\n1.加强队伍建设。\n2.推进信息化,规范信息分类,调整发布格式。\n",
    "2025年,我局将继续加强队伍建设,力争新增学位5万个,确保年内建成。要进一步完善制度,务必抓紧落实。\n",
    "2024年全市地区生产总值增长5.8%。\n今年的重要任务,一是稳增长;二是促改革。\n第一,深化改革,实现全员覆盖。\n",
    "针对上述问题,我园将把演练纳入日常,统一组织,加强检查。\n首先,要提高认识;其次,要落实责任。\n",
    "在办事指南公开中,增加办理流程。\n目前,试点工作正在有序开展,我局将及时给予指导,适时进行验收总结。\n",
    "明年要做好三件事:\n（一）指导思想。以…为指导。\n参加述职会议人员:\n(1)乡镇机关为全体干部职工。\n",
]

TOKENS = ["将", "我局将", "今后,", "下一步,", "针对", "问题", "一是", "二是", "第一", "第一,", "首先", "首先,", "其次",
          ",", "，", "。", "；", ";", ":", "：", "\n", "\n", " ", "以下", "如下", "几点", "几个方面", "工作", "。", "2024年",
          "2025年,", "1999年度", "19", "20", "年底前", "6月底", "明年", "今年", "加强", "推进", "完善", "建立", "落实",
          "开展", "要", "继续", "进一步", "力争", "确保", "新增", "5万个", "增长5.8%", "(1)", "1.", "（二）", "打算",
          "计划", "在", "中", "上", "同时,", "此外,", "新的一年,", "规范", "优化", "完成", "的", "了", "已"]


def token_texts(n: int, seed: int, longest: int = 40) -> list[str]:
    """``n`` texts of up to ``longest`` tokens (words the shortcuts look at, which random characters
    seldom spell), the same for a seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(TOKENS) for _ in range(rng.randint(1, longest))) for _ in range(n)]


ALPHABET = "将一是第首先其次以下如下几点个方面年月日前底今明工作加强推进,，。；;:：\n 1290(（)）度中上要我局"


def _ranges(text: str, rng: random.Random) -> list[tuple[int, int]]:
    n = len(text)
    out = [(0, n)]
    for _ in range(6):
        a = rng.randint(0, n)
        out.append((a, rng.randint(a, n)))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_substring_gates_pass_wherever_the_pattern_matches(seed):
    rng = random.Random(seed)
    c = cm._cfg()
    frame_word, frame_reach = cm._chain_frame_gate()
    ends = cm._lead_in_stop_ends()
    assert ends == ("。",) and frame_word == "将"  # what the gates save: most paragraphs and clauses fail them
    for text in token_texts(1500, 40 + seed) + random_texts(800, ALPHABET, 50 + seed, longest=90):
        for a, b in _ranges(text, rng):
            piece = text[a:b]
            if cm._INLINE_LIST.search(text, a, b):
                assert any(w in piece for w in cm._INLINE_LIST_WORDS), text
            if c["chain_frame"].match(text, a, b):
                assert frame_word in text[a:min(b, a + frame_reach)], text
            if cm._CLAUSE.search(text, a, b):
                assert any(comma in piece for comma in cm._COMMAS), text
            # (read where the line ends, blanks stripped: $ also holds before a final line break)
            if b > a and not text[b - 1].isspace() and c["lead_in_stop"].search(text, a, b):
                assert text[b - 1] in ends, text
            # the colon: the first of either, found in a copy of the range's first 120 characters
            plain = cm._COLON.search(text, a, min(b, a + 120))
            head = piece[:120]
            fast = cm._COLON.search(head) if any(colon in head for colon in cm._COLONS) else None
            assert (plain and plain.start() - a) == (fast and fast.start()), text
        for at in range(len(text)):
            if cm._FACT_YEAR.match(text, at):
                assert text[at:at + 2] in cm._FACT_YEAR_OPENINGS, text


def test_gate_strings_are_what_the_patterns_name():
    assert set(cm._COLONS) == {ch for ch in map(chr, range(0x10000)) if cm._COLON.fullmatch(ch)}
    assert set(cm._COMMAS) == {ch for ch in map(chr, range(0x10000)) if cm._CLAUSE.fullmatch(ch)}
    assert all(w in cm._INLINE_LIST.pattern for w in cm._INLINE_LIST_WORDS)


class _Anything:
    """A gate that lets everything through: the plain way."""

    def __contains__(self, item) -> bool:
        return True


def _candidates(text: str) -> list:
    doc = Document(text=text)
    doc.meta["year"] = 2025  # a sentence that opens with an earlier year is a dated fact
    doc.spans.update({"metrics": [], "sections": []})
    return [repr(cand) for structure in (True, False) for cand in cm.commitment_candidates(doc, structure=structure)]


def _texts() -> list[str]:
    texts = REPORT_TEXTS + ["\n".join(REPORT_TEXTS)]
    rng = random.Random(9)
    lines = token_texts(2000, 71, longest=25)
    texts += ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    return texts


def test_candidates_are_those_found_without_the_gates(monkeypatch):
    texts = _texts()
    fast = [_candidates(t) for t in texts]
    monkeypatch.setattr(cm, "_INLINE_LIST_WORDS", ("", "", ""))
    monkeypatch.setattr(cm, "_COLONS", ("", ""))
    monkeypatch.setattr(cm, "_COMMAS", ("", ""))
    monkeypatch.setattr(cm, "_FACT_YEAR_OPENINGS", _Anything())
    monkeypatch.setattr(cm, "_chain_frame_gate", lambda: ("", 1 << 30))
    monkeypatch.setattr(cm, "_lead_in_stop_ends", lambda: None)
    monkeypatch.setattr(cm, "_ENUMERATOR_OPENERS", _Anything())
    monkeypatch.setattr(cm, "_lead_in_by_end", lambda: None)
    for table in cm._edge_chars():
        for key in table:
            monkeypatch.setitem(table, key, None)
    plain = [_candidates(t) for t in texts]
    assert sum(map(len, plain)) > 1000
    for text, f, p in zip(texts, fast, plain):
        assert f == p, text


def _plain_is_heading_line(text: str, s: int, e: int) -> bool:
    if not cm._starts_line(text, s):
        return False
    line_end = text.find("\n", e)
    line_end = line_end if line_end >= 0 else len(text)
    if line_end - s > 20:
        return False
    return cm.heading_level(text[s:line_end]) in (1, 2) and not cm._is_list_item_line(text, s, line_end)


HEADING_TOKENS = ["四、", "（二）", "1.", "2、", "一是", "2014年", "工作措施", "打算", "。", "；", "\n", "\n", " ", "加强", "推进",
                  "我局将", "，", "下一步工作", "存在的问题", "(1)"]


@pytest.mark.parametrize("seed", range(2))
def test_heading_lines_of_long_sentences_are_no_headings(seed):
    # a sentence of more than 20 characters is not looked for its line's end
    rng = random.Random(seed)
    texts = ["".join(rng.choice(HEADING_TOKENS) for _ in range(rng.randint(1, 30))) for _ in range(1500)]
    found = 0
    for text in texts + REPORT_TEXTS:
        for s, e in cm.iter_sentences(text):
            fast = cm._is_heading_line(text, s, e)
            assert fast == _plain_is_heading_line(text, s, e), (text, s, e)
            found += fast
    assert found > 50


STATUS_TOKENS = ["目前", "当前", "正在", "现阶段", "现有", "目", "前", "当", "正", "在", "现", "阶段", "有", "，", "。", "\n",
                 "工作", "我局", "前目", "现现有", "正正在"]


@pytest.mark.parametrize("seed", range(3))
def test_status_words_found_by_str_find_are_the_pattern_matches(seed):
    words = cm._status_words()
    assert len(words) >= 5
    status = cm._cfg()["status"]
    rng = random.Random(seed)
    texts = ["".join(rng.choice(STATUS_TOKENS) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts + REPORT_TEXTS:
        assert cm._word_starts(text, words) == [m.start() for m in status.finditer(text)], text


def test_words_that_could_overlap_are_refused(monkeypatch):
    for source in ("目前|前进", "现|现有", "当前|前"):
        cm._status_words.cache_clear()
        monkeypatch.setattr(cm, "load_yaml", lambda name, source=source: {"status": source})
        with pytest.raises(ValueError):
            cm._status_words()
    cm._status_words.cache_clear()


ENUMERATOR_TAILS = ["是", "要加强", "、", ".", "．", ")", "）", "件事,", "项，", "1)", "一)", "先", "次", "后", "", "一是",
                    "(1)", "1、", "第一,", "①", "首先", " 二、"]


def test_enumerator_openers_open_every_enumerator():
    # a character that is no opener, digit or blank opens no match, whatever follows it
    openers = cm._ENUMERATOR_OPENERS
    assert "一" in openers and "(" in openers and "首" in openers
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or ch in openers or ch.isdecimal() or ch.isspace():
            continue
        for tail in ENUMERATOR_TAILS:
            assert cm._ENUMERATOR.match(ch + tail) is None, ch + tail
    # and the heads of measures are those the plain match gives
    rng = random.Random(3)
    for _ in range(3000):
        piece = "".join(rng.choice(ENUMERATOR_TAILS + ["加强", "工作", "，", "\u3000", "２", "\n"]) for _ in range(rng.randint(0, 8)))
        m = cm._ENUMERATOR.match(piece)
        body = piece[m.end():] if m else piece
        assert cm._head(piece) == body.lstrip("，,、 ")[:12], piece


def test_last_characters_of_patterns():
    def closing(spelt):
        return patterns.closing_chars(spelt)
    assert closing("a[bc]") == "bc"
    assert closing("a(?=x)") == "a"
    assert closing("(?:ab|cd)e?$") == "bde"
    assert closing("a(?:b|c?)") == "abc"
    assert closing("a|b?") is None  # a match can be empty
    assert closing(r"a\d") is None and closing("a[^b]") is None
    assert patterns.opening_chars("(?:针对|为了?)x") == "为针" and patterns.opening_chars("[\\p{Han}]x") is None


CLAUSE_TOKENS = ["针对", "根据", "按照", "为", "为了", "待", "后", "力争", "争取", "确保", "努力", "并", "同时", "年底前", "6月",
                 "20日", "2024年", "上半年", "以内", "3个月内", "期间", "设想", "打算", "计划", "安排", "思路", "要点", "目标",
                 "任务", "，", "。", "：", "\n", "加强", "各单位", "于", "新增", "5万个", "份", "初", "长期坚持", "春节前"]


@pytest.mark.parametrize("seed", range(3))
def test_opening_and_closing_gates_pass_wherever_the_pattern_matches(seed):
    c = cm._cfg()
    opens, closes = cm._edge_chars()
    assert all(v is not None for v in (*opens.values(), *closes.values()))  # what the gates save
    rng = random.Random(seed)
    texts = ["".join(rng.choice(CLAUSE_TOKENS) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    for text in texts + REPORT_TEXTS:
        for at in range(len(text)):
            for key in opens:
                if c[key].match(text, at):
                    assert text[at] in opens[key], (key, text, at)
            m = c["deadline"].match(text, at)
            if m:
                assert text[m.end() - 1] in closes["deadline"], (text, at)
        for m in c["deadline"].finditer(text):
            assert text[m.end() - 1] in closes["deadline"], text
        title = text.rstrip("。:：")
        if c["plan_title_end"].search(title):
            assert title[-1:] in closes["plan_title_end"] or title.endswith("\n"), text


LEAD_IN_TOKENS = ["以下", "如下", "几点", "几个方面", "三件事", "两个方面", "五项工作", "做好", "抓好", "推进", "三个", "方面",
                  "项", "工作", "任务", "重点", "要求", "强调", "指出", "讲", "谈", "一下", "三点", "问题", "意见", "看法",
                  "。", ":", "：", "，", "的", "加强", "12", "一", "二"]


@pytest.mark.parametrize("seed", range(3))
def test_lead_ins_searched_by_their_last_character_are_found(seed):
    by_end = cm._lead_in_by_end()
    assert by_end is not None and set(by_end) == set(cm._LEAD_IN_ENDS)  # what the gate is worked out for
    full = cm._cfg()["features"]["lead_in"]
    rng = random.Random(seed)
    pieces = ["".join(rng.choice(LEAD_IN_TOKENS) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    found = 0
    for piece in pieces:
        if not piece.endswith(cm._LEAD_IN_ENDS):
            assert not full.search(piece), piece
            continue
        for start in (0, max(0, len(piece) - cm._lead_in_reach())):
            fast = by_end[piece[-1]].search(piece, start)
            assert bool(fast) == bool(full.search(piece, start)), piece
            found += bool(fast)
    assert found > 200
