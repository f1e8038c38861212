"""Helpers that let rule patterns from resources/ run fast without changing what they match.

Rule patterns run on Python's re where they mean the same there (compile_pattern), else on
the regex module. Either engine scans for a leading literal quickly, but tries every position
of the text for a pattern that starts with an anchor (``^``), a group or a lazy run. These
helpers split and steer such patterns so the engine only tries where a match can be.
"""
from __future__ import annotations

import bisect
import functools
import math
import re
import sys
from re import _compiler as _sre_compiler  # Python 3.11+: re's compiler, for _compile_led
from re import _constants as _sre_constants
from re import _parser as _sre  # Python 3.11+: where a parsed pattern can start
from typing import Callable, Iterable, Iterator

import regex

from . import re_cache
from .re_charsets import remembered_charsets

# A regex timeout costs ~0.8 us per call, more than most matches on a short line; it is
# only worth having where one call scans a long text (flattened pages: 200,000 chars). Passing
# timeout=None costs as much (regex parses the keyword: a search of a short line 0.4 -> 1.9 us),
# so the helpers below pass the keyword only when there is a timeout.
LONG_TEXT = 2_000
TIMEOUT = 5.0  # seconds; bounded patterns (tests/test_long_lines.py) never get near it


def timeout_for(length: int) -> float | None:
    """The regex timeout for one call over ``length`` characters: none for short texts."""
    return TIMEOUT if length > LONG_TEXT else None


# Python's re runs a plain pattern about twice as fast as the regex module (less work per call,
# and most calls are on short lines), so rule patterns go to re unless they use what only regex
# has. They then match exactly the same: \p{Han} and \s become the code points regex gives them
# (tests/test_patterns.py checks both against regex); \d differs only on code points that
# Python's Unicode 14 leaves unassigned; (?i) stays with regex (re also folds ı and İ into i).
# (Python escapes, not re's: the class holds the characters themselves, which re parses several
# times faster than \u escapes; it is in over a hundred rule patterns)
HAN = ("\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
       "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
       "\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
       "\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479")
WHITE_SPACE = r"\t-\r\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RE_FLAGS = re.MULTILINE | re.DOTALL | re.VERBOSE
_INLINE_FLAGS = re_cache.compile(r"\(\?([a-zA-Z-]*)")
_GLOBAL_FLAGS = re_cache.compile(r"\(\?[a-zA-Z]+\)")


def _for_re(pattern: str) -> str | None:
    """``pattern`` spelt for re with regex's meaning, or None when only regex can run it."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if pattern.startswith("p{Han}", i + 1):
                out.append(HAN if in_class else f"[{HAN}]")
                i += 7
                continue
            if nxt == "s":
                out.append(WHITE_SPACE if in_class else f"[{WHITE_SPACE}]")
            elif nxt == "S" and not in_class:
                out.append(f"[^{WHITE_SPACE}]")
            elif nxt and nxt in "pPwWbBSXGKmMLN":  # classes re defines otherwise or not at all
                return None
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "[" and pattern[i + 1:i + 2] == ":":
                return None  # a POSIX class ([[:alpha:]]), which re reads as members
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[k:k + 1] == "]":  # a leading ] is a member, not the end
                k += 1
            out.append(pattern[i:k])
            i = k
            continue
        elif ch == "(":
            flags = _INLINE_FLAGS.match(pattern, i)
            if flags and flags.group(1) == "i" and pattern.startswith(":", flags.end()):
                # (?i:docx?|pdf): its letters as the classes regex folds them into, when that is all
                end = _group_end(pattern, i)
                inner = _case_classes(pattern[flags.end() + 1:end]) if end else None
                inner = _for_re(inner) if inner is not None else None
                if inner is None:
                    return None
                out.append(f"(?:{inner})")
                i = end + 1
                continue
            if flags and not flags.group(1).startswith("P") and set(flags.group(1)) - set("msx-"):
                return None  # (?i), (?r), (?V1) …
        elif ch == "{" and pattern[i + 1:i + 2] in ("e", "i", "d", "s"):
            return None  # fuzzy matching
        out.append(ch)
        i += 1
    return "".join(out)


# the characters regex's case-insensitive matching (version 0, simple case folding) takes an
# ASCII letter for: the letter in either case, and for i, k and s one more each (İ, the Kelvin
# sign, the long s); tests/test_patterns.py checks these against regex
_CASE_FOLDS = {"i": "iIİ", "k": "kK\u212a", "s": "sS\u017f"}


def _case_classes(body: str) -> str | None:
    """The body of a ``(?i:…)`` group with each letter spelt as the class regex matches it with,
    so it means the same without the flag; None when it holds what that is not worked out for
    (a class or named group with letters in it, a character of any case beyond ASCII, \\p{…})."""
    out: list[str] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1:i + 2]
            if not nxt or nxt.isalnum() and nxt not in "dDsSwWbBntr":  # \p{…}, \x41, \1 …
                return None
            out.append(body[i:i + 2])
            i += 2
            continue
        if ch == "[":
            if body.startswith(("[]", "[^]"), i):  # a leading ] is a member
                return None
            end = body.find("]", i + 1)
            members = re.sub(r"\\[ds]", "", body[i + 1:end])  # digits and white space have no case
            if end < 0 or "\\" in members or any(c.isalpha() for c in members):
                return None
            out.append(body[i:end + 1])
            i = end + 1
            continue
        if body.startswith("(?P", i) or body.startswith("(?i", i) or body.startswith("{", i) and not \
                re.match(r"\{\d*,?\d*\}", body[i:]):
            return None
        if ch.isascii() and ch.isalpha():
            low = ch.lower()
            out.append("[" + _CASE_FOLDS.get(low, low + low.upper()) + "]")
        elif not ch.isascii() and (ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch):
            return None  # a cased letter beyond ASCII
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character of ``pattern`` from ``start`` that
    is syntax: not escaped, not inside a character class."""
    depth = 0
    in_class = escaped = False
    for k in range(start, len(pattern)):
        ch = pattern[k]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield k, ch, depth


def _group_end(pattern: str, i: int) -> int | None:
    """The index of the ``)`` that closes the group opening at ``pattern[i]``."""
    return next((k for k, ch, depth in _syntax(pattern, i) if ch == ")" and depth == 0), None)


def _class_item(op, av) -> str | None:
    """One member of a parsed character class, spelt for a class; None for ones not handled."""
    if op is _sre.LITERAL:
        return f"\\U{av:08x}"
    if op is _sre.RANGE and av[1] - av[0] < 64:  # A-Z, 0-9, white space: member by member, not a wide range
        return "".join(f"\\U{c:08x}" for c in range(av[0], av[1] + 1))
    if op is _sre.RANGE:
        return f"\\U{av[0]:08x}-\\U{av[1]:08x}"
    if op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
        return r"\d"
    return None


def _prefix_classes(items, k: int, multiline: bool = False) -> list[list[str] | None]:
    """For each of the first ``k`` characters of a match of the parsed sequence ``items``, the
    class members it is one of; None where that is not worked out here (anchors but a line start,
    negated classes, any character) or where a match can end before it. Without ``multiline`` a
    ``^`` is no line start: a pattern opening with it is tried at the text's start only anyway."""
    classes: list[list[str] | None] = [[] for _ in range(k)]
    ends = _walk_prefix(items, {0}, classes, k, multiline)
    if ends is None:
        return [None] * k
    shortest = min(ends)  # a match can end there: no character after it is sure to be in the text
    return [c if i < shortest else None for i, c in enumerate(classes)]


def _walk_prefix(items, starts: set[int], classes: list, k: int, multiline: bool) -> set[int] | None:
    """Where (in characters, k standing for k or more) a match of ``items`` can end that starts
    ``starts`` characters into the match; adds what each character before k can be to ``classes``
    (None: any character). None when an item is not handled: nothing is known then."""
    at = set(starts)
    for op, av in items:
        live = {n for n in at if n < k}
        if not live:
            break
        if op is _sre.ASSERT or op is _sre.ASSERT_NOT or (multiline and op is _sre.AT and av is _sre.AT_BEGINNING):
            continue  # a lookaround or a line start consumes nothing
        if op in (_sre.LITERAL, _sre.IN, _sre.NOT_LITERAL, _sre.ANY):  # one character
            if op is _sre.LITERAL:
                members = [_class_item(op, av)]
            elif op is _sre.IN:
                members = [_class_item(o, a) for o, a in av]  # a negated class gives a None
            else:
                members = [None]
            for n in live:
                if classes[n] is not None:
                    classes[n] = None if None in members else classes[n] + members
            ends = {n + 1 for n in live}
        elif op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP:
            if op is _sre.SUBPATTERN and (av[1] or av[2]):
                return None  # scoped flags
            ends = _walk_prefix((av[3] if op is _sre.SUBPATTERN else av).data, live, classes, k, multiline)
            if ends is None:
                return None
        elif op is _sre.BRANCH:
            ends = set()
            for branch in av[1]:
                found = _walk_prefix(branch.data, live, classes, k, multiline)
                if found is None:
                    return None
                ends |= found
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            least, most, sub = av
            ends = set(live) if least == 0 else set()
            step: set[int] | None = live
            # k more rounds than the least take every offset to k (or it stays where it was)
            for rounds in range(1, min(most, least + k) + 1):
                step = _walk_prefix(sub.data, step, classes, k, multiline)
                if step is None:
                    return None
                if rounds >= least or step == {k}:
                    ends |= step
                if step == {k}:
                    break
        else:
            return None
        at = (at - live) | {min(n, k) for n in ends}
    return at


def _scans_itself(items) -> bool:
    """Whether re tries ``items`` at every position fast by itself: they start with a literal,
    a class or words (as re's own prefix scan sees them). A run of one class ("[甲乙]+", "甲{1,3}")
    is not among them: re enters its matcher at every position for one (2.5x slower over text
    without its characters than the same class ahead of it)."""
    while items and items[0][0] is _sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3].data
    if not items:
        return True
    op, av = items[0]
    if op is _sre.BRANCH:
        return all(b.data and b.data[0][0] is _sre.LITERAL for b in av[1])
    return op in (_sre.LITERAL, _sre.IN)


def _first_class(spelt: str, flags: int, parsed=None) -> str | None:
    """The characters a match of ``spelt`` can start with, as a class ("[…]"); None when there
    is no such set, or one with a wide range (such as Han): most positions would pass that."""
    if _GLOBAL_FLAGS.match(spelt):
        return None
    first = _prefix_classes((parsed or _sre.parse(spelt, flags)).data, 1, bool(flags & re.MULTILINE))[0]
    return None if first is None or any("-" in m for m in first) else f"[{''.join(first)}]"


def _second_class(parsed, flags: int) -> str | None:
    """The characters the second character of a match is one of, as a class ("[…]"), for a
    pattern whose matches are at least two long; None when unknown, or as wide as in
    :func:`_first_class`."""
    second = _prefix_classes(parsed.data, 2, bool(flags & re.MULTILINE))[1]
    return None if second is None or any("-" in m for m in second) else f"[{''.join(second)}]"


def _behind(first: str, spelt: str, flags: int) -> str:
    """``spelt`` behind a lookahead for the class ``first``."""
    return f"(?={first})(?:{spelt}\n)" if flags & re.VERBOSE else f"(?={first})(?:{spelt})"


def _with_first_chars(spelt: str, flags: int) -> tuple[str, str | None]:
    """``spelt`` behind a lookahead for the characters a match can start with, when re would
    otherwise try the whole pattern at every position (it scans for a leading literal or class
    by itself, not for the first characters of groups: 3-7x faster on alternations of words);
    with that class (None: no lookahead)."""
    first = re_cache.remembered("lead", f"{flags}\0{spelt}", lambda: _lead(spelt, flags))
    return (spelt, None) if first is None else (_behind(first, spelt, flags), first)


def _lead(spelt: str, flags: int) -> str | None:
    """The class for :func:`_with_first_chars`' lookahead, or None."""
    parsed = _sre.parse(spelt, flags)
    if _GLOBAL_FLAGS.match(spelt) or _scans_itself(parsed.data):
        return None
    return _first_class(spelt, flags, parsed)


def _leads(spelt: str, flags: int) -> tuple[str | None, str | None]:
    """:func:`_first_class` of ``spelt`` and, when there is one, :func:`_second_class`."""
    def classes() -> list[str | None]:
        parsed = _sre.parse(spelt, flags)
        first = _first_class(spelt, flags, parsed)
        return [first, _second_class(parsed, flags) if first else None]

    first, second = re_cache.remembered("leads", f"{flags}\0{spelt}", classes)
    return first, second


def compile_with_first_chars(spelt: str, flags: int = 0) -> re.Pattern:
    """``re.compile(spelt, flags)``, behind a lookahead for the characters a match can start
    with where that helps (:func:`_with_first_chars`), searched for at C speed (:func:`_compile_led`)."""
    source, first = _with_first_chars(spelt, flags)
    return _compile_led(source, flags, first)


def _compile_led(source: str, flags: int, first: str | None) -> re.Pattern:
    """``re.compile(source, flags)`` for a ``source`` whose matches each start with a character of
    the class ``first`` (a string "[…]" of single characters; None: not known), as one opening
    with a lookahead for it does, told so. re finds no such class behind a lookahead: a search
    entered its matcher at every position of the text, where the lookahead failed (~10 ns a
    character); told the class, it steps over the other characters in one C loop (~1 ns), as it
    does for a pattern opening with a class. The class goes into the info block re's compiler
    writes for such a pattern; the matcher runs the same program, lookahead included, so each
    match is what re.compile's pattern gives. The program is kept between runs (re_cache)."""
    return re_cache.compile_kept("led", f"{flags}\0{first}\0{source}", source,
                                 lambda: _led_program(source, flags, first), flags)


def _led_program(source: str, flags: int, first: str | None) -> re_cache.Program:
    """The program :func:`_compile_led` runs (re.compile's own where the class cannot go in), each
    character class built once over all rule patterns, its members beyond the BMP apart, and where
    \\d is Unicode's, its digits too (re_charsets)."""
    parsed = _sre.parse(source, flags)
    unicode_digits = isinstance(source, str) and not (flags | parsed.state.flags) & (re.ASCII | re.LOCALE)
    with remembered_charsets(astral_apart=True, digits_apart=unicode_digits):
        return _led_program_of(source, flags, first, parsed)


def _led_program_of(source: str, flags: int, first: str | None, parsed) -> re_cache.Program:
    if first is None:
        return re_cache.program_of(source, flags)
    original_flags = flags
    flags |= parsed.state.flags  # re.UNICODE among them: \d in the class is any Unicode digit
    code = _sre_compiler._code(parsed, flags)
    # the info block: INFO, skip, flags, least width, most width[, prefix or class]; only one
    # without a prefix or class of its own gets ours, and only one for matches of one character or
    # more (re's search does not step past an empty match in a class scan)
    lead = _sre.parse(first, flags).data
    if (code[0] != _sre_constants.INFO or code[2] != 0 or code[3] == 0
            or len(lead) != 1 or lead[0][0] is not _sre_constants.IN or flags & re.IGNORECASE):
        return re_cache.program_of(source, original_flags)
    charset, hascased = _sre_compiler._optimize_charset(lead[0][1])
    if hascased:
        return re_cache.program_of(source, original_flags)
    info = [_sre_constants.INFO, 0, _sre_constants.SRE_INFO_CHARSET, code[3], code[4]]
    _sre_compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    code = info + code[code[1] + 1:]
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, k in groupindex.items():
        indexgroup[k] = name
    # (another Python's matcher may reject this program: compile_kept then uses re.compile)
    return flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


class LazyPattern:
    """A rule pattern compiled on its first use (:func:`compile_pattern`): a run that never needs
    it (its rule's cue is on no page read) never pays for its compile (re's of a Han class takes
    ~2 ms). The first use binds the compiled pattern's methods on the instance, where they shadow
    the class's, so later calls cost what calls on the compiled pattern cost (no __getattr__: a
    class with one looks up every attribute more slowly)."""

    __slots__ = ("_source", "_compiled", "__dict__")

    def __init__(self, pattern: str, flags: int, many_calls: bool):
        self._source = (pattern, flags, many_calls)
        self._compiled = None
        _CREATED.append(self)

    @property
    def compiled(self) -> re.Pattern | regex.Pattern:
        if self._compiled is None:
            self._compiled = _compile_now(*self._source)
            for name in _PATTERN_METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern{self._source!r}"


# every LazyPattern made so far, for compile_created (rule files make a bounded set)
_CREATED: list[LazyPattern] = []


def compile_created() -> int:
    """Compile every rule pattern made so far that has not run yet; the number compiled. A
    long-running process (a batch worker, a benchmark) pays for all compiles up front, as
    jieba does for its dictionary, instead of on the first page that needs each pattern."""
    return len([p.compiled for p in _CREATED if p._compiled is None])


_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def _compiling_call(name: str):
    """The class's method ``name``: compile, then call (the instance's bound method answers later calls)."""
    def call(self, *args, **kwargs):
        return getattr(self.compiled, name)(*args, **kwargs)
    call.__name__ = name
    return call


for _name in _PATTERN_METHODS:
    setattr(LazyPattern, _name, _compiling_call(_name))
for _name in ("pattern", "flags", "groups", "groupindex"):
    setattr(LazyPattern, _name, property(lambda self, _name=_name: getattr(self.compiled, _name)))


def resolved(pattern: re.Pattern | regex.Pattern | LazyPattern) -> re.Pattern | regex.Pattern:
    """The compiled pattern behind ``pattern``."""
    if isinstance(pattern, LazyPattern):
        return pattern._compiled or pattern.compiled  # the property only for the first use
    return pattern


@functools.lru_cache(maxsize=1024)  # some patterns are compiled from more than one place
def compile_pattern(pattern: str, flags: int = 0, many_calls: bool = False) -> LazyPattern:
    """``pattern`` as :func:`_compile_now` compiles it, compiled on its first use."""
    return LazyPattern(pattern, flags, many_calls)


@functools.lru_cache(maxsize=1024)
def _compile_now(pattern: str, flags: int = 0, many_calls: bool = False) -> re.Pattern | regex.Pattern:
    """``pattern`` compiled with re when it means the same there, else with regex. Calls on the
    result pass no regex-only arguments (timeout, overlapped): patterns that need them are
    compiled with regex directly.

    re compiles a Han class slowly (it fills the class's bitmap one code point at a time, about
    1 ms a class, 0.2 s over all rule files): a pattern with one goes to re only when it runs
    ``many_calls`` (once per line), where re's cheaper calls pay that back."""
    spelt = _for_re(pattern) if not flags & ~_RE_FLAGS and (many_calls or r"\p{Han}" not in pattern) else None
    if spelt is not None:
        try:
            return compile_with_first_chars(spelt, flags)
        except re.error:  # variable-width lookbehind, nested quantifiers …
            pass
    return regex.compile(pattern, flags)


_MAX_GATE_CLASS = 8  # a class of more characters passes nearly every text: no use as a gate
# a clause of more strings costs as many substring scans when a text holds none (about what the
# pattern's own scan costs), and passes more texts: left out of gates
_MAX_GATE_WORDS = 6


def _literal_clauses(items) -> list[frozenset[str]]:
    """Clauses that every match of the parsed sequence ``items`` satisfies: each is a set of
    strings one of which occurs in the text (runs of literals, small classes; lookaheads and
    lookbehinds too, as what they match is in the text as well)."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # the sentinel closes the last run of literals
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            clauses.append(frozenset(["".join(run)]))
            run = []
        if op is _sre.IN and len(av) <= _MAX_GATE_CLASS and all(o is _sre.LITERAL for o, _ in av):
            clauses.append(frozenset(chr(a) for _, a in av))
        elif op is _sre.SUBPATTERN and not (av[1] or av[2]):
            clauses += _literal_clauses(av[3].data)
        elif op is _sre.ATOMIC_GROUP:
            clauses += _literal_clauses(av.data)
        elif op is _sre.ASSERT:
            clauses += _literal_clauses(av[1].data)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            clauses += _literal_clauses(av[2].data)
        elif op is _sre.BRANCH:
            branches = [_literal_clauses(b.data) for b in av[1]]
            # one clause of each alternative, the most telling: their union holds for any match;
            # too many strings for a gate, a few that the alternatives' strings share may do (分
            # for 得分, 扣分, 计分 …)
            best = [max(b, default=None, key=_telling) for b in branches]
            if None not in best:
                union = frozenset().union(*best)
                clauses.append(union if len(union) <= _MAX_GATE_WORDS else _shared_strings(branches))
    return [c for c in clauses if c]


def _shared_strings(branches: list[list[frozenset[str]]]) -> frozenset[str]:
    """A few strings one of which every match of an alternation holds, given each alternative's
    clauses (an alternative holds a string when each string of one of its clauses contains it),
    from those strings and their characters; picked greedily, the one most alternatives hold
    first, the longest (the rarest) on a tie. Empty when more than a gate's worth would be needed."""
    def holds(s: str, clauses: list[frozenset[str]]) -> bool:
        return any(all(s in w for w in clause) for clause in clauses)

    found: set[str] = set()
    while branches and len(found) < _MAX_GATE_WORDS:
        words = {w for b in branches for clause in b for w in clause}
        words = sorted(words | {ch for w in words for ch in w}, key=lambda w: (len(w), w))
        best = max(words, key=lambda s: (sum(holds(s, b) for b in branches), len(s)), default=None)
        if best is None or not any(holds(best, b) for b in branches):
            return frozenset()
        found.add(best)
        branches = [b for b in branches if not holds(best, b)]
    return frozenset() if branches else frozenset(found)


def _telling(clause: frozenset[str]) -> tuple[bool, int, int]:
    """How rarely a clause holds, roughly: digits are in most texts (years), longer strings and
    fewer of them are rarer."""
    return not any(w.isdigit() for w in clause), min(map(len, clause)), -len(clause)


@functools.lru_cache(maxsize=1024)
def literal_gate(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Strings a text must hold for ``pattern`` to match anywhere in it: for each clause, one of
    its strings (see :func:`may_match`). Empty when nothing is known (patterns only regex runs,
    case-insensitive ones)."""
    spelt = None if flags & ~_RE_FLAGS else _for_re(pattern)
    if spelt is None or _GLOBAL_FLAGS.match(spelt):
        return ()

    def clauses() -> tuple[frozenset[str], ...]:
        try:
            parsed = _sre.parse(spelt, flags)
        except re.error:
            return ()
        return tuple(dict.fromkeys(c for c in _literal_clauses(parsed.data) if len(c) <= _MAX_GATE_WORDS))

    return re_cache.remembered("gate", f"{flags}\0{spelt}", clauses, encode=lambda gate: [list(c) for c in gate],
                               decode=lambda kept: tuple(map(frozenset, kept)))


_LONG_GATED_TEXT = 256
# each gate's clauses as may_match tests them on a long text (_gate_words): gates come from rule
# files (a bounded set); the store starts afresh past this many
_GATE_WORDS_KEPT = 4096
_GATE_WORDS: dict[tuple[frozenset[str], ...], tuple[tuple[tuple[str, str, str], ...], ...]] = {}


def _gate_words(gate: tuple[frozenset[str], ...]) -> tuple[tuple[tuple[str, str, str], ...], ...]:
    """:func:`_words_of_gate`, kept (bounded) for :func:`may_match`."""
    words = _words_of_gate(gate)
    if len(_GATE_WORDS) >= _GATE_WORDS_KEPT:
        _GATE_WORDS.clear()
    _GATE_WORDS[gate] = words
    return words


def _words_of_gate(gate: tuple[frozenset[str], ...]) -> tuple[tuple[tuple[str, str, str], ...], ...]:
    """Each clause of ``gate`` as (first character, last character, word) of each of its strings,
    made once a gate (a string per character taken from a word cost more than its test); a
    string of one character tested once (then "" twice, which every text holds at once)."""
    return tuple(tuple((w, "", "") if len(w) == 1 else (w[0], w[-1], w) for w in sorted(clause, key=lambda w: (len(w), w)))
                 for clause in sorted(gate, key=len))  # (the clauses of fewest strings first: fewest tests to fail)


def anchored_try_reach(pattern: str) -> int | None:
    """For a pattern that matches only at a text's start, how many characters a try of it may read before it
    must meet a character of a known set (:func:`_try_reach`: a try that fails costs about that much); None
    for a pattern not anchored so, or one ``re`` cannot spell. A measure for choosing how to run a pattern
    (behind its literal gate or not); no match depends on it."""
    spelt = _for_re(pattern)
    parsed = _sre.parse(spelt).data if spelt is not None else None
    return _try_reach(parsed)[0] if parsed and _anchored(parsed) else None


def _anchored(items) -> bool:
    """Whether the parsed pattern ``items`` matches only at a text's start (^, or ^ in each alternative)."""
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BEGINNING or av is _sre.AT_BEGINNING_STRING
    if op is _sre.BRANCH:
        return all(branch.data and _anchored(branch.data) for branch in av[1])
    return False


def _narrow(op, av) -> bool:
    """Whether a one-character item is a literal or a class of a known set (not a negation, nor a wide range)."""
    if op is _sre.LITERAL:
        return True
    return op is _sre.IN and all(o is _sre.LITERAL or o is _sre.RANGE and a[1] - a[0] < 64
                                       for o, a in av)


def _try_reach(items) -> tuple[int, bool]:
    """How many characters a try of the parsed pattern ``items`` may read before it must meet a character of a known
    set (:func:`_narrow`), and whether it must meet one at all: a repeated negated class reads up to its bound,
    an optional part what it may take, a lookaround what it reads. sys.maxsize where that is not worked out here.
    (A measure of what a failing try costs; no result depends on it.)"""
    total = ahead = 0
    for op, av in items:
        if op is _sre.AT:
            continue
        if op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            ahead = max(ahead, total + _try_reach(av[1].data)[0])
        elif op in (_sre.LITERAL, _sre.IN, _sre.NOT_LITERAL, _sre.ANY):
            if _narrow(op, av):
                return max(total, ahead), True
            total += 1
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            least, most, sub = av
            if len(sub.data) == 1 and sub.data[0][0] in (_sre.IN, _sre.NOT_LITERAL, _sre.ANY) \
                    and not _narrow(*sub.data[0]):
                total += sys.maxsize if most is _sre.MAXREPEAT else most
                continue
            reach, met = _try_reach(sub.data)
            if least and met:
                return max(total + reach, ahead), True
            total += reach
        elif op is _sre.SUBPATTERN or op is _sre.BRANCH:
            found = [_try_reach(av[3].data)] if op is _sre.SUBPATTERN else [_try_reach(b.data) for b in av[1]]
            total += max(reach for reach, _ in found)
            if all(met for _, met in found):
                return max(total, ahead), True
        else:
            return sys.maxsize, False
    return max(total, ahead), False


class GateList:
    """:func:`may_match` of each gate of a fixed list (a stage's rules, in file order) on one text, in
    one call, each gate's words made once at load (may_match looks them up per gate and text, a third
    of the tests' cost on a page's ~60 gates); the tests are may_match's own, in its order."""

    def __init__(self, gates: Iterable[tuple[frozenset[str], ...]]):
        self._gates = list(gates)
        self._words = [_words_of_gate(gate) for gate in self._gates]  # (as may_match tests a long text)

    def passing(self, text: str) -> list[bool]:
        """Per gate, ``may_match(gate, text)``."""
        if len(text) <= _LONG_GATED_TEXT:
            return [may_match(gate, text) for gate in self._gates]
        return [_holds_each_clause(clauses, text) for clauses in self._words]


def _holds_each_clause(clauses: tuple[tuple[tuple[str, str, str], ...], ...], text: str) -> bool:
    """Whether a long ``text`` holds a string of each clause (:func:`_words_of_gate`'s form). Looking for a
    word of several characters in a page of Chinese (two bytes a character) takes ~20x as long as looking
    for one character: a word's first and last ones are looked for first, and most words a page lacks
    lack one of them."""
    for clause in clauses:
        for first, last, w in clause:
            if first in text and last in text and w in text:
                break
        else:
            return False
    return True


def may_match(gate: tuple[frozenset[str], ...], text: str) -> bool:
    """False when ``text`` lacks a string every match needs (``gate``: :func:`literal_gate`);
    a few substring tests, far cheaper than a scan that finds nothing."""
    if len(text) > _LONG_GATED_TEXT:
        clauses = _GATE_WORDS.get(gate)
        return _holds_each_clause(_gate_words(gate) if clauses is None else clauses, text)
    for clause in gate:  # plain loops: generators cost more than the tests on a short text
        for w in clause:
            if w in text:
                break
        else:
            return False
    return True


def gate_search(gate: tuple[frozenset[str], ...]) -> Callable[[str], object] | None:
    """A test of a line that is true exactly when ``may_match(gate, line)`` is: each clause as one
    alternation of its strings, searched at C speed (one call; may_match's Python loops over the
    strings cost ~3x as much on a line of ~20 characters, and LineRules tests ~10 gates a line).
    None for the empty gate, which every text passes."""
    if not gate:
        return None
    searches = [re_cache.compile("|".join(map(re.escape, sorted(clause)))).search for clause in gate]
    if len(searches) == 1:
        return searches[0]
    if len(searches) == 2:  # (most gates of more than one clause: no loop, a call fewer)
        first, second = searches
        return lambda text: first(text) and second(text)

    def each_clause(text: str) -> bool:
        for found in searches:
            if not found(text):
                return False
        return True
    return each_clause


class GateWords:
    """Which of several gates (:func:`literal_gate`) a line passes, from one scan of it for all
    their strings: LineRules tests ~10 gates a line, each a search (a call and a scan of the line),
    where most lines hold none of their strings. The scan finds at each position the longest of the
    strings there; the shorter ones there are its prefixes, so the strings a line holds are those
    and the strings they start with."""

    def __init__(self, gates: Iterable[tuple[frozenset[str], ...]]):
        self.gates = [gate for gate in dict.fromkeys(gates) if gate]
        self.index = {gate: k for k, gate in enumerate(self.gates)}  # a gate -> its number
        words = sorted({w for gate in self.gates for clause in gate for w in clause}, key=lambda w: (-len(w), w))
        self._findall = None
        if words:
            first = "[" + re.escape("".join(sorted({w[0] for w in words}))) + "]"
            # each hit takes its first character, so the next one is looked for from the following
            # position (overlapping strings are all found); led by the strings' first characters
            self._findall = _compile_led(f"(?=({'|'.join(map(re.escape, words))})){first}", 0, first).findall
        held_with = {w: frozenset(s for s in words if w.startswith(s)) for w in words}
        self._held_with = None if all(len(h) == 1 for h in held_with.values()) else held_with
        # the gates a line holding only these strings passes, for each string found (most lines
        # that hold any hold one); for each set of strings found on a line, once (lines of a page and
        # of a site hold the same few sets: a test of every gate per line cost more than its scan)
        self._alone = {w: self._passed(held) for w, held in held_with.items()}
        self._by_found: dict[frozenset[str], frozenset[int]] = {}

    # sets of strings found whose gates are kept (then the store starts afresh)
    FOUND_SETS_KEPT = 1 << 12

    def _passed(self, held: set[str] | frozenset[str]) -> frozenset[int]:
        """The gates passed by a line holding the strings ``held`` (and no others of theirs)."""
        return frozenset(k for k, gate in enumerate(self.gates) if all(not c.isdisjoint(held) for c in gate))

    def passing(self, line: str) -> frozenset[int]:
        """The numbers of the gates ``line`` passes: ``{k for k, gate in enumerate(self.gates) if
        may_match(gate, line)}``."""
        found = self._findall(line) if self._findall is not None else None
        if not found:
            return _NO_GATES
        if len(found) == 1:
            return self._alone[found[0]]
        key = frozenset(found)
        passed = self._by_found.get(key)
        if passed is None:
            if len(self._by_found) >= self.FOUND_SETS_KEPT:
                self._by_found.clear()
            held = key if self._held_with is None else frozenset().union(*map(self._held_with.__getitem__, key))
            passed = self._by_found[key] = self._passed(held)
        return passed


_NO_GATES: frozenset[int] = frozenset()


class GatedPattern:
    """A rule pattern with the strings a text must hold for it to match (:func:`literal_gate`):
    a scan of a text that lacks them is skipped after a few substring tests (most lines and
    reports hold no 分, no 分别, no 总结 …)."""

    def __init__(self, pattern: str, flags: int = 0, many_calls: bool = False):
        self.pattern = compile_pattern(pattern, flags, many_calls)
        self.gate = literal_gate(pattern, flags)

    def may_match(self, text: str) -> bool:
        return may_match(self.gate, text)

    def finditer(self, text: str) -> Iterator[re.Match | regex.Match]:
        return finditer(self.pattern, text) if may_match(self.gate, text) else iter(())

    def search(self, text: str) -> re.Match | regex.Match | None:
        return search(self.pattern, text) if may_match(self.gate, text) else None


class Alternatives:
    """An alternation of rule patterns (one per class of a rule file's list) that searches each
    text with only the alternatives it can hold (:func:`literal_gate`): an alternative that matches
    nowhere in the text never wins a position, so leaving it out changes no match.

    Each alternative is compiled once and searched on its own; their hits are merged as the
    alternation would give them (leftmost first, ties to list order, the scan going on after
    each hit). Compiling the alternation of each text's subset instead took ~5 ms for every new
    subset, and pages of varied sites bring new ones (153 over the benchmark corpus's 364 pages)."""

    def __init__(self, alternatives: list[str], flags: int = 0):
        self._gates = [literal_gate(a, flags) for a in alternatives]
        self._patterns = [compile_pattern(f"(?:{a})", flags) for a in alternatives]
        # a short text (a title) is tested for all the gates' strings by one scan: a substring test
        # of each string (~50) cost several times as much there; a long text's tests mostly stop
        # at a first or last character the text lacks, cheaper than a scan of all of it
        self._words = GateWords(self._gates)
        self._gate_numbers = [self._words.index.get(gate) for gate in self._gates]  # None: no gate

    def kept(self, text: str) -> list[int]:
        """The alternatives ``text`` can hold, in list order."""
        if len(text) <= _LONG_GATED_TEXT:
            passing = self._words.passing(text)
            return [i for i, k in enumerate(self._gate_numbers) if k is None or k in passing]
        return [i for i, gate in enumerate(self._gates) if may_match(gate, text)]

    def finditer(self, text: str) -> Iterator[re.Match | regex.Match]:
        patterns = [self._patterns[i] for i in self.kept(text)]
        if len(patterns) == 1:
            yield from finditer(patterns[0], text)
            return
        # each alternative's next hit at or after the scan position (None: it has no more)
        ahead = [search(p, text) for p in patterns]
        while True:
            best = None  # the leftmost hit; on a tie the earlier alternative, as an alternation tries them
            for order, m in enumerate(ahead):
                if m is not None and (best is None or m.start() < ahead[best].start()):
                    best = order
            if best is None:
                return
            hit = ahead[best]
            yield hit
            pos = hit.end() if hit.end() > hit.start() else hit.end() + 1
            for order, m in enumerate(ahead):  # a hit that began before pos is overlapped: look again
                if m is not None and m.start() < pos:
                    ahead[order] = search(patterns[order], text, pos)

    def search(self, text: str) -> re.Match | regex.Match | None:
        return next(self.finditer(text), None)


def finditer(pattern: re.Pattern | regex.Pattern, text: str, pos: int = 0,
             endpos: int | None = None) -> Iterator[re.Match | regex.Match]:
    """``pattern.finditer(text, pos, endpos)``; a regex pattern gets the timeout over a long
    text (re has none: the patterns it runs are bounded, tests/test_long_lines.py)."""
    endpos = len(text) if endpos is None else endpos
    # (most calls are on a line: the engine is looked up only for a long text)
    if endpos - pos > LONG_TEXT and isinstance(pattern := resolved(pattern), regex.Pattern):
        return pattern.finditer(text, pos, endpos, timeout=TIMEOUT)
    return pattern.finditer(text, pos, endpos)


def search(pattern: re.Pattern | regex.Pattern, text: str, pos: int = 0) -> re.Match | regex.Match | None:
    """``pattern.search(text, pos)`` (lookbehinds see the text before ``pos``), with the timeout
    as for :func:`finditer`."""
    if len(text) - pos > LONG_TEXT and isinstance(pattern := resolved(pattern), regex.Pattern):
        return pattern.search(text, pos, timeout=TIMEOUT)
    return pattern.search(text, pos)


def match(pattern: re.Pattern | regex.Pattern, text: str) -> re.Match | regex.Match | None:
    """``pattern.match(text)``, with the timeout as for :func:`finditer`."""
    if len(text) > LONG_TEXT and isinstance(pattern := resolved(pattern), regex.Pattern):
        return pattern.match(text, timeout=TIMEOUT)
    return pattern.match(text)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at nesting depth 0 ("^a|b(c|d)" -> ["^a", "b(c|d)"])."""
    cuts = [k for k, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(pattern)])]


_PLAIN_WORD = re_cache.compile(r"[^\\.^$*+?{}\[\]()|#\s]+")


def word_test(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    """A test of a text true exactly when ``pattern`` matches somewhere in it. A pattern that is
    an alternation of plain words (no syntax but ``|``, no case folding) is tested by a substring
    test of each word, a word holding another left out (a text holds it only if it holds that
    one): each test skips through the text at C speed, where a search led by the words' first
    characters tests every character against their class (~60 instructions a character)."""
    words = pattern.split("|")
    if flags & (re.IGNORECASE | regex.IGNORECASE) or not all(map(_PLAIN_WORD.fullmatch, words)):
        search = compile_pattern(pattern, flags).search
        return lambda text: search(text) is not None
    words = tuple(w for w in dict.fromkeys(words) if not any(v != w and v in w for v in words))
    return lambda text: any(w in text for w in words)


def opening_words(pattern: str) -> tuple[str, ...] | None:
    """Plain words one of which opens every match of ``pattern``, when it opens with a group of
    them ("(?:工作总结|总结|报告)…"), a word that ends with another left out: where a match opens with
    it, the rest of the match follows that other word too, so the pattern matches where that word
    stands (for a test whether it matches at all). None when the pattern does not so open."""
    if not pattern.startswith("(?:") or (end := _group_end(pattern, 0)) is None:
        return None
    words = pattern[3:end].split("|")
    if not all(map(_PLAIN_WORD.fullmatch, words)):
        return None
    return tuple(w for w in dict.fromkeys(words) if not any(v != w and w.endswith(v) for v in words))


def positions(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` from ``start`` on, overlapping occurrences included, in
    order: str.find skips through the text at a few instructions a character, where a search led
    by a class of first characters tests every character against it (~60 instructions)."""
    k = text.find(word, start)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def matches_at(pattern, text: str, starts: Iterable[int]) -> list:
    """``list(pattern.finditer(text))`` for a compiled pattern whose every match is non-empty and
    starts at one of ``starts`` (ascending, repeats allowed) and looks behind nothing it would not
    see there: tried only at those starts, each past the last match's end, as finditer goes on."""
    match, out, end = pattern.match, [], 0
    for s in starts:
        if s >= end and (m := match(text, s)) is not None:
            out.append(m)
            end = m.end()
    return out


def matches_at_word(pattern, words: tuple[str, ...], text: str) -> bool:
    """Whether ``pattern`` (compiled) matches somewhere in ``text``, every match of it opening with
    one of ``words`` (:func:`opening_words`): tried only where a substring scan finds one (a search
    led by the words' first characters tests every character against their class)."""
    match = pattern.match
    return any(match(text, k) for w in words for k in positions(text, w))


_FLAG_GROUP = re_cache.compile(r"\(\?(?!P)[a-zA-Z]")


def word_after(pattern: str, flags: int = 0) -> tuple[str, int] | None:
    """(word, width) when every match of ``pattern`` is ``width`` characters long (more than 0) and
    followed by the literal ``word`` (it ends with a lookahead that opens with the word), so its
    matches stand right before the word's occurrences (:func:`finditer_before_word`); else None."""
    spelt = None if flags & ~_RE_FLAGS or flags & re.IGNORECASE else _for_re(pattern)
    if spelt is None or _FLAG_GROUP.search(spelt):  # (?i) and the like: left alone
        return None
    try:
        parsed = _sre.parse(spelt, flags)
    except re.error:
        return None
    lo, hi = parsed.getwidth()
    if lo != hi or not lo or not parsed.data:
        return None
    op, av = parsed.data[-1]
    if op is not _sre_constants.ASSERT or av[0] != 1:
        return None
    word = ""
    for item_op, item_av in av[1].data:
        if item_op is not _sre_constants.LITERAL:
            break
        word += chr(item_av)
    return (word, lo) if word else None


def finditer_before_word(pattern, word: str, width: int, text: str) -> list:
    """``list(pattern.finditer(text))`` for a pattern whose matches are ``width`` long and followed
    by ``word`` (:func:`word_after`): tried only ``width`` characters before each occurrence of the
    word, found by a substring scan (a search led by a class tests every character against it)."""
    return matches_at(pattern, text, (k - width for k in positions(text, word, width)))


def whole_text_width(pattern: str, flags: int = 0) -> tuple[int, int] | None:
    """(fewest, most) characters of a text that ``pattern`` matches whole, when it is spelt
    ``^…$`` (at the top level, no multi-line flag): its match runs from the start to the end, or to
    a last line break, so a text of another length, not ending in a line break, cannot match (a
    test of its length spares the match). None when the pattern is not so spelt."""
    spelt = None if flags & ~_RE_FLAGS or flags & re.MULTILINE else _for_re(pattern)
    if spelt is None or _FLAG_GROUP.search(spelt):
        return None
    try:
        parsed = _sre.parse(spelt, flags)
    except re.error:
        return None
    at = _sre_constants.AT
    if (len(parsed.data) < 2 or parsed.data[0] != (at, _sre_constants.AT_BEGINNING)
            or parsed.data[-1] != (at, _sre_constants.AT_END)):
        return None
    return parsed.getwidth()



def parsed_branches(spelt: str, flags: int = 0) -> list[list]:
    """The top-level alternatives of the re pattern ``spelt``, each as the parsed items of its
    sequence (one, the whole pattern's, when it is no alternation)."""
    data = _sre.parse(spelt, flags).data
    return list(data[0][1][1]) if len(data) == 1 and data[0][0] is _sre_constants.BRANCH else [data]


_LOOKS_AROUND = ("(?<", "(?=", "(?!", "\\b", "\\B")


def end_reach(source: str, flags: int = 0) -> int | None:
    """How many characters at the end of a text can hold a match of ``source``, when every
    top-level alternative of it ends with ``$``, its matches are bounded and it looks at nothing
    outside its match: its longest match and one more (``$`` also matches before a final line
    break). A search of that many last characters finds a match where a search of the whole text
    does (re would try it at every position). None when not known."""
    spelt = None if flags & ~_RE_FLAGS or flags & re.MULTILINE else _for_re(source)
    if spelt is None or _FLAG_GROUP.search(spelt) or any(s in spelt for s in _LOOKS_AROUND):
        return None
    try:
        branches = parsed_branches(spelt, flags)
        widest = _sre.parse(spelt, flags).getwidth()[1]
    except re.error:
        return None
    if not all(items and items[-1] == (_sre_constants.AT, _sre_constants.AT_END) for items in branches):
        return None
    return widest + 1 if widest < _sre_constants.MAXREPEAT else None


def opening_chars(source: str) -> str | None:
    """The characters a match of ``source`` opens with, as a string; None when they are not a
    list of characters."""
    first = _first_class(_for_re(source), 0)
    items = _sre.parse(first).data[0][1] if first else ()
    if not items or any(op is not _sre_constants.LITERAL for op, _ in items):
        return None
    return "".join(sorted({chr(av) for _, av in items}))


def closing_chars(spelt: str) -> str | None:
    """The characters a match of the re pattern ``spelt`` ends with (the last it takes up: a
    lookahead or $ after it takes none), as a string; None when they are not a list of characters
    or a match can be empty."""
    found, empty = last_chars(_sre.parse(spelt).data)
    return "".join(sorted(found)) if found and not empty else None


def last_chars(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of the parsed sequence ``items`` can end with, None when a class of
    other than listed characters may end one; whether a match can be empty)."""
    out: set[str] = set()
    for op, av in reversed(items):
        if op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT, _sre_constants.AT):
            continue
        if op is _sre_constants.LITERAL:
            return out | {chr(av)}, False
        if op is _sre_constants.IN:
            if any(kind is not _sre_constants.LITERAL for kind, _ in av):
                return None, False
            return out | {chr(arg) for _, arg in av}, False
        if op is _sre_constants.SUBPATTERN:
            found, empty = last_chars(av[3])
        elif op is _sre_constants.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                chars, can_be_empty = last_chars(branch)
                if chars is None:
                    return None, False
                found |= chars
                empty = empty or can_be_empty
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT):
            found, empty = last_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


class WordList:
    """Where the words of a list occur in a text, overlapping hits included.

    A lookahead on the words' first characters makes this ~2.5x faster than a plain alternation
    in either engine; one on their first two characters (words of two or more) another ~1.8x:
    the first characters of ~160 cue words pass most positions of Chinese text, pairs few.
    """

    def __init__(self, words: Iterable[str]):
        # longest first at each position; equal lengths in one order every run (a set's order
        # changes with the hash seed, and the pattern cache keys a pattern by its text)
        words = sorted(set(words), key=lambda w: (-len(w), w))
        classes = [f"[{re.escape(''.join(sorted({w[k] for w in words})))}]"
                   for k in range(2 if min(map(len, words)) >= 2 else 1)]
        # each hit takes its first character (not an empty match), so that re's search steps to
        # the words' first characters at C speed (_compile_led); the next search starts at the
        # following character, so overlapping hits are all found
        self._pattern = _compile_led(f"(?={''.join(classes)})(?=({'|'.join(map(re.escape, words))})){classes[0]}",
                                     0, classes[0])

    def starts(self, text: str) -> list[int]:
        """Start of every hit (one per position: the longest word there)."""
        return [m.start() for m in self._pattern.finditer(text)]

    def found(self, text: str) -> set[str]:
        """The different words that occur in text."""
        return {m.group(1) for m in self._pattern.finditer(text)}

    def distinct(self, text: str) -> int:
        """How many different words occur in text."""
        return len(self.found(text))


class LineRule:
    """One line rule, its ``^`` alternatives apart from the rest.

    Anchored alternatives can only match at the start of a line, so they are tried there
    once instead of at every position of a long line.
    """

    __slots__ = ("anchored", "anywhere", "at_start", "kind", "max_len", "others")

    def __init__(self, kind: str, max_len: int, pattern: str):
        self.kind = kind
        self.max_len = max_len
        branches = top_level_branches(pattern)
        anchored = [b for b in branches if b.startswith("^")]
        others = [b for b in branches if not b.startswith("^")]
        self.anchored = "|".join(anchored) if anchored else None  # the ^ alternatives' source
        self.others = "|".join(others) if others else None  # the other alternatives' source
        # compiled on first use: LineRules tries the ^ alternatives of all rules as one pattern and
        # needs a rule's own only where that one matched (~0.05 s of start-up)
        self.at_start = compile_pattern(self.anchored, regex.M, many_calls=True) if self.anchored else None
        self.anywhere = compile_pattern(self.others, regex.M, many_calls=True) if self.others else None


def _union(classes: Iterable[str]) -> str:
    """One class ("[…]") of the members of several."""
    return "[" + "".join(c[1:-1] for c in classes) + "]"


def _opening_with_class(opening: str, member: str) -> str:
    """An alternative of a merged pattern, ``member``, written to open with ``opening``, the class
    (or two: first and second character) its matches start with, consumed, then looked behind at,
    where ``member`` is matched as a lookahead. re's alternation skips an alternative opening with a
    class at the cost of one class test when the character is not in it, but enters each other one
    (a group, a lookahead) to fail there, ~20x as costly; merged heads and bodies hold 10-45 rules.
    A match then ends one or two characters after its start, where ``member`` began: :class:`LineRules`
    reads only its start and its group's name."""
    return f"{opening}(?<=(?={member}){opening})"


def _merged(sources: dict[int, str]) -> list[tuple[re.Pattern | regex.Pattern, list[int]]]:
    """Rule sources (by rule order) as alternations of named groups ``r<order>``: one of those re
    can run whose first characters are known, each opening with them (:func:`_opening_with_class`),
    behind a lookahead for them all; one of the other ones re can run; one of those only regex
    runs. A rule needing regex, or one whose first
    character can be any of many, thus does not slow down all the others: an alternation without
    a lead is tried member by member at every position (each line start, for ``^`` rules). Each
    comes with the orders of its rules; callers take the first hit over all of them, so the split
    changes no match. (Rule patterns hold no numbered backreferences: the groups put around them
    would renumber their groups.)"""
    out = []
    spelt = {i: _for_re(source) for i, source in sources.items()}
    on_re = [i for i in sources if spelt[i] is not None]
    classes = {i: _leads(spelt[i], re.MULTILINE) for i in on_re}
    firsts = {i: classes[i][0] for i in on_re}
    seconds = {i: classes[i][1] for i in on_re}
    leading = [i for i in on_re if firsts[i] is not None]
    for members in (leading, [i for i in on_re if firsts[i] is None]):
        if not members:
            continue
        first = None  # the class every match starts with, for _compile_led
        if members is leading:
            # each member opening with its own first characters (and second, where known), the
            # whole behind all of them: the first characters of word lists (的, 一, 上 …) pass many
            # positions of Chinese text, pairs with the second far fewer: the members whose second
            # is known are tried behind both, each of the others behind its first
            merged = "|".join(_opening_with_class(firsts[i] + (seconds[i] or ""), f"(?P<r{i}>{spelt[i]})")
                              for i in members)
            paired = [i for i in members if seconds[i]]
            single = [i for i in members if not seconds[i]]
            leads = [_union(firsts[i] for i in paired) + _union(seconds[i] for i in paired)] if paired else []
            leads += [_union(firsts[i] for i in single)] if single else []
            merged = _behind("|".join(leads), merged, 0)
            first = _union(firsts[i] for i in members)
        else:
            merged = "|".join(f"(?P<r{i}>{spelt[i]})" for i in members)
        try:
            out.append((_compile_led(merged, re.MULTILINE, first), members))
        except re.error:  # a lookbehind re lacks …: regex runs them
            out.append((regex.compile("|".join(f"(?P<r{i}>{sources[i]})" for i in members), regex.M), members))
    on_regex = [i for i in sources if spelt[i] is None]
    if on_regex:
        out.append((regex.compile("|".join(f"(?P<r{i}>{sources[i]})" for i in on_regex), regex.M), on_regex))
    return out


def _merged_groups(sources: dict[int, str], apart: dict[int, tuple[frozenset[str], ...]]
                   ) -> list[tuple[re.Pattern | regex.Pattern, list[int], tuple[frozenset[str], ...]]]:
    """:func:`_merged` of the rule sources but those ``apart``; of those apart, the ones without a
    gate merged together, the others each on its own behind its gate. Each pattern comes with the
    orders of its rules and its gate (() for none). Callers take the first hit over all of them,
    so the split changes no match."""
    groups = [({i: s for i, s in sources.items() if i not in apart}, ()),
              ({i: sources[i] for i, gate in apart.items() if not gate}, ())]
    groups += [({i: sources[i]}, gate) for i, gate in apart.items() if gate]
    return [(pattern, members, gate) for group, gate in groups for pattern, members in _merged(group)]


# "^[^", after a lookahead, an optional group of no groups ("^(?:[|｜][ \t]?)?[^。！？…]{2,60}?…") and the
# opening of a group, named or not, perhaps ("^(?!.{0,80}\d)(?:[^|｜。，,]{1,8}…", "^(?P<toc_title>[^\n篇]{4,40}?)…")
_NEGATED_RUN_START = re_cache.compile(r"\^(?:\(\?[=!][^)]*\))?(?:\(\?:[^()]*\)\?)?(?:\(\?:|\(\?P<\w+>)?\[\^")


def _heads_apart(anchored: dict[int, str]) -> dict[int, tuple[frozenset[str], ...]]:
    """The ``^`` sources tried on their own, each behind its gate (strings most lines lack: …, ＞,
    摄, 供稿 …): those with an alternative opening with a run of a negated class ("^[^。！？]{2,60}?"),
    which is tried far into most lines before it fails. In the merged head each cost ~0.5-1.4 us
    on a line; a gate costs ~0.1 us. (Gating all ^ sources whose first character is unknown cost
    more than it saved: the others fail sooner than their gates are tested.)"""
    gates = {i: literal_gate(source, regex.M) for i, source in anchored.items()
             if any(_NEGATED_RUN_START.match(branch) for branch in top_level_branches(source))}
    return {i: gate for i, gate in gates.items() if gate}


def _bodies_apart(others: dict[int, str]) -> dict[int, tuple[frozenset[str], ...]]:
    """The unanchored sources kept out of the merged body: those whose first two characters the
    body's lead cannot tell (a digit, any character after the first), which let the lead pass
    most positions of report text (years, figures), where every member was tried. Each with a
    gate goes on its own behind it; the others are merged apart (gate ()). The body got 3x faster."""
    apart = {}
    for i, source in others.items():
        spelt = _for_re(source)
        if spelt is None:
            continue
        first, second = _leads(spelt, re.MULTILINE)
        if first is not None and (re.search(first, "0123456789") or second is None):
            apart[i] = literal_gate(source, regex.M)
    return apart


# ^ rules are merged in bands of their max_len, up to each of these (LineRules): a merged head is
# tried on every line up to its longest rule's max_len. Half the lines a page's rules see are longer
# than 20 (line rules ~4% fewer instructions); a line of report text is searched for the rules for
# lines of 60 characters and more only (boilerplate.yml's inline_rule_len), where the costliest heads
# for shorter lines (a run of Han characters tried before a list of words) were tried too
LINE_RULE_BANDS = (20, 59)


class LineRules:
    """Line rules in file order; the ``^`` alternatives of all of them are pre-tested with
    one pattern at the line start, so a line that opens with none of them costs one call,
    and their other alternatives are searched for with one pattern too (most lines hold none)."""

    def __init__(self, rules: list[LineRule]):
        self.rules = rules
        anchored = {i: r.anchored for i, r in enumerate(rules) if r.anchored}
        others = {i: r.others for i, r in enumerate(rules) if r.others}
        # (pattern, the largest max_len of its rules, gate: a test of the strings a line must hold
        # for it to match, gate_search's, or None)
        self._heads: list[tuple[re.Pattern | regex.Pattern, int, Callable[[str], object] | None]] = []
        self._head_of: list[int | None] = [None] * len(rules)  # rule order -> its head in _heads
        # the rules for short lines merged apart: a merged head is tried on every line up to its
        # longest rule's max_len, where a rule for lines of a few characters cannot match
        head_gates: list[tuple[frozenset[str], ...]] = []  # the gates of _heads and _bodies, as literal_gate gives them
        body_gates: list[tuple[frozenset[str], ...]] = []
        bands = [{i: source for i, source in anchored.items() if lo < rules[i].max_len <= hi}
                 for lo, hi in zip((-1, *LINE_RULE_BANDS), (*LINE_RULE_BANDS, math.inf))]
        for band in bands:
            for head, members, gate in _merged_groups(band, _heads_apart(band)) if band else ():
                for i in members:
                    self._head_of[i] = len(self._heads)
                self._heads.append((head, max(rules[i].max_len for i in members), gate_search(gate)))
                head_gates.append(gate)
        # an alternation tries its branches in order at each position, so one search of the
        # merged pattern finds the leftmost match of any rule, ties to file order
        self._bodies: list[tuple[re.Pattern | regex.Pattern, int, Callable[[str], object] | None]] = []
        self._body_of: list[int | None] = [None] * len(rules)  # rule order -> its body in _bodies
        for k, (body, members, gate) in enumerate(_merged_groups(others, _bodies_apart(others))):
            self._bodies.append((body, max(rules[i].max_len for i in members), gate_search(gate)))
            body_gates.append(gate)
            for i in members:
                self._body_of[i] = k
        # what leftmost tries on every line when the merged search is not enough, looked up once
        self._searches = [(r.max_len, r) for r in rules if r.others is not None]
        # all gates tested with one scan of a line (GateWords); per line length, the heads and
        # bodies for lines that long, each with the number of its gate (None: no gate), so a line
        # costs no test of a head or body for shorter lines
        self._gate_words = GateWords(gate for gate in head_gates + body_gates)
        gate_of = [None if not gate else self._gate_words.index[gate] for gate in head_gates + body_gates]
        self._head_gate, self._body_gate = head_gate, body_gate = gate_of[:len(head_gates)], gate_of[len(head_gates):]
        # (by the max_len values: the heads for a line of n characters are those for the least of
        # them that is n or more, found by bisection; the last entries are for longer lines)
        self._max_lens = sorted({max_len for _, max_len, _ in self._heads + self._bodies})
        self._heads_for = [([head.match for (head, max_len, _), k in zip(self._heads, head_gate)
                             if n <= max_len and k is None],
                            [(k, head.match) for (head, max_len, _), k in zip(self._heads, head_gate)
                             if n <= max_len and k is not None])
                           for n in [*self._max_lens, self._max_lens[-1] + 1 if self._max_lens else 0]]
        self._bodies_for = [[(k, body.search) for (body, max_len, _), k in zip(self._bodies, body_gate)
                             if n <= max_len] for n in [*self._max_lens, self._max_lens[-1] + 1 if self._max_lens else 0]]
        self._order_of = {f"r{i}": i for i in range(len(rules))}  # a merged pattern's group -> its rule

    def _first_at_start(self, line: str, passing: frozenset[int] | None = None) -> int | None:
        """The first rule (file order) for a line of this length whose ``^`` alternatives match
        (``passing``: the gates the line passes, GateWords.passing, when known)."""
        n = len(line)
        # a head whose rules are all for shorter lines holds no answer (see below: the first rule
        # for a line of this length that matches is wanted)
        ungated, gated = self._heads_for[bisect.bisect_left(self._max_lens, n)]
        order_of = self._order_of
        hits = [order_of[m.lastgroup] for match in ungated if (m := match(line))]
        if gated:
            if passing is None:
                passing = self._gate_words.passing(line)
            if passing:
                hits += [order_of[m.lastgroup] for k, match in gated if k in passing and (m := match(line))]
        if not hits:
            return None
        first = min(hits)
        if n <= self.rules[first].max_len:
            return first
        # that rule is for shorter lines (rare): the later ones one by one
        return next((i for i in range(first + 1, len(self.rules)) if n <= self.rules[i].max_len
                     and self.rules[i].at_start is not None and self.rules[i].at_start.match(line)), None)

    def leftmost(self, line: str) -> LineRule | None:
        """The rule matching leftmost in a whole line (ties: file order). For lines up to
        the rules' max_len: no regex timeout."""
        n = len(line)
        passing = self._gate_words.passing(line)  # the heads' and bodies' gates, in one scan
        first = self._first_at_start(line, passing)
        if first is not None:  # a match at 0 wins unless an earlier rule's other alternatives match at 0 too
            earlier = (r for r in self.rules[:first]
                       if n <= r.max_len and r.anywhere is not None and r.anywhere.match(line))
            return next(earlier, self.rules[first])
        best = (n + 1, None)  # (start, rule order)
        for k, search_body in self._bodies_for[bisect.bisect_left(self._max_lens, n)]:
            if k is not None and k not in passing:
                continue
            found = search_body(line)
            if found is None:
                continue
            order = self._order_of[found.lastgroup]
            if n > self.rules[order].max_len:  # that rule is for shorter lines (rare): all one by one
                return self._leftmost_one_by_one(line)
            best = min(best, (found.start(), order))
        return None if best[1] is None else self.rules[best[1]]

    def _leftmost_one_by_one(self, line: str) -> LineRule | None:
        best_start, best, n = len(line) + 1, None, len(line)
        for max_len, rule in self._searches:
            if n <= max_len and (found := rule.anywhere.search(line)) and found.start() < best_start:
                best_start, best = found.start(), rule
        return best

    def spans(self, line: str, min_max_len: int = 0) -> Iterator[tuple[int, tuple[int, int], LineRule]]:
        """(rule order, span, rule) of every non-empty match of every rule inside a line of
        any length; only rules with a max_len of at least ``min_max_len`` (their heads are
        tried with those of all rules: a second set of heads cost half of the rules' compile time)."""
        # per head, the first rule whose ^ alternatives match: the alternation tried those before
        # it and they failed, so only it and the later rules of that head can match at the start
        # (a head or body whose rules all have a smaller max_len yields nothing: not tried)
        passing = self._gate_words.passing(line)  # the gates, in one scan
        order_of = self._order_of
        firsts = [order_of[m.lastgroup] if max_len >= min_max_len and (k is None or k in passing)
                  and (m := match(head, line)) else None for (head, max_len, _), k in zip(self._heads, self._head_gate)]
        # per body, where the first match of any of its rules starts (None: nowhere; few lines of
        # report text hold clutter): no rule of it matches before, so each is scanned from there
        found = [m.start() if max_len >= min_max_len and (k is None or k in passing) and (m := search(body, line))
                 else None for (body, max_len, _), k in zip(self._bodies, self._body_gate)]
        if found.count(None) == len(found) and firsts.count(None) == len(firsts):
            return
        for order, (rule, head, body) in enumerate(zip(self.rules, self._head_of, self._body_of)):
            if rule.max_len < min_max_len:
                continue
            first = None if head is None else firsts[head]
            if first is not None and order >= first and (m := match(rule.at_start, line)) and m.end() > 0:
                yield order, m.span(), rule
            if body is not None and found[body] is not None:  # inline, not a generator per rule and line
                for m in finditer(rule.anywhere, line, found[body]):
                    if m.end() > m.start():
                        yield order, m.span(), rule


def anchored_finditer(pattern: re.Pattern | regex.Pattern, anchor: regex.Pattern, text: str,
                      reach: tuple[int, int]) -> Iterator[re.Match | regex.Match]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only at the
    positions ``reach[0]..reach[1]`` characters before a hit of ``anchor``.

    For patterns such as "2-5 Han characters, then 市|县|区 …": every match contains an
    anchor hit at a bounded distance from its start, so other positions cannot match.
    """
    lo, hi = reach
    pos = 0
    tried = -1  # positions up to here already failed
    for a in anchor.finditer(text, overlapped=True, timeout=timeout_for(len(text))):
        s = a.start()
        for start in range(max(pos, tried + 1, s - hi), s - lo + 1):
            m = pattern.match(text, start)  # bounded by the pattern itself: no timeout needed
            if m:
                yield m
                pos = max(m.end(), start + 1)
                break
            tried = start
