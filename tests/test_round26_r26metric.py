"""Round 26 (r26metric): metric classes found on real pages dense with numbers (村级集体经济 reviews with income classes,
民政 / 人社 summaries, 安全生产 checks, 财政 direct funds), each with must-catch tests in two phrasings and look-alikes the
rule must leave alone. Pages are made up."""
from page_text import metrics_by_value, metrics_of


def _page(body: str) -> str:
    return "青禾镇2025年工作总结\n" + body + "\n"


# --- an amount compared before 的 + class + count bounds the class: no metric, the count is named with it -----------

def test_threshold_over_names_the_village_count():
    m = metrics_by_value(_page("全镇9个村集体经营性收入均超过8万元,其中超过25万元的村有3个。"))
    assert (25, "万元") not in m
    assert m[(3, "个")].indicator.endswith("超过25万元的村")
    assert (8, "万元") in m  # every village's income above 8万元, no class counted: stays


def test_threshold_just_over_and_below_with_a_count():
    page = _page("全乡村级集体收入刚过6万元的村4个,占33.3%;种植面积不足3亩的农户有15户。")
    m = metrics_by_value(page)
    assert (6, "万元") not in m and (3, "亩") not in m
    assert "刚过6万元的村" in m[(4, "个")].indicator
    assert m[(15, "户")].indicator.endswith("不足3亩的农户")


def test_threshold_with_a_placeholder_count():
    m = metrics_by_value(_page("其中收入刚过10万元的村××个,占40.5%。"))
    assert (10, "万元") not in m


def test_compared_amount_without_a_counted_class_stays():
    m = metrics_by_value(_page("全年完成投资超过3亿元的项目建设,村集体收入最高的达到96万元。"))
    assert (3, "亿元") in m and (96, "万元") in m


# --- 减负 is a word, not a minus sign ---------------------------------------------------------------------------

def test_jianfu_is_no_minus_sign():
    m = metrics_by_value(_page("预计全年为企业减负2600万元。"))
    assert (2600, "万元") in m and m[(2600, "万元")].value > 0


def test_jianfu_second_phrasing():
    m = metrics_by_value(_page("全年为中小微企业减负4.2亿元,惠及市场主体1.3万户。"))
    assert (4.2, "亿元") in m


def test_a_real_negative_stays_negative():
    m = metrics_by_value(_page("利润总额为负3.2亿元,出口增速为负1.5%。"))
    assert (-3.2, "亿元") in m and (-1.5, "%") in m


# --- a task handed down, right before its value, is a target; what was done of it is a result -----------------

def test_handed_down_task_is_a_target():
    m = metrics_by_value(_page("年初县下达我镇农村危房改造任务86户,实际完成91户。"))
    assert m[(86, "户")].target is True
    assert m[(91, "户")].target is False


def test_handed_down_project_and_task_is_a_target():
    page = _page("上级下达农村特困群众安居工程45户。今年敬老院建设任务是新增床位120张。")
    m = metrics_by_value(page)
    assert m[(45, "户")].target is True and m[(120, "张")].target is True


def test_money_handed_down_and_a_task_completed_stay_results():
    page = _page("省财政厅下达补贴资金500万元,已全部拨付。完成市下达任务1200亩。")
    m = metrics_by_value(page)
    assert m[(500, "万元")].target is False and m[(1200, "亩")].target is False


# --- 争取 got or as a means is no plan; 预期 projects -----------------------------------------------------------

def test_zhengqu_dao_and_means_are_results():
    page = _page("经过多方争取,养老院建设补助标准提高到1.5万元/床位。今年共争取到上级资金800万元。")
    m = metrics_by_value(page)
    assert all(not x.target for x in m.values())
    assert m[(800, "万元")].indicator == "上级资金"


def test_zhengqu_plan_stays_a_target():
    m = metrics_by_value(_page("明年争取新增床位200张。"))
    assert m[(200, "张")].target is True


def test_yuqi_projects():
    m = metrics_by_value(_page("预期可带动两村集体经济增长25%以上,预期收益12万元。"))
    assert m[(25, "%")].target is True and m[(12, "万元")].target is True


def test_better_than_expected_is_no_cue():
    m = metrics_by_value(_page("主要指标好于预期,地区生产总值18.6亿元,增长7.1%。"))
    assert m[(18.6, "亿元")].target is False


# --- "A、B、C保险参保人数分别为…": the earlier names share the head the last one closes ----------------------------

def test_respectively_names_share_the_insurance_head():
    page = _page("截至年底,全县基本养老、失业、工伤保险参保人数分别为25.3万人、3.1万人、4.6万人。")
    names = {m.value: (m.indicator, m.canonical) for m in metrics_of(page)}
    assert names[253000][0].endswith("基本养老保险参保人数") and names[253000][1] == "养老保险参保人数"
    assert names[31000] == ("失业保险参保人数", "失业保险参保人数")
    assert names[46000][1] == "工伤保险参保人数"


def test_respectively_rates_share_the_head():
    m = metrics_by_value(_page("小学、初中入学率分别为100%、99.6%。"))
    assert m[(100, "%")].indicator == "小学入学率" and m[(99.6, "%")].indicator == "初中入学率"


def test_respectively_names_with_heads_of_their_own_stay():
    m = metrics_by_value(_page("事故起数、死亡人数分别比上年下降50%和66.7%;法律援助案件结案率、质量评查合格率分别为97.3%和100%。"))
    assert m[(50, "%")].indicator == "事故起数"
    assert m[(97.3, "%")].indicator == "法律援助案件结案率"


def test_medical_insurance_keeps_its_canonical():
    m = metrics_by_value(_page("城乡居民医疗保险参保人数12.3万人。"))
    assert m[(123000, "人")].canonical == "医保参保人数"


# --- small numerals that name a scheme; a team divided into groups --------------------------------------------

def test_three_insurance_funds_is_no_count():
    page = _page("1-6月三项社会保险基金总收入12.4亿元,两项保险基金结余3.1亿元。")
    units = {m.unit for m in metrics_of(page)}
    assert "项" not in units


def test_counted_households_before_insurance_stay():
    m = metrics_by_value(_page("为三户困难家庭代缴保险费。"))
    assert (3, "户") in m


def test_team_divided_into_groups_is_named_by_the_team():
    m = metrics_by_value(_page("本次督查组分为4个组,检查企业88家。"))
    assert "分" not in m[(4, "个")].indicator and m[(4, "个")].indicator.endswith("督查组")


def test_self_score_keeps_its_fen():
    m = metrics_by_value(_page("总分值100分,我院自评分为94.5分。"))
    assert m[(94.5, "分")].indicator.endswith("自评分")


# --- a handed-down task's 其中 parts are targets too; what was done of it stays a result ------------------------

def test_parts_of_a_handed_down_task_are_targets():
    m = metrics_by_value(_page("县里下达我镇农房改造任务240户,其中危房改造150户、抗震加固70户。"))
    assert m[(240, "户")].target and m[(150, "户")].target and m[(70, "户")].target


def test_parts_of_a_second_task_phrasing():
    m = metrics_by_value(_page("上级下达我县造林任务1.2万亩,其中生态林8000亩、经济林3000亩。"))
    assert m[(8000, "亩")].target and m[(3000, "亩")].target


def test_parts_reported_done_and_shares_of_a_rate_stay_results():
    page = _page("上级下达我镇造林任务1200亩,其中已完成800亩。全年执法检查完成率106.7%,其中重点企业检查覆盖率100%。")
    m = metrics_by_value(page)
    assert m[(1200, "亩")].target is True and m[(800, "亩")].target is False
    assert m[(100, "%")].target is False


# --- a list's lead names nothing: the item after 主要为 / 主要包括 names the value ---------------------------------

def test_list_lead_zhuyao_wei_is_stripped():
    m = metrics_by_value(_page("按资金类别分,直达资金主要为优抚对象补助经费1620.5万元,农田建设补助资金396万元。"))
    assert m[(1620.5, "万元")].indicator == "优抚对象补助经费"


def test_list_lead_zhuyao_baokuo_is_stripped():
    m = metrics_by_value(_page("从资金类别看,主要包括城乡义务教育补助经费4380万元。"))
    assert m[(4380, "万元")].indicator == "城乡义务教育补助经费"


def test_zhuyao_inside_a_name_stays():
    m = metrics_by_value(_page("全年主要农作物播种面积12.6万亩。"))
    assert m[(12.6, "万亩")].indicator == "主要农作物播种面积"


# --- an adverb of sequence names nothing: the phrase after the count does ---------------------------------------

def test_xianhou_count_is_named_by_what_follows():
    m = metrics_by_value(_page("今年全市先后3次遭受暴雨洪涝灾害。"))
    assert m[(3, "次")].indicator == "遭受暴雨洪涝灾害"


def test_xianhou_count_second_phrasing():
    m = metrics_by_value(_page("汛期坚持带班值守,先后12次深入一线检查防汛。"))
    assert m[(12, "次")].indicator.startswith("深入一线")


def test_a_subject_before_xianhou_keeps_the_name():
    m = metrics_by_value(_page("全县相继建成便民服务站12个。"))
    assert "便民服务站" in m[(12, "个")].indicator


# --- land after a households count is the households' land, not 人口 ---------------------------------------------

def test_land_after_households_is_named_by_the_households():
    m = metrics_by_value(_page("全年9个城建项目共完成征地520户780亩。"))
    assert m[(780, "亩")].indicator != "人口" and "征地" in m[(780, "亩")].indicator


def test_land_after_households_second_phrasing():
    m = metrics_by_value(_page("全年征地1258户1447亩,拆迁房屋410户6.8万平方米。"))
    assert m[(1447, "亩")].indicator == "征地"


def test_persons_after_households_keep_their_name():
    m = metrics_by_value(_page("春节期间为1369户2524人发放一次性生活补贴。"))
    assert m[(2524, "人")].indicator == m[(1369, "户")].indicator
