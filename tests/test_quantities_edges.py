"""Quantities at the edges: decimals after a unit word in real sentences, forms that are no
figures, ranges that are checked, numbers of any length, and the extractor's arguments."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import govreport
from govreport import QuantityExtractor

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

Row = tuple[str, str, list[tuple[str, str, str]]]

# Every decimal of the national reports whose whole part ends in a unit word (二十点四, 十点四,
# 一百三十点一): 12 figures in 11 sentences, 1954-1995.  1955 also has 百分之三十九点七到一九五七年,
# where 到 opens no range: a year is no percentage.
DECIMALS_AFTER_UNIT_WORDS: list[Row] = [
    (
        "1954",
        "同時，財政支出中的國家機構經費，包括國防費和行政管理費所佔的比重，已從一九五〇年的百分之六十點八降低到一九五四年的百分之三十點七，其中國防費從百分之四十一點五降低到百分之二十一點一，行政管理費從百分之十九點三降低到百分之九點六。",
        [
            ("百分之六十點八", "60.8", "%"),
            ("百分之三十點七", "30.7", "%"),
            ("百分之四十一點五", "41.5", "%"),
            ("百分之二十一點一", "21.1", "%"),
            ("百分之十九點三", "19.3", "%"),
            ("百分之九點六", "9.6", "%"),
        ],
    ),
    (
        "1955",
        "同时，按照计划，五年内生产资料的产值将增长百分之一百二十六点五，消费资料的产值则增长百分之七十九点七，因此，生产资料的产值在工业总产值中所占的比重，将由一九五二年的百分之三十九点七到一九五七年上升为百分之四十五点四，消费资料的产值所占的比重，将由一九五二年的百分之六十点三到一九五七年下降为百分之五十四点六。",
        [
            ("百分之一百二十六点五", "126.5", "%"),
            ("百分之七十九点七", "79.7", "%"),
            ("百分之三十九点七", "39.7", "%"),
            ("百分之四十五点四", "45.4", "%"),
            ("百分之六十点三", "60.3", "%"),
            ("百分之五十四点六", "54.6", "%"),
        ],
    ),
    (
        "1955",
        "五年内国营工业的产值增长将为百分之一百三十点一；",
        [("百分之一百三十点一", "130.1", "%")],
    ),
    (
        "1955",
        "就几种主要的日常消费品来看，一九五七年比一九五二年将有如下的增长比例：粮食增长百分之十三点三，猪肉增长百分之五十七，食用植物油增长百分之六十五点九，水产品增长百分之七十点一，食盐增长百分之三十四点三，食糖增长百分之一百二十二点九，棉布增长百分之五十五点一，针织品增长百分之一百零五点三，胶鞋增长百分之六十九点八，煤油增长百分之一百四十三点五，机制纸增长百分之八十九点二，卷烟增长百分之八十七。",
        [
            ("百分之十三点三", "13.3", "%"),
            ("百分之五十七", "57", "%"),
            ("百分之六十五点九", "65.9", "%"),
            ("百分之七十点一", "70.1", "%"),
            ("百分之三十四点三", "34.3", "%"),
            ("百分之一百二十二点九", "122.9", "%"),
            ("百分之五十五点一", "55.1", "%"),
            ("百分之一百零五点三", "105.3", "%"),
            ("百分之六十九点八", "69.8", "%"),
            ("百分之一百四十三点五", "143.5", "%"),
            ("百分之八十九点二", "89.2", "%"),
            ("百分之八十七", "87", "%"),
        ],
    ),
    (
        "1958",
        "糖的产量，比上一年增加十七万三千吨，增长百分之二十点六。",
        [("十七万三千吨", "173000", "吨"), ("百分之二十点六", "20.6", "%")],
    ),
    (
        "1979",
        "铁路货运量由八亿二千万吨增加到十亿七千万吨，增长百分之三十点五。",
        [
            ("八亿二千万吨", "820000000", "吨"),
            ("十亿七千万吨", "1070000000", "吨"),
            ("百分之三十点五", "30.5", "%"),
        ],
    ),
    (
        "1979",
        "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四，加上用于农业的其他各项资金，总额达到一百七十四亿元，明后两年还将适当增加。",
        [
            ("百分之十点七", "10.7", "%"),
            ("百分之十四", "14", "%"),
            ("一百七十四亿元", "17400000000", "元"),
        ],
    ),
    (
        "1982",
        "发电量三千六百二十亿度，增长百分之二十点四；",
        [("三千六百二十亿度", "362000000000", "千瓦时"), ("百分之二十点四", "20.4", "%")],
    ),
    (
        "1983",
        "自行车增长一点八倍，缝纫机增长一点六倍，手表增长一点四倍，电视机增长十点四倍，化学纤维、布匹、呢绒、食糖、皮鞋等也都大幅度增长。",
        [
            ("一点八倍", "1.8", "倍"),
            ("一点六倍", "1.6", "倍"),
            ("一点四倍", "1.4", "倍"),
            ("十点四倍", "10.4", "倍"),
        ],
    ),
    (
        "1994",
        "扣除物价上涨因素，去年全国城镇居民人均生活费收入比上年增长百分之十点二，农村居民人均纯收入增长百分之三点二。",
        [("百分之十点二", "10.2", "%"), ("百分之三点二", "3.2", "%")],
    ),
    (
        "1995",
        "对外贸易继续扩大，全年进出口总额２３６７亿美元，增长百分之二十点九，出口略大于进口。",
        [("２３６７亿美元", "236700000000", "美元"), ("百分之二十点九", "20.9", "%")],
    ),
]


@pytest.mark.parametrize(
    ("source", "sentence", "expected"),
    DECIMALS_AFTER_UNIT_WORDS,
    ids=[f"national{row[0]}-{index:02d}" for index, row in enumerate(DECIMALS_AFTER_UNIT_WORDS, 1)],
)
def test_decimals_after_a_unit_word(
    source: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = govreport.extract_quantities(sentence)
    assert [(q.text, q.value, q.unit) for q in found] == [
        (text, Decimal(value), unit) for text, value, unit in expected
    ]


def test_decimal_rows_are_copied_from_the_corpus() -> None:
    if not (CORPUS / "national").is_dir():
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    for source, sentence, _ in DECIMALS_AFTER_UNIT_WORDS:
        assert sentence in (CORPUS / "national" / f"{source}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("零点七四三元", "0.743", "元"),
        ("零点五个百分点", "0.5", "百分点"),
        ("一元", "1", "元"),  # alone, 一 is the number, not an article
        ("一吨", "1", "吨"),
        ("二十点五万元", "205000", "元"),
        ("十点四倍", "10.4", "倍"),
        ("百分之二十点四", "20.4", "%"),
        ("一百点二五亿元", "10025000000", "元"),
    ],
)
def test_parse_quantity_reads_what_extraction_reads(text: str, value: str, unit: str) -> None:
    quantity = govreport.parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.span) == (Decimal(value), unit, (0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "一个",  # an article even alone
        "一种",
        "一年零三个月",
        "1_000元",  # digits grouped by _ belong to a code
        "x_2元",
        "1e-5元",  # a float in scientific notation
        "投资1e5元",
        "2E+10元",
        "1.5e3吨",
    ],
)
def test_not_quantities(text: str) -> None:
    assert govreport.extract_quantities(text) == []
    assert govreport.parse_quantity(text) is None


def test_article_stays_out_of_running_text() -> None:
    assert govreport.extract_quantities("每斤一元") == []
    assert [q.text for q in govreport.extract_quantities("人均零点七四三元，")] == ["零点七四三元"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增长百分之三到2025年", [("百分之三", "3", None)]),
        ("百分之三至二〇二五年", [("百分之三", "3", None)]),
        ("增长3%到2025年", [("3%", "3", None)]),
        ("百分之五至三", [("百分之五", "5", None)]),  # high below low: no range
        ("百分之三到五", [("百分之三到五", "3", "5")]),
        ("百分之三到百分之五", [("百分之三到百分之五", "3", "5")]),
        ("百分之十到二十", [("百分之十到二十", "10", "20")]),
    ],
)
def test_percent_ranges_are_checked(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = govreport.extract_quantities(text)
    assert [(q.text, q.value, q.high) for q in found] == [
        (surface, Decimal(low), None if high is None else Decimal(high))
        for surface, low, high in expected
    ]


LONG_NUMBERS = [
    "1" + ",000" * 27,
    "１" + ",０００" * 27,
    "1" + ",000" * 3000,
    "1" + ",000" * 27 + ".5",
]


@pytest.mark.parametrize(
    "number", LONG_NUMBERS, ids=["27-groups", "27-wide", "3000-groups", "decimal"]
)
def test_long_numbers_are_exact_through_every_function(number: str) -> None:
    exact = Decimal(govreport._numerals.fold_width(number).replace(",", ""))
    assert govreport.parse_number(number) == exact
    quantity = govreport.parse_quantity(number + "元")
    assert quantity is not None and quantity.value == exact
    sentence = f"全年完成投资{number}元，增长5%。"
    found = govreport.extract_quantities(sentence)
    assert [q.value for q in found] == [exact, Decimal(5)]
    govreport.extract_metrics(sentence)
    govreport.canonical_indicator(number)
    report = govreport.parse_report(f"一、工作回顾\n{sentence}")
    assert [q.value for q in report.quantities] == [exact, Decimal(5)]
    restored = govreport.Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert restored == report
    assert len(govreport.parse_reports(sentence * 3)) >= 1


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"extra_not_quantities": [""]},
            ValueError,
            "extra_not_quantities as an iterable of non-empty str",
        ),
        ({"extra_not_quantities": "三个一"}, TypeError, "a list of names"),
        ({"not_quantities": [1]}, TypeError, "not_quantities .* got an item of type int"),
        ({"extra_units": {"": ("箱", "count")}}, ValueError, "extra_units as a mapping"),
        ({"extra_units": {" ": ("箱", "count")}}, ValueError, "is no unit"),
        ({"extra_units": {"箱": "箱"}}, TypeError, r"\(unit, kind\)"),
        ({"extra_units": {"箱": ("箱",)}}, TypeError, r"\(unit, kind\)"),
        ({"extra_units": {"箱": ("箱", 1)}}, TypeError, "two non-empty str"),
        ({"extra_units": {3: ("箱", "count")}}, TypeError, "key of type int"),
        ({"extra_units": [("箱", ("箱", "count"))]}, TypeError, "got list"),
        ({"units": {}}, ValueError, "at least one unit"),
    ],
)
def test_extractor_arguments_are_checked(
    arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        QuantityExtractor(**arguments)  # type: ignore[arg-type]


def test_units_may_be_given_as_lists() -> None:
    extractor = QuantityExtractor(extra_units={"标准间": ["标准间", "count"]})  # type: ignore[dict-item]
    assert [(q.text, q.unit) for q in extractor.extract("新增标准间30个,客房12标准间")] == [
        ("30个", "个"),
        ("12标准间", "标准间"),
    ]


@pytest.mark.parametrize("detectors", [[1], 1, "一、", [None]])
def test_detectors_are_checked(detectors: object) -> None:
    for function in (govreport.parse_report, govreport.parse_reports):
        with pytest.raises(TypeError, match="detectors as a list of SectionDetector"):
            function("一、工作回顾", detectors=detectors)  # type: ignore[arg-type]
