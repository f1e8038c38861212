"""No pattern backtracks catastrophically: every data-file pattern on a 200,000-char line."""
import re

import pytest
import regex
import yaml
from cpu_budget import cpu_limit

from reportnlp.lexicons import RESOURCES
from reportnlp.patterns import compile_pattern

LINE = ("政务服务中心受理704宗,办结695宗,办结率98.7%(本文来源于某网,更多文章请登陆www.x.com查看"
        "一、存在问题一是2016最新工作自查报告共有45人,其中:公务员30名" * 3000)[:200_000]
NASTY = ["(" * 200_000, "1" * 200_000, "年" * 200_000, "、" * 200_000, "xx" * 100_000, "中," * 100_000]
PATTERN_CPU_LIMIT = 15  # CPU seconds for one pattern on one text


def _patterns():
    for path in sorted(RESOURCES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))

        def walk(node, where):
            if isinstance(node, dict):
                for k, v in node.items():
                    yield from walk(v, f"{where}.{k}")
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    yield from walk(v, f"{where}[{i}]")
            elif isinstance(node, str) and any(ch in node for ch in "[(?|\\^$"):
                try:
                    yield where, regex.compile(node)
                except regex.error:
                    return  # a character list, not a pattern
        yield from walk(data, path.name)


PATTERNS = list(_patterns())


def test_there_are_patterns():
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("where,pat", PATTERNS, ids=[w for w, _ in PATTERNS])
def test_pattern_on_long_lines(where, pat):
    # as written (regex) and as the stages run it (re where it can). Linear work on 200,000
    # characters costs at most ~1.5 s of CPU (the slowest pattern on the slowest text); quadratic
    # work costs tens of seconds and catastrophic backtracking never ends, so a CPU-time limit far
    # above the first and below the second fails both and no host load reaches it
    on_re = compile_pattern(pat.pattern, pat.flags & (regex.M | regex.S | regex.X), many_calls=True).compiled
    compiled = [pat, on_re] if isinstance(on_re, re.Pattern) else [pat]
    for text in [LINE, *NASTY]:
        for p in compiled:
            with cpu_limit(PATTERN_CPU_LIMIT):
                for _ in p.finditer(text):
                    pass


def test_whole_pipeline_on_a_long_flattened_line():
    from reportnlp.api import extract_text

    result = extract_text(LINE)
    assert result.documents and result.documents[0].metrics
    assert re.search("办结率", result.documents[0].text)
