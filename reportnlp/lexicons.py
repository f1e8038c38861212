"""Loaders for the data files under reportnlp/resources/, each read once."""
from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent / "resources"
_SCHEMA = Path(__file__).resolve().parent / "resource_schema.py"


@functools.cache
def load_yaml(name: str) -> Any:
    """Parse ``resources/<name>`` (YAML) once per process, checked against its schema
    (resource_schema.py): a wrong key or pattern is a ResourceError naming file and key.
    Content that passed the check before (:func:`_check_record`) is not checked again."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = (RESOURCES / name).read_bytes()
    data = yaml.load(raw.decode("utf-8"), Loader=loader)
    if name != FRAGMENTS and _FRAGMENT_REF.encode() in raw:
        data = expand_fragments(name, data)
        raw += b"\0" + (RESOURCES / FRAGMENTS).read_bytes()  # a fragment's change is a change of the file
    stamp = _check_record(name, raw)
    if stamp is None or not os.path.exists(stamp):
        from .resource_schema import validate

        validate(name, data)
        if stamp is not None:
            try:
                open(stamp, "a").close()
            except OSError:
                pass  # unrecorded: the next run checks the file again
    return data


FRAGMENTS = "fragments.yml"
_FRAGMENT_REF = "{{"


def expand_fragments(name: str, data: Any) -> Any:
    """``data`` with every ``{{name}}`` inside its strings replaced by the regex piece that
    resources/fragments.yml names so: one spelling of a piece several rule files write (a
    placeholder year). Strings are walked after parsing, so YAML quoting never touches a piece."""
    refs = {"{{" + key + "}}": piece for key, piece in load_yaml(FRAGMENTS).items()}

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            if _FRAGMENT_REF not in value:
                return value
            for ref, piece in refs.items():
                value = value.replace(ref, piece)
            if _FRAGMENT_REF in value:
                from .resource_schema import ResourceError

                unknown = value[value.index(_FRAGMENT_REF):].split("}}")[0] + "}}"
                raise ResourceError(f"resources/{name}: no fragment {unknown} in resources/{FRAGMENTS}")
            return value
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return walk(data)


@functools.cache
def _checker_key() -> bytes:
    import regex

    return hashlib.sha256(_SCHEMA.read_bytes() + b"\0" + regex.__version__.encode()).digest()


def _check_record(name: str, raw: bytes) -> str | None:
    """Where a passed check of this exact file content is recorded, in the private per-user
    cache, or None without one. Checking costs every run ~0.1-0.15 s (building the schema
    models, compiling every pattern); a file that passed stays good until it, the schema or
    the regex module changes."""
    from .cachedir import private_cache_dir

    directory = private_cache_dir("checked")
    if directory is None:
        return None
    digest = hashlib.sha256(_checker_key() + name.encode() + b"\0" + raw).hexdigest()
    return os.path.join(directory, digest)


def validate_all() -> None:
    """Load (and so check) every rule file now: the pipeline calls this when it is built."""
    for path in sorted(RESOURCES.glob("*.yml")):
        load_yaml(path.name)


@functools.cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``resources/<name>``; blank lines and ``#`` comments skipped."""
    rows = []
    with open(RESOURCES / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                rows.append(tuple(line.split("\t")))
    return tuple(rows)
