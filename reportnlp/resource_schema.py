"""A small schema per rule file in resources/: checked when the file is loaded.

A misspelled or missing key, a value of the wrong type or a pattern that does not compile is
a ResourceError naming the file and the key, raised when the pipeline is built (see
``validate_all``), not a KeyError on the first document. The stages keep reading the parsed
YAML as before; these models only check it.
"""
from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, RootModel, ValidationError, model_validator

from .errors import ReportNLPError


class ResourceError(ReportNLPError):
    """A rule file under resources/ does not match its schema."""

    code = "resource"


@functools.lru_cache(maxsize=1024)
def _compile_error(pattern: str) -> str | None:
    try:
        regex.compile(pattern)
    except regex.error as exc:
        return str(exc)
    return None


def _compiles(pattern: str) -> str:
    err = _compile_error(pattern)
    if err:
        raise ValueError(f"pattern does not compile: {err}")
    return pattern


# a string the regex module compiles (stages compile it, or pieces of it, with regex)
Pattern = Annotated[str, AfterValidator(_compiles)]
Level = Literal["info", "low", "high"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Severities(_Strict):
    PERFECT_RATE: Level
    FULL_SELF_SCORE: Level
    SCORE_OVER_MAX: Level
    SUM_MISMATCH: Level
    RATE_MISMATCH: Level
    ZERO_COMPLAINT: Level
    TEMPLATE_TEXT: Level


class _Weights(_Strict):
    PERFECT_RATE: float
    FULL_SELF_SCORE: float
    SCORE_OVER_MAX: float
    SUM_MISMATCH: float
    RATE_MISMATCH: float
    ZERO_COMPLAINT: float
    TEMPLATE_TEXT: float


# a pattern, or a list of alternatives (one per class of phrasing) joined with |
Patterns = Pattern | list[Pattern]


class _Families(_Strict):
    per_unit: Pattern
    measure_word: Pattern
    subgroup_before: Pattern
    share_base: Pattern
    negation: Pattern
    base_tail: Pattern


class _MismatchConfidence(_Strict):
    base: float
    step: float
    cap: float
    no_tolerance_span: float


class _ChecksWording(_Strict):
    """The wording the rate, total and change checks read around figures; checks.yml says what each is."""

    total_in_gap: Pattern
    total_verb: Pattern
    whole_area: Pattern
    then_of_which: Pattern
    count_of_which: Pattern
    next_of_which: Pattern
    of_which_mark: Pattern
    of_which: Pattern
    near_announce: Pattern
    in_the: Pattern
    share_parts: Pattern
    enum_gap: Pattern
    zero_count_end: Pattern
    rate_suffix: Pattern
    share: Pattern
    multiplied: Pattern
    base_after: Pattern
    share_of_figure: Pattern
    target_base: Pattern
    subject_verb: Pattern
    group_clause: Pattern  # a clause opening on 其中 or a counted group: its share of a plan is of its own plan
    group_sentence: Pattern  # a sentence opening on a counted group
    own_plan: Pattern  # a share's base that names a plan
    generic_base: Pattern
    amount_cue: Pattern
    down: Pattern
    old_cue: Pattern
    compare: Pattern
    rate_cue: Pattern
    from_cue: Pattern
    to_cue: Pattern
    over_plan: Pattern
    plan: Pattern
    skip: Pattern


class Checks(_Strict):
    severity: _Severities
    risk_weight: _Weights
    confidence: _Weights
    mismatch_confidence: _MismatchConfidence
    zero_claim: Patterns
    zero_claim_goal: Pattern
    zero_claim_admitted: Pattern
    zero_claim_promise_deadline: Pattern
    total_cue: Pattern
    new_statement: Pattern
    column_after: Pattern
    parts_cue: Pattern
    unit_families: list[list[str]]
    min_coverage: float
    min_coverage_sub_kinds: float
    nested_share: float
    nested_overshoot: float
    min_coverage_brackets: float
    name_match_min: float
    usual_max_score: int
    total_score_label: Pattern
    criteria: Pattern
    criteria_before: Pattern
    criteria_heading: Pattern
    families: _Families
    wording: _ChecksWording


class _LineRule(_Strict):
    kind: str
    max_len: int
    pattern: Pattern
    unless: Pattern | None = None  # a line this matches (at its start) is not the rule's


class _PageHeadStamps(_Strict):
    number: Pattern
    glued_date: Pattern
    date_line: Pattern
    foot_number: Pattern
    site_name: Pattern
    head_lines: int
    title_lines: int  # the page's <title> line among the page's first lines
    title_below: int  # the article's title among the first lines under it
    title_min: int  # characters of the article's title at least
    glued_count: Pattern | None = None  # a content farm's sequence number glued to the title ("…工作总结(22)")
    # the page's <title> line: a later head line's title with a site's decoration before or after it
    title_decoration: Pattern | None = None


class _SummaryTeaser(_Strict):
    label: Pattern
    repeat: int  # characters of the summary a later line must hold again


class _InlineRule(_Strict):
    kind: str
    pattern: Pattern
    requires: list[str] = []  # words one of which a text must hold for the pattern to be run on it
    # a pattern each match's line holds a match of, the rule reading no line break: it runs on those lines only
    line_gate: Pattern | None = None


class _Disclaimer(_Strict):
    max_len: int
    site: list[str]
    cues: list[str]
    report_cues: list[str]
    min_hits: int


class _Preface(_Strict):
    max_len: int
    cues: list[str]
    min_hits: int
    # a blogger's own note on why the post is up ("写了一晚上,存个底"): one is enough above the report's headings
    strong_cues: list[str] = []


class _BlogComment(_Strict):
    header: Pattern  # the comment list's header line ("评论", "评论:", "网友评论(3)")
    line: Pattern  # one comment: a nickname, perhaps (博主) or 回复, a colon, the words
    max_line: int


class _RelatedList(_Strict):
    max_len: int
    header: Pattern
    max_header: int
    header_tail: Pattern
    item: Pattern
    bulleted_item: Pattern


class _ArticleMarker(_Strict):
    max_len: int
    pattern: Pattern
    requires: list[str] = []  # words one of which a line must hold for the pattern to be run on it
    titled: Pattern | None = None  # the marker alone (group 1) before the article's title on its line
    # the page's title again with an article number (group 1: the title, opening one of head_lines lines)
    numbered_copy: Pattern | None = None
    numbered_copy_lead: Pattern | None = None  # the page's title again with an item number before it
    head_lines: int = 3


class _Commerce(_Strict):
    max_len: int
    cues: list[str]
    min_hits: int
    min_hits_in_text: int


class _Signoff(_Strict):
    line: Pattern
    closing_date: Pattern
    closing_date_figures: Pattern


class _ForumReply(_Strict):
    header: Pattern
    floor: Pattern
    commenter: Pattern
    max_chars: int
    max_line: int
    floor_number: Pattern  # a numbered floor line, the start of a post


class _InjectedPrefix(_Strict):
    pattern: Pattern
    min_lines: int


class _GluedTitle(_Strict):
    suffix: Pattern
    title_lines: int
    max_title_line: int
    max_len: int
    min_sentence: int
    title_words: list[str]


class _SplicedSite(_Strict):
    suffixes: list[str]
    min_name: int
    max_name: int


class _UrlStamp(_Strict):
    address: Pattern  # a web address as text
    min_count: int  # copies of one address on the page before the words before it can be a stamp
    min_lead: int  # the shortest stamp before the address
    max_lead: int  # the longest
    lead_to: Pattern  # words ending a lead that names or leads to the address: the report's pointer
    own_domain: Pattern  # an address a report points to (government, school)


class _MetaValue(_Strict):
    label: Pattern
    value: Pattern


class _OwnReference(_Strict):
    kinds: list[str]  # removal kinds a report's own reference is spared from
    bracket_after: Pattern  # the words a report's own bracketed address or contact run follows
    url_label: Pattern  # the label a web address follows inside such a bracket


class _NewsCaption(_Strict):
    max_len: int
    line: Pattern  # a caption line naming who acts in the photo
    award: Pattern  # a bare award name, a caption only next to one


class _NameOverCrumb(_Strict):
    lines_before_crumb: int  # how near the page's top its breadcrumb must be
    name: Pattern  # a bare unit or portal name
    thread_bar: Pattern | None = None  # a forum thread's toolbar, a forum's breadcrumb
    board: Pattern | None = None  # a forum board's bare name, over its thread_bar
    masthead: Pattern | None = None  # a news site's short brand name or slogan, over its breadcrumb


class _ArticleHeader(_Strict):
    reach: int  # the page's first lines where an article's header may start
    max_line: int  # a furniture line above the header is at most this long
    max_lines: int  # and at most this many of them stand there
    pub_row: Pattern  # a publication row under a headline (发布时间… / 来源… / 更新日期…)
    between_kinds: list[str] = []  # chrome kinds of one line that may stand between the headline and that row
    # r26wechat: a news headline of two clauses or closing on "!" ("…创新意,拓展内容促提升", "…活动正式启动!"),
    # a headline only right over its publication row
    row_headline: Pattern | None = None
    # round 29 (r29chrome): a publication row dated with a two-digit year and a time ("发布日期:18-01-16 16:53:12")
    short_year_row: Pattern | None = None
    # round 29 (r29chrome): a row of the site's address and a date under the headline (group 1: the date)
    url_date_row: Pattern | None = None
    # round 29 (r29chrome): a county app's byline row under the headline (原创, date, time, account)
    app_byline_row: Pattern | None = None


class _MeetingField(_Strict):
    requires: list[str]  # words one of which every page holding a field line holds
    line: Pattern  # a meeting record's field label at a line's start
    record: list[str]  # words naming the page a meeting record: one field line is enough


class _FootTags(_Strict):
    max_word: int  # a tag line holds one word of Han characters, at most this many
    min_run: int  # and at least this many of them close the page
    found_share: float  # this share of the tags, at least, occurs in the text above them


class _AccountName(_Strict):
    reach: int  # the page's first kept lines looked at
    name: Pattern  # a short name alone on its line
    office: Pattern  # a byline's office word ending the name: no account
    row_kinds: list[str] = []  # or right over a removed row of these kinds (a reading-time row)
    row_name_min: int = 4  # a name that long at least, there


class _HeadlineRepeat(_Strict):
    head_lines: int  # the headline is a removed row among the page's first nonblank lines
    head_min: int  # characters at least
    kinds: list[str]  # of the removal kinds of the line model


class _EnglishColumn(_Strict):
    reach: int  # the page's first lines looked at
    english: Pattern  # the header's English row naming a column
    label: Pattern  # the column's label under it


class _FootBelowEditor(_Strict):
    credit: Pattern  # the item's closing editor credit (a line the rules took as article_meta / news_credit)
    min_gone: int  # the lines below it the rules and the line model took, at least (and at least as many as they left)
    max_len: int  # a line left below it: at most this many characters, and no full stop


class _TitleWordLines(_Strict):
    max_word: int  # a keyword line holds one word of at most this many characters
    min_run: int  # and at least this many of them stand over the title
    head_lines: int  # among the page's first nonblank lines


class _GluedMetaRow(_Strict):
    date_labels: list[str]  # fields whose value is a date
    count_labels: list[str]  # fields whose value is a count (or nothing)
    name_labels: list[str]  # fields whose value is a short name
    date: Pattern
    count: Pattern
    name: Pattern  # lazy: ends where the next field, a button or name_end starts
    name_end: Pattern  # what may follow a row's last name field: the report's opening
    button: Pattern  # a font-size or print/close button in the row
    separator: Pattern
    opening: Pattern  # what may follow a row on its line: the report's opening words
    min_fields: int
    max_title: int  # the title a row may follow on its line
    head_reach: int  # how far before a row's first label its line may start (the title, buttons)
    opening_reach: int  # the opening's first clause mark comes within this many characters after a row


# round 21 (r21chrome): a share widget's button labels and a site's hotline widget
class _SummaryRepeat(_Strict):
    label: Pattern  # a summary's label at a line's start ("【摘要】:", "内容提要:")
    reach: int  # the page's first lines the label may stand in; the text's lines under the summary compared


# round 29 (r29chrome): a hijacked page's line of adult-video titles joined by commas
class _SpamTitleList(_Strict):
    strong: list[str]  # words no report line uses; one must be on the line (also the page's gate)
    words: list[str]  # the stock words of those titles (the strong ones too)
    min_items: int  # comma-separated items the line holds at least
    min_hits: int  # items holding a stock word, at least
    max_item: int  # an item's characters at most


class _SharePieces(_Strict):
    max_len: int  # a button's label left alone on its line once its icon went ("微信", "微博", "手机")


# round 22 (r22chrome): a field table's or channel menu's row left between two removed rows of its shape
class _SandwichedRow(_Strict):
    cells_min: int  # cells a row holds at least (split at its bars, else at its blanks)
    cell_max: int  # characters a cell holds at most


# round 26 (r26chrome): a channel menu printed over several rows opening the page, its cells read in the source text
class _MenuRows(_Strict):
    cells_min: int  # cells a row holds at least (split at its blanks in the source)
    cell_max: int  # characters a cell holds at most
    reach: int  # the page's first lines the menu may fill


class _Hotline(_Strict):
    label: Pattern  # a hotline's label alone on a line ("洽谈电话", "服务热线:")
    number: Pattern  # a line holding only phone numbers


class _SplitFigure(_Strict):
    value: Pattern  # a line holding only a figure ("1000+", "99.6%", "326万元")
    counter_label: Pattern  # a site counter's label the figure line under it belongs to ("阅读", "下载次数:")


class _BulletedDate(_Strict):
    bullets: str  # the dot bullets a share page's head rows open with
    date: Pattern  # the row's date, its bullet cut off


class _InlineCollectionMarker(_Strict):
    pattern: Pattern  # a 合集 item's marker (group 1) and the blanks after it
    sentence_ends: str  # the marks it follows to start the next item on a line of its own
    title_ends: str  # a title's last characters it may follow on the page's title line (no break)


class _PipeTitle(_Strict):
    reach: int  # the page's first lines a headline with its column or site name may stand in
    label: Pattern  # the column's or site's name on the other side of the bar


class _BoilerplateLimits(_Strict):
    """The rules' numeric parameters; boilerplate.yml says what each bounds."""

    sentence_line_threshold: float
    context_threshold: float
    max_sandwich_run: int
    glued_preface_tail: int
    own_reference_reach: int
    injected_rest_opening: int
    toc_min_run: int
    toc_min_run_under_header: int
    toc_max_line: int
    outline_min_back: int
    glued_outline_min: int
    toc_page_entries_min: int
    teaser_min: int
    restated_headline_reach: int
    url_date_reach: int
    headline_under_list_reach: int
    heading_over_sentence_max: int
    pipe_title_min: int
    caption_prose_min: int
    trailing_caption_max: int
    closing_credit_reach: int
    sidebar_repeats_min: int
    sidebar_label_min: int
    sidebar_label_max: int
    hotline_digits_min: int
    credit_residue_max: int
    signed_tail_reach: int = 8  # round 26: lines under the last sentence line a kept closing date may sign
    digest_min_items: int
    summary_repeat_min: int = 20  # round 28: a summary's first characters that open the text under it
    account_name_max: int = 16  # round 28: a repost's account name between its headline and its reading-time row
    bulletin_headline_min: int
    bulletin_body_min: int
    running_header_max: int
    blogger_note_lines: int
    blogger_note_max: int
    profile_rank_len: int
    broken_title_top: int
    broken_title_min: int
    broken_title_max: int
    signature_max: int
    cut_off_min_marks: int
    cut_off_min_han: int
    form_min_rows: int
    form_row_gap: int
    form_label_min: int


class Boilerplate(_Strict):
    inline_rule_len: int
    layout_bar_tail_min: int = 0  # a header row's closing run of empty cells' bars, this many at least
    header_share_row: Pattern | None = None  # r25wechat: a share button row under the headline, as a dated row
    header_source_row: Pattern | None = None  # r27chrome: a repost's source row under the headline, as a dated row
    line_rules: list[_LineRule]
    disclaimer: _Disclaimer
    preface: _Preface
    related_list: _RelatedList
    article_marker: _ArticleMarker
    commerce: _Commerce
    signoff: _Signoff
    forum_reply: _ForumReply
    blog_comment: _BlogComment | None = None  # readers' comments under a blog post
    injected_prefix: _InjectedPrefix
    glued_title: _GluedTitle
    meta_value: _MetaValue  # a portal's metadata value under its removed label line
    repeated_name: Pattern  # a site's name repeated on one footer line
    title_genre: Pattern  # a short line ending so names a report: no column label
    image_alt_number: Pattern  # an image's number closing its alt text, the page's headline
    report_words: Pattern  # a number or the reporting unit's self-reference: report text, no preface
    toc_words: Pattern  # a table of contents' or outline's header word
    post_toc_header: Pattern | None = None  # round 28: a post's contents widget header, its entries all chrome
    bulleted_date: _BulletedDate  # an upload date alone after a dot bullet, a share page's head row
    spliced_site: _SplicedSite  # a spam site name spliced into a word
    url_stamp: _UrlStamp  # a site's name and slogan glued before its address at each of its copies
    news_headline: Pattern
    bulletin_issuer: Pattern
    report_title: Pattern
    # a collection's title / numbered marker glued before a line's first words
    glued_collection_marker: Pattern | None = None
    # a 合集 item's marker inside a flattened line (after a sentence end, or the title)
    inline_collection_marker: _InlineCollectionMarker | None = None
    # a doc-share file title + category glued before the page's doubled title
    docshare_title_prefix: Pattern | None = None
    docshare_title_copy: Pattern
    toc_page_entry: Pattern | None = None  # a contents entry with its page number (group 1) under a 目录 line
    summary_teaser: _SummaryTeaser
    paragraph_tail_source: Pattern  # a CMS row's source field before the bar ending a paragraph's line
    glued_meta_row: _GluedMetaRow | None = None  # a metadata row glued between the title and the text
    title_word_lines: _TitleWordLines | None = None  # a doc-share page's title keywords, one a line, over the title
    account_name: _AccountName | None = None  # a mirror's account name between headline and lead
    english_column: _EnglishColumn | None = None  # r25wechat: a column label under its English row
    foot_below_editor: _FootBelowEditor | None = None  # r26wechat: a news foot's lines left below the editor credit
    headline_repeat: _HeadlineRepeat | None = None  # r25wechat: a headline printed again between paragraphs
    foot_tags: _FootTags | None = None  # an article's tags closing the page, one word a line
    title_over_heading: Pattern | None = None  # the title glued before the first heading on the page's first line
    title_over_heading_requires: list[str] = []  # words one of which the page's head holds for the rule to be tried
    page_head_stamps: _PageHeadStamps | None = None  # a page number or post date around the title
    glued_outline: Pattern | None = None  # an outline glued to its 提纲 / 目录 header on one line
    inline_rules: list[_InlineRule]
    own_reference: _OwnReference | None = None  # a URL or contact run in a report's own sentence
    news_caption: _NewsCaption | None = None  # photo captions between a news item's paragraphs
    name_over_crumb: _NameOverCrumb | None = None  # the portal's own name above its breadcrumb
    article_header: _ArticleHeader | None = None  # page furniture above an article's header; its headline
    meeting_field: _MeetingField | None = None  # a meeting record's field lines: never the classifier's
    report_table_cells: list[str] = []  # a 信息公开年报 table's cell words, alone on a line: never the classifier's
    # round 21 (r21chrome)
    closing_credit: Pattern  # a bracketed name closing the page's text after its last sentence
    foot_title_row: Pattern | None = None  # a repost's title row among its source rows under the text
    # round 25 (r25docshare)
    foot_brand_title: Pattern | None = None  # a doc-share brand glued before the file's title at the foot
    foot_brand_reach: int = 3
    sandwiched_row: _SandwichedRow | None = None  # a header row kept between two removed rows of its shape
    menu_rows: _MenuRows | None = None  # a channel menu over several rows opening the page, one row removed
    share_pieces: _SharePieces | None = None  # short labels under a share widget's line at the page's foot
    summary_repeat: _SummaryRepeat | None = None  # round 28: a site's summary repeating the text's opening
    spam_title_list: _SpamTitleList | None = None  # round 29: a hijacked page's line of adult-video titles
    hotline: _Hotline | None = None  # a hotline's label over its number alone on the next line
    split_figure: _SplitFigure | None = None  # a report figure on the line under its label
    pipe_title: _PipeTitle | None = None  # a headline sharing its line with its column's or site's name
    limits: _BoilerplateLimits


class _FeatureCues(_Strict):
    future: Pattern
    oblig: Pattern
    aim: Pattern
    more: Pattern
    past: Pattern
    problem: Pattern
    criteria: Pattern
    target_shape: Pattern
    plan_context: Pattern
    lead_in: Pattern
    exhort: Pattern
    rationale: Pattern
    assign: Pattern
    describe: Pattern
    argue: Pattern


class Commitments(_Strict):
    cues: Pattern
    sequence_lead: Pattern
    look_back: Pattern
    measure_start: Pattern
    month: Pattern
    deadline: Pattern
    clause_deadline: Pattern
    forward_clause: Pattern
    premise_clause: Pattern
    importance_end: Pattern
    status: Pattern
    frame_clause: Pattern
    aimed_total: Pattern
    chain_frame: Pattern
    chain_clause: Pattern
    chain_means: Pattern
    scoring_rule: Pattern
    scoring_rule_words: list[str]
    scoring_rule_ahead: Pattern
    standing_rule_words: list[str]
    standing_rule_topic: list[str]
    standing_rule: Pattern
    grade_line: Pattern
    grade_line_reach: int  # how far back a clause's line start is looked for
    grade_line_openings: list[str]  # the characters a grade's line may open with
    rule_article: Pattern
    rule_articles_min: int
    rule_self: Pattern
    rule_ahead: Pattern
    agenda_item: Pattern
    closing_formula: Pattern
    meeting_procedure: Pattern
    bracket_note: Pattern
    time_row: Pattern
    time_row_lookahead: int
    time_cell_max: int
    time_cell_lookahead: int
    slogan_reach: int
    title_reach: int
    year_frame: Pattern
    time_column_words: list[str]
    time_column_floor: float
    period_label: Pattern
    period_schedule_min: int
    period_schedule_floor: float
    sequence_plan: Pattern
    sequence_plan_floor: float
    time_frame_reach: int
    frame_clause_max: int
    estimate_look_back: int
    section_heading_reach: int
    schedule_row: Pattern
    problem_row: Pattern
    nominal_item: Pattern
    phase_heading: Pattern
    time_field: Pattern
    run_on_head: Pattern
    award_item: Pattern
    dated_row: Pattern
    dated_row_max: int
    principle_item: Pattern
    points: Pattern
    title_line: Pattern
    item_title_max: int
    bare_title_max: int
    parent_title_max: int
    lead_in_stop: Pattern
    plan_title_end: Pattern
    plan_title_done: Pattern  # a short sentence ending on a plan word that tells it done: no plan title (round 29)
    deadline_step: Pattern
    problem_lead: Pattern
    aim_clause: Pattern
    scene_clause: Pattern
    problem_solved: Pattern
    scope_lead: Pattern
    plan_document: Pattern
    plan_document_review: Pattern
    plan_document_frame: Pattern
    plan_document_within: int
    plan_document_problems: Pattern
    principle_part: Pattern
    principle_part_end: Pattern
    principle_words: list[str]
    principle_part_reach: int
    frame_sentence: Pattern
    record_table_header: Pattern
    review_document: Pattern
    review_document_plans: Pattern
    requirement_lead: Pattern
    bare_plan_lead: Pattern
    owner_note: Pattern
    owner_notes_min: int
    dated_heading: Pattern
    heading_review: Pattern
    scene_time: Pattern  # a day alone: a scene's date, no section's time (round 28)
    counted_score: Pattern  # a recurring quota whose result counts into a score: a scheme's rule (round 28)
    heading_line_max: int
    title_len: int  # an item title at a paragraph's head, characters at most
    item_lead_reach: int  # a speaker's lead before a plan list's first item and its comma
    problem_addressed: Pattern  # a problem an item's body takes on: a measure, not a problem statement
    owner: Pattern  # the owner a measure names before its modal verb
    leading: Pattern  # the words a measure may open on before its verb
    bare_item_past: Pattern
    bare_item_max: int
    bare_list_min: int
    reported_directive_lead: Pattern
    arranged_lead: Pattern  # an arrangement told in a sentence of its own on the line over its 一是 list (round 29)
    object_period: Pattern  # a period that may name a measure's object (全年) rather than its time (round 31)
    object_period_after: Pattern  # what follows such a period when it names the object ("全年目标"), matched after it
    plan_step_heading: Pattern  # a scheme's step heading near a page's top (round 31)
    observed_period: Pattern  # a month, quarter or half year as a deadline phrase gives it (round 31)
    observed_after: Pattern  # what follows a period a sentence observes ("…即将过去", "…是…的关键窗口"), matched after it
    reported_plan: Pattern
    aimed_deadline_clause: Pattern
    estimate_review: Pattern
    estimate_ahead: Pattern
    plan_attribute: Pattern
    plan_made: Pattern
    notice_review_part: Pattern
    list_topic_next: Pattern
    sub_list_next: Pattern
    next_stage: Pattern
    parallel_opener: Pattern
    parallel_gap: Pattern
    parallel_min: int
    parallel_floor: float
    directive_run_next: Pattern  # a sentence going on a directive without subject or modal (round 29)
    directive_run_floor: float
    ordinal_directive: Pattern
    ordinal_directive_min: int
    ordinal_item_body: Pattern
    ordinal_directive_floor: float
    required_list_lead: Pattern  # a leader's requirements announced before 一是 inside a paragraph (round 31)
    required_list_lead_reach: int
    required_list_floor: float
    quote_pledge: Pattern  # a quotation's first-person pledge (round 31)
    quote_pledge_reach: int
    quote_pledge_floor: float
    feature_cues: _FeatureCues
    rare_feature_cues: list[str]  # round 30: scanned together first (speed only)
    # round 21 (r21ind): a lead-in counting the things it announces, whose items are measures to come
    counted_plan_lead: Pattern
    counted_title_max: int


class _Opening(_Strict):
    type: str
    pattern: Pattern


class _ContentMark(_Strict):
    type: str
    terms: list[str]
    min_terms: int  # at least this many distinct terms of the list in the title and first paragraphs (round 31)
    requires: list[str] = []  # tried only where one of these stands there (a cheap gate: speed only)


class _DocType(_Strict):
    type: str
    cues: list[str]
    cited: list[str] = []  # a cue inside these names another text (学习…讲话精神): not counted


class _Directive(_Strict):
    genre: Pattern
    review: Pattern
    opening: Pattern
    opening_within: int
    first_line_max: int
    collection_head: Pattern | None = None  # a 合集's head naming its items' genre with their count (group 1)


class DocTypes(_Strict):
    openings: list[_Opening] = []
    content_marks: list[_ContentMark] = []
    title_endings: list[_Opening] = []
    types: list[_DocType]
    default: str
    directive: _Directive
    # an issuing body's name (a 公文's header, again above its title): printed twice, it is no title
    issuer_line: Pattern | None = None


class _NameBeforeSuffix(_Strict):
    name_chars: Pattern
    name_len: tuple[int, int]
    suffix: Pattern
    after: Pattern


class Metadata(_Strict):
    year: Pattern
    placeholder_year: Pattern
    placeholders: Patterns
    period: Pattern
    document_number: _NameBeforeSuffix
    self_reference: Pattern
    unit_name: _NameBeforeSuffix
    levels: dict[str, str]


class _NamingUse(_Strict):
    after: Pattern
    before: Pattern | None = None
    after_any: Pattern | None = None


class Metrics(_Strict):
    metric_kinds: list[str]
    metric_per_units: list[str]
    name_date_end: Pattern
    share_gap: Pattern
    value_first_lead: Pattern
    list_item_before: Pattern
    list_item_noun: Pattern
    one_of_after: Pattern
    score_band_after: Pattern
    value_first_end: Pattern
    value_first_praise: Pattern
    clause_break: Pattern
    quoted_name_max: int
    strip_left: Pattern
    strip_left_whole: Pattern  # round 29: a lead word the segmenter would split (其中国道)
    restated_lead: Pattern  # round 29: a bracket restating the value before it after 折算为 / 折合
    respectively_measure: Pattern  # round 29: the measure after 分别 that places before it share
    respectively_group_tail: Pattern  # round 29: a group's count ending the last place (斗门三区)
    strip_right: Pattern
    strip_right_keeps: list[str]
    distributive: Pattern
    list_sep: Pattern
    respectively: Pattern
    respectively_head: Pattern
    respectively_own_head: Pattern
    respectively_modifier_max: int
    respectively_change: Pattern
    respectively_comparison: Pattern
    target_cue: Pattern
    target_done_after: Pattern
    target_signs: str
    formula_marks: str
    standard_heading: Pattern
    standard_reach: int  # a standard's list under its heading, characters at most
    standard_value_cue: Pattern
    standard_done_cue: Pattern
    broken_line_end: Pattern
    increase: Pattern
    decrease: Pattern
    change_comparison: str  # compiled joined with change_verb
    change_verb: Pattern
    budget_change: Pattern
    budget_change_name: Pattern
    not_count_after: dict[str, _NamingUse]
    capacity_name: _NamingUse
    cohort_units: list[str]
    bracketed_names: list[str]
    threshold_after: Pattern
    threshold_kinds: list[str]
    threshold_comparison: Pattern
    threshold_count_after: Pattern
    threshold_nouns: Pattern
    inner_comparison: Pattern
    earlier_value: Pattern
    comparison_name: Pattern
    bare_change_name: Pattern
    subject_verbs: Pattern
    abstract_nouns: Pattern
    small_cn_units: list[str]
    enumeration_before: Pattern
    enumeration_after: Pattern
    cell_label_strip: Pattern
    skip_units: list[str]
    report_in_base_units: list[str]
    max_score_before: Pattern
    weight_score_before: Pattern
    weight_score_reach: int
    weight_run_before: Pattern
    weight_run_reach: int
    grades: dict[str, str]
    size_units: list[str]
    document_units: list[str]
    document_before: Pattern
    document_after: Pattern
    site_counter_before: Pattern
    scoring_rule: Pattern

    @model_validator(mode="after")
    def _change_window(self) -> "Metrics":
        _compiles(self.change_comparison + self.change_verb)
        return self


class _Mojibake(_Strict):
    min_misread: int
    min_utf8_as_gbk_share: float
    utf8_as_gbk_marks: list[str]
    min_ordinary: float
    min_gain: float
    max_lost_share: float
    max_lost_share_where_shown: float
    latin_written_in: list[str]


class Normalize(_Strict):
    # character sets, escaped into classes by the stage
    invisible: str
    spaces: str
    stray_between_cjk: str
    heading_numerals: str
    pinyin_letters: str
    pinyin_tone_marks: str
    toneless_pinyin_min: int
    pinyin_syllable: Pattern
    thousands_followers: str
    decimal_followers: str
    decimal_points: str  # characters, each a decimal point between digits
    mojibake: _Mojibake


class _SetPattern(_Strict):
    gate: str
    pattern: Pattern


class _Qualifiers(_Strict):
    before: dict[str, Any]
    inner: dict[str, Any]
    after: dict[str, Any]
    after_duration: dict[str, Any]


class Numerals(_Strict):
    # single characters and word lists: the numeral grammar builds its tables and tries from them
    char_fold: dict[str, str]
    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    ambiguous_single: list[str]
    cheng_blockers: str
    zhe_blockers: str
    fu_blockers_before: str
    range_connectors: list[str]
    range_pairs: list[str]
    non_numeral_words: list[str]
    set_phrases: list[str]
    set_patterns: list[_SetPattern]
    qualifiers: _Qualifiers
    bare_magnitude_qualifiers: dict[str, bool]
    qualifier_blockers: dict[str, str]
    rate_words: list[str]
    rate_verbs: list[str]
    rate_window: int
    arabic_only_units: list[str]
    ordinal_prefixes: list[str]
    phone_words: list[str]
    per_prefixes: dict[str, int]
    per_markers: list[str]
    per_units: list[str]
    times_suffix: str
    unit_verbs_after: list[str]
    bare_rate_followers: str
    header_unit: str
    header_unit_lines: int
    header_unit_between: str
    list_unit_next: str
    list_unit_lead: str
    list_unit_reach: int
    list_unit_items: int
    list_unit_prev: Pattern
    percent_units: dict[str, list[str]]
    ge_qualifiers: str
    ge_units: list[str]
    currency_prefixes: dict[str, str]
    carry_multipliers: dict[str, Any]
    carry_kinds: list[str]
    money_suffixes: list[str]

    @model_validator(mode="after")
    def _single_characters(self) -> "Numerals":
        for name in ("char_fold", "digits", "small_units", "big_units"):
            bad = [k for k in getattr(self, name) if len(k) != 1]
            if bad:
                raise ValueError(f"{name}: keys must be single characters, not {bad}")
        return self


class Scores(_Strict):
    number: Pattern
    # NUM stands for the number pattern
    pair: str
    pair_after: str
    self_only: str
    assessed: str
    deducted: str
    weighted: str
    item_scored: str
    # ITEM stands for an item's name, NUM for the number pattern
    item_weight: str
    heading_weight: str
    total_label: Pattern
    total_scale: Pattern
    total_max: float
    heading_lookback: int  # how far above a self score the heading weighing its part may stand
    item_before: Pattern
    heading_before: Pattern
    score_word: Pattern  # a heading that is itself a score word names no item
    label_noise: Pattern  # unit prefixes and score words around a label

    @model_validator(mode="after")
    def _with_number(self) -> "Scores":
        for name in ("pair", "pair_after", "self_only", "assessed", "deducted", "weighted", "item_scored",
                     "heading_weight"):
            err = _compile_error(getattr(self, name).replace("NUM", self.number))
            if err:
                raise ValueError(f"{name}: pattern (NUM replaced) does not compile: {err}")
        return self


class _LabelPattern(_Strict):
    label: str
    pattern: Pattern
    always: bool = False  # a 存在问题 cue that holds in the genres of no_problem_cues_in too


class _ReportedSpeech(_Strict):
    label: str  # the label of the cues that match a reported-speech frame
    directs: Pattern
    problems: Pattern
    reviews: Pattern
    intends: Pattern
    directs_later: Pattern


class Sections(_Strict):
    heading_labels: list[_LabelPattern]
    paragraph_cues: list[_LabelPattern]
    sentence_cues: list[_LabelPattern]
    intro_label: str
    default_heading_label: str
    speech_default_label: str
    default_label_by_type: dict[str, str]
    unlabelled_types: list[str]
    no_problem_cues_in: list[str]
    problems_announced: Pattern
    past_cue: Pattern
    speech_rationale: Pattern
    speech_argument: Pattern
    profile_cue: Pattern
    mid_report_opening: Pattern
    plan_past: Pattern
    plan_future: Pattern
    plan_intent: Pattern
    speech_narration: Pattern
    plan_future_per_past: int
    first_ordinal: Pattern
    later_first_heading: Pattern
    after_problems: Pattern
    problems_and_plans: Pattern
    subheading_problems: Pattern
    subheading_plans: Pattern
    note_line: Pattern
    session_agenda: Pattern
    session_agenda_speech: Pattern
    session_agenda_max: int
    notice_head: int  # the characters at a notice's top its title line may stand in
    label_max: int  # a label line's label with its colon, characters at most
    heading_words_max: int  # a heading line's words without punctuation, characters at most
    glued_heading_max: int  # the characters after its marker a glued heading's words may run to
    run_items_min: int  # the items of a run in a paragraph
    outline_min: int  # heading lines in a row that make an outline
    outline_lead_max: int  # title lines above an outline
    first_part: Pattern  # an outline's first part, where the count starts again
    later_part: Pattern  # a later part of an outline
    review_title: Pattern
    bare_heading: Pattern
    heading_year: Pattern
    topic_list: Pattern
    run_item: Pattern
    run_problem: Pattern
    run_plans: Pattern
    rectification_heading: Pattern
    rectification_report: Pattern  # a title or opening that puts out how findings were put right
    rectification_report_reach: int
    quoted_finding: Pattern  # a part heading that quotes the finding it put right
    opening_remarks: int
    head_line_max: int
    notice_plans_heading: Pattern
    lead_in_line: Pattern
    unnumbered_part: Pattern
    slogan_subhead: Pattern
    other_part: Pattern
    meeting_outcome: Pattern
    significance_heading: Pattern
    procedure_opening: Pattern
    announcement: Pattern
    session_procedure: Pattern
    session_results: Pattern
    study_visit: Pattern
    visit_opening: Pattern
    wire_lead: Pattern
    upper_instructions: Pattern  # a meeting's words relaying the upper authorities' instructions
    report_preface: Pattern
    title_block_line: Pattern  # a title block's line under the opening: title again, issuer, date, check boxes
    continuation_line: Pattern  # a line that goes on with the sentence the line above left open
    listed_item: Pattern  # an item of a colon-announced list numbered as parts again
    combined_plans_opening: Pattern  # a paragraph opening the remedies under a problems-and-remedies part
    session_roll: Pattern
    report_outline: Pattern  # a news paragraph's outline of the report delivered (报告分四个部分:一是…)
    report_outline_item: Pattern  # where an item of that outline opens
    delegates_propose: Pattern
    session_turns: Pattern
    listed_requirements: Pattern  # a requirements frame with its first item after the colon (要求:一是…)
    leaders_turns: Pattern  # a paragraph of the leaders' turns of summing up and deploying, no content
    plural_turns: Pattern  # the speakers' turns in the plural, given in turn (各科室负责人依次…汇报)
    period_review: Pattern
    year_framed: Pattern
    year_ahead_words: Pattern
    session_review: Pattern
    requirements_listed: Pattern
    speaker_intro: Pattern
    said_line: Pattern
    agenda_line: Pattern
    agenda_items_min: int
    photo_caption: Pattern
    photo_caption_max: int
    plans_after_problems: Pattern
    plans_after_problems_reach: int
    glued_situation_end: Pattern
    reported_speech: _ReportedSpeech
    # round 21 (r21sect)
    glued_body_start: Pattern
    review_opening: Pattern
    review_results: Pattern
    summary_turn: Pattern
    summary_turn_results: Pattern
    printed_plan_title: Pattern
    severity_clause: Pattern


class _Heading(_Strict):
    scheme: str
    level: int
    pattern: Pattern


class _HardWrap(_Strict):
    min_lines: int
    full_width: float
    min_column: int
    max_column: int


class _Reflow(_Strict):
    long_line: int
    chunk_min_len: int  # a page chunk's flattened line, characters at least
    hard_wrap: _HardWrap
    after_sentence: Pattern
    glued_subheading: Pattern
    glued_title: Pattern
    report_title_end: Pattern
    report_opening: Pattern
    glued_report_title: Pattern
    speech_opening: Pattern
    heading_after_colon: Pattern
    top_heading: Pattern
    title_genre_end: Pattern
    caption_name: Pattern


class _BoundaryWeights(_Strict):
    addressee: float
    after_date_line: float
    after_plans: float
    article_marker: float
    byline: float
    formula_here: float
    formula_next: float
    text_follows: float
    heading_restart: float
    mission_opening: float
    speaker_line: float
    opener: float
    prev_closing: float
    prev_future: float
    restart_opening_heading: float
    speech_opening: float
    title_line: float
    topic_shift: float


class _Documents(_Strict):
    min_chars: int
    min_tail_chars: int
    threshold: float
    subheading_max_chars: int
    marker_gap: int  # a removed item marker's end above a report's start, characters at most
    cover_max_lines: int  # a report's cover split off above it: this many lines at most
    cover_fields_min: int  # and this many field rows or check boxes at least
    opening_clauses: int  # the first clauses of an earlier report a cut-short copy may open with
    broken_title_tail_max: int  # the second line of a title broken over two lines, this long at most
    header_title_max: int = 60  # the headline an article's header anchors, a title up to this long
    header_title_han_min: int = 2  # r25wechat: and holds this many Han characters among its first eight
    question_headline: Pattern | None = None  # r25wechat: a how-to post's question headline on its first line
    bracket_headline: Pattern | None = None  # r25wechat: a farm's bracketed headline opening the page
    marked_title: Pattern | None = None  # r28split: a 公文 title in book-title marks after its document number
    addressee: Pattern
    addressee_suffix: Pattern
    not_addressee: Pattern
    speech_opening: Pattern
    author_line: Pattern
    text_follows: Pattern
    dateline_opening: Pattern
    headline: Pattern
    news_when: Pattern
    news_when_reach: int
    field_label: Pattern
    title_line: Pattern
    glued_title_last_chars: str
    title_then_salutation: Pattern
    title_start_after: Pattern
    part_marker: Pattern
    first_heading: Pattern
    restated_headline: float
    restated_lead: float
    restated_lead_pairs: int
    byline_date: Pattern
    date_line: Pattern
    schedule_row: Pattern
    formula: Pattern
    opener: Pattern
    mission_opening: Pattern
    weights: _BoundaryWeights
    closing: Pattern
    future: Pattern
    plans_heading: Pattern
    opening_heading: Pattern
    part_heading: Pattern
    formula_min_since: int
    formula_min_prose: int
    prose_min_chars: int
    heading_tag: Pattern
    heading_tags_min: int
    chrome_title: Pattern
    marker_title: Pattern
    marker_title_term: Pattern  # r29split: an item marker's term after the genre (…工作计划春季篇一)
    marker_sample_suffix: Pattern  # r25wechat: a title row's sample word (…计划例文)
    between_title_kinds: list[str]
    chrome_headline_kinds: list[str]
    chrome_headline_min: int
    chrome_headline_reach: int
    chrome_headline_rows: int
    chrome_headline_tail: Pattern
    chrome_headline_dated: Pattern
    chrome_headline_dated_share: float
    chrome_headline_dated_reach: int
    glued_title_twice: Pattern
    glued_title_rest_min: int
    outline_entry: Pattern  # r29split: a 目录's entry: a numbered heading, an attachment, a title with its page number
    outline_entries_min: int  # a leading block of this many entries at least…
    outline_entry_share: float  # …and this share of its lines is a 目录
    attachment_item: Pattern  # r29split: an attachment list's item: no title where a neighbour is one too
    collection_count: Pattern  # r29split: a 合集's count of items after its head's title
    bare_item_marker: Pattern  # r29split: an item marker naming nothing but its number
    top_scheme_within: float
    shift_cosine: float
    duplicate_containment: float


class _BrokenPiece(_Strict):
    marks: str  # characters, each a line's first that goes on a sentence
    number_units: str  # characters, each a unit that may open the line under a bare number
    clause_mark: Pattern  # a mark inside a sentence: a line with one and no end mark goes on below
    tail_max: int  # the longest wrapped end of a sign-off or subtitle line
    tail_of_broken_max: int  # the longest end of a width-broken sentence alone on its line
    broken_head_min: int  # the shortest line a PDF broke at its width above such an end

class Structure(_Strict):
    headings: list[_Heading]
    reflow: _Reflow
    broken_piece: _BrokenPiece
    join_fragment: Pattern
    join_broken: Pattern
    documents: _Documents


class Forms(_Strict):
    header_words: Pattern
    header_gap: Pattern
    units: Pattern
    units_single: str  # characters, one unit each
    terminator: Pattern
    page_number: Pattern
    noise_line: Pattern
    subtotal_mark: Pattern
    total_row: Pattern
    self_total: Pattern
    max_body: int
    level_prefix: Pattern
    deviation_reason: Pattern
    series_marks: str  # characters, each joining two numbers into a range or list
    rule_lead: Pattern


class Indicators(_Strict):
    right_stop: Pattern
    list_end: Pattern
    fronted_object: Pattern
    leading_words: Pattern
    trailing_words: Pattern
    setup_verbs: list[str]
    noun_words: list[str]
    adverb_words: list[str]
    classifiers: list[str]
    head_nouns: list[str]
    noun_units: list[str]
    total_words: Pattern
    total_named_before: Pattern
    have_words: Pattern
    noun_suffixes: list[str]
    compound_heads: list[str]
    compound_not_verbs: list[str]
    compound_inner_tags: list[str]
    compound_reach: int
    compound_verbs_max: int
    lead_verbs: list[str]
    time_lead: Pattern
    right_skip: Pattern
    plan_lead: Pattern
    area_units: list[str]
    place_end: Pattern
    change_to: Pattern
    from_value: Pattern
    pair_households: Pattern
    pair_persons: Pattern
    pair_names: dict[str, str]
    clause_tail: Pattern
    scope_lead: Pattern
    inner_lead: Pattern
    previous_value: Pattern
    canonical_drop: Pattern  # round 29: a reporting verb the canonical lookup reads a name without
    generic_heads: list[str]  # round 31: heads that yield to a longer term before them in the name
    generic_yield_min: int
    from_time_tail: Pattern  # round 31: the year of a change's start
    share_infix: str  # round 31: a rate's name that holds it is a share
    share_canonical: str


class Fragments(RootModel[dict[str, Pattern]]):
    """Named regex pieces the other rule files write as ``{{name}}`` (lexicons.load_yaml)."""


SCHEMAS: dict[str, type[BaseModel]] = {
    "boilerplate.yml": Boilerplate,
    "checks.yml": Checks,
    "commitments.yml": Commitments,
    "doc_types.yml": DocTypes,
    "forms.yml": Forms,
    "fragments.yml": Fragments,
    "indicators.yml": Indicators,
    "metadata.yml": Metadata,
    "metrics.yml": Metrics,
    "normalize.yml": Normalize,
    "numerals.yml": Numerals,
    "scores.yml": Scores,
    "sections.yml": Sections,
    "structure.yml": Structure,
}


def _where(loc: tuple) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[") or "(top level)"


def validate(name: str, data: Any) -> None:
    """Raise ResourceError (file, key, what is wrong) unless ``data`` fits the schema of ``name``."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise ResourceError(f"resources/{name}: no schema for this file (add one to resource_schema.py)")
    try:
        schema.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ResourceError(f"resources/{name}: {problems}") from None
