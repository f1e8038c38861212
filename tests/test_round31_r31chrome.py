"""Round 31 (r31chrome): site chrome on unit sites (协会, 商会, 学校, 医院, 街道), county 融媒体 items, newspaper
mirrors and content farms.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings or more and look-alikes (report text that resembles the chrome or the cue) that must stay untouched.
"""
from page_text import gone, kept_text, titles


LEAD = ("3月14日上午,青禾县果品协会召开2031年第一次会长办公会,会长、副会长和会员代表共23人参加会议。\n"
        "会议通报了去年的工作:新发展会员企业17家,组织产销对接活动6场,带动果品销售1.2亿元。\n"
        "会议要求,秘书处要在6月底前完成协会章程修订和会费收缴工作。\n")


# -- 1. a reprint ban under the item that opens on a block mark, calls the text the site's original or a rights-held
#       piece, with a sentence on asking leave between --------------------------------------------------------------

def test_an_original_note_with_a_block_mark_and_a_contact_sentence_goes():
    page = LEAD + "▌文章为溪口融媒体中心原创,商务合作请与编辑部联系。未经许可,不得转载。\n"
    assert "不得转载" not in kept_text(page)
    assert "秘书处要在6月底前完成协会章程修订和会费收缴工作" in kept_text(page)


def test_a_this_text_is_our_original_note_with_a_square_mark_goes():
    page = LEAD + "■本文系青禾发布原创作品,如需转载请在后台留言。未经授权,禁止转载。\n"
    assert "禁止转载" not in kept_text(page)
    assert "带动果品销售1.2亿元" in kept_text(page)


def test_a_rights_held_piece_note_under_a_newspaper_item_goes():
    page = LEAD + "記者 林曉彤\n版權稿件,各類媒體或機構未經授權不得轉載使用,違者必究。\n"
    assert gone("版权稿件,各类媒体或机构未经授权不得转载使用,违者必究。", page)


def test_a_report_s_sentences_on_original_stories_and_a_rights_rule_stay():
    lines = ["全年推送原创稿件326篇,未经许可不得转载的提示已加在每篇稿件末尾。",
             "文章为本中心原创的稿件占比达到87%,较去年提高12个百分点。",
             "版权稿件管理办法已于3月印发,明确未经授权不得转载本报稿件。"]
    page = "溪口县融媒体中心2031年工作总结\n" + "\n".join(lines) + "\n明年将在9月前建成全媒体指挥平台。\n"
    kept = kept_text(page)
    for line in lines:
        assert line in kept


# -- 2. a text-size widget: a pair of step buttons, or its label garbled / split from its buttons by a leaked tag ------

def test_a_pair_of_text_size_step_buttons_goes():
    page = "青禾县果品协会召开会长办公会\n\n2031年03月15日 09:12:40 | 来源:青禾发布\n\n字号变大| 字号变小\n\n" + LEAD
    assert "字号变大" not in kept_text(page) and "字号变小" not in kept_text(page)
    assert "会长、副会长和会员代表共23人参加会议" in kept_text(page)


def test_a_bracketed_pair_of_enlarge_and_shrink_buttons_goes():
    page = LEAD + "【字体放大】 【字体缩小】\n"
    assert "字体放大" not in kept_text(page)


def test_a_garbled_size_label_with_a_leaked_tag_after_the_date_field_goes():
    page = ("青禾县果品协会2031年第一次会长办公会召开\n"
            '發布時間:2031-03-15 字體大?。?span id="small" style="font-size: 16px">小 中 大\n' + LEAD)
    kept = kept_text(page)
    assert "span" not in kept and "font-size" not in kept and "小中大" not in kept
    assert "2031年第一次会长办公会" in kept


def test_a_size_label_split_from_its_buttons_by_a_tag_alone_on_its_line_goes():
    page = LEAD + '字号:<font class="fs">大 中 小\n'
    kept = kept_text(page)
    assert "font" not in kept and "大中小" not in kept


def test_a_report_s_lines_on_font_sizes_stay():
    lines = ["字号变大了,老年读者看得更清楚,全年订阅增加1200份。",
             "字号分大中小三档,标题用二号字,正文用三号字。"]
    page = "青禾县老年报社2031年改版工作总结\n" + "\n".join(lines) + "\n明年将在6月前完成电子版改版。\n"
    kept = kept_text(page)
    for line in lines:
        assert line in kept


# -- 3. a content farm's keyword note over the text ----------------------------------------------------------------

def test_a_keyword_note_naming_the_farm_goes_and_the_headline_in_it_stays():
    page = ("当前位置:主页 > 工作总结 > 协会总结 >\n\n发布时间:2031-04-02 08:15\n\n"
            "本文关键词:果品协会会长办公会,由青禾文化传播整理发布。\n\n果品协会会长办公会\n\n" + LEAD)
    kept = kept_text(page)
    assert "本文关键词" not in kept and "整理发布" not in kept
    assert gone("本文关键词:果品协会会长办公会,由青禾文化传播整理发布。", page)
    assert titles(page) == ["果品协会会长办公会"]  # the headline the note repeats is no column label


def test_a_keyword_note_with_digits_goes_whole():
    page = "本文关键字:2031年协会工作总结 会员服务 产销对接\n" + LEAD
    kept = kept_text(page)
    assert "本文关键字" not in kept and "会员服务产销对接" not in kept


def test_a_keyword_note_under_the_text_goes():
    page = LEAD + "本文关键词:果品协会,会长办公会,会费收缴,由溪口文化传播整理发布。\n"
    assert "本文关键词" not in kept_text(page)
    assert "秘书处要在6月底前完成协会章程修订和会费收缴工作" in kept_text(page)


def test_a_report_s_lines_on_key_words_stay():
    lines = ["本文关键在于落实,全年完成整改事项42项。",
             "这篇总结的关键词:担当、实干、创新,全年新增会员企业17家。"]
    page = "青禾县果品协会2031年工作总结\n" + "\n".join(lines) + "\n明年将在6月前完成章程修订。\n"
    kept = kept_text(page)
    for line in lines:
        assert line in kept


# -- 4. a photo group's caption naming who is in which picture -----------------------------------------------------

def test_a_numbered_photo_group_caption_between_paragraphs_goes():
    page = ("3月14日下午,青禾县异地商会联席会议在县工商联会议室召开。\n"
            "1-3依次是:县工商联联络科科长许明川、副科长陶雨凝、一级科员宁晓帆\n"
            "各商会会长交流了一年来服务会员的做法,全年共走访会员企业86家。\n"
            "图4—6分别为:溪口商会会长杜远航、监事长柯佳音、秘书长卫子谦\n"
            "会议要求各商会在12月底前完成年度工作总结和考核自评。\n")
    kept = kept_text(page)
    assert "依次是" not in kept and "分别为" not in kept and "陶雨凝" not in kept and "柯佳音" not in kept
    assert "全年共走访会员企业86家" in kept


def test_a_left_to_right_caption_goes():
    page = LEAD + "左起依次为:青禾县果品协会会长葛文澜、副会长鲁清远、秘书长江映秋\n"
    assert "葛文澜" not in kept_text(page)
    assert "秘书处要在6月底前完成协会章程修订和会费收缴工作" in kept_text(page)


def test_a_report_s_ranges_stay():
    lines = ["1-6月依次完成了产业园一期、二期和三期工程的验收",
             "1至3号楼分别为:保障房、人才公寓和商业用房,共计住房426套",
             "1-3季度依次完成目标任务的28%、55%和81%。"]
    page = "青禾县住建局2031年前三季度工作总结\n" + "\n".join(lines) + "\n下一步,将在12月底前完成全部交房。\n"
    kept = kept_text(page)
    for line in lines:
        assert line.replace(" ", "") in kept


# -- 5. a county app's credit in square brackets glued before the lead ---------------------------------------------

def test_a_square_bracketed_credit_of_two_contributors_before_the_lead_goes():
    page = ("溪口乡表彰一批优秀网格员\n\n03-18 09:25   溪口县融媒体中心\n\n"
            "【通讯员 柯雨桐 莫清和】3月17日,溪口乡召开2031年度网格化管理表彰会,对24名优秀网格员进行表彰。\n\n"
            "下一步,溪口乡将在6月底前完成全乡网格员轮训。\n")
    kept = kept_text(page)
    assert "通讯员" not in kept and "柯雨桐" not in kept
    assert "3月17日,溪口乡召开2031年度网格化管理表彰会" in kept


def test_a_square_bracketed_reporter_credit_before_a_recent_lead_goes():
    page = "【记者 韩映雪】近日,青禾县果品协会召开会长办公会,会员代表23人参加。\n" + LEAD
    assert "韩映雪" not in kept_text(page)
    assert "近日,青禾县果品协会召开会长办公会" in kept_text(page)


def test_a_bracketed_heading_on_training_contributors_stays():
    page = ("青禾县融媒体中心2031年工作总结\n一、主要工作\n"
            "【通讯员培训】3月5日,全县举办通讯员培训班,培训126人。\n"
            "二、下一步打算\n明年将在6月前再办培训班2期。\n")
    assert "【通讯员培训】3月5日,全县举办通讯员培训班,培训126人。" in kept_text(page)


# -- 6. a journal's issue line over a paper a content farm copied ---------------------------------------------------

PAPER = ("溪口区社区食堂运营情况调研报告\n\n韩若溪 溪口区社会工作协会\n\n"
         "一、基本情况。全区现有社区食堂14个,去年共供餐9.6万人次。\n\n"
         "二、存在的问题。老城区食堂就餐率不足35%,运营经费主要依靠补助。\n\n"
         "三、对策建议。要在年内完成食堂布局调整,力争两年内实现收支平衡。\n")


def test_an_issue_line_with_its_year_split_off_goes():
    page = "发布时间:2031-05-11 06:42\n\n2031\n\n年 第4期\n\n青禾社会科学\n\n调查研究\n\n" + PAPER
    kept = kept_text(page)
    assert "年第4期" not in kept
    assert "全区现有社区食堂14个" in kept


def test_an_issue_line_with_its_year_goes():
    page = "当前位置:主页 > 社科论文 >\n\n2031年 第12期\n\n" + PAPER
    assert "第12期" not in kept_text(page)
    assert "要在年内完成食堂布局调整" in kept_text(page)


def test_a_report_s_lines_on_issues_stay():
    lines = ["第4期简报已于5月印发,全年共编发简报12期。",
             "2031年第4期《青禾社会科学》刊发了我区的调研报告。"]
    page = "溪口区社会工作协会2031年上半年工作总结\n" + "\n".join(lines) + "\n下半年将在9月前再编发简报3期。\n"
    kept = kept_text(page)
    for line in lines:
        assert line in kept
