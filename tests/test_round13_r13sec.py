"""Round 13 (r13sec): a news item's turn from the review to the directives, seen on real pages of several sites."""
from reportnlp.stages.sections import paragraph_cue


def test_speaker_intro_passes_the_cue_to_the_next_sentence():
    # "某某作总结讲话。" says only who speaks: the sentence after it announces the requirements
    par = ("车间主任邵北辰作总结讲话。他对全体安全员的付出表示感谢,并就2026年安全工作提出三点要求。"
           "一是各班组要把隐患排查纳入每日班前会;二是安全员每周至少开展一次交叉检查。")
    assert paragraph_cue(par) == "下一步"
    # the meeting deployed work, then a bare 要求 directs
    par = "会议结合县人代会精神,对全镇重点工作进行部署。要求,各村(社区)要把思想统一到大会精神上来,明确责任人和时限。"
    assert paragraph_cue(par) == "下一步"
    # the speaker's words look back: the work done
    par = "街道党工委书记岑某作总结讲话。他指出,2025年街道完成招商引资签约项目9个,新增城镇就业1320人。"
    assert paragraph_cue(par) == "主要做法"


def test_speaker_intro_lookalikes():
    # a closing line on what the meeting deployed, followed by the scene: no turn
    par = "会议对清水河流域联防联控工作进行了专门部署。会前,与会人员还实地察看了城区段生态护岸。"
    assert paragraph_cue(par) is None
    # 提出了要求 without the number of points: the items may still review the period
    par = "镇长在听取汇报后作总结讲话。他肯定了成绩,提出了要求。一是上半年各项工作开展有序。"
    assert paragraph_cue(par) != "下一步"


def test_counted_requirements_end_the_sentence():
    par = "他对事业部全年宣传工作表示肯定,并对2026年宣传工作提出三点要求。一是各车间要发现新人。"
    assert paragraph_cue(par) == "下一步"


def test_long_clause_of_attending_before_the_speaker():
    par = ("市管公司党委委员、副总经理、青河公司总经理韦某参加会议并讲话,他指出,通讯员要善于在日常工作中挖掘新闻素材,"
           "紧扣企业中心工作。")
    assert paragraph_cue(par) == "下一步"
    # what a long clause attended to is no speaker's frame unless it says he spoke
    par = ("市管公司党委委员、副总经理、青河公司总经理韦某参加会议并听取了各班组的汇报,会议指出,2025年公司完成产值"
           "2.3亿元,同比增长6%。")
    assert paragraph_cue(par) != "下一步"


from reportnlp.api import process  # noqa: E402
from reportnlp.stages.sections import heading_text, label_heading  # noqa: E402


def _labels(text):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 7]) for s in part.get("sections")]


def test_state_headings_of_an_office_space_check_are_the_overview():
    assert label_heading("一、现有办公用房情况", False, False) == "基本情况"
    assert label_heading("二、办公用房使用情况", False, False) == "基本情况"
    # what was done about them, and a fund's use, are not
    assert label_heading("三、办公用房自查及整改情况", False, False) == "主要做法"
    assert label_heading("二、专项资金使用情况", False, False) != "基本情况"


def test_glued_situation_heading_runs_to_its_qingkuang():
    assert heading_text("二、办公用房使用情况东城区管委会办公楼主要由管委会内部职工和派驻机构使用,楼高6层。") == "二、办公用房使用情况"
    # a speech's "关于…的情况" part looks back
    par = "一、关于去年下半年开展城乡环境综合整治的情况去年下半年,我市城乡环境综合整治工作全面展开,历时5个月。"
    assert heading_text(par) == "一、关于去年下半年开展城乡环境综合整治的情况"
    assert label_heading(heading_text(par), False, True) == "主要做法"
    # a glued heading that names no situation keeps its first words only
    assert heading_text("一、加强组织领导全局上下形成了齐抓共管的工作格局和良好氛围,情况明显好转。") == "一、加强组织领导全局上下形成"


def test_a_sibling_headings_only_body_line_is_not_pulled_under_the_next_heading():
    text = ("按照县里通知要求,我局对办公用房进行了全面摸底,现将自查情况报告如下:\n"
            "一、在建项目清理\n我局目前没有在建的楼堂馆所项目\n"
            "二、现有办公用房情况\n我局现有办公楼一栋,总建筑面积2400平方米。\n"
            "三、清理整改情况\n超标的2间办公室已完成调整。\n")
    labels = _labels(text)
    assert ("基本情况", "二、现有办公用") in labels
