"""Forward-looking commitments, one per measure, with deadlines resolved to dates."""
from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain, islice, pairwise, repeat
from re import _constants as sre_constants, _parser as sre_parser  # Python 3.11+
from types import SimpleNamespace

import regex

from .. import re_cache
from ..document import Document, Span
from ..lexicons import load_yaml
from ..models_io import commitment_classifier
from ..patterns import (
    _first_class,
    _for_re,
    _group_end,
    _syntax,
    compile_pattern,
    closing_chars,
    compile_with_first_chars,
    end_reach,
    finditer,
    gate_search,
    literal_gate,
    last_chars,
    may_match,
    opening_chars,
    parsed_branches,
    positions,
    resolved,
    top_level_branches,
)
from ..payloads import CommitmentData
from ..structure import FULL_STOP, SENTENCE_OR_LINE_END, heading_level, iter_sentences


@functools.cache
def _cfg():
    c = load_yaml("commitments.yml")
    # each pattern is tried on every sentence, paragraph or measure that may hold a commitment, or
    # scans every report whole (cues): on re, whose cheaper calls pay back its slower compile of a
    # Han class (~1-5 ms, once) within the first pages. Being on re (tests/test_commitments.py),
    # they are called directly, without patterns.finditer's regex timeout
    out = {k: compile_pattern(v.replace("MONTH", c["month"]), many_calls=True) for k, v in c.items() if isinstance(v, str)}
    # searched in most sentences that may hold a commitment, and in clauses, titles and lead-ins
    out["deadline"] = compile_pattern(_with_openings(c["deadline"].replace("MONTH", c["month"])), many_calls=True)
    # scans every report whole (the cue of each measure)
    out["cues"] = compile_pattern(_word_openings(c["cues"]), many_calls=True)
    # the month of a deadline as written (九月份, 11月20日前), and its day
    out["month_day"] = compile_pattern(f"({c['month']})(?:(\\d{{1,2}})日)?", many_calls=True)
    # each feature cue scans every report whole (_FeatureScan): on re (many_calls),
    # whose scan of a Han run pays back its slower compile at once; some are also searched for
    # in a clause or a lead-in
    out["features"] = {k: compile_pattern(v, many_calls=True) for k, v in c["feature_cues"].items()}
    # a piece that opens as a closing formula, a bracketed note, a principle, a problem row or an agenda item is structure: one
    # match tried on every candidate instead of three
    out["structure_opening"] = compile_pattern(
        "|".join(f"(?:{c[k]})" for k in _STRUCTURE_OPENINGS), many_calls=True)
    # the strings a report must hold for a list row to give a time (时限, 完成时间 …): most hold
    # none, and their paragraphs are not looked below for one
    out["time_row_gate"] = literal_gate(c["time_row"].replace("MONTH", c["month"]))
    # a time column's header cell, flattened onto a line of its own ("完成时限|"); its words gate the search
    # (most reports hold none)
    out["time_column_header"] = compile_pattern(
        "(?m)^[ \\t]*(?:" + "|".join(c["time_column_words"]) + ")[ \\t]*[|｜]", many_calls=True)
    out["time_column_gate"] = (frozenset(c["time_column_words"]),)
    # the words a scoring rule holds one of (依据, 权, 为准 …): most pieces hold none and are not matched
    out["scoring_rule_gate"] = (frozenset(c["scoring_rule_words"]),)
    # the words a standing arrangement holds one of (分为, 控制在, 不定等次 …) and one of the words it is about (考, 评, 等次 …):
    # most pieces lack one and are not matched
    out["standing_rule_gate"] = (frozenset(c["standing_rule_words"]), frozenset(c["standing_rule_topic"]))
    out["grade_line_gate"] = frozenset(c["grade_line_openings"])  # (a set of characters, not a pattern)
    # the strings a meeting-procedure line must hold (主持, 出席, 讲话 …): most pieces hold none and are not matched
    out["meeting_procedure_gate"] = literal_gate(c["meeting_procedure"])
    out["directive_run_gate"] = literal_gate(c["directive_run_next"])
    # the words a requirements list's lead (要求, 强调 …) and a quoted pledge's first person (我, 咱们 …) hold: most
    # reports hold neither, and their candidates are not looked over for such a list or quotation
    out["required_list_gate"] = literal_gate(c["required_list_lead"])
    out["quote_pledge_gate"] = literal_gate(c["quote_pledge"])
    return out


@functools.cache
def _measure_gates() -> dict[str, Callable[[str], object]]:
    """The gates of _cfg tested on each measure, by the rule's name, as tests true exactly when may_match is: each
    clause as one search of its strings (patterns.gate_search), on a measure of ~30 characters ~1/3 of may_match's
    loop over the strings."""
    c = _cfg()
    return {name: gate_search(c[f"{name}_gate"]) or _passes_all
            for name in ("scoring_rule", "standing_rule", "meeting_procedure")}


def _passes_all(piece: str) -> bool:
    """The test of an empty gate, which every text passes (as may_match)."""
    return True


@functools.cache
def _limits() -> SimpleNamespace:
    """The rules' numeric parameters in commitments.yml (lengths in characters, counts, a fraction), by name."""
    return SimpleNamespace(**{k: v for k, v in load_yaml("commitments.yml").items() if isinstance(v, (int, float))})


@functools.cache
def _edge_chars() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(opens, closes): the characters every match of a pattern tried on most clauses or measures
    opens or ends with, by pattern (None: no such list). A clause or measure that opens or ends
    otherwise (most) is not matched: a test with ``in`` costs a few instructions, a failed match ~1,000."""
    c = load_yaml("commitments.yml")
    opens = {k: opening_chars(c[k]) for k in ("frame_clause", "aim_clause")}
    closes = {"deadline": closing_chars(_cfg()["deadline"].compiled.pattern),
              "plan_title_end": closing_chars(_for_re(c["plan_title_end"]))}
    return opens, closes


# the patterns of a piece that opens as structure (each anchored at the piece's start)
_STRUCTURE_OPENINGS = ("closing_formula", "bracket_note", "principle_item", "problem_row", "agenda_item")


@functools.cache
def _structure_opening_gate() -> tuple[frozenset[str], re.Pattern]:
    """(characters, words): a piece that structure_opening matches opens with one of the characters
    (the openings without a word every match holds) or holds one of the words (the others). Tested
    before the match, most measures fail them: the match cost ~1 µs a measure."""
    c = load_yaml("commitments.yml")
    chars: set[str] = set()
    words: set[str] = set()
    for key in _STRUCTURE_OPENINGS:
        gate = literal_gate(c[key])
        if gate:  # one of the words of one of its clauses
            words |= min(gate, key=len)
            continue
        # the characters a match opens with, its ^ holding at the piece's start as at a line's
        first = _first_class(_for_re(c[key]), re.MULTILINE)
        if first is None:
            raise ValueError(f"no opening characters or words for {key}")
        chars |= {chr(av) for _, av in sre_parser.parse(first).data[0][1]}
    return frozenset(chars), re_cache.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


def _with_openings(source: str) -> str:
    """``source`` with each top-level alternative that opens with an optional group ("(?:从|自|于)?…")
    split in two: the group taken, then the rest alone (the order a greedy ``?`` tries them in,
    and nothing follows the alternation, so each text gets the same match). re skips an
    alternative that opens with a character or class not at the position in a step, where it
    enters one that opens with an optional group at every candidate position: the deadline
    pattern, whose first characters (在, 一, digits …) are ~1/6 of a report's, runs ~12% faster.
    An alternative that opens with lookbehinds gets a lookahead for its own first characters before
    them (:func:`_ahead_of_lookbehinds`)."""
    return "|".join(_ahead_of_lookbehinds(b) for branch in top_level_branches(source) for b in _opening_splits(branch))


def _ahead_of_lookbehinds(branch: str) -> str:
    """``branch`` behind a lookahead for the characters its matches start with, when it opens with a
    lookbehind ("(?<![\\d至])(?<!控制在)…(?:寒假|暑假|…)"). re enters such an alternative at each of the
    pattern's first characters and tries its lookbehinds, then each alternative of its group; the
    lookahead fails at once where the alternative cannot start (most of them): deadline scans ~10%
    faster."""
    if not branch.startswith("(?<"):
        return branch
    first = _first_class(_for_re(branch) or "", 0)
    return f"(?={first}){branch}" if first else branch


def _word_openings(source: str) -> str:
    """``source`` with each top-level alternative that opens with a group, optional or not
    ("(?:还|并|我…)?将(?=…)", "(?:日|月底|…)(?:前|…)"), split into one alternative for each way
    through the group, in the order re tries them (``(?:a|b)R`` tries aR, then bR). When every
    alternative then opens with a character, re finds their first characters with its own loop,
    where a pattern that opens otherwise is tried at every position of the text behind a lookahead:
    the cues scan of a report ~2x faster. ``source`` holds no capturing group (each would be copied)."""
    if any(ch == "(" and source[k + 1:k + 2] != "?" for k, ch, _ in _syntax(source)):
        raise ValueError(f"a capturing group in {source!r}")
    return "|".join(b for branch in top_level_branches(source) for b in _opening_splits(branch, True))


def _opening_splits(branch: str, each_way: bool = False) -> list[str]:
    """``branch`` split at its opening group: an optional one taken, then the rest alone; with
    ``each_way``, also one alternative for each of the group's own."""
    if branch.startswith("(?:"):
        end = _group_end(branch, 0)
        after = branch[end + 1:end + 2] if end is not None else None
        if after == "?" and branch[end + 2:end + 3] not in ("?", "+"):
            taken = branch[:end + 1] + branch[end + 2:]
            return [*(_opening_splits(taken, True) if each_way else [taken]), *_opening_splits(branch[end + 2:], each_way)]
        if each_way and after is not None and after not in ("*", "+", "?", "{"):
            rest = branch[end + 1:]
            return [b for way in top_level_branches(branch[3:end]) for b in _opening_splits(way + rest, True)]
    return [branch]


@functools.cache
def _lead_in_stop_reach() -> int | None:
    """How far before the end of a paragraph's previous line its lead_in_stop can start: each match
    ends the line ($), so a search of the line's last characters finds it, where re would try it at
    every position of the line (of the whole text for a report's first paragraph)."""
    return end_reach(load_yaml("commitments.yml")["lead_in_stop"])


@functools.cache
def _lead_in_reach() -> int:
    """How far before a piece's end a match of the lead_in cue can start (each ends the piece): a
    search of its last characters finds one, where re would try it at every position of the piece."""
    reach = end_reach(load_yaml("commitments.yml")["feature_cues"]["lead_in"])
    return reach if reach is not None else 1 << 62  # unbounded: the whole piece


@functools.cache
def _importance_end_scan() -> tuple[tuple[str, ...] | None, int]:
    """(the characters a match of importance_end ends with, None when they are no list; how far
    before a piece's end one can start): each match ends the piece, so a piece that ends otherwise
    is not searched, and a search of its last characters finds one where re would try it at every
    position of the piece (most pieces end with 。, one of the characters its matches end with)."""
    pattern = load_yaml("commitments.yml")["importance_end"]
    spelt = _for_re(pattern)
    ends = closing_chars(spelt) if spelt is not None else None
    reach = end_reach(pattern)
    return (tuple(ends) if ends is not None else None,
            reach if reach is not None else 1 << 62)  # unbounded: the whole piece


@functools.cache
def _lead_in_by_end():
    """The lead_in cue's alternatives that can end a text with each character, by character, as one
    pattern (None when an alternative's last characters are not known, or it does not end at $).
    Each alternative ends the text: a text ending with a character holds a match only of those that
    can end with it, and a search for them finds one where the cue's would. Most measures that end
    as a lead-in can (。, ~7,000 a MB) are searched for 2 of its 4 alternatives, each led by words,
    where the cue's alternatives led by a class of numerals are tried at every numeral (~2 µs a search)."""
    by_char: dict[str, list[str]] = {}
    for branch in top_level_branches(load_yaml("commitments.yml")["feature_cues"]["lead_in"]):
        spelt = _for_re(branch)
        data = sre_parser.parse(spelt).data if spelt else []
        if not data or data[-1] != (sre_constants.AT, sre_constants.AT_END):
            return None
        found, empty = last_chars(data)
        if found is None or empty:
            return None
        for ch in found:
            by_char.setdefault(ch, []).append(branch)
    return {ch: compile_pattern("|".join(branches), many_calls=True) for ch, branches in by_char.items()}


@functools.cache
def _lead_in_stop_ends() -> tuple[str, ...] | None:
    """The characters a match of lead_in_stop ends with: each of its alternatives ends with one before
    its $ (a text that ends otherwise holds no match where a search of its end looks); None when not so."""
    ends = []
    for items in parsed_branches(_for_re(load_yaml("commitments.yml")["lead_in_stop"])):
        if (len(items) < 2 or items[-1] != (sre_constants.AT, sre_constants.AT_END)
                or items[-2][0] is not sre_constants.LITERAL):
            return None
        ends.append(chr(items[-2][1]))
    return tuple(dict.fromkeys(ends))


_YEAR = re_cache.compile(r"((?:19|20)\d{2})年")
_PLACEHOLDER_YEAR = re_cache.compile(r"[xX×*]{2}年")
_CN_MONTH = {m: k for k, m in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_QUARTER = re_cache.compile(r"([一二三四首])季")
_QUARTER_END_MONTH = {"首": 3, "一": 3, "二": 6, "三": 9, "四": 12}  # 首季: the first quarter
_RANGE_END = re_cache.compile(r"(?:至|到|—|–|-)(?:次年|翌年)?(?:(\d{1,2})月)?(\d{1,2})日$")
# A time limit counted from an unstated moment (接报后2小时内, 30天内, 本月底前): no calendar date
_RELATIVE = re_cache.compile(r"[一二两三四五六七八九十\d]+个?(?:月|天|日|小时|周|工作日)(?:内|以内|之内)|^(?:本|下个?)(?:月|周)")
_YEARS_WITHIN = re_cache.compile(r"([一二两三四五\d])年(?:内|以内|之内)")
_SPECIFIC = re_cache.compile(r"前|底|末|旬|季度|半年")
# a date whose 年 and 月 a copy lost ("于2017120日前": 2017-1-20 or 2017-12-0?): no calendar date (round 29)
_RUN_DATE = re_cache.compile(r"(?:19|20)\d{4,6}日")


@functools.lru_cache(maxsize=4096)  # reports repeat their deadlines (年底前, 2024年): each is resolved once
def resolve_deadline(deadline: str, year: int | None) -> str | None:
    """ISO date for a deadline as written; None when the year is unknown (20xx) or vague."""
    if _RUN_DATE.search(deadline):
        return None
    m = _YEAR.search(deadline)
    y = int(m.group(1)) if m else year
    if any(w in deadline for w in ("明年", "次年", "翌年", "下年度", "下一年度")) and year:
        y = year + 1
    if y is None or _PLACEHOLDER_YEAR.search(deadline) or "长期" in deadline or _RELATIVE.search(deadline):
        return None  # an unknown year, a standing commitment (长期坚持) or a time limit: no due date
    within = _YEARS_WITHIN.search(deadline)
    if within:  # "三年内": by the end of the third year, the report's year counted as the first
        years = _CN_MONTH.get(within.group(1)) or (2 if within.group(1) == "两" else int(within.group(1)))
        return f"{y + years - 1:04d}-12-31"
    mm = _cfg()["month_day"].search(deadline)
    if mm:
        written = mm.group(1)[:-1]
        month = _CN_MONTH.get(written) or int(written)  # 九月份, 十一月底前 as 9月, 11月
        day = int(mm.group(2)) if mm.group(2) else None
        end = _RANGE_END.search(deadline)  # a span of days ("12月1日至12月10日") is due at its end
        if end:
            month, day = int(end.group(1) or month), int(end.group(2))
        if not 1 <= month <= 12:
            return None
        if day is None and deadline.endswith("起"):  # "6月起": from the month's first day
            day = 1
        day = day or calendar.monthrange(y, month)[1]
        if "上旬" in deadline:
            day = 10
        elif "中旬" in deadline:
            day = 20
        day = min(day, calendar.monthrange(y, month)[1])
        return f"{y:04d}-{month:02d}-{day:02d}"
    q = _QUARTER.search(deadline)
    if q:
        month = _QUARTER_END_MONTH[q.group(1)]
        return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    if "上半年" in deadline:
        return f"{y:04d}-06-30"
    if deadline.endswith("起"):  # "2025年起": from the year's first day
        return f"{y:04d}-01-01"
    return f"{y:04d}-12-31"


_CLAUSE = re_cache.compile(r"[,，]")
_COMMAS = ("，", ",")  # what _CLAUSE matches


@functools.cache
def _clause_rules() -> tuple:
    """What the comma loop of :func:`_measures` tries after each comma (~13,000 a MB), looked up once: the rule
    patterns' compiled methods, bound, and the chain frame's gate and clause limit (each a dict lookup or a cached
    call a comma otherwise)."""
    c = _cfg()
    return (resolved(c["chain_frame"]).match, resolved(c["premise_clause"]).fullmatch, resolved(c["scene_clause"]).match,
            resolved(c["next_stage"]).match, resolved(c["deadline"]).search, resolved(c["forward_clause"]).match,
            resolved(c["chain_clause"]).match, resolved(c["chain_means"]).search, *_chain_frame_gate(),
            _limits().frame_clause_max)


@functools.cache
def _target_rules() -> tuple:
    """What :func:`_sets_own_target` tries, looked up once (asked after most commas): clause_deadline's and
    target_shape's compiled methods, the characters an aim_clause opens with (None: not known) and its match."""
    c = _cfg()
    return (resolved(c["clause_deadline"]).match, resolved(c["features"]["target_shape"]).search,
            _edge_chars()[0]["aim_clause"], resolved(c["aim_clause"]).match)


def _measures(text: str, s: int, e: int, quantities: list[int] = (), past: list[int] = (), shapes: list[int] = (),
              enumerators: list[int] | None = None, framed: bool = False):
    """Split a sentence into measures: at enumerators (一是…二是), then at commas where the next
    clause sets a target or a deadline of its own (``quantities``: sorted starts of the metrics
    in the text) or turns forward after past or present-state wording (``past``: sorted starts of
    its cues), and at each action of a chain under a future frame ("今后,我们将继续加强…,加强…,拓宽…",
    also one that opens after scene-setting). Any other chain of actions stays one measure
    ("要积极借助信息技术,推进信息化,建设好评估平台"). ``shapes``: sorted starts of the target_shape cue
    in the text. ``enumerators``: sorted starts of the measure_start matches in the whole text (a
    sentence holds the same ones: none spans its stop mark or line break); found here when not given.
    ``framed``: the sentence goes on a paragraph that a future frame opened ("今后,我局将…。…进一步优化…,
    规范信息分类,调整发布格式"), whose chain it continues.
    Yields (start, end, where its chain's frame opens when the measure is an action of such a chain, else None)."""
    (chain_frame, premise_clause, scene_clause, next_stage, deadline_in, forward_clause, chain_clause, chain_means,
     frame_word, frame_reach, frame_clause_max) = _clause_rules()
    comma_1, comma_2 = _COMMAS
    if enumerators is None:
        enumerators = list(map(re.Match.start, _cfg()["measure_start"].finditer(text, s, e)))
    # the enumerators past the sentence's first characters
    cuts = [s, *enumerators[bisect_right(enumerators, s + 4):bisect_left(enumerators, e)], e]
    for a, b in pairwise(cuts):
        starts = [a]
        chain, chain_from = None, b  # where the chain's frame opens (none: at b)
        # a clause that sets a target or a deadline of its own is a measure of its own, even
        # inside an enumerated item ("一是实施强村计划,力争年底前经营性收入达到50万元")
        clause_start = a
        piece = text[a:b]
        # how far the piece, after its enumerator, holds only principle clauses ("(二)发展是第一要务,
        # 安全是发展的前提,"): a directive clause after them is a measure of its own
        premises_to = -1
        # whether the piece may open with an enumerator (_titled_frame's first test, once a piece, not once a comma)
        titled = text[a] in _ENUMERATOR_OPENERS or text[a].isdecimal()
        # (a piece without a comma, many, is not scanned for one)
        for m in _CLAUSE.finditer(text, a, b) if comma_1 in piece or comma_2 in piece else ():
            if chain is None:  # a piece without a comma is one measure: no chain to look for
                # a chain of actions under a future frame at the sentence start, not an item (one per item)
                chain = bool(a == s and (framed or (frame_word in text[a:min(b, a + frame_reach)]
                                                     and chain_frame(text, a, b)))
                             and not _ENUMERATOR.match(text, a))
                chain_from = a if chain else b
            comma, after = m.span()
            if premises_to == clause_start or (clause_start == a and premises_to < 0):
                # (a clause without 是, most, is none: a substring test, not a match, nor one for its enumerator)
                if "是" in text[clause_start:comma]:
                    opened = _ENUMERATOR.match(text, a) if clause_start == a else None
                    premises_to = after if premise_clause(
                        text, opened.end() if opened else clause_start, comma) else b
                else:
                    premises_to = b
            clause_start, last_clause = after, (clause_start, comma)
            last = starts[-1]
            # (_only_when is False for a clause longer than frame_clause_max, most: not called for them)
            if after - last < 4 or (comma - last <= frame_clause_max and _only_when(text, last, comma)) or (
                    framed and last == s and scene_clause(text, s, comma)):
                continue
            if last == a and titled and _titled_frame(text, a, comma):
                continue  # "1.全面实施…管理。依据省级清单,2031年9月底前编制…": the title's frame, then its action
            # in a list of targets each quantity is a measure ("新增学位5万个，新建住房1.2万套"),
            # but a topic clause before the first ("一是保障民生，新增学位5万个") stays with it
            k = bisect_left(quantities, last)  # _holds(quantities, last, comma), without a call
            listed = quantities if k < len(quantities) and quantities[k] < comma else ()
            if _sets_own_target(text, after, b, listed, shapes, quantities) or (
                    next_stage(text, after, b) and deadline_in(text, last, comma)) or (
                    (_holds(past, last, comma) or premises_to == after) and forward_clause(text, after)) or (
                    chain and chain_clause(text, after)
                    and not chain_means(text, *last_clause)):
                # …or directs or plans after clauses that report what was done ("市委已下发了…办法,
                # 请各地…抓好落实", "已进入收尾阶段,预计今年10月开始运行"): that scene-setting is no measure
                starts.append(after)
                # a future frame there heads a chain of its own ("…正在开展,我局将及时给予指导,适时进行验收")
                if not chain and frame_word in text[after:min(b, after + frame_reach)] and chain_frame(text, after, b):
                    chain, chain_from = True, after
        starts.append(b)
        # the actions of a chain: more than one measure from its frame on (none without a frame)
        chained = chain_from < b and sum(x >= chain_from for x in starts[:-1]) > 1
        for x, y in pairwise(starts):
            if text[x:y].strip("，,。；; \n"):
                yield x, y, chain_from if chained and x >= chain_from else None


def _titled_frame(text: str, a: int, b: int) -> bool:
    """An item whose short title glued to its body ends before a frame clause that runs to text[b] ("1.稳步推行
    农机补贴台账登记。依据市级农机补贴目录清单,"): the frame belongs to the action after it, as without the
    title (round 28). Only a piece that opens on an enumerator is looked at (few)."""
    if text[a] not in _ENUMERATOR_OPENERS and not text[a].isdecimal():
        return False
    opened = _ENUMERATOR.match(text, a)
    if opened is None:
        return False
    stop = text.find("。", opened.end(), min(b, a + _limits().title_len))
    return stop > 0 and _only_when(text, stop + 1, b)


@functools.cache
def _chain_frame_gate() -> tuple[str, int]:
    """(the character every chain_frame match ends with, the widest match): a text without the
    character in reach of a position (most sentences and paragraphs) is not matched there."""
    parsed = sre_parser.parse(_for_re(load_yaml("commitments.yml")["chain_frame"]))
    op, av = parsed.data[-1]
    if op is not sre_constants.LITERAL or any(o is sre_constants.BRANCH for o, _ in parsed.data):
        raise ValueError("chain_frame does not end with one character")
    widest = parsed.getwidth()[1]
    if widest >= sre_parser.MAXREPEAT:
        raise ValueError("chain_frame's matches are unbounded")
    return chr(av), widest


def _only_when(text: str, a: int, b: int) -> bool:
    """A clause that only says who and by when ("各单位于12月28日前,"), or in answer to what
    ("针对上述存在问题,"), belongs to the action after it."""
    if b - a > _limits().frame_clause_max:
        return False
    c = _cfg()
    edge_opens, edge_closes = _edge_chars()
    opens = edge_opens["frame_clause"]
    if (opens is None or text[a] in opens) and c["frame_clause"].match(text, a, b):
        return True
    # the cheap tests first: most such clauses hold no deadline, or end as none does
    closes = edge_closes["deadline"]
    found = (_DEADLINE_CHARS.search(text, a, b) and (closes is None or text[b - 1] in closes)
             and c["deadline"].search(text, a, b))
    return bool(found) and found.end() == b


@functools.cache
def _status_words() -> tuple[str, ...]:
    """The words of the status pattern (an alternation of plain words, none of which holds another
    or runs on into one: :func:`_word_starts` finds its matches)."""
    branches = parsed_branches(_for_re(load_yaml("commitments.yml")["status"]))
    if not all(branch and all(op is sre_constants.LITERAL for op, _ in branch) for branch in branches):
        raise ValueError("status is not an alternation of plain words")
    words = tuple("".join(chr(av) for _, av in branch) for branch in branches)
    for w in words:
        for v in words:
            # v inside w, or a tail of w that opens v: matches of the two could overlap
            if (v != w and v in w) or any(w.endswith(v[:k]) for k in range(1, len(v))):
                raise ValueError(f"status words {w!r} and {v!r} overlap")
    return words


def _word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where the alternation of ``words`` matches in ``text``, as finditer gives them, for words no
    two of which can overlap in a text: each word's occurrences (:func:`patterns.positions`) are
    then the matches. Most reports hold none or a few of them."""
    return sorted(k for w in words for k in positions(text, w))


def _holds(positions: list[int], a: int, b: int) -> bool:
    """Whether a sorted list has a position in [a, b)."""
    k = bisect_left(positions, a)
    return k < len(positions) and positions[k] < b


# unlike _ACTION_END, a colon does not end the clause: "主要目标是：总产值增长8%" sets a target
_CLAUSE_END = re_cache.compile(r"[,，;；。]")


def _sets_own_target(text: str, at: int, end: int, quantities: list[int] = (), shapes: list[int] = (),
                     all_quantities: list[int] = ()) -> bool:
    """A clause that promises a quantity ("新增图书3000册"), has the shape of a target, names its own
    deadline or strives for a quantity ("…,力争集体经营性收入突破30万元") is a measure of its own: a list
    of targets holds one measure per clause. ``at`` follows a comma; ``quantities``: the metric starts
    when the clause before held one too (a list of quantities), ``all_quantities``: every metric start;
    ``shapes``: sorted starts of the report's target_shape matches, which hold no comma or clause
    end: in a clause up to one they are the clause's own."""
    stop = _CLAUSE_END.search(text, at, end)
    clause_end = stop.start() if stop else end
    if clause_end - at < 4:
        return False
    clause_deadline, target_shape, aim_opens, aim_clause = _target_rules()
    # (each _holds below without a call: asked after most commas of a report)
    if quantities and (k := bisect_left(quantities, at)) < len(quantities) and quantities[k] < clause_end:
        return True
    if clause_deadline(text, at, clause_end):
        return True
    if stop:
        k = bisect_left(shapes, at)
        if k < len(shapes) and shapes[k] < clause_end:
            return True
    elif target_shape(text, at, end):
        return True
    return bool((aim_opens is None or text[at] in aim_opens)
                and aim_clause(text, at) and _holds(all_quantities, at, clause_end))


def _is_heading_line(text: str, s: int, e: int) -> bool:
    """A short numbered line like "四、2014年工作措施。" names a section, it is no measure."""
    # _starts_line, without a call (every sentence that may hold a measure); a longer sentence is
    # on a longer line, not looked for its end
    longest = _limits().heading_line_max
    if (s and text[s - 1] != "\n") or e - s > longest:
        return False
    line_end = text.find("\n", e)
    line_end = line_end if line_end >= 0 else len(text)
    if line_end - s > longest:  # most lines: no copy of them
        return False
    return heading_level(text[s:line_end]) in (1, 2) and not _is_list_item_line(text, s, line_end)


def _is_list_item_line(text: str, s: int, line_end: int) -> bool:
    """A short numbered sentence on a line of its own next to a sibling ("5.抓好统计工作。" over
    "6.…"): an item of a list, not a heading over a body."""
    line = text[s:line_end].rstrip()
    row = False
    if not line.endswith(("。", "；", ";")):
        # a schedule row, "(一)、诵读比赛(11月20日)", is an item too, also with blank lines between the rows
        row = line.endswith((")", "）")) and _cfg()["dated_row"].search(line) is not None
        if not row:
            return False
    level = heading_level(line)
    prev_start = text.rfind("\n", 0, max(0, s - 1)) + 1
    if row:
        after = line_end + 1  # the next line that holds something, and the one before
        while text.startswith("\n", after):
            after += 1
        before = s - 1  # the line break before the row
        while before > 0 and text[before - 1] == "\n":
            before -= 1
        prev_start = text.rfind("\n", 0, before) + 1 if before > 0 else s
        return level is not None and (heading_level(text[after: after + 12]) == level
                                      or (prev_start < s and heading_level(text[prev_start: prev_start + 12]) == level))
    return level is not None and (heading_level(text[line_end + 1: line_end + 12]) == level
                                  or (prev_start < s and heading_level(text[prev_start: prev_start + 12]) == level))


_NUMERALS = re_cache.compile(r"[一二三四五六七八九十\d]")  # what differs between items of one numbering scheme
_TITLE_BREAK = re_cache.compile(r"[,，(（]")


def _is_item_title(text: str, a: int, b: int, sentence_end: int) -> bool:
    """An enumerated item that only names its topic ("一是要加强组织领导。") and is followed by
    the sentences that carry its measures, in the same paragraph."""
    piece = text[a:b].strip()
    limits = _limits()
    if b < sentence_end or len(piece) > limits.parent_title_max or not piece.endswith("。"):
        return False
    after = text[sentence_end: sentence_end + 1]
    if not after or after == "\n":
        return False
    starts = _cfg()["measure_start"]
    below = starts.match(text, sentence_end)
    if below:
        # items of another scheme below it ("(三)完善并联审批制度,…。一是…二是…"): their parent,
        # whose measures are theirs; an item of its own scheme is the next of the list
        return heading_level(below.group() + "x") != heading_level(piece)
    # sub-items of another scheme on the next line, after a short lead-in to them ("第一,深化…,实现
    # 全员覆盖。…分为两个层次。" then "一是…"): their parent too
    line_end = text.find("\n", sentence_end, sentence_end + limits.parent_title_max)
    below = starts.match(text, line_end + 1) if line_end >= 0 else None
    own = starts.match(piece)
    if below and own and _NUMERALS.sub("", below.group()) != _NUMERALS.sub("", own.group()):
        return True
    # what follows on the same line elaborates it
    return len(piece) <= limits.item_title_max or (len(piece) <= limits.bare_title_max
                                                  and not _TITLE_BREAK.search(piece))


def _starts_line(text: str, a: int) -> bool:
    return a == 0 or text[a - 1] == "\n"


def _whole_line(text: str, a: int, b: int) -> bool:
    # _starts_line's test, without a call (twice for every measure)
    return (a == 0 or text[a - 1] == "\n") and (b >= len(text) or text[b] == "\n")


def _is_bare_line(text: str, a: int, b: int) -> bool:
    """A whole short line without sentence punctuation: a signature, a date line, a caption, a
    heading; measures are written as sentences."""
    if not _whole_line(text, a, b):
        return False
    line = text[a:b].strip()
    return len(line) <= 30 and not line.endswith(("。", "；", ";", "！", "!", "，", ","))


# a character every deadline phrase holds (起 of 五一起, 时 of 届时)
_DEADLINE_CHARS = re_cache.compile(r"[年月季前底内旬假节周期冬起时]")


@functools.cache
def _widest_match(name: str) -> int:
    """How far from where it starts a match of the rule pattern ``name`` can end."""
    return sre_parser.parse(_cfg()[name].compiled.pattern).getwidth()[1]


def _deadline_scan_start(text: str, s: int = 0, e: int | None = None) -> int | None:
    """Where a scan of text[s:e] for deadlines can start (None: it holds none). Each match holds a
    deadline character and is at most _widest_match("deadline") long, so none starts further before
    the first such character: a scan from there (~0.3 µs a character, re tries the pattern at a sixth of them)
    finds what one from ``s`` does, the text before it still in view of the lookbehinds."""
    first = _DEADLINE_CHARS.search(text, s, len(text) if e is None else e)  # cheap test before the full pattern
    return max(s, first.start() - _widest_match("deadline") + 1) if first else None


def _last(items: Iterable):
    """The last of ``items``, or None when there is none."""
    last = None
    for last in items:  # noqa: B007 (the loop only walks to the end)
        pass
    return last


def _deadlines(text: str, s: int, e: int) -> list[regex.Match]:
    """Deadline phrases in text[s:e], but a time word of a quoted slogan's parallel phrases ("要切实做到“年初建账、
    年中督账、年底销账”的要求"): it names a routine's step, not when the measure is due."""
    start = _deadline_scan_start(text, s, e)
    if start is None:
        return []
    c = _cfg()
    found = list(c["deadline"].finditer(text, start, e))
    if found:
        # a month, quarter or half year a sentence observes ("上半年即将过去,…", "二季度是实现…的关键窗口", "四月,是
        # 第二个季度的第一个月"): the period the speaker stands in, not when a measure is due (round 31; not a year:
        # "今年是…的收官之年。要…" frames its measures)
        found = [m for m in found if not (c["observed_period"].fullmatch(m.group())
                                          and c["observed_after"].match(text, m.end(), e))]
    if found and text.find("“", s, e) >= 0:  # most sentences quote nothing
        found = [m for m in found if not _in_slogan(text, m.start(), m.end())]
    if found and (text.find("《", s, e) >= 0 or text.find("〈", s, e) >= 0):  # most sentences name no document
        found = [m for m in found if not _in_title(text, m.start(), m.end())]
    return found


def _in_title(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] lies inside a document's title in book-title marks that open and close within
    title_reach characters of it ("…关于印发〈某市2031年…工作要点〉的通知", "《某县2032年…实施方案》"):
    the year names the document, not when a measure is due (round 25; a year right after the mark is the
    deadline pattern's own lookbehind)."""
    reach = _limits().title_reach
    for opening, closing in (("《", "》"), ("〈", "〉")):
        opened = text.rfind(opening, max(0, a - reach), a)
        if opened < 0 or text.find(closing, opened, a) >= 0:
            continue
        closed = text.find(closing, b, b + reach)
        if closed >= 0 and text.find(opening, b, closed) < 0:
            return True
    return False


def _in_slogan(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] lies inside a short quotation (slogan_reach characters either way) whose
    parts a 、 parts (a slogan of parallel phrases)."""
    reach = _limits().slogan_reach
    opened = text.rfind("“", max(0, a - reach), a)
    if opened < 0 or text.find("”", opened, a) >= 0:
        return False
    closed = text.find("”", b, b + reach)
    return closed >= 0 and text.find("“", b, closed) < 0 and "、" in text[opened:closed]


def _best_deadline(found: list[regex.Match]) -> str | None:
    """The most specific deadline: one with 前/底/末/旬 wins over a bare year."""
    for m in found:
        if _SPECIFIC.search(m.group()):
            return _with_step(m)
    return _with_step(found[0]) if found else None


def _with_step(m: regex.Match) -> str:
    """The deadline as written, with the step whose end a limit counts from ("考核结束后" of "考核结束后10个工作日内")."""
    dl = m.group()
    at = m.start()
    # (a limit opens with its count and ends with 内; most deadlines do neither, or follow no 后)
    if not (dl.endswith("内") and at and m.string[at - 1] == "后" and (dl[0].isdecimal() or dl[0] in _COUNT_CHARS)):
        return dl
    step = _cfg()["deadline_step"].search(m.string, max(0, at - 8), at)
    return m.string[step.start():at] + dl if step else dl


_COUNT_CHARS = frozenset("一二两三四五六七八九十")  # the counts a limit in days opens with besides digits


_SENTENCE_END = re_cache.compile(r"[。！？!?；;]")
_TITLE_STOP = re_cache.compile(r"[。:：]")  # where an item title or a label ends
_FULL_STOP = re_cache.compile(r"[。！？!?]")  # where a sentence ends (not a clause of a run on semicolons)
# what str.strip() keeps (re's \s is str.isspace()): found without copying the text around it
_NON_BLANK = re_cache.compile(r"\S")
# a paragraph that opens with its time alone ("2025年,我局将…", "新的一年,…"): its frame
_TIME_FRAME_END = re_cache.compile(r"[,，]")
# the list (group 1) after a comma or colon inside a paragraph (searched from its start, after a
# line break): re finds a leading class at C speed, where a lookbehind for it would be tried at
# every position of every paragraph
_COLON = re_cache.compile(r"[:：]")
_COLONS = (":", "：")  # what _COLON matches
_INLINE_LIST = re_cache.compile(r"[,，:：](\s*(?:一是|第一[,，、]|首先[,，]))")
_INLINE_LIST_WORDS = ("一是", "第一", "首先")  # one of which each of its matches holds
_ARRANGED_FIRST = ("一是", "一要", "首先")  # how the list under an arrangement_lead line opens
_ARRANGED_GLUED = ("。一是", "。一要", "。首先")  # an arrangement_lead sentence with its list glued after it


def _lead_in_deadline(lead: str) -> str | None:
    """The deadline a list's lead-in ("…今年要着重把握好以下几点:") gives its items: stated in the
    sentence that ends with the colon, next to a cue or plan word (a past lead-in such as
    "2019年主要做法如下:" gives none)."""
    if not _DEADLINE_CHARS.search(lead):
        return None  # (each span below is part of the lead-in: ahead finds none in either)
    ends = [m.end() for m in _SENTENCE_END.finditer(lead)]
    sentence = lead[ends[-1]:] if ends else lead
    c = _cfg()

    def ahead(span: str, plan_words: bool, last: bool = False) -> str | None:
        # a deadline that looks ahead ("到2024年底,…取得新进展:") needs no cue; a bare year may be past
        start = _deadline_scan_start(span)
        if start is None:
            return None  # most lead-ins hold none
        if last:
            # (the whole lead-in: the time nearest the list, not one its scene names first, "为总结回顾…上半年
            # 工作情况,研究部署下半年工作安排,…会议最后…提出了三点意见:")
            found = list(c["deadline"].finditer(span, start))
            dls = [m for m in found if _FORWARD_DEADLINE.search(m.group())]
            # (else the first found, as a search of the span would; but a day that does not look ahead dates the
            # scene, "5月10日上午,…县长…作报告。…重点抓好15件…:", not the list)
            dl = dls[-1] if dls else next((m for m in found if not m.group().endswith("日")), None)
            if dl and not dls:
                # a time that does not look ahead, in a sentence before the one that announces the list, dates
                # that sentence's scene ("2025年,全县实施重点项目96个…。为了巩固这一势头,我们将重点推进以下几个方面:"):
                # it holds for the list only with a cue of its own sentence, or when that sentence frames the year
                # the plan is for ("2026年是…关键一年。…制定本年度工作计划如下:")
                ends = [m.end() for m in _SENTENCE_END.finditer(span, 0, dl.start())]
                stop = _SENTENCE_END.search(span, dl.end())
                if (stop and not c["cues"].search(span, ends[-1] if ends else 0, stop.end())
                        and not c["year_frame"].match(span, dl.start())):
                    return None
        else:
            dl = c["deadline"].search(span, start)
        if dl and (_FORWARD_DEADLINE.search(dl.group()) or c["cues"].search(span)
                   or (plan_words and c["features"]["plan_context"].search(span))):
            return dl.group()
        return None

    # else the whole lead-in: "在2024年的工作中,我镇将…。从以下几个方面改进:", "今年是…之年。…目标是:"
    return ahead(sentence, True) or ahead(lead, False, last=True)


def _row_deadline(text: str, para_end: int) -> str | None:
    """The time a list row below this paragraph gives it ("责任单位:…　整改时限:2025年9月底前"): the
    row ends its item, which may run over a few more lines of measures first; an enumerated line
    starts the next item, so a row beyond it dates that item instead."""
    c = _cfg()
    start = para_end + 1
    for _ in range(_limits().time_row_lookahead):
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        if start >= end or c["measure_start"].match(text, start):
            return None
        label = c["time_row"].search(text, start, end)
        if label:
            m = c["deadline"].search(text, label.end(), end)
            return m.group() if m else None
        start = end + 1
    return None


def _cell_deadline(text: str, para_end: int) -> str | None:
    """The time a table's time cell gives the row above it, flattened one cell a line: a line
    holding nothing but a deadline right under the measure's line ("制定年度学习计划,…。" /
    "3月底前" / "组织委员"), or after a few short cells of the row closed by their border
    ("叶林|" / "改革办|" / "全年|"). A date of a day with no 前 (a closing date, "2025年3月18日") is none."""
    limits = _limits()
    start = para_end + 1
    for _ in range(limits.time_cell_lookahead + 1):
        if start >= len(text):
            return None
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        if end - start > limits.time_cell_max:
            return None
        a, b = start, end
        while a < b and text[a] in " \t\u3000":
            a += 1
        while b > a and text[b - 1] in " \t\u3000":
            b -= 1
        bordered = b > a and text[b - 1] in "|｜"
        if bordered:
            b -= 1
            while b > a and text[b - 1] in " \t\u3000":
                b -= 1
        if b - a >= 2 and _DEADLINE_CHARS.search(text, a, b) and text[b - 1] != "日":
            m = _cfg()["deadline"].fullmatch(text, a, b)
            if m:
                return m.group()
        if not bordered:
            return None
        start = end + 1
    return None


def _title_deadline(text: str, start: int, end: int, sentence_end: int | None = None) -> str | None:
    """The time an item title at the head of a paragraph gives the measures after it: a phase in
    brackets ("1.自查自评(1月3日至1月5日)。各村…") or a plan title ("6.2011年工作设想。(1)…").
    ``end``: the end of the line; ``sentence_end``: the end of the sentence (:func:`iter_sentences`)
    that opens at ``start``, when known: its stop mark, the first from ``start``, is its last
    character (no search for it), or it has none and runs to the line's end, with nothing after it."""
    if sentence_end is None:
        stop = _SENTENCE_END.search(text, start, min(end, start + _limits().title_len))
        title_end = stop.start() if stop else end
    else:
        title_end = sentence_end - 1
    if title_end >= min(end, start + _limits().title_len) or title_end + 1 >= end:  # no short title, or nothing after it
        return None
    c = _cfg()
    title = text[start:title_end]
    dl = c["deadline"].search(title) if _DEADLINE_CHARS.search(title) else None  # most titles hold none
    if dl is None:
        return None
    bracketed = text[start + dl.start() - 1: start + dl.start()] in ("(", "（")
    if bracketed:
        return dl.group()
    # a plan title, unless it tells the plan done ("…,已全部完成年度任务。": a result, round 29)
    return dl.group() if c["plan_title_end"].search(title) and not c["plan_title_done"].search(title) else None


def _frame_deadline(text: str, start: int, end: int) -> str | None:
    """A paragraph that opens with its time alone, before a comma, looking ahead: "2025年,我局将…"."""
    c = _cfg()
    dl = c["deadline"].match(text, start, min(end, start + _limits().time_frame_reach))
    if dl is None or not _TIME_FRAME_END.match(text, dl.end()) or c["scene_time"].fullmatch(dl.group()):
        return None  # (a day alone dates the scene the paragraph tells: "5月24日,县长…主持召开…部署会,…", round 28)
    stop = _SENTENCE_END.search(text, dl.end(), end)
    forward = _FORWARD_DEADLINE.search(dl.group()) or c["cues"].search(text, dl.end(), stop.start() if stop else end)
    return dl.group() if forward else None


def _head_deadline(text: str, start: int, end: int, sentence_end: int | None) -> str | None:
    """The time a paragraph's head gives it: its item title's, its time frame's or its schedule row's
    (``end``: the line's end; ``sentence_end`` as for :func:`_title_deadline`). Each is a deadline
    (or a month) in its first title_len characters: a paragraph without a deadline's character
    there (most) is not searched for them."""
    if not _DEADLINE_CHARS.search(text, start, min(end, start + _limits().title_len)):
        return None
    return _dated_head_deadline(text, start, end, sentence_end)


def _dated_head_deadline(text: str, start: int, end: int, sentence_end: int | None) -> str | None:
    """:func:`_head_deadline` of a paragraph whose head holds a deadline's character."""
    return (_title_deadline(text, start, end, sentence_end) or _frame_deadline(text, start, end)
            or _schedule_row_deadline(text, start, end))


def _titled_frame_deadline(text: str, start: int, end: int) -> str | None:
    """A time frame that opens the paragraph's second sentence, after a short item title or label with no
    time of its own: "(二)总体目标。到2027年,基本建成…。放眼全球,…" / "主要目标:到2027年,两类学校…;…" (round 27).
    It dates that paragraph only: the next item's title opens a frame of its own ("二要…。3月底前,…" / "三要…")."""
    # (the frame lies within the paragraph's first title_len characters: a paragraph without a deadline's
    # character there, most, is not searched)
    if not _DEADLINE_CHARS.search(text, start, min(end, start + _limits().title_len)):
        return None
    return _dated_titled_frame_deadline(text, start, end)


def _dated_titled_frame_deadline(text: str, start: int, end: int) -> str | None:
    """:func:`_titled_frame_deadline` of a paragraph whose first title_len characters hold a deadline's character."""
    stop = _TITLE_STOP.search(text, start, min(end, start + _limits().title_len - _limits().time_frame_reach))
    if stop is None or stop.end() >= end:
        return None
    dl = _frame_deadline(text, stop.end(), end)
    if dl is None and text.startswith("到", stop.end()) and _cfg()["plan_title_end"].search(text, start, stop.start()):
        # a target title's frame looks ahead by its 到 ("(二)总体目标。到2027年,基本建成…"); a review's
        # "到2023年底,全县累计…" under a title that names no plan does not
        c = _cfg()
        m = c["deadline"].match(text, stop.end(), min(end, stop.end() + _limits().time_frame_reach))
        dl = m.group() if m and _TIME_FRAME_END.match(text, m.end()) else None
    return dl


def _schedule_row_deadline(text: str, start: int, end: int) -> str | None:
    """The month a schedule row opens with, for every item on it ("九月　新生入学教育；教师节感恩活动",
    "4 月 期中质量检测"): a month and no more of a date."""
    m = _cfg()["schedule_row"].match(text, start, end)
    return m.group() if m else None


def _problem_after_plans(lead: str) -> tuple[bool, re.Match | None]:
    """(whether a lead-in holds a plan word, the problem wording after its last one or anywhere)."""
    c = _cfg()
    plans = [m.end() for m in c["features"]["plan_context"].finditer(lead)]
    after = plans[-1] if plans else 0
    return bool(plans), c["features"]["problem"].search(lead, after) or c["problem_lead"].search(lead, after)


def _announces_plans(lead: str) -> bool:
    """Whether a lead-in or heading announces plans: a plan word that no problem wording follows
    ("对照…的要求来看,还存在一些不足,主要表现为:" announces problems)."""
    if not lead:  # most paragraphs have no lead-in
        return False
    # (a lead-in or heading without a plan word, most, announces none: not searched for problem wording)
    if _cfg()["features"]["plan_context"].search(lead) is None:
        return False
    planned, problem = _problem_after_plans(lead)
    return planned and not problem


def _announces_problems(lead: str) -> bool:
    """Whether a lead-in announces problems ("在办法制定上最容易出现两个问题:"): problem wording in its
    last sentence after its last plan word, not named as what is to be solved ("要着重解决好以下几个问题:")."""
    if not lead:
        return False
    lead = lead[max(map(lead.rfind, "。！？；;")) + 1:]  # "…重视程度还不够。…大家要有这么几点认识:": the last sentence
    _, found = _problem_after_plans(lead)
    return found is not None and not _cfg()["problem_solved"].search(lead, 0, found.start())


# a list's lead-in is read again for each paragraph of its list (~2/3 of the reads): each once
@functools.lru_cache(maxsize=1024)
def _lead_kinds(lead: str) -> tuple[bool, bool, bool, bool]:
    """Whether a lead-in announces plans, problems (and no plans), a scope, relays directives (which are plans too)."""
    c = _cfg()
    relayed = c["reported_directive_lead"].search(lead) is not None
    plans = relayed or _announces_plans(lead)
    return plans, not plans and _announces_problems(lead), bool(c["scope_lead"].search(lead)), relayed


def _counts_plans(lead: str) -> bool:
    """Whether a lead-in counts the things it announces to come ("…扎实办好“十件民生实事”。"): plans too,
    whatever its wording (a count of 件 or 项 tested first: most lead-ins hold none)."""
    return ("件" in lead or "项" in lead) and _cfg()["counted_plan_lead"].search(lead) is not None


def _section_of(secs: list[Span], pos: int, starts: list[int]):
    k = bisect_right(starts, pos) - 1 if secs else -1
    return secs[k] if k >= 0 and pos < secs[k].end else None


_ENUMERATOR = re_cache.compile(r"\s*(?:[一二三四五六七八九十]+[是要]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]{1,2}(?:件事?|项)?[,，、]|"
                               r"[(（][\d一二三四五六七八九十]{1,2}[)）]|\d{1,2}[、.．)）](?!\d)|[①-⑳]|首先|其次|再次|最后)[,，、]?")
_ACTION_END = re_cache.compile(r"[,，;；。:：]")


def _enumerator_openers() -> str:
    """The characters other than digits (str.isdecimal: re's \\d) and blanks (str.isspace: its
    \\s) a match of _ENUMERATOR can open with."""
    items = sre_parser.parse(_first_class(_ENUMERATOR.pattern.removeprefix(r"\s*"), 0)).data[0][1]
    if any(op is not sre_constants.LITERAL and (op, av) != (sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)
           for op, av in items):
        raise ValueError("_ENUMERATOR opens with other characters")
    return "".join(sorted({chr(av) for op, av in items if op is sre_constants.LITERAL}))


# a measure (~12,000 a MB) whose first character is none of these, a digit or a blank (most) is not
# matched for its enumerator: a character test costs ~1/3 of a failed match
_ENUMERATOR_OPENERS = _enumerator_openers()


@dataclass(slots=True)
class Candidate:
    """A measure (clause run) that may be a commitment, with what the classifier reads."""

    start: int
    end: int
    section: str | None
    cue: str | None
    deadline: str | None
    targets: list[int]
    head: str  # the measure's first words, for its character grams
    named: dict[str, float] = field(default_factory=dict)
    group: int | None = None  # the list an enumerated item belongs to (where the list begins)
    year: int | None = None  # the year its list's lead-in or heading names ("2024年工作打算")
    chain: int | None = None  # the chain of actions under one future frame it belongs to (where the frame opens)
    counted_item: bool = False  # a measure of an item of a list whose lead-in counts the things it announces


def _head(piece: str) -> str:
    """The first words of a measure, its enumerator stripped."""
    first = piece[:1]  # (as the measure's enumerator is looked for)
    m = _ENUMERATOR.match(piece) if first in _ENUMERATOR_OPENERS or first.isdecimal() or first.isspace() else None
    body = piece[m.end():] if m else piece
    return body.lstrip("，,、 ")[:12]


@functools.cache
def _aimed_total_openers() -> str | None:
    """The characters every aimed_total match opens with (None: not known)."""
    return opening_chars(load_yaml("commitments.yml")["aimed_total"])


def _aimed_total(text: str, at: int, aiming: list[int]) -> bool:
    """A total (累计) that a forward cue earlier in its clause aims at: a target, not past work."""
    if not _cfg()["aimed_total"].match(text, at):
        return False
    k = bisect_left(aiming, at)
    return k > 0 and not _CLAUSE_END.search(text, aiming[k - 1], at)


def _run_split(branch: str) -> tuple[range, str] | None:
    """(the widths of its opening part, the rest) for an alternative that opens with a part of
    bounded width, a run ("[\\p{Han}]{2,4}上[,，]") or a number ("(?<![\\d.])\\d{1,12}…%?以[上内]"), before
    its first plain character (one outside groups and classes); None for one that opens with a
    character, which re scans for by itself."""
    for k, ch, depth in _syntax(branch):
        if depth == 0 and not ch.isascii() and branch[k + 1:k + 2] not in ("*", "+", "?", "{"):
            if k == 0:
                return None
            try:
                low, high = sre_parser.parse(compile_pattern(branch[:k], many_calls=True).compiled.pattern).getwidth()
            except (re.error, AttributeError):
                return None
            return (range(low, high + 1), branch[k:]) if high < sre_parser.MAXREPEAT else None
    return None


class _CueScan:
    """The starts of a feature cue's matches in a text, as ``finditer`` gives them.

    re tries a pattern at every position when an alternative opens with a run of Han or a number
    (most positions of a report), ~10x as long as a scan for the other alternatives' first
    characters. Such an alternative matches only where what follows its run (上[,，]…, 以上, found at
    re's speed) comes a run's length later; elsewhere the cue without it matches as the whole cue does (an
    alternative that matches nowhere at a position never wins it), so the whole cue is tried only
    at those few positions."""

    def __init__(self, source: str):
        self.cue = compile_pattern(source, many_calls=True)
        branches = top_level_branches(source)
        runs = {k: split for k, b in enumerate(branches) if (split := _run_split(b))}
        if len(runs) == len(branches):  # nothing to scan for without them
            runs = {}
        self.lean = compile_pattern("|".join(b for k, b in enumerate(branches) if k not in runs),
                                    many_calls=True) if runs else None
        # where each run's tail matches (overlapping ones too), and how far before it the run starts
        self.tails = [(compile_pattern(_tail_scan(tail), many_calls=True), lengths) for lengths, tail in runs.values()]

    def starts(self, text: str, pos: int = 0) -> list[int]:
        """``pos``: where the scan starts, when no match starts before it (only for a cue scanned whole)."""
        if self.lean is None:
            return list(map(re.Match.start, self.cue.finditer(text, pos)))
        if pos:
            raise ValueError("a cue with run alternatives is scanned from the start")
        maybe = sorted({q - n for tail, lengths in self.tails for q in map(re.Match.start, tail.finditer(text))
                        for n in lengths})
        if not maybe:  # no tail: the runs match nowhere
            return list(map(re.Match.start, self.lean.finditer(text)))
        out: list[int] = []
        end = len(text) + 1
        # the lean hits come from one finditer, resumed after each run hit that ends before the
        # next of them (a search per hit, most of a report's, cost 3x as much; a new finditer after
        # each run hit rescanned the stretch to the next lean hit: half the scan of describe)
        lean_hits = self.lean.finditer(text)
        lean = next(lean_hits, None)  # the first lean hit from pos on
        pos = k = 0
        while True:  # finditer's leftmost-first scan
            k = bisect_left(maybe, pos, k)
            run_at = maybe[k] if k < len(maybe) else end  # the next run's start
            # the lean hits before it are the cue's own
            while lean is not None and lean.start() < run_at:
                if lean.end() == lean.start():  # finditer goes on differently after an empty match
                    return list(map(re.Match.start, self.cue.finditer(text)))
                out.append(lean.start())
                pos = lean.end()
                lean = next(lean_hits, None)
                if pos > run_at:
                    k = bisect_left(maybe, pos, k)
                    run_at = maybe[k] if k < len(maybe) else end
            last = lean.start() if lean else len(text)
            hit = None
            while hit is None and k < len(maybe) and maybe[k] <= last:
                hit = self.cue.match(text, maybe[k])  # a run's start before the lean hit, or at it
                k += 1
            hit = hit or lean
            if hit is None:
                return out
            if hit.end() == hit.start():
                return list(map(re.Match.start, self.cue.finditer(text)))
            out.append(hit.start())
            pos = hit.end()
            if hit is lean:
                lean = next(lean_hits, None)
            elif lean is not None and lean.start() < pos:  # the run hit covers it: the next lean hit from pos
                lean_hits = self.lean.finditer(text, pos)
                lean = next(lean_hits, None)


def _tail_scan(tail: str) -> str:
    """A pattern whose match starts are where ``tail`` matches: its first character, when a plain one,
    then the rest as a lookahead; re scans for a leading character at C speed, where it tries a
    leading lookahead at every position (10x as long)."""
    if tail[:1] and tail[0] not in "\\[](){}.*+?^$|" and tail[1:2] not in ("*", "+", "?", "{"):
        return f"{re.escape(tail[0])}(?={tail[1:]})"
    return f"(?={tail})"


@functools.cache
def _cue_scans() -> dict[str, _CueScan]:
    """The feature cues that scan every report whole, in file order (plan_context and lead_in are
    searched in a lead-in or a measure)."""
    cues = load_yaml("commitments.yml")["feature_cues"]
    return {k: _CueScan(v) for k, v in cues.items() if k not in ("plan_context", "lead_in")}


_CONSUMING = (sre_constants.LITERAL, sre_constants.IN, sre_constants.SUBPATTERN, sre_constants.MAX_REPEAT,
              sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT, sre_constants.BRANCH)


def _consumed_chars(items) -> set[int] | None:
    """The code points a match of the parsed ``items`` can take up (lookarounds take none); None
    when a class is not a list of characters and narrow ranges (a negated class, a category, any,
    Han: a cue that takes one up shares characters with every other)."""
    out: set[int] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.add(av)
        elif op is sre_constants.IN:
            for kind, arg in av:
                if kind is sre_constants.LITERAL:
                    out.add(arg)
                elif kind is sre_constants.RANGE and arg[1] - arg[0] < 256:
                    out.update(range(arg[0], arg[1] + 1))
                else:
                    return None
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
            continue
        elif op in _CONSUMING:
            subs = ([av[3]] if op is sre_constants.SUBPATTERN else av[1] if op is sre_constants.BRANCH else [av[2]])
            for sub in subs:
                found = _consumed_chars(sub)
                if found is None:
                    return None
                out |= found
        else:
            return None
    return out


@functools.cache
def _merged_cue_scans() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """Feature cues scanned together: one alternation of their alternatives, each hit's cue told by
    its first character (a dict). Only cues no two of which take up a common character (oblig,
    aim, more): at a position at most one of them matches, and no match of one holds a position
    where another could start, so one leftmost scan finds the matches each cue's own scan finds
    (a class-led scan costs ~60 instructions a character, whatever it finds). Their alternatives
    open with a character each, so re scans for the alternation's first characters by itself."""
    groups: list[dict[str, str]] = []  # each set's cues by the characters they take up
    scans = _cue_scans()
    for name, scan in scans.items():
        pattern = scan.cue.compiled
        if scan.lean is not None or not isinstance(pattern, re.Pattern) or pattern.groups:
            continue
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
        chars = _consumed_chars(parsed.data) if parsed.getwidth()[0] > 0 else None
        if chars is None:
            continue
        chars = set(map(chr, chars))
        group = next((g for g in groups if g.keys().isdisjoint(chars)
                      and scans[next(iter(g.values()))].cue.compiled.flags == pattern.flags), None)
        if group is None:
            groups.append(group := {})
        group.update(dict.fromkeys(chars, name))
    out = []
    for cue_of in groups:
        names = list(dict.fromkeys(cue_of.values()))  # in file order
        if len(names) > 1:
            patterns = [scans[n].cue.compiled for n in names]
            out.append((compile_with_first_chars("|".join(p.pattern for p in patterns), patterns[0].flags), cue_of))
    return tuple(out)




@functools.cache
def _rare_cue_scan() -> tuple[re.Pattern | None, frozenset[str]]:
    """(one pattern for the rare cues scanned alone, those cues): it matches where one of them does, so a report
    it finds nothing in (~60%) holds no match of any of them, and no cue's first match starts before its first
    (one scan of the report instead of one a cue). Only cues :func:`_merged_cue_scans` does not scan and scanned
    whole (no run alternatives), without groups."""
    config = load_yaml("commitments.yml")
    cues = config["feature_cues"]
    scans = _cue_scans()
    names = [n for n in config["rare_feature_cues"] if n in scans and n not in _merged_cues() and scans[n].lean is None
             and not resolved(scans[n].cue).groups]
    if len(names) < 2:
        return None, frozenset()
    return compile_pattern("|".join(f"(?:{cues[n]})" for n in names), many_calls=True), frozenset(names)


@functools.cache
def _merged_cues() -> frozenset[str]:
    """The cues :func:`_merged_cue_scans` scans together."""
    return frozenset(name for _, cue_of in _merged_cue_scans() for name in cue_of.values())


class _FeatureScan:
    """Where each feature cue matches in a text, found in one scan per cue (a search per measure
    and cue costs more in calls than in matching)."""

    def __init__(self, text: str):
        self.text = text
        merged = _merged_cue_scans()
        together = _merged_cues()
        rare_any, rare = _rare_cue_scan()
        # where the first match of a rare cue may start (None: none matches): each one's scan from there finds
        # what one from the start does (none of its matches starts before)
        rare_from = rare_any.search(text) if rare_any is not None else None
        found = {name: [] if name in together else cue.starts(text) if name not in rare
                 else cue.starts(text, rare_from.start()) if rare_from is not None else []
                 for name, cue in _cue_scans().items()}
        for pattern, cue_of in merged:
            for at in map(re.Match.start, pattern.finditer(text)):
                found[cue_of[text[at]]].append(at)
        # (only a past hit that opens as an aimed total may, 累计 / 共计: most open otherwise and are kept untested)
        totals = _aimed_total_openers()
        if found["past"] and (totals is None or any(text[p] in totals for p in found["past"])):
            aiming = sorted(found["aim"] + found["future"])
            found["past"] = [p for p in found["past"] if not ((totals is None or text[p] in totals)
                                                               and _aimed_total(text, p, aiming))]
        # where any forward-looking signal starts: one bisect tells whether a sentence has one
        self.signals = sorted(chain.from_iterable(found[name] for name in _SIGNALS))
        self.shapes = found["target_shape"]
        # only the cues the text has (half of them, in file order): a measure is asked about those
        self.starts = {name: starts for name, starts in found.items() if starts}
        # every hit of every cue in one sorted list: a measure takes the cues of a range with two
        # bisects, instead of a bisect per cue and range (~25 a measure)
        hits = sorted(chain.from_iterable(zip(starts, repeat(name)) for name, starts in self.starts.items()))
        self._at = [p for p, _ in hits]
        self._cue = [name for _, name in hits]
        # and each hit's cue by its place in file order, the order of a measure's features
        self._rank = list(map(_CUE_RANK.__getitem__, self._cue))

    def any_signal(self, a: int, b: int) -> bool:
        # _holds, without a call (every sentence)
        signals = self.signals
        k = bisect_left(signals, a)
        return k < len(signals) and signals[k] < b

    def names_in(self, a: int, b: int) -> set[str]:
        """The cues with a hit starting in [a, b)."""
        return set(self._cue[bisect_left(self._at, a):bisect_left(self._at, b)])

    def around(self, sentence_start: int, a: int, head_at: int, b: int) -> tuple[set[int], set[int], set[int]]:
        """The cues (their ranks) with a hit in the measure text[a:b], before it in its sentence, and at
        its head (a <= head_at < b): ranges of one sorted list, each bound looked up once."""
        at, cue = self._at, self._rank
        i = bisect_left(at, a)
        j = bisect_left(at, b, i)
        inside = set(cue[i:j])
        before = set(cue[bisect_left(at, sentence_start, 0, i):i]) if sentence_start < a else set()
        if not inside:
            return inside, before, set()
        h = bisect_left(at, head_at, i, j)
        return inside, before, set(cue[h:bisect_left(at, head_at + 1, h, j)])


_BEFORE = ("future", "oblig", "aim", "more")
_FORWARD_CUES = frozenset({"future", "oblig", "aim"})
_NO_MEASURE_CUES = frozenset({"past", "argue", "describe", "rationale", "problem"})


def _states_no_measure(scan: "_FeatureScan", text: str, a: int, b: int) -> bool:
    """Whether text[a:b], an item's body, argues, describes, looks back or states a problem: no measure of its own.
    A problem a measure takes on ("科学处理历史遗留问题", "补齐短板": commitments.yml problem_addressed) states none."""
    found = scan.names_in(a, b) & _NO_MEASURE_CUES
    return bool(found) and not (found == {"problem"} and _cfg()["problem_addressed"].search(text, a, b))


_FACT_YEAR = re_cache.compile(r"((?:19|20)\d{2})年度?[,，]?(?=[\u4e00-\u9fff])")
_FACT_YEAR_OPENINGS = ("19", "20")  # what each of its matches opens with: most sentences are not matched
_SIGNALS = ("future", "oblig", "aim", "more", "target_shape")
_FORWARD_DEADLINE = re_cache.compile(r"前|底|末|旬|内|明年|今年|季度|半年")
# a time the measure itself sets as a limit still ahead ("3月前完成设计方案", "两个月内", "明年建成")
_AHEAD = re_cache.compile(r"(?:前|以前|之前|内|以内)$|明年|次年")


# the names of a cue's features, made once: a measure's dozen features otherwise cost as many new strings;
# and the cue's place in file order
_CUE_FEATURES = {name: ("cue:" + name, "lead:" + name, "before:" + name if name in _BEFORE else None)
                 for name in load_yaml("commitments.yml")["feature_cues"]}
_CUE_RANK = {name: k for k, name in enumerate(_CUE_FEATURES)}
_RANKED_CUE_FEATURES = list(_CUE_FEATURES.values())


@functools.lru_cache(maxsize=64)  # a few section labels
def _section_features(section: str | None) -> tuple[str, str, str, dict[int, str]]:
    """The names of the features that pair with a measure's section: its bias, plan context, directive
    and each forward or past cue (by the cue's rank)."""
    label = section or "none"
    return ("bias_section:" + label, "plan_context&" + label, "directive&" + label,
            {_CUE_RANK[name]: f"{name}&{section}" for name in ("future", "oblig", "aim", "past")})


def _named_features(scan: _FeatureScan, a: int, b: int, head_at: int, sentence_start: int, plan_context: bool,
                    section: str | None, doc_feature: str, enumerated: bool, heading: bool, item_title: bool,
                    bare_line: bool, deadline_here: bool, deadline_inherited: bool, targets: int,
                    section_names: tuple | None = None) -> dict[str, float]:
    """``section_names``: :func:`_section_features` of ``section`` when the caller has it (once a sentence)."""
    bias, plan_pair, _, cue_pairs = section_names or _section_features(section)
    out: dict[str, float] = {bias: 1.0, doc_feature: 1.0}
    inside, before, at_head = scan.around(sentence_start, a, head_at, b)
    # file order: the model adds the features up in this order (nearly half the measures have no cue,
    # most others one or two)
    found = inside | before
    for rank in sorted(found) if found else ():
        cue, lead, after = _RANKED_CUE_FEATURES[rank]
        if rank in inside:
            out[cue] = 1.0
            if rank in at_head:
                out[lead] = 1.0
        if after and rank in before:
            out[after] = 1.0
    if plan_context:
        out["plan_context"] = 1.0
        out[plan_pair] = 1.0
    if enumerated:
        out["enumerated"] = 1.0
    if heading:
        out["heading_line"] = 1.0
    if item_title:
        out["item_title"] = 1.0
    if bare_line:
        out["bare_line"] = 1.0
    if deadline_here:
        out["deadline_here"] = 1.0
    if deadline_inherited:
        out["deadline_inherited"] = 1.0
    if targets:
        out["target_metric"] = 1.0
    n = b - a
    out["len<8"] = 1.0 if n < 8 else 0.0
    out["len>40"] = 1.0 if n > 40 else 0.0
    if section and inside:
        for rank, pair in cue_pairs.items():
            if rank in inside:  # its "cue:" feature is set
                out[pair] = 1.0
    return out




@functools.cache
def _plan_within() -> int:
    return load_yaml("commitments.yml")["plan_document_within"]


def _plan_from(text: str) -> int | None:
    """Where a plan document's plans start: after the sentence near its top that names the plan
    (its title run into the text, a 范文 page's preface, an opening that announces its tasks), or
    None. Its parts state work to come without cue words, under whatever label sections gave them."""
    c = _cfg()
    # the title lines and the first paragraph that holds a sentence: the plan named further down is a
    # part's ("三、2024年工作打算", "下一步,我们将着力做好以下工作:") of a report that reviews first
    first = FULL_STOP.search(text, 0, _plan_within())
    line_end = text.find("\n", first.end()) if first else -1
    within = text[:(line_end if line_end >= 0 else len(text)) if first else _plan_within()][:_plan_within()]
    for m in c["plan_document"].finditer(within):
        if c["plan_document_frame"].search(within, max(0, m.start() - 10), m.start()):
            continue
        start = max(within.rfind(ch, 0, m.start()) for ch in "。！？!?；;\n") + 1
        end = SENTENCE_OR_LINE_END.search(text, m.end())
        end = end.end() if end else len(text)
        if c["plan_document_review"].search(text, start, end):
            continue
        return end
    # a scheme's step heading near the top of a page whose title and opening are lost ("四、实施步骤", round 31)
    step = c["plan_step_heading"].search(text, 0, _plan_within()) if "步骤" in text[:_plan_within()] else None
    if step:
        return step.end()
    return _owner_noted(text)


def _owner_noted(text: str) -> int | None:
    """Where a task-split plan's items start when its title is lost: the paragraph of the first of
    at least owner_notes_min owner notes ("(…牵头,…按职责分工负责)"), or None."""
    if "牵头" not in text and "负责" not in text and "责任单位" not in text and "配合" not in text:
        return None
    notes = _cfg()["owner_note"].finditer(text)
    first = next(notes, None)
    more = _limits().owner_notes_min - 1
    if first is None or sum(1 for _ in islice(notes, more)) < more:
        return None
    return text.rfind("\n", 0, first.start()) + 1


def _within(starts: list[int], ends: list[int], at: int) -> bool:
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < ends[k]


def _meets_span(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted, disjoint spans (a measure whose item title opens before an
    estimate: "(一)经济运行稳中有进。据初步统计,预计全年完成…")."""
    k = bisect_right(starts, b - 1) - 1
    return k >= 0 and a < ends[k]


def _in_review(section: str | None, plan_ctx: bool, directive: bool) -> bool:
    """Whether a measure stands in a part that reviews work: a review section whatever list context it
    inherits, an unlabelled stretch only outside a plans list; never a directive's."""
    return not directive and (section in ("主要做法", "基本情况") or section == "其他" and not plan_ctx)


def _estimated(text: str, a: int, b: int, section: str | None, plan_ctx: bool, directive: bool) -> bool:
    """Whether the measure text[a:b] reports an estimate of the period under review (estimate_review): in a
    review part whatever list context it inherits, in an unlabelled stretch only outside a plans list."""
    if not _in_review(section, plan_ctx, directive):
        return False
    starts, ends = _estimate_spans(text)
    return bool(starts) and _meets_span(starts, ends, a, b) and not _cfg()["estimate_ahead"].search(text, a, b)


def _scoring_rule(text: str, a: int, b: int, piece: str) -> bool:
    """Whether the measure text[a:b] is an assessment scheme's scoring rule with no cue of its own (scoring_rule),
    nor a word that looks ahead ("将自评结果作为…的重要依据": scoring_rule_ahead)."""
    c = _cfg()
    if not _measure_gates()["scoring_rule"](piece):
        return False
    if c["scoring_rule"].search(text, a, b) is None:
        # (round 28) a recurring quota and the score its result counts into, from the measure's start
        opened = _ENUMERATOR.match(text, a) if text[a] in _ENUMERATOR_OPENERS or text[a].isdecimal() else None
        if c["counted_score"].match(text, opened.end() if opened else a, b) is None:
            return False
    return c["cues"].search(text, a, b) is None and c["scoring_rule_ahead"].search(text, a, b) is None


@functools.lru_cache(maxsize=4)  # asked once per candidate of a report
def _rule_document(text: str) -> bool:
    """Whether the report sets its text out in articles ("第一条 …" / "第二条 …" opening lines, rule_articles_min of
    them) and names itself a rule set (rule_self: 本办法, 本规定 …): an 办法, 规定, 细则 or 制度, whose articles state
    standing rules (round 27); a 方案 in articles directs work to come."""
    if "条" not in text or "本" not in text:
        return False
    c = _cfg()
    if c["rule_self"].search(text) is None:
        return False
    need = _limits().rule_articles_min
    for k, _ in enumerate(c["rule_article"].finditer(text), 1):
        if k >= need:
            return True
    return False


def _standing_rule(text: str, a: int, b: int, piece: str, deadline: str | None, deadline_here: bool) -> bool:
    """Whether the measure text[a:b] states a standing rule, no measure (round 27): an article of a rule document
    (_rule_document) with no plan or aim word of its own (rule_ahead), or anywhere a standing arrangement of a scheme
    (standing_rule: its grades, quotas, scope, method) with no cue nor plan word at all. A one-time deadline of its
    own keeps it a measure ("…在2032年前完成补建工作"; not a recurring one, "每年12月25日前")."""
    if deadline_here and deadline and _SPECIFIC.search(deadline) and not deadline.startswith("每"):
        return False
    c = _cfg()
    if _rule_document(text):
        return c["rule_ahead"].search(text, a, b) is None
    # (a grade's line is short: its start is looked for within grade_line_reach characters, not along a flattened page;
    # most lines open with none of grade_line_openings and are not matched)
    low = max(0, a - _limits().grade_line_reach)
    line_start = text.rfind("\n", low, a) + 1 or (0 if low == 0 else -1)
    opening = text[line_start:a + 1].lstrip()[:1]
    if (line_start >= 0 and opening and opening in c["grade_line_gate"]
            and c["grade_line"].match(text, line_start) and c["cues"].search(text, a, b) is None):
        return True  # a clause of a grade's definition ("2.称职(16分)——…"): a criterion
    return bool(_measure_gates()["standing_rule"](piece) and c["standing_rule"].search(text, a, b) is not None
                and c["cues"].search(text, a, b) is None and c["rule_ahead"].search(text, a, b) is None)


def _plan_attribute(text: str, a: int, b: int, section: str | None, plan_ctx: bool, directive: bool) -> bool:
    """Whether the measure text[a:b], in a review part, names a plan only as a quantity's attribute
    (plan_attribute: "全年计划完成投资17.2亿元", "完成年度投资计划的6.7%") or as the paper the work drew up
    (plan_made: "制定…工作计划", unless a 将 or 拟 of the measure puts the drawing up ahead): its every cue is such a
    计划 and nothing in it looks ahead (estimate_ahead but 计划)."""
    if not _in_review(section, plan_ctx, directive):
        return False
    c = _cfg()
    cues = [m.start() for m in c["cues"].finditer(text, a, b)]
    if not cues or not all(m.group() == "计划" for m in c["estimate_ahead"].finditer(text, a, b)):
        return False

    def drawn_up(k: int) -> bool:  # the 计划 at k names a paper made, and no other word puts the making ahead
        return (c["plan_made"].search(text, max(a, k - 20), k + 2) is not None
                and all(m.group() == "计划" for m in c["rule_ahead"].finditer(text, a, b)))

    return all(text.startswith("计划", k) and (c["plan_attribute"].match(text, k, b) or drawn_up(k)) for k in cues)


@functools.lru_cache(maxsize=4)  # a report's parts, asked once per report (and per candidate by _structure_only)
def _estimate_spans(text: str) -> tuple[list[int], list[int]]:
    """Where an estimate of the period under review starts (estimate_review) and where its sentence or
    paragraph ends: the clauses after it (";规上工业增加值增长6.5%") report the estimate with it."""
    if "预计" not in text:  # most reports: no scan
        return [], []
    starts, ends = [], []
    reach = _limits().estimate_look_back
    for m in _cfg()["estimate_review"].finditer(text):
        if ends and m.start() < ends[-1]:
            continue
        stop = FULL_STOP.search(text, m.end())
        line = text.find("\n", m.end())
        end = min(stop.end() if stop else len(text), line if line >= 0 else len(text))
        # from the start of its sentence or clause list ("据初步核算,预计…", "2023年预计实现…")
        begin = max(text.rfind(ch, max(0, m.start() - reach), m.start()) for ch in "。！？；;\n") + 1
        starts.append(max(begin, m.start() - reach, ends[-1] if ends else 0))
        ends.append(end)
    return starts, ends


@functools.cache
def _principle_settings() -> tuple[list[str], int]:
    """commitments.yml's principle_words and principle_part_reach (read apart from the compiled patterns)."""
    c = load_yaml("commitments.yml")
    return c["principle_words"], c["principle_part_reach"]


@functools.lru_cache(maxsize=4)  # a report's parts, asked once per report (and per candidate by _structure_only)
def _principle_parts(text: str) -> tuple[list[int], list[int]]:
    """Where the parts headed 指导思想 / 基本原则 start and end (at the next numbered heading, or
    principle_part_reach characters on): they state how the work is to be thought of, no measures."""
    words, reach = _principle_settings()
    if not any(w in text for w in words):
        return [], []
    c = _cfg()
    starts: list[int] = []
    ends: list[int] = []
    for m in c["principle_part"].finditer(text):
        if starts and m.start() < ends[-1]:
            continue  # "二、基本原则" right after "一、指导思想" is found by the end search below
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        nxt = c["principle_part_end"].search(text, line_end, m.end() + reach)
        end = nxt.start() if nxt else min(len(text), m.end() + reach)
        # the next heading may open another principle part: it is one with this one
        while nxt and c["principle_part"].match(text, nxt.start()):
            line_end = text.find("\n", nxt.end())
            line_end = len(text) if line_end < 0 else line_end
            nxt = c["principle_part_end"].search(text, line_end, nxt.end() + reach)
            end = nxt.start() if nxt else min(len(text), line_end + reach)
        starts.append(m.start())
        ends.append(end)
    return starts, ends


@functools.cache
def _record_table_gate() -> tuple:
    """The strings a record table's header must hold (record_table_header's literal clauses; its inline (?m) flag
    passed apart, which literal_gate reads no clause through)."""
    return literal_gate(load_yaml("commitments.yml")["record_table_header"].replace("(?m)", "", 1), re.M)


def _record_tables(text: str) -> tuple[list[int], list[int]]:
    """(round 25, r25comm2) Where a table that records events held starts (its header row names a column of
    attendance, record_table_header) and ends (the paragraph's end): its rows report what was done."""
    if not may_match(_record_table_gate(), text):
        return [], []  # most reports hold none of the attendance words a header names
    starts: list[int] = []
    ends: list[int] = []
    for m in _cfg()["record_table_header"].finditer(text):
        if ends and m.start() < ends[-1]:
            continue
        end = text.find("\n\n", m.end())
        starts.append(m.start())
        ends.append(len(text) if end < 0 else end)
    return starts, ends


def commitment_candidates(doc: Document, structure: bool = True) -> list[Candidate]:
    """Every measure of every sentence, with its deadline and classifier features. Without
    ``structure``, the measures :func:`_structure_only` finds are left out before their features
    are built (extraction drops them, ~1 in 10; training learns from them)."""
    c = _cfg()
    heading_line_max, title_len = _limits().heading_line_max, _limits().title_len
    text = doc.text
    doc_type = doc.meta.get("doc_type", "其他")
    doc_feature = "doc_type:" + doc_type
    report_year = doc.meta.get("year")
    directive = doc.meta.get("directive", False)  # a notice, plan or work outline (stage documents)
    notice = doc_type == "通知"
    # a plan document's parts after the line that names the plan are plans (not a notice's: it has its own rule)
    plan_from = None if notice else _plan_from(text)
    # a summary that says so at its top: a part sections calls 下一步 plans only if its heading looks ahead
    # and then only before its review goes on (a summary's plans come last: the items of its closing
    # plan part, each a 下一步 section of its own, keep their label)
    review = plan_from is None and not notice and c["review_document"].search(text, 0, _plan_within()) is not None
    sections = doc.get("sections")
    review_until = max((sec.start for sec in sections if sec.label == "主要做法"), default=-1) if review else -1
    # the guiding-idea and principle parts ("一、指导思想"): no measures in them (dropped in
    # extraction; training learns from them, as from the structure below)
    principle_starts, principle_ends = ([], []) if structure else _principle_parts(text)
    if not structure:
        # (and the rows of a table that records events held: no measures either)
        table_starts, table_ends = _record_tables(text)
        if table_starts:
            spans = sorted(zip(principle_starts + table_starts, principle_ends + table_ends))
            principle_starts, principle_ends = [a for a, _ in spans], [b for _, b in spans]
    # estimates of the period under review and the clauses after them (dropped in extraction outside the plans)
    estimate_starts = () if structure else _estimate_spans(text)[0]
    metric_spans = doc.get("metrics")
    metric_starts = [m.start for m in metric_spans]  # metrics come in text order
    sections = doc.get("sections")
    section_starts = [sec.start for sec in sections]
    # the target metrics (their indices) and where they start: one bisect tells whether a sentence
    # has one, two which a measure holds
    target_metrics = [i for i, m in enumerate(metric_spans) if m.data.target]
    target_starts = [metric_spans[i].start for i in target_metrics]
    para_state: tuple[int, str | None, str] = (-1, None, "")  # paragraph start, its list deadline, its lead-in
    list_deadline: str | None = None
    list_context = ""
    list_key = 0
    context_of: tuple = (False, None)
    heading_of: object = False
    sec_heading, heading_dl, section_dl = "", None, None
    heading_plans = plan_ctx = plan_list = problem_list = scope_list = directed = False
    phase_dl = row_dl = cell_dl = None
    para_framed = False
    out: list[Candidate] = []
    scan = _FeatureScan(text)
    future_starts = scan.starts.get("future", ())
    rows = may_match(c["time_row_gate"], text)  # whether a list row below a paragraph may give its time
    # where past or present-state wording starts: a clause after it may turn forward
    past_starts = sorted(scan.starts.get("past", []) + _word_starts(text, _status_words()))
    cue_matches = list(finditer(c["cues"], text))
    cue_starts = [m.start() for m in cue_matches]
    # where the enumerators that split sentences into measures start: one scan, not one per sentence
    enumerators = list(map(re.Match.start, c["measure_start"].finditer(text)))
    reach = _lead_in_stop_reach()
    heading_reach = _limits().section_heading_reach
    stop_ends = _lead_in_stop_ends()
    list_word_1, list_word_2, list_word_3 = _INLINE_LIST_WORDS
    colon_1, colon_2 = _COLONS
    frame_word, frame_reach = _chain_frame_gate()
    item_end = -1  # the end of an item whose title and body are one measure
    bare_items = _bare_line_items(text)  # the item lines of unnumbered plan lists
    # a piece holds only words its report holds: a report without a meeting-procedure line's words
    # (most) has no piece matched for one
    procedures = not (structure or directive or notice) and may_match(c["meeting_procedure_gate"], text)
    bare_starts = [a for a, _ in bare_items]
    seen = para_start = 0  # how far the text has been looked through for line breaks, and the last line's start
    # the section the sentences are in (k: its index) and where the next one starts: the sentences come in
    # text order, and most are in the same section as the one before (no bisect for them)
    sec_k, next_sec_at = -1, section_starts[0] if section_starts else len(text) + 1
    label_of, label_after, sec_label = False, None, None  # the section and side of plan_from sec_label is of
    for ss, se in iter_sentences(text):
        if ss < item_end:
            continue
        if ss >= next_sec_at:
            sec_k = bisect_right(section_starts, ss) - 1
            next_sec_at = section_starts[sec_k + 1] if sec_k + 1 < len(section_starts) else len(text) + 1
        sec = sections[sec_k] if sec_k >= 0 and ss < sections[sec_k].end else None  # as _section_of finds it
        after_plan = plan_from is not None and ss >= plan_from
        # the sentence's section label: read from its section and whether it is past the plan's start, once for each
        if sec is not label_of or after_plan is not label_after:
            label_of, label_after = sec, after_plan
            section = sec.label if sec else None
            if notice and section == "其他" and sec is not sections[0] and not c["notice_review_part"].match(
                    text, sec.start, min(sec.end, sec.start + heading_reach)):
                section = "下一步"  # a notice's parts past its opening direct work to come (not one that reviews)
            elif (sec is not None and sec.start < review_until and section == "下一步"
                  and not c["review_document_plans"].search(text, sec.start, min(sec.end, sec.start + heading_reach))):
                section = "主要做法"  # a summary's part under a target-phrased heading reviews
            elif (after_plan and section in ("主要做法", "其他", "存在问题")
                  and not (sec is not None and c["plan_document_review"].search(
                      text, sec.start, min(sec.end, sec.start + heading_reach)))
                  and not (section == "存在问题" and c["plan_document_problems"].search(
                      text, sec.start, min(sec.end, sec.start + heading_reach)))):
                # a plan document's part, unless its heading reviews ("一、2023年工作回顾") or names problems
                section = "下一步"
            sec_label = section
        section = sec_label
        if sec is not heading_of:  # the section's heading line and the deadline it states, once per section
            heading_of = sec
            sec_heading, heading_dl, section_dl = "", None, None
            heading_plans = False
            if sec is not None:
                line_end = text.find("\n", sec.start, sec.end)
                sec_heading = text[sec.start: line_end if line_end >= 0 else min(sec.end, sec.start + heading_reach)][
                    :heading_reach]
                heading_plans = _announces_plans(sec_heading)  # read by every paragraph of the section
                # a plans section's heading gives its time ("四、明年努力方向"), as a plan word does: a
                # time that starts in its first heading_reach characters, read whole (not "于12月" of "于12月15日前")
                if sec.label == "下一步" or c["features"]["plan_context"].search(sec_heading):
                    # (to the line's end, but no further than a time that starts in the heading can reach)
                    stop = min(line_end if line_end >= 0 else sec.end, sec.start + 2 * len(sec_heading))
                    found = _deadlines(text, sec.start, stop)  # (not a quoted slogan's step)
                    m = found[0] if found else None
                    if m and c["object_period"].fullmatch(m.group()) and c["object_period_after"].match(text, m.end()):
                        # the year's targets a sentence names ("要认真对照全年目标,…", "下半年是冲刺全年目标的关键期"): the
                        # object of its measure, not a time the section's later measures are due by (round 31)
                        m = None
                    heading_dl = m.group() if m and m.start() < sec.start + len(sec_heading) else None
                    # a paragraph, not a heading, opens the section: what a time in it dates is asked below
                    opens_paragraph = bool(heading_dl) and (
                        (line_end if line_end >= 0 else sec.end) - sec.start > heading_reach)
                    if (opens_paragraph
                            and (_FULL_STOP.search(text, sec.start, m.start())
                                 or (c["scene_time"].fullmatch(heading_dl) and not text[sec.start:m.start()].strip()))):
                        # a paragraph that opens the section is no heading: a time past its first sentence is
                        # that sentence's ("1.全面实施…管理。依据…,2022年10月底前编制…" / "…强调两点:一是认识上
                        # 再提高。要看到…是全年开局的关键…"), and a day alone that opens it dates the scene it tells
                        # ("10月29日上午,我乡组织…召开…部署会。"), not the measures of the section (a phase's bracketed
                        # day, "3.民主测评(1月12日)。召开…", is the phase's) (round 28)
                        heading_dl = None
                    if heading_dl and opens_paragraph and heading_dl.endswith("上半年"):
                        # a paragraph that opens the section is no heading: the half year past it names holds
                        # for the section only in a sentence that plans, not in one that reviews ("市长指出,
                        # 上半年全市经济运行总体平稳,…。…要…": a mid-year meeting, round 27)
                        stops = [k.end() for k in _SENTENCE_END.finditer(text, sec.start, m.start())]
                        end_at = _SENTENCE_END.search(text, m.end(), sec.end)
                        sentence = text[stops[-1] if stops else sec.start: end_at.end() if end_at else sec.end]
                        if not (c["cues"].search(sentence) or c["features"]["plan_context"].search(sentence)):
                            heading_dl = None
        # the line break before the sentence, looked for since the last one read (a search back to
        # its paragraph's start for every sentence cost as much as the paragraph's length)
        para_start = text.rfind("\n", seen, ss) + 1 or para_start
        seen = ss
        if para_state[0] != para_start:
            # a list introduced by "…下半年我们打算…:" on its own line keeps that deadline and context
            prev_end = para_start - 1
            prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
            # blank lines between paragraphs (a page's <p>s): the lead-in is the last line with text
            for _ in range(2):
                if prev_start <= 0 or text[prev_start:prev_end].strip():
                    break
                prev_end = prev_start - 1
                prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
            # the previous line as text[prev_start:prev_end].rstrip() gives it, read where it ends
            # without a copy of it (the first paragraph's "previous line" is the whole text but its
            # last character)
            stop = prev_end if prev_end >= 0 else len(text) - 1
            while stop > prev_start and text[stop - 1].isspace():
                stop -= 1
            last = text[stop - 1] if stop > prev_start else None
            # (a line that does not end with what each lead_in_stop match ends with, most, is not searched)
            if (last is not None and last in ":：") or (
                    (stop_ends is None or last in stop_ends) and c["lead_in_stop"].search(
                    text, max(prev_start, stop - reach) if reach else prev_start, max(prev_start, stop))) or (
                    # an arrangement told on the line over a list that opens at once ("…进行了安排部署。" / "一是…", round 29)
                    last == "。" and text.startswith(_ARRANGED_FIRST, para_start)
                    and c["arranged_lead"].search(text, max(prev_start, stop - 16), stop)):
                prev = text[prev_start:stop]
                list_key = prev_start
                list_deadline = _lead_in_deadline(prev)
                list_context = prev[-60:]
            # (whether measure_start matches at the paragraph's start: one of the enumerators the text's scan
            # found, as no match holds a line break, a bisect of them, not a match)
            elif not ((at_k := bisect_left(enumerators, para_start)) < len(enumerators) and enumerators[at_k] == para_start):
                list_deadline, list_context, list_key = None, "", para_start
            # "…今年的重要任务,一是…;" opens a list inside a paragraph, its next items on lines of their own
            para_end = text.find("\n", para_start)
            para_end = para_end if para_end >= 0 else len(text)
            # most paragraphs hold none of the words one of which each match holds, nor a colon in
            # reach, and are not searched for them: a substring test (on a copy of the paragraph)
            # costs a few instructions a character, a search led by a class ~60
            para = text[para_start:para_end]
            inline = _INLINE_LIST.search(text, para_start, para_end) if (
                list_word_1 in para or list_word_2 in para or list_word_3 in para) else None
            intro = ""
            # the paragraph's own colon: the next line's lead-in ("下一步工作打算如下:") is not this one's
            head = para[:120]
            colon = _COLON.search(head) if colon_1 in head or colon_2 in head else None
            lead_end = para_start  # where the items its lead-in announces may start
            if colon:
                intro = para[:colon.start()]
                lead_end = para_start + colon.end()
            elif "。一" in head or "。首" in head:
                # an arrangement told in the paragraph's first sentences, its list glued after the full stop ("…并就
                # 贯彻落实进行了安排部署。一是…二是…", round 29): the lead-in of the items after it, as a line over them
                glued = min((k for k in map(head.find, _ARRANGED_GLUED) if k > 0), default=-1)
                if glued > 0 and c["arranged_lead"].search(para, max(0, glued - 15), glued + 1):
                    intro = para[:glued + 1]
                    lead_end = para_start + glued + 1
            # the paragraph's head holds a deadline's character (the gate of _head_deadline and
            # _titled_frame_deadline, searched once: most heads hold none, and neither is called)
            head_dated = _DEADLINE_CHARS.search(text, para_start, min(para_end, para_start + title_len)) is not None
            # at most 120 characters; a plan word makes it a lead-in too ("今年…主要预期目标是:")
            para_dl = ((_lead_in_deadline(intro) if intro else None)
                       or (_dated_head_deadline(text, para_start, para_end, se if ss == para_start else None)
                           if head_dated else None)
                       or list_deadline)
            if para_dl:
                section_dl = para_dl
            else:
                para_dl = _dated_titled_frame_deadline(text, para_start, para_end) if head_dated else None
            para_state = (para_start, para_dl, intro or list_context)
            phase_dl = None
            row_dl = _row_deadline(text, para_end) if rows else None
            # a table's time cell under the row's measure line: the row's own time, before any other
            cell_dl = _cell_deadline(text, para_end) if para_end + 1 < len(text) and text[para_end + 1] != "\n" else None
            # a future frame opening the paragraph ("今后,我局将…") heads the chains of its later sentences
            para_framed = bool(frame_word in para[:frame_reach] and c["chain_frame"].match(text, para_start, para_end))
            if inline:
                list_deadline = _lead_in_deadline(text[para_start:inline.start(1)])
        if context_of[0] is not sec or context_of[1] is not para_state:  # plan wording, once per paragraph
            context_of = (sec, para_state)
            lead = para_state[2]
            if lead:  # most paragraphs have none
                plan_list, problem_list, scope_list, relayed = _lead_kinds(lead)
                counted_list = _counts_plans(lead)
                if counted_list and not plan_list:
                    plan_list, problem_list = True, False
            else:
                plan_list = problem_list = scope_list = relayed = counted_list = False
            plan_ctx = plan_list or heading_plans
            # a notice's measures after "…采取以下措施,请…。", requirements after "(二)工作要求。": directives
            directed = plan_list and (notice or relayed or c["requirement_lead"].search(lead) is not None)
        if directed and section in ("其他", "主要做法"):
            section = "下一步"
        section_names = None  # _section_features(section), once the sentence has a candidate
        if ss > para_start and se - ss <= title_len:  # a phase title inside a run-on paragraph
            phase_dl = _title_deadline(text, ss, para_end, se) or phase_dl
        period = None
        if text.find("：", ss, se) >= 0 or text.find(":", ss, se) >= 0:
            # a schedule cell's period label ("…。第二季度:组织召开…;开展…"): it dates the tasks after it
            period = _last(c["period_label"].finditer(text, ss, se))
            phase_dl = period.group(1) if period else phase_dl
        # the nearest lead-in's time holds for the section until another states one
        inherited = cell_dl or row_dl or phase_dl or para_state[1] or section_dl or heading_dl
        # an item line of an unnumbered plan list ("具体包括:" / "新开工改造…。"): a measure to come
        k = bisect_right(bare_starts, ss) - 1 if bare_starts else -1
        bare_item = k >= 0 and ss < bare_items[k][1]
        # a sentence with no forward-looking signal at all holds no commitment: it is not looked
        # at further (in training either); most sentences of past work end here
        if not (section == "下一步" or plan_ctx or bare_item or inherited or directive
                or scan.any_signal(ss, se) or _holds(target_starts, ss, se)):
            # its deadlines only tell whether one looks ahead: none does without the words of one
            if not _FORWARD_DEADLINE.search(text, ss, se):
                continue
            sent_deadlines = _deadlines(text, ss, se)
            if not any(_FORWARD_DEADLINE.search(m.group()) for m in sent_deadlines):
                continue
        else:
            sent_deadlines = _deadlines(text, ss, se)
        title_at = ss
        if (section == "下一步" or plan_ctx) and (text[ss] not in _ENUMERATOR_OPENERS and not text[ss].isdecimal()
                                                  or c["sequence_lead"].match(text, ss)):
            # a list opened after a colon in the sentence ("“六大行动”分别为:一是产业升级行动。抓住…"):
            # its first item's title starts there
            colon = max(text.find("：", ss, se), text.find(":", ss, se))
            if colon > ss and _ENUMERATOR.match(text, colon + 1):
                title_at = colon + 1
            else:
                # (round 25) or after a speaker's short lead and a comma ("王某强调,一要加快完成管网铺设。倒排…")
                reach = min(se, ss + _limits().item_lead_reach)
                comma = min((k for k in (text.find("，", ss, reach), text.find(",", ss, reach)) if k > ss), default=-1)
                if comma > 0 and _ENUMERATOR.match(text, comma + 1):
                    title_at = comma + 1
        if (section == "下一步" or plan_ctx) and _ENUMERATOR.match(text, title_at) and _is_item_title(text, title_at, se, se):
            # a plan item's title glued to its body ("5.改进服务态度。树立…,开展…"): the title names
            # the measure its first sentence states, one measure; later sentences add their own
            nxt = _SENTENCE_END.search(text, se)
            line_end = text.find("\n", se)
            line_end = line_end if line_end >= 0 else len(text)
            first_end = min(nxt.end(), line_end) if nxt else line_end
            # a body that argues, describes or looks back ("一是要把握方向。检查不是走过场,而是…")
            # states no measure, nor does a meeting's procedure after the last item ("三是…要可行。某某主持会议。"):
            # the title stays a candidate of its own
            if not (c["measure_start"].search(text, se, first_end) or _states_no_measure(scan, text, se, first_end)
                    or procedures and _procedure_line(text[se:first_end].strip())):
                se = item_end = first_end
                sent_deadlines = _deadlines(text, ss, se)
        # (a sentence that does not start a line or is longer than a heading line, most, is none:
        # _is_heading_line's first test, without a call)
        heading = (not ss or text[ss - 1] == "\n") and se - ss <= heading_line_max and _is_heading_line(text, ss, se)
        # "2024年全市地区生产总值增长5.8%" in a report on 2024: a dated fact, even under the plans
        # (a commentary between the targets); the year is no deadline without a forward cue
        fact = _FACT_YEAR.match(text, ss) if text[ss:ss + 2] in _FACT_YEAR_OPENINGS else None
        dated_fact = bool(fact and report_year and int(fact.group(1)) <= report_year
                          and not scan.names_in(ss, se) & _FORWARD_CUES)
        if dated_fact:
            sent_deadlines = [m for m in sent_deadlines if m.start() >= fact.end()]
        if period is not None and sent_deadlines:
            # (the label dates the tasks after it, not a lead-in's time before it: "全年安排如下:3月:开展…")
            sent_deadlines = [m for m in sent_deadlines if m.start() >= period.start()]
        sent_dl = _best_deadline(sent_deadlines)
        # what holds for every measure of the sentence: an earlier sentence of the paragraph looks
        # ahead ("今后,我局将…。在办事指南公开中,增加…;"), the year its list's lead-in or heading names
        para_future = ss > para_start and _holds(future_starts, para_start, ss)
        lead_year = _YEAR.search(inherited) if inherited else None
        list_year = int(lead_year.group(1)) if lead_year else None
        for a, b, chain_at in _measures(text, ss, se, metric_starts, past_starts, scan.shapes, enumerators,
                                        ss > para_start and para_framed):
            piece = text[a:b].strip("，,;； \n")
            if len(piece.strip("。；;,，: ：")) < 4:
                continue
            own = _best_deadline([m for m in sent_deadlines if a <= m.start() and m.end() <= b]) if sent_deadlines else None
            # a measure's own time, else its list's lead-in, else one elsewhere in its sentence; a
            # row's time cell before all
            deadline = cell_dl or own or inherited or sent_dl
            deadline_here = bool(cell_dl or own or sent_dl)
            linked = target_metrics[bisect_left(target_starts, a):bisect_left(target_starts, b)]
            # a measure with no forward-looking signal at all is not scored (in training either):
            # most past-work sentences end here, before their features are built
            if not (section == "下一步" or plan_ctx or bare_item or linked or inherited or directive
                    or (deadline and _FORWARD_DEADLINE.search(deadline)) or scan.any_signal(ss, b)):
                continue
            first = text[a]
            enumerator = (_ENUMERATOR.match(text, a) if first in _ENUMERATOR_OPENERS or first.isdecimal()
                          or first.isspace() else None)
            # structure only (a lead-in, a heading, a closing formula …): extraction drops it here, from what
            # _structure_only reads of its features (its cues only when asked), before they are built
            if not structure and ((principle_starts and _within(principle_starts, principle_ends, a)) or _is_structure(
                    text, a, b, enumerator is not None, deadline, deadline_here, bool(enumerator and scope_list),
                    bool(linked), lambda a=a, b=b: not _FORWARD_CUES.isdisjoint(scan.names_in(a, b)))):
                continue
            if procedures and _procedure_line(piece):
                continue  # "…主持会议。" / "…作总结讲话。" in a meeting report: its procedure
            if estimate_starts and _estimated(text, a, b, section, plan_ctx, directive):
                continue  # "预计全年实现…增长5.8%;规上工业增加值增长6.5%" in a review: a result estimated
            if "计划" in piece and _plan_attribute(text, a, b, section, plan_ctx, directive):
                continue  # "全年计划完成投资17.2亿元,1-4月累计…" in a review: the plan measures progress
            if _scoring_rule(text, a, b, piece):
                continue  # "考评结果作为评选先进的重要依据;": a scheme's rule, no measure
            if _standing_rule(text, a, b, piece, deadline, deadline_here):
                continue  # "奖励经费由各单位自行承担。", an 办法's article: a standing rule, no measure
            k = bisect_left(cue_starts, a)
            cue = cue_matches[k].group() if k < len(cue_starts) and cue_starts[k] < b else None
            head = _head(piece)
            head_at = text.find(head[:4], a, b) if head else a
            section_names = section_names or _section_features(section)
            named = _named_features(scan, a, b, max(a, head_at), ss, plan_ctx, section, doc_feature, bool(enumerator),
                                    heading, bool(enumerator) and _is_item_title(text, a, b, se),
                                    # (a measure that does not start a line, most, is no bare line: no call)
                                    (a == 0 or text[a - 1] == "\n") and _is_bare_line(text, a, b),
                                    deadline_here, bool(inherited and not deadline_here),
                                    len(linked), section_names)
            if enumerator and plan_list or bare_item:
                named["item_of_plan_list"] = 1.0
            elif enumerator and problem_list:
                named["item_of_problem_list"] = 1.0  # "…最容易出现两个问题:" / "一是目标过低,…"
            if enumerator and scope_list:
                named["item_of_scope_list"] = 1.0  # "参加述职会议人员:" / "(1)乡镇机关为全体干部职工…"
            if enumerator and _NON_BLANK.search(text, se, para_end):
                named["item_with_body"] = 1.0
            if chain_at is not None:
                named["future_chain"] = 1.0
            if "分" in piece and c["points"].search(piece):
                named["points"] = 1.0  # a scoring rule's points ("经济发展30分"), not a quantity to reach
            if own and _AHEAD.search(own):
                named["deadline_ahead"] = 1.0
            if para_future:
                named["para_future"] = 1.0
            if dated_fact:
                named["dated_fact"] = 1.0
            if directive:
                named["directive_genre"] = 1.0
                named[section_names[2]] = 1.0
            if len(head) >= 2:
                # how the measure opens tells its mood, which its bag of grams does not: an
                # imperative verb (撰写, 召开), a subject (各单位, 由…), a description (主要, 包括)
                named["open:" + head[:2]] = 1.0
            out.append(Candidate(a, b, section, cue, deadline, linked, head, named,
                                 list_key if enumerator else None, list_year, chain_at,
                                 counted_list and a >= lead_end))
    return out


def _rule_decision(cand: Candidate) -> bool:
    """Without a trained model: a future cue, or a plan section that does not look back."""
    f = cand.named
    future = any(k in f for k in ("cue:future", "cue:oblig", "cue:aim", "before:future", "before:oblig"))
    if "cue:past" in f and not ("cue:future" in f or "cue:aim" in f):
        return False
    if "cue:problem" in f or "cue:criteria" in f or "heading_line" in f:
        return False
    return future or cand.section == "下一步"


def _action(piece: str, opened: tuple[str, re.Match | None] | None = None) -> str:
    """The verb-object head of a measure: enumerator, owner and leading adverbs dropped, up to a comma.
    ``opened``: the piece after its enumerator and the owner match there, when the caller has them."""
    if opened is None:
        m = _ENUMERATOR.match(piece)
        body = piece[m.end():] if m else piece
        own = _cfg()["owner"].match(body)
    else:
        body, own = opened
    if own:
        body = body[own.end():]
    body = _cfg()["leading"].sub("", body, count=1)
    # "年底前建成…": the deadline is a field of its own (most bodies hold no deadline's character
    # where one would be)
    when = _cfg()["deadline"].match(body) if _DEADLINE_CHARS.search(body, 0, _widest_match("deadline")) else None
    step_end = body.find("后", 0, 9) if when is None else -1
    if step_end > 0 and _cfg()["deadline_step"].match(body, 0, step_end + 1):
        when = _cfg()["deadline"].match(body, step_end + 1)  # "考核结束后10个工作日内,各考核组…": the step with its limit
    if when and when.end() < len(body):
        body = _cfg()["leading"].sub("", body[when.end():].lstrip("，, "), count=1)
    cut = _ACTION_END.search(body)
    return (body[:cut.start()] if cut else body)[:24]


# an item of a list itself ("一是…", "2.…", "(3)…"), not the topic line over one
_ITEM_OPENING = re_cache.compile(r"\s*(?:[一二三四五六七八九十]+是|\d{1,2}[、.．]|[(（]\d{1,2}[)）]|[①-⑳])")
_ENUMERATOR_HEAD = re_cache.compile(r"\s*(?:\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}[、.．])")
_HEADING_STOP = ("。", "?", "？", "!", "！")
# what a lead-in cue's match ends a piece with (each alternative ends at $): most measures end otherwise,
# and are not searched for one (the search cost ~2.5% of the stage)
_LEAD_IN_ENDS = (":", "：", "。", "题", "见", "法", "求")


# the features of a future, obligation or aim cue in a measure (cue:future …)
_FORWARD_CUE_FEATURES = frozenset(_CUE_FEATURES[name][0] for name in _FORWARD_CUES)


def _procedure_line(piece: str) -> bool:
    """A meeting report's line of who chaired, spoke or attended (not asked in a notice or a plan)."""
    c = _cfg()
    return bool(_measure_gates()["meeting_procedure"](piece)) and c["meeting_procedure"].match(piece) is not None


def _structure_only(text: str, cand: Candidate) -> bool:
    """A list's lead-in ("抓好以下工作:", "明年要做好三件事:"), a heading alone ("二、存在的不足"), a
    closing formula ("以上报告,请予审议。"), a bracketed note of who or by when, a title line, a
    principle ("1、客观性原则。…", any sentence of a 指导思想 part), a row of a table of events held, the problem row
    of a rectification list, an item of a list of who or what is covered ("参加会议人员:" / "(1)乡镇机关为…"): structure,
    no measure."""
    named = cand.named
    if _within(*_principle_parts(text), cand.start):
        return True  # a guiding-idea or principle part's sentence
    if _within(*_record_tables(text), cand.start):
        return True  # a row of a table of events held (round 25, r25comm2), which extraction leaves out as well
    if ("directive_genre" not in named and "doc_type:通知" not in named
            and _procedure_line(text[cand.start:cand.end].strip("，,;； \n"))):
        return True  # "…主持会议。" in a meeting report
    if "预计" in text and _estimated(text, cand.start, cand.end, cand.section, "plan_context" in named,
                                    "directive_genre" in named):
        return True  # an estimate of the period under review, in a review part
    piece = text[cand.start:cand.end]
    if "计划" in piece and _plan_attribute(text, cand.start, cand.end, cand.section, "plan_context" in named,
                                          "directive_genre" in named):
        return True  # a plan named as the measure of progress, in a review part
    if _scoring_rule(text, cand.start, cand.end, piece):
        return True  # an assessment scheme's scoring rule
    if _standing_rule(text, cand.start, cand.end, piece, cand.deadline, "deadline_here" in named):
        return True  # a standing arrangement of a scheme, or an article of a rule document
    return _is_structure(text, cand.start, cand.end, cand.group is not None, cand.deadline, "deadline_here" in named,
                         "item_of_scope_list" in named, "target_metric" in named,
                         lambda: not _FORWARD_CUE_FEATURES.isdisjoint(named))


def _reports_plan(text: str, start: int, end: int) -> bool:
    """Whether a piece names a plan as the object of work done (reported_plan) and no cue after
    it looks ahead ("…明确了下一步工作重点,将…" does)."""
    c = _cfg()
    m = c["reported_plan"].search(text, start, end)
    return m is not None and c["cues"].search(text, m.end(), end) is None


def _run_on_head(text: str, piece: str, end: int) -> bool:
    """Whether a short "要…" sentence heads the body after it on its line: the next sentence there is no such
    head itself and states more (run_on_head)."""
    head = _cfg()["run_on_head"]
    if not head.fullmatch(piece):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find("。", end, line_end)
    following = text[end:stop + 1 if stop >= 0 else line_end].strip()
    return len(following) > 12 and not head.fullmatch(following)


@functools.cache
def _structure_scans() -> tuple:
    """What :func:`_is_structure` reads of each candidate (~8,000 a MB), looked up once: frame_sentence's compiled
    match, the structure openings' gate (:func:`_structure_opening_gate`), the lead_in cue's alternatives by last
    character (None: the whole cue) with the cue and its reach, and the importance_end scan's ends and reach."""
    return (resolved(_cfg()["frame_sentence"]).match, *_structure_opening_gate(), _lead_in_by_end(),
            _cfg()["features"]["lead_in"], _lead_in_reach(), *_importance_end_scan())


def _is_structure(text: str, start: int, end: int, grouped: bool, deadline: str | None, deadline_here: bool,
                  scope_item: bool, targeted: bool, forward_cue: Callable[[], bool]) -> bool:
    """:func:`_structure_only` from what it reads of a candidate's features: whether it holds a
    deadline of its own, is an item of a scope list, holds a target, and (``forward_cue()``, asked
    only for the few short pieces that need it) a future, obligation or aim cue."""
    if scope_item:
        return True  # (each test up to the length's returns True alone: the one without a call first)
    (frame_sentence, opening_chars, opening_words, lead_ins, whole_lead_in, lead_in_reach, importance_ends,
     importance_reach) = _structure_scans()
    c = _cfg()
    if frame_sentence(text, start):
        return True  # a plan's guiding idea ("以…为指导,…") or its purpose ("为…,制定本方案。") outside a principle part
    piece = text[start:end].rstrip()
    if "了" in piece and _reports_plan(text, start, end):
        return True  # "…点评了…下一步工作方向。": a plan named as what was done
    lead_in = None
    if piece.endswith(_LEAD_IN_ENDS):
        # only the lead_in alternatives that can end with the piece's last character (blanks stripped)
        lead_in = whole_lead_in if lead_ins is None else lead_ins.get(piece[-1])
    if ((lead_in is not None and lead_in.search(piece, max(0, len(piece) - lead_in_reach)))
            or ((piece[:1] in opening_chars or opening_words.search(piece)) and c["structure_opening"].match(piece))):
        return True
    if piece.startswith("第") and "阶段" in piece[:8] and c["phase_heading"].match(piece) and not forward_cue():
        return True  # a phase's heading and its period ("第一阶段:宣传发动(4月1日至4月20日)。"), no measure
    if "时间" in piece[:14] and c["time_field"].match(piece):
        return True  # a plan's field line that gives only when ("三、活动时间:11月下旬—12月下旬。"), no measure
    if "奖" in piece[:18] and c["award_item"].match(piece) and not forward_cue():
        return True  # an award's criterion ("1、优秀组织奖:组织参赛成绩突出的班级"), a rule of the scheme
    if len(piece) <= 20 and "要" in piece[:8] and _run_on_head(text, piece, end):
        return True  # a run-on paragraph's item head ("要细化整改措施。") before its body on the same line
    scope = c["nominal_item"].search(piece) if grouped and len(piece) <= 40 else None
    if scope and not forward_cue():
        # a numbered scope or phase ("(二)…持证情况"), no measure; an item that opens with an
        # action has the noun as its object ("一是加大宣传力度,丰富公开内容。"), unless the verb
        # comes right before the noun and names a phase ("(二)全面实施阶段(4月1日至…)。")
        enumerator = _ENUMERATOR.match(piece)
        action = c["chain_clause"].match(piece, enumerator.end() if enumerator else 0)
        if not action or scope.start() - action.end() < 2:
            return True
    starts_line = start == 0 or text[start - 1] == "\n"  # _starts_line, _whole_line without a call
    whole_line = starts_line and (end >= len(text) or text[end] == "\n")
    # a future, obligation or aim cue, or a target: what a heading or a dash head does not state
    if whole_line and len(piece) <= 30 and piece.startswith("—") and not (targeted or forward_cue()):
        return True  # a 政府工作报告's dash head over its paragraph ("——在巩固农业基础上求实效。")
    if whole_line and len(piece) <= 40 and c["title_line"].search(piece):
        return True  # the page's title line ("在…大会上的讲话"), without sentence punctuation
    if (importance_ends is None or piece.endswith(importance_ends)) and (m := c["importance_end"].search(
            piece, max(0, len(piece) - importance_reach))) and not c["cues"].search(
            piece, 0, m.start()):
        return True  # "…,抓好经济运行工作至关重要。": how much a task matters, no measure
    if (len(piece) <= 30 and starts_line and c["list_topic_next"].match(text, end)
            and not _ITEM_OPENING.match(piece)
            and not (targeted or bool(deadline and _SPECIFIC.search(deadline) and deadline_here))):
        return True  # the topic line over a list ("全力推进拆违整治。一是…"): its items are the measures
    if (len(piece) <= 20 and not piece.endswith(_HEADING_STOP) and _ENUMERATOR_HEAD.match(piece)
            and c["sub_list_next"].match(text, end)
            and not (targeted or bool(deadline and deadline in piece) or forward_cue())):
        return True  # "1.推进城市化建设(1)加快完成…": a numbered topic run into its first sub-item (r25docshare; a time it
        # inherits from its sentence is its sub-item's, "…(1)3月底前清理…")
    if len(piece) > 24:
        return False
    title = piece.rstrip("。:：")
    closes = _edge_chars()[1]["plan_title_end"]  # (its $ holds at the end, or before a line break there)
    if ((closes is None or title[-1:] in closes or title[-1:] == "\n") and c["plan_title_end"].search(title)
            and heading_level(piece) in (1, 2, 3, 4)):
        return True  # "六、明年工作打算", also run into its items: its time is theirs, it is no measure
    # a numbered heading glued to its body ("②、对综合部门的考评。实行百分制考核…") is a heading too
    glued_heading = starts_line and piece.endswith(_HEADING_STOP) and len(piece) <= 20
    if not (whole_line or glued_heading) or heading_level(piece) not in (1, 2, 3, 4):
        return False
    if whole_line and _is_list_item_line(text, start, end):
        return False
    # "（二）6月底前完成污水管网二期工程；" is a whole numbered line, yet a dated measure
    return not (targeted or forward_cue() or bool(deadline and _SPECIFIC.search(deadline) and deadline_here))


def _list_coherence(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """(A context pass: ``text`` is not read.) Items of one list share their nature: when most items of a list are
    commitments, an item the classifier is unsure about (above half the threshold) is one too. So do the actions of one
    chain: when its frame ("我局将及时给予指导,") is a commitment, so are its actions ("适时进行验收总结,
    并向全市进行推广"), each opened by an action verb (result clauses stay with the action before them)."""
    groups: dict[tuple, list[int]] = {}
    chains: dict[int, list[int]] = {}
    for k, cand in enumerate(cands):
        if cand.group is not None:  # a list does not run on into the next section's items
            groups.setdefault((cand.group, cand.section), []).append(k)
        if cand.chain is not None:
            chains.setdefault(cand.chain, []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        passed = sum(probs[k] >= threshold for k in members)
        if passed * 2 >= len(members):
            _lift(members, probs, threshold, threshold / 2)
    for members in chains.values():
        if probs[members[0]] >= threshold:
            _lift(members[1:], probs, threshold, 0.0)


def _parallel_runs(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """Parallel clauses opened by the same directive word with a semicolon between them
    ("要提高站位,…;要把握时间节点,…;要强化督导,…") are one list: when one of them is a commitment,
    so are the others the classifier is not sure are none."""
    c = _cfg()
    limits = _limits()
    run: list[int] = []
    opener = None

    def close() -> None:
        if len(run) >= limits.parallel_min and any(probs[k] >= threshold for k in run):
            _lift(run, probs, threshold, threshold * limits.parallel_floor)

    for k, cand in enumerate(cands):
        m = c["parallel_opener"].match(text, cand.start)
        word = m.group() if m else None
        joined = (run and word == opener and cand.section == cands[run[-1]].section
                  and c["parallel_gap"].match(text[cands[run[-1]].end:cand.start].strip()))
        if joined:
            run.append(k)
            continue
        close()
        run, opener = ([k], word) if word else ([], None)
    close()


_ORDINALS = "一二三四五六七八九十"


def _ordinal_directives(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A speech's ordinal directives ("一要…", "二要…", "三是要…") are the items of one list of directives to
    the audience: in a run of consecutive ordinals from 一, each item the classifier does not all but reject
    is a commitment, as the classifier reads some items' wording (把握形势, 对标先进) as no action."""
    if "一要" not in text and "一是要" not in text:  # a run opens with 一: most reports hold none
        return
    c, limits = _cfg(), _limits()
    items = [(k, _ORDINALS.index(text[cand.start])) for k, cand in enumerate(cands)
             if c["ordinal_directive"].match(text, cand.start)]
    run: list[int] = []
    last = -1
    for k, rank in items:
        run = [k] if rank == 0 else run + [k] if run and rank == last + 1 else []
        last = rank
        # the whole run once it is long enough, then each item that extends it (none lifted twice)
        new = run if len(run) == limits.ordinal_directive_min else run[-1:] if len(run) > limits.ordinal_directive_min else []
        # an item that is only its title ("一是要确立鲜明导向。") heads the measures after it: no clause of its own
        bodied = [j for j in new if c["ordinal_item_body"].match(text, cands[j].start, cands[j].end)]
        _lift(bodied, probs, threshold, threshold * limits.ordinal_directive_floor)


def _required_lists(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A leader's requirements told as a list after a colon inside a run-on paragraph ("最后,县委书记某某要求相关部门、乡镇:
    一是…;二是…;三是…", "…对当前重点工作进行了强调:一是…"): the items 一是, 二是 … in order are directives to the
    audience, however the classifier reads an item without a modal of its own ("二是明确任务,认真做好…各项工作"). The
    lead is the words right before 一是 (required_list_lead); an item the classifier all but rejects, or one told in the
    past, stays out (round 31)."""
    c, limits = _cfg(), _limits()
    if "一是" not in text or not may_match(c["required_list_gate"], text):  # most reports hold no such list
        return
    floor = threshold * limits.required_list_floor
    reach = limits.required_list_lead_reach
    k = 0
    while k < len(cands):
        start = cands[k].start
        if not (text.startswith("一是", start) and c["required_list_lead"].search(text, max(0, start - reach), start)):
            k += 1
            continue
        run, rank, j = [k], 0, k + 1
        # the later items in order (on the lines reflow gave them, or run on), measures of an item's body between them;
        # an item of another numbering ends the list
        while j < len(cands) and rank + 1 < len(_ORDINALS):
            if text.startswith(_ORDINALS[rank + 1] + "是", cands[j].start):
                rank += 1
                run.append(j)
            elif text.startswith("是", cands[j].start + 1) and cands[j].start + 1 < len(text) and text[cands[j].start] in _ORDINALS:
                break  # another list's numbering
            j += 1
        # items of one sentence each, the next item right after it ("一是…;\n二是…"): a title with its own body
        # ("一是统一思想、紧盯目标,…。要认真学习…", "一是紧盯目标抓落实" over its paragraph) heads the measures after it
        one_sentence = all("\n" not in (seg := text[cands[a].start:cands[b].start].rstrip())
                           and not _FULL_STOP.search(seg, 0, len(seg) - 1) for a, b in zip(run, run[1:]))
        if len(run) >= limits.ordinal_directive_min and one_sentence:
            _lift([m for m in run if "cue:past" not in cands[m].named], probs, threshold, floor)
        k = j


def _time_column_rows(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A task list with a time column (time_column_header): the clauses of each row's task, dated by the
    row's time cell (:func:`_cell_deadline`), are commitments unless the classifier all but rejects them."""
    c = _cfg()
    if not may_match(c["time_column_gate"], text) or not c["time_column_header"].search(text):  # most reports: none
        return
    rows = []
    for k, cand in enumerate(cands):
        line_end = text.find("\n", cand.end - 1)
        if cand.deadline and not text[cand.start:cand.end].rstrip().endswith(("|", "｜")) and line_end >= 0 \
                and _cell_deadline(text, line_end):
            rows.append(k)
    _lift(rows, probs, threshold, threshold * _limits().time_column_floor)


@functools.cache
def _aimed_deadline_gate() -> tuple[frozenset[str], ...]:
    """The aim and completion words a measure must hold for aimed_deadline_clause to match it (kept
    apart from _cfg, which holds patterns only)."""
    c = load_yaml("commitments.yml")
    return literal_gate(c["aimed_deadline_clause"].replace("MONTH", c["month"]))


def _aimed_deadlines(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A measure that opens by aiming at a time to come and a completion ("力争今年全面完成…") is a
    commitment wherever it stands: a review's forward clause the classifier reads as work done.
    (Only measures holding the clause's words, an aim and a completion, are matched: a few substring tests each.)"""
    clause, gate = _cfg()["aimed_deadline_clause"], _aimed_deadline_gate()
    if not may_match(gate, text):  # a measure holds only words its report holds: most reports lack them
        return
    for k, cand in enumerate(cands):
        if probs[k] >= threshold:
            continue
        piece = text[cand.start:cand.end].rstrip("。；;,， \n")
        if may_match(gate, piece) and clause.match(piece):
            probs[k] = threshold


@functools.lru_cache(maxsize=4)  # a report's item lines, asked by commitment_candidates and _bare_plan_lists
def _bare_line_items(text: str) -> list[tuple[int, int]]:
    """The item lines of unnumbered plan lists: after a lead-in line that names the year's projects
    or tasks or announces them ahead and ends with a colon (bare_plan_lead), the consecutive lines
    (a blank line between allowed) that are short, end a sentence or an item, open with no
    enumerator and hold no past or state wording; a list of fewer than bare_list_min is none."""
    c = _cfg()
    # each lead-in match ends with a colon that ends its line: a report without one (most) holds none,
    # and none starts further before the first than the widest match (the scan starts there: its
    # alternatives led by 将, 要 … run on for up to 60 characters at each of them)
    line_colons = [k for k in (text.find(":\n"), text.find("：\n")) if k >= 0]
    if not line_colons:
        return []
    out: list[tuple[int, int]] = []
    longest = load_yaml("commitments.yml")["bare_item_max"]
    for lead in c["bare_plan_lead"].finditer(text, max(0, min(line_colons) + 1 - _widest_match("bare_plan_lead"))):
        if text.find("\n", lead.end()) != lead.end() and lead.end() < len(text):
            continue  # the colon ends its line
        items: list[tuple[int, int]] = []
        pos = lead.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = end if end >= 0 else len(text)
            line = text[pos:end].strip()
            if not line:
                if items and end + 1 < len(text) and text[end + 1] == "\n":
                    break  # two blank lines: the list is over
                pos = end + 1
                continue
            if (len(line) > longest or line[-1] not in "。；;" and end < len(text) and len(items) == 0
                    or line[-1] in ":：" or _ENUMERATOR.match(line) or c["bare_item_past"].search(line)):
                break
            items.append((pos, end))
            pos = end + 1
        if len(items) >= _limits().bare_list_min:
            out.extend(items)
    return out


def _heading_deadlines(text: str) -> tuple[list[int], list[str | None]]:
    """The numbered heading lines of a report (their starts) and the time each states (None for a
    heading with none or one that reviews): what a measure under it that states no time inherits."""
    c = _cfg()
    starts: list[int] = []
    times: list[str | None] = []
    for m in c["dated_heading"].finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue  # a heading opens its line
        starts.append(m.start())
        head = m.group()
        dl = c["deadline"].search(head) if _DEADLINE_CHARS.search(head) else None
        if dl and "“" in head and _in_slogan(text, m.start() + dl.start(), m.start() + dl.end()):
            # (a quoted slogan's step dates nothing: the heading's next time, if any)
            dl = next((d for d in c["deadline"].finditer(head, dl.end())
                       if not _in_slogan(text, m.start() + d.start(), m.start() + d.end())), None)
        times.append(dl.group() if dl and not c["heading_review"].search(head) else None)
    return starts, times


def _bare_plan_lists(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """Every measure of an item line of an unnumbered plan list (_bare_line_items) is a commitment."""
    items = _bare_line_items(text)
    if not items:
        return
    starts = [a for a, _ in items]
    for k, cand in enumerate(cands):
        i = bisect_right(starts, cand.start) - 1
        if i >= 0 and cand.start < items[i][1] and probs[k] < threshold:
            probs[k] = threshold


def _counted_plan_items(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """Every measure of an item of a list whose lead-in counts what it announces to come ("重点抓好15件大事和
    民生实事。分别是:(1)…(2)…") is a commitment, unless it looks back: a government's pledges read as work done
    to the classifier, in a section the review names (主要做法). An item's short title before its measure
    ("一要抓招商,全年引进…") is left to the classifier: the measure after it is the item's."""
    title_max = None
    for k, cand in enumerate(cands):
        if cand.counted_item and probs[k] < threshold and "cue:past" not in cand.named:
            title_max = title_max or _limits().counted_title_max  # (most reports hold no counted list)
            piece = text[cand.start:cand.end].rstrip()
            if not (len(piece) <= title_max and piece.endswith(("，", ","))):
                probs[k] = threshold


def _period_schedules(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A plan's schedule cell that runs its tasks by period ("第一季度:开展…1次(9分);发展…10家(9分)。第二季度:…"):
    in a paragraph with period_schedule_min period labels or more, each task after a label in a part that plans
    is a commitment dated by its label, unless the classifier all but rejects it or it looks back."""
    c, limits = _cfg(), _limits()
    if "季度" not in text and "月" not in text:  # most reports hold no such cell
        return
    firsts: dict[int, int | None] = {}  # a paragraph's start -> where its first label ends (None: not a schedule)
    for k, cand in enumerate(cands):
        if cand.section != "下一步" or probs[k] >= threshold or "cue:past" in cand.named:
            continue
        para_start = text.rfind("\n", 0, cand.start) + 1
        if para_start not in firsts:
            para_end = text.find("\n", para_start)
            para_end = para_end if para_end >= 0 else len(text)
            labels = list(islice(c["period_label"].finditer(text, para_start, para_end), limits.period_schedule_min))
            firsts[para_start] = labels[0].end() if len(labels) >= limits.period_schedule_min else None
        first = firsts[para_start]
        if first is not None and cand.end > first and probs[k] >= threshold * limits.period_schedule_floor:
            probs[k] = threshold


def _sequence_plans(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A plan's paragraphs opened by sequence words ("首先,在环境整治方面,我们将…", "其次,…我们将…", "最后,…将…") are the
    parts of one list of plans: in a section that plans, when most of its other measures are commitments, a
    sequence-opened measure with a cue of its own the classifier is unsure about (≥ sequence_plan_floor × threshold)
    is one too."""
    c, limits = _cfg(), _limits()
    if "首先" not in text and "其次" not in text:  # most reports hold no such list
        return
    members = [k for k, cand in enumerate(cands) if cand.section == "下一步"]
    opened = [k for k in members if c["sequence_plan"].match(text, cands[k].start)]
    if not opened:
        return
    others = [k for k in members if k not in opened]
    if others and sum(probs[k] >= threshold for k in others) * 2 > len(others):
        for k in opened:
            if cands[k].cue and "cue:past" not in cands[k].named and probs[k] >= threshold * limits.sequence_plan_floor:
                probs[k] = max(probs[k], threshold)


def _dated_rows(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A plan's schedule row, an event and its day in brackets on a numbered line of its own ("(一)、诵读比赛(11月20日)"):
    in a part that plans, a commitment dated by its day (dated_row)."""
    c, limits = _cfg(), _limits()
    for k, cand in enumerate(cands):
        if probs[k] >= threshold or cand.section != "下一步" or cand.end - cand.start > limits.dated_row_max:
            continue
        piece = text[cand.start:cand.end].rstrip()
        if piece.endswith((")", "）")) and _ENUMERATOR.match(piece) and c["dated_row"].search(piece):
            probs[k] = threshold


def _directive_runs(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """The sentences that go on a directive in its paragraph without a subject or a modal of their own, each
    opening on a verb of arranging or a time still ahead (a notice's "各地各学校要提前研究开学工作,…。组织教师提前备课,
    …。督促师生按时返岗返校,…。在学生返校前做好…"): the directive's next measures, though the classifier reads no cue in
    them (round 29). The run opens at a commitment that holds an obligation word and goes on while each measure
    is one, in the same paragraph; no past wording in a lifted one."""
    c = _cfg()
    if not may_match(c["directive_run_gate"], text):  # most reports: none of the opening verbs
        return
    floor = threshold * _limits().directive_run_floor
    past, oblig, run_next = c["features"]["past"], c["features"]["oblig"], c["directive_run_next"]
    directing = False
    for k, cand in enumerate(cands):
        if k and text.find("\n", cands[k - 1].start, cand.start) >= 0:
            directing = False  # a new paragraph
        if probs[k] < threshold and directing and probs[k] >= floor and text[cand.start - 1:cand.start] in "。；;" \
                and run_next.match(text, cand.start, cand.end) and not past.search(text, cand.start, cand.end):
            probs[k] = threshold
        if probs[k] < threshold:
            directing = False
        elif not directing:
            directing = oblig.search(text, cand.start, cand.end) is not None


def _quoted_pledges(text: str, cands: list[Candidate], probs: list[float], threshold: float) -> None:
    """A pledge quoted in a story ("“我将带领全村党员干部…,力争让…”某村党支部书记说。", "…明确了工作目标:“…对我们而言,
    要以…为依托,成立…公司,…;成立…,带领群众共同致富!”"): the speaker's measures to come, though a story's
    sections read as review and the classifier reads the quote's later clauses without a cue. A quotation (“…”, at most
    quote_pledge_reach long) whose words pledge in the first person (quote_pledge) lifts its measures that reach
    quote_pledge_floor of the threshold; none told in the past (round 31)."""
    c, limits = _cfg(), _limits()
    if "“" not in text or not may_match(c["quote_pledge_gate"], text):  # most reports quote no one in the first person
        return
    floor, reach = threshold * limits.quote_pledge_floor, limits.quote_pledge_reach
    past, pledge = c["features"]["past"], c["quote_pledge"]
    quote: tuple[int, int, int] = (-1, -1, -1)  # the last quotation looked at: its span, where its first pledge is
    for k, cand in enumerate(cands):
        if probs[k] >= threshold or probs[k] < floor:
            continue
        if not quote[0] <= cand.start < quote[1]:
            opened = text.rfind("“", max(0, cand.start - reach), cand.start + 1)
            if opened < 0 or text.find("”", opened, cand.start) >= 0:
                continue
            closed = text.find("”", cand.start, opened + reach)
            if closed < 0:
                continue
            first = pledge.search(text, opened, closed)
            quote = (opened, closed, first.start() if first else closed)
        # (a measure before the pledge is the quotation's review: "“过去一年,我们坚持…,占比达到79.8%…。新的一年,我们将…”")
        if quote[2] < cand.end <= quote[1] + 1 and not past.search(text, cand.start, cand.end):
            probs[k] = threshold


def _lift(members: list[int], probs: list[float], threshold: float, floor: float) -> None:
    """Make the members whose probability reaches ``floor`` commitments."""
    for k in members:
        if probs[k] >= floor:
            probs[k] = max(probs[k], threshold)


# What the classifier reads is one measure; these passes then decide a measure by its company (the list, run, column,
# schedule or plan part it stands in), each lifting the unsure members of a shape that plans, in this order (a later
# pass sees the earlier ones' decisions)
_CONTEXT_PASSES = (_dated_rows, _list_coherence, _parallel_runs, _aimed_deadlines, _ordinal_directives, _required_lists,
                   _time_column_rows, _bare_plan_lists, _counted_plan_items, _period_schedules, _sequence_plans, _directive_runs,
                   _quoted_pledges)


def extract_commitments(doc: Document) -> Document:
    """Stage: ``commitments`` spans: text, action, owner, deadline, deadline_date, section, target, confidence."""
    year = doc.meta.get("year")
    clf = commitment_classifier()
    metric_spans = doc.get("metrics")
    cands = commitment_candidates(doc, structure=False)
    if clf is not None:
        probs = clf.probabilities([cand.head for cand in cands], [cand.named for cand in cands])
        for context_pass in _CONTEXT_PASSES:
            context_pass(doc.text, cands, probs, clf.threshold)
        decided = [(cand, p) for cand, p in zip(cands, probs) if p >= clf.threshold]
    else:
        decided = [(cand, None) for cand in cands if _rule_decision(cand)]
    heading_starts, heading_times = _heading_deadlines(doc.text) if any(
        cand.deadline is None for cand, _ in decided) else ([], [])
    for cand, p in decided:
        piece = doc.text[cand.start:cand.end]
        if cand.deadline is None and heading_starts:
            # a measure that states no time and inherits none: the numbered heading over it dates it
            k = bisect_right(heading_starts, cand.start) - 1
            if k >= 0 and heading_times[k]:
                cand.deadline = heading_times[k]
        m = _ENUMERATOR.match(piece)
        body = piece[m.end():] if m else piece
        owner = _cfg()["owner"].match(body)
        target = None
        if cand.targets:
            t = metric_spans[cand.targets[0]].data
            target = {"indicator": t.indicator, "value": t.value, "unit": t.unit, "target": True}
        stated = piece.strip("，,;； \n")
        doc.add("commitments", Span(cand.start, cand.end, "commitment", CommitmentData(
            text=stated,
            # (a piece with nothing to strip, most, opens as its text: its owner is looked for once)
            action=_action(stated, (body, owner) if stated == piece else None),
            owner=owner.group() if owner else None,
            cue=cand.cue,
            deadline=cand.deadline,
            # a deadline without a year falls in the year its list names, else the report's
            deadline_date=resolve_deadline(cand.deadline, cand.year or year) if cand.deadline else None,
            section=cand.section,
            targets=cand.targets,
            target=target,
            confidence=round(p, 3) if p is not None else None,
        )))
    return doc
