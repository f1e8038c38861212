"""Loaders for the data files under reportnlp/resources/, each read once."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent / "resources"


@functools.cache
def load_yaml(name: str) -> Any:
    """Parse ``resources/<name>`` (YAML) once per process, checked against its schema
    (resource_schema.py): a wrong key or pattern is a ResourceError naming file and key."""
    import yaml

    from .resource_schema import validate

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(RESOURCES / name, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    validate(name, data)
    return data


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
