"""Units that may follow a number, with their canonical form and kind.

Entries come from the units met in the corpus (township reports of 2022–2024 and the national
reports of 1954–2025) and the measure words of Chinese grammars for counted things.  Each
surface form maps to ``(canonical unit, kind)``; kinds are those of
:class:`govreport.Quantity`: ``amount``, ``percent``, ``change``, ``ratio``, ``count``,
``measure``.  Traditional forms (噸, 畝, 個…) map to the simplified canonical unit.
"""

from __future__ import annotations

Unit = tuple[str, str]
"""``(canonical unit, kind)``."""


def _same(kind: str, *surfaces: str) -> dict[str, Unit]:
    return {surface: (surface, kind) for surface in surfaces}


def _alias(canonical: str, kind: str, *surfaces: str) -> dict[str, Unit]:
    return dict.fromkeys((canonical, *surfaces), (canonical, kind))


PERCENT_UNITS: dict[str, Unit] = {
    **_alias("%", "percent", "％"),
    **_alias("‰", "percent"),
    **_alias("百分点", "change", "个百分点", "個百分點", "百分點"),
    **_alias("倍", "ratio"),
}

MONEY_UNITS: dict[str, Unit] = {
    **_alias("元", "amount", "圆", "元整", "元人民币", "元人民幣", "人民币", "人民幣"),
    **_alias("美元", "amount", "美金"),
    **_alias("港元", "amount", "港币", "港幣"),
    **_alias("欧元", "amount", "歐元"),
    **_same("amount", "日元", "英镑", "澳元", "澳门元", "新台币", "卢布", "韩元"),
}

MEASURE_UNITS: dict[str, Unit] = {
    # area
    **_alias("亩", "measure", "畝"),
    **_alias("公顷", "measure", "公頃"),
    **_alias("平方米", "measure", "㎡", "m²", "m2", "平米", "平方", "平方公尺"),
    **_alias("平方公里", "measure", "平方千米", "km²", "km2"),
    # length
    **_alias("公里", "measure", "千米", "km", "KM", "Km"),
    **_alias("米", "measure", "公尺"),
    **_same("measure", "尺"),
    **_same("measure", "厘米", "毫米"),
    # mass
    **_alias("吨", "measure", "噸"),
    **_alias("公斤", "measure", "千克", "kg", "KG", "Kg"),
    **_same("measure", "斤", "克", "担", "载重吨"),
    **_alias("吨标准煤", "measure", "吨标煤", "噸標準煤"),
    # volume
    **_alias("立方米", "measure", "m³", "m3", "立米", "立方", "方", "公方"),
    **_alias("标箱", "measure", "標箱", "TEU"),
    **_alias("标准箱", "measure", "標準箱"),
    # energy and power
    **_alias("千瓦", "measure", "kW", "KW", "kw"),
    **_alias("千瓦时", "measure", "千瓦時", "千瓦小时", "千瓦小時", "千瓦·时", "kWh", "度"),
    **_same("measure", "瓦", "兆瓦", "千伏", "千伏安", "伏", "马力"),
    "馬力": ("马力", "measure"),
    # time and age
    **_alias("小时", "measure", "小時"),
    **_same("measure", "天", "分钟"),
    "个月": ("月", "measure"),
    "個月": ("月", "measure"),
    **_alias("岁", "measure", "周岁", "歲", "週歲"),
}

COUNT_UNITS: dict[str, Unit] = {
    **_alias("个", "count", "個"),
    **_alias("户", "count", "戶"),
    **_alias("项", "count", "項"),
    **_alias("条", "count", "條"),
    **_alias("处", "count", "處"),
    **_alias("场", "count", "場"),
    **_alias("场次", "count", "場次"),
    **_alias("栋", "count", "棟"),
    **_alias("台", "count", "臺"),
    **_alias("辆", "count", "輛"),
    **_alias("间", "count", "間"),
    **_alias("张", "count", "張"),
    **_alias("块", "count", "塊"),
    **_alias("头", "count", "頭"),
    **_alias("户次", "count", "戶次"),
    **_alias("辆次", "count", "輛次"),
    **_alias("门", "count", "門"),
    **_alias("颗", "count", "顆"),
    **_same(
        "count",
        "人", "人次", "家", "家次", "名", "位", "件", "部", "座", "所", "次", "起", "宗",
        "套", "台套", "台次", "艘", "株", "棵", "批", "批次", "份", "篇", "期", "只",
        "匹", "架", "架次", "本", "册", "支", "枚", "片", "例", "款", "把", "对", "箱", "种",
    ),
}  # fmt: skip

UNITS: dict[str, Unit] = {**PERCENT_UNITS, **MONEY_UNITS, **MEASURE_UNITS, **COUNT_UNITS}
"""Every default unit: surface form → ``(canonical unit, kind)``."""

# Read as units only after Arabic digits or a scale word: with a bare Chinese numeral they
# are mostly other words (三方 "three parties", 二期 "phase two", 一米 in names, 十度 angles).
ARABIC_OR_SCALE_ONLY: frozenset[str] = frozenset({
    "方", "立方", "度", "期", "米", "平方", "片", "门", "門", "对", "本", "支", "把", "克",
    "头", "頭",
})  # fmt: skip

# After 一 these classifiers make an indefinite article ("a", "a kind of"), even standing
# alone: 一个 is no count.  一 before other units is read when the unit ends the text (一元).
ARTICLE_UNITS: frozenset[str] = frozenset({"个", "個", "种", "種"})

# A unit directly followed by one of these characters is the start of another word
# (部门, 场所, 处理, 名单, 户籍, 亩均, 元宵 …), not a measure word.
NOT_BEFORE: dict[str, str] = {
    "元": "素旦宵首帅年老",
    "部": "分门門署长長委队隊位件属屬",
    "场": "所景地馆館合面域",
    "場": "所景地馆館合面域",
    "处": "理置罚长室",
    "處": "理置罰長室",
    "名": "单單称稱录錄额額誉譽义義牌",
    "户": "籍口外型",
    "戶": "籍口外型",
    "家": "庭园園长長乡鄉属屬具",
    "所": "有以属屬在谓謂得",
    "起": "来來步点點草诉訴",
    "宗": "教旨",
    "条": "件例款线線",
    "條": "件例款線",
    "座": "谈談",
    "批": "准发發复復示评評",
    "篇": "章",
    "份": "额額",
    "套": "餐路",
    "台": "湾灣阶階账賬风風",
    "間": "隔接",
    "间": "隔接",
    "对": "接象口策于於话話比外",
    "位": "于於列置居数數一",
    "次": "产產",
    "例": "如",
    "个": "税案性",
    "個": "稅案性",
    "只": "有是要能",
    "支": "持出部付撑撐柱援行",
    "片": "区區",
    "本": "地科级級土届屆次",
    "架": "构構",
    "款": "项項",
    "方": "面案式向法针針",
    "天": "然下津气氣空地",
    "克": "服隆",
    "米": "袋粉面饭飯",
    "亩": "均",
    "畝": "均",
    "头": "雁脑腦",
    "人": "们們",
    "门": "诊診类類",
    "种": "植子类類养養苗",
    "担": "当當心任保负負子忧憂",
    "尺": "度寸",
}
