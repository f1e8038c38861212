"""Indicator naming (reportnlp/indicators.py) and the classes of numbers that are no metrics."""
import pytest

from reportnlp.api import process


def names(text: str) -> list[tuple[str, float, str]]:
    return [(m.data.indicator, m.data.value, m.data.unit)
            for part in process(text).parts for m in part.get("metrics")]


LEAD = "今年共受理各类审批事项1260件,办结1255件。"  # a report sentence, so the page is a report


def test_list_items_never_swallow_earlier_items():
    got = names("全县共有规模以上工业企业27家、危险化学品经营单位4家、加油站3座,均已签订责任书。")
    assert [n for n, *_ in got] == ["规模以上工业企业", "危险化学品经营单位", "加油站"]
    assert all(not any(ch.isdigit() for ch in n) for n, *_ in got)


def test_bare_verb_list_shares_the_head_named_before():
    got = names("对县级审批项目进行了全面清理,保留38项、取消5项、下放12项。")
    assert [n for n, *_ in got] == ["保留审批项目", "取消审批项目", "下放审批项目"]


def test_counted_noun_follows_setup_verbs_and_fronted_objects():
    got = {v: n for n, v, _ in names(
        "服务大厅共设有26个服务窗口,配备了4名专职代办员。对全乡9个行政村开展了随机抽查。")}
    assert got[26] == "服务窗口"
    assert got[4] == "专职代办员"
    assert got[9] == "行政村"


def test_copulas_adverbs_and_reporting_words_leave_the_name():
    got = {v: n for n, v, _ in names(
        "凡由县本级审批的项目,办理时限全部压缩在3个工作日以内。累计完成网上申报事项860件。")}
    assert got[3] == "办理时限"
    assert got[860] == "完成网上申报事项" or got[860] == "网上申报事项"


def test_closed_list_before_the_name_is_left_out():
    got = names("召开城东棚改项目、物流园项目、新能源产业园项目等联审会15次。")
    assert got == [("联审会", 15, "次")]


def test_a_bare_total_is_named_as_a_total():
    got = names("新设立企业620户、变更登记310户,合计930户。")
    assert got[-1][0] == "合计" and got[-1][1] == 930


def test_growth_list_shares_the_change_name():
    got = names("验收面积12.6万平方米,同比分别增长18.2%、36.5%。")
    assert [n for n, v, _ in got if v in (18.2, 36.5)] == ["同比增长", "同比增长"]


def test_a_change_named_by_its_comparison_takes_its_subject():
    got = {v: n for n, v, _ in names(
        "全年完成固定资产投资18.6亿元,同比增长7.4%。乡村公益岗位安置脱贫劳动力316人,较上年增加84人。"
        "税费收入6.42亿元,完成年度计划的103.6%,同比增长4.8%。群众满意率97.0%,较上年提高2.3个百分点。"
        "全县查处酒驾醉驾数量力争同比增长10%。")}
    assert got[7.4] == "固定资产投资增长"
    assert got[84] == "乡村公益岗位安置脱贫劳动力增加"
    assert got[4.8] == "税费收入增长"  # the share of the plan restates its subject
    assert got[2.3] == "群众满意率提高"  # a change in points is the change of the share
    assert got[10] == "查处酒驾醉驾数量增长"


def test_changes_respectively_pair_with_the_values_before_them():
    got = names("全年共发生各类生产安全事故9起、死亡5人,同比分别下降25%和37.5%。")
    assert [n for n, v, _ in got if v in (25, 37.5)] == ["发生各类生产安全事故下降", "死亡下降"]


def test_per_capita_is_no_distributive_all():
    got = names("脱贫户和监测户人均纯收入达到15860元。")
    assert got == [("脱贫户和监测户人均纯收入", 15860, "元")]


@pytest.mark.parametrize("text", [
    "每发现一起超时办件扣2分,扣完为止。",
    "群众满意率高于95%得10分,低于90%不得分。",
    "按时办结率每低1个百分点扣0.5分。",
    "同一问题只计分1次。",
    "信息报送迟报一次扣1分,漏报一次扣2分。",  # a penalty per occurrence
    "档案资料缺失一项扣0.5分。",
    "职责不明确的扣2分,台账不全的扣3分。",  # a penalty on a condition
    "考核得分90分以上为优秀,80至89分为良好,60分以下为不合格。",  # grade bands
    "得分每低于90分扣1分。",
])
def test_scoring_rules_are_no_metrics(text):
    assert names(text) == []


def test_scores_and_deductions_actually_given_stay_metrics():
    # the look-alikes of the rules above: a result has no condition, no "one each", no band
    assert names("自评得分95分。") == [("自评得分", 95, "分")]
    assert names("综合得分92分,评为优秀等次。") == [("综合得分", 92, "分")]
    assert [v for _, v, _ in names("因台账不全扣3分。")] == [3]
    assert [v for _, v, _ in names("其中一项指标得分8分。")] == [8]


def test_a_cohort_named_by_its_year_is_no_count():
    assert names("做好2025届毕业生就业帮扶工作。") == []
    got = names("连续举办12届技能大赛,全县2025届高校毕业生共3412人。")
    assert [(v, u) for _, v, u in got] == [(12, "届"), (3412, "人")]


@pytest.mark.parametrize("text", [
    "本文共5页,全文约3200字。",
    "附件:工作总结.docx　12页,大小38KB。",
    "年度工作总结(3000字以内)按时报送。",
    "本栏目浏览次数:1203次。",
    "该文阅读 1.2万次。",
])
def test_document_and_site_counters_are_no_metrics(text):
    got = names(LEAD + text)
    assert [v for _, v, _ in got] == [1260, 1255]


def test_session_numbers_and_list_numbering_are_no_metrics():
    assert names("召开第13届职工运动会,第5次全体会议。1. 加强领导。2、完善制度。") == []


def test_work_counted_in_pages_and_characters_stays():
    got = names("全年起草各类文稿52篇,约31万字;完成档案数字化扫描96万页。网站访问量达120万次。")
    assert (310000, "字") in [(v, u) for _, v, u in got]
    assert (960000, "页") in [(v, u) for _, v, u in got]
    assert ("网站访问量", 1200000, "次") in got


def test_a_plain_score_is_still_a_metric():
    assert ("信息采纳得分", 36, "分") in names("全年信息采纳得分36分。")


# ---- canonical vocabulary ----------------------------------------------------------------------

from reportnlp.indicators import canonical
from reportnlp.lexicons import load_tsv

KINDS = {"count", "rate", "money", "area", "duration", "score", "length", "weight", "volume", "energy", "power", "other"}


def test_vocabulary_has_400_indicators_with_kind_and_synonyms():
    rows = load_tsv("indicators.tsv")
    assert len(rows) >= 400
    assert len({r[0] for r in rows}) == len(rows)  # one row per canonical name
    for r in rows:
        assert len(r) == 5 and r[1] in KINDS and r[3] and r[4], r


@pytest.mark.parametrize("name,kind,unit,want", [
    ("审批服务现场办结率", "rate", "%", "现场办结率"),          # the head decides
    ("受理行政许可(审批)", "count", "件", "政务服务事项受理量"),  # a processing verb leads
    ("办结审批和服务事项", "count", "件", "政务服务事项办结量"),
    ("乡镇(街道)为民服务中心", "count", "个", "政务服务中心"),
    ("12345热线接通率", "rate", "%", "热线接通率"),
    ("地区生产总值增长", "rate", "%", "地区生产总值增速"),
    ("一般公共预算收入", "money", "万元", "一般公共预算收入"),
    ("公务员优秀", "count", "名", "年度考核优秀等次"),
])
def test_canonical_by_head_and_unit_kind(name, kind, unit, want):
    assert canonical(name, kind, unit) == want


def test_canonical_never_crosses_unit_kinds():
    # 服务窗口 is a count of windows: as a score, a rate or money it has no canonical of that row
    assert canonical("服务窗口", "count", "个") == "服务窗口"
    assert canonical("服务窗口", "score", "分") is None
    assert canonical("满意率", "count", "件") != "满意率"
    # a count row that lists its units takes no other count unit (窗口 in 分 is no window count)
    assert canonical("服务窗口", "count", "吨") is None


def test_no_canonical_group_mixes_unit_kinds():
    """Over every metric of corpora/: each canonical name holds one unit kind only."""
    from pathlib import Path

    from reportnlp.api import extract_file

    kinds: dict[str, set[str]] = {}
    n = with_canonical = 0
    for raw in sorted((Path(__file__).resolve().parents[1] / "corpora" / "raw").iterdir()):
        for doc in extract_file(raw).documents:
            for m in doc.metrics:
                n += 1
                if m.canonical:
                    with_canonical += 1
                    kinds.setdefault(m.canonical, set()).add(m.unit_kind)
    mixed = {c: k for c, k in kinds.items() if len(k) > 1}
    assert not mixed
    # (0.70 over 449 pages; the 40 pages of fragments w44-w51 name many one-off quantities: 0.696 over 489)
    assert with_canonical / n >= 0.69


def test_a_speakers_quoted_words_keep_their_figures():
    # a report quoted in a news item: its figures are the work's, and its opening quote is no part of a name
    got = names("会上,书记述职说:“一年来,柳塘村新建标准化蔬菜大棚48个,村集体收入达到41.2万元。”")
    assert (48, "个") in [(v, u) for _, v, u in got] and (41.2, "万元") in [(v, u) for _, v, u in got]
    assert [n for n, v, _ in names("他说:“今年新建大棚48个,还要再建20个。”") if v == 48] == ["新建大棚"]


def test_quoted_names_hold_no_metrics_and_keep_their_quotes():
    # the look-alikes: short quotes without a clause mark are names; a name opening an indicator stays whole
    assert names("认真落实“惠企30条”,推进“十四五”规划,开展“三个100”行动。") == []
    assert names("“三公”经费支出38.2万元。") == [("“三公”经费支出", 38.2, "万元")]
