"""Round 15 (r15a: site chrome, titles and report boundaries on portals, news sites, units' own sites): page
furniture above an article's header (a hotline widget, a channel menu, a sidebar's leader and column names, a
slogan) and the header's headline as the report's title, whatever its last words; a wire-style photo caption
("…。这是…。 本报记者 某某 摄") taken whole; share and comment counts alone on a line ("+1", "0条评论"); a
paper's second item "又讯 5月29日,…" as a report of its own; the last caption of a run under a news item's
last sentence; a sentence turn inside the opening paragraph once the headline above it is the title. Each
class with a look-alike that must stay. All text made up."""
import pytest

from page_text import run, removed, body

LEAD = ("2026年4月8日下午,市妇幼保健院在门诊楼六楼会议室召开第三届职工代表大会第二次会议,职工代表和列席代表"
        "共126人参加会议。\n"
        "院长作工作报告,回顾了医院一年来的工作,全年门诊量达到41.2万人次,同比增长6.3%。\n"
        "会议要求,各科室要在6月底前完成本科室年度目标责任书的分解落实。\n")


# -- page furniture above the article's header, and the header's headline as the title ---------------------

HOTLINE = "|预约电话\n\n0731-86620314 (工作日)\n13807310022 (节假日)\n\n院务动态\n\n"
HEADER = "市妇幼保健院召开职工代表大会\n\n发布时间:2026-04-09 来源:院办 字号:\n\n"


def test_hotline_widget_above_headline_over_publication_row_goes_and_headline_is_the_title():
    page = HOTLINE + HEADER + LEAD
    out = run(page)
    doc = out.documents[0]
    assert doc.title == "市妇幼保健院召开职工代表大会"
    assert "预约电话" not in doc.text and "0731-86620314" not in doc.text
    assert doc.text.startswith("2026年4月8日下午")


def test_sidebar_and_slogan_above_a_rules_document_go_and_its_headline_is_the_title():
    page = ("宣传代表工作 服务基层群众;建设法治青岚。青岚欢迎您!\n站内搜索:\n\n代表之窗\n\n青岚县人大常委会主任\n"
            "赵思远\n\n机关建设\n\n青岚县人大常委会机关档案管理办法\n\n来源:县人大\n访问量:\n更新日期:2026-02-10\n\n"
            "第一条 为规范县人大常委会机关档案管理工作,根据《中华人民共和国档案法》,结合机关实际,制定本办法。\n"
            "第二条 本办法适用于县人大常委会机关各委室形成的各类档案。\n")
    doc = run(page).documents[0]
    assert doc.title == "青岚县人大常委会机关档案管理办法"
    for chrome in ("代表之窗", "赵思远", "机关建设", "站内搜索"):
        assert chrome not in doc.text
    assert doc.text.startswith("第一条")


def test_channel_menu_above_the_breadcrumb_goes():
    page = ("热点\n原创 专题 民生 经济观察 访谈 三分钟 溪城 梅岭 文旅 乡村\n您的位置:首页 > 要闻 正文\n"
            "街道开展冬至送温暖活动 走访慰问环卫工人\n发布时间 | 2026-12-22 10:12:40\n\n"
            "为感谢环卫工人一年来的辛勤付出,东湖街道组织党员志愿者开展冬至送温暖活动。\n"
            "12月21日,街道为辖区86名环卫工人送去了饺子和防寒手套。\n")
    doc = run(page).documents[0]
    assert "经济观察" not in doc.text
    assert doc.title == "街道开展冬至送温暖活动走访慰问环卫工人"


def test_headline_without_genre_word_over_its_publication_row_is_the_title():
    page = ("省人大网>市县人大>溪城>工作动态>正文\n\n【溪城】行使监督权的溪城经验及对策\n\n"
            "来源:溪城市人大常委会研究室 作者:何明 2026-05-11 09:20:11\n\n"
            "听取和审议专项工作报告是宪法和法律赋予人大常委会的一项重要职权。笔者对全市各级人大的做法进行了梳理。\n"
            "一、主要做法\n建立审议意见办理台账,全年跟踪审议意见86条,办结率100%。\n")
    doc = run(page).documents[0]
    assert doc.title == "行使监督权的溪城经验及对策"
    assert doc.text.startswith("听取和审议专项工作报告")


def test_sentence_over_a_source_row_is_no_title():
    page = ("全年督办代表建议312件,办结率100%\n来源:溪城市人大常委会研究室\n\n"
            "听取和审议专项工作报告是宪法和法律赋予人大常委会的一项重要职权。笔者对全市各级人大的做法进行了梳理。\n")
    doc = run(page).documents[0]
    assert doc.title is None


def test_report_title_above_the_breadcrumb_stays():
    page = ("在全县秋冬季森林防火工作会议上的讲话\n秋实文库 > 讲话稿 > 安全讲话\n发布时间:2026-10-08 阅读:321\n"
            "同志们:\n今天召开全县秋冬季森林防火工作会议,主要任务是部署今冬明春森林防火工作。\n"
            "一是要在11月底前完成全部林区防火通道的清理;二是要加强巡山护林队伍建设。\n")
    out = run(page)
    assert out.documents[0].title == "在全县秋冬季森林防火工作会议上的讲话"
    assert "在全县秋冬季森林防火工作会议上的讲话" not in removed(page)


def test_a_long_line_above_the_header_leaves_the_head_alone():
    prose = ("今年以来,我院坚持以患者为中心,持续改善医疗服务,门诊预约诊疗率达到85%以上,群众满意度稳步提升,"
             "各项工作取得了新的进展。")
    page = "院务动态\n" + prose + "\n" + HEADER + LEAD
    out = run(page)
    assert any(prose[:20] in d.text for d in out.documents)
    assert not [r for r in run(page).removed if r.kind == "page_head"]


def test_byline_with_its_date_is_no_headline():
    page = ("关于《东湖区2026年优化营商环境工作情况的报告》的政策解读\n东湖区人民政府 2026年01月19日\n"
            "字号:大 中 小 浏览次数:1043\n"
            "按照省市关于优化营商环境工作的考核要求,我区对2026年全区优化营商环境工作进行了全面总结,现解读如下:\n"
            "一、起草背景\n省营商环境建设局要求各县(市、区)每年1月底前报送上一年度优化营商环境工作情况。\n")
    out = run(page)
    assert out.documents[0].title != "东湖区人民政府 2026年01月19日"
    assert not [r for r in out.removed if r.kind == "page_head"]


# -- a wire-style photo caption ----------------------------------------------------------------------------

CAPTION = ("3月8日,青岚县第十八届人民代表大会第五次会议在县会议中心开幕。这是县长周立恒代表县人民政府作政府工作报告。"
           " 本报记者 梁文清 摄")


def test_wire_style_caption_goes_whole():
    page = ("青岚县十八届人大五次会议开幕\n"
            "3月8日,青岚县第十八届人民代表大会第五次会议在县会议中心开幕。应出席代表231名,实到225名。\n"
            + CAPTION + "\n会议听取和审议了县人民政府工作报告,报告提出今年地区生产总值增长6%左右。\n")
    doc = run(page).documents[0]
    assert "这是县长周立恒" not in doc.text and "梁文清" not in doc.text
    assert "应出席代表231名" in doc.text and "地区生产总值增长6%左右" in doc.text


def test_sentence_with_zheshi_and_no_credit_stays():
    line = "3月8日,县第一座智慧农贸市场正式开业。这是我县今年建成的第3个民生实事项目。"
    page = "智慧农贸市场开业\n" + line + "\n市场共设摊位216个,日均客流量约5000人次。\n"
    assert line in body(page)


# -- share and comment counts alone on a line ------------------------------------------------------------

@pytest.mark.parametrize("widget", ["+1", "0条评论", "12条评论"])
def test_widget_count_alone_on_a_line_goes(widget):
    page = ("全区政协委员履职培训班开班\n"
            "5月6日,全区政协委员履职培训班在区委党校开班,120名委员参加培训。\n" + widget + "\n"
            "培训班为期3天,安排了专题讲座和分组研讨。\n")
    assert widget in removed(page)
    assert "培训班为期3天" in body(page)


def test_count_inside_a_sentence_stays():
    page = ("全区政协委员履职培训班开班\n"
            "5月6日,全区政协委员履职培训班在区委党校开班。\n征求意见期间共收到12条评论和建议,均已逐条回复。\n")
    assert "共收到12条评论和建议" in body(page)


# -- a paper's second item opening 又讯 ------------------------------------------------------------------

def test_second_item_opening_youxun_is_a_report_of_its_own():
    page = ("县政府常务会议召开\n"
            "本报讯 6月3日,县长主持召开县政府2026年第12次常务会议,研究部署防汛抗旱工作。\n"
            "会议要求,各乡镇要在6月15日前完成山塘水库汛前检查,确保安全度汛;要落实24小时值班值守制度,"
            "遇有险情第一时间转移受威胁群众;各有关部门要加强雨情水情监测预报,及时发布预警信息。\n"
            "又讯 6月10日,县长主持召开县政府2026年第13次常务会议,研究部署夏粮收购工作。\n"
            "会议要求,各收储企业要敞开收购,确保农民售粮不难。会议还研究了其他事项。\n")
    docs = run(page).documents
    assert len(docs) == 2
    assert docs[1].text.startswith("6月10日")


def test_single_item_with_benbaoxun_stays_one_report():
    page = ("县政府常务会议召开\n"
            "本报讯 6月3日,县长主持召开县政府2026年第12次常务会议,研究部署防汛抗旱工作。\n"
            "会议要求,各乡镇要在6月15日前完成山塘水库汛前检查,确保安全度汛。又讯息平台同步发布了汛期提示。\n")
    assert len(run(page).documents) == 1


# -- the last caption of a run under a news item's last sentence -------------------------------------------

ITEM = ("我院召开四届二次职工代表大会\n"
        "3月2日下午,我院召开四届二次职工代表大会,98名职工代表参加会议。会议由党委书记主持。\n"
        "会议听取并审议通过了医院工作报告和财务工作报告,代表们提出意见建议32条。\n")


def test_last_caption_of_a_run_goes():
    page = ITEM + "大会现场\n各代表团分组讨论\n各代表团团长发言\n表决通过各项报告\n"
    gone = removed(page)
    assert "表决通过各项报告" in gone
    assert body(page).rstrip().endswith("代表们提出意见建议32条。")


@pytest.mark.parametrize("line", ["2026年3月2日", "附件:提案汇总表"])
def test_date_or_attachment_line_under_the_captions_stays(line):
    page = ITEM + "各代表团分组讨论\n各代表团团长发言\n" + line + "\n"
    assert line not in removed(page)


# -- a sentence turn inside the opening paragraph under its title -----------------------------------------

def test_turn_inside_the_opening_paragraph_under_the_headline_opens_plans():
    page = ("县两会精神在基层|乡镇干部谈落实\n2026-1-22 08:36| 发布者: admin| 查看: 412| 评论: 0\n\n"
            "县“两会”的召开是全县政治生活中的一件大事。县长在政府工作报告中提出,2026年全县地区生产总值增长6%左右,"
            "新增城镇就业2800人以上。连日来,各乡镇负责人结合实际谈了贯彻落实的打算。\n\n"
            "★枫林镇党委书记 谢启航\n政府工作报告目标清晰。去年全镇规上工业企业达到41家。"
            "今年我们将全力抓招商,全年引进亿元以上项目4个。\n")
    doc = run(page).documents[0]
    assert doc.title == "县两会精神在基层|乡镇干部谈落实"
    starts = {s.label: doc.text[s.start:s.start + 10] for s in doc.sections}
    assert starts.get("下一步", "").startswith("县长在政府工作报告")


def test_opening_paragraph_without_a_cue_stays_one_part():
    page = ("县两会精神在基层|乡镇干部谈落实\n2026-1-22 08:36| 发布者: admin| 查看: 412| 评论: 0\n\n"
            "县“两会”的召开是全县政治生活中的一件大事。连日来,各乡镇负责人结合实际谈了体会。\n\n"
            "★枫林镇党委书记 谢启航\n政府工作报告目标清晰。去年全镇规上工业企业达到41家。\n")
    doc = run(page).documents[0]
    first = [s for s in doc.sections if s.start < len(doc.text.split("\n")[0])]
    assert [s.label for s in first] == ["其他"]


# -- a news app's dateline ("某网时刻1月8日讯(记者…)") ---------------------------------------------------------

def test_news_app_dateline_goes():
    page = ("溪城实验小学召开教职工代表大会\n"
            "溪网时刻3月6日讯(记者 谭明 通讯员 范文静)近日,溪城实验小学召开第二届三次教职工代表大会,"
            "89名代表出席会议。\n会议审议通过了学校工作报告和财务工作报告。\n")
    assert any(r.startswith("溪网时刻3月6日讯") for r in removed(page))
    assert body(page).startswith("近日,溪城实验小学")


def test_moment_word_in_a_lead_stays():
    page = ("溪城实验小学召开教职工代表大会\n"
            "3月6日,溪城实验小学召开教职工代表大会。联网时刻保持畅通的视频系统让两个校区同步参会。\n")
    assert "联网时刻保持畅通" in body(page)
