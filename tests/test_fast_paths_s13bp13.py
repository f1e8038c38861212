"""Shortcuts taken for speed in the boilerplate stage (round 13) give what the plain way gives.

- the news caption patterns run on re, with regex's meaning;
- a page's first lines of sentences are settled before their blanks are taken out (broken title copies).
"""
from __future__ import annotations

import functools
import random
from pathlib import Path

import regex
from plain_ways import page_before
from randtext import random_texts

from reportnlp.lexicons import load_yaml
from reportnlp.patterns import resolved
from reportnlp.stages import boilerplate

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpora" / "raw").glob("*"))[::9]


@functools.cache
def _page_texts() -> list[str]:
    return [page_before("boilerplate", path).text for path in PAGES]


@functools.cache
def _caption_lines() -> list[str]:
    lines = [line.strip() for text in _page_texts() for line in text.split("\n") if line.strip()]
    words = "院长书记主任局长主持会议作做年度工作报告为颁奖颁发授牌荣获先进集体称号给向拜年代表党员职工投票宣誓合影留念" \
            "大合唱朗诵《》“”、·的区县镇2024"
    # captions put together from the patterns' pieces, with runs of names of every length before them
    rng = random.Random(134)
    pieces = [("", "为", "、"), ("院长", "书记", "县长", "代表", "党员", "领导", "荣获"),
              ("主持会议", "作2024年度工作报告", "做报告", "颁奖", "投票表决", "给大家拜年", "“先进集体”称号", "合影留念")]
    built = ["".join(rng.choice("张王李明华区镇的·、") for _ in range(rng.randint(0, 16)))
             + "".join(rng.choice(p) for p in pieces) for _ in range(3000)]
    return list(dict.fromkeys([*lines, "县长作2024年度政府工作报告", "为先进个人颁奖", "全体党员重温入党誓词",
                               "诗朗诵《我的祖国》", "李明荣获“优秀党员”称号", "优秀组织奖", "", *built,
                               *random_texts(3000, words, 133, shortest=1, longest=34)]))


def test_news_caption_patterns_on_re_match_as_on_regex():
    max_len, line, award = boilerplate._rules()["news_caption"]
    cfg = load_yaml("boilerplate.yml")["news_caption"]
    assert type(resolved(line.pattern)).__module__ == "re" and type(resolved(award)).__module__ == "re"
    plain_line, plain_award = regex.compile(cfg["line"]), regex.compile(cfg["award"])
    hits = 0
    for item in _caption_lines():
        got, want = line.search(item), plain_line.search(item)
        assert (got and got.span()) == (want and want.span()), item
        got, want = resolved(award).match(item), plain_award.match(item)
        assert (got and got.span()) == (want and want.span()), item
        hits += want is not None
    assert hits


def _broken_title_copies_plain(decided, lines, classified):
    """boilerplate._broken_title_copies as it read before its lines of sentences were settled first."""
    top = min(len(lines), boilerplate._limits().broken_title_top)

    def gone(k):
        if decided[k] is not None:
            return True
        parts = classified[k][1]
        return bool(parts) and sum(b - a for a, b in parts) >= len(lines[k].strip())

    for i in range(top):
        head = "".join(lines[i].split())
        if decided[i] is not None or not boilerplate._limits().broken_title_min <= len(head) <= boilerplate._limits().broken_title_max \
                or boilerplate.SENTENCE_MARK.search(head):
            continue
        j = i + 1
        while j < top and gone(j):
            j += 1
        if j + 1 >= len(lines) or decided[j + 1] is not None:
            continue
        a, b = "".join(lines[j].split()), "".join(lines[j + 1].split())
        if len(a) >= 2 and len(b) >= 2 and a + b == head:
            return [j, j + 1]
    return []


def test_broken_title_copies_settle_lines_of_sentences_first_as_the_plain_way_does():
    rng = random.Random(135)
    pieces = ["我县召开", "2026年", "《意见》", "征求座谈会", "全县", "工作", "。", "；", "!", " ", "\u3000", "\t"]
    found = 0
    for _ in range(4000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        cut = rng.randint(0, len(title))
        lines = [title, *(rng.choice(["首页 > 新闻", "发布时间:2026-01-02", "来源:县政府办"]) for _ in range(rng.randint(0, 2))),
                 title[:cut], title[cut:], "正文第一句话。"]
        lines = [line for line in lines if line.strip()] or ["工作"]
        rng.shuffle(lines) if rng.random() < 0.2 else None
        decided = [rng.choice([None, None, None, "breadcrumb"]) for _ in lines]
        classified = [(None, rng.choice([None, ((0, 2),)]), False) for _ in lines]
        want = _broken_title_copies_plain(decided, lines, classified)
        assert boilerplate._broken_title_copies(decided, lines, classified) == want, (lines, decided)
        found += bool(want)
    assert found  # copies are found, and lines of sentences skipped
