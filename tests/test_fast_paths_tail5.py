"""Shortcuts taken for speed in building the result give what the plain way gives.

The result's items are set up from their spans without validating a dict each (api._item_maker,
when every value has its field's exact type). These tests build results both ways, the plain one
validating every item's dict, and compare the trees: the same classes, values and value types,
the same key order and the same fields set, so the JSON is the same too."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from reportnlp import api
from reportnlp.document import Document, Span
from reportnlp.lexicons import load_yaml
from reportnlp.stages import reflow
from reportnlp.payloads import CommitmentData, FlagData, MetricData, ScoreData, SectionData
from reportnlp.schema import ExtractResult
from reportnlp.structure import announces_report, cues, text_paragraphs
from randtext import PAGE_LINES, random_texts

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "raw"


def _plain_result(page: Document) -> ExtractResult:
    """to_result as it was: every item a dict, the whole tree validated at once."""
    return ExtractResult(**api._page_dict(page, None, [api._doc_dict(i, part) for i, part in enumerate(page.parts)]))


def _assert_same(a, b, where="result") -> None:
    assert type(a) is type(b), where
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, where
        assert list(a.__dict__) == list(b.__dict__), where
        assert a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
        for key in a.__dict__:
            _assert_same(a.__dict__[key], b.__dict__[key], f"{where}.{key}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b)):
            _assert_same(x, y, f"{where}[{k}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            _assert_same(a[key], b[key], f"{where}.{key}")
    else:
        assert a == b or (a != a and b != b), where


def _assert_both_ways_alike(page: Document) -> None:
    try:
        plain = _plain_result(page)
    except ValidationError:
        with pytest.raises(ValidationError):
            api.to_result(page)
        return
    fast = api.to_result(page)
    _assert_same(fast, plain)
    assert fast == plain
    assert fast.model_dump_json() == plain.model_dump_json()


def test_report_pages_get_the_items_validation_gives():
    pages = sorted(CORPUS.glob("*"))
    items = 0
    for path in pages[::4] + [p for p in pages if p.name.startswith("form_")][:4]:
        page = api.process(path.read_bytes(), source=path.name)
        _assert_both_ways_alike(page)
        items += api.item_count(page)
    assert items > 2000


def test_pages_of_random_report_lines_get_the_items_validation_gives():
    rng = random.Random(5)
    lines = PAGE_LINES + [
        "一、主要工作", "全年完成了10项工作，邀请社区干部30名参加培训，受理来信31件，办结率100%。",
        "二、存在问题", "资金缺口约1.5亿元，比上年增加20%。", "三、下一步打算",
        "下一步将继续推进，力争2025年底前建成3个示范点。", "自评得分：95分（满分100分）。",
        "共有学校45所，其中农村学校30所、城区学校15所，合计46所。"]
    for _ in range(40):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 14)))
        _assert_both_ways_alike(api.process(text))


# values a payload field may be given: each exact type, and the near misses validation coerces
# (an int or a bool for a float, a bool for an int, a str subclass, a numeric string) or rejects
class _Str(str):
    pass


_VALUES = [None, "文本", "", _Str("子类"), "3.5", 0, 3, -2, True, False, 1.5, 2.0, float("nan"), [1, 2], [], ["a"],
           {"indicator": "x", "value": 2}, (1, 2)]


_WELL_TYPED = {"indicator": "人数", "value": 3.0, "unit": "人", "base_value": 3.0, "base_unit": "人", "unit_kind": "count",
               "item": "项目", "text": "建成平台", "code": "C1", "severity": "warning", "message": "m", "evidence": "e",
               "sentence": "s", "approximate": False, "target": None, "decimals": 0, "targets": [], "level": 1,
               "heading": "一、主要工作", "max_score": 100.0, "stated": 2.5, "low": 1.0, "family": 2}


def _random_payload(cls, rng: random.Random):
    """A payload as the stages write it, with one or two fields (or none) given any value."""
    data = cls(**{f: _WELL_TYPED.get(f) for f in api.public_fields(cls)})
    for name in rng.sample(api.public_fields(cls), rng.choice([0, 1, 1, 2])):
        setattr(data, name, rng.choice(_VALUES))
    if cls is MetricData:
        data.sentence_span = (0, 12)
    return data


@pytest.mark.parametrize("seed", range(200))
def test_items_of_any_value_types_come_out_as_validated(seed):
    """A value that is not exactly its field's type (validation coerces or rejects it) takes the
    plain way: an item is the same either way, or both ways fail alike."""
    rng = random.Random(seed)
    text = "全年完成了10项工作，邀请社区干部30名参加培训。"
    part = Document(text=text)
    kinds = [("sections", SectionData), ("metrics", MetricData), ("scores", ScoreData),
             ("commitments", CommitmentData), ("flags", FlagData)]
    makers, taken = api._makers(), 0
    for name, cls in kinds:
        model, fn = next((m, f) for n, m, f, _ in api._LISTS if n == name)
        for _ in range(5):
            s = rng.randint(0, len(text))
            data = _random_payload(cls, rng)
            if rng.random() < 0.05:  # a payload of another kind than its list's
                data = _random_payload(rng.choice([c for _, c in kinds]), rng)
            span = Span(s, min(len(text), s + rng.randint(0, 5)), rng.choice(["基本情况", "其他", "其他", 3]), data)
            src = (rng.randint(0, 9), rng.choice([10, 11, 12.0]))
            try:
                plain = model(**fn(part, span, src))
            except (ValidationError, AttributeError) as e:
                with pytest.raises(type(e)):
                    makers[name](part, span, src)
                continue
            _assert_same(makers[name](part, span, src), plain, name)
            taken += 1
    assert taken


def test_a_well_typed_item_is_set_up_and_a_coerced_one_validated():
    """Both ways are taken (the comparisons above see each)."""
    part = Document(text="自评得分：95分。")
    part.add("scores", Span(0, 4, "score", ScoreData(item="自评", max_score=100.0, self_score=95.0, sentence="s")))
    part.add("scores", Span(0, 4, "score", ScoreData(item="自评", max_score=100, self_score=95, sentence="s")))
    page = Document(text=part.text, parts=[part])
    scores = api.to_result(page).documents[0].scores
    assert [type(s.max_score) for s in scores] == [float, float]
    _assert_both_ways_alike(page)


def test_a_list_field_is_a_copy_as_validation_makes_it():
    part = Document(text="力争建成3个示范点。")
    data = CommitmentData(text="力争建成3个示范点", targets=[0, 2])
    part.add("commitments", Span(0, 9, "commitment", data))
    page = Document(text=part.text, parts=[part])
    item = api.to_result(page).documents[0].commitments[0]
    assert item.targets == [0, 2] and item.targets is not data.targets
    _assert_both_ways_alike(page)


# -- structure: a paragraph without the announcement's word is not searched for it ---------------

ANNOUNCE_ALPHABET = "现将报告汇总结通知情况说明自查如下：:，。\n 一年工作" + "0123"


def _plain_announces(par: str) -> bool:
    return cues()["formula"].search(par, 0, 400) is not None


@pytest.mark.parametrize("par", PAGE_LINES + [
    "现将2023年工作情况报告如下：", "现将有关情况说明如下", "自查如下", "如下", "报告如 下", "x" * 398 + "报告如下",
    "x" * 396 + "报告如下", "通报如下。" * 3] + random_texts(400, ANNOUNCE_ALPHABET, 55, longest=40))
def test_an_announcement_is_found_where_the_plain_search_finds_it(par):
    assert announces_report(par) == _plain_announces(par)


def test_report_paragraphs_announce_as_the_plain_search_says():
    found = 0
    for path in sorted(CORPUS.glob("*"))[::3]:
        for par in text_paragraphs(api.process(path.read_bytes(), source=path.name).parts[0].text).texts:
            assert announces_report(par) == _plain_announces(par), par
            found += _plain_announces(par)
    assert found > 10


# -- reflow: a line holding end punctuation is no broken sentence, known after one scan -----------

_NO_END_MARK = "(?=[^。！？!?；;:：]*+$)"  # the lookahead join_broken opens with after the length test


def _plain_broken():
    """join_broken without the end-punctuation lookahead: its other parts hold no end mark either."""
    src = load_yaml("structure.yml")["join_broken"]
    assert _NO_END_MARK in src
    return re.compile(src.replace(_NO_END_MARK, "", 1))


BROKEN_ALPHABET = "但是对照要求来看目前工作,，。！？!?；;:：…”」)）一二三1、.(（" + "x" * 6


@pytest.mark.parametrize("line", PAGE_LINES + ["但是,对照上级的要求", "来看,目前还有差距", "一、主要工作,成效", "x" * 60 + "," + "x" * 57,
                                               "x" * 58 + "," + "x" * 59, "ab,c", "ab,c\n", "ab,c。\n"]
                         + random_texts(1500, BROKEN_ALPHABET, 77, shortest=2, longest=130)
                         # lines of a clause or two, end punctuation seldom: most of them match
                         + random_texts(600, "但是对照要求来看目前工作" * 3 + ",，，…”一1、。", 78, shortest=2, longest=125))
def test_a_broken_line_is_told_as_the_plain_pattern_tells_it(line):
    assert bool(reflow._cfg()["broken"].match(line)) == bool(_plain_broken().match(line))
