"""``parse_report`` and ``parse_reports``: text in, :class:`~govreport.model.Report` out.

The steps, each in its own module:

1. :mod:`~govreport.normalize`: a normalised copy for matching, with an offset map;
2. :mod:`~govreport.chrome`: page chrome lines and footers are set aside;
3. :mod:`~govreport.front`: title, subtitle and speaker lines;
4. :mod:`~govreport.segment`: the detectors find headings; the body becomes a flat run of
   headings and paragraphs (adverts inside paragraphs are set aside);
5. :mod:`~govreport.tree`: numbering decides nesting, gaps and lost markers;
6. :mod:`~govreport.items`: paragraphs become items (points, lead sentences);
7. :mod:`~govreport.report`: the model is built with spans into the caller's string.
"""

from __future__ import annotations

from collections.abc import Sequence

from govreport._args import ensure_instances, ensure_text
from govreport.chrome import DEFAULT_CHROME, ChromeRules
from govreport.detectors import DEFAULT_DETECTORS, LineContext, SectionDetector
from govreport.front import read_front
from govreport.model import Report, Span
from govreport.normalize import NormalizedText, normalize
from govreport.report import ReportBuilder
from govreport.segment import segment_body
from govreport.split import LINE, report_ranges
from govreport.tree import build_tree, place_headings


def parse_report(
    text: str,
    *,
    detectors: Sequence[SectionDetector] | None = None,
    chrome: ChromeRules | None = None,
) -> Report:
    """Parse one report.

    ``detectors`` replaces the heading detectors (default :data:`DEFAULT_DETECTORS`);
    ``chrome`` the page-chrome rules.  Any ``str`` gives a :class:`Report`, possibly empty;
    anything else raises ``TypeError``.

    >>> report = parse_report("一、工作回顾\\n项目攻坚扎实推进。完成投资16亿元。")
    >>> [(section.marker, section.title) for section in report.sections]
    [('一、', '工作回顾')]
    >>> report.sections[0].items[0].lead
    '项目攻坚扎实推进'
    """
    ensure_text(text, "parse_report")
    ensure_instances(detectors or (), SectionDetector, "parse_report", "detectors")
    norm = normalize(text)
    return _parse_range(norm, (0, len(norm.text)), detectors, chrome)


def parse_reports(
    text: str,
    *,
    detectors: Sequence[SectionDetector] | None = None,
    chrome: ChromeRules | None = None,
) -> list[Report]:
    """Parse a text that may hold several reports pasted one after another.

    Each :class:`Report` keeps the whole ``text`` (spans index into it) and covers its own
    part, ``report.span``.  A text holding one report gives a list of one.
    """
    ensure_text(text, "parse_reports")
    ensure_instances(detectors or (), SectionDetector, "parse_reports", "detectors")
    norm = normalize(text)
    return [_parse_range(norm, part, detectors, chrome) for part in report_ranges(norm.text)]


def _parse_range(
    norm: NormalizedText,
    part: Span,
    detectors: Sequence[SectionDetector] | None,
    chrome: ChromeRules | None,
) -> Report:
    rules = chrome or DEFAULT_CHROME
    text = norm.text
    lines = [match.span() for match in LINE.finditer(text, *part)]
    builder = ReportBuilder(norm, part)

    chrome_lines: set[int] = set()
    body_end = len(lines)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        role = rules.tail_role(line)
        if role is not None:
            builder.add_chrome((start, lines[-1][1]), role)
            body_end = index
            break
        role = rules.line_role(line)
        if role is not None:
            builder.add_chrome((start, end), role)
            chrome_lines.add(index)
    lines = lines[:body_end]

    active = detectors or DEFAULT_DETECTORS
    context = LineContext(index=0)
    front = read_front(
        text,
        lines,
        chrome_lines,
        lambda line: any(detector.match(line, context) for detector in active),
    )
    for span, role in front.lines:
        builder.add_front(span, role)
    for span in front.page_headers:
        builder.add_chrome(span, "page_header")

    body = [
        (front.body_offset, end) if index == front.body_line and front.body_offset else (start, end)
        for index, (start, end) in enumerate(lines)
        if index >= front.body_line and index not in chrome_lines
    ]
    units, inline_chrome = segment_body(text, body, active, rules)
    for span, role in inline_chrome:
        builder.add_chrome(span, role)
    placements = place_headings(units, text)
    preamble, roots = build_tree(units, placements)
    return builder.build(front, preamble, roots)
