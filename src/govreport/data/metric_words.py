"""The words around figures that say what they are: verbs of level and change, progress
against a plan, status (estimated, target), period, and the lead-in words dropped from an
indicator's name.

Collected from the indicator paragraphs and target statements of the corpus: township
reports 2022–2024 (``全社会固定资产投资额完成41.1亿元,比增37.2%``, ``完成任务量的77.7%``,
``超出年初预算74.5%``) and the national reports (``国内生产总值超过126万亿元，增长5.2%``,
``居民消费价格上涨0.2%``, ``分别增长8.9%、7.7%``).  Patterns apply to normalised text with
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

LEVEL_VERBS = (
    "完成", "实现", "达到", "达", "为", "是", "共计", "累计", "总计", "突破", "增至", "增加到",
    "提高到", "上升到", "升至", "控制在", "保持在", "稳定在", "平均为", "全年为", "约为", "共",
    "预计", "预计达", "预计达到", "预计完成", "预计实现", "计划", "力争", "确保", "争取",
    "安排", "拟安排", "拟按", "按", "积累", "降到", "降至", "降为", "下降到", "下降为", "减少到",
    "减至", "跃上", "首次跃上", "首次突破", "不低于", "不少于", "不超过", "合计", "达到了",
    "即达到", "有", "共有", "在", "回落到", "回落至", "回升到", "回升至", "提高至", "上升至",
    "下降至", "增加至", "减少至", "降低到", "降低至", "扩大到", "扩大至", "缩小到", "缩小至",
    "增长到", "增长至", "跨上", "迈上", "站上",
)  # fmt: skip
"""Verbs between an indicator and its level (dropped from the indicator's name)."""

PROGRESS = (
    r"完成(?:了)?(?:年度|全年)?(?:任务量|任务|计划|目标任务|目标)的|完成率|完成年度计划"
    r"|占(?:年度)?(?:任务|计划)的|完成进度"
)
"""Before a percentage of the plan achieved: 完成任务量的77.7%."""

EXCESS = r"超出(?:年初)?(?:预算|计划|目标)|超(?:年初)?(?:预算|计划|目标)|超额完成"
"""Before a percentage by which the plan was exceeded: 超出年初预算74.5% (progress 174.5)."""

ESTIMATED = r"(?<!比(?:\d{4}|[〇零一二三四五六七八九]{4})年)预计|预估|估计|(?<!主要)预期(?!目标)"
"""The figure is an estimate."""

TARGET = (
    r"计划(?!总投资|投资)|力争|确保|争取(?!上级|到|中央|省|国家)|预期目标|目标|要达到|将达到|拟"
    r"|将(?=增长|增加|提高|比|达到|降低|减少)"
)
"""The figure is a target; not 计划总投资 (the planned size of projects signed) nor 争取上级…资金
(money obtained from above)."""

TARGET_STATEMENT = r"目标(?:是|为|\s*:)"
"""Opens a statement whose every figure is a target: 主要预期目标是:…; 目标为…."""

NAMED_PERIODS = (
    "前三季度", "第一季度", "一季度", "上半年", "下半年", "全年", "年末", "年底", "截至目前",
    "半年来",
)  # fmt: skip
"""Periods a figure covers, by name (besides months: 1-9月, 1—10月份, 截至10月底)."""

MOMENTS = ("年末", "年底")
"""Named periods that date one stock figure (年末城镇调查失业率5.1%): they reach only their
own clause."""

MONTH_NUMBER = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
"""A month's number as reports write it (9, 十二)."""

RANGE_DASH = r"[-—~至到]"
"""Between the first and the last month of a range (1-9月, 1至10月)."""

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

MILESTONES = ("大关", "关口", "台阶", "关")
"""After a round figure crossed (突破5万关口, 跨上5万亿元台阶): a milestone, which the exact
level after it (、达到5.28万元) replaces."""

RECORD = "创"
"""Before a span of years that is a record, not the figures' period (创近5年新高, 创10年来新高)."""

COMPARISON_BASE = "比较与同于"
"""Before a year that is a comparison's base (比上年, 较去年, 与去年同期), not the figure's."""

SINCE_WORDS = ("以来",)
"""After a year that opens a span (2020年以来): the figure covers the years since."""

PRICE_BASE = r"按(?:{year})(?:不变)?价格(?:计算)?"
"""A price base (按2010年价格计算): no year of the figure's."""

YEARS_PAST = ("过去", "这", "近", "前")
"""Before a count of years that ends with the year reviewed (过去五年, 近三年)."""

YEARS_AHEAD = ("今后", "未来")
"""Before a count of years that starts with the year planned (今后五年)."""

YEARS_SINCE = ("年来",)
"""After a count of years that ends with the year reviewed (五年来)."""

PLAN_PERIOD_WORDS = ("时期", "期间", "以来", "规划期")
"""After a five-year plan's name (“十一五”时期): the figure covers the plan's years."""

LEAD_INS = (
    r"(?:(?:19|20)\d{2}\s?年(?:度|底|末)?|[〇零一二三四五六七八九]{4}年(?:度|底|末)?|今年以来|今年|全年|去年|当年|年内|其中|另外|同时|全镇|全乡|全县|全市|全区"
    r"|全省|全国|全街道|我镇|本镇|镇域|县域|实现|完成|累计|共计|初步|预计|计划|力争|确保|争取|新增(?=\d)"
    r"|带动|推动|拉动|要|将|并且|明年|而|我国|年末|年底|合计|再|建设|新建|各类|例如|如(?=(?:19|20)\d{2}|[〇一二三四五六七八九]{4})|一年来|截至目前|半年来|上半年|下半年|前三季度|第?[一二三四]季度"
    r"|(?:1|一)\s*[-—~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
    r"|(?:今后|未来|过去|这|近)?[两三四五六七八九十]年(?:来|间|累计|合计)?|[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间)"
    r"|\(\s*[^)]{1,12}\s*\)|的|[\s,、])+"
)
"""Words that open a clause before the indicator's name: dropped from the name."""

TRAILING = (
    r"今年|明年|全年|再|又|还|也|仍然|仍|已经|已|实际|同比|同口径|可比口径|平均值|均值|年末|年底"
    r"|(?<![主重需])要|预期目标|目标"
)
"""Words between a name and its verb (社会消费品零售总额实际增长, 税收今年再减少): not the
name's."""

ACTION = (
    r"申报|申请|上报|包含|引进|柔性引进|发放|获得|获|组织实施|提出|拟安排|安排|拟发行|发行"
    r"|新建改建|新建和改造|改建|改造|争取到|下达|拨付|筹集|兑现|取缔|检查|新签约|签约|测量|拟投入|投入"
)
"""Verbs of an action before a name (引进内资注册资金, 中央财政拟安排…): the name is what
follows; a count after one is of things done (检查企业480余家次), not a metric."""

CLAUSE_WORDS = (
    r"因为|因爲|由于|由於|如果|可以|应当|應當|应该|應該|指出|这个|這個|这些|這些|我们|我們|他们|他們"
    r"|已经|已經|就是|所以|但是|虽然|雖然|只有|必须|必須|能够|能夠"
    r"|把|使(?!用)|为了|为实现|尽管|就(?!业)|了|并且|仍然|只|将|(?<![主重需])要(?!素)|同我国"
    r"|(?:高于|低于|快于|慢于|超过|超出)(?:全国|全省|全市|全区|全县)"
)
"""Words of a clause, not of a name: a phrase holding one is no indicator (扩大和改善了灌溉
面积, 为实现本世纪末把我国人口, 本年将发放农业贷款)."""

COMPARISON = r"比(?![重例率])|[由从](?=上年|去年|今年|\d|[〇一二三四五六七八九十百]|不到|月)"
"""Where a comparison base begins inside a name: 病床数比解放前的最高水平 → 病床数;
城镇登记失业率由上年的(4.3%下降到…) → 城镇登记失业率."""

FROM = r"[由从](?:上年|去年|今年|[^,;]{0,12}?)的?\s*$"
"""Before a base level that a later level replaces (由上年的1.2%下降到1.17%; 从不到70万亿元
增加到超过100万亿元): the base is not the level."""

YEAR = r"(?:19|20)\d{2}[^\S\n]?年|[〇零一二三四五六七八九]{4}年"
"""A year as reports write it."""

OWN_YEAR = r"(?:19|20)\d{2}[^\S\n]?年|[〇零一二三四五六七八九]{4}年|今年|明年|本年"
"""A sentence stating its year does not take the period of its section's heading."""

AVERAGE = r"年均|年平均|平均每年|每年(?:要)?"
"""Between a name and its change: the change is an average per year (年均增长10.6%)."""

LIST_SEPARATORS = r"[、和及与]|以及"
"""Between the names of a list sharing one verb (分别): 高技术制造业、装备制造业增加值."""

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

SHARE_OPENING = "占"
"""A name opening with it is a share of something (占一般公共预算支出的比重): of the metric
before."""

COUNT_HEADS = ("企业", "户", "家", "人")
"""Names counting firms or people: their scope is their own clause's, not the clause before."""
