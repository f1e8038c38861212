"""Decode raw bytes of any common encoding into text, never crashing."""
from __future__ import annotations

import codecs
import re

from .. import re_cache
from ..document import Document
from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: CJK/ASCII text has NULs in every other byte of one parity."""
    sample = data[:4000]
    if len(sample) < 4 or 0 not in sample:  # no NUL byte (one memchr): no UTF-16 of either parity
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.2 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


_PLAUSIBLE = re_cache.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u201f\x20-\x7e\n\r\t]")


def _plausible_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16 of mostly CJK text has few NUL bytes; accept a strict decode
    whose characters are nearly all CJK, CJK punctuation or ASCII."""
    if len(data) % 2 or len(data) < 8:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:8000].decode(enc)
        except UnicodeDecodeError:
            continue
        if len(_PLAUSIBLE.findall(sample)) >= 0.95 * len(sample):
            return enc
    return None


def _guess_legacy(data: bytes) -> str:
    """Pick GB18030 or Big5 for non-UTF-8 bytes with charset-normalizer's help."""
    from charset_normalizer import from_bytes

    # GBK and Big5 byte ranges overlap, so strict decoding alone cannot tell them apart.

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "utf_8"]).best()
    if best is not None:
        name = best.encoding.replace("_", "")
        if name.startswith("big5"):
            return "big5"
        if name.startswith("gb") or name.startswith("cp936"):
            return "gb18030"
    return "gb18030"


_HZ_SPAN = re.compile(rb"~\{([^~\n]*)")  # a GB span runs to its closing ~} (or a stray ~, or the line's end)
_MIN_HZ_PAIRS = 8


def _as_hz(data: bytes) -> str | None:
    """The text of an HZ file, or None when its ~{ spans do not read as Chinese. Chinese text's
    byte pairs land in GB2312's symbol rows and frequent block (leads 0x21-0x29, 0x30-0x57); ASCII
    text with a stray ~{ (code, emoticons) scatters over the rare block, where lowercase letters lead."""
    pairs = common = 0
    for span in _HZ_SPAN.findall(data[:20_000]):
        for lead in span[0:len(span) - 1:2]:
            pairs += 1
            common += 0x21 <= lead <= 0x29 or 0x30 <= lead <= 0x57
    if pairs < _MIN_HZ_PAIRS or common < 0.9 * pairs:
        return None
    try:
        return data.decode("hz")
    except UnicodeDecodeError:
        return None


# Files of another format that a scrape saves under a report's name (a portal's "下载附件" link: a .doc, a PDF, an
# image of a scanned page): their bytes decode to noise that can pass as text (a PDF's ASCII skeleton) or say only
# "binary". The signature names the format, so the error can say what to do.
_CONTAINERS = (
    (b"%PDF-", "a PDF file: extract its text first (e.g. pdftotext)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (a Word .doc, Excel .xls or WPS document): save it as text first"),
    (b"PK\x03\x04", "a ZIP container (a .docx, .xlsx or .zip): save the document as text first"),
    (b"{\\rtf", "an RTF document: save it as text first"),
    (b"\x89PNG\r\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"Rar!\x1a\x07", "a RAR archive, not text"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive, not text"),
)


def _check_not_container(data: bytes) -> None:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")  # (a PDF behind a BOM or a blank line is still one)
    for magic, what in _CONTAINERS:
        if head.startswith(magic):
            raise InputError("not_text", f"input is {what}")


def decode_bytes(data: bytes) -> tuple[str, str, int]:
    """Return (text, encoding, replaced_count); raise InputError on unusable input."""
    if not data:
        raise InputError("empty", "input is empty")
    _check_not_container(data)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return text, enc.replace("-sig", "") + "-bom", text.count("\ufffd")
    enc16 = _looks_utf16(data)
    if enc16:
        text = data.decode(enc16, errors="replace")
        return text, enc16, text.count("\ufffd")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # UTF-8 cut inside its last character, not GBK
            return data.decode("utf-8", errors="replace"), "utf-8", 1
    else:
        # HZ shifts GB2312 into 7-bit ASCII between ~{ and ~}, so it reads as UTF-8 too
        if b"~{" in data and data.isascii():
            hz = _as_hz(data)
            if hz is not None:
                return hz, "hz", 0
        return text, "utf-8", 0
    enc16 = _plausible_utf16(data)
    if enc16:
        text = data.decode(enc16, errors="replace")
        return text, enc16, text.count("\ufffd")
    legacy = _guess_legacy(data)
    # Mixed files (a UTF-8 page with a pasted GBK block, a GB18030 half and a Big5 half):
    # decoded line by line, each line in the encoding its bytes fit best.
    out = []
    replaced = 0
    used: dict[str, None] = {}
    current = legacy  # short lines follow the legacy encoding of the lines before them
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
            if any(b > 0x7F for b in line):
                used["utf-8"] = None
            continue
        except UnicodeDecodeError:
            pass
        piece = _damaged_utf8(line)
        if piece is None:
            current = _legacy_for(line, current)
            piece = line.decode(current, errors="replace")
            used[current] = None
        else:
            used["utf-8"] = None
        replaced += piece.count("\ufffd")
        out.append(piece)
    text = "\n".join(out)
    names = list(used) or [legacy]
    encoding = names[0] if len(names) == 1 else f"mixed({'+'.join(names)})"
    return text, encoding, replaced


def _damaged_utf8(line: bytes) -> str | None:
    """A UTF-8 line with a byte lost or damaged: a few U+FFFD among many well-formed multi-byte
    characters (legacy CJK bytes read as UTF-8 give almost nothing but U+FFFD). None otherwise."""
    piece = line.decode("utf-8", errors="replace")
    bad = piece.count("\ufffd")
    good = len(piece) - len(piece.encode("ascii", "ignore")) - bad  # non-ASCII characters, counted in C
    return piece if good >= 8 * bad else None


# Double-byte characters of GB18030/GBK and Big5 share one byte range, so both decode most
# bytes. What tells them apart is where the text's characters land: GB text sits in GB2312's
# level 1 (leads B0-D7, trails A1-FE: the 3,755 most used characters), Big5 text in Big5's
# frequent block (A440-C67E); the other encoding's reading scatters over rare characters.
_PAIR = re.compile(rb"[\x81-\xfe][\x30-\xfe]")
_MIN_PAIRS = 6  # fewer double-byte characters than this: too little evidence, keep the current choice


def _legacy_for(line: bytes, current: str) -> str:
    pairs = _PAIR.findall(line)
    if len(pairs) < _MIN_PAIRS:
        return current
    gb = b5 = 0
    for p in pairs:
        lead, trail = p[0], p[1]
        if 0xB0 <= lead <= 0xD7 and trail >= 0xA1:
            gb += 1
        if 0xA4 <= lead <= 0xC5 or (lead == 0xC6 and trail <= 0x7E):
            if 0x40 <= trail <= 0x7E or trail >= 0xA1:
                b5 += 1
    margin = 0.2 * len(pairs)
    if gb >= b5 + margin:
        return "gb18030"
    if b5 >= gb + margin:
        return "big5"
    return current


_CONTROL = re_cache.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _check_not_binary(text: str) -> None:
    if not text:
        raise InputError("empty", "input is empty")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > 0.15 * len(sample):  # random bytes decode to ~25% controls + U+FFFD, text to ~0%
        raise InputError("binary", "input looks binary, not text (too many control or undecodable bytes)")
    if not any(c.isalnum() for c in sample):
        raise InputError("empty", "input holds no letters or digits")


def decode(data: bytes | str, source: str = "<text>") -> Document:
    """Stage 1: bytes (or already-decoded text) -> a file-level Document."""
    if isinstance(data, str):
        text, encoding, replaced = data, "unicode", data.count("\ufffd")
    else:
        text, encoding, replaced = decode_bytes(data)
    _check_not_binary(text)
    doc = Document(text=text, source=source, source_text=text)
    doc.meta.update(encoding=encoding, replaced_bytes=replaced, source_length=len(text))
    return doc
