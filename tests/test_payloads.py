"""Span payloads (reportnlp/payloads.py) against the output models and tidy tables: a field
added to one and not the other fails here."""
from pathlib import Path
from typing import get_type_hints

import pytest
from pydantic import BaseModel

from reportnlp import api, payloads, schema
from reportnlp.compare import FLAG_COLUMNS, flag_rows
from reportnlp.document import DocMeta
from reportnlp.tables import METRIC_COLUMNS, REPORT_COLUMNS, metric_rows

LOCATED = set(schema.Located.model_fields)
# payload -> (output model, fields the output adds from the span and its document)
PAIRS = {
    payloads.MetricData: (schema.Metric, {"sentence", "sentence_start", "sentence_end"}),
    payloads.ScoreData: (schema.Score, set()),
    payloads.CommitmentData: (schema.Commitment, set()),
    payloads.FlagData: (schema.Flag, set()),
    payloads.SectionData: (schema.Section, {"label"}),
    payloads.PlaceholderData: (schema.Placeholder, set()),
    payloads.FormData: (schema.Form, set()),
}
_ARROW = {str: "string", float: "float64", int: ("int32", "int64"), bool: "bool_"}


def _scalar(annotation):
    """str for str | None; None for lists, dicts and nested models."""
    args = [a for a in getattr(annotation, "__args__", (annotation,)) if a is not type(None)]
    return args[0] if len(args) == 1 and args[0] in _ARROW else None


@pytest.mark.parametrize("payload", list(PAIRS), ids=lambda p: p.__name__)
def test_public_fields_are_the_output_fields(payload):
    model, derived = PAIRS[payload]
    public = set(payloads.public_fields(payload))
    assert public | LOCATED | derived == set(model.model_fields)
    assert not public & (LOCATED | derived)
    internal = {f for f in get_type_hints(payload)} - public
    assert not internal & set(model.model_fields), "an internal field shadows an output field"


@pytest.mark.parametrize("payload", list(PAIRS), ids=lambda p: p.__name__)
def test_scalar_types_agree(payload):
    model, _ = PAIRS[payload]
    hints = get_type_hints(payload)
    for name in payloads.public_fields(payload):
        out = model.model_fields[name].annotation
        if _scalar(out) is not None:
            assert hints[name] == out, (payload.__name__, name, hints[name], out)


def _table_check(columns: dict[str, str], model: type[BaseModel], context: set[str]):
    for name, arrow in columns.items():
        if name in context:
            continue
        assert name in model.model_fields, f"table column {name} is no {model.__name__} field"
        kind = _scalar(model.model_fields[name].annotation)
        assert kind is not None and arrow in (_ARROW[kind] if isinstance(_ARROW[kind], tuple) else (_ARROW[kind],))


def test_tidy_tables_follow_the_models():
    _table_check(METRIC_COLUMNS, schema.Metric, set(REPORT_COLUMNS) - {"period"})
    _table_check(FLAG_COLUMNS, schema.Flag, set(REPORT_COLUMNS))


CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "raw"


def test_every_item_dict_is_exactly_its_model():
    """What a span writes out is its model's field set: no internal key rides along to be
    dropped by pydantic, no field is left to its default by omission."""
    seen: set[str] = set()
    pages = sorted(CORPUS.glob("*"))
    for path in pages[::6] + [p for p in pages if p.name.startswith("form_")][:3]:
        page = api.process(path.read_bytes(), source=path.name)
        for part in page.parts:
            for name, model, fn, _ in api._LISTS:
                for span, source in api._with_sources(part, api._spans(part, name)):
                    assert set(fn(part, span, source)) == set(model.model_fields), (path.name, name)
                    seen.add(name)
            for ph in part.get("placeholders"):
                assert set(api._located(part, ph, part.to_source(ph.start, ph.end))) == set(schema.Placeholder.model_fields)
        assert all(set(doc.meta) <= set(DocMeta.__annotations__) for doc in [page, *page.parts])
        result = api.to_result(page).model_dump(mode="json")
        for row in metric_rows(result):
            assert set(row) == set(METRIC_COLUMNS)
        for d in result["documents"]:
            for row in flag_rows(result, d):
                assert set(row) == set(FLAG_COLUMNS)
    assert seen == {name for name, *_ in api._LISTS}
