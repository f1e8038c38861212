"""Input expansion: files, directories, globs, JSONL records and stdin -> small descriptors.

Descriptors (an id, a path, and where a jsonl record sits) are produced lazily; workers read the
bytes themselves, so neither memory nor inter-process traffic grows with the corpus.
"""
from __future__ import annotations

import glob
import json
import os
import sys
from typing import Any, Iterable, Iterator, Mapping

import orjson

from .. import re_cache
from ..errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".shtml", ".xhtml"})
_GLOB_CHARS = frozenset("*?[")
_BOM = b"\xef\xbb\xbf"
STDIN_NAME = "<stdin>"

Item = dict[str, Any]


def _missing(arg: str, message: str) -> Item:
    return {"id": arg, "path": arg, "kind": "missing", "message": message, "size": 0}


def _file_items(path: str, size: int | None = None, names: Mapping[str, str] | None = None) -> Iterator[Item]:
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_items(path, (names or {}).get(path, path))
        return
    if size is None:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # the worker reports why it cannot be read
    yield {"id": path, "path": path, "kind": "file", "size": size}


def _loads(raw: bytes) -> Any:
    """One JSONL line; a leading BOM ignored, lone surrogate escapes (which orjson rejects)
    accepted. ValueError when it is no JSON."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def id_text(value: Any) -> str | None:
    """A record's id as a string: strings as given, anything else as its JSON (never a Python repr);
    None when absent or empty."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _record_id(raw: bytes) -> str | None:
    try:
        obj = _loads(raw)
    except ValueError:
        return None
    return id_text(obj.get("id")) if isinstance(obj, dict) else None


def _jsonl_items(path: str, name: str | None = None) -> Iterator[Item]:
    """One descriptor per non-blank line; the worker re-reads the line by offset."""
    name = name or path
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _missing(name, f"cannot open: {exc.strerror or exc}")
        return
    with fh:
        offset = lineno = 0
        for raw in fh:
            lineno += 1
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            rid = _record_id(raw) or f"{name}:{lineno}"
            item = {"id": rid, "path": path, "kind": "record", "offset": start, "length": len(raw),
                    "line": lineno, "size": len(raw)}
            if name != path:
                item["name"] = name
            yield item


def _walk(top: str, excluded: set[str]) -> Iterator[Item]:
    """Text files under ``top`` in a stable order, hidden files and directories skipped."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        yield _missing(top, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):  # like os.walk: no symlink loops
                yield from _walk(entry.path, excluded)
            elif (os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES
                  and os.path.realpath(entry.path) not in excluded):
                yield from _file_items(entry.path, entry.stat().st_size)
        except OSError:
            yield {"id": entry.path, "path": entry.path, "kind": "file", "size": 0}


def iter_items(inputs: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = (),
               names: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Expand files, directories, globs and .jsonl files into input descriptors, lazily.

    An argument that names nothing still yields one descriptor, so it gets an error record.
    ``names`` maps a path to the name its records are reported under (stdin spooled to a file).
    """
    excluded = {os.path.realpath(p) for p in exclude}
    for arg in inputs:
        arg = str(arg)
        if os.path.isdir(arg):
            yield from _walk(arg, excluded)
        elif os.path.lexists(arg):
            if os.path.realpath(arg) not in excluded:
                yield from _file_items(arg, names=names)
        elif _GLOB_CHARS & set(arg):
            matched = False
            for path in glob.iglob(arg, recursive=True):
                matched = True
                if os.path.isdir(path):
                    yield from _walk(path, excluded)
                elif os.path.realpath(path) not in excluded:
                    yield from _file_items(path)
            if not matched:
                yield _missing(arg, "no file matches this pattern")
        else:
            yield _missing(arg, "no such file or directory")


def total_bytes(inputs: list[str], exclude: list[str]) -> int:
    """Input size for the progress bar's ETA, without parsing jsonl files."""
    excluded = {os.path.realpath(p) for p in exclude}
    total = 0
    for arg in inputs:
        paths = [arg] if os.path.exists(arg) or not (_GLOB_CHARS & set(arg)) else glob.iglob(arg, recursive=True)
        for p in paths:
            if os.path.isdir(p):
                total += sum(it["size"] for it in _walk(p, excluded))  # walks never yield jsonl records
            elif os.path.isfile(p):
                total += os.path.getsize(p)
    return total


def spool_stdin(inputs: list[str], folder: str, stream=None) -> tuple[list[str], dict[str, str]]:
    """Replace ``-`` in ``inputs`` by what stdin holds: JSONL records (its first character is
    ``{``) are spooled to a file in ``folder`` that workers can read by offset; anything else is
    a list of input paths, one per line (``find … | reportnlp batch -``).

    Returns the new inputs and the display names of spooled files."""
    if "-" not in inputs:
        return inputs, {}
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    names: dict[str, str] = {}
    if data.lstrip(_BOM + b" \t\r\n").startswith(b"{"):
        path = os.path.join(folder, "stdin.jsonl")
        with open(path, "wb") as fh:
            fh.write(data)
        names[path] = STDIN_NAME
        listed = [path]
    else:
        text = data.decode("utf-8", errors="surrogateescape")
        listed = [line.rstrip("\r") for line in text.split("\n") if line.strip()]
    out: list[str] = []
    for arg in inputs:
        out.extend(listed if arg == "-" else [arg])
    return out, names


def source_of(item: Item) -> str:
    name = item.get("name", item["path"])
    return f"{name}:{item['line']}" if item["kind"] == "record" else name


_SURROGATE = re_cache.compile("[\ud800-\udfff]")


def read_item(item: Item, max_bytes: int) -> bytes | str:
    """The raw bytes of a file or the text of a jsonl record; InputError when unusable."""
    kind = item["kind"]
    if kind == "missing":
        raise InputError("unreadable", item["message"])
    path = item["path"]
    limit = f"the {max_bytes / 2**20:g} MB limit"
    try:
        if kind == "file":
            if os.stat(path).st_size > max_bytes:
                raise InputError("too_large", f"{os.stat(path).st_size} bytes exceed {limit}")
            data = read_capped(path, max_bytes)
            if len(data) > max_bytes:
                raise InputError("too_large", f"more than {limit}")
            return data
        if item["length"] > max_bytes:
            raise InputError("too_large", f"record of {item['length']} bytes exceeds {limit}")
        with open(path, "rb") as fh:
            fh.seek(item["offset"])
            raw = fh.read(item["length"])
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    try:
        obj = _loads(raw)
    except ValueError as exc:
        raise InputError("unreadable", f"line {item['line']} is not valid JSON: {exc}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError("unreadable", f"line {item['line']} has no \"text\" string")
    # lone surrogates cannot be written as UTF-8; U+FFFD keeps offsets one-to-one
    return _SURROGATE.sub("\ufffd", obj["text"])


def read_capped(path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``path`` (special files report no size: the extra byte
    tells the caller the cap was passed). A FIFO without a writer reads as empty instead of
    blocking: it is opened non-blocking, then read blocking once open."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(fd, True)
        chunks, got = [], 0
        while got <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
