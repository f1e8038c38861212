"""Portal, news, forum, blog and WeChat chrome of the round-8 probe: each class goes, its look-alike
in report text stays (text written for these tests)."""
import pytest

from reportnlp.stages import boilerplate
from reportnlp.stages.boilerplate import classify_line, strip_boilerplate
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str) -> str:
    return strip_boilerplate(normalize(decode(text))).text


@pytest.mark.parametrize("line,kind", [
    # a bare time stamp with its weekday after the time
    ("2026年11月05日09:41:27周四", "date_line"),
    # a news page's publication line opening with its time
    ("2026年11月02日07:45  来源:青禾新闻网-青禾日报", "article_meta"),
    # the print edition under a reposted newspaper item
    ("《青禾日报》(2026年11月02日 02 版)", "photo_caption"),
    # a caption sentence signed by its photographer
    ("与会人员参观了青禾镇蔬菜示范基地。罗文 摄", "photo_caption"),
    # a portal's label over the document it shows
    ("公开具体内容", "navigation"),
    ("详细信息", "navigation"),
    ("新闻推荐", "navigation"),
    # Discuz chrome: the guest prompt, the join link, vote buttons, counts separated by bars
    ("马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。", "forum"),
    ("加入青禾论坛", "forum"),
    ("回复 支持 反对", "forum"),
    ("主题 27|帖子 305|积分 1190", "forum"),
    # a reader's reply
    ("写得真好,收藏学习了", "chatter"),
    # a table cell's bar, a pop-up's close button
    ("|", "junk"),
    ("x", "junk"),
])
def test_portal_chrome_lines(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "2026年11月05日召开全镇安全生产会议",
    "2026年11月02日,来源于群众的意见建议已全部办结。",
    "《青禾县志》(2026年版)收录了全县村史资料。",
    "会场纪律严明。严禁拍摄",
    "公开具体内容包括机构职能和办事指南。",
    "加入青禾县志愿者协会的会员已有320人。",
    "支持和反对的意见各占一半。",
    "主题党日活动共开展12次。",
    "会议传达学习了集团公司《关于印发",
])
def test_portal_lookalikes_stay(line):
    assert classify_line(line) is None


def test_dateline_with_place_or_date_before_its_mark():
    out = clean("本报青禾讯 7月2日上午,县委召开全县防汛工作会议,部署当前防汛工作。\n")
    assert out.startswith("7月2日上午")
    out = clean("青禾网白沙县分站3月5日讯(通讯员 周亮)3月4日,白沙镇召开村级述职大会,19个村书记逐一述职。\n")
    assert out.startswith("3月4日")


def test_a_sentence_opening_with_a_medium_word_is_no_dateline():
    text = "县电信网络通讯保障有力,全年完成基站建设42个。\n"
    assert clean(text).strip() == text.strip()


def test_question_mark_indent_with_spaces_goes_marks_glued_to_a_word_stay():
    assert clean("? ? 3月1日,镇人大主席团召开会议,研究全年工作。\n").startswith("3月1日")
    assert clean("? ?代表们对报告表示赞同,全镇共有代表45名。\n").startswith("代表们")
    assert "??" in clean("全镇??村完成改造任务12项。\n")


def test_closing_credit_with_a_role_word_goes():
    out = clean("会议要求,各校要在7月5日前完成期末工作总结。(特约通讯员:许文远)\n")
    assert out.rstrip().endswith("总结。")
    out = clean("推动全县文化事业再上新台阶,全年计划开展活动60场。(文/图 柯晓明)\n")
    assert out.rstrip().endswith("60场。")
    out = clean("要求各营林区每月5日前报送进度。 (责任编辑:admin) |\n")
    assert out.rstrip().endswith("进度。")


def test_a_bracket_that_reports_stays():
    text = "全年完成投资2亿元。(记者从县发改委获悉)\n"
    assert "记者从县发改委获悉" in clean(text)


def test_glued_source_line_is_cut_after_its_time_stamp():
    out = clean("文章来源:青禾县委统战部 作者:周亮 时间:2027-01-12 15:08:421月10日,民盟支部召开年度工作总结会,"
                "会员36名参加。\n")
    assert out.startswith("1月10日,民盟支部召开")


def test_a_source_sentence_without_a_time_stamp_stays():
    text = "来源:县统计局数据显示,2026年全县粮食总产量达到12.6万吨。\n"
    assert "县统计局数据显示" in clean(text)


def test_forum_repost_content_prefix_under_its_title():
    out = clean("标题:青禾镇2026年上半年工作总结\n内容:今年以来,青禾镇统筹推进各项工作,完成投资3.2亿元。\n")
    assert "内容:" not in out and "今年以来,青禾镇统筹推进" in out


def test_a_plans_content_field_stays():
    out = clean("活动安排\n时间:3月12日\n内容:组织全体党员学习新修订的条例,共2次。\n")
    assert "内容:组织全体党员" in out


def test_anti_copy_junk_leaves_the_lines_colon():
    out = clean("各位领导、各位代表:, D# k_( t\" m$ C9 ]\n2026年,我在镇党委领导下开展工作,完成投资1.2亿元。\n")
    assert "各位领导、各位代表:" in out and "D#" not in out
    out = clean("全年完成改厕96户,群众满意率98%。5c1^3j8v.?%K@!\n")
    assert "5c1" not in out and "98%。" in out


def test_random_token_spliced_into_a_word():
    out = clean("代表们步入会场,互致问qZt7Wm候,全县共有186名代表参加。\n")
    assert "互致问候" in out
    out = clean("全县新冠xiKdqE疫情防控平稳,接种率达到96%。\n")
    assert "新冠疫情" in out


def test_product_names_stay():
    text = "全县学校配备iPhone15测试机12台,用PowerPoint课件开展培训35场。\n"
    assert clean(text).strip() == text.strip()


def test_metadata_value_under_its_removed_label_goes():
    page = ("• 主题分类:\n\n    综合政务/计划总结\n• 发文机构:\n\n    青禾县农业农村局办公室\n\n"
            "青禾县农业农村局2026年工作总结\n\n今年以来,县农业农村局完成高标准农田建设2.1万亩,新培育家庭农场46家。\n")
    out = clean(page)
    assert "综合政务/计划总结" not in out and "农业农村局办公室" not in out
    assert "完成高标准农田建设2.1万亩" in out


def test_a_label_over_a_sentence_keeps_it():
    page = "摘要:\n本文分析了青禾县农村集体经济发展中的三个问题。\n\n一、基本情况\n全县共有行政村86个,集体经济收入总额1.2亿元。\n"
    assert "本文分析了青禾县" in clean(page)


def test_a_site_name_repeated_on_its_footer_and_alone_at_the_top():
    page = ("青禾农场集团\n\n4月16日,青禾农场召开宣传工作会议,全场通讯员38人参加。\n"
            "顾场长要求全年报送稿件不少于20篇。\n\n青禾农场集团 青禾农场集团 青禾农场集团\n")
    out = clean(page)
    assert "青禾农场集团" not in out and "全场通讯员38人参加" in out


def test_a_signature_without_a_repeated_footer_stays():
    page = "4月16日,青禾镇召开全镇干部大会,全镇干部120人参加。\n\n青禾镇人民政府\n2026年4月16日\n"
    assert "青禾镇人民政府" in clean(page)


def test_credit_block_and_the_names_left_under_it_go():
    page = ("青禾学院图书馆召开年度工作总结会\n\n文:罗晓雯 图:蒋涛 审核:蒋涛 来源:图书馆 编辑:蒋涛\n\n罗晓雯 蒋涛\n审核 蒋涛\n\n"
            "12月20日下午,学院图书馆召开年度工作总结会,全馆职工42人参加。\n")
    out = clean(page)
    assert "罗晓雯" not in out and "蒋涛" not in out and "全馆职工42人参加" in out


def test_a_short_line_not_made_of_the_credits_words_stays():
    page = ("文:罗晓雯 图:蒋涛 审核:蒋涛 来源:图书馆 编辑:蒋涛\n\n图书馆年度工作回顾\n\n"
            "12月20日下午,学院图书馆召开年度工作总结会,全馆职工42人参加。\n")
    assert "图书馆年度工作回顾" in clean(page)


def test_a_blogs_name_over_its_post_header_goes():
    page = ("溪畔闲笔\n\n一年回望\n\n溪畔闲笔 2026-12-30 随笔 35 次浏览 2个评论\n\n"
            "今年我在镇农技站工作满三年,全年下村指导农户186户次,举办培训班6期。\n")
    out = clean(page)
    assert "溪畔闲笔" not in out and "一年回望" in out and "下村指导农户186户次" in out


def test_a_column_label_repeating_the_breadcrumb_goes_the_title_ending_it_stays():
    page = ("综合新闻\n\n当前位置:首页 > 综合新闻 > 正文\n\n"
            "12月20日,青禾学院召开年度工作总结会,全院教职工320人参加。\n")
    out = clean(page)
    assert "综合新闻" not in out
    # the page's title ends its breadcrumb; a report's genre names it (the line model has its own say)
    lines = ["当前位置:首页>通知公告>局务公开", "局务公开", "述职报告",
             "2026年,我在局党组领导下分管办公室工作,全年办理来文1260件,办结率100%。"]
    assert boilerplate._column_labels(["breadcrumb", None, None, None], lines) == []
    lines = ["当前位置:首页>述职报告>正文", "述职报告",
             "2026年,我在局党组领导下分管办公室工作,全年办理来文1260件,办结率100%。"]
    assert boilerplate._column_labels(["breadcrumb", None, None], lines) == []


def test_a_notices_contact_line_stays_a_sites_address_goes():
    assert classify_line("联系人:周晓岚 联系电话:0858-6213047 邮箱:qhjy@163.com") is None
    assert classify_line("地址:青禾县人民路1号 电话:0858-6213047") == "site_footer"
    assert classify_line("投稿邮箱:tougao@163.com") is not None


def test_a_readers_reply_with_its_date_is_chatter():
    assert classify_line("学习了,收藏!2026-01-09") == "chatter"


def test_a_spam_site_name_spliced_into_a_word_goes():
    out = clean("县长骆明哲作政府工白鹭资讯网作报告,全县地区生产总值增长6.8%。\n")
    assert "政府工作报告" in out
    out = clean("会场内外洋溢着热青禾资讯网烈的气氛,186名代表出席。\n")
    assert "热烈的气氛" in out


def test_a_site_named_as_a_source_stays():
    text = "据青禾资讯网报道,全县2026年新增就业6800人。\n"
    assert "青禾资讯网" in clean(text)


def test_a_title_under_an_empty_search_field_stays():
    page = ("搜索位置:\n排序:\n青禾街道办事处2026年12345热线诉求办理工作自查报告\n"
            "按照区政务服务中心要求,街道对全年热线诉求办理情况进行了自查,共接收工单3426件。\n")
    assert "热线诉求办理工作自查报告" in clean(page)


def test_a_metadata_line_going_on_with_more_fields_goes_whole():
    out = clean("信息来源:院办 发布人:admin 发布时间:2026-02-02 访问次数:2186\n\n"
                "2月1日下午,我院召开职工代表大会,职工代表128人参加。\n")
    assert "访问次数" not in out and out.lstrip().startswith("2月1日下午")
