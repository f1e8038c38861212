"""Round 23 (r23sect): section labels on real pages of meeting news, 述职 news, speeches, 述廉 reports, doc-share
self-examinations and government reports, as classes — session turns that end at a semicolon or open with an ordinal
(首先,由…进行述职), turns told in order as reports (依次进行了…汇报), a speaker's appraisal introduced as 点评 and granting the
results (他首先肯定了…成绩, 一年来…做了大量…工作), a turn to the problems with 也必须 (但是,我们也必须清醒看到), a candid turn
(客观地看 / 实事求是地讲 + a shortfall), the direction set for the period ahead (提出了下一步努力方向), a year ahead after
展望 or 为此,在, a news item's closing appraisal of its meeting (此次…准备充分), a greeting in a report's opening, an
authority cited in an argument (总书记…反复要求各地各部门要…), a background heading (…背景), a copy that starts with
与此同时. Each with a look-alike that must stay. All text made up."""
from test_round21_r21sect import labels, named  # (the section helpers of an earlier round)

from reportnlp.stages.sections import _cfg, _session_scene, label_heading, paragraph_cue


# -- meeting news: the session's turns, the speaker's appraisal, the critique, the directive --------------------------

LEAD = "3月2日上午,林业系在综合楼召开2031年度党支部书记抓基层党建述职大会。系党总支委员和全体支部书记参加会议。\n"


def test_turns_opened_by_an_ordinal_are_the_session():
    assert _session_scene("首先,由系里3个党支部书记结合一年的工作进行述职。述职紧扣支部实际,从落实主体责任、存在的突出问题、"
                          "今后努力方向等方面作了汇报。")
    page = (LEAD + "首先,由系里3个党支部书记结合一年的工作进行述职。述职紧扣支部实际,从落实主体责任、存在的突出问题、"
            "今后努力方向等方面作了汇报。\n"
            "接下来,系党总支书记贺临川对述职作了集中点评。他首先肯定了一年来各支部的工作和取得的成绩。同时也指出了述职中的"
            "一些不足。一是支部书记分析问题少。最后,贺临川强调,各支部要对照问题清单逐项整改。\n")
    assert [label for label, _ in labels(page)] == ["其他", "主要做法", "存在问题", "下一步"]


def test_turns_that_end_at_a_semicolon_are_the_session_before_the_directive():
    page = ("9月3日上午,我县召开秋季农业生产动员会。\n"
            "会上,副县长严青对我县2031年夏粮生产工作进行了全面总结,并就秋种工作进行了安排部署;两个乡镇负责同志进行了"
            "表态发言。最后,县委书记裴宁要求各乡镇:一是抓住墒情抓好秋种;二是落实秸秆禁烧责任。\n")
    assert [label for label, _ in labels(page)] == ["其他", "下一步"]


def test_turns_followed_by_the_results_stay_the_work_done():
    page = ("9月3日上午,我县召开秋季农业生产动员会。\n"
            "会上,副县长严青对我县2031年夏粮生产工作进行了全面总结,并就秋种工作进行了安排部署;全县夏粮总产达到"
            "21.6万吨,比上年增长3.2%。\n")
    assert "主要做法" in named(page)


def test_turns_told_in_order_as_reports_are_the_session():
    page = ("根据学院党委通知精神,12月26日,经管学院召开支部书记述职汇报会。\n"
            "会上,各党支部书记就组织建设、制度建设等方面依次进行了详细的汇报,交流了支部特色活动开展情况。\n"
            "最后,党委书记作了总结讲话。同时,对各党支部书记提出了下一步努力方向:一是加强政治建设;二是落实“三会一课”。\n")
    assert named(page) == ["下一步"]


def test_a_reported_review_of_much_work_done_is_the_work_done():
    page = (LEAD + "会上,3位支部书记围绕支部建设等方面进行述职。\n"
            "贺临川对每名支部书记的述职情况进行了点评。他强调,一年来各支部书记认真履行第一责任人职责,在抓支部建设方面"
            "做了大量扎实的工作。\n")
    assert named(page) == ["主要做法"]


def test_a_reported_directive_to_do_much_work_stays_a_directive():
    assert paragraph_cue("他强调,各支部书记要在抓支部建设方面做大量扎实的工作。") == "下一步"


def test_a_speaker_granting_the_results_is_the_review_but_not_a_plan_granted():
    assert paragraph_cue("他首先肯定了一年来各支部的工作和取得的成绩,支部的战斗堡垒作用得到发挥。") == "主要做法"
    assert paragraph_cue("会议充分肯定了2032年工作思路和目标任务。") != "主要做法"


def test_the_direction_set_for_the_period_ahead_opens_the_plans():
    assert paragraph_cue("同时,对各党支部书记提出了下一步努力方向:一是加强政治建设。") == "下一步"
    assert paragraph_cue("去年提出的今后工作方向已全部落实到位。") is None


def test_a_closing_appraisal_of_the_meeting_is_no_work_done():
    assert _cfg()["meeting_outcome"].match("此次述职大会准备充分、形式规范,参加述职的支部书记都理清了工作思路。")
    page = (LEAD + "会上,3位支部书记围绕支部建设等方面进行述职。\n"
            "此次述职大会准备充分、形式规范,参加述职的支部书记都理清了工作思路。\n")
    assert named(page) == []


def test_a_closing_paragraph_that_reports_figures_is_not_the_appraisal():
    assert not _cfg()["meeting_outcome"].match("此次共有6名支部委员参加测评,测评优秀率为83%。")
    page = (LEAD + "会上,3位支部书记围绕支部建设等方面进行述职。\n"
            "此次共有6名支部委员参加测评,测评优秀率为83%。\n")
    assert named(page) != []


# -- speeches and reports: the turn to the problems, the year ahead --------------------------------------------------

SPEECH = ("在全县冬季安全生产工作会议上的讲话\n同志们:\n"
          "今天召开这次会议,主要是分析形势,部署今冬安全生产工作。刚才,县应急管理局通报了情况,我都赞同。下面,我强调两点意见。\n"
          "一、分析形势,保持清醒\n")


def test_a_turn_with_also_must_opens_the_problems_in_a_speech():
    page = (SPEECH + "从总体上看,我县今年的安全生产工作是扎实的,取得的效果是明显的。但是,我们也必须清醒看到存在的问题:"
            "企业安全基础还薄弱,群众安全意识还不强。\n"
            "二、压实责任\n各乡镇要落实属地管理责任。\n三、强化督查\n县安委办要加强明查暗访。\n")
    assert named(page) == ["主要做法", "存在问题", "下一步"]


def test_a_turn_with_also_must_to_resolve_is_no_problem():
    page = (SPEECH + "从总体上看,我县今年的安全生产工作是扎实的,取得的效果是明显的。但是,我们也必须坚定信心,再接再厉。\n"
            "二、压实责任\n各乡镇要落实属地管理责任。\n")
    assert "存在问题" not in named(page)


def test_a_candid_turn_to_a_shortfall_opens_the_problems():
    assert paragraph_cue("客观地看,这些成绩还只是初步的,同周边县区相比还存在不小的差距。") == "存在问题"
    assert paragraph_cue("但实事求是地讲,全市安全生产基础还很薄弱,机制还不健全。", problem_cues=False) == "存在问题"
    assert paragraph_cue("客观地讲,这一成绩的取得离不开全体干部的共同努力。") is None


def test_an_authority_cited_in_an_argument_sets_no_task():
    assert paragraph_cue("灾害发生后,总书记相继作出重要指示批示,反复要求各地各部门要提高思想认识。") != "下一步"
    assert paragraph_cue("会上,县长要求各乡镇要抓紧秋种,确保不误农时。") == "下一步"


def test_a_year_ahead_after_looking_forward_or_therefore_opens_the_plans():
    assert paragraph_cue("展望2032年,我们将继续以高质量发展为主线,抓好产业园建设。") == "下一步"
    assert paragraph_cue("为此,在新的一年里,我区将进一步解放思想,紧盯短板。") == "下一步"
    assert paragraph_cue("为此,我们在过去的一年里先后出台了三项措施。") != "下一步"
    assert paragraph_cue("展望未来,全镇发展前景广阔。") is None


def test_a_greeting_in_a_reports_opening_is_its_preamble():
    page = ("2032年桐林镇人民政府工作报告\n尊敬的各位代表:\n"
            "首先,我代表镇人民政府向各位代表致以最诚挚的问候和衷心的感谢。过去的一年里,我们团结一心,各项事业取得了新的进步。\n"
            "2031年是关键之年。一年来,全镇实现地区生产总值38.6亿元,同比增长6.2%。\n")
    assert labels(page)[0][0] == "其他" and labels(page)[1] == ("主要做法", "2031年是关键")


def test_a_background_heading_is_the_situation():
    assert label_heading("第一章总体形势与整治背景", False, False) == "基本情况"
    assert label_heading("一、调研背景与目的", False, False) == "基本情况"
    assert label_heading("三、打造校园文化背景墙", False, False) != "基本情况"


def test_a_copy_that_starts_with_meanwhile_starts_inside_the_work_done():
    page = ("区政府领导班子述职述廉报告\n"
            "与此同时,我区还十分重视民族宗教、侨务、档案等各项工作,各项社会事业协调推进。\n"
            "一年来,全区经济运行稳中有进,成绩来之不易。客观地看,这些成绩还只是初步的,同群众的期盼相比还存在不小的差距。"
            "为此,在新的一年里,我区将进一步解放思想,改进工作方法。\n")
    assert labels(page)[0][0] == "主要做法" and named(page) == ["主要做法", "存在问题", "下一步"]


def test_a_speakers_appraisal_of_the_meeting_as_a_means_is_the_closing():
    assert paragraph_cue("最后,院长作了总结讲话。他指出,科室述职是推动科室工作落实的有效抓手,各科室的述职实事求是。") == "其他"
    assert paragraph_cue("他指出,今年以来全县完成投资32亿元,是全市增长最快的县。") != "其他"


def test_a_year_ahead_when_all_will_pull_together_is_the_plans():
    assert paragraph_cue("2032年全院将团结一心、再接再厉,全力推进各项工作再上新台阶。") == "下一步"
    assert paragraph_cue("2031年全院团结一心,圆满完成了各项任务。") != "下一步"
