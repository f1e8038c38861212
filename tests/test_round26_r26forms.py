"""Round 26 (r26forms): self-assessment forms read for the supervisor's audit, classes found on real blank
考核评分表 / 安全生产目标考核表 / 评比自评统计表 pages. A blank criteria form gives points per occurrence as a range
or a graded list ("0.5-1.5", "3、2、1分") and deductions glued to their verb ("…的扣10分"): none is a max or self
cell. A form whose self column is blank must not take the next row's number as the row's score. A 应得分 /
扣减分 / 实得分 form carries a deduction column between max and self. Each class has must-catch tests in two
phrasings and look-alikes the rule must leave alone. Units, places and numbers are made up."""
from reportnlp.api import extract_text


def _pairs(page: str) -> list[tuple[float, float]]:
    return [(s.max_score, s.self_score) for d in extract_text(page).documents for s in d.scores
            if s.max_score is not None]


def _codes(page: str) -> list[str]:
    return [f.code for d in extract_text(page).documents for f in d.flags
            if f.code in ("FULL_SELF_SCORE", "SCORE_OVER_MAX", "PERFECT_RATE")]


# --- a range or graded list of points in a blank criteria form ----------------------------------------------------

def test_point_ranges_in_a_flattened_criteria_form_are_no_scores():
    page = ("机关效能考评自查汇总表填报单位:年月日序号考评项目具体内容及分值加分扣减分合计加分情形分值得分次数扣分情形分值得分次数"
            "1工作落实(30分)上级文件落实(10分)获上级通报表扬的每次1-2未按时办结的每件2-4"
            "群众来信办理(10分)获来信人书面感谢的每件1.5-2未按时答复的每件1-1.5"
            "2信息报送(20分)信息被市级采用(10分)被采用的每篇2—3未按时报送的每次1~2\n")
    assert _pairs(page) == []
    assert "SCORE_OVER_MAX" not in _codes(page)


def test_graded_points_lists_are_no_scores():
    page = ("督办工作考评自查表序号考评项目具体内容及分值加分扣减分合计加分情形分值得分次数扣分情形分值得分次数"
            "1宣传报道(15分)稿件被采用的每篇省级、市级、县级分别计4、3、1分"
            "经验材料被转发的分别计5、3、2分被领导批示肯定的分别计3、2、1分"
            "2基础台账(10分)台账不全的扣1—4\n")
    assert _pairs(page) == []
    assert "SCORE_OVER_MAX" not in _codes(page)


def test_a_filled_glued_form_still_pairs_its_scores():
    # look-alike: a flattened 自评表 whose cells lost their separators but hold real scores
    page = ("项目支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因\n"
            "产出指标 数量指标 修缮校舍面积 ≥3200平方米 3350平方米 20 20\n"
            "质量指标 验收合格率 ≥95% 93% 20 17 两处屋面返工\n")
    assert (20.0, 20.0) in _pairs(page) and (20.0, 17.0) in _pairs(page)


def test_a_date_range_in_a_reason_leaves_the_row_alone():
    page = ("项目支出绩效自评表\n三级指标 年度指标值 实际完成值 分值 得分 偏差原因\n"
            "管护林地面积 ≥800亩 760亩 10 8 因3-4月连续降雨延误\n"
            "补植成活率 ≥90% 92% 10 10\n")
    assert (10.0, 8.0) in _pairs(page) and (10.0, 10.0) in _pairs(page)


# --- a blank self cell: the next row's number is no score ---------------------------------------------------------

def test_blank_self_cells_one_cell_a_line_take_no_row_number():
    page = ("序号\n|\n考核内容\n|\n计分方法\n|\n满分\n|\n扣分数\n|\n实得分\n|\n"
            "1\n|\n防汛值守\n|\n汛期值班缺岗的每次扣5分。\n|\n30\n|\n|\n|\n"
            "2\n|\n物资储备\n|\n储备物资不足的扣10分。\n|\n30\n|\n|\n|\n"
            "3\n|\n应急演练\n|\n未组织演练的扣20分。\n|\n40\n|\n|\n|\n"
            "合 计\n|\n|\n100\n|\n|\n|\n被考核人:\n")
    assert _pairs(page) == []
    assert _codes(page) == []


def test_blank_self_cells_one_row_a_line_take_no_row_number():
    page = ("河湾镇农机安全生产目标考核表\n"
            "| 序号 | 考核项目 | 扣分标准 | 应得分数 | 扣减分数 | 实得分数 |\n"
            "| 1 | 农机年检 | 未按期组织年检的扣8分 | 20 | | |\n"
            "| 2 | 驾驶培训 | 未开展驾驶员培训的扣10分 | 20 | | |\n"
            "| 3 | 隐患排查 | 未建立隐患台账的扣5分 | 30 | | |\n"
            "| 4 | 应急演练 | 未组织演练的扣10分 | 30 | | |\n"
            "| 合计 | | | 100 | | |\n")
    assert _pairs(page) == []
    assert _codes(page) == []


def test_a_filled_self_cell_equal_to_the_next_row_number_is_kept():
    # look-alike: row 1 scores 2 of 5, and row 2's number 2 follows on its own line
    page = ("社区考核自评表\n序号\n考核内容\n分值\n自评得分\n"
            "1\n门前三包\n5\n2\n"
            "2\n垃圾分类\n5\n5\n"
            "3\n楼道整治\n10\n9\n")
    assert _pairs(page) == [(5.0, 2.0), (5.0, 5.0), (10.0, 9.0)]


def test_filled_one_cell_a_line_form_keeps_its_scores():
    page = ("石桥街道安全生产目标考核自评表\n序号\n|\n考核项目\n|\n扣分标准\n|\n应得分数\n|\n实得分数\n|\n"
            "1\n|\n消防检查\n|\n未按月开展检查的扣5分。\n|\n25\n|\n24\n|\n"
            "2\n|\n台账管理\n|\n台账缺失的每项扣1分。\n|\n25\n|\n25\n|\n"
            "3\n|\n宣传培训\n|\n未开展培训的扣10分。\n|\n50\n|\n46\n|\n")
    assert _pairs(page) == [(25.0, 24.0), (25.0, 25.0), (50.0, 46.0)]


# --- a criterion's deduction glued to its verb is no maximum ------------------------------------------------------

def test_a_criterion_deduction_before_a_blank_score_is_no_max():
    page = ("道路保洁考核表\n| 考核项目 | 评分标准 | 分值 | 得分 |\n"
            "| 路面保洁 | 发现垃圾堆积的扣20分 | 30 | |\n"
            "| 设施维护 | 果皮箱破损未修复的减15分 | 20 | |\n"
            "| 作业规范 | 未穿反光服作业的扣除10分 | 15 | |\n")
    assert _pairs(page) == []
    assert "SCORE_OVER_MAX" not in _codes(page)


def test_a_spaced_points_cell_is_still_a_max():
    # look-alike: "10分" standing in its own cell is the row's weight
    page = ("科室考核自评表\n| 考核项目 | 分值 | 自评分 |\n"
            "| 考勤管理 | 10分 | 9分 |\n| 档案管理 | 10分 | 10分 |\n| 信息报送 | 20分 | 18分 |\n")
    assert _pairs(page) == [(10.0, 9.0), (10.0, 10.0), (20.0, 18.0)]


# --- 应得分 / 扣减分 / 实得分: a deduction column between max and self -------------------------------------------

def test_a_deduction_column_stands_between_max_and_self_in_pipe_rows():
    page = ("河湾镇农机安全生产目标考核自评表\n"
            "| 序号 | 考核项目 | 扣分标准 | 应得分数 | 扣减分数 | 实得分数 |\n"
            "| 1 | 农机年检 | 未按期组织年检的扣8分 | 20 | 0 | 20 |\n"
            "| 2 | 驾驶培训 | 未开展驾驶员培训的扣10分 | 20 | 2 | 18 |\n"
            "| 3 | 隐患排查 | 未建立隐患台账的扣5分 | 30 | 0 | 30 |\n"
            "| 4 | 应急演练 | 未组织演练的扣10分 | 30 | 4 | 26 |\n"
            "| 合计 | | | 100 | 6 | 94 |\n")
    assert _pairs(page) == [(20.0, 20.0), (20.0, 18.0), (30.0, 30.0), (30.0, 26.0), (100.0, 94.0)]
    assert "SCORE_OVER_MAX" not in _codes(page)


def test_a_deduction_column_in_a_spaced_flattened_form():
    page = ("林场防火目标考核自评表\n考核内容 应得分 扣减分 实得分\n"
            "巡护到岗 25 3 22\n"
            "瞭望值守 25 0 25\n"
            "宣传教育 50 5 45\n"
            "合计 100 8 92\n")
    assert _pairs(page) == [(25.0, 22.0), (25.0, 25.0), (50.0, 45.0), (100.0, 92.0)]


def test_a_reason_column_after_the_self_score_is_no_deduction():
    # look-alike: 扣分原因 after the score names a reason, not a deduction column
    page = ("图书馆考核自评表\n考核内容 分值 自评得分 扣分原因\n"
            "阅览服务 30 28 周末延时开放不足\n"
            "借阅管理 30 30\n"
            "合计 60 58\n")
    assert _pairs(page) == [(30.0, 28.0), (30.0, 30.0), (60.0, 58.0)]


# --- a row that opens with its number: its item is the cell after the number, before the criterion -----------

def _items(page: str) -> list[str]:
    return [s.item for d in extract_text(page).documents for s in d.scores if s.max_score is not None]


def test_numbered_rows_one_cell_a_line_name_their_items():
    page = ("柳湾镇综合治理目标考核自评表\n考核项目\n考核内容\n分值\n评分标准\n自评分\n扣分原因\n"
            "1\n网格管理\n网格员按月走访辖区住户\n20\n走访不到位的扣2分\n18\n两个网格漏报\n"
            "2\n矛盾调处\n矛盾纠纷及时化解\n30\n每起未化解的扣3分\n30\n"
            "3\n法治宣传\n开展普法进村活动\n20\n未开展的不得分\n20\n")
    assert _items(page) == ["网格管理", "矛盾调处", "法治宣传"]


def test_numbered_pipe_rows_name_their_items():
    page = ("| 序号 | 考核内容 | 评分细则 | 标准分 | 扣分值 | 得分 |\n"
            "| 1 | 防汛值守 | 汛期值班缺岗的每次扣5分 | 25 | 0 | 25 |\n"
            "| 2 | 物资储备 | 储备物资不足的扣10分 | 25 | 3 | 22 |\n")
    assert _items(page) == ["防汛值守", "物资储备"]


def test_rows_without_numbers_keep_their_last_label_cell():
    # look-alike: indicator levels before the score, no row number and no criterion column
    page = ("项目支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 培训农户人次 ≥600人次 640人次 20 20\n"
            "效益指标 社会效益指标 带动增收户数 ≥50户 52户 20 19\n")
    assert _items(page) == ["培训农户人次", "带动增收户数"]


# --- a blank form's points are weights and rule points, not quantities of work --------------------------------

def _score_metrics(page: str) -> list[float]:
    return [m.value for d in extract_text(page).documents for m in d.metrics if m.unit == "分"]


def test_weights_of_a_blank_flattened_form_are_no_metrics():
    page = ("机关效能考评自查汇总表序号考评项目具体内容及分值加分扣减分合计加分情形分值得分次数扣分情形分值得分次数"
            "1工作落实(30分)上级文件落实(10分)获上级通报表扬的每次1-2未按时办结的每件2-4"
            "群众来信办理(20分)获来信人书面感谢的每件1.5-2未按时答复的每件1-1.5"
            "2宣传工作(15分)稿件被采用的每篇省、市、县分别计4、3、1分领导批示肯定的分别计3、2、1分\n")
    assert _score_metrics(page) == []


def test_weights_of_a_blank_form_one_cell_a_line_are_no_metrics():
    page = ("社区考核评分表\n序号\n考核内容\n分值\n自评得分\n"
            "1\n门前三包(共15分)\n15\n\n"
            "2\n垃圾分类(共25分)\n25\n\n")
    assert _score_metrics(page) == []


def test_a_filled_form_and_a_prose_score_keep_their_metrics():
    # look-alike: a report that states its score in prose, outside any form
    page = ("2023年度社区工作自查报告\n一、基本情况\n今年社区共调解纠纷46件,居民满意度测评得分96分。\n")
    assert 96.0 in _score_metrics(page)


# --- prose: a 考核表's 应得分 / 实得分 words, and the item a score belongs to -------------------------------------

def _prose_scores(body: str) -> list[tuple]:
    page = "2023年度目标管理考核自查报告\n" + body + "\n"
    return [(s.item, s.max_score, s.self_score) for d in extract_text(page).documents for s in d.scores]


def test_prose_due_and_earned_points_pair():
    assert [s[1:] for s in _prose_scores("按照考核细则,应得分20分,实得分18分,扣2分。")] == [(20.0, 18.0)]
    assert [s[1:] for s in _prose_scores("对照评分标准逐项自查,本项应得分15分、实得分15分。")] == [(15.0, 15.0)]


def test_an_earned_score_without_its_due_points_is_no_pair():
    # look-alike: 实得分 alone, no maximum stated before it
    assert all(s[1] is None for s in _prose_scores("考核组现场检查后确定实得分88分。"))


def test_a_numbered_heading_closed_by_a_stop_names_the_score():
    assert _prose_scores("二、制度建设。考核分值 15 分,自评 14 分。制度汇编已印发。")[0][0] == "制度建设"
    assert _prose_scores("(四)档案管理:分值10分,自评得分9分,个别卷宗未装订。")[0][0] == "档案管理"


def test_a_sentence_before_the_score_names_no_item():
    # look-alike: the sentence before is work done, not a heading (no numbering)
    item = _prose_scores("全年未发生安全事故。考核分值10分,自评分10分。")[0][0]
    assert "事故" not in item


def test_full_marks_words_leave_the_item_name():
    assert _prose_scores("宣传工作满分10分,自评得分9分。")[0][0] == "宣传工作"
    assert _prose_scores("信息报送标准分5分,自评分5分。")[0][0] == "信息报送"


# --- two parties: the assessor's column after the self score; a deduction column in words ------------------------

def _rows(page: str) -> list[tuple]:
    return [(s.max_score, s.self_score, s.assessed_score) for d in extract_text(page).documents for s in d.scores
            if s.max_score is not None]


def test_an_assessor_column_after_the_self_score_in_pipe_rows():
    page = ("领导班子落实主体责任考核评分表\n| 序号 | 考核内容 | 分值 | 自评分 | 考核组评分 |\n"
            "| 1 | 制定年度工作计划 | 3 | 3 | 2 |\n| 2 | 召开专题会议 | 2 | 2 | 2 |\n"
            "| 3 | 开展廉政谈话 | 5 | 4 | 4 |\n| 合计 | | 10 | 9 | 8 |\n")
    assert _rows(page)[:3] == [(3.0, 3.0, 2.0), (2.0, 2.0, 2.0), (5.0, 4.0, 4.0)]
    assert _rows(page)[3][:2] == (10.0, 9.0)


def test_an_assessor_column_in_a_spaced_flattened_form():
    page = ("社区党建考核自评表\n考核项目 标准分 自评得分 考核得分\n"
            "组织生活 20 19 18\n阵地建设 30 30 27\n志愿服务 50 45 45\n")
    assert _rows(page) == [(20.0, 19.0, 18.0), (30.0, 30.0, 27.0), (50.0, 45.0, 45.0)]


def test_a_form_without_an_assessor_column_reads_no_assessed_score():
    # look-alike: the score after the maximum is the self score; nothing follows it
    page = ("社区党建考核自评表\n考核项目 标准分 自评得分\n组织生活 20 19\n阵地建设 30 30\n")
    assert _rows(page) == [(20.0, 19.0, None), (30.0, 30.0, None)]


def test_a_deduction_column_in_words_between_max_and_self():
    page = ("安全生产目标考核自评表\n| 序号 | 考核项目 | 考核内容 | 分值 | 评分办法 | 扣分情况 | 得分 |\n"
            "| 1 | 安全责任制 | 建立健全安全生产责任制 | 10 | 未建立的扣10分,不完善的扣3分 | 责任制不完善扣3分 | 7 |\n"
            "| 2 | 安全教育 | 制定年度培训计划并实施 | 10 | 未制定计划的扣5分 | 无 | 10 |\n"
            "| 3 | 隐患整改 | 隐患按期整改到位 | 20 | 每一处未整改扣2分 | 两处未整改扣4分 | 16 |\n")
    assert [r[:2] for r in _rows(page)] == [(10.0, 7.0), (10.0, 10.0), (20.0, 16.0)]


def test_a_deduction_column_in_words_one_cell_a_line():
    page = ("消防安全目标考核自评表\n序号\n考核项目\n应得分\n评分细则\n扣分情况\n实得分\n"
            "1\n消防巡查\n15\n每少一次扣1分\n少巡查两次扣2分\n13\n"
            "2\n器材维护\n15\n器材失效的每具扣1分\n无\n15\n")
    assert [r[:2] for r in _rows(page)] == [(15.0, 13.0), (15.0, 15.0)]


def test_a_row_number_after_a_reason_is_no_maximum():
    page = ("考核评分表\n| 序号 | 考核内容 | 分值 | 评分标准 | 自评分 | 扣分说明 |\n"
            "| 1 | 建立工作台账 | 5 | 未建立的扣2分 | 4 | 台账不全 |\n"
            "| 2 | 召开专题会议研究部署 | 3 | 每少一次扣1分 | 3 | |\n"
            "| 3 | 开展业务培训 | 4 | 视情况给分 | 4 | |\n")
    assert [r[:2] for r in _rows(page)] == [(5.0, 4.0), (3.0, 3.0), (4.0, 4.0)]
    assert "SCORE_OVER_MAX" not in _codes(page)


def test_a_row_number_after_a_reason_one_cell_a_line_is_no_maximum():
    page = ("考核评分表\n序号\n考核内容\n分值\n评分标准\n自评分\n扣分说明\n"
            "1\n建立工作台账\n5\n未建立的扣2分\n4\n台账不全\n"
            "2\n召开专题会议研究部署\n3\n每少一次扣1分\n3\n"
            "3\n开展业务培训\n4\n视情况给分\n4\n")
    assert [r[:2] for r in _rows(page)] == [(5.0, 4.0), (3.0, 3.0), (4.0, 4.0)]


def test_a_count_inside_a_criterion_is_no_self_score():
    page = ("安全生产目标考核自评表\n| 序号 | 考核项目 | 应得分 | 评分细则 | 扣分情况 | 实得分 |\n"
            "| 1 | 安全管理网络 | 10 | 未配备专职安全员扣5分,每少1人扣2分 | 无 | 10 |\n"
            "| 2 | 目标责任状 | 15 | 每缺1份扣1分 | 缺2份扣2分 | 13 |\n")
    assert [r[:2] for r in _rows(page)] == [(10.0, 10.0), (15.0, 13.0)]


def test_a_score_glued_before_its_reason_is_still_a_cell():
    # look-alike: a Word export with its spaces removed: the score 9 sits between the criterion and the reason
    page = ("目标管理考核自评表\n考核项目 考核内容 分值 评分标准 自评分 扣分原因\n"
            "宣传引导开展集中宣传活动10未开展的不得分9满意度测评为87%\n"
            "档案管理过程资料归档10资料缺失一项扣1分9部分资料缺失\n"
            "群众满意服务对象满意度达到90%以上15每低1个百分点扣1分15\n")
    assert [r[:2] for r in _rows(page)] == [(10.0, 9.0), (10.0, 9.0), (15.0, 15.0)]
