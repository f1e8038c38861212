"""Round 15 (r15d): deadlines, metrics and indicator names on number-dense pages.

Classes (each with a must-catch case and a look-alike it must leave alone, on text of our own):
- a table's time cell flattened one cell a line under its measure ("…换届选举。" / "3月底前" / "组织委员"): the
  row's deadline, before a lead-in's year; a closing date under the last paragraph is none;
- an unnumbered plan list, one bare item a line, after a lead-in that names the year's projects or announces
  them ("今年,…将…办好12件民生实事。具体包括:", "这九件民生实事项目是:"): every item is a commitment; a list of
  work done after "主要做法如下:" is not;
- a share right after the count it is the share of ("已完成8个(53%)", "欠进度的有17个,占总任务的7.7%") is named
  by that count; a share naming its own subject keeps its name;
- a value alone in brackets after its subject ("…工程正在施工中(93%)") is named by what precedes the bracket;
- names never open with a closed bracket or the tail of a date ("截至9月底已完成19项": no 底已完成);
- a quoted name after a measure word ("建设24个“渝好空间”项目") and a road's length after a bare verb ("实施51.5公里
  “四好农村路”提档升级") name the counted thing;
- a money threshold of a size class ("5亿元(3000万美元)以上项目60个"), a phase named in brackets ("改造项目(三期)")
  and a headline's length ("不到1000字") are no metrics."""
from reportnlp.api import process
from reportnlp.stages.commitments import commitment_candidates


def _part(text: str):
    return process(text).parts[0]


def _metrics(text: str) -> list[tuple[str, float, str]]:
    return [(m.data.indicator, m.data.value, m.data.unit) for p in process(text).parts for m in p.get("metrics")]


def _commitments(text: str) -> dict[str, str | None]:
    return {c.data.text: c.data.deadline for p in process(text).parts for c in p.get("commitments")}


_TABLE = ("城南小学党支部2031年工作任务清单\n"
          "一、2031年重点任务\n"
          "序号\n重点任务\n具体措施\n时间进度\n责任人\n"
          "一规范组织生活\n"
          "按程序完成支部委员会换届选举。\n3月底前\n组织委员\n"
          "组织党员教师结对帮扶新入职教师,结对不少于12对。\n9月底前\n党建办\n"
          "二做好党员发展\n"
          "培养入党积极分子3名,发展新党员1名。\n年底前\n组织委员\n")


def _candidate_deadlines(text: str) -> dict[str, str | None]:
    part = _part(text)
    return {part.text[c.start:c.end]: c.deadline for c in commitment_candidates(part)}


def test_time_cell_under_measure_line_is_its_deadline():
    got = _candidate_deadlines(_TABLE)
    assert got.get("按程序完成支部委员会换届选举。") == "3月底前", got
    assert any(t.startswith("组织党员教师结对帮扶") and d == "9月底前" for t, d in got.items()), got
    assert any(t.startswith("培养入党积极分子") and d == "年底前" for t, d in got.items()), got


def test_closing_date_under_last_plan_is_no_deadline():
    text = ("2031年工作打算\n"
            "一、明年我站将完成8个村文化活动室设备更新,组织文艺演出不少于30场。\n"
            "二、明年将举办农民读书节,评选书香家庭10户。\n"
            "2030年12月28日\n")
    got = _commitments(text)
    assert got and all(d != "2030年12月28日" and d != "12月28日" for d in got.values()), got


_BARE_LIST = ("1月22日,兰江市第九届人民代表大会第四次会议开幕。\n"
              "办好民生实事,是对群众最实在的承诺。今年,兰江将紧扣群众关切,集中办好6件民生实事。具体包括:\n"
              "新建和改扩建公办幼儿园8所。\n"
              "实施城区背街小巷整治40条。\n"
              "建成城市书房10个。\n"
              "完成1800户困难残疾人家庭无障碍改造。\n")


def test_bare_item_lines_after_plan_lead_are_commitments():
    got = _commitments(_BARE_LIST)
    for start in ("新建和改扩建公办幼儿园", "实施城区背街小巷整治", "建成城市书房", "完成1800户困难残疾人"):
        assert any(t.startswith(start) and d == "今年" for t, d in got.items()), (start, got)


def test_bare_item_lines_of_a_project_list_are_commitments():
    text = ("3月1日,柳溪县人大代表票决产生2032年民生实事项目。\n"
            "这五件民生实事项目是:\n"
            "完成县城老旧小区改造(第三批);\n"
            "新建县第二人民医院门诊综合楼;\n"
            "启动城西片区供水管网更新改造;\n"
            "新增城区公共厕所16座;\n"
            "开展农村饮水工程水质提升行动。\n")
    got = _commitments(text)
    for start in ("完成县城老旧小区改造", "新建县第二人民医院", "启动城西片区", "新增城区公共厕所", "开展农村饮水工程"):
        assert any(t.startswith(start) for t in got), (start, got)


def test_bare_item_lines_of_work_done_stay_out():
    text = ("2030年,我镇民生工作扎实推进。主要做法如下:\n"
            "完成了县城老旧小区改造。\n"
            "新建了镇卫生院门诊楼。\n"
            "已建成城市书房10个。\n")
    assert not _commitments(text)


def test_bracketed_share_after_count_takes_its_name():
    got = _metrics("剩余项目中,15个农村幸福院建设已完成8个(53%),126条农村黑臭水体治理已完成120条(95%)。")
    shares = [name for name, _, unit in got if unit == "%"]
    assert len(shares) == 2 and all(n.startswith(("农村幸福院建设", "农村黑臭水体治理")) for n in shares), got
    assert not any(n.startswith(")") or n == ")" for n, _, _ in got), got


def test_share_clause_after_count_takes_its_subject():
    got = _metrics("经督查核实,欠进度的有17个,占总任务的7.7%;超进度的有10个,占总任务的4.5%。")
    names = {v: n for n, v, u in got if u == "%"}
    assert names[7.7].startswith("欠进度") and names[4.5].startswith("超进度"), got


def test_share_with_its_own_subject_keeps_its_name():
    got = _metrics("全村常住老人共312人,其中独居老人占21.6%。")
    names = {v: n for n, v, u in got if u == "%"}
    assert names[21.6].startswith("独居老人"), got


def test_value_alone_in_brackets_named_by_what_precedes():
    got = _metrics("皖北片区引调水工程正在施工中(93%),农村供水保障提升工程正在施工中(75%)。")
    names = [n for n, v, u in got if u == "%"]
    assert names and all("工程" in n and not n.startswith((")", "、")) for n in names), got


def test_bracket_holding_a_sub_list_names_it():
    got = _metrics("全局现有公务员30名(试用期1名)。")
    assert any(n.startswith("试用期") and v == 1 for n, v, _ in got), got


def test_date_tail_is_no_name():
    got = _metrics("其余27项中,截至9月底已完成19项。")
    assert any(v == 19 and not n.startswith("底") and "完成" in n for n, v, _ in got), got


def test_word_starting_with_di_keeps_it():
    got = _metrics("全年完成河道底泥清淤3.2万立方米。")
    assert not got or all(not n or "底泥" in n or "清淤" in n for n, _, _ in got), got


def test_quoted_name_after_measure_word_is_counted():
    got = _metrics("建设24个“渝好空间”项目。\n打造20个“标准化菜市场”。")
    names = {v: n for n, v, _ in got}
    assert "渝好空间" in names[24] and "标准化菜市场" in names[20], got


def test_left_name_kept_before_quotes():
    got = _metrics("新建口袋公园5个“微更新”点位同步推进。")
    assert any("口袋公园" in n and v == 5 for n, v, _ in got), got


def test_road_length_after_bare_verb_names_the_road():
    got = _metrics("实施51.5公里“四好农村路”提档升级。")
    assert any("四好农村路" in n and v == 51.5 for n, v, _ in got), got


def test_road_length_named_on_the_left_stays():
    got = _metrics("加装农村公路安全护栏4000公里。")
    assert any("农村公路安全护栏" in n and v == 4000 for n, v, _ in got), got


def test_money_threshold_of_size_class_is_no_metric():
    got = _metrics("全年新签约5亿元(3000万美元)以上项目60个,新引进500万元以上的重点税源企业20家。")
    units = [(v, u) for _, v, u in got]
    assert (60, "个") in units and (20, "家") in units, got
    assert not any(u in ("亿元", "万美元", "万元") for _, u in units), got


def test_money_amount_reached_stays_a_metric():
    got = _metrics("全年完成投资90亿元以上,增长8%。")
    assert any(v == 90 and u == "亿元" for _, v, u in got), got


def test_phase_in_brackets_is_no_count():
    got = _metrics("完成城镇老旧小区改造项目(三期);实施滨江片区排涝泵站工程(二期)。")
    assert not any(u == "期" for _, _, u in got), got


def test_sessions_counted_in_brackets_stay():
    got = _metrics("举办致富带头人培训班(共3期),培训学员240人次。")
    assert any(u == "期" and v == 3 for _, v, u in got), got


def test_headline_length_is_no_metric():
    got = _metrics("政府工作报告极简版来了!不到1000字\n3月5日,国务院总理作政府工作报告。")
    assert not any(u == "字" for _, _, u in got), got


def test_words_written_as_work_stay():
    got = _metrics("全年起草各类文稿86篇,约46万字。")
    assert any(u == "字" for _, _, u in got), got


_DATED_HEADINGS = ("城西街道工作汇报\n"
                   "一、2031年工作回顾\n全年完成固定资产投资12亿元,新建口袋公园3个。\n"
                   "二、下步打算\n"
                   "(一)2032年重点任务\n"
                   "要加快推进城西污水处理厂建设,确保管网同步铺设。\n"
                   "要启动滨河公园二期工程,拓展居民休闲空间。\n"
                   "(二)2031年长效机制建设完成情况\n"
                   "要健全街道领导包联社区制度,推动问题就地解决。\n")


def test_numbered_heading_dates_measures_under_it():
    got = _commitments(_DATED_HEADINGS)
    hits = [d for t, d in got.items() if t.startswith(("要加快推进城西污水处理厂", "要启动滨河公园"))]
    assert hits and all(d == "2032年" for d in hits), got


def test_reviewing_heading_dates_nothing():
    got = _commitments(_DATED_HEADINGS)
    assert all(d is None for t, d in got.items() if t.startswith("要健全街道领导包联")), got


_OWNER_NOTED = ("全文\n"
                "以优化营商环境为主线,推动审批、监管、服务全链条提质增效。\n"
                "一、推动审批服务提速\n"
                "1.推行行政许可事项清单管理。2033年6月底前编制并公布市、县两级行政许可事项清单。"
                "(市政府办公室牵头,市级各有关部门按职责分工负责)\n"
                "2.深化工程建设项目审批改革。9月底前实现施工图审查、消防审验“一网通办”。(市住建局牵头,市审批服务局配合)\n"
                "二、加强事中事后监管\n"
                "3.开展涉企收费专项检查。第三季度组织一次涉企违规收费专项检查。(市发改委牵头,市市场监管局配合)\n")


def test_owner_notes_make_a_titleless_plan():
    got = _commitments(_OWNER_NOTED)
    for start, dl in (("2033年6月底前编制", "2033年6月底前"), ("9月底前实现施工图", "9月底前"), ("第三季度组织", "第三季度")):
        assert any(start in t and d == dl for t, d in got.items()), (start, got)


def test_one_owner_note_in_a_review_makes_no_plan():
    text = ("2032年,我局扎实推进营商环境建设。\n"
            "一、审批服务提速\n"
            "编制并公布了市、县两级行政许可事项清单,审批时间压减至28个工作日。(市政府办公室牵头)\n"
            "二、监管更加有效\n"
            "组织了涉企违规收费专项检查,查处问题12个。\n")
    assert not _commitments(text)


def test_claim_inside_a_promise_is_no_zero_complaint():
    text = ("三、加强事中事后监管\n"
            "3.推进“双随机、一公开”全覆盖。年内部门联合抽查比例达到30%以上,抽查结果全部在12个工作日内公示。"
            "(市市场监管局牵头,市级各有关部门按职责分工负责)\n"
            "4.开展涉企收费专项检查。第三季度组织一次专项检查。(市发改委牵头,市市场监管局配合)\n")
    part = _part(text)
    assert not [f for f in part.get("flags") if f.data.code == "ZERO_COMPLAINT"]


def test_record_of_no_overdue_items_is_flagged():
    text = ("2031年,我局共受理政府信息公开申请46件,全部在规定期限内答复。\n"
            "全年未发生因政府信息公开引起的行政复议和行政诉讼。\n")
    part = _part(text)
    assert [f for f in part.get("flags") if f.data.code == "ZERO_COMPLAINT"]


def test_claim_after_an_attributive_cue_is_flagged():
    text = ("2031年,我局严格落实信息公开保密制度,在公开政府信息前,由主管领导对拟公开的政府信息进行审查,"
            "没有未经审查公开涉及国家秘密的政府信息的现象。\n")
    part = _part(text)
    assert [f for f in part.get("flags") if f.data.code == "ZERO_COMPLAINT"]
