"""Segmentation shortcuts agree with the segmenter."""
from itertools import accumulate
from pathlib import Path

from reportnlp.segment import boundary_certain, cut

RAW = Path(__file__).resolve().parent.parent / "corpora" / "raw"


def _windows():
    for path in sorted(RAW.glob("c_*.txt"))[:6]:
        text = path.read_text(encoding="utf-8", errors="ignore")
        for k in range(0, min(len(text), 3000), 23):
            yield text[k:k + 23]


def test_a_certain_boundary_is_one_jieba_cuts_at():
    checked = certain = 0
    for window in _windows():
        bounds = set(accumulate(len(w) for w in cut(window)))
        for pos in range(1, len(window)):
            checked += 1
            if boundary_certain(window, pos):
                certain += 1
                assert pos in bounds, (window, pos)
    # and the shortcut is worth having: most positions are settled without cutting
    assert checked > 1000 and certain > 0.3 * checked


def test_a_word_across_the_position_is_not_certain():
    assert not boundary_certain("共青团员参加活动", 1)  # 共|青团 would split 共青团
    assert not boundary_certain("版本2019", 4)  # inside a run of ASCII digits
    assert boundary_certain("共有团员", 2)
