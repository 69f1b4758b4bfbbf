"""Attention measures: how often a report uses the terms of a lexicon, part by part.

The literature measures a government's attention to a topic (environment, digital economy,
public services …) as the frequency of the topic's terms in its work report.
:func:`attention` gives those counts per report × section kind × measure, with the
denominator beside them, so that a study can say "in the plan part" rather than "anywhere
on the page".

Rules, also in ``docs/panel.md``:

- **Reading text.** Headings (without their markers: ``一、``, ``（三）``) and items, as
  :attr:`Item.text` reads them (a line break inside a sentence removed); never page chrome
  or the title lines.  The denominator ``chars`` counts the Chinese characters
  (``\\p{Han}``) of that text.
- **Parts.** An item belongs to the part its paragraph kind names (``targets``,
  ``problems``), else to the kind of its nearest section that has one (``review``,
  ``plan`` …), else to ``other``; items before the first heading are ``preamble``.  A
  heading belongs to its own section's part.  Every report also has the part ``all``.
- **Overlaps.** Within one measure, terms are matched leftmost first and, at one place, the
  longest term first, without overlaps: with ``生态环境`` and ``环境保护`` in one lexicon,
  ``生态环境保护`` counts once (as ``生态环境``), and with ``生态环境保护`` itself in the
  lexicon, once as that.  Measures are counted independently.
- ``rate`` is ``count`` per 10,000 Chinese characters of the part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import regex

from govreport._compiled import compile_regex
from govreport._model import Report, Section

ATTENTION_COLUMNS = (
    "report",
    "title",
    "region",
    "year",
    "part",
    "measure",
    "count",
    "chars",
    "rate",
)
"""The columns of an attention row, in order."""

PER = 10_000
"""``rate`` is the count per this many Chinese characters."""

_HAN = compile_regex(r"\p{Han}")


def attention(
    reports: Iterable[Report], lexicons: Mapping[str, Sequence[str]]
) -> list[dict[str, Any]]:
    """Term counts of every measure in every part of every report.

    ``lexicons`` maps a measure's name to its terms.  One row per report × part × measure
    (parts in document order of first appearance, then ``all``); see
    :data:`ATTENTION_COLUMNS` and the module's rules.

    >>> import govreport
    >>> text = "一、工作回顾\\n生态环境保护成效明显。\\n二、工作安排\\n加强环境保护。"
    >>> rows = attention([govreport.parse_report(text)], {"environment": ["生态环境", "环境保护"]})
    >>> [(row["part"], row["count"], row["chars"]) for row in rows]
    [('review', 1, 14), ('plan', 1, 10), ('all', 2, 24)]
    """
    patterns = _patterns(lexicons)
    if isinstance(reports, Report):
        raise TypeError("attention() expects an iterable of Report objects, got one Report")
    rows: list[dict[str, Any]] = []
    for index, report in enumerate(reports):
        if not isinstance(report, Report):
            raise TypeError(f"attention() expects Report objects, got {type(report).__name__}")
        parts: dict[str, list[str]] = {}
        for part, text in _reading_text(report):
            parts.setdefault(part, []).append(text)
        parts["all"] = [text for part in list(parts) for text in parts[part]]
        metadata = report.metadata
        for part, texts in parts.items():
            text = "\n".join(texts)
            chars = len(_HAN.findall(text))
            for measure, pattern in patterns.items():
                count = sum(1 for _ in pattern.finditer(text)) if pattern else 0
                rows.append(
                    {
                        "report": index,
                        "title": metadata.title,
                        "region": metadata.region,
                        "year": metadata.year,
                        "part": part,
                        "measure": measure,
                        "count": count,
                        "chars": chars,
                        "rate": _rate(count, chars),
                    }
                )
    return rows


def _patterns(lexicons: Mapping[str, Sequence[str]]) -> dict[str, regex.Pattern[str] | None]:
    if not isinstance(lexicons, Mapping):
        raise TypeError("lexicons must map a measure name to a list of terms")
    patterns: dict[str, regex.Pattern[str] | None] = {}
    for measure, terms in lexicons.items():
        if isinstance(terms, str) or not all(isinstance(term, str) for term in terms):
            raise TypeError(f"the terms of {measure!r} must be a list of strings")
        words = sorted({term for term in terms if term}, key=len, reverse=True)
        patterns[measure] = compile_regex("|".join(map(regex.escape, words))) if words else None
    return patterns


def _reading_text(report: Report) -> Iterable[tuple[str, str]]:
    for item in report.preamble:
        yield "preamble", item.text
    for section in report.sections:
        yield from _section_text(section, None)


def _section_text(section: Section, inherited: str | None) -> Iterable[tuple[str, str]]:
    kind = section.kind or inherited
    yield kind or "other", section.title
    for item in section.items:
        yield item.kind if item.kind in ("targets", "problems") else kind or "other", item.text
    for child in section.children:
        yield from _section_text(child, kind)


def _rate(count: int, chars: int) -> str | None:
    if not chars:
        return None
    return format((Decimal(count) * PER / chars).quantize(Decimal("0.0001")), "f")
