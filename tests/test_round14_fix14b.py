"""Round 14 (fix14b): chrome, titles and report boundaries on pages of new sites.

- a caption in brackets between a news item's paragraphs naming who delivers or chairs
  ("（区长某某代表区政府作工作报告）") was kept as report text; a speech's bracketed subtitle stays;
- a doc-share page's numbered download notice (本站全部…文档…一旦售出,不予退换; 特殊限制:) survived item by item;
  a station's report saying 本站全部… of its own work stays;
- a doc-share page printing its title again in book-title marks ("《…工作总结》") kept the copy as text;
- an emoji-decorated title line ("🎉✨…工作总结✨🎉") was removed as chrome and no title was found.
All text made up."""
from reportnlp.api import extract_text
from reportnlp.structure import undecorated


def _page(page: str):
    return extract_text(page, source="t")


def removed(page: str) -> list[str]:
    return [r.text.strip() for r in _page(page).removed]


NEWS = ("青溪区召开2031年度经济工作会议\n\n"
        "1月11日,青溪区召开2031年度经济工作会议,全面总结2030年经济工作,部署2031年重点任务。\n\n"
        "{line}\n\n"
        "会议指出,2030年全区地区生产总值增长6.2%,新开工重大项目41个,完成固定资产投资86.3亿元。\n\n"
        "会议要求,2031年要重点抓好项目建设和营商环境两方面工作。\n")


def test_bracketed_caption_between_paragraphs_goes():
    for line in ("（区长周明远代表区政府作工作报告）", "(党委书记林海在会上讲话)", "（常务副区长许青主持会议）", "（局长韩立川作工作部署）"):
        page = NEWS.format(line=line)
        assert line in removed(page), line
        assert line not in _page(page).documents[0].text


def test_bracketed_subtitle_or_date_stays():
    for line in ("（区长周明远在全区经济工作会议上的讲话）", "（2031年1月10日在区十届人大三次会议上）"):
        page = NEWS.format(line=line)
        assert line not in removed(page), line


DOCSHARE = ("类型镇农业服务中心工作总结(通用6篇).docx\n"
            "• 上传人(卖家):青枫小筑\n• 文档编号:7712093\n• 格式:DOCX\n• 页数:12\n"
            "• 【下载声明】\n"
            "1. 本站全部试题类文档,若标题没写含答案,则无答案;标题注明含答案的文档,主观题也可能无答案。请谨慎下单,一旦售出,不予退换。\n"
            "2. 本站全部PPT文档均不含视频和音频,PPT中出现的音频或视频标识仅表示流程。请谨慎下单,一旦售出,不予退换。\n"
            "3、本站不支持迅雷下载,请使用电脑自带的浏览器下载即可。\n"
            "特殊限制:\n"
            "部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。\n"
            "镇农业服务中心工作总结\n"
            "今年以来,中心围绕粮食生产和产业发展,完成粮食播种面积3.2万亩,推广新品种6个。\n"
            "明年,中心将年底前建成育秧工厂1座。\n")


def test_docshare_download_notice_items_go():
    page = _page(DOCSHARE)
    text = page.documents[0].text
    for piece in ("本站全部试题类文档", "本站全部PPT文档", "本站不支持迅雷下载", "特殊限制", "部分文档作品中含有"):
        assert piece not in text, piece
    assert "完成粮食播种面积3.2万亩" in text


def test_station_report_naming_itself_stays():
    line = "本站全部资料均按规定整编归档,全年完成水文资料整编12册,无一份丢失。"
    page = ("县水文站2030年工作总结\n\n2030年,县水文站围绕防汛测报开展工作,全年发布水情信息326期。\n\n"
            + line + "\n\n2031年,本站将年底前完成2处自动测站改造。\n")
    assert line not in removed(page)
    assert line in _page(page).documents[0].text


def test_title_copy_in_book_title_marks_is_no_text():
    page = ("县水利局2030年工作总结\n《县水利局2030年工作总结》\n"
            "2030年,县水利局在县委、县政府的领导下,全年完成水利投资4.6亿元,新建农村饮水工程23处。\n"
            "一、主要工作\n(一)抓好防汛抗旱。全年开展汛前检查42次,整改隐患71处。\n"
            "二、2031年工作打算\n(一)年底前完成12座小型水库除险加固。\n")
    doc = _page(page).documents[0]
    assert doc.title == "县水利局2030年工作总结"
    assert "《县水利局2030年工作总结》" not in doc.text
    assert doc.text.startswith("2030年,县水利局")


def test_book_title_mention_in_text_stays():
    page = ("县水利局2030年工作总结\n"
            "2030年,县水利局在县委、县政府的领导下,全年完成水利投资4.6亿元。\n"
            "《县水利局2030年工作总结》已报县政府办公室备案,全年新建农村饮水工程23处。\n")
    assert "《县水利局2030年工作总结》已报" in _page(page).documents[0].text


EMOJI = ("🎉✨2030年度社区工作总结✨🎉\n\n"
         "过去一年,在街道党工委的领导下,我们社区两委班子团结一心,各项工作取得新进展。\n\n"
         "🔥一、主要成绩\n1️⃣ 完成老旧楼道改造12栋,惠及居民436户。\n\n"
         "🚀展望2031年,我们将重点做好以下工作:\n1️⃣ 年底前完成剩余8栋楼道改造。\n2️⃣ 新建社区食堂1处。\n")


def test_emoji_decorated_title_is_the_title():
    page = _page(EMOJI)
    assert not any("社区工作总结" in r.text for r in page.removed)
    assert page.documents[0].title == "2030年度社区工作总结"
    assert page.documents[0].text.startswith("过去一年")


def test_emoji_chrome_line_still_goes():
    page = "👇点击蓝字 关注我们👇\n\n" + EMOJI
    assert any("关注我们" in r for r in removed(page))


def test_undecorated():
    assert undecorated("🎉✨2030年度社区工作总结✨🎉") == "2030年度社区工作总结"
    assert undecorated("2024年工作报告📜") == "2024年工作报告"
    assert undecorated("一、主要成绩") == "一、主要成绩"
    assert undecorated("") == ""


PORTAL = ("{top}\n\n点击打开\n您当前的位置: 栖霞新闻 > 时政要闻\n"
          "区农业农村局召开2031年春耕生产部署会\n发布时间:2031-02-24 08:45:00\n\n"
          "{lead}\n\n"
          "会议要求,各镇街要在3月底前完成春耕物资储备检查,确保春耕生产顺利开展。\n")
LEAD = ("2031年是“十五五”开局之年,为抓好全年粮食生产,统筹做好春耕备耕和农资保供工作,压实各镇街责任,"
        "2月23日上午,区农业农村局召开2031年春耕生产部署会。")


def test_news_site_brand_over_breadcrumb_goes():
    page = _page(PORTAL.format(top="视界栖霞", lead=LEAD))
    gone = [r.text.strip() for r in page.removed]
    assert "视界栖霞" in gone
    assert any(g.startswith("您当前的位置") for g in gone)
    assert page.documents[0].title == "区农业农村局召开2031年春耕生产部署会"


def test_report_title_over_breadcrumb_stays():
    page = _page(PORTAL.format(top="年度工作总结", lead=LEAD))
    assert "年度工作总结" not in [r.text.strip() for r in page.removed]


def test_lead_stating_when_after_the_years_significance_restates_headline():
    from reportnlp.stages.documents import _headline_restated
    assert _headline_restated("区农业农村局召开2031年春耕生产部署会", LEAD)
    # an unnumbered heading over its paragraph is no headline (no time in the lead's opening)
    assert not _headline_restated("强化组织保障", "强化组织保障,成立了由局长任组长的领导小组,各科室明确专人负责。")
