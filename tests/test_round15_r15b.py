"""Round 15, r15b (16 unread 范文 / doc-share / blog / forum pages): titles and site chrome around them and
between a collection's articles. Classes: a title printed again right before the report's first heading
or salutation with no blank between ("…的讲话一、认清形势…"); a summary-and-plan title at a flattened
page's top run into its first sentence ("…工作总结暨2025年工作计划2024年,…"); a compilation's contents with
page numbers under 目录 and its byline with a reading time; the page title printed again with an article
number ("…的方案一": the number goes, the title stays) and a page title with a bracketed SEO tag ("…的方案【最新或2025(历届)】"); the page's
<title> with a content farm's words before it, a sequence number glued to the title ("…工作总结(22)"); a
文秘 site's 所在栏目 / 内容摘要 line; the anti-copy jammer as short tokens with blanks; the report's last line
cut off mid-sentence by an excerpt. Each class with a look-alike that must stay. All text made up."""
from page_text import run, removed

BODY = ("一、主要工作\n全年新建村级文化广场6个,举办文艺演出32场。\n"
        "二、存在问题\n部分村文化活动室开放时间不固定。\n"
        "三、下一步打算\n一是6月底前完成3个村级广场建设;二是年内举办文艺演出不少于40场。\n")


def alltext(page: str) -> str:
    return "\n".join((d.title or "") + d.text for d in run(page).documents)


# -- a title printed again right before the report's opening, no blank between ----------------------------

SPEECH = ("在全县秋季森林防火工作会议上的讲话\n"
          "在全县秋季森林防火工作会议上的讲话一、统一思想,充分认识森林防火工作的严峻形势 今年入秋以来,全县降水偏少,"
          "森林火险等级居高不下。二、突出重点,扎实做好各项防控措施 各乡镇要在10月20日前完成重点林区的隐患排查。\n")


def test_title_copy_glued_to_the_first_heading_goes_and_the_heading_opens_the_text():
    result = run(SPEECH)
    doc = result.documents[0]
    assert doc.title == "在全县秋季森林防火工作会议上的讲话"
    assert doc.text.startswith("一、统一思想")
    assert any(r.kind == "title_copy" for r in result.removed)


def test_title_copy_glued_to_a_salutation_goes():
    page = "在全镇春耕生产动员会上的讲话\n在全镇春耕生产动员会上的讲话同志们:今天召开全镇春耕生产动员会,主要任务是部署今年的春耕工作。\n"
    assert run(page).documents[0].text.startswith("同志们")


def test_title_as_the_subject_of_a_sentence_stays():
    # look-alike: the report named as a sentence's subject on the line under its title
    page = ("柳溪镇2024年上半年工作总结\n"
            "柳溪镇2024年上半年工作总结已经镇党委会议审议通过,现予印发,请各村认真对照落实。\n")
    assert "柳溪镇2024年上半年工作总结已经镇党委会议审议通过" in alltext(page)


# -- a summary-and-plan title at a flattened page's top run into its first sentence --------------------------

FLAT = ("县供销合作社2024年工作总结暨2025年工作计划2024年,县供销社在县委、县政府的领导下,围绕为农服务宗旨,"
        "新建乡镇为农服务中心3个,全年实现销售总额4.6亿元。一、主要工作(一)健全服务网络。新建村级综合服务社12个。"
        "二、2025年工作计划一是年内新建乡镇为农服务中心2个;二是6月底前完成农资储备任务。\n")


def test_summary_and_plan_title_glued_to_the_opening_is_the_title():
    doc = run(FLAT).documents[0]
    assert doc.title == "县供销合作社2024年工作总结暨2025年工作计划"
    assert doc.text.startswith("2024年,县供销社")


def test_summary_and_plan_title_in_a_sentence_stays_inside_it():
    # look-alike: the same words as the subject of a sentence (no opening follows them)
    page = ("今年以来,县供销社认真落实各项工作任务。县供销合作社2024年工作总结暨2025年工作计划已报县政府,"
            "全年实现销售总额4.6亿元。\n")
    docs = run(page).documents
    assert len(docs) == 1 and docs[0].title is None


# -- a compilation's contents with page numbers, its byline with a reading time ------------------------------

COMPILATION = ("乡镇应急管理工作总结汇编(12篇)\n\n"
               "小编 分享 时间: 加入收藏 共计31846个字,预计阅读时长105分钟。\n\n目录\n\n"
               "1.2024年度石桥镇应急管理工作总结 2\n\n2.枫林乡2024年应急管理工作总结及2025年工作打算 6\n\n"
               "3.白沙镇2024年应急管理年度工作总结 9\n\n4.云溪镇2024年度应急管理工作总结 13\n\n"
               "2024年度石桥镇应急管理工作总结\n\n" + BODY)


def test_contents_with_page_numbers_and_the_reading_time_byline_go():
    result = run(COMPILATION)
    gone = [r.text.strip() for r in result.removed]
    assert any(t.startswith("2.枫林乡") for t in gone) and any(t.startswith("4.云溪镇") for t in gone)
    assert any("预计阅读时长105分钟" in t and t.startswith("小编") for t in gone)
    assert len(result.documents) == 1 and result.documents[0].title == "2024年度石桥镇应急管理工作总结"


def test_a_numbered_list_with_figures_at_its_ends_stays():
    # look-alike: list items ending in a figure, with no 目录 line over them
    page = ("一、主要指标完成情况\n1.新增城镇就业人数 120\n2.新建农村公路里程 45\n3.改造农村危房户数 86\n"
            "以上指标均完成年度任务。\n")
    assert "新建农村公路里程" in alltext(page)


def test_a_reading_time_inside_a_sentence_stays():
    # look-alike: a report's booklet with its length and reading time, the sentence going on after them
    page = "县委宣传部编印《惠民政策汇编》共计26000字,预计阅读时长90分钟,已发放到全县187个村。\n"
    assert "预计阅读时长90分钟,已发放到全县187个村" in alltext(page)


# -- the page title again with an article number; a page title with an SEO tag --------------------------------

COLLECTION = ("乡镇推行网格化服务管理的方案【最新或2025(历届)】\n\n"
              "乡镇推行网格化服务管理的方案一\n\n为深化基层治理,推动服务管理力量下沉,结合我镇实际,制定本方案。\n"
              "一、工作目标\n到2025年6月底前,全镇划分网格126个,网格事件办结率达到95%以上。\n"
              "二、主要任务\n按照每300户左右一个网格的标准,由镇综治中心会同各村于4月15日前完成网格划分和编号。\n\n"
              "乡镇推行网格化服务管理的方案二\n\n为进一步提升社会治理精细化水平,现就我乡推行网格化服务管理制定如下方案。\n"
              "一、总体要求\n坚持党建引领、属地管理,年内实现网格全覆盖。\n"
              "二、实施步骤\n4月至9月,各村完成网格员选聘,建立网格台账,10个试点村率先运行。\n")


def test_numbered_copies_of_the_page_title_are_article_markers():
    # the number goes, the title stays and names each article (a 方案, no 工作总结)
    result = run(COLLECTION)
    gone = [r.text.strip() for r in result.removed]
    assert "乡镇推行网格化服务管理的方案【最新或2025(历届)】" in gone
    assert [r.text for r in result.removed if r.kind == "article_marker"] == ["一", "二"]
    assert [d.text[:6] for d in result.documents] == ["为深化基层治", "为进一步提升"]
    assert [d.title for d in result.documents] == ["乡镇推行网格化服务管理的方案"] * 2
    assert "方案一" not in alltext(COLLECTION)


def test_a_numbered_plan_heading_under_another_page_title_stays():
    # look-alike: a report's own "…方案一"-shaped line whose words open none of the page's first lines
    page = ("柳溪镇2025年防汛工作要点\n今年防汛工作按照两个方案推进。\n防汛抢险应急方案一\n"
            "各村要在5月底前完成抢险物资储备,落实巡堤人员120名。\n")
    assert "防汛抢险应急方案一" in alltext(page)


def test_a_bracketed_word_of_the_report_after_its_title_stays():
    page = "柳溪镇2024年工作总结【摘要】\n2024年,柳溪镇全年实现地区生产总值18.6亿元,增长6.2%。\n"
    assert "【摘要】" in alltext(page)


# -- the page's <title> with a content farm's words before it; a sequence number glued to the title ------------

BLOG = ("青云仙途大结局:分管农业副镇长2024年度述职报告\n\n来源:百度文库 编辑:中财网 时间:2025/03/11 09:14:52\n\n"
        "【原创】 分管农业副镇长2024年度述职报告\n\n各位领导、同志们:\n\n" + BODY)


def test_decorated_page_title_over_the_article_title_goes():
    result = run(BLOG)
    assert any(r.kind == "page_title" and r.text.startswith("青云仙途大结局") for r in result.removed)
    assert "青云仙途" not in alltext(BLOG)


def test_a_first_line_ending_in_a_later_title_without_a_separator_stays():
    # look-alike: the issuer's name before the title restated under it (no content farm's words and colon)
    page = ("县应急管理局关于春节期间安全生产工作情况的报告\n关于春节期间安全生产工作情况的报告\n"
            "今年春节期间,县应急管理局组织安全检查46次,排查隐患213处。\n" + BODY)
    assert "县应急管理局关于春节期间安全生产工作情况的报告" in alltext(page)


def test_sequence_number_glued_to_the_first_line_title_goes():
    page = "政务公开工作总结(22)\nx年,我中心政务公开工作在县公开办的指导下,取得了一定成效,现将工作总结如下:\n" + BODY
    doc = run(page).documents[0]
    assert doc.title == "政务公开工作总结" and "(22)" in removed(page)


def test_a_year_or_a_numeral_in_brackets_after_the_title_stays():
    page = "柳溪镇防汛应急预案(2025年修订)\n为做好2025年防汛工作,确保安全度汛,制定本预案。\n" + BODY
    assert "(2025年修订)" in alltext(page)


# -- a 文秘 site's 所在栏目 / 内容摘要 line ------------------------------------------------------------------------

def test_catalogue_line_before_the_summary_goes_and_the_summary_stays():
    page = ("某县水利局关于全县农村供水工作情况的汇报\n\n"
            "某县水利局关于全县农村供水工作情况的汇报》所在栏目:工作汇报 > 内容摘要:近年来,县委、县政府高度重视农村供水,"
            "全县农村自来水普及率达到92.6%。\n")
    text = alltext(page)
    assert "所在栏目" not in text and "内容摘要" not in text and "近年来,县委、县政府高度重视农村供水" in text


def test_a_sentence_naming_a_column_stays():
    page = "今年以来,县融媒体中心在客户端开设所在栏目12个,内容摘要由编辑部统一审核。全年发布稿件1860篇。\n"
    assert "开设所在栏目12个" in alltext(page)


# -- the anti-copy jammer as short tokens with blanks --------------------------------------------------------

def test_spaced_jammer_before_text_and_before_a_numbered_item_goes_and_the_year_stays():
    page = ("石岭村2024年人居环境整治工作总结\n"
            "; D- ~! M t. o# Q3 ?2024年,石岭村全力推进人居环境整治,现将全年工作总结如下:\n"
            "一、主要工作\n"
            "5 p! k+ Y3 R) W6 K/ N$ m( G(一)垃圾治理。全村设置分类垃圾桶420个,配备保洁员12名。\n"
            ", w1 Y6 E) X B部分村民环境卫生意识不强,乱堆乱放现象时有反弹。\n")
    text = alltext(page)
    assert "2024年,石岭村" in text and "(一)垃圾治理" in text and "部分村民环境卫生意识不强" in text
    assert "Y3" not in text and "w1" not in text and "Q3" not in text


def test_ascii_letters_and_numbers_before_text_stay():
    page = "( 1 ) 加强组织领导,成立工作专班。\nA B C 三类风险点已全部建档。\nPM2.5 平均浓度下降到31微克/立方米。\n"
    text = alltext(page).replace(" ", "")
    assert "ABC三类风险点" in text and "PM2.5" in text and "(1)加强组织领导" in text


# -- the report's last line cut off mid-sentence by an excerpt --------------------------------------------------

EXCERPT = ("当前位置\n\n首页 > 教育范文 > 工作总结 > 驻村半年的工作总结\n\n驻村半年的工作总结\n\n"
           "推荐人: 来源: 阅读: 1.8W 次\n\n"
           "这是一个下着小雨的早晨,我坐在村委会的办公室里写这份总结。桌上堆着厚厚的台账和走访记录,"
           "半年来我就是在这张桌子前整理材料、接待群众。\n\n驻村半年的工作总结\n\n"
           "还记得刚到村里的那个下午,村支书带着我走遍了全村的七个村民小组,我把每一户的情况都记在本子上,"
           "回来后整理成了一份贫困户明细表。\n\n")


def test_last_line_cut_off_mid_sentence_stays():
    page = EXCERPT + "班车开进镇上的时候,我看见路边的晒场上铺满了刚收的稻谷,几个老人坐在屋檐下择菜\n"
    assert "几个老人坐在屋檐下择菜" in alltext(page)


def test_a_menu_row_after_the_last_sentence_still_goes():
    # look-alike: chrome right under the last sentence line holds no clauses
    page = EXCERPT + "|播客 |相册 |圈子 |收藏 |好友 | | |加入收藏 |\n"
    assert "相册" not in alltext(page)
