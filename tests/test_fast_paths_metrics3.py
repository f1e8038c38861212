"""Shortcuts taken for speed in the metrics stage give what the plain way gives (round 3).

Each test runs the shortcut and a plain version written out here on report-like and random text,
so a shortcut that starts to change a result fails here instead of silently."""
from __future__ import annotations

import pytest
from randtext import random_texts

from reportnlp import indicators

# ---- canonical names: places tried in order of rank, not every piece scored --------------------


def _canonical_plain(indicator: str, kind: str, unit: str = "", base_unit: str = "") -> str | None:
    """Every piece of the name scored (whole name, lead verb, head, start, inside; length; row),
    the best kept: what indicators.canonical ranks, without its early exits."""
    name = "".join(indicators._BRACKETED.sub("", indicator or "").split())
    if not name or kind in ("", "other"):
        return None
    entries, terms, _tries = indicators._vocab()
    if kind not in terms:
        return None
    cfg = indicators._cfg()
    lead = cfg["lead_verbs"]
    best, best_score = None, None
    # (round 31) the best piece of each place: a head that only names the measure (generic_heads) yields to a
    # start or an inside term of generic_yield_min characters; a rate with no head, whole or start is a share when
    # share_infix stands inside it
    by_pos: dict[int, tuple] = {}
    n = len(name)
    for i in range(n):
        for j in range(i + 1, n + 1):
            rows = terms[kind].get(name[i:j])
            if not rows:
                continue
            t_len = j - i
            pos = 4 if (i == 0 and j == n) else 3 if j == n else (2 if i == 0 else 1) if t_len >= 2 else 0
            if not pos:
                continue
            verb = 1 if i == 0 and name[:j] in lead else 0
            for k, units in rows:
                if units is None or unit in units or base_unit in units:
                    score = (pos == 4, verb, pos, t_len, -k)
                    if best_score is None or score > best_score:
                        best, best_score = k, score
                    if pos not in by_pos or (t_len, -k) > by_pos[pos][1]:
                        by_pos[pos] = (k, (t_len, -k), i)
                    break
    if best is None:
        return cfg["share_canonical"] if kind == "rate" and cfg["share_infix"] in name[2:] else None
    if best_score[0] or best_score[1]:
        return entries[best][0]  # the whole name, a lead verb
    head = by_pos.get(3)
    if head is not None and name[head[2]:] not in cfg["generic_heads"]:
        return entries[head[0]][0]
    start = by_pos.get(2)
    if start is not None and (head is None or start[1][0] >= cfg["generic_yield_min"]):
        return entries[start[0]][0]
    if head is None and kind == "rate" and cfg["share_infix"] in name[2:]:
        return cfg["share_canonical"]
    inside = by_pos.get(1)
    if head is not None and (inside is None or inside[1][0] < cfg["generic_yield_min"]):
        return entries[head[0]][0]
    return entries[inside[0]][0] if inside is not None else None


REPORT_NAMES = [
    ("受理行政许可(审批)事项", "count", "件", "件"), ("办结率", "rate", "%", "%"), ("群众满意率", "rate", "%", "%"),
    ("受理群众来信", "count", "件", "件"), ("办结", "count", "件", "件"), ("培训人员", "count", "人次", "人次"),
    ("全年完成固定资产投资", "money", "亿元", "元"), ("新增就业岗位", "count", "个", "个"),
    ("政务服务事项网上可办率", "rate", "%", "%"), ("接待来访群众", "count", "人次", "人次"),
    ("行政审批事项", "count", "项", "项"), ("“一网通办”事项", "count", "项", "项"), ("事项", "count", "项", "项"),
    ("完成", "count", "件", "件"), ("", "count", "件", "件"), ("办件量", "other", "", ""),
]


def _vocabulary_alphabet() -> str:
    """The characters of the vocabulary's terms (random names then hold terms at every place)."""
    _entries, terms, _tries = indicators._vocab()
    chars = sorted({ch for of_kind in terms.values() for t in of_kind for ch in t})
    return "".join(chars[::7]) + "受理办结率事项件人次满意(（）)“” "


def _random_names():
    alphabet = _vocabulary_alphabet()
    kinds = [("count", "件", "件"), ("count", "人", "人"), ("rate", "%", "%"), ("money", "万元", "元"),
             ("duration", "个工作日", "工作日"), ("count", "", "")]
    names = random_texts(1500, alphabet, 31, shortest=1, longest=14)
    return [(name, *kinds[i % len(kinds)]) for i, name in enumerate(names)]


def _names_of_terms():
    """Names made of vocabulary terms glued together, so every rank (whole, verb, head, start,
    inside) wins somewhere."""
    _entries, terms, _tries = indicators._vocab()
    out = []
    for kind, unit in (("count", "件"), ("rate", "%"), ("count", "人次")):
        words = sorted(terms.get(kind, {}))[::5]
        for i, w in enumerate(words):
            out.append((w, kind, unit, unit))
            out.append(("全年" + w + words[(i * 7) % len(words)][-2:], kind, unit, unit))
            out.append((words[(i * 3) % len(words)][:2] + w + "情况", kind, unit, unit))
            out.append(("受理" + w, kind, unit, unit))
    return out


@pytest.mark.parametrize("args", REPORT_NAMES + _random_names() + _names_of_terms())
def test_canonical_by_rank_is_the_best_scored_piece(args):
    assert indicators.canonical.__wrapped__(*args) == _canonical_plain(*args)


# ---- the left-window strip runs with re: it strips what regex's reading strips ------------------

LEFT_WINDOWS = ["其中全年共", "2023年1-6月份全市", "截至12月底,我局", "共青团员", "今年以来累计", "我县和", "的",
                "全区上半年", "目前现有", "２０２３年度", "截止目前已有"]
LEFT_ALPHABET = "其中另外同时此外共有计合总累并及和全年区市县镇乡我局今以来去上下半前三季度目现已截至止月底末份的,，、-—~" + "0123456789２０"


@pytest.mark.parametrize("left", LEFT_WINDOWS + random_texts(600, LEFT_ALPHABET, 17, shortest=1, longest=24))
def test_strip_left_with_re_strips_what_regex_strips(left):
    import regex

    from reportnlp.stages import metrics

    pattern = metrics._cfg()["strip_left"]
    assert pattern.compiled.__class__.__module__ == "re"
    plain = regex.compile(pattern._source[0]).match(left)
    fast = pattern.match(left)
    assert (fast and fast.end()) == (plain and plain.end())


# ---- a left window known not to open without tagging it -----------------------------------------

LEFT_OPEN_WINDOWS = ["设立了", "共有", "新建了着", "活跃着", "拥有 了", "对全县", "邀请村干部", "开展", "建", "了了", "过",
                     "全年共设立", "累计培训", "其中的", "A和", "主要包括", "设立了服务", "配备了 ", "现有工作人员"]


def _left_open_alphabet() -> str:
    verbs = "".join(sorted(indicators._cfg()["setup_verbs"]))
    return verbs + "了着过的、和及与等对将把 " + "开展培训服务窗口人员全年共累计"


@pytest.mark.parametrize("left", LEFT_OPEN_WINDOWS + random_texts(1500, _left_open_alphabet(), 37, shortest=0, longest=10))
def test_left_windows_ruled_out_without_tagging_never_end_open(left):
    if not indicators._may_end_open(left):
        assert indicators.left_ends_open.__wrapped__(left) not in ("empty", "setup", "de", "sep")


REPORT_CLAUSES = ["全年共设立了服务窗口21个对外办公", "邀请村(社区)干部30余人参加了测评会议", "新建了便民服务站8个,培训人员300人次",
                  "对全县43个具有行政审批职能的部门进行清理", "现有工作人员12名负责窗口", "承接下沉街道132项审批服务事项",
                  "活跃着志愿服务队伍15支", "共有3人参加培训", "配备了 5名专职人员"]


@pytest.mark.parametrize("text", REPORT_CLAUSES + random_texts(300, _left_open_alphabet() + "0123456789个名项人支", 41, 6, 30))
def test_choose_with_the_untagged_check_names_as_without(text, monkeypatch):
    from reportnlp.quantities import quantity_readings

    for q in quantity_readings(text):
        raw = text[max(0, q.start - 12):q.start]
        args = (raw, raw, q.start - len(raw), text, q.end, min(len(text), q.end + 16), q.unit, q.unit_kind)
        fast = indicators.choose(*args)
        with monkeypatch.context() as m:
            m.setattr(indicators, "_may_end_open", lambda left: True)
            assert indicators.choose(*args) == fast
