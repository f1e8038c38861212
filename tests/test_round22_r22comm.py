"""Round 22, commitments and indicator names on real pages (r22comm): each class with a case it must catch and a
look-alike it must leave alone. Texts are written for these tests (invented units and figures)."""
from types import SimpleNamespace

import pytest
from page_text import commitments as _commitments, names as _names

from reportnlp.api import process
from reportnlp.stages import commitments


def _committed(text, opening):
    return any(t.startswith(opening) for t, _ in _commitments(text))


# -- indicator names: each class a case it must catch and a look-alike it must leave alone --------------------------

_ROWS = ("大类 | 序号 | 工作任务 | 牵头单位 |\n"
         "一、稳住就业基本盘 | 1 | 新增城镇就业岗位3200个。 | 市人社局 |\n"
         "2.农村供水项目 | 投资4600万元,改造供水管网35公里。 | 10月 | 水利局 |\n")


@pytest.mark.parametrize("text, expected", [
    # a table row flattened into one line: a name never crosses a cell's border
    (_ROWS, {3200: "新增城镇就业岗位", 4600: "投资"}),
    # ... and a value's cell with only a comparator is named by the cell before
    ("满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥92% | | |\n", {92: "参训学员满意度"}),
    # (prose without cells keeps its name)
    ("全县新增城镇就业岗位3200个,农村劳动力转移就业1.2万人。", {3200: "新增城镇就业岗位"}),
    # a bullet that a reflowed line kept ends the clause before it
    ("今年安排的重点工程\n■ 文化旅游类安排正式项目14项,重点建设景区道路■ 水利设施类安排正式项目9项\n",
     {14: "文化旅游类安排正式项目", 9: "水利设施类安排正式项目"}),
    # (a name without bullets keeps its words)
    ("全年建成农村文化礼堂26家,送戏下乡演出140场。", {26: "建成农村文化礼堂"}),
    # a flattened form: score columns, category labels, the target column's label and comparators are no part of a name
    ("产出指标数量指标救助发放人数≥860人 20 质量指标发放准确率=100% 20 20 时效指标按时发放率≥98% 15 合计55",
     {860: "救助发放人数", 100: "发放准确率", 98: "按时发放率"}),
    ("| 数量 | 林地巡护面积目标≥ | 5200亩 |\n受益林农满意度目标值≥90%", {90: "受益林农满意度"}),
    # (a name that opens with a category word it owns, and a category's own subtotal, stay)
    ("全年质量抽检合格率98.6%,数量统计差错1起。", {98.6: "质量抽检合格率"}),
    ("产出指标得分47分,效益指标得分28分。", {47: "产出指标得分"}),
    # a fronted object's 将 and a rate per person are no part of a name
    ("将城乡低保标准提高到每人每月760元,将重度残疾人护理补贴标准提高到每人每年3100元。",
     {760: "城乡低保标准", 3100: "重度残疾人护理补贴标准"}),
    # (将 in a word of its own stays)
    ("全市共有退役将士1260名。", {1260: "退役将士"}),
], ids=["cells", "comparator-cell", "prose", "bullets", "no-bullets", "form-columns", "target-column",
        "category-word", "category-subtotal", "fronted-object", "jiangshi"])
def test_indicator_names(text, expected):
    names = _names(text)
    for value, name in expected.items():
        assert names[value] == name


def test_a_per_person_month_is_the_units_and_opens_no_name():
    part = process("城镇补差水平提高到616元/人月、农村459元/人月。").parts[0]
    units = {m.data.value: m.data.unit for m in part.get("metrics")}
    names = {m.data.value: m.data.indicator for m in part.get("metrics")}
    assert units[459] == "元/人月"
    assert not names[459].startswith("月")


# -- a speech's ordinal directives are a list of commitments ------------------------------------------------------

_SPEECH = ("区长在领导干部大会上的讲话\n同志们:\n下面由我传达全市两个重要会议精神。\n一、市委、市政府重要会议精神\n"
           "会议总结了今年暑期工作。市委书记讲话主要精神:一要正确把握旅游形势新变化,真正把旅游工作作为牵动全局的核心工作。"
           "二要对标先进,强化举措,务实推进旅游立市各项工作。三要认真落实省委决策部署,打赢重点工程大会战。\n")


def test_ordinal_directives_of_a_speech_are_commitments():
    assert _committed(_SPEECH, "一要正确把握")
    assert _committed(_SPEECH, "二要对标先进")
    assert _committed(_SPEECH, "三要认真落实")


def test_ordinal_items_that_are_only_titles_are_left_to_the_classifier():
    text = "一是要确立鲜明导向。二是要力求简便易行。三要简化程序,减轻基层负担。"
    items = [SimpleNamespace(start=text.index(p), end=text.index(p) + len(p))
             for p in ("一是要确立鲜明导向。", "二是要力求简便易行。")]
    probs = [0.2, 0.2]
    commitments._ordinal_directives(text, items, probs, 0.5)
    assert probs == [0.2, 0.2]  # titles alone: the measures after them are the items'
    bodied = "一要简化程序,减轻负担。二要压实责任,按月通报。"
    items = [SimpleNamespace(start=bodied.index(p), end=bodied.index(p) + len(p))
             for p in ("一要简化程序,减轻负担。", "二要压实责任,按月通报。")]
    probs = [0.2, 0.2]
    commitments._ordinal_directives(bodied, items, probs, 0.5)
    assert probs == [0.5, 0.5]


def test_a_lone_ordinal_directive_is_no_list():
    lone = _SPEECH.replace("二要对标先进", "同时对标先进").replace("三要认真落实", "并认真落实")
    assert not _committed(lone, "一要正确把握")


def test_ordinals_inside_a_reviewed_clause_are_no_directives():
    text = ("县长在全县文旅工作会议上的讲话\n同志们:\n一、今年文旅工作成效明显\n"
            "去年群众反映最多的,一要修通景区断头路,二要解决山区饮水难,这两件事已经全部办结。\n")
    assert not _committed(text, "一要修通")
    assert not _committed(text, "二要解决")


# -- a review's 全年 dates no measure -------------------------------------------------------------------------------

def test_a_reviewed_whole_year_dates_no_measure():
    text = ("在全县经济运行分析会上的讲话\n今天召开全县经济运行分析会,主要目的是总结全年经济运行情况,部署下一步工作。"
            "下面,我强调几点意见。\n各乡镇要加大项目谋划力度,及时报送项目清单至县发改委。\n")
    dated = dict(_commitments(text))
    assert dated.get("各乡镇要加大项目谋划力度,及时报送项目清单至县发改委。") is None


def test_a_whole_year_ahead_still_dates_a_measure():
    text = "二〇二五年工作打算\n下一步,我局将全年组织安全检查不少于24次。\n"
    assert any(d == "全年" for _, d in _commitments(text))
