"""Scoring the headline indicators a parse finds against the hand-read rows.

A row is found when a metric of the report, starting inside one of the annotated
paragraphs, has the row's canonical id, status and year, the row's level (same value and
unit) where the row states one, and its growth and range top where the row states them.
A row stating a level and its growth is also found by two metrics, one stating each (a
report may name the level apart: 地区生产总值增长5.7%,经济总量64697亿元).  Each metric
matches at most one row.  Precision is over the metrics with a canonical id that start
inside the annotated paragraphs: those matching a row, over all.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import govreport
from indicator_cases import Doc, R

PARAGRAPH_REACH = 1500
"""An annotated paragraph ends at its line's end, or this many characters on (a report on
one line)."""


class Score(NamedTuple):
    expected: int
    found: int
    candidates: int
    matched: int
    bounds_right: int
    missed: list[R]
    extra: list[govreport.Metric]


def paragraph_spans(report: govreport.Report, doc: Doc) -> list[tuple[int, int]]:
    """Where each annotated paragraph lies in the report's text: from its opening to the end
    of the item holding it, or of its line, whichever is later (a PDF's line breaks), at most
    :data:`PARAGRAPH_REACH` characters (an opening not found is skipped)."""
    text = report.text
    items = [block.span for block in report.blocks() if block.kind == "item"]
    spans = []
    for opening in doc.paragraphs:
        start = text.find(opening)
        if start < 0:
            continue
        line_end = text.find("\n", start)
        end = line_end if line_end >= 0 else len(text)
        end = max([end, *(b for a, b in items if a <= start < b)])
        spans.append((start, min(end, start + PARAGRAPH_REACH)))
    return spans


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def matches(row: R, metric: govreport.Metric) -> bool:
    """Whether ``metric`` states ``row``."""
    if (metric.canonical, metric.status, metric.year) != (row.canonical, row.status, row.year):
        return False
    if row.value is not None:
        wanted = govreport.parse_quantity(row.value)
        if wanted is None or metric.value is None:
            return False
        if (metric.value.value, metric.value.unit) != (wanted.value, wanted.unit):
            return False
    if row.growth is not None and metric.growth != _decimal(row.growth):
        return False
    if row.growth_high is not None and metric.growth_high != _decimal(row.growth_high):
        return False
    return row.value is not None or row.growth is not None


def score(report: govreport.Report, doc: Doc) -> Score:
    """Match the report's metrics in the annotated paragraphs against ``doc``'s rows."""
    spans = paragraph_spans(report, doc)
    candidates = [
        metric
        for metric in report.metrics
        if metric.canonical is not None
        and any(start <= metric.span[0] < end for start, end in spans)
    ]
    unused = list(candidates)
    missed: list[R] = []
    found = bounds = 0
    for row in doc.rows:
        found_by = hits(row, unused)
        if not found_by:
            missed.append(row)
            continue
        for hit in found_by:
            unused.remove(hit)
        found += 1
        bounds += any(hit.bound == row.bound for hit in found_by)
    matched = len(candidates) - len(unused)
    return Score(len(doc.rows), found, len(candidates), matched, bounds, missed, unused)


def hits(row: R, metrics: list[govreport.Metric]) -> list[govreport.Metric]:
    """The metric stating ``row``, or the two stating its level and its growth apart
    (地区生产总值增长5.7%…经济总量64697亿元), or none."""
    hit = next((metric for metric in metrics if matches(row, metric)), None)
    if hit is not None:
        return [hit]
    if row.value is None or row.growth is None:
        return []
    level = row._replace(growth=None, growth_high=None)
    change = row._replace(value=None)
    first = next((metric for metric in metrics if matches(level, metric)), None)
    second = next(
        (metric for metric in metrics if metric is not first and matches(change, metric)), None
    )
    return [first, second] if first is not None and second is not None else []
