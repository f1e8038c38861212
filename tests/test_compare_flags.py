"""compare for supervisors: flags and risk tables, repeats counted once, the HTML flags section,
rounded figures and fences clamped at zero, and a page that fits a 1400 px window."""
from __future__ import annotations

import csv
import json

import pytest

from reportnlp import extract_text
from reportnlp.compare import _fig, compare_results, indicator_stats

REPORT = """\
{unit}2023年度工作总结
{unit}按照县委部署，全年共受理各类办件{got}件，办结{done}件，办结率{rate}%。窗口工作人员{staff}名。群众满意率100%。
一、主要做法
严格落实首问负责制和限时办结制，推行网上申请、线下办理模式，{extra}
二、下一步打算
我们将进一步优化服务流程，加强人员培训。
"""
LONG = "、".join(f"第{i}批次审批服务事项办理流程再造和材料精简工作全面完成" for i in range(1, 12)) + "。"


def _result(rid: str, text: str) -> dict:
    return extract_text(text, source=f"{rid}.txt", id=rid).model_dump(mode="json")


@pytest.fixture(scope="module")
def results():
    a = REPORT.format(unit="东湖镇便民服务中心", got=1000, done=900, rate=99, staff=14, extra=LONG)
    b = REPORT.format(unit="西山乡便民服务中心", got=800, done=792, rate=99, staff=9, extra="")
    return {
        # the same report twice in one page: the second copy is a repeat (duplicate_of 0)
        "town_a": _result("town_a", "篇一\n" + a + "\n篇二\n" + a),
        "town_b": _result("town_b", b),
    }


@pytest.fixture(scope="module")
def out(results, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("compare_flags")
    jsonl = tmp / "results.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results.values()), encoding="utf-8")
    out_dir = tmp / "out"
    list(compare_results(jsonl, out_dir))
    return out_dir


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_fixture_has_a_repeat_with_flags(results):
    docs = results["town_a"]["documents"]
    assert [d["duplicate_of"] for d in docs] == [None, 0]
    assert docs[1]["flags"], "a repeat keeps its flags in the JSON"


def test_flags_table_counts_repeats_once(results, out):
    rows = _csv(out / "flags.csv")
    want = sum(len(d["flags"]) for r in results.values() for d in r["documents"] if d["duplicate_of"] is None)
    assert len(rows) == want > 0
    assert {(r["id"], r["doc_index"]) for r in rows} == {("town_a", "0"), ("town_b", "0")}
    high = [r for r in rows if r["code"] == "RATE_MISMATCH"]
    assert high and high[0]["severity"] == "high" and float(high[0]["stated"]) == 99
    assert abs(float(high[0]["computed"]) - 90) < 0.01
    # high severity first, each with its offsets in the document and in the source file
    assert rows[0]["severity"] == "high"
    src = results["town_a"]["documents"][0]
    for r in rows:
        assert int(r["source_end"]) > int(r["source_start"]) >= 0 and int(r["end"]) > int(r["start"]) >= 0
    f = next(f for f in src["flags"] if f["code"] == "RATE_MISMATCH")
    assert (f["source_start"], f["source_end"]) in {(int(r["source_start"]), int(r["source_end"])) for r in high}


def test_risk_table_one_row_per_document_repeats_once(results, out):
    rows = _csv(out / "risk.csv")
    assert sorted((r["id"], r["doc_index"]) for r in rows) == [("town_a", "0"), ("town_b", "0")]
    a = next(r for r in rows if r["id"] == "town_a")
    doc = results["town_a"]["documents"][0]
    assert float(a["score"]) == doc["risk"]["score"] and int(a["n_flags"]) == len(doc["flags"])
    assert int(a["n_high"]) == sum(f["severity"] == "high" for f in doc["flags"])


def test_parquet_tables_match_the_csv(out):
    pq = pytest.importorskip("pyarrow.parquet")
    for name in ("flags", "risk"):
        assert pq.read_table(out / f"{name}.parquet").num_rows == len(_csv(out / f"{name}.csv"))


def test_html_flags_section_high_first_with_counts_by_code_and_unit(out):
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert "<h2>Flags</h2>" in page and "By code" in page and "By issuing unit" in page
    flags = page[page.index("<h2>Flags</h2>"):page.index("<h2>Risk by document</h2>")]
    assert flags.index("RATE_MISMATCH") < flags.index("PERFECT_RATE")
    assert "东湖镇便民服务中心" in flags and "西山乡便民服务中心" in flags


def test_figures_rounded_and_count_fences_clamped_at_zero():
    rows = [{"canonical": "服务窗口", "base_unit": "个", "value": v, "id": f"r{i}", "doc_index": 0}
            for i, v in enumerate([1, 1, 2, 10, 12, 14, 60])]
    s = indicator_stats(rows)[0]
    assert s["outlier_low"] == 0  # q1 - 1.5 IQR = -15.75: no count lies below zero
    assert s["outlier_high"] == 30.25 and s["n_outliers"] == 1
    assert s["mean"] == 14.29 and s["median"] == 10
    assert _fig(1023.2857142) == 1023.29 and _fig(0.0123456) == 0.0123 and _fig(45.0) == 45


def test_no_canonical_group_of_the_table_mixes_base_units(out):
    seen: dict[str, set[str]] = {}
    for r in _csv(out / "indicators.csv"):
        seen.setdefault((r["canonical"], r["base_unit"]), set()).add(r["base_unit"])
    assert all(len(u) == 1 for u in seen.values())


# -- the page fits a 1400 px window (headless Chromium screenshot) ---------------------------------

from test_report_html import BROWSER, _chromium, _png_pixels  # noqa: E402


@pytest.mark.skipif(BROWSER is None, reason="chromium not installed (apt-get install -y chromium)")
def test_summary_fits_a_1400px_window(out, tmp_path):
    png = tmp_path / "summary.png"
    # a wider window than the page is allowed: anything drawn right of 1400 px would overflow
    shot = _chromium([f"--screenshot={png}", "--window-size=1500,1400", "--force-device-scale-factor=1",
                      "--hide-scrollbars", (out / "summary.html").as_uri()], tmp_path)
    assert png.exists(), shot.stderr.decode(errors="replace")[-2000:]
    width, bpp, rows = _png_pixels(png)
    assert width == 1500
    background = rows[5][:bpp]
    drawn_right = [y for y, row in enumerate(rows) if row[1400 * bpp:] != background * (width - 1400)]
    drawn_left = [y for y, row in enumerate(rows) if row[:1400 * bpp] != background * 1400]
    assert drawn_left, "nothing drawn"
    assert not drawn_right, f"page wider than 1400 px at rows {drawn_right[:5]}"


def test_schema_says_repeats_are_counted_once():
    from reportnlp.schema import ReportDocument

    desc = ReportDocument.model_json_schema()["properties"]["duplicate_of"]["description"]
    assert "compare" in desc and "once" in desc
