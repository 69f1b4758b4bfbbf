"""The national reports 2001–2025: each main target and each outcome of the year before,
with the year it describes (the table is ``metric_cases/national_series.py``)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

import govreport
from metric_cases.national_series import ROWS, Row

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
GROWTH = frozenset({"gdp", "cpi"})  # figures read as a growth in percent


@cache
def _metrics(year: int) -> tuple[govreport.Metric, ...]:
    path = CORPUS / "national" / f"{year}.txt"
    if not path.exists():
        pytest.skip(f"the corpus is absent: {path}")
    text = path.read_text(encoding="utf-8")
    return tuple(m for report in govreport.parse_reports(text) for m in report.metrics)


def _matches(metric: govreport.Metric, row: Row) -> bool:
    if row.canonical in GROWTH:
        low, _, high = row.figure.partition("-")
        return metric.growth == Decimal(low) and metric.growth_high == (
            Decimal(high) if high else None
        )
    expected = govreport.parse_quantity(row.figure)
    return (
        metric.value is not None
        and expected is not None
        and metric.value.value == expected.value
        and metric.value.unit == expected.unit
    )


def _found(row: Row) -> list[tuple[str | None, int | None, str | None]]:
    return [
        (m.status, m.year, m.bound)
        for m in _metrics(row.report)
        if m.canonical == row.canonical and _matches(m, row)
    ]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            id=f"{row.report}-{row.status}-{row.canonical}-{row.figure}",
            marks=[pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else [],
        )
        for row in ROWS
    ],
)
def test_national_target_or_outcome(row: Row) -> None:
    assert (row.status, row.year, row.bound) in _found(row)


def test_the_table_covers_the_years() -> None:
    years = {row.report for row in ROWS}
    assert len(years) >= 22
    assert {row.canonical for row in ROWS} >= {
        "gdp", "cpi", "urban_new_jobs", "urban_registered_unemployment",
        "urban_surveyed_unemployment", "deficit_ratio", "fiscal_deficit", "grain_output",
    }  # fmt: skip
    assert sum(row.xfail is None for row in ROWS) >= 0.75 * len(ROWS)
