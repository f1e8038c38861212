"""Round 18 (r18sect): section turns on real pages, as classes — a reported speaker whose first sentence frames the
period ahead (时间紧、任务重, 不是走过场) and whose later sentences direct; 下一步 as the subject of a sentence, no comma
after it; the turn to problems spelt 但是; a title that names the period's work as its state (…工作开展情况和下半年工作
打算) over a review. Each with a look-alike that must stay. All text made up."""
import pytest
from page_text import labels, run

from reportnlp.stages.sections import _later_turn_at, paragraph_cue


# -- a reported speaker: framing first, directives in the later sentences -----------------------------------------

def test_a_speakers_framing_followed_by_a_directive_opens_the_plans():
    par = ("殷南乔指出,四季度时间紧、任务重,各项工作只能提速、不能停顿。年初向群众公布的十件实事是硬承诺,"
           "每一件都要按期办结,不能打折扣。")
    assert paragraph_cue(par) == "下一步"
    par = "葛远舟指出,履职评议不是走形式,而是监督部门工作的重要方式。评议的意见要逐条回应,结果要向社会公开。"
    assert paragraph_cue(par) == "下一步"


def test_a_speakers_framing_followed_by_figures_tells_no_topic():
    # (主要 and 需要 are no directive)
    par = "会议指出,今年以来全镇招商势头良好。前三季度新签约项目9个,主要集中在食品加工领域,用地需要逐步落实。"
    assert paragraph_cue(par) is None


def test_unacceptable_and_an_arguments_just_need_are_no_directive():
    # (要不得 says a practice is wrong; 说到底就是要 argues what a reform is for)
    par = "晏青指出,创建到了最吃劲的阶段。有的社区迎检前突击打扫、检查一过就恢复原样,这种做法是要不得的。"
    assert paragraph_cue(par) is None
    par = "晏青指出,评价是一根指挥棒。过去看分数多、看过程少。这次改革,说到底就是要让评价回到育人本身。"
    assert paragraph_cue(par) is None


def test_a_speakers_review_stays_the_work_done_whatever_follows():
    par = "会议指出,过去一年全镇取得了来之不易的成绩。全镇新建村级道路31公里。各村要珍惜成果。"
    assert paragraph_cue(par) == "主要做法"


# -- 下一步 as the subject of a later sentence ----------------------------------------------------------------------

def test_next_step_as_a_sentences_subject_turns_to_the_plans():
    par = "柏立新表示,排查启动以来,全乡共清理河道垃圾430吨,清理率为91%。下一步任务重、时间紧,全乡要在月底前全部清零。"
    assert par[_later_turn_at(par):].startswith("下一步任务重")


def test_a_next_round_is_no_turn_to_the_plans():
    par = "柏立新表示,排查启动以来,全乡共清理河道垃圾430吨,清理率为91%。下一轮排查由乡水利站牵头,已于上周完成。"
    assert _later_turn_at(par) is None


# -- the turn to problems spelt 但是 --------------------------------------------------------------------------------

def test_a_turn_to_problems_with_danshi_opens_the_problems_in_a_speech_too():
    par = "成绩值得肯定,但是我们也要看到,今年一季度全县考核排名列全市第9位,比去年同期后退3位。"
    assert paragraph_cue(par, problem_cues=False) == "存在问题"


def test_a_danshi_of_confidence_names_no_problem():
    par = "任务虽然繁重,但是我们有信心、有能力完成全年目标。"
    assert paragraph_cue(par, problem_cues=False) is None


# -- a title naming the period's work as its state, over a review --------------------------------------------------

REVIEW = ("2031年,青禾镇在县委、县政府领导下,较好地完成了各项重点工作,现将上半年工作进展情况汇报如下:\n"
          "一、上半年取得的工作成绩\n"
          "(一)产业发展稳步推进。全镇新建蔬菜大棚120座,带动农户增收380万元。\n"
          "二、下半年工作打算\n"
          "下半年,全镇将重点抓好秋粮收购和冬季防火,力争全年财政收入增长6%。\n")


def test_a_title_naming_the_works_state_and_the_plans_leaves_the_review_a_review():
    out = labels("青禾镇2031年上半年工作开展情况和下半年工作打算\n" + REVIEW)
    assert ("主要做法", "一、上半年取得的") in out
    assert ("下一步", "二、下半年工作打") in out


def test_a_plan_whose_opening_looks_ahead_stays_plans_throughout():
    page = ("青禾镇2032年工作打算\n"
            "2032年,青禾镇将以项目建设为抓手,力争全年财政收入增长7%。\n"
            "一、抓好项目建设\n"
            "全年计划实施项目14个,年底前全部开工。\n")
    assert [label for label, _ in labels(page) if label != "其他"] == ["下一步"]


# -- a paragraph or a sentence that names what the year ahead is, then says what is to be done -------------------------

def test_the_year_framed_and_then_what_is_to_be_done_opens_the_plans():
    assert paragraph_cue("2033年是“十六五”开局之年。全镇将围绕集镇扩容,重点抓好三件事。") == "下一步"
    assert paragraph_cue("2033年是规划收官之年。社区工作的总体思路是:稳就业、强服务、优环境。") == "下一步"
    par = "会议认为,2032年全镇经济运行稳中有进。2033年是规划收官之年,也是争创之年,班子成员要认真谋划,力争多出成果。"
    assert par[_later_turn_at(par):].startswith("2033年是规划收官之年")


def test_the_year_framed_and_then_reviewed_stays_out_of_the_plans():
    par = "2032年是全面落实规划的开局之年,也是全镇发展极为关键的一年。一年来,镇政府坚持稳中求进,完成了各项目标任务。"
    assert paragraph_cue(par) != "下一步"
    assert paragraph_cue("2032年是全镇农业极不平凡的一年。面对持续干旱,全镇上下要素保障有力。") != "下一步"


# -- a placeholder year in any of the spellings 范文 pages use (20xx, 20XX, 20××, 20**) ----------------------------

@pytest.mark.parametrize("year", ["2031", "20xx", "20XX", "20××", "20**"])
def test_a_placeholder_year_frames_the_year_ahead_as_a_written_one_does(year):
    assert paragraph_cue(f"{year}年是“十五五”开局之年,我们将抓好项目建设,确保完成各项目标。") == "下一步"
    assert paragraph_cue(f"{year}年,我局将重点抓好以下几项工作:") == "下一步"


def test_a_placeholder_year_under_review_is_no_plan():
    assert paragraph_cue("20XX年是不平凡的一年,全局上下完成道路建设3公里。") != "下一步"
