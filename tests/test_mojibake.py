"""Text decoded with the wrong codec upstream (mojibake) is re-read, located, and reported; real text
that merely looks unusual is left alone."""
import pytest
from cpu_budget import growth
from reportnlp.api import extract_bytes
from reportnlp.lexicons import load_yaml
from reportnlp.stages.decode import decode
from reportnlp.stages.mojibake import repair_mojibake

REPORT = ("柳塘镇2023年信访工作总结\n一、基本情况\n今年以来，全镇共受理群众来信来访312件，办结率达98.5%，群众满意率100%。\n"
          "二、下一步工作\n年底前完成矛盾纠纷排查化解台账建设，覆盖全部26个村（社区）。\n")


def _repaired(text: str):
    return repair_mojibake(decode(text))


def _gbk_read_as_latin1(text: str) -> str:
    """What ``requests`` hands over for a GBK page whose server names no charset."""
    return text.encode("gbk").decode("latin-1")


def _utf8_read_as_gbk_saved_again(text: str) -> str:
    """A UTF-8 file opened as GBK in an editor and saved: undecodable bytes end up as "?"."""
    return text.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace").decode("gbk")


@pytest.mark.parametrize("misread", [
    _gbk_read_as_latin1,
    lambda t: t.encode("utf-8").decode("latin-1"),  # UTF-8 read as Latin-1
], ids=["gbk-as-latin1", "utf8-as-latin1"])
def test_latin1_readings_are_read_back_exactly(misread):
    doc = _repaired(misread(REPORT))
    assert doc.text == REPORT
    assert {m["read_as"] for m in doc.meta["mojibake"]} == {"latin-1"}


def test_big5_read_as_latin1_comes_back_traditional_then_simplified():
    traditional = "二、下一步工作\n年底前完成高標準農田建設1.2萬畝，新增灌溉面積3800畝。\n"
    result = extract_bytes(traditional.encode("big5").decode("latin-1").encode("utf-8"), source="a.txt").model_dump()
    assert result["mojibake"][0]["written_in"] == "big5"
    assert "年底前完成高标准农田建设1.2万亩" in result["documents"][0]["text"]


def test_repaired_figures_point_back_to_the_misread_bytes_in_the_file():
    raw = _gbk_read_as_latin1(REPORT)
    result = extract_bytes(raw.encode("utf-8"), source="a.txt").model_dump()
    metric = next(m for m in result["documents"][0]["metrics"] if m["value"] == 312)
    assert metric["indicator"] == "受理群众来信来访"
    # "312件" was spelled "312" and the two Latin-1 characters of 件's GBK bytes
    assert raw[metric["source_start"]:metric["source_end"]] == "312" + "件".encode("gbk").decode("latin-1")


def test_every_repaired_character_maps_to_the_characters_that_spelled_it():
    raw = _gbk_read_as_latin1(REPORT)
    doc = _repaired(raw)
    for i, char in enumerate(doc.text):
        s, e = doc.to_source(i, i + 1)
        assert raw[s:e].encode("latin-1").decode("gbk") == char


def test_utf8_read_as_gbk_is_read_back_but_for_the_bytes_it_lost():
    doc = _repaired(_utf8_read_as_gbk_saved_again(REPORT))
    assert "今年以来，全镇共受理群众来信来" in doc.text and "办结率达98.5%，群众满意率100%" in doc.text
    # short lines, whose few characters tell little alone, follow the page's long ones
    assert "镇2023年信访工作" in doc.text.split("\n")[0]
    assert "年底前完成矛盾纠纷排查化解台账建设，覆盖全部26" in doc.text
    lost = doc.text.count("\ufffd")  # a character cut by a byte the editor dropped
    assert 0 < lost < 0.15 * len(REPORT)
    assert {m["read_as"] for m in doc.meta["mojibake"]} == {"gbk"}


def test_lost_bytes_are_reported_as_lost_characters():
    result = extract_bytes(_utf8_read_as_gbk_saved_again(REPORT).encode("utf-8"), source="a.txt").model_dump()
    assert result["lost_characters"] and all(c["text"] == "\ufffd" for c in result["lost_characters"])


LOOK_ALIKES = [
    "Müller、José与Françoise出席了中外合作交流会，会上签约项目12个。",  # accented names
    "××县××局2023年工作总结\n全年完成××项工作，同比增长±3%，室温保持18°C。",  # placeholders and symbols
    "—— END ——\n“十四五”规划……完成率100%",  # Windows-1252 marks that are Chinese punctuation too
    # characters a GBK reading of UTF-8 makes, used for what they are
    "濮阳市澧县瀚海镇浏览量统计：濡沫宸宫寰宇鎮江妗姊绯红缁纱琚瑜璀璨，惬意憧憬。",
    "台灣省屏東縣某鎮公所\n本鎮今年辦理急難救助案件45件，鎮民滿意度達96%。",  # traditional, with 鎮
    "Ã©tude de cas: la réforme fiscale et l'économie",  # French, and one stray mark
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_real_text_that_looks_unusual_is_left_alone(text):
    doc = _repaired(text)
    assert doc.text == text and "mojibake" not in doc.meta


def test_the_marks_are_the_gbk_readings_of_utf8_lead_and_continuation_bytes():
    marks = load_yaml("normalize.yml")["mojibake"]["utf8_as_gbk_marks"]
    derived = ["".join(c for trail in range(0x80, 0xC0) if (c := bytes([lead, trail]).decode("gbk", errors="ignore")))
               for lead in (*range(0xE3, 0xEA), 0xEF)]
    assert marks == derived


@pytest.mark.parametrize("misread", [_gbk_read_as_latin1, _utf8_read_as_gbk_saved_again], ids=["latin1", "gbk"])
def test_long_misread_lines_are_repaired_in_linear_time(misread):
    sentence = "全镇共受理群众来信来访312件，办结率达98.5%，群众满意率100%。"

    def work(k):
        return repair_mojibake(decode(misread(sentence * k)))

    small, large = growth(work, 500)
    assert large < 8 * small + 0.05, f"{small:.3f} s, then {large:.3f} s"
    assert work(20).text.count("全镇共受理群众来信来") == 20
