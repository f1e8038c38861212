"""Writing results safely: whole files or nothing, `-` for stdout, spreadsheet-safe CSV cells.

Every file the CLI writes goes through :func:`atomic_open`: the bytes go to a temporary file
beside the target, which replaces the target only once complete. A full disk, a read-only folder
or a crash midway leaves the previous file (or none) instead of a truncated one.
"""
from __future__ import annotations

import contextlib
import csv
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

STDIO = "-"


def is_stdio(path: str | os.PathLike | None) -> bool:
    return path is not None and str(path) == STDIO


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """A handle whose content appears at ``path`` only when the block ends without an error.

    ``-`` writes to stdout directly (there is nothing to replace)."""
    if is_stdio(path):
        if "b" in mode:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": encoding, "newline": newline})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())  # ENOSPC can surface only here; the rename must not happen then
        # mkstemp creates 0600; give the result the permissions a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    """``text`` to ``path`` atomically (or stdout for ``-``), ending with a newline."""
    with atomic_open(path) as fh:
        fh.write(text)
        if not text.endswith("\n"):
            fh.write("\n")


# OWASP CSV injection: a spreadsheet evaluates cells starting with these as formulas
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A cell value a spreadsheet shows as text: strings starting with = + - @ tab or CR get a
    leading ``'``. Numbers stay numbers (a negative value is no formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: str | os.PathLike, rows: Iterable[dict], columns: list[str]) -> None:
    """Rows as CSV (UTF-8 with BOM for spreadsheets), atomically, every cell neutralised."""
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: csv_cell(v) for k, v in row.items()})

