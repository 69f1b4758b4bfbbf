"""Metrics as flat rows: one dict per metric, ready for ``csv.DictWriter`` or pandas."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govreport.model import Report, Section

METRIC_COLUMNS = (
    "region",
    "admin_level",
    "year",
    "doc_type",
    "section",
    "indicator",
    "canonical",
    "value",
    "high",
    "unit",
    "approx",
    "growth",
    "growth_approx",
    "points",
    "progress",
    "status",
    "period",
    "text",
    "start",
    "end",
)
"""The keys of :func:`metrics_table` rows, in column order."""


def metrics_table(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per metric, for the given reports (keys: :data:`METRIC_COLUMNS`).

    ``section`` is the path of section titles, joined with `` > ``; values are strings
    (exact decimals) or ``None``, ready for ``csv.DictWriter`` or ``pandas.DataFrame``.
    """
    rows: list[dict[str, Any]] = []
    for report in reports:
        paths = _section_paths(report)
        metadata = report.metadata
        for metric in report.metrics:
            quantity = metric.value
            rows.append(
                {
                    "region": metadata.region,
                    "admin_level": metadata.admin_level,
                    "year": metadata.year,
                    "doc_type": metadata.doc_type,
                    "section": paths.get(id(metric.section)) if metric.section else None,
                    "indicator": metric.indicator,
                    "canonical": metric.canonical,
                    "value": _text(quantity.value) if quantity else None,
                    "high": _text(quantity.high) if quantity else None,
                    "unit": quantity.unit if quantity else None,
                    "approx": quantity.approx if quantity else None,
                    "growth": _text(metric.growth),
                    "growth_approx": metric.change.approx if metric.change else None,
                    "points": _text(metric.points),
                    "progress": _text(metric.progress),
                    "status": metric.status,
                    "period": metric.period,
                    "text": metric.text,
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
