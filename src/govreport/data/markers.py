"""The characters heading markers are made of (GB/T 9704-2012 §7.3.3: ``一、`` → ``（一）`` →
``1.`` → ``（1）``; reports also number with circled digits)."""

from __future__ import annotations

CHINESE_DIGITS = "一二三四五六七八九十"
"""Numerals used in heading markers (一 … 九十九)."""

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
"""Circled numerals (① … ⑳) that number points."""
