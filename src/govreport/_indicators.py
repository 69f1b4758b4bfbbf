"""Canonical indicators and their aliases (the table is ``data/indicators.csv``).

An indicator name as a report writes it resolves to its canonical indicator when, once
full-width forms and traditional characters are folded and a leading government word (全镇,
全市, 全国 …) is dropped, it is one of the aliases, or ends with one (the longest wins)
after words that narrow neither the measure nor the territory: a place (闽侯县), a time
(今年, 五年累计), 全社会.  A name qualified in front of an alias by anything else
(``脱贫地区农村居民人均可支配收入``, ``新培育规模以上工业企业``, ``新增造林``, ``地方财政
赤字``) measures something narrower and is no indicator of the table, unless the table lists
it.  The harmless words are :mod:`govreport.data.not_indicators`.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterable, Mapping

from govreport._args import ensure_text
from govreport._compiled import compile_regex
from govreport._model import Indicator
from govreport._normalize import FOLD_TABLE
from govreport._words import either
from govreport.data import not_indicators as words
from govreport.data import read_text
from govreport.data.metric_words import YEARS_AHEAD, YEARS_PAST
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

_FOLD = {**FOLD_TABLE, **TRADITIONAL_TO_SIMPLIFIED}
_GOVERNMENT_WORD = compile_regex(r"^(?:全[镇乡县市区省国旗州盟疆]|全街道|我镇|本镇|镇域|我县|我市)")
_BRACKETS = compile_regex(r"\([^()]*\)")  # 粮食(不包括大豆)的产量: a remark inside the name
_SPACE = compile_regex(r"[\s“”‘’\"']+")  # spaces and quotes: “四好农村路” is 四好农村路
_NEUTRAL = compile_regex(
    rf"(?:\p{{Han}}{{1,8}}?{either(words.NEUTRAL_PLACE_SUFFIXES)}"
    rf"|{either(words.NEUTRAL_WORDS)}"
    rf"|{either(YEARS_PAST + YEARS_AHEAD)}?[二两三四五六七八九十]年{either(words.YEAR_SPAN_ENDS)}?"
    rf"|[“\"]?十[一二三四五]?五[”\"]?{either(words.PLAN_SPANS)}?)+"
)
_NOT_PLACE = compile_regex(either(words.NOT_PLACES) + "$")
Lookup = Callable[[str], Indicator | None]
"""What resolves an indicator name: :func:`canonical_indicator`, or a table's ``lookup``."""
CACHED_NAME = 64
"""Names longer than this are looked up without being cached, so the cache's size is
bounded (4096 names of at most this length)."""


@functools.cache
def indicators() -> tuple[Indicator, ...]:
    """Every canonical indicator of the table, in its order."""
    text = read_text("indicators.csv")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(
        Indicator(
            id=row["id"],
            name=row["name"],
            aliases=tuple(alias for alias in row["aliases"].split(";") if alias),
            category=row["category"] or None,
        )
        for row in rows
    )


@functools.cache
def _aliases() -> dict[str, Indicator | None]:
    """``folded alias → indicator``; names of no indicator map to ``None``."""
    table: dict[str, Indicator | None] = {fold_name(name): None for name in words.NOT_INDICATORS}
    for indicator in indicators():
        for alias in (indicator.name, *indicator.aliases):
            table.setdefault(fold_name(alias), indicator)
    return table


def fold_name(name: str) -> str:
    """The form names are compared in: folded widths and characters, no spaces or quotes."""
    return _SPACE.sub("", name.translate(_FOLD))


@functools.cache
def _longest_alias() -> int:
    return max(len(alias) for alias in _aliases())


@functools.lru_cache(maxsize=4096)
def _cached_lookup(name: str) -> Indicator | None:
    return _lookup(name)


def _lookup(name: str) -> Indicator | None:
    return _find(name, _aliases(), _longest_alias())


def _find(name: str, table: dict[str, Indicator | None], longest: int) -> Indicator | None:
    folded = _BRACKETS.sub("", _GOVERNMENT_WORD.sub("", fold_name(name)))
    if folded in table:
        return table[folded]
    # The longest suffix (two characters or more) that is an alias, after neutral words.
    for start in range(max(len(folded) - longest, 1), len(folded) - 1):
        suffix = folded[start:]
        if suffix in table:
            return table[suffix] if _neutral(folded[:start]) else None
    return None


def _neutral(prefix: str) -> bool:
    """Whether the words before an alias narrow neither the measure nor the territory."""
    return _NEUTRAL.fullmatch(prefix) is not None and _NOT_PLACE.search(prefix) is None


def canonical_indicator(name: str) -> Indicator | None:
    """The canonical indicator an indicator name stands for, or ``None``.

    >>> canonical_indicator("规上工业产值").id
    'industrial_output_above_scale'
    >>> canonical_indicator("工業總產值").name
    '工业总产值'
    >>> canonical_indicator("全镇一般公共预算收入").id
    'general_public_budget_revenue'
    >>> canonical_indicator("荔枝") is None
    True
    >>> canonical_indicator("闽侯县规上工业增加值").id
    'industrial_va_above_scale'
    >>> canonical_indicator("脱贫地区农村居民人均可支配收入") is None
    True
    """
    ensure_text(name, "canonical_indicator", "name")
    return _cached_lookup(name) if len(name) <= CACHED_NAME else _lookup(name)


class IndicatorTable:
    """The canonical indicators with more of your own, or more aliases of the built-in ones.

    ``extra`` adds indicators; ``aliases`` maps more names to an indicator ``id``.  Names
    resolve as in :func:`canonical_indicator`.

    >>> table = IndicatorTable(aliases={"四上单位": "above_scale_enterprises"})
    >>> table.lookup("全镇四上单位").id
    'above_scale_enterprises'
    >>> table.lookup("规上工业产值").id
    'industrial_output_above_scale'
    """

    def __init__(
        self, extra: Iterable[Indicator] = (), *, aliases: Mapping[str, str] | None = None
    ) -> None:
        added = tuple(extra)
        by_id = {indicator.id: indicator for indicator in (*indicators(), *added)}
        table = dict(_aliases())
        for indicator in added:
            for alias in (indicator.name, *indicator.aliases):
                table[fold_name(alias)] = indicator
        for alias, indicator_id in (aliases or {}).items():
            if indicator_id not in by_id:
                raise ValueError(f"unknown indicator id {indicator_id!r} for alias {alias!r}")
            table[fold_name(alias)] = by_id[indicator_id]
        self.indicators: tuple[Indicator, ...] = (*indicators(), *added)
        self._table = table
        self._longest = max(map(len, table), default=0)
        self._cached = functools.lru_cache(maxsize=4096)(self._find)

    def lookup(self, name: str) -> Indicator | None:
        """The canonical indicator ``name`` stands for, or ``None``."""
        return self._cached(name) if len(name) <= CACHED_NAME else self._find(name)

    def _find(self, name: str) -> Indicator | None:
        return _find(name, self._table, self._longest)


def lookup_of(table: IndicatorTable | None) -> Lookup:
    """What resolves names with ``table``: its lookup, else :func:`canonical_indicator`."""
    return table.lookup if table is not None else canonical_indicator
