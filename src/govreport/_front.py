"""The front of a report: title, subtitle (date and meeting), speaker.

The front ends at the salutation (``各位代表：``), the first heading or the first paragraph.
A title repeated by the page (a header line above the article, the article's own heading)
is kept once as the title; the earlier copies are page chrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from govreport._compiled import compile_regex
from govreport._contents import CONTENTS_LABEL
from govreport._detectors import DEFAULT_SET, DetectorSet
from govreport._head import DATE_ALONE, DATELINE, SITE_NOTICE, SITE_TAG, is_title_line
from govreport._markers import BODY_OPENING
from govreport._model import Span
from govreport._salutation import SALUTATION

FRONT_LINES = 12
"""The front holds at most this many lines (chrome lines not counted)."""

DOC_WORDS = "报告|总结|计划|思路|要点|安排|讲话"

_SUBTITLE = compile_regex(
    # ——2024年3月5日在第十四届全国人民代表大会第二次会议上 (058: ;;;; for the dash); a dash
    # line with neither a date nor a meeting is a section's motto (——坚持改进作风,
    # 自身建设不断加强), not the subtitle.
    r"(?:[—\-━]{1,2}|;;;;)\s*(?=.{0,80}(?:[会會][议議]|大[会會]|\d{4}\s*年|[〇零一二三四五六七八九○]{4}年))\S.{0,80}"
    r"|\(.{0,60}(?:[会會][议議]|大[会會])上?\)"  # (2024年1月10日在…会议上)
    r"|.{0,20}?[\d〇零一二三四五六七八九]{4}\s*年.{0,60}(?:[会會][议議]|大[会會])上(?:的(?:报告|讲话))?"
    # the occasion's date opening it, its end on the next lines (034: 2021 年 2 月 4 日在马山县
    # 第十六届人民代表 / 大会 / 第七次会议上)
    r"|[\d〇零一二三四五六七八九○]{4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*在\S.{0,60}"
)
_SUBTITLE_END = compile_regex(r"\S{0,30}(?:[会會][议議]|大[会會])上?(?:的(?:报告|讲话))?")
_SPEAKER = compile_regex(r"(?:[\p{Han}·]\s*){2,20}")  # 自治区主席 艾尔肯·吐尼亚孜
_TITLE_LINE = compile_regex(r"(?=.*\p{Han})[^。!?;,]{2,60}(?<!:)")
# A title opening a line with the text after a gap, or where the line breaks were lost, with
# a site's tag (013 ``…政府工作报告-10篇(第20/30页)``) or the body's opening glued on (031
# ``…2023年工作规划今年是…``).
_INLINE_TITLE = compile_regex(
    rf"(?P<title>[^。!?;:,]{{2,50}}(?:{DOC_WORDS}))"
    rf"(?:(?:{SITE_TAG})(?:[(]第\d+/\d+页[)])?|(?=\s|{BODY_OPENING}))"
)
# A site's tag line: a few short words between commas (017 镇政府,工作报告,2023).
_TAG_LINE = compile_regex(r"(?:[^\s,。!?;:]{1,10},){1,6}[^\s,。!?;:]{1,10}")
NOTICE_LINE = 300
"""A site's notice before the report is no longer than this."""
ABSTRACT_OPENING = 6
"""A site's abstract repeats at least this much of the line after it."""
BAR_FIGURE = 8
"""A download bar's figure with its word (``15 页``, ``VIP专免``) is no longer than this."""
_HAN = compile_regex(r"\p{Han}")
_LATIN_OR_DIGIT = compile_regex(r"[A-Za-z\d]")


class Front:
    """Title lines (``(span, role)``), page-header copies, and where the body starts.

    ``body_line`` is the index of the first body line; ``body_offset`` is where the body
    starts inside that line when the title shares it (a report on one line), else ``None``.
    """

    lines: list[tuple[Span, str]]
    page_headers: list[Span]
    body_line: int
    body_offset: int | None

    __slots__ = ("body_line", "body_offset", "lines", "page_headers")

    def __init__(
        self,
        lines: list[tuple[Span, str]],
        page_headers: list[Span],
        body_line: int,
        body_offset: int | None = None,
    ) -> None:
        self.lines = lines
        self.page_headers = page_headers
        self.body_line = body_line
        self.body_offset = body_offset

    def body(self, lines: Sequence[Span], chrome_lines: Iterable[int]) -> list[Span]:
        """The body's lines among ``lines`` (chrome lines left out; the first one starts
        after the title when they share it)."""
        chrome = set(chrome_lines)
        return [
            (self.body_offset, end)
            if index == self.body_line and self.body_offset
            else (start, end)
            for index, (start, end) in enumerate(lines)
            if index >= self.body_line and index not in chrome
        ]

    @property
    def title(self) -> Span | None:
        """The span of the report's own title line, if any."""
        return next((span for span, role in self.lines if role == "title"), None)


def read_front(
    text: str,
    lines: Sequence[Span],
    chrome_lines: set[int],
    detectors: DetectorSet = DEFAULT_SET,
) -> Front:
    """Split the title lines off the start of a report's ``lines`` (normalised text).

    A line opening with a heading of ``detectors`` ends the front.
    """
    found: list[tuple[Span, str]] = []
    notices: list[tuple[int, Span]] = []  # a site's notices, until the report's front goes on
    furniture: list[Span] = []
    body_line, body_offset = len(lines), None
    seen = 0
    for index, (start, end) in enumerate(lines):
        if index in chrome_lines:
            continue
        line = text[start:end]
        seen += 1
        if (
            seen > FRONT_LINES
            or SALUTATION.fullmatch(line)
            or detectors.starts_heading(line)
            or CONTENTS_LABEL.fullmatch(line)  # a table of contents opens the body
            # a part's heading after the title (2022年政府工作报告… / 2022年工作回顾), which
            # names no document itself (2021年工作总结 is one's title)
            or (
                any(role == "title" for _, role in found)
                and detectors.part_line(text, start, end)
                and not is_title_line(line)
            )
        ):
            body_line = index
            furniture.extend(span for _, span in notices)
            notices = []
            break
        after_subtitle = any(role == "subtitle" for _, role in found)
        if not after_subtitle and (_notice(line) or _abstract(text, line, lines, index)):
            # page furniture if the front goes on after it (017: 说明:…下载…, 导语】以下是…
            # 小编为您整理的…, 镇政府,工作报告,2023, then the title again; 056 本文关键词:)
            notices.append((index, (start, end)))
            continue
        if notices and not _SUBTITLE.fullmatch(line) and not _TITLE_LINE.fullmatch(line):
            body_line = notices[0][0]
            notices = []
            break
        furniture.extend(span for _, span in notices)
        notices = []
        if not after_subtitle and _SUBTITLE.fullmatch(line):
            found.append(((start, end), "subtitle"))
        elif after_subtitle and found[-1][1] == "subtitle" and _SUBTITLE_END.fullmatch(line):
            found.append(((start, end), "subtitle"))  # 第六次会议上: the subtitle's second line
        elif after_subtitle and DATE_ALONE.match(line):
            # the occasion's date on a line of its own, before or after the speaker (026:
            # ——在鹅湖镇…会议上 / 林积专 / 2020年6月19日; 032: …代旗长 周玉龙 / (2022年1月5日))
            found.append(((start, end), "subtitle"))
        elif after_subtitle and DATELINE.match(line):
            furniture.append((start, end))  # the newspaper's (053 沈阳日报 2016年02月10日)
        elif after_subtitle and _SPEAKER.fullmatch(line):
            found.append(((start, end), "speaker"))
        elif not after_subtitle and _TITLE_LINE.fullmatch(line):
            found.append(((start, end), "title"))
        else:
            body_line = index
            inline = _INLINE_TITLE.match(line)
            if inline is not None and not after_subtitle and len(line) > 2 * inline.end():
                found.append(((start, start + inline.end()), "title"))
                rest = line[inline.end() :]
                body_offset = start + inline.end() + len(rest) - len(rest.lstrip())
            break
    if notices:  # nothing of the front after them: they open the body
        body_line = notices[0][0]
    return _settle(text, found, body_line, body_offset, furniture)


def _abstract(text: str, line: str, lines: Sequence[Span], index: int) -> bool:
    """Whether ``line`` is a site's abstract repeating the report's opening lines as one (034,
    058: ``(广西)2021年…工作报告(全文) 政府工作报告 2021 年 2 月 4 日在…`` above the title
    it starts with)."""
    if index + 1 >= len(lines):
        return False
    start, end = lines[index + 1]
    following = text[start:end]
    return (
        len(following) >= ABSTRACT_OPENING
        and len(line) > len(following) + 2
        and line.startswith(following)
    )


def _notice(line: str) -> bool:
    """Whether ``line`` reads as a site's notice, lead-in, tag line or a download bar's
    figure rather than a report's line (no title of the report names a site's words, and no
    sentence is a list of tags; 028, 049: ``2024-05-18``, ``999+``, ``29.09KB``, ``15 页``)."""
    if len(line) > NOTICE_LINE:
        return False
    if _HAN.search(line) is None:
        return True
    squeezed = "".join(line.split())
    if len(squeezed) <= BAR_FIGURE and _LATIN_OR_DIGIT.search(squeezed):
        return not is_title_line(line)
    return _TAG_LINE.fullmatch(line) is not None or (
        SITE_NOTICE.search(line) is not None and _TITLE_LINE.fullmatch(line) is None
    )


def _settle(
    text: str,
    found: list[tuple[Span, str]],
    body_line: int,
    body_offset: int | None,
    notices: list[Span],
) -> Front:
    """Keep the last title; earlier copies of it (whole or cut short) are page headers, as
    are a site's ``notices``."""
    # Page furniture the front took for a title (VIP专免, 查看: 62|回复: 0, 29.09KB, a
    # download bar) is a page header: a title names a document.
    furniture = [
        *notices,
        *(
            span
            for span, role in found
            if role == "title" and not is_title_line(text[span[0] : span[1]])
        ),
    ]
    found = [(span, role) for span, role in found if span not in furniture]
    titles = [span for span, role in found if role == "title"]
    if len(titles) < 2:
        return Front(found, sorted(furniture), body_line, body_offset)
    main_start, main_end = titles[-1]
    main = "".join(text[main_start:main_end].split())  # 平湖镇 2023 年… copies 平湖镇2023年…
    kept: list[tuple[Span, str]] = []
    headers: list[Span] = []
    for span, role in found:
        copy = "".join(text[span[0] : span[1]].split())
        if role == "title" and span != titles[-1] and main.startswith(copy):
            headers.append(span)
        else:
            kept.append((span, role))
    return Front(kept, sorted([*furniture, *headers]), body_line, body_offset)
