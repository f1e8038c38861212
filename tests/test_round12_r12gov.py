"""Round 12 (r12gov): site chrome left on fresh gov / news / unit pages. Each class: a case it must catch and
a look-alike it must leave alone. All text made up."""
from reportnlp.api import process


def text(page: str) -> str:
    return "\n".join(p.text for p in process(page).parts)


NEWS = ("沙河镇召开上半年工作推进会\n"
        "6月28日,沙河镇召开上半年工作推进会,镇村两级干部共86人参加会议。\n"
        "会上,镇长通报了上半年工作完成情况,全镇新建农村公路12.4公里,完成年度任务的62%。\n")


# class: a closing credit with a one-character role word, "(文/某某)", "(图:某某)"
def test_writer_credit_with_slash_goes():
    got = text(NEWS + "会议要求,下半年各村要加快推进人居环境整治,确保9月底前完成验收。(文/邬晴川)\n")
    assert "邬晴川" not in got and "(文/" not in got
    assert "确保9月底前完成验收" in got


def test_bracketed_figure_reference_stays():
    # a document number in brackets after a sentence opens with 文 too, and is report text
    got = text(NEWS + "镇里印发了下半年工作要点。(文号:沙政发〔2025〕8号)\n")
    assert "沙政发〔2025〕8号" in got


# class: a reporting team as the closing credit, "(两会报道组)"
def test_reporting_team_credit_goes():
    got = text(NEWS + "与会代表纷纷表示,将认真履职,为全镇发展建言献策。(镇人代会报道组)\n")
    assert "报道组" not in got
    assert "为全镇发展建言献策" in got


def test_team_named_in_a_sentence_stays():
    got = text(NEWS + "镇里抽调12人组成人代会报道组,全程做好会议宣传。\n")
    assert "组成人代会报道组" in got


# class: two reporters' names glued once normalizing took the blank between them
def test_two_glued_names_go():
    got = text(NEWS + "下一步,全镇将持续推进项目建设,确保完成全年目标任务。(郝立新 欧阳晴)\n"
               .replace("欧阳晴", "邝思远"))
    assert "郝立新" not in got and "邝思远" not in got
    assert "确保完成全年目标任务" in got


def test_glued_unit_in_brackets_stays():
    # two surname-initial words naming a place are a place, not two people
    got = text(NEWS + "新建公路连通两个自然村。(黄土岭石家湾)\n")
    assert "黄土岭石家湾" in got


# class: a caption sentence signed with the photographer's role word on the same line
def test_caption_with_role_word_goes():
    page = ("6月28日,镇长林海峰主持召开上半年工作推进会。记者 柴明远 摄\n" + NEWS)
    got = text(page)
    assert "柴明远" not in got
    assert "镇长林海峰主持召开" not in got
    assert "镇村两级干部共86人参加会议" in got


def test_sentence_about_a_reporter_stays():
    got = text(NEWS + "会议邀请县融媒体中心记者现场采访,并安排专人拍摄。\n")
    assert "专人拍摄" in got


# class: a site header's bare telephone number on a line of its own
def test_bare_switchboard_number_goes():
    page = "沙河新闻网\n0736-58213476\n我要投稿\n" + NEWS
    got = text(page)
    assert "0736-58213476" not in got
    assert "全镇新建农村公路12.4公里" in got


def test_labelled_contact_line_stays():
    # a notice's own contact line, with its label, is the notice's text
    page = ("关于报送上半年工作总结的通知\n各村(社区):\n请于7月5日前将上半年工作总结报送镇党政办。\n"
            "联系人:邓晓雯,联系电话:0736-58213477\n")
    assert "0736-58213477" in text(page)
