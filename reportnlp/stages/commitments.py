"""Forward-looking commitments, one per measure, with deadlines resolved to dates."""
from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left, bisect_right

import regex

from ..document import Document, Span
from ..lexicons import load_yaml
from ..patterns import timeout_for
from .documents import heading_level
from .sentences import iter_sentences


@functools.cache
def _cfg():
    c = load_yaml("commitments.yml")
    return {k: regex.compile(v) for k, v in c.items()}


_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PLACEHOLDER_YEAR = re.compile(r"[xX]{2}年")
_MONTH_DAY = re.compile(r"(\d{1,2})月(?:(\d{1,2})日)?")
_QUARTER = re.compile(r"([一二三四])季度")
_SPECIFIC = re.compile(r"前|底|末|旬|季度|半年")
_COLON = re.compile(r"[:：]")


def resolve_deadline(deadline: str, year: int | None) -> str | None:
    """ISO date for a deadline as written; None when the year is unknown (20xx) or vague."""
    m = _YEAR.search(deadline)
    y = int(m.group(1)) if m else year
    if "明年" in deadline and year:
        y = year + 1
    if y is None or _PLACEHOLDER_YEAR.search(deadline):
        return None
    mm = _MONTH_DAY.search(deadline)
    if mm:
        month = int(mm.group(1))
        if not 1 <= month <= 12:
            return None
        day = int(mm.group(2)) if mm.group(2) else calendar.monthrange(y, month)[1]
        if "上旬" in deadline:
            day = 10
        elif "中旬" in deadline:
            day = 20
        day = min(day, calendar.monthrange(y, month)[1])
        return f"{y:04d}-{month:02d}-{day:02d}"
    q = _QUARTER.search(deadline)
    if q:
        month = "一二三四".index(q.group(1)) * 3 + 3
        return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    if "上半年" in deadline:
        return f"{y:04d}-06-30"
    return f"{y:04d}-12-31"


_CLAUSE = re.compile(r"[,，]")


def _measures(text: str, s: int, e: int, by_clause: bool = True):
    """Split a sentence into measures: at enumerators (一是…二是), then (when
    ``by_clause``) at commas where the next clause opens with an action verb."""
    c = _cfg()
    cuts = [s] + [m.start() for m in c["measure_start"].finditer(text, s, e, timeout=timeout_for(e - s))
                  if m.start() > s + 4] + [e]
    for a, b in zip(cuts, cuts[1:]):
        starts = [a]
        for m in (_CLAUSE.finditer(text, a, b) if by_clause else ()):
            nxt = text[m.end(): m.end() + 6]
            if m.end() - starts[-1] >= 4 and c["action_start"].match(nxt):
                starts.append(m.end())
        starts.append(b)
        for x, y in zip(starts, starts[1:]):
            if text[x:y].strip("，,。；; \n"):
                yield x, y


def _is_heading_line(text: str, s: int, e: int) -> bool:
    """A short numbered line like "四、2014年工作措施。" names a section, it is no measure."""
    if s > 0 and text[s - 1] != "\n":
        return False
    line_end = text.find("\n", e)
    line = text[s: line_end if line_end >= 0 else len(text)]
    return len(line) <= 20 and heading_level(line) in (1, 2)


_DEADLINE_CHARS = re.compile(r"[年月季前底内旬假节周]")


def _deadlines(text: str, s: int, e: int) -> list[regex.Match]:
    """Deadline phrases in text[s:e]."""
    if not _DEADLINE_CHARS.search(text, s, e):  # cheap test before the full pattern
        return []
    return list(_cfg()["deadline"].finditer(text, s, e, timeout=timeout_for(e - s)))


def _best_deadline(found: list[regex.Match]) -> str | None:
    """The most specific deadline: one with 前/底/末/旬 wins over a bare year."""
    for m in found:
        if _SPECIFIC.search(m.group()):
            return m.group()
    return found[0].group() if found else None


def _section_of(doc: Document, pos: int, starts: list[int]) -> str | None:
    secs = doc.get("sections")
    k = bisect_right(starts, pos) - 1 if secs else -1
    return secs[k].label if k >= 0 and pos < secs[k].end else None


def extract_commitments(doc: Document) -> Document:
    """Stage: ``commitments`` spans: text, cue, deadline, deadline_date, section, target metrics."""
    c = _cfg()
    text = doc.text
    year = doc.meta.get("year")
    metric_spans = doc.get("metrics")
    metric_starts = [m.start for m in metric_spans]  # metrics come in text order
    section_starts = [sec.start for sec in doc.get("sections")]
    para_deadline: tuple[int, str | None] = (-1, None)  # "下半年我们打算抓好以下工作:" covers its list
    list_deadline: str | None = None
    # cues found in one scan of the text: a search per sentence costs more in calls than in matching
    cue_matches = list(c["cues"].finditer(text, timeout=timeout_for(len(text))))
    cue_starts = [m.start() for m in cue_matches]
    for ss, se in iter_sentences(text):
        section = _section_of(doc, ss, section_starts)
        para_start = text.rfind("\n", 0, ss) + 1
        if para_deadline[0] != para_start:
            # a list introduced by "…下半年我们打算…:" on its own line keeps that deadline
            prev_end = para_start - 1
            prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
            prev = text[prev_start:prev_end].rstrip()
            if prev.endswith((":", "：")):
                timeout = timeout_for(len(prev))
                dl = c["deadline"].search(prev, timeout=timeout)
                list_deadline = dl.group() if dl and c["cues"].search(prev, timeout=timeout) else None
            elif not c["measure_start"].match(text, para_start):
                list_deadline = None
            para_deadline = (para_start, list_deadline)
            colon = _COLON.search(text[para_start:para_start + 120])
            if colon:
                intro = text[para_start:para_start + colon.start()]
                dl = c["deadline"].search(intro)  # at most 120 characters
                if dl and c["cues"].search(intro):
                    para_deadline = (para_start, dl.group())
        if _is_heading_line(text, ss, se):
            continue
        k = bisect_left(cue_starts, ss)  # the sentence's first cue (none crosses a sentence end)
        sentence_cue = cue_matches[k] if k < len(cue_matches) and cue_starts[k] < se else None
        if not sentence_cue and section != "下一步":
            continue  # no cue anywhere in it: none of its measures is a commitment
        sent_deadlines = _deadlines(text, ss, se)
        sent_dl = _best_deadline(sent_deadlines)
        committed = False  # a future cue commits the rest of its sentence ("将继续加强…,加强…,拓宽…")
        # in a 下一步 section every sentence is a plan: one measure per enumerated item, not per clause
        by_clause = section != "下一步" or bool(sentence_cue)
        for a, b in _measures(text, ss, se, by_clause):
            piece = text[a:b]
            cue = c["cues"].search(piece, timeout=timeout_for(b - a))
            committed = bool(cue) or (committed and bool(c["action_start"].match(piece)))
            in_next = section == "下一步" and not c["look_back"].search(piece)
            if not (committed or in_next) or len(piece.strip("。；;,，: ：")) < 4:
                continue
            deadline = _best_deadline([m for m in sent_deadlines if a <= m.start() and m.end() <= b]) \
                or sent_dl or para_deadline[1]
            lo, hi = bisect_left(metric_starts, a), bisect_left(metric_starts, b)
            linked = [i for i in range(lo, hi) if metric_spans[i].attrs.get("target")]
            doc.add("commitments", Span(a, b, "commitment", {
                "text": piece.strip("，,;； \n"),
                "cue": cue.group() if cue else None,
                "deadline": deadline,
                "deadline_date": resolve_deadline(deadline, year) if deadline else None,
                "section": section,
                "targets": linked,
            }))
    return doc
