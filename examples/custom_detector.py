"""A parser of your own: a heading detector, a unit and an indicator alias in one place.

Some provincial reports and plans divide themselves into 部分.  The built-in detectors do
not know that marker, so the parts are plain paragraphs; a small subclass of
``govreport.SectionDetector`` teaches the parser, without changing govreport.  The same
``govreport.ReportParser`` takes a quantity extractor that knows one more unit (``羽``, for
poultry) and one more name of a canonical indicator.

Run from the project root:  python examples/custom_detector.py
"""

from __future__ import annotations

import regex

import govreport


class PartDetector(govreport.SectionDetector):
    """``第一部分 …``, ``第二部分 …``: the top level of the document."""

    name = "part"
    family = "第一部分"  # siblings share a family; the tree builder numbers them
    priority = 5  # tried before the built-ins
    level_hint = 1
    # Matched at the start of a normalised line (full-width forms folded to ASCII);
    # the named group ``number`` holds the numeral.
    pattern = regex.compile(r"第(?P<number>[一二三四五六七八九十]{1,3})部分\s*")


TEXT = """\
某某县2024年政府工作报告
各位代表：
第一部分　2023年工作回顾
一、经济运行稳中向好
地区生产总值增长6.1%。规上工业增加值增长8.2%。
二、民生保障有力有效
城镇新增就业1.2万人。
第二部分　2024年工作安排
一、全力稳增长
力争地区生产总值增长6%左右。特色农产品产值达到2.5亿元，家禽饲养量120万羽。
二、持续惠民生
办好十件民生实事。
"""

print("with the default detectors:")
for section in govreport.parse_report(TEXT).walk():
    print("  " * section.level, section.marker, section.title)

parser = govreport.ReportParser(
    detectors=[*govreport.DEFAULT_DETECTORS, PartDetector()],
    quantities=govreport.QuantityExtractor(extra_units={"羽": ("羽", "count")}),
    indicators={"特色农产品产值": "agricultural_output"},
)
report = parser.parse(TEXT)
print("with PartDetector added:")
for section in report.walk():
    print("  " * section.level, section.marker, section.title, f"[{section.detector}]")

print("metrics:")
for metric in report.metrics:
    value = metric.value.text if metric.value else ""
    print(f"  {metric.indicator} = {value} [{metric.canonical}]")
