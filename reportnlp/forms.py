"""Self-evaluation forms (绩效自评表, 考核自评表) as scrapers leave them: table regions found in plain
text by their header words, rows read back as (indicator, target, actual, max, self, reason) with
offsets for every cell, plus totals and subtotals.

A form reaches us flattened: one row per line, one cell per line, cells glued (``4架4架5 5``),
page numbers and chunk markers between rows, OCR letters for digits. The header tells which
columns exist and in which order; each row is then anchored on its score pair (max, self), found
by the gap the header puts between them (adjacent, a rate cell, or a text criterion), so target
and actual numbers earlier in the row are never read as scores.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

import regex

from . import re_cache
from .lexicons import load_yaml
from .patterns import compile_pattern, word_test

if TYPE_CHECKING:
    from .document import Document

# cells: empty markers, values with a comparison or unit, bare numbers (OCR letters allowed where
# a digit is, so text stops before "l0"), and text; white space, pipes and tabs separate cells. A unit glued to more Han
# text is no unit ("10部分点位…": a score, then a reason).
_TOKEN_TEMPLATE = r"""
 (?P<sep>[\s|｜]+)
|(?P<val>[≥≤><=＞＜][ \t]?\d+(?:\.\d+)?(?:[ \t]?(?:UNIT|[SINGLE](?!\p{Han})))?|\d+(?:\.\d+)?[ \t]?(?:UNIT|[SINGLE](?!\p{Han})))
|(?P<num>(?<![A-Za-z])(?=[OoIl.]*\d)[\dOoIl]+(?:\.[\dOoIl]+)?(?![A-Za-z]))
|(?P<dash>[—–\-/／]+)
|(?P<text>(?:(?![OoIl][OoIl.]*\d)[^\s|｜\d≥≤><=＞＜—–/／])+)
"""
_OCR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


@functools.cache
def _cfg() -> dict:
    c = dict(load_yaml("forms.yml"))
    # scanned two or three times a page (boilerplate, reflow, documents where reflow changed a line):
    # worth re and its Han classes
    c["header"] = compile_pattern(c["header_words"], regex.X, many_calls=True)
    # whether a text holds a word of a max and of a self column (_column_words): plain words, each
    # found by a substring test
    c["column_words"] = [word_test(_group(c["header_words"], k), regex.X) for k in ("max", "self")]
    c["token"] = compile_pattern(_TOKEN_TEMPLATE.replace("UNIT", c["units"]).replace("SINGLE", c["units_single"]),
                               regex.X)
    for k in ("header_gap", "subtotal_mark", "self_total", "page_number", "level_prefix", "deviation_reason",
              "rule_lead"):
        c[k] = compile_pattern(c[k])
    for k in ("terminator", "noise_line", "total_row"):
        c[k] = compile_pattern(c[k], regex.M)
    return c


def _group(pattern: str, name: str) -> str:
    """The body of the named group ``(?P<name>…)`` of a pattern (no brackets inside classes)."""
    start = pattern.index(f"(?P<{name}>") + len(name) + 5
    depth, i = 1, start
    while depth:
        depth += {"(": 1, ")": -1}.get(pattern[i], 0) if pattern[i - 1] != "\\" else 0
        i += 1
    return pattern[start:i - 1]


def _number(s: str) -> float | None:
    try:
        return float(s.translate(_OCR))
    except ValueError:
        return None


def _score_value(tok) -> float | None:
    """The number of a score cell: a bare number, or ``N分``."""
    kind, s = tok[0], tok[1]
    if kind == "num":
        return _number(s)
    if kind == "val" and s.endswith("分") and s[0].isdigit():
        return _number(s[:-1].strip())
    return None


def _headers(text: str) -> list[dict]:
    """Header clusters: runs of header words separated only by short label gaps, holding a max
    column and a self column after it (only in a text with :func:`_column_words`)."""
    c = _cfg()
    out: list[dict] = []
    run: list = []

    def close():
        kinds = [m.lastgroup for m in run]
        if "max" in kinds and "self" in kinds and kinds.index("max") < len(kinds) - 1 - kinds[::-1].index("self") \
                and len(set(kinds)) >= 3:
            cols: list[str] = []
            for k in kinds:
                if k == "label":
                    continue
                if not cols or cols[-1] != k or k == "budget":
                    cols.append(k)
            out.append({"start": run[0].start(), "end": run[-1].end(), "columns": cols})

    for m in c["header"].finditer(text):
        if run and not c["header_gap"].fullmatch(text, run[-1].end(), m.start()):
            close()
            run = []
        run.append(m)
    if run:
        close()
    return out


def _body_end(text: str, start: int, limit: int) -> int:
    """Where a table body ends: a closing line (说明, 填报人, 评价结论 …) or a prose paragraph."""
    c = _cfg()
    m = c["terminator"].search(text, start, limit)
    end = m.start() if m else limit
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if _prose(text[pos:line_end]):
            return pos
        pos = line_end + 1
    return end


_BARE_CELL = re_cache.compile(r"(?:^|\s)\d{1,3}(?:\.\d{1,2})?(?=\s|$)")


def _prose(line: str) -> bool:
    """A paragraph of running text (long, with sentence marks, at most one bare number cell)."""
    return len(line) >= 40 and ("。" in line or "；" in line) and len(_BARE_CELL.findall(line)) < 2


def _tokens(text: str, lo: int, hi: int, skip: list[tuple[int, int, str]]) -> list[tuple]:
    """(kind, text, start, newline_before, separated_before) for each cell-like token in text[lo:hi]; skipped
    spans (page numbers, chunk markers, subtotal marks) count as separators."""
    c = _cfg()
    toks: list[tuple] = []
    newline = True
    spaced = True  # a separator (space, pipe, line break) before the token: a new cell
    pos = lo
    cuts = sorted(skip) + [(hi, hi, "")]
    for s, e, skip_kind in cuts:
        for m in c["token"].finditer(text, pos, max(pos, min(s, hi))):
            if m.lastgroup == "sep":
                newline = newline or "\n" in m.group()
                spaced = True
                continue
            toks.append((m.lastgroup, m.group(), m.start(), newline, spaced))
            newline = spaced = False
        if s < hi and skip_kind == "sub" and s >= pos:
            toks.append(("sub", text[s:e], s, newline, True))
            newline, spaced = False, True
        elif s < hi:
            newline = newline or "\n" in text[s:e] or s == lo or text[s - 1] == "\n"
            spaced = True
        pos = max(pos, e)
    return toks


def _in_series(toks: list[tuple], i: int) -> bool:
    """Token i is a number glued by a range or list mark to another number ("0.5-1.5", "1—10",
    "3、2、1分"): the points a scoring rule gives, not a max or self cell."""
    marks = _cfg()["series_marks"]

    def mark(k: int) -> bool:  # token k is a mark glued to numbers on both sides
        return (0 < k < len(toks) - 1 and not toks[k][1].strip(marks) and not toks[k][4] and not toks[k + 1][4]
                and toks[k - 1][0] == "num" and toks[k + 1][0] == "num")

    return toks[i][0] == "num" and (mark(i + 1) or mark(i - 1))


def _inside_text(toks: list[tuple], k: int) -> bool:
    """Token k is a count inside a criterion's words: glued after a word and before its unit and more
    words ("每少1人扣2分", "每缺1份扣1分"); a score glued before a reason ("不得分9满意度…") is a cell."""
    return (not toks[k][4] and k > 0 and toks[k - 1][0] == "text" and k + 1 < len(toks)
            and toks[k + 1][0] == "text" and not toks[k + 1][4] and toks[k + 1][1][0] in _cfg()["units_single"])


def _rule_points(toks: list[tuple], i: int) -> bool:
    """Token i is the points a criterion deducts or adds, glued after its verb ("…的扣10分",
    "每次加2分"): no max cell."""
    return (toks[i][0] == "val" and i > 0 and not toks[i][4] and toks[i - 1][0] == "text"
            and _cfg()["rule_lead"].search(toks[i - 1][1]) is not None)


def _serial(toks: list[tuple], k: int) -> float | None:
    """The number of what may be a row's sequence cell: an integer opening a line, before a label."""
    t = toks[k]
    if t[0] != "num" or not t[3] or "." in t[1] or k + 1 >= len(toks):
        return None
    return _number(t[1]) if toks[k + 1][0] == "text" else None


def _pairs(toks: list[tuple], cols: list[str]):
    """Score anchors (i_max, i_self) in token order, by the columns between max and self."""
    i_max, i_self = cols.index("max"), len(cols) - 1 - cols[::-1].index("self")
    between = cols[i_max + 1:i_self]
    n_budget = cols[:i_max].count("budget")
    assessor = "assessed" in cols[i_self + 1:]  # an assessor's score cell after the self score
    i = 0
    std_gap = bool(between) and "rate" not in between
    serial = None  # the sequence number of the row being read, when it stands on a line of its own
    serial_at = -1
    while i < len(toks):
        # row numbers count up from 1, the first after no number cell (a self cell before a label
        # line is no row number), each next one after a number cell of the row before (a weight
        # right after a row's label, "2 / 召开会议 / 3", is no row number 3)
        for k in range(max(serial_at + 1, i - 12), i + 1):
            v = _serial(toks, k)
            if v is not None and (v == serial + 1 and any(toks[x][0] == "num" for x in range(serial_at + 1, k))
                                  if serial is not None
                                  else v == 1 and (k == 0 or toks[k - 1][0] not in ("num", "val"))):
                serial, serial_at = v, k
        mx = _score_value(toks[i])
        if mx is None or not 0 < mx <= 100 or (std_gap and (toks[i][0] != "num" or i == 0
                                                             or toks[i - 1][0] not in ("text", "val"))) \
                or _in_series(toks, i) or _rule_points(toks, i) or serial_at == i:
            i += 1
            continue
        j = i + 1
        if "rate" in between:  # 分值 执行率 得分
            if j < len(toks) and toks[j][0] == "val" and toks[j][1].endswith("%"):
                j += 1
            else:
                i += 1
                continue
        elif between == ["deduct"] and j + 1 < len(toks) and toks[j][0] == "num" and not toks[j][3]:
            # 应得分 扣减分 实得分: the self score is the maximum less the deduction; a blank deduction
            # cell leaves the self score right after the maximum, closing its row
            d, s2 = _score_value(toks[j]), _score_value(toks[j + 1])
            if s2 is not None and abs(mx - d - s2) <= 0.01:
                j += 1
            elif s2 is not None and not toks[j + 1][3]:
                i += 1
                continue
        elif between:  # 分值 评分标准 得分: the criterion may hold numbers ("扣2分"), the score is bare
            k = j
            # (a number inside the criterion's words, "每少1人扣2分", is no cell)
            while k < len(toks) and k - j < 12 and (toks[k][0] != "num" or _inside_text(toks, k)) \
                    and toks[k][0] != "sub":
                k += 1
            # as many cells between as the header has columns there: a row's sequence number
            # ("5", 项目, 内容, then the weight) is not its weight
            cells = sum(1 for t in toks[j:k] if t[4])
            if k == j or cells > len(between):
                i += 1
                continue
            j = k
        if j >= len(toks):
            break
        sf = _score_value(toks[j])
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if sf is None or sf > 100 or sf > 2 * mx or (nxt is not None and _score_value(nxt) is not None
                                                      and not nxt[3] and not between and not assessor) \
                or _in_series(toks, j):
            i += 1
            continue
        # a blank self cell: the number after the maximum opens the next row ("20", then "2" and
        # its label on lines of their own, after row 1)
        if serial is not None and sf == serial + 1 and _serial(toks, j) is not None:
            i += 1
            continue
        if n_budget:  # a budget row states its amounts before the score ("其中" rows have none)
            nums = 0
            k = i - 1
            while k >= 0 and toks[k][0] in ("num", "val") and not toks[k][1].endswith("分"):
                nums += 1
                k -= 1
            if nums < n_budget:
                i += 1
                continue
        yield i, j
        i = j + 1
        if assessor and i < len(toks) and toks[i][0] == "num" and not toks[i][3]:
            i += 1  # the assessor's score


def _glued_pair(tok) -> float | None:
    """"55", "1010": a full score glued to its maximum when the cells lost their separator."""
    kind, s = tok[0], tok[1]
    if kind != "num" or len(s) % 2 or len(s) > 6:
        return None
    half = len(s) // 2
    if s[:half] != s[half:]:
        return None
    v = _number(s[:half])
    return v if v is not None and 0 < v <= 100 and not s.startswith("0") else None


_CELL_NUMBER = re_cache.compile(r"^([≥≤><=＞＜]?)\s*(\d+(?:\.\d+)?)\s*(.*)$")


def _completion(target: str | None, actual: str | None) -> dict:
    """Target and actual as numbers when both are, in the same unit, and whether the actual meets
    the target (≤ targets are ceilings: costs, time limits)."""
    t = _CELL_NUMBER.match(target or "")
    a = _CELL_NUMBER.match(actual or "")
    if not t or not a or a.group(1) or t.group(3) != a.group(3):
        return {"target_value": None, "actual_value": None, "met": None}
    tv, av = float(t.group(2)), float(a.group(2))
    met = av <= tv if t.group(1) in ("≤", "<", "＜") else av >= tv
    return {"target_value": tv, "actual_value": av, "met": met}


def _item(label: str) -> str:
    """A row's own label, without the level words a converter glued before it."""
    label = label.strip("(（)）:：")
    bare = _cfg()["level_prefix"].sub("", label)
    return (bare if len(bare) >= 2 else label) or "指标"


def _row_end(toks: list[tuple], k: int) -> bool:
    """Token k ends its cell and nothing numeric follows it on its line: it can be a row's last
    score cell ("11月底前" is a date, not two scores)."""
    if k + 1 >= len(toks) or toks[k + 1][3]:
        return True
    return toks[k + 1][4] and _score_value(toks[k + 1]) is None


def _read_rows(text: str, hdr: dict, lo: int, hi: int, skip: list[tuple[int, int, str]]) -> list[dict]:
    """The rows of one table body: anchored on score pairs, plus rows whose two equal score cells
    lost their separator ("55"); each row takes the cells since the previous row's end."""
    cols = hdr["columns"]
    toks = _tokens(text, lo, hi, skip)
    anchors = list(_pairs(toks, cols))
    rows: list[dict] = []
    start_i = 0
    has_tail = any(k in cols[cols.index("self") + 1:] for k in ("reason", "core", "std"))
    assessor = "assessed" in cols[len(cols) - cols[::-1].index("self"):]

    def emit(first: int, i_max: int, i_self: int, mx: float, sf: float, glued: bool) -> int:
        # a section mark ("产出(50分)") starts the row after it
        for k in range(i_max - 1, first - 1, -1):
            if toks[k][0] == "sub":
                first = k + 1
                break
        end_i = i_self
        assessed = None
        if assessor and end_i + 1 < len(toks) and toks[end_i + 1][0] == "num" and not toks[end_i + 1][3]:
            end_i += 1
            assessed = toks[end_i]
        if has_tail and end_i + 1 < len(toks) and toks[end_i + 1][0] != "sub":
            # the reason cell: the rest of the score's line, or a next line that reads as an explanation
            k = end_i + 1
            line_end = k + 1
            while line_end < len(toks) and not toks[line_end][3] and toks[line_end][0] != "sub":
                line_end += 1
            line = "".join(t[1] for t in toks[k:line_end])
            numbers = any(t[0] == "num" or t[1][0] in "≥≤><=＞＜" for t in toks[k:line_end])
            if not numbers and (not toks[k][3] or _cfg()["deviation_reason"].search(line) or len(line) >= 20):
                end_i = line_end - 1
        # a row that opens with its number ("1", "| 2 |"): its label cells follow the number, and what
        # stands before it is the previous row's
        label_start = first
        for k in range(first, i_max):
            if _serial(toks, k) is not None:
                label_start = k + 1
                break
        label_toks = []
        for t in toks[label_start:i_max]:
            if t[0] != "text":
                break
            label_toks.append(t)
        values = [t for t in toks[label_start + len(label_toks):i_max] if t[0] not in ("dash", "sub")]
        value_cols = [k for k in cols[:cols.index("max")] if k in ("target", "actual", "budget")]
        # text values ("接入", "已接入") read as label words: the last label cells are the values
        steal = min(len(value_cols) - len(values), len(label_toks) - 1)
        if steal > 0 and not values:
            values = label_toks[-steal:] + values
            label_toks = label_toks[:-steal]
        cells = [{"kind": "label", "text": t[1], "start": t[2], "end": t[2] + len(t[1])} for t in label_toks]
        for k, t in zip(value_cols, values):
            cells.append({"kind": k, "text": t[1], "start": t[2], "end": t[2] + len(t[1])})
        smax, sself = toks[i_max], toks[i_self]
        if glued:
            half = len(smax[1]) // 2
            cells.append({"kind": "max", "text": smax[1][:half], "start": smax[2], "end": smax[2] + half})
            cells.append({"kind": "self", "text": smax[1][half:], "start": smax[2] + half,
                          "end": smax[2] + len(smax[1])})
        else:
            cells.append({"kind": "max", "text": smax[1], "start": smax[2], "end": smax[2] + len(smax[1])})
            cells.append({"kind": "self", "text": sself[1], "start": sself[2], "end": sself[2] + len(sself[1])})
        if assessed is not None:
            cells.append({"kind": "assessed", "text": assessed[1], "start": assessed[2],
                          "end": assessed[2] + len(assessed[1])})
        reason = toks[i_self + 1 + (assessed is not None):end_i + 1]
        if reason:
            cells.append({"kind": "reason", "text": "".join(t[1] for t in reason), "start": reason[0][2],
                          "end": reason[-1][2] + len(reason[-1][1])})
        first_tok = toks[first] if first < len(toks) else smax
        # a criterion column (考核内容, 评分标准) before the weight: the item is the cell before it
        named = label_toks
        cell_starts = [n for n, t in enumerate(label_toks) if t[4]]
        if "std" in cols[:cols.index("max")] and len(cell_starts) >= 2:
            named = label_toks[:cell_starts[-1]]
        item = named[-1][1] if named else ""
        if named and len(item) <= 2 and len(named) > 1:
            item = named[-2][1] + item
        rows.append({"start": first_tok[2], "end": cells[-1]["end"],
                     "score_end": next(x["end"] for x in cells if x["kind"] == "self"),
                     "item": _item(item), "max_score": mx, "self_score": sf,
                     "assessed_score": _score_value(assessed) if assessed is not None else None,
                     "target": next((x["text"] for x in cells if x["kind"] == "target"), None),
                     "actual": next((x["text"] for x in cells if x["kind"] == "actual"), None),
                     "reason": cells[-1]["text"] if reason else None, "cells": cells})
        rows[-1].update(_completion(rows[-1]["target"], rows[-1]["actual"]))
        return end_i + 1

    for i_max, i_self in anchors:
        if i_max < start_i:
            continue
        # an earlier row glued as "55" before this anchor
        for k in range(start_i, i_max):
            v = _glued_row(toks, k, start_i)
            if v is not None:
                start_i = emit(start_i, k, k, v, v, True)
        start_i = emit(start_i, i_max, i_self, _score_value(toks[i_max]), _score_value(toks[i_self]), False)
    for k in range(start_i, len(toks)):
        v = _glued_row(toks, k, start_i)
        if v is not None:
            start_i = emit(start_i, k, k, v, v, True)
    return rows


def _glued_row(toks: list[tuple], k: int, first: int) -> float | None:
    """The score of a row whose cells since token ``first`` end in a glued pair at token k ("55")
    after a value cell, closing its line."""
    v = _glued_pair(toks[k])
    if v is not None and k > first and toks[k - 1][0] in ("val", "num") and _row_end(toks, k):
        return v
    return None


def _has_rows(text: str, hdr: dict, lo: int, hi: int) -> bool:
    """``bool(_read_rows(text, hdr, lo, hi, []))`` without reading the rows: the first score anchor
    makes a row, and without one the first glued pair does."""
    toks = _tokens(text, lo, hi, [])
    return next(_pairs(toks, hdr["columns"]), None) is not None or any(
        _glued_row(toks, k, 0) is not None for k in range(len(toks)))


def is_page_number(line: str) -> bool:
    """A page number a converter left on its own line ("- 1 -", "第 2 页 共 3 页")."""
    return bool(_cfg()["page_number"].fullmatch(line.strip()))


def _skips(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Page numbers, running page lines and chunk markers inside a table body."""
    c = _cfg()
    return [(*m.span(), "noise") for m in c["noise_line"].finditer(text, lo, hi)]


# a row whose header was lost (a continued page): a line ending in two bare score cells,
# optionally followed by a short reason
_HEADLESS_ROW = compile_pattern(r"^[^\n]*?[^\d.\s][ \t]*(?P<max>\d{1,3}(?:\.\d{1,2})?)[ \t]+(?P<self>\d{1,3}(?:\.\d{1,2})?)"
                              r"(?:[ \t]*[^\d\s.][^\n]{0,40})?[ \t]*$", regex.M)
_FORM_WORDS = "自评表|评分表|考核表|自评得分|自评总分|总得分"
_FORM_WORD = compile_pattern(_FORM_WORDS)
_HOLDS_FORM_WORD = word_test(_FORM_WORDS)  # each word found by a substring test
# what every such row holds: its max cell, blanks, its self cell (most texts that name a form hold
# none, and this scan tells it faster than the row pattern, which tries every line)
_CELL_PAIR = compile_pattern(r"\d[ \t]+\d")


def _headless(text: str) -> list[dict]:
    """Tables whose header was lost: three or more consecutive lines with the repeating pattern
    (…, max, self), in a text that names a form or states a total (:func:`_headless_words`); read
    as target, actual, max, self, reason."""
    out: list[dict] = []
    run: list = []

    def close():
        if len(run) >= 3:
            out.append({"start": run[0].start(), "end": run[0].start(), "body_end": run[-1].end(),
                        "columns": ["target", "actual", "max", "self", "reason"]})

    for m in _HEADLESS_ROW.finditer(text):
        mx, sf = float(m.group("max")), float(m.group("self"))
        if not (0 < mx <= 100 and sf <= 1.5 * mx):
            continue
        gap = text[run[-1].end():m.start()] if run else ""
        if run and (gap.count("\n") > 2 or not all(is_page_number(x) or not x.strip() for x in gap.split("\n")[1:-1])):
            close()
            run = []
        run.append(m)
    close()
    return out


def _column_words(text: str) -> bool:
    """Whether ``text`` names a max and a self column, as every table header does: a text without
    either has no header, which a scan for each (a plain alternation) tells faster than the header
    scan (some texts name a weight or full marks, 权重/满分, and no score)."""
    return all(holds(text) for holds in _cfg()["column_words"])


def _headless_words(text: str) -> bool:
    """Whether ``text`` may hold a table whose header was lost: one is read only in a text that names
    a form, and each of its rows holds a pair of score cells (most texts that name a form hold no
    cells: this scan tells it faster than the row pattern, which tries every line)."""
    return _HOLDS_FORM_WORD(text) and _CELL_PAIR.search(text) is not None


class TextTables(NamedTuple):
    """The form tables of a text and whether a piece of it can hold one."""

    found: list[tuple[dict, int]]  # find_tables(text)
    # some piece of the text (a report on a page) may hold a table: when not, none does. (The words
    # tried are plain strings and a run of digits and blanks: a piece holds them only where the whole
    # text does.)
    in_pieces: bool


def text_tables(text: str) -> TextTables:
    """``find_tables(text)``, and whether a piece of ``text`` can hold a table."""
    c = _cfg()
    column_words = _column_words(text)
    headers = _headers(text) if column_words else []
    headless_words = not headers and _headless_words(text)
    if headless_words:
        headers = _headless(text)
    out = []
    for n, hdr in enumerate(headers):
        limit = headers[n + 1]["start"] if n + 1 < len(headers) else len(text)
        if "body_end" in hdr:
            out.append((hdr, hdr["body_end"]))
        else:
            out.append((hdr, _body_end(text, hdr["end"], min(limit, hdr["end"] + c["max_body"]))))
    return TextTables(out, column_words or headless_words)


def find_tables(text: str) -> list[tuple[dict, int]]:
    """(header, end of its body) for each form table of a text, with headers lost or not: what
    ``find_forms`` and ``table_regions`` read (a caller of both finds them once)."""
    return text_tables(text).found


def tables_of(doc: Document) -> TextTables:
    """``text_tables(doc.text)``, worked out once per text: reflow's, documents' and the forms
    stage's (each on a page whose text an earlier one left as it was, or on a report whose page
    holds no table)."""
    return doc.derived("form_tables", text_tables)


def table_regions_of(doc: Document) -> list[tuple[int, int]]:
    """``table_regions(doc.text)``, worked out once per text (see :func:`tables_of`)."""
    return doc.derived("table_regions", lambda text: table_regions(text, tables_of(doc).found))


def table_regions(text: str, tables: list[tuple[dict, int]] | None = None) -> list[tuple[int, int]]:
    """Where form tables stand in a page (header through body and a closing total): cleaning
    stages leave these lines to the form reader. ``tables``: ``find_tables(text)`` when known."""
    c = _cfg()
    out = []
    for hdr, end in find_tables(text) if tables is None else tables:
        # header words in a sentence ("各项指标的分值、得分及完成值") head no table: rows or a total must follow
        if not c["total_row"].search(text, hdr["end"], end) and not _has_rows(text, hdr, hdr["end"], end):
            continue
        m = c["total_row"].search(text, end, min(len(text), end + 200))
        if m and not text[end:m.start()].strip(" \t|｜\n").count("\n"):
            end = m.end()
        out.append((text.rfind("\n", 0, hdr["start"]) + 1, end))
    return out


def find_forms(text: str, tables: list[tuple[dict, int]] | None = None) -> list[dict]:
    """Every form region of a text: its header, rows, subtotals and total (positions in ``text``).
    ``tables``: ``find_tables(text)`` when known."""
    c = _cfg()
    forms: list[dict] = []
    for hdr, end in find_tables(text) if tables is None else tables:
        skip = _skips(text, hdr["end"], end)
        totals = []
        for m in c["total_row"].finditer(text, hdr["end"], end):
            totals.append(m)
            skip.append((*m.span(), "total"))
        subtotals = []
        for m in c["subtotal_mark"].finditer(text, hdr["end"], end):
            subtotals.append({"start": m.start(), "end": m.end(), "max_score": float(m.group("max"))})
            skip.append((*m.span(), "sub"))
        rows = _read_rows(text, hdr, hdr["end"], end, skip)
        if not rows and not totals:
            continue
        # the form ends with its last row or total, not with the prose the body search stopped at
        last = max([hdr["end"]] + [r["end"] for r in rows] + [m.end() for m in totals])
        form = {"start": hdr["start"], "end": last, "columns": hdr["columns"],
                "header": (hdr["start"], hdr["end"]), "rows": rows, "subtotals": subtotals, "totals": []}
        for m in totals:
            form["totals"].append(_total(m))
        forms.append(form)
    if forms:
        # a total stated after the last table ("总分 100 自评得分 93.5") or in the header block
        last = forms[-1]
        for m in c["total_row"].finditer(text, last["end"], min(len(text), last["end"] + 400)):
            last["totals"].append(_total(m))
            last["end"] = m.end()
        # a self total stated once more in the header block ("自评总分:92分") is the same total
        stated = {t["self_score"] for f in forms for t in f["totals"] if t["label_kind"] == "total"}
        m = c["self_total"].search(text)
        if m and float(m.group("self")) not in stated and not any(
                f["start"] <= m.start() < f["end"] for f in forms):
            forms[0]["totals"].append({"start": m.start(), "end": m.end(), "label": m.group("label"),
                                       "label_kind": "total", "max_score": None,
                                       "self_score": float(m.group("self"))})
    return forms


def _total(m) -> dict:
    label = m.group("label")
    mx = m.group("max")
    sf = m.group("self")
    rest = m.group("rest")
    if rest and abs(float(mx) - float(sf) - float(rest)) <= 0.01:  # 应得 扣减 实得
        sf = rest
    return {"start": m.start(), "end": m.end(), "label": label,
            "label_kind": "subtotal" if "小计" in label else "total",
            "max_score": float(mx) if mx else None, "self_score": float(sf) if sf else None}
