"""Characters that text extraction leaves in reports and that matching ignores."""

from __future__ import annotations

ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff\u00ad"
"""Zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen, as a regex
character-class body: deleted for matching, kept as chrome."""

PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
"""The letters of a syllable of pinyin some sites put after characters (報(bào)告, 回(huí)顧),
as a regex character-class body."""

TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
"""Vowels with a tone mark: a syllable holding one is pinyin, not an abbreviation."""
