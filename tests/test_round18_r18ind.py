"""Round 18, indicator names and deadlines on real pages (r18ind): each class with a case it must catch and a
look-alike it must leave alone. Texts are written for these tests (invented units and figures)."""
from reportnlp.api import process
from reportnlp.stages.commitments import _heading_deadlines, resolve_deadline


def _part(text):
    return process(text).parts[0]


def _names(text):
    return {m.data.value: m.data.indicator for m in _part(text).get("metrics")}


# a copula or reporting character stripped from a name's end only where it ends no word of the name
def test_a_name_ending_in_a_word_with_a_copula_character_keeps_it():
    names = _names("全年查处违规经营行为36起,纠正不文明行为120人次,家庭医生签约8600人。")
    assert names[36] == "查处违规经营行为"
    assert "不文明行为" in names[120]
    assert names[8600] == "家庭医生签约"


def test_a_copula_after_a_name_still_goes():
    names = _names("群众满意率为98.6%,投诉办结量共计412件,延期办结为15件。")
    assert names[98.6] == "群众满意率"
    assert names[412] == "投诉办结量"
    assert names[15] == "延期办结"  # (结为 is a word, but no word of the name)


# nouns the dictionary tags as verbs (低保, 留守): a name runs on through them
def test_a_name_after_a_pair_runs_on_through_low_income_support():
    names = _names("春节前为186户402人发放城乡低保临时补助金24.6万元。")
    assert names[186] == names[402] == "发放城乡低保临时补助金"


def test_a_verb_after_the_pairs_name_still_ends_it():
    names = _names("为35户86人发放慰问金后组织座谈。")
    assert names[35] == names[86] == "发放慰问金"


# 在 opening a word of its own (在库, 在岗) is part of the name, not a preposition
def test_in_stock_and_on_duty_keep_their_first_character():
    names = _names("全区在库企业218家,在岗职工3120人。")
    assert names[218] == "在库企业"
    assert names[3120] == "在岗职工"


def test_a_preposition_in_front_of_a_place_still_goes():
    names = _names("在全县范围内排查安全隐患46处。")
    assert not names[46].startswith("在")


# a bare verb after a value whose name is a subject and its verb: the bare verb takes the subject
def test_a_bare_verb_after_a_subject_and_its_verb_takes_the_subject():
    names = _names("城市低保新增276户462人,退出374户714人;农村五保新增98人,注销57人。")
    assert names[374] == names[714] == "城市低保退出"
    assert names[57] == "农村五保注销"


def test_a_bare_verb_after_a_verb_and_its_object_with_an_adverb_first():
    names = _names("全县共调出城乡低保4025人,调进4132人。")
    assert names[4132] == "调进城乡低保"


def test_a_clause_with_a_verb_inside_lends_no_subject():
    names = _names("帮助企业招工新增3200人,培训1500人。")
    assert names[1500] != "帮助企业招工培训"


# a unit character before a change verb (8.4天 + 下降): the unit stands
def test_a_duration_before_a_fall_is_a_value_named_by_the_change():
    names = _names("项目审批平均用时由8.4天下降到5.2天。")
    assert names[8.4] == names[5.2] == "项目审批平均用时"


def test_a_unit_character_in_another_word_stays_blocked():
    names = _names("全年晴好天气共186天下半年偏多,光照充足。")
    assert 186 not in names


# a plan heading with a placeholder year (20XX, 20××, 20**) dates the measures under it as written
PLAN = ("一、20XX年工作总结\n全年发放城乡低保金4962.7万元,新增护理型床位120张。\n"
        "二、20XX年工作计划\n一是提高城乡低保标准,确保应保尽保。二是推进婚姻登记“跨省通办”。\n")


def test_a_placeholder_year_plan_heading_dates_its_items():
    for year in ("20XX年", "20××年", "20**年"):
        commitments = _part(PLAN.replace("20XX年", year)).get("commitments")
        assert commitments and all(c.data.deadline == year for c in commitments)
        assert all(c.data.deadline_date is None for c in commitments)  # its year is unknown


def test_a_review_heading_with_a_placeholder_year_dates_nothing():
    _, times = _heading_deadlines("x\n一、20XX年工作总结\n二、20××年工作回顾\n")
    assert times == [None, None]


def test_a_placeholder_year_has_no_date_and_a_real_year_resolves():
    assert resolve_deadline("2031年", None) == "2031-12-31"
    assert resolve_deadline("20××年底前", 2031) is None


# a change whose start names its period's standard ("从年标准1680元提高到…"): both values take the name before 从
def test_a_change_from_a_yearly_standard_is_named_before_from():
    names = _names("重度残疾人护理补贴标准从年标准1460元提高到1720元。")
    assert names[1460] == names[1720] == "重度残疾人护理补贴标准"


def test_a_standard_named_after_from_without_a_change_keeps_its_words():
    names = _names("从年标准看,全县人均补助达到1460元。")
    assert names[1460] == "人均补助"
