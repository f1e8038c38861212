"""Shortcuts taken for speed in the checks and the metadata give what the plain way gives.

Each test runs a shortcut and the plain way it replaced on report-like text and on random mixes
of the characters the shortcut looks at, so a shortcut that starts to drop a result fails here."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from randtext import random_texts

from reportnlp import families
from reportnlp.api import process
from reportnlp.checks import changes
from reportnlp.checks import rules

REPORT_LINES = [
    "共收到群众来信212件。本月来信中，城乡建设类48件，环保类30件。",
    "全县共有学校45所，其中农村学校30所、城区学校15所。",
    "在受理的120件中，已办结118件；2023年发生的14起轻伤事件中,外包人员占9起。",
    "全年新增就业1200人，合计发放补贴300万元。上述人员中：男性600人。",
    "收入达到1260万元,比上年增加180万元,增长16.7%。由上年的3.2亿元增加到3.6亿元，增长12%。",
]

TOTAL_ALPHABET = "共有计合总全县市在的中其本月来信上述，,:：。\n、件人户元" + "0123456789"


def _fake_counts(text: str, rng: random.Random, n: int = 6) -> list[SimpleNamespace]:
    """Counts at random places of ``text``, with the fields the total tests read."""
    out = []
    for _ in range(n):
        start = rng.randint(0, len(text))
        end = min(len(text), start + rng.randint(0, 4))
        ind_start = rng.randint(0, start)
        clause = (rng.randint(0, ind_start), end)
        data = SimpleNamespace(indicator_start=ind_start, clause=clause, indicator=text[ind_start:start])
        out.append(SimpleNamespace(start=start, end=end, data=data))
    return out


def _plain_reads_as_total(text: str, t) -> bool:
    """The total test as it was: every pattern tried, the next sentence end always found."""
    a = t.data
    ind_start = a.indicator_start
    in_clause = text[a.clause[0]: t.start]
    after = text[t.end: t.end + 6]
    nxt = rules._sentence_end(text, t.end)
    own = rules.wording().next_of_which.match(text, nxt, nxt + 16)
    return bool(rules._re("total_cue").search(text[max(0, ind_start - 4): ind_start])
                or rules.wording().total_verb.search(in_clause)
                or rules.wording().whole_area.search(in_clause)
                or rules.wording().then_of_which.match(text[t.end:t.end + 16])
                or (rules.wording().in_the.search(in_clause) and rules.wording().of_which.match(after))
                or rules.wording().count_of_which.match(text, t.end, t.end + 10)
                or (bool(own) and families.names_match(own.group(1), t.data.indicator) >= 0.5))


@pytest.mark.parametrize("text", REPORT_LINES + random_texts(600, TOTAL_ALPHABET, 5, shortest=3, longest=80))
def test_a_count_reads_as_a_total_as_the_plain_tests_say(text):
    rng = random.Random(text)
    marks = rules._of_which_marks(text)
    for t in _fake_counts(text, rng):
        assert rules._reads_as_total(text, t, marks) == _plain_reads_as_total(text, t), (t.start, t.end)


def test_the_total_test_sees_an_of_which_in_the_next_sentence():
    # the shortcut must still find the one case it looks up by bisect
    text = "共收到群众来信212件。本月来信中，城乡建设类48件"
    end = text.index("件") + 1
    t = SimpleNamespace(start=text.index("212"), end=end,
                        data=SimpleNamespace(indicator_start=3, clause=(0, end), indicator="群众来信"))
    assert rules._next_names_total(text, t, rules._of_which_marks(text))


def _plain_change_mismatches(doc):
    """change_mismatches as it was: the metrics of every sentence grouped, then the rates sought."""
    text = doc.text
    by_sent: dict[tuple[int, int], list] = {}
    for m in doc.get("metrics"):
        by_sent.setdefault(m.data.sentence_span, []).append(m)
    for (ss, se), group in by_sent.items():
        rates = [i for i, r in enumerate(group)
                 if r.data.base_unit == "%" and not r.data.target and not r.data.approximate]
        if not rates or changes.wording().skip.search(text[ss:se]):
            continue
        for i in rates:
            r = group[i]
            if not changes.wording().rate_cue.search(text[max(ss, r.start - 8):r.start]):
                continue
            found = changes._family(text, group[:i], r)
            if found:
                yield from changes._compare(doc, r, *found)


CHANGE_TEXTS = [
    "收入达到1260万元,比上年增加180万元,增长20%。支出900万元。",
    "税收由上年的3.2亿元增加到3.6亿元，增长15%。全年接待游客12万人次，增长8%。",
    "预算900万元,实际完成945万元,超收45万元,超收6%。完成率100%，分别增长3%和4%。",
    "粮食产量52万吨，比上年减少2万吨，下降5%；其中稻谷30万吨。参保率98.6%。",
]


@pytest.mark.parametrize("text", CHANGE_TEXTS)
def test_changes_read_only_in_sentences_with_a_rate_as_in_all(text):
    page = process(text)
    for part in page.parts:
        assert list(changes.change_mismatches(part)) == list(_plain_change_mismatches(part))
    # the first text states a wrong rate: the comparison must have something to compare
    assert any(list(changes.change_mismatches(p)) for p in page.parts) or text != CHANGE_TEXTS[0]


def _next_sentence_cases(n: int, seed: int) -> list[tuple[str, SimpleNamespace]]:
    """A count, then a next sentence that opens on a noun and 中 ("…来信212件。本月来信中，…"):
    nouns of 2 to 6 characters, with and without a lead word, the stop right after the count or
    later, the noun the count's own or another."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        noun = "".join(rng.choice("来信学校企业人员项目") for _ in range(rng.choice([1, 2, 2, 3, 6, 7])))
        lead = rng.choice(["", "", "本月", "上述"])
        tail = "".join(rng.choice("，,。\n中的") for _ in range(rng.choice([0, 0, 1, 3])))
        head = "收到" + noun  # no 共: the next sentence alone may make it a total
        stop = rng.choice(["。", "\n", ""])
        text = f"{head}212件{tail}{stop}{lead}{noun}中{rng.choice('，,:：。')}其中48件"
        start = len(head)
        data = SimpleNamespace(indicator_start=2, clause=(0, start + 4),
                               indicator=rng.choice([noun, noun[::-1], "群众" + noun]))
        out.append((text, SimpleNamespace(start=start, end=start + 4, data=data)))
    return out


@pytest.mark.parametrize("text,t", _next_sentence_cases(400, 13))
def test_a_next_sentence_opening_on_the_noun_is_found_as_the_plain_way_finds_it(text, t):
    assert rules._reads_as_total(text, t, rules._of_which_marks(text)) == _plain_reads_as_total(text, t)



# the placeholders of a number gone after a count word, as written before \K (a lookbehind)
_LOOKBEHIND_COUNT_WORDS = [
    r"(?<=共计?|累计|合计|总计)(?:平方米|万元|亿元|公里|公顷|亩|名|人次|户|家|件|次|个|所|座|套|辆|吨)(?=[，。；,;、的]|以上|左右)",
    r"(?<=共(?:发展|新增|培训|招聘|接待|帮扶|安置|走访|受理|办理|处理)[\p{Han}]{0,4})(?<![案文事稿证物信])(?:名|人次|件)(?=[，。；,;、])",
]
PLACEHOLDER_TOKENS = ["共", "计", "共办理", "共培训", "共发展", "共计", "累计", "合计", "总计", "发展", "培训", "办理", "接待", "人员", "党员",
                      "名", "人次", "件", "万元", "平方米", "户", "次", "，", "。", "、", "；", "的", "以上", "左右",
                      "案", "信", "比", "年", "第", "日", "月", "xx", "**", "率", "达", "完成", "3", "\n"]


def _placeholder_cases() -> list[str]:
    """Count words, verbs, units and punctuation in random order, and other placeholders' marks."""
    rng = random.Random(17)
    made = ["".join(rng.choice(PLACEHOLDER_TOKENS) for _ in range(rng.randint(2, 16))) for _ in range(1500)]
    return ["拆除违法建筑共平方米，累计万元的", "共计万元，合计名、共名。", "共办理件名，共培训人员xx名，",
            "共接待比年名，共办理合计名的件，共发展党员名；", "2023年共培训第次名，总计人次以上",
            "共办理案件，共处理来信件。共接待人次，"] + made


@pytest.mark.parametrize("text", _placeholder_cases())
def test_count_word_placeholders_found_after_their_words_are_the_lookbehind_ones(text):
    import regex

    from reportnlp.patterns import Alternatives
    from reportnlp.stages import metadata

    now = metadata._cfg()["placeholders"]
    written = metadata.load_yaml("metadata.yml")["placeholders"]
    assert len(written) >= 2 and all(r"\K" in p for p in written[-2:])
    for new, old in zip(written[-2:], _LOOKBEHIND_COUNT_WORDS):
        assert [m.span() for m in regex.finditer(new, text)] == [m.span() for m in regex.finditer(old, text)]
    before = Alternatives(written[:-2] + _LOOKBEHIND_COUNT_WORDS)
    assert [(m.span(), m.group()) for m in now.finditer(text)] == [(m.span(), m.group()) for m in before.finditer(text)]


def _plain_looks_utf16(data: bytes) -> str | None:
    """decode._looks_utf16 as it was: the NULs of both parities counted on every input."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd, half = sample[0::2].count(0), sample[1::2].count(0), len(sample) / 2
    if odd > 0.2 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _random_bytes(n: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    texts = ["全年完成投资1.2亿元，增长12%。", "abc\n", "年度工作总结"]
    out = [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be", "gb18030")]
    out += [b"\x00abc", b"a\x00bc", b"ab\x00c", b"abc\x00", b"\x00\x00ab", b"\x00abcdefgh"]  # one NUL, short
    for _ in range(n):
        alphabet = rng.choice([b"\x00", b"\x00a\xe4", b"ab\xe5\x85", bytes(range(256))])
        out.append(bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    return out


@pytest.mark.parametrize("data", _random_bytes(400, 23))
def test_utf16_guessed_without_counting_on_input_with_no_nul_as_with(data):
    from reportnlp.stages import decode

    assert decode._looks_utf16(data) == _plain_looks_utf16(data)


@pytest.mark.parametrize("data", _random_bytes(400, 29))
def test_a_damaged_utf8_line_counts_its_non_ascii_characters_as_the_character_loop_did(data):
    from reportnlp.stages import decode

    piece = data.decode("utf-8", errors="replace")
    bad = piece.count("\ufffd")
    plain = piece if sum(1 for c in piece if c > "\x7f") - bad >= 8 * bad else None
    assert decode._damaged_utf8(data) == plain


HAN_ALPHABET = "全年完成投资亿元一丁㐀䶵鿿龥　，。ab1<>\n\U00020000\u4dc0\u3400\u9fff\ua000"


@pytest.mark.parametrize("text", random_texts(400, HAN_ALPHABET, 31) + ["", "全年", "<p>全年</p>"])
def test_han_characters_counted_by_removing_the_rest_as_found_one_by_one(text):
    import re

    from reportnlp.stages import markup

    assert markup._han(text) == len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", text))


def _weight_cases() -> list[tuple[str, str]]:
    """Item names (some overlapping themselves: 指指) before weights written in the ways the
    pattern allows or nearly, with other words between."""
    rng = random.Random(37)
    cases = [("产出指标50分、效益指标30分。产出指标得分47分", "产出指标"),
             ("产出指标（分值:50分），效益指标为30分", "效益指标"), ("产出产出指标(权重7分)", "产出指标"),
             ("指指指50分", "指指"), ("指指指指（30分）", "指指")]
    names = ["产出指标", "效益指标", "指标", "指指", "产出"]
    for _ in range(600):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts += [rng.choice(names + ["指", "满意度"]), rng.choice(["", "", "（", "("]),
                      rng.choice(["", "", "分值", "满分", "权重", "得分"]), rng.choice(["", "", "：", ":", "为"]),
                      rng.choice(["", " ", "  "]), rng.choice(["50", "30.5", "7", "12345", ""]),
                      rng.choice(["分", "分", "", "%"]), rng.choice(["", "、", "，", "。", "\n"])]
        cases.append(("".join(parts), rng.choice(names)))
    return cases


@pytest.mark.parametrize("text,item", _weight_cases())
def test_an_items_weight_found_after_its_name_is_what_a_pattern_per_name_finds(text, item):
    import re

    from reportnlp.patterns import compile_pattern
    from reportnlp.stages import scores

    raw = scores.load_yaml("scores.yml")
    written = raw["item_weight"].replace("NUM", raw["number"])
    for before in (len(text), len(text) // 2):
        m = compile_pattern(written.replace("ITEM", re.escape(item))).search(text, 0, before)
        assert scores._item_weight(text, item, before) == (float(m.group("max")) if m else None)
