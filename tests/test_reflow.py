"""Reflow: line breaks a PDF's column width put inside sentences are removed, others kept."""
from reportnlp.api import process

PDF_PAGE = (
    "二、建设内容和进度安排\n"
    "（一）城区水厂建设。5月底前完成初步设计批\n"
    "复和施工招标，6月上旬开工建设，11月底前完\n"
    "成主体工程并试通水。\n"
    "（二）小型工程改造。4月底前完成18处工程的\n"
    "设计审查，6月底前开工率达到100%，10月底\n"
    "前全部完工，统一配备消毒设备和在线监测终\n"
    "端。\n"
    "三、责任分工\n"
    "县水利局负责项目前期、建设管理和质量监督，\n"
    "县财政局负责资金筹措和拨付，确保配套资金\n"
    "于7月底前足额到位。\n"
)


def test_a_pdf_columns_line_breaks_inside_sentences_are_joined():
    text = process(PDF_PAGE).parts[0].text
    assert "5月底前完成初步设计批复和施工招标" in text
    assert "11月底前完成主体工程并试通水。" in text
    assert "在线监测终端。" in text
    # headings and sentence ends keep their line breaks
    assert "试通水。\n（二）小型工程改造" in text
    assert "终端。\n三、责任分工\n县水利局" in text


def test_a_list_of_names_is_no_pdf_column():
    page = ("会议通知\n请以下单位派员参加：\n县发展和改革委员会\n县住房和城乡建设局\n县农业农村局办公室\n"
            "县自然资源局办公室\n县生态环境局办公室\n县市场监督管理局\n县交通运输局办公室\n")
    text = process(page).parts[0].text
    assert "县发展和改革委员会\n县住房和城乡建设局\n" in text


def test_the_next_top_level_heading_glued_after_a_sentence_starts_a_line():
    """A document-sharing page glues "二、存在的不足" onto the last paragraph: the numbering (一 → 二
    → 三) vouches for the break on a line of any length; a "五、" out of sequence stays inline."""
    text = ("2023年街道工作总结\n现将全年工作总结如下：一、主要工作成效（一）经济稳中有进。完成投资18.6亿元。\n"
            "（二）党建引领不断深化。发展党员17名。二、存在的不足一是产业支撑不强；二是物业管理缺位。"
            "三、2024年工作计划（一）力争完成投资20亿元。（二）年内完成6个老旧小区改造。\n"
            "全年开展活动12场。五、六月份为高峰期。\n")
    lines = process(text).parts[0].text.split("\n")
    assert any(line.startswith("二、存在的不足一是") for line in lines)
    assert any(line.startswith("三、2024年工作计划") for line in lines)
    assert "全年开展活动12场。五、六月份为高峰期。" in lines


def test_a_report_flattened_into_one_line_breaks_at_its_first_heading_too():
    """"…各项工作。一、主要工作…。二、存在的不足…": a first heading glued after a sentence, whose
    "二、" follows on the same line, starts a line; a lone "一、" after a sentence stays inline."""
    text = ("2024年,区退役军人事务局扎实推进各项工作。一、主要工作开展情况全年接收安置退役军人364名。"
            "二、存在的不足部分村级服务站有牌子无服务。三、下一步工作思路力争年内建成示范站10个。\n"
            "全年开展慰问活动12场。一、二月份为高峰期。\n")
    lines = process(text).parts[0].text.split("\n")
    assert any(line.startswith("一、主要工作开展情况") for line in lines)
    assert any(line.startswith("二、存在的不足") for line in lines)
    assert "全年开展慰问活动12场。一、二月份为高峰期。" in lines


def test_a_forms_value_between_two_labels_stays_on_its_line():
    # a website's yearly report form flattened one cell a line: a value under its label, the next label below
    text = ("政府网站工作年度报表\n专栏专题(单位:个)维护数量\n12\n新开设数量\n3\n"
            "办事服务注册用户数(单位:个)\n5620\n")
    lines = process(text).parts[0].text.split("\n")
    assert "12" in lines and "新开设数量" in lines and "3" in lines


def test_a_heading_number_and_a_sentences_number_are_still_joined():
    # the look-alikes: a heading's number split from its mark, a number split from its unit or its clause
    text = ("工作总结\n今年以来,我们做了大量工作。\n1\n、加强组织领导。成立工作专班。\n"
            "改造城区\n12\n座公厕,预计\n3\n月底全部完工。\n")
    body = process(text).parts[0].text
    assert "1、加强组织领导" in body and "12座公厕" in body and "预计3月底" in body


def test_a_glued_report_title_before_a_year_opening_with_a_blank_between():
    # a collection flattened into one line keeps the blank where the title's number meets the next year
    text = ("村级工作总结3篇\n村级工作总结篇1 2023年，我村围绕产业发展完成了年度目标任务。新发展茶园320亩。"
            " 村级工作总结篇2 今年以来，我村以人居环境整治为突破口，清理垃圾560余车。"
            " 村级工作总结篇3 2023年，在镇党委的领导下，我村“两委”班子带领群众硬化道路4.3公里。\n")
    body = "\n".join(p.text for p in process(text).parts)
    assert "\n村级工作总结篇2\n今年以来" in body and "\n村级工作总结篇3\n 2023年" in body
