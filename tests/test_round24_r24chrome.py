"""Round 24 (r24chrome): site chrome, report boundaries and titles on real pages (WeChat mirrors, doc-share
previews, portals, forum threads).

Each class must-catch tests in two phrasings and look-alikes the rules leave alone, on made-up text."""
from tests.page_text import removed, run, text, titles

LEAD = ("11月14日下午,青禾街道召开秋冬季环境整治推进会,街道班子成员及9个社区书记参加。\n"
        "会上,城管科通报了前期督查发现的46处问题点位,已整改到位37处。\n"
        "街道党工委书记要求,各社区要在11月底前完成剩余问题点位的整改。\n")


def kinds(page: str) -> set[str]:
    """The kinds of what boilerplate removed from ``page``."""
    return {r.kind for r in run(page).removed}


def gone(piece: str, page: str) -> bool:
    """``piece`` is among what boilerplate removed from ``page`` (blanks aside: normalizing takes some)."""
    return piece.replace(" ", "") in [r.replace(" ", "") for r in removed(page)]


# class: a Discuz jammer before an opening quote or before a list number: the jammer goes, the quote and the
# number stay
def test_jammer_before_opening_quote_goes_quote_stays():
    page = ("年底述职材料,请大家指点。\n"
            "8 m/ e' t d% Y5 p5 R+ z1 L& n$ h “稳”字当头:今年以来,本人负责全局农村供水工程建设。\n"
            "$ W6 }/ D% d\" a r# ~ “实”字为要:明年,本人将把精力放在工程运行管护上。\n")
    out = text(page)
    assert "“稳”字当头" in out and "“实”字为要" in out
    assert "d% Y5" not in out and "r# ~" not in out


def test_jammer_before_dotted_number_leaves_the_number():
    page = ("写一份述职材料,可以按开头、主体、署名三块来安排。\n"
            "# L* n6 Q% ^* `$ j8 f/ d 1.开头。写明题目,再写呈送的单位或对象。\n"
            "! |% U* L/ X& R) p* T: m$ o7 a 2.主体。先引入,再展开,最后收束。\n")
    out = text(page)
    assert "1.开头。" in out and "2.主体。" in out
    assert "j8 f/ d" not in out


def test_jammer_before_bracketed_number_leaves_the_number():
    page = ("述职报告的首部包括标题和称谓。\n"
            "# u+ z1 Q) S# H$ k) R (1)标题。述职报告的标题有单标题和双标题之分。\n"
            ", i/ r+ r$ b* I# { (2)称谓。标题之下第一行顶格写称谓。\n")
    out = text(page)
    assert "(1)标题。" in out and "(2)称谓。" in out
    assert "H$ k) R" not in out


def test_ascii_words_before_a_list_item_stay():
    # a standard's name or a code before the text is no jammer (few marks, words of three letters and more)
    page = ("质量管理体系运行情况如下。\n"
            "ISO 9001 2015 (1)内审。全年开展内部审核2次,发现不符合项7个。\n"
            "(2)管理评审。12月召开管理评审会议1次。\n")
    out = text(page)
    assert "ISO 9001 2015" in out and "(1)内审。" in out


# class: a mirror's tag list closing the page, one word a line, under the last sentence
def test_foot_tag_list_goes():
    page = ("青禾街道召开秋冬季环境整治推进会\n\n" + LEAD
            + "\n环境整治\n\n青禾街道\n\n城管科\n\n推进会\n\n问题点位\n\n社区书记\n")
    out = text(page)
    assert "环境整治\n" not in out + "\n" and not out.rstrip().endswith("社区书记")
    assert "完成剩余问题点位的整改" in out


def test_foot_tag_list_second_phrasing():
    page = ("全县秋粮收购进度过半\n"
            "10月以来,全县各收购点累计收购秋粮3.2万吨,收购进度过半。\n"
            "县粮食局要求各收购企业做好烘干仓储衔接,确保农户售粮不排长队。\n"
            "秋粮\n收购\n烘干\n仓储\n粮食局\n")
    out = text(page)
    assert out.rstrip().endswith("确保农户售粮不排长队。")


def test_signature_block_at_the_foot_stays():
    # a report's signature: a unit and a date under the last sentence, not a tag list
    page = ("一、主要工作\n今年以来,我局共办理群众诉求126件,办结率98%。\n"
            "二、下一步打算\n明年将在6月底前完成系统升级。\n"
            "青禾县信访局\n2025年12月20日\n")
    out = text(page)
    assert "青禾县信访局" in out


def test_name_list_under_a_colon_stays():
    # names one a line under "参加人员:" end no sentence: no tag list (whatever the line model makes of them)
    page = ("11月3日,镇党委召开专题会议,研究部署冬季防火工作,会议要求各村落实巡查责任。\n"
            "参加人员:\n王建国\n李春梅\n赵志强\n孙丽华\n周启明\n")
    assert "keywords" not in kinds(page)


def test_word_run_the_text_never_uses_stays():
    # five short lines whose words the text above never names are left (a tag list repeats the article's words)
    page = ("今年以来,我站坚持每月开展一次安全检查,全年排查隐患43处,全部整改到位。\n"
            "春耕\n夏种\n秋收\n冬藏\n农时\n")
    assert "keywords" not in kinds(page)


# class: an image's pointer alone on its line ("↑ 图一") when the picture went
def test_image_pointer_lines_go():
    page = ("操作流程\n扫码(下图一)进入报名页面(报名后,点击底部菜单查看进度),或者扫(下图二)小程序码直接进入报名页面。\n"
            "↑ 图一\n↑图二\n2.进入页面后,点击我要报名,如实填写家庭成员等信息。\n")
    assert gone("↑ 图一", page) and gone("↑图二", page)
    assert "如实填写家庭成员" in text(page)


def test_image_pointer_with_side_word_goes():
    page = ("今年以来,我镇新建村级文化广场6个,全部投入使用。\n▲上图\n"
            "下一步,我镇将在年底前再建成文化广场3个。\n")
    assert gone("▲上图", page)


def test_chart_title_stays():
    page = ("图1 全县各乡镇人口分布情况\n全县共有常住人口31.6万人,其中城镇人口14.2万人。\n"
            "今年以来,我县人口工作取得新进展,出生人口性别比保持正常。\n")
    assert "图1全县各乡镇人口分布情况" in text(page).replace(" ", "")


# class: a layout table's run of empty cells' bars after a header row, and bars alone on their lines
BARS = "|" * 120


def test_bar_runs_and_meta_row_with_bars_go():
    page = (f"溪口乡2024年度政府信息公开工作年度报告 |\n{BARS}\n"
            f"时间:2025-01-20 点击率: 来源:溪口乡政府办 【 关闭 】【 打印 】 | {BARS}\n|\n{BARS}\n"
            "一、总体情况 全年主动公开政府信息213条,其中工作动态97条。\n"
            "二、存在的问题 部分栏目更新不够及时。下一步,我乡将明确专人负责栏目维护。\n")
    out = text(page)
    assert "|" not in out and "点击率" not in out
    assert titles(page) == ["溪口乡2024年度政府信息公开工作年度报告"]


def test_bar_run_second_phrasing():
    page = (f"青禾镇2025年上半年工作总结 |\n{BARS}\n发布时间:2025-07-08 浏览次数:【打印】 || ||||| ||||||\n"
            "今年以来,全镇完成固定资产投资4.6亿元,同比增长8.2%。\n下一步,全镇将在年底前完成全年目标。\n")
    out = text(page)
    assert "|" not in out and "浏览次数" not in out


def test_table_row_with_a_few_empty_cells_stays():
    page = ("一、财政收支情况\n| 项目 | 金额 | 备注 |\n| 合计 | 12 | | |\n"
            "今年以来,全镇一般公共预算收入完成12亿元,增长5%。\n")
    assert "合计" in text(page)


# class: a reposting site's source block under the text: its labelled title row goes and names the report
def test_foot_title_row_goes_and_titles_the_report():
    page = ("本篇文章320字,读完约1分钟\n\n"
            "据石湾区消息,9月22日,桐溪镇召开秋粮收购工作部署会,各村支部书记参加会议。\n\n"
            "会议要求,各村要主动对接收购企业,做好粮食烘干、仓储衔接。\n\n"
            "来源:石湾新闻在线\n\n标题:桐溪镇召开秋粮收购工作部署会\n\n地址:http://www.example.cn/zhxw/1.html\n")
    assert "标题" not in text(page)
    assert titles(page) == ["桐溪镇召开秋粮收购工作部署会"]


def test_foot_title_row_second_phrasing():
    page = ("10月9日,绿岸镇召开创城工作迎检动员会,镇有关单位负责人30人参加会议。\n"
            "会议要求,各单位要对照测评标准逐项整改,确保迎检工作不留死角。\n"
            "来源:绿岸新闻网\n文章标题:绿岸镇召开创城工作迎检动员会\n网址:http://www.example.cn/a/2.html\n")
    assert "文章标题" not in text(page)
    assert titles(page) == ["绿岸镇召开创城工作迎检动员会"]


def test_form_title_field_among_kept_rows_stays():
    # a form's own "标题:" field between its kept rows is the form's
    page = ("今年以来,我镇共报送信息56条,现将本月报送情况登记如下。\n"
            "报送单位:青禾镇党政办\n标题:青禾镇开展秋冬季安全生产大检查\n"
            "报送日期:2025年11月3日\n内容摘要:全镇共检查企业42家,发现隐患17处,已整改15处。\n")
    assert "site_title" not in kinds(page)


# class: a mirror's account name between the post's headline and the lead restating it
def test_account_name_between_headline_and_lead_goes():
    page = "青禾街道召开秋冬季环境整治推进会\n\n青禾微生活\n\n" + LEAD
    assert gone("青禾微生活", page)
    assert titles(page) == ["青禾街道召开秋冬季环境整治推进会"]


def test_account_name_second_phrasing():
    page = ("桐溪镇召开秋粮收购工作部署会\n溪畔之声\n"
            "9月22日,桐溪镇召开秋粮收购工作部署会,各村支部书记和收购企业负责人参加。\n"
            "会议要求,各村要主动对接收购企业。\n")
    assert gone("溪畔之声", page)


def test_byline_office_under_title_stays():
    # a report's byline under its title names an office: no account
    page = ("青禾街道召开秋冬季环境整治推进会\n青禾街道党政办\n" + LEAD)
    assert "青禾街道党政办" in text(page) or not gone("青禾街道党政办", page)


def test_short_heading_under_headline_stays():
    # a numbered heading is no account name
    page = ("青禾街道召开秋冬季环境整治推进会\n一、会议概况\n" + LEAD)
    assert "一、会议概况" in text(page)


# class: a forum's repost mark closing the thread's subject: the mark goes, the subject is the title
def test_repost_mark_after_subject_goes():
    page = ("青禾镇综治中心2025年工作总结(转)\n"
            "2025年,镇综治中心坚持和发展新时代“枫桥经验”,全年排查矛盾纠纷312起,调解成功305起。\n"
            "一、主要工作\n(一)矛盾纠纷排查化解。全镇划分网格46个。\n二、下一步打算\n明年将在6月底前完成网格员轮训。\n")
    assert "(转)" not in "".join(titles(page) or [""]) + text(page)


def test_repost_mark_second_phrasing_with_jammer():
    page = ("村党支部书记2025年度述职报告(转载)* i* D8 N\" i9 u\n"
            "一年来,本人认真履行党建第一责任人职责,全村发展党员2名。\n"
            "一、履职情况\n全年召开支部委员会12次。\n二、下一步打算\n明年将在3月底前完成换届准备工作。\n")
    assert "(转载)" not in "".join(t or "" for t in titles(page)) + text(page)


def test_repost_word_inside_a_sentence_stays():
    page = ("今年以来,我局共转办群众来信56件(转办率100%),全部按期办结。\n"
            "下一步,我局将在年底前完成信访系统升级。\n")
    assert "转办率100%" in text(page)


# class: the line model's headline above a report that prints no title: the header row next to it names the
# report when the lead restates it; a portal menu's words the lead shares name nothing
def test_menu_words_above_a_report_name_no_title():
    page = ("logo\n政府信息公开年报 依申请公开\n公开指南 政策解读\n公开目录\n"
            "首页 >> 政务公开 >> 乡镇政务公开 >> 张湾乡\n"
            "发布人: admin 日期: 2024-01-19 浏览:\n"
            "一、总体情况\n2023年,张湾乡严格按照政府信息公开条例的要求,扎实推进政府信息公开工作。\n"
            "主动公开政府信息194条。\n")
    assert titles(page)[0] != "政府信息公开年报依申请公开"


def test_run_is_linear_on_a_long_line():
    # the new passes read one long line of bars and jammer-like marks without blowing up
    page = "今年以来,我镇完成投资4.6亿元。\n" + "|" * 200_000 + "\n" + "下一步,我镇将在年底前完成全年目标。\n"
    out = text(page)
    assert "今年以来" in out and "下一步" in out


# (the account name right over the post's reading-time row, the lead further down)
def test_account_name_over_reading_time_row_goes():
    page = ("小团队怎样把发版周期缩短一半\n\n码农夜读\n\n共 9778字,需浏览 20分钟\n\n"
            "写在前面\n\n半年来,我们把构建和测试都交给流水线,每个月腾出了大约四分之一的人手。\n")
    assert gone("码农夜读", page)


def test_account_name_over_reading_time_row_second_phrasing():
    page = ("县域医共体建设的实践与思考\n\n青禾健康观察\n\n共 3650字,需浏览 7分钟\n\n"
            "一、基本情况\n\n2025年,全县组建紧密型医共体3个,覆盖乡镇卫生院18家。\n")
    assert gone("青禾健康观察", page)


def test_person_name_over_reading_time_row_stays():
    # a writer's name of three characters over the row is a byline, not an account
    page = ("县域医共体建设的实践与思考\n\n王建国\n\n共 3650字,需浏览 7分钟\n\n"
            "一、基本情况\n\n2025年,全县组建紧密型医共体3个,覆盖乡镇卫生院18家。\n")
    assert not gone("王建国", page) or "site_name" not in kinds(page)


# class: a 政务公开 portal's menu grid over a breadcrumb with doubled separators ("首页 >> … >> …"): the crumb is a
# breadcrumb, the menu's rows above it go (a label ending on a genre word between two of them too), the headline
# under the crumb is the title
MENU = ("logo\n \n公开年报 公开指南\n依申请公开 政策解读\n  公开目录\n\n  机构设置      规范性文件\n\n"
        "  规划计划      预算决算\n\n  人事任免      公示公告\n\n  工作动态      统计信息\n\n  政府采购      应急管理\n\n"
        "  乡村振兴      惠民补贴\n\n  重点项目      办事服务\n\n \n")
NIANBAO = ("青禾街道2025年政府信息公开工作年度报告\n\n发布人: qhjdgk 日期: 2026-01-16 浏览:\n\n一、总体情况\n"
           "2025年,青禾街道严格落实政府信息公开条例,全年主动公开政务信息236条。\n"
           "二、存在的主要问题及改进情况\n部分信息发布不够及时。2026年,街道将明确各科室信息报送责任人。\n")


def test_menu_grid_over_doubled_crumb_goes():
    page = MENU + "首页 >> 区政府信息公开 >> 信息公开目录 >> 街道信息公开目录 >> 青禾\n" + NIANBAO
    out = text(page)
    assert "机构设置" not in out and "公示公告" not in out and "办事服务" not in out
    assert titles(page) == ["青禾街道2025年政府信息公开工作年度报告"]


def test_doubled_crumb_second_phrasing():
    page = "您现在的位置:网站首页 >> 政务公开 >> 工作总结 >> 正文\n" + NIANBAO
    assert "breadcrumb" in kinds(page)


def test_report_title_over_the_crumb_stays():
    # a report's own title printed above the breadcrumb (no menu rows around it) stays
    page = ("2025年青禾街道安全生产工作总结\n首页 >> 工作总结 >> 正文\n"
            "今年以来,街道共开展安全检查126次,排查整改隐患318处。\n下一步,街道将在年底前完成企业全覆盖检查。\n")
    assert "2025年青禾街道安全生产工作总结" in (titles(page)[0] or "") + text(page)


def test_date_line_under_title_is_no_account_name():
    page = "青禾街道召开秋冬季环境整治推进会\n2025年11月15日\n" + LEAD
    assert "site_name" not in kinds(page)
