"""Round 24 (r24metric): metric and indicator-name classes found on real pages full of figures (街道 and 镇 reviews,
county economy news, school speeches), each with must-catch tests in two phrasings and look-alikes the rule must
leave alone. Pages are made up."""
from page_text import process


def _metrics(page: str):
    return [m.data for m in process(page).parts[0].get("metrics")]


def _by_value(page: str) -> dict:
    return {(m.value, m.unit): m for m in _metrics(page)}


def _values(page: str) -> set:
    return {(m.value, m.unit) for m in _metrics(page)}


# --- 三次产业: the three sectors of an economy, no count of 次 --------------------------------------------------

def test_three_sectors_ratio_is_no_count():
    page = ("青禾县2025年经济运行情况\n"
            "全年实现地区生产总值212.6亿元,增长6.1%。三次产业结构比为12.4:40.8:46.8,第三产业占比提高1.2个百分点。\n")
    assert (3, "次") not in _values(page)
    assert (212.6, "亿元") in _values(page)


def test_three_sectors_other_phrasing_is_no_count():
    page = ("柳川镇上半年工作总结\n"
            "上半年全镇完成规上工业产值18.2亿元,同比增长7.3%;三次产业比调整为9.6︰51.2︰39.2,结构持续优化。\n")
    assert (3, "次") not in _values(page)


def test_counted_meetings_and_other_sector_events_stay_counts():
    page = ("柳川镇上半年工作总结\n"
            "全年组织两次产业对接会,签约项目6个;召开三次会议专题研究园区建设。\n")
    values = _values(page)
    assert (2, "次") in values
    assert (3, "次") in values


# --- 计划的: a plan's share already reached is a result, not a target -------------------------------------------

def test_share_of_the_years_plan_is_no_target():
    page = ("石门镇2025年上半年工作总结\n"
            "一、上半年工作情况\n"
            "全镇实际到位资金9860万元,占全年计划的58%,实际利用外资86万美元,实现外贸出口214万美元。\n")
    m = _by_value(page)
    assert m[(58, "%")].target is False
    assert m[(86, "万美元")].target is False
    assert m[(214, "万美元")].target is False


def test_share_of_the_annual_plan_other_phrasing_is_no_target():
    page = ("桥东区税务局2025年工作总结\n"
            "全年组织税收收入4.16亿元,完成年度计划的102.3%,同比增长3.9%。\n")
    m = _by_value(page)
    assert m[(102.3, "%")].target is False
    assert m[(3.9, "%")].target is False


def test_a_plan_verb_still_marks_a_target():
    page = ("桥东区2026年工作安排\n"
            "计划新建农贸市场3个,计划完成固定资产投资12亿元。\n")
    m = _by_value(page)
    assert m[(3, "个")].target is True
    assert m[(12, "亿元")].target is True


# --- 以N的X: the value comes first, its name after its 的 -------------------------------------------------------

def test_rate_put_before_its_name_by_yi():
    page = ("兰溪中学2025年度工作总结\n"
            "一、教学质量\n"
            "初三毕业会考以97.6%的合格率名列全县第一,体育中考以99.1%的优秀率位居全市前列。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[97.6] == "合格率"
    assert names[99.1] == "优秀率"


def test_score_put_before_its_name_by_yi():
    page = ("兰溪中学2025年度工作总结\n"
            "我校学生周明远以652分的优异成绩夺得全县理科第一名。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[652] == "成绩"


def test_yiyu_keyi_and_yi_without_de_are_left_alone():
    # 予以 and 可以 are no preposition putting the value first (the rule does not fire: the left window still
    # names the value, as before); 以 with a counted noun and no 的 after it is named as any count is
    page = ("兰溪镇2025年工作总结\n"
            "经考评,对先进村予以3万元的奖励。群众可以5个工作日的时限办结。全镇以8个重点村为示范,带动周边发展。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[3] != "奖励"
    assert names[5] != "时限"
    assert names[8] == "重点村"


def test_ranks_and_ordinals_stay_no_metrics():
    page = ("兰溪中学2025年度工作总结\n"
            "学校在全区教学质量评比中排名第一,合唱队获全市第3名,足球队位列全区第2。\n")
    values = _values(page)
    assert not any(v in (1, 2, 3) for v, _ in values)


# --- a counted noun's compound runs to its head over a modifier the segmenter split ------------------------------

def test_compound_head_over_an_adverb():
    page = ("云岭街道2025年工作总结\n"
            "全年新开工项目12个,万松产业园等5个有机更新项目全部完工交付。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[5] == "有机更新项目"


def test_compound_head_over_adjectives():
    page = ("云岭街道2025年工作总结\n"
            "深化亩均效益评价,出清27家市县高耗低效工业企业,腾出用地310亩。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[27] == "市县高耗低效工业企业"


def test_a_verb_with_its_object_or_a_verb_of_going_ends_the_name():
    page = ("云岭街道2025年工作总结\n"
            "督促146家餐饮服务单位安装油烟净化设施;选派9名骨干到省人民医院进修。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert "油烟" not in names[146]
    assert "医院" not in names[9]


# --- a change named as its size (同比增幅) or against the trend (逆势增长) borrows the value before it ---------

def test_change_named_as_its_size_takes_its_subject():
    page = ("西溪街道2025年工作总结\n"
            "全年规上数字经济增加值4.6亿元,同比增幅12%,发展后劲明显。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[12] == "规上数字经济增加值增幅"


def test_change_against_the_trend_takes_its_subject():
    page = ("西溪街道2025年工作总结\n"
            "全年实现税收18亿元,其中制造业税收7.2亿元,逆势增长4%。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[4] == "制造业税收增长"


def test_a_named_change_keeps_its_own_subject():
    page = ("西溪街道2025年工作总结\n"
            "全年社会消费品零售额26亿元,同比增长9%;外贸出口增幅6%。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[9] == "社会消费品零售额增长"
    assert names[6].startswith("外贸出口")


def test_a_change_borrows_no_subject_over_a_figure_no_metric_took():
    page = ("北岭能源公司2025年工作总结\n"
            "全年原煤月均产量保持在320万吨,商品煤销量创新高,光伏发电量8.6亿度,同比增幅21.5%。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert "原煤" not in names[21.5]


def test_a_year_or_a_period_between_keeps_the_borrowed_subject():
    page = ("北岭镇2025年工作总结\n"
            "1-9月完成固定资产投资4.2亿元,比2024年同期增长6.5%;实现税收8600万元,增幅3%。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert names[6.5] == "固定资产投资增长"


# --- a session named with its body between (三届二次职工(工会会员)代表大会) and a period the figures cover --------

def test_session_with_the_body_named_between_is_no_count():
    page = ("青石集团召开2026年工作会议\n"
            "1月20日,青石集团四届三次职工(会员)代表大会暨2026年工作会议召开,公司全年完成产值12.6亿元。\n")
    assert (3, "次") not in _values(page)


def test_session_with_a_plain_body_named_between_is_no_count():
    page = ("县医院召开职代会\n"
            "2月8日,县人民医院六届二次职工代表大会召开,全年门急诊量41万人次。\n")
    assert (2, "次") not in _values(page)


def test_counted_staff_meetings_stay_counts():
    page = ("青石集团2025年工作总结\n"
            "全年召开三次职工代表座谈会,收集意见46条。\n")
    assert (3, "次") in _values(page)


def test_period_the_figures_cover_is_no_metric_nor_part_of_a_name():
    page = ("青石集团快讯\n"
            "青石集团2025年前10个月新签合同额达86亿元,营业收入52亿元。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert 10 not in names
    assert names[86] == "新签合同额"


def test_period_other_phrasing_is_no_metric():
    page = ("北岭镇经济运行简报\n"
            "今年前9个月,全镇完成固定资产投资3.4亿元。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert 9 not in names


def test_a_work_duration_in_months_stays():
    page = ("北岭镇2025年工作总结\n"
            "污水处理厂提标改造工期压缩至8个月,已连续运行5个月。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert 8 in names


def test_a_body_before_the_period_and_ahead_of_schedule():
    page = ("青石集团快讯\n"
            "公司前11个月新签海外合同额达6.2亿元;二号厂房提前2个月完成主体施工。\n")
    names = {m.value: m.indicator for m in _metrics(page)}
    assert 11 not in names
    assert names[6.2] == "新签海外合同额"
    assert 2 in names  # 提前2个月: work ahead of schedule, a measure


# --- the size of a group the unit is one of ----------------------------------------------------------------------

def test_group_the_unit_is_one_of_is_no_count():
    page = ("青石公司快讯\n"
            "公司荣获集团2025年度先进单位称号,是集团三家获评单位之一。全年完成产值3.2亿元。\n")
    assert (3, "家") not in _values(page)
    assert (3.2, "亿元") in _values(page)


def test_group_the_county_is_one_of_is_no_count():
    page = ("柳川县2025年工作总结\n"
            "我县成为全省12个数字乡村试点县之一,新建数字化示范村8个。\n")
    values = _values(page)
    assert (12, "个") not in values
    assert (8, "个") in values


def test_a_share_of_a_third_and_a_count_after_one_of_stay():
    page = ("柳川县2025年工作总结\n"
            "班主任是学校里最辛苦的岗位之一,全校有班主任46名,其中三分之一是青年教师。\n")
    assert (46, "名") in _values(page)
