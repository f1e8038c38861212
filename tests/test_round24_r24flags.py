"""Round 24 (r24flags): audit flags on real pages of 信访 / 热线 / 安全生产 / 人社 reports, as classes — a count of bad
outcomes written as the digit 0 (事故0起,死亡0人) is a claim of a perfect record; an aim (目标为“零事故、零伤亡”) is no
claim, the second item of its list neither; template text: the Roman numeral Ⅹ typed for the letter (ⅩⅩ年度, ⅩⅩ区),
one letter for a place's name after a mark (,x乡建筑施工), a count pair with both numbers gone (群众批人次), a count gone
between a verb and 件 (交办件件,), a visit count whose number and blank went (群众上访 次、); and 比年目标任务 is the
year's aim, no deleted year. Each with look-alikes that must stay untouched. All text made up."""
from reportnlp.api import extract_text


def codes(page: str, code: str) -> list[str]:
    """Evidence of every flag of this code in the page's first report."""
    doc = extract_text(page).documents[0]
    return [f.evidence for f in doc.flags if f.code == code]


def placeholders(page: str) -> list[str]:
    return [p.text for p in extract_text(page).documents[0].metadata.placeholders]


# -- a zero count in digits: 事故0起, 投诉为0件 ----------------------------------------------------------------------------

def test_zero_count_in_digits_is_a_claim():
    page = ("柳溪乡2025年上半年安全生产工作总结\n"
            "(五)事故情况。截至6月20日,全乡道路交通发生安全事故0起,死亡0人,各类企业运行平稳。\n")
    got = codes(page, "ZERO_COMPLAINT")
    assert len(got) == 1 and "事故0起" in got[0]


def test_zero_count_in_digits_other_phrasing():
    page = ("桐山社区2024年物业服务工作总结\n"
            "全年共开展小区巡查260次,物业服务投诉为0件,居民对环境整治反映良好。\n")
    got = codes(page, "ZERO_COMPLAINT")
    assert len(got) == 1 and "投诉为0件" in got[0]


def test_zero_count_then_an_admitted_incident_is_one_claim():
    page = ("截至9月底,全镇建筑工地发生安全事故0起,死亡0人;发生火情2起,死亡0人。全镇安全形势总体平稳。\n")
    got = codes(page, "ZERO_COMPLAINT")
    assert len(got) == 1 and "事故0起" in got[0]


def test_nonzero_counts_and_decimals_are_no_claim():
    page = ("今年以来,全县发生一般生产安全事故10起,死亡3人,同比下降20%;亿元GDP事故死亡率0.05,"
            "事故起数同比减少2起。\n")
    assert codes(page, "ZERO_COMPLAINT") == []


def test_a_zero_count_as_a_target_is_no_claim():
    page = "下一步,我们将严格落实安全生产责任制,确保全年安全事故0起,人员伤亡为0。\n"
    assert codes(page, "ZERO_COMPLAINT") == []


# -- an aim: 目标为“零事故、零伤亡” ---------------------------------------------------------------------------------

def test_an_aim_of_zero_accidents_is_no_claim():
    page = ("东湖物流公司2024年安全工作总结\n"
            "全年安全工作的总体目标为“零事故、零伤亡”,重点抓好车辆管理和仓储防火两项工作。\n")
    assert codes(page, "ZERO_COMPLAINT") == []


def test_an_aim_other_phrasing():
    page = "年初,中心提出全年服务目标是“零投诉、零差错、零延误”,并将其分解到各个窗口。\n"
    assert codes(page, "ZERO_COMPLAINT") == []
    page2 = "年初,中心确立的工作目标是零投诉、零差错,并将其分解到各个窗口。\n"
    assert codes(page2, "ZERO_COMPLAINT") == []


def test_a_record_after_the_aim_still_counts():
    page = ("公司年初提出“零事故”的工作目标,通过全员努力,全年未发生一起生产安全事故,"
            "实现了零事故、零伤亡。\n")
    assert len(codes(page, "ZERO_COMPLAINT")) >= 1


# -- template text: ⅩⅩ, x乡, 批人次, 交办件件, 上访次 ---------------------------------------------------------------------

def test_roman_numeral_placeholders():
    page = ("ⅩⅩ年度环境信访工作汇报\nⅩⅩ区环保局\n"
            "ⅩⅩ年,我局共受理环境信访案件312件,其中废气类148件,噪声类120件,其他44件。\n")
    assert codes(page, "TEMPLATE_TEXT")
    page2 = "我县ⅩⅩ镇今年共完成农村改厕860户,验收合格率98.5%。\n"
    assert "ⅩⅩ" in placeholders(page2)


def test_roman_numeral_lookalikes_stay():
    page = ("附件Ⅹ:第Ⅹ标段施工进度表\n"
            "本项目分为Ⅰ至Ⅹ共十个标段,今年共完成路基土方12.6万立方米。\n")
    assert placeholders(page) == []


def test_one_letter_place_before_its_level():
    page = "截至6月底,x乡农村公路养护里程86公里,优良路率达到82%。\n"
    assert codes(page, "TEMPLATE_TEXT")
    page2 = "上半年,全县各乡镇共排查隐患320处。其中,X镇排查隐患65处,已整改60处。\n"
    assert "X" in placeholders(page2)


def test_one_letter_lookalikes_stay():
    page = ("今年为辖区老人免费开展X光胸片检查1200人次,B超检查860人次。\n"
            "医院新购置X射线机1台,CT机1台。\n")
    assert placeholders(page) == []


def test_a_count_pair_with_both_numbers_gone():
    page = "截至5月31日,我区共接待来访群众批人次,其中到市批人次,到区批人次。\n"
    assert "批人次" in placeholders(page)


def test_a_count_gone_between_verb_and_item():
    page = "今年以来,办理省信访局交办件件,市信访联席会议转办件件,均已按期回复。\n"
    assert "件件" in placeholders(page)


def test_count_words_that_are_words_stay():
    page = ("今年共接待来访群众46批128人次,办理交办件32件。坚持件件有着落、事事有回音,做到受理件件登记。"
            "全年群众上访次数同比下降30%,投诉件办结率98%。\n")
    assert placeholders(page) == []


def test_a_visit_count_with_its_number_gone():
    page = "1至10月,我们共受理上级批转来信 件、群众上访 次、电话投诉 起。具体做法如下:\n"
    assert "次" in placeholders(page)
    page2 = "全年接待来访次,处理网上投诉件。\n"
    assert "次" in placeholders(page2)


def test_a_visit_count_with_a_number_stays():
    page = "全年共接待群众来访56次,同比下降12%,越级上访次数为零。\n"
    assert placeholders(page) == []


# -- 比年目标任务: the year's aim, no deleted year ------------------------------------------------------------------

def test_the_years_aim_after_bi_is_no_placeholder():
    page = ("截至10月底,城镇登记失业率为3.2%,比年目标任务低0.8个百分点;"
            "农村劳动力转移就业2.1万人,较年计划多1200人。\n")
    assert codes(page, "TEMPLATE_TEXT") == []


def test_a_deleted_year_after_bi_still_caught():
    page = "全县粮食总产量比年提高了5%,农民人均可支配收入较年增长明显。\n"
    assert codes(page, "TEMPLATE_TEXT")


def test_a_zero_count_runs_on_into_the_next_claim():
    page = "全年辖区新生儿破伤风发病0例,未发生一起医疗责任事故,群众满意度持续提升。\n"
    got = codes(page, "ZERO_COMPLAINT")
    assert len(got) == 1 and "0例" in got[0] and "医疗责任事故" in got[0]
    page2 = "今年以来,全镇森林火灾0起,未发生人员伤亡,护林员全部到岗。\n"
    assert len(codes(page2, "ZERO_COMPLAINT")) == 1


def test_separate_claims_in_separate_sentences_stay_two():
    page = "全年全镇森林火灾0起。各村护林员全部到岗到位。全年未收到一件群众投诉。\n"
    assert len(codes(page, "ZERO_COMPLAINT")) == 2
