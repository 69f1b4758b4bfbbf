"""The parser: text in, :class:`~govreport.Report` out.

:class:`ReportParser` owns every configurable part (heading detectors, chrome rules, the
quantity extractor, the indicator table); :func:`parse_report`, :func:`parse_reports` and
:func:`~govreport.extract_metrics` use a default one.  A report is read in these
stages, each a call in :meth:`ReportParser._parse_part`, each owned by its module:

1. :func:`~govreport._normalize.normalize`: a normalised copy for matching, with an offset
   map; soft line breaks are joined, never before a line the detectors open;
2. :func:`~govreport._split.report_ranges`: where each report of the text begins;
3. :func:`~govreport._chrome.split_at_tags`, :func:`~govreport._chrome.split_at_junk` and
   :func:`~govreport._chrome.line_markup`: raw HTML tags, a site's junk tokens and markup at
   a line's ends (``## …``, ``**…**``, bullets, emoji) cut the lines and are set aside;
   :func:`~govreport._chrome.chrome_lines`: page chrome lines and the footer are set aside;
4. :func:`~govreport._front.read_front`: title, subtitle and speaker lines, then
   :func:`~govreport._contents.table_of_contents`: a table of contents is set aside;
5. :func:`~govreport._segment.segment_body`: the detectors find headings (also inside lines);
   the body becomes a flat run of headings and paragraphs (inline adverts set aside);
6. :func:`~govreport._tree.place_headings` and :func:`~govreport._tree.build_tree`: numbering
   decides nesting, gaps and lost markers;
7. :func:`~govreport._items.draft_items`: paragraphs become items (points, lead sentences);
8. :func:`~govreport._kinds.settle_kinds`: what each section and item is (review, plan,
   targets, problems, closing);
9. :func:`~govreport._metadata.read_metadata`: government, year, dates, speaker, type
   (from the drafts, as the items will read);
10. :func:`~govreport._figures.read_figures`: each item's quantities and metrics;
11. :class:`~govreport._assemble.Assembler`: sections and items with the caller's offsets;
12. :meth:`~govreport._assemble.Assembler.report`: the :class:`Report` (zero-width
    characters that no block holds become chrome, so nothing is lost);
13. :func:`~govreport._metrics.settle_metrics`: the year each figure describes, and the
    targets of a statement opened in the paragraph before.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

from govreport._args import ensure_instances, ensure_text
from govreport._assemble import Assembler, metadata_sources
from govreport._chrome import (
    DEFAULT_CHROME,
    ChromeRules,
    chrome_lines,
    line_end_junk,
    line_markup,
    split_at_junk,
    split_at_tags,
)
from govreport._contents import table_of_contents
from govreport._detectors import DEFAULT_DETECTORS, DEFAULT_SET, DetectorSet, SectionDetector
from govreport._divisions import DivisionTable, settle_division
from govreport._figures import read_figures
from govreport._front import read_front
from govreport._gc import paused_gc
from govreport._indicators import IndicatorTable, lookup_of
from govreport._items import draft_items
from govreport._kinds import names_part, settle_kinds
from govreport._metadata import read_metadata
from govreport._metrics import settle_metrics
from govreport._model import Indicator, Metric, Report, Span
from govreport._normalize import NormalizedText, normalize, simplified
from govreport._quantities import QuantityExtractor
from govreport._segment import appendix_start, segment_body
from govreport._split import LINE, report_ranges
from govreport._tree import build_tree, place_headings

__all__ = ["ReportParser", "parse_report", "parse_reports"]


class ReportParser:
    """One configuration of the whole parser.

    ``detectors`` are the heading detectors (default :data:`DEFAULT_DETECTORS`; an empty
    list means no headings at all); every stage that asks whether a line is a heading asks
    them.  ``chrome`` are the page-chrome rules; ``quantities`` the
    :class:`~govreport.QuantityExtractor` behind ``Item.quantities`` and the metrics;
    ``indicators`` an :class:`~govreport.IndicatorTable`, or a mapping of more
    aliases to indicator ids, or indicators of your own; ``divisions`` a
    :class:`~govreport.DivisionTable` for :attr:`Metadata.division` (default: the
    Ministry of Civil Affairs table when ``govreport[divisions]`` is installed).
    Everything is compiled once: make one parser and reuse it.

    >>> parser = ReportParser()
    >>> report = parser.parse("一、工作回顾\\n项目攻坚扎实推进。完成投资16亿元。")
    >>> [(section.marker, section.title) for section in report.sections]
    [('一、', '工作回顾')]
    >>> [s.title for s in ReportParser(detectors=[]).parse("一、工作回顾\\n正文。").sections]
    []
    """

    def __init__(
        self,
        *,
        detectors: Sequence[SectionDetector] | None = None,
        chrome: ChromeRules | None = None,
        quantities: QuantityExtractor | None = None,
        indicators: IndicatorTable | Mapping[str, str] | Iterable[Indicator] | None = None,
        divisions: DivisionTable | None = None,
    ) -> None:
        if detectors is not None:
            ensure_instances(detectors, SectionDetector, "ReportParser", "detectors")
        self.detectors: list[SectionDetector] = list(
            DEFAULT_DETECTORS if detectors is None else detectors
        )
        self.detector_set = DEFAULT_SET if detectors is None else DetectorSet(self.detectors)
        self.chrome = DEFAULT_CHROME if chrome is None else chrome
        self._quantities = quantities
        self.indicators = _indicator_table(indicators)
        self.divisions = divisions

    @property
    def quantities(self) -> QuantityExtractor:
        """The quantity extractor (the default one is compiled on first use)."""
        if self._quantities is None:
            from govreport._quantities import default_extractor  # noqa: PLC0415 (compiled on use)

            self._quantities = default_extractor()
        return self._quantities

    def __repr__(self) -> str:
        return f"ReportParser(detectors={self.detectors!r})"

    def parse(self, text: str) -> Report:
        """Parse one report.  Any ``str`` gives a :class:`Report`, possibly empty; anything
        else raises ``TypeError``."""
        ensure_text(text, "parse_report")
        with paused_gc():
            norm = normalize(text, self.detector_set)
            return self._parse_part(norm, (0, len(norm.text)))

    def parse_all(self, text: str) -> list[Report]:
        """Parse a text that may hold several reports pasted one after another.

        Each :class:`Report` keeps the whole ``text`` (spans index into it) and covers its
        own part, ``report.span``.  A text holding one report gives a list of one.
        """
        ensure_text(text, "parse_reports")
        with paused_gc():
            norm = normalize(text, self.detector_set)
            parts = report_ranges(norm.text, self.detector_set, self.chrome)
            return [self._parse_part(norm, part) for part in parts]

    def metrics(self, text: str) -> list[Metric]:
        """Every metric in ``text``, in document order (see :func:`extract_metrics`)."""
        from govreport._metrics import extract_metrics  # noqa: PLC0415 (only here)

        return extract_metrics(text, extractor=self.quantities, indicators=self.indicators)

    def _parse_part(self, norm: NormalizedText, part: Span) -> Report:
        # The structure is read in simplified script, as every rule and word list is written
        # (same offsets); the figures are read in the text as written, and read traditional
        # script themselves.
        text = simplified(norm.text)
        lines, tags = split_at_tags(text, [match.span() for match in LINE.finditer(text, *part)])
        lines = split_at_junk(text, lines, norm.junk)
        lines, markup = line_markup(text, lines)
        page = chrome_lines(text, lines, self.chrome, norm.junk)
        tags, markup = page.outside_footer(tags), page.outside_footer(markup)
        lines, chrome_indexes, junk = line_end_junk(
            text, lines[: page.body_end], page.lines, norm.junk
        )
        front = read_front(text, lines, set(chrome_indexes), self.detector_set)
        body, contents = table_of_contents(
            text, front.body(lines, chrome_indexes), self.detector_set
        )
        appendix = appendix_start(text, lines, body[0][0]) if body else None
        units, inline_chrome = segment_body(text, body, self.detector_set, self.chrome, appendix)
        placements = place_headings(
            units, text, part_like=functools.partial(_names_a_part, self.detector_set, text)
        )
        preamble, roots = build_tree(units, placements)
        del lines, body, units, placements  # for peak memory, as what follows
        drafts = draft_items(text, preamble, roots)  # takes the sections' paragraphs
        del preamble
        kinds = settle_kinds(text, drafts, roots)
        assembler = Assembler(norm, part, self.indicators)
        chrome = [
            assembler.block("chrome", span, role)
            for span, role in [*tags, *markup, *page.found, *junk]
        ]
        chrome.extend(assembler.block("chrome", span, "page_header") for span in front.page_headers)
        chrome.extend(assembler.block("chrome", span, "contents") for span in contents)
        chrome.extend(assembler.block("chrome", span, role) for span, role in inline_chrome)
        title_lines = [assembler.block("title", span, role) for span, role in front.lines]
        del tags, markup, page, junk, front, contents, inline_chrome  # now blocks: peak memory
        # The metadata is read before the figures are: its whole body is a copy of the text.
        metadata = read_metadata(
            metadata_sources(title_lines, chrome, drafts, roots, kinds, norm, part)
        )
        metadata = settle_division(metadata, text[part[0] : part[1]], self.divisions)
        del text  # the simplified copy, when the text holds traditional script: peak memory

        lookup = lookup_of(self.indicators)
        figures = read_figures(norm.text, part, drafts, roots, kinds, self.quantities, lookup)
        preamble_items = [
            assembler.item(draft, figures.pop(id(draft))) for draft in drafts.preamble
        ]
        drafts.preamble.clear()  # each draft goes as its item is made, for peak memory
        sections = assembler.sections(roots, drafts, kinds, figures)
        del roots, drafts, figures
        report = assembler.report(metadata, title_lines, preamble_items, sections, chrome)
        settle_metrics(report, assembler.metric_dates)
        return report


def _names_a_part(detectors: DetectorSet, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a part of a report: an unnumbered part's line, or a
    title in a part's words (``存在的问题``)."""
    return detectors.part_line(text, start, end) or names_part(text[start:end])


def _indicator_table(
    indicators: IndicatorTable | Mapping[str, str] | Iterable[Indicator] | None,
) -> IndicatorTable | None:
    if indicators is None or isinstance(indicators, IndicatorTable):
        return indicators
    if isinstance(indicators, Mapping):
        return IndicatorTable(aliases=indicators)
    return IndicatorTable(indicators)


_DEFAULT: ReportParser | None = None


def default_parser() -> ReportParser:
    """The parser behind :func:`parse_report` and :func:`parse_reports`."""
    global _DEFAULT  # noqa: PLW0603 (made on first use)
    if _DEFAULT is None:
        _DEFAULT = ReportParser()
    return _DEFAULT


def _parser(
    detectors: Sequence[SectionDetector] | None, chrome: ChromeRules | None
) -> ReportParser:
    if detectors is None and chrome is None:
        return default_parser()
    return ReportParser(detectors=detectors, chrome=chrome)


def parse_report(
    text: str,
    *,
    detectors: Sequence[SectionDetector] | None = None,
    chrome: ChromeRules | None = None,
) -> Report:
    """Parse one report (with :class:`ReportParser`'s defaults, or these parts).

    ``detectors`` replaces the heading detectors (default :data:`DEFAULT_DETECTORS`; ``[]``
    finds no headings); ``chrome`` the page-chrome rules.  Any ``str`` gives a
    :class:`Report`, possibly empty; anything else raises ``TypeError``.

    >>> report = parse_report("一、工作回顾\\n项目攻坚扎实推进。完成投资16亿元。")
    >>> [(section.marker, section.title) for section in report.sections]
    [('一、', '工作回顾')]
    >>> report.sections[0].items[0].lead
    '项目攻坚扎实推进'
    """
    ensure_text(text, "parse_report")
    return _parser(detectors, chrome).parse(text)


def parse_reports(
    text: str,
    *,
    detectors: Sequence[SectionDetector] | None = None,
    chrome: ChromeRules | None = None,
) -> list[Report]:
    """Parse a text that may hold several reports pasted one after another (see
    :meth:`ReportParser.parse_all`)."""
    ensure_text(text, "parse_reports")
    return _parser(detectors, chrome).parse_all(text)
