"""Report boundaries the probe of real pages showed missed or false: titles glued to other text, a
compilation's 目录, an outline before the body, part headings, a second announcement, a caption."""
from reportnlp.api import process
from reportnlp.pipeline import default_pipeline
from reportnlp.document import Document
from reportnlp.stages.documents import split_documents

FIRST = ("县农业局2026年农田水利工作总结\n"
         "今年以来,县农业局围绕农田水利设施补短板,完成小型水利工程维修养护工作,现将有关情况总结如下:\n"
         "一、主要做法\n全年维修山塘18座、灌溉渠道26公里,新增有效灌溉面积3200亩。\n"
         "二、存在问题\n部分渠道年久失修,管护经费不足。\n")


def test_a_title_glued_to_the_last_sentence_starts_the_next_report():
    text = (FIRST + "下一步,我们将争取专项资金,年底前完成剩余渠道改造。县农业局秋粮收购工作总结\n"
            "10月8日至15日,县农业局会同粮食企业开展秋粮收购,共收购稻谷1.2万吨。下一步将完善仓储设施。\n")
    parts = process(text).parts
    assert len(parts) == 2
    assert parts[0].text.rstrip().endswith("剩余渠道改造。")
    assert parts[1].meta["title"] == "县农业局秋粮收购工作总结"
    assert parts[1].text.startswith("10月8日至15日")


def test_a_title_like_ending_over_a_heading_is_no_glued_title():
    text = FIRST + "全年任务全部完成。以上是本年度的工作总结\n三、下一步打算\n明年将争取专项资金,完成剩余渠道改造。\n"
    assert len(process(text).parts) == 1


def test_a_title_line_with_a_read_aloud_button_starts_a_report():
    text = FIRST + ("县林业局森林防火工作总结[朗读]\n以防为主,防消结合。\n"
                    "今年以来,县林业局全面落实森林防火责任制,全年未发生较大森林火灾,巡护里程达4.6万公里。\n")
    parts = process(text).parts
    assert len(parts) == 2 and parts[1].text.startswith("以防为主")
    # a bracketed button after words that name no report is no title
    assert len(process(FIRST + "主要成效[朗读]\n以防为主,防消结合。今年以来,全年未发生较大森林火灾。\n").parts) == 1


def _report(town: str) -> str:
    return (f"各位代表:现在,我代表{town}人民政府向大会报告工作,请予审议。\n"
            f"一、2025年工作回顾过去一年,全镇完成固定资产投资3.8亿元,新增市场主体210户,建成高标准农田1.2万亩。\n"
            f"二、2026年工作安排今年我镇将重点做好三件事:一是建成农产品冷链仓储中心;二是新增城乡公交线路2条。\n")


def test_a_compilations_contents_run_into_its_first_report_are_no_report():
    contents = "".join(f"{k}.2026年{t}政府工作报告" for k, t in enumerate(["甲溪镇", "乙岭镇", "丙河镇", "丁桥乡", "戊山镇", "己庄乡", "庚水镇", "辛田乡", "壬坝镇"], 1))
    text = ("乡镇政府工作报告汇编(9篇)目录" + contents + "2026年甲溪镇政府工作报告" + _report("甲溪镇")
            + "2026年乙岭镇政府工作报告\n" + _report("乙岭镇"))
    parts = process(text).parts
    assert [p.meta["title"] for p in parts] == ["2026年甲溪镇政府工作报告", "2026年乙岭镇政府工作报告"]
    assert parts[0].text.startswith("各位代表:现在,我代表甲溪镇")
    assert not any("目录" in p.text for p in parts)


def test_a_report_named_mid_sentence_before_a_salutation_is_not_cut():
    # (no sentence end, 目录 title or number where a title would start)
    text = ("过去一年,在镇党委的坚强领导下,在镇人大的监督支持下,全镇上下齐心协力,圆满完成了年初确定的工作报告各位代表:"
            "现在,我代表镇人民政府向大会报告工作,请予审议。\n" + _report("甲溪镇"))
    parts = process(text).parts
    assert len(parts) == 1 and parts[0].text.startswith("过去一年")


OUTLINE_BODY = ("自6月20日以来,我镇遭遇持续强降雨,多处道路塌方。镇党委、政府迅速行动,全力抗灾救灾。现将防汛工作情况总结如下:\n"
                "一、雨情灾情\n6月20日至25日,全镇累计降雨量286毫米,直接经济损失约1200万元。\n"
                "二、汛前准备\n5月底前完成镇、村两级防汛预案修订,储备编织袋1.5万条。\n"
                "三、抢险救援\n及时启动应急响应,转移安置群众460人。\n"
                "四、灾后恢复\n抢通道路32处,修复水毁渠道2.8公里。\n")


def test_an_outline_of_the_headings_before_the_body_is_no_report():
    title = "镇2026年防汛救灾工作总结"
    outline = ("目录/提纲:\n一、雨情灾情\n二、汛前准备\n1、修订完善防汛预案\n2、储备防汛抢险物资\n3、组织镇村应急演练\n三、抢险救援\n"
               "1、启动应急响应\n2、转移安置受灾群众\n四、灾后恢复\n五、总结评价\n1、预警发布还不够及时\n2、病险山塘隐患较多\n3、物资储备点布局不合理\n")
    page = process(f"{title}\n{outline}{title}\n{OUTLINE_BODY}")
    assert len(page.parts) == 1
    assert page.parts[0].meta["title"] == title and page.parts[0].text.startswith("自6月20日以来")
    assert any(r.kind == "outline" for r in page.removed)


def test_a_title_repeated_after_the_reports_prose_starts_no_report():
    title = "镇2026年防汛救灾工作总结"
    page = process(f"{title}\n{OUTLINE_BODY}{title}\n五、总结评价\n这次防汛救灾没有发生人员伤亡,但也暴露出预警发布不够及时等短板。\n")
    assert len(page.parts) == 1


PARTS = ("清河街道办事处2025年度工作报告\n"
         "2025年,清河街道在区委、区政府的坚强领导下,较好完成了全年各项任务。现将有关情况报告如下。\n"
         "第一篇 2025年工作回顾\n一、经济运行稳中有进\n全年完成固定资产投资16.2亿元,同比增长6.8%,新引进企业19家。\n"
         "二、民生保障持续加强\n新增城镇就业1160人,改造老旧小区5个,惠及居民1860户。\n"
         "第二篇 2026年工作安排\n一、总体目标\n固定资产投资增长6%以上,新增城镇就业1100人以上。\n"
         "二、重点任务\n全力推进产业园二期建设,6月底前完成主体工程。\n")


def test_part_headings_of_one_report_split_nothing():
    assert len(process(PARTS).parts) == 1


def test_a_fanwen_sites_numbered_article_header_still_splits():
    second = ("第二篇:2025年柳溪村上半年工作总结和下半年计划\n"
              "今年以来,柳溪村在镇党委的领导下,扎实推进人居环境整治,清理垃圾360吨,新建公厕4座,群众满意度明显提升。\n"
              "下半年,我村将继续完善长效管护机制,年底前实现垃圾分类全覆盖。\n")
    parts = process(FIRST + second).parts
    assert len(parts) == 2 and parts[1].text.startswith("今年以来,柳溪村")


def test_a_second_announcement_under_a_numbered_heading_is_the_same_report():
    text = ("__乡位于__县东南部,总面积__平方公里,辖8个行政村1个社区,总人口1.1万余人。现将我乡党建和人居环境两项工作开展情况汇报如下:\n"
            "一、基层党建工作开展情况\n全乡现有党支部12个,其中农村党支部8个,共有党员386名,全年发展新党员9名,培养入党积极分子21名。\n"
            "2025年,为扎实推进基层组织建设提升年活动,乡党委重点抓了以下几项工作,现将具体做法汇报如下:\n"
            "1、抓班子,促合力。坚持每月召开一次党委理论学习中心组学习会,完善了党委议事规则。\n"
            "2、抓阵地,强服务。新建和改造村级党群服务中心2个,为村级组织落实办公经费每村2万元。\n"
            "二、人居环境整治开展情况\n全乡建成垃圾收集点98个,配备保洁员36名,全年清运生活垃圾约1800吨。\n")
    assert len(process(text).parts) == 1


def _before_documents(text: str, boundaries_at: list[str]) -> Document:
    """The page as the documents stage gets it, with article boundaries where boilerplate would mark them."""
    doc = default_pipeline().before("documents")(Document(text=text))
    doc.anchors["article_boundaries"] = [doc.text.index(s) for s in boundaries_at]
    return doc


NEWS = ("3月2日,柳川县图书馆在报告厅召开2026年度工作总结暨读者服务述职会,全馆职工28人参加,县文旅局分管领导到会指导,馆长周立新主持会议。\n"
        "会上,各部室负责人逐一述职,回顾一年来的工作完成情况和取得的成绩,对存在的问题进行了归纳,并对新一年的工作作了安排。\n")


def test_a_headline_repeated_as_a_caption_is_no_report():
    text = NEWS + ("柳川县图书馆召开年度工作总结暨读者服务述职会\n"
                   "随后,周立新代表馆班子作年度工作总结,全年接待读者12.6万人次,举办阅读推广活动86场。\n"
                   "周立新要求,全馆上下要创新服务方式,推动全民阅读工作再上新台阶。\n")
    parts = split_documents(_before_documents(text, ["柳川县图书馆召开年度"])).parts
    assert len(parts) == 1


def test_a_new_items_headline_at_an_article_mark_starts_it():
    text = NEWS + ("桃源镇开展春季植树活动\n"
                   "随后,桃源镇组织机关干部和志愿者120余人在河堤沿线开展义务植树,共栽种香樟、桂花等苗木1600株。\n")
    parts = split_documents(_before_documents(text, ["桃源镇开展春季"])).parts
    assert len(parts) == 2


def test_a_printed_reports_first_heading_after_its_announcement_is_the_items_body():
    text = NEWS + ("随后,周立新代表馆班子作年度工作总结。现将总结摘要刊发如下:\n"
                   "一、2026年主要工作\n全年接待读者12.6万人次,举办阅读推广活动86场,新增馆藏图书2.1万册。\n"
                   "二、存在的问题\n专业人员不足,馆舍设施老化。\n")
    parts = split_documents(_before_documents(text, ["一、2026年主要工作"])).parts
    assert len(parts) == 1
