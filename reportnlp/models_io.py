"""Trained models (settings.models_dir): JSON weights read without unpickling anything."""
from __future__ import annotations

import contextlib
import functools
import itertools
import math
import operator
import sys
from array import array
from collections import Counter, _count_elements  # Counter's C counting loop, without its Python wrapping
from dataclasses import dataclass
from typing import Iterable, Iterator

import orjson

from . import re_cache
from .patterns import compile_with_first_chars
from .structure import SENTENCE_MARK


_BMP = 0x10000  # code points of the Basic Multilingual Plane
_BEYOND_BMP = chr(_BMP)  # the first character beyond it
# up to this length (a measure head is 12) grams are counted without Counters (_text_grams):
# 1.7x the Counters' speed at 12 characters, half of it at 35
_SHORT_TEXT = 20
_NO_WEIGHT = itertools.repeat(-0.0)  # the weight of a named feature a model lacks (LinearModel._add_named)

# Models held in memory by name, used instead of models/: training runs with none (so its output
# never depends on an earlier run), cross-validation with one set per fold.
_OVERRIDE: "dict[str, LinearModel] | None" = None


def _clear_caches() -> None:
    for loader in (line_classifier, section_classifier, commitment_classifier):
        loader.cache_clear()


@contextlib.contextmanager
def using(models: "dict[str, LinearModel]") -> Iterator[None]:
    """Run the pipeline with these models (by file name) and no others; ``{}`` runs it without any."""
    global _OVERRIDE
    saved = _OVERRIDE
    _OVERRIDE = dict(models)
    _clear_caches()
    try:
        yield
    finally:
        _OVERRIDE = saved
        _clear_caches()


def char_grams(text: str, limit: int = 200) -> list[str]:
    """Character uni- and bi-grams of the first ``limit`` characters, repeats kept."""
    t = text[:limit]
    grams = list(t)
    grams += map(operator.add, t, t[1:])
    return grams


def _l2(counts: Counter) -> float:
    values = counts.values()
    return math.sqrt(sum(map(operator.mul, values, values))) or 1.0


def _gram_norm(grams: list) -> float:
    """``_l2(Counter(grams))``, without the Counter when no gram repeats (most measure heads):
    the squared counts then sum to the number of grams. Longer texts (paragraphs) nearly always
    repeat one, so they go straight to the Counter."""
    n = len(grams)
    if n <= 40 and len(set(grams)) == n:
        return math.sqrt(n) or 1.0
    return _l2(Counter(grams))


_LITTLE_ENDIAN = sys.byteorder == "little"  # UTF-16-LE bytes read as native ints (CommitmentClassifier)


def _squared_counts(items: Iterable) -> int:
    """The sum of the squared counts of the distinct items: ``sum(c * c for c in Counter(items).values())``."""
    counts: dict = {}
    _count_elements(counts, items)
    values = counts.values()
    return sum(map(operator.mul, values, values))


def _text_grams(t: str) -> tuple[Iterable[str], float]:
    """The bigrams of ``t`` (an iterator when it is read once) and ``_gram_norm(char_grams(t, len(t)))``,
    whose squared gram counts are integers: added up in any grouping, they give the same sum.
    A short text (a measure head, 12 characters) is counted without Counters, which cost more to
    make than to fill: a bigram repeats only where its first character does, so when no character
    repeats (most heads: one set of the characters tells) its 2n-1 grams each count once; else the
    squared counts add up to how many grams equal each gram. Longer texts (lines, paragraphs)
    nearly always repeat a character, and str.count's n² steps would cost more than counting them."""
    n = len(t)
    if n > _SHORT_TEXT:
        bigrams = list(map(operator.add, t, t[1:]))
        return bigrams, math.sqrt(_squared_counts(t) + _squared_counts(bigrams))
    if len(set(t)) == n:
        return map(operator.add, t, t[1:]), math.sqrt(2 * n - 1) if n else 1.0
    bigrams = list(map(operator.add, t, t[1:]))
    squares = sum(map(t.count, t))
    squares += len(bigrams) if len(set(bigrams)) == len(bigrams) else sum(map(bigrams.count, bigrams))
    return bigrams, math.sqrt(squares)


def gram_features(text: str, limit: int = 200) -> dict[str, float]:
    """L2-normalised gram counts as named features ("g:" + gram), the form training uses."""
    counts = Counter(char_grams(text, limit))
    norm = _l2(counts)
    return {"g:" + g: v / norm for g, v in counts.items()}


def _packed_rows(columns: list[list[float]]) -> list[bytes]:
    """The rows of ``columns`` (equally long), each as one bytes object of doubles."""
    return [array("d", row).tobytes() for row in zip(*columns)]


def _shared_floats(weights: list[float]) -> list[float]:
    """``weights`` with one float object for each value, made one after another: weights are
    rounded (train.py), so the line model's ~43,000 grams weigh ~7,000 values. A line's ~90%
    bigram hits in the gram table read their weight from ~170 KB rather than from ~1 MB of
    floats scattered over memory. Equal non-zero floats have the same bits, so sums are unchanged;
    zeros are kept as they are (0.0 and -0.0 are equal)."""
    values: dict[float, float] = {}
    for w in weights:
        if w:
            values.setdefault(w, w)
    copies = dict(zip(values, array("d", values).tolist()))  # made one after another
    return [copies.get(w, w) if w else w for w in weights]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class LinearModel:
    """A logistic-regression (binary or multinomial) scorer over sparse features."""

    classes: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per class (or one for binary); {} when read from a file
    bias: list[float]
    threshold: float = 0.5
    max_len: int = 200

    def __post_init__(self) -> None:
        form = self.file_form({"weights": self.weights, "bias": self.bias})
        self._set_tables(form["grams"], form["gram_weights"], form["features"], form["feature_weights"])

    def _set_tables(self, grams: list[str], gram_columns: list[list[float]], features: list[str],
                    feature_columns: list[list[float]]) -> None:
        """The scoring tables, from the weight columns (one per class): gram weights keyed by the
        bare gram, so a text is scored straight from its grams without building a feature dict,
        and the named features' weights. A binary model (it scores ~10,000 measures and lines a MB)
        keeps plain floats. A multinomial one keeps a gram's weights in one bytes object of
        doubles: its ~50,000 grams (the section model's) are read from memory rather than cache,
        a paragraph at a time, where one object a gram costs fewer reads than a tuple and a float
        per class (and ~6 MB less memory)."""
        if len(self.bias) == 1:
            self._grams = dict(zip(grams, _shared_floats(gram_columns[0])))
            self._named = dict(zip(features, feature_columns[0]))
        else:
            self._grams = dict(zip(grams, _packed_rows(gram_columns)))
            self._named = dict(zip(features, zip(*feature_columns)))
        self._by_code = self._character_entries()

    def _character_entries(self) -> list:
        """The entries of single-character grams as a list by code point (the BMP's), for
        :meth:`_text_entries`. Read in the pipeline between other stages, a lookup in the gram dict
        misses the memory caches on its slot, its entry, the key and the value; a list slot and a
        value are fewer reads, and no string is made for each character (the classifiers' calls
        ~6-12% faster there). The values are copied one after another, onto few memory pages."""
        chars = sorted((ord(g), w) for g, w in self._grams.items() if len(g) == 1 and ord(g) < _BMP)
        if len(self.bias) == 1:
            copies = array("d", [w for _, w in chars]).tolist()
        else:
            copies = [bytes(bytearray(row)) for _, row in chars]
        by_code = [None] * _BMP
        for (code, _), entry in zip(chars, copies):
            by_code[code] = entry
        return by_code

    def _gram_entries(self, grams: list[str]) -> tuple[Iterable, float]:
        """The table entries (weights, or rows of them) of the grams in the table, in the order of
        ``grams``, and the grams' norm."""
        return filter(None, map(self._grams.get, grams)), _gram_norm(grams)

    @functools.cached_property
    def _unit_entries(self) -> dict[int, object]:
        """The bigram entries (weights, or rows of them) keyed by their two UTF-16 code units as one int
        (first unit low), the form :func:`_units_and_pairs` reads a text's bigrams in (bigrams of two BMP
        characters): the section model's paragraphs, the line and commitment models' joined texts."""
        return {ord(g[0]) | ord(g[1]) << 16: entry for g, entry in self._grams.items()
                if len(g) == 2 and g[0] < _BEYOND_BMP and g[1] < _BEYOND_BMP}

    def _text_entries(self, text: str, limit: int) -> tuple[Iterable, float]:
        """``_gram_entries(char_grams(text, limit))``, the characters looked up by code point. A text
        of BMP characters is read as its UTF-16 code units and their pairs as ints (no string per
        character and bigram: ~3x faster on a paragraph), the same entries in the same order and
        the norm from the same integer squared counts as the strings' way below."""
        t = text[:limit]
        if t and _LITTLE_ENDIAN:
            units = t.encode("utf-16-le", "surrogatepass")
            if len(units) == 2 * len(t):
                codes, pairs = _units_and_pairs(units)
                norm = math.sqrt(_squared_counts(codes) + _squared_counts(pairs))
                return filter(None, itertools.chain(map(self._by_code.__getitem__, codes),
                                                    map(self._unit_entries.get, pairs))), norm
        bigrams, norm = _text_grams(t)
        try:
            chars = list(map(self._by_code.__getitem__, map(ord, t)))
        except IndexError:  # a character beyond the BMP
            chars = list(map(self._grams.get, t))
        return filter(None, itertools.chain(chars, map(self._grams.get, bigrams))), norm

    def _binary_text_score(self, text: str, limit: int, named: dict[str, float] | None) -> float:
        """``_binary_score(*_text_entries(text, limit), named)`` in one pass: the weights are
        added up as the grams are made, with no list of them (~10,000 measures and lines a MB)."""
        t = text[:limit]
        if len(t) > _SHORT_TEXT:
            with contextlib.suppress(IndexError):  # a character beyond the BMP: the strings' way below
                total, norm = self._long_text_sum(t)
                return self._add_named(self.bias[0] + total / norm, named)
        bigrams, norm = _text_grams(t)
        weight = self._grams.get
        try:
            # chain() reads the characters first: an IndexError leaves the bigrams unread
            total = sum(filter(None, itertools.chain(map(self._by_code.__getitem__, map(ord, t)),
                                                     map(weight, bigrams))))
        except IndexError:  # a character beyond the BMP
            total = sum(filter(None, itertools.chain(map(weight, t), map(weight, bigrams))))
        return self._add_named(self.bias[0] + total / norm, named)

    def _long_text_sum(self, t: str) -> tuple[float, float]:
        """The sum of the gram weights of a text of BMP characters and its grams' norm, as the
        strings' way gives them (the same weights added in the same order, the same integer squared
        counts), read as UTF-16 code units and their pairs as ints (:func:`_units_and_pairs`: no string
        per bigram). Raises IndexError for a character beyond the BMP (two units), as on a big-endian
        machine (the pairs' ints are read in the machine's order)."""
        units = t.encode("utf-16-le", "surrogatepass")
        if len(units) != 2 * len(t) or not _LITTLE_ENDIAN:
            raise IndexError("a character beyond the BMP")
        codes, pairs = _units_and_pairs(units)
        total = sum(filter(None, itertools.chain(map(self._by_code.__getitem__, codes), map(self._unit_entries.get, pairs))))
        return total, math.sqrt(_squared_counts(codes) + _squared_counts(pairs))

    def scores(self, grams: list[str], named: dict[str, float] | None = None) -> list[float]:
        """Decision values for the L2-normalised counts of ``grams`` plus ``named`` features."""
        return self._scores(*self._gram_entries(grams), named)

    def _scores(self, entries: Iterable, norm: float, named: dict[str, float] | None) -> list[float]:
        if len(self.bias) == 1:
            return [self._binary_score(entries, norm, named)]
        # the weight rows of the gram occurrences one after another (packed rows are non-empty), so
        # class k's weights are every len(bias)-th from k, added up at C speed in occurrence order;
        # summing over gram occurrences (not distinct grams) weighs each gram by its count
        rows = memoryview(b"".join(entries)).cast("d")
        step = len(self.bias)
        z = [b + sum(rows[k::step]) / norm for k, b in enumerate(self.bias)] if rows else list(self.bias)
        for f, v in (named or {}).items():
            w = self._named.get(f)
            if w is not None:
                z = [a + wk * v for a, wk in zip(z, w)]
        return z

    def _binary_score(self, entries: Iterable, norm: float, named: dict[str, float] | None) -> float:
        """The decision value of a binary model, from its tables of plain floats."""
        return self._add_named(self.bias[0] + sum(entries) / norm, named)

    def _add_named(self, z: float, named: dict[str, float] | None) -> float:
        """``z`` plus each named feature's weight times its value, one after another in the
        dict's order, at C speed. A feature the model lacks weighs -0.0: adding -0.0 * v (v >= 0,
        as every feature value is) leaves any float as it is, so the sum is what skipping it gives."""
        if not named:
            return z
        return functools.reduce(operator.add, map(operator.mul, map(self._named.get, named, _NO_WEIGHT),
                                                  named.values()), z)

    def proba(self, grams: list[str], named: dict[str, float] | None = None) -> dict[str, float]:
        return self._proba(*self._gram_entries(grams), named)

    def text_proba(self, text: str, limit: int = 200, named: dict[str, float] | None = None) -> dict[str, float]:
        """``proba(char_grams(text, limit), named)``."""
        return self._proba(*self._text_entries(text, limit), named)

    def _proba(self, entries: Iterable, norm: float, named: dict[str, float] | None) -> dict[str, float]:
        if len(self.bias) == 1:  # binary: classes[1] is the positive class
            p = _sigmoid(self._binary_score(entries, norm, named))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        z = self._scores(entries, norm, named)
        m = max(z)
        ex = [math.exp(v - m) for v in z]
        s = sum(ex)
        return {c: e / s for c, e in zip(self.classes, ex)}

    def probability(self, label: str, grams: list[str], named: dict[str, float] | None = None) -> float:
        """``proba(grams, named).get(label, 0.0)``; a binary model (it scores ~10,000 measures and
        lines a MB) answers without the dict of both classes."""
        return self._probability(label, *self._gram_entries(grams), named)

    def text_probability(self, label: str, text: str, limit: int = 200,
                         named: dict[str, float] | None = None) -> float:
        """``probability(label, char_grams(text, limit), named)``."""
        if len(self.bias) != 1:
            return self._probability(label, *self._text_entries(text, limit), named)
        p = _sigmoid(self._binary_text_score(text, limit, named))
        return p if label == self.classes[1] else 1 - p if label == self.classes[0] else 0.0

    def _probability(self, label: str, entries: Iterable, norm: float, named: dict[str, float] | None) -> float:
        if len(self.bias) != 1:
            return self._proba(entries, norm, named).get(label, 0.0)
        p = _sigmoid(self._binary_score(entries, norm, named))
        return p if label == self.classes[1] else 1 - p if label == self.classes[0] else 0.0

    @classmethod
    def load(cls, name: str) -> "LinearModel | None":
        from .settings import model_file

        if _OVERRIDE is not None:
            return _OVERRIDE.get(name)
        path = model_file(name)
        if path is None:
            return None
        # orjson: the same values, read ~3x as fast (the section model's 3 MB are ~7% of start-up)
        return cls.from_file_form(orjson.loads(path.read_bytes()))

    # A model file holds its weights as columns (one list per class) under gram and feature
    # names, not as one list per feature: parsing ~40,000 small lists and building the weights
    # dict cost ~0.12 s of every run's start; the columns go straight into the scoring tables.
    @staticmethod
    def file_form(model: dict) -> dict:
        """The file form of a model as training gives it (classes, weights, bias, …): the gram
        features by bare gram and the others by name, each with one weight column per class."""
        weights = model["weights"]
        grams = [f for f in weights if f.startswith("g:")]
        named = [f for f in weights if not f.startswith("g:")]
        columns = range(len(model["bias"]))
        return {**{k: v for k, v in model.items() if k != "weights"},
                "grams": [f[2:] for f in grams], "gram_weights": [[weights[f][c] for f in grams] for c in columns],
                "features": named, "feature_weights": [[weights[f][c] for f in named] for c in columns]}

    @classmethod
    def from_file_form(cls, data: dict) -> "LinearModel":
        """A model read from its file form (:meth:`file_form`); its ``weights`` stay empty. A file
        an earlier version wrote (weights by feature) still loads."""
        if "weights" in data:
            return cls(**data)
        columns = ("grams", "gram_weights", "features", "feature_weights")
        model = cls(**{k: v for k, v in data.items() if k not in columns}, weights={})
        model._set_tables(*(data[k] for k in columns))
        return model


_ASCII_LETTER = re_cache.compile("[A-Za-z]")
# runs, not single characters: counted as what removing them takes off a line's length
_HAN_RUN = re_cache.compile(r"[\u4e00-\u9fff]+")
_SPACE_RUN = re_cache.compile(r"\s+")  # re's \s is str.isspace()
# Shapes of site chrome that carry across sites (what a line looks like, not what it names).
_CHROME_SHAPES = {
    # "发布时间：…  来源：…": short keys with values
    "kv": r"(?:^|[\s|｜【\[])[\u4e00-\u9fff]{2,5}[:：]",
    "date_time": r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}:\d{2}",
    "size_count": r"\d+(?:\.\d+)?\s*(?:KB|MB|kb|mb|K|M|页|字|次|人|℃)(?![\u4e00-\u9fff]{2})",
    "counter": r"(?:阅读|浏览|点击|热度|人气|访问|下载|收藏|评论|点赞|在看|分享)(?:量|数|次数)?[\s:：(（]*\d",
    "id": r"[A-Za-z0-9]{10,}|\d{9,}",
    "contact": r"https?:|www\.|\.(?:com|cn|net|org)\b|@|[Qq][Qq]|\d{3,4}-\d{7,8}|1[3-9]\d{9}",
    "markup": r"[<>{}=]|&[a-z]+;|\\[nu]",
    "menu": r"(?:[\u4e00-\u9fff]{2,4}\s*[|｜丨>›»/·]\s*){2,}",
    "bracket_button": r"[【\[][\u4e00-\u9fff]{2,4}[】\]]",
}
# Each shape compiled behind a lookahead for the characters its match can start with (re tries an
# alternation or group at every position otherwise), and behind a search for a character every
# match holds where that start is a wide class (a Han run): most lines hold none of them.
_SHAPE_GATES = {"kv": "[:：]", "menu": "[|｜丨>›»/·]", "bracket_button": r"[【\[]"}
_SHAPE_SEARCHES = [(name, compile_with_first_chars(pattern),
                    re_cache.compile(_SHAPE_GATES[name]) if name in _SHAPE_GATES else None)
                   for name, pattern in _CHROME_SHAPES.items()]
# every match of these shapes holds an ASCII character or a digit (\d, which str.isdigit counts
# too); 60% of the lines the model scores hold neither, and skip their six searches
_ASCII_OR_DIGIT_SHAPES = frozenset({"date_time", "size_count", "counter", "id", "contact", "markup"})
_ANY_ASCII = re_cache.compile(r"[\x00-\x7f]")
_SHAPES_WITHOUT_ASCII = [search for search in _SHAPE_SEARCHES if search[0] not in _ASCII_OR_DIGIT_SHAPES]


def _line_shape(line: str) -> dict[str, float]:
    """Length, punctuation, script and chrome-shape features of a line (no position features: a
    line is judged by what it says, so cleaning twice changes nothing)."""
    n = len(line)
    per_char = max(1, n)
    digits = sum(map(str.isdigit, line))
    out = {
        "len<=20": float(n <= 20),
        "len<=60": float(n <= 60),
        "ends_punct": float(line.rstrip()[-1:] in "。！？；!?;"),
        "has_sentence_end": float(bool(SENTENCE_MARK.search(line))),
        "digit_ratio": digits / per_char,
        "ascii_ratio": len(_ASCII_LETTER.findall(line)) / per_char,
        "han_ratio": (n - len(_HAN_RUN.sub("", line))) / per_char,
        "space_ratio": (n - len(_SPACE_RUN.sub("", line))) / per_char,
    }
    shapes = _SHAPE_SEARCHES if digits or _ANY_ASCII.search(line) else _SHAPES_WITHOUT_ASCII
    for name, pattern, gate in shapes:
        if (gate is None or gate.search(line)) and pattern.search(line):
            out["shape:" + name] = 1.0
    return out


def line_features(line: str) -> dict[str, float]:
    """Features of one line for training the boilerplate classifier."""
    return {**gram_features(line), **_line_shape(line)}


SECTION_GRAM_LIMIT = 120


def section_features(par: str) -> dict[str, float]:
    """Features of one paragraph for training the section classifier."""
    return gram_features(par, SECTION_GRAM_LIMIT)


# the gram limit of the line model's scoring (text_probability's default)
_LINE_GRAM_LIMIT = 200
# a score (decision value) below this gives a probability surely below 0.5: below 0, the exponential
# of its negative is above 1 (the margin keeps it from rounding to 1, which would give 0.5 itself)
_SURELY_BELOW = -1e-6


def _unit_grams(units: bytes, model: LinearModel) -> tuple[list, list, list, list]:
    """The code units of a UTF-16-LE text of BMP characters (several texts joined), its bigrams as
    ints (:attr:`LinearModel._unit_entries`' keys), and the weight of each, looked up in two C-level passes;
    each text then adds up its slices of them. A bigram across two texts is looked up but unread."""
    codes, pairs = _units_and_pairs(units)
    return codes, pairs, list(map(model._by_code.__getitem__, codes)), list(map(model._unit_entries.get, pairs))


def _units_and_pairs(units: bytes) -> tuple[list[int], list[int]]:
    """The code units of a UTF-16-LE text and its bigrams, each as the 4 bytes of its two units
    read as one int (first unit low, on a little-endian machine)."""
    view = memoryview(units)
    n = len(units) // 2
    codes = view.cast("H").tolist()
    # (those from an even character, then those from an odd one, put back in text order)
    pairs = [0] * (n - 1) if n else []
    pairs[::2] = view[:n // 2 * 4].cast("I").tolist()
    pairs[1::2] = view[2:2 + (n - 1) // 2 * 4].cast("I").tolist()
    return codes, pairs


class LineClassifier:
    """Wraps the boilerplate LinearModel with its feature function."""

    def __init__(self, model: LinearModel):
        self.model = model
        self.threshold = model.threshold
        self.max_len = model.max_len
        # pages of one site repeat their chrome lines: each distinct line is scored once
        self.noise_probability = functools.lru_cache(maxsize=1 << 16)(self._noise_probability)
        self._levels: dict[str, float] = {}  # line -> noise_levels's value

    def _noise_probability(self, line: str) -> float:
        return self.model.text_probability("noise", line, named=_line_shape(line))

    # lines scored by noise_levels are kept up to this many (then the store starts afresh)
    LEVELS_KEPT = 1 << 16

    def noise_levels(self, lines: list[str]) -> list[float]:
        """For each line, ``noise_probability(line)`` where that is 0.5 or more; where it is surely
        below 0.5, a value below 0.5 too (an upper bound of it): callers compare it with bars of 0.5
        or more only. A page's lines are scored together (:meth:`_levels_of`); each distinct line
        once per process, as pages of one site repeat their chrome lines."""
        kept = self._levels
        todo = [line for line in dict.fromkeys(lines) if line not in kept]
        if not todo:
            return list(map(kept.__getitem__, lines))
        new = dict(zip(todo, self._levels_of(todo)))
        out = [new[line] if line in new else kept[line] for line in lines]
        if len(kept) + len(new) > self.LEVELS_KEPT:
            kept.clear()  # (after the lines kept were read)
        kept.update(new)
        return out

    def _levels_of(self, lines: list[str]) -> list[float]:
        """:meth:`noise_levels` of distinct lines, not yet scored. The lines are read together as the
        code units of their join: the weights of every character and bigram are looked up in two
        C-level passes, and each line adds up its slices of them (a line's own lists of code points
        and pairs, made and looked up line by line, cost ~2x as much). A line's gram norm (the
        square root of its squared gram counts, two counts of its characters and pairs) is needed
        only when the line can reach 0.5: with its ``N`` grams the squared counts are at least
        ``N`` and at most ``N * N``, which bounds the grams' share of its score from above; where
        that bound with its named features leaves the score below 0 (``p`` below 0.5), the bound
        stands in. Float sums and divisions are monotone, so the bound computed is one of the
        score computed the plain way; the sums are the plain way's (the same weights added in the
        same order, the same integer counts)."""
        model = self.model
        if len(model.bias) != 1 or model.classes[1] != "noise" or not _LITTLE_ENDIAN:
            return list(map(self._noise_probability, lines))
        joined = "".join(lines)
        units = joined.encode("utf-16-le", "surrogatepass")
        if len(units) != 2 * len(joined) or any(len(line) > _LINE_GRAM_LIMIT for line in lines):
            # a character beyond the BMP (two units), or a line longer than the grams read: those
            # lines the plain way, the others together
            plain = {line for line in lines if len(line) > _LINE_GRAM_LIMIT or max(line, default="") > "\uffff"}
            together = iter(self._levels_of([line for line in lines if line not in plain]))
            return [self._noise_probability(line) if line in plain else next(together) for line in lines]
        codes, pairs, char_weights, pair_weights = _unit_grams(units, model)
        bias, add_named = model.bias[0], model._add_named
        sqrt, chain = math.sqrt, itertools.chain
        out = []
        start = 0
        for line in lines:
            n = len(line)
            end = start + n
            if not n:
                out.append(self._noise_probability(line))
                continue
            named = _line_shape(line)
            total = sum(filter(None, chain(char_weights[start:end], pair_weights[start:end - 1])))
            grams = 2 * n - 1
            # the grams' share at most: the norm at least sqrt(grams) (a positive sum), at most grams
            bound = add_named(bias + (total / sqrt(grams) if total >= 0 else total / grams), named)
            if bound < _SURELY_BELOW:
                out.append(_sigmoid(bound))
            else:
                norm = sqrt(_squared_counts(codes[start:end]) + _squared_counts(pairs[start:end - 1]))
                out.append(_sigmoid(add_named(bias + total / norm, named)))
            start = end
        return out


@functools.cache
def line_classifier() -> LineClassifier | None:
    m = LinearModel.load("boilerplate.json")
    return LineClassifier(m) if m else None


class SectionClassifier:
    """Paragraph -> section label, for reports whose headings were stripped."""

    def __init__(self, model: LinearModel):
        self.model = model

    def label(self, par: str) -> str | None:
        probs = self.model.text_proba(par, SECTION_GRAM_LIMIT)
        best = max(probs, key=probs.get)
        return best if probs[best] >= self.model.threshold else None


@functools.cache
def section_classifier() -> SectionClassifier | None:
    m = LinearModel.load("sections.json")
    return SectionClassifier(m) if m else None


class CommitmentClassifier:
    """Measure -> probability that it is a commitment (a forward-looking action or target)."""

    def __init__(self, model: LinearModel):
        self.model = model
        self.threshold = model.threshold

    def probability(self, head: str, named: dict[str, float]) -> float:
        return self.model.text_probability("yes", head, named=named)

    def probabilities(self, heads: list[str], nameds: list[dict[str, float]]) -> list[float]:
        """``[probability(h, n) for h, n in zip(heads, nameds)]`` in one call (a report's measures),
        with the same sums in the same order. The heads (at most 12 characters each) are read
        together as the UTF-16 code units of their join: the weights of every character and bigram
        are looked up in two C-level passes, each head then adds up its slices of them, where a
        string per character and bigram and the calls per head cost ~2/3 of the scoring. Heads
        with a character beyond the BMP (two units for one character) go the strings' way."""
        model = self.model
        joined = "".join(heads)
        units = joined.encode("utf-16-le", "surrogatepass")
        if (len(model.bias) != 1 or model.classes[1] != "yes" or len(units) != 2 * len(joined)
                or not _LITTLE_ENDIAN or any(len(h) > _SHORT_TEXT for h in heads)):
            return list(map(self.probability, heads, nameds))
        codes, pairs, char_weights, pair_weights = _unit_grams(units, model)
        bias, add_named = model.bias[0], model._add_named
        sqrt, chain = math.sqrt, itertools.chain
        out = []
        start = 0
        for head, named in zip(heads, nameds):
            n = len(head)
            end = start + n
            if n:
                # _text_grams's norm: each character and bigram once, else the integer squared counts
                head_codes = codes[start:end]
                norm = sqrt(2 * n - 1) if len(set(head_codes)) == n else sqrt(
                    _squared_counts(head_codes) + _squared_counts(pairs[start:end - 1]))
                z = bias + sum(filter(None, chain(char_weights[start:end], pair_weights[start:end - 1]))) / norm
            else:
                z = bias + 0 / 1.0
            out.append(_sigmoid(add_named(z, named)))
            start = end
        return out


def commitment_features(head: str, named: dict[str, float]) -> dict[str, float]:
    """Features of one measure for training the commitment classifier."""
    return {**gram_features(head), **named}


@functools.cache
def commitment_classifier() -> CommitmentClassifier | None:
    m = LinearModel.load("commitments.json")
    return CommitmentClassifier(m) if m else None
