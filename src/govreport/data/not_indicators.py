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
