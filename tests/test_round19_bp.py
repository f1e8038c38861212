"""Round 19 (boilerplate speed): the fast paths give what the plain scans gave."""
import re

from reportnlp.stages import boilerplate
from reportnlp.stages.boilerplate import (_TRAILING_BAR, _decorated_page_title, _glued_meta_rows,
                                          _is_anchor, _rules, _trailing_bars)

BARRED_PAGE = ("区领导走访慰问困难群众 融媒体中心 |\n时间:2024-01-12 来源:融媒体中心 |\n"
               "序号 |\n单位 |\n1月12日,区领导一行走访慰问了辖区困难群众。 |\n"
               "一、基本情况 | 二、主要做法 |\n全年完成投资3.2亿元,同比增长12% ｜ \n"
               "a|\n短行 ｜\n\n县融媒体中心 |")


def _trailing_bars_every_line(text):
    """_trailing_bars as it was: the pattern tried at every line's start."""
    out = []
    for m in _TRAILING_BAR.finditer(text):
        if boilerplate.SENTENCE_MARK.search(m.group(1)):
            continue
        k = m.start() - 1
        while k >= 0 and text[k] in " \t　\n":
            k -= 1
        above = text[text.rfind("\n", 0, k + 1) + 1:k + 1] if k >= 0 else ""
        nxt = boilerplate._NEXT_LINE.match(text, m.end())
        if boilerplate._is_bar_cell(above) or (nxt is not None and boilerplate._is_bar_cell(nxt.group(1).rstrip())):
            continue
        out.append((m.end(1), m.end()))
    return out


def test_trailing_bars_at_line_end_bars_only():
    for text in (BARRED_PAGE, BARRED_PAGE.replace("\n", "\n\n"), "无竖线的一页。\n第二行", "|开头 |\n"):
        assert _trailing_bars(text) == _trailing_bars_every_line(text)
    assert _trailing_bars(BARRED_PAGE)  # the headline's bar goes


def _glued_meta_rows_every_colon(text):
    """The colons _glued_meta_rows reads, found as it did: every colon, then the character before it."""
    labels = _rules()["glued_meta_row"][0]
    ends = {w[-1] for w in labels}
    return sorted(k for k, ch in enumerate(text) if ch in ":：" and k and text[k - 1] in ends)


def test_glued_meta_row_colons():
    text = ("关于印发方案的通知 发布时间:2024-03-01 浏览次数:128 来源:县政府办\n"
            "注意::事项：一是;时间：：二是 作者:某某 字号:大 中 小")
    label_colon = _rules()["glued_meta_row"][1]
    assert [m.end() - 1 for m in label_colon.finditer(text)] == _glued_meta_rows_every_colon(text)
    assert _glued_meta_rows("县水利局2024年工作总结 发布时间:2024-03-01 浏览次数:128\n一、基本情况")


def test_decorated_title_each_title_once():
    """Each head line's title is made once and read under every line above it: the <title> line is found
    on the first head line or a later one, never against its own title or one above it."""
    decoration = _rules()["page_head"][7]
    title = "同样听述职报告,为何感觉大不同?"
    assert _decorated_page_title(f"四叶蜜语大结局:{title}\n【原创】 {title}\n正文第一段。\n尾", decoration) \
        == [(0, 25, "page_title")]
    # (the <title> line second, under a channel's name; the title right below it)
    assert _decorated_page_title(f"首页\n四叶蜜语大结局:{title}\n【原创】 {title}\n正文。\n尾", decoration) \
        == [(3, 28, "page_title")]
    # (the title above the decorated line is no title of it)
    assert _decorated_page_title(f"【原创】 {title}\n四叶蜜语大结局:{title}\n正文。\n尾", decoration) == []
    assert _decorated_page_title("短\n标题\n某某县2024年工作总结。\n尾", decoration) == []


def test_anchor_needs_a_sentence_mark():
    long_heading = "某某县人民政府办公室关于印发二〇二四年度全县重点工作任务分工方案的通知及其附件清单"
    assert not _is_anchor(long_heading)
    assert _is_anchor("2024年以来,我局认真贯彻落实上级部署,全年完成各项目标任务,群众满意度明显提升。")
    assert not _is_anchor(long_heading) and re.search(r"[。！？!?]", long_heading) is None
