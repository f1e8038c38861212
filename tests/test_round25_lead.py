"""Round 25 (lead): classes found in the lead's fresh check of real pages nobody on the team had read, each with
must-catch tests in two phrasings and look-alikes. Pages are made up."""
from page_text import commitments, label_at, removed, run, text, titles

BODY = ("一年来,全县卫生健康系统围绕群众看病就医的急难愁盼问题,新建社区卫生服务站6个,"
        "家庭医生签约服务覆盖重点人群4.2万人,基层诊疗量同比增长12.6%。\n")


# --- a picture's alt text left in the page: the headline with the image's number ("…实践 图1") --------------------

SEO_ARTICLE = ("河道管理所:精细管护与创新实践\n"
               "\n"
               "作者:青禾 |\n"
               "\n"
               "随着城乡一体化的推进,河道管护在防洪排涝和改善人居环境方面的作用日益突出,管理所坚持精细化管护思路。\n"
               "1. 日常巡查:划定责任河段,落实巡河员每日巡查制度。\n"
               "河道管理所:精细管护与创新实践 图1\n"
               "河道管理所:精细管护与创新实践 图1\n"
               "2. 清淤疏浚:全年清理河道淤泥3.6万立方米,打通断头河2条。\n")

SEO_ARTICLE_CN_NUMBER = ("“智慧社区”建设的探索与思考\n"
                         "社区以数字化改造为抓手,推动网格治理和便民服务线上线下融合,居民办事更加便利。\n"
                         "“智慧社区”建设的探索与思考图二\n"
                         "一是建成社区综合信息平台,接入门禁、停车和消防等感知设备230余台。\n")

# a report's own figure caption opens on its number and names its content; a line naming another picture stays
FIGURE_CAPTION = ("某区政务服务中心2024年工作总结\n"
                  "2024年,中心持续深化“一网通办”改革,全年受理各类事项18.6万件,按时办结率100%。\n"
                  "图1 2024年各月受理事项数量\n"
                  "中心窗口布局调整示意图2\n"
                  "下一步,中心将在2025年6月底前完成自助服务区改造。\n")


def test_the_headline_with_an_image_number_goes_each_time():
    # (normalize closes the blank between Han characters: "…实践图1")
    gone = removed(SEO_ARTICLE)
    assert gone.count("河道管理所:精细管护与创新实践图1") == 2
    assert "河道管理所:精细管护与创新实践" not in gone  # the headline itself stays
    assert "图1" not in text(SEO_ARTICLE)


def test_the_image_number_in_chinese_numerals_goes_too():
    assert "“智慧社区”建设的探索与思考图二" in removed(SEO_ARTICLE_CN_NUMBER)


def test_a_reports_own_figure_captions_stay():
    kept = text(FIGURE_CAPTION)
    assert "2024年各月受理事项数量" in kept
    # the image-alt rule takes no caption that names its own picture (round 26: the retrained line model's context pass
    # takes this second caption, a line with no sentence between figures; that is the model's call, left in the note)
    assert not any("示意图2" in r.text for r in run(FIGURE_CAPTION).removed if r.kind == "title_copy")


# --- a share page's upload date alone after a dot bullet ("• 2024年05月07日" / "• 50 金币") ------------------------

SHARE_HEAD = ("青禾市卫生健康委员会:青禾市全民健康状况白皮书(2023年度)\n"
              "\n"
              "  • 2024年05月07日\n"
              "  • 30 下载券\n"
              "\n"
              "点此获取pdf原文\n"
              "\n" + BODY)

SHARE_HEAD_DASHED = ("某县医疗保障局2024年度基金监管工作总结\n"
                     "· 2025-01-16 09:30\n"
                     "· 12 页\n" + BODY)

# a report's own date line stands without a bullet; a dated list item says what happened
DATE_LINES = ("关于2024年度安全生产工作情况的报告\n"
              "2024年12月20日\n" + BODY +
              "• 2024年3月12日 召开全县安全生产工作会议\n")


def test_a_bulleted_upload_date_in_a_share_pages_head_goes():
    assert "• 2024年05月07日" in removed(SHARE_HEAD)


def test_a_bulleted_date_with_its_time_goes():
    assert "· 2025-01-16 09:30" in removed(SHARE_HEAD_DASHED)


def test_a_reports_date_line_and_a_dated_list_item_stay():
    kept = text(DATE_LINES)
    assert "2024年12月20日" in kept
    assert "2024年3月12日召开全县安全生产工作会议" in kept


# --- a headline naming its issuer before a colon ("某委员会:…白皮书(2022年度)") is the report's title -----------------

def test_an_issuer_and_a_colon_before_the_title_make_a_title():
    assert titles(SHARE_HEAD) == ["青禾市卫生健康委员会:青禾市全民健康状况白皮书(2023年度)"]


def test_an_office_before_a_summary_title_makes_a_title():
    page = "某县水利局:2024年工作总结和2025年工作思路\n\n" + BODY
    assert titles(page) == ["某县水利局:2024年工作总结和2025年工作思路"]


def test_a_heading_with_a_colon_is_no_title():
    # a numbered part heading with its label before the colon stays a heading of the report
    page = "某县水利局2024年工作总结\n" + BODY + "一、主要工作:2024年工作总结\n全年完成水利投资9.4亿元。\n"
    assert titles(page) == ["某县水利局2024年工作总结"]


# --- a plan list's first item glued to a speaker's lead and a comma ("王某强调,一要…。细化…") ---------------------

MEETING = ("12月18日下午,某县召开2025年交通工作务虚会,谋划明年工作重点。副县长王某出席会议并讲话。\n"
           "王某强调,一要把工期往前赶。把工程任务拆到周、落到人,让项目建设提速。"
           "二要担起安全责任。严格把好工程质量关,建立健全安全检查机制。\n")

MEETING_REQUIRES = ("3月2日,某镇召开安全生产工作会议,部署一季度安全生产工作。\n"
                    "会议要求,一是压实安全责任。全面排查在建工程隐患,做到底数清楚。二是加快项目进度。\n")


def test_the_first_item_after_a_speakers_lead_is_a_commitment():
    found = [t for t, _ in commitments(MEETING)]
    assert any(t.startswith("一要把工期往前赶") and "把工程任务拆到周" in t for t in found), found


def test_the_first_item_after_a_meetings_requirement_is_a_commitment():
    found = [t for t, _ in commitments(MEETING_REQUIRES)]
    assert any(t.startswith("一是压实安全责任") and "全面排查在建工程隐患" in t for t in found), found


def test_a_review_after_a_lead_and_comma_is_no_commitment():
    page = ("某县交通运输局2024年工作总结\n"
            "会议认为,一年来全县交通工作成效明显。一是路网更完善,新建农村公路12公里。\n")
    assert commitments(page) == []


# --- a white paper's or 公报's state part ("一、居民健康状况", "一、环境质量状况") is 基本情况 -------------------------

def _state_page(heading: str) -> str:
    return ("某市2024年度居民健康白皮书\n"
            "2024年,全市把提升居民健康水平摆在优先位置,推动健康城市建设。\n"
            f"一、{heading}\n"
            "全市户籍人口人均预期寿命达到81.2岁,居民健康素养水平达到31.5%。\n"
            "二、主要工作\n"
            "新建社区卫生服务中心3家,改造村卫生室25个。\n")


def test_a_health_state_part_is_the_basic_situation():
    assert label_at(_state_page("居民健康状况"), "居民健康状况") == "基本情况"


def test_an_environment_state_part_is_the_basic_situation():
    assert label_at(_state_page("环境质量状况"), "环境质量状况") == "基本情况"


def test_a_part_on_work_done_on_the_environment_stays_work():
    assert label_at(_state_page("环境整治情况"), "环境整治情况") == "主要做法"


# --- a hijacked portal's gambling brand with a bracketed region in place of the city's name ("365bet(中国)官方网站") ---

def test_a_brand_with_a_bracketed_region_goes_whole():
    page = ("365bet(中国)官方网站 2024年政府信息公开工作年度报告\n"
            "2024年,通过365bet(中国)官方网站 共发布政务信息21813条,解答网民留言1779条。\n")
    gone = removed(page)
    assert gone.count("365bet(中国)官方网站") == 2
    assert "(中国)官方网站" not in text(page)


def test_another_brand_with_its_region_goes_too():
    page = "亚博(中国)官网 2024年法治政府建设年度报告\n2024年,全区办理行政复议案件126件,纠错率12.7%。\n"
    assert "亚博(中国)官网" in removed(page)


def test_a_free_trade_zones_bracketed_region_stays():
    page = ("某区商务局2024年工作总结\n"
            "2024年,我局依托中国(福建)自由贸易试验区政策,新引进外资企业12家,实际使用外资3.2亿元。\n")
    assert "中国(福建)自由贸易试验区" in text(page)
    assert not any("中国" in r for r in removed(page))


# --- an item's body that takes on a problem ("…,科学处理历史遗留问题,…") states a measure: title and body are one ---------

def test_a_body_that_handles_a_problem_joins_its_item_title():
    page = (MEETING.split("\n")[0] + "\n"
            "王某强调,一要把工期往前赶。把工程任务拆到周、落到人,科学处理历史遗留问题,让项目建设提速。"
            "二要担起安全责任。严格把好工程质量关,建立健全安全检查机制。\n")
    found = [t for t, _ in commitments(page)]
    assert any(t.startswith("一要把工期往前赶") and "科学处理历史遗留问题" in t for t in found), found


def test_a_body_that_fills_a_gap_joins_its_item_title():
    page = ("某县召开教育工作会议。\n"
            "会议要求,一是提升办学条件。补齐农村学校功能教室短板,年内新建实验室12间。二是加强师资建设。\n")
    found = [t for t, _ in commitments(page)]
    assert any(t.startswith("一是提升办学条件") and "补齐农村学校功能教室短板" in t for t in found), found


def test_a_body_that_states_a_problem_stays_apart_from_its_title():
    page = ("某县召开教育工作会议。\n"
            "会议要求,一是提升办学条件。当前部分农村学校功能教室不足,实验设备老化问题突出。二是加强师资建设。\n")
    found = [t for t, _ in commitments(page)]
    assert not any("实验设备老化问题突出" in t for t in found), found


# --- a unit's three-character name before a headline's colon ("水利局:高效管理与创新实践") ----------------------------

def _seo_page(headline: str) -> str:
    # (an SEO article naming its pictures after its headline: the headline stays, and a headline it must be to be the title)
    return (f"{headline}\n\n作者:青禾 |\n\n"
            "随着城乡一体化的持续推进,水利工程在防洪排涝和改善人居环境方面的作用越来越突出。作为县里的管理部门,"
            "我们坚持精细化管理思路,本文从职责、做法和问题三个方面作一梳理。\n\n"
            "基本职能\n\n"
            "主要职责包括:\n\n"
            "1. 日常巡查:划定责任河段,落实巡河员每日巡查制度。\n\n"
            f"{headline} 图1\n\n"
            "2. 保洁清淤:组织河面保洁和河道清淤疏浚。\n")


def test_a_bureaus_short_name_before_the_colon_makes_a_headline():
    from reportnlp.structure import cues

    assert cues()["headline"].match("水利局:高效管理与创新实践")
    assert titles(_seo_page("水利局:高效管理与创新实践")) == ["水利局:高效管理与创新实践"]


def test_a_police_stations_short_name_before_the_colon_makes_a_headline():
    from reportnlp.structure import cues

    assert cues()["headline"].match("派出所:守护平安社区建设")
    assert titles(_seo_page("派出所:守护平安社区建设")) == ["派出所:守护平安社区建设"]


def test_a_field_label_of_three_characters_is_no_headline():
    from reportnlp.structure import cues

    headline = cues()["headline"]
    assert not headline.match("联系人:王小明同志负责")
    assert not headline.match("出版社:人民出版社出版")
