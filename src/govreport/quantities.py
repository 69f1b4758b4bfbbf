"""Quantities (number + unit) in running text.

One compiled pattern scans the text once.  It is an alternation of named rules, tried in
order at each position: first the things that look like numbers but are not quantities
(names such as 四个意识, dates, ordinals, codes, quoted names), which are consumed and
dropped, then the quantity itself.  The vocabularies behind the rules live in
:mod:`govreport.data`; :class:`QuantityExtractor` compiles them, with the user's own names
and units added.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import regex

from govreport._args import ensure_text
from govreport.data import qualifiers
from govreport.data.not_quantities import NOT_QUANTITIES
from govreport.data.units import ARABIC_OR_SCALE_ONLY, NOT_BEFORE, UNITS, Unit
from govreport.model import Quantity
from govreport.numerals import fold_width, numeral_range

__all__ = ["DEFAULT_EXTRACTOR", "QuantityExtractor", "extract_quantities", "parse_quantity"]

_NUMERAL_CHARS = "零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億"
_CHINESE_START = "零〇○一二两兩三四五六七八九十壹贰貳叁參叄肆伍陆陸柒捌玖拾"
_CHINESE_DIGITS = "零〇○一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖"
_KILO_UNIT_TAILS = "米克瓦伏"  # 千米, 千克, 千瓦, 千伏 are units, not 千 + unit

# Pieces of the pattern.  The text is folded to ASCII digits before matching.
_ARABIC = r"""
    (?<![0-9A-Za-z.])                         # not inside a code, a decimal or a longer number
    (?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])      # 45,000  1,100.9 (groups of exactly three)
      |[0-9]{1,16}+(?![0-9]))                  # longer digit runs are codes, not figures
    (?:\.[0-9]{1,12}+(?![0-9]))?               # decimals
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
    (?:[十百千拾佰仟]?[万萬](?:[亿億])?|[十百千拾佰仟]?[亿億]
      |[千仟](?![{_KILO_UNIT_TAILS}])|[百佰](?!分))
    (?:[0-9]{{1,4}}+(?![0-9.年月日号])(?:[千百万萬](?![{_KILO_UNIT_TAILS}分]))?)?
"""
_WS = r"(?:[ \t\u200b]{0,4}+(?:\r?\n[ \t\u200b]{0,4}+)?)"  # spaces, at most one line break
_SEPARATOR = r"(?:[-~—–]|至|到)"
_SIGN = r"(?:(?<![0-9A-Za-z%])-|负|負)"
_PERCENT_NUMBER = rf"(?:{_CHINESE_CORE}|{_ARABIC}|[百佰])"
# Years, dates and month ranges: never quantities, consumed so that no part of them is read.
_DATE = rf"""
    (?<![0-9.])(?:1[6-9]|20)[0-9]{{2}}[ \t]?年(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}[日号])?)?  # 2023年
  | [〇○零一二三四五六七八九]{{4}}年                                      # 一九四九年, 二〇二三年
  | (?<![0-9.])(?:19|20)[0-9]{{2}}(?P<sep>[-/.])[0-9]{{1,2}}(?P=sep)[0-9]{{1,2}}(?![0-9])
                                                                          # 2024-01-10
  | (?<![0-9.])(?:19|20)[0-9]{{2}}[-/][0-9]{{1,2}}(?![0-9])               # 2024-01, 2023/12
  | (?<![0-9.])[0-9]{{1,2}}[ \t]?{_SEPARATOR}[ \t]?[0-9]{{1,2}}[ \t]?月份?   # 1-9月, 1—10月份
  | (?<![0-9.])[0-9]{{1,2}}月[0-9]{{1,2}}[日号]                           # 9月26日
  | [一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}[日号]        # 九月二十六日
"""
_ORDINAL = rf"""
    第[ \t]?(?:{_ARABIC}|{_CHINESE_CORE})(?:[ \t]?{_SEPARATOR}[ \t]?(?:{_ARABIC}|{_CHINESE_CORE}))?
  | (?:{_ARABIC}|{_CHINESE})[ \t]?次                     # 四次会议: the session, not a count
    (?:全体|全體)?(?:会议|會議|全会|全會|代表大会|代表大會)
"""
_CODE = r"(?<![A-Za-z0-9])[A-Za-z]{1,10}+-?[0-9][0-9A-Za-z.\-/]*+"  # PM2.5, C919, QZ06912-0340
_QUOTED = rf"""
    [“"「『《‘]
    (?:[^”"」』》’\n0-9{_CHINESE_START}]{{0,2}}+(?=[0-9{_CHINESE_START}])  # a short name:
       [^”"」』》’\n]{{1,20}}+[”"」』》’]                               # “两个中国”, “新十条”
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
        regex.escape(char) + _trie_pattern(child, prefix + char, guards)
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
        guard = f"(?![{regex.escape(NOT_BEFORE[surface])}])" if surface in NOT_BEFORE else ""
        if surface.isascii():
            guard += "(?![A-Za-z])"
        guards[surface] = guard
    return _alternation(surfaces, guards)


def _quantity_pattern(units: str, with_range: bool) -> str:
    prefix = _alternation(qualifiers.PREFIXES)
    infix = _alternation(qualifiers.INFIXES)
    suffix = _alternation(qualifiers.SUFFIXES)
    numeral = f"(?:{_ARABIC}|{_CHINESE})"
    percent_high = rf"(?:{_WS}{_SEPARATOR}{_WS}(?:百分之|千分之)?(?P<phigh>{_PERCENT_NUMBER}))?"
    low_unit = rf"(?:{_WS}(?P<lunit>{units})(?={_WS}{_SEPARATOR}))?"
    # A number without unit must end in 万 or 亿 (3.5万): a bare 360 is no quantity.
    ends_in_scale = "(?<=[万萬亿億][余餘多来來]?)"
    bare_check = (
        f"(?(unit)|(?(lunit)|(?(scale)|(?(hscale)|{ends_in_scale}))))"
        if with_range
        else f"(?(unit)|(?(scale)|{ends_in_scale}))"
    )
    high = rf"""(?:{_WS}{_SEPARATOR}{_WS}
        (?P<hnum>{numeral})(?P<hmid>{infix})?(?:{_WS}(?P<hscale>{_SCALE}))?(?P<hmid2>{infix})?)?"""
    return rf"""
    (?:(?<=(?P<pre>{prefix})(?:有|为|為|达|達)?{_WS}))?  # 约145.4万元, 約有一千二百萬
    (?P<sign>{_SIGN})?
    (?:(?P<pct>百分之|千分之)(?P<pnum>{_PERCENT_NUMBER}){percent_high if with_range else ""}
      |(?P<num>{numeral})(?P<mid>{infix})?(?:{_WS}(?P<scale>{_SCALE}))?(?P<mid2>{infix})?
       {low_unit + high if with_range else ""}
       (?:{_WS}(?P<unit>{units}))?
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
        merged_units = dict(UNITS if units is None else units)
        merged_units.update(extra_units or {})
        names = [*(NOT_QUANTITIES if not_quantities is None else not_quantities)]
        names.extend(extra_not_quantities)
        self.units: Mapping[str, Unit] = MappingProxyType(merged_units)
        self.not_quantities: tuple[str, ...] = tuple(dict.fromkeys(names))
        unit_pattern = _unit_alternation(merged_units)
        rules = {
            "name": _alternation(self.not_quantities) or "(?!)",
            "date": _DATE,
            "ordinal": _ORDINAL,
            "code": _CODE,
            "quoted": _QUOTED,
            "quantity": _quantity_pattern(unit_pattern, with_range=True),
        }
        self.rules: tuple[str, ...] = tuple(rules)
        """Rule names in the order they are tried; only ``quantity`` yields results."""
        # Every rule starts with one of these characters: testing them first lets the scan
        # skip ordinary text at the cost of one character-class test per position.
        first_chars = set("0123456789-负負百千第“\"「『《‘" + _CHINESE_START)
        first_chars.update(name[0] for name in self.not_quantities)
        self.pattern = regex.compile(
            f"(?=[A-Za-z{regex.escape(''.join(sorted(first_chars)))}])(?:"
            + "|".join(f"(?P<{name}>{body})" for name, body in rules.items())
            + ")",
            regex.VERBOSE,
        )
        self._single = regex.compile(
            _quantity_pattern(unit_pattern, with_range=False), regex.VERBOSE
        )

    def extract(self, text: str) -> list[Quantity]:
        """Every quantity in ``text``, in document order (see :func:`extract_quantities`)."""
        ensure_text(text, "extract_quantities")
        folded = fold_width(text)
        found = []
        for match in self.pattern.finditer(folded):
            if match.group("quantity") is None:
                continue
            quantity = self._quantity(match, text, folded)
            if quantity is not None:
                found.append(quantity)
        return found

    def parse(self, text: str) -> Quantity | None:
        """``text`` as one quantity, or ``None`` (see :func:`parse_quantity`)."""
        ensure_text(text, "parse_quantity")
        stripped = text.strip()
        offset = len(text) - len(text.lstrip())
        found = self.extract(stripped)
        if len(found) != 1 or found[0].span != (0, len(stripped)):
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

    def _quantity(self, match: regex.Match[str], text: str, folded: str) -> Quantity | None:
        start, end = _span(match)
        if end < len(folded) and folded[end].isascii() and folded[end].isalpha():
            return None  # 5G, 3A: the number is part of a code
        is_range = _group(match, "hnum") is not None or _group(match, "phigh") is not None
        if match.group("pct"):
            quantity = self._percent(match, text)
        else:
            quantity = self._range(match, text) if is_range else self._plain(match, text)
        if quantity is None and is_range:  # 3%到2025年: read the low end alone
            single = self._single.match(folded, start)
            return None if single is None else self._quantity(single, text, folded)
        return quantity

    def _percent(self, match: regex.Match[str], text: str) -> Quantity | None:
        low = _percent_value(match.group("pnum"))
        high_numeral = _group(match, "phigh")
        high = _percent_value(high_numeral) if high_numeral else None
        if low is None or (high_numeral and high is None):
            return None
        unit = "%" if match.group("pct") == "百分之" else "‰"
        return self._make(match, text, value=low, high=high, unit=unit, kind="percent")

    def _range(self, match: regex.Match[str], text: str) -> Quantity | None:
        num, hnum = match.group("num"), match.group("hnum")
        scale, hscale = match.group("scale") or "", match.group("hscale") or ""
        unit = match.group("unit")
        if unit is None and not (hscale or _has_scale(hnum)):
            return None  # 1-9月, 2021-2025: no unit, no scale
        lunit = match.group("lunit")
        if lunit is not None and unit is not None and self.units[lunit] != self.units[unit]:
            return None
        low = numeral_range(num + (scale or hscale))
        high = numeral_range(hnum + hscale)
        if low is None or high is None or low[1] is not None or high[1] is not None:
            return None
        value = -low[0] if match.group("sign") else low[0]
        canonical, kind = self.units[unit] if unit else (None, "number")
        if not _plausible(num, scale or hscale, unit, kind):
            return None
        return self._make(match, text, value=value, high=high[0], unit=canonical, kind=kind)

    def _plain(self, match: regex.Match[str], text: str) -> Quantity | None:
        num, scale = match.group("num"), match.group("scale") or ""
        # A unit before a dash that starts no range (3个-) is still this number's unit.
        unit = match.group("unit") or _group(match, "lunit")
        if unit is None and not (scale or _has_scale(num)):
            return None  # a bare number: its unit was lost or it is not a figure
        canonical, kind = self.units[unit] if unit else (None, "number")
        if not _plausible(num, scale, unit, kind):
            return None
        values = numeral_range(num + scale)
        if values is None:
            return None
        low, high = values
        if match.group("sign"):
            low, high = -low, None if high is None else -high
        return self._make(match, text, value=low, high=high, unit=canonical, kind=kind)

    def _make(
        self,
        match: regex.Match[str],
        text: str,
        *,
        value: Decimal,
        high: Decimal | None,
        unit: str | None,
        kind: str,
    ) -> Quantity:
        start, end = _span(match)
        words = [_group(match, name) for name in ("pre", "mid", "mid2", "hmid", "hmid2", "post")]
        approx = "…".join(dict.fromkeys(word for word in words if word))
        return Quantity(
            text=text[start:end],
            span=(start, end),
            value=value,
            unit=unit,
            kind=kind,
            high=high,
            approx=approx or None,
        )


def _span(match: regex.Match[str]) -> tuple[int, int]:
    """The quantity's span, in a match of the whole rule set or of the single pattern.

    A qualifier before the number is matched by a lookbehind (so that the scan only stops at
    numbers) and belongs to the span.
    """
    start, end = match.span("quantity") if "quantity" in match.re.groupindex else match.span()
    if match.group("pre") is not None:
        start = match.start("pre")
    return start, end


def _group(match: regex.Match[str], name: str) -> str | None:
    """Group ``name``, or ``None`` where the pattern has no such group (the single pattern)."""
    if name in match.re.groupindex:
        group: str | None = match.group(name)
        return group
    return None


def _has_scale(numeral: str) -> bool:
    return any(char in numeral for char in "万萬亿億")


def _percent_value(numeral: str) -> Decimal | None:
    values = numeral_range("一百" if numeral in ("百", "佰") else numeral)
    return None if values is None or values[1] is not None else values[0]


def _plausible(numeral: str, scale: str, unit: str | None, kind: str) -> bool:
    """Reject readings that are words, not figures: 一个 (an article), 二次创业, 三方."""
    if scale or _has_scale(numeral) or unit is None:
        return True
    if kind in ("percent", "change", "ratio"):
        return True
    if numeral in ("一", "壹", "幺") or numeral[0] in "零〇○":
        return False  # 一个 is an article; 一年零三个月 is one span of time
    if kind == "count" and numeral in ("二", "贰", "貳"):
        return False
    return not (unit in ARABIC_OR_SCALE_ONLY and not any(char.isdigit() for char in numeral))


DEFAULT_EXTRACTOR = QuantityExtractor()
"""The extractor behind :func:`extract_quantities` and :func:`parse_quantity`."""


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
    return DEFAULT_EXTRACTOR.extract(text)


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
    return DEFAULT_EXTRACTOR.parse(text)
