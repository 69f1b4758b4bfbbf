"""Markup at a line's ends, not its text: what an HTML-to-text converter writes for a heading,
a list item or bold (CommonMark ``## 一、…``, ``- …``, ``**一、2023年工作回顾**``), a page's
bullet glyphs (:data:`govreport.data.chrome.BULLETS`) and emoji around a heading (037
``🌟回顾2023年工作成果🏆``).  Chrome sets it aside, normalisation never joins a line across it,
and the detectors and the head read past it.
"""

from __future__ import annotations

from govreport._compiled import compile_regex
from govreport.data.chrome import BULLETS

_GLYPHS = "".join(f"\\{char}" if char in "\\]^-" else char for char in BULLETS)
_PICTURES = r"\p{Extended_Pictographic}\ufe0f\u200d"
START = (
    r"#{1,6}[^\S\n]+(?=\S)|[-*+][^\S\n]+(?=[\p{Han}(\[【“])"
    rf"|[{_GLYPHS}{_PICTURES}]+[^\S\n]*(?=\S)"
)
"""A line's markup before its text: what an HTML-to-text converter writes for a heading or a
list item (CommonMark: ``## 一、…``, ``- …``), a page's bullet glyph (``◆一、…``), emoji
(037 ``🌟回顾2023年工作成果``); not ``**镇`` (a removed name) nor ``- 3 -`` (a page number)."""
END = rf"(?<=\S)[^\S\n]*[{_GLYPHS}{_PICTURES}]+$"
"""… and after it, ending the line (037 ``…工作成果🏆``, ``◆…◆``)."""
EMPHASIS = r"(\*\*|__)(?![*_\s])(?=.*\S\1$)"
"""Bold around a whole line (CommonMark ``**一、2023年工作回顾**``): the opening, which the
closing ends the line after."""
_FIRST = frozenset("#-*+_" + BULLETS)
"""The characters markup opens with, besides symbols and emoji (:func:`markup_char`)."""


def markup_char(char: str) -> bool:
    """Whether markup may start or end with ``char``: ``#-*+_``, a bullet glyph, or a symbol
    or emoji (U+2190–U+2BFF, U+1F000 on); a cheap test before the patterns are tried."""
    code = ord(char)
    return char in _FIRST or 0x2190 <= code <= 0x2BFF or code >= 0x1F000


_START = compile_regex(START)
_END = compile_regex(END)
_EMPHASIS = compile_regex(EMPHASIS)
_END_REACH = 16
"""How far before a line's end its closing markup is looked for."""


def after_opening(text: str, start: int, end: int) -> int:
    """``start``, or past the markup opening the line ``text[start:end]`` (:data:`START`)."""
    if start < end and markup_char(text[start]):
        found = _START.match(text, start, end)
        if found is not None:
            return found.end()
    return start


def before_closing(text: str, start: int, end: int) -> int:
    """``end``, or where the markup closing the line ``text[start:end]`` begins (:data:`END`)."""
    found = _END.search(text, max(start, end - _END_REACH), end)
    return end if found is None else found.start()


def emphasis_marks(text: str, start: int, end: int) -> int:
    """How many characters of bold (``**`` or ``__``) open the line ``text[start:end]`` and
    close it again (:data:`EMPHASIS`), or 0."""
    found = _EMPHASIS.match(text, start, end)
    return 0 if found is None else len(found.group(1))
