"""Round 27 (r27chrome): chrome and report boundaries on blogs, forums and reposts.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (report text that resembles the chrome or the cue) that must stay untouched.
"""
from page_text import blankless, body, kept_text, removed, titles


# -- 1. the lead's convention: an editor's note that frames the report under it is chrome ------------------------

NOTE_EXCERPTS = """青禾政协网
首页 > 履职动态 > 调研视察
专题调研成果摘登(2026年第二期)
发布时间:2026-06-12 09:12  来源:县政协办公室

编者按:今年以来,县政协各专委会围绕中心工作开展专题调研,形成调研报告7篇。现将其中两篇的主要内容摘登如下。

2026年4月,县政协经济委员会调研组就“县域物流降本”开展调研,走访企业21家。
调研组建议:年底前建成县级物流分拨中心1个。

2026年5月,县政协社会委员会调研组就“社区食堂”开展调研,召开座谈会4场。
调研组建议:明年新增社区食堂6个。
"""

NOTE_SELECTED = """枫林街道发布
2026-12-30 17:42

网格故事|三位网格员的年终“账本”

编辑按:岁末年初,街道组织专职网格员年终述职。本期选登两位网格员的述职材料,看看他们这一年怎么过。

我是南门社区第2网格专职网格员周小禾,负责网格内6栋楼、380户居民的服务管理工作。
一年来走访入户1240次,调解邻里纠纷17起。
明年我将把网格微信群覆盖到每一户。
"""

NOTE_TELLS_NEWS = """溪县发布
2026-02-27 12:06

编者按:2月26日,溪县第十八届人民代表大会第三次会议开幕,县长作政府工作报告。报告回顾了2025年工作。

2025年,全县地区生产总值完成192.6亿元,增长6.1%。
2026年,全县将新建改建农村公路150公里。
"""

REPORT_SAYS_AS_FOLLOWS = """关于2026年上半年安全生产工作的报告

县应急管理局:
今年以来,我镇深入开展安全生产隐患排查整治,现将有关情况报告如下。
一、主要做法
全镇排查企业86家,整改隐患214处。
"""


def test_note_that_names_the_excerpts_below_goes():
    gone = removed(NOTE_EXCERPTS)
    assert any(g.startswith("编者按") and "摘登如下" in g for g in gone)
    assert "现将其中两篇" not in kept_text(NOTE_EXCERPTS)
    assert "走访企业21家" in kept_text(NOTE_EXCERPTS)


def test_note_that_says_which_pieces_it_selects_goes_and_the_headline_stays_the_title():
    gone = removed(NOTE_SELECTED)
    assert any(g.startswith("编辑按") for g in gone)
    assert "本期选登" not in kept_text(NOTE_SELECTED)
    # the note stands right under the headline, where the publication row would: the headline is the title
    assert (titles(NOTE_SELECTED)[0] or "").endswith("三位网格员的年终“账本”")
    assert blankless(body(NOTE_SELECTED)).startswith("我是南门社区第2网格")


def test_note_that_only_tells_the_news_keeps_its_text():
    assert "2月26日,溪县第十八届人民代表大会第三次会议开幕" in kept_text(NOTE_TELLS_NEWS)


def test_report_sentence_that_announces_what_follows_is_no_note():
    kept = kept_text(REPORT_SAYS_AS_FOLLOWS)
    assert "现将有关情况报告如下" in kept
    assert "全镇排查企业86家" in kept


# -- 2. a blog post's bracketed post time and its text-size label ---------------------------------------------

BLOG_POST = """加载中…
个人资料
溪畔听蛙
溪畔听蛙
  • 博客等级:
  • 博客积分:0
  • 博客访问:7,318
  • 关注人气:204
正文 字体大小:

我在社区当网格员的这一年

(2026-12-28 21:15:40)
标签:

杂谈

   今年是我到柳湾社区当网格员的第一年。网格里有住户326户,一年来我主要做了三件事。

   一是把台账理清楚。全年入户走访1100余次,更新居民信息860条。

   明年我打算每月开一次楼栋议事会,年底前把网格里的独居老人全部建档。
"""

BLOG_POST_FONT = """个人资料
石桥老周
  • 博客访问:2,106
正文 字号:

一名驻村队员的年度小结

(2025-12-30 08:05)
标签:
驻村

   一年来,我和工作队在白沙村帮扶农户73户,新建产业路3.1公里。

   下一步,我们将在2026年6月底前完成村部改造。
"""

BLOG_DATE_IN_TEXT = """我在社区当网格员的这一年

今年一共召开居民议事会9次(2026-03-15 第一次会议在社区活动室召开)。
(2026年12月20日)
"""


def test_blog_post_time_in_brackets_makes_the_headline_over_it_the_title():
    assert titles(BLOG_POST)[0] == "我在社区当网格员的这一年"
    gone = removed(BLOG_POST)
    assert "(2026-12-28 21:15:40)" in gone
    assert blankless(body(BLOG_POST)).startswith("今年是我到柳湾社区当网格员的第一年")


def test_blog_post_time_without_seconds_and_a_font_label_phrased_otherwise():
    assert titles(BLOG_POST_FONT)[0] == "一名驻村队员的年度小结"
    assert "一年来,我和工作队在白沙村帮扶农户73户" in kept_text(BLOG_POST_FONT)


def test_bracketed_dates_inside_the_text_stay():
    kept = kept_text(BLOG_DATE_IN_TEXT)
    assert "(2026-03-15第一次会议在社区活动室召开)" in kept


FONT_LABEL_ALONE = """改革开放40周年 | 乡村医生是如何留下来的

2026-11-27 19:28
来源:某某新闻·某某号
字号

2023年以来,溪岭县把稳定乡村医生队伍作为健康县城建设的头号工程,全县村医流失率由8.1%下降到1.9%。
下一步,县卫健局将在2027年底前再培训村医300名。
"""

FONT_WORD_IN_TEXT = """关于规范公文格式的通知

各科室:
今后各科室报送的材料统一字号和字体,正文用三号仿宋。
字号不统一的材料,一律退回重报。
"""


def test_a_text_size_label_alone_goes_and_a_dated_row_between_headline_and_source_keeps_the_title():
    assert "字号" in removed(FONT_LABEL_ALONE)
    assert titles(FONT_LABEL_ALONE)[0] == "改革开放40周年|乡村医生是如何留下来的"


def test_the_size_words_in_report_sentences_stay():
    kept = kept_text(FONT_WORD_IN_TEXT)
    assert "统一字号和字体" in kept
    assert "字号不统一的材料,一律退回重报。" in kept


# -- 3. a Discuz board's own wording of its guest prompt ------------------------------------------------------

FORUM_PROMPT_A = """县农技协会2026年工作汇报

马上注册入会,结交业内同行,享受会员服务,让种养事业更上层楼。
请先 登录 再查看或下载附件,还没有帐号?马上注册
x
各位会员:
今年协会举办技术培训班9期,培训农户720人次。
"""

FORUM_PROMPT_B = """溪岸钓友会年度小结

立即注册会员,享受更多论坛功能,与钓友一起交流。
登录 后才能查看附件,没有帐号?注册一个
今年钓友会组织增殖放流活动3次,放流鱼苗4.2万尾。
"""

FORUM_PROMPT_LOOKALIKE = """社区养老服务站工作小结

今年服务站上线“线上点餐”小程序,老人马上注册就能享受送餐上门服务,已注册的老人有186人。
马上注册的居民中,独居老人占四成。
"""


def test_a_boards_own_guest_prompt_goes():
    gone = removed(FORUM_PROMPT_A)
    assert "马上注册入会,结交业内同行,享受会员服务,让种养事业更上层楼。" in gone
    assert "今年协会举办技术培训班9期" in kept_text(FORUM_PROMPT_A)


def test_a_guest_prompt_phrased_otherwise_goes():
    assert "立即注册会员" not in kept_text(FORUM_PROMPT_B)
    assert "放流鱼苗4.2万尾" in kept_text(FORUM_PROMPT_B)


def test_registering_in_report_sentences_stays():
    kept = kept_text(FORUM_PROMPT_LOOKALIKE)
    assert "老人马上注册就能享受送餐上门服务" in kept
    assert "马上注册的居民中,独居老人占四成。" in kept


# -- 4. a reposted wire caption that repeats a long lead sentence -------------------------------------------------

WIRE_CAPTION_A = """12月3日,中共南岭省委书记林正阳在岭州主持召开座谈会,同全省乡镇党委书记示范培训班学员进行座谈并讲话。
这期培训班120名学员参加了座谈会,6名乡镇党委书记先后发言。
12月3日,中共南岭省委书记林正阳在岭州主持召开座谈会,同全省乡镇党委书记示范培训班学员进行座谈并讲话。南岭通讯社记者邓海川 摄
他要求,各乡镇明年一季度前都要制定乡村振兴任务清单。
"""

WIRE_CAPTION_B = """5月8日,溪州市人民政府在市民中心召开全市营商环境优化提升推进会,对下半年重点改革任务进行了全面部署。
会议通报了一季度营商环境评价结果。
5月8日,溪州市人民政府在市民中心召开全市营商环境优化提升推进会,对下半年重点改革任务进行了全面部署。溪州日报记者 沈一帆 摄
"""

CAPTION_LOOKALIKE = """县文联2026年工作总结

今年举办“美丽乡村”摄影展2场,展出作品312幅,其中记者站选送的作品41幅由记者实地拍摄。
"""


def test_a_wire_caption_repeating_a_long_lead_sentence_goes_whole():
    gone = removed(WIRE_CAPTION_A)
    assert any(g.endswith("南岭通讯社记者邓海川摄") and g.startswith("12月3日") for g in gone)
    kept = kept_text(WIRE_CAPTION_A)
    assert "南岭通讯社" not in kept
    assert kept.count("12月3日,中共南岭省委书记林正阳") == 1


def test_a_caption_signed_by_a_city_papers_reporter_goes_whole():
    kept = kept_text(WIRE_CAPTION_B)
    assert "溪州日报" not in kept
    assert kept.count("5月8日,溪州市人民政府在市民中心召开") == 1


def test_photography_in_a_report_sentence_stays():
    assert "其中记者站选送的作品41幅由记者实地拍摄。" in kept_text(CAPTION_LOOKALIKE)


# -- 5. a portal's tool row with wide gaps, its close button, a scheme-relative link ----------------------------------

PORTAL_TOOLS_A = """当前位置:江畔工网评论频道漫画评论-正文
开会不能只念文件
//www.jpgw.cn2026-11-15来源: 江畔青年报
分享到:更多

  开会是为了议事、办事。村里的会,要议群众关心的路灯、水渠、垃圾清运,议出结果、定下责任人和完成时间。

[保存]     [打印]     [ ]     [关闭窗口]     [留言]     [分享给朋友]     [回到顶部]
扫码关注
×
"""

PORTAL_TOOLS_B = """溪城新闻网
县文明办召开志愿服务工作推进会
//www.xcxw.cn2026-03-02来源: 溪城日报

  会议要求,各单位上半年内完成志愿者实名注册,全年开展志愿服务活动不少于12次。

[打印本页]      [关闭窗口]      [收藏本文]
"""

BRACKETS_IN_TEXT = """关于转发《溪县农村人居环境整治方案》的通知

各乡镇:
现将《溪县农村人居环境整治方案》(溪政办发[2026]3号)[附件1] [附件2]转发给你们,请认真贯彻执行。
"""


def test_a_wide_tool_row_a_close_button_and_the_links_slashes_go():
    gone = removed(PORTAL_TOOLS_A)
    assert any(g.startswith("[保存]") for g in gone)
    assert "×" in gone
    assert "//www.jpgw.cn" in gone
    assert titles(PORTAL_TOOLS_A)[0] == "开会不能只念文件"
    assert "开会是为了议事、办事" in kept_text(PORTAL_TOOLS_A)


def test_a_tool_row_phrased_otherwise_goes():
    kept = kept_text(PORTAL_TOOLS_B)
    assert "[打印本页]" not in kept
    assert "各单位上半年内完成志愿者实名注册" in kept
    assert "//" not in kept


def test_brackets_in_a_report_sentence_stay():
    assert "(溪政办发[2026]3号)[附件1][附件2]转发给你们" in kept_text(BRACKETS_IN_TEXT)


# -- 6. a repost's headline with its column's name, its copy over the text ----------------------------------------

REPOST_COPY_A = """教育强县 | 乡村教师是如何留下来的

2026-11-27 19:28
来源:某某新闻·某某号

县教育局近三年探索“安居、提薪、育才”三项举措,乡村教师流失明显减少。

【导读】

乡村教师是如何留下来的

2023年以来,全县乡村学校教师年流失率由9.6%下降到2.1%。
下一步,县教育局将在2027年秋季学期前再建教师周转房200套。
"""

REPOST_COPY_B = """基层治理丨一个老旧小区的“加梯”账本

2026-08-02 10:05
来源:某某发布

老旧小区加装电梯,难在协调。

一个老旧小区的“加梯”账本

今年以来,桂园小区已签约加装电梯11台,完工6台,年底前全部投入使用。
"""

HEADING_LIKE_HEADLINE = """基层治理丨社区议事会的做法

2026-08-02 10:05
来源:某某发布

今年以来,社区议事会共议事23次。

社区议事会的做法和体会

一是议题由居民提。全年征集议题41条。
"""


def test_a_copy_of_what_follows_the_bar_goes_and_the_repost_is_one_report():
    assert titles(REPOST_COPY_A) == ["教育强县|乡村教师是如何留下来的"]
    assert "乡村教师是如何留下来的" not in kept_text(REPOST_COPY_A).replace("流失明显减少", "")
    assert "县教育局近三年探索" in kept_text(REPOST_COPY_A)


def test_a_copy_after_another_bar_goes():
    assert titles(REPOST_COPY_B) == ["基层治理丨一个老旧小区的“加梯”账本"]
    assert "已签约加装电梯11台" in kept_text(REPOST_COPY_B)


def test_a_heading_that_only_resembles_the_headline_stays():
    assert "社区议事会的做法和体会" in kept_text(HEADING_LIKE_HEADLINE)


# -- 7. share-widget words in report sentences --------------------------------------------------------------------

SHARE_WORDS_IN_TEXT = """溪城论坛2026年工作汇报

今年论坛新增注册会员1860人。
2027年,论坛计划上半年完成手机版页面改版。
邻县推行“松木运输二维码”制度,由经营户扫码登记。
"""

SHARE_WIDGETS = """溪城论坛2026年工作汇报

今年论坛新增注册会员1860人,发布原创帖子2.3万篇。
手机版 | 电脑版
微信二维码
"""


def test_share_words_in_report_sentences_stay():
    kept = kept_text(SHARE_WORDS_IN_TEXT)
    assert "上半年完成手机版页面改版" in kept
    assert "“松木运输二维码”制度" in kept


def test_share_widgets_standing_alone_still_go():
    kept = kept_text(SHARE_WIDGETS)
    assert "手机版" not in kept
    assert "二维码" not in kept
    assert "发布原创帖子2.3万篇" in kept


# -- 8. a blogger's self-introduction over the post ---------------------------------------------------------------

BLOGGER_INTRO_A = """🏆 作者简介,溪边码字人
🏆《头衔》:某某云特约编辑,某某社区优秀博主,某某论坛专家博主等。
🏆《近期荣誉》:2025年度博客之星TOP5,2025年某某社区十佳博主等。
🏆《博客内容》:党建、基层治理、公文写作等相关领域知识。
🏆🎉欢迎 👍点赞✍评论⭐收藏
一名驻村第一书记的年度小结
今年3月,我被派驻到清河镇枫林村担任第一书记。一年来,全村新修产业路4.5公里,村集体经济收入达到18万元。
下一步,我们将在2026年6月底前完成村部改造。
"""

BLOGGER_INTRO_B = """✨ 博主简介:县委办一名老笔杆子,写材料二十年
✨《擅长领域》:综合材料、领导讲话、调研报告
社区网格员年终工作总结
今年我负责的网格共有住户412户,全年入户走访1300余次,调解邻里纠纷21起。
明年我将把网格议事会开到每一个楼栋。
"""

BLOGGER_INTRO_LOOKALIKE = """县文联2026年工作总结

今年编印《会员名录》,收录会员作者简介、个人简介等资料860份。
作者简介栏目全年更新42期。
"""


def test_a_bloggers_profile_fields_go_whole():
    kept = kept_text(BLOGGER_INTRO_A)
    assert "头衔" not in kept and "博客之星" not in kept and "溪边码字人" not in kept
    assert "全村新修产业路4.5公里" in kept


def test_a_bloggers_profile_phrased_otherwise_goes():
    kept = kept_text(BLOGGER_INTRO_B)
    assert "老笔杆子" not in kept and "擅长领域" not in kept
    assert "全年入户走访1300余次" in kept


def test_profile_words_in_report_sentences_stay():
    kept = kept_text(BLOGGER_INTRO_LOOKALIKE)
    assert "收录会员作者简介、个人简介等资料860份" in kept
    assert "作者简介栏目全年更新42期" in kept


# -- 9. what an image viewer leaves: a lone slash under 返回原图 ---------------------------------------------------

VIEWER_SLASH_A = """图书馆召开2026年度支部书记述职评议会

时间:2026-01-08浏览:311设置

1月7日,图书馆党总支召开支部书记抓党建述职评议会,5个党支部书记现场述职。

返回原图
/
"""

VIEWER_SLASH_B = """学院召开2026年度教职工述职大会

1月9日,学院召开教职工年度述职大会,全院86名教职工参加会议。
/
"""

SLASHES_IN_TEXT = """学校2026/2027学年工作要点

全年计划招收新生/转学生共计420人。
"""


def test_a_lone_slash_goes():
    assert "/" in removed(VIEWER_SLASH_A)
    assert kept_text(VIEWER_SLASH_A).endswith("5个党支部书记现场述职。")


def test_a_lone_slash_under_the_text_goes():
    assert kept_text(VIEWER_SLASH_B).endswith("全院86名教职工参加会议。")


def test_slashes_in_report_text_stay():
    assert "全年计划招收新生/转学生共计420人。" in kept_text(SLASHES_IN_TEXT)


# -- 10. a list bullet the page's markup left before a repost's headline -------------------------------------------

BULLET_TITLE_A = """  • 《溪县农业农村志(1-3卷)》编纂工作回顾

    作者:林小禾 周一帆    发布时间:2026-10-28    来源:溪县史志
    分享到 :

    2024年以来,县史志办组织编纂《溪县农业农村志》,历时两年完成初稿120万字,收录图片860幅。

    下一步,县史志办将在2027年6月底前完成终审出版。
"""

BULLET_TITLE_B = """■ 县农技推广站2026年工作总结

发布时间:2026-12-30  来源:县农技推广站  浏览次数:128

今年全站举办技术培训班14期,培训农民1260人次,推广新品种9个。

明年将力争新建示范基地5个。
"""

QUOTED_TITLE = """“三农”服务站2026年工作总结

发布时间:2026-12-30  来源:县农业农村局  浏览次数:96

今年服务站受理群众咨询1340件,办结率100%。
"""


def test_a_bullet_before_a_reposted_headline_leaves_the_title():
    assert titles(BULLET_TITLE_A)[0] == "《溪县农业农村志(1-3卷)》编纂工作回顾"


def test_a_square_bullet_leaves_the_title_too():
    assert titles(BULLET_TITLE_B)[0] == "县农技推广站2026年工作总结"


def test_a_title_opening_on_a_quote_keeps_it():
    assert titles(QUOTED_TITLE)[0] == "“三农”服务站2026年工作总结"
