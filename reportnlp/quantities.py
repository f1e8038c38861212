"""Number + unit (+ qualifier) recognition over free report text.

Builds on :mod:`reportnlp.numerals` (report mode: set phrases and slogans are
skipped there).  A quantity is a numeral followed by a unit word from
``resources/units.tsv``, a percentage, a fraction, or - after a rate word
such as 办结率 - a bare Arabic number read as a percentage.  Everything
else (dates, years, document and phone numbers, list numbering, ordinals,
numerals inside names) yields nothing, mostly because no unit follows and
otherwise through the context checks in :func:`_quantity`.

Word lists live in ``resources/numerals.yml`` and ``resources/units.tsv``.
"""
from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, field, fields, make_dataclass
from decimal import Decimal
from operator import itemgetter

from . import re_cache
from .lexicons import load_tsv
from .numerals import (
    _MAX_VALUE,
    _lexicon,
    _Num,
    _scan,
    _tables,
    _tail_factor,
    fold,
    trie_pattern,
)
from .patterns import matches_at, positions

__all__ = ["Quantity", "QuantityReading", "find_quantities", "quantity_readings", "quantity_rows"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit.  Offsets are Python slice offsets into the input."""

    start: int  # first char of the number, or of a leading qualifier / currency sign
    end: int  # end of the unit, or of a trailing qualifier
    num_start: int
    num_end: int
    text: str
    value: float  # as written; a numeral-final 万/亿 stays in the unit when the unit carries it (1.1万元)
    unit: str  # as written ('件', '万元', '个工作日', '%', ...); '' for a bare fraction
    base_value: float  # value with the unit's multiplier folded in (1.1 万元 -> 11000)
    base_unit: str  # canonical unit ('元', '平方米', '%', '工作日', ...)
    unit_kind: str  # count | rate | money | area | duration | score | length | weight | other
    qualifier: str | None  # 以上 余 多 近 约 左右 超过 不足 ...; several are joined with '+'
    approximate: bool  # 余 多 近 约 左右 上下 许 逾 几 ... (not bounds such as 以上 / 不足)
    low: float | None = None  # ranges (3至5个工作日), in ``unit`` like ``value``; value == low
    high: float | None = None
    decimals: int = 0  # digits after the decimal point as printed


# Quantity's fields, unfrozen (quantity_readings). Its generated __init__ stores each field
# directly; a frozen dataclass's goes through object.__setattr__ field by field. (The metrics stage
# reads plain rows: quantity_rows.)
QuantityReading = make_dataclass(
    "QuantityReading", [(f.name, f.type, field(default=f.default)) for f in fields(Quantity)], slots=True)
QuantityReading.__module__ = __name__  # found here when pickled, like Quantity


class _Unit:
    __slots__ = ("surface", "kind", "base", "factor", "unit_factor", "blocked_after", "blocked_before", "needs_after")

    def __init__(self, surface, kind, base, factor, blocked_after="", blocked_before="", needs_after=()):
        self.surface = surface
        self.kind = kind
        self.base = base
        self.factor = factor
        self.unit_factor = factor == 1  # (asked of every quantity: a Decimal comparison once here)
        self.blocked_after = blocked_after
        self.blocked_before = blocked_before
        self.needs_after = needs_after


class _Config:
    def __init__(self) -> None:
        lex = _lexicon()
        units: dict[str, _Unit] = {}
        for row in load_tsv("units.tsv"):
            cols = list(row) + [""] * 7
            surface, kind, base, factor = cols[0], cols[1], cols[2], cols[3]
            key = surface.lower() if surface.isascii() else surface
            units[key] = _Unit(surface, kind, base, Decimal(factor or "1"), cols[4], cols[5],
                               tuple(w for w in cols[6].split("|") if w))
        # 家次, 件次, 辆次 ...: a count unit + 次 counts visits/occurrences
        suffix = lex["times_suffix"]
        for key, u in list(units.items()):
            if u.kind == "count" and len(key) == 1 and not key.isascii() and key + suffix not in units:
                units[key + suffix] = _Unit(key + suffix, "count", key + suffix, Decimal(1))
        self.units = units
        # multiplier-carrying variants (万元, 亿元, 万平方米 ...) for the kinds that carry them
        self.carry = {k: Decimal(v) for k, v in lex["carry_multipliers"].items()}
        self.carry_last = frozenset(k[-1] for k in self.carry)
        carry_kinds = set(lex["carry_kinds"])
        self.carried: dict[str, _Unit] = {}
        for key, u in units.items():
            if u.kind in carry_kinds and not u.surface.isascii():
                for m, f in self.carry.items():
                    # an explicit row wins over the carried variant: 万度 / 亿度 are electricity (units.tsv),
                    # where a bare 度 is a temperature or an angle (round 25)
                    self.carried[m + u.surface] = units.get(m + u.surface) or _Unit(m + u.surface, u.kind, u.base,
                                                                                   u.factor * f)
        # explicit rows that start with a multiplier (千米, 千克, 兆字节) are carried as written
        self.prefixed = {}
        tb = _tables()
        for key, u in units.items():
            if len(key) > 1 and (key[0] in tb.small or key[0] in tb.big):
                self.prefixed[key] = u
        cjk = [u.surface for u in units.values() if not u.surface.isascii()]
        ascii_ = [u.surface.lower() for u in units.values() if u.surface.isascii() and u.surface.isalnum()]
        sym = [u.surface for u in units.values() if u.surface.isascii() and not u.surface.isalnum()]
        inner = "".join(lex["qualifiers"]["inner"])
        self.unit_rx = re_cache.compile(
            r"[ ]{0,2}(?P<q>[" + re.escape(inner) + r"])?[ ]{0,2}(?P<u>"
            + trie_pattern(cjk + sym)
            + "|(?i:" + trie_pattern(ascii_) + r")(?![A-Za-z])"
            + ")"
        )
        # every character a match of unit_rx can start with (a superset: both cases of the ASCII
        # units' first letters and the non-ASCII letters re's case folding also takes for i, k, s):
        # most numbers have no unit, and one set test is cheaper than the match
        self.unit_first = frozenset(
            " " + inner + "".join(w[0] for w in cjk + sym)
            + "".join(w[0].lower() + w[0].upper() for w in ascii_) + "\u0130\u0131\u017f\u212a")
        # a lone Chinese numeral character (一, 十) is a quantity only with a unit after it or a
        # currency sign before it (never a bare rate: that needs Arabic digits); the scan drops
        # the others before they cost a number each
        self.lone_context = (self.unit_first, frozenset(lex["currency_prefixes"]))
        # the Han characters after which a plain Arabic integer may start a quantity: a unit's first
        # character, or a bare rate's follower (_bare_rate); after any other (3月, 12类) it starts
        # none, and the scan drops it (numerals._Parser)
        self.plain_kept = frozenset(c for c in self.unit_first | frozenset(lex["bare_rate_followers"])
                                    if "\u4e00" <= c <= "\u9fff")
        # 年 when it is the only unit word starting with it: after a plain integer of 4 digits or more
        # or with a leading zero it is a year (_unit_ok), and the scan drops the number
        starting = [k for k in (*units, *self.carried, *self.prefixed) if k.startswith("年")]
        self.plain_year = "年" if starting == ["年"] else None
        # a one-character unit that needs a word after it (日: 3日内, not the date 3日), with what may
        # follow it then: those words, and the rest of each longer unit word starting with it (日元)
        self.plain_needs = {
            key: u.needs_after + tuple(k[1:] for k in (*units, *self.carried, *self.prefixed)
                                       if k.startswith(key) and k != key)
            for key, u in units.items() if len(key) == 1 and u.needs_after and "\u4e00" <= key <= "\u9fff"}
        self.per_rx = re_cache.compile(
            "(?P<m>" + "|".join(re.escape(m) for m in lex["per_markers"]) + ")(?P<d>" + trie_pattern(lex["per_units"]) + ")"
        )
        self.per_first = frozenset(lex["per_markers"])
        self.bare_rate_followers = frozenset(lex["bare_rate_followers"])
        self.unit_verbs_after = tuple(lex["unit_verbs_after"])
        self.ge_rx = re_cache.compile(
            "(?P<q>[" + re.escape(lex["ge_qualifiers"]) + "])(?P<u>" + trie_pattern(lex["ge_units"]) + ")"
        )
        self.percent_units = {k: tuple(v) for k, v in lex["percent_units"].items()}
        # the unit a form's label declares for the bare numbers in its cells (_header_unit)
        self.header_units = {k: u for k, u in (*units.items(), *self.carried.items(), *self.prefixed.items())
                             if not k.isascii()}
        self.header_unit_rx = re_cache.compile(lex["header_unit"].replace("UNIT", trie_pattern(list(self.header_units))))
        self.header_unit_lines = int(lex["header_unit_lines"])
        self.header_unit_between = re_cache.compile(lex["header_unit_between"])
        self.list_unit_next = re_cache.compile(lex["list_unit_next"])
        self.list_unit_lead = re_cache.compile(lex["list_unit_lead"])
        self.list_unit_prev = re_cache.compile(lex["list_unit_prev"])
        self.list_unit_reach = int(lex["list_unit_reach"])
        self.list_unit_items = int(lex["list_unit_items"])
        q = lex["qualifiers"]
        self.q_before = sorted(q["before"].items(), key=lambda kv: -len(kv[0]))
        self.q_before_approx = dict(q["before"])
        self.q_before_last = frozenset(w[-1] for w in q["before"])
        self.q_inner = dict(q["inner"])
        after = dict(q["after"])
        self.q_after_rx = re_cache.compile(trie_pattern(after))
        self.q_after_first = frozenset(w[0] for w in after)
        self.q_after = after
        self.q_after_duration = dict(q["after_duration"])
        self.q_blockers = dict(lex["qualifier_blockers"])
        verbs = list(lex["rate_verbs"])
        self.rate_rx = re_cache.compile(
            "(?:" + trie_pattern(lex["rate_words"]) + ")(?:" + trie_pattern(verbs) + r")?[ ]{0,2}:?[ ]{0,2}$"
        )
        self.rate_window = int(lex["rate_window"])
        self.rate_last = frozenset(w[-1] for w in lex["rate_words"])
        self.ordinal = frozenset(lex["ordinal_prefixes"])
        # the characters no quantity's number follows: one set test per number
        self.no_quantity_after = self.ordinal | frozenset(string.ascii_letters + ".")
        self.arabic_only = frozenset(lex["arabic_only_units"])
        self.phone_rx = re_cache.compile(trie_pattern(lex["phone_words"]))
        self.currency_prefixes = dict(lex["currency_prefixes"])
        self.money_suffixes = tuple(lex["money_suffixes"])
        self.numch = _tables().numch
        self.magnitude_q = dict(lex["bare_magnitude_qualifiers"])
        self.magnitude_rx = re_cache.compile(
            "(?P<q>" + trie_pattern(self.magnitude_q) + r")(?P<n>百万|千万|[百千万])(?![" + re.escape(self.numch) + "0-9])"
        )
        # a match holds one of these right after its qualifier (of one of these lengths): its
        # starts are found from where they stand (_magnitude_matches)
        self.magnitude_chars = "百千万"
        self.magnitude_q_lengths = tuple(sorted({len(w) for w in self.magnitude_q}))


@functools.cache
def _config() -> _Config:
    return _Config()


def opens_with_unit(line: str) -> bool:
    """Whether ``line`` opens with a unit word of units.tsv ("座公厕", "条,…"; reflow asks of the line
    under a bare number)."""
    cfg = _config()
    return line[:1] in cfg.unit_first and cfg.unit_rx.match(line) is not None


_YEAR_RX = re_cache.compile(r"[0-9]{4}")


def _is_ascii_letter(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z")


def find_quantities(text: str, bare_rate_context: bool = True) -> list[Quantity]:
    """Quantities in ``text`` (left to right, non-overlapping).

    With ``bare_rate_context`` a bare Arabic number right after a rate word
    (办结率99.9, 满意率为98.5) is read as a percentage.
    """
    return [Quantity(r[0], r[1], r[2], r[3], text[r[0]:r[1]], *r[4:]) for r in _find(text, bare_rate_context)]


def quantity_readings(text: str) -> list[QuantityReading]:
    """:func:`find_quantities` of ``text`` as :class:`QuantityReading` objects (unfrozen)."""
    return [QuantityReading(r[0], r[1], r[2], r[3], text[r[0]:r[1]], *r[4:]) for r in _find(text, True)]


def quantity_rows(text: str) -> list[tuple]:
    """:func:`find_quantities` of ``text`` as plain tuples of Quantity's fields but ``text``
    (start, end, num_start, num_end, value, unit, base_value, base_unit, unit_kind, qualifier,
    approximate, low, high, decimals): the metrics stage's input. It reads each quantity once,
    unpacked into local names, and drops it: an object per quantity (its __init__ a Python call)
    and an attribute load per use cost ~1.5 us a quantity."""
    return _find(text, True)


def _find(text: str, bare_rate_context: bool) -> list[tuple]:
    """The quantities of ``text`` as rows (see :func:`quantity_rows`)."""
    if not text:
        return []
    cfg = _config()
    norm = fold(text)
    out = []
    for num in _scan(text, report=True, norm=norm, lone_context=cfg.lone_context, plain_kept=cfg.plain_kept,
                     plain_year=cfg.plain_year, plain_needs=cfg.plain_needs):
        if out and num.start < out[-1][1]:
            continue  # a number inside the last quantity's unit ("9.80/10万": the 10万 of /10万, round 31)
        q = _quantity(num, norm, cfg, bare_rate_context)
        if q is not None:
            out.append(q)
    extra = _bare_magnitudes(norm, cfg)
    if extra:
        out = sorted(out + extra, key=_START)
    return out


_START = itemgetter(0)
# what may follow a unit that starts its line, for it to be the unit of the number ending the line before
_UNIT_LINE_END = frozenset(",，。;；、:：)）\n")


def _bare_magnitudes(norm: str, cfg: _Config) -> list[tuple]:
    """近万人, 逾千户, 上百家: a bare 百/千/万 after a qualifier, before a unit."""
    out = []
    for m in _magnitude_matches(norm, cfg):
        w = m.group("q")
        i = m.start()
        if i > 0 and norm[i - 1] in cfg.q_blockers.get(w, ""):
            continue
        s, e = m.span("n")
        um = cfg.unit_rx.match(norm, e)
        if um is None or um.group("q"):
            continue
        key = um.group("u")
        u = cfg.units.get(key.lower() if key.isascii() else key)
        if u is None or u.kind not in ("count", "money", "area", "weight", "length"):
            continue
        nxt = norm[um.end()] if um.end() < len(norm) else ""
        if nxt and nxt in u.blocked_after and not norm.startswith(cfg.unit_verbs_after, um.end()):
            continue
        n = m.group("n")
        value = _tail_factor(n)
        unit = u.surface
        num_end = e
        factor = u.factor
        for mult, f in cfg.carry.items():  # 近千万元 -> 近 1000 万元, like 1000万元
            if n.endswith(mult) and (mult + unit) in cfg.carried:
                value = _tail_factor(n[: -len(mult)])
                unit = mult + unit
                factor = cfg.carried[unit].factor
                num_end = e - len(mult) if len(n) > len(mult) else e
                break
        out.append((i, um.end(), s, num_end, float(value), unit, float(value * factor),
                    u.base, u.kind, w, bool(cfg.magnitude_q[w]), None, None, 0))
    return out


def _magnitude_matches(norm: str, cfg: _Config) -> list[re.Match]:
    """``cfg.magnitude_rx.finditer(norm)``, tried only where a match can start: a qualifier's
    length before a 百, 千 or 万 (found by str.find at C speed). A scan of the whole text led by
    the class of the qualifiers' first characters (上 among them) cost ~50 instructions a
    character; the pattern looks behind nothing, so a match tried at a start is the match the
    scan finds there, and the tries go left to right past each match's end as the scan does."""
    # `ch in norm` first: most texts lack some of 百/千/万, and a generator costs more than the test
    at = [k for ch in cfg.magnitude_chars if ch in norm for k in positions(norm, ch)]
    if not at:
        return []
    return matches_at(cfg.magnitude_rx, norm, sorted({k - n for k in at for n in cfg.magnitude_q_lengths if k >= n}))


def _prev_char(norm: str, i: int) -> str:
    """The character before offset i, skipping up to two spaces."""
    j = i - 1
    while j >= 0 and j >= i - 3 and norm[j] == " ":
        j -= 1
    return norm[j] if j >= 0 else ""


def _quantity(num: _Num, norm: str, cfg: _Config, bare_rate: bool) -> tuple | None:
    """The quantity ``num`` starts, as a row (see :func:`quantity_rows`); None when it is none."""
    s, e = num.start, num.end
    before = norm[s - 1] if s else ""
    if before == " ":
        before = _prev_char(norm, s)
    if before in cfg.no_quantity_after:
        # an ordinal prefix (第一名, 第3季度, 第1页), an ASCII letter or a dot (G318, ISO9001,
        # 2018.07.25 parts)
        return None
    kind = num.kind
    quals: list[str] = []
    approx = False
    value = num.value
    low, high = num.low, num.high
    num_end = e
    unit_end = e
    start = s

    if kind == "ratio":
        return None
    if kind == "percent":
        unit, base_unit = cfg.percent_units.get(num.marker or "%", ("%", "%"))
        # the number as written (两成 -> 2 成, 千分之五 -> 5 ‰); the percentage is the base
        base_value = num.value
        value = num.written
        if low is not None and num.written and num.value != num.written:
            f = Decimal(num.value) / Decimal(num.written)
            low, high = low / f, high / f
        unit_kind = "rate"
    elif kind == "fraction":
        unit, base_unit, unit_kind, base_value = "", "", "rate", value
    else:
        m = cfg.unit_rx.match(norm, e) if norm[e:e + 1] in cfg.unit_first else None
        if m is None and norm[e:e + 1] == "\n" and norm[e + 1:e + 2] in cfg.unit_first:
            # a number ending its line whose unit, and only the unit, starts the next before a
            # clause mark ("累计公开信息5928\n条,新增"): a converted PDF's or a narrow column's line
            # break between them, not a cell and the next row's first word
            m = cfg.unit_rx.match(norm, e + 1)
            if m is not None and m.end() < len(norm) and norm[m.end()] not in _UNIT_LINE_END:
                m = None
        u = None
        if m is not None:
            key = m.group("u")
            key = key.lower() if key.isascii() else key
            u = cfg.units.get(key)
            uend = m.end()
            if u is not None and not _unit_ok(u, num, norm, uend, before, cfg):
                u = None
        if u is None:
            if before in cfg.currency_prefixes:  # $20, ￥300
                unit, base_unit, unit_kind, base_value = before, cfg.currency_prefixes[before], "money", value
            # (a Chinese numeral is never a bare rate: asked here, half the numbers need no call)
            elif bare_rate and not num.cjk and _bare_rate(num, norm, cfg):
                unit, base_unit, unit_kind, base_value = "%", "%", "rate", value
            else:
                u = _header_unit(norm, s, e, cfg) if not num.cjk and low is None else None
                if u is None and not num.cjk and low is None and norm[e:e + 1] in _LIST_JOINERS:
                    u = _list_unit(norm, s, e, cfg)  # 分别回落2.16 + 和1.66个百分点
                if u is None:
                    return None
                if isinstance(u, tuple):  # the next value's percent marker (个百分点, %)
                    (unit, base_unit), unit_kind, base_value = u, "rate", value
                else:
                    unit, base_unit, unit_kind = u.surface, u.base, u.kind
                    base_value = value if u.unit_factor else Decimal(value) * u.factor
        else:
            if num.arabic_int is not None and len(num.arabic_int) >= 7 and _phone_like(num, norm, cfg):
                return None
            iq = m.group("q")
            if iq:
                quals.append(iq)
                approx = approx or bool(cfg.q_inner.get(iq))
            unit = u.surface
            # 两个多月 / 两个半小时: 个 + qualifier + time unit
            if unit == "个":
                g = cfg.ge_rx.match(norm, uend)
                if g is not None and ("个" + g.group("u")) in cfg.units:
                    u = cfg.units["个" + g.group("u")]
                    unit = u.surface
                    uend = g.end()
                    if g.group("q") == "半":
                        if low is None:
                            value = value + Decimal("0.5")
                    else:
                        quals.append(g.group("q"))
                        approx = True
            # numeral-final multiplier carried by the unit (1.1万元, 41.3万平方米, 12千米)
            last = norm[e - 1]
            carried = None
            if last in cfg.carry_last:
                ntext = norm[s:e]
                for mult, factor in cfg.carry.items():
                    if ntext.endswith(mult) and (mult + unit) in cfg.carried and len(ntext) > len(mult):
                        if carried is None or len(mult) > len(carried[0]):
                            carried = (mult, factor, cfg.carried[mult + unit])
            if carried is None and not iq and e - s > 1 and (last + unit) in cfg.prefixed:
                carried = (last, Decimal(_tail_factor(last)), cfg.prefixed[last + unit])
            if carried is not None:
                mult, factor, cu = carried
                value = Decimal(value) / factor
                if low is not None:
                    low, high = Decimal(low) / factor, Decimal(high) / factor
                u = cu
                unit = cu.surface
                num_end = e - len(mult)
            unit_kind = u.kind
            base_unit = u.base
            base_value = value if u.unit_factor else Decimal(value) * u.factor
            unit_end = uend
            # 元/人, 元/月, 微克/立方米, 微克每立方米: a rate per something (16期/次 is
            # two spellings of one count, not a rate)
            if uend < len(norm) and norm[uend] in cfg.per_first and unit_kind != "count":
                pm = cfg.per_rx.match(norm, uend)
                if pm is not None and not (pm.end() < len(norm) and norm[pm.end()] in cfg.numch):
                    unit = unit + pm.group()
                    base_unit = base_unit + "/" + pm.group("d")
                    if unit_kind != "money":
                        unit_kind = "other"
                    unit_end = uend = pm.end()
            # 一年半, 两米半
            if (unit_end < len(norm) and norm[unit_end] == "半" and low is None
                    and unit_kind in ("duration", "length", "weight", "area", "money")
                    and value == int(value) and unit != "个"):
                value = Decimal(value) + Decimal("0.5")
                base_value = value * u.factor
                unit_end += 1
            # 8亿元人民币
            if base_unit == "元" and unit != "人民币":
                for suf in cfg.money_suffixes:
                    if norm.startswith(suf, unit_end):
                        unit_end += len(suf)
                        break

    # a currency sign before the number belongs to the mention ($20, ￥300元)
    if kind == "number" and before in cfg.currency_prefixes and unit_kind == "money":
        start = norm.rfind(before, max(0, s - 3), s)

    # trailing qualifier (以上, 以内, 左右; 余/多 after a duration)
    end = unit_end
    mq = cfg.q_after_rx.match(norm, end) if end < len(norm) and norm[end] in cfg.q_after_first else None
    if mq is not None:
        w = mq.group()
        quals.append(w)
        approx = approx or bool(cfg.q_after[w])
        end = mq.end()
    elif unit_kind == "duration" and end < len(norm) and norm[end] in cfg.q_after_duration:
        # 一年多 (qualifier) but not 一年多次 (多次 is another quantity word)
        if cfg.unit_rx.match(norm, end + 1) is None:
            w = norm[end]
            quals.append(w)
            approx = True
            end += 1

    # leading qualifier (近, 约, 超过, 不足 ...); most numbers follow no qualifier's last character
    pre = _qualifier_before(norm, start, cfg) if start and norm[start - 1] in cfg.q_before_last else None
    if pre is not None:
        quals.insert(0, pre)
        approx = approx or bool(cfg.q_before_approx[pre])
        start -= len(pre)
    if num.approx:
        quals.insert(1 if pre else 0, num.approx)
        approx = True

    if abs(base_value) > _MAX_VALUE:
        return None  # 1e28亿元: worth more than any numeral is allowed to be, left out like it
    qualifier = "+".join(dict.fromkeys(quals)) if quals else None
    return (start, end, s, num_end, float(value), unit, float(base_value), base_unit, unit_kind,
            qualifier, approx, None if low is None else float(low), None if high is None else float(high),
            num.decimals)


def _header_unit(norm: str, s: int, e: int, cfg: _Config) -> _Unit | None:
    """The unit a form's label declares for the bare number norm[s:e] alone in its cell
    (numerals.yml header_unit), or None."""
    n = len(norm)
    k = e
    while k < n and norm[k] in " \t":
        k += 1
    if k < n and norm[k] not in "\n|｜":
        return None  # not the cell's end: "总数3215户" has its unit, "3215人参加" is prose
    line_start = norm.rfind("\n", 0, s) + 1
    j = s
    while j > line_start and norm[j - 1] in " \t":
        j -= 1
    if j > line_start:
        if norm[j - 1] not in "|｜":
            return None
        return _last_header_unit(norm, line_start, j, cfg)
    if k < n and norm[k] != "\n":
        return None  # the first cell of a row (a 序号) takes no unit from the header row above
    # alone on its line: the nearest label above, over short labels and lone numbers only
    end = line_start - 1
    for _ in range(cfg.header_unit_lines):
        if end < 0:
            return None
        start = norm.rfind("\n", 0, end) + 1
        unit = _last_header_unit(norm, start, end, cfg)
        if unit is not None:
            return unit
        if not cfg.header_unit_between.match(norm, start, end):
            return None
        end = start - 1
    return None


_LIST_JOINERS = frozenset(" 和、及与")


def _list_unit(norm: str, s: int, e: int, cfg: _Config) -> _Unit | tuple[str, str] | None:
    """The unit of the number a list joiner ties this bare one to ("分别培训120和80人次"), or its percent
    marker's (unit, base unit) ("分别回落2.16和1.66个百分点"), when a respectively word stands before it in
    its clause; across a run of bare numbers ("分别高于9.8、6.2、5.8个百分点", round 28); None otherwise."""
    m = cfg.list_unit_next.match(norm, e)
    for _ in range(cfg.list_unit_items):  # over bare numbers to the one the unit follows ("9.8、6.2、5.8、2.0个百分点")
        if m is None or norm[m.end():m.end() + 1] in cfg.unit_first:
            break
        m = cfg.list_unit_next.match(norm, m.end())
    if m is None or norm[m.end():m.end() + 1] not in cfg.unit_first:
        return None
    first = s  # the run's first number ("…分别高于11.8、6.3、4.9、4.4、3.3、2.7个百分点": 3.3 is far from 分别)
    for _ in range(cfg.list_unit_items):
        p = cfg.list_unit_prev.search(norm, max(0, first - 16), first)
        if p is None:
            break
        first = p.start()
    if not cfg.list_unit_lead.search(norm, max(0, first - cfg.list_unit_reach), first):
        return None
    at = m.end()
    for k in range(6, 0, -1):  # the longest unit word or percent marker the next number opens with
        word = norm[at:at + k]
        if word in cfg.percent_units:
            return cfg.percent_units[word]  # (unit, base unit) of a share: 个百分点, %
        u = cfg.units.get(word)
        if u is not None:
            return None if word in _LIST_NOT_UNITS else u
    return None


_LIST_NOT_UNITS = frozenset("年月日号")  # "2023和2024年分别…": years, not a list of values


def _last_header_unit(norm: str, start: int, end: int, cfg: _Config) -> _Unit | None:
    """The unit of the last label declaring one in norm[start:end] (the nearest before the number)."""
    found = None
    for found in cfg.header_unit_rx.finditer(norm, start, end):
        pass
    return cfg.header_units.get(found.group("u")) if found is not None else None


def _unit_ok(u: _Unit, num: _Num, norm: str, uend: int, before: str, cfg: _Config) -> bool:
    nxt = norm[uend] if uend < len(norm) else ""
    if nxt and nxt in u.blocked_after and not norm.startswith(cfg.unit_verbs_after, uend):
        return False  # 元旦, 期间, 个体 (not 天 + 下降)
    if before and before in u.blocked_before:
        return False  # 9时30分 is a clock time
    if u.needs_after and not norm.startswith(u.needs_after, uend):  # (a tuple of words)
        return False  # 3日 alone is a date; 3日内 is a duration
    if u.surface == "年":
        # 2018年, 二〇一八年, 2017-2018年: years, not durations
        if num.digit_seq or num.lead_zero or _YEAR_RX.search(norm, num.start, num.end):
            return False
    if num.cjk and u.surface in cfg.arabic_only:
        return False  # 三类人员 is a name
    if u.kind == "score" and num.cjk and num.value == 10 and num.end - num.start == 1:
        return False  # 十分 = "very"
    return True


def _phone_like(num: _Num, norm: str, cfg: _Config) -> bool:
    d = num.arabic_int
    if d is None or len(d) < 7 or num.cjk:
        return False
    if d[0] == "0" or (len(d) == 11 and d[0] == "1"):
        return True
    window = norm[max(0, num.start - 10):num.start]
    return cfg.phone_rx.search(window) is not None


def _bare_rate(num: _Num, norm: str, cfg: _Config) -> bool:
    if num.kind != "number" or num.cjk or num.lead_zero:
        return False
    e = num.end
    nxt = norm[e] if e < len(norm) else ""
    if nxt in (":", "比", "/") or _is_ascii_letter(nxt):
        return False  # 比例为1:1 is a ratio
    if "\u4e00" <= nxt <= "\u9fff" and nxt not in cfg.bare_rate_followers:
        return False  # 受理率9小项: the number belongs to a following word
    s = num.start
    pre = _qualifier_before(norm, s, cfg) if s and norm[s - 1] in cfg.q_before_last else None
    if pre is not None:
        s -= len(pre)
    window = norm[max(0, s - cfg.rate_window):s]
    # a rate word holds its last character: most windows hold none of those, and testing costs
    # a quarter of the search
    return not cfg.rate_last.isdisjoint(window) and cfg.rate_rx.search(window) is not None


def _qualifier_before(norm: str, s: int, cfg: _Config) -> str | None:
    if s == 0 or norm[s - 1] not in cfg.q_before_last:
        return None
    window = norm[max(0, s - 4):s]
    for w, _approx in cfg.q_before:
        if window.endswith(w):
            i = s - len(w)
            prev = norm[i - 1] if i > 0 else ""
            if prev and prev in cfg.q_blockers.get(w, ""):
                return None  # 节约, 最近, 附近
            return w
    return None
