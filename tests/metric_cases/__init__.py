"""Tables of real sentences and the metrics a report yields from them.

Every row is a sentence copied from a fixture report (``tests/fixtures``), with every metric
expected in it, in order.  The test finds the sentence in its report, parses the report, and
compares the metrics whose span starts inside the sentence: status and period are read in
context (a targets paragraph, a plan section).  Tables are named after the document they come
from.  Known failures stay in the tables with an ``xfail`` reason.
"""

from __future__ import annotations

from typing import NamedTuple


class Expected(NamedTuple):
    """One metric: the name as written, its canonical id, its level as written, and the rest."""

    indicator: str
    canonical: str | None
    value: str | None = None  # the level's text, e.g. "41.1亿元"
    growth: str | None = None  # signed percent, e.g. "-17"
    progress: str | None = None
    status: str = "actual"
    period: str | None = None
    points: str | None = None  # signed change in percentage points, e.g. "-1.2"
    # Further attributes checked only where a row states them: year, years, bound,
    # growth_high (text), increase (text as written, signed by a leading "-"), scope.
    extra: tuple[tuple[str, object], ...] = ()


class Case(NamedTuple):
    sentence: str
    expected: tuple[Expected, ...]
    why: str | None = None
    xfail: str | None = None


def m(
    indicator: str,
    canonical: str | None,
    value: str | None = None,
    *,
    growth: str | None = None,
    progress: str | None = None,
    status: str = "actual",
    period: str | None = None,
    points: str | None = None,
    **extra: object,
) -> Expected:
    """An expected metric; ``extra`` names further attributes to check (year=2023 …)."""
    fields = tuple(sorted(extra.items()))
    return Expected(indicator, canonical, value, growth, progress, status, period, points, fields)


def case(sentence: str, *expected: Expected, xfail: str | None = None) -> Case:
    """A sentence and every metric in it, in order."""
    return Case(sentence, expected, xfail=xfail)


def nothing(sentence: str, why: str, xfail: str | None = None) -> Case:
    """A sentence with figures but no metric; ``why`` says why none is taken."""
    return Case(sentence, (), why=why, xfail=xfail)
