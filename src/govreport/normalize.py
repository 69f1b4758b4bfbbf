"""Normalisation for matching, with a map back to the caller's offsets.

Text scraped from web pages and PDFs mixes full- and half-width forms, ideographic spaces,
NBSPs, zero-width characters, CRLF, and line breaks in the middle of sentences.  Matching
runs on a normalised copy; every span found there is mapped back to the caller's string.

Normalisation only substitutes one character for one character (width folding, spaces) and
deletes characters (zero-width marks, ``\\r`` of CRLF, soft line breaks), so the map is a
monotonic list of kept runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs
import regex

from govreport.data.characters import ZERO_WIDTH
from govreport.detectors import DEFAULT_SET, DetectorSet
from govreport.model import Span

_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
_FOLD.update({0x3000: 0x20, 0xA0: 0x20, 0x202F: 0x20, 0x205F: 0x20})
_FOLD.update(dict.fromkeys(range(0x2000, 0x200B), 0x20))  # en quad … hair space
_FOLD.update({0xFF61: ord("。"), 0xFF64: ord("、"), 0x09: 0x20, 0x0B: 0x0A, 0x0C: 0x0A})
FOLD_TABLE = _FOLD
"""``str.translate`` table: full-width ASCII → ASCII, exotic spaces → space, VT/FF → LF."""

# ``str.translate`` with a dict looks up every character; replacing only the characters
# present is several times faster and gives the same string.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")
_FOLD_PAIRS = {chr(code): chr(folded) for code, folded in _FOLD.items()}


def fold(text: str) -> str:
    """``text.translate(FOLD_TABLE)``, faster."""
    position = 0
    while (match := _FOLDABLE.search(text, position)) is not None:
        # Nothing foldable lies before the match, and nothing folds to a foldable character.
        position = match.start()
        text = text.replace(match.group(), _FOLD_PAIRS[match.group()])
    return text


_DELETED = regex.compile(rf"[{ZERO_WIDTH}]|\r(?=\n)")

# A single line break between two non-blank lines: a candidate soft break.
_LINE_BREAK = regex.compile(r"(?<=\S)[^\S\n]*\n[^\S\n]*(?=\S)")

# A line that ends in one of these is mid-sentence: the next line continues it.
_OPEN_END = frozenset("，,、（(《“‘—［[〔【")
# A line that starts with one of these continues the previous one
_CLOSE_START = frozenset("，,、。；;：:）)》”’！!？?…％%")
# … even after a complete-looking line (but ``)`` and ``、`` may open a heading whose
# numeral was lost: ``)发展后劲…``).
_ALWAYS_CONTINUES = _CLOSE_START - frozenset("）)、")
# A line ending in one of these is complete.
_UNIT_START = frozenset("年月日时万亿千百元%个人户家项吨亩米倍")
_TERMINAL_END = frozenset("。！？!?；;：:…”」』）)】")
_PROSE_PUNCT = regex.compile(r"[，,。；;]")
_TINY_BEFORE = regex.compile(r"[\p{Han}\w]{1,2}")
_TINY_AFTER = regex.compile(r"[\p{Han}\w]{1,4}")
_LONE_CR = regex.compile(r"\r(?!\n)")
_NON_SPACE = regex.compile(r"\S")
_AFTER_LINE = regex.compile(r"\S{1,5}(?=\s*$)")
_LAST_LINE = regex.compile(r"(?m)(?<=^[^\S\n]*)\S{1,3}$")
_SHORT_PHRASE = regex.compile(r"[^\s,。;!?:]{1,16}")

LONG_PROSE_LINE = 30
"""A line at least this long, with prose punctuation but no final one, was cut mid-sentence."""
SHORT_PROSE_LINE = 12
"""A shorter prose line without final punctuation was cut only when a short phrase follows."""


@attrs.frozen
class NormalizedText:
    """The normalised text, the caller's text with deletions only, and the offset map.

    ``text`` is for matching.  ``clean`` has the same length as ``text`` and the caller's own
    characters (deletions applied, nothing folded): use it to show text to people.
    """

    original: str
    text: str
    clean: str
    _norm_starts: list[int]
    _orig_starts: list[int]

    def to_original(self, position: int) -> int:
        """Map an index of :attr:`text` to the caller's string."""
        run = bisect_right(self._norm_starts, position) - 1
        if run < 0:
            return position
        return self._orig_starts[run] + position - self._norm_starts[run]

    def span_to_original(self, start: int, end: int) -> Span:
        """Map a ``(start, end)`` span of :attr:`text` to the caller's string."""
        if end <= start:
            mapped = self.to_original(start) if start < len(self.text) else len(self.original)
            return mapped, mapped
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(text: str, detectors: DetectorSet = DEFAULT_SET) -> NormalizedText:
    """Normalise ``text`` for matching and keep the way back to its offsets.

    A line opening with a marker of one of ``detectors`` is never joined to the line
    before it.
    """
    folded = fold(text)
    if "\r" in folded:  # CR alone is a line break; CR before LF is dropped below
        folded = _LONE_CR.sub("\n", folded).replace("\r", " ")
    deletions = [match.span() for match in _DELETED.finditer(text)]
    spaces = _soft_breaks(folded, deletions, detectors)
    if not deletions:
        return NormalizedText(text, folded, text, [0], [0])
    deletions.sort()
    if spaces:
        chars = list(folded)
        for position in spaces:
            chars[position] = " "
        folded = "".join(chars)
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pieces: list[str] = []
    clean_pieces: list[str] = []
    kept_from = 0
    length = 0
    for deleted_start, end in deletions:
        start = max(deleted_start, kept_from)  # a CR inside a soft break overlaps it
        if start > kept_from:
            norm_starts.append(length)
            orig_starts.append(kept_from)
            pieces.append(folded[kept_from:start])
            clean_pieces.append(text[kept_from:start])
            length += start - kept_from
        kept_from = max(kept_from, end)
    norm_starts.append(length)
    orig_starts.append(kept_from)
    pieces.append(folded[kept_from:])
    clean_pieces.append(text[kept_from:])
    return NormalizedText(text, "".join(pieces), "".join(clean_pieces), norm_starts, orig_starts)


def _soft_breaks(folded: str, deletions: list[Span], detectors: DetectorSet) -> list[int]:
    """Add the soft line breaks of ``folded`` to ``deletions``.

    Returns the positions of line breaks between two Latin letters, which become spaces
    instead of disappearing.
    """
    spaces: list[int] = []
    logical_start = 0  # first non-space of the logical line the current break would extend
    joined_until = -1  # start of the line the previous soft break joined on
    has_prose_punct = False
    for match in _LINE_BREAK.finditer(folded):
        start, end = match.span()
        line_start = folded.rfind("\n", 0, start) + 1
        if line_start != joined_until:
            first = _NON_SPACE.search(folded, line_start, start)
            logical_start = first.start() if first else line_start
            has_prose_punct = False
        has_prose_punct = has_prose_punct or bool(_PROSE_PUNCT.search(folded, line_start, start))
        next_end = folded.find("\n", end)
        line = _Break(
            folded,
            logical_start,
            line_start,
            start,
            end,
            len(folded) if next_end < 0 else next_end,
            detectors,
        )
        if not line.is_soft(has_prose_punct):
            continue
        newline = folded.index("\n", start, end)
        if _is_latin(folded[start - 1]) and _is_latin(folded[end]):
            deletions.extend(((start, newline), (newline + 1, end)))
            spaces.append(newline)
        else:
            deletions.append((start, end))
        joined_until = end
    return spaces


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


@attrs.frozen
class _Break:
    """A line break between ``text[line_start:start]`` and ``text[end:after_end]``; the
    logical line it would extend starts at ``before_start``."""

    text: str
    before_start: int
    line_start: int
    start: int
    end: int
    after_end: int
    detectors: DetectorSet

    def is_soft(self, prose: bool) -> bool:
        """Whether the break falls inside a sentence (``prose``: the line before has
        prose punctuation)."""
        text, start, end = self.text, self.start, self.end
        last, first = text[start - 1], text[end]
        if first in _ALWAYS_CONTINUES:
            return True
        if last in _TERMINAL_END or self.detectors.numbered_at(text, end, self.after_end):
            return False
        if last in _OPEN_END or first in _CLOSE_START:
            return True
        if last.isdigit() and first in _UNIT_START:  # a number cut from its unit
            return True
        line = _LAST_LINE.search(text, self.line_start, start)
        if line is not None and _TINY_BEFORE.fullmatch(line.group()):
            return True
        after = _AFTER_LINE.match(text, end, self.after_end)
        if after is not None and _TINY_AFTER.fullmatch(after.group()):
            return True
        if not prose or self.detectors.numbered_at(text, self.before_start, self.start):
            return False
        length = start - self.before_start
        if length >= LONG_PROSE_LINE:
            return True
        # A prose line cut before a short title (a former link): 在聽了劉少奇同志|關於憲法草案的報告
        after_line = text[end : self.after_end].rstrip()
        return length >= SHORT_PROSE_LINE and _SHORT_PHRASE.fullmatch(after_line) is not None


def strip_span(text: str, start: int, end: int) -> Span | None:
    """``(start, end)`` without surrounding whitespace, or ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
