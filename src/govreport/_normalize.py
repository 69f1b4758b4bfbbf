"""Normalisation for matching, with a map back to the caller's offsets.

Text scraped from web pages and PDFs mixes full- and half-width forms, ideographic spaces,
NBSPs, zero-width characters, CRLF, and line breaks in the middle of sentences.  Matching
runs on a normalised copy; every span found there is mapped back to the caller's string.

Normalisation only substitutes one character for one character (width folding, spaces) and
deletes characters (zero-width marks, ``\\r`` of CRLF, soft line breaks), so the map is a
monotonic list of kept runs.
"""

from __future__ import annotations

import itertools
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence

import regex

from govreport._compiled import compile_re, compile_regex
from govreport._detectors import DEFAULT_SET, POINT_OPENING, DetectorSet
from govreport._folding import folder
from govreport._markers import APPENDIX, MARKER_PREFIX, WHOLE_PART_NAME
from govreport._markup import after_opening, before_closing, emphasis_marks, markup_char
from govreport._model import Span
from govreport._salutation import SALUTATION, SALUTATION_ADDRESS, SALUTATION_STARTS
from govreport.data.characters import PINYIN_LETTERS, TONE_MARKS, ZERO_WIDTH
from govreport.data.chrome import (
    COUNTER_LABELS,
    DATE_LABELS,
    EDITOR_LABELS,
    FIELD_LABELS,
    NOTICE_WORDS,
    PAGE_NUMBER,
    SOURCE_LABELS,
)
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
_FOLD.update({0x3000: 0x20, 0xA0: 0x20, 0x202F: 0x20, 0x205F: 0x20})
_FOLD.update(dict.fromkeys(range(0x2000, 0x200B), 0x20))  # en quad … hair space
_FOLD.update({0xFF61: ord("。"), 0xFF64: ord("、"), 0x09: 0x20, 0x0B: 0x0A, 0x0C: 0x0A})
FOLD_TABLE = _FOLD
"""``str.translate`` table: full-width ASCII → ASCII, exotic spaces → space, VT/FF → LF."""


fold = folder(FOLD_TABLE)
"""``text.translate(FOLD_TABLE)``, faster."""

simplified = folder(TRADITIONAL_TO_SIMPLIFIED)
"""The text with each traditional character that has one simplified form read as that form,
one for one (offsets hold): pages in traditional script (019, 038, 050, 059) go by the
library's words, which are simplified.  A text without any is returned as it is."""


# Entities of spaces left by a site's HTML (&nbsp;&nbsp; as a paragraph's indent, 034 &ensp;):
# spaces for matching, one for each character; the characters stay the caller's.
_SPACE_ENTITY = compile_regex(r"&(?:nbsp|ensp|emsp|thinsp|#160|#8194|#8195|#12288);", regex.I)

_DELETED = compile_regex(rf"[{ZERO_WIDTH}]|\r(?=\n)")
# What sends a text the long way: a character normalisation deletes, a CR, or a blank that
# folding leaves as it is, neither a space nor a line break (\x85, \u1680, \u2028, \u2029).
# Most texts hold none, and one scan for a class is cheaper than the scans it saves.
_RARE = compile_re(rf"[{ZERO_WIDTH}\r\x85\u1680\u2028\u2029]")
# Pinyin after a character (報(bào)告): no part of the text's words; a syllable holds a tone
# mark, so that (a), (GDP) stay.
_PINYIN = compile_regex(rf"(?<=\p{{Han}})\((?=[a-z]*[{TONE_MARKS}])[{PINYIN_LETTERS}]{{1,7}}\)")

# A single line break between two non-blank lines: a candidate soft break.
# Found at its line break, the spaces around it read after: a scan for a line break is
# quick, one with a look behind at every character is not.
_LINE_BREAK_AT = compile_regex(r"\n(?<=\S[^\S\n]*\n)(?=[^\S\n]*\S)")
_SPACES_BEFORE = compile_regex(r"(?r)[^\S\n]*")
_SPACES_AFTER = compile_regex(r"[^\S\n]*")
_WHOLE_PART_NAME = compile_regex(WHOLE_PART_NAME)
_ADDRESS_END = compile_regex(r"(?:https?:)?//[!-~]+$")
# In a double-spaced text (a blank line after every line), a break with one blank line.
_SPACED_BREAK = compile_regex(r"(?<=\S)[^\S\n]*\n[^\S\n]*\n?[^\S\n]*(?=\S)")
_ANY_BREAK = compile_regex(r"(?<=\S)\s*\n\s*(?=\S)")

DOUBLE_SPACED = 0.9
"""A text is double-spaced (every line its own paragraph, as sites that put each line of a
PDF in a ``<p>`` print it) when at least this share of its line breaks, and at least
:data:`WRAPPED_LINES`, hold a blank line."""

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
_PROSE_PUNCT = compile_regex(r"[，,。；]|(?<!;);(?!;)")  # ;; stands for a quotation mark
_TITLE_END = compile_regex(r"[。!?;:]")
# After a part's name, the sentence it is the subject of goes on (今年…主要预期目标|是:…).
_SUBJECT_GOES_ON = frozenset("是为的")
# A line ending in a conjunction or an open mark goes on, even into what reads as a part's
# name (乡镇2022年第一季度工作总结和 / 第二季度工作计划).
_JOINS_ON = _OPEN_END | frozenset("和及与與暨")
# A line that opens a line of its own: a subtitle's dash or date, a bracket, a label and its
# colon (not the copula of a sentence cut before it: …主要预期目标 / 是:…).
_OWN_LINE = compile_regex(
    r"[—\-━(\[【]|(?![是为]:)[^\s,。;:]{1,8}:"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在"  # a subtitle without its dash
)
TITLE_CHARS = 60
"""Longest heading, marker and title (as :data:`~govreport._segment.TITLE_LIMIT`)."""
_MARKED = compile_regex(MARKER_PREFIX)
_TINY_BEFORE = compile_regex(r"[\p{Han}\w]{1,2}")
_TINY_AFTER = compile_regex(r"[\p{Han}\w]{1,4}")
# A line of a report's front that ends where it ends: the title, the occasion (…会议上) and its
# date on a line of its own, before a short line with the speaker's or author's name (026:
# ——在鹅湖镇…会议上 / 林积专 / 2020年6月19日; 015: a title, its copy, then 黄飞).
_TITLE_WORDS = ("报告", "总结", "汇报", "计划", "安排", "要点", "思路", "打算", "设想", "规划")
_TITLE_ONLY = (
    r"[^。!?;,]{0,60}?(?:"
    + "|".join(r"\s?".join(word) for word in _TITLE_WORDS)  # also letter-spaced: 报 告
    + r")(?:\([^()]{1,12}\)|[_\-|]\S{1,24})?"  # a site's tag: (全文), _沙河镇人民政府
)
_TITLE_ALONE = compile_regex(_TITLE_ONLY)
_FRONT_LINE = compile_regex(
    _TITLE_ONLY + r"|[^。!?;]*(?:会议|大会|会)上"
    r"|[(\[]?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日[)\]]?"
)
# The occasion line under a report's title (——2015年1月28日在…会议上), which opens a line of
# its own, as the salutation does, even after a page cut off mid-sentence (the next report
# of a text holding several).
_OCCASION_OPENING = compile_regex(
    r"[—\-━]{1,2}\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年[^。\n]{0,20}?在"
    r"[^。\n]{0,60}?(?:会议|會議|大会|大會)"
)
_SYMBOLS_BEFORE = compile_regex(r"\p{So}[\p{So}\p{M}\u200d]*$")
# After Chinese or punctuation (folded to ASCII: ``各位代表:Sw7``, ``表示感谢!zTB``), or alone
# on its line (051 ``Sw7``), not after a Latin word or a number.
TOKEN_AFTER = r"(?<=[^\x00-\x7f]|[!-/:-@\[-`{-~]|^[^\S\n]*)"
"""What a site's junk token is glued after: a Chinese character, punctuation or a line's start."""
LINE_END_TOKEN = compile_regex(rf"(?m){TOKEN_AFTER}[A-Za-z0-9]{{2,4}}$")
"""A short Latin token glued to the end of a line of Chinese: ``…大会v7R``, ``…意见。Sw7``."""
# Mixed case or letters with digits: a site's marker, not a word (GDP) or a unit (km).
_JUNK_TOKEN = compile_regex(r"(?=.*[a-z])(?=.*[A-Z0-9])[A-Za-z0-9]+")
# … also before a tag, where a page shows a line break (<p>…大会v7R</p><p>)
_LINE_END_TOKENS = compile_regex(
    rf"(?m){TOKEN_AFTER}[A-Za-z0-9]{{2,4}}(?=[^\S\n]*(?:</?[A-Za-z][^<>\n]{{0,300}}>|\n|$))"
)
# … the same, found at the line break or the tag after the token, looked behind from there
_TOKEN_BEFORE = rf"{TOKEN_AFTER}(?P<token>[A-Za-z0-9]{{2,4}})[^\S\n]*"
_TOKEN_AT_BREAK = compile_regex(rf"(?m)\n(?<={_TOKEN_BEFORE}\n)")
_TOKEN_AT_TAG = compile_regex(rf"(?m)<(?<={_TOKEN_BEFORE}<)(?=/?[A-Za-z][^<>\n]{{0,300}}>)")

# … or glued between a sentence's end and the next, where the line breaks were lost
_SENTENCE_END_TOKENS = compile_re(r"[。!?]\s?([A-Za-z0-9]{2,4})(?=[^\sA-Za-z0-9]|\s\S)")
# … or, in a text whose line breaks became spaces, before such a space (…齐扎拉zTB 各位代表:zTB)
# (Each pattern opens on the token's first character, the place before it looked behind from
# the second: a scan for a Latin letter or digit skips Chinese text fast.)
_GAPPED_TOKENS = compile_re(
    r"([A-Za-z0-9](?<=(?:[^\x00-\x7f]|[!-/:-@\[-`{-~])[A-Za-z0-9])[A-Za-z0-9]{1,3})"
    r"(?=[ \t]+[^\x00-\x7f])"
)
# … or, in a text whose line breaks were removed, glued where a line ended or began: after a
# colon or a sentence end, before a year, a salutation or a heading's marker (…齐扎拉zTB各位
# 代表:zTB现在…意见。zTB2018年工作回顾zTB2018年…); a word glued inside a sentence (手机App上线,
# 土壤pH值) is none.
_GLUED_TOKENS = compile_re(
    r"([A-Za-z0-9])(?:(?<=[:。!?][A-Za-z0-9])([A-Za-z0-9]{1,3})(?=[^\x00-\x7f])"
    r"|(?<=[^\x00-\x7f][A-Za-z0-9])([A-Za-z0-9]{1,3})"
    r"(?=(?:19|20)\d{2}\s*年|各位|尊敬|[一二三四五六七八九十]{1,2}、|\(一\)))"
)
RUN_ON_AVERAGE = 300
"""A text whose lines are this long on average lost its line breaks."""

# A chunk number of a document-sharing site at the start of a line, with the line break.
# (Raw tags may stand around the chunk: <p>2、…</p>.)
_TAGS = r"(?:[^\S\n]*+</?[A-Za-z][^<>\n]{0,300}>)*+[^\S\n]*+"
_CHUNK_START = compile_regex(rf"(?m)^{_TAGS}(?P<marker>(?P<number>[1-9]\d?)、)")
_GAP = compile_regex(r"(?:\s++|</?[A-Za-z][^<>\n]{0,300}>)*+")
_LAST_BEFORE_GAP = compile_regex(r"(?P<last>[^\s>])(?:\s++|</?[A-Za-z][^<>\n]{0,300}>)*+\Z")

CHUNK_LINE = 100
"""Shortest chunk of a document-sharing site (they run to several hundred characters)."""

JUNK_REPEATS = 3
"""A line-end token is a site's junk when at least this many lines end with it."""

_APPENDIX = compile_regex(APPENDIX)
_PAGE_NUMBER = compile_regex(rf"[^\S\n]*(?:{PAGE_NUMBER})[^\S\n]*")

_BARE_NUMBER = compile_regex(r"[^\S\n]*\d{1,3}[^\S\n]*")


_LAST_VISIBLE = compile_regex(r"(?r)\S")


_NUMBER_END = _UNIT_START | frozenset(".")
"""What goes on after a number cut from its sentence: its unit or its decimals."""
_NUMBER_GOES_ON = compile_regex(r"\n[^\S\n]*[" + regex.escape("".join(sorted(_NUMBER_END))) + "]")
_ANY_PUNCT = compile_regex(r"[\p{P}\s]")
_NEXT_LINE = compile_regex(r"\n[^\S\n]*(\S[^\n]*)")

WRAP_LIMIT = 12
"""Longest second line of a heading wrapped onto two lines."""

_LONE_CR = compile_regex(r"\r(?!\n)")
_HAN = compile_regex(r"\p{Han}")
_NON_SPACE = compile_regex(r"\S")
_AFTER_LINE = compile_regex(r"\S{1,5}(?=\s*$)")
_LAST_LINE = compile_regex(r"(?m)(?<=^[^\S\n]*)\S{1,3}$")
_NOTICE = compile_regex("|".join(NOTICE_WORDS))
_SHORT_PHRASE = compile_regex(r"[^\s,。;!?:]{1,16}")
# A line that is a dated report's whole title (2025年河北省政府工作报告, 老新镇2023年工作总结及
# 2024年工作计划, 五角场街道2015年工作总结和2016年工作安排 2016-03-07) opens a document: the
# line before it, cut off, does not run on into it.
_DATED_TITLE = compile_regex(
    r"\p{Han}{0,16}?"  # the government (老新镇2023年…, 縣政府上半年…)
    r"(?:(?:19|20)\d{2}\s*年|[上下]半年)"  # its year, or its half (044 縣政府上半年工作總結…)
    r"[^\s,。;!?:、“”]{0,40}?工作(?:报告|總結|总结|计划|計劃|要点|要點|安排|汇报|匯報|報告)"
    r"(?:[及和与暨與][^\s,。;!?:、“”]{0,20}?(?:计划|計劃|思路|打算|安排|要点|要點|谋划|謀劃|设想|設想))?"
    r"(?:\s+\d{4}-\d{1,2}-\d{1,2})?[^\S\n]*"
)

TOKEN_WIDTH = 4
"""A text is a dump of tokens, one per line (a layout of PDF extraction), when lines this
short or shorter hold …"""
TOKEN_SHARE = 0.6
"""… at least this share of its characters (a page's many short links and buttons hold few),
…"""
TOKEN_LINES = 20
"""… and there are at least this many of them."""
_TOKEN_BREAK_AFTER = frozenset("。！？!?；;")
"""In a dump of tokens, the line breaks kept: after a sentence's end (not inside ``;;``, a
quotation mark on some sites), after a colon unless a page field's label or date is on
either side of it, and before a heading's marker or a page field."""
_PAGE_LABEL = "|".join(
    r"\s*".join(word)  # its characters on several lines of tokens (发布机 / 构:)
    for word in sorted(
        {*FIELD_LABELS, *DATE_LABELS, *SOURCE_LABELS, *COUNTER_LABELS, *EDITOR_LABELS},
        key=lambda word: (-len(word), word),
    )
)
# In a dump of tokens each field of a page opens its line (…工作报告 / 索引号:), and its
# value stays with its label (发布机构: / 沂水县沙沟镇).
_LABEL = compile_regex(_PAGE_LABEL)
_FIELD_AHEAD = compile_regex(rf"[\[【]?(?:{_PAGE_LABEL})[\]】]?\s*[:|]")
_FIELD_BEHIND = compile_regex(rf"(?:{_PAGE_LABEL})[\]】]?\s*:$")
_LATIN_BREAK = compile_re(r"(?<=[A-Za-z0-9])[^\S\n]*\n[^\S\n]*(?=[A-Za-z0-9])")
_FIELD_REACH = 24
_SALUTATION_REACH = 40
"""How far a salutation's tokens reach, its line breaks included."""
"""How far back a page field's label may start before its colon (letter-spaced, in tokens)."""

WRAPPED_SHARE = 0.4
"""A text is hard-wrapped (a PDF's lines) when at least this share of its lines is cut
mid-sentence, …"""
WRAPPED_LINES = 6
"""… at least this many, …"""
WRAPPED_NEAR = 0.6
"""… and this share of them is about as long as their median (:data:`WRAP_BAND`)."""
WRAP_BAND = (0.75, 1.3)
"""About as long as the median cut line: this many times as long, at least and at most."""
WIDE_SHARE = 0.2
"""… while at most this share of all its lines is more than :data:`WIDER` times that long …"""
WIDER = 2
"""… (the wrap width: a PDF's lines are no wider than its page)."""
AT_WIDTH = 0.85
"""In a hard-wrapped text, a line at least this many times as long as the width is full."""
NEARLY_FULL = 0.7
"""Inside a paragraph of a hard-wrapped text, a line at least this many times as long as the
width that stops mid-sentence goes on in the next (lines vary with the digits they hold)."""

PARAGRAPH_INDENT = 2
"""Spaces (ideographic ones folded) that indent a paragraph's first line."""
_INDENTED_LINE = compile_regex(rf"(?m)^[^\S\n]{{{PARAGRAPH_INDENT},}}\S")

LONG_PROSE_LINE = 30
"""A line at least this long, with prose punctuation but no final one, was cut mid-sentence."""
SHORT_PROSE_LINE = 12
"""A shorter prose line without final punctuation was cut only when a short phrase follows."""


class NormalizedText:
    """The normalised text and the offset map back to the caller's text.

    ``text`` is for matching.  :meth:`clean_slice` gives a span of it in the caller's own
    characters (deletions applied, nothing folded): use it to show text to people.
    """

    original: str
    text: str
    _norm_starts: Sequence[int]
    _orig_starts: Sequence[int]
    junk: frozenset[str]
    """The site's junk tokens at line ends (:func:`junk_tokens`)."""
    chunks: tuple[Span, ...]
    """The deleted chunk numbers of a document-sharing site (:func:`chunk_markers`), in the
    caller's offsets."""
    entities: tuple[Span, ...]
    """HTML entities of spaces (``&nbsp;``), spaces in :attr:`text`, in the caller's offsets."""
    pinyin: tuple[Span, ...]
    """The deleted pinyin after characters (``(bào)`` of ``報(bào)告``), in the caller's
    offsets."""

    __slots__ = (
        "_norm_starts",
        "_orig_starts",
        "chunks",
        "entities",
        "junk",
        "original",
        "pinyin",
        "text",
    )

    def __init__(
        self,
        original: str,
        text: str,
        norm_starts: Sequence[int],
        orig_starts: Sequence[int],
        junk: frozenset[str] = frozenset(),
        chunks: tuple[Span, ...] = (),
        entities: tuple[Span, ...] = (),
        pinyin: tuple[Span, ...] = (),
    ) -> None:
        self.original = original
        self.text = text
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts
        self.junk = junk
        self.chunks = chunks
        self.entities = entities
        self.pinyin = pinyin

    @property
    def clean(self) -> str:
        """The whole of :attr:`text` in the caller's characters (same length)."""
        return self.clean_slice(0, len(self.text))

    def clean_slice(self, start: int, end: int) -> str:
        """``text[start:end]`` in the caller's characters: the caller's string, without
        what normalisation deleted (one slice of it, unless the span crosses a deletion)."""
        starts, origins, original = self._norm_starts, self._orig_starts, self.original
        end = min(end, len(self.text))
        if start >= end:
            return ""
        run = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1) - 1
        if run == last:
            shift = origins[run] - starts[run]
            return original[start + shift : end + shift]
        pieces = []
        for index in range(run, last + 1):
            piece_start = max(start, starts[index])
            piece_end = min(end, starts[index + 1]) if index < last else end
            shift = origins[index] - starts[index]
            pieces.append(original[piece_start + shift : piece_end + shift])
        return "".join(pieces)

    def to_original(self, position: int) -> int:
        """Map an index of :attr:`text` to the caller's string."""
        run = bisect_right(self._norm_starts, position) - 1
        if run < 0:
            return position
        return self._orig_starts[run] + position - self._norm_starts[run]

    def shift_over(self, start: int, end: int) -> int | None:
        """The one shift that maps every index of ``text[start:end]`` to the caller's
        string, or ``None`` when the span crosses a deletion."""
        if end <= start:
            return None
        run = bisect_right(self._norm_starts, start) - 1
        if run != bisect_right(self._norm_starts, end - 1) - 1:
            return None
        return 0 if run < 0 else self._orig_starts[run] - self._norm_starts[run]

    def span_to_original(self, start: int, end: int) -> Span:
        """Map a ``(start, end)`` span of :attr:`text` to the caller's string."""
        if end <= start:
            mapped = self.to_original(start) if start < len(self.text) else len(self.original)
            return mapped, mapped
        return self.to_original(start), self.to_original(end - 1) + 1


# ○ (a circle) typed for the numeral zero 〇 inside Chinese numerals (一九八○年, 二○○○年,
# 二○二二年二月): matched as 〇.  A run of circles alone (○○镇, a removed name) stays.
_NUMERAL_RUN = "[〇○零一二三四五六七八九十百千万亿]*"
_CIRCLED_ZEROS = compile_re(f"{_NUMERAL_RUN}○{_NUMERAL_RUN}")


def _numeral_zero(match: re.Match[str]) -> str:
    run = match.group()
    return run.replace("○", "〇") if run.strip("○") else run


def _line_end_tokens(text: str) -> list[tuple[int, str]]:
    """``(start, token)`` of each match of :data:`_LINE_END_TOKENS` in ``text``: found from
    the line breaks and tags after them (a scan for a line break is fast, one for a Latin
    letter or digit is not), the last line as it is."""
    last_line = text.rfind("\n") + 1
    found = [
        (match.start("token"), match.group("token"))
        for match in _TOKEN_AT_BREAK.finditer(text, 0, last_line)
    ]
    if "<" in text:
        found.extend(
            (match.start("token"), match.group("token"))
            for match in _TOKEN_AT_TAG.finditer(text, 0, last_line)
        )
    found.extend(
        (match.start(), match.group()) for match in _LINE_END_TOKENS.finditer(text, last_line)
    )
    return found


def junk_tokens(text: str) -> frozenset[str]:
    r"""The junk tokens of ``text``: short mixed Latin tokens (``v7R``, ``Sw7``, ``zTB``)
    that some sites put where line breaks were, ending :data:`JUNK_REPEATS` lines or more,
    or glued after as many sentence ends (or before gaps or between Chinese characters, in a
    text on one line) where the line breaks were lost too (``…意见。v7R一、``, ``…齐扎拉zTB
    各位代表:zTB``, ``…会议上zTB自治区…``).

    >>> sorted(junk_tokens("大会v7R\n第七次会议上v7R\n县长 张自英v7R\nGDP增长GDP\n"))
    ['v7R']
    """
    counts: dict[str, int] = {}
    for start, token in _line_end_tokens(text):
        # not a tag's name (</h3 / >) in a page's raw HTML
        before = "".join(text[max(0, start - 4) : start].split())
        if _JUNK_TOKEN.fullmatch(token) and not before.endswith(("<", "</")):
            counts[token] = counts.get(token, 0) + 1
    inline = [_SENTENCE_END_TOKENS]
    if len(text) > RUN_ON_AVERAGE * (text.count("\n") + 1):
        inline.extend((_GAPPED_TOKENS, _GLUED_TOKENS))
    for pattern in inline:
        for found in pattern.findall(text):
            token = found if isinstance(found, str) else "".join(found)
            if _JUNK_TOKEN.fullmatch(token):
                counts[token] = counts.get(token, 0) + 1
    return frozenset(token for token, count in counts.items() if count >= JUNK_REPEATS)


def normalize(text: str, detectors: DetectorSet = DEFAULT_SET) -> NormalizedText:
    """Normalise ``text`` for matching and keep the way back to its offsets.

    A line opening with a marker of one of ``detectors`` is never joined to the line
    before it.
    """
    folded = fold(text)
    if "○" in folded:
        folded = _CIRCLED_ZEROS.sub(_numeral_zero, folded)
    if "\r" in folded:  # CR alone is a line break; CR before LF is dropped below
        folded = _LONE_CR.sub("\n", folded).replace("\r", " ")
    entities: tuple[Span, ...] = ()
    if "&" in folded:
        entities = tuple(match.span() for match in _SPACE_ENTITY.finditer(folded))
        if entities:
            folded = _SPACE_ENTITY.sub(lambda match: " " * len(match.group()), folded)
    rare = _RARE.search(text) is not None
    deletions = [match.span() for match in _DELETED.finditer(text)] if rare else []
    chunks = chunk_markers(folded)
    deletions.extend(chunks)
    pinyin = tuple(match.span() for match in _PINYIN.finditer(folded)) if "(" in folded else ()
    deletions.extend(pinyin)
    width = wrap_width(folded) if "\n" in folded else 0
    tokens = not width and "\n" in folded and token_dump(folded)
    # a dump of tokens cuts a site's junk token too (v / 7 / R)
    junk = junk_tokens(_LATIN_BREAK.sub("", folded) if tokens else folded)
    if " " in folded:
        deletions.extend(spaced_number_gaps(folded, spaces_only=not rare))
    spaces = _soft_breaks(folded, deletions, detectors, junk, chunks, width, tokens)
    if not deletions:
        return NormalizedText(text, folded, [0], [0], junk, tuple(chunks), entities)
    deletions.sort()
    if spaces:
        chars = list(folded)
        for position in spaces:
            chars[position] = " "
        folded = "".join(chars)
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pieces: list[str] = []
    kept_from = 0
    length = 0
    for deleted_start, end in deletions:
        start = max(deleted_start, kept_from)  # a CR inside a soft break overlaps it
        if start > kept_from:
            norm_starts.append(length)
            orig_starts.append(kept_from)
            pieces.append(folded[kept_from:start])
            length += start - kept_from
        kept_from = max(kept_from, end)
    norm_starts.append(length)
    orig_starts.append(kept_from)
    pieces.append(folded[kept_from:])
    del folded  # the pieces hold its characters: two copies of the text at once, not three
    return NormalizedText(
        text,
        "".join(pieces),
        # a map of every soft break of a long text: machine integers hold it in a ninth
        array("q", norm_starts),
        array("q", orig_starts),
        junk,
        tuple(chunks),
        entities,
        pinyin,
    )


def chunk_markers(text: str) -> list[Span]:
    r"""The chunk numbers of document-sharing sites, with the line breaks before them.

    Such sites cut a document into chunks of several hundred characters, each on a line of
    its own numbered ``1、`` ``2、`` ``3、`` …, often in the middle of a word
    (``按现行汇率计\n2、算折合…``).  A run of lines numbered from 1, one after another, every
    one but the last at least :data:`CHUNK_LINE` characters long, one at least cut in the
    middle of a sentence, is such a run: its numbers and breaks are deleted (the chunks read
    as one text).

    >>> text = "1、" + "甲" * 120 + "按现行汇率计\n2、算折合美元"
    >>> [text[start:end] for start, end in chunk_markers(text)]
    ['1、', '\n2、']
    """
    found: list[Span] = []
    run: list[regex.Match[str]] = []
    for match in _CHUNK_START.finditer(text):
        number = int(match.group("number"))
        if (
            run
            and number == int(run[-1].group("number")) + 1
            and _continues_chunk(text, run[-1], match)
        ):
            run.append(match)
            continue
        found.extend(_chunk_spans(run, text))
        run = [match] if number == 1 else []
    found.extend(_chunk_spans(run, text))
    return found


def _cut(text: str, match: regex.Match[str]) -> bool:
    """Whether the line before ``match`` ends in the middle of a sentence."""
    before = _LAST_BEFORE_GAP.search(text, max(0, match.start() - 400), match.start("marker"))
    return before is not None and before.group("last") not in _TERMINAL_END


def _continues_chunk(text: str, previous: regex.Match[str], match: regex.Match[str]) -> bool:
    """Whether ``match`` opens the line right after the chunk ``previous`` opened, which
    was long and cut mid-sentence."""
    line_end = text.find("\n", previous.end())
    if line_end < 0 or not _GAP.fullmatch(text, line_end, match.start("marker")):
        return False
    return line_end - previous.end() >= CHUNK_LINE


def _chunk_spans(run: list[regex.Match[str]], text: str) -> list[Span]:
    if len(run) < 2 or not any(_cut(text, match) for match in run[1:]):
        return []
    first = run[0]
    spans = [(first.start("marker"), first.end())]
    for match in run[1:]:  # from the line break, or the tags that close the line before
        before = _LAST_BEFORE_GAP.search(text, max(0, match.start() - 400), match.start())
        start = before.start("last") + 1 if before is not None else match.start() - 1
        spans.append((min(start, match.start() - 1), match.end()))
    return spans


def wrap_width(text: str) -> int:
    r"""The width of the lines of a hard-wrapped text (a PDF's text, 028 and 049 at ~25
    characters), or 0: the median length of the lines cut mid-sentence, when they are at
    least :data:`WRAPPED_SHARE` of the lines and most of them are about that long.

    >>> wrap_width("\n".join(["一二三四五六七八九十一二三四五六七八九十"] * 8))
    20
    >>> wrap_width("一、工作回顾\n今年以来,我们做了很多工作。\n二、工作计划\n明年要做好工作。")
    0
    """
    lines = [stripped for line in text.split("\n") if (stripped := line.strip())]
    # a numbered heading's line is no measure of the page's width
    cut = [
        line
        for line in lines[:-1]
        if len(line) >= 8 and line[-1] not in _TERMINAL_END and not _MARKED.match(line)
    ]
    if len(cut) < WRAPPED_LINES or len(cut) < WRAPPED_SHARE * len(lines):
        return 0
    # lines cut at a number of characters, or at a printed width (digits half as wide)
    for measure in (len, printed_width):
        lengths = sorted(measure(line) for line in cut)
        width = lengths[len(lengths) // 2]
        low, high = WRAP_BAND
        near = sum(1 for length in lengths if low * width <= length <= high * width)
        # no page holds many lines far wider than its width (a short page whose front and
        # headings are about as long as each other, its paragraphs on long lines, is none)
        wide = sum(1 for line in lines if measure(line) > WIDER * width)
        if near >= WRAPPED_NEAR * len(lengths) and wide <= WIDE_SHARE * len(lines):
            return round(width)
    return 0


SPACED_DIGIT_RUNS = 3
"""A text spaces out its digits one by one (a PDF's text: national 1998, ``1 9 9 7 年``,
``2 0 9 0 元``) when it holds at least this many runs of four or more spaced digits."""
_SPACED_DIGIT_RUN = compile_regex(r"(?<![\d.])\d(?:[^\S\n]\d){3,}(?![\d.])")
_DIGIT_GAP = compile_regex(
    r"(?<=\d)[^\S\n](?=\d)|(?<=\d)[^\S\n]+(?=\.[^\S\n]*\d)|(?<=\d[^\S\n]*\.)[^\S\n]+(?=\d)"
)
# A decimal point spaced out (增长3 . 5%, 17 .2亿元, 增长3. 5%): a space before the point,
# which a heading's marker never has, or one after it inside a line (not 1. 5G网络 opening it).
_DIGIT_SPACE = compile_regex(r" (?<=\d )(?=\d)")
_POINT_SPACE = compile_regex(r"\.(?:(?<= \.)|(?= ))")
_SPACED_POINT = compile_regex(
    r"(?<![\d.])\d{1,12}(?P<before>[^\S\n]+)\.(?P<after>[^\S\n]*)\d"
    r"|(?<=[^\s\d.])\d{1,12}\.(?P<only>[^\S\n]+)\d"
)


def spaced_number_gaps(folded: str, spaces_only: bool = False) -> list[Span]:
    """The spaces inside numbers that a PDF's text spaced out: every gap between digits in a
    text that spaces its digits one by one (:data:`SPACED_DIGIT_RUNS`), else the gaps around
    a decimal point inside a line (``3 . 5`` → ``3.5``).  ``spaces_only`` says the text's
    only blanks are spaces and line breaks.

    >>> spaced_number_gaps("增长3 . 5%")
    [(3, 4), (5, 6)]
    """
    # A scan from a literal space or point is fast where one for a digit is not: where no
    # space stands between two digits, or beside a point, no gap does either.
    if (not spaces_only or _DIGIT_SPACE.search(folded) is not None) and len(
        list(itertools.islice(_SPACED_DIGIT_RUN.finditer(folded), SPACED_DIGIT_RUNS))
    ) >= SPACED_DIGIT_RUNS:
        return [match.span() for match in _DIGIT_GAP.finditer(folded)]
    gaps: list[Span] = []
    if spaces_only and _POINT_SPACE.search(folded) is None:
        return gaps
    for match in _SPACED_POINT.finditer(folded):
        for group in ("before", "after", "only"):
            if match.end(group) > match.start(group):
                gaps.append(match.span(group))
    return gaps


def token_dump(text: str) -> bool:
    r"""Whether ``text`` holds one token per line (``一、`` / ``2023年`` / ``工作`` / ``回顾``):
    its line breaks are where a PDF's words were, not its paragraphs' ends.

    >>> token_dump("\n".join(["一、", "2023年", "工作", "回顾", "过去", "一年，"] * 4))
    True
    >>> token_dump("一、工作回顾\n今年以来,我们做了很多工作。\n二、工作计划\n明年要做好工作。")
    False
    """
    lengths = [len(stripped) for line in text.split("\n") if (stripped := line.strip())]
    short = [length for length in lengths if length <= TOKEN_WIDTH]
    return len(short) >= TOKEN_LINES and sum(short) >= TOKEN_SHARE * sum(lengths)


def printed_width(line: str) -> float:
    """How wide ``line`` prints, in characters: ASCII (digits, spaces, Latin letters) half as
    wide as a Chinese character, as PDF pages set them (``预计 2022 年全镇实现工农业总值``).

    >>> printed_width("预计 2022 年全镇")
    8.0
    """
    return len(line) - len(line.encode("ascii", "ignore")) / 2


def _soft_breaks(
    folded: str,
    deletions: list[Span],
    detectors: DetectorSet,
    junk: frozenset[str],
    chunks: list[Span],
    width: int,
    tokens: bool,
) -> list[int]:
    """Add the soft line breaks of ``folded`` to ``deletions`` (``width``: its hard-wrap
    width, :func:`wrap_width`; ``tokens``: whether it is a dump of tokens, :func:`token_dump`).

    Returns the positions of line breaks between two Latin letters, which become spaces
    instead of disappearing.
    """
    spaces: list[int] = []
    logical_start = 0  # first non-space of the logical line the current break would extend
    joined_until = -1  # start of the line the previous soft break joined on
    has_prose_punct = False
    chunk_breaks = {folded.find("\n", start, end) for start, end in chunks} - {-1}
    # a hard-wrapped text double-spaced (each of a PDF's lines in a <p>): blank lines tell
    # nothing of its paragraphs
    spaced = width and _double_spaced(folded)
    indents = width > 0 and _paragraph_indents(folded)
    for start, end in _spaced_breaks(folded) if spaced else _line_breaks(folded):
        if chunk_breaks and folded.find("\n", start, end) in chunk_breaks:
            joined_until = end
            continue
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
            junk,
            width,
        )
        if (markup_char(folded[end]) or markup_char(folded[start - 1])) and _markup_bounds(
            folded, logical_start, start, end, line.after_end
        ):
            continue  # markup marks a block: a heading, a list item, a bold line
        newline = folded.rindex("\n", start, end)
        if indents and end - newline > PARAGRAPH_INDENT and folded[end] not in _ALWAYS_CONTINUES:
            continue  # an indented line opens a paragraph (GB/T 9704 §7.3.3: 回行顶格)
        if tokens:  # a dump of tokens: every break is soft but after an end, or before a marker
            if _token_break_kept(folded, start, end, line.after_end, detectors, junk):
                continue
        elif not line.is_soft(has_prose_punct):
            continue
        newline = folded.index("\n", start, end)
        if (_is_latin(folded[start - 1]) and _is_latin(folded[end])) or (
            tokens and folded[start - 1].isdigit() and folded[end].isdigit()
        ):  # two words, or two of a dump's numbers (2024-03-18 / 08:55)
            deletions.extend(((start, newline), (newline + 1, end)))
            spaces.append(newline)
        else:
            deletions.append((start, end))
        joined_until = end
    return spaces


def _token_break_kept(
    folded: str,
    start: int,
    end: int,
    after_end: int,
    detectors: DetectorSet,
    junk: frozenset[str],
) -> bool:
    """Whether the break ``folded[start:end]`` of a dump of tokens is a line's end."""
    last = folded[start - 1]
    if last in ",、":  # inside a sentence or a list, whatever follows (其中一、 / 二、三产…)
        return False
    if junk:  # the site's junk token, cut into tokens too (…回顾 / v / 7 / R), ends a line
        tail = _LATIN_BREAK.sub("", folded[max(0, start - _FIELD_REACH) : start])
        for token in junk:
            before = tail[-len(token) - 1 : -len(token)]
            if tail.endswith(token) and not (before.isascii() and before.isalnum()):
                return True
    for label in _LABEL.finditer(folded, max(0, start - 6), end + 6, overlapped=True):
        if label.start() < start and label.end() > end:
            return False  # inside a label (发布 / 时间:)
    if _FIELD_AHEAD.match(folded, end) or detectors.numbered_at(folded, end, after_end):
        return True
    if folded[end] in SALUTATION_STARTS and SALUTATION_ADDRESS.match(
        "".join(folded[end : end + _SALUTATION_REACH].split())
    ):
        return True  # the address opens its line, cut into tokens too (各位 / 代表:)
    if last == ";":  # the tokens ; / ; of ;; are one line's
        return folded[max(0, start - 8) : start - 1].rstrip()[-1:] != ";" and folded[end] != ";"
    if last == ":":
        return not (
            folded[end].isdigit()  # 发布日期: / 2023-11-28
            or _FIELD_BEHIND.search(folded, max(0, start - _FIELD_REACH), start)
        )
    return last in _TOKEN_BREAK_AFTER


def _markup_bounds(text: str, before_start: int, start: int, end: int, after_end: int) -> bool:
    """Whether markup closes the line before the break (``…**``, ``…🏆``) or opens the one
    after it (``## …``, ``**…**``, ``◆…``)."""
    return (
        after_opening(text, end, after_end) > end
        or emphasis_marks(text, end, after_end) > 0
        or emphasis_marks(text, before_start, start) > 0
        or before_closing(text, before_start, start) < start
    )


def _cut_at_point(text: str, start: int, end: int) -> bool:
    """Whether the break between ``text[:start]`` and ``text[end:]`` cuts a decimal number at
    its point (``230.`` / ``4亿元``, ``8`` / ``.96亿元``)."""
    before, after = text[start - 2 : start], text[end : end + 2]
    if len(before) < 2 or len(after) < 2:
        return False
    return (before[0].isdigit() and before[1] == "." and after[0].isdigit()) or (
        before[1].isdigit() and after[0] == "." and after[1].isdigit()
    )


def _paragraph_indents(text: str) -> bool:
    r"""Whether indents mark the paragraphs of ``text``: some lines open with one of at
    least :data:`PARAGRAPH_INDENT` spaces, and more lines open flush (GB/T 9704-2012 §7.3.3:
    each paragraph is indented two characters, its wrapped lines start flush left).

    >>> _paragraph_indents("\u3000\u3000一二三四五六七八\n一二三。\n一二三四五六七八\n一二。")
    True
    >>> _paragraph_indents("\u3000\u3000一二三四五六七八九十\n\u3000\u3000一二三四。")
    False
    """
    indented = len(_INDENTED_LINE.findall(text))
    return 0 < indented < text.count("\n") + 1 - indented - text.count("\n\n")


def _line_breaks(text: str) -> Iterator[Span]:
    r"""The single line breaks of ``text`` between two non-blank lines, with the spaces
    around them: the spans of ``(?<=\S)[^\S\n]*\n[^\S\n]*(?=\S)``, found faster."""
    for match in _LINE_BREAK_AT.finditer(text):
        at = match.start()
        before = _SPACES_BEFORE.match(text, 0, at)  # a run of none matches: never None
        after = _SPACES_AFTER.match(text, at + 1)
        yield (before.start() if before else at), (after.end() if after else at + 1)


def _spaced_breaks(text: str) -> Iterator[Span]:
    """The line breaks of a double-spaced ``text``, a blank line in each."""
    return (match.span() for match in _SPACED_BREAK.finditer(text))


def _double_spaced(text: str) -> bool:
    r"""Whether a blank line follows every line of ``text`` (:data:`DOUBLE_SPACED`).

    >>> _double_spaced("\n\n".join(["一二三四五六七八九十"] * 8))
    True
    >>> _double_spaced("一、工作回顾\n今年以来,我们做了很多工作。\n\n二、工作计划")
    False
    """
    if "\n\n" not in text:
        return False
    runs = [match.group().count("\n") for match in _ANY_BREAK.finditer(text)]
    blank = sum(1 for count in runs if count >= 2)
    return blank >= WRAPPED_LINES and blank >= DOUBLE_SPACED * len(runs)


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


_TITLE_LINE = compile_regex(r"[^。!?;:\n]{2,40}")
BARE_MARKER = 6
"""Longest heading marker that may stand alone on its line (``（十一）``)."""


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
    junk: frozenset[str]
    width: int
    """The width of a hard-wrapped text's lines (:func:`wrap_width`), or 0."""

    __slots__ = (
        "after_end",
        "before_start",
        "detectors",
        "end",
        "junk",
        "line_start",
        "start",
        "text",
        "width",
    )

    def __init__(
        self,
        text: str,
        before_start: int,
        line_start: int,
        start: int,
        end: int,
        after_end: int,
        detectors: DetectorSet,
        junk: frozenset[str],
        width: int = 0,
    ) -> None:
        self.text = text
        self.before_start = before_start
        self.line_start = line_start
        self.start = start
        self.end = end
        self.after_end = after_end
        self.detectors = detectors
        self.junk = junk
        self.width = width

    def _bare_marker(self) -> bool:
        """Whether the logical line before the break is a heading's marker and nothing else,
        and the line after it a title (``（一）`` / ``坚持稳中求进,经济运行持续向好``): short, no
        sentence end, no marker of its own.  A marker before a sentence is a list's item
        (1986: ``（一）`` / ``进一步为经济体制改革创造良好的经济环境…。``) and stays apart."""
        text, start = self.text, self.start
        if start - self.before_start > BARE_MARKER:
            return False
        marker = self.detectors.numbered_at(text, self.before_start, start)
        if marker is None or marker.marker_end - marker.start < start - self.before_start:
            return False
        return (
            _TITLE_LINE.fullmatch(text, self.end, self.after_end) is not None
            and self.detectors.numbered_at(text, self.end, self.after_end) is None
        )

    def _full(self) -> bool:
        """Whether the text is hard-wrapped and the line before the break fills its width."""
        return self.width > 0 and self.start - self.line_start >= AT_WIDTH * self.width

    def _continues_full_line(self, heading: bool) -> bool:
        """Whether the line after a full line of a PDF goes on with it: unless it opens a
        line of its own (a subtitle's dash, a bracket, a label and its colon: ``来源:``,
        ``各位代表:``); after a heading's line, only when the title goes on into it and ends
        there (``(二)下好创新先手棋,一体推进教育科技人才`` / ``发展。完成…``)."""
        text, end = self.text, self.end
        if _OWN_LINE.match(text, end, self.after_end):
            return False
        if not heading:
            return True
        if _TITLE_END.search(text, self.before_start, self.start) is not None:
            return False
        stop = _TITLE_END.search(text, end, self.after_end)
        so_far = self.start - self.before_start
        if stop is not None:
            return so_far + stop.start() - end <= TITLE_CHARS
        # the title's last line, or its middle one on a narrow page
        following = self.after_end - end
        return so_far + following <= TITLE_CHARS

    def _bare_page_number(self) -> bool:
        """Whether the line after the break, or the one before it, is a bare number of a
        printed page: not one cut from its sentence, with its unit or decimals after it or
        a letter before it (``M`` / ``2`` / ``和社会融资规模``: M2)."""
        text, start, end = self.text, self.start, self.end
        if _BARE_NUMBER.fullmatch(text, end, self.after_end):
            return not _NUMBER_GOES_ON.match(text, self.after_end) and not _is_latin(
                text[start - 1]
            )
        if not _BARE_NUMBER.fullmatch(text, self.line_start, start) or text[end] in _NUMBER_END:
            return False
        before = _LAST_VISIBLE.search(text, 0, self.line_start)
        return before is None or not _is_latin(before.group())

    def _wrapped_heading(self) -> bool:
        """Whether a numbered heading line goes on in the next line: a short piece with no
        punctuation (``三、持续提升政府`` / ``治理效能和服务水平``), the body right after it."""
        text, end = self.text, self.end
        piece = text[end : self.after_end].rstrip()
        if (
            len(piece) > WRAP_LIMIT
            or _ANY_PUNCT.search(piece)
            or not _HAN.search(piece)  # a bare number alone is a page's (055 ``70``)
            or self.start - self.before_start < 6
        ):
            return False
        if (
            self.detectors.numbered_at(text, end, self.after_end) is not None
            or POINT_OPENING.match(text, end) is not None  # 一是…: the first point, not more
            # a part's whole name (一、2022年工作回顾) is complete: the line after it is its
            # first sub-heading, whose marker was lost (022)
            or _WHOLE_PART_NAME.search(text, self.before_start, self.start) is not None
        ):
            return False
        following = _NEXT_LINE.match(text, self.after_end)
        return following is not None and _PROSE_PUNCT.search(following.group()) is not None

    def is_soft(self, prose: bool) -> bool:
        """Whether the break falls inside a sentence (``prose``: the line before has
        prose punctuation)."""
        text, start, end = self.text, self.start, self.end
        last, first = text[start - 1], text[end]
        if (
            last in _TERMINAL_END
            and first not in _CLOSE_START
            and start - self.before_start > BARE_MARKER
        ):
            return False  # most breaks: a line that ends a sentence, no marker alone before
        if _PAGE_NUMBER.fullmatch(text, end, self.after_end) or _PAGE_NUMBER.fullmatch(
            text, self.line_start, start
        ):
            return False  # a printed page's number stands between lines, on its own
        if (
            last.isascii()
            and text.find("//", self.line_start, start) >= 0
            and _ADDRESS_END.search(text, self.line_start, start)
        ):
            return False  # a page's address ends its line (037, 049: url: https://….html)
        if self._bare_page_number():
            return False  # … bare too (055 ``70``, under a heading)
        if _OCCASION_OPENING.match(text, end, self.after_end) or (
            text[self.after_end - 1] == ":" and SALUTATION.fullmatch(text, end, self.after_end)
        ):
            return False  # a report's occasion or opening salutation is a line of its own
        if self._bare_marker():
            return True  # a heading's marker alone, its title on the next line (a PDF's dump)
        if text.startswith(";;", end):  # ;; for a quotation mark (051, 058) or a dash (;;;;)
            first = "“"
        if first in _ALWAYS_CONTINUES:
            return True
        if first in _CLOSE_START and self._full():  # 、做到“两个维护” after a full line of a PDF
            return True
        if last in _TERMINAL_END or self.detectors.numbered_at(text, end, self.after_end):
            return False
        token = LINE_END_TOKEN.search(text, self.line_start, start) if self.junk else None
        if token is not None and token.group() in self.junk:  # the site's mark of a line break
            return False
        symbols = _SYMBOLS_BEFORE.search(text, self.line_start, start)
        if symbols is not None:  # a line closed by emoji (。🌟) or ending in them is complete
            return False
        if last not in _JOINS_ON and self.detectors.part_line(text, end, self.after_end):
            return False
        if first not in _SUBJECT_GOES_ON and self.detectors.part_line(text, self.line_start, start):
            # a numbered one may wrap, though (二、2025年工作思路和重点 / 任务: 湖北 2025)
            numbered = self.detectors.numbered_at(text, self.before_start, start) is not None
            return (
                numbered
                and not prose
                and (self._wrapped_heading() or (self._full() and self._continues_full_line(True)))
            )
        if last in _OPEN_END or first in _CLOSE_START:
            return True
        if _APPENDIX.fullmatch(text, self.before_start, start):  # 附件1 heads what follows
            return False
        if last.isdigit() and first in _UNIT_START:  # a number cut from its unit
            return True
        if _cut_at_point(text, start, end):  # 230.|4亿元 (058), 下降3.|9个百分点 (051)
            return True
        if self.width and self.line_start > self.before_start and not self._full():
            # a PDF paragraph's last line, shorter than the page is wide — unless it nearly
            # fills it and stops mid-sentence (全疆地区生产总值同比 / 增长6.1%)
            nearly = self.start - self.line_start >= NEARLY_FULL * self.width
            return nearly and _OWN_LINE.match(text, end, self.after_end) is None
        line = _LAST_LINE.search(text, self.line_start, start)
        after = _AFTER_LINE.match(text, end, self.after_end)
        if (
            (line is not None and _TINY_BEFORE.fullmatch(line.group()))
            or (after is not None and _TINY_AFTER.fullmatch(after.group()))
        ) and (
            _FRONT_LINE.fullmatch(text, self.before_start, start) is None
            # nor a name before a title (015: 黄飞 / 镇上半年工作汇报 with no blank line)
            and _TITLE_ALONE.fullmatch(text, end, self.after_end) is None
        ):
            return True
        marker = self.detectors.numbered_at(text, self.before_start, self.start)
        if self._full() and self._continues_full_line(marker is not None):
            return True
        if marker is not None and not prose:
            return self._wrapped_heading()
        if not prose or marker is not None:
            return False
        if _DATED_TITLE.fullmatch(text, end, self.after_end):
            return False
        length = start - self.before_start
        if length >= LONG_PROSE_LINE:
            return True
        # A prose line cut before a short title (a former link: 在聽了劉少奇同志 /
        # 關於憲法草案的報告), not a site's notice or keywords before the report's title
        after_line = text[end : self.after_end].rstrip()
        return (
            length >= SHORT_PROSE_LINE
            and _SHORT_PHRASE.fullmatch(after_line) is not None
            and _NOTICE.search(text, self.before_start, start) is None
        )


def strip_span(text: str, start: int, end: int) -> Span | None:
    """``(start, end)`` without surrounding whitespace, or ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
