#!/usr/bin/env python3
"""Check gold annotations in corpora/gold against the raw files in corpora/raw.

usage: check_gold.py [GLOB ...]        (default: every corpora/gold/*.json)
       run with the project venv, which has OpenCC:  .venv/bin/python corpora/check_gold.py c_*

For each gold file this decodes the raw file (BOM, UTF-8, else GB18030 or Big5,
whichever reads as more common Chinese), applies a simple normalization that
stands in for the real pipeline's (NFKC, zero-width characters removed,
"(xiāng)" pinyin readings removed, traditional -> simplified with OpenCC t2s,
"4。5%" -> "4.5%", all white space removed) and checks that

  * every must_remove and must_keep snippet occurs in the normalized raw,
  * every document's starts_with, every section's starts_with, every metric,
    score, commitment and flag snippet occurs in it,
  * section starts follow each other in the raw, documents too,
  * the fields and codes are the ones FORMAT.md allows.

It cannot tell boilerplate from content; that is the annotator's job.
Exit status 1 when something is wrong.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")

LABELS = {"基本情况", "主要做法", "存在问题", "下一步", "其他"}
DOC_TYPES = {"工作总结", "自查报告", "述职报告", "讲话", "通知", "调研报告", "其他"}
FLAGS = {"PERFECT_RATE", "FULL_SELF_SCORE", "SCORE_OVER_MAX", "SUM_MISMATCH",
         "RATE_MISMATCH", "ZERO_COMPLAINT", "TEMPLATE_TEXT"}
SCRIPTS = {"simplified", "traditional", "mixed"}

_t2s = None


def t2s(s):
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    return _t2s.convert(s)


ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(r"\((?=[a-zü]*[" + TONED + r"])[a-zü" + TONED + r"]{1,8}\)")
DECIMAL = re.compile(r"(?<=\d)[。．](?=\d+%)")


THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){1,4}(?![\d,])(?=(?:\.\d{1,4})?\s?[万亿千件项人个次户条名家册份宗元台套辆所座场期批亩天米吨%])")


def normalize(s):
    s = unicodedata.normalize("NFKC", s)
    s = ZERO_WIDTH.sub("", s)
    s = PINYIN.sub("", s)
    s = t2s(s)
    s = DECIMAL.sub(".", s)
    s = THOUSANDS.sub(lambda m: m.group().replace(",", ""), s)  # the tool drops separators
    return "".join(s.split())


def _gb2312_common(ch):
    """True for a character in GB2312 level 1 (the 3755 most common hanzi)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def decode(data):
    """Bytes of a raw page -> (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = [c for c in t2s(text) if "\u4e00" <= c <= "\u9fff"]
        score = sum(map(_gb2312_common, han)) / max(1, len(han))
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise UnicodeDecodeError("unknown", data, 0, 1, "no candidate encoding fits")
    return best[1], best[2]


def check(gold_path):
    errors, warnings = [], []
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        return [f"unreadable gold: {e}"], []
    stem = os.path.splitext(os.path.basename(gold_path))[0]
    fname = gold.get("file")
    if not fname or os.path.splitext(fname)[0] != stem:
        errors.append(f"'file' is {fname!r}, expected {stem}.<ext>")
        return errors, warnings
    raw_path = os.path.join(RAW, fname)
    if not os.path.exists(raw_path):
        return [f"raw file missing: {fname}"], warnings
    text, enc = decode(open(raw_path, "rb").read())
    norm = normalize(text)

    if gold.get("script") not in SCRIPTS:
        errors.append(f"script {gold.get('script')!r}")

    def find(snippet, what, start=0):
        if not isinstance(snippet, str) or not snippet.strip():
            errors.append(f"{what}: empty snippet")
            return -1
        key = normalize(snippet)
        pos = norm.find(key, start)
        if pos < 0:
            pos = norm.find(key)
            if pos < 0:
                errors.append(f"{what}: not in raw: {snippet}")
                return -1
        n = len(key)
        if not what.startswith(("doc", "title")) and not 6 <= n <= 30:
            warnings.append(f"{what}: {n} chars: {snippet}")
        return pos

    for s in gold.get("must_remove", []):
        find(s, "must_remove")
    for s in gold.get("must_keep", []):
        find(s, "must_keep")

    docs = gold.get("documents", [])
    if not docs:
        errors.append("no documents")
    last_doc = -1
    for i, d in enumerate(docs):
        tag = f"doc {i}"
        pos = find(d.get("starts_with"), f"{tag} starts_with", max(0, last_doc))
        if 0 <= pos < last_doc:
            warnings.append(f"{tag}: starts before the previous document")
        if pos >= 0:
            last_doc = pos + 1
        dup = d.get("duplicate_of")
        if dup is not None and not (isinstance(dup, int) and 0 <= dup < i
                                    and docs[dup].get("duplicate_of") is None):
            errors.append(f"{tag}: bad duplicate_of {dup!r}")
        if d.get("doc_type") not in DOC_TYPES:
            errors.append(f"{tag}: doc_type {d.get('doc_type')!r}")
        if d.get("title") is not None and normalize(d["title"]) not in norm:
            warnings.append(f"{tag}: title not found verbatim: {d['title']}")
        for key in ("sections", "metrics", "scores", "commitments", "flags"):
            if not isinstance(d.get(key), list):
                errors.append(f"{tag}: '{key}' missing or not a list")
        last = max(pos, 0)
        for j, s in enumerate(d.get("sections") or []):
            if s.get("label") not in LABELS:
                errors.append(f"{tag} section {j}: label {s.get('label')!r}")
            p = find(s.get("starts_with"), f"{tag} section {j}", last)
            if 0 <= p < last:
                warnings.append(f"{tag} section {j}: out of order: {s.get('starts_with')}")
            if p >= 0:
                last = p
        for m in d.get("metrics") or []:
            find(m.get("snippet"), f"{tag} metric {m.get('indicator')}")
            if not isinstance(m.get("value"), (int, float)) or isinstance(m.get("value"), bool):
                errors.append(f"{tag} metric {m.get('indicator')}: value {m.get('value')!r}")
            if not m.get("unit") or not m.get("indicator"):
                errors.append(f"{tag} metric: unit/indicator missing: {m}")
        for s in d.get("scores") or []:
            find(s.get("snippet"), f"{tag} score {s.get('item')}")
        for c in d.get("commitments") or []:
            find(c.get("snippet"), f"{tag} commitment")
            if "deadline" not in c:
                errors.append(f"{tag} commitment without 'deadline' key: {c.get('snippet')}")
        for f in d.get("flags") or []:
            if f.get("code") not in FLAGS:
                errors.append(f"{tag} flag code {f.get('code')!r}")
            find(f.get("snippet"), f"{tag} flag {f.get('code')}")
    return errors, warnings


def main(argv):
    pats = argv[1:] or ["*"]
    paths = sorted({p for pat in pats
                    for p in glob.glob(os.path.join(GOLD, pat if pat.endswith(".json") else pat + ".json"))})
    if not paths:
        print("no gold files matched")
        return 1
    bad = 0
    for p in paths:
        errors, warnings = check(p)
        name = os.path.basename(p)
        if errors:
            bad += 1
        status = "FAIL" if errors else "ok"
        print(f"{status:4s} {name}" + (f"  ({len(warnings)} warnings)" if warnings else ""))
        for e in errors:
            print("   E", e)
        for w in warnings:
            print("   W", w)
    print(f"{len(paths)} files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
