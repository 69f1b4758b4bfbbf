"""Cutting the body of a report into a flat run of headings and paragraphs.

Detectors find heading candidates in each logical line; this module decides where each
heading's title ends, cuts the body text sharing its line into paragraphs, and sets inline
chrome (adverts) aside.  All offsets here are in the normalised text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from govreport._chrome import ChromeRules, cut_inline
from govreport._compiled import compile_regex
from govreport._detectors import (
    FUSED_PART,
    GLUED_MARKER,
    PART_TITLE_LIMIT,
    DetectorSet,
    HeadingMatch,
    LineContext,
    has_blank,
)
from govreport._markers import APPENDIX, BODY_OPENING, WHOLE_PART_NAME
from govreport._model import Span
from govreport._normalize import strip_span

TITLE_LIMIT = 60
"""Longest heading title, in characters; a longer first sentence is body, not a title."""

RUN_ON_LINE = 300
"""A line this long holding at least half of the body is a report whose line breaks were
lost (a whole report on one line)."""

CLAUSE_LIMIT = 40
"""When no sentence ends within :data:`TITLE_LIMIT`, a first clause up to this long is the
title (``1. 持续拓宽生态绿核全面贯彻林长制,落实…`` lost its full stop)."""

# ``;;`` stands for a quotation mark on some sites (051 ``;;十二五;;``, 058): no stop.
_SENTENCE_STOP = compile_regex(r"[。!?:]|(?<!;);(?!;)")
# Whitespace stops a title, but not between a number and its unit (028, 034, 049 ``2020 年``);
# so does a dash opening the heading's subtitle (005 ``…伟大胜利——2020年及“十三五”工作回顾``;
# ``;;;;`` for it on 058's site).
_TITLE_STOP = compile_regex(
    r"[。!?:]|(?<!;);(?!;)|\s(?<!\d\s)|(?<=\d)\s++(?![年月日%万亿个])|——|━━|;;;;"
)
_CLAUSE_STOP = compile_regex(r",")
# … unless a clause follows a gap: the body of a run-in heading, cut off before its first
# sentence ends (014 on one line: ``(二)固定资产投资指标完成情况 预计1-6月份,全镇…``)
_GAP_THEN_CLAUSE = compile_regex(r"[^\s\d]\s+[^\s,]{2,},")  # not 2020 年, not 求 进,
# Glued to a title with no break between (a report on one line: ``一、2023年工作总结2023年,…``),
# the opening of the body ends the title.
_BODY_OPENING = compile_regex(rf"(?<=\p{{Han}}){BODY_OPENING}")
# The first point of a heading's body glued to its title (a page number may sit between).
_FIRST_POINT = compile_regex(r"(?<=\p{Han})\d{0,3}一是")
# A title opens with a word, a quote, or a placeholder for a removed name (*开展…, _新时代);
# ;; stands for a quotation mark, ;;;; for a dash (051, 058)
_TITLE_OPENING = compile_regex(r"[\p{Han}\w“\"《「‘*]|;;(?!;)")
_APPENDIX = compile_regex(APPENDIX)
_WHOLE_PART_NAME = compile_regex(WHOLE_PART_NAME)
_MID_SENTENCE_END = (",", "、")
# Paragraph breaks inside one logical line: whitespace after a sentence end.
_PARAGRAPH_GAP = compile_regex(r"(?<=[。!?;”])\s+(?=\S)")


class HeadingUnit:
    """A heading: marker, title and the punctuation that closes it."""

    start: int
    end: int
    marker: Span | None
    title: Span
    family: str
    number: int | None
    level_hint: int
    detector: str
    whole_line: bool

    __slots__ = (
        "detector",
        "end",
        "family",
        "level_hint",
        "marker",
        "number",
        "start",
        "title",
        "whole_line",
    )

    def __init__(
        self,
        start: int,
        end: int,
        marker: Span | None,
        title: Span,
        family: str,
        number: int | None,
        level_hint: int,
        detector: str,
        whole_line: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.marker = marker
        self.title = title
        self.family = family
        self.number = number
        self.level_hint = level_hint
        self.detector = detector
        self.whole_line = whole_line


class ParagraphUnit:
    """A paragraph: one or more pieces of text (inline chrome cut out).

    ``run_on`` marks text from a line that held several headings: a report whose line
    breaks were lost, where lead sentences are the only paragraph boundaries left.
    """

    segments: list[Span]
    whole_line: bool
    run_on: bool

    __slots__ = ("run_on", "segments", "whole_line")

    def __init__(self, segments: list[Span], whole_line: bool, run_on: bool = False) -> None:
        self.segments = segments
        self.whole_line = whole_line
        self.run_on = run_on

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


Unit = HeadingUnit | ParagraphUnit


def segment_body(
    text: str,
    lines: Sequence[Span],
    detectors: DetectorSet,
    chrome: ChromeRules,
    appendix: int | None = None,
) -> tuple[list[Unit], list[tuple[Span, str]]]:
    """Headings and paragraphs of the body ``lines``, and the inline chrome found in them.

    From offset ``appendix`` on (see :func:`appendix_start`) lines hold no headings."""
    units: list[Unit] = []
    chrome_found: list[tuple[Span, str]] = []
    body_length = sum(end - start for start, end in lines)
    prose = _Paragraphs(text, units, chrome_found, chrome, run_on=False)
    run_on_prose = _Paragraphs(text, units, chrome_found, chrome, run_on=True)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        previous = text[slice(*lines[index - 1])] if index else ""
        run_on = len(line) >= RUN_ON_LINE and 2 * len(line) >= body_length
        headings: list[tuple[HeadingMatch, int, int]] = []
        if (appendix is None or start < appendix) and detectors.may_head(line, previous, run_on):
            following = text[slice(*lines[index + 1])] if index + 1 < len(lines) else ""
            context = LineContext(index=index, previous=previous, following=following)
            headings = _headings_in_line(line, context, detectors, run_on)
            if headings and previous.endswith(_MID_SENTENCE_END):
                headings = _without_chunk_number(headings)
        paragraphs = run_on_prose if len(headings) > 1 else prose
        cursor = 0
        for match, title_end, heading_end in headings:
            if match.start > cursor:
                paragraphs.add(start + cursor, start + match.start)
            title_start = _skip_spaces(line, match.marker_end)
            units.append(
                HeadingUnit(
                    start=start + match.start,
                    end=start + heading_end,
                    marker=(start + match.start, start + _strip_end(line, match.marker_end))
                    if match.marker_end > match.start
                    else None,
                    title=(start + title_start, start + title_end),
                    family=match.family,
                    number=match.number,
                    level_hint=match.level_hint,
                    detector=match.detector,
                    whole_line=match.start == 0 and heading_end == len(line),
                )
            )
            cursor = heading_end
        if cursor < len(line):
            paragraphs.add(start + cursor, end, whole=cursor == 0)
    return units, chrome_found


def appendix_start(text: str, lines: Sequence[Span], body_start: int) -> int | None:
    """Where the appendices after the body begin (a line ``附件1``, ``附件2 名词解释``,
    GB/T 9704-2012 §7.4), or ``None``: their own lists are not the report's headings."""
    return next(
        (
            start
            for start, end in lines
            if start > body_start and _APPENDIX.fullmatch(text, start, end) is not None
        ),
        None,
    )


def _headings_in_line(
    line: str, context: LineContext, detectors: DetectorSet, run_on: bool
) -> list[tuple[HeadingMatch, int, int]]:
    """Non-overlapping heading candidates of ``line`` with their title and heading ends."""
    found: list[tuple[HeadingMatch, int, int]] = []
    taken_until = 0
    # At one position the first detector in priority order wins: at the line's start, the
    # candidates after the first that holds are not even computed.
    candidates: Iterable[HeadingMatch] = ()
    at_start = detectors.at_start(line, context)
    for match in at_start:
        if match.start > 0:  # a detector's own match past the start: all, by position
            candidates = sorted([match, *at_start], key=lambda match: match.start)
            break
        extent = title_extent(line, match)
        if extent is not None:
            found.append((match, *extent))
            taken_until = extent[1]
            break
    elsewhere = detectors.elsewhere(line, context, run_on)
    if candidates:
        candidates = sorted([*candidates, *elsewhere], key=lambda match: match.start)
    for match in candidates or elsewhere:
        if match.start < taken_until:
            continue
        extent = title_extent(line, match)
        if extent is None:
            continue
        found.append((match, *extent))
        taken_until = extent[1]
    return found


def _without_chunk_number(
    headings: list[tuple[HeadingMatch, int, int]],
) -> list[tuple[HeadingMatch, int, int]]:
    """The headings of a line that follows one stopping mid-sentence, without the number
    opening it: a document-sharing site's chunk number (…生态化进程, / 2、圆满完成…: 040),
    not a point's marker."""
    first = headings[0][0]
    return headings[1:] if first.start == 0 and first.family == "1." else headings


def title_extent(line: str, match: HeadingMatch) -> tuple[int, int] | None:
    """``(title_end, heading_end)`` for a candidate, or ``None`` if no title follows it.

    The title stops at the first sentence end or gap of whitespace within
    :data:`TITLE_LIMIT` characters (the stop itself belongs to the heading); a line that
    is short enough is a title as a whole; otherwise a first clause of up to
    :data:`CLAUSE_LIMIT` characters is.
    """
    title_start = _skip_spaces(line, match.marker_end)
    if title_start >= len(line) or not _TITLE_OPENING.match(line, title_start):
        return None
    if match.title_end is not None:
        return match.title_end, match.title_end
    limit = min(len(line), title_start + TITLE_LIMIT)
    first_stop = _TITLE_STOP.search(line, title_start, limit)
    opening_end = first_stop.start() if first_stop else limit
    opening = _BODY_OPENING.search(line, title_start + 2, opening_end)
    if opening is None:  # the next heading's marker glued on: …工作情况(一)工业发展…
        opening = GLUED_MARKER.search(line, title_start + 2, opening_end)
    if opening is not None:
        return opening.start(), opening.start()
    if (
        match.start == 0
        and len(line) <= limit
        and not _SENTENCE_STOP.search(line, title_start)
        and not _GAP_THEN_CLAUSE.search(line, title_start)
    ):
        return len(line), len(line)  # a short line is a title as a whole, spaces and all
    stop = _TITLE_STOP.search(line, title_start, limit)
    point = _FIRST_POINT.search(line, title_start, stop.start() if stop else limit)
    fused = FUSED_PART.match(line, title_start, stop.start() if stop else limit)
    if fused is not None and not (
        stop is None
        or stop.start() - title_start > PART_TITLE_LIMIT
        or fused.start("standing") >= 0  # a name that is whole (加强政府自身建设|面对…)
        or _WHOLE_PART_NAME.search(fused.group()) is not None  # 2022年工作总结|抗疫情,…
    ):
        fused = None
    if point is not None and (fused is None or point.start() < fused.end()):
        end = heading_end = point.start()  # the body's points begin: 为基层建设聚力增效一是…
    elif fused is not None:
        end = heading_end = fused.end()  # 过去五年工作的回顾|自治区九届人大…
    elif stop is not None:
        end = stop.start()
        heading_end = end if stop.group().isspace() else stop.end()
    elif len(line) <= limit:
        end = heading_end = len(line)
    else:
        clause = _CLAUSE_STOP.search(line, title_start, title_start + CLAUSE_LIMIT)
        if clause is None:
            return None
        end, heading_end = clause.start(), clause.end()
    if end - title_start < 2:
        return None
    return end, heading_end


class _Paragraphs:
    """Adds the paragraphs of pieces of one line to ``units``."""

    text: str
    units: list[Unit]
    chrome_found: list[tuple[Span, str]]
    chrome: ChromeRules
    run_on: bool

    __slots__ = ("chrome", "chrome_found", "run_on", "text", "units")

    def __init__(
        self,
        text: str,
        units: list[Unit],
        chrome_found: list[tuple[Span, str]],
        chrome: ChromeRules,
        run_on: bool,
    ) -> None:
        self.text = text
        self.units = units
        self.chrome_found = chrome_found
        self.chrome = chrome
        self.run_on = run_on

    def add(self, start: int, end: int, whole: bool = False) -> None:
        """Cut ``text[start:end]`` into paragraphs, setting inline chrome aside."""
        text = self.text
        blank = has_blank(text, start, end)
        if not blank and not self.chrome.may_hold_inline(text, start, end):
            if start < end:  # most lines: one paragraph, nothing around it to strip
                self.units.append(ParagraphUnit([(start, end)], whole, self.run_on))
            return
        cuts = (
            [match.span() for match in _PARAGRAPH_GAP.finditer(text, start, end)] if blank else []
        )
        piece_start = start
        for gap_start, gap_end in [*cuts, (end, end)]:
            piece = strip_span(text, piece_start, gap_start)
            piece_start = gap_end
            if piece is None:
                continue
            segments, chrome = cut_inline(text, *piece, self.chrome)
            self.chrome_found.extend(chrome)
            if segments:
                self.units.append(ParagraphUnit(segments, whole and not cuts, self.run_on))


def _strip_end(line: str, position: int) -> int:
    while position > 0 and line[position - 1].isspace():
        position -= 1
    return position


def _skip_spaces(line: str, position: int) -> int:
    while position < len(line) and line[position].isspace():
        position += 1
    return position
