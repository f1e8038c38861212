"""Splitting a page into reports, titles, types, and repeats."""
import pytest

from reportnlp.api import process

A = ("关于2020年度安全生产工作的自查报告\n"
     "县安委会办公室:\n"
     "根据县安委会《关于开展安全生产自查的通知》要求,我局对全年安全生产工作进行了认真自查,现将自查情况报告如下:\n"
     "一、主要做法\n全年开展安全检查46次,整改隐患128处,整改率100%。\n"
     "二、存在问题\n一是部分企业主体责任落实不到位。\n"
     "三、下一步打算\n下一步,我局将进一步加大执法检查力度,确保年底前完成全部隐患整改。\n"
     "2020年12月20日\n")
B = ("同志们:\n今天召开全县城市管理工作会议,主要任务是总结去年工作,部署今年任务。\n"
     "一、肯定成绩\n去年全县共拆除违法建设320处,面积4.6万平方米。\n"
     "二、明确任务\n今年要重点抓好市容环境整治,确保6月底前完成背街小巷改造。\n")


def test_split_by_addressee_speech_and_date_line():
    page = process(A + B)
    assert len(page.parts) == 2
    first, second = page.parts
    assert first.meta["title"] == "关于2020年度安全生产工作的自查报告"
    assert first.meta["doc_type"] == "自查报告"
    assert first.text.startswith("县安委会办公室:")
    assert second.text.startswith("同志们:")
    assert second.meta["doc_type"] == "讲话"


def test_verbatim_repeat_is_marked():
    page = process(A + B + A.replace("2020年", "20xx年"))
    dups = [p.meta["duplicate_of"] for p in page.parts]
    assert dups == [None, None, 0]


def test_opening_formula_starts_a_new_report_without_markers():
    second = ("今年以来,县医保局在县委、县政府的正确领导下,扎实推进各项工作。现将今年工作情况汇报如下:\n"
              "一、工作开展情况\n全年办理医保业务1.2万件。\n")
    page = process(A.replace("2020年12月20日\n", "") + second)
    assert len(page.parts) == 2
    assert page.parts[1].text.startswith("今年以来,县医保局")


def test_a_report_mentioning_an_opening_phrase_mid_text_is_not_split():
    text = ("今年以来,我镇扎实推进便民服务工作,现将有关情况报告如下:\n"
            "一、主要做法\n根据我们单位的工作实际,服务承诺领导小组研究制定了工作方案。\n"
            "为进一步提升服务质量,中心每月组织一次业务培训。\n二、存在问题\n人员力量不足。\n")
    assert len(process(text).parts) == 1


def test_a_notice_is_typed_by_the_genre_word_that_ends_its_title():
    # topic words in the title and a body that asks for 自查 do not outvote "…的通知"
    page = process("关于开展2024年度安全生产执法检查和年度考核工作的通知\n各乡镇人民政府,县直各部门:\n"
                   "为推动安全生产责任落实,决定开展执法检查。\n一、检查重点\n各单位要对照清单开展自查,"
                   "形成自查报告,于5月10日前报县应急管理局。\n")
    assert page.parts[0].meta["doc_type"] == "通知"


def test_numbering_restarted_under_a_part_heading_is_no_new_report():
    text = ("县农技推广中心2024年度单位决算\n第一部分 单位概况\n一、主要职责\n"
            "承担全县粮食作物、经济作物新品种、新技术的引进、试验、示范和推广,开展农技人员培训和农民技术指导服务。\n"
            "二、机构设置\n本单位为县农业农村局所属公益一类事业单位,内设办公室、粮油站、经作站、植保站和土肥站5个股室,"
            "核定编制38名,实有在编人员36人。\n第二部分 2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n"
            "2024年度收、支总计均为1386.42万元。与上年相比,收、支总计各增加112.6万元,增长8.8%,"
            "主要原因是高标准农田配套项目资金增加。\n"
            "二、财政拨款三公经费支出决算情况说明\n2024年度三公经费财政拨款支出6.2万元,比上年减少1.1万元,下降15.1%。\n")
    assert len(process(text).parts) == 1


def test_an_announcement_after_a_title_block_and_one_opening_paragraph_is_the_same_report():
    # a unit site's page: unit name, a coded headline, the title, one opening paragraph, then the
    # figures paragraph that ends with the announcement: all one report
    text = ("南岭县老龄事业促进会\n南老促(24)5号老年大学年度总结\n南岭县老年大学\n2023年工作总结\n"
            "2023年,我县老年大学在县老龄事业促进会的领导下,在县委老干部局、县教育局等部门的关心支持下,坚持老有所学、"
            "老有所乐、老有所为的办学宗旨,坚持公益办学、开门办学,教学秩序平稳,各项工作取得了新的进展。\n"
            "全年开设专业班26个,报名学员2410人,聘请授课教师30人。现将一年来的主要工作总结如下:\n"
            "一、稳步扩大办学规模\n新设教学点2个,全县教学点达到8个。\n"
            "二、规范教学管理\n全年安排授课1600课时,学员平均出勤率达91.5%。\n")
    page = process(text)
    assert len(page.parts) == 1
    labels = [(s.label, page.parts[0].text[s.start:s.start + 6]) for s in page.parts[0].get("sections")]
    # the title block and the opening are the intro, the numbered parts the work done
    assert labels[0][0] == "其他" and all(label == "主要做法" for label, _ in labels[1:]), labels


def _briefs(*missions: str) -> str:
    return "".join(f"{m}\n调研组认为,近年来相关工作取得明显成效,覆盖率达到{60 + k}%。但仍存在经费不足、人员不稳定等问题。\n"
                   f"调研组建议:一是加大投入,年内新增服务点{10 + k}个;二是建立长效机制,明年起每年考核一次。\n"
                   for k, m in enumerate(missions))


def test_several_briefs_that_open_on_a_date_and_a_team_are_one_report_each():
    page = process(_briefs("2024年5月,县政协农业农村委员会调研组就高标准农田建后管护开展专题调研,走访乡镇6个。",
                           "2024年7月,县政协社会和法制委员会调研组就农村居家养老服务开展调研,召开座谈会3场。",
                           "2024年9月,县政协经济委员会调研组围绕优化营商环境开展调研,走访企业37家。"))
    assert [p.text[:7] for p in page.parts] == ["2024年5月", "2024年7月", "2024年9月"]


def test_one_visit_of_a_team_told_inside_a_report_starts_no_report():
    text = ("2024年,我县扎实推进农村饮水安全工作,全年新建供水站12座。\n"
            "2024年5月,市督查组到我县开展饮水安全专项督查,对我县工作给予肯定。\n"
            "下一步,我县将继续加大投入,年底前实现农村集中供水全覆盖。\n")
    assert len(process(text).parts) == 1


def test_a_notice_whose_title_stayed_among_its_first_lines_is_a_notice_and_its_parts_are_unlabelled():
    text = ("湄江县教育局政务公开\n关于开展全县中小学校园食品安全自查自纠工作的通知\n各乡镇中心学校,县直各学校:\n"
            "为切实保障师生饮食安全,决定在全县开展校园食品安全自查自纠工作。\n一、自查范围\n全县各级各类学校食堂137所。\n"
            "二、存在问题的整改\n各学校对自查发现的问题建立台账。\n三、工作要求\n一要高度重视。各学校于9月30日前报送自查报告。\n")
    doc = process(text).parts[0]
    assert doc.meta["doc_type"] == "通知"
    assert {s.label for s in doc.get("sections")} == {"其他"}


def test_speakers_reports_printed_one_after_another_are_one_report_each():
    text = ("县医院召开2025年度中层干部述职述廉大会\n1月6日下午,医院召开中层干部述职述廉大会,28名中层干部逐一述职。"
            "述职结束后,与会人员进行了民主测评。院党委书记在总结讲话中要求,各科室要对照查摆的问题逐项整改,确保落到实处。\n"
            "附:部分科室负责人述职述廉摘登\n心血管内科主任 庞思远\n2025年,科室完成门诊量3.42万人次,同比增长9.4%。"
            "全年开展心脏介入手术612台,新开展新技术3项,患者满意度96.8%。"
            "不足之处:科研产出偏少,年轻医师培养力度不够。2026年,科室将力争通过胸痛中心认证,年内发表核心期刊论文2篇。\n"
            "护理部主任 葛雨桐\n"
            "一年来,护理部组织全院护理人员培训36场次,护理质量考核合格率98.7%。下一步,将在3月底前完成护理人员分层考核。\n")
    parts = process(text).parts
    assert [p.text[:6] for p in parts[1:]] == ["心血管内科主", "护理部主任葛"]
    assert parts[0].meta["doc_type"] == "其他"  # a news item under its headline, whatever it reports


@pytest.mark.parametrize("above", ["日志", "新的一年全县林业工作怎么干？一起来看↓↓↓"])
def test_a_plan_whose_title_sits_below_a_blog_label_or_a_lead_in_sentence_is_a_plan(above):
    text = (above + "\n\n岑岭县林业局2025年工作计划\n\n一、主要目标\n全年完成植树造林1.2万亩,森林覆盖率达到68.5%。\n"
            "二、重点工作\n(一)抓好森林防火。3月底前完成全部防火通道清理。\n")
    part = process(text).parts[0]
    assert part.meta["directive"], part.meta


def test_a_half_year_report_glued_after_anothers_plans_is_a_report_of_its_own():
    # no title, no marker: a half year's opening by another unit after the plans of the first
    first = ("双溪乡农业农村办2026年上半年工作总结和下半年工作安排\n"
             "今年以来,乡农业农村办在乡党委的领导下,扎实抓好粮食生产和产业发展。\n"
             "一、上半年工作\n完成早稻播种1.8万亩,新建高标准农田2600亩。\n"
             "二、下半年工作安排\n(一)抓好秋粮生产。加强晚稻田间管理,力争全年粮食总产稳定在3.9万吨。\n"
             "(二)做好防汛抗旱。要严格落实24小时值班制度,确保山塘水库安全度汛。\n")
    second = ("上半年,石桥镇农业服务中心围绕稳粮增收的思路,完成粮食播种面积2.9万亩,新增蔬菜大棚70个,"
              "培训农民620人次。\n")
    page = process(first + second)
    assert [p.text[:9] for p in page.parts][1:] == ["上半年,石桥镇农业"]


def test_a_list_page_of_news_items_splits_at_each_items_dateline():
    text = ("青溪新闻网 首页 | 要闻 | 乡镇动态\n"
            "我县召开一季度经济运行调度会\n2026-04-08 16:12 来源:县融媒体中心 阅读:1863\n"
            "本报讯(记者 韦思远)4月7日,全县一季度经济运行调度会召开。一季度,全县规模以上工业增加值增长7.2%。\n"
            "固定资产投资增长5.1%,社会消费品零售总额增长4.8%,外贸进出口同比下降3.6%。\n"
            "会议要求,各部门要紧盯重点项目,对滞后项目实行一项目一专班推进,4月底前逐个明确推进措施。\n(责任编辑:蒙嘉禾)\n"
            "县委农村工作会议召开\n2026-01-20 18:40 来源:县委办 阅读:2417\n"
            "本报讯(通讯员 莫航)1月19日,县委农村工作会议召开。2025年,全县粮食播种面积稳定在31.2万亩。\n"
            "砂糖橘、茶叶两大特色产业综合产值突破40亿元,农村居民人均可支配收入增长6.8%。\n"
            "会议强调,要压实耕地保护责任,严格落实田长制,坚决遏制耕地非农化,确保粮食播种面积稳定在31万亩以上。\n(责任编辑:蒙嘉禾)\n")
    parts = process(text).parts
    assert [p.text[:6] for p in parts] == ["4月7日,全", "1月19日,"], [p.text[:20] for p in parts]


def test_numbered_report_titles_over_salutations_are_reports_of_their_own():
    """A page title over several speakers' reports, each under a numbered title and a salutation."""
    body = ("2023年,我{who}在县卫健局和乡党委的领导下,认真履行岗位职责,较好完成了全年各项工作任务。\n"
            "(一)履职情况。全年门诊4.62万人次,住院1380人次,家庭医生签约率达到76%。\n"
            "(二)存在的不足。业务用房面积小,住院病房仅有12间。\n"
            "(三)2024年工作打算。年底前完成中医馆建设,新增签约居民300户。\n述职人:{name}\n2024年1月12日\n")
    text = ("龙溪乡卫生院领导班子成员2023年度述职报告\n一、院长述职报告\n各位领导、同志们:\n"
            + body.format(who="主持卫生院全面工作,", name="朱涛") + "二、副院长述职报告\n各位领导、同志们:\n"
            + body.format(who="协助院长分管公共卫生,", name="黄丽"))
    parts = process(text).parts
    assert [p.meta["title"] for p in parts] == ["龙溪乡卫生院领导班子成员2023年度述职报告 一、院长述职报告", "二、副院长述职报告"]
    assert all(p.text.startswith("各位领导") for p in parts)
    assert [s.label for s in parts[1].get("sections")][1:] == ["主要做法", "存在问题", "下一步"]


def test_a_list_of_visited_sites_before_the_announcement_does_not_start_a_new_report():
    text = ("乡村旅游观摩学习报告\n7月上旬,按照县委关于学先进、找差距、促发展的要求,镇党委书记带领班子成员、各村党组织书记和文旅专干共18人,"
            "赴桐溪县观摩学习乡村旅游发展经验。两天时间里,观摩组一路看、一路问、一路议,先后察看了以下点位:\n"
            "、溪口村稻田民宿集群;\n、古茶园研学基地;\n、非遗手工作坊街区;\n、乡村旅游集散中心。\n现将观摩学习情况报告如下:\n"
            "一、主要收获\n桐溪县的民宿都是先规划、后建设,每个村的规划都经过三轮论证,哪里建民宿、哪里留农田,划得清清楚楚。\n"
            "二、几点建议\n建议我镇年内编制乡村旅游专项规划,把民宿布点和农田保护一并考虑。\n")
    assert len(process(text).parts) == 1


def test_a_list_page_starts_an_article_at_each_headline_over_its_publication_line():
    text = ("青溪县人民政府门户网站\n首页 | 政务公开 | 部门动态\n当前位置：首页 > 政务信息 > 部门动态\n\n"
            "县农业农村局“三强化”抓好秋粮生产\n发布时间：2026-09-02 09:15　信息来源：县农业农村局　阅读次数：236\n"
            "今年以来，县农业农村局围绕秋粮稳产增产，采取三项措施，全县秋粮播种面积稳定在42.6万亩。\n"
            "强化技术指导。组织农技人员分片包村，开展田间指导120场次，发放技术资料1.5万份。\n"
            "强化病虫防控。统防统治面积达到18万亩，重大病虫害危害损失率控制在5%以内。\n\n"
            "石桥镇多措并举推进人居环境整治\n发布时间：2026-08-21 16:30　信息来源：石桥镇人民政府　阅读次数：198\n"
            "石桥镇以创建美丽宜居村庄为目标，扎实推进农村人居环境整治，全镇卫生厕所普及率达到91.2%。\n"
            "一是开展村庄清洁行动，累计清理生活垃圾860吨。二是推进污水治理，新建污水处理站3座。\n"
            "下一步，石桥镇将在年底前完成剩余2个村的污水管网建设。\n")
    parts = process(text).parts
    assert [p.text[:8] for p in parts] == ["县农业农村局“三", "石桥镇多措并举推"]


def test_a_forum_threads_posts_start_under_their_floor_lines_and_its_counts_go():
    text = ("农村工作论坛 » 经验交流 » 帖子详情\n村里今年的总结，请大家帮忙看看\n查看：842 | 回复：3\n"
            "1楼　石岭村老主任　发表于 2026-12-10 19:20 | 只看该作者\n"
            "石岭村2026年工作总结\n今年，村“两委”带领群众发展特色种植，新建蔬菜大棚42个，带动农户38户增收。"
            "投入资金56万元，硬化村组道路2.1公里，新修灌溉渠1.3公里。明年，村里将成立蔬菜产销合作社，力争大棚面积扩大到80个。\n"
            "二、存在的问题\n一是产业规模小，抗市场风险能力弱。二是村集体收入来源单一，主要靠资源发包。三是年轻人外出多，村干部队伍年龄偏大。\n"
            "2楼　青禾驻村队员　发表于 2026-12-11 08:05\n"
            "今年协调派出单位资金30万元，建成村级农产品展销点1个，帮助村民销售蜂蜜4.5万斤。"
            "村里的茶叶加工点已完成选址，预计明年4月开工，建成后可吸纳20名留守妇女就业。\n"
            "3楼　石岭村老主任　发表于 2026-12-11 09:12\n谢谢，学习了。\n回复　|　举报　|　返回列表\n")
    parts = process(text).parts
    assert [p.text[:6] for p in parts] == ["今年，村“两", "今年协调派出"]


def test_a_post_printing_two_officers_述职_splits_at_the_second_title():
    text = ("编者按：岁末年初，街道组织专职网格员进行年终述职。本期选登两位网格员的述职材料。\n"
            "南门社区第2网格网格员述职\n林晓燕\n我是南门社区第2网格专职网格员林晓燕，负责网格内6栋楼、388户居民的服务管理工作。"
            "这一年，我全年入户走访1420户次，上报各类事件156件，办结151件。说到不足，我遇到邻里纠纷有时急于求成，调解方法比较单一。来年，我将把独居老人联系卡升级为一人一档。\n"
            "南门社区第5网格网格员述职\n周建平\n我是第5网格网格员周建平，今年是我当网格员的第三年。一年来，我配合社区完成了老旧小区"
            "改造的入户征求意见，收回意见表286份，全年调解邻里纠纷19起。今后，我将每天上下午各巡查一次。\n")
    parts = process(text).parts
    assert len(parts) == 2 and parts[1].meta["title"] == "南门社区第5网格网格员述职"


def test_a_bulletin_loses_its_masthead_and_digest_and_splits_at_each_item_headline():
    text = ("水利工作简报\n第5期\n松阳县水利局办公室编　　2026年6月8日\n\n本期导读\n◎全县小型水库除险加固工程全部开工\n◎县水利局部署汛前安全检查\n\n"
            "全县小型水库除险加固工程全部开工\n截至6月5日，全县14座小型水库除险加固工程全部开工，累计完成投资3860万元，占年度计划的61%。"
            "其中，青山、石门两座水库已完成坝体防渗处理，溢洪道改造进入收尾阶段。"
            "下一步，县水利局将督促施工单位在主汛期前完成大坝主体工程。\n\n"
            "县水利局部署汛前安全检查\n今年以来，县水利局把汛前安全检查作为防汛工作的第一道关口，召开部署会，各乡镇水利站长参加会议。会议要求，各乡镇要在6月15日前"
            "完成辖区内山塘、堤防的拉网式排查，排查结果报县防汛办。\n\n"
            "报：市水利局\n送：县委、县政府领导\n")
    result = process(text)
    kinds = [x.kind for x in result.removed]
    assert kinds.count("bulletin_masthead") == 5  # 水利工作简报, 第5期, 办公室编 + date, 报：…, 送：…
    assert sum("◎" in x.text for x in result.removed) == 2  # the digest
    assert [p.text[:8] for p in result.parts][1] == "县水利局部署汛前"


def test_a_news_item_printing_a_report_from_its_first_heading_on_stays_one_document():
    text = ("县人大常委会视察全县食品安全工作\n5月14日，县人大常委会副主任带领部分常委会组成人员和县人大代表，对全县食品安全工作进行视察。"
            "视察组实地察看了城西农贸市场快检室、县一中学校食堂和两家食品生产企业，听取了县市场监管局关于全县食品安全工作情况的汇报，"
            "并与部分食品生产经营者代表进行了座谈交流。现将汇报主要内容摘登如下：\n"
            "一、基本情况\n全县现有食品生产经营主体6843户，其中食品生产企业58家。\n"
            "二、主要做法\n全年完成食品安全监督抽检2460批次，抽检不合格率1.8%。\n")
    assert len(process(text).parts) == 1


def _repeats(*texts: str) -> list:
    from reportnlp.document import Document
    from reportnlp.stages.documents import mark_repeats

    parts = [Document(text=t) for t in texts]
    mark_repeats(parts, 0.75)
    return [p.meta["duplicate_of"] for p in parts]


def test_a_later_copy_of_a_reports_opening_cut_short_is_its_repeat():
    # a re-print that stops after the first part (a preview, a page cut off): less than half the
    # earlier report, every clause of it in that report, opening as it does after its title
    cut = A[A.index("县安委会办公室"):A.index("二、存在问题")]
    assert _repeats(A + B, cut) == [None, 0]


def test_a_shorter_report_sharing_phrases_but_not_the_opening_is_no_repeat():
    # all its clauses occur in the earlier page, but it opens mid-way: an excerpt is no re-print
    later = A[A.index("二、存在问题"):A.index("2020年12月20日")]
    assert _repeats(A + B, later) == [None, None]
    # and a short preview before the full report does not make the full report its repeat
    preview = A[:A.index("二、存在问题")]
    assert _repeats(preview, A + B) == [None, None]


def test_a_news_item_reporting_a_meeting_is_no_speech():
    # who presided, who spoke and what the meeting stressed: a report of a meeting, though a speech
    # is quoted in it; a speech that says 讲话 of itself stays one
    news = ("推进宣传工作创新 为农场发展凝聚合力\n4月16日下午,北湖农场在二楼会议室召开宣传工作会议,"
            "场党委副书记吕知秋主持会议,场长顾鸿远出席会议并讲话。\n会议指出,过去一年农场宣传工作亮点纷呈。"
            "会议要求,各分场要加强通讯员队伍建设,年底前每个分场至少配备2名通讯员。\n")
    assert process(news).parts[0].meta["doc_type"] == "其他"
    speech = ("在全场宣传工作会议上的讲话\n同志们:\n今天召开宣传工作会议,我讲三点意见。\n"
              "一是要加强队伍建设。各分场要在年底前配齐通讯员。\n")
    assert process(speech).parts[0].meta["doc_type"] == "讲话"
