"""Round 26 (r26deadline): deadline and commitment classes found on real 整治方案, 任务分解 notices and 活动方案 of
unseen hosts, each with must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of, has_commitment


# --- a phase's period: a span whose years are a template's blanks, or that opens with a 旬 ------------------------

BLANK_YEAR_PHASES = ("青禾镇村庄清洁行动实施方案\n"
                     "二、时间安排\n"
                     "本次行动分三个阶段进行:\n"
                     "(一)宣传发动阶段(20**年3月7日—20**年3月19日)\n"
                     "各村要利用广播和宣传栏宣传清洁行动内容,发动农户参与。\n"
                     "(二)集中清理阶段(20xx年3月20日—20xx年4月25日)\n"
                     "各村要组织保洁队伍清理河塘沟渠和房前屋后的杂物。\n")

XUN_PHASES = ("柳塘街道文明创建工作方案\n"
              "三、工作步骤\n"
              "(一)动员部署阶段(2031年4月上旬—4月下旬)\n"
              "各社区要召开动员会,制定本社区创建工作清单。\n"
              "(二)集中推进阶段(2031年5月初至9月底)\n"
              "各社区要对照创建标准逐项查漏补缺,建立问题台账。\n")


def test_a_phase_span_with_blanked_years_is_one_deadline():
    assert deadline_of(BLANK_YEAR_PHASES, "宣传清洁行动内容") == "20**年3月7日—20**年3月19日"
    assert deadline_of(BLANK_YEAR_PHASES, "组织保洁队伍") == "20xx年3月20日—20xx年4月25日"


def test_a_phase_span_that_opens_with_a_xun_or_chu_is_one_deadline():
    assert deadline_of(XUN_PHASES, "召开动员会") == "2031年4月上旬—4月下旬"
    assert deadline_of(XUN_PHASES, "查漏补缺") == "2031年5月初至9月底"


def test_a_single_dated_phase_keeps_its_date():
    page = ("青禾镇村庄清洁行动实施方案\n"
            "二、时间安排\n"
            "(一)宣传发动阶段(20**年3月7日前)\n"
            "各村要利用广播和宣传栏宣传清洁行动内容,发动农户参与。\n")
    assert deadline_of(page, "宣传清洁行动内容") == "20**年3月7日前"


def test_a_xun_before_a_comma_is_no_span():
    page = ("柳塘街道文明创建工作方案\n"
            "三、工作安排\n"
            "各社区要于4月下旬组织一次志愿服务培训,5月底前完成楼道整治。\n")
    assert all(d != "4月下旬,5月底前" for _, d in commitments(page))
    assert "4月下旬" in (deadline_of(page, "志愿服务培训") or "")


# --- the end of a recurring period is a deadline as written ---------------------------------------------------------

QUARTER_END = ("关于分解落实2031年重点工作任务的通知\n"
               "各乡镇人民政府,县直各部门:\n"
               "各责任单位要于每季度末向县政府办公室报送重点工作进展情况。\n")

MONTH_END = ("石桥社区物业服务管理责任书\n"
             "二、乙方责任\n"
             "1、乙方每月底向甲方报送小区公共设施巡查记录。\n"
             "2、乙方要于每季度末次月5日前报送维修资金使用明细。\n")


def test_each_quarters_end_is_the_deadline():
    assert deadline_of(QUARTER_END, "报送重点工作进展情况") == "每季度末"


def test_each_months_end_and_the_month_after_are_the_deadline():
    assert deadline_of(MONTH_END, "巡查记录") == "每月底"
    assert deadline_of(MONTH_END, "维修资金使用明细") == "每季度末次月5日前"


def test_a_recurring_task_with_no_end_of_period_states_no_deadline():
    page = ("关于分解落实2031年重点工作任务的通知\n"
            "各乡镇人民政府,县直各部门:\n"
            "县督查室要每月开展一次重点工作督查,通报推进情况。\n")
    assert deadline_of(page, "重点工作督查") != "每月"


def test_a_quarters_last_month_with_its_day_stays_whole():
    page = ("关于分解落实2031年重点工作任务的通知\n"
            "各乡镇人民政府,县直各部门:\n"
            "各责任单位要于每季度末月20日前报送重点工作进展情况。\n")
    assert deadline_of(page, "报送重点工作进展情况") == "每季度末月20日前"


# --- a heading line that ends with a colon stops the time of a dated row above it ------------------------------------

ROWS_THEN_FIELDS = ("芦溪中学校园读书节活动方案\n"
                    "一、活动主题:\n"
                    "书香润校园\n"
                    "二、活动内容:\n"
                    "(一)、诵读比赛(11月20日)\n"
                    "(二)、征文比赛(12月4日)\n"
                    "(三)、手抄报评比(12月18日)\n"
                    "三、报名办法:\n"
                    "各班组织好参赛学生,由各班学习委员统一将报名表交到教务处。\n")

ROWS_THEN_REQUIREMENTS = ("青禾镇农技培训活动安排\n"
                          "一、培训安排:\n"
                          "(一)、果树修剪培训(3月6日)\n"
                          "(二)、病虫害防治培训(3月20日)\n"
                          "二、工作要求:\n"
                          "各村要提前摸清培训对象,组织农户按时参加培训。\n")


def test_a_colon_heading_stops_the_last_rows_date():
    assert deadline_of(ROWS_THEN_FIELDS, "报名表交到教务处") is None


def test_a_colon_heading_of_requirements_stops_the_last_rows_date():
    assert deadline_of(ROWS_THEN_REQUIREMENTS, "摸清培训对象") is None


def test_a_dated_heading_still_dates_the_measures_under_it():
    page = ("青禾镇农业服务中心工作打算\n"
            "一、2031年重点任务\n"
            "各站所要完善农技服务台账,组织农户参加技术培训。\n")
    assert "2031年" in (deadline_of(page, "完善农技服务台账") or "")


# --- a motto's pair "…第一,…第二" is no enumerator -----------------------------------------------------------------

def test_a_quoted_motto_pair_is_not_cut_at_its_first():
    page = ("芦溪中学篮球联赛方案\n"
            "五、比赛要求:\n"
            "(1)赛事工作人员要做好场地和器材的准备工作。\n"
            "(2)各参赛队要发扬团队精神,始终坚持“友谊第一,比赛第二”。\n")
    assert has_commitment(page, "友谊第一,比赛第二")


def test_a_motto_pair_without_quotes_is_not_cut_either():
    page = ("石桥社区消防演练方案\n"
            "三、工作要求:\n"
            "演练中各楼栋长要坚持安全第一,演练第二,严防踩踏等意外发生。\n")
    assert has_commitment(page, "安全第一,演练第二")


def test_an_enumerator_first_still_splits_a_flattened_list():
    page = ("青禾镇2031年工作打算\n"
            "明年重点抓好三项工作:第一,加快农田水利建设,完成渠道硬化5公里;第二,办好农技培训班8期。\n")
    found = [t for t, _ in commitments(page)]
    assert any(t.startswith("第一,加快农田水利建设") or t.startswith("加快农田水利建设") for t in found)
    assert not any("加快农田水利建设" in t and "农技培训班" in t for t in found)


# --- a plan's field line that gives only when is no measure -------------------------------------------------------

def test_a_time_field_line_is_no_measure():
    page = ("芦溪中学校园读书节活动方案\n"
            "一、活动主题:书香润校园\n"
            "二、活动时间:2031年11月下旬—12月下旬。\n"
            "三、活动要求:\n"
            "各班要组织学生积极参加诵读和征文比赛。\n")
    assert not has_commitment(page, "活动时间")
    assert has_commitment(page, "组织学生积极参加")


def test_a_match_time_field_with_weekday_and_hour_is_no_measure():
    page = ("芦溪中学篮球联赛方案\n"
            "一、比赛时间:4月21日(周五)下午3:30\n"
            "二、比赛要求:\n"
            "各班要推荐一名同学担任裁判,并提前熟悉比赛规则。\n")
    assert not has_commitment(page, "比赛时间")


def test_a_time_row_that_states_a_task_stays_a_measure():
    page = ("芦溪中学篮球联赛方案\n"
            "一、比赛安排\n"
            "报名时间:各班于4月15日前将报名表交到体育组。\n")
    assert "4月15日前" in (deadline_of(page, "报名表交到体育组") or "")


# --- a day's weekday in brackets stays inside a span; a year whose holiday approaches dates nothing ------------------

HOLIDAY_PLAN = ("教职工迎新年活动方案\n"
                "一、活动安排\n"
                "20xx年元旦将至,学校工会将于20xx年12月28日(星期三)——29日(星期四)下午举行教职工趣味活动。\n"
                "二、活动要求\n"
                "请各组于12月26日前将参赛名单报校工会。\n")

SPRING_PLAN = ("社区迎春活动方案\n"
               "一、活动安排\n"
               "2032年春节来临之际,社区将于2032年1月20日(周二)至22日(周四)开展“送春联、送温暖”活动。\n"
               "二、活动要求\n"
               "各网格员要提前摸清困难群众名单。\n")


def test_a_span_keeps_its_weekdays():
    assert "20xx年12月28日(星期三)——29日(星期四)" in (deadline_of(HOLIDAY_PLAN, "学校工会将于") or "")
    assert "2032年1月20日(周二)至22日(周四)" in (deadline_of(SPRING_PLAN, "送春联") or "")


def test_an_approaching_holidays_year_dates_nothing_after_it():
    assert all(d != "20xx年" for _, d in commitments(HOLIDAY_PLAN))
    assert all(d != "2032年" for _, d in commitments(SPRING_PLAN))


def test_a_holiday_deadline_with_its_year_stays():
    page = ("社区迎春活动方案\n"
            "社区要在2032年春节前完成困难群众走访慰问,做到应访尽访。\n")
    assert "春节前" in (deadline_of(page, "困难群众走访慰问") or "")


def test_a_single_date_with_its_weekday_keeps_its_date():
    page = ("社区迎春活动方案\n"
            "请各网格员于1月18日(周日)前将慰问名单报社区居委会。\n")
    assert "1月18日" in (deadline_of(page, "慰问名单报社区居委会") or "")


# --- a run-on paragraph's short "要…" head before its body names the topic, no measure -------------------------------

RUN_ON_HEADS = ("县水利局召开专题会议部署审计整改工作\n"
                "会议要求,要压实整改责任。局主要负责人对审计整改负总责,班子成员按照分工抓好分管领域的整改任务。"
                "要细化整改措施。对照审计反馈意见逐条剖析原因,建立整改台账,实行销号管理。\n")

RUN_ON_HEADS_2 = ("镇党委书记在安全生产会议上的讲话\n"
                  "第一,要强化隐患排查。各村各企业要在月底前完成一轮全覆盖的隐患排查,建立问题清单。"
                  "第二,要从严追责问责。镇安监办要对排查不力的单位进行通报,限期整改到位。\n")


def test_a_run_on_head_before_its_body_is_no_measure():
    assert not any(t.startswith("会议要求,要压实整改责任") for t, _ in commitments(RUN_ON_HEADS))
    assert not any(t == "要细化整改措施。" for t, _ in commitments(RUN_ON_HEADS))
    assert has_commitment(RUN_ON_HEADS, "建立整改台账")


def test_a_numbered_run_on_head_before_its_body_is_no_measure():
    found = [t for t, _ in commitments(RUN_ON_HEADS_2)]
    assert not any(t.endswith("要强化隐患排查。") for t in found)
    assert has_commitment(RUN_ON_HEADS_2, "完成一轮全覆盖的隐患排查")


def test_short_directives_with_no_body_stay_measures():
    page = ("县水利局召开专题会议部署审计整改工作\n"
            "会议要求,各股室要提高思想认识。要建立整改台账。要按期完成销号。\n")
    assert has_commitment(page, "要建立整改台账")


def test_a_long_directive_sentence_stays_a_measure():
    page = ("县水利局召开专题会议部署审计整改工作\n"
            "会议要求,要在11月底前完成全部审计问题的整改销号。局纪检组要跟踪督办,定期通报整改进度。\n")
    assert has_commitment(page, "完成全部审计问题的整改销号")


def test_the_new_year_one_greets_dates_nothing():
    page = ("教职工迎新年活动方案\n"
            "一、活动安排\n"
            "为了让大家在辞旧迎新之际放松身心,以饱满的热情迎接新的一年,工会将于12月27日(星期二)至28日(星期三)在操场办一场趣味运动会。\n")
    assert "12月27日" in (deadline_of(page, "在操场办一场趣味运动会") or "")


def test_a_span_with_two_horizontal_bars_is_one_deadline():
    page = ("教职工迎新年活动方案\n"
            "一、活动安排\n"
            "学校工会将于20xx年12月27日(星期二)――28日(星期三)下午举行趣味活动。\n")
    assert "――28日(星期三)" in (deadline_of(page, "学校工会将于") or "")


def test_the_new_year_as_a_plans_time_stays_a_deadline():
    page = ("社区明年工作打算\n"
            "二、下一步打算\n"
            "新的一年,社区将继续推进老旧小区改造,完善居家养老服务站点。\n")
    assert "新的一年" in (deadline_of(page, "老旧小区改造") or "")


# --- an award's criterion in a plan's 奖项 list is a rule of the scheme, no measure -----------------------------------

AWARDS = ("芦溪中学读书节活动方案\n"
          "四、奖项设立:\n"
          "1、优秀组织奖:组织参赛成绩突出的班级,学生参与面广。\n"
          "2、优秀作品奖:按作品类别分别设一、二、三等奖。\n"
          "五、工作要求:\n"
          "各班要积极争创优秀组织奖。\n"
          "3、组织颁奖:学校将于12月30日举行颁奖仪式。\n")


def test_an_award_criterion_is_no_measure():
    assert not has_commitment(AWARDS, "优秀组织奖:组织参赛成绩突出的班级")
    assert not has_commitment(AWARDS, "优秀作品奖:按作品类别")


def test_a_bracketed_award_criterion_is_no_measure():
    page = ("青禾镇农民丰收节活动方案\n"
            "三、奖项设置:\n"
            "(一)最佳风采奖:展演节目特色鲜明、群众评价高的村。\n"
            "(二)最佳组织奖:组织有力、参与面广的村。\n")
    assert not has_commitment(page, "最佳风采奖")


def test_a_task_to_win_an_award_and_a_prize_giving_stay_measures():
    assert has_commitment(AWARDS, "积极争创优秀组织奖")
    assert "12月30日" in (deadline_of(AWARDS, "举行颁奖仪式") or "")


# --- a plan's schedule row, an event and its day in brackets, is a commitment dated by its day ----------------------

def test_schedule_rows_with_their_day_are_commitments():
    assert deadline_of(ROWS_THEN_FIELDS, "诵读比赛") == "11月20日"
    assert deadline_of(ROWS_THEN_FIELDS, "手抄报评比") == "12月18日"


def test_schedule_rows_between_blank_lines_are_commitments():
    page = ("青禾镇农技培训活动方案\n\n"
            "一、培训内容:\n\n"
            "1、果树修剪培训(3月6日)\n\n"
            "2、病虫害防治培训(3月20日上午)\n\n"
            "3、农机安全操作培训(4月3日)\n\n"
            "二、工作要求:\n\n"
            "各村要提前摸清培训对象,组织农户按时参加培训。\n")
    assert deadline_of(page, "病虫害防治培训") == "3月20日"
    assert deadline_of(page, "农机安全操作培训") == "4月3日"


def test_a_phase_title_over_its_body_is_no_row():
    page = ("青禾镇农村污水治理集中行动方案\n"
            "三、实施步骤\n"
            "(一)宣传发动(4月10日至4月20日)。\n"
            "各村召开动员会,印发致村民的一封信。\n"
            "(二)集中整治(4月21日至6月30日)。\n"
            "各村对照任务清单逐项整治。\n")
    assert not any(t.startswith("(一)宣传发动") for t, _ in commitments(page))


def test_a_reviews_dated_heading_is_no_row():
    page = ("青禾镇上半年工作总结\n"
            "一、主要工作\n"
            "(一)召开春耕动员会(3月6日)\n"
            "镇党委召开全镇春耕生产动员会,部署春耕备耕工作。\n"
            "(二)开展农技培训(3月20日)\n"
            "全镇共培训农户860人次。\n")
    assert not any(t.startswith("(一)召开春耕动员会") for t, _ in commitments(page))


# --- a year blanked with underscores is a template's year, dated as written -------------------------------------------

def test_a_year_blanked_with_underscores_is_a_deadline():
    page = ("村级活动场所建设方案\n"
            "三、工作安排\n"
            "各村要于20__年5月底前完成活动场所选址。各村要在20__年底前建成活动场所并投入使用。\n")
    assert "20__年5月底前" in (deadline_of(page, "完成活动场所选址") or "")
    assert "20__年底前" in (deadline_of(page, "建成活动场所并投入使用") or "")


def test_an_underscore_blank_that_is_no_year_dates_nothing():
    page = ("村级活动场所建设方案\n"
            "三、工作安排\n"
            "各村要落实____名专职管理人员,做好日常管理工作。\n")
    assert deadline_of(page, "专职管理人员") is None
