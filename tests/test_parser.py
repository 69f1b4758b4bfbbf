"""One configuration through the whole pipeline: ``ReportParser`` and its extension points.

The texts are lines of real reports (``2025_shanxi``: 十一是…; 四川 and 广东 2025 write their
parts ``第一部分``), shortened where only their layout matters.
"""

from __future__ import annotations

import gc

import regex

import govreport
from conftest import assert_nothing_lost


class CapitalNumeralDetector(govreport.SectionDetector):
    """``壹、…``, ``贰、…``: capital numerals, which the built-in detectors do not know."""

    name = "capital_numeral"
    family = "壹、"
    priority = 5
    level_hint = 1
    pattern = regex.compile(r"(?P<number>[壹贰叁肆伍陆柒捌玖拾])、")

    def number(self, match: regex.Match[str]) -> int | None:
        return "壹贰叁肆伍陆柒捌玖拾".index(match.group("number")) + 1


WITH_PARTS = [*govreport.DEFAULT_DETECTORS, CapitalNumeralDetector()]

# The prose line has commas but no final stop and is long: a cut sentence, normally joined
# to the next line, but not when the next line opens a heading of an active detector.
UNPUNCTUATED = (
    "壹、2024年工作回顾\n一、经济运行\n"
    "过去一年我们坚持稳中求进工作总基调，统筹发展和安全，经济社会发展取得新成效\n"
    "贰、2025年工作安排\n一、稳增长\n力争地区生产总值增长5.5%左右。"
)

ONE_LINE = (
    "某县2025年政府工作报告 各位代表: 壹、2024年工作回顾 经济运行稳中向好。 "
    "贰、2025年工作安排 力争地区生产总值增长5.5%左右。"
)


def outline(report: govreport.Report) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section in report.walk()]


def test_a_user_detector_after_unpunctuated_prose_keeps_its_level() -> None:
    report = govreport.parse_report(UNPUNCTUATED, detectors=WITH_PARTS)
    assert outline(report) == [
        (1, "2024年工作回顾"),
        (2, "经济运行"),
        (1, "2025年工作安排"),
        (2, "稳增长"),
    ]
    assert_nothing_lost(report)


def test_a_user_detector_is_found_inline_in_a_one_line_report() -> None:
    report = govreport.ReportParser(detectors=WITH_PARTS).parse(ONE_LINE)
    assert outline(report) == [(1, "2024年工作回顾"), (1, "2025年工作安排")]
    assert [section.detector for section in report.walk()] == ["inline", "inline"]
    assert_nothing_lost(report)


def test_parse_reports_uses_the_detectors_it_is_given() -> None:
    (report,) = govreport.parse_reports(ONE_LINE, detectors=WITH_PARTS)
    assert outline(report) == [(1, "2024年工作回顾"), (1, "2025年工作安排")]
    assert outline(govreport.parse_reports(ONE_LINE)[0]) == []


def test_no_detectors_finds_no_heading() -> None:
    text = "一、2024年工作回顾\n(一)经济运行稳中向好\n1.工业增长。\n)民生改善\n、今年安排"
    report = govreport.parse_report(text, detectors=[])
    assert report.sections == []
    assert govreport.ReportParser(detectors=[]).parse(text).sections == []
    assert_nothing_lost(report)


POULTRY = "一、2024年工作回顾\n家禽饲养量120万羽，比上年增长5%。"


def test_a_custom_quantity_extractor_reaches_items_and_metrics() -> None:
    extractor = govreport.QuantityExtractor(extra_units={"羽": ("羽", "count")})
    report = govreport.ReportParser(quantities=extractor).parse(POULTRY)
    (item,) = report.sections[0].items
    assert [(q.text, q.unit) for q in item.quantities] == [("120万羽", "羽"), ("5%", "%")]
    assert [(m.indicator, m.value.text if m.value else None) for m in report.metrics] == [
        ("家禽饲养量", "120万羽")
    ]
    default = govreport.parse_report(POULTRY).sections[0].items[0]
    assert "120万羽" not in [q.text for q in default.quantities]


def test_extra_indicators_and_aliases_resolve() -> None:
    extractor = govreport.QuantityExtractor(extra_units={"羽": ("羽", "count")})
    poultry = govreport.Indicator(id="poultry_stock", name="家禽饲养量", category="agriculture")
    parser = govreport.ReportParser(quantities=extractor, indicators=[poultry])
    assert [m.canonical for m in parser.parse(POULTRY).metrics] == ["poultry_stock"]
    assert [m.canonical for m in parser.metrics("家禽饲养量120万羽，比上年增长5%。")] == [
        "poultry_stock"
    ]
    by_alias = govreport.ReportParser(indicators={"特色农产品产值": "agricultural_output"})
    (metric,) = by_alias.metrics("特色农产品产值达到2.5亿元。")
    assert (metric.indicator, metric.canonical) == ("特色农产品产值", "agricultural_output")
    assert [m.canonical for m in govreport.extract_metrics("特色农产品产值达到2.5亿元。")] == [None]


def test_points_past_ten_are_their_own_items() -> None:
    # 2025_shanxi: 十是…十一是…十二是…
    text = (
        "一、2025年工作安排\n办好民生实事。一是…。十是继续实行农产品上行快件物流补助。"
        "十一是维修农村供水工程1800处,受益200万人。十二是建设50个乡镇级、650个村级标准化饮用水源地。"
    )
    text = text.replace("一是…。", "".join(f"{n}是第{n}件实事。" for n in "一二三四五六七八九"))
    items = govreport.parse_report(text).sections[0].items
    assert [item.text[:3] for item in items[-3:]] == ["十是继", "十一是", "十二是"]
    assert len(items) == 13


def test_the_wrappers_are_the_default_parser() -> None:
    text = "一、工作回顾\n完成投资16亿元。"
    assert govreport.parse_report(text) == govreport.ReportParser().parse(text)
    assert govreport.parse_reports(text) == govreport.ReportParser().parse_all(text)
    assert govreport.extract_metrics(text) == govreport.ReportParser().metrics(text)


def test_the_reader_decides_with_the_parsers_table() -> None:
    # an extra alias of the CPI: its percent is a growth, as the built-in CPI names' are
    parser = govreport.ReportParser(indicators={"物价指数": "cpi"})
    for metrics in (
        parser.metrics("物价指数控制在3%以内。"),
        parser.parse("一、工作回顾\n物价指数控制在3%以内。").metrics,
    ):
        assert [(m.canonical, m.value, str(m.growth)) for m in metrics] == [("cpi", None, "3")]
    (default,) = govreport.extract_metrics("物价指数控制在3%以内。")
    assert (default.canonical, default.growth) == (None, None)


def test_parse_leaves_garbage_collection_as_it_found_it() -> None:
    """The parse pauses cyclic collection while it builds the report, and only then."""
    text = "一、工作回顾\n完成投资16亿元。\n二、工作安排\n力争增长5%左右。"
    assert gc.isenabled()
    govreport.parse_report(text)
    govreport.parse_reports(text + "\n" + text)
    assert gc.isenabled()
    gc.disable()
    try:
        govreport.parse_report(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
