"""Round 23 (r23chrome): chrome, report boundaries and titles on real pages of hosts never surveyed.

Each class a must-catch test and a look-alike the rule leaves alone, on made-up text."""
from tests.page_text import removed, text, titles

REPORT = ("今年以来,南岗街道围绕老旧小区改造持续发力,全年完成改造小区12个,惠及居民1860户。\n"
          "一、主要做法\n街道成立改造专班,逐栋征求居民意见,共收集意见建议320条。\n"
          "二、下一步打算\n明年将在6月底前完成剩余5个小区的改造。\n")


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside: normalizing takes some)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


# class: a 范文 page's item marker holding the first item's title ("第1篇 …工作总结", "…工作总结篇一"), taken
# whole as an article marker: the report printing no title of its own takes it
def test_title_from_item_marker_with_number_first():
    page = "- 目录\n第1篇 2025年南岗街道老旧小区改造工作总结\n" + REPORT
    assert titles(page) == ["2025年南岗街道老旧小区改造工作总结"]


def test_title_from_item_marker_with_number_last():
    page = ("老旧小区改造工作总结(优秀5篇)\n下面是小编为大家整理的总结范文,供大家参考。\n"
            "老旧小区改造工作总结篇一\n" + REPORT)
    assert titles(page) == ["老旧小区改造工作总结"]


def test_bare_item_marker_gives_no_title():
    # a marker with no title in it ("第1篇:") names nothing
    page = "第1篇:\n" + REPORT
    assert titles(page) == [None]


# class: a flattened doc-share page printing its title twice before the text on one line
def test_title_printed_twice_glued_to_text():
    page = ("社区公共设施维护制度 社区公共设施维护制度 为加强社区公共设施管理,延长设施使用年限,制定本制度。"
            " 一、公共设施由物业每月巡查一次。 二、发现损坏的,应在3日内修复。\n")
    assert titles(page) == ["社区公共设施维护制度"]
    assert text(page).startswith("为加强社区公共设施管理")


def test_title_twice_with_collection_markers():
    # (under the page's file-name row and its teaser, the teaser cut short where the full text runs on)
    item = ("2025社区志愿服务总结范文 2025社区志愿服务总结范文(通用8篇) 2025社区志愿服务总结范文 篇1 "
            "今年以来,社区志愿服务队开展各类服务活动86场,参与志愿者1200人次。")
    page = ("2025社区志愿服务总结范文_1\n" + item[:90] + "\n" + item
            + " 一、主要做法 坚持每周一次入户走访,全年走访独居老人310户。 二、下一步打算 明年将在3月底前组建第二支服务队。\n")
    assert titles(page) == ["2025社区志愿服务总结范文"]
    assert "通用8篇" not in text(page)


def test_title_printed_once_is_left_in_the_text():
    # one copy glued to the text is no doubled title: the line stays as it is
    page = ("社区公共设施维护制度为加强社区公共设施管理,延长设施使用年限,制定本制度。"
            " 一、公共设施由物业每月巡查一次。 二、发现损坏的,应在3日内修复。\n")
    assert text(page).startswith("社区公共设施维护制度为加强")


# class: a forum thread's headline over a "[复制链接]" widget and the post row ("某某 发表于 <date>")
FORUM_TOP = "找回密码\n 注册加入\n查看: 312|回复: 2\n\n南岗街道2025年老旧小区改造工作小结\n\n[复制链接]\n"


def test_forum_headline_over_link_widget_and_post_row_is_title():
    page = FORUM_TOP + "巷口老王 发表于 2025-12-02 09:15:33 | 显示全部楼层 |阅读模式\n\n" + REPORT
    assert titles(page) == ["南岗街道2025年老旧小区改造工作小结"]


def test_widget_line_between_headline_and_text_is_no_post_row():
    # the widget line is skipped only over a post row: a headline over the widget and the text keeps no header
    page = "南岗街道2025年老旧小区改造工作小结\n[复制链接]\n巷口老王 发表于 区报专栏\n" + REPORT
    assert titles(page) == [None]


# class: a contributor's credit with 供稿 and its date closing the page's last sentence
NEWS = ("机关党支部召开党员大会\n为推进支部规范化建设,机关党支部召开全体党员大会,会议由支部书记主持。"
        "会上,各党小组汇报了上半年学习情况。\n会议要求,各党小组要按计划开展学习,做好记录。")


def test_contributor_credit_with_date_closing_the_page_goes():
    page = NEWS + "(机关党支部供稿 2025.06.18)\n"
    assert gone("(机关党支部供稿 2025.06.18)", page)
    assert text(page).rstrip().endswith("做好记录。")


def test_bracket_naming_contributed_material_stays():
    page = NEWS + "(各党小组供稿材料共18份)\n"
    assert "供稿材料共18份" in text(page)


# class: a news lead opening on its purpose, the meeting it reports named early: its headline is the title
def test_headline_over_purpose_lead_naming_the_meeting_is_title():
    page = NEWS + "\n"
    assert titles(page) == ["机关党支部召开党员大会"]


def test_short_line_not_restated_by_the_lead_is_no_title():
    page = "工作动态\n为推进支部规范化建设,机关党支部召开全体党员大会,会议由支部书记主持。会上,各党小组汇报了学习情况。\n"
    assert titles(page) == [None]


# class: a dateline whose credit follows a colon, without brackets, up to the lead's date
def test_dateline_with_colon_credit_goes_up_to_the_date():
    page = ("本网讯通讯员:周可、林岚5月8日,南岗街道“居民议事会”正式启用,首场议事会围绕停车难问题展开协商。\n"
            "经讨论,各方商定新增停车位40个,由物业在6月底前完成施划。\n")
    assert text(page).startswith("5月8日,南岗街道")


def test_dateline_over_a_training_course_keeps_its_words():
    # no colon after the role word: the lead's words, not a credit
    page = ("本网讯通讯员培训班5月8日在南岗街道开班,全街道42名通讯员参加培训。\n"
            "培训围绕新闻写作和图片拍摄展开,为期两天。\n")
    assert "通讯员培训班" in text(page)


# class: a doc-share page's source line glued after the last sentence: the label goes with its address
def test_source_label_goes_with_its_address():
    page = REPORT.rstrip("\n") + "本文来源:https://www.example-docs.com/doc/abc123.html\n"
    assert "本文来源" not in text(page)


def test_source_label_without_address_stays():
    page = REPORT.rstrip("\n") + "本文来源于街道办的年度台账。\n"
    assert "本文来源于街道办的年度台账" in text(page)
