"""Normalization: script, widths, decimals, pinyin, spacing, artefacts, lost characters."""
import pytest

from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import detect_script, normalize


def norm(text: str) -> str:
    return normalize(decode(text)).text


@pytest.mark.parametrize("raw,clean", [
    ("辦結率９９．９%", "办结率99.9%"),            # full-width digits
    ("一般的則有4。4%", "一般的则有4.4%"),           # ideographic full stop as decimal point
    ("鄉(xiāng)鎮(zhèn)政府", "乡镇政府"),         # pinyin readings left by the scraper
    ("監（jiān）督", "监督"),                     # full-width brackets too
    ("供电(gōngdiàn)公司新增容量(diàn róng liàng)", "供电公司新增容量"),  # the reading of a word
    ("在办业务 704 宗,办结 695 宗", "在办业务704宗,办结695宗"),  # PDF spacing around digits
    ("每个村的`值班干部", "每个村的值班干部"),       # stray backtick between CJK
    ("与公务活动无关的.的事情", "与公务活动无关的的事情"),
    ("受理31,863件", "受理31863件"),               # thousands separators before a unit
    ("\u200b办结\ufeff率", "办结率"),              # zero-width characters
    ("行1\r\n行2", "行1\n行2"),
    # small-form punctuation between a report's targets: the ordinary marks every rule expects
    ("增长5.5%左右﹔新增就业6000人以上﹐完成", "增长5.5%左右；新增就业6000人以上，完成"),
])
def test_normalize_cases(raw, clean):
    assert norm(raw) == clean


@pytest.mark.parametrize("raw", [
    "槐花园(d)区项目",          # a letter in brackets without a tone mark is not pinyin
    "分别为45,111",             # comma between numbers with no unit after: not a separator
    "2018年。3月起",            # 。 after 年 stays a full stop
    "中国·北京",               # middle dot in names stays
    "www.example.com",
    "Hello World",             # ASCII words keep their space
])
def test_normalize_leaves_these_alone(raw):
    assert norm(raw) == raw


def test_script_detection():
    assert detect_script("政務服務中心辦結率達到百分之百，群眾滿意") == "traditional"
    assert detect_script("政务服务中心办结率达到百分之百") == "simplified"
    assert detect_script("政務服務中心辦結率。政务服务中心办结率达到") == "mixed"


def test_lost_characters_are_kept_and_reported():
    doc = normalize(decode("掌握考核優秀率??萍壐"))
    assert "??" in doc.text
    assert doc.meta["lost_characters"][0]["text"] == "??"


def test_idempotent():
    once = norm("鄉(xiāng)鎮 受理 ７０４ 宗,辦結率98。7%")
    assert norm(once) == once
