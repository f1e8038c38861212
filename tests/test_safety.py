"""Input that cannot hurt: mixed encodings, damaged UTF-8, spreadsheet formulas, a planted
segmenter cache, bounded output; and the published schema (enums, the error record)."""
from __future__ import annotations

import csv
import json
import os
import stat
import tempfile
from pathlib import Path

import pytest

from reportnlp import api, extract_text
from reportnlp.stages.decode import decode_bytes

GB = ("桐岭县医疗保障局2023年工作总结，全县基本医疗保险参保人数达41.27万人，参保率97.6%。\n"
      "检查定点医药机构312家，查处违规机构47家，追回医保基金286.4万元。\n")
BIG5 = ("鎮衛生院院長2016年度述職報告，全年門急診人次達到38650人次，同比增長7.2%。\n"
        "下一步，我們將繼續加強基層醫療服務能力建設，病床使用率達到85%以上。\n")


# -- decoding piece by piece -------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [("gb18030", "big5"), ("big5", "gb18030")])
def test_half_gb18030_half_big5(first, second):
    texts = {"gb18030": GB * 3, "big5": BIG5 * 3}
    data = texts[first].encode(first) + texts[second].encode(second)
    text, encoding, replaced = decode_bytes(data)
    assert text == texts[first] + texts[second]
    assert replaced == 0 and encoding == f"mixed({first}+{second})"


def test_a_lost_byte_costs_one_replacement_character():
    data = (GB * 3).encode("utf-8")
    k = data.index("医疗".encode()) + 1  # drop the second byte of 医
    text, encoding, replaced = decode_bytes(data[:k] + data[k + 1:])
    assert encoding == "utf-8" and replaced == 1
    assert text.count("\ufffd") == 1 and text.replace("\ufffd", "医", 1) == GB * 3


def test_legacy_line_in_a_utf8_page_still_decodes():
    data = GB.encode("utf-8") + BIG5.encode("big5") + GB.encode("utf-8")
    text, encoding, replaced = decode_bytes(data)
    assert text == GB + BIG5 + GB and encoding == "mixed(utf-8+big5)"


# -- CSV formula injection ---------------------------------------------------------------------

def test_csv_cells_cannot_start_a_formula(tmp_path):
    from reportnlp.outputs import csv_cell, write_csv

    for payload in ("=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_cell(payload) == "'" + payload
    assert csv_cell("参保率") == "参保率" and csv_cell(-5.0) == -5.0 and csv_cell(None) is None
    write_csv(tmp_path / "t.csv", [{"a": "=1+2", "b": 3}], ["a", "b"])
    rows = list(csv.reader(open(tmp_path / "t.csv", encoding="utf-8-sig")))
    assert rows == [["a", "b"], ["'=1+2", "3"]]


def test_compare_csvs_are_neutralised(tmp_path):
    pytest.importorskip("datasketch")
    from reportnlp.compare import compare_results

    report = ("=HYPERLINK(\"http://evil\",\"点此\")县2023年工作总结\n一、工作情况\n"
              "=1+1全年受理投诉120件，办结率100%。\n二、下一步打算\n年底前完成窗口改造。\n")
    rec = extract_text(report, id="@evil", source="+src").model_dump(mode="json")
    (tmp_path / "r.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    list(compare_results(tmp_path / "r.jsonl", tmp_path / "out"))
    cells = 0
    for name in ("metrics.csv", "indicators.csv", "commitments.csv", "templates.csv"):
        for row in csv.reader(open(tmp_path / "out" / name, encoding="utf-8-sig")):
            for cell in row:
                cells += 1
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (name, cell)
                assert not (cell.startswith("-") and not _is_number(cell)), (name, cell)
    assert cells > 20


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


# -- jieba's dictionary cache ------------------------------------------------------------------

def test_jieba_cache_is_private_and_not_in_the_shared_temp_dir():
    from reportnlp import segment

    tk = segment._jieba()
    cache_dir = Path(tk.tmp_dir).resolve()
    assert cache_dir == Path(segment.jieba_cache_dir()).resolve()
    assert cache_dir != Path(tempfile.gettempdir()).resolve()
    st = os.stat(cache_dir)
    assert st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def test_a_shared_cache_dir_is_not_trusted(tmp_path, monkeypatch):
    from reportnlp import segment

    shared = tmp_path / "cache"
    (shared / "reportnlp").mkdir(parents=True)
    os.chmod(shared / "reportnlp", 0o777)  # anyone could plant a marshal file here
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared))
    segment.jieba_cache_dir.cache_clear()
    try:
        chosen = Path(segment.jieba_cache_dir())
    finally:
        segment.jieba_cache_dir.cache_clear()
    assert chosen != shared / "reportnlp"
    assert not os.stat(chosen).st_mode & (stat.S_IWGRP | stat.S_IWOTH)


# -- bounded output ----------------------------------------------------------------------------

def test_metric_sentence_is_a_bounded_window():
    filler = "，".join(f"第{k}组开展巡查工作并形成台账" for k in range(12))
    text = f"全年{filler}，其中受理投诉120件，{filler}。"
    doc = extract_text(text).documents[0]
    m = next(m for m in doc.metrics if m.value == 120)
    assert len(m.sentence) <= 2 * api.SENTENCE_WINDOW + (m.end - m.start)
    assert doc.text[m.start:m.end] in m.sentence
    assert m.sentence in doc.text[m.sentence_start:m.sentence_end]
    assert m.sentence_end - m.sentence_start > len(m.sentence)


def test_items_per_report_are_capped_and_counted(monkeypatch):
    monkeypatch.setattr(api, "MAX_ITEMS", 50)
    text = "\n".join(f"{k % 90 + 1}.5%" for k in range(400))
    doc = extract_text(text).documents[0]
    assert len(doc.metrics) == 50
    assert doc.omitted["metrics"] > 100


# -- the schema --------------------------------------------------------------------------------

def test_schema_has_dialect_id_enums_and_the_error_record():
    jsonschema = pytest.importorskip("jsonschema")
    from reportnlp.batch import error_record
    from reportnlp.schema import batch_line_schema, result_schema

    rs, bs = result_schema(), batch_line_schema()
    for s in (rs, bs):
        assert s["$schema"].startswith("https://json-schema.org/") and s["$id"].startswith("https://")
        jsonschema.Draft202012Validator.check_schema(s)
    assert "主要做法" in rs["$defs"]["Section"]["properties"]["label"]["enum"]
    assert "PERFECT_RATE" in rs["$defs"]["Flag"]["properties"]["code"]["enum"]
    result = api.extract_file(Path(__file__).resolve().parents[1] / "corpora" / "raw" /
                              "x_16_anquan_shengchan.txt").model_dump(mode="json")
    jsonschema.validate(result, rs)
    jsonschema.validate(result, bs)
    err = error_record({"id": "x", "path": "x", "kind": "missing", "message": "m", "size": 0}, "unreadable", "m")
    jsonschema.validate(err, bs)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(err, rs)
    with pytest.raises(jsonschema.ValidationError):  # a code outside the closed list
        jsonschema.validate({**err, "error_code": "oops"}, bs)


def test_streamed_json_is_the_result():
    from reportnlp.api import iter_result_json, process, to_result

    root = Path(__file__).resolve().parents[1] / "corpora" / "raw"
    for name in ("c_02_jiedao_zongjie.txt", "x_16_anquan_shengchan.txt"):
        page = process((root / name).read_bytes(), name)
        streamed = b"".join(iter_result_json(page, id="k"))
        assert json.loads(streamed) == json.loads(to_result(page, id="k").model_dump_json())
