"""api.result_dict / result_json write what the pydantic models write, byte for byte, without
building them; a value the direct path cannot convert exactly goes through validation."""
from pathlib import Path

import pytest

from reportnlp import api, schema
from reportnlp.document import Span
from reportnlp.payloads import MetricData, NotPlain

RAW = sorted((Path(__file__).resolve().parent.parent / "corpora" / "raw").glob("*"))


@pytest.mark.parametrize("path", RAW[::7], ids=lambda p: p.name)
def test_direct_json_is_the_models_json(path):
    page = api.process(path.read_bytes(), source=path.name)
    result = api.to_result(page, id="x")
    assert api.result_dict(page, id="x") == result.model_dump(mode="json")
    assert list(api.result_dict(page)) == list(result.model_dump(mode="json"))
    for indent in (0, 1, 3):
        assert api.result_json(page, id="x", indent=indent) == result.model_dump_json(indent=indent or None).encode()


def _page_with_metric(**changes):
    page = api.process("桐岭县2023年工作总结。全年完成改造14个，新增就业1126人。".encode())
    part = page.parts[0]
    data = MetricData(indicator="改造", value=14, unit="个", base_value=14, base_unit="个", unit_kind="count")
    for key, value in changes.items():
        setattr(data, key, value)
    part.spans["metrics"] = [Span(6, 9, "metric", data)]
    return page


@pytest.mark.parametrize("changes", [{}, {"decimals": True}, {"low": float("inf")}, {"period": None}],
                         ids=["ints-for-floats", "bool-for-int", "inf", "none"])
def test_values_pydantic_converts_come_out_as_it_writes_them(changes):
    page = _page_with_metric(**changes)
    result = api.to_result(page)
    assert api.result_json(page) == result.model_dump_json().encode()
    assert api.result_dict(page) == result.model_dump(mode="json")


def test_plans_file_is_generated_from_the_current_models():
    """reportnlp/dump_plans.py is what `python -m reportnlp.schema` writes now (else api
    regenerates it on every start, and `reportnlp extract` imports pydantic again)."""
    assert schema.PLANS_FILE.read_text(encoding="utf-8") == schema.plans_source(*api.PLANS)
    assert api._plans()["KEY"] == api.plans_key()


def test_a_plan_refuses_what_it_cannot_convert_exactly():
    dump = api._plans()["_dump_Risk"]
    assert dump({"score": 1}) == {"score": 1.0, "reasons": []}
    for bad in ({"score": "1"}, {"reasons": []}, {"score": 1.0, "reasons": ("a",)}, {"score": float("nan")}):
        with pytest.raises(NotPlain):
            dump(bad)
