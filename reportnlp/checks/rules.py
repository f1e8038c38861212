"""The audit rules. Each docstring is the user documentation of its code."""
from __future__ import annotations

import functools

import regex

from ..document import Document
from . import check, flag, settings


@functools.cache
def _re(key: str) -> regex.Pattern:
    return regex.compile(settings()[key])


def _window(doc: Document, start: int, end: int, before: int = 30) -> tuple[int, int]:
    """Evidence span: the claim with up to ``before`` chars of its clause before it."""
    text = doc.text
    lo = max(0, start - before)
    cut = max(text.rfind(ch, lo, start) for ch in "。；;\n")
    return (cut + 1 if cut >= 0 else lo), end


def _rounding_tolerance(decimals: int) -> float:
    # a printed value with d decimals may be rounded or truncated: allow one unit in the last place
    return 10.0 ** (-decimals) * 1.0001


@check("PERFECT_RATE")
def perfect_rate(doc: Document):
    """A self-reported rate or share of exactly 100% (one flag per metric; plans and targets excluded)."""
    for m in doc.get("metrics"):
        a = m.attrs
        if a["base_unit"] == "%" and a["value"] == 100 and not a.get("target") and not a.get("direction"):
            s, e = _window(doc, m.attrs.get("_ind_start", m.start), m.end)
            yield flag(doc, "PERFECT_RATE", s, e, f"{a['indicator'] or 'rate'} reported as exactly 100%",
                       stated=100.0)


@check("FULL_SELF_SCORE")
def full_self_score(doc: Document):
    """A self-assessed score equal to the maximum it could reach."""
    for sc in doc.get("scores"):
        a = sc.attrs
        if a.get("self_score") is not None and a.get("max_score") is not None and a["self_score"] == a["max_score"]:
            s, e = _window(doc, sc.start, sc.end, before=len(a.get("item") or "") + 4)
            yield flag(doc, "FULL_SELF_SCORE", s, e, f"{a['item']}: self score {a['self_score']:g} = maximum",
                       stated=a["self_score"], computed=a["max_score"])


@check("SCORE_OVER_MAX")
def score_over_max(doc: Document):
    """A score above its stated maximum, or a total above the usual 100-point scale."""
    usual = settings()["usual_max_score"]
    total_label = _re("total_score_label")
    for sc in doc.get("scores"):
        a = sc.attrs
        got = a.get("self_score") if a.get("self_score") is not None else a.get("assessed_score")
        if got is None:
            continue
        if a.get("max_score") is not None:
            if got > a["max_score"]:
                yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                           f"{a['item']}: score {got:g} exceeds its maximum {a['max_score']:g}",
                           stated=got, computed=a["max_score"])
        elif got > usual and total_label.search(doc.text[sc.start:sc.end]):
            yield flag(doc, "SCORE_OVER_MAX", sc.start, sc.end,
                       f"total score {got:g} exceeds the usual {usual}-point scale", stated=got, computed=usual)


@check("ZERO_COMPLAINT")
def zero_complaint(doc: Document):
    """A claim of no complaints, no overdue items or no violations at all."""
    for m in _re("zero_claim").finditer(doc.text, timeout=5.0):
        s, e = _window(doc, m.start(), m.end(), before=12)
        yield flag(doc, "ZERO_COMPLAINT", s, e, "claims zero complaints / overdue items / violations")


@check("TEMPLATE_TEXT")
def template_text(doc: Document):
    """Placeholders left from a template (20xx, xx县, **市, 〔〕): one flag per paragraph that has them."""
    seen_pars: set[int] = set()
    for ph in doc.get("placeholders"):
        par_start = doc.text.rfind("\n", 0, ph.start) + 1
        if par_start in seen_pars:
            continue
        seen_pars.add(par_start)
        par_end = doc.text.find("\n", ph.end)
        par_end = len(doc.text) if par_end < 0 else par_end
        # evidence: the sentence around the placeholder, up to the paragraph end
        s = max(par_start, ph.start - 40)
        e = min(par_end, ph.end + 60)
        yield flag(doc, "TEMPLATE_TEXT", s, e, f"template placeholder {ph.attrs['text']!r} left in the text")
        if len(seen_pars) >= 3:
            break


def _counts_in(doc: Document, lo: int, hi: int, unit: str):
    return [m for m in doc.get("metrics") if lo <= m.start < hi and m.attrs["base_unit"] == unit
            and m.attrs["unit_kind"] in ("count", "money", "area") and not m.attrs.get("target")]


@check("RATE_MISMATCH")
def rate_mismatch(doc: Document):
    """A rate or share that disagrees with its own numerator and denominator beyond printed rounding."""
    text = doc.text
    for r in doc.get("metrics"):
        a = r.attrs
        if a["base_unit"] != "%" or a.get("target") or a.get("direction") or a.get("approximate"):
            continue
        ss, se = a["_sent"]
        before = [m for m in doc.get("metrics") if ss <= m.start < r.start and m.attrs["unit_kind"] == "count"
                  and not m.attrs.get("approximate")]
        if len(before) < 2:
            continue
        num = before[-1]
        units = {m.attrs["base_unit"] for m in before}
        if len(units) != 1:
            continue
        den = before[0]
        # the numerator must be what the rate measures: 办结96件 … 办结率 / 仅占 / 占比
        rate_word = a["indicator"]
        stem = regex.sub(r"(?:率|比例|比重|占比)$", "", rate_word)
        linked = (stem and stem[-2:] in num.attrs["indicator"]) or regex.search(r"占|比例|比重", rate_word + text[num.end:r.start])
        if not linked or den is num or den.attrs["value"] <= 0 or num.attrs["value"] > den.attrs["value"]:
            continue
        computed = num.attrs["base_value"] / den.attrs["base_value"] * 100
        stated = a["value"]
        if abs(computed - stated) > _rounding_tolerance(a.get("decimals", 0)):
            s, e = _window(doc, num.attrs.get("_ind_start", num.start), r.end, before=6)
            yield flag(doc, "RATE_MISMATCH", s, e,
                       f"{num.attrs['value']:g}/{den.attrs['value']:g} = {computed:.2f}%, stated {stated:g}%",
                       stated=stated, computed=round(computed, 4))


@check("SUM_MISMATCH")
def sum_mismatch(doc: Document):
    """Stated parts (其中…, 分别…, category lists) that do not add up to the stated total; unit slips named."""
    text = doc.text
    total_cue = _re("total_cue")
    parts_cue = _re("parts_cue")
    cover = settings()["min_coverage"]
    metrics = doc.get("metrics")
    for t in metrics:
        a = t.attrs
        if a["unit_kind"] not in ("count", "money") or a.get("target") or a.get("approximate"):
            continue
        pre = text[max(0, t.attrs.get("_ind_start", t.start) - 4): t.start]
        ind = a["indicator"]
        in_clause = text[a["_clause"][0]: t.start]
        is_total = total_cue.search(pre) or regex.search(r"(?:共有|共计|合计|总计|共|总)[\p{Han}]{0,12}$", in_clause) \
            or regex.search(r"在[\p{Han}]{0,12}$", in_clause)
        if not is_total:
            continue
        ss, se = a["_sent"]
        # parts: in this sentence after the total, or the next sentence when it opens with a parts cue
        nxt_end = text.find("。", se, se + 400)
        hi = se
        after = text[t.end: se]
        if not parts_cue.search(after[:40]):
            nxt = text[se: se + 20]
            if parts_cue.search(nxt):
                hi = nxt_end if nxt_end > 0 else se
            else:
                continue
        elif nxt_end > 0 and parts_cue.search(text[se: se + 20]):
            hi = nxt_end
        cands = [m for m in metrics if t.end <= m.start < hi and m is not t and m.attrs["unit_kind"] == a["unit_kind"]
                 and not m.attrs.get("target") and not m.attrs.get("direction")]
        # parts inside brackets belong to the part before them, not to the total
        top = [m for m in cands if not _in_brackets(text, t.end, m.start)]
        if len(top) < 2 or any(m.attrs.get("approximate") for m in top):
            continue
        if any(total_cue.search(text[max(0, m.start - 4): m.start]) for m in top[1:]):
            top = top[: next(i for i, m in enumerate(top[1:], 1) if total_cue.search(text[max(0, m.start - 4): m.start]))]
            if len(top) < 2:
                continue
        total = a["base_value"]
        parts = sum(m.attrs["base_value"] for m in top)
        dec = max([a.get("decimals", 0)] + [m.attrs.get("decimals", 0) for m in top])
        tol = 10.0 ** (-dec) * max(1, len(top)) * (1e4 if a["base_unit"] != a["unit"] else 1)
        if abs(parts - total) <= tol + 1e-9 or parts < cover * total:
            continue
        msg = f"parts sum to {parts:g} {a['base_unit']}, stated total {total:g}"
        # unit slip: one part in a smaller unit than its siblings ("0.1元" among 万元)
        units = [m.attrs["unit"] for m in top]
        for m in top:
            if units.count(m.attrs["unit"]) == 1 and len(top) > 2:
                major = max(set(units), key=units.count)
                fixed = parts - m.attrs["base_value"] + m.attrs["value"] * (
                    top[units.index(major)].attrs["base_value"] / top[units.index(major)].attrs["value"]
                    if top[units.index(major)].attrs["value"] else 1)
                if abs(fixed - total) <= tol + 1e-9:
                    msg = (f"unit slip: {m.attrs['value']:g}{m.attrs['unit']} among {major}; "
                           f"read as {major} the parts match the total {total:g}")
                    s, e = _window(doc, m.attrs.get("_ind_start", m.start), m.end, before=4)
                    yield flag(doc, "SUM_MISMATCH", s, e, msg, stated=total, computed=fixed)
                    break
        else:
            s, e = _window(doc, t.attrs.get("_ind_start", t.start), top[0].end, before=4)
            yield flag(doc, "SUM_MISMATCH", s, e, msg, stated=total, computed=parts)
        # nested groups: a part followed by bracketed sub-parts
    for p in metrics:
        yield from _bracket_group(doc, p)


def _in_brackets(text: str, lo: int, pos: int) -> bool:
    depth = 0
    for ch in text[lo:pos]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth > 0


def _bracket_group(doc: Document, p):
    """'概况类信息68条(地区介绍1条、机构职能1条,领导信息46条)': the bracket lists the parts of 68."""
    text = doc.text
    a = p.attrs
    if a["unit_kind"] != "count" or a.get("approximate") or a.get("target"):
        return
    if p.end >= len(text) or text[p.end] not in "(（":
        return
    close = min([i for i in (text.find(")", p.end), text.find("）", p.end)) if i > 0] or [-1])
    if close < 0 or close - p.end > 120:
        return
    subs = [m for m in doc.get("metrics") if p.end < m.start < close and m.attrs["base_unit"] == a["base_unit"]]
    if len(subs) < 2 or any(m.attrs.get("approximate") for m in subs):
        return
    parts = sum(m.attrs["base_value"] for m in subs)
    if abs(parts - a["base_value"]) > 1e-6 and parts >= settings()["min_coverage"] * a["base_value"]:
        s, e = _window(doc, a.get("_ind_start", p.start), close + 1, before=4)
        yield flag(doc, "SUM_MISMATCH", s, e, f"bracketed parts sum to {parts:g}, stated {a['base_value']:g}",
                   stated=a["base_value"], computed=parts)
