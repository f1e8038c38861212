"""Round 21 (r21sect): section labels on real pages of many genres, as classes — a speech part headed by the
situation's severity (…面临的严峻形势), a heading whose first clause names nothing and whose later clause does, a heading
glued to its body in flattened text, a speech part headed by the shortfall that opens by reviewing the period, an outline
printed above a speech's salutation, a meeting's deployment listing the tasks (会议安排部署…工作,一是要…), a directive to
reflect on shortcomings (要求…反思存在的不足), a label glued to its text under a combined heading (改进措施:2031年,…),
numbers in black brackets (【一】基本情况), a survey's finding of features (主要特点), a unit's profile in new spellings
(…是一所…医院, …县是典型的…县, 我是…网格员…). Each with a look-alike that must stay. All text made up."""
from page_text import labels, named, run

from reportnlp.stages.sections import heading_text, label_heading, paragraph_cue


SPEECH_HEAD = ("在全县防汛抗旱工作会议上的讲话\n同志们:\n"
               "今天召开这次会议,主要是分析研判今年的防汛形势,安排部署当前工作。刚才,县水利局通报了汛前检查情况,"
               "讲得很好。下面,我再讲几点意见。\n")


# -- a speech part headed by the situation's severity ---------------------------------------------------------------

def test_a_part_headed_by_the_situations_severity_names_the_problems():
    assert label_heading("二、冷静分析当前防汛工作面临的严峻形势", False, True) == "存在问题"
    assert label_heading("一、深刻把握河道管护形势的严峻性", False, True) == "存在问题"


def test_a_part_headed_by_the_situation_alone_is_no_problem():
    assert label_heading("一、认清形势,统一思想", False, True) == "其他"  # an argument for why
    assert label_heading("二、当前经济形势总体平稳", False, False) != "存在问题"


# -- a heading whose first clause names nothing, its later clause does ----------------------------------------------

def test_a_headings_later_clause_names_its_part_when_the_first_names_nothing():
    page = (SPEECH_HEAD + "一、保持清醒头脑,准确把握今年汛情形势的严峻性\n"
            "入汛以来,全县降雨量比常年偏多四成,三座小型水库超汛限水位运行,两处堤防出现渗漏。\n"
            "二、压实责任,全力做好防汛各项工作\n各乡镇要在本月底前完成隐患排查。\n")
    assert named(page) == ["存在问题", "下一步"]


def test_a_headings_first_clause_keeps_its_name():
    # "肯定成绩" names the work done: the shortfall in its second clause opens nothing at the heading
    assert label_heading("一、肯定成绩", False, True, line="一、肯定成绩,正视差距") == "主要做法"


# -- a heading glued to its body in flattened text ---------------------------------------------------------------

def test_a_glued_headings_words_run_to_where_its_body_opens():
    assert heading_text("二、冷静客观地认清当前河道管护面临的严峻形势一是乱占现象仍有反弹。") \
        == "二、冷静客观地认清当前河道管护面临的严峻形势"
    assert heading_text("一、充分肯定过去一年全县河长制工作取得的成效2030年,在县委坚强领导下,…") \
        == "一、充分肯定过去一年全县河长制工作取得的成效"


def test_a_glued_heading_with_a_sentence_before_the_year_keeps_its_first_words():
    par = "一、关于河道保洁。全县2030年,共清理河道垃圾1200吨。"
    assert heading_text(par) == "一、关于河道保洁"


# -- a speech part headed by the shortfall that opens by reviewing the period --------------------------------------

def test_a_shortfall_part_that_reviews_the_period_first_starts_with_the_work_done():
    page = (SPEECH_HEAD + "一、正视短板,深刻认识做好防汛工作的紧迫性\n"
            "过去一年,全县防汛工作扎实有效,完成病险水库除险加固12座,转移群众3200人,实现了不死人、少损失。"
            "但我们也要看到,部分乡镇预案流于形式,山洪预警“最后一公里”还没有打通。\n"
            "二、突出重点,扎实做好今年防汛工作\n各乡镇要在本月底前完成预案修订。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


def test_a_shortfall_part_that_opens_with_a_setback_stays_the_problems():
    page = (SPEECH_HEAD + "一、正视差距,清醒认识我县的位次\n"
            "2030年,我县在全市防汛考核中得分86分,位列第9位,比上年后退3位。\n"
            "二、突出重点,扎实做好今年防汛工作\n各乡镇要在本月底前完成预案修订。\n")
    assert named(page) == ["存在问题", "下一步"]


# -- an outline printed above a speech's salutation -----------------------------------------------------------------

def test_heading_lines_above_the_salutation_are_an_outline():
    page = ("一、认清形势,增强做好防汛工作的紧迫感\n二、突出重点,扎实抓好今年防汛各项任务\n"
            "三、强化保障,确保防汛责任落到实处并取得实效\n同志们:\n"
            "今天召开这次会议,主要是部署今年的防汛工作。刚才,县水利局通报了汛前检查情况。\n")
    assert [label for label, _ in labels(page)][:1] == ["其他"]
    assert "下一步" not in named(page)


def test_heading_lines_under_the_salutation_head_the_parts():
    page = ("同志们:\n一、认清形势,增强做好防汛工作的紧迫感\n二、突出重点,扎实抓好今年防汛各项任务\n"
            "三、强化保障,确保防汛责任落到实处\n各乡镇要在本月底前完成隐患排查。\n")
    assert "下一步" in named(page)


# -- a meeting's deployment that lists the tasks --------------------------------------------------------------------

def test_a_meeting_deploying_work_with_its_tasks_listed_opens_the_plans():
    assert paragraph_cue("会议安排部署秋冬季禁烧工作,一是要紧盯重点区域,二是要强化巡查值守。") == "下一步"
    assert paragraph_cue("副县长柯远就冬春农田水利建设作了部署:一要抓进度,二要抓质量。") == "下一步"


def test_a_deployment_followed_by_what_was_done_is_no_plan():
    assert paragraph_cue("会议安排部署了秋冬季禁烧工作,一是总结了去年的做法,二是通报了火点情况。") != "下一步"


# -- a directive to reflect on shortcomings -------------------------------------------------------------------------

def test_a_directive_to_reflect_on_shortcomings_opens_no_problems():
    par = ("会后,局领导对全局一年来的工作进行了全面总结,对干部职工取得的成绩给予了充分肯定,"
           "并要求全体干部要认真反思自身存在的不足,扎实做好新一年的各项工作。")
    assert paragraph_cue(par) == "下一步"


def test_shortcomings_stated_stay_the_problems():
    par = "会上,局领导对全局一年来的工作进行了总结,指出全局还存在项目推进较慢等不足。"
    assert paragraph_cue(par) == "存在问题"


# -- a label glued to its text under a combined problems-and-fixes heading ------------------------------------------

COMBINED = ("2030年,镇政府信息公开工作取得新进展,全年主动公开信息426条。\n"
            "一、主动公开情况\n全年主动公开政策文件38件。\n"
            "二、存在的主要问题及改进情况\n存在的主要问题:政策解读形式单一,图解解读偏少。\n")


def test_a_plans_label_glued_to_its_text_opens_the_plans_under_a_combined_heading():
    page = COMBINED + "改进措施:2031年,我镇将增加图解、短视频等解读形式,每季度更新一次公开目录。\n"
    assert named(page)[-1] == "下一步"


def test_a_glued_label_that_names_no_plan_stays_with_the_problems():
    page = COMBINED + "具体表现:部分栏目更新不及时,个别链接打不开。\n"
    assert named(page)[-1] == "存在问题"


# -- numbers in black brackets and a survey's features --------------------------------------------------------------

SURVEY = ("为掌握全区社区养老服务站的运行现状,区民政局组成调研组走访了12个社区。现将调研情况报告如下。\n"
          "【一】基本情况\n截至6月底,全区建成社区养老服务站46个,日均服务老人约900人次。\n"
          "【二】主要特点\n一是布局较均衡。多数站点步行15分钟可达。二是服务较多样。\n"
          "【三】存在的问题\n(一)运营经费不足。多数站点依靠补贴运转。\n"
          "【四】对策建议\n建议区财政设立运营补助,按服务人次给予奖补。\n")


def test_numbered_black_brackets_head_the_parts_and_features_are_the_situation():
    assert named(SURVEY) == ["基本情况", "存在问题", "下一步"]


def test_a_bracketed_title_still_heads_by_its_words():
    assert heading_text("【立德树人】学校以…") == "【立德树人】"
    assert label_heading("经验做法", False, False) == "主要做法"  # (特点 only as the subject's features)


# -- a unit's profile in new spellings opens the body -------------------------------------------------------------

def test_a_units_profile_in_new_spellings_is_the_situation():
    for opening in ("县中医院是一所集医疗、康复、预防于一体的二级甲等医院,现有职工420人。",
                    "青岚县是典型的山区农业县,耕地分散,灌溉条件差。",
                    "溪口社区图书室建成于2019年,面积约120平方米。",
                    "我是第3网格网格员韩晓,今年是我当网格员的第三年。"):
        page = opening + "\n一年来,我们主要做了以下工作。全年开展活动48场,服务群众5000余人次。\n"
        assert named(page)[:1] == ["基本情况"], opening


def test_a_sentence_about_what_a_thing_is_is_no_profile():
    page = ("安全生产是一项系统工程,需要各方共同努力。\n"
            "一年来,我们主要做了以下工作。全年开展检查48次,整改隐患126处。\n")
    assert "基本情况" not in named(page)


# -- the work to come told by the day it starts ---------------------------------------------------------------------

def test_work_told_by_the_day_it_starts_with_will_opens_the_plans():
    par = "为巩固整治成果,从9月1日起,各检查组将分赴各乡镇开展交叉检查,重点查看问题整改情况。"
    assert paragraph_cue(par) == "下一步"


def test_work_started_on_a_day_and_done_is_no_plan():
    par = "为巩固整治成果,从9月1日起,各检查组分赴各乡镇开展了交叉检查,共发现问题37个。"
    assert paragraph_cue(par) != "下一步"


# -- a notice that prints a plan under it -------------------------------------------------------------------------

PRINTED = ("青川县人民政府办公室关于印发青川县农村供水提升三年行动方案的通知\n"
           "各乡镇人民政府,县直各有关单位:\n《青川县农村供水提升三年行动方案》已经县政府同意,现印发给你们,请认真抓好落实。\n"
           "一、总体要求\n坚持建管并重、城乡统筹,以保障农村群众长期稳定喝上放心水为目标,推进规模化供水和小型工程"
           "规范化改造,健全县级统管、乡镇监管、村级协管的管护体系。\n"
           "二、重点任务\n2032年底前完成12处供水工程改造,新建县级水质检测中心1个,农村自来水普及率达到96%以上。"
           "每个乡镇配备专职水管员不少于2名,工程维修养护经费纳入县级财政预算。\n"
           "三、保障措施\n各乡镇要成立工作专班,每季度向县水利局报送一次工作进展情况,县政府督查室每半年开展一次专项督查。\n")


def test_a_notice_that_prints_a_plan_sets_out_plans_in_every_part():
    assert named(PRINTED) == ["下一步"]
    assert [label for label, head in labels(PRINTED) if head.startswith("一、总体要求")] == ["下一步"]


def test_a_notice_that_directs_keeps_its_parts_unlabelled():
    page = PRINTED.replace("关于印发青川县农村供水提升三年行动方案的通知", "关于开展农村供水工程安全检查的通知")
    assert [label for label, head in labels(page) if head.startswith("一、总体要求")] in ([], ["其他"])


def test_a_plans_background_part_is_the_situation():
    assert label_heading("一、发展环境", False, False) == "基本情况"
    assert label_heading("二、优化发展环境", False, False) != "基本情况"


def test_a_bare_self_introduction_is_no_profile():
    page = ("各位领导、各位代表:\n我是溪口村党支部书记罗青山。2030年,在镇党委的领导下,我们主要做了以下工作。\n"
            "一是抓产业。全村流转土地320亩发展茶叶。\n")
    assert "基本情况" not in named(page)


def test_a_headings_later_clause_of_purpose_names_nothing():
    assert label_heading("三、集中整治环境", False, False, line="三、集中整治环境,补齐基础设施短板") is None
