"""Split a page into its reports, find titles and types, and mark repeats."""
from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from .. import re_cache
from ..lexicons import load_yaml
from ..forms import TextTables, table_regions_of, tables_of
from ..patterns import compile_pattern, literal_gate, may_match
from ..document import Document, Removal
from ..structure import (HAN_CHAR, SENTENCE_MARK, TWICE_TITLE_MAX, Paragraphs, WordScan, announces_report, broken_title,
                         heading_level, heading_levels, is_addressee, is_title_line, opens_speech, restates, text_paragraphs,
                         title_lines, undecorated)
from ..structure import cues as _cfg


@functools.cache
def _types():
    cfg = dict(load_yaml("doc_types.yml"))
    for key in ("openings", "title_endings"):
        cfg[key] = [(rule["type"], compile_pattern(rule["pattern"])) for rule in cfg.get(key, [])]
    cfg["content_marks"] = [(rule["type"], tuple(rule["terms"]), rule["min_terms"], tuple(rule.get("requires") or rule["terms"]))
                            for rule in cfg.get("content_marks", [])]
    # the strings an opening that announces a plan holds (制定本, 如下 …): a report's first lines holding none
    # (most) are not searched, which regex does at every position (~20 µs a report)
    opening_gate = literal_gate(cfg["directive"]["opening"])
    cfg["directive"] = {k: compile_pattern(v) if isinstance(v, str) else v for k, v in cfg["directive"].items()}
    cfg["directive"]["opening_gate"] = opening_gate
    if cfg.get("issuer_line"):
        cfg["issuer_line"] = compile_pattern(cfg["issuer_line"])
    # a text is counted only for the type cues one scan finds it may hold (a count of each cue cost 3x as much)
    cues = list(dict.fromkeys(cue for t in cfg["types"] for cue in t["cues"]))
    cfg["cue_scan"] = WordScan({cue: 1 << k for k, cue in enumerate(cues)})
    # each type with its cues' bits and all of them at once: a type none of whose cues a text may hold is passed over
    cfg["type_cues"] = []
    for t in cfg["types"]:
        bits = [(cue, 1 << cues.index(cue)) for cue in t["cues"]]
        cfg["type_cues"].append((t["type"], bits, functools.reduce(operator.or_, (bit for _, bit in bits), 0)))
    cfg["cited"] = {t["type"]: tuple(t.get("cited", ())) for t in cfg["types"] if t.get("cited")}
    return cfg


def _bigrams(texts: list[str]) -> Counter:
    """Character bigrams of each text's first 3,000 characters, counted over all of them (none
    across two texts), at C speed: Counter.update with a Counter is a Python loop over its items."""
    return Counter(itertools.chain.from_iterable(map(operator.add, t[:3000], t[1:3000]) for t in texts))


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    # integer counts: the sums are exact in any order, taken with map at C speed
    dot = sum(map(operator.mul, a.values(), map(b.get, a, itertools.repeat(0))))
    return dot / (math.sqrt(sum(map(operator.mul, a.values(), a.values())))
                  * math.sqrt(sum(map(operator.mul, b.values(), b.values()))))


@dataclass
class _Paragraphs:
    """A page's paragraphs with the facts boundary cues ask about, each found once: a
    paragraph is looked at as itself and as the neighbour of the ones around it."""

    def announces(self, i: int) -> bool:
        """announces_report of paragraph i, worked out once and only when asked: the cues ask
        about few paragraphs (those after enough text of a report, not headings), and the
        announcement's search over every paragraph cost ~10% of this stage."""
        found = self.announcing[i]
        if found is None:
            found = self.announcing[i] = announces_report(self.texts[i])
        return found

    texts: list[str]
    levels: list[int | None]  # heading_level
    announcing: list[bool | None]  # announces_report, worked out when first asked (announces)
    titles: list[bool]  # a title line
    bylines: list[bool]  # a "(2019年3月)" date line under a title
    missions: set[int]  # briefs opening on a date and a team, when the page prints several
    speakers: set[int]  # lines naming a speaker above their text, when the page prints several

    @classmethod
    def of(cls, texts: list[str], levels: list[int | None]) -> "_Paragraphs":
        c = _cfg()
        titles = title_lines(texts)  # ("🎉…工作总结✨" too)
        for i in range(len(texts) - 1):  # a news headline: a short line right above a dateline opening
            # (the next line's dateline first: it fails on its first characters, a headline's test reads the whole line)
            if not titles[i] and levels[i] is None and c["dateline_opening"].match(texts[i + 1]) \
                    and c["headline"].match(texts[i]):
                titles[i] = True
        # r29split: an attachment list's items ("附件1…报告" / "附件2…") title nothing; one alone over its text does
        for i, q in enumerate(texts):
            if titles[i] and q[:2] == "附件" and c["attachment_item"].match(q) and any(
                    0 <= j < len(texts) and c["attachment_item"].match(texts[j]) for j in (i - 1, i + 1)):
                titles[i] = False
        missions = {i for i, q in enumerate(texts) if c["mission_opening"].match(q)}
        # "心血管内科主任 庞思远" above the report of each speaker (a news item's 述职摘登), not a byline
        # under a title
        speakers = {i for i, q in enumerate(texts[:-1]) if len(q) <= 30 and c["author_line"].match(q)
                    and not (i > 0 and titles[i - 1]) and SENTENCE_MARK.search(texts[i + 1])}
        return cls(texts, levels, [None] * len(texts), titles,
                   [bool(c["byline_date"].match(q)) for q in texts], missions if len(missions) >= 2 else set(),
                   speakers if len(speakers) >= 2 else set())


_FULL_STOP = re_cache.compile(r"[。！？!?]")


def _has_full_stop(text: str) -> bool:
    """``_FULL_STOP.search(text) is not None``, by substring tests (each a C loop of a few instructions a
    character, where re tests each character against the class; most paragraphs hold 。 early)."""
    return "。" in text or "！" in text or "？" in text or "!" in text or "?" in text


def _is_cover(pars: list[str]) -> bool:
    """Whether the paragraphs a page's first report would hold are a report's cover: no sentence, a few lines, and
    field rows ("项目单位:…") or check boxes ("事前评价□") among them (structure.yml cover_*)."""
    c = _cfg()
    lines = [line.strip() for par in pars for line in par.split("\n") if line.strip()]
    if len(lines) > c["cover_max_lines"] or any(_has_full_stop(line) for line in lines):
        return False
    return sum(1 for line in lines if "□" in line or c["field_label"].match(line)) >= c["cover_fields_min"]


def _headline_restated(head: str, lead: str) -> bool:
    """The page's first line is a news item's headline: headline-shaped, and half its character pairs
    recur in the opening words of the paragraph under it ("…融媒体中心召开年度工作推进会" over
    "…融媒体中心年度工作推进会3月5日上午召开。…"), where the lead names no date first (a dateline
    opening makes it a title already). Only the page's top: an unnumbered heading inside a report is
    restated by its paragraph too ("强化组织保障" / "强化组织保障,成立了…"). The lead is a news lead:
    prose that tells when early on; a form's title over its field row ("…考核自评表" / "填报单位:…中心 自评
    时间:…") restates it too, and so does a site's name over a profile ("…中医院" / "…中医院创建于1979年,…"),
    whose opening the sections stage reads as a report's (a profile is 基本情况)."""
    opening = lead[:120]
    c = _cfg()
    if not c["headline"].match(head) or not _FULL_STOP.search(opening) or c["field_label"].match(opening) \
            or not c["news_when"].search(opening, 0, c["news_when_reach"]) or opening.startswith(head):
        return False
    return restates(head, opening, c["restated_lead"], c["restated_lead_pairs"])


def _is_credit(par: str) -> bool:
    """A short bracketed credit line: "(文:院办 林珊 图:宣传科 蒋涛)"."""
    return par[:1] in "(（" and len(par) <= 40


@functools.cache
def _glue_cues() -> dict:
    """The cues of glued titles, part markers and outlines (structure.yml's documents part)."""
    c = _cfg()
    return {"last_chars": frozenset(c["glued_title_last_chars"]),
            "salutation": compile_pattern(c["title_then_salutation"]),
            "title_start": compile_pattern(c["title_start_after"]),
            "part_marker": compile_pattern(c["part_marker"]),
            "first_heading": compile_pattern(c["first_heading"])}


_LAST_MARK = re_cache.compile(r"[。！？!?](?=[^。！？!?]*$)")


def _opens_report(par: str) -> bool:
    """A paragraph that could open a report's text: a dateline, an opener, a salutation, an addressee."""
    c = _cfg()
    return bool(c["dateline_opening"].match(par) or opens_speech(par) or is_addressee(par)
                or c["opener"].match(par) and not c["future"].match(par))


def _glued_cuts(texts: list[str]) -> dict[int, list[int]]:
    """Where a paragraph holds the next report's title glued to other text, the offsets to break it at.

    Two forms: the title after the last sentence of the report before, its text opening the next
    paragraph ("…全覆盖。商务局金秋消费季活动总结" / "11月1日至11日,…"), and a title run into its
    salutation after a sentence or a compilation's 目录 ("…工作报告2026年某镇政府工作报告各位代表:…")."""
    c, g = _cfg(), _glue_cues()
    cuts: dict[int, list[int]] = {}
    # (r25wechat: a farm's bracketed headline glued to the page's first sentence: "【…年度工作计划】随着…")
    if texts and texts[0][:1] == "【" and c.get("bracket_headline") and (m := c["bracket_headline"].match(texts[0])) \
            and len(texts[0]) - m.end() >= 10:
        cuts[0] = [m.end()]
    for k, p in enumerate(texts):
        if len(p) < 12:
            continue
        # the title at the end, after the last sentence (gated on its last character)
        if p[-1] in g["last_chars"] and k + 1 < len(texts):
            m = _LAST_MARK.search(p, max(0, len(p) - 61))
            if m and len(p) - m.end() >= 5 and m.start() >= 20 and c["title_line"].match(p[m.end():]) \
                    and heading_level(p[m.end():]) is None and _opens_report(texts[k + 1]):
                cuts[k] = [m.end()]
                continue
        # the title run into a salutation on the same line
        if ("各位" in p or "同志们" in p) and (m := g["salutation"].search(p)):
            end = m.end(1)
            head = p[max(0, end - 50):end]
            starts = [x.end() for x in g["title_start"].finditer(head) if x.end() < len(head)]
            for j in reversed(starts):
                title = head[j:]
                if len(title) >= 5 and c["title_line"].match(title):
                    a = end - len(head) + j
                    cuts[k] = [a, end] if a > 0 else [end]
                    break
    return cuts


def _split_glued(paragraphs: Paragraphs) -> Paragraphs:
    """``paragraphs`` with each glued title a paragraph of its own (_glued_cuts)."""
    cuts = _glued_cuts(paragraphs.texts)
    if not cuts:
        return paragraphs
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    for k, ((s, e), p) in enumerate(zip(paragraphs.spans, paragraphs.texts)):
        edges = [0, *cuts.get(k, []), len(p)]
        for a, b in zip(edges, edges[1:]):
            piece = p[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                spans.append((s + a + lead, s + a + lead + len(piece)))
                texts.append(piece)
    return Paragraphs(spans, texts, heading_levels(texts))


def _title_repeats(paragraphs: Paragraphs) -> list[tuple[int, int]]:
    """Spans of the page title's copies printed between a report's paragraphs. A 范文 / doc-share page
    repeats its title mid-text (an ad break, the printed file's page header: "…上半年工作总结" over
    "2.明确发展思路。…"): a copy of the page's first line, once the report's sentences have begun, that
    no report opening, first heading or title follows is chrome, not a second report's title (a report
    printed twice opens again: "…工作总结" / "今年以来,…")."""
    pars, levels = paragraphs.texts, paragraphs.levels
    if len(pars) < 4 or levels[0] is not None or not _cfg()["title_line"].match(pars[0]):
        return []
    head = pars[0]
    out = []
    began = False
    for i in range(1, len(pars) - 1):
        if pars[i] != head:
            began = began or bool(SENTENCE_MARK.search(pars[i]))
            continue
        nxt = pars[i + 1]
        # (nor a short line under it, its date or salutation: "…个人工作总结" / "2027年1月4日", "…" / "各位村民代表：")
        if began and nxt != head and not _opens_report(nxt) and not _cfg()["title_line"].match(nxt) \
                and not _glue_cues()["first_heading"].match(nxt) \
                and (levels[i + 1] is not None or len(nxt) > 20 or bool(SENTENCE_MARK.search(nxt))):
            out.append(paragraphs.spans[i])
    return out


def _drop_title_repeats(doc: Document, paragraphs: Paragraphs) -> Paragraphs:
    """``paragraphs`` without the title copies ``_title_repeats`` finds, removed from ``doc.text``."""
    spans = _title_repeats(paragraphs) if paragraphs.texts and paragraphs.texts.count(paragraphs.texts[0]) > 1 else []
    if not spans:
        return paragraphs
    text = doc.text
    # the copy and the line break after it
    doc.edit([(s, e + 1 if text[e:e + 1] == "\n" else e, "") for s, e in spans], removal_kind="repeated_title")
    return _split_glued(text_paragraphs(doc.text))


def _part_heading_starts(doc: Document, spans: list[tuple[int, int]], levels: list[int | None],
                         article_starts: set[int]) -> set[int]:
    """The article starts where boilerplate took out a 第N篇 line that was a part heading of one report:
    no report title after the number, the part's first numbered heading under it ("第二篇 2026年工作安排" /
    "一、总体目标"; a 范文 site's "第二篇:…上半年工作总结和下半年计划" heads a report's opening prose)."""
    c, marker = _cfg(), _glue_cues()["part_marker"]
    ends = {}
    for r in doc.removed:
        if r.kind == "article_marker" and "篇" in r.text:
            ends[r.source_end] = r.text.strip()
    if not ends:
        return set()
    found = set()
    for i in article_starts:
        if levels[i] != 1:
            continue
        text = _removal_ending_at(ends, doc.to_source(spans[i][0], spans[i][0])[0])
        m = marker.match(text) if text else None
        if m and text[m.end():].strip() and not c["title_line"].match(text[m.end():].strip()):
            found.add(i)
    return found


def _is_outline(part: Document, title: str | None, nxt: Document) -> bool:
    """A page's leading block that holds no sentence and lists the next report's title or headings:
    a 目录 / 提纲, not a report."""
    text = part.text
    if SENTENCE_MARK.search(text):
        return False
    if nxt.meta["title"] and nxt.meta["title"] in text:
        return True
    lines = [re.sub(r"[.…·]{3,}.*$", "", q).strip() for q in text.split("\n")]
    if sum(1 for q in lines if len(q) >= 4 and q in nxt.text) >= 2:
        return True
    # r29split: or its lines are a 目录's entries the report need not print again (a 汇编's titles with their page
    # numbers, an outline of numbered headings over an attachment list; its title one of them, "10企业…计划71")
    return _outline_entries(f"{title}\n{text}" if title and _cfg()["outline_entry"].match(title) else text)


# a page whose first two paragraphs open on none of these (a digit, a numeral, a bracket, 附 / 目 / 第) opens on no
# 目录, under its title or not: a cheap test before the walk
_OUTLINE_FIRST = frozenset("0123456789一二三四五六七八九十(（附目第")


def _lead_outline_end(pars: list[str], levels: list[int | None], titles: list[bool]) -> int | None:
    """Where the first report's title line follows a 目录's entries at the top of the page (under the page's title),
    when the cleaning took the 目录's first entries as pagination and the rest are too short to make a report's text:
    the title line's paragraph, which starts a report (the entries above are then no report, _is_outline)."""
    c = _cfg()
    first = 1 if pars and titles[0] else 0
    j = first
    while j < len(pars) and c["outline_entry"].match(pars[j]) and not SENTENCE_MARK.search(pars[j]):
        j += 1
    if j - first >= 2 and j + 1 < len(pars) and titles[j] and levels[j] is None:
        return j
    return None


def _outline_entries(text: str) -> bool:
    """Whether ``text``'s lines are mostly a 目录's entries (structure.yml outline_entry): numbered headings,
    attachments, titles with their page numbers."""
    c = _cfg()
    rows = [q for q in (x.strip() for x in text.split("\n")) if q]
    entries = sum(1 for q in rows if c["outline_entry"].match(q))
    return entries >= c["outline_entries_min"] and entries >= c["outline_entry_share"] * len(rows)


def boundary_evidence(page: _Paragraphs, i: int, article_starts: set[int], since_start: int,
                      first_l1_seen: bool, plans_at: int | None, prose_since: int) -> dict[str, float]:
    """Cues that paragraph i starts a new report, each with its weight (the topic shift only where the
    evidence can reach the threshold with it)."""
    c = _cfg()
    w = c["weights"]
    pars, levels, titles, bylines = page.texts, page.levels, page.titles, page.bylines
    p = pars[i]
    prev = pars[i - 1] if i > 0 else ""
    ev: dict[str, float] = {}
    # the line that says a report's text follows, perhaps with a bracketed credit between
    before = pars[i - 2] if i > 1 and _is_credit(prev) else prev
    # (the printed report going straight on with its first numbered heading is the news item's own body:
    # "…现将汇报主要内容摘登如下:" / "一、基本情况", also where boilerplate marked an article there)
    # (the line before is searched only where a cue reads it, not under most headings: see text_follows below)
    heading = levels[i] is not None
    if i in article_starts and not (heading and c["text_follows"].search(before)):
        ev["article_marker"] = w["article_marker"]
    if is_addressee(p):
        ev["addressee"] = w["addressee"]
    if opens_speech(p) and not (i > 0 and titles[i - 1]):
        ev["speech_opening"] = w["speech_opening"]
    # a title line; a numbered one only over a salutation ("二、副院长述职报告" / "各位领导、同志们:"): the
    # next of several reports printed under one page title
    if titles[i] and i + 1 < len(pars) and (levels[i] is None or opens_speech(pars[i + 1])):
        ev["title_line"] = w["title_line"]
    if len(p) <= 30 and i + 1 < len(pars) and bylines[i + 1] and not p.endswith(("。", "！", "？")):
        ev["byline"] = w["byline"]
    if not heading and not _is_credit(p) and c["text_follows"].search(before):
        ev["text_follows"] = w["text_follows"]
    if i > 0 and not bylines[i] and (c["date_line"].match(prev) or bylines[i - 1]):
        ev["after_date_line"] = w["after_date_line"]
    # "2024年,社区将继续…" opens a report's plans, not a new report
    opener = bool(c["opener"].match(p)) and not c["future"].match(p)
    if i in page.missions:  # one of several briefs, each opening on its date and team
        ev["mission_opening"] = w["mission_opening"]
    if i in page.speakers:  # one of several speakers' reports printed one after another
        ev["speaker_line"] = w["speaker_line"]
    # a title block's short lines do not count: the opening paragraph before the announcement is
    # the same report's ("2023年,我区老年大学…" / "全年开设…。现将…总结如下:"), unless a salutation
    # heads the announcement ("尊敬的各位领导:" / "本人…现将履职情况报告如下")
    if (levels[i] is None and since_start >= c["formula_min_since"] and page.announces(i)
            and (prose_since >= c["formula_min_prose"]
                 or i > 0 and (is_addressee(prev) or opens_speech(prev)))):
        ev["formula_here"] = w["formula_here"]
    elif opener and i + 1 < len(pars) and levels[i + 1] is None and page.announces(i + 1):
        ev["formula_next"] = w["formula_next"]
    if opener:
        ev["opener"] = w["opener"]
        if plans_at is not None and i - plans_at >= 2:  # the report before reached its plans earlier
            ev["after_plans"] = w["after_plans"]
    if levels[i] == 1 and p[:1] == "一" and first_l1_seen and not c["part_heading"].match(prev):
        ev["heading_restart"] = w["heading_restart"]
        if c["opening_heading"].search(p[:30]):
            ev["restart_opening_heading"] = w["restart_opening_heading"]
    if c["closing"].search(prev[-30:]):
        ev["prev_closing"] = w["prev_closing"]
    if c["future"].search(prev[:60]):
        ev["prev_future"] = w["prev_future"]
    if since_start >= 2 and ("opener" in ev or "heading_restart" in ev) and _shift_can_count(ev):
        if _cosine(_bigrams(pars[max(0, i - 3) : i]), _bigrams(pars[i : i + 3])) < c["shift_cosine"]:
            ev["topic_shift"] = w["topic_shift"]
    return ev


def _shift_can_count(ev: dict[str, float]) -> bool:
    """Whether a topic shift can start a report or be part of a start's evidence ``ev``: evidence that
    falls short of the threshold even with it is thrown away, and its two bigram counts are the
    dearest of the cues."""
    c = _cfg()
    shift = c["weights"]["topic_shift"]
    return shift < 0 or sum(ev.values()) + shift >= c["threshold"]


# The page's heading and the in-body copy of a title may differ by what stands before it: the unit's name
# or a placeholder for it, which one of the two drops ("镇2026上半年…打算" / "〔…〕镇2026上半年…打算"); the
# shorter copy ends the longer, a few characters short of it, and is long enough to be a title itself
_TWICE_PREFIX_MAX, _TWICE_MIN = 8, 8
_TITLE_BULLETS = "•·●○■□◆◇▪►▶*#-— \t"
# r27chrome: a list bullet the page's markup left before a headline ("•《…汇编》(1-12卷)编辑举要") is no part of the
# title (the glyphs only: a dash may open a subtitle)
_BULLET_GLYPHS = "•●○■□◆◇▪►▶"


def _same_title(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= _TWICE_MIN and len(long) - len(short) <= _TWICE_PREFIX_MAX and long.endswith(short)


def _printed_twice(pars: list[str], levels: list[int | None], a: int, b: int) -> bool:
    """A 范文 / doc-share page prints its title twice, as the page's heading and as the document's first
    line ("…第一阶段工作小结" twice): a short line without a sentence repeated at once is the report's title
    whatever its last words (title_line knows the genres only), unless it names an issuing body."""
    issuer = _types().get("issuer_line")
    return (b - a > 2 and _same_title(pars[a], pars[a + 1]) and len(pars[a]) <= TWICE_TITLE_MAX
            and len(pars[a + 1]) <= TWICE_TITLE_MAX and levels[a] is None and levels[a + 1] is None
            and not SENTENCE_MARK.search(pars[a]) and not SENTENCE_MARK.search(pars[a + 1])
            and not (issuer is not None and issuer.search(pars[a])))


# a title's year, written or left blank for the reader ("2024年", "20_年", "20XX年", "××××年")
_TITLE_YEAR = re_cache.compile(r"[\d_XxＸ×]{1,4}(?=年)")


def _year_variant(title: str, line: str) -> bool:
    """``line`` is ``title`` with another year (or a blank one) in it: the same title otherwise."""
    return line != title and "年" in title and _TITLE_YEAR.sub("#", line) == _TITLE_YEAR.sub("#", title)


def _doc_type(title: str | None, pars: list[str]) -> str:
    cfg = _types()
    # the opening paragraph, under a headline the title detection left in the text
    first = pars[:2] if len(pars) > 1 and len(pars[0]) <= 60 and not SENTENCE_MARK.search(pars[0]) else pars[:1]
    for doc_type, pattern in cfg["openings"]:
        for q in first:  # (plain loops: a generator a type cost more than the matches)
            if pattern.match(q):
                return doc_type
    # the title, else a title left among the first lines of the text ("湄江县教育局政务公开" /
    # "关于开展…自查自纠工作的通知" / "各乡镇中心学校,…:")
    heads = [title] if title else _title_like(pars)
    for head in heads:
        for doc_type, pattern in cfg["title_endings"]:
            if pattern.search(head):
                return doc_type
    # the marks of a text's kind its form prints (a writing guide's 标题 / 正文 / 落款, a 年报's mandated
    # headings), when the title's last words named no genre
    scope = None
    for doc_type, terms, least, gate in cfg["content_marks"]:
        scope = scope if scope is not None else (title or "") + "".join(pars[:40])
        if not any(g in scope for g in gate):
            continue  # (most reports: none of the strings every match holds one of)
        found = 0
        for term in terms:
            if term in scope:
                found += 1
                if found >= least:
                    return doc_type
    if title:
        # the first type with a cue in the title: only cues the scan's bits let through are looked for
        held = cfg["cue_scan"].bits_in(title)
        for doc_type, cues, held_any in cfg["type_cues"] if held else ():
            for cue, bit in cues if held & held_any else ():
                if held & bit and cue in title:
                    return doc_type
    head = "".join(pars[:2])
    body = "".join(pars[2:40])
    held = cfg["cue_scan"].bits_in(head) | cfg["cue_scan"].bits_in(body)
    best, best_score = cfg["default"], 0.0
    for doc_type, cues, held_any in cfg["type_cues"]:
        if not held & held_any:
            continue  # (a score of 0 beats nothing)
        score = sum(3 * head.count(cue) + body.count(cue) for cue, bit in cues if held & bit)
        if doc_type in cfg["cited"]:  # (学习…讲话精神: a cue inside a citation counts for nothing)
            score -= sum(3 * head.count(c) + body.count(c) for c in cfg["cited"][doc_type])
        if score > best_score:
            best, best_score = doc_type, score
    return best


def _retype(part: Document, title: str) -> None:
    """Type ``part`` again by ``title``, found after it was typed without one (stage documents' last step)."""
    pars = part.derived("paragraphs", text_paragraphs).texts
    was = part.meta["doc_type"]
    part.meta["doc_type"] = _doc_type(title, pars)
    if part.meta["doc_type"] != was:
        part.meta["directive"] = part.meta["doc_type"] == "通知" or _directs(title, pars, part.text)


def _title_like(pars: list[str]) -> list[str]:
    """The first three paragraphs that could be a title left in the text: short, no sentence in
    them (a blog's "日志" or a WeChat lead-in sentence may sit above the title); a numbered heading
    ("三、下一步工作计划") is no title, whatever its last words."""
    longest = _types()["directive"]["first_line_max"]
    return [q for q in pars[:3] if len(q) <= longest and not SENTENCE_MARK.search(q) and heading_level(q) is None]


_MARKER_KINDS = frozenset({"article_marker", "preface"})


def _removal_ending_at(ends: dict[int, str], src: int) -> str | None:
    """The removed row (``ends``: its text by the source offset where it ends) right above source offset ``src``,
    only its line break and spaces between."""
    return next((ends[x] for x in range(src - _cfg()["marker_gap"], src + 1) if x in ends), None)


def _directs(title: str | None, pars: list[str], text: str, marker: str | None = None) -> bool:
    """A plan, rules or work outline: its title or a title-like first line ends with the genre and
    does not also review, or its opening announces it. (``marker``: a 范文 page's item marker the cleaning
    took right above the report, "部长部门工作计划书篇一", which names it when it prints no title.)"""
    d = _types()["directive"]
    return (any(d["genre"].search(t) and not d["review"].search(t)
                for t in (title or "", marker or "", *_title_like(pars)) if t)
            or bool(marker) and not d["review"].search(marker) and bool(d["opening"].search(marker))
            or may_match(d["opening_gate"], text[:d["opening_within"]])
            and bool(d["opening"].search(text, 0, d["opening_within"])))


# what separates the clauses a report is compared by: whitespace, punctuation, digits and
# placeholders (a repeat with other numbers or 20xx is still a repeat); a clause is a run of two or
# more other characters (found directly: splitting and dropping the short pieces cost 1.2x as much)
_CLAUSE = re_cache.compile(r"[^\s\dxX\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0-\u00bf"
                           r"\u2010-\u205e\u3000-\u3003\u3008-\u3020\u3030\uff01-\uff0f\uff1a-\uff20"
                           r"\uff3b-\uff40\uff5b-\uff65]{2,}")


def _clauses(text: str) -> set[str]:
    return set(_CLAUSE.findall(text))




def _opens_like(later: str, earlier: str) -> bool:
    """Whether ``later`` opens with one of the first clauses of ``earlier``."""
    first = _CLAUSE.search(later)
    if first is None:
        return False
    return first.group() in [m.group() for m, _ in zip(_CLAUSE.finditer(earlier), range(_cfg()["opening_clauses"]))]


def mark_repeats(parts: list[Document], containment: float) -> None:
    """Near-verbatim repeats: clause containment against every earlier part.

    Clauses weigh by their length. A repeat shares nearly all of its clauses (measured on
    the seeds and corpora: repeats >= 0.96, other reports on the same page <= 0.3); one
    C-level split per report is ~5x cheaper than 5-gram shingles and separates as well.
    Within one page there are only a handful of reports, so exact set containment is
    cheaper and more precise than MinHash; the corpus-wide template search (compare)
    uses MinHash LSH.
    """
    for p in parts:
        p.meta["duplicate_of"] = None
    if len(parts) < 2:
        return
    sigs = [_clauses(p.text) for p in parts]
    weights = [sum(map(len, sig)) for sig in sigs]
    for j in range(len(parts)):
        for i in range(j):
            if parts[i].meta.get("duplicate_of") is not None or not sigs[i] or not sigs[j]:
                continue
            small, big = sorted((weights[i], weights[j]))
            # a report that merely contains another is not its repeat; a later copy of an earlier
            # report's opening, cut short (a preview, a re-print that stops), is
            if small < 0.5 * big and not (weights[j] < weights[i] and _opens_like(parts[j].text, parts[i].text)):
                continue
            inter = sum(map(len, sigs[i] & sigs[j]))
            if inter / small >= containment:
                parts[j].meta["duplicate_of"] = i
                parts[j].meta["duplicate_similarity"] = round(inter / (weights[i] + weights[j] - inter), 3)
                break


def _under_subheading(pars: list[str], levels: list[int | None], i: int, heading_at: int | None, start: int,
                      max_chars: int) -> bool:
    """Paragraph i sits right under a sub-heading ((二), 1.) of the current report standing alone on its
    line: its announcement ("(二)依申请公开" / "…共收到申请5件,具体情况如下:") opens that part's details,
    never a new report, which does not begin under the last report's sub-heading. A sub-heading with
    its body after it ("(四)加强内部管理。第一,…") may be a report's last paragraph."""
    return (heading_at is not None and heading_at == i - 1 and heading_at > start
            and (levels[heading_at] or 0) >= 2 and len(pars[heading_at]) <= max_chars)


def _collection_head(doc: Document) -> str | None:
    """The title a 合集's head names with the count of its items, in a preface or marker row the cleaning took
    (doc_types.yml directive.collection_head: "2031年社区工作计划范文三篇…" -> "2031年社区工作计划"): the first."""
    pattern = _types()["directive"].get("collection_head")
    if pattern is None:
        return None
    for r in doc.removed:
        if r.kind in _MARKER_KINDS and "篇" in r.text and (m := pattern.search(r.text)):
            return m.group(1)
    return None


@functools.cache
def _chrome_title_gate() -> tuple[frozenset[str], ...]:
    """The strings every match of structure.yml's chrome_title holds (标题 / 题目, or a file's doc / pdf / wps)."""
    return literal_gate(load_yaml("structure.yml")["documents"]["chrome_title"])


def _chrome_title(row: str) -> re.Match | None:
    """``chrome_title.match(row)`` for a row the cleaning took: most rows hold none of the strings every match
    holds (_chrome_title_gate), and a few substring tests spare the pattern's lazy walk of the row's first 60
    characters (~3x as dear over the real pages' removed rows)."""
    return _cfg()["chrome_title"].match(row) if may_match(_chrome_title_gate(), row) else None


def _title_in_chrome(doc: Document, before: int) -> str | None:
    """The title a row of chrome above the first report held, when the report prints none of its own
    ("| 标题:在全县…的讲话 |", "…工作总结 篇11.docx"): the cleaning took the row whole, title and all."""
    c = _cfg()
    for r in doc.removed:
        # (r24chrome: a repost's labelled title row in its source block under the text, boilerplate's
        # site_title, names the report wherever it stands: a news headline has no genre word at its end)
        if r.kind == "site_title" and (m := _chrome_title(r.text.strip())) and m.group(1):
            title = m.group(1).strip()
            if c["title_line"].match(title) or c["headline"].match(title):
                return title
        if r.source_start >= before:
            continue
        if m := _chrome_title(r.text.strip()):
            title = (m.group(1) or m.group(2)).strip()
            # (a file name is the report's title only where the page prints it again, in its text or
            # another row: a mirror's name row may be another file's, "农机站XX年…计划.docx" over a 总结)
            if c["title_line"].match(title) and (m.group(1) or title in doc.text[:300] or any(
                    title in q.text for q in doc.removed if q is not r)):
                return title
        # (a 范文 page's item marker over its first item: "第1篇 …工作总结", "…工作总结篇一")
        # (r25wechat: a how-to post's question headline the cleaning took as an SEO title, right above the text)
        elif (r.kind == "seo_title" and before - r.source_end <= 2 and c.get("question_headline")
              and c["question_headline"].match(r.text.strip())):
            return r.text.strip()
        elif r.kind == "article_marker" and (title := _marker_title(r.text) or (
                before - r.source_end <= 2 and (_sample_title(r.text) or _head_over_bare_marker(doc, r)))):
            return title
    return None


def _without_count(title: str) -> str:
    """A 合集 head's title without the count of its items (structure.yml collection_count: "…党建工作总结7篇(全文完整)" ->
    "…党建工作总结"), when the words before it are a title line; else ``title``."""
    c = _cfg()
    m = c["collection_count"].search(title)
    if m is None or m.start() == 0:
        return title
    head = title[:m.start()].rstrip()
    return head if is_title_line(head) else title


def _head_over_bare_marker(doc: Document, marker) -> str | None:
    """The title of a 合集's item printed under a bare marker ("篇1", which names nothing): its head's title without the
    count ("2031年机关办公室工作总结(2篇)" -> "2031年机关办公室工作总结"), the last head the cleaning took above the marker."""
    c = _cfg()
    if not c["bare_item_marker"].match(marker.text.strip()):
        return None
    found = None
    for r in doc.removed:
        if r.kind in _MARKER_KINDS and r.source_end <= marker.source_start and "篇" in r.text:
            row = r.text.strip()
            if c["collection_count"].search(row) and (title := _without_count(row)) != row:
                found = title
    return found


def _marker_title(marker: str, headlines: bool = False) -> str | None:
    """The title a 范文 item marker holds (structure.yml marker_title: "第1篇 …工作总结", "…工作总结【一】"): a title
    line, or with ``headlines`` a headline after "第N篇:" too."""
    c = _cfg()
    m = c["marker_title"].match(marker.strip())
    if m is None:
        return None
    title = (m.group(1) or m.group(2)).strip()
    if c["title_line"].match(title) or (headlines and m.group(1) and c["headline"].match(title)):
        return title
    # (r29split: the item's term after its genre, "小学德育工作计划春季": a title line before the term)
    term = c["marker_title_term"].search(title)
    return title if term and c["title_line"].match(title[:term.start()]) else None


def _sample_title(marker: str) -> str | None:
    """A 范文 page's title row right above a report that prints no title of its own, its sample word after the
    genre (structure.yml marker_sample_suffix: "…工作计划例文"): the row is the report's title as the page prints
    it (the gold keeps the word: "…工作计划范文"), when the words before it are a title line and no collection's
    item marker ("【篇1】…述职报告范文" names an item of a 合集, not the page's one report)."""
    c = _cfg()
    row = marker.strip()
    m = c["marker_sample_suffix"].search(row)
    if m is None or "篇" in row or row[:1] in "【[(（" or not c["title_line"].match(row[:m.start()]):
        return None
    return row


def _title_between(doc: Document, after: int, before: int) -> str | None:
    """The title a 范文 collection's item marker held (structure.yml marker_title: "第二篇:…的几点做法",
    "《…制度》 篇2") or a numbered title copy left (its title part, taken as a repeat of the page's title),
    when the cleaning took the row between a report (ending at source offset ``after``) and the next (from
    ``before``): the last such row there names the next one. A row of any other kind names nothing."""
    c = _cfg()
    found = None
    for r in doc.removed:
        if not after <= r.source_start < before:
            continue
        if r.kind == "article_marker":
            # (r29split: a bare "篇2" names the item by its 合集's head, "…工作总结(2篇)")
            title = _marker_title(r.text, headlines=True) or _head_over_bare_marker(doc, r)
        elif r.kind in c["between_title_kinds"] and c["title_line"].match(r.text.strip()):
            title = r.text.strip()
        else:
            continue
        if title:
            found = title
    return found


def _headline_in_chrome(doc: Document, before: int, lead: str) -> str | None:
    """The headline the line model took above the first report when the report prints no title of its own
    (structure.yml chrome_headline_*): the nearest removal of those kinds above it, headline-shaped, that the
    report's opening restates without holding it whole."""
    c = _cfg()
    kinds, least = set(c["chrome_headline_kinds"]), c["chrome_headline_min"]
    # (the lead: the report's first paragraph that holds a sentence, not a menu's words left above it)
    first = next((par for par in lead.split("\n") if _has_full_stop(par)), "")
    opening = first[:c["chrome_headline_reach"]]
    # (the header's rows next to the report only: the page's top bar may hold a menu's words the lead shares)
    above = sorted((r for r in doc.removed if r.source_start < before),
                   key=operator.attrgetter("source_start"), reverse=True)[:c["chrome_headline_rows"]]
    for k, r in enumerate(above):
        if r.kind not in kinds:
            continue
        head = c["chrome_headline_tail"].sub("", r.text.strip())
        # (r24title: a repost's headline under its post date, right above the report: the date goes)
        if (dated := c["chrome_headline_dated"].match(head)) is not None:
            if k == 0 and (len(above) == 1 or not c["chrome_headline_dated"].match(above[1].text.strip())):
                head = head[dated.end():]
                if (len(head) >= least and c["headline"].match(head)
                        and restates(head, lead[:c["chrome_headline_dated_reach"]], c["chrome_headline_dated_share"],
                                     c["restated_lead_pairs"])):
                    return head
            continue
        if (m := _chrome_title(head)) and m.group(1):  # a forum post's "标题:…" row: its words
            head = m.group(1).strip()
        if (len(head) >= least and c["headline"].match(head) and head not in opening
                and restates(head, opening, c["restated_lead"], c["restated_lead_pairs"])):
            return head
        # (r25wechat: a headline the page prints again between its paragraphs, which the cleaning took as its copy)
        if len(head) >= least and any(q.kind == "title_copy" and q.text.strip() == head for q in doc.removed):
            return head
    return None


def _drop_glued_title_copy(doc: Document, paragraphs: Paragraphs) -> Paragraphs:
    """A flattened doc-share page's first paragraph opening on its title printed twice (glued_title_twice):
    the second copy and a 合集's markers go, and the first copy becomes a paragraph of its own, anchored as
    the report's title (whatever its last words: "…党日制度")."""
    c = _cfg()
    # (two copies of the shortest title the pattern takes, five characters, and the text after them)
    if not paragraphs.texts or len(paragraphs.texts[0]) < 2 * 5 + c["glued_title_rest_min"]:
        return paragraphs
    first = paragraphs.texts[0]
    m = c["glued_title_twice"].match(first)
    # (a title holds words: four Han characters at least, not a run of digits and marks repeated)
    if m is None or len(first) - m.end() < c["glued_title_rest_min"] or len(HAN_CHAR.findall(m.group("t"))) < 4:
        return paragraphs
    start = paragraphs.spans[0][0]
    cut = start + m.end("t")
    doc.edit([(cut, start + m.end(), "")], removal_kind="repeated_title")
    doc.edit([(cut, cut, "\n")])
    doc.anchors.setdefault("article_titles", []).insert(0, start)
    return _split_glued(text_paragraphs(doc.text))


def split_documents(doc: Document) -> Document:
    """Stage: fill ``doc.parts`` with one Document per report on the page."""
    c = _cfg()
    paragraphs = _split_glued(text_paragraphs(doc.text))
    paragraphs = _drop_title_repeats(doc, paragraphs)
    paragraphs = _drop_glued_title_copy(doc, paragraphs)
    spans, pars = paragraphs.spans, paragraphs.texts
    # the paragraphs that start at an article boundary or up to two characters after it
    par_starts = [s for s, _ in spans]
    article_starts = {i for a in doc.anchors.get("article_boundaries", [])
                      for i in range(bisect_left(par_starts, a), bisect_right(par_starts, a + 2))}
    # a part heading of one report (第二篇 …工作安排) starts no report
    part_starts = _part_heading_starts(doc, spans, paragraphs.levels, article_starts) if article_starts else set()
    article_starts -= part_starts
    page = _Paragraphs.of(pars, paragraphs.levels)
    levels, titles = page.levels, page.titles
    # the headline of an article's header (over its publication row, under the breadcrumb: boilerplate's
    # article_header) is the report's title whatever its last words ("…职工代表大会", "…的邵阳经验及对策")
    for a in doc.anchors.get("article_titles", []):
        for i in range(bisect_left(par_starts, a), bisect_right(par_starts, a + 2)):
            # (a headline may hold one exclamation mark inside: "首次披露!…出炉幕后")
            # (r25wechat: a headline holds words; where the line model took the headline, the anchor lands on the
            # row under it, a share or comment count "0" / "12", which names nothing)
            if levels[i] is None and len(pars[i]) <= c["header_title_max"] \
                    and len(HAN_CHAR.findall(pars[i], 0, 8)) >= c["header_title_han_min"] \
                    and (not _has_full_stop(pars[i].rstrip("!！")) or c["headline"].match(pars[i])):
                # (r26wechat: or one closing on "!", "…活动正式启动!", boilerplate.yml article_header row_headline)
                titles[i] = True
    prefix = list(itertools.accumulate(map(len, pars), initial=0))  # running lengths: a report's size without re-summing
    # running count of paragraphs written as sentences; the items of a list ("、梅坞镇古茶园研学基地;")
    # are not prose of their own
    prose_min = c["prose_min_chars"]
    prose_count = list(itertools.accumulate((len(q) >= prose_min and _has_full_stop(q) for q in pars), initial=0))
    starts: list[int] = [0] if pars else []
    evidence: dict[int, dict[str, float]] = {}
    # a form's rows (a cell a line, numbered 1, 2, 3 …) belong to one report
    tables = table_regions_of(doc)  # reflow's, when it changed no line

    def _restated(i: int, ev: dict[str, float], start: int, last_title: str | None) -> bool:
        """A title or article cue alone at a line that repeats the current report: its title line
        again (unless only an outline, no sentence, came since: "…工作总结 / 目录 / …工作总结"), or its
        headline restated as a photo caption."""
        if pars[i] == last_title:
            return "title_line" in ev and len(ev) == 1 and any(SENTENCE_MARK.search(q) for q in pars[start:i])
        # (a title line restating the text before is the title of what that text announced: "关于印发
        # 《…工作要点》的通知" / "…工作要点"; the caption is a boilerplate article mark alone)
        if "article_marker" not in ev or not set(ev) <= {"article_marker", "prev_closing", "prev_future"}:
            return False
        # (a caption sits inside an item's prose and its text goes on; a 目录 listing the title is no prose)
        return (len(pars[i]) <= 48 and levels[i] is None and not SENTENCE_MARK.search(pars[i])
                and i + 1 < len(pars) and not _opens_report(pars[i + 1])
                and any(SENTENCE_MARK.search(q) for q in pars[start:i])
                and restates(pars[i], doc.text[spans[start][0]:spans[i][0]][:3000], c["restated_headline"]))
    # r29split: a 目录's last entries running straight into the first report's title start no report of their own
    toc_end = _lead_outline_end(pars, levels, titles) if any(q[:1] in _OUTLINE_FIRST for q in pars[:2]) else None
    l1_seen = False
    plans_at: int | None = None  # where the current report's 下一步/打算 part began
    heading_at: int | None = None  # the current report's last numbered (level 1-2) heading
    last_title: str | None = None
    for i in range(len(pars)):
        if levels[i] == 1 and pars[i][:1] == "一" and starts and i == starts[-1]:
            l1_seen = False
        if i == toc_end:
            starts.append(i)
            evidence[i] = {"title_line": c["weights"]["title_line"]}
        elif i > 0 and not (tables and any(a < spans[i][0] < b for a, b in tables)):  # most pages hold no table
            chars = prefix[i] - prefix[starts[-1]]
            prev_is_title = titles[i - 1] and starts[-1] == i - 1
            # the cues are weighed only where a report can start: after enough text, not under its title
            if chars >= c["min_chars"] and not prev_is_title:
                ev = {} if i in part_starts else boundary_evidence(
                    page, i, article_starts, i - starts[-1], l1_seen, plans_at,
                    prose_count[i] - prose_count[starts[-1]])
                # a second announcement right under the report's first numbered heading opens that
                # part ("一、…开展情况" / "…现将具体做法汇报如下:"), not a new report (one after a later
                # heading may follow a report that ended there)
                if "formula_here" in ev and heading_at is not None and heading_at >= starts[-1] \
                        and i - heading_at <= 2 and _glue_cues()["first_heading"].match(pars[heading_at]):
                    del ev["formula_here"]
                if "formula_here" in ev and _under_subheading(pars, levels, i, heading_at, starts[-1],
                                                                c["subheading_max_chars"]):
                    del ev["formula_here"]
                if sum(ev.values()) >= c["threshold"] and not _restated(i, ev, starts[-1], last_title):
                    starts.append(i)
                    evidence[i] = ev
                    l1_seen = False
                    plans_at = None
        if i == starts[-1]:
            is_title = titles[i] and levels[i] is None
            last_title = pars[i] if is_title else None
        if levels[i] == 1:
            l1_seen = True
        if levels[i] in (1, 2):
            heading_at = i
        if levels[i] in (1, 2) and c["plans_heading"].match(pars[i]):
            plans_at = i
    # a report needs text of its own: a trailing fragment (a lone heading) stays with the one before
    while len(starts) > 1 and prefix[len(pars)] - prefix[starts[-1]] < c["min_tail_chars"]:
        evidence.pop(starts.pop(), None)

    # a report's cover split off above it (title, field rows, the date that ended it) heads the report below
    if len(starts) > 1 and _is_cover(pars[starts[0]:starts[1]]):
        evidence.pop(starts.pop(1), None)

    def over_salutation(i: int) -> bool:
        return i + 1 < len(pars) and opens_speech(pars[i + 1])

    parts: list[Document] = []
    page_title = None
    no_tables = not tables_of(doc).in_pieces  # a page without a table's words has none in its reports
    # a 范文 page's item markers the cleaning took ("…工作计划书篇一"), or its preface with the marker glued on ("…五篇
    #范文仅供参考,…幼儿园学期工作计划 篇1"), by where they end: the one right above a report names its genre when the
    # report prints no title
    markers = {r.source_end: r.text.strip() for r in doc.removed if r.kind in _MARKER_KINDS}
    heads: list[str | None] = []  # a 合集's head (_collection_head), looked for once an item needs it

    def collection_head() -> str | None:
        # (a list, not functools.cache: a cache set up per page cost more than the look-up most pages never make)
        if not heads:
            heads.append(_collection_head(doc))
        return heads[0]
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(pars)
        title = None
        body_first = a
        # leading title lines (and a byline) become the title, not body text; a numbered one too when
        # a salutation follows it ("二、副院长述职报告" / "各位领导、同志们:"), also under the page's title
        if b - a > 2 and levels[a] is None and (joined := broken_title(pars[a], pars[a + 1], is_title_line)):
            title, body_first = joined, a + 2
        elif titles[a] and (levels[a] is None or over_salutation(a)) and b - a > 1:
            title, body_first = undecorated(pars[a]), a + 1
            # (under the page's title, the report's title broken over two lines: the report's names it, unless
            # it is a piece of the page's title printed again, "中国人民政治协商会议" / "某县…常务委员会" / "工作报告")
            if body_first + 2 < b and (joined := broken_title(pars[body_first], pars[body_first + 1], is_title_line)):
                title, body_first = title if joined in title else joined, body_first + 2
            # (a doc-share page prints the title again in book-title marks: "…工作总结" / "《…工作总结》"; a
            # post again with emoji: "…工作报告" / "…工作报告📜")
            while body_first < b - 1 and undecorated(pars[body_first]) in (title, f"《{title}》"):
                body_first += 1
            # (a content farm's page title with this year filled in over the report's own, "…2024年上半年工作总结…"
            # / "…20_年上半年工作总结…": the report's names it, the page's goes)
            if body_first < b - 1 and body_first == a + 1 and _year_variant(title, pars[body_first]):
                title, body_first = pars[body_first], body_first + 1
            subtitle = body_first < b - 1 and titles[body_first] and levels[body_first] is not None
            if subtitle and over_salutation(body_first):
                title, body_first = f"{title} {pars[body_first]}", body_first + 1  # "…述职报告 一、院长述职报告"
        elif _printed_twice(pars, levels, a, b):
            # the copy with the unit's name, not a list bullet one of them wears ("•中共…的通报")
            title, body_first = max(pars[a], pars[a + 1], key=len).lstrip(_TITLE_BULLETS) or pars[a], a + 2
        elif a == 0 and b - a > 1 and levels[0] is None and _headline_restated(pars[0], pars[1]):
            title, body_first = pars[0], 1  # a news headline over a lead that does not open on its date
        elif (a == 0 and b - a > 1 and pars[0][:1] == "【" and c.get("bracket_headline")
              and (m := c["bracket_headline"].match(pars[0])) and m.end() == len(pars[0]) and _has_full_stop(pars[1])):
            title, body_first = m.group(1), 1  # r25wechat: a farm's bracketed headline ("【…年度工作计划】")
        elif (a == 0 and b - a > 1 and pars[0][-1:] == "》" and c.get("marked_title")
              and (m := c["marked_title"].match(pars[0])) and is_title_line(m.group(1))):
            # r28split: a policy portal's 公文 title in book-title marks after its document number ("京政办发〔2031〕
            # 9号《…关于印发〈…〉的通知》"), printed again in the marks below it
            title, body_first = m.group(1), 1
            while body_first < b - 1 and pars[body_first] in (title, f"《{title}》"):
                body_first += 1
        elif (a == 0 and b - a > 1 and levels[0] is None and pars[0][-1:] in "?？" and c.get("question_headline")
              and c["question_headline"].match(pars[0]) and _has_full_stop(pars[1])):
            title, body_first = pars[0], 1  # r25wechat: a how-to post's question headline ("…工作报告怎么写?")
        if k > 0 and title is None and doc.removed:
            # (r24title: a later item of a 范文 collection, its marker holding its title taken as chrome)
            title = _title_between(doc, doc.to_source(spans[a - 1][1], spans[a - 1][1])[0],
                                   doc.to_source(spans[a][0], spans[a][0])[0])
        if title and title[0] in _BULLET_GLYPHS:
            title = title.lstrip(_BULLET_GLYPHS + " \t") or title
        if title and "篇" in title:
            title = _without_count(title)
        if k == 0 and title:
            page_title = title
        s = spans[body_first][0]
        e = spans[b - 1][1]
        part = doc.window(s, e)
        part.meta["title"] = title
        part.meta["boundary_evidence"] = evidence.get(a, {})
        part.meta["doc_type"] = _doc_type(title, pars[body_first:b])
        marker = None
        if markers and title is None:
            marker = _removal_ending_at(markers, doc.to_source(spans[a][0], spans[a][0])[0])
        part.meta["directive"] = part.meta["doc_type"] == "通知" or _directs(title, pars[body_first:b], part.text, marker)
        if not part.meta["directive"] and title is None:
            # (r26docshare: an item of a 合集 of plans, its marker naming no genre: "范文二", "【篇二】")
            # (…or, with no count printed, the first item's title over a 合集's later, untitled item)
            first = parts[0].meta["title"] if parts and markers else None
            part.meta["directive"] = any(h is not None and _directs(None, [], "", h) for h in (collection_head(), first))
        part.keep("paragraphs", paragraphs.piece(body_first, b))  # what sections reads
        if no_tables:
            part.keep("form_tables", TextTables([], False))
        parts.append(part)
    # a leading 目录 / 提纲 split off the first report is no report of its own
    if len(parts) > 1 and _is_outline(parts[0], parts[0].meta["title"], parts[1]):
        lead = spans[starts[0]][0], spans[starts[1]][0]
        doc.removed.append(Removal("outline", doc.text[lead[0]:lead[1]], *doc.to_source(*lead)))
        # (r29split: a 目录 entry the title logic took, "10企业…计划71", names no page)
        head = parts[0].meta["title"]
        page_title = head if head and not c["outline_entry"].match(head) else parts[1].meta["title"]
        del parts[0]
    if parts and parts[0].meta["title"] is None and doc.removed:
        before = doc.to_source(spans[starts[0]][0], spans[starts[0]][0])[0]
        parts[0].meta["title"] = _title_in_chrome(doc, before) or _headline_in_chrome(doc, before, parts[0].text)
        page_title = page_title or parts[0].meta["title"]
        if parts[0].meta["title"] is not None:
            # (r28split: the title the cleaning took as chrome, a 范文 item marker's "年度社区工作总结篇2" or a headline, types
            # the report as a title over it does; its paragraphs alone had typed it)
            _retype(parts[0], parts[0].meta["title"])
    mark_repeats(parts, c["duplicate_containment"])
    doc.meta["page_title"] = page_title
    doc.parts = parts
    return doc
