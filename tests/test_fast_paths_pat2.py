"""LineRules' split heads and bodies find what trying every rule one by one finds.

LineRules tries some rules apart from the merged patterns, each behind a literal gate (a line
without …, ＞ or 摄 skips the pagination, breadcrumb and caption rules), and skips the patterns
whose rules are all for shorter lines. These tests compare leftmost() and spans() with the plain
way (every rule's own patterns, in file order) on report-like and chrome-like lines and on random
mixes of the characters the gates and rules look at, so a gate that starts to drop a match fails here."""
from __future__ import annotations

import pytest
from plain_ways import plain_rule_spans
from randtext import random_texts

from reportnlp.stages import boilerplate

LINES = [
    "全年新建村级服务站十个，改造一处，投入资金一百二十万元，惠及群众万余人。",
    "首页 > 新闻中心 > 工作动态",
    "首页》通知公告》正文",
    "第一章 总则………………………… 12",
    "一、部门基本情况..........3",
    "县委书记张三在会上讲话(李四 摄)",
    "(通讯员 王五 供稿)",
    "通讯员 王五",
    "联系邮箱：abc@example.com 电话：12345678",
    "本文共3页 下载文档到电脑，查找使用更方便 12积分",
    "2023年工作总结.docx",
    "首页 | 新闻 | 公告 | 联系我们",
    "某某网 政务频道",
    "座谈会现场",
    "2楼发不下了，分两楼发",
    "县政府门户网站",
    "索引号：11330000002482076X/2023-123456",
    "第12期(总第345期)",
    "3 / 12",
    "图为活动现场。记者 赵六 摄",
    "• 文档编号：20230101 上传时间：2023-01-01",
    "- 大小：2.5MB",
    "● 页数：12",
    "* 首页 > 新闻中心 > 工作动态",
    "▲ 第3页/共12页",
]

ALPHABET = ("…．.·•‥>》»›|｜_@页字分摄供稿记者通讯员实习生现场合影宣布开幕向大会作()（）:：,，。"
            "首页新闻网站门户政府索引号第期总工作简报我市完成年月日的人楼发 " + "0123456789" + "abcomnetAZ")


CASES = LINES + random_texts(1500, ALPHABET, 5, shortest=1, longest=70)


def _plain_leftmost(rules, line: str):
    """The rule matching leftmost (ties: file order), every rule tried on its own."""
    best = None
    for order, rule in enumerate(rules):
        if len(line) > rule.max_len:
            continue
        starts = []
        if rule.at_start is not None and rule.at_start.match(line):
            starts.append(0)
        if rule.anywhere is not None and (m := rule.anywhere.search(line)):
            starts.append(m.start())
        if starts and (best is None or min(starts) < best[0]):
            best = (min(starts), order)
    return None if best is None else rules[best[1]]


@pytest.fixture(scope="module")
def line_rules():
    return boilerplate._rules()["line_rules"]


def test_some_rules_are_tried_apart_behind_gates(line_rules):
    assert any(gate for _, _, gate in line_rules._heads)
    assert any(gate for _, _, gate in line_rules._bodies)


@pytest.mark.parametrize("line", CASES)
def test_leftmost_is_the_plain_leftmost(line_rules, line):
    assert line_rules.leftmost(line) is _plain_leftmost(line_rules.rules, line)


@pytest.mark.parametrize("line", CASES)
def test_spans_are_theplain_rule_spans(line_rules, line):
    for min_max_len in (0, boilerplate._rules()["inline_rule_len"]):
        fast = [(order, span) for order, span, _ in line_rules.spans(line, min_max_len)]
        assert fast == plain_rule_spans(line_rules.rules, line, min_max_len)


# -- structure.yml: possessive length checks ------------------------------------------------

TITLE_ALPHABET = "工作总结报告讲话通知方案第一二部分章篇板块县我市年度（）()，,。:：\n 0123456789"


def _structure_length_checked() -> list[str]:
    from reportnlp.lexicons import load_yaml
    cfg = load_yaml("structure.yml")
    found = [cfg["join_broken"], cfg["documents"]["headline"], cfg["documents"]["title_line"]]
    assert all("}+$)" in p for p in found)
    return found


@pytest.mark.parametrize("pattern", _structure_length_checked())
def test_possessive_length_checks_match_what_the_plain_ones_match(pattern):
    import re
    fast, plain = re.compile(pattern), re.compile(pattern.replace("}+$)", "}$)"))
    texts = LINES + random_texts(3000, TITLE_ALPHABET, 3, longest=130)
    texts += [t + "工作总结" for t in texts[:500]] + [t + "\n" for t in texts[:500]]
    for text in texts:
        a, b = fast.match(text), plain.match(text)
        assert (a and a.span()) == (b and b.span()), text


# -- boilerplate: report text needs a sentence mark -------------------------------------------

REPORT_ALPHABET = "我市完成投资万元同比增长年月日是的在了和为有关于文库下载版权所有。！？!?，,；;\n 0123456789"


def _plain_is_report_text(text: str) -> bool:
    return any(boilerplate._rules()["report_words"].search(m.group()) and not boilerplate._cue_noise(m.group())
               for m in boilerplate._CONTENT_SENTENCE.finditer(text))


@pytest.mark.parametrize("seed", range(4))
def test_report_text_found_without_the_mark_check_is_the_same(seed):
    texts = LINES + random_texts(1500, REPORT_ALPHABET, seed, shortest=1, longest=120)
    assert [boilerplate._is_report_text(t) for t in texts] == [_plain_is_report_text(t) for t in texts]
    assert any(map(_plain_is_report_text, texts))


# -- boilerplate: bullets and brackets looked for only where they can be ----------------------

class _Everything:
    """A stand-in for a character set holding every character: the plain way, sub on every line."""

    def __contains__(self, item: str) -> bool:
        return True


LINE_ALPHABET = "•·▪●◆■►▲▼-–*—◎ \t　(（)）文档编号大小上传时间下载积分版权所有我市完成。，:：0123456789ab"


@pytest.mark.parametrize("seed", range(3))
def test_lines_judged_with_the_bullet_check_as_without(seed, monkeypatch):
    lines = LINES + random_texts(1500, LINE_ALPHABET, seed, shortest=1, longest=40)
    fast = [boilerplate._classify_line(line) for line in lines]
    monkeypatch.setattr(boilerplate, "_BULLETS", _Everything())
    assert fast == [boilerplate._classify_line(line) for line in lines]


def test_brackets_are_removed_only_where_an_opening_one_is():
    for text in random_texts(3000, LINE_ALPHABET, 9):
        if "(" not in text and "（" not in text:
            assert boilerplate._BRACKETED.sub("", text) == text
