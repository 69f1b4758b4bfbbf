"""Targets beside outcomes: one row per government × indicator × year.

:func:`panel` lines up what reports promise with what they later report.  A report's
targets for its year and its review of the year before, a summary's review of its year and
its targets for the next, all meet in the row of the year the figure describes
(:attr:`Metric.year`).  Only metrics with a canonical indicator, a single year and the
government's whole territory (:attr:`Metric.scope` ``None``) enter a panel.

The rules, also in ``docs/panel.md``:

- **Government.** The division code when the report's government was resolved, else its
  region as the metadata names it.
- **Periods apart.** Figures of a part of the year (``上半年``, ``1-9月`` …) get rows of their
  own (``period``); annual figures (no period, ``全年``, or a year-end stock: ``年末``,
  ``年底``) share the ``annual`` row.
- **Earlier and later reports** are told apart by :attr:`Metadata.year` (else the year it
  was delivered or published; a report of unknown year counts as the earliest), then the
  date delivered or published, then the position in ``reports``.
- **Agreeing.** Two statements agree when they are equal wherever both say something
  (growth, its high end, value, its high end, bound): a restatement may give only the
  growth.
- **Targets.** The earliest report's first statement is the target (the report that set
  it); every other statement of the same target — a restatement in a plan section, a later
  report recalling it — must agree with it, or the row is a conflict.
- **Outcomes.** An actual figure beats an estimate (``预计``); the estimate is kept
  (``estimate_*``), and differing from the actual is no conflict.  Among figures of the same
  status the latest report's first statement wins (the fullest data); the others must
  agree with it, or the row is a conflict.
- **Conflict.** ``conflict`` is ``True`` when some statement disagrees with the one the row
  keeps; ``conflict_with`` lists them — never a silent pick.
- **Gap.** ``outcome − target`` (the target's low end) in percentage points when both state
  a growth rate, else in the unit of both levels when they share it; else ``None``.
- **Met.** For a growth or level target: ``at_least``, ``about`` and an exact figure are met
  at ≥ the target's low end; ``at_most`` at ≤ the target (its high end for a range); a
  ``range`` is met inside it, ends included.  A reduction target (``降低2.5%左右``, a
  negative growth) is read on the size of the reduction.  ``None`` when there is no gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from govreport._model import Metric, Report

PANEL_COLUMNS = (
    "government",
    "region",
    "division",
    "admin_level",
    "indicator",
    "year",
    "period",
    "target_growth",
    "target_growth_high",
    "target_value",
    "target_high",
    "target_unit",
    "target_bound",
    "target_qualifier",
    "target_report",
    "target_title",
    "target_start",
    "target_end",
    "target_text",
    "outcome_growth",
    "outcome_value",
    "outcome_unit",
    "outcome_status",
    "outcome_report",
    "outcome_title",
    "outcome_start",
    "outcome_end",
    "outcome_text",
    "estimate_growth",
    "estimate_value",
    "estimate_report",
    "gap",
    "gap_unit",
    "met",
    "conflict",
    "conflict_with",
)
"""The columns of a panel row, in order."""

_PART_OF_YEAR_NONE = frozenset({None, "全年", "年末", "年底"})


@attrs.frozen
class _Figure:
    """One metric with where it came from."""

    metric: Metric
    report: int | str
    title: str | None
    rank: tuple[int, str, int]
    order: int


def panel(reports: Iterable[Report], *, names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per government × canonical indicator × year (× part of the year).

    ``reports`` may come in any order; each row names the reports its figures came from
    (their position in ``reports``, or their entry in ``names`` when given, e.g. file
    names) and the spans in each report's text.  Decimals are exact strings, ready for
    ``csv.DictWriter``; :func:`panel_frame` gives typed columns.  See
    :data:`PANEL_COLUMNS` and ``docs/panel.md``.

    >>> import govreport
    >>> text = (
    ...     "南通镇2024年政府工作报告\\n一、2024年工作回顾\\n全镇地区生产总值增长5.2%。\\n"
    ...     "二、2025年工作安排\\n全镇地区生产总值增长6%左右。"
    ... )
    >>> for row in panel([govreport.parse_report(text)]):
    ...     print(row["indicator"], row["year"], row["target_growth"], row["outcome_growth"])
    gdp 2024 None 5.2
    gdp 2025 6 None
    """
    given = _reports(reports)
    if names is not None:
        names = list(names)
        if len(names) != len(given):
            raise ValueError(f"names has {len(names)} entries for {len(given)} reports")
    cells: dict[tuple[str, str, int, str], dict[str, list[_Figure]]] = {}
    governments: dict[str, tuple[str | None, str | None, str | None]] = {}
    for index, report in enumerate(given):
        metadata = report.metadata
        if metadata.region is None and metadata.division is None:
            continue
        code = metadata.division.code if metadata.division else None
        government = code or metadata.region or ""
        governments[government] = (metadata.region, code, metadata.admin_level)
        label: int | str = names[index] if names is not None else index
        date = metadata.delivered or metadata.published or ""
        year = metadata.year if metadata.year is not None else _year_of(date)
        rank = (year, date, index)
        for order, metric in enumerate(report.metrics):
            if metric.canonical is None or metric.year is None or metric.scope is not None:
                continue
            period = "annual" if metric.period in _PART_OF_YEAR_NONE else metric.period
            key = (government, metric.canonical, metric.year, period or "annual")
            figure = _Figure(metric, label, metadata.title, rank, order)
            cells.setdefault(key, {}).setdefault(metric.status, []).append(figure)
    rows = []
    for key in sorted(cells, key=lambda k: (k[0], k[1], k[2], k[3] != "annual", k[3])):
        government, indicator, year, period = key
        region, code, level = governments[government]
        row: dict[str, Any] = dict.fromkeys(PANEL_COLUMNS)
        row.update(
            government=government,
            region=region,
            division=code,
            admin_level=level,
            indicator=indicator,
            year=year,
            period=period,
        )
        _fill(row, cells[key])
        rows.append(row)
    return rows


def _year_of(date: str) -> int:
    """The year of an ISO date, or -1: a report whose year is unknown counts as the earliest."""
    return int(date[:4]) if date[:4].isdigit() else -1


def _reports(reports: Iterable[Report]) -> list[Report]:
    if isinstance(reports, Report):
        raise TypeError("panel() expects an iterable of Report objects, got one Report")
    result = list(reports)
    for report in result:
        if not isinstance(report, Report):
            raise TypeError(f"panel() expects Report objects, got {type(report).__name__}")
    return result


def _fill(row: dict[str, Any], roles: dict[str, list[_Figure]]) -> None:
    conflicts: list[str] = []
    target = _pick(roles.get("target", []), later_first=False, conflicts=conflicts)
    actual = _pick(roles.get("actual", []), later_first=True, conflicts=conflicts)
    estimate = _pick(roles.get("estimated", []), later_first=True, conflicts=conflicts)
    outcome = actual or estimate
    if target is not None:
        metric = target.metric
        row.update(
            target_growth=_text(metric.growth),
            target_growth_high=_text(metric.growth_high),
            target_value=_text(metric.value.value) if metric.value else None,
            target_high=_text(metric.value.high) if metric.value else None,
            target_unit=metric.value.unit if metric.value else None,
            target_bound=metric.bound,
            target_qualifier=_qualifier(metric),
            target_report=target.report,
            target_title=target.title,
            target_start=metric.span[0],
            target_end=metric.span[1],
            target_text=metric.text,
        )
    if outcome is not None:
        metric = outcome.metric
        row.update(
            outcome_growth=_text(metric.growth),
            outcome_value=_text(metric.value.value) if metric.value else None,
            outcome_unit=metric.value.unit if metric.value else None,
            outcome_status=metric.status,
            outcome_report=outcome.report,
            outcome_title=outcome.title,
            outcome_start=metric.span[0],
            outcome_end=metric.span[1],
            outcome_text=metric.text,
        )
    if estimate is not None:
        row.update(
            estimate_growth=_text(estimate.metric.growth),
            estimate_value=_text(estimate.metric.value.value) if estimate.metric.value else None,
            estimate_report=estimate.report,
        )
    if target is not None and outcome is not None:
        gap, unit, met = _compare(target.metric, outcome.metric)
        row.update(gap=_text(gap), gap_unit=unit, met=met)
    row["conflict"] = bool(conflicts)
    row["conflict_with"] = "; ".join(conflicts) or None


def _pick(figures: Sequence[_Figure], *, later_first: bool, conflicts: list[str]) -> _Figure | None:
    """The winning figure of one role, noting the others that disagree with it.

    Targets: the earliest report wins (the one that set the target), outcomes: the latest
    (the fullest data); within one report the first in document order.
    """
    if not figures:
        return None
    ranked = sorted(figures, key=lambda f: (f.rank, f.order))
    if later_first:  # stable: within one report, document order still decides
        ranked.sort(key=lambda f: f.rank, reverse=True)
    winner = ranked[0]
    said = _statement(winner.metric)
    for other in ranked[1:]:
        statement = _statement(other.metric)
        if not _restates(said, statement):
            where = "" if other.report == winner.report else f" (report {other.report})"
            conflicts.append(f"{other.metric.status} {_describe(other.metric)}{where}")
    return winner


def _statement(metric: Metric) -> tuple[object, ...]:
    quantity = metric.value
    return (
        metric.growth,
        metric.growth_high,
        quantity.value if quantity else None,
        quantity.high if quantity else None,
        metric.bound,
    )


def _restates(first: tuple[object, ...], second: tuple[object, ...]) -> bool:
    """Whether two statements agree where both say something (a restatement may give only
    the growth, or only the level)."""
    return all(a is None or b is None or a == b for a, b in zip(first, second, strict=True))


def _describe(metric: Metric) -> str:
    parts = []
    if metric.value is not None:
        parts.append(f"{metric.value.value}{metric.value.unit or ''}")
    if metric.growth is not None:
        high = f"-{metric.growth_high}" if metric.growth_high is not None else ""
        parts.append(f"growth {metric.growth}{high}%")
    return ", ".join(parts) or metric.text


def _qualifier(metric: Metric) -> str | None:
    for quantity in (metric.change, metric.value):
        if quantity is not None and quantity.approx is not None:
            return quantity.approx
    return None


def _compare(target: Metric, outcome: Metric) -> tuple[Decimal | None, str | None, bool | None]:
    """The gap ``outcome − target``, its unit, and whether the target was met."""
    unit: str | None
    if target.growth is not None and outcome.growth is not None:
        low, high, got, unit = target.growth, target.growth_high, outcome.growth, "百分点"
    elif (
        target.value is not None
        and outcome.value is not None
        and target.value.unit == outcome.value.unit
    ):
        low, high = target.value.value, target.value.high
        got, unit = outcome.value.value, target.value.unit
    else:
        return None, None, None
    gap = got - low
    if unit == "百分点" and low < 0 and (high is None or high <= 0):
        # A reduction (下降, 降低) is read on its size: 降幅超过3% meets 降低2.5%左右.
        low, high, got = -low, None if high is None else -high, -got
        if high is not None and high < low:
            low, high = high, low
    return gap, unit, _met(target.bound, low, high, got)


def _met(bound: str | None, low: Decimal, high: Decimal | None, got: Decimal) -> bool:
    if bound == "at_most":
        return got <= (high if high is not None else low)
    if bound == "range" or high is not None:
        return low <= got <= (high if high is not None else low)
    return got >= low


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


_FLOATS = (
    "target_growth",
    "target_growth_high",
    "target_value",
    "target_high",
    "outcome_growth",
    "outcome_value",
    "estimate_growth",
    "estimate_value",
    "gap",
)
_TEXTS = (
    "government",
    "region",
    "division",
    "admin_level",
    "indicator",
    "period",
    "target_unit",
    "target_qualifier",
    "target_title",
    "target_text",
    "outcome_unit",
    "outcome_title",
    "outcome_text",
    "gap_unit",
    "conflict_with",
)
_INTEGERS = ("year", "target_start", "target_end", "outcome_start", "outcome_end")
_CATEGORIES = {
    "target_bound": ("about", "at_least", "at_most", "range"),
    "outcome_status": ("actual", "estimated"),
}


def panel_frame(reports: Iterable[Report], *, names: Sequence[str] | None = None) -> Any:
    """:func:`panel` as a :class:`pandas.DataFrame` with typed columns.

    ``year`` and the span columns are nullable ``Int64``; figures and ``gap`` ``Float64``;
    ``met`` and ``conflict`` nullable ``boolean``; ``target_bound`` and ``outcome_status``
    categoricals; text columns ``string``; the ``*_report`` columns ``Int64`` positions,
    or strings with ``names``.  Needs pandas (``pip install govreport[pandas]``).

    The column names are ASCII, as Stata wants them.  Stata cannot store a text column that
    is empty throughout, and has no missing text but ``""``; so for Stata::

        text = frame.select_dtypes("string").columns
        frame.fillna(dict.fromkeys(text, "")).to_stata(
            "panel.dta", version=118, write_index=False
        )
    """
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("panel_frame() needs pandas: pip install 'govreport[pandas]'") from None
    frame = pd.DataFrame(panel(reports, names=names), columns=list(PANEL_COLUMNS))
    for column in _FLOATS:
        frame[column] = pd.to_numeric(frame[column].astype("object")).astype("Float64")
    for column in _INTEGERS:
        frame[column] = frame[column].astype("Int64")
    for column in ("target_report", "outcome_report", "estimate_report"):
        frame[column] = frame[column].astype("string" if names is not None else "Int64")
    for column in ("met", "conflict"):
        frame[column] = frame[column].astype("boolean")
    for column in _TEXTS:
        frame[column] = frame[column].astype("string")
    for column, categories in _CATEGORIES.items():
        frame[column] = pd.Categorical(frame[column], categories=categories)
    return frame
