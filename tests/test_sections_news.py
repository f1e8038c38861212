"""Sections of meeting and visit news: reported speech, leads that list topics, glued and late headings."""
import pytest

from reportnlp.api import process
from reportnlp.stages.sections import label_heading, paragraph_cue


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


@pytest.mark.parametrize("par,label", [
    # the verb says nothing of the topic, the words after it do
    ("会议强调,在肯定成绩的同时,也要清醒地看到,林场还存在护林员年龄偏大、巡护道路不畅等问题。", "存在问题"),
    ("护林站负责人同时指出,要加快防火隔离带建设,10月底前完成8公里隔离带修整。", "下一步"),
    ("会议指出,今年以来,全乡上下各项工作取得了新进展,完成植树造林1800亩。", "主要做法"),
    ("韩立新指出,医保改革是民生工程的关键一环,要坚持群众需求导向,推动经办服务下沉到村。", "下一步"),
    ("会议指出,上半年的成绩来之不易,但差距同样明显,3个村的整治进度不到一半。", "存在问题"),
    ("对明年的工作,场长在讲话中强调,要进一步加强队伍建设,各分场全年培训不少于2次。", "下一步"),
    # look-alikes: the writer's own view, 要求 as a noun, an argument's 而是要, a phrase of 说
    ("我认为,驻村干部首先要当好学生,沉下身子摸清村情。", None),
    ("新课程对教师和实验室都提出了更高要求,这是学院今后必须跨过的一道坎。", None),
    ("林长指出,护林不是简单地给山头挂个牌,而是要把责任落到每个人头上。", None),
    ("可以说,今年以来全镇经济取得了长足进步。", None),
    ("党的二十大明确要求,要深化行政体制改革,提高行政效能。", None),  # an authority cited for why
    # a delegate's review that ends in a request is no turn to work done
    ("来自河口镇的代表周晓梅说,她所在的村去年已建成扶贫车间2家,希望县里继续给予扶持。", None),
])
def test_reported_speech_is_labelled_by_what_the_speaker_says(par, label):
    assert paragraph_cue(par) == label


def test_a_one_line_meeting_item_turns_at_each_reported_speakers_words():
    text = ("9月5日,白石林场召开党委会议,对前三季度工作进行总结,对四季度工作进行安排。会议指出,今年以来,全场干部职工"
            "团结一心,各项工作取得了新成效,完成封山育林3100亩。会议强调,在肯定成绩的同时,也要清醒地看到,林场还存在"
            "管护力量不足、防火设施老化等问题。护林站负责人同时指出,要加快防火隔离带建设,10月底前完成8公里隔离带修整。\n")
    assert [lab for lab, _ in sections(text)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_a_visit_item_turns_to_plans_at_the_leaders_words_inside_the_paragraph():
    text = ("6月3日,县委副书记韩立新到县中医院调研医共体建设。县卫健局负责人参加调研。\n"
            "座谈会上,韩立新听取了县中医院的工作汇报,对医共体建设的成效给予肯定。今年1至5月,上转患者860人次。"
            "韩立新指出,医共体建设是深化医改的关键一招,要坚持以群众健康为中心,8月底前实现检查结果互认。\n")
    got = sections(text)
    assert got[-1] == ("下一步", "韩立新指出,"), got


@pytest.mark.parametrize("lead", [
    "会上,各科室负责人逐一述职,对一年来的工作完成情况、取得的成绩、存在的问题和不足进行了归纳,并对明年的工作思路作了阐述。",
    "会上,中心主任代表班子作工作报告,各组负责人汇报了本年度工作完成情况、存在的问题和明年工作计划。报告主要内容如下:",
    "会上,12位村党组织书记逐一述职,总结了一年来的工作,剖析了自身存在的问题,并谈了今后的工作思路。",
])
def test_a_news_lead_that_lists_the_topics_covered_is_no_problems_section(lead):
    text = ("1月8日,县图书馆召开年度工作总结会,全馆职工参加会议。\n" + lead + "\n"
            "一年来,全馆共接待读者12.6万人次,新增藏书1.8万册。\n")
    got = sections(text)
    assert "存在问题" not in [lab for lab, _ in got], got
    assert ("主要做法", "一年来,全馆") in got, got


def test_a_topic_list_followed_by_the_results_reports_the_work():
    # the speakers' topics, then what they reported: the paragraph is work done
    assert paragraph_cue("会上,三位局长围绕履职情况、存在不足和下步打算逐一述职。") is None
    text = ("11月2日,县人大常委会召开述职评议会。\n"
            "会上,三位局长分别围绕依法履职、重点工作等方面作了述职。县农业农村局今年新建高标准农田3.2万亩。\n")
    got = sections(text)
    assert got[-1] == ("主要做法", "会上,三位局"), got


@pytest.mark.parametrize("heading,label", [
    ("2.重点工作成果", "主要做法"), ("三、年度目标任务完成情况", "主要做法"), ("(二)重点任务推进成效", "主要做法"),
    ("2.重点工作部署", "下一步"), ("三、重点任务", "下一步"),
])
def test_the_results_of_planned_work_are_work_done(heading, label):
    assert label_heading(heading, False, False) == label


def test_the_parts_a_reported_report_is_made_of_are_the_lead():
    # (as a converted page writes it, "一，、…，；二、…": no line break goes before the numerals)
    text = ("市政府网站近日全文刊发《政府工作报告》。\n报告共分三个部分：一，、2024年工作回顾，；二、2025年工作安排，；"
            "三，、加强政府自身建设。\n报告指出,2024年全市地区生产总值增长5.6%。\n")
    got = sections(text)
    assert [lab for lab, _ in got] == ["其他", "主要做法"] and got[1][1].startswith("报告指出"), got


def test_a_late_heading_scheme_still_turns_to_the_problems_and_the_plans():
    # the first heading comes late (a long glued opening): no scheme structures the report, but 问题 and
    # 整改措施 headings still name their sections
    opening = ("镇敬老院消防安全自查报告根据镇安委会统一部署和县民政局关于开展养老机构消防安全专项检查的通知要求,"
               "我院于2025年3月组织开展了消防安全自查,院长任组长,分管副院长任副组长,护理组、后勤组负责人为成员,"
               "对住养楼、食堂、配电房和仓库逐一进行了检查,现将自查情况报告如下。")
    text = (opening + "\n二、发现的问题\n老人房间私拉电线给电动车充电,个别护理员不会使用灭火器。\n"
            "三、整改措施\n3月底前建成电动车集中充电棚;每季度组织一次消防演练。\n")
    got = sections(text)
    assert ("存在问题", "二、发现的问") in got and ("下一步", "三、整改措施") in got, got


def test_a_visit_items_scene_paragraph_stays_in_the_lead():
    text = ("4月9日上午,副县长罗清远带队到县第二中学调研校园安全工作。县教体局负责人陪同调研。\n"
            "罗清远一行先后来到学校门卫室、食堂后厨和学生宿舍,现场察看安防设施运行情况,并召开座谈会。\n"
            "座谈会上,罗清远听取了学校的工作汇报。今年以来,学校组织应急疏散演练3次,排查整改隐患21处。\n")
    assert sections(text) == [("其他", "4月9日上午"), ("主要做法", "座谈会上,罗")]


def test_a_news_items_paragraph_on_the_period_is_no_scene():
    # figures or a period looked back on (今年以来) make the paragraph a topic of the report
    text = ("6月20日,青岭镇召开半年工作推进会。镇村干部参加会议。\n"
            "今年以来,青岭镇围绕产业强镇目标,扎实推进项目建设,新签约项目6个。\n")
    assert sections(text) == [("其他", "6月20日,"), ("主要做法", "今年以来,青")]
