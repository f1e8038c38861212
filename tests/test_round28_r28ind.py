"""Round 28 (r28ind): metric names, canonical indicators and targets on number-dense pages (统计公报 and 夏粮
statements, 财政收支 briefs, 卫健 work points, 项目 progress, 教育 statistics). Each class has must-catch tests in
two phrasings and look-alikes that must stay as they were; all text is invented."""

import pytest

from page_text import metric_at as metric, metric_dicts as metrics


# --- 1. standard indicators of public sets that the vocabulary lacked, or lumped together -------------------

@pytest.mark.parametrize("text, value, canonical", [
    ("全县婴儿死亡率为2.31‰,低于全省平均水平。", 2.31, "婴儿死亡率"),
    ("全区5岁以下儿童死亡率降至3.05‰,孕产妇死亡率为零。", 3.05, "5岁以下儿童死亡率"),
    ("重大慢性病过早死亡率降至9.8%。", 9.8, "重大慢性病过早死亡率"),
    ("县人民医院出院患者平均住院日缩短至7.6天。", 7.6, "平均住院日"),
    ("医共体组建以来,县域内就诊率达到91.2%。", 91.2, "县域内就诊率"),
    ("今年全市初中入学率为99.6%。", 99.6, "入学率"),
    ("全县初中专任教师学历合格率达到99.5%。", 99.5, "专任教师学历合格率"),
    ("城区供水管网漏损率降至9.7%,产销差率为14.2%。", 9.7, "管网漏损率"),
    ("农村供水工程水费收缴率提高到93%。", 93, "水费收缴率"),
    ("全镇小麦机收率达到98.5%。", 98.5, "农作物耕种收综合机械化率"),
    ("当年森林火灾受害率控制在0.3‰以内。", 0.3, "森林火灾受害率"),
    ("春季新造林成活率达到92%。", 92, "造林成活率"),
    ("全年已竣工项目27个,竣工率为41.5%。", 41.5, "项目竣工率"),
    ("全年工业生产者出厂价格上涨1.7%。", 1.7, "工业生产者出厂价格涨幅"),
    ("全市政府性基金支出64.2亿元。", 64.2, "政府性基金预算支出"),
    ("全年地方财政一般预算收入38.6亿元。", 38.6, "一般公共预算收入"),
    ("秋季小学招生3215人。", 3215, "招生人数"),
])
def test_standard_indicators_get_their_canonical(text, value, canonical):
    assert metric(text, value)["canonical"] == canonical


@pytest.mark.parametrize("text, value, canonical", [
    ("全县孕产妇系统管理率达到96.4%。", 96.4, "孕产妇系统管理率"),  # the management rate keeps its row
    ("全年食品抽检合格率为98.1%。", 98.1, "食品安全抽检合格率"),  # 合格率 alone stays the inspection rate
    ("九年义务教育巩固率为99.2%。", 99.2, "义务教育巩固率"),
    ("全年新开工项目36个,开工率为90%。", 90, "项目开工率"),
    ("全县居民健康素养水平达到31.5%。", 31.5, "居民健康素养水平"),
])
def test_neighbouring_indicators_keep_theirs(text, value, canonical):
    assert metric(text, value)["canonical"] == canonical


@pytest.mark.parametrize("text, value", [
    ("全县居民心理健康素养水平达到22%。", 22),  # another indicator than 居民健康素养水平
    ("基层就诊率达到63%。", 63),  # not 县域内就诊率
    ("协会会费收缴率为88%。", 88),  # not a water bill
])
def test_look_alike_names_get_no_standard_they_are_not(text, value):
    assert metric(text, value)["canonical"] is None


# --- 2. a value restated in brackets in another unit takes the name of the value it restates ---------------

@pytest.mark.parametrize("text, value, name", [
    ("全县粮食总产量达到23.6亿斤(118万吨),比上年增加1.2亿斤(6万吨),增长5.4%。", 118, "粮食总产量"),
    ("全县粮食总产量达到23.6亿斤(118万吨),比上年增加1.2亿斤(6万吨),增长5.4%。", 6, "粮食总产量增加"),
    ("全镇油菜播种面积3.2千公顷(4.8万亩),保持稳定。", 4.8, "油菜播种面积"),
    ("全年完成投资3.2亿元（32000万元）。", 32000, "完成投资"),
])
def test_bracketed_restatement_takes_the_name(text, value, name):
    assert metric(text, value)["indicator"] == name


def test_bracketed_share_and_part_keep_their_own_names():
    ms = metrics("剩余8项中,3个社区食堂建设已完成2个(67%),全县共有项目15个(含续建项目5个)。")
    by_value = {m["value"]: m["indicator"] for m in ms}
    assert by_value[67] == "社区食堂建设已完成占比"  # a share in brackets: the count's share, as before
    assert by_value[5] == "含续建项目"  # a part in brackets names itself


# --- 3. a budget's change in money after its comparison: 较上年减收 / 增支 / 增收 ---------------------------------

def test_revenue_decline_takes_its_subject_and_canonical():
    text = "1-9月份,全县一般公共预算收入21.7亿元,完成预算的75.2%,快于时序进度0.2个百分点,较上年减收0.9亿元,下降4.0%。"
    m = metric(text, 0.9)
    assert m["indicator"] == "一般公共预算收入减收"
    assert m["canonical"] == "一般公共预算收入"
    assert m["direction"] == "decrease"
    drop = metric(text, 4.0)
    assert drop["indicator"] == "一般公共预算收入下降"  # not 超时间进度: a gap in points changes by no percentage


def test_spending_increase_takes_its_subject():
    m = metric("1-9月份,全县一般公共预算支出完成38.6亿元,较上年同期增支2.4亿元,增长6.6%。", 2.4)
    assert m["indicator"] == "一般公共预算支出增支"
    assert m["canonical"] == "一般公共预算支出"


def test_fund_revenue_rise_takes_its_subject():
    m = metric("全市政府性基金收入42.5亿元,较上年同期增收3.1亿元。", 3.1)
    assert m["indicator"] == "政府性基金收入增收"
    assert m["canonical"] == "政府性基金收入"


@pytest.mark.parametrize("text, value", [
    ("合作社带动社员户均年增收2600元。", 2600),
    ("种植基地带动周边农户增收320万元。", 320),
])
def test_household_gains_stay_farmers_income(text, value):
    m = metric(text, value)
    assert m["canonical"] == "农民增收"
    assert m["direction"] is None


# --- 4. a plan's heading alone on its line naming its targets opens a list of targets ------------------------

@pytest.mark.parametrize("text", [
    "2027年全县卫生健康工作要点\n一、主要任务\n1.主要目标指标。\n\n居民健康素养水平提高到34%以上,人均基本公共卫生服务经费达96元,"
    "总体癌症五年生存率达43%,重大慢性病过早死亡率降至10.4%。\n2.重点工作。\n全年已举办健康讲座80场。",
    "2027年全县教育工作要点\n(一)主要目标\n学前三年毛入学率达43%,人均基本公共卫生服务经费达96元,总体癌症五年生存率达43%,"
    "重大慢性病过早死亡率降至10.4%。\n(二)重点任务\n全年已举办健康讲座80场。",
])
def test_values_under_a_targets_heading_are_targets(text):
    for value in (43, 96, 10.4):
        assert metric(text, value)["target"] is True, value
    assert metric(text, 80)["target"] is False  # the next heading's paragraph reports a result


def test_results_under_a_review_heading_are_no_targets():
    text = "一、2026年工作回顾\n(一)主要目标完成情况\n全县地区生产总值达128亿元,增长6.3%,城镇新增就业达5200人。"
    assert metric(text, 128)["target"] is False
    assert metric(text, 5200)["target"] is False


def test_done_values_under_a_targets_heading_stay_results():
    text = "2027年工作要点\n1.主要目标指标。\n\n上年全县已完成健康体检3.1万人,体检率达91%。"
    assert metric(text, 91)["target"] is False  # a word of a thing done between the heading and the value


# --- 5. a crop's yield per area is a metric: 粮食单产 ----------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("全县粮食单产为271.6公斤/亩,增长1.2%。", 271.6, "公斤/亩"),
    ("全镇夏粮单位面积产量5732.4公斤/公顷(382.2公斤/亩),比上年增加88.1公斤/公顷。", 5732.4, "公斤/公顷"),
    ("全镇夏粮单位面积产量5732.4公斤/公顷(382.2公斤/亩),比上年增加88.1公斤/公顷。", 382.2, "公斤/亩"),
])
def test_yield_per_area_is_a_metric(text, value, unit):
    m = metric(text, value)
    assert m["unit"] == unit
    assert m["canonical"] == "粮食单产"


def test_yield_growth_is_named_by_the_yield():
    assert metric("全县粮食单产为271.6公斤/亩,增长1.2%。", 1.2)["indicator"] == "粮食单产增长"


def test_money_per_area_and_concentrations_stay_as_they_were():
    m = metric("耕地地力保护补贴标准为每亩补贴112元/亩。", 112)
    assert m["unit_kind"] == "money"
    assert not [m for m in metrics("全年PM2.5平均浓度为31微克/立方米。") if m["value"] == 31]


# --- 6. a respectively list's run of bare numbers shares the unit the run ends on ------------------------------

def test_run_of_bare_numbers_shares_the_points():
    text = "分领域看,工业、农业、科技、服务业项目推进较快,投资完成率比总体进度分别高出8.2、4.6、3.1、0.9个百分点。"
    values = sorted(m["value"] for m in metrics(text) if m["unit"] == "个百分点")
    assert values == [0.9, 3.1, 4.6, 8.2]
    assert metric(text, 8.2)["canonical"] == "投资完成率"


def test_long_run_far_from_its_respectively_word():
    text = "东岭镇、西河镇、南湖街道、北山镇、高新园、港区推进较快,投资完成率分别比整体进度高10.4、7.7、5.2、4.1、2.9、1.3个百分点。"
    values = sorted(m["value"] for m in metrics(text) if m["unit"] == "个百分点")
    assert values == [1.3, 2.9, 4.1, 5.2, 7.7, 10.4]


def test_years_before_respectively_are_no_values():
    ms = metrics("2024、2025和2026年分别完成投资3.1亿元、3.6亿元和4.2亿元。")
    assert sorted(m["value"] for m in ms) == [3.1, 3.6, 4.2]


# --- 7. a time limit in seconds names the rate after it (15秒接通率), and 高达 is no part of a name -------------------

@pytest.mark.parametrize("text, value, name", [
    ("热线开通以来,15秒接通率高达98.7%,基本做到一拨即通。", 98.7, "15秒接通率"),
    ("全年呼入电话41.2万个,20秒接通率为95.1%。", 95.1, "20秒接通率"),
])
def test_seconds_before_a_rate_name_it(text, value, name):
    assert metric(text, value)["indicator"] == name
    assert not [m for m in metrics(text) if m["unit"] == "秒"]


def test_seconds_of_a_call_stay_a_duration():
    m = metric("平均通话时长为95秒,平均等待时长12秒。", 95)
    assert m["unit"] == "秒"
    assert m["indicator"] == "平均通话时长"


@pytest.mark.parametrize("text, value, name", [
    ("群众满意率高达99.2%。", 99.2, "群众满意率"),
    ("全县参保率高达98.4%。", 98.4, "参保率"),
])
def test_gao_da_is_no_part_of_the_name(text, value, name):
    assert metric(text, value)["indicator"] == name
