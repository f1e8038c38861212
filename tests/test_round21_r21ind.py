"""Round 21, indicator names and commitments on real pages (r21ind): each class with a case it must catch and a
look-alike it must leave alone. Texts are written for these tests (invented units and figures)."""
from reportnlp.api import process


def _part(text):
    return process(text).parts[0]


def _names(text):
    return {m.data.value: m.data.indicator for m in _part(text).get("metrics")}


def _commitments(text):
    return [(c.data.text, c.data.deadline) for c in _part(text).get("commitments")]


# -- the number of a list item opens no name ---------------------------------------------------------------------

def test_a_list_items_number_is_no_part_of_its_name():
    names = _names("县政府今年重点办好八件实事:(3)新建乡镇敬老院4所。(4)落实技能培训补贴860万元。"
                   " (5)改造农村危桥7座。2.新增城市停车位900个。")
    assert names[4] == "新建乡镇敬老院"
    assert names[860] == "落实技能培训补贴"
    assert names[7] == "改造农村危桥"
    assert names[900] == "新增城市停车位"


def test_a_bracketed_word_inside_a_name_stays():
    names = _names("全年新增城市(县城)公共停车位2500个,改造(提升)背街小巷12条。三、四级手术1130台次。")
    assert names[1130] == "三、四级手术"  # a list of numerals is no item number
    assert names[2500] == "新增城市(县城)公共停车位"
    assert "背街小巷" in names[12]


# -- a second value after 和 shares its neighbour's name -------------------------------------------------------

def test_the_second_of_two_values_joined_by_and_shares_the_first_ones_name():
    names = _names("实到外资2.1亿美元,实到内资14.6亿元,分别完成全年目标进度的41.3%和57.2%。")
    assert names[41.3] == names[57.2] == "完成全年目标进度"


def test_a_named_second_value_after_and_keeps_its_own_name():
    names = _names("全年城区绿化覆盖率达42.5%和人均公园绿地面积达13.2平方米。")
    assert names[42.5] == "城区绿化覆盖率"
    assert names[13.2] == "人均公园绿地面积"


# -- a counted noun after a qualifier with a number, or after a place's scope ------------------------------------

def test_a_qualifier_with_a_number_after_the_measure_word_is_passed_over():
    names = _names("年内完成120个30户以上连片村寨消防管网建设,为全州4万名60岁以上老人免费体检。")
    assert names[120].startswith("完成连片村寨")
    assert names[40000] != "全州"
    assert "老人" in names[40000]
    names = _names("一是召开村民代表大会;二是年内培养2名35岁以下的村级后备干部。")
    assert names[2] == "培养村级后备干部"  # (the 是 of 二是 is no part of the verb)


def test_a_number_that_counts_the_noun_after_it_stays_a_metric():
    names = _names("今年新建村级卫生室30个,覆盖农户2600户。")
    assert names[30] == "新建村级卫生室"
    assert names[2600] == "覆盖农户"


# -- verbs that name nothing: 先后 opens, 出现 takes the noun after 起 -------------------------------------------------

def test_one_after_another_and_an_appearance_name_nothing():
    names = _names("局党组先后组织召开专题会议14次。当年辖区出现4起群体性事件,已全部处置。先后组织召开19次党组会议。")
    assert names[14] == "组织召开专题会议"
    assert names[4] == "出现群体性事件"
    assert names[19] == "组织召开党组会议"


def test_a_count_of_cases_named_before_it_keeps_that_name():
    names = _names("全年查处非法营运案件27起。")
    assert names[27] == "查处非法营运案件"


# -- a lead-in counting the things it announces: its items are commitments --------------------------------------

PLEDGES = ("12月28日上午,清河县第九届人民代表大会第三次会议开幕。县长向大会作政府工作报告。\n"
           "报告提出,明年将继续加大民生投入,扎实办好“八件民生实事”。\n"
           "(一)新建、改扩建城区幼儿园3所,新增学位1080个。\n"
           "(二)新开工老旧小区改造1460户,新建改造供水管网46公里。\n"
           "(三)为全县2.8万名65岁以上老年人免费体检。\n")


def test_the_items_of_a_counted_pledge_list_are_commitments():
    found = [t for t, _ in _commitments(PLEDGES)]
    assert any(t.startswith("(一)新建、改扩建城区幼儿园3所") for t in found)
    assert any(t.startswith("(二)新开工老旧小区改造1460户") for t in found)
    assert any("免费体检" in t for t in found)
    assert not any("扎实办好" in t for t in found)  # the lead-in is no measure of its own


INLINE_PLEDGES = ("3月6日上午,枫林区第五届人民代表大会第二次会议开幕,区长作《政府工作报告》。 报告指出,区政府将重点"
                  "抓好10件民生实事。分别是: (1)建成城北污水处理厂二期工程。 (2)新建社区食堂6处。 (3)改造农贸市场4个。")


def test_an_inline_counted_pledge_list_is_commitments_with_no_scene_date():
    found = _commitments(INLINE_PLEDGES)
    texts = [t for t, _ in found]
    assert any(t.startswith("(2)新建社区食堂6处") for t in texts)
    assert any(t.startswith("(3)改造农贸市场4个") for t in texts)
    assert all(dl != "3月6日" for _, dl in found)  # the day of the meeting is no deadline


def test_a_counted_list_of_work_done_stays_no_commitment():
    review = ("去年,县政府重点抓好了10件民生实事,全部按期完成。\n"
              "(一)新建城区幼儿园3所,新增学位1080个。\n"
              "(二)完成老旧小区改造1460户。\n")
    assert _commitments(review) == []
