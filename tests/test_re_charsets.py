"""The character-class memo used while rule patterns compile gives re the same code."""
import re
from re import _compiler, _parser

import pytest

from reportnlp.patterns import HAN, WHITE_SPACE
from reportnlp.re_charsets import remembered_charsets

PATTERNS = [
    (f"[{HAN}]+", 0),
    (f"[^{HAN}]", 0),
    (f"[{HAN}0-9a-z]{{2,}}", 0),
    (f"[{WHITE_SPACE}]*[，,。]", re.MULTILINE),
    (r"[^\n。；;]{0,40}(?:完成|达到)", 0),
    (r"[A-Za-z_]+[\d.%％]", re.IGNORECASE),  # case folding: answered by re itself
    (r"[ǅǈΣσς]x", re.IGNORECASE),
    (r"(?<![0-9０-９])[0-9０-９]{1,3}(?:[,，][0-9]{3})*", 0),
]


def _code(pattern: str, flags: int) -> list:
    return _compiler._code(_parser.parse(pattern, flags), flags)


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_code_with_and_without_the_memo(pattern, flags):
    plain = _code(pattern, flags)
    with remembered_charsets():
        first = _code(pattern, flags)
        again = _code(pattern, flags)  # answered from the memo
    assert first == plain and again == plain


def test_a_class_folded_for_case_is_not_answered_with_the_unfolded_one():
    plain = {flags: _code(r"[a-zΣ]+", flags) for flags in (0, re.IGNORECASE)}
    with remembered_charsets():
        ours = {flags: _code(r"[a-zΣ]+", flags) for flags in (0, re.IGNORECASE)}
    assert ours == plain


def test_the_memo_is_removed_after_the_block():
    before = _compiler._optimize_charset
    with remembered_charsets():
        assert _compiler._optimize_charset is not before
    assert _compiler._optimize_charset is before


def test_callers_get_their_own_list():
    with remembered_charsets():
        charset = [(_parser.RANGE, (0x4E00, 0x9FFF))]
        out, _ = _compiler._optimize_charset(list(charset))
        out.append("changed by the caller")
        again, _ = _compiler._optimize_charset(list(charset))
    assert "changed by the caller" not in again


def test_compiled_patterns_match_the_same():
    text = "全年受理31863件，办结率99.4%。Ａbc 下一步 ǅ鄉(xiāng)\u3000完成率１００％"
    for pattern, flags in PATTERNS:
        plain = [m.span() for m in re.compile(pattern, flags).finditer(text)]
        re.purge()
        with remembered_charsets():
            ours = [m.span() for m in re.compile(pattern, flags).finditer(text)]
        re.purge()
        assert ours == plain
