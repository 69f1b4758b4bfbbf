"""Governments: administrative suffixes, central-government names, placeholders.

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

MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
"""Cities at provincial level."""

CENTRAL_GOVERNMENTS: dict[str, str] = {
    "国务院": "国务院",
    "中华人民共和国国务院": "国务院",
    "中央人民政府": "中央人民政府",
    "政务院": "政务院",
}
"""How the national government names itself → the name reported as ``region``."""

PLACEHOLDERS = frozenset(
    {"乡镇", "XX镇", "X镇", "某镇", "××镇", "xx镇", "某县", "某市", "XX县", "XX市"}
)
"""Names that stand for no government in particular."""

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
