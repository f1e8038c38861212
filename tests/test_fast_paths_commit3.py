"""Shortcuts the commitments stage takes for speed give what the plain way gives.

- The cues pattern runs with each alternative that opens with a group split into one alternative
  per way through it (so re finds their first characters by itself): it matches as written.
- A feature cue with runs (describe, target_shape) resumes one scan of its lean alternatives
  after each run hit: its starts are those of the whole cue's finditer.
- Extraction leaves a structure-only measure out before its features are built: the candidates it
  keeps are those the plain way (every candidate, then the structure test) keeps, features and all.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from plain_ways import assert_same_matches
from randtext import random_texts

from reportnlp.api import process
from reportnlp.lexicons import load_yaml
from reportnlp.patterns import compile_pattern
from reportnlp.stages.commitments import (
    _cfg,
    _cue_scans,
    _structure_only,
    _word_openings,
    commitment_candidates,
)
from reportnlp.stages.decode import decode

REPORT_LINES = [
    "下一步,我局将继续加强队伍建设,并将进一步完善制度,确保年底前完成。",
    "我们要求各单位于6月底前上报,主要负责同志要亲自抓,需要时可延期。",
    "我镇计划在今年10月末以前建成,力争明年3月前投入使用,今后将适时推广。",
    "还将加快进度,将继续将工作落实到位;应当加强,应增加投入,努力做到全覆盖。",
    "考评分为领导评价和民意调查两个二级指标,在此基础上,要抓好落实;评估周期上,以往往年目前。",
    "全年增长6.5%左右,提高到80%以上,控制在3%以内,12个以上,达到100人,不低于90%。",
]


@pytest.fixture(scope="module")
def cue_patterns():
    """The cues pattern as the stage runs it, and as the rule file spells it."""
    return _cfg()["cues"], compile_pattern(load_yaml("commitments.yml")["cues"], many_calls=True)


CUE_ALPHABET = "要主重需求点还并我们局将继续进一步于在把加快力争确保计划拟应当增调努做到今后下步日月底末年前以之，。的工作"


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(3000, CUE_ALPHABET, 31))
def test_cues_split_at_their_openings_match_as_written(text, cue_patterns):
    split, written = cue_patterns
    assert_same_matches(split, written, text)


def test_word_openings_split_each_way_in_the_order_re_tries_them():
    assert _word_openings("(?:a|b)?c|(?:d|ef)(?:g|h)i|j(?:k)?|(?:l)+m") == "ac|bc|c|d(?:g|h)i|ef(?:g|h)i|j(?:k)?|(?:l)+m"
    with pytest.raises(ValueError):
        _word_openings("(a|b)c")


def test_every_cue_alternative_opens_with_a_character():
    # else compile_pattern puts the pattern behind a lookahead tried at every position of a report
    assert not _cfg()["cues"].compiled.pattern.startswith("(?=")


RUN_ALPHABET = "分为和与及两个指标方面包括主要有是作为依据上，,要在此基础增长提高控制达到以内左右不低于.%0123456789８"


@pytest.mark.parametrize("name", ["describe", "target_shape"])
@pytest.mark.parametrize("text", REPORT_LINES + random_texts(1500, RUN_ALPHABET, 37, longest=80))
def test_cue_scans_with_runs_find_what_finditer_finds(name, text):
    scan = _cue_scans()[name]
    assert scan.lean is not None  # the cue has runs: the fast path is the one tested
    assert scan.starts(text) == [m.start() for m in scan.cue.finditer(text)]


SEED_DIR = Path(__file__).resolve().parents[1] / "corpora" / "raw"
REPORT_TEXTS = [
    ("现将有关事项通知如下:\n一、工作目标\n2025年底前完成全部整改。\n二、主要措施\n(一)加强领导。各单位要高度重视。\n"
     "(二)全面实施阶段(4月1日至6月30日)。\n参加会议人员:\n(1)乡镇机关为全体干部职工。\n以上报告,请予审议。\n"),
    ("2024年工作总结\n一、主要做法\n全年完成培训1200人次。\n二、存在的不足\n人员不足。\n三、明年工作打算\n"
     "下一步,我们将抓好以下工作:\n1.加强队伍建设。\n2.完善制度,力争年底前出台办法。\n——在巩固农业基础上求实效。\n"
     "(牵头单位:县水利局;配合单位:各乡镇)\n六、明年工作打算\n特此报告。\n"),
    # the items of a list of who takes part (a notice's parts past its opening direct work to come)
    ("关于开展年度考核工作的通知\n各单位:\n现将有关事项通知如下:\n三、考核程序\n参加述职会议人员:\n"
     "(1)乡镇机关为全体干部职工、村(居)“两委”负责人及部分党代表。\n(2)县直各单位为全体干部职工及部分服务对象代表。\n"
     "述职会议结束后,每个单位推荐1名群众满意干部。\n"),
]


def _candidate_rows(cands) -> list[tuple]:
    return [(c.start, c.end, c.section, c.cue, c.deadline, c.targets, c.head, list(c.named.items()), c.group,
             c.year, c.chain) for c in cands]


def _texts() -> list[str]:
    seeds = sorted(SEED_DIR.glob("*.txt"))[::12]  # ~40 report pages of every kind
    return REPORT_TEXTS + [decode(p.read_bytes()).text for p in seeds]


@pytest.mark.parametrize("text", _texts() + random_texts(60, CUE_ALPHABET + "一二三、(（)）:：\n", 41, 20, 300))
def test_structure_left_out_before_features_keeps_what_the_plain_way_keeps(text):
    for part in process(text).parts:
        plain = [c for c in commitment_candidates(part) if not _structure_only(part.text, c)]
        assert _candidate_rows(commitment_candidates(part, structure=False)) == _candidate_rows(plain)
