"""Round 31 (r31metric): metric names and canonical indicators on number-dense 林业 / 水利 / 农机 / 卫健 / 人社
pages and 统计公报 news. Every text here is invented; each class has must-catch cases in two phrasings and
look-alikes that must stay as they were."""
import pytest

from reportnlp.api import extract_text


def metrics(text):
    return [(m.indicator, m.canonical, m.value, m.unit) for d in extract_text(text).documents for m in d.metrics]


def canon_of(text, value):
    got = [c for _, c, v, _ in metrics(text) if v == value]
    assert got, metrics(text)
    return got[0]


def name_of(text, value):
    got = [n for n, _, v, _ in metrics(text) if v == value]
    assert got, metrics(text)
    return got[0]


# ---- 1. 林草 / 水利 / 农机化 statistics: an area, a volume or a power named by its own standard row ----------------

@pytest.mark.parametrize("text,value,want", [
    ("截至年底,全乡有林地面积12.6万亩,森林覆盖率61.2%。", 12.6, "森林面积"),
    ("青石镇林地面积达到4.35万亩。", 4.35, "森林面积"),
    ("今年完成省级森林抚育补助项目面积0.8万亩。", 0.8, "森林抚育面积"),
    ("落实天然林保护工程面积15.2万亩。", 15.2, "天然林保护面积"),
    ("全年改善灌溉面积2.7万亩,另新增有效灌溉面积1.2万亩。", 2.7, "改善灌溉面积"),
    ("冬修期间恢复改善灌溉面积3.35万亩。", 3.35, "改善灌溉面积"),
    ("当年除涝面积0.31万亩,新增节水灌溉面积0.64万亩。", 0.64, "节水灌溉面积"),
    ("排涝站建成后除涝面积达0.31万亩。", 0.31, "除涝面积"),
    ("新增旱涝保收田面积1.15万亩。", 1.15, "旱涝保收面积"),
    ("综合治理水土流失面积21.4平方公里。", 21.4, "水土流失治理面积"),
    ("完成中低产田改造1800亩。", 1800, "中低产田改造面积"),
    ("全县机收面积60万亩,机械耕地面积86万亩,另有机械播种面积73万亩。", 86, "机耕面积"),
    ("全县机收面积60万亩,机械耕地面积86万亩,另有机械播种面积73万亩。", 73, "机播面积"),
    ("全县机收面积60万亩,机械耕地面积86万亩,另有机械播种面积73万亩。", 60, "机收面积"),
    ("机械深松面积12万亩,推广保护性耕作面积9.5万亩。", 9.5, "保护性耕作面积"),
    ("秋季实施机械深松面积12万亩。", 12, "机械深松面积"),
])
def test_farm_forest_water_areas_take_their_standard_row(text, value, want):
    assert canon_of(text, value) == want


@pytest.mark.parametrize("text,value,want", [
    ("全区农机总动力达到48.6万千瓦。", 486000, "农业机械总动力"),
    ("全市农业机械总动力比上年增加2.3万千瓦。", 23000, "农业机械总动力"),
    ("全县活立木蓄积量达218万立方米。", 2180000, "活立木总蓄积量"),
    ("林木蓄积量增加到96万立方米。", 960000, "活立木总蓄积量"),
    ("森林蓄积增长1.8万立方米。", 18000, "森林蓄积量"),
    ("全年完成土石方86.5万立方米。", 865000, "土石方量"),
    ("新增蓄水容量2.4万方。", 24000, "蓄水能力"),
    ("新增小水电装机容量1.6万千瓦。", 16000, "装机容量"),
])
def test_volumes_and_power_have_a_vocabulary(text, value, want):
    assert canon_of(text, value) == want


@pytest.mark.parametrize("text,value,want", [
    ("解决农村饮水安全人口3.2万人。", 32000, "农村饮水安全受益人口"),
    ("新解决饮水不安全人口8600人。", 8600, "农村饮水安全受益人口"),
    ("疏浚河道12公里,新建渠道7.5公里。", 7.5, "渠道长度"),
    ("整治灌溉渠道22公里。", 22, "渠道长度"),
    ("加固堤防4.6公里。", 4.6, "堤防长度"),
    ("新打机井36眼。", 36, "水利设施"),
])
def test_water_works_counts_and_lengths(text, value, want):
    assert canon_of(text, value) == want


@pytest.mark.parametrize("text,value,want", [
    ("新建标准化厂房面积3.2万平方米。", 3.2, "建筑面积"),       # a building's floor space keeps its row
    ("今年补助面积为2.6万亩。", 2.6, "建筑面积"),                # a generic head with nothing before it stands
    ("新增有效灌溉面积1.2万亩。", 1.2, "有效灌溉面积"),           # the longer standard name still wins
    ("新修硬化道路18公里。", 18, "农村公路建设里程"),              # a road is still a road
    ("全年人工造林3200亩。", 3200, "植树造林面积"),
])
def test_look_alikes_keep_their_rows(text, value, want):
    assert canon_of(text, value) == want


# ---- 2. a share is 占比, an assessment weight 指标权重 ----------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("第三产业增加值占地区生产总值的比重为47.2%。", 47.2),
    ("全县民营经济增加值比重为58.6%。", 58.6),
    ("2030年城镇就业人员占比达到61.5%。", 61.5),
    ("县域工业增加值占全市工业增加值的36.4%。", 36.4),
])
def test_a_share_is_named_share(text, value):
    assert canon_of(text, value) == "占比"


def test_assessment_weights_and_named_shares_keep_their_rows():
    assert canon_of("日常考核的权重为30%。", 30) == "指标权重"
    assert canon_of("满意度测评分值占比为20%。", 20) == "指标权重"
    assert canon_of("民生支出占一般公共预算支出的81.3%。", 81.3) == "民生支出占比"


# ---- 3. a change in points is no growth rate ----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("二产增加值所占比重提高了1.6个百分点。", 1.6),
    ("城镇登记失业率比上年下降0.3个百分点。", 0.3),
    ("工业投资增速高于全市平均水平2.4个百分点。", 2.4),
    ("耕种收综合机械化率比上年提高1.15个百分点。", 1.15),
])
def test_a_change_in_points_is_named_so(text, value):
    assert canon_of(text, value) == "百分点变化"


def test_growth_in_percent_stays_a_growth_rate():
    assert canon_of("第二产业增加值同比增长6.8%。", 6.8) == "同比增长率"
    assert canon_of("粮食产量比上年下降2.1%。", 2.1) == "同比下降率"


# ---- 4. a rate per 100,000 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("全县孕产妇死亡率为11.26/10万,婴儿死亡率为3.9‰。", 11.26),
    ("全年孕产妇死亡率控制在12/10万以下。", 12),
    ("乙类传染病报告发病率为146.3/10万人。", 146.3),
])
def test_a_rate_per_hundred_thousand_is_a_metric(text, value):
    got = [(n, u) for n, _, v, u in metrics(text) if v == value]
    assert got and got[0][1] in ("/10万", "/10万人"), metrics(text)
    assert not [v for _, _, v, _ in metrics(text) if v == 100000]  # the 10万 is the unit's


def test_a_slash_before_money_or_a_fraction_is_no_such_rate():
    assert not [u for _, _, _, u in metrics("项目单价按8/10万元报价。") if u and u.startswith("/")]
    assert [u for _, _, v, u in metrics("已完成任务的2/3。") if u == "/10万"] == []


# ---- 5. a change stated between two years ----------------------------------------------------------------------

@pytest.mark.parametrize("text,name,values", [
    ("孕产妇死亡率由2020年的18.4/10万降低到2025年的9.6/10万。", "孕产妇死亡率", (18.4, 9.6)),
    ("全县城镇就业人数从2019年的8.2万人增至2024年的9.7万人。", "城镇就业人数", (82000, 97000)),
    ("村级妇幼保健人员从2018年126人增长至2024年的203人。", "村级妇幼保健人员", (126, 203)),
    ("农村自来水普及率由2021年的78.5%提高到今年的96.2%。", "农村自来水普及率", (78.5, 96.2)),
])
def test_both_ends_of_a_change_between_years_take_its_subject(text, name, values):
    for v in values:
        assert name_of(text, v) == name


def test_a_change_without_years_is_untouched():
    assert [n for n, _, _, _ in metrics("农民人均纯收入由6210元提高到9840元。")] == ["农民人均纯收入"] * 2
    assert name_of("截至2025年,全镇新增就业岗位320个。", 320) != ""


def test_employment_counts_are_employed_persons_and_new_jobs_stay_new_jobs():
    assert canon_of("全市就业人口规模达到312.6万人。", 3126000) == "就业人员"
    assert canon_of("全年城镇新增就业人数1.26万人。", 12600) == "城镇新增就业"


# ---- 6. 我 + a place's one character ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("2030年我省孕产妇死亡率为8.60/10万。", "孕产妇死亡率"),
    ("今年我县孕产妇系统管理率达到93.5%。", "孕产妇系统管理率"),
])
def test_we_and_a_place_keep_the_name_after_them(text, want):
    assert metrics(text)[0][0] == want


def test_we_and_a_unit_still_lead():
    assert metrics("我街道共接件482件。")[0][0] != "街道共接件"
    name = metrics("我坚持每周到班组听课3节。")[0][0]
    assert "听课" in name and not name.startswith("我")


# ---- 7. 人员 names staff, not residents --------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("县林业站现有专业技术人员14人。", 14),
    ("全局年末在职人员86人,其中执法人员52人。", 86),
    ("新招录执法人员9名。", 9),
])
def test_personnel_are_staff(text, value):
    assert canon_of(text, value) == "工作人员"


def test_residents_stay_residents():
    assert canon_of("参加听证的群众代表外的普通群众320人。", 320) == "居民群众"
    assert canon_of("全村常住村民1260人。", 1260) == "居民群众"


# ---- 8. a change verb with 到 / 至 before a value: the value is the level ----------------------------------------

@pytest.mark.parametrize("text,name,want", [
    ("全县婴儿死亡率下降到3.6‰。", "婴儿死亡率", "婴儿死亡率"),
    ("第三产业比重上升到48.2%。", "第三产业比重", "占比"),
    ("全镇茶园面积扩大到5600亩。", "茶园面积", "经济作物种植面积"),
])
def test_a_level_reached_is_named_by_its_subject(text, name, want):
    got = metrics(text)
    assert got[0][0] == name and got[0][1] == want, got


def test_a_bare_change_keeps_its_verb():
    assert metrics("同比增长12.5%。")[0][1] == "同比增长率"
    assert metrics("婴儿死亡率比上年下降6.3%。")[0][1] == "同比下降率"


def test_deployments_of_inspectors_are_counted_as_such():
    assert canon_of("专项行动共出动执法人员260人次。", 260) == "执法检查出动人次"
    assert canon_of("累计出动路政巡查人员148人次。", 148) == "执法检查出动人次"
    assert canon_of("参训医务人员320人次。", 320) == "培训"  # a training count keeps its row


# ---- 9. 分别 reads the run of values right after it; a later clause's values keep their own names -------------------

def test_respectively_reads_its_own_run_of_values():
    got = metrics("东区、南区、北区生产总值同比分别增长4.6%、5.2%、3.9%,占全市生产总值的比重分别为31.5%、44.2%、24.3%。")
    names = [n for n, _, _, _ in got]
    assert names[:3] == ["东区生产总值增长", "南区生产总值增长", "北区生产总值增长"], names
    assert len(names) == 6 and all("比重" in n for n in names[3:]), names
    got = metrics("本市机耕、机播与机收水平分别为96.1%、92.4%与88.7%,综合机械化率较上年提高1.2个百分点。")
    assert [v for _, _, v, _ in got][:3] == [96.1, 92.4, 88.7] and got[1][0] == "机播", got


def test_respectively_with_one_run_is_as_before():
    got = metrics("东城、西城分别完成固定资产投资21.5亿元和18.4亿元。")
    assert [n for n, _, _, _ in got] == ["东城固定资产投资", "西城固定资产投资"]
