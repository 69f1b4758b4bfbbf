"""Scoring a parsed report against an :class:`~page_cases.Expected` record.

Headings are matched as a multiset of ``(level, normalized title)``; metadata field by field,
strings compared with all whitespace removed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import regex

from page_cases import FIELDS

_TAG = regex.compile(r"<[^<>]*>")
# Pinyin glued after a character by some sites: 報(bào)告, 時(shí).  Lower-case Latin letters
# with at least one tone mark, in half-width brackets (full-width ones are folded first).
_PINYIN = regex.compile(
    r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*\)"
)
_SPACE = regex.compile(r"\s+")
_ENTITY = regex.compile(r"&[a-z]+;|&#\d+;")
# Full-width ASCII (U+FF01–U+FF5E) to half-width.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Joiners and variation selectors that trail emoji.
_INVISIBLE = {"\u200d", "\ufe0e", "\ufe0f", "\u200b"}


def _trailing_junk(char: str) -> bool:
    """Punctuation or a symbol (emoji included), but not a closing bracket or quote."""
    category = unicodedata.category(char)
    return category[0] == "S" or (category[0] == "P" and category not in {"Pe", "Pf"})


def normalize_title(s: str) -> str:
    """``s`` without HTML tags and entities, pinyin in brackets, whitespace, and trailing
    punctuation or symbols (emoji included; closing brackets and quotes are kept); full-width
    ASCII folded to half-width."""
    s = s.translate(_FOLD)
    s = _TAG.sub("", s)
    s = _ENTITY.sub("", s)
    s = _PINYIN.sub("", s)
    s = _SPACE.sub("", s)
    end = len(s)
    while end and (s[end - 1] in _INVISIBLE or _trailing_junk(s[end - 1])):
        end -= 1
    return s[:end]


def headings_of(report: Any) -> list[tuple[int, str]]:
    """``(level, title)`` of every level-1 and level-2 section of ``report``, in order."""
    return [
        (section.level, section.title or "") for section in report.walk() if section.level in (1, 2)
    ]


def score_headings(
    found: Iterable[tuple[int, str]], expected: Iterable[tuple[int, str]]
) -> tuple[int, int, int]:
    """``(true positives, number found, number expected)``, matching ``(level, normalized
    title)`` pairs as multisets."""
    got = Counter((level, normalize_title(title)) for level, title in found)
    want = Counter((level, normalize_title(title)) for level, title in expected)
    true_pos = sum((got & want).values())
    return true_pos, sum(got.values()), sum(want.values())


def metadata_of(report: Any) -> dict[str, object]:
    """The :data:`~page_cases.FIELDS` of ``report.metadata`` (``None`` where absent)."""
    return {field: getattr(report.metadata, field, None) for field in FIELDS}


def _same(found: object, expected: object) -> bool:
    if isinstance(found, str) and isinstance(expected, str):
        return _SPACE.sub("", found) == _SPACE.sub("", expected)
    return found == expected


def score_metadata(found: Mapping[str, object], expected: Mapping[str, object]) -> dict[str, bool]:
    """For each field of :data:`~page_cases.FIELDS`: whether ``found`` equals ``expected``
    (strings compared after removing all whitespace; ``None`` equals only ``None``)."""
    return {field: _same(found.get(field), expected.get(field)) for field in FIELDS}
