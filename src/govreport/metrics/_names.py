"""Indicator names: the name a figure's gap ends with, or the list of names sharing a verb."""

from __future__ import annotations

from govreport.indicators import canonical_indicator
from govreport.metrics._patterns import (
    ACTION,
    AVERAGE,
    CLAUSE_BREAK,
    CLAUSE_WORDS,
    COMPARISON,
    DIGIT,
    HEAD,
    LATIN_DIGITS,
    LEAD_IN,
    LEVEL_VERB,
    LIST_SEPARATOR,
    NAME_CHARS,
    RATES,
    SHARED_HEAD,
    TRAILING,
    TRAILING_BRACKETS,
)
from govreport.model import Span

NAME_LIMIT = 24
"""Longest indicator name, in characters."""

GENERIC_NAME = 3
"""Names shorter than this (投入, 项目, 企业) say too little, unless they are known indicators."""


def names_the_change(text: str, gap_start: int, gap: str) -> bool:
    """Whether the name with its verb of change is a known indicator (农村贫困人口减少)."""
    names, _ = names_before(text, gap_start, gap_start + len(gap.rstrip()))
    if len(names) != 1:
        return False
    (start, end), _ = names[0]
    return canonical_indicator(text[start:end]) is not None


def is_activity(text: str, start: int, name: Span) -> bool:
    """A count of things done: after a verb of action (检查企业480余家次), or of projects
    (新开工工业项目3个), rather than of a stock."""
    if ACTION.search(text, start, name[0]):
        return True
    named = text[name[0] : name[1]]
    return named.endswith("项目") and canonical_indicator(named) is None


def names_before(text: str, start: int, end: int) -> tuple[list[tuple[Span, str]], bool]:
    """The indicator name(s) ending at ``end``, each with its completion: one, or a list
    sharing a verb (分别); and whether a list shares one figure (均为100%)."""
    piece = text[start:end]
    cut = CLAUSE_BREAK.match(piece)
    offset = start + (cut.end() if cut else 0)
    piece = text[offset:end]
    piece_end = len(piece)
    while level := LEVEL_VERB.search(piece, 0, piece_end):
        piece_end = level.start()
    together = piece[:piece_end].rstrip()
    average = AVERAGE.search(together)
    if average:
        together = together[: average.start()] + together[average.end() :]
    if together.endswith("分别"):
        return _list_names(text, offset, together[:-2]), False
    if together.endswith("均"):  # 均达到: all of them have the figure
        together = together[:-1]
        if LIST_SEPARATOR.search(together):
            names = _list_names(text, offset, together)
            return names, len(names) > 1
    elif RATES.fullmatch(together):  # 办结率、回复率达100%: rates sharing one level
        names = _list_names(text, offset, together)
        return names, len(names) > 1
    name = _clean_name(text, offset, offset + len(together))
    return ([(name, "")] if name else []), False


def _list_names(text: str, offset: int, together: str) -> list[tuple[Span, str]]:
    members = []
    position = 0
    for separator in [*LIST_SEPARATOR.finditer(together), None]:
        stop = separator.start() if separator else len(together)
        members.append((offset + position, offset + stop))
        position = separator.end() if separator else position
    *firsts, last = members
    spans = [_clean_name(text, *first, require_head=False, member=True) for first in firsts]
    spans.append(_clean_name(text, *last, require_head=False))
    if len(spans) < 2 or any(span is None for span in spans):
        name = _clean_name(text, offset, offset + len(together))
        return [(name, "")] if name else []
    names = [(span, text[span[0] : span[1]]) for span in spans if span is not None]
    last_name = names[-1][1]
    head = SHARED_HEAD.search(last_name)
    shared = head.group() if head else ""
    return [(span, _completion(name, last_name, shared)) for span, name in names]


def _completion(name: str, last: str, shared: str) -> str:
    """What a list member lacks of the last member's name: 城镇(和农村居民人均可支配收入) →
    居民人均可支配收入; 高技术制造业(、装备制造业增加值) → 增加值."""
    if name == last or HEAD.search(name):
        return ""
    parallel = last[len(name) :]  # 城镇 | 农村: qualifiers of one length share the rest
    if parallel and canonical_indicator(name + parallel) is not None:
        return parallel
    return shared


def _clean_name(
    text: str, start: int, end: int, *, require_head: bool = True, member: bool = False
) -> Span | None:
    """The span of an indicator name in ``text[start:end]``, or ``None``; a ``member`` of a
    list (城镇 in 城镇和农村居民人均可支配收入) may be short, for the list completes it."""
    start, end = _trim(text, start, end)
    if member:
        name = text[start:end]
        plain = len(name) >= 2 and NAME_CHARS.fullmatch(name) is not None
        return (start, end) if plain and not _is_clause(name) and not _lost_text(name) else None
    action = None
    for found in ACTION.finditer(text, start, end):
        if found.end() < end:  # not the head: 民生投入
            action = found
        elif found.group().startswith("拟"):
            return None  # 中央财政拟投入(433亿元): a verb, no name
    if action is not None:  # 引进内资注册资金 → 内资注册资金
        if _is_name(text, action.end(), end, require_head=require_head):
            start = action.end()
        elif action.group().startswith("拟"):
            return None
    return (start, end) if _is_name(text, start, end, require_head=require_head) else None


def _trim(text: str, start: int, end: int) -> Span:
    """Without lead-in words, trailing words and brackets, and a comparison's base."""
    lead = LEAD_IN.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1] in " ,":
        end -= 1
    while (bracket := TRAILING_BRACKETS.search(text, start, end)) and bracket.start() > start:
        end = bracket.start()  # 工业性投资(1-9月)(不含比亚迪)
    comparison = COMPARISON.search(text, start, end)
    if comparison:
        end = comparison.start()
    trailing = TRAILING.search(text, start, end)
    if trailing and trailing.start() > start:  # 氨氮排放量要; 社会消费品零售总额又(比去年…)
        end = trailing.start()
    return start, end


def _is_clause(name: str) -> bool:
    """A clause, or a piece of a parenthesis: (苏联的铸铁废品率."""
    return CLAUSE_WORDS.search(name) is not None or name.count("(") != name.count(")")


def _lost_text(name: str) -> bool:
    """Digits in a name, other than in 5G, PM2.5, M2: the name lost part of its text
    (18村居幸福院建设率)."""
    return DIGIT.search(LATIN_DIGITS.sub("", name)) is not None


def _is_name(text: str, start: int, end: int, *, require_head: bool) -> bool:
    name = text[start:end]
    if _is_clause(name):
        return False
    if not (2 <= len(name) <= NAME_LIMIT) or not NAME_CHARS.fullmatch(name):
        return False
    if canonical_indicator(name) is not None:
        return True
    if len(name) < GENERIC_NAME or _lost_text(name):
        return False  # 投入, 项目, 18村居幸福院建设率: too vague, or a name that lost its text
    return not require_head or HEAD.search(name) is not None
