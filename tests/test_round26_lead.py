"""Round 26 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import deadline_of, label_at, names, removed, text, texts, titles

from reportnlp.stages.sections import label_heading

REVIEW = ("今年以来,县水利局紧紧围绕全年目标任务,扎实推进各项工作,取得了阶段性成效。现将上半年工作总结如下:\n")
ITEMS = ("(一)抓好水利工程建设。一是完成小型水库除险加固8座,新建灌溉渠道12.4公里。"
         "二是加快农村供水工程建设,新增受益人口1.6万人。\n"
         "(二)强化河湖管护。全面落实河长制,累计巡河3200余次,清理河道垃圾460吨。\n")
PLANS = ("二、下半年工作打算\n"
         "(一)加快在建项目进度,确保9月底前完成主体工程。\n"
         "(二)抓好汛期安全,落实各项防汛措施。\n")


# --- a top-level heading naming a past part of the year and its work ("一、2021年上半年重点工作") ----------------------

def test_a_heading_naming_the_first_half_year_and_its_key_work_is_the_review():
    page = "县水利局2021年上半年工作总结及下步计划\n" + REVIEW + "一、2021年上半年重点工作。\n" + ITEMS + PLANS
    assert label_at(page, "抓好水利工程建设") == "主要做法"
    assert label_at(page, "加快在建项目进度") == "下一步"


def test_the_year_may_be_masked_and_the_period_given_in_months():
    page = ("县水利局前三季度工作总结\n" + REVIEW + "一、xxxx年1-9月重点工作\n" + ITEMS
            + "二、第四季度工作安排\n(一)抓紧完成年度投资任务,确保12月底前全部完工。\n")
    assert label_at(page, "抓好水利工程建设") == "主要做法"
    assert label_at(page, "抓紧完成年度投资任务") == "下一步"


def test_the_part_of_the_year_ahead_and_an_arrangement_for_the_first_half_stay_plans():
    # a plan's "一、上半年重点工作安排" and a summary's "二、下半年重点工作" name work to come
    plan = ("县水利局2022年工作要点\n为做好今年水利工作,现制定工作要点如下:\n"
            "一、上半年重点工作安排\n(一)3月底前完成春灌准备。\n(二)5月底前完成汛前检查。\n")
    assert label_at(plan, "3月底前完成春灌准备") == "下一步"
    summary = "县水利局上半年工作总结\n" + REVIEW + "一、上半年重点工作完成情况\n" + ITEMS + (
        "二、下半年重点工作\n(一)加快在建项目进度,确保9月底前完成主体工程。\n")
    assert label_at(summary, "抓好水利工程建设") == "主要做法"
    assert label_at(summary, "加快在建项目进度") == "下一步"


def test_an_anchored_heading_pattern_reads_a_numbered_heading_as_it_reads_a_bare_one():
    # sections.yml's "^过去(的)?一年…工作$" and "^上半年(工作)?总结$" name the review; behind "一、" they name it as well
    for heading in ("一、过去一年的工作", "(二)上半年工作总结"):
        assert label_heading(heading, False, False) == "主要做法"
    assert label_heading("二、下半年工作安排", False, False) == "下一步"


# --- a converted file's page number before its title line, and a share site's tag after it -------------------------

def test_a_page_number_before_the_title_and_a_share_tag_after_it_go():
    page = "1 2021 年县水利局上半年工作总结及下半年计划 供借鉴\n" + REVIEW + ITEMS
    assert titles(page)[0] == "2021年县水利局上半年工作总结及下半年计划"
    gone = " ".join(removed(page))
    assert "供借鉴" in gone
    assert "今年以来" in text(page)


def test_the_tag_in_brackets_after_a_plan_title_and_a_page_number_over_a_yearly_report():
    page = "2 2024年度镇政府信息公开工作年度报告(仅供参考)\n" + REVIEW + ITEMS
    assert titles(page)[0] == "2024年度镇政府信息公开工作年度报告"
    page = "某街道2025年平安建设实施方案 供参考\n为深入推进平安建设,结合实际,制定本方案。\n一、工作目标\n全年刑事案件发案数下降5%。\n"
    assert titles(page)[0] == "某街道2025年平安建设实施方案"


def test_a_count_before_a_year_in_the_text_and_a_tag_inside_a_sentence_stay():
    page = ("县水利局2021年上半年工作总结\n" + REVIEW
            + "3 2021年新建的提灌站已全部投入使用,受益农田面积扩大到2.1万亩。\n"
            + "各村可结合实际制定管护办法,具体要求见附件实施方案(供参考)。\n")
    kept = text(page)
    assert "3 2021年新建的提灌站" in kept
    assert "实施方案(供参考)。" in kept


# --- a 范文 site's writer line between the title and its copy ("刘某某老师") -------------------------------------------

def test_a_writer_line_under_the_title_goes_and_the_title_printed_again_under_it_too():
    page = ("关于镇农业服务中心上半年工作的总结\n\n周晓梅老师\n\n关于镇农业服务中心上半年工作的总结\n\n" + REVIEW + ITEMS)
    gone = removed(page)
    assert "周晓梅老师" in gone
    assert titles(page)[0] == "关于镇农业服务中心上半年工作的总结"
    assert text(page).count("关于镇农业服务中心上半年工作的总结") <= 1


def test_a_writer_line_with_a_two_character_name():
    page = "社区2024年度志愿服务工作总结\n王丹老师\n" + REVIEW + ITEMS
    assert "王丹老师" in removed(page)


def test_an_addressee_of_teachers_stays():
    page = ("在新学期开学典礼上的讲话\n各位老师\n同学们:\n"
            "新学期开始了,学校将围绕立德树人根本任务,抓好教学常规管理,确保10月底前完成课堂改革试点。\n")
    assert "各位老师" in text(page)


# --- 经 opening the counted noun (经营户, 经济林, 经营性收入) is part of its name ----------------------------------------

def test_a_counted_noun_opening_on_jing_keeps_its_first_character():
    got = names("共检查农资市场40个次,经营户300个次,农资市场秩序良好。\n")
    assert got[300.0] == "经营户"
    got = names("全村集体经营性收入达到36万元,经济林面积扩大到1.2万亩。\n")
    assert got[36.0].endswith("经营性收入")
    assert got[1.2].startswith("经济林")


def test_jing_as_a_preposition_still_opens_no_name():
    got = names("经审核,全镇符合条件的困难家庭共124户。\n")
    assert not got[124.0].startswith("经")


# --- a 合集 page's contents row run into one line ("…工作总结 篇1…工作总结 篇2…") ------------------------------------

def test_a_contents_row_of_numbered_copies_of_one_title_goes():
    toc = "".join(f"社区志愿服务工作总结 篇{k}" for k in range(1, 11)) + "社区志愿服务工作总结 篇1"
    page = ("《社区志愿服务工作总结(汇编10篇)》\n内容导航\n" + toc + "\n"
            "20xx年以来,社区志愿服务工作在街道党工委领导下扎实开展。现将有关情况报告如下:\n" + ITEMS)
    assert any(r.startswith("社区志愿服务工作总结篇1社区志愿服务工作总结篇2") for r in removed(page))
    assert "20xx年以来" in text(page)


def test_a_contents_row_in_chinese_numerals_goes():
    toc = "".join(f"村级年度工作计划篇{k}" for k in "一二三四五六七八九十")
    page = (toc + "\n为推进乡村振兴,村两委结合实际制定本年度工作计划。一是年底前完成村道硬化2.4公里。\n")
    assert toc in removed(page)


def test_a_sentence_naming_numbered_parts_with_their_own_words_stays():
    page = ("学校读书节活动总结\n本学期学校举办读书节,全校师生广泛参与,营造了浓厚的读书氛围。\n"
            "诵读比赛分为经典篇一、红色篇二、家乡篇三三个环节,参赛学生126人。\n")
    assert "诵读比赛分为经典篇一、红色篇二、家乡篇三三个环节" in text(page)


# --- "…工作的基本情况" with its year named is that year's work ------------------------------------------------------

def test_the_basic_state_of_a_named_years_work_is_the_review():
    page = ("20xx年,xx县人社局认真落实县委、县政府关于政务公开的各项安排,信息公开工作有序开展。"
            "现将20xx年度政务公开工作情况报告如下:\n一、20xx年度政务公开工作的基本情况\n"
            "我局对此项工作十分重视,由分管领导牵头组成工作小组,统筹日常的协调和督查,"
            "确保应公开的信息及时上网。\n二、加强学习,提升公开能力\n局里分批组织干部职工学习《条例》,增强公开意识。\n"
            "三、用好网站,丰富公开渠道\n本单位主要通过门户网站发布信息。\n")
    assert label_at(page, "我局对此项工作十分重视") == "主要做法"
    assert label_at(page.replace("20xx年度政务公开工作的", "2023年政务公开工作的"), "我局对此项工作十分重视") == "主要做法"


# --- 于 ending 对于 / 关于 is no part of a deadline ("对于2032年工作,…") ---------------------------------------------

PLANS_FOR_THE_YEAR = ("镇党委2031年工作总结\n一年来,全镇经济社会保持平稳发展。\n二、下一步工作打算\n"
                      "{lead}2032年工作,镇党委将重点抓好三件事:一是完成集镇污水管网改造;二是新建村级养老服务站3个;"
                      "三是年底前完成农房风貌整治。\n")


def test_the_year_after_duiyu_or_guanyu_is_the_deadline_without_the_preposition():
    for lead in ("对于", "关于"):
        assert deadline_of(PLANS_FOR_THE_YEAR.format(lead=lead), "完成集镇污水管网改造") == "2032年"


def test_a_deadline_written_with_yu_keeps_it():
    page = PLANS_FOR_THE_YEAR.format(lead="").replace("2032年工作,镇党委将重点", "镇党委将于2032年6月底前重点")
    assert deadline_of(page, "完成集镇污水管网改造").startswith("于2032年6月底前")


# --- a report's cover split off above it by its date line (title, field rows, check boxes, the date) -------------

COVER_BODY = ("根据县财政局关于开展预算绩效自评工作的通知要求,我局对2030年度部门整体支出绩效进行了自评。现将有关情况报告如下:\n"
              "一、部门基本情况\n县水利局内设办公室、水政股、工程股3个股室,核定编制18名。\n"
              "二、绩效目标完成情况\n2030年部门整体支出826.4万元,预算执行率97.2%。\n"
              "三、存在的问题\n一是项目资金下达较晚;二是绩效目标设定不够细化。\n")


def test_a_performance_reports_cover_heads_the_report_below_it():
    page = ("部门整体支出绩效自评报告\n项目名称:部门整体支出绩效自评\n项目单位:青湾县水利局\n主管部门:青湾县人民政府\n"
            "组织形式:部门(单位)自评√ 主管部门评价□ 评价阶段:事后评价√ 事中评价□ 事前评价□\n"
            "实施主体:第三方机构□ 单位自评小组√ 财政评价组□\n2031年4月8日\n" + COVER_BODY)
    assert len(texts(page)) == 1
    assert "项目单位:青湾县水利局" in texts(page)[0]


def test_a_project_application_cover_with_its_filling_date():
    page = ("青湾县农村饮水安全巩固提升工程绩效报告\n填报单位:青湾县水利局\n联系人:周某某\n联系电话:0000-1234567\n"
            "项目主管部门:青湾县人民政府办公室\n项目实施单位:青湾县农村饮水安全工程建设管理中心\n"
            "项目类型:常年性项目□ 延续性项目√ 新增项目□\n2031年3月20日\n" + COVER_BODY)
    assert len(texts(page)) == 1


def test_a_block_with_a_sentence_or_without_fields_is_no_cover():
    from reportnlp.stages.documents import _is_cover
    assert _is_cover(["部门整体支出绩效自评报告", "项目单位:青湾县水利局\n主管部门:青湾县人民政府", "2031年4月8日"])
    # a notice's last lines (its contact fields) under its sentence; a title and a date alone
    assert not _is_cover(["关于报送绩效自评材料的通知", "请于4月10日前报送。", "联系人:周某某\n联系电话:0000-1234567"])
    assert not _is_cover(["青湾县水利局2030年工作总结", "2031年1月8日"])
