"""parse_number: Arabic, Chinese and mixed numerals to exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport.numerals import fold_width, numeral_range

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
]


@pytest.mark.parametrize(("text", "value"), NUMERALS, ids=[value for _, value in NUMERALS])
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


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False))
def test_arabic_decimals_are_exact(number: Decimal) -> None:
    assert govreport.parse_number(str(number)) == number


@given(st.text(max_size=40))
def test_any_text(text: str) -> None:
    result = govreport.parse_number(text)
    assert result is None or isinstance(result, Decimal)
