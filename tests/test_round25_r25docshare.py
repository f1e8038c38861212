"""Round 25 (r25docshare): doc-share and 范文 pages end to end — chrome of document readers, titles, and the
commitments plans yield.

Each class: must-catch tests in two phrasings and look-alikes left alone, on made-up text, through the public API."""
from page_text import all_commitments, all_text, removed_of, run


PLAN_HEAD = "青石镇2026年秸秆禁烧工作方案\n"


# class: a doc-share preview's cut prompt — "显示全部" on the line under the cut (reflow would glue it on), glued to
# the last line, or "(剩余N页未读,继续阅读)" after it: the prompt goes, the cut text stays
def test_show_all_under_a_cut_line_goes():
    page = ("秋季森林防火工作方案.docx\n文本预览下载声明\n秋季森林防火工作方案\n"
            "一、工作目标\n全面排查林区隐患,确保不发生重大火情。今年要完成巡护道路修缮12公里,保障护林员补助按月足\n"
            "显示全部\n")
    res = run(page)
    out = all_text(res)
    assert "显示全部" not in out
    assert "保障护林员补助按月足" in out


def test_show_all_glued_to_the_last_line_goes():
    page = ("关于做好秋季防火工作的方案\n一、工作目标\n"
            "全面排查林区隐患,确保不发生重大火情。今年要完成巡护道路修缮12公里,保障护林员的补助按月足额发放到位显示全部\n")
    out = all_text(run(page))
    assert "显示全部" not in out
    assert out.rstrip().endswith("按月足额发放到位")


def test_remaining_pages_prompt_in_brackets_glued_goes():
    page = ("白鹭镇2026年人居环境整治实施方案\n一、重点任务\n(一)开展村庄清洁行动。各村要在3月底前完成存量垃圾清理,"
            "对沟渠塘坝进行一次集中清淤,建立长效保洁机(剩余4页未读,继续阅读)\n")
    out = all_text(run(page))
    assert "剩余4页未读" not in out and "继续阅读" not in out
    assert "建立长效保洁机" in out


def test_remaining_pages_after_an_ellipsis_goes():
    page = ("东坪街道2026年安全生产工作要点\n全年要组织开展隐患排查4轮,力争较大事故零发生,对辖区46家企业逐一建档"
            "……还剩7页未读,继续免费阅读\n")
    out = all_text(run(page))
    assert "还剩7页未读" not in out
    assert "对辖区46家企业逐一建档" in out


def test_show_all_inside_a_sentence_stays():
    page = ("柳河水文站2026年工作计划\n一、主要任务\n今年要完成自动监测站改造,监控大屏可实时显示全部站点的水位数据。"
            "力争6月底前投入使用。\n")
    out = all_text(run(page))
    assert "显示全部站点的水位数据" in out


def test_unread_pages_inside_a_sentence_stay():
    page = ("城关二小2026年教师培训计划\n一、培训安排\n培训手册剩余3页未读的教师,要在周五前完成补学,"
            "教务处负责登记。\n")
    out = all_text(run(page))
    assert "培训手册剩余3页未读的教师" in out


# class: a reader's brand glued before a copy of the file's title at the page's foot ("腾讯文库<title>")
def test_brand_and_title_at_the_foot_go():
    page = ("2026年柳溪镇农村道路提升工作方案\n\n"
            "一、工作目标\n全年计划新建和改造农村道路23公里,力争10月底前全部完工。\n"
            "二、工作措施\n(一)加快项目前期。各村要在3月底前完成线路踏勘。\n\n"
            "腾讯文库2026年柳溪镇农村道路提升工作方案\n")
    res = run(page)
    assert "腾讯文库" not in all_text(res)
    assert any("腾讯文库" in r for r in removed_of(res))


def test_brand_with_a_dash_and_title_at_the_foot_go():
    page = ("杏林社区2026年志愿服务工作计划\n\n"
            "一、全年目标\n全年要组织志愿服务活动不少于24场,新增注册志愿者60名。\n"
            "二、主要措施\n每季度开展一次志愿者培训,年底前评选十佳志愿者。\n\n"
            "蓝鲸文档网 - 杏林社区2026年志愿服务工作计划\n")
    out = all_text(run(page))
    assert "蓝鲸文档网" not in out


def test_library_project_title_at_the_foot_stays():
    page = ("一、建设目标\n年内完成馆藏古籍扫描1200册,建成线上阅览平台。\n"
            "二、保障措施\n馆里要落实专项经费,配齐技术人员。\n"
            "县图书馆数字文库建设实施方案\n")
    out = all_text(run(page))
    assert "县图书馆数字文库建设实施方案" in out or "县图书馆数字文库建设实施方案" in [
        d.title for d in run(page).documents]


def test_library_name_line_that_copies_no_title_stays():
    page = ("云岭书院2026年读书月活动安排\n一、活动内容\n书院将在4月举办读书分享会6场。\n"
            "云岭数字文库读者服务中心\n")
    res = run(page)
    assert not any(r.startswith("云岭数字文库读者服务中心") and "site_title" == k
                   for r, k in ((x.text.strip(), x.kind) for x in res.removed))


# class: a doc-share download notice item holding a number (a browser's name "360浏览器", a version "WPS 2019"): the
# whole item goes, not its head alone
def test_download_notice_with_a_number_goes_whole():
    page = ("友情提示\n"
            "2、PDF文件下载后若直接在浏览器里打开了,可在菜单中选“另存为”,存到本地再看。\n"
            "3、本站不支持用迅雷等工具下载,建议换用系统自带的浏览器,或360浏览器、谷歌浏览器。\n"
            "南岗乡2026年防汛工作方案\n一、工作目标\n确保汛期不发生人员伤亡,5月底前完成12处险工险段整治。\n")
    out = all_text(run(page))
    assert "浏览器" not in out and "另存为" not in out and "迅雷" not in out
    assert "5月底前完成12处险工险段整治" in out


def test_download_notice_with_a_version_goes_whole():
    page = ("温馨提示:\n"
            "本站资源的预览页经过压缩,下载所得文件不带水印,也比预览清楚,推荐用WPS 2019打开。\n"
            "北湾村2026年集体经济发展计划\n一、发展目标\n力争年底前村集体经营性收入达到35万元。\n")
    out = all_text(run(page))
    assert "水印" not in out and "WPS 2019" not in out
    assert "35万元" in out


def test_station_report_sentence_with_browser_word_stays():
    page = ("清河水质监测站2026年工作计划\n一、主要任务\n本站资源调度中心要在6月底前完成360台设备的巡检,"
            "并更新监测数据浏览界面。\n")
    out = all_text(run(page))
    assert "本站资源调度中心要在6月底前完成360台设备的巡检" in out


# class: the report's title in black brackets glued before its lead ("【…工作计划】为全面贯彻…")
def test_bracketed_title_before_the_lead_names_the_report():
    page = ("【东湖社区2026年工作计划】为进一步提升社区治理水平,结合社区实际,制定本计划。\n"
            "一、重点任务\n1.完成老旧小区加装电梯4部。\n2.新建社区食堂1处,年底前投入运营。\n")
    res = run(page)
    assert res.documents[0].title == "东湖社区2026年工作计划"


def test_bracketed_title_with_guan_yu_names_the_report():
    page = ("【关于青石村年度工作安排】新的一年已经到来,村两委对全年工作作出如下安排。\n"
            "首先,我们将完成村道硬化2.3公里。其次,我们将新建文化广场1处。\n")
    res = run(page)
    assert res.documents[0].title == "关于青石村年度工作安排"


def test_bracketed_question_is_the_posts_title_and_leaves_the_text():
    # (merged with r25wechat's convention: a Q&A post's bracketed question is its headline, the text starts after it)
    page = ("【工作计划是什么意思】工作计划是对一定时期的工作预先作出的安排和打算。"
            "它一般包括目标、措施和步骤三部分。\n")
    res = run(page)
    assert res.documents[0].title == "工作计划是什么意思"
    assert res.documents[0].text.startswith("工作计划是对一定时期")


def test_bracketed_column_tag_is_no_title():
    page = ("【政策解读】关于2026年耕地地力保护补贴发放的说明。今年补贴标准为每亩112元,"
            "各村要在5月底前完成面积核实。\n")
    res = run(page)
    assert res.documents[0].title != "政策解读"


# class: a plan's framing sentence — its guiding idea (以…为指导 / 以…为总要求) or its purpose (为…,制定本方案) —
# is no commitment, wherever its part is headed (总体思路, 总体要求, or no heading)
def test_guiding_idea_under_zongti_silu_is_no_commitment():
    page = (PLAN_HEAD + "一、总体思路\n以“减量、禁烧、利用”为总要求,围绕秸秆综合利用,统筹推进,"
            "确保全镇不发生露天焚烧。\n二、主要任务\n1.年底前建成秸秆收储点3个。\n2.全年秸秆综合利用率达到93%以上。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("以“减量") for c in cms)
    assert any("建成秸秆收储点3个" in c for c in cms)


def test_guiding_idea_under_zongti_yaoqiu_is_no_commitment():
    page = ("石门县2026年校园安全专项行动方案\n一、总体要求\n以全县校园安全为指导,坚持预防为主,"
            "全力推进校园周边环境整治,确保师生安全。\n二、重点任务\n(一)3月底前完成全县82所学校安全隐患排查。\n"
            "(二)年内为农村学校配齐专职保安。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("以全县校园安全为指导") for c in cms)
    assert any("82所学校安全隐患排查" in c for c in cms)


def test_purpose_sentence_is_no_commitment():
    page = (PLAN_HEAD + "为了更好地推进秸秆禁烧工作,改善全镇空气质量,制定本方案。\n"
            "今年的工作目标如下: 1.建成秸秆收储点3个; 2.全年不发生露天焚烧。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("为了更好地推进秸秆禁烧工作") for c in cms)


def test_purpose_sentence_naming_the_plan_is_no_commitment():
    page = ("柳营村2026年工作计划\n为认真落实乡党委部署,推动村级各项工作上台阶,结合本村实际,"
            "特制定2026年工作计划如下:\n一、产业方面:一是建成食用菌大棚20个,年底前投产。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("为认真落实乡党委部署") for c in cms)
    assert any("建成食用菌大棚20个" in c for c in cms)


def test_unit_drafting_its_own_rules_stays_a_commitment():
    page = ("县人民医院2026年绩效考核工作要点\n一、重点工作\n各科室要在3月10日前制定本科室二次分配细则,"
            "报绩效办备案。\n")
    cms = all_commitments(run(page))
    assert any("制定本科室二次分配细则" in c for c in cms)


def test_continuing_a_main_line_is_not_read_as_framing():
    page = ("柳岸社区2026年工作打算\n下一步,社区将继续以党建引领为主线,年内新建红色驿站2处,"
            "组织党员志愿服务不少于30场。\n")
    cms = all_commitments(run(page))
    assert any("红色驿站2处" in c for c in cms)


# class: an ordinal 第一、 with its 、 opens a measure only after punctuation or a line's start ("坚持安全第一、预防为主"
# is a slogan, "第七、八节课" a count); "第一," with a comma still opens one
def test_safety_first_slogan_is_not_cut_at_di_yi():
    page = ("龙山镇2026年安全生产工作计划\n一、总体要求\n坚持安全第一、预防为主、综合治理,年内完成辖区18家企业"
            "隐患整改,力争全年不发生较大事故。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("第一") for c in cms)


def test_class_periods_count_is_not_cut():
    page = ("实验中学关于开展教职工述职的通知\n各处室:\n学校定于12月22日下午第七、八节课在报告厅召开述职大会,"
            "请各处室负责人于12月20日前将述职材料报校办。\n")
    cms = all_commitments(run(page))
    assert not any(c.startswith("第七、") or c.startswith("八节课") for c in cms)


def test_ordinals_with_commas_still_open_measures():
    page = ("南湖街道2026年工作打算\n下一步重点抓好三项工作:第一,年内完成背街小巷改造11条;"
            "第二,6月底前建成社区养老服务站2个;第三,全年新增就业岗位800个。\n")
    cms = all_commitments(run(page))
    assert any(c.startswith("第二") and "养老服务站" in c for c in cms)
    assert any(c.startswith("第三") for c in cms)


# class: a numbered topic heading run into its first sub-item in a flattened copy ("1.推进城市化建设(1)加快完成…"): the
# heading is no measure, its sub-items are
def test_flattened_topic_heading_over_sub_items_is_no_commitment():
    page = ("柏树镇2026年集镇建设推进方案\n一、工作目标 2026年目标如下: 1.完成集镇道路提质; 2.建成农贸市场1个。"
            "二、推进措施1.推进集镇提质改造(1)加快完成主街雨污分流改造,年底前全线通水。(2)新建停车场2处。"
            "2.强化市场建设(1)成立项目专班,实行周调度。\n")
    cms = all_commitments(run(page))
    assert not any(c.rstrip("。") in ("1.推进集镇提质改造", "2.强化市场建设") for c in cms)
    assert any("加快完成主街雨污分流改造" in c for c in cms)


def test_flattened_topic_heading_with_dun_hao_is_no_commitment():
    page = ("石湾村2026年人居环境整治方案\n二、主要任务 1、村庄清洁行动 (1)3月底前清理存量垃圾。(2)每月组织一次集中清扫。"
            " 2、厕所革命 (1)年内完成户厕改造60户。\n")
    cms = all_commitments(run(page))
    assert not any(c.strip().rstrip("。") in ("1、村庄清洁行动", "2、厕所革命") for c in cms)
    assert any("户厕改造60户" in c for c in cms)


def test_numbered_item_with_its_own_cue_over_sub_items_stays():
    page = ("柏树镇2026年冷链物流中心建设方案\n二、推进措施 1.确保9月底前建成冷链物流中心(1)由镇经发办牵头,"
            "实行周调度。(2)每月通报一次进度。\n")
    cms = all_commitments(run(page))
    assert any("确保9月底前建成冷链物流中心" in c for c in cms)
