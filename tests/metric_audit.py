"""An audit of metric rows: paragraphs of 19 documents of the corpus (the five seeds, six
national reports, five provincial ones, three pages), every row the library returns for
each, judged against the text.

A row is ``right`` when every attribute shown is what the text says (name with its subject,
canonical id or none, level, growth, status, period, year, bound, scope); ``wrong`` says
what is not; ``none`` marks a row that is no indicator of the government's territory and is
not marked as such (a firm's revenue).  :func:`score` prints strict precision (right / all)
overall, on rows with a canonical id, and per document.  ``tests/test_metric_audit.py``
checks that the library still returns exactly these rows, so that a change to the reader
asks for the rows to be judged again.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import NamedTuple

import govreport

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"


class J(NamedTuple):
    """One row as the library returns it (see :func:`describe`), and its judgement."""

    row: str
    verdict: str = "right"  # right | wrong | none
    why: str = ""


class Paragraph(NamedTuple):
    source: str  # relative to the corpus
    opening: str  # the paragraph's first characters; it runs to the end of its line
    rows: list[J]
    length: int | None = None  # or this many characters, for a file of one line


def describe(metric: govreport.Metric) -> str:
    """A metric's attributes as one line, the form the audit judges."""
    value = metric.value.text if metric.value else None
    growth = None if metric.growth is None else format(metric.growth, "f")
    high = None if metric.growth_high is None else format(metric.growth_high, "f")
    increase = metric.increase.text if metric.increase else None
    parts = [
        metric.indicator, metric.canonical, value, growth, high, increase, metric.status,
        metric.period, metric.year, metric.years, metric.bound, metric.scope,
    ]  # fmt: skip
    return " | ".join("-" if part is None else str(part) for part in parts)


def text_of(source: str) -> str:
    text = (CORPUS / source).read_text(encoding="utf-8")
    if source.startswith("pages/"):  # line 1 is the page's address, not its text
        text = text.split("\n", 1)[1]
    return text


@cache
def _metrics(source: str) -> tuple[str, tuple[govreport.Metric, ...]]:
    text = text_of(source)
    return text, tuple(m for report in govreport.parse_reports(text) for m in report.metrics)


def returned(paragraph: Paragraph) -> list[str]:
    """The rows the library returns for the paragraph now."""
    text, metrics = _metrics(paragraph.source)
    start = text.find(paragraph.opening)
    if start < 0:
        raise LookupError(f"not in {paragraph.source}: {paragraph.opening}")
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if paragraph.length is not None:
        end = min(end, start + paragraph.length)
    return [describe(m) for m in metrics if start <= m.span[0] < end]


def precision(rows: list[J]) -> float:
    return sum(row.verdict == "right" for row in rows) / len(rows) if rows else 0.0


def _canonical(row: J) -> bool:
    return row.row.split(" | ")[1] != "-"


def score() -> list[str]:
    """Lines reporting the audit's figures."""
    rows = [row for paragraph in PARAGRAPHS for row in paragraph.rows]
    with_id = [row for row in rows if _canonical(row)]
    verdicts = Counter(row.verdict for row in rows)
    documents = sorted({p.source for p in PARAGRAPHS})
    lines = [
        f"metric audit: {len(rows)} rows from {len(documents)} documents "
        f"({verdicts['right']} right, {verdicts['wrong']} wrong, "
        f"{verdicts['none']} not an indicator)",
        f"strict precision, all rows:          {precision(rows):.3f}",
        f"strict precision, rows with an id:   {precision(with_id):.3f} ({len(with_id)} rows)",
    ]
    for source in documents:
        judged = [row for p in PARAGRAPHS if p.source == source for row in p.rows]
        lines.append(f"  {source:34s} {len(judged):4d} rows  {precision(judged):.3f}")
    return lines


from metric_audit_rows import PARAGRAPHS  # noqa: E402  (the judged rows, generated once)
