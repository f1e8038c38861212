#!/usr/bin/env python3
"""Validate the gold annotations in corpora/gold against the raw pages in corpora/raw.

usage: check_gold.py [-w] [--gold DIR] [--raw DIR] [GLOB ...]
       (default: every gold/*.json; a GLOB without ".json" matches as a prefix, so
       ``c_*``, ``x_01`` and ``markup_03_xuexiao_dangzhibu_table`` all work)
       run with the project venv (OpenCC, and reportnlp for HTML / code pages):
       .venv/bin/python corpora/check_gold.py

Prints one line per gold file, ``ok`` or ``FAIL`` followed by its errors (``-w`` also lists the
warnings), and exits with status 1 when any file has an error. As a library:
``check_all(gold_dir, raw_dir) -> {gold file name: [error, ...]}``; ``check_file`` gives a
``Report`` with the warnings too.

Reading the raw file. The gold's ``file`` field names it (same stem as the gold file, any
extension). A plain text page is decoded on its own (BOM, UTF-16, UTF-8, else GB18030 or Big5,
whichever reads as more common Chinese). An HTML page (.html/.htm/...) and a page that holds its
report in JSON / JS / JSX code (detected by the project's markup stage) is read as a reader sees
it: ``unwrap_markup(decode(data, name)).text`` with reportnlp's own stages. The text is then
normalized (NFKC, zero-width characters and ``(xiāng)`` pinyin readings removed, OpenCC t2s,
``4。5%`` -> ``4.5%``, thousands separators before a unit dropped, all white space removed).

(Gold strings are normalized the same way before they are searched.)

Errors (the file FAILs):

* ``file`` names a raw file of the gold's stem that exists; ``script``, ``doc_type``, section
  ``label`` and flag ``code`` are the values FORMAT.md allows; ``site_family`` (any non-empty
  string) is present when the file name has a family prefix (``gov_``, ``news_``, ...); metrics,
  commitments have only the keys FORMAT.md allows (``target`` / ``optional`` booleans);
* every must_remove, must_keep, document / section starts_with, metric, score, commitment and
  flag snippet occurs in the normalized text (a must_remove snippet may also occur in the raw
  markup itself: as written, e.g. a ``<title>``, or as the page shows it with its tags dropped
  and entities decoded once, e.g. a menu or a double-escaped ``&ldquo;``);
* documents start in order; sections start in order inside their document; section and
  metric / score / commitment / flag snippets lie inside their own document (from its start,
  or from its title stated just above it, to the next document's start; a document that
  repeats part of an earlier one is placed after that one's own snippets when it can be);
* gold strings are already normalized (simplified script, ASCII digits and punctuation, no
  separators; white space is tolerated since a scorer removes it on both sides);
* a metric's value is a number its snippet states (Arabic or Chinese numerals, thousands
  separators, 万/亿 folding, 百分之N, N分之M, N成, 一半; table cells glued by the white space
  removal are read apart) and its unit (other than %) is written in the snippet or right after
  it past an inline ASCII watermark (for an optional metric, e.g. a table cell under a header
  naming the unit, a missing unit is only a warning); a score's self_score likewise;
* a commitment's deadline is written in its document: near its snippet (80 characters either
  side) or in the lead-in of the snippet's section (FORMAT.md: inherited from a list's
  lead-in); written only elsewhere in the document (a year resolved from the context) is a
  warning;
* no must_keep string and no snippet contains a must_remove string;
* duplicate_of points at an earlier document that is not itself a duplicate;
* a file declared traditional reads as traditional (OpenCC t2s changes at least 30 characters).

Warnings (printed, never fail): snippet length outside 6-30 characters (must_remove, must_keep
and metric / score / commitment / flag snippets); a title not found verbatim (a field an
annotator may clean up, not a snippet); a score's max_score not in its snippet; a % metric without % or a rate word; a first section not at the document start;
a file declared simplified that t2s changes; unknown extra keys; and the consistency of the
flags with the numbers, where annotators may disagree: every achieved 100% rate (not a target,
not optional) has one PERFECT_RATE flag overlapping it, every full self score a FULL_SELF_SCORE
flag, every score above its maximum (100 when unstated) a SCORE_OVER_MAX flag, and
SUM/RATE_MISMATCH, PERFECT_RATE and score flags carry a note.

It cannot tell boilerplate from content; that is the annotator's job.
"""
from __future__ import annotations

import argparse
import glob
import html
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
GOLD = HERE / "gold"

LABELS = {"基本情况", "主要做法", "存在问题", "下一步", "其他"}
DOC_TYPES = {"工作总结", "自查报告", "述职报告", "讲话", "通知", "调研报告", "其他"}
CODES = {"PERFECT_RATE", "FULL_SELF_SCORE", "SCORE_OVER_MAX", "SUM_MISMATCH",
         "RATE_MISMATCH", "ZERO_COMPLAINT", "TEMPLATE_TEXT"}
SCRIPTS = {"simplified", "traditional", "mixed"}
TOP_KEYS = {"file", "script", "must_remove", "must_keep", "documents", "site_family"}
DOC_KEYS = {"starts_with", "duplicate_of", "title", "doc_type", "sections", "metrics", "scores",
            "commitments", "flags"}
METRIC_KEYS = {"indicator", "value", "unit", "snippet"}
METRIC_OPTIONAL_KEYS = {"target", "optional"}
COMMITMENT_KEYS = {"snippet", "deadline"}
SCORE_KEYS = {"item", "max_score", "self_score", "snippet"}
FLAG_KEYS = {"code", "snippet", "note"}
# first-round files are c_NN_* and x_NN_*; later ones carry a family prefix (gov_, news_, ...)
FAMILY_PREFIX = re.compile(r"^([a-z]{2,})_\d+")
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
CODE_SUFFIXES = {".js", ".jsx", ".mjs", ".json", ".jsonl", ".ndjson"}
SNIPPET_LEN = (6, 30)

_t2s = None


def t2s(s: str) -> str:
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    return _t2s.convert(s)


# ---------------------------------------------------------------- normalization
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(r"\((?=[a-zü]*[" + TONED + r"])[a-zü" + TONED + r"]{1,8}\)")
DECIMAL = re.compile(r"(?<=\d)[。．](?=\d+%)")
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){1,4}(?![\d,])(?=(?:\.\d{1,4})?\s?[万亿千件项人个次户条名家册份宗元台套辆所座场期批亩天米吨%])")


def _drop_separators(s: str) -> str:
    return THOUSANDS.sub(lambda m: m.group().replace(",", ""), s)  # the tool drops separators


def normalize(s: str, keep_space: bool = False) -> str:
    """The text a snippet is searched in (and the form a snippet is searched as); with
    keep_space, runs of white space stay as one space (to read numbers of table cells apart)."""
    s = unicodedata.normalize("NFKC", s)
    s = ZERO_WIDTH.sub("", s)
    s = PINYIN.sub("", s)
    s = t2s(s)
    s = DECIMAL.sub(".", s)
    s = _drop_separators(s)
    return " ".join(s.split()) if keep_space else "".join(s.split())


def canonical(s: str) -> str:
    """The form gold strings are written in: simplified, full-width ASCII as ASCII,
    ``4。4%`` as ``4.4%``, no thousands separators, no zero-width characters."""
    s = t2s(s)
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    s = ZERO_WIDTH.sub("", s)
    s = re.sub(r"[\s\u3000]+", "", s)
    s = DECIMAL.sub(".", s)
    return _drop_separators(s)


def _squeeze(s: str) -> str:
    return re.sub(r"[\s\u3000]+", "", s)


# ---------------------------------------------------------------- decoding
def _gb2312_common(ch: str) -> bool:
    """True for a character in GB2312 level 1 (the 3755 most common hanzi)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def decode_plain(data: bytes) -> tuple[str, str]:
    """Bytes of a plain text page -> (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = [c for c in t2s(text) if "\u4e00" <= c <= "\u9fff"]
        score = sum(map(_gb2312_common, han)) / max(1, len(han))
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise UnicodeDecodeError("unknown", data, 0, 1, "no candidate encoding fits")
    return best[1], best[2]


def _reportnlp():
    try:
        import reportnlp  # noqa: F401
    except ImportError:  # run from a checkout without the package installed
        sys.path.insert(0, str(HERE.parent))
    from reportnlp.stages.decode import decode
    from reportnlp.stages.markup import detect, unwrap_markup
    from reportnlp.stages.mojibake import repair_mojibake
    return decode, detect, unwrap_markup, repair_mojibake


def read_raw(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    """(text as a reader sees it, the raw markup source or None for a plain text page,
    the kind of markup unwrapped: None, "html", "code" or "html+code"). A reader re-reads text an
    upstream tool decoded with the wrong codec, as a browser set to the right one would show it."""
    suffix = os.path.splitext(name)[1].lower()
    decode, detect, unwrap_markup, repair_mojibake = _reportnlp()
    if suffix not in HTML_SUFFIXES | CODE_SUFFIXES:
        text, _ = decode_plain(data)
        if detect(text, name) is None:
            return repair_mojibake(decode(text, name)).text, None, None
    doc = decode(data, name)
    source = doc.text
    doc = repair_mojibake(unwrap_markup(doc))
    return doc.text, source, doc.meta.get("markup")


# ---------------------------------------------------------------- numbers
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"


def cn_int(s: str) -> int | None:
    """Parse a Chinese integer numeral such as 一千零八十, 两百, 十二, 三万五千."""
    if not s or any(c not in CN_CHARS for c in s):
        return None
    total, section, num = 0, 0, None
    for c in s:
        if c in CN_DIGIT:
            num = CN_DIGIT[c]
        elif c in CN_UNIT:
            section += (1 if num is None else num) * CN_UNIT[c]
            num = None
        else:  # 万 / 亿
            section += num or 0
            total = (total + section) * CN_BIG[c] if c == "亿" else total + section * CN_BIG[c]
            section, num = 0, None
    return total + section + (num or 0)


def cn_number(s: str) -> float | None:
    if "点" in s:
        a, _, b = s.partition("点")
        ia = cn_int(a)
        if ia is None or not b or any(c not in CN_DIGIT for c in b):
            return None
        return float(f"{ia}." + "".join(str(CN_DIGIT[c]) for c in b))
    v = cn_int(s)
    return None if v is None else float(v)


NUM_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]+")
FRACTION = re.compile(r"(\d+|万|[零〇一二两三四五六七八九十百千]+)分之(\d+|[零〇一二两三四五六七八九十百千]+)")


def candidates(snippet: str) -> set[float]:
    """Every number the snippet can be read as stating."""
    out: set[float] = set()
    for m in NUM_TOKEN.finditer(snippet):
        tok = m.group(0)
        vals: list[float] = []
        if tok[0].isdigit():
            vals.append(float(tok.replace(",", "")))
            if "," in tok:  # a comma list like 12,15 read as two numbers
                vals += [float(p) for p in re.findall(r"\d+(?:\.\d+)?", tok)]
        else:
            tok = tok.strip("点")
            # the maximal numeral, and the numeral without a trailing 万/亿
            # (三百万元 can be value 300 in unit 万元)
            for t in {tok, tok.rstrip("万亿")}:
                v = cn_number(t) if t and t[0] not in "万亿" else None
                if v is not None:
                    vals.append(v)
        after = snippet[m.end():m.end() + 1]
        for v in vals:
            out.add(v)
            if after == "万":
                out.add(v * 10_000)
            if after == "亿":
                out.add(v * 100_000_000)
            if after == "成":
                out.add(v * 10)
    if re.search(r"一半|半数", snippet):  # half -> 50 (%)
        out.add(50.0)
    for m in FRACTION.finditer(snippet):  # N分之M -> share in %
        den, numr = ({"百": 100.0, "千": 1000.0, "万": 10000.0}.get(x)
                     or (cn_number(x) if not x.isdigit() else float(x)) for x in m.groups())
        if den and numr is not None:
            for nd in (4, 2, 1, 0):
                out.add(round(numr / den * 100, nd))
    return out


def value_in(v, snippet) -> bool:
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not isinstance(snippet, str):
        return False
    return any(abs(c - float(v)) < 1e-6 for c in candidates(snippet))


# ---------------------------------------------------------------- checking
class Report:
    def __init__(self, name: str):
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_file(gold_path, raw_dir=RAW) -> Report:
    gold_path, raw_dir = Path(gold_path), Path(raw_dir)
    rep = Report(gold_path.name)
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        rep.err(f"unreadable gold: {e}")
        return rep
    if not isinstance(g, dict):
        rep.err("gold is not a JSON object")
        return rep
    stem = gold_path.stem

    # ------------------------------------------------ top level
    fname = g.get("file")
    if not isinstance(fname, str) or os.path.splitext(fname)[0] != stem or os.sep in fname:
        rep.err(f"'file' is {fname!r}, expected {stem}.<ext>")
        return rep
    raw_path = raw_dir / fname
    if not raw_path.is_file():
        rep.err(f"raw file missing: {fname}")
        return rep
    if g.get("script") not in SCRIPTS:
        rep.err(f"bad script {g.get('script')!r}")
    fam = g.get("site_family")
    if "site_family" in g and not (isinstance(fam, str) and fam.strip()):
        rep.err(f"bad site_family {fam!r}")
    elif fam is None and FAMILY_PREFIX.match(stem):
        rep.err(f"site_family missing (file name has the family prefix "
                f"{FAMILY_PREFIX.match(stem).group(1)}_)")
    extra = set(g) - TOP_KEYS
    if extra:
        rep.warn(f"unknown top-level keys {sorted(extra)}")
    for key in ("must_remove", "must_keep", "documents"):
        if key in g and not isinstance(g[key], list):
            rep.err(f"'{key}' is not a list")
            g[key] = []

    try:
        raw_text, markup, _ = read_raw(raw_path.read_bytes(), fname)
    except Exception as e:  # noqa: BLE001 - any failure to read the page is the file's error
        rep.err(f"raw file unreadable: {type(e).__name__}: {e}")
        return rep
    text = normalize(raw_text)
    spaced = normalize(raw_text, keep_space=True)
    # a must_remove snippet may also be found in the raw markup itself: as written, or as the
    # page shows it with every element (menus, share bars) and one round of entity decoding
    markup_text = ""
    if markup is not None:
        shown = html.unescape(re.sub(r"<!--.*?-->|<[^<>]*>", "", markup, flags=re.S))
        markup_text = normalize(markup) + "\n" + normalize(shown)

    # script of the raw (as a reader sees it)
    changed = sum(1 for a, b in zip(raw_text, t2s(raw_text)) if a != b)
    if g.get("script") == "simplified" and changed > 3:
        rep.warn(f"declared simplified but t2s changes {changed} chars")
    if g.get("script") == "traditional" and changed < 30:
        rep.err(f"declared traditional but t2s changes only {changed} chars")

    def check_normalised(what: str, s) -> bool:
        if s is None:
            return True
        if not isinstance(s, str):
            rep.err(f"{what}: not a string: {s!r}")
            return False
        c = canonical(s)
        if c != _squeeze(s):
            rep.err(f"{what}: not normalised: {s!r} -> {c!r}")
        return True

    def length(what: str, s: str) -> None:
        n = len(normalize(s))
        if not SNIPPET_LEN[0] <= n <= SNIPPET_LEN[1]:
            rep.warn(f"{what}: {n} chars: {s!r}")

    def spaced_form(sn) -> str:
        """The snippet as the page writes it with its white space (table cells glued by
        normalization, "15 15" -> "1515", are read apart), or "" when not found."""
        if not isinstance(sn, str) or not normalize(sn):
            return ""
        m = re.search(r"\s?".join(map(re.escape, normalize(sn))), spaced)
        return m.group() if m else ""

    def unit_follows(p: int, key: str, unit: str) -> bool:
        """The unit is written right after the snippet, past nothing but ASCII (an inline
        watermark such as a site address) and a 余/多 qualifier."""
        if p < 0:
            return False
        tail = text[p + len(key):p + len(key) + 60 + len(unit)]
        return re.match(r"[\x21-\x7e]{1,40}[余多]?" + re.escape(unit), tail) is not None

    removes = [s for s in g.get("must_remove", []) if isinstance(s, str) and normalize(s)]
    removes_n = [normalize(s) for s in removes]

    # chrome may sit in the markup itself (a <title>, an attribute); content must be in the text
    for field, where in (("must_remove", (text, markup_text)), ("must_keep", (text,))):
        for s in g.get(field, []):
            if not check_normalised(field, s):
                continue
            if not s or not normalize(s):
                rep.err(f"{field}: empty")
                continue
            length(field, s)
            if not any(normalize(s) in hay for hay in where):
                rep.err(f"{field} not in raw: {s!r}")
            if field == "must_keep":
                for r, rn in zip(removes, removes_n):
                    if rn in normalize(s):
                        rep.err(f"must_keep {s!r} contains must_remove {r!r}")

    # ------------------------------------------------ documents
    docs = g.get("documents") or []
    if not docs:
        rep.err("no documents")
    docs = [d if isinstance(d, dict) else {} for d in docs]
    for d in docs:
        for k in ("sections", "metrics", "scores", "commitments", "flags"):
            if not isinstance(d.get(k), list):
                d[k] = None  # reported below
            else:
                d[k] = [x if isinstance(x, dict) else {} for x in d[k]]

    def own_end(d: dict, start: int) -> int:
        """End of the last of a document's own pieces, each at its first place after start."""
        end = start
        pieces = [s.get("starts_with") for s in d.get("sections") or []]
        for k in ("metrics", "scores", "commitments", "flags"):
            pieces += [x.get("snippet") for x in d.get(k) or []]
        for piece in pieces:
            if isinstance(piece, str) and normalize(piece):
                key = normalize(piece)
                p = text.find(key, start)
                if p >= 0:
                    end = max(end, p + len(key))
        return end

    # locate the documents in order; a document that repeats part of an earlier one
    # (duplicate_of) starts after the earlier document's own pieces when it can
    starts: list[int] = []
    heads: list[int] = []
    pos = 0
    for i, d in enumerate(docs):
        sw = d.get("starts_with")
        check_normalised(f"doc{i}.starts_with", sw)
        key = normalize(sw) if isinstance(sw, str) else ""
        p = -1
        if not key:
            rep.err(f"doc{i}: empty starts_with")
        else:
            if i:
                p = text.find(key, max(pos, own_end(docs[i - 1], starts[-1])))
            if p < 0:
                p = text.find(key, pos)
            if p < 0:
                if key in text:
                    rep.err(f"doc{i}: starts before the previous document: {sw!r}")
                else:
                    rep.err(f"doc{i}: starts_with not in raw: {sw!r}")
        if p < 0:
            p = pos
        # a title (and a byline under it) stated above the body belongs to the document
        head = p
        title = d.get("title")
        if isinstance(title, str) and normalize(title):
            t = text.rfind(normalize(title), starts[-1] + 1 if starts else 0, p)
            if t >= 0:
                head = t
        starts.append(p)
        heads.append(head)
        pos = p + max(1, len(key))
    bounds = [(heads[i], starts[i + 1] if i + 1 < len(starts) else len(text))
              for i in range(len(docs))]

    def find_in(i: int, s, what: str, start: int | None = None, snippet: bool = True) -> int:
        """Position of s inside document i (searched from start, else from the document's
        start), or -1 after reporting why not."""
        if not isinstance(s, str) or not normalize(s):
            rep.err(f"{what}: empty snippet")
            return -1
        check_normalised(what, s)
        if snippet:
            length(what, s)
        key = normalize(s)
        a, b = bounds[i]
        p = -1
        if start is not None:
            p = text.find(key, start)
            if p >= b:
                p = -1
        if p < 0:
            p = text.find(key, a)
            if p >= b:
                p = -1
        if p < 0:
            if key not in text:
                rep.err(f"{what}: not in raw: {s!r}")
            else:
                rep.err(f"{what}: found in raw but outside its document: {s!r}")
            return -1
        for r, rn in zip(removes, removes_n):
            if rn in key:
                rep.err(f"{what}: contains must_remove text {r!r}")
        return p

    for i, d in enumerate(docs):
        tag = f"doc{i}"
        extra = set(d) - DOC_KEYS
        if extra:
            rep.warn(f"{tag}: unknown keys {sorted(extra)}")
        if d.get("doc_type") not in DOC_TYPES:
            rep.err(f"{tag}: bad doc_type {d.get('doc_type')!r}")
        dup = d.get("duplicate_of")
        if dup is not None and not (isinstance(dup, int) and not isinstance(dup, bool) and 0 <= dup < i
                                    and docs[dup].get("duplicate_of") is None):
            rep.err(f"{tag}: bad duplicate_of {dup!r}")
        title = d.get("title")
        if title is not None:
            check_normalised(f"{tag}.title", title)
            if isinstance(title, str) and normalize(title) not in text:
                # a title field, not a snippet: an annotator may state it cleaned up
                rep.warn(f"{tag}: title not found verbatim: {title!r}")
        for k in ("sections", "metrics", "scores", "commitments", "flags"):
            if d.get(k) is None:
                rep.err(f"{tag}: '{k}' missing or not a list")
                d[k] = []

        # sections, in order
        last = starts[i]
        first_pos = None
        section_pos: list[int] = []
        for j, s in enumerate(d["sections"]):
            w = f"{tag}.sec{j}"
            if s.get("label") not in LABELS:
                rep.err(f"{w}: bad label {s.get('label')!r}")
            p = find_in(i, s.get("starts_with"), w, start=last, snippet=False)
            if 0 <= p < last:
                rep.err(f"{w}: out of order: {s.get('starts_with')!r}")
            if p >= 0:
                section_pos.append(p)
                last = max(last, p)
                if j == 0:
                    first_pos = p
        if d["sections"] and dup is None and first_pos is not None and first_pos != starts[i]:
            rep.warn(f"{tag}: first section does not start at the document start")

        # metrics
        for j, m in enumerate(d["metrics"]):
            w = f"{tag}.metric{j}"
            for key in sorted(METRIC_KEYS - set(m)):
                rep.err(f"{w}: missing {key}")
            extra = set(m) - METRIC_KEYS - METRIC_OPTIONAL_KEYS
            if extra:
                rep.err(f"{w}: unknown keys {sorted(extra)}")
            for key in METRIC_OPTIONAL_KEYS & set(m):
                if not isinstance(m[key], bool):
                    rep.err(f"{w}: '{key}' must be true or false: {m[key]!r}")
            for key in ("indicator", "unit"):
                if not m.get(key):
                    rep.err(f"{w}: empty {key}")
                check_normalised(f"{w}.{key}", m.get(key))
            sn = m.get("snippet")
            p = find_in(i, sn, w)
            if not _is_number(m.get("value")):
                rep.err(f"{w}: value not a number: {m.get('value')!r}")
            elif isinstance(sn, str) and not value_in(m["value"], sn) \
                    and not value_in(m["value"], spaced_form(sn)):
                rep.err(f"{w}: value {m['value']} not stated in snippet {sn!r}")
            unit = m.get("unit")
            if isinstance(unit, str) and isinstance(sn, str) and unit:
                if unit != "%" and normalize(unit) not in normalize(sn) \
                        and not unit_follows(p, normalize(sn), normalize(unit)):
                    if m.get("optional") is True:  # e.g. a table cell under a header with the unit
                        rep.warn(f"{w}: unit {unit!r} not in snippet {sn!r} (optional metric)")
                    else:
                        rep.err(f"{w}: unit {unit!r} not in snippet {sn!r}")
                if unit == "%" and "%" not in sn and not re.search(r"率|度|占|比|百分之|分之|成", sn):
                    rep.warn(f"{w}: % metric without % or rate word: {sn!r}")

        # scores
        for j, s in enumerate(d["scores"]):
            w = f"{tag}.score{j}"
            extra = set(s) - SCORE_KEYS
            if extra:
                rep.warn(f"{w}: unknown keys {sorted(extra)}")
            check_normalised(f"{w}.item", s.get("item"))
            sn = s.get("snippet")
            find_in(i, sn, w)
            if not _is_number(s.get("self_score")):
                rep.err(f"{w}: self_score not a number: {s.get('self_score')!r}")
            elif not value_in(s.get("self_score"), sn) and not value_in(s.get("self_score"), spaced_form(sn)):
                rep.err(f"{w}: self_score {s.get('self_score')} not in snippet {sn!r}")
            mx = s.get("max_score")
            if mx is not None and not _is_number(mx):
                rep.err(f"{w}: max_score not a number: {mx!r}")
            elif mx is not None and not value_in(mx, sn) and not value_in(mx, spaced_form(sn)):
                rep.warn(f"{w}: max_score {mx} not in snippet {sn!r} (stated elsewhere?)")

        # commitments
        for j, c in enumerate(d["commitments"]):
            w = f"{tag}.commit{j}"
            missing = COMMITMENT_KEYS - set(c)
            extra = set(c) - COMMITMENT_KEYS - {"optional"}
            if missing or extra:
                rep.err(f"{w}: keys must be snippet, deadline (and optional): {sorted(c)}")
            if "optional" in c and not isinstance(c["optional"], bool):
                rep.err(f"{w}: 'optional' must be true or false: {c['optional']!r}")
            p = find_in(i, c.get("snippet"), w)
            dl = c.get("deadline")
            if dl is not None:
                if not isinstance(dl, str) or not normalize(dl):
                    rep.err(f"{w}: bad deadline {dl!r}")
                    continue
                check_normalised(f"{w}.deadline", dl)
                if p >= 0:
                    window = text[max(bounds[i][0], p - 80):p + len(normalize(c["snippet"])) + 80]
                    # or inherited from the lead-in of its list (FORMAT.md): stated earlier in
                    # the section the snippet lies in
                    lead = text[max([starts[i]] + [q for q in section_pos if q <= p]):p]
                    if normalize(dl) in window or normalize(dl) in lead:
                        pass
                    elif normalize(dl) in text[bounds[i][0]:bounds[i][1]]:
                        # resolved from the document's context (its year, a later 报送 line):
                        # annotators may disagree
                        rep.warn(f"{w}: deadline {dl!r} stated only elsewhere in its document")
                    else:
                        rep.err(f"{w}: deadline {dl!r} not written near snippet nor in its document")

        # flags
        flags = d["flags"]
        for j, f in enumerate(flags):
            w = f"{tag}.flag{j}"
            extra = set(f) - FLAG_KEYS
            if extra:
                rep.warn(f"{w}: unknown keys {sorted(extra)}")
            if f.get("code") not in CODES:
                rep.err(f"{w}: bad code {f.get('code')!r}")
            find_in(i, f.get("snippet"), w)
        # the corpus convention (README, as in the dev seeds' gold): one TEMPLATE_TEXT per report,
        # at its first placeholder; the scorer matches flags one to one, so a second is a sure miss
        n_template = sum(1 for f in flags if f.get("code") == "TEMPLATE_TEXT")
        if n_template > 1:
            rep.err(f"{tag}: {n_template} TEMPLATE_TEXT flags; one per report, at its first placeholder")

        # consistency of the flags with the numbers: warnings only (annotators may disagree)
        if dup is None:
            def overlaps(a, b) -> bool:
                if not isinstance(a, str) or not isinstance(b, str):
                    return False
                a, b = normalize(a), normalize(b)
                return bool(a and b) and (a in b or b in a)

            perfect = [m for m in d["metrics"] if m.get("unit") == "%" and m.get("value") == 100
                       and not m.get("target") and not m.get("optional")]
            n_pr = sum(1 for f in flags if f.get("code") == "PERFECT_RATE")
            if n_pr != len(perfect):
                rep.warn(f"{tag}: {len(perfect)} achieved 100% metrics but {n_pr} PERFECT_RATE flags")
            for m in perfect:
                if not any(f.get("code") == "PERFECT_RATE" and overlaps(f.get("snippet"), m.get("snippet"))
                           for f in flags):
                    rep.warn(f"{tag}: no PERFECT_RATE flag overlapping {m.get('snippet')!r}")
            scores = [s for s in d["scores"] if _is_number(s.get("self_score"))]
            full = [s for s in scores if _is_number(s.get("max_score")) and s["self_score"] == s["max_score"]]
            n_fs = sum(1 for f in flags if f.get("code") == "FULL_SELF_SCORE")
            if n_fs != len(full):
                rep.warn(f"{tag}: {len(full)} full self scores but {n_fs} FULL_SELF_SCORE flags")
            over = [s for s in scores
                    if s["self_score"] > (s["max_score"] if _is_number(s.get("max_score")) else 100)]
            n_ov = sum(1 for f in flags if f.get("code") == "SCORE_OVER_MAX")
            if n_ov != len(over):
                rep.warn(f"{tag}: {len(over)} scores over max but {n_ov} SCORE_OVER_MAX flags")
            for f in flags:
                if f.get("code") in {"SUM_MISMATCH", "RATE_MISMATCH", "PERFECT_RATE",
                                     "FULL_SELF_SCORE", "SCORE_OVER_MAX"} and not f.get("note"):
                    rep.warn(f"{tag}: {f.get('code')} flag without note")
    return rep


def gold_files(gold_dir=GOLD, patterns=None) -> list[Path]:
    gold_dir = Path(gold_dir)
    pats = patterns or ["*"]
    out = set()
    for pat in pats:
        pat = pat if pat.endswith(".json") else pat + "*.json"
        out.update(Path(p) for p in glob.glob(str(gold_dir / pat)))
    return sorted(out)


def check_all(gold_dir=GOLD, raw_dir=RAW, patterns=None) -> dict[str, list[str]]:
    """Errors of every gold file in gold_dir (file name -> list, empty when the file is ok)."""
    return {p.name: check_file(p, raw_dir).errors for p in gold_files(gold_dir, patterns)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("patterns", nargs="*", metavar="GLOB",
                    help="gold files to check (a pattern without .json matches as a prefix)")
    ap.add_argument("--gold", default=str(GOLD), help="gold directory (default corpora/gold)")
    ap.add_argument("--raw", default=str(RAW), help="raw directory (default corpora/raw)")
    ap.add_argument("-w", "--warnings", action="store_true", help="list the warnings too")
    args = ap.parse_args(argv)
    paths = gold_files(args.gold, args.patterns)
    if not paths:
        print("no gold files matched")
        return 1
    bad = n_warn = 0
    for p in paths:
        rep = check_file(p, args.raw)
        n_warn += len(rep.warnings)
        bad += bool(rep.errors)
        status = "FAIL" if rep.errors else "ok"
        extra = f"  ({len(rep.errors)} errors)" if rep.errors else ""
        extra += f"  ({len(rep.warnings)} warnings)" if rep.warnings else ""
        print(f"{status:4s} {p.name}{extra}")
        for e in rep.errors:
            print("   E", e)
        if args.warnings:
            for w in rep.warnings:
                print("   W", w)
    print(f"{len(paths)} files, {bad} with errors, {n_warn} warnings")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
