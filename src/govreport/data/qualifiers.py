"""Approximation qualifiers around numbers, kept as written in ``Quantity.approx``.

Entries come from the reports of the corpus (约145.4万元, 近200人次, 超过48.7%, 逾十亿元,
2亿余元, 七百多公斤, 30亿元左右, 34亿元以上, 百分之五百以上, 將近百分之三十三) in simplified
and traditional forms.
"""

from __future__ import annotations

# Before the number.  Longer forms are tried first.
PREFIXES: tuple[str, ...] = (
    "大约", "大約", "约", "約",
    "将近", "將近", "接近", "近",
    "超过", "超過", "超",
    "逾", "多达", "多達",
    "不足", "不到", "不少于", "不少於", "至少",
)  # fmt: skip

# Between the number and its scale word or unit: 二十余万人次, 3.2万余人, 七百多公斤, 十来个.
INFIXES: tuple[str, ...] = ("余", "餘", "多", "来", "來")

# After the unit: 5%左右, 34亿元以上, 百分之五百以上.
SUFFIXES: tuple[str, ...] = ("左右", "上下", "以上", "以内", "以內", "以下")
