"""Compile re patterns without rebuilding the same character class each time.

re's compiler turns every character class into a bitmap one code point at a time
(``re._compiler._optimize_charset``): the Han class that ``\\p{Han}`` becomes for re fills
~28,000 entries, about 1 ms, and the rule files hold it in over a hundred patterns. That is a
fifth of start-up (`reportnlp extract` on one file, each batch worker). The function depends on
the class alone when no case folding applies, so while our patterns compile its answers are
remembered by class. Where re's internals differ from what this expects (another Python),
patterns compile as they would without it.

A class's members beyond the BMP (the Han class's ten astral ranges) come after its BMP part,
which decides alone for a BMP character; re's matcher still tests each of those ranges on every
BMP character outside the class (~12% of the boilerplate stage's instructions, in scans of
report text). Rule patterns (patterns._compile_led) compile with them set behind a test that
ends the class's answer for a BMP character there (:func:`_astral_apart`): the same members,
fewer steps.

A class holding ``\\d`` and other members is tested by re with a call into the Unicode database for
every character outside the others (~45 instructions more a test than a bitmap's, ~1% of the
pipeline's); with ``digits_apart`` its BMP digits go into the class's bitmap instead and the
category test stays behind the BMP test, for characters beyond it (:func:`_digits_apart`).
"""
from __future__ import annotations

import contextlib
import functools
import threading
from re import _compiler as _re_compiler  # Python 3.11+, as patterns.py's re._parser
from re import _constants as _re_constants
from typing import Iterator

_ORIGINAL = getattr(_re_compiler, "_optimize_charset", None)
_LOCK = threading.RLock()  # a block inside another (same thread) must not wait for itself


_BMP_LAST = 0xFFFF


def _beyond_bmp(op, av) -> bool:
    return (op is _re_constants.LITERAL and av > _BMP_LAST
            or op is _re_constants.RANGE and av[0] > _BMP_LAST)


def _astral_apart(out: list) -> list:
    """An optimized class (``_optimize_charset``'s list of set operations) with the same members,
    its members beyond the BMP last, behind "not (any BMP character, or not one of them)".

    re's matcher tests a character against the operations in order and answers at the first that
    holds it; NEGATE answers the negation of the rest of the set. ``[NEGATE, RANGE 0-FFFF, NEGATE,
    astral…]`` thus answers "one of the astral members" for a character beyond the BMP and "no"
    for a BMP character at once: one range test, where each astral range was tested before (ten
    for the Han class). Members are an "or" of the operations, so the others, moved before them,
    answer as before; a set with another NEGATE than its leading one is left as it is."""
    lead = out[:1] if out and out[0][0] is _re_constants.NEGATE else []
    ops = out[len(lead):]
    astral = [(op, av) for op, av in ops if _beyond_bmp(op, av)]
    rest = [(op, av) for op, av in ops if not _beyond_bmp(op, av)]
    if len(astral) < 2 or any(op is _re_constants.NEGATE for op, _ in rest):
        return out
    negate = (_re_constants.NEGATE, None)
    return [*lead, *rest, negate, (_re_constants.RANGE, (0, _BMP_LAST)), negate, *astral]


_DIGIT = (_re_constants.CATEGORY, _re_constants.CATEGORY_DIGIT)


@functools.cache
def _bmp_digits() -> tuple:
    """The BMP's decimal digits (what re's Unicode \\d matches there) as class members, one range
    for each run (~10 ms, once: compiled programs are kept between runs)."""
    codes = [c for c in range(_BMP_LAST + 1) if chr(c).isdecimal()]
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return tuple((_re_constants.RANGE, (a, b)) for a, b in runs)


def _digits_apart(charset: list, optimize) -> list | None:
    """The optimized class (``optimize``: :func:`_optimized`'s answer as a list) of a class holding
    ``\\d`` (re's Unicode category test of each character), with the same members: its BMP digits
    among the other BMP members (the bitmap tells them), the category test behind the BMP test as in
    :func:`_astral_apart`, answering for characters beyond the BMP only. None when the class holds
    no ``\\d``, nothing else, or another NEGATE than a leading one (left as it is)."""
    if _DIGIT not in charset or all(member in (_DIGIT, (_re_constants.NEGATE, None)) for member in charset):
        return None  # \d alone: the category test costs what the bitmap and the BMP test cost, in less code
    spelt = [member for member in charset if member != _DIGIT]
    out = optimize(tuple(spelt) + _bmp_digits())
    lead = out[:1] if out and out[0][0] is _re_constants.NEGATE else []
    ops = out[len(lead):]
    if any(op is _re_constants.NEGATE for op, _ in ops):
        return None
    astral = [(op, av) for op, av in ops if _beyond_bmp(op, av)]
    rest = [(op, av) for op, av in ops if not _beyond_bmp(op, av)]
    negate = (_re_constants.NEGATE, None)
    return [*lead, *rest, negate, (_re_constants.RANGE, (0, _BMP_LAST)), negate, *astral, _DIGIT]


@functools.lru_cache(maxsize=2048)  # the rule files hold ~800 distinct classes
def _optimized(charset: tuple) -> tuple[tuple, bool]:
    out, hascased = _ORIGINAL(list(charset))
    return tuple(out), hascased


def _remembering(charset, iscased=None, fixup=None, fixes=None, *, astral_apart=False, digits_apart=False):
    """``_optimize_charset`` answered from the memo when only the class decides the answer (with
    ``astral_apart``, its members beyond the BMP apart: :func:`_astral_apart`; with
    ``digits_apart``, its \\d too: :func:`_digits_apart`). Callers get a new list each time, as
    from the original (which may return its argument)."""
    if fixup is None:  # without case folding, iscased and fixes are not read
        try:
            out, hascased = _optimized(tuple(charset))
            apart = _digits_apart(charset, lambda c: list(_optimized(c)[0])) if digits_apart else None
        except TypeError:  # an unhashable member: not a class re's parser makes today
            return _ORIGINAL(charset, iscased, fixup, fixes)
        if apart is not None:
            return apart, hascased
        return _astral_apart(list(out)) if astral_apart else list(out), hascased
    return _ORIGINAL(charset, iscased, fixup, fixes)


_REMEMBERING = {(False, False): _remembering,
                (True, False): functools.partial(_remembering, astral_apart=True),
                (False, True): functools.partial(_remembering, digits_apart=True),
                (True, True): functools.partial(_remembering, astral_apart=True, digits_apart=True)}


@contextlib.contextmanager
def remembered_charsets(astral_apart: bool = False, digits_apart: bool = False) -> Iterator[None]:
    """Within the block, re.compile rebuilds no character class it has built before; with
    ``astral_apart``, a class's members beyond the BMP are tested apart (:func:`_astral_apart`):
    the same members, fewer steps for a BMP character outside the class. ``digits_apart``
    (:func:`_digits_apart`) is for patterns whose \\d is Unicode's (a str pattern without the
    ASCII flag), the only ones compiled in the block."""
    if _ORIGINAL is None:
        yield
        return
    with _LOCK:  # the swap is undone by the thread that made it, whatever others compile meanwhile
        saved = _re_compiler._optimize_charset  # an enclosing block's
        _re_compiler._optimize_charset = _REMEMBERING[astral_apart, digits_apart]
        try:
            yield
        finally:
            _re_compiler._optimize_charset = saved
