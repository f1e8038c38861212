"""Round 12 (integration): lines of a PDF copy that its line width broke, which the line model took for
chrome in cross-validation (a work report's subtitle whose last character went to a line of its own; the
speech's first sentence broken before its last words). A model leaning to noise on every short line
stands in for an unfamiliar site's fold model: each class has a case it must keep and a look-alike that
still goes. All text made up."""
import json
from pathlib import Path

import pytest

from reportnlp import models_io
from reportnlp.api import extract_text

MODELS = Path(__file__).resolve().parent.parent / "models"

HEAD = "青岭县人民法院工作报告\n——2031年2月3日在青岭县第九届人民代表大会第五次会议\n上\n县人民法院院长　汪启明\n各位代表：\n"
OPENING = "现在，我代表县人民法院向大会报告工作，请予审议，并请列席\n人员提出意见。\n"
BODY = ("一、2030年工作回顾\n2030年，县法院在县委的坚强领导下，全年受理各类案件5632件，审结5417件，"
        "结案率96.2%，同比提高1.3个百分点。\n")


def removed_with(page: str, bias: float) -> list[str]:
    """What boilerplate removes when the line model gives every short line the same noise level:
    bias 1.0 leans to noise (p .73: decided by context), 6.0 is sure of it (p .998)."""
    base = json.loads((MODELS / "boilerplate.json").read_text(encoding="utf-8"))
    model = models_io.LinearModel(classes=base["classes"], weights={}, bias=[bias],
                                  threshold=base["threshold"], max_len=base["max_len"])
    with models_io.using({"boilerplate.json": model}):
        return [r.text.strip() for r in extract_text(page, source="t").removed]


def test_subtitle_wrapped_end_stays():
    # "上" ends the subtitle "——…第五次会议上" the PDF's width cut; the sign-off rule keeps the subtitle
    assert "上" not in removed_with(HEAD + OPENING + BODY, 6.0)


def test_short_line_under_other_lines_still_goes():
    # a site's short menu word under its breadcrumb is no subtitle's tail
    page = "首页 > 工作报告 > 法院\n栏目\n" + OPENING + BODY
    assert "栏目" in removed_with(page, 6.0)


def test_sentence_head_broken_by_line_width_stays():
    # the opening sentence broken before its last words: the line holds clause commas and the next
    # line ends the sentence
    assert "现在，我代表县人民法院向大会报告工作，请予审议，并请列席" not in removed_with(HEAD + OPENING + BODY, 1.0)


@pytest.mark.parametrize("chrome", [
    # a site's notice with commas that ends in no sentence below: a run of chrome lines
    "本站资源来自网友上传，仅供学习交流，如有侵权请联系\n更多范文请访问本站首页\n",
    # commas and a closing mark of its own: nothing runs into the next line
    "本站资源来自网友上传，仅供学习交流；\n如有侵权请联系删除。\n",
])
def test_comma_chrome_above_the_report_still_goes(chrome):
    assert chrome.split("\n")[0].strip() in removed_with(chrome + HEAD + OPENING + BODY, 1.0)


@pytest.mark.parametrize("chrome", [
    # a counter's digit-group comma is no clause mark ("浏览次数:1,203【字号 大 中 小】" on a portal)
    "某某网热度1,203推荐\n",
    # a poster's note ends its paragraph: a blank line, then the report's own sentence
    "从文档第二页开始复制的,前面的一大段没了,将就着看吧\n\n",
])
def test_line_over_a_whole_sentence_is_no_broken_head(chrome):
    page = chrome + "积极开展助老服务,组织志愿者上门探访独居老人1360人次。\n" + BODY
    assert chrome.strip() in removed_with(page, 1.0)


# Classes of the round's fresh check (pages nobody had read), text made up.
REPORT = "全县共开展春季攻势行动，查处案件52起，办结率100%。\n"


def removed(page: str) -> list[str]:
    return [r.text.strip() for r in extract_text(page, source="t").removed]


def test_repost_site_liability_and_rights_notes_go():
    notes = ["本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。"
             "某某调查网对此不承担任何保证责任。",
             "本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网联系。"]
    assert removed(REPORT + "\n".join(notes) + "\n") == notes


def test_report_on_rights_and_platform_duties_stays():
    # a report names sites, rights holders and duties not borne; no site speaks of itself
    page = ("全县知识产权保护成效明显，查处网站侵权案件12起，为权利人挽回损失86万元。\n"
            "督促电商平台落实主体责任，平台对入驻商户资质不承担任何审核义务的情形得到纠正。\n")
    assert removed(page) == []


def test_posting_note_under_the_text_goes():
    assert removed(REPORT + "本文2030-06-18 08:38:30发表“工作总结”栏目。\n") == ["本文2030-06-18 08:38:30发表“工作总结”栏目。"]


def test_sentence_about_an_article_and_a_column_stays():
    page = REPORT + "本文2030年6月在县报发表后，“工作总结”栏目共收到读者来信23封。\n"
    assert removed(page) == []


def test_two_reporters_glued_after_role_word_go():
    page = "会议通报了2030年度考核结果，并对获奖单位进行了颁奖。(记者柳青黎明远)\n"
    assert removed(page) == ["(记者柳青黎明远)"]


def test_bracketed_title_after_a_sentence_stays():
    page = "全县共征集作品120件，评出一等奖5件。(摄影比赛获奖作品展)\n"
    assert removed(page) == []


def test_bulleted_portal_metadata_labels_go_without_the_line_model():
    # a portal's metadata list, one bulleted label a line and its value under it ("• 信息索引号:" / "1133…/2024-31207"):
    # the rules take it even where the line model sees report text everywhere (an unfamiliar portal)
    page = ("  • 信息索引号:\n    113309110602147781/2031-31207\n  • 来源:\n    区文广旅体局\n\n"
            "根据区委统一部署,区委第三巡察组对区文广旅体局党组开展了常规巡察,现将整改进展情况予以公布。\n" + BODY)
    gone = removed_with(page, -6.0)
    assert gone[:3] == ["•信息索引号:", "113309110602147781/2031-31207", "•来源:"]


def test_bulleted_report_line_opening_with_a_field_word_stays():
    page = "• 来源于群众的意见建议共收到126条,已全部办结。\n• 时间紧、任务重,各单位克服困难按期完成。\n" + BODY
    assert removed_with(page, -6.0) == []


def template_flags(text: str) -> int:
    return sum(f.code == "TEMPLATE_TEXT" for d in extract_text(text, source="t").documents for f in d.flags)


@pytest.mark.parametrize("hidden", ["〔…〕镇", "[...]县", "(……)局"])
def test_elided_unit_name_in_brackets_is_template_text(hidden):
    # a 范文 copy hides the unit's name: an ellipsis in brackets before the unit word
    assert template_flags(f"2031年上半年,{hidden}紧扣年初目标任务,完成固定资产投资3.2亿元,同比增长8%。") == 1


@pytest.mark.parametrize("text", [
    "会议指出(…)要坚持问题导向,全镇完成固定资产投资3.2亿元。",  # an elision in a quotation, no unit after it
    "正如文件所说:“坚持……(……)”,我镇完成固定资产投资3.2亿元。",
])
def test_elision_without_a_unit_word_is_no_template(text):
    assert template_flags(text) == 0


def test_report_words_of_the_spam_run_stay_on_a_report_page():
    # 久久为功 and a run of three stock words (免费高清视频) on one report page: no adult word, no spam
    page = "全县坚持久久为功,推进广电惠民工程。\n为群众提供免费高清视频点播服务,全年新增用户1.2万户。\n"
    assert removed(page) == []
