"""Round 25 (r25metric): metric, unit and flag classes found on real pages dense with numbers (utility and water
company news, 招商 reviews listing projects, 12345 / 信访 summaries, a school's exam results), each with must-catch
tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import flag_codes, metrics_by_value, metrics_of


# --- 万度 / 亿度: electricity with its multiplier, no "other" unit --------------------------------------------------

def test_wan_du_is_electricity():
    page = ("青禾供电所2025年工作总结\n"
            "全年完成售电量8650万度,同比增长6.2%;通过台区改造节约电量120万度。\n")
    m = metrics_by_value(page)[(8650, "万度")]
    assert m.unit_kind == "energy" and m.base_unit == "千瓦时" and m.base_value == 86_500_000
    assert (120, "万度") in set(metrics_by_value(page))


def test_yi_du_is_electricity():
    page = ("柳川县能源局上半年工作汇报\n"
            "上半年全县光伏电站累计发电1.36亿度,完成全年计划的52%。\n")
    m = metrics_by_value(page)[(1.36, "亿度")]
    assert m.unit_kind == "energy" and m.base_value == 136_000_000


def test_a_bare_du_stays_no_metric():
    page = ("桐溪镇防暑降温工作总结\n"
            "入伏以来最高气温38度,全镇发放防暑物资1200份。\n")
    values = set(metrics_by_value(page))
    assert (38, "度") not in values
    assert (1200, "份") in values


# --- a capacity inside a project's name ("年产10万吨…项目") is no metric ---------------------------------------------

def test_capacity_in_a_listed_project_name_is_no_metric():
    page = ("青禾经济开发区招商工作总结\n"
            "正在洽谈项目6个,分别为禾丰化工有限公司年产20万吨新型建材项目、柳源科技公司年产800吨特种涂料项目等。\n")
    values = set(metrics_by_value(page))
    assert (20, "万吨") not in values and (800, "吨") not in values
    assert (6, "个") in values


def test_capacity_of_a_signed_line_is_no_metric():
    page = ("桐溪县项目签约仪式举行\n"
            "仪式上,桐溪工业园与远航材料公司签约年处理5万吨废旧塑料再生生产线,签约额2.4亿元。\n")
    values = set(metrics_by_value(page))
    assert (5, "万吨") not in values
    assert (2.4, "亿元") in values


def test_a_capacity_reported_or_built_stays_a_metric():
    page = ("青禾建材公司年度总结\n"
            "一期建设年产砌块6万吨,已全面投产;公司年产能力达到15万吨,产量12.6万吨。\n")
    values = set(metrics_by_value(page))
    assert (6, "万吨") in values
    assert (15, "万吨") in values and (12.6, "万吨") in values


# --- a phase that opens its clause ("二期正在建设") names a phase, no count --------------------------------------------

def test_a_phase_opening_its_clause_is_no_count():
    page = ("柳川工业园招商引资工作汇报\n"
            "禾润机械:总投资1.6亿元,占地90亩,一期于去年投产;二期正在建设,已完成基础浇筑。\n")
    assert (2, "期") not in set(metrics_by_value(page))
    assert (1.6, "亿元") in set(metrics_by_value(page))


def test_a_phase_with_its_contract_is_no_count():
    page = ("柳川工业园招商引资工作汇报\n"
            "远东纺织:一期已试产,二期合同已签订,计划追加投资8000万元。\n")
    assert (2, "期") not in set(metrics_by_value(page))


def test_issues_and_classes_counted_in_phases_stay_counts():
    page = ("青禾县委宣传部年度总结\n"
            "全年编发工作简报12期,举办通讯员培训班3期,培训180人次。\n")
    values = set(metrics_by_value(page))
    assert (12, "期") in values and (3, "期") in values


# --- a rate's time limit ("10小时疏通率", "30分钟到达率") is part of its name, no duration ---------------------------------

def test_hours_of_a_rate_name_are_no_duration():
    page = ("青禾排水公司年度经营情况\n"
            "全年疏通管道380公里,12小时疏通率完成100%,设施完好率98.6%。\n")
    values = set(metrics_by_value(page))
    assert (12, "小时") not in values
    assert metrics_by_value(page)[(100, "%")].indicator.startswith("12小时疏通率")


def test_minutes_of_a_rate_and_a_service_circle_are_no_duration():
    page = ("柳川县急救中心工作总结\n"
            "全年出车4650次,城区30分钟到达率96.5%;建成15分钟便民生活圈4个。\n")
    values = set(metrics_by_value(page))
    assert (30, "分钟") not in values and (15, "分钟") not in values
    assert (96.5, "%") in values


def test_hours_worked_stay_durations():
    page = ("桐溪社区志愿服务总结\n"
            "全年开展志愿服务活动46场,累计服务时长2600小时,群众满意率98%。\n")
    assert (2600, "小时") in set(metrics_by_value(page))


# --- a result compared with its plan ("较计划提高7%") is no target -------------------------------------------------

def test_a_result_above_plan_is_no_target():
    page = ("青禾水务公司一季度经营情况\n"
            "一季度完成供水量2150万立方米,较计划提高4.2%;单位电耗较计划降低3%。\n")
    m = metrics_by_value(page)
    assert m[(4.2, "%")].target is False
    assert m[(3, "%")].target is False


def test_a_result_beyond_plan_in_points_is_no_target():
    page = ("柳川燃气公司上半年经营情况\n"
            "上半年安检入户率92.4%,比计划升高1.8个百分点;超计划完成销气量6%。\n")
    m = metrics_by_value(page)
    assert m[(1.8, "个百分点")].target is False
    assert m[(6, "%")].target is False


def test_a_plan_stays_a_target():
    page = ("青禾水务公司2026年工作安排\n"
            "2026年计划供水量提高5%,力争漏损率降至9%以下。\n")
    m = metrics_by_value(page)
    assert m[(5, "%")].target is True
    assert m[(9, "%")].target is True


# --- RATE_MISMATCH: a daily average's change beside a total's rate is no mismatch --------------------------------

def test_a_daily_average_change_beside_a_total_is_no_mismatch():
    page = ("青禾水务8月份运行情况\n"
            "8月份,实现污水处理总量980万吨,日均环比增加1.5万吨,同比增长3.4%。\n")
    assert "RATE_MISMATCH" not in flag_codes(page)


def test_a_monthly_average_change_beside_a_total_is_no_mismatch():
    page = ("柳川供水公司运行情况\n"
            "上半年供水总量4200万吨,月均增加12万吨,同比增长5.1%。\n")
    assert "RATE_MISMATCH" not in flag_codes(page)


def test_a_total_change_that_disagrees_is_still_flagged():
    page = ("桐溪县财政收支情况\n"
            "全年一般公共预算收入12.6亿元,比上年增加1.2亿元,增长25%。\n")
    assert "RATE_MISMATCH" in flag_codes(page)


# --- 件人次: one unit of a petition office's counts ---------------------------------------------------------------

def test_jian_renci_is_one_unit_named_from_the_left():
    page = ("青禾县信访局上半年工作总结\n"
            "上半年全县信访总量96件次,其中到市信访局信访量14件人次,同比下降30%;到县信访局信访量61件人次。\n")
    m = metrics_by_value(page)
    assert m[(14, "件人次")].indicator == "到市信访局信访量"
    assert m[(61, "件人次")].indicator == "到县信访局信访量"


def test_jian_and_renci_written_apart_stay_two_counts():
    page = ("柳川镇信访工作总结\n"
            "全年接待来访28件63人次,办结率100%。\n")
    values = set(metrics_by_value(page))
    assert (28, "件") in values and (63, "人次") in values


# --- a score band before its count ("语文成绩90分以上13人") -----------------------------------------------------------

def test_a_score_band_is_no_score_and_names_its_count():
    page = ("青禾中学2025年中考总结\n"
            "初三毕业生共56人,数学成绩100分以上17人;物理成绩90分以上22人。\n")
    m = metrics_by_value(page)
    assert (100, "分") not in m and (90, "分") not in m
    assert m[(17, "人")].indicator == "数学成绩100分以上"
    assert m[(22, "人")].indicator == "物理成绩90分以上"


def test_a_total_score_band_with_its_pupils_is_no_score():
    page = ("柳川二中教学质量分析\n"
            "今年中考总分600分以上的考生有25名,比去年增加6名。\n")
    values = set(metrics_by_value(page))
    assert (600, "分") not in values
    assert (25, "名") in values


def test_a_self_score_with_its_qualifier_stays():
    page = ("桐溪镇绩效自评报告\n"
            "经综合评定,自评得分92分以上,评为优秀。\n")
    assert (92, "分") in set(metrics_by_value(page))


# --- slogan and summary counts ("抓好三项工作", "四项创新", "四个“1”") ------------------------------------------------

def test_a_count_of_works_and_innovations_is_no_metric():
    page = ("柳川县信访局半年总结\n"
            "上半年,全局十项工作全面推进,四项创新领跑全市,受理信访事项210件。\n")
    values = set(metrics_by_value(page))
    assert (10, "项") not in values and (4, "项") not in values
    assert (210, "件") in values


def test_a_slogan_count_before_its_quoted_item_is_no_metric():
    page = ("桐溪镇党建工作总结\n"
            "下半年要重点抓好三项工作,落实四个“1”机制,发展党员12名。\n")
    values = set(metrics_by_value(page))
    assert (3, "项") not in values and (4, "个") not in values
    assert (12, "名") in values


def test_staff_and_working_groups_stay_counts():
    page = ("青禾镇政务公开工作总结\n"
            "镇里安排两名工作人员专职负责信息发布,组建三个工作组开展督查。\n")
    values = set(metrics_by_value(page))
    assert (2, "名") in values
    assert (3, "个") in values


# --- a name's first character that opens a word of its own (再生水, 拟建面积, 在谈项目) stays ------------------------------

def test_zai_sheng_and_ni_jian_open_their_names():
    page = ("柳川水务公司年度总结\n"
            "全年再生水利用量420万吨;城东项目拟建面积2.6万平米。\n")
    m = metrics_by_value(page)
    assert m[(420, "万吨")].indicator == "再生水利用量"
    assert m[(2.6, "万平米")].indicator.endswith("拟建面积")


def test_projects_under_talks_keep_zai():
    page = ("青禾工业园招商工作汇报\n"
            "目前,园区在建项目14个,在谈项目5个;柳源纺织拟建建筑面积9万平米。\n")
    m = metrics_by_value(page)
    assert m[(5, "个")].indicator == "在谈项目"
    assert m[(9, "万平米")].indicator.endswith("拟建建筑面积")


def test_again_and_a_plan_word_still_drop_from_names():
    page = ("桐溪镇安全生产工作总结\n"
            "下半年再次组织应急演练6场;拟新增消防栓40个。\n")
    m = metrics_by_value(page)
    assert m[(6, "场")].indicator == "组织应急演练"
    assert m[(40, "个")].indicator == "新增消防栓"
    assert m[(40, "个")].target is True
