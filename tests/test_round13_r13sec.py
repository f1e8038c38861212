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
