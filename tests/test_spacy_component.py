"""The spaCy component: span groups with the JSON's labels, values and exact offsets."""
from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

from reportnlp import extract_text  # noqa: E402

# boilerplate above and below the report: the cleaned document text no longer starts at 0,
# so spans are only right if the component maps through source offsets
TEXT = """\
范文网 > 工作总结 > 自查报告
某某县便民服务中心2023年度工作自查报告
一、基本情况
中心全年共受理群众诉求200件，办结190件，办结率98%。群众满意率100%。
二、主要做法
推行一窗受理，网上可办率达到100%，窗口服务实现零投诉。
三、存在问题
部分窗口人员业务不熟。
四、下一步工作打算
20xx年，我中心将继续深化改革，力争在年底前办结率达到99%以上。
温馨提示：本文档可编辑，下载后可自由修改
"""

GROUPS = {"sections": "label", "metrics": None, "commitments": None, "flags": "code"}
DEFAULT = {"metrics": "METRIC", "commitments": "COMMITMENT"}


@pytest.fixture(scope="module")
def doc():
    nlp = spacy.blank("zh")
    nlp.add_pipe("reportnlp")
    return nlp(TEXT)


@pytest.fixture(scope="module")
def expected():
    return extract_text(TEXT).model_dump()


def test_fixture_has_every_kind_of_span(expected):
    d = expected["documents"][0]
    assert d["text"] != TEXT and d["source_start"] > 0  # cleaning removed the header line
    assert d["sections"] and d["metrics"] and d["commitments"]
    assert {"PERFECT_RATE", "RATE_MISMATCH", "TEMPLATE_TEXT"} <= {f["code"] for f in d["flags"]}


@pytest.mark.parametrize("group", list(GROUPS))
def test_spans_match_json(doc, expected, group):
    items = [it for d in expected["documents"] if d["duplicate_of"] is None for it in d[group]
             if it["source_end"] > it["source_start"]]
    want = [(it["source_start"], it["source_end"], str(it[GROUPS[group]]) if GROUPS[group] else DEFAULT[group])
            for it in items]
    got = [(s.start_char, s.end_char, s.label_) for s in doc.spans[group]]
    assert got == want and got
    assert [{k: v for k, v in s._.rn.items() if k != "document"} for s in doc.spans[group]] == items


def test_span_text_is_the_claim_in_the_input(doc):
    rates = [s for s in doc.spans["metrics"] if s._.rn["indicator"].endswith("满意率")]
    # a metric span is the quantity; its indicator stands right before it in the input
    assert rates and rates[0].text == "100%" and rates[0]._.rn["value"] == 100
    assert doc.text[rates[0].start_char - 3:rates[0].start_char] == "满意率"
    mismatch = next(s for s in doc.spans["flags"] if s.label_ == "RATE_MISMATCH")
    assert "办结190件" in mismatch.text and mismatch._.rn["stated"] == 98


def test_doc_extension_holds_the_whole_result(doc, expected):
    assert doc._.reportnlp == expected


def test_empty_doc_does_not_raise():
    nlp = spacy.blank("zh")
    nlp.add_pipe("reportnlp")
    d = nlp("。。。")
    assert d._.reportnlp is None and list(d.spans["metrics"]) == []


def test_entry_point_and_no_spacy_on_cli_path():
    # a fresh interpreter: the factory is found through the installed entry point alone,
    # and neither the CLI nor a full extraction imports spaCy
    code = (
        "import sys, reportnlp.cli, reportnlp;"
        "reportnlp.extract_text('一、基本情况\\n群众满意率100%。');"
        "assert 'spacy' not in sys.modules, 'spacy imported';"
        "import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('reportnlp');"
        "print(len(nlp('群众满意率100%。').spans['metrics']))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "1"
