"""Round 14 (sec14): where the directives of meeting news start and what they are labelled: each class a case
it must catch and a look-alike it must leave alone. All text made up."""
from reportnlp.api import process


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 8]) for s in part.get("sections")]


_LEAD = "4月2日,枫岭街道党工委召开2030年度党组织书记述职评议会,会议由党工委书记邵青岚主持。\n"


# (1) a comment that grants results and names shortfalls, then announces suggestions or requirements with
# their number and 具体 (or as 建议): the list is the work to come, not the problems
def test_comment_announcing_numbered_suggestions_opens_the_plans():
    page = _LEAD + ("邵青岚对各位书记的述职逐一作了点评,在充分肯定成绩的同时指出了组织生活不够规范等不足,"
                    "对2031年工作提出了两个方面的具体建议:一是要推行“网格+支部”的工作方式;二是要建好支部台账。\n")
    assert ("下一步", "邵青岚对各位书记") in sections(page)


def test_comment_naming_shortfalls_without_a_list_stays_problems():
    page = _LEAD + ("邵青岚对各位书记的述职逐一作了点评,在充分肯定成绩的同时指出了组织生活不够规范、"
                    "党员教育方式单一等不足。\n")
    assert ("下一步", "邵青岚对各位书记") not in sections(page)


# (2) a paragraph that opens with the meeting's deployment (会议就…任务进行部署安排。) and reports the directives
# after it (会议强调,要…): the plans start with the deployment sentence, not a sentence late
def test_deployment_sentence_opens_the_plans_paragraph():
    page = ("6月3日上午,镇长杭明远主持召开镇政府第9次常务会议,镇领导班子成员出席会议。\n"
            "会议就做好当前防汛和项目建设各项工作任务进行部署安排。会议强调,要加强汛期值守,"
            "各站所要在6月15日前完成隐患排查。\n")
    assert ("下一步", "会议就做好当前防") in sections(page)


def test_deployment_told_with_figures_done_is_not_an_intro_sentence():
    # the same opening words over work already done: no plans start there
    page = ("6月3日上午,镇长杭明远主持召开镇政府第9次常务会议,镇领导班子成员出席会议。\n"
            "会议就上半年防汛工作任务进行了总结。上半年共排查隐患126处,整改完成118处。\n")
    assert all(label != "下一步" for label, _ in sections(page))


# (3) the meeting or a speaker directs with an object clause, the points listed after the colon, after the
# scene's clauses in the same sentence
def test_directive_with_listed_points_after_scene_clauses_opens_the_plans():
    page = ("5月9日,两名选派干部到任白石村、青松村党支部书记,两村党员参加了见面会。\n"
            "会上,两位新任书记作了表态发言,原村干部表示全力支持,会议着重强调新任书记到岗后要尽快打开局面:"
            "一是班子建设要有新面貌;二是产业发展要有新思路;三是服务群众要有新举措。\n")
    assert ("下一步", "会上,两位新任书") in sections(page)


def test_requirement_followed_with_listed_work_done_is_left_alone():
    page = ("5月9日,白石村召开党员大会,村党支部书记主持会议。\n"
            "会上,按照镇党委要求,村支书汇报了上半年做的以下工作:一是修缮了村道3公里;二是新建了文化广场1处。\n")
    assert ("下一步", "会上,按照镇党委") not in sections(page)


# (4) requirements announced with a colon and told as prose (no 一是) whose first clause directs
def test_requirements_announced_then_told_as_prose_open_the_plans():
    page = ("8月11日,城南镇召开重点工作调度会,镇领导班子成员参加会议。\n"
            "会上,各分管领导分别通报了分管领域的工作。\n"
            "最后,镇党委书记葛遥对各项工作提出了要求:防汛是当前的头等大事,各村要落实24小时值班,"
            "做到人员在岗。葛遥强调,各站所要压实责任。\n")
    assert ("下一步", "最后,镇党委书记") in sections(page)


def test_requirements_heard_not_directed_are_left_alone():
    # a colon after 要求 that tells what the requirements were about, no directive follows in the clause
    page = ("8月11日,城南镇召开重点工作调度会,镇领导班子成员参加会议。\n"
            "会上,各分管领导分别通报了分管领域的工作。\n"
            "最后,镇党委书记葛遥对各项工作提出了要求:防汛、安全生产、秸秆禁烧三项工作。大家认真做了记录。\n")
    assert ("下一步", "最后,镇党委书记") not in sections(page)


# (5) reported words that only frame the work (X是一项系统工程,任务艰巨) tell no topic; the directive that follows
# them in the next sentence (各单位要认真落实…) opens the plans with the speaker's paragraph
_PUSH = "近日,青岚县乡村建设示范镇工作推进会在白溪镇召开,县直有关单位负责人参加会议。\n"


def test_framing_reported_words_then_a_directive_open_the_plans():
    page = _PUSH + ("会议指出,示范镇建设是一项系统工程,涉及面广,任务艰巨。各有关单位要认真落实县委部署,"
                    "全力配合白溪镇做好各项工作。\n")
    assert ("下一步", "会议指出,示范镇") in sections(page)


def test_framing_reported_words_then_results_are_left_alone():
    page = _PUSH + ("会议指出,示范镇建设是一项系统工程,涉及面广,任务艰巨。上半年,白溪镇完成道路硬化12公里,"
                    "新建游园3处。\n")
    assert ("下一步", "会议指出,示范镇") not in sections(page)


# (6) a unit reporting its plans at the meeting (汇报了…的工作思路) tells no work done: the closing procedure after
# the directives opens no review there; a unit reporting its results still does
def test_unit_reporting_its_plans_opens_no_review():
    page = _PUSH + ("会议要求,各有关单位要全力配合白溪镇做好各项工作。\n"
                    "会上,白溪镇汇报了关于落实县领导调研指示精神的工作思路;与会人员分别作了交流发言。\n")
    assert all(label != "主要做法" for label, _ in sections(page))


def test_unit_reporting_its_results_still_opens_the_review():
    page = _PUSH + ("会上,白溪镇汇报了上半年示范镇建设进展,完成道路硬化12公里,新建游园3处。\n"
                    "会议要求,各有关单位要全力配合白溪镇做好各项工作。\n")
    assert ("主要做法", "会上,白溪镇汇报") in sections(page)


def test_reported_problems_then_a_directive_stay_problems_first():
    # words a problem cue reads keep their label; the directive after them turns to the plans in its sentence
    page = _PUSH + ("钟鸣远在讲话中指出,当前创建工作还面临资金缺口大、群众参与不足等问题。他要求各有关单位要主动靠前,"
                    "全力配合白溪镇做好各项工作。\n")
    got = sections(page)
    assert ("存在问题", "钟鸣远在讲话中指") in got and ("下一步", "他要求各有关单位") in got


# (7) requirements for the period ahead told as made ("县长对今后工作提出了明确要求。各单位要…"): the plans start there
_HOST = ("同志们:\n这次全县防汛工作会议是县政府决定召开的,主要任务是分析形势、部署工作。\n"
         "会议的议程就进行到这里。刚才,水利局局长通报了汛情,县长作了全面部署。\n")


def test_requirements_for_the_period_ahead_open_the_plans():
    page = _HOST + "县长对今后工作提出了明确要求。各乡镇、各部门要按照会议精神,认真抓好落实,做到责任到位。\n"
    assert ("下一步", "县长对今后工作提") in sections(page)


def test_requirements_of_a_past_year_carried_out_are_left_alone():
    page = _HOST + "县长对2029年工作提出的要求已全部落实,全县未发生一起溺水事故。\n"
    assert ("下一步", "县长对2029年工") not in sections(page)
