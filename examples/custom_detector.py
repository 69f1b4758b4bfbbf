"""A parser of your own: a heading detector, a unit and an indicator alias in one place.

Some documents number their parts with capital numerals (大写数字: 壹、贰、叁).  The built-in
detectors do not know that marker, so the parts are plain paragraphs; a small subclass of
``govreport.SectionDetector`` teaches the parser, without changing govreport.  The same
``govreport.ReportParser`` takes a quantity extractor that knows one more unit (``羽``, for
poultry) and one more name of a canonical indicator.

Run from the project root:  python examples/custom_detector.py
"""

from __future__ import annotations

import regex

import govreport

CAPITALS = "壹贰叁肆伍陆柒捌玖拾"


class CapitalNumeralDetector(govreport.SectionDetector):
    """``壹、…``, ``贰、…``: the top level of the document."""

    name = "capital_numeral"
    family = "壹、"  # siblings share a family; the tree builder numbers them
    priority = 5  # tried before the built-ins
    level_hint = 1
    # Matched at the start of a normalised line (full-width forms folded to ASCII);
    # the named group ``number`` holds the numeral, which ``number`` turns into an int.
    pattern = regex.compile(rf"(?P<number>[{CAPITALS}])、")

    def number(self, match: regex.Match[str]) -> int | None:
        return CAPITALS.index(match.group("number")) + 1


TEXT = """\
某某县2024年政府工作报告
各位代表：
壹、2023年工作回顾
一、经济运行稳中向好
地区生产总值增长6.1%。规上工业增加值增长8.2%。
二、民生保障有力有效
城镇新增就业1.2万人。
贰、2024年工作安排
一、全力稳增长
力争地区生产总值增长6%左右。特色农产品产值达到2.5亿元，家禽饲养量120万羽。
二、持续惠民生
办好十件民生实事。
"""

print("with the default detectors:")
for section in govreport.parse_report(TEXT).walk():
    print("  " * section.level, section.marker, section.title)

parser = govreport.ReportParser(
    detectors=[*govreport.DEFAULT_DETECTORS, CapitalNumeralDetector()],
    quantities=govreport.QuantityExtractor(extra_units={"羽": ("羽", "count")}),
    indicators={"特色农产品产值": "agricultural_output"},
)
report = parser.parse(TEXT)
print("with CapitalNumeralDetector added:")
for section in report.walk():
    print("  " * section.level, section.marker, section.title, f"[{section.detector}]")

print("metrics:")
for metric in report.metrics:
    value = metric.value.text if metric.value else ""
    print(f"  {metric.indicator} = {value} [{metric.canonical}]")
