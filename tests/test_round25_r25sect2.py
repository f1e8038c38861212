"""Round 25, second wave (r25sect2): section labels on real pages of PDF / doc-share copies that begin mid-document,
政府工作报告 pages cut into parts, and meeting news of 集团 / unit year-end meetings. All pages made up."""
from page_text import label_at, named

# --- 1. a page cut mid-sentence (a later page of a split article): the text above the first heading ends a part ---

CUT_QUOTE = """优秀组织奖”称号。面对汛期偏早的复杂形势,全区上下落实各项防御措施,连续四年未发生重大灾情。全年新建农村公路46公里,改造危桥7座。
在充分肯定成绩的同时,也应清醒地看到我区发展中还面临不少困难和问题,主要表现在:产业结构不够优化,财政增收渠道偏窄。
二、2031年工作安排
2031年,区政府将重点抓好以下工作:一是加快园区建设,二是推进城乡融合。
"""

CUT_CLAUSE = """,全年共接待群众来访312批次,化解矛盾纠纷95件,调解成功率达到97.8%。各村(社区)调解组织实现全覆盖。
四、存在的不足
部分村调解员年龄偏大,业务培训不够经常。
五、下一步打算
下一步,我们将加强调解员队伍建设,每季度组织一次集中培训。
"""

# look-alike: a report whose opening quotes a campaign's name (“…”) keeps its opening as the intro
QUOTED_OPENING = """2030年,县文旅局以“文旅融合年”为抓手,全力推进各项工作。现将全年工作总结如下:
一、主要工作
全年接待游客216万人次,同比增长9.4%。
二、存在问题
旅游产品同质化,夜间消费偏少。
三、下一步打算
下一步,我局将加快夜游项目建设。
"""


def test_a_page_cut_after_a_closing_quote_opens_with_the_review():
    assert label_at(CUT_QUOTE, "优秀组织奖") == "主要做法"
    assert named(CUT_QUOTE) == ["主要做法", "存在问题", "下一步"]


def test_a_page_cut_after_a_clause_mark_opens_with_the_review():
    assert label_at(CUT_CLAUSE, "全年共接待群众来访") == "主要做法"
    assert named(CUT_CLAUSE)[0] == "主要做法"


def test_an_opening_that_quotes_a_name_stays_the_intro():
    assert label_at(QUOTED_OPENING, "以“文旅融合年”为抓手") == "其他"
    assert named(QUOTED_OPENING) == ["主要做法", "存在问题", "下一步"]


# --- 2. a page whose first heading is a later part (a preview from its page 2 or 3) ---

LATER_PART = """2029年城关小学工作总结
全体教师团结协作,任劳任怨,每一项任务分下去,大家都认真完成,从不推脱,学校真正成了大家共同的家。
五、校园面貌焕然一新。
今年学校新建塑胶跑道一条,改造教室照明42间,校园绿化覆盖率提高到41%。
"""

LATER_PARTS_TWO = """桥东街道2030年工作总结
全年共完成老旧小区改造11个,惠及居民2300余户,加装电梯17部,群众满意度明显提升。
三、存在的问题
部分小区物业管理薄弱,居民参与不足。
四、2031年工作打算
2031年,街道将继续推进老旧小区改造,力争完成改造8个。
"""

# look-alikes: the opening announces the report above its first heading, or names part 一 glued on in it
ANNOUNCED_ABOVE_TWO = """各位代表:
现将河湾镇2030年工作情况报告如下:
二、2030年工作回顾
全年完成固定资产投资8.2亿元,同比增长6.1%。
三、2031年工作安排
2031年,镇政府将重点抓好项目建设。
"""

GLUED_PART_ONE = """2030年,镇农业服务中心围绕粮食稳产开展工作,现汇报如下。一、基本情况:中心现有干部职工14名。
二、主要工作
全年推广良种面积3.6万亩。
三、下步打算
下一步,中心将继续做好技术服务。
"""


def test_a_later_first_heading_ends_the_part_above_it():
    assert label_at(LATER_PART, "全体教师团结协作") == "主要做法"


def test_a_later_first_heading_among_several_ends_the_part_above_it():
    assert label_at(LATER_PARTS_TWO, "全年共完成老旧小区改造") == "主要做法"
    assert named(LATER_PARTS_TWO) == ["主要做法", "存在问题", "下一步"]


def test_an_announcement_above_a_later_heading_stays_the_intro():
    assert label_at(ANNOUNCED_ABOVE_TWO, "现将河湾镇") == "其他"


def test_part_one_glued_into_the_opening_keeps_its_intro():
    assert label_at(GLUED_PART_ONE, "围绕粮食稳产") != "主要做法"


# --- 3. an outermost numbered heading with commas goes with the section its body opens ---

COMMA_HEADING = """在充分肯定成绩的同时,也应清醒地看到,我县发展中还面临不少困难和问题,主要是产业层次偏低、项目储备不足。
二、解放思想,抢抓机遇,奋力开创县域经济发展的新局面
今后五年,是我县加快转型的关键时期。全县经济社会发展的主要目标是:地区生产总值年均增长7%左右。
"""

COMMA_HEADING_TWO = """今年以来,园区全力推进招商引资,新签约项目14个,协议总投资63亿元,项目落地率达到85%。
但也要看到,园区配套设施仍然滞后,用工保障压力较大。
三、凝心聚力,真抓实干,推动园区建设再上台阶
下一步,园区将加快标准厂房建设,年内新建厂房12万平方米。
"""

# look-alike: a comma heading whose body goes on with the work done stays with the part it heads
COMMA_HEADING_SAME = """今年以来,园区全力推进招商引资,新签约项目14个,协议总投资63亿元。
二、强化服务,优化环境,企业获得感不断增强
全年为企业协调解决用地、用工等问题56个,办结率100%。
"""


def test_a_comma_heading_goes_with_the_plans_its_body_opens():
    assert label_at(COMMA_HEADING, "二、解放思想") == "下一步"


def test_a_second_comma_heading_goes_with_the_plans_its_body_opens():
    assert label_at(COMMA_HEADING_TWO, "三、凝心聚力") == "下一步"
    assert label_at(COMMA_HEADING_TWO, "但也要看到") == "存在问题"


def test_a_comma_heading_over_more_work_done_stays_with_it():
    assert label_at(COMMA_HEADING_SAME, "二、强化服务") == "主要做法"


# --- 4. a reported review: 将 that takes its object first; a year appraised in words of trend ---

REPORT_DISPOSAL = """1月18日,远航物流集团召开2030年度总结大会。大会由集团副总经理韩亦舟主持。
会议伊始,总经理孟青禾作了2030年度工作报告。报告指出,2030年,集团上下将市场压力转化为转型动力,实现了营业收入的稳定增长。
随后,与会人员分组讨论了工作报告。
"""

REPORT_DISPOSAL_TWO = """3月2日,县建工集团召开年度工作会。
会上,总经理作工作报告。报告认为,2030年,公司将安全生产作为头等大事来抓,完成了全部在建项目的安全验收。
"""

MEETING_TREND = """2月9日,市交投集团召开2031年工作会议,总结2030年工作,部署2031年任务。
会议指出,2030年,集团上下攻坚克难,主业发展势头强劲;经营质效稳步提升;改革创新活力迸发。
会议强调,要锚定全年目标,狠抓重点任务落实。
"""

MEETING_TREND_TWO = """1月6日,县供销社召开年度总结会。
会议指出,2030年,全系统经营形势稳中向好,农资供应保障有力。
会议要求,各基层社要抓好春耕备耕物资储备。
"""

# look-alikes: 将 of intent, and the trend words in a directive, stay plans
MEETING_INTENT = """2月9日,市交投集团召开2031年工作会议。
会议指出,2031年,集团将以项目建设为抓手,实现营业收入稳步增长。
"""

MEETING_KEEP_TREND = """1月6日,县供销社召开年度总结会。
会议强调,要保持经营稳中向好的势头,全力抓好春耕物资供应。
"""


def test_a_report_reviewing_with_a_disposal_jiang_opens_the_work_done():
    assert label_at(REPORT_DISPOSAL, "报告指出") == "主要做法"


def test_a_report_reviewing_with_jiang_as_ba_opens_the_work_done_too():
    assert label_at(REPORT_DISPOSAL_TWO, "报告认为") == "主要做法"


def test_a_year_appraised_in_words_of_trend_is_the_work_done():
    assert label_at(MEETING_TREND, "会议指出") == "主要做法"
    assert label_at(MEETING_TREND, "会议强调") == "下一步"


def test_a_year_appraised_as_steady_is_the_work_done():
    assert label_at(MEETING_TREND_TWO, "会议指出") == "主要做法"


def test_a_year_ahead_with_jiang_of_intent_is_no_review():
    assert label_at(MEETING_INTENT, "会议指出") != "主要做法"


def test_trend_words_in_a_directive_stay_plans():
    assert label_at(MEETING_KEEP_TREND, "会议强调") == "下一步"



# --- 5. the session's turns told with the verb right after the adverb (依次汇报) name topics only;
# --- 6. a speaker's appraisal in a speech told with 表示 (讲话时表示 / 在讲话中表示) opens the work done ---

EXCHANGE_MEETING = """县口腔医院召开2030年度科室工作汇报交流会
为全面回顾2030年医院各科室工作、谋划2031年工作思路,近日,我院在门诊楼五楼会议室召开2030年度科室工作汇报交流会。会议由副院长主持,医院领导班子成员、各科室负责人参加。
会上,各科室负责人依次汇报,通过摆数据、亮成绩、找问题、谈举措,全面展示本科室2030年度工作开展情况,剖析差距和不足,谋划2031年工作思路。
院长作总结讲话时表示,2030年全院上下齐心协力,门诊量首次突破12万人次,服务能力明显提升。展望新的一年,他对2031年重点工作作出部署:一是要抓好医疗质量;二是要优化服务流程。
此次会议既是对过去一年工作的梳理,也为医院下一步发展明确了方向。
"""

SUMMING_UP_MEETING = """县农机推广站召开2030年度工作总结交流会
为全面总结2030年全站工作、谋划2031年工作思路,近日,我站在三楼会议室召开2030年度工作总结交流会。会议由副站长主持,全站干部职工参加。
会上,各股室负责人依次汇报,围绕农机推广、安全监理等方面,全面展示本股室2030年度工作开展情况,查找差距和不足。
站长在讲话中表示,一年来全站推广新机具46台套,完成技术培训1200人次,各项工作取得明显成效。新的一年,他要求:一是要提早谋划春耕服务;二是要抓好安全生产。
此次会议为全站下一步工作理清了思路。
"""

# look-alikes: the turns told with 进行 (already the scene), a pledge told with 表示, and the results reported after a lead
TURNS_WITH_JINXING = """1月12日,县中医院召开2030年度科室工作汇报会。
会上,各科室主任依次进行汇报,总结工作亮点,查找存在的问题,提出2031年工作思路。
院长要求,各科室要对照差距抓好整改。
"""

SAID_PLEDGE = """1月15日,县口腔医院召开2030年度工作汇报交流会。
院长作总结讲话时表示,今后将继续加强学科建设,力争2031年门诊量突破13万人次。
"""

RESULTS_AFTER_LEAD = """1月12日,县中医院召开2030年度科室工作汇报会。
全年门诊量达到21.4万人次,同比增长6.2%,出院病人1.1万人次。
"""


def test_turns_told_with_a_bare_verb_stay_the_scene_and_the_appraisal_is_the_work_done():
    assert label_at(EXCHANGE_MEETING, "会上,各科室负责人依次汇报") == "其他"
    assert label_at(EXCHANGE_MEETING, "院长作总结讲话时表示") == "主要做法"
    assert label_at(EXCHANGE_MEETING, "一是要抓好医疗质量") == "下一步"


def test_turns_naming_shortfalls_stay_the_scene_and_the_speech_appraisal_is_the_work_done():
    assert label_at(SUMMING_UP_MEETING, "会上,各股室负责人依次汇报") == "其他"
    assert label_at(SUMMING_UP_MEETING, "站长在讲话中表示") == "主要做法"


def test_turns_told_with_jinxing_stay_the_scene():
    assert label_at(TURNS_WITH_JINXING, "各科室主任依次进行汇报") == "其他"
    assert label_at(TURNS_WITH_JINXING, "院长要求") == "下一步"


def test_a_speaker_pledging_with_biaoshi_stays_plans():
    assert label_at(SAID_PLEDGE, "院长作总结讲话时表示") == "下一步"


def test_figures_of_the_year_after_a_lead_are_the_work_done():
    assert label_at(RESULTS_AFTER_LEAD, "全年门诊量") == "主要做法"


# look-alike of class 2: an opening that starts with the period above a later first heading is the report's intro
PERIOD_OPENING_ABOVE_TWO = """2030年,街道党工委坚持稳中求进,各项工作有序推进。
二、在民生实事上下功夫
全年新增社区食堂4个,改造背街小巷11条。
三、下一步工作
下一步,街道将继续办好民生实事。
"""


def test_a_period_opening_above_a_later_first_heading_stays_the_intro():
    assert label_at(PERIOD_OPENING_ABOVE_TWO, "2030年,街道党工委") == "其他"
