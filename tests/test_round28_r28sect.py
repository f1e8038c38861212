"""Round 28 (r28sect): section labels on real pages of meeting news (推进会, 调度会, 务虚会, 点评会, 总结会), 巡察 / 审计
整改 reports and notices, 信息公开年报, 调研 / 考察报告 and a 述职, read as classes — a meeting's purpose or agenda that names
the problems as what it examines (分析研判…存在的问题…安排部署, 就…存在的问题进行沟通交流, 提出了存在问题与…思路, 充分肯定了…
成绩,深入分析了…存在的差距不足) opens no problems; 同时指出要… is a directive, not a turn to the problems; a year framed as
what it is (…是…收官之年,当前已进入…) is no review, the directive after it tells the topic; remedies announced as where to
start (我们应该从以下几方面做起:) open the suggestions; a rectification report's parts headed by the finding quoted
(在“…”方面, 关于“…”的问题) tell the work done on it; a session turn with a long object's 进展情况 is no review.
Each with look-alikes that must stay. All text made up."""
from page_text import label_at, named


# -- a meeting's purpose or agenda that names the problems it examines -------------------------------------------------

PURPOSE_A = ("要闻\n"
             "青林:2031年度重点项目推进会召开\n"
             "为全面梳理今年以来重点项目进展,研判项目推进中存在的堵点问题,部署下阶段重点任务,5月9日,青林县"
             "发展改革局召开重点项目推进会,局班子成员和各股室负责人参加会议。\n"
             "会议听取了各股室项目推进情况汇报。会议强调,要对照年初确定的目标,倒排工期,确保各项任务按期完成。\n")
AGENDA_B = ("本报讯(通讯员 白景行)9月3日,云岭市副市长方慕远主持召开文旅博览会筹备工作调度会,听取筹备情况汇报。\n"
            "会上,会务组、宣传组、接待组分别汇报了筹备进展,各成员单位就场馆布置中存在的困难进行了讨论,并提出意见建议。\n"
            "方慕远强调,要高标准做好场馆布置,要细化安保方案,确保博览会安全有序。\n")
SUMMING_C = ("12月20日上午,市农业科学研究所召开2031年度工作总结会议。\n"
             "会上,所长柯明川从科研攻关、成果转化等方面作了2031年度工作总结,并提出了存在问题与2032年工作思路。各研究室负责人"
             "分别作了述职汇报。\n"
             "他对做好2032年工作提出了三点要求:一是聚焦种业攻关,二是加快成果转化,三是加强人才培养。\n")
APPRAISAL_D = ("全区年度重点工作讲评会召开\n"
               "12月30日上午,全区年度重点工作讲评会召开,回顾全年重点工作,部署明年一月份任务。区委书记钟启明出席会议并讲话,"
               "他强调,要咬定全年目标不放松,确保明年开局良好。区长宋之远逐项讲评了各部门重点工作完成情况。\n"
               "钟启明在讲话中充分肯定了全区年度重点工作取得的成效,深入剖析了工作中的亮点和存在的差距不足。他指出,"
               "今年以来,全区经济运行稳中有进,新签约项目41个。\n"
               "就做好明年一月份工作,钟启明强调,要抓项目、稳投资,确保首月开门红。\n")
APPRAISAL_E = ("本报讯 12月26日,县委召开全年重点工作点评会。县委书记方怀瑾出席并点评,县长孟晚舟主持会议。\n"
               "方怀瑾充分肯定了全县全年重点工作取得的成效,深入分析了工作亮点和存在的差距不足。他指出,今年以来,全县上下克难攻坚,"
               "新签约项目41个。\n"
               "方怀瑾要求,各单位要提前谋划明年工作,确保开局良好。\n")

def test_purpose_naming_problems_is_the_lead():
    assert "存在问题" not in named(PURPOSE_A)
    assert label_at(PURPOSE_A, "为全面梳理") == "其他"
    assert label_at(PURPOSE_A, "会议强调") == "下一步"


def test_problems_talked_over_are_the_session():
    assert named(AGENDA_B) == ["下一步"]
    assert label_at(AGENDA_B, "会上,会务组") == "其他"


def test_problems_and_plans_delivered_are_the_session():
    assert "存在问题" not in named(SUMMING_C)
    assert label_at(SUMMING_C, "会上,所长") == "其他"
    assert label_at(SUMMING_C, "他对做好2032年") == "下一步"


def test_results_and_shortfalls_analysed_open_no_problems():
    assert "存在问题" not in named(APPRAISAL_D)
    assert label_at(APPRAISAL_D, "今年以来,全区") == "主要做法"
    assert label_at(APPRAISAL_D, "就做好明年") == "下一步"


def test_results_and_shortfalls_analysed_second_phrasing():
    assert named(APPRAISAL_E) == ["主要做法", "下一步"]
    assert label_at(APPRAISAL_E, "方怀瑾充分肯定") == "主要做法"


def test_lookalike_problems_announced_stay_problems():
    # the problems a check names and lists are the problems, whatever verb announces them
    page = ("青林县供销社2031年工作总结\n"
            "一、主要工作\n全年新建村级服务站12个,农资销售额增长9%。\n"
            "二、存在的问题\n检查组提出了存在的问题:一是部分服务站管理不规范;二是农资配送不及时。\n"
            "三、下一步打算\n明年将新建服务站8个。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]
    news = ("本报讯 6月5日,县安委会召开安全生产督查通报会。\n"
            "会议通报了上半年督查情况,全县共排查隐患326处,整改率达96%。\n"
            "会议同时指出,部分乡镇仍存在隐患整改迟缓的问题。\n"
            "会议要求,各乡镇要在6月底前完成全部整改。\n")
    assert named(news) == ["主要做法", "存在问题", "下一步"]


def test_lookalike_problems_stated_in_summary_stay_problems():
    page = ("本报讯 7月3日,县人社局召开上半年工作分析会。\n"
            "会议通报,上半年全县新增城镇就业1860人。\n"
            "工作中还存在一些问题,主要是部分企业用工不规范,农民工欠薪投诉有所增加。\n"
            "会议要求,各股室要对照全年目标,抓好下半年工作。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


# -- 同时指出要… is a directive --------------------------------------------------------------------------------------

ALSO_DIRECTS_A = ("1月3日,石湾乡召开“回顾2031,谋划2032”工作务虚会,乡班子成员和各村书记参加会议。\n"
                  "会上,大家结合各自工作作了交流发言。\n"
                  "会议充分肯定了一年来取得的成绩,石湾乡2031年各项工作圆满收官。同时指出要牢牢抓住当前机遇,坚定信心、真抓实干,"
                  "推动2032年各项工作再上新台阶。\n")
ALSO_DIRECTS_B = ("本报讯 11月28日,县水利局召开冬修水利调度会。\n"
                  "会议通报,今冬已开工塘坝整治工程42处。会议还强调必须压实安全责任,确保工程质量。\n")


def test_also_pointed_out_with_a_directive_opens_plans():
    assert named(ALSO_DIRECTS_A) == ["主要做法", "下一步"]
    assert label_at(ALSO_DIRECTS_A, "同时指出要") == "下一步"


def test_also_stressed_with_a_directive_second_phrasing():
    assert named(ALSO_DIRECTS_B) == ["主要做法", "下一步"]
    assert label_at(ALSO_DIRECTS_B, "会议还强调") == "下一步"


def test_lookalike_also_pointed_out_problem_stays_problem():
    page = ("本报讯 11月28日,县水利局召开冬修水利调度会。\n"
            "会议通报,今冬已开工塘坝整治工程42处。同时指出,部分工程进度滞后,资金拨付偏慢。\n")
    assert named(page) == ["主要做法", "存在问题"]


# -- a year framed as what it is, its state after a comma ----------------------------------------------------------

YEAR_FRAMED_A = ("全市乡村振兴工作对接会召开\n"
                 "为做好全市乡村振兴考核工作,12月2日,市乡村振兴局召开工作对接会,各县区分管负责人参加会议。\n"
                 "会上,各县区就考核准备情况作了汇报。\n"
                 "会议强调,2031年是乡村振兴五年规划的收官之年,当前已进入冲刺考核的关键时期。各县区要进一步提高站位,补齐短板,"
                 "确保考核取得好成绩。\n")
YEAR_FRAMED_B = ("本报讯 2月6日,柳岸镇召开重点工作推进会,各村书记参加会议。\n"
                 "会上,各村就春季植树准备情况作了汇报。\n"
                 "会议认为,2032年是柳岸镇撤乡建镇五周年的攻坚之年,目前各项工作已步入冲刺阶段。全镇干部要迎难而上,抓好招商引资。\n")

def test_year_framed_with_state_is_no_review():
    assert named(YEAR_FRAMED_A) == ["下一步"]
    assert label_at(YEAR_FRAMED_A, "会议强调,2031年") == "下一步"


def test_year_framed_with_state_second_phrasing():
    assert named(YEAR_FRAMED_B) == ["下一步"]
    assert label_at(YEAR_FRAMED_B, "会上,各村") == "其他"


def test_lookalike_extraordinary_year_stays_review():
    page = ("本报讯 1月5日,县交通运输局召开年度总结会。\n"
            "会议指出,2031年是极不平凡的一年,全局上下克难奋进,新改建农村公路86公里。\n"
            "会议要求,各股室要早谋划、早部署2032年工作。\n")
    assert named(page) == ["主要做法", "下一步"]


# -- remedies announced as where to start ------------------------------------------------------------------------------

REMEDIES_A = ("茶山镇民俗文化资源考察报告\n"
              "茶山镇历史悠久,境内有古村落六处,民俗活动二十余项。\n"
              "在文旅融合的今天,民俗文化是一个地方的名片。但由于宣传不够,知名度还不高,带动群众增收还很有限。为补上这些短板,"
              "我们认为应该从以下几方面做起:\n"
              "一.开发前先把规划做好,把几处古村落串成一条线。\n"
              "二.要培养本土讲解员,讲好茶山故事。\n")
REMEDIES_B = ("关于社区养老服务的调研报告\n"
              "近期,调研组走访了城区9个社区。\n"
              "调研发现,社区养老服务供给不足,专业护理人员缺口较大。对此,今后要从以下三个方面入手:\n"
              "1.加快建设社区日间照料中心。\n"
              "2.加强护理人员培训。\n")


def test_remedies_where_to_start_open_plans():
    # the plans start at the sentence that announces where to start, not at its first item
    assert label_at(REMEDIES_A, "为补上这些短板") == "下一步"
    assert label_at(REMEDIES_A, "二.要培养") == "下一步"
    assert named(REMEDIES_A)[-1] == "下一步"


def test_remedies_where_to_start_second_phrasing():
    assert label_at(REMEDIES_B, "1.加快建设") == "下一步"
    assert named(REMEDIES_B)[-1] == "下一步"


def test_lookalike_work_done_from_these_aspects_stays_work():
    page = ("青林县档案馆2031年工作总结\n"
            "今年以来,我馆主要从以下几个方面开展了工作:\n"
            "一是完成馆藏档案数字化12万页。\n"
            "二是接收进馆档案3600卷。\n")
    assert "下一步" not in named(page)


# -- a rectification report's parts headed by the finding quoted ---------------------------------------------------------

RECTIFY_A = ("中共青林县文化广电旅游局党组关于巡察整改情况的通报\n"
             "根据县委统一部署,2031年3月至4月,县委第一巡察组对县文化广电旅游局党组进行了巡察。6月10日,巡察组反馈了巡察意见。"
             "按照有关要求,现将巡察整改情况予以公布。\n"
             "局党组把巡察整改作为重大政治任务来抓,切实做好整改工作。截至目前,巡察反馈的21个问题已完成整改17个,正在整改4个,"
             "整改完成率81%。\n"
             "(一)在“落实上级决策部署不够有力,党组把方向作用发挥不足”方面\n"
             "1.关于“学习贯彻上级重大部署不够到位”问题的整改\n"
             "(1)关于“专题学习流于形式。局党组全年仅组织专题研讨2次")
RECTIFY_B = ("青林县交通运输局关于审计查出问题整改情况的报告\n"
             "县人大常委会:\n"
             "(一)关于“项目资金拨付不及时”的问题\n"
             "已于9月底前拨付到位资金860万元。\n"
             "(二)关于“工程结算审核不严”的问题\n"
             "已追回多付工程款12万元,并建立结算复核制度。\n")


def test_quoted_finding_headings_tell_the_work_done():
    assert named(RECTIFY_A) == ["主要做法"]
    assert label_at(RECTIFY_A, "(一)在“落实") == "主要做法"
    assert label_at(RECTIFY_A, "(1)关于") == "主要做法"


def test_quoted_finding_headings_second_phrasing():
    assert "存在问题" not in named(RECTIFY_B)


def test_lookalike_unquoted_problem_heading_in_rectification_report_stays():
    page = ("青林县水务局关于巡察整改情况的报告\n"
            "一、整改工作开展情况\n局党组召开专题会议6次,制定整改清单。\n"
            "二、尚未完成整改的问题\n农村供水工程管护机制仍不健全,2个项目结算尚未完成。\n"
            "三、下一步工作打算\n明年6月底前完成全部整改。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


def test_lookalike_quoted_heading_outside_rectification_report_stays():
    # a self-check report that quotes the problems it found, no rectification title or opening: they are its problems
    page = ("青林县林业局安全生产自查报告\n"
            "一、自查开展情况\n局成立自查组,检查林场9个。\n"
            "二、自查发现的问题\n(一)关于“防火通道维护不到位”的问题\n3个林场防火通道杂草丛生。\n"
            "三、整改措施\n11月底前完成防火通道清理。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


# -- a session turn with a long object's 进展情况 ----------------------------------------------------------------------

TURNS_A = ("5月8日,全市先进制造业重点项目调度会召开,剖析存在的堵点难点问题,研究部署下阶段重点工作。\n"
           "会上,白沙镇汇报了白沙新材料园未纳入市级调度的其它项目进展情况,,先进制造业专班组长分别汇报了在建项目整体情况,,"
           "部分项目包联单位汇报存在的堵点问题。\n"
           "会议强调,调度重点项目要较真碰硬,要一一列出问题清单和完成时限。\n")


def test_long_object_progress_turn_is_the_session():
    assert named(TURNS_A) == ["下一步"]
    assert label_at(TURNS_A, "会上,白沙镇") == "其他"


def test_lookalike_report_of_progress_with_colon_stays_review():
    page = ("本报讯 7月2日,县政府召开上半年经济运行分析会。\n"
            "会上,县发改局汇报了今年以来全县重点项目推进情况:上半年完成投资28亿元,同比增长9%。\n"
            "会议要求,各乡镇要抢抓下半年施工黄金期。\n")
    assert named(page) == ["主要做法", "下一步"]


def test_lookalike_problems_listed_after_colon_stay_problems():
    # the shortfalls listed after a colon, a word of the list (协商) right after it: no turn told, the problems
    page = ("青林县政协常务委员会工作报告\n"
            "一、2031年工作回顾\n全年开展专题协商4次,收到提案186件。\n"
            "在肯定成绩的同时,我们也清醒认识到,常委会工作还存在一些不足:协商成果转化还不够,委员联系群众的制度化水平有待提高。\n"
            "二、2032年工作安排\n常委会将围绕县委决策部署,组织专题协商3次。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]
    assert label_at(page, "在肯定成绩的同时") == "存在问题"
