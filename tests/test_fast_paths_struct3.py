"""Shortcuts the structure stages take for speed give what the plain way gives.

Each compares the shortcut with the plain way on report-like text and on random mixes of the
characters the shortcut looks at (tests/randtext.py), so a shortcut that starts to drop a
result fails here instead of silently."""
from __future__ import annotations

import functools
import itertools
import operator

import pytest
from randtext import random_texts

from reportnlp.stages import documents, sections
from reportnlp.structure import SENTENCE_MARK

REPORT_PARAGRAPHS = [
    "2024年,县人社局将以稳就业为重点,全力推进各项工作。",
    "今年以来,我街道扎实推进各项工作,赢得了群众的赞扬。下一步,我街道将继续加大工作力度。",
    "但我们也要清醒地看到,工作中还存在一些问题和不足。一是服务意识不强;二是创新不够。",
    "会议通报了上半年工作情况。会议要求,各单位要进一步提高认识。镇党委书记柳青山强调,要压实责任。",
    "记者:您认为还面临哪些突出问题?委员们纷纷表示,今后将继续履职尽责。",
    "针对上述问题,建议如下:",
    "活动也暴露出一些不足,部分干部在会上坦言仍有差距。大家一致表示,要抓好落实。",
    "回顾过去一年,全县经济稳中有进。在肯定成绩的同时,我们也清醒认识到存在的短板。",
]


def _random_paragraphs(key: str, seed: int, n: int = 400) -> list[str]:
    """Strings of the words that gate the cues of ``key``, pieces of them (so that one word runs
    into the next: "汇报" + "告" holds 报告 where a scan finds 汇报), sentence ends and commas."""
    words = sections._cfg()[f"{key}_gate"].scan.word_bits
    pieces = {w[:k] for w in words for k in range(1, len(w))} | {w[k:] for w in words for k in range(1, len(w))}
    tokens = sorted(words) + sorted(pieces) + ["。", "；", "，", "：", "了", "要", "工作"] * 8
    # each random string picks its tokens by their index, written as characters of an alphabet
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text)
            for text in random_texts(n, alphabet, seed, shortest=1, longest=14)]


@pytest.mark.parametrize("key", ["paragraph_cues", "sentence_cues"])
def test_a_texts_cue_bits_cover_every_gate_word_it_holds(key):
    gate = sections._cfg()[f"{key}_gate"]
    for text in REPORT_PARAGRAPHS + _random_paragraphs(key, 8, 2000):
        held = functools.reduce(operator.or_, (b for w, b in gate.scan.word_bits.items() if w in text), gate.ungated)
        assert gate.bits_in(text) & held == held, text
        from_hits = functools.reduce(operator.or_, (b for _, b in gate.hits(text)), gate.ungated)
        assert from_hits & held == held, text


def _plain_cues(key: str, text: str) -> list[int]:
    """The cues of ``key`` that match ``text``, each tried."""
    return [k for k, (_, pat, _) in enumerate(sections._cfg()[key]) if pat.search(text)]


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("paragraph_cues", 5))
def test_the_paragraph_cues_a_text_can_hold_include_every_one_that_matches(text):
    cues = sections._cfg()["paragraph_cues"]
    kept = sections._cues_of("paragraph_cues", sections._cfg()["paragraph_cues_gate"].bits_in(text))
    assert {cues.index(cue) for cue in kept} >= set(_plain_cues("paragraph_cues", text))


def _plain_paragraph_cue(par: str, problem_cues: bool) -> str | None:
    """paragraph_cue trying every cue."""
    sent = sections.first_sentence(par).lstrip("“\"「『")
    if sections._cfg()["topic_list"].search(sent):
        return None
    for label, pat, always in sections._cfg()["paragraph_cues"]:
        if label == sections._cfg()["reported_speech"]["label"]:
            if told := sections._reported(pat, sent):  # reported speech: the words after the frame tell
                return told
        elif sections._applies(label, always, problem_cues) and pat.search(sent):
            return label
    return None


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("paragraph_cues", 6))
def test_paragraph_cue_gives_what_trying_every_cue_gives(text):
    for problem_cues in (True, False):
        assert sections.paragraph_cue(text, problem_cues) == _plain_paragraph_cue(text, problem_cues)


@pytest.mark.parametrize("text", REPORT_PARAGRAPHS + _random_paragraphs("sentence_cues", 7))
def test_the_sentences_listed_with_cues_include_every_sentence_a_cue_matches(text):
    listed = {(a, b): cues for a, b, cues in sections._sentences_with_cues(text)}
    cues = sections._cfg()["sentence_cues"]
    ends = [m.end() for m in SENTENCE_MARK.finditer(text)] + [len(text)]
    for a, b in itertools.pairwise(ends):  # every sentence after the first
        matching = {k for k, (_, pat, _) in enumerate(cues) if pat.match(text[a:b])}
        if matching:
            assert (a, b) in listed, text[a:b]
            assert {cues.index(cue) for cue in listed[(a, b)]} >= matching, text[a:b]


def test_the_cue_gates_gate_most_cues():
    # a cue no word gates is tried on every text: most must be gated, or the shortcut quietly stopped
    for key in ("paragraph_cues", "sentence_cues"):
        gate = sections._cfg()[f"{key}_gate"]
        assert gate.scan.pattern is not None
        assert bin(gate.ungated).count("1") <= 2, key


def _doc_type_texts(seed: int, n: int) -> list[str]:
    """Strings of the doc-type cues, pieces of them and filler."""
    cues = list(documents._types()["cue_scan"].word_bits)
    pieces = sorted({c[:k] for c in cues for k in range(1, len(c))} | {c[k:] for c in cues for k in range(1, len(c))})
    tokens = cues + pieces + ["。", "，", "工作", "我们"] * 6
    alphabet = "".join(map(chr, range(0x4E00, 0x4E00 + len(tokens))))
    return ["".join(tokens[ord(ch) - 0x4E00] for ch in text) for text in random_texts(n, alphabet, seed, 0, 30)]


def test_the_doc_type_cues_a_text_may_hold_include_every_one_it_holds():
    scan = documents._types()["cue_scan"]
    for text in _doc_type_texts(9, 3000):
        held = scan.bits_in(text)
        assert all(held & bit for cue, bit in scan.word_bits.items() if cue in text), text


def test_doc_type_gives_what_counting_every_cue_gives(monkeypatch):
    texts = _doc_type_texts(10, 1200)
    pages = [texts[k:k + 6] for k in range(0, len(texts), 6)]
    fast = [documents._doc_type(None, pars) for pars in pages]

    class Everything:  # every cue held: each one counted
        def bits_in(self, text):
            return -1

    monkeypatch.setitem(documents._types(), "cue_scan", Everything())
    assert [documents._doc_type(None, pars) for pars in pages] == fast


# paragraphs of reports, to be printed one after another on a page (openers, headings, closings)
PAGE_PARAGRAPHS = [
    "今年以来,我镇在县委县政府的坚强领导下,扎实推进各项工作,取得了明显成效。",
    "2024年,社区紧紧围绕年初目标任务,全面完成了各项工作任务,现将有关情况报告如下:",
    "为进一步加强基层治理,提升服务水平,我局结合实际开展了专项行动。",
    "根据县委组织部的统一部署,现将本人一年来的履职情况汇报如下。",
    "一、基本情况", "二、主要做法", "三、存在问题", "四、下一步工作打算", "一、主要工作",
    "(一)加强组织领导。成立了工作领导小组,明确了责任分工,形成了齐抓共管的工作格局。",
    "全年共新建村级服务站12个,改造提升8个,受益群众达3.2万人,群众满意度明显提升。",
    "学校坚持立德树人,深化课堂教学改革,教学质量稳步提升,中考成绩位居全县前列。",
    "下一步,我们将继续加大工作力度,确保各项任务落到实处,为全县发展作出更大的贡献。",
    "特此报告。", "同志们:", "关于2024年度工作情况的报告", "(2024年12月)",
    "医院全年门诊量达到15万人次,住院病人1.2万人次,医疗收入同比增长9.6%。",
]


def _pages(seed: int, n: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["\n".join(rng.choice(PAGE_PARAGRAPHS) for _ in range(rng.randint(4, 40))) for _ in range(n)]


def _split(text: str) -> list[tuple]:
    from reportnlp.document import Document

    doc = documents.split_documents(Document(text))
    return [(p.text, p.meta["boundary_evidence"], p.meta["doc_type"], p.meta["title"]) for p in doc.parts]


def test_reports_split_as_with_the_topic_shift_weighed_everywhere(monkeypatch):
    pages = _pages(12, 300)
    fast = [_split(text) for text in pages]
    assert sum(len(parts) > 1 for parts in fast) > 30  # pages of several reports, where the shift counts
    monkeypatch.setattr(documents, "_shift_can_count", lambda ev: True)
    assert [_split(text) for text in pages] == fast

