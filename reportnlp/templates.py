"""Batch-level template learning: lines that recur across many pages of one batch are site chrome.

A first pass over a batch's inputs counts, per input, the distinct *normalized* lines of its
text as the pipeline sees it before the boilerplate stage (NFKC, white space removed, digit runs
-> ``0``, so ``浏览次数:1203`` and ``浏览次数:87`` are one line). Memory stays bounded: a line is an
8-byte hash, and the document-frequency table holds at most ``max_entries`` of them (when it is
full, the less frequent half is evicted and later newcomers start from the evicted counts,
the Space-Saving rule: a line evicted never had more than that many inputs, and the lower bound
``count - error`` of each tracked line is what decides).

A line is a template when at least ``max(min_inputs, min_share × inputs)`` inputs hold it.
Report-like lines (ending in a sentence mark, or long) need ``prose_share`` of the inputs, and
lines with the shape of report structure (numbered headings, titles, dates, addressees, opening
formulas, 特此报告) are never templates: reports of one unit share stock sentences and headings.

:class:`TemplateSet` is what was learned: the hashes (hex in JSON, never pickle), the parameters
and the number of inputs. ``stages/templates.py`` removes its lines from a page.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import unicodedata
from array import array
from collections import deque
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Iterable

from . import re_cache
from .errors import ReportNLPError

FORMAT = "reportnlp-templates"
VERSION = 1
HASHING = ("blake2b, 8 bytes, of the NFKC line without white space, digit runs as 0 and 星期X as 星期0; "
           "the top bit is replaced by the report-like class")

_PROSE_BIT = 1 << 63
_LOW63 = _PROSE_BIT - 1
_WHITE = re_cache.compile(r"\s+")
_DIGITS = re_cache.compile(r"\d+(?:[.,]\d+)*")
_WEEKDAY = re_cache.compile(r"(?<=星期|礼拜)[一二三四五六日天]")
_SENTENCE_END = frozenset("。!?;！？；")  # as sentences.SENTENCE_MARK, tested per last character
# a speech's salutation ("各位领导、同志们：", "尊敬的各位代表：") opens a report
_SALUTATION = re_cache.compile(r"^[^。！？!?；;:：]{0,30}(?:同志|领导|代表|委员|来宾|朋友|女士|先生|同事|老师|同学|家长|嘉宾)"
                               r"[^。！？!?；;:：]{0,6}[:：]$")


class TemplateFileError(ReportNLPError, ValueError):
    """A templates file that cannot be read or was not written by reportnlp."""

    code = "templates"


@dataclass(frozen=True)
class TemplateParams:
    """How lines are keyed and when one counts as a template (all saved with the set)."""

    min_share: float = 0.2  # share of the inputs a plain line must occur in ...
    min_inputs: int = 3  # ... and at least this many inputs
    prose_share: float = 0.5  # report-like lines need this share
    min_learn_inputs: int = 5  # fewer inputs than this: nothing is learned
    min_chars: int = 4  # shorter normalized lines are not counted (they go only inside a template block)
    max_chars: int = 1000  # longer lines are never templates
    prose_min_chars: int = 12  # a line this long ending in a sentence mark is report-like
    long_line: int = 80  # a line longer than this is report-like whatever its end
    max_prose_removed: float = 0.5  # a page keeps its report-like template lines when they exceed this share of its report-like text
    max_lines_per_input: int = 10_000  # a longer input is counted by its first and last half of this

    @classmethod
    def from_dict(cls, data: dict) -> "TemplateParams":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


# -- lines -------------------------------------------------------------------------------------

def normalize_line(line: str) -> str:
    """The form lines are compared in: NFKC, no white space, every digit run ``0``."""
    norm = _WHITE.sub("", unicodedata.normalize("NFKC", line))
    return _WEEKDAY.sub("0", _DIGITS.sub("0", norm))


def hash_key(norm: str, params: TemplateParams) -> int:
    digest = hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    prose = len(norm) > params.long_line or (len(norm) >= params.prose_min_chars and norm[-1] in _SENTENCE_END)
    return (int.from_bytes(digest, "big") & _LOW63) | (_PROSE_BIT if prose else 0)


def is_prose_key(key: int) -> bool:
    return bool(key & _PROSE_BIT)


@functools.cache
def _structure():
    from .structure import cues, heading_marker, is_addressee

    c = cues()
    return heading_marker, is_addressee, c["title_line"], c["date_line"], c["byline_date"], \
        c["speech_opening"], c["formula"], c["closing"], c["author_line"], c["schedule_row"]


def is_structural(line: str) -> bool:
    """A line with the shape of report structure: numbered heading, title, date, addressee,
    author, speech opening, opening formula, closing formula, a row of a month schedule. Never a
    template, never chrome by its context alone."""
    line = line.strip()
    heading_marker, is_addressee, title, date, byline, speech, formula, closing, author, schedule = _structure()
    if (heading_marker(line) or title.match(line) or date.match(line) or byline.match(line) or author.match(line)
            or speech.match(line) or formula.search(line[:400]) or is_addressee(line) or _SALUTATION.match(line)
            or schedule.match(line)):
        return True
    m = closing.search(line)
    return bool(m) and not set(m.group()) <= set("。.！!")  # a trailing "..." alone is no closing


def norm_key(line: str, params: TemplateParams) -> tuple[int, int | None]:
    """(normalized length, key) of a line; the key is None when its length rules it out."""
    if len(line) > 2 * params.max_chars:  # a long paragraph: not worth normalizing
        return len(line), None
    norm = normalize_line(line)
    if not params.min_chars <= len(norm) <= params.max_chars:
        return len(norm), None
    return len(norm), hash_key(norm, params)


def line_key(line: str, params: TemplateParams) -> int | None:
    """The key a line is counted under, or None when it is never a template."""
    key = norm_key(line, params)[1]
    return None if key is None or is_structural(line) else key


def text_keys(text: str, params: TemplateParams) -> array:
    """The distinct keys of one input's lines (its first and last lines when it is very long)."""
    half = max(1, params.max_lines_per_input // 2)
    head: set[int] = set()
    tail: deque[int] = deque(maxlen=half)
    n = 0
    for line in text.split("\n"):
        if not line or line.isspace():
            continue
        key = line_key(line, params)
        if key is None:
            continue
        n += 1
        if n <= half:
            head.add(key)
        else:
            tail.append(key)
    head.update(tail)
    return array("Q", sorted(head))


@functools.cache
def _pre_stages():
    """The default pipeline's page stages before boilerplate: the text the template stage sees
    (apart from what boilerplate takes out)."""
    from .pipeline import default_pipeline

    return tuple(default_pipeline().before("boilerplate").stages)


def prepare_text(data: bytes | str, source: str = "<text>") -> str:
    """Decode and run the stages before boilerplate (normalize, ...); raises InputError."""
    from .stages.decode import decode

    doc = decode(data, source)
    for st in _pre_stages():
        doc = st.func(doc)
    return doc.text


def input_keys(data: bytes | str, params: TemplateParams | None = None, source: str = "<text>") -> array:
    """The keys of one raw input, as the learner counts them."""
    return text_keys(prepare_text(data, source), params or TemplateParams())


# -- what was learned ----------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateSet:
    """Learned template lines (hashed keys), the parameters, and how many inputs taught them."""

    hashes: frozenset[int] = frozenset()
    params: TemplateParams = TemplateParams()
    inputs: int = 0
    frequencies: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __len__(self) -> int:
        return len(self.hashes)

    def __bool__(self) -> bool:
        return bool(self.hashes)

    def __contains__(self, key: int) -> bool:
        return key in self.hashes

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "hashing": HASHING,
            "parameters": asdict(self.params),
            "inputs": self.inputs,
            "templates": {f"{h:016x}": self.frequencies.get(h) for h in sorted(self.hashes)},
        }

    def save(self, path: str | Path) -> None:
        """Write as JSON (atomically: a reader never sees half a file)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def from_json(cls, data) -> "TemplateSet":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TemplateFileError(f"not a {FORMAT} file")
        if data.get("version") != VERSION:
            raise TemplateFileError(f"{FORMAT} version {data.get('version')!r} is not supported (expected {VERSION})")
        try:
            params = TemplateParams.from_dict(data.get("parameters") or {})
            items = data.get("templates") or {}
            if isinstance(items, list):
                items = dict.fromkeys(items)
            freq = {int(h, 16): n for h, n in items.items()}
            if any(not 0 <= h < 1 << 64 for h in freq):
                raise ValueError("a hash is not 64 bits")
            return cls(frozenset(freq), params, int(data.get("inputs") or 0),
                       {h: n for h, n in freq.items() if n is not None})
        except (TypeError, ValueError, AttributeError) as exc:
            raise TemplateFileError(f"malformed {FORMAT} file: {exc}") from None

    @classmethod
    def load(cls, path: str | Path) -> "TemplateSet":
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateFileError(f"cannot read templates file {path}: {getattr(exc, 'strerror', None) or exc}") from None
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise TemplateFileError(f"templates file {path} is not JSON: {exc}") from None
        return cls.from_json(data)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int) -> TemplateSet:
    return TemplateSet.load(path)


def load_templates(path: str | Path) -> TemplateSet:
    """TemplateSet.load, cached while the file is unchanged."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise TemplateFileError(f"cannot read templates file {path}: {exc.strerror or exc}") from None
    return _load_cached(os.path.abspath(path), st.st_mtime_ns, st.st_size)


def as_template_set(templates: "TemplateSet | str | os.PathLike | None") -> TemplateSet | None:
    """A TemplateSet from a set, a path to one, or None."""
    if templates is None or isinstance(templates, TemplateSet):
        return templates
    if isinstance(templates, (str, os.PathLike)):
        return load_templates(templates)
    raise TypeError(f"templates must be a TemplateSet or a path, not {type(templates).__name__}")


# -- learning ------------------------------------------------------------------------------

class TemplateLearner:
    """Counts in how many inputs each normalized line occurs, in bounded memory.

    ``add_text`` / ``add_input`` take one input each; ``add_keys`` takes the keys an input gave
    (from :func:`input_keys`, e.g. computed in a worker process). ``templates()`` decides.
    """

    def __init__(self, params: TemplateParams | None = None, max_entries: int = 200_000):
        if max_entries < 2:
            raise ValueError("max_entries must be at least 2")
        self.params = params or TemplateParams()
        self.max_entries = max_entries
        self.inputs = 0
        self._counts: dict[int, int] = {}
        self._errors: dict[int, int] = {}  # over-count of lines admitted after an eviction
        self._floor = 0  # no evicted line occurred in more inputs than this
        self.peak_entries = 0
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._counts)

    def add_text(self, text: str) -> None:
        """One input's text as the stage before boilerplate leaves it."""
        self.add_keys(text_keys(text, self.params))

    def add_input(self, data: bytes | str, source: str = "<text>") -> None:
        """One raw input (bytes of any encoding, or text); raises InputError when unusable."""
        self.add_keys(input_keys(data, self.params, source))

    def add_keys(self, keys: Iterable[int]) -> None:
        """The keys of one input; each counts once however often the input repeats it."""
        self.inputs += 1
        counts, errors = self._counts, self._errors
        for key in set(keys):
            c = counts.get(key)
            if c is not None:
                counts[key] = c + 1
                continue
            if len(counts) >= self.max_entries:
                self._evict()
            counts[key] = self._floor + 1
            if self._floor:
                errors[key] = self._floor
        self.peak_entries = max(self.peak_entries, len(counts))

    def _evict(self) -> None:
        """Drop every line counted no more than the median count (at least half the table)."""
        counts = self._counts
        values = sorted(counts.values())
        cut = values[len(values) // 2]
        for key in [k for k, c in counts.items() if c <= cut]:
            del counts[key]
            self._errors.pop(key, None)
        self._floor = max(self._floor, cut)
        self.evictions += 1

    def thresholds(self) -> tuple[int, int]:
        """Inputs a plain line and a report-like line must occur in."""
        p, n = self.params, self.inputs
        need = lambda share: max(p.min_inputs, math.ceil(share * n - 1e-9))  # noqa: E731
        return need(p.min_share), need(p.prose_share)

    def templates(self) -> TemplateSet:
        """The lines that occur in enough inputs (by their guaranteed count)."""
        if self.inputs < self.params.min_learn_inputs:
            return TemplateSet(frozenset(), self.params, self.inputs)
        plain, prose = self.thresholds()
        freq = {}
        for key, c in self._counts.items():
            low = c - self._errors.get(key, 0)
            if low >= (prose if key & _PROSE_BIT else plain):
                freq[key] = low
        return TemplateSet(frozenset(freq), self.params, self.inputs, freq)

    def save(self, path: str | Path) -> TemplateSet:
        """Write what was learned (see TemplateSet.save); returns it."""
        learned = self.templates()
        learned.save(path)
        return learned
