"""What rule patterns compile to, kept between runs as Python keeps its .pyc files.

Every start (`reportnlp extract` on one file, each batch worker) compiles ~400 rule patterns, and
re parses and compiles in Python code: ~40% of start-up. What comes out depends only on the
pattern, its flags, the Python and our compiling code, so it is kept in a JSON file in the private
per-user cache (cachedir.py) and read back on the next start:

- the programs re's matcher runs (lists of ints), handed straight to ``_sre.compile``, which checks
  each one (a malformed one is rejected, and that pattern compiles as usual);
- what patterns.py works out from parsed patterns (first characters, literal gates).

The file's name holds a fingerprint of the Python and of the modules that compute these values, so
a new Python or a changed patterns.py starts a new file (and old ones are removed). A pattern
from the file equals one compiled afresh (``==`` on re patterns compares their programs):
tests/test_re_cache.py checks that for every rule pattern.
"""
from __future__ import annotations

import _sre
import array
import atexit
import base64
import contextlib
import functools
import hashlib
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, Callable

from re import _compiler as _re_compiler  # Python 3.11+
from re import _parser as _re_parser

# the modules whose code decides the values kept: a change to one starts a new file
_COMPUTED_BY = ("patterns.py", "re_cache.py", "re_charsets.py")
_MAX_ENTRIES = 20_000  # rule files make ~2,000; a runaway caller must not grow the file without end

# (flags, code, groups, groupindex, indexgroup): what re hands _sre.compile besides the pattern
Program = tuple[int, list[int], int, dict, tuple]


def program_of(source: str, flags: int) -> Program:
    """What ``re.compile(source, flags)`` hands re's matcher (re._compiler.compile's steps)."""
    parsed = _re_parser.parse(source, flags)
    code = _re_compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, k in groupindex.items():
        indexgroup[k] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def pattern_of(source: str, program: Program) -> re.Pattern:
    """The compiled pattern of ``source`` running ``program``; TypeError or RuntimeError when the
    matcher rejects the program."""
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(source, flags, code, groups, groupindex, indexgroup)


def _encode_program(program: Program) -> list:
    flags, code, groups, groupindex, indexgroup = program
    packed = base64.b64encode(array.array("I", code).tobytes()).decode("ascii")
    return [flags, packed, groups, groupindex, list(indexgroup)]


def _decode_program(value: list) -> Program:
    flags, packed, groups, groupindex, indexgroup = value
    code = array.array("I")
    code.frombytes(base64.b64decode(packed))
    return flags, code.tolist(), groups, groupindex, tuple(indexgroup)


class Store:
    """Values kept under (kind, key), read from ``path`` on first use and written back by
    :meth:`save` when any was added. ``path`` None keeps them for this process only."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict[str, Any] | None = None
        self._added = False
        self.hits = 0  # values found (read by the tests)
        self._lock = threading.Lock()

    def _loaded(self) -> dict[str, Any]:
        if self._entries is None:
            entries: dict[str, Any] = {}
            if self.path is not None:
                try:
                    import orjson

                    read = orjson.loads(self.path.read_bytes())
                    if isinstance(read, dict):
                        entries = read
                except (OSError, ValueError):  # absent, or half written by a run that was killed
                    pass
            self._entries = entries
        return self._entries

    @staticmethod
    def _slot(kind: str, key: str) -> str:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        return f"{kind}:{digest}"

    def get(self, kind: str, key: str) -> Any:
        found = self._loaded().get(self._slot(kind, key))
        if found is not None:
            self.hits += 1
        return found

    def put(self, kind: str, key: str, value: Any) -> None:
        with self._lock:
            entries = self._loaded()
            if len(entries) < _MAX_ENTRIES:
                entries[self._slot(kind, key)] = value
                self._added = True

    def save(self) -> None:
        """Write the values back if any was added: to a temporary file renamed over the old one,
        so a reader never sees half a file; files of other fingerprints are removed."""
        with self._lock:
            if not self._added or self.path is None or self._entries is None:
                return
            import orjson

            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(orjson.dumps(self._entries))
                os.replace(tmp, self.path)
                for old in self.path.parent.glob("patterns-*.json"):
                    if old != self.path:
                        old.unlink(missing_ok=True)
            except OSError:  # a full or read-only disk: the next run compiles again
                with contextlib.suppress(OSError):
                    tmp.unlink()
                return
            self._added = False


def _fingerprint() -> str:
    here = Path(__file__).resolve().parent
    h = hashlib.blake2b(digest_size=12)
    h.update(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0".encode())
    for name in _COMPUTED_BY:
        h.update((here / name).read_bytes())
    return h.hexdigest()


@functools.cache
def store() -> Store:
    """The process's store: in the private per-user cache, or in memory only when there is none
    or ``REPORTNLP_PATTERN_CACHE=0``."""
    path = None
    if os.environ.get("REPORTNLP_PATTERN_CACHE", "1") != "0":
        from .cachedir import private_cache_dir

        directory = private_cache_dir("patterns")
        if directory is not None:
            path = Path(directory) / f"patterns-{_fingerprint()}.json"
    kept = Store(path)
    atexit.register(kept.save)
    return kept


def remembered(kind: str, key: str, compute: Callable[[], Any],
               encode: Callable[[Any], Any] = lambda v: v, decode: Callable[[Any], Any] = lambda v: v) -> Any:
    """``compute()``, or what it gave for this ``kind`` and ``key`` in an earlier run (a value
    JSON can hold once ``encode``d). ``compute`` must depend on nothing but the key and the code
    of the modules in _COMPUTED_BY."""
    kept = store()
    found = kept.get(kind, key)
    if found is not None:
        return decode(found[0])
    value = compute()
    kept.put(kind, key, [encode(value)])  # in a list: a value of None is kept too
    return value


def compile_kept(kind: str, key: str, source: str, build: Callable[[], Program | None], flags: int) -> re.Pattern:
    """``source`` compiled to the program ``build()`` gives (None: re.compile's own), or to the
    one kept for ``kind`` and ``key`` from an earlier run. ``re.error`` as from re.compile."""
    kept = store()
    found = kept.get(kind, key)
    if found is not None:
        try:
            return pattern_of(source, _decode_program(found))
        except (TypeError, RuntimeError, ValueError, OverflowError):  # rejected: compile afresh
            pass
    program = build() or program_of(source, flags)
    try:
        pattern = pattern_of(source, program)
    except (TypeError, RuntimeError):  # another Python's matcher rejects a hand-made program
        return re.compile(source, flags)
    kept.put(kind, key, _encode_program(program))
    return pattern


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's counterpart
    """``re.compile(source, flags)``, its program kept between runs."""
    flags = int(flags)
    return compile_kept("re", f"{flags}\0{source}", source, lambda: None, flags)
