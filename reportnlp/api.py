"""Library entry points: bytes, text or a path in, an ExtractResult out."""
from __future__ import annotations

import functools
import gc
from pathlib import Path
from typing import Iterable, Iterator

from .document import Document
from .payloads import CommitmentData, FlagData, MetricData, ScoreData, SectionData, public_dict, public_fields
from .schema import (Commitment, ExtractResult, Flag, Form, Metric, ReportDocument, Score, Section, exact_type_test,
                     item_setup)
from .stages.decode import decode


@functools.lru_cache(maxsize=8)
def _pipeline(templates=None):
    from .pipeline import default_pipeline

    return default_pipeline(templates=templates)


def _template_set(templates):
    if templates is None:
        return None
    from .templates import as_template_set

    return as_template_set(templates) or None


def process(data: bytes | str, source: str = "<text>", templates=None) -> Document:
    """Run every stage; the page Document holds one part per report.

    ``templates``: a TemplateSet a batch learned, or the path of its JSON file
    (``reportnlp batch --templates-out``); its lines are stripped as site chrome."""
    return _pipeline(_template_set(templates))(decode(data, source))


# A page of more characters than this (a flattened PDF, a scrape that lost its line breaks) can
# be analysed in pieces of at most this size, one piece in memory at a time: a piece's spans
# and the stages' working data cost some 30 bytes per input byte: a 50 MB one-line page analysed
# whole had reached 1.3 GB RSS and was still running after 40 minutes (in pieces: 348 MB, 17 min).
# A piece is cut after a line break, else after a sentence end.
PIECE_CHARS = 1_000_000
_SENTENCE_ENDS = "。！？!?；;"


def piece_ends(text: str, size: int | None = None) -> list[int]:
    """Where the pieces of ``text`` end: after the last line break in the second half of the
    next ``size`` characters, else after its last sentence end, else (no sentence at all) at
    ``size``. One piece, ending at ``len(text)``, for a text of at most ``size`` characters."""
    size = size or PIECE_CHARS
    ends, start = [], 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n", lo, hi) + 1 or max(text.rfind(c, lo, hi) for c in _SENTENCE_ENDS) + 1 or hi
        ends.append(cut)
        start = cut
    return [*ends, len(text)]


def process_pieces(data: bytes | str, source: str = "<text>", templates=None) -> tuple[int, Iterator[Document]]:
    """:func:`process` for a page of any size: the number of pieces (:func:`piece_ends`) and an
    iterator that analyses them one by one, each a page Document whose offsets reach the whole
    source. A page of at most PIECE_CHARS characters is one piece, processed as by :func:`process`.

    Decoding happens here (a bad input raises before the first piece); reports are found within a
    piece, so a report crossing a cut becomes two and repeats are told apart within a piece."""
    pipeline = _pipeline(_template_set(templates))
    page = decode(data, source)
    ends = piece_ends(page.text)
    return len(ends), _pieces(pipeline, page, ends)


def _pieces(pipeline, page: Document, ends: list[int]) -> Iterator[Document]:
    if len(ends) == 1:
        yield pipeline(page)
        return
    start = 0
    for end in ends:
        piece = page.window(start, end)
        piece.meta = dict(page.meta)  # the decoder's findings (encoding, replaced bytes) hold for every piece
        yield pipeline(piece)
        start = end


# Output stays proportional to the input: a metric shows at most this many characters of its
# sentence on each side (sentence_start/sentence_end locate the whole sentence), and a report
# lists at most MAX_ITEMS items of each kind (a page of 100,000 bare numbers is a data dump;
# what is left out is counted in ``omitted``).
SENTENCE_WINDOW = 60
MAX_ITEMS = 20_000


def _with_sources(doc: Document, spans: list) -> Iterator[tuple]:
    """(span, (source_start, source_end)) for each span; the offsets of all of them are mapped
    back together (Document.spans_to_source)."""
    return zip(spans, doc.spans_to_source([(sp.start, sp.end) for sp in spans]))


def _located(doc: Document, span, source: tuple[int, int]) -> dict:
    # one new dict per item, filled in place (validation orders the keys as the model does)
    d = public_dict(span.data)
    d["start"], d["end"] = span.start, span.end
    d["source_start"], d["source_end"] = source
    return d


def _metric(doc: Document, span, source: tuple[int, int]) -> dict:
    d = _located(doc, span, source)
    s, e = span.data.sentence_span
    d["sentence_start"], d["sentence_end"] = s, e
    d["sentence"] = doc.text[max(s, span.start - SENTENCE_WINDOW):min(e, span.end + SENTENCE_WINDOW)]
    return d


def _form(doc: Document, span, source: tuple[int, int]) -> dict:
    """A form as a table: columns, rows with their cells, subtotals and totals, all located."""
    f = span.data
    # every located piece's offsets mapped back as one list (a form has dozens of cells)
    pieces = [*f.rows, *(c for r in f.rows for c in r["cells"]), *f.subtotals, *f.totals]
    ranges = list(dict.fromkeys((x["start"], x["end"]) for x in pieces))
    sources = dict(zip(ranges, doc.spans_to_source(ranges)))

    def at(x: dict) -> dict:
        ss, se = sources[x["start"], x["end"]]
        return {"start": x["start"], "end": x["end"], "source_start": ss, "source_end": se}

    rows = [{"item": r["item"], "max_score": r["max_score"], "self_score": r["self_score"],
             "target": r["target"], "actual": r["actual"], "reason": r["reason"], "target_value": r["target_value"],
             "actual_value": r["actual_value"], "met": r["met"], **at(r),
             "cells": [{"kind": c["kind"], "text": c["text"], **at(c)} for c in r["cells"]]} for r in f.rows]
    return {"start": span.start, "end": span.end, "source_start": source[0], "source_end": source[1],
            "columns": f.columns, "rows": rows,
            "subtotals": [{"max_score": x["max_score"], **at(x)} for x in f.subtotals],
            "totals": [{"label": t["label"], "kind": t["label_kind"], "max_score": t["max_score"],
                        "self_score": t["self_score"], **at(t)} for t in f.totals]}


def _spans(part: Document, name: str) -> list:
    """The spans behind one list field; scores read from a form's rows join the prose ones."""
    if name == "scores":
        return sorted(part.get("scores") + part.get("form_scores"), key=lambda s: s.start)
    return part.get(name)


def _section(part: Document, span, source: tuple[int, int]) -> dict:
    d = _located(part, span, source)
    d["label"] = span.label
    return d


# list fields of a report: (name, item model, how one span becomes its dict, capped)
_LISTS = (("sections", Section, _section, False), ("metrics", Metric, _metric, True),
          ("scores", Score, _located, True), ("forms", Form, _form, False),
          ("commitments", Commitment, _located, True), ("flags", Flag, _located, True))


# How each list's item model gets the fields that are not its payload's public fields (besides
# start, end, source_start, source_end): the payload class, code run first, field -> expression.
# (a form's nested rows and cells are validated)
_ITEM_FIELDS = {
    "sections": (SectionData, "", {"label": "sp.label"}),
    "metrics": (MetricData, "s, e = data.sentence_span",
                {"sentence": "part.text[max(s, sp.start - _api.SENTENCE_WINDOW):min(e, sp.end + _api.SENTENCE_WINDOW)]",
                 "sentence_start": "s", "sentence_end": "e"}),
    "scores": (ScoreData, "", {}),
    "commitments": (CommitmentData, "", {}),
    "flags": (FlagData, "", {}),
}


def _item_maker(model, fn, dump: bool = False):
    """``make(part, span, source)``: ``model(**fn(part, span, source))``, the item the result
    lists, set up directly from the span and its payload when every value has its field's exact
    type already (what validation would keep as it is; schema.exact_type_test), else validated.
    With ``dump``, the item's ``model_dump(mode="json")`` instead: for such values the dict of
    them in the model's field order, no model set up and dumped (the streaming output).

    Validating each item's dict cost about as much as building the dict, twice what setting
    the instance up costs (~20,000 items over the 494 benchmark pages)."""
    import sys

    name = next(n for n, m, *_ in _LISTS if m is model)
    if dump:
        plain = lambda part, sp, src: model(**fn(part, sp, src)).model_dump(mode="json")  # noqa: E731
    else:
        plain = lambda part, sp, src: model(**fn(part, sp, src))  # noqa: E731
    if name not in _ITEM_FIELDS:
        return plain
    payload, prelude, extra = _ITEM_FIELDS[name]
    exprs = {"start": "sp.start", "end": "sp.end", "source_start": "src[0]", "source_end": "src[1]", **extra}
    public = public_fields(payload)
    assert set(model.model_fields) == set(exprs) | set(public) and not set(exprs) & set(public)
    fields = list(model.model_fields)  # validation orders a model's dict so
    assert all(f.isidentifier() for f in fields)  # the code below is built from field names
    scope, setup = item_setup(model)
    scope.update(_api=sys.modules[__name__], _payload=payload, _plain=plain)
    tests, values = zip(*(exact_type_test(model.model_fields[f].annotation, f"v{k}") for k, f in enumerate(fields)))
    code = "\n    ".join([
        "def make(part, sp, src):",
        "data = sp.data",
        "if type(data) is not _payload:",
        "    return _plain(part, sp, src)",
        prelude or "pass",
        *(f"v{k} = {exprs.get(f, f'data.{f}')}" for k, f in enumerate(fields)),
        f"if not ({' and '.join(tests)}):",
        "    return _plain(part, sp, src)",
        *(["return {values}"] if dump else [setup, "return m"])])
    code = code.replace("{values}", "{" + ", ".join(f"{f!r}: {value}" for f, value in zip(fields, values)) + "}")
    exec(code, scope)  # noqa: S102 - built from the model's own field names
    return scope["make"]


@functools.cache
def _makers(dump: bool = False) -> dict:
    return {name: _item_maker(model, fn, dump) for name, model, fn, _ in _LISTS}


def _listed(part: Document) -> tuple[dict[str, int], list, tuple[int, int]]:
    """What a report lists: the counts left out, (name, fn, spans, their sources) of each list
    (what is written out) and the source range of the whole report.

    The report's own range and all its items go through the offset maps as one list: per item
    list, the calls through the chain of maps cost as much as the mapping itself."""
    omitted: dict[str, int] = {}
    listed = []  # (name, fn, the spans written out)
    for name, _model, fn, capped in _LISTS:
        spans = _spans(part, name)
        if capped and len(spans) > MAX_ITEMS:
            omitted[name] = len(spans) - MAX_ITEMS
            spans = spans[:MAX_ITEMS]
        listed.append((name, fn, spans))
    sources = part.spans_to_source([(0, len(part.text))] + [(sp.start, sp.end) for _, _, spans in listed for sp in spans])
    at = 1
    for k, (name, fn, spans) in enumerate(listed):
        listed[k] = (name, fn, spans, sources[at:at + len(spans)])
        at += len(spans)
    return omitted, listed, sources[0]


def _doc_head(i: int, part: Document, source: tuple[int, int]) -> dict:
    """A report's fields before its item lists."""
    meta = part.meta
    return dict(index=i, text=part.text, title=meta.get("title"), doc_type=meta.get("doc_type", "其他"),
                duplicate_of=meta.get("duplicate_of"), duplicate_similarity=meta.get("duplicate_similarity"),
                source_start=source[0], source_end=source[1], metadata=meta.get("metadata", {}),
                risk=meta.get("risk", {"score": 0.0}))


def _doc_dict(i: int, part: Document, lists: bool = True, models: bool = False) -> dict:
    """A report as plain dicts; with ``lists`` false its item lists are left empty (streaming);
    with ``models`` its items are their models already (_item_maker)."""
    omitted, listed, source = _listed(part)
    d = _doc_head(i, part, source)
    makers = _makers() if models else {}
    for name, fn, spans, sources in listed:
        fn = makers.get(name, fn)
        d[name] = [fn(part, sp, src) for sp, src in zip(spans, sources)] if lists else []
    d["omitted"] = omitted
    return d


def _page_dict(page: Document, id: str | None, documents: list) -> dict:
    lost = []
    for item in page.meta.get("lost_characters", []):
        s, e = item["source"]
        lost.append({"text": item["text"], "source_start": s, "source_end": e})
    return dict(
        id=id,
        source=page.source,
        encoding=page.meta.get("encoding", "unicode"),
        script=page.meta.get("script", "simplified"),
        replaced_bytes=page.meta.get("replaced_bytes", 0),
        lost_characters=lost,
        mojibake=[{"read_as": m["read_as"], "written_in": m["written_in"], "source_start": m["source"][0],
                   "source_end": m["source"][1]} for m in page.meta.get("mojibake", [])],
        removed=[{"kind": r.kind, "text": r.text, "source_start": r.source_start, "source_end": r.source_end}
                 for r in page.removed],
        documents=documents,
    )


def to_result(page: Document, id: str | None = None) -> ExtractResult:
    """Turn the processed page into the output contract.

    The items are their models already (_item_maker); the plain dicts around them are validated
    once at the top, taking an item model as it is."""
    return ExtractResult(**_page_dict(page, id, [_doc_dict(i, part, models=True) for i, part in enumerate(page.parts)]))


def item_count(page: Document) -> int:
    """Located items of every report (what makes a result large)."""
    return sum(len(_spans(part, name)) for part in page.parts for name, *_ in _LISTS)


def _json_str(text: str, size: int = 1 << 16) -> Iterator[bytes]:
    """``orjson.dumps(text)`` in slices (JSON escapes each character alone, so the bytes are the
    same): a page's text dumped whole holds its UTF-8 twice, the result and a copy cached on the str."""
    import orjson

    yield b'"'
    for k in range(0, len(text), size):
        yield orjson.dumps(text[k:k + size])[1:-1]
    yield b'"'


def _head_json(page: Document, id: str | None) -> Iterator[bytes]:
    """The result's fields before ``documents``, as ``{"schema_version":...,"documents":`` """
    import orjson

    head = ExtractResult(**_page_dict(page, id, [])).model_dump(mode="json")
    yield b"{"
    for k, (key, value) in enumerate(head.items()):
        yield (b"," if k else b"") + orjson.dumps(key) + b":"
        if key != "documents":
            yield orjson.dumps(value)


# items the streaming output dumps with one orjson call (their dicts, not the whole list, in memory)
_DUMP_BATCH = 256


def _documents_json(page: Document, first: int = 0) -> Iterator[bytes]:
    """The page's reports as JSON objects, numbered from ``first``, each after a comma but the 0th."""
    import orjson

    dumpers = _makers(dump=True)  # model(**fn(part, sp, src)).model_dump(mode="json")
    for i, part in enumerate(page.parts, first):
        omitted, listed, source = _listed(part)
        d = _doc_head(i, part, source)
        if first and d["duplicate_of"] is not None:
            d["duplicate_of"] += first
        d["omitted"] = omitted
        # the text goes around validation and model_dump: through them it was copied several times
        doc = ReportDocument(**{**d, "text": ""}).model_dump(mode="json")
        items = {name: (spans, sources) for name, _fn, spans, sources in listed}
        yield b",{" if i else b"{"
        for j, (dkey, dvalue) in enumerate(doc.items()):
            yield (b"," if j else b"") + orjson.dumps(dkey) + b":"
            if dkey == "text":
                yield from _json_str(part.text)
                continue
            if dkey not in items:
                yield orjson.dumps(dvalue)
                continue
            spans, sources = items[dkey]
            dump = dumpers[dkey]
            yield b"["
            # a batch of items as one JSON list less its brackets: the items' JSON with commas between
            for k in range(0, len(spans), _DUMP_BATCH):
                batch = [dump(part, sp, src) for sp, src in zip(spans[k:k + _DUMP_BATCH], sources[k:k + _DUMP_BATCH])]
                yield (b"," if k else b"") + orjson.dumps(batch)[1:-1]
            yield b"]"
        yield b"}"


def iter_result_json(page: Document, id: str | None = None) -> Iterator[bytes]:
    """The JSON of :func:`to_result` (compact), produced piece by piece for huge pages.

    Each item is validated through its own model and serialized alone, so memory holds one
    item's objects at a time instead of the whole result tree as dicts, models and one string."""
    yield from _head_json(page, id)
    yield b"["
    yield from _documents_json(page)
    yield b"]}"


def iter_pieces_json(pieces: Iterable[Document], id: str | None = None) -> Iterator[bytes]:
    """The result JSON (compact) of a page analysed in pieces (:func:`process_pieces`): the
    reports of every piece in order, numbered on; removals and lost characters of all pieces
    together; the script as the first piece tells it (as for a whole page, its start decides).

    The fields before ``documents`` are complete only after the last piece, so the reports wait
    in a temporary file meanwhile, not in memory."""
    import tempfile

    merged: Document | None = None
    count = 0
    with tempfile.TemporaryFile() as spool:
        for piece in pieces:
            if merged is None:
                merged = Document(text="", source=piece.source, meta={**piece.meta, "lost_characters": [],
                                                                       "mojibake": []})
            merged.meta["lost_characters"] += piece.meta.get("lost_characters", [])
            merged.meta["mojibake"] += piece.meta.get("mojibake", [])
            merged.removed += piece.removed
            for chunk in _documents_json(piece, count):
                spool.write(chunk)
            count += len(piece.parts)
            piece = None  # the piece's spans go now, not once the next piece is done
        if merged is None:
            raise ValueError("no pieces")
        yield from _head_json(merged, id)
        yield b"["
        spool.seek(0)
        while block := spool.read(1 << 20):
            yield block
        yield b"]}"


def warm_up() -> int:
    """Load what the pipeline loads on first use (rule files, models, the segmenter's dictionary,
    the HTML parser) by running a few short pages, then decode one from the other encodings a page
    comes in (their codecs and the legacy-encoding detector, ~0.03 s, load on first use), load the
    script converters and compile every rule pattern loaded so far that the pages did not need.
    A long-running process calls this to pay its start-up at once, rather than spread over its
    first pages (batch workers do); the number of patterns compiled here. What is loaded by then
    is frozen out of the garbage collector's reach (``gc.freeze``) for the process's lifetime."""
    from . import re_cache
    from .patterns import compile_created
    from .segment import cut
    from .chinese_script import load_converters

    cut("预热")
    extract_bytes("预热：2023年度完成10项工作，下一步将继续推进。".encode())
    # a report's usual parts too: numbered headings, counts, a rate, a plan
    extract_bytes("预热：2023年度工作总结\n一、主要工作\n全年完成了10项工作，邀请社区干部30名参加培训，受理来信31件，"
                  "办结率100%。\n二、下一步\n下一步将继续推进。".encode())
    extract_bytes("<html><body><h1>预热</h1><p>完成10项工作。</p></body></html>".encode())  # the HTML parser
    for encoding in ("gb18030", "big5", "utf-16-le", "utf-16"):
        decode("預熱：2023年度完成10項工作，下一步將繼續推進。".encode(encoding))
    load_converters()
    compiled = compile_created()
    re_cache.store().save()  # now, not only at exit: a batch worker may be stopped
    # what start-up loaded (rule tables, models, the dictionary) lives as long as the process: kept
    # out of the collector's generations, it is not walked again by each full collection (one
    # cost 0.1-0.3 s, landing on whichever page was being read; ~1.7% of a cold run's instructions)
    gc.collect()
    gc.freeze()
    return compiled


def extract_bytes(data: bytes, source: str = "<bytes>", id: str | None = None, templates=None) -> ExtractResult:
    """Decode and analyse raw file bytes of any common encoding."""
    return to_result(process(data, source, templates), id=id)


def extract_text(text: str, source: str = "<text>", id: str | None = None, templates=None) -> ExtractResult:
    """Analyse an already-decoded report text."""
    return to_result(process(text, source, templates), id=id)


def extract_file(path: str | Path, id: str | None = None, templates=None) -> ExtractResult:
    """Read a file and analyse it."""
    p = Path(path)
    return extract_bytes(p.read_bytes(), source=str(p), id=id, templates=templates)


def clean_text(data: bytes | str, source: str = "<text>", templates=None) -> str:
    """The cleaned text of every non-repeated report, separated by blank lines."""
    page = process(data, source, templates)
    return "\n\n".join(p.text for p in page.parts if p.meta.get("duplicate_of") is None)
