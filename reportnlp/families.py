"""Families by meaning: whether quantities are parts of a total, the base of a share, a sub-group.

The mismatch checks (checks/rules.py) compare a total with its parts and a rate with its
numerator and denominator. They may only do so when the figures are the same kind of thing:
a part's head noun is a sub-kind of the total's, units agree, the sentence says so. These
helpers answer those questions from the text between and before the quantities; when the
answer is unsure they say no (a false alarm costs a supervisor's trust).
"""
from __future__ import annotations

import functools

from . import re_cache
from .lexicons import load_yaml
from .patterns import compile_pattern


@functools.cache
def _cfg() -> dict:
    """The word lists of checks.yml's ``families`` block, compiled once."""
    return {key: compile_pattern(pattern) for key, pattern in load_yaml("checks.yml")["families"].items()}


def per_unit(text: str, m) -> bool:
    """'每亩每年520元', '平均每户1.2万元', '人均…': a rate-like figure, never a total or a part."""
    a = m.data
    lo = a.clause[0]
    per = _cfg()["per_unit"]
    return bool(per.search(text[max(lo, m.start - 12):m.start]) or per.search(a.unit or ""))


def is_measure(indicator: str) -> bool:
    """An indicator that names an action or a different measure ('应参加考核'), not a category."""
    return bool(_cfg()["measure_word"].search(indicator or ""))


def is_subgroup(text: str, m) -> bool:
    """The count is introduced as a sub-group of an earlier one ('其中农村学校45所')."""
    lo = m.data.clause[0]
    return bool(_cfg()["subgroup_before"].search(text[max(0, lo - 2):m.start]))


def share_base(between: str) -> str | None:
    """The base a share names in the words right before its value ('占考核人数的' -> '考核人数')."""
    m = _cfg()["share_base"].search(between)
    if not m or m.group(1).strip() in ("比", "比例", "比重"):
        return None  # "占比78.4%" names no base
    # "考核人数" names the 考核 population
    return _cfg()["base_tail"].sub("", m.group(1).strip()) or m.group(1).strip()


_LIST_SEP = re_cache.compile(r"[、，,;；]")


def own_name(indicator: str) -> str:
    """The item's own name when a list item's indicator runs back over earlier items
    ('廉租住房600套、公共租赁住房' -> '公共租赁住房')."""
    return _LIST_SEP.split(indicator or "")[-1]


def bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def names_match(base: str, indicator: str) -> float:
    """Share of the base's character bigrams found in the indicator (0 when unrelated)."""
    b = bigrams(base)
    return len(b & bigrams(own_name(indicator))) / len(b) if b else 0.0


def negated_stem(indicator: str, stem: str) -> bool:
    """'未办结5件' is the complement of 办结, not its numerator."""
    k = (indicator or "").find(stem)
    return k > 0 and bool(_cfg()["negation"].search(indicator[max(0, k - 2):k]))


_BRACKETED = re_cache.compile(r"[(（][^()（）]{0,12}[)）]")


def head(indicator: str) -> str:
    """The head noun of an indicator: its last two characters, bracketed asides removed."""
    return _BRACKETED.sub("", own_name(indicator))[-2:]


def sub_kinds(total_indicator: str, part_indicators: list[str]) -> bool:
    """Every part names a kind of the total's head noun ('生产企业', '经营(带储存)企业' under
    '危险化学品企业'; '廉租住房' under '保障性住房建设任务'): the list is a partition along one dimension, so a shortfall means an error."""
    h = head(total_indicator)
    return len(h) == 2 and all(len(p) > 2 and (head(p) == h or head(p) in (total_indicator or ""))
                               for p in part_indicators)
