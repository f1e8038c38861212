"""Round 24 (r24title): report titles and page heads on real pages (范文 and doc-share 制度 pages, reposting
news sites).

Each class: must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from tests.page_text import removed, run, text, titles

NEWS_LEAD = ("4月1日上午,东川县第十九届人民代表大会第三次会议开幕,县长代表县政府向大会报告工作。\n"
             "今年的县政府工作报告起草组从去年12月开始征求意见,共收到各方面建议213条,采纳86条。\n"
             "起草组负责人介绍,报告中关于农村公路养护的内容,就来自一位村医的建议。\n")


# class: a title ending in a document word the title rules did not know (…制度, …细则, …规定, …规范, …章程):
# the report had no title and its title line stayed in the text
def test_rules_page_title_ending_in_zhidu_names_the_report():
    page = ("当前位置:首页 > 规章制度 > 正文\n青石镇机关食堂管理制度\n发布时间:2026-03-02 浏览:41次\n"
            "第一条 为规范镇机关食堂管理,保障干部职工饮食安全,结合本镇实际,制定本制度。\n"
            "第二条 食堂由镇党政办统一管理,实行采购、验收、保管三人分设。\n"
            "第三条 食材采购坚持定点、索证、留样,每餐留样不少于48小时。\n"
            "第四条 本制度自印发之日起施行。\n")
    assert titles(page) == ["青石镇机关食堂管理制度"]
    assert "食堂管理制度\n" not in text(page)


def test_rules_page_title_ending_in_xize_names_the_report():
    page = ("柳河县农机合作社财务管理实施细则\n"
            "为加强合作社财务管理,规范资金使用,根据有关规定,结合我社实际,制定本细则。\n"
            "一、合作社设会计、出纳各1名,不得由一人兼任。\n"
            "二、单笔支出超过5000元的,须经理事会集体研究。\n"
            "三、本细则由合作社理事会负责解释。\n")
    assert titles(page) == ["柳河县农机合作社财务管理实施细则"]
    assert text(page).startswith("为加强合作社财务管理")


def test_numbered_copy_of_a_zhidu_title_goes():
    page = ("桃园社区网格员管理制度\n下面是小编为大家整理的桃园社区网格员管理制度,仅供参考,欢迎大家阅读。\n"
            "桃园社区网格员管理制度1\n"
            "为加强网格员队伍建设,提高网格化服务管理水平,结合社区实际,制定本制度。网格员实行坐班与走访相结合,"
            "每周走访网格内住户不少于30户。\n"
            "网格员发现矛盾纠纷,应在2小时内报告社区。\n"
            "桃园社区网格员管理制度2\n"
            "网格员每月考核一次,考核结果与绩效报酬挂钩,连续两次考核不合格的予以调整。\n"
            "社区每季度组织一次网格员业务培训,每次不少于半天。\n")
    assert titles(page)[0] == "桃园社区网格员管理制度"
    out = text(page)
    assert "管理制度1" not in out and "管理制度2" not in out
    assert "网格员每月考核一次" in out


def test_numbered_heading_ending_in_zhidu_stays_a_heading():
    # look-alike: a report's own numbered part heading naming a 制度
    page = ("2026年青石镇安全生产工作总结\n"
            "今年以来,我镇坚持安全第一、预防为主,全年未发生较大以上安全事故。\n"
            "一、健全责任体系\n镇村两级签订安全生产责任书86份,落实网格化监管。\n"
            "二、完善值班值守制度\n严格执行领导带班和24小时值班制度,节假日加密巡查。\n"
            "三、下一步打算\n明年我们将继续加强隐患排查,确保安全形势持续稳定。\n")
    assert titles(page) == ["2026年青石镇安全生产工作总结"]
    assert "二、完善值班值守制度" in text(page)


def test_plain_line_ending_in_zhidu_inside_a_report_starts_nothing():
    # look-alike: an unpunctuated line of a report's text that ends on 制度
    page = ("2026年柳溪街道综治工作总结\n"
            "今年以来,街道综治中心受理群众诉求1260件,办结率98.6%。\n"
            "我们着力完善了以下工作制度\n"
            "街道每月召开一次综治联席会议,研判辖区矛盾纠纷,全年化解纠纷312起。\n"
            "各社区建立了调解员轮值制度,确保群众诉求有人接、有人管。\n"
            "明年,街道将进一步健全矛盾纠纷多元化解机制。\n")
    assert titles(page) == ["2026年柳溪街道综治工作总结"]
    assert "我们着力完善了以下工作制度" in text(page)


def test_sentence_naming_a_zhidu_stays_text():
    page = ("2026年城南社区工作总结\n"
            "今年以来,社区修订了居民公约和议事规则,制定了楼栋长管理制度。\n"
            "社区共召开居民议事会12次,解决停车难、加装电梯等问题27个。\n"
            "明年,社区将继续完善居民自治制度。\n")
    assert titles(page) == ["2026年城南社区工作总结"]
    assert "制定了楼栋长管理制度。" in text(page)


# class: a 范文 item's marker holding its title in book-title marks or after the collection's count
# ("《…制度》 篇1", "…管理规定推荐6篇 篇一"), the collection's title removed too: the report had no title
def test_item_marker_title_in_book_title_marks_names_the_report():
    page = ("生产车间管理制度【精选4篇】\n以下是网友为大家整理分享的“生产车间管理制度”相关范文,供您参考学习!\n"
            "《机加车间设备点检制度》 篇1\n"
            "第一条 为保证设备完好运行,减少故障停机,制定本制度。\n第二条 设备点检实行日检、周检、月检三级管理。\n"
            "第三条 点检发现的问题须在24小时内登记并报设备科。\n第四条 本制度由设备科负责解释。\n")
    assert titles(page) == ["机加车间设备点检制度"]
    assert "【精选4篇】" not in text(page)


def test_item_marker_title_after_the_collection_count_names_the_report():
    page = ("当前所在位置: 一点文库 > 规章制度 > 正文\n仓库消防安全管理规定推荐6篇\n2026-05-18 09:12:33 一点文库\n"
            "仓库消防安全管理规定推荐6篇 篇一\n"
            "一、仓库内严禁吸烟和使用明火,动火作业须办理审批手续。\n二、仓库管理员每日下班前检查电源,做到人走电断。\n"
            "三、消防器材每月检查一次,过期失效的及时更换。\n四、本规定自发布之日起执行。\n")
    assert titles(page) == ["仓库消防安全管理规定"]


def test_item_marker_with_a_report_title_still_names_it():
    page = ("社区工作总结【推荐3篇】\n"
            "2026年桃源社区工作总结 篇一\n"
            "今年以来,桃源社区在街道党工委的领导下,扎实做好为民服务各项工作,全年办理民生事项460件。\n"
            "社区新建老年食堂1处,日均就餐老人65人。\n"
            "明年,社区将继续完善“一老一小”服务设施。\n")
    assert titles(page) == ["2026年桃源社区工作总结"]


def test_bracketed_heading_without_a_count_stays():
    # look-alike: bracketed numbers in a report's sentences, one of them counting 篇
    page = ("2026年青禾镇宣传工作总结\n"
            "今年以来,全镇在县级以上媒体刊发稿件186篇,其中省级以上23篇。\n"
            "全镇编印工作简报【12期】,及时反映各村工作动态。\n"
            "“青禾故事”专栏推出人物稿件【共20篇】,点击量超过10万次。\n"
            "明年,我们将继续讲好青禾故事。\n")
    out = text(page)
    assert "全镇编印工作简报【12期】" in out and "人物稿件【共20篇】,点击量" in out
    assert titles(page) == ["2026年青禾镇宣传工作总结"]


# class: a repost's headline under its post date ("2031-04-02 …背后:…"), taken by the line model right above
# the report: the report had no title
def test_dated_headline_over_its_story_names_it():
    page = "http://example.test/redian/1.html\n2031-04-02 县政府工作报告背后:两百条建议怎样进了报告\n" + NEWS_LEAD
    assert titles(page) == ["县政府工作报告背后:两百条建议怎样进了报告"]
    assert text(page).startswith("4月1日上午")


def test_dated_headline_with_slashes_over_its_story_names_it():
    page = ("http://example.test/news/2.html\n2031/04/03 县政府工作报告起草组:两百条建议采纳八十六条\n"
            + NEWS_LEAD)
    result = titles(page)
    assert result == ["县政府工作报告起草组:两百条建议采纳八十六条"] or result == [
        "2031/04/03 县政府工作报告起草组:两百条建议采纳八十六条"]
    assert "两百条建议采纳" not in text(page)


def test_dated_link_list_above_the_story_names_nothing():
    # look-alike: a list of dated links over a story that prints no headline
    page = ("2031-04-01 东川县召开春季植树动员会\n2031-04-02 县政府工作报告背后:两百条建议怎样进了报告\n"
            + NEWS_LEAD)
    assert titles(page) == [None]


def test_dated_link_to_another_story_names_nothing():
    page = "2031-03-28 南山公园樱花进入盛花期\n" + NEWS_LEAD
    assert titles(page) == [None]


# class: a later item of a 范文 collection whose marker ("第二篇:…", "…制度2" leaving its title part) the cleaning
# took: the item had no title
def test_second_item_marker_names_the_second_report():
    page = ("车间安全工作的做法与体会\n"
            "第一篇:车间安全工作的做法与体会\n"
            "一、强化教育。车间今年组织安全培训12期,参训员工480人次,员工安全意识明显增强。\n"
            "二、落实责任。车间与各班组签订安全责任书16份,把安全责任落实到每一个岗位。\n"
            "下一步,车间将继续加大安全检查力度,从事后查处向源头管理转变。\n"
            "第二篇:班组安全管理的几点做法\n"
            "班组是企业安全管理的最小单元,班组安全管理搞好了,企业安全就有了基础。\n"
            "今年,我们在全车间8个班组推行班前5分钟安全讲评,由班组长点评上一班的安全情况。\n"
            "各班组每月开展一次应急演练,全年共演练96次,员工应急处置能力明显提高。\n"
            "明年,我们将把班组安全考核结果与评先评优挂钩。\n")
    result = titles(page)
    assert len(result) == 2 and result[1] == "班组安全管理的几点做法"


def test_numbered_copy_names_the_next_item():
    page = ("桃园社区网格员管理制度\n下面是小编为大家整理的桃园社区网格员管理制度,仅供参考,欢迎大家阅读。\n"
            "桃园社区网格员管理制度1\n"
            "为加强网格员队伍建设,提高网格化服务管理水平,结合社区实际,制定本制度。\n"
            "一、网格员实行坐班与走访相结合,每周走访网格内住户不少于30户。\n"
            "二、网格员发现矛盾纠纷,应在2小时内报告社区。\n"
            "三、网格员每月参加一次业务例会,汇报网格内的情况。\n"
            "桃园社区网格员管理制度2\n"
            "为规范网格员考核工作,激励网格员履职尽责,特制定本制度。\n"
            "一、网格员每月考核一次,考核结果与绩效报酬挂钩。\n"
            "二、连续两次考核不合格的,予以调整。\n"
            "三、社区每季度组织一次网格员业务培训,每次不少于半天。\n")
    result = titles(page)
    assert result[0] == "桃园社区网格员管理制度"
    assert len(result) == 1 or result[1] == "桃园社区网格员管理制度"


def test_second_report_printing_its_own_title_keeps_it():
    # look-alike: the next report prints its own title under nothing the cleaning took
    page = ("2026年青石镇安全生产工作总结\n"
            "今年以来,我镇坚持安全第一、预防为主,全年开展安全检查126次,整改隐患318处。\n"
            "明年,我们将继续加强隐患排查,确保安全形势持续稳定。\n"
            "2026年青石镇消防工作总结\n"
            "今年以来,我镇新建微型消防站4个,组织消防演练22场,全镇火灾起数同比下降18%。\n"
            "明年,我镇将继续推进消防设施进村入户。\n")
    result = titles(page)
    assert result[0] == "2026年青石镇安全生产工作总结"
    assert len(result) == 1 or result[1] == "2026年青石镇消防工作总结"


# class: a 范文 page's preface naming its "相关范文" read as a related list's header, which ran on through the item's
# marker into the article's first heading ("第一章 总则" removed as a related list item)
def test_first_chapter_heading_under_an_item_marker_stays():
    page = ("生产企业管理制度【推荐4篇】\n"
            "制度写得好,厂里的流程才顺。本页收了几篇“生产企业管理制度”相关范文,都是网友整理上传的,写作时可以对照参考!\n"
            "《青川农机配件厂安全生产责任制度》 篇1\n"
            "第一章 总则\n"
            "第一条 为落实安全生产责任,预防生产安全事故,结合本厂实际,制定本制度。\n"
            "第二条 本制度适用于全厂各车间、各部门和全体职工。\n"
            "第二章 安全生产责任\n"
            "第三条 厂长是本厂安全生产第一责任人。\n")
    assert "第一章总则" in text(page).replace(" ", "")


def test_chapter_heading_under_a_second_phrasing_of_the_marker_stays():
    page = ("仓库管理制度【精选3篇】\n"
            "仓库管理制度用来规范出入库流程,保证货物安全,怎样才能写好一份制度呢?以下是网友为大家整理分享的“仓库管理制度”相关范文,供您参考学习!\n"
            "冷链仓库出入库管理制度 篇一\n"
            "第一章 一般规定\n"
            "第一条 为规范冷链仓库出入库管理,保证货物质量,制定本制度。\n"
            "第二条 货物入库须查验温度记录,超温的不得入库。\n"
            "第二章 出库管理\n"
            "第三条 出库实行先进先出,出库单须经仓库主管签字。\n")
    assert "第一章一般规定" in text(page).replace(" ", "")


def test_related_list_with_a_counted_item_still_goes():
    # look-alike: a related list whose items include a collection's "(精选6篇)" title
    page = ("2026年青石镇防汛工作总结\n"
            "今年以来,我镇共转移安置群众420人,全镇未发生因灾死亡事故。\n"
            "明年,我镇将继续加强山洪灾害防御。\n"
            "相关资源\n"
            "水利局防汛工作总结(精选6篇)\n"
            "乡镇防汛抗旱工作总结\n"
            "村级防汛工作总结范文\n")
    out = text(page)
    assert "乡镇防汛抗旱工作总结" not in out and "精选6篇" not in out
