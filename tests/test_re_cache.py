"""re_cache: rule patterns read back from the per-user cache are the patterns compiled afresh."""
from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from reportnlp import re_cache

REPO = Path(__file__).resolve().parents[1]

# compiles every rule pattern (warm_up), each through a spy that records how it was built, then
# checks each against the same source compiled afresh; prints the counts and an extract's JSON
_RUN = """
import json, sys
import reportnlp.re_cache as rc
built = []
kept_compile = rc.compile_kept
def spy(kind, key, source, build, flags):
    pattern = kept_compile(kind, key, source, build, flags)
    built.append((source, build, flags, pattern))
    return pattern
rc.compile_kept = spy
from reportnlp.api import extract_text, warm_up
warm_up()
differ = sum(pattern != rc.pattern_of(source, build() or rc.program_of(source, flags))
             for source, build, flags, pattern in built)
text = "一、基本情况\\n今年受理投诉120件，办结率98.5%。\\n二、下一步打算\\n年底前建成便民服务中心。"
print(json.dumps({"built": len(built), "differ": differ, "hits": rc.store().hits,
                  "result": extract_text(text, source="t").model_dump_json()}))
"""


@contextlib.contextmanager
def _kept_in(kept: re_cache.Store):
    """re_cache.store() answering ``kept`` within the block."""
    original = re_cache.store
    re_cache.store = lambda: kept
    try:
        yield
    finally:
        re_cache.store = original


def _run(cache_home: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONPATH": str(REPO)}
    env.pop("REPORTNLP_PATTERN_CACHE", None)
    out = subprocess.run([sys.executable, "-c", _RUN], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_patterns_read_back_equal_fresh_compiles(tmp_path):
    cold = _run(tmp_path)
    files = list((tmp_path / "reportnlp" / "patterns").glob("patterns-*.json"))
    assert len(files) == 1
    warm = _run(tmp_path)
    assert cold["built"] > 100 and cold["differ"] == 0
    # the second run reads every program, and first-character and gate analyses, back (the
    # first reads back only what two callers of one run compile alike)
    assert cold["hits"] < cold["built"] / 4
    assert warm["hits"] >= warm["built"] + cold["built"] / 2 and warm["differ"] == 0
    assert warm["result"] == cold["result"]

    # a file cut short by a killed run is ignored, and written whole again
    files[0].write_bytes(files[0].read_bytes()[:1000])
    again = _run(tmp_path)
    assert again["hits"] == cold["hits"] and again["differ"] == 0 and again["result"] == cold["result"]
    assert json.loads(files[0].read_bytes())


def test_a_rejected_program_compiles_afresh():
    kept = re_cache.Store(None)
    key = f"0\0{'[甲乙]+丙'}"
    bogus = re_cache._encode_program((32, [0xFFFF_FFFF, 7, 7], 0, {}, ()))
    kept.put("re", key, bogus)
    with _kept_in(kept):
        pattern = re_cache.compile("[甲乙]+丙")
    assert pattern == re.compile("[甲乙]+丙")
    assert pattern.search("甲乙乙丙丁").span() == (0, 4)


def test_programs_survive_the_file_format():
    for source, flags in [(r"(?P<year>\d{4})年(?:底|末)前", 0), (r"^[一二三四五六七八九十]+、", re.M), ("a|b(c)?", re.S)]:
        program = re_cache.program_of(source, int(flags))
        read = re_cache._decode_program(json.loads(json.dumps(re_cache._encode_program(program))))
        assert read == program
        assert re_cache.pattern_of(source, read) == re.compile(source, flags)


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    kept = re_cache.Store(blocked / "patterns-x.json")  # its directory is a file
    kept.put("lead", "k", [None])
    kept.save()
    assert kept.get("lead", "k") == [None]


def test_the_same_source_with_other_flags_is_another_program():
    with _kept_in(re_cache.Store(None)):
        plain = re_cache.compile("甲.乙")
        dotall = re_cache.compile("甲.乙", re.S)
    assert plain == re.compile("甲.乙") and dotall == re.compile("甲.乙", re.S)
    assert dotall.match("甲\n乙") and not plain.match("甲\n乙")


_WORDLIST_TEXT = """
from reportnlp.patterns import WordList
words = ["本网站", "本页资料", "上传用户", "所有资源", "来源于网络", "用户上传", "权益所有人", "上传人",
         "网友", "本网", "本文", "平台", "声明", "本站", "网站", "侵权", "版权", "删除", "免责", "收益"]
print(WordList(words)._pattern.pattern)
"""


def test_a_word_lists_pattern_text_is_the_same_in_every_run():
    # the pattern cache keys a pattern by its text: words of one length in a set's order (which
    # follows the hash seed) made a new key, a new compile and a rewritten cache file every run
    texts = {subprocess.run([sys.executable, "-c", _WORDLIST_TEXT], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed), "REPORTNLP_PATTERN_CACHE": "0"}).stdout
             for seed in (1, 2, 3, 4)}
    assert len(texts) == 1


# a run that compiles with re.compile itself: every call from our code, with its module and line
_UNKEPT = """
import json, re, sys
calls = []
compile_afresh = re.compile
def spy(source, flags=0):
    caller = sys._getframe(1)
    module = caller.f_globals.get("__name__", "")
    if isinstance(source, str) and module.startswith("reportnlp") and module != "reportnlp.re_cache":
        calls.append(f"{module}:{caller.f_lineno}")
    return compile_afresh(source, flags)
re.compile = spy
import reportnlp.cli, reportnlp.batch, reportnlp.compare, reportnlp.report_html
from reportnlp.api import extract_text, warm_up
warm_up()
extract_text(sys.argv[1], source="t")
print(json.dumps(calls))
"""


def test_a_start_compiles_no_rule_pattern_outside_the_cache():
    # re parses and compiles in Python: the ~180 fixed patterns of our modules, compiled with
    # re.compile, cost ~15% of a one-file `reportnlp extract` (callgrind) until they went through
    # re_cache.compile. A pattern a page's text makes may use re.compile; none of these does.
    page = ("某县农业农村局2024年工作总结\n发布时间:2024-12-30 浏览次数:312\n一、基本情况\n"
            "今年受理群众来件312件,办结率98.5%,满意率100%。\n二、存在问题\n个别村宣传不到位。\n"
            "三、下一步工作打算\n年底前完成高标准农田建设1.2万亩。\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "REPORTNLP_PATTERN_CACHE": "0"}
    out = subprocess.run([sys.executable, "-c", _UNKEPT, page], env=env, cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
