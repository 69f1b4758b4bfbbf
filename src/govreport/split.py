"""Where one report ends and the next begins, in a text holding several.

A new report starts, once the current one holds some prose, at:

- a title line (``乡镇政府2023工作报告``), or
- an opening salutation (``各位代表:``, with a colon) followed by ``我代表…`` — mid-speech
  salutations end with ``！`` and open no report, or
- a restarted ``一、…回顾`` after the report already had its own ``一、`` heading;

and the boundary moves back over the new report's title, salutation and opening lines.
"""

from __future__ import annotations

import regex

from govreport.chrome import DEFAULT_CHROME
from govreport.model import Span

LINE = regex.compile(r"\S(?:[^\n]*\S)?")
"""A logical line of normalised text, without its surrounding whitespace."""

PROSE_BEFORE_SPLIT = 3
"""Prose lines a report must hold before another can start."""

HEADER_CHROME = frozenset(
    {"index_table", "table_rule", "source", "date", "font_controls", "breadcrumb", "counter"}
)
"""Chrome that heads a page: it belongs to the report that follows it."""

_TITLE = regex.compile(
    r"[^。!?;,:]{0,40}(?:工作报告|工作总结|工作计划|工作思路|工作要点)(?:和\d{4}年?)?"
)
_PROSE = regex.compile(r"[。!?]")
_OPENING_SALUTATION = regex.compile(r"(?:各位|尊敬的)[^。,!]{0,30}:")
# 现在,我代表镇人民政府,向大会报告工作 / 我受国务院的委托,向大会作政府工作报告
_OPENING_SENTENCE = regex.compile(r"(?:现在,?)?我(?:谨)?(?:代表|受).{0,30}?(?:报告|作.{0,12}报告)")
_FIRST_HEADING = regex.compile(r"一、")
_REVIEW_RESTART = regex.compile(r"一、.{0,24}(?:回顾|工作总结|工作情况|开展情况)")
_FRONT_LIKE = regex.compile(
    r"[^。!?;,]{0,40}(?:报告|总结|计划)"  # a title
    r"|(?:各位|尊敬的)[^。,!]{0,30}[:!]?|同志们[:!]?"  # a salutation
    r"|(?:现在,?)?我(?:谨)?代表.{0,40}(?:报告|审议).{0,40}"  # the opening sentence
    r"|[—\-]{1,2}.{0,80}"  # a subtitle
)


def report_ranges(text: str) -> list[Span]:
    """``(start, end)`` of each report in the normalised ``text``; one range if one report."""
    lines = [match.span() for match in LINE.finditer(text)]
    starts = [0]
    prose = 0
    had_first_heading = False
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if prose >= PROSE_BEFORE_SPLIT and _starts_report(text, lines, index, had_first_heading):
            boundary = _back_over_front(text, lines, index, starts[-1])
            starts.append(lines[boundary][0])
            prose, had_first_heading = 0, False
        if _FIRST_HEADING.match(line):
            had_first_heading = True
        if _PROSE.search(line):
            prose += 1
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _starts_report(text: str, lines: list[Span], index: int, had_first_heading: bool) -> bool:
    start, end = lines[index]
    line = text[start:end]
    if _TITLE.fullmatch(line):
        return True
    if _OPENING_SALUTATION.fullmatch(line):
        following = lines[index + 1 : index + 3]
        return any(_OPENING_SENTENCE.match(text, s, e) for s, e in following)
    return had_first_heading and _REVIEW_RESTART.match(line) is not None


def _back_over_front(text: str, lines: list[Span], index: int, floor: int) -> int:
    """The first of the front-like lines (title, salutation, opening sentence, the page's
    header fields) right before ``lines[index]``."""
    while index > 0 and lines[index - 1][0] > floor:
        start, end = lines[index - 1]
        header = DEFAULT_CHROME.line_role(text[start:end]) in HEADER_CHROME
        if not header and not _FRONT_LIKE.fullmatch(text, start, end):
            break
        index -= 1
    return index
