"""Offset maps: every text edit is recorded so any span maps back to the source.

A stage never rewrites text with chained ``re.sub`` (that loses positions);
it produces a list of edits ``(start, end, replacement)`` and calls
:func:`apply_edits`, which returns the new text and an :class:`OffsetMap`
from new offsets to old ones.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, compress, islice, repeat
from operator import add, ge, itemgetter, sub
from typing import Iterable, Sequence

Edit = tuple[int, int, str]


class OffsetMap:
    """Piecewise map from offsets in an edited text to offsets in its input.

    The edited text is a sequence of segments, each either copied from the
    input (same length, offsets shift) or a replacement of an input range
    (start maps to the range start, end to the range end).
    """

    __slots__ = ("_new", "_new_end", "_old", "_old_end", "_shift", "new_length", "old_length")

    def __init__(self, segments: Sequence[tuple[int, int, int, int]], new_length: int, old_length: int):
        # segments: (new_start, old_start, new_len, old_len), sorted, new_len > 0
        self._new = [s[0] for s in segments]
        self._new_end = [s[0] + s[2] for s in segments]
        self._old = [s[1] for s in segments]
        self._old_end = [s[1] + s[3] for s in segments]
        # old - new for a copied segment (offsets shift), None for a replacement
        self._shift = [s[1] - s[0] if s[2] == s[3] else None for s in segments]
        self.new_length = new_length
        self.old_length = old_length

    @classmethod
    def _of_pieces(cls, new_starts: list[int], old_starts: list[int], new_lens: list[int], old_lens: list[int],
                   old_length: int) -> "OffsetMap":
        """The map of the pieces of an edited text (new start, old start, new and old length of each,
        in order; ``new_starts`` one longer, ending with the text's length): the segments are the
        pieces that are not empty, as ``OffsetMap(segments, …)`` makes them."""
        m = cls.__new__(cls)
        kept = list(map(bool, new_lens))
        new = m._new = list(compress(new_starts, kept))
        new_lens = list(compress(new_lens, kept))
        old = m._old = list(compress(old_starts, kept))
        old_lens = list(compress(old_lens, kept))
        m._new_end = list(map(add, new, new_lens))
        m._old_end = list(map(add, old, old_lens))
        # old - new for a copied segment (offsets shift), None for a replacement
        m._shift = [o - n if a == b else None for n, o, a, b in zip(new, old, new_lens, old_lens)]
        m.new_length = new_starts[-1]
        m.old_length = old_length
        return m

    @classmethod
    def window(cls, start: int, end: int, old_length: int) -> "OffsetMap":
        """Map for a slice ``text[start:end]`` of a longer text."""
        n = end - start
        return cls([(0, start, n, n)] if n else [], n, old_length)

    def start(self, i: int) -> int:
        """Old offset of the character that starts at new offset ``i``."""
        if i >= self.new_length or not self._new:
            return self._old_end_of_last() if i >= self.new_length else 0
        k = bisect_right(self._new, i) - 1
        shift = self._shift[k]
        return self._old[k] if shift is None else i + shift

    def end(self, i: int) -> int:
        """Old offset just after the character that ends at new offset ``i``."""
        if i <= 0 or not self._new:
            return self._old[0] if self._new and i <= 0 else 0
        k = bisect_right(self._new, i - 1) - 1
        shift = self._shift[k]
        return self._old_end[k] if shift is None else i + shift

    def spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Old (start, end) of each new span: :meth:`start` of its start and :meth:`end` of its
        end; an empty span is a point and stays one (:meth:`start` inside the text, :meth:`end`
        at its end). A list at a time: the output maps every item of a report, and a span inside
        the text (nearly all) is looked up here, not in two calls."""
        new, old, old_end, shift, n = self._new, self._old, self._old_end, self._shift, self.new_length
        if len(new) == 1 and shift[0] is not None:
            # one copied segment (a report's window on its page, a text no edit changed): every
            # offset shifts alike; the cases below give the same for a point or a span inside
            d = shift[0]
            return [(s + d, e + d) if s == e or (s < n and e > 0) else (self.start(s), self.end(e))
                    for s, e in spans]
        new_end = self._new_end
        if not new:  # an empty text: no segment to look up
            return [self._point(s) if s == e else (self.start(s), self.end(e)) for s, e in spans]
        out = []
        # the segment each span's start lies in, looked up for all of them at C speed
        for (s, e), k in zip(spans, map(bisect_right, repeat(new), map(itemgetter(0), spans))):
            k -= 1
            if s == e:
                out.append(self._point(s))
            elif s >= n or e <= 0:
                out.append((self.start(s), self.end(e)))
            else:  # start(s) and end(e) as those methods find them
                d = shift[k]
                if d is not None and k >= 0 and e <= new_end[k]:  # inside one copied segment (most spans)
                    out.append((s + d, e + d))
                    continue
                a = old[k] if d is None else s + d
                k = bisect_right(new, e - 1) - 1
                out.append((a, old_end[k] if shift[k] is None else e + shift[k]))
        return out

    def _point(self, i: int) -> tuple[int, int]:
        """The old span of the empty span at ``i``: :meth:`start` inside the text, :meth:`end` at its end."""
        p = self.start(i) if i < self.new_length else self.end(i)
        return p, p

    def _old_end_of_last(self) -> int:
        if not self._new:
            return self.old_length if self.new_length == 0 else 0
        return self._old_end[-1]


_START_END = itemgetter(0, 1)  # an edit's (start, end): the order edits apply in
# from this many edits on, resolve_edits and apply_resolved work on whole lists at C speed (fewer: a
# loop costs less)
_MANY_EDITS = 8


def resolve_edits(edits: Iterable[Edit]) -> list[Edit]:
    """The edits :func:`apply_edits` applies: sorted, and of overlapping ones the earlier wins.

    Callers that record what an edit did (removals, anchors) work from this list, so the
    audit trail never names text that a dropped edit would have touched."""
    ordered = sorted(edits, key=_START_END)
    if len(ordered) >= _MANY_EDITS:
        # none overlaps the one before it (most lists of many: a pattern's matches): all are applied,
        # told at C speed
        ends = list(map(itemgetter(1), ordered))
        if all(map(ge, map(itemgetter(0), islice(ordered, 1, None)), ends)):
            return ordered
    applied: list[Edit] = []
    pos = 0
    for edit in ordered:
        if edit[0] < pos:
            continue
        applied.append(edit)
        pos = edit[1]
    return applied


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply the edits :func:`resolve_edits` keeps; return the new text and its map."""
    return apply_resolved(text, resolve_edits(edits))


def apply_resolved(text: str, applied: list[Edit]) -> tuple[str, OffsetMap]:
    """:func:`apply_edits` for edits :func:`resolve_edits` returned (sorted, none overlapping)."""
    if len(applied) >= _MANY_EDITS:
        return _apply_many(text, applied)
    out: list[str] = []
    segs: list[tuple[int, int, int, int]] = []
    pos = new_pos = 0
    for start, end, rep in applied:
        if start > pos:
            n = start - pos
            out.append(text[pos:start])
            segs.append((new_pos, pos, n, n))
            new_pos += n
        if rep:
            out.append(rep)
            segs.append((new_pos, start, len(rep), end - start))
            new_pos += len(rep)
        pos = end
    if pos < len(text):
        n = len(text) - pos
        out.append(text[pos:])
        segs.append((new_pos, pos, n, n))
        new_pos += n
    return "".join(out), OffsetMap(segs, new_pos, len(text))


def _apply_many(text: str, applied: list[Edit]) -> tuple[str, OffsetMap]:
    """:func:`apply_resolved` of many edits (a page's spaces, its line breaks) with list operations at C
    speed, no loop over them: the text is the copied gaps and the replacements in turn, and the map's
    segments are those pieces that are not empty, in the same order, with the same offsets."""
    starts = list(map(itemgetter(0), applied))
    ends = list(map(itemgetter(1), applied))
    reps = list(map(itemgetter(2), applied))
    gap_starts = [0, *ends]  # the copied text before each edit and after the last
    gap_ends = [*starts, len(text)]
    pieces: list = [None] * (2 * len(applied) + 1)
    pieces[::2] = map(text.__getitem__, map(slice, gap_starts, gap_ends))
    pieces[1::2] = reps
    # each piece's new length, new start and old start and length (a gap copies, a replacement
    # takes the place of its edit's range)
    new_lens = list(map(len, pieces))
    new_starts = list(accumulate(new_lens, initial=0))
    old_starts: list = [None] * len(pieces)
    old_starts[::2] = gap_starts
    old_starts[1::2] = starts
    old_lens = new_lens[:]
    old_lens[1::2] = map(sub, ends, starts)
    return "".join(pieces), OffsetMap._of_pieces(new_starts, old_starts, new_lens, old_lens, len(text))


def shift_positions(positions: list[int], edits: list[Edit]) -> list[int]:
    """Where positions of the old text land after the edits are applied."""
    edits = sorted(edits, key=_START_END)
    out = []
    for pos in positions:
        delta = 0
        for s, e, rep in edits:
            if e <= pos and not (s == e == pos):
                delta += len(rep) - (e - s)
            elif s < pos:  # pos falls inside a replaced range: move to its end
                delta += s + len(rep) - pos
            else:
                break
        out.append(pos + delta)
    return out


class OffsetChain:
    """The maps of all stages, from the source text to the current text."""

    __slots__ = ("maps",)

    def __init__(self, maps: list[OffsetMap] | None = None):
        self.maps = list(maps or [])

    def then(self, m: OffsetMap) -> "OffsetChain":
        return OffsetChain(self.maps + [m])

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.spans_to_source([(start, end)])[0]

    def spans_to_source(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`to_source` of each span: the list goes through one map after the other."""
        for m in reversed(self.maps):
            spans = m.spans(spans)
        return list(spans)
