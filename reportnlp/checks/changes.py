"""Change checks: a growth rate that disagrees with its own amount and base (part of RATE_MISMATCH).

"收入达到1260万元,比上年增加180万元,增长16.7%": the amount (180) and the new value (1260)
imply the old one (1080), so the rate must be 180/1080 = 16.67%. The same with the old value
stated ("比上年的1080万元增加180万元"), with 由O…到N, with 下降/减少, and with 增幅 / 超收
("预算900万元,超收45万元,超收5%"). Every figure may be rounded as printed, so the rate is
flagged only when no values within their printed rounding reproduce it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import re_cache
from . import flag, mismatch_confidence

_AMOUNT_CUE = re_cache.compile(r"(?:增加|增长|增收|多|减少|下降|减收|少|超收|超额|净增|新增)了?$")
_DOWN = re_cache.compile(r"减少|下降|减收|少")
_OLD_CUE = re_cache.compile(r"(?:比|较|与|由|从)(?:上年|去年|上一年|上年度|去年同期|上年同期|同期)?(?:的|同期的)?$")
_COMPARE = re_cache.compile(r"比|较|同比|与[^,，。；;]{0,8}相比|由|从")
_RATE_CUE = re_cache.compile(r"(?:增长|增加|提高|上升|下降|减少|降低|增幅|降幅|增速|超收|超额)(?:了|为|达到?|约)?$")
_FROM = re_cache.compile(r"(?:由|从)(?:上年|去年|上年度|去年同期)?(?:的)?$")
_TO = re_cache.compile(r"(?:增加|增长|提高|上升|减少|下降|降低|降|升)(?:到|至)")
_OVER_PLAN = re_cache.compile(r"超收|超额|超支")
_PLAN = re_cache.compile(r"预算|计划|目标|任务")
# (a daily or monthly average beside a total, "总量1850万吨,日均环比增加2万吨,同比增长2.86%": the change is of
# the average, the rate of the total, round 25)
_SKIP = re_cache.compile(r"分别|个百分点|平均|年均|日均|月均|预计|计划|力争|目标")


@dataclass(slots=True)
class _Difference:
    """The amount "由O到N" implies (N − O), located at N; its error is both values' errors."""

    start: int
    end: int
    value: float
    base_value: float
    down: bool
    err: float


def _err(m) -> float:
    """Half a unit in the last printed place, in base units."""
    a = m.data
    scale = a.base_value / a.value if a.value else 1.0
    return 0.5 * 10.0 ** (-a.decimals) * scale


def _same_kind(a, b) -> bool:
    return a.data.unit_kind == b.data.unit_kind and a.data.base_unit == b.data.base_unit


def change_mismatches(doc):
    text = doc.text
    metrics = doc.get("metrics")
    # only sentences that hold a rate are read: one pass finds them, and the metrics of the
    # other sentences (most of them) are never grouped
    rated = {r.data.sentence_span for r in metrics
             if r.data.base_unit == "%" and not r.data.target and not r.data.approximate}
    if not rated:
        return
    by_sent: dict[tuple[int, int], list] = {}
    for m in metrics:
        if m.data.sentence_span in rated:
            by_sent.setdefault(m.data.sentence_span, []).append(m)
    for (ss, se), group in by_sent.items():
        if _SKIP.search(text[ss:se]):
            continue  # paired lists, percentage points, averages and plans are out of scope
        rates = [i for i, r in enumerate(group)  # each group holds one at least
                 if r.data.base_unit == "%" and not r.data.target and not r.data.approximate]
        for i in rates:
            r = group[i]
            if not _RATE_CUE.search(text[max(ss, r.start - 8):r.start]):
                continue
            found = _family(text, group[:i], r)
            if found:
                yield from _compare(doc, r, *found)


def _family(text: str, before: list, r):
    """(amount, new value or None, old value or None) of the change stated in r's sentence."""
    amounts = [m for m in before if m.data.base_unit != "%" and not m.data.approximate
               and _AMOUNT_CUE.search(text[max(0, m.data.indicator_start - 6):m.start])]
    if not amounts:
        return _from_to(text, before)
    amt = amounts[-1]
    if any(m.data.base_unit != "%" for m in before if m.start > amt.end):
        return None  # another quantity between the amount and the rate: unsure what the rate is of
    values = [m for m in before if m.end <= amt.start and _same_kind(m, amt) and m is not amt
              and not m.data.target and not m.data.approximate]
    if not values:
        return None
    new = old = None
    if _OVER_PLAN.search(text[max(0, amt.start - 6):amt.start]):
        # "预算900万元,实际完成945万元,超收45万元,超收5%": the excess is over the plan
        plans = [m for m in values if _PLAN.search(m.data.indicator)]
        return (amt, None, plans[-1]) if plans else None
    last = values[-1]
    lead = text[max(0, last.start - 16):last.start]
    if _OLD_CUE.search(lead):
        old = last
        # "由O万元增加到N万元" states both
        if len(values) >= 2 and _OLD_CUE.search(text[max(0, values[-2].start - 16):values[-2].start]):
            old, new = values[-2], last
    else:
        gap = text[last.end:amt.start]
        if not _COMPARE.search(gap) or len(gap) > 30:
            return None  # the amount is not compared with this value
        new = last
    return amt, new, old


def _from_to(text: str, before: list):
    """"由上年的3.2亿元增加到3.6亿元": the amount is the difference of the two values."""
    vals = [m for m in before if m.data.base_unit != "%" and not m.data.approximate]
    if len(vals) < 2 or not _same_kind(vals[-2], vals[-1]):
        return None
    old, new = vals[-2], vals[-1]
    if not (_FROM.search(text[max(0, old.start - 12):old.start]) and _TO.search(text[old.end:new.start])):
        return None
    diff = new.data.base_value - old.data.base_value
    scale = old.data.base_value / old.data.value if old.data.value else 1.0
    return _Difference(new.start, new.end, abs(diff) / scale, abs(diff), diff < 0, _err(old) + _err(new)), None, old


def _compare(doc, r, amt, new, old):
    a = r.data
    if isinstance(amt, _Difference):
        down, A, eA, shown = amt.down, amt.base_value, amt.err, amt.value
    else:
        down = bool(_DOWN.search(doc.text[max(0, amt.start - 6):amt.start]))
        A, eA, shown = amt.data.base_value, _err(amt), amt.data.value
    if old is not None:
        O, eO = old.data.base_value, _err(old)
    else:
        N, eN = new.data.base_value, _err(new)
        O, eO = (N + A if down else N - A), eN + eA
    if O <= 0 or O - eO <= 0:
        return
    computed = A / O * 100
    lo = (A - eA) / (O + eO) * 100
    hi = (A + eA) / (O - eO) * 100
    tol = 10.0 ** (-a.decimals) * 1.0001
    stated = a.value
    if lo - tol <= stated <= hi + tol:
        return
    base = f"{old.data.value:g}" if old is not None else (
        f"{new.data.value:g}{'+' if down else '−'}{shown:g}")
    first = (old or new)
    s = first.data.indicator_start
    cut = max(doc.text.rfind(ch, max(0, s - 6), s) for ch in "。；;\n,，")
    s = cut + 1 if cut >= 0 else s
    gap = min(abs(stated - lo), abs(stated - hi))
    yield flag(doc, "RATE_MISMATCH", s, r.end,
               f"change {shown:g} on a base of {base} = {computed:.2f}%, stated {stated:g}% "
               f"(values within printed rounding give {lo:.2f}–{hi:.2f}%, tolerance ±{tol:.2g} points)",
               stated=stated, computed=round(computed, 4), tolerance=round(tol, 4),
               confidence=mismatch_confidence(gap, tol))
