"""Metrics on report sentences: indicators, exact offsets, targets, lists, families, negatives."""
import pytest

from reportnlp.api import process
from reportnlp.payloads import public_dict


def metrics(text: str):
    part = process(text).parts[0]
    return part, part.get("metrics")


def test_family_with_exact_offsets_and_bare_rate():
    text = "截止5月底,共受理行政许可(审批)69426件,办结69421件,办结率99.9,平均办理时间为1.8天。"
    part, ms = metrics(text)
    got = [(part.text[m.start:m.end], m.data.value, m.data.unit) for m in ms]
    assert got == [("69426件", 69426, "件"), ("69421件", 69421, "件"), ("99.9", 99.9, "%"), ("1.8天", 1.8, "天")]
    assert ms[0].data.indicator == "受理行政许可(审批)"
    assert [m.data.role for m in ms[:3]] == ["denominator", "numerator", "rate"]
    assert ms[0].data.family == ms[2].data.family is not None
    assert ms[2].data.canonical == "办结率"
    assert ms[0].data.period and "5月底" in ms[0].data.period


def test_distributive_list_gives_one_metric_per_indicator():
    _, ms = metrics("前三季度的事项入驻率、现场办结率、网上审批实现率均达到100%。")
    assert [m.data.indicator for m in ms] == ["事项入驻率", "现场办结率", "网上审批实现率"]
    assert all(m.data.value == 100 and (m.start, m.end) == (ms[0].start, ms[0].end) for m in ms)


def test_targets_changes_and_qualifiers():
    _, ms = metrics("预计全年办理审批服务事项17万件,服务对象满意率98%以上。验收面积41.3万平方米,同比分别增长45.1%、111.5%。")
    by_value = {m.data.value: public_dict(m.data) for m in ms}
    assert by_value[170000]["target"] and by_value[98]["target"] and by_value[98]["qualifier"] == "以上"
    assert by_value[41.3]["base_value"] == 413000 and by_value[41.3]["base_unit"] == "平方米"
    assert by_value[45.1]["direction"] == "increase" and by_value[111.5]["direction"] == "increase"
    assert not by_value[41.3]["target"]


def test_rating_counts_get_grades():
    _, ms = metrics("考核共评出公务员优秀1名,称职29名。")
    assert [(m.data.value, m.data.grade) for m in ms] == [(1, "优秀"), (29, "称职")]


@pytest.mark.parametrize("text", [
    "根据《关于印发2015年度考核方案的通知》(金政务〔2015〕39号)文件精神,2014年7月1日正式运行。",
    "实行“三证合一”,落实“十二五”规划,创新“1+6”模式,推进“两集中两到位”。",
    "预约服务电话为8169138、8166114。",
    "一是加强领导;二是完善制度。(一)提高认识。",
    "领导班子考核结果分为好、较好、一般和差四个等次。",
    "在全省试点省市中位列第一方阵,连续三年被评为先进。",
    # a session of an assembly, a project phase, a service regime: names, not counts
    "市十五届人大四次会议开幕,县十届三次全会召开。",
    "加快推进产业园二期工程,启动三期扩建。",
    "严格落实24小时值班制度,开通24小时服务热线。",
    # a congress named by its session ("七届四次职代会", "第五次党代会"), a report's outline, a clock time
    "集团召开七届四次职代会,落实市第五次党代会精神。",
    "报告从9个方面作了总结,考核分为4个等次。",
    # measure words that start another word after the number: 一对一 pairs, a port, a workshop, a slogan
    "实行一对一帮扶,推行1对1包保,开展3口岸联检,建成2车间,提出3口号。",
])
def test_not_metrics(text):
    _, ms = metrics(text)
    assert ms == [], [(m.data.indicator, m.data.value, m.data.unit) for m in ms]


def test_the_seconds_of_a_clock_time_are_no_quantity():
    _, ms = metrics("2026-01-05 17:01:33周一 县人大代表团审议政府工作报告,共提出建议26条。")
    assert [(m.data.value, m.data.unit) for m in ms] == [(26, "条")]


def test_counts_next_to_the_session_and_phase_words_stay():
    _, ms = metrics("全年召开党委会议12次,召开4次会议专题研究,举办培训班5期,对群众投诉24小时内响应处置,"
                    "召开职代会2次,新建示范点12个。")
    assert [(m.data.value, m.data.unit) for m in ms] == [(12, "次"), (4, "次"), (5, "期"), (24, "小时"), (2, "次"),
                                                         (12, "个")]



def test_measure_words_of_rural_and_archive_work_are_units():
    _, ms = metrics("整治山塘29口,新打机井6眼,结成帮扶对子36对,清理垃圾560余车,统防统治2.1万亩次,"
                    "免疫家禽186万羽次,数字化扫描18万画幅,查出过期饮料2瓶。")
    assert [(m.data.value, m.data.unit) for m in ms] == [
        (29, "口"), (6, "眼"), (36, "对"), (560, "车"), (2.1, "万亩次"), (1860000, "羽次"), (180000, "画幅"), (2, "瓶")]


def test_shares_in_tenths_are_reported_as_percentages():
    # the scorer and a reader compare "占三成以上" with 30 %; the numbers in other units stay as written
    part, ms = metrics("全年调处纠纷312件，其中婚姻家庭纠纷占三成以上，土地流转率不足7.2成，发放资金4.6万元。")
    got = [(part.text[m.start:m.end], m.data.value, m.data.unit, m.data.qualifier) for m in ms]
    assert got == [("312件", 312, "件", None), ("三成以上", 30, "%", "以上"), ("不足7.2成", 72, "%", "不足"),
                   ("4.6万元", 4.6, "万元", None)]
    assert ms[2].data.base_value == 72 and ms[2].data.decimals == 0
    _, ms = metrics("个贷逾期率控制在万分之三以内，人口自然增长率5.2‰。")
    assert [(m.data.value, m.data.unit, m.data.decimals) for m in ms] == [(0.03, "%", 2), (5.2, "‰", 1)]


FORM_WITH_UNIT_LABELS = """平台访问情况（单位：次）
904173
发布信息（单位：条）总数
2481
其中：工作动态更新量
1530
受理事项(件) | 市级 | 318 | 县级 | 95
开通账号数量(个) | 47 | 合格率 | 97.5%
关注人数(个) | — | 6120
"""


def test_bare_numbers_in_a_form_take_the_unit_and_name_of_their_label():
    part, ms = metrics(FORM_WITH_UNIT_LABELS)
    got = [(m.data.indicator, m.data.value, m.data.unit) for m in ms]
    assert got == [("平台访问情况", 904173, "次"), ("发布信息总数", 2481, "条"), ("工作动态更新量", 1530, "条"),
                   ("市级", 318, "件"), ("县级", 95, "件"), ("开通账号数量", 47, "个"), ("合格率", 97.5, "%"),
                   ("关注人数", 6120, "个")]
    assert all(part.text[m.start:m.end] == str(m.data.value).removesuffix(".0") for m in ms[:6])


@pytest.mark.parametrize("text", [
    "序号 | 项目 | 金额(万元)\n1 | 道路硬化 | 120万元\n2\n",  # a row's first cell (序号) and a lone 序号 under a table row
    "收到来信(件)\n全年办理群众来信，均已答复。\n18\n",  # a sentence between the label and the number
    "全年共受理(件)3215人参加培训",  # not a cell: the number runs into prose
    "联系电话(办)\n6213307\n",  # a label's bracket that declares no unit
])
def test_bare_numbers_outside_a_labelled_cell_take_no_unit(text):
    _, ms = metrics(text)
    assert all(m.data.value not in (1, 2, 18, 3215, 6213307) or m.data.unit not in ("万元", "件") for m in ms)
    assert not [m for m in ms if m.data.value in (2, 18, 6213307)]
