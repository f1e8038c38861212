"""The per-user cache directory: jieba's dictionary cache, the record of rule files checked."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def _private_dir(path: str) -> bool:
    """True when ``path`` is a directory only this user can write (made so when absent)."""
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return False
    return (stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid()
            and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def private_cache_dir(*sub: str) -> str | None:
    """``$XDG_CACHE_HOME/reportnlp`` (``~/.cache/reportnlp``), or a subdirectory of it, when it
    is ours and private; None otherwise (whoever can write there decides what we read back)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "reportnlp")
    if not _private_dir(path):
        return None
    for name in sub:
        path = os.path.join(path, name)
        if not _private_dir(path):
            return None
    return path


# Content-named dictionary caches kept: one per model version in use (checkouts, installs).
JIEBA_CACHES_KEPT = 4
_HEX = frozenset("0123456789abcdef")


def _cache_named(name: str, kind: str) -> bool:
    """``name`` is jieba.<kind><32 hex digits>.cache: kind u is jieba's own naming (an md5 of the
    dictionary's path), kind c ours (the dictionary's content)."""
    prefix = "jieba." + kind
    return (len(name) == len(prefix) + 38 and name.startswith(prefix) and name.endswith(".cache")
            and _HEX.issuperset(name[len(prefix):-6]))


def jieba_cache_name(dictionary: Path) -> str:
    """jieba's cache file name for ``dictionary``, from its content rather than its path.

    jieba names a custom dictionary's cache by an md5 of the dictionary's path, so every
    checkout, CI clone and install leaves its own 1.2 MB file that nothing removes; naming it
    by content lets all copies of one model share one cache."""
    digest = hashlib.sha256(dictionary.read_bytes()).hexdigest()[:32]  # sha256: hardware-assisted, ~1 ms
    return f"jieba.c{digest}.cache"


def prune_jieba_caches(directory: str, keep: str) -> list[str]:
    """Remove the path-named caches (which this version never reads) and all but the newest
    ``JIEBA_CACHES_KEPT`` content-named ones, never ``keep``; returns the names removed."""
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    stale = [n for n in names if _cache_named(n, "u")]
    by_age = sorted((n for n in names if _cache_named(n, "c") and n != keep),
                    key=lambda n: _mtime(os.path.join(directory, n)), reverse=True)
    stale += by_age[JIEBA_CACHES_KEPT - 1:]  # ``keep`` is one of the kept
    removed = []
    for name in stale:
        try:
            os.remove(os.path.join(directory, name))
            removed.append(name)
        except OSError:  # another process removed it first, or it is not ours to remove
            pass
    return removed


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0
