"""Round 24 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import deadline_of, removed, texts, titles


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
    assert deadline_of(FRAMED_PLAN, "推行执法全过程记录制度") == "2026年"
    assert deadline_of(FRAMED_PLAN, "分批组织执法人员参加法律知识轮训") == "2026年"


def test_a_next_year_frame_dates_the_items_too():
    assert deadline_of(FRAMED_PLAN_NEXT_YEAR, "推进家庭医生签约扩面") == "明年"


def test_a_review_sentences_year_still_dates_no_list():
    assert deadline_of(SCENE_YEAR, "加快南山片区通组公路建设") is None


# --- a 范文 item's title with its number in brackets after it ("…工作总结【一】", "…总结(二)") -------------------------

BRACKET_NUMBERED_ITEMS = ("社区禁毒宣传工作总结范文\n"
                          "发布时间: 2021.06.18\n"
                          "社区禁毒宣传工作总结【一】\n"
                          "今年以来,我社区围绕全民禁毒宣传月,组织开展禁毒知识进楼栋活动12场,发放宣传册1600余份。\n"
                          "活动中,社区联合派出所民警、网格员和志愿者深入辖区楼栋,以案说法讲解新型毒品的危害和识别方法,"
                          "居民参与有奖问答1200余人次。\n"
                          "下一步,我们将在7月底前完成禁毒志愿者队伍的补充招募。\n"
                          "社区禁毒宣传工作总结【二】\n"
                          "一年来,社区禁毒工作站坚持宣传与帮教并重,走访重点人员家庭38户次,帮教对象无一复吸。\n")

ROUND_BRACKET_ITEMS = ("中学食堂管理工作总结(精选2篇)\n"
                       "中学食堂管理工作总结(一)\n"
                       "本学期,学校食堂严格落实食品原料索证索票制度,全年开展食品安全自查24次,未发生食品安全事故。"
                       "食堂从业人员全部持健康证上岗,每日对餐具进行高温消毒并留样48小时,家长代表每月参与陪餐监督,"
                       "对提出的菜品意见逐条反馈整改,并在学期末组织一次食堂满意度问卷调查。\n"
                       "中学食堂管理工作总结(二)\n"
                       "一年来,食堂围绕明厨亮灶改造完成操作间视频监控安装16路,师生满意度测评达到96.5%。\n")

# the report's own part headings keep their brackets at the front, and a heading that ends on a genre word
# with a bracketed note is no item marker
PART_HEADINGS = ("县农技站2024年工作总结\n"
                 "一、主要工作完成情况\n"
                 "(一)全年推广水稻新品种5个,示范面积1.2万亩。\n"
                 "二、下步工作打算(草案)\n"
                 "2025年将重点推进测土配方施肥全覆盖。\n")


def test_bracket_numbered_items_name_and_split_their_reports():
    assert titles(BRACKET_NUMBERED_ITEMS) == ["社区禁毒宣传工作总结", "社区禁毒宣传工作总结"]
    assert "社区禁毒宣传工作总结【二】" in removed(BRACKET_NUMBERED_ITEMS)
    assert not any("【" in t for t in texts(BRACKET_NUMBERED_ITEMS))


def test_round_bracket_numbered_items_name_their_reports():
    assert titles(ROUND_BRACKET_ITEMS) == ["中学食堂管理工作总结", "中学食堂管理工作总结"]


def test_part_headings_with_brackets_stay_in_the_report():
    assert len(texts(PART_HEADINGS)) == 1
    body = texts(PART_HEADINGS)[0]
    assert "(一)全年推广水稻新品种5个" in body and "二、下步工作打算(草案)" in body


# --- a total's state after one of its categories is no part of the total (SUM_MISMATCH) ------------------------------

def _flag_codes(page: str) -> list[str]:
    from page_text import run
    return [f.code for d in run(page).documents for f in d.flags]


STATE_AFTER_PART = ("城管科专项督查通报\n"
                    "会上,城管科通报了前期督查发现的46处问题点位,其中背街小巷占29处,已整改到位37处,"
                    "剩余问题要求各社区在本月底前全部销号。会议还对下阶段环境整治工作作了部署。\n")

STATE_AFTER_PART_2 = ("安全生产月工作小结\n"
                      "活动期间,全镇共排查各类安全隐患58处,其中重大隐患6处,已全部化解52处,其余隐患均落实了整改责任人和时限,"
                      "做到隐患闭环管理。\n")

# categories that add up to more than their stated total are still a mismatch
CATEGORIES_OVER_TOTAL = ("城管科专项督查通报\n"
                         "会上,城管科通报了前期督查发现的46处问题点位,其中背街小巷29处、农贸市场周边21处,"
                         "要求各社区在本月底前全部销号。会议还对下阶段环境整治工作作了部署。\n")


def test_a_totals_state_after_a_category_is_no_part():
    assert "SUM_MISMATCH" not in _flag_codes(STATE_AFTER_PART)
    assert "SUM_MISMATCH" not in _flag_codes(STATE_AFTER_PART_2)


def test_categories_over_their_total_are_still_flagged():
    assert "SUM_MISMATCH" in _flag_codes(CATEGORIES_OVER_TOTAL)
