"""Characters of Chinese numerals and their values.

Entries come from the numerals used in the corpus: simplified (一二三…十百千万亿), the
traditional forms of the 1950s reports (萬 億 兩 點), the formal "capital" forms used on
cheques and budgets (壹贰叁…拾佰仟), and the zero forms seen in years and figures (零 〇 ○).
"""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

# Units inside a four-digit group, as powers of ten.
SMALL_UNITS: dict[str, int] = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}

# Group units that multiply everything before them, as powers of ten.
BIG_UNITS: dict[str, int] = {"万": 4, "萬": 4, "亿": 8, "億": 8}

DECIMAL_POINTS = "点點"

# Signs written in words before a number.
NEGATIVE_WORDS = ("负", "負")
