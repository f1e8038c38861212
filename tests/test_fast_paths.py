"""Shortcuts taken for speed give what the plain way gives.

Each fast path skips work it proves cannot change a result (a lone numeral that no unit follows,
a score pattern searched only near a NUM分). These tests run both ways on report-like text and on
random mixes of the characters the shortcuts look at, so a shortcut that starts to drop a result
fails here instead of silently."""
from __future__ import annotations

import dataclasses

import pytest
from randtext import random_texts

from reportnlp import quantities
from reportnlp.stages import scores as scores_stage

REPORT_LINES = [
    "全年新建村级服务站十个，改造一处，投入资金一百二十万元，惠及群众万余人。",
    "受理群众来信三十一件，办结率百分之九十九点四，另有一件正在办理。",
    "一是抓好一个重点，二是建成两座站点；三要落实十项措施，惠及一万户。",
    "开展培训十二场次，培训人员三千人次，发放资料一万份，合计￥五万元。",
    "产出指标（50分）得48分，效益指标30分，自评26分；满意度指标10分，自评得分10分。",
    "经自评，项目综合得分九十六分，考核分值：10分，自评分：10分，扣减一分。",
    "全区十四个乡镇中有一个未达标，一季度完成投资一亿元，同比增长一成。",
]


def _readings(text: str) -> list[tuple]:
    return [dataclasses.astuple(q) for q in quantities.quantity_readings(text)]


@pytest.fixture
def without_lone_filter(monkeypatch):
    """quantity_readings with every lone numeral character scanned, as before the filter."""
    cfg = quantities._config()
    monkeypatch.setattr(cfg, "lone_context", None)
    return _readings


NUMERAL_ALPHABET = "一二三十百千万亿两零个件人元次户处座%，。、￥$第约近余多率为是" + "0123456789"


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(400, NUMERAL_ALPHABET, 7, shortest=5))
def test_lone_numerals_dropped_early_change_no_quantity(text, request):
    fast = _readings(text)
    plain = request.getfixturevalue("without_lone_filter")(text)
    assert fast == plain


SCORE_ALPHABET = "产出效益指标满意度自评得分扣减考核分值：:，。（）()" + "0123456789" + "分分分"


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(400, SCORE_ALPHABET, 11, shortest=5))
def test_score_patterns_searched_near_their_fen_find_what_a_whole_scan_finds(text):
    cfg = scores_stage._cfg()
    hits = [m.end() - 1 for m in scores_stage._NUM_FEN.finditer(text)]
    for key in scores_stage._NUM_FEN_RULES:
        rule = cfg[key]
        windowed = [m.span() for m in scores_stage._matches(rule, text, hits)]
        whole = [m.span() for m in rule[0].finditer(text)]
        assert windowed == whole, key


def test_the_windowed_score_rules_are_the_ones_that_can_be():
    # a rule the analysis could not bound falls back to the whole scan: most must be bounded,
    # or the shortcut has quietly stopped working
    cfg = scores_stage._cfg()
    bounded = [key for key in scores_stage._NUM_FEN_RULES if cfg[key][1] is not None]
    assert len(bounded) >= len(scores_stage._NUM_FEN_RULES) - 2


@pytest.mark.parametrize("name", ["boilerplate.json", "sections.json", "commitments.json"])
def test_scoring_a_text_by_code_point_gives_the_bits_of_scoring_its_grams(name):
    from reportnlp.models_io import LinearModel, char_grams

    model = LinearModel.load(name)
    if model is None:
        pytest.skip(f"no {name} in models/")
    # report characters, punctuation, digits, characters no model has seen and ones beyond the BMP
    texts = REPORT_LINES + random_texts(300, "工作总结全年完成下一步存在问题建设推进，。：0123456789第页共\U00020000\U0002a6d6ǎ", 3, shortest=5)
    texts += ["", "页", "第1页 共23页", "下一步" * 100]
    for text in texts:
        for label in model.classes:
            assert model.text_probability(label, text) == model.probability(label, char_grams(text)), text
        assert model.text_proba(text) == model.proba(char_grams(text))
