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
    sentence: str
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
    metadata: Metadata = Field(default_factory=Metadata)
    risk: Risk = Field(default_factory=lambda: Risk(score=0.0),
                       description="risk summary of this document; compare's risk table leaves repeats out")


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
    id: str
    source: str
    error_code: str
    message: str
