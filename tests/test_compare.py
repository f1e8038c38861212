"""``compare_results``: tidy table, per-indicator statistics, 100% shares, template clusters, summary page."""
from __future__ import annotations

import csv
import json

import pytest

from reportnlp import extract_text
from reportnlp.batch import METRIC_COLUMNS
from reportnlp.compare import compare_results, indicator_stats

TEMPLATE = """\
{unit}便民服务中心2023年度工作总结
一、基本情况
今年以来，我{short}便民服务中心坚持以群众需求为导向，持续深化“放管服”改革，不断提升政务服务水平。\
全年共受理各类办件{got}件，办结{done}件，办结率{rate}%。中心设置综合窗口{win}个，配备工作人员{staff}名。群众满意率100%。
二、主要做法
（一）强化制度建设。严格落实首问负责制、一次性告知制和限时办结制，建立健全窗口考核办法，做到有章可循、有据可依。
（二）推进网上办理。依托政务服务网，推行“网上申请、线下办理”模式，实现让数据多跑路、群众少跑腿。
三、存在问题
一是窗口人员业务能力有待提高；二是部分事项办理流程仍较繁琐；三是政策宣传力度还不够。
四、下一步工作打算
我们将进一步优化服务流程，加强人员培训，力争2024年办结率达到99.9%以上。
"""

REPORTS = {
    "town_a": TEMPLATE.format(unit="东湖镇", short="镇", got=5620, done=5601, rate=99.7, win=6, staff=14),
    "town_b": TEMPLATE.format(unit="西山乡", short="乡", got=5620, done=5601, rate=99.7, win=6, staff=12),
    "market": """\
南城区市场监督管理局2023年消费维权工作总结
一、工作开展情况
全年共受理消费者投诉举报1260件，为消费者挽回经济损失86.5万元。开展食品安全专项检查42次，检查经营主体1380户次。\
投诉处理群众满意率96.5%。
二、存在的不足
基层执法力量相对薄弱，网络消费纠纷取证难度较大。
三、下一步打算
继续加大执法检查力度，畅通投诉举报渠道，营造放心消费环境。
""",
    "hotline": """\
北江市12345政务服务便民热线2023年上半年运行情况报告
一、总体情况
上半年热线共接听群众来电38240个，转办工单9125件，按时办结率98%，回复率100%，群众满意率100%。
二、主要问题
部分承办单位答复内容简单，重复来电占比仍然偏高，个别诉求办理周期较长。
三、下步工作
严格落实工单督办制度，开展回访抽查，提升诉求办理质量和效率。
""",
}
SATISFACTION = {"town_a": 100.0, "town_b": 100.0, "market": 96.5, "hotline": 100.0}


@pytest.fixture(scope="module")
def results():
    return {rid: extract_text(text, source=f"{rid}.txt", id=rid).model_dump(mode="json")
            for rid, text in REPORTS.items()}


@pytest.fixture(scope="module")
def out(results, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("compare")
    jsonl = tmp / "results.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        for r in results.values():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "broken.txt", "source": "broken.txt", "error_code": "binary",
                             "message": "input looks binary"}) + "\n")
        fh.write("{not json\n")
    out_dir = tmp / "out"
    lines = list(compare_results(jsonl, out_dir))
    return out_dir, lines


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_one_line_per_file_and_errors_counted(out):
    out_dir, lines = out
    names = ["metrics.parquet", "metrics.csv", "indicators.csv", "commitments.csv", "flags.parquet", "flags.csv",
             "risk.parquet", "risk.csv", "templates.csv", "summary.html"]
    assert len(lines) == len(names)
    for name, line in zip(names, lines):
        assert (out_dir / name).is_file()
        assert str(out_dir / name) in line
    assert "4 results" in lines[-1] and "1 error records skipped" in lines[-1] and "1 unreadable" in lines[-1]


def test_tidy_table(results, out):
    out_dir, _ = out
    rows = _csv(out_dir / "metrics.csv")
    assert list(rows[0]) == list(METRIC_COLUMNS)
    expected = sum(len(d["metrics"]) for r in results.values() for d in r["documents"] if d["duplicate_of"] is None)
    assert len(rows) == expected > 0
    assert {r["id"] for r in rows} == set(REPORTS)  # the error record left no rows
    sat = {r["id"]: float(r["value"]) for r in rows if r["canonical"] == "满意率" and r["target"] == "False"}
    assert sat == SATISFACTION
    # the plan "力争2024年办结率达到99.9%" is a target row, not a claim
    assert any(r["target"] == "True" and float(r["value"]) == 99.9 for r in rows if r["id"] == "town_a")

    import pyarrow.parquet as pq

    table = pq.read_table(out_dir / "metrics.parquet")
    assert table.column_names == list(METRIC_COLUMNS)
    assert table.num_rows == len(rows)
    assert sorted(table.column("value").to_pylist()) == sorted(float(r["value"]) for r in rows)


def test_share_of_100_percent_claims(out):
    out_dir, _ = out
    ind = {(r["canonical"], r["base_unit"]): r for r in _csv(out_dir / "indicators.csv")}
    sat = ind[("满意率", "%")]
    assert int(sat["n"]) == 4 and int(sat["n_documents"]) == 4
    assert int(sat["n_100"]) == 3
    assert float(sat["share_100"]) == pytest.approx(0.75)
    assert float(sat["min"]) == 96.5 and float(sat["max"]) == 100
    # targets are not claims: 办结率 counts the two achieved 99.7% and the hotline's only
    assert all(float(r["max"]) < 99.9 for (c, _), r in ind.items() if c == "办结率")


def test_near_duplicates_cluster_and_distinct_reports_do_not(out):
    out_dir, _ = out
    clusters = _csv(out_dir / "templates.csv")
    assert len(clusters) == 1
    c = clusters[0]
    assert set(c["members"].split("; ")) == {"town_a#0", "town_b#0"}
    assert int(c["size"]) == 2
    assert 0.8 <= float(c["min_jaccard"]) <= 1.0


def test_summary_page(out):
    out_dir, _ = out
    page = (out_dir / "summary.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 2
    assert "<title>100: 3</title>" in page  # the histogram bar at exactly 100%
    assert "<title>96: 1</title>" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "town_a#0; town_b#0" in page


def test_iqr_outliers_and_share_on_known_values():
    rows = [{"id": f"r{i}", "source": f"r{i}", "doc_index": 0, "canonical": "满意率", "value": v,
             "base_unit": "%", "target": False} for i, v in enumerate([97, 98, 98.5, 99, 100, 100, 40])]
    rows.append({"id": "plan", "source": "plan", "doc_index": 0, "canonical": "满意率", "value": 10.0,
                 "base_unit": "%", "target": True})
    rows.append({"id": "chg", "source": "chg", "doc_index": 0, "canonical": "满意率", "value": 100.0,
                 "base_unit": "%", "target": False, "direction": "increase"})
    (s,) = indicator_stats(rows)
    assert s["n"] == 7 and s["n_100"] == 2 and s["share_100"] == round(2 / 7, 4)
    assert s["median"] == 98.5
    assert s["n_outliers"] == 1 and s["outliers"] == "r6#0=40"


def test_commitments_table(out):
    out_dir, _ = out
    rows = _csv(out_dir / "commitments.csv")
    assert rows, "the sample results hold commitments"
    assert list(rows[0]) == ["id", "document", "action", "deadline", "deadline_date", "target_indicator",
                             "target_value", "target_unit", "owner", "section", "confidence", "text"]
    assert all(r["text"] and r["action"] for r in rows)
    dated = [r for r in rows if r["deadline_date"]]
    assert all(len(r["deadline_date"]) == 10 and r["deadline_date"][4] == "-" for r in dated)
