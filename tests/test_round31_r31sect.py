"""Round 31 (r31sect): section labels on real pages of unit meeting news (年度 / 半年 总结会, 述职工作会议, 双述双评, 春训
动员会, 务虚会), 人代会 opening news and 新华社 news of the 政府工作报告, read as classes — the speakers' turns told in the plural
(各…负责人依次 / 分别…汇报 / 述职, N个部门的代表进行了交流) are the session whatever topics they name; a report's outline told
in a news item (报告共分N个部分:一、…;二、… on lines of their own, 报告分为三个部分:A;B;C) names no part; a 人代会's roll (执行
主席是…, 应到…实到…符合法定人数, 宣布…开幕, 国歌声, the report broadcast and approved) is the scene; a hope directed at
the units after 提出要求 or with 要 opens the plans; a requirements frame over its listed items (要求: 一是…) opens the plans
whatever its first item grants or names; a speaker's turn that goes on to require those present (…讲话,…,要求全体…) opens
them too. Each with look-alikes that must stay. All text made up."""
from page_text import label_at, named


# -- the speakers' turns told in the plural ---------------------------------------------------------------------------

TURNS_A = ("7月9日上午,县农科所召开上半年工作总结汇报会,所班子成员和中层干部参加会议。\n"
           "会上,各研究室主任分别汇报了本室半年来的项目进展和存在的问题,对照考核指标逐项比对,并谈了下一阶段的打算;"
           "办公室、财务科等职能科室分别汇报了半年工作、存在不足和下一步打算。\n"
           "所长对各研究室半年来的工作表示肯定,同时对下一阶段工作提出明确要求,希望全所职工围绕年度任务,加快推进在研项目。\n")
TURNS_B = ("为总结一年来的工作,谋划新一年发展,公司于1月6日召开年度述职工作会议。\n"
           "公司各部门、各子公司负责人依次作了年度述职发言,对存在问题和不足提出了整改思路,对新一年工作提出了目标和措施。"
           "与会领导对各部门的述职作了点评。\n"
           "最后,董事长作总结讲话。他要求各部门要紧盯全年目标,狠抓安全生产。\n")
TURNS_C = ("8月2日下午,区城管局召开半年工作会议,总结上半年、部署下半年,约40人参加。\n"
           "会上,区环卫所、区市政所和区执法大队三个部门的代表进行了交流。\n"
           "局长提出三点要求:一是要抓好汛期排水;二是要抓好市容整治;三是要抓好队伍建设。\n")
# the turns that go on with the results, figures after them: the work done (a paragraph of the report's account)
TURNS_RESULTS = ("1月7日,县图书馆召开年度工作总结会,全体职工参加。\n"
                 "会上,各部门负责人逐一汇报了借阅服务、阅读推广等工作的完成情况,并介绍了明年的打算。全年共接待读者12.6万人次,"
                 "举办阅读活动86场。\n")
# the units' own work in a self-check: no turn's noun, the work done
UNITS_WORK = ("今年以来,我局按照县里部署,认真开展安全生产大检查。\n"
              "各科室分别开展了自查,共排查隐患37处,已整改35处。\n")


def test_turns_in_the_plural_that_name_problems_are_the_session():
    assert label_at(TURNS_A, "会上,各研究室主任分别汇报了") == "其他"
    assert label_at(TURNS_A, "所长对各研究室半年来的工作表示肯定") == "下一步"
    assert named(TURNS_A) == ["下一步"]


def test_turns_given_in_turn_that_name_shortfalls_are_the_session():
    assert label_at(TURNS_B, "公司各部门、各子公司负责人依次作了") == "其他"
    assert label_at(TURNS_B, "最后,董事长作总结讲话") == "下一步"
    assert named(TURNS_B) == ["下一步"]


def test_turns_of_units_counted_are_the_session():
    assert label_at(TURNS_C, "会上,区环卫所、区市政所") == "其他"
    assert named(TURNS_C) == ["下一步"]


def test_turns_followed_by_results_report_the_work():
    assert label_at(TURNS_RESULTS, "会上,各部门负责人逐一汇报了") == "主要做法"


def test_units_own_work_is_no_session():
    assert label_at(UNITS_WORK, "各科室分别开展了自查") == "主要做法"


# -- a report's outline told in a news item ---------------------------------------------------------------------------

OUTLINE_LINES = ("新华社受权播发《政府工作报告》\n"
                 "新华社北京3月12日电 经授权,新华社于12日全文播发国务院总理在十六届全国人大三次会议上的《政府工作报告》。"
                 "大会已于3月11日表决通过政府工作报告的决议,批准了该报告。\n"
                 "该报告共分六个部分:一、2031年工作回顾;二、2032年发展的总体要求和主要目标;三、加快科技创新,培育新动能;"
                 "四、扩大国内需求,稳住增长势头;五、推进乡村振兴,促进城乡协调;六、办好民生实事,推动社会事业进步。\n"
                 "报告指出,今年发展主要预期目标是:国内生产总值增长4.6%左右;城镇新增就业1100万人以上。\n")
OUTLINE_CLAUSES = ("1月15日,安平县第二十届人民代表大会第二次会议在县会议中心开幕。\n"
                   "随后,县长受县政府委托向大会报告工作。该报告分为三个部分:2031年工作回顾;"
                   "2032年的总体思路和目标任务;政府自身建设。\n"
                   "县长说,过去的2031年,全县地区生产总值增长6.1%,一般公共预算收入完成9.8亿元。\n")
# a report's own parts after its intro's colon stay its parts
OWN_PARTS = ("今年以来,我镇认真贯彻县委部署,扎实推进各项工作,现将有关情况报告如下:\n"
             "一、主要工作\n"
             "全镇新建村级道路12公里,改造危房36户。\n"
             "二、存在问题\n"
             "部分项目资金到位较慢。\n"
             "三、下一步打算\n"
             "我镇将加快项目建设进度。\n")


def test_outline_on_lines_of_their_own_names_no_part():
    assert label_at(OUTLINE_LINES, "二、2032年发展的总体要求") == "其他"
    assert label_at(OUTLINE_LINES, "三、加快科技创新") == "其他"
    assert named(OUTLINE_LINES) == ["下一步"]


def test_outline_as_unmarked_clauses_names_no_part():
    assert label_at(OUTLINE_CLAUSES, "2032年的总体思路") == "其他"
    assert label_at(OUTLINE_CLAUSES, "县长说,过去的2031年") == "主要做法"
    assert named(OUTLINE_CLAUSES) == ["主要做法"]


def test_a_reports_own_parts_stay_parts():
    assert named(OWN_PARTS) == ["主要做法", "存在问题", "下一步"]


# -- a 人代会's roll ---------------------------------------------------------------------------------------------------

ROLL_A = ("1月20日上午,平川县十八届人大五次会议在县文体中心开幕。\n"
          "第一次全体会议执行主席是周文、李红梅、赵启明、孙立平、钱雪。县人大常委会主任周文主持会议。\n"
          "大会应到代表172人,到会163人,符合法定人数。\n"
          "县长受县政府委托报告政府工作。她在回顾2031年工作时指出,一年来,全县地区生产总值增长5.6%,城乡面貌明显改善。\n")
ROLL_B = ("1月12日,河口县十九届人大四次会议在县会议中心开幕。\n"
          "上午9时,大会执行主席宣布:本次会议应出席代表190人,实到181人,符合法定人数。"
          "全场起立,大会在国歌声中开幕!\n"
          "县委书记作了重要讲话。他说,2031年,全县上下团结一心,地区生产总值增长6.2%,各项事业取得新进展。\n")
# a sentence that opens the session and then reports the results: the work done
ROLL_RESULTS = ("1月12日,河口县十九届人大四次会议在县会议中心开幕。\n"
                "县长受县政府委托报告工作。报告指出,2031年全县地区生产总值增长6.2%,一般公共预算收入完成8.6亿元。\n")


def test_roll_with_quorum_and_chairs_is_the_scene():
    assert label_at(ROLL_A, "第一次全体会议执行主席是") == "其他"
    assert label_at(ROLL_A, "大会应到代表172人") == "其他"
    assert label_at(ROLL_A, "县长受县政府委托报告政府工作") == "主要做法"
    assert named(ROLL_A) == ["主要做法"]


def test_opening_declared_with_anthem_is_the_scene():
    assert label_at(ROLL_B, "上午9时,大会执行主席宣布") == "其他"
    assert label_at(ROLL_B, "县委书记作了重要讲话") == "主要做法"


def test_report_delivered_and_quoted_with_results_is_the_work():
    assert label_at(ROLL_RESULTS, "县长受县政府委托报告工作") == "主要做法"


# -- a hope directed at the units -------------------------------------------------------------------------------------

HOPE_A = ("12月30日,县疾控中心召开年度工作总结会,全体职工参加。\n"
          "会上,各科室负责人依次汇报了全年工作。\n"
          "主任对各科室一年来的成绩表示肯定,并对明年工作提出要求,希望全中心职工紧盯重点任务,抓好传染病防控。\n")
HOPE_B = ("1月10日,城西街道召开村党组织书记述职评议会,辖区8个村党组织书记参加。\n"
          "首先,8个村党组织书记分别从党建、集体经济、人居环境等方面作了述职,随后进行了民主测评。\n"
          "最后,街道领导希望各村党组织要在新的一年里勇于担当,持续壮大村集体经济。\n")
# a closing that grants and wishes well, no requirement named and no 要: the news item's ending
HOPE_CLOSING = ("3月2日,宏达公司召开年度总结表彰大会,全体员工参加。\n"
                "会上,总经理作了年度工作报告,大会对先进集体和个人进行了表彰。\n"
                "最后,董事长作了重要讲话,对一年来取得的成绩给予了充分肯定,希望全体员工以饱满的热情迎接新的挑战。\n")


def test_hope_after_requirements_named_opens_the_plans():
    assert label_at(HOPE_A, "主任对各科室一年来的成绩表示肯定") == "下一步"
    assert named(HOPE_A) == ["下一步"]


def test_hope_that_units_must_act_opens_the_plans():
    assert label_at(HOPE_B, "首先,8个村党组织书记") == "其他"
    assert label_at(HOPE_B, "最后,街道领导希望各村党组织要") == "下一步"
    assert named(HOPE_B) == ["下一步"]


def test_closing_wish_is_no_directive():
    assert "下一步" not in named(HOPE_CLOSING)


# -- a requirements frame over its listed items -----------------------------------------------------------------------

LISTED_A = ("2月16日,县林业局召开春训动员会,会议以座谈交流的方式进行。\n"
            "座谈会上,局各股室负责人依次发言,对去年的工作进行回顾,对今年的工作进行谋划。\n"
            "最后,局长在听取发言后作了总结,表示这是一次务实的交流会。局长要求: 一是对各股室去年取得的成绩表示肯定,"
            "希望继续保持;对存在不足之处,要求及时整改。二是对今年工作提出明确要求,森林防火要早部署;"
            "三是要求全体干部转变作风,推动各项工作开好局。\n")
LISTED_B = ("3月3日,县中医院召开中层干部会议。\n"
            "会上,各科室主任分别汇报了一季度工作。\n"
            "院长最后讲话。院长要求:第一,针对检查中发现的病历书写不规范等问题,各科室要逐一整改;第二,要抓好院感防控。\n")
# a frame that states findings over its list: the problems
LISTED_FINDINGS = ("今年以来,我局扎实开展安全生产检查,共检查企业46家。\n"
                   "检查组指出: 一是部分企业安全台账不健全;二是个别企业消防通道堵塞。\n")


def test_requirements_frame_over_a_granting_item_opens_the_plans():
    assert label_at(LISTED_A, "局长要求:一是对各股室") == "下一步"
    assert "存在问题" not in named(LISTED_A)


def test_requirements_frame_over_an_item_naming_problems_opens_the_plans():
    assert label_at(LISTED_B, "院长要求:第一") == "下一步"
    assert "存在问题" not in named(LISTED_B)


def test_findings_frame_stays_the_problems():
    assert label_at(LISTED_FINDINGS, "二是个别企业消防通道堵塞") == "存在问题"


# -- a speaker's turn that goes on to require those present -----------------------------------------------------------

SPEECH_A = ("1月12日,集团2031年终总结大会在总部召开,集团高管及职工代表参加会议。\n"
            "会上,集团副总裁作年度工作报告,职工代表围绕新一年计划建言献策。\n"
            "集团总裁作总结讲话,她围绕稳与进、危与机等方面,对集团面临的形势进行了深入分析,要求全体职工坚定信心,严防各类风险,"
            "抓好节前安全生产。\n")
SPEECH_B = ("7月5日,县医保局召开半年工作总结会,全体干部参加。\n"
            "会上,各股室负责人分别汇报了上半年工作。\n"
            "局长在讲话中回顾了上半年工作,分析了当前形势,要求各股室抓好基金监管,加快推进异地就医结算。\n")
# a requirement the speaker only named, none told: no plans opened by it
SPEECH_NAMED = ("7月5日,县医保局召开半年工作总结会,全体干部参加。\n"
                "局长在讲话中回顾了上半年工作,分析了存在的短板,提出了要求。\n")


def test_speech_that_goes_on_to_require_all_staff_opens_the_plans():
    assert label_at(SPEECH_A, "集团总裁作总结讲话") == "下一步"
    assert named(SPEECH_A) == ["下一步"]


def test_speech_that_goes_on_to_require_each_unit_opens_the_plans():
    assert label_at(SPEECH_B, "局长在讲话中回顾了上半年工作") == "下一步"


def test_requirement_only_named_opens_no_plans():
    assert "下一步" not in named(SPEECH_NAMED)


# -- a relayed appraisal that goes on to direct (…,机关全体干部要认真学习…) -----------------------------------------------

RELAYED_A = ("1月20日,市侨联机关召开会议,学习市“两会”精神,副主席主持,机关干部全员参会。\n"
             "会议传达学习了市“两会”的主要精神和市政府工作报告。\n"
             "会议指出,市“两会”全面总结了2031年的成绩,部署了2032年的任务,机关干部要认真领会会议精神,确保全年各项任务落到实处。\n")
RELAYED_B = ("3月8日,县妇联召开机关干部会,传达全国两会精神。\n"
             "会议认为,全国两会回顾了过去一年的成绩,明确了今年的目标任务,各部室要认真对照两会部署,抓紧谋划全年重点工作。\n")
# words that look back and then ask to see the situation clearly: no directive of work
RELAYED_REVIEW = ("12月28日,县文旅局召开年度工作总结会,全体干部参加。\n"
                  "局长指出,今年以来,全局各项工作取得明显成效,接待游客同比增长12%,大家要认清当前形势。\n")


def test_relayed_appraisal_then_staff_directed_opens_the_plans():
    assert label_at(RELAYED_A, "会议指出,市“两会”全面总结了") == "下一步"


def test_relayed_appraisal_then_units_directed_opens_the_plans():
    assert label_at(RELAYED_B, "会议认为,全国两会回顾了") == "下一步"


def test_review_then_see_the_situation_is_no_directive():
    assert label_at(RELAYED_REVIEW, "局长指出,今年以来") == "主要做法"


# -- a sentence that opens with the directive after the review in the same paragraph ----------------------------------

REVIEW_THEN_MUST_A = ("12月5日,市政协机关召开年度工作总结汇报会,各委室负责人参加。\n"
                      "主席指出,今年以来,市政协机关围绕中心履职尽责,各项工作成效明显。要抓紧制定明年的工作要点,"
                      "高质量做好全会筹备工作。\n")
REVIEW_THEN_MUST_B = ("7月3日,县水务局召开半年工作会。\n"
                      "局长指出,今年以来,全局上下攻坚克难,各项工作扎实推进、成效明显。要高质量做好明年项目储备,确保全年目标顺利完成。\n")
# a sentence that only says what must be seen, no work directed: the review goes on
REVIEW_THEN_SEEN = ("7月3日,县农业农村局召开半年工作会。\n"
                    "局长指出,上半年全局完成高标准农田建设2.1万亩,粮食生产形势平稳。要看到,这些成绩来之不易。\n")


def test_review_then_sentence_opening_with_must_act_opens_the_plans():
    assert label_at(REVIEW_THEN_MUST_A, "要抓紧制定明年的工作要点") == "下一步"
    assert label_at(REVIEW_THEN_MUST_A, "主席指出,今年以来") == "主要做法"


def test_review_then_must_speed_up_opens_the_plans():
    assert label_at(REVIEW_THEN_MUST_B, "要高质量做好明年项目储备") == "下一步"


def test_review_then_must_see_stays_the_review():
    assert "下一步" not in named(REVIEW_THEN_SEEN)


# -- a speech told as nouns that names the problems and ends on the targets set ---------------------------------------

TARGETS_A = ("为总结上年工作、部署新年任务,集团于1月8日召开年度工作会议。\n"
             "各子公司负责人依次作了述职发言。\n"
             "最后,董事长作了讲话。他先对上年的工作作了评价,指出了经营中存在的主要问题,接着分析了当前面临的形势,"
             "对今后的方向作出指示,提出今年的经营目标是:稳经营、控成本、保增长。\n")
TARGETS_B = ("1月6日,县供销社召开年度总结会。\n"
             "理事会主任在讲话中回顾了上年工作,指出了经营中存在的不足,提出了2032年的经营目标为:销售额增长8%,新建网点12个。\n")
# problems named and told right after: the problems
NAMED_AND_TOLD = ("今年以来,我局扎实推进各项工作,完成了年度目标任务。\n"
                  "检查组在反馈会上指出了工作中存在的主要问题,主要是台账资料不完整、整改销号不及时。\n")


def test_speech_naming_problems_then_setting_targets_opens_the_plans():
    assert label_at(TARGETS_A, "最后,董事长作了讲话") == "下一步"
    assert "存在问题" not in named(TARGETS_A)


def test_speech_naming_shortfalls_then_setting_targets_opens_the_plans():
    assert label_at(TARGETS_B, "理事会主任在讲话中") == "下一步"


def test_problems_named_and_told_stay_the_problems():
    assert label_at(NAMED_AND_TOLD, "检查组在反馈会上指出了") == "存在问题"


# -- a directive item whose object is the problems -------------------------------------------------------------------

DIRECT_PROBLEMS_A = ("8月1日,区市容局召开半年工作部署会。\n"
                     "局长提出三点要求:\n"
                     "首先,我们必须及早谋划,抓紧落实下半年各项任务。\n"
                     "第二,要注意区分问题,逐项理清主要问题;\n"
                     "第三,要善于破解难题,敢于承担责任。\n")
DIRECT_PROBLEMS_B = ("8月1日,区市容局召开半年工作部署会。\n"
                     "局长提出两点要求:\n"
                     "首先,要抓好汛期安全,确保不出大的事故。\n"
                     "其次,必须敢于正视不足,主动补齐短板。\n")
# an item that states a shortfall: the problems
ITEM_SHORTFALL = ("上半年,全局各项工作有序推进,完成了阶段目标。\n"
                  "但也存在一些问题:\n"
                  "第一,部分街面保洁不到位;\n"
                  "第二,个别路段乱停乱放问题仍较突出。\n")


def test_directive_items_on_the_problems_stay_the_plans():
    assert label_at(DIRECT_PROBLEMS_A, "第二,要注意区分问题") == "下一步"
    assert label_at(DIRECT_PROBLEMS_A, "第三,要善于破解难题") == "下一步"


def test_directive_item_to_find_shortfalls_stays_the_plans():
    assert label_at(DIRECT_PROBLEMS_B, "其次,必须敢于正视不足") == "下一步"


def test_items_stating_shortfalls_are_the_problems():
    assert label_at(ITEM_SHORTFALL, "第二,个别路段乱停乱放") == "存在问题"


# -- a meeting named for the year's summary and the next year's plans --------------------------------------------------

PLANS_MEETING_A = ("12月8日,区人大机关召开2031年工作总结暨2032年工作打算汇报会,区人大常委会主任出席。\n"
                   "会议听取了各工委2031年工作完成情况和2032年工作打算的汇报。\n"
                   "主任指出,今年以来,区人大机关依法履职,各项工作扎实推进、成效明显。要抓紧制定明年的工作要点。\n")
PLANS_MEETING_B = ("7月2日,县妇联上半年工作总结及下半年工作打算交流会召开,县妇联全体干部参加。\n"
                   "会上,各部室负责人分别汇报了上半年工作。\n")
# the plans announced in the opening itself: the plans
PLANS_OPENING = ("2032年工作打算\n"
                 "下一步,我局将重点抓好三方面工作:一是加快项目建设;二是强化安全监管;三是提升服务水平。\n")


def test_meeting_named_for_the_plans_is_the_scene():
    assert label_at(PLANS_MEETING_A, "12月8日,区人大机关") == "其他"
    assert label_at(PLANS_MEETING_A, "主任指出,今年以来") == "主要做法"
    assert named(PLANS_MEETING_A) == ["主要做法", "下一步"]


def test_exchange_meeting_named_for_the_plans_is_the_scene():
    assert "下一步" not in named(PLANS_MEETING_B)


def test_plans_announced_in_the_opening_stay_the_plans():
    assert named(PLANS_OPENING) == ["下一步"]


# -- a survey's method part ------------------------------------------------------------------------------------------

SURVEY_A = ("关于全县农村客运发展情况的调研报告\n"
            "一、调研目的\n"
            "这次调研是为了摸清全县农村客运的运行现状,为下一步完善客运网络提供依据。\n"
            "二、调研方法\n"
            "1.实地走访:调研组走访了5个乡镇的客运站点和12个行政村。\n"
            "2.座谈交流:与交通部门、客运企业和村民代表座谈3次。\n"
            "三、存在的问题\n"
            "部分偏远村班次少,群众出行仍不方便。\n"
            "四、对策建议\n"
            "建议加大财政补贴力度,优化农村客运线路。\n")
SURVEY_B = ("关于城区养老服务设施的调查报告\n"
            "一、调查背景\n"
            "随着老龄化程度加深,城区养老服务需求快速增长。\n"
            "二、调查方式和过程\n"
            "课题组采取问卷调查和入户访谈相结合的方式,共发放问卷600份,回收有效问卷562份。\n"
            "三、发现的问题\n"
            "社区养老设施覆盖不足,专业护理人员短缺。\n")
# the unit's own working methods: the work done
WORK_METHODS = ("今年以来,我中心围绕年度目标扎实开展各项工作,现将有关情况报告如下:\n"
                "一、主要工作方法\n"
                "我们坚持周例会制度,每周梳理任务清单,全年召开例会48次。\n"
                "二、存在问题\n"
                "人员力量仍显不足。\n")


def test_survey_method_part_is_its_background():
    assert label_at(SURVEY_A, "1.实地走访") == "基本情况"
    assert named(SURVEY_A) == ["基本情况", "存在问题", "下一步"]


def test_survey_way_and_process_part_is_its_background():
    assert label_at(SURVEY_B, "课题组采取问卷调查") == "基本情况"


def test_units_work_methods_are_the_work_done():
    assert label_at(WORK_METHODS, "我们坚持周例会制度") == "主要做法"


# -- the leaders' turns of summing up and deploying, told with no content ----------------------------------------------

LEADERS_A = ("8月5日下午,区园林局召开半年工作会议,约60人参加。\n"
             "会上,各位分管领导回顾了半年来分管的业务,安排了后几个月的工作任务。\n"
             "局长提出三点要求:一是要抓好防汛;二是要抓好养护;三是要抓好安全。\n")
LEADERS_B = ("1月3日,集团召开各子公司经理和部室负责人会议。\n"
             "会上,副总经理就节前安全检查进行安排和布置;总会计师总结了集团12月份财务工作,对新年度的预算工作进行布置。\n"
             "最后,总经理对节前工作提出三点要求:一是抓好安全生产;二是做好职工慰问;三是确保开门红。\n")
# a leader who sums up and tells the results in the same sentence: the work done
LEADER_RESULTS = ("12月30日,县交通局召开年度总结会。\n"
                  "会上,局长总结了全年工作,全县新改建农村公路86公里,完成交通投资5.2亿元。\n")


def test_leaders_turns_of_summing_up_and_deploying_are_the_session():
    assert label_at(LEADERS_A, "会上,各位分管领导回顾了") == "其他"
    assert named(LEADERS_A) == ["下一步"]


def test_leaders_turns_of_deploying_and_summing_up_are_the_session():
    assert label_at(LEADERS_B, "会上,副总经理就节前安全检查") == "其他"
    assert named(LEADERS_B) == ["下一步"]


def test_leader_summing_up_with_results_reports_the_work():
    assert label_at(LEADER_RESULTS, "会上,局长总结了全年工作") == "主要做法"


# -- a news item's closing that says the meeting laid the ground -------------------------------------------------------

CLOSING_A = ("6月26日,县老年体育协会召开上半年工作总结会议,各分会会长参加。\n"
             "会议由副主席主持。秘书长总结了上半年工作成效,分析了存在问题,并对下半年工作作出部署。\n"
             "主席在讲话中提出三点要求:一是强化服务意识;二是精心组织重阳节展演;三是确保年度任务完成。\n"
             "此次会议通过回顾与谋划,凝聚了共识,为后几个月的工作顺利开展奠定了坚实基础。\n")
CLOSING_B = ("7月8日,县作协召开半年工作座谈会。\n"
             "主席要求各创作小组要围绕建党纪念日推出一批精品力作。\n"
             "本次座谈会通过交流经验、查找不足,统一了思想,为完成全年创作任务打下了良好基础。\n")
# a last paragraph that sets out what is still to be done: the plans go on
CLOSING_PLANS = ("7月8日,县作协召开半年工作座谈会。\n"
                 "主席要求各创作小组要围绕建党纪念日推出一批精品力作。\n"
                 "下半年,县作协将举办两期青年作者培训班,年底前完成文学丛书的编印。\n")


def test_closing_that_says_the_meeting_laid_the_ground_is_no_plan():
    assert label_at(CLOSING_A, "此次会议通过回顾与谋划") == "其他"


def test_closing_of_a_forum_that_laid_the_ground_is_no_plan():
    assert label_at(CLOSING_B, "本次座谈会通过交流经验") == "其他"


def test_last_paragraph_with_plans_stays_the_plans():
    assert label_at(CLOSING_PLANS, "下半年,县作协将举办") == "下一步"
