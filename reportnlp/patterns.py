"""Helpers that let rule patterns from resources/ run fast without changing what they match.

The regex module scans a pattern that starts with a literal quickly, but tries every
position of the text for one that starts with an anchor (``^``), a class or a lazy run.
These helpers split and steer such patterns so the engine only tries where a match can be.
"""
from __future__ import annotations

from typing import Iterator

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

    def first_start(self, line: str) -> int | None:
        """Where the leftmost match in ``line`` starts, or None. For lines up to max_len
        (a few hundred characters): no regex timeout, which costs more than these matches."""
        if self.at_start is not None and self.at_start.match(line):
            return 0
        if self.anywhere is not None:
            m = self.anywhere.search(line)
            if m:
                return m.start()
        return None

    def spans(self, line: str) -> Iterator[tuple[int, int]]:
        """Non-empty matches in ``line`` (the anchored one first), for lines of any length."""
        timeout = timeout_for(len(line))
        if self.at_start is not None:
            m = self.at_start.match(line, timeout=timeout)
            if m and m.end() > 0:
                yield m.span()
        if self.anywhere is not None:
            for m in self.anywhere.finditer(line, timeout=timeout):
                if m.end() > m.start():
                    yield m.span()


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
