"""The forms of quantities the reports use, one by one, and the extractor's settings."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import govreport
from govreport._quantities import DEFAULT_EXTRACTOR, QuantityExtractor

# (text, value, unit, kind, approx, high)
FORMS = [
    ("41.1亿元", "4110000000", "元", "amount", None, None),
    ("45,000元", "45000", "元", "amount", None, None),
    ("１２．５亿元", "1250000000", "元", "amount", None, None),
    ("８．３％", "8.3", "%", "percent", None, None),
    ("31.88 亿元", "3188000000", "元", "amount", None, None),
    ("-17%", "-17", "%", "percent", None, None),
    ("八千一百九十九萬噸", "81990000", "吨", "measure", None, None),
    ("一百零八億度", "10800000000", "千瓦时", "measure", None, None),
    ("一萬三千五百十三台", "13513", "台", "count", None, None),
    ("壹佰贰拾万元整", "1200000", "元", "amount", None, None),
    ("两千三百万元", "23000000", "元", "amount", None, None),
    ("零点五个百分点", "0.5", "百分点", "change", None, None),
    ("3.5万", "35000", None, "number", None, None),
    # spaced out by PDF extraction (corpus/pages/README: decimals split by spaces; national
    # 1998 spaces every digit)
    ("3 . 5%", "3.5", "%", "percent", None, None),
    ("12 .6亿元", "1260000000", "元", "amount", None, None),
    ("3. 5%", "3.5", "%", "percent", None, None),
    ("1 5 ．3 ％", "15.3", "%", "percent", None, None),
    ("2 0 9 0 元", "2090", "元", "amount", None, None),
    ("1.2亿", "120000000", None, "number", None, None),
    ("2亿余元", "200000000", "元", "amount", "余", None),
    ("3.2万余人", "32000", "人", "count", "余", None),
    ("七百多公斤", "700", "公斤", "measure", "多", None),
    ("二十余万人次", "200000", "人次", "count", "余", None),
    ("逾十亿元", "1000000000", "元", "amount", "逾", None),
    ("618513.1万亩", "6185131000", "亩", "measure", None, None),
    ("134.9万亿元", "134900000000000", "元", "amount", None, None),
    ("3000亿元", "300000000000", "元", "amount", None, None),
    ("37.2%", "37.2", "%", "percent", None, None),
    ("百分之三十六点九", "36.9", "%", "percent", None, None),
    ("百分之百", "100", "%", "percent", None, None),
    ("百分之一点五七", "1.57", "%", "percent", None, None),
    ("1个百分点", "1", "百分点", "change", None, None),
    ("二点五倍", "2.5", "倍", "ratio", None, None),
    ("10亿-50亿元", "1000000000", "元", "amount", None, "5000000000"),
    ("5000万元-1亿元", "50000000", "元", "amount", None, "100000000"),
    ("18~40岁", "18", "岁", "measure", None, "40"),
    ("1.5万至2万元", "15000", "元", "amount", None, "20000"),
    ("百分之二十至三十", "20", "%", "percent", None, "30"),
    ("3万4000人", "34000", "人", "count", None, None),
    ("25万6千元", "256000", "元", "amount", None, None),
    ("1,100.9亿元", "110090000000", "元", "amount", None, None),
    ("十七八万人", "170000", "人", "count", None, "180000"),
    ("两三个", "2", "个", "count", None, "3"),
    ("约145.4万元", "1454000", "元", "amount", "约", None),
    ("5%左右", "5", "%", "percent", "左右", None),
    ("34亿元以上", "3400000000", "元", "amount", "以上", None),
    ("近5万余份", "50000", "份", "count", "近…余", None),
    ("將近百分之三十三", "33", "%", "percent", "將近", None),
    ("20.5km", "20.5", "公里", "measure", None, None),
    ("5.68万㎡", "56800", "平方米", "measure", None, None),
    ("45万平米", "450000", "平方米", "measure", None, None),
    ("1万余方", "10000", "立方米", "measure", "余", None),
    ("420万美元", "4200000", "美元", "amount", None, None),
    ("155台套", "155", "台套", "count", None, None),
    ("24小时", "24", "小时", "measure", None, None),
]


@pytest.mark.parametrize("form", FORMS, ids=[form[1] for form in FORMS])
def test_parse_quantity(form: tuple[str, str, str | None, str, str | None, str | None]) -> None:
    text, value, unit, kind, approx, high = form
    quantity = govreport.parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.kind, quantity.approx) == (
        Decimal(value),
        unit,
        kind,
        approx,
    )
    assert quantity.high == (None if high is None else Decimal(high))
    assert quantity.span == (0, len(text))
    assert quantity.text == text


NOT_QUANTITIES = [
    "2023年", "2022 年", "二〇二三年", "一九四九年", "9月26日", "2024-01-10", "1-9月", "1—10月份",
    "第十一届", "第三次", "第二批", "第一個", "一是", "二是", "十四五", "十三五", "一带一路",
    "三城建设", "四个意识", "两个维护", "一村一品", "八八战略", "3820工程", "五星", "千万工程",
    "5G", "PM2.5", "C919", "12345热线", "211大学", "8424西瓜", "26℃温馨服务", "XX亿元", "X.X%",
    "新增学位360南通", "“28条”", "中央八项规定", "一个", "二次创业", "三方", "二期", "360",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text: str) -> None:
    assert govreport.parse_quantity(text) is None
    assert govreport.extract_quantities(text) == []


def test_spans_index_the_raw_text() -> None:
    text = "比增\u3000３．８\u3000％，完成 30.7亿元,增长\n5.5%"
    found = govreport.extract_quantities(text)
    assert [q.text for q in found] == ["３．８\u3000％", "30.7亿元", "5.5%"]
    for quantity in found:
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text


def test_raw_and_folded_text_give_the_same_quantities() -> None:
    raw = "工业固投１０亿元，比增　３．８　％；"
    folded = "工业固投10亿元,比增 3.8 %;"

    def values(text: str) -> list[tuple[object, ...]]:
        return [(q.span, q.value, q.unit) for q in govreport.extract_quantities(text)]

    assert values(raw) == values(folded)


def test_parse_quantity_allows_surrounding_space() -> None:
    quantity = govreport.parse_quantity("  约145.4万元\n")
    assert quantity is not None
    assert quantity.span == (2, 10)


def test_parse_quantity_wants_exactly_one() -> None:
    assert govreport.parse_quantity("41.1亿元,比增37.2%") is None
    assert govreport.parse_quantity("完成41.1亿元") is None


def test_type_errors() -> None:
    with pytest.raises(TypeError, match="extract_quantities"):
        govreport.extract_quantities(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parse_quantity"):
        govreport.parse_quantity(3)  # type: ignore[arg-type]


def test_extra_not_quantities() -> None:
    extractor = QuantityExtractor(extra_not_quantities=["五朵金花"])
    text = "打造五朵金花,新建园区3个"
    assert [q.text for q in DEFAULT_EXTRACTOR.extract(text)] == ["3个"]
    assert [q.text for q in extractor.extract("打造五朵金花")] == []
    assert [q.text for q in govreport.extract_quantities("打造五朵金花")] == []  # 朵 is no unit


def test_extra_names_are_kept_apart_from_the_defaults() -> None:
    extractor = QuantityExtractor(extra_not_quantities=["三个一百工程"])
    assert [q.text for q in extractor.extract("推进三个一百工程,完成3个")] == ["3个"]
    assert [q.text for q in govreport.extract_quantities("推进三个一百工程")] == ["三个"]
    assert "三个一百工程" in extractor.not_quantities
    assert "三个一百工程" not in DEFAULT_EXTRACTOR.not_quantities


def test_extra_units() -> None:
    extractor = QuantityExtractor(extra_units={"标准间": ("标准间", "count")})
    found = extractor.extract("新增客房120标准间")
    assert [(q.value, q.unit, q.kind) for q in found] == [(Decimal(120), "标准间", "count")]
    assert govreport.extract_quantities("新增客房120标准间") == []


def test_units_replace_the_defaults() -> None:
    extractor = QuantityExtractor(units={"元": ("元", "amount")}, not_quantities=[])
    assert [q.text for q in extractor.extract("投入5万元,建成3个,四个意识")] == ["5万元"]


def test_rules_are_inspectable() -> None:
    assert DEFAULT_EXTRACTOR.rules[-1] == "quantity"
    assert DEFAULT_EXTRACTOR.units["噸"] == ("吨", "measure")
    assert "十四五" in DEFAULT_EXTRACTOR.not_quantities


def test_import_does_not_load_cn2an() -> None:
    code = (
        "import sys, govreport; govreport.extract_quantities('1亿'); print('cn2an' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.strip() == "False"


def test_docstring_examples() -> None:
    import doctest

    from govreport import _numerals as numerals
    from govreport import _quantities as quantities

    for module in (numerals, quantities):
        assert doctest.testmod(module).failed == 0
