"""Fuzz the whole pipeline: any bytes or text in -> a result or a ReportNLPError, with valid offsets.

Examples stay small so 60 of them run in seconds; every call also runs under a CPU-time limit
so a hang fails the test instead of stalling CI, however loaded the host.
"""
from __future__ import annotations

import re

import pytest
from cpu_budget import cpu_limit, cpu_seconds
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportnlp.api import clean_text, extract_bytes, extract_text, process, to_result
from reportnlp.errors import InputError, ReportNLPError
from reportnlp.schema import ExtractResult
from reportnlp.stages.decode import decode_bytes

# derandomize: CI runs the same examples every time (a red build must be reproducible)
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
CALL_BUDGET = 30  # CPU seconds for one small input; the pipeline needs well under one


def budget(seconds: float = CALL_BUDGET):
    """A hang fails the test instead of stalling CI: a limit on CPU time, which host load does not stretch.
    (The tests call it under this name: derandomize seeds the examples with a test's source.)"""
    return cpu_limit(seconds)


# -- invariants ---------------------------------------------------------------------------------

NUMERAL_CHARS = set("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿半幺壹贰叁肆伍陆柒捌玖拾佰仟")


SCALES = (1, 1e-2, 1e3, 1e4, 1e8, 1e12)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FRACTION = re.compile(r"(\d{1,9})/(\d{1,9})")


def _shown_numbers(shown: str) -> list[float]:
    shown = shown.replace("．", ".")
    nums = [float(x.replace(",", "")) for x in _NUMBER.findall(shown) if x.replace(",", "")]
    nums += [int(a) / int(b) for a, b in _FRACTION.findall(shown) if int(b)]
    return nums


def _check_offsets(result: ExtractResult, source_text: str) -> None:
    n_src = len(source_text)
    for doc in result.documents:
        n = len(doc.text)
        assert 0 <= doc.source_start <= doc.source_end <= n_src, ("document", doc.source_start, doc.source_end)
        groups = {
            "sections": doc.sections, "metrics": doc.metrics, "scores": doc.scores,
            "commitments": doc.commitments, "flags": doc.flags, "placeholders": doc.metadata.placeholders,
        }
        for kind, items in groups.items():
            for it in items:
                assert 0 <= it.start <= it.end <= n, (kind, it.start, it.end, n)
                assert 0 <= it.source_start <= it.source_end <= n_src, (kind, it.source_start, it.source_end, n_src)
        for m in doc.metrics:
            shown = doc.text[m.start:m.end]
            assert shown.strip(), ("empty metric span", m)
            assert NUMERAL_CHARS & set(shown), ("metric span shows no number", shown, m.value)
            nums = _shown_numbers(shown)
            if nums:  # Arabic digits: the value is one of them, maybe scaled by 万/亿/千 or read as %
                values = [v for v in (m.value, m.low, m.high) if v is not None]
                assert any(abs(n * k - v) <= 1e-6 * max(1.0, abs(v)) for n in nums for k in SCALES for v in values), (
                    "value is not the number shown", shown, m.value, m.low, m.high)
    for r in result.removed:
        assert 0 <= r.source_start <= r.source_end <= n_src, ("removed", r)
    for lost in result.lost_characters:
        assert 0 <= lost.source_start <= lost.source_end <= n_src, ("lost", lost)


def _analyse(data: bytes | str) -> ExtractResult | None:
    """Run the pipeline; None for a rejected input. Anything but a ReportNLPError fails the test."""
    with budget():
        try:
            page = process(data, "<fuzz>")
        except ReportNLPError:
            return None
        result = to_result(page, id="fuzz")
    source = page.source_text if page.source_text is not None else (data if isinstance(data, str) else "")
    if isinstance(data, bytes):
        assert source == decode_bytes(data)[0]
    else:
        assert source == data
    _check_offsets(result, source)
    ExtractResult.model_validate_json(result.model_dump_json())  # the JSON round-trips
    return result


# -- strategies -----------------------------------------------------------------------------------

UNITS = ["市", "县", "区", "镇", "街道"]
AGENCIES = ["医疗保障局", "市场监督管理局", "民政局", "卫生健康局", "城市管理局", "信访局", "税务局"]
CHROME = [
    "发布时间：2024-01-08　来源：县医保局　浏览次数：2,318　【字体：大 中 小】",
    "【打印本页】【关闭窗口】",
    "首页 > 政务公开 > 工作总结",
    "（责任编辑：周敏）",
    "上一篇：关于开展安全生产大检查的通知",
    "分享到：微信 微博 QQ空间",
    "版权所有：桐岭县人民政府办公室 备案号：湘ICP备12345678号",
]
WATERMARKS = [
    "本文来源于范文网 www.fanwen123.com",
    "更多精品文档请访问 http://www.wenku-demo.com",
    "文档下载 — 仅供参考",
]
HEADINGS = ["一、主要工作成效", "二、存在的问题", "三、下一步工作打算", "（一）基本情况", "（二）主要做法", "四、工作措施"]
PINYIN = [("职", "zhí"), ("报", "bào"), ("领", "lǐng"), ("导", "dǎo"), ("卫", "wèi")]


@st.composite
def metric_sentence(draw) -> str:
    n = draw(st.integers(0, 99999))
    d = draw(st.integers(0, 99))
    p = draw(st.integers(0, 1000)) / 10
    templates = [
        f"全县基本医疗保险参保人数达{n / 100:g}万人，参保率{p:g}%，同比提高{d / 10:g}个百分点。",
        f"检查定点医药机构{n}家，查处违规机构{d}家，追回医保基金{n / 10:g}万元。",
        f"受理群众来电{n}件，办结{max(0, n - d)}件，办结率{p:g}%。",
        f"全年新增城镇就业{n}人，完成年度目标任务的{p:g}%。",
        f"共发放低保金{n / 100:g}万元，惠及困难群众{d}户。",
        f"自评得分{d}分，考核得分{max(0, d - 2)}分。",
        f"2024年力争参保率稳定在{p:g}%以上，{1 + d % 12}月底前完成{d}个窗口改造。",
        f"下一步，我们将于{1 + d % 12}月底前完成信息平台建设，确保覆盖率达到{p:g}%。",
        f"一是基层经办力量薄弱，全县{d}个乡镇医保专干中兼职的占三分之二以上。",
        f"截至{1 + d % 12}月底，累计处理信访事项{n}件，按期办结率{p:g}%。",
    ]
    return draw(st.sampled_from(templates))


def _fullwidth_digits(s: str) -> str:
    return s.translate({c: c - 0x30 + 0xFF10 for c in range(0x30, 0x3A)})


def _with_pinyin(s: str) -> str:
    for ch, py in PINYIN:
        s = s.replace(ch, f"{ch}({py})", 1)
    return s


def _traditional(s: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(s)


@st.composite
def report_text(draw, max_sentences: int = 12) -> str:
    """A report-like page: title, chrome, headings, metric sentences, noise."""
    year = draw(st.integers(2015, 2025))
    unit = draw(st.sampled_from(UNITS))
    title = f"桐岭{unit}{draw(st.sampled_from(AGENCIES))}{year}年工作总结"
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    lines.append(title)
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    lines.append(f"{year}年，我{unit}在上级的坚强领导下，各项工作取得明显成效。现将全年工作情况总结如下：")
    for _ in range(draw(st.integers(1, max_sentences))):
        kind = draw(st.sampled_from(["heading", "metric", "metric", "metric", "chrome", "watermark"]))
        if kind == "heading":
            lines.append(draw(st.sampled_from(HEADINGS)))
        elif kind == "metric":
            lines.append(draw(metric_sentence()))
        elif kind == "chrome":
            lines.append(draw(st.sampled_from(CHROME)))
        else:
            lines.append(draw(st.sampled_from(WATERMARKS)))
    noise = draw(st.sets(st.sampled_from(["fullwidth", "pinyin", "traditional", "indent", "crlf", "flat"])))
    if "fullwidth" in noise:
        lines = [_fullwidth_digits(x) if draw(st.booleans()) else x for x in lines]
    if "pinyin" in noise:
        lines = [_with_pinyin(x) for x in lines]
    if "traditional" in noise:
        lines = [_traditional(x) for x in lines]
    if "indent" in noise:
        lines = ["\u3000\u3000" + x for x in lines]
    sep = "" if "flat" in noise else ("\r\n" if "crlf" in noise else "\n")
    return sep.join(lines) + ("" if "flat" in noise else "\n")


TEXT_ALPHABET = st.one_of(
    st.characters(blacklist_categories=("Cs",)),  # any code point but surrogates
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width forms
    st.sampled_from(list("\x00\n\r\t\u3000。，；：、（）%万亿元个人次0123456789一二三十百千")),
)


# -- bytes and text of any shape ----------------------------------------------------------------

@FUZZ
@given(st.binary(max_size=3000))
@example(b"")
@example(b"\x00" * 64)
@example(b"\xff\xfe")  # a UTF-16 BOM and nothing else
@example(b"\xef\xbb\xbf")  # a UTF-8 BOM and nothing else
@example(b"\x81")  # a lone GBK lead byte
def test_random_bytes(data):
    _analyse(data)


@FUZZ
@given(st.text(alphabet=TEXT_ALPHABET, max_size=600))
# BUG (normalize.py/api.py): lost_characters are located in normalize's text but mapped through
# the final offset chain, so after a removal they point past the end of the source.
@example("【打印本页】【关闭窗口】\n2023年完成10项工作\ufffd")
@example("")
@example("\x00")
@example("１２３４５６７８９０％")
@example("\ufffd" * 5)
def test_random_text(text):
    _analyse(text)


def test_empty_inputs_are_input_errors():
    for data in (b"", "", b"   \n\n", "\u3000\n"):
        with pytest.raises(InputError) as exc:
            extract_bytes(data) if isinstance(data, bytes) else extract_text(data)
        assert exc.value.code == "empty"


def test_random_binary_is_rejected_as_binary():
    import random

    rng = random.Random(11)
    for n in (2000, 8192):
        for _ in range(5):
            with pytest.raises(InputError) as exc:
                extract_bytes(rng.randbytes(n))
            assert exc.value.code == "binary"


@FUZZ
@given(report_text())
# BUG (boilerplate.py): a flattened line that ends in a breadcrumb is removed whole, report and all.
@example("桐岭市医疗保障局2015年工作总结2015年，我市在上级的坚强领导下，各项工作取得明显成效。首页 > 政务公开 > 工作总结")
@example("今年共完成改造项目30个，惠及群众2000户。首页 > 政务公开")
# BUG (boilerplate.py): a flattened line that starts with article metadata is removed whole.
@example("发布时间：2024-01-08 来源：县医保局 2015年，我市在上级的坚强领导下，各项工作取得明显成效，完成项目30个。")
def test_report_like_text(text):
    result = _analyse(text)
    assert result is not None and result.documents


@FUZZ
@given(report_text(), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le",
                                        "utf-16-be", "hz", "mixed"]))
# BUG (decode.py): BOM-less UTF-16 of mostly-CJK text has too few NUL bytes for _looks_utf16 and is
# rejected as binary.
@example("桐岭市医疗保障局2015年工作总结\n2015年，我市在上级的坚强领导下，各项工作取得明显成效。现将全年工作情况总结如下：\n"
         "一、主要工作成效\n", "utf-16-le")
def test_encodings(text, encoding):
    if encoding == "big5":
        data = _traditional(text).encode("big5", errors="replace")
    elif encoding == "mixed":  # a UTF-8 page with one pasted GBK line
        lines = text.split("\n")
        k = len(lines) // 2
        data = b"\n".join(x.encode("gb18030") if i == k else x.encode("utf-8") for i, x in enumerate(lines))
    elif encoding == "hz":  # GB2312 only: characters outside it are lost, as on a real HZ page
        data = text.encode("hz", errors="replace")
    else:
        data = text.encode(encoding)
    result = _analyse(data)
    assert result is not None and result.documents
    if encoding in ("utf-8", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "hz"):
        # the report's first metric-bearing text survives decoding
        assert "工作" in "".join(d.text for d in result.documents) + "".join(r.text for r in result.removed)


@FUZZ
@given(report_text(), st.sampled_from(["utf-8", "gb18030", "utf-16-le"]), st.integers(1, 3))
def test_truncated_multibyte(text, encoding, cut):
    data = text.rstrip("\n").encode(encoding)
    _analyse(data[:-cut] if len(data) > cut else data)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.lists(metric_sentence(), min_size=20, max_size=120))
def test_long_single_line(sentences):
    """A flattened PDF: one paragraph of many sentences, no newline."""
    _analyse("".join(sentences))


# -- normalization is idempotent ----------------------------------------------------------------

def _kept_texts(data: str) -> list[str]:
    page = process(data, "<fuzz>")
    return [p.text for p in page.parts if p.meta.get("duplicate_of") is None]


@FUZZ
@given(report_text())
# BUG (boilerplate.py): in the first pass only the URL of this watermark goes; the rest of the line
# ("本文来源于范文网") is removed by the second pass.
@example("发布时间：2024-01-08\u3000来源：县医保局\u3000浏览次数：2,318\u3000【字体：大 中 小】\n"
         "桐岭市医疗保障局2015年工作总结\n2015年，我市在上级的坚强领导下，各项工作取得明显成效。现将全年工作情况总结如下：\n"
         "本文来源于范文网 www.fanwen123.com\n")
# BUG (documents.py): a trailing lone heading becomes a report of its own; in the cleaned text
# (joined with a blank line) it is merged back into the first report.
@example("桐岭市医疗保障局2015年工作总结\n2015年，我市在上级的坚强领导下，各项工作取得明显成效。现将全年工作情况总结如下：\n"
         "一、主要工作成效\n全县基本医疗保险参保人数达0万人，参保率0%，同比提高0个百分点。\n"
         "二、存在的问题\n二、存在的问题\n二、存在的问题\n一、主要工作成效\n")
def test_clean_text_is_a_fixed_point(text):
    with budget():
        try:
            once = clean_text(text)
        except ReportNLPError:
            return
        if not once.strip():
            return  # everything removed: test_report_like_text covers that loss
        twice_docs = [d.text for d in extract_text(once).documents if d.duplicate_of is None]
    assert "\n\n".join(twice_docs) == once
    assert twice_docs == _kept_texts(text)


# -- time: one long paragraph must not cost quadratic time --------------------------------------

def test_long_paragraph_is_linear():
    """A flattened PDF: 800 KB on one line should cost what eight 100 KB lines do, not twice that.

    Both sides do the same work on the same text, timed as CPU time (other processes on a
    shared machine stretch wall time, not CPU time) with the cyclic GC off (its full
    collections are a step, none in a 100 KB run and three in an 800 KB one), in two
    interleaved rounds. The minimum of single 100 KB runs (0.25-0.4 s) caught lucky runs and
    made "800 KB / 100 KB" swing 6.5-10.4x on this 2-core machine under load (9-20x with GC
    on); the same load gives 1.01-1.04 here. Stage by stage the pipeline is linear: 1.6 MB
    over 200 KB is 6.5x, each stage 5-10x with none growing with the size.
    """
    sentence = ("桐岭县医疗保障局2023年工作总结一、主要工作成效（一）参保扩面稳步推进。"
                "全县基本医疗保险参保人数达41.27万人，参保率97.6%，同比提高0.8个百分点。"
                "（二）基金监管保持高压。检查定点医药机构312家，查处违规机构47家，追回医保基金286.4万元。"
                "二、存在问题基层经办力量薄弱。三、下一步工作打算2024年力争参保率稳定在97%以上，年底前完成经办窗口改造。")
    extract_text(sentence)  # build the pipeline outside the timing

    def seconds(kb: int, times: int = 1) -> float:
        text = sentence * (kb * 1000 // len(sentence.encode()))

        def run() -> None:
            for _ in range(times):
                extract_text(text)

        return cpu_seconds(run, limit=300)

    rounds = [(seconds(100, times=8), seconds(800)) for _ in range(2)]
    small, large = min(r[0] for r in rounds), min(r[1] for r in rounds)
    assert large < 1.5 * small + 0.3, f"8 x 100 KB took {small:.2f} s CPU, 800 KB took {large:.2f} s CPU"
