"""The panel of targets beside outcomes, on real reports.

The national table below was read by hand from the reports of ``../shared/corpus/national``:
report Y states the targets for Y and, in its review, the outcomes of Y − 1.  The corpus has
no 2020 report, so there is no 2020 target and no 2019 outcome.  Years whose reports do not
state a figure (2003 and 2004 give no CPI target, 2009 ``物价总水平涨幅得到控制`` no CPI
figure …) are left out, except where a figure of another span sits where a careless reading
would take it (``NOT_ANNUAL``).
"""

from __future__ import annotations

import doctest
import functools
import importlib
import math
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import govreport
from conftest import CORPUS, NATIONAL, ROOT, fixture_text
from govreport import PANEL_COLUMNS, Metric, Report, panel

NATIONAL_CORPUS = CORPUS / "national"
YEARS = range(2003, 2026)

# (year, indicator, side, expected columns); ``ANY`` leaves a column unchecked (a bare
# ``控制在4%`` has no qualifier to give its bound).
ANY = object()
M = "10000"  # 万


def _target_growth(low: str, high: str | None, bound: str | None) -> dict[str, Any]:
    return {"target_growth": low, "target_growth_high": high, "target_bound": bound}


def _target_jobs(wan: int, bound: str | None) -> dict[str, Any]:
    return {"target_value": str(wan * 10000), "target_unit": "人", "target_bound": bound}


GDP_TARGETS = {
    # 2003, 2004: 今年经济增长预期目标为7%左右
    2003: ("7", None, "about"),
    2004: ("7", None, "about"),
    2005: ("8", None, "about"),
    2006: ("8", None, "about"),
    2007: ("8", None, "about"),
    2008: ("8", None, "about"),
    2009: ("8", None, "about"),
    2010: ("8", None, "about"),
    2011: ("8", None, "about"),
    2012: ("7.5", None, None),  # 国内生产总值增长7.5％；
    2013: ("7.5", None, "about"),
    2014: ("7.5", None, "about"),
    2015: ("7", None, "about"),
    2016: ("6.5", "7", "range"),  # 国内生产总值增长6.5%－7%
    2017: ("6.5", None, "about"),
    2018: ("6.5", None, "about"),
    2019: ("6", "6.5", "range"),  # 国内生产总值增长6%－6.5%
    2021: ("6", None, "at_least"),  # 国内生产总值增长6%以上
    2022: ("5.5", None, "about"),
    2023: ("5", None, "about"),
    2024: ("5", None, "about"),
}
GDP_OUTCOMES = {  # growth, from the next year's report
    2003: "9.1",
    2004: "9.5",
    2005: "9.9",
    2006: "10.7",
    2008: "9",
    2009: "8.7",
    2010: "10.3",
    2011: "9.2",
    2012: "7.8",
    2013: "7.7",
    2014: "7.4",
    2015: "6.9",
    2016: "6.7",  # 2017: 国内生产总值达到74.4⏎​⏎万亿元，增长6.7%
    2017: "6.9",
    2018: "6.6",
    2020: "2.3",
    2021: "8.1",
    2022: "3",
    2023: "5.2",
    2024: "5",
}
CPI_TARGETS = {
    2005: ("4", ANY),  # 居民消费价格总水平涨幅控制在4%
    2006: ("3", ANY),  # 居民消费价格总水平涨幅控制在3%
    2007: ("3", "at_most"),  # 居民消费价格总水平涨幅在 3%以内
    2008: ("4.8", "about"),
    2009: ("4", "about"),
    2010: ("3", "about"),
    2011: ("4", "about"),
    2012: ("4", "about"),  # 居民消费价格涨幅控制在4％左右
    2013: ("3.5", "about"),
    2014: ("3.5", "about"),
    2015: ("3", "about"),
    2016: ("3", "about"),
    2017: ("3", "about"),
    2018: ("3", "about"),
    2019: ("3", "about"),
    2021: ("3", "about"),
    2022: ("3", "about"),
    2023: ("3", "about"),
    2024: ("3", "about"),
}
CPI_OUTCOMES = {
    2005: "1.8",  # 居民消费价格总水平上涨1.8%
    2006: "1.5",
    2007: "4.8",  # 2008, in its problems: 去年居民消费价格总水平比上年上涨4.8%
    2010: "3.3",  # 2011: 居民消费价格涨幅控制在 3.3%
    2012: "2.6",  # 2013: 居民消费价格涨幅回落到2.6% (twice)
    2013: "2.6",
    2014: "2",
    2016: "2",
    2018: "2.1",
    2020: "2.5",
    2021: "0.9",
    2022: "2",
    2023: "0.2",
    2024: "0.2",
}
JOBS_TARGETS = {
    2004: (900, None),  # 今年的预期目标是，新增城镇就业900万人
    2005: (900, None),
    2006: (900, None),
    2007: (900, "at_least"),  # 城镇新增就业人数不低于900万人
    2008: (1000, None),
    2009: (900, "at_least"),
    2010: (900, "at_least"),
    2011: (900, "at_least"),
    2012: (900, "at_least"),
    2013: (900, "at_least"),
    2014: (1000, "at_least"),
    2015: (1000, "at_least"),
    2016: (1000, "at_least"),
    2017: (1100, "at_least"),
    2018: (1100, "at_least"),
    2019: (1100, "at_least"),
    2021: (1100, "at_least"),
    2022: (1100, "at_least"),
    2023: (1200, "about"),  # 城镇新增就业1200万人左右
    2024: (1200, "at_least"),
}
JOBS_OUTCOMES = {
    2003: 859,
    2004: 980,
    2005: 970,  # 城镇新增就业人口970万人
    2006: 1184,
    2008: 1113,
    2009: 1102,
    2010: 1168,
    2011: 1221,
    2012: 1266,
    2013: 1310,
    2014: 1322,
    2015: 1312,
    2016: 1314,
    2017: 1351,
    2018: 1361,
    2020: 1186,
    2021: 1269,
    2022: 1206,
    2023: 1244,
    2024: 1256,
}
# Figures of several years where one year's would be: they must not fill its row.
NOT_ANNUAL = [
    # 2008: 2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%
    (2007, "gdp", {"outcome_growth": None}),
    # 2008: 五年全国新增城镇就业5100万人; 平均每年城镇新增就业1000多万人
    (2007, "urban_new_jobs", {"outcome_value": None}),
    # 2018: 居民消费价格年均上涨1.9%
    (2017, "cpi", {"outcome_growth": None}),
]


def _national_cases() -> list[tuple[int, str, dict[str, Any]]]:
    cases: list[tuple[int, str, dict[str, Any]]] = []
    for year, (low, high, bound) in GDP_TARGETS.items():
        cases.append((year, "gdp", _target_growth(low, high, bound)))
    for year, growth in GDP_OUTCOMES.items():
        cases.append((year, "gdp", {"outcome_growth": growth, "outcome_status": "actual"}))
    for year, (low, cpi_bound) in CPI_TARGETS.items():
        expected = {"target_growth": low, "target_growth_high": None, "target_bound": cpi_bound}
        cases.append((year, "cpi", expected))
    for year, growth in CPI_OUTCOMES.items():
        cases.append((year, "cpi", {"outcome_growth": growth, "outcome_status": "actual"}))
    for year, (wan, jobs_bound) in JOBS_TARGETS.items():
        cases.append((year, "urban_new_jobs", _target_jobs(wan, jobs_bound)))
    for year, wan in JOBS_OUTCOMES.items():
        expected = {"outcome_value": str(wan * 10000), "outcome_unit": "人"}
        cases.append((year, "urban_new_jobs", expected))
    cases.extend(NOT_ANNUAL)
    return cases


def _case_id(year: int, indicator: str, expected: dict[str, Any]) -> str:
    side = "target" if any(key.startswith("target") for key in expected) else "outcome"
    return f"{year}-{indicator}-{side}"


# What the metric reader does not give yet, by case id (as of the last merge of its work).
NATIONAL_XFAIL: dict[str, str] = {}


def _national_params() -> list[Any]:
    params = []
    for year, indicator, expected in _national_cases():
        case_id = _case_id(year, indicator, expected)
        marks = []
        reason = NATIONAL_XFAIL.get(case_id)
        if reason:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        params.append(pytest.param(year, indicator, expected, id=case_id, marks=marks))
    return params


@functools.cache
def _national_reports() -> tuple[Report, ...]:
    files = [NATIONAL_CORPUS / f"{year}.txt" for year in YEARS]
    present = [path for path in files if path.exists()]
    if not present:
        pytest.skip(f"the shared corpus is not beside the project (looked in {NATIONAL_CORPUS})")
    return tuple(govreport.parse_report(path.read_text(encoding="utf-8")) for path in present)


@functools.cache
def _national_panel() -> dict[tuple[str, int], dict[str, Any]]:
    rows = panel(_national_reports())
    return {(row["indicator"], row["year"]): row for row in rows if row["period"] == "annual"}


@pytest.mark.corpus
@pytest.mark.parametrize(("year", "indicator", "expected"), _national_params())
def test_national_targets_and_outcomes(year: int, indicator: str, expected: dict[str, Any]) -> None:
    row = _national_panel().get((indicator, year), dict.fromkeys(PANEL_COLUMNS))
    got = {key: row[key] for key in expected if expected[key] is not ANY}
    assert got == {key: value for key, value in expected.items() if value is not ANY}


# --- the rules, on real statements given their year by hand --------------------------------
#
# These tests take the metrics the reader finds in real reports and set the year the text
# gives them, so that they check the panel's own rules whatever the reader says about years.


def _national(year: int) -> Report:
    path = NATIONAL / f"{year}.txt"
    if not path.exists():
        path = NATIONAL_CORPUS / f"{year}.txt"
        if not path.exists():
            pytest.skip(f"national {year} is neither a fixture nor in {NATIONAL_CORPUS}")
    return govreport.parse_report(path.read_text(encoding="utf-8"))


def _dated(report: Report, year_of: Callable[[Metric], int | None]) -> Report:
    """The report with its metrics' years set by ``year_of`` (``None`` drops the metric)."""
    items = []
    for item in report.items():
        metrics = []
        for metric in item.metrics:
            year = year_of(metric)
            if year is not None:
                metrics.append(attrs.evolve(metric, year=year, years=None))
        items.append(attrs.evolve(item, metrics=metrics))
    return attrs.evolve(report, preamble=items, sections=[])


def _by_text(years: dict[str, int]) -> Callable[[Metric], int | None]:
    """Years for the metrics whose text is one of ``years``' keys."""
    return lambda metric: years.get(metric.text)


def _rows(reports: Iterable[Report], **kwargs: Any) -> dict[tuple[str, int, str], dict[str, Any]]:
    return {(r["indicator"], r["year"], r["period"]): r for r in panel(reports, **kwargs)}


def test_a_target_restated_in_the_plan_is_one_row_without_conflict() -> None:
    # 2010: the targets paragraph (国内生产总值增长8％左右…居民消费价格涨幅3％左右), then
    # 这里要着重说明，提出国内生产总值增长8％左右 and 提出居民消费价格涨幅3％左右 restate them.
    report = _national(2010)
    restated = [m for m in report.metrics if m.canonical in CHECKED and m.status == "target"]
    assert sorted(m.canonical for m in restated).count("gdp") == 2, restated
    assert sorted(m.canonical for m in restated).count("cpi") == 2, restated
    rows = _rows([_dated(report, lambda m: 2010 if m in restated else None)])
    for indicator, growth in (("gdp", "8"), ("cpi", "3")):
        row = rows[indicator, 2010, "annual"]
        assert (row["target_growth"], row["conflict"], row["conflict_with"]) == (
            growth,
            False,
            None,
        )
        first = min(m.span[0] for m in restated if m.canonical == indicator)
        assert row["target_start"] == first
        assert report.text[row["target_start"] : row["target_end"]] == row["target_text"]


def test_an_outcome_restated_is_one_row_without_conflict() -> None:
    # 2013: 居民消费价格涨幅回落到2.6% in the review and again in 关于物价总水平 (去年…).
    report = _national(2013)
    stated = [m for m in report.metrics if m.canonical == "cpi" and m.growth == Decimal("2.6")]
    assert len(stated) == 2, stated
    rows = _rows([_dated(report, lambda m: 2012 if m in stated else None)])
    cpi = rows["cpi", 2012, "annual"]
    assert (cpi["outcome_growth"], cpi["outcome_status"], cpi["conflict"]) == (
        "2.6",
        "actual",
        False,
    )
    assert cpi["outcome_start"] == stated[0].span[0]


def test_two_places_disagreeing_are_a_conflict_never_a_silent_pick() -> None:
    # 2016's review: 城镇新增就业1312万人 (2015) and, in the five-year review,
    # 城镇新增就业人数超过6400万人.  Given the same year — as a reading that misses the five
    # years would — the panel keeps the first and names the other.
    report = _national(2016)
    texts = ("城镇新增就业1312万人", "城镇新增就业人数超过6400万人")
    rows = _rows([_dated(report, _by_text(dict.fromkeys(texts, 2015)))])
    row = rows["urban_new_jobs", 2015, "annual"]
    assert (row["outcome_value"], row["outcome_text"]) == ("13120000", texts[0])
    assert row["conflict"] is True
    assert row["conflict_with"] == "actual 64000000人"


def test_two_reports_disagreeing_are_a_conflict() -> None:
    # 2016's 城镇新增就业1312万人 for 2015, and the same sentence as a later report could
    # revise it: the later report wins, and the row says the two disagree.
    report = _national(2016)
    (stated,) = [m for m in report.metrics if m.text == "城镇新增就业1312万人"]
    assert stated.value is not None
    stated = attrs.evolve(stated, year=2015)
    revised = attrs.evolve(stated, value=attrs.evolve(stated.value, value=Decimal("13150000")))
    earlier = _report_of(report, [stated])
    later = _report_of(report, [revised], year=2017)
    row = _rows([earlier, later])["urban_new_jobs", 2015, "annual"]
    assert (row["outcome_value"], row["outcome_report"]) == ("13150000", 1)
    assert (row["conflict"], row["conflict_with"]) == (True, "actual 13120000人 (report 0)")


def _consecutive_2024_2025() -> tuple[Report, Report]:
    # 2024: 国内生产总值增长5%左右；城镇新增就业1200万人以上…居民消费价格涨幅3%左右
    # 2025, reviewing 2024: 国内生产总值…增长5%…城镇新增就业1256万人…居民消费价格上涨0.2%
    first = _dated(
        _national(2024),
        lambda m: 2024 if m.status == "target" and m.canonical in CHECKED else None,
    )
    second = _dated(
        _national(2025),
        lambda m: 2024 if m.text in REVIEW_2025 else None,
    )
    return first, second


CHECKED = ("gdp", "cpi", "urban_new_jobs")
REVIEW_2025 = (
    "国内生产总值达到134.9万亿元、增长5%",
    "城镇新增就业1256万人",
    "居民消费价格上涨0.2%",
)


def test_two_consecutive_reports_meet_in_one_row() -> None:
    # No township in the corpus has reports of two consecutive years; national 2024 and
    # 2025 (both fixtures) are one government's.
    first, second = _consecutive_2024_2025()
    found = {m.text for m in second.metrics}
    assert found == set(REVIEW_2025), found
    rows = _rows([second, first], names=["2025.txt", "2024.txt"])
    gdp = rows["gdp", 2024, "annual"]
    assert (gdp["target_growth"], gdp["outcome_growth"], gdp["gap"]) == ("5", "5", "0")
    assert (gdp["target_report"], gdp["outcome_report"]) == ("2024.txt", "2025.txt")
    jobs = rows["urban_new_jobs", 2024, "annual"]
    assert (jobs["target_value"], jobs["outcome_value"]) == ("12000000", "12560000")
    assert (jobs["gap"], jobs["gap_unit"], jobs["met"]) == ("560000", "人", True)
    cpi = rows["cpi", 2024, "annual"]
    assert (cpi["target_growth"], cpi["outcome_growth"], cpi["gap"]) == ("3", "0.2", "-2.8")
    # 3%左右 is ``about``: met at ≥ 3 by the stated rule; the gap tells the rest.
    assert cpi["met"] is False
    assert all(not row["conflict"] for row in rows.values())


def test_two_consecutive_reports_as_read() -> None:
    rows = _rows([_national(2024), _national(2025)])
    gdp = rows["gdp", 2024, "annual"]
    assert (gdp["target_growth"], gdp["target_bound"], gdp["outcome_growth"]) == ("5", "about", "5")
    assert gdp["met"] is True


# --- a township: seed 000, 南通镇2023年政府工作报告 -----------------------------------------

SEED_000 = "seeds/000_5f8850e58b636763.txt"
# 2023 estimates (全年预计…) and 2024 targets, from the seed's text.
SEED_000_2023 = {
    "fixed_asset_investment": "4110000000",  # 全社会固定资产投资额完成41.1亿元,比增37.2%
    "tax_revenue": "182000000",  # 税收收入完成1.82亿元,比增-17%
    "industrial_output_above_scale": "2370000000",  # 规模以上工业产值完成23.7亿元
}
SEED_000_2024 = {
    "fixed_asset_investment": ("4300000000", "4.5"),  # 全社会固投43亿元,比增4.5%
    "tax_revenue": ("197000000", "8"),  # 税收1.97亿元,比增8%
    "industrial_output_above_scale": ("2550000000", "7.3"),  # 规模以上工业产值25.5亿元,比增7.3%
}


def test_township_targets_and_estimates_by_hand_dated_year() -> None:
    report = govreport.parse_report(fixture_text(SEED_000))
    dated = _dated(report, lambda m: 2024 if m.status == "target" else 2023)
    rows = _rows([dated])
    for indicator, value in SEED_000_2023.items():
        row = rows[indicator, 2023, "annual"]
        assert (row["outcome_value"], row["outcome_status"]) == (value, "estimated")
        assert row["estimate_value"] == value
    for indicator, (value, growth) in SEED_000_2024.items():
        row = rows[indicator, 2024, "annual"]
        assert (row["target_value"], row["target_growth"], row["outcome_value"]) == (
            value,
            growth,
            None,
        )


def test_township_targets_2024_and_estimates_2023() -> None:
    rows = _rows([govreport.parse_report(fixture_text(SEED_000))])
    for indicator, value in SEED_000_2023.items():
        assert rows[indicator, 2023, "annual"]["outcome_value"] == value
        assert rows[indicator, 2023, "annual"]["outcome_status"] == "estimated"
    for indicator, (value, growth) in SEED_000_2024.items():
        assert rows[indicator, 2024, "annual"]["target_value"] == value
        assert rows[indicator, 2024, "annual"]["target_growth"] == growth


def _report_of(base: Report, metrics: list[Metric], **metadata: Any) -> Report:
    """``base`` holding only ``metrics``, its metadata changed by ``metadata``."""
    item = govreport.Item("", (0, 0), metrics=metrics)
    return attrs.evolve(
        base,
        metadata=attrs.evolve(base.metadata, **metadata),
        preamble=[item],
        sections=[],
    )


def test_an_actual_replaces_an_estimate_and_both_are_kept() -> None:
    # Seed 000's 2023 estimate of 税收收入 (1.82亿元) beside an actual a later report would
    # give (the corpus has no township's next report): the actual wins, the estimate stays
    # beside it, and differing from it is no conflict.
    report = govreport.parse_report(fixture_text(SEED_000))
    (estimate,) = [
        attrs.evolve(m, year=2023)
        for m in report.metrics
        if m.canonical == "tax_revenue" and m.status == "estimated"
    ]
    assert estimate.value is not None
    actual = attrs.evolve(
        estimate, status="actual", value=attrs.evolve(estimate.value, value=Decimal("185000000"))
    )
    later = _report_of(report, [actual], year=2024)
    earlier = _report_of(report, [estimate])
    row = _rows([later, earlier])["tax_revenue", 2023, "annual"]
    assert (row["outcome_value"], row["outcome_status"], row["outcome_report"]) == (
        "185000000",
        "actual",
        0,
    )
    assert (row["estimate_value"], row["estimate_report"]) == ("182000000", 1)
    assert row["conflict"] is False


# --- met, by the stated rule ------------------------------------------------------------------

# (bound, low, high, outcome, met): the rows of docs/panel.md.
MET_RULE = [
    ("about", "5", None, "5.2", True),  # 2024 GDP 5%左右, outcome 5.2 (2023 → ≥ low end)
    ("about", "5", None, "4.9", False),
    ("at_least", "6", None, "8.1", True),  # 2021 GDP 6%以上, outcome 8.1
    ("at_least", "6", None, "6", True),
    ("at_most", "3", None, "3", True),  # 2007 CPI 在3%以内
    ("at_most", "3", None, "4.8", False),
    ("range", "6.5", "7", "6.7", True),  # 2016 GDP 6.5%－7%, outcome 6.7
    ("range", "6.5", "7", "7", True),
    ("range", "6.5", "7", "7.1", False),
    ("range", "6", "6.5", "5.9", False),
    (None, "7.5", None, "7.8", True),  # 2012 GDP 7.5％ (exact), outcome 7.8
    (None, "7.5", None, "7.4", False),
    # A reduction, read on its size: 2024 单位国内生产总值能耗降低2.5%左右, 2025 降幅超过3%
    ("about", "-2.5", None, "-3", True),
    ("about", "-2.5", None, "-2", False),
    ("at_most", "-3", None, "-2", True),  # a reduction of at most 3%
    ("range", "-5", "-3", "-4", True),
]


def _growth_metric(text: str, status: str, **fields: Any) -> Metric:
    (metric,) = [m for m in govreport.extract_metrics(text) if m.canonical == "gdp"]
    return attrs.evolve(metric, status=status, year=2016, **fields)


@pytest.mark.parametrize(("bound", "low", "high", "got", "met"), MET_RULE)
def test_met_follows_the_stated_rule(
    bound: str | None, low: str, high: str | None, got: str, met: bool
) -> None:
    target = _growth_metric(
        "国内生产总值增长6.5%－7%。",
        "target",
        growth=Decimal(low),
        growth_high=Decimal(high) if high else None,
        bound=bound,
    )
    outcome = _growth_metric("国内生产总值增长6.7%。", "actual", growth=Decimal(got))
    report = _report_of(govreport.parse_report(""), [target, outcome], region="国务院")
    (row,) = panel([report])
    assert row["met"] is met
    assert Decimal(row["gap"]) == Decimal(got) - Decimal(low)
    assert row["gap_unit"] == "百分点"


# --- the API --------------------------------------------------------------------------------


def test_columns_and_types() -> None:
    first, second = _consecutive_2024_2025()
    rows = panel([first, second])
    assert rows and all(tuple(row) == PANEL_COLUMNS for row in rows)
    assert all(isinstance(row["year"], int) for row in rows)
    with pytest.raises(TypeError, match="Report"):
        panel(["2024年政府工作报告"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="iterable"):
        panel(first)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="names"):
        panel([first], names=["a", "b"])
    assert panel([]) == []


def test_panel_frame_types_and_stata(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="panel_frame needs the pandas extra")
    first, second = _consecutive_2024_2025()
    frame = govreport.panel_frame([first, second])
    assert list(frame.columns) == list(PANEL_COLUMNS)
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["target_growth"].dtype) == "Float64"
    assert isinstance(frame["target_bound"].dtype, pd.CategoricalDtype)
    assert isinstance(frame["outcome_status"].dtype, pd.CategoricalDtype)
    gdp = frame[frame["indicator"] == "gdp"].iloc[0]
    assert (gdp["year"], gdp["target_growth"], gdp["outcome_growth"]) == (2024, 5.0, 5.0)
    assert all(column.isascii() for column in frame.columns)
    path = tmp_path / "panel.dta"
    text = frame.select_dtypes("string").columns
    frame.fillna(dict.fromkeys(text, "")).to_stata(path, version=118, write_index=False)
    back = pd.read_stata(path)
    assert list(back.columns) == list(PANEL_COLUMNS)
    assert math.isclose(back.loc[back["indicator"] == "gdp", "target_growth"].iloc[0], 5.0)


@pytest.mark.parametrize("name", ["govreport._panels", "govreport._measures"])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert (failures, tried > 0) == (0, True)


def test_the_docs_examples_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pandas", reason="docs/panel.md's examples use panel_frame")
    text = (ROOT / "docs" / "panel.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    printed = re.findall(r"```text\n(.*?)```", text, re.DOTALL)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    for block in blocks:
        code = block.replace('"panel.dta"', repr(str(tmp_path / "panel.dta")))
        exec(compile(code, "docs/panel.md", "exec"), namespace)
    assert (tmp_path / "panel.dta").exists()
    assert capsys.readouterr().out == printed[-1]


# Parts of the year keep rows of their own: seed 002 (洋口镇's 2023 half-year summary) and
# seed 004 (下各镇's 2023 summary, its figures to September).
PART_OF_YEAR = [
    # 完成工业总产值246.2亿元
    ("seeds/002_0f2ab75d7a324a83.txt", "industrial_output", 2023, "上半年", "24620000000"),
    # 实现一般公共财政预算收入6.646亿元
    (
        "seeds/002_0f2ab75d7a324a83.txt",
        "general_public_budget_revenue",
        2023,
        "上半年",
        "664600000",
    ),
    # 今年1-9月份…全镇实现规上工业产值29.74亿元,同比增长31.3%
    (
        "seeds/004_22c6fb72f19d0811.txt",
        "industrial_output_above_scale",
        2023,
        "1-9月",
        "2974000000",
    ),
]


@pytest.mark.parametrize(("name", "indicator", "year", "period", "value"), PART_OF_YEAR)
def test_parts_of_the_year_keep_rows_of_their_own(
    name: str, indicator: str, year: int, period: str, value: str
) -> None:
    rows = _rows([govreport.parse_report(fixture_text(name))])
    assert rows[indicator, year, period]["outcome_value"] == value
    assert (indicator, year, "annual") not in rows
