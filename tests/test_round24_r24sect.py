"""Round 24 (r24sect): section labels on real pages of meeting news (镇人代会, 职代会, 述职大会, association and company
meetings) and 政务公开 / government reports, as classes — a meeting's call with a mark after 号召 and a speaker's 号召…要;
the year ahead named and directed inside reported words (…年是…关键之年,大家要…: its 实现 is no review); the session
told by the delegates (代表们…听取并审议通过…), an election and the suggestions counted; the delegates' appraisal of the
report itself; a "会议要求" line over the words said; a meeting's agenda items (会议议题 / 1、…); a summary that grants,
criticises and then directs (既肯定…也指出…强调要…); the report's own voice looking back (报告指出,一年来,我们…完成了…);
他指出 with no mark before the period ahead. Each with look-alikes that must stay. All text made up."""
from page_text import labels, named

from reportnlp.stages.sections import paragraph_cue, reported_label


def starts(page: str) -> dict[str, str]:
    """label -> the first characters of its first section."""
    out: dict[str, str] = {}
    for label, head in labels(page):
        out.setdefault(label, head)
    return out


TOWN_LEAD = ("3月27日,青禾镇第十九届人民代表大会第四次会议在镇政府会议室召开,58名镇人大代表出席会议。\n"
             "会议听取和审议了青禾镇人民政府工作报告、镇人大主席团工作报告和财政预算报告。\n")


# -- a call with a mark after 号召, and a speaker's 号召…要 ---------------------------------------------------------------

def test_meeting_calls_with_a_comma():
    page = (TOWN_LEAD + "会议指出,2031年以来,全镇上下聚焦茶叶和竹木两大产业,实现了经济社会平稳发展。\n"
            "会议号召,全镇广大干部群众要紧扣年度目标,真抓实干,为建设富美青禾作出新的贡献。\n")
    assert named(page) == ["主要做法", "下一步"]
    assert starts(page)["下一步"].startswith("会议号召")


def test_meeting_calls_with_a_colon():
    assert paragraph_cue("大会号召:全体代表要带头履职尽责,积极投身乡村振兴各项工作。") == "下一步"


def test_a_speaker_who_calls_on_the_delegates_directs():
    page = (TOWN_LEAD + "镇党委书记柯远帆在会上发表讲话,肯定了过去一年的工作成绩,分析了当前面临的困难,号召人大代表要"
            "当好群众的代言人,积极协助镇政府完成各项目标任务。\n")
    assert named(page) == ["下一步"]


def test_a_call_answered_is_no_directive():
    # look-alike: the units answered a call, and tell what they did
    assert paragraph_cue("今年以来,各村积极响应镇党委号召,组织党员志愿者清理河道12公里,完成了全部沟渠疏浚任务。") != "下一步"


# -- the year ahead named and directed inside a speaker's words ---------------------------------------------------------

def test_a_year_framed_as_the_key_one_directs_in_reported_words():
    assert reported_label("2031年是公司扭转亏损的决胜之年,全体员工要咬住目标、拼出成绩。") == "下一步"
    page = ("2月26日,物资供应部召开2031年工作会议,部门负责人主持会议。\n"
            "各岗位人员先后发言,查找了自身短板,也讲了新一年的想法。\n"
            "会议指出,2031年是公司扭亏增盈的决胜之年,担子更重,大家要看准形势、咬住目标,以实干拿出成绩。"
            "同时要围绕中心工作,激发干事创业的新活力。\n")
    assert named(page) == ["下一步"]


def test_a_year_framed_as_an_opening_one_with_必须_directs():
    assert paragraph_cue("他强调,2032年是“十六五”规划的开局之年,各部门必须提前谋划重点项目。") == "下一步"


def test_a_year_called_extraordinary_still_reviews():
    # look-alike: the year under review, its results
    assert reported_label("2030年是极不平凡的一年,全镇实现地区生产总值增长5.1%,完成了年度目标任务。") == "主要做法"


def test_a_year_framed_with_results_and_no_directive_stays_no_plan():
    # look-alike: the framing with a completed result and no 要
    assert reported_label("2030年是“十五五”开局之年,全县上下实现了良好开局,完成固定资产投资21亿元。") != "下一步"


# -- the session told by the delegates, an election, the suggestions counted ----------------------------------------

def test_an_election_and_suggestions_counted_are_the_session():
    page = (TOWN_LEAD + "本次大会依法选举产生镇人大主席团副主席1名。会议期间共收到代表建议、批评和意见23件,表彰了2030年度"
            "优秀镇人大代表。\n"
            "会议要求,全体代表要落实联系选民制度,带头参与人居环境整治。\n")
    assert named(page) == ["下一步"]


def test_delegates_hearing_and_voting_are_the_session():
    page = ("5月20日,柳塘镇第十八届人民代表大会第五次会议在镇文化站召开。\n"
            "会议期间,代表们以对人民高度负责的态度,认真听取并审议通过了《政府工作报告》《人大主席团工作报告》,书面审议了"
            "财政预算报告,全面回顾2030年工作并部署2031年工作任务,并投票表决通过了2031年度民生实事项目共3个。\n"
            "会议强调,2031年是全面完成“十五五”目标任务的攻坚之年,全镇上下要聚焦民生实事,确保项目按期建成。\n")
    assert named(page) == ["下一步"]


def test_delegates_hearing_a_report_with_its_results_stay_the_work_done():
    # look-alike: the results of the year follow the hearing in the same paragraph
    page = ("5月20日,柳塘镇第十八届人民代表大会第五次会议在镇文化站召开。\n"
            "会议期间,代表们听取了镇长作的政府工作报告。2030年,全镇地区生产总值增长6.2%,新增就业岗位420个,"
            "完成农村公路改造18公里。\n")
    assert "主要做法" in named(page)


# -- the delegates' appraisal of the report itself ---------------------------------------------------------------------

def test_the_delegates_appraisal_of_the_report_is_the_session():
    assert paragraph_cue("第二项议程为分组讨论,职工代表们认真审议了总经理的工作报告,一致认为该报告务实可行。") == "其他"
    assert paragraph_cue("与会代表一致认为,报告实事求是、重点突出,是一个鼓舞人心的好报告。") == "其他"


def test_an_appraisal_that_goes_on_with_the_figures_is_no_session():
    # look-alike: the appraisal states the results of the work (the convention of the corpus's 审议 news)
    assert paragraph_cue("大家一致认为,政府工作报告客观总结了2030年工作:全县地区生产总值增长6.1%,城乡居民收入稳步提高。") != "其他"


# -- a 会议要求 line over the words said -----------------------------------------------------------------------------

def test_a_requirements_line_over_the_words_said_opens_the_plans():
    page = (TOWN_LEAD + "全镇坚持以项目建设为抓手,锐意进取,扎实推进各项工作。\n"
            "会议要求\n"
            "全体代表要始终坚持正确政治方向,紧紧围绕镇党委的重大部署依法履职,把人大工作融入全镇发展大局。\n"
            "会议强调\n"
            "青禾镇发展正处在爬坡过坎的关键时期,全镇上下要团结一心,坚定信心,确保完成全年各项目标任务。\n")
    assert starts(page).get("下一步", "").startswith("会议要求")
    assert named(page)[-1] == "下一步"


def test_an_emphasis_line_over_a_directive_opens_the_plans():
    page = ("1月9日,东岭街道召开2031年安全生产工作会议。\n"
            "会上,街道应急办通报了2030年安全生产检查情况。\n"
            "会议强调\n"
            "当前正值岁末年初,各社区要压实属地责任,对辖区企业开展一次拉网式排查。\n")
    assert named(page)[-1] == "下一步"


def test_a_statement_line_over_the_results_stays_the_review():
    # look-alike: the words under the line look back on the year
    page = ("1月9日,东岭街道召开2031年安全生产工作会议。\n"
            "会议指出\n"
            "2030年,街道共排查企业412家,整改隐患1036处,整改率98.6%,全年未发生较大安全事故。\n")
    assert "下一步" not in named(page)


# -- a meeting's agenda items --------------------------------------------------------------------------------------------

def test_agenda_items_are_no_parts_of_the_report():
    page = ("为谋划协会下一阶段工作,10月12日,县茶叶协会召开第三届理事会第二次会议,会长、副会长和理事共21人参加。\n"
            "会议议题\n"
            "1、年度茶博会筹备工作\n"
            "2、会员单位年终评比办法\n"
            "3、2032年会费收取方式\n"
            "4、秘书处财务管理制度修订\n"
            "会议由秘书长主持,与会人员围绕以上议题逐项讨论,形成了初步意见。\n"
            "会长对下一阶段协会工作作了部署。他指出接下来协会要把服务会员放在首位,办好年度茶博会。\n")
    assert "主要做法" not in named(page)
    assert named(page) == ["下一步"]


def test_an_agenda_headed_with_a_colon():
    page = ("11月3日,区物业管理协会召开会长办公会。\n"
            "本次会议议程:\n"
            "一、通报物业服务星级评定进展\n"
            "二、研究2032年会员培训计划\n"
            "三、讨论秘书处人员调整\n"
            "会长指出,下一步各会员单位要对照星级标准查漏补缺,年底前完成自评。\n")
    assert named(page) == ["下一步"]


def test_numbered_parts_with_no_agenda_line_stay_parts():
    # look-alike: a report's own numbered parts
    page = ("区物业管理协会2031年工作总结\n"
            "一、主要工作\n全年组织会员培训6场,参训人员420人次,完成星级评定38家。\n"
            "二、存在问题\n部分会员单位参与协会活动不积极,会费收缴率偏低。\n"
            "三、2032年工作计划\n协会将加强会员服务,力争新增会员单位15家。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


# -- a summary that grants, criticises and then directs ----------------------------------------------------------------

def test_grant_and_critique_named_then_a_directive():
    assert paragraph_cue("会议既肯定了一年来取得的进步,也指出了短板和差距,并强调要守住在建项目,夯实基础、加快回款、确保稳定。") == "下一步"
    assert paragraph_cue("讲话既肯定了一年来的成效,又指出了工作中的短板,并要求各科室必须对照清单逐项整改。") == "下一步"


def test_grant_and_critique_with_no_directive_is_no_plan():
    # look-alike: no directive follows
    assert paragraph_cue("会议既肯定了一年来取得的进步,也指出了短板和差距。") != "下一步"


# -- the report's own voice looking back ------------------------------------------------------------------------------

def test_the_reports_we_completed_is_the_review():
    assert reported_label("一年来,我们出色地完成了各项工作:推进产业转型升级,改善镇村面貌。") == "主要做法"
    assert reported_label("三年来我们在全县率先实现了村村通客车,群众出行更加便捷。") == "主要做法"


def test_the_reports_we_must_complete_is_a_directive():
    # look-alike: the same words with an obligation
    assert reported_label("我们要确保完成全年各项目标任务。") == "下一步"
    assert reported_label("我们将力争取得更大成绩。") != "主要做法"


# -- 他指出 with no mark before the period ahead ------------------------------------------------------------------------

def test_a_speaker_who_points_to_the_work_ahead_directs():
    page = ("9月25日,县茶叶协会召开会长办公会议。\n"
            "会长对协会重点工作作了规划。他指出接下来工作要以提升服务水平为着力点,增强协会凝聚力。\n")
    assert named(page) == ["下一步"]


def test_a_speaker_who_points_to_the_times_ahead_without_a_directive():
    # look-alike: a view of the period ahead, no 要
    page = ("9月25日,县茶叶协会召开会长办公会议。\n"
            "会长对当前茶叶市场作了分析。他指出今后一段时期茶叶价格仍将在低位运行。\n")
    assert "下一步" not in named(page) or starts(page)["下一步"] != "他指出今后一段"


# -- a photo caption between a news item's paragraphs ----------------------------------------------------------------

HOSPITAL_LEAD = "【县卫健讯】1月8日,城南中心医院召开2031年度科室主任述职大会,医院领导和全体职工142人参加。\n"


def test_a_caption_between_paragraphs_opens_no_part():
    page = (HOSPITAL_LEAD + "城南中心医院2031年度科室主任述职大会场景\n"
            "会上,19名科室主任逐一述职,汇报了一年来的工作情况、存在的问题和今后努力方向。\n"
            "述职结束后,院长欧阳澈作总结讲话,他说:一年来,各科室主任带头攻坚,全院门诊量增长12%。院长希望,在新的一年里,"
            "各位主任还要继续努力,带领科室再上台阶。\n")
    assert named(page) == ["主要做法", "下一步"]
    assert starts(page)["主要做法"].startswith("述职结束后")


def test_a_caption_worded_as_the_site():
    page = (HOSPITAL_LEAD + "会议现场\n"
            "会上,各科室主任依次进行了述职。\n"
            "院长强调,2032年各科室要把医疗质量放在首位。\n")
    assert named(page) == ["下一步"]


def test_a_heading_line_that_names_a_site_of_work_is_no_caption():
    # look-alike: a numbered heading that ends with 现场 is a part of the report
    page = ("城南中心医院2031年工作总结\n"
            "一、医疗质量管理\n全年开展质控检查24次,病历甲级率达96.2%。\n"
            "二、存在问题\n部分科室对手术现场管理重视不够。\n"
            "三、2032年工作计划\n医院将新建胸痛中心,力争年内通过验收。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


# -- a speaker's hope for the year ahead, and what a means is for -------------------------------------------------

def test_a_hope_for_the_new_year_directs():
    assert paragraph_cue("院长希望,在新的一年里,全体中层干部还要继续努力,为医院发展再立新功。") == "下一步"
    assert paragraph_cue("书记希望2032年各支部要把党建与业务深度融合。") == "下一步"


def test_a_hope_with_no_period_ahead_is_no_cue():
    # look-alike: a hope for the people served, no year, no directive
    assert paragraph_cue("患者家属希望医院继续开通夜间门诊。") != "下一步"


def test_shortfalls_as_what_a_means_finds_are_no_problems():
    assert paragraph_cue("他指出,通过汇报、聆听、思考,找出科室和个人存在的不足和差距,让大家取长补短、共同提高。") != "存在问题"
    assert paragraph_cue("院长认为,通过述职查摆出各科室存在的问题,有助于明确改进方向。") != "存在问题"


def test_shortfalls_stated_stay_problems():
    # look-alike: the shortfalls themselves
    assert paragraph_cue("述职中也发现,部分科室还存在制度执行不严、病历书写不规范等问题。") == "存在问题"


# -- a speaker who deploys the period ahead, named after 对 ------------------------------------------------------------

def test_a_deployment_of_the_next_stage_opens_the_plans():
    assert paragraph_cue("会长对协会下一阶段的重点工作做了规划部署。他指出,要办好年度茶博会。") == "下一步"
    assert paragraph_cue("院长对接下来全院的重点任务作了具体部署,要求各科室抓好落实。") == "下一步"


def test_a_past_year_summed_up_is_no_deployment():
    # look-alike: the year under review summed up
    assert paragraph_cue("会长对2031年协会工作作了全面总结,全年新发展会员单位27家。") != "下一步"


# -- the unit's plans in a sentence after its problems, no cue word but the unit and 将 -------------------------------

def test_the_units_plans_after_its_shortfall_in_one_paragraph():
    page = ("区人大常委会2031年工作总结\n"
            "一、主要工作\n全年听取审议专项工作报告9项,组织代表视察14次。\n"
            "二、存在的问题\n部分监督工作仍存在不足,跟踪问效不够。区人大将聚焦群众关心的热点难点问题,每季度组织一次代表视察。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]
    assert starts(page)["下一步"].startswith("区人大将聚焦")


def test_we_will_improve_after_the_problems_of_a_year_report():
    page = ("县档案局2031年度政府信息公开工作年度报告\n"
            "一、主动公开政府信息情况\n全年主动公开政府信息86条。\n"
            "二、存在的主要问题及改进情况\n信息公开主要存在更新不及时、专人管理不足等问题。我们在今年的工作中,将进一步改进,"
            "加强信息公开人员业务培训。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


def test_a_consequence_with_将_stays_a_problem():
    # look-alike: 将 of what the problem will cause
    page = ("县交通局2031年工作总结\n"
            "一、主要工作\n全年完成农村公路改造46公里。\n"
            "二、存在问题\n受征地影响,部分项目进度滞后。二号桥工程将延期至明年汛后,将影响全线通车。\n")
    assert named(page) == ["主要做法", "存在问题"]


def test_a_work_reports_stock_close_of_its_problems_stays_a_problem():
    # look-alike: "对此,我们将…认真加以解决" closes the problems part of a work report
    page = ("县政府工作报告\n"
            "一、2031年工作回顾\n全年地区生产总值增长6.1%。\n"
            "二、存在的问题\n经济结构还不够合理,民生领域还有短板。对此,我们将采取有力措施,认真加以解决。\n")
    assert named(page) == ["主要做法", "存在问题"]
