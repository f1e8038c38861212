"""Round 23 (lead): chrome classes seen on saved real pages — a ghost-writer's advert with a contact id,
and a writing tool's note that it wrote the text from the reader's title."""
import pytest
from page_text import body, removed

REPORT = ("二〇二三年度工作总结\n一、主要工作\n全年完成重点工作10项,受理群众来件312件,办结率98.5%。\n{chrome}\n"
          "二、下一步\n年底前完成高标准农田建设1.2万亩。\n")


@pytest.mark.parametrize("chrome", [
    "笔杆子公文库,海量材料素材,润笔请加微:bgz_2024。",
    "各类材料代笔,润笔请加微信号:jsw_1888",
])
def test_a_ghost_writers_advert_with_a_contact_id_goes(chrome):
    page = REPORT.format(chrome=chrome)
    assert chrome.rstrip("。") in " ".join(removed(page))
    assert "润笔" not in body(page) and "VX" not in body(page) and "加V" not in body(page)


@pytest.mark.parametrize("chrome", [
    "以上内容基于您的标题“社区建设调研报告”撰写,力求符合您的需求同时保持原创性与可读性。希望对您有所帮助!",
    "以上是根据您提供的主题生成的工作总结,您可以结合实际情况修改完善。",
])
def test_a_writing_tools_note_on_how_it_wrote_the_text_goes(chrome):
    page = REPORT.format(chrome=chrome)
    assert "您" not in body(page)


@pytest.mark.parametrize("line", [
    "依托微信公众号发布政策解读32期,为困难老人代写家书并通过微信发送41封。",
    "设立代写文书服务窗口,联系电话0571-88886666,全年受理群众申请52件。",
    "以上内容根据会议记录整理,已经主要负责同志审定。",
    "以上是我们2023年的主要工作,不足之处请各位领导批评指正。",
])
def test_report_lines_that_name_writing_and_contacts_stay(line):
    page = REPORT.format(chrome=line)
    assert line in body(page)
