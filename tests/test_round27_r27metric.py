"""Round 27 (r27metric): indicator names (and the target flag) on real pages dense with numbers — 12345 / 市长信箱
bulletins, 政务服务 and 政务公开 summaries, project progress reports, 统计公报, school and hospital summaries. Each class
has must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import metrics_by_value, metrics_of


def _page(body: str) -> str:
    return "白鹭县2026年工作情况\n" + body + "\n"


def _names(body: str) -> dict:
    return {(m.value, m.unit): m.indicator for m in metrics_of(_page(body))}


# --- a counted noun's phrase ends before a predicate and its object, or an adverb jieba tags as a noun -----------

def test_count_before_its_noun_and_a_predicate_is_named_by_the_noun():
    n = _names("全县共列项目320个,其中86个续建项目累计完成投资31.2亿元,为年度计划的68%。")
    assert n[(86, "个")] == "续建项目"
    assert n[(31.2, "亿元")].endswith("完成投资")


def test_count_before_an_adverb_tagged_as_noun():
    n = _names("今年共有42个前期项目有序推进,97个年度新开项目实际开工81个。")
    assert n[(42, "个")] == "前期项目"
    assert n[(97, "个")] == "年度新开项目"


def test_verb_noun_compound_closing_the_phrase_stays():
    # 执法 + 主体 after the count: a compound the phrase closes on, not a predicate
    n = _names("全县新增3个执法主体。")
    assert n[(3, "个")].endswith("执法主体")


# --- a result reported after a plan cue is no target ------------------------------------------------------------

def test_cumulative_result_after_an_annual_plan_is_no_target():
    m = metrics_by_value(_page("今年年度计划完成投资42亿元,1-9月累计完成投资30.5亿元,占年度计划的72.6%。"))
    assert m[(42, "亿元")].target
    assert not m[(30.5, "亿元")].target and not m[(72.6, "%")].target


def test_actual_starts_after_a_plan_are_no_targets():
    m = metrics_by_value(_page("计划新开工项目60个,实际开工48个,开工率达80%。"))
    assert not m[(48, "个")].target and not m[(80, "%")].target


def test_plan_words_right_before_actual_or_cumulative_stay_targets():
    m = metrics_by_value(_page("力争全年实际到位资金2亿元。明年力争累计培训农民1.5万人。"))
    assert m[(2, "亿元")].target and m[(15000, "人")].target


def test_plan_figure_compared_with_last_year_is_no_target():
    m = metrics_by_value(_page("重点项目个数和年度计划投资同比分别增长18%和26%。"))
    assert not m[(18, "%")].target and not m[(26, "%")].target


# --- a respectively list: short items modify the last name, and a change verb after 分别 names each change ---------

def test_respectively_short_items_take_the_last_names_rest():
    n = _names("男、女职工分别为120人和86人;门诊、住院人次分别为3.2万人次和0.8万人次。")
    assert n[(120, "人")] == "男职工"
    assert n[(3.2, "万人次")] == "门诊人次"


def test_respectively_change_verb_names_each_change():
    n = _names("城镇、农村居民人均可支配收入分别增长5.1%和7.3%。")
    assert n[(5.1, "%")] == "城镇居民人均可支配收入增长"
    n = _names("营业收入、利润总额和净资产同比分别增长12.4%、9.1%和6.6%。")
    assert n[(9.1, "%")] == "利润总额增长" and n[(6.6, "%")] == "净资产增长"


def test_respectively_one_character_modifier():
    n = _names("轻、重工业占比分别为31.4%和68.6%。")
    assert n[(31.4, "%")] == "轻工业占比"


def test_respectively_lookalikes_keep_their_names():
    n = _names("受理量、办结率分别为320件和98%;收入、支出分别为320万元和298万元。")
    assert n[(320, "件")] == "受理量" and n[(98, "%")] == "办结率"
    assert n[(320, "万元")] == "收入"
    # a level reached, not a change
    n = _names("高血压、糖尿病规范管理率分别提高到78%和75%。")
    assert not n[(75, "%")].endswith("提高")
    # each value with its own verb
    n = _names("二产、三产增加值同比分别下降2.1%和增长3.3%。")
    assert not n[(3.3, "%")].endswith("下降")
    # a modifier of three characters that is no word of the last name's opening
    n = _names("茶叶、食用菌两大产业产值分别增长8.2%、11.5%。")
    assert not n[(8.2, "%")].startswith("茶叶菌")


# --- 前N个月 opening its clause is a period --------------------------------------------------------------------

def test_first_months_opening_a_clause_is_no_count():
    m = metrics_by_value(_page("工业投资比例高,前6个月,175个工业项目完成投资151.2亿元。"))
    assert (6, "个月") not in m
    m = metrics_by_value(_page("前3个月完成投资20亿元。"))
    assert (3, "个月") not in m and (20, "亿元") in m


def test_months_ahead_of_schedule_stay():
    m = metrics_by_value(_page("工期提前2个月,节约资金30万元。"))
    assert (2, "个月") in m


# --- a comparison inside a name loses its earlier year -----------------------------------------------------------

def test_inner_comparison_is_no_part_of_the_name():
    n = _names("全年居民消费价格总水平比上年上涨1.4%。")
    assert n[(1.4, "%")] == "居民消费价格总水平上涨"
    n = _names("规模以上工业增加值增长7.2%,增速比2025年回落2.2个百分点。")
    assert n[(2.2, "个百分点")] == "增速回落"


def test_comparison_alone_still_borrows_its_subject():
    n = _names("完成固定资产投资20亿元,比上年增长12%。")
    assert n[(12, "%")] == "固定资产投资增长"


# --- 截至 takes its date only ----------------------------------------------------------------------------------

def test_as_of_date_without_a_comma_leaves_the_name():
    n = _names("截至9月底全县累计发放补贴资金500万元。截止2025年底全县共有养老机构12家。")
    assert n[(500, "万元")] == "发放补贴资金"
    assert n[(12, "家")] == "养老机构"


def test_as_of_now_and_a_share_of_the_plan():
    n = _names("截至目前已完成年度计划的60%。截至年底仍有2.1亿元资金结转。")
    assert n[(60, "%")] == "完成年度计划"
    assert n[(2.1, "亿元")] == "资金结转"


# --- a subject before 共 and a work verb with its object ---------------------------------------------------------

def test_subject_before_gong_and_a_work_verb_goes():
    n = _names("11月份,12345政务服务便民热线共受理群众各类诉求28406件。")
    assert n[(28406, "件")] == "受理群众各类诉求"
    n = _names("第三季度,市政府门户网站“市长信箱”共收到群众来信553件。")
    assert n[(553, "件")] == "收到群众来信"


def test_gong_lookalikes_stay():
    # 公共 is a word: its 共 opens no verb
    n = _names("全县建成公共法律服务站点12个。")
    assert "公共法律服务站点" in n[(12, "个")]
    # a verb with no object after 共: the subject names the count
    n = _names("城乡医疗救助共救助2156人。")
    assert n[(2156, "人")].startswith("城乡医疗救助")


# --- a doubled comma before a share -------------------------------------------------------------------------------

def test_doubled_comma_before_a_share():
    n = _names("投诉类301件,,占总量的60.56%;咨询类120件,,占总量的24.14%。")
    assert n[(60.56, "%")] == "投诉类占总量"
    assert n[(24.14, "%")] == "咨询类占总量"


def test_single_comma_share_unchanged():
    n = _names("建议类44件,占总量的8.85%。")
    assert n[(8.85, "%")] == "建议类占总量"


# --- 包括 alone leads a list's first item ---------------------------------------------------------------------

def test_baokuo_leads_the_first_item():
    n = _names("下拨教育经费5018万元,包括义务教育免费资金4525万元、校舍修缮资金493万元。")
    assert n[(4525, "万元")] == "义务教育免费资金"
    n = _names("全县共有医疗机构40家,包括县级医院4家。")
    assert n[(4, "家")] == "县级医院"


def test_main_items_lead_unchanged():
    n = _names("直达资金主要包括优抚对象补助经费1620.5万元。")
    assert n[(1620.5, "万元")] == "优抚对象补助经费"


# --- a bracket the value stands in closes the counted noun --------------------------------------------------------

def test_bracket_closing_the_value_ends_the_noun():
    n = _names("全县有幼儿园173所(81所民办),小学322所(含187个教学点)。")
    assert n[(81, "所")] == "民办"
    assert n[(187, "个")] == "教学点"


def test_bracketed_part_of_a_noun_stays():
    n = _names("全镇14个村（社区）开展排查。")
    assert n[(14, "个")].startswith("村（社区）")


# --- 到目前 is a time lead, and what was got so far is no plan ----------------------------------------------------

def test_so_far_is_a_time_lead_and_no_plan():
    m = metrics_by_value(_page("到目前争取资金160万元,到目前区投资220万元。"))
    assert m[(160, "万元")].indicator == "争取资金" and not m[(160, "万元")].target
    assert not m[(220, "万元")].target


def test_zhengqu_as_a_plan_stays_a_target():
    m = metrics_by_value(_page("明年争取上级资金300万元。"))
    assert m[(300, "万元")].target


# --- a level reached with a bare 降至 -----------------------------------------------------------------------------

def test_bare_level_verb_ends_no_name():
    n = _names("药占比降至25.3%,平均住院日降至6.3天。")
    assert n[(25.3, "%")] == "药占比"
    assert n[(6.3, "天")] == "平均住院日"


def test_whole_change_words_unchanged():
    n = _names("客户满意度提升至97.9%。")
    assert n[(97.9, "%")] == "客户满意度"


# --- a processing verb before the count with its noun after it ---------------------------------------------------

def test_processing_verb_before_the_count_names_it_with_the_noun():
    n = _names("区政务服务中心可办理1268项事项。")
    assert n[(1268, "项")] == "可办理事项"
    n = _names("每个卫生院至少培训2名技术人员。")
    assert n[(2, "名")] == "培训技术人员"


def test_a_subject_before_the_count_still_names_nothing():
    n = _names("全县共有15个乡镇开展排查。")
    assert n[(15, "个")].startswith("乡镇")


# --- 共 and 至少 lead no name; 共青团 stays ---------------------------------------------------------------------

def test_gong_and_zhishao_lead_no_name():
    n = _names("区级政务服务中心共进驻32个行政审批部门。全年至少组织应急演练1次。")
    assert n[(32, "个")] == "进驻行政审批部门"
    assert n[(1, "次")] == "组织应急演练"


def test_gongqingtuan_keeps_its_gong():
    n = _names("现有共青团员120名。")
    assert n[(120, "名")] == "共青团员"


# --- a ranking list's 前N位 and a heading's themes are no counts ------------------------------------------------

def test_ranking_list_and_themes_are_no_counts():
    m = metrics_by_value(_page("按反映内容分类,本月排在前10位的是:三农类830件;城建类273件。"))
    assert (10, "位") not in m and (830, "件") in m
    m = metrics_by_value(_page("一、突出两个主题,深化医改促发展。"))
    assert (2, "个") not in m


def test_rank_aim_and_theme_days_stay():
    m = metrics_by_value(_page("力争全省排名进入前5位。全年开展主题党日活动12次。"))
    assert (5, "位") in m and (12, "次") in m


# --- a middle dot written as a decimal point (normalize.yml decimal_points) ---------------------------------------

def test_middle_dot_between_digits_before_a_unit_is_a_point():
    m = metrics_by_value(_page("医疗保健类价格上涨1·8%,交通通信类价格上涨2·9%。"))
    assert (1.8, "%") in m and (2.9, "%") in m and (8, "%") not in m


def test_middle_dot_in_a_day_name_stays():
    m = metrics_by_value(_page("围绕3·15消费者权益日受理投诉12件。"))
    assert (12, "件") in m and (3.15, "件") not in m


# --- a bare value tied by 和 to the next value's unit in a respectively list (numerals.yml list_unit_*) -------------

def test_respectively_list_first_value_shares_the_unit():
    n = _names("第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。")
    assert n[(2.16, "个百分点")] == "第二产业占地区生产总值的比重回落"
    assert n[(1.66, "个百分点")] == "第三产业占地区生产总值的比重回落"
    m = metrics_by_value(_page("上下半年分别培训农民工120和80人次。"))
    assert (120, "人次") in m and (80, "人次") in m


def test_list_unit_lookalikes():
    # no respectively word: the bare number stays unread
    m = metrics_by_value(_page("全年培训120和80人次。"))
    assert (120, "人次") not in m
    # years joined before their unit are no values
    m = metrics_by_value(_page("2024和2025年分别完成12项和15项。"))
    assert (2024, "年") not in m and (12, "项") in m


# --- a comparison's earlier value takes the current value's name after the period ---------------------------------

def test_earlier_value_named_after_its_period():
    n = _names("全年共受理群众来信来访486件次,较去年同期452件次,上升7.5%。")
    assert n[(452, "件次")] == "去年同期受理群众来信来访"
    assert n[(7.5, "%")] == "受理群众来信来访上升"
    n = _names("单个访208人次,较去年同期的231人次有所下降。")
    assert n[(231, "人次")] == "去年同期单个访人次"


def test_earlier_value_lookalikes():
    # a change after the comparison is no earlier value
    n = _names("受理群众来信来访486件,较去年同期增长7.5%。")
    assert n[(7.5, "%")].endswith("增长") and not n[(7.5, "%")].startswith("去年同期")
    # a value of another kind before the comparison lends no name
    n = _names("投入资金32万元,较去年同期多举办活动6场。")
    assert not n[(6, "场")].startswith("去年同期投入资金")


# --- a count right after another count with no name of its own shares it ----------------------------------------

def test_count_after_a_batch_count_shares_its_name():
    n = _names("全年接待集体访52批873人次。来访108批(次)796人次。")
    assert n[(873, "人次")] == "接待集体访"
    assert n[(796, "人次")] == "来访"


def test_adjacent_values_of_other_kinds_lend_no_name():
    n = _names("全体师生1分46秒全部撤离到操场。")
    assert n.get((46, "秒"), "") != "1分"


# --- a bare total named by the clause before it ("…较多,共N件") ---------------------------------------------------

def test_total_named_by_the_clause_before():
    n = _names("三是从信访规模上看,集体联名信访件较多,共126件,占信访总量36.2%。")
    assert n[(126, "件")] == "集体联名信访件"
    assert n[(36.2, "%")] == "集体联名信访件占信访总量"
    n = _names("四是重复信访件较多,共151件。")
    assert n[(151, "件")] == "重复信访件"


def test_bare_total_without_such_a_clause_stays():
    n = _names("各村摸排困难户,合计1600户。")
    assert n[(1600, "户")] == "合计"
