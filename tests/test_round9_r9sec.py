"""Round 9 (r9sec): section starts found on fresh speeches, 人大 reports and meeting news."""
from reportnlp.api import process
from reportnlp.stages.sections import label_heading, paragraph_cue


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


def test_speaker_announcing_points_of_requirements_opens_plans():
    # news: "X在讲话中提出三点工作要求:一是…" sets out the work to come
    assert paragraph_cue("协会会长柏松年在讲话中提出三点工作要求:一是聚焦助老服务,8月底前完成入户走访登记;"
                         "二是办好敬老月活动。") == "下一步"
    # a speaker who raised questions in a discussion announces no plans
    assert paragraph_cue("委员们在审议中提出了不少问题,会议逐一作了答复。") != "下一步"


def test_review_heading_named_by_its_period():
    # a 人大 report's "过去一年的主要工作" is the work done, with no word of work done in it
    assert label_heading("过去一年的主要工作", False, False) == "主要做法"
    assert label_heading("过去五年的工作", False, False) == "主要做法"
    # its problems part is still problems
    assert label_heading("过去一年工作中存在的问题", False, False) == "存在问题"


_RENDA = """澄水县人民代表大会常务委员会工作报告
各位代表:
现在,我受县人大常委会委托,向大会报告工作,请予审议。
过去一年的工作
2024年是极不平凡的一年。面对复杂多变的形势,全县上下团结一心、攻坚克难,经济社会保持平稳健康发展。
常委会全年共召开会议7次,审议议题41项,听取审议专项工作报告9个,开展执法检查3次。
代表建议办理更加扎实,全年办理代表建议192件,办复率100%。
今年的主要任务
2025年是全面推进乡村振兴的关键之年。常委会工作的总体要求是:坚持党的领导,依法履职尽责。
(一)紧扣中心大局,增强监督实效。围绕县委中心工作开展专题调研5项,听取审议专项工作报告8个。
(二)支持代表履职,提高建议办理质量。6月底前完成代表联络站规范化建设。
"""


def test_unnumbered_part_headings_open_their_parts():
    got = sections(_RENDA)
    assert ("主要做法", "过去一年的工") in got
    assert ("下一步", "今年的主要任") in got


def test_unnumbered_card_title_is_no_part_heading():
    # a WeChat card's numbered title line names no part of a report by its period and name
    text = _RENDA.replace("代表建议办理", "05工作要求\n代表建议办理")
    assert not any(start.startswith("05工作") for _, start in sections(text))


_SPEECH = """在全县半年经济运行分析会上的讲话
同志们:
这次会议的主要任务是分析上半年经济运行态势,安排下半年经济工作。刚才,县统计局通报了主要指标,我都同意。下面,我讲两点意见。
一、客观看待上半年经济形势,坚定加快发展的信心
综合各方面情况,上半年全县经济可以用两句话来概括:
第一句话,总体平稳、稳中有进。今年以来,全县实现地区生产总值41.2亿元,同比增长6.1%;固定资产投资完成22.5亿元,增长9.3%,完成年度目标的51.8%。这些成绩来之不易。
二、聚焦重点精准发力,全力冲刺全年目标任务
下半年,各乡镇、各部门要对照年度目标倒排工期。一要抓牢工业稳增长,9月底前对产值下滑企业逐户开展帮扶;二要抓实项目建设,10月底前新开工亿元以上项目不少于3个。
"""


def test_speech_part_after_a_lead_in_line_reads_the_paragraph_it_announces():
    got = sections(_SPEECH)
    assert ("主要做法", "一、客观看待") in got
    assert ("下一步", "二、聚焦重点") in got


def test_speech_part_after_a_lead_in_line_that_deploys_stays_plans():
    text = _SPEECH.replace("第一句话,总体平稳、稳中有进。今年以来,全县实现地区生产总值41.2亿元,同比增长6.1%;"
                           "固定资产投资完成22.5亿元,增长9.3%,完成年度目标的51.8%。这些成绩来之不易。",
                           "第一,要进一步抓好项目建设,各乡镇要加快推进续建项目,确保年底前全部竣工。")
    assert ("下一步", "一、客观看待") in sections(text)


_LATE = """区长在全区经济工作会议上的讲话
同志们:今天召开的全区经济工作会议,是区委、区政府研究决定召开的一次重要会议,主要任务是总结去年经济工作,分析当前形势,部署今年经济工作。刚才,对去年招商引资先进单位和个人进行了表彰,3个街道和2个部门作了交流发言,讲得都很好。在此,我代表区委、区政府,向受到表彰的单位和个人表示热烈祝贺!会前,区政府班子成员分头到各街道调研,大家普遍反映,今年的任务比去年更重,要求更高。区委书记还将作重要讲话,大家要认真抓好贯彻落实。会后,各街道、各部门要抓紧传达,把会议精神落实到每一项工作中去。下面,我先讲两点意见:
一、全面盘点,客观看待去年的经济工作认真回顾去年的经济工作,对于我们发扬成绩、补齐短板很有必要。去年,全区上下顶住压力、迎难而上,经济运行稳中有进。全年地区生产总值达到96.4亿元,增长5.6%。这些成绩来之不易。
"""


def test_late_first_heading_of_a_speech_is_labelled_by_its_words_and_first_sentence():
    # the numbered scheme starts too late to structure the speech: the heading's first sentence
    # looks back (成绩, 取得): work done, not the speech's default plans
    assert ("主要做法", "一、全面盘点") in sections(_LATE)


_MEETING = """7月2日,桐川县老龄协会召开2025年上半年工作总结会。协会理事会成员、各乡镇老龄分会负责人共26人参加会议。
会议由协会副会长苏明澈主持。协会秘书长葛兰舟通报了上半年工作情况:半年来,协会共组织“银龄讲堂”14场,受益老年人2300余人次。她也坦言,部分乡镇分会活动开展不经常。协会会长柏松年在讲话中提出三点工作要求:一是聚焦助老服务,8月底前完成入户走访登记;二是加强分会建设,年底前每个分会发展10名志愿者。
"""


def test_chair_sentence_sets_the_scene_and_topics_start_at_their_sentences():
    got = sections(_MEETING)
    assert ("主要做法", "协会秘书长葛") in got
    assert ("下一步", "协会会长柏松") in got
    assert not any(start.startswith("会议由") for _, start in got)


def test_chair_sentence_before_a_paragraph_with_no_turning_sentence_keeps_the_paragraph_whole():
    # no later sentence opens a topic: the paragraph is labelled as a whole, from its start
    text = _MEETING.replace("协会秘书长葛兰舟通报了上半年工作情况:", "半年来,协会工作有序推进,").split("她也坦言")[0] + "\n"
    assert not any(start.startswith("半年来") for _, start in sections(text))


def test_announced_requirements_after_a_grant_or_a_criticism_open_plans():
    # the list that follows sets out work to come, whatever the comment grants or criticises before it
    assert paragraph_cue("社区党委书记韩艳对各支部书记的述职做了综合点评,在肯定成绩的同时提出三点要求:一是加强学习,"
                         "提高综合能力。") == "下一步"
    assert paragraph_cue("局长俞望舒对此次述职进行综合点评,在肯定成绩的同时指出了部分支部学习形式单一、党员教育管理不够精细"
                         "等不足,并对下一步工作提出了具体意见:一要抓实理论学习;二要规范组织生活。") == "下一步"
    assert paragraph_cue("镇党委书记聂清和对今年各项工作的落实讲了三点意见,一是紧盯项目建设;二是抓好招商引资。") == "下一步"
    # opinions collected from the public, with no list of requirements after them, set out no plans
    assert paragraph_cue("座谈中,群众代表提出了3条意见,主要集中在停车难和路灯不亮两个方面。") != "下一步"


def test_news_lead_with_a_clock_time_or_the_writers_credit_is_the_lead():
    head = "柘林镇召开2026年度经济工作会\n"
    body = ("会上,镇长杭书远回顾总结了2025年全镇经济工作:全年完成固定资产投资7.8亿元,增长9.2%。\n"
            "镇党委书记聂清和对今年各项工作的落实讲了三点意见,一是紧盯项目建设;二是抓好招商引资。\n")
    for lead in ("2月26日上午9时,柘林镇在镇政府三楼会议室召开2026年度经济工作会。镇村干部参加会议。\n",
                 "(文/图 严若溪)2月26日上午,柘林镇在镇政府三楼会议室召开2026年度经济工作会。镇村干部参加会议。\n"):
        got = sections(head + lead + body)
        assert got[0][0] == "其他" and ("主要做法", "会上,镇长杭") in got
        assert not any(label == "主要做法" and start.startswith(lead[:6]) for label, start in got)


def test_commendation_read_out_at_a_meeting_is_procedure():
    assert paragraph_cue("会上,首先由镇党委副书记焦玉昌同志宣读了《关于表彰2017年度先进单位和先进个人的决定》,"
                         "表彰了先进村9个。") == "其他"
    assert paragraph_cue("会议还对2025年度综合目标考核先进村进行了表彰。") == "其他"
    # the rules of an assessment read out, or a count of awards in a summary, are no commendation at a meeting
    assert paragraph_cue("会上宣读了《澄江县河湖长实绩评价考核办法》。") != "其他"
    assert paragraph_cue("全年共表彰先进集体12个,先进个人30名。") != "其他"


_ANNOUNCED = """浸水镇2025年工作报告
尊敬的各位领导、同事们:
新年伊始,我代表镇全体工作人员,向大家汇报2025年工作成果,并对2026年的工作计划进行展望。
2025年工作回顾
2025年,全镇完成地区生产总值21.4亿元,增长6.3%;新建村级道路18公里。
2026年工作计划
2026年,我们将继续加大招商引资力度,年内新引进项目不少于6个。
"""


def test_opening_that_announces_the_report_stays_its_intro():
    got = sections(_ANNOUNCED)
    assert ("主要做法", "2025年工") in got
    assert not any(label != "其他" and start.startswith("新年伊始") for label, start in got)


def test_opening_that_reports_work_done_is_no_announcement():
    text = _ANNOUNCED.replace("向大家汇报2025年工作成果,并对2026年的工作计划进行展望。",
                              "全镇上下团结一心,新建村级道路18公里,完成投资3.2亿元。")
    assert ("主要做法", "新年伊始,我") in sections(text)


def test_closing_part_of_an_open_government_annual_report_is_no_topic():
    assert label_heading("六、其他需要报告的事项", False, False) == "其他"
    # a report's further work under "其他需要报告的情况" is left to the default
    assert label_heading("五、其他需要报告的情况", False, False) != "其他"


_PROFILE = """桂溪村党支部书记抓基层党建工作述职报告
桂溪村党支部下设3个党小组,现有党员41名。一年来,支部主要做了以下工作:整顿软弱涣散党小组1个,发展党员2名。
一、履职情况
坚持每月召开支委会,全年召开12次。
二、存在的不足
党员老龄化问题仍然突出。
三、2027年工作打算
年内发展年轻党员2名。
"""


def test_units_profile_before_the_first_heading_opens_the_basic_situation():
    got = sections(_PROFILE)
    assert ("基本情况", "桂溪村党支部") in got
    assert ("主要做法", "一年来,支部") in got      # the work done announced in the same paragraph
    assert label_heading("一、履职情况", False, False) == "主要做法"  # a 述职's duties carried out
    assert label_heading("一、履职尽责情况", False, False) == "主要做法"


def test_opening_with_no_size_of_the_unit_stays_intro():
    text = _PROFILE.replace("桂溪村党支部下设3个党小组,现有党员41名。一年来,支部主要做了以下工作:整顿软弱涣散党小组1个,发展党员2名。",
                            "按照镇党委统一部署,现将本人一年来抓基层党建工作情况报告如下。")
    assert not any(label == "基本情况" for label, _ in sections(text))


_SESSION = """2月10日上午,柘溪县第十八届人民代表大会第五次会议在县会议中心开幕。大会应到代表186名,实到179名。
上午9时,大会在雄壮的国歌声中开幕。县委副书记、县长岑望舒代表县人民政府作政府工作报告。
报告指出,过去一年,全县地区生产总值完成118.6亿元,增长5.9%;一般公共预算收入7.42亿元。
报告提出,今年全县地区生产总值预期增长6%左右。
"""


def test_session_procedure_before_the_report_content_stays_lead():
    got = sections(_SESSION)
    assert ("主要做法", "报告指出,过") in got
    assert not any(start.startswith("上午9时") for _, start in got)


def test_report_delivered_with_its_results_in_the_same_paragraph_opens_the_work_done():
    text = _SESSION.replace("作政府工作报告。\n报告指出,", "作政府工作报告。报告指出,")
    assert ("主要做法", "上午9时,大") in sections(text)


_VISIT = """关于赴柘岭县学习考察农村污水治理工作的报告
6月10日至12日,县住建局局长带队,县生态环境分局、部分乡镇负责人一行9人赴柘岭县学习考察农村生活污水治理工作。现将考察情况报告如下。
一、柘岭县的主要做法
(一)规划先行。柘岭县把全县214个村分为纳管、集中处理和分散处理三类,一村一策。
二、几点启示
一是规划要先行。二是运维要跟上。
三、我县存在的差距
对照柘岭县,我县已建设施运行率只有62%,运维经费没有稳定来源。
四、下一步建议
年内完成全县农村污水治理专项规划编制。
"""


def test_account_of_a_study_visit_is_the_basic_situation():
    got = sections(_VISIT)
    assert ("基本情况", "6月10日至") in got
    assert ("存在问题", "三、我县存在") in got


def test_opening_of_a_report_that_is_no_study_visit_stays_intro():
    text = _VISIT.replace("关于赴柘岭县学习考察农村污水治理工作的报告", "柘溪县农村污水治理工作总结").replace(
        "县住建局局长带队,县生态环境分局、部分乡镇负责人一行9人赴柘岭县学习考察农村生活污水治理工作。",
        "县住建局组织开展农村生活污水治理集中攻坚。").replace("一、柘岭县的主要做法", "一、我县的主要做法")
    got = sections(text)
    assert ("主要做法", "一、我县的主") in got and not any(label == "基本情况" for label, _ in got)
