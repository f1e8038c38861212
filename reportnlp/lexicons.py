"""Loaders for the data files under reportnlp/resources/, each read once."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent / "resources"


@functools.cache
def load_yaml(name: str) -> Any:
    """Parse ``resources/<name>`` (YAML) once per process."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(RESOURCES / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


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
