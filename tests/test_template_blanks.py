"""TEMPLATE_TEXT for a number deleted before its unit: 范文 sites blank the figures of a report they
offer as a model (约亿元, 同比增长%, 稳定在万亩, 基金 万元) and leave no 20xx or XX to find."""
from __future__ import annotations

import pytest

from reportnlp import extract_text
from reportnlp.stages.metadata import _cfg


def _placeholders(text: str) -> list[str]:
    return [m.group() for m in _cfg()["placeholders"].finditer(text)]


@pytest.mark.parametrize("text, blank", [
    ("全乡地区生产总值约亿元,比上年有所增加", "亿元"),
    ("规上工业产值同比增长%,增速居全县前列", "%"),
    ("粮食播种面积占%以上,耕地保护到位", "%"),
    ("城镇登记失业率较上年下降 个百分点,就业形势稳定", "个百分点"),
    ("茶叶种植面积稳定在万亩,带动农户增收", "万亩"),
    ("收缴医保基金 万元,按时上解财政专户", "万元"),
    ("全年接待来信来访群众 人次,做到件件有回音", "人次"),
    ("完成地区生产总值亿元,工业增加值稳步提升", "亿元"),
])
def test_a_number_deleted_before_its_unit_is_a_placeholder(text, blank):
    assert blank in _placeholders(text)


@pytest.mark.parametrize("text", [
    "新签约亿元以上项目5个,到位资金稳步增加",  # 签约: a contract, not 约 "about"
    "全镇实施过千万元项目8个",
    "完成率较上年提高一个百分点,增长两个百分点",
    "| 指标 | 金额 | 同比增长% |",  # a table header's unit
    "建成万亩示范基地一处",  # 万亩 as a word
    "工业产值同比增长12.5%,高于全县平均",
    "带动120户成为万元户,增收效果明显",
])
def test_figures_and_unit_words_are_not_blanks(text):
    assert _placeholders(text) == []


def test_a_report_with_only_blanked_figures_is_flagged_once():
    text = ("镇2025年上半年工作总结\n"
            "上半年,全镇实现地区生产总值约亿元,同比增长%。\n"
            "新建高标准农田3200亩,茶叶种植面积稳定在万亩。\n")
    flags = [f for f in extract_text(text).model_dump(mode="json")["documents"][0]["flags"]
             if f["code"] == "TEMPLATE_TEXT"]
    assert len(flags) == 1
    assert "约亿元" in flags[0]["evidence"]
