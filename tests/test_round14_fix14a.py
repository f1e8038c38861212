"""Round 14 (fix14a, commitments and sections), classes seen on unread real pages:
- an estimate of the year under review inside a review ("预计全年实现…;…增长6.5%") is a result, not a commitment;
- a check's findings announced by a sentence ("…存在以下问题。", "发现了一些问题:(1)…") open the problems, and the
  numbered parts after the announcement that name no label are those problems; a hazard heading ("校内不安全隐患")
  names problems;
- the problems named as what is put right ("对照督查中存在的问题…整改") open no problems part;
- a meeting report's "2030年是…极不平凡的一年。…完成了…" is the review;
- requirements announced as points after a clause ("…,要求全体干部职工做好以下五点:第一要…") are the plans, each
  "第N要" a measure; the first item glued after a lead-in that opens with 最后/首先 is found like the others.
All text made up."""
from reportnlp.api import process
from reportnlp.stages.sections import label_heading


def _part(text):
    return process(text).parts[0]


def _labels(text):
    part = _part(text)
    return [(s.label, part.text[s.start:s.start + 7]) for s in part.get("sections")]


def _commitments(text):
    part = _part(text)
    return [part.text[c.start:c.end] for c in part.get("commitments")]


# --- estimates of the period under review ---

REVIEW = ("在柘溪县委经济工作会议上的讲话\n同志们:\n今天召开县委经济工作会议,总结2030年工作,部署2031年任务。\n"
          "一、回顾过去,成绩来之不易\n刚刚过去的2030年,全县经济社会发展稳中有进。据初步核算,预计全年实现地区生产总值186亿元,"
          "同比增长5.6%;规模以上工业增加值增长6.2%;城镇居民人均可支配收入达到43000元,增长5.1%;城镇登记失业率控制在3%以内。"
          "县中医院康复楼已完成主体施工,预计11月底投入使用。\n"
          "二、聚焦重点,扎实做好2031年工作\n要抓好项目建设,力争全年新开工项目30个,预计明年可新增产值20亿元。\n")


def test_estimate_of_the_year_under_review_is_no_commitment():
    found = _commitments(REVIEW)
    assert not any("186亿元" in c or "6.2%" in c or "43000元" in c or "3%以内" in c for c in found), found


def test_event_forecast_and_plans_estimate_stay_commitments():
    found = _commitments(REVIEW)
    assert any("预计11月底投入使用" in c for c in found), found
    assert any("预计明年可新增产值20亿元" in c for c in found), found
    assert any("新开工项目30个" in c for c in found), found


# --- problems announced by a sentence ---

ANNOUNCED = ("石门镇中心学校安全排查自查报告\n"
             "根据县教体局安排,中心校组织人员对全镇村小和幼儿园开展了安全排查。经过排查,发现部分村小存在以下问题。\n"
             "一、食堂管理\n有两所村小食品留样记录不全,一所幼儿园没有专用留样柜。\n"
             "二、门卫值守\n个别村小放学时段门卫室无人值守。\n"
             "整改要求:\n中心校根据各校存在的问题,当天下发了整改通知单。各校要在10月20日前完成整改。\n")


def test_parts_after_a_problems_announcement_are_problems():
    labels = _labels(ANNOUNCED)
    assert ("存在问题", "一、食堂管理\n") in labels, labels
    assert not any(label == "主要做法" for label, _ in labels), labels
    # the rectification part names the problems as what it puts right: no problems part opens there
    assert labels[-1][0] == "下一步", labels


def test_parts_after_an_announcement_of_the_report_stay_work_done():
    text = ANNOUNCED.replace("经过排查,发现部分村小存在以下问题。", "现将自查情况报告如下:")
    labels = _labels(text)
    assert ("主要做法", "一、食堂管理\n") in labels, labels


INLINE = ("青禾小学安全工作自查报告\n"
          "根据县教育局通知要求,我校对照自查内容逐项开展了自查,现将情况报告如下:\n"
          "一、安全制度建设\n学校完善了门卫值守制度,每月组织一次疏散演练。\n"
          "二、校舍设施检查\n学校每月对校舍设施检查一次,建立了台账。近期学校安全小组对校舍进行了全面检查,"
          "发现了一些问题:(1)东侧围墙有两处裂缝;(2)实验室灭火器有3具过期。\n"
          "三、整改措施\n学校将于本月底前完成围墙加固。\n")


def test_inline_problem_list_after_a_colon_opens_the_problems():
    labels = _labels(INLINE)
    assert ("存在问题", "近期学校安全小") in labels, labels


def test_problems_named_without_a_list_open_nothing():
    text = INLINE.replace("发现了一些问题:(1)东侧围墙有两处裂缝;(2)实验室灭火器有3具过期。", "发现的问题已全部整改到位。")
    labels = _labels(text)
    assert not any(label == "存在问题" for label, _ in labels), labels


def test_hazard_heading_names_problems_but_work_on_hazards_does_not():
    assert label_heading("二、校内不安全隐患:", False, False) == "存在问题"
    assert label_heading("(二)存在的安全隐患", False, False) == "存在问题"
    assert label_heading("三、排查安全隐患", False, False) != "存在问题"
    assert label_heading("三、聚焦隐患", False, False) != "存在问题"


def test_problems_as_what_is_put_right_open_no_problems_part():
    text = ("东湖区学校安全督查情况通报\n"
            "一、督查基本情况\n区教育局于5月对全区学校开展了安全督查,共检查学校26所。\n"
            "二、下阶段工作要求\n"
            "学校安全工作是一项系统工程,下阶段,各校要及时对照督查中存在的安全问题,认真做好整改工作。\n"
            "一是要定期研究学校安全工作。\n")
    labels = _labels(text)
    assert labels[-1][0] == "下一步", labels
    assert not any(label == "存在问题" for label, _ in labels), labels


# --- meeting news ---

MEETING = ("全县农业工作会议召开\n3月2日,全县农业工作会议在县政府三楼会议室召开。会议总结2030年全县农业工作,"
           "安排部署2031年工作。县委副书记柳成蹊主持会议并讲话。县直有关单位主要负责人、各乡镇分管负责人参加会议。\n"
           "会议指出,2030年是全县农业发展极不寻常、极具挑战的一年。面对持续干旱和局部洪涝,全县上下坚决落实上级部署,"
           "粮食生产再获丰收,圆满完成了年度目标任务。\n"
           "会议指出,当前农业发展仍面临不少困难和挑战。要坚持问题导向,保持定力。\n"
           "会议强调,做好今年农业工作,要坚持稳中求进工作总基调。\n")


def test_a_year_called_extraordinary_opens_the_review():
    assert ("主要做法", "会议指出,20") in _labels(MEETING)


def test_the_year_ahead_called_a_first_year_is_no_review():
    text = MEETING.replace("2030年是全县农业发展极不寻常、极具挑战的一年。面对持续干旱和局部洪涝,全县上下坚决落实上级部署,"
                           "粮食生产再获丰收,圆满完成了年度目标任务。",
                           "2031年是“十五五”规划的开局之年,也是极具挑战的一年。")
    assert ("主要做法", "会议指出,20") not in _labels(text)


POINTS = ("2月22日上午,青溪林场召开2032年度工作会议。场长出席会议并讲话。场长特别强调了开局之年打好基础的重要性,"
          "要求全场干部职工做好以下三点:第一要严守防火红线,3月底前完成防火物资补充;第二要规范巡护管理,"
          "每月通报一次巡护检查结果;第三要加快设备更新,年内更换红外相机20台。\n"
          "副场长主持会议。全场干部职工参加会议。\n")


def test_points_announced_after_a_clause_are_the_plans_and_each_item_a_measure():
    labels = _labels(POINTS)
    assert ("下一步", "场长特别强调了") in labels, labels
    found = _commitments(POINTS)
    assert any(c.startswith("第二要规范巡护管理") for c in found), found
    assert any("3月底前完成防火物资补充" in c for c in found), found


def test_a_request_without_points_opens_no_plans_there():
    text = POINTS.replace("要求全场干部职工做好以下三点:第一要严守防火红线,3月底前完成防火物资补充;第二要规范巡护管理,"
                          "每月通报一次巡护检查结果;第三要加快设备更新,年内更换红外相机20台。",
                          "要求全场干部职工做好防火物资清点。")
    assert ("下一步", "场长特别强调了") not in _labels(text)


LAST = ("6月9日下午,区局召开局务会。\n"
        "最后,区局就落实好讲话精神提出具体要求:一要认真组织传达学习。各单位负责人要组织好本单位学习讨论。"
        "二要抓好工作落实。各单位要全面做好下半年重点工作筹划。三要加强督查。办公室要每月通报进度。\n")


def test_first_item_glued_after_a_lead_in_opened_by_zuihou_is_found():
    found = _commitments(LAST)
    assert any(c.startswith("一要认真组织传达学习") for c in found), found
    assert any(c.startswith("二要抓好工作落实") for c in found), found


def test_lead_in_opened_by_shouxian_without_a_list_keeps_its_sentence():
    text = LAST.replace("最后,区局就落实好讲话精神提出具体要求:一要认真组织传达学习。", "首先,区局传达了讲话精神。")
    found = _commitments(text)
    assert not any("传达了讲话精神" in c for c in found), found
