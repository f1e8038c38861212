"""Round 27 (r27deadline): deadline classes found on real dated plans of unseen hosts (重点项目 news with 计划 / 预计
dates, 行动方案 with a 总体目标 frame, 责任书 with limits in days, 下半年 meeting news, 创建方案 with 月底前 items), each
with must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of


def plan(*lines: str) -> str:
    """A short plan page: a title, a plans heading and the given lines."""
    return "青石镇2031年工作计划\n一、下一步工作打算\n" + "\n".join(lines) + "\n"


# --- the end of this or next year is read whole ------------------------------------------------------------------

def test_this_years_end_is_read_whole_not_as_the_year():
    page = plan("1.力争今年底实现南环路全线通车。", "2.确保明年底前建成镇区污水处理厂。")
    assert deadline_of(page, "南环路全线通车") == "今年底"
    assert deadline_of(page, "镇区污水处理厂") == "明年底前"


def test_this_years_end_in_other_words():
    page = plan("1.争取今年末完成全部危桥改造。", "2.计划明年末建成镇文化中心。")
    assert deadline_of(page, "危桥改造") == "今年末"
    assert deadline_of(page, "镇文化中心") == "明年末"


def test_lookalike_a_bare_year_and_a_year_since_stay():
    page = plan("1.明年建成镇文化中心。", "2.今年以来群众反映的问题要逐件办结。", "3.今年年底前完成危房改造。")
    assert deadline_of(page, "镇文化中心") == "明年"
    assert deadline_of(page, "逐件办结") is None
    assert deadline_of(page, "危房改造") == "今年年底前"


# --- a limit in days, and one counted from a named step's end -------------------------------------------------------

def test_a_limit_in_days_is_read():
    page = plan("1.村务监督委员会应在10日内予以答复。", "2.乙方应在签订本协议后十日内提交年度计划书。")
    assert deadline_of(page, "予以答复") == "10日内"
    assert deadline_of(page, "提交年度计划书") == "十日内"


def test_a_limit_counted_from_a_steps_end_keeps_the_step():
    page = plan("1.考核结束后10个工作日内向各村书面反馈问题。", "2.人员变动后15日内更新办公用房台账。",
                "3.每季度考核结束后5个工作日内通报考核结果。")
    assert deadline_of(page, "书面反馈问题") == "考核结束后10个工作日内"
    assert deadline_of(page, "办公用房台账") == "人员变动后15日内"
    assert deadline_of(page, "通报考核结果") == "每季度考核结束后5个工作日内"


def test_lookalike_a_date_in_chinese_numerals_keeps_its_month():
    page = plan("1.五月十日前完成春播物资储备。", "2.财政所应在收到上级资金后30日内完成分解下达。")
    assert deadline_of(page, "春播物资储备") != "十日前"
    assert deadline_of(page, "分解下达") == "30日内"


# --- 本月底 needs no 前 ---------------------------------------------------------------------------------------------

def test_this_months_end_without_qian():
    page = plan("1.预计本月底完成2号机组调试。", "2.力争下月底实现主厂房封顶。")
    assert deadline_of(page, "2号机组调试") == "本月底"
    assert deadline_of(page, "主厂房封顶") == "下月底"


def test_lookalike_this_months_end_with_qian_stays_whole():
    page = plan("1.本月底前完成台账整理。", "2.本周内完成隐患排查。")
    assert deadline_of(page, "台账整理") == "本月底前"
    assert deadline_of(page, "隐患排查") == "本周内"


# --- a year followed by 已 names a past state ----------------------------------------------------------------------

def test_a_year_followed_by_yi_is_no_deadline():
    page = plan("1.加大违建整治力度。对2029年已达标的社区进行提档升级,提档升级比例达到40%以上。",
                "2.对2030年已建成的村级站点开展回头看,整改率达到100%。")
    assert deadline_of(page, "提档升级比例") is None
    assert deadline_of(page, "整改率达到100%") is None


def test_lookalike_a_year_before_a_plan_still_dates_it():
    page = plan("1.2031年底前完成全部社区提档升级。", "2.2032年建成村级站点20个。")
    assert deadline_of(page, "社区提档升级") == "2031年底前"
    assert deadline_of(page, "村级站点20个") == "2032年"


# --- a target title's frame dates its paragraph ----------------------------------------------------------------------

def test_a_frame_after_a_target_title_dates_the_paragraph():
    page = ("青州市物流枢纽建设行动方案\n"
            "一、总体要求\n"
            "(二)总体目标。到2033年,基本建成区域物流枢纽城市。铁公水多式联运体系基本形成,港口集疏运能力明显增强。"
            "全市A级物流企业达到60家以上。\n")
    assert deadline_of(page, "多式联运体系") == "到2033年"
    assert deadline_of(page, "A级物流企业") == "到2033年"


def test_a_frame_after_a_target_label_dates_the_clauses():
    page = ("青州市乡村学校提升方案\n"
            "一、主要目标\n"
            "主要目标:到2030年,寄宿制学校生活教师配备达到每100名寄宿生不少于2名;乡村教师交流轮岗比例不低于15%。\n")
    assert deadline_of(page, "生活教师配备") == "到2030年"
    assert deadline_of(page, "交流轮岗比例") == "到2030年"


def test_lookalike_a_review_titles_frame_dates_nothing():
    page = ("青州市物流局2031年工作总结\n"
            "一、工作成效\n"
            "(一)主要成效。到2030年底,全市累计建成物流园区6个,冷链网络覆盖全部县区。\n"
            "二、下一步打算\n"
            "1.要加快建设临港多式联运中心。\n"
            "2.要积极培育物流龙头企业。\n")
    assert deadline_of(page, "临港多式联运中心") is None
    assert deadline_of(page, "物流龙头企业") is None


# --- 年前 after 在 / 于 -------------------------------------------------------------------------------------------

def test_before_the_new_year_is_read():
    page = plan("1.确保11个在建项目在年前完工。", "2.全镇危房改造于年前全部完成。")
    assert deadline_of(page, "在建项目") == "年前"
    assert deadline_of(page, "危房改造") == "年前"


def test_lookalike_years_ago_is_no_deadline():
    page = plan("1.对三年前建成的文化广场进行维修。", "2.要把两年前的遗留问题彻底解决。")
    assert deadline_of(page, "文化广场") is None
    assert deadline_of(page, "遗留问题") is None


# --- a purpose's time is not the measure's ---------------------------------------------------------------------------

def test_a_purpose_clauses_year_does_not_date_the_measure():
    page = ("下半年工作安排\n"
            "要持续加强项目建设,早做谋划、储备一批大项目,为明年的项目接续打好基础。\n"
            "要抓好冬春农田水利建设,为明年农业丰收打下坚实基础。\n")
    assert deadline_of(page, "加强项目建设") == "下半年"
    assert deadline_of(page, "农田水利建设") == "下半年"


def test_lookalike_a_year_made_the_focus_keeps_it():
    page = plan("1.把民生实事列为今年工作重点。", "2.把招商引资作为明年工作的重中之重。")
    assert deadline_of(page, "民生实事") == "今年"
    assert deadline_of(page, "招商引资") == "明年"


# --- 以下年度 is no 下年度 -------------------------------------------------------------------------------------------

def test_the_following_years_targets_are_no_next_year():
    page = ("销售目标责任书\n二、目标销售任务\n乙方负责华东片区销售,并完成以下年度目标销售任务:\n"
            "1、年度销售目标任务:1800万元;\n2、年度回款率:95%以上。\n")
    assert all(dl != "下年度" for _, dl in commitments(page))
    page2 = plan("1.认真完成以下年度重点任务:扩大有效投资。")
    assert all(dl != "下年度" for _, dl in commitments(page2))


def test_lookalike_next_years_plan_keeps_xia_niandu():
    page = plan("1.下年度将新建村级应急服务站20个。", "2.下一年度要完善安全生产标准化体系。")
    assert deadline_of(page, "应急服务站") == "下年度"
    assert deadline_of(page, "安全生产标准化体系") == "下一年度"


# --- a reviewing paragraph that opens the plans section gives it no 上半年 ------------------------------------------------

def test_a_review_sentences_half_year_is_not_carried():
    page = ("市政府举行全体会议\n"
            "8月5日,市政府举行全体会议,对下半年重点工作进行研究部署。\n"
            "市长指出,上半年全市经济运行总体平稳,主要指标保持在合理区间。各县区各部门要正视差距,坚定信心。"
            "要持续加强项目建设。要加大招商引资力度。\n")
    assert deadline_of(page, "加强项目建设") is None
    assert deadline_of(page, "招商引资力度") is None


def test_a_review_sentences_half_year_is_not_carried_other_words():
    page = ("县政府召开常务会议\n"
            "7月10日,县政府召开常务会议。\n"
            "县长强调,上半年全县各项工作有序推进,多项指标好于预期。下一步,各乡镇要盯紧薄弱环节。"
            "要抓好防汛救灾工作。要抓好秋粮生产。\n")
    assert deadline_of(page, "防汛救灾") is None
    assert deadline_of(page, "秋粮生产") is None


def test_lookalike_a_half_year_that_plans_stays():
    page = ("镇2031年工作要点\n一、上半年重点工作\n1.完成镇区道路改造。\n2.启动文化中心建设。\n")
    assert deadline_of(page, "镇区道路改造") == "上半年"
