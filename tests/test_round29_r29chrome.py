"""Round 29 (r29chrome): site chrome on hosts never read before — unit news sites (hospital, school, bank, enterprise,
街道), county 融媒体 items, content farms, hijacked sites and mirrors.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (report text that resembles the chrome or the cue) that must stay untouched.
"""
from page_text import gone, kept_text, text, titles


LEAD = ("5月12日上午,青禾县供销社召开2031年上半年工作推进会,全社干部职工52人参加会议。\n"
        "会上,社主任通报了上半年工作:新建村级服务站9个,农资销售额增长7.4%。\n"
        "会议要求,下半年要在9月底前完成全县冷链网点布局。\n")


# -- 1. a hijacked page's line of adult-video titles ----------------------------------------------------------

def test_a_line_of_adult_titles_with_odd_letters_goes():
    page = ("午夜影视аv无码,久久aⅴ一区二区三区,日韩ⅴ在线观看,国产偷拍不卡\n"
            "一年的网格日记\n"
            "  今年我在社区负责网格工作,全年走访居民1260户,调解矛盾纠纷31起。\n"
            "  下半年,我要在9月前把网格台账全部理清。\n")
    kept = kept_text(page)
    assert "无码" not in kept and "在线观看" not in kept and "偷拍" not in kept
    assert kept.startswith("一年的网格日记")


def test_a_traditional_page_s_line_of_adult_titles_with_a_web_address_goes():
    page = ("日韩欧美不卡一区二区,www.桃子.com,国产高清一区二区在线,三级视频日韩欧美,77久久精品国产\n\n"
            "隨筆\n一年的社區工作\n"
            "  今年我在社區負責網格工作,全年走訪居民1260戶,調解矛盾糾紛31起。\n"
            "  下半年,我要在9月前把網格台賬全部理清。\n")
    kept = kept_text(page)
    assert "一区二区" not in kept and "三级视频" not in kept and "www." not in kept
    assert "全年走访居民1260户" in kept


def test_a_report_s_list_with_video_and_domestic_words_stays():
    page = ("青禾县教育局2031年信息化工作总结\n\n"
            "推进国产化替代,建设高清视频会议系统,打造精品在线课程,全年完成投资860万元。\n"
            "开拓欧美市场,发展跨境电商,提升国产品牌\n"
            "明年将在6月底前完成全县中小学网络提速。\n")
    kept = kept_text(page)
    assert "推进国产化替代,建设高清视频会议系统,打造精品在线课程" in kept
    assert "开拓欧美市场,发展跨境电商,提升国产品牌" in kept


# -- 2. a content farm's note naming where the text came from and forbidding copies ----------------------------

def test_a_source_note_forbidding_copies_goes_though_the_site_name_has_digits():
    page = "声明:本文来自于青禾88云,未经允许禁止转载。\n" + LEAD
    assert "未经允许禁止转载" not in kept_text(page)
    assert gone("声明:本文来自于青禾88云,未经允许禁止转载。", page)


def test_a_site_s_own_copy_note_with_an_exclamation_goes():
    page = LEAD + "本文为溪口在线原创,未经同意谢绝转载!\n"
    assert "谢绝转载" not in kept_text(page)
    assert "下半年要在9月底前完成全县冷链网点布局" in kept_text(page)


def test_a_report_s_sentences_on_copying_stay():
    page = ("青禾县网信办2031年上半年工作总结\n\n"
            "二是规范转载管理,督促属地网站落实转载白名单制度。\n"
            "对未经许可转载新闻信息的3家网站依法约谈,责令整改。\n"
            "下半年将在8月底前完成全县网站备案复核。\n")
    kept = kept_text(page)
    assert "对未经许可转载新闻信息的3家网站依法约谈" in kept
    assert "二是规范转载管理" in kept


# -- 3. a headline over a publication row dated with a two-digit year -----------------------------------------

ESSAY = ("        春节期间回乡下老家探亲。\n        午饭后,父亲拿着手机看得正起劲。我问他:“爸,在看什么呢?”\n"
            "        “在看咱村的公众号呢!”父亲头也不抬。\n")


def test_a_headline_over_a_two_digit_year_row_is_the_title():
    page = ("您现在的位置:首页>>乡土文化>>正文\n"
            "“写乡村变化,为家乡点赞”征文活动获奖作品——咱村的网格员\n"
            "发布日期:31-03-06 08:12:40 来源:   点击次数:  分享到微博\n\n" + ESSAY)
    assert titles(page)[0] == "“写乡村变化,为家乡点赞”征文活动获奖作品——咱村的网格员"


def test_a_headline_over_an_update_row_with_slashes_is_the_title():
    page = ("您现在的位置:首页>>社区文化>>正文\n"
            "“寻访身边榜样,讲述奋斗故事”征文活动获奖作品——社区里的热心人\n"
            "更新时间:31/09/12 10:20 来源:   点击次数:  分享到微博\n\n" + ESSAY)
    assert titles(page)[0] == "“寻访身边榜样,讲述奋斗故事”征文活动获奖作品——社区里的热心人"


def test_a_report_line_with_a_short_date_stays_report_text():
    page = ("青禾县统计局2031年上半年工作总结\n\n"
            "系统日志显示,发布日期:31-06-20 10:15的报表全部按时报送,共计报表126张。\n"
            "下半年将在9月底前完成经济普查入户登记。\n")
    assert "共计报表126张" in kept_text(page)


# -- 4. a news item's closing credit naming the reporter's newsroom --------------------------------------------

def test_a_credit_with_the_newsroom_after_the_last_sentence_goes():
    page = ("青禾小学召开期末工作总结大会\n发布时间:2031-01-20 浏览次数:36\n\n"
            "1月18日上午,青禾小学召开期末工作总结大会,全体教职工参加。\n"
            "校长最后提出要求,让孩子们在这片沃土上健康快乐成长。 周小荷 溪口新闻网记者 林晓川\n")
    kept = kept_text(page)
    assert "溪口新闻网记者" not in kept and "林晓川" not in kept
    assert kept.endswith("健康快乐成长。")


def test_a_bracketed_credit_with_the_newsroom_goes():
    page = ("青禾县卫健委部署大棚房整改\n发布时间:2031-03-02 浏览次数:58\n\n"
            "会议要求,各乡镇必须在4月20日前全面完成整改任务。(溪口日报记者 方小晓 通讯员 许小茵)\n")
    kept = kept_text(page)
    assert "通讯员" not in kept
    assert kept.endswith("全面完成整改任务。")


def test_thanks_to_the_press_and_a_photo_credit_stay_as_they_were():
    page = ("青禾县融媒体中心2031年上半年工作总结\n\n"
            "上半年刊发稿件1260篇。感谢溪口新闻网记者的大力支持。\n"
            "会上,市日报记者李小青介绍了采访经过,全体编辑记者32人参加。\n"
            "下半年将在9月底前完成客户端改版。\n")
    kept = kept_text(page)
    assert "感谢溪口新闻网记者的大力支持" in kept
    assert "市日报记者李小青介绍了采访经过" in kept
    caption = ("青禾县第九届人民代表大会第三次会议开幕\n发布时间:2031-01-10 浏览次数:80\n\n"
               "1月9日,青禾县第九届人民代表大会第三次会议开幕。溪口新闻网记者胡小棠摄\n"
               "县长作政府工作报告,回顾了过去一年的工作。\n")
    assert "胡小棠摄" not in text(caption)


# -- 5. a headline over a row of the site's address and the date ----------------------------------------------

HOSPITAL = ("    2月7日下午,青禾县人民医院2030年度工作总结表彰大会在门诊楼报告厅举行,中层以上干部120人参会。\n"
            "    院长作年度工作报告,全年门急诊量达31.2万人次,同比增长6.1%。\n"
            "    党委书记要求,6月底前完成胸痛中心建设。\n")


def test_a_headline_over_the_site_address_and_date_is_the_title_and_the_date_goes():
    page = ("站内检索\n医院动态\n专家团队\n \n医院动态  \n\n"
            "同心筑梦 共启新程——医院举行2030年度总结表彰会\n"
            "http://www.qhxyy.cn   2031年2月8日\n\n" + HOSPITAL)
    assert (titles(page)[0] or "").replace(" ", "") == "同心筑梦共启新程——医院举行2030年度总结表彰会"
    assert "2031年2月8日" not in kept_text(page)


def test_a_headline_over_an_address_and_a_padded_date_is_the_title():
    page = ("新闻中心\n\n"
            "青禾中心医院召开年度总结表彰会\n"
            "http://www.qhzxyy.com 2031年02月08日\n\n" + HOSPITAL)
    assert titles(page)[0] == "青禾中心医院召开年度总结表彰会"
    assert "2031年02月08日" not in kept_text(page)


def test_a_report_s_own_date_line_under_its_title_stays():
    page = ("青禾县人民医院2030年度工作总结\n"
            "2031年1月5日\n\n"
            "    2030年,全院门急诊量达31.2万人次,同比增长6.1%。\n"
            "    2031年,医院将在6月底前完成胸痛中心建设。\n")
    assert "2031年1月5日" in kept_text(page)


# -- 6. a comment box's sign-in choice left under the item -----------------------------------------------------

def test_a_comment_box_s_sign_in_choice_goes():
    page = LEAD + "\n实名登录\n"
    assert "实名登录" not in kept_text(page)
    page = LEAD + "\n实名登录 匿名发表\n"
    assert "匿名发表" not in kept_text(page)


def test_a_report_s_sign_in_words_stay():
    page = ("青禾县政务服务中心2031年上半年工作总结\n\n"
            "推行实名登记,网上办事实名认证率达98%。\n"
            "推行实名登录制度\n"
            "下半年将在9月底前完成自助终端更新。\n")
    kept = kept_text(page)
    assert "推行实名登记" in kept and "推行实名登录制度" in kept


# -- 7. a news app's dateline with its city station before the date -------------------------------------------

def test_a_news_app_s_dateline_with_a_city_station_goes():
    page = ("溪城网时刻桐湾3月29日讯(通讯员 周小岚)3月26日上午,桐湾镇召开新闻宣传工作座谈会,明确了全年宣传工作重点。\n"
            "镇党委要求,6月底前建成一支20人的宣传小分队。\n")
    kept = kept_text(page)
    assert "溪城网时刻" not in kept and "通讯员" not in kept
    assert kept.startswith("3月26日上午,桐湾镇召开新闻宣传工作座谈会")


def test_a_station_s_app_dateline_with_a_county_before_the_date_goes():
    page = ("青禾台客户端溪口5月6日讯 5月5日,溪口县召开上半年安全生产工作推进会。\n"
            "会议要求,各乡镇要在6月底前完成隐患排查整治。\n")
    kept = kept_text(page)
    assert "客户端" not in kept and kept.startswith("5月5日,溪口县召开上半年安全生产工作推进会")


def test_a_report_line_naming_the_app_stays():
    page = ("青禾县融媒体中心2031年一季度工作总结\n\n"
            "青禾网时刻关注基层动态,3月共推送稿件126篇。\n"
            "二季度将在6月底前完成客户端改版。\n")
    assert "青禾网时刻关注基层动态,3月共推送稿件126篇" in kept_text(page)


# -- 8. a county app's byline row under the headline ---------------------------------------------------------

NOTICE = ("为倾听群众诉求,青禾区将组织领导干部集中接待来访群众。具体安排如下:\n\n"
          "1.接待日期:3月8日上午9:00—11:00;\n\n2.地点:各镇人民政府大院内。\n\n"
          "请来访群众于3月7日前到所在镇政府值班室预约登记。\n\n中共青禾区委员会\n\n2031年3月2日\n")


def test_a_headline_over_an_app_s_byline_row_is_the_title_and_its_copy_goes():
    page = "青禾区领导干部集中接访日安排\n\n©原创   03-02 08:15   青禾融媒\n\n青禾区领导干部集中接访日安排\n\n" + NOTICE
    assert titles(page)[0] == "青禾区领导干部集中接访日安排"
    assert "集中接访日安排" not in kept_text(page)


def test_a_headline_over_a_dated_byline_row_without_the_mark_is_the_title():
    page = "溪口县开展春季义务植树活动的公告\n\n原创 2031-03-02 08:15 溪口发布\n\n溪口县开展春季义务植树活动的公告\n\n" + NOTICE
    assert titles(page)[0] == "溪口县开展春季义务植树活动的公告"


def test_a_report_line_on_original_pieces_stays():
    page = ("青禾区融媒体中心2031年一季度工作总结\n\n"
            "一季度推送原创稿件1260篇,03-02 08:15发布的稿件阅读量最高。\n"
            "二季度将在6月底前完成客户端改版。\n")
    assert "一季度推送原创稿件1260篇" in kept_text(page)


# -- 9. the article's headline right under a related list's headers, over its publication row -------------------

BODY9 = ("  为确保村级组织换届稳步推进,近段时间,青石乡多渠道开展换届政策宣传,全乡发放宣传资料3200份。\n\n"
         "  青石乡要求各村在5月底前完成换届选举准备工作。\n")


def test_a_headline_under_related_headers_over_its_row_is_the_title():
    page = ("推荐视频\n推荐新闻\n推荐图片\n"
            "一线直击|青石乡多渠道做好村级组织换届宣传工作\n"
            "来源:溪口新闻网 发布时间:2031-05-27 15:10:52 作者:周小岚 字体:\n\n" + BODY9)
    assert (titles(page)[0] or "").endswith("青石乡多渠道做好村级组织换届宣传工作")


def test_a_headline_under_hot_news_headers_over_its_row_is_the_title():
    page = ("相关新闻\n热点推荐\n"
            "青石乡召开村级组织换届工作推进会\n"
            "发布时间:2031-04-02 来源:青石乡人民政府\n\n" + BODY9)
    assert titles(page)[0] == "青石乡召开村级组织换届工作推进会"


def test_a_post_s_related_items_over_its_credit_row_still_go():
    page = (BODY9 + "\n▼往期推荐\n青石乡召开上半年工作推进会\n青石乡“3·15”消费维权活动回顾\n编辑:周小岚  审核:林青\n")
    kept = kept_text(page)
    assert "青石乡召开上半年工作推进会" not in kept and "消费维权活动回顾" not in kept
