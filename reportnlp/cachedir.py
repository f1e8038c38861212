"""The per-user cache directory: jieba's dictionary cache, the record of rule files checked."""
from __future__ import annotations

import os
import stat


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
