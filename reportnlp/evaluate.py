"""Score extraction against annotations in the gold format (for users' own gold sets).

Matching follows the gold format's rules: snippets are found after removing
white space and NFKC-normalizing; sections count where the topic changes
(runs of one label merge, 其他 is ignored); metrics match on value and unit
with 万/亿 folded; a borderline gold item marked optional is neither
rewarded nor penalised.
"""
from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

LABELS = ("基本情况", "主要做法", "存在问题", "下一步")
_MULT = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}
_UNIT_ALIAS = {"％": "%", "㎡": "平方米", "平米": "平方米", "m2": "平方米", "个工作日": "工作日"}


def squash(s) -> str:
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())


def base_quantity(value, unit) -> tuple[float | None, str]:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None, ""
    u = _UNIT_ALIAS.get(squash(unit), squash(unit))
    while len(u) > 1 and u[0] in _MULT:
        v, u = v * _MULT[u[0]], u[1:]
    return v, _UNIT_ALIAS.get(u, u)


def _close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _overlap(a: str, b: str) -> float:
    a, b = squash(a), squash(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    x = {a[i:i + 2] for i in range(len(a) - 1)}
    y = {b[i:i + 2] for i in range(len(b) - 1)}
    return len(x & y) / max(1, min(len(x), len(y)))


def _match(golds, preds, fn):
    pairs = sorted(((fn(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)), reverse=True)
    ug, up, out = set(), set(), []
    for s, gi, pi in pairs:
        if s <= 0 or gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
        out.append((gi, pi))
    return out


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Report:
    prf: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in (
        "split", "sections", "metrics", "scores", "commitments", "flags")})
    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in (
        "removed", "kept", "dups", "deadlines", "indicators", "canonical")})
    flags_by_code: dict[str, PRF] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)
    files: int = 0

    def summary(self) -> dict:
        out = {k: {"p": round(v.p, 3), "r": round(v.r, 3), "f1": round(v.f1, 3), "tp": v.tp, "fp": v.fp,
                   "fn": v.fn} for k, v in self.prf.items()}
        for k, (a, b) in self.counts.items():
            out[k] = {"ok": a, "of": b, "rate": round(a / b, 3) if b else 1.0}
        out["flags_by_code"] = {c: {"p": round(v.p, 3), "r": round(v.r, 3), "f1": round(v.f1, 3),
                                    "tp": v.tp, "fp": v.fp, "fn": v.fn}
                                for c, v in sorted(self.flags_by_code.items())}
        out["files"] = self.files
        return out

    def to_json(self) -> str:
        return json.dumps(self.summary(), ensure_ascii=False)

    def to_text(self) -> str:
        s = self.summary()
        lines = [f"files: {self.files}"]
        for k in ("removed", "kept", "dups", "deadlines", "indicators", "canonical"):
            lines.append(f"{k:12s} {s[k]['ok']}/{s[k]['of']} = {s[k]['rate']:.3f}")
        for k in self.prf:
            r = s[k]
            lines.append(f"{k:12s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f}  (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
        for c, r in s["flags_by_code"].items():
            lines.append(f"  {c:16s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f}  "
                         f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
        return "\n".join(lines + self.log)


def score_prediction(gold: dict, pred: dict, report: Report, verbose: bool = False) -> None:
    """Add one file's comparison to ``report``."""
    report.files += 1
    gdocs = gold.get("documents", [])
    pall = pred.get("documents", [])
    pdocs = [d for d in pall if d.get("duplicate_of") is None]
    alltext = "\n".join(squash((d.get("title") or "") + (d.get("text") or "")) for d in pall)
    for key, want in (("must_remove", False), ("must_keep", True)):
        items = gold.get(key, [])
        ok = [s for s in items if (squash(s) in alltext) == want]
        c = report.counts["removed" if key == "must_remove" else "kept"]
        c[0] += len(ok)
        c[1] += len(items)
        if verbose:
            report.log += [f"  {key} failed: {s}" for s in items if s not in ok]
    ptexts = [squash(d.get("text")) for d in pdocs]
    gmain = [i for i, d in enumerate(gdocs) if d.get("duplicate_of") is None]

    def doc_ok(gi, pi):
        pos = ptexts[pi].find(squash(gdocs[gi].get("starts_with"))[:12])
        return 1 / (1 + pos) if 0 <= pos <= 80 else 0.0

    dm = [(gmain[a], b) for a, b in _match(range(len(gmain)), range(len(pdocs)), lambda g, p: doc_ok(gmain[g], p))]
    report.prf["split"].add(len(dm), len(pdocs) - len(dm), len(gmain) - len(dm))
    if verbose:
        found, made = {g for g, _ in dm}, {p for _, p in dm}
        report.log += [f"  report missed: {gdocs[g].get('starts_with', '')[:30]}" for g in gmain if g not in found]
        report.log += [f"  report extra: {(pdocs[p].get('text') or '')[:30]!r}" for p in range(len(pdocs)) if p not in made]
    gdup = [d for d in gdocs if d.get("duplicate_of") is not None]
    leaked = sum(1 for d in gdup if sum(1 for t in ptexts if 0 <= t.find(squash(d["starts_with"])[:12]) <= 80) > 1)
    report.counts["dups"][0] += len(gdup) - leaked
    report.counts["dups"][1] += len(gdup)

    def collapse(secs):
        out = []
        for s in secs:
            if not out or out[-1]["label"] != s["label"]:
                out.append(s)
        return out

    for gi, pi in dm:
        gs = collapse([s for s in gdocs[gi].get("sections", []) if s.get("label") in LABELS])
        text = pdocs[pi].get("text", "")
        ps = collapse(sorted([s for s in pdocs[pi].get("sections", []) if s.get("label") in LABELS],
                             key=lambda s: s.get("start", 0)))

        def sec_ok(g, p):
            head = squash(text[p["start"]:p.get("end", len(text))])[:40]
            pos = head.find(squash(g["starts_with"])[:10])
            return 1 / (1 + pos) if pos >= 0 and p["label"] == g["label"] else 0.0

        m = _match(gs, ps, sec_ok)
        report.prf["sections"].add(len(m), len(ps) - len(m), len(gs) - len(m))
        if verbose:
            hit = {a for a, _ in m}
            report.log += [f"  section missed: {g['label']} @ {g['starts_with']}" for k, g in enumerate(gs) if k not in hit]
            used = {b for _, b in m}
            report.log += [f"  section extra: {p['label']} @ {squash(text[p['start']:p.get('end', len(text))])[:16]}"
                           for k, p in enumerate(ps) if k not in used]

    def pooled(docs, key):
        return [x for d in docs for x in (d.get(key) or [])]

    live = [d for d in gdocs if d.get("duplicate_of") is None]
    gm, pm = pooled(live, "metrics"), pooled(pdocs, "metrics")

    def metric_ok(g, p):
        gv, gu = base_quantity(g.get("value"), g.get("unit"))
        pv, pu = base_quantity(p.get("value"), p.get("unit"))
        return 0.01 + _overlap(g.get("indicator"), p.get("indicator")) if gu == pu and _close(gv, pv) else 0.0

    m = _match(gm, pm, metric_ok)
    hit = {a for a, _ in m}
    # indicator quality as the scorer measures it: matched, non-optional metrics whose
    # indicator names what the gold names; and the share of predicted metrics with a canonical
    named = [(a, b) for a, b in m if not gm[a].get("optional")]
    report.counts["indicators"][0] += sum(1 for a, b in named
                                          if _overlap(gm[a].get("indicator"), pm[b].get("indicator")) >= 0.5)
    report.counts["indicators"][1] += len(named)
    report.counts["canonical"][0] += sum(1 for p in pm if p.get("canonical"))
    report.counts["canonical"][1] += len(pm)
    if verbose:
        report.log += [f"  indicator off: {gm[a].get('indicator')} <- {pm[b].get('indicator')}" for a, b in named
                       if _overlap(gm[a].get("indicator"), pm[b].get("indicator")) < 0.5]
    tp = sum(1 for a, _ in m if not gm[a].get("optional"))
    fn = sum(1 for i, g in enumerate(gm) if i not in hit and not g.get("optional"))
    report.prf["metrics"].add(tp, len(pm) - len(m), fn)
    if verbose:
        report.log += [f"  metric missed: {g.get('value')}{g.get('unit')} [{g.get('snippet')}]"
                       for i, g in enumerate(gm) if i not in hit and not g.get("optional")]

    gsc, psc = pooled(live, "scores"), pooled(pdocs, "scores")

    def score_ok(g, p):
        for k in ("self_score", "max_score"):
            a, b = g.get(k), p.get(k)
            if (a is None) != (b is None) or (a is not None and not _close(float(a), float(b))):
                return 0.0
        return 0.01 + _overlap(g.get("item"), p.get("item"))

    m = _match(gsc, psc, score_ok)
    report.prf["scores"].add(len(m), len(psc) - len(m), len(gsc) - len(m))

    gc, pc = pooled(live, "commitments"), pooled(pdocs, "commitments")
    # a non-optional gold commitment wins a tie over an optional one, which is neither
    # rewarded nor penalised
    m = _match(gc, pc, lambda g, p: (0.5 if g.get("optional") else 1.0)
               if squash(g["snippet"]) in squash(p.get("text")) else 0.0)
    optional_hits = sum(1 for a, _ in m if gc[a].get("optional"))
    required = sum(1 for g in gc if not g.get("optional"))
    tp = len(m) - optional_hits
    report.prf["commitments"].add(tp, len(pc) - len(m), required - tp)
    if verbose:
        hit = {a for a, _ in m}
        report.log += [f"  commitment missed: {g['snippet']}" for i, g in enumerate(gc)
                       if i not in hit and not g.get("optional")]
        used = {b for _, b in m}
        report.log += [f"  commitment extra: {p.get('text', '')[:40]}" for i, p in enumerate(pc) if i not in used]
    matched = dict(m)
    for i, g in enumerate(gc):
        if g.get("deadline") and not g.get("optional"):
            report.counts["deadlines"][1] += 1
            if i in matched and squash(g["deadline"]) in squash(pc[matched[i]].get("deadline")):
                report.counts["deadlines"][0] += 1
            elif verbose and i in matched:
                report.log.append(f"  deadline wrong: {g['snippet']}: {g['deadline']} <- {pc[matched[i]].get('deadline')}")

    gf, pf = pooled(live, "flags"), pooled(pdocs, "flags")

    def flag_ok(g, p):
        if g.get("code") != p.get("code"):
            return 0.0
        overlap = _overlap(g.get("snippet"), p.get("evidence"))
        return overlap if overlap >= 0.6 else 0.0

    m = _match(gf, pf, flag_ok)
    mg, mp = {a for a, _ in m}, {b for _, b in m}
    for i, f in enumerate(gf):
        report.flags_by_code.setdefault(f["code"], PRF()).add(int(i in mg), 0, int(i not in mg))
    for i, f in enumerate(pf):
        if i not in mp:
            report.flags_by_code.setdefault(f["code"], PRF()).add(0, 1, 0)
    if verbose:
        report.log += [f"  flag missed: {f['code']} [{f.get('snippet')}]" for i, f in enumerate(gf) if i not in mg]
        report.log += [f"  flag extra: {f['code']} [{f.get('evidence', '')[:50]}] {f.get('message', '')}"
                       for i, f in enumerate(pf) if i not in mp]
    report.prf["flags"].add(len(m), len(pf) - len(m), len(gf) - len(m))


def gold_pairs(gold_dir: Path, raw_dir: Path) -> Iterator[tuple[Path, dict, Path]]:
    """(gold file, its annotations, the raw file they annotate) for each gold file."""
    for gpath in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        yield gpath, gold, Path(raw_dir) / gold.get("file", gpath.stem + ".txt")


def read_pairs(gold_dir: Path, raw_dir: Path) -> list[tuple[dict, bytes, str]]:
    """(gold annotations, raw bytes, raw file name) of every gold file whose raw file exists."""
    return [(gold, raw.read_bytes(), raw.name) for _, gold, raw in gold_pairs(gold_dir, raw_dir) if raw.exists()]


def evaluate_dirs(gold_dir: Path, raw_dir: Path, verbose: bool = False, family_prefix: str | None = None) -> Report:
    """Run extract on each raw file that has a gold file and score it (only the pages of site
    families starting with ``family_prefix`` when given)."""
    from .api import extract_file
    from .errors import ReportNLPError

    report = Report()
    for gpath, gold, raw in gold_pairs(gold_dir, raw_dir):
        if family_prefix and not site_family(gold, raw.name).startswith(family_prefix):
            continue
        try:
            pred = extract_file(raw).model_dump(mode="json")
        except (OSError, ReportNLPError) as exc:
            report.log.append(f"  {raw.name}: {exc}")
            pred = {"documents": []}
        if verbose:
            report.log.append(f"== {gpath.name}")
        score_prediction(gold, pred, report, verbose)
    return report


_TABLE_KEYS = ("removed", "kept", "split", "sections", "metrics", "commitments", "flags")


def site_family(gold: dict, name: str) -> str:
    """The site family a page belongs to: the gold's ``site_family``, else its name's first word."""
    return gold.get("site_family") or Path(name).stem.split("_")[0]


def family_folds(families: list[str], k: int) -> list[set[str]]:
    """Families dealt to ``k`` folds, largest first onto the smallest fold (deterministic)."""
    sizes: dict[str, int] = {}
    for f in families:
        sizes[f] = sizes.get(f, 0) + 1
    folds: list[set[str]] = [set() for _ in range(min(k, len(sizes)))]
    load = [0] * len(folds)
    for fam in sorted(sizes, key=lambda f: (-sizes[f], f)):
        i = load.index(min(load))
        folds[i].add(fam)
        load[i] += sizes[fam]
    return folds


def figure(summary: dict, key: str) -> float:
    """The one number of a summary entry: a rate for counts, F1 for precision/recall pairs."""
    v = summary[key]
    return v["rate"] if "rate" in v else v["f1"]


def floor_figures(summary: dict) -> dict[str, float]:
    """Every figure a quality floor pins, flat: ``metrics.p``, ``removed.rate``, ``flags_by_code.X.f1``.

    Precision and recall are pinned as well as F1, so neither can be traded away unnoticed."""
    out: dict[str, float] = {}
    for key, v in summary.items():
        if key == "flags_by_code":
            for code, prf in v.items():
                out.update({f"{key}.{code}.{m}": prf[m] for m in ("p", "r", "f1")})
        elif isinstance(v, dict):
            out.update({f"{key}.{m}": v[m] for m in ("rate", "p", "r", "f1") if m in v})
    return out


class PinError(ValueError):
    """``eval --pin`` would lower a floor."""


def pin_floors(path: Path, name: str, summary: dict) -> dict[str, float]:
    """Write the measured figures of ``summary`` as floor set ``name`` in the JSON file ``path``.

    Floors only rise: if any measured figure is under its pinned floor, or a pinned figure is
    no longer measured, nothing is written and PinError lists them. Other sets stay as they are."""
    floors = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    old = floors.get(name, {})
    new = floor_figures(summary)
    lowered = [f"{k}: {old[k]} -> {new[k] if k in new else 'not measured'}"
               for k in sorted(old) if k not in new or new[k] < old[k]]
    if lowered:
        raise PinError(f"refusing to lower floors of {name!r}: " + "; ".join(lowered))
    floors[name] = dict(sorted(new.items()))
    path.write_text(json.dumps(floors, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return floors[name]


def _row(report: Report) -> dict:
    s = report.summary()
    return {**{k: figure(s, k) for k in _TABLE_KEYS},
            "commitments_p": s["commitments"]["p"], "commitments_r": s["commitments"]["r"]}


@dataclass
class CVReport:
    """Held-out figures: all held-out pages pooled, per fold and per site family."""

    pooled: Report = field(default_factory=Report)
    folds: list[tuple[list[str], Report]] = field(default_factory=list)
    families: dict[str, Report] = field(default_factory=dict)

    def summary(self) -> dict:
        folds = [{"families": fams, **_row(r)} for fams, r in self.folds]
        mean = {k: round(sum(f[k] for f in folds) / len(folds), 3) for k in _TABLE_KEYS} if folds else {}
        return {"pooled": self.pooled.summary(), "fold_mean": mean, "folds": folds,
                "families": {f: {"pages": r.files, **_row(r)} for f, r in sorted(self.families.items())}}

    def to_text(self) -> str:
        s = self.summary()
        head = f"{'':14s}" + "".join(f"{k[:8]:>9s}" for k in _TABLE_KEYS) + f"{'comm P':>9s}{'comm R':>9s}"
        lines = ["held-out pages pooled (folds by site family):", self.pooled.to_text(), "",
                 "mean of folds: " + "  ".join(f"{k} {v:.3f}" for k, v in s["fold_mean"].items()), "",
                 "per family:", head]
        for fam, row in s["families"].items():
            name = f"{fam} ({row['pages']})"
            lines.append(f"{name:14s}" + "".join(f"{row[k]:9.3f}" for k in _TABLE_KEYS)
                         + f"{row['commitments_p']:9.3f}{row['commitments_r']:9.3f}")
        return "\n".join(lines)


def evaluate_cv(gold_dir: Path, raw_dir: Path, k: int = 5, verbose: bool = False,
                family_prefix: str | None = None) -> CVReport:
    """Train the learned parts on k-1 folds and score the held-out fold; folds split by site family,
    so no family sits on both sides. With ``family_prefix`` only those families are dealt into
    folds and scored (e.g. ``form_``: the self-evaluation forms); each fold trains on every other
    page, of any family."""
    from . import models_io
    from .api import extract_bytes
    from .errors import ReportNLPError
    from .train import train_models

    pairs = read_pairs(gold_dir, raw_dir)
    fams = [site_family(g, n) for g, _, n in pairs]
    out = CVReport()
    scored = [f for f in fams if not family_prefix or f.startswith(family_prefix)]
    for held in family_folds(scored, k):
        train = [p for p, f in zip(pairs, fams) if f not in held]
        test = [(p, f) for p, f in zip(pairs, fams) if f in held]
        models = {name: models_io.LinearModel(**m) for name, m, _ in train_models(train)}
        fold = Report()
        with models_io.using(models):
            for (gold, data, name), fam in test:
                try:
                    pred = extract_bytes(data, source=name).model_dump(mode="json")
                except ReportNLPError as exc:
                    out.pooled.log.append(f"  {name}: {exc}")
                    pred = {"documents": []}
                if verbose:
                    out.pooled.log.append(f"== {name} ({fam})")
                for report in (out.pooled, fold, out.families.setdefault(fam, Report())):
                    score_prediction(gold, pred, report, verbose and report is out.pooled)
        out.folds.append((sorted(held), fold))
    return out
