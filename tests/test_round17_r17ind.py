"""Round 17, indicator names on real pages (r17ind): each class of wrong name with a case it must catch and
a look-alike it must leave alone. Texts are written for these tests (invented units and figures)."""
from reportnlp.api import process


def _names(text):
    part = process(text).parts[0]
    return {m.data.value: m.data.indicator for m in part.get("metrics")}


# a change from one value to another: the end takes the name written before 由/从, not its verb of reaching
def test_change_end_takes_the_name_before_you():
    names = _names("三年来,全镇村集体经营性收入由326万元提高到518万元,群众满意率由84%提升至95.5%。")
    assert names[326] == names[518] == "村集体经营性收入"
    assert names[84] == names[95.5] == "群众满意率"


def test_change_end_after_a_qualified_start_value():
    names = _names("窗口平均等候时间由原来的40分钟缩短至12分钟。")
    assert names[12] == "窗口平均等候时间"


def test_change_of_a_standard_per_person_and_month():
    names = _names("城市低保标准从每人每月655元提高到705元。")
    assert names[655] == names[705] == "城市低保标准"


def test_reaching_verb_without_a_start_value_is_not_named_from_the_clause_before():
    names = _names("全年新建蔬菜大棚40个,明年提高到60个。")
    assert names[60] != "新建蔬菜大棚"


# households and persons counted as one pair: the persons share the households' name, or the phrase after both
def test_persons_of_a_pair_share_the_households_name():
    names = _names("目前城镇低保对象5127户9304人,农村特困供养对象612户655人。")
    assert names[9304] == names[5127] == "城镇低保对象"
    assert names[655] == "农村特困供养对象"


def test_pair_after_a_template_year_keeps_the_households_name():
    names = _names("20XX年全县特困供养对象共保障1204户1377人。")
    assert "特困供养对象" in names[1377]


def test_pair_named_by_the_phrase_after_it():
    names = _names("冬季为2386户4511人发放取暖补贴,共计143万元。")
    assert names[2386] == names[4511] == "发放取暖补贴"


def test_pair_with_no_name_is_households_and_population():
    names = _names("二、基本情况\n全村427户1568人,耕地面积3120亩。")
    assert (names[427], names[1568]) == ("户数", "人口")


def test_separate_counts_of_households_and_persons_keep_their_own_names():
    names = _names("新建沼气池35户,培训种植能手86人。")
    assert names[86] == "培训种植能手"


# words of reaching and adverbs between a name and its number leave the name; a word that ends in one stays
def test_reaching_words_after_a_name_are_dropped():
    names = _names("年末登记失业率降到3.1%,规上工业产值突破46亿元,粮食总产量连年稳定在7.2万吨以上。")
    assert names[3.1] == "年末登记失业率"
    assert names[46] == "规上工业产值"
    assert names[7.2] == "粮食总产量"


def test_a_word_ending_in_an_adverb_keeps_it():
    names = _names("五年来,城镇新增就业年均2140人。")
    assert names[2140] == "城镇新增就业年均"


def test_a_plan_word_is_not_left_alone_by_dropping_a_reaching_verb():
    names = _names("力争突破120亿元。")
    assert names[120] != "力争"


# a light verb or a reporting word inside a name: the activity after it is what is counted
def test_activity_after_a_light_verb_names_the_count():
    names = _names("组织人员对辖区商场、学校等人员密集场所进行消防安全检查14次。")
    assert names[14] == "消防安全检查"


def test_reporting_word_before_a_bare_verb_stays():
    names = _names("两个园区产值合计突破86亿元。")
    assert names[86] != "突破"


# a qualifier inside the noun after a measure word ("亿元以上项目") is part of it
def test_qualifier_inside_the_counted_noun_stays():
    names = _names("成功引进甲乙新材料等5个亿元以上项目。")
    assert names[5] == "亿元以上项目"


def test_qualifier_closing_the_phrase_still_ends_it():
    names = _names("新增就业岗位320个以上,其中公益性岗位45个。")
    assert names[320] == "新增就业岗位"


# a closed 等 list before a count whose noun opens with a modifier: the noun after the measure word names it
def test_list_items_stand_for_a_modified_noun():
    names = _names("重点推进滨江物流园、智能装备产业园等9个在建项目。")
    assert names[9] == "在建项目"


def test_list_before_a_verb_phrase_keeps_the_left_name():
    names = _names("一年来,共培训张庄、李集等村致富带头人42名参加考核。")
    assert names[42] != "参加考核"


# a bare scope word (全县, 全镇) on the left names nothing: the noun after the measure word does
def test_scope_word_on_the_left_gives_way_to_the_counted_noun():
    names = _names("向全县28个涉农部门派发督办函。")
    assert names[28] == "涉农部门"


def test_scope_word_with_a_name_keeps_the_name():
    names = _names("全县共有村卫生室215个。")
    assert names[215] == "村卫生室"


# a verb before a one-character noun suffix (低保 + 户, 养殖 + 场) is a noun
def test_verb_with_a_nominal_suffix_stays_in_the_counted_noun():
    names = _names("为3012个城镇低保户发放价格补贴。建成4个肉牛养殖场。")
    assert names[3012] == "城镇低保户"
    assert names[4].endswith("养殖场")


# a template's year ("20xx年") opens no name
def test_template_year_leaves_the_name():
    names = _names("20xx年春季完成人工造林56亩。")
    assert names[56] == "完成人工造林"


def test_real_year_is_left_to_the_time_words():
    names = _names("2019年春季完成人工造林56亩。")
    assert names[56] == "春季完成人工造林"


# a bare work verb right after a value in its unit takes the noun that value's verb names
def test_bare_verb_shares_the_noun_of_the_value_before():
    names = _names("排查安全隐患126处,已整改119处;新增规上企业9家,净增4家。")
    assert names[119] == "整改安全隐患"
    assert names[4] == "净增规上企业"


def test_bare_verb_with_its_own_noun_or_after_a_clause_keeps_its_name():
    names = _names("全年引进专业人才6名,选派14名骨干外出进修。以托管方式经营的面积占61.5%,入股占12.4%。")
    assert names[14] != "选派专业人才"
    assert "托管" not in names[12.4]
