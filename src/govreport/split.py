"""Where one report ends and the next begins, in a text holding several."""

from __future__ import annotations

import regex

from govreport.model import Span

LINE = regex.compile(r"\S(?:[^\n]*\S)?")
"""A logical line of normalised text, without its surrounding whitespace."""

_TITLE = regex.compile(r"[^。!?;,:]{0,40}(?:工作报告|工作总结|工作计划|政府工作报告)")
_PROSE = regex.compile(r"[。!?]")
PROSE_BEFORE_SPLIT = 3
"""Prose lines a report must hold before a new title line can start another report."""


def report_ranges(text: str) -> list[Span]:
    """``(start, end)`` of each report in the normalised ``text``.

    A new report starts at a title line (``乡镇政府2023工作报告``) once the current report
    has some prose; page headers repeating the title above the article do not split.
    """
    starts = [0]
    prose = 0
    for match in LINE.finditer(text):
        line = match.group()
        if _TITLE.fullmatch(line) and prose >= PROSE_BEFORE_SPLIT:
            starts.append(match.start())
            prose = 0
        elif _PROSE.search(line):
            prose += 1
    return list(zip(starts, [*starts[1:], len(text)], strict=True))
