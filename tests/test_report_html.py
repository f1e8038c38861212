"""The audit page: every flag visible, report text inert, nothing fetched, renders in a real browser."""
from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportnlp import extract_text
from reportnlp.report_html import render_audit

REPORT = """\
某某县便民服务中心2023年度工作自查报告

县政务服务管理局：
根据上级要求，我中心认真开展自查，现将有关情况报告如下。
一、基本情况
中心设置综合受理窗口8个，配备工作人员20名。全年共受理群众诉求200件，办结190件，办结率98%。群众满意率100%。
二、主要做法
（一）优化流程。推行一窗受理，网上可办率达到100%。
（二）加强监督。在意见箱中发现纸条写有<script>alert(1)</script>字样，已交有关部门处理。
三、存在问题
部分窗口人员业务不熟，个别事项办理时间偏长。
四、下一步工作打算
20xx年，我中心将继续深化改革，力争办结率达到99%以上。
"""

BROWSER = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


@pytest.fixture(scope="module")
def result():
    return extract_text(REPORT, source="test<report>.txt")


@pytest.fixture(scope="module")
def page(result):
    return render_audit(result)


def _flags(result):
    return [f for d in result.documents for f in d.flags]


def test_report_raises_the_expected_flags(result):
    # guards the fixture itself: the page tests below are only meaningful if these flags exist
    codes = {f.code for f in _flags(result)}
    assert {"PERFECT_RATE", "RATE_MISMATCH", "TEMPLATE_TEXT"} <= codes


def test_every_flag_code_message_and_numbers_are_in_the_page(result, page):
    for d in result.documents:
        for j, f in enumerate(d.flags):
            assert html.escape(f.code) in page
            assert html.escape(f.message) in page
            # each flag is an anchor target in the text, and the side list links to it
            assert f'id="d{d.index}-f{j}"' in page
            assert f'href="#d{d.index}-f{j}"' in page
    mismatch = next(f for f in _flags(result) if f.code == "RATE_MISMATCH")
    assert f"stated {mismatch.stated:g} · computed {mismatch.computed:g}" in page


def test_report_markup_is_escaped(page):
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the only script element is our own
    assert page.count("<script") == 1


def test_no_network_resources(page):
    assert not re.search(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"@import|url\(", page)
    assert "default-src 'none'" in html.unescape(page)


def test_sections_metrics_and_removed_material(result, page):
    doc = result.documents[0]
    for s in doc.sections:
        assert f'class="badge sec-{s.label}"' in page
    assert page.count('class="m') >= len({(m.start, m.end) for m in doc.metrics}) > 0
    m = next(m for m in doc.metrics if m.canonical)
    assert html.escape(f"canonical: {m.canonical}") in page
    assert "Removed material" in page


class _Tree(HTMLParser):
    """Rebuilds the visible text of the document bodies and checks tags balance."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "line", "rect"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, str]] = []
        self.errors: list[str] = []
        self.texts: list[list[str]] = []
        self.cover: list[set[str]] = []  # per character of the first text block: what highlights it
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag in self.VOID:
            return
        # what a fragment highlights: a flag by its id (first fragment) or data-flag (continuations)
        cover = a.get("id") or a.get("data-flag") if "f" in cls.split() else cls.split()[0] if cls else ""
        self.stack.append((tag, cls, cover))
        if cls == "text":
            self.texts.append([])
        if self.texts and ("badge" in cls.split() or "fcode" in cls.split()):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unbalanced </{tag}>")
            return
        _, cls, _ = self.stack.pop()
        if "badge" in cls.split() or "fcode" in cls.split():
            self.skip -= 1

    def handle_data(self, data):
        if self.texts and not self.skip and any(c == "text" for _, c, _ in self.stack):
            self.texts[-1].append(data)
            if len(self.texts) == 1:
                inner = self.stack[[c for _, c, _ in self.stack].index("text") + 1:]
                self.cover += [{v for _, _, v in inner if v} for _ in data]


def test_highlighting_reproduces_the_text_exactly(result, page):
    tree = _Tree()
    tree.feed(page)
    assert not tree.errors and not tree.stack
    assert ["".join(t) for t in tree.texts] == [d.text for d in result.documents]


def test_overlapping_spans_nest_without_breaking_the_text():
    text = "甲乙丙丁戊己庚辛壬癸"
    doc = {
        "index": 0, "text": text, "title": "t", "doc_type": "其他", "source_start": 0, "source_end": 10,
        "sections": [{"label": "其他", "start": 0, "end": 10}],
        "metrics": [{"start": 2, "end": 6, "indicator": "丙丁", "value": 1.0, "unit": "个",
                     "base_value": 1.0, "base_unit": "个"}],
        "flags": [
            {"code": "A_FLAG", "severity": "high", "message": "crosses the metric", "evidence": "",
             "start": 0, "end": 4},
            {"code": "B_FLAG", "severity": "info", "message": "crosses both", "evidence": "",
             "start": 3, "end": 9},
            {"code": "C_FLAG", "severity": "low", "message": "zero width", "evidence": "", "start": 5, "end": 5},
        ],
        "commitments": [{"start": 1, "end": 9, "text": text[1:9]}],
    }
    out = render_audit({"source": "x", "encoding": "unicode", "script": "simplified", "documents": [doc]})
    tree = _Tree()
    tree.feed(out)
    assert not tree.errors and not tree.stack
    assert "".join(tree.texts[0]) == text
    for fid in ("d0-f0", "d0-f1", "d0-f2"):
        assert out.count(f'id="{fid}"') == 1  # split fragments must not repeat the anchor id
    # every character is highlighted by exactly the spans whose offsets cover it
    ranges = {"d0-f0": (0, 4), "d0-f1": (3, 9), "m": (2, 6), "c": (1, 9)}
    want = [{k for k, (s, e) in ranges.items() if s <= i < e} for i in range(len(text))]
    assert tree.cover == want


def test_duplicates_are_collapsed():
    one = extract_text(REPORT).model_dump()
    dup = dict(one["documents"][0], index=1, duplicate_of=0, duplicate_similarity=0.99)
    one["documents"].append(dup)
    out = render_audit(one)
    assert re.search(r'<article id="doc-1" class="dup"><details><summary>#1 repeats document #0', out)
    assert '<article id="doc-0">' in out


# -- headless Chromium ------------------------------------------------------------

def _png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit PNG (grey, RGB, grey+alpha or RGBA) into rows of pixel tuples, stdlib only."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, ctype, _, _, interlace = header
    assert depth == 8 and interlace == 0, f"unsupported PNG depth={depth} interlace={interlace}"
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, bpp, rows


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           # any attempt to reach the network would fail to resolve instead of leaving the machine
           "--host-resolver-rules=MAP * ~NOTFOUND",
           f"--user-data-dir={tmp / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=120)


@pytest.mark.skipif(BROWSER is None, reason="chromium not installed (apt-get install -y chromium)")
def test_page_renders_in_headless_chromium(result, page, tmp_path):
    target = tmp_path / "audit.html"
    target.write_text(page, encoding="utf-8")
    png = tmp_path / "shot.png"
    shot = _chromium([f"--screenshot={png}", "--window-size=1280,2000", target.as_uri()], tmp_path)
    assert png.exists(), shot.stderr.decode(errors="replace")[-2000:]
    width, bpp, rows = _png_pixels(png)
    pixels = Counter(row[i:i + bpp] for row in rows for i in range(0, width * bpp, bpp))
    total = sum(pixels.values())
    background = pixels.most_common(1)[0][1]
    assert len(pixels) > 20, "screenshot is (nearly) a single colour"
    assert total - background > 0.01 * total, "almost nothing drawn besides the background"

    dom = _chromium(["--dump-dom", target.as_uri()], tmp_path)
    text = dom.stdout.decode("utf-8", errors="replace")
    assert "</html>" in text, dom.stderr.decode(errors="replace")[-2000:]
    # our script ran (its CSP hash is right) and the injected one is still text
    assert re.search(r'<html[^>]*class="[^"]*\bjs\b', text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script>alert" not in text
    ids = _Ids()
    ids.feed(text)
    for d in result.documents:
        for j, f in enumerate(d.flags):
            assert ids.attrs.get(f"d{d.index}-f{j}", {}).get("data-code") == f.code
            assert html.escape(f.message, quote=False) in text


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.attrs[a["id"]] = a


def test_side_panel_lists_commitments_with_links(result, page):
    commitments = [c for d in result.documents for c in d.commitments]
    assert commitments, "the report's 下一步 section holds a commitment"
    assert "<h2>Commitments</h2>" in page
    for j, c in enumerate(result.documents[0].commitments):
        assert f'href="#d0-c{j}"' in page and f'id="d0-c{j}"' in page
        assert html.escape(c.action or c.text) in page
