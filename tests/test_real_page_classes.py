"""Classes of chrome and structure seen on real pages of eleven site families (corpora/SURVEY.md).

Every line here is written for the test; each class has content lines next to it that must stay."""
import pytest

from reportnlp.api import process
from reportnlp.evaluate import family_folds, site_family
from reportnlp.stages.boilerplate import classify_line, classify_line_spans


@pytest.mark.parametrize("line,kind", [
    # news sites
    ("■通讯员 方 晓", "news_credit"),
    ("初审:林木 复审:周安 终审:韩青", "news_credit"),
    ("责任编辑：蔡一鸣", "article_meta"),
    ("县长周立新作政府工作报告。记者 田野 摄", "photo_caption"),
    ("大会现场 吴涛摄", "photo_caption"),
    ("2023年08月14日 星期一", "date_line"),
    ("▲表彰现场（通讯员 高远 摄）", "photo_caption"),  # a bulleted caption, credit in brackets
    ("（文：办公室 林珊　图：宣传科 蒋涛）", "photo_caption"),  # writer and photographer
    ("（校办 罗晓雯/文　胡斌/图）", "photo_caption"),
    ("20240201职代会现场.jpg", "photo_caption"),  # an image's file name
    ("2024年01月16日 星期二　第3412期", "toolbar"),  # an e-paper's masthead date and issue
    ("阅读 2368　　分享　　在看 57", "toolbar"),  # WeChat counters
    ("桐溪县第二中学 | 校园动态", "toolbar"),  # a unit site's column header
    ("2024-01-18 09:12", "date_line"),
    ("第B02版:要闻", "pagination"),
    ("最新评论 发表评论(0个评论)", "toolbar"),
    # document-sharing sites
    ("上传人(卖家):青山客", "upload_info"),
    ("12页 18.3KB", "file_listing"),
    ("街道办事处2022年工作总结.docx", "file_listing"),
    ("亲,该文档总共7页,到这儿已超出免费预览范围,如果喜欢就下载吧!", "shop"),
    ("下载前请确认本地已安装OFFICE2010", "shop"),
    ("文件的所有权益归上传用户所有", "shop"),
    ("一、基本情况1二、主要做法2三、存在问题5四、下步打算7", "pagination"),
    ("-------------------------------------------------------------------------------------------------", "junk"),
    ("Root Entry SummaryInformation WordDocument WpsCustomData", "junk"),
    # forums, blogs, Q&A
    ("5c1^3j8v.?%K@!", "junk"),
    ("积分326 帖子58 精华1", "forum"),
    ("[1206]2023-05-16_某医院医保自查", "forum"),
    ("山间小路的博客", "forum"),
    ("请大家多指教", "chatter"),
    ("该问题已解决", "forum"),
    ("7楼 | 山那边的云 发表于 2024-1-9 10:05:27", "forum"),  # a floor header of any number
    ("签名：写材料的人，材料写人", "forum"),
    ("接上楼：", "forum"),
    ("请输入搜索", "toolbar"),  # a search box's placeholder
    ("第二部分 2024年度单位决算情况说明 PAGEREF _Toc18802 h 5", "pagination"),  # a Word TOC's field codes
    ("（通讯员 韦晓岚）", "news_credit"),
    # a content farm's greeting and a machine translation of the report into English
    ("绪论：在寻找写作灵感吗？某某网为您精选了8篇村委会工作报告，欢迎您的阅读与分享！", "preface"),
    ("《乡镇述职报告(汇编14篇)》由某某网小编整理发布，希望能够给你提供实用帮助。", "preface"),
    ("There are 350 households in our village. In early 1994, the village set up a council of representatives.",
     "foreign"),
    ("关注 3.6万 帖子 12.4万", "forum"),  # a 贴吧 header's counts, in 万
    # WeChat
    ("点击蓝字关注我们", "wechat"),
    ("*发表于湖南*", "wechat"),
    ("关注上方“清风小镇”,选择星标", "wechat"),
    # government portals and unit sites
    ("|发布机构|溪口镇人民政府|", "article_meta"),
    ("索引号00832145/2023-00219", "article_meta"),
    ("今天是:2024年1月16日 星期二", "date_line"),
    ("附件2:年度经营数据统计表.xlsx(18.6KB)", "site_menu"),
    ("龙泉乡卫生院　今天是：2024年1月16日 星期二", "date_line"),
    ("主办:某县人民政府办公室 地址:某县人民路8号 电话:0000-1234567", "site_footer"),
    ("【两会聚焦】", "tag"),
    # a nav bar whose items were separated by spaces, as the stage sees it once normalize removed them
    ("首页协会简介协会动态通知公告政策法规", "breadcrumb"),
    ("相关新闻", "navigation"),
    ("欢迎来到某某文档！|帮助中心", "welcome"),
    ("名称关于2022年度县本级预算执行情况的报告", "article_meta"),
    # survey fragments w15 / w16: a table of contents with dot leaders, a markdown one with anchor
    # links, a document site's download help, a lone site button, a forum's login wall
    ("二、主要工作及成效.......................................1", "pagination"),
    ("（一）矛盾纠纷化解……………………2", "pagination"),
    ("1. [系统上线](#一、系统上线)", "pagination"),
    ("下载遇到问题？请先看以下说明：", "shop"),
    ("3、压缩包格式的资料请解压后再用相应软件打开", "shop"),
    ("我要投稿", "toolbar"),
    ("登录后与我们分享吧!", "toolbar"),
])
def test_chrome_classes_of_real_pages(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    # report sentences that share words with chrome
    "我局建立文档管理制度，全年整理档案1200卷，未发生侵犯群众权益的事件。",
    "开通12345客服热线，切实维护群众合法权益，全年未发生侵权投诉。",
    "本站组织全镇商业网点安装监控设备。",
    "依托平台维护群众合法权益，不得将问题推诿。",
    "我们要互相学习，共同提高工作水平。",
    "我局全年完成试卷印制1200份，安装监控设备46台。",
    "窗口工作时间延长至18:30，切实维护群众合法权益。",
    "一是督促1个未缴纳工资保证金的项目在12月底前完成缴存；二是加强对分包单位的工资支付检查。",
    "联系电话：0000-1234567",  # in a notice, the contact line is content
    "附件：医保基金使用自查情况统计表",
    "【篇一】",  # an article marker, not a tag
    "【存在的困难和问题】",  # a section heading in brackets, not a tag
    "【下一步工作打算】",
    "2023年12月20日",  # a report's closing date
    "| 序号 | 单位 | 工单数 | 办结率 |",
    "| 1 | 城关镇 | 1260 | 98.6% |",
    # reports' own words that a reposter's note also uses ("…请勿整篇照搬")
    "各单位要按实际情况制定实施方案，不得照搬照抄其他地区的做法。",
    # reports' own words near the new caption, credit and counter classes
    "全年举办阅读推广活动46场，分享读书心得320篇。",
    "（本文根据现场讲话录音整理）",
    "（一）文化惠民",
    "全市PM2.5平均浓度为32微克/立方米，GDP增长5.2%。",  # English abbreviations in a report sentence
    "四、下半年工作计划",  # the heading a table of contents line names, without its leader
    "全年开展棋牌室、网吧安全检查46次。",  # a report's own 棋牌室 is no gambling spam
])
def test_content_that_looks_like_chrome_stays(line):
    kind, _parts = classify_line_spans(line)
    assert kind is None or kind == "article_marker" and line.startswith("【")


def test_dateline_and_page_jump_leave_the_sentence():
    page = process("本报讯（记者 方晓 通讯员 周安）7月10日，某镇召开上半年工作总结会，全镇完成投资3.6亿元（下转第二版）。\n")
    text = page.parts[0].text
    assert text.startswith("7月10日")
    assert "下转" not in text and "3.6亿元" in text


def test_glued_garbage_and_running_footer_inside_a_line():
    page = process("全年共调解纠纷126件，调解成功率98.4%。5c1^3j8v.?%K@!\n全年办件3200件—2—办结率99.5%。\n")
    text = page.parts[0].text
    assert "5c1^3j8v" not in text and "—2—" not in text
    assert "调解成功率98.4%" in text and "办结率99.5%" in text


def test_full_width_thousands_separators():
    page = process("新发展核桃种植３，２００畝、中藥材１，１５０畝。其中甲村3，200亩和乙村5亩。\n")
    text = page.parts[0].text
    assert "3200亩" in text and "1150亩" in text
    assert "3，200亩" in text  # ASCII digits with a Chinese comma: a list, not a separator
    assert "5000余份" in process("發放宣傳資料５，０００餘份，張貼標語３６０條。\n").parts[0].text  # 余 before the unit


def test_news_items_split_at_headline_and_dateline():
    text = ("白沙镇召开上半年工作总结会\n本报讯 7月10日，白沙镇召开上半年工作总结暨下半年工作推进会。"
            "会议通报，上半年全镇完成固定资产投资3.6亿元，占年度目标的52%；新签约招商项目7个，协议引资4.2亿元；"
            "完成农村人居环境整治村庄18个，新建户用卫生厕所420座；化解信访积案9件。\n"
            "县医保局开展科级干部述职评议\n本报讯 7月7日，县医疗保障局组织开展2023年上半年科级干部述职评议。"
            "局领导班子成员、各股室负责人及干部职工代表共46人参加评议，8名科级干部围绕履职情况、工作成效、"
            "存在不足和下步打算逐一述职。\n")
    page = process(text)
    assert [p.meta["title"] for p in page.parts] == ["白沙镇召开上半年工作总结会", "县医保局开展科级干部述职评议"]


def test_salutations_open_a_speech():
    text = ("县卫生健康局2023年工作总结\n2023年，县卫生健康局围绕健康县城建设，全年完成家庭医生签约4.2万人，"
            "签约率达到45.6%，新建村卫生室12个，改造乡镇卫生院3所，开展健康教育讲座86场，"
            "受益群众1.2万人次，较好完成了年度任务。\n"
            "尊敬的各位领导、同志们：\n本人自2021年8月任院长以来，在局党委领导下，带领全院职工完成门诊量21万人次，"
            "住院病人8600人次，现将履职情况报告如下。\n")
    page = process(text)
    assert len(page.parts) == 2
    assert "本人自2021年8月" in page.parts[1].text


def test_glued_report_title_between_sentences_gets_its_own_line():
    first = ("今年以来，我村围绕茶叶产业发展，新发展高山茶园320亩，建成茶叶加工厂1座，带动农户增收，"
             "村集体经济收入达到28.6万元，较上年增长12%。明年打算：一是力争集体经济收入突破35万元；"
             "二是上半年完成茶叶加工厂扩建；三是年底前新增茶园200亩。")
    second = ("村级工作总结篇2今年以来，我村以人居环境整治为突破口，发动群众投工投劳8600余个，"
              "清理房前屋后杂物和垃圾560余吨，新建户用卫生厕所120座，全村人居环境明显改善。")
    page = process(first + second + "\n")
    assert len(page.parts) == 2
    assert page.parts[1].text.startswith("今年以来，我村以人居环境整治")


@pytest.mark.parametrize("paragraph,label", [
    ("会议指出，上半年全镇项目建设仍有短板，两个续建项目进度滞后。", "存在问题"),
    ("会议要求，下半年要抓紧补齐短板，确保全年任务圆满完成。", "下一步"),
    ("在肯定成绩的同时，我们也清醒地看到，发展不平衡的问题依然突出。", "存在问题"),
])
def test_news_reporting_verbs_change_the_section(paragraph, label):
    text = ("某镇召开上半年工作总结会\n7月10日，某镇召开上半年工作总结会。"
            "会议通报，上半年全镇完成固定资产投资3.6亿元，占年度目标的52%。\n" + paragraph + "\n")
    part = process(text).parts[0]
    assert part.get("sections")[-1].label == label


def test_site_family_and_folds():
    assert site_family({"site_family": "news"}, "x_01.txt") == "news"
    assert site_family({}, "docshare_03_a.txt") == "docshare"
    fams = ["a"] * 5 + ["b"] * 3 + ["c"] * 3 + ["d"] * 1
    folds = family_folds(fams, 3)
    assert sorted(f for fold in folds for f in fold) == ["a", "b", "c", "d"]
    assert all(len(fold) >= 1 for fold in folds)  # no family on two sides: each lies in one fold


def test_toneless_pinyin_readings_go_when_a_page_has_several():
    text = "在(zai)提(ti)案(an)(an)辦(ban)理(li)過(guo)程(cheng)中(zhong)，學(xue)校(xiao)先後投入資金1,260萬元。\n"
    assert process(text).parts[0].text.startswith("在提案办理过程中，学校先后投入资金1260万元")
    keep = "全县建成村级服务站(a)12个，开发手机应用(app)一款。\n"
    assert "(app)" in process(keep).parts[0].text  # one lone "(a)" is no pattern of readings


def test_seo_spam_tag_inside_a_sentence():
    text = "会议强调【年终总结怎么写】，做好明年经济工作，要坚持稳中求进工作总基调，全年完成投资12亿元。\n"
    assert "怎么写" not in process(text).parts[0].text


def test_page_chunk_numbers_of_document_sites_are_not_headings():
    chunk1 = ("1、望江街道2023年工作总结。2023年，街道围绕老旧小区改造和民生保障，完成改造小区12个，"
              "惠及居民3200户，新建社区食堂3处，开展入户走访1.2万户次，收集意见建议860条，办结率98.6%。"
              "针对居民反映集中的问题，街")
    chunk2 = ("2、道办事处多方筹措资金，加快老旧小区改造进度，全年投入资金1860万元，新增停车位420个，"
              "加装电梯16部，群众满意率达到96.5%，较上年提高3个百分点。")
    text = process(chunk1 + "\n" + chunk2 + "\n").parts[0].text
    assert "针对居民反映集中的问题，街道办事处多方筹措资金" in text
    assert not text.startswith("1、")
    items = ("1、加强组织领导。成立了以镇长为组长的领导小组，制定了实施方案，明确了责任分工，全年召开专题会议12次，"
             "研究解决问题36个。\n2、强化宣传引导。通过横幅、宣传栏、微信群等多种形式开展宣传活动28场次，"
             "发放宣传资料5600余份，群众知晓率达到95%以上。\n")
    assert process(items).parts[0].text.startswith("1、加强组织领导")  # real list items keep their numbers


@pytest.mark.parametrize("line,kind", [
    ("2024年养老服务工作自查报告_某某范文网", "site_title"),
    ("区财政局2016年工作总结及2017年工作计划-某某文库", "site_title"),
    ("阅读本文的人还阅读了", "site_title"),
    ("医院收费自查报告2", "article_marker"),
    ("这里收录了几篇商务系统的总结和自查报告，大家可以对照着看看别人是怎么写的。", "preface"),
])
def test_fanwen_site_classes(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "参照省市标准，全年汇编制度文件12份。",
    "县城至乡镇公路-国道网",
    "以上是我局2023年工作总结，不足之处请批评指正。",
])
def test_fanwen_look_alikes_stay(line):
    assert classify_line(line) is None


def test_discuz_jammer_with_spaces_at_a_line_end():
    text = "全年集体研究重大事项17项，公开村务财务12次。5 c1 ^3 j8 v. ?% K@ !\n断面水质全部达到GB 3838-2002 III类标准\n"
    out = process(text).parts[0].text
    assert out.startswith("全年集体研究重大事项17项，公开村务财务12次。\n")
    assert "GB 3838-2002 III类标准" in out


@pytest.mark.parametrize("line,kind", [
    ("来源丨县委办公室", "wechat"),
    ("视频小程序赞", "wechat"),
    ("热情点赞、激情关注、深情星标", "wechat"),
    ("知乎、微博、头条ID:田野笔记", "wechat"),
    ("政务服务小程序", None),
    ("建成星标级服务站3个", None),
])
def test_wechat_widgets_and_look_alikes(line, kind):
    assert classify_line(line) == kind


def test_a_notice_announces_itself_in_its_opening():
    text = ("根据县委组织部有关要求，为做好2023年度干部考核工作，现将有关事项通知如下：\n一、考核时间\n"
            "2023年12月20日至2024年1月10日，具体时间由考核组与各单位商定。\n二、考核对象\n"
            "各乡镇、县直各单位领导班子和科级干部，共计86个单位、412名干部。\n")
    assert process(text).parts[0].meta["doc_type"] == "通知"


@pytest.mark.parametrize("announcement", ["现将院长工作报告摘要刊发如下。\n（文：院办 林珊　图：宣传科 蒋涛）",
                                          "会议还进行了民主测评。\n附：校长述职报告（全文）"])
def test_a_report_printed_after_the_news_item_that_announces_it_is_a_document_of_its_own(announcement):
    text = ("我院召开五届二次职工代表大会\n2月1日下午，我院五届二次职工代表大会在学术厅召开，院领导班子成员、"
            "职工代表及列席代表共128人参加会议。会议听取了院长所作的工作报告，审议通过了财务工作报告和提案工作报告，"
            "表彰了2023年度先进科室12个、优秀职工46名。院党委书记在讲话中要求全院职工坚定信心、实干争先。"
            + announcement + "\n"
            "一年来，全院职工团结一心，各项业务指标稳中有升。全年门急诊41.6万人次，同比增长8.2%；出院病人2.14万人次，"
            "增长5.6%；住院手术6320台次。\n对照三级医院评审标准，我院学科带头人不足，信息化建设相对滞后。\n"
            "新的一年，我院将力争年底前通过三级中医医院评审，新增床位120张。\n")
    page = process(text)
    assert len(page.parts) == 2
    assert page.parts[1].text.startswith("一年来，全院职工团结一心")


def test_a_tieba_thread_copied_from_a_reports_second_page_keeps_only_the_report():
    page = ("乡镇干部吧\n只看楼主 收藏 回复\n【转】街道上半年工作总结，前面没复制全\n\n"
            "1楼 2024-07-12 19:20\n社工小王\n从第二页开始复制的，前面的没了\n\n"
            "深入开展助老服务，组织志愿者上门探访独居老人1260人次，为78户困难老人家庭安装烟感报警器。\n"
            "平安建设\n坚持每周开展一次消防安全巡查，上半年共排查整改隐患64处。\n"
            "存在的不足\n社区工作者人手紧张，平均每人服务居民410户。\n"
            "下半年打算\n一是9月底前完成青桐苑小区加装电梯4部；二是年底前实现小区出入口人脸识别全覆盖。\n\n"
            "2楼 2024-07-12 19:25\n小区门卫老张\n烟感报警器那个我们社区也在装\n\n"
            "3楼 2024-07-12 20:03\n社工小王\n回复 小区门卫老张：是的，街道统一配的\n")
    part = process(page).parts[0]
    assert part.text.startswith("深入开展助老服务")
    assert "门卫" not in part.text and "楼 2024" not in part.text
    # the copy begins in the middle of the work done: no intro before it
    assert [s.label for s in part.get("sections")] == ["主要做法", "存在问题", "下一步"]


# a later report on the page: pasted into a later forum floor, or after a page counter and a numbered
# title glued before its addressee
_FORUM_POST = ("楼主 | 松林听涛 发表于 2024-1-8 20:41:16 | 只看该作者\n"
               "今年以来，我在镇党委的领导下，分管农业农村和水利工作。现将履职情况报告如下。\n"
               "一、履职情况\n全镇落实粮食播种面积4.26万亩，总产1.93万吨，新建高标准农田6800亩。\n"
               "二、存在的不足\n农业产业链条短，精深加工企业只有2家。\n"
               "三、下一步打算\n2024年，我将确保粮食播种面积不低于4.2万亩，6月底前完成3座小型水库除险加固。\n"
               "以上报告，不妥之处，请批评指正。\n签名：写材料的人，材料写人\n\n")
_SPEECH = ("各位领导、老师们：2023年，我在镇党委的领导下，主持学校全面工作，全年组织教研活动36次。\n"
           "一、主要工作。坚持“第一议题”制度，全年开展集中学习24次，组织教师参加县级以上培训156人次，"
           "学校获评县级文明校园。\n二、今后打算。明年，我将力争培养县级以上骨干教师3名。\n")


@pytest.mark.parametrize("first,second,starts", [
    (_FORUM_POST, "6楼 | 黄土坡书记 发表于 2024-1-9 09:30:18\n一年来，我带领村“两委”班子抓党建、促发展，"
                  "全村新建村级活动场所1处，流转土地860亩，村集体经济收入达到12.6万元。明年，我村将完成3.5公里通组路硬化。\n",
     "一年来，我带领村"),
    (_SPEECH, "1 / 12小学校长个人述职报告篇2尊敬的各位领导、同志们：本人自2021年8月起担任小学副校长，"
              "分管教学工作，全年听评课126节。\n", "尊敬的各位领导、同志们"),
])
def test_a_later_report_on_the_page_is_a_report_of_its_own(first, second, starts):
    page = process(first + second)
    assert len(page.parts) == 2
    assert page.parts[1].text.startswith(starts)


def test_a_document_sites_prompt_glued_before_the_text_goes():
    text = process("去百度文库，查看完整内容>内容来自用户:个人资料库\n"
                   "根据常委会工作要点安排，调查组深入到乡镇、社区开展调研12次，走访养老机构26家。\n").text
    assert "百度文库" not in text and "内容来自用户" not in text
    assert "开展调研12次" in text


def test_a_hijacked_pages_gambling_spam_and_injected_line_prefix_go():
    page = ("某某国际 精品范文 村委会工作报告范文\n"
            "某某国际 一、村集体经济稳步壮大。盘活闲置厂房3处,村集体经营性收入增加到41.2万元。\n"
            "某某国际 二、基础设施持续改善。硬化通组道路12.6公里,新建村级活动场所1处。\n"
            "2.本报告内容:金沙娱乐城_皇冠体育-【官方直营平台】市场监督管理局2023年政府信息公开工作情况。\n"
            "三、民生事业扎实推进。为60岁以上老人缴纳意外保险,三年共计12万元。\n")
    text = process(page).text
    assert "某某国际" not in text and "娱乐城" not in text and "官方直营" not in text
    assert "一、村集体经济稳步壮大" in text and "本报告内容:市场监督管理局2023年" in text


def test_a_speakers_name_repeated_in_an_interview_is_no_injected_prefix():
    page = ("记者 : 去年全县经济运行情况如何?\n易县长 : 2023年,全县完成地区生产总值132.6亿元,同比增长6.4%。\n"
            "记者 : 存在哪些问题?\n易县长 : 问题也很明显,规上工业企业只有58家。\n"
            "记者 : 今年有哪些目标?\n易县长 : 今年地区生产总值增长6.5%以上。\n")
    assert process(page).text.count("易县长") == 3


def test_a_reporters_credit_glued_before_the_lead_goes():
    text = process("（通讯员 孟书涵）2月4日至5日，集团召开第三届职工代表大会第四次会议，职工代表186人参加会议。\n").text
    assert text.startswith("2月4日至5日")


def test_a_document_sites_edit_stamp_and_a_gambling_word_in_a_heading_go():
    page = ("2024年社区平安建设半年工作总结\n一、主要工作\n辖区可防性案件同比下降21.4%。精品文档---下载后可任意编辑"
            "（二）宣传教育。开展反诈宣传14场。\n三、收到和处理金鼎棋牌平台申请情况\n本年度共收到申请3件。\n")
    text = process(page).text
    assert "下载后可任意编辑" not in text and "棋牌" not in text
    assert "同比下降21.4%。（二）宣传教育" in text and "三、收到和处理申请情况" in text


def _labels(text: str) -> list[tuple[str, str]]:
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


def test_parts_over_numbered_headings_are_the_top_level():
    # "第三板块：下学期工作构想" names plans after its colon; its 一、二、 items are sub-headings
    text = ("中心小学2023学年第一学期工作总结\n本学期，我校坚持立德树人，较好完成了各项工作任务。\n"
            "第一板块：本学期学校工作总结\n一、抓队伍建设\n组织师德专题学习8次。\n二、抓教学常规\n坚持每月一次教学常规检查。\n"
            "第二板块：当前存在的困难\n一、教师结构性缺编，音体美专职教师仅有4人。\n二、校舍老化。\n"
            "第三板块：下学期工作构想\n一、继续加强教师队伍建设，开学前制订培训计划。\n二、深化课堂教学改革。\n")
    labels = _labels(text)
    assert [lab for lab, _ in labels if lab != "其他"] == ["主要做法", "存在问题", "下一步"], labels


def test_a_label_line_under_a_problems_and_fixes_heading_opens_the_plans():
    text = ("南岭乡2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息326条。\n"
            "二、存在的主要问题及改进情况\n存在问题：\n1.部分信息发布滞后。\n2.政策解读形式比较单一。\n"
            "改进措施：\n1.加强业务学习，组织信息员开展专题培训。\n2.丰富解读形式，推出图解产品不少于4期。\n")
    assert [lab for lab, _ in _labels(text)] == ["主要做法", "存在问题", "下一步"]


def test_numbered_items_under_an_unnumbered_plans_heading_are_plans():
    text = ("云岭区2025年政府工作报告\n2024年工作回顾\n2024年，全区地区生产总值增长5.8%。\n"
            "（一）项目建设提速增效。实施区级重点项目86个，完成投资142亿元。\n"
            "（二）城乡面貌持续改善。完成老旧小区改造21个。\n"
            "2025年主要目标和重点工作\n今年全区地区生产总值增长6%左右。\n"
            "（一）全力扩大有效投资。全年实施区级重点项目90个，完成投资150亿元以上。\n"
            "（二）用心办好民生实事。新建普惠性幼儿园3所，新增学位1080个。\n")
    labels = _labels(text)
    plans = [lab for lab, head in labels if head.startswith("（")][2:]
    assert plans == ["下一步", "下一步"], labels


def test_the_parts_a_report_is_divided_into_are_no_metric():
    part = process("县长作政府工作报告。报告共分三个部分，全年新增就业岗位3200个。\n").parts[0]
    assert [(m.data.value, m.data.unit) for m in part.get("metrics")] == [(3200, "个")]
