"""Round 26 (r26docshare): 合集 (compilation) pages on doc-share and 范文 sites, end to end — the pieces' boundaries,
the markers between them, and the commitments the plans among them yield.

Each class: must-catch tests in two phrasings and look-alikes left alone, on made-up text, through the public API."""
from page_text import all_commitments, all_text, run


# three plan items, each well over a report's least length, in made-up words
_ITEM_A = ("一、加强组织建设。社区将调整充实工作领导小组,明确专人负责日常事务,把各项工作任务分解到每一名社区干部,"
           "做到事事有人管、件件有落实。 二、做好宣传工作。每月出一期黑板报,每季度组织一次政策宣讲,利用居民微信群"
           "及时发布通知。 三、办好民生实事。年内完成两个小区的路灯改造,6月底前建成老年食堂。")
_ITEM_B = ("一、突出安全生产。社区将组织辖区企业开展隐患排查,全年不少于4次,发现问题当场登记、限期整改,整改情况"
           "在公示栏公布。 二、抓好环境整治。10月底前完成背街小巷整治任务,对乱堆乱放实行每周巡查,建立问题台账。 "
           "三、强化队伍建设。每半年开展一次业务培训,提高社区干部服务本领。")
_ITEM_C = ("今年,社区将紧扣居民需求,重点做好以下工作:一是完善网格管理,把网格员配齐配强,做到小事不出网格;二是开展"
           "文明创建,9月前评选十户文明家庭;三是办好社区讲堂,每月邀请一名专家讲课,全年不少于12次。")


# class 1: a doc-share site flattens a 合集 onto one line; each later item's marker runs into the last sentence of
# the item before. The marker goes, a line break takes its place, and the next item starts there.
def test_bracketed_markers_inside_a_flattened_line_split_the_items():
    page = "河湾社区2030年工作计划河湾社区2030年工作计划【篇一】 " + _ITEM_A + "【篇二】 " + _ITEM_B + "【篇三】 " + _ITEM_C
    res = run(page)
    assert len(res.documents) == 3
    assert "【篇" not in all_text(res)
    assert res.documents[1].text.startswith("一、突出安全生产")
    assert not any("【篇" in c for c in all_commitments(res))


def test_sample_numbers_inside_a_flattened_line_split_the_items():
    page = ("2031年社区工作计划范文三篇新的一年到来了,社区工作计划怎么写呢?下面小编带来了几篇范文,欢迎参考!范文一"
            + _ITEM_A + "范文二为做好今年的社区工作,结合实际,制定本计划。" + _ITEM_B + "范文三" + _ITEM_C)
    res = run(page)
    assert len(res.documents) == 3
    assert "范文二" not in all_text(res) and "范文三" not in all_text(res)
    assert res.documents[1].text.startswith("为做好今年的社区工作")


def test_titled_markers_with_colons_split_and_keep_the_titles():
    page = ("防汛工作计划 篇一:防汛工作计划 " + _ITEM_A + " 篇二:社区防汛工作计划 为切实做好今年防汛工作,确保辖区"
            "居民安全,制定如下计划: " + _ITEM_B)
    res = run(page)
    assert len(res.documents) == 2
    assert "篇二" not in all_text(res)
    assert res.documents[1].title == "社区防汛工作计划"
    assert res.documents[1].text.startswith("为切实做好今年防汛工作")


def test_a_chapter_word_or_a_number_after_the_marker_words_stays():
    # look-alikes: "第二篇章" is a chapter of the report's own, "范文一样" a comparison, "篇二十" a count
    page = ("2031年街道文化工作总结\n今年,街道围绕文化惠民开展工作。群众文艺汇演分为三个篇章。第二篇章讲述了老街的变迁,"
            "演出后居民反响热烈。街道还组织写作培训,学员的习作写得和范文一样规范。全年共编印社区小报24期。")
    res = run(page)
    out = all_text(res)
    assert len(res.documents) == 1
    assert "第二篇章讲述了老街的变迁" in out and "和范文一样规范" in out


def test_a_marker_at_a_line_start_is_left_to_the_line_rules():
    page = ("社区安全工作总结(精选2篇)\n篇一:社区安全工作总结\n今年以来,社区围绕平安建设开展工作,全年组织安全巡查48次,"
            "整改隐患31处,辖区未发生安全事故。社区还为独居老人安装烟感报警器60个,组织消防演练4次,参加居民520人次。"
            "社区坚持每月召开一次平安建设例会,通报隐患整改情况,并对楼道堆物开展集中清理,共清理杂物3.2吨。\n"
            "篇二:社区安全工作总结\n今年,社区坚持预防为主,与辖区商户签订安全责任书86份,开展安全宣传进楼院活动12场,"
            "发放宣传资料3000余份,群众安全感明显提升。\n")
    res = run(page)
    assert len(res.documents) == 2
    assert "篇二" not in all_text(res)


# class 2: an item of a 合集 of plans whose marker names no genre ("范文二", "【篇二】") takes the genre of the 合集's
# head, the page's title with the count of its items, so its measures read as plans
def test_an_untitled_item_of_a_collection_of_plans_yields_its_measures():
    page = ("2031年社区工作计划范文三篇新的一年到来了,社区工作计划怎么写呢?下面小编带来了几篇范文,欢迎参考!范文一"
            "2031年,南岭社区将在街道党工委的领导下,围绕居民需求开展工作。一、健全组织网络。社区将调整科普工作领导小组,"
            "由主任牵头负责,各小区确定一名联络员。二、丰富活动载体。每季度举办一次科普讲座,年底前建成科普长廊,组织"
            "青少年参加科技夏令营。")
    got = all_commitments(run(page))
    assert any("社区将调整科普工作领导小组" in c for c in got)


def test_an_untitled_item_under_a_bracketed_count_of_plans_yields_its_measures():
    page = ("安全生产月活动方案(通用3篇)\n为了确保活动有序开展,下面是小编整理的安全生产月活动方案,欢迎阅读。\n"
            "【篇一】\n2031年,公司将围绕安全生产月主题开展以下工作。一、健全组织机构。公司将成立活动领导小组,由总经理"
            "任组长,各车间主任为成员。二、开展隐患排查。各车间每周自查一次,6月20日前完成全部整改。\n")
    got = all_commitments(run(page))
    assert any("公司将成立活动领导小组" in c for c in got)


def test_a_collection_of_summaries_gives_its_items_no_plan_genre():
    # look-alike: a 合集 of summaries (its head reviews): an untitled item's past work stays no commitment
    page = ("2031年社区工作总结范文三篇年终到了,下面小编带来了几篇范文,欢迎参考!范文一2031年,南岭社区在街道党工委的"
            "领导下开展工作。一、健全了组织网络。社区调整了科普工作领导小组,由主任牵头负责。二、丰富了活动载体。全年"
            "举办科普讲座12次,建成科普长廊一处。")
    got = all_commitments(run(page))
    assert not any("调整了科普工作领导小组" in c for c in got)


# class 3: a plan's purpose sentence opening on a connective ("同时,为了…,现制定…工作计划:") is structure
def test_a_purpose_sentence_after_a_connective_is_no_commitment():
    page = ("2031年社区科普工作计划\n南岭社区紧密围绕居委会的中心工作开展科普工作。同时,为了在新的一年里让社区科普工作"
            "迈上新台阶,现制定2031年工作计划:一、健全组织网络。社区将调整科普工作领导小组,由主任牵头负责。\n")
    got = all_commitments(run(page))
    assert not any("现制定2031年工作计划" in c for c in got)
    assert any("社区将调整科普工作领导小组" in c for c in got)


def test_a_purpose_sentence_after_another_connective_is_no_commitment():
    page = ("2031年街道安全生产工作方案\n街道安全生产形势总体平稳。此外,为进一步压实企业主体责任,特制定本工作方案:"
            "一、开展隐患排查。街道将组织各社区每月开展一次隐患排查,9月底前完成全部整改。\n")
    got = all_commitments(run(page))
    assert not any("特制定本工作方案" in c for c in got)
    assert any("9月底前完成全部整改" in c for c in got)


def test_a_connective_before_a_measure_stays_a_commitment():
    # look-alike: a connective before a measure of its own, no plan named after it
    page = ("2031年街道安全生产工作方案\n一、开展隐患排查。街道将组织各社区每月开展一次隐患排查。同时,为了消除隐患,"
            "街道将在9月底前完成全部整改。\n")
    got = all_commitments(run(page))
    assert any("9月底前完成全部整改" in c for c in got)


# class 4: a top heading run into its sub-list numbered (一) in a flattened plan names the topic of its items
def test_a_top_heading_run_into_its_first_sub_item_is_no_commitment():
    page = ("2031年社区防汛工作计划\n为保障群众生命财产安全,结合社区实际,制定如下计划: 一、提高认识。社区各单位要高度重视"
            "防汛工作,认真做好各项准备。 二、明确任务职责 (一)认真履行辖区设施管理职责,保证下水道畅通,防止内涝。 "
            "(二)5月底前完成防汛物资储备。\n")
    got = all_commitments(run(page))
    assert "二、明确任务职责" not in [c.strip() for c in got]
    assert any("5月底前完成防汛物资储备" in c for c in got)


def test_a_top_heading_over_its_sub_list_on_the_next_line_is_no_commitment():
    page = ("2031年街道环境整治工作方案\n一、落实工作责任\n(一)街道成立整治工作专班,由分管领导任组长。\n"
            "(二)各社区9月底前完成辖区背街小巷整治。\n")
    got = all_commitments(run(page))
    assert "一、落实工作责任" not in [c.strip() for c in got]
    assert any("9月底前完成辖区背街小巷整治" in c for c in got)


def test_a_heading_with_its_own_deadline_over_a_sub_list_stays():
    # look-alike: a heading that states its own time is a measure
    page = ("2031年街道环境整治工作方案\n一、10月底前完成老旧小区改造\n(一)街道成立改造工作专班。\n"
            "(二)各社区做好居民动员。\n")
    got = all_commitments(run(page))
    assert any("10月底前完成老旧小区改造" in c for c in got)


# class 5: a 合集 whose items are all named as the page is prints the page's title again with the item's number
# before it ("1.社区消防安全工作报告"): the number goes, the title stays over its item, and the next one starts there
_REPORT_1 = ("为落实街道关于消防安全工作的部署,我社区认真开展消防安全工作,现将工作开展情况报告如下:\n一、主要工作\n今年以来,"
             "社区共组织消防安全检查36次,排查整改隐患52处,为独居老人家庭安装烟感报警器120个。\n二、下一步打算\n社区将在10月"
             "底前完成全部老旧小区的消防通道划线。\n")
_REPORT_2 = ("今年以来,在街道党工委的领导下,我社区坚持预防为主、防消结合的方针,扎实推进消防安全工作,全年未发生一起火灾事故。\n"
             "一、健全责任体系。社区与辖区86家沿街商铺签订消防安全责任书,落实网格员巡查制度。\n二、开展宣传培训。举办消防知识"
             "讲座8场,组织居民参加灭火器实操培训460人次。\n")


def test_numbered_copies_of_the_page_title_split_the_items():
    page = ("社区消防安全工作报告\n字号:\n以下是整理的社区消防安全工作报告,欢迎阅读!\n1.社区消防安全工作报告\n" + _REPORT_1
            + "2.社区消防安全工作报告\n" + _REPORT_2)
    res = run(page)
    assert len(res.documents) == 2
    assert "1.社区消防安全工作报告" not in all_text(res)
    assert res.documents[1].text.startswith("今年以来,在街道党工委的领导下")


def test_numbered_copies_with_a_comma_numeral_split_the_items():
    page = ("社区消防安全工作报告\n以下是整理的社区消防安全工作报告,欢迎阅读!\n1、社区消防安全工作报告\n" + _REPORT_1
            + "2、社区消防安全工作报告\n" + _REPORT_2)
    res = run(page)
    assert len(res.documents) == 2
    assert "2、社区消防安全工作报告" not in all_text(res)


def test_a_numbered_line_naming_another_report_stays():
    # look-alike: a report's own numbered list of the papers it sent, not the page's title again
    page = ("社区消防安全工作报告\n今年以来,社区共组织消防安全检查36次,排查整改隐患52处。社区向街道报送了以下材料:\n"
            "1.社区消防设施检查报告\n2.社区消防演练总结\n社区将在10月底前完成全部老旧小区的消防通道划线。\n")
    out = all_text(run(page))
    assert "1.社区消防设施检查报告" in out


# class 6: a 合集 page's greeting over its first item ("…下面就由小编给大家带来…,希望大家喜欢!") is a preface
def test_a_collection_greeting_goes():
    page = ("一转眼又到岁末,新一年的工作也该提前想一想了。小编给大家带来几篇社区年度工作计划,希望大家喜欢!\n"
            "社区年度工作计划1\n为把绿色社区创建的成果保持下去,立足本社区情况,特制定2031年绿色社区创建工作计划。\n一、创建目标\n"
            "让更多居民自觉参与环境保护。\n二、主要措施\n1、成立创建领导小组,社区书记任组长。\n")
    out = all_text(run(page))
    assert "希望大家喜欢" not in out
    assert "特制定2031年绿色社区创建工作计划" in out


def test_another_collection_greeting_goes():
    page = ("转眼又到年底了,又该写总结了。小编给大家带来了几篇班组安全总结,希望你喜欢。\n班组安全工作总结1\n今年以来,"
            "班组坚持安全第一,全年组织安全学习24次,排查隐患18处,实现全年无事故。\n")
    out = all_text(run(page))
    assert "希望你喜欢" not in out
    assert "全年组织安全学习24次" in out


def test_a_report_sentence_about_what_the_work_brought_stays():
    # look-alike: one of the cue words in a report's own sentence
    page = ("2031年社区便民服务工作总结\n今年,社区新建便民服务站3个,给大家带来了实实在在的便利,居民满意度达到96%。\n")
    out = all_text(run(page))
    assert "给大家带来了实实在在的便利" in out


# class 7: a 合集 whose page title is lost (not printed at the top without a number) prints its items' one title with
# two numbers or more ("社区的工作计划1" / "社区的工作计划2"): each copy goes whole and the next item starts there (the
# second copy had stayed as the caption of the item above, its lead with it)
_PLAN_1 = ("为把绿色社区创建的成果保持下去,立足本社区情况,特制定2032年绿色社区创建工作计划。\n一、创建目标\n让更多居民自觉"
           "参与环境保护,把小区环境维护得干净整洁。\n二、主要措施\n1、成立创建工作领导小组,由社区书记任组长。\n2、6月底前在每个"
           "小区设置有害垃圾回收箱。\n")
_PLAN_2 = ("2032年,社区将以服务居民为中心,重点做好以下几方面工作:\n一、加强党建引领。坚持每月召开一次党员大会,推行党员联系"
           "楼栋制度。\n二、提升服务水平。完善一站式服务大厅,全年为居民代办事项不少于500件。\n")


def test_numbered_copies_without_a_page_title_split_the_items():
    page = "小编给大家带来几篇社区年度工作计划,希望大家喜欢!\n社区年度工作计划1\n" + _PLAN_1 + "社区年度工作计划2\n" + _PLAN_2
    res = run(page)
    assert len(res.documents) == 2
    assert "社区年度工作计划" not in all_text(res)
    assert res.documents[1].text.startswith("2032年,社区将以服务居民为中心")


def test_numbered_copies_with_a_sample_word_without_a_page_title_split_the_items():
    page = "村级年度工作方案1\n" + _PLAN_1 + "村级年度工作方案2\n" + _PLAN_2
    res = run(page)
    assert len(res.documents) == 2
    assert res.documents[1].text.startswith("2032年,社区将以服务居民为中心")


def test_numbered_copies_under_their_page_title_keep_their_titles():
    # look-alike: the page prints the title without a number at the top; the copies' numbers go, their titles name
    # the items (round 15's numbered_copy)
    page = "社区的年度工作方案\n社区的年度工作方案1\n" + _PLAN_1 + "社区的年度工作方案2\n" + _PLAN_2
    res = run(page)
    assert len(res.documents) == 2
    assert res.documents[1].title == "社区的年度工作方案"


# class 8: an emergency plan (预案) directs as a 方案 does: its steps are measures
def test_the_steps_of_an_emergency_plan_are_commitments():
    page = ("入夏以后雨水明显增多。为保证汛期幼儿在园安全,坚持预防在先、安全至上,一旦遇到较大汛情能组织师生有序撤离,"
            "结合我园实际,特制定此预案。\n一、园内发生汛情险情,各工作小组立即进入应急状态\n"
            "1、应急指挥组:组长由分管安全的副园长担任。主要职责是:\n(1)第一时间赶到现场,摸清险情,稳住局面,防止险情扩大。\n"
            "(2)牵头做好事后的调查和处理,查明原因,分清责任。\n")
    got = all_commitments(run(page))
    assert any("第一时间赶到现场" in c for c in got)
    assert not any("特制定此预案" in c for c in got)  # its purpose frames the plan


def test_the_steps_of_an_emergency_plan_under_its_title_are_commitments():
    page = ("社区防汛应急预案\n一、应急处置措施\n(1)网格员立即赶到现场,组织群众转移到安全地带。\n(2)社区及时汇总险情信息,"
            "迅速报告街道防汛办。\n")
    got = all_commitments(run(page))
    assert any("组织群众转移到安全地带" in c for c in got)


def test_a_summary_of_an_emergency_drill_gives_no_commitments():
    # look-alike: a summary of what a drill did under its 预案, reviewed, not planned
    page = ("社区防汛应急演练工作总结\n按照社区防汛应急预案,社区于6月12日组织了一次防汛应急演练。网格员立即赶到现场,"
            "组织群众转移到了安全地带,演练共有居民120人参加。\n")
    got = all_commitments(run(page))
    assert not any("组织群众转移到了安全地带" in c for c in got)


# class 9: a flattened doc-share plan runs its title into its first heading ("…消防安全2031工作计划一、按照…"): the title
# breaks off, names the report, and the plan's items read as measures
def test_a_title_run_into_the_first_heading_breaks_off():
    page = ("https://m.wendang-example.com/p-31415.html\n仓储企业消防安全2031工作计划一、落实“谁主管、谁负责”的要求,各部门负责人是本部门消防安全第一责任人,岗位消防职责"
            "逐一明确到人。1、严格执行动火作业审批制度,从源头上防范火灾。2、各部门建立防火巡查制度,每天巡查一遍,"
            "每季度至少组织一次防火检查。3、建筑消防设施每年至少全面检测一次,保证完好好用。\n")
    res = run(page)
    assert res.documents[0].title == "仓储企业消防安全2031工作计划"
    assert res.documents[0].text.startswith("一、落实“谁主管")
    assert any("严格执行动火作业审批制度" in c for c in all_commitments(res))


def test_a_summary_title_run_into_the_first_heading_breaks_off():
    page = ("精选优质文档-倾情为你奉上\n柳溪镇2031年上半年工作总结一、“三个一批”工作完成情况上半年,全镇完成固定资产投资3.2亿元,新建村级道路18公里。"
            "二、存在的问题部分项目推进较慢。三、下半年工作打算镇里将在10月底前完成污水管网改造。\n")
    res = run(page)
    assert res.documents[0].title == "柳溪镇2031年上半年工作总结"
    assert res.documents[0].text.startswith("一、“三个一批”工作完成情况")


def test_a_heading_naming_a_plan_run_into_its_sub_item_stays_text():
    # look-alike: a part heading inside a report, run into its first sub-item, after a sentence: no new report's title
    page = ("2031年街道工作总结\n今年以来,街道完成各项任务。一、主要工作全年新建口袋公园4个。二、明年工作计划一、抓好项目建设,"
            "10月底前完成老旧小区改造。\n")
    res = run(page)
    assert len(res.documents) == 1
