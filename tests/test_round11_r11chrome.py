"""Round 11 (r11chrome): site chrome left on fresh pages of several sites, and a caption name glued by
reflow. Each class: a case it must catch and a look-alike it must leave alone. All text made up."""
from page_text import texts, text, titles


NEWS = ("日前,桐溪县中医院召开2025年度总结表彰大会,全院中层以上干部和职工代表参加会议。\n"
        "院长韩立松代表院领导班子作工作报告,全年门急诊量达到41.6万人次,同比增长7.2%。\n"
        "会议要求,2026年全院要聚焦学科建设,加快推进胸痛中心建设。\n")


def test_review_chain_rows_go():
    # (rows above a platform's note: no trailing-block rule reaches them)
    page = NEWS + ("一审:林晓禾\n二审:赵青山\n三审:孟广川\n"
                   "特别声明:以上内容为自媒体平台“某某号”用户上传并发布,本平台仅提供信息存储服务。\n")
    got = text(page)
    for row in ("一审", "二审", "三审", "林晓禾", "信息存储服务"):
        assert row not in got
    assert "加快推进胸痛中心建设" in got


def test_first_instance_in_a_sentence_stays():
    page = NEWS + "今年全院医疗纠纷一审:胜诉率达到90%以上,比上年提高5个百分点。\n"
    assert "一审:胜诉率达到90%" in text(page)


def test_app_buttons_and_loading_prompt_go():
    page = NEWS + "转发\n在看\n加载中...\n"
    got = text(page)
    assert "转发" not in got and "加载中" not in got and "在看" not in got


def test_button_words_inside_a_sentence_stay():
    page = NEWS + "全年转发健康科普文章260篇,加载中医适宜技术推广平台。\n"
    assert "全年转发健康科普文章260篇" in text(page)


def test_date_value_goes_with_its_cut_label():
    page = ("奋楫扬帆--我司召开二届三次职工代表大会\n"
            "发布日期:2024-04-18 2024年4月16日上午,公司二届三次职工代表大会隆重召开,应到代表52人,实到50人。"
            "总经理许明远作公司2023年度经营工作报告,全年实现营业收入3.4亿元。\n")
    got = text(page)
    assert "2024-04-18" not in got
    assert "2024年4月16日上午" in got


def test_a_date_in_the_text_after_a_label_like_word_stays():
    page = NEWS + "项目于2024-04-18开工,计划2025年底完工,总投资1.2亿元。\n"
    assert "2024-04-18开工" in text(page)


def test_site_news_credit_before_the_date_goes():
    page = ("青岚网消息3月2日,县林业局召开2026年春季森林防火工作会议,总结2025年工作,部署今年任务。"
            "会议指出,去年全县未发生较大森林火灾,森林覆盖率达到61.3%。\n")
    got = text(page)
    assert "青岚网消息" not in got
    assert got.startswith("3月2日,县林业局")


def test_good_news_in_the_lead_stays():
    page = ("好消息3月2日传来,县林业局获评全省森林防火先进单位,全年未发生较大森林火灾,"
            "森林覆盖率达到61.3%。\n")
    assert "好消息3月2日传来" in text(page)


def test_docshare_upload_rows_go():
    page = ("- 2026-01-01 发布 |\n- 30.5 KB |\n"
            "2025年县统计局工作总结\n2025年,县统计局紧紧围绕全县中心工作,圆满完成各项统计调查任务,"
            "全年完成专项调查12项,发布统计分析报告36篇。\n")
    got = text(page)
    assert "KB" not in got and "发布 |" not in got and "2026-01-01" not in got
    assert "完成专项调查12项" in got


def test_a_file_size_in_a_sentence_stays():
    page = NEWS + "新系统单张影像压缩后只有30.5 KB,调阅时间缩短到2秒。\n"
    assert "30.5 KB" in text(page)


def test_word_template_cover_fields_go():
    page = ("2026年区水务局上半年工作总结 撰写人: ___________ 日 期: ___________ "
            "上半年,区水务局围绕防汛保安和水环境治理,完成河道清淤14.2公里,新建污水管网9.6公里。\n")
    got = text(page)
    assert "___" not in got and "撰写人" not in got
    assert "完成河道清淤14.2公里" in got


def test_an_underline_blank_in_a_form_sentence_stays():
    page = NEWS + "请各科室于___月___日前报送材料,联系人:周敏。\n"
    assert "请各科室于___月___日前报送材料" in text(page)


def test_collection_sites_intro_disclaimer_goes():
    page = ("导语:街道综治工作汇报材料6篇一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\n"
            "一、强化组织领导。街道成立综治工作领导小组,全年召开专题会议8次,化解矛盾纠纷126起。\n"
            "二、下一步工作打算。一是继续加强网格化管理;二是完善矛盾纠纷多元化解机制。\n")
    got = text(page)
    assert "不代表本站观点" not in got and "导语" not in got
    assert "化解矛盾纠纷126起" in got


def test_a_news_lead_called_daoyu_stays():
    page = ("导语:3月5日,县委召开全县经济工作会议,总结2025年工作,部署2026年任务。\n"
            "会议指出,2025年全县地区生产总值增长6.1%,一般公共预算收入完成12.4亿元。\n")
    assert "导语:3月5日,县委召开全县经济工作会议" in text(page)


def test_caption_name_is_not_glued_to_a_truncated_line():
    page = ("9月20日,县人大常委会召开会议,听取县政府关于重点工作推进情况的报告。县长郑守义到会报告工作。\n"
            "常委会组成人员围绕重点项目、民生实事等方面现场询问。会议要求,要坚定信心保目标。要凝心聚力共推进。人大与政府\n"
            "郑守义\n"
            "本次询问活动首次开展满意度测评,参加测评人员共45人。\n")
    got = text(page)
    assert "人大与政府郑守义" not in got


def test_a_broken_sentence_is_still_joined():
    page = ("镇水利站2025年工作总结\n一、抓工程建设。全年整治山塘11口,新建和修复灌溉渠道7.5公里,新增和改善灌溉面\n"
            "积2600亩,工程验收合格率100%。\n二、抓防汛抗旱。排查隐患点19处,全部整改到位。\n")
    assert "新增和改善灌溉面积2600亩" in text(page)


def test_fanwen_headline_that_is_the_only_title_is_kept_from_the_line_model():
    # (the line model's call on a short headline varies with its words: the guard is tested directly)
    from reportnlp.stages.boilerplate import _only_title
    lines = ["社区文化活动室工作总结",
             "工作总结是对前一阶段工作的回顾。下面是小编为大家整理的社区文化活动室工作总结,欢迎阅读。",
             "枫林社区文化活动室建成于2019年,面积约160平方米,现有图书2300余册。"]
    assert _only_title(lines, 0)
    assert not _only_title(["首页>范文大全>工作总结>社区工作总结", *lines[1:]], 0)  # a breadcrumb
    assert not _only_title(lines[:1] + lines, 0)  # printed again below: a copy may go
    page = "\n".join(lines) + "\n一年来,活动室全年组织读书分享、书画培训等活动48场次,参与居民3600余人次。\n"
    assert titles(page)[0] == "社区文化活动室工作总结"


def test_a_breadcrumb_ending_on_a_genre_word_still_goes():
    page = ("首页>范文大全>工作总结>社区工作总结\n"
            "枫林社区文化活动室建成于2019年,面积约160平方米,现有图书2300余册,每周开放6天。\n"
            "一年来,活动室全年组织读书分享、书画培训等活动48场次,参与居民3600余人次。\n")
    assert "范文大全" not in text(page)


def test_title_copies_at_the_head_of_flattened_text_go():
    page = ("2026年区林业局上半年工作总结\n"
            "2026年区林业局上半年工作总结 2026年区林业局上半年工作总结 上半年,区林业局围绕森林防火和国土绿化,"
            "完成植树造林1.8万亩,新建防火通道26公里,全区未发生较大森林火灾。\n")
    assert titles(page)[0] == "2026年区林业局上半年工作总结"
    assert texts(page)[0].startswith("上半年,区林业局")


def test_title_doubled_at_the_top_of_one_flat_line_becomes_the_title():
    page = ("2026年区林业局上半年工作总结2026年区林业局上半年工作总结上半年,区林业局围绕森林防火和国土绿化,"
            "完成植树造林1.8万亩,新建防火通道26公里,全区未发生较大森林火灾。\n")
    assert "工作总结2026年区林业局" not in text(page)
    assert text(page).count("2026年区林业局上半年工作总结") <= 1


def test_a_line_repeating_the_title_as_its_subject_stays():
    page = ("2026年区林业局上半年工作总结\n"
            "2026年区林业局上半年工作总结已经局党组会议审议通过,现将主要情况报告如下:完成植树造林1.8万亩。\n")
    assert "2026年区林业局上半年工作总结已经局党组会议审议通过" in text(page)
