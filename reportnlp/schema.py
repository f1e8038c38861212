"""The JSON contract of ``reportnlp extract`` (pydantic models).

Every located item carries ``start``/``end`` in its document's ``text`` and
``source_start``/``source_end`` in the decoded input file.
"""
from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

SCHEMA_VERSION = "1.0"


class Located(BaseModel):
    start: int = Field(description="offset in the document text")
    end: int
    source_start: int = Field(description="offset in the decoded input file")
    source_end: int


class Removed(BaseModel):
    kind: str = Field(description="class of noise: preface, pagination, watermark, seo_title, ...")
    text: str
    source_start: int
    source_end: int


class LostCharacters(BaseModel):
    text: str
    source_start: int
    source_end: int


class Section(Located):
    label: str = Field(description="基本情况 | 主要做法 | 存在问题 | 下一步 | 其他")
    heading: Optional[str] = None
    level: Optional[int] = None


class Metric(Located):
    indicator: str = Field(description="the noun phrase measured, as written")
    canonical: Optional[str] = Field(None, description="normalized indicator name from the lexicon")
    value: float
    unit: str
    base_value: float
    base_unit: str
    unit_kind: str
    qualifier: Optional[str] = None
    approximate: bool = False
    target: bool = Field(False, description="planned or projected, not achieved")
    direction: Optional[str] = Field(None, description="increase | decrease for changes and comparisons")
    period: Optional[str] = None
    low: Optional[float] = None
    high: Optional[float] = None
    decimals: int = 0
    family: Optional[int] = Field(None, description="id shared by a numerator/denominator/rate family")
    role: Optional[str] = Field(None, description="total | part | numerator | denominator | rate")
    grade: Optional[str] = Field(None, description="canonical rating grade for rating counts")
    sentence: str = Field(description="the value's sentence, at most 60 characters on each side of the value")
    sentence_start: int = Field(description="offset of the whole sentence in the document text")
    sentence_end: int
    section: Optional[str] = None


class Score(Located):
    item: str
    max_score: Optional[float] = None
    self_score: Optional[float] = None
    assessed_score: Optional[float] = None
    deducted: Optional[float] = None
    sentence: str


class CommitmentTarget(BaseModel):
    indicator: Optional[str] = None
    value: Optional[float] = None
    unit: Optional[str] = None
    target: bool = True


class FormCell(Located):
    kind: str = Field(description="label | target | actual | budget | max | self | reason")
    text: str


class FormRow(Located):
    item: str
    max_score: float
    self_score: float
    target: Optional[str] = Field(None, description="the target cell (指标值) as written")
    actual: Optional[str] = Field(None, description="the actual cell (实际完成值) as written")
    reason: Optional[str] = Field(None, description="the deviation reason cell")
    target_value: Optional[float] = Field(None, description="the target as a number, when target and actual are numbers in one unit")
    actual_value: Optional[float] = None
    met: Optional[bool] = Field(None, description="the actual meets the target (≤ targets are ceilings)")
    cells: list[FormCell] = Field(default_factory=list)


class FormSubtotal(Located):
    max_score: float


class FormTotal(Located):
    label: str
    kind: str = Field(description="total | subtotal")
    max_score: Optional[float] = None
    self_score: Optional[float] = None


class Form(Located):
    """A self-evaluation form (绩效自评表, 考核自评表) read back as a table."""

    columns: list[str] = Field(description="column kinds in header order: target, actual, budget, max, rate, self, reason, ...")
    rows: list[FormRow] = Field(default_factory=list)
    subtotals: list[FormSubtotal] = Field(default_factory=list)
    totals: list[FormTotal] = Field(default_factory=list)


class Commitment(Located):
    text: str
    action: Optional[str] = Field(None, description="the verb-object head of the measure (建成…平台)")
    owner: Optional[str] = Field(None, description="who is to act, when the text names it (各乡镇, 县教育局)")
    cue: Optional[str] = None
    deadline: Optional[str] = Field(None, description="the time expression as written, or inherited from the list's lead-in")
    deadline_date: Optional[str] = Field(None, description="ISO date the deadline resolves to, when the year is known")
    section: Optional[str] = None
    targets: list[int] = Field(default_factory=list, description="indexes of target metrics in this commitment")
    target: Optional[CommitmentTarget] = Field(None, description="the quantity promised, when there is one")
    confidence: Optional[float] = Field(None, description="classifier probability (null when decided by rules)")


class Flag(Located):
    code: str
    severity: str
    message: str
    evidence: str
    stated: Optional[float] = None
    computed: Optional[float] = None
    tolerance: Optional[float] = Field(None, description="the difference printed rounding allows (mismatch flags)")
    confidence: Optional[float] = Field(None, description="how likely the flag is right (0–1)")


class Placeholder(Located):
    text: str


class Metadata(BaseModel):
    year: Optional[int] = None
    period: Optional[str] = None
    unit: Optional[str] = None
    unit_level: Optional[str] = Field(None, description="乡 | 镇 | 街道 | 县 | 区 | 市 | 省 | 部门")
    regions: list[str] = Field(default_factory=list)
    document_numbers: list[str] = Field(default_factory=list)
    placeholders: list[Placeholder] = Field(default_factory=list)


class Risk(BaseModel):
    score: float
    reasons: list[str] = Field(default_factory=list)


class ReportDocument(BaseModel):
    index: int
    text: str
    title: Optional[str] = None
    doc_type: str
    duplicate_of: Optional[int] = Field(
        None, description="index of an earlier document of this file that this one repeats near-verbatim; "
                          "a repeat keeps its own metrics, flags and risk here, but `compare` (metrics, flags, "
                          "risk tables and the summary) and corpus statistics count it once, as its original")
    duplicate_similarity: Optional[float] = None
    source_start: int
    source_end: int
    sections: list[Section] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    scores: list[Score] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list,
                              description="audit flags; kept on repeats too (see duplicate_of), counted once in compare")
    forms: list[Form] = Field(default_factory=list, description="self-evaluation forms read as tables")
    metadata: Metadata = Field(default_factory=Metadata)
    risk: Risk = Field(default_factory=lambda: Risk(score=0.0),
                       description="risk summary of this document; compare's risk table leaves repeats out")
    omitted: dict[str, int] = Field(default_factory=dict,
                                    description="items left out beyond 20,000 of a kind per report (metrics, flags, ...)")


class ExtractResult(BaseModel):
    schema_version: str = SCHEMA_VERSION
    id: Optional[str] = None
    source: str
    encoding: str
    script: str = Field(description="script of the input: simplified | traditional | mixed")
    replaced_bytes: int = Field(0, description="undecodable bytes replaced while decoding")
    lost_characters: list[LostCharacters] = Field(default_factory=list, description="'??' and U+FFFD left by upstream")
    removed: list[Removed] = Field(default_factory=list)
    documents: list[ReportDocument] = Field(default_factory=list)


class ErrorRecord(BaseModel):
    """The line ``reportnlp batch`` writes for an input it could not analyse."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="the input's id: its path, or the JSONL record's id as a string")
    source: str = Field(description="where the input came from (path, or path:line of a JSONL record)")
    error_code: str = Field(description="empty | binary | unreadable | timeout | too_large | internal | duplicate_id")
    message: str = Field(description="one human-readable line")


# -- plain dicts straight to the JSON of a model ------------------------------------------------
#
# api.result_dict writes what ``model_dump(mode="json")`` gives without building the models:
# for each model a function, generated from its fields, that puts a plain dict (or a span's
# payload) in the model's field order and types. The functions' source is checked in as
# reportnlp/dump_plans.py (``python -m reportnlp.schema`` writes it), so `reportnlp extract`
# need not import pydantic; api regenerates it in memory when this file or payloads.py changed
# since (tests/test_result_json.py fails then too).

PLANS_FILE = Path(__file__).resolve().parent / "dump_plans.py"
_EXACT = {str: "str", int: "int", bool: "bool"}


class _Source:
    """The functions of one plans module, each model's dict plan generated once."""

    def __init__(self) -> None:
        self.functions: dict[str, str] = {}

    def check(self, ann, v: str) -> str:
        """An expression that is the JSON-mode dump of the value named ``v`` of annotation
        ``ann``, or raises NotPlain."""
        origin, args = typing.get_origin(ann), typing.get_args(ann)
        if origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
            inner = next(a for a in args if a is not type(None))
            return f"(None if {v} is None else {self.check(inner, v)})"
        if origin is list:
            item = self.check(args[0], "x")
            body = f"list({v})" if item == "x" else f"[{item} for x in {v}]"
            return f"({body} if type({v}) is list else not_plain({v}))"
        if origin is dict:
            if args != (str, int):
                raise TypeError(f"no plain conversion for {ann!r}")
            return (f"(dict({v}) if type({v}) is dict and all(type(k) is str and type(x) is int "
                    f"for k, x in {v}.items()) else not_plain({v}))")
        if ann is float:  # an int becomes a float as pydantic makes it; inf and nan go the validated way
            return f"({v} if type({v}) is float and {v} - {v} == 0 else plain_float({v}))"
        if ann in _EXACT:
            return f"({v} if type({v}) is {_EXACT[ann]} else not_plain({v}))"
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            return f"{self.dict_plan(ann)}({v})"
        raise TypeError(f"no plain conversion for {ann!r}")

    def _function(self, name: str, model: type[BaseModel], head: str, lines: list[str], read, passthrough=()) -> str:
        fields = []
        for k, (field, info) in enumerate(model.model_fields.items()):
            if info.is_required():
                default = f"not_plain({field!r})"
            else:  # a default is dumped as it is: a factory's product (a model) as its JSON-mode dict
                value = info.default_factory() if info.default_factory is not None else info.default
                default = repr(value.model_dump(mode="json") if isinstance(value, BaseModel) else value)
            lines.append(f"    v{k} = {read(field, default)}")
            fields.append(f"{field!r}: " + (f"v{k}" if field in passthrough else self.check(info.annotation, f"v{k}")))
        self.functions[name] = "\n".join([head, *lines, "    return {", *(f"        {f}," for f in fields), "    }"])
        return name

    def dict_plan(self, model: type[BaseModel], passthrough: frozenset = frozenset(), name: str | None = None) -> str:
        """``name(d)``: ``model(**d).model_dump(mode="json")`` for a plain dict ``d`` of the exact
        types the fields declare (ints for floats too): fields in the model's order, defaults
        filled in, unknown keys dropped, those in ``passthrough`` taken as they are (dumped
        already). Raises NotPlain for any other value (a str for an int, a model instance)."""
        name = name or f"_dump_{model.__name__}"
        if name not in self.functions:
            self.functions[name] = ""  # (a model nested in itself would recurse)
            self._function(name, model, f"def {name}(d):", ["    if type(d) is not dict:", "        not_plain(d)"],
                           _read_dict, passthrough)
        return name

    def item_plan(self, name: str, model: type[BaseModel], payload: type, extra: tuple[str, ...]) -> str:
        """``name(data, *values)``: the dump of ``model`` built from a span payload's public fields
        (``data``, of class ``payload``) and ``values`` for the fields named in ``extra``."""
        from .payloads import public_fields

        public = set(public_fields(payload))
        return self._function(
            name, model, f"def {name}(p, {', '.join(extra)}):",
            [f"    if type(p) is not {payload.__name__}:", "        not_plain(p)"],
            lambda f, default: f if f in extra else (f"p.{f}" if f in public else default))


def _read_dict(field: str, default: str) -> str:
    if default.startswith("not_plain("):
        return f"d[{field!r}] if {field!r} in d else {default}"
    if default.startswith(("[", "{")):  # made only when missing (a fresh list or dict)
        return f"d[{field!r}] if {field!r} in d else {default}  # noqa: SIM401"
    return f"d.get({field!r}, {default})"


def plans_source(dicts: dict[str, tuple[str, tuple[str, ...]]],
                 items: dict[str, tuple[str, str, tuple[str, ...]]]) -> str:
    """The source of the plans module: ``dicts`` names a dict plan (model name, passthrough
    fields), ``items`` an item plan (model name, payload class name, extra fields)."""
    from . import payloads

    src = _Source()
    for name, (model, passthrough) in dicts.items():
        src.dict_plan(globals()[model], frozenset(passthrough), name)
    for name, (model, payload, extra) in items.items():
        src.item_plan(name, globals()[model], getattr(payloads, payload), extra)
    names = sorted({p for _, p, _ in items.values()} | {"NotPlain", "not_plain", "plain_float"})
    return "\n".join([
        '"""Generated by ``python -m reportnlp.schema`` from schema.py: see its "plain dicts" part."""',
        "from .payloads import (  # noqa: F401", *(f"    {n}," for n in names), ")",
        "", f"KEY = {payloads.plans_key()!r}", *(f"\n\n{body}" for body in src.functions.values()), ""])


# -- the published JSON Schema -----------------------------------------------------------------

SCHEMA_BASE = "https://reportnlp.example.org/schema/"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"

SECTION_LABELS = ["基本情况", "主要做法", "存在问题", "下一步", "其他"]


def _vocabularies() -> dict[tuple[str, str], list]:
    """(model, field) -> the closed set of values that field takes, read from the same
    resources the stages use, so the schema cannot drift from them."""
    from .batch.workers import ERROR_CODES
    from .checks import REGISTRY, settings as check_settings
    from .checks import rules  # noqa: F401  (registers the checks)
    from .lexicons import load_yaml

    doc_types = load_yaml("doc_types.yml")
    types = list(dict.fromkeys([t["type"] for t in doc_types["types"]]
                               + [o["type"] for o in doc_types.get("openings", [])] + [doc_types["default"]]))
    levels = list(dict.fromkeys(load_yaml("metadata.yml")["levels"].values()))
    severities = sorted(set(check_settings()["severity"].values()) | {"info"})
    unit_kinds = ["count", "rate", "money", "area", "duration", "score", "length", "weight", "other", "number"]
    return {
        ("Section", "label"): SECTION_LABELS,
        ("Metric", "section"): SECTION_LABELS,
        ("Commitment", "section"): SECTION_LABELS,
        ("Metric", "unit_kind"): unit_kinds,
        ("Metric", "direction"): ["increase", "decrease"],
        ("Metric", "role"): ["total", "part", "numerator", "denominator", "rate"],
        ("Flag", "code"): sorted(REGISTRY),
        ("Flag", "severity"): severities,
        ("Metadata", "unit_level"): levels,
        ("ReportDocument", "doc_type"): types,
        ("ExtractResult", "script"): ["simplified", "traditional", "mixed"],
        ("ErrorRecord", "error_code"): sorted(ERROR_CODES),
    }


def _add_enums(schema: dict, vocab: dict[tuple[str, str], list]) -> dict:
    defs = schema.get("$defs", {})
    for (model, fname), values in vocab.items():
        node = schema if schema.get("title") == model else defs.get(model)
        if node is None or fname not in node.get("properties", {}):
            continue
        prop = node["properties"][fname]
        if "anyOf" in prop:  # Optional[str]: the string branch gets the enum, null stays allowed
            for branch in prop["anyOf"]:
                if branch.get("type") == "string":
                    branch["enum"] = list(values)
        else:
            prop["enum"] = list(values)
    return schema


def result_schema() -> dict:
    """The JSON Schema of one ``reportnlp extract`` result (``reportnlp schema``)."""
    body = _add_enums(ExtractResult.model_json_schema(), _vocabularies())
    return {"$schema": _DIALECT, "$id": SCHEMA_BASE + f"extract-{SCHEMA_VERSION}.json",
            "description": "One input file analysed: its reports with sections, metrics, scores, "
                           "commitments and audit flags; every located item carries offsets in its "
                           "report's text and in the decoded input.", **body}


def batch_line_schema() -> dict:
    """The JSON Schema of one line of ``reportnlp batch`` output: a result or an error record."""
    vocab = _vocabularies()
    result = _add_enums(ExtractResult.model_json_schema(ref_template="#/$defs/{model}"), vocab)
    error = _add_enums(ErrorRecord.model_json_schema(), vocab)
    defs = dict(result.pop("$defs", {}))
    defs["ExtractResult"] = result
    defs["ErrorRecord"] = error
    # a result never has error_code and an error record never has documents: exactly one matches
    defs["ErrorRecord"]["required"] = sorted(set(error.get("required", [])) | {"error_code"})
    return {"$schema": _DIALECT, "$id": SCHEMA_BASE + f"batch-line-{SCHEMA_VERSION}.json",
            "description": "One line of `reportnlp batch` output: the result of one input, or the "
                           "error record of an input that could not be analysed.",
            "oneOf": [{"$ref": "#/$defs/ExtractResult"}, {"$ref": "#/$defs/ErrorRecord"}],
            "$defs": defs}


if __name__ == "__main__":  # python -m reportnlp.schema: write reportnlp/dump_plans.py
    from .api import PLANS

    PLANS_FILE.write_text(plans_source(*PLANS), encoding="utf-8")
