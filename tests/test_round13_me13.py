"""Round 13 (fresh check): a report's closing date written in figures ("2031-01-06", "2031.1.6") right
under its signature was taken for a post date and removed; the conventions keep a report's closing
signature and date as text. Post dates under headlines of a related list, or under a site's footer,
still go. And a forum board's name over a thread's toolbar (乡镇干部吧 over 只看楼主 收藏 回复), which
the line model only just took for chrome, is the forum's top bar by rule. All text made up."""
import json
from pathlib import Path

import pytest

from reportnlp import models_io
from reportnlp.api import extract_text
from reportnlp.stages.boilerplate import _dated_signature

MODELS = Path(__file__).resolve().parent.parent / "models"

BODY = ("乡镇安全生产年度工作总结\n\n"
        "2030年,柳岸乡坚持预防为主,全年开展隐患排查9轮,检查生产经营单位213家次,整改隐患87处。\n\n"
        "2031年,我乡将继续加大检查力度,年底前实现村级安全员全覆盖。\n\n")


def removed(page: str) -> list[str]:
    return [r.text.strip() for r in extract_text(page, source="t").removed]


@pytest.mark.parametrize("date", ["2031-01-06", "2031.1.6", "2031/01/06"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_closing_date_in_figures_under_signature_stays(date, gap):
    page = BODY + "柳岸乡人民政府" + gap + date + "\n"
    assert date not in removed(page)
    assert extract_text(page, source="t").documents[0].text.rstrip().endswith(date)


def test_post_dates_under_related_headlines_and_footer_still_go():
    page = (BODY + "柳岸乡人民政府\n2031-01-06\n\n相关文章\n村级安全生产工作总结\n2031-01-05\n"
            "企业安全生产自查报告\n2030-12-28\n版权所有:示例范文网\n2031-01-09\n")
    gone = removed(page)
    assert {"2031-01-05", "2030-12-28", "2031-01-09"} <= set(gone)
    assert "2031-01-06" not in gone


LINES = ["2030年,柳岸乡坚持预防为主,全年整改隐患87处。", "柳岸乡人民政府", "2031-01-06"]


def test_dated_signature_needs_a_kept_short_line_between_the_text_and_the_date():
    kept = [None, None, None]
    assert _dated_signature(LINES, kept, [False, False, True], 2, 0)
    assert _dated_signature(LINES[:2] + ["2031年1月6日"], kept, [False, False, True], 2, 0)  # in words too
    # the date right under the last sentence line: no signature between
    assert not _dated_signature(LINES[:1] + LINES[2:], [None, None], [False, True], 1, 0)
    # the line above leans to noise (a site's name), or a rule took it (a footer)
    assert not _dated_signature(LINES, kept, [False, True, True], 2, 0)
    assert not _dated_signature(LINES, [None, "copyright", None], [False, False, True], 2, 0)
    # a sentence above is no signature; a date in words or with a time is not this rule's
    assert not _dated_signature([LINES[0], "以上是本乡的总结。", LINES[2]], kept, [False, False, True], 2, 0)
    assert not _dated_signature(LINES[:2] + ["2031-01-06 10:22"], kept, [False, False, True], 2, 0)


# -- a forum board's name over a thread's toolbar (a tieba copy's top bar) -------------------------------

THREAD = ("只看楼主 收藏 回复\n\n"
          "深入开展助老服务，组织志愿者上门探访独居老人1260人次，为78户困难老人家庭安装烟感报警器。\n"
          "下半年打算\n一是9月底前完成青桐苑小区加装电梯4部；二是年底前实现小区出入口人脸识别全覆盖。\n")


def removed_keeping_short_lines(page: str) -> list[str]:
    """What boilerplate removes when the line model is sure every line is text (bias -6): the rules alone."""
    base = json.loads((MODELS / "boilerplate.json").read_text(encoding="utf-8"))
    model = models_io.LinearModel(classes=base["classes"], weights={}, bias=[-6.0],
                                  threshold=base["threshold"], max_len=base["max_len"])
    with models_io.using({"boilerplate.json": model}):
        return [r.text.strip() for r in extract_text(page, source="t").removed]


@pytest.mark.parametrize("board", ["乡镇干部吧", "青桐社区论坛", "基层工作交流社区"])
def test_board_name_over_a_thread_toolbar_goes(board):
    assert board in removed_keeping_short_lines(board + "\n" + THREAD)


def test_a_closing_exhortation_or_a_board_like_line_under_the_toolbar_stays():
    gone = removed_keeping_short_lines(THREAD + "同志们，让我们携手共进吧\n乡村振兴论坛\n")
    assert "同志们，让我们携手共进吧" not in gone and "乡村振兴论坛" not in gone
    # no toolbar on the page: a board-like line is left to the model
    assert "乡村振兴论坛" not in removed_keeping_short_lines("乡村振兴论坛\n" + THREAD.split("\n", 2)[2])
