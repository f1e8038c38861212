"""Shortcuts the commitments stage takes for speed (round 4) give what the plain way gives.

- A paragraph's head is searched for an item title's, a time frame's or a schedule row's time only
  when its first title_len characters (commitments.yml) hold a deadline's character; a title's end is read from the
  sentence that opens it instead of searched for.
- A measure is matched against the structure openings only when it opens with one of their first
  characters or holds one of their words; a lead-in cue is searched in its last characters only.
- A measure's action and a list's lead-in are searched for a deadline only when they hold a
  deadline's character (where a deadline at the action's start would be).
- The deadline alternative that opens with lookbehinds runs behind a lookahead for its first
  characters: the pattern matches as written.
"""
from __future__ import annotations

import random

import pytest
from plain_ways import assert_same_matches
from randtext import random_texts

from reportnlp.lexicons import load_yaml
from reportnlp.patterns import compile_pattern
from reportnlp.stages import commitments as cm
from reportnlp.structure import iter_sentences

REPORT_TEXTS = [
    "1.自查自评(1月3日至1月5日)。各村对照要求开展自查。\n6.2011年工作设想。(1)加强领导。\n",
    "2025年,我局将继续加强队伍建设。\n九月　新生入学教育；教师节感恩活动\n4 月 期中质量检测\n",
    "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n以上报告,请予审议。\n(牵头单位:县水利局;\n",
    "下一步工作打算如下:\n一是年底前完成整改;二是明年3月前投入使用。\n（二）6月底前完成污水管网二期工程；\n",
    "关于“两个责任”落实不到位的问题\n问题:项目尾款结算滞后\n再次感谢您对我局工作的关心和支持!\n",
    "今后,我局将及时给予指导,适时进行验收。重点抓好以下几个方面工作:\n下面我讲三点意见。\n",
]

def token_texts(n: int, tokens: list[str], seed: int, longest: int = 30) -> list[str]:
    """``n`` texts of up to ``longest`` tokens drawn from ``tokens`` (words the shortcuts look at,
    which random characters seldom spell), the same for a seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(1, longest))) for _ in range(n)]


DEADLINE_TOKENS = ["2024年", "2025年,", "年底前", "6月底", "3月", "10日", "前", "至", "到", "(", "（", ")", "）", "。", "，",
                   ",", "：", ":", "\n", "\n", "一季度", "上半年", "明年", "今年", "设想", "计划", "打算", "工作", "将", "我局将",
                   "加强", "九月", "4 月", "份", "1.", "(一)", "自查自评", "阶段", "年内", "春节前", "两个月内", "全年",
                   "每月", "5日前", "要", "完成", "建成", "继续", "新的一年", "下一步"]
DEADLINE_TEXTS = token_texts(3000, DEADLINE_TOKENS, 61)

DEADLINE_ALPHABET = ("年月日前底末旬内季度上下半今明本每第一二三四五十至到从自于在起寒假春节元旦汛期周天小时个工作以之份"
                     "0123456789" + "，。；:：(（)）\n 计划设想安排将要加强完成")


def _plain_head_deadline(text: str, start: int, end: int) -> str | None:
    return (cm._title_deadline(text, start, end) or cm._frame_deadline(text, start, end)
            or cm._schedule_row_deadline(text, start, end))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


@pytest.mark.parametrize("text", REPORT_TEXTS + DEADLINE_TEXTS + random_texts(2000, DEADLINE_ALPHABET, 41, longest=90))
def test_head_and_title_deadlines_read_from_the_sentence_find_what_a_search_finds(text):
    for ss, se in iter_sentences(text):
        end = _line_end(text, ss)
        assert cm._title_deadline(text, ss, end, se) == cm._title_deadline(text, ss, end)
        at_line_start = ss == 0 or text[ss - 1] == "\n"
        assert cm._head_deadline(text, ss, end, se if at_line_start else None) == _plain_head_deadline(text, ss, end)


@pytest.mark.parametrize("text", DEADLINE_TEXTS + random_texts(2000, DEADLINE_ALPHABET, 43, longest=40))
def test_deadline_gates_drop_no_deadline(text):
    c = cm._cfg()
    # a deadline anywhere in a text holds one of the characters the gates look for ...
    if c["deadline"].search(text):
        assert cm._DEADLINE_CHARS.search(text)
    # ... and one at its start holds one within the pattern's reach
    if c["deadline"].match(text):
        assert cm._DEADLINE_CHARS.search(text, 0, cm._widest_match("deadline"))
    # a schedule row's month is within a title's length
    if c["schedule_row"].match(text):
        assert cm._DEADLINE_CHARS.search(text, 0, cm._limits().title_len)


STRUCTURE_TOKENS = ["以上报告", "请予审议", "特此报告", "妥否", "请批示", "感谢您", "再次感谢您对", "关心", "支持", "(", "（",
                    "牵头单位", "责任单位", "完成时限", ":", "：", "县水利局", ")", "）", "。", "原则", "指导思想", "1、", "(一)",
                    "问题", "关于", "的问题", "存在的", "加强", "负责", "配合", "不妥之处", "敬请", "；", "，", "各乡镇"]
STRUCTURE_ALPHABET = ("(（)）牵头配合责任单位部门科室领导人时限时间负责主办协办:：;；。，以上报告汇报特此妥否请不妥之处敬感谢您关心支持"
                      "原则指导思想问题关于的存在反馈具体一二三1234、.")


@pytest.mark.parametrize("piece", REPORT_TEXTS + [line for text in REPORT_TEXTS for line in text.splitlines()]
                         + token_texts(3000, STRUCTURE_TOKENS, 67, longest=10)
                         + random_texts(2000, STRUCTURE_ALPHABET, 47, shortest=1, longest=50))
def test_structure_opening_gate_keeps_every_piece_that_opens_as_structure(piece):
    chars, words = cm._structure_opening_gate()
    if cm._cfg()["structure_opening"].match(piece):
        assert piece[:1] in chars or words.search(piece)


LEAD_IN_TOKENS = ["以下", "如下", "几点", "三个方面", "两件事", "工作", "任务", ":", "：", "。", "做好", "三项", "强调一下",
                  "讲", "三点", "意见", "问题", "要求", "重点", "我", "；", "下面", "的", "12"]
LEAD_IN_ALPHABET = "以下如下几点个方面一二三两12件事项工作任务重点要求意见做好抓好强调讲谈一下问题看法:：。；，的我再"


@pytest.mark.parametrize("piece", token_texts(3000, LEAD_IN_TOKENS, 71, longest=16)
                         + random_texts(2000, LEAD_IN_ALPHABET, 53, shortest=1, longest=80))
def test_lead_in_searched_at_the_end_finds_what_a_whole_search_finds(piece):
    lead_in = cm._cfg()["features"]["lead_in"]
    assert bool(lead_in.search(piece, max(0, len(piece) - cm._lead_in_reach()))) == bool(lead_in.search(piece))


def test_the_gates_are_what_the_rules_allow():
    # each is worked out from the rule file: a change there that a gate cannot follow fails here
    chars, words = cm._structure_opening_gate()
    assert chars and words.pattern
    assert cm._lead_in_reach() < 1 << 62
    assert cm._widest_match("deadline") <= cm._limits().title_len


@pytest.mark.parametrize("text", REPORT_TEXTS + token_texts(2000, DEADLINE_TOKENS, 73, longest=12)
                         + random_texts(1000, DEADLINE_ALPHABET, 59, longest=70))
def test_actions_and_lead_in_deadlines_gated_by_deadline_characters_are_the_plain_ones(text, monkeypatch):
    pieces = [text[ss:se].strip("，,;； \n") for ss, se in iter_sentences(text)]
    gated = [(cm._action(p), cm._lead_in_deadline(p)) for p in pieces]
    monkeypatch.setattr(cm, "_DEADLINE_CHARS", cm.re.compile(""))  # every gate passes: the plain way
    assert gated == [(cm._action(p), cm._lead_in_deadline(p)) for p in pieces]


SEASON_TOKENS = ["控制在", "缩短到", "压缩到", "至", "1", "20", "2025年", "今年", "明年", "寒假", "暑假", "春节", "元旦", "清明节",
                 "国庆", "中秋节", "端午", "五一", "汛期", "主汛期", "入汛", "春耕", "三夏", "秋收", "入冬", "雨季", "冬春农闲",
                 "秋季开学", "会后", "节后", "两", "3", "个", "月", "工作日", "天", "小时", "周", "前", "内", "以内", "之内",
                 "起", "期间", "，", "。", "完成", "在"]


@pytest.mark.parametrize("text", token_texts(3000, SEASON_TOKENS, 79, longest=12))
def test_deadlines_behind_their_first_characters_match_as_written(text):
    c = load_yaml("commitments.yml")
    written = compile_pattern(c["deadline"].replace("MONTH", c["month"]), many_calls=True)
    assert_same_matches(cm._cfg()["deadline"], written, text, anchored=True)
