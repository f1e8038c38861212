"""Round 13 (r13doc): second pass on fresh pages' boilerplate classes. Each class: a case it must catch and a
look-alike it must leave alone. All text made up."""
from reportnlp.api import process
from reportnlp.stages.boilerplate import _meeting_fields, _rules


def text(page: str) -> str:
    return "\n".join(p.text for p in process(page).parts)


# class: a headline about the unit's own reporters ("…召开通讯员工作总结暨培训会") is a headline, not a credit
def test_headline_naming_reporters_is_a_headline():
    headline = _rules()["news_headline"]
    assert headline.match("青桐公司召开通讯员年终总结暨2026年宣传工作部署会")
    assert headline.match("通讯员业务培训暨表彰会")
    assert headline.match("市融媒体中心举行记者节座谈会")


def test_credit_line_is_no_headline():
    headline = _rules()["news_headline"]
    assert not headline.match("融媒记者 韦晓岚 通讯员 蒙立新")
    assert not headline.match("通讯员邝思远")
    assert not headline.match("责任编辑 卢雨桐")


# class: a meeting record's field lines are the record's text, never the line model's chrome
RECORD = ("柏溪社区2026年第二次居民议事会会议记录\n"
          "会议时间:2026年5月9日下午2:30\n"
          "会议地点:社区党群服务中心三楼\n"
          "主持人:蔡立群(社区主任)\n"
          "记录人:甘晓雯\n"
          "参会人员:居民代表应到28人,实到26人\n"
          "一、会议议程\n"
          "会议审议了小区停车位划线方案,到会代表举手表决,同意24票,方案通过。\n"
          "参会代表签字:(略)\n")


def test_meeting_record_fields_are_found():
    lines = RECORD.splitlines()
    found = _meeting_fields(lines, RECORD)
    assert {1, 2, 3, 4, 5, 8} <= found
    assert 0 not in found and 7 not in found


def test_meeting_record_fields_stay():
    got = text(RECORD)
    for field in ("会议时间:2026年5月9日", "会议地点:社区党群服务中心三楼", "记录人:甘晓雯", "参会代表签字:(略)"):
        assert field in got


def test_portal_meta_row_is_no_meeting_field():
    page = ("发布时间:2026-05-12 来源:柏溪社区\n"
            "5月9日,柏溪社区召开居民议事会,审议小区停车位划线方案。\n"
            "主持人:蔡立群\n")
    # one field word on a page that names no record: the line model decides as before
    assert _meeting_fields(page.splitlines(), page) == set()
    assert _meeting_fields(["发布时间:2026-05-12", "来源:柏溪社区"], "发布时间:2026-05-12\n来源:柏溪社区") == set()


# class: a meeting record's own heading over its field lines is the record's title
def test_meeting_record_heading_is_its_title():
    (p,) = process(RECORD).parts
    assert p.meta.get("title") == "柏溪社区2026年第二次居民议事会会议记录"
    assert p.text.startswith("会议时间:")


def test_sentence_about_records_is_no_title():
    page = ("关于写好会议记录的几点体会\n"
            "写好会议记录需要平时多练习,做到记得全、记得准,会后及时整理归档。\n")
    (p,) = process(page).parts
    assert p.meta.get("title") != "写好会议记录需要平时多练习"
    assert "会后及时整理归档" in p.text


# class: a two-phrase headline printed as the title, its copy and again in the closing paragraph is the
# page's own words, no word injected before its lines
COUPLET = ("春风化雨润桃李 笃行致远向未来 ——青枫实验小学2026年春季开学典礼\n"
           "春风化雨润桃李 笃行致远向未来\n"
           "——青枫实验小学2026年春季开学典礼\n"
           "2月16日上午,青枫实验小学举行2026年春季开学典礼,全校1260名师生参加。\n"
           "典礼上,学校表彰了上学期32个文明班级和86名优秀少先队员。\n"
           "春风化雨润桃李 笃行致远向未来。新学期里,全校师生将继续努力,书写新的篇章。\n")


def test_repeated_two_phrase_headline_is_no_injected_prefix():
    got = text(COUPLET)
    assert "春风化雨润桃李笃行致远向未来。新学期里" in got.replace(" ", "")


def test_injected_word_before_different_lines_still_goes():
    page = ("鸿运国际 青枫实验小学2026年春季开学典礼\n"
            "鸿运国际 2月16日上午,青枫实验小学举行2026年春季开学典礼,全校1260名师生参加。\n"
            "鸿运国际 典礼上,学校表彰了上学期32个文明班级和86名优秀少先队员。\n")
    got = text(page)
    assert "鸿运国际" not in got and "表彰了上学期32个文明班级" in got


# class: a news headline over a CMS meta block (• 发布人:… / • 时间:… / • 点击: / • 打印) that the line model
# only leans to calling chrome is still the headline over its lead
from reportnlp.stages.boilerplate import _headline_over_lead  # noqa: E402

META_PAGE = ["我校召开建校七十周年校史编撰工作会", "• 发布人:校办", "• 时间:2026-03-18", "• 点击:", "• 打印",
             "3月17日下午,学校召开建校七十周年校史编撰工作会,对校史资料征集和纪念文章撰写作出部署,各部门负责人参加会议。"]


def test_headline_over_a_leaning_meta_block_is_kept():
    decided = [None, None, "article_meta", "learned", "toolbar", None]
    leaning = [True, True, False, False, False, False]
    assert _headline_over_lead(META_PAGE, decided, 0, 5, _rules()["news_headline"], leaning)


def test_line_of_text_between_is_no_meta_block():
    # a line between that the model does not lean to is the report's own: the short line above is no headline
    decided = [None, None, "article_meta", "learned", "toolbar", None]
    leaning = [True, False, False, False, False, False]
    assert not _headline_over_lead(META_PAGE, decided, 0, 5, _rules()["news_headline"], leaning)


# class: a hijacked site's adult-video name put in place of the unit's own, in its title and sentences
def test_hijacked_spam_name_goes():
    page = ("88精品国产免费久久麻豆\n"
            "青枫中学召开校史编撰工作会\n"
            "3月17日下午,青枫中学召开校史编撰工作会,激励88精品国产免费久久麻豆人奋勇前行,各部门负责人参加会议。\n")
    got = text(page)
    assert "麻豆" not in got and "国产" not in got
    assert "各部门负责人参加会议" in got


def test_stock_words_in_a_report_stay():
    page = ("青枫中学2026年工作总结\n"
            "学校坚持久久为功,建成国产高清录播教室3间,向家长免费开放视频课程资源。\n")
    got = text(page)
    assert "坚持久久为功" in got and "国产高清录播教室3间" in got and "免费开放视频课程资源" in got
