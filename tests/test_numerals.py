"""reportnlp.numerals: numeral grammar (parse_number, find_numbers)."""
from __future__ import annotations

import math

import pytest

from reportnlp.numerals import NumberMatch, find_numbers, parse_number


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# ----------------------------------------------------------- parse_number

@pytest.mark.parametrize(
    "s, expected",
    [
        ("31863", 31863),
        ("3,669", 3669),
        ("１２３", 123),
        ("99.9", 99.9),
        ("99.40", 99.4),
        ("一千零八十", 1080),
        ("两", 2),
        ("两百", 200),
        ("十五", 15),
        ("十", 10),
        ("十余", 10),
        ("二十余", 20),
        ("二00六", 2006),
        ("二〇一八", 2018),
        ("二○○六", 2006),  # U+25CB used as zero
        ("3.5万", 35000),
        ("1.2亿", 120000000),
        ("17万", 170000),
        ("3千", 3000),
        ("百分之九十五", 95),
        ("百分之2.2", 2.2),
        ("千分之五", 0.5),
        ("三分之一", 1 / 3),
        ("两成", 20),
        ("九成", 90),
        ("3/4", 0.75),
        ("负五", -5),
        ("-3.5", -3.5),
        ("一万三", 13000),
        ("两千四百五", 2450),
        ("一万零十二", 10012),
        ("四万万", 400000000),
        ("一万五千亿", 1.5e12),
        ("四十五亿四千零四万", 4540040000),
        ("五兆六十二亿四万五千二", 5006200045200),
        ("壹佰伍拾", 150),
        ("貳拾萬", 200000),
        ("叄", 3),
        ("陸拾", 60),
        ("兩千萬", 20000000),
        ("零点五", 0.5),
        ("八千三百八十五万二千三百二十六点三三", 83852326.33),
        ("十一又十四分之一", 11 + 1 / 14),
        ("1,050,000,000", 1050000000),
        ("２．２亿", 220000000),
    ],
)
def test_parse_number(s, expected):
    assert close(parse_number(s), expected), (s, parse_number(s))


@pytest.mark.parametrize(
    "s",
    ["", "abc", "万", "百", "一切", "入伍", "两两", "3件", "共3", "第一", "2018-07-25", "十二五", "1 2"],
)
def test_parse_number_rejects(s):
    assert parse_number(s) is None


def test_parse_number_two_three_is_a_range_not_23():
    assert parse_number("两三") == 2  # low end of 2..3
    (m,) = find_numbers("两三")
    assert (m.low, m.high) == (2, 3)


# ----------------------------------------------------------- find_numbers

def rows(text):
    return [(m.start, m.end, m.value, m.kind) for m in find_numbers(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (start, end, value, kind)
        ("共受理69426件,办结69421件", [(3, 8, 69426, "number"), (12, 17, 69421, "number")]),
        ("共31,863件", [(1, 7, 31863, "number")]),
        ("受理12，办结10", [(2, 4, 12, "number"), (7, 9, 10, "number")]),  # ASCII digits: '，' separates
        ("４，５６５", [(0, 5, 4565, "number")]),  # full-width digits: '，' groups thousands
        ("满意率99.4%", [(3, 8, 99.4, "percent")]),
        ("增长4.4％", [(2, 6, 4.4, "percent")]),
        ("上升了百分之2.2", [(3, 9, 2.2, "percent")]),
        ("增长百分之九十五", [(2, 8, 95, "percent")]),
        ("提高2个百分点", [(2, 7, 2, "percent")]),
        ("两成", [(0, 2, 20, "percent")]),
        ("七成六", [(0, 3, 76, "percent")]),
        ("打八五折", [(1, 4, 85, "percent")]),
        ("千分之二", [(0, 4, 0.2, "percent")]),
        ("约占三分之一", [(2, 6, 1 / 3, "fraction")]),
        ("17万件", [(0, 3, 170000, "number")]),
        ("73万余元", [(0, 3, 730000, "number")]),
        ("1.2万多册", [(0, 4, 12000, "number")]),
        ("十 余 万", [(0, 5, 100000, "number")]),
        ("四百多人", [(0, 2, 400, "number")]),  # trailing 多 stays outside
        ("一千零八十件", [(0, 5, 1080, "number")]),
        ("两百点两", [(0, 2, 200, "number"), (3, 4, 2, "number")]),  # 点两 is no decimal
        ("六个月零14天", [(0, 1, 6, "number"), (4, 6, 14, "number")]),  # 零 + Arabic: 零 not part
        ("2014年7月1日", [(0, 4, 2014, "number"), (5, 6, 7, "number"), (7, 8, 1, "number")]),
        ("2018-07-25", [(0, 4, 2018, "number"), (5, 7, 7, "number"), (8, 10, 25, "number")]),
        ("2018.07.25", [(0, 4, 2018, "number"), (5, 7, 7, "number"), (8, 10, 25, "number")]),
        ("电话0838-8169138", [(2, 6, 838, "number"), (7, 14, 8169138, "number")]),
        ("负3.9%", [(0, 5, -3.9, "percent")]),
        ("同比-3.2%", [(2, 7, -3.2, "percent")]),
        ("以7比2通过", [(1, 4, 3.5, "ratio")]),
        ("二〇一八年", [(0, 4, 2018, "number")]),
        ("小明有十个手指头", [(3, 4, 10, "number")]),
        ("一只", [(0, 1, 1, "number")]),  # generic layer follows the peer suite
        ("五十分", [(0, 2, 50, "number")]),  # 十分 (very) is a word only when not inside a numeral
        ("系统一百多名", [(2, 4, 100, "number")]),  # 统一 must not eat 一百
        ("访问http://www.x.gov.cn/2018/07/a1.html查看", []),
    ],
)
def test_find_numbers(text, expected):
    got = rows(text)
    assert len(got) == len(expected), got
    for (s, e, v, k), (gs, ge, gv, gk) in zip(expected, got):
        assert (gs, ge, gk) == (s, e, k), got
        assert close(gv, v), got


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("两三个", 2, 3),
        ("三四十人", 30, 40),
        ("3至5个工作日", 3, 5),
        ("20—30名", 20, 30),
        ("2-3天", 2, 3),
        ("3-5万元", 30000, 50000),  # the multiplier written once applies to both ends
        ("30%—50%", 30, 50),
        ("5-10%", 5, 10),
    ],
)
def test_ranges(text, low, high):
    m = find_numbers(text)[0]
    assert (m.low, m.high) == (low, high)
    assert m.value == low


@pytest.mark.parametrize(
    "text, decimals",
    [("99.40%", 2), ("4.4%", 1), ("100%", 0), ("八千三百点三三", 2), ("0.1元", 1), ("1.2万", 1)],
)
def test_decimals_as_printed(text, decimals):
    assert find_numbers(text)[0].decimals == decimals


@pytest.mark.parametrize(
    "text",
    ["一切", "我一看你就笑", "四川", "入伍", "收拾房间", "大陆", "两两", "万", "万万", "百姓", "负责", "千方百计"],
)
def test_not_numbers(text):
    assert find_numbers(text) == []


def test_qualifier_inside_numeral():
    (m,) = find_numbers("二十几万")
    assert m.value == 200000 and m.qualifier == "几"
    (m,) = find_numbers("500余万")
    assert m.value == 5000000 and m.qualifier == "余"
    assert find_numbers("500万")[0].qualifier is None


def test_report_flag_skips_set_phrases():
    text = "深入推进三证合一改革，在十二五期间实行一站式服务"
    assert [m.text for m in find_numbers(text)] != []
    assert find_numbers(text, report=True) == []


def test_text_and_offsets_refer_to_the_input():
    text = "金额为１２３．５万元（壹佰萬）"
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in find_numbers(text)] == ["１２３．５万", "壹佰萬"]
    assert [m.value for m in find_numbers(text)] == [1235000, 1000000]


def test_number_match_is_frozen():
    m = find_numbers("3件")[0]
    assert isinstance(m, NumberMatch)
    with pytest.raises(Exception):
        m.value = 4


# cn2an evaluates the plain forms both grammars accept; our evaluator must agree
CN2AN_CASES = [
    "一千零八十", "两百", "十五", "二十", "一万三", "四百五", "七十八万五佰零六", "四十五亿四千零四万",
    "一万五千亿", "三千零五", "一百零一万一千", "九百九十九", "二〇一八", "二00六", "3千", "1.2亿",
    "3.5万", "负五", "两", "一百二十三点四五", "十万零五十六",
]


@pytest.mark.parametrize("s", CN2AN_CASES)
def test_agrees_with_cn2an(s):
    cn2an = pytest.importorskip("cn2an")
    assert close(parse_number(s), float(cn2an.cn2an(s, "smart")))


def test_long_inputs_stay_linear():
    # pathological runs are bounded, not quadratic, and still parse
    for line in ("一二三四五六七八九十" * 20000, "1," * 100000, "9" * 200000, "一 " * 100000, "-" * 200000):
        out = find_numbers(line)
        assert all(0 <= m.start < m.end <= len(line) for m in out)


def test_random_inputs_keep_invariants():
    # seeded: spans index the input, ranges are ordered, nothing raises
    import random

    from reportnlp.quantities import find_quantities

    alphabet = list("0123456789.,，%-—~至到一二三四五六七八九十百千万亿兆零〇两壹伍陆拾点分之又余多几成折半打对比/负"
                    "个件人元年月日天以上左右近约超过第（）〔〕：率为达 eEkKM^+$￥亩米")
    rng = random.Random(20240601)
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        for report in (False, True):
            for m in find_numbers(s, report=report):
                assert s[m.start:m.end] == m.text and m.start < m.end, (s, m)
                assert math.isfinite(m.value), (s, m)
                assert m.low is None or m.low <= m.high, (s, m)
        prev = 0
        for q in find_quantities(s):
            assert s[q.start:q.end] == q.text, (s, q)
            assert prev <= q.start <= q.num_start < q.num_end <= q.end, (s, q)
            prev = q.end
        parse_number(s)


def test_decimal_to_chinese_percent_range_does_not_crash():
    # a Decimal low end times the float scale of a Chinese-numeral percentage raised TypeError
    (m,) = find_numbers("增幅控制在0.5-三%以内")
    assert (m.text, m.kind, m.low, m.high) == ("0.5-三%", "percent", 0.5, 3.0)
    assert [n.text for n in find_numbers("30.5-七%")] == ["30.5", "七%"]  # not a range: 30.5 > 7


# ----------------------------------------------------------- beyond 10^30

@pytest.mark.parametrize("written", [
    "999999999999999999999999999999999",       # 33 digits: was read as its first 30, 1e30
    "100000000000000000000000000000000000",    # 36 digits: was read as its first 30, 1e29
    "2万亿亿亿亿", "3.5亿亿亿亿",                # were read up to the third 亿 (2e28, 3.5e24)
    "一兆兆兆", "1e40", "1.5e35",
])
def test_a_numeral_above_1e30_is_left_out_whole(written):
    """Above 10^30 a numeral is no number: never clamped to 1e30, never a prefix or part of it."""
    from reportnlp.quantities import find_quantities

    text = f"全年完成投资{written}元。"
    assert find_numbers(text) == []
    assert find_quantities(text) == []
    assert parse_number(written) is None


@pytest.mark.parametrize("written, value", [
    ("1e30", 1e30), ("一百万亿亿亿", 1e30), ("10000000000000000000000000000", 1e28),
    ("1,000,000,000,000,000,000,000,000,000,000", 1e30),
])
def test_a_numeral_up_to_1e30_keeps_its_value(written, value):
    (m,) = find_numbers(f"全年完成投资{written}元。")
    assert m.text == written and m.value == value


def test_a_quantity_above_1e30_in_its_base_unit_is_left_out():
    from reportnlp.quantities import find_quantities

    assert find_quantities("投资1e28亿元。") == []
    (q,) = find_quantities("投资1e21亿元。")
    assert q.base_value == 1e29


@pytest.mark.parametrize("report", [True, False])
@pytest.mark.parametrize("text", ["针对性强", "负责人3名", "一半以上", "完成半年任务", "成半", "对折", "负5", "负 5",
                                  "对 ", "打对折", "六成半", "半数", "对2023年"])
def test_lone_cluster_fast_paths_give_the_token_regex_tokens(text, report):
    # the parser's fast paths skip the token regex for common clusters; reading every cluster
    # with the regex must give the same tokens
    from reportnlp import numerals

    assert not numerals._skip_spans(text, report)  # (the reference below knows no skip spans)
    fast = numerals._Parser(text, text, report)
    slow = numerals._Parser.__new__(numerals._Parser)
    slow.norm, slow.orig = text, text
    T, S, E = [], [], []
    for m in numerals._cluster_rx().finditer(text):
        slow._tokens(numerals._token_rx(report), m.start(), m.end(), T, S, E, len(text))
    assert (fast.T, fast.S, fast.E) == (T, S, E)
