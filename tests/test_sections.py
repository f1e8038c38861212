"""Section headings of every scheme, and labels where headings were stripped."""
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportnlp.api import process
from reportnlp.stages.sections import paragraph_cue
from reportnlp.structure import heading_level, paragraphs


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


@pytest.mark.parametrize("par,level", [
    ("一、基本情况", 1), ("（二）主要做法", 2), ("(三)存在问题", 2), ("1.领导重视", 3), ("2、分级考核", 3),
    ("(1)制定方案", 4), ("①对区县", 4), ("一是完成职能集中", 5), ("首先,要解决思想认识", 5),
    ("第二部分 存在问题", 1), ("【2024年工作回顾】", 1), ("【存在的困难和问题】\n过去一年……", 1),
])
def test_heading_schemes(par, level):
    assert heading_level(par) == level


@pytest.mark.parametrize("par", ["2018年度工作总结", "12月28日召开会议", "100%的村建立代办点",
                                 # a bracket that opens a sentence, or a row of toolbar buttons, heads nothing
                                 "【打印】【关闭】", "【典型案例】某村建立积分制,带动群众参与。"])
def test_not_headings(par):
    assert heading_level(par) is None


def test_numbered_sections_are_labelled_by_heading_words():
    text = ("今年以来,我局认真履职,现将工作情况汇报如下:\n"
            "一、工作开展情况\n全年受理投诉举报1260件。\n"
            "二、存在的困难和不足\n人员编制不足。\n"
            "三、下步打算\n加强队伍建设。\n")
    assert [s[0] for s in sections(text)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_paragraph_cues_when_headings_are_stripped():
    text = ("为推进政务公开,我镇高度重视,现将自查情况报告如下:\n"
            "年初,我镇成立了政务公开领导小组,明确专人负责。\n"
            "全年在公示栏公开信息16期。\n"
            "我们工作中存在的问题主要有:一是业务知识有待提高;二是公开形式单一。\n"
            "针对上述问题,下一步我们将加强培训,丰富公开形式。\n")
    labels = [s[0] for s in sections(text)]
    assert labels == ["其他", "主要做法", "存在问题", "下一步"]


def test_next_steps_announced_inside_a_paragraph():
    text = ("今年以来,街道扎实推进政务服务,现将情况报告如下:\n"
            "(一)建设标准化大厅。投入300万元建成新大厅。\n"
            "(二)推行一厅通办。设置16个窗口。\n"
            "通过一年努力,中心工作取得实效。下一步,我街道将继续推进服务再上新台阶。\n")
    got = sections(text)
    assert got[-1][0] == "下一步" and got[-1][1].startswith("下一步")


def test_problem_heading_after_which_measures_look_ahead():
    text = ("现将自查情况报告如下:\n一、统一思想\n开展学习。\n三、存在的不足\n协调不够。\n"
            "四、2014年工作措施\n进一步深化改革。\n")
    assert [s[0] for s in sections(text)][-2:] == ["存在问题", "下一步"]


def test_plan_list_with_its_heading_stripped_is_next_steps():
    # numbering starts again at (一) with items that only look ahead: the 下一步 heading was lost
    text = ("今年以来,区文化馆在区委宣传部的领导下,扎实推进各项工作,现将情况报告如下:\n"
            "(一)群众文化活动\n全年举办广场演出46场,参与群众2.1万人次。\n"
            "(二)非遗保护\n完成了3个项目的申报,建立了传承人档案。\n"
            "(一)抓好文艺骨干培训\n1.进一步完善培训制度,配齐配强辅导老师。\n2.督促各街道建立文艺队伍。\n"
            "(二)加强阵地建设\n1.推进分馆建设,做好设备维护。\n2.继续开展送戏下乡。\n")
    labels = sections(text)
    runs = [lab for k, (lab, _) in enumerate(labels) if k == 0 or labels[k - 1][0] != lab]
    assert runs == ["其他", "主要做法", "下一步"]
    assert next(head for lab, head in labels if lab == "下一步").startswith("(一)抓好")


def test_a_stripped_plan_list_keeps_its_later_parts_despite_a_purpose_clause():
    # 为实现… and 真正实现… are intent in a long plan, not past aspect: (二) and (三) are plans too
    text = ("今年以来,区文化馆扎实推进各项工作,现将情况报告如下:\n"
            "(一)群众文化活动\n全年举办广场演出46场,参与群众2.1万人次。\n"
            "(二)非遗保护\n完成了3个项目的申报,建立了传承人档案。\n"
            "(一)抓好文艺骨干培训\n1.进一步完善培训制度,配齐配强辅导老师。\n"
            "(二)加强阵地建设\n1.认真整改分馆存在的问题,确保提高服务水平,为实现“一街一馆”目标打好基础。\n"
            "2.推进分馆建设,做好设备维护,将各街道文化站纳入总分馆体系,真正实现统一管理。\n"
            "3.继续开展送戏下乡,加强队伍建设,要做好群众需求调查,完善点单服务。\n"
            "(三)提升服务水平\n1.进一步简化活动报名流程。\n2.继续实行预约服务。\n")
    labels = sections(text)
    assert [lab for lab, head in labels if head.startswith(("(二)加强", "(三)提升"))] == ["下一步", "下一步"]


def test_a_restart_among_parts_of_work_done_is_no_plan_even_without_past_aspect():
    # headings stripped: numbering restarts at every part; the middle part's verbs (加强, 建立,
    # 督促) read like plans, but the parts after it look back, so it is work done too
    text = ("今年以来,街道政务服务中心扎实推进各项工作,现将情况报告如下:\n"
            "(一)全面推进放管服改革\n全年办理审批事项1260件,办结率100%。\n"
            "(一)建立健全效能制度\n中心严格落实首问责任制,建立岗位责任书,加强督促检查,确保服务规范有序。\n"
            "(二)加强投诉处理\n中心加大宣传力度,完善投诉处理机制,推进限时查结。\n"
            "(一)标准化大厅建设\n大厅完成了改造,实现了一窗通办,群众满意度达到98%。\n")
    assert "下一步" not in [lab for lab, _ in sections(text)]


def test_a_list_of_past_work_after_a_restart_stays_work_done():
    text = ("今年以来,区文化馆扎实推进各项工作,现将情况报告如下:\n"
            "(一)群众文化活动\n全年举办广场演出46场。\n"
            "(一)加强阵地建设\n年内完成了两个分馆的改造,新增设备12台。\n")
    assert "下一步" not in [lab for lab, _ in sections(text)]


def test_proposals_lead_in_glued_to_a_paragraph_end():
    text = ("为了解社区养老服务情况,笔者进行了专题调研。\n"
            "目前,全街道共有日间照料中心9个,服务老人1300余人次。\n"
            "但专业护理人员严重不足,多数站点只有1名持证人员。针对上述问题,建议如下:\n"
            "一是通过购买服务引入专业机构。\n二是加大培训力度。\n")
    labels = sections(text)
    assert labels[-1][0] == "下一步" and labels[-1][1].startswith("针对上述")


def test_a_unit_profile_opens_the_body_as_overview():
    text = ("随着教育改革的深入,我校抓住机遇,努力办好人民满意的教育。\n"
            "我校位于县城南部,始建于1958年,现有教学班18个,在校学生760人。\n"
            "多年来,我校坚持立德树人,建立了教师培训制度,开展了课后服务,学生综合素质明显提高。\n")
    assert [lab for lab, _ in sections(text)][:2] == ["其他", "基本情况"]


def test_a_page_that_begins_with_a_list_item_has_no_intro():
    text = ("一是完成审批职能向一个科室集中。全区21个部门均已设立审批科。\n"
            "二是完成审批科成建制进驻中心。共进驻窗口人员86名。\n")
    assert sections(text)[0][0] == "主要做法"


def test_a_bare_heading_line_and_the_numbered_heading_below_it_are_one_section():
    text = ("今年以来,我中心在市委的领导下,开通了企业服务直通车,现将情况报告如下:\n"
            "上半年工作情况\n(一)办件情况\n截至5月底共受理事项6900件,办结6890件。\n"
            "(二)收费情况\n共收取各类费用120万元。\n")
    part = process(text).parts[0]
    body = [s for s in part.get("sections") if s.label != "其他"]
    assert part.text[body[0].start:].startswith("上半年工作情况\n(一)办件情况")


def test_a_speech_part_reviewing_the_year_is_work_done():
    text = ("同志们:今天召开全市绩效管理工作会议,主要任务是总结去年工作,部署今年任务。\n"
            "一、大胆探索,2023年度绩效管理工作成效明显\n去年以来,我们建立了指标体系,完成了年度考评。\n"
            "二、统筹推进,扎实做好2024年度绩效管理工作\n各地各部门要细化方案,抓好落实。\n")
    labels = [lab for lab, _ in sections(text)]
    assert labels[labels.index("主要做法") + 1] == "下一步"


def test_a_speech_part_that_argues_why_is_no_task_list():
    text = ("同志们:今天召开全县安全生产工作会议,主要任务是分析形势,部署今年工作。\n"
            "一、统一思想,提高认识,切实增强做好安全生产工作的责任感和紧迫感\n"
            "安全生产既是发展的前提,更是民生的底线,我们必须时刻绷紧这根弦。\n"
            "二、突出重点,狠抓落实,扎实做好2024年安全生产各项工作\n"
            "各乡镇要在6月底前完成隐患排查,县应急局要加强督查。\n")
    labels = [lab for lab, _ in sections(text)]
    assert labels[1:] == ["其他", "下一步"]


def test_a_speechs_argument_lasts_until_a_paragraph_deploys_work():
    # no heading of its own: the argument opens with 首先…认识, goes on with 第一…需要…, ends where 一是要… begins
    text = ("同志们:今天这个会议,主要是部署全县营商环境建设工作。\n"
            "一、2023年营商环境建设成效明显\n"
            "去年以来,我县出台了优化营商环境十条措施,完成了政务服务大厅改造,办件量达到8.6万件。\n"
            "首先,要解决好思想认识问题。认识不到位,工作就推不动。\n"
            "第一,优化营商环境,既是上级的明确要求,更是我县发展的现实需要。近年来各地竞相发力。\n"
            "第二,破解发展难题,需要一流的营商环境。企业对审批效率意见较多。\n"
            "一是要压缩审批时限,各部门要在年底前将审批时限再压减三成。\n"
            "二是要加强督查问效,县效能办要每季度通报一次。\n")
    got = sections(text)
    assert [lab for lab, _ in got] == ["其他", "主要做法", "其他", "下一步"]
    assert got[-1][1].startswith("一是要压缩")


def test_bracketed_headings_of_a_news_report():
    text = ("县政府工作报告摘要\n1月17日,县人民代表大会开幕,县长作政府工作报告。\n"
            "【2023年工作回顾】\n过去一年,全县地区生产总值完成186.4亿元,增长6.8%。\n"
            "【存在的困难和问题】\n报告同时指出,全县经济总量偏小,产业结构不优。\n"
            "【2024年主要目标】\n报告提出,地区生产总值增长6.5%左右。\n")
    assert [lab for lab, _ in sections(text)][1:] == ["主要做法", "存在问题", "下一步"]


def test_a_headless_speech_turns_from_review_to_problems_to_tasks():
    text = ("同志们:节后上班第一天,街道召开安全生产工作会议,部署今年的工作。\n"
            "回顾去年,街道共检查企业和场所1260家次,整改隐患3100余处。\n"
            "这些成绩来之不易,但也要看到,部分企业主体责任落实不到位,老旧小区消防通道堵塞问题仍然突出。\n"
            "今年,重点抓好以下几项工作:\n"
            "一是压实企业主体责任,年内完成全部规上企业安全标准化达标。\n"
            "二是要解决好消防通道堵塞问题,每月开展一次联合检查。\n")
    assert [lab for lab, _ in sections(text)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_an_interviews_questions_name_the_topics_of_their_answers():
    text = ("县长访谈:稳中求进 干字当头\n"
            "记者:去年全县在项目建设上做了哪些工作?\n"
            "县长:去年我们新开工项目58个,完成投资96亿元。\n"
            "记者:您认为当前发展中还面临哪些突出问题?\n"
            "县长:工业总量偏小,财政收支矛盾突出。\n"
            "记者:今年全县将从哪些方面发力?\n"
            "县长:一是抓项目,全年新开工项目60个以上;二是抓招商,引进亿元以上项目20个。\n")
    got = sections(text)
    assert [lab for lab, _ in got][-3:] == ["主要做法", "存在问题", "下一步"]
    assert got[-1][1].startswith("记者:今年")  # the section opens at its question


@pytest.mark.parametrize("text,labels", [
    # a heading naming problems and plans: its plans sub-heading opens the plans
    ("2023年人社工作总结\n根据区政府部署,现将全年工作总结如下:\n"
     "一、就业创业工作\n全年城镇新增就业3200人。\n"
     "二、社会保险工作\n城乡居民养老保险参保率98.5%。\n"
     "三、存在问题及工作打算\n(一)存在问题。基层经办力量薄弱。\n"
     "(二)工作打算。一是年内新增就业3300人;二是推进社保经办服务下沉。\n",
     ["其他", "主要做法", "主要做法", "存在问题", "下一步"]),
    # a self-check's heading naming problems and their fixes: the 整改措施 after it are plans
    ("2025年上半年安全生产自查报告\n按照园区部署,我公司开展了安全生产自查,现将情况报告如下:\n"
     "一、自查情况\n经自查,我公司特种作业人员均持证上岗,消防设施完好。\n"
     "二、发现的问题及整改情况\n本次自查共发现隐患7项,已整改4项,其中2号车间配电箱未上锁。\n"
     "三、整改措施\n1.配电箱于7月底前全部加装门锁。\n2.每月开展一次用电安全检查。\n",
     ["其他", "主要做法", "存在问题", "下一步"]),
])
def test_a_heading_naming_problems_and_then_plans_or_fixes_opens_problems_and_the_plans_follow(text, labels):
    assert [s[0] for s in sections(text)] == labels


@given(st.text(st.sampled_from([" ", "\t", "\r", "\u3000", "\x1c", "\xa0", "\u2028", "\n", "\n", "a", "中", "。"])))
def test_paragraphs_are_the_stripped_non_blank_lines(text):
    expected, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            expected.append((start + lead, start + len(line.rstrip())))
        start += len(line) + 1
    assert paragraphs(text) == expected


def test_state_of_work_in_a_past_period_is_work_done():
    # a speech reviews last year's work under "基本情况": what was done, not the unit's profile
    text = ("同志们：\n麦收在即，今天召开全镇三夏生产工作会议，我讲三点意见。\n"
            "一、去年三夏工作的基本情况\n去年全镇夏粮播种面积5.1万亩，机收率达到98%。\n"
            "二、今年三夏工作的目标任务\n今年要确保颗粒归仓，秸秆禁烧不出现火点。\n")
    assert [s[0] for s in sections(text)][:2] == ["其他", "主要做法"]


def test_a_news_report_turns_to_work_done_where_the_meeting_reports_it():
    text = ("8月3日，青山镇召开上半年工作推进会。会议通报，上半年全镇完成固定资产投资2.1亿元，"
            "新签约项目5个。会议要求，下半年要加快项目进度，确保全年目标完成。\n")
    got = sections(text)
    assert [lab for lab, _ in got] == ["其他", "主要做法", "下一步"]
    assert got[1][1].startswith("会议通报")


def test_the_latest_year_among_the_headings_is_the_year_ahead():
    text = ("同志们：\n今天召开全县教育工作会议，主要任务是总结工作、部署任务。\n"
            "一、正确看待2023年教育工作\n全年新建学校3所，新增学位2700个。\n"
            "二、2024年主要工作\n（一）扩大学位供给。新建改扩建学校4所。\n"
            "（二）加强教师队伍建设。招聘教师120名。\n")
    assert [s[0] for s in sections(text)] == ["其他", "主要做法", "下一步"]


def test_opening_remarks_after_a_salutation_are_intro():
    text = ("2024年1月18日在青溪县第十八届人民代表大会第三次会议上\n"
            "青溪县人民政府县长　刘建国\n各位代表：\n"
            "现在，我代表县人民政府向大会报告政府工作，请予审议。\n"
            "2023年工作回顾\n"
            "2023年，全县地区生产总值增长6.8%，新建高标准农田2.3万亩，新增城镇就业4200人。\n")
    got = sections(text)
    assert got[0][0] == "其他" and got[1][1].startswith("2023年工")


def test_a_salutation_below_the_title_block_ends_the_intro():
    text = ("青溪县2024年政府工作报告全文\n政府工作报告\n"
            "——2024年1月18日在青溪县第十八届人民代表大会第三次会议上\n"
            "青溪县人民政府县长　刘建国\n各位代表：\n"
            "现在，我代表县人民政府向大会报告政府工作，请予审议。\n"
            "一、2023年工作回顾\n全县地区生产总值增长6.8%，新建高标准农田2.3万亩。\n"
            "二、2024年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%。\n")
    got = sections(text)
    assert [lab for lab, _ in got] == ["其他", "主要做法", "下一步"]
    assert got[1][1].startswith("一、2023")


def test_the_year_ahead_opens_the_plans_inside_a_paragraph():
    text = ("今年以来，驻村工作队扎实开展帮扶工作，现将情况报告如下：\n"
            "全年协调资金45万元，新修产业路2.4公里。工作中也存在队员专业知识不足等问题。"
            "2024年，工作队将重点做好三件事：一是发展特色种植；二是完善村级组织；三是巩固帮扶成果。\n")
    got = sections(text)
    assert got[-1][0] == "下一步" and got[-1][1].startswith("2024年")


@pytest.mark.parametrize("par", ["2023年，我局将安全生产工作纳入年度考核，全年开展检查46次。",
                                 "2023年，镇里将12个村划分为4个片区，实行片区包干。"])
def test_jiang_as_ba_opens_no_plans(par):
    text = "今年以来，我局扎实推进各项工作，现将情况报告如下：\n" + par + "\n"
    assert "下一步" not in [lab for lab, _ in sections(text)]


def test_a_plan_that_opens_looking_ahead_is_plans_throughout():
    text = ("2025年卫生院党建工作的总体要求是：坚持党建引领，推动党建与业务深度融合。\n"
            "一、加强政治建设\n（一）落实“第一议题”制度。每次会议首先传达学习。\n"
            "二、夯实基层组织\n（一）推进支部标准化建设。年内完成全部5个支部达标。\n")
    assert {lab for lab, _ in sections(text)} == {"下一步"}


def test_a_notice_head_above_its_first_sentence_is_intro():
    # a title broken over two lines, the number and the addressee: no body yet
    text = ("青溪县卫生健康委关于报送\n2024年度工作总结和2025年工作计划的通知\n"
            "青卫健办〔2024〕57号\n各区县卫生健康局、委属各单位：\n"
            "为全面总结全市卫生健康工作，请各单位于1月10日前报送年度工作总结。\n"
            "全年各单位共报送材料46份，按时报送率98%。\n")
    got = sections(text)
    assert got[0][0] == "其他" and all(not head.startswith(("青", "2024", "各区")) for _, head in got[1:])


_PLAN_BODY = ("一、工作目标\n全镇生产安全事故起数比去年下降10%以上。\n"
              "二、整治重点\n重点整治农村面包车超员、货车违法载人等行为。\n"
              "三、保障措施\n成立由镇长任组长的领导小组,每月通报一次进展。\n")


@pytest.mark.parametrize("head", [
    "白沙镇安全生产专项整治实施方案\n为坚决遏制较大事故发生,镇党委决定开展专项整治行动。\n",
    # the title was lost with the site's chrome; the opening names the genre
    "为坚决遏制较大事故发生,镇党委决定开展专项整治行动,特制定本方案。\n",
])
def test_a_plan_documents_parts_are_plans(head):
    labels = sections(head + _PLAN_BODY)
    assert [lab for lab, h in labels if h.startswith(("一、", "二、", "三、"))] == ["下一步"] * 3
    assert labels[0][0] == "其他"  # the opening that says why stays intro


def test_a_summary_with_next_years_plan_keeps_its_review():
    text = ("白沙镇2023年工作总结和2024年工作计划\n2023年,白沙镇扎实推进各项工作。\n"
            "一、2023年工作开展情况\n全年完成改造14个。\n二、保障措施\n建立周调度制度,全年调度48次。\n"
            "三、2024年工作计划\n进一步深化改革。\n")
    assert [lab for lab, _ in sections(text)][1:3] == ["主要做法", "主要做法"]


@pytest.mark.parametrize("turn", ["他要求各级干部要树牢底线思维,9月底前完成排查。",
                                  "她要求,,2024年各社区要做好三方面工作。",
                                  "他对下一步工作提出三点要求。"])
def test_a_news_report_turns_to_plans_where_the_speaker_makes_demands(turn):
    # no comma after 要求, a doubled one left by scraping, or 对下一步…提出要求
    text = ("7月10日,白沙镇召开上半年工作总结会。\n会议通报,上半年全镇完成固定资产投资3.2亿元,同比增长8%。"
            + "镇党委书记李明作讲话。" + turn + "\n")
    labels = sections(text)
    assert labels[-1][0] == "下一步" and labels[-1][1].startswith(turn[:2])


def test_a_genre_word_inside_a_long_opening_line_makes_no_plan_document():
    # "…根据全区工作要点和我市工作安排,…" names plans it follows; only a whole short first line
    # (a title) ending with the genre word says what the document is
    opening = ("今年来,市政务服务中心在市委、市政府和上级业务部门的正确领导下,坚持以人民为中心,"
               "持续深化放管服改革,紧紧围绕全年的目标,根据全区政务服务工作要点和我市工作安排")
    assert len(opening) == 80  # its first 80 characters end with 安排, yet it is no title
    text = (opening + ",扎实推进各项工作,现将上半年工作总结如下:\n"
            "(一)组建公共资源交易平台\n全年进场交易项目126个,交易额8.6亿元。\n"
            "(二)建立四级服务网络\n建成村级代办点214个。\n")
    assert "下一步" not in [lab for lab, _ in sections(text)]


def test_a_news_report_of_a_report_turns_where_the_report_admits_problems_and_looks_ahead():
    text = ("县十八届人大四次会议开幕\n1月15日，县十八届人大四次会议开幕。县长代表县人民政府作政府工作报告。\n"
            "报告回顾了2023年工作，全县地区生产总值完成142.7亿元，增长6.1%。\n"
            "报告同时坦陈，经济总量偏小、产业链条不长，民生领域还有不少短板。\n"
            "报告提出，新的一年要重点抓好六个方面工作，力争新增规上工业企业12家。\n")
    labels = [lab for lab, _ in sections(text)]
    assert labels[-2:] == ["存在问题", "下一步"]


def test_a_bracketed_heading_that_names_no_section_heads_the_section_below_it():
    text = ("枫桥街道2023年工作总结\n【党建引领】\n全年新建党群服务驿站6个，发展党员21名，整顿软弱涣散村级党组织2个。\n"
            "【2024这样干】\n2024年，街道将围绕产城融合目标，力争完成固定资产投资23亿元，新增规上企业10家以上。\n")
    assert sections(text)[-1] == ("下一步", "【2024这")


def test_an_unnumbered_heading_over_numbered_parts_names_its_section():
    text = ("县政协常委会工作报告\n2024年工作回顾\n2024年,县政协坚持围绕中心、服务大局,全年开展协商议政12次。\n"
            "一、坚持政治引领,履职根基更加牢固\n全年开展集中学习18次,组织委员培训320人次。\n"
            "二、突出提案质量,民主监督更加有力\n共收到提案216件,立案189件,办复率100%。\n"
            "2025年工作安排\n2025年,县政协常委会将围绕县委决策部署,年内开展专题协商4次。\n"
            "(一)精心组织协商议政。年内围绕特色产业集群开展专题协商。\n")
    assert [label for label, _ in sections(text)][-1] == "下一步"
    assert ("下一步", "2025年工") in sections(text)


@pytest.mark.parametrize("paragraph,label", [
    ("固定资产投资增速未达预期,主要是受两个重点项目开工推迟影响。", "存在问题"),  # a shortfall and its reason
    ("但我也认识到,自己在发展思路上还不够开阔,对财务的日常监督还不够细。", "存在问题"),
    ("报告明确,2025年公司主要目标是:售电量达到19.5亿千瓦时,客户满意度保持在98%以上。", "下一步"),
    ("当然,我们的工作还存在一些不足:一是教学场地仍较紧张。", "存在问题"),
    ("2024年,我们的工作打算是:一是春季开学前新增教学点2个;二是年内开设新课程5门。", "下一步"),
])
def test_paragraph_cues_of_fresh_real_pages(paragraph, label):
    text = ("2024年上半年工作情况报告\n今年以来,全镇上下齐心协力,完成地区生产总值18.6亿元,新增市场主体312户,"
            "新建高标准农田6200亩。\n" + paragraph + "\n")
    assert sections(text)[-1][0] == label


def test_a_village_profile_by_its_households_opens_the_overview():
    text = ("让村务监督委员会监出实效\n我们石门镇上坪村共有村民612户、2348人,2019年成立村务监督委员会。\n"
            "坚持公开公示,督促村委会每季度公开财务收支,三年来公开事项186项。\n")
    assert [label for label, _ in sections(text)][1:] == ["基本情况", "主要做法"]


def test_an_unnumbered_review_heading_before_the_numbered_parts_ends_the_intro():
    # a hijacked 范文 page (corpora/raw/fanwen_23): once its injected line prefix is gone, "一、" is
    # the top level and the review heading above it opens the work done, not the intro
    raw = (Path(__file__).parent.parent / "corpora" / "raw" / "fanwen_23_cunweihui_gongzuo_baogao_qikanwang.txt")
    part = process(raw.read_bytes()).parts[0]
    assert ("主要做法", "过去三年的工作回顾") in [(s.label, part.text[s.start:s.start + 9]) for s in part.get("sections")]


@pytest.mark.parametrize("heading", ["二、未来工作规划", "三、下一阶段工作规划", "四、今后工作"])
def test_a_heading_that_plans_ahead_opens_the_plans(heading):
    text = ("镇团委工作总结\n一、近年团工作汇报\n全年新发展团员41名,开展志愿服务活动36场。\n"
            + heading + "\n(一)整合志愿服务资源。年内建成青年志愿服务站3个。\n")
    assert sections(text)[-1][0] == "下一步"


def test_a_news_items_report_may_begin_in_its_dateline_paragraph():
    """A meeting report's lead paragraph: the dateline sentence, then what the meeting reported; its
    speech words (在讲话中强调) do not make it a 讲话, where problem cues would not count."""
    text = ("9月12日,柳河镇召开前三季度工作推进会。会议通报,前三季度全镇完成固定资产投资2.8亿元,新建村级道路14公里。\n"
            "会议指出,全镇项目建设仍有短板,两个产业项目进度滞后。会议要求,四季度要倒排工期,11月底前全面复工。"
            "镇长在讲话中强调,各村要对照目标逐项落实。\n")
    doc = process(text).parts[0]
    assert doc.meta["doc_type"] == "其他"
    assert [(s.label, doc.text[s.start:s.start + 4]) for s in doc.get("sections")] == [
        ("其他", "9月12"), ("主要做法", "会议通报"), ("存在问题", "会议指出"), ("下一步", "会议要求")]


def test_a_list_of_the_topics_speakers_covered_opens_none_of_them():
    text = ("2023年上半年科级干部述职评议情况\n7月7日,县医保局组织开展科级干部述职评议。\n"
            "会上,8名科级干部围绕履职情况、工作成效、存在不足和下步打算逐一述职。上半年全县参保人数达31.8万人。\n")
    doc = process(text).parts[0]
    labels = [s.label for s in doc.get("sections")]
    assert "下一步" not in labels and "存在问题" not in labels, labels


def test_a_run_of_items_in_one_paragraph_turns_from_work_done_to_problems_and_plans():
    text = ("8月2日,清河镇召开上半年工作总结会议。\n上半年,全镇完成财政收入3120万元。\n"
            "镇长在总结讲话中提出了要求。一是上半年各项工作开展有序,基本完成了时间过半任务过半的目标。"
            "二是少数干部担当意识不强,工作推进拖拉。三是下半年任务依然繁重。下半年将重点抓好项目建设,9月底前新签约项目3个。\n")
    doc = process(text).parts[0]
    got = [(s.label, doc.text[s.start:s.start + 3]) for s in doc.get("sections")]
    assert ("存在问题", "二是少") in got and ("下一步", "三是下") in got, got


def test_a_run_of_work_done_items_with_a_shortfall_word_in_passing_stays_work_done():
    # the first item is no work done: the run is a list of problems or of plans, no turn inside it
    text = ("2023年工作总结\n一、存在问题\n当前工作中还有一些薄弱环节。一是队伍建设有待加强。二是经费保障不足。三是宣传力度不够。\n")
    doc = process(text).parts[0]
    assert [s.label for s in doc.get("sections")].count("存在问题") == 1


def test_speakers_who_state_what_they_will_do_open_the_plans_and_a_quoted_report_keeps_its_cues():
    text = ("3月8日,区政协委员分组讨论政府工作报告。\n"
            "“2024年,全区实现地区生产总值412亿元,增长5.6%。”委员们对过去一年的成绩给予肯定。\n"
            "委员们表示,今后将围绕产业升级、民生改善等方面积极建言,年内提交提案不少于20件。\n")
    doc = process(text).parts[0]
    got = [(s.label, doc.text[s.start:s.start + 4]) for s in doc.get("sections")]
    assert ("下一步", "委员们表") in got, got
    assert ("主要做法", "“202") in got, got


def test_findings_quoted_under_a_rectification_heading_are_work_done():
    text = ("关于2024年度审计查出问题整改情况的报告\n一、基本情况\n审计共查出问题12个,涉及金额8600万元。\n"
            "二、审计查出问题的整改情况\n(一)财政管理方面的问题。审计指出部分非税收入未及时缴库等4个问题。市财政局已督促缴库4860万元。\n"
            "三、尚未完成整改的问题及原因\n1个农村饮水项目因资金不足尚未完工。\n")
    doc = process(text).parts[0]
    assert [(s.label, doc.text[s.start:s.start + 4]) for s in doc.get("sections")] == [
        ("基本情况", "一、基本"), ("主要做法", "二、审计"), ("存在问题", "三、尚未")]


@pytest.mark.parametrize("heading", ["三、会议议定以下事项", "四、有关要求"])
def test_the_agreed_items_of_minutes_and_their_requirements_are_plans(heading):
    text = ("县住建局老旧小区改造推进会会议纪要\n一、基本情况\n今年全县计划改造老旧小区26个,已开工19个。\n"
            + heading + "\n(一)东坝街道牵头,5月10日前对未进场小区逐户征求意见。\n(二)局城建股每周五汇总各小区进度。\n")
    labels = sections(text)
    assert any(lab == "下一步" and start.startswith(heading[:3]) for lab, start in labels), labels


def test_a_new_terms_few_thoughts_are_plans():
    text = ("中心小学校长述职报告\n一、履职情况\n本学年,学校新建录播教室1间,组织公开课46节。\n"
            "二、新学年的几点想法\n继续实行师徒结对,暑假期间完成食堂操作间改造。\n")
    assert any(lab == "下一步" and start.startswith("二、新学") for lab, start in sections(text)), sections(text)


def test_an_assessment_schemes_scope_part_is_its_basic_situation():
    # a scheme (实施方案, 考核办法) says whom it covers, then sets out the work: 基本情况, then 下一步
    text = ("清河县卫生健康局2025年度乡镇卫生院绩效考核实施方案\n"
            "为进一步提升基层医疗服务水平，结合我县实际，制定本方案。\n"
            "一、考核对象\n全县12家乡镇卫生院。\n"
            "二、考核内容及分值\n考核满分100分，其中基本医疗40分，公共卫生35分，综合管理25分。\n"
            "三、考核步骤\n各卫生院于12月10日前完成自评，县卫健局于12月下旬组织实地考核。\n")
    assert [label for label, _ in sections(text)] == ["其他", "基本情况", "下一步", "下一步"]
    part = process(text).parts[0]
    assert part.meta["doc_type"] == "其他"  # a plan, though its steps name 自评
    # glued to its body in a flattened page, the scope heading still opens the part
    flat = text.replace("一、考核对象\n", "一、考核对象")
    assert ("基本情况", "一、考核对象") in sections(flat)


@pytest.mark.parametrize("turn", [
    "但社区志愿者队伍力量薄弱,专业服务能力有待提升。",  # 但 and a shortfall word, no 问题/不足 named
    "工作中也存在台账更新不及时、入户核查不细的情况。",  # 也存在 opening a sentence mid-paragraph
])
def test_a_problem_turn_inside_a_paragraph_opens_the_problems(turn):
    text = ("今年以来,社区扎实做好困难群众帮扶,现将情况报告如下:\n"
            "(一)走访慰问。全年共走访困难户112户,发放慰问金8.6万元。\n"
            f"(二)结对帮扶。为38户困难家庭落实帮扶责任人,解决实际困难41件。{turn}\n")
    got = sections(text)
    assert got[-1][0] == "存在问题" and turn.startswith(got[-1][1])


def test_a_self_examinations_cause_part_is_other_and_problems_already_put_right_are_work_done():
    text = ("按照区委要求,班子对照检查如下:\n"
            "一、已完成整改的问题\n上年度查摆的6个问题已全部整改到位。\n"
            "二、存在的问题\n一是调查研究不够深入。二是服务群众不够主动。\n"
            "三、产生问题的原因分析\n理论学习抓得不紧,宗旨意识有所淡化。\n"
            "四、整改措施\n2025年6月底前建立班子成员联系社区制度。\n")
    assert [s[0] for s in sections(text)] == ["其他", "主要做法", "存在问题", "其他", "下一步"]


def test_a_tables_header_row_under_the_plans_opens_no_section():
    text = ("青岚二中2026年秋季学期德育工作计划\n一、工作目标\n学生日常行为规范达标率达到95%以上。\n"
            "二、德育工作行事历\n月份　主要工作　负责部门\n"
            "九月　新生入学教育；教师节感恩活动　政教处\n十月　秋季运动会；家长会　团委\n")
    labels = [s[0] for s in sections(text)]
    assert labels[-1] == "下一步" and "主要做法" not in labels


def test_a_long_heading_line_is_read_to_its_last_word():
    # the label word comes late in a heading line of its own ("…整改落实情况", "…和具体打算")
    text = ("班子对照检查材料\n"
            "一、上年度专题民主生活会查摆问题整改落实情况\n上年度查摆的4个方面问题均已整改到位。\n"
            "二、存在的主要问题\n调查研究不够深入。\n"
            "三、二〇二五年度重点工作任务和具体改进打算\n建立班子成员联系科室制度。\n")
    assert [s[0] for s in sections(text)][-3:] == ["主要做法", "存在问题", "下一步"]


def test_a_passing_problem_sentence_gives_way_to_the_problems_heading_after_it():
    text = ("滨湖农贸市场食品安全自查报告\n一、自查项目及结果\n1.主体资质。经营户证照齐全,均符合要求。\n"
            "2.环境卫生。市场每日清扫两次。但水产区排水沟存在积水、异味较重的问题。\n"
            "二、存在的问题\n一是个别经营户进货台账记录不全。\n三、整改措施\n8月31日前完成排水沟改造。\n")
    got = sections(text)
    assert got == [("主要做法", "一、自查项目"), ("存在问题", "二、存在的问"), ("下一步", "三、整改措施")], got


def test_a_follow_up_inside_a_rectification_item_opens_no_plans_part():
    text = ("县水利局关于巡察反馈意见整改进展情况的通报\n一、整改工作总体情况\n局党组成立了整改工作领导小组。\n"
            "二、具体问题整改情况\n1.部分村级河长巡河不实。已对相关河长进行了通报批评。下一步,县河长办将每月抽查巡河轨迹。\n"
            "2.工程结算滞后。已完成结算4个。\n三、下一步工作打算\n局党组将继续压实整改主体责任。\n")
    got = sections(text)
    assert [lab for lab, _ in got].count("下一步") == 1 and got[-1] == ("下一步", "三、下一步工"), got


def test_bracketed_titles_that_open_many_paragraphs_head_the_parts():
    """One glued 【典型案例】 heads nothing; a post that opens its parts with 【…】 again and again is
    headed by them, also where a title sits glued to its first sentence, and none is stripped as a
    column tag."""
    text = ("青禾小学2026年秋季学期工作总结\n本学期,学校有教学班24个,学生1010名。\n"
            "【立德树人】学校以争章活动为载体,开展主题升旗仪式18次。\n"
            "【减负提质】各年级书面作业时长全部控制在规定以内,课后服务参与率98%。\n"
            "【补短板】我们也清醒地看到,学校还存在一些问题。青年教师占比过高,课堂把控能力不足。\n"
            "【向未来】\n新学期,学校将以质量立校为主线,重点抓好以下工作:\n1.加快青年教师成长。\n2.寒假期间完成围墙加固。\n")
    got = sections(text)
    assert [(lab, head[:4]) for lab, head in got if head.startswith("【")] == [
        ("主要做法", "【立德树"), ("主要做法", "【减负提"), ("存在问题", "【补短板"), ("下一步", "【向未来")], got
    assert "【向未来】" in process(text).parts[0].text


def test_a_part_of_plans_with_for_the_sake_of_and_a_due_date_in_it_still_looks_ahead():
    """为了 and 完成时限 are no past aspect: the last part of a 政府工作报告 goes on with the plans."""
    text = ("各位代表:\n现在,我代表区人民政府作工作报告。\n一、2025年工作回顾\n过去一年,全区新增就业1.2万人。\n"
            "二、2026年工作安排\n今年要抓好项目建设,要推进城市更新。\n三、全面加强政府自身建设\n"
            "一切工作都是为了让群众过上更好的日子。要坚持依法行政;要狠抓落实,逐项明确完成时限;要持之以恒正风肃纪。\n")
    got = sections(text)
    assert got[-1][0] == "下一步", got


def test_a_speech_part_whose_heading_names_nothing_reports_the_year_when_its_body_counts_results():
    text = ("在县人民医院六届三次职工代表大会上的讲话\n同志们:\n2023年,在县委、县政府的领导下,全院职工团结一心。\n"
            "一、业务运行稳中有进。全年门急诊38.6万人次,同比增长7.4%。\n"
            "二、人才科研加快发展。引进博士2名、硕士28名,获批市级以上科研项目14项。\n"
            "三、明年重点工作。要加快胸痛中心建设,要推进智慧医院建设。\n")
    got = sections(text)
    assert [lab for lab, head in got if head.startswith(("一、", "二、", "三、"))] == ["主要做法", "主要做法", "下一步"], got


def test_a_speech_part_headed_with_the_coming_year_stays_plans_though_its_targets_hold_figures():
    text = ("在市政府全体会议上的讲话\n同志们:\n今天召开会议,主要任务是回顾工作、部署任务。\n一、2023年工作回顾\n"
            "2023年,全市地区生产总值增长5.8%。\n二、2024年主要目标和任务\n今年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%,"
            "规模以上工业增加值增长7%,城镇调查失业率控制在5.5%以内。\n")
    got = sections(text)
    assert got[-1] == ("下一步", "二、2024"), got


def test_what_a_study_visit_taught_is_neither_the_hosts_practice_nor_plans():
    text = ("关于赴青岚县学习考察垃圾分类工作的报告\n5月22日至24日,县委农办组织考察组赴青岚县学习考察。\n"
            "一、青岚县的主要做法\n青岚县按照“户分类、村收集、镇转运”的模式,全县垃圾分类覆盖率达到92%。\n"
            "二、几点启示\n一是领导重视是前提。垃圾分类不是一个部门的事,而是全县的事。\n"
            "三、下一步打算\n年内在3个乡镇开展垃圾分类试点。\n")
    got = sections(text)
    assert [lab for lab, head in got if head[:2] in ("一、", "二、", "三、")] == ["主要做法", "其他", "下一步"], got


@pytest.mark.parametrize("par,label", [
    ("沈栖梧强调,一要把握创建为民这个根本。创文不是为了一块牌子。", "下一步"),
    ("温砚秋要求,要对未开工的10个项目逐一会诊。", "下一步"),
    ("按照上级要求,我局开展了安全生产自查。", None),  # the instruction a report answers, no plans
    ("鲍沛然表示,对大家提出的意见建议,起草组将逐条梳理、认真吸纳。", "下一步"),
    ("报告指出,过去一年,全县地区生产总值增长5.6%。", "主要做法"),
    ("会上,县农业农村局通报了国庆以来的禁烧工作情况。", "主要做法"),
    ("镇长欧阳娟在会上通报了全镇上半年经济运行情况。", "主要做法"),
    ("会议同时指出,校车安全隐患排查还不够深入。", "存在问题"),
    ("部分民宿负责人反映,节假日临时聘用人员流动大。", "存在问题"),
    ("对学习教育中查摆出的5个问题,支委会逐项明确责任人,9月底前整改到位。", None),  # what is done about them
    ("这次演练也暴露出一些问题,个别班级疏散速度偏慢。", "存在问题"),  # an activity brings shortcomings to light
    ("分析会也指出了短板,门诊等候时间偏长。", "存在问题"),
    ("活动中也发现了一批好做法。", None),
    ("会议通报了去冬今春全县农田水利建设情况,全县共完成沟渠清淤386公里。", "主要做法"),
    ("会议明确,今冬明春全县计划投入资金2650万元,整治山塘40口。", "下一步"),
])
def test_meeting_news_paragraphs_turn_at_the_reporting_verb(par, label):
    assert paragraph_cue(par) == label


def test_a_notice_keeps_its_parts_other_except_the_targets_it_sets():
    text = ("关于开展春季学校传染病防控专项行动的通知\n各中小学校:\n为做好春季传染病防控工作,现将有关事项通知如下:\n"
            "一、工作范围\n全县中小学校和幼儿园。\n二、工作目标\n全县学校晨午检落实率达到100%,不发生聚集性疫情。\n"
            "三、工作要求\n各校要高度重视,于2月28日前报送实施方案。\n")
    got = sections(text)
    assert [lab for lab, head in got if head[:2] in ("一、", "二、", "三、")] == ["其他", "下一步", "其他"], got


def test_a_goal_heading_an_item_of_work_done_is_no_turn_to_plans():
    # the classifier reads "以创建…为目标,采取…措施推进…" as plans; with no word of intent it stays work done
    text = ("一是完成了便民服务站点布局调整。全镇14个村全部设立代办点,配备专职代办员28名。\n"
            "二是完成了办事流程梳理。共梳理公共服务事项132项,编印办事指南1500册。\n"
            "青禾镇以创建省级示范便民服务中心为目标,采取切实措施推进中心标准化、规范化建设。\n"
            "一是中心面积达到600平方米,大厅宽敞整洁,窗口标识统一,办事指南摆放有序。\n"
            "二是调整窗口布局。结合综合受理要求,把民政、社保等事项集中到同一区域,便于群众咨询。\n"
            "三是规范收费行为,统一由入驻银行收取,杜绝了乱收费现象。\n")
    assert [lab for lab, _ in sections(text)] == ["主要做法"]


def test_an_experience_speech_part_that_tells_what_the_unit_did_is_work_done():
    # a speech's part whose heading names nothing deploys work by default; this one narrates work done
    # ("我们组建了…") with one plan among its sentences
    text = ("在全市农村饮水安全工作现场会上的交流发言\n尊敬的各位领导、同志们:\n根据会议安排,现将我县农村供水工作情况作简要汇报。\n"
            "一、坚持规划引领,推动城乡供水一体化\n我们编制了县域供水规划,三年来累计投入资金3.2亿元,建成区域水厂4座。\n"
            "二、坚持专业管护,破解重建轻管难题\n我们组建了县农村供水公司,对千人以上工程实行统一运营。同时,规范村级管水员管理,"
            "健全考核办法。每个行政村配备1名管水员,由供水公司按月考核。明年起,供水公司还将把全县60处单村工程纳入统一托管。\n"
            "三、下一步工作打算\n下一步,我们将继续加大投入,加快实施北部片区管网延伸工程。\n")
    assert [lab for lab, head in sections(text) if head[:2] in ("一、", "二、", "三、")] == ["主要做法", "主要做法", "下一步"]


@pytest.mark.parametrize("heading,label", [
    ("三、当前面临的压力和挑战", "存在问题"), ("二、面临的风险挑战", "存在问题"), ("一、面临的形势", None),
])
def test_what_stands_in_the_way_ahead_names_the_problems(heading, label):
    from reportnlp.stages.sections import label_heading
    assert label_heading(heading, False, False) == label


def test_a_speech_turns_to_its_problems_at_a_granted_clear_view():
    # speeches follow only the problem turns marked always; "当然,…清醒地看到" is one of them
    assert paragraph_cue("当然,我们也清醒地看到,农村供水还存在管网老化、水费收缴难等问题。", problem_cues=False) == "存在问题"


def test_meeting_news_turns_inside_a_paragraph_at_a_granted_problem_and_a_titled_speakers_requirements():
    text = ("青禾镇召开村党组织书记抓党建述职评议会\n1月8日，青禾镇召开2025年度村党组织书记抓基层党建工作述职评议会。\n"
            "述职中，书记们晒出了年度成绩单：全镇新建村级光伏电站6座，年发电收益52万元；累计化解矛盾纠纷98起。"
            "同时，部分书记也坦言，村里产业链条短、销售渠道单一，年轻人才回流难。"
            "镇党委书记柳青山要求，2026年各村要紧盯集体经济增收，年底前每村至少培育1个特色产业项目。\n")
    assert [lab for lab, _ in sections(text)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_a_heading_of_an_outer_scheme_on_a_page_begun_mid_report_names_the_parts_below_it():
    # the page starts at (五) of the review; "二、2025年工作安排" is the only 一、 heading left, over (一)(二)
    text = ("（五）围绕乡村振兴添活力。全年新建高标准农田2.3万亩，粮食总产稳定在28万吨。\n"
            "（六）围绕民生福祉办实事。新增城镇就业2600人，改造老旧小区14个。\n"
            "二、2025年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
            "（一）坚持项目为王，扩大有效投资。全年实施重点项目120个，完成投资150亿元。\n"
            "（二）坚持工业强县，壮大实体经济。新增规模以上工业企业20家。\n")
    assert [lab for lab, _ in sections(text)] == ["主要做法", "主要做法", "下一步", "下一步", "下一步"]


@pytest.mark.parametrize("par", ["会议也指出,全县工业结构偏重,新兴产业占比不高。", "这次演练也暴露出一些问题,个别班级疏散偏慢。"])
def test_a_speech_or_its_news_turns_to_problems_at_an_also_pointed_out(par):
    # in a 讲话 only the problem turns marked always hold; "也指出" and "也暴露出…问题" are such turns
    assert paragraph_cue(par, problem_cues=False) == "存在问题"


def test_meeting_news_reports_the_work_where_a_speaker_sums_it_up_at_the_meeting():
    assert paragraph_cue("会上,中心主任方敏总结了2024年全县疾控工作,全年报告法定传染病12类。") == "主要做法"


_PARTS_REPORT = ("县农技推广中心2024年度单位决算\n第一部分 单位概况\n一、主要职责\n"
                 "承担全县农作物新品种、新技术的引进、试验、示范和推广工作。\n"
                 "第二部分 2024年度部门整体支出绩效情况\n（一）绩效目标完成情况\n"
                 "全年推广主推技术12项，培训农民3920人次，满意度96.5%。\n"
                 "（二）存在的问题\n一是预算编制不够精细，部分项目年中追加较多；二是个别绩效指标可衡量性不强。\n"
                 "（三）下一步改进措施\n下一步，我中心将提高预算编制质量，2026年起对项目支出逐项论证。\n"
                 "第三部分 名词解释\n1.财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。\n")


def test_a_sub_heading_titled_as_the_problems_or_the_plans_turns_the_topic():
    labels = sections(_PARTS_REPORT)
    assert ("存在问题", "（二）存在的") in labels
    assert ("下一步", "（三）下一步") in labels


def test_a_sub_heading_that_mentions_problems_in_an_action_stays_in_its_section():
    text = _PARTS_REPORT.replace("（二）存在的问题", "（二）认真整改存在的问题").replace("（三）下一步改进措施", "（三）完善考核办法")
    labels = [label for label, _ in sections(text)]
    assert "存在问题" not in labels


def test_a_pipe_table_row_is_no_heading_line_above_the_next_section():
    text = ("2024年度个人工作总结\n一、系统上线\n全年完成自助终端接入142台，平均响应时间缩短到18分钟。\n"
            "二、培训学习\n|序号|培训名称|学习成果|\n|网络安全|取得测评员初级证书|\n"
            "三、存在不足\n对业务部门的需求理解还不够深入，有的系统上线后返工。\n"
            "四、下年度计划\n明年3月底前完成乡镇终端扩面。\n")
    labels = sections(text)
    assert ("存在问题", "三、存在不足") in labels
    assert not any(label == "存在问题" and start.startswith("|") for label, start in labels)


def test_a_note_under_a_table_opens_no_section():
    text = ("县教体局2024年度部门整体支出绩效自评表\n单位名称：县教体局\n\n"
            "|一级指标|二级指标|指标值|完成值|自评得分|\n|产出指标|受益学生人数|≥14200人|13650人|8|\n"
            "|效益指标|满意度|≥90%|94%|10|\n|合计|100|98|\n\n"
            "说明：本表由单位财务科会同业务科室填报，数据来源于部门决算报表和业务台账。\n")
    labels = [label for label, _ in sections(text)]
    assert set(labels) <= {"其他"}, labels


def test_a_one_paragraph_summary_turns_to_its_shortfall_and_its_plans_by_sentence():
    text = ("2026年，柳塘村党支部在镇党委的领导下，带领群众发展特色种植，全村新栽青梅300亩，村集体收入达到11.6万元。"
            "村里组建了红白理事会，规范了婚丧事宜办理标准。不足的是，青梅采摘期集中，鲜果价格受市场影响大。"
            "明年，村两委准备筹建一个小型青梅加工坊，同时办好青梅采摘节。\n")
    labels = sections(text)
    assert ("存在问题", "不足的是，青") in labels
    assert ("下一步", "明年，村两委") in labels


def test_the_second_half_year_reported_as_done_is_no_plan():
    text = ("今年以来，镇农业农村办扎实推进各项工作，全年完成高标准农田建设1.2万亩。"
            "下半年，全镇完成秋粮收购2.3万吨，发放补贴资金86万元。\n")
    assert "下一步" not in [label for label, _ in sections(text)]


def test_a_title_line_naming_next_years_plans_does_not_make_the_opening_a_plan():
    text = ("南湖社区居委会2025年工作总结及2026年工作打算\n"
            "今年以来，南湖社区居委会在街道党工委的领导下，围绕居民需求开展工作，全年办理民生实事12件。\n"
            "一、2025年主要工作\n社区长者食堂全年供餐2.1万人次，新增充电桩40个。\n"
            "二、2026年工作打算\n2026年，社区将继续完善养老服务，6月底前完成2个小区加装电梯。\n")
    part = process(text).parts[0]
    first = part.get("sections")[0]
    assert part.text[first.start:].startswith(("南湖社区", "今年以来")) and first.label != "下一步"


@pytest.mark.parametrize("par,agenda", [
    ("会议传达了市委全会精神,通报了一季度重点工作进展,分析了面临的困难,并对下阶段工作作了安排部署。", True),
    ("会议还表决通过了职代会决议;与各分公司签订了安全生产目标责任书;表彰了十佳员工;三个班组作了经验交流发言。", True),
    ("总经理韩立作年度工作报告;工会主席作工会工作报告。大会审议并一致通过了以上两项报告。", True),
    # a speaker's words, figures, or work done are topics, not the agenda
    ("会议听取了各部门工作汇报。韩立强调,各单位要聚焦主业,年底前完成两家亏损企业治理。", False),
    ("会议听取了上半年工作汇报,全县完成地区生产总值128亿元,同比增长6.1%。", False),
    ("今年以来,我局通过了省级文明单位复审,建成便民服务站12个。", False),
])
def test_a_paragraph_telling_only_the_meetings_agenda_is_no_topic(par, agenda):
    from reportnlp.stages.sections import _cfg

    c = _cfg()
    found = len(par) <= c["session_agenda_max"] and bool(c["session_agenda"].match(par)) and not c["session_results"].search(par) \
        and not c["session_agenda_speech"].search(par)
    assert found is agenda
