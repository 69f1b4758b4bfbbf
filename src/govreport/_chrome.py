"""Page chrome: whole lines, footers, adverts inside paragraphs, invisible characters.

The chrome pass of the parser runs here: :func:`chrome_lines` sets whole lines and the
footer aside before the front is read, :func:`cut_inline` cuts adverts out of a paragraph,
:func:`invisible_chrome` keeps the zero-width characters that no block holds.  Chrome is
never deleted: every piece becomes a ``chrome`` block of the report with its rule's name as
the role.  (The front's repeated title lines become ``page_header`` chrome in the parser.)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence

import regex

from govreport._compiled import compile_regex
from govreport._head import RUN_ON_HEAD
from govreport._markers import HTML_TAG
from govreport._markup import after_opening, before_closing, emphasis_marks, markup_char
from govreport._model import Block, Span
from govreport._normalize import LINE_END_TOKEN, TOKEN_AFTER, NormalizedText, strip_span
from govreport._pattern_shape import opens_narrow, required_characters
from govreport.data.characters import ZERO_WIDTH
from govreport.data.chrome import CHROME_RULES

_INVISIBLE = compile_regex(f"[{ZERO_WIDTH}]+")
_HTML_TAG = compile_regex(HTML_TAG)


class ChromeRules:
    """A compiled set of chrome rules (see :mod:`govreport.data.chrome` for the format)."""

    def __init__(self, rules: Iterable[tuple[str, str, str]] = CHROME_RULES) -> None:
        self.rules = list(rules)
        by_scope: dict[str, list[tuple[str, str]]] = {"line": [], "tail": [], "inline": []}
        for name, scope, pattern in self.rules:
            by_scope[scope].append((name, pattern))
        # line rules in two alternations: those opening with a narrow character, which the
        # engine rejects at once on most lines, apart from the few that may open with any
        line_rules = by_scope["line"]
        self._line_names = [name for name, _ in line_rules]
        narrow = [opens_narrow(body) for _, body in line_rules]
        self._line_parts = [
            part
            for kind in (True, False)
            if (part := _alternation(line_rules, [is_narrow is kind for is_narrow in narrow])[1])
        ]
        self._tail_names, self._tail = _alternation(by_scope["tail"])
        self._inline_names, self._inline = _alternation(by_scope["inline"])
        # characters every inline match holds: a paragraph without one of them holds none
        self._inline_needs = required_characters(self._inline.pattern) if self._inline else ""

    def line_role(self, line: str) -> str | None:
        """The rule name if the whole (stripped, normalised) line is chrome, else ``None``
        (the first rule, in order, that matches the whole line)."""
        first: int | None = None
        for pattern in self._line_parts:
            match = pattern.fullmatch(line)
            if match and match.lastgroup:
                index = int(match.lastgroup[1:])
                first = index if first is None else min(first, index)
        return None if first is None else self._line_names[first]

    def tail_role(self, line: str) -> str | None:
        """The rule name if the line starts a footer that runs to the end, else ``None``."""
        match = self._tail.match(line) if self._tail else None
        return self._tail_names[match.lastgroup] if match and match.lastgroup else None

    def may_hold_inline(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds every character some inline rule's matches
        all hold (so that :meth:`inline` may find something there)."""
        if not self._inline:
            return False
        return all(text.find(character, start, end) >= 0 for character in self._inline_needs)

    def inline(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """``(start, end, rule)`` of every chrome fragment inside ``text[start:end]``."""
        if not self._inline:
            return
        stop = len(text) if end is None else end
        for character in self._inline_needs:
            if text.find(character, start, stop) < 0:
                return
        for match in self._inline.finditer(text, start, stop):
            if match.lastgroup:
                yield match.start(), match.end(), self._inline_names[match.lastgroup]


def _alternation(
    rules: list[tuple[str, str]], chosen: Sequence[bool] | None = None
) -> tuple[dict[str, str], regex.Pattern[str] | None]:
    """The rules' names by group (``r<i>`` for the i-th) and one pattern of those ``chosen``
    (all by default), each in its group."""
    names = {f"r{index}": name for index, (name, _) in enumerate(rules)}
    bodies = [
        f"(?P<r{index}>{body})"
        for index, (_, body) in enumerate(rules)
        if chosen is None or chosen[index]
    ]
    return names, compile_regex("|".join(bodies)) if bodies else None


DEFAULT_CHROME = ChromeRules()
"""The built-in rules, compiled once."""


class ChromeLines:
    """Whole chrome lines and the footer of a report: ``found`` as ``(span, role)``, the
    indexes of chrome lines, the lines left for the body (``lines[:body_end]``) and the span
    of the footer, if one was found (the last of ``found``)."""

    __slots__ = ("body_end", "footer", "found", "lines")

    def __init__(
        self,
        found: list[tuple[Span, str]],
        lines: frozenset[int],
        body_end: int,
        footer: Span | None = None,
    ) -> None:
        self.found = found
        self.lines = lines
        self.body_end = body_end
        self.footer = footer

    def outside_footer(self, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """``spans`` (tags or markup cut from lines) but those the footer's one block holds:
        it runs from its first line to the end, over the pieces between lines."""
        if self.footer is None:
            return spans
        start, end = self.footer
        return [(span, role) for span, role in spans if not start <= span[0] < end]


def chrome_lines(
    text: str, lines: Sequence[Span], rules: ChromeRules, junk: frozenset[str] = frozenset()
) -> ChromeLines:
    """The chrome lines of ``lines`` (spans of normalised ``text``); the first line that
    opens a footer takes everything after it.  A line is read without the site's junk token
    at its end (``[字体: ] 打印v7R``), which stays in its chrome block."""
    found: list[tuple[Span, str]] = []
    indexes: set[int] = set()
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if junk and (token := LINE_END_TOKEN.search(text, start, end)) and token.group() in junk:
            line = text[start : token.start()].rstrip()
        role = rules.tail_role(line)
        if role is not None:
            footer = (start, lines[-1][1])
            found.append((footer, role))
            return ChromeLines(found, frozenset(indexes), index, footer)
        role = rules.line_role(line)
        if role is not None:
            found.append(((start, end), role))
            indexes.add(index)
    return ChromeLines(found, frozenset(indexes), len(lines))


def cut_inline(
    text: str, start: int, end: int, rules: ChromeRules
) -> tuple[list[Span], list[tuple[Span, str]]]:
    """``text[start:end]`` without its inline chrome: the pieces kept (stripped) and the
    chrome found, as ``(span, role)``."""
    kept: list[Span] = []
    found: list[tuple[Span, str]] = []
    cursor = start
    for chrome_start, chrome_end, role in rules.inline(text, start, end):
        found.append(((chrome_start, chrome_end), role))
        if (piece := strip_span(text, cursor, chrome_start)) is not None:
            kept.append(piece)
        cursor = chrome_end
    if (piece := strip_span(text, cursor, end)) is not None:
        kept.append(piece)
    return kept, found


def _class_characters(body: str) -> str | None:
    """The characters of a character-class body of literal characters and ``a-z`` ranges,
    or ``None`` when it holds anything else (an escape, a property, a negation)."""
    if any(mark in body for mark in "\\[]^"):
        return None
    characters: list[str] = []
    index = 0
    while index < len(body):
        if index + 2 < len(body) and body[index + 1] == "-":
            first, last = ord(body[index]), ord(body[index + 2])
            characters.extend(map(chr, range(first, last + 1)))
            index += 3
        else:
            characters.append(body[index])
            index += 1
    return "".join(characters)


_INVISIBLE_CHARACTERS = _class_characters(ZERO_WIDTH)


def _holds_invisible(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a zero-width character (one ``find`` per
    character is several times as fast as the pattern)."""
    if _INVISIBLE_CHARACTERS is None:
        return _INVISIBLE.search(text, start, end) is not None
    return any(text.find(character, start, end) >= 0 for character in _INVISIBLE_CHARACTERS)


def invisible_chrome(
    norm: NormalizedText, span: Span, spans: Callable[[], Iterable[Span]]
) -> list[Block]:
    """The characters of the caller's ``span`` that normalisation deleted and no block
    holds, as chrome, so that nothing is lost: zero-width characters (``invisible``, one
    block each), the chunk numbers of document-sharing sites (``chunk_marker``), the HTML
    entities of spaces (``html_entity``) and pinyin after characters (``pinyin``).
    ``spans()`` gives the spans of the report's blocks (called only when something needs
    placing)."""
    original = norm.original
    start, end = span
    invisible = (
        [
            (position, position + 1)
            for match in _INVISIBLE.finditer(original, start, end)
            for position in range(match.start(), match.end())
        ]
        if _holds_invisible(original, start, end)
        else []
    )
    chunks = []
    for chunk_start, chunk_end in norm.chunks:
        piece = strip_span(original, max(chunk_start, start), min(chunk_end, end))
        if piece is not None:
            chunks.append(piece)
    # the spans themselves, not copies (a page may hold pinyin after every character)
    entities = [entity for entity in norm.entities if start <= entity[0] and entity[1] <= end]
    pinyin = [piece for piece in norm.pinyin if start <= piece[0] and piece[1] <= end]
    if not invisible and not chunks and not entities and not pinyin:
        return []
    covered = sorted(spans())
    starts = [block_span[0] for block_span in covered]

    def uncovered(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index < 0 or covered[index][1] <= position

    def uncovered_runs(first: int, last: int) -> Iterator[Span]:
        # a block may end or start inside a deleted piece (a title cut at the second space
        # an entity stood for: …治理3&nbsp;个): the rest of it is chrome, and only the rest
        run = None
        for position in range(first, last):
            if uncovered(position):
                run = position if run is None else run
            elif run is not None:
                yield run, position
                run = None
        if run is not None:
            yield run, last

    chrome = [
        Block("chrome", original[position], (position, position + 1), "invisible")
        for position, _ in invisible
        if uncovered(position)
    ]
    for pieces, role in ((chunks, "chunk_marker"), (entities, "html_entity"), (pinyin, "pinyin")):
        for piece_start, piece_end in pieces:
            for run in uncovered_runs(piece_start, piece_end):
                if (piece := strip_span(original, *run)) is not None:
                    chrome.append(Block("chrome", original[slice(*piece)], piece, role))
    return chrome


def line_end_junk(
    text: str, lines: Sequence[Span], chrome: frozenset[int], junk: frozenset[str]
) -> tuple[list[Span], frozenset[int], list[tuple[Span, str]]]:
    """The junk token some sites put where line breaks were (``v7R``, ``Sw7``, ``zTB``: the
    same short mixed token ending :data:`~govreport._normalize.JUNK_REPEATS` lines or more:
    ``junk``, found by :func:`~govreport._normalize.junk_tokens`) cut off ``lines``:
    the lines without it, the chrome line indexes (a line of junk alone is one), and the
    tokens as ``(span, "junk")`` chrome."""
    if not junk:
        return list(lines), chrome, []
    found = [LINE_END_TOKEN.search(text, start, end) for start, end in lines]
    kept: list[Span] = []
    indexes = set(chrome)
    tokens: list[tuple[Span, str]] = []
    for index, (match, (start, end)) in enumerate(zip(found, lines, strict=True)):
        if index in chrome or match is None or match.group() not in junk:
            kept.append((start, end))
            continue
        piece = strip_span(text, start, match.start())
        if piece is None:
            indexes.add(index)
            tokens.append(((start, end), "junk"))
            kept.append((start, end))
        else:
            tokens.append((match.span(), "junk"))
            kept.append(piece)
    return kept, frozenset(indexes), tokens


def split_at_junk(text: str, lines: Sequence[Span], junk: frozenset[str]) -> list[Span]:
    """``lines`` also cut after each of the site's junk tokens inside the long ones: a page
    whose line breaks were lost keeps its junk where they were (034 on one line: ``…意见。v7R
    一、 2020 年和十三五工作回顾v7R刚刚过去的…``); :func:`line_end_junk` then sets the tokens
    aside.  A shorter line with junk inside is a site's abstract of the lines after it (034,
    058), kept whole."""
    if not junk:
        return list(lines)
    inside = compile_regex(
        # a digit may follow: the year of a heading (…意见。zTB2018年工作回顾zTB…)
        rf"{TOKEN_AFTER}(?:{'|'.join(sorted(junk, key=len, reverse=True))})(?![A-Za-z])"
    )
    kept: list[Span] = []
    for start, end in lines:
        if end - start < RUN_ON_HEAD:
            kept.append((start, end))
            continue
        cuts = [(token.end(), token.end()) for token in inside.finditer(text, start, end)]
        kept.extend(_pieces(text, start, end, [cut for cut in cuts if cut[0] < end]))
    return kept


def _pieces(text: str, start: int, end: int, breaks: Sequence[Span]) -> list[Span]:
    """The pieces of the line ``text[start:end]`` around ``breaks`` (``(piece_end, resume)``
    pairs, in order), blank ones left out; the whole line when there is no break."""
    if not breaks:
        return [(start, end)]
    kept: list[Span] = []
    cursor = start
    for piece_end, resume in breaks:
        if (piece := strip_span(text, cursor, piece_end)) is not None:
            kept.append(piece)
        cursor = resume
    if (piece := strip_span(text, cursor, end)) is not None:
        kept.append(piece)
    return kept


# bold opening a line and closing within a title's reach, the body after it (``**(一)…。**…``)
_LEADING_EMPHASIS = compile_regex(r"(\*\*|__)(?![*_\s])(?P<inner>.{1,60}?\S)\1")


def line_markup(text: str, lines: Sequence[Span]) -> tuple[list[Span], list[tuple[Span, str]]]:
    """``lines`` without the markup at their ends, and that markup as ``markup`` chrome: a
    heading's ``#`` marks, a list item's ``-``, bold around a whole line, bullet glyphs and
    emoji; ``**镇`` (a removed name) and ``- 3 -`` (a page number) are text."""
    kept: list[Span] = []
    markup: list[tuple[Span, str]] = []
    for start, end in lines:
        first = text[start]
        if not markup_char(first):
            last = text[end - 1]
            if not markup_char(last):
                kept.append((start, end))
                continue
        cut_start, cut_end = start, end
        marks = emphasis_marks(text, start, end)
        leading = None if marks else _LEADING_EMPHASIS.match(text, start, end)
        if leading is not None and leading.end() < end:
            # the bold part is a line of its own, as between tags (split_at_tags)
            markup.append(((start, leading.start("inner")), "markup"))
            kept.append(leading.span("inner"))
            markup.append(((leading.end("inner"), leading.end()), "markup"))
            if (rest := strip_span(text, leading.end(), end)) is not None:
                kept.append(rest)
            continue
        if marks:
            cut_start, cut_end = start + marks, end - marks
        elif (cut_start := after_opening(text, start, end)) > start:
            marks = emphasis_marks(text, cut_start, end)
            cut_start, cut_end = cut_start + marks, end - marks
        cut_end = before_closing(text, cut_start, cut_end)
        piece = strip_span(text, cut_start, cut_end)
        if piece is None or piece == (start, end):
            kept.append((start, end))
            continue
        if piece[0] > start and (head := strip_span(text, start, piece[0])) is not None:
            markup.append((head, "markup"))
        kept.append(piece)
        if piece[1] < end and (tail := strip_span(text, piece[1], end)) is not None:
            markup.append((tail, "markup"))
    return kept, markup


def split_at_tags(text: str, lines: Sequence[Span]) -> tuple[list[Span], list[tuple[Span, str]]]:
    """Raw HTML tags left in a page (``<h1 style="…"><b>2018年工作回顧</b></h1>``) as
    ``html_tag`` chrome; the text between tags is a line of its own, as the browser shows it."""
    if "<" not in text:
        return list(lines), []
    kept: list[Span] = []
    tags: list[tuple[Span, str]] = []
    for start, end in lines:
        found = [tag.span() for tag in _HTML_TAG.finditer(text, start, end)]
        tags.extend((span, "html_tag") for span in found)
        kept.extend(_pieces(text, start, end, found))
    return kept, tags
