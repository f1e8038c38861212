"""Round 31 (r31comm): commitments and deadlines on real pages of meeting news, schemes, notices and story quotes.

Every text here is invented; each class has must-catch tests in two phrasings and look-alikes that must stay as they are.
"""
from reportnlp.api import extract_text


def _commitments(text):
    return [c for d in extract_text(text).documents for c in d.commitments]


def _deadline_of(text, words):
    found = [c for c in _commitments(text) if words in c.text]
    assert found, f"no commitment holds {words!r}"
    return found[0].deadline


def _has(text, words):
    return any(words in c.text for c in _commitments(text))


# 1. A month, quarter or half year a sentence observes ("上半年即将过去", "二季度是…的关键窗口") dates nothing.

def test_observed_half_year_dates_no_later_directive():
    text = ("6月12日,梧岭区召开重点工作调度会,区委书记主持会议。\n"
            "会议指出,上半年即将过去,各单位要对标全年目标,确保各项指标实现时间过半、任务过半。\n"
            "区长强调,要集中力量推进重点项目,确保按时按质完成市定任务。\n"
            "要严格落实安全生产责任,守牢不发生重大事故的底线。\n")
    assert _deadline_of(text, "集中力量推进重点项目") is None
    assert _deadline_of(text, "严格落实安全生产责任") is None


def test_observed_quarter_as_subject_dates_nothing():
    text = ("4月3日,桑河县召开一季度经济运行分析会。\n"
            "县长指出,二季度是实现双过半的关键窗口,形势越是复杂,越要保持定力。\n"
            "县长强调,要紧盯重点项目,对滞后项目实行专班推进。要抓好工业稳产,对规上企业开展上门服务。\n")
    assert _deadline_of(text, "抓好工业稳产") is None


def test_month_observed_in_a_wish_is_no_deadline():
    text = ("5月8日,鹭汀公司召开5月份部门工作会议。\n分管领导对本月工作作出要求。\n"
            "五月,是第二个季度的第二个月,希望全体同事努力工作,按经营计划的时序进度,全面完成2031年既定任务。\n")
    assert _deadline_of(text, "全面完成2031年既定任务") == "2031年"


def test_lookalike_year_frame_still_dates_its_measures():
    text = "今年是三年攻坚行动的收官之年。要加快推进滨河路改造工程,确保全面完工。\n"
    assert _deadline_of(text, "加快推进滨河路改造工程") == "今年"


def test_lookalike_fronted_half_year_keeps_its_deadline():
    text = "会议要求,上半年要完成老旧小区改造摸底,下半年全面开工。\n"
    assert _deadline_of(text, "完成老旧小区改造摸底") == "上半年"


# 2. The year's targets a section's opening sentence names ("对照全年目标") are no deadline of its later paragraphs.

def test_year_targets_named_in_opening_sentence_date_no_later_paragraph():
    text = ("1月3日,市长主持召开月调度会,总结前阶段工作,安排下阶段任务。市长说,要认真对照全年目标,奋力实现开门红。\n"
            "会上,副市长分别发言。\n"
            "市长强调,要全力抓好扫尾工作,确保高质量完成相关任务。要全面铺开项目攻坚活动,推动更多项目落地。\n")
    assert _deadline_of(text, "全面铺开项目攻坚活动") is None
    assert _deadline_of(text, "全力抓好扫尾工作") is None


def test_year_targets_after_observed_half_year_date_no_later_directive():
    text = ("7月6日,青枫县召开目标考核推进会。\n"
            "县长强调,下半年是冲刺全年目标的关键期,各部门要对照考核指标逐项梳理。县考核办要建立周调度机制。"
            "县统计局要加强数据质量审核,确保数据真实准确。\n")
    assert _deadline_of(text, "县统计局要加强数据质量审核") is None


def test_lookalike_year_targets_keep_their_own_sentence_deadline():
    text = "会议要求,各单位要紧盯全年目标任务,细化工作举措。\n"
    assert _deadline_of(text, "紧盯全年目标任务") == "全年"


def test_lookalike_announced_plans_keep_the_section_time():
    text = ("二、下半年工作打算\n"
            "下半年,我局将重点做好以下工作:\n"
            "一是加快推进城区排涝管网建设。\n"
            "二是完成三个社区的养老服务站改造。\n")
    assert _deadline_of(text, "完成三个社区的养老服务站改造") == "下半年"


# 3. A scheme that names itself near its top ("制定如下实施方案:", a 范文 preface "…整理的…方案") is a plan document.

_SCHEME_BODY = ("一、指导思想\n\n"
                "以安全发展理念为指导,强化企业主体责任,减少各类安全事故。\n\n"
                "二、工作目标及主要内容\n\n"
                "(一)消防安全知识大宣传。充分利用宣传栏、广播等形式宣传消防法规和典型案例,营造人人讲安全的氛围。\n\n"
                "(二)消防隐患大排查。在辖区商户中深入开展隐患排查治理,做到隐患整改率100%。\n\n")


def test_scheme_announced_by_its_opening_line_is_plans():
    text = "为切实做好辖区冬季消防安全工作,结合本街道实际,制定如下实施方案:\n\n" + _SCHEME_BODY
    assert _has(text, "充分利用宣传栏、广播等形式宣传消防法规")
    assert _has(text, "在辖区商户中深入开展隐患排查治理")


def test_scheme_named_by_a_fanwen_preface_is_plans():
    text = "范文站整理的消防整治方案(精选3篇),供大家参考借鉴。\n\n消防整治方案 篇1\n\n" + _SCHEME_BODY
    assert _has(text, "充分利用宣传栏、广播等形式宣传消防法规")


def test_lookalike_review_that_made_a_scheme_stays_a_review():
    text = ("今年以来,我街道制定了冬季消防安全实施方案,取得了明显成效。\n\n"
            "一、主要做法\n\n"
            "(一)消防安全知识宣传。利用宣传栏、广播等形式宣传消防法规,发放资料3000余份。\n\n")
    assert not _has(text, "利用宣传栏、广播等形式宣传消防法规")


# 4. A scheme's step heading near the top of a page that lost its title ("四、实施步骤") makes it a plan document.

def test_step_heading_near_top_makes_a_plan():
    text = ("车辆按规划车位停放整齐,严禁乱停乱放。\n四、实施步骤\n"
            "第一阶段宣传发动阶段。各村委会按照行动目标,制定具体工作方案,明确工作重点。\n"
            "第二阶段集中整治阶段。镇领导小组开展检查,通报整治进展情况。\n")
    assert _has(text, "镇领导小组开展检查")


def test_step_heading_in_other_words_makes_a_plan():
    text = ("……各社区做好宣传准备。\n三、工作步骤\n"
            "第一阶段摸底排查阶段。各社区对辖区内空置房屋逐户登记造册,建立管理台账。\n"
            "第二阶段整改提升阶段。街道工作组对排查出的问题开展督查,通报各社区整改情况。\n")
    assert _has(text, "各社区对辖区内空置房屋逐户登记造册")


def test_lookalike_review_that_followed_its_steps_stays_a_review():
    text = ("按照实施步骤,我镇开展了环境整治行动。\n"
            "一、主要做法\n镇领导小组开展了三轮检查,通报了整治进展情况。\n")
    assert not _has(text, "镇领导小组开展了三轮检查")


# 5. A leader's requirement list announced before 一是 inside a run-on paragraph: its one-sentence items are directives.

def test_required_list_on_lines_after_colon():
    text = ("9月20日上午,我县召开三秋生产动员会。会上,副县长对三夏工作进行了总结。最后,县委书记要求各部门、各镇:\n"
            "一是进一步提高认识,充分认识秋季农业生产的基础地位;\n"
            "二是明确分工,认真做好秋播备种、秸秆离田、农机调度等各项工作;\n"
            "三是强化领导,压实责任,严格考核,确保全县三秋工作有序开展。\n")
    assert _has(text, "二是明确分工,认真做好秋播备种")
    assert _has(text, "三是强化领导,压实责任,严格考核")


def test_required_list_after_emphasis_run_on():
    text = ("会后,县长对当前重点工作进行了强调:一是加强防汛值守,落实24小时值班制度;"
            "二是加快推进重点工程,确保按进度完成;三是扎实做好信访维稳工作,维护社会和谐稳定。\n")
    assert _has(text, "三是扎实做好信访维稳工作")


def test_lookalike_titled_items_with_bodies_stay_titles():
    text = ("副县长在讲话中提出三点要求:一是认识要再提高。要切实认识到春耕备耕是全年农业工作的关键一环。"
            "二是措施要再细化。要对照任务清单,把高标准农田建设措施定得更细。三是责任要再压实。"
            "各乡镇要落实责任体系,全面完成会议安排的各项工作任务。\n")
    assert not _has(text, "一是认识要再提高")


def test_lookalike_problem_list_after_a_remark_stays_out():
    text = ("副县长指出:一是思想重视程度不一;二是工作措施落实不一;三是推进进度不一。\n")
    assert not _commitments(text)


# 6. An arrangement told as "…进行强调部署。" over its 一是 list is its lead-in.

def test_emphasised_arrangement_over_its_list():
    text = ("1月8日,市文旅局召开全市文旅系统务虚会。局长主持会议并讲话。\n"
            "局长围绕“八个方面”,就2032年度工作进行强调部署。\n"
            "一是大势再研判。要精准把握文旅消费恢复的新特点,敏锐捕捉发展机遇。二是思想再统一。要把思想统一到全市"
            "文旅工作会议的部署上来。三是品牌再打响。要加强与周边城市的合作,推出一批精品线路。\n")
    assert _has(text, "要精准把握文旅消费恢复的新特点")
    assert _has(text, "要把思想统一到全市")


def test_lookalike_story_that_goes_on_to_results_after_an_arrangement():
    text = ("会议对2032年度工作进行强调部署。\n"
            "据统计,2031年全市接待游客1200万人次,同比增长8%。\n")
    assert not _has(text, "全市接待游客")


# 7. A pledge quoted in a story lifts its measures after the pledge.

def test_quoted_first_person_pledge():
    text = ("近日,在青石镇基层党建述职评议会上,各村党支部书记逐一述职。\n"
            "“我将带着村里党员干部拧成一股绳,逐项对标创星,力争让五星支部在柳塘村落地。”柳塘村党支部书记充满信心地说。\n")
    assert _has(text, "我将带着村里党员干部拧成一股绳")


def test_quoted_pledge_gate_is_the_rules_own_first_person():
    # the pass skips a report only when it lacks every first-person word quote_pledge can match: a quotation in
    # 咱们 with no 我 anywhere is still looked at
    from reportnlp.patterns import may_match
    from reportnlp.stages.commitments import _cfg

    gate = _cfg()["quote_pledge_gate"]
    assert may_match(gate, "“咱们一定把村集体经济这块短板补上,力争年底前分红。”")
    assert not may_match(gate, "“村里的果子再也不愁卖了。”村民老周笑着说。")
    assert _cfg()["quote_pledge"].search("“咱们一定把短板补上”")


def test_quoted_work_target_with_later_clauses():
    text = ("近日,在青石镇基层党建述职评议会上,各村党支部书记逐一述职,镇党委书记逐一点评。\n"
            "石桥村党支部书记明确了工作目标:“在我们看来,要以创建五星支部为抓手,成立劳务合作社,组织村民外出务工;"
            "成立果蔬专业合作社,建设冷链仓储中心,带领群众共同致富!”\n")
    assert _has(text, "成立果蔬专业合作社,建设冷链仓储中心")


def test_lookalike_quoted_review_before_the_pledge_stays_out():
    text = ("报告原文摘录\n"
            "“过去一年,我们坚持把民生实事作为检验政府工作的标尺,县财政用于民生的支出占比达到78.6%,"
            "年初承诺的实事全部办结。新的一年,我们将以更大力度抓招商、上项目。”\n")
    assert not _has(text, "县财政用于民生的支出占比达到78.6%")


def test_lookalike_quote_without_a_pledge_stays_out():
    text = ("“去年我们村建成了冷库,村里的果子再也不愁卖了。”村民老周笑着说。村里还组织了三期技能培训,参训村民120人次。\n")
    assert not _commitments(text)


# 8. A time of day between a date or weekday and 前 is part of the deadline.

def test_weekday_with_time_of_day_before_qian():
    text = "各县信息报送单位要在每周三中午12时前报送上周工程进展情况。\n"
    assert _deadline_of(text, "报送上周工程进展情况") == "每周三中午12时前"


def test_date_with_afternoon_hour_before_qian():
    text = "请各单位于6月18日下午5时前将自查报告报送局办公室。\n"
    assert _deadline_of(text, "将自查报告报送局办公室") == "于6月18日下午5时前"


def test_lookalike_time_of_day_without_qian_is_no_deadline_part():
    text = "下一步,我局将于6月18日上午召开防汛工作推进会,部署汛期安全检查工作。\n"
    assert _deadline_of(text, "召开防汛工作推进会") == "于6月18日"
