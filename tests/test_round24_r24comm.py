"""Round 24 (r24comm): commitment, deadline and indicator classes found on real plan pages of unseen hosts, each
with must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of, names, run


def _texts(page: str) -> list[str]:
    return [t for t, _ in commitments(page)]


def _has(page: str, piece: str) -> bool:
    return any(piece in t for t in _texts(page))


# --- a list of dash bullets after a lead-in that announces its parts ahead, or names a body's tasks -----------------

DASH_ASPECTS = ("桐林县2026年政府工作安排\n"
                "一、稳住工业基本盘\n"
                "2025年,全县规上工业增加值增长6.1%,新增规上企业14家。为了延续这一势头,我们将重点推进以下几个方面:\n"
                "- 加快东区工业园道路和管网配套建设;\n"
                "- 推动纺织企业开展数字化车间改造;\n"
                "- 健全重点企业包联服务机制。\n")

DASH_TASKS = ("关于成立防汛工作专班的方案\n"
              "为做好今年防汛工作,现成立防汛工作专班。\n"
              "二、主要任务\n"
              "专班的主要任务包括:\n"
              "- 制定山洪灾害转移避险预案;\n"
              "- 组织汛前隐患点拉网式排查;\n"
              "- 调度抢险物资和队伍;\n"
              "- 汇总上报每日雨情水情。\n")


def test_dash_bullets_after_an_aspects_lead_in_are_commitments():
    for piece in ("加快东区工业园道路和管网配套建设", "推动纺织企业开展数字化车间改造", "健全重点企业包联服务机制"):
        assert _has(DASH_ASPECTS, piece), piece


def test_dash_bullets_after_main_tasks_are_commitments():
    for piece in ("制定山洪灾害转移避险预案", "组织汛前隐患点拉网式排查", "调度抢险物资和队伍", "汇总上报每日雨情水情"):
        assert _has(DASH_TASKS, piece), piece


def test_lead_in_year_of_the_review_sentence_dates_no_bullet():
    # "2025年" dates what was done in the sentence before the announcing one, not the list
    assert deadline_of(DASH_ASPECTS, "健全重点企业包联服务机制") is None


def test_dash_bullets_of_results_stay_out():
    # a lead-in that lists what was achieved: its items are past work, not plans
    page = ("桐林县2025年工作总结\n"
            "一年来,全县主要成绩如下:\n"
            "- 新建了东区工业园道路3.2公里;\n"
            "- 已完成纺织企业数字化车间改造9家;\n"
            "- 取得了省级文明县城称号。\n")
    assert commitments(page) == []


def test_a_lead_in_announcing_work_with_item_titles_keeps_titles_out():
    # "重点做好以下工作:" over titled items ("抓好…。body") is no dash list: a title stays no measure of its own
    page = ("县中医院2026年工作安排\n"
            "2026年,医院将围绕创建三级中医医院目标,重点做好以下工作:\n"
            "抓好学科建设。年内新建省级重点专科2个,引进学科带头人3名。\n"
            "改善就医体验。6月底前开设周末门诊,推行检查结果互认。\n")
    assert not any(t.strip("。") in ("抓好学科建设", "改善就医体验") for t in _texts(page))


# --- plan documents named without a year, by a 范文 preface, by "特制定…计划", or a year's 目标责任书 ------------------

PLAN_NO_YEAR = ("【社区年度工作计划】新的一年到来,结合本社区的实际情况和居民需求,制定了本年度工作计划。\n"
                "首先,在环境整治方面,要清理楼道堆物。\n"
                "同时,针对老旧小区,将逐步加装电梯。\n"
                "此外,还将组织垃圾分类宣传进楼栋。\n"
                "另外,定期开展消防安全检查,排除火灾隐患。\n")

PLAN_SET_UP = ("为深入开展“健康社区”创建活动,结合本社区实际,特制定本年度“健康社区”创建工作计划。\n"
               "一、主要内容\n"
               "1、成立创建工作领导小组。\n"
               "2、组建一支健康生活方式指导员队伍。\n"
               "3、在社区活动室设立健康自测点。\n")


def test_a_plan_named_without_a_year_plans_its_parts():
    assert _has(PLAN_NO_YEAR, "还将组织垃圾分类宣传进楼栋")
    assert _has(PLAN_NO_YEAR, "定期开展消防安全检查")


def test_a_plan_set_up_by_its_opening_plans_its_items():
    for piece in ("成立创建工作领导小组", "组建一支健康生活方式指导员队伍", "在社区活动室设立健康自测点"):
        assert _has(PLAN_SET_UP, piece), piece


def test_a_review_that_names_the_year_plan_reviews():
    # the plan is the yardstick of work done: "按照年度工作计划…完成了", "圆满完成年度工作计划"
    page = ("按照年度工作计划,社区今年开展了以下工作。\n"
            "1、成立了创建工作领导小组。\n"
            "2、组建了一支健康生活方式指导员队伍。\n"
            "3、在社区活动室设立了健康自测点。\n")
    assert commitments(page) == []
    page2 = ("今年社区圆满完成年度工作计划,各项工作扎实推进。\n"
             "1、成立创建工作领导小组,书记任组长。\n"
             "2、在社区活动室设立健康自测点。\n")
    assert commitments(page2) == []


def test_a_responsibility_signed_in_a_speech_is_no_plan_title():
    # "签订了目标责任书" in a speech's opening names no plan document: its review stays a review
    page = ("在全县安全生产目标考核部署会上的讲话\n"
            "今天召开这次会议,刚才县政府与各乡镇签订了目标责任书。\n"
            "一、成绩要肯定\n"
            "去年全县生产安全事故起数下降12%,较大事故为零。\n")
    assert commitments(page) == []


# --- a schedule cell that runs its tasks by period ----------------------------------------------------------------

SCHEDULE_CELL = ("根据县委年度部署,现将县科协2026年工作计划分季安排如下。\n"
                 "工作任务 | 目标及质量要求 |\n"
                 "科普活动(40分) | 第一季度:举办科技活动周启动仪式1次(8分);开展科普进校园活动(7分)。 "
                 "第二季度:组织全国科技工作者日座谈会(8分);评选优秀科普基地2个(8分)。 "
                 "第三季度:开展农村实用技术培训3期(9分)。 |\n")

SCHEDULE_MONTHS = ("县图书馆2026年阅读推广工作计划\n"
                   "一、活动安排\n"
                   "全年安排如下:3月:开展“书香三八”女性阅读沙龙;组织春季读书会。 "
                   "4月:举办世界读书日主题展览;开展图书漂流进社区。 "
                   "9月:开展开学季亲子共读活动。\n")


def test_schedule_cell_tasks_are_commitments_dated_by_their_quarter():
    assert deadline_of(SCHEDULE_CELL, "开展科普进校园活动") == "第一季度"
    assert deadline_of(SCHEDULE_CELL, "评选优秀科普基地2个") == "第二季度"
    assert deadline_of(SCHEDULE_CELL, "开展农村实用技术培训3期") == "第三季度"


def test_schedule_by_month_dates_each_task_by_its_month():
    assert deadline_of(SCHEDULE_MONTHS, "组织春季读书会") == "3月"
    assert deadline_of(SCHEDULE_MONTHS, "开展图书漂流进社区") == "4月"


def test_a_review_by_quarter_stays_a_review():
    page = ("县科协2025年工作总结\n"
            "一年来,各项工作按季推进。第一季度:举办了科技活动周启动仪式;开展了科普进校园活动。 "
            "第二季度:组织了科技工作者日座谈会;评选了优秀科普基地2个。\n")
    assert commitments(page) == []


# --- years that name a document, and time words of a quoted slogan, date no measure -------------------------------

def test_a_year_inside_a_document_title_is_no_deadline():
    page = ("关于印发《2026年县〈政府工作报告〉重点任务分解方案》的通知\n"
            "各乡镇人民政府,县政府各部门:\n"
            "现将《2026年县〈政府工作报告〉重点任务分解方案》印发给你们,有关要求如下:\n"
            "一要压实责任抓落实。各牵头单位要逐项制定推进计划,明确责任人。\n"
            "二要加强调度抓落实。县政府督查室将建立任务台账,实行销号管理。\n")
    assert deadline_of(page, "逐项制定推进计划") is None
    assert deadline_of(page, "建立任务台账") is None


def test_a_year_before_the_document_it_names_is_no_deadline():
    page = ("关于抓好政府工作报告任务落实的通知\n"
            "各乡镇人民政府:\n"
            "请对照2026年《政府工作报告》明确的重点任务,按分工表认真推进,具体要求是:\n"
            "一要把责任扛起来。各乡镇对照分工表,逐项细化工作措施。\n"
            "二要把节奏抓起来。各部门全力冲刺一季度“开门红”。\n")
    assert deadline_of(page, "逐项细化工作措施") is None
    assert deadline_of(page, "冲刺一季度") == "一季度"


def test_a_year_that_dates_the_work_stays_a_deadline():
    page = ("县农业农村局2026年工作要点\n"
            "一、重点任务\n"
            "1.2026年底前建成高标准农田1.2万亩。\n"
            "2.力争2026年新增省级龙头企业2家。\n")
    assert deadline_of(page, "建成高标准农田") == "2026年底前"


SLOGAN_STEPS = ("关于做好民生实事推进工作的通知\n"
                "各街道办事处:\n"
                "一、各牵头单位要严格落实“年初定项、年中督查、年底验收”的要求,逐项制定实施方案。\n"
                "二、区政府办公室将按照“月初报计划、月中查进度、月末晒成绩”的方式开展跟踪督查。\n")


def test_time_words_of_a_quoted_slogan_date_no_measure():
    assert deadline_of(SLOGAN_STEPS, "逐项制定实施方案") != "年底"
    assert deadline_of(SLOGAN_STEPS, "开展跟踪督查") is None


def test_a_quoted_deadline_phrase_without_parallel_steps_stays():
    # a quotation of one phrase is no slogan of steps: "“年底前清零”" dates its measure
    page = ("关于做好欠薪治理工作的通知\n"
            "各乡镇人民政府:\n"
            "一、各乡镇要对在建项目欠薪问题实行“年底前清零”,逐一建立台账。\n"
            "二、县人社局将于6月底前开展一次专项检查。\n")
    assert deadline_of(page, "逐一建立台账") == "年底前"
    assert deadline_of(page, "开展一次专项检查") in ("于6月底前", "6月底前")


# --- metrics: a task's weight in its own brackets; each project's 总投资 in a list; 分贝 ------------------------------

def test_task_weights_in_brackets_are_no_metrics():
    got = names(SCHEDULE_CELL)
    assert 40 not in got and 7 not in got and 9 not in got  # the weights (40分), (7分), (9分)
    assert got[2] == "评选优秀科普基地"  # the task's own count stays
    page = ("党工委2026年度目标责任书\n"
            "工作任务 | 目标要求 |\n"
            "招商引资到位资金(6分) | 全年引进到位资金800万元。 |\n")
    got = names(page)
    assert 6 not in got and got[800] == "引进到位资金"


def test_a_heading_weight_and_a_bracketed_score_stay_metrics():
    # a part's points on its own heading line stay (the corpora count them), and so does a score reported in brackets
    page = ("镇环境卫生考核办法\n"
            "三、考核内容及评分标准(满分100分)\n"
            "1.保洁队伍(15分)。按每300户配备1名保洁员。\n"
            "2.垃圾收运(25分)。垃圾日产日清。\n")
    assert 15 in names(page)
    page2 = "今年,全镇群众满意度综合测评(92分);排名全县第三。\n"
    assert 92 in names(page2)


def test_each_project_investment_in_a_list_is_named_investment():
    page = ("我县四季度重点项目集中开工\n"
            "本次开工的项目包括总投资26亿元的光伏组件产业园和总投资9亿元的冷链物流中心等产业项目,"
            "以及总投资5亿元的县医院住院楼、总投资3亿元的城东学校等民生项目。\n")
    got = names(page)
    assert got[26] == "总投资" and got[9] == "总投资" and got[5] == "总投资" and got[3] == "总投资"


def test_investment_named_by_its_subject_keeps_it():
    got = names("今年全县固定资产投资完成96亿元,项目总投资达到320亿元。\n")
    assert got[96] == "固定资产投资完成" or got[96].startswith("固定资产投资")
    assert got[320].endswith("总投资")


def test_decibels_are_not_points():
    page = ("社区创建工作计划\n"
            "力争经治理使社区内噪声达到昼间55分贝,夜间45分贝。社区综合考评得分92分。\n")
    result = run(page)
    units = {m.value: m.unit for d in result.documents for m in d.metrics}
    assert units.get(55) != "分" and units.get(45) != "分"
    assert units.get(92) == "分"


# --- a plan's paragraphs opened by sequence words are parts of one list of plans ---------------------------------

SEQUENCE_PLAN_1 = ("【关于社区年度工作计划】新的一年已经开始,为进一步做好社区服务工作,结合本社区的实际情况和居民需求,制定了一份年度工作计划。\n"
                   "首先,在环境整治方面,我们将重点推进背街小巷的清理整治,对楼道堆物、飞线充电等问题开展集中清理。同时,针对无物业小区,将逐步引入准物业管理,改善居住环境。\n"
                   "其次,在为老服务上,我们将扩大助餐点覆盖范围,为辖区80岁以上老人提供上门助浴服务。此外,还将组织志愿者结对帮扶独居老人,每月至少走访一次。\n"
                   "在文体活动方面,计划全年举办邻里节、广场舞大赛等活动12场。同时,还将开设社区四点半课堂,解决双职工家庭孩子放学后无人照看的问题。\n"
                   "另外,平安建设也是本年度的重点。我们将加强夜间巡逻,完善小区出入口的监控设施。同时,定期开展反诈宣传,提高居民的防骗意识。\n"
                   "最后,在服务能力方面,将进一步推行“一窗通办”,让居民办事少跑腿。\n")
SEQUENCE_PLAN_2 = ("【关于小区年度工作计划】新的一年已经到来,为进一步做好小区治理工作,结合本小区的实际情况和业主需求,制定了一份年度工作计划。\n"
                   "首先,在停车管理方面,我们将重点推进地面车位的划线整治,对占用消防通道、僵尸车等问题开展集中清理。同时,针对充电难问题,将逐步建设集中充电棚,方便电动车充电。\n"
                   "其次,在绿化养护上,我们将扩大补植复绿范围,为小区中心花园增设休闲座椅。此外,还将组织业主志愿者认领绿地,每月至少开展一次养护。\n"
                   "在邻里活动方面,计划全年举办读书会、亲子运动会等活动10场。同时,还将开设小区共享工具间,解决业主临时借用工具的问题。\n"
                   "另外,消防安全也是本年度的重点。我们将加强楼道巡查,完善高层住宅的消防设施。同时,定期开展消防演练,提高业主的逃生能力。\n"
                   "最后,在物业服务方面,将进一步推行“接诉即办”,让业主诉求快回应。\n")


def test_a_sequence_opened_plan_paragraph_is_a_commitment():
    # 首先/其次 paragraphs of a plan whose other measures are commitments: the classifier scores them just under
    assert _has(SEQUENCE_PLAN_1, "我们将重点推进背街小巷的清理整治")
    assert _has(SEQUENCE_PLAN_2, "我们将重点推进地面车位的划线整治")


def test_a_sequence_opened_review_paragraph_stays_out():
    page = ("村2025年工作总结\n"
            "一年来,村两委团结带领群众,各项工作取得了明显成效。\n"
            "首先,在产业发展方面,我们重点推进了高山茶园提质改造,完成老茶园品种更新800亩。\n"
            "其次,在乡风文明方面,全年开展了道德讲堂活动6场。\n"
            "最后,在便民服务方面,推行了代办服务,群众办事少跑腿。\n")
    assert commitments(page) == []
