"""Round 12 (r12doc): 范文 / doc-share / PDF-conversion classes found on fresh pages. Each class: a case it
must catch and a look-alike it must leave alone. All text made up."""
from reportnlp.api import process


def parts(page: str):
    return process(page).parts


def text(page: str) -> str:
    return "\n".join(p.text for p in parts(page))


SPEECH = ("同志们: 3月8日,市里召开了全市秸秆禁烧工作调度会,我县有一项指标排名靠后。 一、正视差距 过去一年,"
          "各乡镇共处置火点42个。 二、压实责任 各乡镇要在4月底前完成网格员培训。")


def test_member_cut_notice_bookmark_and_links_go():
    # a 文秘 site's member-only cut on a flattened line, the bookmark and the prev/next links after it
    page = SPEECH + (" ……(某文秘网http://www.mwx88.cn省略402字,正式会员可完整阅读)…… 收藏在全县秸秆禁烧工作会议上的讲话)"
                     " 上一篇:在全县春耕生产工作会议上的讲话 下一篇:在全县植树造林动员会上的讲话 |\n")
    got = text(page)
    for piece in ("正式会员", "省略402字", "收藏在全县", "上一篇", "下一篇", "春耕生产"):
        assert piece not in got
    assert "各乡镇要在4月底前完成网格员培训。" in got


def test_sentence_about_leaving_out_and_collecting_stays():
    # no notice: an omission a report states, a collection it made, prev/next in a sentence
    page = SPEECH + ("报告正文省略了5张附表(附表请见会议材料)。全县共收藏老照片120余幅(含农事活动照片)。\n"
                     "上一篇章我们讲了春耕,下一篇章讲夏种。\n")
    got = text(page)
    assert "省略了5张附表(附表请见会议材料)" in got
    assert "共收藏老照片120余幅(含农事活动照片)" in got
    assert "上一篇章我们讲了春耕,下一篇章讲夏种" in got


def test_docshare_slogan_glued_to_title_goes():
    page = ("精选优质文档-倾情为你奉上桐川乡卫生院家庭医生签约服务工作情况汇报今年以来,在县卫健局的指导下,我院"
            "扎实推进家庭医生签约服务,现将有关情况汇报如下:一、 基本情况全乡辖7个行政村,常住人口15200人。"
            "二、 主要工作1、组建签约团队6个,签约居民8420人。三、 存在的问题一是团队人手不足。\n专心---专注---专业\n")
    ps = parts(page)
    got = "\n".join((p.meta.get("title") or "") + p.text for p in ps)
    assert "倾情为你奉上" not in got and "专心" not in got and "优质文档" not in got
    assert "桐川乡卫生院家庭医生签约服务工作情况汇报" in got


def test_sincere_words_in_a_report_stay():
    page = ("桐川乡卫生院2025年工作总结\n一年来,全院职工倾情为群众服务,专心做好基本医疗,签约居民8420人。\n"
            "一、主要工作\n组建签约团队6个。\n")
    assert "全院职工倾情为群众服务,专心做好基本医疗" in text(page)


HOW_TO = ("述职材料是对一年工作的交代,写好不容易。以下是一些基层干部的述职报告,大家可以参考他们的写作风格和"
          "内容安排。\n")
BODY = ("2025年以来,本人在镇党委的领导下,认真履行分管农业农村工作的职责,现将有关情况报告如下:\n"
        "一、主要工作\n全年完成高标准农田建设2600亩。\n二、存在的不足\n理论学习不够深入。\n")


def test_how_to_lead_in_without_xiaobian_goes():
    got = text(HOW_TO + BODY)
    assert "大家可以参考" not in got and "写作风格" not in got
    assert "全年完成高标准农田建设2600亩" in got


def test_a_report_line_naming_one_cue_stays():
    line = "以下是我镇推行“田长制”的三点做法,供兄弟乡镇交流。\n"
    assert "以下是我镇推行“田长制”的三点做法" in text(BODY + line)


TWICE = ("镇2026年上半年工作推进情况和下半年工作打算\n〔…〕镇2026年上半年工作推进情况和下半年工作打算\n"
         "2026年上半年,〔…〕镇紧扣年初目标任务,各项工作总体平稳,现将有关情况汇报如下:\n"
         "一、上半年主要工作\n新建高标准农田3200亩。\n二、存在的问题\n产业链条短。\n三、下半年工作打算\n"
         "年底前建成冷链仓储中心1处。\n")


def test_title_printed_twice_with_a_placeholder_prefix():
    (p,) = parts(TWICE)
    assert p.meta.get("title") == "〔…〕镇2026年上半年工作推进情况和下半年工作打算"
    assert p.text.startswith("2026年上半年,")


def test_two_different_title_lines_are_not_one_title():
    # a collection's title over its first report's own title: neither ends the other
    page = ("2026年乡镇半年工作总结(3篇)\n青坪镇2026年上半年工作总结\n" + TWICE.split("\n", 2)[2])
    titles = [p.meta.get("title") for p in parts(page)]
    assert "〔…〕镇" not in (titles[0] or "")
    assert titles[0] != "2026年乡镇半年工作总结(3篇)青坪镇2026年上半年工作总结"


def test_bulleted_title_copy_gives_the_bare_title():
    page = TWICE.split("\n")[1] + "\n•" + TWICE.split("\n", 2)[1] + "\n" + TWICE.split("\n", 2)[2]
    (p,) = parts(page)
    assert p.meta.get("title") == "〔…〕镇2026年上半年工作推进情况和下半年工作打算"


SPEECH_ROW = "| 标题:在全县秸秆禁烧工作会议上的讲话 |\n|\n" + SPEECH + "\n"


def test_title_only_in_a_title_row_is_kept_as_the_title():
    (p,) = parts(SPEECH_ROW)
    assert p.meta.get("title") == "在全县秸秆禁烧工作会议上的讲话"
    assert "标题" not in p.text


def test_file_name_row_gives_the_title_without_its_seo_number():
    # (the file name printed again by the site's sharing row: the page's own title)
    page = ("医院控烟工作总结 篇7.docx\n《医院控烟工作总结 篇7.docx》由会员分享,可在线阅读,更多相关《医院控烟工作总结 篇7.docx"
            "(2页珍藏版)》请在某某文库上搜索。\n今年以来,我院按照上级要求全面开展控烟工作,现总结如下:一、健全组织,成立控烟领导小组。"
            "二、加强宣传,发放宣传资料1200份。三、存在问题,个别病区仍有吸烟现象。\n")
    assert parts(page)[0].meta.get("title") == "医院控烟工作总结"


def test_row_that_is_no_title_gives_none_and_own_title_wins():
    page = "会议现场照片合集.docx\n" + SPEECH + "\n"
    assert parts(page)[0].meta.get("title") is None
    own = "| 标题:讲话稿 |\n在全县秸秆禁烧工作会议上的讲话\n" + SPEECH + "\n"
    assert parts(own)[0].meta.get("title") == "在全县秸秆禁烧工作会议上的讲话"


def test_file_name_of_another_file_is_no_title():
    page = ("农机站XX年下半年工作计划.docx\n青山县农机服务站上半年工作情况一、上半年工作1. 全县夏粮机收率达到96.5%,"
            "比上年提高1.2个百分点。二、下半年工作安排1. 做好秋粮机收组织调度,确保机收率稳定在95%以上。\n")
    assert parts(page)[0].meta.get("title") != "农机站XX年下半年工作计划"
