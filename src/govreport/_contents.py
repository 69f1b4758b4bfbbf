"""A table of contents at the head of a report's body: chrome, not headings.

A report copied from a word processor or a document-sharing site may list its headings before
the text (``目录`` / ``一、2023年工作回顾……1`` / ``二、2024年工作安排……5``).  Such a list is a
run of heading lines with no prose between them, often with dot leaders and page numbers, whose
entries come again further on as the headings of the text.  Read as headings, the list would
become the top of the tree and the real headings would nest under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from govreport._compiled import compile_regex
from govreport._detectors import DetectorSet
from govreport._model import Span

CONTENTS_REACH = 8
"""A table of contents starts within this many lines of the body's start."""

ENTRY_LINE = 80
"""An entry of a table of contents is no longer than this (with its leader and page)."""

MIN_ENTRY = 4
"""An entry holds at least this many characters besides its page (a marker and a title)."""

CONTENTS_LABEL = compile_regex(r"目\s*录\s*:?")
"""The label over a table of contents."""
# Dot leaders and a page number ending an entry (……1, ........ 12, ··· 3), or a page number
# after a gap (一、2023年工作回顾 1).
_PAGE = compile_regex(r"\s*(?:[.…·・]{2,}\s*\d{0,3}|(?<=\S)\s+\d{1,3})\s*$")
_SENTENCE_END = compile_regex(r"[。!?;]")
_SPACES = compile_regex(r"\s+")


def table_of_contents(
    text: str, body: Sequence[Span], detectors: DetectorSet
) -> tuple[list[Span], list[Span]]:
    """``body`` without its table of contents, and the table's lines (its ``目录`` label and
    entries).  A table is a run of entry lines (headings the detectors open, or lines ending
    in a page number) starting within :data:`CONTENTS_REACH` lines: under a ``目录`` label,
    any such run; else one of at least two entries whose first two come again, in order, as
    lines further on.  Else there is none."""
    for first in range(min(len(body), CONTENTS_REACH)):
        start, end = body[first]
        label = CONTENTS_LABEL.fullmatch(text, start, end) is not None
        entries_start = first + 1 if label else first
        run = _entries(text, body, entries_start, detectors)
        # under its label a table is one whatever follows (the page may stop before the text)
        if (label and run) or (len(run) >= 2 and _come_again(text, body, entries_start, run)):
            taken = set(range(first, entries_start + len(run)))
            kept = [span for index, span in enumerate(body) if index not in taken]
            return kept, [body[index] for index in sorted(taken)]
        if label:
            break
    return list(body), []


def _entries(text: str, body: Sequence[Span], start: int, detectors: DetectorSet) -> list[str]:
    """The keys of the run of entry lines from ``body[start]`` on."""
    keys: list[str] = []
    for line_start, line_end in body[start:]:
        line = text[line_start:line_end]
        if len(line) > ENTRY_LINE or _SENTENCE_END.search(line):
            break
        paged = _PAGE.search(line)
        if paged is None and detectors.numbered_at(line, 0, len(line)) is None:
            break
        key = _key(line[: paged.start()] if paged else line)
        if len(key) < MIN_ENTRY or (keys and key == keys[0]):  # the text's first heading
            break
        keys.append(key)
    return keys


def _come_again(text: str, body: Sequence[Span], start: int, keys: list[str]) -> bool:
    """Whether the first two ``keys`` open lines after the run, the first before the second."""
    after = start + len(keys)
    found = 0
    for line_start, line_end in body[after:]:
        if _key(text[line_start:line_end]).startswith(keys[found]):
            found += 1
            if found == 2:
                return True
    return False


def _key(line: str) -> str:
    return _SPACES.sub("", line)
