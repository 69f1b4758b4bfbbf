"""The one place a list of words becomes a pattern."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternatives(words: Iterable[str]) -> str:
    """The alternation of ``words``, the longest first (at one place the longest word wins),
    each word taken literally, ungrouped.

    >>> alternatives(["增长", "增", "增长了"])
    '增长了|增长|增'
    """
    longest = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in longest)


def either(words: Iterable[str]) -> str:
    """:func:`alternatives` as a non-capturing group.

    >>> either(["增长", "增", "增长了"])
    '(?:增长了|增长|增)'
    """
    return f"(?:{alternatives(words)})"
