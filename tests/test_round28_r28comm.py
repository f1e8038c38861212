"""Round 28 (r28comm): commitment and deadline classes found on real pages of unseen hosts (部署会 news, 工作要点
items, 推进会 speeches in news, 分工方案 notices, school plans with 积分 schemes), each with must-catch tests in
two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of, has_commitment


def plan(*lines: str) -> str:
    """A short plan page: a title, a plans heading and the given lines."""
    return "青石镇2031年工作计划\n一、下一步工作打算\n" + "\n".join(lines) + "\n"


# --- a day alone that opens a meeting story dates the scene, not the plans -------------------------------------------

def test_the_meetings_day_does_not_date_the_directives_after_it():
    page = ("白沙镇召开冬季森林防火工作部署会\n"
            "11月3日上午,白沙镇组织各村党支部书记召开冬季森林防火工作部署会。镇党委副书记刘某主持会议。\n"
            "会上,镇长部署了全镇冬季防火工作。各村要落实网格巡查责任,把防火宣传送到每家每户。\n"
            "会议强调,要细化应急预案,建立火源管控台账,切实把这项工作抓出成效。\n")
    assert has_commitment(page, "落实网格巡查责任")
    assert deadline_of(page, "落实网格巡查责任") is None


def test_the_meetings_day_in_other_words():
    page = ("东岭县召开全市茶产业现场会筹备工作部署会\n"
            "4月18日,县委副书记、县长周某主持召开全市茶产业现场会筹备工作部署会,听取筹备情况汇报,并对下一步工作作出部署。"
            "县领导李某、王某等参加会议。\n"
            "周某强调——\n"
            "一要提高思想认识,要充分认识此次现场会放在我县召开的重要意义,认真做好现场会各项筹备工作。\n"
            "二要压实责任分工,各相关部门和沿线乡镇要严格按照任务清单推进现场点建设。\n")
    assert deadline_of(page, "认真做好现场会各项筹备工作") is None
    assert deadline_of(page, "推进现场点建设") is None


def test_lookalike_a_day_with_qian_or_a_days_own_step_stays():
    page = plan("(一)各村要在11月30日前完成林区坟头清理。",
                "(二)5月20日,召开全镇创建动员大会,部署创建工作。")
    assert deadline_of(page, "林区坟头清理") == "在11月30日前"
    assert deadline_of(page, "召开全镇创建动员大会") == "5月20日"


# --- a time past the first sentence of a paragraph that opens the section dates that sentence only ------------------

def test_an_items_date_in_its_body_stays_with_its_sentence():
    page = ("2031年南川县深化政务服务改革工作要点\n"
            "1.推行证明事项清单管理。依据省级清单,2031年9月底前编制并公布县级证明事项清单,清单之外不得索要证明。"
            "对清单内事项逐项制定办理规范。动态调整证明事项清单。\n"
            "2.深化告知承诺制改革。全面梳理可实行告知承诺的事项,按程序在县政府网站公布。"
            "对承诺不实的申请人要依法追责。\n")
    assert deadline_of(page, "公布县级证明事项清单") == "2031年9月底前"
    assert deadline_of(page, "逐项制定办理规范") is None
    assert deadline_of(page, "全面梳理可实行告知承诺的事项") is None


def test_a_speeches_later_sentence_time_in_other_words():
    page = ("北溪县召开农业农村重点工作推进会\n"
            "副县长王某在讲话中强调三点:一是认识再提高。要看到抓好春耕备耕是今年农业工作开好局的关键一步。"
            "二是措施再细化。要对照任务清单,把高标准农田建设、病虫害防控等措施落到田块。"
            "三是责任再压实。各乡镇要落实属地责任,全面完成会议安排的各项任务。\n"
            "县农业农村局、各乡镇分管负责同志参会。\n")
    assert deadline_of(page, "把高标准农田建设") is None
    assert deadline_of(page, "落实属地责任") is None


def test_lookalike_a_time_in_the_opening_sentence_still_dates_the_section():
    page = ("柳河镇召开半年工作推进会\n"
            "下一步,全镇要聚焦下半年目标任务,重点抓好以下工作。\n"
            "一是加快柳河大桥引线工程建设。\n"
            "二是完成3个村的人居环境整治验收。\n")
    assert deadline_of(page, "柳河大桥引线工程") == "下半年"
    assert deadline_of(page, "人居环境整治验收") == "下半年"


# --- 全年 after a purpose's 为 or a predicate's 是 -------------------------------------------------------------------

def test_a_whole_year_in_a_purpose_is_no_deadline():
    page = plan("1.各村要落实农资储备责任,为全年粮食生产打下坚实基础。")
    assert deadline_of(page, "落实农资储备责任") is None


def test_a_whole_year_after_a_predicate_is_no_deadline():
    page = plan("1.各村要扎实做好节后复工复产,这是全年工作取得主动的重要一环。")
    assert deadline_of(page, "扎实做好节后复工复产") is None


def test_lookalike_a_whole_year_as_the_measures_time_stays():
    page = plan("1.力争全年实现税收收入3.2亿元。", "2.二是全年新建村级党群服务阵地4个。",
                "3.把集体经济增收作为全年工作重点来抓。")
    assert deadline_of(page, "实现税收收入") == "全年"
    assert deadline_of(page, "新建村级党群服务阵地") == "全年"
    assert deadline_of(page, "集体经济增收") == "全年"


# --- an attendance line told with 参会 --------------------------------------------------------------------------------

def _meeting(last: str) -> str:
    return ("石门乡召开秋冬种工作推进会\n"
            "9月26日,石门乡召开秋冬种工作推进会。\n"
            "会议要求,各村要抓住墒情,加快油菜移栽进度,确保10月底前完成播种任务。\n" + last + "\n")


def test_an_attendance_line_with_canhui_is_no_measure():
    page = _meeting("乡农业服务中心、各村党支部书记参会。")
    assert has_commitment(page, "加快油菜移栽进度")
    assert not has_commitment(page, "各村党支部书记参会")


def test_an_attendance_line_with_canhui_in_other_words():
    page = _meeting("县农业农村局驻乡技术员、各村(社区)分管负责同志参会。")
    assert not has_commitment(page, "分管负责同志参会")


def test_lookalike_a_directive_to_attend_stays():
    page = _meeting("会议要求,下周召开的现场观摩会,各村要组织种植大户参会。")
    assert has_commitment(page, "组织种植大户参会")


# --- a result counted into a score or a record: a scheme's rule ------------------------------------------------------

def test_a_result_counted_into_points_is_a_rule():
    page = plan("(一)开展党员“三个一”活动:讲一次微党课,办一件实事,提一条建议。",
                "每学期至少完成其中两项,结果计入党员量化积分。")
    assert has_commitment(page, "讲一次微党课")
    assert not has_commitment(page, "结果计入党员量化积分")


def test_a_result_counted_into_an_assessment_in_other_words():
    page = plan("(一)建立网格员结对走访制度。", "每季度至少走访联系户一次,走访结果计入网格员年度考评。")
    assert not has_commitment(page, "走访结果计入网格员年度考评")


def test_how_far_a_quota_was_met_counted_into_points_is_a_rule():
    # (review: the state of completion named instead of the result, "完成情况计入")
    page = plan("(一)开展党员“三个一”活动:讲一次微党课,办一件实事,提一条建议。",
                "每学期至少完成其中两项,完成情况计入党员量化积分。")
    assert not has_commitment(page, "完成情况计入党员量化积分")


def test_lookalike_a_plan_to_count_results_or_an_action_with_its_rule_stays():
    page = plan("(三)将家访结果计入班主任工作档案,年底前完成全部家访。",
                "(四)组织教职工业务能力测评,测评成绩计入年度考核。",
                "(五)群众评议(12月20日)。召开村民代表大会,对村干部进行满意度测评,测评结果按20%计入总分。")
    assert has_commitment(page, "将家访结果计入班主任工作档案")
    assert has_commitment(page, "组织教职工业务能力测评")
    assert has_commitment(page, "召开村民代表大会")


# --- a frame clause after an item's glued title stays with the action after it ------------------------------------

def test_an_items_title_and_frame_are_no_measure_of_their_own():
    page = ("2031年南川县深化政务服务改革工作要点\n"
            "1.推行证明事项清单管理。依据省级清单,2031年9月底前编制并公布县级证明事项清单。\n"
            "2.深化告知承诺制改革。按照省里统一部署,2031年6月底前公布告知承诺事项目录。\n")
    found = commitments(page)
    assert not any(t.endswith("依据省级清单") for t, _ in found), found
    assert not any(t.endswith("按照省里统一部署") for t, _ in found), found
    assert deadline_of(page, "公布县级证明事项清单") == "2031年9月底前"
    assert deadline_of(page, "公布告知承诺事项目录") == "2031年6月底前"


def test_lookalike_a_title_with_an_action_before_the_time_keeps_both():
    page = ("2031年南川县深化政务服务改革工作要点\n"
            "1.推行证明事项清单管理。全面清理各类证明事项,2031年9月底前公布保留清单。\n")
    assert has_commitment(page, "全面清理各类证明事项")
    assert deadline_of(page, "公布保留清单") == "2031年9月底前"
