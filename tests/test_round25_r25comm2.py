"""Round 25 (r25comm2): commitment-precision classes found on real pages of meeting news, notices, 活动方案 and
Q&A-farm answers from unseen hosts, each with must-catch tests in two phrasings and look-alikes the rule must
leave alone. Pages are made up."""
from page_text import commitments, deadline_of, has_commitment


# --- a sentence that only frames the year ("2031年是…之年,也是…之年。") is no measure; its year dates the list -----

YEAR_FRAME_NEWS = ("柳溪县召开县委经济工作会议\n"
                   "12月26日,县委经济工作会议召开。会议总结了今年工作,部署了明年任务。\n"
                   "会议指出,2031年是“十五五”规划的攻坚之年,也是柳溪建设工业强县的关键之年。"
                   "要重点抓好三个方面工作:坚持工业立县,推动园区扩容提质;坚持城乡融合,推动县城更新改造;"
                   "坚持民生优先,推动教育医疗扩面。\n")

YEAR_FRAME_PLAN = ("青枫镇2030年工作计划\n"
                   "一、总体思路\n"
                   "明年是实施乡村振兴五年行动的冲刺之年。\n"
                   "二、主要任务\n"
                   "1.新建高标准农田3000亩。\n"
                   "2.完成镇区污水管网改造4.5公里。\n")


YEAR_FRAME_LEAD_IN = ("四、2032年工作打算\n"
                      "今年是实施“十五五”规划的关键之年。我们将重点做好以下工作:\n"
                      "(一)新建标准化厂房5万平方米。\n"
                      "(二)完成农村公路提档升级30公里。\n")


def test_a_year_frame_before_a_plan_lead_in_is_no_commitment():
    assert not has_commitment(YEAR_FRAME_LEAD_IN, "关键之年")
    assert deadline_of(YEAR_FRAME_LEAD_IN, "新建标准化厂房") == "今年"


def test_a_year_frame_after_a_meeting_lead_is_no_commitment():
    assert not has_commitment(YEAR_FRAME_NEWS, "攻坚之年")


def test_a_year_frame_on_its_own_line_is_no_commitment():
    assert not has_commitment(YEAR_FRAME_PLAN, "冲刺之年")


def test_the_year_frame_still_dates_the_list_after_it():
    assert deadline_of(YEAR_FRAME_NEWS, "坚持工业立县") == "2031年"
    assert has_commitment(YEAR_FRAME_PLAN, "新建高标准农田3000亩")


def test_a_year_frame_that_runs_on_into_a_directive_stays():
    # the frame rule leaves the sentence to the classifier: it stays a candidate in extraction (structure=False drops
    # what the rules call structure); whether it is a commitment is then the classifier's call
    from reportnlp.api import process
    from reportnlp.stages.commitments import commitment_candidates

    page = ("县政协召开全会筹备会议\n"
            "会上,李某指出,2031年是本届政协的收官之年,要严格落实会风会纪,各组召集人要于会前组织委员熟悉议程。\n")
    part = process(page).parts[0]
    assert any("严格落实会风会纪" in part.text[c.start:c.end] for c in commitment_candidates(part, structure=False))


def test_a_past_year_said_to_be_unusual_is_no_commitment_either():
    page = ("部门年度工作会议综述\n"
            "2029年是极不平凡的一年。各部门克服困难,完成了年度目标任务。\n"
            "2030年,各部门将重点推进数字政务建设,年底前建成统一办事平台。\n")
    assert not has_commitment(page, "极不平凡")
    assert has_commitment(page, "建成统一办事平台")


# --- a span of days or months written with ~ ～ ― is one deadline, not its first day --------------------------------

TILDE_NOTICE = ("关于开展“作风建设大讨论”活动的通知\n"
                "所属各部门:\n"
                "为进一步转变作风,决定在全所开展“作风建设大讨论”活动。现将有关事项通知如下:\n"
                "一、主要内容\n"
                "(一)研讨阶段(4月8日~5月20日)\n"
                "1.各部门结合工作实际组织讨论,查找问题,提出改进措施。\n")

FULL_TILDE_PLAN = ("河湖“清四乱”专项整治实施方案\n"
                   "三、实施步骤\n"
                   "(一)集中整治阶段(6月1日～7月15日)\n"
                   "各乡镇要对辖区河道逐段排查,建立问题台账,限期清理违规堆放物。\n")

DASH_FLOW = ("“书香校园”读书月活动方案\n"
             "六、活动流程\n"
             "4月2日―6日:各班级组织学生推荐书目,并制作宣传海报。\n"
             "4月9日―20日:各班级开展读书分享会,评选优秀读书笔记。\n")


def test_a_span_with_a_tilde_is_one_deadline():
    assert deadline_of(TILDE_NOTICE, "查找问题") == "4月8日~5月20日"


def test_a_span_with_a_full_width_tilde_is_one_deadline():
    assert deadline_of(FULL_TILDE_PLAN, "建立问题台账") == "6月1日～7月15日"


def test_a_span_with_a_horizontal_bar_is_one_deadline():
    assert deadline_of(DASH_FLOW, "推荐书目") == "4月2日―6日"


def test_a_count_range_with_a_tilde_is_no_deadline():
    page = ("社区2030年工作计划\n"
            "下一步,社区将每月组织3~5次志愿服务活动,年底前完成全部楼栋的安全排查。\n")
    assert deadline_of(page, "志愿服务活动") != "3~5次"
    assert "年底前" in (deadline_of(page, "完成全部楼栋的安全排查") or "")


# --- the rows of a table that records events held (an attendance column) are no commitments -----------------------

RECORD_TABLE = ("端午节期间社区活动方案\n"
                "一、活动回顾\n"
                "今年端午节期间,社区围绕传统民俗开展了系列活动,参与居民较多,得到一致好评。\n"
                "二、各项活动开展情况\n"
                "项目 举办日期 场地 具体安排 参加人数 说明\n"
                "包粽子比赛 6月1日-2日 社区广场 组织居民现场包粽子并评比 260人 获得居民好评\n"
                "龙舟知识讲座 6月3日 文化活动室 邀请民俗专家讲解龙舟文化 120人 反响热烈\n")

RECORD_TABLE_TIMES = ("2030年暑期青少年活动情况\n"
                      "序号 项目名称 举办日期 参加人次 成效\n"
                      "1 游泳安全课 7月8日-12日 在社区泳池开展防溺水教学 340人次 无安全事故\n"
                      "2 书法体验营 7月15日-19日 邀请书法家授课 85人次 作品参展\n")


def test_rows_under_an_attendance_column_are_no_commitments():
    assert not has_commitment(RECORD_TABLE, "包粽子")
    assert not has_commitment(RECORD_TABLE, "龙舟")


RECORD_TABLE_ANSWER = ("首页 > 问答 >\n\n重阳节活动方案\n\n最佳答案\n\n"
                       "重阳节活动方案】为弘扬敬老传统,结合实际,特制定本方案。\n\n"
                       "一、活动总结\n\n今年重阳节期间,各社区举办了系列敬老活动。\n\n"
                       "二、活动开展一览\n\n"
                       "活动 日期 地点 内容 到场人数 效果\n"
                       "敬老宴 10月10日-11日 社区食堂 为辖区老人举办敬老宴席 180人 老人纷纷点赞\n"
                       "健康义诊 10月12日 社区卫生站 组织医生为老人测血压、测血糖 95人 深受欢迎\n")


def test_rows_of_a_q_and_a_answer_table_are_no_commitments():
    assert not has_commitment(RECORD_TABLE_ANSWER, "敬老宴")
    assert not has_commitment(RECORD_TABLE_ANSWER, "健康义诊")


def test_rows_under_an_attendance_count_of_times_are_no_commitments():
    assert not has_commitment(RECORD_TABLE_TIMES, "游泳安全课")
    assert not has_commitment(RECORD_TABLE_TIMES, "书法体验营")


def test_a_plan_task_table_with_a_time_limit_column_keeps_its_rows():
    page = ("街道2030年重点工作任务分解表\n"
            "下一步,街道将按以下分工推进各项任务。\n"
            "任务名称 责任科室 完成时限 完成情况\n"
            "完成老旧小区加装电梯12部 城建科 2030年10月底前\n"
            "新建社区嵌入式养老服务站2个 民政科 2030年12月底前\n")
    assert any(d and "10月底前" in d for _, d in commitments(page))


def test_the_word_attendance_in_a_sentence_leaves_the_plan_after_it():
    page = ("社区2030年活动计划\n"
            "去年各项活动内容丰富,参与人数逐年增加。\n"
            "下一步,社区将于6月底前举办邻里文化节,9月前建成居民议事厅。\n")
    assert has_commitment(page, "邻里文化节")
