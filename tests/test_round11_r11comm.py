"""Round 11 (r11comm): commitments that are no measures, on real-looking pages (text written for the
tests, invented units and numbers)."""
from reportnlp.api import process


def commitments(text: str) -> list[str]:
    return [c.data.text for doc in process(text).parts for c in doc.get("commitments")]


# A plan's guiding-idea and principle parts state how the work is thought of: no measures there,
# while the goals and measures after them stay.
SCHOOL_PLAN = ("青禾镇中心学校2031年春季学期工作计划\n"
               "一、指导思想\n"
               "以新时代教育思想为指导,全面贯彻教育方针,落实立德树人根本任务。立足乡村学校实际,"
               "以提升课堂质量为核心,努力办好家门口的好学校。\n"
               "二、基本原则\n"
               "(一)质量为先原则。坚持把教学质量放在首位,确保各项工作服务课堂。\n"
               "三、工作目标\n"
               "1.本学期各学科及格率提升4%,优秀率达到30%以上。\n"
               "2.组织教师参加县级培训不少于3次,4月底前完成校本课程修订。\n")


def test_a_guiding_idea_or_principle_part_holds_no_measures():
    got = " ".join(commitments(SCHOOL_PLAN))
    assert "为指导" not in got and "立足乡村学校实际" not in got and "质量放在首位" not in got
    assert "4月底前完成校本课程修订" in got


def test_a_guiding_idea_named_inside_a_sentence_leaves_the_part_alone():
    text = ("柳溪社区2031年工作打算\n"
            "明年,社区将坚持以人民为中心的指导思想,重点做好以下工作:\n"
            "一是6月底前完成12个老旧楼道照明改造。二是每季度开展一次独居老人走访。\n")
    got = " ".join(commitments(text))
    assert "完成12个老旧楼道照明改造" in got and "独居老人走访" in got


# A half-year summary that says so at its top reviews work done under headings phrased as targets;
# a part whose heading turns to the second half of the year still plans.
HALF_YEAR = ("石梁县农技推广站2031年上半年工作总结\n"
             "上半年,在县农业农村局和各乡镇的大力支持下,坚持以稳粮增收为导向,积极开展各项农技推广工作,各项工作都取得了一定成效。现将半年的工作总结于下:\n"
             "一、明确目标任务,层层压实责任\n"
             "今年我站的农技推广工作,继续以粮油绿色高产创建为重点,立足实际,创新机制,进一步加大推广力度,确保全年各项任务顺利完成。"
             "年初,我站将全年测土配方、病虫监测、良种推广等任务分解落实到了各乡镇农技站,"
             "并与各站签订了目标责任状,把完成情况纳入了年终考评。\n"
             "二、措施有力,扎实推进各项工作\n"
             "(一)抓好春季病虫监测。共设立监测点42个,发布病虫情报9期。\n"
             "三、下半年工作打算\n"
             "一是9月底前完成秋粮病虫害统防统治2万亩。二是继续开展农技人员轮训。\n")


def test_a_summarys_target_phrased_part_reviews_and_its_next_half_part_plans():
    got = " ".join(commitments(HALF_YEAR))
    assert "粮油绿色高产创建为重点" not in got and "签订了目标责任状" not in got
    assert "9月底前完成秋粮病虫害统防统治2万亩" in got


# A topic line right before the first item of its list ("…。一是…" or on the line above) names what
# the items do; the items are the measures. A short dated line before a list stays a measure.
def test_a_topic_line_over_a_list_is_no_measure():
    text = ("桐湾街道2031年工作打算\n"
            "新的一年,街道重点将做好以下两项工作。\n"
            "全力推进违建清零。一是持续开展违建拆除专项行动,计划拆除违章厂房15亩。二是加快危房鉴定。\n"
            "(二)坚持项目为王,夯实发展基础\n"
            "一是倒排工期推进滨河绿道建设。二是新建口袋公园3处。\n")
    got = commitments(text)
    assert not any(c.startswith(("全力推进违建清零", "(二)坚持项目为王")) for c in got)
    assert any("计划拆除违章厂房15亩" in c for c in got) and any("新建口袋公园3处" in c for c in got)


def test_a_dated_line_or_an_item_before_a_list_stays_a_measure():
    text = ("桐湾街道2031年工作打算\n"
            "新的一年,街道重点将做好以下工作。\n"
            "6月底前完成老旧小区改造5个。一是改造雨污管网。二是加装电梯8部。\n")
    got = " ".join(commitments(text))
    assert "6月底前完成老旧小区改造5个" in got


# Two stages with a month's end each, glued by a comma: two measures with two deadlines; one month's
# end after a clause without a time stays with it.
def test_a_second_stage_with_its_own_month_end_is_a_measure_of_its_own():
    text = ("梅岭镇2031年工作计划\n"
            "一是推进污水治理,至5月底完成主干管网铺设,10月底完成入户接管。\n")
    doc = process(text).parts[0]
    got = {c.data.text: c.data.deadline for c in doc.get("commitments")}
    assert any(t.endswith("10月底完成入户接管。") and d == "10月底" and "5月底" not in t for t, d in got.items())
    assert any("至5月底完成主干管网铺设" in t and d and "5月底" in d for t, d in got.items())


def test_a_month_end_after_a_clause_without_time_stays_with_it():
    text = ("梅岭镇2031年工作计划\n"
            "一是推进污水治理,10月底完成入户接管。\n")
    got = commitments(text)
    assert not any(t.startswith("10月底") for t in got)
