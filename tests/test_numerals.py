"""parse_number: Arabic, Chinese and mixed numerals to exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport._numerals import fold_width, numeral_range

NUMERALS = [
    ("八千一百九十九萬", "81990000"),
    ("一百零八億", "10800000000"),
    ("一萬三千五百十三", "13513"),
    ("壹佰贰拾万", "1200000"),
    ("两千三百万", "23000000"),
    ("零点五", "0.5"),
    ("二点五", "2.5"),
    ("三十六點九", "36.9"),
    ("一点五七", "1.57"),
    ("二百十七", "217"),
    ("一千零十", "1010"),
    ("三万五", "35000"),
    ("一千二", "1200"),
    ("十五", "15"),
    ("十", "10"),
    ("六萬萬", "600000000"),
    ("一亿三千万", "130000000"),
    ("三万亿", "3000000000000"),
    ("3.5万", "35000"),
    ("1.2亿", "120000000"),
    ("618513.1万", "6185131000"),
    ("134.9万亿", "134900000000000"),
    ("3000亿", "300000000000"),
    ("16.4亿", "1640000000"),
    ("3万4000", "34000"),
    ("25万6千", "256000"),
    ("1亿2000万", "120000000"),
    ("45,000", "45000"),
    ("1,100.9亿", "110090000000"),
    ("１２．５亿", "1250000000"),
    ("８．３", "8.3"),
    ("-17", "-17"),
    ("负5", "-5"),
    (" 41.1亿 ", "4110000000"),
    ("十二万三千四百五十六点七八", "123456.78"),  # 七八 after the point is two decimals
    ("六点七八", "6.78"),
    ("一九四九", "1949"),  # digit by digit
    ("二〇二三", "2023"),
    ("两万零五百", "20500"),
    # decimals whose whole part ends in a unit word, as an2cn writes them and as the reports
    # of 1954-1995 do (百分之二十点四, 十点四倍)
    ("十点五", "10.5"),
    ("二十点四", "20.4"),
    ("一百点二五", "100.25"),
    ("一万点五", "10000.5"),
    ("二十点五万", "205000"),  # the scale word applies to the whole decimal
    ("一点五万亿", "1500000000000"),
    ("一万亿点五", "1000000000000.5"),
    ("壹拾点伍零", "10.5"),
    ("零点七四三", "0.743"),
    # exact at any length: never rounded, never an exception
    ("1" + ",000" * 27, "1" + "000" * 27),
    ("１" + ",０００" * 27, "1" + "000" * 27),
    ("9" * 100, "9" * 100),
    ("1" + ",000" * 27 + ".000000001", "1" + "000" * 27 + ".000000001"),
    ("〇" * 1000, "0"),
]
NOT_NUMERALS = [
    "",
    "亿",
    "万亿",
    "十十",
    "3个",
    "百分之五",
    "十七八万",
    "XX",
    "3.5.5",
    "三万五点五",  # 三万五 abbreviates 三万五千: no decimal point after it
    "一百零点五",
    "3点五",
    "一万点五万",
    "十点五点五",
    "点五",
    "十点",
    "零十",
]


@pytest.mark.parametrize(("text", "value"), NUMERALS, ids=[value[:24] for _, value in NUMERALS])
def test_parse_number(text: str, value: str) -> None:
    result = govreport.parse_number(text)
    assert result == Decimal(value)
    assert str(result) == value  # exact, and without a spurious exponent


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_not_a_single_number(text: str) -> None:
    assert govreport.parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("十七八万", "170000", "180000"),
        ("两三", "2", "3"),
        ("三四十", "30", "40"),
        ("一两千", "1000", "2000"),
    ],
)
def test_approximate_numerals_are_ranges(text: str, low: str, high: str) -> None:
    assert numeral_range(text) == (Decimal(low), Decimal(high))


def test_type_error_on_non_str() -> None:
    with pytest.raises(TypeError, match="parse_number"):
        govreport.parse_number(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode"):
        govreport.parse_number(b"12")  # type: ignore[arg-type]


def test_fold_width_keeps_length() -> None:
    text = "１２．５亿元，８．３％\u3000\xa0－"
    assert len(fold_width(text)) == len(text)
    assert fold_width(text) == "12.5亿元,8.3%  -"


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numerals_written_by_cn2an(number: int) -> None:
    assert govreport.parse_number(cn2an.an2cn(number, "low")) == number
    assert govreport.parse_number(cn2an.an2cn(number, "up")) == number


@given(st.decimals(min_value=0, max_value=10**16 - 1, places=4, allow_nan=False))
def test_chinese_decimals_written_by_cn2an(number: Decimal) -> None:
    written = format(number, "f")
    assert govreport.parse_number(cn2an.an2cn(written, "low")) == number
    assert govreport.parse_number(cn2an.an2cn(written, "up")) == number


@pytest.mark.parametrize("groups", [1, 30, 3000, 100_000])
def test_comma_grouped_numbers_are_exact_at_any_length(groups: int) -> None:
    assert govreport.parse_number("1" + ",000" * groups) == Decimal(10) ** (3 * groups)


def test_long_runs_of_numerals_are_read_without_a_quadratic_fallback() -> None:
    assert govreport.parse_number("〇" * 200_000) == 0
    assert govreport.parse_number("一" * 200_000) == Decimal("1" * 200_000)
    assert govreport.parse_number("十" * 200_000) is None


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False))
def test_arabic_decimals_are_exact(number: Decimal) -> None:
    assert govreport.parse_number(str(number)) == number


@given(st.text(max_size=40))
def test_any_text(text: str) -> None:
    result = govreport.parse_number(text)
    assert result is None or isinstance(result, Decimal)
