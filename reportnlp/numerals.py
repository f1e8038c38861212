"""Chinese / Arabic numeral grammar.

Three steps, all linear in the text:

1. The text is folded character for character (full-width to ASCII,
   traditional and financial numeral characters to the plain ones), so an
   offset into the folded text is an offset into the caller's text.
2. A character-class regex finds the short stretches that can hold numerals
   (the engine skips ordinary prose at C speed); only those are tokenised
   into numeral atoms (Arabic numbers, Chinese digits and units, 点, 分之, %,
   成/折, range connectors ...).  Spans of words that merely contain numeral
   characters (一切, 四川; in report mode also 十二五, 一站式), URLs and
   e-mail addresses are cut out first.  Every quantifier is bounded.
3. A small hand-written parser walks the token list and combines adjacent
   atoms into numbers, with exact :class:`decimal.Decimal` arithmetic.

Words live in ``resources/numerals.yml``; this module holds only the logic.
cn2an is not used for evaluation: its "smart" mode rejects forms the reports
use (十余, 四万万, 兆, 分之), and one evaluator for every form keeps the
behaviour uniform.  The tests cross-check this evaluator against cn2an on
the spans both accept.

A numeral worth more than 10^30 (``_MAX_VALUE``; a country's yearly GDP is some 10^14 元)
is no number: it is left out whole, never read as a prefix of it (the first 30 of 36
digits) nor a part (2万亿亿亿 of 2万亿亿亿亿), and never clamped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from . import re_cache
from .lexicons import load_yaml

__all__ = ["NumberMatch", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One numeral found in a text (offsets are Python slice offsets)."""

    start: int
    end: int
    text: str
    value: float  # as written, numeral-internal 万/亿 folded in ('17万' -> 170000)
    kind: str  # 'number' | 'percent' | 'fraction' | 'ratio'
    low: float | None = None  # ranges: '两三' -> 2..3, '3至5' -> 3..5
    high: float | None = None
    decimals: int = 0  # digits after the decimal point as printed
    qualifier: str | None = None  # 余/多/几 written inside the numeral (十余万, 二十几)


# --------------------------------------------------------------------------
# lexicon


def _lexicon() -> dict[str, Any]:
    return load_yaml("numerals.yml")


@functools.cache
def _fold_table() -> dict[int, int]:
    table = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII block
        if cp != 0xFF0C:  # '，' keeps its identity: separator only between full-width digits
            table[cp] = cp - 0xFEE0
    for ch in "\u3000\xa0\t\u2002\u2003\u2009":
        table[ord(ch)] = ord(" ")
    for src, dst in _lexicon()["char_fold"].items():
        table[ord(src)] = ord(dst)
    return table


@functools.cache
def _foldable_run() -> re.Pattern:
    """Runs of foldable characters, spelt as one of them and then any more: re's search steps to
    a pattern's leading class at C speed, but tries a leading repeat ([…]+) at every position
    (4x slower over a page)."""
    foldable = "[" + "".join(re.escape(chr(cp)) for cp in sorted(_fold_table())) + "]"
    return re_cache.compile(foldable + foldable + "*")


@functools.cache
def _fold_pairs() -> dict[str, str]:
    """The fold table as character -> character. No character folds into one that folds again,
    so replacing them one after another gives what one translation gives."""
    pairs = {chr(src): chr(dst) for src, dst in _fold_table().items()}
    if set(pairs.values()) & set(pairs):
        raise ValueError("numerals.yml char_fold: a character folds into one that folds again")
    return pairs


def fold(text: str) -> str:
    """Same-length folding used before matching (full-width, traditional forms).

    The runs of foldable characters are found in one scan and each distinct character among
    them is replaced throughout at C speed: str.translate looks every character of a CJK text
    up in the table, and a substitution calling back per run cost twice as much as this."""
    runs = _foldable_run().findall(text)
    if not runs:
        return text
    pairs = _fold_pairs()
    for ch in set("".join(runs)):
        text = text.replace(ch, pairs[ch])
    return text


class _Tables:
    """Lookup tables derived from the lexicon, built once."""

    def __init__(self) -> None:
        lex = _lexicon()
        self.digits: dict[str, int] = dict(lex["digits"])
        self.small: dict[str, int] = dict(lex["small_units"])
        self.big: dict[str, int] = dict(lex["big_units"])
        self.ambiguous = frozenset(lex["ambiguous_single"])
        self.per_prefixes = {k: Decimal(v) for k, v in lex["per_prefixes"].items()}
        self.range_pairs = frozenset(lex["range_pairs"])
        self.digit_chars = "".join(self.digits)
        self.numch = self.digit_chars + "".join(self.small) + "".join(self.big)


@functools.cache
def _tables() -> _Tables:
    return _Tables()


def _cls(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(chars)) + "]"


def trie_pattern(words, after_first: str = "", suffix: str = "") -> str:
    """Prefix-factored alternation of literal words (longest match first).

    ``after_first`` is inserted after each word's first character (a place
    for lookbehinds that keeps every branch starting with a literal);
    ``suffix`` after each complete word.
    """
    alts = [re.escape(ch) + rest for ch, rest in trie_branches(words, after_first, suffix).items()]
    if not alts:
        return suffix
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def trie_branches(words, after_first: str = "", suffix: str = "") -> dict[str, str]:
    """What follows each first character in :func:`trie_pattern` (first characters in order)."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return suffix
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            body = "(?:" + body + "|" + suffix + ")" if suffix else "(?:" + body + ")?"
        return body

    return {ch: after_first + build(sub) for ch, sub in sorted(trie.items())}


@functools.cache
def _skip_rxs(report: bool) -> tuple[tuple[str | None, re.Pattern], ...]:
    """Spans that are never numbers: lexicon words, URLs, e-mail addresses.

    (gate, regex) pairs: a regex only runs when its gate string occurs in the
    text.  The word regex starts every branch with a literal, so the engine
    skips ordinary text at C speed.
    """
    t = _tables()
    lex = _lexicon()
    NUM = _cls(t.numch)
    NUM0 = _cls(t.numch + "0123456789")
    words = list(lex["non_numeral_words"])
    if report:
        words += list(lex["set_phrases"])
    # what may follow each first character, group by group in this order (at one position the
    # groups are tried in turn, as in an alternation of one trie per group)
    after: dict[str, list[str]] = {}
    for ends_numeral in (True, False):
        group = [w for w in words if (w[-1] in t.numch) == ends_numeral]
        for initial in (True, False):
            sub = [w for w in group if (w[0] in t.numch) == initial]
            # a numeral-initial word never starts inside a numeral (五十分 is
            # not 五 + 十分); checked after the first literal, as a 2-char lookbehind
            first = rf"(?<!{NUM}.)(?<![0-9.].)" if initial else ""
            # and a word ending in a numeral must not eat the next numeral's
            # start (系统一百个 is not 统一 + 百个)
            post = f"(?!{NUM0})" if ends_numeral else ""
            for ch, rest in trie_branches(sub, after_first=first, suffix=post).items():
                after.setdefault(ch, []).append(rest)
    if report:
        # distributive slogans 一村一品 / 一事一议
        after.setdefault("一", []).append(rf"(?<!{NUM}.)[^\W\d_{re.escape(t.numch)}]一(?!{NUM})")
    # one branch per first character, each starting with it: re skips ordinary text at C speed by
    # itself (twice as fast as a lookahead on the first characters before one trie per group)
    words_rx = "|".join(re.escape(ch) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                        for ch, rests in sorted(after.items()))
    out: list[tuple[str | None, re.Pattern]] = [(None, re_cache.compile(words_rx))]
    out.append(("://", re_cache.compile(r"(?:https?|ftp)://[!-~]{1,400}")))
    out.append(("www.", re_cache.compile(r"www\.[!-~]{1,400}")))
    # these open with a repeat of a class ([一二三]{1,3}…), which re tries at every position of a page:
    # told their first characters, it steps to them at C speed (2-3x faster on pages with their gate)
    from .patterns import compile_with_first_chars  # noqa: PLC0415

    out.append(("@", compile_with_first_chars(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}")))
    if report:
        # own regexes: these start with a class, which would slow the word regex down
        for entry in lex.get("set_patterns", []):
            out.append((entry["gate"], compile_with_first_chars(entry["pattern"])))
        # names like 1+6模式, 3+X
        out.append(("+", compile_with_first_chars(r"(?<![0-9])[0-9一二三四五六七八九十]{1,3}\+[0-9A-Za-z一二三四五六七八九十]{1,3}")))
    return tuple(out)


def _skip_spans(norm: str, report: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for gate, rx in _skip_rxs(report):
        if gate is None or gate in norm:
            spans.extend(m.span() for m in rx.finditer(norm))
    if len(spans) > 1:
        spans.sort()
        kept = [spans[0]]
        for sp in spans[1:]:
            if sp[0] >= kept[-1][1]:
                kept.append(sp)
        spans = kept
    return spans


@functools.cache
def _single_types() -> dict[str, str]:
    t = _tables()
    d = {c: "D" for c in t.digits}
    d.update({c: "U" for c in t.small})
    d.update({c: "B" for c in t.big})
    return d


@functools.cache
def _cluster_rx(lone_context: tuple[frozenset[str], frozenset[str]] | None = None) -> re.Pattern:
    """Stretches of text that can hold numerals; only these are tokenised.

    Starts with a character class so the engine skips ordinary text at C
    speed.  Bounded: a pathological run is cut into 120-char pieces.

    With ``lone_context`` (see _Parser) a numeral character that the cluster would hold alone
    (no cluster character after it), with no character of ``after`` next and none of ``before``
    among the four before it, starts no cluster: the engine drops these (a fifth of all
    clusters in reports) at C speed, as _Parser would drop them.
    """
    t = _tables()
    first = "0-9." + re.escape(t.numch) + "负\\-半对"
    body = first + ",，%‰‱个百分点之又余多几成折打/至到—–~比eE^+kKM "
    if lone_context is None:
        return re_cache.compile(f"[{first}][{body}]{{0,120}}")
    after, before = (re.escape("".join(sorted(chars))) for chars in lone_context)
    # after the first character (a leading class keeps the engine's fast scan): it is a digit; or
    # a numeral character with a cluster character or one of after next, or one of before among
    # the four before it (each lookbehind ends with the first character itself); or . - 对 负 半
    # with a cluster character next, or 半 after 成. A lone . - 对 负 or 半 (针对, 负责, 一半: a
    # tenth of all clusters) makes no token (_Parser drops it, or _tokens finds none): never a cluster
    behind = "|".join(f"(?<=[{before}](?s:{'.' * k}))" for k in range(1, 5))
    numeral = re.escape(t.numch)
    return re_cache.compile(f"[{first}](?:(?<=[0-9])|(?<=[{numeral}])(?:(?=[{body}{after}])|{behind})"
                            f"|(?<=[.\\-对负半])(?=[{body}])|(?<=成半))[{body}]{{0,120}}")


@functools.cache
def _token_rx(report: bool) -> re.Pattern:
    """Numeral atoms.  Context (what precedes a suffix) is the parser's job."""
    t = _tables()
    NUM = _cls(t.numch)
    NUM0 = _cls(t.numch + "0123456789")
    DDEC = _cls(t.digit_chars.replace("两", "") + "0123456789")
    km = "" if report else r"(?:[ ]?[kK](?![A-Za-z])|[ ]?M(?![A-Za-z]))?"
    lex = _lexicon()
    conn = "(?:" + "|".join(re.escape(c) for c in sorted(lex["range_connectors"], key=len, reverse=True)) + ")"
    parts = [
        r"(?P<DOTS>(?<![0-9.])[0-9]{1,12}(?:\.[0-9]{1,12}){2,8}(?![0-9]))",
        r"(?P<A>(?:(?<![0-9])[0-9]{1,30}(?![0-9])(?:[,，][0-9]{3}(?![0-9])){0,12}(?:\.[0-9]{1,30})?"
        r"|(?<![0-9.])\.[0-9]{1,30})"
        r"(?:[eE][+\-]?[0-9]{1,3}(?![A-Za-z0-9])|\^[+\-]{0,2}[0-9]{1,3})?" + km + ")",
        "(?P<D>" + _cls(t.digit_chars) + ")",
        # points with an approximation before or inside them (十多个百分点, 10余个百分点, 3个多百分点)
        r"(?P<PCT>%|‰|‱|(?:[余多][ ]{0,2})?(?:个[ ]{0,4}(?:[余多][ ]{0,2})?)?百[ ]{0,3}分[ ]{0,3}点)",
        "(?P<U>" + _cls("".join(t.small)) + ")",
        "(?P<B>" + _cls("".join(t.big)) + ")",
        r"(?P<F>分[ ]{0,3}之)",
        rf"(?P<P>点(?=[ ]{{0,3}}{DDEC}))",
        rf"(?P<N>(?<!{_cls(lex['fu_blockers_before'])})负(?=[ ]{{0,2}}(?:{NUM0}|\.[0-9]))|(?<![0-9A-Za-z\-%])(?<!{NUM})-(?=\.?[0-9]))",
        rf"(?P<R>{conn}(?=[ ]{{0,2}}(?:{NUM0}|负)))",
        rf"(?P<Y>又(?=[ ]{{0,3}}{NUM0}))",
        r"(?P<Q>[余多几](?=[ ]{0,3}[万亿])|几)",
        rf"(?P<CH>成(?!{_cls(lex['cheng_blockers'])})|折(?!{_cls(lex['zhe_blockers'])})|(?<=打)对折)",
        r"(?P<H>半(?=[百成折])|(?<=成)半)",
        (r"(?P<DOZ>打)" if not report else r"(?P<DOZ>(?!))"),
        r"(?P<S>/(?=[ ]?[0-9]))",
        rf"(?P<BI>比(?=[ ]?{NUM0}))",
    ]
    return re_cache.compile("|".join(parts))


_ARABIC_RX = re_cache.compile(
    r"(?P<i>[0-9]{0,30}(?:[,，][0-9]{3}){0,12})(?:\.(?P<f>[0-9]{1,30}))?"
    r"(?:[eE](?P<e>[+\-]?[0-9]{1,3})|\^(?P<ps>[+\-]{0,2})(?P<p>[0-9]{1,3}))?"
    r"(?:[ ]?(?P<k>[kKM]))?"
)


# --------------------------------------------------------------------------
# internal match record (richer than NumberMatch; quantities.py reads it)


class _Num:
    __slots__ = (
        "start", "end", "kind", "value", "low", "high", "decimals", "approx",
        "digit_seq", "arabic_int", "written", "marker", "tail_pos", "lead_zero", "cjk",
    )

    def __init__(self, start, end, kind, value, decimals=0, approx=None):
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value  # Decimal or int
        self.low = None
        self.high = None
        self.decimals = decimals
        self.approx = approx
        self.digit_seq = False  # 二〇一八 / 二00六: read digit by digit
        self.arabic_int = None  # the digit string when the numeral is a plain Arabic integer
        self.written = value  # number as written before percent scaling (成/折/千分之)
        self.marker = None  # percent marker: % 百分之 千分之 个百分点 成 折 ...
        self.tail_pos = None  # where a numeral-final multiplier run (万, 亿, 千) starts
        self.lead_zero = False
        self.cjk = False  # written with Chinese numeral characters

    def to_match(self, orig: str) -> NumberMatch:
        return NumberMatch(
            self.start,
            self.end,
            orig[self.start:self.end],
            float(self.value),
            self.kind,
            None if self.low is None else float(self.low),
            None if self.high is None else float(self.high),
            self.decimals,
            self.approx,
        )


class _V:
    """Result of parsing a bare value (no sign, no percent/fraction suffix)."""

    __slots__ = ("value", "j", "end", "decimals", "approx", "digit_seq", "arabic_int",
                 "low", "high", "tail_pos", "lead_zero", "has_cjk")

    def __init__(self, value, j, end, decimals=0):
        self.value = value
        self.j = j  # index of the first token after the value
        self.end = end  # char offset after the value
        self.decimals = decimals
        self.approx = None
        self.digit_seq = False
        self.arabic_int = None
        self.low = None
        self.high = None
        self.tail_pos = None
        self.lead_zero = False
        self.has_cjk = False


_HALF = Decimal("0.5")
# bounds on how far one numeral may reach: keeps pathological input linear
_MAX_TOKENS = 48
_MAX_DIGITS = 16
_MAX_VALUE = 10 ** 30  # a numeral worth more is left out whole (see the module docstring)


# a decimal and/or a percent sign (plain integers are taken before): after plain integers
# the commonest clusters in reports
_DECIMAL_OR_PERCENT = re_cache.compile(r"([0-9]{1,30}(?:\.[0-9]{1,30})?)(%?)")


_PLAIN_DECIMAL = re_cache.compile(r"[0-9]{1,30}\.([0-9]{1,30})")


@functools.cache
def _number_then() -> re.Pattern:
    """The next commonest clusters: a number, then a multiplier (3万, 1.2亿: a token of its own),
    a percent sign and a comma (12%，), or characters that make no token at the end of a cluster
    (3个，, 85分, 2.: 个 only in 个百分点, 分 only in 分之, a comma only before three digits)."""
    units = "".join(_tables().small) + "".join(_tables().big)
    return re_cache.compile(rf"([0-9]{{1,30}}(?:\.[0-9]{{1,30}})?)(?:(%)[,，]?|([{units}])|[个分]?[,，]?|\.)")


# cluster starts that make a token only with what follows them (对折, 负5, 半成), which would be part
# of the cluster; 半 also after 成 (成半), which _tokens reads
_LONE_NO_TOKEN = frozenset("对负半")


class _Parser:
    def __init__(self, norm: str, orig: str, report: bool,
                 lone_context: tuple[frozenset[str], frozenset[str]] | None = None,
                 plain_kept: frozenset[str] | None = None, plain_year: str | None = None,
                 plain_needs: dict[str, tuple[str, ...]] | None = None):
        """``lone_context``: (after, before) character sets for a caller that reads only some
        numbers (quantities: a unit after, a currency sign before). A lone Chinese numeral
        character (一, 十, 万: a third of all clusters) is then kept only with a character of
        ``after`` right after it or one of ``before`` among the four before it: such a cluster
        is a number of its own (no token joins it: a character outside clusters or a skipped
        word stands on each side), so dropping it changes no other number.

        ``plain_kept`` (with ``lone_context``): the Han characters after which a plain Arabic
        integer may still start a quantity (a unit's first character, a bare rate's follower). A
        plain integer that ends its cluster right before another Han character (3月, 12类), with no
        currency sign among the four characters before it and not continuing the cluster before
        (cut at 120 characters), is a number of its own that quantities reads as none: dropped.
        So is one of four digits or more, or with a leading zero, before ``plain_year`` (2024年,
        05年: a year, never a duration), and one before a character of ``plain_needs`` not
        followed by one of the strings it maps to (5日 without 内: a date)."""
        self.norm = norm
        self.orig = orig
        self.tb = _tables()
        if lone_context is None:
            plain_kept = None  # the drop asks lone_context's currency signs
        T: list[str] = []
        S: list[int] = []
        E: list[int] = []
        skips = _skip_spans(norm, report)
        tok = _token_rx(report)
        single_types = _single_types()
        number_then = _number_then()
        ns = len(skips)
        xi = 0
        L = len(norm)
        last = -1  # where the cluster before ends
        for cm in _cluster_rx(lone_context).finditer(norm):
            pos, ce = cm.span()
            while pos < ce:
                while xi < ns and skips[xi][1] <= pos:
                    xi += 1
                if xi < ns and skips[xi][0] < ce:
                    seg = skips[xi][0]
                    if seg > pos:
                        self._tokens(tok, pos, seg, T, S, E, L)
                    pos = max(pos, skips[xi][1])
                else:
                    txt = norm[pos:ce].rstrip(" ")
                    if txt.isdigit() and len(txt) <= 30:
                        # fast path: the common cluster is one plain integer
                        if (plain_kept is not None and ce < L and "\u4e00" <= norm[ce] <= "\u9fff"
                                and (norm[ce] not in plain_kept or norm[ce] == plain_year and (
                                    len(txt) >= 4 or txt[0] == "0" and len(txt) > 1)
                                    or norm[ce] in plain_needs and not norm.startswith(plain_needs[norm[ce]], ce + 1))
                                and len(txt) == ce - pos and pos != last
                                and lone_context[1].isdisjoint(norm[pos - 4 if pos > 4 else 0:pos])):
                            break  # a plain integer before a Han character that starts no quantity
                        T.append("A")
                        S.append(pos)
                        E.append(pos + len(txt))
                    elif len(txt) == 1 and txt in single_types:
                        # fast path: a lone Chinese numeral character (40% of clusters), before
                        # the patterns below, which need an Arabic digit
                        if lone_context is None or norm[pos + 1:pos + 2] in lone_context[0] or (
                                not lone_context[1].isdisjoint(norm[max(0, pos - 4):pos])):
                            T.append(single_types[txt])
                            S.append(pos)
                            E.append(pos + 1)
                    elif (dm := _DECIMAL_OR_PERCENT.fullmatch(txt)) is not None:
                        # fast path: 99.4 / 99.4% / 12% (the A and PCT tokens the regex gives)
                        T.append("A")
                        S.append(pos)
                        E.append(pos + dm.end(1))
                        if dm.end(2) > dm.start(2):
                            T.append("PCT")
                            S.append(pos + dm.start(2))
                            E.append(pos + dm.end(2))
                    elif ((nm := number_then.fullmatch(txt)) is not None
                          and (pos == 0 or not "0" <= norm[pos - 1] <= "9")):  # as A's lookbehind
                        # fast path: the tokens _tokens would give (A, then PCT, U or B)
                        T.append("A")
                        S.append(pos)
                        E.append(pos + nm.end(1))
                        after = nm.lastindex
                        if after > 1:
                            T.append("PCT" if after == 2 else single_types[nm.group(3)])
                            S.append(pos + nm.start(after))
                            E.append(pos + nm.end(after))
                    elif txt in _LONE_NO_TOKEN and (txt != "半" or norm[pos - 1:pos] != "成"):
                        pass  # fast path: a lone 对/负/半 (针对, 负责, 一半) makes no token
                    else:
                        self._tokens(tok, pos, ce, T, S, E, L)
                    break
            last = ce
        n = len(T)
        J = [-1] * n
        for k in range(1, n):
            gs, ge = E[k - 1], S[k]
            if gs == ge:
                J[k] = 0
            elif ge - gs <= 4 and not norm[gs:ge].strip(" "):
                J[k] = 1
        self.T, self.S, self.E, self.J, self.n = T, S, E, J, n

    def _tokens(self, tok, a, b, T, S, E, L):
        # endpos a little past b so lookaheads (成员 vs 成) see the real text
        norm = self.norm
        for m in tok.finditer(norm, a, min(L, b + 4)):
            s, e = m.span()
            if s >= b:
                break
            if e > b:
                continue
            g = m.lastgroup
            if g == "A" and "，" in norm[s:e]:
                self._split_fw_comma(s, e, T, S, E)
                continue
            T.append(g)
            S.append(s)
            E.append(e)

    def _split_fw_comma(self, s, e, T, S, E):
        # '，' is a thousands separator only between full-width digits (４，５６５);
        # between ASCII digits it separates two numbers (受理12，办结10).
        orig = self.orig
        cut = s
        i = s
        while i < e:
            if self.norm[i] == "，":
                ok = "０" <= orig[i - 1] <= "９" and i + 1 < len(orig) and "０" <= orig[i + 1] <= "９"
                if not ok:
                    T.append("A")
                    S.append(cut)
                    E.append(i)
                    cut = i + 1
            i += 1
        T.append("A")
        S.append(cut)
        E.append(e)

    # ---------------------------------------------------------------- driver

    def parse_all(self) -> list[_Num]:
        out: list[_Num] = []
        T, n = self.T, self.n
        k = 0
        starts = _START_TYPES
        J, S, E, norm = self.J, self.S, self.E, self.norm
        digits, ambiguous = self.tb.digits, self.tb.ambiguous
        while k < n:
            t = T[k]
            if t == "A" and (k + 1 == n or J[k + 1] < 0):
                # fast path: a lone Arabic integer (most numbers in reports) or decimal
                s, e = S[k], E[k]
                txt = norm[s:e]
                if txt.isdigit():
                    num = _Num(s, e, "number", int(txt))
                    num.arabic_int = txt
                    num.lead_zero = len(txt) > 1 and txt[0] == "0"
                    out.append(num)
                    k += 1
                    continue
                if (m := _PLAIN_DECIMAL.fullmatch(txt)) is not None:
                    out.append(_Num(s, e, "number", Decimal(txt), len(m.group(1))))  # as arabic() reads it
                    k += 1
                    continue
            elif t == "D" and (k + 1 == n or J[k + 1] < 0):
                # fast path: a lone Chinese digit (一, 三: half the numerals parse_at reads),
                # read as single() reads it; alone, 伍/陆/肆 are words (入伍, 大陆)
                ch = norm[S[k]]
                if ch not in ambiguous:
                    num = _Num(S[k], E[k], "number", digits[ch])
                    num.cjk = True
                    out.append(num)
                k += 1
                continue
            elif (t == "A" and k + 1 < n and T[k + 1] == "PCT" and J[k + 1] >= 0 and (k + 2 == n or J[k + 2] < 0)
                  and (num := self._plain_percent(k)) is not None):
                out.append(num)  # fast path: 12%, 99.4% alone (a quarter of what parse_at read)
                k += 2
                continue
            elif (t == "A" and k + 1 < n and T[k + 1] == "B" and J[k + 1] >= 0 and (k + 2 == n or J[k + 2] < 0)
                  and (num := self._times_multiplier(k)) is not None):
                out.append(num)  # fast path: 3万, 1.2亿 alone (half of what parse_at read)
                k += 2
                continue
            if t in starts:
                res = self.parse_at(k)
                if res is not None:
                    nums, k2 = res
                    out.extend(nums)
                    k = max(k2, k + 1)
                    continue
            k += 1
        return out

    def _plain_percent(self, k: int) -> _Num | None:
        """An integer or decimal (token k) and a % sign: the _Num single() reads; None for
        other forms (1,234%, 3‰, 5个百分点)."""
        s, e = self.S[k], self.E[k]
        txt = self.norm[s:e]
        if self.norm[self.S[k + 1]:self.E[k + 1]] != "%":
            return None
        if txt.isdigit():
            num = _Num(s, self.E[k + 1], "percent", int(txt))
            num.lead_zero = len(txt) > 1 and txt[0] == "0"  # as arabic() marks 05
        elif (m := _PLAIN_DECIMAL.fullmatch(txt)) is not None:
            num = _Num(s, self.E[k + 1], "percent", Decimal(txt), len(m.group(1)))
        else:
            return None
        num.marker = "%"
        return num

    def _times_multiplier(self, k: int) -> _Num | None:
        """An integer or decimal (token k) times one multiplier (万, 亿: token k + 1): the _Num
        single() reads through chinese(); None for other forms (1,234万, a value past
        _MAX_VALUE), which the grammar reads."""
        s, e = self.S[k], self.E[k]
        txt = self.norm[s:e]
        if txt.isdigit():
            value, decimals = int(txt), 0
        elif (m := _PLAIN_DECIMAL.fullmatch(txt)) is not None:
            value, decimals = Decimal(txt), len(m.group(1))
        else:
            return None
        total = value * self.tb.big[self.norm[self.S[k + 1]]]
        # (a zero amount in a multiplier's unit is a value: a 决算's "事业收入0万元,占0%", round 29)
        if total > _MAX_VALUE:
            return None
        num = _Num(s, self.E[k + 1], "number", total, decimals)
        num.cjk = True  # read with a Chinese multiplier
        num.tail_pos = e  # the multiplier is the numeral's tail (3-5万 applies it to both ends)
        return num

    def joined(self, k: int) -> bool:
        return k < self.n and self.J[k] >= 0

    def parse_at(self, k: int):
        T, S, E = self.T, self.S, self.E
        if T[k] == "DOTS":
            # 2222.2222.22222: dotted sequences (versions, dates) are separate integers
            out = []
            pos = S[k]
            for part in self.norm[S[k]:E[k]].split("."):
                num = _Num(pos, pos + len(part), "number", int(part))
                num.arabic_int = part
                num.lead_zero = len(part) > 1 and part[0] == "0"
                out.append(num)
                pos += len(part) + 1
            return out, k + 1
        first = self.single(k)
        if first is None:
            return None
        num, k2 = first
        if num is None:
            return [], k2
        if k2 < self.n and self.J[k2] >= 0 and T[k2] in ("R", "BI") and self.joined(k2 + 1):
            second = self.single(k2 + 1)
            if second is not None and second[0] is not None:
                combo = self.combine(num, second[0], k2)
                if combo is not None:
                    return [combo], second[1]
        return [num], k2

    def combine(self, a: _Num, b: _Num, kc: int) -> _Num | None:
        conn = self.norm[self.S[kc]:self.E[kc]]
        if self.T[kc] == "BI":
            if a.kind != "number" or b.kind != "number" or b.value == 0 or a.low is not None or b.low is not None:
                return None
            r = _Num(a.start, b.end, "ratio", Decimal(a.value) / Decimal(b.value))
            r.decimals = max(a.decimals, b.decimals)
            r.cjk = a.cjk or b.cjk
            return r
        if a.low is not None or b.low is not None or "fraction" in (a.kind, b.kind) or "ratio" in (a.kind, b.kind):
            return None
        if a.kind == "percent" and b.kind != "percent":
            return None
        if a.kind == "number" and b.kind == "percent" and b.marker not in ("%", "百分之", "个百分点", "百分点"):
            return None
        if conn == "-":
            # 2018-07-25, 0838-8169138: dates and phone numbers, not ranges
            if a.lead_zero or b.lead_zero:
                return None
            kn = self.n
            j = kc + 1
            while j < kn and self.S[j] < b.end:
                j += 1
            if j < kn and self.J[j] >= 0 and self.T[j] == "R":
                return None
        lo = a.value if a.kind == b.kind else a.written
        hi = b.value
        if b.tail_pos is not None and a.tail_pos is None and a.kind == "number" and b.kind == "number":
            # 3-5万: the multiplier written once applies to both ends
            mult = _tail_factor(self.norm[b.tail_pos:b.end])
            if mult and lo * mult <= hi:
                lo = lo * mult
        if b.kind == "percent" and a.kind == "number":
            # exact: int / int would give a float, and Decimal * float raises (增长0.5-1%)
            scale = Decimal(b.value) / Decimal(b.written) if b.written else 1
            lo = lo * scale
        if not lo < hi:
            return None
        r = _Num(a.start, b.end, b.kind, lo)
        r.low, r.high = lo, hi
        r.decimals = max(a.decimals, b.decimals)
        r.written = a.written if a.kind == b.kind else lo
        r.marker = b.marker
        r.approx = a.approx or b.approx
        r.cjk = a.cjk or b.cjk
        return r

    # ---------------------------------------------------------------- single

    def single(self, k: int):
        """Sign + value + suffix (分之, 又, /, %, 成/折, 打).  (num|None, next_k) or None."""
        T, S, E, norm, n = self.T, self.S, self.E, self.norm, self.n
        start = S[k]
        neg = False
        j = k
        if T[j] == "N":
            if not self.joined(j + 1):
                return None
            neg = True
            j += 1
        t = T[j]
        if t == "CH":  # 对折 (after 打)
            if norm[S[j]:E[j]] == "对折":
                num = _Num(S[j], E[j], "percent", 50)
                num.marker = "折"
                num.written = 5
                return num, j + 1
            return None
        if t == "H":
            if self.joined(j + 1) and T[j + 1] == "CH":
                c = norm[S[j + 1]]
                num = _Num(start, E[j + 1], "percent", 5 if c == "成" else 50)
                num.marker = c
                num.written = _HALF
                return num, j + 2
        if t in ("U", "B"):
            res = self.per_prefix(j, start, neg)
            if res is not None:
                return res
        v = self.value(j)
        if v is None:
            return None
        if v.value is None:  # consumed but rejected (两两)
            return None, v.j
        r = _Reading(v)
        if r.jn < n and self.J[r.jn] >= 0:
            suffix = _SUFFIX_HANDLERS.get(T[r.jn])
            if suffix is not None:
                suffix(self, r)
        kind, value, end, jn, marker, written, lo, hi, dec = (r.kind, r.value, r.end, r.jn, r.marker, r.written,
                                                              r.lo, r.hi, r.dec)
        if end - start == 1 and norm[start] in self.tb.ambiguous:
            return None, jn  # 伍, 拾, 陆 alone are words (入伍, 收拾, 大陆)
        if neg:
            value = -value
            written = -written
            if lo is not None:
                lo, hi = -hi, -lo
        num = _Num(start, end, kind, value, dec, v.approx)
        num.cjk = v.has_cjk
        num.written = written
        num.marker = marker
        num.low, num.high = lo, hi
        if lo is not None:
            num.value = lo
        num.digit_seq = v.digit_seq
        num.lead_zero = v.lead_zero
        if kind == "number":
            num.arabic_int = v.arabic_int if not neg else None
            num.tail_pos = v.tail_pos
        return num, jn

    # -- suffix handlers: the token right after a value (at r.jn) may make it a fraction or a
    # percentage; each updates the reading when its form is complete and leaves it alone otherwise

    def _sfx_fen_zhi(self, r: "_Reading") -> None:
        """X分之Y"""
        if r.lo is not None:
            return
        frac = self.signed_value(r.jn + 1)
        if frac is not None and r.value != 0 and not isinstance(frac[0], tuple):
            fv, fj, fend, fdec = frac
            r.value = r.written = Decimal(fv) / Decimal(r.value)
            r.kind, r.end, r.jn, r.dec = "fraction", fend, fj, fdec

    def _sfx_you(self, r: "_Reading") -> None:
        """X又Y分之Z, X又a/b: a whole number and a fraction"""
        if r.lo is not None:
            return
        frac = self.fraction(r.jn + 1)
        if frac is not None:
            fv, fj, fend = frac
            r.value = r.written = r.value + fv
            r.kind, r.end, r.jn = "fraction", fend, fj

    def _sfx_slash(self, r: "_Reading") -> None:
        """a/b, written without spaces"""
        T, jn = self.T, r.jn
        if r.v.arabic_int is None or self.J[jn] != 0 or not (self.joined(jn + 1) and T[jn + 1] == "A"):
            return
        den = self.value(jn + 1)
        if (den is not None and den.arabic_int is not None and den.value != 0
                and not (self.joined(den.j) and T[den.j] == "S")):
            r.value = r.written = Decimal(r.value) / Decimal(den.value)
            r.kind, r.end, r.jn = "fraction", den.end, den.j

    def _sfx_spaced_fraction(self, r: "_Reading") -> None:
        """1 ３/5: whole number, space, simple fraction"""
        T, jn = self.T, r.jn
        if r.v.arabic_int is None or self.J[jn] != 1:
            return
        if self.joined(jn + 1) and T[jn + 1] == "S" and self.joined(jn + 2) and T[jn + 2] == "A":
            numer = self.value(jn)
            den = self.value(jn + 2)
            if (numer is not None and den is not None and numer.arabic_int is not None
                    and den.arabic_int is not None and den.value != 0):
                r.value = r.written = r.value + Decimal(numer.value) / Decimal(den.value)
                r.kind, r.end, r.jn = "fraction", den.end, den.j

    def _sfx_percent(self, r: "_Reading") -> None:
        """%, ‰, ‱, 个百分点, 百分点"""
        jn = r.jn
        m = self.norm[self.S[jn]:self.E[jn]]
        if m in ("%", "‰", "‱"):
            r.marker = m
        else:
            r.marker = "个百分点" if "个" in m else "百分点"
            qualifier = "余" if "余" in m else "多" if "多" in m else None
            if qualifier:
                r.v.approx = r.v.approx or qualifier
        r.kind = "percent"
        if r.marker == "‰":
            r.value = Decimal(r.value) / 10
        elif r.marker == "‱":
            r.value = Decimal(r.value) / 100
        if r.lo is not None and r.marker in ("‰", "‱"):
            r.lo = r.hi = None
        r.end, r.jn = self.E[jn], jn + 1

    def _sfx_cheng_zhe(self, r: "_Reading") -> None:
        """七成 (70%), 七成六 (76%), 八折 / 八五折 / 85折 (discounts)"""
        T, S, E, norm, jn = self.T, self.S, self.E, self.norm, r.jn
        if norm[S[jn]] == "成":
            r.kind, r.marker = "percent", "成"
            r.value = Decimal(r.value) * 10
            r.end, jn = E[jn], jn + 1
            if self.joined(jn) and T[jn] == "D" and r.lo is None and norm[S[jn]] not in "零〇两":
                r.value += self.tb.digits[norm[S[jn]]]  # 七成六 = 76
                r.written = Decimal(r.written) + Decimal(self.tb.digits[norm[S[jn]]]) / 10
                r.end, jn = E[jn], jn + 1
            elif self.joined(jn) and T[jn] == "H":
                r.value += 5
                r.written = Decimal(r.written) + _HALF
                r.end, jn = E[jn], jn + 1
            if r.lo is not None:
                r.lo, r.hi = r.lo * 10, r.hi * 10
            r.jn = jn
        elif r.lo is None:
            two_digit = r.v.arabic_int is not None and len(r.v.arabic_int) == 2
            if r.value == 10 and r.v.decimals == 0:
                pass  # 十折 is no discount at all: not a percentage
            elif two_digit or r.value >= 10:
                r.kind, r.marker = "percent", "折"
                r.end, r.jn = E[jn], jn + 1
            else:
                r.kind, r.marker = "percent", "折"
                r.value = Decimal(r.value) * 10
                r.end, r.jn = E[jn], jn + 1

    def _sfx_dozen(self, r: "_Reading") -> None:
        """打 (a dozen)"""
        if r.lo is not None:
            return
        r.value = r.written = r.value * 12
        r.end, r.jn = self.E[r.jn], r.jn + 1

    def per_prefix(self, j, start, neg):
        """百分之X / 千分之X / 万分之X (no digit before the unit): percentages."""
        T, S, E, norm = self.T, self.S, self.E, self.norm
        jj = j
        pre = ""
        while jj < self.n and T[jj] in ("U", "B") and (jj == j or self.J[jj] >= 0) and len(pre) < 3:
            pre += norm[S[jj]]
            jj += 1
        if pre not in self.tb.per_prefixes or not (self.joined(jj) and T[jj] == "F"):
            return None
        div = self.tb.per_prefixes[pre]
        val = self.signed_value(jj + 1)
        if val is None:
            # 百分之百
            if pre == "百" and self.joined(jj + 1) and T[jj + 1] == "U" and norm[S[jj + 1]] in "百佰":
                val = (100, jj + 2, E[jj + 1], 0)
            else:
                return None
        fv, fj, fend, fdec = val
        if isinstance(fv, tuple):  # a range: 百分之二三十
            lo, hi = fv
            num = _Num(start, fend, "percent", lo / div, fdec)
            num.low, num.high = lo / div, hi / div
        else:
            num = _Num(start, fend, "percent", Decimal(fv) / div, fdec)
            num.written = -fv if neg else fv
        if neg:
            num.value = -num.value
        num.marker = pre + "分之"
        num.cjk = any(c in self.tb.numch for c in norm[S[jj + 1]:fend])
        return num, fj

    def signed_value(self, j):
        """Optional 负 + value; returns (value, next_j, end, decimals) or None."""
        if j >= self.n:
            return None
        neg = False
        if self.T[j] == "N":
            if not self.joined(j + 1):
                return None
            neg = True
            j += 1
        v = self.value(j)
        if v is None or v.value is None:
            return None
        if v.low is not None:
            return ((v.low, v.high), v.j, v.end, v.decimals)
        val = -v.value if neg else v.value
        return (val, v.j, v.end, v.decimals)

    def fraction(self, j):
        """After 又: X分之Y or a/b.  Returns (value, next_j, end) or None."""
        den = self.value(j)
        if den is None or den.value is None or den.low is not None:
            return None
        jn = den.j
        T = self.T
        if self.joined(jn) and T[jn] == "F":
            num = self.signed_value(jn + 1)
            if num is None or den.value == 0 or isinstance(num[0], tuple):
                return None
            return Decimal(num[0]) / Decimal(den.value), num[1], num[2]
        if self.joined(jn) and T[jn] == "S" and self.joined(jn + 1) and T[jn + 1] == "A":
            d2 = self.value(jn + 1)
            if d2 is None or d2.value in (None, 0):
                return None
            return Decimal(den.value) / Decimal(d2.value), d2.j, d2.end
        return None

    # ---------------------------------------------------------------- values

    def value(self, j):
        """A bare numeral starting at token j, or None."""
        if j >= self.n:
            return None
        T = self.T
        t = T[j]
        if t == "A":
            if self.joined(j + 1) and T[j + 1] in ("U", "B", "Q"):
                return self.chinese(j)
            return self.arabic(j)
        if t == "D":
            if self.joined(j + 1) and T[j + 1] in ("D", "A"):
                res = self.digit_string(j)
                if res is not None:
                    return res
            return self.chinese(j)
        if t in ("U", "H"):
            return self.chinese(j)
        return None

    def arabic(self, j):
        s, e = self.S[j], self.E[j]
        txt = self.norm[s:e]
        if txt.isdigit():
            v = _V(int(txt), j + 1, e)
            v.arabic_int = txt
            v.lead_zero = len(txt) > 1 and txt[0] == "0"
            return v
        m = _ARABIC_RX.fullmatch(txt)
        if m is None:
            return None
        ip = m.group("i").replace(",", "").replace("，", "")
        fp = m.group("f") or ""
        try:
            val = Decimal((ip or "0") + ("." + fp if fp else ""))
        except InvalidOperation:
            return None
        try:
            if m.group("e"):
                val = val.scaleb(int(m.group("e")))
            if m.group("p"):
                ex = int(m.group("p"))
                if m.group("ps").count("-") % 2:
                    ex = -ex
                val = val ** ex
        except ArithmeticError:  # 0^0, 0^-1, overflow
            return None
        if val and val.adjusted() < -300:
            return None  # below float range: not a number anyone wrote
        k = m.group("k")
        if k:
            val = val * (1000 if k in "kK" else 1000000)
        if abs(val) > _MAX_VALUE:
            return None
        v = _V(val, j + 1, e, len(fp))
        if not fp and not m.group("e") and not m.group("p") and not k:
            v.arabic_int = ip
            v.value = int(ip)
            v.lead_zero = len(ip) > 1 and ip[0] == "0"
        return v

    def digit_string(self, j0):
        """二〇一八, 二00六, 三八(折): digits read one by one; 两三, 三四十: ranges."""
        T, S, E, norm = self.T, self.S, self.E, self.norm
        digits = self.tb.digits
        chars: list[str] = []
        d_tokens = 0
        j = j0
        while j < self.n and (j == j0 or self.J[j] >= 0) and len(chars) < _MAX_DIGITS:
            t = T[j]
            if t == "D":
                chars.append(norm[S[j]])
                d_tokens += 1
            elif t == "A" and self.J[j] == 0 and norm[S[j]:E[j]].isdigit() and (
                    norm[S[j]:E[j]].strip("0") == "" or (j + 1 < self.n and self.J[j + 1] >= 0 and T[j + 1] == "D")):
                # a 〇 read as 0 (二00六); other Arabic digits after a Chinese one are a number of
                # their own: "队伍16支" is 16, its 伍 a word's character
                chars.extend(norm[S[j]:E[j]])
            else:
                break
            j += 1
        if len(chars) < 2 or chars[0] in "零〇":
            return None  # years never start with 零; 零14 is 零 + 14
        end = E[j - 1]
        if len(chars) == 2 and d_tokens == 2:
            a, b = digits[chars[0]], digits[chars[1]]
            pair = chars[0] + chars[1]
            if a != 0 and (b == a + 1 or pair in self.tb.range_pairs):
                # 两三个 / 三四十人: a range, never 23 or 340
                mult = 1
                while self.joined(j) and T[j] in ("U", "B"):
                    u = norm[S[j]]
                    mult *= self.tb.small.get(u) or self.tb.big[u]
                    end = E[j]
                    j += 1
                v = _V(a * mult, j, end)
                v.low, v.high = a * mult, b * mult
                v.has_cjk = True
                return v
        if "两" in chars:
            v = _V(None, j, end)  # 两两: not a number
            return v
        if self.joined(j) and T[j] in ("U", "B", "P"):
            # the last digit belongs to what follows (一二三四五六七八九十: 九十)
            if T[j - 1] != "D" or len(chars) < 3:
                return None
            j -= 1
            chars.pop()
            end = E[j - 1]
        txt = "".join(str(digits[c]) if c in digits else c for c in chars)
        v = _V(int(txt), j, end)
        v.digit_seq = True
        v.arabic_int = txt
        v.has_cjk = True
        return v

    def chinese(self, j0):
        """Chinese (or mixed 5万4千, 3万4000, 1.2亿) numeral grammar: one handler per token
        type reads the token into the named state, or says the numeral ended before it."""
        T, S, E, J, norm = self.T, self.S, self.E, self.J, self.norm
        if T[j0] == "D" and norm[S[j0]] in "零〇":
            # a leading 零 belongs to the number only in 零点五 / 零十
            if not (self.joined(j0 + 1) and (T[j0 + 1] == "P" or (T[j0 + 1] == "U" and norm[S[j0 + 1]] in "十拾"))):
                if self.joined(j0 + 1) and T[j0 + 1] in ("A", "D", "U", "B"):
                    return None
                v = _V(0, j0 + 1, E[j0])
                v.has_cjk = True
                return v
        st = _CnState(j0)
        stop = min(self.n, j0 + _MAX_TOKENS)
        handlers = _CN_HANDLERS
        while st.j < stop:
            j = st.j
            if j > j0 and J[j] < 0:
                break
            handler = handlers.get(T[j])
            if handler is None or not handler(self, st, norm[S[j]]):
                break
        return self._cn_value(st, stop)

    # -- the Chinese numeral's token handlers: True when the token was read, False when the
    # numeral ends before it (a handler may still have updated the state, as 十 does)

    def _cn_digit(self, st: "_CnState", ch: str) -> bool:
        if st.cur is not None:
            return False
        j = st.j
        d = self.tb.digits[ch]
        if d == 0:
            if st.prev in ("D", "A", None) and j > st.j0:
                return False
            if j == st.j0:  # leading 零 (零点五, 零十) counts as a digit
                st.has_digit = True
                st.good_j = j + 1
                st.last_digit_end = self.E[j]
            st.prev = "Z"
            st.j = j + 1
            return True
        st.cur = d
        if st.prev in ("U", "B"):  # unit right before this digit: 一万三 abbreviates 一万三千
            unit = self.norm[self.S[j - 1]]
            st.cur_abbr = self.tb.small.get(unit) or self.tb.big.get(unit)
        else:
            st.cur_abbr = None
        return self._took_digit(st, j, "D")

    def _took_digit(self, st: "_CnState", j: int, kind: str) -> bool:
        """Token j was a digit of kind ``kind`` (D Chinese, A Arabic): the numeral reaches past it."""
        st.has_digit = True
        st.prev = kind
        st.last_digit_end = self.E[j]
        st.j = st.good_j = j + 1
        return True

    def _cn_arabic(self, st: "_CnState", ch: str) -> bool:
        if st.cur is not None or st.prev == "D":
            return False
        j = st.j
        av = self.arabic(j)
        if av is None:
            return False
        if av.arabic_int is None:
            # a decimal (1.2万) only opens a numeral, right before a multiplier
            if st.prev is not None or not (self.joined(j + 1) and self.T[j + 1] in ("U", "B")):
                return False
            st.dec = av.decimals
        st.cur = av.value
        st.cur_abbr = None
        return self._took_digit(st, j, "A")

    def _cn_small_unit(self, st: "_CnState", ch: str) -> bool:
        j = st.j
        u = self.tb.small[ch]
        if st.cur is None:
            if u == 10 and st.prev in (None, "Z", "B"):
                st.cur = 1  # 十 = 一十 (十五, 零十, 一万零十二)
                st.has_digit = True
                st.last_digit_end = self.E[j]
            elif st.prev is None and j == st.j0 and self.joined(j + 1) and self.T[j + 1] in ("D", "B"):
                st.cur = 1  # 百三 = 130, 千三 = 1300
            else:
                return False
        if st.last_small is not None and u >= st.last_small:
            return False
        if st.first_unit is None:
            st.first_unit = ch
        st.section += st.cur * u
        st.last_small = u
        st.cur = None
        st.prev = "U"
        st.j = st.good_j = j + 1
        return True

    def _cn_big_unit(self, st: "_CnState", ch: str) -> bool:
        b = self.tb.big[ch]
        v = st.section + (st.cur if st.cur is not None else 0)
        if not (st.prev == "B" or (st.prev == "Q" and v)) and v == 0:
            return False
        total = (st.total + v) * b if st.last_big is None or b >= st.last_big else st.total + v * b
        if total > _MAX_VALUE:
            st.too_big = True  # 一兆兆兆...: the whole numeral is left out, not read up to here
            return False
        st.total = total
        st.last_big = b
        st.section = 0
        st.cur = None
        st.last_small = None
        st.prev = "B"
        st.j = st.good_j = st.j + 1
        return True

    def _cn_qualifier(self, st: "_CnState", ch: str) -> bool:
        j = st.j
        if ch == "几":
            if st.cur is not None:
                return False
            st.cur = 0
            st.cur_abbr = None
            st.approx = "几"
            return self._took_digit(st, j, "D")
        if st.prev not in ("U", "A", "D"):
            return False
        st.approx = ch
        st.prev = "Q"
        st.j = j + 1
        return True

    def _cn_half(self, st: "_CnState", ch: str) -> bool:
        j = st.j
        if st.prev is None and self.joined(j + 1) and self.T[j + 1] == "U":
            st.cur = _HALF  # 半百
            st.has_digit = True
            st.prev = "H"
            st.j = j + 1
            return True
        return False

    def _cn_value(self, st: "_CnState", stop: int):
        """The value the tokens read add up to, with a decimal part (三点五万) and the tail of
        units after the last digit; None when nothing counted."""
        if st.good_j is None or st.too_big:
            return None
        if not st.has_digit and st.first_unit not in ("十", "拾"):
            return None  # bare 百 / 千 / 万
        T, S, E, J, norm = self.T, self.S, self.E, self.J, self.norm
        digits, small, big = self.tb.digits, self.tb.small, self.tb.big
        section, cur, dec, last_digit_end = st.section, st.cur, st.dec, st.last_digit_end
        if cur is not None:
            if st.prev == "D" and st.cur_abbr and st.cur_abbr >= 100 and cur != 0:
                section += cur * (st.cur_abbr // 10)  # 一万三 = 13000, 两千四百五 = 2450
            else:
                section += cur
        value = st.total + section
        j = st.good_j
        end = E[j - 1]
        if self.joined(j) and T[j] == "P":
            jj = j + 1
            frac = []
            while jj < stop and J[jj] >= 0 and T[jj] == "D" and norm[S[jj]] != "两":
                frac.append(str(digits[norm[S[jj]]]))
                jj += 1
            if frac:
                value = Decimal(value) + Decimal("0." + "".join(frac))
                dec = len(frac)
                end = E[jj - 1]
                last_digit_end = end
                j = jj
                if st.last_big is None and self.joined(j) and T[j] == "B":
                    while self.joined(j) and T[j] == "B":
                        value = value * big[norm[S[j]]]
                        if value > _MAX_VALUE:
                            return None
                        end = E[j]
                        j += 1
        v = _V(value, j, end, dec)
        v.approx = st.approx
        v.has_cjk = True
        if last_digit_end is not None and last_digit_end < end:
            tail = norm[last_digit_end:end].replace(" ", "")
            if tail and all(c in small or c in big for c in tail):
                v.tail_pos = last_digit_end
        return v


class _CnState:
    """What the Chinese numeral grammar has read so far, left to right."""

    __slots__ = ("j0", "j", "total", "section", "cur", "cur_abbr", "last_small", "last_big", "prev",
                 "has_digit", "approx", "dec", "good_j", "last_digit_end", "first_unit", "too_big")

    def __init__(self, j0: int):
        self.j0 = self.j = j0  # first token; the token to read next
        self.total = 0  # the groups closed by 万/亿
        self.section = 0  # the group being read, below the last 万/亿
        self.cur = None  # a digit (or Arabic value) waiting for its unit
        self.cur_abbr = None  # unit just before a Chinese digit (一万三: 万)
        self.last_small = None  # the last 十/百/千 of this group: the next one must be smaller
        self.last_big = None  # the last 万/亿
        # the previous token: D digit (or 几), Z 零, A Arabic, U small unit, B big unit, Q 余/多, H 半
        self.prev = None
        self.has_digit = False
        self.approx = None  # 余/多/几 written inside the numeral
        self.dec = 0  # decimals of an opening Arabic decimal (1.2万)
        self.good_j = None  # index after the last token that contributed
        self.last_digit_end = None
        self.too_big = False  # a 万/亿 took the value past _MAX_VALUE
        self.first_unit = None


class _Reading:
    """A value and what its suffix made of it: the named state of ``_Parser.single``."""

    __slots__ = ("v", "kind", "value", "end", "jn", "marker", "written", "lo", "hi", "dec")

    def __init__(self, v: _V):
        self.v = v  # the bare value as read
        self.kind = "number"  # number | percent | fraction
        self.value = self.written = v.value  # written: the figure as printed (七成 -> 7)
        self.end = v.end
        self.jn = v.j  # the token after what has been read
        self.marker = None  # the percent marker (%, 成, 折, 个百分点 ...)
        self.lo, self.hi = v.low, v.high
        self.dec = v.decimals


_SUFFIX_HANDLERS = {
    "F": _Parser._sfx_fen_zhi,
    "Y": _Parser._sfx_you,
    "S": _Parser._sfx_slash,
    "A": _Parser._sfx_spaced_fraction,
    "PCT": _Parser._sfx_percent,
    "CH": _Parser._sfx_cheng_zhe,
    "DOZ": _Parser._sfx_dozen,
}


_CN_HANDLERS = {
    "D": _Parser._cn_digit,
    "A": _Parser._cn_arabic,
    "U": _Parser._cn_small_unit,
    "B": _Parser._cn_big_unit,
    "Q": _Parser._cn_qualifier,
    "H": _Parser._cn_half,
}


_START_TYPES = frozenset({"A", "D", "U", "B", "N", "H", "CH", "DOTS"})


def _tail_factor(tail: str) -> int | None:
    tb = _tables()
    f = 1
    for c in tail.replace(" ", ""):
        u = tb.small.get(c) or tb.big.get(c)
        if u is None:
            return None
        f *= u
    return f


def _scan(text: str, report: bool = False, norm: str | None = None,
          lone_context: tuple[frozenset[str], frozenset[str]] | None = None,
          plain_kept: frozenset[str] | None = None, plain_year: str | None = None,
          plain_needs: dict[str, tuple[str, ...]] | None = None) -> list[_Num]:
    """The numbers of ``text`` (``lone_context``, ``plain_kept``, ``plain_year``, ``plain_needs``:
    see _Parser)."""
    if norm is None:
        norm = fold(text)
    return _Parser(norm, text, report, lone_context, plain_kept, plain_year, plain_needs).parse_all()


def find_numbers(text: str, *, report: bool = False) -> list[NumberMatch]:
    """Every numeral in ``text``, left to right, non-overlapping.

    ``report=True`` applies the report-domain lexicon too (set phrases such as
    一站式/十二五, slogans 一村一品, 1+6模式) and turns off the 打 (dozen) and
    k/M suffixes, which reports do not use.  The default follows the generic
    grammar (e.g. 一只 -> 1).
    """
    if not text:
        return []
    return [m.to_match(text) for m in _scan(text, report)]


_TRAILING_QUAL = ("余", "多", "几", "许", "来")


def parse_number(s: str) -> float | None:
    """Value of one numeral string; None unless the whole string is one numeral.

    Percent forms give the percentage (百分之九十五 -> 95, 两成 -> 20), fractions
    their value (三分之一 -> 0.333...), ranges their low end.  A trailing
    余/多/几 is tolerated (十余 -> 10).
    """
    if not isinstance(s, str):
        return None
    return _parse_number(s)


@functools.lru_cache(maxsize=4096)  # heading numbers (一, 十二) are asked for on every page
def _parse_number(s: str) -> float | None:
    t = s.strip()
    while t and t[-1] in _TRAILING_QUAL and len(t) > 1:
        t = t[:-1].rstrip()
    if not t:
        return None
    nums = _scan(t)
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != len(t):
        return None
    return float(nums[0].value)
