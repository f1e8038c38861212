"""Segmentation shortcuts agree with the segmenter."""
import json
from itertools import accumulate
from pathlib import Path

import pytest

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


def test_pkuseg_path_names_indicators():
    """The opt-in pkuseg segmenter really runs (CI builds it): a fresh process with
    REPORTNLP_SEGMENTER=pkuseg cuts with pkuseg and names list items as jieba does."""
    import importlib.util
    import os
    import subprocess
    import sys

    if importlib.util.find_spec("pkuseg") is None:
        pytest.skip("pkuseg not installed (pip install numpy cython && pip install --no-build-isolation pkuseg)")
    code = (
        "from reportnlp.segment import _pkuseg, cut\n"
        "from reportnlp.api import process\n"
        "import json\n"
        "assert _pkuseg() is not None\n"
        "ms = process('全县共有规模以上工业企业27家、危险化学品经营单位4家、加油站3座。').parts[0].get('metrics')\n"
        "print(json.dumps({'cut': cut('政务服务中心受理行政许可'), "
        "'names': [m.data.indicator for m in ms]}, ensure_ascii=False))\n"
    )
    env = dict(os.environ, REPORTNLP_SEGMENTER="pkuseg")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300,
                          cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert "".join(out["cut"]) == "政务服务中心受理行政许可" and len(out["cut"]) >= 2
    assert out["names"] == ["规模以上工业企业", "危险化学品经营单位", "加油站"]
