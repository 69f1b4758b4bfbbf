"""What a section or a paragraph is: review, plan, targets, problems, closing, thanks.

Section kinds come from the heading's words (the cue found earliest wins:
``1993年国内工作的回顾和1994年的任务`` is a review), else from its parent, else from the
heading's grammar: a stated result (``新旧动能转换加速推进``) reviews, an urging
(``推动经济增长再提速``) plans.  Topical headings (``关于社会主义建设``) keep no kind.

Paragraph kinds are how reports mark parts they do not head: the problems paragraph(s)
after the review (``我们也清醒认识到…``, and the points or paragraphs that follow a short
opening), the targets statement (``主要预期目标是:…``), the thanks, the final appeal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from govreport._compiled import compile_re, compile_regex
from govreport._items import ItemDraft
from govreport._model import Span
from govreport._words import either
from govreport.data import kinds as words

if TYPE_CHECKING:
    from govreport._items import ItemDrafts
    from govreport._tree import SectionDraft

_SECTION_CUE = compile_regex(
    "|".join(f"(?P<{kind}>{either(cues)})" for kind, cues in words.SECTION_WORDS.items())
)
_RESULT = (
    rf"{either(words.RESULT_ADVERBS)}\p{{Han}}{{1,2}}$"
    rf"|{either(words.RESULT_VERBS)}{either(words.RESULT_QUALITIES)}?{either(words.RESULT_NOUNS)}$"
    rf"|{either(words.PRAISED_RESULTS)}{either(words.RESULT_PRAISE)}$"
    rf"|{either(words.RESULT_ENDINGS)}$"
)
_REVIEW_HEADING = compile_regex(_RESULT)
_OPEN, _CLOSE = words.FIELD_OPENER
_PLAN_HEADING = compile_regex(
    rf"{regex.escape(words.AGAIN)}\p{{Han}}{{1,2}}$"
    rf"|以\p{{Han}}{{2,10}}为{either(words.MEANS_WORDS)}"
    rf"|^{_OPEN}\p{{Han}}{{2,10}}{_CLOSE}"
    rf"|^{either(words.URGING_STARTS)}"
)
_PROBLEMS_OPENING = compile_regex(
    rf"{either(words.AWARE_ADVERBS)}地?{either(words.AWARE_VERBS)}"
    rf"|{either(words.STILL_WORDS)}存在着?\p{{Han}}{{0,6}}?{either(words.SHORTCOMINGS)}"
    rf"|{either(words.TROUBLES)}{either(words.PAIRING)}{either(words.CHALLENGES)}"
    rf"{either(words.PERSISTS)}"
)
_PROBLEM_WORDS = compile_regex(either(words.PROBLEM_WORDS))
# Literal alternations: the standard engine reads them faster.
_TARGETS_OPENING = compile_re(either(words.TARGETS_OPENINGS))
_WRITE, _CHAPTERS = words.WRITE_CHAPTER
_CLOSING = compile_regex(rf"{either(words.APPEALS)}|{_WRITE}.{{0,16}}{either(_CHAPTERS)}")
_THANKS = compile_re(either(words.THANKS))
_POINT = compile_regex(r"[一二三四五六七八九十]{1,2}是")
_YEAR = compile_regex(r"(?<!\d)((?:19|20)\d{2})\s*年")
_RESOLVE = compile_regex(r"我们(?:一定|必须)?要|对(?:这些|此|上述)|我们将|针对")

CLOSING_ITEMS = 2
"""The final appeal is among the last this many items of a report."""

OPENING_REACH = 80
"""A problems or targets cue counts within this many characters of a paragraph's start."""

SHORT_OPENING = 80
"""A problems opening this short announces the paragraphs that follow."""


def names_part(title: str) -> bool:
    """Whether ``title`` names a part of a report by the words of its kind (``存在的问题``,
    ``下一步工作打算``, ``2023年工作回顾``), whatever its period."""
    return _SECTION_CUE.search(title) is not None


def section_kind(title: str, parent: str | None = None) -> str | None:
    """The kind of a heading, or ``None``.

    Words that name the kind come first (``工作回顾``, ``工作安排``); then the kind of the
    parent section (a part of the review is review, whatever its grammar); then the grammar
    of the heading: a stated result is a review (``…不断壮大``), an urging is a plan
    (``…再提速``).
    """
    found = _SECTION_CUE.search(title)
    if found:
        return found.lastgroup
    if parent is not None:
        return parent
    if _REVIEW_HEADING.search(title):
        return "review"
    if _PLAN_HEADING.search(title):
        return "plan"
    return None


def paragraph_kinds(
    text: str, spans: Sequence[Span], kinds: Sequence[str | None], section: str | None = None
) -> list[str | None]:
    """Kinds of consecutive items of one section of kind ``section`` (``spans``: the items'
    extents in ``text``; ``kinds``: what is known already).  A review reports on targets; it
    does not set them."""
    result = list(kinds)
    problems_follow = points_follow = False
    for index, (start, end) in enumerate(spans):
        if result[index] is not None:
            problems_follow = points_follow = False
            continue
        head = min(end, start + OPENING_REACH)  # the cues hold no lookbehind: read in place
        if section != "review" and _TARGETS_OPENING.search(text, start, head):
            result[index] = "targets"
            problems_follow = points_follow = False
        elif _PROBLEMS_OPENING.search(text, start, head):
            result[index] = "problems"
            problems_follow = end - start <= SHORT_OPENING
            points_follow = True
        elif (points_follow and _POINT.match(text, start, end)) or (
            problems_follow
            and _PROBLEM_WORDS.search(text, start, head)
            and not _RESOLVE.match(text, start, end)
        ):
            result[index] = "problems"
        else:
            problems_follow = points_follow = False
            if _THANKS.search(text, start, end):
                result[index] = "thanks"
    return result


def is_closing(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a paragraph near the end (``text[start:end]``) is the final appeal
    (让我们…而奋斗！)."""
    return _CLOSING.search(text, start, len(text) if end is None else end) is not None


def settle_kinds(text: str, drafts: ItemDrafts, roots: list[SectionDraft]) -> dict[int, str | None]:
    """Settle every kind of a report (normalised ``text``): the sections' (returned, by the
    section draft's id) and the items' (set on ``drafts``), the final appeal included."""
    kinds: dict[int, str | None] = {}
    top = dict(
        zip(
            map(id, roots),
            top_kinds([text[slice(*root.heading.title)] for root in roots]),
            strict=True,
        )
    )
    # A loop over (section, parent's kind): a nested recursive function would be a
    # reference cycle, kept with all it holds until the next garbage collection.
    stack: list[tuple[SectionDraft, str | None]] = [(root, None) for root in reversed(roots)]
    while stack:
        section, parent = stack.pop()
        start, end = section.heading.title
        kind = top[id(section)] if id(section) in top else section_kind(text[start:end], parent)
        kinds[id(section)] = kind
        stack.extend((child, kind) for child in reversed(section.children))
    drafts.preamble[:] = _with_kinds(text, drafts.preamble, None)
    for key, section_drafts in drafts.by_section.items():
        section_drafts[:] = _with_kinds(text, section_drafts, kinds[key])
    for container, index in drafts.in_order(roots)[-CLOSING_ITEMS:]:
        draft = container[index]
        if draft.kind is None and is_closing(text, *_extent(draft)):
            container[index] = ItemDraft(draft.segments, draft.lead, "closing")
    return kinds


def top_kinds(titles: Sequence[str]) -> list[str | None]:
    """The kinds of a report's top headings, in order: each by its words and grammar
    (:func:`section_kind`), and a heading of no kind that names a later year than a review
    among them is the plan (``2024年工作回顾`` … ``2025年目标任务``, ``关于2025年工作``): a
    report reviews one year and plans the next."""
    kinds = [section_kind(title) for title in titles]
    reviewed = [
        int(year[1])
        for title, kind in zip(titles, kinds, strict=True)
        if kind == "review" and (year := _YEAR.search(title))
    ]
    if not reviewed:
        return kinds
    last = max(reviewed)
    return [
        "plan" if kind is None and (year := _YEAR.search(title)) and int(year[1]) > last else kind
        for title, kind in zip(titles, kinds, strict=True)
    ]


def _extent(draft: ItemDraft) -> Span:
    return draft.segments[0][0], draft.segments[-1][1]


def _with_kinds(text: str, drafts: list[ItemDraft], section: str | None) -> list[ItemDraft]:
    kinds = paragraph_kinds(
        text, [_extent(draft) for draft in drafts], [draft.kind for draft in drafts], section
    )
    return [
        draft if kind == draft.kind else ItemDraft(draft.segments, draft.lead, kind)
        for draft, kind in zip(drafts, kinds, strict=True)
    ]


def metric_status(item_kind: str | None, section_kind: str | None) -> str:
    """The status of an item's figures when its sentence states none: a targets paragraph
    and a plan section set targets; everything else reports actuals."""
    return "target" if item_kind == "targets" or section_kind == "plan" else "actual"
