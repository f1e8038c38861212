"""Self-evaluation forms: rows read back from flattened tables, form checks, the audit table."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from reportnlp import extract_text
from reportnlp.report_html import render_audit
from reportnlp.stages.forms import find_forms, table_regions

# a Word export: one row a line, the budget block and the indicator table with subtotal marks
WORD_FORM = """\
溪口镇2023年度乡村道路养护项目绩效自评表
项目名称  溪口镇乡村道路养护项目
主管部门  溪口镇人民政府
资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分
资金总额  120.00  126.40  118.82  10  94.0%  9.4
其中：财政拨款  100.00  106.40  99.90  —  —  —
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因
产出（60分）  数量指标  修补破损路面  ≥3000平方米  3260平方米  20  20
质量指标  养护路段优良率  ≥85%  100%  20  20
时效指标  雨后清障时限  ≤2天  3天  20  17  两次强降雨后机械调度不及时
效益（30分）  社会效益指标  通行时间缩短  ≥10分钟  12分钟  30  30
总分 100 自评得分 96.4
"""

# a PDF conversion: one cell a line, a page number between rows, an OCR letter in a weight
PDF_FORM = """\
考核自评表
考核项目
考核内容
分值
评分标准
自评分
扣分原因
组织领导
成立领导小组并明确责任人
1O
未成立的扣5分，职责不明的扣2分
10
资金管理
专款专用，台账清晰
30
台账不全的扣3分
27
部分凭证未装订
- 1 -
目标任务
全面完成年度任务
40
每少完成一项扣4分
40
群众满意
满意度达到90%以上
20
每低1个百分点扣1分
20
合计 100 99
"""


def _doc(text):
    result = extract_text(text)
    assert len(result.documents) == 1, [d.text[:30] for d in result.documents]
    return result.documents[0]


def test_rows_of_a_word_form_with_budget_block():
    doc = _doc(WORD_FORM)
    got = [(s.max_score, s.self_score) for s in doc.scores]
    # the budget row (rate between weight and score), four indicator rows, the total;
    # the 其中 row states amounts only and is no score
    assert got == [(10, 9.4), (20, 20), (20, 20), (20, 17), (30, 30), (100, 96.4)]
    rows = doc.forms[1].rows
    assert [r.item for r in rows] == ["修补破损路面", "养护路段优良率", "雨后清障时限", "通行时间缩短"]
    assert rows[2].target == "≤2天" and rows[2].actual == "3天"
    assert rows[2].reason == "两次强降雨后机械调度不及时"
    # every cell keeps its offsets back to the source
    cell = next(c for c in rows[1].cells if c.kind == "self")
    assert WORD_FORM[cell.source_start:cell.source_end] == "20"


def test_target_column_is_never_a_perfect_rate_but_an_actual_100_is():
    doc = _doc(WORD_FORM)
    targets = {m.value for m in doc.metrics if m.target}
    assert {3000, 85, 2, 10} <= targets
    perfect = [f for f in doc.flags if f.code == "PERFECT_RATE"]
    assert len(perfect) == 1 and "100%" in perfect[0].evidence and "≥85%" in perfect[0].evidence


def test_form_flags_full_scores_and_sum_mismatch_with_arithmetic():
    doc = _doc(WORD_FORM)
    full = [f for f in doc.flags if f.code == "FULL_SELF_SCORE"]
    assert len(full) == 3
    assert any("修补破损路面" in f.evidence and "3260平方米" in f.evidence for f in full)
    # 9.4 + 20 + 20 + 17 + 30 = 96.4: the total holds, so no mismatch
    assert not [f for f in doc.flags if f.code == "SUM_MISMATCH"]
    bad = _doc(WORD_FORM.replace("自评得分 96.4", "自评得分 98.4"))
    mismatch = [f for f in bad.flags if f.code == "SUM_MISMATCH"]
    assert len(mismatch) == 1
    assert "9.4 + 20 + 20 + 17 + 30 = 96.4" in mismatch[0].message and mismatch[0].stated == 98.4


def test_no_sum_mismatch_when_rows_are_missing():
    # a continued page: rows worth 60 of 100 points cannot be checked against the total
    text = ("道路养护项目绩效自评表（续表）\n"
            "修补破损路面 ≥3000平方米 3260平方米 20 20\n"
            "养护路段优良率 ≥85% 90% 20 18\n"
            "雨后清障时限 ≤2天 3天 20 17\n"
            "总分 100 自评得分 90\n")
    doc = _doc(text)
    assert [(s.max_score, s.self_score) for s in doc.scores] == [(20, 20), (20, 18), (20, 17), (100, 90)]
    assert not [f for f in doc.flags if f.code == "SUM_MISMATCH"]


def test_pdf_cells_ocr_weight_page_number_and_criteria_with_numbers():
    doc = _doc(PDF_FORM)
    got = [(s.max_score, s.self_score) for s in doc.scores]
    # rows add up to 97: the stated 99 is a mismatch
    assert got == [(10, 10), (30, 27), (40, 40), (20, 20), (100, 99)]
    codes = sorted(f.code for f in doc.flags)
    assert codes == ["FULL_SELF_SCORE"] * 3 + ["SUM_MISMATCH"]
    assert "- 1 -" not in doc.text


def test_row_over_its_weight_and_total_over_100():
    text = WORD_FORM.replace("30  30", "30  33").replace("自评得分 96.4", "自评得分 99.4")
    doc = _doc(text)
    over = [f for f in doc.flags if f.code == "SCORE_OVER_MAX"]
    assert len(over) == 1 and "通行时间缩短" in over[0].message
    text = text.replace("总分 100 自评得分 99.4", "总分 100 自评得分 103")
    over = [f for f in _doc(text).flags if f.code == "SCORE_OVER_MAX"]
    assert len(over) == 2


def test_all_rows_full_gives_a_form_note_in_the_risk_summary():
    text = WORD_FORM.replace("20  17  两次强降雨后机械调度不及时", "20  20").replace("94.0%  9.4", "100%  10") \
        .replace("自评得分 96.4", "自评得分 100")
    doc = _doc(text)
    assert any(r.startswith("form: all 5 rows") for r in doc.risk.reasons)
    assert not any(r.startswith("form:") for r in _doc(WORD_FORM).risk.reasons)


def test_html_table_rows_are_read_from_markup():
    page = ("<html><body><p>项目绩效自评表</p><table>"
            "<tr><td>三级指标</td><td>指标值</td><td>完成值</td><td>权重</td><td>得分</td><td>备注</td></tr>"
            "<tr><td>培训人次</td><td>≥500人次</td><td>530人次</td><td>40</td><td>40</td><td></td></tr>"
            "<tr><td>合格率</td><td>≥90%</td><td>86%</td><td>30</td><td>26</td><td>实操考核偏难</td></tr>"
            "<tr><td>满意度</td><td>≥90%</td><td>93%</td><td>30</td><td>30</td><td></td></tr>"
            "<tr><td>合计</td><td>100</td><td>96</td></tr></table></body></html>")
    doc = _doc(page)
    assert [(s.max_score, s.self_score) for s in doc.scores] == [(40, 40), (30, 26), (30, 30), (100, 96)]
    assert doc.forms[0].rows[1].reason == "实操考核偏难"


def test_prose_scores_and_ordinary_reports_have_no_form():
    text = ("一、健全服务网络（考核分值:10分,自评分:10分）。我局建成服务站12个。\n"
            "全年共受理群众诉求200件，办结190件，办结率95%。\n")
    assert find_forms(text) == [] and table_regions(text) == []
    doc = _doc(text)
    assert doc.forms == []
    assert [(s.max_score, s.self_score) for s in doc.scores] == [(10, 10)]


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self.in_form = False
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("class") == "form":
            self.in_form = True
        elif self.in_form and tag == "tr":
            self.rows.append([])
        elif self.in_form and tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_form = False
        elif self.in_form and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def test_audit_html_shows_the_form_as_a_table_with_flags_on_rows():
    page = render_audit(extract_text(WORD_FORM.replace("自评得分 96.4", "自评得分 98.4")))
    p = _Tables()
    p.feed(page)
    header = ["row", "target", "actual", "max", "self", "flag", "reason"]
    assert p.rows.count(header) == 2
    rows = {r[0]: r for r in p.rows if r != header}
    assert rows["修补破损路面"][3:6] == ["20", "20", "FULL_SELF_SCORE"]
    assert rows["雨后清障时限"][4:] == ["17", "", "两次强降雨后机械调度不及时"]
    assert rows["总分"][5] == "SUM_MISMATCH"
    # the running text of the table is hidden behind the table, flags keep their ids for the side list
    assert 'class="formsrc"' in page and 'id="d0-f' in page


@pytest.mark.parametrize("line", ["- 1 -", "第 2 页 共 3 页"])
def test_page_numbers_inside_a_form_are_still_removed(line):
    text = PDF_FORM.replace("- 1 -", line)
    doc = _doc(text)
    assert line.replace(" ", "") not in doc.text.replace(" ", "")


def test_full_marks_for_a_missed_target_are_named():
    text = WORD_FORM.replace("3260平方米  20  20", "2860平方米  20  20")
    doc = _doc(text)
    row = doc.forms[1].rows[0]
    assert (row.target_value, row.actual_value, row.met) == (3000, 2860, False)
    assert doc.forms[1].rows[2].met is False  # ≤2天 is a ceiling: 3天 misses it
    assert doc.forms[1].rows[1].met is True
    full = next(f for f in doc.flags if f.code == "FULL_SELF_SCORE" and "修补破损路面" in f.message)
    assert "misses the target ≥3000平方米" in full.message


def test_eval_family_prefix_scores_only_those_pages(tmp_path):
    import json
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from reportnlp.cli import app
    from reportnlp.evaluate import evaluate_cv, evaluate_dirs

    corpora = Path(__file__).resolve().parents[1] / "corpora"
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    for stem in ("form_word_01", "form_pdf_01", "form_tsv_01", "gov_01", "news_01"):
        g = next(corpora.glob(f"gold/{stem}_*.json"))
        shutil.copy(g, gold / g.name)
        shutil.copy(corpora / "raw" / json.loads(g.read_text(encoding="utf-8"))["file"], raw)
    assert evaluate_dirs(gold, raw, family_prefix="form_").files == 3
    cv = evaluate_cv(gold, raw, k=3, family_prefix="form_")
    assert sorted(f for fams, _ in cv.folds for f in fams) == ["form_pdf", "form_tsv", "form_word"]
    assert cv.pooled.files == 3 and cv.pooled.summary()["scores"]["f1"] > 0.9
    out = CliRunner().invoke(app, ["eval", str(gold), str(raw), "--family-prefix", "form_"])
    assert out.exit_code == 0 and "files: 3" in out.output


def test_header_words_in_a_sentence_head_no_table():
    text = ("县财政局对各单位逐项核对指标的分值、得分及完成值，发现部分单位自评偏高。\n"
            "下一步将加强复核，确保评价结果真实准确。\n")
    assert table_regions(text) == [] and find_forms(text) == []
