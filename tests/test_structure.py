"""Shared text structure: sentences."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reportnlp.structure import iter_sentences


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces between stop marks and line breaks that hold more than whitespace; a piece
    ends after its stop mark, before its line break."""
    out, pos = [], start
    for i in range(start, end):
        if text[i] in "。！？!?；;\n":
            e = i if text[i] == "\n" else i + 1
            if text[pos:e].strip():
                out.append((pos, e))
            pos = i + 1
    if text[pos:end].strip():
        out.append((pos, end))
    return out


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="ab \u3000\t\r\n。!；", max_size=30), cut=st.tuples(st.integers(0, 30), st.integers(0, 30)))
def test_sentences_are_the_non_blank_pieces_between_marks(text, cut):
    start, end = sorted(min(c, len(text)) for c in cut)
    assert list(iter_sentences(text, start, end)) == _sentences(text, start, end)
    assert list(iter_sentences(text)) == _sentences(text, 0, len(text))


def test_a_sentence_keeps_its_mark_not_its_line_break():
    text = "全年完成10项。  \n下一步:继续推进\n\n"
    assert [text[s:e] for s, e in iter_sentences(text)] == ["全年完成10项。", "下一步:继续推进"]
