"""Stage: unwrap HTML pages and report text held in JS/JSX/JSON string literals, keeping offsets.

Runs first on the page. A cheap look at the first few KB (and the source name's extension)
decides whether the decoded text is

* HTML: parsed with selectolax (lexbor); script, style, head, nav, comments and the like are
  dropped, block elements become line breaks, table cells are joined by `` | ``, entities are
  decoded. selectolax gives no source positions, so each text node is found again in the raw
  text, in document order, by scanning forward from the previous one (skipping positions inside
  tags and comments) and decoding entities piece by piece;
* code (JSON, JSON lines, JS, JSX): string literals whose value reads as report text are kept,
  each as its own block, with their escapes decoded piece by piece; JSX element trees holding
  Chinese text are unwrapped like HTML; a literal whose value is HTML is unwrapped too;
* neither: the document is left untouched (the common case, decided in microseconds).

The output is built as pieces ``(text, source start, source end, copied)`` and recorded with
``Document.edit``, so every later span maps back into the raw decoded file. Removed markup is not
listed in ``removed`` (a page has thousands of tags); ``meta["markup"]`` tells what was unwrapped.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from html.entities import html5 as _HTML5

from .. import re_cache
from ..document import Document
from ..offsets import Edit

# (text, source start, source end, copied verbatim from the source)
Piece = tuple[str, int, int, bool]

_SAMPLE = 4096
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
CODE_SUFFIXES = frozenset({".js", ".jsx", ".mjs", ".json", ".jsonl", ".ndjson"})

# -- detection -------------------------------------------------------------------------------
_STRONG_HTML = re_cache.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I)
_HTML_TAG = re_cache.compile(
    r"</?(?:p|div|br|span|table|tbody|tr|td|th|li|ul|ol|h[1-6]|a|font|strong|b|em|img|section|article|"
    r"center|hr|pre|blockquote|dl|dt|dd|nav|header|footer|main|aside|script|style|iframe|form)(?=[\s/>])",
    re.I,
)
_BLOCKISH_TAG = re_cache.compile(r"<(?:p|div|br|li|tr|td|h[1-6]|table|section|article|pre|blockquote)(?=[\s/>])", re.I)
_JS_SHAPE = re_cache.compile(
    r"(?:\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=|\bfunction\s*[\w$]*\s*\(|=>|\bmodule\.exports\b"
    r"|\bexport\s+default\b|\bdocument\.write(?:ln)?\s*\(|\bimport\s+[\w{*])"
)
_JSON_KEY = re_cache.compile(r'"\s*:')
_SQL_SHAPE = re_cache.compile(r"\b(?:INSERT|REPLACE)\s+INTO\b", re.I)
_SCRIPT_OPEN = re_cache.compile(r"<script", re.I)


_JS_HINTS = ("=>", "function", "var ", "let ", "const ", "exports", "export ", "document.write", "import ")
# any of them, in one search: re scans for their first characters at C speed (ASCII letters, rare in a
# Chinese page), where a substring test of each cost nine scans of the sample
_JS_HINT = re_cache.compile("|".join(map(re.escape, _JS_HINTS)))


def _js_shapes(sample: str, end: int) -> int:
    """How many JS statement shapes ``sample[:end]`` holds (a search for their hints first: fast)."""
    if not _JS_HINT.search(sample):
        return 0
    return len(_JS_SHAPE.findall(sample, 0, end))


def _suffix(source: str) -> str:
    if not source or "." not in source:
        return ""  # (what splitext gives a name without a dot)
    return os.path.splitext(source)[1].lower()


def _code_signals(sample: str, end: int) -> int:
    """Statement shapes of JS or SQL, and object keys, in ``sample[:end]``."""
    n = _js_shapes(sample, end)
    if "INTO" in sample or "into" in sample:
        n += len(_SQL_SHAPE.findall(sample, 0, end))
    if '"' in sample:
        n += min(2, len(_JSON_KEY.findall(sample, 0, end)))
    return n


def _escapes(sample: str) -> int:
    """Escape sequences of string literals (markup or text held in code)."""
    if "\\" not in sample:
        return 0
    return sample.count("\\n") + sample.count('\\"') + sample.count("<\\/")


def detect(text: str, source: str = "") -> str | None:
    """'html', 'code' or None (plain text), from the first few KB and the source's extension."""
    sample = text[:_SAMPLE]
    suffix = _suffix(source)
    if suffix in CODE_SUFFIXES:
        return "code"
    head = sample.lstrip("\ufeff \t\r\n")
    if head[:1] in ("{", "[") and _JSON_KEY.search(sample):
        return "code"
    if "<" not in sample and suffix not in HTML_SUFFIXES:
        # no markup in sight: only code holding its text in literals is left to find
        shapes = _js_shapes(sample, _SAMPLE)
        if shapes >= 2 or _escapes(sample) >= 3 and _code_signals(sample, _SAMPLE) >= 1:
            return "code"
        return None
    if head.startswith(("<!", "<?")) or _HTML_TAG.match(head):  # a page starts with its doctype or a tag
        return "html"
    script = _SCRIPT_OPEN.search(sample)
    before_script = script.start() if script else len(sample)
    if _escapes(sample) >= 3 and _code_signals(sample, before_script) >= 1:
        return "code"  # markup escaped inside string literals (JSON, JS, SQL dumps)
    if _STRONG_HTML.search(sample):
        return "html"
    if _js_shapes(sample, before_script) >= 2:
        return "code"  # JS or JSX (whose tags are handled inside the code scan)
    if suffix in HTML_SUFFIXES:
        return "html" if _HTML_TAG.search(text[:65536]) else None
    tags = _HTML_TAG.findall(sample)
    if len(tags) >= 3 and _BLOCKISH_TAG.search(sample):
        return "html"
    return None


def _looks_html(value: str) -> bool:
    """A string value (from a literal) that holds HTML to unwrap."""
    return bool(_BLOCKISH_TAG.search(value) or _STRONG_HTML.search(value)) or len(
        _HTML_TAG.findall(value[:_SAMPLE])) >= 2


# -- building the output ----------------------------------------------------------------------
_SEPS = ("", " ", " | ", "\n", "\n\n")
_SPACE, _CELL, _LINE, _BLANK = 1, 2, 3, 4


class _Out:
    """Output pieces in source order; separators are pending until the next content piece,
    which then replaces the whole gap of removed source between the two."""

    __slots__ = ("pieces", "pending")

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.pending = 0

    def sep(self, level: int) -> None:
        if self.pieces and level > self.pending:
            self.pending = level

    def br(self) -> None:
        if self.pieces:
            self.pending = _BLANK if self.pending >= _LINE else _LINE

    def add(self, text: str, s: int, e: int, copy: bool) -> None:
        if not text:
            return
        pieces = self.pieces
        if pieces:
            prev_end = pieces[-1][2]
            if self.pending:
                sep = _SEPS[self.pending]
                if self.pending >= _LINE and pieces[-1][0].endswith("\n"):
                    sep = sep[1:]
                if sep:
                    pieces.append((sep, prev_end, max(prev_end, s), False))
            self.pending = 0
        pieces.append((text, s, e, copy))


def to_edits(raw: str, pieces: list[Piece]) -> list[Edit]:
    """Edits that turn ``raw`` into the concatenation of ``pieces`` (in source order)."""
    edits: list[Edit] = []
    cur = 0
    for t, s, e, copy in pieces:
        if s < cur:  # out of order (an alignment fallback): keep the text, map it to here
            s, copy = cur, False
        if e < s:
            e = s
        if s > cur:
            edits.append((cur, s, ""))
        if not copy and (e - s != len(t) or raw[s:e] != t):
            edits.append((s, e, t))
        cur = e
    if cur < len(raw):
        edits.append((cur, len(raw), ""))
    return edits


def compose(outer: list[Piece], inner: list[Piece]) -> list[Piece]:
    """Pieces of ``inner`` (positions in the text that ``outer`` spells) in ``outer``'s source."""
    if not outer:
        return []
    if len(outer) == 1 and outer[0][1] == 0 and outer[0][3]:
        # the source itself (a page's first unwrapping): positions in its text are positions in
        # it, and a copied piece of inner is a copy of the source already
        return list(inner)
    starts = []
    pos = 0
    for p in outer:
        starts.append(pos)
        pos += len(p[0])
    total = pos

    def src_start(v: int) -> int:
        if v >= total:
            return outer[-1][2]
        k = bisect_right(starts, v) - 1
        t, s, e, copy = outer[k]
        return s + (v - starts[k]) if copy else s

    def src_end(v: int) -> int:
        if v <= 0:
            return outer[0][1]
        k = bisect_right(starts, v - 1) - 1
        t, s, e, copy = outer[k]
        return s + (v - starts[k]) if copy else e

    out: list[Piece] = []
    for t, vs, ve, copy in inner:
        if not copy or vs == ve:
            out.append((t, src_start(vs), src_end(ve) if ve > vs else src_start(vs), False))
            continue
        k = bisect_right(starts, vs) - 1
        v = vs
        while v < ve and k < len(outer):
            ot, os_, oe, ocopy = outer[k]
            lo, hi = v - starts[k], min(ve, starts[k] + len(ot)) - starts[k]
            if ocopy:
                out.append((ot[lo:hi], os_ + lo, os_ + hi, True))
            else:
                out.append((ot[lo:hi], os_, oe, False))
            v = starts[k] + hi
            k += 1
    return out


# -- HTML ----------------------------------------------------------------------------------------
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "nav", "select",
                   "button", "iframe", "object", "embed", "canvas", "audio", "video", "datalist", "title"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
                    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
                    "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
                    "ul", "textarea", "option", "frameset", "frame", "noframes", "listing", "xmp", "plaintext"})
_PRE = frozenset({"pre", "textarea", "listing", "xmp", "plaintext"})
_CELLS = frozenset({"td", "th"})
# A tag after which text sits in a table but outside any cell. The parser foster-parents such text
# before the table, appending every run to one growing text node (quadratic in the number of runs);
# opening a cell there keeps the text in reading order, findable in the source, and the parse linear.
_STRAY_CELL_TEXT = re_cache.compile(
    r"<(?:table|t(?:body|head|foot|r)|/(?:t[dhr]|tbody|thead|tfoot|caption))(?=[\s/>])[^<>]{0,1000}>"
    r"(?=[ \t\n\r\f]*[^ \t\n\r\f<])", re.I)
# Every block start tag makes an HTML5 parser walk the open elements ("a p element in button scope"),
# so nesting N elements deep costs N^2. Like browsers (Chromium stops at 512), no element opens below
# this depth: a deeper start tag parses as a line break (a block) or as nothing that joins text (inline).
_MAX_DEPTH = 512
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr", "param", "keygen"})
# an open element with one of these names is closed by its next sibling, so it does not deepen the tree
_IMPLIED_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option",
                          "optgroup", "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body"})
_TAG = re_cache.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])[^<>]{0,1000}>")
_WS = " \t\n\r\f"
_WS_RUN = re_cache.compile(r"[ \t\n\r\f]+")
_SPECIAL = re_cache.compile(r"[&\r\x00]")
_ENTITY = re_cache.compile(r"&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{0,31}))")
# numeric references the HTML standard maps to windows-1252 characters
_C1 = {0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
       0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152",
       0x8E: "\u017d", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
       0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a",
       0x9C: "\u0153", 0x9E: "\u017e", 0x9F: "\u0178"}


def _entity(raw: str, j: int) -> tuple[str, int] | None:
    """The character(s) a reference at ``raw[j]`` ('&') stands for and its length in ``raw``."""
    m = _ENTITY.match(raw, j)
    if m is None:
        return None
    hexa, dec, name = m.groups()
    if name is None:
        code = int(hexa, 16) if hexa is not None else int(dec)
        if code in _C1:
            ch = _C1[code]
        elif code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            ch = "\ufffd"
        else:
            ch = chr(code)
        return ch, m.end() - j
    end = m.end()
    if raw.startswith(";", end) and name + ";" in _HTML5:
        return _HTML5[name + ";"], end + 1 - j
    for k in range(len(name), 1, -1):  # legacy references without ';' (&nbsp &copy), longest first
        if name[:k] in _HTML5:
            return _HTML5[name[:k]], k + 1
    return None


def _markup_end(raw: str, lo: int, q: int) -> int:
    """If ``raw[q]`` lies inside a tag or comment opened in ``raw[lo:q]``, where that ends; else -1."""
    c = raw.rfind("<!--", lo, q)
    if c != -1:
        end = raw.find("-->", c + 4)
        if end == -1 or end + 3 > q:
            return end + 3 if end != -1 else len(raw)
        lo = end + 3
    t = raw.rfind("<", lo, q)
    if t != -1 and raw.find(">", t, q) == -1:
        nxt = raw[t + 1:t + 2]
        if nxt.isalpha() or nxt in ("/", "!", "?"):
            end = raw.find(">", q)
            return end + 1 if end != -1 else len(raw)
    return -1


class _Aligner:
    """Finds the parser's text nodes again in the raw text, in order."""

    __slots__ = ("raw", "cur", "budget")

    def __init__(self, raw: str):
        self.raw = raw
        self.cur = 0
        self.budget = 20 * len(raw) + 10_000  # characters scanned; past it, stop searching

    def _match(self, j: int, v: str) -> tuple[list[Piece], int] | None:
        raw = self.raw
        n, R = len(v), len(raw)
        i = 0
        out: list[Piece] = []
        while i < n:
            stop = min(R, j + n - i)
            m = _SPECIAL.search(raw, j, stop)
            k = m.start() if m else stop
            if k > j:
                L = k - j
                if raw[j:k] != v[i:i + L]:
                    return None
                out.append((v[i:i + L], j, k, True))
                i += L
                j = k
                continue
            if j >= R:
                return None
            c = raw[j]
            if c == "&":
                ent = _entity(raw, j)
                if ent is not None and v.startswith(ent[0], i):
                    out.append((ent[0], j, j + ent[1], False))
                    i += len(ent[0])
                    j += ent[1]
                elif v[i] == "&":
                    out.append(("&", j, j + 1, True))
                    i += 1
                    j += 1
                else:
                    return None
            elif c == "\r":
                if v[i] == "\n":
                    ln = 2 if raw.startswith("\r\n", j) else 1
                    out.append(("\n", j, j + ln, False))
                    j += ln
                    i += 1
                elif v[i] == "\r":
                    out.append(("\r", j, j + 1, True))
                    i += 1
                    j += 1
                else:
                    return None
            else:  # NUL: the parser dropped it or made it U+FFFD
                if v[i] == "\ufffd":
                    out.append(("\ufffd", j, j + 1, False))
                    i += 1
                j += 1
        return out, j

    def locate(self, v: str) -> list[Piece] | None:
        """Decoded pieces of the raw text that the node text ``v`` (no edge spaces) comes from."""
        raw = self.raw
        lo = self.cur
        c0 = v[0]
        tries = 0
        while tries < 12 and self.budget > 0:
            q = raw.find(c0, lo)
            if c0 != "&":
                a = raw.find("&", lo, q if q != -1 else len(raw))
                if a != -1:
                    q = a
            if q == -1:
                self.budget -= len(raw) - lo
                return None
            self.budget -= q - lo
            skip = _markup_end(raw, lo, q)
            if skip != -1:
                self.budget -= skip - q
                lo = skip
                continue
            tries += 1
            got = self._match(q, v)
            if got is not None:
                self.cur = got[1]
                return got[0]
            lo = q + 1
        return None


def _emit_text(out: _Out, pieces: list[Piece], pre: bool) -> None:
    """Node text into the output: white space collapsed (a run holding a line break inside a
    node becomes one, as pasted report text keeps its lines there), or kept in <pre>."""
    for t, s, e, copy in pieces:
        if pre:
            out.add(t, s, e, copy)
            continue
        if not copy:
            if t.strip(_WS):
                out.add(t, s, e, False)
            else:  # a CRLF line end, or a reference to white space
                out.sep(_LINE if "\n" in t else _SPACE)
            continue
        pos = 0
        for m in _WS_RUN.finditer(t):
            if m.start() > pos:
                out.add(t[pos:m.start()], s + pos, s + m.start(), True)
            out.sep(_LINE if "\n" in m.group() else _SPACE)
            pos = m.end()
        if pos < len(t):
            out.add(t[pos:], s + pos, s + len(t), True)


_LISTS = frozenset({"ul", "ol", "menu"})


def _is_menu(node) -> bool:
    """A list of three or more short items, each a link: a site menu."""
    items = 0
    for child in node.iter():
        if child.tag != "li":
            continue
        # a nested list is no flat menu; testing it first keeps deep lists linear
        if any(grand.tag in _LISTS for grand in child.iter()):
            return False
        text = child.text(deep=True, strip=True)
        if len(text) > 16 or child.css_first("a") is None:
            return False
        items += 1
    return items >= 3


def _capped_depth(markup: str) -> str:
    """``markup`` with every start tag that would open an element deeper than ``_MAX_DEPTH`` replaced by
    ``<br>`` (block) or ``<wbr>`` (inline); the depth counted is an upper bound of the parser's."""
    if markup.count("<") <= _MAX_DEPTH:
        return markup
    parts: list[str] = []
    depth = done = 0
    for m in _TAG.finditer(markup):
        name = m.group(2).lower()
        if name in _VOID or name in _IMPLIED_END:
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > _MAX_DEPTH:
            parts += (markup[done:m.start()], "<br>" if name in _BLOCK else "<wbr>")
            done = m.end()
    if not parts:
        return markup
    parts.append(markup[done:])
    return "".join(parts)


def html_pieces(raw: str) -> list[Piece]:
    """Visible text of an HTML page or fragment as pieces located in ``raw``."""
    from selectolax.lexbor import LexborHTMLParser

    # only tags are added or replaced, so every text node is still located in ``raw`` itself
    tree = LexborHTMLParser(_capped_depth(_STRAY_CELL_TEXT.sub(r"\g<0><td>", raw)))
    root = tree.root
    out = _Out()
    if root is None:
        return out.pieces
    align = _Aligner(raw)
    drop = pre = 0
    menus: list[int] = []  # lists rendered as one line of links, like scraped site menus
    anchor_mark = -1  # output length when the last link closed
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in _DROP:
                drop -= 1
            elif not drop:
                if tag == "a":
                    anchor_mark = len(out.pieces)
                elif tag == "li" and menus and menus[-1] == node.parent.mem_id:
                    pass
                elif tag in _BLOCK:
                    if menus and menus[-1] == node.mem_id:
                        menus.pop()
                    out.sep(_LINE)
                if tag in _PRE:
                    pre -= 1
            continue
        if tag == "-text":
            v = node.text_content or ""
            core = v.strip(_WS)
            if drop:
                if core:
                    align.locate(core)
                continue
            if not core:
                out.sep(_LINE if pre and "\n" in v else _SPACE)
                continue
            if v[0] in _WS:
                out.sep(_LINE if pre and "\n" in v[:len(v) - len(v.lstrip(_WS))] else _SPACE)
            pieces = align.locate(core)
            if pieces is None:  # not found (moved by the parser): keep it, mapped to here
                at = align.cur
                out.add(core if pre else _WS_RUN.sub(" ", core), at, at, False)
            else:
                _emit_text(out, pieces, bool(pre))
            if v[-1] in _WS:
                out.sep(_LINE if pre and "\n" in v[len(v.rstrip(_WS)):] else _SPACE)
            continue
        if tag.startswith("-"):  # comments, doctype
            continue
        if tag in _DROP:
            drop += 1
        elif not drop:
            if tag == "br":
                out.br()
            elif tag == "a":
                if anchor_mark == len(out.pieces) and anchor_mark:
                    out.sep(_CELL)  # links side by side: a menu
            elif tag == "li" and menus and menus[-1] == node.parent.mem_id:
                out.sep(_CELL)
            elif tag in _BLOCK:
                if tag in _LISTS and _is_menu(node):
                    menus.append(node.mem_id)
                out.sep(_LINE)
            elif tag in _CELLS:
                out.sep(_CELL)
            if tag in _PRE:
                pre += 1
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        children.reverse()
        stack.extend((c, False) for c in children)
    return out.pieces


def unwrap_html(pieces: list[Piece], text: str | None = None) -> list[Piece]:
    """Unwrap the HTML that ``pieces`` spell, and markup escaped inside it (``&lt;p&gt;``)."""
    for _ in range(3):
        if text is None:
            text = "".join(p[0] for p in pieces)
        pieces = compose(pieces, html_pieces(text))
        text = "".join(p[0] for p in pieces)
        if len(_HTML_TAG.findall(text)) < 3 or not _BLOCKISH_TAG.search(text):
            break
    return pieces


# -- code: JS, JSX, JSON -----------------------------------------------------------------------
_CODE_TOKEN = re_cache.compile(r"[\"'`<]|/[/*]")
_HANISH = re_cache.compile(r"[\u3400-\u9fff]|\\u[3-9][0-9a-fA-F]{3}")
# what is not Han, in runs: removing them leaves the Han characters to count, without the list
# of one string per character that a findall of them builds (most of a page is Han)
_NOT_HAN = re_cache.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
_HEADING = re_cache.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
                            r"|第[一二三四五六七八九十\d]+[章节部分条篇])")
# a key naming a title: title, articleTitle, news_title, subject, 标题 …
_TITLE_KEY = re_cache.compile(r"(?:^|[\s{,\[])[\"']?(?:[A-Za-z]+_?)?(?:[tT]itle|TITLE|[sS]ubject|[hH]eadline|[hH]eading"
                              r"|标题|题目)[\"']?\s*:\s*$")
_TITLE_REACH = 2000  # how far after a title its report text may start
_SPACES = re_cache.compile(r"[ \t\r\n]*")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "", "f": "\f", "v": "\v", "0": "",
                   '"': '"', "'": "'", "\\": "\\", "/": "/", "`": "`", "$": "$"}
_HEX = frozenset("0123456789abcdefABCDEF")
_MIN_HAN = 20


def _string_end(s: str, i: int) -> int:
    """End (after the closing quote) of the string literal opening at ``s[i]``, or -1."""
    q = s[i]
    j = i + 1
    while True:
        k = s.find(q, j)
        if k == -1:
            return -1
        if q != "`":
            nl = s.find("\n", j, k)
            while nl != -1 and (s[nl - 1] == "\\" or s[nl - 1] == "\r" and s[nl - 2] == "\\"):
                nl = s.find("\n", nl + 1, k)  # a line continuation
            if nl != -1:
                return -1
        b = k - 1
        while b > i and s[b] == "\\":
            b -= 1
        if (k - 1 - b) % 2 == 0:
            return k + 1
        j = k + 1


def _hex_at(s: str, i: int, n: int, end: int) -> int | None:
    h = s[i:i + n]
    if i + n > end or len(h) != n or not all(c in _HEX for c in h):
        return None
    return int(h, 16)


def unescape_pieces(s: str, start: int, end: int) -> list[Piece]:
    """The value of a JS/JSON string body ``s[start:end]`` as pieces located in ``s``."""
    out: list[Piece] = []
    j = start
    while j < end:
        k = s.find("\\", j, end)
        if k == -1:
            out.append((s[j:end], j, end, True))
            break
        if k > j:
            out.append((s[j:k], j, k, True))
        c = s[k + 1] if k + 1 < end else ""
        ln = 2
        if c == "u":
            if s.startswith("{", k + 2):
                close = s.find("}", k + 3, min(end, k + 11))
                code = int(s[k + 3:close], 16) if close != -1 and s[k + 3:close] and all(
                    ch in _HEX for ch in s[k + 3:close]) else None
                if code is not None:
                    val, ln = (chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"), close + 1 - k
                else:
                    val = "u"
            else:
                code = _hex_at(s, k + 2, 4, end)
                if code is None:
                    val = "u"
                elif 0xD800 <= code < 0xDC00:
                    low = _hex_at(s, k + 8, 4, end) if s.startswith("\\u", k + 6) else None
                    if low is not None and 0xDC00 <= low < 0xE000:
                        val, ln = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 12
                    else:
                        val, ln = "\ufffd", 6
                elif 0xDC00 <= code < 0xE000:
                    val, ln = "\ufffd", 6
                else:
                    val, ln = chr(code), 6
        elif c == "x":
            code = _hex_at(s, k + 2, 2, end)
            val, ln = (chr(code), 4) if code is not None else ("x", 2)
        elif c == "\r":
            val, ln = "", (3 if s.startswith("\n", k + 2) else 2)
        elif c in ("\n", "\u2028", "\u2029"):
            val = ""
        elif c == "":
            val, ln = "\\", 1
        else:
            val = _SIMPLE_ESCAPES.get(c, c)
        if val:
            out.append((val, k, k + ln, False))
        j = k + ln
    return out


def _brace_end(s: str, i: int, limit: int) -> int:
    """End of the balanced ``{…}`` opening at ``s[i]`` (strings and comments skipped), or -1."""
    depth = 0
    j = i
    while j < limit:
        c = s[j]
        if c in "\"'`":
            e = _string_end(s, j)
            if e == -1:
                return -1
            j = e
            continue
        if c == "/" and s.startswith(("/*", "//"), j):  # "{/* 旧版 { 保留 */}"
            e = s.find("*/", j + 2) + 2 if s[j + 1] == "*" else s.find("\n", j)
            if e <= j:
                return -1
            j = e
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


_STRING_EXPR = re_cache.compile(r"\{\s*([\"'`])")


def _jsx_island(s: str, i: int) -> tuple[int, list[Piece] | None]:
    """A JSX element tree opening at ``s[i]`` ('<'): (its end, pieces spelling it as HTML with
    ``{…}`` expressions dropped and string children decoded), or (where it failed, None)."""
    n = len(s)
    limit = min(n, i + 2_000_000)
    depth = 0
    j = i
    seg = i
    pieces: list[Piece] = []

    def flush(upto: int) -> None:
        if upto > seg:
            pieces.append((s[seg:upto], seg, upto, True))

    while j < limit:
        c = s[j]
        if c == "<":
            k = j + 1
            closing = s.startswith("/", k)
            nxt = s[k + closing:k + closing + 1]
            if not (nxt.isalpha() or nxt == ">"):
                return j + 1, None
            inner: list[tuple[int, int]] = []  # {…} inside the tag, left out
            while k < limit and s[k] != ">":
                ch = s[k]
                if ch in "\"'":
                    e = _string_end(s, k)
                    if e == -1:
                        return limit, None
                    k = e
                elif ch == "{":
                    e = _brace_end(s, k, limit)
                    if e == -1:  # scanned to the limit: no island starts before it (linear overall)
                        return limit, None
                    inner.append((k, e))
                    k = e
                else:
                    k += 1
            if k >= limit:
                return k, None
            self_closing = s[k - 1] == "/"
            fragment = nxt == ">"
            if fragment:  # <> and </> are no HTML: leave them out
                flush(j)
            else:
                for a, b in inner:
                    flush(a)
                    seg = b
            seg = k + 1 if fragment else seg
            j = k + 1
            if closing:
                depth -= 1
            elif not self_closing:
                depth += 1
            if depth <= 0:
                flush(j)
                return j, pieces
        elif c == "{":
            e = _brace_end(s, j, limit)
            if e == -1:
                return limit, None
            flush(j)
            m = _STRING_EXPR.match(s, j)
            if m is not None:
                q = m.start(1)
                qe = _string_end(s, q)
                if qe != -1 and not s[qe:e - 1].strip():
                    pieces.extend(unescape_pieces(s, q + 1, qe - 1))
            seg = j = e
        else:
            a = s.find("<", j, limit)
            b = s.find("{", j, a if a != -1 else limit)
            nxt_pos = b if b != -1 else a
            j = nxt_pos if nxt_pos != -1 else limit
    return j, None


_EXPR_PREV = frozenset("(=,?:[{&|>;}")


def _expression_start(s: str, i: int) -> bool:
    """Whether a '<' at ``s[i]`` stands where an expression starts (JSX, not less-than)."""
    j = i - 1
    while j >= 0 and s[j] in " \t\r\n":
        j -= 1
    if j < 0:
        return True
    if s[j] in _EXPR_PREV:
        return True
    return s.endswith("return", max(0, j - 5), j + 1)


def _strip(pieces: list[Piece]) -> list[Piece]:
    """Pieces without white space at either end."""
    while pieces and not pieces[0][0].strip():
        pieces = pieces[1:]
    while pieces and not pieces[-1][0].strip():
        pieces = pieces[:-1]
    if not pieces:
        return pieces
    t, s, e, copy = pieces[0]
    n = len(t) - len(t.lstrip())
    if n:
        pieces = [(t[n:], s + n if copy else s, e, copy)] + pieces[1:]
    t, s, e, copy = pieces[-1]
    n = len(t) - len(t.rstrip())
    if n:
        pieces = pieces[:-1] + [(t[:-n], s, e - n if copy else e, copy)]
    return pieces


def _han(text: str) -> int:
    """How many characters of ``text`` are Han (CJK unified ideographs and extension A)."""
    return len(_NOT_HAN.sub("", text))


def code_pieces(raw: str, jsx: bool = True) -> list[Piece]:
    """Report text held in the string literals (and JSX text) of JS/JSX/JSON code."""
    out = _Out()
    n = len(raw)
    pos = 0
    jsx_failed_until = -1
    title: tuple[list[Piece], int] | None = None  # a short value under a title key, waiting

    def emit(pieces: list[Piece], at: int) -> None:
        nonlocal title
        if title is not None and at - title[1] <= _TITLE_REACH:
            emit_block(title[0])
        title = None
        emit_block(pieces)

    def emit_block(pieces: list[Piece]) -> None:
        if pieces:
            out.sep(_BLANK)
            for p in pieces:
                out.add(*p)

    while pos < n:
        m = _CODE_TOKEN.search(raw, pos)
        if m is None:
            break
        tok, i = m.group(), m.start()
        if tok == "//":
            nl = raw.find("\n", i)
            pos = nl if nl != -1 else n
            continue
        if tok == "/*":
            e = raw.find("*/", i + 2)
            pos = e + 2 if e != -1 else n
            continue
        if tok == "<":
            pos = i + 1
            if jsx and i > jsx_failed_until and _expression_start(raw, i):
                end, vp = _jsx_island(raw, i)
                if vp is None:
                    jsx_failed_until = end
                    continue
                pos = end
                if not _HANISH.search(raw, i, end):
                    continue
                value = "".join(p[0] for p in vp)
                got = _strip(unwrap_html(vp, value))
                if _han("".join(p[0] for p in got)) >= 2:
                    emit(got, i)
            continue
        end = _string_end(raw, i)
        if end == -1:
            pos = i + 1
            continue
        spans = [(i, end)]
        while True:  # 'line one\n' + 'line two' is one value
            j = _SPACES.match(raw, spans[-1][1]).end()
            if raw.startswith("+", j):
                k = _SPACES.match(raw, j + 1).end()
                if k < n and raw[k] in "\"'`":
                    e2 = _string_end(raw, k)
                    if e2 != -1:
                        spans.append((k, e2))
                        continue
            break
        pos = spans[-1][1]
        if not any(_HANISH.search(raw, a + 1, b - 1) for a, b in spans):
            continue
        vp = [p for a, b in spans for p in unescape_pieces(raw, a + 1, b - 1)]
        value = "".join(p[0] for p in vp)
        if _looks_html(value):
            vp = unwrap_html(vp, value)
            value = "".join(p[0] for p in vp)
        han = _han(value)
        if han < 2:
            continue
        if han < _MIN_HAN and not _HEADING.match(value):
            if len(spans) == 1 and raw[pos:pos + 20].lstrip().startswith(":") and tok != "`":
                continue  # an object key
            if _TITLE_KEY.search(raw, max(0, i - 60), i):
                title = (_strip(vp), pos)  # kept only if report text follows
            continue
        emit(_strip(vp), i)
    return out.pieces


# -- the stage ---------------------------------------------------------------------------------
_RESIDUAL_ENTITY = re_cache.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def decode_residual_entities(pieces: list[Piece]) -> list[Piece]:
    """References left in the text by pages escaped twice (``&amp;ldquo;``), decoded."""
    for _ in range(2):
        text = "".join(p[0] for p in pieces)
        if "&" not in text:
            break
        inner: list[Piece] = []
        pos = 0
        for m in _RESIDUAL_ENTITY.finditer(text):
            ent = _entity(text, m.start())
            if ent is None or ent[1] != m.end() - m.start():
                continue
            if m.start() > pos:
                inner.append((text[pos:m.start()], pos, m.start(), True))
            inner.append((ent[0], m.start(), m.end(), False))
            pos = m.end()
        if not inner:
            break
        if pos < len(text):
            inner.append((text[pos:], pos, len(text), True))
        pieces = compose(pieces, inner)
    return pieces


def unwrap_markup(doc: Document) -> Document:
    """Stage: HTML pages and code-wrapped reports -> their text; plain text untouched."""
    kind = detect(doc.text, doc.source)
    if kind is None:
        return doc
    raw = doc.text
    if kind == "html":
        pieces = unwrap_html([(raw, 0, len(raw), True)], raw)
        han = _han("".join(p[0] for p in pieces))
        if han < _MIN_HAN:  # a shell page whose text sits in a script
            alt = code_pieces(raw, jsx=False)
            if _han("".join(p[0] for p in alt)) > max(han, _MIN_HAN - 1):
                pieces, kind = alt, "html+code"
    else:
        suffix = _suffix(doc.source)
        jsx = suffix in (".js", ".jsx", ".mjs") or _js_shapes(raw[:_SAMPLE], _SAMPLE) > 0
        pieces = code_pieces(raw, jsx=jsx)
        if suffix not in CODE_SUFFIXES and _han("".join(p[0] for p in pieces)) < 0.5 * _han(raw):
            return doc  # most of the text lies outside literals: prose that only looked like code
    pieces = decode_residual_entities(pieces)
    text = "".join(p[0] for p in pieces)
    if not any(c.isalnum() for c in text):
        return doc  # nothing readable came out: leave the page as it is
    doc.edit(to_edits(raw, pieces))
    doc.meta["markup"] = kind
    return doc
