"""Shortcuts the commitments stage takes for speed (round 5) give what the plain way gives.

- A report's measures are scored in one classifier call (CommitmentClassifier.probabilities), their
  heads read as UTF-16 code units: each probability is the one ``probability`` gives, to the bit.
- The feature cues no two of which take up a common character (oblig, aim, more) are found by one
  scan of their alternatives together: each cue's hits are those its own scan finds.
"""
from __future__ import annotations

import random

import pytest
from randtext import random_texts

from reportnlp.document import Document
from reportnlp.models_io import commitment_classifier
from reportnlp.stages import commitments as cm

# measure heads as the stage makes them, and what makes the ways part: repeated characters and
# bigrams (the norm's counts), characters beyond the BMP (the strings' way), heads longer than a
# short text, none at all
HEAD_ALPHABET = "加强推进完善建立落实开展我局将要继续进一步做好工作年底前完成2025年,，、。的了是在和有不一二三" + "𠀀𪚥😀\ud800"


def _heads(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    heads = random_texts(n, HEAD_ALPHABET, seed, longest=14)
    heads += ["", "加", "加加", "加强加强", "推进推进推进", "😀加强", "加强" * 12]
    heads += ["".join(rng.choice("加强推") for _ in range(rng.randint(1, 12))) for _ in range(300)]
    return heads


def _nameds(n: int, seed: int) -> list[dict[str, float]]:
    rng = random.Random(seed)
    model = commitment_classifier().model
    known = sorted(model._named)
    return [{rng.choice(known + ["open:没有", "no such feature"]): rng.choice([1.0, 1.0, 0.0, 0.5])
             for _ in range(rng.randint(0, 14))} for _ in range(n)]


def _report_candidates() -> list[cm.Candidate]:
    texts = [
        "下一步工作打算如下:\n一是年底前完成整改;二是明年3月前投入使用。\n（二）6月底前完成污水管网二期工程；\n",
        "今后,我局将及时给予指导,适时进行验收。重点抓好以下几个方面工作:\n1.加强加强队伍建设。\n2.推进推进信息化。\n",
        "2025年,我局将继续加强队伍建设,力争新增学位5万个,确保年内建成。要进一步完善制度,务必抓紧落实。\n",
    ]
    out = []
    for text in texts:
        doc = Document(text=text)
        doc.spans.update({"metrics": [], "sections": []})
        out += cm.commitment_candidates(doc, structure=False)
    return out


@pytest.mark.skipif(commitment_classifier() is None, reason="no trained commitment model")
@pytest.mark.parametrize("seed", range(6))
def test_probabilities_of_a_report_are_each_measures_probability(seed):
    clf = commitment_classifier()
    heads = _heads(400, 300 + seed)
    nameds = _nameds(len(heads), 500 + seed)
    rng = random.Random(seed)
    for size in (1, 2, 5, 17, len(heads)):  # reports of few and of many measures
        start = rng.randrange(0, max(1, len(heads) - size))
        part = slice(start, start + size)
        plain = [clf.probability(h, n) for h, n in zip(heads[part], nameds[part])]
        assert clf.probabilities(heads[part], nameds[part]) == plain
    assert clf.probabilities([], []) == []


@pytest.mark.skipif(commitment_classifier() is None, reason="no trained commitment model")
def test_probabilities_of_real_measures_are_their_probabilities():
    clf = commitment_classifier()
    cands = _report_candidates()
    assert len(cands) > 5
    heads, nameds = [c.head for c in cands], [c.named for c in cands]
    assert clf.probabilities(heads, nameds) == [clf.probability(h, n) for h, n in zip(heads, nameds)]


# words of the cues scanned together, and of the others (which share their characters: 不足, 需要,
# 取得), with what their lookarounds read (主要, 相应, 应该)
CUE_TOKENS = ["要", "主要", "需要", "要求", "重要", "必须", "务必", "应当", "须", "应", "相应", "对应", "应该", "请各",
              "力争", "争取", "取得", "确保", "努力", "力求", "全力", "尽快", "抓紧", "早日", "进一步", "下一步", "继续",
              "不断", "不足", "持续", "深入", "不", "了", "已", "将", "计划", "问题", "加强", "工作", "，", "。", "\n",
              "我局", "的", "一", "步", "续"]


def _token_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(CUE_TOKENS) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_cues_scanned_together_are_the_character_disjoint_ones():
    together = cm._merged_cues()
    assert together >= {"oblig", "aim", "more"}  # what the scan saves: two whole-text scans a report
    for _, cue_of in cm._merged_cue_scans():
        names = set(cue_of.values())
        scans = cm._cue_scans()
        # no text that one of them matches holds a character another one takes up
        for name in names:
            for text in _token_texts(300, 7):
                for m in scans[name].cue.compiled.finditer(text):
                    assert all(cue_of.get(ch, name) == name for ch in m.group())


@pytest.mark.parametrize("seed", range(4))
def test_cues_scanned_together_find_what_each_cue_finds(seed):
    texts = _token_texts(1500, 11 + seed) + random_texts(1000, "".join(CUE_TOKENS), 21 + seed, longest=80)
    scans = cm._cue_scans()
    for text in texts:
        found = cm._FeatureScan(text).starts
        for name in scans:
            if name != "past":  # kept where no forward cue aims at it (_aimed_total)
                assert found.get(name, []) == scans[name].starts(text), (name, text)


LEAD_TOKENS = ["下一步", "打算", "计划", "如下", ":", "：", "存在", "问题", "不足", "表现为", "解决", "整改", "人员", "对象",
               "范围", "为", "是", "。", "；", "主要", "工作", "今年", "要", "以下几个"]


def test_lead_in_kinds_read_once_are_what_each_read_gives():
    cm._lead_kinds.cache_clear()
    rng = random.Random(5)
    leads = ["".join(rng.choice(LEAD_TOKENS) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for lead in leads + leads[::-1]:  # each read again from the memo
        relayed = cm._cfg()["reported_directive_lead"].search(lead) is not None
        plans = relayed or cm._announces_plans(lead)
        assert cm._lead_kinds(lead) == (plans, not plans and cm._announces_problems(lead),
                                        bool(cm._cfg()["scope_lead"].search(lead)), relayed)
