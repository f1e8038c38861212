"""Metrics: quantities that report on work, with indicator, period, target and family links."""
from __future__ import annotations

import functools
import inspect
import math
import re
import re._parser as re_parser
from bisect import bisect_left, bisect_right
from dataclasses import fields
from itertools import compress
from operator import attrgetter

import regex

from .. import indicators, re_cache
from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import (GatedPattern, closing_chars, compile_pattern, end_reach, finditer, literal_gate, may_match,
                        resolved)
from ..payloads import MetricData
from ..quantities import quantity_rows
from ..segment import boundary_certain
from ..structure import _SENT_END, HAN_CHAR, period_pattern, sentence_at

# how far structure.sentence_at reaches each side of a value (extract_metrics writes it out)
_SENTENCE_REACH = inspect.signature(sentence_at).parameters["limit"].default
_CN_NUMERAL = re_cache.compile(r"^[零〇一二两三四五六七八九十百千]+$")
# where a noun phrase to the right of a measure word ends ("8个窗口进驻…")
_RIGHT_STOP = re_cache.compile(r"[的地得]?(?:进行|参加|参与|进驻|在|被|已|均|全部|和|及|、)")
# the end of a closed list of names ("…、万达广场等联审会"), not 等次/等级/平等
_LIST_DONE = compile_pattern(r"(?<=[\p{Han}》”])等(?![次级待同于])")
_ONE_CHAR_CLASS = re_cache.compile(r"\[(?:[^\\\]]|\\.)+\]")
_START_OF = re.Match.start
_START = attrgetter("start")
# MetricData's fields, in the order extract_metrics passes them (canonical is set after, family and
# role by _families)
_METRIC_FIELDS = ("indicator", "value", "unit", "base_value", "base_unit", "unit_kind", "canonical", "qualifier",
                  "approximate", "target", "direction", "period", "low", "high", "decimals", "family", "role",
                  "grade", "section", "sentence_span", "clause", "indicator_start")
if tuple(f.name for f in fields(MetricData)) != _METRIC_FIELDS:
    raise ImportError("payloads.MetricData's fields changed: update metrics._METRIC_FIELDS and its call")


@functools.cache
def _cfg():
    c = dict(load_yaml("metrics.yml"))
    # the strings a standard's heading must hold: most texts hold none and are not scanned for one
    c["standard_heading_keys"] = _key_strings(c["standard_heading"])
    c["earlier_value_gate"] = literal_gate(c["earlier_value"])
    for k in ("clause_break", "strip_left", "strip_left_whole", "strip_right", "distributive", "list_sep",
              "target_cue", "target_done_after", "increase", "decrease", "change_verb", "budget_change", "budget_change_name", "comparison_name", "bare_change_name", "inner_comparison", "earlier_value",
              "subject_verbs", "restated_lead",
              "abstract_nouns", "enumeration_before", "enumeration_after", "max_score_before",
              "site_counter_before", "document_before", "document_after", "cell_label_strip",
              "broken_line_end", "threshold_after", "threshold_comparison", "threshold_count_after", "threshold_nouns", "name_date_end", "share_gap", "value_first_lead", "list_item_before", "list_item_noun", "one_of_after",
              "value_first_end", "value_first_praise", "weight_score_before", "weight_run_before", "score_band_after",
              "standard_heading", "standard_value_cue", "standard_done_cue", "respectively_head",
              "respectively_own_head", "respectively_change", "respectively_comparison", "respectively_measure",
              "respectively_group_tail"):
        # a cue asked before every value, and the left-window strip asked of every new window, run
        # with re (cheaper calls, a slower compile of their Han classes)
        c[k] = compile_pattern(c[k], many_calls=k in ("target_cue", "strip_left"))
    c["not_count_after"] = {unit: (compile_pattern(r["after"]), compile_pattern(r["before"]) if "before" in r else None,
                                   compile_pattern(r["after_any"]) if "after_any" in r else None)
                            for unit, r in c["not_count_after"].items()}
    r = c["capacity_name"]
    c["capacity_name"] = (compile_pattern(r["after"]), compile_pattern(r["before"]), None)
    # the last characters of the capacity's verb before a value: a one-character gate (None: every value is tried)
    c["capacity_ends"] = closing_chars(r["before"])
    c["change_window"] = compile_pattern(c["change_comparison"] + c["change_verb"].pattern)
    # most reports hold no "respectively": no pass over their sentences; most clauses hold no
    # string a scoring rule needs (分, 扣完为止), and finding one costs a tenth of the rule's search
    c["respectively"] = GatedPattern(c["respectively"])
    c["scoring_rule"] = GatedPattern(c["scoring_rule"])
    if not _ONE_CHAR_CLASS.fullmatch(c["clause_break"].pattern):
        # _clause_breaks finds them all in one scan, which only one character at a time allows
        raise ValueError("metrics.yml clause_break must be one character class")
    # the sentence ends (structure.sentence_at's) among the clause breaks: _sentence_breaks picks
    # them out of the breaks' positions instead of scanning the text again
    breaks = _class_chars(c["clause_break"].pattern)
    ends = _class_chars(_SENT_END.pattern)
    if breaks is None or ends is None or not ends <= breaks:
        raise ValueError("metrics.yml clause_break must hold every sentence end mark of structure.py")
    c["sentence_end"] = frozenset(ch for ch in breaks if _SENT_END.fullmatch(ch))
    c["change_verb_tail"] = end_reach(c["change_verb"].pattern)
    c["metric_kinds"] = frozenset(c["metric_kinds"])
    c["metric_per_units"] = frozenset(c["metric_per_units"])
    c["small_cn_units"] = frozenset(c["small_cn_units"])
    c["skip_units"] = frozenset(c["skip_units"])
    c["report_in_base_units"] = frozenset(c["report_in_base_units"])
    c["document_units"] = frozenset(c["document_units"])
    c["size_units"] = frozenset(c["size_units"])
    return c


def canonical_indicator(indicator: str, m: MetricData) -> str | None:
    """Vocabulary name of an indicator in its metric's unit kind (reportnlp/indicators.py)."""
    if indicator[-1:] in _BUDGET_TAILS and (bc := _cfg()["budget_change_name"].search(indicator)):
        # "一般公共预算收入减收": the subject's canonical (round 28)
        subject = indicators.canonical(indicator[:bc.start("tail")], m.unit_kind, m.unit or "", m.base_unit or "")
        if subject is not None:
            return subject
    return indicators.canonical(indicator, m.unit_kind, m.unit or "", m.base_unit or "")


@functools.lru_cache(maxsize=8)
def _clause_breaks(text: str) -> list[int]:
    """Where every clause break of text is, found in one scan (every value asks)."""
    return [m.start() for m in _cfg()["clause_break"].finditer(text)]


def _class_chars(pattern: str) -> frozenset[str] | None:
    """The characters of a one-class pattern of single characters ("[,，;]"), None for another."""
    items = re_parser.parse(pattern).data
    if len(items) != 1 or items[0][0] is not re_parser.IN or any(op is not re_parser.LITERAL for op, _ in items[0][1]):
        return None
    return frozenset(chr(av) for _, av in items[0][1])


def _key_strings(source: str) -> tuple[tuple[str, ...], int] | None:
    """Strings one of which every match of the pattern ``source`` holds (inside the match: neither
    pattern read so holds one in a lookaround), and how long a match may be at most; None when
    not known (the pattern is then looked for over the whole text)."""
    gate = literal_gate(source)
    try:
        width = re_parser.parse(source).getwidth()[1]
    except re.error:
        return None
    if not gate or width >= re_parser.MAXREPEAT:
        return None
    return tuple(sorted(min(gate, key=len))), width


@functools.cache
def _period_keys() -> tuple[tuple[str, ...], int] | None:
    """_key_strings of a period (metadata.yml period)."""
    return _key_strings(load_yaml("metadata.yml")["period"])


def _periods(text: str, starts: list[int] | None = None, reach: int = 0) -> list[re.Match]:
    """The periods of text (``finditer(period_pattern(), text)``), looked for only near where
    the strings one of which each holds stand (年, 月, 季度: read at C speed): a scan of the whole
    text led by the class of the periods' first characters tried the pattern at every digit.
    With ``starts``, only those that may end within ``reach`` characters before one (_near_keys)."""
    return _near_keys(period_pattern(), _period_keys(), text, starts, reach)


def _near_keys(pattern, keys: tuple[tuple[str, ...], int] | None, text: str, starts: list[int] | None = None,
               reach: int = 0) -> list[re.Match]:
    """``list(finditer(pattern, text))``, looked for only near where the strings of ``keys``
    (_key_strings) stand; with ``starts`` (sorted: where the values stand), only the matches of the
    windows where a match may end at most ``reach`` characters before a start, or at it: the
    caller asks of each value only for the last match ending so close before it.

    A match holding a key string at k lies in [k - width, k + width); the windows around the
    keys are merged, and as no match reaches past its window the scan of each window finds what
    the scan of the whole text finds there (the pattern looks neither behind a match nor past it
    for more than the text before the window holds: lookbehinds see it). A match of a window
    [lo, hi) ends in (lo, hi]: no start in (lo, hi + reach] has one there to ask for."""
    if keys is None:
        return list(finditer(pattern, text))
    strings, width = keys
    at: list[int] = []
    for key in strings:
        if key in text:
            at.extend(map(_START_OF, _literal_finditer(key)(text)))
    out: list[re.Match] = []
    if not at:
        return out
    at.sort()
    n = len(text)
    windows = []
    lo, hi = at[0] - width, at[0] + width
    for k in at:
        if k - width > hi:  # a gap no match spans: the window so far is done
            windows.append((lo if lo > 0 else 0, hi if hi < n else n))
            lo = k - width
        hi = k + width
    windows.append((lo if lo > 0 else 0, hi if hi < n else n))
    # (re's own finditer for a window: patterns.finditer adds only a regex pattern's timeout)
    scan = compiled.finditer if isinstance(compiled := resolved(pattern), re.Pattern) else functools.partial(
        finditer, compiled)
    for lo, hi in windows:
        if starts is not None:
            k = bisect_right(starts, lo)
            if k == len(starts) or starts[k] > hi + reach:
                continue  # no value asks for a match of this window
        out.extend(scan(text, lo, hi))
    return out


@functools.lru_cache(maxsize=8)
def _sentence_breaks(text: str) -> list[int]:
    """structure's sentence ends in text (where ``sentence_at`` cuts), picked out of its clause
    breaks at C speed: a second scan of the whole text, led by a class, cost three times as much."""
    breaks = _clause_breaks(text)
    return list(compress(breaks, map(_cfg()["sentence_end"].__contains__, map(text.__getitem__, breaks))))


def _clause_start(text: str, pos: int, limit: int = 40) -> int:
    """After the last clause break before pos, at most ``limit`` characters back."""
    lo = max(0, pos - limit)
    breaks = _clause_breaks(text)
    k = bisect_left(breaks, pos) - 1
    return breaks[k] + 1 if k >= 0 and breaks[k] >= lo else lo


def _clause_end(text: str, pos: int, limit: int = 40) -> int:
    """The first clause break from pos on, at most ``limit`` characters ahead."""
    hi = min(len(text), pos + limit)
    breaks = _clause_breaks(text)
    k = bisect_left(breaks, pos)
    return breaks[k] if k < len(breaks) and breaks[k] < hi else hi


@functools.cache
def _literal_finditer(literal: str):
    """The finditer of a literal string: re steps to a literal at C speed, a few instructions a
    character (to a class, ~50)."""
    return re_cache.compile(re.escape(literal)).finditer


def _marks(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Where 《, 》, opening quotes (“ ") and closing quotes (” ") are (every value asks whether it
    sits inside a pair). Each mark is looked for on its own, and only in a text that holds it: an
    ``in`` test and a literal's scan cost a few instructions a character, a scan led by the class
    of the five marks ~50 (most reports hold none of them, or few)."""
    book_open, book_close, opening, closing, straight = (
        [m.start() for m in _literal_finditer(ch)(text)] if ch in text else [] for ch in '《》“”"')
    if straight:  # a straight quote " both opens and closes
        return book_open, book_close, sorted(opening + straight), sorted(closing + straight)
    return book_open, book_close, opening, closing


def _paired_quotes(text: str, opening: list[int], closing: list[int]) -> tuple[list[int], list[int]]:
    """The quote marks of _marks with each straight quote " as what its place makes it: the first of
    a pair on a line opens, the next closes ('"创业富民30条"' is a name); one left alone opens nothing.
    (_marks counts a straight quote both ways, and a value right after one then never sits inside.)"""
    straight = set(opening) & set(closing)
    opens = [k for k in opening if k not in straight]
    closes = [k for k in closing if k not in straight]
    pending = -1
    for q in sorted(straight):
        if pending >= 0 and "\n" not in text[pending:q]:
            opens.append(pending)
            closes.append(q)
            pending = -1
        else:
            pending = q
    return sorted(opens), sorted(closes)


def _in_base(value: float, base_value: float, base_unit: str, low: float | None, high: float | None,
             decimals: int) -> tuple:
    """A value restated in its base unit (三成 → 30 %; 7.2成 → 72 %), its range and decimals with it."""
    factor = base_value / value if value else 1.0
    if low is not None:
        low, high = low * factor, high * factor
    return base_value, base_unit, low, high, max(0, decimals - round(math.log10(factor))) if factor > 0 else decimals


def _names_no_count(naming: tuple, text: str, end: int, before: str) -> bool:
    """Whether the number ending at ``end`` names a session, a phase or a service regime rather than counting
    (metrics.yml not_count_after for its unit: ``after`` with ``before`` if given, or ``after_any`` alone: the
    three sectors)."""
    after, needs_before, after_any = naming
    return (after.match(text, end) is not None and (needs_before is None or needs_before.search(before) is not None)
            or after_any is not None and after_any.match(text, end) is not None)


def _weight_in_brackets(text: str, start: int, end: int) -> bool:
    """A task's weight in brackets of its own, after its task or cell label and before the next task or cell
    ("开展安全检查1次(9分);", "招商引资到位资金(2分) |"): the points the item is worth in an assessment, no score
    achieved; a bracket whose clause reports a score (得分, 测评 …: "综合测评(92分);") holds one. (A heading's
    "1.保洁队伍(15分)。" stays: the corpora count such a part's points.)"""
    if not (start and text[start - 1] in "(（" and end < len(text) and text[end] in ")）"):
        return False
    c = _cfg()
    after = end + 1
    while after < len(text) and text[after] in " \t\u3000":
        after += 1
    if after >= len(text) or text[after] not in ";；|｜":
        # the last task of a run closes its sentence ("…(8分);开展…观摩活动(9分)。"): a weight if the run's
        # tasks before it carry theirs
        if not (after < len(text) and text[after] == "。" and c["weight_run_before"].search(
                text, max(0, start - c["weight_run_reach"]), start)):
            return False
    return not c["weight_score_before"].search(text, max(0, start - 1 - c["weight_score_reach"]), start - 1)


def _inside(opens: list[int], closes: list[int], pos: int, limit: int) -> bool:
    """True when pos sits inside a pair opened in the last ``limit`` chars and not closed
    before pos (``opens``/``closes``: sorted positions of the marks)."""
    k = bisect_left(opens, pos) - 1
    if k < 0 or opens[k] < pos - limit:
        return False
    j = bisect_left(closes, pos) - 1
    return j < 0 or closes[j] < opens[k]


def _quoted_name(text: str, opens: list[int], closes: list[int], pos: int) -> bool:
    """The quotes around ``pos`` (which _inside found) hold a name ("“十四五”", "“惠企30条”"), not a
    speaker's words ("“一年来,柳塘村新建大棚48个,…”"): they close within quoted_name_max characters
    and no clause mark stands between them. A name's numbers are no metrics; reported speech holds
    the work's figures."""
    c = _cfg()
    opened = opens[bisect_left(opens, pos) - 1]
    k = bisect_left(closes, pos)
    closed = closes[k] if k < len(closes) else len(text)
    return closed - opened <= c["quoted_name_max"] and not c["clause_break"].search(text, opened, closed)


@functools.lru_cache(maxsize=65536)  # left windows repeat ("其中", "全年共"), and cutting is dear
def _left_name(left: str) -> tuple[str, str]:
    """The left window trimmed at words, and the name it holds with its edges stripped."""
    stripped = _trim_at_words(left)
    cleaned = indicators.strip_edges(_strip_right(stripped))
    if "比" in cleaned or "较" in cleaned:  # "…总水平比上年上涨": the earlier year names nothing
        cleaned = _cfg()["inner_comparison"].sub("", cleaned)
    return stripped, cleaned.replace("分别", "")  # "同比分别增长": the pairing word is no part of a name


def _strip_right(name: str) -> str:
    """``name`` without the copulas and reporting words that end it, whole words only: a word of
    strip_right_keeps that a strippable character ends stays whole (违法行为 keeps 为, 家庭医生签约 约)."""
    pattern = _cfg()["strip_right"]
    m = pattern.search(name)
    while m:
        at = m.start()
        kept = next((at - i + len(w) for w in _cfg()["strip_right_keeps"] for i in range(1, len(w))
                     if name.startswith(w, at - i)), None)
        if kept is None:
            return name[:at]
        m = pattern.search(name, kept) if kept < len(name) else None
    return name


def _trim_at_words(left: str) -> str:
    """Strip time phrases and reporting verbs from the left window, whole words only
    (so "共青团员" keeps its 共 while "共有" goes)."""
    c = _cfg()
    m = c["strip_left"].match(left)
    if not m or m.end() == 0:
        return left  # nothing to strip: no need to segment
    if boundary_certain(left, m.end()):
        return left[m.end():]  # no word spans the cut: segmenting would change nothing
    words = indicators.cut(left)
    bounds = {0}
    pos = 0
    for w in words:
        pos += len(w)
        bounds.add(pos)
    if left[:1] == "其" and (w := c["strip_left_whole"].match(left)):  # 其/中国/道: 其中 goes whole (round 29)
        bounds.add(w.end())
    # the longest word boundary not beyond the strippable prefix
    return left[max(b for b in bounds if b <= m.end()):]


def _cell_label(text: str, qstart: int, qend: int) -> tuple[str, int] | None:
    """The label of a form's cell the quantity fills: the last cell before it on its row
    ("抽查次数(次) | 4", "| 门户网站 | 1"), or the line above when it stands alone on its line
    ("独立用户访问总量(单位:个)" over "186432"); None when it is no cell (prose)."""
    k = qend
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k] not in "\n|｜":
        return None
    line_start = text.rfind("\n", 0, qstart) + 1
    row = text[line_start:qstart]
    if row.strip():
        if "|" not in row and "｜" not in row:
            return None
        cells = [(m.start(), m.group()) for m in _CELL.finditer(row)]
        offset = line_start
    else:
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        cells = [(0, text[above:max(above, line_start - 1)])]
        offset = above
    strip = _cfg()["cell_label_strip"].sub
    for at, cell in reversed(cells):
        name = strip("", cell).strip()
        if HAN_CHAR.search(name):  # a label, not a dash or another number
            return name, offset + at + cell.find(name[:1])
    return None


_CELL = re_cache.compile(r"[^|｜\n]+")


def _indicator(text: str, qstart: int, qend: int, clause_lo: int, clause_hi: int, unit: str,
               unit_kind: str) -> tuple[str, int]:
    """The noun phrase the quantity measures: left of it in its clause, else right of it
    (naming rules in reportnlp/indicators.py). ``clause_hi``: ``_clause_end(text, qend)``."""
    # a form's cell is named by its label (most values stand in prose: one character test)
    if text[qstart - 1:qstart] in "\n| \t｜" or qstart == 0:
        cell = _cell_label(text, qstart, qend)
        if cell is not None:
            return cell
    # a table row flattened into one line ("…保障水平 | 1 | 将城镇低保…补差水平从每人每月574元"): a name never
    # crosses a cell's border; when the value's own cell names nothing ("| 满意度 | ≥95%"), the cell before does
    bar = text.rfind("|", clause_lo, qstart)
    if bar < 0:
        bar = text.rfind("｜", clause_lo, qstart)
    if bar >= 0:
        if HAN_CHAR.search(text, bar + 1, qstart):
            clause_lo = bar + 1
        else:
            cell = _cell_label(text, bar, bar)
            if cell is not None:
                return cell
    # an unclosed bracket opens a sub-list: "公务员30名(试用期1名)" names 试用期
    # (every value asks: comparisons, not max() calls)
    opened, wide = text.rfind("(", clause_lo, qstart), text.rfind("（", clause_lo, qstart)
    if wide > opened:
        opened = wide
    if opened >= 0 and text.rfind(")", opened, qstart) < 0 and text.rfind("）", opened, qstart) < 0:
        if opened == qstart - 1 and opened > clause_lo and text[qend:qend + 1] in (")", "）"):
            qstart = opened  # a value alone in brackets ("…工程正在施工中(93%)"): what precedes names it
        else:
            clause_lo = opened + 1
    # a closed list "A、B、C等联审会28次" leaves its items out when a name follows 等
    # (no 等 in the window, the common case: no search)
    m = _LIST_DONE.search(text, clause_lo, qstart) if text.find("等", clause_lo, qstart) >= 0 else None
    if m and qstart - m.end() >= 2:
        clause_lo = m.end()
    left = text[clause_lo:qstart]
    stripped, cleaned = _left_name(left)
    start = qstart - len(stripped)
    if text[qend:qend + 1] == "的" and _cfg()["value_first_lead"].search(stripped):
        # "以100%的合格率名列全省第一": the value comes first, its name after its 的
        c = _cfg()
        right, _ = indicators.right_noun(text, qend + 1, clause_hi)
        cut = c["value_first_end"].search(right)
        right = right[:cut.start()] if cut else right
        plain = c["value_first_praise"].sub("", right)
        right = plain if len(plain) >= 2 else right  # 优异成绩 → 成绩, but 优秀率 stays whole
        at = text.find(right, qend + 1, clause_hi + 1) if len(right) >= 2 else -1
        if at >= 0:
            return right, at
    bare = left.strip(" \t,，、;；:：")
    if indicators._cfg()["total_words"].match(bare) or indicators._cfg()["have_words"].match(bare):
        # a bare total or "having" names nothing: the clause before names what is counted ("集体联名信访件较多," +
        # 共128件; "占比最高的是城乡建设类," + 有29件); else a total is 合计 (below)
        named = indicators.named_before_total(text, clause_lo)
        if named:
            return named
    if unit_kind == "count" and left[-1:] in "、和及与" and (item := _list_item_noun(text, qstart, qend, clause_hi)):
        return item
    name, nstart = indicators.choose(stripped, cleaned, start + max(0, stripped.find(cleaned[:2])), text,
                                     qend, clause_hi, unit, unit_kind)
    if len(name) >= 2:
        return name, nstart
    if len(cleaned) >= 2:
        return cleaned, start
    # "8个窗口", "43个具有行政审批职能的部门": the noun follows the measure word
    right_end = _clause_end(text, qend, 16)
    right = text[qend:right_end]
    right = _RIGHT_STOP.split(right, maxsplit=1)[0]
    name = (cleaned + right).strip() or stripped.strip()
    if not name:
        # a bare total ("合计1600户", "共计4人"): the reporting word is all there is; after a date
        # ("截至9月底已完成"), the words after it
        dated = None
        for dated in _cfg()["name_date_end"].finditer(left):
            pass
        name = left[dated.end():] if dated and len(left) - dated.end() >= 2 else left.strip(" ,，、;；:：")[-4:]
        name = "合计" if indicators._cfg()["total_words"].match(name) else name
    return name, start if cleaned else qend


def _list_item_noun(text: str, qstart: int, qend: int, clause_hi: int) -> tuple[str, int] | None:
    """The noun after a count's measure word, when the count follows another count's item in a list
    (metrics.yml list_item_before: "12个乡、" + 3个 + "镇"); None when the text before is no such item or no
    short noun ends at a joiner or a clause mark after the measure word."""
    c = _cfg()
    if not c["list_item_before"].search(text, max(0, qstart - 16), qstart):
        return None
    m = c["list_item_noun"].match(text, qend, min(clause_hi + 1, len(text)))
    if m is None:
        return None
    # the noun, without the verb its clause goes on with ("21名列席人员出席", "31口山塘逐一检查"); not right_noun, which
    # takes no one-character noun (镇, 村) and cuts a compound's head off (电商分拣仓 → 电商)
    toks = indicators.tag(m.group())
    while toks and toks[-1][1][:1] in "vdpuc":
        toks = toks[:-1]
    noun = "".join(w for w, _ in toks)
    return (noun, qend) if noun else None


def extract_metrics(doc: Document) -> Document:
    """Stage: ``metrics`` spans from the quantities of each sentence."""
    c = _cfg()
    text = doc.text
    rows = quantity_rows(text)
    if not rows:  # (a fifth of the documents hold no quantity: none of the scans below for them)
        doc.spans["metrics"] = []
        return doc
    value_starts = sorted(row[0] for row in rows)
    sections = doc.get("sections")
    sec_starts = [s.start for s in sections]
    # one scan (of the windows periods can stand in, and where a value asks for one: a period ends
    # at most 60 characters before its value), not one per value
    periods = _periods(text, value_starts, 60)
    period_ends = [m.end() for m in periods]
    out: list[Span] = []
    book_open, book_close, quote_open, quote_close = _marks(text)
    if '"' in text:
        quote_open, quote_close = _paired_quotes(text, quote_open, quote_close)
    breaks, n = _clause_breaks(text), len(text)
    sent_breaks = _sentence_breaks(text)
    n_sent_breaks, reach = len(sent_breaks), _SENTENCE_REACH
    n_breaks = len(breaks)
    metric_kinds, skip_units, in_base_units = c["metric_kinds"], c["skip_units"], c["report_in_base_units"]
    metric_per_units = c["metric_per_units"]
    # asked of every value: looked up once (a dict lookup per value and pattern added up)
    target_cue, change_verb, change_window = c["target_cue"].search, c["change_verb"].search, c["change_window"].search
    target_done_after = c["target_done_after"].search
    broken_line_end = c["broken_line_end"].search
    sign_chars = c["target_signs"] + " \t\u3000"  # a sign, or the spaces a sign may stand before
    # where a standard's heading ends ("分类指标:", "服务标准:"): looked for only near the words one of
    # which each holds (标准, 目标, 指标: many texts hold one, few a heading, and a scan of the whole
    # text tried the heading's line-start branch at every character)
    standard_ends = [m.end() for m in _near_keys(c["standard_heading"], c["standard_heading_keys"], text,
                                                 value_starts, c["standard_reach"])]
    canonical = indicators.canonical
    size_units, document_units, not_count_after = c["size_units"], c["document_units"], c["not_count_after"]
    cohort_units, bracketed_names, threshold_after = c["cohort_units"], c["bracketed_names"], c["threshold_after"].match
    site_counter, distributive = c["site_counter_before"].search, c["distributive"].search
    one_of = c["one_of_after"].match
    threshold_kinds = c["threshold_kinds"]
    capacity_name = c["capacity_name"]
    capacity_ends = c["capacity_ends"]
    one_of_at = text.find("之一") >= 0  # most texts hold none: no match per value
    change_tail = c["change_verb_tail"] or 0
    scoring_search = c["scoring_rule"].pattern.search
    # where the strings a scoring rule needs stand (None: the text lacks them, and no clause is searched)
    scoring_at = _gate_positions(c["scoring_rule"].gate, text)
    # each quantity a row, unpacked into local names (see quantities.quantity_rows)
    for (start, end, num_start, num_end, value, unit, base_value, base_unit, unit_kind, qualifier, approximate,
         low, high, decimals) in rows:
        if unit_kind not in metric_kinds and base_unit not in metric_per_units:
            continue
        # (most reports name no 《document》: no bisects then)
        if (book_open and _inside(book_open, book_close, start, 60)
                or quote_open and _inside(quote_open, quote_close, start, 20)
                and _quoted_name(text, quote_open, quote_close, start)):
            continue
        if base_unit in skip_units or unit in skip_units:
            continue
        if unit in in_base_units:
            value, unit, low, high, decimals = _in_base(value, base_value, base_unit, low, high, decimals)
        if unit == "分" and (c["max_score_before"].search(text[start - 8 if start > 8 else 0:start])
                            or _weight_in_brackets(text, start, end)):
            continue
        # the clause's bounds, 60 characters at most each side, then 40: one bisect each way over
        # the clause breaks (every value asks: written out, no call)
        k = bisect_left(breaks, start) - 1
        clause_from = breaks[k] + 1 if k >= 0 else 0  # the clause's start, unbounded
        k = bisect_left(breaks, end)
        clause_to = breaks[k] if k < n_breaks else n  # and its end
        lo60 = clause_from if clause_from > start - 60 else start - 60
        hi60 = clause_to if clause_to < end + 60 else end + 60
        clause_lo = clause_from if clause_from > start - 40 else start - 40
        clause_hi = clause_to if clause_to < end + 40 else end + 40
        # _not_a_metric, asked here with the rules looked up once per text (every value asks)
        if unit in size_units or base_unit in size_units:
            continue
        if unit in document_units and _not_a_metric(text, start, end, unit, base_unit, qualifier, lo60, hi60):
            continue
        before = text[start - 10 if start > 10 else 0:start]
        if site_counter(before):
            continue
        if before[-1:] == ":" and before[-2:-1].isdigit():
            continue  # the seconds of a clock time ("17:01:33周一" is no 33 weeks)
        naming = not_count_after.get(unit)
        if naming is not None and _names_no_count(naming, text, end, before):
            continue
        if (capacity_ends is None or before[-1:] in capacity_ends) and _names_no_count(capacity_name, text, end, before):
            continue  # "新上年产10万吨硫酸项目": the project's size in its name, not work done
        if unit in cohort_units and num_end - num_start == 4 and 1900 <= value < 2100:
            continue  # a cohort named by its year ("2025届毕业生"), not a count
        if unit in bracketed_names and text[end:end + 1] in _CLOSING and text[start - 1:start] in "(（第":
            if text[start - 1] != "第" or text[start - 2:start - 1] in ("(", "（"):
                continue  # "改造项目(三期)", "(第二批)": a phase named, not a count
        if one_of_at and unit_kind == "count" and one_of(text, end):
            continue  # "是集团三家获评单位之一", "成为全省5个试点县之一": the group the unit belongs to, not work
        if unit_kind == "score" and qualifier in _BANDS and c["score_band_after"].match(text, end):
            continue  # "语文成绩90分以上13人": a band's bound, the count after it is the metric
        if unit_kind == "money" and _threshold(threshold_after(text, end), qualifier):
            continue  # "5亿元(3000万美元)以上项目60个": a size class, the count after it is the metric
        if unit_kind in threshold_kinds and text[end:end + 1] == "的" and _compared_class(text, start, end, qualifier, c):
            continue  # "超过30万元的村有4个": the class's bound, the count after it is the metric
        if scoring_at is not None and _window_holds(scoring_at, lo60, hi60) and scoring_search(text, lo60, hi60):
            continue
        if value <= 10 and _CN_NUMERAL.match(text[num_start:num_end]) and _minor_count(text, start, end, value, unit):
            continue
        # structure.sentence_at(text, start, end, breaks=sent_breaks), written out (every value asks): the
        # sentence's bounds, _SENTENCE_REACH characters at most each side, over the sentence ends found above
        k = bisect_left(sent_breaks, start) - 1
        sent_start = sent_breaks[k] + 1 if k >= 0 and sent_breaks[k] >= start - reach else (
            start - reach if start > reach else 0)
        k = bisect_left(sent_breaks, end)
        if k < n_sent_breaks and sent_breaks[k] < end + reach:
            b = sent_breaks[k]
            sent = (sent_start, b if text[b] == "\n" else b + 1)
        else:
            sent = (sent_start, end + reach if end + reach < n else n)
        if out and out[-1].end > clause_lo and out[-1].end <= start:
            clause_lo = out[-1].end  # list items never swallow earlier items and their numbers
        indicator, ind_start = _indicator(text, start, end, clause_lo, clause_hi, unit, unit_kind)
        if indicator[:1] in _CLOSING:  # "5亿元(3000万美元)以上项目60个": a bracket closed before the name
            lead = len(indicator) - len(indicator.lstrip(_LEAD_JUNK))
            indicator, ind_start = indicator[lead:], ind_start + lead
        if base_unit == "%" and out and out[-1].data.base_unit != "%" and out[-1].start >= sent[0]:
            indicator = _share_of_count(text, out[-1], start, indicator)
        if (not indicator.strip(_JOINERS) or indicator in _PAIR_GAPS) and out \
                and text[out[-1].end:start] in _JOINERS_BETWEEN and (
                    text[out[-1].end:start] not in _PAIR_GAPS_OR_NONE
                    or unit_kind == out[-1].data.unit_kind == "count"):
            # "同比分别增长45.1%、111.5%", "完成全年目标进度的37.09%和23.46%": a bare list item (its window
            # the joiner alone) shares its neighbour's name; so does a count right after another, "集体访55批904人次",
            # "来访119批(次)814人次" (round 27)
            indicator, ind_start = out[-1].data.indicator, out[-1].data.indicator_start
        cue_lo = sent_start if sent_start > start - 40 else start - 40
        cue_window = text[cue_lo:start]
        cue = target_cue(cue_window)
        if cue is not None:
            # the last cue before the value: a result reported after it (实际, a clause opening on 累计 / 已) is no target
            last = cue.end()
            for later in c["target_cue"].finditer(cue_window, last):
                last = later.end()
            target = target_done_after(cue_window, last) is None
        else:
            target = False
        if (not target and cue_lo == sent_start > 1 and text[cue_lo - 1] == "\n"
                and broken_line_end(text, max(0, cue_lo - 6), cue_lo - 1)):
            # a line broken inside its clause, right before the value (a converted PDF: "力争…占比达到\n40%
            # 以上"): the cue may stand on the line before
            target = bool(target_cue(text[max(start - 40, text.rfind("\n", 0, cue_lo - 1) + 1):start]))
        if not target and start and text[start - 1] in sign_chars:
            target = _signed_bound(text, start, clause_lo, c)
        if not target and standard_ends:
            k = bisect_right(standard_ends, start) - 1
            # the heading's list runs on to the paragraph's end or a full stop (its items part with ;), standard_reach
            # characters at most
            if (k >= 0 and start - standard_ends[k] <= c["standard_reach"] and not _LIST_END.search(text, standard_ends[k], start)
                    and (qualifier in _BANDS or c["standard_value_cue"].search(text, clause_lo, start))
                    and not c["standard_done_cue"].search(text, standard_ends[k], start)):
                target = True  # "分类指标:1.…培训率达到100%;2.…": a standard's list
        direction = None
        window = text[clause_lo if clause_lo > start - 24 else start - 24:start]
        # (change_verb ends the window: only its last characters can hold a match; window[-0:]
        # is all of it)
        cw = change_window(window) if change_verb(window[-change_tail:]) else None
        if cw:
            direction = "decrease" if c["decrease"].search(cw.group()) else "increase"
        elif window[-1:] in _BUDGET_TAILS and (bc := c["budget_change"].search(window)):
            direction = "decrease" if c["decrease"].search(bc.group()) else "increase"  # "较上年减收1.8亿元" (round 28)
        elif out and text[out[-1].end:start] in ("、", "和", "与", "及"):
            direction = out[-1].data.direction  # "同比分别增长45.1%、111.5%": the list shares it
        # the period named last before the value, ending within 60 chars of it in its sentence
        k = bisect_right(period_ends, start) - 1
        pm = periods[k] if k >= 0 and period_ends[k] > (sent_start if sent_start > start - 60 else start - 60) else None
        k = bisect_right(sec_starts, start) - 1
        section = sections[k].label if k >= 0 and start < sections[k].end else None
        period = pm.group() if pm else None
        clause = (clause_lo, clause_hi)
        # the canonical name's unit arguments, "" for none (canonical_indicator, without a call per value)
        canon_unit, canon_base_unit = unit or "", base_unit or ""
        # (most names share no value: _distributed's search asked here, without a call)
        named = _distributed(text, indicator, ind_start, start) if distributive(text[ind_start:start]) else (
            (indicator, ind_start),)
        for name, nstart in named:
            # positional, in _METRIC_FIELDS order: passing 13 keywords cost as much as the rest of the call
            md = MetricData(name, value, unit, base_value, base_unit, unit_kind, None, qualifier,
                            approximate, target, direction, period, low, high, decimals, None, None,
                            _grade(name), section, sent, clause, nstart)
            md.canonical = canonical(name, unit_kind, canon_unit, canon_base_unit)
            out.append(Span(start, end, "metric", md))
    _share_heads(text, out)
    _parts_of_targets(text, out, c)
    _respectively(text, out)
    earlier = _earlier_values(text, out)
    _change_subjects(text, out, earlier)
    _shares_of_stated_base(text, out)
    _restated(text, out)
    _families(text, out)
    out.sort(key=_START)  # later stages bisect over starts
    doc.spans["metrics"] = out
    return doc


_CLOSING = ")）"
_BUDGET_TAILS = ("收", "支")  # what budget_change ends with
_OPENING = "(（"
_BANDS = ("以上", "以下", "及以上", "及以下")
_JOINERS_BETWEEN = ("、", "和", "与", "及", "", "(次)", "（次）")
_PAIR_GAPS = ("(次)", "（次）")  # "119批(次)814人次": the batch's own bracket is no name
_PAIR_GAPS_OR_NONE = ("", "(次)", "（次）")  # ...between two counts only (not "1分58秒", "62.4%48.7%")
_JOINERS = " 、和与及"
_LEAD_JUNK = ")）、,，;；"  # what a name closed off by a bracket may still open with


def _compared_class(text: str, start: int, end: int, qualifier: str | None, c: dict) -> bool:
    """Whether an amount right before 的 bounds a class of things counted after it: compared (its qualifier, or
    threshold_comparison right before it: "刚过10万元的村5个"), the class noun after 的 (threshold_nouns), then a
    count (threshold_count_after)."""
    if not (qualifier and c["threshold_comparison"].search(qualifier)
            or c["threshold_comparison"].search(text, max(0, start - 4), start)):
        return False
    noun = c["threshold_nouns"].match(text, end)
    return noun is not None and c["threshold_count_after"].match(text, noun.end()) is not None


def _threshold(after: re.Match | None, qualifier: str | None) -> bool:
    """Whether a money amount sets a size class: the class noun after it (threshold_after), with
    以上/以下 after the amount or read as its qualifier."""
    return after is not None and ("以上" in after.group() or "以下" in after.group()
                                  or qualifier in ("以上", "以下", "及以上", "以内"))


def _share_of_count(text: str, count: Span, start: int, indicator: str) -> str:
    """The name of a share that restates no subject of its own, right after the count it is the
    share of: the count's name ("农村幸福院建设已完成8个(53%)" → 农村幸福院建设已完成占比; "欠进度的有17个,
    占总任务的7.7%" → 欠进度占总任务); else the share's own name."""
    gap = _cfg()["share_gap"].fullmatch(text, count.end, start)
    subject = count.data.indicator
    if gap is None or len(subject) < 2:
        return indicator
    if text[count.end] in "(（":
        return subject + "占比"
    return subject + indicator if indicator.startswith("占") else indicator


def _earlier_values(text: str, metrics: list[Span]) -> set[int]:
    """A comparison's earlier value ("…群众来信326件次,较去年同期291件次") is the earlier period's figure of the value
    before it in its sentence in the same kind of unit (件次 / 件): it takes that value's name after the period
    (去年同期…). Returns the ids of the earlier values (no subject of a change after them)."""
    rx = _cfg()["earlier_value"]
    earlier: set[int] = set()
    if not may_match(_cfg()["earlier_value_gate"], text):
        return earlier  # a text without its words (去年, 上年 …) holds no earlier value: no step a value
    for k in range(1, len(metrics)):
        m = metrics[k]
        lo = m.start - 8 if m.start > 8 else 0
        found = rx.search(text, lo, m.start) if text.find("去", lo, m.start) >= 0 or \
            text.find("上", lo, m.start) >= 0 else None
        if found is None:
            continue  # (most values: two substring tests)
        for prev in reversed(metrics[:k]):
            if prev.start < m.data.sentence_span[0]:
                break
            if (id(prev) not in earlier and prev.data.unit_kind == m.data.unit_kind
                    and prev.data.base_unit[:1] == m.data.base_unit[:1]):
                if len(prev.data.indicator) >= 2:
                    _rename(m, found.group("when") + prev.data.indicator)
                    earlier.add(id(m))
                break
    return earlier


def _change_subjects(text: str, metrics: list[Span], earlier: set[int] = frozenset()) -> None:
    """A change named by its comparison alone ("同比增长") takes its subject: the words before the
    comparison, else the value just before it in the sentence that is no change or share itself
    (not "为预算的102.3%"); changes "分别" (respectively) pair in order with the values before them
    ("事故9起、死亡5人,同比分别下降25%和37.5%")."""
    c = _cfg()
    k = 0
    while k < len(metrics):
        m = metrics[k]
        if not m.data.direction:
            k += 1
            continue  # (most values: no change, nothing to name)
        name = m.data.indicator
        # a bare verb names a change only right before its value ("增长6.3%", "增长了29.1%"; "增加到9家" gives the new level)
        before = text[m.start - 1:m.start]
        if before == "了":
            before = text[m.start - 2:m.start - 1]
        found = c["comparison_name"].search(name) or (before == name[-1:] and c["bare_change_name"].match(name))
        if not found:
            k += 1
            continue
        if found.start() >= 2:  # "…数量力争同比增长": the subject is in the name
            _rename(m, m.data.indicator[:found.start()] + found.group("verb"))
            k += 1
            continue
        run = [m]  # "同比分别增长45.1%、111.5%": the values the list of changes pairs with
        if "分别" in text[m.data.clause[0]:m.start]:
            while k + len(run) < len(metrics) and text[run[-1].end:metrics[k + len(run)].start] in ("、", "和", "与", "及"):
                run.append(metrics[k + len(run)])
        subjects = []
        points = m.data.unit == "个百分点"  # a change in points is the change of a share
        gap_end = m.start
        for prev in reversed(metrics[:k]):
            if len(subjects) == len(run) or prev.start < m.data.sentence_span[0]:
                break
            if _DIGIT.search(text, prev.end, gap_end):
                break  # "…月均产量5000万吨…,新能源发电量125亿度,同比增幅": a figure no metric took stands between
            gap_end = prev.start
            if id(prev) in earlier:
                continue  # "326件次,较去年同期291件次,上升12%": the earlier value is no subject of the change
            if (m.data.unit_kind != "rate" and prev.data.unit_kind != m.data.unit_kind
                    or prev.data.base_unit == "百分点" and not points):
                continue  # "…快于序时进度2.6个百分点,较去年同期减收1.4亿元,下降3.2%": a change in money is a change of money,
                # and a gap in points changes by no percentage (round 28)
            if len(prev.data.indicator) >= 2 and not prev.data.direction and _names_subject(text, prev, points):
                subjects.append(c["subject_verbs"].sub("", prev.data.indicator))
        if len(subjects) == len(run):
            for change, subject in zip(run, reversed(subjects)):
                _rename(change, subject + found.group("verb"))
        k += len(run)


# a figure with a unit no metric took (a date's or a period's number is none: "比2024年同期", "1-6月")
_DIGIT = re_cache.compile(r"(?<![\d.,])\d[\d.,]*(?![\d.,年月日号时点季期届周岁/:：\-—~～至])")  # (a run tried once)
_SHARE_OF = ("为", "占", "是")  # "为预算的102.3%", "占…的60%": a share restates its subject


def _shares_of_stated_base(text: str, metrics: list[Span]) -> None:
    """A share whose base is stated as a value inside its phrase ("完成税收收入1062万元,占全年任务2280万元的47%"):
    the base is named without 占 (全年任务), the share by the value before the base and 占 (税收收入占全年任务),
    where the share's own window holds only the 的 (a name of one character at most)."""
    for k in range(1, len(metrics)):
        share, base = metrics[k], metrics[k - 1]
        if (share.data.base_unit != "%" or len(share.data.indicator) > 1 or text[base.end:share.start] != "的"
                or not base.data.indicator.startswith("占") or len(base.data.indicator) < 3):
            continue
        base_name = base.data.indicator[1:]
        subject = ""
        if k >= 2 and metrics[k - 2].start >= share.data.sentence_span[0] and not metrics[k - 2].data.direction:
            subject = _cfg()["subject_verbs"].sub("", metrics[k - 2].data.indicator)
        _rename(base, base_name)
        _rename(share, subject + "占" + base_name)


def _restated(text: str, metrics: list[Span]) -> None:
    """A value in brackets right after a value of the same kind in another unit restates it ("全县粮食总产量
    13731万斤(6865万吨)", "播种面积26613千公顷(39920万亩)", round 28): the bracket names nothing, the value takes the
    name (and the target flag) of the value it restates."""
    if ")" not in text and "）" not in text:
        return  # no bracket closes after a value (most texts: no step a value)
    for k in range(1, len(metrics)):
        m = metrics[k]
        if text[m.end:m.end + 1] not in _CLOSING:
            continue  # (most values: one slice)
        prev = metrics[k - 1]
        if (len(prev.data.indicator) >= 2 and prev.data.unit_kind == m.data.unit_kind and prev.data.unit != m.data.unit
                and ((prev.end == m.start - 1 and text[prev.end] in _OPENING and len(m.data.indicator) < 2)
                     or (0 < m.start - prev.end <= 16 and text[prev.end:prev.end + 1] in _OPENING
                         and _cfg()["restated_lead"].fullmatch(text, prev.end, m.start)))):
            old = m.data.indicator
            _rename(m, prev.data.indicator)
            m.data.target = prev.data.target
            # a change named after the restating bracket's lead ("…(按…折算为9847美元),同比增长8.7%", round 29)
            nxt = metrics[k + 1] if k + 1 < len(metrics) else None
            if (len(old) >= 2 and nxt is not None and nxt.data.indicator.startswith(old)
                    and nxt.data.indicator != old and nxt.start - m.end <= 12):
                _rename(nxt, prev.data.indicator + nxt.data.indicator[len(old):])


def _names_subject(text: str, value: Span, points: bool) -> bool:
    """Whether a value before a change names what changed: a share of something ("为预算的102.3%",
    "完成年度计划的103.6%") restates its subject, unless the change is in points of that share."""
    if value.data.base_unit == "%":
        at = value.data.indicator_start
        return points or not (text[value.start - 1:value.start] == "的"
                              or value.data.indicator[:1] in _SHARE_OF or text[max(0, at - 1):at] in _SHARE_OF)
    return not points


def _rename(metric: Span, name: str) -> None:
    metric.data.indicator = name
    metric.data.canonical = canonical_indicator(name, metric.data)


def _not_a_metric(text: str, start: int, end: int, unit: str, base_unit: str, qualifier: str | None,
                  lo: int, hi: int) -> bool:
    """Document and site counters, the numbers of a scoring rule, and numbers that name a session, a
    phase or a service regime (classes in metrics.yml), for the quantity at ``start``:``end``;
    ``lo``, ``hi``: the value's clause, 60 characters at most each side."""
    c = _cfg()
    if unit in c["size_units"] or base_unit in c["size_units"]:
        return True
    if unit in c["document_units"] and (c["document_before"].search(text[start - 12 if start > 12 else 0:start])
                                        or c["document_after"].match(text[end:end + 4])
                                        or qualifier in ("以内", "以下", "内", "不到", "不足", "不超过")):  # a length limit
        return True
    before = text[start - 10 if start > 10 else 0:start]  # (every value asks: no max() call)
    if c["site_counter_before"].search(before):
        return True
    naming = c["not_count_after"].get(unit)
    if naming is not None and _names_no_count(naming, text, end, before):
        return True
    rule = c["scoring_rule"]
    return rule.may_match(text[lo:hi]) and rule.pattern.search(text, lo, hi) is not None


def _gate_positions(gate: tuple[frozenset[str], ...], text: str) -> list[list[tuple[list[int], int]]] | None:
    """For each clause of ``gate`` (patterns.literal_gate), each of its strings that ``text`` holds
    with every position it starts at (overlapping ones too) and its length; None when the text
    lacks every string of a clause: no window of it then passes the gate."""
    clauses = []
    for clause in gate:
        words = []
        for w in clause:
            at, k = [], text.find(w)
            while k >= 0:
                at.append(k)
                k = text.find(w, k + 1)
            if at:
                words.append((at, len(w)))
        if not words:
            return None
        clauses.append(words)
    return clauses


def _window_holds(clauses: list[list[tuple[list[int], int]]], lo: int, hi: int) -> bool:
    """``patterns.may_match(gate, text[lo:hi])`` from ``_gate_positions(gate, text)`` (not None):
    a bisect per string instead of a slice of the window and a substring test per string."""
    for words in clauses:
        for at, size in words:
            k = bisect_left(at, lo)
            if k < len(at) and at[k] <= hi - size:
                break
        else:
            return False
    return True


def _share_heads(text: str, metrics: list[Span]) -> None:
    """Runs of 、-joined list items (保留45项、取消1项、下放23项) share the head named before them."""
    if len(metrics) < 3:
        return  # a list of three at least (flush)
    run: list[Span] = []

    def flush():
        if len(run) < 3:
            return  # share_list_head needs a list of three (most runs are one value)
        items = [(m.data.indicator_start, m.end, m.data.indicator, m.data.unit) for m in run]
        for i, name in indicators.share_list_head(text, items).items():
            run[i].data.indicator = name
            run[i].data.canonical = canonical_indicator(name, run[i].data)

    for m in metrics:
        if run and text[run[-1].end:m.data.indicator_start] not in ("、", ",", "，"):
            flush()
            run = []
        run.append(m)
    if run:
        flush()


_LIST_END = re_cache.compile(r"[。\n]")


def _signed_bound(text: str, start: int, clause_lo: int, c) -> bool:
    """Whether a comparison sign stands right before the value at ``start`` (spaces between allowed):
    "足额保障率=100%", "科目调整次数≤10次" state a bound, a target. An "=" after a formula mark in the clause
    ("执行率=执行数/预算数=96.3%") gives the computed result."""
    k = start - 1
    while k > clause_lo and text[k] in " \t\u3000":
        k -= 1
    sign = text[k]
    if sign not in c["target_signs"]:
        return False
    if sign in "=＝":
        marks = c["formula_marks"]
        return not any(ch in marks for ch in text[clause_lo:k])
    return True


def _minor_count(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """A small Chinese numeral (the quantity at ``start``:``end``) that names, ranks or counts a
    list rather than reporting work."""
    c = _cfg()
    before = text[max(0, start - 12):start]
    return (value == 1 or unit not in c["small_cn_units"]
            or c["abstract_nouns"].match(text, end) is not None
            or (c["enumeration_before"].search(before[-8:]) is not None
                and c["enumeration_after"].match(text, end) is not None)
            or before.endswith(("第", "、", "前")))  # ordinals, list items, rankings (获前六名)


def _distributed(text: str, indicator: str, start: int, qstart: int) -> list[tuple[str, int]]:
    """'A率、B率均达到' -> [(A率, …), (B率, …)]; otherwise the one indicator."""
    c = _cfg()
    between = text[start:qstart]
    m = c["distributive"].search(between)
    if not m:
        return [(indicator, start)]
    head = between[: m.start()]
    pieces = [p for p in c["list_sep"].split(head) if p]
    if len(pieces) < 2:
        return [(indicator, start)]
    out, pos = [], start
    for p in pieces:
        k = text.find(p, pos, qstart)
        out.append((p, k if k >= 0 else start))
        pos = (k + len(p)) if k >= 0 else pos
    return out


def _joins_values(gap: str, list_sep) -> bool:
    """Whether ``gap`` between two values is a list mark (list_sep) or a comma."""
    return gap in (",", "，") or list_sep.fullmatch(gap) is not None


def _respectively(text: str, metrics: list[Span]) -> None:
    """'A、B分别为X、Y': give each value its own indicator, in order."""
    c = _cfg()
    if not c["respectively"].may_match(text):
        return
    by_sent: dict[tuple[int, int], list[Span]] = {}
    for m in metrics:
        by_sent.setdefault(m.data.sentence_span, []).append(m)
    for (ss, se), group in by_sent.items():
        sent = text[ss:se]
        r = c["respectively"].pattern.search(sent)
        if not r:
            continue
        pos = ss + r.start()
        vals = [m for m in group if m.start > pos]
        if len(vals) > 2:
            # the values 分别 reads run on joined by list marks; a clause after them (",占…的比重分别为38.2%、…") has
            # its own (round 31)
            k = 1
            while k < len(vals) and _joins_values(text[vals[k - 1].end:vals[k].start].strip(), c["list_sep"]):
                k += 1
            vals = vals[:k]
        head_lo = _clause_start(text, pos, 40)
        names = [p for p in c["list_sep"].split(c["strip_left"].sub("", text[head_lo:pos])) if p]
        if len(vals) >= 2 and len(names) == len(vals):
            names = _shared_head(names, c["respectively_head"], c["respectively_own_head"],
                                 c["respectively_modifier_max"])
            change = c["respectively_change"].match(text, pos + len(r.group()))
            if not change:
                names = _measure_after(text, pos + len(r.group()), vals, names, c)
            if change and not c["respectively_change"].search(text, vals[0].end, vals[-1].start):
                # 同比分别增长 + 111%、150%: each item's change (not "分别下降2.1%和增长3.3%": each has its own)
                verb = change.group()
                names = [n if n.endswith(verb) else c["respectively_comparison"].sub("", n) + verb for n in names]
            for m, n in zip(vals, names):
                m.data.indicator = n
                m.data.canonical = canonical_indicator(n, m.data)


def _measure_after(text: str, at: int, vals: list[Span], names: list[str], c: dict) -> list[str]:
    """Places before 分别 and the measure after it ("东区、西区分别完成固定资产投资32.5亿元和28.1亿元" → 东区固定资产投资,
    西区固定资产投资, round 29): each item takes the measure when none names one of the values' kind itself."""
    m = c["respectively_measure"].fullmatch(text, at, vals[0].start)
    if m is None:
        return names
    first = vals[0].data
    if any(v.data.unit_kind != first.unit_kind for v in vals):
        return names
    measure = m.group("m")
    if canonical_indicator(measure, first) is None:
        return names
    items = [c["respectively_group_tail"].sub("", n) or n for n in names]
    if any(c["respectively_own_head"].search(n) or canonical_indicator(n, first) is not None for n in items):
        return names
    return [n + measure for n in items]


def _parts_of_targets(text: str, metrics: list[Span], c: dict) -> None:
    """The parts a target's 其中 list breaks it into ("下达我县保障性住房建设任务1500套,其中廉租住房600套、公共租赁住房
    500套") are targets too, in the total's unit kind, unless a part reports what was done (standard_done_cue: "其中已完成
    600套")."""
    if "其中" not in text:
        return  # every part follows a 其中 (most texts hold none: no step a value)
    done = c["standard_done_cue"].search
    for i, t in enumerate(metrics):
        if (not t.data.target or t.data.base_unit == "%"
                or not text.startswith(("其中", ",其中", "，其中"), t.end)):
            continue  # (a rate has shares, no parts: "完成率106.7%,其中重点企业检查覆盖率100%")
        sent_end = t.data.sentence_span[1]
        prev = t.end
        for m in metrics[i + 1:]:
            if (m.start >= sent_end or m.data.target or m.data.unit_kind != t.data.unit_kind
                    or done(text, prev, m.start)):
                break
            m.data.target = True
            prev = m.end


def _shared_head(names: list[str], head_rx, own_head_rx, modifier_max: int = 0) -> list[str]:
    """"医疗、生育、工伤保险参保人数" → each earlier name takes the head the last one closes (保险参保人数) when it
    has no head of its own (respectively_own_head: "事故起数、死亡人数"); the last name keeps at least two characters of its own before the head.
    Without such a head, an earlier name of ``modifier_max`` characters at most is a modifier of the last name's rest
    ("城镇、农村居民人均可支配收入" → 城镇居民人均可支配收入, "轻、重工业占比" → 轻工业占比)."""
    last = names[-1]
    h = head_rx.search(last)
    if h is None or h.start() < 2:
        return [n + last[len(n):] if (len(n) <= modifier_max and len(last) >= len(n) + 2
                                      and not own_head_rx.search(n) and _HAN_ONLY.fullmatch(n + last[:len(n)])
                                      and (len(n) == 1 or n[0] == "第" or len(indicators.cut(last[:len(n) + 4])[0]) == len(n)))
                else n for n in names[:-1]] + [last]
    head = h.group()
    return [n if head_rx.search(n) or own_head_rx.search(n) else n + head for n in names[:-1]] + [last]


_HAN_ONLY = regex.compile(r"\p{Han}+")


def _families(text: str, metrics: list[Span]) -> None:
    """Link counts and the rate they produce in one sentence (受理…,办结…,办结率…)."""
    if len(metrics) < 3:
        return  # a family is two counts and a rate at least
    fam = 0
    by_sent: dict[tuple[int, int], list[Span]] = {}
    for m in metrics:
        by_sent.setdefault(m.data.sentence_span, []).append(m)
    for group in by_sent.values():
        if len(group) < 3:
            continue  # a family is two counts and a rate at least (most sentences hold one value)
        counts = [m for m in group if m.data.unit_kind == "count"]
        rates = [m for m in group if m.data.base_unit == "%"]
        if len(counts) >= 2 and rates and len({m.data.base_unit for m in counts}) == 1:
            fam += 1
            counts[0].data.role = "denominator"
            for m in counts[1:]:
                m.data.role = "numerator"
            for m in counts + rates:
                m.data.family = fam
            for r in rates:
                r.data.role = "rate"


@functools.cache
def _grade_pattern() -> regex.Pattern:
    words = sorted(_cfg()["grades"], key=len, reverse=True)
    return compile_pattern("(" + "|".join(words) + ")(?:等次)?$")


@functools.lru_cache(maxsize=65536)  # indicators repeat, as for canonical_indicator
def _grade(indicator: str) -> str | None:
    """Canonical rating grade when the indicator names one (优秀1名, 称职等次29名)."""
    m = _grade_pattern().search(indicator[-8:])
    return _cfg()["grades"][m.group(1)] if m else None
