"""Indicator naming: the shortest noun phrase naming what a quantity counts.

The metrics stage finds a quantity and its clause; this module names it:

* the left window starts after the previous quantity of the clause (list items never swallow
  earlier items and their numbers), after an unclosed bracket, after a closed ``…等`` list;
* reporting words and verbs that are fields of their own leave the name (共, 累计, 实现, 达到…),
  and so do prepositions, adverbs and copulas at either end (对, 仅, 全部压缩在, 只占了);
* when the left side ends in a verb of having or setting up (共有, 设立, 配备…), in ``的`` or
  ``等``, or is a fronted object (对…), the counted noun follows the measure word
  (设立了43个服务窗口 → 服务窗口); a work verb keeps itself (承接61项便民服务事项 → 承接便民服务事项);
* items of a list of bare verbs share the head noun named before the list
  (对审批项目进行清理,保留45项、取消1项 → 保留审批项目, 取消审批项目).

Part-of-speech tags are jieba's (the tag column of the compact dictionary, which is what
jieba.posseg reads), looked up for the words of short windows only.
"""
from __future__ import annotations

import functools
from itertools import compress
from math import log

import regex

from . import segment
from .lexicons import load_yaml
from .patterns import compile_pattern
from .settings import settings


@functools.cache
def _cfg() -> dict:
    c = dict(load_yaml("indicators.yml"))
    for k in ("right_stop", "list_end", "fronted_object", "trailing_words", "leading_words", "total_words",
              "total_named_before", "have_words",
              "time_lead", "right_skip", "plan_lead", "place_end", "change_to", "from_value", "pair_households",
              "pair_persons", "clause_tail", "scope_lead", "inner_lead", "previous_value", "canonical_drop",
              "from_time_tail"):
        c[k] = compile_pattern(c[k])
    for k in ("setup_verbs", "classifiers", "head_nouns", "noun_units", "noun_suffixes", "lead_verbs", "area_units",
              "compound_heads", "compound_not_verbs", "compound_inner_tags", "generic_heads"):
        c[k] = frozenset(c[k])
    return c


@functools.cache
def _tag_table() -> dict[str, str]:
    """word -> part-of-speech tag: jieba's own tags (the table jieba.posseg uses), read from the
    compact dictionary's tag column; our administrative terms are nouns. Importing jieba.posseg
    instead would load the tags of its full dictionary (~0.5 s) on every run."""
    from .lexicons import RESOURCES  # noqa: PLC0415

    table: dict[str, str] = {}
    path = settings().models_dir / "segment_dict.txt"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3:
                    table[parts[0]] = parts[2]
    for w in (RESOURCES / "admin_terms.txt").read_text(encoding="utf-8").split():
        table[w] = "n"
    for w in load_yaml("indicators.yml")["noun_words"]:
        table[w] = "n"
    for w in load_yaml("indicators.yml")["adverb_words"]:
        table[w] = "d"
    return table


@functools.lru_cache(maxsize=65536)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech) pairs of a short window, cut by the configured segmenter (jieba,
    or pkuseg when REPORTNLP_SEGMENTER=pkuseg) and tagged from jieba's dictionary; unknown words 'x'."""
    if not text:
        return ()
    if settings().segmenter == "none":
        return tuple((ch, "x") for ch in text)
    table = _tag_table()
    return tuple((w, table.get(w, "m" if w.isdigit() else "x")) for w in cut(text))


def cut(text: str) -> list[str]:
    """``segment.cut(text)``: with jieba, its words (no HMM) as :func:`_jieba_words` finds them."""
    if settings().segmenter != "jieba" or not text:
        from .segment import cut as segment_cut  # noqa: PLC0415

        return segment_cut(text)
    return _jieba_words(text)


@functools.cache
def _jieba_patterns():
    """jieba's block, skip and letter patterns (what lcut splits a text with)."""
    import jieba  # noqa: PLC0415

    return jieba.re_han_default, jieba.re_skip_default, jieba.re_eng


def _jieba_words(text: str) -> list[str]:
    """``jieba.Tokenizer.lcut(text, HMM=False)`` of the configured tokenizer, word for word: its
    blocks and the most probable route through each Han block's word graph as jieba finds them,
    the graph and route worked out in one loop (jieba builds the graph as a dict of lists, then
    takes a generator's max of tuples at each character: most of the cost of tagging a window).
    tests/test_fast_paths_metrics5.py compares both ways."""
    tk = segment._jieba()  # (through the module: a relative import per call cost a fifth of the cut)
    freq, logtotal = tk.FREQ, log(tk.total)
    han, skip, eng = _jieba_patterns()
    out: list[str] = []
    for blk in han.split(text):
        if not blk:
            continue
        if not han.match(blk):
            for x in skip.split(blk):
                if skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
            continue
        n = len(blk)
        score = [0.0] * (n + 1)  # jieba's route[i][0]
        to = list(range(n + 1))  # route[i][1]: the last character of the word starting at i
        for i in range(n - 1, -1, -1):
            best = None
            j, frag = i, blk[i]
            while j < n and frag in freq:
                f = freq[frag]
                if f:
                    v = log(f) - logtotal + score[j + 1]
                    # max() of (v, j) tuples, j rising: a tie goes to the later j
                    if best is None or v >= best:
                        best, to[i] = v, j
                j += 1
                frag = blk[i:j + 1]
            if best is None:  # no word starts here: the character alone
                best = log(freq.get(blk[i]) or 1) - logtotal + score[i + 1]
            score[i] = best
        i, buf = 0, ""
        while i < n:
            j = to[i] + 1
            word = blk[i:j]
            if len(word) == 1 and eng.match(word):
                buf += word  # runs of single letters and digits are one word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            i = j
        if buf:
            out.append(buf)
    return out


def _nounish(word: str, flag: str) -> bool:
    return flag[:1] in ("n", "s", "x", "j", "l", "i") or flag in ("vn", "an") or (
        flag == "f" and len(word) > 1)


def _verb(word: str, flag: str) -> bool:
    return flag[:1] == "v" and flag != "vn" or word in _cfg()["setup_verbs"]


def strip_edges(name: str) -> str:
    """Prepositions and adverbs in front, copulas and adverbs behind (全部压缩在, 只占了, 则有)."""
    c = _cfg()
    prev = None
    while prev != name:
        prev = name
        m = c["leading_words"].match(name)
        if m and 0 < m.end() < len(name) - 1:
            name = name[m.end():]
        m = c["inner_lead"].search(name, 2)  # …重点地段进行安全大检查: the activity after the light verb
        if m and _HAN.match(name, m.end()) and m.end() < len(name) - 1 \
                and not c["trailing_words"].fullmatch(name, m.end()):  # (…合计突破: reaching names nothing)
            name = name[m.end():]
        m = c["plan_lead"].match(name)  # 要确保完成改制企业, 年内实现财政收入…: the plan names nothing
        if m and 0 < m.end() < len(name) - 2:
            name = name[m.end():]
        m = c["trailing_words"].search(name)
        if m and m.start() >= 2:
            cut = _word_edge(name, m.start())
            if not c["plan_lead"].fullmatch(name[:cut]):  # 力争突破: the plan word alone names nothing
                name = name[:cut]
    return name


def _word_edge(name: str, at: int) -> int:
    """The first word boundary of ``name`` at or after ``at``: a copula or adverb character that
    ends a word of the name stays with it (违法行为 keeps 为, 就业年均 keeps 均). Only a name whose
    characters at ``at`` make a dictionary word with the one before is segmented (办结率为: 率为 is none)."""
    if not segment._jieba().FREQ.get(name[at - 1:at + 1]):
        return at
    lo = max(0, at - 3)
    pos = lo
    for w, _ in tag(name[lo:]):
        if pos >= at:
            return pos
        pos += len(w)
    return len(name)


def right_noun(text: str, qend: int, clause_end: int) -> tuple[str, bool]:
    """The phrase after a measure word ("21个服务窗口对…" → 服务窗口) and whether it opens
    with a noun (a verb-led one, 有3人参加培训, is used only when the left names nothing)."""
    return _right_noun(text[qend:min(clause_end, qend + 16)])


_HAN = regex.compile(r"\p{Han}")


def _compound_head(toks, i: int, c) -> int:
    """The end (exclusive) of a compound whose verbs, from token ``i`` (at most 3, no predicate
    verb), run into a head noun that ends the phrase (no noun after it); 0 if there is none."""
    verbs = 0
    for j in range(i, min(i + c["compound_reach"], len(toks))):
        w, f = toks[j]
        if j > i and w in c["compound_heads"]:
            return j + 1 if j + 1 == len(toks) or toks[j + 1][1][:1] != "n" else 0
        if w in c["compound_not_verbs"]:
            return 0
        if _verb(w, f):
            verbs += 1
            if verbs > c["compound_verbs_max"]:
                return 0
        elif f not in c["compound_inner_tags"]:
            return 0
        elif j > i and len(w) > 1 and f[:1] in ("n", "v") and _verb(*toks[j - 1]):
            return 0  # 安装 + 油烟 + 净化设施: a verb and its object, not a modifier
    return 0


@functools.lru_cache(maxsize=65536)  # a value's right window is asked for twice, and phrases repeat
def _right_noun(window: str) -> tuple[str, bool]:
    c = _cfg()
    if window[:1] in _OPEN_QUOTES:  # 24个 + “渝好空间”项目: a quoted name opens the phrase
        window = window[1:]
    skip = c["right_skip"].match(window)  # 10家以上的 + 党支部…: the qualifier names nothing
    if skip and skip.end() < len(window):
        window = window[skip.end():]
    stop = c["right_stop"].search(window, 1)  # a verb right after the number opens the phrase
    window = window[:stop.start()] if stop else window
    if ")" in window or "）" in window:  # 173所(81所 + 民办): a bracket the value stands in closes the phrase
        close = min(k for k in (window.find(")"), window.find("）")) if k >= 0)
        if "(" not in window[:close] and "（" not in window[:close]:
            window = window[:close]
    if not window or not _HAN.match(window) or window.startswith("进行"):
        return "", False
    toks = tag(window)
    out: list[str] = []
    seen_noun = False
    noun_led = _nounish(*toks[0]) and not _verb(*toks[0])
    for i, (w, f) in enumerate(toks):
        if seen_noun and f == "f" and len(w) == 1:
            break  # 数学班中: a localiser ends the phrase
        if seen_noun and w == "的" and noun_led:
            break  # 项目的行政审批: the first noun is the counted one
        if seen_noun and (_verb(w, f) or f[:1] in ("p", "d", "c")):
            if i + 1 < len(toks) and toks[i + 1][0] in c["noun_suffixes"]:
                pass  # 代办 + 员: a verb with a nominal suffix is a noun
            elif (i + 2 == len(toks) and _verb(w, f) and _nounish(*toks[i + 1])
                  and w not in c["compound_not_verbs"]):
                pass  # 执法 + 主体 closing the phrase: a verb-noun compound (not a predicate: 项目 + 完成投资)
            elif noun_led and (head_end := _compound_head(toks, i, c)):
                out += [w2 for w2, _ in toks[i:head_end]]  # 全民 + 健身示范 + 工程: verbs inside a compound
                break
            elif noun_led or not any(w2 == "的" for w2, _ in toks[i + 1:]):
                break
        if _nounish(w, f):
            seen_noun = True
        out.append(w)
    phrase = "".join(out).rstrip("的")
    if not _QUOTES.isdisjoint(phrase):
        phrase = "".join(ch for ch in phrase if ch not in _QUOTES)
    if not seen_noun:
        # an activity counted in persons ("受助人员中的225人次护送返乡"): up to a particle
        k = next((i for i, (w, f) in enumerate(toks) if f[:1] in ("u", "p", "d", "c") or w == "的"), len(toks))
        phrase = "".join(w for w, _ in toks[:k])
        return (phrase, False) if len(phrase) >= 2 and k and _verb(*toks[0]) else ("", False)
    return (phrase, noun_led) if len(phrase) >= 2 else ("", False)


_OPEN_QUOTES = ("“", '"', "「", "『")
_QUOTES = frozenset("“”\"「」『』")
_PARTICLE_TAGS = frozenset({"ul", "uz", "ug"})  # 了, 着, 过: passed over at a window's end
_SEPARATORS = ("、", "和", "及", "与")  # a list item just ended


@functools.lru_cache(maxsize=65536)  # left windows repeat, and tagging one is dear
def left_ends_open(left: str) -> str | None:
    """Why the counted noun must follow the number: 'empty', 'setup' (共有, 设立了), 'de' (…的),
    'list' (…等), 'sep' (a list item just ended: …、), 'object' (对…, 由…), 'verb' (a work verb),
    or None (the left side names it)."""
    c = _cfg()
    left = left.strip()
    if len(left) < 2 and not (left and left in c["setup_verbs"]):
        return "empty"
    if left.endswith("的"):
        return "de"
    if left.endswith(_SEPARATORS):
        return "sep"
    if c["list_end"].search(left):
        return "list"
    toks = [t for t in tag(left) if t[1] not in _PARTICLE_TAGS]  # 了, 着, 过
    if not toks:
        return "empty"
    w, f = toks[-1]
    if w in c["setup_verbs"]:
        return "setup"
    if c["fronted_object"].match(left) or f == "p":
        return "object"
    if _verb(w, f) or w in c["lead_verbs"]:
        return "verb"  # (a processing verb the dictionary tags as a noun: 可办理 + 1406项事项)
    if "、" in left:
        return "list"  # 大安桥社区、云龙社区…4个社区: the names stand for the counted noun
    return None


@functools.cache
def _particles() -> tuple[frozenset[str], tuple[str, ...]]:
    """The characters of the words left_ends_open passes over at a window's end (tagged ul, uz,
    ug: 了 着 过), and the setup verbs. (The tag table is scanned at C speed: itertools.compress
    over its words, selected by their tags.)"""
    table = _tag_table()
    words = compress(table, map(_PARTICLE_TAGS.__contains__, table.values()))
    return frozenset("".join(words)), tuple(_cfg()["setup_verbs"])


def _may_end_open(left: str) -> bool:
    """False only when ``left_ends_open(left)`` is none of 'empty', 'setup', 'de', 'sep', known
    without tagging the window (choose asks no more of a value whose right phrase is not
    noun-led, and tagging is a jieba cut): 'setup' needs a setup verb at the end, before
    particles only (设立了), and 'empty' a window of particles alone."""
    left = left.strip()
    if len(left) < 2 or left.endswith("的") or left.endswith(_SEPARATORS):
        return True
    particles, setup = _particles()
    while left:
        if left.endswith(setup):
            return True
        if left[-1] not in particles and not left[-1].isspace():  # (pkuseg may drop spaces)
            return False
        left = left[:-1]
    return True  # particles (and spaces) only


def choose(raw: str, left: str, left_start: int, text: str, qend: int, clause_end: int, unit: str,
           unit_kind: str) -> tuple[str, int]:
    """Name and start offset of a quantity's indicator.

    ``raw``: the left window before edge stripping (its last word says whether it is open);
    ``left``: the cleaned left name starting at ``left_start``."""
    c = _cfg()
    bare = raw.strip()
    if c["total_words"].match(bare):
        return "合计", left_start  # (a clause before that names what is counted was asked first: metrics.py)
    # (most values are neither: a character test, then a match on a window of four at most)
    shared = None
    if unit == "户" and text[qend:qend + 1].isdigit():
        shared = _pair_first(raw, left, left_start, text, qend, clause_end)
    if shared is None and (len(bare) <= 4 or (len(bare) <= 12 and ("年" in bare or "的" in bare) and c["change_to"].match(bare))):
        # (降低到2016年的 + 13.10/10万: a change's end with its year, round 31)
        shared = _shared_name(bare, raw, left, left_start, text, qend, clause_end, unit)
    if shared:
        return shared
    if left and "年" in raw[-4:] and c["from_time_tail"].search(raw):
        return left, left_start  # 全县就业人员由2020年的 + 5.1万人: the start of a change names the value (round 31)
    if unit in c["noun_units"] and left and not right_noun(text, qend, clause_end)[0]:
        toks = tag(left)
        if toks and (toks[-1][1][:1] == "v" or toks[-1][1] == "vn") and not left.endswith(unit):
            return left + unit, left_start
    if unit in c["area_units"]:
        return _area_name(raw, left, left_start, text, qend, clause_end)
    if unit_kind != "count" or unit not in c["classifiers"]:
        return left, left_start
    right, noun_led = right_noun(text, qend, clause_end)
    if not right and text[qend:qend + 1] == "的" and c["time_lead"].match(raw.strip()):
        right, noun_led = right_noun(text, qend + 1, clause_end)  # 力争创办10家以上 + 的 + 党支部…
    if not right:
        return left, left_start
    if c["scope_lead"].fullmatch(left):
        return right, left_start  # 向全县35个涉城部门…: the scope names nothing
    # (most windows open with no time and are longer than a bare verb: no tagging)
    if not noun_led and (c["time_lead"].match(raw.strip()) or len(raw.strip()) <= 4):
        bare = _bare_verb(raw)
        if bare and any(_nounish(w, f) for w, f in tag(right)):
            # 年内完成 + 60条 + 背街小巷整治: a time frame and a verb name nothing, the phrase after does
            return bare + right.lstrip("的"), left_start + max(0, len(left) - len(bare))
    if not noun_led and c["list_end"].search(raw) and tag(right)[-1][1][:1] == "n":
        return right, left_start  # A、B等20余个在谈项目: the list's items stand for a noun a modifier opens
    if not noun_led and not _may_end_open(raw):
        return left, left_start  # as below, known without tagging the left window
    why = left_ends_open(raw)
    if not noun_led and why not in ("empty", "setup", "de", "sep"):
        return left, left_start  # 邀请村(社区)干部30余人参加了测评会议: the left names them
    if why is None:
        # a noun after the measure word is what is counted (承接下沉街道132项审批服务事项)
        return (right, left_start) if noun_led else (left, left_start)
    if why == "verb":
        toks = tag(raw.strip())
        k = len(toks)
        # a work verb with its adverbials stays: 承接 + 便民服务事项, 每月看 + 电影
        while k > 0 and len(toks) - k < 3 and ((toks[k - 1][1][:1] in ("v", "d", "r", "t", "u")
                                                 or toks[k - 1][0] in c["lead_verbs"])
                                                and toks[k - 1][0] not in ("的", "是")):  # (二是 + 年内培养)
            k -= 1
        verb_phrase = "".join(w for w, _ in toks[k:]).rstrip("了着过")
        verb_phrase = c["time_lead"].sub("", verb_phrase) or verb_phrase  # 年内 + 新增: the time names nothing
        lead = c["leading_words"].match(verb_phrase)  # 先后 + 组织召开: nor does an adverb of sequence
        if lead and lead.end() < len(verb_phrase) - 1:
            verb_phrase = verb_phrase[lead.end():]
        if verb_phrase:
            return verb_phrase + right, left_start + max(0, len(left) - len(verb_phrase))
    return right, left_start  # checks look back from here (其中, 共…)


def named_before_total(text: str, at: int) -> tuple[str, int] | None:
    """The noun the clause right before a bare total names ("集体联名信访件较多," + 共128件), with its start; None
    when that clause says no such thing."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if text[at - 1:at] not in ",，":
        return None
    named = _cfg()["total_named_before"].search(text, max(0, at - 24), at)
    if named is None:
        return None
    group = "name" if named.group("name") else "ranked"
    name, start = named.group(group), named.start(group)
    lead = _cfg()["leading_words"].match(name)  # 四是 + 重复信访件
    if lead and 0 < lead.end() < len(name) - 1:
        name, start = name[lead.end():], start + lead.end()
    return name, start


def _shared_name(bare: str, raw: str, left: str, left_start: int, text: str, qend: int,
                 clause_end: int, unit: str) -> tuple[str, int] | None:
    """The name a value shares with the value just before it: a change's end takes its start's name
    (农民人均纯收入由7484元提高到12760元 → 农民人均纯收入 twice), the persons of a households-and-persons
    pair take the households' name (城市低保6195户12533人), else the phrase after them, and a bare verb
    takes the noun of the value before (发现隐患91处,已整改88处 → 整改隐患); None otherwise."""
    c = _cfg()
    raw_start = left_start - max(0, raw.find(left[:2]))
    lo = max(0, raw_start - 24)
    if bare and c["change_to"].match(bare):
        m = c["from_value"].search(text, lo, raw_start)
        name = _name_before(text, m.start())[1] if m else ""
        return (name, left_start) if name else None
    if bare:
        return _verb_of_previous(left, left_start, text, raw_start, qend, clause_end, unit)
    if text[raw_start - 1:raw_start] not in ("户", " "):  # the households' unit just before
        return None
    m = c["pair_households"].search(text, lo, raw_start)
    if not m:
        return None
    before, name = _name_before(text, m.start())
    if not name or left_ends_open(before) in ("empty", "object"):  # 为13690户25249人发放…
        # (人口 names persons only: "征地860户1120亩" is land, named as any value, round 26)
        name = right_noun(text, qend, clause_end)[0]
        if not name and unit in ("人", "名"):
            name = c["pair_names"]["人"]
        elif not name:  # the land or floor space of the households: the words before the households name it
            tail = c["clause_tail"].search(text, lo, m.start())
            name = strip_edges(tail.group().lstrip("个项家户人名所次")) if tail else ""
            if not name:
                return None
    elif len(name) <= 4 and name == before.strip():
        # a bare verb names the households (…新增276户462人,退出374户714人): the persons take what it borrows
        verb_start = m.start() - len(before) + before.find(name)
        borrowed = _verb_of_previous(name, left_start, text, verb_start, qend, clause_end, "户")
        name = borrowed[0] if borrowed else name
    return name, left_start


def _verb_of_previous(left: str, left_start: int, text: str, raw_start: int, qend: int, clause_end: int,
                      unit: str) -> tuple[str, int] | None:
    """A bare work verb with no noun after its value, right after a value in the same unit whose name is
    a verb and its noun (新增“四上”企业11家,净增6家 → 净增“四上”企业): the verb counts that noun too."""
    c = _cfg()
    if not 2 <= len(left) <= 4 or not unit:
        return None
    # (the value before first: most short windows follow none in their unit, and tagging is a jieba cut)
    m = c["previous_value"].search(text, max(0, raw_start - 16), raw_start)
    if not m:
        return None
    prev_start = m.start()
    if text[m.end("unit") - len(unit):m.end("unit")] != unit:
        # the value before is a pair's persons (新增276户462人,退出374户): its households are in the unit
        pair = c["pair_households"].search(text, max(0, prev_start - 12), prev_start) if unit == "户" else None
        if pair is None or not c["pair_persons"].match(text, prev_start):
            return None
        prev_start = pair.start()
    toks = tag(left)
    if len(toks) > 2 or not all(f[:1] == "v" for _, f in toks):  # (排查, 整改: work verbs are often vn)
        return None
    name = _name_before(text, prev_start)[1]
    if not name or right_noun(text, qend, clause_end)[0]:
        return None  # 引进人才5名,选派18名骨干…: the verb's own noun follows
    head = tag(name)
    while len(head) > 2 and head[0][1][:1] == "d":  # (共调出城乡低保: the adverb is no part of the verb)
        name, head = name[len(head[0][0]):], head[1:]
    if len(head) >= 2 and _verb(*head[-1]) and head[-1][0] not in c["setup_verbs"] \
            and all(_nounish(w, f) and not _verb(w, f) for w, f in head[:-1]):
        # a subject and its verb (城市低保新增276户,退出374户): the bare verb takes the subject
        return name[:-len(head[-1][0])] + left, left_start
    if len(head) < 2 or head[0][1][:1] != "v" or head[0][0] in c["setup_verbs"] \
            or any(_verb(w, f) or f[:1] == "d" for w, f in head[1:]):
        return None  # (采取出租方式流转的面积: a clause, no noun to share)
    return left + name[len(head[0][0]):], left_start


def _pair_first(raw: str, left: str, left_start: int, text: str, qend: int,
                clause_end: int) -> tuple[str, int] | None:
    """The households of a households-and-persons pair whose left side names nothing (全市14035户25559人
    享受城乡低保, 为13690户25249人发放…): named by the phrase after the persons, else 户数."""
    c = _cfg()
    m = c["pair_persons"].match(text, qend)
    if not m or len(left) >= 2 and not c["scope_lead"].fullmatch(left) and left_ends_open(raw) not in ("empty", "object"):
        return None  # (全村427户1568人: the scope names nothing)
    return right_noun(text, m.end(), clause_end)[0] or c["pair_names"]["户"], left_start


def _name_before(text: str, end: int) -> tuple[str, str]:
    """The words before ``end`` in its clause, and the name they hold without the scope and time
    words that open them ("" when under two characters)."""
    c = _cfg()
    m = c["clause_tail"].search(text, max(0, end - 24), end)
    if not m or text[m.start() - 1:m.start()].isdigit() and m.group()[0] in c["classifiers"]:
        return "", ""  # 辖14个村民小组312户: a count's noun, no name
    name = strip_edges(c["scope_lead"].sub("", m.group()).strip())
    toks = tag(name) if name.startswith(_particles()[1]) else ()
    if len(toks) > 1 and toks[0][0] in c["setup_verbs"]:  # (全村)有脱贫户131户504人: the having names nothing
        name = name[len(toks[0][0]):]
    return m.group(), name if len(name) >= 2 else ""


def _area_name(raw: str, left: str, left_start: int, text: str, qend: int, clause_end: int) -> tuple[str, int]:
    """An area's name: the noun phrase after its unit when the left side names only a place or a work
    verb ("加快大陈村3000亩蓝莓基地建设" → 蓝莓基地, "完成320亩工业用地征收" → 工业用地), else the left side
    (粮食播种面积3.4万亩, 流转土地860亩建成…)."""
    right, noun_led = right_noun(text, qend, clause_end)
    if not right:
        return left, left_start
    if not noun_led:  # "建设200亩低产油茶改造示范基地": a modifier opens it, after a bare work verb
        return (right, left_start) if _bare_verb(raw) else (left, left_start)
    if _cfg()["place_end"].search(raw.strip()) or left_ends_open(raw) not in (None, "list"):
        return right, left_start
    return left, left_start


# tags a bare verb's window may hold besides its verbs: adverbs, times, numbers, prepositions, localisers
_FRAME_TAGS = ("d", "t", "m", "p", "f", "q", "r", "c", "x", "u")


def _bare_verb(raw: str) -> str | None:
    """The work verb a left window holds after a time or plan frame ("年内完成" → 完成,
    "在2019年上半年前完成" → 完成, "力争创办" → 创办), or None when the window names anything."""
    left = _cfg()["time_lead"].sub("", raw.strip())
    toks = [t for t in tag(left) if t[1] not in _PARTICLE_TAGS]
    k = 0
    while k < len(toks) and toks[k][1][:1] in _FRAME_TAGS:
        k += 1
    verb = toks[k:]
    if not verb or len(verb) > 2 or not all(_verb(w, f) for w, f in verb):
        return None
    name = "".join(w for w, _ in verb)
    return name if len(name) <= 4 else None


def share_list_head(text: str, items: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """Items of one 、-list of bare verbs share the head named before the list.

    ``items``: (indicator start, quantity end, indicator, unit) in text order, one clause;
    returns {index: new name}."""
    c = _cfg()
    if len(items) < 3 or len({u for *_, u in items}) != 1:
        return {}
    bare = [i for i, (_, _, name, _) in enumerate(items)
            if 1 <= len(name) <= 4 and len(tag(name)) == 1 and _verb(*tag(name)[0])]
    if len(bare) < 2:
        return {}
    lo = max(0, items[0][0] - 30)
    before = text[lo:items[0][0]]
    toks = tag(before)
    head = ""
    for k in range(len(toks) - 1, -1, -1):
        w, f = toks[k]
        if w in c["head_nouns"]:
            head = w
            if k > 0 and toks[k - 1][1] in ("vn", "v", "n") and len(toks[k - 1][0]) == 2 \
                    and toks[k - 1][0] not in c["setup_verbs"]:
                head = toks[k - 1][0] + w
            break
    if not head:
        return {}
    return {i: items[i][2] + head for i in bare if head not in items[i][2]}


# ---- canonical names -------------------------------------------------------------------------

_BRACKETED = compile_pattern(r"[(（][^()（）]{0,12}[)）]|[“”\"《》〈〉「」『』]")


@functools.cache
def _vocab():
    """(entries, terms, tries): entries are (canonical, kind, units or None); per kind, every name
    and synonym of that kind's entries maps to the (entry, units) of the entries that list it, in
    file order (a common head such as 事项 is listed by dozens); tries: the same terms per kind as
    a trie of characters."""
    from .lexicons import load_tsv  # noqa: PLC0415

    entries: list[tuple[str, str, frozenset | None]] = []
    terms: dict[str, dict[str, list[tuple[int, frozenset | None]]]] = {}
    for row in load_tsv("indicators.tsv"):
        canonical, kind, units, synonyms = row[0], row[1], row[2], row[3]
        k = len(entries)
        entries.append((canonical, kind, frozenset(units.split("|")) if units else None))
        for t in {canonical, *synonyms.split("|")}:
            if t:
                terms.setdefault(kind, {}).setdefault(t, []).append((k, entries[k][2]))
    # each kind's terms as a trie of characters (a term's rows under ""): a scan walks it from
    # each start, one character at a time, and stops where no term of the kind goes on
    tries: dict[str, dict] = {}
    for kind, rows_of in terms.items():
        trie = tries[kind] = {}
        for t, rows in rows_of.items():
            node = trie
            for ch in t:
                node = node.setdefault(ch, {})
            node[""] = rows
    return entries, terms, tries


@functools.cache
def _head_tries() -> dict[str, dict]:
    """Per kind, the terms of _vocab as a trie of their characters read from the last one (a
    term's rows under ""): the terms a name ends with are found in one walk from its end, not by a
    slice and a lookup for each of its suffixes."""
    tries: dict[str, dict] = {}
    for kind, rows_of in _vocab()[1].items():
        trie = tries[kind] = {}
        for t, rows in rows_of.items():
            node = trie
            for ch in reversed(t):
                node = node.setdefault(ch, {})
            node[""] = rows
    return tries


@functools.cache
def _term_openings() -> dict[str, frozenset[str]]:
    """Per kind, the first two characters of each of _vocab's terms of two characters or more."""
    return {kind: frozenset(t[:2] for t in rows_of if len(t) >= 2) for kind, rows_of in _vocab()[1].items()}


# what normalise() removes: a name without any of these (nearly all) skips the substitution
_BRACKET_CHARS = frozenset("(（“”\"《》〈〉「」『』")


def normalise(indicator: str) -> str:
    """The indicator without bracketed asides, quotes and white space (受理行政许可(审批) → 受理行政许可)."""
    indicator = indicator or ""
    if not _BRACKET_CHARS.isdisjoint(indicator):
        indicator = _BRACKETED.sub("", indicator)
    if ("完成" in indicator or "实现" in indicator) and "值" in indicator:  # canonical_drop, gated (round 29)
        indicator = _cfg()["canonical_drop"].sub("", indicator)
    return "".join(indicator.split())


def _first_fit(rows: list[tuple[int, frozenset | None]], unit: str, base_unit: str) -> int | None:
    """The first of a term's rows (entry, units) that takes the unit or base unit (file order)."""
    for k, units in rows:
        if units is None or unit in units or base_unit in units:
            return k
    return None


@functools.lru_cache(maxsize=65536)
def canonical(indicator: str, kind: str, unit: str = "", base_unit: str = "") -> str | None:
    """The vocabulary name of an indicator measured in ``kind`` (resources/indicators.tsv).

    Only rows of the metric's own unit kind (and, for counts that list units, its unit) take
    part. A whole-name match wins, then a processing verb the name starts with (受理…, 办结…),
    then the longest term at the end of the name (its head), at its start, then inside it (on a
    tie of length, the term of the earliest row). A term of one character counts only as the
    whole name or its head.

    The places are tried in that order and the first that holds a term decides: most names are
    settled by a whole-name or head lookup, without walking the terms from every start."""
    name = normalise(indicator)
    if not name or not kind:
        return None
    entries, terms, tries = _vocab()
    trie = tries.get(kind)
    if trie is None:
        return None
    of_kind = terms[kind]
    rows = of_kind.get(name)
    if rows and (k := _first_fit(rows, unit, base_unit)) is not None:
        return entries[k][0]  # the whole name
    n = len(name)
    # the terms the name starts with (two characters or more): the longest, and the longest that
    # is a processing verb
    lead = _cfg()["lead_verbs"]
    prefix = verb = None
    prefix_len = 0
    node = trie
    for j in range(1, n):
        node = node.get(name[j - 1])
        if node is None:
            break
        rows = node.get("")
        if rows and j >= 2 and (k := _first_fit(rows, unit, base_unit)) is not None:
            prefix, prefix_len = k, j
            if name[:j] in lead:
                verb = k
    if verb is not None:
        return entries[verb][0]
    # the head: the longest term the name ends with (shorter than the name), from the terms the
    # name ends with, found walking its characters back from the last
    heads = []
    node = _head_tries()[kind]
    for i in range(n - 1, 0, -1):
        node = node.get(name[i])
        if node is None:
            break
        rows = node.get("")
        if rows:
            heads.append((i, rows))
    generic = None
    for i, rows in reversed(heads):  # the longest first
        if (k := _first_fit(rows, unit, base_unit)) is not None:
            if name[i:] not in _cfg()["generic_heads"]:
                return entries[k][0]
            generic = k  # "…项目面积": a longer term before the head names what is measured (round 31)
            break
    if prefix is not None and (generic is None or prefix_len >= _cfg()["generic_yield_min"]):
        return entries[prefix][0]
    if generic is None and kind == "rate" and _cfg()["share_infix"] in name[2:]:
        return _cfg()["share_canonical"]  # 县域工业增加值占全市县域生产总值 + 36.4%: a share of a named whole (round 31)
    # inside: the longest term (two characters or more) neither starting nor ending the name,
    # of the earliest row on a tie; walked only from where the two characters a term opens with
    # stand (most starts open none: one set test instead of the walk's first steps)
    best, best_score = None, None
    openings = _term_openings()[kind]
    for i in range(1, n - 2):
        if name[i:i + 2] not in openings:
            continue
        node = trie
        for j in range(i + 1, n):
            node = node.get(name[j - 1])
            if node is None:
                break
            rows = node.get("")
            if rows and j - i >= 2 and (k := _first_fit(rows, unit, base_unit)) is not None:
                score = (j - i, -k)
                if best_score is None or score > best_score:
                    best, best_score = k, score
    if generic is not None and (best_score is None or best_score[0] < _cfg()["generic_yield_min"]):
        return entries[generic][0]
    return entries[best][0] if best is not None else None
