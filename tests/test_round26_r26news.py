"""Round 26 (r26news): section labels on real news pages (调研 visits, 主席会议 / 联席会议 / 调度会 news, 人代会 report news,
考核组 inspections), as classes — a bare directive (要认真… / 要做好…) after a speaker's appraisal of the period opens the plans
inside the paragraph; so does what a visiting or inspecting party asks of the unit for the period ahead (要求我县在下步工作中…),
and the tasks ahead announced over their items (…介绍了今后一个阶段的主要任务。 over 一是…); a reporter's dateline (记者某某报道:)
and a lead naming who convened the meeting (某某26日下午主持召开…) are the lead; the units' turns told one a clause
(会上,X汇报了…;Y汇报了…) are the session's scene; a meeting's words relaying the upper authorities' instructions
(会议指出,…总书记…作出重要指示) are the scene too, and 会议要求 with no mark opens the plans. Each with look-alikes that
must stay. All text made up."""
from page_text import label_at, labels, named


# -- a bare directive after the speaker's appraisal -------------------------------------------------------------------

APPRAISAL_A = ("11月5日,区政协第二十次主席会议在区政协机关举行,区政协主席苏明远主持会议并讲话。\n"
               "苏明远指出,今年以来,区政协办公室和各专门委员会围绕区委中心工作履职尽责,取得了明显成效。"
               "要认真梳理全年工作的经验做法,形成制度成果。要谋划好明年工作,制定好年度协商计划。\n")
APPRAISAL_B = ("3月2日,县总工会召开年度工作务虚会,县总工会主席林知秋出席并讲话。\n"
               "林知秋充分肯定了过去一年的工作,指出,一年来,全县工会组织服务职工有力,各项工作取得了新进展。"
               "要做好困难职工帮扶,扩大普惠服务覆盖面。要加强基层工会规范化建设。\n")


def test_bare_directive_after_appraisal_opens_plans():
    assert named(APPRAISAL_A) == ["主要做法", "下一步"]
    assert label_at(APPRAISAL_A, "要认真梳理") == "下一步"
    assert label_at(APPRAISAL_A, "取得了明显成效") == "主要做法"


def test_bare_directive_after_appraisal_second_phrasing():
    assert named(APPRAISAL_B) == ["主要做法", "下一步"]
    assert label_at(APPRAISAL_B, "要做好困难职工") == "下一步"


def test_lookalike_bare_directive_words_in_a_review_stay():
    # 要看到 grants what was done, 要求 of the year before is a requirement followed: no plans open
    page = ("3月2日,县总工会召开年度工作务虚会。\n"
            "林知秋指出,今年以来,全县工会组织服务职工有力,各项工作取得了新进展。要看到,这些成绩来之不易。\n")
    assert "下一步" not in named(page)


# -- what a visiting or inspecting party asks for the period ahead ----------------------------------------------------

INSPECTION_A = ("9月3日,市考核组一行到我区检查指导工作。\n"
                "考核组一行先后察看了滨河公园、城北污水处理厂等地。\n"
                "通过实地考核,考核组对我区各项工作给予了充分肯定,认为我区领导高度重视,各项工作开展得好。"
                "要求我区在下步工作中进一步明确目标,加快产业结构调整,做大做强优势产业。\n")
INSPECTION_B = ("5月20日,省督查组到我县督查农村人居环境整治工作。\n"
                "督查组对我县整治工作给予肯定,认为措施扎实、成效明显。同时要求各乡镇今后要建立长效管护机制,巩固整治成果。\n")


def test_party_requires_period_ahead_opens_plans():
    assert label_at(INSPECTION_A, "要求我区在下步工作中") == "下一步"
    assert label_at(INSPECTION_B, "同时要求各乡镇今后") == "下一步"


def test_lookalike_requirement_followed_stays():
    # the unit did as it was asked: work done, not the plans
    page = ("5月20日,省督查组到我县督查农村人居环境整治工作。\n"
            "督查组对我县整治工作给予肯定,认为措施扎实、成效明显。按照要求,各乡镇已于8月底前全部完成整改。\n")
    assert "下一步" not in named(page)


# -- the tasks ahead announced over their items -------------------------------------------------------------------------

REPORT_NEWS = ("5月25日,县十八届人大二次会议举行第二次全体会议,听取县人大常委会主任关于常委会工作的报告。\n"
               "报告回顾了常委会过去一年的工作,同时指出,常委会工作还存在一些差距和不足,监督工作的方式有待完善。\n"
               "报告最后,县人大常委会主任介绍了常委会今后一个阶段的主要任务。\n"
               "一是加强重点领域立法。围绕乡村振兴,制定相关条例。\n"
               "二是依法做好监督工作。预安排了12个监督项目。\n")
REPORT_NEWS_B = ("1月9日,区政协第三届委员会第二次会议开幕。\n"
                 "报告坦陈,履职工作还存在调研深度不够等不足。\n"
                 "报告随后提出了区政协明年的重点工作。\n"
                 "一是聚焦中心大局协商议政。二是加强委员队伍建设。\n")


def test_tasks_ahead_announced_open_plans():
    assert named(REPORT_NEWS) == ["存在问题", "下一步"]
    assert label_at(REPORT_NEWS, "二是依法做好") == "下一步"
    assert label_at(REPORT_NEWS_B, "一是聚焦中心") == "下一步"


def test_lookalike_appraisal_naming_the_tasks_stays():
    # an appraisal of a draft that names its parts among others announces nothing
    page = ("12月26日,县委常委会召开会议。\n"
            "与会人员一致认为,报告思路清晰,全面总结了今年的各项工作,科学部署了明年的重点任务。\n")
    assert named(page) == []


# -- a reporter's dateline and a convened-by lead ----------------------------------------------------------------------


def test_reporter_dateline_is_the_lead():
    page = ("记者林向东报道:昨日上午召开的区党政联席会议,听取了“三大攻坚”、全区经济运行和财政收支情况汇报,研究了下阶段工作。"
            "会议强调,要持续深化“三大攻坚”,谋划好明年工作。\n")
    assert labels(page)[0][0] == "其他"
    assert named(page) == ["下一步"]


def test_convened_by_lead_is_the_lead():
    page = ("区政协主席苏明远26日下午主持召开区政协第十四次主席会议。会议决定11月5日召开区政协常委会第九次会议。"
            "会议审议通过了常委会会议议程(草案)。会议强调,各专委会要认真做好会议筹备。\n")
    assert named(page) == ["下一步"]


def test_lookalike_lead_with_results_reports_work():
    # a review told by a reporter's dateline still reports work after the lead
    page = ("记者林向东报道:昨日上午,区党政联席会议召开。\n"
            "今年以来,全区实现地区生产总值126.4亿元,同比增长5.8%。\n"
            "会议强调,要持续深化“三大攻坚”。\n")
    assert named(page) == ["主要做法", "下一步"]


# -- the units' turns one a clause --------------------------------------------------------------------------------------

TURNS_LEAD = "4月8日,县委书记常远山主持召开全县重点工作调度会。县长邵青禾等出席会议。\n"


def test_units_turns_are_the_scene():
    page = (TURNS_LEAD + "会上,县人大办、政协办汇报了全县“两会”筹备情况;县园区管委会汇报了园区招商政策;"
            "县乡村振兴局汇报了考核反馈问题整改情况等。\n会议指出,各级各部门要紧盯目标任务,加快推动重点项目建设。\n")
    assert named(page) == ["下一步"]
    page_b = (TURNS_LEAD + "会议上,各乡镇汇报了春耕备耕准备;县农业农村局汇报了农资储备调度。\n"
              "常远山要求,各乡镇要抓好春耕生产。\n")
    assert named(page_b) == ["下一步"]


def test_lookalike_turns_with_figures_report_work():
    page = (TURNS_LEAD + "会上,县发改局汇报了一季度重点项目完成投资12.6亿元;县财政局汇报了一般公共预算收入完成3.1亿元。\n"
            "会议指出,各级各部门要紧盯目标任务。\n")
    assert named(page) == ["主要做法", "下一步"]


# -- the upper authorities' instructions relayed ------------------------------------------------------------------------

UPPER_A = ("6月2日,全省县级融媒体中心建设工作座谈会在临川市召开。省委宣传部副部长周文澜出席会议并讲话。\n"
           "会议指出,近年来,总书记多次就媒体融合发展作出重要指示,为融合发展指明了方向。省委对县级融媒体中心建设提出明确要求。"
           "会议要求强化责任意识,确保中央和省委有关部署落实到位。\n"
           "会议强调,要坚持移动优先,打造新型主流媒体。\n")
UPPER_B = ("8月9日,市林业局召开党组扩大会议。\n"
           "会议传达了省委关于森林防火工作作出的重要部署,学习了有关文件精神。\n"
           "会议要求各科室切实扛起责任,确保不发生重大火情。\n")


def test_upper_instructions_stay_the_scene():
    assert named(UPPER_A) == ["下一步"]
    assert label_at(UPPER_A, "会议要求强化") == "下一步"
    assert label_at(UPPER_A, "总书记多次") == "其他"
    assert named(UPPER_B) == ["下一步"]


def test_lookalike_appraisal_of_the_unit_reports_work():
    page = ("6月2日,市水利局召开全系统工作会议。\n"
            "会议指出,今年以来,全局认真落实省委作出的部署要求,水利建设取得了明显成效,完成水利投资4.2亿元。\n"
            "会议强调,要坚持节水优先,确保安全度汛。\n")
    assert named(page) == ["主要做法", "下一步"]


# -- the year under review set against the next, and the period ahead named as the topic ---------------------------------

WUXU = ("1月8日下午,市委书记韩立秋主持召开市委常委工作务虚会,听取市委常委的意见和建议。\n"
        "大家认为,2030年是全市发展速度最快、成效最好的一年。具体表现在,城区建设变化巨大,招商引资取得突破。"
        "2030年是全面打基础的一年,而2031年将是见成效的一年。市委对群众许下的承诺,正在一件件兑现。\n"
        "对于2031年工作,大家积极建言。大家认为,要抓住农高区建设机遇,大力推进乡村振兴。\n")


def test_year_set_against_the_next_stays_the_review():
    assert label_at(WUXU, "而2031年将是") == "主要做法"
    assert label_at(WUXU, "对于2031年工作") == "下一步"


def test_period_ahead_named_as_topic_opens_plans():
    page = ("3月1日,县教育局召开年度工作会议。\n"
            "会议通报了2030年教育工作情况,全县新建学校3所。\n"
            "关于下一步工作,局长邵文远提出,各校要抓好课后服务。\n")
    assert named(page) == ["主要做法", "下一步"]
    assert label_at(page, "关于下一步工作") == "下一步"


def test_lookalike_year_under_review_named_as_topic_stays():
    page = ("3月1日,县教育局召开年度工作会议。\n"
            "会议通报了2030年教育工作情况。关于2030年工作,全县新建学校3所,新增学位2400个。\n")
    assert "下一步" not in named(page)


# -- a roll after the last topic closes the item ------------------------------------------------------------------------

VISIT = ("5月13日下午,副县长祁云舟带队到县经济开发区调研重点项目建设。\n"
         "祁云舟一行先后来到瑞丰电子、华安新材等项目现场,详细了解项目进展。\n"
         "祁云舟强调,各相关部门要主动靠前服务,确保项目早日投产达效。\n")


def test_trailing_visit_roll_closes_the_item():
    page = VISIT + "县发改局、县工信局主要负责人陪同调研。\n"
    assert label_at(page, "主要负责人陪同调研") == "其他"
    assert named(page) == ["下一步"]
    page_b = VISIT + "县人大常委会副主任庄明德一同调研。\n县开发区管委会负责人参加座谈。\n"
    assert label_at(page_b, "一同调研") == "其他"


def test_lookalike_roll_between_topics_goes_on():
    # a roll with a topic after it goes on with the section above (round 25's convention), and a closing sentence
    # that directs is no roll
    page = VISIT + "县发改局主要负责人陪同调研。\n会议要求,各乡镇要抓好安全生产。\n"
    assert label_at(page, "主要负责人陪同调研") == "下一步"
    page_b = VISIT + "各相关单位负责人参加座谈,并表示将全力做好服务保障。\n"
    assert label_at(page_b, "各相关单位负责人参加座谈") == "下一步"


# -- a purpose clause before the dateline, and how to carry out what was relayed ------------------------------------------


def test_purpose_clause_before_dateline_is_the_lead():
    page = ("为推动全会精神落地见效,日前,瑞通建设公司召开学习宣传贯彻全会精神工作启动会。公司党委书记严启明、各单位负责人参加。\n"
            "会上,集中学习传达了集团关于学习贯彻全会精神的通知要求,并对集中宣传工作作出部署安排。\n"
            "严启明在会上对公司学习宣贯工作提出三点要求:一是要把学习宣贯作为近期重点工作来抓;二是要率先垂范。\n")
    assert named(page) == ["下一步"]
    page_b = ("为进一步改进机关作风,12月20日,市水务局召开2031年度科室“向群众汇报”述职评议会,局班子成员及职工代表共60余人参会。\n"
              "会上,各科室负责人依次进行了述职,客观谈成绩,查摆找问题。\n")
    assert named(page_b) == []


def test_how_to_carry_out_then_speaker_requires_opens_plans():
    page = ("6月1日,集团公司召开专题会议学习传达全国“两会”精神。会议集中学习了《政府工作报告》解读。"
            "就如何贯彻落实好“两会”精神,纪委书记许承安强调要学习新精神,了解新形势;要贯彻新精神,狠抓新任务。\n")
    assert named(page) == ["下一步"]
    assert label_at(page, "就如何贯彻落实") == "下一步"
    page_b = ("3月5日,县统计局召开专题会议。\n"
              "围绕学习全会精神,局长柴文修要求,各股室要结合实际抓好贯彻落实。\n")
    assert named(page_b) == ["下一步"]


def test_lookalike_how_to_discussed_stays():
    # the attendees discussed how to carry it out: no speaker requires anything
    page = ("6月1日,集团公司召开专题会议学习传达全国“两会”精神。"
            "就如何贯彻落实好“两会”精神,与会人员进行了交流讨论。\n")
    assert named(page) == []
