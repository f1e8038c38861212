"""Round 25 (r25news): section labels on real meeting news, 决算 说明 conversions and unit summaries, as classes — a
session's roll told sentence by sentence (…参加了会议 / …出席会议并讲话 / …作工作报告 / …主持大会 / …进行了民主测评) is the
scene, not work done; a run of directives (一要… / 首先要…) after a speaker's appraisal of the meeting opens the plans; what
the cleaning left of a 决算 说明's outline under its title lines ("第四部分…报表" over "第一部分部门单位概况") heads the
document, and its glossary part (名词解释) is no topic; a heading that names the period's summary ("一、2030年工作总结")
names the review, and an opening that announces "本总结与计划" makes no plan document. Each with look-alikes that must
stay. All text made up."""
from page_text import label_at, labels, named


# -- a session's roll is the scene -------------------------------------------------------------------------------------

ROLL_A = ("3月4日,桐林化工公司召开第五届职工代表大会第二次会议。会议全面总结2030年工作,部署2031年任务。\n"
          "来自公司各单位的88名职工代表和12名列席代表参加了会议。集团工会主席申雅琴出席会议并讲话,公司总经理邹启航作工作报告,"
          "公司工会主席严慕白主持大会。\n")
ROLL_B = ("5月9日,清河水务公司二届一次职工代表大会在公司本部召开。\n"
          "代表们审议了总经理所作的工作报告,表决通过了本次大会的决议。\n"
          "会上还组织了对中层干部的民主测评。\n"
          "公司职工代表41人参加了会议。\n")


def test_roll_with_counts_stays_the_scene():
    assert named(ROLL_A + "报告指出,2030年公司实现营业收入3.2亿元,同比增长6.4%。\n") == ["主要做法"]
    assert label_at(ROLL_A, "88名职工代表") == "其他"


def test_roll_of_votes_and_a_count_stays_the_scene():
    assert named(ROLL_B) == []
    assert label_at(ROLL_B, "公司职工代表41人") == "其他"


def test_lookalike_roll_with_results_reports_the_work():
    # a paragraph that goes on with the year's results is the review, whoever attended
    page = ("3月4日,桐林化工公司召开职工代表大会。\n"
            "来自公司各单位的88名职工代表参加了会议。2030年公司实现营业收入3.2亿元,同比增长6.4%。\n")
    assert named(page) == ["主要做法"]


def test_lookalike_roll_with_a_directive_is_not_the_scene_alone():
    # 会议要求…: the words said, not the roll (r24's convention: 下一步)
    page = ("3月4日,桐林化工公司召开职工代表大会。\n"
            "会议要求,各单位要认真贯彻会议精神,确保全年安全生产零事故。全体代表参加了会议。\n")
    assert named(page) == ["下一步"]


# -- a run of directives after a speaker's appraisal --------------------------------------------------------------------

APPRAISE_LEAD = "1月3日,县外事办召开工作务虚会,对2030年工作进行复盘。\n"


def test_first_directive_after_an_appraisal_opens_the_plans():
    page = APPRAISE_LEAD + ("会上,各股室进行了工作汇报,主任进行了会议总结。主任指出,大家总结成绩实事求是,意见建议切实管用。"
                            "一要总结经验、鼓足干劲。二要保持定力、科学应变。\n")
    assert named(page) == ["下一步"]
    assert label_at(page, "一要总结经验") == "下一步"


def test_first_directive_spelt_shouyao_opens_the_plans():
    page = APPRAISE_LEAD + ("会上,各科室进行了工作汇报,局长进行了点评。局长对大家一年来的付出表示肯定。首先要把握好全年目标任务,"
                            "其次要抓好项目落地。\n")
    assert named(page) == ["下一步"]
    assert label_at(page, "首先要把握") == "下一步"


def test_lookalike_yishi_of_work_done_stays_the_review():
    page = ("县外事办2030年工作总结\n"
            "一、主要工作\n"
            "一年来,我办扎实推进各项工作。一是完成了对外交流项目12个。二是接待来访团组8批次。\n")
    assert named(page) == ["主要做法"]


# -- a 决算 说明's outline remnant and its glossary ----------------------------------------------------------------------

DEF_BODY = ("第一部分部门单位概况\n"
            "一、主要职能\n"
            "1.负责全县档案资料的收集、整理和保管。\n"
            "2.负责档案数字化和利用服务。\n"
            "第二部分部门决算情况说明\n"
            "一、收入支出决算总体情况说明\n"
            "2030年度收入总计412.60万元,支出总计412.60万元。\n")


def test_outline_remnant_under_title_lines_heads_the_document():
    page = "2030年度某县档案馆\n部门决算公开说明\n第四部分部门决算公开报表\n" + DEF_BODY
    assert named(page) == ["基本情况", "主要做法"]
    assert label_at(page, "第四部分部门决算") == "其他"


def test_outline_remnant_of_several_lines_heads_the_document():
    page = ("某县档案馆2030年度部门决算公开说明\n第二部分部门决算情况说明\n一、收入支出决算总体情况说明\n第三部分名词解释\n"
            + DEF_BODY)
    assert named(page) == ["基本情况", "主要做法"]
    assert label_at(page, "第三部分名词解释") == "其他"


def test_lookalike_parts_in_order_keep_their_labels():
    page = "2030年度某县档案馆\n部门决算公开说明\n" + DEF_BODY
    assert named(page) == ["基本情况", "主要做法"]


def test_glossary_part_is_no_topic():
    page = DEF_BODY + "第三部分专业名词解释\n1.财政拨款收入:指本级财政当年拨付的资金。\n"
    assert label_at(page, "财政拨款收入:指") == "其他"
    page = DEF_BODY + "第三部分 名词解释\n1.基本支出:指为保障机构正常运转发生的支出。\n"
    assert label_at(page, "基本支出:指") == "其他"


def test_lookalike_other_matters_part_stays_a_topic():
    page = DEF_BODY + "第三部分其他重要事项的情况说明\n一、政府采购情况\n2030年度政府采购支出总额36.20万元。\n"
    assert label_at(page, "政府采购支出总额") != "其他"


# -- a summary heading with its period, and an opening that announces a summary and a plan ------------------------------

SUMMARY_BODY = ("一、2030年工作总结\n"
                "一年来,我院围绕年初定下的目标扎实工作,各项任务有序落地。全年门急诊服务量达到16.2万人次,同比增长4.1%。\n"
                "二、存在的问题\n"
                "人才梯队不够完善,信息化建设相对滞后。\n"
                "三、2031年工作计划\n"
                "医院将继续加强学科建设,力争门急诊服务量达到17万人次。\n")


def test_summary_and_plan_announced_together_reviews_first():
    page = ("2030年,县妇幼保健院在上级部门的指导下取得了新的成效。为了把过去一年的工作梳理清楚,把新一年的路子想明白,"
            "特制定本总结与计划。\n" + SUMMARY_BODY)
    assert named(page) == ["主要做法", "存在问题", "下一步"]
    assert label_at(page, "一、2030年工作总结") == "主要做法"


def test_summary_and_plan_announced_with_ji_reviews_first():
    page = ("2030年,县疾控中心各项工作平稳推进。现结合实际,特制定本年度工作总结及明年工作计划。\n"
            + SUMMARY_BODY.replace("一、2030年工作总结", "一、上半年工作总结"))
    assert named(page) == ["主要做法", "存在问题", "下一步"]


def test_lookalike_plan_announced_alone_is_a_plan_document():
    page = ("为做好2031年各项工作,结合我院实际,特制定本年度工作计划。\n"
            "一、加强学科建设\n做好学科带头人引进工作。\n"
            "二、提升服务能力\n优化门诊就医流程。\n")
    assert named(page) == ["下一步"]


def test_lookalike_closing_summary_heading_names_no_review():
    page = ("一、主要做法\n全年完成培训12期。\n"
            "二、存在问题\n培训覆盖面不够。\n"
            "三、总结\n今后我们将进一步加强培训工作,力争覆盖全体职工。\n")
    assert "主要做法" not in named(page)[1:]


# -- a speaker's closing words, then what they ask of those present (no 要 after the audience) ---------------------------

def test_closing_speech_then_asks_all_staff_opens_the_plans():
    page = ("2031年1月9日,集团2030年终总结大会在总部召开。会上首先宣读了人员任命文件;随后,集团副总裁作年度工作报告。"
            " 集团总裁顾南星做总结讲话,他对过去一年面临的困难进行了客观分析,要求全体职工认清形势、坚定信心,有序推进各项工作。\n")
    assert label_at(page, "集团总裁顾南星做总结讲话") == "下一步"


def test_meeting_summary_then_asks_each_unit_opens_the_plans():
    page = ("2月6日,江南分公司职代会在本部召开。\n"
            "副总经理宣读了表彰决定。副总经理秦远舟作会议总结,要求各单位着力做好会议精神的宣贯和重点工作的落实。\n")
    assert label_at(page, "秦远舟作会议总结") == "下一步"


def test_lookalike_speech_told_in_the_review_stays_the_review():
    page = ("县农技站2030年工作总结\n"
            "一、主要工作\n"
            "年初,站长作了动员讲话,要求各片区全年推广新技术10项。全年共推广新技术12项,培训农民860人次。\n"
            "二、存在问题\n技术人员偏少。\n")
    assert named(page) == ["主要做法", "存在问题"]


def test_lookalike_requirement_followed_stays_the_review():
    page = ("县农技站2030年工作总结\n"
            "一、主要工作\n"
            "按照县局作了部署,要求各站所完成的任务,我站全年共推广新技术12项。\n")
    assert named(page) == ["主要做法"]
