"""What a report says about itself: title, government, year, dates, meeting, speaker.

Most of it is read from the page's head (:mod:`govreport._head`): the title lines after any
chrome, the meeting line with its date, the speaker line, the page's fields (``发布时间``,
``发布机构``, ``成文日期`` …, letter-spaced, in ``|`` tables or brackets), bylines and upload
dates.  The opening paragraphs (``我代表国务院，向大会报告政府工作``) and the body
(``我谨代表留庄镇人民政府``, or the township named most often) name the government when the
head does not.  The government is the one the report is *of*: never a parent the page
names before it (``六盘水市水城区`` → ``水城区``), a placeholder only when no name is given.

A date whose digits were partly lost (``2023116日``) is read only when the other dates of
the page leave one reading (published 2023-01-31, so 2023-01-16, not 2023-11-06); otherwise
it is left out rather than guessed.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import regex

from govreport._compiled import compile_regex
from govreport._head import (
    DOC_WORDS,
    FIELD_LABEL,
    HEAD_CHARS,
    OFFICE_PATTERN,
    PLAN_WORDS,
    Head,
    fold,
    read_head,
)
from govreport._metrics._cues import plan_years
from govreport._model import Block, Metadata
from govreport._normalize import fold as _fold
from govreport._numerals import small_number
from govreport.data.characters import PINYIN_LETTERS
from govreport.data.regions import (
    ABBREVIATION_AFTER,
    ADMIN_LEVELS,
    BARE_LEVELS,
    BLANK_MARKS,
    CENTRAL_GOVERNMENTS,
    MUNICIPALITIES,
    NAME_MAY_START,
    NO_LEVEL_ENDINGS,
    NOT_NAME_BEFORE,
    NOT_NAME_START,
    NOT_NAMES,
    NOT_SPEAKER_WORDS,
    NPC_FIRST_SESSIONS,
    NPC_SESSION_YEARS,
    PHRASE_TAILS,
    PLACEHOLDER_MARKS,
    PLACEHOLDER_WORD,
    PLACEHOLDERS,
    POSITIONS,
)

_SUFFIX = "|".join(sorted(ADMIN_LEVELS, key=len, reverse=True))
_ON_BEHALF = compile_regex(
    rf"代表(?P<central>{'|'.join(CENTRAL_GOVERNMENTS)})"
    r"|代表\s*(?P<region>[^,，。:：;；、\s]{1,20}?(?:人民政府|政府))"
)
# A township's name, two characters and 镇/乡, found at its last character (a scan for two
# characters is quick; one for three Chinese characters at every place of the body is not).
_TOWNSHIP_END = compile_regex(
    rf"(?<=(?<![{NOT_NAME_BEFORE}])\p{{Han}}{{2}})[镇乡](?![{ABBREVIATION_AFTER}])"
)


def _townships(body: str) -> Iterator[tuple[int, str]]:
    """Where each township name of ``body`` starts, and the name (two Chinese characters
    and 镇/乡), leftmost first and never overlapping (乡镇 in 城乡镇 is none)."""
    taken = 0
    for match in _TOWNSHIP_END.finditer(body):
        start = match.start() - 2
        if start >= taken:
            taken = match.end()
            yield start, body[start:taken]


# A page field in a chrome line.  The value runs word by word up to the next field's label,
# a | or the end, never rescanning a run of spaces (linear in a footer of spaces).
# (or any short label and its colon: 点击:1234, 作者:党政办; a clock's 09:30 is no label)
_NEXT_FIELD = rf"(?:{FIELD_LABEL}|累计次数|浏览次数|字体|[^\d\s|:】\]][^\s|:】\]]{{0,5}}:)"
_FIELD = compile_regex(
    r"(?P<label>索\s*引\s*号|发\s*布\s*机\s*构|公文生成日期|成文日期|发布日期|发布时间|信息来源|来源"
    r"|(?<![\p{Han}])时间)"
    # a value ends at a bracket closing its field too (【来源:沙沟镇人民政府】【时间:…】)
    rf"\s*[:|]\s*+(?P<value>[^|\s】\]]*+(?:\s++(?!{_NEXT_FIELD}|\||$)[^|\s】\]]++)*+)"
    rf"\s*+(?:(?<=\s)(?={_NEXT_FIELD})|(?=[|】\]]|$))"
)
_SOFT_BREAK = compile_regex(r"[^\S\n]*\n\s*")
_ISO_DATE = compile_regex(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_CHINESE_DATE = compile_regex(
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日"
)
_RUN_TOGETHER_DATE = compile_regex(r"(?P<y>(?:19|20)\d{2})(?P<rest>\d{2,4})日")
_MEETING = compile_regex(r"在(?P<meeting>\S{2,40}?(?:[会會][议議]|大[会會]))上")
_I_ON_BEHALF = compile_regex(
    r"(?<=[我谨])" + _ON_BEHALF.pattern.replace("|代表", "|(?<=[我谨])代表")
)
_OPENING_MEETING = compile_regex(
    r"向(?P<meeting>第\p{Han}{1,4}届全[国國]人民代表大[会會](?:第\p{Han}{1,3}次[会會][议議])?)"
)
_YEAR = compile_regex(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)\s*年?|(?P<chinese>[〇零一二三四五六七八九]{4})年"
)
_ANNUAL_REVIEW = compile_regex(r"(?P<year>(?:19|20)\d{2})\s*年(?:国内)?工作的?回顾")
_GOVERNMENT_REPORT = compile_regex(
    r"政府工作[报報]告|[报報]告(?:政府)?工作|作(?:政府)?工作[报報]告"
    r"|代表\S{0,12}政府[^。]{0,12}(?:报告|汇报)"
)
_POSITION = compile_regex("^(?:" + "|".join(sorted(POSITIONS, key=len, reverse=True)) + ")")
_NAME = compile_regex(r"\p{Han}{2,4}")
_DOC_WORD = compile_regex(DOC_WORDS)
_SPACE_BETWEEN_HAN = compile_regex(r"(?<=\p{Han})\s*\n\s*(?=\p{Han})")

_CHINESE_DIGIT = {char: str(value) for value, char in enumerate("〇一二三四五六七八九")}
_CHINESE_DIGIT["零"] = "0"

DOC_TYPES: list[tuple[str, str]] = [
    ("计划执行情况报告", r"计划执行情况"),
    (
        "总结和计划",
        rf"(?:总结|回顾|工作情况|基本情况|完成情况).*(?:{PLAN_WORDS}|目标|措施|规划)",
    ),
    ("政府工作报告", r"政府.*工作报告|政府工作报告"),
    ("工作总结", r"总结"),
    ("工作计划", r"计划|思路|打算|要点|安排|规划|谋划|设想"),
    ("工作汇报", r"汇报"),
    ("工作报告", r"报告"),
]
"""Title cue → document type, first match wins."""

# a five-year plan's name: 十五 alone is also a number, so only in quotes
_PLAN_NAME = (
    r"(?<![一二三四五六七八九十])(?:“(?P<quoted>十[一二三四五]?五)”|(?P<plain>十[一二三四五]五))"
)
# A summary of a five-year plan's years (“十四五”工作总结, 十三五时期工作回顾)
_PLAN_SUMMARY_TEXT = (
    rf"{_PLAN_NAME}\s*(?:时期|期间|规划期?)?\s*(?:以来)?的?\s*(?:工作)?\s*(?:总结|回顾)"
)
PERIODS: list[tuple[str, str]] = [
    ("five-year", _PLAN_SUMMARY_TEXT),
    ("multi-year", r"(?:19|20)\d{2}\s*[-—~至到]\s*(?:19|20)\d{2}\s*年"),
    ("three-quarters", r"前三季度|1-9月|一至九月"),
    ("half-year", r"上半年|下半年|半年"),
    ("quarter", r"[一二三四1-4]季度"),
    ("month", r"\d{1,2}月份?工作"),
    ("annual", r"年度|\d{4}年|[〇零一二三四五六七八九]{4}年|\d{4}(?=工作)"),
]
"""Title cue → the period a report covers, first match wins."""

_DOC_TYPE = [(name, compile_regex(cue)) for name, cue in DOC_TYPES]
_PERIOD = [(name, compile_regex(cue)) for name, cue in PERIODS]


FIELD_CHARS = 1000
"""Page fields are read in this many characters of each chrome block."""


class MetadataSources:
    """The texts metadata is read from (the caller's characters)."""

    front: Sequence[Block]
    chrome: Sequence[Block]
    opening: Sequence[str]  # preamble paragraphs
    body: str  # all item text, for the government's name
    headings: Sequence[tuple[str, str | None]]  # top-level section titles and kinds
    head: str  # the normalised start of the report, for the page's own lines
    head_clean: str  # the same characters as the caller wrote them
    junk: frozenset[str]  # the site's junk tokens where line breaks were
    plan_openings: Sequence[str]  # the first paragraphs of the top plan sections

    __slots__ = (
        "body",
        "chrome",
        "front",
        "head",
        "head_clean",
        "headings",
        "junk",
        "opening",
        "plan_openings",
    )

    def __init__(
        self,
        front: Sequence[Block],
        chrome: Sequence[Block],
        opening: Sequence[str],
        body: str,
        headings: Sequence[tuple[str, str | None]],
        head: str = "",
        head_clean: str = "",
        junk: frozenset[str] = frozenset(),
        plan_openings: Sequence[str] = (),
    ) -> None:
        self.front = front
        self.chrome = chrome
        self.opening = opening
        self.body = body
        self.headings = headings
        self.head = head
        self.head_clean = head_clean
        self.junk = junk
        self.plan_openings = plan_openings


def read_metadata(sources: MetadataSources) -> Metadata:
    """The :class:`Metadata` of one report."""
    if sources.head:
        head = read_head(sources.head, sources.head_clean, sources.junk)
    else:
        rebuilt = _head_from_blocks(sources)
        head = read_head(rebuilt, rebuilt)
    front_titles = [_fold(block.text) for block in sources.front if block.role == "title"]
    subtitle = next((_fold(b.text) for b in sources.front if b.role == "subtitle"), "")
    speakers = [_fold(b.text) for b in sources.front if b.role == "speaker"]
    # Fields sit in short chrome lines; a footer set aside to the end may be long.
    fields = _page_fields(block.text[:FIELD_CHARS] for block in sources.chrome)
    for label, value in head.fields.items():
        fields.setdefault(label, value)
    opening = "".join(sources.opening)[:OPENING_READ]
    lead_in = [head.lead_in_title] if head.lead_in_title else []
    titles = (
        _ranked_titles(head.titles)
        or lead_in
        or [
            title
            for title in [_clean_title(sources.front) or ""]
            if front_titles and _DOC_WORD.search("".join(fold(title).split()))
        ]
    )
    titles = [title for title in titles if title]
    title = titles[0] if titles else None
    folded_titles = [fold(text) for text in titles]

    published = head.published or _first_date(
        fields.get(label) for label in ("发布时间", "发布日期", "时间", "公文生成日期", "成文日期")
    )
    delivered = (
        head.delivered
        or _subtitle_date(subtitle or head.meeting_line, published)
        or _first_date([fields.get("成文日期")])
    )
    region, level = _region(
        head, list(zip(folded_titles, titles, strict=True)), opening, sources.body, fields
    )
    doc_type = _doc_type(folded_titles, head, opening, sources.body, bool(sources.headings))
    period = next((p for text in folded_titles if (p := _first_cue(_PERIOD, text))), None)
    if period is None and doc_type == "政府工作报告":
        period = "annual"
    speaker = head.speaker or _speaker(speakers) or _reported_speaker(opening + sources.body[:3000])
    if speaker is not None and _NO_NAME.search(speaker):
        speaker = None  # the name removed (镇长 ○○○, 李某) or an office alone (镇长)
    meeting = _meeting(subtitle or head.meeting_line, opening)
    year = (
        _year(
            folded_titles,
            delivered,
            published,
            sources.headings,
            sources.plan_openings,
            national=level == "国家",
        )
        or _opening_year(_past_title(opening or sources.body[:300], title))
        or (_congress_year(meeting) if level == "国家" else None)
    )
    if year is not None and _rewritten(year, sources.body):
        if delivered and delivered.startswith(str(year)):
            delivered = None
        year = None
    return Metadata(
        title=title,
        region=region,
        admin_level=level,
        year=year,
        period=period,
        doc_type=doc_type,
        published=published,
        delivered=delivered,
        publisher=fields.get("发布机构") or fields.get("来源") or fields.get("信息来源"),
        source=fields.get("来源") or fields.get("信息来源"),
        meeting=meeting,
        speaker=speaker,
        index_number=fields.get("索引号"),
    )


def _head_from_blocks(sources: MetadataSources) -> str:
    """The start of the report as its blocks give it, when the caller passes no head: the
    chrome and title lines in page order, then the opening paragraphs (every character of
    the text lies in one block)."""
    blocks = sorted(
        (block for block in (*sources.front, *sources.chrome) if block.span[0] < HEAD_CHARS),
        key=lambda block: block.span,
    )
    lines = [block.text for block in blocks]
    lines.extend(sources.opening or [sources.body[:HEAD_CHARS]])
    return "\n".join(lines)[:HEAD_CHARS]


def _clean_title(front: Sequence[Block]) -> str | None:
    titles = [block.text for block in front if block.role == "title"]
    if not titles:
        return None
    joined = _SPACE_BETWEEN_HAN.sub("", titles[-1])  # 政府工作报\n告: a line broken in two
    return " ".join(joined.split())


def _page_fields(texts: Iterable[str]) -> dict[str, str]:
    """``label → value`` from the page's chrome lines (first occurrence wins)."""
    fields: dict[str, str] = {}
    for text in texts:
        # a block's soft line breaks are the caller's (美兰区三 / 江 / 镇 in a dump of tokens)
        for match in _FIELD.finditer(_fold(_SOFT_BREAK.sub("", text))):
            label = "".join(match.group("label").split())
            value = match.group("value").strip()
            if value and label not in fields:
                fields[label] = value
    return fields


def _first_date(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value and (date := parse_date(value)):
            return date
    return None


def parse_date(text: str) -> str | None:
    """The first complete, valid date in ``text`` as ISO ``YYYY-MM-DD``, else ``None``.

    >>> parse_date("发布时间: 2024-11-11 15:05")
    '2024-11-11'
    >>> parse_date("一九五七年六月二十六日")
    '1957-06-26'
    >>> parse_date("2023116日") is None  # digits lost: not a date
    True
    """
    match = _ISO_DATE.search(text)
    if match:
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _CHINESE_DATE.search(text)
    if match:
        year = int("".join(_CHINESE_DIGIT[char] for char in match["y"]))
        return _iso(year, small_number(match["m"]) or 0, small_number(match["d"]) or 0)
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _subtitle_date(subtitle: str, published: str | None) -> str | None:
    """The subtitle's date; a run-together one only if the page's dates leave one reading."""
    if not subtitle:
        return None
    date = parse_date(subtitle)
    if date:
        return date
    match = _RUN_TOGETHER_DATE.search(subtitle)
    if match is None or published is None:
        return None
    year, rest = int(match["y"]), match["rest"]
    readings = {
        reading
        for cut in range(1, len(rest))
        if (reading := _iso(year, int(rest[:cut]), int(rest[cut:]))) and reading <= published
    }
    return readings.pop() if len(readings) == 1 else None


def _ranked_titles(titles: Sequence[str]) -> list[str]:
    """Title candidates, the fullest first: one naming the government and the year before a
    bare ``政府工作报告``; page order among equals."""

    def score(title: str) -> tuple[int, int]:
        folded = fold(title)
        named = _government(folded)
        return (
            2 * (named.name is not None or named.placeholder is not None)
            + (_first_year(folded) is not None),
            len(folded) if len(folded) <= 40 else 0,
        )

    unique = list(dict.fromkeys(titles))
    return sorted(unique, key=score, reverse=True)


class _Named:
    name: str | None  # the caller's characters
    placeholder: str | None
    level: str | None  # a bare level word: 镇政府…, 我代表县人民政府

    __slots__ = ("level", "name", "placeholder")

    def __init__(
        self,
        name: str | None = None,
        placeholder: str | None = None,
        level: str | None = None,
    ) -> None:
        self.name = name
        self.placeholder = placeholder
        self.level = level


_SINGLE_MARKS = PLACEHOLDER_MARKS.translate(dict.fromkeys(map(ord, BLANK_MARKS)))
_PLACEHOLDER_NAME = (
    rf"(?:[{regex.escape(_SINGLE_MARKS)}]{{1,4}}|[{BLANK_MARKS}]{{2,4}}|{PLACEHOLDER_WORD})"
)
_GOVERNMENT = compile_regex(
    # (an ethnic township's or county's people between: XX回族乡)
    rf"(?P<placeholder>{_PLACEHOLDER_NAME}(?:\p{{Han}}{{1,4}}族)?(?:乡镇|{_SUFFIX}))"
    rf"|(?:(?<=^|[^\p{{Han}}]|[年度在于是]|代表|篇:|政府)"
    rf"(?:[本我该全]?(?P<bare>乡镇|{'|'.join(sorted(BARE_LEVELS, key=len, reverse=True))})"
    # 羊金万在木棠镇…: a speaker's name and 在 before the government's
    # 关于沙沟镇2022年…的报告: the preposition is no part of the name (关岭县 is a name)
    # (nor with a year in Chinese numerals: 二〇二三年沂水县政府工作报告)
    rf"|(?:(?<=^|[^\p{{Han}}]|年|关于)(?=[{NAME_MAY_START}]\p{{Han}}{{1,19}}?(?:{_SUFFIX}))"
    rf"|(?![{NOT_NAME_START}]|关于|[〇○零一二三四五六七八九]{{4}}年))(?P<name>(?:(?!在)\p{{Han}}){{1,20}}?(?:{_SUFFIX}))))"
    r"(?=人民政府|政府|办事处|人民代表|人大|第|\d|[(\s【_“\"]|上半年|下半年|半年|关于|年度|工作|[〇零一二三四五六七八九]{4}"
    r"|(?:代理|代|副|常务副)?(?:省长|市长|区长|县长|旗长|镇长|乡长|州长|盟长|主席|主任)|$)"
)
_SPLIT_UNIT = compile_regex(rf"(?:{_SUFFIX})")
# Words no government's name holds: a meeting's, or a document's glued before the name where
# the line breaks were lost (镇上半年工作汇报黄飞镇…)
_NOT_IN_NAME = compile_regex(rf"会议|大会|工作|{DOC_WORDS}")
_WHOLE_NAME = compile_regex(rf"\p{{Han}}+?(?:{_SUFFIX})")
_BARE_SUFFIX = compile_regex(rf"(?:{_SUFFIX})")
_TAG = compile_regex(r"^\s*[(\[【][^)\]】]{1,8}[)\]】]")
_MEETING_OF = compile_regex(r"在\s*(?P<who>[^在,。]{1,24}?)\s*(?:第[^届]{1,4}届|人民代表大会)")


NAME_CHARS = 300
"""A government is looked for in this many characters of a title, field or line."""


def _government(folded: str, clean: str | None = None, *, last: bool = False) -> _Named:
    """The first (or ``last``) government named in a folded title or line (``clean``: as
    written)."""
    folded = folded[:NAME_CHARS]
    clean = folded if clean is None or len(clean) < len(folded) else clean[:NAME_CHARS]
    tag = _TAG.match(folded)
    start = tag.end() if tag else 0
    placeholder = level = None
    placeholder_end = -1
    matches = list(_GOVERNMENT.finditer(folded, start))
    for match in reversed(matches) if last else matches:
        if match["name"]:
            name = _last_unit(match["name"].removesuffix("办事处"))
            if name in PLACEHOLDERS or name in NOT_NAMES:
                placeholder = placeholder or name
                continue
            if _NOT_IN_NAME.search(name):  # …大会第六次会议上镇 (代镇长), 工作汇报黄飞镇
                continue
            end = match.start("name") + len(match["name"].removesuffix("办事处"))
            return _Named(clean[end - len(name) : end], placeholder, level)
        # the government itself, not its parents: X市X县X镇 → X镇
        if match["placeholder"] and (placeholder is None or match.start() == placeholder_end):
            placeholder = clean[match.start("placeholder") : match.end("placeholder")]
            placeholder_end = match.end()
        if match["bare"] and level is None:
            level = BARE_LEVELS[match["bare"]]
    return _Named(None, placeholder, level)


def _last_unit(name: str) -> str:
    """The government itself, not its parents: 六盘水市水城区 → 水城区, 沂水县沙沟镇 → 沙沟镇,
    荆州市沙市区 → 沙市区 (cut after the longest parent that leaves a whole name)."""
    for match in reversed(list(_SPLIT_UNIT.finditer(name))):
        rest = name[match.end() :]
        if match.end() >= 2 and _WHOLE_NAME.fullmatch(rest) and not _BARE_SUFFIX.fullmatch(rest):
            return rest
    return name


def _region(
    head: Head,
    titles: Sequence[tuple[str, str]],
    opening: str,
    body: str,
    fields: dict[str, str],
) -> tuple[str | None, str | None]:
    """The government and its level: from the titles, the meeting line, the page's fields,
    the speaker line, ``我代表…人民政府``, or the township the body names most often."""
    titled = [_government(folded, clean) for folded, clean in titles]  # (folded, as written)
    # a page's source or publisher field may name the parent that posts the report (来源:
    # 沂水县人民政府办公室 over 我代表镇人民政府…): it stands only at the level the report speaks as
    speaking = _speaking_level(head.head_clean, opening, body)
    own: list[_Named] = []  # the report's own lines: meeting, fields, speaker, 我代表…
    for line in head.lines:
        for match in _MEETING_OF.finditer(line.text):
            where = slice(match.start("who"), match.end("who"))
            own.append(_government(line.text[where], line.clean[where]))
    for label in (
        "发布机构",
        "发布单位",
        "发文机关",
        "发文单位",
        "所属机构",
        "信息来源",
        "来源",
        "文章来源",
    ):
        value = fields.get(label)
        if value:
            named = _government(fold(value), head.fields_clean.get(label))
            if (
                named.name
                and fold(value).startswith(_parents_and(named.name, fold(value)))
                and _at_level(fold(named.name), speaking)
            ):
                own.append(named)
    speaker_line = next((line for line in head.lines if line.text == head.speaker_line), None)
    if speaker_line is not None:
        own.append(_government(speaker_line.text, speaker_line.clean))
    # The caller's characters (the name alone is folded); in the body only 我代表/谨代表, as
    # 代表 alone often means the deputies (党代表、人大代表和市政府…).
    for text, pattern in (
        (head.head_clean, _ON_BEHALF),
        (opening, _ON_BEHALF),
        (body, _I_ON_BEHALF),
    ):
        for match in pattern.finditer(text):
            if match["central"]:
                own.append(_Named(CENTRAL_GOVERNMENTS[match["central"]]))
            else:
                own.append(_government(fold(match["region"]), match["region"]))
    # a news post on the report: 區長連天浪代表章貢區人民政府向大會報告工作 (038), the form the
    # speaker is read from too (_REPORTED_BY)
    reported = _REPORTED_ON_BEHALF.search(fold(body[:REPORTED_REACH]))
    if reported is not None:
        region = body[reported.start("region") : reported.end("region")]
        own.append(_government(fold(region), region))
    for line in head.lines:
        if _BREADCRUMB.search(line.text):
            cuts = [0, *(p for cut in _BREADCRUMB.finditer(line.text) for p in cut.span())]
            cuts.append(len(line.text))
            for start, end in reversed(list(zip(cuts[::2], cuts[1::2], strict=True))):
                named = _government(line.text[start:end], line.clean[start:end], last=True)
                if named.name:
                    own.append(_Named(named.name))
                    break
    found = [*titled, *own]
    for named in found:
        if named.name:
            return named.name, _admin_level(fold(named.name))
    names: Counter[str] = Counter()
    leads: dict[str, set[str]] = {}  # the characters before each name, one scan of the body
    for start, name in _townships(body):
        if name not in NOT_NAMES and name not in PLACEHOLDERS and name[-2:] not in _NOUNS:
            names[name] += 1
            leads.setdefault(name, set()).add(body[start - 1 : start])
    if names:
        (name, count), *rest = names.most_common(2)
        if count >= 3 and (not rest or count >= 2 * rest[0][1]):
            whole = _whole_township(name, leads[name])
            if whole is not None:
                return whole, _admin_level(whole)
    # A placeholder of the report's own lines before one of the page title (某市… over X市),
    # then one the opening sentence names (2022年,XX镇紧紧围绕…).
    first_words = (opening or body)[:300]
    opening_placeholder = _OPENING_PLACEHOLDER.search(fold(first_words))
    opened = (  # as written: folding keeps every offset
        [_Named(placeholder=first_words[slice(*opening_placeholder.span())])]
        if opening_placeholder
        else []
    )
    for named in [*own, *titled, *opened]:
        if named.placeholder:
            return named.placeholder, _admin_level(fold(named.placeholder))
    level = next((named.level for named in found if named.level), None) or _self_level(body)
    if level is None and (_NATIONAL_MEETING.search(head.head_text) or _national(opening, body)):
        return "国务院", "国家"
    return None, level


# The national government, when no other is named: its congress, or 国务院 in the text.
_NATIONAL_MEETING = compile_regex(r"全国人民代表大会")
_NATIONAL = compile_regex(r"国务院|國務院")


def _national(opening: str, body: str) -> bool:
    """Whether ``opening + body`` names the State Council (without joining them)."""
    return any(_NATIONAL.search(text) for text in (opening, body, opening[-2:] + body[:2]))


_NOUNS = frozenset({"城镇", "乡镇", "村镇", "集镇"})  # 农村和城镇: a noun, not a name
_HAN = compile_regex(r"\p{Han}")


def _whole_township(name: str, before: set[str]) -> str | None:
    """The township ``name`` (two characters and 镇/乡) the body names most often, with the
    character that stands ``before`` it every time: a three-character name (菁芜洲镇,
    济沁河乡), or a phrase that is no name at all (统筹城乡, 上山下乡: None)."""
    lead = next(iter(before)) if len(before) == 1 else ""
    if not _HAN.fullmatch(lead) or lead in NOT_NAME_START:
        return name
    return None if name[-2:] in PHRASE_TAILS else lead + name


_OPENING_PLACEHOLDER = compile_regex(
    rf"(?<![A-Za-z*]){_PLACEHOLDER_NAME}(?:{_SUFFIX})(?![委])"  # XX县委: the parent's committee
)
_BREADCRUMB = compile_regex(r"\s*(?:->|>>|>|»)\s*")
_SELF = compile_regex(r"(?:我|全|本)(?P<level>街道|镇|乡|县|旗|区|市)")


def _at_level(name: str, level: str | None) -> bool:
    """Whether the government ``name`` is of ``level`` (any, when ``None``); a municipality
    speaks of itself as a 市 (我代表市人民政府)."""
    return (
        level is None or _admin_level(name) == level or (level == "市" and name in MUNICIPALITIES)
    )


def _speaking_level(head: str, opening: str, body: str) -> str | None:
    """The level of the government the report speaks for: ``我代表镇人民政府``, else the level
    it speaks of itself with (``全镇``, :func:`_self_level`)."""
    for text in (head, opening):
        for match in _ON_BEHALF.finditer(text):
            if match["central"]:
                return "国家"
            named = _government(fold(match["region"]), match["region"])
            level = _admin_level(fold(named.name)) if named.name else named.level
            if level is not None:
                return level
    return _self_level(body)


def _self_level(body: str) -> str | None:
    """The level a report speaks of itself with (我镇, 全镇, 本镇 …), when one clearly
    dominates."""
    counts = Counter(match["level"] for match in _SELF.finditer(fold(body[:5000])))
    if not counts:
        return None
    (level, count), *rest = counts.most_common(2)
    if count >= 2 and (not rest or count >= 3 * rest[0][1]):
        return BARE_LEVELS[level]
    return None


def _parents_and(name: str, value: str) -> str:
    """The part of a field value up to the end of ``name`` (its parents before it)."""
    index = value.find(fold(name))
    return value[: index + len(name)] if index >= 0 else value


def _admin_level(region: str | None) -> str | None:
    if region is None:
        return None
    if region in CENTRAL_GOVERNMENTS.values():
        return "国家"
    if region in MUNICIPALITIES:
        return "省"
    if region.endswith("乡镇"):
        return "镇"
    if region.endswith(NO_LEVEL_ENDINGS):
        return None
    suffix = next(
        (s for s in sorted(ADMIN_LEVELS, key=len, reverse=True) if region.endswith(s)), None
    )
    return ADMIN_LEVELS[suffix] if suffix else None


OPENING_READ = 2000
"""How much of the opening paragraphs is read (``我代表…人民政府…报告工作`` opens the speech; a
report on one line, or with no heading, has an opening as long as itself)."""


def _doc_type(
    titles: Sequence[str], head: Head, opening: str, body: str, parts: bool = True
) -> str | None:
    """From the title; a 工作报告 laid before a congress (人代会 in the title, or the opening
    ``我代表…人民政府…报告工作``) is a 政府工作报告; with no title, a content site's lead-in
    (``整理了政府工作总结3篇范文``); else the opening alone — unless a short text with no
    ``parts`` (top headings) tells of the report in the third person: a news story about
    the meeting (``镇长刘彦成代表镇人民政府作政府工作报告``), no report."""
    spoken = _GOVERNMENT_REPORT.search(_unpinyin(fold(opening + body[:300]))) is not None
    for text in titles:
        squeezed = "".join(text.split())
        if _NOT_REPORT.search(squeezed):
            return "not_report"
        if doc_type := _first_cue(_DOC_TYPE, squeezed):
            if (
                doc_type == "工作报告"
                and (spoken or _CONGRESS.search(squeezed))
                and not _OTHER_BODY.search(squeezed)
            ):
                return "政府工作报告"
            return doc_type
    if not titles:
        for line in head.lines:
            lead_in = _LEAD_IN.search(line.text)
            if lead_in and (doc_type := _first_cue(_DOC_TYPE, lead_in["what"])):
                return doc_type
    if spoken:
        if not titles and not parts and len(body) < NEWS_STORY and _told_of(opening + body):
            return "not_report"
        return "政府工作报告"
    # A summary with no title opens on the year it reviews (2024 年,…乡党委、政府…).
    if not titles and _SUMMARY_OPENING.match(fold((opening or body)[:100])):
        return "工作总结"
    return None


NEWS_STORY = 3000
"""A text with no top headings shorter than this many characters that tells of the report
in the third person is a news story about the meeting."""
_FIRST_PERSON = compile_regex(r"我(?:谨)?(?:代表|受)")


def _told_of(text: str) -> bool:
    """Whether ``text`` tells of the report in the third person (038's news post also holds
    the report: its parts are headings)."""
    folded = fold(text[:REPORTED_REACH])
    return _REPORTED_ON_BEHALF.search(folded) is not None and _FIRST_PERSON.search(folded) is None


_SUMMARY_OPENING = compile_regex(r"\s*(?:19|20)\d{2}\s*年(?:以来|上半年|度)?\s*[,，]")
# … or a page about a report: its interpretation (…政府工作报告解读, 图解…, 一图读懂…)
_NOT_REPORT = compile_regex(
    r"信息公开.{0,6}年度?报|决算|预算执行|[报報]告的[决決][议議]"  # a congress's resolution on it
    r"|(?:报告|总结|计划|要点)(?:全文)?(?:政策)?解读|^[【\[(]?(?:图解|一图(?:读懂|看懂|速览))"
)
_CONGRESS = compile_regex(r"人代会|人民代表大会")
# The other bodies that report to a congress (its standing committee or presidium, the court,
# the procuratorate) or to their own (the Party committee, the CPPCC): their 工作报告 is no
# 政府工作报告, though it is laid before the same session.
_OTHER_BODY = compile_regex(
    r"人大(?:常委会|主席团)|人民代表大会(?:常务委员会|主席团)|人民法院|人民检察院|法院工作"
    r"|检察院工作|中共\S{0,20}委员会|党(?:工)?委(?![、和与及]?(?:人民)?政府)|政协|纪委|监委"
)
_LEAD_IN = compile_regex(r"(?:整理|精选|收集)了?的?(?P<what>[^,。]{2,30}?)(?:范文|,|。|供)")
_PINYIN = compile_regex(rf"\([{PINYIN_LETTERS}]{{1,7}}\)")


def _unpinyin(text: str) -> str:
    """Without the pinyin some sites put after characters (報(bào)告)."""
    return _PINYIN.sub("", text)


def _year(
    titles: Sequence[str],
    delivered: str | None,
    published: str | None,
    headings: Sequence[tuple[str, str | None]],
    plan_openings: Sequence[str] = (),
    *,
    national: bool = False,
) -> int | None:
    """The title's year; else the year of delivery or publication; else the year the plan
    sections name (``2010年主要任务``) or state as they open (``今年主要任务`` / ``2006年是实施
    “十一五”规划的第一年``); else, for the national report (laid before the 全国
    人民代表大会 early in the year after the one it reviews), the year after an annual review
    (``2009年工作回顾``: a report delivered in 2010)."""
    for title in titles:
        if _PLACEHOLDER_YEAR.search(title):
            return None
        span = _YEAR_SPAN.search(title)
        if span:
            return int(span["last"])
        plan = _PLAN_SUMMARY.search(title)  # a five-year summary: the plan's last year
        if plan and (years := plan_years(plan["quoted"] or plan["plain"])):
            return years[1]
        plan_only = _PLAN_YEAR_ONLY.search("".join(title.split()))
        if plan_only and not _PART_OF_YEAR.search(title):
            return int(plan_only["year"]) - 1
        if year := _first_year(title):
            return year
    for date in (delivered, published):
        if date:
            return int(date[:4])
    for heading, kind in headings:
        folded = fold(heading)  # also in traditional script (年國民經濟計劃)
        # A 年国民经济计划 is often laid before the year it plans (1980: the 1981 plan).
        if kind == "plan" and "年国民经济计划" not in folded and (year := _first_year(folded)):
            return year
    for opening in plan_openings:
        if stated := _YEAR_STATED.match(fold(opening)):
            return int(stated["year"])
    for heading, kind in headings if national else ():
        match = _ANNUAL_REVIEW.match(fold(heading))
        if kind == "review" and match:
            return int(match["year"]) + 1
    return None


_YEAR_STATED = compile_regex(r"\s*(?P<year>(?:19|20)\d{2})\s*年是")
_OPENING_YEAR = compile_regex(
    r"^\s*(?P<year>(?:19|20)\d{2})\s*年(?:度|上半年|以来)?\s*[,,是]"
    r"|现将\S{0,8}?(?P<year2>(?:19|20)\d{2})\s*年"
)


def _past_title(text: str, title: str | None) -> str:
    """``text`` past the title it opens with, once or repeated, as when a page lost its line
    breaks (乡镇上半年工作总结及打算乡镇上半年工作总结及打算2013年,是…)."""
    text = text.lstrip()
    while title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return text


def _opening_year(opening: str) -> int | None:
    """A summary with no year in its title opens on it (``2013年,是…``, ``现将我镇2015年上半年
    重点工作完成情况…``)."""
    match = _OPENING_YEAR.search(fold(opening[:400]))
    if match is None:
        return None
    return int(match["year"] or match["year2"])


# 工作总结及2023年工作思路: the year is the plan's; the summary reviews the year before (as
# in 2023年工作总结及2024年工作计划).  Half-year and quarterly pairs share one year.
_PLAN_YEAR_ONLY = compile_regex(
    r"^\D*(?:总结|回顾)\D{0,4}[及和与暨、](?P<year>(?:19|20)\d{2})年\D{0,8}"
    rf"(?:{PLAN_WORDS})"
)
_PART_OF_YEAR = compile_regex(r"半年|季度|[1-9]\d?月")
_PLAN_SUMMARY = compile_regex(_PLAN_SUMMARY_TEXT)
# A five-year plan the text names as a period (“十二五”时期, 十三五规划, “十五”期间)
_PLAN_NAMED = compile_regex(rf"{_PLAN_NAME}(?=[”\";]*\s*(?:规划|计划|时期|期间|末|以来|开局|的))")
_PLAN_NUMBER = compile_regex(r"十[一二三四五]?五")
_PLAN_REACH = 64
"""Characters after a plan's number within which :data:`_PLAN_NAMED` reads its name."""


def _plans_named(body: str) -> Iterator[regex.Match[str]]:
    """``_PLAN_NAMED.finditer(fold(body))`` (also in traditional script: 十二五時期), folding
    only a few characters around each plan's number: no folded copy of the whole body, for
    peak memory.  Folding maps nothing to a plan's number or its quotes, so the numbers lie
    where they lie in the body."""
    for number in _PLAN_NUMBER.finditer(body):
        start = max(0, number.start() - 2)
        window = fold(body[start : number.end() + _PLAN_REACH])
        at = number.start() - start  # the number's place in the window
        match = _PLAN_NAMED.search(window, max(0, at - 1))
        if match is not None and match.start() in (at - 1, at):
            yield match


PLAN_LAG = 4
"""A report dated more than this many years after the last year of the latest five-year plan
it names has had its year rewritten: content sites date old reports anew (a 2022 report that
calls its year “十二五”时期的完备开局).  A five-year plan's years are fixed (the 十一五 is
2006–2010), and a report that names plans names the one it is in."""


TERM_YEARS = 5
"""A government's term: five years, as its congress's (宪法 第六十条, 第九十八条)."""

# 本届政府从1998年1月就职,到现在已经五年了 (a report at the term's end, 2003)
_TERM_START = compile_regex(
    r"本[届屆]政府(?:[从從自于於]\s*)?(?P<year>(?:19|20)\d{2})\s*年(?:\d{1,2}\s*月份?)?"
    r"\s*(?:就[职職]|成立|组成|組成|履[职職])"
)


def _rewritten(year: int, body: str) -> bool:
    """Whether the text contradicts ``year``: its five-year plans (see :data:`PLAN_LAG`), or
    the year its government took office (a report falls within that government's term)."""
    latest = None
    for match in _plans_named(body):
        years = plan_years(match["quoted"] or match["plain"])
        if years is not None and (latest is None or years[1] > latest):
            latest = years[1]
    if latest is not None and year > latest + PLAN_LAG:
        return True
    term = _TERM_START.search(body)
    return term is not None and not int(term["year"]) <= year <= int(term["year"]) + TERM_YEARS


_PLACEHOLDER_YEAR = compile_regex(r"(?<!\d)20[\dXx]?[Xx]\s*年")
_YEAR_SPAN = compile_regex(r"(?<!\d)(?:19|20)\d{2}\s*[-—~至到]\s*(?P<last>(?:19|20)\d{2})\s*年")


def _first_year(text: str) -> int | None:
    match = _YEAR.search(text)
    if match is None:
        return None
    if match["year"]:
        return int(match["year"])
    return int("".join(_CHINESE_DIGIT[char] for char in match["chinese"]))


def _first_cue(cues: list[tuple[str, regex.Pattern[str]]], text: str) -> str | None:
    return next((name for name, cue in cues if cue.search(text)), None)


_NPC_SESSION = compile_regex(
    r"第(?P<term>[一二三四五六七八九十]{1,3})届全[国國]人民代表大[会會]"
    r"第(?P<session>[一二三四五])次[会會][议議]"
)


def _congress_year(meeting: str | None) -> int | None:
    """The year of a session of the National People's Congress, from its calendar
    (``第十届全国人民代表大会第一次会议`` → 2003), or ``None``.

    >>> _congress_year("第一届全国人民代表大会第二次会议")
    1955
    >>> _congress_year("第二届全国人民代表大会第三次会议")
    1962
    """
    match = _NPC_SESSION.search(meeting) if meeting else None
    if match is None:
        return None
    term, session = small_number(match["term"]), small_number(match["session"])
    if term is None or session is None or term not in NPC_FIRST_SESSIONS:
        return None
    return NPC_SESSION_YEARS.get((term, session), NPC_FIRST_SESSIONS[term] + session - 1)


def _meeting(subtitle: str, opening: str) -> str | None:
    match = _MEETING.search(subtitle) or _OPENING_MEETING.search(fold(opening))
    return match["meeting"] if match else None


# A news post, or a title line, says who laid the report before the congress: 區長連天浪代表
# 章貢區人民政府向大會報告工作; 北京市市长 殷勇同志作政府工作报告.
_REPORTED_BY = compile_regex(
    rf"(?:{OFFICE_PATTERN})\s*(?P<name>\p{{Han}}{{2,3}}?)(?:同志)?"
    r"(?=代表[^。]{0,20}?政府[^。]{0,10}?(?:报告|作)|(?:向大会)?作了?(?:政府)?工作报告)"
)


REPORTED_REACH = 3000
"""A news post says who laid the report before the congress within this many characters."""
_REPORTED_ON_BEHALF = compile_regex(
    rf"(?:{OFFICE_PATTERN})\s*\p{{Han}}{{2,3}}?(?:同志)?代表\s*"
    r"(?P<region>[^,，。:：;；、\s]{1,20}?(?:人民政府|政府))(?=[^。]{0,10}?(?:报告|作))"
)


def _reported_speaker(text: str) -> str | None:
    clean = _unpinyin(text)
    for match in _REPORTED_BY.finditer(fold(clean)):
        if not any(word in match["name"] for word in NOT_SPEAKER_WORDS):
            return clean[match.start("name") : match.end("name")]
    return None


# A speaker's name removed (○○○, XXX, 某某, 李某), or an office word read as the name.
_NO_NAME = compile_regex(
    rf"[{regex.escape(PLACEHOLDER_MARKS)}]|{PLACEHOLDER_WORD}$"
    rf"|^(?:{OFFICE_PATTERN})$"
)


def _speaker(lines: Sequence[str]) -> str | None:
    for line in reversed(lines):
        name = _POSITION.sub("", "".join(line.split()))
        if _NAME.fullmatch(name):
            return name
    return None
