"""Round 10 (范文 / doc-share / PDF-conversion pages: chrome glued into the text, repeated titles, broken
paragraphs): each class a case it must catch and a look-alike it must leave alone. All text made up."""
from page_text import texts, titles

from reportnlp.api import process


# (1) a 范文 page prints its title again between the report's paragraphs (an ad break): no second report
TITLE = "石桥乡2025年上半年工作总结"
REPEAT_PAGE = f"""{TITLE}

{TITLE}

今年以来,石桥乡围绕年初目标扎实推进各项工作,全乡经济运行总体平稳,农村居民人均可支配收入8650元,增长6.8%。

一、上半年主要工作

1.稳住粮食生产。全乡落实粮食播种面积1.9万亩,新建高标准农田2600亩,粮食生产迈上新台阶。

{TITLE}

2.做强特色产业。新发展茶园500亩,成立专业合作社2家,带动农户240户,户均增收1800元。

二、存在的问题

产业规模偏小,村级集体经济薄弱,9个村中仍有3个村年收入不足10万元。

{TITLE}

三、下半年工作打算

确保卫生院综合楼9月底前投入使用,力争年底所有村集体经济收入达到10万元以上。
"""


def test_title_repeated_mid_body_is_no_report():
    docs = texts(REPEAT_PAGE)
    assert len(docs) == 1
    assert TITLE not in docs[0]
    assert "2.做强特色产业" in docs[0] and "三、下半年工作打算" in docs[0]


def test_report_printed_twice_still_splits():
    # the same title over a second copy that opens again ("今年以来,…") starts a report
    body = ("今年以来,石桥乡围绕年初目标扎实推进各项工作,全乡经济运行总体平稳,完成固定资产投资3200万元,增长9.5%。"
            "全乡新建高标准农田2600亩,新发展茶园500亩,成立专业合作社2家,带动农户240户。\n\n"
            "下一步,我们将抓好项目建设,确保卫生院综合楼9月底前投入使用。\n\n")
    page = f"{TITLE}\n\n{body}{TITLE}\n\n{body}"
    assert len(texts(page)) == 2


def test_title_over_its_date_line_stays():
    page = (f"{TITLE}\n\n这是乡党政办整理的半年总结,有删节。\n\n{TITLE}\n\n2025年7月2日\n\n"
            "今年以来,石桥乡围绕年初目标扎实推进各项工作,全乡经济运行总体平稳,完成固定资产投资3200万元。\n\n"
            "一、主要工作\n\n全乡新建高标准农田2600亩,新发展茶园500亩,成立专业合作社2家,带动农户240户。\n")
    assert any(TITLE in t for t in texts(page)) or TITLE in titles(page)


# (2) a collection's title and numbered marker glued before a doc-share chunk's first heading
def test_glued_collection_marker_goes():
    page = ("1、 2025年社区养老服务调研报告范文(3篇)社区养老服务调研报告1 一、东湖社区养老服务的基本情况 社区有60周岁以上"
            "老年人1240人,占户籍人口的22.6%,建成日间照料中心1个、助餐点3个,全年提供助餐服务1.1万人次,服务对象满意率较高,"
            "但上门医疗和助浴服务供给不足,需要进一步完善。二、存在的主要问题 护理人员短缺,持证护理员只有4人,年龄偏大,"
            "流动性较大,服务内容以文体活动为主,与老人的需求不够匹配,部分设施使用率不高,日间\n"
            "2、照料床位使用率仅为35%。三、对策建议 建议年内增设助浴点1个,每年培训护理员不少于20人次。\n")
    docs = texts(page)
    assert len(docs) == 1
    assert "(3篇)" not in docs[0] and "调研报告1" not in docs[0]
    assert docs[0].startswith("一、东湖社区养老服务的基本情况")
    assert "\n二、存在的主要问题" in docs[0]  # the chunk's headings cut once its number is read past


def test_report_numbered_in_a_sentence_stays():
    page = ("东湖社区2025年工作总结\n\n今年以来,社区共收到居民意见142条,形成调研报告1份,整改问题37个,办结率达到96%。"
            "社区还开展志愿服务活动24场,参与居民860人次。\n")
    assert "形成调研报告1份" in texts(page)[0]


# (3) a doc-share file title and its category glued before the title printed again
def test_file_title_and_category_before_doubled_title():
    page = ("南坪镇2025年农业半年总结-总结南坪镇2025年农业上半年工作总结 南坪镇2025年上半年农业工作,在镇党委、政府的领导下,"
            "围绕稳产保供和农民增收,各项工作有序推进。现将上半年工作总结如下: 一、工作开展情况 全镇完成春播面积1.2万亩,"
            "新建蔬菜大棚80个。二、存在问题 农业基础设施仍然薄弱。三、下半年工作安排 确保全年粮食播种面积稳定在2.3万亩以上。\n")
    parts = process(page).parts
    assert parts[0].meta.get("title") == "南坪镇2025年农业上半年工作总结"
    assert parts[0].text.startswith("南坪镇2025年上半年农业工作")
    assert "半年总结-总结" not in parts[0].text


def test_title_followed_by_other_words_stays():
    page = ("南坪镇2025年农业半年总结报告会召开,镇长作总结讲话。会议指出,上半年全镇完成春播面积1.2万亩,新建蔬菜大棚80个,"
            "农民人均可支配收入增长6.5%。\n")
    assert texts(page)[0].startswith("南坪镇2025年农业半年总结报告会召开")


# (4) a content farm's paywall notice goes whole, its bookmark line too
def test_paywall_notice_goes_whole():
    page = ("镇农技站站长2025年度述职报告\n各位领导、同志们:\n一年来,我带领站内同志完成春播技术指导42场,培训农民1300人次,"
            "推广水稻新品种3个,全镇粮食单产提高4.2%。\n二、抓好病虫害防治。\n"
            "……(未完,全文共4210字,当前仅显示980字,请阅读下面提示信息。\n收藏《镇农技站站长2025年度述职报告》)\n")
    doc = texts(page)[0]
    assert "未完" not in doc and "请阅读下面提示信息" not in doc and "收藏《" not in doc
    assert "二、抓好病虫害防治" in doc


def test_report_naming_its_length_stays():
    page = ("镇农技站2025年工作总结\n今年,站里编写的技术手册全文共分六章,印发1200册,发放到全镇26个村,受到农户欢迎。"
            "全年培训农民1300人次,推广新品种3个。\n")
    assert "全文共分六章" in texts(page)[0]


# (5) a sentence broken by a converted file's line end, or by a page break's blank lines
def test_sentence_broken_at_page_break_is_joined():
    page = ("县林业局2025年森林防火工作总结\n\n2025年,县林业局坚持预防为主,全县未发生重大森林火灾。\n\n一、主要工作\n\n"
            "(一)强化宣传教育。设置宣传牌180块,发放告知书2.6万份,进校园开展防火知识讲座\n\n"
            "15场,受教育师生9000人次。\n\n"
            "(二)存在问题。全县林区防火通道总长不足规划的一半,\n\n部分偏远林区通讯信号覆盖差。\n")
    doc = texts(page)[0]
    assert "防火知识讲座15场" in doc
    assert "不足规划的一半,部分偏远林区" in doc


def test_single_wrap_in_a_paragraph_is_joined():
    page = ("镇水利站站长述职报告\n各位领导、同志们:\n一、抓工程建设。全年整治山塘11口,新建和修复灌溉渠道7.5公里,新增和改善灌溉面\n"
            "积2600亩,工程验收合格率100%。\n二、抓防汛抗旱。排查隐患点19处,全部整改到位。\n")
    assert "新增和改善灌溉面积2600亩" in texts(page)[0]


def test_title_glued_after_a_sentence_and_schedule_rows_stay_apart():
    page = ("县商务局2025年工作总结\n一、限塑工作\n全年检查商场超市42次,推广可降解购物袋9.6万个。下一步,我们将年底前实现农贸市场全覆盖。"
            "县商务局金秋消费季活动总结\n10月1日至7日,县商务局联合3家商场开展促销活动,发放消费券30万元,带动消费980万元。\n"
            "二、下半年工作安排\n9月开展节前市场检查;组织商贸企业安全培训\n10月举办金秋消费季活动;发放消费券\n")
    joined = "\n".join(texts(page))
    assert "活动总结10月1日" not in joined
    assert "安全培训10月" not in joined


def test_headline_over_its_lead_stays_apart():
    page = ("改革动真格!全县中小学办学质量评价工作动员部署会召开\n\n"
            "3月12日,县教育局召开中小学办学质量评价工作动员部署会,各中小学校长和分管教学副校长共160余人参加会议。"
            "会议要求,各校要在4月底前完成自评报告。\n")
    assert "召开3月12日" not in "\n".join(texts(page))


# (6) a content farm's how-to lead-in without 小编 above the collection's first report
def test_howto_lead_in_goes():
    page = ("自查报告是向上级汇报工作的材料,要把事情交代清楚。那么,自查报告到底怎么写才合适呢?下面我就给大家讲一讲,"
            "我们一起来了解一下吧。\n校园安全自查报告篇一\n按照县教育局的要求,我校对校园安全工作进行了自查,排查隐患17处,"
            "已整改15处,整改率88.2%。\n")
    doc = texts(page)[0]
    assert "一起来了解一下" not in doc and doc.startswith("按照县教育局的要求")


def test_report_saying_let_us_look_stays():
    page = ("社区2025年工作总结\n今年,社区共开展志愿服务活动36场,参与居民1200人次,我们将继续发扬这种精神。"
            "社区还组织居民议事会12次,解决停车难等问题9个。\n")
    assert "志愿服务活动36场" in texts(page)[0]


# (7) a report title broken over two lines: one title, the text under it
def test_title_broken_over_two_lines_is_one_title():
    page = ("县农业农村局2025年工作总结及2026年工作\n\n思路\n\n"
            "2025年,县农业农村局围绕稳产保供和农民增收,完成粮食播种面积42.6万亩,农村居民人均可支配收入增长6.9%。\n\n"
            "一、主要工作\n\n全县新建高标准农田3.2万亩,培育市级以上龙头企业5家。\n")
    parts = process(page).parts
    assert parts[0].meta.get("title") == "县农业农村局2025年工作总结及2026年工作思路"
    assert parts[0].text.startswith("2025年,县农业农村局")


def test_issuer_over_its_own_title_stays_two_lines():
    page = ("青山县人民法院\n青山县人民法院工作报告\n\n各位代表:\n现在,我代表县人民法院向大会报告工作,请予审议。"
            "2025年,全院受理各类案件8640件,审结8215件,结案率95.1%。\n")
    assert process(page).parts[0].meta.get("title") != "青山县人民法院青山县人民法院工作报告"


# (8) a 范文 page's "…总结范文" header printed again inside the report starts no second report
def test_repeated_marker_inside_report_is_no_boundary():
    page = ("乡上半年工作情况总结\n\n时间:2025-06-20 10:12:31 总结 我要投稿\n\n乡上半年工作情况总结范文\n\n"
            "今年上半年,全乡上下围绕年初目标,咬定任务不放松,一着不让抓推进,坚持农业稳乡、工业强乡、旅游兴乡的思路,"
            "统筹抓好产业发展、项目建设、民生保障和社会治理各项工作,全乡经济社会保持了平稳健康发展的良好态势,"
            "干部群众干事创业的热情进一步高涨。总结上半年的工作,主要有以下四个方面:\n\n"
            "乡上半年工作情况总结范文\n\n"
            "(一)农业生产稳中有进。完成早稻种植1.8万亩,新建高标准农田2200亩,农业总产值同比增长5.6%。\n\n"
            "(二)项目建设加快推进。全乡在建项目7个,完成投资3100万元,占全年计划的52%。\n")
    docs = texts(page)
    assert len(docs) == 1
    assert "(一)农业生产稳中有进" in docs[0] and "总结范文" not in docs[0]


def test_collection_markers_still_split():
    page = ("村级工作总结范文\n\n今年以来,青石村在镇党委的领导下,完成道路硬化3.2公里,新建文化广场1处,村集体经济收入达到26万元,"
            "比上年增加5万元。村里还组织志愿服务活动18场,调解矛盾纠纷23件,全村没有发生一起重大安全事故,群众满意度明显提升。"
            "下一步,村里将抓好产业发展,力争明年集体经济收入突破30万元。\n"
            "村级工作总结范文\n今年以来,白沙村围绕乡村振兴,新发展茶园300亩,完成危房改造12户,组织技能培训4期、培训村民180人次。"
            "下一步,村里将抓好人居环境整治,年底前完成改厕60户。\n")
    assert len(texts(page)) == 2


# (9) a PDF copy's lines broken at a closing mark or around a number are one sentence, and stay text
def test_pdf_pieces_rejoined_and_kept():
    page = ("区政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》\n(以下简称《条例》\n)要求编制。"
            "全文包括总体情况、主动公开情况和存在的主要问题。\n一、主动公开情况\n本区全年累计主动公开政府信息\n4816\n"
            "条,全文电子化率达\n92.5%\n,其中新增主动公开政府信息\n1930\n条。\n")
    doc = texts(page)[0]
    assert "(以下简称《条例》)要求编制" in doc
    assert "主动公开政府信息4816条,全文电子化率达92.5%,其中新增主动公开政府信息1930条" in doc


def test_form_number_cells_stay_apart():
    page = ("村级组织运转经费自评表\n评价指标\n分值\n自评得分\n经费到位率\n20\n20\n资金使用规范性\n30\n28\n"
            "群众满意度\n50\n46\n合计\n100\n94\n")
    doc = "\n".join(texts(page))
    assert "经费到位率20" not in doc and "2020" not in doc
