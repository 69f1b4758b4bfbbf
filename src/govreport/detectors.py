"""Section heading detectors.

A detector only *recognises* heading candidates in one logical line of normalised text
(full-width ASCII folded: ``（一）`` arrives as ``(一)``, ``，`` as ``,``).  It says where the
marker is, which numbering family it belongs to and which number it stands for.  The tree
builder (:mod:`govreport.tree`), not the detectors, decides nesting, fills gaps and recovers
lost markers.

Add a detector by subclassing :class:`SectionDetector` and passing it in::

    class PartDetector(govreport.SectionDetector):
        name = "part"
        family = "第一部分"
        level_hint = 1
        pattern = regex.compile(r"第(?P<number>[一二三四五六七八九十]{1,3})部分")

    govreport.parse_report(text, detectors=[*govreport.DEFAULT_DETECTORS, PartDetector()])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs
import regex

from govreport.data.markers import (
    ARABIC_ORDINAL,
    CHINESE_DIGITS,
    CHINESE_ORDINAL,
    CIRCLED,
)


@attrs.frozen
class HeadingMatch:
    """A heading candidate in a line.

    ``start`` and ``marker_end`` are offsets in the line: the marker is
    ``line[start:marker_end]`` and the title follows it.  ``family`` names the numbering
    style (siblings share it); ``number`` is the position the marker stands for, or ``None``
    when the numeral was lost and must be recovered from the siblings.  ``title_end``, when
    given, is where the title stops; otherwise the parser decides (at the first sentence
    end, or the first gap of whitespace).
    """

    start: int
    marker_end: int
    family: str
    number: int | None
    level_hint: int
    detector: str
    title_end: int | None = None


@attrs.frozen
class LineContext:
    """What a detector may know about the line it looks at.

    ``index`` counts the body's logical lines; ``previous`` and ``following`` are the
    neighbouring logical lines (``""`` at the edges), normalised and stripped.
    """

    index: int
    previous: str = ""
    following: str = ""


class SectionDetector:
    """Base class of every heading detector.

    Set ``pattern`` (matched at the start of the line; a named group ``number`` holds the
    numeral) or override :meth:`match`.  ``priority`` orders detectors (lower first) when two
    claim the same marker; ``level_hint`` is the usual depth of the family (1 = top), used
    only when the document itself does not show the nesting.  A detector that does not
    apply returns ``None``; it never raises.
    """

    name: ClassVar[str] = "section"
    family: ClassVar[str] = ""
    priority: ClassVar[int] = 50
    level_hint: ClassVar[int] = 1
    pattern: ClassVar[regex.Pattern[str] | None] = None

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        """A candidate at the start of ``line``, or ``None``."""
        if self.pattern is None:
            return None
        found = self.pattern.match(line)
        if found is None:
            return None
        return HeadingMatch(
            start=0,
            marker_end=found.end(),
            family=self.family or self.name,
            number=self.number(found),
            level_hint=self.level_hint,
            detector=self.name,
        )

    def find(self, line: str, context: LineContext) -> Iterator[HeadingMatch]:
        """Every candidate in ``line``; by default only the one at its start."""
        found = self.match(line, context)
        if found is not None:
            yield found

    def number(self, match: regex.Match[str]) -> int | None:
        """The number a marker stands for, from its ``number`` group."""
        numeral = match.groupdict().get("number")
        return ordinal_value(numeral) if numeral else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def ordinal_value(numeral: str) -> int | None:
    """``"一"`` → 1, ``"十二"`` → 12, ``"二十"`` → 20, ``"3"`` → 3, ``"③"`` → 3."""
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if len(numeral) == 1 and numeral in CIRCLED:
        return CIRCLED.index(numeral) + 1
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _digit(numeral) if len(numeral) == 1 else None
    high = _digit(tens) if tens else 1
    low = _digit(units) if units else 0
    return None if high is None or low is None else high * 10 + low


def _digit(char: str) -> int | None:
    index = CHINESE_DIGITS.find(char)
    return index + 1 if 0 <= index < 9 else None


class ChineseNumeralDetector(SectionDetector):
    """``一、2023年工作回顾`` (GB/T 9704 first level)."""

    name = "chinese_numeral"
    family = "一、"
    priority = 10
    level_hint = 1
    pattern = regex.compile(
        rf"(?P<number>{CHINESE_ORDINAL})[、.](?![{CHINESE_DIGITS}][、季])"  # not 一、二季度
    )


class ParenChineseNumeralDetector(SectionDetector):
    """``（一）发展后劲持续增强`` (second level); ``(一期)`` is not a marker."""

    name = "paren_chinese_numeral"
    family = "（一）"
    priority = 20
    level_hint = 2
    pattern = regex.compile(rf"\((?P<number>{CHINESE_ORDINAL})\)")


class ArabicNumeralDetector(SectionDetector):
    """``1. 激活产业升级`` / ``1、`` (third level); ``1.5万`` and ``1-9月`` are not."""

    name = "arabic_numeral"
    family = "1."
    priority = 30
    level_hint = 3
    pattern = regex.compile(rf"(?P<number>{ARABIC_ORDINAL})[.、](?!\d)")


class ParenArabicNumeralDetector(SectionDetector):
    """``（1）`` (fourth level)."""

    name = "paren_arabic_numeral"
    family = "（1）"
    priority = 40
    level_hint = 4
    pattern = regex.compile(rf"\((?P<number>{ARABIC_ORDINAL})\)")


class OrdinalDetector(SectionDetector):
    """``第一，聚焦增强新动能…`` / ``第一、``; ``第一次``, ``第二批`` are not markers."""

    name = "ordinal"
    family = "第一"
    priority = 25
    level_hint = 2
    pattern = regex.compile(rf"第(?P<number>{CHINESE_ORDINAL})[,、:]")


class CircledNumeralDetector(SectionDetector):
    """``①``, ``②`` … (fifth level)."""

    name = "circled_numeral"
    family = "①"
    priority = 45
    level_hint = 5
    pattern = regex.compile(rf"(?P<number>[{CIRCLED}])")


class LostMarkerDetector(SectionDetector):
    """Markers whose numeral was lost in extraction: ``)发展后劲…`` (was ``（一）``),
    ``、全力建设…`` (was ``三、``).  The number is recovered from the siblings."""

    name = "lost_marker"
    priority = 60
    pattern = regex.compile(r"(?P<paren>\))|(?P<comma>、)(?=\p{Han})")

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        found = self.pattern.match(line) if self.pattern else None
        if found is None:
            return None
        if found.group("paren"):
            family, level = ParenChineseNumeralDetector.family, 2
        else:
            family, level = ChineseNumeralDetector.family, 1
        return HeadingMatch(0, found.end(), family, None, level, self.name)


_GAP = regex.compile(r"(?<=\S)\s+(?=\S)")

_INLINE_FAMILIES: list[type[SectionDetector]] = [
    ChineseNumeralDetector,
    ParenChineseNumeralDetector,
    OrdinalDetector,
    ArabicNumeralDetector,
    ParenArabicNumeralDetector,
]


class InlineHeadingDetector(SectionDetector):
    """Headings inside a line, after a gap of whitespace: a whole report pasted on one line
    (``…三等奖。 一、工作开展情况 (一)盘活存量…``)."""

    name = "inline"
    priority = 90

    def __init__(self, families: list[type[SectionDetector]] | None = None) -> None:
        self.families = list(_INLINE_FAMILIES if families is None else families)
        alternatives = "|".join(
            f"(?P<f{index}>{family.pattern.pattern})"
            for index, family in enumerate(self.families)
            if family.pattern is not None
        )
        self._markers = regex.compile(alternatives)

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        return None

    def find(self, line: str, context: LineContext) -> Iterator[HeadingMatch]:
        for gap in _GAP.finditer(line):  # most lines have none: the markers are tried rarely
            found = self._markers.match(line, gap.end())
            if found is None:
                continue
            matched = found.groupdict()
            family = next(
                (family for index, family in enumerate(self.families) if matched.get(f"f{index}")),
                None,
            )
            numeral = found.captures("number")
            if family is None or not numeral:
                continue
            yield HeadingMatch(
                start=found.start(),
                marker_end=found.end(),
                family=family.family,
                number=ordinal_value(numeral[-1]),
                level_hint=family.level_hint,
                detector=self.name,
            )


DEFAULT_DETECTORS: list[SectionDetector] = [
    ChineseNumeralDetector(),
    ParenChineseNumeralDetector(),
    OrdinalDetector(),
    ArabicNumeralDetector(),
    ParenArabicNumeralDetector(),
    CircledNumeralDetector(),
    LostMarkerDetector(),
    InlineHeadingDetector(),
]
"""The built-in detectors, in priority order.  Pass a list of your own to ``parse_report``."""
