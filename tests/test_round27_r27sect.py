"""Round 27 (r27sect): section labels on speeches, 调研报告, 述职 and news of a 政府工作报告 / 党代会报告, read on real pages,
as classes — the session's roll (列席, 在主席台就座, 与会的领导人有…等), the chair opening it and the anthem, the hall's dress
and the report's outline (报告分四个部分:一是…) are the scene, not the work; a session's appraisal of the period's work
(大会对…工作给予高度评价,指出过去五年,…) is the review; the year's frame told as 总的要求 / 基本思路 / 增长目标是 opens the
plans, also as a later sentence; a speaker who admits the problems (坦言,…存在…) names them; problems announced in so many
words (…还存在一些突出问题。 / 在充分肯定成绩的同时,问题也不容忽视) open them in a speech too; 按照会议要求,现将…报告如下 is the
opening, no directive; a survey's first remedy after its problems (一是要…,…) is its suggestions; 基本的情况 names
the state part; delegates' pledge with its 将 after a comma is the plans. Each with look-alikes that must stay.
All text made up."""
from page_text import label_at, named


# -- the session's roll, opening and dress in news of a 人代会 ---------------------------------------------------------

SESSION_A = ("新华网讯 3月4日上午,云溪县第九届人民代表大会第二次会议在县会堂隆重开幕。\n"
             "大会主席台前鲜花簇拥,主席台上方国徽高悬,12面红旗分列两侧。来自全县的186名代表汇聚一堂,共商发展大计。\n"
             "会议由县人大常委会主任秦沐阳主持,顾南星、方知远、白若溪等在主席台前排就座。\n"
             "上午9时,秦沐阳宣布:云溪县第九届人民代表大会第二次会议开幕,全体起立,雄壮的国歌响彻会场。\n"
             "报告指出,过去一年,全县完成地区生产总值128亿元,增长6.8%。\n")
SESSION_B = ("本报讯 3月6日,远山市第十届人民代表大会第三次会议在市会议中心开幕。\n"
             "今天与会的市领导有陆青松、姚若水、钟明远、孟春晖等。大会执行主席陆青松主持会议。\n"
             "四百二十名人大代表出席会议,市政协委员列席。\n"
             "在大会执行主席陆青松宣布大会开幕后,市长姚若水走上讲台,代表市人民政府向大会作政府工作报告。"
             "报告全文约一万六千字。\n"
             "报告首先回顾了去年的工作,认为去年全市经济运行稳中有进,新增城镇就业2.1万人。\n")


def test_session_scene_roll_and_opening_are_no_work():
    assert named(SESSION_A) == ["主要做法"]
    assert label_at(SESSION_A, "大会主席台前") == "其他"
    assert label_at(SESSION_A, "上午9时") == "其他"
    assert label_at(SESSION_A, "报告指出,过去一年") == "主要做法"


def test_session_roll_second_phrasing():
    assert named(SESSION_B) == ["主要做法"]
    assert label_at(SESSION_B, "四百二十名") == "其他"
    assert label_at(SESSION_B, "今天与会的市领导") == "其他"
    assert label_at(SESSION_B, "报告首先回顾") == "主要做法"


def test_lookalike_attendance_with_results_is_work():
    # a sentence that names who attended and then the year's results reports the work
    page = ("本报讯 1月9日,县农业农村局召开年度总结会。\n"
            "去年,全县新建高标准农田3.2万亩,农民人均可支配收入增长7.1%,局班子成员出席会议并逐项点评。\n")
    assert named(page)[:1] == ["主要做法"]


# -- the report's outline told in the news ------------------------------------------------------------------------------

OUTLINE_A = ("本报讯 2月14日,松川县第八届人民代表大会第四次会议开幕。\n"
             "县长温如海受县人民政府委托,向大会作政府工作报告。报告共分四个部分:一是回顾2030年政府工作;二是“十五五”时期的奋斗目标;"
             "三是2031年政府工作的总体安排,要开好局、起好步;四是加强政府自身建设。\n"
             "报告指出,2030年,全县生产总值完成96亿元,增长7%。\n")
OUTLINE_B = ("本网讯 1月8日,柳塘区第六届人民代表大会第三次会议开幕。\n"
             "区长宋清和作政府工作报告。报告共分三个部分:一是2031年工作回顾;二是2032年工作安排,要抓好十项重点工作;三是政府自身建设。\n"
             "报告回顾了2031年工作,全区新增市场主体4100户。\n")


def test_report_outline_is_the_session():
    assert named(OUTLINE_A) == ["主要做法"]
    assert label_at(OUTLINE_A, "报告共分四个部分") == "其他"
    assert label_at(OUTLINE_A, "三是2031年政府工作") == "其他"


def test_report_outline_second_phrasing():
    assert named(OUTLINE_B) == ["主要做法"]
    assert label_at(OUTLINE_B, "二是2032年工作安排") == "其他"


def test_lookalike_report_quoted_after_delivery_is_its_content():
    # the report delivered and then quoted on its tasks: the quote tells the topic
    page = ("本报讯 2月14日,松川县第八届人民代表大会第四次会议开幕。\n"
            "县长温如海代表县人民政府向大会作政府工作报告。报告提出,2031年全县生产总值预期增长6.5%左右。\n")
    assert label_at(page, "报告提出") == "下一步"
    assert "其他" not in [label_at(page, "2031年全县生产总值")]


# -- a session's appraisal of the period's work --------------------------------------------------------------------------

CLOSING_A = ("9月26日,中国共产党青石县第十五次代表大会胜利闭幕。\n"
             "大会通过了关于第十四届县委工作报告的决议。\n"
             "大会对十四届县委的工作给予充分肯定,认为五年来,县委带领全县干部群众迎难而上,全面完成了县十四次党代会定下的各项目标任务。\n"
             "大会同意报告对今后五年全县工作提出的总体要求,强调要坚持稳中求进。\n")
CLOSING_B = ("12月3日,县政协第十二届委员会常务委员会第九次会议闭幕。\n"
             "会议对县政协一年来的工作给予充分肯定,认为2030年,县政协围绕中心建言资政,提交调研报告14篇。\n"
             "会议号召,全体委员要立足本职,为全县发展贡献力量。\n")


def test_session_appraisal_of_the_period_is_the_review():
    assert named(CLOSING_A) == ["主要做法", "下一步"]
    assert label_at(CLOSING_A, "大会对十四届县委") == "主要做法"


def test_session_appraisal_second_phrasing():
    assert label_at(CLOSING_B, "会议对县政协一年来") == "主要做法"
    assert named(CLOSING_B) == ["主要做法", "下一步"]


def test_lookalike_appraisal_of_the_report_itself_stays_the_session():
    page = ("9月26日,中国共产党青石县第十五次代表大会胜利闭幕。\n"
            "大会认为,《报告》对五年来工作的回顾实事求是,提出的奋斗目标切实可行。\n"
            "大会号召,全县各级党组织要团结一心,奋力实现今后五年的目标。\n")
    assert named(page) == ["下一步"]


# -- the year's frame: 总的要求, 基本思路, 增长目标是 ------------------------------------------------------------------

SPEECH_FRAME_A = ("在全市消防安全工作会议上的讲话\n同志们:\n"
                  "这次会议的主要任务是通报情况,部署任务。刚才,市消防救援支队通报了去年火灾形势。\n"
                  "今年,全市消防安全工作总的要求是:坚持预防为主,压实各方责任。要突出抓好以下四个方面工作:\n"
                  "一、要健全责任体系。各区县年底前要完成消防规划修编。\n")
NEWS_FRAME_B = ("本报讯 3月5日,省第十三届人民代表大会第一次会议开幕。\n"
                "省长作政府工作报告。\n报告首先回顾了去年的工作,全省生产总值增长5.2%。\n"
                "省长提出,今年全省生产总值增长目标是百分之六左右。报告称,今年政府工作的基本思路是:稳中求进,以进促稳。\n")


def test_year_frame_as_total_requirement_opens_plans():
    assert named(SPEECH_FRAME_A) == ["下一步"]
    assert label_at(SPEECH_FRAME_A, "今年,全市消防安全工作总的要求") == "下一步"


def test_year_frame_as_growth_target_and_basic_line():
    assert named(NEWS_FRAME_B) == ["主要做法", "下一步"]
    assert label_at(NEWS_FRAME_B, "省长提出") == "下一步"


def test_lookalike_last_year_requirement_met_stays_review():
    page = ("本报讯 1月10日,市应急管理局召开年度总结会。\n"
            "去年,全市安全生产工作总的要求全面落实,事故起数下降12%。\n")
    assert "下一步" not in named(page)


# -- a speaker who admits the problems ------------------------------------------------------------------------------------

ADMIT_A = ("本报讯 3月5日,县十届人大三次会议开幕。\n"
           "报告首先回顾了去年的工作,全县新增就业3100人。\n"
           "县长坦言,我县存在产业结构单一,县域经济实力不强,民生领域短板较多等问题。\n"
           "报告提出,今年全县生产总值预期增长7%。\n")
ADMIT_B = ("本报讯 1月12日,区十一届人大二次会议开幕。\n"
           "报告首先回顾了去年的工作,全区固定资产投资增长9%。\n"
           "区长坦陈,全区存在创新能力不强,城乡发展不平衡等问题。\n")


def test_speaker_admits_problems():
    assert named(ADMIT_A) == ["主要做法", "存在问题", "下一步"]
    assert label_at(ADMIT_A, "县长坦言") == "存在问题"


def test_speaker_admits_problems_second_phrasing():
    assert label_at(ADMIT_B, "区长坦陈") == "存在问题"


def test_lookalike_candid_words_on_the_results_stay_review():
    # 坦言 alone, on what was achieved: no problem named
    page = ("本报讯 1月12日,区十一届人大二次会议开幕。\n"
            "报告首先回顾了去年的工作,全区固定资产投资增长9%。\n"
            "区长坦言,过去五年极不平凡,全区上下共同努力,各项事业取得了长足进步。\n")
    assert "存在问题" not in named(page)


# -- problems announced in so many words, in a speech too ---------------------------------------------------------------

SPEECH_PROBLEMS_A = ("在全县安全生产工作电视电话会议上的讲话\n同志们:\n"
                     "这次会议的主要任务是通报前三季度安全生产形势,部署四季度工作。\n"
                     "今年以来,全县共发生生产安全事故6起,同比下降25%,但形势仍不容乐观,当前工作中还存在一些突出问题。"
                     "一是道路交通事故多发,势头还没有真正遏制住。二是企业主体责任落实不到位。\n"
                     "下面,我讲三点意见。第一,要压实责任。各乡镇年底前要完成隐患排查。\n")
SPEECH_PROBLEMS_B = ("在机关党建述职评议会上的讲话\n同志们:\n"
                     "刚才,八位党组织书记作了述职。一年来,各机关党组织围绕中心抓党建,取得了比较好的成效。"
                     "在充分肯定成绩的同时,也要清醒看到存在的不足,突出表现在:一是抓党建的主业意识还不够强;二是基础工作不够扎实。\n"
                     "下面,我讲几点意见。第一,要压实主体责任。\n")


def test_speech_problems_announced_open_problems():
    assert "存在问题" in named(SPEECH_PROBLEMS_A)
    assert label_at(SPEECH_PROBLEMS_A, "一是道路交通事故多发") == "存在问题"


def test_speech_problems_not_to_be_ignored():
    assert label_at(SPEECH_PROBLEMS_B, "突出表现在") == "存在问题"


def test_lookalike_speech_directive_to_solve_problems_stays():
    page = ("在全县安全生产工作电视电话会议上的讲话\n同志们:\n"
            "这次会议的主要任务是部署今冬明春安全生产工作。各乡镇要认真解决还存在的一些突出问题。"
            "要强化隐患排查,年底前完成整改。\n")
    assert "存在问题" not in named(page)


# -- a requirement followed is the opening, not a directive ------------------------------------------------------------

OPENING_A = ("按照会议要求,下面我就一年来履行抓基层党建第一责任人职责的情况作述职:\n"
             "一、履职工作特色和亮点\n一是坚持抓实抓细。全年组织专题学习12次,走访农户640户。\n"
             "二、存在的问题\n对党建工作的研究还不够深入。\n三、下一步打算\n将持续压实责任。\n")
OPENING_B = ("根据本次会议要求,现就本人一年来抓基层党建工作情况汇报如下:\n"
             "一、主要做法\n全年主持召开党建专题会议8次。\n二、存在的不足\n抓党建的办法还不多。\n三、下步打算\n将进一步压实责任。\n")


def test_requirement_followed_in_the_opening_is_no_plan():
    assert named(OPENING_A) == ["主要做法", "存在问题", "下一步"]
    assert label_at(OPENING_A, "按照会议要求") == "其他"


def test_requirement_followed_second_phrasing():
    assert named(OPENING_B) == ["主要做法", "存在问题", "下一步"]
    assert label_at(OPENING_B, "根据本次会议要求") == "其他"


def test_lookalike_meeting_requirement_still_directs():
    page = ("本报讯 6月3日,县政府召开防汛工作会议。\n"
            "会议要求,各乡镇要落实24小时值班制度,汛期前完成隐患排查。\n")
    assert named(page) == ["下一步"]


# -- a survey's first remedy after its problems ------------------------------------------------------------------------

SURVEY_A = ("关于加强农村基层党建工作的调研报告\n"
            "近期,我们对全县12个乡镇的基层党建工作进行了调研。\n"
            "存在的主要问题有如下几个方面:一是基层党建底子薄弱;二是组织生活不经常;三是党务工作不熟悉。\n"
            "一是要提高认识,让党委书记真正当好第一责任人。书记要把党建摆在突出位置来抓。\n"
            "二是要加强队伍建设,配齐专职党务干部。\n")
SURVEY_B = ("关于社区养老服务的调研报告\n"
            "为摸清我区社区养老服务情况,区民政局组织开展了专题调研。\n"
            "当前存在的主要问题有:一是服务设施不足;二是专业人才缺乏。\n"
            "首先,要统一思想认识,把社区养老纳入民生实事。各街道年内要新建日间照料中心2个。\n")


def test_survey_first_remedy_after_problems_is_plans():
    assert named(SURVEY_A) == ["存在问题", "下一步"]
    assert label_at(SURVEY_A, "一是要提高认识") == "下一步"


def test_survey_first_remedy_second_phrasing():
    assert label_at(SURVEY_B, "首先,要统一思想认识") == "下一步"


def test_lookalike_speech_opening_argument_stays_other():
    page = ("在全县农村人居环境整治推进会上的讲话\n同志们:\n"
            "今天召开这次会议,主要任务是部署下阶段工作。\n"
            "首先,要统一思想,提高认识。整治农村人居环境是乡村振兴的重要内容。\n"
            "其次,要突出重点,年底前完成改厕1200户。\n")
    assert label_at(page, "首先,要统一思想") == "其他"


# -- 基本的情况 names the state part -------------------------------------------------------------------------------

def test_basic_state_with_de_names_the_state_part():
    page = ("关于新农村建设的调研报告\n"
            "现将调研情况报告如下:\n"
            "一、新农村建设基本的情况\n周楼村全村共有人口1100人,耕地2200亩。\n"
            "二、存在的主要问题\n村级集体经济薄弱。\n三、对策建议\n要因地制宜发展集体经济。\n")
    assert named(page) == ["基本情况", "存在问题", "下一步"]


def test_basic_state_with_de_second_phrasing():
    page = ("关于社区养老服务的调研报告\n"
            "现将调研情况报告如下:\n"
            "一、全区社区养老服务基本的情况\n全区共有社区养老服务站46个。\n"
            "二、存在的问题\n专业人才缺乏。\n三、几点建议\n要加强人才培养。\n")
    assert named(page) == ["基本情况", "存在问题", "下一步"]


# -- delegates' pledge with its 将 after a comma ---------------------------------------------------------------------------

def test_delegates_pledge_after_a_comma_is_plans():
    page = ("本报1月27日讯 今天下午,出席市十八届人大一次会议的代表分组审议了政府工作报告。\n"
            "审议中,代表们认为,报告客观总结了过去一年全市经济社会发展情况,全市新增城镇就业5.2万人。\n"
            "代表们表示,听了报告很受鼓舞,回去后将把思想统一到大会部署上来,全力抓好落实。\n")
    assert label_at(page, "代表们表示") == "下一步"


def test_delegates_pledge_second_phrasing():
    page = ("本报讯 2月20日,出席县十届人大四次会议的代表分组审议政府工作报告。\n"
            "审议中,代表们认为,报告客观总结了过去一年的工作,全县完成固定资产投资86亿元。\n"
            "代表们纷纷表示,回去以后,将把大会精神传达到基层。\n")
    assert label_at(page, "代表们纷纷表示") == "下一步"


def test_lookalike_delegates_appraisal_stays():
    page = ("本报讯 2月20日,出席县十届人大四次会议的代表分组审议政府工作报告。\n"
            "审议中,代表们认为,报告客观总结了过去一年的工作,全县完成固定资产投资86亿元。\n"
            "代表们表示,报告实事求是,数据翔实。\n")
    assert "下一步" not in named(page)


# -- the report delivered, then quoted: its words tell the topic -------------------------------------------------------

DELIVERED_A = ("本报讯 1月6日,柏溪县第十七届人民代表大会第四次会议开幕。\n"
               "市人大常委会副主任邹明远到会讲话,就开好本次大会提出两点希望:一是要坚持党的领导,二是要依法审议好各项报告。\n"
               "县长褚云帆受县人民政府委托作《政府工作报告》。报告指出,2030年,是全县发展进程中具有里程碑意义的一年。"
               "一年来,全县完成生产总值92亿元,增长7.4%。\n")
DELIVERED_B = ("本报讯 1月9日,石门区第八届人民代表大会第二次会议开幕。\n"
               "会议希望全体代表:一是要依法履职,二是要严守会风会纪。\n"
               "区长鲁青禾代表区人民政府作政府工作报告。报告指出,过去一年,全区新增市场主体5200户,城镇新增就业4100人。\n")


def test_report_delivered_then_quoted_reviews():
    assert label_at(DELIVERED_A, "县长褚云帆受县人民政府委托") == "主要做法"
    assert named(DELIVERED_A)[-1] == "主要做法"


def test_report_delivered_then_quoted_second_phrasing():
    assert label_at(DELIVERED_B, "区长鲁青禾代表区人民政府") == "主要做法"


def test_lookalike_year_ahead_of_significance_stays_plans():
    # the year ahead named significant, with its tasks: the plans, not a review
    page = ("本报讯 1月6日,柏溪县第十七届人民代表大会第四次会议开幕。\n"
            "报告首先回顾了去年工作,全县完成生产总值92亿元。\n"
            "县长褚云帆在报告中强调,2031年是“十五五”开局之年,全县上下要奋力实现生产总值增长7%的目标。\n")
    assert label_at(page, "2031年是") == "下一步"


# -- a 对照检查材料's opening: the title broken before its genre word, how the meeting was prepared ----------------------

CHECK_A = ("镇党委班子2031年度民主生活会对照检\n查材料(初稿)\n"
           "根据上级党委关于召开2031年度民主生活会的安排,镇党委班子会前做了认真准备,先后开展专题学习研讨5次,"
           "征求意见建议38条。\n"
           "一、存在的主要问题\n理论学习抓得不深,运用理论指导实践的能力不强。\n"
           "二、原因剖析\n理想信念有所松懈。\n三、整改措施\n年内开展专题研讨6次。\n")
CHECK_B = ("县卫健局党组2031年度专题民主生活会个人对照检查材料\n"
           "按照县委关于开好2031年度专题民主生活会的通知要求,本人认真学习规定篇目,与班子成员逐一谈心谈话12人次。\n"
           "一、查摆的主要问题\n调查研究还不够深入。\n二、整改措施\n每季度到基层调研不少于3次。\n")


def test_check_material_preface_is_the_opening():
    assert named(CHECK_A) == ["存在问题", "下一步"]
    assert label_at(CHECK_A, "根据上级党委") == "其他"


def test_check_material_preface_second_phrasing():
    assert named(CHECK_B) == ["存在问题", "下一步"]
    assert label_at(CHECK_B, "按照县委关于开好") == "其他"


def test_lookalike_meeting_held_as_work_done_stays_work():
    # a summary's account of meetings it held is its work, not a 对照检查 opening
    page = ("2031年度机关党建工作总结\n"
            "今年以来,局党组认真落实党建责任,全年召开党组会议研究党建工作9次。\n"
            "按要求召开了2030年度民主生活会,班子成员开展批评和自我批评32条。\n"
            "下一步,我们将持续压实党建责任。\n")
    assert label_at(page, "按要求召开了") == "主要做法"
