"""Round 28 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import gone, run, text


def metrics(page: str) -> list[tuple[str, float, str, bool]]:
    """(indicator, value, unit, target) of each metric of the page's first report."""
    return [(m.indicator, m.value, m.unit, m.target) for m in run(page).documents[0].metrics]


def named(page: str) -> dict[float, str]:
    return {value: name for name, value, _, _ in metrics(page)}


def targets(page: str) -> dict[float, bool]:
    return {value: target for _, value, _, target in metrics(page)}


# --- a ranking of categories names each count by its category ------------------------------------------------------

def test_a_ranked_category_names_the_bare_count_after_it():
    page = ("2031年县政府共承办人大代表建议86件。从类别看,占比最高的是城乡建设和交通类,有29件,占33.7%;"
            "其次是教育卫生类18件,占20.9%;排在第三位的是农业农村类15件,占17.4%。\n")
    got = named(page)
    assert got[29] == "城乡建设和交通类"
    assert got[18] == "教育卫生类"
    assert got[15] == "农业农村类"
    assert got[33.7].startswith("城乡建设和交通类")


def test_a_ranked_category_after_wei_and_a_total_word():
    page = "今年共受理群众来信212件。在来信中,最多的为民生保障类,共有41件;第二位的是征地拆迁类,计有37件。\n"
    got = named(page)
    assert got[41] == "民生保障类"
    assert got[37] == "征地拆迁类"


def test_ranking_words_inside_a_name_are_no_ranking_lead():
    # a ranking word in the value's own clause, before its noun, stays in the name
    assert named("全镇贫困户分布在12个村,其中最多的一个村有120户。\n")[120] == "最多的一个村"
    # and an ordinal inside a name is no ranking lead
    got = named("全县第三产业增加值达到46亿元,占生产总值的52%。\n")
    assert "第三产业增加值" in got[46]


# --- 计划 naming the state of items counted is no plan ---------------------------------------------------------------

def test_a_category_of_answers_described_by_a_plan_word_is_no_target():
    page = ("按办理结果统计,问题已解决或计划解决的共占81%,代表满意的超过95%。\n"
            "已列入规划计划逐步解决的(C类)7件,占8.1%。\n")
    got = targets(page)
    assert got[81] is False and got[95] is False and got[7] is False


def test_items_in_a_plan_are_counted_not_planned():
    assert targets("列入年度计划的重点项目12个,已开工9个。\n")[12] is False


def test_a_plan_verb_still_sets_a_target():
    got = targets("今年计划新建道路20公里,全县计划解决安置住房300套。\n")
    assert got[20] is True and got[300] is True


# --- a phase opening its clause before its own figure is no count of phases ------------------------------------------

def test_a_phase_before_its_figure_is_no_metric():
    page = "产业园入驻7家企业,二期9.29万平方米厂房建设进入收尾阶段。一期3.5万平方米已投用。\n"
    units = [(v, u) for _, v, u, _ in metrics(page)]
    assert (2, "期") not in units and (1, "期") not in units
    assert (9.29, "万平方米") in units or (92900, "平方米") in units


def test_a_phase_right_after_its_site_is_no_metric():
    page = "街道将聚焦园区二期招商,推进项目三期用地报批,全年举办培训班3期。\n"
    units = [(v, u) for _, v, u, _ in metrics(page)]
    assert units == [(3, "期")]


def test_issues_and_sessions_counted_in_phases_stay():
    units = [(v, u) for _, v, u, _ in metrics("全年举办培训班3期,编发工作简报12期。\n")]
    assert (3, "期") in units and (12, "期") in units


# --- a speech a report cites does not make it a speech ---------------------------------------------------------------

def test_a_report_that_cites_speeches_is_no_speech():
    pages = ("区委第二巡察组:\n按照巡察工作要求,现就本社区近三年工作作专题汇报:\n一、基本情况和主要工作\n"
             "组织党员学习总书记系列讲话精神,集中讨论6次。完成老旧小区改造3个,取得了一定成效。\n",
             "按照县委督查组要求,现将本单位整改落实说明如下:\n一、学习贯彻\n"
             "深入学习重要讲话,组织专题研讨4次,取得了较好效果。\n")
    for page in pages:
        assert run(page).documents[0].doc_type == "工作总结"


def test_a_speech_is_still_a_speech():
    page = ("同志们:\n今天召开全镇工作会议,我讲三点意见。\n一、提高认识\n要认真学习领会总书记重要讲话精神。\n")
    assert run(page).documents[0].doc_type == "讲话"
    page = ("在全县安全生产工作会议上的发言\n下面,我讲几点意见。\n一、认清形势\n今年以来全县安全形势总体平稳。\n")
    assert run(page).documents[0].doc_type == "讲话"


# --- a portal's summary field repeating the title ---------------------------------------------------------------------

def test_a_portal_summary_field_goes():
    for field in ("内容概述 东湖街道2031年度工作总结", "内容概要:西岭镇2031年上半年工作总结"):
        page = ("信息索引号 0140321/2031-00071 生成日期 2032-01-20\n发布机构 东湖街道\n" + field + "\n"
                "2031年,东湖街道聚焦主责主业,各项工作稳步推进。\n一是经济发展提速。新增市场主体320户。\n")
        assert gone(field, page)
        assert "新增市场主体320户" in text(page)


def test_a_summary_line_that_is_a_sentence_stays():
    line = "内容概述:该项目主要用于农村道路养护,全年养护里程86公里。"
    page = "2031年农村公路养护项目绩效自评报告\n一、项目概况\n" + line + "\n二、绩效目标完成情况\n项目按期完成。\n"
    assert line in text(page)


# --- a party committee's term before its round of inspection is no count ------------------------------------------------

def test_a_committee_term_before_its_inspection_round_is_no_metric():
    for sentence in ("会议听取了十二届区委第二轮巡察的整改进展情况报告。", "十四届县委第三轮巡察反馈问题已全部整改。"):
        assert not [m for m in metrics(sentence + "\n") if m[2] == "届"]


def test_a_count_of_graduating_classes_stays():
    assert (3, "届") in [(v, u) for _, v, u, _ in metrics("学校已连续培养毕业生3届,共计960人。\n")]


# --- a report's figure on the line under its label is no counter ---------------------------------------------------------

SUMMARY = ("县农机中心2031年度工作总结\n2031年,县农机中心围绕全年目标,完成农机购置补贴发放1260万元,培训农机手820人次。\n"
           "全年印发宣传海报1200份,发放明白纸3000份。\n")


def test_a_figure_under_its_label_stays():
    for label, figure in (("全年服务农户", "1000+"), ("全年服务农户", "1000+\n户次,群众满意率98%。")):
        assert figure.split("\n")[0] in text(SUMMARY + label + "\n" + figure + "\n")


def test_a_site_counter_under_its_label_still_goes():
    page = SUMMARY + "县农机中心微信公众号\n阅读\n999+\n"
    assert gone("999+", page) and gone("阅读", page)
    # (a counter with its word on the figure's line too)
    assert gone("326人阅读", SUMMARY + "县农机中心微信公众号\n326人阅读\n")


# --- the part still open (未完成, 未办结) is a part of the total, not a new statement --------------------------------------

def flags(page: str) -> list[str]:
    return [f.code for d in run(page).documents for f in d.flags]


def test_the_open_part_counts_toward_the_total():
    # the parts add up with the open one, so no mismatch is claimed
    assert "SUM_MISMATCH" not in flags("今年共受理信访事项120件,其中已办结112件,未办结8件。\n")
    assert "SUM_MISMATCH" not in flags("全年交办民生实事64件,其中已办结55件,未办结9件。\n")


def test_a_total_the_parts_with_the_open_one_miss_is_flagged():
    assert "SUM_MISMATCH" in flags("今年共受理信访事项120件,其中已办结112件,未办结5件。\n")
    assert "SUM_MISMATCH" in flags("全年交办民生实事64件,其中已办结55件,未办结6件。\n")
