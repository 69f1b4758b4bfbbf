"""The report-level stage of metrics: the year each figure describes, and targets
statements that open one paragraph and list the targets in the next.

A figure's year comes from its own sentence (``2023年``, ``去年``, ``今后五年``, ``“十四五”
期间``, ``比2002年增长``), else from the paragraph before it, else from the headings above it
(``2023年工作回顾``, ``过去五年工作回顾``, ``今年主要任务``), else from what the report is:

- a government work report delivered in its title's year (the national and provincial
  ones, most townships') reviews the year before and sets targets for its own year; one
  delivered after its title's year (a township's ``2022年政府工作报告`` of January 2023)
  reviews its title's year and plans the next;
- a summary (工作总结, 总结和计划) reviews its title's year and plans the next, a
  half-year or quarterly one the rest of its year; a plan (工作计划) plans its own year.

``今年`` is the year a report is written in: a work report's planned year, a summary's
reviewed year, and the reviewed year of a report titled with it (a township's ``2023年政府
工作报告`` reviewing 2023, whose 今年全年预计 is 2023).  A figure over several years (a
five-year review, ``年均增长``) has ``years`` and no ``year``; an average over years the text
does not tell has neither.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

from govreport._compiled import compile_regex
from govreport._metrics._cues import YearCue, heading_years
from govreport._model import Item, Metadata, Metric, Report, Section, date_metric
from govreport.data import metric_words as words


class Dated(NamedTuple):
    """What a metric's draft says of its years, kept until the report's years are known:
    its sentence's year cue, the base year of its comparison (比2002年增长65.5%), and whether
    its change is a yearly average (年均增长)."""

    year: YearCue | None
    since: int | None
    average: bool


UNDATED = Dated(None, None, False)
"""The dates of a draft that states none (most): one shared record."""


def dated(year: YearCue | None, since: int | None, average: bool) -> Dated:
    """The :class:`Dated` record of a draft (:data:`UNDATED` where it states nothing)."""
    if year is None and since is None and not average:
        return UNDATED
    return Dated(year, since, average)


_TARGETS_OPENING = compile_regex(r"目标(?:是|为)\s*[:：]?\s*$|目标\s*[:：]\s*$")


class ReportYears:
    """The years a report reviews and plans, and the year it is written in (今年)."""

    review: int | None
    plan: int | None
    current: int | None

    __slots__ = ("current", "plan", "review")

    def __init__(self, review: int | None, plan: int | None, current: int | None) -> None:
        self.review = review
        self.plan = plan
        self.current = current

    def __repr__(self) -> str:
        return f"ReportYears(review={self.review}, plan={self.plan}, current={self.current})"

    def resolve(self, cue: YearCue) -> tuple[int, int] | None:
        """A cue's first and last calendar years, or ``None`` when the report's year is
        unknown."""
        if not cue.relative:
            return cue.first, cue.last
        if self.current is None:
            return None
        return self.current + cue.first, self.current + cue.last


def report_years(metadata: Metadata, sections: list[Section]) -> ReportYears:
    """The years of a report from its headings, else from its metadata (see the module).

    >>> from govreport._model import Metadata
    >>> report_years(Metadata(year=2024, doc_type="政府工作报告"), [])
    ReportYears(review=2023, plan=2024, current=2024)
    >>> report_years(Metadata(year=2023, doc_type="工作总结"), [])
    ReportYears(review=2023, plan=2024, current=2023)
    """
    return _report_years(metadata, sections, {})


def _report_years(
    metadata: Metadata, sections: list[Section], cues: Mapping[int, YearCue | None]
) -> ReportYears:
    """:func:`report_years`, with the year cues of the headings that ``cues`` holds (by the
    section's id) read there rather than again."""
    kind = metadata.doc_type or ""
    summary = "总结" in kind
    plan_only = "计划" in kind and not summary
    partial = (metadata.period or "annual") != "annual"
    step = 0 if partial else 1
    review = plan = None
    within_year = False
    for section in _walk(sections):
        key = id(section)
        cue = cues[key] if key in cues else heading_years(section.title)
        if cue is None or section.kind not in ("review", "plan", "targets"):
            continue
        if section.kind == "review":
            if cue.relative and cue.first == cue.last == 0:
                within_year = True  # 今年以来工作回顾: written in the year it reviews
            elif review is None and not cue.relative:
                review = cue.last
        elif plan is None and not cue.relative:
            plan = cue.first
    title = metadata.year
    if review is None and plan is None and title is not None:
        delivered = _year_of(metadata.delivered)
        if summary or within_year or (delivered is not None and delivered > title):
            review, plan = title, title + step
        elif plan_only:
            review, plan = title - step, title
        else:
            review, plan = title - 1, title
    if review is None and plan is not None:
        review = plan - step
    if plan is None and review is not None:
        plan = review + step
    # A report titled with the year it reviews (2023年政府工作报告 reviewing 2023) is
    # written in that year: its 今年 and 今年以来 are the review's.
    within_year = within_year or (title is not None and review == title)
    current = review if summary or within_year else plan
    return ReportYears(review, plan, current)


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _walk(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _walk(section.children)


def settle_metrics(report: Report, dates: Mapping[int, Dated]) -> None:
    """Give every metric of ``report`` its year(s), and the targets of a statement opened
    in the paragraph before (``主要预期目标是:`` alone) their status; ``dates`` maps
    ``id(metric)`` to the dates of the draft it was made from.  The metrics are those of a
    report being built, which nothing else holds yet: they are finished in place."""
    own = _own_heading_cues(report.sections)
    years = _report_years(report.metadata, report.sections, own)
    parents = _heading_cues(report.sections, own)
    before: Item | None = None  # the item before, when it has no metric
    for item in report.items():
        if not item.metrics:
            before = item
            continue
        carried = before is not None and _opens_targets(before)
        before = None
        for metric in item.metrics:
            stated = dates.get(id(metric))
            status = metric.status
            if status == "actual" and (carried or _planned(metric, stated, years)):
                status = "target"
            if stated is None:
                year, span = metric.year, metric.years
            else:
                section = metric.section
                heading = parents.get(id(section)) if section is not None else None
                year, span = metric_years(stated, status, heading, years)
            if (status, year, span) != (metric.status, metric.year, metric.years):
                date_metric(metric, status, year, span)


def _opens_targets(item: Item) -> bool:
    """Whether an item of no metric opens a targets statement (主要预期目标是:) that the
    next item lists."""
    text = item.text
    return "目标" in text and _TARGETS_OPENING.search(text) is not None  # 目标: in every one


def _planned(metric: Metric, draft: Dated | None, years: ReportYears) -> bool:
    """Whether a figure the words call actual is a target: in a targets section (“十二五”
    时期的主要目标), a budgeted figure (预算赤字), or of years ahead (今后五年…年均增长7.5%)."""
    if metric.section is not None and metric.section.kind == "targets":
        return True
    if any(word in metric.indicator for word in words.BUDGETED):
        return True
    cue = draft.year if draft is not None else None
    if cue is None or cue.first == cue.last:
        return False
    if cue.relative:
        return cue.first >= 0
    return years.plan is not None and cue.first >= years.plan


def _own_heading_cues(sections: list[Section]) -> dict[int, YearCue | None]:
    """Each section's year cue as its heading states it, by the section's id."""
    return {id(section): heading_years(section.title) for section in _walk(sections)}


def _heading_cues(
    sections: list[Section], own: Mapping[int, YearCue | None]
) -> dict[int, YearCue | None]:
    """Each section's year cue: its heading's (``own``), else its nearest ancestor's."""
    cues: dict[int, YearCue | None] = {}
    # A loop, not a nested recursive function (a reference cycle, freed only by the collector).
    stack: list[tuple[Section, YearCue | None]] = [(top, None) for top in reversed(sections)]
    while stack:
        section, inherited = stack.pop()
        cue = own[id(section)] or inherited
        cues[id(section)] = cue
        stack.extend((child, cue) for child in reversed(section.children))
    return cues


def metric_years(
    draft: Dated, status: str, heading: YearCue | None, years: ReportYears
) -> tuple[int | None, tuple[int, int] | None]:
    """A metric's ``year`` and ``years`` (see the module)."""
    cue = draft.year or heading
    if cue is not None:
        resolved = years.resolve(cue)
    else:
        default = years.plan if status == "target" else years.review
        resolved = (default, default) if default is not None else None
    if resolved is None:
        return None, None
    first, last = resolved
    if draft.since is not None and draft.since + 1 < last:
        first = draft.since + 1  # 比2002年增长65.5%: the years since the base
    if first == last:
        return (None, None) if draft.average else (first, None)
    return None, (first, last)
