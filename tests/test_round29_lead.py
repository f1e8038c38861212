"""Round 29 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
import pytest

from page_text import gone, metric_dicts, run
from reportnlp.api import extract_bytes
from reportnlp.errors import InputError


def labels(page: str) -> list[tuple[str, str]]:
    """(label, first characters) of each paragraph of the page's first report."""
    doc = run(page).documents[0]
    out = []
    for s in doc.sections:
        for par in doc.text[s.start:s.end].split("\n"):
            if par.strip():
                out.append((s.label, par.strip()[:12]))
    return out


def label_of(page: str, opening: str) -> str:
    return next(label for label, par in labels(page) if par.startswith(opening))


def commitments(page: str) -> list[str]:
    return [c.text for d in run(page).documents for c in d.commitments]


# --- a compilation's contents exported as a table: heading | leader | page ------------------------------------------

CONTENTS_TABLE = (
    "目录\n"
    "1.青石街道2031年政务公开工作总结 | ……………………………… | 2 |\n"
    "2.柳河镇2031年政务公开总结 | ………………………………………… | 5 |\n"
    "3.县水利局2031年度政务公开工作总结及2032年工作思路 | ………… | 9 |\n"
    "青石街道2031年政务公开工作总结\n"
    "2031年,青石街道围绕群众关切推进政务公开,现将全年工作总结如下:\n"
    "一、总体情况\n全年主动公开信息418条,办理依申请公开7件。\n")


def test_a_contents_table_row_goes_as_pagination():
    assert gone("1.青石街道2031年政务公开工作总结 | ……………………………… | 2 |", CONTENTS_TABLE)
    assert gone("3.县水利局2031年度政务公开工作总结及2032年工作思路 | ………… | 9 |", CONTENTS_TABLE)


def test_a_contents_table_row_with_leading_pipe_and_bracketed_page():
    page = ("| 第一篇 2031年工作回顾 | …………………… | (1) |\n"
            "| 第二篇 2032年工作安排 | ………… | (6) |\n"
            "2031年工作回顾\n今年以来,我局共完成项目审批126件。\n")
    assert gone("| 第一篇 2031年工作回顾 | …………………… | (1) |", page)


def test_a_table_row_without_a_leader_stays():
    # a form's row names a figure in a cell: no leader of dots, no page number at the end
    page = ("一、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | 0 | 0 |\n"
            "行政规范性文件 | 4 | 2 |\n")
    assert not gone("行政规范性文件 | 4 | 2 |", page)
    # nor does a sentence ending in an ellipsis and a figure go
    page2 = "全年接待来访群众……共计36\n二、存在问题\n人员力量不足。\n"
    assert not gone("全年接待来访群众……共计36", page2)


# --- a 范文 site's lead-in: a reader shared the text --------------------------------------------------------------

def test_a_lead_in_that_a_reader_shared_the_text_goes():
    page = ("乡镇积极推进政务公开,完善信息发布机制,成效明显。下面是网友为您分享的“乡镇政务公开工作总结”相关材料,"
            "供您参考学习。\n乡镇政务公开工作总结\n今年以来,我镇主动公开各类信息226条。\n")
    assert gone("乡镇积极推进政务公开,完善信息发布机制,成效明显。下面是网友为您分享的“乡镇政务公开工作总结”相关材料,"
                "供您参考学习。", page)


def test_the_lead_in_in_other_words():
    page = ("这是一篇社区年度总结,为你分享出来,供你参考。\n社区2031年工作总结\n一、工作开展情况\n"
            "全年组织志愿服务活动48场。\n")
    assert gone("这是一篇社区年度总结,为你分享出来,供你参考。", page)


def test_a_report_offering_its_findings_for_reference_stays():
    # a report that offers its own findings to the leaders keeps the line
    page = ("调研报告\n现将调研中发现的问题和建议整理如下,供领导决策参考。\n一、基本情况\n全县共有养老机构17家。\n")
    assert not gone("现将调研中发现的问题和建议整理如下,供领导决策参考。", page)


# --- a plan a review says was drawn up is work done, no commitment -------------------------------------------------

REVIEW_WITH_PLANS = (
    "一、2031年度目标任务完成情况\n"
    "(一)夯实组织基础。严把发展党员关口,年内发展党员9名。制定“双联双促”工作计划,精准确定帮扶对象46户,"
    "为村级换届打下坚实基础。\n"
    "(二)抓好队伍培训。印发年度业务培训计划,组织业务培训12期,参训干部达到600人次。\n"
    "二、下一步打算\n(一)制定2032年网格管理工作计划,年底前完成网格调整。\n(二)计划明年新建党群服务站3个。\n")


def test_a_plan_drawn_up_in_a_review_is_no_commitment():
    got = commitments(REVIEW_WITH_PLANS)
    assert not any("双联双促" in c for c in got)
    assert not any("业务培训计划" in c for c in got)


def test_a_plan_compiled_in_a_review_in_other_words():
    page = ("2031年度目标任务完成情况\n一是思想建设。编制“三学三比”学习计划,开展集中学习36次。\n"
            "二是作风建设。修订了机关考勤管理计划,通报违纪2人次。\n")
    assert not any("学习计划" in c or "考勤管理计划" in c for c in commitments(page))


def test_a_plan_to_be_drawn_up_stays_a_commitment():
    got = commitments(REVIEW_WITH_PLANS)
    assert any("制定2032年网格管理工作计划" in c for c in got)
    assert any("计划明年新建党群服务站3个" in c for c in got)
    # and in a review a plan still ahead stays one too
    page = "一、工作完成情况\n全年走访企业68家。下一步将制定企业帮扶工作计划,力争明年帮扶企业100家。\n"
    assert any("企业帮扶工作计划" in c for c in commitments(page))
    # a 将 ahead of the drawing up keeps it a measure to come, in an 整改 report's account of the work done
    page = ("二、具体问题整改情况\n(一)关于“工程结算滞后”的问题\n目前仍有5个已完工项目未办理结算。"
            "我局将会同审计部门逐个项目制定结算计划,2032年9月底前全部完成结算审核。\n")
    assert any("制定结算计划" in c for c in commitments(page))


# --- a news subhead names its part, then a slogan -----------------------------------------------------------------

def test_a_subhead_with_a_slogan_opens_the_plans():
    page = ("1月5日,青山镇召开2030年度工作总结暨2031年工作部署会。镇党委书记出席会议并讲话。\n\n"
            "2030年工作回顾:稳中求进、亮点纷呈\n\n会议指出,过去一年全镇经济运行总体平稳,各项事业取得新进展。\n\n"
            "2031年工作部署:锚定目标、奋勇争先\n\n会议强调,要紧盯年度目标,抓好项目建设。\n")
    assert label_of(page, "2031年工作部署") == "下一步"
    assert label_of(page, "2030年工作回顾") == "主要做法"


def test_a_subhead_with_a_slogan_in_other_words():
    page = ("近日,县文旅局召开全局干部大会,总结上半年工作,安排下半年任务。\n"
            "上半年工作总结:多点发力 成效初显\n局长通报了上半年接待游客86万人次、旅游收入7.2亿元的情况。\n"
            "下半年工作安排:聚焦旺季、守牢底线\n会议要求,各科室要抓好暑期旅游市场监管。\n")
    assert label_of(page, "下半年工作安排") == "下一步"
    assert label_of(page, "上半年工作总结") == "主要做法"


def test_a_label_line_before_a_sentence_is_no_subhead():
    # a colon followed by sentences is a label line, not a slogan: what the sentences tell decides (work done)
    page = ("2031年工作总结\n一季度以来,全镇上下克难攻坚。\n"
            "2031年工作部署:年初召开全镇动员大会,对全年工作作了安排,全年完成投资12亿元。\n全年新建道路8公里。\n")
    assert label_of(page, "2031年工作部署") == "主要做法"


# --- a portal's field table with its values left empty ------------------------------------------------------------

def test_empty_field_rows_of_a_portal_table_go():
    page = ("文件名称: | |||\n统一登记号: | |||\n索引号: | 发文编号: | ||\n公开目录: | 公开责任部门: | ||\n"
            "生效日期 : | 有效期: |\n县农业农村局项目资金\n绩效评价报告\n为规范项目资金管理,现将评价情况报告如下:\n"
            "一、基本情况\n全县共实施项目14个,到位资金2310万元。\n")
    for row in ("统一登记号: | |||", "公开目录: | 公开责任部门: | ||", "生效日期 : | 有效期: |"):
        assert gone(row, page), row


def test_empty_field_rows_in_other_words():
    page = ("信息分类: | | 公开形式: 主动公开 |\n登记号 | |\n关于2031年度部门整体支出绩效自评情况的报告\n"
            "2031年,我局部门整体支出预算1860万元,执行率97.2%。\n")
    assert gone("信息分类: | | 公开形式: 主动公开 |", page)
    assert gone("登记号 | |", page)


def test_a_report_table_whose_first_column_names_a_department_stays():
    page = ("三、整改任务清单\n公开责任单位 | 整改任务 | 完成时限 |\n县政务中心 | 更新公开目录 | 2032年3月底前 |\n"
            "有效期内证照 | 1260 | 件 |\n")
    assert not gone("公开责任单位 | 整改任务 | 完成时限 |", page)
    assert not gone("县政务中心 | 更新公开目录 | 2032年3月底前 |", page)


# --- a file of another format saved under a report's name ----------------------------------------------------------

def _error(data: bytes) -> InputError:
    with pytest.raises(InputError) as exc:
        extract_bytes(data)
    return exc.value


def test_a_pdf_is_named_not_read_as_text():
    # a PDF's skeleton is ASCII and its streams few: it passes as text, and its words become "chrome" and metrics
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 40
           + b"stream\nx\x9c\xed\x5d\x5b\x8f\nendstream\n")
    err = _error(pdf)
    assert err.code == "not_text" and "PDF" in str(err)


def test_a_word_doc_and_a_docx_are_named():
    doc = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 40 + "2031年项目绩效自评报告".encode("utf-16-le") * 40
    assert _error(doc).code == "not_text" and ".doc" in str(_error(doc))
    docx = b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" + b"\x00" * 200
    assert _error(docx).code == "not_text" and ".docx" in str(_error(docx))


def test_text_that_mentions_a_pdf_is_read():
    page = "%PDF 版本的报告已上传。\n2031年全县完成造林1.2万亩。\n".encode("utf-8")
    assert run(page.decode("utf-8")).documents  # a page of text that opens with the word is text
    assert extract_bytes(page).documents


# --- a short heading whose words the next sentence takes up, on a page too short to anchor its end --------------

FORUM_POST = ("2025年,青川论坛在版主和网友的支持下稳步发展,全年新增注册用户3260人。\n"
              "论坛全年组织线下活动9次,参与网友达到410人次。现汇报如下:\n")


def test_a_heading_taken_up_by_the_sentence_under_it_stays():
    # the last paragraph is too short to anchor the report's end, and the line model leans on the board's
    # words (积分, 版主); the sentence under the heading names it again: a heading, not chrome
    assert "积分兑换" in run(FORUM_POST + "积分兑换\n论坛开通积分兑换,全年兑换礼品260份。\n").documents[0].text
    assert "版主招募" in run(FORUM_POST + "版主招募\n年内完成版主招募,新增版主12名。\n").documents[0].text


def test_a_board_name_over_the_first_sentence_still_goes():
    # over the report's first sentence line the rule does not look: a masthead naming the board stays chrome
    page = "- UID\n- 3317\n- 性别\n- 保密\n青川论坛\n" + FORUM_POST + "全年发放积分奖励3.2万分。\n"
    assert gone("青川论坛", page) or "青川论坛\n" not in run(page).documents[0].text


# --- a notice's part that looks back holds no directives -------------------------------------------------------------

def test_a_notice_part_reviewing_last_year_gives_no_commitments():
    page = ("关于做好2032年防汛工作的通知\n各乡镇人民政府,县直有关单位:\n为做好今年防汛工作,现将有关事项通知如下。\n"
            "一、上年度防汛工作回顾。上年度全县未发生人员伤亡。各乡镇清理河道淤积点46处。\n"
            "二、今年工作要求。各乡镇要在5月底前完成河道清障,县水利局要组织开展防汛演练。\n")
    got = commitments(page)
    assert not any("清理河道淤积点46处" in c for c in got)
    assert any("5月底前完成河道清障" in c for c in got)


# --- a count in a list of counts is named by the noun after its own measure word ------------------------------------

def indicator_names(page: str) -> dict[float, str]:
    return {m["value"]: m["indicator"] for m in metric_dicts(page)}


def test_a_count_after_another_counts_item_takes_its_own_noun():
    got = indicator_names("全县辖12个乡、3个镇,共有行政村186个。\n")
    assert got[3] == "镇"
    got = indicator_names("会上,4个部门、6个村及工作队进行了现场述职汇报。\n")
    assert got[6] == "村"


def test_the_noun_stops_before_the_verb_its_clause_goes_on_with():
    got = indicator_names("汛前对全镇9座小型水库、31口山塘逐一检查,整改隐患5处。\n")
    assert got[31] == "山塘"
    got = indicator_names("大会开幕,76名正式代表和21名列席人员出席。\n")
    assert got[21] == "列席人员"


def test_a_list_that_names_before_its_counts_stays():
    # noun first, count after: the name stands before each value
    got = indicator_names("年内发展党员11名、储备入党积极分子9名。\n")
    assert got[9] == "储备入党积极分子"
    got = indicator_names("全年组织业务培训12期、1500人次。\n")
    assert got[1500] != "人次" and "、" not in got[1500]
