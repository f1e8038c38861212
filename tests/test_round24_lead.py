"""Round 24 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import commitments


def _deadline_of(page: str, piece: str):
    for t, d in commitments(page):
        if piece in t:
            return d
    raise AssertionError(f"no commitment holds {piece!r}: {[t for t, _ in commitments(page)]}")


# --- a plan's lead-in that frames its year ("2026年是…关键一年") dates the list below, with no cue of its own ---------

FRAMED_PLAN = ("2026年城关镇综合执法队工作计划\n"
               "2026年是推进基层综合执法改革的关键一年,也是执法队伍规范化建设的攻坚之年。现结合我队实际,制定本年度工作计划如下:\n"
               "一、规范执法程序\n"
               "(一)完善执法台账。推行执法全过程记录制度,全年组织案卷评查4次以上。\n"
               "(二)加强队伍培训。分批组织执法人员参加法律知识轮训,培训覆盖全体队员。\n")

FRAMED_PLAN_NEXT_YEAR = ("青禾社区卫生服务中心明年工作打算\n"
                         "明年是中心创建甲级站点的决胜之年。围绕创建目标,重点做好以下工作:\n"
                         "1.推进家庭医生签约扩面,重点人群签约率提高到80%。\n"
                         "2.改造预防接种门诊,增设留观座位20个。\n")

# a bare year that dates a review sentence before the list's own lead-in still dates nothing below it
SCENE_YEAR = ("桐溪县2026年交通工作安排\n"
              "一、补齐农村路网短板\n"
              "2025年,全县新改建农村公路86公里,完成危桥改造9座。为了延续这一势头,我们将重点推进以下几个方面:\n"
              "- 加快南山片区通组公路建设;\n"
              "- 推动客运站点与物流网点共建。\n")


def test_a_year_frame_in_the_lead_in_dates_the_plan_items():
    assert _deadline_of(FRAMED_PLAN, "推行执法全过程记录制度") == "2026年"
    assert _deadline_of(FRAMED_PLAN, "分批组织执法人员参加法律知识轮训") == "2026年"


def test_a_next_year_frame_dates_the_items_too():
    assert _deadline_of(FRAMED_PLAN_NEXT_YEAR, "推进家庭医生签约扩面") == "明年"


def test_a_review_sentences_year_still_dates_no_list():
    assert _deadline_of(SCENE_YEAR, "加快南山片区通组公路建设") is None
