"""Round 19 (r19sd): the sections, documents and reflow stages' fast paths give what the plain ways give, on
real-looking lines and paragraphs of their own (all text made up)."""
import pytest

from reportnlp.structure import is_title_line, title_lines, undecorated

LINES = [
    "柳河县水务局2031年工作总结",
    "🎉✨柳河县水务局2031年工作总结✨🎉",
    "柳河县水务局2031年上半年工作总结及下半年工作打算📜",
    "📜" + "柳河县水务局关于进一步加强农村饮水安全工程建设管理工作情况的自查报告" * 2,
    "柳河县水务局关于进一步加强农村饮水安全工程建设管理工作情况的自查报告" * 2 + "✨",
    "今年以来,我局围绕中心工作,扎实推进各项任务,全年完成水利投资3.2亿元,同比增长8%,受理群众来件312件,办结率98.5%。",
    "一、主要工作完成情况",
    "第二板块:本学期学校工作总结",
    "各位代表:",
    "报告",
    "",
    " \t",
    "✨",
    "县人民政府2031年政府工作报告（摘要）",
    "x" * 61,
    "工作总结" * 15,
    "✨" + "工作总结" * 15,
    # longer than any title only by the emoji around it: a title
    "🎉" * 30 + "柳河县水务局2031年工作总结" + "✨" * 20,
    "柳河县水务局2031年工作总结" + "\u2600" * 50,
]


@pytest.mark.parametrize("line", LINES)
def test_title_lines_is_the_plain_test_of_each_line(line):
    assert title_lines([line]) == [is_title_line(undecorated(line))]


def test_title_lines_keeps_the_order_of_the_lines():
    assert title_lines(LINES) == [is_title_line(undecorated(q)) for q in LINES]
    assert any(title_lines(LINES)) and not all(title_lines(LINES))


# -- gates before costly searches: the gated test is the plain one ---------------------------------------------------

PARAGRAPHS = [
    "我校位于县城东部,始建于1958年,现有教学班36个,在校学生1620名,教职工128人。",
    "溪口村党总支下设4个党小组,共有党员86名,其中女党员21名。",
    "该中心成立于2019年3月,承担全县政务服务事项的受理和办理工作。",
    "全村共有村民1230人,耕地面积2800亩。",
    "我园现有幼儿412名,教职工56名。",
    "今年以来,我局围绕中心工作,扎实推进各项任务,取得了明显成效。",
    "为认真贯彻落实上级要求,进一步做好安全生产工作,结合我镇实际,特制定本方案。",
    "为做好2032年防汛工作,现将有关事项通知如下:",
    "现将《柳河县2032年春耕生产工作方案》印发给你们,请认真贯彻执行。",
    "根据县委安排,制定本实施方案。",
    "一、主要工作完成情况",
    "会议由县长主持。",
]


@pytest.mark.parametrize("par", PARAGRAPHS)
def test_the_gated_profile_cue_matches_where_its_pattern_does(par):
    from reportnlp.patterns import resolved
    from reportnlp.stages.sections import _cfg

    gated = _cfg()["profile_cue"]
    assert bool(gated.match(par)) == bool(resolved(gated.pattern).match(par))


def test_the_profile_cue_reads_profiles_and_no_other_paragraph():
    from reportnlp.stages.sections import _cfg

    assert [bool(_cfg()["profile_cue"].match(p)) for p in PARAGRAPHS[:6]] == [True] * 5 + [False]


@pytest.mark.parametrize("par", PARAGRAPHS)
def test_a_plan_opening_is_found_with_its_gate_as_without(par):
    from reportnlp.stages.documents import _directs, _types

    d = _types()["directive"]
    text = "柳河县2032年春耕生产工作\n" + par + "\n" + "各乡镇要加强领导,确保各项工作落到实处。" * 30
    plain = bool(d["opening"].search(text, 0, d["opening_within"]))
    assert _directs(None, ["柳河县2032年春耕生产工作", par], text) == plain


def test_a_plan_opening_past_the_reach_is_not_read():
    from reportnlp.stages.documents import _directs

    text = "今年以来,我局围绕中心工作,扎实推进各项任务。" * 20 + "特制定本方案。"
    assert not _directs(None, ["今年以来,我局围绕中心工作。"], text)


def test_the_decoration_class_is_the_decor_test():
    from reportnlp.structure import _DECOR_CHAR, _decor

    chars = [chr(k) for k in (0x20, 0x9, 0xA, 0x41, 0x4E00, 0x25FF, 0x2600, 0x27BF, 0x27C0, 0x2AFF, 0x2B00, 0x2BFF,
                              0x2C00, 0xFE0E, 0xFE0F, 0x200C, 0x200D, 0x20E3, 0xFFFF, 0x1EFFF, 0x1F000, 0x1F389, 0x10FFFF)]
    assert [bool(_DECOR_CHAR.search(ch)) for ch in chars] == [_decor(ch) for ch in chars]


# -- the sentence cues' hits in a paragraph past its first sentence, from a scan of it from its first mark on ---------

REPORT = ("2031年工作总结\n"
          "今年以来,我局围绕中心工作,扎实推进各项任务。全年完成水利投资3.2亿元。但是,部分项目推进较慢,存在资金缺口。\n"
          "一、主要工作\n"
          "会议指出,要进一步加强领导。下一步,我局将加快项目建设。\n"
          "县长强调,各乡镇要压实责任;会上,各科室汇报了工作情况。明年,我们将继续推进。\n"
          "  存在的问题:一是资金不足;二是人员紧缺。\n"
          "下一步工作打算。今后要抓好三点:一要统一思想。\n")


def test_the_later_hits_of_a_paragraph_give_the_sentences_its_own_scan_gives():
    from reportnlp.stages.sections import _later_cue_hits, _sentences_with_cues
    from reportnlp.structure import text_paragraphs

    paragraphs = text_paragraphs(REPORT)
    turns = [_sentences_with_cues(p, _later_cue_hits(p)) for p in paragraphs.texts]
    assert turns == [_sentences_with_cues(p) for p in paragraphs.texts]
    assert sum(map(len, turns)) >= 4  # (later sentences with cue words in several paragraphs)
    # a paragraph whose cue words are all in its first sentence has no hits
    assert not _later_cue_hits(paragraphs.texts[0]) and not _later_cue_hits(paragraphs.texts[2])


def test_the_hits_after_the_first_sentence_are_the_hits_past_its_end():
    from reportnlp.stages.sections import _cfg, _later_cue_hits
    from reportnlp.structure import SENTENCE_MARK, text_paragraphs

    gate = _cfg()["sentence_cues_gate"]
    # (also a word glued across a cut, "…同时下" / "一步将…": a paragraph is scanned alone)
    for p in text_paragraphs(REPORT).texts + ["全年完成投资3亿元。同时下一步将加快建设", "同时下", "一步将加快建设。下一步", ""]:
        first = SENTENCE_MARK.search(p)
        assert _later_cue_hits(p) == [hit for hit in gate.hits(p) if first and hit[0] >= first.end()], p
