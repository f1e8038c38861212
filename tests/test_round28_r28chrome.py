"""Round 28 (r28chrome): site chrome on families and hosts never read before — unit sites (school, hospital,
enterprise), content farms, 公众号 reposts, hijacked portals.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (report text that resembles the chrome or the cue) that must stay untouched.
"""
from page_text import blankless, gone, kept_text, removed, text, titles


LEAD = ("3月12日上午,青禾县供销社召开2025年度工作总结会,全社干部职工46人参加会议。\n"
        "会上,社主任通报了全年工作:新建村级服务站11个,农资销售额增长8.6%。\n"
        "会议要求,明年要在6月底前完成全县冷链网点布局。\n")


# -- 1. a hijacked report's live-score spam run ---------------------------------------------------------------

def test_a_live_score_run_in_a_sentence_goes_and_the_sentence_closes_up():
    page = ("溪口县2025年政府信息公开工作年度报告\n\n"
            "本报告根据《溪口县人民政府办公室比分直播,篮球比分直播关于做好政务公开工作的通知》要求编制。\n"
            "2025年,全县主动公开政府信息3120条,比分直播,足球比分直播,即时比分直播办理依申请公开41件。\n")
    kept = kept_text(page)
    assert "比分直播" not in kept
    assert "《溪口县人民政府办公室关于做好政务公开工作的通知》" in kept
    assert "主动公开政府信息3120条,办理依申请公开41件" in kept


def test_one_live_score_word_in_a_sports_report_stays():
    page = ("桐湾县体育局2025年工作总结\n\n"
            "全年承办县级联赛12场,联合县融媒体中心开通赛事比分直播服务,累计观看2.1万人次。\n"
            "明年将在9月底前建成全民健身中心。\n")
    assert "开通赛事比分直播服务" in kept_text(page)


# -- 2. a picture's default file name left where the picture stood --------------------------------------------

def test_an_app_s_picture_name_alone_on_its_line_goes():
    page = "青禾集团召开2025年度总结表彰大会\n\n" + LEAD.replace("\n会上", "\n微信图片_20260312093015_Ab\n会上", 1)
    assert "微信图片_20260312093015_Ab" not in text(page)
    assert gone("微信图片_20260312093015_Ab", page)


def test_a_camera_s_picture_names_go():
    page = ("青禾中学召开期末工作总结会\n\n" + LEAD.replace("\n会上", "\nIMG_20260105_093012\n会上", 1)
            .replace("\n会议要求", "\nmmexport1704421234567\n会议要求", 1))
    kept = text(page)
    assert "IMG_20260105" not in kept and "mmexport" not in kept


def test_a_line_that_says_more_than_a_picture_name_stays():
    page = ("青禾县网信办2025年工作总结\n\n"
            "全年审核微信图片1200张,删除违规图片36张。\n"
            "DSC检测设备3台投入使用,设备完好率100%。\n"
            "明年将在6月底前完成图片审核系统升级。\n")
    kept = kept_text(page)
    assert "全年审核微信图片1200张" in kept and "DSC检测设备3台投入使用" in kept


# -- 3. an account's keyword prompt over a repost --------------------------------------------------------------

def test_an_account_s_keyword_prompt_goes():
    for prompt in ("后台回复【年报】,获取全文下载链接", "回复关键词“资料”即可领取三套写作模板"):
        page = "2025年度社区工作总结\n\n" + prompt + "\n\n" + LEAD
        assert prompt not in text(page), prompt
        assert "新建村级服务站11个" in text(page)


def test_a_report_s_own_reply_work_stays():
    page = ("青禾县12345热线2025年工作总结\n\n"
            "全年受理群众留言8620件,做到后台回复及时、办理结果公开。\n"
            "回复率100%,满意率97.2%。\n"
            "明年将在3月底前完成知识库更新。\n")
    kept = kept_text(page)
    assert "做到后台回复及时、办理结果公开" in kept and "回复率100%" in kept


# -- 4. a feature's headline with its 记 subtitle over its publication row --------------------------------------

def test_a_ji_subtitle_headline_over_its_row_is_the_title():
    for head in ("在实干中总结,在协作中提升-----记2026年信息学院年终工作总结会",
                 "以奋斗之姿书写答卷——记青禾医院2025年度总结表彰大会"):
        page = head + "\n发布日期:2026-01-08 15:20\n\n" + LEAD
        assert titles(page)[0] == head, head


def test_a_subtitle_headline_with_a_sentence_is_no_title():
    page = ("会议要求各单位抓好落实。——记者 柳溪\n发布日期:2026-01-08 15:20\n\n" + LEAD)
    assert titles(page)[0] != "会议要求各单位抓好落实。——记者 柳溪"


# -- 5. a post's stats row: counts before their words ------------------------------------------------------

def test_a_stats_row_goes_and_the_headline_over_it_is_the_title():
    for row in ("3 评论 4120 浏览 18 收藏 12 分钟", "12 评论 3086 阅读 40 点赞"):
        page = "年终复盘:一个县级融媒体中心的年度运营总结\n\n" + row + "\n\n" + LEAD
        assert blankless(row) not in kept_text(page), row
        assert titles(page)[0] == "年终复盘:一个县级融媒体中心的年度运营总结", row


def test_a_report_s_counts_of_comments_stay():
    page = ("青禾县融媒体中心2025年工作总结\n\n"
            "全年发布稿件2360篇,收到网民评论1.2万条、留言860条。\n"
            "明年将在6月底前上线评论审核系统。\n")
    assert "收到网民评论1.2万条、留言860条" in kept_text(page)


def test_a_blog_sidebar_over_its_level_row_is_no_title():
    page = ("柳岸的博客\n首页  博文目录  图片  关于我\n个人资料:柳岸  微博  加好友  发纸条\n"
            "博客等级:9  博客积分:806  博客访问:52,118  关注人气:210\n\n"
            "2025年村务工作总结\n(2026-01-05 20:16:40)\n\n" + LEAD)
    assert not (titles(page)[0] or "").startswith("个人资料")


# -- 6. a site's summary that repeats the text's opening ------------------------------------------------------

def test_a_summary_glued_from_the_text_s_first_lines_goes():
    page = ("公文标题的拟制要求\n时间:2026-04-02 写作指导\n"
            "【摘要】:一、公文标题的基本构成公文标题一般由发文机关、事由和文种三部分组成,要求简明准确。\n\n"
            "一、公文标题的基本构成\n\n公文标题一般由发文机关、事由和文种三部分组成,要求简明准确。实际写作中,事由最难拟定。\n\n"
            "(一)发文机关要写全称\n\n发文机关一般写全称或规范简称。\n")
    kept = kept_text(page)
    assert "【摘要】" not in kept
    assert kept.count("公文标题一般由发文机关、事由和文种三部分组成") == 1


def test_a_summary_on_the_line_under_its_label_goes_too():
    page = ("社区网格化管理的几点做法\n\n内容提要:\n"
            "今年以来,我街道把全域划分为42个网格,配齐专职网格员46名,网格事项办结率98.1%。\n\n"
            "今年以来,我街道把全域划分为42个网格,配齐专职网格员46名,网格事项办结率98.1%。\n"
            "明年将在3月底前完成网格边界调整。\n")
    kept = kept_text(page)
    assert "内容提要" not in kept
    assert kept.count("配齐专职网格员46名") == 1


def test_a_paper_s_own_abstract_stays():
    page = ("县域供电工程档案管理的探讨\n\n"
            "【摘要】以农网改造工程为试点,本单位建立统一的归档模版,形成了档案管理新模式。\n"
            "农网改造工程的档案,从立卷到移交都在管理系统里完成。\n"
            "一、档案管理的滞后\n近年来,电网建设节奏明显加快,档案工作量增加。\n")
    assert "以农网改造工程为试点,本单位建立统一的归档模版" in kept_text(page)


# -- 7. a trade site's dateline with its number ------------------------------------------------------------

def test_a_numbered_site_dateline_goes():
    for line in ("电力88讯:近日,青禾供电公司召开2025年度工作总结会,部署明年重点工作。",
                 "农机360讯: 1月6日,溪口县农机推广站召开年度总结会,通报全年推广新机具420台。"):
        page = "年度工作总结会召开\n\n" + line + "\n会议要求,明年要在6月底前完成培训任务。\n"
        kept = kept_text(page)
        assert "讯:" not in kept, line
        assert blankless(line.split("讯:", 1)[1])[:12] in kept, line


def test_a_hotline_word_before_a_number_stays():
    page = ("青禾县政务服务中心2025年工作总结\n\n"
            "开通热线1234讯息服务,全年答复企业咨询2100件。\n"
            "明年将在6月底前完成热线整合。\n")
    assert "开通热线1234讯息服务" in kept_text(page)


# -- 8. an interviewee's credit row on a repost --------------------------------------------------------------

def test_an_interviewee_credit_row_goes():
    for row in ("采访嘉宾|周青禾", "受访者｜柳溪"):
        page = "一位村支书的年终账本\n\n作者|林岸\n" + row + "\n\n" + LEAD
        assert row not in text(page), row


def test_an_interviewee_sentence_stays():
    page = ("青禾县2025年营商环境调研报告\n\n"
            "受访者普遍反映审批时限明显缩短,平均办理时间由12天压缩到5天。\n"
            "明年将在6月底前完成“一件事”改革。\n")
    assert "受访者普遍反映审批时限明显缩短" in kept_text(page)


def test_removed_pieces_are_recorded():
    page = "青禾集团召开2025年度总结表彰大会\n\n" + LEAD.replace("\n会上", "\n微信图片_20260312093015_Ab\n会上", 1)
    assert any("微信图片" in r for r in removed(page))


# -- 9. a post's generated contents widget -------------------------------------------------------------------

def test_a_post_s_contents_widget_goes_whether_or_not_its_entries_come_back():
    page = ("年终复盘:县融媒体中心新媒体运营工作总结(中)\n\n12 评论 3086 阅读 40 点赞\n\n"
            "上篇讲了内容,这篇讲渠道和机制,全年发布稿件2360篇。\n\n文章目录:\n\n"
            "1.内容生产的变化\n2.渠道分发为什么要分层?\n3.机制上的三点调整\n\n"
            "二、渠道分发为什么要分层\n\n全年视频号发布短视频640条,客户端推送1020次。\n")
    kept = kept_text(page)
    assert "1.内容生产的变化" not in kept and "3.机制上的三点调整" not in kept
    assert "二、渠道分发为什么要分层" in kept and "全年视频号发布短视频640条" in kept


def test_a_contents_widget_ends_at_the_text_s_own_first_heading():
    page = ("本文目录\n(一)总体情况\n(二)主要做法\n一、总体情况\n"
            "今年以来,我镇新建村级便民服务站8个,服务群众1.2万人次。\n")
    kept = kept_text(page)
    assert "(一)总体情况" not in kept
    assert "一、总体情况" in kept and "新建村级便民服务站8个" in kept


def test_a_report_s_own_outline_that_never_comes_back_stays():
    page = ("青禾县2025年教育工作要点\n\n目录:\n一、总体要求\n二、重点任务\n三、保障措施\n\n"
            "今年全县教育工作的总体思路是:聚焦质量,补齐短板。全年新建幼儿园3所。\n")
    kept = kept_text(page)
    assert "一、总体要求" in kept and "三、保障措施" in kept


# -- 10. a repost's headline over its account's name and reading-time row -------------------------------------

def test_a_repost_headline_over_its_account_and_reading_row_is_the_title():
    for head, account in (("一位村支书的年终“账本”", "青禾三农观察"), ("在县里,也能把夜校办起来", "溪口教育")):
        page = (head + "\n\n" + account + "\n\n共 2168字,需浏览 5分钟\n\n · \n\n2030-12-28 19:42\n\n" + LEAD)
        assert titles(page)[0] == head, head
        assert account not in text(page).split("\n")[0]


def test_a_line_with_figures_over_a_reading_row_is_no_account():
    page = ("全县夜校年度总结\n\n全年开班126期\n\n共 2168字,需浏览 5分钟\n\n" + LEAD)
    assert titles(page)[0] != "全县夜校年度总结" or "全年开班126期" in text(page)


def test_a_repost_headline_with_figures_over_its_account_and_reading_row_is_the_title():
    head = "“00后”村支书的年终账本,火了"
    page = head + "\n\n青禾三农观察\n\n共 1630字,需浏览 4分钟\n\n" + LEAD
    assert titles(page)[0] == head


# -- 11. an account's bracketed 导语 that frames what it reposts ----------------------------------------------

def test_a_framing_daoyu_goes():
    for note in ("【导语:2030年11月2日,乡村治理交流会在青禾县溪口村召开。近日,我们将陆续推出会上的交流发言,敬请关注!今日推送第二篇。】",
                 "【导语】年终岁末,本号刊发三位村支书的年度述职,带您看看他们这一年。"):
        page = "村支书说账本\n\n" + note + "\n\n" + LEAD
        assert blankless(note)[:12] not in kept_text(page), note
        assert "新建村级服务站11个" in kept_text(page)


def test_a_daoyu_that_tells_the_news_stays():
    page = ("青禾县召开2025年度工作总结会\n\n"
            "【导语】3月12日,青禾县召开2025年度工作总结会,部署2026年重点工作。\n\n" + LEAD)
    assert "3月12日,青禾县召开2025年度工作总结会,部署2026年重点工作" in kept_text(page)


def test_a_survey_table_s_header_row_stays():
    page = ("青禾县2025年营商环境调研报告\n\n本次共发放问卷600份,回收有效问卷568份。\n"
            "受访者|人数|占比\n企业主|212|37.3%\n个体户|356|62.7%\n明年将在6月底前完成第二轮调研。\n")
    assert "受访者|人数|占比" in kept_text(page)
