"""Canonical indicators and their aliases (the table is ``data/indicators.csv``).

An indicator name as a report writes it resolves to its canonical indicator when, once
full-width forms and traditional characters are folded and a leading government word (全镇,
全市, 全国 …) is dropped, it is one of the aliases, or ends with one (the longest wins:
``新增工业固定资产投资`` is an industrial investment, not a plain one).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Mapping
from importlib import resources

import regex

from govreport._args import ensure_text
from govreport.data.not_indicators import NOT_INDICATORS
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED
from govreport.model import Indicator
from govreport.normalize import FOLD_TABLE

_FOLD = {**FOLD_TABLE, **TRADITIONAL_TO_SIMPLIFIED}
_GOVERNMENT_WORD = regex.compile(
    r"^(?:全镇|全乡|全县|全市|全区|全省|全国|全街道|我镇|本镇|镇域|我县|我市)"
)
_BRACKETS = regex.compile(r"\([^()]*\)")  # 粮食(不包括大豆)的产量: a remark inside the name
_SPACE = regex.compile(r"[\s“”‘’\"']+")  # spaces and quotes: “四好农村路” is 四好农村路


@functools.cache
def indicators() -> tuple[Indicator, ...]:
    """Every canonical indicator of the table, in its order."""
    text = resources.files("govreport.data").joinpath("indicators.csv").read_text("utf-8")
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
    table: dict[str, Indicator | None] = {fold_name(name): None for name in NOT_INDICATORS}
    for indicator in indicators():
        for alias in (indicator.name, *indicator.aliases):
            table.setdefault(fold_name(alias), indicator)
    return table


def fold_name(name: str) -> str:
    """The form names are compared in: folded widths and characters, no spaces or quotes."""
    return _SPACE.sub("", name.translate(_FOLD))


@functools.lru_cache(maxsize=4096)
def _lookup(name: str) -> Indicator | None:
    return _find(name, _aliases())


def _find(name: str, table: dict[str, Indicator | None]) -> Indicator | None:
    folded = _BRACKETS.sub("", _GOVERNMENT_WORD.sub("", fold_name(name)))
    # The name itself, else its longest suffix (of two characters or more) that is an alias.
    last = max(len(folded) - 1, 1)
    return next(
        (table[folded[start:]] for start in range(last) if folded[start:] in table),
        None,
    )


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
    """
    ensure_text(name, "canonical_indicator", "name")
    return _lookup(name)


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
        self.lookup = functools.lru_cache(maxsize=4096)(self._lookup)

    def _lookup(self, name: str) -> Indicator | None:
        """The canonical indicator ``name`` stands for, or ``None``."""
        return _find(name, self._table)
