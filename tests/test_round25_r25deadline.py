"""Round 25 (r25deadline): deadline and commitment classes found on real plan, notice and 整改 pages of unseen
hosts, each with must-catch tests in two phrasings and look-alikes the rule must leave alone. Pages are made up."""
from page_text import commitments, deadline_of, has_commitment


# --- a year inside a document's title in book-title marks, or naming a version, dates no measure -----------------

TITLE_NOTICE_ANGLE = ("各县(区)人民政府,市政府各部门:\n"
                      "经市政府同意,现将〈松岭市2026年政务公开工作要点〉印发给你们,各地各部门要结合实际认真贯彻落实。\n"
                      "松岭市人民政府办公室\n")

TITLE_NOTICE_BOOK = ("各乡镇人民政府,县直各单位:\n"
                     "现将《云溪县2027年秸秆综合利用工作方案》印发给你们,请各乡镇认真组织实施,"
                     "各单位要加强协调配合。\n"
                     "云溪县人民政府办公室\n")

VERSION_ITEMS = ("泉山县2026年政务公开工作要点\n"
                 "今年政务公开工作的总体要求是:以公开促落实,以公开强监管。\n"
                 "一、深化权责清单公开\n"
                 "对县级部门权责清单进行动态调整,公布2026年版县级部门权责清单。"
                 "进一步细化公开涉企检查事项的检查主体和检查频次。\n")


def test_a_year_inside_angle_title_marks_dates_no_directive():
    assert all(d != "2026年" for _, d in commitments(TITLE_NOTICE_ANGLE))


def test_a_year_inside_book_title_marks_dates_no_directive():
    assert all(d != "2027年" for _, d in commitments(TITLE_NOTICE_BOOK))


def test_a_year_naming_a_version_is_no_deadline():
    assert deadline_of(VERSION_ITEMS, "公布2026年版") != "2026年"


def test_a_year_outside_the_title_marks_stays_the_deadline():
    page = ("各乡镇人民政府:\n"
            "现将《云溪县秸秆综合利用工作方案》印发给你们。各乡镇要于2027年5月底前将实施方案报县农业农村局备案。\n")
    assert "2027年5月底前" in (deadline_of(page, "实施方案报县农业农村局备案") or "")


def test_a_year_with_its_end_of_year_stays_the_deadline():
    page = ("泉山县2026年政务公开工作要点\n"
            "为深化政务公开,制定本要点。\n"
            "一、深化权责清单公开\n"
            "各部门要于2026年底前公布部门权责清单,并同步做好重要政策的解读工作。\n")
    assert "2026年底前" in (deadline_of(page, "公布部门权责清单") or "")


# --- a review's estimate whose figure is a template blank reports the year, it commits to nothing ----------------

BLANK_ESTIMATES = ("相关推荐\n"
                   "乡镇年度工作总结及来年工作计划\n"
                   "今年以来,我镇以增加农民收入为中心,各项事业稳步发展。一是农村经济持续增长,1-10月份全镇实现"
                   "地区生产总值*.*亿元(预计年底达到*.*亿元);农民人均纯收入**元(预计年底达到**元)。二是基层组织"
                   "建设进一步加强,年内发展党员*名,预计年底达到*名,村务公开规范率达到*%。\n"
                   "一、今年工作回顾\n"
                   "(一)调整种植结构。今年我镇扩大蔬菜种植面积***亩,新建钢架大棚**座。\n"
                   "二、明年工作计划\n"
                   "明年,我镇将继续扩大设施蔬菜规模,力争新建钢架大棚**座;年底前实现垃圾分类收集全覆盖。\n"
                   "(本文来源于网络,如有侵权请联系删除)\n")

BLANK_ESTIMATE_X = ("相关推荐\n"
                    "街道年度工作总结及明年工作打算\n"
                    "今年以来,在区委、区政府的领导下,街道各项工作稳步推进。一是经济运行总体平稳,1-10月份实现税收x万元"
                    "(预计全年完成x万元);招商引资到位资金x万元(预计年底达到x万元)。二是民生保障不断加强,年内新建"
                    "社区服务站x个,预计年底达到x个,城镇登记失业率控制在x%以内。\n"
                    "一、今年工作回顾\n"
                    "(一)改善人居环境。今年街道改造老旧小区x个,新增停车位x个。\n"
                    "二、明年工作打算\n"
                    "明年,街道将继续推进老旧小区改造,力争新增停车位x个;年底前实现社区养老服务站全覆盖。\n")


def test_a_blanked_estimate_with_stars_reports_with_its_sentence():
    assert not has_commitment(BLANK_ESTIMATES, "预计年底达到")
    assert not has_commitment(BLANK_ESTIMATES, "年内发展党员")


def test_a_blanked_estimate_with_x_reports_with_its_sentence():
    assert not has_commitment(BLANK_ESTIMATE_X, "预计年底达到")
    assert not has_commitment(BLANK_ESTIMATE_X, "年内新建社区服务站")


def test_the_blanked_plan_targets_staycommitments():
    assert deadline_of(BLANK_ESTIMATES, "年底前实现垃圾分类") == "年底前"
    assert deadline_of(BLANK_ESTIMATES, "扩大设施蔬菜规模") == "明年"
    assert deadline_of(BLANK_ESTIMATE_X, "社区养老服务站全覆盖") == "年底前"


def test_an_estimate_of_a_year_ahead_with_a_blank_stays_a_commitment():
    page = ("镇明年工作打算\n"
            "二、明年工作打算\n"
            "预计明年建成高标准农田*万亩,我镇将加快推进土地整治项目。\n")
    assert has_commitment(page, "加快推进土地整治项目")


# --- a phase's period is one deadline: a span of months, its end a month, a day, 底/末 or 旬; a year's 全年 -------

PHASES_MONTHS = ("松岭市城镇燃气安全整治三年行动方案(2026—2028年)\n"
                 "为消除城镇燃气安全隐患,结合我市实际,制定本方案。\n"
                 "一、工作目标\n"
                 "到2026年底,全市燃气用户隐患排查实现全覆盖;到2028年,老旧燃气管道更新改造全部完成。\n"
                 "二、实施步骤\n"
                 "(一)排查摸底阶段(2026年3月至5月)。各县(市、区)对辖区内燃气经营企业开展全面排查,建立隐患台账。\n"
                 "(二)集中整治阶段(2026年6月至2027年12月)。对排查出的隐患实行清单管理,逐项整改。\n"
                 "(三)巩固提升阶段(2028年全年)。各地要健全燃气安全监管制度,形成长效机制。\n")

PHASES_DAYS = ("竹溪县2026年城乡环境卫生集中整治实施方案\n"
               "一、实施步骤\n"
               "第一阶段:宣传发动(3月1日至3月20日)。各乡镇制定具体实施方案,广泛宣传整治的意义。\n"
               "第二阶段:集中整治(3月21日至9月底)。各乡镇组织力量对集镇和村庄开展集中清理。\n"
               "第三阶段:考核验收(10月上旬)。县整治领导小组对各乡镇进行检查考核。\n")


def test_a_phase_of_a_span_of_months_dates_its_tasks():
    assert deadline_of(PHASES_MONTHS, "开展全面排查") == "2026年3月至5月"
    assert deadline_of(PHASES_MONTHS, "实行清单管理") == "2026年6月至2027年12月"


def test_a_phase_of_a_whole_year_dates_its_tasks():
    assert deadline_of(PHASES_MONTHS, "健全燃气安全监管制度") == "2028年全年"


def test_a_phase_ending_at_a_month_end_dates_its_tasks():
    assert deadline_of(PHASES_DAYS, "开展集中清理") == "3月21日至9月底"
    assert deadline_of(PHASES_DAYS, "进行检查考核") == "10月上旬"


def test_a_single_month_end_stays_as_it_was():
    page = ("镇2026年工作计划\n"
            "二、下一步工作打算\n"
            "我镇将于6月底前完成全部危房改造,9月底前建成村级养老服务站。\n")
    assert deadline_of(page, "完成全部危房改造") == "于6月底前"


def test_a_span_of_months_in_a_review_makes_no_commitment():
    page = ("镇信访工作上半年总结\n"
            "一、主要工作\n"
            "4月至6月,全镇共接待来访群众120人次,化解矛盾纠纷36件。\n")
    assert not has_commitment(page, "接待来访群众")


# --- a phase's heading sentence alone (its name and period) is no commitment -----------------------------------

def test_a_phase_heading_with_a_colon_is_no_commitment():
    assert not any(t.startswith("第一阶段") for t, _ in commitments(PHASES_DAYS))
    assert deadline_of(PHASES_DAYS, "制定具体实施方案") == "3月1日至3月20日"


def test_a_phase_heading_in_other_words_is_no_commitment():
    page = ("竹溪县2026年农村公路养护实施方案\n"
            "为加强农村公路养护,制定本方案。\n"
            "一、实施步骤\n"
            "第一阶段:动员部署(4月1日至4月15日)。各乡镇成立养护工作专班,摸清辖区公路底数。\n"
            "第二阶段:集中养护(4月16日至10月底)。各乡镇组织养护队伍开展路面修补。\n"
            "第三阶段:检查验收(11月上旬)。县交通局对各乡镇养护情况进行检查验收。\n")
    assert not any(t.startswith("第") and "阶段" in t[:5] for t, _ in commitments(page))
    assert deadline_of(page, "开展路面修补") == "4月16日至10月底"


def test_a_phase_sentence_that_states_a_task_stays_a_commitment():
    page = ("竹溪县2026年农村公路养护实施方案\n"
            "一、实施步骤\n"
            "第一阶段要完成全部村道的病害排查并建立台账(4月1日至4月15日)。\n"
            "第二阶段要组织养护队伍开展路面修补(4月16日至10月底)。\n")
    assert has_commitment(page, "完成全部村道的病害排查")


# --- "第一、" right after a word is a motto's or a rank's, no enumerator that cuts a measure in two --------------

MOTTO = ("溪平市燃气安全整治行动方案\n"
         "为消除城镇燃气安全隐患,制定本方案。\n"
         "一、总体要求\n"
         "各级各部门要坚持安全第一、预防为主,落实属地管理责任和行业监管责任。\n"
         "二、工作措施\n"
         "各县(市、区)要对辖区内燃气经营企业开展全面排查,建立隐患台账。\n")

RANK = ("镇2025年度工作总结及2026年工作打算\n"
        "二、2026年工作打算\n"
        "明年我镇要力争在全县综合考核中保持全县第一、全市前十的位次,全力推进重点项目建设。\n"
        "要加快推进农贸市场改造。\n")


def test_a_motto_first_is_not_cut_off_as_an_item():
    assert not any(t.startswith("第一") for t, _ in commitments(MOTTO))


def test_a_rank_first_is_not_cut_off_as_an_item():
    assert not any(t.startswith("第一") for t, _ in commitments(RANK))


def test_an_enumerator_first_with_a_comma_after_a_heading_word_still_cuts():
    page = ("县长在项目推进会上的讲话\n"
            "二、下半年重点抓好三个方面工作第一,全力攻坚项目开工。第二,全力推进项目建设。第三,全力优化服务保障。\n")
    assert any(t.startswith("第一") or t.startswith("第二") for t, _ in commitments(page))


def test_an_enumerator_first_after_a_colon_still_cuts():
    page = ("县长在项目推进会上的讲话\n"
            "二、关于下一步工作\n"
            "下半年要重点抓好三件事:第一、全力攻坚项目开工;第二、全力推进项目建设;第三、全力优化服务保障。\n")
    assert any(t.startswith("第二") for t, _ in commitments(page))
