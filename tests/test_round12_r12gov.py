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


# class: a Discuz poster's profile panel, one field label a line
POST = ("2025年,青川论坛在版主和网友的支持下稳步发展,全年新增注册用户3260人。\n"
        "论坛全年组织线下活动9次,参与网友达到410人次。现汇报如下:\n")


def test_profile_field_labels_go():
    page = "- UID\n- 3317\n- 主题\n版主\n- 金钱\n-\n- 日志\n- 好友\n- 听众\n- 性别\n- 保密\n|\n" + POST
    got = text(page)
    for label in ("日志", "-日志", "听众", "性别", "保密", "版主"):  # 版主: the poster's rank between two fields
        assert label not in got.split("\n")
    assert "全年新增注册用户3260人" in got


def test_short_heading_after_the_panel_stays():
    page = "- UID\n- 3317\n- 性别\n- 保密\n工作回顾\n" + POST
    assert "工作回顾" in text(page).split("\n")


def test_theme_heading_with_words_stays():
    page = POST + "积分制管理\n论坛实行积分制管理,全年发放积分奖励3.2万分。\n"
    assert "积分制管理" in text(page).split("\n")


# class: the board's anti-copy jammer glued before a list item's number
def test_jammer_before_item_number_goes():
    page = POST + "8 ]. R& h g& C; G( r6 O3 c 1、3月5日,网友11人到石门水库开展采风活动。\n"
    got = text(page)
    assert "R&" not in got and "G(" not in got
    assert "1、3月5日,网友11人到石门水库开展采风活动" in got


def test_version_string_before_number_stays():
    page = POST + "论坛程序升级到 Discuz X3.5 版本后运行稳定。\n"
    assert "Discuz X3.5" in text(page)


# class: a portal's article body opening on its headline again, broken into two lines
def test_headline_broken_copy_goes():
    page = ("当前位置:首页 > 政务动态 > 乡镇动态\n"
            "青石镇召开2026年度重点项目建设推进会\n"
            "发布时间:2026-03-02\n"
            "青石镇召开2026年度\n"
            "重点项目建设推进会\n"
            "3月1日,青石镇召开2026年度重点项目建设推进会,全镇27个重点项目负责人参加会议。\n"
            "会议要求,各项目要倒排工期,确保6月底前全部开工。\n")
    doc = process(page).parts[0]
    assert doc.text.count("重点项目建设推进会") == 1  # only the lead's own mention
    assert "全镇27个重点项目负责人参加会议" in doc.text


def test_two_lines_not_repeating_the_headline_stay():
    page = ("青石镇召开2026年度重点项目建设推进会\n"
            "发布时间:2026-03-02\n"
            "青石镇召开2026年度\n"
            "工作会议\n"
            "3月1日,青石镇召开2026年度重点项目建设推进会,全镇27个重点项目负责人参加会议。\n")
    assert "工作会议" in text(page)
