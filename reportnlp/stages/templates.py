"""Strip the lines a batch taught as site templates (see reportnlp/templates.py).

Runs right after boilerplate. A template line goes when it is part of chrome: next to another
template line, or at the page's first or last line; very short lines (not counted when
learning: ``首页``, ``|``) go with the template lines around them. A template line alone
between report lines stays (a stock heading or sentence of one unit's reports), and a page
keeps its report-like template lines when they would be most of its report-like text (the same
report reposted across a batch is not chrome).
"""
from __future__ import annotations

from ..document import Document
from ..templates import TemplateSet, is_prose_key, is_structural, norm_key
from ..structure import iter_lines

_CONTENT, _SHORT, _TEMPLATE = 0, 1, 2


def strip_templates(doc: Document, templates: TemplateSet | None = None) -> Document:
    """Stage: remove template lines, recorded as removals of kind "template"."""
    if not templates:
        return doc
    p = templates.params
    hashes = templates.hashes
    text = doc.text
    lines: list[tuple[int, int]] = []
    status: list[int] = []
    prose: list[tuple[int, int, bool]] = []  # (line index, length, template) of report-like lines
    for s, e in iter_lines(text):
        line = text[s:e]
        if not line or line.isspace():
            continue
        n, key = norm_key(line, p)  # keyed as the learner keys it
        if key is None:
            st = _SHORT if n < p.min_chars else _CONTENT
            if st == _CONTENT:
                prose.append((len(lines), n, False))  # too long to be a template: report text
        else:
            # (the learner never counts a structural line; a hand-made templates file might)
            hit = key in hashes and not is_structural(line)
            st = _TEMPLATE if hit else _CONTENT
            if is_prose_key(key):
                prose.append((len(lines), n, hit))
        lines.append((s, e))
        status.append(st)
    if _TEMPLATE not in status:
        return doc
    hit_chars = sum(n for _, n, hit in prose if hit)
    if hit_chars:
        # report text (structure aside) that recurs across the batch is a repost, not chrome,
        # when it is most of the page's
        own = sum(n for k, n, hit in prose if not hit and not is_structural(text[slice(*lines[k])]))
        if hit_chars > p.max_prose_removed * (hit_chars + own):
            for k, _, hit in prose:
                if hit:
                    status[k] = _CONTENT
    edits: list[tuple[int, int, str]] = []
    last = len(lines) - 1
    i = 0
    while i <= last:
        if status[i] == _CONTENT:
            i += 1
            continue
        j = i
        while j + 1 <= last and status[j + 1] != _CONTENT:
            j += 1
        run = range(i, j + 1)
        hits = sum(status[k] == _TEMPLATE for k in run)
        if hits >= 2 or (hits == 1 and (i == 0 or j == last)):
            for k in run:
                s, e = lines[k]
                edits.append((s, e + 1 if e < len(text) else e, ""))
        i = j + 1
    doc.edit(edits, removal_kind="template")
    return doc
