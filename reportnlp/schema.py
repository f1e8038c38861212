"""The JSON contract of ``reportnlp extract`` (pydantic models).

Every located item carries ``start``/``end`` in its document's ``text`` and
``source_start``/``source_end`` in the decoded input file.
"""
from __future__ import annotations

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


class Mojibake(BaseModel):
    read_as: str = Field(description="the codec that misread the bytes upstream: latin-1 | gbk")
    written_in: str = Field(description="the codec the bytes were written in, used to re-read them")
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
    mojibake: list[Mojibake] = Field(default_factory=list,
                                     description="runs of text decoded with the wrong codec upstream, re-read")
    removed: list[Removed] = Field(default_factory=list)
    documents: list[ReportDocument] = Field(default_factory=list)


class ErrorRecord(BaseModel):
    """The line ``reportnlp batch`` writes for an input it could not analyse."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="the input's id: its path, or the JSONL record's id as a string")
    source: str = Field(description="where the input came from (path, or path:line of a JSONL record)")
    error_code: str = Field(description="empty | binary | not_text | unreadable | timeout | too_large | internal | duplicate_id")
    message: str = Field(description="one human-readable line")


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
    unit_kinds = ["count", "rate", "money", "area", "duration", "score", "length", "weight", "volume", "energy", "power",
                  "other", "number"]
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


# -- items set up without validation (api.to_result) -------------------------------------------

def exact_type_test(annotation, var: str) -> tuple[str, str]:
    """A Python expression true when the value ``var`` has exactly the type a field of
    ``annotation`` holds, so validation would keep it as it is (no coercion): str, int, float,
    bool, None for Optional, a list of one of those (validation copies a list: so does the
    second expression returned, the value to keep); for any other field (a nested model) only
    None, if it is Optional."""
    import typing

    if annotation in (int, float, str):
        return f"type({var}) is {annotation.__name__}", var
    if annotation is bool:
        return f"({var} is True or {var} is False)", var
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is list and args and args[0] in (int, float, str):
        return f"(type({var}) is list and (not {var} or _only_{args[0].__name__}(map(type, {var}))))", f"{var}[:]"
    if typing.get_origin(annotation) is typing.Union and len(args) == 2 and args[1] is type(None):
        inner, value = exact_type_test(args[0], var)
        if inner == "False":
            return f"{var} is None", var
        return f"({var} is None or {inner})", (var if value == var else f"None if {var} is None else {value}")
    return "False", var


def item_setup(model: type[BaseModel]) -> tuple[dict, str]:
    """How generated code sets up an instance of ``model`` holding ``values`` (a dict of every
    field, in the model's field order, each of its field's exact type) as validation sets it up
    (every field set, no extra, no private) without validating again: the names the code uses
    and the code (its line setting ``m``, then ``{values}`` to fill in), inlined by its caller."""
    from pydantic import BaseModel as _Base

    decorators = model.__pydantic_decorators__
    # what validation would do besides checking types: none of it may be asked for
    assert model.__pydantic_post_init__ is None and not model.model_config.get("extra")
    assert not (decorators.validators or decorators.field_validators or decorators.model_validators
                or decorators.root_validators or model.__private_attributes__)
    slots = vars(_Base)
    scope = {"_new": object.__new__, "_set_dict": object.__setattr__, "_model": model,
             "_set_fields": slots["__pydantic_fields_set__"].__set__, "_every": set(model.model_fields),
             "_set_extra": slots["__pydantic_extra__"].__set__, "_set_private": slots["__pydantic_private__"].__set__,
             "_only_int": {int}.issuperset, "_only_float": {float}.issuperset, "_only_str": {str}.issuperset}
    code = ("m = _new(_model); _set_dict(m, '__dict__', {values}); _set_fields(m, _every.copy()); "
            "_set_extra(m, None); _set_private(m, None)")
    return scope, code
