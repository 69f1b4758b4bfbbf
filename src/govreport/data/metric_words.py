"""The words around figures that say what they are: verbs of level and change, progress
against a plan, status (estimated, target), period, and the lead-in words dropped from an
indicator's name.

Collected from the indicator paragraphs and target statements of the corpus: township
reports 2022–2024 (``全社会固定资产投资额完成41.1亿元,比增37.2%``, ``完成任务量的77.7%``,
``超出年初预算74.5%``) and the national reports (``国内生产总值超过126万亿元，增长5.2%``,
``居民消费价格上涨0.2%``, ``分别增长8.9%、7.7%``).  The words apply to normalised text with
traditional characters folded to simplified ones.
"""

from __future__ import annotations

CHANGE_UP = (
    "同比增长", "比上年增长", "比去年增长", "较上年增长", "较去年增长", "比上年同期增长",
    "比增", "增长了", "增长", "增加", "提高了", "提高", "上涨", "上升", "提升", "增幅为", "增速为",
    "增", "涨幅", "增幅", "增速", "实际增长", "扩大", "扩大了", "增产", "递增", "增加了",
)  # fmt: skip
"""A following percentage is a rise."""

CHANGE_DOWN = (
    "同比下降", "比上年下降", "比去年下降", "较上年下降", "下降了", "下降", "减少了", "减少",
    "回落", "降低了", "降低", "下滑", "缩减", "压减", "减", "降", "降幅", "缩小", "递减", "减产",
)  # fmt: skip
"""A following percentage is a fall (negative growth)."""

CHANGE_TAILS = "了达约 "
"""What may follow a verb of change before its figure (增长了, 增长约); after 为 the figure is
the level reached (下降为16%)."""

LEVEL_VERBS = (
    "完成", "实现", "达到", "达", "为", "是", "共计", "累计", "总计", "突破", "增至", "增加到",
    "提高到", "上升到", "升至", "控制在", "保持在", "稳定在", "平均为", "全年为", "约为", "共",
    "预计", "预计达", "预计达到", "预计完成", "预计实现", "计划", "力争", "确保", "争取",
    "安排", "拟安排", "拟按", "按", "积累", "降到", "降至", "降为", "下降到", "下降为", "减少到",
    "减至", "跃上", "首次跃上", "首次突破", "不低于", "不少于", "不超过", "合计", "达到了",
    "即达到", "有", "共有", "在", "回落到", "回落至", "回升到", "回升至", "提高至", "上升至",
    "下降至", "增加至", "减少至", "降低到", "降低至", "扩大到", "扩大至", "缩小到", "缩小至",
    "增长到", "增长至", "跨上", "迈上", "站上", "保持", "继续保持",
)  # fmt: skip
"""Verbs between an indicator and its level (dropped from the indicator's name)."""

TOTALS = ("累计", "共计", "合计", "总计")
"""Before a level verb, a sum's (年均增长42%,累计达到633亿美元; 增加7359万,总计达到1.17亿)."""

BUDGETED = ("预算赤字", "赤字预算")
"""In a name, a figure the budget sets: a target whatever the tense
(今年中央财政预算赤字1503亿元)."""

FUTURE_ONLY = ("拟", "力争")
"""Target cues no review uses of what was done (今年拟安排财政赤字9000亿元,其中…; 力争地区
生产总值增长6%左右,一般公共预算收入增长5%以上): in the first clause of a sentence, they make
its every figure a target.  争取 is none: a review 争取s funds it got (争取上级资金1.2亿元)."""

NAMED_PERIODS = (
    "前三季度", "第一季度", "一季度", "第二季度", "二季度", "第三季度", "三季度", "第四季度",
    "四季度", "上半年", "下半年", "全年", "年末", "年底", "截至目前", "半年来",
)  # fmt: skip
"""Periods a figure covers, by name (besides months: 1-9月, 1—10月份, 截至10月底)."""

MOMENTS = ("年末", "年底")
"""Named periods that date one stock figure (年末城镇调查失业率5.1%): they reach only their
own clause."""

HALF_YEAR_SINCE = ("半年来",)
"""Named periods that mean the first half (上半年)."""

RELATIVE_YEARS = (
    ("今年", 0), ("本年", 0), ("当年", 0), ("去年", -1), ("上年", -1), ("上一年", -1),
    ("明年", 1), ("前年", -2), ("过去一年", -1), ("过去的一年", -1),
)  # fmt: skip
"""Years named from the year a report is written in (今年), with their offset."""

ANAPHORS = ("总量", "经济总量", "规模", "总额")
"""Words standing for the metric before, before its level (增长5.8%,经济总量跨上5万亿元台阶)."""

PAST_TOLD = ("去年", "前年", "过去一年", "过去的一年")
"""Years before the report's that a plan names when it tells what was done (去年居民消费价格
涨幅回落到2.6%): a figure in their clause is actual.  (上年 names budget lines: 上年结转收入.)"""

FROM_BASE = "从由"
"""Before a year that opens a change from it (从去年的2.1%提高到2.3%): a base, not the
figure's year."""

FRAGMENT_OPENINGS = ("以上", "以下", "及以上", "及以下")
"""A name opening with one of these is the rest of a threshold cut by a figure (20户|及以上
自然村…): no name."""

MILESTONES = ("大关", "关口", "台阶", "关")
"""After a round figure crossed (突破5万关口, 跨上5万亿元台阶): a milestone, which the exact
level after it (、达到5.28万元) replaces."""

CROSSING_VERBS = (
    "首次突破", "率先突破", "突破", "首次跃上", "跃上", "跨上", "迈上", "站上", "超过",
)  # fmt: skip
"""Before a round figure with no digit that a level crossed (总额首次突破万亿元,达到11377亿元):
the milestone is no figure, and the exact level after it is the metric's."""

ROUND_FIGURES = (
    "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿",
)  # fmt: skip
"""A round figure written with its order of magnitude alone (突破万亿元, 迈上千亿台阶)."""

RANKED = ("增速", "增幅", "总量", "规模")
"""Before a rank, in a clause between a figure and the level after it (增长5.8%、增速全国第3,
总量达到60013亿元)."""

RANK_SCOPES = ("全国", "全省", "全区", "全市", "西部", "中部", "东部")

RECORD = "创"
"""Before a span of years that is a record, not the figures' period (创近5年新高, 创10年来新高)."""

COMPARISON_BASE = "比较与同于"
"""Before a year that is a comparison's base (比上年, 较去年, 与去年同期), not the figure's."""

MULTIPLE_BASE = "是"
"""Before a calendar year (or years) that a figure is compared with (是1997年的2.3倍, 是1950年到
2002年53年的总和): a base, not the figure's year."""

SINCE_WORDS = ("以来",)
"""After a year that opens a span (2020年以来): the figure covers the years since."""

YEARS_PAST = ("过去", "这", "近", "前")
"""Before a count of years that ends with the year reviewed (过去五年, 近三年)."""

YEARS_AHEAD = ("今后", "未来")
"""Before a count of years that starts with the year planned (今后五年)."""

YEARS_SINCE = ("年来",)
"""After a count of years that ends with the year reviewed (五年来)."""

PLAN_PERIOD_WORDS = ("时期", "期间", "以来", "规划期")
"""After a five-year plan's name (“十一五”时期): the figure covers the plan's years."""

HEAD_NOUNS = (
    "值", "额", "收入", "支出", "工资", "量", "率", "数", "价", "价格", "指数", "面积", "利润",
    "税", "税收", "规模", "生产", "人数", "人次", "产量", "收益", "资金", "投资", "销售",
    "营收", "就业", "外资",
    "进出口", "消费", "能耗", "排放", "浓度", "比例", "比重", "里程", "吞吐量", "用电量", "余额",
    "储备", "赤字", "债券", "国债", "货币", "GDP", "CPI", "PPI", "M2", "涨幅", "增速",
    "企业", "人才", "人口", "户", "家", "项目", "亩", "学位", "床位", "岗位", "保费", "客流",
    "游客", "总量", "增量", "密度", "覆盖率", "水平", "成本", "投入", "贷款", "存款", "融资",
    "学生", "能力", "住房", "装机", "田地", "亩产", "单产", "年限", "职工", "起征点", "基金",
    "养老金", "低保金",
)  # fmt: skip
"""How an indicator's name may end (投资, 产值, 收入, 率 …); other phrases are not names."""

BOUND_LEADS = {
    "不低于": "at_least", "不少于": "at_least", "突破": "at_least", "至少": "at_least",
    "跨上": "at_least", "迈上": "at_least", "站上": "at_least",
    "不超过": "at_most", "不高于": "at_most", "控制在": "at_most", "低于": "at_most",
    "不": "not",
}  # fmt: skip
"""Words before a target's figure and the bound they set (不低于5% → at_least); ``不``
before a figure that took 超过 (不超过3%) turns it round."""

BOUND_APPROX = {
    "左右": "about", "上下": "about", "约": "about", "大约": "about", "大約": "about",
    "約": "about", "近": "about", "将近": "about", "將近": "about", "接近": "about",
    "以上": "at_least", "超过": "at_least", "超過": "at_least", "超": "at_least",
    "逾": "at_least", "余": "at_least", "餘": "at_least", "多": "at_least", "多达": "at_least",
    "多達": "at_least", "至少": "at_least", "不少于": "at_least", "不少於": "at_least",
    "以内": "at_most", "以內": "at_most", "以下": "at_most", "不足": "at_most", "不到": "at_most",
}  # fmt: skip
"""A figure's qualifier (``Quantity.approx``) and the bound it means."""

COMPOUND_NAMES = (
    ("城乡", ("城镇", "农村")),
    ("存贷款", ("存款", "贷款")),
    ("第一、二、三产业", ("第一产业", "第二产业", "第三产业")),
    ("一、二、三产业", ("第一产业", "第二产业", "第三产业")),
    ("一二三产业", ("第一产业", "第二产业", "第三产业")),
    ("一、二、三产", ("第一产业", "第二产业", "第三产业")),  # 产 for 产业, as in 一产
)
"""Compounds a list shared with 分别 deals out (城乡居民人均可支配收入分别增长4.7%、6.6% →
城镇居民…, 农村居民…; 各项存贷款余额分别为…)."""

SCOPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "enforcement",
        (
            "检查", "查处", "执法", "处罚", "立案", "案件", "督查", "巡查", "排查", "整治",
            "罚没", "罚款", "办结", "查办", "抽检",
        ),
    ),
    ("project", ("项目", "总投资", "计划投资", "签约", "开工", "竣工")),
    (
        "entity",
        (
            "公司", "合作社", "集团", "工厂", "厂", "小区", "花园", "家园", "基地", "园区",
            "开发区", "景区", "家庭农场", "酒店", "学校", "医院",
        ),
    ),
    (
        "programme",
        (
            "补助", "补贴", "资金", "奖励", "慰问", "救助", "帮扶", "发放", "报到率", "管控率",
            "执行率", "签约率", "参与率",
        ),
    ),
)  # fmt: skip
"""What a figure measures when it is no indicator of the government's territory, by the
words of its name or its clause: a count of inspections or cases, a project's investment,
one firm's or estate's figure, one programme's money or rates."""

PUBLIC_FINANCE = ("转移支付", "债券", "专项债", "国债")
"""Money a name of which holds one of these is the territory's public finance (上级转移支付资金,
一般债券资金, 新增专项债资金), not one programme's, though it is called 资金."""

MEASURED_BY_CHANGE = ("cpi", "ppi")
"""Canonical indicators reports state only as a rate of change: a percent of theirs is a
growth (居民消费价格指数控制在2.0%以内, 居民消费价格3%左右)."""

RATE_OF_CHANGE = ("涨幅", "增幅", "增速", "上涨幅度", "增长幅度", "增长速度", "增长")
"""How a name of a rate of change ends (居民消费价格涨幅控制在4%左右): its percent is a growth
of the name before it."""

BARE_HEADS = ("增加值", "产值", "总产值", "销售额", "营业收入", "利润", "利润总额")
"""Names that are only a measure (规上工业总产值…,增加值增长5.5%): of the subject of the
metric before."""

BARE_OUTPUTS = ("产量", "总产量", "总产")
"""Measures of output named without their product (2007年产量达到50150万吨, 总产达到557亿斤):
of the subject that opens the clause before (全国粮食连续四年增产,…; 粮食生产再获丰收,…)."""

CLAUSE_ADVERBS = ("又", "再", "也", "还", "首次", "已")
"""Adverbs opening a clause that goes on telling of the subject of the clause before
(粮食总产量在上年大幅度增长的基础上,又增产291亿斤): no name."""

SUBJECT_PREDICATES = (
    "在", "屡", "再", "又", "连", "仍", "按", "从", "由", "生产", "继续", "持续", "稳", "首次",
    "保持", "大幅", "逐年", "也", "还",
)  # fmt: skip
"""How the predicate after a clause's subject opens (粮食总产量|在上年大幅度增长的基础上,
粮食产量|屡创历史新高, 全国粮食|连续四年增产, 粮食|生产再获丰收, 地区生产总值|连跨…), or a
clause break: a subject whose clause goes on otherwise (发电机:…, 粮食直补、…) is no subject
of the figure after it."""

ADDED = ("新增", "新建", "新开工", "新改建", "新改扩建", "建成", "新培育", "新引进")
"""Words opening the name of what was added (新增公路19.2万公里): a part of it after 其中
(其中高速公路2.8万公里) was added too, and is no stock (新增高速公路)."""

PART_OPENING = "其中"
"""Opens a part of the metric before (…,其中高速公路…)."""

SHARE_OPENING = "占"
"""A name opening with it is a share of something (占一般公共预算支出的比重): of the metric
before."""

COUNT_HEADS = ("企业", "户", "家", "人")
"""Names counting firms or people: their scope is their own clause's, not the clause before."""

AVERAGE = ("年均", "年平均", "平均每年", "每年要", "每年")
"""Words of a yearly average (年均增长7.5%): the change is an average over years."""

LIST_SEPARATORS = ("、", "和", "及", "与", "以及")
"""Words between the names of a list (城镇和农村居民…, 报到率、管控率)."""
