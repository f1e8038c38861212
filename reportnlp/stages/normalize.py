"""Normalize script, digits, punctuation, pinyin readings and spacing, keeping offsets."""
from __future__ import annotations

import functools

import regex

from .. import re_cache
from ..chinese_script import converter
from ..document import Document
from ..lexicons import load_yaml
from ..patterns import compile_pattern

CJK = r"\p{Han}"
_CJK_RUN = compile_pattern(r"\p{Han}+")
# CJK and full-width punctuation: spaces next to these are layout, not content.
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014"


def _heading_dot_kept(char: str, cfg: dict) -> str:
    """For ".", lookbehinds that keep it after the one or two Chinese numerals opening a line
    (a heading's enumerator, "一.基本情况"); nothing for the other stray characters."""
    if char != ".":
        return ""
    numeral = "[" + regex.escape(cfg["heading_numerals"]) + "]"
    return rf"(?<!^{numeral}\.)(?<!^{numeral}{{2}}\.)"


@functools.cache
def _patterns():
    cfg = load_yaml("normalize.yml")
    sp = regex.escape(cfg["spaces"])
    letters = cfg["pinyin_letters"]
    tones = cfg["pinyin_tone_marks"]
    # re scans at C speed for a pattern's first character only when the pattern starts with a
    # class or a literal: not with a lookbehind, a lookahead or a run ("[…]+"), which re tries
    # at every position (4-10x slower over a page). So the patterns over whole pages start with
    # the character their matches start with, and a lookbehind after it looks back over that one
    # too. Those with a Han class go to re (many_calls): it scans them ~1.5x as fast as regex
    # (the pinyin ones too, which start with their parenthesis: most pages hold one, and regex
    # tried a reading at each of them ~2x as slowly).
    invisible = "[" + regex.escape(cfg["invisible"]) + r"\x01-\x08\x0b\x0c\x0e-\x1f\x7f]"
    stray = "[" + regex.escape(cfg["stray_between_cjk"]) + "]"
    return {
        "newline": compile_pattern(r"\r\n?"),
        "invisible": compile_pattern(f"{invisible}{invisible}*"),
        # a reading in ASCII or full-width parentheses right after a CJK character, of one word
        # too ("供电(gōngdiàn)", "容量(diàn róng liàng)")
        "pinyin": compile_pattern(
            rf"[(（](?<={CJK}[(（])(?=[{letters} ]{{0,27}}(?:[{tones}]|[1-5][)）]))[{letters}](?:[{letters} ]{{0,27}}[{letters}])?[1-5]?[)）]",
            many_calls=True,
        ),
        # (also right after another reading: "案(an)(an)")
        "toneless": compile_pattern(rf"[(（](?<=(?:{CJK}|[)）])[(（])(?:{cfg['pinyin_syllable']})[)）]", many_calls=True),
        "toneless_min": cfg["toneless_pinyin_min"],
        # one pattern per character, each led by it: re scans for a literal ~10x as fast as for a
        # class, and a page holds few of these characters (~half hold none but "."); a match is the
        # one character, so the matches of all are those of the class's pattern, by position
        "stray": [(c, compile_pattern(rf"{regex.escape(c)}(?<={CJK}{stray}){_heading_dot_kept(c, cfg)}(?={CJK})",
                                      regex.M, many_calls=True))
                  for c in dict.fromkeys(cfg["stray_between_cjk"])],
        # spaces touching CJK or CJK punctuation, or between a digit and CJK; at a line's start
        # (no character but a line break before the first space) or end
        "spaces": compile_pattern(
            rf"[{sp}](?:(?<=[{CJK}{CJK_PUNCT}][{sp}])[{sp}]{{0,49}}|[{sp}]{{0,49}}(?=[{CJK}{CJK_PUNCT}])"
            rf"|(?<![^\n][{sp}])[{sp}]{{0,199}}|[{sp}]{{0,199}}$)",
            regex.M, many_calls=True,
        ),
        "thousands": compile_pattern(
            # full-width pages separate thousands with a full-width comma too ("３，２００亩");
            # the first digit (a full-width digit is one too) first, as above (1.6x faster than a
            # lookahead for it), then what may stand before it
            r"\d(?:(?<![\d.,]\d)\d{0,2}(?:,\d{3}){1,4}(?![\d,])|(?<=[０-９])(?<![\d.,，．][０-９])[０-９]{0,2}(?:[，,][０-９]{3}){1,4}(?![\d,，]))"
            # …and before the unit a 余/多 ("５，０００餘份")
            r"(?=(?:[.．][\d]{1,4})?\s?[余多餘]?["
            + regex.escape(cfg["thousands_followers"])
            + "])"
        ),
        # the point first, each on its own (a literal re scans for at C speed, where 。 is frequent);
        # the digit before it after. A match's neighbours are digits, spaces and units, which no
        # rewrite of a point touches: one point's rewrite after the other's gives the same text
        "decimal": [(point, compile_pattern(f"{point}(?<=\\d{point})(?=\\d{{1,4}}\\s?["
                                            + regex.escape(cfg["decimal_followers"]) + "])"))
                    for point in cfg["decimal_points"]],
        "lost": compile_pattern(r"\?{2,8}|\ufffd{1,8}"),
        # what a page must hold for a reading to match: a tone mark, or a tone digit closing a
        # bracket (its lookahead needs one), in one search led by their first characters (a
        # substring test of each of the 38 cost 2.5x as much; most pages hold none)
        "pinyin_needs": compile_pattern(f"[{regex.escape(tones)}]|[1-5][)）]", many_calls=True),
    }


# what a thousands separator needs (a comma, then three digits) and what a lost character is: one
# scan for these at C speed skips the patterns (thousands is tried at every digit) on most pages.
# Each comma is looked for on its own: re scans for a literal ~10x as fast as for a class, and the
# full-width comma is one of the commonest characters of a page (the class stopped at each one)
_SEPARATED_DIGITS = (re_cache.compile(r",\d{3}"), re_cache.compile(r"，\d{3}"))


def _separated_digits(text: str) -> bool:
    """Whether a comma (either) stands before three digits (the class pattern [,，] then three digits)."""
    return any(pattern.search(text) for pattern in _SEPARATED_DIGITS)


_LOST_CHARS = ("??", "\ufffd")


# Full-width ASCII digits, letters and a few symbols -> half-width; Chinese
# punctuation (，。：；（）) is left alone on purpose.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0B: ord("+"), 0xFF0D: ord("-"), 0xFF0F: ord("/")})
# small and vertical presentation forms of punctuation (people.cn's "﹔" between targets, "﹐"…) -> the
# ordinary Chinese marks every rule and splitter expects
_FULLWIDTH.update({ord(small): ord(plain) for small, plain in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹪︐︑︒︓︔︕︖",
                                                                 "，、.；：？！（）%，、。：；！？")})
# str.translate looks up every character of a CJK text in a dict; translating only the
# runs that hold full-width characters is ~10x faster on typical pages
_FULLWIDTH_CLASS = "[" + "".join(map(chr, _FULLWIDTH)) + "]"
_FULLWIDTH_RUN = re_cache.compile(_FULLWIDTH_CLASS + _FULLWIDTH_CLASS + "*")  # a class first: scanned at C speed


def _to_halfwidth(text: str) -> str:
    return _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), text)


def _differing(a: str, b: str) -> int:
    """How many characters of the equally long ``a`` and ``b`` differ (``sum(map(ne, a, b))``): the
    two texts' code points as the 4-byte units of one int each, XORed, and the units not zero
    counted, at C speed (map(ne) made a string of each character of both)."""
    n = len(a)
    x = int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little") \
        ^ int.from_bytes(b.encode("utf-32-le", "surrogatepass"), "little")
    return n - memoryview(x.to_bytes(4 * n, "little")).cast("I").tolist().count(0)


def detect_script(text: str, simplified: str | None = None) -> str:
    """simplified | traditional | mixed, from how many characters each direction changes."""
    simplified = simplified if simplified is not None else converter("t2s").convert(text)
    if simplified == text:
        return "simplified"  # nothing to convert: the common case, decided without counting
    trad_only = _differing(text, simplified) if len(simplified) == len(text) else 0
    cjk = sum(map(len, _CJK_RUN.findall(text))) or 1
    if trad_only < 0.01 * cjk:
        return "simplified"  # most pages: the slower s2t pass is not needed
    as_trad = converter("s2t").convert(text)
    simp_only = _differing(text, as_trad) if len(as_trad) == len(text) else 0
    if simp_only < 0.25 * trad_only:
        return "traditional"
    return "mixed"


def _to_simplified(text: str) -> str:
    """OpenCC t2s; lines whose length changes fall back to character mode so offsets hold."""
    t2s = converter("t2s")
    out = t2s.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = t2s.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := t2s.convert(c)) == 1 else c for c in line)
        fixed.append(conv)
    return "\n".join(fixed)


def normalize(doc: Document) -> Document:
    """Stage: line ends, invisible characters, pinyin, artefacts, spacing, digits, script."""
    p = _patterns()
    # 1) deletions and rewrites that change length, recorded as edits
    edits = [(m.start(), m.end(), "\n") for m in p["newline"].finditer(doc.text)]
    doc.edit(edits)
    text = doc.text
    # (the pattern opens with its class, which re scans for at C speed: no gate is cheaper)
    edits = [(m.start(), m.end(), "") for m in p["invisible"].finditer(text)]
    if p["pinyin_needs"].search(text):
        edits += [(m.start(), m.end(), "") for m in p["pinyin"].finditer(text)]
    if "(" in text or "（" in text:
        toneless = [(m.start(), m.end(), "") for m in p["toneless"].finditer(text)]
        if len(toneless) >= p["toneless_min"]:
            edits += toneless
    doc.edit(edits)
    text = doc.text
    artefacts = sorted((m.start(), m.end(), "") for c, pattern in p["stray"] if c in text for m in pattern.finditer(text))
    doc.edit(artefacts, removal_kind="artefact")
    edits = [(m.start(), m.end(), "") for m in p["spaces"].finditer(doc.text)]
    doc.edit(edits)
    text = doc.text
    edits = []
    for m in p["thousands"].finditer(text) if _separated_digits(text) else ():
        s = m.start()
        edits += [(s + i, s + i + 1, "") for i, c in enumerate(m.group()) if c in ",，"]
    doc.edit(edits)

    # 2) same-length substitutions: offsets are unchanged, so no map is needed
    raw = doc.text
    simplified = _to_simplified(raw)
    # the script is a property of the page: its first 5,000 characters tell it (a few
    # hundred traditional characters suffice), and counting more costs more than OpenCC
    sample = 5_000
    doc.meta["script"] = detect_script(raw[:sample], simplified[:sample] if len(simplified) == len(raw) else None)
    text = _to_halfwidth(simplified)
    for point, pattern in p["decimal"]:
        if point in text:
            text = pattern.sub(".", text)
    assert len(text) == len(raw)
    doc.text = text
    # characters lost upstream ("??", U+FFFD) are kept but reported
    # recorded with source offsets now: later stages edit the text again
    lost = p["lost"].finditer(text) if any(w in text for w in _LOST_CHARS) else ()
    doc.meta["lost_characters"] = [{"text": m.group(), "source": doc.to_source(m.start(), m.end())} for m in lost]
    return doc
