"""Round 26 (r26chrome): site chrome on unit, school, 人大 / 政协, county media-center and blog pages.

Each class: must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from page_text import gone, removed, run, text, titles

BODY = ("3月12日上午,青川县农业技术推广中心召开春耕生产工作推进会,总结去年工作,部署今年重点任务。\n"
        "会议指出,去年全县推广水稻新品种2.6万亩,完成测土配方施肥技术培训38场。\n"
        "会议要求,各站所要在4月底前完成早稻育秧指导,确保春耕生产有序推进。\n")


def kind_of(piece: str, page: str) -> str | None:
    """The kind boilerplate removed ``piece`` as (blanks aside), the rule's and not the line model's."""
    want = piece.replace(" ", "")
    return next((r.kind for r in run(page).removed if r.text.strip().replace(" ", "") == want), None)


# class: a login widget's prompt left alone on its line once its fields went ("还没有账号?" between 用户登录 and
# 立即注册): the question, and the question with its button, go; a sentence about accounts stays
def test_login_prompt_question_goes():
    page = "县农技中心召开春耕生产工作推进会\n" + BODY + "手机扫码阅读\n会员登录\n还没有账号?\n免费注册\n"
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
    page = BODY + "\nBV伟德体育\n2026年3月14日\n"
    assert kind_of("BV伟德体育", page) == "spam"
    assert "伟德" not in text(page)


def test_lookalike_person_named_weide_stays():
    page = BODY + "李伟德同志作了表态发言,表示将带头落实各项任务。\n伟德\n"
    out = text(page)
    assert "李伟德同志作了表态发言" in out


# class: a blog post's date row that ends on its count of views ("2010 11 2 02:46 AM 23602次查看",
# "2026-03-08 21:15 · 318次阅读"): the row goes
def test_blog_date_row_with_views_goes():
    page = "春耕随笔:田间的一天\n2026 3 8 09:40 PM 1532次查看\n" + BODY
    assert kind_of("2026 3 8 09:40 PM 1532次查看", page) == "view_counter"
    assert "查看" not in text(page)


def test_blog_date_row_with_views_goes_second_phrasing():
    page = "春耕随笔:田间的一天\n2026-03-08 21:15 · 318次阅读\n" + BODY
    assert kind_of("2026-03-08 21:15 · 318次阅读", page) == "view_counter"
    assert "318次" not in text(page)


def test_lookalike_dated_sentence_with_count_stays():
    page = ("青川县2025年科普工作总结\n" + BODY
            + "2025年3月8日至今,科普馆累计接待参观群众12000余人次,线上展厅累计访问4.6万次浏览。\n")
    assert "科普馆累计接待参观群众12000余人次" in text(page)


# class: a society's or school's date field labelled 发表日期 / 发表时间 over the text, and a topic row
# ("进入专题: 执法检查   依法行政"): both are the article's metadata rows
def test_published_date_field_goes():
    page = "关于学会\n您现在的位置: 首页 > 学会动态\n秘书处工作规则\n发表日期:2026-04-02\n" + BODY
    assert kind_of("发表日期:2026-04-02", page) == "article_meta"
    assert "发表日期" not in text(page)


def test_published_time_and_topic_row_go_second_phrasing():
    page = ("郑远:基层人大代表联络站如何发挥作用\n发表时间:2026-05-11 10:20\n进入专题: 代表联络站   基层治理   履职\n"
            + BODY)
    assert kind_of("发表时间:2026-05-11 10:20", page) == "article_meta"
    assert kind_of("进入专题: 代表联络站   基层治理   履职", page) == "article_meta"
    out = text(page)
    assert "进入专题" not in out and "发表时间" not in out


def test_lookalike_sentence_on_topics_stays():
    page = ("县人大常委会2025年工作报告\n" + BODY
            + "围绕专题询问,常委会进入专题调研阶段,先后走访12个乡镇。\n"
            + "发表时间不晚于每季度末的信息,均已按要求公开。\n")
    out = text(page)
    assert "常委会进入专题调研阶段" in out and "发表时间不晚于每季度末的信息" in out


# class: a county station's reporter line over its script ("记者黎某、蒋某某报道:"): the line goes; a sentence
# that opens on 记者 stays
def test_reporter_line_over_script_goes():
    page = ("县政协委员分组讨论常委会工作报告\n发布时间:2026-02-25 18:10\n记者苏禾、闻溪报道:\n"
            + BODY)
    assert kind_of("记者苏禾、闻溪报道:", page) == "news_credit"
    assert "报道:" not in text(page)


def test_reporter_line_over_script_goes_second_phrasing():
    page = "青川县召开春耕生产推进会\n本台记者 方远 乔木 报道\n" + BODY
    assert kind_of("本台记者 方远 乔木 报道", page) == "news_credit"
    assert "本台记者" not in text(page)


def test_lookalike_sentence_opening_on_reporter_stays():
    page = ("县融媒体中心2025年工作总结\n" + BODY
            + "记者深入一线采写稿件320篇,其中15篇被省级媒体采用报道。\n")
    assert "记者深入一线采写稿件320篇" in text(page)


# class: a reporter and a correspondent credited in one bracket after the item's last sentence, the blanks
# between them gone once normalized ("(记者 王某 通讯员 陈某某)"): the bracket goes, the sentence stays
def test_reporter_and_correspondent_credit_goes():
    page = "青川县召开春耕生产推进会\n" + BODY.rstrip("\n") + "(记者 方远 通讯员 乔木森)\n"
    out = text(page)
    assert "方远" not in out and "确保春耕生产有序推进。" in out


def test_reporter_and_correspondent_credit_goes_second_phrasing():
    page = "青川县召开春耕生产推进会\n" + BODY.rstrip("\n") + "(见习记者 林一禾 特约通讯员 赵青)\n"
    out = text(page)
    assert "林一禾" not in out and "确保春耕生产有序推进。" in out


def test_lookalike_bracket_about_reporters_stays():
    page = ("县融媒体中心2025年工作总结\n" + BODY
            + "全年开展业务培训6期(记者培训4期、通讯员培训2期)。\n")
    assert "(记者培训4期、通讯员培训2期)" in text(page)


# class: a site's hit counter that lost its label, its number alone under the dated publication row
# ("发布时间:… 字体大小:[大][中][小]" / "4874268"): the number goes; a year or a figure elsewhere stays
def test_bare_counter_under_publication_row_goes():
    page = ("关于公开征求《青川县养犬管理规定(草案)》意见的公告\n发布时间:2026-03-02 09:15:20 字体大小:[大][中][小]\n"
            "3381207\n" + BODY)
    assert gone("3381207", page)
    assert "3381207" not in text(page)


def test_bare_counter_under_publication_row_goes_second_phrasing():
    page = "县农技中心召开春耕生产工作推进会\n发布日期:2026年3月12日\n56021\n" + BODY
    assert gone("56021", page)
    assert "56021" not in text(page)


def test_lookalike_year_or_table_figure_stays():
    page = ("县农技中心召开春耕生产工作推进会\n发布日期:2026年3月12日\n2026\n" + BODY
            + "全县早稻育秧面积(亩)\n18500\n")
    out = text(page)
    assert "18500" in out


# class: a notice's own contact fields between its last sentence and its signed closing date ("邮寄地址:…" /
# "邮编:…" / "电子邮箱:…" / issuer / "2026年3月2日"): they are the notice's, they stay; a site's contact footer
# under an unsigned item still goes
NOTICE = ("关于公开征求《青川县养犬管理规定(草案)》意见的公告\n"
          "《青川县养犬管理规定(草案)》已经县政府常务会议讨论。为广泛听取意见,现向社会公开征求意见,"
          "意见建议请于3月20日前以信件方式寄至县司法局。\n")


def test_notice_contact_fields_above_signature_stay():
    page = (NOTICE + "邮寄地址:青川县滨河路18号青川县司法局\n邮编:628100\n联系电话:0839-7201345\n"
            "青川县司法局\n2026年3月2日\n")
    out = text(page)
    assert "邮寄地址:青川县滨河路18号青川县司法局" in out and "邮编:628100" in out


def test_notice_contact_fields_above_signature_stay_second_phrasing():
    page = (NOTICE + "联系人:罗文\n通讯地址:青川县政务中心三楼\n"
            "青川县人大常委会办公室\n2026年4月8日\n")
    out = text(page)
    assert "联系人:罗文" in out and "通讯地址:青川县政务中心三楼" in out


def test_lookalike_site_footer_without_signature_goes():
    page = (NOTICE + "主办:青川县人民政府办公室\n网站标识码:5108230001\n蜀ICP备05012345号\n")
    out = text(page)
    assert "网站标识码" not in out and "ICP" not in out


# class: a school site's section label over its column label at the page's top ("新闻中心" / "学院要闻"), the
# section gone by context: the column goes with it; a report opening on a heading that ends so stays
def test_stacked_column_label_goes():
    page = "新闻中心\n学院要闻\n" + BODY + "返回列表\n"
    out = text(page)
    assert "学院要闻" not in out


def test_stacked_column_label_goes_second_phrasing():
    page = "新闻中心\n校园要闻\n" + BODY + "返回列表\n"
    out = text(page)
    assert "校园要闻" not in out


def test_lookalike_heading_under_title_stays():
    page = ("青川县农业技术推广中心2025年工作总结\n一、工作动态\n" + BODY)
    assert "工作动态" in text(page)


def test_visits_field_goes_as_metadata():
    page = ("县政协委员分组讨论常委会工作报告\n  • 作者 :苏禾\n  • 访问次数 :\n  • 发布时间 :2026-02-25 18:10\n" + BODY)
    assert kind_of("• 访问次数 :", page) == "article_meta"
    page = "县农技中心召开春耕生产工作推进会\n访问量:2381\n" + BODY
    assert kind_of("访问量:2381", page) == "article_meta"


# class: a blog post's headline right over its date row with the view count (the row goes as view_counter): the
# headline is the post's title, kept as over any dated publication row
def test_blog_headline_over_views_row_is_title():
    page = "Hexo博客的迁移过程\n2026 3 8 09:40 PM 1532次查看\n分类:建站笔记 标签:Hexo, 迁移\n" \
           "主要的迁移工作算是全部完成了,接下来的重点是把旧文章的图片链接逐一修好。\n" \
           "这次迁移一共搬了186篇文章,其中12篇的格式需要手工调整。\n"
    assert titles(page) == ["Hexo博客的迁移过程"]


def test_blog_headline_over_views_row_is_title_second_phrasing():
    page = "给博客加上评论审核的经过\n2025 11 2 21:15 318次浏览\n" \
           "评论区这半年来垃圾留言越来越多,于是花了一个周末给它加上了审核功能。\n" \
           "上线一周,拦下垃圾评论420条,误拦3条。\n"
    assert titles(page) == ["给博客加上评论审核的经过"]


def test_lookalike_line_over_views_row_under_text_is_no_title():
    page = "青川县农业技术推广中心2025年工作总结\n" + BODY + "春耕随笔之二\n2026 3 8 09:40 PM 1532次查看\n"
    assert titles(page) == ["青川县农业技术推广中心2025年工作总结"]


# class: a county station's script printed as its news page, each paragraph opening on its segment tag
# ("【图文】…", "【同期声】…", "【解说】…"): the tags go and the paragraphs stay; a 【导语】 (a 范文 site's too), and a tag
# inside a sentence, stay
def test_script_segment_tags_go():
    page = ("县农技中心召开春耕生产工作推进会\n【图文】3月12日上午,青川县农业技术推广中心召开春耕生产工作推进会。\n"
            "【图文】会议指出,去年全县推广水稻新品种2.6万亩。\n【图文】会议要求,各站所要在4月底前完成早稻育秧指导。\n")
    out = text(page)
    assert "【" not in out and "会议指出,去年全县推广水稻新品种2.6万亩。" in out


def test_script_segment_tags_go_second_phrasing():
    page = ("青川新闻\n【口播】今天上午,县人大常委会召开第十二次会议。\n【同期声】县人大常委会主任 方远:我们要在年底前完成"
            "全部执法检查。\n【解说】会议听取了县政府关于养老服务工作情况的报告。\n")
    out = text(page)
    assert "【口播】" not in out and "【同期声】" not in out and "会议听取了县政府关于养老服务工作情况的报告。" in out


def test_lookalike_lead_tag_without_script_and_tag_in_sentence_stay():
    page = "县融媒体中心2025年工作总结\n【导语】2025年,县融媒体中心围绕中心工作,完成各类报道3200条。\n" + BODY
    assert "【导语】" in text(page)
    page = ("县融媒体中心2025年工作总结\n" + BODY + "全年制作【图文】专栏稿件120篇,【同期声】短视频45条。\n")
    assert "全年制作【图文】专栏稿件120篇" in text(page)


# class: a site's channel menu printed over several rows opening the page, its cells split by blanks that
# normalizing deletes between Han words ("法治研究 宪政 行政 …" / "社会经济 社会 经济 …" / "律政普法 律政 评论 …"):
# when one row went, the rows left go too; the report's title under a one-row menu stays
MENU_ARTICLE = ("\n\n方远:关于完善基层立法联系点工作机制的建议\n\n发布时间:2026-06-07      来源: 法治观察    点击:\n\n"
                "基层立法联系点是听取群众意见的重要渠道。近年来,各地共设立联系点86个,收集立法建议1200余条。\n"
                "建议在年底前出台联系点工作规范,明确信息员选聘和意见反馈程序。\n")


def test_menu_rows_over_page_go():
    page = ("法学观察 立法 执法 司法 监察 理论 廉政 公安\n民生经济 环保 教育 医疗 养老 三农 住房 就业\n"
            "普法天地 案例 评论 访谈 公益 维权 调解 问答" + MENU_ARTICLE)
    out = text(page)
    assert "立法执法" not in out and "环保教育" not in out and "案例评论" not in out
    assert "基层立法联系点是听取群众意见的重要渠道" in out


def test_menu_rows_over_page_go_second_phrasing():
    page = ("要闻 时政 经济 社会 文化 教育 卫生 体育\n县区 乡镇 部门 专题 图片 视频 评论 访谈\n"
            "首页 新闻 公告 服务 互动 数据 关于 帮助" + MENU_ARTICLE)
    out = text(page)
    assert "时政经济" not in out and "乡镇部门" not in out
    assert "建议在年底前出台联系点工作规范" in out


def test_lookalike_title_under_menu_row_stays():
    page = ("首页 新闻 公告 服务 互动 数据 关于 帮助\n青川县农业技术推广中心2025年春耕生产工作总结\n" + BODY)
    out = text(page)
    assert "春耕生产工作总结" in out or titles(page) == ["青川县农业技术推广中心2025年春耕生产工作总结"]
    assert "会议指出,去年全县推广水稻新品种2.6万亩" in out
