"""Shortcuts taken for speed in building the result give what the plain way gives.

The offset maps shift a span that lies in one copied segment without a second lookup (and a map of
one copied segment, a report's window, shifts every span alike); the output maps a report's range
and all its items through the chain as one list. These tests compare each with the plain way
(OffsetMap.start/end, OffsetChain.to_source per item) on report pages and random edits."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from reportnlp import api
from reportnlp.offsets import OffsetMap, apply_edits
from reportnlp.payloads import FormData, public_dict, public_fields
from randtext import random_texts


def _plain_spans(m: OffsetMap, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What OffsetMap.spans gives, from start() and end() one offset at a time."""
    out = []
    for s, e in pairs:
        if s == e:
            p = m.start(s) if s < m.new_length else m.end(s)
            out.append((p, p))
        else:
            out.append((m.start(s), m.end(e)))
    return out


def _random_maps(seed: int, n: int) -> list[OffsetMap]:
    rng = random.Random(seed)
    maps = []
    for _ in range(n):
        length = rng.randint(0, 40)
        text = "".join(rng.choice("abc\n") for _ in range(length))
        if rng.random() < 0.3:  # a window: one copied segment, shifted
            start = rng.randint(0, length)
            maps.append(OffsetMap.window(start, rng.randint(start, length), length + rng.randint(0, 5)))
            continue
        edits = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, length)
            edits.append((s, min(length, s + rng.randint(0, 4)), rng.choice(["", "", "X", "YZ", "UVW"])))
        maps.append(apply_edits(text, edits)[1])
    return maps


@pytest.mark.parametrize("seed", range(40))
def test_spans_inside_one_copied_segment_map_as_start_and_end_do(seed):
    rng = random.Random(seed)
    for m in _random_maps(seed, 25):
        n = m.new_length
        # spans inside the text (nearly all), points, and a few reaching outside it
        pairs = []
        for _ in range(30):
            s = rng.randint(-2, n + 2)
            pairs.append((s, s + rng.choice([0, 1, 1, 2, 3, 5, 8])))
        assert m.spans(pairs) == _plain_spans(m, pairs)


def test_a_window_map_shifts_every_span_inside_it():
    m = OffsetMap.window(10, 20, 30)
    pairs = [(0, 0), (0, 10), (3, 7), (10, 10), (9, 10), (12, 14), (-1, 3), (5, 3)]
    assert m.spans(pairs) == _plain_spans(m, pairs)
    assert m.spans([(3, 7), (0, 10)]) == [(13, 17), (10, 20)]


CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "raw"


def _plain_doc_sources(part) -> dict:
    """Each item's source offsets, mapped one at a time as to_source does."""
    out = {"report": part.to_source(0, len(part.text))}
    for name, *_ in api._LISTS:
        out[name] = [part.to_source(sp.start, sp.end) for sp in api._spans(part, name)]
    return out


def test_items_mapped_as_one_list_get_the_sources_each_gets_alone():
    pages = sorted(CORPUS.glob("*"))[::5]
    items = 0
    for path in pages:
        page = api.process(path.read_bytes(), source=path.name)
        for i, part in enumerate(page.parts):
            d = api._doc_dict(i, part)
            plain = _plain_doc_sources(part)
            assert (d["source_start"], d["source_end"]) == plain["report"], path.name
            for name, *_ in api._LISTS:
                assert [(x["source_start"], x["source_end"]) for x in d[name]] == plain[name], (path.name, name)
                items += len(d[name])
    assert items > 500


def test_each_payloads_item_dict_is_its_public_fields():
    """payloads.public_dict writes a payload's public fields with one dict display per class: the
    keys and values of its public fields, in their order."""
    seen = set()
    for path in sorted(CORPUS.glob("*"))[::7]:
        page = api.process(path.read_bytes(), source=path.name)
        for part in page.parts:
            for spans in part.spans.values():
                for sp in spans:
                    if sp.data is None or isinstance(sp.data, FormData):
                        continue
                    plain = [(name, getattr(sp.data, name)) for name in public_fields(type(sp.data))]
                    assert list(public_dict(sp.data).items()) == plain
                    seen.add(type(sp.data).__name__)
    assert {"MetricData", "SectionData", "CommitmentData", "FlagData"} <= seen


def test_a_forms_pieces_mapped_as_one_list_get_the_sources_each_gets_alone():
    forms = 0
    for path in sorted(CORPUS.glob("form_*"))[:6]:
        page = api.process(path.read_bytes(), source=path.name)
        for part in page.parts:
            for sp, src in api._with_sources(part, part.get("forms")):
                d = api._form(part, sp, src)
                pairs = [(r, x) for r, x in zip(sp.data.rows, d["rows"])]
                pairs += [(c, y) for r, x in zip(sp.data.rows, d["rows"]) for c, y in zip(r["cells"], x["cells"])]
                pairs += list(zip(sp.data.subtotals, d["subtotals"])) + list(zip(sp.data.totals, d["totals"]))
                for plain, written in pairs:
                    assert (written["source_start"], written["source_end"]) == part.to_source(plain["start"], plain["end"])
                forms += 1
    assert forms >= 3


CHECK_LINES = [
    "全年实现零投诉、零事故，无一件超时办理，全部按时办结，审计均未发现问题。",
    "确保无重大事故发生，杜绝无证经营，是否无违规现象有待核查；辖区全年无刑事案件发生。",
    "未发生较大及以上安全事故，没有超时未办结的，差错率为零，不存在“只挂号、不看病”现象。",
    "事故1起，死亡1人，未发生较大及以上事故；全年未因信息公开工作被申请行政复议。",
    "办结率达到100%得5分，占比高于30%的扣2分，共有干部120名，其中处级15名，合计1600户。",
    "考核得分为98分，综合得分95分，总分102分；从年龄结构区分：30岁以下12人。",
]
CHECK_ALPHABET = ("零无未没有从均尚发生出现收到投诉事故纠纷件起一人全部都按时期在规定内办结回复审计检查均问题违规"
                  "率为是零的地有是否杜绝防止严禁不得法证现象情况案件被复议不存在“”确保力争了共合计总其中分别得分扣"
                  "，。、；：12345%")


@pytest.mark.parametrize("key", ["criteria", "criteria_before", "criteria_heading", "new_statement", "parts_cue",
                                 "total_cue", "total_score_label", "zero_claim", "zero_claim_admitted",
                                 "zero_claim_goal"])
def test_check_patterns_find_on_re_what_they_find_on_regex(key):
    """The checks' rule patterns run on re (its scan for first characters, its cheaper calls):
    each finds what the regex module finds with the same source."""
    import regex

    from reportnlp.checks import rules, settings

    pat = settings()[key]
    source = "|".join(f"(?:{p})" for p in pat) if isinstance(pat, list) else pat
    # the claims' lookbehinds before words, spelt as one alternation (which re cannot compile)
    source = source.replace("(?<!有无)(?<!是否无)(?<!杜绝无)(?<!防止无)(?<!严禁无)(?<!不得无)",
                            "(?<!(?:有|是否|杜绝|防止|严禁|不得)无)")
    plain = regex.compile(source)
    fast = rules._re(key)
    texts = CHECK_LINES + random_texts(300, CHECK_ALPHABET, 17, shortest=3)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        for pos in (0, 3, len(text) // 2):  # rules search inside a report from a position, lookbehinds see before it
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("word", ["有", "是否", "杜绝", "防止", "严禁", "不得"])
def test_a_no_after_a_word_of_doubt_or_ban_is_no_zero_claim(word):
    """(?<!(?:有|是否|…)无) is written as one lookbehind per word for re: none may be lost."""
    from reportnlp.checks import rules

    assert rules._re("zero_claim").search("全年无违规现象，全年无越级上访")
    assert not rules._re("zero_claim").search(f"全年{word}无违规现象，全年{word}无越级上访")
