"""Round 31 (r31split): document types and titles on real pages that teach a genre or report on 政务公开 without
their title: writing guides typed by the genre they teach, untitled 政府信息公开 annual reports, a 合集 item's marker
run into its first sentence after one blank.

Every page here is made up: invented units, names, places and numbers. Each class has must-catch pages in two
phrasings and look-alikes (a report whose words resemble the cue) that must stay as they were.
"""
from page_text import doc_titles as _titles, doc_types as _types


# -- 1. a guide to writing a genre names the parts of the text it teaches: none of the report types ---------------

GUIDE_SUMMARY = """年终总结的结构与写法
每年岁末,不少同事都在为年终总结发愁。本文把总结的结构拆开来讲,供大家动笔前参考。
一、什么是工作总结
工作总结是对一个时期工作的回顾和梳理,要把做了什么、做得怎样、还差什么讲清楚。
二、标题怎么拟
标题一般由单位名称、时间段和文种三部分构成,比如"某某中心2031年度工作总结",也可以用一句话点明主旨。
三、正文怎么安排
正文通常包括开头、主体和结尾。开头交代背景和总体评价;主体写成绩、做法和问题,多用数据说话;结尾写今后的打算。
四、落款
落款写明单位和日期,单位名称已在标题中出现的,可以只写日期。
"""

GUIDE_SHUZHI = """楼主 发表于 2031-11-02
述职报告到底该怎么动笔?我把这些年帮领导改稿的体会整理了一下,分享给坛友。
先说开篇。开篇用两三句话交代任职时间、岗位和分管工作,字数不宜多,三百字以内为好。
再说主体。主体是述职的重心,要围绕岗位职责逐项说明履职情况,篇幅可以占全文的七成左右。
最后说结尾。结尾简要讲不足和打算,态度要诚恳,切忌空喊口号。
回复 引用 举报
"""

GUIDE_TITLED = """如何写好自查报告
自查报告是单位对照上级要求检查自身工作后形成的书面材料。
一、先弄清检查依据。动笔前要把通知的要求逐条列出来,做到心中有数。
二、问题要写实。自查发现的问题要具体,不能用"有待加强"之类的话一笔带过。
三、整改要有时限。每个问题都要对应整改措施、责任人和完成时间。
"""

OFFICE_SUMMARY = """县政府办公室2031年工作总结
2031年,县政府办公室围绕中心工作,扎实做好以文辅政、督查督办和后勤保障各项工作。
一、文稿服务质量提升
全年起草各类文稿186篇,严格执行公文格式规范,公文差错率下降到0.3%。
二、督查督办有力
立项督办事项52件,已办结49件,办结率94.2%。
三、机关文体活动丰富
组织机关干部开展文体活动6次,参与人数达420人次。
四、存在问题和下一步打算
个别文稿标题拟制不够精炼。明年将加强业务培训,确保各项工作再上台阶。
"""

TRAINING_SUMMARY = """市档案馆2031年公文写作培训班工作总结
今年5月,市档案馆举办公文写作培训班一期,全市各单位文秘人员86人参加。
一、主要做法
培训班设置公文写作实务、信息编报两个专题,并安排开头部分的案例研讨,学员提交习作80篇。
二、取得成效
参训人员普遍反映收获较大,测试合格率达97.6%。
三、下一步打算
明年将把培训延伸到乡镇,力争年内覆盖全部基层单位。
"""


def test_writing_guide_of_a_summary_is_other():
    assert _types(GUIDE_SUMMARY) == ["其他"]


def test_forum_post_on_writing_a_shuzhi_is_other():
    assert _types(GUIDE_SHUZHI) == ["其他"]


def test_guide_by_its_title_is_other():
    assert _types(GUIDE_TITLED) == ["其他"]


def test_guide_title_phrasings():
    for title in ("怎样撰写调研报告", "述职报告写作要点", "怎样写好年度工作总结"):
        page = title + "\n" + GUIDE_TITLED.split("\n", 1)[1]
        assert _types(page) == ["其他"], title


def test_office_summary_saying_format_and_titles_stays_summary():
    # 格式 / 起草 / 文体 / one 标题: the words of an office's work, not of a writing guide
    assert _types(OFFICE_SUMMARY) == ["工作总结"]


def test_writing_training_summary_stays_summary():
    # a summary of a writing course: its title ends on 工作总结, and 写作培训 names no guide
    assert _types(TRAINING_SUMMARY) == ["工作总结"]


# -- 2. an annual 政府信息公开 report prints the mandated headings: a review, also without its title --------------

NIANBAO_BASIS = """遵照《中华人民共和国政府信息公开条例》,县林业局整理全年数据写成本报告,统计时段是2031全年。
一、总体情况
2031年,县林业局把政务公开纳入年度考核,全年在门户网站发布各类信息212条。
二、主动公开政府信息情况
第二十条第(一)项 |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 1 | 0 | 6 |
三、存在的主要问题及改进情况
信息更新还不够及时。下一步将落实专人负责,确保信息按时发布。
"""

NIANBAO_RULES = """按《中华人民共和国政府信息公开条例》相关规定,结合本局实际,制定本报告:
一、总体情况
县统计局严格落实政务公开各项要求,全年主动公开统计数据和工作动态信息74条。
二、主动公开政府信息情况
全年主动公开规范性文件0件。
三、收到和处理政府信息公开申请情况
全年收到政府信息公开申请2件,均在法定期限内答复。
四、其他需要报告的事项
无。
"""

NIANBAO_AUDIT = """青岭县审计局2031年度政府信息公开工作年度报告
一、总体情况
2031年,县审计局认真贯彻政务公开工作部署,全年公开审计结果公告9篇。
二、主动公开政府信息情况
第二十条第(一)项 |
规章 | 0 | 0 | 0 |
三、收到和处理政府信息公开申请情况
本年未收到政府信息公开申请。
"""

NIANBAO_NOTICE = """关于做好2031年度政府信息公开工作年度报告编制发布工作的通知
各乡镇人民政府,县直各单位:
为做好年度报告编制工作,现将有关事项通知如下:
一、年度报告应写明主动公开政府信息情况、存在的主要问题、收到和处理政府信息公开申请情况等内容。
二、各单位要于1月20日前完成编制并在门户网站发布。
"""

OPENNESS_SUMMARY = """2031年,镇政务服务中心围绕便民利民目标,全力推进政务公开和服务标准化建设,取得了明显成效。现将全年工作总结如下:
一、主要工作
全年主动公开政府信息情况良好,累计发布信息156条,办理群众咨询1200余件。
二、下一步打算
继续做好政务公开工作,年底前完成公开目录更新。
"""


def test_untitled_annual_report_by_its_basis_is_summary():
    assert _types(NIANBAO_BASIS) == ["工作总结"]


def test_untitled_annual_report_by_its_rules_is_summary():
    assert _types(NIANBAO_RULES) == ["工作总结"]


def test_annual_report_of_an_audit_office_is_summary():
    # the 工作总结 title rule passes over a title naming 审计; the mandated headings type it
    assert _types(NIANBAO_AUDIT) == ["工作总结"]


def test_notice_on_compiling_annual_reports_stays_notice():
    assert _types(NIANBAO_NOTICE) == ["通知"]


def test_openness_summary_naming_one_heading_stays_summary():
    assert _types(OPENNESS_SUMMARY) == ["工作总结"]


# -- 3. a 合集 item's marker after one blank, run into its first sentence -----------------------------------------

PLAN_ITEMS = """城关小学春季工作计划范文汇编(3篇)
下面是小编整理的城关小学春季工作计划,仅供参考。
城关小学春季工作计划 篇1为贯彻县教育局春季开学工作会议精神,结合我校实际,制定本学期工作计划。
一、指导思想
以立德树人为根本任务,全面推进素质教育,努力办好家门口的好学校。
二、主要工作
1、加强师资队伍建设,组织教师参加各级培训20人次以上。
2、规范课后服务,确保学生参与率达到90%以上。
"""

SUMMARY_ITEM = """社区年终材料精选
南溪社区2031年工作总结 篇2为确保各项任务落到实处,社区两委班子团结协作,各项工作稳步推进。
一、主要工作
全年组织志愿服务活动36场,走访困难家庭128户,发放慰问金4.6万元。
二、存在问题
社区活动阵地面积偏小,群众参与度有待提高。
三、下一步打算
明年将新建居民议事厅一处,力争6月底前投入使用。
"""

SENTENCE_SUMMARY = """2031年,青禾村两委围绕产业振兴和人居环境整治,扎实推进各项工作。
一、主要工作
各村民小组认真撰写年度工作总结为做好明年工作打下了基础。全年新修产业路3.2公里,改造危房12户。
二、下一步打算
明年将继续抓好产业发展,力争村集体收入增长10%。
"""


def test_plan_item_marker_run_into_its_text_gives_the_title():
    assert _titles(PLAN_ITEMS)[0] is not None and _titles(PLAN_ITEMS)[0].startswith("城关小学春季工作计划")


def test_summary_item_marker_run_into_its_text_gives_the_title():
    assert _titles(SUMMARY_ITEM)[0] is not None and _titles(SUMMARY_ITEM)[0].startswith("南溪社区2031年工作总结")


def test_genre_word_before_a_purpose_clause_is_no_title():
    # "…年度工作总结为做好…" with no item marker between is one sentence
    assert _titles(SENTENCE_SUMMARY) == [None]
    assert _types(SENTENCE_SUMMARY) == ["工作总结"]


# -- 4. an article that says it reads a report for its readers: none of the report types ----------------------------

READING_LEAD = """一文看懂县政府工作报告
开年第一会刚刚落幕,本文将带领大家逐段解读《2032年青川县政府工作报告》,看看去年干成了哪些事、今年要干哪些事。
总结去年,成效亮眼
报告总结了过去一年的工作,2031年全县取得了地区生产总值增长6.1%的成效,新增城镇就业4200人,工作情况总体良好。
展望今年,目标明确
报告提出,今年将新建改建农村公路120公里,新增托位300个。
"""

READING_KEYWORDS = """政府工作报告是一年施政的总纲,本文通过三个关键词来解读今年的市政府工作报告,帮助大家把握发展重点。
关键词一:成效
报告总结说,去年全市工作取得了新成效,重点项目完成投资198亿元,总结经验、巩固成效是今年的基础。
关键词二:民生
报告明确新增学位3000个,改造老旧小区42个。
"""

BRIEFING_SUMMARY = """今年以来,县司法局组织开展政策解读进村入户活动,取得了明显成效。
一、主要做法
全年举办政策解读会32场,发放宣传资料1.8万份,解答群众咨询960人次。
二、下一步打算
明年将继续深化普法宣传,年底前实现村级法律顾问全覆盖。
"""


def test_article_reading_a_report_for_its_readers_is_other():
    assert _types(READING_LEAD) == ["其他"]


def test_article_reading_by_keywords_is_other():
    assert _types(READING_KEYWORDS) == ["其他"]


def test_summary_of_policy_briefings_stays_summary():
    assert _types(BRIEFING_SUMMARY) == ["工作总结"]


SECOND_ITEM = PLAN_ITEMS + """城关小学春季工作计划 篇2新学期开学在即,为让各项工作有序开展,学校拟定本学期工作安排。
一、工作目标
全校学科及格率达到95%以上,优秀率较上学期提高3个百分点。
二、具体措施
落实集体备课制度,各教研组每两周开展一次集中研讨,期末前实现学困生结对帮扶全覆盖。
"""

SECOND_SUMMARY_ITEM = SUMMARY_ITEM + """南溪社区2031年工作总结 篇3“民生无小事”,一年来社区始终把居民的难事放在心上,办好了一批实事。
一、主要工作
全年改造老旧楼道照明48处,新增电动自行车充电桩60个,调解邻里纠纷37起。
二、下一步打算
明年将推进加装电梯工作,力争年内完成2部。
"""


def test_second_plan_item_run_into_its_text_is_a_report():
    titles = _titles(SECOND_ITEM)
    assert len(titles) == 2 and titles[1] is not None and titles[1].startswith("城关小学春季工作计划")


def test_item_run_into_a_quote_is_a_report():
    titles = _titles(SECOND_SUMMARY_ITEM)
    assert len(titles) == 2 and titles[1] is not None and titles[1].startswith("南溪社区2031年工作总结")


def test_count_of_pieces_after_a_genre_word_is_no_item():
    # "…调研报告3篇" counts the pieces written: no item marker, one report
    page = """2031年,县政策研究室围绕中心工作深入基层,全年撰写调研报告3篇,编发参阅材料12期。
一、主要工作
调研报告篇幅适中,多篇获县领导批示。全年组织专题座谈会8场,收集意见建议150条。
二、下一步打算
明年将围绕乡村振兴再选3个课题,力争年底前完成调研任务。
"""
    assert len(_titles(page)) == 1
