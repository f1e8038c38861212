"""A huge page analysed in pieces (api.process_pieces, iter_pieces_json): bounded memory, same
offsets into the source, and the same JSON as a whole-page analysis when there is one piece."""
from __future__ import annotations

import orjson
import pytest

from reportnlp import api
from reportnlp.schema import ExtractResult

REPORT = ("桐岭县医疗保障局2023年工作总结\n一、主要工作成效\n全县基本医疗保险参保人数达41.27万人，参保率97.6%。"
          "检查定点医药机构312家，追回医保基金286.4万元。\n二、下一步工作打算\n力争2024年底前完成经办窗口改造12个。\n")


@pytest.mark.parametrize("text, size, ends", [
    ("甲" * 10, 20, [10]),                               # one piece
    ("甲" * 6 + "\n" + "乙" * 6 + "。" + "丙" * 6, 10, [7, 14, 20]),  # a line break, then a sentence end
    ("甲。" + "乙" * 12, 10, [10, 14]),                  # a sentence end in the first half is too early
    ("甲" * 25, 10, [10, 20, 25]),                       # no sentence at all: cut at the size
])
def test_piece_ends(text, size, ends):
    assert api.piece_ends(text, size) == ends


def _json(pages) -> bytes:
    return b"".join(api.iter_pieces_json(pages))


def test_one_piece_gives_the_whole_page_json():
    count, pages = api.process_pieces(REPORT * 3)
    assert count == 1
    page = next(pages)
    assert _json(iter([page])) == b"".join(api.iter_result_json(page))


def test_pieces_keep_offsets_into_the_source(monkeypatch):
    # a one-line page: pieces are cut at sentence ends
    text = "".join(REPORT.replace("\n", "").replace("41.27", f"{k}.5") for k in range(40))
    monkeypatch.setattr(api, "PIECE_CHARS", 1000)
    count, pages = api.process_pieces(text.encode(), "one_line.txt")
    assert count > 3
    result = ExtractResult.model_validate_json(_json(pages))
    assert [d.index for d in result.documents] == list(range(len(result.documents)))
    starts = [d.source_start for d in result.documents]
    assert starts == sorted(starts) and result.documents[-1].source_end <= len(text)
    metrics = [m for d in result.documents for m in d.metrics]
    assert len(metrics) >= 4 * 40
    for d in result.documents:
        for m in d.metrics:
            assert text[m.source_start:m.source_end] == d.text[m.start:m.end]
    # the values the whole page gives, at the same source offsets
    whole = api.to_result(api.process(text.encode()))
    assert ({(m.source_start, m.value) for d in whole.documents for m in d.metrics}
            == {(m.source_start, m.value) for m in metrics})


def test_removals_and_numbering_are_merged(monkeypatch):
    page = ("首页 > 信息公开 > 工作总结\n" + REPORT + "分享到：微信 微博\n") * 6
    monkeypatch.setattr(api, "PIECE_CHARS", 400)
    count, pages = api.process_pieces(page)
    assert count > 1
    result = orjson.loads(_json(pages))
    whole = orjson.loads(b"".join(api.iter_result_json(api.process(page))))
    assert [r["source_start"] for r in result["removed"]] == sorted(r["source_start"] for r in result["removed"])
    assert {(r["kind"], r["source_start"]) for r in result["removed"]} >= {
        (r["kind"], r["source_start"]) for r in whole["removed"] if r["kind"] != "duplicate"}
    dups = [d["duplicate_of"] for d in result["documents"] if d["duplicate_of"] is not None]
    assert all(0 <= i < len(result["documents"]) for i in dups)
