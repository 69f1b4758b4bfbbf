"""Quantities (number + unit) in running text.

The text is read in two steps, each one compiled pattern: a cheap scan finds the
positions where a figure or a name with numerals may start (a digit at the start of a
number, a Chinese numeral followed by a numeral or a unit, a quote, 第 …); there, an
alternation of named rules is tried in order: first the things that look like numbers but
are not quantities (names such as 四个意识, dates, ordinals, codes, quoted names), which are
read and dropped, then the quantity itself.  Both patterns run on the standard library's
``re``, whose character classes cost the same whatever their size.  The vocabularies behind
the rules live in :mod:`govreport.data`; :class:`QuantityExtractor` compiles them, with the
user's own names and units added.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from govreport._args import ensure_text
from govreport._compiled import compile_re
from govreport._model import Quantity, new_quantity
from govreport._numerals import fold_width, numeral_range
from govreport.data import qualifiers
from govreport.data.not_quantities import NOT_QUANTITIES
from govreport.data.units import ARABIC_OR_SCALE_ONLY, ARTICLE_UNITS, NOT_BEFORE, UNITS, Unit

__all__ = [
    "DEFAULT_EXTRACTOR",
    "QuantityExtractor",
    "default_extractor",
    "extract_quantities",
    "parse_quantity",
]
DEFAULT_EXTRACTOR: QuantityExtractor  # compiled on first use; see default_extractor()

_LETTERS = frozenset(
    [chr(code) for code in range(ord("A"), ord("Z") + 1)]
    + [chr(code) for code in range(ord("a"), ord("z") + 1)]
    + [chr(code) for code in range(ord("Ａ"), ord("Ｚ") + 1)]
    + [chr(code) for code in range(ord("ａ"), ord("ｚ") + 1)]
)
_SCALE_CHAR = compile_re("[万萬亿億]")
_NUMERAL_CHARS = "零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億"
_CHINESE_START = "零〇○一二两兩三四五六七八九十壹贰貳叁參叄肆伍陆陸柒捌玖拾"
_CHINESE_DIGITS = "零〇○一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖"
_KILO_UNIT_TAILS = "米克瓦伏"  # 千米, 千克, 千瓦, 千伏 are units, not 千 + unit

# Pieces of the pattern.  The text is scanned as it is, in half- or full-width forms (a
# fold of the whole text would cost more than the scan); only matched numerals are folded.
_D = "0-9０-９"  # digits
_DIGIT_CHARS = "0123456789０１２３４５６７８９"
_L = "A-Za-zＡ-Ｚａ-ｚ"  # Latin letters
# Digits spaced out one by one, as some PDFs print them (2 0 9 0 元, 1 5 ．3 ％).
_SPACED_DIGITS = rf"[{_D}](?:[ \t][{_D}]){{1,15}}+(?![{_D}])"
_ARABIC = rf"""
    (?<![{_D}{_L}.．_])(?<![{_D}.．][ \t])         # not inside a code, a decimal or a longer
    (?!(?<=[{_D}],)[{_D}]{{3}}(?![{_D}]))         # number, spaced or not; nor at a group of 45,000
    (?:[{_D}]{{1,3}}(?:,[{_D}]{{3}})++(?![{_D}])    # 45,000  1,100.9 (groups of exactly three)
      |[{_D}]{{1,16}}+(?![{_D}])                 # longer digit runs are codes, not figures
      |{_SPACED_DIGITS})
    (?:[ \t]?[.．][ \t]?(?:[{_D}]{{1,12}}+(?![{_D}])|{_SPACED_DIGITS}))?  # decimals (3 ．5)
"""
_CHINESE_CORE = rf"""
    [{_CHINESE_START}]
    (?:[{_NUMERAL_CHARS.replace("千", "").replace("仟", "")}]
      |[千仟](?![{_KILO_UNIT_TAILS}]))*+
    (?:[点點][{_CHINESE_DIGITS}]++[万萬亿億]{{0,2}}+)?   # 三十六点九, 一点五万
"""
_CHINESE = rf"(?<![{_NUMERAL_CHARS}第数數几幾])(?:{_CHINESE_CORE})"
# 万, 亿 and their compounds after an Arabic number, with the 3万4000 / 25万6千 tail.
_SCALE = rf"""
    (?:个(?=[亿億](?![元圆])))?                   # 4.9个亿 (not 230个亿元以上项目: projects)
    (?:[十百千拾佰仟]?[万萬](?:[亿億])?|[十百千拾佰仟]?[亿億]
      |[千仟](?![{_KILO_UNIT_TAILS}])|[百佰](?!分))
    (?:[{_D}]{{1,4}}+(?![{_D}.．年月日号])(?:[千百万萬](?![{_KILO_UNIT_TAILS}分]))?)?
"""
_SPACE = "[ \\t\\u200b\\u3000\\xa0]"
_WS = rf"(?:{_SPACE}{{0,4}}+(?:\r?\n{_SPACE}{{0,4}}+)?)"  # spaces, at most one line break
_SEPARATOR = r"(?:[-~—–－～〜]|至|到)"
# 负 of a word (税负, 胜负, 担负) is no sign.
_SIGN = rf"(?:(?<![{_D}{_L}%％])[-－−﹣]|(?<![税稅胜勝抱担擔欠])[负負])"
_PERCENT_NUMBER = rf"(?:{_CHINESE_CORE}|{_ARABIC}|[百佰])"
# Years, dates and month ranges: never quantities, consumed so that no part of them is read.
_DATE = rf"""
    (?<![{_D}.．])(?:1[6-9]|20|１[６-９]|２０)[{_D}]{{2}}[ \t]?年                      # 2023年
      (?:[{_D}]{{1,2}}月(?:[{_D}]{{1,2}}[日号])?)?
  | [〇○零一二三四五六七八九]{{4}}年                                      # 一九四九年, 二〇二三年
  | (?<![{_D}.．])(?:19|20|１９|２０)[{_D}]{{2}}(?P<sep>[-/.－／．])[{_D}]{{1,2}}(?P=sep)
      [{_D}]{{1,2}}(?![{_D}])                                               # 2024-01-10
  | (?<![{_D}.．])(?:19|20|１９|２０)[{_D}]{{2}}[-/－／][{_D}]{{1,2}}(?![{_D}])  # 2024-01
  | (?<![{_D}.．])[{_D}]{{1,2}}[ \t]?{_SEPARATOR}[ \t]?[{_D}]{{1,2}}[ \t]?月份?  # 1-9月, 1—10月份
  | (?<![{_D}.．])[{_D}]{{1,2}}月[{_D}]{{1,2}}[日号]                        # 9月26日
  | [一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}[日号]        # 九月二十六日
"""
_ORDINAL = rf"""
    第[ \t]?(?:{_ARABIC}|{_CHINESE_CORE})(?:[ \t]?{_SEPARATOR}[ \t]?(?:{_ARABIC}|{_CHINESE_CORE}))?
  | (?:{_ARABIC}|{_CHINESE})[ \t]?次                     # 四次会议: the session, not a count
    (?:全体|全體)?(?:会议|會議|全会|全會|代表大会|代表大會)
"""
# PM2.5, C919, QZ06912-0340; and 1e-5, 2E+10: a float in scientific notation is no figure.
_CODE = rf"""
    (?<![{_L}{_D}])[{_L}]{{1,10}}+[-－]?[{_D}][{_D}{_L}.．\-－/／]*+
  | (?<![{_L}{_D}.．])[{_D}]++(?:[.．][{_D}]++)?[eEｅＥ][-+－＋]?[{_D}]++
"""
_QUOTES = '“"「『《‘＂'
_QUOTED = rf"""
    [{_QUOTES}]
    (?:[^”"」』》’＂\n{_D}{_CHINESE_START}]{{0,2}}+(?=[{_D}{_CHINESE_START}])  # a short name:
       [^”"」』》’＂\n]{{1,20}}+[”"」』》’＂]                               # “两个中国”, “新十条”
      |[ \t]?(?:{_ARABIC}(?:{_SCALE})?|{_CHINESE_CORE}))         # or a long one's numeral
"""


def _alternation(words: Iterable[str], guards: Mapping[str, str] | None = None) -> str:
    """A pattern matching the longest of ``words``, factored as a trie.

    A flat alternation of a few hundred words is tried word by word at every position; the
    trie tries one branch per character.  ``guards`` adds a pattern to check after a word.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, "", guards or {})


def _trie_pattern(node: dict[str, dict[str, Any]], prefix: str, guards: Mapping[str, str]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child, prefix + char, guards)
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:  # a word ends here: longer words first, then this one
        branches.append(guards.get(prefix, ""))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _unit_alternation(surfaces: Iterable[str]) -> str:
    guards = {}
    for surface in surfaces:
        guard = f"(?![{re.escape(NOT_BEFORE[surface])}])" if surface in NOT_BEFORE else ""
        if surface.isascii():
            guard += "(?![A-Za-z])"
        guards[surface] = guard
    return _alternation(surfaces, guards)


PREFIX_REACH = 16
"""How far before a number its qualifier may start (约 有 and spaces)."""

# The last character of a qualifier before a number, of 有/为/达 after it, or a space: only
# after one of them is the qualifier pattern tried.
_PREFIX_ENDS = frozenset(
    {word[-1] for word in qualifiers.PREFIXES} | set("有为為达達 \t\u200b\u3000\xa0\r\n")
)


def _percent_pattern(units: Iterable[str], names: Iterable[str]) -> re.Pattern[str] | None:
    """An Arabic number and a percent sign followed by nothing a rule could read on (a space,
    a range's dash, 左右, a letter): the whole of what the rules match there, found without
    trying them (``1%1%1%…``, ``增长5.2%,``).  ``None`` where a unit or a name could read on."""
    signs = "%％"
    if any(unit[0] in signs and unit not in signs for unit in units) or any(
        char in name for name in names for char in signs
    ):
        return None
    # What may follow: a digit, or punctuation that no rule reads.
    return compile_re(rf"{_ARABIC}[{signs}](?=[{_D},，。;；、:：)）]|\Z)", re.VERBOSE)


_CLAUSE_ENDS = ",，。;；、:：)）"
"""Punctuation that no rule reads or looks at: a figure before one is read as far as it."""


def _ended_pattern(
    units: Iterable[str], names: Iterable[str], not_before: Iterable[str]
) -> re.Pattern[str] | None:
    """What lies between a number's first digit and the next clause end, when that is at most
    24 characters away: a figure read there before reads the same again (``…3.0亿元,…3.0亿元,``).

    Every rule depends only on the text it reads and on whether the character after it is of
    a class none of these characters is in: the same text up to one of them reads the same,
    as long as no rule can read one (units, qualifiers, a name opening with a digit) nor look
    at one (the characters a unit may not precede).  The number's own look behind is the
    rules' (_ARABIC's); its last character is no digit, which a group of thousands (45,000)
    would read on from.  ``None`` where a rule could read or look at one of them."""
    ends = set(_CLAUSE_ENDS)
    readers = [
        *units,
        *qualifiers.INFIXES,
        *qualifiers.SUFFIXES,
        *(name for name in names if name[:1] in _DIGIT_CHARS),
        *not_before,
    ]
    if any(not ends.isdisjoint(word) for word in readers):
        return None
    ends_class = re.escape(_CLAUSE_ENDS)
    return compile_re(
        rf"(?<![{_D}{_L}.．_])(?<![{_D}.．][ \t])(?!(?<=[{_D}],)[{_D}]{{3}}(?![{_D}]))"
        rf"[{_D}][^{ends_class}]{{0,22}}[^{ends_class}{_D}](?=[{ends_class}])"
    )


def _prefix_pattern() -> re.Pattern[str]:
    """Qualifiers before a number (约145.4万元, 約有一千二百萬), ending where it starts."""
    words = "|".join(sorted(map(re.escape, qualifiers.PREFIXES), key=len, reverse=True))
    return compile_re(rf"(?P<pre>{words})(?:有|为|為|达|達)?{_WS}\Z", re.VERBOSE)


def _candidates(units: Iterable[str], names: Iterable[str]) -> str:
    """Where a rule may start, as a pattern for the standard library's ``re``.

    ``re`` tests a large character class in constant time, ``regex`` in time that grows
    with the class: the candidates are found with ``re``, and the rules are tried only there.
    A Chinese numeral opens a figure only when followed by another numeral, a decimal point,
    a qualifier, a space, a range separator or the first character of a unit (一些, 统一,
    进一步 are passed over); a digit only at the start of a number.
    """
    numerals = _NUMERAL_CHARS + _DIGIT_CHARS
    follow = set(numerals + "点點余餘多来來几幾 \t\u3000-~—–－～〜至到%％")
    follow.update(unit[0] for unit in units)
    starts = re.escape(_CHINESE_START + _DIGIT_CHARS)
    chinese = re.escape(_CHINESE_START)
    signs = re.escape("-－−﹣负負")
    quotes = re.escape(_QUOTES)
    name_starts = {name[0] for name in names} - set(_CHINESE_START + _DIGIT_CHARS)
    first = f"{_D}{_L}{chinese}{signs}百千第{quotes}{_re_class(name_starts)}"
    # One character class first, so that ``re`` skips ordinary text quickly; then, looking
    # back at that character, the condition for it.
    conditions = [
        # a digit, at the start of a number: not inside 1_000 (a code) or 45,000
        rf"(?<=[{_D}])(?<![{_D}.．_].)(?!(?<=[{_D}],.)[{_D}]{{2}}(?![{_D}]))",
        rf"(?<=[{chinese}])(?<![{re.escape(_NUMERAL_CHARS)}第数數几幾].)(?=[{_re_class(follow)}])",
        rf"(?<=[{signs}])(?<![税稅胜勝抱担擔欠][负負])(?=[{starts}])",
        r"(?<=[百千])(?=分之)",
        rf"(?<=第)(?=[ \t]?[{starts}])",
        rf"(?<=[{quotes}])(?=[^\n]{{0,3}}[{starts}])",
        rf"(?<=[{_L}])(?<![{_L}{_D}].)(?=[{_L}]{{0,9}}[-－]?[{_D}])",
    ]
    if name_starts:
        conditions.append(f"(?<=[{_re_class(name_starts)}])")
    return f"[{first}](?:{'|'.join(conditions)})"


def _re_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(char) for char in sorted(set(chars)))


def _quantity_pattern(units: str, with_range: bool) -> str:
    infix = _alternation(qualifiers.INFIXES)
    suffix = _alternation(qualifiers.SUFFIXES)
    numeral = f"(?:{_ARABIC}|{_CHINESE})"
    # The high end of 百分之三到五; 百分之三到2025年 ends at 三: a year is no percentage.
    percent_high = rf"""(?:{_WS}{_SEPARATOR}{_WS}(?:百分之|千分之)?
        (?P<phigh>{_PERCENT_NUMBER})(?![年月日号]))?"""
    low_unit = rf"(?:{_WS}(?P<lunit>{units}))?"
    # A number without unit must end in 万 or 亿 (3.5万): a bare 360 is no quantity.
    ends_in_scale = "(?:(?<=[万萬亿億])|(?<=[万萬亿億][余餘多来來]))"
    bare_check = (
        f"(?(unit)|(?(lunit)|(?(scale)|(?(hscale)|{ends_in_scale}))))"
        if with_range
        else f"(?(unit)|(?(scale)|{ends_in_scale}))"
    )
    # The unit is matched once, after the low end (``lunit``), and again after the high end
    # of a range (``unit``): 5000万元-1亿元, 10亿-50亿元, 18~40岁.
    high = rf"""(?:{_WS}{_SEPARATOR}{_WS}
        (?P<hnum>{numeral})(?P<hmid>{infix})?(?:{_WS}(?P<hscale>{_SCALE}))?(?P<hmid2>{infix})?
        (?:{_WS}(?P<unit>{units}))?)?"""
    ending = low_unit + high if with_range else rf"(?:{_WS}(?P<unit>{units}))?"
    return rf"""
    (?P<sign>{_SIGN})?
    (?:(?P<pct>百分之|千分之)(?P<pnum>{_PERCENT_NUMBER}){percent_high if with_range else ""}
      |(?P<num>{numeral})(?P<mid>{infix})?(?:{_WS}(?P<scale>{_SCALE}))?(?P<mid2>{infix})?
       {ending}
       {bare_check}
    )
    (?P<post>{suffix})?
    """


class QuantityExtractor:
    """Finds quantities in text, with a vocabulary you can extend.

    ``extra_units`` maps more surface forms to ``(canonical unit, kind)``, for instance
    ``{"标准箱": ("标准箱", "count")}``; ``extra_not_quantities`` adds names that contain
    numerals but are not quantities (``"三个一工程"``).  ``units`` and ``not_quantities``
    replace the defaults instead of extending them.  The pattern is compiled once, when the
    extractor is made: make one extractor and reuse it.

    Unit surfaces and names must be non-empty strings, and ``units`` must hold at least one
    unit; anything else raises ``TypeError`` or ``ValueError`` saying what was expected.

    >>> extractor = QuantityExtractor(extra_not_quantities=["三个一百工程"])
    >>> [q.text for q in extractor.extract("推进三个一百工程,新建园区3个")]
    ['3个']
    """

    def __init__(
        self,
        *,
        extra_units: Mapping[str, Unit] | None = None,
        extra_not_quantities: Iterable[str] = (),
        units: Mapping[str, Unit] | None = None,
        not_quantities: Iterable[str] | None = None,
    ) -> None:
        merged_units = UNITS if units is None else _checked_units(units, "units")
        if not merged_units:
            raise ValueError(
                "QuantityExtractor() expects units to hold at least one unit; "
                "use extra_units to add units to the defaults"
            )
        merged_units = {**merged_units, **_checked_units(extra_units or {}, "extra_units")}
        merged_units = _with_wide_forms(merged_units)
        names = list(NOT_QUANTITIES) if not_quantities is None else _checked_names(not_quantities)
        names.extend(_checked_names(extra_not_quantities, "extra_not_quantities"))
        self.units: Mapping[str, Unit] = MappingProxyType(merged_units)
        self.not_quantities: tuple[str, ...] = tuple(dict.fromkeys(names))
        unit_pattern = _unit_alternation(merged_units)
        rules = {
            "name": _alternation(self.not_quantities) if self.not_quantities else "(?!)",
            "date": _DATE,
            "ordinal": _ORDINAL,
            "code": _CODE,
            "quoted": _QUOTED,
            "quantity": _quantity_pattern(unit_pattern, with_range=True),
        }
        self.rules: tuple[str, ...] = tuple(rules)
        """Rule names in the order they are tried; only ``quantity`` yields results."""
        self.pattern = compile_re(
            "|".join(f"(?P<{name}>{body})" for name, body in rules.items()), re.VERBOSE
        )
        """The rules as one alternation, tried at each candidate position."""
        self.candidates = compile_re(_candidates(merged_units, self.not_quantities))
        """Where a rule may start (a pattern of the standard library's ``re``)."""
        self._prefix = _prefix_pattern()
        self._percent_only = _percent_pattern(merged_units, self.not_quantities)
        self._ended = _ended_pattern(
            merged_units, self.not_quantities, (NOT_BEFORE.get(unit, "") for unit in merged_units)
        )
        self._ended_readings: _Readings = {}  # surfaces read before a clause end
        self._unit_pattern = unit_pattern
        self._single_pattern: re.Pattern[str] | None = None
        self._readings: dict[str, _Known | None] = {}
        self._whole_readings: dict[str, _Known | None] = {}

    def extract(self, text: str) -> list[Quantity]:
        """Every quantity in ``text``, in document order (see :func:`extract_quantities`)."""
        ensure_text(text, "extract_quantities")
        return self._extract(text)

    def _extract(self, text: str, *, whole: bool = False) -> list[Quantity]:
        """The quantities of ``text``; ``whole``: only the first, read as all of the text."""
        found = []
        match_at = self.pattern.match
        percent_at = self._percent_only.match if self._percent_only is not None else None
        readings = self._whole_readings if whole else self._readings
        placed = self._placed
        digits, prefix_ends = _DIGIT_CHARS, _PREFIX_ENDS
        ended_at = self._ended.match if self._ended is not None and not whole else None
        ended_readings = self._ended_readings
        end = 0
        search = self.candidates.search
        # The next candidate after what a rule has read, not the ones inside it.
        while (candidate := search(text, end)) is not None:
            start = candidate.start()
            end = start + 1  # unless a rule reads further
            if (
                percent_at is not None
                and text[start] in digits  # a percent opens with a digit
                and (percent := percent_at(text, start)) is not None
            ):
                known = readings.get(percent.group(), _UNREAD)
                if known is not _UNREAD:  # a percent read before: no rule but it can match
                    end = percent.end()
                    if known is None:
                        continue
                    if start and text[start - 1] in prefix_ends:
                        found.append(placed(text, start, known))
                    else:  # no qualifier before it: the reading as it is
                        surface, (_, value, high, unit, kind, _), approx = known
                        found.append(
                            new_quantity(surface, (start, end), value, unit, kind, high, approx)
                        )
                    if whole:
                        break
                    continue
            ended = None
            if ended_at is not None and text[start] in digits:
                ended = ended_at(text, start)
                if ended is not None:
                    known = ended_readings.get(ended.group(), _UNREAD)
                    if known is not _UNREAD:  # read before a clause end before: as it was
                        end = ended.end()
                        if known is not None:
                            found.append(placed(text, start, known))
                        continue
            match = match_at(text, start)
            if match is None:
                continue
            end = max(end, match.end())  # every rule reads a character at least
            if match.lastgroup == "quantity":
                quantity = self._quantity(match, text, whole)
                if quantity is not None:
                    found.append(quantity)
                    if whole:
                        break  # one quantity, or none that is all of the text
            if ended is not None and ended.end() == end:  # how it reads, for the next time
                self._remember_ended(ended.group(), match, readings)
        return found

    def _remember_ended(self, surface: str, match: re.Match[str], readings: _Readings) -> None:
        """Remember how a surface before a clause end read: as the quantity it read as
        (``readings`` has it), or as nothing (no quantity, or another rule's)."""
        if len(self._ended_readings) >= _READINGS_LIMIT:
            self._ended_readings.clear()
        read = readings.get(surface) if match.lastgroup == "quantity" else None
        self._ended_readings[surface] = read

    def parse(self, text: str) -> Quantity | None:
        """``text`` as one quantity, or ``None`` (see :func:`parse_quantity`)."""
        ensure_text(text, "parse_quantity")
        stripped = text.strip()
        offset = len(text) - len(text.lstrip())
        found = self._extract(stripped, whole=True)
        # Quantities never overlap: the first one is all of the text, or none is.
        if not found or found[0].span != (0, len(stripped)):
            return None
        quantity = found[0]
        start, end = quantity.span
        return Quantity(
            text=quantity.text,
            span=(start + offset, end + offset),
            value=quantity.value,
            unit=quantity.unit,
            kind=quantity.kind,
            high=quantity.high,
            approx=quantity.approx,
        )

    def _quantity(self, match: re.Match[str], text: str, whole: bool) -> Quantity | None:
        """The quantity ``match`` reads, or ``None``; ``whole``: ``text`` is nothing but
        the quantity, so that 一元 is one yuan, not an article before a word."""
        start, end = match.span("quantity")
        if text[end : end + 1] in _LETTERS:
            return None  # 5G, 3A: the number is part of a code
        # What a figure reads as depends only on its surface (the pattern has looked around
        # it already): a figure met before is not read again.
        readings = self._whole_readings if whole else self._readings
        key = text[start:end]
        known = readings.get(key, _UNREAD)
        if known is _UNREAD:
            reading = self._read(match.groupdict(), text, start, end, whole)
            # the figure's own text, shared by every quantity that reads the same
            known = None if reading is None else _known(text[start : start + reading[0]], reading)
            if len(readings) >= _READINGS_LIMIT:
                readings.clear()
            readings[key] = known
        return None if known is None else self._placed(text, start, known)

    def _placed(self, text: str, start: int, known: _Known) -> Quantity:
        """The quantity of a reading at ``start``, with the qualifier written before it."""
        surface, (length, value, high, unit, kind, words), approx = known
        end = start + length
        if start and text[start - 1] in _PREFIX_ENDS:
            prefix = self._prefix.search(text, max(0, start - PREFIX_REACH), start)
            if prefix is not None:
                start = prefix.start()
                surface = text[start:end]
                approx = _approx((prefix.group("pre"), *words))
        return new_quantity(surface, (start, end), value, unit, kind, high, approx)

    def _read(
        self, groups: _Groups, text: str, start: int, end: int, whole: bool
    ) -> _Reading | None:
        is_range = bool(groups.get("hnum") or groups.get("phigh"))
        if groups["pct"]:
            reading = self._percent(groups, start, end)
        elif is_range:
            reading = self._range(groups, start, end, whole)
        else:
            reading = self._plain(groups, start, end, whole)
        if reading is None and is_range:  # 3%到2025年: read the low end alone
            single = self._single().match(text, start)
            if single is None or text[single.end() : single.end() + 1] in _LETTERS:
                return None
            return self._read(single.groupdict(), text, start, single.end(), whole)
        return reading

    def _single(self) -> re.Pattern[str]:
        """The quantity rule without ranges, compiled when first needed (it is needed only
        where a range fails to read): the first call of a new process is cheaper."""
        if self._single_pattern is None:
            self._single_pattern = compile_re(
                _quantity_pattern(self._unit_pattern, with_range=False), re.VERBOSE
            )
        return self._single_pattern

    def _percent(self, groups: _Groups, start: int, end: int) -> _Reading | None:
        low = _percent_value(groups["pnum"])
        high_numeral = groups.get("phigh")
        high = _percent_value(high_numeral) if high_numeral else None
        if low is None or (high_numeral and high is None):
            return None
        if high is not None and high < low:
            return None  # 百分之五至三: not a range
        unit = "%" if groups["pct"] == "百分之" else "‰"
        return _reading(groups, start, end, low, high, unit, "percent")

    def _range(self, groups: _Groups, start: int, end: int, whole: bool) -> _Reading | None:
        num, hnum = groups["num"], groups["hnum"]
        scale = (groups["scale"] or "").removeprefix("个")
        hscale = (groups["hscale"] or "").removeprefix("个")
        unit, lunit = groups["unit"], groups["lunit"]
        if unit is None and not (hscale or _has_scale(hnum)):
            return None  # 1-9月, 2021-2025: no unit, no scale
        if lunit is not None and unit is not None and self.units[lunit] != self.units[unit]:
            return None
        low = _numeral_range(num + (scale or hscale))
        high = _numeral_range(hnum + hscale)
        if low is None or high is None or low[1] is not None or high[1] is not None:
            return None
        if high[0] < low[0]:
            return None  # 2至1亿: not a range
        value = -low[0] if groups["sign"] else low[0]
        canonical, kind = self.units[unit] if unit else (None, "number")
        if not _plausible(num, scale or hscale, unit, kind, whole):
            return None
        return _reading(groups, start, end, value, high[0], canonical, kind)

    def _plain(self, groups: _Groups, start: int, end: int, whole: bool) -> _Reading | None:
        num, scale = groups["num"], (groups["scale"] or "").removeprefix("个")
        # A unit before a dash that starts no range (3个-) is still this number's unit.
        unit = groups["unit"] or groups.get("lunit")
        if unit is None and not (scale or _has_scale(num)):
            return None  # a bare number: its unit was lost or it is not a figure
        canonical, kind = self.units[unit] if unit else (None, "number")
        if not _plausible(num, scale, unit, kind, whole):
            return None
        values = _numeral_range(num + scale)
        if values is None:
            return None
        low, high = values
        if groups["sign"]:
            low, high = -low, None if high is None else -high
        return _reading(groups, start, end, low, high, canonical, kind)


_READINGS_LIMIT = 4096
_UNREAD: Any = object()  # a figure's surface not read yet (None: read as no quantity)
"""How many surfaces an extractor remembers the reading of (then it starts afresh)."""

_Reading = tuple[int, Decimal, Decimal | None, str | None, str, tuple[str, ...]]
"""What a surface reads as: its length (the low end of a range may be read alone), value,
high, unit, kind and qualifiers."""


def _reading(
    groups: _Groups,
    start: int,
    end: int,
    value: Decimal,
    high: Decimal | None,
    unit: str | None,
    kind: str,
) -> _Reading:
    words = tuple(word for word in map(groups.get, _QUALIFIER_FIELDS) if word)
    return end - start, value, high, unit, kind, words


_Known = tuple[str, _Reading, str | None]
"""A surface read before: its text, its reading and its qualifiers as ``approx`` holds them."""
_Readings = dict[str, _Known | None]


def _known(surface: str, reading: _Reading) -> _Known:
    return surface, reading, _approx(reading[5])


def _approx(words: tuple[str, ...]) -> str | None:
    return "…".join(dict.fromkeys(words)) if words else None


_Groups = dict[str, Any]
_QUALIFIER_FIELDS = ("mid", "mid2", "hmid", "hmid2", "post")


def _checked_units(units: object, name: str) -> dict[str, Unit]:
    """``units`` as a dict of surface → ``(canonical, kind)``, or an error saying what is wrong."""
    expected = f"QuantityExtractor() expects {name} as a mapping of str to (unit, kind)"
    if not isinstance(units, Mapping):
        raise TypeError(f"{expected}, got {type(units).__name__}")
    checked: dict[str, Unit] = {}
    for surface, unit in units.items():
        if not isinstance(surface, str):
            raise TypeError(f"{expected}, got a key of type {type(surface).__name__}")
        if not surface.strip():
            raise ValueError(
                f"{expected}; {surface!r} is no unit (an empty unit follows any number)"
            )
        if isinstance(unit, str) or not isinstance(unit, Sequence) or len(unit) != 2:
            raise TypeError(f"{expected}, got {unit!r} for {surface!r}")
        canonical, kind = unit
        if not (isinstance(canonical, str) and isinstance(kind, str) and canonical and kind):
            raise TypeError(f"{expected} as two non-empty str, got {unit!r} for {surface!r}")
        checked[surface] = (canonical, kind)
    return checked


def _checked_names(names: object, name: str = "not_quantities") -> list[str]:
    """``names`` as a list of non-empty strings, or an error saying what is wrong."""
    expected = f"QuantityExtractor() expects {name} as an iterable of non-empty str"
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise TypeError(f"{expected} (a list of names), got {type(names).__name__}")
    checked = list(names)
    for word in checked:
        if not isinstance(word, str):
            raise TypeError(f"{expected}, got an item of type {type(word).__name__}")
        if not word.strip():
            raise ValueError(f"{expected}, got {word!r}")
    return checked


def _with_wide_forms(units: Mapping[str, Unit]) -> dict[str, Unit]:
    """``units`` with the full-width twin of each form written in ASCII (``km`` → ``ｋｍ``)."""
    wide = dict(units)
    for surface, unit in units.items():
        if any("!" <= char <= "~" for char in surface):
            wide.setdefault(fold_width_inverse(surface), unit)
    return wide


def fold_width_inverse(text: str) -> str:
    """ASCII → full-width forms (``%`` → ``％``), the inverse of :func:`fold_width`."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


def _has_scale(numeral: str) -> bool:
    return _SCALE_CHAR.search(numeral) is not None


@functools.lru_cache(maxsize=4096)
def _short_numeral_range(numeral: str) -> tuple[Decimal, Decimal | None] | None:
    return numeral_range(fold_width(numeral))


def _numeral_range(numeral: str) -> tuple[Decimal, Decimal | None] | None:
    """:func:`numeral_range` of a numeral as written; short ones, the common case, are
    remembered (the same figure recurs, and shares its value)."""
    if " " in numeral or "\t" in numeral:  # a decimal spaced out: 3 . 5
        numeral = numeral.replace(" ", "").replace("\t", "")
    if len(numeral) <= 24:
        return _short_numeral_range(numeral)
    return numeral_range(fold_width(numeral))


def _percent_value(numeral: str) -> Decimal | None:
    values = _numeral_range("一百" if numeral in ("百", "佰") else numeral)
    return None if values is None or values[1] is not None else values[0]


def _plausible(numeral: str, scale: str, unit: str | None, kind: str, whole: bool) -> bool:
    """Reject readings that are words, not figures: 一个 (an article), 二次创业, 三方.
    ``whole``: the numeral and its unit are all of the text (一元 alone is one yuan)."""
    if scale or _has_scale(numeral) or unit is None:
        return True
    if kind in ("percent", "change", "ratio"):
        return True
    if numeral in ("一", "壹", "幺") and (not whole or unit in ARTICLE_UNITS):
        return False  # 一个 is an article
    if numeral[0] in "零〇○" and numeral[1:2] not in ("点", "點"):
        return False  # 一年零三个月 is one span of time; 零点五元 is a decimal
    if kind == "count" and numeral in ("二", "贰", "貳"):
        return False
    return not (unit in ARABIC_OR_SCALE_ONLY and not any(char.isdigit() for char in numeral))


@functools.cache
def default_extractor() -> QuantityExtractor:
    """The extractor behind :func:`extract_quantities` and :func:`parse_quantity`, compiled on
    first use (``DEFAULT_EXTRACTOR`` names it too)."""
    return QuantityExtractor()


def __getattr__(name: str) -> Any:
    if name == "DEFAULT_EXTRACTOR":
        return default_extractor()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in document order.

    Spans index the string passed in, whatever its width forms.  Years, dates, ordinals,
    codes, and names containing numerals (十四五, 一带一路, 四个意识) are left out, as are bare
    numbers without unit or scale word.  To add names or units, use a
    :class:`QuantityExtractor`.

    >>> [(q.text, q.value, q.unit) for q in extract_quantities("税收收入完成1.82亿元,比增-17%")]
    [('1.82亿元', Decimal('182000000'), '元'), ('-17%', Decimal('-17'), '%')]
    >>> extract_quantities("2023年是实施“十四五”规划的关键之年")
    []
    """
    return default_extractor().extract(text)


def parse_quantity(text: str) -> Quantity | None:
    """Parse a string that is exactly one quantity, or return ``None``.

    >>> q = parse_quantity("约145.4万元")
    >>> q.value, q.unit, q.approx, q.kind
    (Decimal('1454000'), '元', '约', 'amount')
    >>> q = parse_quantity("十七八万人")
    >>> q.value, q.high, q.unit
    (Decimal('170000'), Decimal('180000'), '人')
    >>> parse_quantity("2023年") is None
    True
    """
    return default_extractor().parse(text)
