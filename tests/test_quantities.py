"""reportnlp.quantities: number + unit (+ qualifier) over report sentences."""
from __future__ import annotations

import dataclasses
import math

import pytest

from reportnlp.quantities import Quantity, find_quantities, quantity_readings


FLOAT_FIELDS = {"value", "base_value", "low", "high"}


def check(q: Quantity, want: dict) -> None:
    for k, v in want.items():
        got = getattr(q, k)
        if k in FLOAT_FIELDS and v is not None:
            assert got is not None and math.isclose(got, v, rel_tol=1e-9, abs_tol=1e-12), (k, got, v, q)
        else:
            assert got == v, (k, got, v, q)


def Q(start, end, value, unit, **kw):
    return dict(start=start, end=end, value=value, unit=unit, **kw)


CASES = [
    ("共受理行政许可(审批)69426件,办结69421件,办结率99.9", [
        Q(11, 17, 69426, "件", base_value=69426, base_unit="件", unit_kind="count", qualifier=None, approximate=False),
        Q(20, 26, 69421, "件"),
        Q(30, 34, 99.9, "%", base_unit="%", unit_kind="rate", decimals=1),
    ]),
    ("服务对象满意率98%以上", [Q(7, 12, 98, "%", qualifier="以上", approximate=False, num_start=7, num_end=10)]),
    ("验收面积41.3万平方米", [
        Q(4, 12, 41.3, "万平方米", base_value=413000, base_unit="平方米", unit_kind="area", decimals=1,
          num_start=4, num_end=8),
    ]),
    ("共计减免企业注册登记费73万余元", [
        Q(11, 16, 73, "万元", base_value=730000, base_unit="元", unit_kind="money", qualifier="余", approximate=True),
    ]),
    ("邀请村(社区)干部30余人", [Q(9, 13, 30, "人", qualifier="余", approximate=True, unit_kind="count")]),
    ("3至5个工作日", [
        Q(0, 7, 3, "个工作日", low=3, high=5, base_unit="工作日", unit_kind="duration", num_start=0, num_end=3),
    ]),
    ("平均办结时限2.8个工作日以内", [Q(6, 15, 2.8, "个工作日", qualifier="以内", approximate=False, decimals=1)]),
    ("其中感到非常满意的只占了45%", [Q(12, 15, 45, "%", unit_kind="rate")]),
    ("而感觉一般的则有4.4%", [Q(8, 12, 4.4, "%", decimals=1)]),
    ("培训人数达1000人次", [Q(5, 11, 1000, "人次", qualifier=None, approximate=False)]),  # 达 is no qualifier
    ("业务培训费0.1元", [Q(5, 9, 0.1, "元", base_value=0.1, unit_kind="money", decimals=1)]),
    ("全县新增市场主体1.2万多户", [Q(8, 14, 12000, "户", base_value=12000, qualifier="多", approximate=True)]),
    ("外借图书1.2万多册", [Q(4, 10, 12000, "册", qualifier="多")]),
    ("受理各类案件17万件", [Q(6, 10, 170000, "件")]),
    ("落实资助资金1436.5万元", [Q(6, 14, 1436.5, "万元", base_value=14365000, base_unit="元")]),
    ("全县医保基金支出5.83亿元", [Q(8, 14, 5.83, "亿元", base_value=583000000, decimals=2)]),
    ("设置两三个窗口", [Q(2, 5, 2, "个", low=2, high=3)]),  # 两三 is 2..3, not 23
    ("邀请二三十人参加", [Q(2, 6, 20, "人", low=20, high=30)]),
    ("整改期限为6个月零14天", [Q(5, 8, 6, "个月", base_unit="月", unit_kind="duration"), Q(9, 12, 14, "天")]),
    ("连续三年被评为先进单位", [Q(2, 4, 3, "年", unit_kind="duration")]),
    ("即办件比例为88.1", [Q(6, 10, 88.1, "%", unit_kind="rate")]),
    ("群众满意率达到近99", [Q(7, 10, 99, "%", qualifier="近", approximate=True, num_start=8)]),
    ("满意率：96.3，较上年提高", [Q(4, 8, 96.3, "%")]),
    ("举办培训活动近万人次", [Q(6, 10, 10000, "人次", qualifier="近", approximate=True, num_start=7, num_end=8)]),
    ("达到百分之九十五的群众", [Q(2, 8, 95, "%", base_value=95, unit_kind="rate")]),
    ("实现利润两成增长", [Q(4, 6, 2, "成", base_value=20, base_unit="%")]),
    ("同比提高0.8个百分点", [Q(4, 11, 0.8, "个百分点", base_unit="百分点", unit_kind="rate")]),
    # points with an approximation before or inside them stay points, approximate
    ("医生比护士低十多个百分点", [Q(6, 12, 10, "个百分点", base_unit="百分点", unit_kind="rate", qualifier="多",
                              approximate=True)]),
    ("同比增长10余个百分点", [Q(4, 11, 10, "个百分点", unit_kind="rate", qualifier="余", approximate=True)]),
    ("满意率提高3个多百分点", [Q(5, 11, 3, "个百分点", unit_kind="rate", qualifier="多", approximate=True)]),
    ("新建10余个服务点", [Q(2, 6, 10, "个", unit_kind="count", qualifier="余", approximate=True)]),
    ("兼职的占三分之二以上", [Q(4, 10, 2 / 3, "", unit_kind="rate", qualifier="以上")]),
    ("考核分值:10分,自评分:9.5分", [Q(5, 8, 10, "分", unit_kind="score"), Q(13, 17, 9.5, "分", unit_kind="score")]),
    ("为群众节省时间约2.6万小时", [Q(7, 14, 26000, "小时", qualifier="约", approximate=True)]),
    ("项目投资3-5万元", [Q(4, 9, 3, "万元", low=3, high=5, base_value=30000)]),
    ("单价￥300", [Q(2, 6, 300, "￥", base_unit="元", unit_kind="money")]),
    ("共计8亿元人民币", [Q(2, 8, 8, "亿元", base_value=800000000)]),
    ("材料费用15元/份", [Q(4, 9, 15, "元/份", base_unit="元/份", unit_kind="money")]),
    ("PM2.5平均浓度为34微克/立方米", [Q(10, 18, 34, "微克/立方米", unit_kind="other")]),
    ("已运行一年半", [Q(3, 6, 1.5, "年")]),
    ("等候两个半小时", [Q(2, 7, 2.5, "个小时", base_unit="小时")]),
    ("用时3个多月", [Q(2, 6, 3, "个月", qualifier="多", approximate=True)]),
    ("检查企业312家次", [Q(4, 9, 312, "家次", unit_kind="count")]),
    ("组织十几个部门", [Q(2, 5, 10, "个", qualifier="几", approximate=True)]),
    ("近三年来", [Q(0, 3, 3, "年", qualifier="近", approximate=True)]),
    ("全县263个村卫生室全部接入", [Q(2, 6, 263, "个")]),
    ("受理１２３件", [Q(2, 6, 123, "件", text="１２３件")]),
    ("超过8成群众", [Q(0, 4, 8, "成", base_value=80, qualifier="超过", approximate=False)]),
    ("不足10%", [Q(0, 5, 10, "%", qualifier="不足")]),
    ("约30人左右", [Q(0, 6, 30, "人", qualifier="约+左右", approximate=True)]),
    ("得分95分，满分100分", [Q(2, 5, 95, "分"), Q(8, 12, 100, "分")]),
    ("一千零八十件", [Q(0, 6, 1080, "件")]),
    ("两百余人", [Q(0, 4, 200, "人", qualifier="余")]),
    ("马路宽12米", [Q(3, 6, 12, "米", unit_kind="length")]),
    ("种植小麦3千亩", [Q(4, 7, 3000, "亩", unit_kind="area")]),
    ("全年完成2.5千米道路", [Q(4, 9, 2.5, "千米", base_unit="公里")]),
    ("查处违法案件3起，罚没款2.6万元", [Q(6, 8, 3, "起"), Q(12, 17, 2.6, "万元", base_value=26000)]),
    ("线上结算14.2万笔", [Q(4, 10, 142000, "笔")]),
    ("收到锦旗2面、表扬信11封", [Q(4, 6, 2, "面"), Q(10, 13, 11, "封")]),
    ("医用耗材17类", [Q(4, 7, 17, "类")]),
    ("同比下降-3.2%", [Q(4, 9, -3.2, "%")]),
    ("5-10个工作日", [Q(0, 8, 5, "个工作日", low=5, high=10)]),
    ("受理率30%—50%", [Q(3, 10, 30, "%", low=30, high=50)]),
    # a Chinese digit that is a word's character (队伍) does not run into the Arabic number after it
    ("组建志愿者队伍16支", [Q(7, 10, 16, "支")]),
    ("更换灭火器48具", [Q(5, 8, 48, "具")]),
    ("开设课后服务课程32门", [Q(8, 11, 32, "门")]),
    # volume, energy and power are what utilities report on
    ("全年售水量1862万立方米", [Q(5, 13, 18620000, "立方米", unit_kind="volume")]),
    ("售电量19.5亿千瓦时", [Q(3, 11, 1950000000, "千瓦时", unit_kind="energy")]),
    ("新增变电容量277万千伏安", [Q(6, 13, 2770000, "千伏安", unit_kind="power")]),
    ("赞成票45票", [Q(3, 6, 45, "票")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_quantities(text, expected):
    got = find_quantities(text)
    assert len(got) == len(expected), [(q.text, q.value, q.unit) for q in got]
    for q, want in zip(got, expected):
        check(q, want)
        assert q.text == text[q.start:q.end]
        assert q.start <= q.num_start < q.num_end <= q.end


NEGATIVES = [
    "2014年7月1日", "7月4日", "1-10月", "5月底", "12月28日", "20xx年", "2018-07-25", "2018年", "2013年度",
    "二〇一八年", "二00六年", "1998年至2018年", "上午9:30", "14:00-17:30", "9时30分",
    "（金政务〔2015〕39号）", "[20xx]98号", "川委查[20xx]19号", "第3号", "蜀ICP备05003802号",
    "电话：0838-8169138", "8169138", "手机18123376007", "咨询电话18123376007人",
    "一、", "（一）", "(1)", "1.加强领导", "1、", "①", "第一", "一是", "二是", "首先", "第1页", "第一名", "第3季度",
    "第一方阵", "三季度出台考核办法",
    "三证合一", "十二五", "十二五期间", "1+6模式", "两集中两到位", "一站式", "一条龙", "一把手", "一卡通",
    "双十佳", "五公开", "三公经费", "96099服务热线", "12345热线", "四个提升", "落实“两个责任”", "一村一品",
    "建成“15分钟便民生活圈”", "打通“最后一公里”", "一次办好", "最多跑一次",
    "一切", "一定", "一起", "一样", "一般", "统一", "进一步", "一律", "一次性", "万一", "千万", "十分重视",
    "百分百", "一目了然", "三令五申", "一流", "上半年", "半年", "无一件超时",
    "受理率9小项具体指标", "元旦", "3个体户", "80年代", "三年级", "3年底", "5日", "G318国道", "ISO9001认证",
    "以7比2通过", "比例为1:1", "一类、二类出口企业", "三类人员",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_quantities(text):
    assert find_quantities(text) == [], [(q.text, q.unit) for q in find_quantities(text)]


def test_bare_rate_needs_context_and_the_flag():
    assert [q.unit for q in find_quantities("办结率99.9")] == ["%"]
    assert find_quantities("办结率99.9", bare_rate_context=False) == []
    assert find_quantities("办结99.9") == []  # no rate word before it


def test_bare_rate_does_not_swallow_the_next_number():
    qs = find_quantities("办结率99.9，其中2019年受理3件，编号1024")
    assert [(q.text, q.unit) for q in qs] == [("99.9", "%"), ("3件", "件")]


def test_qualifier_blockers():
    # 节约 / 最近 / 附近 are words, not 约 / 近
    assert find_quantities("节约3万元")[0].qualifier is None
    assert find_quantities("最近3年")[0].qualifier is None
    assert find_quantities("附近5公里")[0].qualifier is None


def test_score_is_not_minutes_or_fraction():
    assert [(q.unit, q.unit_kind) for q in find_quantities("用时3分钟，得分10分")] == [
        ("分钟", "duration"), ("分", "score")]
    assert [q.unit for q in find_quantities("五十分钟")] == ["分钟"]
    assert [(q.value, q.unit) for q in find_quantities("三分之一")] == [(1 / 3, "")]


def test_quantity_is_frozen():
    q = find_quantities("3件")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 4


def test_readings_are_the_quantities():
    # the metrics stage's unfrozen readings hold what find_quantities returns, field for field
    text = "办结率99.9，受理3件，投入1.1万元，近万人，两个半小时，约3至5个工作日，$20，增长5.2%"
    readings = quantity_readings(text)
    assert len(readings) >= 7
    assert [dataclasses.astuple(r) for r in readings] == [dataclasses.astuple(q) for q in find_quantities(text)]
    assert [f.name for f in dataclasses.fields(readings[0])] == [f.name for f in dataclasses.fields(Quantity)]


def test_empty_and_unit_free_text():
    assert find_quantities("") == []
    assert find_quantities("全面贯彻落实党的精神，扎实推进各项工作。") == []


def _long_line(n: int) -> str:
    parts = [
        "共受理行政许可69426件，办结率99.9，", "2014年7月1日起", "电话0838-8169138，", "一是加强领导，",
        "1234567890" * 3, "满意率98%以上，", "（金政务〔2015〕39号）", "节约资金73万余元，", "三证合一",
        "一二三四五六七八九十", "—" * 7, "http://www.example.gov.cn/2018/07/25/a.html ",
    ]
    out = []
    size = 0
    i = 0
    while size < n:
        p = parts[i % len(parts)]
        out.append(p)
        size += len(p)
        i += 1
    return "".join(out)[:n]


def test_200k_character_line_returns_sane_results():
    line = _long_line(200_000)
    assert len(line) == 200_000 and "\n" not in line
    qs = find_quantities(line)
    assert len(qs) > 1000
    prev_end = 0
    for q in qs:
        assert prev_end <= q.start < q.end <= len(line)
        assert q.text == line[q.start:q.end]
        prev_end = q.end
    units = {q.unit for q in qs}
    assert {"件", "%", "万元"} <= units
    assert "年" not in units and "日" not in units  # dates never become quantities


@pytest.mark.parametrize(
    "line",
    ["9" * 200_000, "一二三四五六七八九十" * 20_000, "1," * 100_000, "万" * 200_000, "3件" * 100_000, "-" * 200_000],
    ids=["digits", "cjk-numerals", "commas", "wan", "3jian", "dashes"],
)
def test_pathological_lines_return(line):
    qs = find_quantities(line)
    assert all(0 <= q.start < q.end <= len(line) for q in qs)


def test_decimal_to_integer_percent_range_does_not_crash():
    # 0.5 is kept as an exact Decimal, 1% as an int: the range's scale must stay exact too
    for text, low, high in (("增长0.5-1%", 0.5, 1.0), ("占比0.5～2%", 0.5, 2.0)):
        (q,) = [q for q in find_quantities(text) if q.unit == "%"]
        assert (q.low, q.high) == (low, high)
