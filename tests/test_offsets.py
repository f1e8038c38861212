"""Every text-editing stage keeps a map back to the source: spans round-trip."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportnlp.api import process
from reportnlp.document import Document
from reportnlp.offsets import OffsetMap, apply_edits, resolve_edits, shift_positions
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def test_apply_edits_maps_copied_text_back():
    text = "abcXYZdef"
    new, m = apply_edits(text, [(3, 6, ""), (0, 0, ">")])
    assert new == ">abcdef"
    # 'd' is at 4 in the new text and 6 in the old one
    assert m.start(4) == 6 and m.end(5) == 7
    # the inserted '>' maps to an empty range at the start
    assert (m.start(0), m.end(1)) == (0, 0)


def test_replacement_maps_to_whole_old_range():
    new, m = apply_edits("x\r\ny", [(1, 3, "\n")])
    assert new == "x\ny"
    assert (m.start(1), m.end(2)) == (1, 3)


def test_window_map():
    m = OffsetMap.window(5, 9, 20)
    assert (m.start(0), m.end(4)) == (5, 9)


def test_shift_positions_after_deletion_and_insertion():
    assert shift_positions([10, 3], [(0, 2, ""), (5, 5, "\n\n")]) == [10, 1]


RAW = (
    "關於2019年度工作的總結\n"
    "上传人:ab**  上传时间:2019-12-30  页数:3\n"
    "第1页 / 共3页\n"
    "鄉(xiāng)鎮(zhèn)政務服務中心全年受理 ７０４ 宗,辦結 695 宗,辦結率98。7%。建立健(本文来源于某某网,转载请注明出处)全制度。\n"
    "一、主要做法\n"
    "我局办结率为99.4%,满意率100%。"
)


@pytest.mark.parametrize("needle", ["704宗", "695宗", "98.7%", "全制度", "办结率为99.4%", "满意率100%"])
def test_document_offsets_reach_the_source(needle):
    page = process(RAW)
    doc = next(p for p in page.parts if needle in p.text)
    i = doc.text.index(needle)
    s, e = doc.to_source(i, i + len(needle))
    src = page.source_text[s:e]
    # the source piece is the same content before normalization (script, width, spacing)
    assert src[0] in needle[0] + "７" and src[-1] in "宗%度" + needle[-1]
    assert len(src) >= len(needle)


def test_normalize_edits_keep_offsets():
    doc = normalize(decode("受理 ７０４ 宗,辦結率98。7%,鄉(xiāng)鎮"))
    assert doc.text == "受理704宗,办结率98.7%,乡镇"
    i = doc.text.index("乡镇")
    assert doc.to_source(i, i + 2) == (len("受理 ７０４ 宗,辦結率98。7%,"), len("受理 ７０４ 宗,辦結率98。7%,鄉(xiāng)鎮"))


def test_removed_material_has_source_offsets():
    page = process(RAW)
    kinds = {r.kind for r in page.removed}
    assert {"upload_info", "pagination", "watermark"} <= kinds
    for r in page.removed:
        assert page.source_text[r.source_start:r.source_end].replace(" ", "") != ""
    wm = next(r for r in page.removed if r.kind == "watermark")
    assert page.source_text[wm.source_start:wm.source_end] == "(本文来源于某某网,转载请注明出处)"


def test_reflow_offsets_on_flattened_line():
    line = ("关于某局自查报告根据上级通知,现将自查情况报告如下:一、工作成效1、强化领导。今年以来,窗口在办业务 704 宗,"
            "办结 695 宗,办结率 98.7%。二、存在问题一是下放进度迟缓。三、下一步工作计划一是加强领导。") * 3
    page = process("关于某局自查报告\n" + line)
    for part in page.parts:
        for sec in part.get("sections"):
            s, e = part.to_source(sec.start, sec.end)
            assert 0 <= s <= e <= len(page.source_text)
            assert page.source_text[s:e].replace(" ", "").startswith(part.text[sec.start:sec.start + 4])


def test_overlapping_edit_is_neither_applied_nor_reported_as_removed():
    doc = Document(text="abcdefghij", source_text="abcdefghij")
    doc.edit([(2, 6, ""), (4, 8, "")], removal_kind="junk")
    assert doc.text == "abghij"
    assert [(r.text, r.source_start, r.source_end) for r in doc.removed] == [("cdef", 2, 6)]


def test_anchors_follow_only_applied_edits():
    doc = Document(text="abcdefghij", anchors={"br": [9]})
    doc.edit([(2, 6, ""), (4, 8, "")])
    assert doc.text[doc.anchors["br"][0]] == "j"


_edit = st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["", "", "X", "YZ"]))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abcdefg\n", min_size=1, max_size=30), raw=st.lists(_edit, max_size=6),
       span=st.tuples(st.integers(0, 30), st.integers(1, 10)))
def test_untouched_span_reads_the_same_in_source_and_text(text, raw, span):
    edits = [(min(s, len(text)), min(s + n, len(text)), rep) for s, n, rep in raw]
    edits = [e for e in edits if e[1] > e[0] or e[2]]
    doc = Document(text=text, source_text=text)
    applied = resolve_edits(edits)
    doc.edit(edits, removal_kind="x")
    # every recorded removal is an applied deletion, with its own source text
    assert [(r.source_start, r.source_end) for r in doc.removed] == [(s, e) for s, e, rep in applied if not rep]
    assert all(r.text == text[r.source_start:r.source_end] for r in doc.removed)
    a = min(span[0], len(text) - 1)
    b = min(a + span[1], len(text))
    if any((s < b and e > a) or (s == e and a < s < b) for s, e, _ in applied):
        return  # an edit touched the span
    shift = sum(len(rep) - (e - s) for s, e, rep in applied if e <= a)
    na, nb = a + shift, b + shift
    assert doc.text[na:nb] == text[a:b]
    assert doc.to_source(na, nb) == (a, b)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abcdefg\n", min_size=0, max_size=20), raw=st.lists(_edit, max_size=6),
       spans=st.lists(st.tuples(st.integers(-1, 25), st.integers(0, 6)), max_size=8))
def test_spans_map_as_start_and_end_do(text, raw, spans):
    """OffsetMap.spans, which the output maps a report's items with, gives each span what
    start() and end() give (an empty span stays a point)."""
    _, m = apply_edits(text, [(min(s, len(text)), min(s + n, len(text)), rep) for s, n, rep in raw])
    pairs = [(s, s + n) for s, n in spans]
    point = [m.start(s) if s < m.new_length else m.end(s) for s, _ in pairs]
    assert m.spans(pairs) == [(p, p) if s == e else (m.start(s), m.end(e)) for (s, e), p in zip(pairs, point)]

