#!/usr/bin/env python3
"""Validate the x_* gold files in corpora/gold against their raw texts in corpora/raw.

Run with the project venv (needs opencc):

    .venv/bin/python corpora/check_gold_x.py [x_01 ...]

Checks, after normalising both the raw text and the gold strings
(OpenCC t2s, full-width ASCII -> ASCII, U+3000 and all white space removed,
``4。4`` -> ``4.4``):

* every documents[].starts_with, sections[].starts_with, metric / score /
  commitment / flag snippet, must_keep and must_remove string occurs in the raw;
* document starts occur in order, sections and snippets lie inside their own
  document (between its start and the next document's start);
* gold strings are already normalised (simplified script, ASCII digits,
  no white space);
* every metric value is a number that its snippet actually states (Arabic or
  Chinese numerals, thousands separators, 万/亿 folding, 百分之N, N分之M, N成);
  score self_score / max_score likewise;
* a commitment deadline occurs in the raw near its snippet;
* flag codes are known, and the flag set is consistent with the numbers:
  every achieved 100% rate has one PERFECT_RATE flag, every full self score
  a FULL_SELF_SCORE flag, every score above its maximum a SCORE_OVER_MAX flag;
* must_keep strings do not contain must_remove strings;
* raw file size is 1-5 KB and the declared script matches the raw.

Exit status 1 if any error is found; warnings are printed but do not fail.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
GOLD = HERE / "gold"

T2S = opencc.OpenCC("t2s")

CODES = {"PERFECT_RATE", "FULL_SELF_SCORE", "SCORE_OVER_MAX", "SUM_MISMATCH",
         "RATE_MISMATCH", "ZERO_COMPLAINT", "TEMPLATE_TEXT"}
DOC_TYPES = {"工作总结", "自查报告", "述职报告", "讲话", "通知", "调研报告", "其他"}
LABELS = {"基本情况", "主要做法", "存在问题", "下一步", "其他"}
SCRIPTS = {"simplified", "traditional", "mixed"}


THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){1,4}(?![\d,])(?=(?:\.\d{1,4})?\s?[万亿千件项人个次户条名家册份宗元台套辆所座场期批亩天米吨%])")


def norm(s: str) -> str:
    s = T2S.convert(s)
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    s = re.sub(r"[\s\u3000]+", "", s)
    s = re.sub(r"(?<=\d)。(?=\d)", ".", s)
    s = THOUSANDS.sub(lambda m: m.group().replace(",", ""), s)  # the tool drops separators
    return s


# ---------------------------------------------------------------- numbers
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"


def cn_int(s: str) -> int | None:
    """Parse a Chinese integer numeral such as 一千零八十, 两百, 十二, 三万五千."""
    if not s or any(c not in CN_CHARS for c in s):
        return None
    total, section, num = 0, 0, None
    for c in s:
        if c in CN_DIGIT:
            num = CN_DIGIT[c]
        elif c in CN_UNIT:
            section += (1 if num is None else num) * CN_UNIT[c]
            num = None
        else:  # 万 / 亿
            section += num or 0
            total = (total + section) * CN_BIG[c] if c == "亿" else total + section * CN_BIG[c]
            section, num = 0, None
    return total + section + (num or 0)


def cn_number(s: str) -> float | None:
    if "点" in s:
        a, _, b = s.partition("点")
        ia = cn_int(a)
        if ia is None or not b or any(c not in CN_DIGIT for c in b):
            return None
        return float(f"{ia}." + "".join(str(CN_DIGIT[c]) for c in b))
    v = cn_int(s)
    return None if v is None else float(v)


NUM_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]+")


def candidates(snippet: str) -> set[float]:
    """Every number the snippet can be read as stating."""
    out: set[float] = set()
    for m in NUM_TOKEN.finditer(snippet):
        tok = m.group(0)
        vals: list[float] = []
        if tok[0].isdigit():
            vals.append(float(tok.replace(",", "")))
            if "," in tok:  # a comma list like 12,15 read as two numbers
                vals += [float(p) for p in re.findall(r"\d+(?:\.\d+)?", tok)]
        else:
            tok = tok.strip("点")
            # the maximal numeral, and the numeral without a trailing 万/亿
            # (三百万元 can be value 300 in unit 万元)
            for t in {tok, tok.rstrip("万亿")}:
                v = cn_number(t) if t and t[0] not in "万亿" else None
                if v is not None:
                    vals.append(v)
        after = snippet[m.end():m.end() + 1]
        before = snippet[max(0, m.start() - 3):m.start()]
        for v in vals:
            out.add(v)
            if after == "万":
                out.add(v * 10_000)
            if after == "亿":
                out.add(v * 100_000_000)
            if after == "成":
                out.add(v * 10)
            if before.endswith("百分之"):
                out.add(v)
        # N分之M -> share in %
    for m in re.finditer(r"(\d+|万|[零〇一二两三四五六七八九十百千]+)分之(\d+|[零〇一二两三四五六七八九十百千]+)", snippet):
        den, numr = ({"百": 100.0, "千": 1000.0, "万": 10000.0}.get(x) or (cn_number(x) if not x.isdigit() else float(x))
                     for x in m.groups())
        if den and numr is not None:
            out.add(round(numr / den * 100, 4))
            out.add(round(numr / den * 100, 2))
            out.add(round(numr / den * 100, 1))
            out.add(round(numr / den * 100))
    return out


def value_in(v, snippet: str) -> bool:
    if v is None:
        return False
    return any(abs(c - float(v)) < 1e-6 for c in candidates(snippet))


# ---------------------------------------------------------------- checking
class Report:
    def __init__(self, name: str):
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def check_normalised(rep: Report, what: str, s) -> None:
    if s is None:
        return
    if not isinstance(s, str):
        rep.err(f"{what}: not a string: {s!r}")
        return
    if norm(s) != s:
        rep.err(f"{what}: not normalised: {s!r} -> {norm(s)!r}")


def check_file(gold_path: Path) -> Report:
    rep = Report(gold_path.name)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    raw_path = RAW / g.get("file", "")
    if g.get("file") != gold_path.stem + ".txt":
        rep.err(f"file field {g.get('file')!r} does not match gold name")
    if not raw_path.exists():
        rep.err(f"raw file missing: {raw_path}")
        return rep
    raw_bytes = raw_path.read_bytes()
    raw_text = raw_bytes.decode("utf-8")
    size = len(raw_bytes)
    if not 1000 <= size <= 5120:
        rep.err(f"raw size {size} bytes outside 1-5 KB")
    text = norm(raw_text)

    # script
    script = g.get("script")
    if script not in SCRIPTS:
        rep.err(f"bad script {script!r}")
    changed = sum(1 for a, b in zip(raw_text, T2S.convert(raw_text)) if a != b)
    if script == "simplified" and changed > 3:
        rep.warn(f"declared simplified but t2s changes {changed} chars")
    if script == "traditional" and changed < 30:
        rep.err(f"declared traditional but t2s changes only {changed} chars")

    for s in g.get("must_remove", []):
        check_normalised(rep, "must_remove", s)
        if s not in text:
            rep.err(f"must_remove not in raw: {s!r}")
    for s in g.get("must_keep", []):
        check_normalised(rep, "must_keep", s)
        if s not in text:
            rep.err(f"must_keep not in raw: {s!r}")
        for r in g.get("must_remove", []):
            if r in s:
                rep.err(f"must_keep {s!r} contains must_remove {r!r}")

    docs = g.get("documents", [])
    if not docs:
        rep.err("no documents")
    # locate documents in order
    starts: list[int] = []
    pos = 0
    for i, d in enumerate(docs):
        sw = d.get("starts_with", "")
        check_normalised(rep, f"doc{i}.starts_with", sw)
        p = text.find(sw, pos)
        if p < 0:
            rep.err(f"doc{i}: starts_with not found (in order): {sw!r}")
            p = pos
        starts.append(p)
        pos = p + max(1, len(sw))
    bounds = [(starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)) for i in range(len(docs))]

    # no must_remove string may lie inside a snippet
    removes = g.get("must_remove", [])

    def find_in(i: int, s: str, what: str) -> int:
        check_normalised(rep, what, s)
        if not s:
            rep.err(f"{what}: empty")
            return -1
        if len(s) < 4 or len(s) > 60:
            rep.warn(f"{what}: length {len(s)}: {s!r}")
        a, b = bounds[i]
        p = text.find(s, a)
        if p < 0 or p >= b:
            if s in text:
                rep.err(f"{what}: found in raw but outside its document: {s!r}")
            else:
                rep.err(f"{what}: not in raw: {s!r}")
            return -1
        for r in removes:
            if r in s:
                rep.err(f"{what}: contains must_remove text {r!r}")
        return p

    for i, d in enumerate(docs):
        tag = f"doc{i}"
        if d.get("doc_type") not in DOC_TYPES:
            rep.err(f"{tag}: bad doc_type {d.get('doc_type')!r}")
        dup = d.get("duplicate_of")
        if dup is not None and not (isinstance(dup, int) and 0 <= dup < i):
            rep.err(f"{tag}: bad duplicate_of {dup!r}")
        check_normalised(rep, f"{tag}.title", d.get("title"))
        if d.get("title") and d["title"] not in text:
            rep.err(f"{tag}: title not in raw: {d['title']!r}")
        for k in ("sections", "metrics", "scores", "commitments", "flags"):
            if not isinstance(d.get(k), list):
                rep.err(f"{tag}: missing list {k}")
                d[k] = []
        last = -1
        for j, s in enumerate(d["sections"]):
            if s.get("label") not in LABELS:
                rep.err(f"{tag}.sec{j}: bad label {s.get('label')!r}")
            p = find_in(i, s.get("starts_with", ""), f"{tag}.sec{j}")
            if p >= 0 and p < last:
                rep.err(f"{tag}.sec{j}: out of order: {s['starts_with']!r}")
            last = max(last, p)
        if d["sections"] and dup is None:
            first = find_in(i, d["sections"][0]["starts_with"], f"{tag}.sec0")
            if first != starts[i]:
                rep.warn(f"{tag}: first section does not start at the document start")

        for j, m in enumerate(d["metrics"]):
            w = f"{tag}.metric{j}"
            for key in ("indicator", "value", "unit", "snippet"):
                if key not in m:
                    rep.err(f"{w}: missing {key}")
            extra = set(m) - {"indicator", "value", "unit", "snippet", "target", "optional"}
            if extra:
                rep.err(f"{w}: unknown keys {extra}")
            check_normalised(rep, f"{w}.indicator", m.get("indicator"))
            check_normalised(rep, f"{w}.unit", m.get("unit"))
            sn = m.get("snippet", "")
            find_in(i, sn, w)
            if not isinstance(m.get("value"), (int, float)):
                rep.err(f"{w}: value not a number: {m.get('value')!r}")
            elif not value_in(m["value"], sn):
                rep.err(f"{w}: value {m['value']} not stated in snippet {sn!r}")
            unit = m.get("unit", "")
            if unit != "%" and unit not in sn:
                rep.err(f"{w}: unit {unit!r} not in snippet {sn!r}")
            if unit == "%" and "%" not in sn and not re.search(r"率|度|占|比|百分之|分之|成", sn):
                rep.warn(f"{w}: % metric without % or rate word: {sn!r}")

        for j, s in enumerate(d["scores"]):
            w = f"{tag}.score{j}"
            check_normalised(rep, f"{w}.item", s.get("item"))
            sn = s.get("snippet", "")
            find_in(i, sn, w)
            if not value_in(s.get("self_score"), sn):
                rep.err(f"{w}: self_score {s.get('self_score')} not in snippet {sn!r}")
            mx = s.get("max_score")
            if mx is not None and not value_in(mx, sn):
                rep.warn(f"{w}: max_score {mx} not in snippet {sn!r} (stated elsewhere?)")

        for j, c in enumerate(d["commitments"]):
            w = f"{tag}.commit{j}"
            if set(c) != {"snippet", "deadline"}:
                rep.err(f"{w}: keys must be snippet, deadline: {set(c)}")
            p = find_in(i, c.get("snippet", ""), w)
            dl = c.get("deadline")
            if dl is not None:
                check_normalised(rep, f"{w}.deadline", dl)
                if p >= 0:
                    window = text[max(bounds[i][0], p - 80):p + len(c["snippet"]) + 80]
                    if dl not in window:
                        rep.err(f"{w}: deadline {dl!r} not written near snippet")

        flags = d["flags"]
        for j, f in enumerate(flags):
            w = f"{tag}.flag{j}"
            if f.get("code") not in CODES:
                rep.err(f"{w}: bad code {f.get('code')!r}")
            find_in(i, f.get("snippet", ""), w)
        # consistency of flags with numbers
        if dup is None:
            perfect = [m for m in d["metrics"] if m.get("unit") == "%" and m.get("value") == 100
                       and not m.get("target") and not m.get("optional")]
            n_pr = sum(1 for f in flags if f.get("code") == "PERFECT_RATE")
            if n_pr != len(perfect):
                rep.err(f"{tag}: {len(perfect)} achieved 100% metrics but {n_pr} PERFECT_RATE flags")
            for m in perfect:
                if not any(f.get("code") == "PERFECT_RATE" and (f["snippet"] in m["snippet"] or m["snippet"] in f["snippet"]) for f in flags):
                    rep.err(f"{tag}: no PERFECT_RATE flag overlapping {m['snippet']!r}")
            full = [s for s in d["scores"] if s.get("max_score") is not None and s.get("self_score") == s.get("max_score")]
            n_fs = sum(1 for f in flags if f.get("code") == "FULL_SELF_SCORE")
            if n_fs != len(full):
                rep.err(f"{tag}: {len(full)} full self scores but {n_fs} FULL_SELF_SCORE flags")
            over = [s for s in d["scores"] if s.get("self_score") is not None and
                    s["self_score"] > (s["max_score"] if s.get("max_score") is not None else 100)]
            n_ov = sum(1 for f in flags if f.get("code") == "SCORE_OVER_MAX")
            if n_ov != len(over):
                rep.err(f"{tag}: {len(over)} scores over max but {n_ov} SCORE_OVER_MAX flags")
            for f in flags:
                if f.get("code") in {"SUM_MISMATCH", "RATE_MISMATCH", "PERFECT_RATE",
                                     "FULL_SELF_SCORE", "SCORE_OVER_MAX"} and not f.get("note"):
                    rep.warn(f"{tag}: {f.get('code')} flag without note")
    return rep


def main(argv: list[str]) -> int:
    pats = argv[1:] or ["x_"]
    files = sorted(p for p in GOLD.glob("x_*.json") if any(p.name.startswith(x) for x in pats))
    if not files:
        print("no gold files matched")
        return 1
    n_err = 0
    for p in files:
        rep = check_file(p)
        for w in rep.warnings:
            print(f"{p.name}: warning: {w}")
        for e in rep.errors:
            print(f"{p.name}: ERROR: {e}")
        n_err += len(rep.errors)
    print(f"{len(files)} files checked, {n_err} errors")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
