"""Properties of extract_quantities and parse_quantity on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import govreport

# Text made of the characters quantities are built from, so that the extractor's paths are
# exercised, with arbitrary text mixed in.
NUMBERISH = st.text(
    alphabet=st.sampled_from(
        list("0123456789０１２３４５６７８９.,，．-~—至到 \n\u3000%％")
        + list("零〇一二两三四五六七八九十百千万亿萬億点點余多约近超逾左右以上下第年月日")
        + list("元亩吨人个户家项次倍百分之点“”《》GPM")
    ),
    max_size=60,
)
ANY_TEXT = st.one_of(st.text(max_size=80), NUMBERISH)


@given(ANY_TEXT)
def test_never_crashes_and_spans_are_valid(text: str) -> None:
    found = govreport.extract_quantities(text)
    previous_end = 0
    for quantity in found:
        start, end = quantity.span
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == quantity.text
        assert quantity.high is None or quantity.high >= quantity.value or quantity.value < 0
        previous_end = end


@given(ANY_TEXT)
def test_parse_quantity_never_crashes(text: str) -> None:
    quantity = govreport.parse_quantity(text)
    assert quantity is None or text[quantity.span[0] : quantity.span[1]] == quantity.text


@settings(max_examples=300)
@given(ANY_TEXT)
def test_parse_quantity_agrees_with_extraction(text: str) -> None:
    for quantity in govreport.extract_quantities(text):
        alone = govreport.parse_quantity(quantity.text)
        # Context can only remove readings (a quote or 第 before the number), never change one.
        if alone is not None:
            assert (alone.value, alone.unit, alone.kind, alone.high, alone.approx) == (
                quantity.value,
                quantity.unit,
                quantity.kind,
                quantity.high,
                quantity.approx,
            )


@given(st.one_of(st.integers(), st.binary(), st.none(), st.lists(st.text())))
def test_type_error_on_anything_but_str(value: object) -> None:
    for function in (govreport.extract_quantities, govreport.parse_quantity):
        try:
            function(value)  # type: ignore[arg-type]
        except TypeError as error:
            assert function.__name__ in str(error)
        else:
            raise AssertionError(f"{function.__name__} accepted {value!r}")


def test_long_runs_take_linear_time() -> None:
    # No timing assertion: these inputs used to be the slow cases of backtracking matchers,
    # and must simply come back.
    for text in ("1" * 100_000, "一" * 100_000, "1 " * 50_000 + "万", "十" * 50_000, "1," * 50_000):
        assert isinstance(govreport.extract_quantities(text + "元"), list)
