"""Round 29 (r29ind): canonical indicators and names on number-dense pages (county 统计公报 and quarterly briefs, 人社
统计公报 news, 民政 summaries, 部门决算 and 三公经费 explanations, 项目 progress). Each class has must-catch tests in two
phrasings at least and look-alikes that must stay as they were; all text is invented."""

import pytest

from page_text import metric_at as metric, metric_dicts as metrics
from reportnlp.indicators import canonical


# --- 1. standard indicators of 统计公报, 人社公报, 民政 and 决算 that a generic head took (产值 → 工业总产值,
#        面积 → 建筑面积, 人口 → 常住人口, 产量 → 重量, 收入 → 营业收入, 支出 → 一般公共预算支出, 标准 → 价格标准) -------------

@pytest.mark.parametrize("text, value, want", [
    ("今年农林牧渔业总产值38.42亿元。", 38.42, "农林牧渔业总产值"),
    ("全县农林牧渔业产值12.6亿元。", 12.6, "农林牧渔业总产值"),
    ("其中林业产值2.15亿元,下降3.2%。", 2.15, "林业总产值"),
    ("畜牧业产值4.07亿元,增长11.8%。", 4.07, "牧业总产值"),
    ("渔业总产值0.93亿元。", 0.93, "渔业总产值"),
    ("全年建筑业增加值9.61亿元,增长3.3%。", 9.61, "建筑业增加值"),
    ("全年金融业增加值达6.35亿元。", 6.35, "金融业增加值"),
    ("批发和零售业增加值7.7亿元。", 7.7, "批发和零售业增加值"),
    ("全年工业增加值完成31.8亿元。", 31.8, "工业增加值"),
    ("按常住人口计算,人均地区生产总值48260元。", 48260, "人均地区生产总值"),
    ("年末全镇户籍人口4.2万人。", 42000, "户籍人口"),
    ("全年死亡人口1311人。", 1311, "死亡人口"),
    ("全县农作物总播种面积58.4万亩。", 58.4, "农作物总播种面积"),
    ("粮食作物种植面积41206公顷。", 41206, "粮食播种面积"),
    ("全年有效灌溉面积23.1万亩。", 23.1, "有效灌溉面积"),
    ("全县行政区域面积2103.5平方公里。", 2103.5, "行政区域面积"),
    ("全年肉类总产量3.26万吨。", 3.26, "肉类总产量"),
    ("水产品产量8120吨,增长2.6%。", 8120, "水产品产量"),
    ("油料产量1.9万吨。", 1.9, "油料产量"),
    ("全年商品房销售面积18.7万平方米,下降9.1%。", 18.7, "商品房销售面积"),
    ("境内公路里程3120.6公里。", 3120.6, "公路通车里程"),
    ("全年邮政业务总收入6120万元。", 6120, "邮政业务收入"),
    ("年末全市就业人员达52.3万人。", 523000, "就业人员"),
    ("年末城镇登记失业人员2810人。", 2810, "城镇登记失业人数"),
    ("全年社会保险基金收入合计18.6亿元。", 18.6, "社会保险基金收入"),
    ("机关事业单位基本养老保险基金总收入9.7亿元。", 9.7, "社会保险基金收入"),
    ("到年底,养老保险基金累计结存21.4亿元。", 21.4, "社会保险基金累计结存"),
    ("本地农民工人均月收入4310元。", 4310, "农民工人均月收入"),
    ("农村低保标准提高到每年6120元。", 6120, "低保标准"),
    ("集中供养特困人员月供养标准为1050元。", 1050, "特困供养标准"),
    ("全年发放低保金1862万元。", 1862, "低保金"),
    ("支出城市低保金512万元。", 512, "低保金"),
    ("全年入库房产税2960万元。", 2960, "房产税"),
    ("企业所得税4.2亿元,增长6%。", 4.2, "企业所得税"),
    ("2024年本年收入合计3120.56万元。", 3120.56, "本年收入合计"),
    ("一般公共预算财政拨款收入共计2980.1万元。", 2980.1, "财政拨款收入"),
    ("公务接待费支出1.35万元。", 1.35, "公务接待费"),
    ("全馆当年事业收入41.4万元。", 41.4, "事业收入"),
    ("中心上缴上级支出12.5万元。", 12.5, "上缴上级支出"),
    ("公务用车运行维护费支出2.6万元。", 2.6, "公务用车购置及运行维护费"),
    ("“三公”经费支出4.1万元。", 4.1, "三公经费"),
])
def test_standard_money_area_count_rows(text, value, want):
    assert metric(text, value)["canonical"] == want


@pytest.mark.parametrize("text, value, want", [
    ("第二产业对全县经济增长的贡献率为61.2%。", 61.2, "经济增长贡献率"),
    ("第三产业对GDP的贡献率为35.4%,拉动GDP增长2.6个百分点。", 35.4, "经济增长贡献率"),
    ("第三产业对GDP的贡献率为35.4%,拉动GDP增长2.6个百分点。", 2.6, "拉动经济增长"),
    ("全县科技进步贡献率达到58%。", 58, "科技进步贡献率"),
    ("人均地区生产总值增长6.1%。", 6.1, "人均地区生产总值增速"),
    ("全年出生率为7.02‰,自然增长率为-0.41‰。", 7.02, "人口出生率"),
    ("全年出生率为7.02‰,自然增长率为-0.41‰。", -0.41, "人口自然增长率"),
    ("年末城镇登记失业率为2.86%。", 2.86, "城镇登记失业率"),
    ("全程网上办比例达到92%。", 92, "全程网办率"),
    ("全年工业增加值增长7.4%。", 7.4, "工业增加值增速"),
])
def test_standard_rate_rows(text, value, want):
    assert metric(text, value)["canonical"] == want


@pytest.mark.parametrize("text, value, want", [
    # a name the vocabulary already knew keeps its row
    ("年末城镇调查失业率为5.2%。", 5.2, "城镇调查失业率"),
    ("全年规模以上工业增加值增长8.1%。", 8.1, "规模以上工业增加值增速"),
    ("全县规上工业增加值12.3亿元。", 12.3, "规模以上工业增加值"),
    ("全年工业总产值86.2亿元。", 86.2, "工业总产值"),
    ("年末常住人口31.2万人。", 312000, "常住人口"),
    ("全年粮食总产量21.6万吨。", 21.6, "粮食总产量"),
    ("全年生活垃圾清运量3.2万吨。", 3.2, "重量"),
    ("全年增值税3.1亿元。", 3.1, "增值税"),
    ("婴儿死亡率为2.1‰。", 2.1, "婴儿死亡率"),
    ("城乡居民医保基金支出2.3亿元。", 2.3, "医保基金使用"),
    ("村集体经营收入32万元。", 32, "营业收入"),
])
def test_known_rows_stay(text, value, want):
    assert metric(text, value)["canonical"] == want


def test_taxes_are_one_row_each_not_the_vat_row():
    assert canonical("契税", "money", "万元") == "契税"
    assert canonical("城镇土地使用税", "money", "万元") == "城镇土地使用税"
    assert canonical("个人所得税", "money", "万元") == "个人所得税"
    assert canonical("国内增值税", "money", "万元") == "增值税"


def test_a_three_expenses_total_is_no_annual_spending_total():
    # "支出决算" is no synonym of the 决算 total: the 三公 item keeps its own row
    assert canonical("三公经费财政拨款支出决算", "money", "万元") == "三公经费"
    assert canonical("公务接待费支出决算", "money", "万元") == "公务接待费"


# --- 2. a reporting verb inside a 统计公报 name: the canonical reads the name without it -------------------------

@pytest.mark.parametrize("text, value, want", [
    ("全年第一产业完成增加值8.17亿元。", 8.17, "第一产业增加值"),
    ("第三产业实现增加值21.5亿元。", 21.5, "第三产业增加值"),
    ("建筑业增加值完成5.36亿元,同比增长2.2%。", 5.36, "建筑业增加值"),
    ("全年地区生产总值实现98.7亿元。", 98.7, "地区生产总值"),
])
def test_reporting_verb_inside_a_name(text, value, want):
    m = metric(text, value)
    assert m["canonical"] == want


@pytest.mark.parametrize("text, value, name, want", [
    # the name itself is kept as written
    ("第二产业完成增加值13.4亿元。", 13.4, "第二产业完成增加值", "第二产业增加值"),
])
def test_the_name_keeps_its_verb(text, value, name, want):
    m = metric(text, value)
    assert (m["indicator"], m["canonical"]) == (name, want)


@pytest.mark.parametrize("name, kind, want", [
    ("年度任务完成率", "rate", "绩效目标完成率"),  # 完成率 is a rate of its own, not a verb inside a name
    ("完成投资", "money", "固定资产投资"),      # a verb opening the name stays
])
def test_a_verb_not_before_a_value_noun_stays(name, kind, want):
    assert canonical(name, kind, "%" if kind == "rate" else "万元") == want


# --- 3. a zero amount in 万元 is a value, and a share after it is named by it -------------------------------------

@pytest.mark.parametrize("text, zero_name, share_name", [
    ("本年收入合计812.4万元,其中:财政拨款收入790.2万元,占97.3%;事业收入0万元,占0%;其他收入22.2万元,占2.7%。",
     "事业收入", "事业收入占"),
    ("本年支出合计806.1万元,项目支出293.8万元,占36.4%;经营支出0万元,占0%。", "经营支出", "经营支出占"),
])
def test_zero_amount_in_wan_yuan(text, zero_name, share_name):
    ms = metrics(text)
    zero = [m for m in ms if m["value"] == 0 and m["unit"] == "万元"]
    assert zero and zero[0]["indicator"] == zero_name
    share = [m for m in ms if m["value"] == 0 and m["unit"] == "%"]
    assert share and share[0]["indicator"] == share_name


def test_zero_amount_keeps_the_change_chain():
    m = metric("全馆“三公”经费合计6.2万元,较预算增加0万元,较上年增加1.3万元,增幅26.5%。", 1.3)
    assert m["indicator"].endswith("经费增加")


def test_plain_zero_and_nonzero_wan_stay():
    assert metric("全年事业收入0.5万元。", 0.5)["unit"] == "万元"
    assert metric("全年事业收入10万元。", 10)["unit"] == "万元"


# --- 4. a year-end comparison names the stock before it --------------------------------------------------------

@pytest.mark.parametrize("text, value, name", [
    ("全县失业保险参保人数3.1万人,比上年末增加0.2万人。", 2000, "失业保险参保人数增加"),
    ("全区就业人员8.6万人,较去年底减少0.3万人。", 3000, "就业人员减少"),
])
def test_year_end_comparison(text, value, name):
    assert metric(text, value)["indicator"] == name


def test_comparison_with_a_subject_of_its_own_stays():
    m = metric("全年受理件数较上年末增加120件。", 120)
    assert m["indicator"] == "受理件数增加"


# --- 5. 其中 before 国 goes whole ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, name", [
    ("全市公路通车里程5120公里,其中国道412公里,县道1388公里。", 412, "国道"),
    ("全市规上企业48家,其中国有企业6家。", 6, "国有企业"),
])
def test_qizhong_before_guo(text, value, name):
    assert metric(text, value)["indicator"] == name


def test_its_central_funds_stay():
    # 其中央…: read either way, untouched
    assert metric("中央资金500万元,其中央财政资金300万元。", 300)["indicator"] == "中央财政资金"


# --- 6. a bracket restating the value before it in another unit after 折算为 / 折合 -----------------------------

@pytest.mark.parametrize("text, value, name", [
    ("全区人均GDP为5.82万元(按当年平均汇率折合8930美元),比上年增长6.2%。", 8930, "人均GDP"),
    ("全区人均GDP为5.82万元(按当年平均汇率折合8930美元),比上年增长6.2%。", 6.2, "人均GDP增长"),
    ("全年粮食播种面积2.1万公顷(折合31.5万亩),比上年增加0.3万亩。", 31.5, "粮食播种面积"),
])
def test_restated_after_a_converting_lead(text, value, name):
    assert metric(text, value)["indicator"] == name


def test_bracketed_part_is_no_restatement():
    # a part in brackets keeps its own name
    assert metric("全年完成投资8.2亿元(其中中央资金1.1亿元),增长5%。", 1.1)["indicator"] == "中央资金"


# --- 7. places before 分别 take the measure after it ------------------------------------------------------------

@pytest.mark.parametrize("text, value, name, canon", [
    ("香溪、云岭和枫桥三区分别实现地区生产总值81.2亿元、50.5亿元和37.6亿元。", 37.6, "枫桥地区生产总值", "地区生产总值"),
    ("东区、西区分别完成固定资产投资32.5亿元和28.1亿元。", 32.5, "东区固定资产投资", "固定资产投资"),
    ("城南、城北两个街道分别新增就业820人、640人。", 820, "城南新增就业", "城镇新增就业"),
])
def test_places_take_the_measure(text, value, name, canon):
    m = metric(text, value)
    assert (m["indicator"], m["canonical"]) == (name, canon)


@pytest.mark.parametrize("text, value, name", [
    ("小学、初中入学率分别为99.2%、98.6%。", 98.6, "初中入学率"),
    ("受理量、办结量分别为1200件和1180件。", 1180, "办结量"),
    ("一季度、二季度分别完成投资3.2亿元、4.1亿元。", 3.2, "一季度"),
])
def test_named_items_keep_their_names(text, value, name):
    assert metric(text, value)["indicator"] == name


# --- 8. 从 of 从业人员 is no leading word -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, name", [
    ("全县共有人力资源服务机构59家,从业人员1031人。", 1031, "从业人员"),
    ("全镇餐饮单位从业人员共412人。", 412, "餐饮单位从业人员"),
])
def test_cong_ye(text, value, name):
    assert metric(text, value)["indicator"] == name


# --- 9. a harvest's 增产 / 减产 is a change; 按可比价计算 is a comparison; 调整到 reaches a level --------------------

@pytest.mark.parametrize("text, value, name, direction", [
    ("全镇粮食总产量2.6万吨,比上年增产4.2%。", 4.2, "粮食总产量增产", "increase"),
    ("茶叶产量1.2万吨,增产6.5%。", 6.5, "茶叶产量增产", "increase"),
    ("全年农业增加值12.3亿元,按可比价格计算同比增长2.9%。", 2.9, "农业增加值增长", "increase"),
    ("全市农林牧渔业总产值为42.6亿元,按可比价计算增长3.8%。", 3.8, "农林牧渔业总产值增长", "increase"),
])
def test_harvest_change_and_comparable_prices(text, value, name, direction):
    m = metric(text, value)
    assert (m["indicator"], m["direction"]) == (name, direction)


@pytest.mark.parametrize("text, value, name", [
    ("全镇增产粮食3200吨。", 3200, "增产粮食"),                 # an amount gained, no change of a value before it
    ("按可比价计算,全年生产总值增长6.1%。", 6.1, "生产总值增长"),  # the comparison before its subject
    ("全年调整项目12个。", 12, "调整项目"),
])
def test_change_look_alikes_stay(text, value, name):
    assert metric(text, value)["indicator"] == name


@pytest.mark.parametrize("text, value, name", [
    ("农村低保标准由年标准5100元调整到5500元。", 5500, "农村低保标准"),
    ("特困人员供养标准由每人每月800元调整为860元。", 860, "特困人员供养标准"),
])
def test_adjusted_level(text, value, name):
    assert metric(text, value)["indicator"] == name
