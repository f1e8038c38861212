"""Boilerplate: classes of site noise go, real content next to them stays."""
import pytest

from reportnlp.api import process
from reportnlp.stages.boilerplate import (
    classify_line,
    classify_line_spans,
    strip_boilerplate,
)
from reportnlp.stages.decode import decode
from reportnlp.stages.normalize import normalize


def clean(text: str):
    return strip_boilerplate(normalize(decode(text)))


@pytest.mark.parametrize("line,kind", [
    ("上传人:W**文档编号:120034上传时间:2020-03-02格式:DOC页数:9大小:41KB", "upload_info"),
    ("第2页/共9页", "pagination"),
    # a page break a converter drew as a rule
    ("---------------- 第2页 ----------------", "pagination"),
    ("====== 3 ======", "pagination"),
    ("第4页------", "pagination"),
    ("某某自查报告_第3页", "pagination"),
    ("返回下载收藏举报", "toolbar"),
    ("展开阅读全文", "navigation"),
    # a WeChat byline once the spaces between Han characters are gone: author, account, date, province
    ("原创白鹭镇党建办白鹭镇发布2026年12月28日18:05江西", "wechat"),
    ("原创青梧镇党政办青梧发布2026-09-03 18:20发表于湖南", "wechat"),
    ("原创青禾三农青禾县农业农村局", "wechat"),
    # a blog's counters written number first, a captcha box's prompt, a page's render time
    ("2318次浏览", "view_counter"),
    ("posts - 12, comments - 3", "view_counter"),
    ("请输入验证码", "toolbar"),
    ("0.214738s", "date_line"),
    ("文本内容:", "navigation"),
    ("网站首页新闻中心领导讲话", "breadcrumb"),
    ("本文由PDF自动转换生成,排版可能与原文有出入", "document_format"),
    # an 信息公开 page's metadata fields in their many spellings
    ("名称： | 县卫健委2025年工作总结及2026年工作安排 | 文号： | |", "article_meta"),
    ("标题:|石楠镇2026年政府工作报告|", "article_meta"),
    ("-名称:柘川县人民政府办公室关于印发2025年工作要点的通知", "article_meta"),
    ("文件名称 | 云岭区2025年政府工作报告 | ||", "article_meta"),
    ("湄江县教育局 政务公开", "site_name"),
    ("柳湾镇人民政府信息公开", "site_name"),
    # a WeChat editor's hook into the text
    ("县农业农村局近日印发了2025年工作要点,一起来看↓↓↓", "wechat"),
    ("今年县人社局将在就业创业方面推出哪些举措?这份工作计划请收好", "wechat"),
    ("一起来看——", "wechat"),
    ("（撰稿：孙立恒　一审：冯雪　二审：周启明　三审：韩德庆）", "news_credit"),
    ("沅江县人民政府办公室主办网站标识码:3607270002", "site_footer"),
    ("文档简介:本文为副县长在冬春农田水利建设动员会上的讲话", "navigation"),
    ("相关推荐:", "navigation"),
    ("当前位置:首页>范文>工作总结", "breadcrumb"),
    ("Copyright © 2019-2024 某文库 版权所有", "copyright"),
    ("苏ICP备12345678号-1", "copyright"),
    ("本文地址:https://www.example.com/a/1.html", "source_link"),
    ("某某网人气:3.2W", "view_counter"),
    ("浏览次数:1,203", "view_counter"),
    ("级别:省级期刊", "journal_listing"),
    ("文档为docx格式", "document_format"),
    ("发布时间:2023-05-06来源:区政府办", "article_meta"),
    ("【打印本页】【关闭窗口】", "toolbar"),
    ("扫一扫在手机打开当前页", "share"),
    ("首页|工作总结|政务公开|互动交流", "site_menu"),
    ("青川市人民政府门户网站", "site_name"),
    ("编号:80237716", "contact"),
    # a directory of officials to call below a portal page: office, name, phone and nothing else
    ("街道党工委书记 严立群 13966120531", "contact"),
    ("信访办主任何晓冬0571-86012345", "contact"),
    # the head of an answer letter: its number, category and who signed it off
    ("临卫函〔2026〕41号 B类 签发人:沈立岗", "article_meta"),
    ("类别标注:A类", "article_meta"),
    ("名称|关于印发2026年政务公开工作要点的通知", "article_meta"),
    ("信息名称:枫林镇人民政府关于2025年度", "article_meta"),
    ("转换说明:本页面由PDF文件自动转换生成", "article_meta"),
    ("预览结束,免费获取全文或定制代笔此类文章!", "shop"),
    ("分组讨论现场", "photo_caption"),
    ("活动合影", "photo_caption"),
    ("总经理周启明讲话", "photo_caption"),
    ("党委书记作报告", "photo_caption"),
    ("- 文档页数:3", "upload_info"),
    ("字数:2860", "upload_info"),
    ("(阅读全部内容,请先登录会员账号!)", "shop"),
    ("本版标题导航:", "navigation"),
    # a meeting photo's caption: a speaker with two posts delivering the report
    ("院党委书记、院长李文涛作医院工作报告", "photo_caption"),
    ("集团党委副书记、总经理包维明作2024年度集团工作报告", "photo_caption"),
    # a portal's top bar linking to the governments above it, run together
    ("中国政府网青山省政府临溪市政府", "site_name"),
    ("中国政府网 | 浙江省人民政府 | 台州市人民政府", "site_name"),
])
def test_noise_line_classes(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "一、主要做法",
    "截至11月底,共受理行政许可事项2350件,办结2338件,办结率99.5%。",
    "县食品安全委员会办公室:",
    "2019年12月20日",
    "(一)加强组织领导,落实工作责任",
    "本单位共有干部职工45人,其中:公务员30名,事业编制14名。",
    "我局在来源可查、去向可追上下功夫,全年未发生一起安全事故。",
    # a report may name a portal or a full-text service in a sentence, and numbers its items
    "依托市政府门户网站公开全文,点击量达1.2万次。",
    "编号为3的项目已完成验收。",
    "为群众定制个性化服务方案。",
    # a speech's title says where it was given; a genre name alone is a title too
    "在全县经济工作会议上的讲话",
    "述职报告",
    # Latin letters inside report text: abbreviations, a pipe row of a table, a ratio
    "全年PM2.5平均浓度为32微克每立方米,优良天数比例达到91.2%。",
    "|1|网络安全等级保护|完成3个系统测评|",
    "GDP同比增长6.2%,CPI涨幅控制在3%以内。",
    "群众反映的问题怎么写进台账?",
    "各村收集整理档案资料1200卷,供学习参考使用。",
    "相关单位:县财政局、县教育局、县卫健局",
    "全年受理热线电话1200个。",
    "县长在县人代会上作政府工作报告",
    "3-5",
    "全年为企业提供优质文档服务30家。",
    # a notice's contact line says what it is with a colon; a sentence about a hotline is report text
    "联系人:严立群,联系电话:13966120531",
    "镇长热线13966120531全天开通。",
    # a form's 名称 row names what the form reports on
    "名称|“松阳人社”微信公众号",
    # a culture report's own heading or line may open with 原创
    "原创精品创作成果丰硕",
    "原创文艺作品12部",
    # a headline says where the report was delivered; a report's own title has no speaker
    "县长在县第十七届人民代表大会第三次会议上作政府工作报告",
    "院长、党委书记在职代会上作工作报告",
    "长青县中医院2024年度工作报告",
    # one issuing body, or a joint issue by a party committee and a government, is a report's header
    "代县人民政府",
    "中共代县县委代县人民政府",
])
def test_content_lines_stay(line):
    assert classify_line(line) is None


def test_preface_at_top():
    text = "以下是小编为大家收集整理的工作总结范文,仅供参考,希望能够帮助到大家。\n今年以来,我镇认真贯彻落实上级部署。"
    doc = clean(text)
    assert doc.text.strip() == "今年以来,我镇认真贯彻落实上级部署。"
    assert doc.removed[0].kind == "preface"


def test_inline_watermark_and_glued_seo_title():
    text = ("建立健(本文来源于某某文库,更多文章请登陆www.某某.com查看)全各项规章制度。"
            "确保群众生命财产安全2021最新安全生产自查报告工作报告。")
    doc = clean(text)
    assert doc.text == "建立健全各项规章制度。确保群众生命财产安全。"
    assert [r.kind for r in doc.removed] == ["watermark", "seo_title"]


def test_the_pages_own_title_glued_to_a_sentence_goes_without_a_year_before_it():
    # the glued title reaches back over the words of the page's title lines, no further
    text = ("镇文化站2023年工作总结_文苑范文网\n文苑范文网 > 工作总结 > 文化站工作总结\n"
            "镇文化站2023年工作总结\n"
            "一、群众文化活动\n全年组织送戏下乡12场，举办广场舞比赛2次，全年演出不少于70场文化站年度工作总结范文精选。\n"
            "二、存在问题\n基层文艺骨干偏少，部分村文化活动室开放时间不固定，活动经费不足2023文化站工作总结精选。\n"
            "上一篇：村文化活动室年度工作计划范文\n")
    doc = clean(text)
    assert "全年演出不少于70场。" in doc.text
    assert "活动经费不足。" in doc.text
    assert [r.text for r in doc.removed if r.kind == "seo_title"] == ["文化站年度工作总结范文精选", "2023文化站工作总结精选"]
    # a related-articles line is judged whole, not cut by this rule
    assert not any(r.kind == "seo_title" and "计划范文" in r.text for r in doc.removed)


def test_watermark_cut_off_at_line_end():
    doc = clean("第二,及时召开全体工作人员会议。第(本文权属某某网所有,更多文章请\n下一段内容。")
    assert "本文权属" not in doc.text and "下一段内容" in doc.text


def test_disclaimer_cues_inside_brackets_do_not_remove_content():
    line = "安装视频监控探头68个(本文来源于某某网,转载请注明出处,如有侵权请联系删除),组建义务巡逻队12支。"
    doc = clean(line)
    assert "安装视频监控探头68个" in doc.text and "组建义务巡逻队12支" in doc.text


def test_related_list_after_header_goes_but_content_after_it_stays():
    text = ("正文第一段,内容很长很长。\n相关推荐\n·学校安全自查报告\n·食品安全自查表\n"
            "县市场监管局:\n按照通知要求,现将自查情况报告如下。")
    doc = clean(text)
    assert "学校安全自查报告" not in doc.text
    assert "县市场监管局:" in doc.text


def test_article_markers_record_boundaries():
    doc = clean("前一篇的最后一句话。\n工作总结范文篇二\n今年以来,我局认真贯彻落实。")
    assert doc.anchors["article_boundaries"]
    pos = doc.anchors["article_boundaries"][0]
    assert doc.text[pos:].startswith("今年以来")


def test_a_line_judged_again_gets_an_unchanged_verdict():
    # verdicts of short lines are kept per process: a caller changing the pieces it got back
    # must not change what the next page with the same line gets
    line = "全年办件3200件，办结率99.5%。版权所有"
    assert classify_line_spans(line) == ("copyright", [(19, 23)])
    classify_line_spans(line)[1].clear()
    assert classify_line_spans(line) == ("copyright", [(19, 23)])


@pytest.mark.parametrize("line,kind", [
    # WeChat credits and widgets with any kind of bar
    ("来源｜某某街道党政办", "wechat"),
    ("图片|宣传组", "wechat"),
    ("点个在看你最好看", "wechat"),
    ("“某某青年”期待您的关注", "wechat"),
    ("某某区人民政府办公室主办联系电话:0571-1234567", "site_footer"),
    ("司法所工作总结范文(第2篇)", "article_marker"),
    # a reposter's own note on a blog, forum or WeChat post
    ("按:这是今年全县教育工作会议上我的讲话稿,放在这里留个底,也供同行参考。", "preface"),
    ("编者注:近期各地开展述职评议,我们转载了其中一份,原汁原味,供大家参考。", "preface"),
    ("在镇党政办干了八年材料,年年迎考核。整理了一份东西,发上来跟大家交流。", "preface"),
    ("写在前面:开学在即,把本学期的科室工作计划贴在这里,欢迎指正。", "preface"),
    ("年底写完交了,放这里存个底,格式是按模板来的。", "preface"),
    ("科里年底要交的总结,改了两稿,发上来大家看看,欢迎拍砖。", "preface"),
    ("转一篇兄弟单位的调研报告,供大家讨论。", "preface"),
    ("在旧硬盘里翻到的,原文是PDF转的,格式有点乱,凑合看。", "preface"),
    # a blog's name over its posts
    ("松风夜读-老陈的博客", "forum"),
    ("老吴的三农笔记｜乡土博客", "forum"),
    ("谢谢转载,互相学习。", "chatter"),
    # markdown residue: a table's separator row and front matter fields
    ("|:---:|------|:---|", "markup"),
    ("department: 县数据资源局 信息化科", "markup"),
    ("theme: github", "markup"),
    # a content farm's English wrapper, also when it glosses a Chinese term
    ("Hey friends! Ever wondered how a village committee writes its annual summary? Let us take a look.", "foreign"),
    ("Today we are taking a peek at the 年终工作总结 (nián zhōng gōng zuò zǒng jié) of a rural clinic.", "foreign"),
    # survey classes: a breadcrumb ending in its separator, a page number between dashes, an index number,
    # a document title with its file note, writing-tool adverts and site slogans, a 范文 marker with a colon,
    # forum chatter about posting and a user panel, a reader's how-to-write question
    ("材料之家»工作总结›述职述廉›", "breadcrumb"),
    ("- 3 -", "pagination"),
    ("监督索引号11330100MB1234567X/2024-00031", "article_meta"),
    ("2024年乡镇卫生院年度工作总结(可编辑word)", "document_format"),
    ("公文写作神器,一键生成各类总结!立即体验>>", "shop"),
    ("精品文档就在这里", "shop"),
    ("村级财务公开工作总结范文第三篇:", "article_marker"),
    ("内容太长一楼发不下,分两楼发", "chatter"),
    ("我也分享一份我们社区的,前年写的", "chatter"),
    ("积分居民积分356发消息", "forum"),
    ("那么社区年终工作总结怎么写才出彩呢?", "seo_title"),
    ("推荐访问:村级工作总结 社区述职报告", "navigation"),
    ("《村委会半年工作总结(精选3篇)》由某某生活网编辑部( https://example.net/ )收集整理,供大家学习参考。", "preface"),
    # w18: a related list run into its header's line, a paper's hotline footer, a news photo's caption
    ("相关述职报告: 社区书记述职报告、村主任述职报告、街道办主任述职报告范文", "related_list"),
    ("新闻线索提供热线:0577-6612345报社地址:某某市人民路8号", "site_footer"),
    ("县长向大会作政府工作报告", "photo_caption"),
    ("大会执行主席宣布大会开幕", "photo_caption"),
])
def test_more_noise_line_classes(line, kind):
    assert classify_line(line) == kind


def test_paper_abstract_stays_site_summary_goes():
    # a paper's own abstract speaks of itself; a site's summary field is a teaser of the page
    assert classify_line("摘要:绩效考核是机关管理的重要手段。本文结合对县直机关的调查,分析存在的问题,并提出改进建议。") is None
    assert classify_line("摘要:回顾去年工作成效,部署今年目标任务") == "article_meta"


def test_install_note_of_a_document_site():
    doc = clean("1:本站所有资源如无特殊说明,都需要本地电脑安装OFFICE2007和PDF阅读器。\n今年以来,我镇认真贯彻落实上级部署。")
    assert doc.text.strip() == "今年以来,我镇认真贯彻落实上级部署。"


def test_editor_note_on_abridgement_stays():
    doc = clean("(本文根据述职会现场发言整理,有删节)\n今年以来,我镇认真贯彻落实上级部署。\n"
                "(本文来源于网络,更多文章请登陆某某网查看)")
    assert "本文根据述职会现场发言整理" in doc.text and "来源于网络" not in doc.text


def test_glued_page_chrome_at_line_start():
    doc = clean("& T; y7 H# [, u# ]一、抓班子带队伍。全年召开支委会24次。\n"
                "编号:80237716在全县重点项目建设推进会上的讲话\n"
                "重磅|县委书记在全县动员大会上的讲话(全文)")
    assert doc.text.splitlines() == ["一、抓班子带队伍。全年召开支委会24次。",
                                     "在全县重点项目建设推进会上的讲话", "县委书记在全县动员大会上的讲话(全文)"]


def test_signoff_and_signature_survive_a_model_leaning_to_chrome():
    from reportnlp import models_io

    leaning = models_io.LinearModel(classes=["content", "noise"], weights={}, bias=[0.5], threshold=0.9)
    text = ("今年以来,我中心全年接诊发热患者2865人次,传染病网络直报及时率达到100%。\n"
            "某某街道社区卫生服务中心\n2024年1月10日\n填报人:张三    审核人:李四    填报日期:2024年3月22日\n"
            "(本文根据述职会现场发言整理,有删节)")
    with models_io.using({"boilerplate.json": leaning}):
        doc = clean(text)
    assert "某某街道社区卫生服务中心" in doc.text and "填报日期:2024年3月22日" in doc.text
    assert "有删节" in doc.text


def test_a_speakers_line_under_a_speech_title_stays_among_captions():
    # the photo captions around it go; the line naming who speaks is the report's own
    text = ("在公司2024年安全生产工作会议上的讲话\n会议现场\n总经理　周启明\n（2024年2月26日）\n同志们：\n"
            "今天召开公司安全生产工作会议，主要任务是总结去年工作，部署今年任务。\n")
    out = clean(text).text
    assert "周启明" in out and "会议现场" not in out


def test_a_preface_written_over_lines_with_one_cue_each_goes():
    guide = ("述职报告是领导干部向上级和群众陈述任职期间履职情况的书面报告,写作时要实事求是,不说空话。\n"
             "下面给出一例述职报告。\n")
    report = ("各位代表:\n2023年,我协助镇长分管财政和安全生产工作,全年组织安全检查46次。\n"
              "下面是我一年来的履职情况。\n")
    out = clean(guide + report).text
    assert "写作时" not in out and "下面给出" not in out
    assert "下面是我一年来的履职情况" in out  # below the report's first line, a cue word is report text


def test_one_preface_cue_in_a_line_of_its_own_is_not_enough():
    text = "述职报告是向上级陈述履职情况的报告,写作时要实事求是。\n2023年,我协助镇长分管财政工作,全年组织检查46次。\n"
    assert "写作时要实事求是" in clean(text).text


def test_short_forum_replies_below_the_post_go_but_the_posters_long_continuation_stays():
    post = ("楼主 | 青岗老邓 发表于 2023-12-19 21:07:43 | 只看该作者\n"
            "2023年,我镇扎实推进各项工作,全年完成固定资产投资3.2亿元,同比增长8%。\n")
    replies = ("沙发 | 山那边的云 发表于 2023-12-19 22:31:02\n写得实在!我们镇去年迎检就接了50多次,深有同感。\n"
               "板凳 | 老黄牛2019 发表于 2023-12-20 09:02:44\n第2条说到点子上了。\n")
    more = ("青岗老邓 发表于 2023-12-20 10:00:00 | 只看该作者\n"
            "二、存在的问题\n一是产业支撑不强,村集体经济增收渠道单一,12个村中经营性收入超过10万元的只有3个;"
            "二是基层干部年龄偏大,45岁以下的村干部仅占28%,懂经营、会管理的人才不足。\n")
    out = clean(post + replies + more).text
    assert "深有同感" not in out and "说到点子上" not in out
    assert "二、存在的问题" in out and "全年完成固定资产投资3.2亿元" in out


def test_rows_of_a_pipe_table_stay_between_chrome_lines():
    # a table's header and its rows of figures read like chrome to the line model: they are data
    text = ("当前位置:首页>政务公开>政府网站监管\n发布时间:2027-01-27 来源:县政府办公室\n"
            "序号|\n项目|数量（个）|合格率\n本地区政府网站总数（个）|门户网站| 1 |部门网站| 3\n"
            "政务新媒体抽查|抽查账号数量（个）| 48 |合格率| 95.8%\n"
            "2026年,县政府办公室共抽查政府网站4次,对发现的问题均督促整改到位。\n【打印本页】【关闭窗口】\n")
    out = clean(text).text
    assert "本地区政府网站总数" in out and "抽查账号数量" in out and "项目|数量" in out
    assert "当前位置" not in out and "打印本页" not in out


def test_a_dash_led_subtitle_under_a_title_stays():
    text = ("文件名称|云岭区2025年政府工作报告| ||\n——2025114日在云岭区第九届\n人民代表大会第五次会议上\n"
            "云岭区人民政府区长 周远航\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议。\n"
            "过去一年,全区地区生产总值增长5.8%,一般公共预算收入完成41.2亿元。\n")
    assert "——2025114日在云岭区第九届" in clean(text).text  # its date broken in conversion


def test_blog_comments_below_the_post_go():
    # a comment's header is a name and a time alone on a line; the blogger's answer follows it
    post = ("2026年,青石镇乡村振兴工作站在镇党委的领导下,新建蔬菜大棚120个,带动农户增收380万元。"
            "明年,工作站将建设1座烘干车间,力争年底前投产。\n")
    comments = ("阅读(236)　评论(2)\n评论\n山里人家　2026-12-19 08:12\n这个烘干车间的思路好,期待效果。\n"
                "青石笔记(博主)回复:谢谢,明年看效果。\n")
    out = clean(post + comments).text
    assert "新建蔬菜大棚120个" in out and "力争年底前投产" in out
    assert "期待效果" not in out and "明年看效果" not in out


def test_a_related_list_follows_any_chrome_header_and_keeps_its_bullet():
    # "【相关新闻】" goes as a tag and "往期推荐" as WeChat chrome: their bulleted items go too
    text = ("柳坪镇召开2023年度工作总结大会\n1月18日，柳坪镇召开年度工作总结大会，全年完成固定资产投资4.2亿元。\n"
            "会议要求，全镇干部要迅速进入工作状态，确保一季度实现开门红。\n"
            "【相关新闻】\n· 柳坪镇召开村干部述职评议会\n· 柳坪镇2023年茶叶产业发展综述\n")
    doc = clean(text)
    assert "述职评议会" not in doc.text and "茶叶产业发展综述" not in doc.text
    assert "确保一季度实现开门红" in doc.text


def test_a_bulleted_related_list_goes_though_its_titles_exclaim_or_hold_a_colon():
    # WeChat's "往期推荐" with ▶ items: a title may end with "!" or hold "：", still an item of the list
    text = ("新的一年，我们将继续推进垃圾分类，力争6月底前分类准确率达到85%以上。\n\n往期推荐\n"
            "▶ 南湖社区“四点半课堂”开课啦\n▶ 北门社区：老小区装上了“充电桩”\n▶ 这场邻里节，好热闹！\n")
    doc = clean(text)
    assert "四点半课堂" not in doc.text and "充电桩" not in doc.text and "邻里节" not in doc.text
    assert "力争6月底前分类准确率达到85%以上" in doc.text


def test_a_bulleted_list_of_report_text_under_a_plain_heading_stays():
    # only a related list's header starts one: a report's own ▶ points under its heading stay
    text = ("三、下一步工作打算\n▶ 北门社区：年内完成老小区充电桩安装20处！\n"
            "▶ 南湖社区：春节前建好独居老人档案。\n")
    doc = clean(text)
    assert "年内完成老小区充电桩安装20处" in doc.text and "春节前建好独居老人档案" in doc.text


def test_a_bulletins_issuing_line_goes_below_its_masthead_but_a_signature_stays():
    # "…办公室编  date" right below the issue number is masthead; the same shape closing a report stays
    text = ("安全生产工作简报\n第9期\n云岭县安全生产委员会办公室编　　2026年12月3日\n\n"
            "县安委办召开岁末安全生产调度会\n12月1日，县安委办召开调度会，通报全县发生生产安全事故6起。\n"
            "会议要求，各乡镇要在12月15日前完成隐患排查。\n\n云岭县安全生产委员会办公室\n2026年12月3日\n")
    doc = clean(text)
    assert "办公室编" not in doc.text
    assert "云岭县安全生产委员会办公室\n2026年12月3日" in doc.text


@pytest.mark.parametrize("text,credit", [
    ("会议要求，年底前逐项销号。（罗佳音）\n", "罗佳音"),
    ("全年完成改造14个。\n(青石镇 李小禾)\n", "李小禾"),
    ("全年完成改造14个。(北湖农场党群办 范采薇)\n", "范采薇"),
    ("全年完成改造14个。（完）\n", "（完）"),
])
def test_a_news_items_closing_credit_without_a_role_word_goes(text, credit):
    doc = clean(text)
    assert credit not in doc.text and ("逐项销号。" in doc.text or "改造14个。" in doc.text)


@pytest.mark.parametrize("text", [
    "全年完成14个(详见附件)。\n", "完成道路硬化3公里(含村道)。\n", "投资总额\n(万元)\n", "主持人:(王明)\n",
])
def test_brackets_that_are_no_closing_credit_stay(text):
    assert clean(text).text == text


def test_an_unbulleted_headline_below_a_bulleted_title_list_is_kept():
    text = ("本版标题导航：\n· 全区城市更新攻坚推进会召开\n· 区长在全区城市更新攻坚推进会上的讲话\n\n"
            "全区城市更新攻坚推进会召开\n本报讯（记者 施雨桐）4月9日，区政府召开全区城市更新攻坚推进会，"
            "会议通报，一季度全区开工老旧小区改造项目38个。\n")
    doc = clean(text)
    assert "全区城市更新攻坚推进会召开\n" in doc.text
    assert "区长在全区城市更新攻坚推进会上的讲话" not in doc.text


@pytest.mark.parametrize("note,goes", [
    ("【编者按】回首2023，枫桥街道交出了一份怎样的答卷？今天，小编带您一起看街道年度工作总结。", True),
    ("编者按：为推动学院高质量发展，现将就业质量专题调研报告予以刊发，供各部门参阅。", True),
    # an editor's note that tells the news is the item's own text
    ("编者按：2月26日，县人民代表大会开幕，县长作政府工作报告。报告回顾了2023年工作。", False),
])
def test_an_editors_note_that_teases_or_explains_a_repost_goes_whole(note, goes):
    body = "2023年，街道党工委坚持抓党建促发展，全年新建红色驿站5个，发展党员17名，整顿软弱涣散党组织2个。\n"
    doc = clean("枫桥街道发布\n" + note + "\n" + body)
    assert (note[6:16] not in doc.text) == goes
    assert body.strip() in doc.text


def test_a_related_list_under_a_header_that_repeats_the_page_title_goes():
    text = ("关于乡便民服务中心建设情况的自查报告\n今年以来,我乡便民服务中心共受理事项1200件。\n"
            "【关于乡便民服务中心建设情况的自查报告】相关文章:\n1.乡镇便民服务中心工作自查报告\n"
            "2.村级便民服务站建设情况汇报\n")
    doc = clean(text)
    assert "相关文章" not in doc.text and "村级便民服务站建设情况汇报" not in doc.text
    assert "共受理事项1200件" in doc.text


def test_question_marks_that_replaced_a_paragraphs_indent_go_but_lost_characters_in_a_word_stay():
    doc = clean("??? 7月11日下午,鹿鸣镇召开第三季度工作例会。\n???会上,各分管领导通报了进展情况。\n??镇完成投资3亿元。\n")
    assert doc.text.startswith("7月11日下午") and "\n会上" in doc.text and "??镇完成" in doc.text


def test_a_plain_table_of_contents_goes_and_the_headings_of_the_text_stay():
    body = ("一、部门基本情况\n我中心内设科室9个,核定编制46名。\n二、绩效目标完成情况\n全年预算执行率97.3%。\n"
            "三、存在的问题及原因\n部分项目预算编制不够精细。\n")
    doc = clean("目录\n一、部门基本情况\n二、绩效目标完成情况\n三、存在的问题及原因\n" + body)
    assert doc.text.strip() == body.strip()


def test_stacked_headings_of_a_report_printed_twice_are_no_table_of_contents():
    report = "2023年工作总结\n一、主要做法\n(一)加强领导\n1.成立专班\n全年召开会议12次。\n二、存在问题\n人员不足。\n"
    assert clean(report + report).text.count("(一)加强领导") == 2


def test_a_model_scores_the_same_read_from_its_file_form_or_as_trained():
    from reportnlp.models_io import LinearModel, char_grams

    trained = [{"classes": ["no", "yes"], "bias": [-0.3], "threshold": 0.6,
                "weights": {"g:加": [0.8], "g:加强": [1.1], "g:年": [-0.2], "future": [0.9], "past": [-1.4]}},
               {"classes": ["a", "b", "c"], "bias": [0.1, -0.2, 0.05], "max_len": 400,
                "weights": {"g:问": [0.3, -0.1, 0.2], "g:问题": [1.2, 0.0, -0.4], "cue": [0.5, 0.5, -1.0]}}]
    for model in trained:
        as_trained, from_file = LinearModel(**model), LinearModel.from_file_form(LinearModel.file_form(model))
        assert LinearModel.from_file_form(model).scores(["加"]) == as_trained.scores(["加"])  # an older file
        for text, named in (("加强问题整改", {"future": 1.0, "cue": 1.0}), ("年度问题", {"past": 1.0}), ("", {})):
            assert from_file.scores(char_grams(text), named) == as_trained.scores(char_grams(text), named)


def test_markdown_heading_marks_go_and_the_headings_stay():
    text = ("# 个人述职报告\n尊敬的各位领导:\n## 一、2024 年工作回顾\n全年完成需求开发46项。\n"
            "## 二、存在的不足\n对业务政策理解不深。\n## 三、2025 年工作计划\n3月底前完成系统升级。\n#乡村振兴# 话题\n")
    part = process(text).parts[0]
    assert "##" not in part.text and "#乡村振兴#" in part.text
    assert [s.label for s in part.get("sections")][-3:] == ["主要做法", "存在问题", "下一步"]


def test_a_pdfs_running_header_under_each_page_number_is_furniture_not_a_new_report():
    from reportnlp.api import process
    text = ("青峰县疾控中心2025年度部门整体支出绩效自评报告\n一、部门基本情况\n县疾控中心承担全县传染病防控、免疫规划和健康教育等职能，年末在职职工46人。\n"
            "二、绩效目标\n年初设定的整体目标为：适龄儿童免疫规划疫苗接种率≥95%，传染病报告及时率100%。\n\n— 1 —\n\n"
            "青峰县疾控中心绩效自评报告\n三、绩效目标完成情况\n全县适龄儿童免疫规划疫苗接种率97.6%，传染病报告及时率100%。\n\n— 2 —\n\n"
            "青峰县疾控中心绩效自评报告\n四、存在的问题\n一是专业技术人员不足。二是实验室设备老化。\n")
    result = process(text)
    assert len(result.parts) == 1
    assert [x.kind for x in result.removed].count("running_header") == 2


@pytest.mark.parametrize("line", ["------", "2024年完成-----", "---- 一、主要做法 ----", "12 ------"])
def test_a_rule_without_a_page_number_is_not_a_page_break(line):
    assert classify_line(line) != "pagination"


def test_a_document_sites_summary_field_goes_whole_even_with_numbers_in_it():
    from reportnlp.api import clean_text

    text = ("文档简介：本文为副县长在全县2026—2027年度冬春农田水利建设动员会上的讲话，共分四部分，约4200字。\n"
            "同志们：\n今天召开全县冬春农田水利建设动员会，主要任务是部署2026年度工作。\n")
    cleaned = clean_text(text)
    assert "本文为副县长" not in cleaned and "文档简介" not in cleaned
    assert "主要任务是部署2026年度工作" in cleaned


def test_a_reports_title_under_a_posters_note_stays():
    from reportnlp.api import process

    text = ("基层治理交流论坛 » 综治维稳 » 帖子详情\n查看：892 | 回复：3\n"
            "领导让下周交，自己先写了个初稿，各位同行帮忙看看下半年打算部分是不是太虚了。\n\n"
            "云岭街道综治办2026年上半年工作总结及下半年工作打算\n"
            "上半年，街道综治办紧扣平安建设目标，扎实做好矛盾纠纷排查化解工作，辖区社会大局保持稳定。\n"
            "一、上半年工作回顾\n上半年共排查各类矛盾纠纷214件，化解209件，化解率97.7%。\n")
    page = process(text)
    kept = "\n".join((p.meta.get("title") or "") + "\n" + p.text for p in page.parts)
    assert "云岭街道综治办2026年上半年工作总结及下半年工作打算" in kept
    assert "初稿" not in kept


@pytest.mark.parametrize("line", ["一审:驳回起诉", "二审：维持原判"])
def test_a_courts_instance_line_is_no_editors_credit(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["信息公开", "深化政务公开", "预决算信息公开"])
def test_a_disclosure_topic_without_a_units_name_is_no_site_name(line):
    assert classify_line(line) != "site_name"


def test_a_toolbars_related_button_heads_no_related_list():
    # "下载 相关 举报" holds 相关, as a related list's header does; the title under it is no list item
    text = ("县教育局关于加强乡村小规模学校建设的实施意见.docx\n下载　相关　举报\n资源描述：\n\n"
            "关于加强乡村小规模学校建设的实施意见\n"
            "为全面提升乡村教育质量，根据省、市有关文件精神，结合我县实际，提出如下意见。\n"
            "一、总体要求\n到2027年，两类学校全部达到省定办学基本标准。\n")
    removed = [r.text.strip() for r in clean(text).removed]
    assert "关于加强乡村小规模学校建设的实施意见" not in removed
    assert "下载　相关　举报" in removed or "下载相关举报" in removed


def test_a_related_reading_header_that_reads_like_buttons_still_heads_its_list():
    text = ("县两会召开。\n与会人员认为,报告求真务实、催人奋进,为今年工作指明了方向。\n"
            "责编:邓一帆 审核:卢晓\n相关阅读\n县十八届人大四次会议胜利闭幕\n县政协十届四次会议隆重开幕\n")
    removed = [r.text.strip() for r in clean(text).removed]
    assert "县十八届人大四次会议胜利闭幕" in removed and "县政协十届四次会议隆重开幕" in removed


@pytest.mark.parametrize("line", ["项目名称:村级道路硬化工程", "名称:县农业技术推广中心"])
def test_a_form_field_naming_no_document_is_no_page_metadata(line):
    assert classify_line(line) != "article_meta"


def test_every_merged_line_rule_search_runs_on_re():
    # one rule the re module cannot compile (a variable-width lookbehind) makes its whole merged
    # search, run along every line of report text, fall back to the regex module: ~100x slower
    # (the heads are only matched at a line's start)
    import re

    from reportnlp.patterns import resolved
    from reportnlp.stages.boilerplate import _rules

    bodies = [body for body, _, _ in _rules()["line_rules"]._bodies]
    assert bodies and all(isinstance(resolved(p), re.Pattern) for p in bodies)


def test_inline_rules_that_open_with_a_class_run_on_re():
    # an inline rule opening with a class scans the whole page for it: re finds the class at C speed, regex
    # does not. One variable-width lookbehind sends the rule to regex (round 24: a jammer rule's
    # "(?<![(（][一二…\d]{1,2}[)）])" made it 27x slower, +4.7% of a whole pass); write such a lookbehind as
    # fixed-width ones side by side
    import re

    from reportnlp.patterns import resolved
    from reportnlp.stages.boilerplate import _rules

    opening = [(kind, p) for kind, p, *_ in _rules()["inline"] if p.pattern.startswith("[")]
    assert opening
    on_regex = [(kind, p.pattern[:60]) for kind, p in opening if not isinstance(resolved(p), re.Pattern)]
    assert not on_regex


def test_line_gated_inline_rules_find_on_their_lines_what_they_find_over_the_page():
    # an inline rule with a line_gate runs only on the lines holding a match of it (a page's address line, its
    # date rows): it must find there every match a scan of the whole page finds, and no other
    from reportnlp.stages.boilerplate import _lines_holding, _rules

    pages = ["https://www.example.gov.cn/a/b_1.html\n某某局2024年工作总结\n2025-01-02 08:15:00\n"
             "今年以来,我局扎实推进各项工作。5c1^3j8v.?%K@!\n各位代表:, D# k_( t\" m$ C9 ]\n"
             "互致问qZt7Wm候,新冠xiKdqE疫情防控有力。iPhone15 PowerPoint\n",
             "5 c1 ^3 j8 v. ?% K@ !\n工作总结(转)* i* D8 N\" i9 u\nD# k_( t\" m$ C9 ]一、主要工作\n"
             "ab&cd#ef*gh;(一)强化组织领导\n全年完成投资1.2亿元。x=1;y=2;z=ab\n"]
    gated = [(kind, p, gate) for kind, p, _, gate in _rules()["inline"] if gate is not None]
    assert gated
    hits = 0
    for text in pages:
        for kind, p, gate in gated:
            whole = [m.span() for m in p.finditer(text)]
            lines = [m.span() for s, e in _lines_holding(gate, text) for m in p.finditer(text, s, e)]
            assert lines == whole, (kind, text)
            hits += len(whole)
    assert hits  # (the examples hold matches)


def test_a_formal_reports_title_block_and_speaker_line_stay():
    # a 人大 / 政府工作报告's title split over two lines, its dated subtitle and the speaker above the
    # salutation are the report's own, not a caption or chrome
    text = ("溪山县人民代表大会\n常务委员会工作报告\n——2026年1月12日在溪山县第十六届人民代表大会第五次会议上\n"
            "溪山县人大常委会主任 柯明远\n各位代表、同志们:\n我受县人大常委会的委托,向大会报告工作,请予审议。\n"
            "一、2025年的主要工作\n全年召开常委会会议8次,听取和审议专项工作报告14项。\n")
    doc = clean(text)
    assert "常务委员会工作报告" in doc.text
    assert "溪山县人大常委会主任" in doc.text
    # a caption of who reported still goes
    assert classify_line("代表团团长作报告") == "photo_caption"
    assert classify_line("院长孔维平作工作报告") == "photo_caption"
    assert classify_line("党委书记作年度工作报告") == "photo_caption"


def test_a_paywall_cut_inside_the_text_goes_and_both_sides_stay():
    doc = clean("为加强校园安全管理,我校开展了自查。在宿舍区更换了灭火器 ……此处隐藏6120个字……操场护栏做到每月检修,"
                "建立了台账。\n摘要:某局年度总结 今年以来,我局围绕… ...(全文共:4878字)\n下一步,我校将于9月底前完成监控升级。\n")
    assert "此处隐藏" not in doc.text and "全文共" not in doc.text
    assert "更换了灭火器操场护栏做到每月检修" in doc.text and "下一步,我校将于9月底前" in doc.text
    # the words alone, in a sentence of the report, stay
    doc = clean("县档案馆对涉密档案作了技术处理,此处隐藏的页码不再对外公布。全文共分三个部分。\n")
    assert "此处隐藏的页码" in doc.text and "全文共分三个部分" in doc.text


def test_a_metadata_run_glued_to_the_lead_goes_with_its_dateline():
    doc = clean("某县妇幼保健院召开职工代表大会\n2024-12-15 来源:某某卫生网 - 某某卫生报 浏览:次某某卫生网讯(记者林一 通讯员"
                "方二)12月13日下午,某县妇幼保健院职工代表大会召开,职工代表共计80人参加。\n")
    assert "来源" not in doc.text and "网讯" not in doc.text and "记者" not in doc.text
    assert "12月13日下午,某县妇幼保健院职工代表大会召开" in doc.text
    # a report's sentence with a date and a reading count stays
    doc = clean("2024-12-15,全县政务新媒体累计阅读量达12万次,来源:县融媒体中心统计。\n")
    assert "累计阅读量达12万次" in doc.text and "2024-12-15" in doc.text
