"""Words about official divisions: levels, name suffixes, placeholders, parent cues.

Levels and suffixes follow the Ministry of Civil Affairs' division table (民政部 行政区划):
省/自治区/直辖市, 地级 市/地区/自治州/盟, 县级 县/自治县/市/区/旗/自治旗/林区/特区, 乡级
乡/民族乡/镇/街道/苏木.  Placeholders come from the corpus (``XX镇``, ``**县``, ``某街道``).
"""

from __future__ import annotations

LEVELS: dict[int, str] = {1: "province", 2: "prefecture", 3: "county", 4: "township"}
"""The table's level number → :attr:`Division.level`."""

SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "省",
    "市",
    "地区",
    "盟",
    "县",
    "区",
    "旗",
    "林区",
    "特区",
)
"""Suffixes dropped to form a unit's short name (``如东县`` → ``如东``)."""

ETHNIC_SUFFIX = (
    r"\p{Han}{1,6}?族(?:\p{Han}{1,3}族)*|蒙古|"
    r"(?<=\p{Han}{2})(?:各族|土家|苗|侗|彝|回|藏|壮|瑶|白|黎|傣|满|羌|土|畲|水|仡佬|布依)"
)
"""A people's name at the end of an autonomous unit's stem (``延边朝鲜族``, ``通道侗族``)."""

PLACEHOLDER = r"^(?:[XxＸｘ×*＊某]+|.*[XxＸｘ×*＊]{1,}.*)"
"""A name standing for no unit in particular: ``XX镇``, ``**县``, ``某街道``."""

NOT_DIVISIONS = frozenset({"乡镇", "街道", "国务院", "中央人民政府"})
"""Words that name a kind of government, not one unit."""

PARENT_KIND_CUE = r"([县区旗])委\p{Han}{0,2}?(?:[县区旗])?政府"
"""``区委区政府``, ``县委、县政府``: the kind of unit above a township report's government."""
