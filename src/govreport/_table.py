"""Metrics as flat rows: one dict per metric, ready for ``csv.DictWriter`` or pandas."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govreport._model import Report, Section

METRIC_COLUMNS = (
    "report",
    "title",
    "region",
    "division",
    "admin_level",
    "report_year",
    "doc_type",
    "section",
    "section_kind",
    "indicator",
    "canonical",
    "value",
    "high",
    "unit",
    "approx",
    "growth",
    "growth_approx",
    "growth_high",
    "bound",
    "increase",
    "points",
    "progress",
    "status",
    "period",
    "year",
    "years",
    "scope",
    "text",
    "context",
    "start",
    "end",
)
"""The keys of :func:`metrics_table` rows, in column order."""


def metrics_table(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per metric, for the given reports (keys: :data:`METRIC_COLUMNS`).

    ``report`` is the report's position in ``reports`` (from 0) and ``title`` its title, so
    that rows of a file holding several reports say which one they come from.
    ``report_year`` is the report's (its metadata), ``year`` the year the figure describes
    and ``years`` the span of a figure over several years (``2003-2007``).  ``section`` is
    the path of section titles, joined with `` > ``, and ``section_kind`` the kind of the
    metric's section (``review``, ``plan`` …).  ``increase`` is the signed absolute change
    (an exact decimal, in the unit of ``unit`` when the figure has no level).  ``context``
    is the sentence the metric sits in.  Values are strings (exact decimals) or ``None``
    (``year`` an ``int``), ready for ``csv.DictWriter`` or ``pandas.DataFrame``.
    """
    rows: list[dict[str, Any]] = []
    for index, report in enumerate(reports):
        paths = _section_paths(report)
        metadata = report.metadata
        for metric in report.metrics:
            quantity = metric.value
            rows.append(
                {
                    "report": index,
                    "title": metadata.title,
                    "region": metadata.region,
                    "division": metadata.division.code if metadata.division else None,
                    "admin_level": metadata.admin_level,
                    "report_year": metadata.year,
                    "doc_type": metadata.doc_type,
                    "section": paths.get(id(metric.section)) if metric.section else None,
                    "section_kind": metric.section.kind if metric.section else None,
                    "indicator": metric.indicator,
                    "canonical": metric.canonical,
                    "value": _text(quantity.value) if quantity else None,
                    "high": _text(quantity.high) if quantity else None,
                    "unit": unit.unit if (unit := quantity or metric.increase) else None,
                    "approx": quantity.approx if quantity else None,
                    "growth": _text(metric.growth),
                    "growth_approx": metric.change.approx if metric.change else None,
                    "growth_high": _text(metric.growth_high),
                    "bound": metric.bound,
                    "increase": _text(metric.increase.value) if metric.increase else None,
                    "points": _text(metric.points),
                    "progress": _text(metric.progress),
                    "status": metric.status,
                    "period": metric.period,
                    "year": metric.year,
                    "years": f"{metric.years[0]}-{metric.years[1]}" if metric.years else None,
                    "scope": metric.scope,
                    "text": metric.text,
                    "context": _context(report.text, metric.span),
                    "start": metric.span[0],
                    "end": metric.span[1],
                }
            )
    return rows


def _section_paths(report: Report) -> dict[int, str]:
    paths: dict[int, str] = {}

    def visit(section: Section, prefix: str) -> None:
        path = f"{prefix} > {_heading(section)}" if prefix else _heading(section)
        paths[id(section)] = path
        for child in section.children:
            visit(child, path)

    for section in report.sections:
        visit(section, "")
    return paths


def _heading(section: Section) -> str:
    return f"{section.marker or ''}{section.title}"


def _text(value: object) -> str | None:
    return None if value is None else format(value, "f")


_STOPS = "。!?！？\n"


def _context(text: str, span: tuple[int, int]) -> str:
    """The sentence around ``span``: from the last stop before it to the first after it."""
    start, end = span
    left = max(text.rfind(stop, max(0, start - _REACH), start) for stop in _STOPS) + 1
    left = max(left, start - _REACH)
    rights = [found for stop in _STOPS if (found := text.find(stop, end, end + _REACH)) >= 0]
    right = min(rights) + 1 if rights else min(len(text), end + _REACH)
    return text[left:right].strip()


_REACH = 300  # a sentence longer than this is cut around the metric
