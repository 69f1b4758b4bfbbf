"""Heading markers of Chinese official documents, as regex fragments.

The hierarchy follows GB/T 9704-2012 (党政机关公文格式) §7.3.3: ``一、`` → ``（一）`` →
``1.`` → ``（1）``; reports also number with ``第一，`` / ``第一、`` and circled digits.
The fragments apply to *normalised* text, where full-width punctuation has been folded
to ASCII (``（`` → ``(``, ``，`` → ``,``, ``．`` → ``.``, ``：`` → ``:``).
"""

from __future__ import annotations

CHINESE_DIGITS = "一二三四五六七八九十"
"""Numerals used in heading markers (一 … 九十九)."""

CHINESE_ORDINAL = f"[{CHINESE_DIGITS}]{{1,3}}"
ARABIC_ORDINAL = r"[1-9]\d?"

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

MARKER_PREFIX = (
    rf"(?:{CHINESE_ORDINAL}[、.](?![{CHINESE_DIGITS}][、季])"
    rf"|\({CHINESE_ORDINAL}\)"
    rf"|{ARABIC_ORDINAL}[.、](?!\d)"
    rf"|\({ARABIC_ORDINAL}\)"
    rf"|第{CHINESE_ORDINAL}[,、:]"
    rf"|[{CIRCLED}])"
)
"""Any numbered heading marker at the start of a line (used where the family is not needed)."""
