"""Find headings of every common scheme and label top-level sections."""
from __future__ import annotations

import functools
import itertools
import re
import sys
from bisect import bisect_right
from operator import or_

from .. import re_cache
from ..document import Document, Span
from ..lexicons import load_yaml
from ..models_io import section_classifier
from ..patterns import _syntax, anchored_try_reach, compile_pattern, gate_search, literal_gate, may_match, whole_text_width
from ..payloads import SectionData
from ..structure import (
    FULL_STOP,
    HAN_CHAR,
    SENTENCE_MARK,
    WordScan,
    announces_report,
    cues,
    heading_marker,
    is_addressee,
    opens_speech,
    paragraphs_of,
    tags_head_parts,
)

LABELS = ("基本情况", "主要做法", "存在问题", "下一步", "其他")
_HEADING_END = re_cache.compile(r"[。！？；;,，:：]")
_SENTENCE_END = re_cache.compile(r"[。！？；;]")
_DIGIT = re_cache.compile(r"\d")
_FIGURE = re_cache.compile(r"\d(?!\d{0,3}年)")  # a digit of a figure, not of a year
_DATE_OR_NUMBER = re_cache.compile(r"\d{4}年\d{1,2}月|^\d+$")
_NUMERAL = re_cache.compile(r"[一二三四五六七八九十\d]{1,3}")


@functools.cache
def _cfg():
    c = dict(load_yaml("sections.yml"))
    # Which cues can match a paragraph's first sentence (paragraph_cues) or a sentence (sentence_cues),
    # and which label patterns a heading's words (heading_labels):
    # one scan for the words their matches must hold tells, and only those cues are tried (a match
    # of all the cues as one alternation, as before, cost 3x as long as trying the few left)
    for key in ("paragraph_cues", "sentence_cues", "heading_labels"):
        c[f"{key}_gate"] = _CueGate([h["pattern"] for h in c[key]])
    c["heading_labels"] = [(h["label"], compile_pattern(h["pattern"])) for h in c["heading_labels"]]
    for key in ("paragraph_cues", "sentence_cues"):
        c[key] = [(h["label"], _cue_pattern(h["pattern"]), h.get("always", False)) for h in c[key]]
    for k in ("past_cue", "speech_rationale", "speech_argument", "after_problems", "problems_and_plans",
              "bare_heading", "profile_cue", "mid_report_opening", "plan_past", "plan_future", "plan_intent",
              "speech_narration", "first_ordinal", "later_first_heading", "heading_year", "topic_list", "run_item", "run_problem", "run_plans",
              "rectification_heading", "rectification_report", "quoted_finding", "subheading_problems", "subheading_plans", "note_line", "session_agenda",
              "session_agenda_speech", "review_title",
              "notice_plans_heading", "lead_in_line", "unnumbered_part", "slogan_subhead", "other_part", "meeting_outcome", "significance_heading",
              "procedure_opening", "announcement", "session_procedure", "report_outline", "report_outline_item",
              "session_results", "study_visit", "visit_opening",
              "wire_lead", "upper_instructions", "report_preface", "title_block_line", "continuation_line", "listed_item", "combined_plans_opening", "session_roll", "first_part", "later_part", "delegates_propose", "session_turns", "plural_turns", "listed_requirements", "leaders_turns", "period_review", "session_review",
              "requirements_listed", "speaker_intro", "said_line", "agenda_line", "photo_caption",
              "plans_after_problems", "glued_situation_end", "problems_announced",
              "year_framed", "year_ahead_words", "glued_body_start", "review_opening", "review_results",
              "printed_plan_title", "severity_clause", "summary_turn", "summary_turn_results"):
        c[k] = compile_pattern(c[k])
    # the strings a paragraph's end must hold to announce problems: most hold none and are not searched
    c["problems_announced_gate"] = literal_gate(c["problems_announced"].pattern)
    # the strings a paragraph that names what the year ahead is must open with (…年是…之年): most hold none
    c["year_framed_gate"] = literal_gate(c["year_framed"].pattern)
    # a unit's profile is looked for in the opening's paragraphs, where its match (a few bounded clauses before
    # the words, tried at every split) cost ~10x a paragraph's test for the words
    c["profile_cue"] = _ClauseGated(c["profile_cue"].pattern)
    # the turns in the plural are asked of every opening paragraph, twice (its label, its sentences' turns): most
    # hold no 各 / 个 or no word of speaking and are not matched
    c["plural_turns"] = _ClauseGated(c["plural_turns"].pattern)
    c["reported_speech"] = {k: v if k == "label" else compile_pattern(v) for k, v in c["reported_speech"].items()}
    # the labels a sub-heading's words may turn the topic to, with the title each needs (a sub-heading
    # naming work done or the situation stays a part of the section above)
    c["subheading_turns"] = (("存在问题", c["subheading_problems"]), ("下一步", c["subheading_plans"]))
    # the lengths of a paragraph bare_heading can match (most paragraphs are longer): no match tried
    # on others (its lookahead for a table row's cells tried every split of a long paragraph's start)
    c["bare_heading_width"] = whole_text_width(load_yaml("sections.yml")["bare_heading"]) or (0, sys.maxsize)
    return c


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    bars = [k for k, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in itertools.pairwise([-1, *bars, len(pattern)])]


class _CueGate:
    """The cues of a list (by their index) that can match a text: each cue's matches hold one of
    a set of words (of each alternative, one clause of its literal gate: the rarest, roughly), so
    a text holding none of a cue's words (:class:`WordScan`) is not tried with it. Words of
    sentence marks or white space could cross the sentences and lines a caller scans at once: no
    gate then."""

    def __init__(self, patterns: list[str]):
        words: dict[str, int] = {}  # word -> bits of the cues it gates
        self.ungated = 0  # bits of cues with an alternative no word gates: always tried
        for k, pattern in enumerate(patterns):
            for alternative in _alternatives(pattern):
                gate = literal_gate(alternative)
                if not gate:
                    self.ungated |= 1 << k
                    continue
                for w in max(gate, key=lambda clause: (min(map(len, clause)), -len(clause))):
                    words[w] = words.get(w, 0) | 1 << k
        if any(SENTENCE_MARK.search(w) or re.search(r"\s", w) for w in words):
            words, self.ungated = {}, (1 << len(patterns)) - 1
        self.scan = WordScan(words)

    def bits_in(self, text: str) -> int:
        """Bits of the cues that may match in ``text``."""
        return self.scan.bits_in(text) | self.ungated

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(position, bits) of each word the scan finds in ``text`` (the ``ungated`` cues not in them)."""
        return self.scan.hits(text)


class _ClauseGated:
    """A cue's pattern, tried only on a text that holds a string of each clause of the literal gate of one
    of its alternatives (:func:`literal_gate`; a few substring tests of a sentence): the scan of
    :class:`_CueGate` lets a cue through on one clause (工作 of 主要做了以下工作), and most texts it lets
    through lack another (做了, 以下), where the pattern's try cost ~10 times as much."""

    __slots__ = ("pattern", "gates")

    def __init__(self, pattern: str):
        self.pattern = compile_pattern(pattern)
        gates = [literal_gate(alternative) for alternative in _alternatives(pattern)]
        # each gate's clauses as one search each (patterns.gate_search of the clause alone: a sentence is short, and
        # may_match's loops over its strings cost more), tried in one loop here (no call a gate and a clause);
        # None when an alternative no string gates: no test
        self.gates = tuple(tuple(gate_search((clause,)) for clause in gate) for gate in dict.fromkeys(gates)) \
            if all(gates) else None

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds a string of each clause of one alternative's gate."""
        if self.gates is None:
            return True
        for searches in self.gates:
            for found in searches:
                if not found(text):
                    break
            else:
                return True
        return False

    def match(self, text: str):
        return self.pattern.match(text) if self.may_match(text) else None

    def search(self, text: str):
        return self.pattern.search(text) if self.may_match(text) else None


# the characters a cue's try at a text's start may read before it must meet a character of a known set, up to which
# the try is made as it is: it fails about as soon as its literal gate's searches would tell it to (a try that reads
# further, "^[^。]{0,90}?(?:提出|…)", is made behind the gate, _ClauseGated)
_GATE_REACH = 30


def _cue_pattern(pattern: str):
    """A cue's pattern (tried at a sentence's start: match, or search of a pattern anchored there), behind its
    literal gate unless a try reads at most _GATE_REACH characters before it can fail (the gate's searches
    and calls cost more than such a try: "^(?:记者|问)[:：]…", "^[^。，,]{0,16}(?:报告|会议)…"). Either way a
    try gives what the pattern gives."""
    reach = anchored_try_reach(pattern)
    if reach is not None and reach <= _GATE_REACH:
        return compile_pattern(pattern)
    return _ClauseGated(pattern)


@functools.lru_cache(maxsize=4096)
def _cues_of(key: str, bits: int) -> tuple:
    """The cues (or heading labels) of ``_cfg()[key]`` whose bit is set, in list order."""
    return tuple(cue for k, cue in enumerate(_cfg()[key]) if bits >> k & 1)


def heading_text(par: str) -> str:
    """The heading words of a paragraph: up to its first clause end; a heading glued to
    its body in flattened text runs to where the body opens (glued_body_start), else keeps only
    its first words ("一、整改工作总体情况中央督察反馈…")."""
    if par.startswith("【") and 0 < (close := par.find("】", 0, 18)) and not _NUMERAL.fullmatch(par, 1, close):
        return par[:close + 1]  # "【立德树人】学校以…": the bracket's words (not a number's, "【一】基本情况")
    m = _HEADING_END.search(par, 0, 80)  # (within the first 80 characters, no copy of them)
    if m and par[m.start()] in ":：" and (marker := heading_marker(par)) and m.start() <= marker[1]:
        m = _HEADING_END.search(par, m.end(), 80)  # "第三板块：下学期工作构想": the words after the part
    if m and m.start() <= 24:
        marker = heading_marker(par)
        if marker and (body := _cfg()["glued_body_start"].search(par, marker[1] + 4, m.start() + 1)):
            # the body glued on before the first clause ends ("一、整改背景 近年来,随着…": round 29)
            return par[: body.start()].rstrip()
        return par[: m.start()]
    marker = heading_marker(par)
    words = marker[1] if marker else 0
    if len(par) - words <= _cfg()["heading_words_max"]:
        return par  # a heading line alone ("一、上年度民主生活会整改落实情况"): all of it
    if marker and (end := _cfg()["glued_situation_end"].search(par, words, words + _cfg()["heading_words_max"] + 2)):
        # a numbered heading that names a situation, its body glued on ("二、办公用房使用情况高新区管委会…",
        # "一、关于…整治的情况2001年下半年,…"): its words run to 情况
        return par[: end.end()]
    if marker and (body := _cfg()["glued_body_start"].search(par, words + 4, words + _cfg()["glued_heading_max"])) \
            and not _SENTENCE_END.search(par, 0, body.start()):
        # a heading glued to its body in flattened text runs to where the body opens ("二、…认清当前…面临的严峻形势一是
        # 各类安全事故…", "一、充分肯定…成效2002年,在…")
        return par[: body.start()]
    return par[: words + 12]


def first_sentence(par: str) -> str:
    m = _SENTENCE_END.search(par, 0, 200)
    return par[: m.end()] if m else par[:200]


def is_bare_heading(par: str) -> bool:
    c = _cfg()
    lo, hi = c["bare_heading_width"]
    if not lo <= len(par) <= hi and par[-1:] != "\n":
        return False
    return bool(c["bare_heading"].match(par)) and not _DATE_OR_NUMBER.search(par)


def _unnumbered_part_name(par: str) -> str | None:
    """The name of the part an unnumbered line heads: the whole line ("2023年工作回顾"), or the name before a
    news subhead's slogan ("2031年工作部署:锚定目标、奋勇争先"); None for any other line."""
    c = _cfg()
    line = par.strip()
    if is_bare_heading(par) and c["unnumbered_part"].fullmatch(line):
        return line
    if (":" in line or "：" in line) and (m := c["slogan_subhead"].fullmatch(line)) and c["unnumbered_part"].fullmatch(m[1]):
        return m[1]
    return None


def classified_text(pars: list[str], i: int) -> str:
    """What the section classifier reads for paragraph i: a bare heading line ("(二)建立四级服务网络")
    says too little alone, so its body's first paragraph is read with it."""
    if i + 1 < len(pars) and is_bare_heading(pars[i]):
        return pars[i] + "\n" + pars[i + 1]
    return pars[i]


def is_head_line(par: str) -> bool:
    """A short line with no sentence in it (a title, an addressee 各定点医疗机构、定点零售药店:)."""
    return len(par) <= _cfg()["head_line_max"] and not SENTENCE_MARK.search(par)


def heading_line(par: str, words: str) -> str:
    """The whole heading of paragraph ``par`` whose first words (:func:`heading_text`) are ``words``: a heading
    line alone, all of it ("一、保持清醒认知,深刻把握…形势的严峻性与复杂性"); else the words."""
    return par.strip() if is_head_line(par) else words


def label_heading(text: str, after_problems: bool, is_speech: bool, sentence: str = "", line: str = "") -> str | None:
    """Label from the heading words; the heading's whole first sentence tells past from future. Where the first
    words name nothing, a later clause of the heading ``line`` (:func:`heading_line`) that names the situation's
    severity names the problems (a later clause that names a purpose, "…,补齐基础设施短板", names nothing)."""
    c = _cfg()
    text = text.strip("【】[] ")  # "【2024年主要目标】": the heading words end before the bracket
    if (is_speech and c["speech_rationale"].search(text)) or c["significance_heading"].search(text):
        return "其他"
    # the label patterns read the words after the marker: one anchored at the start ("^过去一年的工作$") names
    # "一、过去一年的工作" as it names the bare heading
    marker = heading_marker(text)
    label = _named_label(text[marker[1]:] if marker else text, after_problems)
    if label is None and len(line) > len(text) and line.startswith(text) and c["severity_clause"].search(line, len(text)):
        label = "存在问题"
    if label is None and is_speech:  # a speech's part reviews the year (成效明显, 取得了) or deploys work to come
        return "主要做法" if c["past_cue"].search(sentence or text) else c["speech_default_label"]
    return label


@functools.lru_cache(maxsize=4096)
def _named_label(text: str, after_problems: bool) -> str | None:
    """The label the heading words ``text`` name (see :func:`label_heading`). Kept for the common
    headings (一、基本情况, 二、存在的问题): a report's headings are labelled two or three times over,
    and the label patterns cost more than the rest of the labelling."""
    # only the label patterns whose words the heading holds (one scan; trying each of them on every
    # new heading cost more than the rest of labelling it)
    return _label_from(text, after_problems, _cues_of("heading_labels", _cfg()["heading_labels_gate"].bits_in(text)))


def _label_from(text: str, after_problems: bool, labels) -> str | None:
    """:func:`_named_label`, the heading tried with the (label, pattern) pairs ``labels`` in order."""
    c = _cfg()
    if c["problems_and_plans"].search(text):
        return "存在问题"
    for label, pat in labels:
        if pat.search(text):
            if label == "主要做法" and after_problems and c["after_problems"].search(text):
                return "下一步"
            return label
    if after_problems and c["after_problems"].search(text):
        return "下一步"
    return None


def year_label(heading: str, latest: int | None, after_problems: bool) -> str | None:
    """Label from the year a top-level heading names, when the headings name several years
    ("一、正确看待2016年财政工作" ... "三、扎实做好2017年财政工作"): the latest is the year ahead,
    an earlier one the year under review; only where the heading words themselves tell neither."""
    c = _cfg()
    years = [int(y) for y in c["heading_year"].findall(heading)]
    if latest is None or not years:
        return None
    words = label_heading(heading, after_problems, False)
    if max(years) == latest and words in (None, "主要做法") and not c["past_cue"].search(heading):
        return "下一步"
    if max(years) < latest and words is None:
        return "主要做法"
    return None


def plan_cue_counts(body: str) -> tuple[int, int]:
    """(intent cues, past-aspect cues) in a piece of text."""
    c = _cfg()
    return len(c["plan_future"].findall(body)), len(c["plan_past"].findall(body))


def looks_ahead(future: int, past: int) -> bool:
    """Text written as plans: obligation or intent cues, and past aspect (了, 已, 完成) at most
    in a stray purpose clause (为实现…, 真正实现…) among many of them."""
    return future >= 2 and past * _cfg()["plan_future_per_past"] <= future


def _tells_work_done(body: str) -> bool:
    """A paragraph that opens with what the speaker's unit did ("我们组建了…") and says what is to be
    done (将, 要, 务必, 明年…) in fewer than half its sentences."""
    c = _cfg()
    sentences = [x for x in _SENTENCE_END.split(body) if x.strip()]
    if not sentences or not c["speech_narration"].match(sentences[0]) or not c["plan_past"].search(sentences[0]):
        return False
    return sum(bool(c["plan_intent"].search(x)) for x in sentences) * 2 < len(sentences)


def _part_reviews_first(pars: list[str], levels: list[int | None], i: int) -> bool:
    """Whether the part headed by paragraph i opens by reviewing the period (:func:`_reviews_first`): its body glued
    to the heading, else the paragraph below it."""
    if _SENTENCE_END.search(pars[i]):
        return _reviews_first(pars[i])
    return i + 1 < len(pars) and levels[i + 1] is None and _reviews_first(pars[i + 1])


def _reviews_first(body: str) -> bool:
    """Whether ``body`` opens with the period under review and tells its results in its first two sentences
    ("过去一年,全县…。全县完成地区生产总值221.7亿元", "今年以来,…形势总体保持平稳。这份成绩…"); a period told by
    its setback ("2023年,我市…位列第7位,比上年后退2位") is the shortfall itself."""
    c = _cfg()
    if not c["review_opening"].match(body):
        return False
    first = first_sentence(body)
    return bool(c["review_results"].search(first + first_sentence(body[len(first):])))


def deploys_work(par: str) -> bool:
    """A speech paragraph that sets out work (要…, 进一步…) rather than arguing why it matters."""
    c = _cfg()
    sent = first_sentence(par)
    return (bool(c["plan_future"].search(sent)) and not c["speech_rationale"].search(sent)
            and not c["speech_argument"].search(sent))


def _later_cue_hits(par: str) -> list[tuple[int, int]]:
    """(position, bits) of the words the sentence cues' scan (:meth:`_CueGate.hits`) finds in ``par`` past its first
    sentence (the paragraph cues read that one): the paragraph is scanned from its first sentence mark on, when it is
    read (most hold no cue word there, or no second sentence). No word holds a sentence mark (:class:`_CueGate`), so
    none runs over that mark: the scan finds past it what a scan of the whole paragraph finds there."""
    scan = _cfg()["sentence_cues_gate"].scan
    first = SENTENCE_MARK.search(par)
    if first is None or scan.pattern is None:
        return []
    found = scan.pattern.search(par, first.end())
    if found is None:
        return []
    bits = scan.bits
    return [(m.start(), bits[m.group()]) for m in scan.pattern.finditer(par, found.start())]


def _sentences_with_cues(par: str, hits: list[tuple[int, int]] | None = None) -> list[tuple[int, int, tuple]]:
    """(start, end, cues) of the sentences of ``par`` after its first that may hold one of the
    sentence cues (see :class:`_CueGate`), with those cues: one scan of the paragraph, not one
    per sentence (most paragraphs hold no cue word at all); ``hits``: the scan's past the first
    sentence (:func:`_later_cue_hits`), when the caller has them."""
    return [(a, b, _cues_of("sentence_cues", bits)) for a, b, bits in _sentence_cue_bits(par, hits)]


def _sentence_cue_bits(par: str, hits: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """:func:`_sentences_with_cues` with the bits of each sentence's cues (:func:`_cues_of`)."""
    gate = _cfg()["sentence_cues_gate"]
    if hits is None:
        hits = _later_cue_hits(par)
    if not hits and not gate.ungated:
        return []
    ends = [m.end() for m in SENTENCE_MARK.finditer(par)] + [len(par)]
    # sentence k runs from ends[k - 1] to ends[k]: the first (k = 0) is left to paragraph_cue
    bits = dict.fromkeys(range(1, len(ends)), gate.ungated) if gate.ungated else {}
    for pos, word_bits in hits:
        k = bisect_right(ends, pos)
        if k:
            bits[k] = bits.get(k, 0) | word_bits
    return [(ends[k - 1], ends[k], bits[k]) for k in sorted(bits)]


@functools.lru_cache(maxsize=4096)
def _opening_cues(bits: int, current: str | None, problem_cues: bool, rectifying: bool) -> tuple:
    """The sentence cues of ``bits`` (:func:`_cues_of`) that can open a section in sentence_turns: not those of the open
    section's topic (``current``), nor those the genre does not follow (:func:`_applies`), nor, under a heading on how
    findings were put right, the problems' and the plans'; the reported-speech cue stays (its words tell the topic)."""
    reported = _cfg()["reported_speech"]["label"]
    return tuple(cue for cue in _cues_of("sentence_cues", bits) if cue[0] == reported or (
        cue[0] != current and _applies(cue[0], cue[2], problem_cues) and not (rectifying and cue[0] in ("存在问题", "下一步"))))


def reported_label(words: str) -> str | None:
    """The topic of a reported speaker's ``words`` (what follows "…指出,"): see ``reported_speech``
    in sections.yml; None when they tell none."""
    r = _cfg()["reported_speech"]
    if r["directs"].match(words):
        return "下一步"
    if r["problems"].match(words):
        return "存在问题"
    directs_later = r["directs_later"].search(words)
    if r["reviews"].match(words) and not directs_later and not r["intends"].search(words):
        return "主要做法"
    return "下一步" if directs_later else None


def _reported(pat, sentence: str, par: str | None = None, begin: int = 0, end: int = 0) -> str | None:
    """The label a reported-speech cue ``pat`` gives ``sentence``: None unless its frame opens it. Given the sentence's
    paragraph ``par`` and its span, the words said run on to the full stop when a semicolon ended the sentence
    ("许某指出,这次会议既是…,希望…;要求各村书记…。": the requirement after the semicolon is still his; round 29)."""
    m = pat.match(sentence)
    if m is None:
        return None
    if _cfg()["listed_requirements"].search(sentence, max(0, m.end() - 6), m.end() + 8):
        return "下一步"  # "马局长要求: 一是对…表示肯定,…;对存在不足之处,要求…": the items are requirements (round 31)
    return reported_label((_to_full_stop(par, begin, end) if par is not None else sentence)[m.end():])


def _to_full_stop(par: str, begin: int, end: int) -> str:
    """``par`` from ``begin`` to the full stop at or after ``end`` (its end when none)."""
    k = FULL_STOP.search(par, end - 1) if end > begin else None
    return par[begin:k.end() if k else len(par)]


def _applies(label: str, always: bool, problem_cues: bool) -> bool:
    """Whether a cue holds in this genre: speeches follow only the problem cues marked ``always``."""
    return problem_cues or always or label != "存在问题"


def paragraph_cue(par: str, problem_cues: bool = True) -> str | None:
    first = first_sentence(par)
    sent = first.lstrip("“\"「『")  # a quoted report's paragraph ("“2024年,全县…")
    c = _cfg()
    turn = None
    if len(par) > len(first) and c["speaker_intro"].match(sent):
        # "某某作总结讲话。他指出,…": the sentence after the one that only says who speaks tells the topic
        turn = sent
        sent = first_sentence(par[len(first):].lstrip())
    if may_match(c["year_framed_gate"], sent) and _frames_year_ahead(par, sent):
        return "下一步"
    cues = _applying_cues(c["paragraph_cues_gate"].bits_in(sent), problem_cues)
    label = _cued_label(par, sent, cues) if cues else None
    if label is None and turn is not None and _summary_told(par, first, turn):
        return "主要做法"
    # a sentence that lists the topics speakers covered opens none of them (looked for only where a cue named one; a
    # cue that reads the sentence as the scene, 其他, opens none either: round 29)
    return None if label is None or (label != c["intro_label"] and c["topic_list"].search(sent)) else label


def _summary_told(par: str, first: str, turn: str) -> bool:
    """Whether ``par`` opens with a speaker's turn that summed up a line of work (``turn``: "教导主任就学校少先队工作
    进行了总结。") and tells that summary's results in its next two sentences ("本学期学校开展主题队会6次,均取得了良好效果。",
    "幼儿园荣获…称号"): the review, whatever section the turns before it left open (round 29)."""
    c = _cfg()
    if not c["summary_turn"].match(turn):
        return False
    rest = par[len(first):].lstrip()
    nxt = first_sentence(rest)
    told = nxt + first_sentence(rest[len(nxt):].lstrip())
    return bool(c["summary_turn_results"].search(told)) and not c["reported_speech"]["directs_later"].search(told)


@functools.lru_cache(maxsize=4096)
def _applying_cues(bits: int, problem_cues: bool) -> tuple:
    """:func:`_cues_of` the paragraph cues, without those the genre does not follow (:func:`_applies`; the reported-speech
    cue stays: its words tell the label)."""
    reported = _cfg()["reported_speech"]["label"]
    return tuple(cue for cue in _cues_of("paragraph_cues", bits) if cue[0] == reported or _applies(cue[0], cue[2], problem_cues))


def _cued_label(par: str, sent: str, cues: tuple) -> str | None:
    """The label the first of the paragraph ``cues`` that matches ``sent`` (the first sentence of ``par``) gives it
    (``cues``: :func:`_applying_cues`')."""
    reported = _cfg()["reported_speech"]["label"]
    framed = False
    for label, pat, always in cues:
        if label == reported:
            # (a problem a speaker names is reported as news, in a speech too: as the cues marked always)
            if (m := pat.match(sent)) is not None:  # (:func:`_reported`, the frame's match kept for framed)
                if told := reported_label(sent[m.end():]):
                    return told
                framed = True
        elif pat.search(sent):
            return label
    if framed and _directs_next(par, sent):
        # "会议指出,X是一项系统工程,任务艰巨。各地要…", "柯某指出,下半年时间紧、任务重,…不能松劲。…每一项都要
        # 兑现": framing words that no cue reads tell no topic; a directive in a sentence after them opens the
        # plans with the speaker's paragraph
        return "下一步"
    return None


def _frames_year_ahead(par: str, sent: str) -> bool:
    """Whether the first sentence of ``par`` (``sent``) names what the year is ("2026年是…开局之年") and the words
    after that, to the end of the next sentence, say what is to be done in it ("。我们将…", ",全馆干部要…"), the
    next sentence opening no review of the period (一年来,…)."""
    c = _cfg()
    m = c["year_framed"].match(sent)
    if not m:
        return False
    rest = par[par.find(sent) + len(sent):].lstrip() if sent in par else ""
    following = first_sentence(rest) if rest else ""
    if c["period_review"].match(following):
        return False
    return bool(c["year_ahead_words"].search(sent, m.end()) or c["year_ahead_words"].search(following))


def _directs_next(par: str, sent: str) -> bool:
    """Whether the sentences of ``par`` after its first (``sent``, quotes stripped) direct: the next one opens
    with a directive (要…, 各单位必须…, 做好今年…), or one of them holds a 要/必须/务必 of obligation
    (…每一项都要兑现)."""
    rest = par[par.find(sent) + len(sent):] if sent in par else ""
    r = _cfg()["reported_speech"]
    return bool(rest) and (bool(r["directs"].match(first_sentence(rest.lstrip()))) or bool(r["directs_later"].search(rest)))


def _later_turn_at(par: str) -> int | None:
    """Where the first sentence of ``par`` after its first that opens a topic by one of the sentence cues
    begins, or None."""
    reported = _cfg()["reported_speech"]["label"]
    for begin, end, sentence_cues in _sentences_with_cues(par):
        sent = par[begin:end]
        for label, pat, _always in sentence_cues:
            if (_reported(pat, sent, par, begin, end) is not None) if label == reported else bool(pat.match(sent)):
                return begin
    return None


def _lists_requirements_later(par: str) -> bool:
    """Whether a sentence of ``par`` after its first announces the requirements listed after it ("…但部分指标仍有差距。
    随后提出了三点要求:"): the speaker's shortfall was named in passing, on the way to the work to come."""
    pat = _cfg()["requirements_listed"]
    ends = [m.end() for m in SENTENCE_MARK.finditer(par)]
    return any(pat.match(par[e:]) for e in ends if e < len(par))  # (^ holds at a slice's start only)


def _later_sentence_turns(par: str) -> bool:
    """Whether a sentence of ``par`` after its first opens a topic by one of the sentence cues."""
    return _later_turn_at(par) is not None


def _reviews_then_turns(par: str) -> bool:
    """A meeting paragraph that looks back (回顾了2029年工作) and then turns to a topic in a later sentence
    ("…。2030年要坚持…"): the report's account, its review the work done, not the scene."""
    turn = _later_turn_at(par)
    return turn is not None and bool(_cfg()["session_review"].search(par, 0, turn))


def _lists_topics_only(par: str) -> bool:
    """A paragraph that names the topics speakers covered (topic_list) and reports none of them: no
    figure after that sentence ("…汇报了工作完成情况、存在的问题和工作计划。报告主要内容如下:"); one
    that goes on with the results ("…述职。全年新增学位1620个…") reports the work."""
    sent = first_sentence(par)
    return bool(_cfg()["topic_list"].search(sent)) and not _FIGURE.search(par, len(sent))


def _session_scene(par: str) -> bool:
    """A meeting news paragraph that only tells the session: its agenda sentence (大会听取了…作的《医院工作报告》…)
    followed by what the reports covered in general words and no figure (…全面回顾了成绩,梳理了问题,明确了目标…。
    代表们审议通过…), or delegates putting forward suggestions (delegates_propose), or the session's turns told as
    nouns (会上,各科室进行了工作汇报,…进行了点评) before a speaker's words open a topic (sentence_turns opens it
    there). A paragraph that goes on with the results (…报告显示,全年门诊量达41.6万人次) or quotes the report
    delivered (…作了工作报告。报告指出,…) reports the work from its start."""
    c = _cfg()
    if c["delegates_propose"].match(par):
        return True
    sent = first_sentence(par)
    if len(par) > c["session_agenda_max"] or c["session_agenda_speech"].search(sent):
        return False
    if c["session_turns"].match(sent):
        # the turns told as nouns say nothing of the work: a later sentence that turns to a topic ("钱萍指出,…要…")
        # opens it there (sentence_turns)
        return not _FIGURE.search(par, len(sent)) or _later_sentence_turns(par)
    # a report delivered and then quoted ("会上,总经理作了工作报告。报告指出,2024年…") starts the review with it
    return bool(c["session_agenda"].match(sent)) and not _FIGURE.search(par, len(sent)) and not _later_sentence_turns(par)


_CLAUSE_MARK = re_cache.compile(r"[,，]")


def _report_outline_end(par: str) -> int:
    """Where the outline of a report delivered, told in a news paragraph, ends ("报告分四个部分:一是2030年工作回顾;二是…;
    三是…。四是…。"): after the last sentence of its items, or 0 when the paragraph tells none. Its items name the
    report's parts, not their content: no topic opens at them (round 27)."""
    if "部分" not in par:
        return 0
    m = _cfg()["report_outline"].search(par)
    if not m:
        return 0
    end = m.end()
    if not _cfg()["report_outline_item"].match(par, end):
        # parts named with no marker, one a clause ("报告分为三个部分:2030年工作回顾;2031年的目标任务;…。"): the
        # outline runs to its full stop (round 31)
        stop = par.find("。", end)
        return len(par) if stop < 0 else stop + 1
    while (e := _SENTENCE_END.search(par, end)) is not None:
        end = e.end()
        if not _cfg()["report_outline_item"].match(par, end):
            break
    else:
        end = len(par)
    return end


def _plural_turns_end(par: str) -> int:
    """Where the sentence that tells the speakers' turns in the plural ends ("会上,各研究室主任分别汇报了…;管理部门…
    分别汇报了…。", "…四个部门的代表进行了交流。"), or 0 when the paragraph opens with none: its first sentence to the full
    stop, no figure after the turns (round 31)."""
    m = _cfg()["plural_turns"].match(par)
    if not m:
        return 0
    stop = par.find("。", m.end())
    stop = len(par) if stop < 0 else stop + 1
    # (a paragraph that goes on with the results, "…并介绍了明年的打算。全年共接待观众18.6万人次", reports the work)
    return 0 if _FIGURE.search(par, m.end()) else stop


def _roll_call(par: str) -> bool:
    """A meeting news paragraph that only tells the session's roll: each sentence ends on who attended, chaired,
    spoke, delivered a report, read a decision out or voted ("…132名职工代表…参加了会议。…出席会议并讲话,总经理…作工作
    报告,…主持大会。"), and no sentence directs, appraises or states a result (session_roll)."""
    c = _cfg()
    if len(par) > c["session_agenda_max"] or c["session_agenda_speech"].search(par) or c["session_results"].search(par):
        return False
    sentences = [x.strip() for x in _SENTENCE_END.split(par) if x.strip()]
    if not sentences:
        return False
    for x in sentences:
        x = x.rstrip(")）!！").split("(")[0].split("（")[0].strip() or x  # a byline in brackets after the last mark
        last = _CLAUSE_MARK.split(x)[-1]
        if not c["session_roll"].search(last):
            return False
    return True


def _intro_end(pars: list[str], levels: list[int | None], top: int | None) -> int:
    """Index of the last intro paragraph: everything before an early first top-level heading,
    else through the announcement (现将…报告如下) or addressee, else the first paragraph. A title
    block's short lines (unit, coded headline, title) do not count towards "early"."""
    if _cfg()["mid_report_opening"].match(pars[0]):
        return -1  # a copy of a later page opens inside a part (推进…, 四是…), before or after an early heading
    block = 0
    while block < len(pars) - 1 and levels[block] is None and is_head_line(pars[block]):
        block += 1
    first = levels.index(top) if top is not None else None
    # (a page with one heading left has no scheme's top level: its first numbered line is read)
    head = first if first is not None else next((i for i, lv in enumerate(levels) if lv is not None), None)
    if (head is not None and block < head and _cfg()["later_first_heading"].match(pars[head])
            and not any(announces_report(p) or is_addressee(p) or opens_speech(p) or "一、" in p
                        or _cfg()["review_opening"].match(p) for p in pars[block:head])):
        # the page holds a later part of the report ("…的集体。" over "五、校园环境…": a preview from its page 2):
        # the text above the first heading ends the part before it, no intro (the title block's lines stay it; an
        # opening that starts with the period, "2025年,镇党委坚持稳中求进,…", is a report's own intro)
        return block - 1
    if first is not None and first - block <= 4:
        announced = next((i for i in range(first - 1, -1, -1) if announces_report(pars[i])), None)
        # an unnumbered heading of the review ("过去三年的工作回顾" over 一、二、…) ends the intro too
        # (not a title line: those that name plans or a genre stay in it)
        named = next((i for i in range(1, first) if levels[i] is None and is_bare_heading(pars[i])
                      and label_heading(pars[i], False, False) in ("主要做法", "基本情况")), first)
        return min(first - 1 if announced is None else announced, named - 1)
    if levels[0] is not None:
        return -1  # the page begins at a heading or a list item: no intro
    end = 0 if not is_addressee(pars[0]) else 1
    for i, p in enumerate(pars[:6 + block]):
        if levels[i] is not None and levels[i] < 5:
            return min(end, i - 1)
        if i - block < 4 and announces_report(p):
            end = i
        elif opens_speech(p):
            # the salutation (各位代表:) on a line of its own is followed by the opening remarks
            # (现在,我代表镇政府报告工作…); glued to them, it is that paragraph
            alone = p.rstrip()[-1] in ":：!！"
            nxt = i + 1 < len(pars) and levels[i + 1] is None and len(pars[i + 1]) <= _cfg()["opening_remarks"]
            end = max(end, i + 1 if alone and nxt else i)
    return end


def _title_block_end(pars: list[str], levels: list[int | None], end: int) -> int:
    """The intro's last paragraph, taking on the title block's lines right under it (title_block_line: the title
    again with its genre word, the issuer, the date, a cover's check boxes; then a lead that announces the text,
    "…报告摘要如下:") and the lines that go on with a sentence the line above left open (continuation_line)."""
    c = _cfg()
    block = False
    while end + 1 < len(pars) and levels[end + 1] is None:
        nxt = pars[end + 1].strip()
        if c["continuation_line"].match(nxt) and not _HEADING_END.search(pars[end].rstrip()[-1:]):
            end += 1  # "本年度报告是根据《…条例》" / "(以下简称《条例》)和…": one sentence broken over lines
        elif (c["title_block_line"].match(nxt) and not _SENTENCE_END.search(nxt)
              and label_heading(nxt, False, False) is None):
            end, block = end + 1, True  # (a heading that names a part, "2025年工作总结", is no title line)
        elif block and len(nxt) <= c["opening_remarks"] * 2 and c["announcement"].search(nxt):
            return end + 1  # "新华社北京3月8日电 受…委托,…作《…工作报告》。报告摘要如下:"
        else:
            break
    return end


def _signs_off(par: str, starts: list[tuple[int, str, str | None, int | None]]) -> bool:
    """Whether ``par`` is a sign-off after a closing the body had come to: issuer and date lines only
    (title_block_line: "中共某局党组" / "2031年5月8日"), once a section other than the intro has stood."""
    c = _cfg()
    if len(par) > c["opening_remarks"] or not any(label != c["intro_label"] for _, label, _, _ in starts):
        return False
    return all(c["title_block_line"].match(line.strip()) for line in par.split("\n") if line.strip())


def _listed_items(pars: list[str], levels: list[int | None]) -> list[int | None]:
    """Levels without the items of a list a colon announced that number themselves as the report's parts again
    ("…达到以下目标:" / "一、新增就业岗位120个;" / "二、…;" after the report's "一、项目概况"): short clauses
    ending on a semicolon or full stop (listed_item), two at least, are body lines of the part above."""
    c = _cfg()
    out = list(levels)
    first_one: dict[int, int] = {}  # each level's first heading numbered 一 (one scan, not one per candidate)
    for i, lv in enumerate(levels):
        if lv is not None and lv not in first_one and c["first_ordinal"].match(pars[i]):
            first_one[lv] = i
    for i in range(2, len(pars)):
        lv = out[i]
        if (lv is None or first_one.get(lv, i) >= i - 1 or not pars[i - 1].rstrip().endswith((":", "："))
                or not c["first_ordinal"].match(pars[i]) or not c["listed_item"].match(pars[i].strip())):
            continue
        run = i
        while run < len(pars) and out[run] == lv and c["listed_item"].match(pars[run].strip()):
            run += 1
        if run - i >= 2:
            out[i:run] = [None] * (run - i)
    return out


def _top_level(levels: list[int | None], spans: list[tuple[int, int]], within: float) -> int | None:
    """The outermost heading scheme that starts early enough to structure the whole report."""
    total = spans[-1][1] or 1
    for lv in sorted({lv for lv in levels if lv is not None and lv < 5}):
        first = next(i for i, x in enumerate(levels) if x == lv)
        if spans[first][0] <= within * total:
            return lv
    return None


def _suffix_sums(counts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Element k: the sums of counts[k:]."""
    out = [(0, 0)] * len(counts)
    future = past = 0
    for k in range(len(counts) - 1, -1, -1):
        future, past = future + counts[k][0], past + counts[k][1]
        out[k] = (future, past)
    return out


def _may_hold_run(par: str) -> bool:
    """Whether ``par`` holds enough 是 for a run of items, each holding its own ("一是…二是…三是"):
    most paragraphs that hold one hold fewer, and are not scanned for the items."""
    return par.count("是") >= _cfg()["run_items_min"]


def _headings_over_cues(starts: list[tuple[int, str, str | None, int | None]]):
    """Drop the problems or plans a cue opened in passing when the next section is a heading of that
    same topic ("…但水产区排水沟存在积水…" just above "二、存在的问题"): the part starts where the report's
    own heading puts it, and the sentence stays with the part it was written in. (An opening's turn to
    the work done, "…基本完成工作目标,…" above "(一)…", does start that part.)"""
    kept: list[tuple[int, str, str | None, int | None]] = []
    for k, start in enumerate(starts):
        after = starts[k + 1] if k + 1 < len(starts) else None
        if (start[2] is None and start[1] in ("存在问题", "下一步") and kept and kept[-1][1] != start[1]
                and after is not None and after[2] is not None and after[1] == start[1]):
            continue
        kept.append(start)
    return kept


_WORDS = re_cache.compile(r"[\u4e00-\u9fff]{4}")  # four characters in a row: words, not a button or a counter


def _says_nothing(par: str) -> bool:
    """A line with no sentence of report text: a share button (转发, 加载中...), a view counter ("11"), a tracking
    number. It holds no sentence mark, no four characters in a row and fewer than five in all (a heading line,
    加强组织领导 or a card's "04 |谋长远·再出发", does not)."""
    return not SENTENCE_MARK.search(par) and not _WORDS.search(par) and len(HAN_CHAR.findall(par)) < 5


def _off_chrome(starts: list[tuple[int, str, str | None, int | None]], spans, pars, levels):
    """A section opened (by no heading) at a line that says nothing starts at the paragraph with a sentence
    right below it (past more such lines), while that comes before the next section; when only such lines
    follow, they stay with the section above. A card's number over its heading ("**01**" above "**主要指标稳中
    有升**") keeps its start; a numbered heading is never moved."""
    firsts = [a for a, _ in spans]
    kept: list[tuple[int, str, str | None, int | None]] = []
    for k, start in enumerate(starts):
        i = bisect_right(firsts, start[0]) - 1
        if not kept or start[2] is not None or i < 0 or firsts[i] != start[0] or levels[i] is not None \
                or not _says_nothing(pars[i]):
            kept.append(start)
            continue
        end = starts[k + 1][0] if k + 1 < len(starts) else None
        j = next((j for j in range(i + 1, len(pars)) if not _says_nothing(pars[j])), None)
        if j is not None and (end is None or firsts[j] < end):
            if not SENTENCE_MARK.search(pars[j]):
                kept.append(start)  # a heading line follows: the line heads it
            elif kept[-1][1] != start[1]:
                kept.append((firsts[j], start[1], start[2], start[3]))
        # else: nothing but such lines follow; the section above goes on over them
    return kept


def _outline_end(pars: list[str], levels: list[int | None]) -> int:
    """The number of paragraphs at the top that only list the report's headings, when its first heading comes
    again further down (the outline a site prints above a report, without page numbers); else 0."""
    # (a title's lines the split left above the outline, "部门决算公开说明" over "二、机构设置情况 / 第二部分…", head it:
    # the outline starts below them, and any of its first lines may be the one that comes again, when the page
    # lost the outline's first entries to the cleaning; round 25)
    c = _cfg()
    outline_min = c["outline_min"]
    lead = 0
    while lead < min(c["outline_lead_max"], len(pars)) and levels[lead] is None and is_head_line(pars[lead]) \
            and not SENTENCE_MARK.search(pars[lead]):
        lead += 1
    if lead:
        # the parts' count starts again under the title's lines ("第四部分…报表" / "第一部分部门单位概况"): what
        # is left of an outline the cleaning took most of (its lines that come again below) heads the document
        j, later_part = lead, False
        while j < len(pars) and levels[j] is not None and is_head_line(pars[j]):
            if later_part and c["first_part"].match(pars[j]):
                return j
            later_part = later_part or bool(c["later_part"].match(pars[j]))
            j += 1
    if len(pars) <= lead + outline_min or any(lv is None for lv in levels[lead:lead + outline_min]):
        return 0
    k = lead
    while k < len(pars) and levels[k] is not None and is_head_line(pars[k]):
        k += 1
    if k - lead >= outline_min and k < len(pars) and opens_speech(pars[k]):
        return k  # a speech's parts never come before its salutation: heading lines right above "同志们:" list them
    k = lead
    while k < len(pars) and levels[k] is not None and is_head_line(pars[k]) and len(pars[k]) <= c["heading_words_max"] + 6:
        k += 1
    if k - lead < outline_min:
        return 0
    firsts = [pars[lead].strip()] if not lead else [q.strip() for q in pars[lead:lead + outline_min]]
    if any(q.startswith(first) for first in firsts for q in pars[k:]):
        return k
    if lead:
        # the body's first headings run on from the outline's lines ("…第四部分…报表" / "第一部分 单位概况" /
        # "一、单位职责" / "1.负责…"): the outline ends where one of its first lines comes again
        for j in range(lead + outline_min, k):
            if any(pars[j].strip() == first for first in firsts):
                return j
    return 0


def _agenda_items(pars: list[str], levels: list[int | None]) -> set[int]:
    """The paragraphs of a meeting's agenda: a line that heads it (agenda_line: "会议议题") and the numbered lines
    right under it with no sentence in them ("1、年会筹备工作的推进" / "2、…")."""
    items: set[int] = set()
    line, least = _cfg()["agenda_line"], _cfg()["agenda_items_min"]
    for i, p in enumerate(pars):
        if levels[i] is None and line.match(p.strip()):
            j = i + 1
            while j < len(pars) and levels[j] is not None and not _SENTENCE_END.search(pars[j]):
                j += 1
            if j - i - 1 >= least:
                items.update(range(i, j))  # (the line that heads them too)
        elif (levels[i] is None and i + 1 < len(pars) and levels[i + 1] is not None and "部分" in p
              and p.rstrip().endswith((":", "：")) and _cfg()["report_outline"].search(p)):
            # a news paragraph that announces the report's outline ("报告共分八个部分:"), its parts on lines of their
            # own ("一、2030年工作回顾;" / "二、今年发展主要目标…;"): they name the report's parts, not a part of the
            # news item (round 31)
            j = i + 1
            while j < len(pars) and levels[j] is not None and _cfg()["listed_item"].match(pars[j].strip()):
                j += 1
            if j - i - 1 >= least:
                items.update(range(i + 1, j))
    return items


def split_sections(doc: Document) -> Document:
    """Stage: add top-level ``sections`` spans with label, heading and level."""
    c = _cfg()
    label_max = c["label_max"]
    spans, pars, levels = paragraphs_of(doc)  # documents found them on the page
    if not spans:
        return doc
    outline_top = levels[0]
    agenda = _agenda_items(pars, levels) if any(lv is not None for lv in levels) else set()
    if agenda:
        levels = [None if i in agenda else lv for i, lv in enumerate(levels)]  # (no scheme of the report's parts)
    if any(lv is not None for lv in levels):
        levels = _listed_items(pars, levels)
    if outline := _outline_end(pars, levels):
        # an outline of the report's headings above its title (一、2025年工作总结 / 1.筑牢党建基点 / … / 二、2026年工作
        # 计划, then the title and the body that repeats them): no part starts there; its lines head the document
        levels = [None] * outline + list(levels[outline:])
    if tags_head_parts(doc.text):  # 【立德树人】学校以…: a bracketed title glued to its first sentence heads a part
        levels = [1 if lv is None and cues()["heading_tag"].match(p) else lv for p, lv in zip(pars, levels)]
    part_heading = cues()["part_heading"].match
    parts = [part_heading(p) is not None for p in pars]
    if sum(parts) >= 2:
        # parts (第一部分, 第二板块) over 一、二、…: the parts are the top level, their 一、 sub-headings
        # (not a part's line in the outline above the body: it heads the document, as the outline's others)
        levels = [0 if part and i >= outline else lv for i, (part, lv) in enumerate(zip(parts, levels))]
        top = 0
    else:
        top = _top_level(levels, spans, cues()["top_scheme_within"])
        if top is None and outline and outline_top in levels[outline:]:
            top = outline_top  # the body repeats the outline's scheme, however far down it starts
    doc_type = doc.meta.get("doc_type")
    is_speech = doc_type == "讲话"
    default = c["default_label_by_type"].get(doc_type, c["default_heading_label"])
    problem_cues = doc_type not in c["no_problem_cues_in"]
    title = doc.meta.get("title")
    # the classifier labels paragraphs only where no heading level was found: loading its
    # weights (~0.15 s) is left to such reports
    clf = section_classifier() if top is None else None
    starts: list[tuple[int, str, str | None, int | None]] = []  # (char offset, label, heading, level)
    started: set[int] = set()  # their offsets: a lookup per paragraph, not a scan (1M short lines)
    current: str | None = None
    headed = False  # the current section was opened by a heading (a 其他 part under one is no intro)
    seen_problems = False
    seen_top = False
    arguing = False  # inside a speech's argument for why (统一思想，提高认识)
    named_parent: str | None = None  # the label an unnumbered heading over numbered parts gave them
    combined = False  # the last top-level heading names problems and plans
    announced_list = False  # the top-level parts list the problems a sentence above them announced
    intro_end = _intro_end(pars, levels, top) if len(pars) > 1 else -1
    if outline and top is not None:
        # the outline, the title and the opening above the body's first heading are the intro
        intro_end = max(intro_end, next((i for i in range(outline, len(pars)) if levels[i] == top), outline) - 1)
    if intro_end >= 0:
        intro_end = _title_block_end(pars, levels, intro_end)
    first_prose = next((i for i, p in enumerate(pars) if SENTENCE_MARK.search(p)), len(pars))
    # a news item: its first sentence is a dateline lead (7月10日,白沙镇召开…)
    news_item = first_prose < len(pars) and bool(cues()["dateline_opening"].match(pars[first_prose])
                                                 or c["wire_lead"].match(pars[first_prose]))
    # the top-level headings' words, by paragraph: read for their years here and for their labels below
    top_headings = {i: heading_text(pars[i]) for i, lv in enumerate(levels) if top is not None and lv == top}
    head_years = {int(y) for heading in top_headings.values() for y in c["heading_year"].findall(heading)}
    latest = max(head_years) if len(head_years) >= 2 else None

    rest_counts: list[tuple[int, int]] | None = None  # plan cues from each paragraph to the end, once needed
    # a study-visit report (赴青岚县学习考察…的报告): the account of the visit is its 基本情况
    study_visit = bool(c["study_visit"].search(doc.text, 0, 300)) or bool(title and c["study_visit"].search(title))

    said_over = False  # the paragraph above is a line that only says who speaks (会议要求) and opened a section
    rectifying = False  # under a heading on how findings were put right ("审计查出问题的整改情况")
    # a report that puts out how an inspection's findings were put right ("…关于巡察整改情况的通报"): its parts headed by
    # the finding quoted ("(一)在“…不够有力…”方面") tell the work done on it (the title and the text's start are read only
    # for a heading that quotes, once)
    rectification_report: list[bool] = []

    def quotes_finding(p: str, level: int | None) -> bool:
        """Whether paragraph ``p`` (at heading ``level``) heads a part of such a report with the finding quoted."""
        if level is None or not c["quoted_finding"].match(heading_text(p)):
            return False
        if not rectification_report:
            rectification_report.append(bool(title and c["rectification_report"].search(title)) or bool(
                c["rectification_report"].search(doc.text, 0, c["rectification_report_reach"])))
        return rectification_report[0]
    ungated_cues = c["sentence_cues_gate"].ungated
    reported = c["reported_speech"]["label"]

    def open_section(pos: int, label: str, heading: str | None, level: int | None) -> None:
        nonlocal current, headed, seen_problems, arguing, rectifying
        starts.append((pos, label, heading, level))
        started.add(pos)
        current = label
        headed = heading is not None
        seen_problems = seen_problems or label == "存在问题"
        arguing = False
        if heading is not None:
            rectifying = bool(c["rectification_heading"].search(heading))

    def sentence_turns(i: int, after: int) -> None:
        """A new topic announced inside paragraph i, past its first ``after`` characters ("…。下一步,我街道将继续…")."""
        p = pars[i]
        hits = _later_cue_hits(p)
        if not hits and not ungated_cues:  # (most paragraphs: no cue word past the first sentence)
            return
        held = functools.reduce(or_, [bits for _, bits in hits], ungated_cues) if hits else None
        if held is not None and not _opening_cues(held, current, problem_cues, rectifying):
            # every cue its words let through names the open section's topic or is one the genre or the heading does
            # not follow: none opens a section (a sentence's cues are among the paragraph's)
            return
        for begin, end, bits in _sentence_cue_bits(p, hits):
            if begin < after:
                continue
            sent = p[begin:end]
            # (the section's own topic, or one the genre ignores, is not tried: the match would open nothing; under a
            # heading on how findings were put right, each finding quoted before its fix and its follow-up ("审计指出…等
            # 4个问题。已督促…。下一步,县河长办将每月抽查…") is all of one item of the rectification list: no problems or plans)
            for cue_label, pat, always in _opening_cues(bits, current, problem_cues, rectifying):
                if cue_label == reported:
                    # the speaker's words tell the topic; when they tell one, no other cue is tried
                    cue_label = _reported(pat, sent, p, begin, end)
                    if cue_label is None:
                        continue
                    if cue_label == current:
                        break
                    if rectifying and cue_label in ("存在问题", "下一步"):
                        continue
                    open_section(spans[i][0] + begin, cue_label, None, None)  # (its frame matched: _reported)
                    break
                if pat.match(sent):
                    open_section(spans[i][0] + begin, cue_label, None, None)
                    break

    def plans_after_problems(i: int) -> None:
        """The unit's plans stated in a sentence of paragraph i after its problems, with no cue word but the unit
        and its 将 ("…但部分监督工作仍存在不足。镇人大将聚焦群众热点、难点问题,…", "…等问题。我们在后续工作中,将持续
        改进…"): the plans start there (plans_after_problems; not 将 of a consequence, "…将影响工期")."""
        if current != "存在问题" or rectifying or not problem_cues:
            return
        p = pars[i]
        opened = starts[-1][0] - spans[i][0]  # where the problems opened, when inside this paragraph
        for m in SENTENCE_MARK.finditer(p, max(opened, 0)):
            begin = m.end()
            if begin < len(p) and c["plans_after_problems"].match(p[begin:begin + c["plans_after_problems_reach"]]):
                open_section(spans[i][0] + begin, "下一步", None, None)
                return

    def run_turns(i: int) -> None:
        """A run of items inside paragraph i that turns from the work done to a problem and to the plans."""
        p = pars[i]
        if not _may_hold_run(p):
            return
        items = [m.start() for m in c["run_item"].finditer(p)]
        if len(items) < _cfg()["run_items_min"] or not c["past_cue"].search(p, items[0], items[1]):
            return
        for a in items[1:]:
            for label, pat in (("存在问题", c["run_problem"]), ("下一步", c["run_plans"])):
                if label != current and pat.match(p, a) and _applies(label, False, problem_cues):
                    open_section(spans[i][0] + a, label, None, None)
                    break

    # a plan document (…实施方案, …工作要点) sets out work to come: its parts are plans unless a
    # heading looks back in so many words (2024年工作回顾, 取得的成效); a notice's stay 其他
    # (a notice that prints a plan under it, "关于印发…三年行动方案的通知" over 一、…, is that plan: its parts set out the
    # work to come; the notice alone, its plan split off as a report of its own, is a notice)
    prints_plan = doc_type == "通知" and top is not None and bool(
        c["printed_plan_title"].search(title or "") or c["printed_plan_title"].search(doc.text, 0, _cfg()["notice_head"]))
    plan_document = (doc_type != "通知" or prints_plan) and doc.meta.get("directive", False)
    if intro_end >= 0:
        # a plan whose opening already looks ahead ("2024年,县人社局就业科将以稳就业…", "2025年…工作的
        # 总体要求是…") is plans throughout: its parts default to 下一步 as well
        # (not a title line the split did not take that names a review too, "…工作总结及2026年工作打算";
        # "2025年工作打算" over its items is the plans' own heading)
        opening = next((p for p in pars[:intro_end + 1]
                        if p != title and not (is_head_line(p) and not _HEADING_END.search(p)
                                               and c["review_title"].search(p))), None)
        if opening is not None and not is_speech and paragraph_cue(opening) == "下一步":
            # (a speech's opening that endorses the arrangements just made, "刚才…作了安排部署,…大家要按要求抓好
            # 贯彻落实", is its preamble: the parts are told by their own headings)
            default = "下一步"
        open_section(spans[0][0], "下一步" if default == "下一步" else c["intro_label"], None, None)
    if plan_document:
        default = "下一步"  # its intro (为…,特制定本方案) stays intro
    for i, p in enumerate(pars):
        if i in agenda:
            continue  # an item of the meeting's agenda goes on with the section above it
        if (current is not None and levels[i] is None and len(p) <= c["photo_caption_max"] and is_bare_heading(p)
                and c["photo_caption"].search(p.strip())):
            continue  # a photo's caption between paragraphs ("…述职大会场景") goes on with the section above it
        if i <= intro_end or p == title:
            if (i <= intro_end and p != title and current == c["intro_label"] and not is_head_line(p)
                    and (c["profile_cue"].match(p) or study_visit and not is_speech and c["visit_opening"].search(p))):
                # the unit's profile in the opening before the first heading ("溪口村党总支下设4个党小组,…",
                # "我园现有幼儿412名"), or a study visit's account of the trip, is the report's 基本情况, not its intro
                if starts and starts[-1][0] == spans[i][0]:
                    started.discard(starts.pop()[0])  # the intro opened at this very paragraph: it has none
                open_section(spans[i][0], "基本情况", None, None)
                sentence_turns(i, len(first_sentence(p)))  # "…现有党员41名。一年来,支部主要做了以下工作:…"
                continue
            if i <= intro_end and (cues()["dateline_opening"].match(p) or c["wire_lead"].match(p)
                                   or top is None and p != title and SENTENCE_MARK.search(p)):
                # a news item's report may begin right after its dateline sentence ("7月10日,白沙镇召开…会。
                # 会议通报,上半年…"), in the lead paragraph; so may the opening paragraph's of a text with no
                # headings to open its parts, once the headline above it is the title ("县“两会”的召开是…。县长
                # 在政府工作报告中提出,2025年…": round 15, r15a). Under headings the intro stays whole ("…主要做了
                # 以下几项工作:" over "一、…")
                sentence_turns(i, len(first_sentence(p)))
            continue
        label = heading = None
        level = levels[i]
        if top is not None and level == top:
            heading = top_headings[i]
            label = (year_label(heading, latest, seen_problems)
                     or label_heading(heading, seen_problems, is_speech, first_sentence(p), heading_line(p, heading))
                     or paragraph_cue(p))
            if plan_document and label == "主要做法" and not c["past_cue"].search(heading):
                label = "下一步"  # 保障措施, 主要措施: the measures to be taken
            if (is_speech and label == c["speech_default_label"] and label_heading(heading, seen_problems, False) is None
                    and year_label(heading, latest, seen_problems) is None and not c["speech_rationale"].search(heading)):
                # a speech's part whose heading names nothing ("一、业务运行稳中有进") reports the year
                # when its first body paragraph counts more past aspect than intent, states figures
                # with no intent at all (引进博士2名…, 全年医疗收入6.84亿元,同比增长9.6%), or opens by telling
                # what the speaker's unit did and says what is to come in few of its sentences (an experience
                # speech: "我们组建了…。每个村配备1名…。明年起还将…")
                # (the heading's own paragraph when its body is glued to it: a heading line states no sentence)
                body = p if _SENTENCE_END.search(p) else (pars[i + 1] if i + 1 < len(pars) else "")
                if body is not p and c["lead_in_line"].fullmatch(body) and i + 2 < len(pars) and levels[i + 2] is None:
                    # a line that only leads in ("综观上半年经济形势,可以用三句话来概括:") tells nothing: the
                    # paragraph it announces is the body
                    body = pars[i + 2]
                future, past = plan_cue_counts(body)
                if body is p and not future and not past and i + 1 < len(pars) and levels[i + 1] is None:
                    # the heading glued to a sentence that tells no time ("一、必须警钟长鸣,…这根弦安全生产始终是…
                    # 基础性工作。"): its part is told by the paragraph that follows ("今年以来,全县…确保了…")
                    future, past = plan_cue_counts(pars[i + 1])
                    body = pars[i + 1]
                if past > future or (not future and _DIGIT.search(body)) or _tells_work_done(body):
                    label = "主要做法"
            if is_speech and label == "存在问题" and _part_reviews_first(pars, levels, i):
                # a speech's part headed by the shortfall ("一、正视短板,深刻认识…紧迫性") that opens by reviewing the
                # period ("过去一年,全县…完成地区生产总值221.7亿元") starts with the work done; its turn to the shortfall
                # (但我们也要看到,…) opens the problems at its own sentence
                label = "主要做法"
            if label == "存在问题" and quotes_finding(pars[i], level):
                label = "主要做法"  # the finding quoted as the part's heading: what was put right under it
            combined = bool(c["problems_and_plans"].search(heading))
            if label is None and current == "下一步":
                # the plans go on while their items only look ahead
                nxt = next((j for j in range(i + 1, len(pars)) if levels[j] == top), len(pars))
                if looks_ahead(*plan_cue_counts("".join(pars[i:nxt]))):
                    label = "下一步"
            elif label is None and seen_top and c["first_ordinal"].match(p):
                # numbering starts again: the plans' heading was stripped when everything from here
                # to the end looks ahead (a restart among parts of work done is one more part of it)
                if rest_counts is None:
                    rest_counts = _suffix_sums([plan_cue_counts(q) for q in pars])
                if looks_ahead(*rest_counts[i]):
                    label = "下一步"
            if label is None and named_parent is not None and current == named_parent:
                label = named_parent  # an item under "2025年主要目标和重点工作" is one of its plans
            if label is None and not is_speech and (
                    announced_list and current == "存在问题"
                    or i > 0 and may_match(c["problems_announced_gate"], pars[i - 1][-40:])
                    and c["problems_announced"].search(pars[i - 1][-40:])):
                # "…存在以下问题。" / "一、伙房及食品留样": the parts after the announcement list the problems
                label, announced_list = "存在问题", True
            elif label is not None:
                announced_list = False
            label = label or default
            seen_top = True
        else:
            # (the body has started when a section other than the opening is open)
            body_started = current is not None and current != c["intro_label"]
            # sub-headings belong to the section above; only body paragraphs change topic by cue
            # (a note on the figures, "附注:…存在总计与分项合计不等的情况", reads no cue: it goes on with its section)
            label = (paragraph_cue(p, problem_cues) if (level is None or level >= 5)
                     and not (current is not None and c["note_line"].match(p)) else None)
            if ((level is None or level >= 5) and (current is None or current == c["intro_label"] and not headed)
                    and (_plural_turns_end(p)
                         or len(p) <= 160 and c["leaders_turns"].match(p.strip()))):
                # the speakers' turns in the plural after a news item's lead ("会上,各研究室主任分别汇报了…工作进展及存在
                # 问题,…并提出下半年的工作计划"): the session, whatever topics it names; a later sentence may open one
                label = c["intro_label"]
            # the words said under a line that only says who speaks go on with the section it opened
            words_said, said_over = said_over, False
            if label is None and level is None and i + 1 < len(pars) and c["said_line"].match(p):
                # "会议要求" on a line of its own over the words said ("全体代表要始终坚持…"): they tell the topic
                label = reported_label(pars[i + 1])
                said_over = label is not None
            if label == "存在问题" and ("要求" in p or "点" in p) and _lists_requirements_later(p):
                label = "下一步"  # "…取得了一定成绩,但…仍有差距。随后提出了三点要求:": the requirements follow
            elif (label == c["intro_label"] and current == "存在问题" and not is_speech
                  and c["speech_rationale"].search(first_sentence(p))):
                # a survey's or a self-check's first remedy after its problems ("一是要提高思想认识,压实包片领导责任。"):
                # its suggestions, not a speech's opening argument (round 27)
                label = "下一步"
            elif label == c["intro_label"] and current == "下一步" and c["run_item"].match(p):
                # an item of the requirements listed (一是统一思想、紧盯目标,…要…) is one more of them, not a
                # speech's opening argument (首先,要解决好思想认识问题 still opens one)
                label = None
            outer = level is not None and top is not None and level < top
            if label is None and top is not None and (
                    level is None and is_bare_heading(p) and (seen_top or i == intro_end + 1 or body_started)
                    or outer):
                # an unnumbered heading over numbered parts ("2024年工作回顾" / 一、… / "2025年工作安排"), or
                # one of an outer scheme on a page that began mid-report ("(五)…" / "二、2024年工作安排" /
                # "(一)…"), names its section in so many words
                words = heading_text(p) if outer else p
                label = label_heading(words, seen_problems, is_speech)
                heading = words if label is not None and label != current else None
                named_parent = label
            if label is None and top is None and level is not None and level <= 1 and current is not None:
                # a heading of the outermost scheme where no scheme structures the report (it starts late: a
                # long title block, a glued first part) still turns the topic to the problems or the plans
                # it names ("三、发现的主要问题", then "四、整改措施"); its other words are left to the classifier
                # (in its words only: a speech's default for a heading that names nothing is no name)
                words = heading_text(p)
                named = label_heading(words, seen_problems, False, line=heading_line(p, words))
                if named is None and is_speech and c["past_cue"].search(first_sentence(p)):
                    named = "主要做法"  # a speech's part whose first sentence looks back (总结…成绩, 取得)
                elif named == "存在问题" and is_speech and _part_reviews_first(pars, levels, i):
                    named = "主要做法"  # (see the top level's rule)
                elif named == "存在问题" and quotes_finding(p, level):
                    named = "主要做法"  # (see the top level's rule: the finding quoted, the work done on it)
                if named in ("存在问题", "下一步", "主要做法") and named != current and (
                        named != "主要做法" or is_speech):
                    label, heading = named, words
            if (label is None and top is None and level is None and current is not None and i > intro_end
                    and (part := _unnumbered_part_name(p)) is not None):
                # an unnumbered heading line where no numbered scheme structures the report ("过去一年的工作",
                # "2023年工作回顾", then "2024年工作计划") names its part in so many words
                named = label_heading(part, seen_problems, False)
                if named is not None and named != c["intro_label"] and named != current:
                    label, heading = named, part
            if (label is None and top is None and level is None and current not in (None, c["intro_label"])
                    and is_bare_heading(p) and c["other_part"].fullmatch(p.strip())):
                label, heading = c["intro_label"], p  # "结论" after the suggestions: the closing is no plan
            # "(二)工作打算", or a label line "改进措施:", under "五、存在问题及工作打算"; also with its text glued on
            # after the colon ("改进措施:2027年,我镇将…")
            label_line = level is None and (0 < p.find(":", 0, label_max) or 0 < p.find("：", 0, label_max))
            if (label is None and (label_line or level is not None and level < 5) and current == "存在问题"
                    and combined and label_heading(heading_text(p).rstrip(":："), True, is_speech) == "下一步"):
                label = "下一步"
            if (label is None and level is None and combined and current == "存在问题" and problem_cues
                    and c["combined_plans_opening"].match(p)):
                label = "下一步"  # "2031年,本区将健全…" after the problems, under "五、存在的主要问题和改进措施"
            if (label is None and level is not None and top is not None and top < level < 5 and not rectifying
                    and current is not None):
                # a sub-heading that is the very title of the problems or of the plans ("(二)存在的问题"
                # under "第二部分…") turns the topic although its level is not the top one; one that
                # merely mentions them ("1.认真整改政务中心存在的问题") is an item of its section
                words = heading_text(p)
                title = words[heading_marker(words)[1]:].strip(" 。.:：")
                for named, title_of in c["subheading_turns"]:
                    if named != current and title_of.fullmatch(title):
                        label, heading = named, words
                        break
            if label is None and arguing and deploys_work(p):
                label = c["speech_default_label"]  # a speech's argument is over, its tasks begin
            in_intro = current is None or (current == c["intro_label"] and not headed)
            if label is None and in_intro and c["profile_cue"].match(p):
                label = "基本情况"  # the unit's profile (我校位于…, 该中心成立于…) opens the body
            if label is None and in_intro and (
                    cues()["dateline_opening"].match(p) or (level is None and i < first_prose and is_head_line(p))
                    or c["wire_lead"].match(p) or c["report_preface"].match(p)
                    or _lists_topics_only(p) or (len(p) <= c["opening_remarks"] and c["announcement"].search(p))
                    or (i > 0 and c["other_part"].fullmatch(pars[i - 1].strip()))  # the text under "引言"
                    or (i == len(pars) - 1 and c["meeting_outcome"].match(p))
                    or _session_scene(p) or _roll_call(p) or _signs_off(p, starts) or c["upper_instructions"].match(p)
                    or (c["session_procedure"].match(first_sentence(p)) and _report_outline_end(p) >= len(p.rstrip()))
                    or (c["session_procedure"].match(first_sentence(p))
                        and not c["session_results"].search(p, len(first_sentence(p)))
                        and not _reviews_then_turns(p))):
                # a news item's lead (7月10日,白沙镇召开…) says what happened and when, and goes on with the
                # topics the speakers covered (会上,…逐一述职,对…成绩、存在的问题…进行了归纳); the short lines
                # above a document's first sentence (number, broken title, addressee) head it
                label = c["intro_label"]
            if (label is None and news_item and i == len(pars) - 1 and current not in (None, c["intro_label"])
                    and level is None and c["meeting_outcome"].match(p)):
                # a news item's last paragraph that tells what its meeting achieved or was ("专题汇报会为…提供了平台",
                # "这是一次承前启后…的重要会议"), after the topics the speakers opened: the closing (round 29)
                label = c["intro_label"]
            if (label is None and current == "基本情况" and not headed and level is None
                    and c["period_review"].match(p) and c["past_cue"].search(first_sentence(p))):
                # after a profile that no heading opened ("全镇现有村级卫生室14个…"), a paragraph that reviews
                # the period ("近年来,我县认真贯彻…,取得了明显进展") turns to the work done
                label = "主要做法"
            if label is None and current is not None and c["note_line"].match(p):
                label = current  # a note on a table or a figure ("说明:本表由…填报") goes on with its section
            if (label is None and level is None and len(p) <= c["session_agenda_max"]
                    and (c["session_agenda"].match(p) or news_item and _roll_call(p))
                    and not c["session_results"].search(p) and not c["session_agenda_speech"].search(p)):
                # the meeting's agenda ("会议审议通过了…报告") goes on with what came before it; a news item's roll after
                # the last topic, nothing but rolls below it ("…副县长张泓陪同调研。" at the end), closes the item: 其他
                label = current if current is not None else c["intro_label"]
                if (news_item and current not in (None, c["intro_label"]) and _roll_call(p)
                        and all(_roll_call(q) for q in pars[i + 1:])):
                    label = c["intro_label"]
            if (label is None and in_intro and c["procedure_opening"].match(p)
                    and _later_sentence_turns(p)):
                # "会议由…主持。秘书长…通报了上半年工作情况:…。会长…在讲话中提出三点要求:…": the chair's
                # sentence is still the scene; the topics start at the sentences that turn to them (below)
                label = c["intro_label"]
            if label is None and in_intro:
                guess = clf.label(classified_text(pars, i)) if clf is not None else None
                if guess == "存在问题" and quotes_finding(p, level):
                    guess = "主要做法"  # a finding quoted over the work done on it (see the top level's rule)
                if (news_item and guess in (None, c["intro_label"]) and not _FIGURE.search(p) and "以来" not in p
                        and not _reviews_then_turns(p)):
                    # a news item's lead goes on with the scene (the visit's stops, who attended) until a
                    # paragraph reads as a topic of the report or reports figures or a period (今年以来), or
                    # looks back and then turns to a topic in a later sentence ("…回顾了2029年工作。2030年要…")
                    label = c["intro_label"]
                else:
                    label = guess if guess and guess != c["intro_label"] else default
            elif label is None and clf is not None and not words_said:
                read = classified_text(pars, i)
                guess = clf.label(read)
                if guess == "存在问题" and quotes_finding(p, level):
                    guess = None  # a finding quoted over the work done on it (see the top level's rule)
                # a new topic, or work done once the unit's profile is over; plans only in words of intent
                if (guess in ("存在问题", "下一步", "基本情况") and guess != current
                        and (guess != "下一步" or c["plan_intent"].search(read))) or (
                        guess == "主要做法" and current == "基本情况"):
                    label = guess
        if label is not None and (label != current or heading):
            start = i
            # a bare heading line right above belongs to this section, also when it opened a section
            # of the same label on its own ("上半年工作情况", then "(一)…": one section under both)
            # (a marked heading too when its words name no section: "【2024这样干】" above "2024年,街道将…")
            # (also an outermost numbered heading line with no sentence, longer or with commas, "二、解放思想,与时俱进,
            # 开创…新局面", over the body whose first sentence opens the plans: where no scheme of parts opened it)
            while start > intro_end + 1 and (is_bare_heading(pars[start - 1]) or (
                    level is None and top is None and levels[start - 1] is not None and levels[start - 1] <= 1
                    and is_head_line(pars[start - 1]))):
                unnamed = label_heading(heading_text(pars[start - 1]), seen_problems, is_speech) is None
                if levels[start - 1] is not None and (heading or not unnamed):
                    break
                if level is not None and start >= 2 and levels[start - 2] == level:
                    break  # the line is the whole body of the sibling heading above ("一、停建…项目" / "我单位没有…")
                pos = spans[start - 1][0]
                if pos in started:
                    if starts[-1][0] != pos or (starts[-1][1] != label and not unnamed):
                        break
                    heading = starts.pop()[2] or heading
                    started.discard(pos)
                start -= 1
            open_section(spans[start][0], label, heading, level)
            # an argument opened by a body paragraph (首先,要…认识) ends where a paragraph deploys work;
            # one under a heading of its own ends at the next heading
            arguing = (is_speech and label == "其他" and (top is None or level != top)
                       and bool(c["speech_rationale"].search(first_sentence(p))))
        sentence_turns(i, max(_report_outline_end(p), _plural_turns_end(p) if label == c["intro_label"] else 0))
        # (not at the items of a report's outline: they name its parts; nor in the sentence of the turns in the plural)
        plans_after_problems(i)
        run_turns(i)
    unlabelled = doc_type in c["unlabelled_types"] and not prints_plan
    starts = _off_chrome(_headings_over_cues(starts), spans, pars, levels)
    for k, (pos, label, heading, level) in enumerate(starts):
        if unlabelled and not (label == "下一步" and heading and c["notice_plans_heading"].search(heading)):
            label = c["intro_label"]
        end = starts[k + 1][0] if k + 1 < len(starts) else spans[-1][1]
        while end > pos and doc.text[end - 1].isspace():
            end -= 1
        doc.add("sections", Span(pos, max(pos, end), label, SectionData(heading, level)))
    return doc
