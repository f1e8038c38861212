"""Helpers that let rule patterns from resources/ run fast without changing what they match.

The regex module scans a pattern that starts with a literal quickly, but tries every
position of the text for one that starts with an anchor (``^``), a class or a lazy run.
These helpers split and steer such patterns so the engine only tries where a match can be.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

import regex


# A regex timeout costs ~0.8 us per call, more than most matches on a short line; it is
# only worth having where one call scans a long text (flattened pages: 200,000 chars).
LONG_TEXT = 2_000
TIMEOUT = 5.0  # seconds; bounded patterns (tests/test_long_lines.py) never get near it


def timeout_for(length: int) -> float | None:
    """The regex timeout for one call over ``length`` characters: none for short texts."""
    return TIMEOUT if length > LONG_TEXT else None


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at nesting depth 0 ("^a|b(c|d)" -> ["^a", "b(c|d)"])."""
    branches, current = [], []
    depth = 0
    in_class = escaped = False
    for ch in pattern:
        current.append(ch)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            current.pop()
            branches.append("".join(current))
            current = []
    branches.append("".join(current))
    return branches


class WordList:
    """Where the words of a list occur in a text, overlapping hits included.

    Python's re scans for a leading character set at C speed, so a lookahead on the words'
    first characters makes this ~2.5x faster than a plain alternation in either engine.
    """

    def __init__(self, words: Iterable[str]):
        words = sorted(set(words), key=len, reverse=True)  # longest first at each position
        firsts = "".join(sorted({w[0] for w in words}))
        self._pattern = re.compile(f"(?=[{re.escape(firsts)}])(?=({'|'.join(map(re.escape, words))}))")

    def starts(self, text: str) -> list[int]:
        """Start of every hit (one per position: the longest word there)."""
        return [m.start() for m in self._pattern.finditer(text)]

    def distinct(self, text: str) -> int:
        """How many different words occur in text."""
        return len({m.group(1) for m in self._pattern.finditer(text)})


class LineRule:
    """One line rule, its ``^`` alternatives apart from the rest.

    Anchored alternatives can only match at the start of a line, so they are tried there
    once instead of at every position of a long line.
    """

    __slots__ = ("kind", "max_len", "at_start", "anywhere")

    def __init__(self, kind: str, max_len: int, pattern: str):
        self.kind = kind
        self.max_len = max_len
        branches = top_level_branches(pattern)
        anchored = [b for b in branches if b.startswith("^")]
        others = [b for b in branches if not b.startswith("^")]
        self.at_start = regex.compile("|".join(anchored), regex.M) if anchored else None
        self.anywhere = regex.compile("|".join(others), regex.M) if others else None

    def spans(self, line: str, with_head: bool = True) -> Iterator[tuple[int, int]]:
        """Non-empty matches in ``line`` (the anchored one first unless ``with_head`` is
        False), for lines of any length."""
        timeout = timeout_for(len(line))
        if with_head and self.at_start is not None:
            m = self.at_start.match(line, timeout=timeout)
            if m and m.end() > 0:
                yield m.span()
        if self.anywhere is not None:
            for m in self.anywhere.finditer(line, timeout=timeout):
                if m.end() > m.start():
                    yield m.span()


class LineRules:
    """Line rules in file order; the ``^`` alternatives of all of them are pre-tested with
    one pattern at the line start, so a line that opens with none of them costs one call."""

    def __init__(self, rules: list[LineRule]):
        self.rules = rules
        # per length limit, one pattern of the anchored alternatives of the rules for such lines
        self._heads = {}
        for limit in sorted({r.max_len for r in rules}):
            heads = [f"(?P<r{i}>{r.at_start.pattern})" for i, r in enumerate(rules)
                     if r.at_start is not None and r.max_len >= limit]
            self._heads[limit] = regex.compile("|".join(heads), regex.M) if heads else None
        self._limits = sorted(self._heads)

    def _head(self, n: int) -> regex.Pattern | None:
        """The combined head pattern of the rules for a line of n characters."""
        k = bisect.bisect_left(self._limits, n)
        return self._heads[self._limits[k]] if k < len(self._limits) else None

    def leftmost(self, line: str) -> LineRule | None:
        """The rule matching leftmost in a whole line (ties: file order). For lines up to
        the rules' max_len: no regex timeout."""
        n = len(line)
        head = self._head(n)
        m = head.match(line) if head is not None else None
        if m:  # a match at 0 wins unless an earlier rule's other alternatives match at 0 too
            first = int(m.lastgroup[1:])
            earlier = (r for r in self.rules[:first]
                       if n <= r.max_len and r.anywhere is not None and r.anywhere.match(line))
            return next(earlier, self.rules[first])
        best_start, best = n + 1, None
        for rule in self.rules:
            if n <= rule.max_len and rule.anywhere is not None:
                found = rule.anywhere.search(line)
                if found and found.start() < best_start:
                    best_start, best = found.start(), rule
        return best

    def spans(self, line: str) -> Iterator[tuple[int, tuple[int, int], LineRule]]:
        """(rule order, span, rule) of every non-empty match of every rule inside a line of
        any length."""
        head = self._head(0)
        any_head = head is not None and head.match(line, timeout=timeout_for(len(line)))
        for order, rule in enumerate(self.rules):
            if not any_head and rule.anywhere is None:
                continue
            for span in rule.spans(line, with_head=bool(any_head)):
                yield order, span, rule


def anchored_finditer(pattern: regex.Pattern, anchor: regex.Pattern, text: str,
                      reach: tuple[int, int]) -> Iterator[regex.Match]:
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
