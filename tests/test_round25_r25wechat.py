"""Round 25 (r25wechat): chrome, report boundaries and titles on reposts (网易号 / 头条-style reposts, 范文 reposts,
content farms, unit sites, exported posts).

Each class: must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from page_text import removed, run, text, titles

BODY = ("今年以来,青禾街道围绕老旧小区改造和基层治理两项重点,扎实推进各项工作,取得了阶段性成效。\n"
        "一、主要工作\n"
        "完成梧桐里等3个小区改造,惠及居民860户;新增公共停车位210个。\n"
        "二、下一步打算\n"
        "年底前完成剩余2个小区改造,并在10月底前实现网格员全覆盖。\n")


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


# class: a count row between a repost's headline and its share button, taken by the article header's anchor
# as the title ("0" / "分享至"): the count goes, the headline over the share row is the title
def test_count_over_share_button_goes_headline_is_title():
    page = ("网易首页 > 网易号 > 正文 申请入驻\n\n观澜丨社区“微更新”为何得民心\n\n0\n分享至\n\n"
            "“加装扶手62处、修补路面1200平方米……”近日,青禾街道一份社区微更新清单在居民群里传开。\n"
            "清单之所以受欢迎,在于每一项都是居民看得见的变化。\n")
    assert titles(page) == ["观澜丨社区“微更新”为何得民心"]
    out = text(page)
    assert not out.startswith("0") and "分享至" not in out


def test_count_over_share_to_goes_second_phrasing():
    page = ("网易首页 > 网易号 > 正文 申请入驻\n\n评论丨年终总结少些“材料味”\n\n17\n分享到\n\n"
            "岁末年初,各地陆续晒出年终总结。石桥村支书用一张清单列出修路2.4公里、打井3眼,赢得村民点赞。\n"
            "总结写给谁看?归根到底写给群众看。\n")
    assert titles(page)[0] != "17"
    assert not text(page).startswith("17")


def test_figure_line_not_over_share_button_stays():
    # look-alike: a bare figure on its own line inside a report's table stays
    page = ("青禾街道2031年工作总结\n"
            "今年以来,街道围绕重点工作扎实推进,各项指标完成情况如下。\n"
            "新增停车位\n210\n惠及居民\n860\n"
            "明年,街道将继续推进老旧小区改造。\n")
    out = text(page)
    assert "210" in out and "860" in out


# class: a plan's title run into its first sentence with one blank ("2031年…工作计划 2031年是…")
def test_plan_title_glued_to_first_sentence_is_split():
    page = ("2031年青禾街道下半年工作计划 2031年是老旧小区改造的攻坚之年。下半年,街道将紧盯年度目标,"
            "抓落实、抓推进。一、稳住经济基本盘。力争全年完成税收2.6亿元。二、推进小区改造。年底前完成4个小区改造。\n")
    assert titles(page) == ["2031年青禾街道下半年工作计划"]
    assert text(page).startswith("2031年是")


def test_work_points_title_glued_to_first_sentence_is_split():
    page = ("2032年青禾镇党建工作要点 2032年是换届后的第一年。全镇党建工作将围绕基层组织建设,"
            "重点抓好以下工作。一、加强理论武装。每月开展一次中心组学习。二、建强基层组织。年底前完成8个村党群服务中心提升。\n")
    assert titles(page) == ["2032年青禾镇党建工作要点"]


def test_sentence_naming_a_plan_before_a_year_stays_whole():
    # look-alike: a sentence that names a plan and goes on with a comma is no glued title
    page = ("青禾街道2031年工作总结\n"
            "今年以来,街道按照年度工作计划,2031年上半年完成了3个小区改造。下半年,街道将继续推进。\n")
    out = text(page)
    assert "按照年度工作计划,2031年上半年完成了3个小区改造" in out


# class: a 范文 page's title row with its sample word over a report that prints no title of its own
def test_sample_word_title_row_names_the_report():
    page = ("2032年社区服务办工作总结和下半年工作计划例文\n"
            "2032年上半年,社区服务办在街道党工委的统一部署下,扎实推进各项工作。\n"
            "一、上半年工作情况\n新建社区食堂2个,累计助餐1.9万人次。\n"
            "二、下半年工作计划\n9月底前再建成社区食堂1个。\n")
    assert titles(page) == ["2032年社区服务办工作总结和下半年工作计划例文"]
    assert text(page).startswith("2032年上半年")


def test_sample_word_fanli_title_row_names_the_report():
    page = ("青禾镇2033年安全生产工作总结范例\n"
            "今年以来,我镇坚持安全发展理念,全年开展安全检查126次,整改隐患318处。\n"
            "一、主要做法\n落实企业主体责任,签订责任书86份。\n"
            "二、下一步打算\n明年将开展“安全生产月”活动。\n")
    assert titles(page) == ["青禾镇2033年安全生产工作总结范例"]


def test_collection_item_marker_with_sample_word_names_nothing():
    # look-alike: a 合集's item marker "【篇1】…范文" over its first item is no title row of the page's one report
    page = ("【篇1】2033年城管局副局长个人述职报告范文\n"
            "本人自任副局长以来,分管市容秩序工作,全年开展专项整治12次。\n"
            "明年将继续抓好市容秩序整治。\n")
    assert titles(page)[0] is None or not titles(page)[0].startswith("【篇1】")


# class: a 范文 repost's bracketed note on the sample under its marker ("(综合汇报式范文:…)")
def test_sample_note_line_goes():
    page = ("镇新时代文明实践工作总结\n\n"
            "篇一:《镇新时代文明实践工作总结》\n\n"
            "(综合汇报式范文:条理清楚、数据翔实,适合向上级报送年度材料)\n\n"
            "镇新时代文明实践工作总结\n\n" + BODY)
    assert gone("(综合汇报式范文:条理清楚、数据翔实,适合向上级报送年度材料)", page)
    assert titles(page) == ["镇新时代文明实践工作总结"]
    assert text(page).startswith("今年以来")


def test_sample_note_line_with_template_word_goes():
    page = ("村级年度工作总结\n\n(简明模板:适合村两委年终向村民代表会议报告)\n\n" + BODY)
    assert gone("(简明模板:适合村两委年终向村民代表会议报告)", page)


def test_bracketed_report_line_naming_samples_stays():
    # look-alike: a report's bracketed line about an essay contest names 范文 without the colon
    page = ("青禾中学2032年语文教研工作总结\n"
            "今年以来,教研组围绕作文教学开展了系列活动。\n"
            "(优秀范文评选共收到作品120篇,评出一等奖8篇)\n"
            "明年,教研组将继续开展作文教学研讨。\n")
    assert "优秀范文评选共收到作品120篇" in text(page)


# class: a 范文 page's own labels 【概述】 / 【正文】 / 【相关推荐】 head no parts of the report
def test_fanwen_site_labels_go_even_with_a_related_label_below():
    page = ("街道2033年工作总结及2034年工作安排范文\n【概述】\n"
            "本篇范文由好范文网会员“58213470”上传分享,写同类材料时可参考借鉴。\n"
            "【正文】\n街道2033年工作总结及2034年工作安排\n" + BODY +
            "【相关推荐】\n街道2033年上半年工作总结范文\n")
    out = text(page)
    assert "【概述】" not in out and "【正文】" not in out and "【相关推荐】" not in out
    assert titles(page) == ["街道2033年工作总结及2034年工作安排"]


def test_fanwen_labels_with_related_articles_label_go():
    page = ("【导读】\n以下是小编为大家整理的社区年度工作总结,仅供参考。\n【正文】\n社区2033年度工作总结\n" + BODY +
            "【相关文章】\n社区2032年度工作总结\n")
    out = text(page)
    assert "【导读】" not in out and "【正文】" not in out


def test_bracketed_part_headings_stay():
    # look-alike: a report whose parts open on bracketed headings keeps them
    page = ("青禾街道2033年工作总结\n"
            "【党建引领】全年组织中心组学习18次,开展主题党日活动96场。\n"
            "【民生实事】完成背街小巷整治11条,新增停车位420个。\n"
            "【基层治理】建成网格32个,配齐专职网格员。\n"
            "【下步打算】明年将继续推进背街小巷整治。\n")
    out = text(page)
    assert "【党建引领】" in out and "【民生实事】" in out


# class: a post date glued before the headline on its own line ("2031.05.16 以…的实践报告")
def test_post_date_before_headline_goes():
    page = ("2034.05.16 以“社区合伙人”撬动适老化改造的实践报告\n\n"
            "和乐社区现有居民2860户,其中60岁以上老人1140人。近年来,社区以“社区合伙人”机制推进适老化改造。\n"
            "一、主要做法\n完成楼道扶手安装62个单元。\n")
    assert titles(page) == ["以“社区合伙人”撬动适老化改造的实践报告"]
    assert gone("2034.05.16", page)


def test_dashed_post_date_before_headline_goes():
    page = ("2031-11-02 青禾镇2031年前三季度工作总结\n\n"
            "今年前三季度,青禾镇紧扣年度目标,完成固定资产投资3.2亿元,同比增长8%。\n"
            "下一步,全镇将抓好四季度各项工作。\n")
    assert titles(page) == ["青禾镇2031年前三季度工作总结"]


def test_date_opening_a_sentence_line_stays():
    # look-alike: a report's line that opens on a date and goes on as a sentence
    page = ("青禾街道2031年工作总结\n"
            "2031.05.16 召开老旧小区改造推进会,部署6个小区的改造任务。\n"
            "明年,街道将继续推进改造。\n")
    assert "2031.05.16" in text(page).replace(" ", "") or "召开老旧小区改造推进会" in text(page)
    assert "召开老旧小区改造推进会" in text(page)


# class: a unit site's column label under its English header row ("projects" / "公益项目")
def test_column_label_under_english_row_goes():
    page = ("projects\n公益项目\n\n以“社区合伙人”撬动适老化改造的实践报告\n\n"
            "和乐社区现有居民2860户,其中60岁以上老人1140人。近年来,社区推进适老化改造。\n"
            "一、主要做法\n完成楼道扶手安装62个单元。\n")
    assert "公益项目" not in text(page)
    assert titles(page) == ["以“社区合伙人”撬动适老化改造的实践报告"]


def test_column_label_under_news_row_goes():
    page = ("NEWS\n新闻动态\n\n青禾医院召开2031年度工作总结大会\n\n"
            "1月10日,青禾医院召开2031年度工作总结大会,全院职工420余人参加。院长作工作报告,回顾了全年门诊量36万人次等成绩。\n")
    assert "新闻动态" not in text(page)


def test_report_first_line_under_english_word_stays():
    # look-alike: a kept English line over a Han line that ends on no column word
    page = ("Summary\n一、基本情况\n"
            "青禾社区现有居民2860户,今年以来完成楼道扶手安装62个单元。\n"
            "二、下一步打算\n明年将继续推进改造。\n")
    assert "一、基本情况" in text(page)


# class: a content farm's headline printed again between its paragraphs (the line model took the headline)
def test_headline_printed_again_between_paragraphs_goes_and_names_the_report():
    page = ("乡镇干部个人总结、乡镇基层工作总结汇总\n\nadmin22034-04-23 13:40:02\n\n"
            "乡镇连着千家万户,政策落得好不好,群众在乡镇感受最直接。这一年,乡镇干部在化解纠纷、"
            "发展产业等方面做了大量工作。\n\n干部角色的变化\n\n现在的乡镇干部,正从过去的管理者变成群众身边的服务者。\n\n"
            "乡镇干部个人总结、乡镇基层工作总结汇总\n\n网上办事铺开以后,群众办一件事平均用时从3.5天减到1.2天。\n")
    out = text(page)
    assert out.count("乡镇干部个人总结、乡镇基层工作总结汇总") == 0
    assert titles(page) == ["乡镇干部个人总结、乡镇基层工作总结汇总"]


def test_report_title_line_kept_over_text_is_no_repeat():
    # look-alike: a report whose title the page keeps, and a heading that restates part of it, stay
    page = ("青禾街道2031年工作总结\n"
            "今年以来,街道扎实推进各项工作,完成3个小区改造。\n"
            "青禾街道2031年工作总结\n")
    assert titles(page)[0] == "青禾街道2031年工作总结"


# class: an export's escaped quote marks around a markdown headline ("### \\’…总结\\’")
def test_escaped_quotes_around_headline_go():
    page = ("### \\’2035社区元旦活动总结\\’\n\n"
            "辞旧迎新之际,社区一连办了12场元旦活动,前来参加的居民有860人次。\n"
            "#### 一、活动背景与意义\n社区是居民过日子的地方,邻里和睦,大家才有幸福感。\n")
    assert titles(page) == ["2035社区元旦活动总结"]


def test_escaped_straight_quotes_go():
    page = ("## \\'青禾社区2035年度工作总结\\'\n\n"
            "今年以来,青禾社区共开展志愿服务活动46场,服务居民3200人次。\n明年,社区将继续开展志愿服务。\n")
    assert "\\" not in text(page) and "\\" not in (titles(page)[0] or "")


def test_quotes_without_backslash_stay():
    # look-alike: the report's own quote marks stay
    page = ("青禾社区2035年度工作总结\n"
            "今年以来,社区开展“邻里守望”志愿服务活动46场,服务居民3200人次。\n")
    assert "“邻里守望”" in text(page)


# class: a how-to post's question headline over its text
def test_question_headline_is_title():
    page = ("什么是社区工作报告?\n"
            "社区工作报告,就是社区把某段时间做了哪些事、办了哪些活动、见了哪些成效写下来的书面材料。\n"
            "常见的写法分开头、工作回顾、问题及对策、下一步打算几块。\n")
    assert titles(page) == ["什么是社区工作报告?"]
    assert text(page).startswith("社区工作报告,就是")


def test_question_headline_how_to_write_is_title():
    page = ("年终述职报告怎么写?\n"
            "述职报告是干部向上级汇报履职情况的书面材料。一般包括标题、称谓、正文和落款四部分。\n"
            "正文要写清楚工作成绩、存在问题和今后打算。\n")
    assert titles(page) == ["年终述职报告怎么写?"]


def test_rhetorical_question_opening_a_report_stays_text():
    # look-alike: a question with no genre word, or one that goes on, is the report's text
    page = ("为什么群众愿意来我们社区办事?\n"
            "今年以来,青禾社区推行“一窗通办”,办件量达1.2万件,群众满意率98.6%。\n")
    assert "为什么群众愿意来我们社区办事?" in text(page)


# class: a farm's bracketed headline opening the page, glued to the first sentence or alone on its line
def test_bracketed_plan_headline_glued_to_first_sentence_is_title():
    page = ("【关于青禾社区年度工作计划】新的一年已经到来,为更好地服务居民,结合本社区实际,制定了一份年度工作计划。\n"
            "首先,我们将重点推进老旧小区改造。其次,我们将加强垃圾分类宣传。\n")
    assert titles(page) == ["关于青禾社区年度工作计划"]
    assert text(page).startswith("新的一年已经到来")


def test_bracketed_question_headline_glued_is_title():
    page = ("【述职报告是什么意思】"
            "述职报告是干部在一定时期内向上级汇报履职情况的书面材料,一般包括工作成绩、存在问题和今后打算。\n"
            "写好述职报告,要做到实事求是、重点突出。\n")
    assert titles(page) == ["述职报告是什么意思"]


def test_column_tag_opening_a_report_stays():
    # look-alike: a column tag in brackets names no genre and stays with the text
    page = ("【政策解读】关于青禾县农村人居环境整治的若干问题,县农业农村局作了说明。今年全县共改厕1200户。\n"
            "下一步,全县将继续推进改厕工作。\n")
    assert titles(page)[0] is None
    assert "关于青禾县农村人居环境整治的若干问题" in text(page)
