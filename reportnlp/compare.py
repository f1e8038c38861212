"""Cross-document comparison of a batch results JSONL (``reportnlp compare``).

Writes into ``out_dir``:
  metrics.parquet / metrics.csv  tidy table, one row per metric
  indicators.csv                 per canonical indicator: distribution, share of 100% claims, IQR outliers
  templates.csv                  clusters of near-identical documents (template reuse)
  commitments.csv                one row per commitment: document, action, deadline and its date,
                                 the promised target (indicator, value, unit), owner, section
  flags.parquet / flags.csv      one row per audit flag: document, issuing unit, code, severity,
                                 evidence, stated vs computed, offsets in the document and the source
  risk.parquet / risk.csv        one row per document: risk score and reasons, flag counts
  summary.html                   self-contained page: flags (high severity first, counts by code
                                 and by issuing unit), indicators, inline SVG charts; fits 1400 px

The tidy table is ``batch.metric_rows`` / ``batch.metric_schema``, the same as
``reportnlp batch --parquet`` writes; documents that repeat another one in the
same file are not in it (they would count twice); the same holds for the flags and
risk tables: a repeat keeps its flags in the JSON, but compare counts them once. CSV files are UTF-8 with a
BOM so that Excel opens the Chinese text correctly. Statistics use achieved
values only: targets (planned values) and changes ("同比提高5%": ``direction``
set, a change rather than a level) are left out.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Iterable, Iterator

from .tables import metric_rows

LSH_THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 5
_CHUNK = 256  # documents per MinHash.bulk call: bounded memory on large batches

INDICATOR_COLUMNS = [
    "canonical", "base_unit", "n", "n_documents", "mean", "median", "min", "max", "q1", "q3",
    "n_100", "share_100", "outlier_low", "outlier_high", "n_outliers", "outliers",
]
TEMPLATE_COLUMNS = ["cluster_id", "size", "members", "titles", "min_jaccard", "mean_jaccard"]


# -- reading ----------------------------------------------------------------

@dataclass
class _Corpus:
    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    bad_lines: int = 0
    results: int = 0
    documents: int = 0
    repeats: int = 0
    doc_keys: list[str] = field(default_factory=list)
    doc_titles: list[str] = field(default_factory=list)
    signatures: list[Any] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)
    risk: list[dict] = field(default_factory=list)


# column -> pyarrow type name (batch.METRIC_COLUMNS style)
FLAG_COLUMNS = {
    "id": "string", "source": "string", "doc_index": "int64", "title": "string", "issuing_unit": "string",
    "year": "int64", "code": "string", "severity": "string", "message": "string", "evidence": "string",
    "stated": "float64", "computed": "float64", "start": "int64", "end": "int64",
    "source_start": "int64", "source_end": "int64",
}
# the flag's own output fields among FLAG_COLUMNS (the rest describe its report)
_FLAG_FIELDS = tuple(k for k in FLAG_COLUMNS
                     if k not in ("id", "source", "doc_index", "title", "issuing_unit", "year"))
RISK_COLUMNS = {
    "id": "string", "source": "string", "doc_index": "int64", "title": "string", "issuing_unit": "string",
    "unit_level": "string", "year": "int64", "doc_type": "string", "score": "float64", "reasons": "string",
    "n_flags": "int64", "n_high": "int64", "n_low": "int64", "n_info": "int64",
}
_SEVERITY_ORDER = {"high": 0, "low": 1, "info": 2}


def flag_rows(rec: dict, d: dict) -> list[dict]:
    """One tidy row per audit flag of a (non-repeat) document."""
    meta = d.get("metadata") or {}
    report = {"id": rec.get("id"), "source": rec.get("source"), "doc_index": d.get("index"),
              "title": d.get("title"), "issuing_unit": meta.get("unit"), "year": meta.get("year")}
    return [dict(report, **{k: f.get(k) for k in _FLAG_FIELDS}) for f in d.get("flags") or []]


def risk_row(rec: dict, d: dict) -> dict:
    """The risk of one (non-repeat) document with its flag counts by severity."""
    meta = d.get("metadata") or {}
    risk = d.get("risk") or {}
    sev = [f.get("severity") for f in d.get("flags") or []]
    return {"id": rec.get("id"), "source": rec.get("source"), "doc_index": d.get("index"),
            "title": d.get("title"), "issuing_unit": meta.get("unit"), "unit_level": meta.get("unit_level"),
            "year": meta.get("year"), "doc_type": d.get("doc_type"), "score": risk.get("score"),
            "reasons": "; ".join(risk.get("reasons") or []), "n_flags": len(sev),
            "n_high": sev.count("high"), "n_low": sev.count("low"), "n_info": sev.count("info")}


COMMITMENT_COLUMNS = ["id", "document", "action", "deadline", "deadline_date", "target_indicator",
                      "target_value", "target_unit", "owner", "section", "confidence", "text"]


def commitment_rows(rid: str, d: dict) -> list[dict]:
    """One tidy row per commitment of a document."""
    rows = []
    for c in d.get("commitments") or []:
        target = c.get("target") or {}
        rows.append({"id": rid, "document": d.get("index"), "action": c.get("action"),
                     "deadline": c.get("deadline"), "deadline_date": c.get("deadline_date"),
                     "target_indicator": target.get("indicator"), "target_value": target.get("value"),
                     "target_unit": target.get("unit"), "owner": c.get("owner"), "section": c.get("section"),
                     "confidence": c.get("confidence"), "text": c.get("text")})
    return rows


def _records(path: Path) -> Iterator[dict | None]:
    # undecodable bytes make the line unreadable JSON (counted), never a crash
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                yield None
                continue
            yield rec if isinstance(rec, dict) else None


def _shingles(text: str) -> list[bytes]:
    # whitespace removed: the same template reflowed differently must still match
    t = "".join(text.split())
    if len(t) <= SHINGLE:
        return [t.encode("utf-8")] if t else []
    return list({t[i:i + SHINGLE].encode("utf-8") for i in range(len(t) - SHINGLE + 1)})


def _minhash():
    """datasketch's MinHash, or a clear error: it lives in the `compare` extra (numpy, scipy)."""
    try:
        from datasketch import MinHash  # lazy: only compare needs it
    except ImportError:
        from .errors import ReportNLPError

        raise ReportNLPError("`compare` needs datasketch: pip install 'reportnlp[compare]'") from None
    return MinHash


def _read(path: Path) -> _Corpus:
    MinHash = _minhash()

    corpus = _Corpus()
    pending: list[list[bytes]] = []

    def flush() -> None:
        if pending:
            corpus.signatures.extend(MinHash.bulk(pending, num_perm=NUM_PERM))
            pending.clear()

    for rec in _records(path):
        if rec is None:
            corpus.bad_lines += 1
            continue
        if "error_code" in rec or "documents" not in rec:
            corpus.errors.append(rec)
            continue
        corpus.results += 1
        corpus.rows.extend(metric_rows(rec))
        rid = rec.get("id") or rec.get("source")
        for d in rec["documents"]:
            corpus.documents += 1
            if d.get("duplicate_of") is not None:
                corpus.repeats += 1  # already known to repeat a document of its own file
                continue
            corpus.commitments.extend(commitment_rows(rid, d))
            corpus.flags.extend(flag_rows(rec, d))
            corpus.risk.append(risk_row(rec, d))
            sh = _shingles(d.get("text") or "")
            if not sh:
                continue
            corpus.doc_keys.append(f"{rid}#{d.get('index')}")
            corpus.doc_titles.append(d.get("title") or "")
            pending.append(sh)
            if len(pending) >= _CHUNK:
                flush()
    flush()
    return corpus


# -- statistics ---------------------------------------------------------------

def _quantile(sorted_vals: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if len(sorted_vals) == 1:
        return sorted_vals[0]
    pos = (len(sorted_vals) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (pos - lo)


def _claims(rows: Iterable[dict]) -> list[dict]:
    """Rows that are achieved levels of a named indicator (metric_rows already drops repeats)."""
    return [r for r in rows if r.get("canonical") and r.get("value") is not None and not r.get("target")
            and not r.get("direction")]


def _rid(r: dict) -> str:
    return r.get("id") or r.get("source") or ""


def _is_100(r: dict) -> bool:
    return r.get("base_unit") == "%" and r.get("value") == 100


def _fig(v: float) -> float | int:
    """A figure as a person reads it: whole numbers stay whole, others keep 2 decimals
    (at least 3 significant digits below 1)."""
    if float(v).is_integer():
        return int(v)
    return round(v, 2) if abs(v) >= 1 else float(f"{v:.3g}")


def indicator_stats(rows: Iterable[dict]) -> list[dict]:
    """Distribution of each (canonical indicator, base unit) across documents."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in _claims(rows):
        # the same canonical name can be a rate in one report and a count in another: keep them apart
        groups[(r["canonical"], r.get("base_unit") or "")].append(r)
    out = []
    for (canon, bu), rs in sorted(groups.items()):
        vals = sorted(float(r["value"]) for r in rs)
        n = len(vals)
        q1, q3 = _quantile(vals, 0.25), _quantile(vals, 0.75)
        iqr = q3 - q1
        # claims are levels (changes are left out), never below zero: a negative fence says nothing
        low, high = max(0.0, q1 - 1.5 * iqr), q3 + 1.5 * iqr
        # quartiles of fewer than 4 values say nothing about what is unusual
        outl = [r for r in rs if n >= 4 and not low <= float(r["value"]) <= high]
        n100 = sum(_is_100(r) for r in rs)
        out.append({
            "canonical": canon, "base_unit": bu, "n": n,
            "n_documents": len({(_rid(r), r["doc_index"]) for r in rs}),
            "mean": _fig(sum(vals) / n), "median": _fig(_quantile(vals, 0.5)),
            "min": _fig(vals[0]), "max": _fig(vals[-1]), "q1": _fig(q1), "q3": _fig(q3),
            "n_100": n100 if bu == "%" else None,
            "share_100": round(n100 / n, 4) if bu == "%" else None,
            "outlier_low": _fig(low) if n >= 4 else None, "outlier_high": _fig(high) if n >= 4 else None,
            "n_outliers": len(outl),
            "outliers": "; ".join(f"{_rid(r)}#{r['doc_index']}={float(r['value']):g}" for r in outl),
        })
    return out


def template_clusters(keys: list[str], titles: list[str], signatures: list[Any],
                      threshold: float = LSH_THRESHOLD) -> list[dict]:
    """Connected groups of documents whose estimated Jaccard similarity reaches ``threshold``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edges: list[tuple[int, int, float]] = []
    for i, sig in enumerate(signatures):
        for j in lsh.query(sig):
            # LSH gives candidates; keep a pair only when the estimate itself reaches the threshold
            jac = sig.jaccard(signatures[j])
            if jac >= threshold:
                edges.append((j, i, jac))
                parent[find(i)] = find(j)
        lsh.insert(i, sig)  # integer keys: document ids may repeat across a resumed batch
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[find(i)].append(i)
    by_root: dict[int, list[float]] = defaultdict(list)
    for a, _, jac in edges:
        by_root[find(a)].append(jac)
    clusters = sorted((m for m in members.values() if len(m) > 1), key=lambda m: (-len(m), m[0]))
    out = []
    for cid, m in enumerate(clusters, 1):
        jacs = by_root[find(m[0])]
        out.append({
            "cluster_id": cid, "size": len(m), "members": "; ".join(keys[i] for i in m),
            "titles": "; ".join(dict.fromkeys(titles[i] for i in m if titles[i])),
            "min_jaccard": round(min(jacs), 4), "mean_jaccard": round(sum(jacs) / len(jacs), 4),
        })
    return out


# -- writing --------------------------------------------------------------------

def _write_csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    from .outputs import write_csv

    write_csv(path, rows, columns)  # atomic, cells neutralised against formula injection


def _write_parquet(path: Path, rows: list[dict], columns: dict[str, str] | None = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .tables import metric_schema

    # the explicit schema keeps types stable for empty or all-null columns; extra keys are dropped
    from .outputs import atomic_open

    schema = metric_schema() if columns is None else pa.schema([(k, getattr(pa, t)()) for k, t in columns.items()])
    with atomic_open(path, "wb") as fh:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), fh)


def compare_results(results_jsonl: Path, out_dir: Path) -> Iterator[str]:
    """Write the comparison files; yield one human line per file written."""
    results_jsonl, out_dir = Path(results_jsonl), Path(out_dir)
    corpus = _read(results_jsonl)
    if not corpus.results and not corpus.errors:
        from .errors import InputError

        raise InputError("unreadable", f"{results_jsonl}: no result records (expected the JSONL of "
                         f"`reportnlp batch`; {corpus.bad_lines} lines are not JSON objects)")
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        _write_parquet(out_dir / "metrics.parquet", corpus.rows)
        yield f"wrote {out_dir / 'metrics.parquet'} ({len(corpus.rows)} metric rows)"
    except ImportError:
        yield "skipped metrics.parquet: pyarrow is not installed (pip install 'reportnlp[parquet]')"
    from .tables import METRIC_COLUMNS

    _write_csv(out_dir / "metrics.csv", corpus.rows, list(METRIC_COLUMNS))
    yield f"wrote {out_dir / 'metrics.csv'} ({len(corpus.rows)} metric rows)"

    stats = indicator_stats(corpus.rows)
    _write_csv(out_dir / "indicators.csv", stats, INDICATOR_COLUMNS)
    yield f"wrote {out_dir / 'indicators.csv'} ({len(stats)} indicators)"

    _write_csv(out_dir / "commitments.csv", corpus.commitments, COMMITMENT_COLUMNS)
    dated = sum(1 for r in corpus.commitments if r["deadline_date"])
    yield f"wrote {out_dir / 'commitments.csv'} ({len(corpus.commitments)} commitments, {dated} with a dated deadline)"

    flags = sorted(corpus.flags, key=lambda r: (_SEVERITY_ORDER.get(r["severity"], 3), str(r["id"]),
                                                r["doc_index"] or 0, r["start"] or 0))
    risk = sorted(corpus.risk, key=lambda r: (-(r["score"] or 0), str(r["id"]), r["doc_index"] or 0))
    for name, rows, columns in (("flags", flags, FLAG_COLUMNS), ("risk", risk, RISK_COLUMNS)):
        try:
            _write_parquet(out_dir / f"{name}.parquet", rows, columns)
            yield f"wrote {out_dir / f'{name}.parquet'} ({len(rows)} rows)"
        except ImportError:
            yield f"skipped {name}.parquet: pyarrow is not installed (pip install 'reportnlp[parquet]')"
        _write_csv(out_dir / f"{name}.csv", rows, list(columns))
        yield f"wrote {out_dir / f'{name}.csv'} ({len(rows)} rows)"

    clusters = template_clusters(corpus.doc_keys, corpus.doc_titles, corpus.signatures)
    _write_csv(out_dir / "templates.csv", clusters, TEMPLATE_COLUMNS)
    in_clusters = sum(c["size"] for c in clusters)
    yield (f"wrote {out_dir / 'templates.csv'} ({len(clusters)} template clusters covering "
           f"{in_clusters} of {len(corpus.doc_keys)} documents)")

    from .outputs import write_text

    write_text(out_dir / "summary.html", _summary_html(results_jsonl, corpus, stats, clusters, flags))
    yield (f"wrote {out_dir / 'summary.html'} ({corpus.results} results from {results_jsonl}; "
           f"{len(corpus.errors)} error records skipped"
           + (f", {corpus.bad_lines} unreadable lines skipped)" if corpus.bad_lines else ")"))


# -- summary page -----------------------------------------------------------------

# the page fits a 1400 px window: content at most 1352 px wide, tables laid out to that width with
# long cells wrapped instead of widening the table
_CSS = """
body{margin:24px;max-width:1352px;font:14px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
color:#1d1d1b;overflow-wrap:anywhere}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;font-size:12px;max-width:100%;table-layout:fixed}
td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;overflow-wrap:anywhere;word-break:break-all}
table.wide{width:100%}.sev-high{color:#b71c1c;font-weight:600}.sev-low{color:#8a6d00}.sev-info{color:#555}
.cols{display:flex;gap:24px;flex-wrap:wrap}.cols>div{flex:1 1 400px;min-width:0}
.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#777}
svg text{font-family:inherit}
"""


def _svg_histogram(values: list[float]) -> str:
    """Bars for <80, each 1-point bin 80..99, exactly 100 and >100: bunching at 100 stands out."""
    labels = ["<80"] + [str(b) for b in range(80, 100)] + ["100", ">100"]
    counts = [0] * len(labels)
    for v in values:
        if v < 80:
            counts[0] += 1
        elif v < 100:
            counts[1 + int(v) - 80] += 1
        elif v == 100:
            counts[-2] += 1
        else:
            counts[-1] += 1
    w, h, left, bottom, top = 760, 260, 40, 40, 16
    bw = (w - left - 10) / len(labels)
    peak = max(counts) or 1
    parts = [f'<svg width="{w}" height="{h}" role="img" '
             f'aria-label="histogram of reported satisfaction rates">',
             f'<line x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}" stroke="#555"/>']
    for i, (lab, c) in enumerate(zip(labels, counts)):
        bh = (h - bottom - top) * c / peak
        x = left + i * bw
        color = "#c62828" if lab == "100" else "#e0b400" if lab == ">100" else "#5b7fa6"
        parts.append(f'<rect x="{x + 1:.1f}" y="{h - bottom - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" '
                     f'fill="{color}"><title>{escape(lab)}: {c}</title></rect>')
        if c:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - bottom - bh - 3:.1f}" font-size="10" '
                         f'text-anchor="middle">{c}</text>')
        parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - bottom + 14}" font-size="10" '
                     f'text-anchor="middle">{escape(lab)}</text>')
    parts.append(f'<text x="{left}" y="{h - 6}" font-size="11" fill="#555">reported value (%)</text></svg>')
    return "".join(parts)


def _svg_share_bars(stats: list[dict]) -> str:
    """Horizontal bars: share of 100% claims per % indicator, most bunched first."""
    rows = sorted((s for s in stats if s["base_unit"] == "%"), key=lambda s: (-s["share_100"], s["canonical"]))[:40]
    if not rows:
        return '<p class="muted">No percentage indicators.</p>'
    left, bar_w, row_h = 150, 460, 22
    h = row_h * len(rows) + 30
    parts = [f'<svg width="{left + bar_w + 120}" height="{h}" role="img" '
             f'aria-label="share of 100% claims by indicator">']
    for i, s in enumerate(rows):
        y = 10 + i * row_h
        bw = bar_w * s["share_100"]
        parts.append(f'<text x="{left - 6}" y="{y + 14}" font-size="12" text-anchor="end">'
                     f'{escape(s["canonical"])}</text>')
        parts.append(f'<rect x="{left}" y="{y + 2}" width="{bar_w}" height="{row_h - 6}" fill="#eee"/>')
        parts.append(f'<rect x="{left}" y="{y + 2}" width="{bw:.1f}" height="{row_h - 6}" fill="#c62828">'
                     f'<title>{escape(s["canonical"])}: {s["n_100"]} of {s["n"]} claims are 100%</title></rect>')
        parts.append(f'<text x="{left + bar_w + 6}" y="{y + 14}" font-size="11">'
                     f'{s["share_100"] * 100:.0f}% of {s["n"]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(rows: list[dict], columns: list[str], limit: int = 200, wide: bool = True) -> str:
    if not rows:
        return '<p class="muted">None.</p>'
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for r in rows[:limit]:
        cells = []
        for c in columns:
            v = r.get(c)
            cls = ' class="num"' if isinstance(v, (int, float)) and not isinstance(v, bool) else ""
            if c == "severity" and v:
                cls = f' class="sev-{escape(str(v))}"'
            if isinstance(v, float):
                v = _fig(v)
            cells.append(f"<td{cls}>{'' if v is None else escape(str(v))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="muted">… {len(rows) - limit} more in the CSV.</p>' if len(rows) > limit else ""
    attr = ' class="wide"' if wide else ""
    return f"<table{attr}><tr>{head}</tr>{''.join(body)}</table>{more}"


_FLAG_VIEW = ["severity", "code", "id", "doc_index", "issuing_unit", "evidence", "stated", "computed",
              "source_start", "source_end"]


def flag_counts(flags: list[dict]) -> tuple[list[dict], list[dict]]:
    """Flags counted by code and by issuing unit (repeats already left out)."""
    by_code: dict[str, dict] = {}
    by_unit: dict[str, dict] = {}
    for f in flags:
        c = by_code.setdefault(f["code"], {"code": f["code"], "severity": f["severity"], "n": 0, "docs": set()})
        c["n"] += 1
        c["docs"].add((f["id"], f["doc_index"]))
        unit = f["issuing_unit"] or "(unit not stated)"
        u = by_unit.setdefault(unit, {"issuing_unit": unit, "n": 0, "n_high": 0, "docs": set()})
        u["n"] += 1
        u["n_high"] += f["severity"] == "high"
        u["docs"].add((f["id"], f["doc_index"]))
    codes = sorted(by_code.values(), key=lambda c: (_SEVERITY_ORDER.get(c["severity"], 3), -c["n"], c["code"]))
    units = sorted(by_unit.values(), key=lambda u: (-u["n_high"], -u["n"], u["issuing_unit"]))
    for row in codes + units:
        row["n_documents"] = len(row.pop("docs"))
    return codes, units


def _summary_html(source: Path, corpus: _Corpus, stats: list[dict], clusters: list[dict],
                  flags: list[dict] | None = None) -> str:
    flags = flags or []
    by_code, by_unit = flag_counts(flags)
    n_high = sum(f["severity"] == "high" for f in flags)
    claims = _claims(corpus.rows)
    sat = [float(r["value"]) for r in claims if "满意" in r["canonical"] and r.get("base_unit") == "%"]
    n100 = sum(v == 100 for v in sat)
    sat_note = (f"{len(sat)} claims, {n100} of them exactly 100% ({n100 / len(sat) * 100:.0f}%)" if sat
                else "no 满意率 claims in this batch")
    errors = [{"id": e.get("id"), "error_code": e.get("error_code"), "message": e.get("message")}
              for e in corpus.errors]
    facts = (f"{corpus.results} results · {len(corpus.errors)} error records · {corpus.bad_lines} unreadable lines · "
             f"{corpus.documents} documents ({corpus.repeats} repeats within a file) · "
             f"{len(corpus.rows)} metrics · {len(stats)} indicators · {len(flags)} flags ({n_high} high) · "
             f"{len(clusters)} template clusters")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        # nothing on this page may load anything: charts are inline SVG, there is no script
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>reportnlp compare — {escape(str(source))}</title><style>{_CSS}</style></head><body>",
        f"<h1>reportnlp compare</h1><p>{escape(str(source))}</p><p class=\"muted\">{escape(facts)}</p>",
        "<h2>Flags</h2>",
        '<p class="muted">audit flags of every document, repeats counted once; high severity first</p>',
        '<div class="cols"><div><h3>By code</h3>',
        _table(by_code, ["code", "severity", "n", "n_documents"], wide=False),
        "</div><div><h3>By issuing unit</h3>",
        _table(by_unit, ["issuing_unit", "n", "n_high", "n_documents"], limit=50, wide=False),
        "</div></div>",
        _table(flags, _FLAG_VIEW),
        "<h2>Risk by document</h2>",
        _table(sorted(corpus.risk, key=lambda r: -(r["score"] or 0)),
               ["id", "doc_index", "issuing_unit", "score", "n_flags", "n_high", "reasons"], limit=100),
        f"<h2>Reported 满意率 values</h2><p class=\"muted\">{escape(sat_note)}</p>",
        _svg_histogram(sat) if sat else "",
        "<h2>Share of 100% claims by indicator</h2>",
        _svg_share_bars(stats),
        "<h2>Indicators</h2>",
        _table(stats, INDICATOR_COLUMNS),
        "<h2>Template clusters</h2>",
        f'<p class="muted">documents whose character {SHINGLE}-gram sets overlap with estimated Jaccard '
        f"≥ {LSH_THRESHOLD} (MinHash, {NUM_PERM} permutations)</p>",
        _table(clusters, TEMPLATE_COLUMNS),
        "<h2>Error records</h2>",
        _table(errors, ["id", "error_code", "message"]),
        "</body></html>",
    ])
