"""Round 13 output shortcuts (s13out) against the plain way they replace.

The streaming output (``reportnlp extract``: api.iter_result_json / iter_pieces_json) writes an
item's dict of exactly-typed values straight to JSON, in batches, instead of setting up its model
and dumping it one item at a time; every report's spans are mapped to the source as one list."""
from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest
from pydantic import ValidationError

from reportnlp import api
from reportnlp.document import Document, Span
from reportnlp.payloads import CommitmentData, FlagData, MetricData, ScoreData, SectionData
from reportnlp.schema import ExtractResult, ReportDocument
from randtext import PAGE_LINES

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "raw"


def _plain_documents_json(page: Document, first: int = 0):
    """api._documents_json as it was: each item's model set up, dumped and written alone."""
    for i, part in enumerate(page.parts, first):
        d = api._doc_dict(i, part, lists=False)
        if first and d["duplicate_of"] is not None:
            d["duplicate_of"] += first
        doc = ReportDocument(**{**d, "text": ""}).model_dump(mode="json")
        yield b",{" if i else b"{"
        for j, (dkey, dvalue) in enumerate(doc.items()):
            yield (b"," if j else b"") + orjson.dumps(dkey) + b":"
            if dkey == "text":
                yield orjson.dumps(part.text)
                continue
            spec = next((sp for sp in api._LISTS if sp[0] == dkey), None)
            if spec is None:
                yield orjson.dumps(dvalue)
                continue
            name, model, fn, capped = spec
            spans = api._spans(part, name)[:api.MAX_ITEMS] if capped else api._spans(part, name)
            yield b"["
            for n, (sp, src) in enumerate(zip(spans, part.spans_to_source([(s.start, s.end) for s in spans]))):
                yield (b"," if n else b"") + orjson.dumps(model(**fn(part, sp, src)).model_dump(mode="json"))
            yield b"]"
        yield b"}"


def _plain_json(page: Document) -> bytes:
    head = ExtractResult(**api._page_dict(page, None, [])).model_dump(mode="json")
    body = b"".join(_plain_documents_json(page))
    return orjson.dumps(head)[:-len(b'[]}')] + b"[" + body + b"]}"


def _fast_json(page: Document) -> bytes:
    return b"".join(api.iter_result_json(page))


def test_report_pages_stream_as_the_plain_way_writes_them():
    items = 0
    for path in sorted(CORPUS.glob("*"))[::3]:
        page = api.process(path.read_bytes(), source=path.name)
        assert _fast_json(page) == _plain_json(page), path.name
        items += api.item_count(page)
    assert items > 2000


def test_pages_of_random_report_lines_stream_as_the_plain_way_writes_them(monkeypatch):
    rng = random.Random(13)
    lines = PAGE_LINES + [
        "一、主要工作", "全年完成了10项工作，邀请社区干部30名参加培训，受理来信31件，办结率100%。",
        "二、存在问题", "资金缺口约1.5亿元，比上年增加20%。", "三、下一步打算",
        "下一步将继续推进，力争2025年底前建成3个示范点。", "自评得分：95分（满分100分）。",
        "共有学校45所，其中农村学校30所、城区学校15所，合计46所。"]
    for k in range(40):
        # lists longer than a batch, and capped lists (MAX_ITEMS), now and then
        monkeypatch.setattr(api, "_DUMP_BATCH", rng.choice([1, 2, 3, 256]))
        monkeypatch.setattr(api, "MAX_ITEMS", rng.choice([2, 5, 20_000]))
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 40)))
        page = api.process(text)
        assert _fast_json(page) == _plain_json(page)


# values a payload field may be given: each exact type, and near misses validation coerces or rejects
class _Str(str):
    pass


_VALUES = [None, "文本", "", _Str("子类"), "3.5", 0, 3, -2, True, False, 1.5, 2.0, float("nan"), float("inf"),
           -0.0, 1e300, [1, 2], [], ["a"], [True], {"indicator": "x", "value": 2}, (1, 2)]
_WELL_TYPED = {"indicator": "人数", "value": 3.0, "unit": "人", "base_value": 3.0, "base_unit": "人", "unit_kind": "count",
               "item": "项目", "text": "建成平台", "code": "C1", "severity": "warning", "message": "m", "evidence": "e",
               "sentence": "s", "approximate": False, "target": None, "decimals": 0, "targets": [], "level": 1,
               "heading": "一、主要工作", "max_score": 100.0, "stated": 2.5, "low": 1.0, "family": 2}


@pytest.mark.parametrize("seed", range(100))
def test_an_item_dumps_as_its_model_does(seed):
    """An item's dict is its model's model_dump(mode="json"), key order and value types alike, or
    both ways fail alike."""
    rng = random.Random(seed)
    text = "全年完成了10项工作，邀请社区干部30名参加培训。"
    part = Document(text=text)
    kinds = [("sections", SectionData), ("metrics", MetricData), ("scores", ScoreData),
             ("commitments", CommitmentData), ("flags", FlagData)]
    dumpers, taken = api._makers(dump=True), 0
    for name, cls in kinds:
        model, fn = next((m, f) for n, m, f, _ in api._LISTS if n == name)
        for _ in range(6):
            data = cls(**{f: _WELL_TYPED.get(f) for f in api.public_fields(cls)})
            for field in rng.sample(api.public_fields(cls), rng.choice([0, 0, 1, 2])):
                setattr(data, field, rng.choice(_VALUES))
            if cls is MetricData:
                data.sentence_span = (0, 12)
            s = rng.randint(0, len(text))
            span = Span(s, min(len(text), s + rng.randint(0, 5)), rng.choice(["基本情况", "其他", 3]), data)
            src = (rng.randint(0, 9), rng.choice([10, 11, 12.0]))
            try:
                plain = model(**fn(part, span, src)).model_dump(mode="json")
            except (ValidationError, AttributeError) as e:
                with pytest.raises(type(e)):
                    dumpers[name](part, span, src)
                continue
            fast = dumpers[name](part, span, src)
            assert list(fast) == list(plain)
            assert [type(v) for v in fast.values()] == [type(v) for v in plain.values()]
            assert orjson.dumps(fast) == orjson.dumps(plain)
            taken += 1
    assert taken


# -- normalize: the pinyin readings' patterns start with their parenthesis --------------------

import regex  # noqa: E402

from reportnlp.lexicons import load_yaml  # noqa: E402
from reportnlp.stages import normalize  # noqa: E402


def _plain_reading_patterns() -> dict:
    """The reading patterns as they were: led by the lookbehind for the character before, on regex."""
    cfg = load_yaml("normalize.yml")
    letters, tones, cjk = cfg["pinyin_letters"], cfg["pinyin_tone_marks"], r"\p{Han}"
    return {
        "pinyin": regex.compile(rf"(?<={cjk})[(（](?=[{letters} ]{{0,27}}(?:[{tones}]|[1-5][)）]))[{letters}]"
                                rf"(?:[{letters} ]{{0,27}}[{letters}])?[1-5]?[)）]"),
        "toneless": regex.compile(rf"(?<={cjk}|[)）])[(（](?:{cfg['pinyin_syllable']})[)）]"),
    }


READING_PIECES = ["(", "（", ")", "）", "供", "电", "辦", "𠀀", "〇", "a", " ", "\n", ",", "1", "5", "an", "li", "zhang",
                  "gong", "gōng", "diàn", "ǜ", "ḿ", "ń", "shuang", "er", "pdf", "x", "ABC"]


def _reading_texts(n: int, seed: int) -> list[str]:
    """Texts of characters, parentheses and syllables in any order (readings and near misses)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(READING_PIECES) for _ in range(rng.randint(0, 24))) for _ in range(n)]


@pytest.mark.parametrize("text", PAGE_LINES + [
    "供电(gōngdiàn)", "容量(diàn róng liàng)", "案(an)(an)", "辦(ban)理(li)", "𠀀(li)", "〇(zhang)", "x(li)", "(li)",
    "供电（gong1）", "的(pdf)", "的(app)"] + _reading_texts(3000, 1313))
def test_reading_patterns_find_what_the_plain_ones_find(text):
    plain, fast = _plain_reading_patterns(), normalize._patterns()
    for name in ("pinyin", "toneless"):
        assert [m.span() for m in fast[name].finditer(text)] == [m.span() for m in plain[name].finditer(text)], name


def test_report_pages_hold_the_readings_the_plain_patterns_find():
    plain, fast = _plain_reading_patterns(), normalize._patterns()
    found = 0
    for path in sorted(CORPUS.glob("*")):
        text = path.read_bytes().decode("utf-8", "replace")
        for name in ("pinyin", "toneless"):
            spans = [m.span() for m in plain[name].finditer(text)]
            assert [m.span() for m in fast[name].finditer(text)] == spans, (path.name, name)
            found += len(spans)
    assert found
