"""A self-contained HTML audit view of one ExtractResult (``reportnlp audit``).

The page must open offline and be safe to pass around: inline CSS and one
inline script only, a Content-Security-Policy that forbids every network load
and every script but ours (pinned by hash), and all report text escaped.
Highlighting is built from offsets: the text is cut at every span boundary
and spans are nested; a span that crosses a closing one is split and reopened,
so overlapping flags, metrics and commitments never corrupt the markup.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import Any

# layer -> priority when two spans share a range: lower opens first (outermost)
_PRIORITY = {"form": -1, "flag": 0, "commitment": 1, "score": 2, "metric": 3, "placeholder": 4}

_CSS = """
:root{--bg:#fbfbf8;--fg:#1d1d1b;--muted:#6b6b66;--line:#ddd9cc;--side:300px}
*{box-sizing:border-box}
body{margin:0;font:15px/1.75 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
 background:var(--bg);color:var(--fg)}
header{padding:14px 22px;border-bottom:1px solid var(--line);background:#fff}
header h1{font-size:18px;margin:0 0 6px}
.meta{display:flex;flex-wrap:wrap;gap:4px 18px;color:var(--muted);font-size:13px}
.meta b{color:var(--fg);font-weight:600}
main{display:flex;align-items:flex-start}
nav{position:sticky;top:0;width:var(--side);flex:none;max-height:100vh;overflow:auto;padding:12px 14px;
 border-right:1px solid var(--line);background:#fff;font-size:13px}
nav h2{font-size:14px;margin:8px 0}
nav ol{list-style:none;margin:0;padding:0}
nav li{margin:0 0 8px;padding:4px 6px;border-left:3px solid var(--line)}
nav li.sev-high{border-color:#c62828}nav li.sev-low{border-color:#ef8f00}nav li.sev-info{border-color:#1e6fd9}
nav a{color:inherit;text-decoration:none}nav a:hover{text-decoration:underline}
.content{flex:1;min-width:0;padding:12px 26px 60px}
article{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 18px;margin:0 0 18px}
article h2{font-size:16px;margin:4px 0}
.text{white-space:pre-wrap;word-break:break-word;font-size:16px;line-height:2}
.risk{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-weight:600}
.risk.r0{background:#5a8f29}.risk.r1{background:#d08700}.risk.r2{background:#c62828}
.badge{user-select:none;display:inline-block;margin:0 4px 0 0;padding:0 6px;border-radius:4px;font-size:12px;
 line-height:1.6;background:#37474f;color:#fff;vertical-align:1px}
.badge.sec-基本情况{background:#455a64}.badge.sec-主要做法{background:#2e7d32}
.badge.sec-存在问题{background:#c62828}.badge.sec-下一步{background:#6a1b9a}.badge.sec-其他{background:#8d8d86}
.m{background:#fff2a8;border-bottom:2px solid #e0b400;border-radius:2px}
.m.tgt{background:#e3f0ff;border-bottom-color:#6aa0e8}
.f{border-radius:2px;padding:1px 0}
.f.sev-high{background:rgba(198,40,40,.14);outline:1px solid rgba(198,40,40,.55)}
.f.sev-low{background:rgba(239,143,0,.14);outline:1px dashed rgba(239,143,0,.7)}
.f.sev-info{background:rgba(30,111,217,.10);outline:1px dotted rgba(30,111,217,.6)}
.f:target,.f.hit{background:rgba(255,214,0,.55)!important;outline:2px solid #111}
.c{text-decoration:underline wavy #8e24aa;text-underline-offset:4px}
.s{box-shadow:inset 0 -3px 0 #26a69a}
.p{background:#ffd6d6;color:#9b0000;font-weight:600}
.fcode{user-select:none;font-size:10px;vertical-align:super;padding:0 3px;margin:0 2px;border-radius:3px;
 color:#fff;background:#555;text-decoration:none;line-height:1}
.fcode.sev-high{background:#c62828}.fcode.sev-low{background:#ef8f00}.fcode.sev-info{background:#1e6fd9}
.msg{display:block;color:var(--muted)}
.num{font-variant-numeric:tabular-nums}
details{margin:6px 0}
summary{cursor:pointer;color:var(--muted)}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid var(--line);padding:2px 6px;vertical-align:top;text-align:left}
.removed td.t{white-space:pre-wrap;max-width:900px}
.legend span{margin-right:12px}
.formsrc{display:none}
table.form{margin:8px 0;white-space:normal;line-height:1.5;font-size:14px}
table.form caption{text-align:left;color:var(--muted);font-size:12px;caption-side:bottom}
table.form td.n{text-align:right;font-variant-numeric:tabular-nums}
table.form tr.total td{font-weight:600;background:#f4f2ea}
table.form tr.full td.n.self{background:rgba(30,111,217,.10)}
table.form tr.over td.n.self{background:rgba(198,40,40,.18)}
.formnote{color:#1e6fd9;font-size:13px}
"""

# open <details> around a flag when jumping to it; n / p step through flags
_JS = """
(function(){
 document.documentElement.classList.add('js');
 var flags=[].slice.call(document.querySelectorAll('.f[id]')),i=-1;
 function show(id){var el=document.getElementById(id);if(!el)return;
  for(var p=el.parentNode;p;p=p.parentNode){if(p.tagName==='DETAILS')p.open=true;}
  document.querySelectorAll('.hit').forEach(function(x){x.classList.remove('hit');});
  document.querySelectorAll('[data-flag="'+id+'"]').forEach(function(x){x.classList.add('hit');});
  el.scrollIntoView({block:'center'});}
 window.addEventListener('hashchange',function(){show(location.hash.slice(1));});
 if(location.hash)show(location.hash.slice(1));
 document.addEventListener('keydown',function(e){
  if(!flags.length||e.target.tagName==='INPUT')return;
  if(e.key==='n'||e.key==='p'){i=(i+(e.key==='n'?1:flags.length-1))%flags.length;location.hash=flags[i].id;}});
})();
"""


@dataclass
class _Mark:
    start: int
    end: int
    layer: str
    cls: str
    title: str
    ident: str | None = None  # id attribute on the first fragment only
    attrs: dict[str, str] = field(default_factory=dict)


def _mojibake_summary(runs: list) -> str:
    """How many runs were re-read, and from which misreadings ("3 (gb18030 read as latin-1)")."""
    kinds = sorted({f"{run['written_in']} read as {run['read_as']}" for run in runs})
    return f"{len(runs)} ({', '.join(kinds)})" if runs else "0"


def render_audit(result: Any) -> str:
    """One self-contained HTML page for an ExtractResult (model or its dict)."""
    data = result.model_dump() if hasattr(result, "model_dump") else dict(result)
    docs = data.get("documents") or []
    script_hash = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    # no network of any kind; only our own script runs, even if escaping were ever to fail
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
    title = f"reportnlp audit — {data.get('source') or ''}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        _header(data, docs),
        "<main>",
        _side_list(docs),
        '<div class="content">',
        _legend(),
    ]
    for d in docs:
        parts.append(_document(d))
    if not docs:
        parts.append("<p>No report document was found in this input.</p>")
    parts.append(_removed(data.get("removed") or [], data.get("lost_characters") or []))
    parts.append("</div></main>")
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts)


# -- header -------------------------------------------------------------

def _risk_class(score: float) -> str:
    return "r2" if score >= 0.6 else "r1" if score >= 0.25 else "r0"


def _header(data: dict, docs: list[dict]) -> str:
    unique = [d for d in docs if d.get("duplicate_of") is None]
    count = Counter()
    codes = Counter()
    for d in unique:
        for key in ("sections", "metrics", "scores", "commitments", "flags"):
            count[key] += len(d.get(key) or [])
        codes.update(f["code"] for f in d.get("flags") or [])
    meta = [
        ("source", data.get("source")), ("encoding", data.get("encoding")), ("script", data.get("script")),
        ("replaced bytes", data.get("replaced_bytes", 0)), ("lost characters", len(data.get("lost_characters") or [])),
        ("mojibake runs re-read", _mojibake_summary(data.get("mojibake") or [])),
        ("documents", f"{len(docs)} ({len(docs) - len(unique)} repeated)"),
        ("sections", count["sections"]), ("metrics", count["metrics"]), ("scores", count["scores"]),
        ("commitments", count["commitments"]), ("flags", count["flags"]),
    ]
    out = ['<header><h1>reportnlp audit</h1><div class="meta">']
    out += [f"<span>{escape(k)}: <b>{escape(str(v))}</b></span>" for k, v in meta]
    out.append("</div>")
    if codes:
        out.append('<div class="meta">' + " ".join(
            f'<span>{escape(c)} <b class="num">{n}</b></span>' for c, n in sorted(codes.items())) + "</div>")
    rows = []
    for d in docs:
        risk = d.get("risk") or {}
        score = float(risk.get("score") or 0.0)
        dup = d.get("duplicate_of")
        rows.append(
            f'<tr><td><a href="#doc-{d["index"]}">#{d["index"]}</a></td>'
            f"<td>{escape(d.get('title') or '(untitled)')}</td><td>{escape(d.get('doc_type') or '')}</td>"
            f'<td><span class="risk {_risk_class(score)}">{score:.2f}</span></td>'
            f"<td>{escape('; '.join(risk.get('reasons') or [])) or '—'}</td>"
            f"<td>{'' if dup is None else escape(f'repeat of #{dup}')}</td></tr>")
    if rows:
        out.append('<table style="margin-top:8px"><tr><th>doc</th><th>title</th><th>type</th><th>risk</th>'
                   "<th>reasons</th><th></th></tr>" + "".join(rows) + "</table>")
    out.append("</header>")
    return "\n".join(out)


def _legend() -> str:
    return ('<p class="legend meta"><span><span class="m">metric</span></span>'
            '<span><span class="m tgt">target metric</span></span>'
            '<span><span class="f sev-high">high flag</span></span><span><span class="f sev-low">low flag</span></span>'
            '<span><span class="f sev-info">info flag</span></span><span><span class="c">commitment</span></span>'
            '<span><span class="s">score</span></span><span><span class="p">placeholder</span></span>'
            "<span>hover for details · keys n / p step through flags</span></p>")


# -- side list ----------------------------------------------------------

def _num(x: Any) -> str:
    return "—" if x is None else f"{x:g}" if isinstance(x, (int, float)) else str(x)


_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}


def _flag_explanation(f: dict) -> str:
    bits = [f"{f['code']} ({f.get('severity', 'info')}): {f.get('message', '')}"]
    if f.get("stated") is not None or f.get("computed") is not None:
        bits.append(f"stated {_num(f.get('stated'))} · computed {_num(f.get('computed'))}"
                    + (f" · tolerance ±{_num(f.get('tolerance'))}" if f.get("tolerance") is not None else ""))
    if f.get("confidence") is not None:
        bits.append(f"confidence {f['confidence']:.2f}")
    return "\n".join(bits)


def _by_severity(flags: list[dict]) -> list[tuple[int, dict]]:
    """(index, flag) with high-severity flags first, then by confidence, then in text order."""
    return sorted(enumerate(flags), key=lambda jf: (_SEVERITY_RANK.get(jf[1].get("severity"), 3),
                                                    -(jf[1].get("confidence") or 0), jf[0]))


def _side_list(docs: list[dict]) -> str:
    out = ['<nav aria-label="flags"><h2>Flags</h2>']
    total = 0
    for d in docs:
        flags = d.get("flags") or []
        if not flags:
            continue
        dup = d.get("duplicate_of")
        head = f"#{d['index']} {d.get('title') or ''}" + (f" (repeat of #{dup})" if dup is not None else "")
        out.append(f"<h2>{escape(head)}</h2><ol>")
        for j, f in _by_severity(flags):
            total += 1
            fid = _flag_id(d["index"], j)
            stated = ""
            if f.get("stated") is not None or f.get("computed") is not None:
                tol = f" · tolerance ±{escape(_num(f.get('tolerance')))}" if f.get("tolerance") is not None else ""
                stated = (f'<span class="msg num">stated {escape(_num(f.get("stated")))} · '
                          f'computed {escape(_num(f.get("computed")))}{tol}</span>')
            if f.get("confidence") is not None:
                stated += f'<span class="msg num">confidence {f["confidence"]:.2f}</span>'
            out.append(
                f'<li class="sev-{escape(f.get("severity", "info"))}" data-flag="{fid}">'
                f'<a href="#{fid}"><b>{escape(f["code"])}</b></a>'
                f'<span class="msg">{escape(f.get("message", ""))}</span>{stated}'
                f'<span class="msg">“{escape(f.get("evidence", ""))}”</span></li>')
        out.append("</ol>")
    if not total:
        out.append("<p>No flags.</p>")
    out.append(_commitment_list(docs))
    out.append("</nav>")
    return "\n".join(out)


def _commitment_list(docs: list[dict]) -> str:
    """Commitments with their deadlines, dated ones first, each a link to its place in the text."""
    out = ["<h2>Commitments</h2>"]
    for d in docs:
        items = [(j, c) for j, c in enumerate(d.get("commitments") or []) if d.get("duplicate_of") is None]
        if not items:
            continue
        items.sort(key=lambda jc: (jc[1].get("deadline_date") is None, jc[1].get("deadline_date") or "", jc[0]))
        out.append(f"<h2>#{d['index']} {escape(d.get('title') or '')}</h2><ol>")
        for j, c in items:
            when = c.get("deadline_date") or c.get("deadline") or "no deadline"
            target = c.get("target") or {}
            goal = (f' · {escape(target.get("indicator") or "")} {escape(_num(target.get("value")))}'
                    f'{escape(target.get("unit") or "")}') if target else ""
            out.append(f'<li><a href="#{_commitment_id(d["index"], j)}"><b>{escape(when)}</b></a>'
                       f'<span class="msg">{escape(c.get("action") or c.get("text") or "")}{goal}</span></li>')
        out.append("</ol>")
    if len(out) == 1:
        out.append("<p>No commitments.</p>")
    return "\n".join(out)


def _commitment_id(doc_index: int, j: int) -> str:
    return f"d{doc_index}-c{j}"


def _flag_id(doc_index: int, j: int) -> str:
    return f"d{doc_index}-f{j}"


# -- one document ---------------------------------------------------------

def _document(d: dict) -> str:
    idx = d["index"]
    md = d.get("metadata") or {}
    facts = [("type", d.get("doc_type")), ("unit", md.get("unit")), ("level", md.get("unit_level")),
             ("year", md.get("year")), ("period", md.get("period")),
             ("regions", "、".join(md.get("regions") or []) or None),
             ("numbers", "、".join(md.get("document_numbers") or []) or None),
             ("source", f"{d.get('source_start')}–{d.get('source_end')}")]
    risk = d.get("risk") or {}
    score = float(risk.get("score") or 0.0)
    head = (f'<h2>#{idx} {escape(d.get("title") or "(untitled)")} '
            f'<span class="risk {_risk_class(score)}" title="{escape("; ".join(risk.get("reasons") or []))}">'
            f"risk {score:.2f}</span></h2>"
            '<div class="meta">' + "".join(f"<span>{escape(k)}: <b>{escape(str(v))}</b></span>"
                                          for k, v in facts if v not in (None, "")) + "</div>")
    body = f'<div class="text">{_highlight(d)}</div>'
    dup = d.get("duplicate_of")
    if dup is not None:
        sim = d.get("duplicate_similarity")
        note = f"#{idx} repeats document #{dup}" + (f" (similarity {sim:.2f})" if sim is not None else "")
        return (f'<article id="doc-{idx}" class="dup"><details><summary>{escape(note)} — '
                f"{escape(d.get('title') or '')} (collapsed)</summary>{head}{body}</details></article>")
    return f'<article id="doc-{idx}">{head}{body}</article>'


def _metric_title(m: dict) -> str:
    value = f"{_num(m.get('value'))} {m.get('unit', '')}".strip()
    if m.get("low") is not None and m.get("high") is not None:
        value += f" (range {_num(m['low'])}–{_num(m['high'])})"
    lines = [f"indicator: {m.get('indicator') or '—'}", f"value: {value}",
             f"canonical: {m.get('canonical') or '—'}", f"target: {'yes' if m.get('target') else 'no'}"]
    if m.get("base_unit") and (m.get("base_unit") != m.get("unit") or m.get("base_value") != m.get("value")):
        lines.append(f"base: {_num(m.get('base_value'))} {m['base_unit']}")
    for key in ("qualifier", "direction", "period", "role", "grade"):
        if m.get(key):
            lines.append(f"{key}: {m[key]}")
    if m.get("approximate"):
        lines.append("approximate")
    return "\n".join(lines)


def _marks(d: dict) -> list[_Mark]:
    n = len(d.get("text") or "")
    marks: list[_Mark] = []
    # distributive claims ("入驻率、办结率均达到100%") give several metrics one range: one element, all titles
    by_range: dict[tuple[int, int], list[dict]] = {}
    for m in d.get("metrics") or []:
        by_range.setdefault((m["start"], m["end"]), []).append(m)
    for (s, e), ms in by_range.items():
        tgt = all(m.get("target") for m in ms)
        marks.append(_Mark(s, e, "metric", "m tgt" if tgt else "m", "\n\n".join(_metric_title(m) for m in ms)))
    forms = d.get("forms") or []
    for fm in forms:
        marks.append(_Mark(fm["start"], fm["end"], "form", "formsrc", "form source text (shown as the table)"))
    for j, f in enumerate(d.get("flags") or []):
        if any(fm["start"] <= f["start"] < fm["end"] for fm in forms):
            continue  # shown in its form's table, next to its row
        fid = _flag_id(d["index"], j)
        marks.append(_Mark(f["start"], f["end"], "flag", f"f sev-{f.get('severity', 'info')}",
                           _flag_explanation(f), ident=fid, attrs={"data-code": f["code"]}))
    for j, c in enumerate(d.get("commitments") or []):
        t = [f"commitment{': ' + c['cue'] if c.get('cue') else ''}"]
        if c.get("deadline"):
            t.append(f"deadline: {c['deadline']}" + (f" ({c['deadline_date']})" if c.get("deadline_date") else ""))
        if c.get("owner"):
            t.append(f"owner: {c['owner']}")
        marks.append(_Mark(c["start"], c["end"], "commitment", "c", "\n".join(t), ident=_commitment_id(d["index"], j)))
    for sc in d.get("scores") or []:
        t = [f"score item: {sc.get('item')}"] + [f"{k.replace('_', ' ')}: {_num(sc[k])}" for k in
                                                   ("max_score", "self_score", "assessed_score", "deducted")
                                                   if sc.get(k) is not None]
        marks.append(_Mark(sc["start"], sc["end"], "score", "s", "\n".join(t)))
    for p in (d.get("metadata") or {}).get("placeholders") or []:
        marks.append(_Mark(p["start"], p["end"], "placeholder", "p", f"template placeholder {p.get('text', '')}"))
    for mk in marks:  # a bad offset must not slice outside the text
        mk.start, mk.end = max(0, mk.start), min(n, mk.end)
    return marks


def _open_tag(mk: _Mark, first: bool) -> str:
    attrs = [f'class="{escape(mk.cls)}"', f'title="{escape(mk.title)}"']
    if first and mk.ident:
        attrs.insert(0, f'id="{mk.ident}"')
    elif mk.ident:
        attrs.append(f'data-flag="{mk.ident}"')  # continuation fragments light up with the flag
    attrs += [f'{k}="{escape(v)}"' for k, v in mk.attrs.items()]
    return f"<span {' '.join(attrs)}>"


def _highlight(d: dict) -> str:
    """Escaped document text with nested highlight elements, built from offsets."""
    text = d.get("text") or ""
    marks = _marks(d)
    ranged = [m for m in marks if m.end > m.start]
    points: dict[int, list[str]] = {}  # html inserted at a position (badges, zero-width flags, flag codes)
    for k, fm in enumerate(d.get("forms") or []):
        pos = max(0, min(len(text), fm["start"]))
        points.setdefault(pos, []).append(_form_table(d, fm))
    for s in d.get("sections") or []:
        pos = max(0, min(len(text), s["start"]))
        tip = s.get("heading") or s["label"]
        points.setdefault(pos, []).append(
            f'<span class="badge sec-{escape(s["label"])}" title="{escape(tip)}">{escape(s["label"])}</span>')
    ends: dict[int, list[str]] = {}  # flag code markers after a flag's text
    for m in marks:
        if m.layer != "flag":
            continue
        code = escape(m.attrs["data-code"])
        sev = m.cls.split("sev-")[-1]
        if m.end > m.start:
            ends.setdefault(m.end, []).append(
                f'<a class="fcode sev-{escape(sev)}" href="#{m.ident}" title="{escape(m.title)}">{code}</a>')
        else:
            points.setdefault(m.start, []).append(
                f'<a id="{m.ident}" class="f fcode sev-{escape(sev)}" href="#{m.ident}" '
                f'title="{escape(m.title)}" data-code="{code}">{code}</a>')
    bounds = sorted({0, len(text)} | {m.start for m in ranged} | {m.end for m in ranged}
                    | set(points) | set(ends))
    starts: dict[int, list[_Mark]] = {}
    for m in ranged:
        starts.setdefault(m.start, []).append(m)
    stack: list[_Mark] = []
    opened: set[int] = set()  # ids of marks whose first fragment is out (for the id attribute)
    out: list[str] = []
    for i, pos in enumerate(bounds):
        # close what ends here; anything above it on the stack is closed and reopened below
        reopen: list[_Mark] = []
        while any(m.end <= pos for m in stack):
            top = stack.pop()
            out.append("</span>")
            if top.end > pos:
                reopen.append(top)
        out.extend(ends.get(pos, []))
        out.extend(points.get(pos, []))
        # longer spans outside; on equal range, flags outermost
        for m in sorted(reopen + starts.get(pos, []), key=lambda m: (-m.end, _PRIORITY[m.layer], m.start)):
            out.append(_open_tag(m, id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        if i + 1 < len(bounds):
            out.append(escape(text[pos:bounds[i + 1]], quote=False))
    out.extend("</span>" for _ in stack)
    return "".join(out)


# -- forms --------------------------------------------------------------------

def _form_table(d: dict, fm: dict) -> str:
    """A self-evaluation form as a table: one line per row (item, target, actual, max, self, flags,
    reason), then subtotals and totals; flags sit next to their row and keep their ids."""
    flags = [(j, f) for j, f in enumerate(d.get("flags") or []) if fm["start"] <= f["start"] < fm["end"]]
    used: set[int] = set()

    def flag_cell(lo: int, hi: int) -> str:
        out = []
        for j, f in flags:
            if j not in used and lo <= f["start"] < hi:
                used.add(j)
                fid = _flag_id(d["index"], j)
                sev = escape(f.get("severity", "info"))
                out.append(f'<a id="{fid}" class="f fcode sev-{sev}" href="#{fid}" '
                           f'title="{escape(_flag_explanation(f))}" data-code="{escape(f["code"])}">'
                           f'{escape(f["code"])}</a>')
        return "".join(out)

    head = ("<tr><th>row</th><th>target</th><th>actual</th><th>max</th><th>self</th><th>flag</th>"
            "<th>reason</th></tr>")
    body = []
    rows = fm.get("rows") or []
    for r in rows:
        state = "over" if r["self_score"] > r["max_score"] else "full" if r["self_score"] == r["max_score"] else ""
        body.append(
            f'<tr class="{state}" title="source {r["source_start"]}–{r["source_end"]}">'
            f'<td>{escape(r["item"])}</td><td>{escape(r.get("target") or "")}</td>'
            f'<td>{escape(r.get("actual") or "")}{" ✗" if r.get("met") is False else ""}</td>'
            f'<td class="n">{escape(_num(r["max_score"]))}</td>'
            f'<td class="n self">{escape(_num(r["self_score"]))}</td><td>{flag_cell(r["start"], r["end"])}</td>'
            f'<td>{escape(r.get("reason") or "")}</td></tr>')
    for t in fm.get("totals") or []:
        body.append(
            f'<tr class="total"><td>{escape(t["label"])}</td><td></td><td></td>'
            f'<td class="n">{escape(_num(t.get("max_score")))}</td><td class="n">{escape(_num(t.get("self_score")))}</td>'
            f'<td>{flag_cell(t["start"], t["end"] + 1)}</td><td></td></tr>')
    leftover = flag_cell(fm["start"], fm["end"])  # a flag on no row (e.g. a rate cell)
    note = ""
    if len(rows) >= 3 and all(r["self_score"] == r["max_score"] for r in rows):
        note = f'<p class="formnote">every one of the {len(rows)} rows is self-scored at full marks</p>'
    caption = (f"<caption>form read from source {fm['source_start']}–{fm['source_end']}; columns: "
               f"{escape(', '.join(fm.get('columns') or []))}{' · other flags: ' if leftover else ''}"
               f"{leftover}</caption>")
    return f'{note}<table class="form">{caption}{head}{"".join(body)}</table>'


# -- removed material -----------------------------------------------------

def _removed(removed: list[dict], lost: list[dict]) -> str:
    out = [f'<details class="removed"><summary>Removed material: {len(removed)} item(s) '
           f"(noise the cleaner took out; nothing disappears silently)</summary>"]
    if removed:
        kinds = Counter(r.get("kind", "") for r in removed)
        out.append('<p class="meta">' + " ".join(f"<span>{escape(k)} <b>{n}</b></span>"
                                                  for k, n in sorted(kinds.items())) + "</p>")
        out.append("<table><tr><th>kind</th><th>source</th><th>text</th></tr>")
        out += [f"<tr><td>{escape(r.get('kind', ''))}</td><td class=\"num\">{r.get('source_start')}–"
                f"{r.get('source_end')}</td><td class=\"t\">{escape(r.get('text', ''))}</td></tr>" for r in removed]
        out.append("</table>")
    out.append("</details>")
    if lost:
        out.append(f"<details><summary>Lost characters left by upstream: {len(lost)}</summary><table>"
                   "<tr><th>source</th><th>text</th></tr>")
        out += [f"<tr><td class=\"num\">{x.get('source_start')}–{x.get('source_end')}</td>"
                f"<td>{escape(x.get('text', ''))}</td></tr>" for x in lost]
        out.append("</table></details>")
    return "\n".join(out)

