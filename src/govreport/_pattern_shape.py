"""What a pattern's text tells before it runs: the characters every match holds, the longest
match.  A fast path asks these once, when the pattern is compiled, to skip the search where it
cannot match (a paragraph without the one character every advert holds).

The pattern is read by the standard library's parser, which reads the syntax the two engines
share; a pattern of the ``regex`` engine's own syntax (``\\p{Han}``, a fuzzy count, a POSIX
class), or one ignoring case, tells nothing: every search runs.
"""

from __future__ import annotations

import re
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from typing import Any

from govreport._compiled import compile_re

# what the standard parser would misread: a POSIX class ([[:alpha:]]) as characters
_POSIX_CLASS = compile_re(r"\[:\^?[a-z]+:\]")
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def required_characters(pattern: str) -> str:
    """Characters that every match of ``pattern`` holds, or ``""`` when it cannot tell.

    >>> required_characters("(?:微信)?公众?号|本文来源于公众号")
    '公号'
    """
    parsed = _parsed(pattern)
    return "" if parsed is None else "".join(sorted(_required(list(parsed))))


def longest_match(pattern: str) -> int | None:
    """The most characters a match of ``pattern`` spans, or ``None`` when it cannot tell
    (or there is no bound).

    >>> longest_match("各位代表[^。,]{0,30}[:!]?")
    35
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    longest: int = parsed.getwidth()[1]
    return None if longest >= sre_constants.MAXREPEAT else longest


def opens_narrow(pattern: str) -> bool:
    """Whether every match of ``pattern`` opens with a character of a literal or a class
    that is not negated (``(?:附件\\s*)?下载``), not with any character (``.{0,10}扫描``);
    ``False`` when it cannot tell.  An engine rejects a place fast where the first character
    cannot open a match; one branch opening with any character makes it try them all.

    >>> opens_narrow("(?:微信)?公众?号|来源"), opens_narrow("(?:附件)?.{1,80}[.]pdf")
    (True, False)
    """
    parsed = _parsed(pattern)
    return parsed is not None and _opens_narrow(list(parsed)) is True


def _opens_narrow(items: list[tuple[Any, Any]]) -> bool | None:
    """For a sequence of a parsed pattern: ``True`` when its first character is narrow,
    ``False`` when it may be any, ``None`` when the sequence may match nothing."""
    for operator, argument in items:
        if operator is sre_constants.LITERAL:
            return True
        if operator is sre_constants.IN:
            return not any(kind is sre_constants.NEGATE for kind, _ in argument)
        if operator is sre_constants.AT:
            continue
        if operator is sre_constants.SUBPATTERN:
            inner = _opens_narrow(list(argument[3]))
        elif operator is sre_constants.ATOMIC_GROUP:
            inner = _opens_narrow(list(argument))
        elif operator is sre_constants.BRANCH:
            branches = [_opens_narrow(list(branch)) for branch in argument[1]]
            inner = False if False in branches else None if None in branches else True
        elif operator in _REPEATS:
            inner = _opens_narrow(list(argument[2]))
            if inner is True and argument[0] == 0:
                inner = None  # an optional opening: what follows it may open the match
        else:
            return False  # any character, a backreference, a lookaround: it cannot tell
        if inner is not None:
            return inner
    return None


def _parsed(pattern: str) -> Any:
    if _POSIX_CLASS.search(pattern):
        return None
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return None
    # a fuzzy count ({e<=1}) reads as literal braces
    if parsed.state.flags & re.IGNORECASE or "{" in _literals(list(parsed)):
        return None
    return parsed


def _required(items: list[tuple[Any, Any]]) -> set[str]:
    """The characters each match of the sequence ``items`` of a parsed pattern holds."""
    found: set[str] = set()
    for operator, argument in items:
        if operator is sre_constants.LITERAL:
            found.add(chr(argument))
        elif operator is sre_constants.SUBPATTERN and not argument[1] & re.IGNORECASE:
            found |= _required(list(argument[3]))
        elif operator is sre_constants.ATOMIC_GROUP:
            found |= _required(list(argument))
        elif operator in _REPEATS and argument[0] >= 1:
            found |= _required(list(argument[2]))
        elif operator is sre_constants.BRANCH:
            branches = [_required(list(branch)) for branch in argument[1]]
            found |= set.intersection(*branches) if branches else set()
    return found


def _literals(items: list[tuple[Any, Any]]) -> set[str]:
    """Every literal character of a parsed pattern outside its classes, wherever it stands."""
    found: set[str] = set()
    for operator, argument in items:
        if operator is sre_constants.LITERAL:
            found.add(chr(argument))
        elif operator is not sre_constants.IN:
            for inner in _subpatterns(argument):
                found |= _literals(list(inner))
    return found


def _subpatterns(argument: Any) -> Iterator[Any]:
    """The parsed subpatterns inside an item's argument (nested in tuples and lists)."""
    if isinstance(argument, sre_parse.SubPattern):
        yield argument
    elif isinstance(argument, (list, tuple)):
        for part in argument:
            yield from _subpatterns(part)
