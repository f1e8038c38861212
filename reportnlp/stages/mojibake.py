"""Repair text that was decoded with the wrong codec before it reached us (mojibake).

A scraper that reads GBK bytes as Latin-1 (what ``requests`` does when a server names no charset)
or UTF-8 bytes as GBK (Windows tools) saves text whose characters still spell the right bytes, in
the wrong code: ``½ñÄêÒÔÀ´`` and ``浠婂勾浠ユ潵`` are both 今年以来. Encoding such a run with the codec
that misread it and decoding the bytes with the one they were written in gives the report back.
A repair is taken only where the new text is ordinary Chinese and the old text was not, so real
text, Latin names with accents and rare characters are left alone.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Iterator, NamedTuple

from .. import re_cache
from ..chinese_script import converter
from ..document import Document
from ..structure import HAN_CHAR
from ..lexicons import load_yaml

# Windows-1252's characters at bytes 0x80-0x9f (Latin-1 reads those as C1 controls)
_CP1252_HIGH = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# a character the misreading already lost (U+FFFD) stands for a byte no codec reads: a lost one again
_LOST_BYTE = 0xFF
_BYTE_OF = {chr(b): b for b in range(0x100)} | _CP1252_HIGH | {"\ufffd": _LOST_BYTE}
# Windows' GBK (code page 936) reads byte 0x80 as the euro sign, which Python's gbk codec lacks
_WINDOWS_GBK = {"\u20ac": b"\x80"}
_LOST_RUN = re_cache.compile("[\udc80-\udcff]+")  # bytes a reading could not decode (surrogateescape)


@functools.cache
def _config() -> dict:
    return load_yaml("normalize.yml")["mojibake"]


@functools.cache
def _ordinary() -> frozenset[str]:
    """Characters that nearly all of a Chinese text's non-ASCII is made of: GB2312's level 1 (the 3,755
    commonest Han characters) and its punctuation rows. Misread bytes land mostly elsewhere."""
    pairs = [bytes([lead, trail]) for lead in list(range(0xA1, 0xA4)) + list(range(0xB0, 0xD8))
             for trail in range(0xA1, 0xFF)]
    chars = {p.decode("gbk", errors="ignore") for p in pairs}  # GBK's mapping: "·" and "—", not "・" and "―"
    return frozenset(c for c in chars if c)


@functools.cache
def _patterns() -> dict:
    latin = "".join(sorted(_CP1252_HIGH)) + "\x80-\xff\ufffd"
    marks = "".join(_config()["utf8_as_gbk_marks"])
    return {
        # two thirds of pages hold neither a Latin-1 letter nor a mark: one scan clears them
        "either": re_cache.compile(f"[\xa0-\xff{marks}]"),
        "utf8_as_gbk": re_cache.compile(f"[{marks}]"),
        # a run a Latin-1 or Windows-1252 reading leaves: from a high byte (a lead byte is never
        # ASCII) over ASCII too (a GBK trail byte may be a letter), on one line
        "latin_run": re_cache.compile(f"[{latin}][{latin}\x20-\x7e]*"),
        "latin_gate": re_cache.compile("[\xa0-\xff][\xa0-\xff]"),  # not {2}: re scans for a class first only
    }


def _ordinary_share(text: str) -> float:
    """The share of ``text``'s non-ASCII characters (lost ones aside) that are ordinary; traditional
    ones count as their simplified form. ASCII reads alike in every codec here: it tells nothing."""
    ordinary = _ordinary()
    wide = [c for c in converter("t2s").convert(_LOST_RUN.sub("", text)) if c > "\x7f" and c != "\ufffd"]
    return sum(c in ordinary for c in wide) / len(wide) if wide else 0.0


def _is_lost(char: str) -> bool:
    return "\udc80" <= char <= "\udcff"


def _aligned_edits(start: int, old: str, old_widths: list[int], new: str, new_widths: list[int]) -> list:
    """Edits replacing ``old`` (at ``start``) by ``new`` piece by piece: cut wherever both texts'
    characters end on the same byte, so each repaired character maps back to the few misread ones
    that spelled it. A run of lost bytes (lone surrogates) becomes one U+FFFD."""
    edits = []
    i = j = old_bytes = new_bytes = 0
    i0 = j0 = 0
    while i < len(old) or j < len(new):
        if old_bytes <= new_bytes and i < len(old):
            old_bytes += old_widths[i]
            i += 1
        else:
            new_bytes += new_widths[j]
            j += 1
        # a cut between two lost bytes would split one lost character in two
        if old_bytes == new_bytes and not (0 < j < len(new) and _is_lost(new[j - 1]) and _is_lost(new[j])):
            piece = _LOST_RUN.sub("\ufffd", new[j0:j])
            if piece != old[i0:i]:
                edits.append((start + i0, start + i, piece))
            i0, j0 = i, j
    return edits


class _Candidate(NamedTuple):
    start: int
    end: int
    read_as: str  # the codec that misread the bytes
    old: str
    raw: bytes  # the bytes ``old`` spells in that codec
    old_widths: list[int]  # bytes per character of ``old``
    written_in: tuple[str, ...]  # the codecs the bytes may have been written in
    clear: bool  # misread characters enough to show the misreading on their own


def _reread(cand: _Candidate, max_lost_share: float) -> tuple[str, str, list[int]] | None:
    """The most ordinary reading of ``cand.raw`` that is ordinary Chinese where ``cand.old`` is not:
    (codec, text, bytes per character)."""
    cfg = _config()
    before = _ordinary_share(cand.old)
    best = None
    for codec in cand.written_in:
        new = cand.raw.decode(codec, errors="surrogateescape")
        lost = len(_LOST_RUN.findall(new))  # a run of lost bytes is one lost character
        if lost > max_lost_share * (len(_LOST_RUN.sub("", new)) + lost):
            continue
        if len(HAN_CHAR.findall(new)) < 2:
            continue  # no Chinese to give back (a run of marks and letters)
        share = _ordinary_share(new)
        if share >= cfg["min_ordinary"] and share - before >= cfg["min_gain"] and (best is None or share > best[0]):
            best = (share, codec, new)
    if best is None:
        return None
    _, codec, new = best
    return codec, new, [len(c.encode(codec, errors="surrogateescape")) for c in new]


def _latin_candidates(text: str) -> Iterator[_Candidate]:
    """Runs that a Latin-1 or Windows-1252 reading of GBK, UTF-8 or Big5 bytes left."""
    cfg = _config()
    for m in _patterns()["latin_run"].finditer(text):
        run = m.group()
        # Latin-1 letters: the C1 and Windows-1252 marks also stand for bytes, but “”‘’—… are
        # Chinese text's own punctuation too
        misread = sum("\xa0" <= c <= "\xff" for c in run)
        if misread >= 2:
            # a misread Chinese run is mostly high bytes; a European text's few accents sit among its
            # letters, and the chance reading of three or four of them may well be common characters
            letters = sum(c.isascii() and c.isalpha() for c in run)
            yield _Candidate(m.start(), m.end(), "latin-1", run, bytes(map(_BYTE_OF.__getitem__, run)),
                             [1] * len(run), tuple(cfg["latin_written_in"]),
                             misread >= cfg["min_misread"] and misread >= letters)


def _gbk_candidates(text: str) -> Iterator[_Candidate]:
    """Lines that a GBK reading of UTF-8 bytes left: every line is read alike, and one such
    character in five or more is a misread's shape, not a rare word's. Only lines holding one are
    looked at, and only on a page holding a few (one rare word is no misreading)."""
    cfg = _config()
    marks = [m.start() for m in _patterns()["utf8_as_gbk"].finditer(text)]
    if len(marks) < cfg["min_misread"]:
        return
    end = 0
    for pos in marks:
        if pos < end:
            continue  # the line is done
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[start:end]
        hits = bisect_left(marks, end) - bisect_left(marks, start)
        wide = len(line) - len(line.encode("ascii", "ignore"))  # non-ASCII characters, counted in C
        if hits < cfg["min_utf8_as_gbk_share"] * wide:
            continue
        # a lost byte shows as U+FFFD, or as "?" where the text was saved in GBK again: a "?" right
        # after a non-ASCII character (Chinese text writes its question mark full-width)
        parts = []
        lost_before = False
        for k, c in enumerate(line):
            if c == "\ufffd" or c == "?" and k and (line[k - 1] > "\x7f" or lost_before):
                parts.append(bytes([_LOST_BYTE]))
                lost_before = True
                continue
            lost_before = False
            try:
                parts.append(_WINDOWS_GBK.get(c) or c.encode("gbk"))
            except UnicodeEncodeError:  # a character GBK has no bytes for: not this misreading
                break
        else:
            yield _Candidate(start, end, "gbk", line, b"".join(parts), list(map(len, parts)), ("utf-8",),
                             hits >= cfg["min_misread"])


def repair_mojibake(doc: Document) -> Document:
    """Stage: re-read runs of misdecoded text (see the module's doc) and record where."""
    text = doc.text
    if not _patterns()["either"].search(text):
        return doc
    candidates: list[_Candidate] = []
    if _patterns()["latin_gate"].search(text):
        candidates += _latin_candidates(text)
    if _patterns()["utf8_as_gbk"].search(text):
        candidates += _gbk_candidates(text)
    if not candidates:
        return doc
    cfg = _config()
    found = [_reread(cand, cfg["max_lost_share"]) if cand.clear else None for cand in candidates]
    # a page that shows a misreading clearly somewhere has its short runs (fewer characters to
    # tell, more of their bytes lost) read the same way
    shown = {cand.read_as for cand, reading in zip(candidates, found) if reading}
    found = [reading or (_reread(cand, cfg["max_lost_share_where_shown"]) if cand.read_as in shown else None)
             for cand, reading in zip(candidates, found)]
    repaired = [(cand, reading) for cand, reading in zip(candidates, found) if reading]
    if not repaired:
        return doc
    doc.meta["mojibake"] = [{"read_as": cand.read_as, "written_in": codec, "source": doc.to_source(cand.start, cand.end)}
                            for cand, (codec, _, _) in repaired]
    doc.edit([edit for cand, (_, new, widths) in repaired
              for edit in _aligned_edits(cand.start, cand.old, cand.old_widths, new, widths)])
    return doc
