"""Names and set phrases that contain numerals but are not quantities.

Entries come from the township reports of the corpus and the national reports of 1954–2025:
plan periods, political slogans, policy nicknames, programme names, place names and fixed
terms whose numeral would otherwise be read as a count (四个意识 is not "4 个").  Numbers
written inside quotation marks (“六稳”, “28条”) and ordinals (第三次) are recognised by rule and
need no entry here.  Names are looked for where a digit, a numeral or a letter begins, so
each entry starts with one.  Extend the list for your own documents with
``QuantityExtractor(not_quantities=[...])``.
"""

from __future__ import annotations

PLAN_PERIODS: tuple[str, ...] = (
    "一五", "二五", "三五", "五五", "六五", "七五", "八五", "九五",
    "十五计划", "十五规划", "十五期间", "十五时期",
    "十一五", "十二五", "十三五", "十四五", "十五五",
)  # fmt: skip

SLOGANS: tuple[str, ...] = (
    "一带一路", "一國兩制", "一国两制", "一岗双责", "一村一品", "一事一议", "一网统管",
    "一网通办", "一老一小", "一核两翼", "一中心四平台一网格",
    "两个维护", "两个确立", "两个大局", "两个一百年", "两个文明", "两个务必",
    "两个毫不动摇", "两个结合", "两个基本点", "两个根本性转变", "两个积极性", "两个凡是",
    "两个中国", "一个中国两个政府", "两个市场", "两种资源", "两个循环", "两个健康",
    "三个代表", "三个有利于", "三个面向", "三个务必", "三个世界", "三个一批",
    "三个体系", "三城建设", "三争三领", "三件大事", "三重一大", "三公一大",
    "四个意识", "四个自信", "四个全面", "四个现代化", "四个现代化建设", "四项基本原则",
    "四个坚持", "四个必须", "四个走在前", "四个翻一番", "四个微山", "四个仙居",
    "四个万家", "四个第一", "四个服从", "四个统一",
    "五位一体", "五个统筹", "五个美丽", "五个年", "五好", "五星", "五个一工程",
    "六稳", "六保", "六个坚持", "六守六无",
    "七个坚持", "八项规定", "八八战略", "九个坚持", "十个坚持",
    "四人帮", "四人幫", "五项原则", "五項原則", "十项原则", "十項原則", "八项主张",
    "二十条",
    "千万工程", "百千万工程", "千村示范、万村整治",
    "3820工程", "73321工程", "1343治理体系", "13137发展大局",
)  # fmt: skip

PLACE_NAMES: tuple[str, ...] = (
    "三台县", "五台山", "七台河", "九台区", "三门峡", "十堰", "六盘水", "三亚", "九江",
    "三明", "四平", "陆家嘴", "二连浩特", "五指山", "两江新区",
)  # fmt: skip

TERMS: tuple[str, ...] = (
    "二次创业", "二次供水", "二次污染", "二次开发", "二次分配", "三次分配", "一次性",
    "一次能源", "二次能源", "一次分配", "五位数", "两头在内", "两部分", "三部分",
    "三方协议", "三方面", "四方面", "两方面", "一把手", "二把手",
    "26℃温馨服务", "12345热线", "12345政务服务便民热线", "12345市民便民热线",
)  # fmt: skip

NOT_QUANTITIES: tuple[str, ...] = (*PLAN_PERIODS, *SLOGANS, *PLACE_NAMES, *TERMS)
"""Every default name that is not a quantity."""
