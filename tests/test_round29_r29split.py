"""Round 29 (r29split): report boundaries, titles and types on real pages where a 目录, a 合集's head or its
markers, a notice without its title or a dated news lead stand around the reports.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (a block, title or lead that resembles the cue) that must stay as they were.
"""
from page_text import doc_titles as _titles, doc_types as _types, docs as _docs


SUMMARY_BODY = """过去一年,青禾镇围绕产业发展和基层治理两条主线,扎实推进各项工作,全镇经济社会保持平稳向好。
一、主要工作
(一)产业发展提速。新签约项目6个,协议投资4.2亿元,规上工业产值同比增长8.5%。
(二)民生保障有力。新增城镇就业岗位420个,发放临时救助资金86万元。
二、存在问题
项目落地偏慢,村集体经济增收渠道仍然偏窄。
三、下一步打算
2032年将继续抓好项目建设,力争6月底前新开工项目3个。
"""

SECOND_BODY = """今年以来,县图书馆以全民阅读为抓手,开展读书分享活动38场,接待读者5.6万人次。
一、主要做法
完善总分馆服务体系,新建城市书房2个,配送图书1.2万册。
二、存在不足
乡镇分馆开放时间不够稳定。
三、下一步工作
明年将推动分馆延时开放,年底前实现通借通还全覆盖。
"""


# -- 1. a leading 目录 of entries is no report: a 汇编's page-numbered titles, a report's outline and attachment list ----

COMPILATION_TOC = """2031年度总结与2032年计划汇编(12篇)
目录
1.青禾镇2031年工作总结和2032年工作计划 3
2.县图书馆2031年工作总结 9
3.县医保局2031年工作总结与2032年工作思路 14
4.某街道2031年平安建设工作总结 20
5.县统计局2031年统计工作小结及2032年安排 26
6.某社区2031年工作总结 31
7.县总工会2031年工作总结 35
8.某局2031年法治建设工作总结 40
9.县农业农村局2031年工作总结 44
10县水利局2031年安全生产工作总结 49
11.县文旅局2031年工作总结及2032年工作要点 53
12.某镇民政办2031年工作总结 58
青禾镇2031年工作总结和2032年工作计划
""" + SUMMARY_BODY

OUTLINE_ANNEXES = """县档案馆2031年单位整体支出绩效自评报告
目录
一、部门概况
(一)机构设置
(二)主要职能
二、绩效目标
三、评价结论
四、存在的问题
五、改进措施
附件1绩效自评指标表
附件2问卷调查情况
附件3收入支出决算表(单位:元)
县档案馆
2031年度单位整体支出绩效自评报告
一、单位概况
截至2031年12月31日,县档案馆核定事业编制14名,实有在编人员12人,馆藏档案8.6万卷。
二、绩效目标
全年计划完成档案数字化扫描30万页,接待查档群众1500人次。
三、评价结论
全年完成数字化扫描31.2万页,接待查档1620人次,自评得分92分。
四、存在的问题
部分项目资金支出进度偏慢。
五、改进措施
下一步将按季度通报支出进度,确保9月底前完成年度支出的80%。
"""


def test_compilation_toc_with_page_numbers_is_no_report():
    docs = _docs(COMPILATION_TOC)
    assert len(docs) == 1
    assert docs[0].title == "青禾镇2031年工作总结和2032年工作计划"
    assert docs[0].text.startswith("过去一年,青禾镇")


def test_outline_over_attachment_list_is_no_report():
    docs = _docs(OUTLINE_ANNEXES)
    assert len(docs) == 1
    assert docs[0].title.endswith("2031年度单位整体支出绩效自评报告")
    assert "附件1" not in (docs[0].title or "")
    assert "截至2031年12月31日" in docs[0].text
    assert docs[0].doc_type == "自查报告"


# look-alike: a first report of numbered points written as sentences stays a report
NUMBERED_REPORT_FIRST = """县妇联2031年工作要点完成情况
1.开展巾帼建功活动,全年培训妇女骨干320人次。
2.推进家庭教育指导服务,建成指导站14个。
3.维护妇女儿童权益,受理来访诉求96件,办结率100%。
4.加强自身建设,开展专题学习12次。
5.做好结对帮扶,走访困难妇女家庭58户。
县图书馆2031年工作总结
""" + SECOND_BODY


def test_numbered_report_with_sentences_stays_a_report():
    docs = _docs(NUMBERED_REPORT_FIRST)
    assert len(docs) == 2
    assert docs[1].title == "县图书馆2031年工作总结"


# look-alike: a notice's attachment list under its text stays the notice's, and titles nothing
NOTICE_ANNEX_LIST = """关于做好2032年春季森林防火工作的通知
各乡镇人民政府,县直有关单位:
为切实做好今年春季森林防火工作,现将有关事项通知如下:
一、各乡镇要于3月10日前完成护林员培训,每村配备护林员不少于2名。
二、各单位要严格落实24小时值班制度,发现火情立即报告。
三、请各乡镇于3月15日前将防火责任人名单报县林业局。
附件1森林防火责任人名单
附件2护林员培训情况统计表
县森林防火指挥部办公室
2032年2月26日
"""


def test_notice_attachment_list_titles_nothing():
    docs = _docs(NOTICE_ANNEX_LIST)
    assert len(docs) == 1
    assert docs[0].doc_type == "通知"
    assert all("附件" not in (d.title or "") for d in docs)


# -- 2. a 合集 head's count is no part of a title; under a bare marker the head names the item ----------------------

HEAD_WITH_COUNT = """2031年机关党建工作总结6篇(完整版)

时间:2031-11-02 09:12:40 工作总结 来源:用户上传

机关党建工作总结6篇

机关党建工作总结篇1

""" + SUMMARY_BODY

HEAD_OVER_BARE_MARKER = """2031年机关办公室工作总结(2篇)
篇1
2031年,县政府办公室坚持服务大局,全年办理来文1860件,组织专题调研12次,形成调研报告8份,编发信息简报210期。
一、主要工作
(一)统筹协调有力。全年协调重点事项130余项,督办事项办结率98%。
(二)文电运转规范。落实公文审核三级把关,退改不规范公文46件。
二、存在问题
调研成果转化还不够充分。
三、下一步打算
明年将健全督办台账,力争重点事项按期办结率达到100%。
"""


def test_head_count_leaves_the_title():
    docs = _docs(HEAD_WITH_COUNT)
    assert docs[0].title == "2031年机关党建工作总结"


def test_bare_marker_takes_the_head_title_and_type():
    docs = _docs(HEAD_OVER_BARE_MARKER)
    assert docs[0].title == "2031年机关办公室工作总结"
    assert docs[0].doc_type == "工作总结"


# look-alike: a bare marker with no head above names nothing
BARE_MARKER_NO_HEAD = "篇2\n" + SUMMARY_BODY


def test_bare_marker_without_head_names_nothing():
    assert _titles(BARE_MARKER_NO_HEAD) == [None]


# look-alike: a count that is no collection's (no title line before it) stays in the title
COUNT_NOT_HEAD = "青禾镇开展读书分享活动12篇\n" + SUMMARY_BODY


def test_count_without_title_line_before_stays():
    assert _titles(COUNT_NOT_HEAD)[0] in (None, "青禾镇开展读书分享活动12篇")


# -- 3. item markers in brackets (their 】 lost or not) and markers naming a term after the genre -------------------

BRACKET_MARKERS = """社区工作总结精选(2篇)

【第1篇 2031年青禾社区工作总结

""" + SUMMARY_BODY + """
【第2篇】2031年县图书馆工作总结

""" + SECOND_BODY

TERM_MARKERS = """首页 > 工作计划 > 德育工作计划

小学德育工作计划(3篇)

小学德育工作计划春季篇一

本学期,学校以养成教育为重点,计划开展主题班会40次,组织家长会2次,邀请家长代表参与班级管理,建立家校联系台账,每月通报一次学生行为规范情况。
一、工作目标
学生行为规范达标率达到95%以上。
二、主要措施
开展文明礼仪月活动,每月评选文明班级。
三、时间安排
3月完成班主任培训,6月底前完成学期德育考核。

小学德育工作计划秋季篇二

本学期,学校德育工作以安全教育为主线,计划组织应急疏散演练4次,开展防溺水、交通安全专题教育各2次,并邀请派出所民警进校开设法治讲座。
一、工作目标
实现校园安全事故零发生。
二、主要措施
落实一岗双责,签订安全责任书。
三、时间安排
9月开展开学安全教育周,12月底前完成校舍安全排查。
"""


def test_bracket_markers_name_their_items():
    docs = _docs(BRACKET_MARKERS)
    assert [d.title for d in docs] == ["2031年青禾社区工作总结", "2031年县图书馆工作总结"]
    assert [d.doc_type for d in docs] == ["工作总结", "工作总结"]


def test_term_markers_name_their_items():
    docs = _docs(TERM_MARKERS)
    assert [d.title for d in docs] == ["小学德育工作计划春季", "小学德育工作计划秋季"]
    assert [d.doc_type for d in docs] == ["其他", "其他"]


# look-alike: a marker whose words before the term are no title line names nothing
TERM_NOT_TITLE = """校园精彩瞬间(2篇)

校园精彩瞬间春季篇一

""" + SECOND_BODY


def test_term_marker_without_title_line_names_nothing():
    assert _titles(TERM_NOT_TITLE)[0] is None


# -- 4. a news lead opening on a full date with its year, or at 早晨, reports a meeting: no report type -------------

DATED_MEETING_NEWS = """2031年12月27日,青禾镇柳岸社区召开2031年度年终工作总结会,会议由社区党委书记周明远主持。社区两委成员、党员代表和居民代表40余人参加会议。
会上,周明远代表社区两委作年度工作总结报告,社区干部逐一述职,参会人员进行了民主测评。
会议要求,2032年社区要抓好老旧小区改造和垃圾分类,努力建设整洁有序的新社区。
"""

MORNING_MEETING_NEWS = """1月9日早晨,县图书馆在三楼报告厅召开2031年度工作总结暨述职评议会,馆长林若溪主持会议。
会上,各部室负责人围绕全年工作、存在问题和明年打算进行述职,与会人员现场测评。
林若溪要求,各部室要对照测评意见抓好整改,确保新年度各项工作开好局。
"""


def test_dated_lead_with_year_is_news():
    assert _types(DATED_MEETING_NEWS) == ["其他"]


def test_morning_lead_is_news():
    assert _types(MORNING_MEETING_NEWS) == ["其他"]


# look-alike: a report whose opening names its year only stays a summary
YEAR_ONLY_REPORT = """2031年,青禾镇召开各类推进会议16次,研究解决重点问题42个,取得了明显成效。现将全年工作总结如下:
一、主要工作
全年新签约项目6个,新增就业岗位420个。
二、存在问题
项目落地偏慢。
三、下一步打算
明年将继续抓好项目建设。
"""


def test_year_only_report_stays_summary():
    assert _types(YEAR_ONLY_REPORT) == ["工作总结"]


# -- 5. a notice that prints no title: 印发给你们 ------------------------------------------------------------------

UNTITLED_NOTICE = """各乡镇人民政府,县直各部门:
为全面完成县第十九届人民代表大会第三次会议确定的各项目标任务,经县政府同意,现将《2032年重点工作责任清单》印发给你们。
各责任单位要对照清单细化措施,明确责任人和完成时限,每季度末向县政府督查室报送进展情况。
附件:《政府工作报告》任务分解表
县人民政府办公室
2032年2月3日
"""

UNTITLED_NOTICE_2 = """各村党支部、村委会:
《青禾镇2032年人居环境整治提升方案》已经镇党委会议研究,现印发你们,望认真组织实施。
各村要于3月20日前将本村实施计划报镇农业服务中心。
中共青禾镇委员会
2032年3月6日
"""


def test_untitled_notice_is_notice():
    assert _types(UNTITLED_NOTICE) == ["通知"]


def test_untitled_notice_other_phrasing_is_notice():
    assert _types(UNTITLED_NOTICE_2) == ["通知"]


# look-alike: a summary that tells what it issued stays a summary
SUMMARY_ISSUED = """县司法局2031年工作总结
2031年,县司法局先后印发《普法责任清单》等文件5份,开展法治宣传活动86场,取得了明显成效。
一、主要工作
调解矛盾纠纷1260件,调解成功率97.8%。
二、下一步打算
明年将推进公共法律服务平台建设。
"""


def test_summary_that_issued_files_stays_summary():
    assert _types(SUMMARY_ISSUED) == ["工作总结"]


# -- 6. a progress 通报 is none of the report types --------------------------------------------------------------

PROGRESS_BULLETIN = """关于2032年一季度为民办实事项目推进情况的通报
县政府年初确定的48件为民办实事,各乡镇、各部门合力推进,取得了较好成效。现将一季度推进情况通报如下:
到3月31日,已办结9件,办结率18.8%;开工建设41件,开工率85.4%。
下一步,各牵头单位要加快滞后项目进度,县督查室将对严重滞后的事项挂牌督办。
"""

HOTLINE_BULLETIN = """全县12345热线2月份诉求办理情况通报
2月份,全县12345热线共受理群众诉求3120件,按时办结率99.1%,群众满意率96.4%,工作成效明显。
从诉求类型看,城乡建设类最多,有860件,占27.6%。
各承办单位要对不满意件逐件回访,确保问题真正解决。
"""


def test_progress_bulletin_is_other():
    assert _types(PROGRESS_BULLETIN) == ["其他"]


def test_hotline_bulletin_is_other():
    assert _types(HOTLINE_BULLETIN) == ["其他"]


# look-alike: a 巡察整改 通报 is left to its cues (its golds type it 自查报告 mostly)
REMEDY_BULLETIN = """中共青禾县文化馆支部关于巡察整改进展情况的通报
根据县委统一部署,县委第二巡察组对我馆开展了巡察。我馆对照反馈问题开展自查,逐项整改,现将整改进展情况通报如下:
一、整改工作开展情况
反馈问题11个,已完成整改9个,正在整改2个。
二、下一步工作
我馆将持续抓好剩余问题整改,年底前全部完成。
"""


def test_remedy_bulletin_not_typed_by_the_rule():
    assert _types(REMEDY_BULLETIN) != ["其他"]


# -- 2b. a later item under a bare marker takes the head's title too -------------------------------------------------

SECOND_BARE_MARKER = HEAD_OVER_BARE_MARKER + """篇2
2031年,镇党政办公室坚持服务领导、服务基层、服务群众,全年收文860件、发文124件,承办各类会议52次,会议纪要按时印发。
一、主要工作
(一)办文规范。做到当天登记、及时流转,全年无积压。
(二)后勤保障到位。公务用车统一调度,全年节约经费6.3万元。
二、存在问题
办公室人员少、任务重,信息化办公水平不高。
三、下一步打算
明年将推进无纸化会议系统建设,年内实现镇村两级公文网上流转。
"""


def test_second_bare_marker_takes_the_head_title():
    docs = _docs(SECOND_BARE_MARKER)
    assert [d.title for d in docs] == ["2031年机关办公室工作总结", "2031年机关办公室工作总结"]
    assert [d.doc_type for d in docs] == ["工作总结", "工作总结"]


# -- 7. a summary joined to the next year's plan with 与 is a title line ---------------------------------------------

SUMMARY_WITH_PLAN = """县档案馆2031年工作总结与2032年工作打算
""" + SECOND_BODY

SUMMARY_WITH_PLAN_2 = """县林业局2031年森林防火工作总结与2032年工作设想
2031年,县林业局坚持预防为主,全年组织防火巡查1.2万人次,森林火灾受害率控制在0.2‰以内。
一、主要工作
新建防火隔离带18公里,培训扑火队员260人次。
二、存在问题
部分护林员年龄偏大。
三、2032年工作设想
年内更新扑火机具120台套。
"""


def test_summary_with_plan_joined_by_yu_is_title():
    assert _titles(SUMMARY_WITH_PLAN) == ["县档案馆2031年工作总结与2032年工作打算"]
    assert _titles(SUMMARY_WITH_PLAN_2) == ["县林业局2031年森林防火工作总结与2032年工作设想"]


# look-alike: a sentence-like line with 与 and a plan word is no title (it carries a comma)
NOT_TITLE_YU = """总结与展望,县档案馆明年打算
""" + SECOND_BODY


def test_line_with_comma_is_no_title():
    assert _titles(NOT_TITLE_YU) == [None]


# -- 8. a summary joined to next year's 方案, glued to its first sentence on a flattened doc-share page; a title that
#       reviews is no 方案 ------------------------------------------------------------------------------------------

GLUED_SUMMARY_SCHEME = """1、县机关后勤服务中心2031年度总结及2032年工作方案2031年,中心在县委县政府的领导下,围绕管理、服务、保障三项职能,全年完成公务用房调配46处,节约能耗支出38万元,较好完成了年度任务。具体汇报如下:一、主要成效(一)办公用房管理规范。建立公务用房台账,清理超标用房12处。
2、(二)节能降耗成效明显。机关大院更换节能灯具860盏,全年节电9.6万度。(三)公务用车保障有力。全年派车2100余次,无一起安全事故。(四)后勤服务持续优化。机关食堂推行预约就餐,全年减少浪费约3.2吨,职工满意率96%。三、存在的不
3、足一是专业人员偏少;二是部分老旧办公楼能耗偏高。四、2032年工作方案一是推进公务用房数字化管理;二是年内完成机关食堂改造。
"""

GLUED_SUMMARY_PLAN_YU = """县文化馆2031年工作总结与2032年工作计划今年以来,县文化馆以群众文化活动为抓手,举办广场文艺演出36场,开展公益培训120期,服务群众4.2万人次。
一、主要工作
组建乡村文艺队伍18支,送戏下乡52场。
二、下一步打算
明年将新建村级文化服务点6个。
"""


def test_glued_summary_with_scheme_is_title_and_summary():
    docs = _docs(GLUED_SUMMARY_SCHEME)
    assert docs[0].title == "县机关后勤服务中心2031年度总结及2032年工作方案"
    assert docs[0].doc_type == "工作总结"


def test_glued_summary_with_plan_yu_is_title():
    docs = _docs(GLUED_SUMMARY_PLAN_YU)
    assert docs[0].title == "县文化馆2031年工作总结与2032年工作计划"
    assert docs[0].doc_type == "工作总结"


# look-alike: a plan's own title ending on 方案 still types it 其他
PLAN_TITLE = """青禾镇2032年安全生产专项整治工作方案
为深入开展安全生产专项整治,结合我镇实际,特制定本方案。
一、工作目标
全年生产安全事故起数下降10%以上。
二、工作步骤
3月底前完成隐患排查,6月底前完成集中整治,11月底前完成验收。
"""


def test_plan_title_stays_other():
    assert _types(PLAN_TITLE) == ["其他"]


# -- 9. a news item opening on a speaker's words in quotes, then the speaker by role telling them: no 述职报告 -------------

QUOTE_LEAD_NEWS = """“2031年,我们村建成蔬菜大棚40座,村集体经济收入突破80万元,还为村里70岁以上老人办起了爱心食堂。明年我们要把冷链仓储建起来。”1月11日,在青禾镇柳塘村,村党支部书记林水生面对镇里组织的述职考评组侃侃而谈。
柳塘村是青禾镇开展村党组织书记年终述职的第一站。考评组由镇班子成员、各片区负责人和部分党员代表组成,逐村听取述职、查看台账。
据了解,全镇16个村的考评得分将计入村干部年度绩效。
"""

QUOTE_LEAD_NEWS_2 = """“过去一年,我们社区新增停车泊位260个,改造老旧楼道43处,居民满意率明显提升。”近日,桐溪街道枫林社区党委书记周晓梅在2031年度社区书记述职评议会上“晒”成绩时,台下响起了掌声。
当日,街道班子成员、各社区书记和居民代表参加述职评议会,14名社区书记依次述职并接受民主测评。
"""


def test_quote_lead_news_is_other():
    assert _types(QUOTE_LEAD_NEWS) == ["其他"]


def test_quote_lead_news_other_phrasing_is_other():
    assert _types(QUOTE_LEAD_NEWS_2) == ["其他"]


# look-alike: a 述职报告 that opens on a motto in quotes and names the reporter after a full stop stays one
QUOTE_MOTTO_SHUZHI = """“把群众的事当成自己的事,把群众的难处当成自己的难处。”这是我担任村党支部书记以来始终坚持的原则。现将本人2031年度履职情况述职如下:
一、主要工作
带领村两委建成蔬菜大棚40座,村集体经济收入达到80万元。
二、存在不足
本人理论学习还不够系统。
三、今后打算
明年将推动冷链仓储项目落地,力争集体经济收入突破100万元。
"""


def test_motto_opening_shuzhi_stays():
    assert _types(QUOTE_MOTTO_SHUZHI) == ["述职报告"]
