"""The annotated HTML page of a report: where a person checks the extraction by looking.

:func:`render_html` turns one :class:`~govreport.Report` into a standalone page (inline
CSS, no network, no framework): the metadata on top, the outline beside the text, the whole text
in reading order with every heading, quantity and metric marked, page chrome greyed and set
apart, and a table of the metrics linking to each one's place in the text (a click on a
metric in the text goes back to its row: the page's only script, one line).
:func:`render_index` lists several reports' pages; :func:`page_name` is the file name each
page gets, so that the pages and the index agree.

The page is built from :meth:`Report.blocks` in order, each block's text escaped, so every
non-whitespace character of the report is on the page.  Labels that are not part of the
report (a heading's level, marker and detector; a chrome block's role) are drawn by CSS
from ``data-`` attributes, so that the text of the page's ``<article>`` is exactly the
report's blocks.  Hover text (``title``) gives a quantity's parsed value and unit and a
metric's reading.
"""

from __future__ import annotations

import functools
import heapq
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape
from pathlib import PurePath
from urllib.parse import quote

import attrs

from govreport._compiled import compile_re
from govreport._model import Block, Item, Metadata, Metric, Quantity, Report, Section, Span
from govreport._outline import METADATA_LABELS
from govreport.data import read_text

__all__ = ["page_name", "render_html", "render_index"]

# Headings found without a marker, or with a marker partly lost, are flagged on the page.
_FLAGGED = {"inferred": "inferred", "lost_marker": "recovered"}
_STATUSES = ("actual", "estimated", "target")
_METADATA_FIELDS = tuple(METADATA_LABELS.items())
_UNSAFE_NAME = compile_re(r"[^\w.-]+")
# Runs of blank lines (web-page leftovers) shown as one blank line: only whitespace changes.
# It starts at a line break only, so that a long run of spaces is scanned once.
_BLANK_LINES = compile_re(r"\n(?:[ \t\r\f\v\u3000\xa0]*\n)+")


# The only script: a click on a metric in the text goes to its row of the table.
_SCRIPT = (
    'document.addEventListener("click",function(e){var m=e.target.closest("[data-m]");'
    'if(m&&!e.target.closest("a"))location.hash="row-"+m.dataset.m;});'
)


@functools.cache
def _css() -> str:
    return read_text("report.css")


def render_html(report: Report, *, file: str | None = None, index: str | None = None) -> str:
    """The standalone HTML page of ``report`` (a ``str``; nothing is read or written).

    ``file`` is shown in the header when given (the file the report came from); ``index``,
    when given, is the address of an index page to link back to (e.g. ``"index.html"``).
    Time and size are linear in the report's text.  Raises ``TypeError`` when ``report`` is
    not a :class:`~govreport.Report`.
    """
    if not isinstance(report, Report):
        raise TypeError(f"render_html() expects report as Report, got {type(report).__name__}")
    sections = list(report.walk())
    metrics = report.metrics
    metric_ids = {id(metric): number for number, metric in enumerate(metrics)}
    section_ids = {id(section): number for number, section in enumerate(sections)}
    title = report.metadata.title or (PurePath(file).name if file else "report")

    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{_e(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n",
    ]
    out.extend(_header(report, sections, metrics, file, index))
    out.append('<div class="layout">\n')
    out.extend(_outline(sections, metrics))
    out.append('<main>\n<article class="doc" id="text">\n')
    out.extend(_body(report, sections, metric_ids))
    out.append("</article>\n")
    out.extend(_metric_table(metrics, section_ids))
    out.append(f"</main>\n</div>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(out)


def render_index(entries: Sequence[tuple[str, Report]]) -> str:
    """An ``index.html`` page listing reports, each row linking to its page.

    ``entries`` are ``(file, report)`` pairs in the order the pages were written; the page of
    the entry at position ``i`` is :func:`page_name` ``(i, file)``.  Columns: file, title,
    region, year, number of headings, number of metrics.
    """
    rows: list[str] = []
    for number, (file, report) in enumerate(entries):
        if not isinstance(report, Report):
            raise TypeError(
                f"render_index() expects (file, Report) pairs, got {type(report).__name__}"
            )
        meta = report.metadata
        href = quote(page_name(number, file))
        headings = sum(1 for _ in report.walk())
        rows.append(
            f'<tr><td class="num">{number + 1}</td>'
            f'<td><a href="{_e(href)}">{_e(str(file))}</a></td>'
            f"<td>{_e(meta.title or '')}</td><td>{_e(meta.region or '')}</td>"
            f'<td class="num">{_e(_text(meta.year))}</td>'
            f'<td class="num">{headings}</td>'
            f'<td class="num">{len(report.metrics)}</td></tr>\n'
        )
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>govreport: {len(rows)} reports</title>\n<style>\n{_css()}</style>\n",
            '</head>\n<body>\n<header class="top">\n',
            f'<h1>{len(rows)} reports</h1>\n</header>\n<main class="index">\n',
            '<table class="data">\n<thead><tr><th>#</th><th>file</th><th>title</th>'
            "<th>region</th><th>year</th><th>headings</th><th>metrics</th></tr></thead>\n"
            "<tbody>\n",
            *rows,
            "</tbody>\n</table>\n</main>\n</body>\n</html>\n",
        ]
    )


def page_name(index: int, file: str) -> str:
    """The file name of the page of the ``index``-th report (from 0), read from ``file``.

    The file's name without its directory and suffix, with characters unsafe in a file name
    replaced by ``_``, after the number: ``page_name(0, "scraped/南通镇.txt")`` →
    ``"0001_南通镇.html"``.  Distinct indexes give distinct names.
    """
    stem = _UNSAFE_NAME.sub("_", PurePath(str(file)).stem).strip("._")[:80] or "report"
    return f"{index + 1:04d}_{stem}.html"


# --- the header and the outline ------------------------------------------------------------


def _header(
    report: Report,
    sections: list[Section],
    metrics: list[Metric],
    file: str | None,
    index: str | None,
) -> Iterable[str]:
    meta = report.metadata
    yield '<header class="top">\n'
    if index is not None:
        yield f'<a class="back" href="{_e(index)}">all reports</a>\n'
    yield f"<h1>{_e(meta.title or '(no title found)')}</h1>\n"
    if file is not None:
        yield f'<p class="file">{_e(file)}</p>\n'
    yield '<dl class="meta">\n'
    for field, label in _METADATA_FIELDS:
        value = getattr(meta, field)
        if value is not None and field != "title":
            yield f"<div><dt>{label}</dt><dd>{_e(str(value))}</dd></div>\n"
    yield from _division(meta)
    yield "</dl>\n"
    statuses = defaultdict(int, dict.fromkeys(_STATUSES, 0))
    for metric in metrics:
        statuses[metric.status] += 1
    flagged = sum(1 for section in sections if section.detector in _FLAGGED)
    start, end = report.span
    yield (
        '<p class="counts">'
        f"{end - start:,} characters · {len(sections)} headings"
        f" ({flagged} inferred or recovered) · {sum(1 for _ in report.items())} paragraphs · "
        f"{len(report.quantities)} quantities · "
        f'<a href="#metrics">{len(metrics)} metrics</a> ('
        + ", ".join(
            f'<span class="metric st-{_e(status)}">{count} {_e(status)}</span>'
            for status, count in statuses.items()
        )
        + f") · {len(report.chrome)} chrome blocks</p>\n"
    )
    yield (
        '<p class="legend">'
        '<span class="qty" title="a quantity: hover for its value">quantity</span> '
        '<span class="metric st-actual">actual</span> '
        '<span class="metric st-estimated">estimated</span> '
        '<span class="metric st-target">target</span> '
        '<span class="flag">inferred</span> <span class="flag">recovered</span> '
        '<b title="a point\'s own short title">lead</b> '
        '<span class="chrome-key">page chrome</span></p>\n'
    )
    yield "</header>\n"


def _division(meta: Metadata) -> Iterable[str]:
    if meta.division is not None:
        division = meta.division
        path = " › ".join(division.path) or division.name
        yield (
            f"<div><dt>division</dt><dd>{_e(path)} ({_e(division.level)}, "
            f"{_e(division.code)})</dd></div>\n"
        )
    elif meta.division_candidates:
        names = "; ".join(
            f"{' › '.join(d.path) or d.name} ({d.code})" for d in meta.division_candidates
        )
        yield f"<div><dt>division?</dt><dd>{_e(names)}</dd></div>\n"


def _outline(sections: list[Section], metrics: list[Metric]) -> Iterable[str]:
    yield '<nav class="outline">\n<h2>Outline</h2>\n<ol>\n'
    yield '<li class="lvl-1"><a href="#text">(top of the text)</a></li>\n'
    for number, section in enumerate(sections):
        flag = _FLAGGED.get(section.detector)
        mark = f' <span class="flag">{flag}</span>' if flag else ""
        marker = f'<span class="marker">{_e(section.marker)}</span>' if section.marker else ""
        yield (
            f'<li class="lvl-{min(section.level, 6)}"><a href="#s-{number}" '
            f'title="{_e(_heading_note(section))}">{marker}{_e(section.title)}</a>{mark}</li>\n'
        )
    yield f'<li class="lvl-1"><a href="#metrics">Metrics ({len(metrics)})</a></li>\n'
    yield "</ol>\n</nav>\n"


def _heading_note(section: Section) -> str:
    parts = [
        f"level {section.level}",
        f"marker {section.marker}" if section.marker else "no marker",
        f"detector {section.detector}",
    ]
    if section.number is not None:
        parts.append(f"number {section.number}")
    if section.kind:
        parts.append(f"kind {section.kind}")
    return " · ".join(parts)


# --- the text -------------------------------------------------------------------------------


@attrs.frozen
class _Mark:
    """One span to wrap in the text: a metric or a quantity."""

    start: int
    end: int
    rank: int  # 0 = metric (outer), 1 = quantity, at equal spans
    opening: str  # the start tag without its closing ">"
    metric: int = -1  # the metric's number: its first piece on the page carries the anchor


def _body(report: Report, sections: list[Section], metric_ids: dict[int, int]) -> Iterable[str]:
    text = report.text
    headings: dict[Span, deque[tuple[int, Section]]] = defaultdict(deque)
    for number, section in enumerate(sections):
        headings[section.span].append((number, section))
    marks: dict[Span, deque[tuple[str, list[_Mark]]]] = defaultdict(deque)
    for item in report.items():
        tag = _paragraph(item)
        for piece, (span, item_marks) in enumerate(_item_marks(text, item, metric_ids)):
            # A paragraph that page chrome interrupts goes on after it, unindented.
            marks[span].append(
                (tag if piece == 0 else tag.replace('"item"', '"item cont"'), item_marks)
            )
    opened = set[int]()  # metrics whose anchor is already on the page
    for block in report.blocks():
        if block.kind == "heading" and headings.get(block.span):
            number, section = headings[block.span].popleft()
            yield _heading(block, number, section)
        elif block.kind == "item":
            tag, pieces = marks[block.span].popleft() if marks.get(block.span) else _PLAIN
            yield tag
            yield from _marked(text, block.span, pieces, opened)
            yield "</p>\n"
        elif block.kind == "chrome":
            role = block.role or "chrome"
            yield f'<div class="chrome" data-role="{_e(role)}" title="page chrome: {_e(role)}">'
            yield f"{_show(block.text)}</div>\n"
        else:
            role = block.role or block.kind
            yield f'<p class="front role-{_e(role)}" data-role="{_e(role)}">'
            yield f"{_show(block.text)}</p>\n"


_PLAIN: tuple[str, list[_Mark]] = ('<p class="item">', [])


def _paragraph(item: Item) -> str:
    """The start tag of an item's paragraph: its kind and lead, when it has them, on hover."""
    if item.kind is None and item.lead is None:
        return '<p class="item">'
    notes = [f"paragraph kind {item.kind}"] if item.kind else []
    if item.lead:
        notes.append(f"lead {item.lead}")
    kind = f' data-kind="{_e(item.kind)}"' if item.kind else ""
    return f'<p class="item"{kind} title="{_e(" · ".join(notes))}">'


def _heading(block: Block, number: int, section: Section) -> str:
    level = min(section.level, 5)
    flag = _FLAGGED.get(section.detector)
    badge = f"H{section.level} · {section.marker or '∅'} · {section.detector}"
    if section.kind:
        badge += f" · {section.kind}"
    classes = f"heading lvl-{level}" + (f" flagged {flag}" if flag else "")
    flag_attr = f' data-flag="{flag}"' if flag else ""
    return (
        f'<h{level + 1} id="s-{number}" class="{classes}" data-badge="{_e(badge)}"{flag_attr} '
        f'title="{_e(_heading_note(section))}">{_show(block.text)}</h{level + 1}>\n'
    )


def _item_marks(
    text: str, item: Item, metric_ids: dict[int, int]
) -> list[tuple[Span, list[_Mark]]]:
    """The item's leaf spans, each with the marks that fall in it (clipped to it)."""
    segments = list(item.segments or (item.span,))
    found: list[_Mark] = []
    if item.lead:  # the lead as written, near the start (after a dash or 一是 …)
        start = segments[0][0]
        at = text.find(item.lead, start, min(start + len(item.lead) + 8, segments[0][1]))
        if at >= 0:
            found.append(_Mark(at, at + len(item.lead), 0, '<span class="lead"'))
    quantity_spans = set()
    for quantity in item.quantities:
        quantity_spans.add(quantity.span)
        found.append(_quantity_mark(quantity))
    for metric in item.metrics:
        for figure in (metric.value, metric.change, metric.increase):
            if figure is not None and figure.span not in quantity_spans:
                quantity_spans.add(figure.span)
                found.append(_quantity_mark(figure))
        found.append(_metric_mark(metric, metric_ids.get(id(metric), -1)))
    per_segment: list[list[_Mark]] = [[] for _ in segments]
    starts = [start for start, _ in segments]
    for mark in found:
        at = max(bisect_right(starts, mark.start) - 1, 0)
        while at < len(segments) and segments[at][0] < max(mark.end, mark.start + 1):
            seg_start, seg_end = segments[at]
            start, end = max(mark.start, seg_start), min(mark.end, seg_end)
            if start < end:
                per_segment[at].append(attrs.evolve(mark, start=start, end=end))
            at += 1
    return list(zip(segments, per_segment, strict=True))


def _quantity_mark(quantity: Quantity) -> _Mark:
    note = f"{_number(quantity.value)}"
    if quantity.high is not None:
        note += f" – {_number(quantity.high)}"
    note += f" {quantity.unit}" if quantity.unit else " (no unit)"
    note += f" · {quantity.kind}"
    if quantity.approx:
        note += f" · {quantity.approx}"
    return _Mark(
        quantity.span[0],
        quantity.span[1],
        1,
        f'<span class="qty q-{_e(quantity.kind)}" title="{_e(note)}"',
    )


def _metric_mark(metric: Metric, number: int) -> _Mark:
    status = metric.status if metric.status in _STATUSES else "other"
    return _Mark(
        metric.span[0],
        metric.span[1],
        0,
        f'<span class="metric st-{status}" data-m="{number}" title="{_e(_metric_note(metric))}"',
        metric=number,
    )


def _metric_note(metric: Metric) -> str:
    parts = [
        metric.indicator + (f" → {metric.canonical}" if metric.canonical else ""),
        metric.status,
    ]
    if metric.period:
        parts.append(metric.period)
    year = _year(metric)
    if year:
        parts.append(year)
    if metric.value is not None:
        parts.append(f"value {_figure(metric.value)}")
    if metric.growth is not None:
        parts.append(f"growth {_growth(metric)}")
    if metric.points is not None:
        parts.append(f"{_signed(metric.points)} points")
    if metric.increase is not None:
        parts.append(f"change {_figure(metric.increase)}")
    if metric.progress is not None:
        parts.append(f"{_number(metric.progress)}% of plan")
    if metric.bound:
        parts.append(metric.bound)
    if metric.scope:
        parts.append(f"scope {metric.scope}")
    return " · ".join(parts)


def _marked(text: str, span: Span, marks: list[_Mark], opened: set[int]) -> Iterable[str]:
    """``text[span]`` escaped, with ``marks`` wrapped around their spans.

    Marks that cross an outer one are split at its end and go on after it (without the
    anchor), so the tags always nest.
    """
    pos, end = span
    queue = [(mark.start, -mark.end, mark.rank, order, mark) for order, mark in enumerate(marks)]
    heapq.heapify(queue)
    order = len(queue)
    stack: list[int] = []  # ends of the open marks, outermost first
    while queue or stack:
        next_start = queue[0][0] if queue else end
        if stack and stack[-1] <= next_start:
            yield _show(text[pos : stack[-1]])
            pos = stack.pop()
            yield "</span>"
            continue
        start, negative_end, rank, _, mark = heapq.heappop(queue)
        stop = -negative_end
        if stack and stop > stack[-1]:
            rest = attrs.evolve(mark, start=stack[-1], end=stop)
            heapq.heappush(queue, (stack[-1], -stop, rank, order, rest))
            order += 1
            stop = stack[-1]
        start = max(start, pos)
        if stop <= start:
            continue
        yield _show(text[pos:start])
        pos = start
        if mark.metric >= 0 and mark.metric not in opened:
            opened.add(mark.metric)
            yield f'{mark.opening} id="m-{mark.metric}">'
        else:
            yield mark.opening + ">"
        stack.append(stop)
    yield _show(text[pos:end])


# --- the metrics table ----------------------------------------------------------------------


def _metric_table(metrics: list[Metric], section_ids: dict[int, int]) -> Iterable[str]:
    yield f'<section class="metrics" id="metrics">\n<h2>Metrics ({len(metrics)})</h2>\n'
    if not metrics:
        yield "<p>No metrics found.</p>\n</section>\n"
        return
    yield (
        '<table class="data">\n<thead><tr><th>#</th><th>indicator</th><th>canonical</th>'
        "<th>value</th><th>growth</th><th>status</th><th>period</th><th>year</th>"
        "<th>section</th></tr></thead>\n<tbody>\n"
    )
    for number, metric in enumerate(metrics):
        status = metric.status if metric.status in _STATUSES else "other"
        value = ""
        if metric.value is not None:
            value = f'<span title="{_e(_figure(metric.value))}">{_e(metric.value.text)}</span>'
        section = metric.section
        where = ""
        if section is not None and id(section) in section_ids:
            where = (
                f'<a href="#s-{section_ids[id(section)]}">'
                f"{_e((section.marker or '') + section.title)}</a>"
            )
        yield (
            f'<tr id="row-{number}"><td class="num"><a href="#m-{number}">{number + 1}</a></td>'
            f'<td><a href="#m-{number}" title="{_e(metric.text)}">{_e(metric.indicator)}</a></td>'
            f"<td><code>{_e(metric.canonical or '')}</code></td>"
            f'<td class="num">{value}</td><td class="num">{_e(_growth(metric))}</td>'
            f'<td><span class="metric st-{status}">{_e(metric.status)}</span></td>'
            f'<td>{_e(metric.period or "")}</td><td class="num">{_e(_year(metric))}</td>'
            f"<td>{where}</td></tr>\n"
        )
    yield "</tbody>\n</table>\n</section>\n"


# --- small formatting helpers ---------------------------------------------------------------


def _e(value: str) -> str:
    return escape(value, quote=True)


def _show(text: str) -> str:
    return escape(_BLANK_LINES.sub("\n\n", text), quote=False)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _number(value: Decimal) -> str:
    if not value.is_finite() or abs(value.adjusted()) > 30:
        return str(value)
    shown = format(value, ",f")
    if "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    return shown


def _signed(value: Decimal) -> str:
    shown = _number(value)
    return shown if shown.startswith("-") else "+" + shown


def _figure(quantity: Quantity) -> str:
    shown = _number(quantity.value)
    if quantity.high is not None:
        shown += f"–{_number(quantity.high)}"
    return shown + (f" {quantity.unit}" if quantity.unit else "")


def _growth(metric: Metric) -> str:
    if metric.growth is None:
        return ""
    shown = _signed(metric.growth)
    if metric.growth_high is not None:
        shown += f"–{_number(metric.growth_high)}"
    return shown + "%"


def _year(metric: Metric) -> str:
    if metric.year is not None:
        return str(metric.year)
    if metric.years is not None:
        return f"{metric.years[0]}–{metric.years[1]}"
    return ""
