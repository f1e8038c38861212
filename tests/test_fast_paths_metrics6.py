"""Shortcuts taken for speed in the metrics stage and its modules give what the plain way gives
(round 6).

Each test runs the shortcut and a plain version written out here on report-like and random text,
so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import pytest
from randtext import PAGE_LINES, random_texts

from reportnlp import indicators, patterns
from reportnlp.stages import metrics

# ---- a scoring rule's gate, tested on a value's clause from where its strings stand in the text --

RULE_TEXTS = [
    "每发现一起扣2分,扣完为止;自评得分95分。",
    "高于95%得10分,低于90%不得分,分别计分",
    "部分窗口办结率99%,分析会3次,扣完为止扣完为止",
]
GATES = [
    metrics._cfg()["scoring_rule"].gate,
    (frozenset({"分", "扣完为止"}), frozenset({"aa", "完为"})),  # two clauses; "aa" overlaps itself
    (frozenset({"分别"}),),
]


@pytest.mark.parametrize("text", RULE_TEXTS + PAGE_LINES + random_texts(120, "分扣完为止别aa得,。5 ", 601, 0, 40))
def test_a_window_passes_the_gate_from_the_strings_positions_as_from_its_slice(text):
    for gate in GATES:
        at = metrics._gate_positions(gate, text)
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                plain = patterns.may_match(gate, text[lo:hi])
                assert (at is not None and metrics._window_holds(at, lo, hi)) == plain, (gate, lo, hi)


# ---- the change verb ends its window: the window's last four characters are searched ------------

CHANGE_ALPHABET = "增长加提高下降减少压缩了达为到同比较\n 5,"


@pytest.mark.parametrize("window", ["同比增长", "同比增长了", "下降\n", "较上年提高了\n", "增长达", "增长 "]
                         + random_texts(1500, CHANGE_ALPHABET, 607, 0, 24))
def test_the_change_verb_found_in_the_windows_end_is_the_one_found_in_the_window(window):
    c = metrics._cfg()
    tail = c["change_verb_tail"]
    assert tail  # the shipped pattern ends with $: a tail is searched
    assert bool(c["change_verb"].search(window[-tail:])) == bool(c["change_verb"].search(window))


@pytest.mark.parametrize("pattern, reach", [("(?:增长|增加)(?:了|达)?$", 4), ("增长$", 3), ("增长", None),
                                            ("(?<!不)增长$", None), ("增长(?=了)$", None), ("增长.*$", None),
                                            (r"增长\b$", None), ("增长$|下降了$", 4), ("增长$|下降", None),
                                            ("[\\p{Han}]{0,3}增长$", 6)])
def test_the_reach_of_a_pattern_that_ends_a_text(pattern, reach):
    assert patterns.end_reach(pattern) == reach


# ---- the distributive search asked before _distributed: a name without one is the one name -------

DISTRIBUTIVE_ALPHABET = "均皆都全部一律人户平衡率、和及达到为办结受理"


@pytest.mark.parametrize("text", random_texts(400, DISTRIBUTIVE_ALPHABET, 613, 1, 20))
def test_a_name_the_distributive_search_passes_over_is_its_own_list(text):
    qstart = len(text)
    for start in range(qstart + 1):
        if not metrics._cfg()["distributive"].search(text[start:qstart]):
            assert metrics._distributed(text, "名称", start, qstart) == [("名称", start)]


# ---- canonical names: the head found walking the name back from its end ------------------------


def _canonical_suffix_lookups(indicator: str, kind: str, unit: str = "", base_unit: str = "") -> str | None:
    """indicators.canonical as it was: the head looked up suffix by suffix, longest first."""
    name = indicators.normalise(indicator)
    if not name or not kind:  # (round 28: the kind other has rows too, 粮食单产 of a yield per area)
        return None
    entries, terms, tries = indicators._vocab()
    trie = tries.get(kind)
    if trie is None:
        return None
    of_kind = terms[kind]
    fit = indicators._first_fit
    rows = of_kind.get(name)
    if rows and (k := fit(rows, unit, base_unit)) is not None:
        return entries[k][0]
    n = len(name)
    lead = indicators._cfg()["lead_verbs"]
    prefix = verb = None
    node = trie
    for j in range(1, n):
        node = node.get(name[j - 1])
        if node is None:
            break
        rows = node.get("")
        if rows and j >= 2 and (k := fit(rows, unit, base_unit)) is not None:
            prefix, prefix_len = k, j
            if name[:j] in lead:
                verb = k
    if verb is not None:
        return entries[verb][0]
    cfg = indicators._cfg()
    generic = None
    for i in range(1, n):
        rows = of_kind.get(name[i:])
        if rows and (k := fit(rows, unit, base_unit)) is not None:
            if name[i:] not in cfg["generic_heads"]:
                return entries[k][0]
            generic = k  # (round 31: a generic head yields to a term before it)
            break
    if prefix is not None and (generic is None or prefix_len >= cfg["generic_yield_min"]):
        return entries[prefix][0]
    if generic is None and kind == "rate" and cfg["share_infix"] in name[2:]:
        return cfg["share_canonical"]
    best, best_score = None, None
    for i in range(1, n - 2):
        node = trie
        for j in range(i + 1, n):
            node = node.get(name[j - 1])
            if node is None:
                break
            rows = node.get("")
            if rows and j - i >= 2 and (k := fit(rows, unit, base_unit)) is not None:
                score = (j - i, -k)
                if best_score is None or score > best_score:
                    best, best_score = k, score
    if generic is not None and (best_score is None or best_score[0] < cfg["generic_yield_min"]):
        return entries[generic][0]
    return entries[best][0] if best is not None else None


def _names_ending_in_terms() -> list[tuple[str, str, str, str]]:
    """Random fronts before terms of every kind (and terms cut short), with units of the kind's rows."""
    import random  # noqa: PLC0415

    entries, terms, _tries = indicators._vocab()
    rng = random.Random(617)
    units = sorted({u for _c, _k, us in entries if us for u in us}) + ["件", "%", "元", ""]
    fronts = random_texts(200, "全年受理办结新增完成群众服务事项率(审批)“” ", 619, 0, 6)
    out = []
    for kind, of_kind in sorted(terms.items()):
        words = sorted(of_kind)
        for _ in range(120):
            w = rng.choice(words)
            w = w if rng.random() < 0.7 else w[rng.randint(0, len(w) - 1):]
            name = rng.choice(fronts) + (rng.choice(words) if rng.random() < 0.3 else "") + w
            unit = rng.choice(units)
            out.append((name, kind, unit, rng.choice([unit, "", "元", "%"])))
    return out


@pytest.mark.parametrize("args", _names_ending_in_terms())
def test_the_head_walked_back_from_the_names_end_is_the_longest_suffix_looked_up(args):
    assert indicators.canonical.__wrapped__(*args) == _canonical_suffix_lookups(*args)


# ---- plain integers before a Han character no quantity starts with: dropped by the scan ---------

QUANTITY_ALPHABET = "0123456789 ,.%年月日号类届个元万亿人次件项率为达$￥¥以上、一二三第-~至内之"


def _quantities_plain(text: str, bare_rate_context: bool = True) -> list[tuple]:
    """quantities._find with every number of the scan read (none dropped before _quantity)."""
    from reportnlp import numerals, quantities  # noqa: PLC0415

    if not text:
        return []
    cfg = quantities._config()
    norm = numerals.fold(text)
    out = [q for num in numerals._scan(text, report=True, norm=norm, lone_context=cfg.lone_context)
           if (q := quantities._quantity(num, norm, cfg, bare_rate_context)) is not None]
    extra = quantities._bare_magnitudes(norm, cfg)
    return sorted(out + extra, key=quantities._START) if extra else out


@pytest.mark.parametrize("text", ["2024年3月5日受理12类事项", "￥ 3月", "$3个", "办结率 98以上", "共3届", "3" * 125 + "月",
                                  "第3月", "12号文件", "一站式12月", "2024年", "05年", "3年", "123年", "2024年度",
                                  "0年", "12345年", "￥2024年", "3-2024年", "2024 年", "2024余年", "3日", "3日内",
                                  "3日以内", "3日之内", "3日元", "3日以", "3月5日,", "5日"]
                         + PAGE_LINES + random_texts(2500, QUANTITY_ALPHABET, 631, 0, 30))
def test_plain_integers_the_scan_drops_are_no_quantities(text):
    from reportnlp import quantities  # noqa: PLC0415

    assert quantities._find(text, True) == _quantities_plain(text, True)
    assert quantities._find(text, False) == _quantities_plain(text, False)


# ---- bare magnitudes: the pattern tried where a qualifier stands before 百, 千 or 万 ---------------


@pytest.mark.parametrize("text", ["近万人", "逾千户", "上百家", "将近千万元", "超过百万人", "节约万元", "近近万人", "上上百家",
                                  "约百万约千人", "近万万人"]
                         + PAGE_LINES + random_texts(2000, "将近逾约上超过百千万元人家户节附 12", 641, 0, 24))
def test_bare_magnitudes_tried_before_their_characters_are_the_scans(text):
    from reportnlp import quantities  # noqa: PLC0415

    cfg = quantities._config()
    assert [m.span() for m in quantities._magnitude_matches(text, cfg)] == [
        m.span() for m in cfg.magnitude_rx.finditer(text)]
