"""Round 26 (r26wechat): report text lost and report boundaries on reposts — news-style posts of 机关 and 党建
accounts (credit blocks, a news foot below the editor credit, headlines over their publication rows).

Each class: must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from page_text import gone, removed, text, titles

LEAD = ("4月9日,青禾镇组织召开村党组织书记述职评议会,全镇14名村党组织书记逐一上台述职。\n"
        "会上,各村书记围绕基层党建、产业发展和人居环境整治等方面,总结了一年来的工作,查找了存在的不足。\n")


# class: a news item's closing credit naming the writer as 作者 beside the reviewer, or its names before their
# roles ("(作者:某某 审核人:某某)", "(某某撰稿 某某摄影)"), glued after the item's last sentence
def test_author_and_reviewer_credit_goes():
    page = LEAD + "镇党委书记在点评时要求,各村要对照问题清单逐项整改,确保年内见效。(作者:韩晓岚 审核人:邹明远)\n"
    out = text(page)
    assert "韩晓岚" not in out and "邹明远" not in out
    assert "确保年内见效。" in out


def test_names_before_roles_credit_goes():
    page = LEAD + "评议结果将作为年度考核的重要依据。(柯雨桐撰稿 欧阳青摄影)\n"
    out = text(page)
    assert "柯雨桐" not in out and "摄影" not in out
    assert "年度考核的重要依据。" in out


def test_names_before_roles_credit_second_phrasing():
    page = LEAD + "会议还对下一步重点工作作了安排。(文海撰稿 司马晴供图)\n"
    assert "文海撰稿" not in text(page)


def test_bracket_naming_a_reviewing_office_stays():
    # look-alike: a sentence's bracket saying which office checked the figures is the report's
    page = LEAD + "全年完成村级项目18个,总投资2600万元。(经财政局审核)\n"
    assert "经财政局审核" in text(page)


def test_author_inside_sentence_stays():
    # look-alike: a report sentence naming a book and its author stays whole
    page = LEAD + "支部组织党员共读《乡土中国》(作者:费孝通),撰写心得32篇。\n"
    assert "费孝通" in text(page)


# class: the CMS field of the person who entered the item ("- 录入人:某某镇人民政府") between the headline and text
def test_entered_by_row_goes_and_headline_is_title():
    page = ("青禾镇考察团赴柳河县学习乡村振兴经验\n"
            "- 发布日期:2031-03-11 15:51\n"
            "- 录入人:青禾县青禾镇人民政府\n"
            "- 信息来源:青禾县青禾镇人民政府\n" + LEAD)
    assert gone("- 录入人:青禾县青禾镇人民政府", page)
    assert titles(page)[0] == "青禾镇考察团赴柳河县学习乡村振兴经验"


def test_entered_by_row_second_phrasing():
    page = ("柳河街道召开网格员年度述职会\n"
            "录入者:街道党政办 更新日期:2031-12-28\n" + LEAD)
    assert "录入者" not in text(page)


def test_entry_word_in_report_sentence_stays():
    # look-alike: a sentence about data entry in the report's text stays
    page = LEAD + "录入人员全年完成档案数字化录入4200卷,准确率达到99.6%。\n"
    assert "录入4200卷" in text(page)


# class: a news page's foot below the item's editor credit: recommended headlines and column words, most of
# them taken by the rules and the line model, a few left (a headline with a colon, "社会" / "时政")
FOOT = ("热门推荐\n"
        "- 2031年全市高考报名人数公布\n"
        "- 专家解读:今年楼市走势如何\n"
        "- 夏季用电高峰来临 这些省电小窍门请收好\n"
        "- 直击:暴雨过后城区道路恢复通行\n"
        "社会\n时政\n本地\n日点击排行\n周点击排行\n")


def test_foot_below_editor_credit_goes():
    page = LEAD + "会议要求,各村要在6月底前完成问题整改。\n【责任编辑:蓝一舟】\n" + FOOT
    out = text(page)
    for piece in ("专家解读", "直击", "社会", "时政", "日点击排行"):
        assert piece not in out
    assert "6月底前完成问题整改" in out


def test_foot_below_editor_credit_second_phrasing():
    page = (LEAD + "下一步,镇里将把述职评议结果与村干部绩效挂钩。\n编辑:杜若 审核:陆远山\n"
            "上一篇:青禾镇召开防汛工作部署会\n下一篇:柳河街道开展消防演练\n相关阅读\n- 青禾镇:三夏生产有序推进\n"
            "- 权威发布:暑期防溺水提示\n- 聚焦:老旧小区加装电梯\n要闻\n民生\n")
    out = text(page)
    assert "权威发布" not in out and "要闻" not in out
    assert "与村干部绩效挂钩" in out


def test_signature_below_editor_credit_stays():
    # look-alike: the unit's signature and date under the credit, nothing taken beside them, stay
    page = LEAD + "评议结果已报镇党委备案。\n编辑:杜若\n青禾镇党委办公室\n2031年4月10日\n"
    out = text(page)
    assert "青禾镇党委办公室" in out


def test_next_item_below_editor_credit_stays():
    # look-alike: a weekly round-up's next item below one item's credit keeps its headline and text
    page = (LEAD + "(编辑:杜若)\n"
            "柳河村开展人居环境整治集中行动\n"
            "4月12日,柳河村组织党员干部和群众80余人清理河道垃圾,整治房前屋后环境。\n"
            "本次行动共清理垃圾12吨,拆除乱搭乱建3处。\n")
    out = text(page)
    assert "柳河村开展人居环境整治集中行动" in out or "柳河村开展人居环境整治集中行动" in titles(page)
    assert "清理垃圾12吨" in out


# class: a news headline of two clauses, or closing on "!", right over its publication row, is the title
def test_two_clause_headline_over_row_is_title():
    page = ("当前位置:首页 > 党建动态\n"
            "创新形式聚人心,务实举措促发展——县农业农村局开展五月主题党日活动\n"
            "时间:2031-05-27 点击数:812 来源:县农业农村局\n" + LEAD)
    assert titles(page)[0] == "创新形式聚人心,务实举措促发展——县农业农村局开展五月主题党日活动"


def test_exclaimed_headline_over_row_is_title():
    page = ("当前位置: 首页 > 工作动态\n"
            "全县村(社区)党组织书记“比学赶超”擂台赛正式开赛!\n"
            "发布时间:2031年06月08日 作者:县委组织部 来源:青禾日报 浏览次数:\n" + LEAD)
    assert titles(page)[0] == "全县村(社区)党组织书记“比学赶超”擂台赛正式开赛!"


def test_tagged_two_clause_headline_over_row_is_title():
    page = ("您现在的位置:青禾县 > 各镇 > 青禾镇 > 工作动态\n"
            "【人大工作】青禾镇召开人大主席团会议,部署二季度人大工作\n"
            "来源:本网    发布日期:2031-04-17\n\n" + LEAD)
    assert titles(page)[0] == "青禾镇召开人大主席团会议,部署二季度人大工作"


def test_sentence_over_row_is_no_title():
    # look-alike: a sentence of text (full stop) over a row of figures is no headline
    page = ("全镇今年共完成村级项目18个,总投资2600万元。\n"
            "来源:镇统计站\n" + LEAD)
    assert titles(page)[0] != "全镇今年共完成村级项目18个,总投资2600万元。"
    assert "完成村级项目18个" in text(page)


# class: a layout table's bar closing the headline's line and the paragraph under it ("…首次述职 |" / "…一种机制。 |"):
# a paragraph whose last sentence the bar closes is no table cell, so the headline's bar goes and it is the title
def test_headline_closed_by_bar_over_barred_paragraph_is_title():
    page = ("青禾镇创新村干部考核办法 村“两委”干部首次当众述职 |\n"
            "青禾新闻网讯 “今年我们村新修机耕路3.2公里,新建灌溉渠800米。”柳河村党支部书记在台上说。"
            "日前,青禾镇召开2031年度村干部述职大会,14个村的书记、主任逐一上台述职。 |\n"
            "观察 时评 |\n")
    assert titles(page)[0] == "青禾镇创新村干部考核办法村“两委”干部首次当众述职"
    assert "新修机耕路3.2公里" in text(page)


def test_headline_closed_by_bar_second_phrasing():
    page = ("柳河街道网格员年中“比武”晒实绩 |\n"
            "7月3日,柳河街道组织32名网格员开展年中业务比武,比赛设理论测试和实操两个环节。 |\n"
            "通过比武,街道评出业务标兵5名。 |\n")
    assert titles(page)[0] == "柳河街道网格员年中“比武”晒实绩"


def test_table_cells_closed_by_bars_stay():
    # look-alike: a flattened table's cells, one a line, each closed by a bar, stay
    page = LEAD + "各村述职得分如下:\n村名 |\n得分 |\n柳河村 |\n92 |\n石桥村 |\n88 |\n"
    out = text(page)
    assert "柳河村" in out and "石桥村" in out


def test_figures_of_two_clauses_over_row_are_no_title():
    # look-alike: two clauses of figures over a source row read like a two-clause headline; figures make no headline
    page = ("全年办理群众诉求1260件,按期办结率98%\n来源:青禾县信访局\n\n" + LEAD)
    assert titles(page)[0] is None
