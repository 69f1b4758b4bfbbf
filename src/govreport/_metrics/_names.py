"""Indicator names: the name a figure's gap ends with, or the list of names sharing a verb."""

from __future__ import annotations

from govreport._compiled import compile_re
from govreport._indicators import Lookup, canonical_indicator
from govreport._metrics._cues import last_break
from govreport._metrics._patterns import (
    ACTION,
    ANY_SCOPE,
    AVERAGE,
    AVERAGE_MARK,
    BARE_MEASURES,
    CLAUSE_ADVERB,
    CLAUSE_WORDS,
    COMPARISON,
    COMPOUNDS,
    DIGIT,
    HEAD,
    LATIN_DIGITS,
    LEAD_IN,
    LEVEL_VERB,
    LIST_SEPARATOR,
    NAME_CHARS,
    PUBLIC_FINANCE,
    RATES,
    RATES_MARK,
    SCOPES,
    SHARED_HEAD,
    SUBJECT_END,
    TRAILING,
    TRAILING_BRACKETS,
)
from govreport._model import Span
from govreport.data import metric_words as words

NAME_LIMIT = 24
"""Longest indicator name, in characters."""

_BASE_REACH = 4  # characters read past a name for the start of a comparison's base
_BASE_OPENING = compile_re("[比由从]")  # the first characters of COMPARISON

SCOPE_REACH = 60
"""How far before a name its scope's words are looked for (its clause and the one before)."""

SUBJECT_REACH = 2 * NAME_LIMIT
"""How far before a figure's gap the clause before it may open (a figure of no metric in
it)."""

GENERIC_NAME = 3
"""Names shorter than this (投入, 项目, 企业) say too little, unless they are known indicators."""


def is_activity(text: str, start: int, name: Span, lookup: Lookup = canonical_indicator) -> bool:
    """A count of things done: after a verb of action (检查企业480余家次), or of projects
    (新开工工业项目3个), rather than of a stock."""
    if ACTION.search(text, start, name[0]):
        return True
    named = text[name[0] : name[1]]
    return named.endswith("项目") and lookup(named) is None


Name = tuple[Span, str, str | None]
"""A name's span, its completion (a list's shared head) and, when a compound is dealt out,
the name as a whole (城乡居民… → 城镇居民…)."""


def scope_of(
    text: str,
    sentence_start: int,
    gap_start: int,
    name: Span,
    lookup: Lookup = canonical_indicator,
) -> str | None:
    """What narrower thing than the territory a figure measures, from its name and the
    words of its clause and the clause before (``enforcement``, ``project``, ``entity``,
    ``programme``), or ``None`` for an indicator of the territory (a canonical one).

    >>> scope_of("检查企业480余家次", 0, 0, (2, 4))
    'enforcement'
    >>> scope_of("签约项目4个,总投资5.6亿元", 0, 6, (7, 10))
    'project'
    >>> scope_of("某合作社售出荔枝约33万斤,全产业产值达1400万元", 0, 13, (14, 19))
    'entity'
    >>> scope_of("全镇地区生产总值", 0, 0, (2, 8)) is None
    True
    """
    named = text[name[0] : name[1]]
    if lookup(named) is not None:
        return None
    reach = max(sentence_start, name[0] - SCOPE_REACH)
    own_break = max(text.rfind(",", reach, name[0]), text.rfind(";", reach, name[0]))
    start = reach
    if own_break >= 0:  # the clause before the name's own
        earlier = max(text.rfind(",", reach, own_break), text.rfind(";", reach, own_break))
        start = earlier + 1 if earlier >= 0 else reach
    if ANY_SCOPE.search(text, min(start, gap_start), name[1]) is None:
        return None  # most names: no scope's word in either clause
    own = text[gap_start : name[1]]
    wide = text[start : name[1]]
    counts = named.endswith(words.COUNT_HEADS)
    public = PUBLIC_FINANCE.search(named) is not None
    for scope, cue in SCOPES:
        if public and scope == "programme":
            continue
        # A project's or an entity's figure may be named in the clause before (签约…项目,
        # 总投资…; 合作社…,全产业产值…); counts and money only in their own.
        clause = wide if scope in ("project", "entity") and not counts else own
        if cue.search(clause):
            return scope
    return None


def names_before(
    text: str,
    start: int,
    end: int,
    lookup: Lookup = canonical_indicator,
    *,
    clause: int | None = None,
) -> tuple[list[Name], bool]:
    """The indicator name(s) ending at ``end``, each with its completion: one, or a list
    sharing a verb (分别); and whether a list shares one figure (均为100%).  ``clause`` is
    where the clause ending at ``end`` opens after ``start``, when the caller knows it."""
    offset = max(start, last_break(text, start, end) + 1) if clause is None else clause
    # What is read depends only on the clause, and on the few characters after it where a
    # base may open at its end (…比|上年, …由|上年): short clauses recur (工业产值), and are
    # read once.
    reach = _BASE_REACH if _BASE_OPENING.search(text, max(offset, end - 2), end) else 0
    key = (text[offset : end + reach], end - offset, lookup)
    if end - offset > CACHED_CLAUSE:
        names, shared = _clause_names(key[0], key[1], lookup)
    else:
        known = _CLAUSE_NAMES.get(key)
        if known is None:
            known = _clause_names(key[0], key[1], lookup)
            if len(_CLAUSE_NAMES) >= _CLAUSE_NAMES_LIMIT:
                _CLAUSE_NAMES.clear()
            _CLAUSE_NAMES[key] = known
        names, shared = known
    if len(names) == 1:  # most clauses: one name
        (first, last), completion, written = names[0]
        return [((first + offset, last + offset), completion, written)], shared
    return [
        ((first + offset, last + offset), completion, written)
        for (first, last), completion, written in names
    ], shared


CACHED_CLAUSE = 64
"""Clauses longer than this are read without being remembered, so that what is remembered
stays small (at most 4096 clauses of at most this length)."""
_CLAUSE_NAMES_LIMIT = 4096
_CLAUSE_NAMES: dict[tuple[str, int, Lookup], tuple[list[Name], bool]] = {}
"""The names read in a clause (its text and a few characters after it, where it ends, the
lookup), in the clause's offsets."""


def _clause_names(text: str, end: int, lookup: Lookup) -> tuple[list[Name], bool]:
    """:func:`names_before` of the clause ``text[:end]``."""
    offset = 0
    piece = text[offset:end]
    piece_end = len(piece)
    while level := LEVEL_VERB.match(piece, 0, piece_end):
        piece_end = level.start()
    together = piece[:piece_end].rstrip()
    average = AVERAGE.search(together) if AVERAGE_MARK in together else None
    if average:
        together = together[: average.start()] + together[average.end() :]
    if together.endswith("分别"):
        listed = together[:-2]
        compound = _listed_compound(text, offset, offset + len(listed))
        if compound is not None:
            return compound, False
        return _dealt_out(text, _list_names(text, offset, listed, lookup)), False
    if together.endswith("均"):  # 均达到: all of them have the figure
        together = together[:-1]
        if LIST_SEPARATOR.search(together):
            names = _list_names(text, offset, together, lookup)
            return names, len(names) > 1
        name = _clean_name(text, offset, offset + len(together), lookup=lookup)
        names = _dealt_out(text, [(name, "", None)]) if name else []
        return names, len(names) > 1  # 存贷款余额均突破6万亿元
    if RATES_MARK in together and RATES.fullmatch(together):  # 办结率、回复率达100%: rates
        names = _list_names(text, offset, together, lookup)
        return names, len(names) > 1
    name = _clean_name(text, offset, offset + len(together), lookup=lookup)
    return ([(name, "", None)] if name else []), False


_LISTED_COMPOUNDS = tuple((key, parts) for key, parts in COMPOUNDS if LIST_SEPARATOR.search(key))


def subject_of_clause(
    text: str,
    sentence_start: int,
    floor: int,
    start: int,
    end: int,
    *,
    change: bool,
    lookup: Lookup = canonical_indicator,
) -> Name | None:
    """The indicator that opens the clause before a figure's, when the figure's clause names
    none or only a bare measure (粮食产量屡创历史新高,去年达到1.09万亿斤; 粮食生产再获丰收,
    总产达到557亿斤 → 粮食总产; 工业生产增长较快,总产值比上年增长…), or ``None``.

    ``text[start:end]`` is the figure's gap up to its verb of change (``change``), and holds
    no figure; the clause before may hold one of no metric (地区生产总值连跨4个千亿台阶,
    2024年达到…).  ``floor`` is where that clause may begin at the earliest: the sentence's
    start, or the end of its last metric.  Only a name of the indicator table opening that
    clause is taken."""
    own = max(text.rfind(",", start, end), text.rfind(";", start, end))
    if own < 0:
        return None
    reach = max(floor, start - SUBJECT_REACH)
    before = max(text.rfind(",", reach, own), text.rfind(";", reach, own))
    if before < 0 and (reach != floor or floor != sentence_start):
        return None  # the clause before opens out of reach, or at a metric's figure
    clause = text[before + 1 if before >= 0 else floor : own]
    piece = text[own + 1 : end]
    if len(piece) > CACHED_CLAUSE:
        head, level_verb = _clause_head(piece)
    else:  # short pieces recur (增加值, 总产值): read once
        known = _CLAUSE_HEADS.get(piece)
        if known is None:
            known = _clause_head(piece)
            if len(_CLAUSE_HEADS) >= _CLAUSE_NAMES_LIMIT:
                _CLAUSE_HEADS.clear()
            _CLAUSE_HEADS[piece] = known
        head, level_verb = known
    if head and head not in BARE_MEASURES:
        return None
    if not (head or change or level_verb):  # a bare measure states its figure without a verb
        return None
    clause_start = own - len(clause)
    lead = LEAD_IN.match(clause)
    opening = lead.end() if lead else 0
    for stop in range(min(len(clause), opening + NAME_LIMIT), opening + 1, -1):
        name = clause[opening:stop]
        plain = NAME_CHARS.fullmatch(name) is not None and not _is_clause(name)
        subject = plain and SUBJECT_END.match(clause, stop) is not None
        if subject and lookup(name + head) is not None:
            span = (clause_start + opening, clause_start + stop)
            return span, "", (name + head if head else None)
    return None


_CLAUSE_HEADS: dict[str, tuple[str, bool]] = {}
"""What :func:`_clause_head` reads in a figure's clause, by the clause."""


def _clause_head(piece: str) -> tuple[str, bool]:
    """The words of a figure's clause without its lead-in, adverb, level verb, trailing words
    and yearly average (总产值 of 其中总产值达到), and whether it holds a level verb."""
    lead = LEAD_IN.match(piece)
    piece = piece[lead.end() :] if lead else piece
    adverb = CLAUSE_ADVERB.match(piece)
    piece = piece[adverb.end() :] if adverb else piece
    piece_end = len(piece)
    while level := LEVEL_VERB.match(piece, 0, piece_end):
        piece_end = level.start()
    level_verb = piece_end < len(piece)
    while trailing := TRAILING.match(piece, 0, piece_end):
        piece_end = trailing.start()  # 年均实际(增长11.4%)
    average = AVERAGE.match(piece, 0, piece_end) if AVERAGE_MARK in piece else None
    if average is not None and average.end() == piece_end:
        piece_end = average.start()
    return piece[:piece_end].strip(), level_verb


def _listed_compound(text: str, start: int, end: int) -> list[Name] | None:
    """A name holding a listed compound (一、二、三产业增加值), dealt out over its parts
    (第一产业增加值, …), or ``None``."""
    start, end = _trim(text, start, end)
    whole = text[start:end]
    for key, parts in _LISTED_COMPOUNDS:
        if key in whole:
            first = whole.replace(key, parts[0], 1)
            if len(first) > NAME_LIMIT or NAME_CHARS.fullmatch(first) is None:
                return None
            return [((start, end), "", whole.replace(key, part, 1)) for part in parts]
    return None


def _dealt_out(text: str, names: list[Name]) -> list[Name]:
    """A single name sharing 分别 that holds a compound, dealt out over its parts."""
    if len(names) != 1:
        return names
    span, completion, _ = names[0]
    named = text[span[0] : span[1]] + completion
    for key, parts in COMPOUNDS:
        if key in named:
            return [(span, completion, named.replace(key, part, 1)) for part in parts]
    return names


def _list_names(text: str, offset: int, together: str, lookup: Lookup) -> list[Name]:
    members = []
    position = 0
    for separator in [*LIST_SEPARATOR.finditer(together), None]:
        stop = separator.start() if separator else len(together)
        members.append((offset + position, offset + stop))
        position = separator.end() if separator else position
    *firsts, last = members
    spans = [
        _clean_name(text, *first, require_head=False, member=True, lookup=lookup)
        for first in firsts
    ]
    spans.append(_clean_name(text, *last, require_head=False, lookup=lookup))
    if len(spans) < 2 or any(span is None for span in spans):
        name = _clean_name(text, offset, offset + len(together), lookup=lookup)
        return [(name, "", None)] if name else []
    names = [(span, text[span[0] : span[1]]) for span in spans if span is not None]
    last_name = names[-1][1]
    head = SHARED_HEAD.search(last_name)
    shared = head.group() if head else ""
    return [(span, _completion(name, last_name, shared, lookup), None) for span, name in names]


QUALIFIER_REACH = 4
"""A list member's qualifier is at most this many characters longer than the first's; a bare
qualifier of at most this many characters may be parallel to the last member's."""


def _completion(name: str, last: str, shared: str, lookup: Lookup) -> str:
    """What a list member lacks of the last member's name: 城镇(和农村居民人均可支配收入) →
    居民人均可支配收入; 高技术制造业(、装备制造业增加值) → 增加值."""
    if name == last or HEAD.search(name):
        return ""
    parallel = last[len(name) :]  # 城镇 | 农村: qualifiers of one length share the rest
    if parallel and lookup(name + parallel) is not None:
        return parallel
    # 铁路(、高速公路运营里程), 制造业(、战略性新兴产业贷款): the qualifiers end in one
    # category word (路, 业), and the rest is shared
    kind = last.find(name[-1], 0, len(name) + QUALIFIER_REACH)
    if kind >= 0 and HEAD.search(last, kind + 1):
        return last[kind + 1 :]
    if shared:
        return shared
    # 职工(、居民住院报销比例): short qualifiers of one length, the rest ending in a head noun
    return parallel if len(name) <= QUALIFIER_REACH and HEAD.search(parallel) else ""


def _clean_name(
    text: str,
    start: int,
    end: int,
    *,
    require_head: bool = True,
    member: bool = False,
    lookup: Lookup = canonical_indicator,
) -> Span | None:
    """The span of an indicator name in ``text[start:end]``, or ``None``; a ``member`` of a
    list (城镇 in 城镇和农村居民人均可支配收入) may be short, for the list completes it."""
    start, end = _trim(text, start, end)
    if member:
        name = text[start:end]
        plain = 2 <= len(name) <= NAME_LIMIT and NAME_CHARS.fullmatch(name) is not None
        plain = plain and not name.startswith(words.FRAGMENT_OPENINGS)
        return (start, end) if plain and not _is_clause(name) and not _lost_text(name) else None
    action = None
    for found in ACTION.finditer(text, start, end):
        if found.end() < end:  # not the head: 民生投入
            action = found
        elif found.group().startswith("拟"):
            return None  # 中央财政拟投入(433亿元): a verb, no name
    if action is not None:  # 引进内资注册资金 → 内资注册资金
        if _is_name(text, action.end(), end, require_head=require_head, lookup=lookup):
            start = action.end()
            lead = LEAD_IN.match(text, start, end)  # 提出今年国内生产总值 → 国内生产总值
            if lead and _is_name(text, lead.end(), end, require_head=require_head, lookup=lookup):
                start = lead.end()
        elif action.group().startswith("拟"):
            return None
    named = _is_name(text, start, end, require_head=require_head, lookup=lookup)
    return (start, end) if named else None


def _trim(text: str, start: int, end: int) -> Span:
    """Without lead-in words, trailing words and brackets, and a comparison's base."""
    lead = LEAD_IN.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1] in " ,":
        end -= 1
    while (
        text.find(")", start, end) >= 0
        and (bracket := TRAILING_BRACKETS.match(text, start, end))
        and bracket.start() > start
    ):
        end = bracket.start()  # 工业性投资(1-9月)(不含比亚迪)
    # The base's first words may lie past the name (从|1399亿美元): look a little further.
    comparison = COMPARISON.search(text, start, min(len(text), end + _BASE_REACH))
    if comparison and comparison.start() < end:
        end = comparison.start()
    while (trailing := TRAILING.match(text, start, end)) and trailing.start() > start:
        end = trailing.start()  # 氨氮排放量要; 社会消费品零售总额又(比去年…)
    return start, end


def _is_clause(name: str) -> bool:
    """A clause, or a piece of a parenthesis: (苏联的铸铁废品率."""
    return CLAUSE_WORDS.search(name) is not None or name.count("(") != name.count(")")


def _lost_text(name: str) -> bool:
    """Digits in a name, other than in 5G, PM2.5, M2: the name lost part of its text
    (18村居幸福院建设率)."""
    return DIGIT.search(name) is not None and DIGIT.search(LATIN_DIGITS.sub("", name)) is not None


def _is_name(
    text: str, start: int, end: int, *, require_head: bool, lookup: Lookup = canonical_indicator
) -> bool:
    name = text[start:end]
    if _is_clause(name) or name.startswith(words.FRAGMENT_OPENINGS):
        return False
    if not (2 <= len(name) <= NAME_LIMIT) or not NAME_CHARS.fullmatch(name):
        return False
    if lookup(name) is not None:
        return True
    if len(name) < GENERIC_NAME or _lost_text(name):
        return False  # 投入, 项目, 18村居幸福院建设率: too vague, or a name that lost its text
    return not require_head or HEAD.search(name) is not None
