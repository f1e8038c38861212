"""Round 23 (r23comm): classes found on real pages of unseen sites, each with a must-catch and a look-alike
(text the rule must leave alone). Pages are made up."""
from page_text import commitments, names

from reportnlp.indicators import _right_noun
from reportnlp.stages import commitments as cm

# a growth told by its verb alone after the value it grew ("…4.6亿元,增长8.1%") is named by that value's subject
GROWTH_BARE = ("东岭县2023年经济运行情况\n"
               "今年以来,全县完成地区生产总值41.2亿元,增长6.3%;完成一般公共预算收入2.35亿元,增长8.1%;"
               "城镇居民人均可支配收入31260元,增长5.2%;贷款余额60.1亿元,增长了31.2%。\n")


def test_bare_growth_takes_the_value_before_it_as_subject():
    got = names(GROWTH_BARE)
    assert got[6.3] == "地区生产总值增长"
    assert got[8.1] == "一般公共预算收入增长"
    assert got[5.2] == "城镇居民人均可支配收入增长"
    assert got[31.2] == "贷款余额增长"


def test_a_new_level_after_the_verb_borrows_no_subject():
    # "增加到9家" states the new level, not a change: the count before it lends it no subject
    got = names("全镇茶叶专业合作社由去年的5家增加到9家,带动茶农1200户。\n")
    assert not got[9].startswith("增加到")


def test_growth_with_its_own_subject_keeps_it():
    got = names("今年以来,全县地区生产总值增长6.3%,一般公共预算收入同比增长8.1%。\n")
    assert got[6.3] == "地区生产总值增长"
    assert got[8.1] == "一般公共预算收入增长"


# the counted noun after a measure word is a compound with verbs inside, closed by a project head noun
COMPOUND = ("一季度民生项目进展\n"
            "全市12个老旧小区改造工程已开工9个,开工率75%;36个重点续建项目,完成投资2.8亿元;"
            "另建成3个智慧养老服务中心和2个文体广场。\n")


def test_counted_compound_with_verbs_inside_is_the_name():
    got = names(COMPOUND)
    assert got[12] == "老旧小区改造工程"
    assert got[36] == "重点续建项目"
    assert got[3] == "智慧养老服务中心"


def test_counted_noun_before_a_predicate_verb_stays_short():
    # 实施 is the clause's predicate, not part of a compound: the townships are counted
    assert _right_noun("乡镇实施项目建设") == ("乡镇", True)
    assert _right_noun("农村公路养护工程已完工") == ("农村公路养护工程", True)


# a plan named as the measure of progress in a review ("全年计划完成投资…,1-4月累计完成…") is no commitment
PROGRESS = ("西河县重点项目1-5月进展情况\n"
            "今年共安排县重点项目46个,全年计划完成投资62.4亿元,1-5月累计完成投资27.3亿元,完成年度投资计划的43.8%。"
            "本年度计划新开工项目21个,实际已开工15个,开工率71.4%。\n")


def test_plan_as_attribute_of_progress_is_no_commitment():
    assert commitments(PROGRESS) == []


def test_plan_with_a_time_ahead_stays_a_commitment():
    page = ("西河县交通局2024年工作总结\n一、主要工作\n今年完成农村公路改造120公里。\n"
            "二、2025年工作计划\n明年计划完成农村公路改造150公里,力争6月底前完成桥梁加固8座。\n")
    got = [t for t, _ in commitments(page)]
    assert any("150公里" in t for t in got)


def test_plan_attribute_pattern_needs_a_quantity_not_a_date():
    c = cm._cfg()
    assert c["plan_attribute"].match("计划完成投资17.2亿元")
    assert c["plan_attribute"].match("计划的43.8%")
    assert not c["plan_attribute"].match("计划于2025年6月底前完成")


# an estimate of a reviewed span of months ("预计1-6月份,完成…") reports a result
ESTIMATE = ("南塘镇2022年上半年工作情况\n一、主要经济指标完成情况\n"
            "(一)经济运行。预计1-6月份,完成地区生产总值8.6亿元,同比增长5.1%,占年计划的49.2%。\n"
            "(二)固定资产投资。预计1-6月份,全镇固定资产投资完成3.2亿元,同比增长7.4%。\n")


def test_estimate_of_reviewed_months_is_no_commitment():
    assert commitments(ESTIMATE) == []


def test_estimate_of_a_time_ahead_is_left_alone():
    c = cm._cfg()
    assert c["estimate_review"].search("预计1-6月份,完成地区生产总值8.6亿元")
    assert not c["estimate_review"].search("预计明年完成地区生产总值9.6亿元")


# a meeting's agenda item read by the chair ("(一)由某某宣读《…》;") is the order of business
AGENDA = ("在全镇秋冬季防火工作会议上的主持词\n同志们:\n今天的会议议程有三项:\n"
          "(一)由镇长宣读《全镇秋冬季防火工作方案》;\n(二)由副镇长作部署讲话;\n(三)由镇党委书记作重要讲话。\n"
          "下面,我就贯彻好这次会议精神提两点要求。\n"
          "一是各村要迅速召开村民会议,逐户发放防火明白卡,11月底前完成全部排查。\n"
          "二是镇应急办要组织巡查队每日巡查重点林区,发现隐患立即处置。\n")


def test_agenda_items_are_no_commitments():
    got = [t for t, _ in commitments(AGENDA)]
    assert not any("宣读" in t or "作部署讲话" in t or "作重要讲话" in t for t in got)
    assert any("村民会议" in t for t in got)


def test_agenda_pattern_leaves_a_directive_with_you_alone():
    c = cm._cfg()
    assert c["agenda_item"].match("(二)由副镇长作部署讲话;")
    assert not c["agenda_item"].match("(二)由各村负责组织宣传,11月底前完成;")


# a task list with a time column, flattened one cell a line: each row's task is dated by its time cell
TASK_TABLE = ("2025年园区重点工作责任清单\n序号|\n重点工作|\n责任领导|\n责任单位|\n完成时限|\n1 |\n"
              "深化“企业服务日”制度,建立重点企业包联台账,帮助企业解决用工用地难题。\n王某|\n经济发展局|\n6月底前|\n"
              "2 |\n推进园区道路提升改造,新建雨污管网3公里。\n李某|\n建设局|\n全年|\n")


def test_task_table_rows_take_their_time_cell():
    got = commitments(TASK_TABLE)
    assert any("包联台账" in t and d == "6月底前" for t, d in got)
    assert any("雨污管网" in t and d == "全年" for t, d in got)
    assert not any(t.rstrip().endswith("|") for t, _ in got)  # the leader and unit cells are no measures


def test_cell_deadline_skips_only_bordered_cells():
    row = "推进园区道路提升改造。\n李某|\n建设局|\n全年|\n"
    assert cm._cell_deadline(row, row.index("\n")) == "全年"
    prose = "推进园区道路提升改造。\n李某负责\n全年|\n"
    assert cm._cell_deadline(prose, prose.index("\n")) is None


# an assessment scheme's scoring rules ("…结果作为…的重要依据", "按5:2:3的权数…赋分") are criteria, not measures
SCHEME = ("关于开展2024年度机关绩效考评工作的通知\n各科室:\n现就有关事项通知如下:\n一、考评方法\n"
          "科室绩效考评的结果作为年度评先评优的重要依据;\n对科室负责人可按5:2:3的权数对业绩考核、群众评议和领导评价赋分。\n"
          "二、工作要求\n各科室要于12月20日前报送自评材料。\n")


def test_scoring_rules_are_no_commitments():
    got = [t for t, _ in commitments(SCHEME)]
    assert not any("重要依据" in t or "赋分" in t for t in got)
    assert any("自评材料" in t for t in got)


def test_a_result_that_will_be_used_stays_a_commitment():
    t = "测评结果将作为年度考核和干部任用的重要依据。"
    assert not cm._scoring_rule(t, 0, len(t), t)


# a share whose base is stated inside its phrase ("占全年任务2280万元的47%"): the base and the share are named apart
def test_share_of_a_stated_base_is_named_by_subject_and_base():
    got = names("截止6月底,全镇完成税收收入1062万元,占全年任务2280万元的47%。\n")
    assert got[2280] == "全年任务"
    assert got[47] == "税收收入占全年任务"


def test_share_without_a_stated_base_keeps_its_name():
    got = names("截止6月底,全镇完成税收收入1062万元,占年计划的47%。\n")
    assert got[47] != "税收收入占全年任务" and "年计划" in got[47]


def test_a_result_to_be_used_opened_by_jiang_stays_a_commitment():
    t = "将自评结果作为下年度预算安排的重要依据,结果在网站公开。"
    assert not cm._scoring_rule(t, 0, len(t), t)
