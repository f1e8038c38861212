"""Shortcuts taken for speed in model scoring and commitment deadlines give what the plain way gives.

The binary models add a text's gram weights as they make its grams and count the grams' norm
without a Counter when the text is short; every named feature's weight is added at C speed, a
missing one as -0.0. These tests score report-like and random texts both ways and ask for the
same bits, so a shortcut that starts to change a score fails here instead of silently."""
from __future__ import annotations

import math
import random
import struct
from collections import Counter

import pytest
from plain_ways import assert_same_matches
from randtext import random_texts

from reportnlp.models_io import (
    LinearModel,
    _gram_norm,
    _sigmoid,
    _text_grams,
    char_grams,
)

REPORT_LINES = [
    "一是实施强村计划，力争年底前经营性收入达到50万元。",
    "下一步，我局将继续加强队伍建设，6月底前完成污水管网二期工程；",
    "2024年全市地区生产总值增长5.8%，明年要做好三件事：",
    "发布时间：2024-05-06  来源：市政府办公室  浏览次数：1024",
    "（二）全面实施阶段（4月1日至4月30日）。各村于12月28日前上报。",
]



# few characters, so that characters and bigrams repeat (overlapping "aa" runs too); astral ones
REPEATING_ALPHABET = "工作完成推进年前底，。12aa\U00020000"
TEXTS = (REPORT_LINES + ["", "a", "aa", "aaa", "abab", "aaaa", "工作工作", "\U00020000\U00020000", "下一步" * 100]
         + random_texts(300, REPEATING_ALPHABET, 5) + random_texts(100, "工作总结全年完成下一步存在问题建设推进", 6))


def _bits(x: float) -> bytes:
    return struct.pack("d", x)


def _plain_binary_probability(model: LinearModel, label: str, text: str, named: dict[str, float] | None) -> float:
    """A binary model's probability the plain way: the grams listed, counted by a Counter, each
    weight looked up by its gram and each named feature added in a loop."""
    grams = char_grams(text)
    counts = Counter(grams).values()
    norm = math.sqrt(sum(c * c for c in counts)) or 1.0
    z = model.bias[0] + sum(w for w in map(model._grams.get, grams) if w) / norm
    for f, v in (named or {}).items():
        w = model._named.get(f)
        if w is not None:
            z = z + w * v
    p = _sigmoid(z)
    return p if label == model.classes[1] else 1 - p if label == model.classes[0] else 0.0


def _random_named(model: LinearModel, rng: random.Random) -> dict[str, float]:
    """Features the model weighs and ones it does not, in random order, with the values features take."""
    known = sorted(model._named)
    names = rng.sample(known, min(len(known), rng.randint(0, 12))) + [f"unknown:{k}" for k in range(rng.randint(0, 3))]
    rng.shuffle(names)
    return {f: rng.choice([1.0, 0.0, rng.random()]) for f in names}


@pytest.mark.parametrize("text", TEXTS)
def test_text_grams_give_the_norm_and_bigrams_of_the_gram_list(text):
    for limit in (12, 20, 21, 200):
        t = text[:limit]
        bigrams, norm = _text_grams(t)
        grams = char_grams(t, limit)
        assert list(bigrams) == grams[len(t):]
        assert _bits(norm) == _bits(_gram_norm(grams)), t
        assert _bits(norm) == _bits(math.sqrt(sum(c * c for c in Counter(grams).values())) or 1.0), t


@pytest.mark.parametrize("name,label", [("commitments.json", "yes"), ("boilerplate.json", "noise")])
def test_binary_scores_made_in_one_pass_are_the_plain_scores_bit_for_bit(name, label):
    model = LinearModel.load(name)
    if model is None:
        pytest.skip(f"no {name} in models/")
    rng = random.Random(9)
    for text in TEXTS:
        for limit in (12, 200):
            named = _random_named(model, rng)
            for lab in model.classes:
                fast = model.text_probability(lab, text, limit, named)
                assert _bits(fast) == _bits(_plain_binary_probability(model, lab, text[:limit], named)), text
                assert _bits(fast) == _bits(model.probability(lab, char_grams(text, limit), named)), text
        # the unnamed score too, and the dict of both classes from a list of grams
        assert _bits(model.text_probability(label, text)) == _bits(_plain_binary_probability(model, label, text, None))


def test_a_missing_named_feature_leaves_a_negative_zero_score_as_it_is():
    model = LinearModel(classes=["no", "yes"], weights={"g:a": [0.5], "f": [0.25]}, bias=[-0.0])
    assert _bits(model._add_named(-0.0, {"missing": 1.0, "other": 0.0})) == _bits(-0.0)
    assert _bits(model._add_named(-0.0, {"missing": 1.0, "f": 2.0})) == _bits(0.5)
    assert model._add_named(1.5, None) == 1.5


# pieces of lead-ins, so that random joins of them match the lead_in cue in each of its ways
LEAD_IN_FRAGMENTS = ["以下", "如下", "几点", "三个方面", "12件事", "做好", "抓好", "三项", "两个", "工作", "任务", "要求",
                     "强调", "讲", "一下", "两点", "问题", "意见", "看法", "部署", ":", "：", "。", "；", "，", "推进", "x",
                     " ", "\n", "重点", "方面"]


def _fragment_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(LEAD_IN_FRAGMENTS) for _ in range(rng.randint(1, 8))) for _ in range(n)]


@pytest.mark.parametrize("piece", REPORT_LINES + _fragment_texts(3000, 12) + random_texts(300, "以下如下几点要求意见问题：:。;", 13))
def test_a_piece_not_ending_as_a_lead_in_holds_no_lead_in(piece):
    from reportnlp.stages.commitments import _LEAD_IN_ENDS, _cfg

    piece = piece.rstrip()  # as _structure_only reads a measure
    if _cfg()["features"]["lead_in"].search(piece):
        assert piece.endswith(_LEAD_IN_ENDS)


@pytest.mark.parametrize("lead_in", ["主要做好以下几点:", "下一步重点抓好三个方面：", "抓好三项重点工作。", "会上强调一下两个问题",
                                     "强调一下几点意见", "讲两点看法", "会上强调两点要求"])
def test_each_lead_in_ending_is_let_through(lead_in):
    from reportnlp.stages.commitments import _LEAD_IN_ENDS, _cfg

    assert _cfg()["features"]["lead_in"].search(lead_in)
    assert lead_in.endswith(_LEAD_IN_ENDS)
    assert {p[-1] for p in ("以下:", "以下：", "工作。", "问题", "意见", "看法", "要求")} == set(_LEAD_IN_ENDS)


DEADLINE_ALPHABET = ("从自于到在今明次翌本每年月日底末前内起以之上中下旬初份半季度第首一二三四五六七八九十两个0123456789xX"
                     "至—–-寒暑假春节元旦国庆汛期开学入周工作天小时会后长期坚持届全控制缩短压减，。、")
DEADLINE_LINES = REPORT_LINES + ["于2024年12月1日至12月10日完成", "在2025年底前建成", "从今年9月份起", "到明年三季度末",
                                 "控制在3天内", "汛期前完成", "会后两个工作日内上报", "每季度末月10日前报送",
                                 "元旦、春节前", "本月底前", "开学后第二周", "20xx年4月前", "今后三年", "首季度"]


@pytest.fixture(scope="module")
def deadline_patterns():
    """The deadline pattern as the stage runs it, and as the rule file spells it."""
    from reportnlp.lexicons import load_yaml
    from reportnlp.patterns import compile_pattern
    from reportnlp.stages.commitments import _cfg

    c = load_yaml("commitments.yml")
    return _cfg()["deadline"], compile_pattern(c["deadline"].replace("MONTH", c["month"]), many_calls=True)


@pytest.mark.parametrize("text", DEADLINE_LINES + random_texts(3000, DEADLINE_ALPHABET, 21))
def test_deadlines_split_at_their_openings_match_as_written(text, deadline_patterns):
    split, written = deadline_patterns
    assert_same_matches(split, written, text, anchored=True)


def test_no_deadline_alternative_opens_with_an_optional_group():
    # the split must go on working: an alternative opening with "(?:…)?" is entered at every candidate position
    from reportnlp.patterns import _group_end, top_level_branches
    from reportnlp.stages.commitments import _cfg, _opening_splits, _with_openings

    assert _with_openings("(?:a|b)?(?:c)?d|e(?:f)?|(?:g)??h") == "(?:a|b)(?:c)?d|(?:c)d|d|e(?:f)?|(?:g)??h"
    source = _cfg()["deadline"].compiled.pattern  # behind compile_pattern's first-character lookahead
    lookahead_end = _group_end(source, 0)
    assert source[lookahead_end + 1:lookahead_end + 4] == "(?:"
    branches = top_level_branches(source[lookahead_end + 4:-1])
    assert len(branches) > 13
    assert all(_opening_splits(b) == [b] for b in branches)
