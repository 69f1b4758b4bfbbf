"""Status, period and year cues: what the words before a figure in its sentence say of it.

:class:`SentenceCues` reads a sentence once, from left to right, as the reader reaches each
figure, so that a sentence of many figures costs no more than its length; what it answers
depends on the text read and the paragraph's defaults only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from govreport._compiled import compile_re
from govreport._metrics._patterns import (
    ESTIMATED,
    LAST_BREAK,
    LEAD_IN,
    OWN_YEAR,
    TARGET,
    TARGET_STATEMENT,
)
from govreport._numerals import parse_number
from govreport._words import alternatives as longest_first
from govreport.data import metric_words as words

_MONTH_NUMBER = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
"""A month's number as reports write it (9, 十二)."""

_RANGE_DASH = r"[-—~至到]"
"""Between the first and the last month of a range (1-9月, 1至10月)."""

_PRICE_BASE = r"按(?:{year})(?:不变)?价格(?:计算)?"
"""A price base (按2010年价格计算): no year of the figure's."""
_YEAR_CHARS = "〇零一二三四五六七八九"
_YEAR_DIGITS = rf"(?:19|20)\d{{2}}|[{_YEAR_CHARS}]{{4}}"
_BASIS = r"在(?:{year})\s?年(?:[和、](?:{year})\s?年)?[^,;:。]{{0,20}}?的?基础上"
"""The year of a basis (在2023年国家考评第三的好成绩基础上, 在一九五八年增产三千八百亿斤的
基础上): no year of the figures after it."""
_COUNT_CHARS = "二两三四五六七八九十"
_COUNT = rf"[{_COUNT_CHARS}]|\d{{1,2}}"
_RELATIVE = dict(words.RELATIVE_YEARS)
_PLAN_AFTER_TEN = r"[一二三四五]?五[”\"]?"
_PLAN_NAME = rf"[“\"]?十{_PLAN_AFTER_TEN}"


def _months(last: str) -> str:
    """The rest of a range of months after its first (1-9月, 一至十月), its last month named
    ``last``."""
    return rf"\s*{_RANGE_DASH}\s*(?P<{last}>{_MONTH_NUMBER})\s*月份?"


# Every alternative opens with its first character as a literal (a look behind after it, not
# before), so that ``re`` scans a stretch for those characters alone; where alternatives share
# a first character, they keep their order: a range of months, a named period, 截至…月底.
_PERIOD = compile_re(
    "|".join(
        (
            rf"1(?<![0-9]1)(?P<months>{_months('last')})",
            rf"一(?<![0-9]一)(?P<months_cn>{_months('last_cn')})",
            longest_first(words.NAMED_PERIODS),
            "第(?<![0-9]第)[1-4]季度",
            *(f"{digit}(?<![0-9]{digit})季度" for digit in "1234"),
            r"截[至止](?:今年|本年)?(?P<month>\d{1,2})月底",
        )
    )
)
_YEAR_CUE = compile_re(
    rf"(?P<price>{_PRICE_BASE.format(year=_YEAR_DIGITS + '年')})"
    rf"|(?P<basis>{_BASIS.format(year=_YEAR_DIGITS)})"
    rf"|(?P<plan>{_PLAN_NAME})(?:{longest_first(words.PLAN_PERIOD_WORDS)})"
    rf"|(?P<base>[{words.COMPARISON_BASE}{words.MULTIPLE_BASE}])\s?(?P<base_year>{_YEAR_DIGITS})\s?年"
    rf"(?:{_RANGE_DASH}(?:{_YEAR_DIGITS})\s?年)?"
    rf"|(?P<year>{_YEAR_DIGITS})\s?年(?:度)?(?P<since>{longest_first(words.SINCE_WORDS)})?"
    rf"|(?<!{words.RECORD})(?P<past>{longest_first(words.YEARS_PAST)})(?P<past_count>{_COUNT})年"
    rf"|(?P<ahead>{longest_first(words.YEARS_AHEAD)})(?P<ahead_count>{_COUNT})年"
    rf"|(?<![{words.COMPARISON_BASE}\d{words.RECORD}])(?P<since_count>{_COUNT})(?:{longest_first(words.YEARS_SINCE)})"
    rf"|(?<![{words.COMPARISON_BASE}{words.FROM_BASE}])(?P<relative>{longest_first(_RELATIVE)})(?!同期|的?基础)"
)


def _after_first(cues: Iterable[str]) -> str:
    """The alternation of ``cues``, the longest first, each read after its first character
    (taken already): that character looked behind at, the rest matched."""
    return "|".join(
        f"(?<={re.escape(cue[0])}){re.escape(cue[1:])}" for cue in longest_first(cues).split("|")
    )


# Where _YEAR_CUE matches, as fast: one character of a set taken, so that ``re`` scans a
# stretch for the characters alone, then each alternative of _YEAR_CUE in its order, after its
# first character (looked behind at, as are the characters before it).  Its matches are
# _YEAR_CUE's, span for span; _YEAR_CUE is matched where each starts, for its groups.
_PLAN_REST = rf"{_PLAN_AFTER_TEN}(?:{longest_first(words.PLAN_PERIOD_WORDS)})"
_YEAR_CUE_FIRSTS = "".join(
    dict.fromkeys(
        f'按在“"十{words.COMPARISON_BASE}{words.MULTIPLE_BASE}{_YEAR_CHARS}{_COUNT_CHARS}'
        + "".join(cue[0] for cue in (*words.YEARS_PAST, *words.YEARS_AHEAD, *_RELATIVE))
    )
)
_YEAR_CUE_START = compile_re(
    rf"[\d{_YEAR_CUE_FIRSTS}](?:"
    + "|".join(
        (
            rf"(?<=按){_PRICE_BASE.format(year=_YEAR_DIGITS + '年').removeprefix('按')}",
            rf"(?<=在){_BASIS.format(year=_YEAR_DIGITS).removeprefix('在')}",
            rf"(?<=[“\"])十{_PLAN_REST}",
            rf"(?<=十){_PLAN_REST}",
            rf"(?<=[{words.COMPARISON_BASE}{words.MULTIPLE_BASE}])\s?(?:{_YEAR_DIGITS})\s?年"
            rf"(?:{_RANGE_DASH}(?:{_YEAR_DIGITS})\s?年)?",
            # _YEAR_DIGITS after its first digit
            rf"(?:(?<=1)9\d{{2}}|(?<=2)0\d{{2}}|(?<=[{_YEAR_CHARS}])[{_YEAR_CHARS}]{{3}})\s?年(?:度)?"
            rf"(?:{longest_first(words.SINCE_WORDS)})?",
            rf"(?<!{words.RECORD}[\s\S])(?:{_after_first(words.YEARS_PAST)})(?:{_COUNT})年",
            rf"(?:{_after_first(words.YEARS_AHEAD)})(?:{_COUNT})年",
            rf"(?<![{words.COMPARISON_BASE}\d{words.RECORD}][\s\S])"
            rf"(?:(?<=[{_COUNT_CHARS}])|(?<=\d)\d?)(?:{longest_first(words.YEARS_SINCE)})",
            rf"(?<![{words.COMPARISON_BASE}{words.FROM_BASE}][\s\S])(?:{_after_first(_RELATIVE)})"
            r"(?!同期|的?基础)",
        )
    )
    + ")"
)


def _cue_at(text: str, at: int, end: int) -> re.Match[str]:
    """The match of _YEAR_CUE at ``at``, where _YEAR_CUE_START found one."""
    match = _YEAR_CUE.match(text, at, end)
    assert match is not None  # the two patterns' matches are one
    return match


def _year_cues(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of _YEAR_CUE in ``text[start:end]``, as ``finditer`` finds them."""
    for found in _YEAR_CUE_START.finditer(text, start, end):
        yield _cue_at(text, found.start(), end)


# A cue's first character tells a base (比2002年), a price base (按…价格) and a basis
# (在…基础上), which state no year of the figures, from the others: no other opens with one.
_BASE_FIRSTS = frozenset(words.COMPARISON_BASE + words.MULTIPLE_BASE)
_NO_YEAR_FIRSTS = _BASE_FIRSTS | frozenset("按在")


_BREAKS = ",;:"  # clause breaks
_BLANK = compile_re(r"\s*")  # ``re``'s \s is str.isspace
# After 从/由 and a year, the base figure of that year (从1980年的28万人, 由2002年7703元); not a
# start (从2002年1月1日起, 从1999年起).
_BASE_FOLLOWS = compile_re(
    r"[底末]?(?:的|(?!\d{1,2}\s?月)(?=[^,;。]{0,6}?[\d〇一二三四五六七八九十百千万]))"
)
TARGET_STATEMENT_MARK = "目标"  # in every targets statement
# Every year cue holds 年, or 十 (“十一五”时期); every period 月, 季, 年 or 截 (截至目前): a
# stretch holding none of them is not searched for one.
YEAR_MARKS = "年十"
PERIOD_MARKS = "月季年截"
# Likewise every estimate cue holds 预 or 估, every target cue one of these.
ESTIMATED_MARKS = "预估"
TARGET_MARKS = "计力确争预目要将拟"


def _marks(marks: str) -> re.Pattern[str]:
    return compile_re(f"[{re.escape(marks)}]")


_YEAR_MARK = _marks(YEAR_MARKS)
_PERIOD_MARK = _marks(PERIOD_MARKS)
# A stretch of a sentence is scanned once for all the marks, and searched only for the cues
# whose marks it holds.
_ANY_MARK = _marks(
    "".join(dict.fromkeys(YEAR_MARKS + PERIOD_MARKS + ESTIMATED_MARKS + TARGET_MARKS + "目"))
)
_ESTIMATED_SET = frozenset(ESTIMATED_MARKS)
_TARGET_SET = frozenset(TARGET_MARKS)
_PERIOD_SET = frozenset(PERIOD_MARKS)
_YEAR_SET = frozenset(YEAR_MARKS)


def _holds(text: str, start: int, end: int, marks: re.Pattern[str]) -> bool:
    return marks.search(text, start, end) is not None


def last_break(text: str, start: int, end: int) -> int:
    """The position of the last clause break (,;:) of ``text[start:end]``, or -1."""
    found = LAST_BREAK.search(text, start, end)
    return -1 if found is None else found.start()


class YearCue:
    """The year(s) a sentence names for its figures.

    ``relative`` cues count from the year the report is written in (今年 0, 去年 -1,
    过去五年 -5…-1); others are calendar years.  ``first == last`` for one year.
    """

    first: int
    last: int
    relative: bool

    __slots__ = ("first", "last", "relative")

    def __init__(self, first: int, last: int, relative: bool = False) -> None:
        self.first = first
        self.last = last
        self.relative = relative

    def _key(self) -> tuple[int, int, bool]:
        return self.first, self.last, self.relative

    def __eq__(self, other: object) -> bool:
        return isinstance(other, YearCue) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"YearCue(first={self.first}, last={self.last}, relative={self.relative})"


_YEAR_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _year_number(text: str) -> int:
    return int(text.translate(_YEAR_DIGIT))


# The few numbers of cues (counts of years, months), each read once.
_cue_number = functools.lru_cache(maxsize=256)(parse_number)


def _count(text: str) -> int | None:
    found = _cue_number(text.replace("两", "二"))
    return int(found) if found is not None else None


def plan_years(name: str) -> tuple[int, int] | None:
    """The years of a five-year plan named as reports write it.

    >>> plan_years("“十一五”")
    (2006, 2010)
    >>> plan_years("十四五")
    (2021, 2025)
    """
    number = _count(name.strip('“”"').removesuffix("五").removeprefix("十") or "0")
    number = 10 + (number or 0) if name.strip('“”"').startswith("十") else number
    if number is None or number < 3:
        return None
    first = 1966 + 5 * (number - 3)  # the third plan began in 1966, after three years' pause
    return first, first + 4


def year_cue(match: re.Match[str]) -> tuple[YearCue | None, int | None]:
    """The year cue of one match of the cue pattern, and a comparison base year (比2002年)."""
    if match["price"] or match["basis"]:
        return None, None
    if match["base"]:
        return None, _year_number(match["base_year"])
    if match["plan"]:
        years = plan_years(match["plan"])
        return (YearCue(*years) if years else None), None
    if match["year"]:
        year = _year_number(match["year"])
        return (None, year - 1) if match["since"] else (YearCue(year, year), None)
    if match["past"] or match["since_count"]:
        count = _count(match["past_count"] or match["since_count"])
        return (YearCue(-count, -1, relative=True) if count else None), None
    if match["ahead"]:
        count = _count(match["ahead_count"])
        return (YearCue(0, count - 1, relative=True) if count else None), None
    offset = _RELATIVE[match["relative"]]
    return YearCue(offset, offset, relative=True), None


def _period_text(match: re.Match[str]) -> str | None:
    if match["months"] or match["months_cn"]:
        month = _cue_number(match["last"] or match["last_cn"])
        return f"1-{month}月" if month is not None else None
    if match["month"]:
        return f"截至{match['month']}月底"
    named = match.group()  # a named period, all of the match
    return "上半年" if named in words.HALF_YEAR_SINCE else named


def heading_period(title: str) -> str | None:
    """The period a heading states, or ``None``.

    >>> heading_period("上半年工作回顾"), heading_period("1-9月工作总结")
    ('上半年', '1-9月')
    """
    last = None
    if _holds(title, 0, len(title), _PERIOD_MARK):
        for last in _PERIOD.finditer(title):  # noqa: B007
            pass
    return _period_text(last) if last is not None else None


def heading_years(title: str) -> YearCue | None:
    """The year(s) a heading states (``2023年工作回顾``, ``过去五年工作回顾``, ``“十一五”
    时期…的回顾``), when it states exactly one cue.

    >>> heading_years("2023年工作回顾")
    YearCue(first=2023, last=2023, relative=False)
    >>> heading_years("过去五年工作回顾")
    YearCue(first=-5, last=-1, relative=True)
    >>> heading_years("2019年和今年以来工作回顾") is None
    True
    """
    if not _holds(title, 0, len(title), _YEAR_MARK):
        return None  # most headings: no cue
    cues = {
        cue for match in _year_cues(title, 0, len(title)) for cue in [year_cue(match)[0]] if cue
    }
    return cues.pop() if len(cues) == 1 else None


def sentence_year(text: str, start: int, end: int) -> YearCue | None:
    """The year cue of ``text[start:end]``, as :class:`SentenceCues` reads it: the last one
    stated, bases (比2002年), price bases and the year of a basis left out.

    >>> text = "这是在1978年粮食丰收的基础上实现的"
    >>> sentence_year(text, 0, len(text)) is None
    True
    >>> text = "1979年农业总产值比1978年增长8.6%"
    >>> sentence_year(text, 0, len(text))
    YearCue(first=1979, last=1979, relative=False)
    """
    last = -1
    if _holds(text, start, end, _YEAR_MARK):
        for found in _YEAR_CUE_START.finditer(text, start, end):
            if text[found.start()] not in _NO_YEAR_FIRSTS:
                last = found.start()
    return year_cue(_cue_at(text, last, end))[0] if last >= 0 else None


class SentenceCues:
    """The cues of one sentence read so far, from ``start`` up to ``position``."""

    text: str
    start: int
    default_status: str
    position: int
    last_break: int  # the last clause break (,;:) read
    estimated: int  # the last 预计 read, and the last that opened its clause
    estimated_opening: int
    target: int
    target_statement: int
    target_opening: int  # a 拟 in the sentence's first clause
    period: re.Match[str] | None
    period_read: tuple[re.Match[str] | None, str | None]  # and what it says
    own_year: bool
    year: YearCue | None
    base_year: int | None  # 比2002年: a base, for the figure right after it
    base_at: int
    first_year: int | None  # the sentence's first calendar year (从2002年的…)
    past: int  # the last year named before the report's (去年, 过去五年)
    year_from: bool  # the last year cue opens a change from it (从1997年的…)
    from_year: YearCue | None  # the year of the last such base

    __slots__ = (
        "base_at",
        "base_year",
        "default_status",
        "estimated",
        "estimated_opening",
        "first_year",
        "from_year",
        "last_break",
        "own_year",
        "past",
        "period",
        "period_read",
        "position",
        "start",
        "target",
        "target_opening",
        "target_statement",
        "text",
        "year",
        "year_from",
    )

    def __init__(self, text: str, start: int, default_status: str) -> None:
        self.text = text
        self.start = start
        self.default_status = default_status
        self.position = start
        self.last_break = -1
        self.estimated = -1
        self.estimated_opening = -1
        self.target = -1
        self.target_statement = -1
        self.target_opening = -1
        self.period = None
        self.period_read = (None, None)
        self.own_year = False
        self.year = None
        self.base_year = None
        self.base_at = -1
        self.first_year = None
        self.past = -1
        self.year_from = False
        self.from_year = None

    def read(self, end: int) -> None:
        """Read the sentence up to ``end``."""
        text, start = self.text, self.position
        if end <= start:
            return
        self.position = end
        marks = _ANY_MARK.findall(text, start, end)
        prior = self.last_break  # the last break before the stretch
        if (found := LAST_BREAK.search(text, start, end)) is not None:
            self.last_break = found.start()
        if not marks:  # no cue: only the clause breaks
            return
        held = set(marks)
        if not _ESTIMATED_SET.isdisjoint(held):
            self._read_estimates(start, end, prior)
        if "目" in held and text.find(TARGET_STATEMENT_MARK, start, end) >= 0:
            for match in TARGET_STATEMENT.finditer(text, start, end):
                self.target_statement = match.start()
        if not _TARGET_SET.isdisjoint(held):
            for match in TARGET.finditer(text, start, end):
                self.target = match.start()
                if self.target_opening < 0 and match.group() in words.FUTURE_ONLY:
                    first = prior < 0 and last_break(text, start, match.start()) < 0
                    self.target_opening = match.start() if first else -1
        if not _PERIOD_SET.isdisjoint(held):
            for match in _PERIOD.finditer(text, start, end):
                self.period = match
        if not _YEAR_SET.isdisjoint(held):
            self._read_years(start, end)

    def _read_estimates(self, start: int, end: int, prior: int) -> None:
        text = self.text
        before, read = prior, start  # the last break before ``read``
        for match in ESTIMATED.finditer(text, start, end):
            at = match.start()
            before, read = max(before, last_break(text, read, at)), at
            # The words of its clause before it, read in place: a clause may be long.  The
            # one look behind of LEAD_IN at their start sees a break or a sentence's end, as
            # it would see nothing in a copy.
            opening = max(before + 1, self.start)
            self.estimated = at
            if _BLANK.fullmatch(text, opening, at) or LEAD_IN.fullmatch(text, opening, at):
                self.estimated_opening = at

    def _read_years(self, start: int, end: int) -> None:
        text = self.text
        if not self.own_year and OWN_YEAR.search(text, start, end):
            self.own_year = True
        last_base = -1
        for found in _YEAR_CUE_START.finditer(text, start, end):
            at = found.start()
            first = text[at]
            if first in _BASE_FIRSTS:
                last_base = at
            elif first not in _NO_YEAR_FIRSTS:
                self._read_year(_cue_at(text, at, end))
        if last_base >= 0:
            self.base_year, self.base_at = year_cue(_cue_at(text, last_base, end))[1], last_base

    def _read_year(self, match: re.Match[str]) -> None:
        """Take one year cue of the sentence, the last read so far."""
        cue = year_cue(match)[0]
        self.year_from = match.start() > 0 and self.text[match.start() - 1] in words.FROM_BASE
        if (
            self.year_from
            and cue is not None
            and not cue.relative
            and _BASE_FOLLOWS.match(self.text, match.end()) is not None
        ):
            # 从1980年的28万人增加到40万人: the base's year, not the year of what follows
            self.from_year = cue or self.from_year
        else:
            self.year = cue or self.year
        if match["past"] or match["relative"] in words.PAST_TOLD:
            self.past = match.start()
        if self.first_year is None and cue is not None and not cue.relative:
            self.first_year = cue.first

    def status(self) -> str:
        """The status of a figure at the position read.

        预计 makes an estimate in its own clause, and in the clauses after it when it opens
        its clause (今年全年预计…完成41.1亿元,…;税收收入完成1.82亿元) — not when a name comes
        first (年销售收入预计超2000万元;…追加投资2103万元 is actual), nor in a plan (预计今年
        财政收入继续恢复增长,…一般公共预算支出规模28.5万亿元 is a target).  A targets
        statement (主要预期目标是:) covers the rest of the sentence, and so does 拟 in its first
        clause (今年拟安排财政赤字9000亿元,其中中央财政赤字7000亿元,…); other target cues
        only their own clause, for reviews say 确保 and 计划 of what was done.  In a plan, a year
        before the report's in the figure's clause (去年居民消费价格涨幅回落到2.6%) makes it
        actual.
        """
        own = self.last_break + 1 if self.last_break >= 0 else self.start
        cues = []
        if self.estimated >= own:
            cues.append((self.estimated, "estimated"))
        elif self.estimated_opening >= 0 and self.default_status != "target":
            cues.append((self.estimated_opening, "estimated"))
        if self.target_statement >= 0:
            cues.append((self.target_statement, "target"))
        if self.target >= own:
            cues.append((self.target, "target"))
        elif self.target_opening >= 0:
            cues.append((self.target_opening, "target"))
        if self.past >= own and self.default_status == "target":
            cues.append((self.past, "actual"))
        return max(cues)[1] if cues else self.default_status

    def period_named(self) -> str | None:
        """The last period stated before the position read (1-9月, 上半年 …); a moment
        (年末) in the clause of a name only there (年末城镇调查失业率5.1%,居民消费价格上涨2%),
        in a clause of its own (2024年末,…) on to the sentence's end."""
        period = self.period
        if period is None:
            return None
        read, text = self.period_read
        if read is not period:  # each period is read once, however many figures follow it
            text = _period_text(period)
            self.period_read = (period, text)
        own = self.last_break + 1 if self.last_break >= 0 else self.start
        if (
            text in words.MOMENTS
            and period.start() < own
            and self.text[period.end() : period.end() + 1] not in _BREAKS
        ):
            return None
        return text
