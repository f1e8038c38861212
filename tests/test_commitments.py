"""Commitments: one per measure, with deadlines as written and resolved."""
import re

import pytest

from reportnlp.api import process
from reportnlp.models_io import using
from reportnlp.patterns import resolved
from reportnlp.stages.commitments import (
    _cfg,
    _cue_scans,
    _structure_only,
    commitment_candidates,
    resolve_deadline,
)


def commitments(text: str):
    return [(c.data.text, c.data.deadline) for c in process(text).parts[0].get("commitments")]


def pieces(text: str) -> list[str]:
    """The text of every measure the classifier is asked about (its verdict aside)."""
    part = process(text).parts[0]
    return [part.text[c.start:c.end] for c in commitment_candidates(part)]


@pytest.mark.parametrize("deadline,year,date", [
    ("年底前", 2020, "2020-12-31"), ("5月底前", 2021, "2021-05-31"), ("下半年", 2019, "2019-12-31"),
    ("今年10月下旬", 2018, "2018-10-31"), ("三季度", 2022, "2022-09-30"), ("明年3月前", 2020, "2021-03-31"),
    ("次年1月底前", 2024, "2025-01-31"),
    ("2025年", None, "2025-12-31"), ("20xx年4月前", 2019, None), ("年底前", None, None),
    ("首季", 2025, "2025-03-31"), ("2025年起", 2024, "2025-01-01"),  # the first quarter; from a year on
])
def test_resolve_deadline(deadline, year, date):
    assert resolve_deadline(deadline, year) == date


def test_list_intro_deadline_carries_to_items():
    text = ("2019年上半年,中心办结审批事项5600件。\n我们工作中存在的问题主要有:人员不足。\n"
            "针对上述存在问题,下半年我们打算抓好以下工作:\n一是继续抓好职能调整。\n二是抓好授权工作,防止授权不到位。\n")
    got = dict(commitments(text))
    assert got["一是继续抓好职能调整。"] == "下半年"
    assert got["二是抓好授权工作,防止授权不到位。"] == "下半年"


def test_cues_outside_next_step_sections():
    # the forward clause after past wording (已上报,年底前将…) is a measure of its own
    text = ("2020年,我局扎实推进各项工作,现将情况报告如下:\n一、主要做法\n全年完成培训1200人次。"
            "关于增设政务公开机构的请示已上报,年底前将获批复。我局已完成网站改版。\n")
    got = commitments(text)
    assert any("年底前将获批复" in t and d == "年底前" for t, d in got)
    assert not any("网站改版" in t for t, _ in got)  # a finished action is not a commitment


def test_deadline_specific_beats_year():
    # the deadline logic alone, whatever the classifier decides about the measure
    text = "现将有关事项通知如下:\n各单位于2011年12月28日前,按干部管理权限分别到县委组织部领取2012年度考核表。"
    part = process(text).parts[0]
    found = {part.text[c.start:c.start + 3]: c.deadline for c in commitment_candidates(part)}
    assert found["各单位"] == "于2011年12月28日前"


@pytest.mark.parametrize("text,snippet", [
    # past actions that contain 确保/进一步/力争 report what was done
    ("一、主要做法\n去年我局进一步完善了审批流程，确保了群众办事方便，全年办件1.2万件。\n", "完善了审批流程"),
    # a problem statement
    ("二、存在问题\n一是部分窗口人员业务能力不强，服务意识有待提高。\n", "业务能力不强"),
    ("二、存在的不足\n对照群众的要求，主要表现为：\n一是自助设备与群众办事需求还不相适应，网上办理的覆盖面受到限制。\n",
     "自助设备"),
    # scoring criteria
    ("考核标准：办结率达到100%得5分，每降低1个百分点扣1分。\n", "得5分"),
    # how an assessment is weighted describes the scheme, it promises nothing
    ("三、考核办法\n对领导班子的考核实行百分制，工作实绩占70%，民主测评占30%。\n", "工作实绩占70%"),
    ("二、下一步打算\n对镇村干部的测评分为好、较好、一般、差四个格次。\n", "四个格次"),
    # the thanks that close an answer to a deputy's proposal
    ("三、下一步工作\n下一步,我局将加快推进桥梁改造。\n再次感谢您对全县交通工作的关心和支持,欢迎继续提出宝贵意见。\n",
     "再次感谢"),
])
def test_not_commitments(text, snippet):
    assert not any(snippet in t for t, _ in commitments("2023年工作总结\n" + text))


def test_target_list_gives_one_commitment_per_clause():
    text = ("2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
            "一般公共预算收入增长5%；城镇登记失业率控制在3.5%以内。\n")
    got = commitments("2023年，全县经济运行稳中有进。\n" + text)
    for clause in ("地区生产总值增长6%左右", "一般公共预算收入增长5%", "城镇登记失业率控制在3.5%以内"):
        assert sum(clause in t for t, _ in got) == 1


def test_structured_fields_of_a_commitment():
    from reportnlp.api import extract_text

    text = ("县教育局2023年工作总结\n2023年，全县新建校舍4所，教师培训覆盖率达到100%。\n"
            "三、2024年工作打算\n一是各乡镇要于6月底前完成校舍安全排查；\n二是力争年底前建成智慧教育平台，"
            "实现中小学网络覆盖率达到100%。\n")
    doc = extract_text(text).documents[0]
    by_text = {c.text: c for c in doc.commitments}
    first = next(c for t, c in by_text.items() if "校舍安全排查" in t)
    assert first.owner == "各乡镇"
    # the list's heading names 2024: a deadline without a year falls in it, not in the report's year
    assert "6月底前" in first.deadline and first.deadline_date == "2024-06-30"
    assert first.section == "下一步" and 0.0 <= first.confidence <= 1.0
    second = next(c for t, c in by_text.items() if "智慧教育平台" in t)
    assert second.action.startswith("建成智慧教育平台")
    assert second.deadline == "年底前"


def test_an_item_with_its_own_target_clause_gives_two_measures():
    # the action and the quantity promised for it are distinct measures; a purpose clause is not
    text = ("下一步工作打算\n"
            "一是加强村医队伍建设,争取年内招录定向医学生3名;\n"
            "二是深化家校共育,每学期召开家长会不少于2次;\n"
            "三是加强业务培训,提升服务能力。\n")
    got = [t for t, _ in commitments(text)]
    assert any(t.startswith("一是加强村医队伍建设") and "招录" not in t for t in got)
    assert any(t.startswith("争取年内招录定向医学生3名") for t in got)
    assert any(t.startswith("每学期召开家长会") for t in got)
    assert not any(t.startswith("提升服务能力") for t in got)


def test_a_plans_bare_directives_are_commitments():
    # an implementation plan directs in every sentence, mostly without 要/将: owners and steps mark them
    text = ("青溪镇2025年农村道路安全隐患整治实施方案\n"
            "为切实消除农村道路安全隐患，结合我镇实际，制定本方案。\n"
            "一、实施步骤\n"
            "（一）排查阶段。由镇交管站牵头，各村组织网格员对辖区道路开展拉网式排查，建立隐患台账。\n"
            "（二）整治阶段。对排查出的隐患实行挂牌督办，一般隐患当场整改。\n")
    got = [t for t, _ in commitments(text)]
    assert any("拉网式排查" in t for t in got)
    assert any("挂牌督办" in t for t in got)


def test_an_item_title_and_its_first_sentence_are_one_measure():
    # one commitment per item (FORMAT.md): the title names it, its first sentence states it
    text = ("2024年工作打算\n"
            "一是要加强组织领导。各村要成立工作专班，于3月底前制定实施细则，明确责任人。\n"
            "二是要强化督查考核。镇督查办每月开展一次专项督查，结果纳入年度考核。\n")
    got = [t for t, _ in commitments("2023年，全镇完成道路硬化12公里。\n" + text)]
    assert not any(t.rstrip("。") == "一是要加强组织领导" for t in got)  # never the title alone
    first = [t for t in got if t.startswith("一是要加强组织领导")]
    assert first and "成立工作专班" in first[0]
    assert sum("每月开展一次专项督查" in t for t in got) == 1


@pytest.mark.parametrize("argument", [
    "改厕是人居环境整治的重点,也是群众最关心的事。",  # what the item is
    "执法质量直接关系到群众对政府的信任。",  # what is at stake
    "乡镇执法能力弱,根子在人员和培训。",  # where the trouble lies
    "守住不发生规模性返贫底线是硬任务,丝毫不能放松。",  # a warning that names no action
])
def test_an_item_title_over_an_argument_is_not_joined_to_it(argument):
    # the body argues why the item matters: it states no measure for the title to name
    text = "2025年工作打算\n（一）聚焦重点任务,打好攻坚战。" + argument + "今年要新建公厕12座。\n"
    got = pieces("2024年,全镇完成道路硬化12公里。\n" + text)
    assert not any("打好攻坚战" in p and argument[:6] in p for p in got)
    assert any("新建公厕12座" in p for p in got)


def test_a_short_item_among_its_siblings_is_no_heading():
    text = ("三、下一步工作打算\n"
            "1.进一步完善便民服务中心机构设置，配齐配强工作人员。\n"
            "2.加强督促检查和调查研究，及时总结推广经验。\n"
            "3.抓好创业数据的统计工作。\n"
            "4.及时编发工作简报。\n")
    got = [t for t, _ in commitments("2023年，中心共受理事项1.2万件。\n" + text)]
    assert any("抓好创业数据的统计工作" in t for t in got)
    assert any("及时编发工作简报" in t for t in got)


def test_each_quantity_of_a_target_list_is_a_measure_but_a_topic_clause_stays_with_the_first():
    text = ("二、2025年工作打算\n"
            "（四）保障和改善民生，新增学位5000个，新建保障性租赁住房1200套，改造老旧小区12个。\n")
    got = [t for t, _ in commitments("2024年，全区民生支出占比达到78%。\n" + text)]
    first = [t for t in got if "新增学位5000个" in t]
    assert first and first[0].startswith("（四）保障和改善民生")  # the topic opens the first measure
    assert any(t.startswith("新建保障性租赁住房1200套") for t in got)
    assert any(t.startswith("改造老旧小区12个") for t in got)


def test_a_chain_under_one_future_frame_gives_one_measure_per_action():
    # FORMAT.md: each measure of a chain under one 将; a purpose verb (推动) stays with its action,
    # means (依托…) with the action after them, and a dated clause is a measure of its own
    got = [p.strip("，,。") for p in pieces(
        "三、下一步工作打算\n下一步，我局将加快智慧政务平台建设，完善网上审批流程，推动数据共享，"
        "年底前实现全部事项网上可办。\n在今后的工作中，中心将依托政务网络平台，加强网站建设，加大网上公开力度。\n")]
    assert "完善网上审批流程，推动数据共享" in got, got
    assert any(p.endswith("加快智慧政务平台建设") for p in got)
    assert any(p.startswith("年底前实现全部事项网上可办") for p in got)
    assert any(p.endswith("依托政务网络平台，加强网站建设") for p in got)
    assert "加大网上公开力度" in got


def test_a_chain_without_a_future_frame_or_inside_an_item_stays_one_measure():
    got = [p.strip("，,。") for p in pieces(
        "二、下一步打算\n各单位要加快平台建设，完善审批流程。\n一是将加快平台建设，完善审批流程。\n")]
    assert "各单位要加快平台建设，完善审批流程" in got
    assert "一是将加快平台建设，完善审批流程" in got


def test_a_lead_in_gives_its_items_the_deadline_of_the_sentence_that_announces_them():
    # the colon sentence names the period; an earlier past sentence's year is not the items' deadline
    text = ("三、下一步工作\n2023年，全局共办结信访件312件。概括起来，下半年工作的主要任务分为两个方面：\n"
            "一是抓好信访积案化解，逐件明确包案领导。\n二是抓好源头治理，健全矛盾纠纷排查机制。\n")
    got = dict(commitments("县信访局2023年上半年工作总结\n" + text))
    assert got["一是抓好信访积案化解，逐件明确包案领导。"] == "下半年"
    assert got["二是抓好源头治理，健全矛盾纠纷排查机制。"] == "下半年"


def test_a_list_opened_inside_a_paragraph_gives_its_later_items_the_lead_ins_deadline():
    text = ("二、2024年工作安排\n按照县委要求，今年全镇的重点任务，一是抓项目，全力推进产业园二期建设；\n"
            "二是抓民生，继续实施农村饮水提升工程。\n")
    got = dict(commitments("2023年，全镇完成固定资产投资4.2亿元。\n" + text))
    assert got["二是抓民生，继续实施农村饮水提升工程。"] == "今年"


def test_a_lead_in_that_announces_problems_gives_its_items_no_plan_context():
    """"对照…的要求来看,还存在一些不足,主要表现为:" names 要求, yet its items are problems, not plans."""
    text = ("政务公开工作情况汇报\n今年以来，中心扎实开展政务公开工作。\n"
            "一是公开了全部办事指南。中心将86项审批事项的办理流程全部上墙公示。\n"
            "但是，对照上级对政务服务工作的要求来看，目前的公开工作还存在一些不足，主要表现为：\n"
            "一是中心信息化建设与公开工作的要求还不相适应，公开的辐射范围受到限制。\n"
            "二是办公场地受限，多数窗口难以制作专门的公开栏，今后要统一制作。\n"
            "下一步工作打算如下：\n一是统一制作公开栏。\n")
    part = process(text).parts[0]
    named = {part.text[c.start:c.end][:4]: c.named for c in commitment_candidates(part)}
    assert "plan_context" not in named["二是办公"]
    assert "plan_context" in named["一是统一"]


def test_how_a_scheme_works_is_no_commitment_even_in_a_plan_section():
    """Plan parts of 考核方案 and 讲话 describe the scheme and argue for it; only measures count."""
    text = ("2023年工作总结\n二、下一步打算\n对社区班子的考评，分为工作实绩和居民测评两项。\n"
            "考评结果作为社区书记年度考核的重要依据。\n绩效管理说到底是对干部作风的检验。\n"
            "一是加强督查，每季度通报一次进展。\n")
    got = [t for t, _ in commitments(text)]
    assert not any(k in t for t in got for k in ("分为工作实绩", "重要依据", "说到底"))
    assert any("每季度通报" in t for t in got)


def test_a_clause_dated_with_a_placeholder_year_is_a_measure_of_its_own():
    """范文 sites write the year as 20xx: "…,20xx年4月前制定规划方案" still opens a dated measure."""
    got = pieces("2023年工作总结\n二、下一步打算\n我县已拟定重建政务大楼,20xx年4月前制定完善大楼规划方案。\n")
    assert any(p.startswith("20xx年4月前制定") for p in got), got


@pytest.mark.parametrize("sentence,directive", [
    ("最近,县委办公室印发了农村人居环境整治实施细则,请各乡镇、各部门认真组织实施,抓好落实。", "请各乡镇"),
    ("县图书馆新馆已进入装修收尾阶段,预计今年10月下旬对外开放。", "预计今年10月下旬"),
    ("今天各乡镇分管领导都来了,大家回去以后要把会议精神向主要负责同志汇报。", "大家回去以后要把"),
])
def test_a_directive_after_past_scene_setting_is_a_measure_of_its_own(sentence, directive):
    """Past wording that sets the scene (已下发了…) does not swallow the directive after it."""
    got = pieces("2023年工作总结\n二、下一步打算\n" + sentence + "\n")
    assert any(p.startswith(directive) for p in got), got


@pytest.mark.parametrize("sentence,actions", [
    # the state of a pilot, then what the unit will do: each action of the 将-chain is a measure
    ("目前,两级中心试点工作正在有序开展,我局将及时给予指导,适时进行验收总结,并向全县进行推广。",
     ["我局将及时给予指导", "适时进行验收总结", "并向全县进行推广"]),
    # a clause of what the unit has now, a 待…后 frame (quotes inside), then the chain
    ("现有兼职人员3名,待“数据管理股”设立后,将配备专职人员,落实工作经费。", ["将配备专职人员", "落实工作经费"]),
])
def test_a_future_chain_after_a_present_state_clause_gives_one_measure_per_action(sentence, actions):
    got = [p.strip("，,。") for p in pieces("2023年工作总结\n一、主要做法\n" + sentence + "\n")]
    for action in actions:
        assert action in got, got
    assert not any(p.startswith(("目前", "现有")) and "将" in p for p in got), got


def test_a_plan_clause_after_a_plan_clause_stays_in_the_chain():
    got = pieces("二、下一步打算\n我局将加快平台建设,要完善网上审批流程。\n")
    assert [p for p in got if "审批" in p] == ["我局将加快平台建设,要完善网上审批流程。"]


def test_a_clause_that_only_frames_the_next_is_no_measure_of_its_own():
    got = [p.strip("，,。") for p in pieces("二、下半年工作打算\n针对上述存在问题,下半年我们将加快审批改革,年底前实现全程网办。\n")]
    assert "针对上述存在问题" not in got
    assert any(p.startswith("针对上述存在问题,下半年") for p in got), got


def test_an_item_whose_own_sub_items_follow_is_their_title():
    """"(三)完善…制度,为…服好务。一是…二是…": the measures are the sub-items; the long first
    sentence above them is marked a title, as a short one is."""
    part = process("四、2014年工作措施\n(三)完善并联审批制度,为改善投资发展环境,为招商引资服好务。"
                   "一是充分发挥并联审批的作用。二是继续搞好跟踪服务,对特殊情况送证上门。\n").parts[0]
    by_text = {part.text[c.start:c.end]: c.named for c in commitment_candidates(part)}
    parent = next(named for text, named in by_text.items() if text.startswith("(三)"))
    assert "item_title" in parent
    assert all("item_title" not in named for text, named in by_text.items() if text.startswith(("一是", "二是")))


def candidate_deadlines(text: str) -> dict[str, str | None]:
    """Each measure the classifier is asked about, with the deadline it would carry."""
    part = process(text).parts[0]
    return {part.text[c.start:c.end].strip("，,;； \n"): c.deadline for c in commitment_candidates(part)}


# each page: the deadline every named measure carries (its own time, else its list's lead-in's)
_DEADLINE_PAGES = {
    "a phase title gives its date span to the steps after it": (
        ("县直机关2024年度考核实施方案\n一、考核对象\n县直各单位。\n二、考核步骤\n"
         "1.自查自评（1月3日至1月5日）。各单位对照目标责任书逐项自查，形成自查报告。\n"
         "2.集中考核（1月8日至1月12日）。考核组逐项对照评分细则打分，随机走访群众不少于10户。\n"),
        # a short title and its first sentence are one measure; a clause that sets its own target is one more
        {"1.自查自评（1月3日至1月5日）。各单位对照目标责任书逐项自查，形成自查报告。": "1月3日至1月5日",
         "考核组逐项对照评分细则打分": "1月8日至1月12日", "随机走访群众不少于10户。": "1月8日至1月12日"}),
    "a phase title inside a run-on paragraph (line breaks lost) dates the steps after it": (
        ("街道社区年度考核方案\n一、考核对象\n各社区。\n三、考核步骤\n"
         "第一阶段，社区自查（12月1日至12月10日）。各社区对照考核细则逐项自查，形成自查报告。"
         "第二阶段，实地考核（12月11日至12月20日）。街道组成两个考核组逐个社区考核。\n"),
        {"各社区对照考核细则逐项自查，形成自查报告。": "12月1日至12月10日",
         "街道组成两个考核组逐个社区考核。": "12月11日至12月20日"}),
    "a plan title glued to its items gives them its year": (
        ("城关派出所2011年工作总结\n1.全年破获刑事案件112起。\n"
         "2.2012年工作设想。（1）深入开展严打整治，力争破案率提高5个百分点；（2）全面加强社区警务室建设。\n"),
        {"（2）全面加强社区警务室建设。": "2012年"}),
    "a paragraph that opens with its time gives it to each measure without one": (
        ("区民政局2024年工作总结\n一、工作成效\n全年新建养老服务站6个。\n七、下一步工作\n"
         "2025年，我局将重点推进农村幸福院提质增效，年底前实现正常运营；深入推进医养结合，力争新增机构2家。\n"),
        {"年底前实现正常运营": "年底前", "力争新增机构2家。": "2025年"}),
    # the heading says 2024年, the lead-in 今年: a later lead-in without a time keeps 今年
    "the nearest lead-in's time holds until another lead-in states one": (
        ("凤岭县2024年政府工作报告\n一、2023年工作回顾\n全年完成投资97亿元。\n二、2024年主要目标和重点工作\n"
         "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长10%。\n"
         "围绕上述目标，重点抓好以下工作：\n（一）抓项目扩投资。力争新增规模以上工业企业20户以上。\n"),
        {"固定资产投资增长10%。": "今年", "（一）抓项目扩投资。力争新增规模以上工业企业20户以上。": "今年"}),
    "a sibling clause's deadline does not replace the lead-in's": (
        ("县教育局2024年上半年工作总结\n一、主要成绩\n新增学位1200个。\n二、下半年工作打算\n"
         "下半年我们打算抓好以下工作：\n一是实施“县管校聘”改革，8月底前完成全县教师岗位竞聘。\n"),
        {"一是实施“县管校聘”改革": "下半年", "8月底前完成全县教师岗位竞聘。": "8月底前"}),
    "relative times and school terms are deadlines": (
        ("县政务服务中心2019年工作总结\n一、主要做法\n全年办件3.2万件。\n二、下一步打算\n"
         "我县拟重建政务大楼，届时将所有审批事项纳入中心，在此之前选租一处场地作为公共服务大厅。\n"
         "本学期每位教师至少上1节公开课。\n"),
        {"我县拟重建政务大楼，届时将所有审批事项纳入中心": "届时",
         "在此之前选租一处场地作为公共服务大厅。": "在此之前", "本学期每位教师至少上1节公开课。": "本学期"}),
    "a clause that opens with this year's time and a cue is a measure of its own": (
        ("县政务服务中心2013年工作总结\n一、主要做法\n全年办件3.2万件。\n二、2014年工作打算\n"
         "第一，要进一步加强窗口人员业务教育，今年要结合新法实施开展多种形式的培训活动。\n"),
        {"第一，要进一步加强窗口人员业务教育": "2014年", "今年要结合新法实施开展多种形式的培训活动。": "今年"}),
}


@pytest.mark.parametrize("case", list(_DEADLINE_PAGES))
def test_a_measure_carries_its_own_time_else_its_lead_ins(case):
    text, expected = _DEADLINE_PAGES[case]
    got = candidate_deadlines(text)
    assert {piece: got.get(piece) for piece in expected} == expected


@pytest.mark.parametrize("sentence,deadline", [("七是五一起在各景区开展文明旅游志愿服务。", "五一起"),
                                               ("八是届时邀请人大代表现场评议。", "届时")])
def test_a_deadline_with_no_date_word_is_found(sentence, deadline):
    got = candidate_deadlines("区文旅局2023年工作总结\n一、工作成效\n接待游客52万人次。\n二、2024年工作打算\n" + sentence + "\n")
    assert got[sentence] == deadline


def test_a_day_span_resolves_to_its_end():
    assert resolve_deadline("1月8日至1月12日", 2024) == "2024-01-12"
    assert resolve_deadline("2012年1月4日至13日", None) == "2012-01-13"


@pytest.mark.parametrize("sentence,deadline,date", [
    ("一是一季度内完成3个小区的物业托管引入。", "一季度内", "2024-03-31"),
    ("二是从6月起对满意率低于80%的单位进行约谈。", "从6月起", "2024-06-01"),
    ("三是每年12月底前发布年度就业质量报告。", "每年12月底前", "2024-12-31"),
    ("四是秋季开学前新增学位2400个。", "秋季开学前", "2024-12-31"),  # no month: the year's end
    ("五是各单位于每季度末月25日前报送工作进展。", "每季度末月25日前", "2024-12-31"),  # recurring: by the year's end
    ("七是各单位于次年1月底前报送上年度报表。", "于次年1月底前", "2025-01-31"),  # the year after
    # a year before a count dates what is counted, the measure keeps its heading's year
    ("六是对2023年86件群众来信逐件建立回访台账。", "2024年", "2024-12-31"),
])
def test_deadlines_are_taken_as_written(sentence, deadline, date):
    got = candidate_deadlines("区人社局2023年工作总结\n一、工作成效\n新增就业5200人。\n二、2024年工作打算\n" + sentence + "\n")
    assert got[sentence] == deadline
    assert resolve_deadline(deadline, 2024) == date


@pytest.mark.parametrize("closing", ["以上报告，请予审议。", "妥否，请批示。", "特此报告。",
                                     "再次感谢您对我们工作的关心和支持！"])
def test_a_closing_formula_is_structure_even_in_a_plans_section(closing):
    # without the classifier every measure of a plans section is taken: the formula is not one
    with using({}):
        got = [t for t, _ in commitments("2023年工作总结\n二、下一步打算\n一是年底前建成便民服务中心。\n" + closing + "\n")]
    assert got == ["一是年底前建成便民服务中心。"]


@pytest.mark.parametrize("structure", [
    "（责任科室：人事科、计财科）",  # who acts: a note on the measure before it
    "（完成时限：6月底前）",
    "明年，我局将重点做好三件事：",  # a counted lead-in announces the items, it is none
    "三、2024年工作打算 一是年底前建成便民服务中心。",  # a plans heading run into its first item
])
def test_notes_counted_lead_ins_and_plan_headings_are_structure(structure):
    with using({}):  # without the classifier every measure of a plans section is taken
        got = [t for t, _ in commitments("2023年工作总结\n二、下一步打算\n一是年底前建成便民服务中心。\n" + structure + "\n")]
    assert all(t == "一是年底前建成便民服务中心。" for t in got)


def test_a_list_does_not_carry_its_plans_into_the_problems_section_before_it():
    text = ("区人社局2023年工作总结\n一、主要成效\n全年新增就业5200人。\n五、存在问题及工作打算\n"
            "（一）存在问题。一是灵活就业人员参保意愿不强；二是基层劳动保障监察力量不足。\n"
            "（二）工作打算。一是年内开展技能培训8000人次以上；二是6月底前建成零工市场2个；"
            "三是持续推进全民参保计划；四是年底前完成参保数据比对。\n")
    got = [t for t, _ in commitments(text)]
    assert not any("参保意愿" in t or "监察力量" in t for t in got)
    assert any("零工市场" in t for t in got)


def test_items_opened_by_yi_yao_are_measures_and_their_lead_in_is_none():
    text = ("2025年工作打算\n围绕上述目标,报告要求:一要加快电网建设,6月底前建成投运110千伏青石变电站;"
            "二要提升服务水平,全面推行一证办电;三要筑牢安全底线,每季度开展一次安全大检查。\n"
            "统一要求各单位年底前完成自查。\n")
    got = pieces(text)
    # the first item is cut from the lead-in it is glued to, as 一是 is
    assert any(p.startswith("一要加快电网建设") for p in got) and any(p.startswith("三要筑牢安全底线") for p in got)
    assert not any("统" == p[-1:] for p in got)  # 统一要求 is no item
    with using({}):
        assert not any(t.endswith("报告要求:") for t, _ in commitments(text))


def test_the_first_quarter_and_a_year_from_which_are_deadlines_as_written():
    got = dict(commitments("2025年工作打算\n一是力争首季实现开门红,新签项目5个;\n二是2025年起全面推行一证办电;\n"))
    assert got["一是力争首季实现开门红,新签项目5个"] == "首季"
    assert got["二是2025年起全面推行一证办电"] == "2025年起"


@pytest.mark.parametrize("since", ["今年以来", "2024年以来"])
def test_a_year_followed_by_since_looks_back_and_is_no_deadline(since):
    got = candidate_deadlines(f"县审批局2024年上半年工作总结\n{since}，我局将改革向纵深推进，各项工作有序开展。\n"
                              "二、下半年工作打算\n1.推行电子证照应用。\n2.完善网上办事指南。\n")
    assert not any(dl and "年" in dl and "半年" not in dl for dl in got.values()), got


def test_a_dated_fact_of_the_reported_year_under_the_targets_is_no_commitment():
    """A feature page prints a target, then a comment with last year's figure: the year is no deadline."""
    text = ("2024年工作回顾\n全年地区生产总值增长5.8%。\n二、2025年主要目标\n地区生产总值增长6%左右。\n"
            "【点评】\n2024年全市城镇新增就业1.18万人,完成年度任务的107%。\n")
    part = process(text).parts[0]
    fact = [c for c in commitment_candidates(part) if part.text[c.start:c.end].startswith("2024年全市")]
    assert fact and all("dated_fact" in c.named and c.deadline != "2024年" for c in fact)


def test_the_coming_years_of_a_plan_are_its_deadline():
    got = commitments("二、今后五年的奋斗目标\n今后五年,全县地区生产总值年均增长6%以上。\n")
    assert any(d == "今后五年" for _, d in got), got


@pytest.mark.parametrize("structure", [
    "(县数据局牵头,县直有关单位配合)",
    "(二)食堂从业人员健康证持证情况;",
    "(一)学校自查阶段(9月10日—9月30日)。",
])
def test_owner_brackets_and_numbered_scopes_are_structure(structure):
    text = ("关于开展校园食品安全自查的通知\n各学校:\n现将有关事项通知如下:\n一、自查内容\n(一)食品原料采购查验情况;\n"
            + structure + "\n二、工作要求\n各学校要于9月30日前报送自查报告。\n")
    got = [t for t, _ in commitments(text)]
    assert not any(structure.strip("。;") in t for t in got), got
    assert any("9月30日前报送" in t for t in got), got


def test_a_time_limit_a_measure_sets_is_no_deadline():
    got = dict(commitments("二、2025年工作安排\n将企业开办时间压缩至3个工作日以内,审批时限压缩至50个工作日以内。\n"))
    assert not any(d and "工作日" in d for d in got.values()), got


def test_a_sentence_that_counts_the_items_to_come_is_their_lead_in():
    text = "2023年工作总结\n三、下一步工作计划\n接下来我局继续重点做好五方面工作。\n一是加强队伍建设,年内培训干部200人次。\n"
    part = process(text).parts[0]
    lead = [c for c in commitment_candidates(part) if part.text[c.start:c.end].startswith("接下来")]
    assert lead and _structure_only(part.text, lead[0])
    assert not part.meta["directive"]  # "三、下一步工作计划" is a heading, not a plan's title


def test_an_item_that_opens_with_an_action_is_no_scope_even_when_it_ends_on_a_scope_noun():
    """"(二)…持证情况" names a scope; "一是加大…宣传,丰富…内容" acts on that noun: a measure."""
    text = ("2023年工作总结\n三、下一步工作打算\n一是加大防汛知识宣传力度,进一步丰富宣传内容。\n"
            "二是年底前完成3座山塘除险加固。\n")
    part = process(text).parts[0]
    item = [c for c in commitment_candidates(part) if part.text[c.start:c.end].startswith("一是加大")]
    assert item and not _structure_only(part.text, item[0])


@pytest.mark.parametrize("announcement", ["下面,我就做好今年的工作讲三点意见。", "最后,我再强调一下今年秸秆禁烧工作的问题。"])
def test_a_speakers_announcement_of_a_topic_is_structure(announcement):
    text = ("在全县农业农村工作会议上的讲话\n同志们:\n" + announcement + "\n"
            "一要抓好粮食生产,今年粮食播种面积稳定在60万亩以上。\n")
    part = process(text).parts[0]
    said = [c for c in commitment_candidates(part) if part.text[c.start:c.end].startswith(announcement[:4])]
    assert said and all(_structure_only(part.text, c) for c in said)


def test_argument_in_a_plans_part_is_marked_for_the_classifier():
    text = ("在全县安全生产工作会议上的讲话\n三、下一步工作\n一是要把握正确方向。安全检查不是走过场,而是为了发现隐患。\n"
            "如果隐患查不出来,就会酿成事故。\n二是各乡镇要于6月底前完成液化气站全面排查。\n")
    part = process(text).parts[0]
    argued = {part.text[c.start:c.end][:6]: "cue:argue" in c.named for c in commitment_candidates(part)}
    assert argued.get("如果隐患查不") and not argued.get("二是各乡镇要"), argued


@pytest.mark.parametrize("measure,deadline", [
    ("力争国庆节前完成教学楼屋面防水处理。", "国庆节前"),
    ("确保明年秋季开学前新校区投入使用。", "明年秋季开学前"),
    ("计划在今年暑假期间完成食堂改造。", "今年暑假期间"),
    ("在春耕前把全镇农机台账全部理清。", "春耕前"),
])
def test_seasonal_and_event_deadlines_are_read_whole(measure, deadline):
    got = dict(commitments("2024年工作总结\n三、下一步工作打算\n" + measure + "\n"))
    assert got.get(measure) == deadline, got


def test_an_item_title_over_an_argument_is_not_merged_with_it():
    text = ("在全县安全生产工作会议上的讲话\n三、下一步工作\n一是要把握正确方向。安全检查不是走过场,而是为了发现隐患。\n"
            "二是各乡镇要于6月底前完成液化气站全面排查。\n")
    got = pieces(text)
    assert "一是要把握正确方向。" in got and not any("不是走过场" in p and "一是" in p for p in got), got


@pytest.mark.parametrize("scope", ["今年春查主要检查消防通道是否畅通、灭火器是否在有效期内。",
                                   "参训人员为各乡镇农技站站长和茶叶专业合作社技术员。",
                                   "(二)属地管理原则。各乡镇对辖区内的养老机构负总责。"])
def test_what_a_notice_checks_who_takes_part_and_its_principles_are_marked_as_description(scope):
    text = "关于开展春季安全检查的通知\n各乡镇、各有关单位:\n" + scope + "\n各单位要于4月10日前报送自查报告。\n"
    part = process(text).parts[0]
    described = [c for c in commitment_candidates(part) if part.text[c.start:c.end] in scope]
    assert described and all("cue:describe" in c.named for c in described), [(part.text[c.start:c.end], c.named) for c in commitment_candidates(part)]


def test_dash_heads_owner_notes_cut_at_a_semicolon_and_phase_titles_are_structure():
    text = ("2025年全县水利工作要点\n一、重点任务\n——在巩固农业基础上求实效。\n"
            "全年新建高标准农田2万亩,6月底前完成松溪灌区渠系改造。\n(牵头单位:县水利局;配合单位:县农业农村局、各乡镇)\n"
            "二、实施步骤\n(一)动员部署阶段(3月1日至3月15日)。\n(二)全面实施阶段(3月16日至11月30日)。\n")
    part = process(text).parts[0]
    cands = commitment_candidates(part)
    structure = {part.text[c.start:c.end].strip("；;。") for c in cands if _structure_only(part.text, c)}
    for piece in ("——在巩固农业基础上求实效", "(牵头单位:县水利局", "配合单位:县农业农村局、各乡镇)",
                  "(二)全面实施阶段(3月16日至11月30日)"):
        assert piece in structure, (piece, structure)
    assert any(c.data.text.startswith("全年新建高标准农田") for c in part.get("commitments"))


@pytest.mark.parametrize("measure,deadline", [("各乡镇今年内完成农村户厕问题排查。", "今年内"),
                                              ("对整改销号的问题定期回访,长期坚持。", "长期坚持")])
def test_within_this_year_and_for_good_are_deadlines_as_written(measure, deadline):
    got = dict(commitments("2024年巡察整改情况报告\n三、下一步整改措施\n" + measure + "\n"))
    assert got.get(measure) == deadline, got


@pytest.mark.parametrize("argument", ["考核不是目的,目的是引导大家把心思用在提高质量上。", "建好只是第一步,管好才是关键。",
                                      "森林防火,重在防,难在管。"])
def test_variants_of_an_argument_are_marked(argument):
    part = process("在全县农村公路管护工作会议上的讲话\n三、下一步工作\n" + argument + "\n").parts[0]
    cands = [c for c in commitment_candidates(part) if part.text[c.start:c.end] == argument]
    assert cands and all("cue:argue" in c.named for c in cands), [c.named for c in cands]


@pytest.mark.parametrize("measure,deadline", [("4月初完成全部校舍安全排查。", "4月初"), ("今冬明春完成80座山塘清淤。", "今冬明春")])
def test_the_start_of_a_month_and_the_winter_season_are_deadlines(measure, deadline):
    got = dict(commitments("2024年工作总结\n三、下一步工作打算\n" + measure + "\n"))
    assert got.get(measure) == deadline, got


@pytest.mark.parametrize("principle", ["1、因地制宜原则。制定规划时,必须从各村实际出发。",
                                       "(一)指导思想。要以农民满意为标准,统筹推进农村供水工程建设。"])
def test_a_principle_or_the_guiding_idea_is_no_measure(principle):
    text = "关于完善农村供水管护办法的调研报告\n三、对策建议\n" + principle + "\n2、建议今年下半年先在4个乡镇开展试点。\n"
    part = process(text).parts[0]
    stated = [c for c in commitment_candidates(part) if part.text[c.start:c.end].startswith(principle[:5])]
    assert stated and all(_structure_only(part.text, c) for c in stated)


def test_a_schemes_scoring_items_are_no_commitments_its_steps_are():
    # in a plan every part directs, yet its scoring items and their points name what is scored
    scheme = "2024年卫生院绩效考核实施方案\n三、考核内容及分值\n（一）医疗质量20分；（二）公共卫生服务15分；（三）群众满意度10分。\n"
    assert commitments(scheme) == []
    steps = "四、考核步骤\n各科室于12月10日前完成自评，院考核小组于12月下旬组织考核。\n"
    assert any("完成自评" in t for t, _ in commitments(scheme + steps))


def test_every_commitment_pattern_runs_on_re():
    # the stage calls them per sentence without patterns.finditer's regex timeout: re needs none
    c = _cfg()
    # (the *_gate entries are literal gates, string sets, not patterns)
    patterns = {**{k: v for k, v in c.items() if k != "features" and not k.endswith("_gate")}, **c["features"]}
    for name, scan in _cue_scans().items():  # a cue's scan without its Han-run alternatives, and their tails
        patterns |= {f"{name} lean": scan.lean, **{f"{name} tail {k}": tail for k, (tail, _) in enumerate(scan.tails)}}
    patterns = {k: p for k, p in patterns.items() if p is not None}
    assert all(isinstance(resolved(p), re.Pattern) for p in patterns.values()), [
        k for k, p in patterns.items() if not isinstance(resolved(p), re.Pattern)]


def test_the_classifier_reads_how_a_measure_opens():
    """The grams are a bag; the first two characters tell the clause's mood (imperative verb, subject,
    description), so they are a feature of their own."""
    text = "2023年，全镇完成道路硬化12公里。\n三、2024年工作打算\n一是撰写年度工作总结。\n二是主要考核工作实绩。\n"
    part = process(text).parts[0]
    named = {part.text[c.start:c.end].rstrip("。"): c.named for c in commitment_candidates(part)}
    assert named["一是撰写年度工作总结"]["open:撰写"] == 1.0  # the enumerator stripped
    assert "open:主要" in named["二是主要考核工作实绩"]


@pytest.mark.parametrize("following,parent", [
    ("本项工作分两个层面推进。\n一是完善考核细则，6月底前修订印发。\n", True),  # sub-items of another scheme
    ("本项工作分两个层面推进。\n第二，推行网格管理，实现全域覆盖。\n", False),  # the next item of its own list
])
def test_an_item_whose_sub_items_start_the_next_line_is_their_parent(following, parent):
    """A long item title ("第一,…,实现…。") with a short lead-in after it on its line and the sub-items of
    another numbering scheme on the next lines names their topic: its measures are theirs."""
    from reportnlp.stages.commitments import _is_item_title

    title = "第一，深化街道绩效管理改革，实现全员覆盖。"
    text = title + following
    assert _is_item_title(text, 0, len(title), len(title)) is parent


def test_the_classifier_knows_an_item_that_has_a_body_after_it():
    text = ("2023年，全镇完成道路硬化12公里。\n三、2024年工作打算\n"
            "一是推进道路提档。道路不是修好就完事，关键在于管好养好。\n"  # argument after the head
            "二是抓好河道保洁。\n")
    part = process(text).parts[0]
    named = {part.text[c.start:c.end].rstrip("。"): c.named for c in commitment_candidates(part)}
    assert "item_with_body" in named["一是推进道路提档"]
    assert "item_with_body" not in named["二是抓好河道保洁"]


def test_months_written_in_chinese_numerals_are_deadlines():
    # school and hospital plans, schedules (行事历) and rectification lists write months in words
    text = ("2024年秋季学期，我校德育工作有序开展。\n三、2025年工作安排\n"
            "1.三月份完成新生心理健康普查。\n2.十月中旬召开各年级家长会。\n3.十一月底前完成宿舍消防改造。\n")
    got = {t: (d, iso) for t, d, iso in ((c.data.text, c.data.deadline, c.data.deadline_date)
                                        for c in process(text).parts[0].get("commitments"))}
    assert got["1.三月份完成新生心理健康普查。"] == ("三月份", "2025-03-31")
    assert got["2.十月中旬召开各年级家长会。"] == ("十月中旬", "2025-10-20")
    assert got["3.十一月底前完成宿舍消防改造。"] == ("十一月底前", "2025-11-30")


def test_a_rectification_lists_time_row_dates_the_measures_of_its_item():
    text = ("按照巡察反馈意见,镇党委制定整改方案如下。\n三、整改措施\n"
            "1.问题:部分村级公厕长期关闭。\n"
            "整改措施:逐座查明原因,能修复的限期修复开放。\n"
            "建立村管组包的管护机制,每座公厕明确1名保洁员。\n"
            "责任领导:副镇长 周立　责任单位:镇农业农村办　整改时限:2025年9月底前\n"
            "2.问题:项目尾款结算滞后。\n"
            "整改措施:会同县财政局开展结算审核,及时拨付尾款。\n"
            "责任领导:镇长 吴川　整改时限:长期坚持\n")
    got = {c.data.text[:8]: (c.data.deadline, c.data.deadline_date)
           for c in process(text).parts[0].get("commitments")}
    assert got["整改措施:逐座查"] == ("2025年9月底前", "2025-09-30")
    assert got["建立村管组包的管"] == ("2025年9月底前", "2025-09-30")
    assert got["整改措施:会同县"] == ("长期坚持", None)  # a standing commitment has no due date


def test_the_problem_rows_of_a_rectification_list_are_no_commitments():
    text = ("按照巡察反馈意见,镇党委制定整改方案如下。\n三、整改措施\n"
            "1.问题:要求年底前完成的3项整改任务仍未启动。\n"  # a deadline and 要求 in the finding
            "整改措施:镇党委每月随机抽查3个村的组织生活记录,抽查结果在党建例会上通报。\n"
            "(二)关于“后备力量不足”的问题。\n"
            "2.问题:部分项目将于年底前到期,续签手续尚未办理。\n"
            "整改措施:从返乡大学生中选育村级后备力量,年底前每村储备2名。\n")
    got = [t for t, _ in commitments(text)]
    assert not any("问题" in t[:8] for t in got)
    assert any(t.startswith("整改措施:镇党委每月随机抽查") for t in got)
    assert any(t.startswith("整改措施:从返乡大学生") for t in got)


def test_a_binary_model_gives_one_class_the_probability_proba_gives_it():
    from reportnlp.models_io import LinearModel, char_grams

    model = LinearModel(classes=["no", "yes"], bias=[-0.3], weights={"g:加": [0.8], "g:加强": [1.1], "future": [0.9]})
    for text, named in (("加强管理", {"future": 1.0}), ("", {}), ("年度", {"past": 1.0})):
        probs = model.proba(char_grams(text), named)
        for label in ("no", "yes", "maybe"):
            assert model.probability(label, char_grams(text), named) == probs.get(label, 0.0)


def test_a_schedule_rows_month_dates_every_item_on_the_row():
    text = ("2025年秋季学期德育工作计划\n一、工作目标\n学生行为规范达标率达到95%以上。\n"
            "二、德育工作行事历\n月份　主要工作　负责部门\n"
            "九月　新生入学教育；教师节感恩活动　政教处\n4 月 期中质量检测；家长开放日　教务处\n")
    got = {c.data.text[:6]: c.data.deadline for c in process(text).parts[0].get("commitments")}
    assert got["九月新生入学"] == got["教师节感恩活"] == "九月"  # the row's second item too
    assert got["4月期中质量"] == "4月"


def test_a_total_after_a_forward_cue_is_a_target_not_past_work():
    # 累计 / 共计 report a total reached, unless the clause aims at it (力争…累计交付30台)
    text = ("青禾街道2025年上半年工作总结\n一、主要工作\n上半年累计交付加装电梯12台。\n"
            "二、下半年工作打算\n年底前完成5个小区改造,力争加装电梯累计交付30台。\n")
    part = process(text).parts[0]
    named = {part.text[c.start:c.end].strip("。,"): c.named for c in commitment_candidates(part)}
    aim = next(f for piece, f in named.items() if piece.startswith("力争"))
    assert "cue:aim" in aim and "cue:past" not in aim
    assert "力争加装电梯累计交付30台" in {t.rstrip("。") for t, _ in commitments(text)}
    done = next((f for piece, f in named.items() if piece.startswith("上半年累计")), None)
    assert done is None or "cue:past" in done


@pytest.mark.parametrize("text", [
    "在思想上，要统一认识。工作上，主要是抓落实。", "上上，上，分为两类", "主要是工作上，过去", "作为考核依据上，",
    "目前思想上,要求不高。在制度建设上，还有差距。", "工作上要加强", "",
])
def test_a_cue_scan_finds_what_its_pattern_finds(text):
    """A cue with an alternative that opens with a Han run is scanned without it, and in full only
    where its tail comes a run's length later: the same matches as a scan of the whole cue."""
    for name, scan in _cue_scans().items():
        assert scan.starts(text) == [m.start() for m in _cfg()["features"][name].finditer(text)], name


@pytest.mark.parametrize("sentence,deadline,date", [
    ("一是本月底前完成全部山塘的清淤。", "本月底前", None),  # the report's month is not known
    ("二是春灌前完成12条支渠的防渗维修。", "春灌前", "2024-12-31"),
    ("三是清明期间各林区卡口实行全天值守。", "清明期间", "2024-12-31"),
    ("四是开学第一周公布课后服务课程安排。", "开学第一周", "2024-12-31"),
    ("五是接到报告后2小时内赶到现场处置。", "2小时内", None),  # a time limit, not a date
    ("六是集中整治从12月21日—次年2月28日开展。", "从12月21日—次年2月28日", "2025-02-28"),
    ("七是三年内实现村级卫生室全覆盖。", "三年内", "2026-12-31"),
    ("八是确保城北小学扩建明年秋季学期投入使用。", "明年秋季学期", "2025-12-31"),
    ("九是各乡镇会后三天内上报排查台账。", "会后三天内", None),
])
def test_event_times_time_limits_and_spans_into_the_next_year(sentence, deadline, date):
    got = candidate_deadlines("县水利局2023年工作总结\n一、工作成效\n完成清淤18座。\n二、2024年工作打算\n" + sentence + "\n")
    assert got[sentence] == deadline
    assert resolve_deadline(deadline, 2024) == date


def test_a_chain_under_a_dated_future_frame_is_one_measure_per_action():
    text = ("丹溪社区2026年工作总结\n一、工作成效\n全年办结居民诉求311件。\n二、谋长远\n"
            "2027年,社区将继续以党建引领为主线,推动共建单位资源下沉,完善居民议事会制度,拓宽居民参与社区事务的渠道。\n")
    got = pieces(text)
    assert "完善居民议事会制度," in got and "拓宽居民参与社区事务的渠道。" in got, got


@pytest.mark.parametrize("argument", [
    "山塘整治的难点不在清淤,而在坝体。",          # not X but Y
    "免疫密度是基础,抗体水平才是关键。",            # Y is what matters
    "收治能力是衡量一个科室的硬指标。",            # is the yardstick of
    "秋粮产量决定着全年粮食生产的成败。",          # decides
    "山区安全的重心在汛期、在山林。",              # its centre lies in
    "坝体不牢,挖得再深也蓄不住水。",               # however much …, still
])
def test_argument_forms_in_a_plans_part_are_marked_for_the_classifier(argument):
    text = ("在全县冬春水利建设动员会上的讲话\n三、下一步工作\n二是要抓好山塘整治。" + argument + "\n"
            "三是各乡镇要于12月底前完成渠道清淤。\n")
    part = process(text).parts[0]
    argued = {part.text[c.start:c.end]: "cue:argue" in c.named for c in commitment_candidates(part)}
    assert argued.get(argument) is True, argued


@pytest.mark.parametrize("sentence", ["县政府将自觉接受县人大的法律监督和工作监督。", "镇政府将坚持依法行政,严格执行重大事项集体决策制度。"])
def test_will_before_a_manner_word_is_a_future_frame(sentence):
    text = "镇人民政府工作报告\n三、加强政府自身建设\n" + sentence + "\n"
    part = process(text).parts[0]
    assert any("cue:future" in c.named for c in commitment_candidates(part))


def test_a_time_cut_short_at_the_end_of_a_long_first_line_is_no_deadline_for_the_section():
    text = ("县卫生健康局2024年工作总结\n一、工作成效\n全年新增家庭医生签约居民1.2万人。\n"
            "下一步,我局将对评议中群众提出的各项意见建议逐条研究,列出整改清单,于12月15日前将整改方案报送县人大常委会。"
            "同时要完善乡镇卫生院人才激励办法。\n")
    got = candidate_deadlines(text)
    assert got.get("同时要完善乡镇卫生院人才激励办法。") != "于12月", got


def test_items_of_a_list_announced_as_problems_and_scoring_items_are_no_commitments():
    text = ("关于乡镇目标考评工作的调研报告\n一、基本情况\n全县18个乡镇全部实行目标考评,考评结果与评优挂钩。\n"
            "二、几点建议\n在考评办法制定上最容易出现两个问题:\n一是目标定得过低,缺乏激励性;\n二是指标设置过多,基层负担偏重。\n"
            "要解决这两方面的问题,建议县考评办每年初组织一次指标论证会,对乡镇上报的目标逐项审核。\n"
            "对乡镇的考评实行百分制:经济发展30分;社会事业20分;计划生育12分;党的建设10分。\n")
    got = [t for t, _ in commitments(text)]
    assert len(got) == 1 and got[0].startswith("要解决这两方面的问题,建议县考评办"), got


@pytest.mark.parametrize("cue,text,found", [
    ("future", "计划生育12分;", False),  # family planning, a noun
    ("future", "计划年底前建成冷库。", True),
    ("argue", "在农村低保、医疗救助等事关民生的方面挖掘信息", False),  # 事关 inside a noun phrase
    ("argue", "这项工作事关全局,丝毫不能放松。", True),
    ("rationale", "后备干部队伍的优劣对干部队伍素质起着决定性的作用。", True),
    ("argue", "推行绩效管理是一项开创性的工作,没有现成经验可以借鉴。", True),  # what the work is, no action
    ("argue", "重点是加快县政务服务中心建设,", False),
    ("describe", "公众评议分领导评价和民意调查两个二级指标", True),  # how a scheme is composed
    ("describe", "分批推进老旧小区改造", False),
    ("future", "社区将把认养家庭的管护情况作为评选参考", True),  # 将把: "will put", always ahead
    ("future", "镇安监办将逐一跟踪复查", True),
    ("future", "将纳入中心的项目分部门对外公布", True),  # (将 as 把 before 纳入: the class the lookahead admits)
    ("future", "将其作为重点", False),
])
def test_feature_cues_tell_lookalikes_apart(cue, text, found):
    assert bool(_cfg()["features"][cue].search(text)) is found


def test_a_lead_in_announcing_points_is_structure_and_its_argument_no_measure():
    text = ("二、工作要求\n在自我评价环节中要注意两点:\n一是评价过高;\n二是评价过低。\n"
            "后备干部队伍的优劣对干部队伍素质起着决定性的基础作用。\n要从考评结果中发现和培养后备干部。\n")
    assert [t for t, _ in commitments(text)] == ["要从考评结果中发现和培养后备干部。"]


def test_each_action_of_a_chain_past_a_noun_phrase_with_shiguan():
    text = ("四、下一步打算\n在今后工作中,将继续加强人员培训,拓宽信息采集渠道,特别是在农村低保、医疗救助等事关民生的方面"
            "挖掘信息,进一步加大公示力度。\n")
    assert any(t.startswith("拓宽信息采集渠道") for t, _ in commitments(text))


def test_the_actions_of_a_chain_follow_its_frame_inside_work_done():
    text = ("一、主要做法\n(一)完善三级服务网络。全县建成乡镇便民服务中心12个、村级代办点146个,基本实现了全覆盖。\n"
            "(二)树立示范标杆。我局将白沙镇确定为标准化建设试点,统一场地、标识和办事流程。目前,试点工作正在有序推进,"
            "我局将及时给予指导和支持,适时进行验收总结,并向全县进行推广。\n")
    assert [t for t, _ in commitments(text)] == ["我局将及时给予指导和支持", "适时进行验收总结", "并向全县进行推广。"]


def test_a_forecast_with_its_own_time_is_a_measure_of_its_own():
    text = ("一、主要做法\n(一)推进场馆建设。县里已拟定新建一座文化馆,2026年3月前完成设计方案,预计2027年投入使用。\n")
    assert ("预计2027年投入使用。", "2027年") in commitments(text)


def test_a_clause_striving_for_a_quantity_is_a_target_of_its_own():
    text = "三、明年打算\n明年起将村里的果园统一流转给合作社经营,力争村集体经营性收入突破25万元。\n"
    assert [t for t, _ in commitments(text)] == ["明年起将村里的果园统一流转给合作社经营", "力争村集体经营性收入突破25万元。"]


def test_items_counted_as_things_to_do_are_measures():
    text = ("四、明年打算\n来年,我想做好三件事。第一件,把村里的灌溉渠修通,春耕前完工。第二件,办好农民夜校,每月至少开课两次。"
            "第三件,帮助村里的茶叶合作社打开网上销路。\n")
    got = [t for t, _ in commitments(text)]
    assert any(t.startswith("第二件,办好农民夜校") for t in got), got


def test_a_future_frame_after_an_opening_clause_heads_its_measure():
    text = ("三、存在的不足\n演练中也暴露出个别班级疏散速度偏慢的问题。针对这些问题,我园将把疏散演练纳入每月安全教育,"
            "统一各班的疏散口令,在楼梯口增设引导员。\n")
    assert [t for t, _ in commitments(text)] == ["针对这些问题,我园将把疏散演练纳入每月安全教育,统一各班的疏散口令,在楼梯口增设引导员。"]


def test_a_paragraph_opened_by_a_future_frame_chains_the_actions_of_its_later_sentences():
    text = ("四、下一步工作\n今后,我局将进一步完善公开办事制度。在办事指南公开中,增加申请表格的填写范本;"
            "进一步优化政府信息公开的内容和形式,规范信息分类,调整发布格式。\n")
    got = [t for t, _ in commitments(text)]
    assert "进一步优化政府信息公开的内容和形式" in got and any(t.startswith("规范信息分类") for t in got), got
    assert not any(t.rstrip(",") == "在办事指南公开中" for t in got), got  # the field it turns to is no measure


def test_the_items_of_a_list_of_who_takes_part_are_no_measures():
    text = ("关于开展年度考核工作的通知\n各单位:\n现将有关事项通知如下:\n三、考核程序\n参加述职会议人员:\n"
            "(1)乡镇机关为全体干部职工、村(居)“两委”负责人及部分党代表。\n(2)县直各单位为全体干部职工及部分服务对象代表。\n"
            "述职会议结束后,每个单位推荐1名群众满意干部。\n")
    got = [t for t, _ in commitments(text)]
    assert not any(t.startswith(("(1)", "(2)")) for t in got), got
