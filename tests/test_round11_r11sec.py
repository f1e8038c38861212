"""Round 11 (r11sec): section starts on real-looking meeting news and community pages: each class a case it
must catch and a look-alike it must leave alone. All text made up."""
from reportnlp.api import process


def sections(text: str):
    part = process(text).parts[0]
    return [(s.label, part.text[s.start:s.start + 6]) for s in part.get("sections")]


# (1) a section never starts on a line that says nothing (a share button, a view counter, a tracking number)
# when a paragraph with a sentence follows before the next section; with none following it opens nothing
_BUTTONS = """桐溪街道组织社区书记观摩邻里中心建设
9月14日上午,桐溪街道组织各社区书记、副书记集体观摩了青苗社区邻里中心,中心工作人员作了介绍。
到达中心后,大家先后察看了一楼的助餐点、议事厅和二楼的阅览室、健身房,听取了“邻里十分钟”服务圈的建设情况。
通过观摩,大家深受启发。接下来,我们将对照先进找差距,加快推进各社区邻里中心建设。
转发
加载中...
"""

_COUNTER = """共商共治,枫桥社区召开民生项目议事会

近日,枫桥社区党群服务中心召开2025年民生项目议事会,社区党委、物业公司、居民代表等参加。

首先,社工介绍了中心去年的服务情况和今年初拟的服务项目。

接着,各方代表发言,物业代表提出“关注独居老人”,居民代表提出“增加夜间照明”等。

大家表示,将继续参与社区服务,为居民提供更贴心的服务。


27
"""

_TRACKER = """柳塘社区举办“柳荫夜话”居民座谈会
柳塘日报讯(通讯员柳文)7月2日,柳塘社区举办“柳荫夜话”居民座谈会。
座谈会上,居民代表听取了上半年工作情况和下半年工作安排,对社区的环境整治成果表示肯定。
“柳荫夜话”是柳塘社区推出的议事品牌,让居民对社区重大事项拥有知情权和参与权。
030010020110000000000000011100001129935511
"""


def test_no_section_starts_on_a_button_or_counter():
    for page in (_BUTTONS, _COUNTER, _TRACKER):
        part = process(page).parts[0]
        for s in list(part.get("sections"))[1:]:  # (the first holds the page's head)
            line = part.text[s.start:].split("\n", 1)[0]
            assert any(m in line for m in "。；！？"), (s.label, line)


# a short heading line with words (not a button) still opens its section where it stands
_HEADING_LINE = """青苗社区2025年工作总结
今年以来,青苗社区围绕为民服务,扎实做好各项工作。
一、主要工作
全年组织志愿服务42场,新建助餐点2个。
二、下一步打算
明年,社区将新建邻里中心1处。
"""


def test_heading_line_still_opens_its_section():
    got = sections(_HEADING_LINE)
    assert ("下一步", "二、下一步打") in got


# (2) a meeting report told in one paragraph, its review and then the year's tasks ("…回顾了2029年工作。2030年要…"),
# or a speaker's tasks for a year ("…强调公司在2030年…,既要…"): the plans start at the year's directive
_ONE_PARAGRAPH = """岚山建材公司召开二届三次职工代表大会
2030年3月2日下午,岚山建材公司二届三次职工代表大会召开,会议由工会主席邹海棠主持,出席代表52人。
会上,公司总经理贺青松作《公司2029年度经营工作报告》。报告从安全生产、市场开拓、成本管控三个方面回顾了2029年工作。2030年要坚持安全第一,抓好新生产线投产,努力完成集团下达的各项目标任务。
与会代表分组讨论了工作报告。
"""

_SPEAKER_YEAR = """岚山建材公司召开二届三次职工代表大会
3月2日下午,岚山建材公司二届三次职工代表大会召开,会议由工会主席邹海棠主持。
总经理贺青松作了行政工作报告,报告全面总结了公司2029年的工作。
报告指出:2029年公司实现营业收入3.6亿元,同比增长8%,安全生产保持零事故。
贺青松强调公司在2030年及今后一个时期,既要稳住传统建材市场,又要加快新型材料研发。
"""

# the look-alike: a year's work done to a requirement, and a year whose 主要 is no directive
_YEAR_REVIEW = """岚山建材公司2029年工作总结
2029年,公司按照集团要求,完成营业收入3.6亿元。
2029年主要经济指标全面完成,利润同比增长6%。
"""


def test_year_directive_after_review_opens_plans():
    got = sections(_ONE_PARAGRAPH)
    assert ("下一步", "2030年要") in got
    assert any(label == "主要做法" and start.startswith("会上") for label, start in got)
    assert ("下一步", "贺青松强调公") in sections(_SPEAKER_YEAR)


def test_year_with_requirement_or_main_stays_work_done():
    assert not any(label == "下一步" for label, _ in sections(_YEAR_REVIEW))


# (3) the plans start where the meeting deploys the year ahead named first ("针对2031年工作,会议作出具体部署:"),
# not at the closing pledge (全体干部表示,将…); and at the first speaker who asks those present to act
# ("…,要求大家要…"), not one paragraph late at the second speaker
_DEPLOYED = """鹭洲湿地管理处召开2031年收心归位会
今日鹭洲网消息 2月18日,鹭洲湿地管理处召开2031年收心归位会,动员全体干部职工尽快进入工作状态。
会议回顾了2030年工作成绩,过去一年,全处在湿地修复、科普宣教等方面取得明显成效。针对2031年工作,会议作出具体部署:迅速收心归位,严肃工作纪律;狠抓工作落实,细化分解目标任务。
全体干部表示,将以此次会议为起点,聚焦主责主业,奋力开创湿地保护新局面。
"""

_FIRST_SPEAKER = """云岫集团召开2031年度工作务虚会
2030年12月26日,云岫集团召开2031年度工作务虚会,盘点2030年集团工作得失,研究谋划发展新思路。
会上,集团总经理卢景行针对当前面临的形势和任务,要求大家要认真研究市场变化,积极作为,精准施策。
集团董事长庞知秋指出,要将会议成果吸纳到集团年度工作会议的报告中去。
"""

# look-alikes: a requirement followed (按照上级要求各村要…) is work done told, and a topic named with no deployment
_FOLLOWED = """柳塘镇2030年防汛工作总结
2030年,柳塘镇认真做好防汛各项工作,全年未发生人员伤亡。
汛前,镇里按照上级要求各村要建立巡查台账,全镇共建立台账36本。
针对2030年汛情,镇防汛办组织了3次应急演练。
"""


def test_plans_start_where_the_year_is_deployed():
    got = sections(_DEPLOYED)
    assert ("下一步", "针对2031") in got
    assert not any(label == "下一步" and start.startswith("全体干部") for label, start in got)


def test_plans_start_at_the_first_speaker_who_asks():
    assert ("下一步", "会上,集团总") in sections(_FIRST_SPEAKER)


def test_followed_requirement_and_named_topic_stay_work_done():
    assert not any(label == "下一步" for label, _ in sections(_FOLLOWED))
