"""Round 26 (r26chrome): site chrome on unit, school, 人大 / 政协, county media-center and blog pages.

Each class: must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from page_text import removed, text

BODY = ("3月12日上午,青川县农业技术推广中心召开春耕生产工作推进会,总结去年工作,部署今年重点任务。\n"
        "会议指出,去年全县推广水稻新品种2.6万亩,完成测土配方施肥技术培训38场。\n"
        "会议要求,各站所要在4月底前完成早稻育秧指导,确保春耕生产有序推进。\n")


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


# class: a login widget's prompt left alone on its line once its fields went ("还没有账号?" between 用户登录 and
# 立即注册): the question, and the question with its button, go; a sentence about accounts stays
def test_login_prompt_question_goes():
    page = "县农技中心召开春耕生产工作推进会\n" + BODY + "扫一扫在手机打开当前页\n用户登录\n还没有账号?\n立即注册\n"
    assert gone("还没有账号?", page)
    assert "账号" not in text(page)


def test_login_prompt_with_button_goes_second_phrasing():
    page = "县农技中心召开春耕生产工作推进会\n" + BODY + "没有帐号？马上注册\n忘记密码?\n"
    assert gone("没有帐号？马上注册", page)
    assert "注册" not in text(page)


def test_lookalike_sentence_about_accounts_stays():
    page = ("县政务服务中心2025年工作总结\n" + BODY
            + "还没有账号的办事群众,可由窗口工作人员协助注册后办理。\n")
    assert "还没有账号的办事群众" in text(page)


# class: a hijacked school site's gambling brand left as a line of its own above the posting date
# ("Bevictor伟德" / "伟德国际官网"): the brand goes; a person named 伟德 stays
def test_gambling_brand_line_goes():
    page = BODY + "\nBevictor伟德\n2026年3月13日\n"
    assert gone("Bevictor伟德", page)
    assert "伟德" not in text(page)


def test_gambling_brand_line_goes_second_phrasing():
    page = "伟德国际官网\n" + BODY
    assert gone("伟德国际官网", page)
    assert "伟德" not in text(page)


def test_lookalike_person_named_weide_stays():
    page = BODY + "李伟德同志作了表态发言,表示将带头落实各项任务。\n伟德\n"
    out = text(page)
    assert "李伟德同志作了表态发言" in out


# class: a blog post's date row that ends on its count of views ("2010 11 2 02:46 AM 23602次查看",
# "2026-03-08 21:15 · 318次阅读"): the row goes
def test_blog_date_row_with_views_goes():
    page = "春耕随笔:田间的一天\n2026 3 8 09:40 PM 1532次查看\n" + BODY
    assert gone("2026 3 8 09:40 PM 1532次查看", page)
    assert "查看" not in text(page)


def test_blog_date_row_with_views_goes_second_phrasing():
    page = "春耕随笔:田间的一天\n2026-03-08 21:15 · 318次阅读\n" + BODY
    assert gone("2026-03-08 21:15 · 318次阅读", page)
    assert "318次" not in text(page)


def test_lookalike_dated_sentence_with_count_stays():
    page = ("青川县2025年科普工作总结\n" + BODY
            + "2025年3月8日至今,科普馆累计接待参观群众12000余人次,线上展厅累计访问4.6万次浏览。\n")
    assert "科普馆累计接待参观群众12000余人次" in text(page)


# class: a society's or school's date field labelled 发表日期 / 发表时间 over the text, and a topic row
# ("进入专题: 执法检查   依法行政"): both are the article's metadata rows
def test_published_date_field_goes():
    page = "关于学会\n您现在的位置: 首页 > 学会动态\n秘书处工作规则\n发表日期:2026-04-02\n" + BODY
    assert gone("发表日期:2026-04-02", page)
    assert "发表日期" not in text(page)


def test_published_time_and_topic_row_go_second_phrasing():
    page = ("郑远:基层人大代表联络站如何发挥作用\n发表时间:2026-05-11 10:20\n进入专题: 代表联络站   基层治理   履职\n"
            + BODY)
    assert gone("发表时间:2026-05-11 10:20", page)
    assert gone("进入专题: 代表联络站   基层治理   履职", page)
    out = text(page)
    assert "进入专题" not in out and "发表时间" not in out


def test_lookalike_sentence_on_topics_stays():
    page = ("县人大常委会2025年工作报告\n" + BODY
            + "围绕专题询问,常委会进入专题调研阶段,先后走访12个乡镇。\n"
            + "发表时间不晚于每季度末的信息,均已按要求公开。\n")
    out = text(page)
    assert "常委会进入专题调研阶段" in out and "发表时间不晚于每季度末的信息" in out
