"""Round 14 (fresh check on 14 unread pages): stamps around a page's title (a PDF's page number over the
title, a CMS's post date glued to the headline or on a line of its own under the site's name, the last
page's number at the foot), a closing credit whose roles end in 人 ("(撰稿人:某某??审稿人:某某)"), a
collection's "第一篇:" marker before the article's own title (the title went with it), a heading's ASCII
dot after a Chinese numeral ("一.主要工作", taken for a stray dot), and two title shapes (…主持词,
…上半年工作总结和下半年计划). Each class with a look-alike that must stay. All text made up."""
import pytest

from page_text import run, removed

SUMMARY = ("今年以来,镇水利站围绕防汛保安和农村供水两项重点,扎实做好各项工作。现将上半年工作总结如下:\n"
           "一、主要工作\n汛前检查山塘水库18座,整改隐患9处。\n"
           "二、存在问题\n部分山塘年久失修,维修资金缺口较大。\n"
           "三、下半年打算\n一是7月底前完成两座病险山塘除险加固;二是8月底前完成全镇管水员培训。\n")


# -- a heading's ASCII dot after a Chinese numeral ------------------------------------------------------

def test_heading_dot_after_a_line_opening_numeral_stays_and_the_heading_opens_its_section():
    page = SUMMARY.replace("一、", "一.").replace("二、存在", "二.存在").replace("三、", "三.")
    doc = run(page).documents[0]
    assert "一.主要工作" in doc.text and "." not in removed(page)
    labels = {s.label: doc.text[s.start:s.start + 6] for s in doc.sections}
    assert labels.get("主要做法") == "一.主要工作"
    assert labels.get("存在问题") == "二.存在问题"


def test_stray_dot_inside_a_line_still_goes():
    page = SUMMARY.replace("扎实做好", "扎实.做好").replace("部分山塘", "部分山塘年.久")
    doc = run(page).documents[0]
    assert "扎实做好" in doc.text and "山塘年久" in doc.text


# -- a closing credit whose roles end in 人 ---------------------------------------------------------------

NEWS = ("10月14日上午,区长主持召开区政府常务会议,研究部署秋冬季安全生产工作。\n"
        "会议强调,要在11月底前完成全区燃气管道隐患排查整治。\n")


@pytest.mark.parametrize("credit", ["(撰稿人:孙晓??审稿人:周立)", "(撰稿人:孙晓 审核人:周立)", "(审稿人:周立)"])
def test_credit_with_roles_ending_in_ren_goes(credit):
    page = NEWS + "会议还研究了其他事项。" + credit + "\n"
    assert credit.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]
    assert run(page).documents[0].text.rstrip().endswith("会议还研究了其他事项。")


def test_bracketed_person_in_charge_after_a_task_stays():
    page = NEWS + "完成路灯维修。(责任人:王强)\n"
    assert "(责任人:王强)" in run(page).documents[0].text


# -- page numbers of a PDF at the page's top and foot ------------------------------------------------------

def test_page_number_over_the_title_goes_and_the_title_is_found():
    result = run("1\n青湾镇水利站2031年上半年工作总结\n" + SUMMARY + "2\n")
    doc = result.documents[0]
    assert doc.title == "青湾镇水利站2031年上半年工作总结"
    assert doc.text.rstrip().endswith("完成全镇管水员培训。")
    assert {"1", "2"} <= set(removed("1\n青湾镇水利站2031年上半年工作总结\n" + SUMMARY + "2\n"))


def test_number_over_a_sentence_and_a_last_table_cell_stay():
    page = "1\n" + SUMMARY
    assert "1" not in removed(page)
    table = SUMMARY + "附表:\n乡镇\n完成数\n青湾镇\n2\n"
    assert "2" not in removed(table)


# -- a CMS's post date glued to the headline or on a line of its own in the page's head ---------------------

def test_post_date_glued_to_the_headline_goes_and_the_headline_is_the_title():
    result = run("区政府召开常务会议研究部署秋冬季安全生产工作2031-10-14\n\n" + NEWS)
    assert result.documents[0].title == "区政府召开常务会议研究部署秋冬季安全生产工作"
    assert [r.text.strip() for r in result.removed] == ["2031-10-14"]


def test_post_date_glued_to_a_headline_with_commas_goes():
    result = run("区政府全体会议审议《政府工作报告》(送审稿),研究部署岁末年初各项工作2031-12-17\n\n" + NEWS)
    assert [r.text.strip() for r in result.removed] == ["2031-12-17"]
    assert result.documents[0].text.startswith("区政府全体会议审议")


def test_date_inside_a_first_sentence_stays():
    page = "截至2031-10-14,全区共检查企业1260家次,整改隐患2315处。\n" + NEWS
    assert "2031-10-14" in run(page).documents[0].text


SPEECH = "同志们:\n今天我们召开全镇教育工作会议,总结去年工作,部署今年任务。\n一是要在8月底前完成镇中心幼儿园扩建。\n"


def test_post_date_line_under_the_site_name_goes():
    result = run("在全镇教育工作会议上的讲话\n青禾范文网\n2031-03-02\n" + SPEECH)
    assert "2031-03-02" in [r.text.strip() for r in result.removed]
    assert result.documents[0].text.startswith("同志们:")


def test_site_name_line_among_the_head_lines_goes_but_not_in_the_text():
    from reportnlp.stages.boilerplate import _page_head_stamps
    page = "在全镇教育工作会议上的讲话\n青禾范文网\n" + SPEECH
    assert [(page[s:e].strip(), kind) for s, e, kind in _page_head_stamps(page)] == [("青禾范文网", "site_name")]
    assert _page_head_stamps("在全镇教育工作会议上的讲话\n" + SPEECH + "镇域电网\n") == []


def test_date_line_after_the_text_began_is_not_a_head_stamp():
    from reportnlp.stages.boilerplate import _page_head_stamps
    page = "在全镇教育工作会议上的讲话\n" + SPEECH + "2031-03-02\n"
    assert _page_head_stamps(page) == []
    page = "在全镇教育工作会议上的讲话\n青禾范文网\n2031-03-02\n" + SPEECH
    assert [page[s:e].strip() for s, e, _ in _page_head_stamps(page)] == ["青禾范文网", "2031-03-02"]


# -- a collection's marker before the article's own title ------------------------------------------------

ARTICLE_1 = ("按照县教育局要求,我校于10月中旬开展了安全工作自查,现将自查情况报告如下:\n一、基本情况\n"
             "我校现有学生862人,教职工71人,今年以来开展安全教育12次,组织应急疏散演练4次,"
             "与各班主任签订安全责任书38份,校园监控实现全覆盖。\n"
             "二、存在问题\n校门口上下学时段交通拥堵,护学岗力量不足,部分消防器材临近有效期,"
             "个别班级安全教育流于形式,值班巡查记录不够完整。\n"
             "三、整改措施\n我校将于12月底前在校门口增设隔离护栏,并在本学期内更换到期消防器材。\n")
ARTICLE_2 = ("根据上级安排,我校组织开展了校园安全隐患排查,现将有关情况汇报如下。\n一、排查情况\n"
             "本次共排查场所46处,发现隐患8处,已整改7处。\n三、下一步工作\n11月底前完成危化品台账清理。\n")
COLLECTION = ("学校安全工作自查报告(精选两篇)\n第一篇:桐溪中心小学安全工作自查报告\n" + ARTICLE_1
              + "第二篇:北岭镇初级中学安全工作自查报告\n" + ARTICLE_2)


def test_marker_before_the_articles_title_goes_alone():
    result = run(COLLECTION)
    gone = [r.text.strip() for r in result.removed]
    assert {"学校安全工作自查报告(精选两篇)", "第一篇:", "第二篇:"} <= set(gone)
    assert [d.title for d in result.documents] == ["桐溪中心小学安全工作自查报告", "北岭镇初级中学安全工作自查报告"]
    assert [d.doc_type for d in result.documents] == ["自查报告", "自查报告"]


def test_marker_over_the_articles_own_title_or_with_a_category_tail_goes_whole():
    page = COLLECTION.replace("第一篇:桐溪中心小学安全工作自查报告\n",
                              "第一篇:小学安全工作自查报告\n桐溪中心小学2031年秋季安全工作自查报告\n")
    result = run(page)
    assert "第一篇:小学安全工作自查报告" in [r.text.strip() for r in result.removed]
    assert result.documents[0].title == "桐溪中心小学2031年秋季安全工作自查报告"
    page = COLLECTION.replace("第二篇:北岭镇初级中学安全工作自查报告", "第二篇:北岭镇初级中学安全工作自查报告_自查报告")
    assert "第二篇:北岭镇初级中学安全工作自查报告_自查报告" in [r.text.strip() for r in run(page).removed]


# -- a portal's fields with bracketed labels in a pipe row -------------------------------------------------

def test_bracketed_label_rows_go_and_make_no_report():
    rows = ("[ 索引号 ] | 11500222MB1234567X/2031-00015 | [ 发文字号 ] | 石渠府发〔2031〕7号 |\n"
            "[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 报告 |\n[ 成文日期 ] | 2031-03-10 | [ 发布日期 ] | 2031-03-12 |\n")
    result = run(rows + "石渠镇人民政府2030年度法治政府建设工作总结\n" + SUMMARY)
    assert len([r for r in result.removed if r.kind == "article_meta"]) == 3
    assert len(result.documents) == 1 and "索引号" not in result.documents[0].text


def test_a_sentence_opening_with_a_label_word_unbracketed_stays():
    page = SUMMARY + "主题分类更加科学,成文日期和发布日期全部标注。\n"
    assert "主题分类更加科学,成文日期和发布日期全部标注。" in run(page).documents[0].text


# -- title shapes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["在全县防汛抗旱工作会议上的主持词", "城管执法局2031年上半年工作总结和下半年计划"])
def test_title_shapes(title):
    assert run(title + "\n" + SPEECH).documents[0].title == title


# -- an official document's issue number on its own line is the document's, never the line model's ---------

@pytest.mark.parametrize("line", ["永医保发〔2024〕11号", "禾农党〔2025〕31号", "石渠府发[2031]7号"])
def test_issue_number_line_is_kept_from_the_line_model(line):
    from reportnlp.stages.boilerplate import _rules
    assert _rules()["signoff"].match(line)
    page = "永和县医疗保障局关于开展自查自纠工作的通知\n" + line + "\n各定点医疗机构:\n现将有关事项通知如下。\n"
    assert line in run(page).documents[0].text


@pytest.mark.parametrize("line", ["根据2024年11号文件精神", "发文字号:永医保发〔2024〕11号"])
def test_lines_that_only_name_an_issue_number_are_not_that_rule(line):
    from reportnlp.stages.boilerplate import _rules
    assert not _rules()["signoff"].match(line)
