"""Governments: administrative suffixes, central-government names, placeholders, offices.

Suffixes follow the administrative divisions of the PRC (民政部 行政区划): 省/自治区/直辖市,
地级 市/州/盟, 县级 县/县级市/市辖区/旗, 乡级 乡/镇/街道.  Placeholders and common nouns
come from the corpus (``XX镇``, ``乡镇政府2023工作报告``, ``省级集镇环境整治样板镇``).
"""

from __future__ import annotations

ADMIN_LEVELS: dict[str, str] = {
    "街道办事处": "街道",
    "街道": "街道",
    "镇": "镇",
    "乡": "乡",
    "苏木": "乡",
    "自治县": "县",
    "县": "县",
    "旗": "县",
    "区": "区",
    "市": "市",
    "自治州": "市",
    "州": "市",
    "盟": "市",
    "自治区": "省",
    "省": "省",
}
"""Suffix of a government's name → its level (longest suffixes first)."""

NO_LEVEL_ENDINGS = (
    "社区",
    "小区",
    "园区",
    "景区",
    "片区",
    "开发区",
    "高新区",
    "示范区",
    "试验区",
    "保税区",
    "工业区",
    "风景区",
    "旅游区",
)
"""Names ending so are no government of a level, though they end in 区: a residents'
community (``东城社区``), a zone or park (``经济开发区``, ``高新区``)."""

BARE_LEVELS: dict[str, str] = {
    "乡镇": "镇",
    "街道": "街道",
    "镇": "镇",
    "乡": "乡",
    "县": "县",
    "旗": "县",
    "区": "区",
    "市": "市",
    "省": "省",
    "自治区": "省",
}
"""A level word standing for an unnamed government (``镇2023年工作总结``, ``我代表县人民政府``,
``乡镇上半年工作总结``: a township) → its level."""

MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
"""Cities at provincial level."""

CENTRAL_GOVERNMENTS: dict[str, str] = {
    "国务院": "国务院",
    "中华人民共和国国务院": "国务院",
    "中央人民政府": "中央人民政府",
    "政务院": "政务院",
    "國務院": "国务院",
    "中華人民共和國國務院": "国务院",
    "政務院": "政务院",
}
"""How the national government names itself → the name reported as ``region``."""

PLACEHOLDERS = frozenset(
    {"乡镇", "XX镇", "X镇", "某镇", "××镇", "xx镇", "某县", "某市", "XX县", "XX市"}
)
"""Names that stand for no government in particular."""

PLACEHOLDER_MARKS = "XxＸｘ×*＊○□_＿"
"""Characters that stand where a government's name was removed (``XX镇``, ``**县``, ``○○乡``)."""

BLANK_MARKS = "_＿"
"""The placeholder marks that stand for a name only in a run (``____镇``): one alone is a
separator (``2022政府工作报告_市政府工作报告``, ``…政府工作报告_沙河镇人民政府``)."""

PLACEHOLDER_WORD = "某"
"""The word that stands for a government's name (``某市``, ``某街道``)."""

NOT_NAMES = frozenset(
    {
        "示范镇",
        "样板镇",
        "特色镇",
        "重点镇",
        "中心镇",
        "建制镇",
        "卫星镇",
        "小城镇",
        "经济强镇",
        "产业强镇",
        "工业强镇",
        "文化名镇",
        "历史文化名镇",
        "卫生乡镇",
    }
)
"""Common nouns ending in 镇/乡 that are not the name of a government."""

ABBREVIATION_AFTER = "党人政级村域属直内外机纪卫中财委长"
"""A 镇 followed by one of these abbreviates the township (镇党委, 镇人大, 镇级 …)."""

NOT_NAME_START = "年度在于是第本我该全各和及与对向的"
"""Characters that start no government's name: they stand before one (在沙沟镇, 对全县)."""

NAME_MAY_START = "全本和于向"
"""… but these start some names (全州县, 本溪市, 和平区, 于都县, 向阳区): at a title's start,
before another character and the name's suffix, they are the name's."""

PHRASE_TAILS = frozenset({"城乡", "下乡"})
"""Words that end a longer phrase, not a township's name, when the body reads them as one
(统筹城乡, 覆盖城乡, 上山下乡)."""

NOT_NAME_BEFORE = "城乡村集全我本该各小强名重市县区省每个两三各新"
"""A 镇 preceded by one of these is not part of a name (城镇, 乡镇, 全镇, 我镇 …)."""

POSITIONS = (
    "国务院总理",
    "国务院副总理",
    "总理",
    "省长",
    "代省长",
    "主席",
    "市长",
    "代市长",
    "区长",
    "代区长",
    "县长",
    "代县长",
    "镇长",
    "代镇长",
    "乡长",
    "代乡长",
    "主任",
    "书记",
)
"""Titles that may precede the speaker's name on the speaker line."""

OFFICES = (
    "总理",
    "省长",
    "主席",
    "市长",
    "州长",
    "盟长",
    "区长",
    "县长",
    "旗长",
    "镇长",
    "乡长",
    "主任",
    "报告人",
)
"""The head of a government, as a speaker line names the office (``沙沟镇镇长 刘彦成``), and
the label of a speaker line (``报告人:``)."""

OFFICE_PREFIXES = ("代理", "代", "副", "常务副")
"""Acting and deputy heads (``代省长``, ``代理主席``, ``副旗长``)."""

NOT_SPEAKER_WORDS = (
    *("人民", "政府", "代表", "会议", "报告", "工作", "各位", "同志", "大会"),
    *("信箱", "热线", "邮箱", "留言", "在线", "专栏", "之窗", "接待", "批示", "讲话", "致辞"),
    *("活动", "调研", "会见", "主持", "简介", "分工", "助理", "办公"),
)
"""Words that show a would-be name after an office is not one (``镇代镇长 各位代表``, the
``市长信箱`` of a portal's menu)."""

TRADITIONAL_EXTRA = "匯汇 換换 選选 舉举 書书 記记 臨临 蘇苏 圖图 檔档 週周 鄰邻"
"""Traditional → simplified pairs for the words of titles and speaker lines that the
figures' table (:mod:`govreport.data.traditional`) does not hold."""

NPC_FIRST_SESSIONS: dict[int, int] = {
    1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998,
    10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023,
}  # fmt: skip
"""The year each National People's Congress (全国人民代表大会, by its 届) held its first
session; its later sessions follow one a year (the 1st NPC's five: 1954–1958)."""

NPC_SESSION_YEARS: dict[tuple[int, int], int] = {(2, 3): 1962, (2, 4): 1963}
"""Sessions that broke the yearly rhythm: the 2nd NPC met in 1959, 1960, 1962 and 1963."""
