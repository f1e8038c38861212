"""Round 19 (r19sd): the sections, documents and reflow stages' fast paths give what the plain ways give, on
real-looking lines and paragraphs of their own (all text made up)."""
import pytest

from reportnlp.structure import is_title_line, title_lines, undecorated

LINES = [
    "柳河县水务局2031年工作总结",
    "🎉✨柳河县水务局2031年工作总结✨🎉",
    "柳河县水务局2031年上半年工作总结及下半年工作打算📜",
    "📜" + "柳河县水务局关于进一步加强农村饮水安全工程建设管理工作情况的自查报告" * 2,
    "柳河县水务局关于进一步加强农村饮水安全工程建设管理工作情况的自查报告" * 2 + "✨",
    "今年以来,我局围绕中心工作,扎实推进各项任务,全年完成水利投资3.2亿元,同比增长8%,受理群众来件312件,办结率98.5%。",
    "一、主要工作完成情况",
    "第二板块:本学期学校工作总结",
    "各位代表:",
    "报告",
    "",
    " \t",
    "✨",
    "县人民政府2031年政府工作报告（摘要）",
    "x" * 61,
    "工作总结" * 15,
    "✨" + "工作总结" * 15,
    # longer than any title only by the emoji around it: a title
    "🎉" * 30 + "柳河县水务局2031年工作总结" + "✨" * 20,
    "柳河县水务局2031年工作总结" + "\u2600" * 50,
]


@pytest.mark.parametrize("line", LINES)
def test_title_lines_is_the_plain_test_of_each_line(line):
    assert title_lines([line]) == [is_title_line(undecorated(line))]


def test_title_lines_keeps_the_order_of_the_lines():
    assert title_lines(LINES) == [is_title_line(undecorated(q)) for q in LINES]
    assert any(title_lines(LINES)) and not all(title_lines(LINES))
