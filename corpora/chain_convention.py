"""Bring newly written gold files to the corpus's commitment granularity (README "Commitment granularity").

Where one measure of the splitter (stages/commitments._measures: enumerators, a clause with its own
target or deadline, each action of a chain under a future frame) holds several required commitments,
the first stays required and the others become optional: the dev gold marks a plain chain of actions
in one sentence (`规范…管理,完善…办法,健全…机制`) as one measure. Writers annotate every action; this
applies the convention mechanically, as it was applied to the first rounds.

usage: .venv/bin/python corpora/chain_convention.py [--dry] corpora/gold/NAME.json ...
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from reportnlp.api import process
from reportnlp.stages.commitments import _measures
from reportnlp.structure import iter_sentences
from reportnlp.train import squash

RAW = Path(__file__).resolve().parent / "raw"


def measure_units(text: str) -> list[str]:
    return [squash(text[a:b]) for ss, se in iter_sentences(text) for a, b, _ in _measures(text, ss, se)]


def convert(gold_path: Path, dry: bool) -> int:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = RAW / gold["file"]
    page = process(raw.read_bytes(), raw.name)
    changed = 0
    for gdoc in gold["documents"]:
        if gdoc.get("duplicate_of") is not None:
            continue
        key = squash(gdoc["starts_with"])[:12]
        part = next((p for p in page.parts if 0 <= squash(p.text).find(key) <= 80), None)
        if part is None:
            print(f"{gold_path.name}: no report starts with {gdoc['starts_with'][:12]!r}, left as is")
            continue
        units = measure_units(part.text)
        first_in_unit: dict[int, str] = {}
        for c in gdoc.get("commitments", []):
            if c.get("optional"):
                continue
            snippet = squash(c["snippet"])
            unit = next((i for i, u in enumerate(units) if snippet and snippet in u), None)
            if unit is None:
                continue
            if unit in first_in_unit:
                print(f"{gold_path.stem}: keep {first_in_unit[unit]!r}, optional {c['snippet']!r}")
                c["optional"] = True
                changed += 1
            else:
                first_in_unit[unit] = c["snippet"]
    if changed and not dry:
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str]) -> None:
    dry = "--dry" in argv
    total = sum(convert(Path(p), dry) for p in argv if p != "--dry")
    print(f"{total} commitments made optional" + (" (dry run)" if dry else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
