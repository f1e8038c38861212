#!/usr/bin/env python3
"""Agreement between two annotators' gold files of the same pages (F1 of one against the other).

usage: agreement.py GOLD_A GOLD_B     (compares the files present in both folders)

Chrome: a snippet of A agrees when B marked an overlapping piece (one contains the other);
documents and sections agree on their first 10 characters; commitments on snippet containment
either way (optional ones on either side left out); flags on code and snippet overlap.
"""
import json
import sys
import unicodedata
from pathlib import Path


def squash(s):
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())


def close(a, b, n=10):
    a, b = squash(a), squash(b)
    return bool(a) and bool(b) and (a[:n] in b or b[:n] in a)


def prf(xs, ys, same):
    used, tp = set(), 0
    for x in xs:
        j = next((j for j, y in enumerate(ys) if j not in used and same(x, y)), None)
        if j is not None:
            used.add(j)
            tp += 1
    return tp, len(xs), len(ys)


def items(gold, what):
    docs = [d for d in gold.get("documents", []) if d.get("duplicate_of") is None]
    if what == "documents":
        return [d["starts_with"] for d in gold.get("documents", [])]
    if what == "sections":
        return [(s["label"], s["starts_with"]) for d in docs for s in d.get("sections", []) if s["label"] != "其他"]
    if what == "commitments":
        return [c["snippet"] for d in docs for c in d.get("commitments", []) if not c.get("optional")]
    if what == "flags":
        return [(f["code"], f["snippet"]) for d in docs for f in d.get("flags", [])]
    return gold.get(what, [])


SAME = {
    "must_remove": lambda x, y: close(x, y, 6),
    "documents": close,
    "sections": lambda x, y: x[0] == y[0] and close(x[1], y[1]),
    "commitments": lambda x, y: close(x, y, 8),
    "flags": lambda x, y: x[0] == y[0] and close(x[1], y[1], 6),
}


def main(a_dir, b_dir):
    totals = {k: [0, 0, 0] for k in SAME}
    names = sorted(p.name for p in Path(b_dir).glob("*.json") if (Path(a_dir) / p.name).exists())
    for name in names:
        a = json.loads((Path(a_dir) / name).read_text(encoding="utf-8"))
        b = json.loads((Path(b_dir) / name).read_text(encoding="utf-8"))
        for k, same in SAME.items():
            tp, na, nb = prf(items(a, k), items(b, k), same)
            totals[k][0] += tp
            totals[k][1] += na
            totals[k][2] += nb
    print(f"pages: {len(names)}")
    for k, (tp, na, nb) in totals.items():
        p, r = (tp / nb if nb else 1.0), (tp / na if na else 1.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:12s} A={na:4d} B={nb:4d} agree={tp:4d}  F1={f1:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
