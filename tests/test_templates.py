"""Batch-level template learning: lines recurring across a site's pages are stripped, reports kept."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportnlp.api import process
from reportnlp.batch import run_batch
from reportnlp.cli import app
from reportnlp.stages.templates import strip_templates
from reportnlp.templates import (TemplateFileError, TemplateLearner, TemplateParams, TemplateSet, line_key,
                                 normalize_line, prepare_text)

RUN = CliRunner()
PARAMS = TemplateParams()

# -- a synthetic site: chrome no boilerplate rule names, around varied reports ----------------

HEADER = [
    "青禾县融媒体中心主办",
    "凝心聚力谋发展 实干担当开新局",
    "政务动态 通知公告 部门文件 民生实事 乡镇风采",
    "本站已服务 {users} 位用户",
]
FOOTER = [
    "青禾政务 服务为民 让信息多跑路群众少跑腿",
    "栏目导读 热点专题 年度报告 数据发布",
    "网站运维：青禾县数字信息保障站 技术支持热线 0571-{tel}",
]
UNITS = ["县民政局", "县人社局", "县医保局", "县交通运输局", "县市场监管局", "县卫健局", "县水利局",
         "县农业农村局", "县教育局", "县应急管理局", "县住建局", "县税务局"]
INDICATORS = [("办理业务", "件"), ("培训人员", "人次"), ("新增就业", "人"), ("检查企业", "家"),
              ("发放补贴", "万元"), ("完成投资", "亿元"), ("受理投诉", "件"), ("走访群众", "户"),
              ("整改隐患", "处"), ("新建道路", "公里"), ("改造校舍", "平方米"), ("接种疫苗", "剂次")]
VERBS = ["扎实推进", "全面落实", "持续深化", "稳步实施", "大力开展", "认真组织"]
TOPICS = ["基层治理", "民生保障", "安全生产", "营商环境", "乡村振兴", "作风建设", "数字化改革", "公共服务"]
# report text several units share: a stock sentence (in 40% of the pages) and a bare
# sub-heading (in a third of them, more than the 20% a plain template line needs)
STOCK = "我局始终坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。"
STOCK_SHORT = "加强组织领导"
N_PAGES = 60


def _body(rng: random.Random, i: int) -> str:
    unit = UNITS[i % len(UNITS)]
    year = 2015 + i % 9
    lines = [f"青禾{unit}{year}年工作总结",
             f"{year}年，{unit}围绕{rng.choice(TOPICS)}中心任务，{rng.choice(VERBS)}各项工作，取得了阶段性成效。",
             "一、主要工作成效"]
    for k in range(rng.randint(3, 5)):
        indicator, unit_word = rng.choice(INDICATORS)
        t1, t2 = rng.sample(TOPICS, 2)
        lines.append(f"（{'一二三四五'[k]}）{rng.choice(VERBS)}{t1}。全年{indicator}{rng.randint(12, 9800)}{unit_word}，"
                     f"同比增长{rng.randint(2, 40)}.{rng.randint(1, 9)}%，{t2}工作{rng.choice(VERBS)}。")
    if i % 3 == 0:
        lines.append(STOCK_SHORT)
        lines.append(f"{unit}成立了以主要负责同志为组长的{rng.choice(TOPICS)}领导小组，"
                     f"召开专题会议{rng.randint(3, 30)}次。")
    if i % 5 < 2:
        lines.append(STOCK)
    lines += ["二、存在问题", f"{rng.choice(TOPICS)}方面还有短板，{rng.choice(TOPICS)}的基础仍然薄弱。",
              "三、下一步工作打算",
              f"{year + 1}年，我们将{rng.choice(VERBS)}{rng.choice(TOPICS)}，力争{rng.choice(TOPICS)}取得新突破。"]
    return "\n".join(lines)


def site_page(i: int) -> tuple[str, str]:
    """(the whole page, the report alone)."""
    rng = random.Random(i)
    body = _body(rng, i)
    head = "\n".join(HEADER).format(users=rng.randint(1000, 99999))
    foot = "\n".join(FOOTER).format(tel=rng.randint(1000000, 9999999))
    return f"{head}\n\n{body}\n\n{foot}\n", body


CHROME = {normalize_line(line.format(users=1, tel=1)) for line in HEADER + FOOTER}


def _key(line: str) -> int | None:
    return line_key(line, PARAMS)


def _lines(page) -> list[str]:
    """The normalized non-blank lines of every report's text and title."""
    out = []
    for part in page.parts:
        for line in ([part.meta["title"]] if part.meta.get("title") else []) + part.text.split("\n"):
            if line.strip():
                out.append(normalize_line(line))
    return out


def _metrics(page) -> list[tuple]:
    return [(m.data.indicator, m.data.value, m.data.unit) for p in page.parts for m in p.get("metrics")]


@pytest.fixture(scope="module")
def site():
    return [site_page(i) for i in range(N_PAGES)]


@pytest.fixture(scope="module")
def learned(site) -> TemplateSet:
    learner = TemplateLearner()
    for page, _ in site:
        learner.add_input(page.encode("utf-8"))
    assert learner.inputs == N_PAGES
    return learner.templates()


# -- keys ----------------------------------------------------------------------------------

def test_lines_differing_in_numbers_and_spacing_are_one_template():
    assert normalize_line("浏览次数:1203") == normalize_line("浏览次数：87") == "浏览次数:0"
    assert _key("本站已服务 1234 位用户") == _key("本站已服务５６位用户")
    assert _key("本站已服务 1234 位用户") != _key("本站已服务 1234 位会员")
    assert _key("今天是2024年5月6日 星期一") == _key("今天是 2023年12月30日 星期日")
    assert _key("首页") is None  # too short to count
    # report structure is never a template: headings, titles, dates, formulas
    for line in ("二、存在问题", "（一）加强组织领导", "青禾县民政局2023年工作总结", "2023年12月20日",
                 "现将有关情况报告如下：", "特此报告。", "各位领导、同志们：", "各位代表："):
        assert _key(line) is None, line


# -- learning --------------------------------------------------------------------------------

def test_site_chrome_is_learned_and_report_lines_are_not(site, learned):
    assert learned.inputs == N_PAGES and len(learned) >= len(CHROME)
    for line in HEADER + FOOTER:
        assert _key(line.format(users=random.randint(1, 10**6), tel=42)) in learned, line
    assert _key(STOCK) not in learned  # a report-like line needs half of the inputs
    chrome_keys = {_key(line.format(users=1, tel=1)) for line in HEADER + FOOTER}
    for _, body in site:
        for line in body.split("\n"):
            key = _key(line)
            if key is not None and line != STOCK_SHORT:
                assert key not in learned, line
    assert set(learned.hashes) - chrome_keys <= {_key(STOCK_SHORT)}


def test_nothing_learned_from_too_few_inputs(site):
    learner = TemplateLearner()
    for page, _ in site[:4]:
        learner.add_text(prepare_text(page))
    assert not learner.templates() and learner.templates().inputs == 4


# -- stripping -------------------------------------------------------------------------------

def test_templates_are_removed_and_report_content_kept(site, learned):
    for i, (page, body) in enumerate(site):
        plain = process(page)
        cleaned = process(page, templates=learned)
        kept = _lines(cleaned)
        assert not CHROME & set(kept), i
        # everything else the pipeline kept without templates is still there
        assert [ln for ln in _lines(plain) if ln not in CHROME] == kept, i
        report_lines = [normalize_line(ln) for ln in body.split("\n")[1:]]  # the title line aside
        assert set(report_lines) <= set(kept), i
        if STOCK in body:
            assert normalize_line(STOCK) in kept
        if STOCK_SHORT in body:
            assert STOCK_SHORT in kept  # a learned line alone inside a report stays
        removed = [r for r in cleaned.removed if r.kind == "template"]
        assert removed, i
        for r in removed:
            # the removal points at its source text
            assert normalize_line(page[r.source_start:r.source_end]) == normalize_line(r.text)
            assert normalize_line(r.text) in CHROME
        # offsets still reach the source
        for part in cleaned.parts:
            for m in part.get("metrics"):
                ss, se = part.to_source(m.start, m.end)
                assert normalize_line(page[ss:se]) == normalize_line(part.text[m.start:m.end])


def test_metrics_are_unaffected(site, learned):
    for page, body in site:
        assert _metrics(process(page, templates=learned)) == _metrics(process(body))


def test_no_templates_is_a_no_op(site):
    page = process(site[0][0])
    text, removed = page.text, list(page.removed)
    assert strip_templates(page) is page and strip_templates(page, TemplateSet()) is page
    assert page.text == text and page.removed == removed
    assert process(site[0][0], templates=TemplateSet()).text == text


def test_a_report_reposted_across_the_batch_is_kept(site):
    page, body = site[3]
    learner = TemplateLearner()
    for _ in range(10):
        learner.add_text(prepare_text(page))
    learned = learner.templates()
    assert _key(STOCK_SHORT) in learned and _key(body.split("\n")[1]) in learned
    kept = _lines(process(page, templates=learned))
    assert not CHROME & set(kept)
    assert {normalize_line(ln) for ln in body.split("\n")[1:]} <= set(kept)


# -- bounded memory --------------------------------------------------------------------------

def test_table_never_exceeds_its_cap():
    rng = random.Random(5)
    cap = 500
    learner = TemplateLearner(max_entries=cap)
    chrome = [f"某某网站栏目{c}" for c in "甲乙丙"]
    for i in range(300):
        lines = chrome + ["".join(rng.choice("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出") for _ in range(12))
                          for _ in range(40)]
        learner.add_text("\n".join(lines))
        assert len(learner) <= cap
    assert learner.peak_entries <= cap and learner.evictions > 0
    learned = learner.templates()
    assert {_key(line) for line in chrome} == set(learned.hashes)


# -- files and the command line --------------------------------------------------------------

def test_save_and_load(tmp_path, learned):
    path = tmp_path / "t.json"
    learned.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "reportnlp-templates" and data["inputs"] == N_PAGES
    assert data["parameters"]["min_share"] == 0.2
    assert all(len(h) == 16 and int(h, 16) >= 0 for h in data["templates"])
    assert TemplateSet.load(path) == learned
    page = site_page(7)[0]
    assert process(page, templates=str(path)).text == process(page, templates=learned).text
    (tmp_path / "bad.json").write_text('{"format": "something else"}')
    with pytest.raises(TemplateFileError):
        TemplateSet.load(tmp_path / "bad.json")
    res = RUN.invoke(app, ["extract", str(path), "--templates", str(tmp_path / "bad.json")])
    assert res.exit_code == 2 and "reportnlp-templates" in res.output


@pytest.fixture(scope="module")
def site_dir(site, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    for i, (page, _) in enumerate(site):
        (root / f"p{i:03d}.txt").write_text(page, encoding="utf-8")
    return root


def test_cli_batch_learns_and_extract_reuses(site_dir, learned, tmp_path):
    out, tfile = tmp_path / "r.jsonl", tmp_path / "templates.json"
    res = RUN.invoke(app, ["batch", str(site_dir), "-o", str(out), "--workers", "1", "--no-progress",
                           "--templates-out", str(tfile)])
    assert res.exit_code == 0, res.output
    assert f"from {N_PAGES} inputs" in res.output
    assert TemplateSet.load(tfile) == learned
    results = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert len(results) == N_PAGES
    for path in sorted(site_dir.iterdir())[:8]:
        res = RUN.invoke(app, ["extract", str(path), "--templates", str(tfile), "--indent", "0"])
        assert res.exit_code == 0, res.output
        single = json.loads(res.stdout)
        batch = results[str(path)]
        assert single["documents"] == batch["documents"] and single["removed"] == batch["removed"]
        assert any(r["kind"] == "template" for r in single["removed"])
        assert not any(normalize_line(d["text"]).count(c) for d in single["documents"] for c in CHROME)
    # without templates nothing is removed as a template
    res = RUN.invoke(app, ["batch", str(site_dir), "-o", str(out), "--workers", "1", "--no-progress",
                           "--no-templates"])
    assert res.exit_code == 0, res.output
    for d in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        assert not any(r["kind"] == "template" for r in d["removed"])
    res = RUN.invoke(app, ["batch", str(site_dir), "-o", str(out), "--no-templates", "--templates", str(tfile)])
    assert res.exit_code == 2


def test_batch_with_workers_and_resume(site_dir, learned, tmp_path):
    out, tfile = tmp_path / "r.jsonl", tmp_path / "t.json"
    junk = site_dir.parent / "junk"
    junk.mkdir(exist_ok=True)
    (junk / "empty.txt").write_bytes(b"")
    inputs = [str(site_dir), str(junk), str(site_dir / "missing.txt")]
    s = run_batch(inputs, out, workers=2, progress=False, templates=True, templates_out=tfile)
    assert s.templates == len(learned) and s.template_inputs == N_PAGES
    assert TemplateSet.load(tfile) == learned
    lines = out.read_bytes().splitlines()
    assert len(lines) == N_PAGES + 2 and s.failed == 2  # one result or error record per input
    first = {d["id"]: d for d in map(json.loads, lines)}
    # resume: the same templates are learned again from all inputs, done ids are skipped
    out.write_bytes(b"\n".join(lines[:20]) + b"\n" + lines[20][:30])
    s = run_batch(inputs, out, workers=2, progress=False, templates=True, resume=True)
    assert s.skipped == 20 and s.templates == len(learned)
    again = {d["id"]: d for d in map(json.loads, out.read_bytes().splitlines())}
    assert again == first


@pytest.mark.parametrize("line,structural", [
    ("三月份：1.各班第一次家长会2.“学雷锋”主题活动3.区域活动材料调整验收", True),
    ("十一月份：秋季运动会", True),
    ("9月下旬:开展消防疏散演练", True),
    ("三月份全园共开展主题活动6次", False),
    ("阅读(236)┆评论(2)┆收藏(0)", False),
])
def test_a_row_of_a_month_schedule_is_structure_never_chrome_by_context(line, structural):
    from reportnlp.templates import is_structural

    assert is_structural(line) is structural
