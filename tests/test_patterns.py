"""The fast forms of rule patterns match exactly what the plain patterns match."""
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reportnlp.lexicons import load_yaml
from reportnlp.patterns import (HAN, WHITE_SPACE, Alternatives, LazyPattern, LineRule, LineRules, anchored_finditer,
                                compile_pattern, literal_gate, may_match, resolved, top_level_branches)
from reportnlp.stages.metadata import _cfg as metadata_cfg


def test_top_level_branches_split_only_outside_groups_and_classes():
    assert top_level_branches(r"^a|b(c|d)|[|]x|\|y") == ["^a", "b(c|d)", "[|]x", r"\|y"]
    assert top_level_branches("abc") == ["abc"]


# pieces of report text and of the metadata vocabulary, so random texts hold real matches
_PIECES = ["某某", "县", "市", "区", "镇", "街道", "人民政府", "政务服务中心", "局", "在", "根据", "的", "，",
           "、", "xx", "我", "今年", "工作", "中", "自治区", "党委", "(", "认真", "〔", "〕", "2019", "12", "号",
           "发", " "]
texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(texts)
def test_names_found_from_their_suffix_equal_a_plain_scan(text):
    for key in ("unit_name", "document_number"):  # regions: reportnlp/regions.py
        rule = metadata_cfg()[key]
        plain = [m.span() for m in rule.pattern.finditer(text)]
        fast = [m.span() for m in anchored_finditer(rule.pattern, rule.anchor, text, rule.reach)]
        assert fast == plain, key


LINES = ["第3页/共23页", "当前位置：首页 > 工作总结 > 自查报告", "本文地址：http://x.com/a.html",
         "浏览次数：1234", "文章来源于网络，版权所有", "2019年全镇受理信访件31件，办结率100%",
         "关注我们的微信公众号", "上一篇：年度工作总结", "联系邮箱abc@qq.com", "看了“工作总结”的人还看了",
         "发布时间：2018-01-09 15:42阅读：1.7万来源：某某范文站", "分类：工作总结|标签：档案总结|浏览(1437)",
         "一、主要做法", "，。"]
LINES_TEXT = "\n".join(LINES)


def _plain_rules():
    return [(r["kind"], r["max_len"], regex.compile(r["pattern"], regex.M))
            for r in load_yaml("boilerplate.yml")["line_rules"]]


def _rule_set():
    return LineRules([LineRule(r["kind"], r["max_len"], r["pattern"])
                      for r in load_yaml("boilerplate.yml")["line_rules"]])


def test_line_rules_pick_the_leftmost_match_as_one_alternation_would():
    rules = _rule_set()
    for line in LINES:
        # the plain meaning: leftmost match of any rule for the line's length, ties to file order
        found = [(m.start(), i, kind) for i, (kind, max_len, p) in enumerate(_plain_rules())
                 if len(line) <= max_len and (m := p.search(line))]
        expected = min(found)[2] if found else None
        got = rules.leftmost(line)
        assert (got.kind if got else None) == expected, line


def test_line_rules_inside_a_long_line_cover_every_plain_match():
    rules = _rule_set()
    line = "2019年全镇受理信访件31件，办结率100%" + "".join(LINES) + "扫一扫关注"
    plain = {k for _, _, p in _plain_rules() for m in p.finditer(line) for k in range(*m.span())}
    ours = {k for _, span, _ in rules.spans(line) for k in range(*span)}
    assert plain and ours == plain


def _resource_patterns():
    """Every rule pattern of the data files (as in test_long_lines.py)."""
    import yaml

    from reportnlp.lexicons import RESOURCES

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from walk(v)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v)
        elif isinstance(node, str) and any(ch in node for ch in "[(?|\\^$"):
            try:
                regex.compile(node)
            except regex.error:
                return  # a character list, not a pattern
            yield node

    for path in sorted(RESOURCES.glob("*.yml")):
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_han_and_white_space_are_the_code_points_regex_gives_them():
    import re
    for ours, theirs in ((f"[{HAN}]", r"\p{Han}"), (f"[{WHITE_SPACE}]", r"\s")):
        mine, reference = re.compile(ours), regex.compile(theirs)
        assert all(bool(mine.match(ch)) == bool(reference.match(ch)) for ch in map(chr, range(0x110000))), theirs


def test_case_insensitive_groups_spelt_for_re_match_what_regex_does():
    import re
    import string

    from reportnlp.patterns import _CASE_FOLDS, _case_classes, _for_re

    everything = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:  # each letter's class holds what regex takes for it
        assert set(regex.findall(f"(?i){letter}", everything)) == set(_CASE_FOLDS.get(letter, letter + letter.upper()))
    assert isinstance(resolved(compile_pattern(r"\d{1,4}页(?i:kb|mb)")), re.Pattern)
    texts = ["ICP备2023号 Copyright © 2024 All Rights Reserved", "İCP备1 ıcp备2 \u212aB ſource: x", "3页 12KB", "a.DOCX (12 kb)"]
    for pattern in (r"(?i:copyright|all rights reserved|icp备|icp\d{4,})", r"\d{1,4}\s?页\s{0,3}[\d.]{0,6}(?i:kb|mb|k|m)",
                    r"\.(?i:docx?|pdf)\s?[(（]\s?[\d.]{1,8}\s?(?i:kb|mb|k|m)[)）]", r"^(?i:pub_?date|source)[:：]"):
        ours, theirs = re.compile(_for_re(pattern)), regex.compile(pattern)
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], pattern
    for kept in (r"(?i:[a-z])", r"(?i:\x41)", r"(?i:(?P<n>a))", r"(?i:é)", r"(?i:[^]a])"):
        assert _case_classes(kept[4:-1]) is None, kept


def test_patterns_compiled_for_re_match_as_regex_does():
    import re
    from pathlib import Path

    texts = [LINES_TEXT] + [p.read_text(encoding="utf-8", errors="replace")[:20_000]
                            for p in sorted((Path(__file__).parent.parent / "corpora" / "raw").glob("*"))[::6]]
    moved = 0
    for pattern in _resource_patterns():
        ours, theirs = resolved(compile_pattern(pattern, many_calls=True)), regex.compile(pattern)
        moved += isinstance(ours, re.Pattern)
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], pattern
    assert moved > 100  # most rule patterns run on re


def test_a_literal_gate_never_turns_away_a_text_that_matches():
    from pathlib import Path

    texts = [LINES_TEXT] + [p.read_text(encoding="utf-8", errors="replace")[:20_000]
                            for p in sorted((Path(__file__).parent.parent / "corpora" / "raw").glob("*"))[::3]]
    gated = 0
    for pattern in _resource_patterns():
        gate = literal_gate(pattern, regex.M)
        gated += bool(gate)
        compiled = regex.compile(pattern, regex.M)
        for text in texts:
            # around each match too: a short text that holds a match must pass as well
            windows = [text] + [text[max(0, m.start() - 20):m.end() + 20] for m in compiled.finditer(text)]
            assert all(may_match(gate, w) for w in windows if compiled.search(w)), pattern
    assert gated > 100  # most rule patterns name words a text must hold


def test_alternatives_kept_per_text_match_as_the_whole_alternation():
    from pathlib import Path

    texts = [LINES_TEXT, "", "20xx年我xx县突破***亿元，第次会议，参合率达 %，共发展党员名。"] + [
        p.read_text(encoding="utf-8", errors="replace")[:20_000]
        for p in sorted((Path(__file__).parent.parent / "corpora" / "raw").glob("*"))[::2]]
    items = load_yaml("metadata.yml")["placeholders"]
    whole, alternatives = regex.compile("|".join(f"(?:{p})" for p in items)), Alternatives(items)
    for text in texts:
        assert [m.span() for m in alternatives.finditer(text)] == [m.span() for m in whole.finditer(text)]
        found, expected = alternatives.search(text), whole.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_alternatives_merge_overlapping_hits_as_one_alternation_would():
    # a later alternative matching earlier wins; at one start the first listed wins; a hit
    # overlapping the one taken is dropped and that alternative is searched again after it
    items = ["甲乙丙", "乙丙丁|甲乙", "丙丁", "丁戊"]
    whole, alternatives = regex.compile("|".join(f"(?:{p})" for p in items)), Alternatives(items)
    for text in ["甲乙丙丁戊", "乙丙丁戊甲乙", "丙丁丁戊", "甲乙甲乙丙丁", "戊" * 50 + "丙丁戊乙丙丁"]:
        assert [m.span() for m in alternatives.finditer(text)] == [m.span() for m in whole.finditer(text)], text


def test_literal_gates_hold_the_words_every_match_needs():
    assert literal_gate("文档为[a-zA-Z]{2,4}格式") == (frozenset({"文档为"}), frozenset({"格式"}))
    # one word of each alternative; a class of a few characters is a clause of its own
    assert literal_gate("[(（](?:记者|通讯员)") == (frozenset("(（"), frozenset({"记者", "通讯员"}))
    assert literal_gate("a?b*(?!c)") == ()  # nothing must occur
    assert literal_gate(r"(?i:\p{Lu}x)") == () and literal_gate(r"\w+版") == ()  # only regex runs these
    assert may_match(literal_gate("(?:最新|精选)\\d"), "精选1") and not may_match(literal_gate("最新|精选"), "最近")


def test_the_first_characters_of_every_match_are_in_their_classes():
    """The lookaheads put before patterns (and merged line rules) never turn a match away."""
    import re
    from pathlib import Path

    from reportnlp.patterns import _for_re, _prefix_classes, _sre

    texts = [LINES_TEXT] + [p.read_text(encoding="utf-8", errors="replace")[:20_000]
                            for p in sorted((Path(__file__).parent.parent / "corpora" / "raw").glob("*"))[::6]]
    known = 0
    for pattern in _resource_patterns():
        spelt = _for_re(pattern)
        if spelt is None:
            continue
        classes = [c and re.compile(f"[{''.join(c)}]") for c in _prefix_classes(_sre.parse(spelt, re.M).data, 2, True)]
        known += classes[1] is not None
        compiled = regex.compile(pattern, regex.M)
        for text in texts:
            for m in compiled.finditer(text):
                for k, cls in enumerate(classes):
                    assert cls is None or (m.start() + k < len(text) and cls.match(text[m.start() + k])), pattern
    assert known > 100


def test_only_patterns_re_can_run_move_to_re():
    import re
    assert isinstance(resolved(compile_pattern(r"[\s、]{2,4}(?:局|委)")), re.Pattern)
    # a Han class is slow to compile for re: only worth it for a pattern run on every line
    assert isinstance(resolved(compile_pattern(r"[\p{Han}\s]{2,4}(?:局|委)")), regex.Pattern)
    assert isinstance(resolved(compile_pattern(r"[\p{Han}\s]{2,4}(?:局|委)", many_calls=True)), re.Pattern)
    for only_regex in (r"\bword", r"\w+", r"(?i:[a-z]b)", r"(?i)kb", r"(?<=[\p{Han}]{2,3})镇", r"\p{Latin}", r"(?r)x"):
        assert isinstance(resolved(compile_pattern(only_regex)), regex.Pattern), only_regex
    # a lookahead for the first characters keeps what an alternation of groups matches
    words = compile_pattern("(?P<a>年度指标值|指标值)|(?P<b>得分|自评分)")
    assert [(m.lastgroup, m.group()) for m in words.finditer("指标值 自评分 年度指标值")] == \
        [("a", "指标值"), ("b", "自评分"), ("a", "年度指标值")]
    assert isinstance(resolved(compile_pattern(r"[[:alpha:]]+")), regex.Pattern)  # a POSIX class means members to re


def test_warm_up_compiles_every_rule_pattern_loaded():
    from reportnlp import patterns
    from reportnlp.api import extract_text, warm_up

    warm_up()
    assert all(p._compiled is not None for p in patterns._CREATED)
    made = len(patterns._CREATED)
    # a page after the warm-up makes hardly any pattern of its own (checks' keyed patterns)
    extract_text("县2023年工作总结\n一、基本情况\n全年受理31863件，办结率99.4%，满意率100%。\n二、下一步打算\n年底前建成服务平台。")
    assert len(patterns._CREATED) - made <= 6


def test_an_alternation_with_many_words_is_gated_by_the_strings_they_share():
    # too many words for a gate of their union: the strings the alternatives share stand for them
    words = "得分|扣分|计分|加分|不得分|分值|满分|扣完为止"
    assert literal_gate(words) == (frozenset({"分", "扣完为止"}),)
    assert literal_gate(words + r"|\d+") == ()  # an alternative that needs no string: no gate
    assert literal_gate("a|b(c|d)") == (frozenset({"a", "b"}),)
    # the scoring rules of metrics.yml: a clause without 分 or 扣完为止 is no rule, unsearched
    from reportnlp.stages.metrics import _cfg

    assert _cfg()["scoring_rule"].gate == (frozenset({"分", "扣完为止"}),)
