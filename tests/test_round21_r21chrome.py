"""Round 21 (r21chrome): site chrome left on real pages of unseen sites. Each class: a case it must catch
and a look-alike it must leave alone. All text made up."""
from page_text import texts, text, titles

from reportnlp.stages.boilerplate import _share_pieces, classify_line


LEAD = ("3月12日,栖川镇第九届人民代表大会第二次会议在镇政府三楼会议室召开,全镇人大代表62人出席会议。\n"
        "会议听取和审议了《政府工作报告》《财政预算执行情况的报告》,全年完成项目投资3.4亿元,同比增长8.1%。\n")
CLOSE = "会后,镇党委书记周立言通报了近期重点工作,要求代表带头参与人居环境整治。\n"


def test_numbered_photo_captions_go_and_split_nothing():
    page = (LEAD + "图 2镇人大主席孟秋霖组织会前集中学习\n"
            "根据会议议程,镇长柳青山代表镇人民政府向大会作政府工作报告。\n"
            "图3镇长柳青山作政府工作报告\n" + CLOSE + "图 4闭幕式\n")
    parts = texts(page)
    assert len(parts) == 1  # a caption naming a 报告 starts no report
    for caption in ("会前集中学习", "图3", "闭幕式"):
        assert caption not in parts[0]
    assert "向大会作政府工作报告。" in parts[0]


def test_chart_title_stays():
    page = LEAD + "图1 全镇各村集体经济收入分布情况\n" + CLOSE
    assert "全镇各村集体经济收入分布情况" in text(page)


def test_footer_field_row_goes():
    # (alone at a page's foot the line model often takes it; inside a run of other chrome it did not)
    assert classify_line("栖川镇政府办 | 地址:栖川镇新华街8号 | 电子邮件:qc@example.cn | 电话:0795-6612001") == "copyright"
    assert classify_line("联系电话:13907950011 400-6060-805 技术支持:栖川网络科技有限公司 [管理]") == "copyright"


def test_notice_contact_row_stays():
    assert classify_line("联系人:韩小禾,联系电话:0795-6612003,地址:镇政府二楼安监办") is None
    page = ("关于报送2025年度安全生产工作总结的通知\n各村、各单位:\n请于12月20日前报送年度安全生产工作总结,"
            "内容包括主要做法、存在问题和下一步打算。\n联系人:韩小禾,联系电话:0795-6612003,地址:镇政府二楼安监办\n")
    assert "联系人:韩小禾" in text(page)


def test_metadata_label_row_is_no_title():
    page = ("索引号:11360000/2025-00031 | 主题分类:综合政务 |\n体 裁 | 生效日期 | 废止日期 |\n" + LEAD + CLOSE)
    assert "生效日期" not in text(page)
    assert titles(page) != ["体裁|生效日期|废止日期|"]


def test_table_row_of_values_stays():
    page = LEAD + "项目 | 计划投资 | 完成投资 |\n道路硬化 | 1200万元 | 1350万元 |\n" + CLOSE
    assert "1350万元" in text(page)


def test_search_box_labels_go():
    page = "选择特殊符号\n选择搜索类型\n请输入搜索\n" + LEAD + CLOSE
    assert "选择搜索类型" not in text(page)
    assert titles(page) == [None]


def test_share_widget_labels_at_the_foot_go():
    page = LEAD + CLOSE + "(柳絮)\n扫一扫在手机打开当前页\n政务\n微信\n政务\n微博\n"
    got = text(page)
    for label in ("政务", "微博"):
        assert not any(line.strip() == label for line in got.splitlines())
    assert "人居环境整治" in got


def test_short_lines_without_a_widget_above_or_with_text_below_stay():
    lines = ["会后,镇党委书记周立言通报了近期重点工作。", "栖川镇", "人大办"]
    assert _share_pieces([None, None, None], lines) == []  # no share line: a signature
    lines = ["会后,镇党委书记周立言通报了近期重点工作。", "扫一扫在手机打开当前页", "政务",
             "附件:栖川镇2026年民生实事项目表"]
    assert _share_pieces([None, "share", None, None], lines) == []  # a longer line stays below


def test_hotline_widget_goes():
    page = "咨询电话\n400-6188-207\n" + LEAD + CLOSE
    got = text(page)
    assert "咨询电话" not in got and "400-6188-207" not in got


def test_directory_header_over_a_name_stays():
    page = LEAD + CLOSE + "附件:镇安监办值班表\n值班人员\n联系电话\n孟秋霖\n13907950011\n"
    assert "联系电话" in text(page)


def test_publication_row_opening_on_its_date_marks_the_headline():
    page = ("•\n栖川县农业农村局\n栖川县农业农村局2025年工作总结\n2026-01-08 来源: 办公室\n打印\n"
            "2025年,我局坚持农业农村优先发展,粮食总产量达到21.6万吨,同比增长2.3%。\n"
            "一、主要工作\n(一)稳定粮食生产。全年落实粮食播种面积48.2万亩。\n")
    assert titles(page) == ["栖川县农业农村局2025年工作总结"]
    assert text(page).startswith("2025年,我局")


def test_headline_printed_again_without_its_quotes_goes():
    page = ("当前位置:首页 > 街道动态\n助力“两节” 暖心走访\n日期: 2025-12-25\n助力两节 暖心走访\n"
            "近日,桐林街道组织机关干部走访慰问辖区困难群众86户,送去米面油等慰问品。\n")
    assert titles(page) == ["助力“两节”暖心走访"]
    assert "助力两节暖心走访" not in text(page)


def test_different_subtitle_under_headline_stays():
    page = ("当前位置:首页 > 街道动态\n助力“两节” 暖心走访\n日期: 2025-12-25\n机关干部结对帮扶困难群众\n"
            "近日,桐林街道组织机关干部走访慰问辖区困难群众86户,送去米面油等慰问品。\n")
    assert "结对帮扶困难群众" in text(page)


def test_title_copies_after_a_chunk_number_go():
    title = "桐林街道2025年工作总结"
    body = ("2025年,桐林街道以项目建设为抓手,全年完成固定资产投资12.6亿元,同比增长9.4%,"
            "新增市场主体430户,辖区安全生产形势总体平稳,信访总量同比下降12%。")
    page = "1、" + title * 3 + body + "一、主要工作完成情况全年实施民生实事项目12件,完成率100%。\n"
    got = text(page)
    assert got.count(title) <= 1
    assert "新增市场主体430户" in got


def test_sidebar_link_repeated_under_the_text_goes():
    page = LEAD + CLOSE + "(柳絮)\n\n省政府法制信息网\n\n省政府法制信息网\n\n省政府法制信息网\n\n省政府法制\n"
    got = text(page)
    assert "省政府法制" not in got
    assert "人居环境整治" in got


def test_table_cells_repeated_under_the_text_stay():
    page = LEAD + CLOSE + "整改事项\n完成情况\n村道路灯维修\n已经完成整改\n河道垃圾清理\n已经完成整改\n危房排查\n已经完成整改\n"
    assert text(page).count("已经完成整改") == 3


WATER = ("12月20日,栖川县水利局召开2025年度工作总结会议,局领导班子成员、各股室负责人参加会议。\n"
         "会上,各股室负责人逐一汇报了全年工作完成情况,全年完成水利投资3.2亿元,新建堤防12公里。\n")


def test_pipe_title_keeps_the_headline_not_its_column():
    assert titles("工作动态 | 栖川县水利局召开2025年度工作总结会议\n发布时间:2025-12-21 来源:办公室\n" + WATER) \
        == ["栖川县水利局召开2025年度工作总结会议"]
    assert titles("栖川县水利局召开2025年度工作总结会议|栖川县人民政府\n" + WATER) == ["栖川县水利局召开2025年度工作总结会议"]


def test_form_rows_with_bars_are_no_pipe_title():
    page = "项目名称|栖川县2025年农村公路建设工程\n主管部门|栖川县交通运输局\n" + WATER
    assert "项目名称" in text(page) + "".join(t or "" for t in titles(page))
