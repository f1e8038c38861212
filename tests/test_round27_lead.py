"""Round 27 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import all_text, commitments, deadline_of, flag_codes, label_at, names, removed, run, text, titles

WRAPPED_HEAD = ("县水务局2024年度工作总结\n"
                "2024年,在县委、县政府的坚强领导下,我局紧扣年度目标任务,各项工作稳步推进。现将具体情\n")
FIRST_PART = "一、主要成效\n全年完成水利投资3.2亿元,新建灌溉渠道46公里。\n二、存在问题\n项目资金缺口较大。\n"


# --- a converted file's sentence broken at the page's width: its end alone on a line is report text ---------------

def test_the_end_of_a_width_broken_sentence_and_the_heading_under_it_stay():
    for tail in ("况总结如下:", "况述职如下:"):
        page = WRAPPED_HEAD + tail + "\n" + FIRST_PART
        assert tail not in " ".join(removed(page))
        assert "一、主要成效" in text(page)


def test_the_end_of_a_sentence_broken_after_a_numbered_list_lead_stays():
    page = ("县水务局2024年度工作总结\n2024年,我局紧扣年度目标任务,狠抓项目建设,各项工作稳步推进。现将全年工\n"
            "作总结如下:\n" + FIRST_PART)
    assert "作总结如下:" in text(page)


def test_site_prompts_under_a_broken_line_still_go():
    # a short line closing on a colon or a stop under a cut text is not always the sentence's end
    for prompt in ("相关推荐:", "点击下载完整版。"):
        assert prompt in removed(WRAPPED_HEAD + prompt + "\n")


# --- a numbered heading under a portal's label line is no value of that label -------------------------------------

def test_a_numbered_heading_under_a_label_line_stays():
    for heading in ("一、工作成效", "(一)项目建设扎实推进"):
        page = ("县交通运输局2024年度工作总结\n主题分类:\n" + heading + "\n"
                "今年以来,我局新建农村候车亭50座,改造危桥30座。\n")
        assert heading in text(page)


def test_a_category_value_under_its_label_still_goes():
    page = ("县交通运输局2024年度工作总结\n主题分类:\n综合政务/计划总结\n"
            "今年以来,我局新建农村候车亭50座,改造危桥30座。\n")
    assert "综合政务/计划总结" in removed(page)


# --- a shared file's capped counter and poster button alone on their lines ---------------------------------------

DOCSHARE_HEAD = "县农机中心2024年度工作总结\n2024-12-05\n{counter}\n21.6KB\n4 页\n{button}\n侵权投诉\n"
BODY = "2024年,县农机中心围绕全年目标,完成农机购置补贴发放1260万元,培训农机手820人次。\n"


def test_a_capped_counter_and_a_poster_button_go():
    for counter, button in (("999+", "海报"), ("10万+", "生成海报")):
        page = DOCSHARE_HEAD.format(counter=counter, button=button) + BODY
        gone = removed(page)
        assert counter in gone and button in gone
        assert "完成农机购置补贴发放1260万元" in text(page)


def test_a_posters_count_and_an_uncapped_figure_stay():
    page = ("县农机中心2024年度工作总结\n" + BODY + "全年印发宣传海报1200份,发放明白纸3000份。\n"
            "全年服务农户\n1000+\n")
    kept = text(page)
    assert "全年印发宣传海报1200份" in kept
    assert "1000+" in kept


# --- a site's stamp glued before its address at each copy in the text ---------------------------------------------

def test_a_stamp_repeated_before_its_address_goes_with_it():
    for stamp, host in (("某某之家—全网资源每日更新", "www.moumouzj.com"),
                        ("文秘范文网-海量材料免费下载", "www.wmfanwen.net")):
        page = ("县交通运输局2024年工作总结\n"
                f"今年以来,全县公路总里程达到{stamp} {host}5706公里,比上年增加120公里。\n"
                f"高速公路通车里程达到{stamp} {host}170公里。\n")
        gone = " ".join(removed(page))
        assert stamp in gone
        assert names(page)[170.0].startswith("高速公路通车")


def test_a_reports_own_address_said_twice_stays():
    page = ("县政府2024年政府信息公开工作年度报告\n"
            "本报告可登录县政府门户网站www.moumou.gov.cn查询。\n"
            "如对本报告有疑问,请登录县政府门户网站www.moumou.gov.cn留言。\n")
    assert text(page).count("登录县政府门户网站") == 2


def test_one_address_with_words_before_it_stays():
    page = ("县交通运输局2024年工作总结\n"
            "我局开通了出行服务平台,群众可访问 www.moumou-bus.com 查询班车时刻。\n")
    assert "开通了出行服务平台" in text(page)


# --- a speech's title glued before its salutation -----------------------------------------------------------------

def test_a_speech_title_glued_before_its_salutation_is_split_off():
    for title, salutation in (("在全区公路网建设三年行动中期总结会上的汇报发言", "尊敬的各位领导、同志们:"),
                              ("在县农业农村工作会议上的讲话", "同志们:")):
        page = (title + salutation + "今天,我们召开全县农业农村工作会议,主要任务是总结工作、部署任务。"
                "下面,我讲三点意见。\n一、肯定成绩\n去年全县粮食总产量达到12.6万吨。\n")
        assert titles(page)[0] == title


def test_a_first_sentence_naming_a_speech_is_no_title():
    page = ("我代表县政府作工作报告,各位代表审议。今天,我们召开县人民代表大会第三次会议。\n"
            "一、过去一年的工作\n全县地区生产总值增长6.2%。\n")
    assert titles(page)[0] != "我代表县政府作工作报告"


# --- a hijacked portal's betting brand injected mid-sentence --------------------------------------------------------

def test_a_betting_brand_injected_into_a_sentence_goes():
    for spam in ("bet36体育在线_bet36体育投注-备用网址", "xbet体育官网-登录入口"):
        page = ("全市交通运输系统局长会议举行\n"
                f"4月1日,全市交通运输系统召开局长会议,传达了全国交通运输工作会议、{spam}全省交通工作推进会的精神。\n")
        assert spam in " ".join(removed(page))
        assert "传达了全国交通运输工作会议、全省交通工作推进会的精神" in text(page)


def test_a_sports_platform_of_a_report_stays():
    page = ("县体育局2024年工作总结\n今年,我局建成全民健身体育在线平台,上线体育场馆预约服务12项。\n")
    assert "全民健身体育在线平台" in text(page)


# --- a meeting's arrangement of the year's work, listed after the colon -------------------------------------------

MEETING = "全县交通运输工作会议召开\n3月6日,全县交通运输工作会议召开,总结2024年工作,部署2025年重点任务。\n"


def test_the_work_arranged_for_the_year_after_a_review_in_one_sentence_is_the_plans():
    for lead in ("局长回顾了2024年全县交通运输工作,剖析了面临的困难和不足,并从3个方面对2025年工作作出安排:",
                 "会议部署了2025年重点任务:"):
        page = MEETING + lead + ("一是抓实项目投资,稳住增长。二是增强服务质效,建设人民满意交通。"
                                 "三是筑牢安全防线,巩固安全稳定局面。\n")
        assert label_at(page, "一是抓实项目投资") == "下一步"
        found = commitments(page)
        assert any("抓实项目投资" in t for t, _ in found)
        assert deadline_of(page, "增强服务质效") == "2025年"


def test_the_arrangement_made_at_the_start_of_the_year_a_summary_reviews_is_the_review():
    page = ("县交通运输局2024年工作总结\n2024年,我局紧扣年度目标,各项工作稳步推进。\n"
            "年初,局党组对全年工作作了全面部署:一是抓项目建设,全年完成交通投资12亿元。"
            "二是抓服务质效,办件满意率达到99%。\n")
    assert label_at(page, "年初,局党组") == "主要做法"


def test_a_year_the_review_names_with_le_dates_no_plan():
    page = MEETING + ("局长总结回顾了2024年全县交通运输工作,并对2025年工作作安排:一是抓实项目投资,稳住增长。"
                      "二是增强服务质效,建设人民满意交通。\n")
    assert deadline_of(page, "增强服务质效") == "2025年"


def test_a_speakers_praise_listed_after_the_colon_is_the_review_and_his_tasks_the_plans():
    page = MEETING + ("副县长出席会议并讲话,充分肯定了全系统2024年的工作成绩:一是重点工程推进有力;二是出行服务持续改善。"
                      "要求全系统锚定目标,著力抓实2025年三大重点任务:一是以项目争取为重心,增强发展动力;"
                      "二是以项目攻坚为抓手,加快路网建设。\n")
    assert label_at(page, "副县长出席会议并讲话") == "主要做法"
    assert label_at(page, "要求全系统锚定目标") == "下一步"
    assert not any("重点工程推进有力" in t for t, _ in commitments(page))


def test_praise_in_passing_before_problems_stays_that_topic():
    page = MEETING + ("局长在讲话中充分肯定了过去一年的工作成绩,同时指出,当前交通运输工作仍存在项目储备不足、"
                      "资金压力较大等问题。\n")
    assert label_at(page, "局长在讲话中充分肯定了") == "存在问题"


# --- a half year whose work a clause tells as done is no deadline ------------------------------------------------

def test_a_half_year_told_as_done_gives_way_to_the_half_year_ahead():
    for told in ("村社区上半年开展的工作扎实有效", "各村上半年以来工作扎实有效"):
        page = ("街道召开村社区半年工作考核分析会\n近日,街道召开村社区半年工作考核分析会议。\n"
                f"会议指出,{told},提出下半年村社区工作重点要与街道保持高度一致。\n")
        assert deadline_of(page, "保持高度一致") == "下半年"


def test_a_half_year_ahead_of_a_plan_stays_its_deadline():
    page = ("县水务局2025年工作计划\n一、重点工作\n(一)确保上半年完成城区供水管网改造主体工程。\n")
    assert deadline_of(page, "城区供水管网改造") == "上半年"


# --- a converted file's spaced year opening several lines is no injected prefix ----------------------------------

def test_a_spaced_year_opening_several_lines_stays():
    for year in ("2026", "2031"):
        page = (f"{year} 年工作总结和明年工作打算\n县教育和体育局\n{year} 年以来,我局全力推进教育优质均衡发展。现将\n"
                f"{year} 年工作情况汇报如下:\n一、主要工作\n全年新建校舍4.2万平方米。\n")
        assert f"{year}年以来" in text(page)
        assert titles(page)[0] == f"{year}年工作总结和明年工作打算"


def test_an_injected_brand_before_several_lines_still_goes():
    page = ("县农业农村局工作总结\n鼎盛国际 一、村集体经济稳步壮大\n鼎盛国际 今年以来,全县村集体经济收入增长12%。\n"
            "鼎盛国际 二、存在问题\n鼎盛国际 部分村增收渠道单一。\n")
    assert "鼎盛国际" not in text(page)


# --- a group's share of its own plan is not checked against the whole's plan ------------------------------------

PROJECTS = ("全市重点项目建设进展\n2026年全市共列入重点项目312个,年度计划投资566.3亿元。截至9月底,全市累计完成447.9亿元,"
            "占年度投资计划的79.1%。")


def test_a_groups_share_of_its_own_plan_raises_no_mismatch():
    for part in ("其中96个续建项目已完成投资305.62亿元,占年度计划的82%。",
                 "118个新建项目中已有109个开工,累计完成投资98.17亿元,占年度计划的71%。"):
        assert "RATE_MISMATCH" not in flag_codes(PROJECTS + part + "\n")


def test_a_share_of_a_base_stated_before_still_raises_one():
    page = ("全县粮食生产情况\n全县粮食播种面积52.6万亩。今年以来,全县推进统防统治,"
            "统防统治面积28.4万亩,占粮食播种面积的65.3%。\n")
    assert "RATE_MISMATCH" in flag_codes(page)


# --- a title with a bracketed tag after it, over the report's first sentence, stays --------------------------------

def test_a_title_with_a_bracketed_tag_after_it_stays():
    for title in ("柳溪镇2024年工作总结【摘要】", "县林业局2025年工作计划【精简版】"):
        page = title + "\n2024年,柳溪镇全年实现地区生产总值18.6亿元,增长6.2%。\n"
        assert title in all_text(run(page))


# --- a requirement followed, and the count done under it in the same sentence, is the work done --------------------

def test_a_requirement_followed_and_its_count_done_are_the_review():
    for sentence in ("汛前,镇里按照上级要求各村要建立巡查台账,全镇共建立台账36本。",
                     "根据县里要求,各学校要开展安全排查,累计排查隐患212处。"):
        page = ("柳塘镇2030年工作总结\n2030年,柳塘镇认真做好各项工作,全年未发生安全事故。\n" + sentence
                + "\n针对汛情,镇防汛办组织了3次应急演练。\n")
        assert label_at(page, sentence[:8]) == "主要做法"


def test_a_count_still_to_come_under_a_requirement_stays_the_plans():
    page = ("柳塘镇2031年工作计划\n一、主要任务\n按照上级要求,各村要在汛前建立巡查台账,全镇共需建立台账36本。\n")
    assert label_at(page, "按照上级要求") == "下一步"
