"""Round 29 (r29comm): commitment and deadline classes found on real pages of unseen hosts (mid-year reviews with a
forecast of completion, school notices with break and return times, 民生实事 通报 whose review ends on a plan word,
a portal notice whose date lost its 年 and 月, a notice item whose directive goes on without a modal), each with
must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of, has_commitment


def review(*lines: str) -> str:
    """A short mid-year review: a title, a review heading and the given lines."""
    return "柳河镇2031年上半年工作总结\n一、上半年主要工作\n" + "\n".join(lines) + "\n"


def notice(*lines: str) -> str:
    """A short notice: a title, its addressees, a lead-in and the given lines."""
    return ("关于做好2031年春季学期开学工作的通知\n各镇中心学校,县直各学校:\n"
            "为做好春季学期开学工作,现就有关事项通知如下。\n" + "\n".join(lines) + "\n")


# --- a forecast that a work under way ends in a month to come: a commitment in a review too ------------------------

def test_a_forecast_month_of_handover_in_a_review_is_a_commitment():
    page = review("(一)重点项目稳步推进。滨河安置小区12栋住宅主体已全部封顶,室外管网完成60%,预计8月底分批交付使用。"
                  "农贸市场改造进展顺利。")
    assert has_commitment(page, "预计8月底分批交付使用")
    assert deadline_of(page, "分批交付使用") == "8月底"


def test_a_forecast_month_in_a_run_on_review_in_other_words():
    page = review("(二)基础设施提档升级。环镇公路已完成路基工程,预计10月竣工,东片供水站一期已投入运行,二期正在招标。")
    assert has_commitment(page, "预计10月竣工")
    assert deadline_of(page, "预计10月竣工") == "10月"


def test_lookalike_an_estimated_result_with_its_figure_stays_a_result():
    page = review("(三)经济指标平稳。预计全年完成规上工业产值3.6亿元,同比增长7.1%。",
                  "(四)服务群众有力。预计到年底可达2.4万人次。")
    assert not has_commitment(page, "预计全年完成规上工业产值")
    assert not has_commitment(page, "预计到年底可达2.4万人次")


# --- a break or a return still ahead dates the measure (as 开学前 did) -------------------------------------------------

def test_before_the_break_dates_the_schools_directive():
    page = notice("一、加强安全教育。放假前,各校要利用班会和告家长书开展防溺水、防火和交通安全教育。")
    assert deadline_of(page, "开展防溺水、防火和交通安全教育") == "放假前"


def test_before_the_return_dates_the_measure_in_other_words():
    page = notice("二、做好返岗准备。各单位要在职工返岗前完成办公场所消毒和设备检修,确保按时复工。")
    assert deadline_of(page, "完成办公场所消毒和设备检修") == "返岗前"


def test_lookalike_after_the_return_or_a_return_rate_is_no_deadline():
    page = notice("三、做好开学后工作。学生返校后,各校要开展一次学情摸底,返校率要在周报中如实填报。")
    assert deadline_of(page, "开展一次学情摸底") != "返校前"
    assert not any(d and "返校" in d for _, d in commitments(page))


# --- a short review sentence that ends on a plan word but tells it done dates nothing after it ------------------------

def test_a_done_sentence_ending_on_task_does_not_date_the_next_steps():
    page = ("关于2031年柳河区为民实事办理情况的通报\n"
            "各街道、区直各部门:\n"
            "2031年区里确定的八项为民实事,均已如期完成年度任务。下一步,区政府将加快推进跨年度项目,"
            "持续补齐养老托育短板,确保项目按期投用。\n")
    assert has_commitment(page, "加快推进跨年度项目")
    assert deadline_of(page, "加快推进跨年度项目") is None


def test_a_done_sentence_ending_on_target_in_other_words():
    page = ("青石镇重点工程推进情况通报\n"
            "2031年镇级十二项重点工程总投资4.2亿元,均已实现年度目标。今后,我镇将继续抓好项目建设,着力提升集镇管理水平。\n")
    assert deadline_of(page, "抓好项目建设") is None


def test_lookalike_a_plan_title_with_its_year_still_dates_its_items():
    page = ("青石镇工作安排\n"
            "2032年确保全面完成年度任务。一是建成镇村公交首末站;二是新建标准化卫生室3个。\n")
    assert deadline_of(page, "建成镇村公交首末站") == "2032年"


# --- a date whose 年 and 月 a copy lost, its digits run together before 日前 --------------------------------------------

def test_a_run_together_date_before_ri_qian_is_read_as_written():
    page = ("关于做好区政协全会大会发言准备工作的通知\n各专委会,各界别:\n"
            "三、组织准备\n各专委会最少提交2篇书面发言,请于2031215日前发送至区政协办公室综合科。\n")
    assert deadline_of(page, "最少提交2篇书面发言") == "于2031215日前"


def test_a_run_together_date_in_other_words():
    page = ("关于报送年度工作总结的通知\n各科室:\n"
            "请各科室认真总结全年工作,于20311130日前报送局办公室,逾期不再受理。\n")
    assert deadline_of(page, "认真总结全年工作") == "于20311130日前"


def test_lookalike_a_day_count_or_a_run_together_past_date_is_no_deadline():
    page = ("关于报送年度工作总结的通知\n各科室:\n"
            "2031115日在区会议中心召开了动员会。各科室要在12月20日前完成台账整理,做好迎检准备。\n")
    assert deadline_of(page, "完成台账整理") == "在12月20日前"
    assert not any(d and "2031115" in d for _, d in commitments(page))


# --- a notice item's directive goes on in sentences without a subject or a modal ----------------------------------------

def test_the_sentences_after_a_notices_directive_are_its_measures():
    page = notice("一、做好开学准备。各校要提前研究部署开学工作,细化报到、教学和安全等环节要求。"
                  "组织教师提前集体备课,提前公布课程表和作息时间表。"
                  "督促教职工按时返岗,做好新生报到各项准备。"
                  "在学生返校前做好校舍安全排查和食堂消毒工作,确保开学秩序平稳。")
    assert has_commitment(page, "组织教师提前集体备课")
    assert has_commitment(page, "督促教职工按时返岗")
    assert has_commitment(page, "做好校舍安全排查和食堂消毒工作")


def test_the_sentences_after_a_directive_in_other_words():
    page = notice("二、强化校园安保。各校务必落实门卫值守和封闭管理,严防外来人员随意进出。"
                  "加强校园周边巡查,会同派出所排查治安隐患。"
                  "严格执行安全事故报告制度,发现险情第一时间上报县教育局。")
    assert has_commitment(page, "加强校园周边巡查")
    assert has_commitment(page, "严格执行安全事故报告制度")


def test_lookalike_past_work_after_a_directive_or_sentences_after_a_review_stay_out():
    page = notice("一、去年开学情况。去年全县开学工作平稳有序,未发生安全事故。组织教师集体备课120场次。",
                  "二、今年总体要求。各校要落实封闭管理。组织开展了3次应急疏散演练,排查隐患12处。")
    assert not has_commitment(page, "组织教师集体备课120场次")
    assert not has_commitment(page, "组织开展了3次应急疏散演练")


# --- a meeting story's arrangement told in a sentence of its own, on the line over its 一是 list ------------------------

def test_items_under_an_arrangement_told_with_a_full_stop_are_directives():
    page = ("青溪街道召开网格员工作例会\n"
            "4月8日上午,青溪街道召开网格员工作例会,全体网格员参加。\n"
            "会上,街道党工委副书记传达了区社会治理工作会议精神,并围绕学习成果的转化运用进行了安排部署。\n"
            "一是规范网格巡查记录,巡查发现的问题当天录入平台。\n"
            "二是加强独居老人和困境儿童的走访关爱,每月至少上门一次。\n"
            "三是对上报不及时、台账不完整的网格定期通报。\n")
    assert has_commitment(page, "规范网格巡查记录")
    assert has_commitment(page, "加强独居老人和困境儿童的走访关爱")
    assert has_commitment(page, "台账不完整的网格定期通报")


def test_items_glued_after_an_arrangement_in_other_words():
    page = ("县农机站召开夏收服务工作会\n"
            "5月20日,县农机站召开全站干部职工会议,站长对夏收期间农机服务工作作出具体部署。"
            "一是组建农机抢收服务队,在各乡镇设立跨区作业接待点。二是开通农机故障维修热线,安排技术人员轮流值守。\n")
    assert has_commitment(page, "组建农机抢收服务队")
    assert has_commitment(page, "开通农机故障维修热线")


def test_lookalike_an_arrangement_over_the_results_it_reviewed_is_no_lead_in():
    page = ("县人民医院召开职工代表大会\n"
            "大会听取并审议了医院工作报告,报告回顾了过去一年的重点工作,并对新一年工作作出部署。\n"
            "报告显示,去年医院门诊量38.6万人次,新增市级重点专科2个。\n")
    assert not has_commitment(page, "去年医院门诊量38.6万人次")
    assert not has_commitment(page, "新增市级重点专科2个")
