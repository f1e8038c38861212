"""Work the structure stages hand on to later ones (a page's form tables, a report's paragraphs)
gives what each stage working it out again gives.

Each compares the shortcut with the plain way on report-like text and on random mixes of the
characters the shortcut looks at (tests/randtext.py), so a shortcut that starts to drop a
result fails here instead of silently."""
from __future__ import annotations

import random

import pytest
from randtext import random_texts

from reportnlp import forms
from reportnlp.api import _pipeline
from reportnlp.document import Document
from reportnlp.stages import reflow, sections
from reportnlp.stages.decode import decode
from reportnlp.structure import heading_levels, iter_lines, paragraphs, paragraphs_of

# a form whose header was lost (rows of target, actual, max and self cells) in a report naming it
HEADLESS_FORM = """\
2023年度项目绩效自评表
修补破损路面 3000平方米 3260平方米 20 20
养护路段优良率 85% 100% 20 20
雨后清障时限 2天 3天 20 17 调度不及时
"""

WORD_FORM = """\
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因
产出（60分）  数量指标  修补破损路面  ≥3000平方米  3260平方米  20  20
质量指标  养护路段优良率  ≥85%  100%  20  20
总分 100 自评得分 96.4
"""

REPORT = """\
关于2023年度工作情况的报告
今年以来,我局扎实推进各项工作,取得了明显成效。现将有关情况报告如下:
一、基本情况
全年完成投资1.2亿元,同比增长8%。
二、存在的问题
一是服务意识不强;二是创新不够。
三、下一步工作打算
2024年,我局将继续加大工作力度。
"""

# the words and cells the table gates and readers look at, with line breaks and blanks between
_TOKENS = ["分值", "得分", "应得分", "权重", "自评得分", "指标", "指标名称", "年度指标值", "完成值", "自评表", "总得分",
           "合计", "项目", "10", "9", "20", "17", "5", "3天", " ", "  ", "\t", "\n", "\n", "\n", "。", "工作", "完成"]


# whole lines: rows of a form whose header was lost, page numbers, prose and form words
_LINES = ["修补破损路面 20 20\n", "优良率 85% 100% 20 17 调度不及时\n", "指标 10 9\n", "- 1 -\n", "\n", "绩效自评表\n",
          "总得分 95\n", "全年完成投资1.2亿元,同比增长8%。\n", "分值 得分\n", "10 9\n"]


def _random_form_texts(seed: int, n: int = 300) -> list[str]:
    """Random mixes of the tokens (half the texts) or of the lines above (the other half)."""
    out = []
    for k, pieces in enumerate((_TOKENS, _LINES)):
        alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(pieces))))
        out += ["".join(pieces[ord(ch) - 0x4E00] for ch in text)
                for text in random_texts(n // 2, alphabet, seed + k, shortest=4, longest=40 - 28 * k)]
    return out


TEXTS = [HEADLESS_FORM, WORD_FORM, REPORT, REPORT + WORD_FORM, REPORT + HEADLESS_FORM, ""]


def _pieces(text: str) -> list[str]:
    """Every window of the text from one line's start to a later line's end (as a report is on its
    page), and every window of up to 12 characters."""
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    out = [text[a:b] for a in starts for b in starts + [len(text)] if b > a]
    out += [text[a:a + n] for a in range(len(text)) for n in range(1, 13)]
    return out


def test_the_random_texts_hold_tables_of_both_kinds():
    texts = _random_form_texts(3)
    assert any(forms._headers(t) for t in texts) and any(forms._headless(t) for t in texts)


@pytest.mark.parametrize("text", TEXTS + _random_form_texts(1))
def test_a_text_whose_tables_the_gates_skip_holds_none(text):
    found = forms.text_tables(text)
    if not forms._column_words(text):
        assert forms._headers(text) == []
    if not forms._CELL_PAIR.search(text):  # (a headless table is read only in a text naming a form)
        assert forms._headless(text) == []
    assert found.found == forms.find_tables(text)
    if not found.in_pieces:
        assert found.found == []


@pytest.mark.parametrize("text", TEXTS + _random_form_texts(2, 120))
def test_no_piece_of_a_text_without_table_words_holds_a_table(text):
    """Documents tells the forms stage that a report of a page without them holds no table: the
    readers, ungated, find none in any piece of such a text."""
    if forms.text_tables(text).in_pieces:
        return
    for piece in _pieces(text):
        assert forms._headers(piece) == [], piece
        assert not forms._FORM_WORD.search(piece) or forms._headless(piece) == [], piece


def test_pages_with_and_without_tables_are_both_tried():
    kinds = {forms.text_tables(t).in_pieces for t in TEXTS + _random_form_texts(2, 120)}
    assert kinds == {True, False}


def test_what_a_document_keeps_is_dropped_when_its_text_changes():
    doc = Document(text=REPORT + WORD_FORM)
    assert forms.table_regions_of(doc) == forms.table_regions(doc.text) != []
    assert forms.tables_of(doc) is forms.tables_of(doc)
    doc.edit([(len(REPORT), len(doc.text), "")])
    assert forms.table_regions_of(doc) == [] and forms.tables_of(doc).found == []
    doc.text = REPORT + WORD_FORM  # a stage setting the text anew
    assert forms.table_regions_of(doc) == forms.table_regions(doc.text) != []
    assert paragraphs_of(doc.window(0, len(REPORT))).texts == [p for p in REPORT.split("\n") if p]


PAGES = [REPORT, REPORT + WORD_FORM, REPORT + "\n" + REPORT.replace("2023", "2022"), HEADLESS_FORM + REPORT,
         "  " + REPORT.replace("\n", "\n \t") + "\n\n", REPORT + "\n\n" + REPORT]


@pytest.mark.parametrize("page", PAGES + [t for t in _random_form_texts(4, 60)])
def test_what_documents_hands_each_report_is_what_the_report_gives(page):
    pipe = _pipeline()
    doc = pipe.before("sections")(decode(page.encode("utf-8")))
    for part in doc.parts:
        assert part._derived["paragraphs"][0] is part.text  # handed on, not worked out here
        kept = paragraphs_of(part)
        spans = paragraphs(part.text)
        texts = [part.text[s:e] for s, e in spans]
        assert kept.spans == spans and kept.texts == texts and kept.levels == heading_levels(texts)
        assert forms.tables_of(part).found == forms.find_tables(part.text)


def _plain_hard_wrap_edits(text: str, lines: list, tables: list) -> list:
    """reflow._hard_wrap_edits measuring every line first."""
    cfg = reflow._cfg()["hard_wrap"]
    widths = reflow._line_widths(text, lines)
    usual = sorted(w for w in widths if w)
    if len(usual) < cfg["min_lines"] * 2:
        return []
    column = usual[int(len(usual) * 0.9)]
    if not cfg["min_column"] <= column <= cfg["max_column"]:
        return []
    full = column * cfg["full_width"]
    cut = [i for i in range(len(lines) - 1)
           if widths[i] >= full and not reflow._SENTENCE_END.search(text, *lines[i])
           and not any(a <= lines[i][0] < b for a, b in tables)]
    if len(cut) < cfg["min_lines"]:
        return []
    return [(lines[i][1], lines[i + 1][0], "") for i in cut
            if reflow._continues(text[lines[i + 1][0]:lines[i + 1][1]]) and lines[i + 1][0] == lines[i][1] + 1]


def _random_wrapped_pages(seed: int, n: int = 150) -> list[str]:
    """Pages of lines of Han and narrow characters (a column of 20 to 70 characters, some of them
    ending a sentence, blank or spaced lines), so that every way out of the hard-wrap rule is taken."""
    rng = random.Random(seed)
    pages = []
    for _ in range(n):
        width = rng.choice([6, 20, 24, 30, 38, 45, 55, 70, 80, 100, 120])
        narrow = rng.random()
        lines = []
        for _ in range(rng.randint(0, 30)):
            k = rng.choice([width] * 6 + [rng.randint(0, 2 * width)])
            line = "".join("a1 ,"[rng.randrange(4)] if rng.random() < narrow else rng.choice("工作推进了。，全面")
                           for _ in range(k))
            lines.append(line + rng.choice(["", "", "", "  ", "\u3000", "。"]))
        pages.append("\n".join(lines))
    return pages


@pytest.mark.parametrize("page", [REPORT, HEADLESS_FORM] + _random_wrapped_pages(11))
def test_hard_wraps_found_from_line_lengths_first_are_those_measuring_every_line_gives(page):
    lines = iter_lines(page)
    for n, w in zip(reflow._line_lengths(page, lines), reflow._line_widths(page, lines)):
        assert n <= w <= 2 * n
    assert reflow._hard_wrap_edits(page, lines, []) == _plain_hard_wrap_edits(page, lines, [])


def test_the_random_wrapped_pages_take_every_way_out():
    cfg = reflow._cfg()["hard_wrap"]
    ways = set()
    for page in _random_wrapped_pages(11):
        lines = iter_lines(page)
        usual = sorted(w for w in reflow._line_widths(page, lines) if w)
        if len(usual) < cfg["min_lines"] * 2:
            ways.add("few")
            continue
        column = usual[int(len(usual) * 0.9)]
        ways.add("narrow" if column < cfg["min_column"] else "wide" if column > cfg["max_column"] else "column")
        if reflow._hard_wrap_edits(page, lines, []):
            ways.add("edits")
    assert {"few", "narrow", "wide", "column", "edits"} <= ways


_RUN_CLAUSES = ["一是完成了改造", "二是取得明显成效", "三是服务意识不强", "四是创新不足", "五是下半年将推进", "二是明年加强",
                "是工作重点", "工作推进有序", "我局完成了任务"]


def _random_run_reports(seed: int, n: int = 150) -> list[str]:
    """Reports without headings whose paragraphs run through items ("一是…；二是…") that turn from
    work done to problems and plans, with one, two, three or more 是 in them."""
    rng = random.Random(seed)
    pars = ["；".join(rng.choice(_RUN_CLAUSES) for _ in range(rng.randint(1, 5))) + "。" for _ in range(4 * n)]
    return ["今年以来,我局扎实推进各项工作。\n" + "\n".join(pars[4 * k:4 * k + 4]) for k in range(n)]


def _sections(text: str) -> list[tuple]:
    doc = sections.split_sections(Document(text=text))
    return [(s.start, s.end, s.label, s.data.heading) for s in doc.get("sections")]


def test_paragraphs_with_too_few_items_for_a_run_are_skipped_as_reading_each_finds(monkeypatch):
    texts = _random_run_reports(12)
    fast = [_sections(t) for t in texts]
    monkeypatch.setattr(sections, "_may_hold_run", lambda par: True)
    assert [_sections(t) for t in texts] == fast
    turns = sum(1 for t in texts for par in t.split("\n") if sections._may_hold_run(par))
    assert turns and any(len(s) > 2 for s in fast)  # runs were read, and some turned


def _random_headings(seed: int, n: int = 600) -> list[str]:
    """Headings of the heading labels' words, pieces of them (a word runs into the next: "工作" +
    "作情况"), numbers, commas and filler."""
    words = sections._cfg()["heading_labels_gate"].scan.word_bits
    pieces = {w[:k] for w in words for k in range(1, len(w))} | {w[k:] for w in words for k in range(1, len(w))}
    tokens = sorted(words) + sorted(pieces) + ["第二条", "及", "和", "、", "，", "2024年", "考核", "存在", "问题"] * 6
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text) for text in random_texts(n, alphabet, seed, 1, 5)]


def _plain_named_label(text: str, after_problems: bool) -> str | None:
    """sections._named_label trying every label pattern."""
    return sections._label_from(text, after_problems, sections._cfg()["heading_labels"])


def test_a_headings_label_from_the_patterns_its_words_allow_is_that_of_trying_every_one():
    headings = ["一、基本情况", "二、存在的问题", "三、下一步工作打算", "第二条 考核对象为全体干部", "三、产生问题的原因分析",
                "二、几点启示", "一、已完成整改的问题", "一、总体情况", "去年三夏工作的基本情况", "当前面临的压力和挑战",
                "2024年工作回顾"] + _random_headings(13)
    labels = set()
    for text in headings:
        for after_problems in (False, True):
            label = sections._named_label.__wrapped__(text, after_problems)
            assert label == _plain_named_label(text, after_problems), text
            labels.add(label)
    assert labels >= {None, "基本情况", "主要做法", "存在问题", "下一步", "其他"}
