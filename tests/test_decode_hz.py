"""HZ (RFC 1843): GB2312 shifted into 7-bit ASCII between ~{ and ~}; it also reads as UTF-8."""
from reportnlp.api import extract_bytes
from reportnlp.stages.decode import decode_bytes

PAGE = ("青川县信访局2023年工作总结\n"
        "全年共受理群众来信来访1208件，办结率达98.5%，群众满意率96%。\n"
        "下一步，我们将于年底前建成县级矛盾纠纷调处中心。\n")


def test_hz_page_is_decoded_and_analysed():
    data = PAGE.encode("hz")
    assert data.isascii() and b"~{" in data
    text, encoding, replaced = decode_bytes(data)
    assert (text, encoding, replaced) == (PAGE, "hz", 0)
    result = extract_bytes(data, source="hz.txt")
    assert result.encoding == "hz"
    assert {m.value for d in result.documents for m in d.metrics} >= {1208, 98.5, 96}


def test_ascii_with_a_stray_shift_stays_utf8():
    code = b"function f() { return a ~{abcdefghijklmnopqrstuvwxyz~} }\n" * 3
    assert decode_bytes(code)[1] == "utf-8"
    # a UTF-8 page whose emoticon looks like a shift: not ASCII, so never HZ
    assert decode_bytes("今天很开心 ~{ 哈哈 ~} 全年办件1200件".encode())[1] == "utf-8"
    # too few pairs inside the shift to tell
    assert decode_bytes(b"note ~{0A~} done")[1] == "utf-8"
