"""Round 27 (r27plan): commitment precision on rule-making and directing documents. A rule document's articles and an
assessment scheme's standing arrangements are no measures (FORMAT: procedures described as standing rules, criteria,
eligibility); a notice's or a plan's directives stay. Each class has must-catch tests in two phrasings and look-alikes
the rule must leave alone. Pages are made up."""
from page_text import has_commitment


# --- a rule document's articles: definitions, scope, duties, bans, permissions -----------------------------------------

RULES_A = ("枫林市农村寄递服务站管理办法\n"
           "第一条 为规范农村寄递服务站的建设和运营,结合本市实际,制定本办法。\n"
           "第二条 本办法所称寄递服务站,是指设在行政村、提供包裹收寄和投递服务的固定场所。\n"
           "第三条 市商务局负责全市寄递服务站的统筹协调,市交通运输局负责寄递企业的行业监管。\n"
           "第四条 各县区要将寄递服务站纳入村级综合服务设施统筹建设,对符合条件的服务站给予一次性建设补助。\n"
           "第五条 寄递企业不得拒收农村包裹,不得擅自提高农村包裹的收费标准。\n"
           "第六条 各县区要在2033年底前完成空白行政村寄递服务站的补建工作。\n"
           "第七条 本办法由市商务局负责解释,自印发之日起施行。\n")

RULES_B = ("澄江县公共体育场馆开放管理规定\n"
           "澄江县人民政府\n"
           "澄江县人民政府令〔第31号〕\n"
           "《澄江县公共体育场馆开放管理规定》已经县人民政府常务会议通过,现予发布施行。\n"
           "县长 林启航\n"
           "二〇三二年十二月二日\n"
           "第一条 为提高公共体育场馆的使用效率,保障群众健身权益,结合本县实际,制定本规定。\n"
           "第二条 违规使用场馆是指下列行为:\n"
           "(一)未经登记擅自占用场地开展经营活动;\n"
           "(二)损坏场馆器材设施;\n"
           "(三)采用其他方式妨碍群众正常健身。\n"
           "第三条 禁止在场馆内燃放烟花爆竹。禁止携带宠物进入场馆。\n"
           "第四条 场馆开放工作实行属地管理,坚持公益优先、安全第一的原则。\n"
           "第五条 县文体局负责全县公共体育场馆开放的监督管理。\n"
           "教育、公安等部门应当在各自职责范围内做好场馆开放的相关工作。\n"
           "第六条 场馆管理单位可根据季节调整开放时间,发现安全隐患应当及时报告县文体局。\n"
           "第七条 本规定自2033年3月1日起施行。\n")


def test_a_rule_documents_standing_articles_are_no_commitments():
    for piece in ("本办法所称寄递服务站", "市商务局负责全市寄递服务站", "纳入村级综合服务设施统筹建设",
                  "不得拒收农村包裹"):
        assert not has_commitment(RULES_A, piece), piece
    for piece in ("未经登记擅自占用场地", "损坏场馆器材设施", "禁止在场馆内燃放烟花爆竹",
                  "做好场馆开放的相关工作", "根据季节调整开放时间"):
        assert not has_commitment(RULES_B, piece), piece


def test_a_rule_documents_article_with_a_one_time_deadline_stays_a_commitment():
    assert has_commitment(RULES_A, "完成空白行政村寄递服务站的补建工作")


def test_an_article_that_plans_in_a_word_of_its_own_stays():
    page = RULES_A.replace("第四条 各县区要将寄递服务站纳入", "第四条 市商务局将会同各县区把寄递服务站纳入")
    assert has_commitment(page, "把寄递服务站纳入村级综合服务设施")


def test_a_scheme_set_out_in_articles_keeps_its_directives():
    # a 方案 in articles (本方案, not 本办法) directs one-time work: its articles' directives are measures
    page = ("青川县2032年度食品安全考核实施方案\n"
            "第一条 为推动各乡镇履行食品安全属地责任,制定本方案。\n"
            "第二条 考核对象为全县12个乡镇。\n"
            "第三条 各乡镇要对照考核细则开展自评,于12月10日前将自评报告报县食安办。\n"
            "第四条 各被考核单位要如实提供考核资料,县食安办要建立考核工作台账。\n"
            "第五条 本方案由县食安办负责解释。\n")
    assert has_commitment(page, "各被考核单位要如实提供考核资料")
    assert has_commitment(page, "县食安办要建立考核工作台账")
    assert has_commitment(page, "对照考核细则开展自评")


def test_a_report_that_cites_articles_is_no_rule_document():
    # a report's table citing a rule's articles ("第二十条第(一)项") and a report naming two articles keep their plans
    page = ("柳溪县数据局2032年政府信息公开工作年度报告\n"
            "三、收到和处理政府信息公开申请情况\n"
            "第二十条第(一)项 |\n"
            "第二十条第(五)项 |\n"
            "第二十条第(六)项 |\n"
            "四、下一步工作安排\n"
            "2033年,我局将重点做好以下工作:一是3月底前完成政府信息公开指南的全面更新。"
            "二是要规范依申请公开办理流程,年内组织专题业务培训不少于2次。\n")
    assert has_commitment(page, "完成政府信息公开指南的全面更新")
    assert has_commitment(page, "规范依申请公开办理流程")


# --- an assessment scheme's standing arrangements: grades, quotas, who is covered or left out, award funding --------

SCHEME_A = ("青林县2032年度机关工作人员考核实施方案\n"
            "一、考核对象和等次\n"
            "考核对象为县直机关在编在岗人员。考核等次分为优秀、称职、基本称职、不称职四个等次。"
            "优秀等次人数控制在参加考核人数的15%以内。试用期内的人员不参加年度考核。\n"
            "二、奖励\n"
            "年度考核优秀的,给予嘉奖。一次性奖励经费由各单位自行承担。\n"
            "三、时间安排\n"
            "各单位要于12月20日前完成个人述职和民主测评,12月28日前将考核结果报县人社局。\n")

SCHEME_B = ("关于组织开展2032年度考核工作的通知\n"
            "院属各部门:\n"
            "根据上级有关规定,结合我院实际,现将2032年度考核工作安排如下:\n"
            "一、组织领导\n"
            "院里成立年度考核小组,由院长担任组长,日常事务由院办公室负责。各部门的考核工作由部门主要负责人牵头。\n"
            "二、考核内容与等次\n"
            "考核以平时表现为基础,兼顾群众评议,着重看工作实绩。\n"
            "等次设优秀、合格、基本合格、不合格四档,全院优秀等次比例控制在15%以内。本年度新调入人员参加考核,不定等次;长期聘用人员随所在部门考核,优秀名额不占指标。座谈人员控制在20人以内。一次性奖励经费由各部门自行承担。\n"
            "具体安排如下:\n"
            "(一)各部门于1月12日前确定本部门考核时间,报分管院领导同意后送院办公室备案。\n"
            "(二)各部门要组织工作人员撰写书面总结,填写年度考核登记表。\n")


def test_a_schemes_grades_quotas_and_scope_are_no_commitments():
    for piece in ("考核等次分为优秀", "优秀等次人数控制在", "试用期内的人员不参加年度考核", "考核对象为县直机关",
                  "一次性奖励经费由各单位自行承担"):
        assert not has_commitment(SCHEME_A, piece), piece
    for piece in ("座谈人员控制在20人以内", "不定等次", "优秀名额不占指标", "一次性奖励经费由各部门自行承担"):
        assert not has_commitment(SCHEME_B, piece), piece


def test_a_schemes_dated_steps_and_a_notices_directives_stay():
    assert has_commitment(SCHEME_A, "完成个人述职和民主测评")
    assert has_commitment(SCHEME_B, "撰写书面总结")
    assert has_commitment(SCHEME_B, "确定本部门考核时间")


def test_a_quota_set_as_a_target_with_a_cue_stays():
    page = ("梅岭区2033年大气污染防治工作计划\n"
            "二、主要目标\n"
            "今年要确保全区细颗粒物平均浓度控制在32微克/立方米以内,力争重污染天数控制在3天以内。\n")
    assert has_commitment(page, "细颗粒物平均浓度控制在")


def test_who_carries_out_the_work_stays_with_the_classifier():
    # "由…负责" and "由…约谈…" are measures in a plan's or a notice's directives (the golds count them)
    page = ("桃源县2033年城乡医保参保扩面工作方案\n"
            "三、工作措施\n"
            "由各乡镇负责本辖区参保动员,县税务局负责费款征收,县医保局负责数据比对。"
            "对连续两个月进度滞后的乡镇,由县政府分管领导约谈主要负责人。\n")
    assert has_commitment(page, "由各乡镇负责本辖区参保动员")
    assert has_commitment(page, "由县政府分管领导约谈主要负责人")


# --- how an assessment works: its method, an aspect described, what results are, an item's weight -------------------

SPEECH = ("在全县学校发展性评价工作会上的讲话\n"
          "同志们:\n"
          "下面,我讲三点意见。\n"
          "一、实行学校发展性评价,突出过程管理\n"
          "在考核内容上,重点对各校课堂教学、校园安全、家校共育等方面进行量化考核,引导各校把精力放在育人上。在评价方式上,重点对各校特色项目实行专项加分,过程评价结果占总分的40%。同时,这次考评的结果,也是教育局评定各校年度等次的主要依据。考核采取过程评价与终期评价相结合的方式。\n"
          "二、抓好校内教职工评价\n"
          "所有教职工均采取个人述职和年级组综合评定的方法。校级评价采用两级评价法,即教研组长初评打分、分管校长复评打分。岗位职责考核指对每名教师承担的教学任务完成情况进行评价,此项考核占总考核的60%。\n"
          "三、加强组织保障\n"
          "各学校要加快校务评价平台建设步伐,于6月底前投入使用。\n")

METHOD = ("部门绩效考核方案\n"
          "二、考核方法:\n"
          "1、所有人员均采取个人述职和分管领导综合评定的方法。\n"
          "2、领导评价:采用两级评价法,即科室负责人初评打分、分管领导复评打分。\n"
          "3、考核坚持平时考核与年度考核相结合、定性与定量相结合。\n"
          "三、考核内容:\n"
          "1、岗位职责考核:指对每名人员承担的本职工作完成情况进行评价,此项考核占总考核的60%。\n"
          "四、本年度改进安排\n"
          "今年将在年底前上线考核打分小程序,力争明年一季度实现考核材料网上报送。\n")


def test_how_an_assessment_works_is_no_commitment():
    for piece in ("在考核内容上", "在评价方式上", "这次考评的结果,也是", "综合评定的方法", "采用两级评价法",
                  "考核采取过程评价与终期评价相结合", "指对每名教师承担的教学任务"):
        assert not has_commitment(SPEECH, piece), piece
    for piece in ("综合评定的方法", "采用两级评价法", "考核坚持平时考核与年度考核相结合", "指对每名人员承担的本职工作"):
        assert not has_commitment(METHOD, piece), piece


def test_an_assessments_directives_and_plans_stay():
    assert has_commitment(SPEECH, "校务评价平台建设步伐")
    assert has_commitment(METHOD, "上线考核打分小程序")
    assert has_commitment(METHOD, "考核材料网上报送")


def test_an_aspect_with_a_directive_cue_stays():
    page = SPEECH.replace("在评价方式上,重点对各校特色项目实行专项加分,",
                          "在评价方式上,各校要对特色项目实行专项加分,")
    assert page != SPEECH
    assert has_commitment(page, "在评价方式上,各校要对特色项目")


def test_an_assessment_teams_way_of_working_and_a_result_to_be_used_stay():
    # the assessment team acting ("各考核组采取…等方式,逐项打分") and a result announced for use ("将作为") are measures
    page = ("石门镇2032年度村级目标考核方案\n"
            "三、考核步骤\n"
            "12月中旬,各考核组采取听取汇报、查阅资料、实地察看等方式,逐项对照评分细则打分。\n"
            "测评结果将作为村干部绩效报酬发放的重要依据。\n")
    assert has_commitment(page, "各考核组采取听取汇报")
    assert has_commitment(page, "测评结果将作为村干部绩效报酬")


# --- a grade's definition line; a speech's lead-in that announces the aspects of its plan ----------------------------

GRADES = ("南湖街道机关干部考核细则\n"
          "1.优秀(20分)——作风扎实,实绩突出,清正廉洁,群众威信高。\n"
          "2.称职(16分)——作风较好,实绩较好,能守纪律、讲廉洁,群众威信较高。\n"
          "3.基本称职(10分)——作风不够扎实,实绩一般,对自己要求不严,群众认可度较低。\n"
          "4.不称职(4分)——对考核为不称职的干部,街道党工委要在一个月内进行诫勉谈话。\n")


def test_a_grades_definition_is_no_commitment_in_any_clause():
    for piece in ("群众威信高", "群众威信较高", "群众认可度较低"):
        assert not has_commitment(GRADES, piece), piece
    page = GRADES.replace("1.优秀(20分)——", "一、优秀:").replace("2.称职(16分)——", "二、良好:")
    for piece in ("群众威信高", "群众威信较高"):
        assert not has_commitment(page, piece), piece


def test_a_directive_on_a_grades_line_stays():
    assert has_commitment(GRADES, "街道党工委要在一个月内进行诫勉谈话")


ASPECTS = ("在全县重点工作推进会上的讲话\n"
           "同志们:\n"
           "刚才,各推进组分别对今年的重点工作进行了安排,目标任务已经十分明确。下一步,如何抓好部署任务的落实,"
           "全县要从五个方面下功夫。\n"
           "第一,要攻坚克难抓落实,各牵头单位要在6月底前拿出项目推进清单。\n"
           "第二,要协调联动抓落实,各部门要每月召开一次联席会议。\n")


def test_a_lead_in_that_announces_the_aspects_of_a_plan_is_no_commitment():
    assert not has_commitment(ASPECTS, "全县要从五个方面下功夫")
    page = ASPECTS.replace("全县要从五个方面下功夫。", "全县上下要在四个方面发力。")
    assert not has_commitment(page, "全县上下要在四个方面发力")


def test_the_aspects_themselves_stay():
    assert has_commitment(ASPECTS, "拿出项目推进清单")
    assert has_commitment(ASPECTS, "每月召开一次联席会议")


# --- what an assessment covers, its grades by name, who takes part in it --------------------------------------------

COVERAGE = ("青石县2032年度乡镇领导班子考核实施方案\n"
            "二、考核内容和方法\n"
            "(一)综合成绩考核。对班子成员综合成绩的考核,包括正职和副职两个层面,分为班子考核成绩、分管工作成绩和民主测评成绩三部分。\n"
            "(二)民意考核。主要对领导班子和班子成员的民意情况进行考核,包括群众评价、班子互评和领导评价。对乡镇领导班子及其成员的评议,由乡镇全体干部、村党组织书记参加评议。对领导班子和领导干部的测评可分别定为“好、较好、一般、差”四个格次。\n"
            "三、结果运用\n"
            "被确定为优秀等次的人员,待全县考核结果通知下发后,填报《年度考核奖励审批表》,报县委组织部审批。县委考核办将会同县纪委监委对考核工作开展全程监督,对弄虚作假的乡镇,年度考核直接定为较差等次。\n")


def test_what_an_assessment_covers_and_who_takes_part_are_no_commitments():
    for piece in ("对班子成员综合成绩的考核,包括", "主要对领导班子和班子成员的民意情况进行考核", "由乡镇全体干部、村党组织书记参加评议",
                  "测评可分别定为"):
        assert not has_commitment(COVERAGE, piece), piece


def test_whom_a_grade_is_given_and_a_plan_word_keep_the_measure():
    # "被确定为优秀等次的人员…报…审批" names whom a step concerns; "将会同…监督" plans (the golds count both)
    assert has_commitment(COVERAGE, "填报《年度考核奖励审批表》")
    assert has_commitment(COVERAGE, "县委考核办将会同县纪委监委")
