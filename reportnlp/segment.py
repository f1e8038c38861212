"""Word segmentation of short windows (indicator phrases), never of whole files.

jieba is the default: with the compact dictionary that ``reportnlp train``
writes to models/segment_dict.txt it loads in ~0.15 s (the full dictionary
takes ~1.3 s). pkuseg is an opt-in accurate mode (REPORTNLP_SEGMENTER=pkuseg):
its model loads in 4-5 s, cuts ~0.08 MB/s and is licensed for research use.
"""
from __future__ import annotations

import functools
import logging
import os

from .lexicons import RESOURCES
from .settings import model_file, settings


@functools.cache
def jieba_cache_dir() -> str:
    """Where jieba keeps its dictionary cache: a per-user directory, never the shared temp one.

    jieba loads the cache with marshal, so whoever can write it decides the segmentation (and
    could plant worse). ``$XDG_CACHE_HOME/reportnlp`` (``~/.cache/reportnlp``) is used when it
    is ours and private; otherwise a fresh private temp directory (the cache then lasts one run).
    """
    import tempfile

    from .cachedir import private_cache_dir

    return private_cache_dir() or tempfile.mkdtemp(prefix="reportnlp-jieba-")  # created 0700


def _import_jieba():
    """jieba, imported without pkg_resources when nothing loaded that yet: jieba only uses it
    to open its own data files, and opens them directly without it; importing pkg_resources
    costs ~0.07 s of every run's start."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # import pkg_resources now raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]  # later imports of it work as usual
    return jieba


@functools.cache
def _jieba():
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    compact = model_file("segment_dict.txt")
    tk = jieba.Tokenizer(dictionary=str(compact)) if compact else jieba.Tokenizer()
    tk.tmp_dir = jieba_cache_dir()  # never the shared temp directory (see jieba_cache_dir)
    if compact:
        from .cachedir import jieba_cache_name, prune_jieba_caches

        tk.cache_file = jieba_cache_name(compact)
        cached = os.path.isfile(os.path.join(tk.tmp_dir, tk.cache_file))
    tk.initialize()
    if compact and not cached:  # a new cache was written: the time to drop old ones
        prune_jieba_caches(tk.tmp_dir, keep=tk.cache_file)
    tk.load_userdict(str(RESOURCES / "admin_terms.txt"))
    return tk


@functools.cache
def _pkuseg():
    try:
        import pkuseg  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - optional extra
        from .errors import ReportNLPError

        raise ReportNLPError("REPORTNLP_SEGMENTER=pkuseg needs the pkuseg extra: "
                             "pip install numpy cython && pip install --no-build-isolation pkuseg") from exc
    return pkuseg.pkuseg(user_dict=[w for w in (RESOURCES / "admin_terms.txt").read_text(encoding="utf-8").split()])


@functools.cache
def _longest_jieba_word() -> int:
    return max(len(w) for w, freq in _jieba().FREQ.items() if freq)


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def boundary_certain(text: str, pos: int) -> bool:
    """True when ``cut(text)`` surely has a word boundary at ``pos``, known without cutting.

    jieba (without HMM) only emits dictionary words, single characters and runs of ASCII
    letters/digits: when no dictionary word spans pos and pos does not split such a run,
    no segmentation can cross it. False means "segment to find out"."""
    mode = settings().segmenter
    if mode == "none" or pos <= 0 or pos >= len(text):
        return True
    if mode == "pkuseg" or (_ascii_alnum(text[pos - 1]) and _ascii_alnum(text[pos])):
        return False
    freq = _jieba().FREQ  # words with their counts, and every prefix of a word with 0
    longest = _longest_jieba_word()
    for a in range(max(0, pos - longest + 1), pos):
        if text[a:pos] not in freq:
            continue  # no word starting at a reaches pos
        for b in range(pos + 1, min(len(text), a + longest) + 1):
            frag = text[a:b]
            if frag not in freq:
                break
            if freq[frag]:
                return False
    return True


def cut(text: str) -> list[str]:
    """Words of a short text with the configured segmenter; characters when 'none'."""
    mode = settings().segmenter
    if mode == "none" or not text:
        return list(text)
    if mode == "pkuseg":
        return _pkuseg().cut(text)
    return _jieba().lcut(text, HMM=False)


def build_compact_dictionary(path, size: int = 60000) -> int:
    """Write jieba's most frequent words as a compact dictionary (our terms in
    resources/admin_terms.txt are added when the segmenter loads)."""
    import os

    import jieba

    src = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    rows = []
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                # the part-of-speech tag stays: jieba.posseg reads it from this file
                rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else "x"))
    rows.sort(key=lambda r: (-r[1], r[0]))  # deterministic order
    with open(path, "w", encoding="utf-8") as out:
        for word, freq, tag in rows[:size]:
            out.write(f"{word} {freq} {tag}\n")
    return min(size, len(rows))
