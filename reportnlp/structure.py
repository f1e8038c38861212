"""Text structure every stage reads: lines, paragraphs, sentences, heading schemes and the
cues of a report's own structure (titles, addressees, announcements, date lines).

The stages are peers over this module and ``document``: they import it, never each other,
so a stage's place in the pipeline never decides where a helper lives.
"""
from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add, or_
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import regex

from . import re_cache
from .lexicons import load_yaml
from .patterns import GatedPattern, compile_pattern, literal_gate, may_match, resolved, whole_text_width

if TYPE_CHECKING:
    from .document import Document

# -- lines and paragraphs -------------------------------------------------------------------


def iter_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline; worked out from the lines' lengths
    at C speed (stages list the lines of every page)."""
    lengths = list(map(len, text.split("\n")))
    starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
    return list(zip(starts, map(add, starts, lengths)))


# a non-blank line from its first to its last non-space character: re's \s is str.isspace(), the
# whitespace str.strip() removes; each search resumes past the last one, so a line matches once
_TRIMMED_LINE = re_cache.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of non-blank lines, trimmed."""
    return [m.span(1) for m in _TRIMMED_LINE.finditer(text)]


class Paragraphs(NamedTuple):
    """A text's paragraphs: their (start, end), their texts and their heading levels."""

    spans: list[tuple[int, int]]  # paragraphs(text)
    texts: list[str]
    levels: list[int | None]  # heading_levels(texts)

    def piece(self, first: int, end: int) -> "Paragraphs":
        """The paragraphs of the text's window from paragraph ``first``'s start to paragraph
        ``end - 1``'s end, which are these (a window starts and ends where a trimmed line does)."""
        start = self.spans[first][0]
        return Paragraphs([(a - start, b - start) for a, b in self.spans[first:end]], self.texts[first:end],
                          self.levels[first:end])


def text_paragraphs(text: str) -> Paragraphs:
    spans = paragraphs(text)
    texts = [text[s:e] for s, e in spans]
    return Paragraphs(spans, texts, heading_levels(texts))


def paragraphs_of(doc: Document) -> Paragraphs:
    """``text_paragraphs(doc.text)``, worked out once per text: a report's are its page's (documents
    keeps them on each report for sections)."""
    return doc.derived("paragraphs", text_paragraphs)


# -- sentences ------------------------------------------------------------------------------

_SENT_END = re_cache.compile(r"[。！？!?；;\n]")
# where a sentence or a line ends (the commitments stage's plan-document reach reads it too)
SENTENCE_OR_LINE_END = _SENT_END
# a sentence end mark (no line break)
SENTENCE_MARK = re_cache.compile(r"[。！？!?；;]")
# a full stop, question or exclamation mark: a finished sentence (not a clause ended by a semicolon)
FULL_STOP = re_cache.compile(r"[。！？!?]")
HAN_CHAR = re_cache.compile(r"[\u4e00-\u9fff]")  # one Han character (CJK Unified Ideographs)


@functools.lru_cache(maxsize=8)
def _breaks(text: str) -> list[int]:
    """Positions of every sentence end in text, found once per text (stages ask per value)."""
    return [m.start() for m in _SENT_END.finditer(text)]


def sentence_at(text: str, start: int, end: int, limit: int = 300, breaks: list[int] | None = None) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end], at most ``limit`` chars each side
    (``breaks``: the text's sentence ends, when the caller found them already)."""
    if breaks is None:
        breaks = _breaks(text)
    lo = max(0, start - limit)
    k = bisect_left(breaks, start) - 1  # the last sentence end before start
    s = breaks[k] + 1 if k >= 0 and breaks[k] >= lo else lo
    hi = min(len(text), end + limit)
    k = bisect_left(breaks, end)  # the first one from end on
    if k < len(breaks) and breaks[k] < hi:
        b = breaks[k]
        return s, (b if text[b] == "\n" else b + 1)
    return s, hi


# a sentence: up to its stop mark, or else up to the line break or the end, when it holds more
# than whitespace (re's \s is str.isspace())
_SENTENCE = re_cache.compile(r"[^。！？!?；;\n]*+[。！？!?；;]|[^\S\n]*+[^。！？!?；;\s][^。！？!?；;\n]*+(?=\n|\Z)")


def iter_sentences(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end) of sentences in text[start:end], end including the stop mark."""
    return (m.span() for m in _SENTENCE.finditer(text, start, len(text) if end is None else end))


# -- words looked for at once -------------------------------------------------------------


class WordScan:
    """Which of a set of words a text may hold, found by one scan for all of them at C speed (a
    text of Chinese looked for each word in turn costs a scan a word). Each word stands for bits
    (what a caller gates by it: the cues that need it); a text's bits cover those of every word
    it holds.

    The scan takes the longest word at each position and goes on after it, so a word inside the
    one found, or one starting inside it and running on past its end, is stepped over: the bits
    of a found word are those of every word it may so hide (a superset, never fewer)."""

    def __init__(self, word_bits: dict[str, int]):
        self.word_bits = word_bits
        self.bits = {w: functools.reduce(or_, (b for v, b in word_bits.items() if _may_hide(w, v)), 0)
                     for w in word_bits}
        self.pattern = (compile_pattern("|".join(map(re.escape, sorted(word_bits, key=lambda w: (-len(w), w)))),
                                        many_calls=True) if word_bits else None)

    def bits_in(self, text: str) -> int:
        """The bits of the words ``text`` may hold."""
        found = self.pattern.findall(text) if self.pattern is not None else ()
        return functools.reduce(or_, map(self.bits.__getitem__, found), 0)

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(position, bits) of each word the scan finds in ``text`` (see :meth:`bits_in`)."""
        first = self.pattern.search(text) if self.pattern is not None else None
        if first is None:  # most texts: no list of matches to make
            return []
        return [(m.start(), self.bits[m.group()]) for m in self.pattern.finditer(text, first.start())]


def _may_hide(found: str, word: str) -> bool:
    """Whether ``word`` may stand where a scan that found ``found`` stepped over it: inside it, or
    starting inside it and running on past its end."""
    return word in found or any(word.startswith(found[k:]) for k in range(1, len(found)))


# -- report structure cues (resources/structure.yml) ---------------------------------------

# a title printed twice (as the page's heading and as the document's first line) is at most this long
TWICE_TITLE_MAX = 50


# a character a blog or WeChat post decorates a line's ends with: pictographs, dingbats and the joiners a pictograph is
# built with ("✨", "📜", "1️⃣"'s U+FE0F U+20E3)
_DECOR_CHAR = re_cache.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0010ffff\ufe0f\u200d\u20e3 \t]")


def _decor(ch: str) -> bool:
    return _DECOR_CHAR.match(ch) is not None


def undecorated(line: str) -> str:
    """``line`` without the emoji a blog or WeChat post decorates it with at either end ("🎉✨…工作总结✨🎉",
    "…工作报告📜"): a title for all that (the characters are tested at the ends only; most lines have none)."""
    a, b = 0, len(line)
    while a < b and _decor(line[a]):
        a += 1
    while b > a and _decor(line[b - 1]):
        b -= 1
    return line[a:b] if a or b < len(line) else line


def restates(line: str, text: str, share: float, min_pairs: int = 1) -> bool:
    """Whether ``text`` restates the short ``line``: at least ``share`` of its character pairs (and
    ``min_pairs``) recur in it (a headline over its lead, a headline repeated as a photo caption)."""
    pairs = {line[k:k + 2] for k in range(len(line) - 1)}
    return len(pairs) >= max(1, min_pairs) and sum(1 for x in pairs if x in text) >= share * len(pairs)



@functools.cache
def cues() -> dict:
    """The compiled cues of structure.yml's ``documents`` part, and every heading scheme."""
    cfg = load_yaml("structure.yml")
    d = dict(cfg["documents"])
    for key in ("addressee", "addressee_suffix", "not_addressee", "speech_opening", "title_line",
                "byline_date", "date_line", "formula", "opener", "mission_opening", "closing", "future", "opening_heading", "part_heading",
                "dateline_opening", "headline", "plans_heading", "author_line", "schedule_row",
                "news_when", "field_label", "chrome_title", "marker_title", "marker_sample_suffix", "question_headline", "bracket_headline", "marked_title", "glued_title_twice", "chrome_headline_tail",
                "chrome_headline_dated", "outline_entry", "attachment_item", "collection_count", "bare_item_marker", "marker_title_term"):
        # speech_opening and addressee are tried on nearly every paragraph (documents, sections),
        # author_line on every short one: on re, whose cheaper calls pay back its slower compile of
        # a Han class (~1 ms each, once; regex took 2-2.5x as long over the paragraphs)
        d[key] = compile_pattern(d[key], many_calls=key in ("speech_opening", "addressee", "author_line"))
    # a salutation's words hold 们 or 位, and a colon or !: a few substring tests skip the match (~20x
    # their cost: its repeated clauses try each split of the paragraph's start) on nearly all paragraphs
    d["speech_opening_gate"] = literal_gate(cfg["documents"]["speech_opening"])
    # the lengths of a line an addressee (spelt ^…$) can be: its match is tried on no longer paragraph
    d["addressee_width"] = whole_text_width(cfg["documents"]["addressee"]) or (0, sys.maxsize)
    d["title_line_width"] = whole_text_width(cfg["documents"]["title_line"]) or (0, sys.maxsize)  # (is_title_line)
    # searched through every paragraph, which few hold its words (附…, …如下): a few substring tests
    # skip the search, which re tries at every position
    d["text_follows"] = GatedPattern(cfg["documents"]["text_follows"])
    # the announcement is looked for in every paragraph; the strings every match holds (如下) skip
    # the scan of nearly all of them by substring tests
    d["formula_gate"] = literal_gate(cfg["documents"]["formula"])
    d["heading_tag"] = compile_pattern(cfg["documents"]["heading_tag"], regex.M)
    # a part heading ("第一板块：本学期学校工作总结") is never the report's title line
    d["title_line"] = compile_pattern("^(?!" + cfg["documents"]["part_heading"].lstrip("^") + ")"
                                      + cfg["documents"]["title_line"].lstrip("^"))
    # every scheme in one pattern tried at the paragraph start: the first scheme that
    # matches (file order) names the level, as a loop over the schemes would
    d["heading_levels"] = {f"h{i}": h["level"] for i, h in enumerate(cfg["headings"])}  # by group name
    d["headings"] = compile_pattern("|".join(f"(?P<h{i}>{h['pattern']})" for i, h in enumerate(cfg["headings"])))
    return d


_HAN_RUN = re_cache.compile(r"[\u4e00-\u9fff]+")


def broken_title(first: str, second: str, is_title: Callable[[str], bool]) -> str | None:
    """The title a page's layout broke over two lines ("2022年上半年街道办事处重点工作" / "督查报告"): ``first +
    second`` when the short second line makes ``first``, no title alone, a title by ``is_title``; else None.
    Boilerplate keeps such a second line, the document split joins the two into the report's title."""
    joined = first + second
    # (Han characters only: a credit in brackets, "（本报记者某某整理）", or a list item's "-述职" is no title's end;
    # an issuer's name over its own title, which opens on the name, is none: "青山县人民法院" / "青山县人民法院工作报告")
    if len(second) > cues()["broken_title_tail_max"] or not _HAN_RUN.fullmatch(second) or second.startswith(first) \
            or SENTENCE_MARK.search(joined) or is_title(first) or not is_title(joined):
        return None
    return joined


@functools.cache
def broken_piece() -> tuple[frozenset[str], frozenset[str]]:
    """structure.yml's ``broken_piece``: the marks a line going on a broken sentence opens with, and the
    units that may open the line under a bare number."""
    c = load_yaml("structure.yml")["broken_piece"]
    return frozenset(c["marks"]), frozenset(c["number_units"])


@functools.lru_cache(maxsize=1)
def broken_line_marks() -> tuple[re.Pattern, int]:
    """structure.yml's ``broken_piece``: the clause mark of a line a PDF broke inside its sentence,
    and the longest wrapped end of a sign-off line."""
    c = load_yaml("structure.yml")["broken_piece"]
    return compile_pattern(c["clause_mark"]), c["tail_max"]


@functools.lru_cache(maxsize=1)
def broken_sentence_tail() -> tuple[int, int]:
    """structure.yml's ``broken_piece``: the longest end of a width-broken sentence alone on its line,
    and the shortest broken line above it."""
    c = load_yaml("structure.yml")["broken_piece"]
    return c["tail_of_broken_max"], c["broken_head_min"]


def is_title_line(line: str) -> bool:
    """Whether ``line`` is a title line (title_line): tried only on a line of a length it can have
    (most paragraphs are longer than any title)."""
    c = cues()
    lo, hi = c["title_line_width"]
    if not lo <= len(line) <= hi and line[-1:] != "\n":
        return False
    return c["title_line"].match(line) is not None


def title_lines(lines: list[str]) -> list[bool]:
    """``[is_title_line(undecorated(q)) for q in lines]``: a line without emoji at its ends (nearly all) is its own
    undecorated(), told by one class search of its two end characters instead of a call."""
    return [is_title_line(undecorated(q) if _DECOR_CHAR.search(q[:1] + q[-1:]) else q) for q in lines]


def heading_marker(par: str) -> tuple[int, int] | None:
    """(level, end of the marker) when par opens with a heading marker of any scheme."""
    c = cues()
    m = c["headings"].match(par)
    return (c["heading_levels"][m.lastgroup], m.end()) if m else None


def tags_head_parts(text: str) -> bool:
    """Whether bracketed titles open so many lines of ``text`` (heading_tag, heading_tags_min) that
    they head its report's parts."""
    c = cues()
    return "【" in text and len(c["heading_tag"].findall(text)) >= c["heading_tags_min"]


def heading_level(par: str) -> int | None:
    found = heading_marker(par)
    return found[0] if found else None


def heading_levels(pars: list[str]) -> list[int | None]:
    """:func:`heading_level` of each paragraph, in one pass (stages list every paragraph's: two
    calls a paragraph cost as much as the match)."""
    c = cues()
    match, levels = resolved(c["headings"]).match, c["heading_levels"]
    return [levels[m.lastgroup] if (m := match(p)) else None for p in pars]


def announces_report(par: str) -> bool:
    """The opening announcement of a report ("现将…情况报告如下") in its first 400 characters."""
    c = cues()
    return may_match(c["formula_gate"], par) and c["formula"].search(par, 0, 400) is not None


def opens_speech(par: str) -> bool:
    """Whether ``par`` opens with a salutation (speech_opening: 各位代表:, 同志们:)."""
    c = cues()
    return may_match(c["speech_opening_gate"], par) and c["speech_opening"].match(par) is not None


def is_addressee(par: str) -> bool:
    c = cues()
    lo, hi = c["addressee_width"]
    if not lo <= len(par) <= hi and par[-1:] != "\n":  # most paragraphs: longer than any addressee line
        return False
    return bool(c["addressee"].match(par) and c["addressee_suffix"].search(par) and not c["not_addressee"].search(par))


# -- the reporting period (resources/metadata.yml) -----------------------------------------


@functools.cache
def period_pattern() -> regex.Pattern:
    """Words naming a reporting period (上半年, 一季度): metadata reports them, metrics
    keep a value's period from them."""
    return compile_pattern(load_yaml("metadata.yml")["period"])
