"""Section headings of every scheme, and labels where headings were stripped."""
import pytest

from reportnlp.api import process
from reportnlp.structure import heading_level


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


@pytest.mark.parametrize("par,level", [
    ("一、基本情况", 1), ("（二）主要做法", 2), ("(三)存在问题", 2), ("1.领导重视", 3), ("2、分级考核", 3),
    ("(1)制定方案", 4), ("①对区县", 4), ("一是完成职能集中", 5), ("首先,要解决思想认识", 5),
    ("第二部分 存在问题", 1),
])
def test_heading_schemes(par, level):
    assert heading_level(par) == level


@pytest.mark.parametrize("par", ["2018年度工作总结", "12月28日召开会议", "100%的村建立代办点"])
def test_not_headings(par):
    assert heading_level(par) is None


def test_numbered_sections_are_labelled_by_heading_words():
    text = ("今年以来,我局认真履职,现将工作情况汇报如下:\n"
            "一、工作开展情况\n全年受理投诉举报1260件。\n"
            "二、存在的困难和不足\n人员编制不足。\n"
            "三、下步打算\n加强队伍建设。\n")
    assert [s[0] for s in sections(text)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_paragraph_cues_when_headings_are_stripped():
    text = ("为推进政务公开,我镇高度重视,现将自查情况报告如下:\n"
            "年初,我镇成立了政务公开领导小组,明确专人负责。\n"
            "全年在公示栏公开信息16期。\n"
            "我们工作中存在的问题主要有:一是业务知识有待提高;二是公开形式单一。\n"
            "针对上述问题,下一步我们将加强培训,丰富公开形式。\n")
    labels = [s[0] for s in sections(text)]
    assert labels == ["其他", "主要做法", "存在问题", "下一步"]


def test_next_steps_announced_inside_a_paragraph():
    text = ("今年以来,街道扎实推进政务服务,现将情况报告如下:\n"
            "(一)建设标准化大厅。投入300万元建成新大厅。\n"
            "(二)推行一厅通办。设置16个窗口。\n"
            "通过一年努力,中心工作取得实效。下一步,我街道将继续推进服务再上新台阶。\n")
    got = sections(text)
    assert got[-1][0] == "下一步" and got[-1][1].startswith("下一步")


def test_problem_heading_after_which_measures_look_ahead():
    text = ("现将自查情况报告如下:\n一、统一思想\n开展学习。\n三、存在的不足\n协调不够。\n"
            "四、2014年工作措施\n进一步深化改革。\n")
    assert [s[0] for s in sections(text)][-2:] == ["存在问题", "下一步"]
