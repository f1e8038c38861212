"""HTML pages and code-wrapped reports unwrapped to text, offsets kept back to the raw file."""
import json

import pytest
from cpu_budget import growth
from hypothesis import given, settings, strategies as st

from reportnlp.api import extract_bytes
from reportnlp.batch import iter_items
from reportnlp.offsets import apply_edits
from reportnlp.stages.decode import decode
from reportnlp.stages.markup import _capped_depth, code_pieces, detect, html_pieces, to_edits, unwrap_markup

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>石桥镇2023年农村人居环境整治工作总结_石桥镇人民政府</title>
<style type="text/css">.menu li{float:left;padding:0 10px}</style>
<script type="text/javascript">
var _hmt = _hmt || []; if (a && b) { tip = "一、这段脚本里的字不该出现在正文"; }
</script>
</head>
<body>
<div class="top">欢迎访问石桥镇人民政府网站&nbsp;|&nbsp;<a href="/wza/">无障碍浏览</a></div>
<ul class="menu">
<li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul>
<!-- <p>一、旧版正文：全年改厕999户。</p> -->
<div class="article">
<h1>石桥镇2023年农村人居环境整治工作总结</h1>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2023年，我镇围绕&ldquo;干净、整洁、有序&rdquo;目标，扎实推进农村人居环境整治&#12290;</p>
<p>一、主要做法<br>（一）抓好农村改厕。全年完成户厕改造<strong>1,236</strong>户，改厕合格率达98.7&#37;。<br/>（二）推进垃圾分类。新建垃圾分类收集点45个，清理村内沟塘62处。</p>
<table border="1"><tr><th>项目</th><th>目标</th><th>完成</th></tr>
<tr><td>户厕改造（户）</td><td>1200</td><td>1236</td></tr></table>
<p>二、下一步打算<br>2024年底前完成剩余12个自然村的污水管网建设。</p>
</div>
<script>document.write("<p>访问统计</p>");</script>
<div class="footer">版权所有：石桥镇人民政府 &copy; 2023&nbsp;&nbsp;备案号：示ICP备00000000号</div>
</body>
</html>
"""

JSON_PAGE = json.dumps({
    "id": 3107,
    "title": "白沙街道2023年社区矫正工作总结",
    "source": "白沙街道司法所",
    "date": "2023-12-20",
    "content": "一、基本情况\n2023年，街道在册社区矫正对象38人，全年新接收21人，解除矫正19人，"
               "教育帮扶率达到100%。\n二、主要做法\n\t开展集中教育学习12次，组织公益活动26场，"
               "累计投入帮扶资金4.5万元，“一人一策”落实到位。",
}, ensure_ascii=True)


def unwrap(text: str, source: str = "<text>"):
    return unwrap_markup(decode(text, source))


def raw_slices(data: bytes, result) -> list[tuple[str, float, str]]:
    raw = data.decode("utf-8")
    return [(m.indicator, m.value, raw[m.source_start:m.source_end])
            for d in result.documents for m in d.metrics]


# -- detection ------------------------------------------------------------------------------------

def test_detect_kinds():
    assert detect(HTML_PAGE, "page.html") == "html"
    assert detect(HTML_PAGE) == "html"
    assert detect("<p>一、基本情况</p><p>全年完成任务。</p><br><div>二、问题</div>") == "html"
    assert detect(JSON_PAGE) == "code"
    assert detect('const body = "一、工作情况";\nlet x = 1;\n') == "code"
    assert detect("一、基本情况\n全年完成投资12亿元。\n", "report.txt") is None
    # a stray comparison or a lone tag does not make a report page HTML
    assert detect("二、指标\n满意度<95%的单位3个，整改率>90%。\n<br>\n其余正常。\n") is None


def test_plain_report_left_byte_identical():
    text = "石桥镇2023年工作总结\n一、基本情况\n全年完成投资12.5亿元，同比增长<8%。\n二、下一步打算\n"
    doc = unwrap(text, "report.txt")
    assert doc.text == text
    assert doc.chain.maps == []
    assert "markup" not in doc.meta
    report = extract_bytes(text.encode(), "report.txt").documents[0]
    assert report.title == "石桥镇2023年工作总结"
    assert report.text.startswith("一、基本情况\n全年完成投资12.5亿元，同比增长<8%。")


# -- HTML -----------------------------------------------------------------------------------------

def test_html_unwrapped_text():
    doc = unwrap(HTML_PAGE, "page.html")
    text = doc.text
    assert doc.meta["markup"] == "html"
    lines = text.split("\n")
    assert "网站首页 | 政务公开 | 办事服务 | 互动交流" in lines  # a menu list stays one line, as scraped
    assert "石桥镇2023年农村人居环境整治工作总结" in lines
    assert "一、主要做法" in lines
    assert "（一）抓好农村改厕。全年完成户厕改造1,236户，改厕合格率达98.7%。" in lines
    assert "（二）推进垃圾分类。新建垃圾分类收集点45个，清理村内沟塘62处。" in lines
    assert "项目 | 目标 | 完成" in lines
    assert "户厕改造（户） | 1200 | 1236" in lines
    assert "\u00a0" * 4 + "2023年，我镇围绕“干净、整洁、有序”目标，扎实推进农村人居环境整治。" in lines
    assert "版权所有：石桥镇人民政府 © 2023\u00a0\u00a0备案号：示ICP备00000000号" in lines
    # dropped: head, style, scripts, comments, tags
    for gone in ("_石桥镇人民政府", "float:left", "脚本", "旧版正文", "访问统计", "<", ">"):
        assert gone not in text


def test_html_every_character_maps_back():
    doc = unwrap(HTML_PAGE, "page.html")
    entities = {"\u00a0": "&nbsp;", "“": "&ldquo;", "”": "&rdquo;", "。": "&#12290;", "%": "&#37;", "©": "&copy;"}
    for i, ch in enumerate(doc.text):
        s, e = doc.to_source(i, i + 1)
        if ch in " |\n":
            continue  # separators stand for the markup between two texts
        if HTML_PAGE[s:e] != ch:
            assert HTML_PAGE[s:e] == entities[ch], (i, ch, HTML_PAGE[s:e])


def test_html_metrics_keep_numbers_and_source_offsets():
    data = HTML_PAGE.encode("utf-8")
    result = extract_bytes(data, source="page.html")
    got = raw_slices(data, result)
    values = {(ind, v) for ind, v, _ in got}
    assert any(v == 1236 for _, v in values)
    assert any(v == 98.7 for _, v in values)
    assert any(v == 45 for _, v in values)
    for ind, v, raw in got:
        digits = str(int(v)) if v == int(v) else str(v)
        assert digits in raw.replace(",", ""), (ind, v, raw)
    by_value = {v: raw for _, v, raw in reversed(got)}  # each value's first mention
    assert by_value[1236].startswith("1,236</strong>户")
    assert by_value[98.7] == "98.7&#37;"
    # the table's cells under their label's unit ("户厕改造（户）"), each mapped back to its own <td>
    cells = [(ind, v, raw) for ind, v, raw in got if raw in ("1200", "1236")]
    assert cells == [("户厕改造", 1200, "1200"), ("户厕改造", 1236, "1236")]
    # the menu, the scripts and the comment never reach a report
    for d in result.documents:
        assert "脚本" not in d.text and "999" not in d.text


def test_html_fragment_and_escaped_markup():
    text = ("<p>&lt;p&gt;一、基本情况&lt;/p&gt;&lt;p&gt;全年完成培训&lt;b&gt;320&lt;/b&gt;人次。&lt;/p&gt;"
            "&lt;p&gt;二、存在问题&lt;/p&gt;</p>")
    doc = unwrap(text, "x.html")
    assert doc.text == "一、基本情况\n全年完成培训320人次。\n二、存在问题"
    i = doc.text.index("320")
    s, e = doc.to_source(i, i + 3)
    assert text[s:e] == "320"


def test_html_pre_keeps_lines_and_br_runs():
    doc = unwrap("<html><body><pre>一、情况\n  全年完成5项。</pre><p>甲<br><br>乙</p></body></html>")
    assert doc.text == "一、情况\n  全年完成5项。\n甲\n\n乙"


def test_crlf_pages_break_lines_as_lf_pages_do():
    page = "<div>\n<p>一、情况\n    全年完成5项。</p>\n<p>二、问题</p>\n</div>"
    assert unwrap(page, "a.html").text == unwrap(page.replace("\n", "\r\n"), "a.html").text == (
        "一、情况\n全年完成5项。\n二、问题")


def test_shell_page_with_report_in_a_script():
    page = ('<html><head><script>var article = {title: "河口镇2023年防汛工作总结", content: "<p>一、基本情况</p>'
            '<p>全年共巡查河道堤防326公里，转移群众1,208人，未发生人员伤亡。</p>"};</script></head>'
            '<body><div id="app"></div></body></html>')
    doc = unwrap(page, "a.html")
    assert doc.text == "河口镇2023年防汛工作总结\n\n一、基本情况\n全年共巡查河道堤防326公里，转移群众1,208人，未发生人员伤亡。"
    i = doc.text.index("1,208")
    s, e = doc.to_source(i, i + 5)
    assert page[s:e] == "1,208"


def _flat_html(rows: int) -> str:
    row = ('<p style="text-indent:2em">&nbsp;&nbsp;全年共开展专项检查<b>{n}</b>次，'
           '发现问题{m}个，整改率达&#57;8%。<a href="/x?a=1&amp;b=2">详情</a></p><br><!-- x -->')
    return "<html><body><div>" + "".join(row.format(n=n, m=n % 97) for n in range(rows)) + "</div></body></html>"


def assert_linear(work, size: int) -> None:
    """``work(4 * size)`` costs about four times ``work(size)`` in CPU time, not sixteen (quadratic)
    or more; CPU time, unlike wall time, does not stretch when the host is loaded."""
    small, large = growth(work, size)
    # the constant absorbs timer noise on runs of a few milliseconds
    assert large < 8 * small + 0.05, f"{size}: {small:.3f} s CPU, {4 * size}: {large:.3f} s CPU"


def test_single_line_200k_html_is_linear():
    rows = 1600  # ~200,000 characters
    page = _flat_html(rows)
    assert "\n" not in page and len(page) > 200_000
    assert_linear(lambda k: unwrap(_flat_html(k)), rows // 4)
    doc = unwrap(page, "long.html")
    assert doc.text.count("全年共开展专项检查") == rows
    i = doc.text.rindex("整改率达98%")
    s, e = doc.to_source(i + 4, i + 7)
    assert page[s:e] == "&#57;8%"


@pytest.mark.parametrize("build, k", [
    (lambda k: "<p>" + "&" * k + "<" * k + "一" * k, 60_000),
    (lambda k: "<div>" + "<!--" + "一二三" * k, 50_000),
    (lambda k: "<div>" + "<b>一</b>" * k + "<table>" + "<tr>二三<td>四</td>" * k, 20_000),
    (lambda k: "<div><table>" + "<tr><td>四</td>二三" * k, 20_000),
    (lambda k: "<div><table>" + "二三<tr><td>四</td></tr>" * k, 20_000),
    (lambda k: "<p>" + "<p title='一二三'>一二三</p>" * k, 30_000),
    (lambda k: "<div>一二三" * k, 20_000),
    (lambda k: "<font color=red>一" * k + "<div>二三</div>" * k, 20_000),
], ids=["ampersands", "open-comment", "unclosed-table", "text-after-cell", "text-in-table", "nested-p",
        "unclosed-divs", "unclosed-inline-then-blocks"])
def test_adversarial_html_stays_linear(build, k):
    assert_linear(lambda n: html_pieces(build(n)), k // 4)
    page = build(k)
    check_pieces(page, html_pieces(page))


def test_text_outside_cells_stays_in_reading_order_and_located():
    # a parser moves such text before the table, merged into one unlocated run ("二三六")
    page = "<p>前言</p><table><tr>二三<td>四</td></tr><tr><td>五</td>六<td>七</td></tr></table><p>后记</p>"
    doc = unwrap(page, "a.html")
    assert doc.text.split("\n") == ["前言", "二三 | 四", "五 | 六 | 七", "后记"]
    i = doc.text.index("六")
    s, e = doc.to_source(i, i + 1)
    assert page[s:e] == "六"


def test_table_whitespace_and_cells_untouched():
    page = "<table><tr><td>全年办件</td> <td>1200件</td>\n</tr>\n<tr><td>满意率</td><td>99%</td></tr></table>"
    assert unwrap(page, "a.html").text.split("\n") == ["全年办件 | 1200件", "满意率 | 99%"]


@pytest.mark.parametrize("unit", [
    '<p>{/* 旧版 { 保留 */}全年办件1200件</p>;\n',  # a brace inside a JSX comment
    "const a = <p>{x.match(/[{]/)}全年办件1200件</p>;\n",  # a regex literal with a brace
    "(<a {",  # islands that never close
])
def test_adversarial_jsx_stays_linear(unit):
    # a failed island must not let every later one scan to the end of the file again
    # (these took 10-46 s for 150-300 KB before)
    assert_linear(lambda k: code_pieces(unit * k), 50_000 // len(unit))


def test_nested_lists_are_no_menus_and_stay_linear():
    def page(k):
        nested = "".join(f"<li><a>项目{i}</a><ul>" for i in range(k)) + "</ul></li>" * k
        return f"<html><body><ul>{nested}</ul></body></html>"

    assert_linear(lambda k: html_pieces(page(k)), 750)
    assert "项目2999" in "".join(p[0] for p in html_pieces(page(3000)))


def test_blocks_below_the_depth_limit_still_break_lines():
    # 600 unclosed divs: the parser would nest them all; the deepest ones parse as line breaks
    page = "<html><body>" + "".join(f"<div>第{i}项" for i in range(600)) + "</body></html>"
    lines = unwrap(page, "a.html").text.split("\n")
    assert [line for line in lines if line] == [f"第{i}项" for i in range(600)]
    i = unwrap(page, "a.html").text.index("第599项")
    s, e = unwrap(page, "a.html").to_source(i, i + 5)
    assert page[s:e] == "第599项"


@pytest.mark.parametrize("tag", ["p", "li", "td", "dd"])
def test_flat_pages_of_unclosed_siblings_are_not_capped(tag):
    # each such start tag closes the previous one: a long flat page, not a deep one
    page = "<table><tr>" if tag == "td" else "<ul>" if tag == "li" else "<dl>" if tag == "dd" else ""
    page += "".join(f"<{tag}><b>第{i}项</b>" for i in range(1200))
    assert _capped_depth(page) == page


# -- code -----------------------------------------------------------------------------------------

def test_json_content_unescaped():
    doc = unwrap(JSON_PAGE)
    assert doc.meta["markup"] == "code"
    assert doc.text == (
        "白沙街道2023年社区矫正工作总结\n\n"
        "一、基本情况\n2023年，街道在册社区矫正对象38人，全年新接收21人，解除矫正19人，教育帮扶率达到100%。\n"
        "二、主要做法\n\t开展集中教育学习12次，组织公益活动26场，累计投入帮扶资金4.5万元，“一人一策”落实到位。")
    assert "白沙街道司法所" not in doc.text  # a short value that is neither a title nor a heading


def test_json_metrics_point_at_escaped_source():
    data = JSON_PAGE.encode("ascii")
    result = extract_bytes(data, source="item.json")
    got = raw_slices(data, result)
    by_value = {v: raw for _, v, raw in got}
    assert by_value[38] == "38\\u4eba"  # 38人
    assert by_value[4.5] == "4.5\\u4e07\\u5143"  # 4.5万元
    assert by_value[100] == "100%"
    assert {21, 19, 12, 26} <= set(by_value)


def test_json_lines_html_values_and_surrogates():
    lines = [
        {"title": "第一篇", "body": "<p>一、完成情况</p><p>全年新增就业岗位1,520个，城镇登记失业率控制在3.2%以内。</p>"},
        {"title": "第二篇", "body": "三、存在的问题：部分项目推进缓慢，资金到位率仅为76%。\ud83d\ude00"},
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=True) for x in lines) + "\n"
    doc = unwrap(text)
    # titles are kept (short, but under a title key); each literal is a block
    assert doc.text == ("第一篇\n\n一、完成情况\n全年新增就业岗位1,520个，城镇登记失业率控制在3.2%以内。\n\n"
                        "第二篇\n\n三、存在的问题：部分项目推进缓慢，资金到位率仅为76%。\U0001F600")
    i = doc.text.index("\U0001F600")
    s, e = doc.to_source(i, i + 1)
    assert text[s:e] == "\\ud83d\\ude00"
    assert "<" not in doc.text


def test_js_string_literals_and_jsx():
    js = ('// 页面数据\nvar config = {api: "/api/list", msg: "请输入关键字"};\n'
          'const body = "一、工作开展情况\\n今年以来，全镇共调处矛盾纠纷156件，调处成功率达到97.4%，\\\n'
          '化解信访积案8件。";\n'
          "el.innerHTML = '<p>二、下一步工作打算</p><p>（一）确保2024年底前积案全部清零，群众满意率稳定在95%以上。</p>';\n")
    doc = unwrap(js, "data.js")
    assert doc.text == ("一、工作开展情况\n今年以来，全镇共调处矛盾纠纷156件，调处成功率达到97.4%，化解信访积案8件。\n\n"
                        "二、下一步工作打算\n（一）确保2024年底前积案全部清零，群众满意率稳定在95%以上。")
    jsx = ('import React from "react";\nexport default function Report() {\n  const n = 3;\n  return (\n'
           '    <div className="article">\n      <h1>柳岸街道2023年平安建设工作总结</h1>\n'
           '      <p>全年组织巡逻<strong>1,520</strong>人次，发放资料{n}份，&nbsp;群众满意度达96.3%。</p>\n'
           '      <p onClick={() => go(x > 1)}>{"（一）坚持党建引领，推动基层治理。"}</p>\n'
           '    </div>\n  );\n}\n')
    doc = unwrap(jsx, "Report.jsx")
    assert doc.text == ("柳岸街道2023年平安建设工作总结\n全年组织巡逻1,520人次，发放资料份，\u00a0群众满意度达96.3%。\n"
                        "（一）坚持党建引领，推动基层治理。")
    i = doc.text.index("1,520")
    s, e = doc.to_source(i, i + 5)
    assert jsx[s:e] == "1,520"


def test_js_concatenated_lines_and_titles():
    js = """const data = {
  channel: '工作总结',
  list: [{
    title: '渔港镇2023年度河长制工作总结',
    source: '渔港镇河长办',
    content:
      '各位领导：\\n' +
      '2023年，全镇共巡河1,260次，清理河道垃圾380吨，整改问题46个。\\n' +
      '报告人：林海\\n' +
      '2023年12月28日'
  }],
  related: [{ title: '渔港镇召开河长制工作推进会' }]
};
"""
    doc = unwrap(js, "news.js")
    assert doc.text == ("渔港镇2023年度河长制工作总结\n\n各位领导：\n2023年，全镇共巡河1,260次，清理河道垃圾380吨，"
                        "整改问题46个。\n报告人：林海\n2023年12月28日")
    i = doc.text.index("林海")
    s, e = doc.to_source(i, i + 2)
    assert js[s:e] == "林海"


def test_markup_escaped_twice_is_decoded():
    page = "<html><body><p>围绕&amp;ldquo;安全第一&amp;rdquo;方针，全年检查&amp;nbsp;52次。</p></body></html>"
    doc = unwrap(page, "a.html")
    assert doc.text == "围绕“安全第一”方针，全年检查\u00a052次。"
    i = doc.text.index("“")
    s, e = doc.to_source(i, i + 1)
    assert page[s:e] == "&amp;ldquo;"


def test_code_without_report_text_left_alone():
    text = '{"code": 0, "data": {"total": 30, "items": [1, 2, 3]}, "msg": "成功"}'
    doc = unwrap(text)
    assert doc.text == text
    # prose that only looks like JSON at its start: most of its text lies outside quotes
    prose = ('[转载]关于"十四五"规划中期评估的情况报告\n"规划目标": 总体进展顺利，全县地区生产总值年均增长6.8%，'
             '城镇新增就业2.1万人，各项指标完成情况总体符合预期，其中约束性指标全部完成。\n')
    assert detect(prose) == "code"
    assert unwrap(prose).text == prose


# -- offsets hold on anything ---------------------------------------------------------------------

def check_pieces(raw, pieces):
    out = "".join(p[0] for p in pieces)
    new, _ = apply_edits(raw, to_edits(raw, pieces))
    assert new == out
    for text, s, e, copy in pieces:
        if copy:
            assert raw[s:e] == text


_MARKUP = st.text(alphabet=list("<>/!-&;#x\"'=\\n{}() \n\tpbrdivscript一二三，。%0123456789u"), max_size=300)


@settings(max_examples=150, deadline=None)
@given(_MARKUP)
def test_pieces_always_spell_the_output(raw):
    check_pieces(raw, html_pieces(raw))
    check_pieces(raw, code_pieces(raw))


# -- batch ----------------------------------------------------------------------------------------

def test_batch_directory_includes_html(tmp_path):
    (tmp_path / "a.txt").write_text("一、基本情况\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "c.htm").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "d.png").write_bytes(b"\x89PNG")
    names = sorted(item["path"].rsplit("/", 1)[-1] for item in iter_items([str(tmp_path)]))
    assert names == ["a.txt", "b.html", "c.htm"]
