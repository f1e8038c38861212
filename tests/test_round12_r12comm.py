"""Round 12 (r12comm): commitments and indicator names on real pages of every family.

Classes: a notice's measures after "…采取以下措施,请…。" and requirements under "(二)工作要求。" (the lead-in
also across blank lines), a plan named as what a meeting did ("…点评了…下一步工作方向"), a year that is
what is reviewed ("全面总结2023年工作") taken for a deadline, a review's aimed forward clause ("力争今年全面
完成…"), and area or bare-verb counts whose noun follows the number ("加快桥头村2400亩油茶基地建设")."""
from reportnlp.api import process
from reportnlp.stages.commitments import _cfg, commitment_candidates


def _commitments(text: str) -> list[tuple[str, str | None]]:
    return [(c.data.text, c.data.deadline) for part in process(text).parts for c in part.get("commitments")]


def _sections_of(text: str) -> dict[str, str]:
    """The first characters of each candidate measure -> the section it is read in."""
    part = process(text).parts[0]
    return {part.text[c.start:c.start + 6]: c.section for c in commitment_candidates(part)}


def _deadlines_of(text: str) -> dict[str, str | None]:
    part = process(text).parts[0]
    return {part.text[c.start:c.end]: c.deadline for c in commitment_candidates(part)}


def _names(text: str) -> list[str]:
    return [m.data.indicator for part in process(text).parts for m in part.get("metrics")]


_NOTICE = ("各乡镇人民政府,县直各部门:\n\n为加强全县林下经济管理,经县政府同意,现将有关事项通知如下。"
           "县政府决定采取以下措施,请认真贯彻执行。\n\n第一、建立林下经济联席会议制度。\n\n"
           "第二、每半年对各乡镇林下经济发展情况开展一次考核。\n\n枫溪县人民政府办公室\n2031年3月2日\n")


def test_notice_measures_after_a_request_lead_in():
    got = _sections_of(_NOTICE)
    assert got["第一、建立林"] == "下一步"
    assert got["第二、每半年"] == "下一步"


def test_same_list_in_a_summary_stays_work_done():
    text = ("枫溪县林业局2030年工作总结\n一、主要工作\n今年以来,我局采取以下措施,请各位领导审阅。\n\n"
            "第一、建立林下经济联席会议制度。\n\n第二、对各乡镇林下经济发展情况开展考核。\n")
    got = _sections_of(text)
    assert all(label != "下一步" for key, label in got.items() if key.startswith("第"))


_SCHEME = ("一、编制背景\n\n今年1月,县人代会审议通过了政府工作报告。\n\n二、主要内容和要求\n\n"
           "(一)主要内容。方案把报告分解为36项任务。\n\n(二)工作要求。\n\n"
           "1.压实责任。各牵头单位要把分解任务纳入本单位年度目标管理。\n\n"
           "2.加强调度。各牵头单位要于每月5日前报送任务进展情况。\n")


def test_requirements_under_a_requirements_sub_heading():
    got = _sections_of(_SCHEME)
    assert got["1.压实责任"] == "下一步"
    assert got["2.加强调度"] == "下一步"


def test_items_under_a_results_sub_heading_are_not_requirements():
    text = _SCHEME.replace("(二)工作要求。", "(二)主要成效。").replace("要把", "把").replace("要于", "于")
    got = _sections_of(text)
    assert got.get("1.压实责任") != "下一步"


def _plan_items(text: str) -> list[str]:
    part = process(text).parts[0]
    return [part.text[c.start:c.end] for c in commitment_candidates(part) if "item_of_plan_list" in c.named]


def test_lead_in_across_a_blank_line_opens_a_plan_list():
    text = ("某街道工作总结\n一、主要工作\n完成老旧小区改造3个。\n"
            "重点抓好以下三项工作:\n\n一是推进背街小巷整治。\n\n二是完成社区服务中心改造。\n")
    assert any(t.startswith("一是推进背街小巷") for t in _plan_items(text))


def test_without_a_lead_in_no_plan_list():
    text = ("某街道工作总结\n一、主要工作\n完成老旧小区改造3个。\n\n"
            "一是推进背街小巷整治。\n\n二是完成社区服务中心改造。\n")
    assert not _plan_items(text)


def test_plan_named_as_what_a_meeting_did_is_no_commitment():
    text = ("12月18日,县档案馆召开年度工作总结会。馆长在点评中充分肯定了全年的成绩,"
            "逐一点评了各科室的工作成效和下一步工作方向。他要求,一是要加快档案数字化,年底前完成馆藏扫描;"
            "二是要健全查档服务制度。\n")
    part = process(text).parts[0]
    kept = [part.text[c.start:c.end] for c in commitment_candidates(part, structure=False)]
    assert not any("下一步工作方向" in t for t in kept)
    assert any("年底前完成馆藏扫描" in t for t in kept)


def test_reported_plan_keeps_a_forward_clause_after_it():
    c = _cfg()
    text = "会议明确了下一步工作重点,将于6月底前完成全部整改。"
    m = c["reported_plan"].search(text)
    assert m is not None and c["cues"].search(text, m.end()) is not None  # 将…: looks ahead


def test_reviewed_year_is_no_deadline():
    got = _deadlines_of("同志们:\n今天召开全镇工作会议。各单位、各部门要全面总结2030年工作,认真查找差距,逐项查缺补漏。\n")
    assert got and all(d is None or "2030" not in d for d in got.values())


def test_year_ahead_is_still_a_deadline():
    got = _deadlines_of("同志们:\n各单位、各部门要在2031年完成全部村级道路硬化。\n")
    assert any(d and "2031年" in d for d in got.values())


def test_aimed_forward_clause_inside_a_review():
    text = ("某镇2031年上半年工作总结\n一、上半年工作\n今年年初,我镇重点推进了建筑面积2万平方米的青石社区三期工程,"
            "力争今年全面完成青石社区建设;启动了桃源小区建设,一期工程已建设完成。\n")
    got = dict(_commitments(text))
    assert got.get("力争今年全面完成青石社区建设") == "今年"
    assert not any("桃源小区" in t for t in got)


def test_aimed_clause_that_looks_back_is_not_lifted():
    c = _cfg()
    assert c["aimed_deadline_clause"].match("力争今年全面完成青石社区建设")
    assert not c["aimed_deadline_clause"].match("力争今年完成青石社区建设,目前已完成")


def test_area_named_by_the_noun_after_the_unit():
    names = _names("某镇2031年工作计划\n二、工作重点\n加快桥头村2400亩油茶基地提质改造。完成320亩工业用地征收。\n")
    assert any("油茶基地" in n for n in names)
    assert any("工业用地" in n for n in names)


def test_area_named_on_the_left_stays():
    names = _names("某镇2030年工作总结\n一、主要工作\n粮食播种面积稳定在5.2万亩以上。流转土地860亩建成蔬菜基地。\n")
    assert "粮食播种面积" in names and "流转土地" in names


def test_bare_verb_count_takes_the_noun_after():
    names = _names("某街道2030年工作总结\n一、主要工作\n完成19名新招录公务员的岗前培训。\n")
    assert any("新招录公务员" in n for n in names)


def test_named_left_count_stays():
    names = _names("某街道2030年工作总结\n一、主要工作\n邀请村干部30余人参加了测评会议。\n")
    assert any(n.startswith("邀请村干部") or n == "村干部" for n in names)


def _piece_starting(text: str, start: str) -> str | None:
    part = process(text).parts[0]
    return next((part.text[c.start:c.end] for c in commitment_candidates(part)
                 if part.text.startswith(start, c.start)), None)


def test_item_title_of_twenty_characters_is_glued_to_its_body():
    # a 19-22 character topic line is the title of the measure its first body sentence states
    text = ("某镇2031年下半年工作计划\n下半年,我们将着重抓好三个方面的工作:\n"
            "二是加快速度推进青石镇特色田园乡村建设。下一阶段我们将加强与设计单位沟通,尽快完成施工图。\n")
    piece = _piece_starting(text, "二是加快速度")
    assert piece is not None and "设计单位" in piece


def test_long_item_sentence_stays_a_measure_of_its_own():
    text = ("某镇2031年下半年工作计划\n下半年,我们将着重抓好三个方面的工作:\n"
            "二是加快速度推进青石镇和白沙镇特色田园乡村建设。下一阶段我们将加强与设计单位沟通,尽快完成施工图。\n")
    piece = _piece_starting(text, "二是加快速度")
    assert piece is not None and "设计单位" not in piece
