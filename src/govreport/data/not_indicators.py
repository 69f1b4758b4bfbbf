"""Names that end with an indicator's alias but measure something else: they resolve to no
canonical indicator.

Found in the corpus: the 1950s reports count handicrafts apart from industry (手工业总产值 is
not 工业总产值), 工农业总产值 is neither 工业 nor 农业 alone, and the services of 信息传输软件和
信息技术服务业增加值 are one branch, not the tertiary sector.
"""

from __future__ import annotations

NOT_INDICATORS = (
    "手工业总产值", "手工业产值", "手工业生产总值", "工农业总产值", "工农业生产总值",
    "工农业产值", "信息技术服务业增加值", "商务服务业增加值", "软件和信息技术服务业增加值",
)  # fmt: skip

NEUTRAL_PLACE_SUFFIXES = ("省", "市", "县", "区", "镇", "乡", "街道", "旗", "州", "盟")
"""A name ending in one of these before an alias is a place (闽侯县, 上街镇): it keeps the
indicator (unless it is one of :data:`NOT_PLACES`)."""

NEUTRAL_WORDS = (
    "全社会", "全部", "全", "今年", "去年", "明年", "全年", "当年", "本年", "年度", "上半年",
    "下半年", "前三季度", "年末", "年底", "累计", "合计", "共", "平均每年", "年均", "每年",
    "实现", "完成", "的",
)  # fmt: skip
"""Words before an alias that keep its indicator: a time (今年, 年末), a total (累计),
全社会 (the whole of the territory).  Spans of years (五年来, 今后五年, “十四五”时期) keep it
too."""

YEAR_SPAN_ENDS = ("来", "间")
"""After a count of years (五年来, 三年间): a span of years."""

PLAN_SPANS = ("时期", "期间")
"""After a five-year plan's name (“十四五”时期): the plan's years."""

NOT_PLACES = (
    "园区", "开发区", "景区", "社区", "小区", "片区", "新区", "高新区", "保税区", "试验区",
    "示范区", "自贸区", "地区", "城区", "山区", "库区", "灾区", "牧区", "矿区", "林区", "垦区",
)  # fmt: skip
"""Names ending like a place that narrow the territory: 工业园区, 脱贫地区, 灾区."""
