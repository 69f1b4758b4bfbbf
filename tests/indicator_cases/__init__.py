"""The headline indicators of real report pages and provincial reports, read by hand.

For each document of ``../shared/corpus/pages`` and ``../shared/corpus/provincial``: the
paragraphs where it states its headline figures (the review's overview of the year, the
main targets for the year ahead), and every figure of a canonical indicator
(``govreport/data/indicators.csv``) in them that measures the government's territory, with
its status and the year it describes.  ``pages.PAGES`` and ``provincial.PROVINCIAL`` map a
file stem to its :class:`Doc`; the validation split is that of ``page_cases``.
"""

from __future__ import annotations

from typing import NamedTuple


class R(NamedTuple):
    """One figure as the text states it."""

    canonical: str
    """The indicator's id in ``indicators.csv``."""
    status: str
    """``actual``, ``estimated`` (预计) or ``target``."""
    year: int | None
    """The year the figure describes (``None`` where the text does not decide)."""
    value: str | None = None
    """The level as written, number and unit (``41.1亿元``, ``5.2万元``), or ``None``."""
    growth: str | None = None
    """The change in percent (``5.5``; ``-17`` for a fall), or ``None``."""
    growth_high: str | None = None
    """The top of a range target (``6.5%－7%`` → growth ``6.5``, high ``7``)."""
    bound: str | None = None
    """``about`` (左右), ``at_least`` (以上, 不低于), ``at_most`` (以内, 不超过), or ``None``."""


class Doc(NamedTuple):
    """What a careful reader finds in a document's headline paragraphs."""

    paragraphs: tuple[str, ...]
    """The first characters (10–20, exactly as in the file) of each paragraph annotated."""
    rows: tuple[R, ...]
    """Every canonical figure of those paragraphs, in order."""
    note: str = ""
    """Anything unusual (no headline paragraph, a figure left out and why)."""
