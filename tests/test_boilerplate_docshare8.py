"""Boilerplate, round 8: document-sharing widgets, 范文 prefaces and footers, teasers, outlines and
converted-PDF contents. Each class: a line it must catch and a look-alike it must leave alone."""
import pytest

from reportnlp.stages.boilerplate import classify_line, classify_line_spans, strip_boilerplate
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str):
    return strip_boilerplate(normalize(decode(text)))


def removed_kinds(doc) -> dict[str, str]:
    return {r.text.strip(): r.kind for r in doc.removed}


@pytest.mark.parametrize("line,kind", [
    # (A) a document site's preview and purchase prompts, its price, its counter column
    ("预览加载中,请稍候片刻...", "shop"),
    ("预览加载中，请您耐心等待几秒...", "shop"),
    ("预览", "shop"),
    ("12金币", "shop"),
    ("3 下载券", "shop"),
    ("如果无法下载文件，请查看帮助：", "shop"),
    ("亲，本文共21页，到这里已超出免费预览范围", "shop"),
    ("说明：文章内容仅供预览，部分内容可能不全，如需原文请加QQ", "shop"),
    ("还剩2页未读，继续阅读", "shop"),
    ("该内容需要权限查看", "shop"),
    ("会员免费下载", "shop"),
    ("26.4KB", "shop"),
    ("版权申诉", "shop"),
    ("约5.2千字", "upload_info"),
    ("约 12页", "upload_info"),
    ("2025-11-20 发布于河南", "upload_info"),
    # (A) the copyright item of a site's VIP list, with or without its phone number
    ("如遇侵权请联系删除", "disclaimer"),
    ("如发现侵权内容，请联系客服删除", "disclaimer"),
    ("仅供学习参考，请根据本单位实际修改使用。", "site_footer"),
    # (D) a 范文 site's preface, footer and copyright note; a Q&A farm's labels
    ("【写作参考】下面是网友为您精选的5篇村级工作总结。", "preface"),
    ("优秀公文范文汇编", "site_footer"),
    ("&n[标签:介绍]", "site_footer"),
    ("版权说明：作者原创，不允许二次传播，一经发现收回积分", "site_footer"),
    ("答案列表", "navigation"),
    ("範文問答", "navigation"),
    ("目录/提纲：……", "navigation"),
    ("街道办,述职报告,2024", "article_meta"),
    ("村委会，工作总结，年终，范文", "article_meta"),
    # (H) a converted PDF's contents line, its page number in brackets
    ("第一部分  年度工作回顾 ..................（3）", "pagination"),
    ("二、存在的问题 ………… (12)", "pagination"),
])
def test_docshare_and_fanwen_chrome_lines(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "预览工作已于3月完成，共审核材料12份。",
    "全镇共发放金币券1200张，带动消费56万元。",
    "约有3千名群众参加了活动。",
    "如群众反映有侵权行为，及时受理并处理2起。",
    "如发现侵权假冒商品线索，立即移交执法大队。",
    "全年为会员免费查看档案服务2000人次",
    "还剩3个项目未开工",
    "导语：3月5日，县委召开全会，部署全年工作。",
    "精品民宿集群已初具规模",
    "二、存在的问题",
    "一、经济运行稳中有进（1）",
    "答案是肯定的。",
    "提纲挈领抓好重点工作",
    "2023年工作总结，2024年工作打算",
    "教育、卫生、文化、体育",
    "一是抓党建，二是促发展，三是惠民生",
])
def test_report_lines_like_that_chrome_stay(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line,kind", [
    ("3. 3、如资料侵犯商业秘密、侵犯著作权等，请点击“版权申诉”，也可以打举报电话：400-555-0101（电话支持时间：9:00-18:00）。",
     "disclaimer"),
    ("3、如文档侵犯您的著作权，请点击“版权申诉”，也可拨打举报电话：400-123-4567（工作日9:00-17:30）。", "disclaimer"),
    ("导言：作为写作爱好者，不可错过为您精心挑选的8篇社区工作总结，欢迎阅读。", "preface"),
])
def test_chrome_lines_holding_numbers_go_whole(line, kind):
    # a number makes a line look like report text: the rule's match then covers all of it
    found, spans = classify_line_spans(line)
    assert found == kind and (spans is None or spans == [(0, len(line))])


def test_a_report_sentence_naming_a_complaint_line_keeps_its_text():
    line = "全年受理群众来电326件，办结率100%。"
    assert classify_line_spans(line) == (None, None)


def test_footer_glued_after_the_last_sentence_goes_alone():
    doc = clean("村里建成文化广场2处，群众满意度明显提升。精品办公范文集锦\n")
    assert "精品办公范文集锦" not in doc.text and "群众满意度明显提升。" in doc.text


def test_read_aloud_marker_after_a_title_goes_the_title_stays():
    doc = clean("首页>范文大全>工作总结>正文\n林业站护林防火工作总结[朗读]\n今年以来，全站巡山护林320人次，未发生森林火灾。\n")
    assert "[朗读]" not in doc.text and "林业站护林防火工作总结" in doc.text


TEASER_PAGE = (
    "县农业农村局2025年工作总结\n"
    "县农业农村局2025年工作总结 2025年，县农业农村局坚持稳粮保供，全年粮食播种面积稳定在46万亩，"
    "新建高标准农田2\n"
    "县农业农村局2025年工作总结 2025年，县农业农村局坚持稳粮保供，全年粮食播种面积稳定在46万亩，"
    "新建高标准农田2.1万亩，农民人均可支配收入增长6.8%。明年将重点抓好种业振兴。\n"
)


def test_teaser_printed_before_the_full_text_goes():
    doc = clean(TEASER_PAGE)
    kinds = removed_kinds(doc)
    assert "teaser" in kinds.values()
    assert "新建高标准农田2.1万亩" in doc.text
    assert doc.text.count("坚持稳粮保供") == 1
    assert doc.text.lstrip().startswith("县农业农村局2025年工作总结\n")  # the title line is no teaser


def test_a_paragraph_that_the_next_one_does_not_repeat_stays():
    page = ("2025年，县农业农村局坚持稳粮保供，全年粮食播种面积稳定在46万亩，新建高标准农田2.1万亩。\n"
            "2025年，县农业农村局还抓了农村人居环境整治，改造农村户厕1200座，行政村垃圾收运全覆盖。\n")
    doc = clean(page)
    assert "teaser" not in removed_kinds(doc).values()
    assert "稳粮保供" in doc.text and "户厕1200座" in doc.text


OUTLINE_PAGE = (
    "乡森林防火工作总结\n目录/提纲：……\n一、基本情况\n二、主要做法\n1、压实责任\n2、强化巡护\n三、存在问题\n"
    "1、设备老化\n四、下步打算\n……\n乡森林防火工作总结\n今年以来，全乡未发生森林火灾。\n一、基本情况\n"
    "全乡林地面积8.6万亩。\n二、主要做法\n1、压实责任。乡村两级签订责任书42份。\n2、强化巡护。聘请护林员36名。\n"
    "三、存在问题\n主要是1、设备老化，部分扑火机具需更新。\n四、下步打算\n年底前更新扑火机具20台。\n"
)


def test_outline_under_its_header_goes_the_headings_below_stay():
    doc = clean(OUTLINE_PAGE)
    text = doc.text
    assert "目录/提纲" not in text
    assert text.count("一、基本情况") == 1 and text.count("四、下步打算") == 1
    assert "1、压实责任。乡村两级" in text and "今年以来" in text


def test_headings_under_a_contents_header_that_never_come_back_stay():
    page = "目录\n一、加强领导\n二、完善制度\n全年召开专题会议6次，印发制度3项。\n"
    doc = clean(page)
    assert "一、加强领导" in doc.text and "二、完善制度" in doc.text


def test_contents_stop_at_the_texts_first_heading():
    page = ("目录\n一、部门基本情况\n二、绩效目标完成情况\n一、部门基本情况\n我中心内设科室9个，核定编制46名。\n"
            "二、绩效目标完成情况\n全年实际支出1791万元，执行率97.3%。\n")
    doc = clean(page)
    assert doc.text.count("一、部门基本情况") == 1 and doc.text.count("二、绩效目标完成情况") == 1
    assert doc.text.index("一、部门基本情况") < doc.text.index("我中心")


PDF_PAGE = (
    "某街道2025年度工作报告\n\n目  录\n"
    "第一篇  2025年工作回顾 .............................. （1）\n"
    "一、经济发展 ........................................ （1）\n"
    "第二篇  2026年工作安排 .............................. （2）\n"
    "一、重点任务 ........................................ （2）\n\n"
    "某街道办事处工作报告                          2026年1月\n"
    "2025年，街道较好完成了全年各项任务。现将有关情况报告如下。\n"
    "第一篇  2025年工作回顾\n一、经济发展\n全年完成固定资产投资12.3亿元，同比增长6.1%。\n— 1 —\n"
    "某街道办事处工作报告                          2026年1月\n"
    "新引进企业15家。\n第二篇  2026年工作安排\n一、重点任务\n年内新建社区食堂2家。\n— 2 —\n"
)


def test_contents_with_bracketed_page_numbers_and_running_header_go():
    doc = clean(PDF_PAGE)
    text = doc.text
    assert "......" not in text and "（1）" not in text
    assert "某街道办事处工作报告" not in text  # the running header under each page break
    # the part headings the contents list are the report's own, no 范文 article markers
    assert "第一篇2025年工作回顾" in text.replace(" ", "") and "第二篇2026年工作安排" in text.replace(" ", "")
    assert doc.anchors["article_boundaries"] == []


def test_part_markers_without_contents_still_split_a_fanwen_page():
    page = ("第一篇：村委会工作总结\n今年以来，村两委带领群众修建道路3公里，群众满意。\n"
            "第二篇：社区工作总结\n今年社区新增志愿者46名，开展活动20场。\n")
    doc = clean(page)
    assert len(doc.anchors["article_boundaries"]) == 2


def test_a_title_printed_twice_on_adjacent_lines_is_no_running_header():
    page = ("— 1 —\n镇敬老院消防安全自查报告\n镇敬老院消防安全自查报告\n根据统一部署，我院开展了自查，共排查隐患5处。\n"
            "— 2 —\n镇敬老院消防安全自查报告\n整改已全部完成。\n")
    doc = clean(page)
    assert "running_header" not in removed_kinds(doc).values()


def test_a_header_printed_once_over_a_later_heading_goes():
    page = ("县农机站上半年工作汇报\n一、基本情况\n全站现有农机手46名，完成机耕面积8.2万亩。\n二、主要做法\n"
            "开展安全检查12次。\n— 1 —\n县农机站工作汇报材料\n三、下步打算\n10月底前完成补贴兑付。\n— 2 —\n")
    doc = clean(page)
    assert removed_kinds(doc).get("县农机站工作汇报材料") == "running_header"
    assert "三、下步打算" in doc.text


def test_a_new_report_after_a_page_number_keeps_its_title():
    page = ("县农机站上半年工作汇报\n一、基本情况\n全站现有农机手46名。\n— 1 —\n县农技站上半年工作汇报\n"
            "一、基本情况\n全站现有农技员12名，推广新品种8个。\n— 2 —\n")
    doc = clean(page)
    assert "县农技站上半年工作汇报" in doc.text


def test_paywall_marks_glued_into_the_text_go_the_text_stays():
    doc = clean("会员免费查看　整治工作取得了阶段性成效，排查隐患126处。\n"
                "发生较大事故的，实行一票否决。##vipstart##第七条 考核于12月10日前完成。\n")
    assert "会员免费" not in doc.text and "vipstart" not in doc.text
    assert "整治工作取得了阶段性成效" in doc.text and "第七条" in doc.text


def test_a_sentence_about_free_membership_stays():
    doc = clean("县图书馆推行会员免费查看电子期刊服务，全年服务读者1.2万人次。\n")
    assert "会员免费查看电子期刊" in doc.text


def test_a_preface_line_telling_the_reader_to_adapt_the_text_goes():
    doc = clean("【导读】本文是一篇乡镇工作总结，仅供学习参考，请结合实际修改使用。\n今年全镇新建道路3公里。\n")
    assert "仅供学习参考" not in doc.text and "新建道路3公里" in doc.text


def test_the_title_again_in_brackets_glued_before_the_text_goes():
    doc = clean("镇长在全镇春耕生产会议上的讲话\n【镇长在全镇春耕生产会议上的讲话】同志们：今年全镇粮食播种面积要稳定在3.2万亩以上。\n")
    assert "【" not in doc.text and doc.text.count("镇长在全镇春耕生产会议上的讲话") == 1
    assert "同志们：今年全镇粮食播种面积" in doc.text


def test_a_bracketed_heading_that_is_no_title_above_stays():
    doc = clean("镇春耕生产工作总结\n【强化农资保障工作情况】全镇储备化肥1200吨，农药35吨，满足春耕需要。\n")
    assert "【强化农资保障工作情况】" in doc.text


@pytest.mark.parametrize("line,chrome", [
    # a document site's keyword line: bare tags, one of them ending on a genre or a year
    ("镇政府,工作报告,2023", True),
    ("乡镇,年终总结,范文大全", True),
    # the look-alike: a sentence a PDF copy broke, its genre word inside a clause
    ("万元,现桥梁主体已合龙,计划明年", False),
    ("2026年宣传工作,顾场长强调,要进一步加强对宣", False),
])
def test_keyword_lines_against_broken_sentences(line, chrome):
    assert (classify_line(line) == "article_meta") is chrome


def test_a_flattened_forms_label_value_rows_are_one_block():
    from reportnlp.stages.boilerplate import _form_block

    lines = ["政府网站工作年度报表", "网站总访问量(单位:次)", "1285634", "其中:政务动态信息更新量", "1876",
             "信息公开目录信息更新量", "1297", "收到留言数量(单位:条)", "312", "一、基本情况"]
    assert _form_block(lines, [None] * len(lines)) == set(range(1, 9))


def test_a_forum_profiles_counters_and_rule_chrome_make_no_form():
    from reportnlp.stages.boilerplate import _form_block

    # the look-alikes: a profile's counters are short words; pairs the rules took for chrome count for nothing
    profile = ["主题", "12", "回帖", "36", "积分", "1287"]
    assert _form_block(profile, [None] * len(profile)) == set()
    counters = ["浏览次数:", "9", "下载次数:", "3", "收藏次数:", "1"]
    assert _form_block(counters, ["view_counter", None] * 3) == set()
