"""The tidy metrics table shared by ``batch --parquet`` and ``compare``: one row per metric."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

_PARQUET_BATCH = 20_000

# Column name -> arrow type name of the tidy metrics table (see metric_rows).
METRIC_COLUMNS: dict[str, str] = {
    "id": "string", "source": "string", "doc_index": "int32", "title": "string", "doc_type": "string",
    "issuing_unit": "string", "unit_level": "string", "year": "int32", "period": "string",
    "indicator": "string", "canonical": "string", "value": "float64", "unit": "string",
    "base_value": "float64", "base_unit": "string", "qualifier": "string", "target": "bool_",
    "approximate": "bool_", "direction": "string", "start": "int64", "end": "int64", "source_start": "int64", "source_end": "int64",
}
# columns about the metric's report; every other column is the metric's output field of that
# name (tests/test_payloads.py checks them against schema.Metric), so a column is added above only
REPORT_COLUMNS = ("id", "source", "doc_index", "title", "doc_type", "issuing_unit", "unit_level", "year", "period")
_METRIC_FIELDS = tuple(k for k in METRIC_COLUMNS if k not in REPORT_COLUMNS)


def metric_rows(result: dict) -> list[dict]:
    """One row per metric of each non-duplicate document of an ExtractResult dict (none for errors).

    ``issuing_unit`` is the report's unit; ``unit`` the metric's. ``period`` is the metric's own
    period when the text states one, else the report's.
    """
    rows = []
    for doc in result.get("documents") or ():
        if doc.get("duplicate_of") is not None:
            continue
        meta = doc.get("metadata") or {}
        report = {"id": result.get("id"), "source": result.get("source"), "doc_index": doc.get("index"),
                  "title": doc.get("title"), "doc_type": doc.get("doc_type"), "issuing_unit": meta.get("unit"),
                  "unit_level": meta.get("unit_level"), "year": meta.get("year")}
        for m in doc.get("metrics") or ():
            row = dict(report, period=m.get("period") or meta.get("period"))
            row.update({k: m.get(k) for k in _METRIC_FIELDS})
            rows.append(row)
    return rows


def metric_schema():
    """The pyarrow schema of the metrics table."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in METRIC_COLUMNS.items()])


class MetricsTable:
    """Parquet rows written in row groups as they arrive, so the table never sits in memory.

    Written to a temporary file that replaces ``path`` on :meth:`close` (``abort`` drops it),
    so a failed run never leaves a truncated table."""

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fd, self.tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        self.schema = metric_schema()
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.rows: list[dict] = []

    def add(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _PARQUET_BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        try:
            self.flush()
            self.writer.close()
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)
