"""Give flattened text its paragraphs back and rejoin lines a scraper broke."""
from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left

from .. import re_cache
from ..document import Document
from ..forms import table_regions_of
from ..lexicons import load_yaml
from ..numerals import parse_number
from ..patterns import (GatedPattern, compile_pattern, finditer, literal_gate, matches_at_word, may_match,
                        opening_words, whole_text_width)
from ..quantities import opens_with_unit
from ..structure import FULL_STOP, HAN_CHAR, broken_piece, cues, heading_level, is_title_line, iter_lines


@functools.cache
def _cfg():
    cfg = load_yaml("structure.yml")
    r = cfg["reflow"]
    return {
        "long_line": r["long_line"],
        "chunk_min_len": r["chunk_min_len"],
        "hard_wrap": r["hard_wrap"],
        "breaks": [
            compile_pattern(r["after_sentence"]),
            compile_pattern(r["glued_title"]),
            compile_pattern(r["speech_opening"]),
        ],
        "glued_sub": compile_pattern(r["glued_subheading"]),
        "fragment": compile_pattern(cfg["join_fragment"]),
        "broken": compile_pattern(cfg["join_broken"]),
        # the strings every match of it holds (a comma): most lines of its lengths hold none, and the
        # match scanned each of them twice (its lookaheads) before failing
        "broken_gate": literal_gate(cfg["join_broken"]),
        # the lengths of a line each can match (spelt ^…$): no match tried on a line of another
        "fragment_width": whole_text_width(cfg["join_fragment"]) or (0, sys.maxsize),
        "broken_width": whole_text_width(cfg["join_broken"]) or (0, sys.maxsize),
        # tried on every line: each with the strings a line must hold for it to match (most
        # lines hold no 总结/报告 …: a few substring tests skip the scan)
        "after_colon": GatedPattern(r["heading_after_colon"]),
        "glued_report_title": GatedPattern(_glued_report_title(r)),
        # what every glued report title holds: its last words right before the next report's
        # opening words; one scan of a page (re finds the words fast) settles nearly every page
        "report_title_at": compile_pattern(f"{r['report_title_end']}[ \\t]?(?:{r['report_opening']})"),
        # the title's last words open every such match: looked for by substring scans
        "report_title_words": opening_words(r["report_title_end"]),
        "top_heading": compile_pattern(r["top_heading"]),
        "title_genre_end": compile_pattern(r["title_genre_end"]),
        "caption_name": compile_pattern(r["caption_name"]),
    }


def _glued_report_title(r: dict) -> str:
    """The glued report title pattern, its title's last words and the opening after it spelt in."""
    return r["glued_report_title"].replace("TITLE_END", r["report_title_end"]).replace("OPENING", r["report_opening"])


def _title_prefixes(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """Short title-like lines; a paragraph that starts with one had it glued on."""
    title = cues()["title_line"]  # compiled once with the other report cues
    out = []
    for s, e in lines:
        line = text[s:e].strip()
        if 6 <= len(line) <= 50 and title.search(line):
            out.append(line)
    return out


def _continues(next_line: str) -> bool:
    """A next line that is not blank and not a new heading can continue a broken sentence."""
    line = next_line.strip()
    return bool(line) and heading_level(line) in (None, 5)


_CHUNK_MARKER = re_cache.compile(r"(\d{1,2})、")
_CHUNK_MARKER_AFTER_BREAK = re_cache.compile(r"\n(\d{1,2})、")  # led by the line break: a scan at C speed


def _numbered_lines(text: str) -> list[tuple[int, str, int]]:
    """(start, number, end of the marker) of each line that opens with _CHUNK_MARKER, from one scan of
    the text for line breaks followed by a number (a match tried at each line's start cost a call a line)."""
    first = _CHUNK_MARKER.match(text)
    found = [(0, first.group(1), first.end())] if first else []
    found += [(m.start(1), m.group(1), m.end()) for m in _CHUNK_MARKER_AFTER_BREAK.finditer(text)]
    return found


_SENTENCE_END = re_cache.compile(r"[。！？!?；;：:”」)）]\s*$")


def _chunk_edits(text: str, lines: list[tuple[int, int]], min_len: int) -> list[tuple[int, int, str]]:
    """Document-sharing sites cut a flattened report into page chunks and number them ("1、…",
    "2、道办事处…", cutting words in half): consecutive long lines numbered 1, 2, 3… lose the
    number, and a chunk that starts mid-sentence is joined to the one before."""
    numbered = [(bisect_left(lines, (s,)), int(number), end) for s, number, end in _numbered_lines(text)]
    edits: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, int]] = []
    for item in numbered + [(-2, -2, 0)]:
        if run and item[0] == run[-1][0] + 1 and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        # numbered paragraphs of a report end their sentences; page chunks cut one somewhere
        # (a run of one, most: neither test needed)
        if (len(run) >= 2 and any(not _SENTENCE_END.search(text, *lines[i - 1]) for i, _, _ in run[1:])
                and all(lines[i][1] - lines[i][0] >= min_len for i, _, _ in run[:-1])):  # the last may be short
            for k, (i, _, marker_end) in enumerate(run):
                s = lines[i][0]
                edits.append((s, marker_end, ""))
                prev_s, prev_e = lines[i - 1]
                if k and not _SENTENCE_END.search(text, prev_s, prev_e):
                    edits.append((prev_e, s, ""))  # the newline between two halves of a sentence
        run = [item]
    return edits


_WIDE_RUN = re_cache.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+")


def _width(line: str) -> int:
    """Display width in half-width cells: Han and full-width characters take two."""
    # removing runs of wide characters at C speed counts them ~4x faster than listing each one
    return 2 * len(line) - len(_WIDE_RUN.sub("", line))


def _line_widths(text: str, lines: list[tuple[int, int]], min_len: int = 8) -> list[int]:
    """``_width`` of each line without its trailing white space (0 for lines under ``min_len``
    characters). The wide characters are removed from the whole text at once (a call per line cost
    twice as much): each line's narrow rest is the same line of what is left."""
    narrow = _WIDE_RUN.sub("", text).split("\n")
    widths = []
    for (s, e), rest in zip(lines, narrow):
        if e - s < min_len:
            widths.append(0)
        elif text[e - 1:e].isspace():  # trailing white space, which may be wide: measured without it
            widths.append(_width(text[s:e].rstrip()))
        else:
            widths.append(2 * (e - s) - len(rest))
    return widths


def _line_lengths(text: str, lines: list[tuple[int, int]], min_len: int = 8) -> list[int]:
    """The length of each line without its trailing white space, where ``_line_widths`` measures
    it (0 where it does not); its width is between that length and twice it."""
    pieces = text.split("\n")
    if len(pieces) == len(lines):  # the lines of iter_lines(text), as every caller passes: no slice a line
        # (rstrip takes off what isspace() is true of: a line not ending on it keeps its length)
        return [0 if len(q) < min_len else len(q.rstrip()) for q in pieces]
    return [0 if e - s < min_len else len(text[s:e].rstrip()) if text[e - 1:e].isspace() else e - s
            for s, e in lines]


def _hard_wrap_edits(text: str, lines: list[tuple[int, int]],
                     tables: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Newlines a PDF's column width put inside sentences ("…完成初步设计批" / "复和施工招标，…")."""
    cfg = _cfg()["hard_wrap"]
    # each width lies between its line's length and twice it, so the usual width (the 90th
    # percentile) lies between the usual length and twice it: those settle 60% of the pages (a web
    # page's paragraphs run far wider than any column) without measuring a line, which costs a
    # test of each character of the page
    lengths = sorted(n for n in _line_lengths(text, lines) if n)
    if len(lengths) < cfg["min_lines"] * 2:
        return []
    usual_length = lengths[int(len(lengths) * 0.9)]
    if usual_length > cfg["max_column"] or 2 * usual_length < cfg["min_column"]:
        return []
    widths = _line_widths(text, lines)
    usual = sorted(w for w in widths if w)
    column = usual[int(len(usual) * 0.9)]
    if not cfg["min_column"] <= column <= cfg["max_column"]:  # a list of names, or a web page's paragraphs
        return []
    full = column * cfg["full_width"]
    cut = [i for i in range(len(lines) - 1)
           if widths[i] >= full and not _SENTENCE_END.search(text, *lines[i])
           and not any(a <= lines[i][0] < b for a, b in tables)]
    if len(cut) < cfg["min_lines"]:
        return []
    return [(lines[i][1], lines[i + 1][0], "") for i in cut
            if _continues(text[lines[i + 1][0]:lines[i + 1][1]]) and lines[i + 1][0] == lines[i][1] + 1]


_BARE_NUMBER = re_cache.compile(r"\d{1,2}")
# a table row: cells between pipes, or a line ending in a number cell ("…扣2分  10")
_TABLE_ROW = re_cache.compile(r"\|.*\||(?:^|[\s|])\d{1,3}(?:\.\d{1,2})?\s*\|?\s*$")
_CELL_START = re_cache.compile(r"\s*(?:\d|[≥≤<>=＞＜])")


def _table_cells(line: str, next_line: str, prev_line: str) -> bool:
    """A bare number over a number or a comparison, or under another bare number, is a table
    cell of a flattened form ("5" / "5": max and self score), not a broken "(" / "2)" to rejoin;
    so is one between two labels ("专栏专题(单位:个)维护数量" / "12" / "新开设数量": a value under its
    label, the next row's label below), where a heading's number would have its mark ("1" / "、加强…")
    and a sentence's number its unit or the rest of its clause ("城区" / "12" / "座公厕", "预计" / "3" /
    "月底全线通车。")."""
    if not _BARE_NUMBER.fullmatch(line.strip()):
        return False
    prev, nxt = prev_line.strip(), next_line.strip()
    return (bool(_CELL_START.match(next_line)) or bool(_BARE_NUMBER.fullmatch(prev))
            or bool(prev) and prev[-1] not in _SENTENCE_MARKS and bool(HAN_CHAR.match(nxt))
            and not opens_with_unit(nxt) and _LABEL_LINE.fullmatch(nxt) is not None)


_SENTENCE_MARKS = frozenset("。！？!?；;:：")
# a form's label: short, no clause mark (a sentence going on after a number has them: "月底全线通车。")
_LABEL_LINE = re_cache.compile(r"[^，,。；;！？!?]{1,30}")


# the mark a top-level heading number ends with ("二、"): a line without one holds no heading to cut at
_HEADING_MARK = "、"


def _next_heading_cuts(line: str, last: int, cuts: set[int]) -> int:
    """Break a line where it holds the report's next top-level heading glued after a sentence
    ("二、" when the last heading was "一、"), on lines of any length: the numbering vouches for
    it. ``cuts`` holds the line's other breaks (a heading there is known); returns the last
    heading number."""
    if _HEADING_MARK not in line:
        return last
    found = [(m.start(), parse_number(m.group(1)) or 0) for m in finditer(_cfg()["top_heading"], line)]
    # (a first "一、" before a "二、" needs two numbers on the line: most lines with one hold it at their start)
    last_two = max((k for k, (_, n) in enumerate(found) if n == 2), default=-1) if len(found) > 1 else -1
    for k, (at, n) in enumerate(found):
        if at == 0 or at in cuts:
            last = n
        elif (last and n == last + 1) or (n == 1 and k < last_two):
            # the next number, or a first "一、" whose "二、" follows on the same line: a whole
            # report flattened into one line ("…各项工作。一、主要工作…。二、存在的不足…")
            cuts.add(at)
            last = n
    return last


# A line that stops mid-sentence where a converted PDF / Word file broke it (its page's end, or
# one wrap on a page otherwise in paragraphs): a Han character, a digit or a comma before the newline,
# and the text going on after it on the next line, or after the blank lines a page break left
# (led by the newline, which re finds at memchr speed, and not by the class of the character before it,
# tried at every character: the line's last character is read in code)
# (a line ending on none of _BROKEN_LAST's characters, most end on 。, is passed over in C by the
# lookbehind; one ending on blanks is left to the code, which looks behind them)
_BROKEN_END = re_cache.compile(r"\n(?<=[\u4e00-\u9fff\d,，、 \t]\n)((?:[ \t]*\n){0,2})(?=[ \t]*[\u4e00-\u9fff\d])")
_BROKEN_LAST = re_cache.compile(r"[\u4e00-\u9fff\d,，、]")
_FIRST_CLAUSE = re_cache.compile(r"[^，,。！？!?；;:：、]{1,8}[，,。！？!?；;、]")


def _broken_sentence_edits(text: str, joined: set[int], tables: list[tuple[int, int]],
                           heads: frozenset[int] = frozenset()) -> list[tuple[int, int, str]]:
    """Newlines (and a page break's blank lines) inside a sentence of a paragraph: "…进校园开展防火知识讲座" /
    "" / "18场,受教育师生…". The line before holds a finished sentence or a clause (a heading, a title or
    a label does not) and is no heading; the line after is no heading nor title. Across blank lines
    only a line ending on a comma, or one the next line's short first clause finishes ("18场,"). A line in
    ``heads`` (where boilerplate found an article header's headline, "…创新意,拓展内容促提升", its row under it
    removed) is no clause of the text below."""
    edits: list[tuple[int, int, str]] = []
    for m in _BROKEN_END.finditer(text):
        nl = m.start()
        while nl > 0 and text[nl - 1] in " \t":
            nl -= 1  # the line's last character, blanks after it aside
        if nl == 0 or text[nl - 1] == "\n" or not _BROKEN_LAST.match(text, nl - 1):
            continue
        line_start = text.rfind("\n", 0, nl) + 1
        line = text[line_start:nl].strip()
        if len(line) < 20 or nl in joined or line_start in heads or any(a <= line_start < b for a, b in tables):
            continue
        # (a heading with its first sentences on its line is a paragraph: "一、抓工程建设。全年完成…灌溉面")
        if not FULL_STOP.search(line) and (line[-1] not in ",，" or heading_level(line) is not None):
            continue
        nxt_start = m.end()
        nxt_end = text.find("\n", nxt_start)
        nxt = text[nxt_start:nxt_end if nxt_end >= 0 else len(text)].strip()
        # (a title glued after the last sentence heads the text below: "…全覆盖。商务局…活动总结" / "11月1日至…")
        tail = line[max(line.rfind(q) for q in "。！？!?；;") + 1:]
        if not _continues(nxt) or is_title_line(nxt) or is_title_line(tail) or _opens_text(nxt):
            continue
        if m.group(1) and line[-1] not in ",，、" and not _FIRST_CLAUSE.match(nxt):
            continue
        # (a caption name alone between paragraphs finishes no sentence: "…人大与政府" / "佘某某" / "本次…")
        if nxt_end >= 0 and len(nxt) <= 6 and _cfg()["caption_name"].match(nxt):
            continue
        edits.append((text.rfind(line[-1], line_start, nl) + 1, nxt_start, ""))
    return edits


# A report's title a converted file or a 范文 page broke over two lines ("…工作总结及2007政" / "研工作初步
# 思路", "…2025年森林防火工作总结及2026年工作" / "思路"): a line without punctuation that is no title, and a
# short one under it (one blank line between at most), that together make a title
_TITLE_PART_MAX, _TITLE_TAIL_MAX = 45, 12
_CLAUSE_MARKS = re_cache.compile(r"[。，,；;:：！？!?]")


@functools.cache
def _report_title():
    return compile_pattern(load_yaml("boilerplate.yml")["report_title"])  # a title: genre last, no sentence


def _broken_title_edits(text: str, lines: list[tuple[int, int]], tables: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The line break (and blank line) inside a report title broken over two lines."""
    edits: list[tuple[int, int, str]] = []
    genre_end = _cfg()["title_genre_end"]
    for i, (s, e) in enumerate(lines[:-1]):
        if not 6 <= e - s <= _TITLE_PART_MAX + 4:  # most lines: longer than any title part
            continue
        # (the short line under it first: under most short lines, headings, a paragraph goes on)
        k = i + 1
        if not text[lines[k][0]:lines[k][1]].strip() and k + 1 < len(lines):
            k += 1  # one blank line between
        ts, te = lines[k]
        tail = text[ts:te].strip()
        if not 2 <= len(tail) <= _TITLE_TAIL_MAX or _CLAUSE_MARKS.search(tail) or heading_level(tail) is not None:
            continue
        head = text[s:e].strip()
        if not 6 <= len(head) <= _TITLE_PART_MAX or _CLAUSE_MARKS.search(head) or genre_end.search(head) \
                or head[-1] in ")）】]" or heading_level(head) is not None or any(a <= s < b for a, b in tables):
            continue
        # a title stands alone: the page's top, or under a blank line or a finished sentence (a short-line
        # post's "9个党支部书记" / "依次上台述职" is one sentence going on)
        before = text[lines[i - 1][0]:lines[i - 1][1]].strip() if i else ""
        if before and not _SENTENCE_END.search(before):
            continue
        # (an issuer over its own title is two lines: "沅山县人民法院" / "沅山县人民法院工作报告")
        if not tail.startswith(head[:3]) and _report_title().match(head + tail):
            edits.append((s + len(text[s:e].rstrip()), ts + len(text[ts:te]) - len(text[ts:te].lstrip()), ""))
    return edits


# Text copied from a PDF breaks lines before a closing bracket or a comma ("(以下简称《条例》" /
# ")和《…规定》") and around a number ("累计主动公开政府信息" / "5928" / "条,全文电子化率达"): a line never
# opens on those marks, and a bare number between prose and its unit is the sentence's (a form's number
# cell sits between labels, which no unit nor comma opens)
@functools.cache
def _broken_piece_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A newline before a line that opens on a mark (structure.yml broken_piece), and a bare number's
    line with its unit or a mark opening the next (group 1: the newline after the number)."""
    marks, units = broken_piece()
    opening = re.escape("".join(sorted(marks)))
    return (re_cache.compile(rf"\n[ \t]*(?=[{opening}])"),
            re_cache.compile(rf"\n[ \t]*\d{{1,9}}(?:\.\d{{1,3}})?%?[ \t]*(\n)(?=[ \t]*[{re.escape(''.join(sorted(units)))}{opening}])"))


def _split_number_edits(text: str, tables: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The newlines of a sentence a PDF copy broke at a closing mark or around a number."""
    lead_mark, number_line = _broken_piece_patterns()
    if not lead_mark.search(text) and not number_line.search(text):  # most pages: neither
        return []
    edits: list[tuple[int, int, str]] = []

    def after_prose(nl: int) -> bool:  # the line before goes on: no sentence end, not blank
        start = text.rfind("\n", 0, nl) + 1
        before = text[start:nl].rstrip()
        return (len(before) >= 4 and not _SENTENCE_END.search(before) and heading_level(before.strip()) is None
                and not any(a <= nl < b for a, b in tables))
    for m in number_line.finditer(text):
        if after_prose(m.start()):
            edits += [(m.start(), m.start() + 1, ""), (m.start(1), m.end(1), "")]
    for m in lead_mark.finditer(text):
        if after_prose(m.start()) and not any(a <= m.start() < b for a, _, _ in edits for b in (a + 1,)):
            edits.append((m.start(), m.start() + 1, ""))
    return edits


def _opens_text(line: str) -> bool:
    """A line that opens a paragraph of its own: a dateline ("2月26日，…"), an opener ("今年以来，…")."""
    c = cues()
    return bool(c["dateline_opening"].match(line) or c["opener"].match(line))


def _chunk_leads(text: str, chunks: list[tuple[int, int, str]]) -> dict[int, int]:
    """Where each page chunk's number ends, by the start of its line (the edits that drop a number)."""
    return {s: e for s, e, rep in chunks if (m := _CHUNK_MARKER.match(text, s)) and m.end() == e}


def _cuts_after_lead(line: str, lead: int, last: int, cuts: set[int]) -> int:
    """``_next_heading_cuts`` of a line read from after its chunk number ``lead`` characters long:
    a doc-share chunk "1、一、桂塘街道…的基本情况(一)…。二、存在的主要问题…" opens on its first heading."""
    found = {k - lead for k in cuts if k >= lead}  # the line's other breaks, read from after the number
    last = _next_heading_cuts(line[lead:], last, found)
    cuts.update(lead + k for k in found if k)
    return last


def reflow(doc: Document) -> Document:
    """Stage: split over-long lines at heading and speech markers; join broken fragments."""
    c = _cfg()
    text = doc.text
    edits: list[tuple[int, int, str]] = []
    lines = iter_lines(text)
    titles: list[str] | None = None  # listed at the first long line (most pages have none)
    chunks = _chunk_edits(text, lines, _cfg()["chunk_min_len"])
    edits += chunks
    chunk_leads = _chunk_leads(text, chunks)
    # a form's rows and cells stay one a line: the form reader needs them (kept for documents, which
    # reads the same text when no line here changes)
    tables = table_regions_of(doc)
    wrapped = _hard_wrap_edits(text, lines, tables)
    edits += wrapped
    joined = {s for s, _, _ in wrapped}
    numbers_joined = _split_number_edits(text, tables)
    edits += numbers_joined
    titles_joined = _broken_title_edits(text, lines, tables)
    edits += titles_joined
    joined.update(s for s, _, _ in titles_joined)
    # (not where a page chunk's join takes the newline; the line itself is still read for its cuts)
    # (r26wechat: the headline of an article's header, its publication row under it removed, is no broken line)
    heads = frozenset(doc.anchors.get("article_titles", ()))
    broken = _broken_sentence_edits(text, joined | {s for s, _, _ in chunks} | {s for s, _, _ in numbers_joined}, tables,
                                    heads)
    edits += broken
    broken_at = {s for s, _, _ in broken} | {s for s, _, _ in numbers_joined}
    last_heading = 0
    # a line holds a glued title or a heading after a colon only where the page does (the colon rule
    # has no anchor or lookbehind: its match in a line is one in the page); most pages hold neither
    glued_titles = (c["report_title_at"].search(text) is not None if c["report_title_words"] is None
                    else matches_at_word(c["report_title_at"], c["report_title_words"], text))
    colon_headings = c["after_colon"].search(text) is not None
    fragment_lo, fragment_hi = c["fragment_width"]
    broken_lo, broken_hi = c["broken_width"]
    broken_gate = c["broken_gate"]
    fragment, broken, last = c["fragment"].match, c["broken"].match, len(lines) - 1
    for i, (s, e) in enumerate(lines):
        if s == e or tables and any(a <= s < b for a, b in tables) or e in joined:  # most pages hold no table
            continue  # (a blank line: no pattern below matches it, no cut in it)
        line = text[s:e]
        # (a line holds no line break: one of another length than a pattern's cannot match it)
        if (e not in broken_at and fragment_lo <= e - s <= fragment_hi and i < last and fragment(line)
                and not _table_cells(line, text[lines[i + 1][0]:lines[i + 1][1]],
                                     text[lines[i - 1][0]:lines[i - 1][1]] if i else "")):
            edits.append((e, e + 1, ""))  # "(" + newline + "2)…" -> "(2)…"
            continue
        if e not in broken_at and broken_lo <= e - s <= broken_hi and s not in heads and may_match(broken_gate, line) \
                and broken(line) and i < last and _continues(text[lines[i + 1][0]:lines[i + 1][1]]) \
                and not _TABLE_ROW.search(line):
            edits.append((e, e + 1, ""))
            continue
        long_line = e - s >= c["long_line"]
        if not (long_line or colon_headings or glued_titles or _HEADING_MARK in line):
            continue  # (most lines) no break pattern to try, no heading number to read (_next_heading_cuts): no cut
        # each break pattern matches the character before its break
        cuts: set[int] = {m.end() for m in c["after_colon"].finditer(line)} if colon_headings else set()
        for m in c["glued_report_title"].finditer(line) if glued_titles else ():
            cuts.update(k for k in (m.start(1), m.end(1)) if k)  # specific enough for lines of any length
        if long_line:
            if titles is None:
                titles = _title_prefixes(text, lines)
            for t in titles:  # "关于…的自查报告根据国务院…" -> title / body
                if line.startswith(t) and len(line) > len(t):
                    cuts.add(len(t))
            for pat in c["breaks"]:
                cuts.update(m.end() for m in finditer(pat, line))
            cuts.update(m.end() for m in finditer(c["glued_sub"], line))
        if s in chunk_leads:  # the chunk's number goes: its text opens the line ("1、一、…")
            last_heading = _cuts_after_lead(line, chunk_leads[s] - s, last_heading, cuts)
        else:
            last_heading = _next_heading_cuts(line, last_heading, cuts)
        if cuts:
            edits.extend((s + k, s + k, "\n") for k in sorted(cuts))
    doc.edit(edits)
    return doc
