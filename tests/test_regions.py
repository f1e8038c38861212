"""Regions and issuing units: real places and bodies only (reportnlp/regions.py)."""
import pytest

from reportnlp.api import process
from reportnlp.regions import find_regions, is_body


@pytest.mark.parametrize("fragment", [
    "根据市委要求", "常务副县长带队", "每年年度向市里报告", "督查室对各县进行检查", "业务骨干进驻区中心",
    "分解落实到乡", "干部包镇街乡", "农工部考评乡镇", "统筹城乡发展", "深入乡镇一线", "经对我乡自查",
])
def test_sentence_fragments_are_no_regions(fragment):
    assert find_regions(fragment) == []


def test_listed_divisions_and_towns_by_suffix():
    text = "四川省成都市锦江区政务服务中心会同常德市鼎城区、任市镇和回龙镇,在建设高山乡、位于大安桥街道的站点。"
    assert find_regions(text) == ["四川省", "成都市", "锦江区", "常德市", "鼎城区", "任市镇", "回龙镇", "高山乡",
                                  "大安桥街道"]


@pytest.mark.parametrize("name,ok", [
    ("锦江区政务服务中心", True), ("县财政局", True), ("西城乡文化站", True), ("市行政审批监督管理局", True),
    ("现我镇", False), ("我市人民政府", False), ("xxx街道", False), ("根据市", False), ("常务副县", False),
])
def test_issuing_units_are_real_bodies(name, ok):
    assert is_body(name) is ok


def test_metadata_regions_hold_no_fragments():
    text = ("根据市委、市政府的部署,常务副县长带队对全县进行督查。南宁市青秀区政务服务中心每年年度向市里报告工作。"
            "今年共受理审批事项1260件,办结1255件。")
    meta = process(text).parts[0].meta["metadata"]
    assert meta["regions"] == ["南宁市", "青秀区"]
