"""The one place a list of words becomes a pattern."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from govreport._compiled import compile_re

# What regex.escape escapes: its metacharacters and white space (as str.isspace, \s in re).
_SPECIAL = compile_re(r"[\s#$&()*+\-.?\[\\\]^{|}~]")


def alternatives(words: Iterable[str]) -> str:
    """The alternation of ``words``, the longest first (at one place the longest word wins),
    each word taken literally, ungrouped.

    >>> alternatives(["增长", "增", "增长了"])
    '增长了|增长|增'
    """
    # Sorted by text, then (stably) by length, longest first; most words need no escape.
    longest = sorted(sorted(set(words)), key=len, reverse=True)
    special = _SPECIAL.search
    return "|".join([regex.escape(word) if special(word) else word for word in longest])


def either(words: Iterable[str]) -> str:
    """:func:`alternatives` as a non-capturing group.

    >>> either(["增长", "增", "增长了"])
    '(?:增长了|增长|增)'
    """
    return f"(?:{alternatives(words)})"
