"""The one place a list of words becomes a pattern."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def either(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words``, the longest first (at one place the
    longest word wins), each word taken literally.

    >>> either(["增长", "增", "增长了"])
    '(?:增长了|增长|增)'
    """
    return (
        "(?:"
        + "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))
        + ")"
    )
