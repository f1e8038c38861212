"""Round 24 (r24plansect): sections of plan-shaped documents on 范文 / doc-share / forum pages, as classes — a plan
named only in its opening (特制定…“…”…计划 with quotes and years, 制定了一份…计划, a bracketed lead 【…工作计划】, a
范文 item mark glued to the text), in a title that carries a 范文 site's mark ((精选), 篇一, 1, 计划书) or in the
item marker the cleaning took above the report; a 目标责任书; a plan's purpose paragraph (本计划旨在…) and its part
headed by its purpose (…的目的), which are 其他. Each with look-alikes that must stay. All text made up."""
from page_text import labels, named

from reportnlp.api import extract_text


def label_at(page: str, head: str, k: int = 0) -> str:
    """The label of the section that holds the paragraph starting with ``head``."""
    doc = extract_text(page).documents[k]
    pos = doc.text.index(head)
    return next(s.label for s in reversed(doc.sections) if s.start <= pos)


# -- a plan named only in its opening: 特制定…计划 with quotes and a year --------------------------------------------------

QUOTED_PLAN = ("为深入开展“整洁庭院”评比活动,巩固上年度美丽乡村创建成果,结合柳塘村实际,特制定2026年“整洁庭院”评比工作计划。\n"
               "一、评比目标\n通过开展评比活动,引导农户自觉整治房前屋后,营造干净整齐的居住环境。\n"
               "二、主要内容\n(一)庭院卫生方面\n1、每户庭院内无垃圾堆放,杂物摆放整齐。\n2、力争全村参评农户达到150户以上。\n"
               "(二)组织评比方面\n1、成立评比小组,由村主任任组长,每月检查一次。\n"
               "三、工作步骤\n4月底前完成宣传发动,10月底前完成年度评选。\n")

PLACEHOLDER_PLAN = ("按照镇党委统一部署,为做好本年度老年人关爱服务,结合石桥社区的实际情况,特制定20XX年“银龄关爱”服务工作计划。\n"
                    "一、开展上门探访\n每月组织志愿者对辖区独居老人上门探访一次,建立联系台账。\n"
                    "二、办好助餐服务\n在社区活动中心设立助餐点,为80岁以上老人提供午餐。\n"
                    "三、丰富文体活动\n组建老年合唱队和太极拳队,每季度举办一次展演。\n")


def test_plan_named_in_opening_with_quotes_and_year():
    assert named(QUOTED_PLAN) == ["下一步"]
    assert label_at(QUOTED_PLAN, "二、主要内容") == "下一步"
    assert label_at(QUOTED_PLAN, "为深入开展") == "其他"


def test_plan_named_in_opening_with_placeholder_year():
    assert named(PLACEHOLDER_PLAN) == ["下一步"]


def test_summary_that_names_last_years_plan_stays_a_review():
    page = ("按照年初制定的工作计划,南湾社区圆满完成了全年各项任务,现将全年工作总结如下。\n"
            "一、环境整治\n全年清理卫生死角42处,新建垃圾分类亭6座。\n"
            "二、为老服务\n开设助餐点2个,累计服务老人3100人次。\n")
    assert named(page) == ["主要做法"]


def test_summary_whose_opening_says_a_plan_was_drawn_up_stays_a_review():
    # "特制定了…方案" tells what was done: no plan document
    page = ("为做好防汛工作,镇政府年初特制定了防汛应急方案,现将全年防汛工作总结如下。\n"
            "一、落实防汛责任\n全年组织防汛演练3次,转移群众120人。\n"
            "二、排查整治隐患\n排查整治隐患点17处,清理河道淤泥4000立方米。\n")
    assert named(page) == ["主要做法"]


# -- a prose plan named in its lead (制定了一份…计划, 【…工作计划】), its purpose paragraph 其他 ---------------------------

PROSE_PLAN = ("【关于村级年度工作计划】新的一年已经到来,为做好全村各项服务工作,结合本村实际,村委会制定了一份年度工作计划。\n"
              "本计划旨在围绕“和美乡村”建设目标,明确全年工作的重点方向和具体措施,提升村级治理水平。\n"
              "首先,在人居环境方面,我们将开展村道两侧杂物清理,对乱搭乱建问题逐户劝导整改。\n"
              "其次,在产业发展方面,我们将扩大蓝莓种植面积,组织种植户参加技术培训。\n"
              "最后,在平安建设方面,我们将加强夜间巡逻,完善村口监控设施。\n")

PROSE_PLAN_B = ("去年以来,清河幼儿园办园条件明显改善。为推动新学期各项工作有序开展,园委会制定了一份学期工作计划。\n"
                "该方案旨在以“快乐成长”为主线,明确本学期保教、安全和家园共育的重点。\n"
                "首先,在保教工作方面,我们将完善一日活动安排,每周开展两次户外体育游戏。\n"
                "其次,在安全管理方面,我们将每月排查一次园舍隐患,组织一次疏散演练。\n")


def test_prose_plan_in_a_bracketed_lead():
    assert named(PROSE_PLAN) == ["下一步"]
    assert label_at(PROSE_PLAN, "本计划旨在") == "其他"
    assert label_at(PROSE_PLAN, "首先") == "下一步"


def test_prose_plan_drawn_up_in_its_opening():
    assert named(PROSE_PLAN_B) == ["下一步"]
    assert label_at(PROSE_PLAN_B, "该方案旨在") == "其他"


def test_prose_summary_in_a_bracketed_lead_stays_a_review():
    page = ("【关于村级年度工作总结】过去的一年,在镇党委的领导下,村委会带领全体村民扎实工作,取得了一定成效。\n"
            "首先,在人居环境方面,我们清理了村道两侧杂物,拆除乱搭乱建18处。\n"
            "其次,在产业发展方面,我们扩大了蓝莓种植面积,组织种植户参加了技术培训。\n")
    assert named(page) == ["主要做法"]


# -- a 范文 site's mark after the plan's genre: (精选), 篇一, a number, 计划书 --------------------------------------------

def test_plan_title_with_a_fanwen_mark():
    page = ("2026年街道妇联工作计划(精选)\n"
            "一、指导思想\n以服务妇女儿童为中心,围绕街道中心工作,团结带领辖区妇女建功立业。\n"
            "二、工作目标\n1、全年开展家庭教育讲座6场。\n2、新建巾帼志愿服务队3支。\n")
    assert named(page) == ["下一步"]
    assert label_at(page, "一、指导思想") == "下一步"


def test_plan_named_by_the_item_marker_the_cleaning_took():
    page = ("社团部门工作计划书(优质5篇)\n\n时间:2026-03-02 10:12:30 作者:听雨 工作计划\n\n"
            "计划在我们的学习和工作中都很重要,有了计划,做事就有了方向。那么下面我就给大家讲一讲部门计划书怎么写,"
            "我们一起来看一看吧。\n\n"
            "社团部门工作计划书篇一\n\n"
            "新学期开始了,我们文学社在这一学期里要保持好的做法,也要改掉以往的不足。\n\n"
            "一、社团的工作主要是组织社员开展读书交流,我们尽量让每位社员都有发言的机会。\n\n"
            "二、努力办好社刊,在栏目设置上有所创新\n\n"
            "三、积极参加学校组织的各类比赛,我们将争取取得好的名次。\n\n"
            "社团部门工作计划书篇二\n\n"
            "一、负责本社团的日常管理事务\n\n协助社长做好成员之间的沟通,落实社团的各项制度,保证上情下达。\n")
    assert named(page, 0) == ["下一步"]
    assert named(page, 1) == ["下一步"]


def test_summary_and_plan_title_with_a_fanwen_mark_still_reviews_first():
    page = ("2026年街道妇联工作总结及工作计划(精选)\n"
            "一、2026年工作回顾\n全年开展家庭教育讲座6场,新建巾帼志愿服务队3支。\n"
            "二、2027年工作计划\n1、继续办好家庭教育讲座。\n2、新建巾帼志愿服务队2支。\n")
    assert named(page) == ["主要做法", "下一步"]


# -- a plan's part headed by its purpose (…的目的) is 其他 -----------------------------------------------------------------

def test_plan_part_headed_by_its_purpose():
    page = ("2026年“书香社区”创建工作方案\n为推进全民阅读,结合本社区实际,制定本方案。\n"
            "一、创建“书香社区”活动的目的\n通过开展阅读活动,营造多读书、读好书的社区氛围。\n"
            "二、主要内容\n1、建设社区书屋一处,藏书不少于3000册。\n2、每月举办一次亲子共读活动。\n")
    assert label_at(page, "一、创建") == "其他"
    assert label_at(page, "二、主要内容") == "下一步"


def test_plan_part_headed_purpose_and_significance():
    page = ("青松街道垃圾分类推进工作方案\n为提升垃圾分类工作水平,结合街道实际,制定本方案。\n"
            "一、目的和意义\n推行垃圾分类是改善人居环境的重要举措。\n"
            "二、工作任务\n1、每个小区设置分类投放点不少于2处。\n2、每月开展一次入户宣传。\n")
    assert label_at(page, "一、目的和意义") == "其他"
    assert label_at(page, "二、工作任务") == "下一步"


def test_summary_part_that_reached_its_aim_stays_work_done():
    page = ("2026年社区读书活动总结\n今年以来,社区扎实开展全民阅读活动,现总结如下。\n"
            "一、达到了预期目的\n全年举办亲子共读活动12场,参与居民860人次。\n"
            "二、存在的不足\n部分楼栋居民参与不多。\n")
    assert named(page) == ["主要做法", "存在问题"]


# -- a 目标责任书 sets out the duties to come ------------------------------------------------------------------------------

def test_duty_statement_is_a_plan():
    page = ("2026年度安全生产目标责任书\n为落实安全生产责任制,确保全年安全生产形势稳定,公司与各车间签订本责任书。\n"
            "一、责任目标\n全年不发生重伤以上生产安全事故,隐患整改率达到100%。\n"
            "二、主要职责\n1、车间主任是本车间安全生产第一责任人。\n2、每周组织一次安全检查,建立隐患台账。\n")
    assert named(page) == ["下一步"]
    assert label_at(page, "为落实") == "其他"


def test_duty_statement_with_a_fanwen_number_is_a_plan():
    page = ("年度经营目标责任书\n\n年度经营目标责任书2\n\n"
            "为确保分公司年度经营目标的实现,经双方协商,签订本责任书,甲乙双方共同遵守。\n\n"
            "一、考核期间\n\n2026年1月1日至2026年12月31日。\n\n"
            "二、乙方的职责\n\n1、乙方应严格执行公司各项管理制度。\n\n2、乙方负责完成年度销售任务。\n")
    assert named(page) == ["下一步"]


def test_report_on_a_duty_statement_stays_a_review():
    page = ("2026年度安全生产目标责任书履行情况报告\n今年以来,第二车间认真落实安全生产目标责任书,现将履行情况报告如下。\n"
            "一、责任目标完成情况\n全年未发生生产安全事故,整改隐患46处。\n"
            "二、主要做法\n坚持每周组织一次安全检查,建立了隐患台账。\n")
    assert named(page) == ["主要做法"]


# -- a doc-share preview's preface with the plan's 范文 mark glued on, which the cleaning takes ------------------------------

def test_plan_named_in_a_glued_preface_the_cleaning_took():
    page = ("幼儿园学期工作计划(精选5篇)范文供参考,下载后可按需修改幼儿园学期工作计划 篇1一、工作目标:1、把园舍修缮好,"
            "让孩子在安全整洁的环境里活动。2、本学期安排教师外出培训20人次以上。二、主要措施:(一)美化园内环境。给每个班"
            "配齐图书角,操场铺上新的塑胶地面。(二)抓好保教常规。每个月检查一次保教工作。\n")
    assert named(page) == ["下一步"]


def test_scheme_named_in_a_glued_preface_the_cleaning_took():
    page = ("社区志愿服务实施方案(精选3篇)范文供参考,下载后可按需修改社区志愿服务实施方案 篇1一、服务目标:1、组建志愿服务队"
            "3支,全年开展服务活动不少于24次。2、建立志愿者积分制度。二、服务内容:(一)助老服务。每周为独居老人上门"
            "服务一次,为行动不便的老人代购生活用品,陪同就医。(二)环境维护。每月组织一次楼道清洁,清理小区公共区域"
            "的卫生死角,劝导居民不乱堆乱放。(三)文明劝导。在小区出入口设立文明劝导岗,节假日开展文明出行宣传。\n")
    assert named(page) == ["下一步"]


def test_summary_named_in_a_glued_preface_stays_a_review():
    page = ("幼儿园学期工作总结(精选5篇)范文供参考,下载后可按需修改幼儿园学期工作总结 篇1一、工作成效:1、园舍修缮已完成,"
            "每个班都配齐了图书角。2、全年安排教师外出培训26人次。二、主要做法:(一)美化园内环境。本学期操场铺上了新的"
            "塑胶地面。(二)抓好保教常规。每个月都检查了一次保教工作。\n")
    assert named(page) == ["主要做法"]


# -- a plan's background part ("一、背景分析", "一、项目背景介绍") is the situation it starts from: 基本情况 ----------------------

def test_plan_background_analysis_part():
    page = ("2026年村委环境整治工作方案\n为改善村庄人居环境,结合本村实际,制定本方案。\n"
            "一、背景分析\n近年来,随着外出务工人员增多,村内闲置房屋和杂物堆放问题日益突出。\n"
            "二、工作目标\n1、年底前清理杂物堆放点30处。\n2、新建垃圾收集点8个。\n")
    assert label_at(page, "一、背景分析") == "基本情况"
    assert label_at(page, "二、工作目标") == "下一步"


def test_plan_background_introduction_part():
    page = ("智慧社区建设实施方案\n为提升社区服务水平,制定本方案。\n"
            "一、项目背景介绍\n社区现有居民2100户,老年人口占比达到28%,线下办事排队时间较长。\n"
            "二、建设内容\n1、建设社区服务小程序。\n2、在活动中心设置自助服务终端2台。\n")
    assert label_at(page, "一、项目背景介绍") == "基本情况"
    assert label_at(page, "二、建设内容") == "下一步"


def test_background_music_heading_is_no_background_part():
    page = ("2026年度学校广播站工作总结\n今年以来,广播站扎实开展各项工作,现总结如下。\n"
            "一、更换背景音乐设备\n全年更换音箱12台,新增背景音乐曲目40首。\n"
            "二、存在的不足\n部分播音员业务不熟练。\n")
    assert label_at(page, "一、更换") == "主要做法"
