"""The audit rules. Each docstring is the user documentation of its code."""
from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from operator import attrgetter

import regex

from .. import families, re_cache
from ..document import Document
from ..patterns import compile_pattern, finditer
from . import check, flag, mismatch_confidence, settings, wording
from .changes import change_mismatches


@functools.cache
def _re(key: str) -> regex.Pattern:
    pat = settings()[key]
    # a list holds one alternative per class of phrasing. Each runs once per metric or over a whole
    # report (many_calls): re's cheaper calls and its scan for a match's first characters (the
    # claims over a report: 3x as fast) pay back its slower compile of a Han class
    return compile_pattern("|".join(f"(?:{p})" for p in pat) if isinstance(pat, list) else pat, many_calls=True)


# fixed patterns used in loops over every metric, compiled once (the wording they read around figures is
# checks.yml's, through wording())
_CLAUSE_END = re_cache.compile(r"[,，。；;\n]")
_START = attrgetter("start")  # metrics are sorted by start: bisect them directly
_CLAUSE_MARK = re_cache.compile(r"[,，；;]")
_STOP = re_cache.compile(r"[。；;]")
_SEMI = re_cache.compile(r"[；;]")
_COLON = re_cache.compile(r"[:：]")
_SENT_STOP = re_cache.compile(r"[。\n]")


def _between(doc: Document, lo: int, hi: int):
    """Metrics starting in [lo, hi), via bisect over their sorted starts."""
    metrics = doc.get("metrics")
    return metrics[bisect_left(metrics, lo, key=_START):bisect_left(metrics, hi, key=_START)]


def _window(doc: Document, start: int, end: int, before: int = 30) -> tuple[int, int]:
    """Evidence span: the claim with up to ``before`` chars of its clause before it."""
    text = doc.text
    lo = max(0, start - before)
    cut = max(text.rfind(ch, lo, start) for ch in "。；;\n")
    return (cut + 1 if cut >= 0 else lo), end


def _rounding_tolerance(decimals: int) -> float:
    # a printed value with d decimals may be rounded or truncated: allow one unit in the last place
    return 10.0 ** (-decimals) * 1.0001


def _promised(doc: Document, m) -> bool:
    """Whether a metric lies inside a commitment of a plans section ("下一步…年内培训轮训率达到100%"):
    a plan, not a claim. Elsewhere a commitment may be a claim misread, so it does not count."""
    commitments = doc.get("commitments")
    k = bisect_right(commitments, m.start, key=_START) - 1
    return k >= 0 and m.end <= commitments[k].end and commitments[k].data.section == "下一步"


@check("PERFECT_RATE")
def perfect_rate(doc: Document):
    """A self-reported rate or share of exactly 100% (one flag per metric; plans, targets and scoring
    criteria such as "…达到100%得5分" excluded)."""
    for m in doc.get("metrics"):
        a = m.data
        if (a.base_unit == "%" and a.value == 100 and not a.target and not a.direction
                and not a.qualifier  # 超过100%, 100%以上, 近100%: a bound or an estimate, not exactly 100%
                and not _criteria(doc.text, m) and not _promised(doc, m)):
            s, e = _window(doc, m.data.indicator_start, m.end)
            yield flag(doc, "PERFECT_RATE", s, e, f"{a.indicator or 'rate'} reported as exactly 100%",
                       stated=100.0)


@check("FULL_SELF_SCORE")
def full_self_score(doc: Document):
    """A self-assessed score equal to the maximum it could reach."""
    for sc in doc.get("scores"):
        a = sc.data
        if a.self_score is not None and a.max_score is not None and a.self_score == a.max_score:
            s, e = _window(doc, sc.start, sc.end, before=len(a.item or "") + 4)
            yield flag(doc, "FULL_SELF_SCORE", s, e, f"{a.item}: self score {a.self_score:g} = maximum",
                       stated=a.self_score, computed=a.max_score)


@check("SCORE_OVER_MAX")
def score_over_max(doc: Document):
    """A score above its stated maximum, or a total above the usual 100-point scale."""
    usual = settings()["usual_max_score"]
    total_label = _re("total_score_label")
    for sc in doc.get("scores"):
        a = sc.data
        got = a.self_score if a.self_score is not None else a.assessed_score
        if got is None:
            continue
        if a.max_score is not None:
            if got > a.max_score:
                yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                           f"{a.item}: score {got:g} exceeds its maximum {a.max_score:g}",
                           stated=got, computed=a.max_score)
        elif got > usual and total_label.search(doc.text[sc.start:sc.end]):
            yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                       f"total score {got:g} exceeds the usual {usual}-point scale", stated=got, computed=usual)


@check("ZERO_COMPLAINT")
def zero_complaint(doc: Document):
    """A claim of no complaints, no overdue items or no violations at all (one flag per claim)."""
    text = doc.text
    goal = _re("zero_claim_goal")
    spans: list[list[int]] = []
    admitted = _re("zero_claim_admitted")
    ahead = _re("zero_claim_promise_deadline")
    # a claim inside a commitment is a promise, not a record ("年内…比例达到30%以上,抽查结果全部在12个工作日内公示")
    # (one with a time ahead: "全年未发生…" read as a commitment is the year's record, and a cue word may be an
    # attributive one, "对拟公开的政府信息进行审查,没有未经审查…")
    promised = sorted((c.start, c.end) for c in doc.get("commitments")
                      if c.data.deadline and ahead.search(c.data.deadline))
    promised_starts = [a for a, _ in promised]
    goal_until = zero_count_end = -1
    for m in finditer(_re("zero_claim"), text):
        if spans and m.start() < spans[-1][1]:
            continue  # "无一人脱管漏管、无一人重新犯罪": the clause already holds a claim
        if m.start() < goal_until:
            continue  # "目标是“零投诉、零差错、零延误”": the list's later items are the same aim
        if goal.search(text[max(0, m.start() - 12): m.start()]):
            end = _CLAUSE_END.search(text, m.end(), m.end() + 40)
            goal_until = end.start() if end else m.end()
            continue
        k = bisect_right(promised_starts, m.start()) - 1
        if k >= 0 and m.start() < promised[k][1]:
            continue
        sent_lo = max(text.rfind(ch, max(0, m.start() - 40), m.start()) for ch in "。；;\n") + 1
        if admitted.search(text, max(sent_lo, m.start() - 30), m.start()):
            continue
        end = _CLAUSE_END.search(text[m.end(): m.end() + 40])
        e = m.end() + (end.start() if end else 0)
        if spans and zero_count_end == spans[-1][1] and m.start() == zero_count_end + 1:
            spans[-1][1] = e  # "孕产妇死亡0例,未发生医疗责任事故": a zero count runs on into the next claim
        else:
            s, _ = _window(doc, m.start(), m.end(), before=12)
            spans.append([max(s, spans[-1][1] + 1) if spans else s, e])
        zero_count_end = e if wording().zero_count_end.search(m.group()) else -1
    for s, e in spans:
        yield flag(doc, "ZERO_COMPLAINT", s, e, "claims zero complaints / overdue items / violations")


@check("TEMPLATE_TEXT")
def template_text(doc: Document):
    """Placeholders left from a template (20xx, xx县, **市, 〔〕): one flag per report, at the first."""
    phs = doc.get("placeholders")
    if not phs:
        title = doc.meta.get("title") or ""
        found = _title_placeholder(title)
        if found:  # "县林业局200X年工作总结" printed as the title, the body clean
            yield flag(doc, "TEMPLATE_TEXT", 0, 0, f"template placeholder left in the title ({found})",
                       evidence=title)
        return
    ph = phs[0]
    text = doc.text
    par_start = text.rfind("\n", 0, ph.start) + 1
    par_end = text.find("\n", ph.end)
    par_end = len(text) if par_end < 0 else par_end
    # evidence: the placeholder's paragraph, clipped around it
    s = max(par_start, ph.start - 80)
    e = min(par_end, ph.end + 120)
    kinds = sorted({p.data.text for p in phs})
    yield flag(doc, "TEMPLATE_TEXT", s, e,
               f"template placeholders left in the text ({len(phs)}×: {', '.join(kinds[:5])})")


def _title_placeholder(title: str) -> str | None:
    from ..stages.metadata import first_placeholder

    return first_placeholder(title) if title else None


@check("RATE_MISMATCH")
def rate_mismatch(doc: Document):
    """A rate or share that disagrees with its own numerator and denominator beyond printed rounding,
    or a change (增长N%, 增幅, 超收) that disagrees with its own amount and base."""
    text = doc.text
    for r in doc.get("metrics"):
        a = r.data
        if a.base_unit != "%" or a.target or a.direction or a.approximate:
            continue
        # the counts the rate is made of first: most rates have none, and need no criteria test
        found = _rate_family(doc, r) or _amount_rate_family(doc, r)
        if not found or _criteria(text, r):
            continue
        num_value, num_label, den, start = found
        d = den.data.base_value
        computed = num_value / d * 100
        stated = a.value
        tol = _rounding_tolerance(a.decimals)
        # counts printed as 2.46万 are themselves rounded: the rate may be anywhere they allow
        # (a plain integer count is exact)
        ed = _half_unit(d, den, text) if wording().multiplied.search(text, den.start, den.end) else 0.0
        en = ed
        lo, hi = (num_value - en) / (d + ed) * 100, (num_value + en) / max(d - ed, 1e-9) * 100
        if not lo - tol <= stated <= hi + tol:
            s, e = _window(doc, start, r.end, before=6)
            yield flag(doc, "RATE_MISMATCH", s, e,
                       f"{f'({num_label})' if '+' in num_label else num_label}/{den.data.value:g} = "
                       f"{computed:.2f}%, stated {stated:g}% "
                       f"(tolerance ±{tol:.2g} points for {a.decimals} printed decimals)",
                       stated=stated, computed=round(computed, 4), tolerance=round(tol, 4),
                       confidence=mismatch_confidence(abs(computed - stated), tol))
    yield from change_mismatches(doc)


def _amount_rate_family(doc: Document, r):
    """A rate word (…率) right after the two amounts of money or area it is made of, the later one
    named by its stem: a budget's execution rate ("全年预算数48万元,执行数41.2万元,预算执行率95.8%")
    or an arrival rate (到位率). Shares (占比) and changes (超收, 增长) of amounts are left alone: their
    base is seldom the amount right before."""
    a = r.data
    if not a.indicator.endswith("率"):
        return None
    text = doc.text
    ss, _ = a.sentence_span
    before = [m for m in _between(doc, ss, r.start) if m is not r]
    if len(before) < 2:
        return None
    den, num = before[-2], before[-1]
    kind = num.data.unit_kind
    if (kind not in _AMOUNT_KINDS or den.data.unit_kind != kind or num.data.approximate
            or den.data.approximate or num.data.target or den.data.target
            or _family(num.data.base_unit) != _family(den.data.base_unit)
            or families.per_unit(text, num) or families.per_unit(text, den)):
        return None
    stem = wording().rate_suffix.sub("", a.indicator)[-2:]
    if (len(stem) < 2 or stem not in num.data.indicator or stem in den.data.indicator
            or families.negated_stem(num.data.indicator, stem)
            or not _CLAUSE_MARK.search(text[num.end:r.start]) or "分别" in text[den.start:r.start]):
        return None
    if not 0 < num.data.base_value <= den.data.base_value:
        return None
    return num.data.base_value, f"{num.data.value:g}", den, num.data.indicator_start


_AMOUNT_KINDS = frozenset(("money", "area"))


def _half_unit(value: float, m, text: str = "") -> float:
    """Half a unit in the last printed place of a quantity written like ``m``
    (2.46万人 → 50 persons, 0.4万元 → 500 yuan, 1724人次 → 0.5)."""
    a = m.data
    scale = a.base_value / a.value if a.value else 1.0
    written = text[m.start:m.end] if text else ""
    for mark, mult in (("亿", 1e8), ("万", 1e4), ("千", 1e3)):
        if mark in written and scale < mult:  # the value is stored in base units already
            scale = mult
            break
    return 0.5 * 10.0 ** (-a.decimals) * scale


def _rate_family(doc: Document, r):
    """(numerator value, its label, denominator metric, evidence start) of a rate, or None when the
    text does not say which counts the rate is made of."""
    return _sentence_family(doc, r) or _share_of_earlier_base(doc, r)


def _adjacent(doc: Document, num, r, *also) -> bool:
    """No figure stands between ``num`` and the rate ``r`` (``also``: figures allowed there)."""
    allowed = (r, *also)
    return all(any(m is a for a in allowed) for m in _between(doc, num.end, r.start))


def _named_share_base(words: str) -> str | None:
    """The base a share names in ``words`` ("占粮食播种面积的" → 粮食播种面积); None for none or for a
    generic total (总量, 全县…), which names no count of its own."""
    base = families.share_base(words)
    return None if not base or wording().generic_base.fullmatch(base) else base


def _share_of_earlier_base(doc: Document, r):
    """A share of a base the report stated before this sentence: "全县粮食播种面积52.6万亩。…统防统治
    28.4万亩,占粮食播种面积的45.3%". The base must be named, found once (or always with one
    value) in the report so far, and named by no count of the sentence itself."""
    text = doc.text
    a = r.data
    ss, _ = a.sentence_span
    lo = r.start - 24 if r.start >= 24 else 0
    if "占" not in text[lo:r.start]:
        return None  # most rates are no share: no list of metrics built
    before = [m for m in _between(doc, ss, r.start) if m.data.base_unit != "%"]
    if not before:
        return None
    num = before[-1]
    between = text[num.end:r.start]
    if num.data.approximate or num.data.target or not wording().share.match(between) or not _adjacent(doc, num, r):
        return None
    base = _named_share_base(between)
    if not base:
        return None
    if wording().own_plan.search(base) and _opens_on_group(text, ss, num.start):
        return None  # a group's share of its own plan, not of the whole's stated before
    least = settings()["name_match_min"]
    if any(families.names_match(base, m.data.indicator) >= least for m in before):
        return None  # the sentence names its own base: the sentence's rules decide
    fam = _family(num.data.base_unit)
    named = [m for m in _between(doc, 0, ss) if _family(m.data.base_unit) == fam and not m.data.approximate
             and families.names_match(base, m.data.indicator) >= least]
    if not named or len({m.data.base_value for m in named}) != 1:
        return None
    den = named[-1]
    if not 0 < num.data.base_value <= den.data.base_value:
        return None
    return num.data.base_value, f"{num.data.value:g}", den, num.data.indicator_start


def _opens_on_group(text: str, ss: int, at: int) -> bool:
    """Whether the clause holding the figure at ``at``, or its sentence, opens on 其中 or a counted group
    ("其中96个续建项目…", "118个新建项目已开工109个,…完成投资98.17亿元")."""
    lo = max(ss, *(text.rfind(mark, ss, at) + 1 for mark in "，,；;:："))
    return (wording().group_clause.search(text[lo:at]) is not None
            or wording().group_sentence.match(text, ss, at) is not None)


def _sentence_family(doc: Document, r):
    """:func:`_rate_family` within the rate's own sentence."""
    text = doc.text
    a = r.data
    ss, _ = a.sentence_span
    before = [m for m in _between(doc, ss, r.start) if m.data.unit_kind == "count"
              and not m.data.approximate and not families.per_unit(text, m)]
    explicit = _explicit_base(doc, r)
    if explicit:
        before = [m for m in before if m is not explicit]
    if explicit and before:
        num = before[-1]
        if (_family(num.data.base_unit) == _family(explicit.data.base_unit)
                and _adjacent(doc, num, r, explicit)
                and 0 < num.data.base_value <= explicit.data.base_value * 2):
            run = _listed_run(text, before)  # "A类96处、B类84处、C类57处,占隐患总数322处的80%"
            value = sum(m.data.base_value for m in run)
            return value, _plus(run), explicit, run[0].data.indicator_start
        return None
    if len(before) == 1:
        den = _earlier_population(doc, before[0], r)
        if den is not None:
            num = before[0]
            if num.data.base_value <= den.data.base_value:
                return num.data.base_value, f"{num.data.value:g}", den, num.data.indicator_start
        return None
    if len(before) < 2:
        return None
    num = before[-1]
    units = {_family(m.data.base_unit) for m in before}
    if len(units) != 1 or "分别" in text[num.end:r.start]:
        return None  # "…分别为78%、81%" pairs rates with their own counts
    if not _CLAUSE_MARK.search(text[num.end:r.start]):
        return None  # "3个断面水质达标率100%": the count is the rate's subject, not its numerator
    rate_word = a.indicator
    stem = wording().rate_suffix.sub("", rate_word)[-2:]
    between = text[num.end:r.start]
    adjacent = _adjacent(doc, num, r)
    share = adjacent and wording().share.match(between)
    named = adjacent and ((len(stem) == 2 and stem in num.data.indicator)
                          # "应到代表128名,实到121名,到会率97.7%": 应… and 实… pair up
                          or ("应" in families.own_name(before[-2].data.indicator)[:3]
                              and num.data.indicator.startswith(("实", "已"))
                              and any(ch in num.data.indicator for ch in stem)))
    if not (named or share) or (named and families.negated_stem(num.data.indicator, stem)):
        return None  # "未办结5件,办结率98.2%": the complement is no numerator
    start = num.data.indicator_start
    if share:
        # a share of a listed sum: "A类120件、B类95件、C类60件,占总量的55%"
        run = _listed_run(text, before)
        rest = [m for m in before if m not in run]
        base = _named_share_base(text[r.start - 24 if r.start >= 24 else 0:r.start])
        if base:
            # "占考核人数的13.6%": the base it names, else no check
            scored = [(families.names_match(base, m.data.indicator), m) for m in rest]
            best = max(scored, key=lambda x: x[0], default=(0, None))
            if best[0] < settings()["name_match_min"]:
                return None
            den = best[1]
        else:
            # an unnamed share ("仅占0.03%", "占总量的") is of the stated total
            den = rest[0] if rest else None
            if den is None or not _is_total(doc, den):
                return None
        value = sum(m.data.base_value for m in run)
        label = _plus(run)
        start = run[0].data.indicator_start
        if len(run) > 1 and den.data.base_value > 0 and abs(
                num.data.base_value / den.data.base_value * 100 - a.value) <= _rounding_tolerance(
                a.decimals):
            return None  # the share fits the last item alone: unsure which was meant
    else:
        # a named rate (补种率) is of the count right before its numerator, unless that count is
        # only a sub-group of the population the rate covers
        den = before[-2]
        if families.is_subgroup(text, den) and not families.is_subgroup(text, num):
            return None
        if named and stem in den.data.indicator and wording().enum_gap.fullmatch(text[den.end:_item_start(num)]):
            return None  # "满意票58票、基本满意票3票,满意率95.1%": listed categories of its kind, no population
        value, label = num.data.base_value, f"{num.data.value:g}"
    if den.data.value <= 0 or value > den.data.base_value:
        return None
    return value, label, den, start


def _listed_run(text: str, before: list) -> list:
    """The last count with the items listed right before it by 、/和/及 (a share of their sum)."""
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if wording().enum_gap.fullmatch(text[m.end:_item_start(run[0])]):
            run.insert(0, m)
        else:
            break
    return run


def _item_start(m) -> int:
    """Where a list item's own name starts ('城建类120件、环保类95件' → at 环保类)."""
    ind = m.data.indicator or ""
    start = m.data.indicator_start
    return min(m.start, start + len(ind) - len(families.own_name(ind)))


def _explicit_base(doc: Document, r):
    """A base the text names with its own figure: "参保率达98.6%(应参保人数2.61万人)" after the
    rate, "完成年度目标(6500人)的121%" before it."""
    text = doc.text
    after = wording().base_after.match(text, r.end, r.end + 4)
    if after:
        inside = [m for m in _between(doc, after.end(), after.end() + 20) if m.data.unit_kind == "count"]
        if inside:
            return inside[0]
    lo = max(0, r.start - 30)
    named = wording().share_of_figure.search(text, lo, r.start)
    if named and named.end() == r.start:
        # "占初信初访总数2105件的85%": the share names its base with the figure
        inside = [m for m in _between(doc, named.start(), r.start) if m.data.unit_kind == "count"]
        return inside[-1] if inside else None
    target = wording().target_base.search(text, lo, r.start)
    if target and target.end() == r.start:
        inside = [m for m in _between(doc, target.start(), r.start) if m.data.base_unit != "%"]
        return inside[-1] if inside else None
    return None


def _earlier_population(doc: Document, num, r):
    """Cross-sentence family: "排查…重大隐患3处。…重大隐患已整改2处,整改率达到90%" — the
    numerator's subject (重大隐患) was counted earlier in the paragraph; the rate's stem names the verb."""
    text = doc.text
    ind = num.data.indicator
    subj = wording().subject_verb.match(ind)
    stem = wording().rate_suffix.sub("", r.data.indicator)[-2:]
    if not subj or len(stem) < 2 or stem not in ind[subj.end(1):]:
        return None
    if not _CLAUSE_MARK.search(text[num.end:r.start]) or not _adjacent(doc, num, r):
        return None
    noun = subj.group(1)
    par = text.rfind("\n", 0, num.start) + 1
    same = [m for m in _between(doc, par, num.data.indicator_start)
            if m.data.indicator.endswith(noun) and _family(m.data.base_unit) == _family(num.data.base_unit)]
    return same[-1] if len(same) == 1 else None  # one population of that name, else unsure


def _is_total(doc: Document, m) -> bool:
    text = doc.text
    a = m.data
    ind_start = a.indicator_start
    in_clause = text[a.clause[0]: m.start]
    return bool(_re("total_cue").search(text[max(0, ind_start - 4): ind_start]) or wording().total_verb.search(in_clause)
                or wording().whole_area.search(in_clause) or wording().then_of_which.match(text[m.end:m.end + 16])
                or _re("total_cue").search(in_clause[-6:]))


def _criteria(text: str, m) -> bool:
    """Scoring rules and targets are no claims: '…达到100%得5分', '占比高于30%的扣2分'."""
    a = m.data
    lo, hi = a.clause
    ss, se = a.sentence_span
    return bool(_re("criteria").search(text[m.end:min(se, m.end + 14)])
                or _re("criteria_before").search(text[lo:m.start])
                or _re("criteria_heading").search(text[max(ss, m.start - 40):m.start]))


@functools.cache
def _unit_families() -> dict[str, str]:
    """checks.yml unit_families: each unit to the first unit of its family."""
    return {u: fam[0] for fam in settings()["unit_families"] for u in fam}


def _family(unit: str) -> str:
    """Units that count the same things (checks.yml unit_families): 人/名/位 are all persons, 户/家 all
    entities, 头/匹 all head of livestock."""
    return _unit_families().get(unit, unit)


def _part_groups(doc: Document, total, metrics):
    """Lists of parts after a total that announces them (其中 / 分别 / "…中," / ":"):
    contiguous same-unit quantities up to the sentence end, a new list at each parts cue
    ("从年龄结构区分:"), also in following sentences that open with one; bracketed
    sub-parts are skipped."""
    text = doc.text
    parts_cue = _re("parts_cue")
    hi = nxt = _sentence_end(text, total.end)
    # the list starts at its announcement: right after the total ("…中,", ":") or at a
    # parts cue later in the same clause chain ("共接待1724人次,对…给予救助,其中:")
    near = wording().near_announce.match(text[total.end:total.end + 8])
    cue = parts_cue.search(text, total.end, min(hi, total.end + 60))
    opens_next = None if near or cue else parts_cue.match(text, nxt, nxt + 16)
    if not (near or cue or opens_next):
        own = wording().next_of_which.match(text, nxt, nxt + 16)
        if own and families.names_match(own.group(1), total.data.indicator) >= settings()["name_match_min"]:
            opens_next = own
    if near:
        begin = total.end
    elif opens_next:
        # "共接待1724人次。从年龄结构区分:…" the breakdown opens the next sentence
        begin = opens_next.end()
        hi = _sentence_end(text, begin)
    elif cue and not _STOP.search(text[total.end:cue.start()]):
        begin = cue.end()
        fam0 = _family(total.data.base_unit)
        if any(_family(m.data.base_unit) == fam0 and m.data.value != total.data.value
               for m in _between(doc, total.end, cue.start())):
            return []  # "共有37个…,其中入驻的有32个…,其中22个…": the list breaks down the 32
    else:
        return []
    for _ in range(3):  # "。从受助人员性别区分:…;从年龄结构区分:…"
        if parts_cue.search(text, hi, hi + 12):
            hi = _sentence_end(text, hi + 1)
    fam = _family(total.data.base_unit)
    listed = _COLON.match(text, begin) is not None  # "其中:" announces items that ; may separate
    groups, cur, prev_end = [], [], begin
    for m in _between(doc, begin, hi):
        if _in_brackets(text, begin, m.start):
            continue  # bracketed quantities are sub-parts of a part
        gap = text[prev_end:m.start]
        if cur and (wording().total_in_gap.search(gap) or _new_statement(gap, m, cur[-1])
                    or (len(cur) == 1 and not listed and _SEMI.search(gap) and not parts_cue.search(gap))):
            # a new statement ("…,考核共评出优秀1名", ";按时办结1029件"; "其中亿元以上项目6个;
            # 新开工项目8个": a ; before a second item)
            break
        if cur and _SEMI.search(gap) and families.head(m.data.indicator) != families.head(cur[-1].data.indicator):
            # "其中男性189名、女性25名;35岁以下的31名…": after ; a new dimension is a new list,
            # the same kind of item (…类信息) continues the old one
            groups.append(cur)
            cur = []
        if (parts_cue.search(gap) or _COLON.search(gap)) and cur:  # a new list header
            groups.append(cur)
            cur = []
        # a target among achievements (or an achievement among targets: 下达任务1500套,其中…)
        # or a change is another measure
        if (m.data.unit_kind != total.data.unit_kind or bool(m.data.target) != bool(total.data.target)
                or m.data.direction):
            if cur:  # a rate or an amount between counts ends the list
                groups.append(cur)
                cur = []
            prev_end = m.end
        elif _family(m.data.base_unit) == fam:
            if m.data.base_value != total.data.base_value:  # a restated total is no part
                cur.append(m)
            prev_end = m.end
        # another counter of the same kind ("1263户、1986人") is a parallel list: skipped
    if cur:
        groups.append(cur)
    return [g for g in groups if len(g) >= 2]


def _new_statement(gap: str, part, prev) -> bool:
    """A verb before or opening ``part``'s name starts a new statement (";按时办结1029件", ",办结信访
    事项141件"), but not one inside a sibling category's name, which ends on the previous part's head
    noun ("…项目信息11条、惠农补贴发放信息37条")."""
    name = part.data.indicator
    h = families.head(name)
    if len(name) > 4 and gap.endswith(name) and h == families.head(prev.data.indicator):
        gap = gap[:len(gap) - len(name) + 2] + h  # the name's middle dropped: its opening and head stay
    return bool(_re("new_statement").search(gap))


def _reads_as_total(text: str, t, of_which_at: list[int]) -> bool:
    """Whether count ``t`` is stated as a total: a total cue or verb before it, a whole area, an
    "of which" after it, or the next sentence opening on its noun (``of_which_at``:
    :func:`_of_which_marks` of ``text``)."""
    a = t.data
    ind_start = a.indicator_start
    in_clause = text[a.clause[0]: t.start]
    follows = text[t.end: t.end + 16]
    return bool(_re("total_cue").search(text[max(0, ind_start - 4): ind_start])
                or wording().total_verb.search(in_clause)
                or wording().whole_area.search(in_clause)
                # the "of which" cues after the count all hold a 中, which most counts lack
                or ("中" in follows
                    and (wording().then_of_which.match(follows)
                         or (wording().in_the.search(in_clause) and wording().of_which.match(follows[:6]))
                         or wording().count_of_which.match(text, t.end, t.end + 10)))
                or _next_names_total(text, t, of_which_at))


def _next_names_total(text: str, t, of_which_at: list[int]) -> bool:
    """The next sentence opens on this count's own noun ("…来信212件。本月来信中,…").
    ``of_which_at``: where the text's 中 before a comma or colon stand (:func:`_of_which_marks`)."""
    # the opening's 中 stands 2 to 8 characters into the next sentence: most counts have no
    # such 中 after them at all, or none there, and need neither the sentence end nor the match
    k = bisect_left(of_which_at, t.end + 2)
    if k == len(of_which_at):
        return False
    nxt = _sentence_end(text, t.end)
    k = bisect_left(of_which_at, nxt + 2, k)
    if k == len(of_which_at) or of_which_at[k] > nxt + 8:
        return False
    own = wording().next_of_which.match(text, nxt, nxt + 16)
    return bool(own) and families.names_match(own.group(1), t.data.indicator) >= settings()["name_match_min"]


def _of_which_marks(text: str) -> list[int]:
    """Where the 中 of every "…中," / "…中:" in ``text`` stands, in order (one scan per document:
    the next-sentence test of each count looks them up by bisect)."""
    return [m.start() for m in wording().of_which_mark.finditer(text)]


def _sentence_end(text: str, pos: int, limit: int = 500) -> int:
    m = _SENT_STOP.search(text, pos, pos + limit)
    return m.end() if m else min(pos + limit, len(text))


def _tolerance(total, parts, text: str = "") -> float:
    """One rounding unit of the coarsest printed precision, in base units."""
    return max(_half_unit(m.data.base_value, m, text) for m in [total, *parts]) + 1e-9


@check("SUM_MISMATCH")
def sum_mismatch(doc: Document):
    """Stated parts (其中…, 分别…, category lists) that do not add up to the stated total; unit slips named."""
    text = doc.text
    cover = settings()["min_coverage"]
    metrics = doc.get("metrics")
    of_which_at = _of_which_marks(text)
    for t in metrics:  # each metric is a span of its own: none is visited twice
        a = t.data
        if a.unit_kind not in ("count", "money") or a.approximate:
            continue
        # "平均每亩520元,其中水田610元": prices and means add up with nothing (asked of the few
        # totals only: most counts are none)
        if not _reads_as_total(text, t, of_which_at) or families.per_unit(text, t):
            continue
        if text[t.end:t.end + 1] in " \t|｜" and _re("column_after").match(text, t.end):
            continue  # one column of a table's row: the rows below break each column down alone
        ind_start = a.indicator_start
        for group in _part_groups(doc, t, metrics):
            if any(m.data.approximate or families.per_unit(text, m) for m in group):
                continue
            if any(families.is_measure(m.data.indicator) for m in group):
                continue  # "其中处级15名,应参加考核112名": different measures, not categories
            total = a.base_value
            parts = sum(m.data.base_value for m in group)
            tol = _tolerance(t, group, text)
            if abs(parts - total) <= tol:
                continue
            finding = _unit_slip(t, group, tol)
            nested = (parts > settings()["nested_overshoot"] * total
                      and max(m.data.base_value for m in group) >= settings()["nested_share"] * total)
            # a list of sub-kinds of the total's own noun is complete by construction
            complete = (families.sub_kinds(a.indicator, [m.data.indicator for m in group])
                        or all(wording().share_parts.search(text, max(0, m.start - 1), m.end) for m in group))
            need = settings()["min_coverage_sub_kinds"] if complete else cover
            if not finding and (parts < need * total or nested):
                continue
            if finding:
                m, fixed, major = finding
                s, e = _window(doc, m.data.indicator_start, m.end, before=4)
                yield flag(doc, "SUM_MISMATCH", s, e,
                           f"unit slip: {m.data.value:g}{m.data.unit} among {major}; read as {major} "
                           f"the parts match the total {total:g}", stated=total, computed=fixed,
                           tolerance=round(tol, 6), confidence=0.9)
                continue
            first = group[0].data.indicator_start
            # evidence: the total and its parts, or just the parts when they come much later
            s, e = _window(doc, ind_start if first - t.end < 40 else first, group[-1].end, before=4)
            yield flag(doc, "SUM_MISMATCH", s, e,
                       f"parts {_plus(group)}"
                       f" sum to {parts:g} {a.base_unit}, stated total {total:g} (tolerance ±{tol:g})",
                       stated=total, computed=parts, tolerance=round(tol, 6),
                       confidence=mismatch_confidence(abs(parts - total), tol))
    for p in metrics:
        if text[p.end:p.end + 1] in ("(", "（"):  # most values have no bracket after them: no generator
            yield from _bracket_group(doc, p)


def _unit_slip(total, group, tol):
    """One part written in a unit 10^k smaller than its siblings that would make the sum match."""
    nonzero = [m for m in group if m.data.value]
    units = [m.data.unit for m in nonzero]
    if len(nonzero) < 3:
        return None
    major = max(set(units), key=units.count)
    ref = next(m for m in nonzero if m.data.unit == major)
    scale = ref.data.base_value / ref.data.value
    for m in nonzero:
        if units.count(m.data.unit) == 1 and m.data.unit != major:
            fixed = sum(x.data.base_value for x in group) - m.data.base_value + m.data.value * scale
            if abs(fixed - total.data.base_value) <= tol:
                return m, fixed, major
    return None


def _in_brackets(text: str, lo: int, pos: int) -> bool:
    if text.find("(", lo, pos) < 0 and text.find("（", lo, pos) < 0:
        return False  # no bracket opens in between (the common case): no walk over the text
    depth = 0
    for ch in text[lo:pos]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth > 0


def _bracket_group(doc: Document, p):
    """'概况类信息68条(地区介绍1条、机构职能1条,领导信息46条)': the bracket lists the parts of 68
    (``p`` is followed by an opening bracket)."""
    text = doc.text
    a = p.data
    if a.unit_kind != "count" or a.approximate or a.target:
        return
    close = min([i for i in (text.find(")", p.end), text.find("）", p.end)) if i > 0] or [-1])
    if close < 0 or close - p.end > 120:
        return
    subs = [m for m in _between(doc, p.end + 1, close) if m.data.base_unit == a.base_unit]
    if len(subs) < 2 or any(m.data.approximate for m in subs):
        return
    parts = sum(m.data.base_value for m in subs)
    if abs(parts - a.base_value) > 1e-6 and parts >= settings()["min_coverage_brackets"] * a.base_value:
        s, e = _window(doc, a.indicator_start, close + 1, before=4)
        yield flag(doc, "SUM_MISMATCH", s, e,
                   f"bracketed parts sum to {parts:g}, stated {a.base_value:g} (tolerance 0)",
                   stated=a.base_value, computed=parts, tolerance=0.0, confidence=0.8)


def _plus(group) -> str:
    return "+".join(f"{m.data.value:g}" for m in group)
