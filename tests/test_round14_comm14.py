"""Round 14 (comm14): commitments in meeting news on real pages.

Classes: a news item's list of directives relayed by a meeting or a leader ("会议着重强调…应…开展工作:一是
组织建设要有新面貌,…;二是产业发展要有新突破,…"), in a part sections reads as 其他 (no 下一步 start), and a
directive whose 要 comes after a leading principle clause ("安全是一切工作的底线,各村安全员要逐户排查…")."""
from reportnlp.api import process
from reportnlp.stages.commitments import _cfg, commitment_candidates


def _commitments(text: str) -> list[str]:
    return [c.data.text for part in process(text).parts for c in part.get("commitments")]


def _sections_of(text: str) -> dict[str, str]:
    part = process(text).parts[0]
    return {part.text[c.start:c.start + 6]: c.section for c in commitment_candidates(part)}


_RELAYED = ("4月2日,青禾镇召开新任驻村第一书记见面会,各村“两委”成员参加会议。\n"
            "会上,三位第一书记作了表态发言,会议着重强调第一书记到村后要尽快进入角色、主动开展工作:"
            "一是组织建设要有新面貌,年内完成村级活动阵地改造;二是产业发展要有新突破,培育两个农民专业合作社;"
            "三是为民服务要有新成效,围绕群众急难愁盼逐户走访;四是乡风文明要有新气象,办好移风易俗积分超市。"
            "同时要求各村干部对第一书记多支持、多配合。\n")


def test_relayed_directive_list_in_news_is_read_as_plans():
    got = _sections_of(_RELAYED)
    assert got["二是产业发展"] == "下一步"
    assert got["三是为民服务"] == "下一步"
    found = _commitments(_RELAYED)
    for start in ("一是组织建设", "二是产业发展", "三是为民服务", "四是乡风文明", "同时要求各村"):
        assert any(t.startswith(start) for t in found), (start, found)


def test_relayed_results_stay_work_done():
    # a leader relaying results (指出, no duty word after the verb) opens no plan list
    text = ("12月20日,青禾镇召开年终工作会。\n"
            "会上,镇长强调,一年来全镇上下坚持抓项目、强产业、惠民生:一是项目建设有新进展,新签约项目9个;"
            "二是产业发展有新突破,新增茶园1200亩;三是民生保障有新成效,新建村组道路18公里。\n")
    got = _sections_of(text)
    assert got.get("二是产业发展") != "下一步"
    assert not any(t.startswith("二是产业发展") for t in _commitments(text))


def test_reported_directive_lead_pattern():
    lead = _cfg()["reported_directive_lead"]
    assert lead.search("会议着重强调第一书记到村后应积极开展工作")
    assert lead.search("镇长在讲话中要求各村要抓好以下几项工作")
    assert not lead.search("会议指出,今年全区经济运行稳中有进")
    assert not lead.search("他强调,一年来全镇坚持抓项目、强产业")


def test_directive_after_a_principle_clause_is_a_measure():
    text = ("三是扎实做好岁末年初安全工作。安全是一切工作的底线,各村安全员要逐户排查农房和用电隐患,"
            "修订完善防汛防冻应急预案。\n")
    found = _commitments("下一步工作打算\n" + text)
    assert any(t.startswith("各村安全员要逐户排查") for t in found), found
    assert not any(t.startswith("安全是一切工作的底线") for t in found), found


def test_principle_clause_without_a_directive_is_not_split():
    clause = _cfg()["premise_clause"]
    assert clause.fullmatch("安全是一切工作的底线")
    assert clause.fullmatch("发展是第一要务")
    # a clause that only states what the work is, followed by work done: one sentence of review
    assert not clause.fullmatch("今年全镇共排查隐患236处")
    text = "一、主要做法\n安全是一切工作的底线,去年全镇共排查整改隐患236处。\n"
    assert not _commitments(text)


def test_first_priority_is_no_enumerator_nor_cue():
    # "第一要务" is a noun: neither the enumerator "第一要…" nor a directive 要; "要务实" stays a directive
    c = _cfg()
    assert not c["measure_start"].match("第一要务,安全是发展的前提")
    assert c["measure_start"].match("第一要加强组织领导")
    assert not c["cues"].search("发展是第一要务")
    assert c["cues"].search("二是要务实高效、紧张快干")
    text = ("二、今年重点工作\n(二)发展是第一要务,安全是发展的前提,交通运输部门要加强客运站和长途客车的安全检查,"
            "全面排查车辆隐患。\n")
    found = _commitments(text)
    assert any(t.startswith("交通运输部门要加强") for t in found), found


def test_meeting_procedure_is_no_measure():
    text = ("8月12日,青禾镇柳溪村党支部召开专题组织生活会。\n"
            "会上,镇党委副书记提出要求:一是对照检查要深刻。二是相互批评要直接。三是整改措施要可行。"
            "村支部书记韦长松主持会议。最后,镇党委副书记、镇长卢文杰作总结讲话。\n")
    found = _commitments(text)
    assert not any("主持会议" in t or "作总结讲话" in t for t in found), found
    assert any(t.startswith("二是相互批评要直接") for t in found), found


def test_meeting_arranged_in_a_notice_keeps_its_chair():
    pattern = _cfg()["meeting_procedure"]
    assert pattern.match("村支部书记韦长松主持会议。")
    assert pattern.match("最后,镇党委副书记、镇长卢文杰作总结讲话。")
    # a meeting still to come, arranged: 由…主持, or a directive word
    assert not pattern.match("述职会议由校长主持。")
    assert not pattern.match("各村支部书记要参加会议。")


def test_attendance_line_with_zhuyao_is_procedure():
    # 主要 (main) is no directive 要: the attendance line is still the meeting's procedure
    assert _cfg()["meeting_procedure"].match("县四套班子领导,各乡镇党委书记,县直各部门主要负责人参加会议。")
