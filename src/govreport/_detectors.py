"""Section heading detectors.

A detector only *recognises* heading candidates in one logical line of normalised text
(full-width ASCII folded: ``（一）`` arrives as ``(一)``, ``，`` as ``,``).  It says where the
marker is, which numbering family it belongs to and which number it stands for.  The tree
builder (:mod:`govreport._tree`), not the detectors, decides nesting, fills gaps and recovers
lost markers.

Add a detector by subclassing :class:`SectionDetector` and passing it in::

    class ArticleDetector(govreport.SectionDetector):
        name = "article"
        family = "第一条"
        level_hint = 2
        pattern = compile_regex(r"第(?P<number>[一二三四五六七八九十]{1,3})条")

    govreport.parse_report(text, detectors=[*govreport.DEFAULT_DETECTORS, ArticleDetector()])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

import attrs
import regex

from govreport._compiled import compile_regex
from govreport._markers import (
    ARABIC_ORDINAL,
    BODY_OPENING,
    CHINESE_ORDINAL,
    LEAD_SENTENCE,
    MARKER_PREFIX,
    NUMERAL_LIST,
    PART_NAME,
    PART_PERIOD,
    POINT_MARKER,
    STANDING_PART,
    SUMMARY_HEADING,
)
from govreport._markup import after_opening, before_closing
from govreport._numerals import small_number
from govreport._salutation import SALUTATION_ENDING
from govreport.data.characters import PINYIN_LETTERS
from govreport.data.markers import CIRCLED
from govreport.data.regions import ADMIN_LEVELS, NOT_NAME_START


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
    only when the document itself does not show the nesting.  ``inline`` says whether the
    marker is also looked for inside a line, after a gap of whitespace (a report whose line
    breaks were lost); ``lost`` is a pattern for what is left of the marker when its numeral
    is lost (``)`` of ``(一)``), recovered when a :class:`LostMarkerDetector` is active;
    ``numbered`` is false for headings with no marker, which normalisation and report
    splitting need not ask.  A detector that does not apply returns ``None``; it never raises.

    A detector with a ``pattern`` and the default :meth:`match` is compiled into the
    parser's :class:`DetectorSet` (one alternation for all of them), so every stage sees it:
    soft-break joining, the front matter, report splitting and inline headings.
    """

    name: ClassVar[str] = "section"
    family: ClassVar[str] = ""
    priority: ClassVar[int] = 50
    level_hint: ClassVar[int] = 1
    pattern: ClassVar[regex.Pattern[str] | None] = None
    inline: ClassVar[bool] = True
    lost: ClassVar[str | None] = None
    numbered: ClassVar[bool] = True

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        """A candidate at the start of ``line``, or ``None``."""
        if self.pattern is None:
            return None
        found = self.pattern.match(line)
        return None if found is None else self.heading(found, context)

    def heading(self, found: regex.Match[str], context: LineContext) -> HeadingMatch | None:
        """The candidate for a match of :attr:`pattern` (or of the compiled set's group for
        this detector), or ``None`` to reject it."""
        return HeadingMatch(
            start=found.start(),
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
        try:  # not groupdict(): a compiled set's match has a group for every detector
            numeral = match.group("number")
        except IndexError:
            return None
        return small_number(numeral) if numeral else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


ordinal_value = small_number
"""``"一"`` → 1, ``"十二"`` → 12, ``"③"`` → 3: :func:`~govreport._numerals.small_number`."""


class PartDetector(SectionDetector):
    """``第一部分 2023年工作回顾`` / ``第一章``: a report cut into numbered parts (a layout of
    report pages; ``第一篇`` opens a compilation's next document, not a part).  Only at a
    line's start: ``报告的第二部分`` inside a sentence is no heading."""

    name = "part"
    family = "第一部分"
    priority = 5
    level_hint = 1
    pattern = compile_regex(rf"第(?P<number>{CHINESE_ORDINAL})(?:部分|章)[^\S\n]*[:、.]?")
    inline = False


class ChineseNumeralDetector(SectionDetector):
    """``一、2023年工作回顾`` (GB/T 9704 first level)."""

    name = "chinese_numeral"
    family = "一、"
    priority = 10
    level_hint = 1
    pattern = compile_regex(
        rf"(?P<number>{CHINESE_ORDINAL})[、.](?!{NUMERAL_LIST})"  # not 一、二季度
    )
    lost = r"、(?=[“\"]?\p{Han}|(?:19|20)\d{2}\s*年)"  # 、全力建设…, 、“十一五”… were 三、, 一、


class ParenChineseNumeralDetector(SectionDetector):
    """``（一）发展后劲持续增强`` (second level); ``(一期)`` is not a marker."""

    name = "paren_chinese_numeral"
    family = "（一）"
    priority = 20
    level_hint = 2
    pattern = compile_regex(rf"\((?P<number>{CHINESE_ORDINAL})\)")
    lost = r"\)"  # )发展后劲… was (一)


class ArabicNumeralDetector(SectionDetector):
    """``1. 激活产业升级`` / ``1、`` (third level); ``1.5万`` and ``1-9月`` are not."""

    name = "arabic_numeral"
    family = "1."
    priority = 30
    level_hint = 3
    # 1、2023年工作回顾: a year may follow; 1.5万 and 1、2月 are no markers, nor a number
    # whose digits a site replaced (比增21.X%, 增长x.x%: 025, 046), cut off at a line's start
    pattern = compile_regex(
        rf"(?P<number>{ARABIC_ORDINAL})(?:\.(?![Xx]{{1,3}}(?:[%‰\d]|[万亿]))|、)"
        rf"(?:(?!\d)|(?=(?:19|20)\d{{2}}\s*年))"
    )


class ParenArabicNumeralDetector(SectionDetector):
    """``（1）`` (fourth level)."""

    name = "paren_arabic_numeral"
    family = "（1）"
    priority = 40
    level_hint = 4
    pattern = compile_regex(rf"\((?P<number>{ARABIC_ORDINAL})\)")


class OrdinalDetector(SectionDetector):
    """``第一，聚焦增强新动能…`` / ``第一、``; ``第一次``, ``第二批`` are not markers."""

    name = "ordinal"
    family = "第一"
    priority = 25
    level_hint = 2
    pattern = compile_regex(rf"第(?P<number>{CHINESE_ORDINAL})[,、:]")


class CircledNumeralDetector(SectionDetector):
    """``①``, ``②`` … (fifth level); not looked for inside lines, where they number lists."""

    name = "circled_numeral"
    family = "①"
    priority = 45
    level_hint = 5
    pattern = compile_regex(rf"(?P<number>[{CIRCLED}])")
    inline = False


class LostMarkerDetector(SectionDetector):
    """Markers whose numeral was lost in extraction: ``)发展后劲…`` (was ``（一）``),
    ``、全力建设…`` (was ``三、``).  The number is recovered from the siblings.

    What is left of a marker is each active detector's :attr:`~SectionDetector.lost`
    pattern; the heading takes that detector's family and ``level_hint``.  Used on its own
    (outside a :class:`DetectorSet`), it knows the built-in families.
    """

    name = "lost_marker"
    priority = 60
    inline = False

    def __init__(self, families: Sequence[SectionDetector] | None = None) -> None:
        self.families = [
            family
            for family in (_builtin_families() if families is None else families)
            if family.lost is not None
        ]
        self._residues = _alternation(
            [(f"l{index}", family.lost or "") for index, family in enumerate(self.families)]
        )

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        matched = self._residues.match(line) if self._residues else None
        if matched is None:
            return None
        group, found = matched
        return self.recovered(found, self.families[int(group[1:])])

    def recovered(self, found: regex.Match[str], family: SectionDetector) -> HeadingMatch:
        """The heading of a marker of ``family`` whose numeral was lost."""
        return HeadingMatch(
            found.start(),
            found.end(),
            family.family or family.name,
            None,
            family.level_hint,
            self.name,
        )


PART_TITLE_LIMIT = 24
"""Longest unnumbered part heading, in characters."""

_PART_TITLE = compile_regex(
    "(?r)"  # tried from the end, where most lines already fail: no name of a part ends them
    rf"(?=[^\n]*?(?:{PART_PERIOD}))"  # names a period
    rf"(?:(?:[\p{{Han}}\d“”\"《》]|;;)"  # opens with a word, not with a marker or a dash
    rf"(?:[\p{{Han}}\d\s、“”\"《》xX*]|;;){{1,{PART_TITLE_LIMIT}}}?"  # (;; for a quote: 051, 058)
    rf"(?:{PART_NAME})"  # ends with the name of the part
    # … or is "on the work of" a period (044 關於上半年工作, 湖南 2025 关于2025年工作)
    rf"|(?:关于|關於)(?:{PART_PERIOD})[\p{{Han}}、]{{0,6}}?工作"
    # … or ends with the work of a period (national 2011 2011年的工作, 056 “十一五”时期回顾
    # 和2010年工作)
    rf"|(?:[\p{{Han}}\d“”\"《》、]{{0,{PART_TITLE_LIMIT}}}?[和及与])?(?:{PART_PERIOD})的?工作)\p{{So}}?"
    rf"|{STANDING_PART}"
)
FUSED_PART = compile_regex(
    rf"(?!{MARKER_PREFIX})"  # a numbered heading (一、2023年工作回顾) is its family's
    rf"(?:(?=[^。,;:!?]{{0,{PART_TITLE_LIMIT}}}?(?:{PART_PERIOD}))"
    rf"(?:“[\p{{Han}}]{{1,4}}”)?"  # a quoted plan opening it (056 “十一五”时期回顾)
    # (a space between a year and 年: 028, 034, 055 ``2022 年工作回顾``)
    rf"[\p{{Han}}\d](?:[\p{{Han}}\d、]|(?<=\d)\s(?=年)){{1,{PART_TITLE_LIMIT}}}?"
    rf"(?:{PART_NAME})"
    # the whole name, not its first word (2025年目标|任务和重点工作: 广西, 河北, 浙江 2025),
    # and the work of a year after it (056 “十一五”时期回顾和2010年工作)
    rf"(?:(?:[和及与、]|以及)?(?:{PART_NAME})|工作(?:任[务務])?|[和及与](?:{PART_PERIOD})的?工作)*+"
    r"|(?P<standing>\p{Han}{0,6}加[强強]政府自身建[设設]))"
    # the body follows (also opening with a quote), not more of the title
    r"(?=[\p{Han}\d“])(?![和及与暨并、是为的]|以及)"
)
"""The name of a part with its body glued on (``过去五年工作的回顾自治区九届人大…``,
``全面加强政府自身建设面对艰巨繁重的…``)."""
# A sentence's subject, not a part's name: 今年将继续统筹安排…, 一年来取得的成绩殊为不易,
# 今年经济社会发展的主要预期目标是…, 过去一年成绩的取得 (``是``, ``的`` after it: FUSED_PART).
# A salutation inside the speech (各位代表!过去一年成绩来之不易) opens a passage, not a part.
_WILL = r"将|拟|(?<![主重纲綱])要(?![点點求])"  # 要, not 主要工作, 工作要点, 总体要求
_COPULA = r"(?<!求|[一二三四五六七八九十])是"  # 今年是工作着重点…, not 实事求是 or 一是
_SENTENCE_WORDS = compile_regex(rf"{_WILL}|{_COPULA}|取得")
# A line saying what will be done, or what a period is, is a sentence, whatever its words
# (今年将继续抓好重点工作; 1979 今年是工作着重点转移的第一年 on a line of its own).
_PLAN_SENTENCE = compile_regex(rf"{_WILL}|{_COPULA}")
_FUSED_WORK = compile_regex(r"工作|回[顾顧]|[总總][结結]")
# A phrase alone between gaps after a sentence end: a line of a report whose breaks became
# spaces.
_SPACED_PART = compile_regex(  # the sentence end matched, not looked behind for: a quick scan
    rf"[。!?;:][^\S\n]{{1,4}}(?!{MARKER_PREFIX})"
    rf"(?P<part>(?:[^\s。!?;:,]|(?<=\d)\s(?=年)){{4,{PART_TITLE_LIMIT + 4}}})(?=[^\S\n]+\S)"
)
# Pinyin some sites put after characters: 報(bào)告, 回(huí)顧.
_PINYIN = compile_regex(rf"\([{PINYIN_LETTERS}]{{1,7}}\)")
_BODY = compile_regex(r"[。;!?,]")
_BODY_OPENING = compile_regex(BODY_OPENING)
_ENDS_SENTENCE = tuple("。!?;:")
# … or a document's title naming its government before its year (马站镇2023年工作总结 after
# 沙沟镇2022年工作总结 in a compilation): a part never names the government.
_NAMED_BEFORE_YEAR = compile_regex(
    rf"(?![{NOT_NAME_START}])\p{{Han}}{{1,20}}?"
    rf"(?:{'|'.join(sorted(ADMIN_LEVELS, key=len, reverse=True))})(?:人民政府|政府)?"
    r"\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年"
)
# A report's own title repeated in the page: it names the document, not one part of it.
_TITLE_WORDS = compile_regex(
    r"[报報]告|(?:总结|總結|回顾|回顧).*(?:[计計]划|[计計]劃|思路|打算|安排|要点|设想|謀劃|谋划)"
)


class UnnumberedPartDetector(SectionDetector):
    """Top headings with no number, alone on their line: ``2024年工作回顾``,
    ``2025年工作安排建议``, ``2019年和今年以来工作回顾``.

    A line is such a heading when it is short (at most :data:`PART_TITLE_LIMIT`
    characters), has no punctuation but ``、``, names a period and ends with the name of a
    part of a report (review, plan, tasks, targets …), does not name the whole document
    (``…报告``, ``…总结和…计划``), and the body follows it: the next line is prose or opens
    with a heading.  Parts are the top of a report (``level_hint`` 0): numbered headings
    after one nest below it.
    """

    name = "unnumbered"
    family = "unnumbered"
    priority = 80
    level_hint = 0  # above every numbered family
    inline = False
    numbered = False

    def looks_like(self, line: str) -> bool:
        """Whether ``line`` (stripped) reads as a part heading, whatever follows it."""
        if "(" in line:
            line = _PINYIN.sub("", line)
        return (
            len(line) <= PART_TITLE_LIMIT + 4
            and _PART_TITLE.fullmatch(line) is not None
            and _TITLE_WORDS.search(line) is None
            and _PLAN_SENTENCE.search(line) is None
            and _NAMED_BEFORE_YEAR.match(line) is None
        )

    def fused(self, line: str) -> Iterator[HeadingMatch]:
        """Part headings fused between two sentences of a run-on line: right after a
        sentence end, ending with the name of a part, followed by the body; or standing
        between gaps where the line breaks were (``…提出意见。 2024年工作回顾 2024年是…``)."""
        for gap in _SPACED_PART.finditer(line):
            part = gap.group("part")
            if self.looks_like(part) and _BODY.search(line, gap.end(), gap.end() + 200):
                yield HeadingMatch(
                    gap.start("part"),
                    gap.start("part"),
                    self.family,
                    None,
                    self.level_hint,
                    self.name,
                    gap.end("part"),
                )
        for end in _SENTENCE_END.finditer(line):
            before = line[max(0, end.start() - 10) : end.start()]
            if SALUTATION_ENDING.search(before) is not None:
                continue
            found = self._fused_at(line, end.end())
            if found is not None:
                yield found

    def _fused_at(self, line: str, position: int) -> HeadingMatch | None:
        """The name of a part opening a sentence at ``position`` with its body glued on."""
        found = FUSED_PART.match(line, position)
        if (
            found is None
            or found.start("standing") >= 0  # a sentence may open with it: 从政府自身建设看
            or _TITLE_WORDS.search(found.group()) is not None
            or _SENTENCE_WORDS.search(found.group()) is not None
            # a sentence's subject, a plan or a target (1980年计划|正在顺利执行…,
            # 今年经济增长预期目标|定为7.5%左右): a fused part names the work it reviews
            or _FUSED_WORK.search(found.group()) is None
        ):
            return None
        start = found.start()
        return HeadingMatch(
            start, start, self.family, None, self.level_hint, self.name, found.end()
        )

    def may_open_glued(self, line: str, previous: str) -> bool:
        """Whether ``line``, after ``previous``, may open with a part's name and its body
        glued on: the line before ends a sentence, and a body's opening is in reach."""
        return (
            previous[-1:] in _ENDS_SENTENCE
            and _BODY_OPENING.search(line, 3, PART_TITLE_LIMIT + 12) is not None
        )

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        if not self.looks_like(line):
            # the line break after the name was lost, the one before it kept (a PDF's dump of
            # tokens: …提出意见。 / 2020年工作回顾2020年是极不平凡的一年,…); not a title
            if not self.may_open_glued(line, context.previous):
                return None
            fused = self._fused_at(line, 0)
            end = fused.title_end if fused is not None else None
            return fused if end is not None and _BODY_OPENING.match(line, end) else None
        following = context.following
        if not following or (_BODY.search(following) is None and not _MARKER.match(following)):
            return None
        if following[0] in "是为的":  # the subject of a sentence cut by a line break
            return None
        return HeadingMatch(0, 0, self.family, None, self.level_hint, self.name, len(line))


class PointHeadingDetector(SectionDetector):
    """``一是聚焦全方位扩大内需，着力提消费促投资`` alone on its line, the body on the lines
    after it (甘肃 2025: ``一是``…``八是`` head the plan's sections).

    ``一是``, like ``第一``, is an ordinal marker; a point it opens is a sentence with its body
    on the line (``一是保人民生命安全。疫情防控…``), and stays an item.  Only a whole line
    of a title's length with no punctuation ending a sentence or a phrase, followed by
    prose that is not the next such point, is a heading.
    """

    name = "point_heading"
    family = "一是"
    priority = 27
    level_hint = 2
    inline = False
    numbered = False

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        found = _POINT_TITLE.fullmatch(line)
        following = context.following
        if (
            found is None
            or _BODY.search(following) is None
            or POINT_OPENING.match(following) is not None
        ):
            return None
        return HeadingMatch(
            0,
            found.end("number") + 1,
            self.family,
            self.number(found),
            self.level_hint,
            self.name,
            len(line),
        )


_POINT_TITLE = compile_regex(
    rf"(?P<number>{CHINESE_ORDINAL})是(?=(?:.*?\p{{Han}}){{4}})[^。!?;:]{{4,40}}(?<![,、(“\"《])"
)
POINT_OPENING = compile_regex(POINT_MARKER)
"""A point's ordinal opening the text matched (``一是…``)."""


class SummaryHeadingDetector(SectionDetector):
    """A review's unnumbered sub-heading summing the year up, followed by points that open
    with their lead sentences (``一年来,我们以稳定发展为要务,推动经济继续保持健康发展`` /
    ``经济持续稳健发展。…``).  A line announcing the points (``…以下工作:``) is none."""

    name = "unnumbered"
    family = "summary"
    priority = 85
    level_hint = 2
    inline = False
    numbered = False

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        following = context.following
        if _SUMMARY.fullmatch(line) is None or _LEAD.match(following) is None:
            return None
        if _MARKER.match(following) or following.startswith("("):  # numbered parts follow
            return None
        end = len(line) - 1 if line.endswith("。") else len(line)
        return HeadingMatch(0, 0, self.family, None, self.level_hint, self.name, end)


_SUMMARY = compile_regex(SUMMARY_HEADING)
_LEAD = compile_regex(LEAD_SENTENCE)
_MARKER = compile_regex(MARKER_PREFIX)
_GAP = compile_regex(r"(?<=\S)\s+(?=\S)")
# A sentence end, or the colon of a sentence announcing the points that follow (005
# ``主要做了以下工作:(一)…``, 023 ``…汇报如下:一、…``, 026 ``主要开展了以下工作:一、…``).
# A gap that follows a comma falls inside a sentence: no heading opens there.
_MID_SENTENCE = compile_regex(r"(?<=[,、(“《]\s*)")
# Where a heading may open in a run-on line: after a sentence end, or after the colon announcing
# the parts (如下:, 以下工作:, 重点做好9个方面工作:, 认真抓好11方面重点工作:, 主要工作是: in 14
# of the 31 provincial reports of 2025), looked behind from the colon (a scan for a count's
# digits at every place of a text of figures is slow).
_SENTENCE_END = compile_regex(
    r"(?:[。!?;]|:(?<=(?:如下|以下[^。,;:!?]{0,8}|[\d一二三四五六七八九十]{1,3}(?:个|项)?方面"
    r"[^。,;:!?]{0,6}|工作是):))(?=[^\s。!?;:])"
)
GLUED_MARKER = compile_regex(r"(?<=\p{Han})\((?=[一二三四五六七八九十]{1,3}\)\p{Han})")
"""A ``(一)`` glued to the title before it, in a report whose line breaks were lost
(``上半年的主要工作情况(一)工业发展后劲十足``, ``…健康发展(一)强基固本抓党建``)."""
# The first top heading glued to the document's title, in a report whose line breaks were
# lost (008 ``…2023年重点工作计划一、2022年工作回顾…``, 044 ``…下半年工作安排一、關於上半年工作…``).
_AFTER_TITLE = compile_regex(
    r"(?:[报報]告|总结|總結|[计計][划劃]|安排|打算|要[点點]|思路|[规規][划劃])"
    r"(?=一[、.](?!二)|\(一\))"
)


class InlineHeadingDetector(SectionDetector):
    """Headings inside a line, after a gap of whitespace: a whole report pasted on one line
    (``…三等奖。 一、工作开展情况 (一)盘活存量…``).

    In a :class:`DetectorSet` it looks for every active detector whose ``inline`` is true;
    used on its own, for ``families`` (detectors or detector classes; by default the
    built-in numbered families).
    """

    name = "inline"
    priority = 90
    inline = False

    def __init__(
        self, families: Sequence[SectionDetector | type[SectionDetector]] | None = None
    ) -> None:
        chosen = _builtin_families() if families is None else families
        self.families = [
            family
            for family in (item() if isinstance(item, type) else item for item in chosen)
            if family.pattern is not None and family.inline
        ]
        self._markers = _alternation(
            [
                (f"f{index}", family.pattern.pattern)
                for index, family in enumerate(self.families)
                if family.pattern is not None
            ]
        )

    def match(self, line: str, context: LineContext) -> HeadingMatch | None:
        return None

    def find(self, line: str, context: LineContext) -> Iterator[HeadingMatch]:
        if self._markers is None:
            return
        for gap in _GAP.finditer(line):  # most lines have none: the markers are tried rarely
            matched = self._markers.match(line, gap.end())
            if matched is not None:
                group, found = matched
                heading = self.found_inline(found, self.families[int(group[1:])], context)
                if heading is not None:
                    yield heading

    def found_inline(
        self, found: regex.Match[str], family: SectionDetector, context: LineContext
    ) -> HeadingMatch | None:
        """A heading of ``family`` found inside a line, credited to this detector."""
        heading = family.heading(found, context)
        if heading is None or heading.number is None:
            return None
        return attrs.evolve(heading, detector=self.name)


class _Alternation:
    """One pattern trying each ``(group name, body)`` in turn; a match says which group
    matched (the first, in order, that took part)."""

    def __init__(self, named: Sequence[tuple[str, str]]) -> None:
        self.groups = [group for group, _ in named]
        self.pattern = compile_regex("|".join(f"(?P<{group}>{body})" for group, body in named))
        self._indexed = [(group, self.pattern.groupindex[group]) for group in self.groups]

    def match(self, text: str, position: int = 0) -> tuple[str, regex.Match[str]] | None:
        found = self.pattern.match(text, position)
        if found is None:
            return None
        spans = found.regs  # all groups' spans at once: cheaper than a lookup per name
        return next(group for group, index in self._indexed if spans[index][0] >= 0), found


def _alternation(named: Sequence[tuple[str, str]]) -> _Alternation | None:
    return _Alternation(named) if named else None


def _builtin_families() -> list[SectionDetector]:
    return [
        ChineseNumeralDetector(),
        ParenChineseNumeralDetector(),
        OrdinalDetector(),
        ArabicNumeralDetector(),
        ParenArabicNumeralDetector(),
    ]


def has_blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold whitespace: a space, or a character that does
    not print (every blank but the space is one)."""
    return text.find(" ", start, end) >= 0 or not text[start:end].isprintable()


def _own_logic(detector: SectionDetector) -> bool:
    """Whether a detector decides in its own code (``match``/``find`` overridden)."""
    kind = type(detector)
    return kind.match is not SectionDetector.match or kind.find is not SectionDetector.find


_FIRST, _OTHER, _CUSTOM = range(3)  # the steps of DetectorSet.at_start
_BOUNDED = (PointHeadingDetector, UnnumberedPartDetector, SummaryHeadingDetector)
# The longest line these read as a title whole: a point heading (一是 and 40 characters), a
# summary (一年来,我们 and 36 and 。), an unnumbered part (PART_TITLE_LIMIT + 4). A longer
# line is theirs only through the cases DetectorSet.may_head checks.
_LONGEST_WHOLE_TITLE = 44
_NO_CONTEXT = LineContext(index=0)  # for a line asked about alone (frozen: one serves all)


class DetectorSet:
    """The active detectors, compiled once and asked by every stage of the parser.

    Detectors with a ``pattern`` become one alternation (group ``d<i>`` for the i-th, in
    priority order), tried once per position and dispatched on the group that matched; a
    :class:`LostMarkerDetector` adds the ``lost`` patterns of the active detectors, an
    :class:`InlineHeadingDetector` looks for the ``inline`` ones after gaps inside lines.
    Detectors with their own ``match``/``find`` are called as they are.  An empty set finds
    nothing.
    """

    def __init__(self, detectors: Iterable[SectionDetector]) -> None:
        self.detectors = sorted(detectors, key=lambda detector: detector.priority)
        lost = next((d for d in self.detectors if isinstance(d, LostMarkerDetector)), None)
        inline = next((d for d in self.detectors if isinstance(d, InlineHeadingDetector)), None)
        self._lost, self._inline_detector = lost, inline
        self._part = next(
            (d for d in self.detectors if isinstance(d, UnnumberedPartDetector)), None
        )
        self.custom = [
            detector
            for detector in self.detectors
            if detector is not lost and detector is not inline and _own_logic(detector)
        ]
        self._numbered_custom = [detector for detector in self.custom if detector.numbered]
        # Whether :meth:`may_head` knows every detector's bounds: the built-in ones only.
        self._bounded = all(type(detector) in _BOUNDED for detector in self.custom)
        self.compiled = [
            detector
            for detector in self.detectors
            if detector.pattern is not None and not _own_logic(detector)
        ]
        # (priority, group, body) of each alternative at the start of a line
        entries = [
            (detector.priority, f"d{index}", detector.pattern.pattern)
            for index, detector in enumerate(self.compiled)
            if detector.pattern is not None
        ]
        numbered = sorted(entries, key=lambda entry: entry[0])
        self._numbered = _alternation([(group, body) for _, group, body in numbered])
        if lost is not None:
            entries.extend(
                (lost.priority, f"l{index}", detector.lost)
                for index, detector in enumerate(self.compiled)
                if detector.lost is not None
            )
        entries.sort(key=lambda entry: entry[0])
        self._entries = [(group, compile_regex(body)) for _, group, body in entries]
        self._entry_index = {group: index for index, (group, _) in enumerate(self._entries)}
        self._start = _alternation([(group, pattern.pattern) for group, pattern in self._entries])
        self._inline = (
            _alternation(
                [
                    (f"d{index}", detector.pattern.pattern)
                    for index, detector in enumerate(self.compiled)
                    if detector.inline and detector.pattern is not None
                ]
            )
            if inline is not None
            else None
        )
        # For each alternative that may match first at a line's start, the candidates to try
        # after it, in priority order (the alternatives after it, then the detectors with
        # their own match): tried one by one, since the first that holds usually wins.
        own_match: list[tuple[int, int, Any]] = [
            (detector.priority, _CUSTOM, detector)
            for detector in self.custom
            if type(detector).find is SectionDetector.find
        ]
        self._plans: dict[str | None, list[tuple[int, int, Any]]] = {None: own_match}
        for index, (group, _) in enumerate(self._entries):
            steps: list[tuple[int, int, Any]] = [(self._priority(group), _FIRST, None)]
            steps.extend(
                (self._priority(other), _OTHER, (other, pattern))
                for other, pattern in self._entries[index + 1 :]
            )
            steps.extend(own_match)
            # stable: at one priority, the alternatives before the detectors' own match
            self._plans[group] = sorted(steps, key=lambda step: step[0])

    def __bool__(self) -> bool:
        return bool(self.detectors)

    def part_line(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a whole line that reads as an unnumbered part
        heading (when :class:`UnnumberedPartDetector` is active), markup aside."""
        if self._part is None or end - start > PART_TITLE_LIMIT + 8:
            return False
        start = after_opening(text, start, end)
        if start < end:
            end = before_closing(text, start, end)
        return self._part.looks_like(text[start:end].strip())

    def may_head(self, line: str, previous: str, run_on: bool) -> bool:
        """Whether :meth:`at_start` or :meth:`elsewhere` may find a heading in ``line``.

        ``False`` only for a line of prose longer than any title the built-in detectors
        read whole, opening with no marker and holding no gap of whitespace: most lines
        of a report, which then need no :class:`LineContext`.  A set with a detector of
        its own logic asks that detector about every line."""
        if not self._bounded or run_on or len(line) <= _LONGEST_WHOLE_TITLE:
            return True
        if self._start is not None and self._start.pattern.match(line) is not None:
            return True
        if (  # a gap (_GAP) needs a blank
            self._inline is not None
            and self._inline_detector is not None
            and has_blank(line, 0, len(line))
        ):
            return True
        if self._part is not None:
            if "(" in line and len(_PINYIN.sub("", line)) <= PART_TITLE_LIMIT + 4:
                return True  # pinyin removed, it may be short enough to read whole
            if self._part.may_open_glued(line, previous):
                return True
        return False

    def _dispatch(
        self, found: regex.Match[str], group: str, context: LineContext
    ) -> HeadingMatch | None:
        detector = self.compiled[int(group[1:])]
        if group[0] == "l" and self._lost is not None:
            return self._lost.recovered(found, detector)
        return detector.heading(found, context)

    def at_start(self, line: str, context: LineContext) -> Iterator[HeadingMatch]:
        """Candidates at the start of ``line``, in priority order (the first one usually
        wins; the others, computed only when asked for, are there when its title does not
        hold)."""
        matched = self._start.match(line) if self._start is not None else None
        first_group, first = matched if matched is not None else (None, None)
        for _, step, payload in self._plans[first_group]:
            if step == _FIRST:
                heading = self._dispatch(first, first_group, context)  # type: ignore[arg-type]
            elif step == _OTHER:
                group, pattern = payload
                other = pattern.match(line)
                heading = None if other is None else self._dispatch(other, group, context)
            else:
                heading = payload.match(line, context)
            if heading is not None:
                yield heading

    def _priority(self, group: str) -> int:
        if group[0] == "l" and self._lost is not None:
            return self._lost.priority
        return self.compiled[int(group[1:])].priority

    def starts_heading(self, line: str) -> bool:
        """Whether ``line`` opens with a heading candidate (lost markers included)."""
        context = _NO_CONTEXT
        matched = self._start.match(line) if self._start is not None else None
        if matched is not None and self._dispatch(matched[1], matched[0], context) is not None:
            return True
        return any(
            found.start == 0 for detector in self.custom for found in detector.find(line, context)
        )

    def numbered_at(self, text: str, position: int, line_end: int) -> HeadingMatch | None:
        """A numbered marker (not a lost one) opening the line ``text[position:line_end]``
        (after its markup: ``◆一、…``, ``## (一)…``), or ``None``."""
        position = after_opening(text, position, line_end)
        if self._numbered is not None:
            matched = self._numbered.match(text, position)
            if matched is not None:
                heading = self.compiled[int(matched[0][1:])].heading(matched[1], _NO_CONTEXT)
                if heading is not None:
                    return heading
        if self._numbered_custom:
            line = text[position:line_end]
            return next(
                (
                    found
                    for detector in self._numbered_custom
                    if (found := detector.match(line, _NO_CONTEXT)) is not None
                    and found.number is not None
                ),
                None,
            )
        return None

    def find(self, line: str, context: LineContext, run_on: bool = False) -> list[HeadingMatch]:
        """Every candidate in ``line``: at its start, inside it after gaps (when inline
        detection is active) and from detectors with their own ``find``; sorted by position,
        in priority order at one position.

        ``run_on`` says the line holds a whole report whose line breaks were lost: headings
        are then also looked for right after sentence ends (``…意见。(一)抢抓…``), and
        unnumbered parts fused between two sentences (``…意见。过去五年和2021年工作回顾过去
        五年,…``)."""
        found = [*self.at_start(line, context), *self.elsewhere(line, context, run_on)]
        found.sort(key=lambda match: match.start)
        return found

    def elsewhere(
        self, line: str, context: LineContext, run_on: bool = False
    ) -> list[HeadingMatch]:
        """The candidates of :meth:`find` that :meth:`at_start` does not give, sorted by
        position."""
        found: list[HeadingMatch] = []
        for detector in self.custom:
            if type(detector).find is not SectionDetector.find:
                found.extend(detector.find(line, context))
        inline = self._inline_detector
        if run_on and self._part is not None:
            found.extend(self._part.fused(line))
        if self._inline is not None and inline is not None:
            starts = [gap.end() for gap in _GAP.finditer(line)]
            if run_on:
                starts = sorted(
                    {
                        *starts,
                        *(end.end() for end in _SENTENCE_END.finditer(line)),
                        *(marker.start() for marker in GLUED_MARKER.finditer(line)),
                        *(title.end() for title in _AFTER_TITLE.finditer(line)),
                    }
                )
            for start in starts:
                if _MID_SENTENCE.match(line, start):  # …生态化进程, 2、圆满完成…
                    continue
                matched = self._inline.match(line, start)
                if matched is not None:
                    detector = self.compiled[int(matched[0][1:])]
                    heading = inline.found_inline(matched[1], detector, context)
                    if heading is not None:
                        found.append(heading)
        found.sort(key=lambda match: match.start)
        return found


DEFAULT_DETECTORS: list[SectionDetector] = [
    PartDetector(),
    ChineseNumeralDetector(),
    ParenChineseNumeralDetector(),
    OrdinalDetector(),
    PointHeadingDetector(),
    ArabicNumeralDetector(),
    ParenArabicNumeralDetector(),
    CircledNumeralDetector(),
    LostMarkerDetector(),
    UnnumberedPartDetector(),
    SummaryHeadingDetector(),
    InlineHeadingDetector(),
]
"""The built-in detectors, in priority order.  Pass a list of your own to ``parse_report``."""

DEFAULT_SET = DetectorSet(DEFAULT_DETECTORS)
""":data:`DEFAULT_DETECTORS`, compiled."""
