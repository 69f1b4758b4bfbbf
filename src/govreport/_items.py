"""Paragraphs into items: enumerated points (``一是…二是…``) and lead sentences.

A paragraph is one item unless it enumerates points with ``一是``, ``二是`` …, in which
case each point is an item (and the text before ``一是``, if any, is one more).  An item's
``lead`` is the short title it opens with: ``项目攻坚扎实推进。…``, ``一是学深主题教育。…``,
``——经济总体回升向好。…``.
"""

from __future__ import annotations

import bisect
import operator
import re
import sys

import regex

from govreport._compiled import compile_re, compile_regex
from govreport._model import Span
from govreport._normalize import strip_span
from govreport._numerals import small_number
from govreport._pattern_shape import longest_match
from govreport._salutation import SALUTATION, SALUTATION_STARTS
from govreport._segment import ParagraphUnit
from govreport._tree import SectionDraft, walk

LEAD_LIMIT = 20
"""Longest lead sentence of a plain paragraph."""

POINT_LEAD_LIMIT = 30
"""Longest lead of an enumerated point (``一是…``), which may hold commas."""

PHRASE_LIMIT = 10
"""Longest comma-separated phrase in a plain lead (``慎终如始,全面防控``)."""

_POINT = compile_regex(r"(?P<numeral>[一二三四五六七八九十]{1,2})是")
_POINT_AFTER = frozenset("。;!?:,")
_POINT_LEAD = compile_regex(
    rf"(?:——|—|[一二三四五六七八九十]{{1,2}}是)\s*(?P<lead>[^。!?;:]{{2,{POINT_LEAD_LIMIT}}}?)[。!?;:]"
)
_POINT_LEAD_OPENING = frozenset("—一二三四五六七八九十")  # the characters it opens with
# the standard engine tries it faster, at nearly every paragraph
_PLAIN_LEAD = compile_re(rf"(?P<lead>[^。!?;:\d]{{2,{LEAD_LIMIT}}}?)[。!?]")
_PHRASES = compile_regex(r"[,、]")
_SALUTATION_LIMIT = longest_match(SALUTATION.pattern) or sys.maxsize  # no longer paragraph is one
# A short sentence after a sentence end: a point's lead in run-on text (重点项目加快推进。)
_INLINE_LEAD = compile_regex(r"(?<=[。!?;])[^\d\s,。;!?:、“”\"()]{4,12}。")


class ItemDraft:
    """An item before it becomes an :class:`~govreport.Item` (normalised offsets)."""

    segments: list[Span]
    lead: Span | None
    kind: str | None

    __slots__ = ("kind", "lead", "segments")

    def __init__(self, segments: list[Span], lead: Span | None, kind: str | None = None) -> None:
        self.segments = segments
        self.lead = lead
        self.kind = kind


class ItemDrafts:
    """The item drafts of a report: the preamble's and each section's (by the section's
    draft)."""

    preamble: list[ItemDraft]
    by_section: dict[int, list[ItemDraft]]

    __slots__ = ("by_section", "preamble")

    def __init__(self, preamble: list[ItemDraft], by_section: dict[int, list[ItemDraft]]) -> None:
        self.preamble = preamble
        self.by_section = by_section

    def of(self, section: SectionDraft) -> list[ItemDraft]:
        """The item drafts directly under ``section``."""
        return self.by_section[id(section)]

    def ordered(self, roots: list[SectionDraft]) -> list[ItemDraft]:
        """Every draft, in document order."""
        order = list(self.preamble)
        for section in walk(roots):
            order.extend(self.of(section))
        return order

    def in_order(self, roots: list[SectionDraft]) -> list[tuple[list[ItemDraft], int]]:
        """``(container, index)`` of every draft, in document order."""
        order = [(self.preamble, index) for index in range(len(self.preamble))]
        for section in walk(roots):
            drafts = self.of(section)
            order.extend((drafts, index) for index in range(len(drafts)))
        return order


def draft_items(text: str, preamble: list[ParagraphUnit], roots: list[SectionDraft]) -> ItemDrafts:
    """The items of the preamble's paragraphs and of every section's.  The sections give
    their paragraphs up (``section.paragraphs`` is left empty): the drafts replace them."""
    by_section: dict[int, list[ItemDraft]] = {}
    for section in walk(roots):
        paragraphs, section.paragraphs = section.paragraphs, []
        by_section[id(section)] = [
            draft for paragraph in paragraphs for draft in paragraph_items(text, paragraph)
        ]
    return ItemDrafts(
        [draft for paragraph in preamble for draft in paragraph_items(text, paragraph)],
        by_section,
    )


def paragraph_items(text: str, paragraph: ParagraphUnit) -> list[ItemDraft]:
    """The items of one paragraph of the normalised ``text``."""
    segments = paragraph.segments
    first, last = segments[0][0], segments[-1][1]
    bounds = _point_starts(text, paragraph, first, last)
    if bounds:
        pieces = [
            _clip(text, segments, start, end)
            for start, end in zip([first, *bounds], [*bounds, last], strict=True)
        ]
    elif len(segments) == 1:  # most paragraphs: one item of one piece
        kept = strip_span(text, first, last)
        pieces = [[kept]] if kept is not None else []
    else:
        pieces = [_clip(text, segments, first, last)]
    drafts = []
    for segments in pieces:
        if not segments:
            continue
        start, end = segments[0]
        salutation = (
            last - start <= _SALUTATION_LIMIT
            and text[start] in SALUTATION_STARTS  # every salutation opens with one
            and SALUTATION.fullmatch(text, start, last)
        )
        kind = "salutation" if salutation else None
        drafts.append(ItemDraft(segments, _lead(text, start, end), kind))
    return drafts


def _point_starts(text: str, paragraph: ParagraphUnit, start: int, end: int) -> list[int]:
    """Where the points ``一是``, ``二是`` … start, if the paragraph (from ``start`` to
    ``end``) enumerates any; in run-on text, also where lead sentences start."""
    if text.find("一是", start, end) >= 0:  # points count from 一是
        starts = _numbered_point_starts(text, paragraph)
        if starts:
            return starts
    if not paragraph.run_on:
        return []
    return [match.start() for match in _INLINE_LEAD.finditer(text, start, end) if match.end() < end]


def _numbered_point_starts(text: str, paragraph: ParagraphUnit) -> list[int]:
    start, end = paragraph.start, paragraph.end
    if text.find("一是", start, end) < 0:  # points count from 一是
        return []
    starts: list[int] = []
    expected = 1
    for match in _POINT.finditer(text, start, end):
        at = match.start()
        opens = at == start or text[at - 1] in _POINT_AFTER
        if opens and small_number(match.group("numeral")) == expected:
            starts.append(at)
            expected += 1
    if len(starts) == 1 and starts[0] != start:
        return []
    return [at for at in starts if at != start]


def _clip(text: str, segments: list[Span], start: int, end: int) -> list[Span]:
    """The parts of ``segments`` inside ``[start, end)``, without surrounding whitespace."""
    clipped = []
    # Segments are in order: start at the first one ending after ``start``, stop after ``end``.
    index = bisect.bisect_right(segments, start, key=operator.itemgetter(1))
    while index < len(segments) and segments[index][0] < end:
        segment_start, segment_end = segments[index]
        kept = strip_span(text, max(segment_start, start), min(segment_end, end))
        if kept is not None:
            clipped.append(kept)
        index += 1
    return clipped


def _lead(text: str, start: int, end: int) -> Span | None:
    """The span of the item's lead sentence, or ``None``."""
    point = _POINT_LEAD.match(text, start, end) if text[start] in _POINT_LEAD_OPENING else None
    if point is not None:
        return _span(point, "lead") if point.end() < end else None
    plain = _PLAIN_LEAD.match(text, start, end)
    if plain is None or plain.end() >= end:
        return None
    if text[start] in SALUTATION_STARTS and SALUTATION.match(text, start, end):
        return None
    phrases = _PHRASES.split(plain.group("lead"))
    if any(len(phrase) > PHRASE_LIMIT for phrase in phrases) and len(phrases) > 1:
        return None
    return _span(plain, "lead")


def _span(match: regex.Match[str] | re.Match[str], group: str) -> Span:
    return match.start(group), match.end(group)
