"""Round 17 (r17head): page heads and chrome on real pages, as classes — a report's title broken over two lines
under the page's SEO title, a CMS row's source tail after a paragraph's last sentence, disclaimer cue words a
report uses of its own work, a portal's headline over its publication row taken as context, a WeChat account's
disclaimer and a credit with its newsroom before it. Each with a look-alike that must stay. All text made up."""
from page_text import body, removed, run

from reportnlp.stages.boilerplate import classify_line

# -- a report's title broken over two lines (under the page's SEO title) -----------------------------------------

REPORT = ("根据县委县政府年度重点工作安排,共确定2030年度本镇重点工作48项,现将1-6月推进情况报告如下。\n"
          "一、总体推进情况\n"
          "截至6月底,48项重点工作中,31项推进顺利,12项基本正常,5项推进滞后,滞后项目占比10.4%。\n"
          "二、下步工作打算\n"
          "下半年,镇党政办将按月开展跟踪督查,9月底前完成滞后项目整改。\n")


def test_the_second_line_of_a_broken_title_stays_and_the_two_are_the_title():
    page = ("2031年上半年镇重点工作督查报告\n以下是网友为您整理分享的“镇重点工作督查报告”相关范文,供您参考!\n"
            "2030年上半年青石镇重点工作推进情况\n督查报告\n" + REPORT)
    out = run(page)
    assert "督查报告" not in removed(page)
    assert out.documents[0].title == "2030年上半年青石镇重点工作推进情况督查报告"
    assert out.documents[0].text.startswith("根据县委县政府")


def test_a_short_line_that_makes_no_title_with_the_line_above_is_no_title_tail():
    # (a unit's name under a subject line: together no title, so neither is joined to the other)
    page = "2030年上半年青石镇重点工作推进情况\n青石镇党政办\n" + REPORT
    assert run(page).documents[0].title != "2030年上半年青石镇重点工作推进情况青石镇党政办"


# -- a CMS row's source tail after a paragraph's last sentence ---------------------------------------------------

MEETING = ("4月8日,某区召开2031年农业农村工作会议,总结2030年工作,部署2031年重点任务。\n"
           "会议强调,要在6月底前完成高标准农田建设1.5万亩,形成齐抓共管的工作格局。 来源:某区发布 |\n")


def test_a_source_tail_and_its_bar_after_the_last_sentence_go():
    text = body(MEETING)
    assert text.rstrip().endswith("形成齐抓共管的工作格局。")
    assert "来源:某区发布" not in text


def test_a_bare_bar_after_the_last_sentence_goes():
    page = MEETING.replace(" 来源:某区发布 |", " |")
    assert body(page).rstrip().endswith("工作格局。")


def test_a_table_row_with_bars_between_its_cells_keeps_its_closing_bar():
    row = "| 高标准农田 | 完成1.5万亩。 |\n"
    assert "完成1.5万亩。|" in body(MEETING.replace(" 来源:某区发布 |", "") + row).replace("｜", "|")


# -- disclaimer cue words a report uses of its own work ----------------------------------------------------------

def test_a_media_centres_sentences_on_its_original_pieces_and_submissions_stay():
    for line in ("全年在各平台发布原创稿件1200篇,向上级媒体投稿300篇。",
                 "依托融媒体平台推出原创短视频,开展投稿征集活动。",
                 "中心落实稿件三审制度,平台转载稿件均注明出处,全年未发生侵权事件。",
                 "清理删除侵权盗版信息1200条,关闭违规网站8家。"):
        assert classify_line(line) is None, line


def test_a_takedown_disclaimer_still_goes():
    for line in ("本文由网友上传,如有侵权请联系删除。",
                 "本站声明:所有范文均为网友原创投稿,转载请注明来源,侵权必删。",
                 "声明:本文内容由互联网用户自发贡献,本站不拥有所有权,如发现涉嫌版权的内容,本站将立刻删除。"):
        assert classify_line(line) == "disclaimer", line


# -- a WeChat account's disclaimer and a credit with its newsroom --------------------------------------------------

NEWS = ("11月8日上午,县委书记到县融媒体中心看望慰问新闻工作者,详细了解中心人员配置、建设运行等情况。\n"
        "座谈会上,县委书记强调,要坚持正确舆论导向,讲好本县故事,年底前建成全媒体指挥调度平台。\n")


def test_an_accounts_disclaimer_and_a_newsroom_credit_go():
    page = (NEWS + "县融媒体中心记者:林某某\n"
            "本公众号部分转载的文章、图片来自网络,其版权归原作者所有,如不希望被转载,请联系我们删除。\n")
    text = body(page)
    assert "林某某" not in text and "本公众号" not in text


def test_a_report_sentence_on_the_accounts_reposts_stays():
    line = "本公众号全年发布原创推文860篇,转载稿件均注明出处。"
    assert classify_line(line) is None
    assert classify_line("县融媒体中心记者节座谈会召开") is None


# -- a portal's headline over its publication row ----------------------------------------------------------------

def test_the_headline_over_the_publication_row_is_the_title():
    page = ("县长走访慰问融媒体中心一线新闻工作者\n发布日期: 2031-02-08 12:21\n浏览次数:\n"
            "近日,县长来到县融媒体中心,走访慰问一线新闻工作人员,了解中心基本工作情况。\n"
            "县长希望广大新闻工作者坚持正确舆论导向,为全县高质量发展营造良好氛围。\n"
            "信息来源:\n县人民政府办公室\n")
    out = run(page)
    assert out.documents[0].title == "县长走访慰问融媒体中心一线新闻工作者"


def test_a_column_label_over_a_publication_row_with_a_sentence_after_it_is_no_title():
    page = ("通知公告\n发布日期: 2031-02-08 12:21\n"
            "近日,县长来到县融媒体中心,走访慰问一线新闻工作人员,了解中心基本工作情况。\n"
            "县长希望广大新闻工作者坚持正确舆论导向,为全县高质量发展营造良好氛围。\n")
    assert run(page).documents[0].title != "通知公告"


# -- a content farm's page title with this year over the report's own title -----------------------------------------

def test_the_page_title_with_another_year_gives_way_to_the_reports_own():
    page = "石梁镇2032年上半年工作总结和下半年工作计划\n石梁镇20_年上半年工作总结和下半年工作计划\n" + REPORT
    doc = run(page).documents[0]
    assert doc.title == "石梁镇20_年上半年工作总结和下半年工作计划"
    assert doc.text.startswith("根据县委县政府")


def test_a_title_line_that_differs_by_more_than_its_year_is_no_copy():
    page = "石梁镇2032年上半年工作总结和下半年工作计划\n石梁镇2032年上半年工作总结\n" + REPORT
    assert run(page).documents[0].title != "石梁镇2032年上半年工作总结"


def test_a_caption_over_a_source_row_under_the_text_is_no_headline():
    page = (NEWS + "会议还听取了各社区负责人关于年度重点工作推进情况的汇报,并对下一步工作作了安排。\n"
            "社区书记汇报工作\n来源:澄水街道\n编辑:季某某\n审核:龚某某\n")
    assert "社区书记汇报工作" not in body(page)


def test_a_fanwen_page_title_over_its_row_is_no_headline_when_the_report_titles_itself():
    # (the page's SEO title over the site's row; the report's own title under it is the title)
    page = ("企业消防安全自查报告范文(通用)\n更新时间:2031-06-30 作者:编辑部\n"
            "青岭机械有限公司2031年上半年消防安全自查报告\n" + REPORT)
    assert run(page).documents[0].title == "青岭机械有限公司2031年上半年消防安全自查报告"
