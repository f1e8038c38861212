"""Round 29 (r29sect): section labels on real pages of unit news (述职评议 / 双述双评, 年度和半年总结会, 期中总结),
人代会 discussion news and a 政府工作报告 政策解读, read as classes — a grant of the results followed in the same sentence
by a directive to the units (…表示感谢,同时指出各…要…; …表示肯定,结合…,提出各部门应…; 在充分肯定各支部成绩的同时,他也要求
各…) opens the plans; a speaker's appraisal of the 述职评议 itself and a meeting's stated purpose are the scene; the
delegates' appraisal of the report names no work even with a year or 《》 in it; a 政策解读's part named as the year's
工作安排 is the plans; a named speaker's grant of the period's results in a later sentence opens the review; a speaker's
summary turn (某某就…工作进行了总结。) whose next sentences tell results is the review, also after requirements; the
meeting's stages or agenda, a purpose sentence before a dated lead and a closing that calls the meeting a platform are
the scene. Each with look-alikes that must stay. All text made up."""
from page_text import label_at, named


# -- a grant of the results, then a directive to the units in the same sentence -------------------------------------

GRANT_A = ("3月2日,鹤鸣集团召开分公司经理述职会,集团领导班子成员和各部门负责人参加会议。\n"
           "会上,各分公司经理依次进行了述职,并汇报了今年的工作打算。\n"
           "总经理石青峰对各单位述职情况作了点评,他首先对各单位全年的付出和所获成绩表示感谢,同时指出各项目部、"
           "各部门要压实安全责任,5月底前完成全年任务分解。\n")
GRANT_B = ("7月12日,县水文站召开上半年工作总结会,全站职工参加会议。\n"
           "会上,各科室围绕上半年工作成效和下半年工作计划进行了汇报。\n"
           "站长安如意对各科室半年来的成绩表示肯定,结合市局年中会议要求,提出各科室应紧盯汛期测报任务,加快推进站网改造,"
           "年底前完成3处测站升级。\n")
GRANT_C = ("3月5日,县一中党委召开2031年度党支部书记述职评议会。8位支部书记逐一作了述职,参会人员当场进行了测评。\n"
           "校党委书记伍长庚对此次述职评议的组织效果给予了积极评价。在充分肯定各支部成绩的同时,他也要求各支部针对点评中指出的问题制定"
           "整改清单,4月底前将整改措施纳入年度工作计划。\n")
# a grant that goes on to the shortfalls, and units praised for how they work: no directive
GRANT_SHORTFALL = ("12月28日,县档案馆召开年度工作总结会,全体职工参加。\n"
                   "会上,各科室负责人汇报了全年工作情况。\n"
                   "馆长对各科室一年来的工作表示肯定,同时指出了档案数字化进度偏慢、库房管理不够规范等问题。\n")
GRANT_PRAISE = ("12月28日,县档案馆召开年度工作总结会,全体职工参加。\n"
                "今年以来,全馆完成馆藏档案数字化3.2万卷,接待查档群众1860人次。\n"
                "馆长对各科室的工作表示肯定,指出各科室要求严、落实快,全年各项工作成效明显。\n")


def test_grant_then_units_directed_opens_the_plans():
    assert label_at(GRANT_A, "总经理石青峰对各单位") == "下一步"
    assert named(GRANT_A) == ["下一步"]


def test_grant_then_units_told_what_they_should_do():
    assert label_at(GRANT_B, "站长安如意对各科室") == "下一步"
    assert named(GRANT_B) == ["下一步"]


def test_grant_concession_then_requirement_opens_the_plans_at_its_sentence():
    assert label_at(GRANT_C, "在充分肯定各支部成绩的同时") == "下一步"
    # the appraisal of the session itself is no work done
    assert label_at(GRANT_C, "校党委书记伍长庚对此次述职评议") == "其他"
    assert named(GRANT_C) == ["下一步"]


def test_grant_then_shortfalls_is_no_directive():
    assert "下一步" not in named(GRANT_SHORTFALL)


def test_units_praised_for_how_they_work_is_no_directive():
    assert label_at(GRANT_PRAISE, "馆长对各科室的工作表示肯定") == "主要做法"
    assert "下一步" not in named(GRANT_PRAISE)


# -- a speaker's appraisal of the session itself, and the meeting's stated purpose -----------------------------------

SESSION_A = ("1月6日,镇党委召开村党组织书记抓党建述职评议会。12位村党组织书记逐一述职,班子成员逐一点评。\n"
             "镇党委书记贺明远对本次述职评议的开展情况给予了充分肯定。\n"
             "会议最后,与会人员对各村党组织书记进行了民主测评。\n")
SESSION_B = ("1月6日,县卫健局召开二级机构负责人述职测评会。各机构负责人逐一述职。\n"
             "局党组书记对此次测评工作的组织质量作出了高度评价。\n")
# the session's appraisal of the work under review is the review
SESSION_WORK = ("12月25日,县文联召开全委会,听取主席团工作报告。\n"
                "会议对县文联一年来的工作给予了充分肯定,认为2031年全县文艺创作成果丰硕,新发展会员126名。\n")

PURPOSE_A = ("7月16日,华岳物流公司召开2032年上半年工作总结会议,各部门负责人参加会议。\n"
             "会议听取了各部门上半年工作情况汇报。\n"
             "最后,总经理作总结讲话。总经理指出,此次会议的目的是盘点上半年经营,找准工作中存在的短板,部署"
             "下半年任务。\n")
PURPOSE_B = ("7月16日,县农机中心召开半年工作推进会。\n"
             "中心主任表示,本次会议的目的在于通过交流,查找工作中存在的短板,明确下半年努力方向。\n")
# a unit's own purpose in its work is not the meeting's
PURPOSE_WORK = ("2031年县政务服务中心工作总结\n"
                "一、主要工作\n"
                "中心深化“一窗受理”改革,此次改革的目的是让群众少跑腿,全年办件量达12.6万件。\n"
                "二、存在的问题\n"
                "窗口人员流动大,部分事项网办率不高。\n")


def test_appraisal_of_the_session_is_the_scene():
    assert label_at(SESSION_A, "镇党委书记贺明远") == "其他"
    assert named(SESSION_A) == []


def test_appraisal_of_the_test_run_is_the_scene():
    assert label_at(SESSION_B, "局党组书记对此次测评") == "其他"
    assert named(SESSION_B) == []


def test_appraisal_of_the_work_stays_the_review():
    assert label_at(SESSION_WORK, "会议对县文联一年来的工作") == "主要做法"


def test_meeting_purpose_names_no_problems():
    assert "存在问题" not in named(PURPOSE_A)
    assert label_at(PURPOSE_A, "此次会议的目的") == "其他"


def test_meeting_purpose_second_phrasing():
    assert "存在问题" not in named(PURPOSE_B)


def test_units_own_purpose_keeps_its_work():
    assert label_at(PURPOSE_WORK, "中心深化") == "主要做法"
    assert named(PURPOSE_WORK) == ["主要做法", "存在问题"]


# -- the delegates' appraisal of the report ---------------------------------------------------------------------------

DELEGATES_A = ("1月10日,出席青川县第九届人民代表大会第四次会议的代表分组审议政府工作报告。\n"
               "与会代表一致认为,这份报告对2031年政府工作的回顾实事求是,提出的目标任务切实可行。\n"
               "代表们纷纷表示,将把报告精神带回基层,推动各项任务落地见效。\n")
DELEGATES_B = ("1月10日,出席青川县第九届人民代表大会第四次会议的代表分组审议政府工作报告。\n"
               "大家一致认为 ,《政府工作报告》以约四分之一篇幅回顾了上一年的工作,语言朴实,数据翔实。\n")
# one that goes on with the figures of the work reports the work
DELEGATES_FIGURES = ("1月10日,青川县人大代表分组审议政府工作报告。\n"
                     "大家一致认为,政府工作报告客观总结了2031年政府工作,数据翔实:全县地区生产总值增长6.1%,新增就业3200人。\n")


def test_delegates_appraisal_with_a_year_is_the_session():
    assert label_at(DELEGATES_A, "与会代表一致认为") == "其他"
    assert named(DELEGATES_A) == ["下一步"]


def test_delegates_appraisal_of_the_titled_report_is_the_session():
    assert label_at(DELEGATES_B, "大家一致认为") == "其他"
    assert named(DELEGATES_B) == []


def test_delegates_appraisal_with_figures_stays_the_work():
    assert label_at(DELEGATES_FIGURES, "大家一致认为") == "主要做法"


# -- a 政策解读's parts named in a paragraph ----------------------------------------------------------------------------

READING_A = ("《青溪镇2031年政府工作报告》解读\n"
             "一、主要内容\n"
             "《报告》由两部分组成:\n"
             "第一部分,2031年工作回顾。这一部分从产业发展、项目建设等4个方面对2031年取得的成绩作了全面总结。\n"
             "第二部分,2032年的工作安排。这一部分部署了五个方面重点工作:一是聚焦产业升级,新引进企业4家;二是聚焦民生保障。\n")
READING_B = ("《2032年县政府工作报告》解读\n"
             "第一部分,过去一年工作回顾。报告从六个方面总结了过去一年取得的成绩。\n"
             "第二部分,今后一个时期的重点工作。报告提出,要坚持项目为王,全年新开工项目30个。\n")


def test_policy_reading_part_named_as_the_year_arrangement_is_the_plans():
    assert label_at(READING_A, "第一部分,2031年工作回顾") == "主要做法"
    assert label_at(READING_A, "第二部分,2032年的工作安排") == "下一步"


def test_policy_reading_part_named_as_key_work_is_the_plans():
    assert label_at(READING_B, "第一部分,过去一年工作回顾") == "主要做法"
    assert label_at(READING_B, "第二部分,今后一个时期") == "下一步"


# -- a named speaker's grant of the period's results in a later sentence --------------------------------------------

REVIEW_A = ("为全面回顾开学以来的各项工作,11月21日晚,云台中学召开期中工作总结大会。全体教职工参加大会。\n"
            "会议分为两个阶段。第一阶段,副校长主持,三位年级主任分别对本年级工作进行回顾总结。\n"
            "第二阶段,副校长主持,校长许清源作期中总结报告。许校长充分肯定了本学期前半段学校在教学、德育等方面所取得的成绩,"
            "学校被评为市级书香校园。\n"
            "此外,许校长还要求全体教职工要增强责任意识,12月底前制订期末复习方案。\n")
REVIEW_B = ("7月3日,县妇幼保健院召开上半年工作会议。全院中层干部参加会议。\n"
            "会议听取了各科室上半年工作汇报。院长马知远充分肯定了上半年全院所取得的成效,门诊量同比增长8.2%。\n"
            "院长要求,下半年各科室要加快推进等级医院复审准备。\n")
# a closing grant that goes on to wishes is the item's ending, not the review
REVIEW_CLOSING = ("1月8日,县图书馆召开年度工作总结会。全体职工参加会议。\n"
                  "会上,各部室负责人汇报了全年工作完成情况和下一年工作打算。\n"
                  "馆长充分肯定了一年来所取得的成绩,希望大家再接再厉。\n")


def test_named_speaker_grants_the_results_in_a_later_sentence():
    assert label_at(REVIEW_A, "第一阶段,副校长主持") == "其他"
    assert label_at(REVIEW_A, "许校长充分肯定了") == "主要做法"
    assert named(REVIEW_A) == ["主要做法", "下一步"]


def test_named_speaker_grants_the_results_second_phrasing():
    assert label_at(REVIEW_B, "院长马知远充分肯定了") == "主要做法"
    assert named(REVIEW_B) == ["主要做法", "下一步"]


def test_closing_grant_with_wishes_opens_no_review():
    assert "主要做法" not in named(REVIEW_CLOSING)


# -- a speaker's summary turn with its results told ----------------------------------------------------------------

TURNS_A = ("7月1日上午,白石镇中心小学召开春季学期工作总结会,全体教职工参加会议。\n"
           "副校长就全校教学工作进行了总结。她说,本学期学校开展校内公开课36节,取得了较好的教学效果。对下学期工作提出两点要求:"
           "一是抓实常规教学;二是加强青年教师培养。\n"
           "教导主任就学校少先队工作进行了总结。本学期学校开展主题队会6次,均取得了良好效果。\n")
TURNS_B = ("1月15日,县实验幼儿园召开学期工作总结会。\n"
           "园长对保教工作进行了总结。本学期幼儿园新增区角活动室2间,完成了学期初确定的目标。\n"
           "副园长对安全工作作了总结。本学期幼儿园荣获“市级平安校园”称号,全年未发生安全事故。\n")
# a turn whose next words only name what it covered tells no results
TURNS_NAMED = ("7月1日上午,白石镇中心小学召开春季学期工作总结会,全体教职工参加会议。\n"
               "副校长首先对学校德育工作进行了总结。她从纪律、卫生两个方面,点出了学生的一些不足,并提出了新的要求。\n")


def test_summary_turn_with_results_opens_the_review_after_requirements():
    assert label_at(TURNS_A, "副校长就全校教学工作") == "主要做法"
    assert label_at(TURNS_A, "对下学期工作提出两点要求") == "下一步"
    assert label_at(TURNS_A, "教导主任就学校少先队工作") == "主要做法"


def test_summary_turn_with_results_second_phrasing():
    assert label_at(TURNS_B, "园长对保教工作进行了总结") == "主要做法"
    assert named(TURNS_B) == ["主要做法"]


def test_summary_turn_naming_topics_only_tells_no_review():
    assert "主要做法" not in named(TURNS_NAMED)


# -- the meeting's stages or agenda, a purpose before a dated lead, a closing that calls the meeting a platform ------

STAGES_A = ("11月21日晚,云台中学召开期中工作总结大会,全体教职工参加。\n"
            "会议分为两个阶段。第一阶段,副校长主持,三位年级主任分别对本年级前半学期工作进行回顾总结。\n"
            "校长要求,下半学期各年级要抓实复习备考。\n")
STAGES_B = ("2月3日,鼎盛集团召开2031年度工作总结大会,集团中层以上干部参加。\n"
            "首先,主持人对会议议程作了简要介绍。会议共分三个部分,首先是各板块年度经营汇报。\n"
            "董事长要求,各事业部要在3月底前完成年度目标分解。\n")
PURPOSE_LEAD = ("初心如磐,笃行致远。\n"
                "为全面总结前半学期教育教学工作的得失,进一步提升教学质量,推动学校教育教学稳步发展。2032年11月22日晚上,我校召开"
                "期中总结大会,全体教职工参加。\n"
                "会上,教务处主任要求各教研组要扎实开展期末复习。\n")
# a report's paragraph that opens with a purpose and tells what was done, no date after it, is the work
PURPOSE_WORK_DONE = ("2031年县农技中心工作总结\n"
                     "一、主要工作\n"
                     "为提高农技服务水平,中心全年举办培训班14期。全年推广新品种6个。\n"
                     "二、存在的问题\n"
                     "基层农技人员年龄偏大。\n")
PLATFORM_CLOSING = ("1月9日,县中医院召开科室年度工作专题汇报会,院领导和各科室负责人参加。\n"
                    "院长指出,2031年全院门诊量达32.6万人次,同比增长7%。他强调,各科室要提前谋划2032年工作。\n"
                    "专题汇报会为各科室梳理总结过去一年工作、谋划新一年目标任务提供了平台。\n")
OCCASION_CLOSING = ("7月18日,县供销社召开上半年工作总结会议,各部门负责人参加。\n"
                    "主任指出,上半年全社实现销售额3.6亿元,同比增长5%。主任要求,下半年各部门要加快推进网点改造。\n"
                    "这是一次承前启后、鼓舞士气的重要会议。\n")


def test_meeting_stages_are_the_scene():
    assert label_at(STAGES_A, "会议分为两个阶段") == "其他"
    assert named(STAGES_A) == ["下一步"]


def test_meeting_agenda_introduced_is_the_scene():
    assert label_at(STAGES_B, "首先,主持人") == "其他"
    assert named(STAGES_B) == ["下一步"]


def test_purpose_sentence_before_a_dated_lead_is_the_lead():
    assert label_at(PURPOSE_LEAD, "为全面总结前半学期") == "其他"
    assert named(PURPOSE_LEAD) == ["下一步"]


def test_purpose_then_work_done_stays_the_work():
    assert label_at(PURPOSE_WORK_DONE, "为提高农技服务水平") == "主要做法"


def test_meeting_as_a_platform_closes_the_item():
    assert label_at(PLATFORM_CLOSING, "专题汇报会为各科室") == "其他"
    assert label_at(PLATFORM_CLOSING, "他强调") == "下一步"


def test_meeting_called_an_important_one_closes_the_item():
    assert label_at(OCCASION_CLOSING, "这是一次承前启后") == "其他"
    assert label_at(OCCASION_CLOSING, "主任要求") == "下一步"


# -- 述职 turns told by their topics and the questions taken; a speaker's requirement after a semicolon --------------

DUTY_A = ("1月20日,青石乡召开村党组织书记“双述双评”会议。乡班子成员、各村党组织书记参加会议。\n"
          "会上,各村党组织书记从党建责任落实、集体经济发展、人居环境整治、便民服务等方面向大会作述职汇报,当场接受并回答了"
          "乡党委委员和党员代表的提问。乡党委书记许长风逐一进行点评,与会人员分12个小项进行了民主测评。许长风指出,这次会议"
          "既是对2031年工作的盘点,也是对2032年工作的动员,希望各位书记既要看到成绩,更要正视不足;要求各村书记对照点评意见"
          "制定整改清单,逐项抓好落实。\n")
DUTY_B = ("3月2日,城东街道召开社区书记述职评议会。\n"
          "会上,9名社区书记围绕抓党建、抓治理、抓服务等方面作了述职,现场回答了评议代表的询问。街道党工委书记点评时指出,"
          "各社区工作各有特色;要求各社区书记针对评议中指出的问题,4月底前形成整改方案。\n")
# the turns going on with the results in the same paragraph report the work; a requirement followed is no directive
DUTY_RESULTS = ("1月20日,青石乡召开村党组织书记述职会议。\n"
                "会上,各村党组织书记从集体经济发展等方面作述职汇报,全乡村集体经济收入达860万元,同比增长12%。\n")
DUTY_FOLLOWED = ("2031年青石乡党建工作总结\n"
                 "一、主要工作\n"
                 "乡党委书记指出,一年来全乡党建工作稳中有进;按照县委要求各村均建立了党群服务中心。\n")


def test_duty_turns_then_speaker_requirement_after_semicolon():
    assert label_at(DUTY_A, "会上,各村党组织书记从") == "其他"
    assert label_at(DUTY_A, "许长风指出") == "下一步"
    assert named(DUTY_A) == ["下一步"]


def test_duty_turns_second_phrasing():
    assert label_at(DUTY_B, "会上,9名社区书记") == "其他"
    assert named(DUTY_B) == ["下一步"]


def test_duty_turns_with_results_report_the_work():
    assert label_at(DUTY_RESULTS, "全乡村集体经济收入") == "主要做法"


def test_requirement_followed_is_no_directive():
    assert named(DUTY_FOLLOWED) == ["主要做法"]


# -- a speaker's review listed from a number of aspects, then the turn "肯定工作的同时" to the shortfalls -------------

ASPECTS_A = ("8月5日下午,云岫街道召开半年工作总结暨下半年工作部署会,街道全体干部参加会议。\n"
             "会上,街道党工委书记首先对街道前六个月的工作成绩从四个方面作了总结:一是抓党建,提升了组织力;二是抓项目,新签约"
             "项目6个;三是抓治理,化解矛盾纠纷43件;四是抓民生,完成老旧小区改造2个。肯定工作的同时,还要把三个方面工作继续"
             "加强:一是招商方面,主要体现在落地项目偏少;二是城管方面,主要体现在精细化程度不够;三是服务方面,主要体现在志愿"
             "服务覆盖不够。\n"
             "针对下半年工作,书记从四个方面作出安排部署:一要抓实党建;二要抓紧项目落地;三要抓细城市管理;四要抓好民生实事。\n")
ASPECTS_B = ("1月6日,县人社局召开2031年工作总结会。\n"
             "局长对全局一年来的工作成效从三个方面进行了回顾:一是城镇新增就业5200人;二是参保扩面完成率103%;三是劳动"
             "争议结案率96%。在肯定成绩的同时,局长指出,就业结构性矛盾依然突出,基金监管还有薄弱环节。\n"
             "局长要求,2032年各股室要紧盯目标,确保就业工作开门红。\n")
# the year ahead set out from a number of aspects is the plans
ASPECTS_AHEAD = ("1月6日,县人社局召开2032年工作部署会。\n"
                 "局长对2032年工作从三个方面作了部署:一是稳就业;二是扩参保;三是强监管。\n")


def test_speaker_review_from_aspects_then_shortfalls():
    assert label_at(ASPECTS_A, "会上,街道党工委书记首先") == "主要做法"
    assert label_at(ASPECTS_A, "肯定工作的同时") == "存在问题"
    assert named(ASPECTS_A) == ["主要做法", "存在问题", "下一步"]


def test_speaker_review_from_aspects_second_phrasing():
    assert label_at(ASPECTS_B, "局长对全局一年来") == "主要做法"
    assert named(ASPECTS_B) == ["主要做法", "存在问题", "下一步"]


def test_year_ahead_from_aspects_is_no_review():
    assert "主要做法" not in named(ASPECTS_AHEAD)


# -- a part that names the problems and the outlook; a heading glued to its body before the first comma -------------

OUTLOOK_A = ("城区“四乱”整治情况报告 一、整治背景 近年来,城区乱搭乱建现象时有发生,影响市容。为此,区里启动专项整治。"
             "二、整治措施 组织全面排查,建立问题清单,分类整治。三、整治成效 全年拆除违建1.6万平方米,市容明显改善。"
             "四、存在问题与下步展望 部分区域仍有反弹。对此,我们将继续加大整治力度。未来的工作重点将放在长效管理上,年内建立"
             "网格巡查制度。\n")
OUTLOOK_B = ("2031年镇河道保洁工作总结\n"
             "一、基本概况 近几年来,全镇共有河道12条,总长46公里。\n"
             "二、主要做法\n"
             "全年清理河道垃圾320吨。\n"
             "三、问题与展望\n"
             "部分河段保洁不及时,群众仍有反映。\n"
             "今后的工作重点是落实河长巡河制度,每月巡河不少于2次。\n")
# an outlook alone is the plans; a heading with no comma glued is read as before
OUTLOOK_ALONE = ("2031年镇河道保洁工作总结\n"
                 "一、主要做法\n"
                 "全年清理河道垃圾320吨。\n"
                 "二、未来展望\n"
                 "明年将完成全部河道的生态改造。\n")


def test_problems_and_outlook_part_opens_the_problems():
    assert label_at(OUTLOOK_A, "一、整治背景") == "基本情况"
    assert label_at(OUTLOOK_A, "四、存在问题与下步展望") == "存在问题"
    assert label_at(OUTLOOK_A, "未来的工作重点") == "下一步"


def test_problems_and_outlook_second_phrasing():
    assert label_at(OUTLOOK_B, "一、基本概况") == "基本情况"
    assert label_at(OUTLOOK_B, "三、问题与展望") == "存在问题"
    assert label_at(OUTLOOK_B, "今后的工作重点") == "下一步"


def test_outlook_alone_is_the_plans():
    assert label_at(OUTLOOK_ALONE, "二、未来展望") == "下一步"
