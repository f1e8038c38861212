"""Strip site chrome, prefaces, watermarks and glued SEO titles; list all of it."""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from types import SimpleNamespace
from typing import Iterable

import regex

from .. import re_cache
from ..document import Document
from ..forms import is_page_number
from ..forms import table_regions_of
from ..lexicons import load_yaml
from ..models_io import line_classifier
from ..patterns import (
    GatedPattern,
    GateList,
    LineRule,
    LineRules,
    WordList,
    compile_pattern,
    compile_with_first_chars,
    finditer,
    gate_search,
    literal_gate,
    may_match,
    positions,
    top_level_branches,
)
from ..segment import cut
from ..structure import (FULL_STOP, HAN_CHAR, SENTENCE_MARK, TWICE_TITLE_MAX, broken_line_marks, broken_piece,
                         broken_sentence_tail, broken_title,
                         heading_level, iter_lines, opens_speech, restates, tags_head_parts, undecorated)
from ..structure import (
    cues as structure_cues,  # the news-lead cue the document split reads too
)
from ..templates import is_structural


def _with_commenter(cfg: dict, key: str) -> str:
    """A forum reply pattern with a blog comment's header (COMMENTER) spelt in."""
    return cfg[key].replace("COMMENTER", cfg["commenter"])


@functools.cache
def _rules():
    cfg = load_yaml("boilerplate.yml")
    # each rule keeps its own pattern for its unanchored alternatives: the regex module finds a
    # single rule's literal prefix quickly, while one alternation of all rules is tried at every
    # position (2-3x slower); LineRules pre-tests the ^ alternatives of all rules together
    rules = [LineRule(r["kind"], r["max_len"], r["pattern"]) for r in cfg["line_rules"]]
    return {
        "line_rules": LineRules(rules),
        # the lines a rule leaves alone though its pattern matches them, by rule
        "unless": {rule: compile_pattern(r["unless"]) for rule, r in zip(rules, cfg["line_rules"]) if r.get("unless")},
        "inline_rule_len": cfg["inline_rule_len"],
        "layout_bar_tail_min": cfg.get("layout_bar_tail_min", 0),
        "header_share_row": compile_pattern(cfg["header_share_row"]) if cfg.get("header_share_row") else None,
        "header_source_row": compile_pattern(cfg["header_source_row"]) if cfg.get("header_source_row") else None,
        # each with the strings a text must hold for it to match (a few substring tests skip
        # the scan of most rules on most pages); the pattern compiles when a page first passes
        # its gate, so a rule most pages never reach costs no start-up
        # a pattern opening with a class runs on re, which scans for the class at C speed (regex
        # does not: these run 2x as fast on re, and one was 25x slower on regex); so does one opening with
        # ^, which re tries at a line's start for less than regex (the ASCII-run junk rule: 1.8x as fast)
        "inline": [(r["kind"], compile_pattern(r["pattern"], regex.M, many_calls=r["pattern"].startswith(("[", "^"))),
                    literal_gate(r["pattern"], regex.M) + ((frozenset(r["requires"]),) if r.get("requires") else ()),
                    # (the lines a match can stand on: a rule that would scan every page runs on a few lines of it)
                    re_cache.compile(r["line_gate"]) if r.get("line_gate") else None)
                   for r in cfg["inline_rules"]],
        "disclaimer": cfg["disclaimer"],
        # the cue lists as word lists, built once
        "site_words": WordList(cfg["disclaimer"]["site"]),
        "disclaimer_words": WordList(cfg["disclaimer"]["cues"]),
        "report_cues": frozenset(cfg["disclaimer"]["report_cues"]),
        "preface_words": WordList(cfg["preface"]["cues"]),
        "strong_preface": WordList(cfg["preface"]["strong_cues"]) if cfg["preface"].get("strong_cues") else None,
        "blog_comment": ({k: compile_pattern(v) if isinstance(v, str) else v for k, v in cfg["blog_comment"].items()}
                         if cfg.get("blog_comment") else None),
        "any_cue": WordList(cfg["disclaimer"]["site"] + cfg["disclaimer"]["cues"] + cfg["preface"]["cues"]
                            + cfg["commerce"]["cues"]),
        "min_cue_hits": min(cfg["disclaimer"]["min_hits"], cfg["preface"]["min_hits"], cfg["commerce"]["min_hits"]),
        "preface": cfg["preface"],
        "commerce": cfg["commerce"],
        "commerce_words": WordList(cfg["commerce"]["cues"]),
        "commerce_in_text": cfg["commerce"]["min_hits_in_text"],
        "article": (cfg["article_marker"]["max_len"], compile_pattern(cfg["article_marker"]["pattern"]),
                    (frozenset(cfg["article_marker"]["requires"]),) if cfg["article_marker"].get("requires") else ()),
        "titled_marker": compile_pattern(cfg["article_marker"].get("titled") or "(?!)"),
        "numbered_copy": ((compile_pattern(cfg["article_marker"]["numbered_copy"]), cfg["article_marker"]["head_lines"])
                          if cfg["article_marker"].get("numbered_copy") else None),
        "numbered_copy_lead": (compile_pattern(cfg["article_marker"]["numbered_copy_lead"])
                               if cfg["article_marker"].get("numbered_copy_lead") else None),
        "toc_entry": compile_pattern(cfg["toc_page_entry"]) if cfg.get("toc_page_entry") else None,
        "signoff": compile_pattern(cfg["signoff"]["line"]),
        # scanned over every page's whole source: re tries its line starts ~3x faster than regex
        # does, worth compiling its Han class (~2 ms)
        "injected_prefix": {**cfg["injected_prefix"],
                            "pattern": compile_pattern(cfg["injected_prefix"]["pattern"], many_calls=True)},
        # the header is looked for on the short lines holding a post time (the date pattern)
        "forum_reply": {**cfg["forum_reply"], "header": GatedPattern(_with_commenter(cfg["forum_reply"], "header")),
                        "floor": compile_pattern(_with_commenter(cfg["forum_reply"], "floor")),
                        "floor_number": compile_pattern(cfg["forum_reply"]["floor_number"]),
                        "date": _header_date(_with_commenter(cfg["forum_reply"], "header"))},
        "closing_date": compile_pattern(cfg["signoff"]["closing_date"]),
        "closing_date_figures": compile_pattern(cfg["signoff"]["closing_date_figures"]),
        "news_headline": compile_pattern(cfg["news_headline"]),
        "meta_value": (compile_pattern(cfg["meta_value"]["label"]), compile_pattern(cfg["meta_value"]["value"])),
        "repeated_name": compile_pattern(cfg["repeated_name"], regex.M),
        "title_genre": compile_pattern(cfg["title_genre"]),
        # report text names numbers or the reporting unit: searched for by its first characters, a class re steps
        # over the text for at C speed (as an alternation opening with a class it was tried at every position)
        "report_words": compile_with_first_chars(cfg["report_words"]),
        "image_alt_number": compile_pattern(cfg["image_alt_number"]),
        "bulleted_date": (cfg["bulleted_date"]["bullets"], compile_pattern(cfg["bulleted_date"]["date"])),
        "glued_outline": compile_pattern(cfg.get("glued_outline") or "(?!)", regex.M),
        "spliced_site": cfg["spliced_site"],
        "url_stamp": {**cfg["url_stamp"], "address": re_cache.compile(cfg["url_stamp"]["address"]),
                      "lead_to": compile_pattern(cfg["url_stamp"]["lead_to"]),
                      "own_domain": re_cache.compile(cfg["url_stamp"]["own_domain"])},
        "bulletin_issuer": compile_pattern(cfg["bulletin_issuer"]),
        "report_title": compile_pattern(cfg["report_title"]),
        # (its suffix scanned over most pages: 1.5x as fast on re)
        "glued_title": {**cfg["glued_title"], "suffix": GatedPattern(cfg["glued_title"]["suffix"], regex.M,
                                                                     many_calls=True)},
        "own_reference": ((frozenset(cfg["own_reference"]["kinds"]), compile_pattern(cfg["own_reference"]["bracket_after"]),
                           compile_pattern(cfg["own_reference"]["url_label"])) if cfg.get("own_reference") else None),
        # (searched on each short line below a page's first prose line: on re, whose calls cost a tenth of
        # regex's on these lines (~80 us a call there), worth compiling its Han class)
        "news_caption": ((cfg["news_caption"]["max_len"], GatedPattern(cfg["news_caption"]["line"], many_calls=True),
                          compile_pattern(cfg["news_caption"]["award"], many_calls=True))
                         if cfg.get("news_caption") else None),
        "report_table_cells": frozenset(cfg.get("report_table_cells", ())),
        "meeting_field": ((gate_search((frozenset(cfg["meeting_field"]["requires"]),)),
                           compile_pattern(cfg["meeting_field"]["line"]),
                           tuple(cfg["meeting_field"]["record"])) if cfg.get("meeting_field") else None),
        "name_over_crumb": ((cfg["name_over_crumb"]["lines_before_crumb"], compile_pattern(cfg["name_over_crumb"]["name"]),
                             compile_pattern(cfg["name_over_crumb"].get("thread_bar") or "(?!)"),
                             compile_pattern(cfg["name_over_crumb"].get("board") or "(?!)"),
                             compile_pattern(cfg["name_over_crumb"].get("masthead") or "(?!)"),
                             literal_gate(cfg["name_over_crumb"].get("thread_bar") or "(?!)"))
                            if cfg.get("name_over_crumb") else None),
        "article_header": ((cfg["article_header"]["reach"], cfg["article_header"]["max_line"],
                            cfg["article_header"]["max_lines"], compile_pattern(cfg["article_header"]["pub_row"]),
                            frozenset(cfg["article_header"].get("between_kinds", ())),
                            compile_pattern(cfg["article_header"]["row_headline"])
                            if cfg["article_header"].get("row_headline") else None)
                           if cfg.get("article_header") else None),
        "url_date_row": (compile_pattern(cfg["article_header"]["url_date_row"], regex.M)
                         if cfg.get("article_header") and cfg["article_header"].get("url_date_row") else None),
        "app_byline_row": (compile_pattern(cfg["article_header"]["app_byline_row"])
                           if cfg.get("article_header") and cfg["article_header"].get("app_byline_row") else None),
        "short_year_row": (compile_pattern(cfg["article_header"]["short_year_row"])
                           if cfg.get("article_header") and cfg["article_header"].get("short_year_row") else None),
        "share_pieces": cfg["share_pieces"]["max_len"] if cfg.get("share_pieces") else 0,
        "spam_title_list": ((tuple(cfg["spam_title_list"]["strong"]), tuple(cfg["spam_title_list"]["words"]),
                             cfg["spam_title_list"]["min_items"], cfg["spam_title_list"]["min_hits"],
                             cfg["spam_title_list"]["max_item"], gate_search((frozenset(cfg["spam_title_list"]["strong"]),)))
                            if cfg.get("spam_title_list") else None),
        "summary_repeat": ((compile_pattern(cfg["summary_repeat"]["label"]), cfg["summary_repeat"]["reach"])
                           if cfg.get("summary_repeat") else None),
        "closing_credit": compile_pattern(cfg["closing_credit"]),
        "foot_title_row": compile_pattern(cfg["foot_title_row"]) if cfg.get("foot_title_row") else None,
        # (with the strings a match must hold: most last lines name no reader's brand and are not matched)
        "foot_brand_title": ((compile_pattern(cfg["foot_brand_title"]), cfg.get("foot_brand_reach", 3),
                              literal_gate(cfg["foot_brand_title"]))
                             if cfg.get("foot_brand_title") else None),
        "sandwiched_row": ((cfg["sandwiched_row"]["cells_min"], cfg["sandwiched_row"]["cell_max"])
                           if cfg.get("sandwiched_row") else None),
        "menu_rows": ((cfg["menu_rows"]["cells_min"], cfg["menu_rows"]["cell_max"], cfg["menu_rows"]["reach"])
                      if cfg.get("menu_rows") else None),
        "pipe_title": ((cfg["pipe_title"]["reach"], compile_pattern(cfg["pipe_title"]["label"]))
                       if cfg.get("pipe_title") else None),
        # (the label's words also gate the page: most pages name no hotline)
        "post_toc_header": compile_pattern(cfg["post_toc_header"]) if cfg.get("post_toc_header") else None,
        "split_figure": ((compile_pattern(cfg["split_figure"]["value"]), compile_pattern(cfg["split_figure"]["counter_label"]))
                         if cfg.get("split_figure") else None),
        "hotline": ((compile_pattern(cfg["hotline"]["label"]), compile_pattern(cfg["hotline"]["number"]),
                     literal_gate(cfg["hotline"]["label"]))
                    if cfg.get("hotline") else None),
        "title_prefix": compile_pattern(cfg["docshare_title_prefix"]) if cfg.get("docshare_title_prefix") else None,
        "title_copy": compile_pattern(cfg["docshare_title_copy"]),
        "page_head": ((compile_pattern(cfg["page_head_stamps"]["number"]),
                       compile_pattern(cfg["page_head_stamps"]["glued_date"]),
                       compile_pattern(cfg["page_head_stamps"]["date_line"]), cfg["page_head_stamps"]["head_lines"],
                       compile_pattern(cfg["page_head_stamps"]["foot_number"]),
                       compile_pattern(cfg["page_head_stamps"]["site_name"]),
                       compile_pattern(cfg["page_head_stamps"].get("glued_count") or "(?!)"),
                       compile_pattern(cfg["page_head_stamps"].get("title_decoration") or "(?!)"))
                      if cfg.get("page_head_stamps") else None),
        "decorated_title": (tuple(cfg["page_head_stamps"][key] for key in ("title_lines", "title_below", "title_min"))
                            if cfg.get("page_head_stamps") else None),
        "summary_teaser": (compile_pattern(cfg["summary_teaser"]["label"]), cfg["summary_teaser"]["repeat"]),
        "paragraph_tail_source": compile_pattern(cfg["paragraph_tail_source"]),
        "glued_meta_row": _glued_meta_row_rules(cfg["glued_meta_row"]) if cfg.get("glued_meta_row") else None,
        "account_name": ((cfg["account_name"]["reach"], compile_pattern(cfg["account_name"]["name"]),
                          compile_pattern(cfg["account_name"]["office"]), frozenset(cfg["account_name"].get("row_kinds", ())),
                          cfg["account_name"].get("row_name_min", 4)) if cfg.get("account_name") else None),
        "headline_repeat": ((cfg["headline_repeat"]["head_lines"], cfg["headline_repeat"]["head_min"],
                             frozenset(cfg["headline_repeat"]["kinds"])) if cfg.get("headline_repeat") else None),
        "foot_below_editor": ((compile_pattern(cfg["foot_below_editor"]["credit"]), cfg["foot_below_editor"]["min_gone"],
                               cfg["foot_below_editor"]["max_len"]) if cfg.get("foot_below_editor") else None),
        "english_column": ((cfg["english_column"]["reach"], compile_pattern(cfg["english_column"]["english"]),
                            compile_pattern(cfg["english_column"]["label"])) if cfg.get("english_column") else None),
        "foot_tags": (tuple(cfg["foot_tags"][key] for key in ("max_word", "min_run", "found_share"))
                      if cfg.get("foot_tags") else None),
        "title_word_lines": (tuple(cfg["title_word_lines"][key] for key in ("max_word", "min_run", "head_lines"))
                             if cfg.get("title_word_lines") else None),
        "title_over_heading": compile_pattern(cfg["title_over_heading"]) if cfg.get("title_over_heading") else None,
        "title_over_heading_requires": tuple(cfg.get("title_over_heading_requires") or ()),
        "collection_marker": (GatedPattern(cfg["glued_collection_marker"], regex.M)
                              if cfg.get("glued_collection_marker") else None),
        "inline_marker": ((compile_pattern(cfg["inline_collection_marker"]["pattern"]),
                           frozenset(cfg["inline_collection_marker"]["sentence_ends"]),
                           frozenset(cfg["inline_collection_marker"]["title_ends"]))
                          if cfg.get("inline_collection_marker") else None),
        "related": (cfg["related_list"]["max_len"], compile_pattern(cfg["related_list"]["item"]),
                    compile_pattern(cfg["related_list"]["header"]), cfg["related_list"]["max_header"],
                    compile_pattern(cfg["related_list"]["header_tail"]),
                    compile_pattern(cfg["related_list"]["bulleted_item"])),
    }


@functools.cache
def _limits() -> SimpleNamespace:
    """The rules' numeric parameters in boilerplate.yml's ``limits`` (lengths in characters, counts, the line
    model's bars), by name."""
    return SimpleNamespace(**load_yaml("boilerplate.yml")["limits"])


# the post time every forum header holds ("发表于 2023-12-19", "5楼 2023-12-19", "乡野来客 2026-12-19 08:12")
_POST_DATE = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"


def _header_date(header: str):
    """The post time as a pattern, when every alternative of the forum header pattern requires it
    (spelt out in each, outside any optional group, as the rule file has it): only the lines with
    one need the header pattern (None: all lines do). Its matches are looked for by the dash after
    the year, with the year looked back at: re scans for a literal ~10x as fast as for the year's
    first digit, and a match there is one of the time there (on the same line, all that is read)."""
    return compile_pattern(_POST_DATE_BY_DASH) if all(_POST_DATE in b for b in top_level_branches(header)) else None


_POST_DATE_BY_DASH = r"-(?<=(?:19|20)\d{2}-)\d{1,2}-\d{1,2}"


_BULLETS = "•·▪●◆■►▶▷➤➢▲▼◇★☆→-–*"
_BULLET = re_cache.compile(rf"^[{re.escape(_BULLETS)}]\s{{0,3}}(?=\S)")
_BRACKETED = re_cache.compile(r"[(（][^)）\n]{0,80}[)）]")


# on every line; the run is possessive: one that does not end at a sentence mark ends at none
# when shorter (its class holds no mark), so giving back characters only costs time
_CONTENT_SENTENCE = compile_pattern(r"\p{Han}[^。！？!?\n]{7,300}+[。！？!?]", many_calls=True)


# the marks a content sentence ends with
_SENTENCE_END = re_cache.compile(r"[。！？!?]")


def _is_report_text(text: str) -> bool:
    """Holds a report sentence (numbers or the reporting unit) that is not site wording."""
    reportish = _rules()["report_words"]
    return any(reportish.search(m.group()) and not _cue_noise(m.group()) for m in _content_sentences(text))


def _content_sentences(text: str) -> Iterable:
    """The content sentences of ``text``. Half the lines of a cold page hold no sentence mark, where the
    sentence pattern ran from every Han character to the line end: one scan for a mark settles them (3x cheaper)."""
    return _CONTENT_SENTENCE.finditer(text) if _SENTENCE_END.search(text) else ()


def _cue_noise(text: str) -> bool:
    """Disclaimer, preface or shop wording: a 'sentence' that is itself site noise."""
    r = _rules()
    if len(r["any_cue"].starts(text)) < r["min_cue_hits"]:
        return False  # one scan settles most sentences: too few cues of any list
    return _disclaimer(text, r) or _preface(text, r) or _shop(text, r, r["commerce_in_text"])


def _shop(text: str, r: dict, min_hits: int | None = None) -> bool:
    return len(text) <= r["commerce"]["max_len"] and \
        r["commerce_words"].distinct(text) >= (min_hits or r["commerce"]["min_hits"])


def _disclaimer(text: str, r: dict) -> bool:
    """The site named together with enough copyright/takedown cues, one of them a word no report uses of
    its own work (boilerplate.yml disclaimer.report_cues)."""
    if r["site_words"].distinct(text) == 0:
        return False
    cues = r["disclaimer_words"].found(text)
    return len(cues) >= r["disclaimer"]["min_hits"] and not cues <= r["report_cues"]


def _preface(text: str, r: dict) -> bool:
    return r["preface_words"].distinct(text) >= r["preface"]["min_hits"]


def classify_line(line: str) -> str | None:
    """The noise kind of a whole line, or None when it is content (or only partly noise)."""
    kind, spans = classify_line_spans(line)
    return kind if spans is None else None


_CLAUSE = re_cache.compile(r"[^。！？!?；;:：]+[。！？!?；;:：]?")


def classify_line_spans(line: str) -> tuple[str | None, list[tuple[int, int]] | None]:
    """(kind, None) when the whole line is noise; (kind, spans) when the line holds report
    sentences and only these pieces of it are noise (flattened pages glue clutter onto text);
    (None, None) for content. Position-free, so cleaning twice changes nothing."""
    kind, spans, _ = _classify(line)
    return kind, None if spans is None else list(spans)


# Pages of one site repeat their chrome lines, and a line's verdict depends on its text alone:
# lines up to this length are judged once (longer ones rarely repeat and would hold memory)
CACHED_LINE_LEN = 200


def _classify(line: str) -> tuple[str | None, tuple[tuple[int, int], ...] | None, bool]:
    """classify_line_spans, and whether the line holds report sentences."""
    return _classify_cached(line) if len(line) <= CACHED_LINE_LEN else _classify_line(line)


def _without_bar_tail(stripped: str) -> str:
    """``stripped`` less the run of bars (and blanks) closing it when the run holds layout_bar_tail_min bars or
    more, and words stand before it; else ``stripped`` as it is."""
    least = _rules()["layout_bar_tail_min"]
    body = stripped.rstrip(" \t\u3000|｜")
    tail = stripped[len(body):]
    if not least or not body or tail.count("|") + tail.count("｜") < least:
        return stripped
    return body


def _classify_line(line: str) -> tuple[str | None, tuple[tuple[int, int], ...] | None, bool]:
    stripped = line.strip()
    bullet = stripped[:1]
    if bullet in _BULLETS:  # list bullets a scraper kept ("• 文档编号:…", "- 大小:…"); most lines have none
        stripped = _BULLET.sub("", stripped)
        bullets, date = _rules()["bulleted_date"]
        if bullet in bullets and date.match(stripped):
            return "article_meta", None, False
    if stripped[-1:] in ("|", "｜"):  # a layout table's empty cells closing the row (boilerplate.yml layout_bar_tail_min)
        stripped = _without_bar_tail(stripped)
    if not stripped:
        return None, None, False
    if _is_report_text(stripped):
        return (*_noise_inside(line), True)
    kind, spans = _classify_short(stripped)
    if kind == "article_marker" and (titled := _rules()["titled_marker"].match(line)):
        return kind, (titled.span(1),), False  # the marker before the article's title: the title stays
    if kind == "preface" and len(stripped) > _limits().glued_preface_tail:
        glued = _preface_before_text(line)
        if glued is not None:
            return kind, glued, True
    return kind, spans, False


def _preface_before_text(line: str) -> tuple[tuple[int, int], ...] | None:
    """The preface clauses opening ``line`` when a run of the report's sentences follows them, else None."""
    _, spans = _noise_inside(line)
    if not spans or line[:spans[0][0]].strip():
        return None  # no noise clause, or one not at the line's start (a preface leads)
    tail = line[spans[-1][1]:]
    if len(tail.strip()) < _limits().glued_preface_tail or len(_SENTENCE_END.findall(tail)) < 2:
        return None
    return spans


_classify_cached = functools.lru_cache(maxsize=1 << 14)(_classify_line)


def _classify_short(stripped: str) -> tuple[str | None, list[tuple[int, int]] | None]:
    n = len(stripped)
    r = _rules()
    rule = r["line_rules"].leftmost(stripped)
    if rule is not None:
        unless = r["unless"].get(rule)
        if unless is not None and unless.match(stripped):
            return None, None  # a line the rule leaves alone: a notice's own "联系人:… 邮箱:…"
        return rule.kind, None
    art_len, art, art_gate = r["article"]
    if n <= art_len and may_match(art_gate, stripped) and art.search(stripped):
        return "article_marker", None
    # cues inside brackets are an inline watermark, which does not make the whole line noise
    bare = _BRACKETED.sub("", stripped) if "(" in stripped or "（" in stripped else stripped
    if len(r["any_cue"].starts(bare)) < r["min_cue_hits"]:
        return None, None  # one scan settles most lines: too few cues of any list (as in _cue_noise)
    if n <= r["disclaimer"]["max_len"] and _disclaimer(bare, r):
        return "disclaimer", None
    if n <= r["preface"]["max_len"] and _preface(bare, r):
        return "preface", None
    if _shop(bare, r):
        return "shop", None
    return None, None


def _noise_inside(line: str) -> tuple[str | None, tuple[tuple[int, int], ...] | None]:
    """Every rule match and every preface/disclaimer clause inside a line of report text."""
    r = _rules()
    found: list[tuple[int, int, int, str]] = []  # (start, rule order, end, kind)
    for order, (a, b), rule in r["line_rules"].spans(line, min_max_len=r["inline_rule_len"]):
        if not _own_reference(line, a, rule.kind):  # a report's own contact run stays in its sentence
            found.append((a, order, b, rule.kind))
    found.sort()
    spans = [(a, b) for a, _, b, _ in found]
    kind = found[0][3] if found else None
    # a noise clause holds at least min_cue_hits cues: one scan of the line finds where cues
    # start, and only clauses with enough of them are looked at closely
    starts = r["any_cue"].starts(line)
    for m in _CLAUSE.finditer(line) if len(starts) >= r["min_cue_hits"] else ():  # most lines: too few cues
        a, b = m.span()
        if bisect.bisect_left(starts, b) - bisect.bisect_left(starts, a) < r["min_cue_hits"]:
            continue
        if _cue_noise(_BRACKETED.sub("", m.group())):
            spans.append(m.span())
            kind = kind or "preface"
    # overlapping pieces merge, so one pass removes all a second pass would
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return (kind, tuple(merged)) if merged else (None, None)


def _own_reference(text: str, start: int, kind: str) -> bool:
    """Whether the piece of ``kind`` at ``start`` is a web address or contact run the report writes into its
    own sentence, inside a bracket after 联系 / 网站 ("…网站(www.…)下载", "请与…联系(地址:…,电话:…)")."""
    own = _rules()["own_reference"]
    if own is None or kind not in own[0]:
        return False
    window = text[max(0, start - _limits().own_reference_reach):start]
    window = window[window.rfind("\n") + 1:]
    opened = max(window.rfind("("), window.rfind("（"))
    if opened < 0 or ")" in window[opened:] or "）" in window[opened:]:
        return False  # not inside a bracket on this line
    return bool(own[1].search(window[:opened]) or own[2].search(window[opened + 1:]))


def _merged_pieces(pieces: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and the ends of non-empty ``pieces`` merged where they overlap (not where they only
    touch), in order: both lists ascend."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(pieces):
        if ends and s < ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


@functools.cache
def _inline_gates() -> GateList:
    """The inline rules' gates, tested on a page in one call."""
    return GateList(gate for _, _, gate, _ in _rules()["inline"])


def _strip_inline(doc: Document, keep_bracket_tags: bool) -> None:
    """Watermarks, glued SEO titles, URLs inside lines (first, so a line is judged on its text)."""
    text = doc.text
    inline: list[tuple[int, int, str]] = []
    kinds: dict[int, str] = {}
    taken: list[tuple[int, int]] = []
    # (first: a row's font buttons, "【字体:大中小】", would otherwise go alone as a column tag)
    for s, e, line_break in _glued_meta_rows(text):
        taken.append((s, e))
        inline.append((s, e, ""))
        kinds[s] = "article_meta"
        if line_break:
            inline.append((e, e, "\n"))  # the title on a line of its own, over the text
    lines_of: dict = {}  # a line gate -> the lines holding a match of it, found once per page
    # what is taken, as the sorted starts and ends of its pieces merged where they overlap (every piece
    # non-empty: a row holds a field, a match is kept only when non-empty): a match overlaps a piece
    # exactly when it overlaps the last merged one starting before its end (a pass over all pieces
    # per match cost ~5 us on pages with many)
    starts, ends = _merged_pieces(taken)
    for (kind, pattern, _, line_gate), passes in zip(_rules()["inline"], _inline_gates().passing(text)):
        if not passes:  # (may_match of the rule's gate)
            continue
        if line_gate is not None:
            if (held := lines_of.get(line_gate)) is None:
                held = lines_of[line_gate] = _lines_holding(line_gate, text)
            found = (m for s, e in held for m in finditer(pattern, text, s, e))
        else:
            found = finditer(pattern, text)
        for m in found:
            s, e = m.span()
            if e <= s or (k := bisect.bisect_left(starts, e)) and ends[k - 1] > s:
                continue
            if keep_bracket_tags and kind == "tag" and text[s] == "【":
                continue
            if _own_reference(text, s, kind):
                continue  # the report's own web address, in its sentence
            taken.append((s, e))
            starts.insert(k, s)  # (it overlaps none: the pieces before k end by s, the others start at e or later)
            ends.insert(k, e)
            inline.append((s, e, ""))
            kinds[s] = kind
    for s, e, kind in _page_head_stamps(text):
        if not any(s < te and ts < e for ts, te in taken):
            taken.append((s, e))
            inline.append((s, e, ""))
            kinds[s] = kind
    for s, e in _glued_titles(text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "seo_title"
    for s, e in _injected_prefixes(text, doc.source_text or text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "spam"
    for s, e in _spliced_sites(text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "spam"
    for s, e in _url_stamps(text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "watermark"
    for s, e in _trailing_bars(text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "junk"
    for s, e in _paragraph_tails(text):
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "article_meta" if "来源" in text[s:e] else "junk"
    for s, e in _doubled_title_prefix(text):
        inline.append((s, e, ""))
        kinds[s] = "seo_title"
        taken.append((s, e))
        if (end := _title_copy_end(text, e)) is not None:
            inline.append((end, end, "\n"))  # the title copy on a line of its own, over the text
    if (title_end := _title_over_heading(text, _removed_head(text, inline))) is not None:
        inline.append((title_end, title_end, "\n"))
    markers = _glued_collection_markers(text)
    for s, e in markers:
        if not any(s < te and ts < e for ts, te in taken):
            inline.append((s, e, ""))
            kinds[s] = "article_marker"
    # a marker below the page's first line starts the next article of the collection
    # (text[:s] holds a non-blank character when s is past the blanks opening the text)
    lead = len(text) - len(text.lstrip())
    doc.anchors["glued_markers"] = [s for s, _ in markers if s > lead]
    for s, e, breaks in _inline_collection_markers(text):
        if not any(s < te and ts < e for ts, te in taken + markers):
            taken.append((s, e))
            inline.append((s, e, "\n" if breaks else ""))
            if text[s:e].strip():
                kinds[s] = "article_marker"
                if breaks:
                    doc.anchors["glued_markers"].append(s)
    # a list page of news items opens each with its dateline ("本报讯(记者…)"): where it stood, a new
    # item starts (one dateline opens the page's only item, no boundary)
    datelines = sorted(s for s, kind in kinds.items() if kind == "dateline")
    doc.anchors["datelines"] = datelines if len(datelines) >= 2 else []
    # where a page number inside the text went ("…惠及居民2140户。\n— 1 —\n清溪街道办事处工作报告"): a page's
    # top, where a running header stands
    doc.anchors["page_breaks"] = sorted(s for s, kind in kinds.items() if kind == "pagination")
    doc.edit(inline, removal_kind=lambda s, e: kinds.get(s, "inline"))


def _lines_holding(gate: re.Pattern, text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` holding a match of ``gate``, end before its line break, in order.
    A rule whose every match lies on such a line and that reads no line break finds the same matches there,
    each line searched alone (as far as its end, ``$`` matching there as before its break; looking back past
    its start as in the whole text), as over the whole text."""
    out = []
    pos = 0
    while (m := gate.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.append((start, end))
        pos = end + 1
    return out


def _glued_meta_row_rules(cfg: dict) -> tuple:
    """boilerplate.yml's glued_meta_row as (labels longest first, a colon after a label's last character, one field or
    button, the separator, a button, the opening after a row, min_fields, max_title, head_reach, opening_reach); a
    field's value is its label kind's."""
    def alternation(words: list[str]) -> str:
        return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    labels = cfg["date_labels"] + cfg["count_labels"] + cfg["name_labels"]
    sep = cfg["separator"]
    field = (rf"(?:(?P<date>{alternation(cfg['date_labels'])})[:：]{cfg['date']}"
             rf"|(?:{alternation(cfg['count_labels'])})[:：]{cfg['count']}"
             rf"|(?:{alternation(cfg['name_labels'])})[:：]{cfg['name']}"
             rf"(?={sep}(?:(?:{alternation(labels)})[:：]|{cfg['button']})|{cfg['name_end']}|[ \t　|｜]*$)"
             rf"|{cfg['button']})")
    label_colon = re_cache.compile("[" + re.escape("".join(sorted({w[-1] for w in labels}))) + "][:：]")
    return (sorted(labels, key=len, reverse=True), label_colon, compile_pattern(field, regex.M),
            compile_pattern(sep), compile_pattern(cfg["button"]), compile_pattern(cfg["opening"]),
            cfg["min_fields"], cfg["max_title"], cfg["head_reach"], cfg["opening_reach"])


# what a title holds none of: a sentence's marks, a comma, a colon (a field's label there is a sentence's word),
# a breadcrumb's arrows
_NOT_TITLE = re_cache.compile(r"[。！？!?；;:：，,、>»›]")


def _glued_meta_rows(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, whether a line break goes at the end) of each metadata row glued on one line after a title
    or before the report's opening (boilerplate.yml glued_meta_row); a row alone on its line is the line
    rules'."""
    rules = _rules()["glued_meta_row"]
    if rules is None or (":" not in text and "：" not in text):
        return []
    labels, label_colon, field, sep, button, opening, min_fields, max_title, head_reach, opening_reach = rules
    out = []
    row_end = 0
    # (most colons follow no label: the colons after a label's last character are found at C speed)
    for colon in (m.end() - 1 for m in label_colon.finditer(text)):
        if colon < row_end:
            continue  # inside the row found last
        label = next((w for w in labels if text.startswith(w, colon - len(w))), None)
        if label is None:
            continue
        start = colon - len(label)
        reach = max(0, start - head_reach)
        line_start = text.rfind("\n", reach, start) + 1
        if line_start == 0 and reach:
            continue  # deep inside a long line (a flattened page): no row's head
        pos = line_start
        while pos < start and text[pos] in " \t　":
            pos += 1
        while pos < start and (m := button.match(text, pos)) is not None:  # buttons opening the row
            pos = sep.match(text, m.end()).end()
        if pos == start:
            start = line_start
        title = text[line_start:start].strip(" \t　")
        if title and (len(title) > max_title or len(title) < 4 or title[-1].isdigit() or _NOT_TITLE.search(title)):
            continue  # (no title either: a site's name with its post date, "某某网2019-07-18")
        fields = dates = 0
        pos = start
        while (m := field.match(text, pos)) is not None and m.end() > pos:
            fields += 1
            dates += m.group("date") is not None
            pos = sep.match(text, m.end()).end()
        if not (fields >= min_fields or fields == 1 and dates and title):
            continue
        rest = text[pos:pos + opening_reach].split("\n", 1)[0].strip(" \t　|｜")
        if not title and not rest:
            continue  # a metadata line of its own: the line rules take it
        if rest and not (opening.match(rest) and _CLAUSE_MARK.search(rest)):
            continue  # more metadata after the fields read: the line rules take the line
        row_end = pos
        while start > line_start and text[start - 1] in " \t　":
            start -= 1
        out.append((start, pos, bool(title and rest)))
    return out


def _title_over_heading(text: str, start: int = 0) -> int | None:
    """Where a line break goes after the page's title glued before its first heading (boilerplate.yml
    title_over_heading), or None. The page's text is read from ``start``, past the chrome glued before
    the title."""
    pattern, head = _rules()["title_over_heading"], text[start:start + 200]
    m = pattern.match(head) if pattern is not None and any(
        word in head for word in _rules()["title_over_heading_requires"]) else None
    return start + m.end(1) if m else None


def _removed_head(text: str, inline: list[tuple[int, int, str]]) -> int:
    """Where the page's text starts after the pieces inline rules remove from its very start (a site's
    stamp and address glued before the title: "某某之家—全网资源每日更新www.….com在…会上的发言…")."""
    start = len(text) - len(text.lstrip())
    for s, e, new in sorted(inline):
        if new or s > start:
            break
        start = max(start, e)
    return start


# a keyword line: one word of Han characters or digits
_KEYWORD = re_cache.compile(r"[\u4e00-\u9fff\d]+")


def _title_word_lines(decided: list[str | None], lines: list[str]) -> list[int]:
    """The lines of a run of one-word lines among the page's first lines whose words the next line holds in order
    (boilerplate.yml title_word_lines): a doc-share page's keywords for its title, over the title."""
    rule = _rules()["title_word_lines"]
    if rule is None:
        return []
    max_word, min_run, head_lines = rule
    out: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines[:head_lines]):
        item = line.strip()
        if len(item) <= max_word and _KEYWORD.fullmatch(item):
            run.append(i)
            continue
        if len(run) >= min_run:
            pos = 0
            for k in run:
                pos = item.find(lines[k].strip(), pos)
                if pos < 0:
                    break
                pos += len(lines[k].strip())
            else:
                out.extend(k for k in run if decided[k] is None)
        run = []
    return out


# a tag line: one word of Han characters
_TAG_WORD = re_cache.compile(r"[\u4e00-\u9fff]+")
# a line ending a sentence (its closing quote or bracket after the mark)
_ENDS_SENTENCE = re_cache.compile(r"[。！？!?][”’\"』」)）]?$")


def _foot_tags(decided: list[str | None], lines: list[str]) -> list[int]:
    """The lines of a run of one-word lines closing the page, under its last sentence, whose words mostly
    occur in the text above (boilerplate.yml foot_tags): a mirror's tag list for the article."""
    rule = _rules()["foot_tags"]
    if rule is None or len(lines) <= rule[1]:
        return []
    max_word, min_run, found_share = rule
    run: list[int] = []
    words = 0
    i = len(lines) - 1
    while i >= 0:
        item = lines[i].strip()
        if len(item) <= max_word and _TAG_WORD.fullmatch(item):
            run.append(i)
            words += 1
        elif decided[i] is None:
            break
        i -= 1
    if words < min_run or i < 0 or not _ENDS_SENTENCE.search(lines[i].strip()):
        return []
    above = "\n".join(lines[k] for k in range(i + 1) if decided[k] is None)
    tags = [lines[k].strip() for k in run]
    if sum(1 for w in tags if w in above) < found_share * len(tags):
        return []
    return [k for k in run if decided[k] is None]


def _account_names(decided: list[str | None], lines: list[str], header_title: int | None = None) -> list[int]:
    """A mirror's account name kept between the post's headline and the lead restating it, or right over the
    post's reading-time row, at the page's top (boilerplate.yml account_name); a name the lines above print
    already is left."""
    rule = _rules()["account_name"]
    if rule is None:
        return []
    reach, name, office, row_kinds, row_name_min = rule
    kept = list(itertools.islice((i for i, d in enumerate(decided) if d is None), reach))  # (the top only)
    c = structure_cues()
    # (the headline is the page's first kept line: a line further down may be a broken headline's first half,
    # "青石镇召开2026年度" over "工作会议")
    for a, b, lead in zip(kept[:1], kept[1:2], kept[2:3]):
        head, item, text = lines[a].strip(), lines[b].strip(), lines[lead].strip()
        # (a headline's second half left by a broken copy of it, "征求意见座谈会", is in the lines above)
        if not name.match(item) or office.search(item) or c["author_line"].match(item) or heading_level(item) is not None \
                or any(item in lines[k] for k in range(b)):
            continue
        # (r28chrome: or the headline the article header read over the name and the row, "在县里,也能把夜校办起来")
        if not (c["headline"].match(head) or a == header_title) or SENTENCE_MARK.search(head):
            continue
        # (right over the post's reading-time row: the lead may stand further down, past the row and a deck)
        if b + 1 < len(lines) and decided[b + 1] in row_kinds and len(item) >= row_name_min:
            return [b]
        if (SENTENCE_MARK.search(text)
                and c["news_when"].search(text, 0, c["news_when_reach"])
                and restates(head, text[:120], c["restated_lead"], c["restated_lead_pairs"])):
            return [b]
    return []


def _english_column_labels(decided: list[str | None], lines: list[str]) -> list[int]:
    """A site's column label kept under the English row that names the column in the page's header ("projects" /
    "公益项目", "NEWS" / "新闻动态"; boilerplate.yml english_column): the row went, its label goes with it. Only at
    the page's top, and only a label ending on a column word: a report's own first line stays."""
    rule = _rules()["english_column"]
    if rule is None:
        return []
    reach, english, label = rule
    top = [i for i in range(min(len(lines), reach)) if lines[i].strip()]
    return [b for a, b in zip(top, top[1:]) if decided[a] is not None and decided[b] is None
            and english.match(lines[a].strip()) and label.match(lines[b].strip())]


def _stacked_column_labels(decided: list[str | None], lines: list[str], by_context: list[int]) -> list[int]:
    """A school or unit site's column label kept under its section label that went by context, a column word ending
    both ("新闻中心" / "学院要闻"; boilerplate.yml english_column's label and reach): the section and its column
    stacked over the item at the page's top (round 26, r26chrome)."""
    rule = _rules()["english_column"]
    if rule is None:
        return []
    reach, _, label = rule
    gone = set(by_context)
    top = [i for i in range(min(len(lines), reach)) if lines[i].strip()]
    return [b for a, b in zip(top, top[1:]) if a in gone and decided[b] is None and b not in gone
            and label.match(lines[a].strip()) and label.match(lines[b].strip())]


def _is_word(text: str) -> bool:
    return len(cut(text)) == 1


# a bar closing a short line that holds no other bar: a CMS's separator left after the headline
# ("区领导走访慰问…融媒体中心 |" over "时间:… 来源:… |"); a table row holds bars between its cells
_TRAILING_BAR = re_cache.compile(r"^([^|｜\n]{4,60}?)[ \t　]*[|｜][ \t　]*$", re.M)
_NEXT_LINE = re_cache.compile(r"\n[ \t　\n]*([^\n]*)")


# the metadata kinds that may stand between a news headline and its lead ("作者:", "发布时间:… | 浏览次数:", a lone bar)
# (a CMS's meta block under the headline: its label rows, its print button, an empty 点击: the line model
# takes, and rows it only leans to, "• 发布人:…", which go by context with it)
_BETWEEN_HEADLINE_AND_LEAD = frozenset({"article_meta", "dateline", "share", "junk", "toolbar", "view_counter",
                                        "learned"})


def _headline_over_lead(lines: list[str], decided: list[str | None], i: int, first: int, headline,
                        leaning: list[bool] | None = None) -> bool:
    """Line ``i`` is a news item's headline: a short headline-shaped line over the first sentence line
    (only metadata lines between) that repeats half its character pairs from the lead's opening words
    ("上海区级融媒体中心建设全面启动" over "上海区级融媒体中心建设推进会昨天召开。…"): the line model leans to
    chrome there, but a site's name or a column label does not restate the lead."""
    if first <= i or not headline.match(lines[i].strip()):
        return False
    if any(decided[k] not in _BETWEEN_HEADLINE_AND_LEAD and not (decided[k] is None and leaning and leaning[k])
           for k in range(i + 1, first)):
        return False
    c = structure_cues()
    return restates(lines[i].strip(), lines[first][:120], c["restated_lead"], c["restated_lead_pairs"])


def _trailing_bars(text: str) -> list[tuple[int, int]]:
    """The bar (and the blanks before it) ending a short single-bar line with no sentence end in it; not
    where a line next to it is a cell closed by a bar too (a flattened table, a cell a line: "序号 |" /
    "单位 |")."""
    if "|" not in text and "｜" not in text:  # most pages hold no bar
        return []
    out = []
    # (tried at the lines that end with a bar only, found at C speed: the pattern tried at every line's start
    # ran its lazy run up to 60 characters into every line of a page with a bar anywhere)
    for bar in _LINE_END_BAR.finditer(text):
        m = _TRAILING_BAR.match(text, text.rfind("\n", 0, bar.start()) + 1)
        if m is None or SENTENCE_MARK.search(m.group(1)):
            continue
        k = m.start() - 1  # the last character of the text above, past blank lines
        while k >= 0 and text[k] in " \t　\n":
            k -= 1
        above = text[text.rfind("\n", 0, k + 1) + 1:k + 1] if k >= 0 else ""
        nxt = _NEXT_LINE.match(text, m.end())
        if _is_bar_cell(above) or (nxt is not None and _is_bar_cell(nxt.group(1).rstrip())):
            continue
        out.append((m.end(1), m.end()))
    return out


# a bar ending a line (looked for by its first character, which re scans for at C speed: a pattern opening on
# a lookbehind for the sentence end was tried at every character of every page with a bar)
_LINE_END_BAR = re_cache.compile(r"[|｜][ \t　]*$", re.M)
_SENTENCE_ENDS = "。！？!?”」"


def _paragraph_tails(text: str) -> list[tuple[int, int]]:
    """A CMS row's tail ending a paragraph after its last sentence: the bar, and the source field before it
    ("…精神动力。 |", "…工作格局。 来源:某某发布 |"), on a line that holds no other bar (a table row flattened
    onto a line holds one between its cells)."""
    if "|" not in text and "｜" not in text:  # most pages hold no bar
        return []
    out = []
    for m in _LINE_END_BAR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        if "|" in line or "｜" in line:
            continue
        body = line.rstrip(" \t　")
        if body[-1:] and body[-1] in _SENTENCE_ENDS:
            out.append((line_start + len(body), m.end()))
            continue
        last = max(map(body.rfind, _SENTENCE_ENDS))
        if last >= 0 and _rules()["paragraph_tail_source"].fullmatch(line, last + 1):
            out.append((line_start + last + 1, m.end()))
    return out


def _is_bar_cell(line: str) -> bool:
    """A table cell on a line of its own, closed by a bar ("派遣工单总数 |"); a metadata row closed by one
    ("时间:… 来源:… 作者:… |") is no cell, nor is a run of bars alone, a layout table's empty cells ("|||…|"),
    nor (r26wechat) a paragraph whose last sentence the layout's bar closes ("…考核的一种机制。 |", under a headline
    closed by one too: "…首次述职 |")."""
    body = line.strip(" \t\u3000|｜")
    return (line[-1:] in ("|", "｜") and ":" not in line and "：" not in line
            and bool(body) and body[-1] not in _SENTENCE_ENDS)


def _spliced_sites(text: str) -> list[tuple[int, int]]:
    """A spam site's name spliced into a word ("政府工白熊资讯网作报告"): the name whose removal joins the
    characters on either side into a word ("工作"), the one after starting no word with the next."""
    cfg = _rules()["spliced_site"]
    spans = []
    for suffix in cfg["suffixes"]:
        for at in positions(text, suffix):  # most pages hold none
            e = at + len(suffix)
            if e + 1 >= len(text) or not _is_han(text[e]):
                continue
            for n in range(cfg["min_name"], cfg["max_name"] + 1):
                s = at - n
                if s < 1 or not all(_is_han(c) for c in text[s - 1:at]):
                    break
                if _is_word(text[s - 1] + text[e]) and not _is_word(text[e:e + 2]):
                    spans.append((s, e))
                    break
    return spans


def _url_stamps(text: str) -> list[tuple[int, int]]:
    """A site's stamp glued before its address at each of its copies in the text ("…里程达到某某之家—全网资源
    每日更新 www.….com170公里"): the words right before an address that comes back, the same at every copy
    (the address itself goes by the url rule). Spans of those words."""
    cfg = _rules()["url_stamp"]
    # every address holds http or www. (fragments.yml web_address), so one printed min_count times puts one of
    # them there that often (most pages name no address twice; a page's own address line holds both once)
    if text.count("http") < cfg["min_count"] and text.count("www.") < cfg["min_count"]:
        return []
    at: dict[str, list[int]] = {}
    for m in cfg["address"].finditer(text):
        at.setdefault(m.group(), []).append(m.start())
    spans = []
    for address, starts in at.items():
        if len(starts) < cfg["min_count"] or cfg["own_domain"].search(address):
            continue
        leads = [text[max(0, a - cfg["max_lead"]):a].rpartition("\n")[2] for a in starts]
        n, shortest = 0, min(map(len, leads))  # n: the length of the words every copy has right before the address
        while n < shortest and len({lead[-1 - n] for lead in leads}) == 1:
            n += 1
        lead = leads[0][len(leads[0]) - n:].lstrip()
        if len(lead) >= cfg["min_lead"] and SENTENCE_MARK.search(lead) is None and HAN_CHAR.match(lead) \
                and not cfg["lead_to"].search(lead.rstrip()):
            spans.extend((a - len(lead), a) for a in starts)
    return spans


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_SENTENCE_REST = re_cache.compile(r"[，。；,;]")
_CELL_GAP = re_cache.compile(r"\t|\s{2,}|[|｜]")


def _injected_prefixes(text: str, source: str) -> list[tuple[int, int]]:
    """A word a hijacked page puts before many of its lines ("鼎盛国际 一、村集体经济…"): the same
    short run of letters, then a space, at the start of at least ``min_lines`` lines. The space is
    looked for in the decoded source (normalizing removed it between Chinese characters)."""
    cfg = _rules()["injected_prefix"]
    # the pattern opens with the line break before a line (a literal re finds at C speed, twice as
    # fast as trying ^ at every position): the first line gets one too
    source = "\n" + source
    found = list(finditer(cfg["pattern"], source))
    if len(found) < cfg["min_lines"]:
        return []  # (no word can recur on enough lines)
    # most pages repeat no such word: the lines' rest is read only for words that recur
    recurring = Counter(m.group(1) for m in found)
    found = [m for m in found if recurring[m.group(1)] >= cfg["min_lines"]]
    if not found:
        return []
    counts: Counter = Counter()
    before_sentences: Counter = Counter()
    openings: dict[str, set[str]] = {}
    for m in found:
        end = source.find("\n", m.end())
        rest = source[m.end():end if end >= 0 else len(source)]
        # not a table row's first cell ("产出指标 数量指标 培训人数 …") nor a speaker's name in an
        # interview ("易县长 : 2023年,…"); before sentences too, not only before titles
        if not _CELL_GAP.search(rest) and not rest.startswith((":", "：")):
            counts[m.group(1)] += 1
            before_sentences[m.group(1)] += bool(_SENTENCE_REST.search(rest))
            openings.setdefault(m.group(1), set()).add(rest[:_limits().injected_rest_opening])
    # an injected word goes before lines of every kind; the same words after it on each of its lines
    # are the page's own two-phrase headline, printed as its title, its copy and in its last
    # paragraph ("寒去春来迎生机 奋楫笃行启新程 ——…开学典礼" / "寒去春来迎生机 奋楫笃行启新程。相信…")
    words = [w for w, n in counts.items() if n >= cfg["min_lines"] and before_sentences[w] and len(openings[w]) > 1]
    if not words:
        return []
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip(" \t　")
        for w in words:
            if stripped.startswith(w) and len(stripped) > len(w):
                start = pos + len(line) - len(stripped)
                spans.append((start, start + len(w) + (stripped[len(w)] in " \t　")))  # with its space, if kept
                break
        pos += len(line) + 1
    return spans


_DIGITS = re_cache.compile(r"[\d.,，]+")
_CLAUSE_MARK = re_cache.compile(r"[，,；;、。]")


_BARE_NUMBER = re_cache.compile(r"\d{1,9}(?:\.\d{1,3})?%?")
_ALL_HAN = re_cache.compile(r"[\u4e00-\u9fff]+")


def _sentence_piece(lines: list[str], i: int) -> bool:
    """A piece of a sentence a PDF copy broke off, not chrome: the next line goes on with a
    closing mark ("(以下简称《条例》" / ")和《…》"), or a bare number with its unit ("2110" / "条。…")."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].lstrip()[:1]
    marks, units = broken_piece()
    return nxt in marks or (nxt in units and _BARE_NUMBER.fullmatch(lines[i].strip()) is not None)


def _broken_sentence_end(lines: list[str], i: int, nonblank: list[tuple[int, int]]) -> bool:
    """Line i ends a sentence a PDF broke at its width ("…各项任务按计划推进。现将有关情" / "况报告如下:"): the
    line above runs into it (_runs_into_sentence, a colon closing too), long and ending on a Han character (a
    line a page's width broke, not a paragraph's end), and line i is short, with no clause mark of its own."""
    item = lines[i].strip()
    tail_max, head_min = broken_sentence_tail()
    if i == 0 or not 1 < len(item) <= tail_max:
        return False
    above = lines[i - 1].rstrip()
    return (len(above.strip()) >= head_min and HAN_CHAR.match(above[-1]) is not None
            and broken_line_marks()[0].search(item) is None and SENTENCE_MARK.search(item[:-1]) is None
            and _runs_into_sentence(lines, i - 1, nonblank, _STOP_OR_COLON))


# what closes the end of a broken sentence alone on its line: a full stop, or a colon before a list ("况总结如下:")
_STOP_OR_COLON = re_cache.compile(r"[。！？!?:：]")


def _signoff_tail(lines: list[str], i: int, signoff) -> bool:
    """The wrapped end of a sign-off or subtitle line a PDF broke at its width ("——2026年1月12日在…
    第四次会议" / "上"): a few Han characters under a line the sign-off rule keeps."""
    item = lines[i].strip()
    return (0 < i and 0 < len(item) <= broken_line_marks()[1] and _ALL_HAN.fullmatch(item) is not None
            and signoff.match(lines[i - 1].strip()) is not None)


def _runs_into_sentence(lines: list[str], i: int, nonblank: list[tuple[int, int]], closing=FULL_STOP) -> bool:
    """Line i is the head of a sentence a PDF broke at the line's width: it holds a clause mark, ends
    with none that closes, and the line right under it (no blank line between) ends the sentence, on a mark
    ``closing`` matches ("现在,我代表…,并请县政协委" / "员提出意见。")."""
    line = lines[i].rstrip()
    if i + 1 >= len(lines) or not line or SENTENCE_MARK.match(line[-1]) or line[-1] in ":：":
        return False
    if nonblank[i + 1][0] != nonblank[i][1] + 1:
        return False  # a blank line between: a paragraph ends there
    return closing.match(lines[i + 1].rstrip()[-1:]) is not None and broken_line_marks()[0].search(line) is not None


def _figure_under_label(lines: list[str], decided: list[str | None], i: int, nonblank: list[tuple[int, int]]) -> bool:
    """Line i holds only a figure and ends the phrase of the kept line right above it, broken at the line's end
    ("全年服务农户" / "1000+"): boilerplate.yml split_figure; not a site counter's figure under its label."""
    rule = _rules()["split_figure"]
    if rule is None or i == 0 or decided[i - 1] is not None or nonblank[i][0] != nonblank[i - 1][1] + 1:
        return False
    value, counter_label = rule
    above, figure = lines[i - 1].rstrip(), lines[i].strip()
    return (value.match(figure) is not None and above[-1:].isalpha() and not above[-1:].isascii()
            and counter_label.search(above) is None and counter_label.search(figure) is None)


def _numbered_title_copies(lines: list[str], classified: list) -> list[tuple[int, tuple[int, int] | None]]:
    """(line, span of the number in it) of the lines that print the page's title again with an article number
    after it, between a collection's articles ("县区推行河长制的方案一" under the page title "县区推行河长制的
    方案【最新…】"; boilerplate.yml's article_marker.numbered_copy): the title part opens one of the page's
    first lines."""
    rule = _rules()["numbered_copy"]
    if rule is None or len(lines) < 2:
        return []
    pattern, head_lines = rule
    head = [line.strip() for line in lines[:head_lines]]
    out = []
    numbered: dict[str, list[tuple[int, tuple[int, int], str]]] = {}  # a title's numbered copies
    for i, line in enumerate(lines):
        item = line.strip()
        # (cheap tests first: a line ending in a number and short enough)
        if classified[i][0] is not None or len(item) > 44 or item[-1:] not in _ARTICLE_NUMERALS:
            continue
        m = pattern.match(line)
        if m and any(h != item and h.startswith(m.group(1)) for h in head):
            out.append((i, (m.end(1), len(line.rstrip()))))
        if m:
            numbered.setdefault(m.group(1).strip(), []).append((i, (m.end(1), len(line.rstrip())), item[len(m.group(1)):]))
    # (r26docshare: a 合集 whose page title is lost (not printed at the top without a number) prints its items' one title
    # with two numbers or more, "社区的工作计划1" / "社区的工作计划2": each copy goes whole, a marker (the item's title names the page, not the item; a copy
    # left as text read as the caption of the item above, its title again, and started nothing))
    whole = {i for title, copies in numbered.items() if len({number.strip() for _, _, number in copies}) >= 2
             and not any(h.startswith(title) and h not in {lines[k].strip() for k, _, _ in copies} for h in head)
             for i, _, _ in copies}
    if whole:
        out = [(i, span) for i, span in out if i not in whole] + [(i, None) for i in whole]
        out.sort(key=operator.itemgetter(0))
    # (r26docshare: the number before the copy, "1.社区垃圾分类工作报告": the number goes)
    lead = _rules()["numbered_copy_lead"]
    for i, line in enumerate(lines) if lead is not None else ():
        item = line.strip()
        if classified[i][0] is not None or len(item) > 46 or item[:1] not in _ARTICLE_NUMERALS:
            continue
        m = lead.match(line)
        if m and any(h != item and h.startswith(m.group(2)) for h in head):
            out.append((i, m.span(1)))
    return out


_ARTICLE_NUMERALS = frozenset("一二三四五六七八九十0123456789")


def _marker_inside_report(line: str, seen: set[str], lines: list[str], i: int) -> bool:
    """An article marker printed again inside a report starts no article: a 范文 page repeats
    its "…总结范文" header as an ad break, where the text before announces more ("…主要有以下六个
    方面:") or the text after goes on with a sub-heading ("(一)…", "1、…")."""
    if line.strip() not in seen:
        return False
    before = lines[i - 1].rstrip() if i else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return before.endswith((":", "：")) or heading_level(after) in (2, 3, 4)


def _title_line_follows(lines: list[str], i: int) -> bool:
    """Whether the next nonblank line after line i is a report's title (boilerplate.yml's report_title)."""
    for line in lines[i + 1:i + 4]:
        if line.strip():
            return _rules()["report_title"].match(line.strip()) is not None
    return False


def _doubled_title_prefix(text: str) -> list[tuple[int, int]]:
    """The span of a doc-share file title and category glued at the page's top before the title
    printed again (boilerplate.yml's docshare_title_prefix): the copy after it opens on its words."""
    pattern = _rules()["title_prefix"]
    m = pattern.match(text[:200]) if pattern is not None else None
    if m is None:
        return []
    head = m.group(1).lstrip()[:4]
    return [m.span(1)] if text.startswith(head, m.end(1)) else []


def _page_head_stamps(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the stamps around a page's title (boilerplate.yml's page_head_stamps): the
    first page's number over the title line, a post date glued to the headline, a post date on a line of
    its own among the head lines (before the first that ends a sentence or greets), a site's name there; and
    the last page's number on the page's last line."""
    rules = _rules()["page_head"]
    if rules is None:
        return []
    number, glued_date, date_line, head_lines, foot_number, site_name, glued_count, decoration = rules
    head = text[:400]
    out = []
    foot = len(text) - 12  # the last line's page number, looked for in the page's last characters
    if foot > 0 and text[foot:].rstrip()[-1:].isdigit() and (m := foot_number.search(text, foot)):
        out.append((*m.span(1), "pagination"))
    if head[:4].lstrip()[:1].isdigit() and (m := number.match(head)) \
            and structure_cues()["title_line"].match(m.group(2).rstrip()):
        out.append((*m.span(1), "pagination"))
    if (m := glued_date.match(head)) is not None:
        out.append((*m.span(1), "date_line"))
    if (m := glued_count.match(head)) is not None:
        out.append((*m.span(1), "seo_title"))
    out.extend(_decorated_page_title(head, decoration))
    pos = seen = 0
    while seen < head_lines and pos < len(head):
        end = head.find("\n", pos)
        end = len(head) if end < 0 else end
        line = head[pos:end]
        if line.strip():
            if FULL_STOP.search(line) or opens_speech(line.strip()):
                break
            if line[:2] in ("19", "20") and date_line.match(line):
                out.append((pos, min(end + 1, len(text)), "date_line"))
            elif line.rstrip()[-1:] in "网库家" and site_name.match(line):
                out.append((pos, min(end + 1, len(text)), "site_name"))
            seen += 1
        pos = end + 1
    return out


_LEADING_TAG = re_cache.compile(r"^[ \t　]*(?:【[^】\n]{1,6}】|\[[^\]\n]{1,6}\])[ \t　]*")


def _decorated_page_title(head: str, decoration) -> list[tuple[int, int, str]]:
    """The page's <title> line over its article (round 15: a blog repost's "四叶蜜语大结局:同样听述职报告,…" over
    "【原创】 同样听述职报告,…"): one of the first lines holds a later head line's text, a title, with only a
    site's decoration (page_head_stamps.title_decoration) before or after it; that line goes, the title stays."""
    title_lines, title_below, title_min = _rules()["decorated_title"]  # (page_head_stamps)
    spans = []
    pos = 0
    lines: list[tuple[int, int, str]] = []
    while pos < len(head) and len(lines) < title_below:
        end = head.find("\n", pos)
        end = len(head) if end < 0 else end
        if head[pos:end].strip():
            lines.append((pos, end, head[pos:end].strip()))
        pos = end + 1
    if end >= len(head):
        lines = lines[:-1]  # the head's last line may be cut off
    # each line's title, without its tag, once (each line is read under every line above it); a title may ask
    # a question ("…为何感觉大不同?(图)"): no full stop only
    titles = [title if len(title) >= title_min and "。" not in title else None
              for title in (_LEADING_TAG.sub("", below).strip() if below[:1] in "【[" else below
                            for _, _, below in lines[1:])]
    # (r27chrome: a line of text between them, an editor's note or a lead, makes the later line a copy of the
    # headline over the text, not the headline under its page <title>: "教育强县|乡村教师是如何留下来的" / "…。" /
    # "乡村教师是如何留下来的" keeps the first)
    prose = next((k for k, (_, _, below) in enumerate(lines[1:]) if "。" in below), len(titles))
    titles[prose:] = [None] * (len(titles) - prose)
    for k, (s, e, line) in enumerate(lines[:title_lines]):
        for title in titles[k:]:
            if title is None or title == line:
                continue
            rest = line[:-len(title)] if line.endswith(title) else line[len(title):] if line.startswith(title) else None
            if rest and decoration.match(rest):
                spans.append((s, min(e + 1, len(head)), "page_title"))
                break
    return spans


def _title_copy_end(text: str, start: int) -> int | None:
    """Where the title printed again at ``start`` (after a removed file title) ends, when the page's
    text runs on after it on the same line ("…上半年工作总结柳溪镇2025年上半年…,…"): a line break goes there."""
    m = _rules()["title_copy"].match(text, start)
    return m.end() if m and "\n" not in text[start:m.end()] else None


def _glued_collection_markers(text: str) -> list[tuple[int, int]]:
    """Spans of a collection's title and article marker glued before a line's first words
    (boilerplate.yml's glued_collection_marker, its group 1): "2023…调研报告范文(3篇)…调研报告1一、…"."""
    pattern = _rules()["collection_marker"]
    if pattern is None or "篇" not in text and "报告" not in text and "总结" not in text:
        return []
    return [m.span(1) for m in pattern.finditer(text)]


def _inline_collection_markers(text: str) -> list[tuple[int, int, bool]]:
    """Spans of a 合集's item markers inside a flattened line (boilerplate.yml inline_collection_marker), each with
    whether it starts the next item: right after a sentence end ("…建成老年食堂。【篇二】 一、…") it does, and a line
    break takes its place; a bracketed one, or one with its colon, after the page's title on the same line ("…工作计划
    【篇一】 一、…") only goes. A marker at a line's start is the line rules' (glued_collection_marker, article_marker)."""
    rule = _rules()["inline_marker"]
    if rule is None or "篇" not in text and "范文" not in text:
        return []
    pattern, ends, title_ends = rule
    found = []
    for m in finditer(pattern, text):
        s = m.start()
        j = s
        while j > 0 and text[j - 1] in " \t\u3000":
            j -= 1
        before = text[j - 1] if j > 0 else "\n"
        if before == "\n":
            continue  # at a line's start
        marker = m.group(1)
        # (the marker's own span: its item's title, group 2, stays, on a line of its own over the text)
        end = m.start(2) if m.group(2) else m.end()
        if before in ends:
            found.append((j, end, True))
        elif before in title_ends and (marker[0] == "【" or marker[-1] in ":："):
            found.append((j, end, False))
        else:
            continue
        if m.group(2):
            found.append((m.end(2), m.end(), True))  # (the blanks after the title, if any: a break in their place)
    return found


def _glued_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the page's title glued to a sentence's end ("…70场文化馆年度工作总结范文精选。"):
    from the genre word back over the words the page's title lines use, a year included."""
    cfg = _rules()["glued_title"]
    # glued to a sentence of the report, not a title line or a related-articles entry: the title
    # only moves its start back, so a genre word without such a sentence before it is none
    found = []
    for m in cfg["suffix"].finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start >= cfg["min_sentence"] and _CLAUSE_MARK.search(text, line_start, m.start()):
            found.append((m, line_start))
    if not found:
        return []
    # title lines: the short lines at the top that hold no sentence
    head = [ln.strip() for ln in text.split("\n", cfg["title_lines"])[:cfg["title_lines"]]
            if len(ln.strip()) <= cfg["max_title_line"] and not SENTENCE_MARK.search(ln)]
    vocab = {w for ln in head for w in cut(ln) if len(w) > 1 or "\u4e00" <= w <= "\u9fff"}
    vocab.update(cfg["title_words"])
    spans = []
    for m, line_start in found:
        before = text[max(line_start, m.start() - cfg["max_len"]):m.start()]
        words = cut(before)
        start = m.start()
        for w in reversed(words):
            if w in vocab or (_DIGITS.fullmatch(w) and len(w) == 4):  # a year as 2024 without 年
                start -= len(w)
            else:
                break
        if start - line_start >= cfg["min_sentence"] and _CLAUSE_MARK.search(text, line_start, start):
            spans.append((start, m.end()))
    return spans


# rule kinds a form table's rows can look like (short cells between separators)
_TABLE_LOOKALIKES = frozenset({"site_menu", "navigation", "toolbar", "related_list"})


def _is_anchor(line: str) -> bool:
    """A line that is surely report text: a long run ending in a sentence mark."""
    return len(line) >= 30 and next(iter(_content_sentences(line)), None) is not None


@functools.cache
def _toc_headers() -> tuple[re.Pattern, re.Pattern]:
    """A table of contents' header line (also a 范文 site's outline header, "目录/提纲:……", "提纲:"), stripped; and
    one for a page that may hold such a header: one scan of it before its lines are looked at."""
    words = load_yaml("boilerplate.yml")["toc_words"]
    return (re_cache.compile(rf"^(?:{words}|目\s?录\s?[/／]\s?提\s?纲)\s?[:：]?\s?[….]{{0,6}}$"),
            re_cache.compile(rf"^[ \t　]*(?:{words})[^\n]{{0,12}}$", re.M))


def _table_of_contents(nonblank_lines: list[str], nonblank: list[tuple[int, int]]) -> set[int]:
    """Starts of the lines of a plain table of contents ("一、部门基本情况" / "二、绩效目标完成情况" / …
    listed once on top, then again as the headings of the text): the first copy is chrome."""
    lines = [t.strip() for t in nonblank_lines]
    last = {t: k for k, t in enumerate(lines)}  # where each line's text occurs last
    if len(last) == len(lines):
        return set()  # a contents line comes back as a heading; on most pages no line comes back
    # a contents line is a bare heading in a run of them; only runs holding a line that comes back
    # matter, so whether a line is a heading is worked out around those lines only (every line's
    # test cost most of this function)
    heads: dict[int, bool] = {}
    max_line = _limits().toc_max_line

    def is_head(k: int) -> bool:
        if k not in heads:
            t = lines[k]
            heads[k] = len(t) <= max_line and not SENTENCE_MARK.search(t) and heading_level(t) is not None
        return heads[k]

    out: set[int] = set()
    end = 0  # the runs found so far end before this line
    for k in range(len(lines)):
        if k < end or last[lines[k]] <= k or not is_head(k):
            continue
        i = k
        while i > end and is_head(i - 1):
            i -= 1
        end = k + 1
        while end < len(lines) and is_head(end):
            end += 1
        run = range(i, end)
        # the lines that come back after themselves (the run may end on the text's first heading)
        back = [j for j in run if last[lines[j]] > j]
        least = _limits().toc_min_run_under_header if i > 0 and _toc_headers()[0].match(lines[i - 1]) else _limits().toc_min_run
        if len(back) >= least and len(back) * 3 >= (len(run) - 1) * 2:
            out.update(nonblank[k][0] for k in back)
    return out


def _glued_outlines(text: str) -> set[str]:
    """The outlines a line holds whole after its header ("【提纲】一、提高政治站位,…。二、…。(一)…。四、…。",
    boilerplate.yml glued_outline), without the header: every piece up to a 。 a numbered heading of a
    contents line's length and at most two clauses. Read before the inline pass, which takes a bracketed
    header away on its own."""
    pat = _rules()["glued_outline"]
    if "纲" not in text and "录" not in text or not pat.search(text):
        return set()
    out: set[str] = set()
    for m in pat.finditer(text):
        line = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]
        pieces = [q.strip() for q in line.split("。")]
        if pieces and not pieces[-1]:
            pieces.pop()
        if len(pieces) >= _limits().glued_outline_min and all(
                len(q) <= _limits().toc_max_line and q.count(",") + q.count("，") <= 1 and heading_level(q) is not None
                for q in pieces):
            out.add(line.strip())
    return out


def _glued_outline(lines: list[str], nonblank: list[tuple[int, int]], outlines: set[str]) -> set[int]:
    """Starts of the lines that hold one of ``outlines`` (:func:`_glued_outlines`), its header still there or gone."""
    if not outlines:
        return set()
    pat = _rules()["glued_outline"]
    out: set[int] = set()
    for k, line in enumerate(lines):
        item = line.strip()
        m = pat.match(item)
        if (item[m.end():].strip() if m else item) in outlines:
            out.add(nonblank[k][0])
    return out


def _outline_under_header(lines: list[str], nonblank: list[tuple[int, int]], text: str,
                          outlines: set[str] = frozenset()) -> set[int]:
    """Starts of the lines of an outline right under a 目录 / 提纲 header ("目录/提纲:……" / "一、雨情、水情、
    灾情" / "1、修订完善预案" / …): a run of bare headings, half of which (two at least) occur again
    further down the page, not necessarily as lines of their own; and of a whole outline glued to its header."""
    out = _glued_outline(lines, nonblank, outlines)
    header, header_line = _toc_headers()
    if not header_line.search(text):
        return out  # most pages have no such header: one scan settles them
    entry = _rules()["toc_entry"]
    widget = _rules()["post_toc_header"]  # a post's generated contents widget ("文章目录:")
    for k, line in enumerate(lines):
        if not header.match(line.strip()):
            continue
        if entry is not None and (numbered := _page_numbered_entries(lines, k + 1, entry)):
            out.update(nonblank[j][0] for j in numbered)
            continue
        if widget is not None and widget.match(line.strip()):
            out.update(nonblank[j][0] for j in _post_toc_entries(lines, k + 1))
            continue
        end = k + 1
        while end < len(lines):
            t = lines[end].strip()
            if len(t) > _limits().toc_max_line or SENTENCE_MARK.search(t) or heading_level(t) is None:
                break
            end += 1
        if end == k + 1 or end >= len(lines):
            continue
        # the lines that come back after themselves; the run may end on the text's first heading, so
        # it ends at the last of them
        back = [j for j in range(k + 1, end) if lines[j].strip() in text[nonblank[j][1]:]]
        if len(back) >= _limits().outline_min_back and len(back) * 2 >= back[-1] - k:
            out.update(nonblank[j][0] for j in range(k + 1, back[-1] + 1))
    return out


def _post_toc_entries(lines: list[str], start: int) -> list[int]:
    """The entries of a post's contents widget from ``start`` on (r28chrome): short headings of the first one's
    numbering ("1.内容生产的变化" / "2.渠道分发为什么要分层?" / …), a question's mark closing one allowed; the
    text's own first heading, numbered otherwise ("一、…"), ends them. They go whether or not they come back as the
    text's headings (one part of a series prints the whole series' contents). Two at least."""
    level = heading_level(lines[start].strip()) if start < len(lines) else None
    end = start
    while level is not None and end < len(lines):
        t = lines[end].strip()
        if len(t) > _limits().toc_max_line or SENTENCE_MARK.search(t.rstrip("?？")) or heading_level(t) != level:
            break
        end += 1
    return list(range(start, end)) if end - start >= 2 else []


def _page_numbered_entries(lines: list[str], start: int, entry) -> list[int]:
    """The lines from ``start`` on that are a contents list's entries with their page numbers (boilerplate.yml's
    toc_page_entry: "1.2022年度某镇…工作总结 2" / "2.某乡…工作思路 5" / …), the numbers never going down; empty
    when fewer than toc_page_entries_min such lines follow."""
    out: list[int] = []
    page = 0
    for j in range(start, len(lines)):
        m = entry.match(lines[j])
        if m is None or int(m.group(1)) < page:
            break
        page = int(m.group(1))
        out.append(j)
    return out if len(out) >= _limits().toc_page_entries_min else []


_LEADER = re_cache.compile(r"\s{0,3}(?:[.．·•‥…]{2,}|…)[^\n]{0,12}$")


def _contents_entries(lines: list[str], classified: list, toc: set[int], nonblank: list[tuple[int, int]]) -> set[str]:
    """The headings a table of contents lists (its dot leaders and page numbers cut off)."""
    return {_LEADER.sub("", lines[k].strip()) for k in range(len(lines))
            if nonblank[k][0] in toc or classified[k][0] == "pagination" and _LEADER.search(lines[k])}


def _inner_tags(classified: list, lines: list[str]) -> set[int]:
    """Bracketed one-line "tags" between two lines of the report's sentences ("…寒风。" / "[乡村公路]" /
    "老家发展最大的…"): a subheading of the text, not a column tag (those sit above or below it)."""
    return {i for i in range(1, len(lines) - 1)
            if classified[i][0] == "tag" and classified[i][1] is None
            and _is_anchor(lines[i - 1]) and _is_anchor(lines[i + 1])}


def _teasers(decided: list[str | None], lines: list[str]) -> list[int]:
    """A document site's teaser: the text's first hundred or so characters, cut off mid-sentence,
    printed right above the full text (docs.qq): a line of sentences that the next line starts with."""
    out = []
    for i in range(len(lines) - 1):
        # (the cheap tests first: on most lines the lengths or the first characters settle it)
        if decided[i] is not None or decided[i + 1] is not None or len(lines[i]) < _limits().teaser_min:
            continue
        a, b = lines[i].strip(), lines[i + 1].strip()
        if len(a) >= _limits().teaser_min and len(b) > len(a) and b.startswith(a[:8]) and _CLAUSE_MARK.search(a):
            a, b = "".join(a.split()), "".join(b.split())  # a converter's line-break spaces differ
            if len(b) > len(a) and b.startswith(a):
                out.append(i)
    return out


_BRACKETED_TITLE = re_cache.compile(r"[ \t　]*【([^】\n]{6,60})】(?=[^\n]{20})")


def _bracketed_titles(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A document site's second teaser form: the page's title again in 【】 glued before the text
    ("镇长在…会上的讲话" / "【镇长在…会上的讲话】同志们:…"): spans of the bracketed copy of a line above."""
    out = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        m = _BRACKETED_TITLE.match(line) if decided[i] is None and "【" in line[:4] else None
        if m and m.group(1).strip() in seen and SENTENCE_MARK.search(line, m.end()):
            out.append((nonblank[i][0], nonblank[i][0] + m.end()))
        seen.add(line.strip())
    return out


def strip_boilerplate(doc: Document) -> Document:
    """Stage: remove inline noise, then noise lines, recording every removal."""
    keep_bracket_tags = tags_head_parts(doc.text)  # section headings, not column tags
    outlines = _glued_outlines(doc.text)  # (before the inline pass takes a bracketed 【提纲】 header away)
    url_dates = _url_dates(doc.text)  # (before the inline pass takes the address away from its date)
    _strip_inline(doc, keep_bracket_tags)
    text = doc.text
    edits: list[tuple[int, int, str]] = []
    kinds: dict[int, str] = {}
    boundaries: list[int] = []
    # the non-blank lines and their spans, picked at C speed (a comprehension slicing each line twice
    # cost 1.3x as much)
    all_lines = text.split("\n")
    not_blank = list(map(str.strip, all_lines))
    nonblank = list(itertools.compress(iter_lines(text), not_blank))
    lines = list(itertools.compress(all_lines, not_blank))
    # rows of a self-evaluation form are short, numeric, pipe-separated: the line model would take
    # them for chrome, so inside a form table only the rules decide
    tables = table_regions_of(doc)  # kept for reflow when no line goes
    toc = _table_of_contents(lines, nonblank) | _outline_under_header(lines, nonblank, text, outlines)
    digest, digested = _digest(lines, nonblank)
    toc |= digest
    clf = line_classifier()
    rel_len, rel_item, rel_header, rel_header_len, rel_header_tail, rel_bulleted = _rules()["related"]
    signoff = _rules()["signoff"]
    issuer = _rules()["bulletin_issuer"]
    meta_label, meta_value = _rules()["meta_value"]
    title_genre = _rules()["title_genre"]
    site_names = _repeated_names(text)
    credit_above = ""  # the credit or metadata line the lines just above went as (names may follow it)
    in_related = False
    contents: set[str] | None = None  # the headings a table of contents lists, when a marker needs them
    rel_marker: str | None = None  # the related list's first bullet ("" when its first item had none)
    decided: list[str | None] = []  # per nonblank line: its noise kind, or None for content
    seen_markers: set[str] = set()  # the article markers met so far
    leaning: list[bool] = []  # the classifier leans to noise without reaching its bar
    # rows of a pipe table (a line with a cell separator next to another): a table's header or a
    # row of figures reads like chrome to the line model, yet it is data; it goes only when sure
    table_rows: set[int] = set()
    if "|" in text or "｜" in text:  # most pages hold no pipe at all
        piped = [False, *(("|" in line or "｜" in line) for line in lines), False]
        table_rows = {i for i in range(len(nonblank)) if piped[i + 1] and (piped[i] or piped[i + 2])}
    classified = list(map(_classify, lines))
    if "|" in text or "｜" in text:  # (most pages hold no bar)
        for i, (a, b) in _pipe_titles(lines):
            classified[i] = (None, None, True)  # the headline left: the report's, never the line model's
            edits.append((nonblank[i][0] + a, nonblank[i][0] + b, ""))
            kinds[nonblank[i][0] + a] = "column_label"
    for i, number in _numbered_title_copies(lines, classified):
        # the number goes, the title stays and names the article (its genre: "…的方案" is no 工作总结), as a
        # titled marker's title does
        classified[i] = ("article_marker", (number,) if number else None, False)
    inner_tags = _inner_tags(classified, lines) if "[" in text or "【" in text else set()
    in_tables = [any(a <= s < b for a, b in tables) for s, _ in nonblank] if tables else None  # most pages hold no table
    # the lines the classifier may be asked about, scored together (LineClassifier.noise_levels: a
    # stand-in below 0.5 for a line surely below it, and every bar here is 0.5 or more); a line the
    # rules call noise is not asked about (nor one of the report's text, a long one or one in a table)
    levels: dict[str, float] = {}
    # a sentence line's bar, and the context pass's (a line leaning to noise goes among noise)
    sentence_bar, context_bar = _limits().sentence_line_threshold, _limits().context_threshold
    # the least bar a line's noise probability is held against: below it, the model changes nothing
    least_bar = min(clf.threshold, sentence_bar, context_bar) if clf is not None else 1.0
    exact = least_bar < 0.5
    if clf is not None and not exact:
        asked = [line for k, ((kind, _, report_text), line) in enumerate(zip(classified, lines))
                 if not report_text and len(line) <= clf.max_len and not (in_tables and in_tables[k])
                 and (kind is None or kind == "tag" and keep_bracket_tags)]
        levels = dict(zip(asked, clf.noise_levels(asked)))
    # a 信息公开年报's table cells alone on their lines ("信息内容", "本年制发件数"): the report's, not the model's
    table_cells = _rules()["report_table_cells"] if "信息公开" in text else frozenset()
    meeting_fields = _meeting_fields(lines, text)
    for i_line, ((s, e), line) in enumerate(zip(nonblank, lines)):
        kind, parts, report_text = classified[i_line]
        if keep_bracket_tags and kind == "tag" and line.lstrip().startswith("【"):
            kind, parts = None, None
        in_table = bool(in_tables) and in_tables[i_line]
        if i_line in inner_tags:
            kind, parts = None, None
        if s in toc:
            kind, parts = "pagination", None
        if in_table and kind in _TABLE_LOOKALIKES:
            kind, parts = None, None  # a form's header row reads like a menu: "分值|评分标准|自评分"
        elif in_table and kind is None and is_page_number(line):
            kind = "pagination"  # the line model stays out of tables; page numbers still go
        item = line.strip()
        if kind is None and decided and decided[-1] == "bulletin_masthead" and issuer.match(item):
            kind = "bulletin_masthead"  # the issuing offices and date right below the issue number
        if kind is None and decided and decided[-1] in _META_LABEL_KINDS and len(item) <= 40 \
                and meta_value.match(item) and meta_label.match(_BULLET.sub("", lines[i_line - 1].strip())) \
                and ("/" in item or not title_genre.search(item)):
            kind = "article_meta"  # the value under its label ("• 主题分类:" / "综合政务/计划总结")
        if kind is None and decided and decided[-1] == "article_meta" and _BARE_COUNT.fullmatch(item) \
                and _FULL_DATE.search(lines[i_line - 1]):
            kind = "view_counter"  # a hit counter that lost its label, under the dated publication row (round 26)
        if site_names and item in site_names:
            kind, parts = "site_name", None  # the site's name, repeated on its footer line, alone on a line
        if kind is None and credit_above and _credit_residue(item, credit_above):
            kind = "news_credit"  # names left under a credit block ("文:何思远 图:苏蔓 …" / "何思远 苏蔓")
        if kind is None and decided and decided[-1] == "masthead" and _rules()["closing_date"].match(item):
            kind = "date_line"  # an e-paper's issue date under its masthead ("国内统一刊号:…" / "2026年03月18日")
        if kind is None and credit_above and _dated_credit(item, credit_above):
            kind = "date_line"  # the posting date under a news item's credit ("责任编辑:某某" / "2017年8月18日")
        # items keep the first item's bullet, if it had one: an unbulleted headline below ends the list
        # (r29chrome: not the article's headline near the page's top, over the page's first publication row, under a list's
        # headers: "推荐视频" / "推荐新闻" / "推荐图片" / "…|东溪乡…宣传工作" / "来源:…发布时间:…")
        if kind is None and in_related and len(line) <= rel_len and (
                rel_item.match(item) and (not rel_marker or item.startswith(rel_marker))
                or rel_marker and item.startswith(rel_marker) and rel_bulleted.match(item)) \
                and not (i_line < _limits().headline_under_list_reach and "article_meta" not in decided
                         and _over_publication_row(lines, i_line)):
            kind = "related_list"
            if rel_marker is None:
                rel_marker = item[0] if _BULLET.match(item) else ""
        # a list header is chrome of any kind ("往期推荐" may go as navigation, by the line model, …) but
        # a row of a toolbar's buttons whose 相关 is one among them ("下载 相关 举报"; "相关阅读" heads a list)
        in_related = (kind is not None and (kind != "toolbar" or bool(rel_header.match(item)))
                      and (len(item) <= rel_header_len and bool(rel_header.search(line))
                           or bool(rel_header_tail.search(item)))) \
            or kind == "related_list" or (in_related and kind is not None)
        # (r24title: a 范文 item's numbered marker, "《…制度》 篇1", opens an article: a list header above it (a
        # preface naming the site's "相关范文") runs no list into the article's first heading, "第一章 总则";
        # a related list's titles, some of them marker-shaped ("…工作总结(精选6篇)"), carry no item number; every
        # marker_title form counts, "…总结【一】" too)
        in_related = in_related and not (kind == "article_marker" and structure_cues()["marker_title"].match(item))
        if not in_related:
            rel_marker = None
        lean = False
        # the learned classifier looks only at short lines; one with a sentence in it must be
        # near-certain noise ("免费预览已结束，剩余3页可下载查看。"), as report text is made of sentences
        # (its score first: on most lines it is below every bar, and the line's other tests are moot)
        if kind is None and clf is not None and not report_text and len(line) <= clf.max_len and not in_table \
                and i_line not in inner_tags and (p := clf.noise_probability(line) if exact else levels[line]
                                                  if line in levels else clf.noise_levels([line])[0]) >= least_bar \
                and not signoff.match(item) and item not in table_cells \
                and i_line not in meeting_fields and not _sentence_piece(lines, i_line) \
                and not _broken_sentence_end(lines, i_line, nonblank) \
                and not _only_title(lines, i_line) and not _signoff_tail(lines, i_line, signoff) \
                and not _headline_over_counter(lines, classified, decided, i_line):
            has_sentence = bool(SENTENCE_MARK.search(line))
            if p >= (sentence_bar if has_sentence else clf.threshold):
                kind = "learned"
            lean = p >= context_bar and not has_sentence and i_line not in table_rows
        decided.append(kind if parts is None else None)
        if parts is None and kind in _CREDIT_KINDS:
            credit_above = credit_above if kind == "news_credit" and credit_above else item
        elif kind is None or parts is not None:
            credit_above = ""
        leaning.append(lean)
        if kind is None:
            continue
        if kind == "article_marker" and parts is not None and _title_line_follows(lines, i_line):
            parts = None  # the article's own title follows: the marker's title is the catalogue's, gone too
        if parts is not None:  # only the clutter inside a line of report text
            for a, b in parts:
                edits.append((s + a, s + b, ""))
                kinds[s + a] = kind
            if kind == "article_marker":  # a marker before its article's title (the title stays)
                if not _marker_inside_report(line, seen_markers, lines, i_line):
                    boundaries.append(s)
                seen_markers.add(line.strip())
            continue
        if kind == "article_marker":
            # a part heading a table of contents lists ("第一篇 2025年工作回顾 ……(1)") is the report's
            if contents is None:
                contents = _contents_entries(lines, classified, toc, nonblank)
            if item in contents:
                decided[-1] = None
                continue
        end = e + 1 if e < len(text) else e
        edits.append((s, end, ""))
        kinds[s] = kind
        if kind == "article_marker":
            if not _marker_inside_report(line, seen_markers, lines, i_line):
                boundaries.append(s)
            seen_markers.add(line.strip())
    def drop(i: int, kind: str, decide: bool = True) -> None:
        """Nonblank line i goes whole as ``kind``; the passes after this one see it decided."""
        s, e = nonblank[i]
        edits.append((s, e + 1 if e < len(text) else e, ""))
        kinds[s] = kind
        if decide:
            decided[i] = kind

    running_headers = functools.partial(_running_headers, nonblank=nonblank, text=text,
                                        breaks=doc.anchors.pop("page_breaks", []))
    forum_replies = functools.partial(_forum_replies, nonblank=nonblank, text=text)
    for kind, found in (("running_header", running_headers), ("preface", functools.partial(_preface_lines, text=text)),
                        ("preface", functools.partial(_blogger_notes, text=text)), ("forum_reply", forum_replies),
                        # (a comment list needs its header word: most pages hold none and skip the pass)
                        ("forum_reply", _blog_comments if "评论" in text else _no_lines), ("teaser", _teasers)):
        for i in found(decided, lines):
            drop(i, kind)
    for i in _column_labels(decided, lines):
        drop(i, "column_label")
    for i in _title_word_lines(decided, lines):
        drop(i, "keywords")
    for i in _foot_tags(decided, lines):
        drop(i, "keywords")
    for i in _summary_teasers(decided, lines, text) if "摘要" in text else ():
        s, e = nonblank[i]
        end = e + 1 if e < len(text) else e
        edits[:] = [x for x in edits if not s <= x[0] < end]  # its label went inline: the whole line goes now
        drop(i, "teaser")
    for i in _names_over_crumb(decided, lines, text):
        drop(i, "site_name")
    for i in _spam_title_lists(decided, lines, text):
        drop(i, "spam")
    furniture, header_title, header_row = _article_header(decided, lines, url_dates)
    for i in furniture:
        drop(i, "page_head")
    if header_row is not None and url_dates and decided[header_row] is None and lines[header_row].strip() in url_dates:
        drop(header_row, "article_meta")  # the date left of the site's address under the headline
    for i in _headline_restated(decided, lines, header_title):
        drop(i, "title_copy")
    for i in _summary_repeats(decided, lines) if "摘要" in text or "提要" in text else ():
        drop(i, "teaser")
    headline, copies = _image_alt_copies(decided, lines, header_title) if "图" in text else (-1, [])
    for i in copies:
        drop(i, "title_copy")
    if copies:
        leaning[headline] = False  # the page names its pictures after this line: its headline, no chrome by context
    for i in _news_captions(decided, lines, text):
        drop(i, "photo_caption")
    for i in _share_pieces(decided, lines):
        drop(i, "share")
    for i in _hotline_pairs(decided, lines, text):
        drop(i, "contact")
    for i in _sidebar_repeats(decided, lines):
        drop(i, "sidebar")
    credit = _closing_credit(decided, lines) if "）" in text or ")" in text else None
    if credit is not None:
        i, a, b = credit
        edits.append((nonblank[i][0] + a, nonblank[i][0] + b, ""))
        kinds[nonblank[i][0] + a] = "news_credit"
    for s, e in _bracketed_titles(decided, lines, nonblank) if "【" in text else ():
        edits.append((s, e, ""))
        kinds[s] = "teaser"
    for i in _profile_ranks(decided, lines) if "forum" in decided else ():
        drop(i, "forum")
    for i in _broken_title_copies(decided, lines, classified):
        drop(i, "title_copy")
    for s, e, new in _title_copies_under(decided, lines, nonblank, text):
        edits.append((s, e, new))
        kinds[s] = "title_copy"
    for i in _sandwiched_rows(decided, lines):
        drop(i, "page_head")
    for i in _account_names(decided, lines, header_title):
        drop(i, "site_name")
    for i in _english_column_labels(decided, lines):
        drop(i, "column_label")
    for i in _foot_title_rows(decided, lines):
        drop(i, "site_title")
    for i in _foot_brand_titles(decided, lines):
        drop(i, "site_title")
    by_context = _by_context(decided, leaning, lines, nonblank, header_title, header_row)
    for i in by_context:
        drop(i, "learned_context", decide=False)
    for i in _stacked_column_labels(decided, lines, by_context) if by_context else ():
        drop(i, "column_label")
    for i in _menu_rows(decided, lines, nonblank, doc, by_context) if doc.source_text else ():
        drop(i, "page_head")
    for i in _headline_repeats(decided, lines, by_context):
        drop(i, "title_copy")
    for i in _foot_below_editor(decided, lines, by_context):
        drop(i, "related_list")
    over_meta = _headlines_over_meta(decided, lines, nonblank)
    doc.anchors["article_boundaries"] = sorted(boundaries + doc.anchors.pop("datelines", [])
                                               + doc.anchors.pop("glued_markers", [])
                                               + over_meta
                                               + _posts_under_floors(decided, lines, nonblank) + digested
                                               + _bulletin_items(decided, lines, nonblank, text))
    # the headline of the article's header: the report's title, however it ends (documents.py)
    # (not on a list page, whose headlines over their publication lines each start an article and stay its text)
    doc.anchors["article_titles"] = [] if header_title is None or len(over_meta) >= 2 else [nonblank[header_title][0]]
    doc.edit(edits, removal_kind=lambda s, e: kinds.get(s, "noise"))
    return doc


_FULL_DATE = re_cache.compile(r"(?:19|20)\d{2}\s?(?:年\s?\d{1,2}\s?月\s?\d{1,2}|[-/.]\d{1,2}[-/.]\d{1,2})")

_ITEM_BREAK = re_cache.compile(r"[,，]")


def _spam_title_lists(decided: list[str | None], lines: list[str], text: str) -> list[int]:
    """A hijacked page's line of adult-video titles joined by commas (boilerplate.yml spam_title_list): no full stop,
    enough short items, enough of them holding the spam's stock words, one of its strong words on the line. The
    adult-spam inline rule takes only its runs of three stock words; the rest stayed, and the headline under it was
    glued to it ("亚洲…无码,久久…一区二区三区,…在线观看" over "乡村微信群的“自治活力”")."""
    cfg = _rules()["spam_title_list"]
    if cfg is None:
        return []
    strong, words, min_items, min_hits, max_item, any_strong = cfg
    if not any_strong(text):
        return []  # (most pages: one search)
    out = []
    for i, line in enumerate(lines):
        item = line.strip()
        if decided[i] is not None or "。" in item or not any(w in item for w in strong):
            continue
        items = [x.strip() for x in _ITEM_BREAK.split(item) if x.strip()]
        if len(items) >= min_items and all(len(x) <= max_item for x in items) \
                and sum(any(w in x for w in words) for x in items) >= min_hits:
            out.append(i)
    return out


def _repost_headline(lines: list[str], decided: list[str | None], i: int) -> bool:
    """Line i reads as a repost's headline over its account's or poster's name: no sentence mark, two commas at
    most, a headline's length, no numbered heading, no date."""
    item = lines[i].strip()
    return decided[i] is None and 6 <= len(item) <= 48 and not SENTENCE_MARK.search(item) \
        and item.count(",") + item.count("，") <= 2 and heading_level(item) is None and not _FULL_DATE.search(item)


def _account_over_reading_row(lines: list[str], decided: list[str | None], i: int) -> bool:
    """Line i is a repost's account name (short, no digit, no mark) right over the post's reading-time row
    ("青禾三农观察" / "共 2168字,需浏览 5分钟", reading_info)."""
    if i + 1 >= len(lines) or decided[i + 1] != "reading_info" or decided[i] is not None:
        return False
    name = lines[i].strip()
    return len(name) <= _limits().account_name_max and not any(c.isdigit() for c in name) \
        and not SENTENCE_MARK.search(name) and "," not in name and "，" not in name


# the chrome kinds that stand for an article's publication row under its headline (r27chrome: and an editor's note
# right under it, "网格故事|两位网格员的年终“账本”" / "编者按:…本期选登…", which stands where the row would)
_PUB_ROW_KINDS = frozenset({"article_meta", "view_counter", "preface"})


def _url_dates(text: str) -> frozenset[str]:
    """The dates that stand after the site's own address on a line near the page's top (boilerplate.yml
    article_header.url_date_row: "http://www.某某.cn   2031年2月8日"): once the address goes inline, such a date alone on
    its line is the headline's publication row."""
    rule = _rules()["url_date_row"]
    head = text[:_limits().url_date_reach]
    if rule is None or ("://" not in head and "www." not in head):
        return frozenset()  # (most pages: two substring tests)
    return frozenset(m.group(1) for m in rule.finditer(head))


def _article_header(decided: list[str | None], lines: list[str],
                    url_dates: frozenset[str] = frozenset()) -> tuple[list[int], int | None, int | None]:
    """Page furniture above the article's header near the page's top (boilerplate.yml article_header), and
    the header's headline. The header starts at the page's breadcrumb or at a headline right above its
    publication row, whichever comes first; the lines kept above it go when they are few and short (a
    hotline widget, a channel menu, a sidebar's leader and column names, a slogan). The headline is the
    one over the publication row, else the headline-shaped line right under the breadcrumb. Also the line
    under the headline where its publication row would stand (the row itself, past a widget's line)."""
    cfg = _rules()["article_header"]
    if cfg is None:
        return [], None, None
    reach, max_line, max_lines, pub_row, between, row_headline = cfg
    headline = structure_cues()["headline"]
    n = min(len(lines), reach)
    crumb = next((i for i in range(n) if decided[i] == "breadcrumb"), None)

    def headline_at(i: int, over_row: bool = False) -> bool:
        item = lines[i].strip()
        # (a byline with its date is no headline: "某某县人民政府 2024年01月19日" over "字号… 浏览次数…")
        # (right over its publication row, a news headline of two clauses, or closing on "!": row_headline)
        return decided[i] is None and (bool(headline.match(item))
                                       or over_row and row_headline is not None and bool(row_headline.match(item))) \
            and heading_level(item) is None and not _FULL_DATE.search(item)

    def pub_at(i: int) -> bool:
        return i < len(lines) and (decided[i] in _PUB_ROW_KINDS or bool(pub_row.match(lines[i].strip()))
                                   or bool(url_dates) and lines[i].strip() in url_dates or _app_byline_row(lines[i]))

    # (a widget's line may stand between them: a forum's "[复制链接]" over the post row)
    # (r28chrome: or an account's name between it and a repost's reading-time row, "一位村支书的年终“账本”" / "青禾三农观察" /
    # "共 2168字,需浏览 5分钟")
    # (there a headline may hold figures and two commas: "“00后”村支书的年终账本,火了" / "青禾三农观察" / "共 2168字,…")
    title = next((i for i in range(n) if (pub_at(i + 1) or i + 1 < len(lines) and decided[i + 1] in between
                                           and pub_at(i + 2)) and headline_at(i, over_row=True)
                  or _account_over_reading_row(lines, decided, i + 1) and _repost_headline(lines, decided, i)), None)
    row = None if title is None else title + 1 if pub_at(title + 1) else title + 2
    if title is not None and crumb is not None and crumb > title:
        crumb = None  # a breadcrumb below the headline is the page's, not the header's start
    # (else the headline right under the breadcrumb, over a line of text: its deck or its lead)
    if title is None and crumb is not None and crumb + 1 < len(lines) and headline_at(crumb + 1) \
            and not pub_at(crumb + 2) and crumb + 2 < len(lines) and decided[crumb + 2] is None:
        title, row = crumb + 1, crumb + 2
    start = min(i for i in (crumb, title) if i is not None) if crumb is not None or title is not None else None
    if start is None:
        return [], None, None
    # (a report's title printed above the breadcrumb stays: "在全县…会议上的讲话" / "…范文网 > 讲话稿 > …")
    genre = _rules()["title_genre"]
    # (and so does a copy of the headline: "“支部这一年”…" printed twice over the post's header row)
    head = lines[title].strip() if title is not None else None
    # (a line of report sentences above it, no slogan: the "header" is a caption and its source row under a
    # short item, round 17)
    if any(decided[i] is None and _is_anchor(lines[i].strip()) for i in range(start)):
        return [], None, None
    above = [i for i in range(start) if decided[i] is None and not genre.search(item := lines[i].strip())
             and item != head]
    if len(above) > max_lines or any(len(lines[i].strip()) > max_line for i in above):
        return [], title, row  # text of the report's may stand above: nothing goes
    # (round 24: a menu's label that ends on a genre word, "人事任免公示公告", between two of the menu's rows that go
    # is a row of the menu too, no title)
    going = set(above)
    menu = [i for i in range(1, start - 1) if decided[i] is None and i not in going and lines[i].strip() != head
            and i - 1 in going and i + 1 in going and len(lines[i].strip()) <= max_line]
    return sorted(above + menu), title, row


# what a headline printed again over its text may differ by: blanks, quote marks, brackets of a book title
_TITLE_DECOR = re_cache.compile(r"[\s“”‘’\"'《》「」『』]")


def _headline_restated(decided: list[str | None], lines: list[str], title: int | None) -> list[int]:
    """The article header's headline printed again as the first kept line under it, with only chrome between
    ("助力“春耕” 问计农户" / "日期:…" / "助力春耕 问计农户"): the copy goes, the headline stays the title. Also
    (round 22) a copy between two paragraphs of its text, a photo's caption or a mirror's page break, where
    the headline names no report genre (a 范文 page's second report may print the page's title as its own)."""
    if title is None:
        return []
    bare = _TITLE_DECOR.sub("", lines[title])
    if len(bare) < 4:
        return []
    # (r27chrome: a repost's headline may hold its column's name before a bar, "建镇30周年|老街巷的灯是怎样重新
    # 亮起的", and the copy over the text only what follows the bar)
    _, bar, tail = bare.rpartition("|") if "|" in bare else bare.rpartition("丨")
    copies = {bare, tail} if bar and len(tail) >= 6 else {bare}
    nxt = next((j for j in range(title + 1, min(len(lines), title + 1 + _limits().restated_headline_reach))
                if decided[j] is None), None)
    out = [nxt] if nxt is not None and not SENTENCE_MARK.search(lines[nxt]) \
        and _TITLE_DECOR.sub("", lines[nxt]) in copies else []
    if _rules()["title_genre"].search(bare):
        return out
    # (a sentence line of the text stands above the copy; the lines as long as the headline are the only ones
    # compared, the first sentence line found once)
    prose = next((j for j in range(title + 1, len(lines)) if decided[j] is None and SENTENCE_MARK.search(lines[j])), None)
    if prose is None:
        return out
    size = len(lines[title].strip())
    return out + [j for j in range(prose + 1, len(lines)) if decided[j] is None and j not in out
                  and len(lines[j]) <= size + 8 and _TITLE_DECOR.sub("", lines[j]) in copies]


def _image_alt_copies(decided: list[str | None], lines: list[str], title: int | None) -> tuple[int, list[int]]:
    """(the headline, its copies with an image's number after it): "某局:高效管理与创新实践 图1" is a picture's alt
    text left where the picture went (boilerplate.yml image_alt_number), never a report's title, whatever genre the
    headline names. The headline is the article header's, else the page's first kept line when it holds no sentence
    mark."""
    if title is None:
        title = next((i for i, line in enumerate(lines) if decided[i] is None and line.strip()), None)
        if title is None or SENTENCE_MARK.search(lines[title]):
            return -1, []
    bare = _TITLE_DECOR.sub("", lines[title])
    if len(bare) < 4:
        return -1, []
    image = _rules()["image_alt_number"]
    return title, [j for j in range(title + 1, len(lines)) if decided[j] is None and "图" in lines[j]
                   and (m := image.search(lines[j])) and _TITLE_DECOR.sub("", lines[j][:m.start()]) == bare]


_BAR = re_cache.compile(r"[ \t　]{0,3}[|｜][ \t　]{0,3}")


def _pipe_titles(lines: list[str]) -> list[tuple[int, tuple[int, int]]]:
    """Headlines sharing a line near the page's top with their column's or site's name across one bar
    (boilerplate.yml pipe_title): per line, the span of the name and the bar, to go."""
    cfg = _rules()["pipe_title"]
    if cfg is None:
        return []
    reach, label = cfg
    headline, genre = _rules()["report_title"], _rules()["title_genre"]
    news = structure_cues()["headline"]
    out = []
    for i, line in enumerate(lines[:reach]):
        bars = list(_BAR.finditer(line))
        # (a form's rows stand together: "项目名称|某某工程" over "主管部门|某局" is a table, no headline)
        if len(bars) != 1 or any(0 <= k < len(lines) and ("|" in lines[k] or "｜" in lines[k]) for k in (i - 1, i + 1)):
            continue
        bar = bars[0]
        lead = len(line) - len(line.lstrip())
        left, right = line[lead:bar.start()], line[bar.end():].rstrip()
        for name, title, span in ((left, right, (lead, bar.end())), (right, left, (bar.start(), len(line.rstrip())))):
            # (the side left is a headline the rules take for no chrome: "某县融媒体中心|首页>要闻>正文" is a crumb)
            if len(title) >= _limits().pipe_title_min and label.match(name) and not genre.search(name) \
                    and (headline.match(title) or news.match(title)) and _classify(title)[0] is None:
                out.append((i, span))
                break
    return out


def _meeting_fields(lines: list[str], text: str) -> set[int]:
    """A meeting record's field lines (boilerplate.yml meeting_field): two of them on the page, or one on a
    page naming itself a record."""
    cfg = _rules()["meeting_field"]
    if cfg is None or not cfg[0](text):
        return set()  # most pages: no field word at all (one search)
    found = {i for i, line in enumerate(lines) if cfg[1].match(line.strip())}
    return found if len(found) >= 2 or found and any(w in text for w in cfg[2]) else set()


def _names_over_crumb(decided: list[str | None], lines: list[str], text: str) -> list[int]:
    """Bare unit or portal names above the page's breadcrumb, near its top: the site's top bar; and a
    forum board's name above a thread's toolbar there."""
    cfg = _rules()["name_over_crumb"]
    if cfg is None:
        return []
    reach, name, thread_bar, board, masthead, bar_gate = cfg
    crumb = next((i for i, kind in enumerate(decided[:reach]) if kind == "breadcrumb"), None)
    # (a line with the toolbar holds its words, and the page then does: most pages lack them, tested once)
    bar = next((i for i, line in enumerate(lines[:reach]) if thread_bar.search(line)), None) \
        if may_match(bar_gate, text) else None
    genre = _rules()["title_genre"]
    # (a bare name, or a brand or slogan that names no report genre)
    out = [] if crumb is None else [i for i in range(crumb) if decided[i] is None and (
        name.match(item := lines[i].strip()) or masthead.match(item) and not genre.search(item))]
    if bar is not None:  # (most pages: no thread toolbar near the top)
        out += [i for i in range(bar) if decided[i] is None and i not in out and board.match(lines[i].strip())]
    return out


def _summary_teasers(decided: list[str | None], lines: list[str], text: str) -> list[int]:
    """A 摘要 line that holds report sentences (so the rules cut only its label) whose opening words a
    later line of the page prints again: the teaser of the item below, not a part of it."""
    label, repeat = _rules()["summary_teaser"]
    out = []
    for i, line in enumerate(lines):
        m = label.match(line.strip()) if decided[i] is None else None
        if m is None:
            continue
        head = "".join(line.strip()[m.end():].split())[:repeat]
        if len(head) == repeat and any(head in "".join(later.split()) for later in lines[i + 1:]):
            out.append(i)
    return out


# a caption has no clause mark (the item's prose before it has a sentence mark)
_CAPTION_CLAUSE = re_cache.compile(r"[,，:：;；]")


def _news_captions(decided: list[str | None], lines: list[str], text: str) -> list[int]:
    """Caption lines under a news item's photos (boilerplate.yml news_caption), after its first prose
    paragraph; bare award names next to a caption."""
    cap = _rules()["news_caption"]
    if cap is None:
        return []
    max_len, line_pat, award = cap
    # the item's first prose line: captions stand below it (a headline above says the same things)
    first = next((i for i, line in enumerate(lines) if decided[i] is None and len(line) >= _limits().caption_prose_min
                  and SENTENCE_MARK.search(line)), None)
    if first is None:
        return []

    def bare(k: int) -> str | None:
        # (the length first: most lines are longer, and the patterns run on the short ones only)
        item = lines[k].strip()
        if len(item) > max_len or decided[k] is not None or SENTENCE_MARK.search(item) or _CAPTION_CLAUSE.search(item):
            return None
        return item

    out: list[int] = []
    for i in range(first + 1, len(lines)):
        item = bare(i)
        if item is None:
            continue
        if line_pat.search(item):
            if heading_level(item) is None:
                out.append(i)
        elif award.match(item) and heading_level(item) is None and (
                out and out[-1] == i - 1 or decided[i - 1] == "photo_caption"
                or i + 1 < len(lines) and (nxt := bare(i + 1)) is not None and bool(line_pat.search(nxt))):
            out.append(i)
    # the photos' captions stacked below the item's last sentence line: where two of that block's lines are
    # captions, its other short bare lines are captions too ("大会现场" / "各代表团分组审议" / "代表举手表决" /
    # "表决通过各项报告"); a date or a line with a colon ("附件:…") in the block leaves it alone
    last = next((i for i in range(len(lines) - 1, first, -1) if decided[i] is None and SENTENCE_MARK.search(lines[i])),
                first)
    taken = set(out)
    block = [i for i in range(last + 1, len(lines)) if i not in taken and decided[i] is None]
    if sum(1 for i in range(last + 1, len(lines)) if i in taken or decided[i] == "photo_caption") >= 2 and block:
        closing_date = _rules()["closing_date"]
        if all((item := bare(i)) is not None and len(item) <= _limits().trailing_caption_max and heading_level(item) is None
               and not closing_date.match(item) for i in block):
            out.extend(block)
    return out


_SHARE_KINDS = frozenset({"share", "wechat"})


def _share_pieces(decided: list[str | None], lines: list[str]) -> list[int]:
    """A share widget's button labels left one a line at the page's foot (boilerplate.yml share_pieces):
    below its first share or WeChat line under the report's last sentence line, every kept line is that
    short, with no digit and no sentence mark."""
    max_len = _rules()["share_pieces"]
    if not max_len or not any(kind in _SHARE_KINDS for kind in decided):  # most pages have no share widget
        return []
    last = next((i for i in range(len(lines) - 1, -1, -1) if decided[i] is None and SENTENCE_MARK.search(lines[i])), -1)
    widget = next((i for i in range(last + 1, len(lines)) if decided[i] in _SHARE_KINDS), None)
    if widget is None:
        return []
    kept = [i for i in range(widget + 1, len(lines)) if decided[i] is None]
    if all(len(item := lines[i].strip()) <= max_len and not any(c.isdigit() for c in item)
           and not SENTENCE_MARK.search(item) for i in kept):
        return kept
    return []


_ROW_BARS = re_cache.compile(r"[ \t　]*[|｜][ \t　]*")
_ROW_BLANKS = re_cache.compile(r"[ \t　]+")


def _closing_credit(decided: list[str | None], lines: list[str]) -> tuple[int, int, int] | None:
    """A bracketed name closing the page's text, right after its last sentence (boilerplate.yml closing_credit):
    the line and the bracket's span in it. Only where no kept line follows: a report's signature under it
    makes the bracket part of a report's close, not a news item's credit."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if decided[i] is None), None)
    if last is None:
        return None
    line = lines[last].rstrip()
    # (the line's tail only: a bracket of 2-8 characters, or a credit with its date, ends it; a flattened page's last line may be long)
    m = _rules()["closing_credit"].search(line, max(0, len(line) - _limits().closing_credit_reach))
    return (last, m.start(), m.end()) if m else None


def _row_cells(line: str) -> tuple[bool, list[str]]:
    """A row's cells, cut at its bars where it holds one, else at its blanks (a list bullet before it dropped),
    and whether bars cut it."""
    item = line.strip().lstrip("-•·").strip()
    bars = "|" in item or "｜" in item
    return bars, [c for c in (_ROW_BARS if bars else _ROW_BLANKS).split(item) if c]


def _sandwiched_rows(decided: list[str | None], lines: list[str]) -> list[int]:
    """Header or footer rows kept between two removed rows cut into cells the same way
    (boilerplate.yml sandwiched_row): a field table's or a channel menu's row the line model left."""
    cfg = _rules()["sandwiched_row"]
    if cfg is None:
        return []
    cells_min, cell_max = cfg
    # (a kept line between two removed ones: most pages hold none, and the text's ends are looked for only then)
    sandwiched = [i for i in range(1, len(lines) - 1)
                  if decided[i] is None and decided[i - 1] is not None and decided[i + 1] is not None]
    if not sandwiched:
        return []
    kept = range(len(lines))
    first = next((i for i in kept if decided[i] is None and SENTENCE_MARK.search(lines[i])), len(lines))
    last = next((i for i in reversed(kept) if decided[i] is None and SENTENCE_MARK.search(lines[i])), -1)

    def row(i: int) -> bool | None:
        """Whether bars cut line i into its cells, or None where it is no such row."""
        bars, cells = _row_cells(lines[i])
        if len(cells) < cells_min or any(len(c) > cell_max for c in cells) or SENTENCE_MARK.search(lines[i]):
            return None
        return bars

    return [i for i in sandwiched if (i < first or i > last)
            and (shape := row(i)) is not None and row(i - 1) is shape and row(i + 1) is shape]


def _menu_rows(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]], doc: Document,
               by_context: list[int]) -> list[int]:
    """A channel menu printed over several rows opening the page ("法治研究 宪政 行政 廉政 …" / "社会经济 社会 经济 …" /
    "律政普法 律政 评论 …"), of which the rules or the line model took one: the rows left go with it (boilerplate.yml
    sandwiched_row: menu_cells_min, menu_cell_max). Normalizing deleted the blanks between the menu's Han cells, so a
    row's cells are read in the source text; a row is a menu's when every cell is a short Han word (round 26, r26chrome)."""
    cfg = _rules()["menu_rows"]
    if cfg is None or len(lines) < 3:
        return []
    cells_min, cell_max, reach = cfg
    gone = {i for i in by_context if i < reach}

    def went(i: int) -> bool:
        return decided[i] is not None or i in gone

    run = [0]
    for i in range(1, min(len(lines), reach)):
        if nonblank[i][0] != nonblank[i - 1][1] + 1:
            break  # a blank line ends the menu
        run.append(i)
    if len(run) < 2 or not any(map(went, run)) or all(map(went, run)):
        return []
    menu = []
    for i in run:
        if not _HAN_ONLY.fullmatch(_SPACE.sub("", lines[i])):
            break
        cells = doc.source_text[slice(*doc.to_source(*nonblank[i]))].split()
        if len(cells) < cells_min or any(len(c) > cell_max or not _HAN_ONLY.fullmatch(c) for c in cells):
            break
        menu.append(i)
    if len(menu) < 2 or not any(map(went, menu)):
        return []
    return [i for i in menu if not went(i)]


def _foot_title_rows(decided: list[str | None], lines: list[str]) -> list[int]:
    """A repost's labelled title row kept among its removed source rows below the report's last sentence
    line (boilerplate.yml foot_title_row)."""
    pattern = _rules()["foot_title_row"]
    if pattern is None:
        return []
    found = [i for i in range(len(lines)) if decided[i] is None and "标题" in lines[i][:5]
             and pattern.match(lines[i].strip())]
    if not found:
        return []
    last = next((i for i in reversed(range(len(lines))) if decided[i] is None and i not in found
                 and SENTENCE_MARK.search(lines[i])), -1)
    return [i for i in found if i > last and ((i > 0 and decided[i - 1] is not None)
                                              or (i + 1 < len(lines) and decided[i + 1] is not None))]


def _foot_brand_titles(decided: list[str | None], lines: list[str]) -> list[int]:
    """A doc-share reader's brand glued before the file's title among the page's last kept lines ("腾讯文库" and
    the title a line above prints whole; boilerplate.yml foot_brand_title)."""
    rule = _rules()["foot_brand_title"]
    if rule is None:
        return []
    pattern, reach, gate = rule
    kept = itertools.islice((i for i in range(len(lines) - 1, -1, -1) if decided[i] is None), reach)  # (the foot only)
    found = []
    for i in kept:
        item = lines[i].strip()
        if not may_match(gate, item) or not (m := pattern.match(item)):
            continue
        title = m.group("title").strip()
        if any(lines[k].strip() == title for k in range(i)):
            found.append(i)
    return found


def _foot_below_editor(decided: list[str | None], lines: list[str], gone: Iterable[int]) -> list[int]:
    """The lines the rules and the line model left in a news page's foot below the item's closing editor credit
    ("【责任编辑:某某】" / recommended headlines, one with a colon / column words "社会", "时政"; boilerplate.yml
    foot_below_editor): only where most of the foot went already (or its list's header, right under the credit, and a
    few lines more), the credit closes text (a sentence line kept above it), and none of the lines left holds a full
    stop (a next item's paragraph) or is long."""
    rule = _rules()["foot_below_editor"]
    if rule is None:
        return []
    credit, min_gone, max_len = rule
    gone = set(gone)
    at = next((i for i in range(len(lines) - 1, -1, -1) if decided[i] in _CREDIT_KINDS and decided[i] != "learned"
               and credit.search(lines[i])), None)
    if at is None or len(lines) - at - 1 < min_gone:
        return []
    left = [i for i in range(at + 1, len(lines)) if decided[i] is None and i not in gone]
    taken = len(lines) - at - 1 - len(left)
    # (at least as many taken as left, or a list's header the first line under the credit: "123热点推荐", "相关阅读")
    _, _, rel_header, rel_header_len, _, _ = _rules()["related"]
    under = lines[at + 1].strip()
    listed = decided[at + 1] is not None or at + 1 in gone
    listed = listed and len(under) <= rel_header_len and bool(rel_header.search(under))
    if not left or taken < min_gone or taken < len(left) and not listed \
            or any("。" in lines[i] or len(lines[i].strip()) > max_len for i in left):
        return []
    if not any(decided[i] is None and i not in gone and "。" in lines[i] for i in range(at)):
        return []
    return left


def _sidebar_repeats(decided: list[str | None], lines: list[str]) -> list[int]:
    """A sidebar's link printed again and again under the report's last sentence line ("山西省政府法制办" four
    times, then "山西" where the scrape broke off): the same short line, no sentence in it, three times or
    more in a row below the text; the page's last line, when the label starts with it, goes too. (A table's
    cells flattened one a line under the text repeat too, "已完成" / "已完成", but with other cells between.)"""
    last = next((i for i in range(len(lines) - 1, -1, -1) if decided[i] is None and SENTENCE_MARK.search(lines[i])), None)
    if last is None or len(lines) - last <= _limits().sidebar_repeats_min:  # (most pages end on their text)
        return []
    tail = [(i, lines[i].strip()) for i in range(last + 1, len(lines)) if decided[i] is None]
    out: list[int] = []
    labels: list[str] = []
    for item, run in itertools.groupby(tail, key=lambda x: x[1]):
        run = list(run)
        if len(run) >= _limits().sidebar_repeats_min and _limits().sidebar_label_min <= len(item) <= _limits().sidebar_label_max \
                and not SENTENCE_MARK.search(item):
            out += [i for i, _ in run]
            labels.append(item)
    end, cut = tail[-1] if tail else (None, "")
    if end not in out and len(cut) >= 2 and any(label.startswith(cut) for label in labels):
        out.append(end)
    return out


def _hotline_pairs(decided: list[str | None], lines: list[str], text: str) -> list[int]:
    """A hotline widget (boilerplate.yml hotline): its label alone on a line over a line of phone numbers."""
    cfg = _rules()["hotline"]
    if cfg is None:
        return []
    label, number, gate = cfg
    out: list[int] = []
    if not may_match(gate, text):
        return out
    for i in range(len(lines) - 1):
        # (the length first: the label is a few characters, and most lines are longer)
        if len(item := lines[i].strip()) <= 8 and decided[i] is None and decided[i + 1] is None \
                and label.match(item) and number.match(nxt := lines[i + 1].strip()) \
                and sum(c.isdigit() for c in nxt) >= _limits().hotline_digits_min:
            out += [i, i + 1]
    return out


# chrome lines a column's or a blog's name recurs in: the breadcrumb ("首页 > 新闻速递 > 正文"), the
# post's header ("苇岸拾遗 2026-12-31 文化/随笔 12 次浏览")
_LABEL_SOURCES = frozenset({"breadcrumb", "view_counter", "article_meta", "site_menu"})
_LABEL = re_cache.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")


def _column_labels(decided: list[str | None], lines: list[str]) -> list[int]:
    """Short label lines above the report's first sentence line ("新闻速递", a blog's name) that recur
    inside a breadcrumb or a post header the rules removed, not as its last crumb (the page's own
    title ends a breadcrumb): the column or blog named over the headline."""
    sources = [lines[i].strip() for i, kind in enumerate(decided) if kind in _LABEL_SOURCES]
    if not sources:
        return []
    title, genre = _rules()["report_title"], _rules()["title_genre"]
    out = []
    for i, line in enumerate(lines):
        if decided[i] is not None:
            continue
        if _is_anchor(line):
            break  # the report has begun
        label = line.strip()
        if _LABEL.fullmatch(label) and not title.match(label) and not genre.search(label) and any(
                label in src and not src.rstrip(" >》»›|｜").endswith(label) for src in sources):
            out.append(i)
    return out


# a hit counter's number alone on its line, no year ("发布时间:… 字体大小:[大][中][小]" / "4874268")
_BARE_COUNT = re_cache.compile(r"(?!(?:19|20)\d{2}$)\d{3,9}")


# kinds of the lines a credit block's residue sits under
_CREDIT_KINDS = frozenset({"news_credit", "article_meta", "learned"})
_SPACE = re_cache.compile(r"\s+")
_HAN_ONLY = re_cache.compile(r"[\u4e00-\u9fff]+")


def _dated_credit(item: str, credit: str) -> bool:
    """A bare date right under a credit or metadata line with its label ("责任编辑:李某", "文、图/李某"): the
    item's posting date. A report's closing date sits under its signer ("县水利局"), which has no label."""
    return (":" in credit or "：" in credit or "/" in credit) and bool(_rules()["closing_date"].match(item))


def _credit_residue(item: str, credit: str) -> bool:
    """A short line of Han words each found in the credit line above it ("何思远 苏蔓", "审核 苏蔓" under
    "文:何思远 图:苏蔓 审核:苏蔓 …"): what a scraper left of the block's cells, not text."""
    bare = _SPACE.sub("", item)
    n = len(bare)
    if not 2 <= n <= _limits().credit_residue_max or not _HAN_ONLY.fullmatch(bare):
        return False
    credit = _SPACE.sub("", credit)
    covered = [True] + [False] * n  # covered[i]: bare[:i] is made of words of the credit line
    for i in range(2, n + 1):
        covered[i] = any(covered[i - k] and bare[i - k:i] in credit for k in (2, 3, 4) if i >= k)
    return covered[n]


# kinds a portal's label line goes as (by its rule, or the line model's)
_META_LABEL_KINDS = frozenset({"article_meta", "learned"})


def _repeated_names(text: str) -> set[str]:
    """A site's name printed several times on one line ("南岗农场集团 南岗农场集团 南岗农场集团"): that
    line and the name alone on a line are the site's chrome (most pages have no such line)."""
    names: set[str] = set()
    pattern = _rules()["repeated_name"]
    # only a line whose first four characters come back later in it can repeat a name: a substring
    # test per line, where the pattern tried every name length at every line's start
    for line in text.split("\n"):
        if len(line) >= 8 and line[:4] in line[4:] and (m := pattern.match(line)):
            names.update((m.group(1), m.group().strip()))
    return names


_DIGEST_BULLETS = "◎●○◆◇■□★☆▲△▶►·•"


def _digest(lines: list[str], nonblank: list[tuple[int, int]]) -> tuple[set[int], list[int]]:
    """A bulletin's digest (本期导读): a run of bulleted headlines ("◎全县秋粮收购进度过七成") that
    come back later as whole lines, the headlines of its items. The digest is chrome; each headline
    it names starts an item. Returns (starts of the digest lines, starts of the headlines)."""
    if not any(line.lstrip()[:1] in _DIGEST_BULLETS for line in lines):  # most pages have no bulleted line
        return set(), []
    headline = structure_cues()["headline"]
    where = {line.strip(): k for k, line in enumerate(lines)}  # the last line of each text
    digest: set[int] = set()
    starts: list[int] = []
    run: list[tuple[int, int]] = []  # (digest line, headline line)
    for k, line in enumerate([*lines, ""]):
        item = line.strip()
        title = item.lstrip(_DIGEST_BULLETS).strip()
        later = where.get(title, -1) if item[:1] in _DIGEST_BULLETS and headline.match(title) else -1
        if later > k:
            run.append((k, later))
            continue
        if len(run) >= _limits().digest_min_items:
            digest.update(nonblank[d][0] for d, _ in run)
            starts.extend(nonblank[h][0] for _, h in run)
        run = []
    return digest, starts


def _bulletin_items(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]],
                    text: str) -> list[int]:
    """A bulletin (its masthead 工作简报 / 第9期 was found) prints several items, each a headline on a
    line of its own after a blank line, over its report ("县安委办召开岁末年初安全生产工作调度会" /
    "12月1日,…"): each such headline starts an item (a section heading is shorter or has none of it)."""
    if "bulletin_masthead" not in decided:
        return []
    headline = structure_cues()["headline"]
    starts = []
    for k in range(1, len(lines) - 1):
        line = lines[k].strip()
        if (decided[k] is None and len(line) >= _limits().bulletin_headline_min and headline.match(line)
                and "\n\n" in text[nonblank[k - 1][1]:nonblank[k][0] + 1].replace(" ", "").replace("\u3000", "")
                and decided[k + 1] is None and len(lines[k + 1].strip()) >= _limits().bulletin_body_min):
            starts.append(nonblank[k][0])
    return starts


def _headlines_over_meta(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]]) -> list[int]:
    """A list page prints several articles, each a headline over its publication line (发布时间…来源…
    阅读次数): where two or more such lines stand, each headline kept above one starts an article."""
    metas = [i for i, kind in enumerate(decided) if kind == "article_meta"]
    if len(metas) < 2:
        return []
    headline = structure_cues()["headline"]
    return [nonblank[i - 1][0] for i in metas
            if i > 0 and decided[i - 1] is None and headline.match(lines[i - 1].strip())]




def _posts_under_floors(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]]) -> list[int]:
    """A forum thread's posts, each under its floor line ("2楼　驻村小周　发表于…"): where two or more
    floors stand, the first line kept under each starts a post of its own (a reply may hold a report)."""
    floor = _rules()["forum_reply"]["floor_number"]
    floors = [i for i, kind in enumerate(decided) if kind == "forum" and floor.match(lines[i])]
    if len(floors) < 2:
        return []
    return [nonblank[i + 1][0] for i in floors if i + 1 < len(decided) and decided[i + 1] is None]


def _running_headers(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]],
                     text: str, breaks: list[int] = ()) -> list[int]:
    """A PDF's running header: the same short line at the top of two or more pages, each right where a
    page number was removed ("— 1 —" / "桐溪县妇幼保健院绩效自评报告"), over different text each time:
    a page's furniture, not a new report's title (a report printed twice has the same text under it).
    A page's top is also right below a page number or a contents line this stage removes ("— 1 —" /
    "清溪街道办事处工作报告 2026年1月"), as a converted PDF prints them; two copies on adjacent lines are
    a title printed twice. A header printed once (the first page has the title instead) goes when the
    text goes on below it with a later heading ("三、明确任务…", "（三）消费帮扶。…"): no report opens so."""
    if "\n\n\n" not in text and "pagination" not in decided and not breaks:  # no page number went
        return []
    tops: dict[str, list[int]] = {}
    for k in range(1, len(lines) - 1):
        line = lines[k].strip()
        if (decided[k] is None and len(line) <= _limits().running_header_max and not SENTENCE_MARK.search(line)
                and (decided[k - 1] == "pagination" or text.count("\n", nonblank[k - 1][1], nonblank[k][0]) >= 3
                     or bisect.bisect_right(breaks, nonblank[k][0]) > bisect.bisect_left(breaks, nonblank[k - 1][1]))
                and heading_level(line) is None):
            tops.setdefault(line, []).append(k)
    return [k for ks in tops.values() if len(ks) >= 2 and len({lines[k + 1].strip() for k in ks}) == len(ks)
            and all(b - a > 1 for a, b in zip(ks, ks[1:])) or len(ks) == 1 and _LATER_HEADING.match(lines[ks[0] + 1])
            for k in ks]


# a heading numbered beyond the first of its level: a text going on, not one opening
_LATER_HEADING = re_cache.compile(r"^\s*(?:[二三四五六七八九十]{1,2}、|[(（][二三四五六七八九十]{1,2}[)）]|[2-9][.、．](?!\d))")


def _preface_lines(decided: list[str | None], lines: list[str], text: str | None = None) -> list[int]:
    """A preface written over several lines, one cue each ("述职报告是…的报告,…写作时要…",
    "下面给出一例述职报告。"): consecutive lines above the report's first line of its own text
    (numbers, 我市…), none naming the unit or a number, with two cues between them."""
    words = _rules()["preface_words"]
    min_hits = _rules()["preface"]["min_hits"]
    # a run's cues are cues of the page's (a cue holds no line break): one scan of the page settles most pages
    if text is not None and len(words.found(text)) < min_hits:
        return []
    out: list[int] = []
    run: list[int] = []
    cues: set[str] = set()
    for i, line in enumerate([*lines, ""]):  # the sentinel ends the last run
        own = i < len(lines) and decided[i] is None and bool(_rules()["report_words"].search(line))
        found = words.found(line) if i < len(lines) and decided[i] is None and not own else set()
        if found:
            run.append(i)
            cues |= found
            continue
        if len(run) >= 2 and len(cues) >= min_hits:
            out.extend(run)
        run, cues = [], set()
        if own and _is_anchor(line):
            break  # the report has begun
    return out


def _blogger_notes(decided: list[str | None], lines: list[str], text: str | None = None) -> list[int]:
    """Short lines near the top, above the report's first numbered heading, holding a strong cue of a
    blogger's note on posting ("…写了一晚上,存个底,明年好对照。"): one such cue is enough there."""
    strong = _rules()["strong_preface"]
    if strong is None or text is not None and not strong.starts(text):
        return []  # (most pages hold no strong cue anywhere: one scan of the page, not one of each line)
    out = []
    for i, line in enumerate(lines[:_limits().blogger_note_lines]):
        if heading_level(line) is not None:
            break  # the report's own text has begun
        if decided[i] is None and len(line.strip()) <= _limits().blogger_note_max and strong.found(line):
            out.append(i)
    return out


def _no_lines(decided: list[str | None], lines: list[str]) -> list[int]:
    return []


def _blog_comments(decided: list[str | None], lines: list[str]) -> list[int]:
    """Readers' comments below a blog post's comment header ("评论" / "兰台老兵:写得实在…"): the lines
    after the header made of a nickname, a colon and a short remark, up to the first that is not one."""
    cfg = _rules()["blog_comment"]
    if cfg is None:
        return []
    out = []
    for h, line in enumerate(lines):
        if not cfg["header"].match(line.strip()):
            continue
        if decided[h] is None:
            out.append(h)  # the header itself, when no rule took it
        for i in range(h + 1, len(lines)):
            item = lines[i].strip()
            if decided[i] is not None and i not in out:
                continue  # a time or a reply button between comments
            if len(item) > cfg["max_line"] or not cfg["line"].match(item):
                break
            out.append(i)
    return sorted(set(out))


def _forum_replies(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]],
                   text: str) -> list[int]:
    """The lines of short replies below a forum post: after the second and later post headers
    ("沙发 | 某某 发表于 2023-12-19 22:31"), up to the next line of chrome or header, when they
    are all short and none is a heading."""
    cfg = _rules()["forum_reply"]
    candidates: Iterable[int] = range(len(lines))
    if cfg["date"] is not None:
        # only the lines holding a post time can be headers: one scan of the page finds them (the
        # header pattern on every line cost 5x as much); a time never spans lines
        starts = [s for s, _ in nonblank]
        candidates = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in finditer(cfg["date"], text)})
    headers = [i for i in candidates if len(lines[i]) <= 120 and cfg["header"].search(lines[i])]
    # the first header is the post's own unless it names a floor (沙发, 板凳, 5楼): then all are replies
    replies = [h for k, h in enumerate(headers) if k or cfg["floor"].match(lines[h].strip())]
    header_set = set(headers)
    out: list[int] = []
    for h in replies:
        body = []
        for i in range(h + 1, len(lines)):
            if decided[i] is not None or i in header_set:
                break
            body.append(i)
        # a reply of report text (a heading, a long sentence) is the poster going on with the report
        if body and sum(len(lines[i].strip()) for i in body) <= cfg["max_chars"] and not any(
                len(lines[i].strip()) > cfg["max_line"] or heading_level(lines[i]) is not None for i in body):
            out.extend(body)
    return out


def _title_copies_under(decided: list[str | None], lines: list[str], nonblank: list[tuple[int, int]],
                        text: str) -> list[tuple[int, int, str]]:
    """The copies of a title line printed again at the head of the flattened text under it (a doc-share
    page: "某局上半年工作总结" / "某局上半年工作总结 某局上半年工作总结 上半年,…"; its Word cover's blank
    fields between the copies went inline): the title line stays, the copies go, the text runs on."""
    out: list[tuple[int, int, str]] = []
    report_title = _rules()["report_title"]
    for i in range(len(lines) - 1):
        head = lines[i].strip()
        nxt = lines[i + 1].lstrip()
        # (a cheap prefix test first: almost no line starts with the line above it)
        if decided[i] is not None or decided[i + 1] is not None or len(head) < 6 or not nxt.startswith(head) \
                or not report_title.match(head):
            continue
        start = nonblank[i + 1][0] + len(lines[i + 1]) - len(nxt)
        end, line_end, copies = start, nonblank[i + 1][1], 0
        while text.startswith(head, end):
            end += len(head)
            copies += 1
            while end < line_end and text[end] in " \t　":
                end += 1
        # the text goes on after the copies (else a title line printed twice), and they stand apart: two
        # copies or more, or one the flattening left a blank after (a sentence naming the report as its
        # subject runs straight on: "某局上半年工作总结已经局党组会议审议通过")
        if line_end - end >= 20 and (copies >= 2 or text[end - 1] in " \t　"
                                     or _opens_report(text[end:line_end])):
            out.append((start, end, ""))
    # no title line above: the flattened text opens on its title printed twice or more ("某局上半年工作总结
    # 某局上半年工作总结 今年是…"): the first copy stays, as the title, the others go
    for i, line in enumerate(lines[:3]):
        body = line.lstrip()
        # (a doc-share page chunk's number may lead: "1、某局工作总结某局工作总结某局工作总结随着…")
        lead = _CHUNK_NUMBER.match(body)
        if lead:
            body = body[lead.end():]
        if decided[i] is not None or len(body) < 40 or body.find(body[:4], 6, 110) < 0:
            continue
        for n in range(6, 51):
            if body.startswith(body[:n], n) and report_title.match(body[:n]):
                start = nonblank[i][0] + len(line) - len(body) + n
                end = start
                while text.startswith(body[:n], end):
                    end += n
                    while end < nonblank[i][1] and text[end] in " \t　":
                        end += 1
                # the first copy on a line of its own: the title; after a chunk number it stays glued, as
                # the chunk's line must stay whole for reflow to join the chunks (it takes the number away)
                out.append((start, end, "" if lead else "\n"))
                break
    return out


_CHUNK_NUMBER = re_cache.compile(r"\d{1,2}、")


def _opens_report(text: str) -> bool:
    """Whether ``text`` opens a report's body: its first top-level heading ("一、认真吸取…"), a salutation
    ("同志们:"), an opening phrase (structure.yml's opener: "根据…", "今年以来,…", "2023年,…") — so a title
    printed again right before it, with no blank between, is a copy (round 15: "…的讲话一、认真吸取…"); a
    sentence with the report as its subject ("…工作总结已经局党组会议审议通过") opens none."""
    return (heading_level(text) == 1 or opens_speech(text)
            or structure_cues()["opener"].match(text) is not None)


def _profile_ranks(decided: list[str | None], lines: list[str]) -> list[int]:
    """A poster's rank title printed between two fields of a forum profile panel ("- 主题" / "顾问" / "- 金钱"):
    a short line of words with a profile field on either side of it."""
    out = []
    for i in range(1, len(lines) - 1):
        item = lines[i].strip()
        if decided[i] is None and decided[i - 1] == "forum" and decided[i + 1] in ("forum", "learned") \
                and 2 <= len(item) <= _limits().profile_rank_len and item.isalnum():
            out.append(i)
    return out


def _headline_repeats(decided: list[str | None], lines: list[str], by_context) -> list[int]:
    """A content farm's headline printed again between the paragraphs of its text ("乡镇…工作总结内容" over the
    post and again under its second paragraph, for the search engines), where the line model took the headline at
    the page's top (a learned row among the page's first head_lines lines, headline-shaped, head_min characters at
    least; boilerplate.yml headline_repeat): each later kept line that is the headline again goes, and documents
    takes the headline for the report's title. A headline the page keeps is the title already; a copy right under
    it is the broken-copy case (_broken_title_copies) or the report's own title line."""
    rule = _rules()["headline_repeat"]
    if rule is None:
        return []
    head_lines, head_min, kinds = rule
    top = [i for i in range(min(len(lines), 3 * head_lines)) if lines[i].strip()][:head_lines]
    # (the rows the line model took by context stay undecided for the passes after it: ``by_context`` names them)
    taken = set(by_context)
    head = next((lines[i].strip() for i in top if decided[i] in kinds or i in taken), None)
    if head is None or len(head) < head_min or SENTENCE_MARK.search(head) or not structure_cues()["headline"].match(head):
        return []
    first = next((i for i in top if decided[i] is None and i not in taken), None)
    if first is None:
        return []
    # (the copy stands inside the text: after a kept line of prose, not the first kept line under the headline)
    return [i for i in range(first + 1, len(lines)) if decided[i] is None and i not in taken and lines[i].strip() == head
            and any(SENTENCE_MARK.search(lines[k]) for k in range(first, i))]


def _broken_title_copies(decided: list[str | None], lines: list[str], classified: list) -> list[int]:
    """Two lines that together repeat a headline above them, with only chrome between (a portal's article
    body opens on its title again, broken where the page's layout wrapped it: "我县召开2026年《…》" /
    "意见征求座谈会" under "我县召开2026年《…》意见征求座谈会"): the copy goes, the headline stays."""
    top = min(len(lines), _limits().broken_title_top)

    def gone(k: int) -> bool:  # chrome, also a line of "report text" whose noise pieces cover it (a caption)
        if decided[k] is not None:
            return True
        parts = classified[k][1]
        return bool(parts) and sum(b - a for a, b in parts) >= len(lines[k].strip())

    for i in range(top):
        # (a line of sentences, most of them, is settled before its blanks are taken out: SENTENCE_MARK
        # holds no blank, so the line and its bare form hold a mark alike)
        if decided[i] is not None or SENTENCE_MARK.search(lines[i]):
            continue
        head = "".join(lines[i].split())
        if not _limits().broken_title_min <= len(head) <= _limits().broken_title_max:
            continue
        j = i + 1
        while j < top and gone(j):  # chrome between the headline and its copy
            j += 1
        if j + 1 >= len(lines) or decided[j + 1] is not None:
            continue
        a, b = "".join(lines[j].split()), "".join(lines[j + 1].split())
        if len(a) >= 2 and len(b) >= 2 and a + b == head:
            return [j, j + 1]
    return []


def _only_title(lines: list[str], i: int) -> bool:
    """A 范文 page's headline at the page's top that is its report's only title ("社区图书室总结" over the
    site's preface and the text): no line below repeats it, so it is no copy of a title that stays."""
    if i != 0:
        return False
    head = lines[0].strip()
    # (a breadcrumb or a site's page title ends on a genre word too: "首页>范文大全>工作总结", "某某网-…-活动总结")
    if not _rules()["report_title"].match(head) or any(c in head for c in ">»›|｜-_/"):
        return False
    return not any(line.lstrip().startswith(head) for line in lines[1:])


def _summary_repeats(decided: list[str | None], lines: list[str]) -> list[int]:
    """A site's summary under its label near the page's top that only repeats the text's opening
    ("【摘要】:一、公文标题的构成在讲…时,…" over "一、公文标题的构成" / "在讲…时,…", r28chrome; boilerplate.yml
    summary_repeat): the label's line goes, and the summary's own line when the label stood alone. A paper's own
    abstract, in other words than its text's first lines, stays."""
    cfg = _rules()["summary_repeat"]
    if cfg is None:
        return []
    label, reach = cfg
    least = _limits().summary_repeat_min
    for i in range(min(reach, len(lines))):
        m = label.match(item := lines[i].strip()) if decided[i] is None else None
        if m is None:
            continue
        rest, j = "".join(item[m.end():].split()), i
        if not rest:  # the label alone: its summary on the next line
            j = i + 1
            if j >= len(lines) or decided[j] is not None:
                return []
            rest = "".join(lines[j].split())
        after = "".join("".join(lines[k].split()) for k in range(j + 1, min(len(lines), j + 1 + reach))
                        if decided[k] is None)
        return list(range(i, j + 1)) if len(rest) >= least and after.startswith(rest[:least]) else []
    return []


def _headline_over_counter(lines: list[str], classified: list, decided: list[str | None], i: int) -> bool:
    """Line i is a post's headline right over its counter row, with nothing kept above it ("年终复盘:…运营工作总结(上)" /
    "3 评论 4120 浏览 18 收藏 12 分钟", r28chrome): the report's title, never the line model's chrome. The row opens on
    its first count (a blog sidebar's "个人资料:…" over "博客等级:12 博客访问:…", a 范文 page's heading over "某某网
    人气:2.46W", are the site's)."""
    return i + 1 < len(lines) and classified[i + 1][0] == "view_counter" and lines[i + 1].lstrip()[:1].isdigit() \
        and all(k is not None for k in decided[:i]) \
        and bool(structure_cues()["headline"].match(lines[i].strip()))


def _title_printed_twice(lines: list[str], i: int, first: int) -> bool:
    """Line i is one of two identical title lines right above the report's first sentence line (a 范文 /
    doc-share page prints its title as the page's heading and again as the document's first line)."""
    item = lines[i].strip()
    if len(item) > TWICE_TITLE_MAX or SENTENCE_MARK.search(item):
        return False
    return (i + 2 == first and lines[i + 1].strip() == item) or (i + 1 == first and i > 0 and lines[i - 1].strip() == item)


def _broken_title_tail(lines: list[str], decided: list[str | None], i: int, report_title) -> bool:
    """Line i ends a report's title the page's layout broke over two lines (structure.broken_title, by
    report_title), under a kept line."""
    return i > 0 and decided[i - 1] is None and broken_title(
        lines[i - 1].strip(), lines[i].strip(), lambda t: report_title.match(t) is not None) is not None


def _dated_signature(lines: list[str], decided: list[str | None], leaning: list[bool], i: int, last: int) -> bool:
    """Line i is a report's closing date ("2005年3月18日", "2005-03-18") right under its signature: below
    the last sentence line, under a short line without a sentence mark that is kept on its own (no rule
    took it, the model does not lean to noise on it). A site name or headline over a post date leans
    to noise or was taken, so the date goes with it."""
    date = lines[i].strip()
    if i <= last + 1 or not (_rules()["closing_date_figures"].match(date) or _rules()["closing_date"].match(date)):
        return False
    above = lines[i - 1].strip()
    return (decided[i - 1] is None and not leaning[i - 1] and 0 < len(above) <= _limits().signature_max
            and not SENTENCE_MARK.search(above))


def _shares(line: str) -> bool:
    """A share button row under a repost's headline (boilerplate.yml header_share_row: "分享至")."""
    rule = _rules()["header_share_row"]
    return rule is not None and "分享" in line and rule.match(line.strip()) is not None


def _over_publication_row(lines: list[str], i: int) -> bool:
    """The line under line i is an article's publication row (boilerplate.yml article_header.pub_row: 来源… / 发布时间…;
    not any credit row: "编辑:某某 审核:某某" under a post's last related item)."""
    if i + 1 >= len(lines):
        return False
    cfg = _rules()["article_header"]
    return cfg is not None and cfg[3].match(lines[i + 1].strip()) is not None


def _app_byline_row(line: str) -> bool:
    """A county app's byline row under a headline (boilerplate.yml article_header.app_byline_row: "©原创 01-19 21:07
    云上某州"): its 原创 mark, the date, the time and the account's name."""
    rule = _rules()["app_byline_row"]
    return rule is not None and "原创" in line and rule.match(line.strip()) is not None


def _short_year_row(line: str) -> bool:
    """A CMS publication row dated with a two-digit year and its time (boilerplate.yml article_header.short_year_row:
    "发布日期:18-01-16 16:53:12 点击次数:"), which _FULL_DATE does not read."""
    rule = _rules()["short_year_row"]
    return rule is not None and ":" in line and rule.search(line) is not None


def _source_row(line: str) -> bool:
    """A repost's source row under its headline, its date on a line of its own above (boilerplate.yml
    header_source_row: "来源:某某新闻·某某号")."""
    rule = _rules()["header_source_row"]
    return rule is not None and "来源" in line and rule.match(line.strip()) is not None


def _by_context(decided: list[str | None], leaning: list[bool], lines: list[str],
                nonblank: list[tuple[int, int]], header_title: int | None = None,
                header_row: int | None = None) -> list[int]:
    """Lines leaning to noise that sit between noise lines, or outside the report's sentence lines; not the
    headline right over the article's publication row (_article_header: round 17, a portal's "县长某某走访慰问…"
    over "发布日期:… 浏览次数:" went by context, and the report lost its title)."""
    if not any(leaning):
        return []  # the classifier leaned to noise nowhere (many pages)
    n = len(lines)

    def anchor(i: int) -> bool:
        return decided[i] is None and _is_anchor(lines[i])

    # without any sentence line (text broken one phrase per line) there is no report body to be
    # outside of: only the sandwich rule applies. Only the first and last sentence lines matter,
    # looked for from either end (testing every line cost most of this function)
    first = next(filter(anchor, range(n)), -1)
    last = next(filter(anchor, range(n - 1, first - 1, -1))) if first >= 0 else n
    # (the headline of the article's header, over the text and a dated publication row; not a caption over
    # a source row under the text, nor a portal's section name over its search fields, nor a 范文 page's title
    # over its row when the report prints its own title below: "…自查报告范文(通用)" / "更新时间:…" / "某公司…自查报告")
    # (header_row: the row, past a widget's line such as "[复制链接]", as _article_header found it)
    # (round 26, r26chrome: or a blog's date row the rules took as its view counter, "2010 11 2 02:46 AM 23602次查看",
    # whose date no _FULL_DATE reads; r27chrome: or a repost's source row whose date went on a line of its own;
    # r28chrome: or a repost's reading-time row under its account's name)
    if header_title is not None and not (
            header_title < first and (_FULL_DATE.search(lines[header_row]) or _shares(lines[header_row])
                                      or _short_year_row(lines[header_row]) or _app_byline_row(lines[header_row])
                                      or decided[header_row] in ("view_counter", "reading_info")
                                      or decided[header_row] == "article_meta" and _source_row(lines[header_row]))
            and not any(_rules()["report_title"].match(lines[k].strip()) for k in range(header_row + 1, first))):
        header_title = None
    closing_date, headline = _rules()["closing_date"], _rules()["news_headline"]
    news_lead = structure_cues()["dateline_opening"]
    report_title = _rules()["report_title"]
    # a signature: the line right above a report's bare closing date; a headline: the line right
    # above a news lead; a speaker: the line right above a speech's salutation ("…人大常委会主任 王某" /
    # "各位代表、同志们:") (looked at for the lines leaning to noise only)
    undecided_lean = [False] * n
    for i in itertools.compress(range(n), leaning):
        undecided_lean[i] = (decided[i] is None and len(lines[i].strip()) > 2 and i != header_title
                             and not is_structural(lines[i])
                             and not _runs_into_sentence(lines, i, nonblank)
                             and not _figure_under_label(lines, decided, i, nonblank)
                             # the report's title right above its first sentence line (a poster's note
                             # above it may have gone: "…自己先写了个初稿，各位帮忙看看。")
                             and not (i + 1 == first and report_title.match(lines[i].strip()))
                             # (an emoji-decorated title above the first sentence line: "🎉…工作总结✨")
                             and not (i < first and (u := undecorated(lines[i].strip())) != lines[i].strip()
                                      and report_title.match(u))
                             and not _title_printed_twice(lines, i, first)
                             and not (i > first >= 0 and _heads_next_sentence(lines, i))
                             and not _broken_title_tail(lines, decided, i, report_title)
                             and not _headline_over_lead(lines, decided, i, first, headline, leaning)
                             and not _dated_signature(lines, decided, leaning, i, last)
                             and not (i + 1 < n and (closing_date.match(lines[i + 1].strip())
                                                     or opens_speech(lines[i + 1].strip())
                                                     or (news_lead.match(lines[i + 1].strip())
                                                         and headline.match(lines[i].strip())))))
    form = _form_block(lines, decided)
    signed = _signed_tail(lines, decided, last, closing_date)
    out = []
    j = 0
    for i in itertools.compress(range(n), undecided_lean):
        if i < j:
            continue  # in the run already taken
        j = i
        while j < n and (undecided_lean[j] or (leaning[j] and decided[j] is None)):
            j += 1  # the run of lines leaning to noise: i .. j-1
        run = [k for k in range(i, j) if undecided_lean[k]]
        prev = decided[i - 1] if i > 0 else None
        nxt = decided[j] if j < n else None
        sandwiched = prev is not None and nxt is not None and j - i <= _limits().max_sandwich_run
        out.extend(k for k in run if (sandwiched or k < first or k > last) and k not in form
                   and not (k == last + 1 and _cut_off_sentence(lines[k])) and not (last < k < signed))
    return out


def _heads_next_sentence(lines: list[str], i: int) -> bool:
    """Line i, under the report's first sentence line, is a short heading whose words the next line's sentence
    takes up ("积分制管理" / "论坛实行积分制管理,全年发放…。"): the heading of that paragraph, not chrome, though
    the paragraph is too short to anchor the report's end (round 29: a retrained line model leaned on it)."""
    head = lines[i].strip()
    if not 2 <= len(head) <= _limits().heading_over_sentence_max or SENTENCE_MARK.search(head):
        return False
    following = next((line.strip() for line in lines[i + 1:i + 3] if line.strip()), "")
    return head in following and following[-1:] in "。！？!?"


def _signed_tail(lines: list[str], decided: list[str | None], last: int, closing_date) -> int:
    """The kept closing date that signs the report within a few lines under its last sentence line (a notice's
    "邮寄地址:…" / "邮编:…" / "电子邮箱:…" fields, then its issuer and "2018年11月12日"), or -1: the lines between
    are the report's own, however much they look like a site's contact footer (round 26, r26chrome)."""
    if last < 0:
        return -1
    reach = _limits().signed_tail_reach
    seen = 0
    for k in range(last + 1, len(lines)):
        item = lines[k].strip()
        if not item:
            continue
        seen += 1
        if seen > reach:
            break
        if decided[k] is None and closing_date.match(item):
            return k - 1  # (the issuer right above it is the signature's, kept on its own grounds)
    return -1


_COMMA = re_cache.compile(r"[，,；;]")


def _cut_off_sentence(line: str) -> bool:
    """A line of the report's prose that an excerpt or a preview cut off mid-sentence, right under its last
    sentence line ("汽车进入城区,我看见法院附近一段马路两边晒着稻谷,薄薄的一层金黄铺在路面上"): clauses
    separated by commas; chrome after a report ("免费预览已结束，剩余3页") holds one at most."""
    return len(_COMMA.findall(line)) >= _limits().cut_off_min_marks and len(HAN_CHAR.findall(line)) >= _limits().cut_off_min_han


def _form_block(lines: list[str], decided: list[str | None]) -> set[int]:
    """The lines of a form flattened one cell a line above the report's prose: at least form_min_rows
    label / value pairs ("网站总访问量(单位:次)" / "1285634", "其中:政务动态信息更新量" / "1876"), each
    within form_row_gap lines of the last; the line model takes such labels and bare values for a site's
    columns and counters, yet they are the report's table. Every line from the first pair to the last. A
    pair the rules took for chrome ("浏览次数:" / "9", a forum profile's "积分" / "1287") makes no form."""
    pairs = [i for i in range(len(lines) - 1)
             if decided[i] is None and decided[i + 1] is None
             and _BARE_NUMBER.fullmatch(lines[i + 1].strip()) and not _BARE_NUMBER.fullmatch(lines[i].strip())
             and _limits().form_label_min <= len(lines[i].strip()) <= 40 and not SENTENCE_MARK.search(lines[i])]
    block: set[int] = set()
    start = 0
    for k in range(1, len(pairs) + 1):
        if k == len(pairs) or pairs[k] - pairs[k - 1] > _limits().form_row_gap + 2:
            if k - start >= _limits().form_min_rows:
                block.update(range(pairs[start], pairs[k - 1] + 2))
            start = k
    return block
