"""Commitments: one per measure, with deadlines as written and resolved."""
import pytest

from reportnlp.api import process
from reportnlp.stages.commitments import resolve_deadline


def commitments(text: str):
    return [(c.attrs["text"], c.attrs["deadline"]) for c in process(text).parts[0].get("commitments")]


@pytest.mark.parametrize("deadline,year,date", [
    ("年底前", 2020, "2020-12-31"), ("5月底前", 2021, "2021-05-31"), ("下半年", 2019, "2019-12-31"),
    ("今年10月下旬", 2018, "2018-10-31"), ("三季度", 2022, "2022-09-30"), ("明年3月前", 2020, "2021-03-31"),
    ("2025年", None, "2025-12-31"), ("20xx年4月前", 2019, None), ("年底前", None, None),
])
def test_resolve_deadline(deadline, year, date):
    assert resolve_deadline(deadline, year) == date


def test_list_intro_deadline_carries_to_items():
    text = ("2019年上半年,中心办结审批事项5600件。\n我们工作中存在的问题主要有:人员不足。\n"
            "针对上述存在问题,下半年我们打算抓好以下工作:\n一是继续抓好职能调整。\n二是抓好授权工作,防止授权不到位。\n")
    got = dict(commitments(text))
    assert got["一是继续抓好职能调整。"] == "下半年"
    assert got["二是抓好授权工作,防止授权不到位。"] == "下半年"


def test_cues_outside_next_step_sections():
    text = ("2020年,我局扎实推进各项工作,现将情况报告如下:\n一、主要做法\n全年完成培训1200人次。"
            "关于增设政务公开机构的请示已上报,年底前将获批复。我局已完成网站改版。\n")
    got = commitments(text)
    assert any("年底前将获批复" in t and d == "年底前" for t, d in got)
    assert not any("网站改版" in t for t, _ in got)  # a finished action is not a commitment


def test_deadline_specific_beats_year():
    text = "各单位于2011年12月28日前,按干部管理权限分别到县委组织部领取2012年度考核表。"
    assert commitments("现将有关事项通知如下:\n" + text)[0][1] == "于2011年12月28日前"
