"""Where one report ends and the next begins, in a text holding several.

A new report starts, once the current one holds some prose, at:

- a title line (``乡镇政府2023工作报告``), or
- an opening salutation (``各位代表:``, with a colon) followed by ``我代表…`` — mid-speech
  salutations end with ``！`` and open no report; a second one opens the next report
  however little prose the current one holds (a page's excerpt may hold a paragraph), or
- a restarted ``一、…回顾`` after the report already had its own ``一、`` heading (any top-level
  family of the active detectors numbered 1 whose title names a review), or
- a page's breadcrumb (``当前位置:首页 > 政务公开 > …``), which opens the next page, or
- a compilation's piece label (``第二篇:``, ``篇二:``, ``【篇二】``) opening a piece of a line
  that holds several reports (a compilation on one line is cut at its piece labels, and at a
  title running into its salutation after a sentence, before the lines are read);

and the boundary moves back over the new report's title, salutation and opening lines.
"""

from __future__ import annotations

from govreport._chrome import DEFAULT_CHROME, ChromeRules
from govreport._compiled import compile_regex
from govreport._detectors import DEFAULT_SET, DetectorSet, HeadingMatch
from govreport._head import PLAN_WORDS, RUN_ON_HEAD, bare_title, fold, front_kind
from govreport._markers import BODY_OPENING
from govreport._model import Span
from govreport._salutation import SALUTATION

LINE = compile_regex(r"\S(?:[^\n]*\S)?")
"""A logical line of normalised text, without its surrounding whitespace."""

PROSE_BEFORE_SPLIT = 3
"""Prose lines a report must hold before another can start ..."""

PROSE_CHARS_BEFORE_SPLIT = 400
"""... or characters of prose lines (a page's paragraphs may be few and long)."""

HEADER_CHROME = frozenset(
    {"index_table", "table_rule", "source", "date", "font_controls", "breadcrumb", "counter"}
)
"""Chrome that heads a page: it belongs to the report that follows it."""

OPENING_CHROME = frozenset({"breadcrumb"})
"""Chrome that opens a page: after a report's prose, a breadcrumb (``当前位置:首页 > …``) is the
next page's."""

_DOCUMENT = r"工作(?:报告|总结|计划|规划|思路|要点|安排|打算|谋划|汇报)"
# A compound title may end in a plan word alone (上半年工作总结及下半年打算, 016; 工作总结及
# 2023年下半年工作设想, 025).
_TITLE = compile_regex(
    rf"[^。!?;,:]{{0,40}}{_DOCUMENT}(?:和\d{{4}}年?)?(?:[及和与暨][^。!?;,:]{{0,20}}?(?:{PLAN_WORDS}))?"
    r"(?:\s+\d{4}-\d{1,2}-\d{1,2})?"  # the page's date after it (…2016年工作安排 2016-03-07)
    r"(?:\([^()]{1,20}\))?"  # a bracketed name of it (046 …政府工作报告(2022年政府工作报告))
)
_NAMES_DOCUMENT = compile_regex(_DOCUMENT)
# The title opening a line that holds a whole report (RUN_ON_HEAD long or longer; a page
# number may be glued before it), and the opening after it: the salutation, or the first
# words of a body.
# A compilation's piece label (第二篇:, 篇二:, 【篇二】: 060 第一篇:)
_PIECE = r"[【\[(]?(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十]{1,3})[】\])]?\s*:?"
_PIECE_OPENING = compile_regex(_PIECE)
_RUN_ON_TITLE = compile_regex(
    rf"\d{{0,2}}(?:{_PIECE}\s*)?(?P<title>[^。!?;,:\s]{{2,50}}?{_DOCUMENT}(?:\([^()]{{1,20}}\))?)"
    rf"\s*(?=各位代表|尊敬的|{BODY_OPENING})"
)
# Where the next report of a compilation on one line opens: its piece label after a gap or
# a sentence (not 第二篇章), or its title running into its salutation after a sentence.
_INLINE_REPORT = compile_regex(
    rf"(?<=[。!?\s])\s*(?={_PIECE}(?!章)|(?<=[。!?]\s*)"
    rf"[^。!?;,:\s]{{2,50}}?{_DOCUMENT}(?:\([^()]{{1,20}}\))?\s*(?:各位代表|尊敬的))"
)
_CONJUNCTION = compile_regex(r"以及|及|和|与|暨")
TITLE_LINE = 100
"""A title line, with the tags sites add, is no longer than this."""
_PROSE = compile_regex(r"[。!?]")
# 现在,我代表镇人民政府,向大会报告工作 / 我受国务院的委托,向大会作政府工作报告
_OPENING_SENTENCE = compile_regex(r"(?:现在,?)?我(?:谨)?(?:代表|受).{0,30}?(?:报告|作.{0,12}报告)")
FRONT_LINE = 80
"""An occasion or speaker line of a report's front is no longer than this."""
# The lines between a report's title and its salutation (a report opens with its title, the
# occasion and the speaker): ``2025年1月17日在…会议上``, ``信陽市人民政府市長 尚朝陽``.
_FRONT_KINDS = frozenset({"meeting", "speaker", "date"})
_REVIEW = compile_regex(r".{0,24}(?:回顾|工作总结|工作情况|开展情况)")
_FRONT_LIKE = compile_regex(
    r"[^。!?;,]{0,40}(?:报告|总结|计划)"  # a title
    r"|(?:现在,?)?我(?:谨)?代表.{0,40}(?:报告|审议).{0,40}"  # the opening sentence
    r"|[—\-]{1,2}.{0,80}"  # a subtitle
)


def report_ranges(
    text: str, detectors: DetectorSet = DEFAULT_SET, chrome: ChromeRules = DEFAULT_CHROME
) -> list[Span]:
    """``(start, end)`` of each report in the normalised ``text``; one range if one report."""
    lines, pieces = _lines_and_pieces(text)
    starts = [0]
    prose = prose_chars = 0
    first_family: str | None = None  # family of the report's first top-level heading
    title = ""  # the current report's first title line
    opened = False  # whether the current report has had its opening (各位代表: 现在,我代表…)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        first = _first_top_heading(line, detectors)
        opening = _opens_speech(text, lines, index)
        if (
            (prose >= PROSE_BEFORE_SPLIT or prose_chars >= PROSE_CHARS_BEFORE_SPLIT)
            and (
                opening
                or _starts_report(text, lines, index, first, first_family, title, detectors, pieces)
                or chrome.line_role(text[start:end]) in OPENING_CHROME
            )
        ) or (opening and opened and prose):
            boundary = _back_over_front(text, lines, index, starts[-1], chrome)
            starts.append(lines[boundary][0])
            prose, prose_chars, first_family, title, opened = 0, 0, None, "", False
        opened = opened or opening
        if first is not None and first_family is None:
            first_family = first.family
        if not title and not prose:
            title = _title_of(line) or ""
        if _PROSE.search(line):
            # a piece of a compilation on one line holds its report's sentences
            prose += len(_PROSE.findall(line)) if start in pieces else 1
            prose_chars += len(line)
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _lines_and_pieces(text: str) -> tuple[list[Span], frozenset[int]]:
    """The logical lines of ``text``, a line holding several reports (a compilation on one
    line) cut where each opens; and the starts of the pieces of the lines so cut."""
    lines: list[Span] = []
    pieces: list[int] = []
    for match in LINE.finditer(text):
        start, end = match.span()
        if end - start >= RUN_ON_HEAD:
            for cut in _INLINE_REPORT.finditer(text, start, end):
                if start < cut.start() and cut.end() < end:
                    lines.append((start, cut.start()))
                    pieces.append(start)
                    start = cut.end()
            if pieces and pieces[-1] < start:
                pieces.append(start)
        lines.append((start, end))
    return lines, frozenset(pieces)


def _first_top_heading(line: str, detectors: DetectorSet) -> HeadingMatch | None:
    """A top-level heading numbered 1 opening ``line`` (``一、…``), or ``None``."""
    if not line:
        return None
    found = detectors.numbered_at(line, 0, len(line))
    return found if found is not None and found.level_hint == 1 and found.number == 1 else None


def _title_of(line: str) -> str | None:
    """``line`` as a document's title without the tags sites add, if it is one
    (``…工作报告-10篇(第20/30页)``), else ``None``."""
    if len(line) > TITLE_LINE or _NAMES_DOCUMENT.search(fold(line)) is None:
        return None
    bare = bare_title(line)
    return bare if _TITLE.fullmatch(bare) else None


def _part_of(line: str, bare: str, title: str, detectors: DetectorSet) -> bool:
    """Whether ``line`` (as a title: ``bare``) heads a part of the current report rather
    than a new one: it opens
    with a heading's number (``二、2024年工作计划``), reads as an unnumbered part heading, or
    names one part of the report's compound title (``2023年工作总结`` under
    ``2023年工作总结及2024年工作计划``)."""
    if detectors.numbered_at(line, 0, len(line)) is not None:
        return True
    if detectors.part_line(line, 0, len(line)):  # 2024年工作安排, 下半年工作打算
        return True
    return bare != title and bare in _CONJUNCTION.split(title)


def _starts_report(
    text: str,
    lines: list[Span],
    index: int,
    first: HeadingMatch | None,
    first_family: str | None,
    title: str,
    detectors: DetectorSet,
    pieces: frozenset[int] = frozenset(),
) -> bool:
    start, end = lines[index]
    line = text[start:end]
    if (bare := _title_of(line)) is not None:
        return not _part_of(line, bare, title, detectors)
    if start in pieces and _PIECE_OPENING.match(line):  # …奋斗! 第二篇:2025年…
        return True
    if (end - start >= RUN_ON_HEAD or start in pieces) and (
        run_on := _RUN_ON_TITLE.match(line)
    ) is not None:
        # a whole report on one line, its title running into its opening (031 12023年街道
        # 2023年工作规划今年是…, 046 …政府工作报告(2022年政府工作报告)各位代表:…)
        head = run_on["title"]
        bare = bare_title(head)
        return _TITLE.fullmatch(bare) is not None and not _part_of(head, bare, title, detectors)
    return (
        first is not None
        and first.family == first_family
        and _REVIEW.match(line, first.marker_end) is not None
    )


def _opens_speech(text: str, lines: list[Span], index: int) -> bool:
    """Whether ``lines[index]`` is a report's opening salutation: ``各位代表:`` alone, and
    ``现在,我代表…报告工作`` in the next two lines."""
    start, end = lines[index]
    if text[end - 1] != ":" or not SALUTATION.fullmatch(text, start, end):
        return False
    following = lines[index + 1 : index + 3]
    # folded: a page in traditional script opens 我代表…向大會報告工作 (050)
    return any(_OPENING_SENTENCE.match(fold(text[s:e])) for s, e in following)


def _back_over_front(
    text: str, lines: list[Span], index: int, floor: int, chrome: ChromeRules
) -> int:
    """The first of the front-like lines (title, salutation, opening sentence, the page's
    header fields) right before ``lines[index]``."""
    while index > 0 and lines[index - 1][0] > floor:
        start, end = lines[index - 1]
        header = chrome.line_role(text[start:end]) in HEADER_CHROME
        if not header and not (
            _FRONT_LIKE.fullmatch(text, start, end)
            or SALUTATION.fullmatch(text, start, end)
            or (end - start <= FRONT_LINE and front_kind(text[start:end]) in _FRONT_KINDS)
        ):
            break
        index -= 1
    return index
