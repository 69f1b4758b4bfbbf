"""The tree builder: from a flat run of headings and paragraphs to nested sections.

Detectors only say "this looks like marker X number n".  Here the numbering decides the
nesting:

- a heading continues the innermost open sequence of its family whose next number it is
  (where two could continue, the one whose headings are laid out like it: a heading on a
  line of its own continues headings on lines of their own, a point with its body on the
  same line continues such points);
- a family not open yet starts a level below the current one (the unnumbered parts of a
  report, ``level_hint`` 0, always at the top); only a list of points with
  their body on the line is closed first when the new family is usually higher
  (``（一）`` after ``1. 激活产业升级。…`` closes the ``1.`` points);
- a sequence that restarts at 1 nests under the current heading (``一、`` under
  ``二、下半年工作重点``);
- but where the report's top numbered sequence restarts and one short line stands alone
  before each of its runs, those lines are its unmarked parents, inferred parts (national
  1984: ``关于国内建设`` / ``一、`` … ``关于外交工作`` / ``一、`` …); and where a sequence below
  the top restarts after one such line shaped like its parent's title, that line is the
  parent's next sibling, which lost its marker;
- a first-level family opening past 1 (``二、``) after an unmarked part continues it at the
  top when the part's sub-headings are open or the heading names a part itself: the part
  lost its ``一、``; so it does when the heading-like lines between the part's body and a
  ``三、`` or later are as many as the numbers between (the part and those lines lost them);
- a marker whose numeral was lost (``)发展后劲…``) takes the next number of its family;
- a gap in a sequence (``（二）`` then ``（四）``) is filled by an unmarked, heading-like
  line standing where the missing sibling should be, which becomes an inferred heading
  (``marker=None``); with no such line the gap stays (between run-in siblings, a paragraph
  opening with a title-shaped sentence, where only one does);
- a sequence closed by a higher heading takes the one title-shaped line after its last
  sibling's body as the sibling that lost its marker;
- a number jumping ahead of its sequence while a later sibling continues the sequence
  where it was (``一、`` … ``六、`` … ``二、``) is a stray, not a heading;
- a number going backwards is not a heading: the line stays a paragraph, and so is a
  heading that would nest deeper than :data:`MAX_DEPTH` or open its family a third time;
- a heading heads a body: one with nothing after it (a page cut off right after it) stays
  a paragraph.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable

from govreport._compiled import compile_regex
from govreport._salutation import SALUTATION
from govreport._segment import HeadingUnit, ParagraphUnit, Unit

INFERRED = "inferred"
"""Detector name of headings inferred from unmarked lines."""

MAX_INFERENCES = 64
MAX_DEPTH = 8
"""Deepest nesting of sections; real reports use four or five levels."""
STRAY_REACH = 400
STRAY_SIBLINGS = 3
"""A number jumping ahead is a stray when one of the next :data:`STRAY_SIBLINGS` headings of
its family, within :data:`STRAY_REACH` units, continues the sequence where it was."""
MAX_OPEN_PER_FAMILY = 2
"""A family may be open at two depths at once (``一、`` under ``二、``), not more."""

_HEADING_LIKE = compile_regex(
    r"(?=(?:.*?\p{Han}){4})"  # at least four Han characters
    r"[^。!?;:]{4,40}"  # short, and no sentence ends inside
)
_NOT_HEADING_END = compile_regex(r"[,、(“\"《]$")


class _Open:
    family: str
    number: int
    level_hint: int
    whole_line: bool
    unit: int  # index of the heading in the unit list

    __slots__ = ("family", "level_hint", "number", "unit", "whole_line")

    def __init__(
        self,
        family: str,
        number: int,
        level_hint: int,
        whole_line: bool,
        unit: int,
    ) -> None:
        self.family = family
        self.number = number
        self.level_hint = level_hint
        self.whole_line = whole_line
        self.unit = unit


class Placement:
    """Where each heading goes: ``depth`` (0 = top) and the number it stands for."""

    depth: int
    number: int

    __slots__ = ("depth", "number")

    def __init__(self, depth: int, number: int) -> None:
        self.depth = depth
        self.number = number


def place_headings(
    units: list[Unit],
    text: str,
    heading_like: Callable[[str], bool] | None = None,
    part_like: Callable[[int, int], bool] | None = None,
) -> dict[int, Placement]:
    """Decide the depth and number of every heading in ``units``.

    ``heading_like`` says whether an unmarked line could be a lost sibling;
    ``part_like(start, end)`` whether ``text[start:end]`` names a part of a report.

    Modifies ``units``: inferred headings replace the paragraphs they were found in, and
    headings that break their sequence are turned back into paragraphs.
    """
    is_heading_like = heading_like or looks_like_heading
    is_part = part_like or (lambda start, end: False)
    if units and isinstance(units[-1], HeadingUnit):
        units[-1] = _as_paragraph(units[-1])  # nothing follows: the text was cut after it
    _infer_restart_parents(units, text, is_heading_like)
    for _ in range(MAX_INFERENCES):
        placements, inference = _place_once(units, text, is_heading_like, is_part)
        if inference is None:
            return placements
        for index, replacement in reversed(inference):
            units[index : index + 1] = replacement
    return _place_once(units, text, lambda _: False, is_part)[0]


Inference = list[tuple[int, list[Unit]]]
"""Paragraphs that become inferred headings: each unit's index and the units replacing it."""


def _place_once(
    units: list[Unit],
    text: str,
    heading_like: Callable[[str], bool],
    part_like: Callable[[int, int], bool],
) -> tuple[dict[int, Placement], Inference | None]:
    stack: list[_Open] = []
    placements: dict[int, Placement] = {}
    lone = _LoneLines(units, text, heading_like)
    for index, unit in enumerate(units):
        if not isinstance(unit, HeadingUnit):
            continue
        family, number = unit.family, unit.number
        levels = [depth for depth, level in enumerate(stack) if level.family == family]
        gap: range | None = None
        region_start = 0
        if number is None:  # a lost numeral: the next one of its family
            if levels:
                depth = levels[-1]
                number = stack[depth].number + 1
            else:
                depth, number = _new_level_depth(stack, unit.level_hint), 1
        elif levels:
            following = [depth for depth in levels if stack[depth].number + 1 == number]
            ahead = [depth for depth in levels if stack[depth].number + 1 < number]
            if following:  # the one laid out like it, where two could continue
                depth = (
                    [depth for depth in following if stack[depth].whole_line == unit.whole_line]
                    or following
                )[-1]
            elif number == 1 and (
                lost := _lost_parent(units, text, stack, levels[-1], index, heading_like, lone)
            ):
                return placements, lost
            elif number == 1 and len(levels) < MAX_OPEN_PER_FAMILY:
                depth = len(stack)  # a restart nests under the heading it follows
            elif ahead and _stray(units, index, stack[ahead[-1]].number + 1):
                lone.demote(index)
                continue
            elif ahead:
                depth = ahead[-1]
                gap = range(stack[depth].number + 1, number)
                # Not the line right after the sibling: that one opens the sibling's body.
                region_start = stack[depth].unit + 2
            else:
                lone.demote(index)
                continue
        elif (
            top := _continues_parts(
                units, text, stack, index, number, part_like, heading_like, lone
            )
        ) is not None:
            depth = 0  # the unmarked parts before it were its first numbers
            if top:  # … and the lines between them and it the next ones
                return placements, top
        else:
            depth = _new_level_depth(stack, unit.level_hint)
            if number > 1:
                gap = range(1, number)
                region_start = stack[depth - 1].unit + 1 if depth else 0
        if depth >= MAX_DEPTH:
            lone.demote(index)
            continue
        if gap and (
            inferred := _infer(
                units, text, unit, gap, region_start, index, heading_like, between=bool(levels)
            )
        ):
            return placements, inferred
        if depth < len(stack) and (
            last := _lost_last(units, text, stack, depth, index, heading_like, lone)
        ):
            return placements, last
        del stack[depth:]
        stack.append(_Open(family, number, unit.level_hint, unit.whole_line, index))
        placements[index] = Placement(depth, number)
    return placements, None


def _infer_restart_parents(
    units: list[Unit], text: str, heading_like: Callable[[str], bool]
) -> None:
    """Turn the unmarked parent headings of a report's top numbered sequence into inferred
    parts, where that sequence restarts: ``（一）`` … ``（八）``, then ``（一）`` again.

    A sequence of one style starts again at 1 only under a new parent (the ranks of GB/T
    9704: ``一、`` above ``（一）`` above ``1.``).  So when the highest numbered family
    restarts and no heading above it is marked, each of its runs (the first one included)
    has lost its parent's marker, or its parents were never numbered: the parent is the one
    heading-like line standing alone before the run, after the last heading before it and
    that heading's first paragraph (the opening of its body).  Only when every run has
    exactly one such line do they all become parts (``level_hint`` 0, ``marker=None``);
    otherwise nothing changes.
    """
    headings = [
        (index, unit)
        for index, unit in enumerate(units)
        if isinstance(unit, HeadingUnit) and unit.number is not None
    ]
    if not headings:
        return
    top = min(unit.level_hint for _, unit in headings)
    family = next(unit.family for _, unit in headings if unit.level_hint == top)
    numbers = [(index, unit) for index, unit in headings if unit.family == family]
    runs = [index for index, unit in numbers if unit.number == 1]
    if len(runs) < 2 or numbers[0][1].number != 1:
        return
    previous_number = 0
    for _, unit in numbers:  # each run counts 1, 2, 3 … (no gaps, no strays)
        if unit.number not in (1, previous_number + 1):
            return
        previous_number = unit.number or 0
    last_before: dict[int, int] = {}  # each run's start → the last heading before it
    last = -1
    starts = set(runs)
    for index, each in enumerate(units):
        if index in starts:
            last_before[index] = last
        if isinstance(each, HeadingUnit):
            last = index
    parents = []
    for run_start in runs:
        before = last_before[run_start]
        if before >= 0 and _is_part(units[before]):
            continue  # the run's part is marked as one (2024年工作回顾)
        region_start = before + 2 if before >= 0 else 0
        candidates = [
            at
            for at in _lone_lines(units, text, region_start, run_start, heading_like)
            if isinstance(line := units[at], ParagraphUnit) and not line.run_on
        ]
        if len(candidates) != 1:
            return
        parents.append(candidates[0])
    for index in parents:
        paragraph = units[index]
        units[index] = HeadingUnit(
            start=paragraph.start,
            end=paragraph.end,
            marker=None,
            title=(paragraph.start, paragraph.end),
            family="unnumbered",
            number=None,
            level_hint=0,
            detector=INFERRED,
            whole_line=True,
        )


_LINE_REACH = 80
"""Longest span a heading-like line may take (a title is at most 40 characters)."""


def _is_lone_line(unit: Unit, text: str, heading_like: Callable[[str], bool]) -> bool:
    """Whether ``unit`` is a paragraph of one whole line reading as a heading: where a
    heading that lost its marker may stand."""
    return (
        isinstance(unit, ParagraphUnit)
        and unit.whole_line
        and len(unit.segments) == 1
        and unit.end - unit.start <= _LINE_REACH
        and heading_like(text[unit.start : unit.end])
    )


def _lone_lines(
    units: list[Unit], text: str, start: int, end: int, heading_like: Callable[[str], bool]
) -> list[int]:
    """The indexes among ``units[start:end]`` of lone lines (:func:`_is_lone_line`)."""
    return [at for at in range(start, end) if _is_lone_line(units[at], text, heading_like)]


class _LoneLines:
    """The lone lines of ``units`` (:func:`_is_lone_line`) for one placement pass: found as
    far as the questions reach (they move forward with the pass) and kept as the pass turns
    headings back into paragraphs (:meth:`demote`), so that each question costs a search,
    not a walk over the units asked about (the rules ask again at every heading: linear
    time on a text of headings alone)."""

    __slots__ = ("_found", "_scanned", "heading_like", "text", "units")

    def __init__(self, units: list[Unit], text: str, heading_like: Callable[[str], bool]) -> None:
        self.units = units
        self.text = text
        self.heading_like = heading_like
        self._found: list[int] = []
        self._scanned = 0  # units[:_scanned] are looked at

    def between(self, start: int, end: int, most: int) -> list[int]:
        """The indexes of the lone lines in ``units[start:end]``, at most ``most`` of them."""
        if end > self._scanned:
            self._found.extend(
                _lone_lines(self.units, self.text, self._scanned, end, self.heading_like)
            )
            self._scanned = end
        first = bisect_left(self._found, start)
        return [at for at in self._found[first : first + most] if at < end]

    def demote(self, index: int) -> None:
        """Turn the heading ``units[index]`` back into a paragraph (it breaks its sequence)."""
        heading = self.units[index]
        assert isinstance(heading, HeadingUnit)
        self.units[index] = paragraph = _as_paragraph(heading)
        if index < self._scanned and _is_lone_line(paragraph, self.text, self.heading_like):
            insort(self._found, index)


def _is_part(unit: Unit) -> bool:
    return isinstance(unit, HeadingUnit) and unit.level_hint <= 0


def _new_level_depth(stack: list[_Open], level_hint: int) -> int:
    """Depth of a family not open yet: below the innermost level, once points are closed;
    a family above the numbered ones (``level_hint`` 0: the parts of a report) at the top."""
    if level_hint <= 0:
        return 0
    depth = len(stack)
    while depth and stack[depth - 1].level_hint > level_hint and not stack[depth - 1].whole_line:
        depth -= 1
    return depth


def _stray(units: list[Unit], index: int, expected: int) -> bool:
    """Whether the heading at ``index``, numbered past the ``expected`` next one of its
    sequence, is a stray number: a later heading of its family (among the next few, before
    a heading of a higher family or a restart) continues the sequence where it was, before
    any continues from it (a word cut by a line break before ``六、`` in a PDF's dump,
    ``合淮、合`` / ``六、合滁合作园区…``, between ``一、`` and ``二、``; a document-sharing site's
    chunk numbers, 040)."""
    heading = units[index]
    assert isinstance(heading, HeadingUnit) and heading.number is not None
    seen = 0
    for later in units[index + 1 : index + 1 + STRAY_REACH]:
        if not isinstance(later, HeadingUnit):
            continue
        if later.family != heading.family:
            if later.level_hint < heading.level_hint:
                return False
            continue
        if later.number == expected:
            return True
        if later.number in (1, heading.number + 1):
            return False
        seen += 1
        if seen == STRAY_SIBLINGS:
            return False
    return False


def _continues_parts(
    units: list[Unit],
    text: str,
    stack: list[_Open],
    index: int,
    number: int,
    part_like: Callable[[int, int], bool],
    heading_like: Callable[[str], bool],
    lone: _LoneLines,
) -> Inference | None:
    """Whether the heading at ``index``, a first-level family opening past its first number,
    continues the unmarked parts at the top (:func:`_continued_parts`,
    :func:`_lost_after_part`): ``None`` when not, else the lines to infer as its siblings
    (empty when there are none)."""
    unit = units[index]
    assert isinstance(unit, HeadingUnit)
    if _continued_parts(stack, unit, number, part_like):
        return []
    return _lost_after_part(units, text, stack, unit, number, index, heading_like, lone)


def _continued_parts(
    stack: list[_Open], unit: HeadingUnit, number: int, part_like: Callable[[int, int], bool]
) -> bool:
    """Whether a first-level family opening past its first number (``二、…``) continues an
    unmarked part at the top, which lost its ``一、``: when the part's own sub-headings are
    open below it (``2024年工作回顾`` / ``（一）…`` … / ``二、2025年工作安排``), for ``一、``
    outranks ``（一）`` (GB/T 9704), or when the heading's title names a part itself.  A
    series restarting at ``一、`` under an unmarked part nests in it (026), and so does one
    of other titles right under the part's heading."""
    if number <= 1 or unit.level_hint != 1 or not stack or stack[0].level_hint != 0:
        return False
    return (len(stack) >= 2 and stack[1].level_hint > 1) or part_like(*unit.title)


def _lost_after_part(
    units: list[Unit],
    text: str,
    stack: list[_Open],
    heading: HeadingUnit,
    number: int,
    index: int,
    heading_like: Callable[[str], bool],
    lone: _LoneLines,
) -> Inference | None:
    """Where a first-level family opens past ``一、`` right under one unmarked part, whether
    the part was its ``一、``: so when the heading-like lines standing alone between the part's
    body and the heading are as many as the numbers between (``１９９１年国内工作的回顾`` /
    ``抓紧有利时机,加快经济发展`` / ``三、…``: the part and the line lost ``一、`` and ``二、``).
    ``None`` when not; an empty inference when no line is missing; else the lines as the
    missing siblings, at the top."""
    if (
        number < (2 if heading.detector == INFERRED else 3)  # 二、 only as inferred so
        or heading.level_hint != 1
        or len(stack) != 1
        or stack[0].level_hint != 0
        or not heading.whole_line
    ):
        return None
    part = stack[0].unit
    candidates = lone.between(part + 2, index, number - 1)
    if len(candidates) != number - 2:
        return None
    if not candidates:
        return []
    return _infer(
        units, text, heading, range(2, number), candidates[0], index, heading_like
    )  # fmt: skip


def _infer(
    units: list[Unit],
    text: str,
    heading: HeadingUnit,
    gap: range,
    region_start: int,
    region_end: int,
    heading_like: Callable[[str], bool],
    *,
    between: bool = True,
) -> Inference | None:
    """Turn the last heading-like lines before ``region_end`` into the missing siblings.

    Between two siblings with their body on their line (``（一）聚力抓投资促消费，推动经济持续
    稳定增长。深入实施…`` … ``（三）…``), a lost one is a paragraph whose first sentence reads as
    such a title instead: about as long as ``heading``'s, with a comma where it has one, not
    opening with a point's marker, and only where as many paragraphs read so as numbers are
    missing (the bodies' lead sentences read as titles too).  Before the first of a
    sequence (``between`` false) only whole lines are looked for."""
    run_in = not heading.whole_line
    if run_in and not between:
        return None
    candidates = [
        (index, found)
        for index in range(region_start, region_end)
        if isinstance(paragraph := units[index], ParagraphUnit)
        and paragraph.whole_line
        and len(paragraph.segments) == 1
        and (found := _lost_title(text, paragraph, heading, run_in, heading_like)) is not None
    ]
    if not candidates or (run_in and len(candidates) != len(gap)):
        return None  # a body's lead sentences read as titles too: only an unambiguous one
    chosen = candidates[-len(gap) :]
    numbers = list(gap)[: len(chosen)]  # fewer lines than missing numbers: the first ones
    inferred: Inference = []
    for (index, (title_end, heading_end)), number in zip(chosen, numbers, strict=True):
        paragraph = units[index]
        assert isinstance(paragraph, ParagraphUnit)
        replacement: list[Unit] = [
            HeadingUnit(
                start=paragraph.start,
                end=heading_end,
                marker=None,
                title=(paragraph.start, title_end),
                family=heading.family,
                number=number,
                level_hint=heading.level_hint,
                detector=INFERRED,
                whole_line=not run_in,
            )
        ]
        if heading_end < paragraph.end:
            body_start = heading_end
            while text[body_start].isspace():
                body_start += 1
            replacement.append(
                ParagraphUnit([(body_start, paragraph.end)], False, paragraph.run_on)
            )
        inferred.append((index, replacement))
    return inferred


_FIRST_SENTENCE = compile_regex(r"[^。!?;:\n]{4,40}?(?=。)")
_POINT_OPENING = compile_regex(
    r"\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,、]|\d+[.、])"
)


def _lost_title(
    text: str,
    paragraph: ParagraphUnit,
    sibling: HeadingUnit,
    run_in: bool,
    heading_like: Callable[[str], bool],
) -> tuple[int, int] | None:
    """``(title_end, heading_end)`` of the lost sibling ``paragraph`` may be, or ``None``."""
    start, end = paragraph.start, paragraph.end
    if not run_in:
        return (end, end) if heading_like(text[start:end]) else None
    first = _FIRST_SENTENCE.match(text, start, end)
    if first is None or first.end() + 1 >= end or not heading_like(first.group()):
        return None
    if _POINT_OPENING.match(first.group()):
        return None
    if not _alike(first.group(), text[slice(*sibling.title)]):
        return None
    return first.end(), first.end() + 1


def _alike(candidate: str, title: str) -> bool:
    """Whether ``candidate`` is shaped like a sibling's ``title``: half to twice as long, with
    a comma where it has one (``聚力推进协同发展,打造高质量发展动力源``)."""
    return len(title) / 2 <= len(candidate) <= len(title) * 2 and ("," in title) == (
        "," in candidate
    )


def _lost_last(
    units: list[Unit],
    text: str,
    stack: list[_Open],
    depth: int,
    index: int,
    heading_like: Callable[[str], bool],
    lone: _LoneLines,
) -> Inference | None:
    """The last sibling of the innermost sequence, which lost its marker, when the heading at
    ``index`` closes that sequence (``（一）`` ``（二）`` ``聚力促改革,发展活力不断增强`` ``二、``):
    the one heading-like line after the last sibling's body, with a body of its own, shaped
    like that sibling's title.  Nothing is inferred where two lines could be it, or from a
    sequence of one heading."""
    if not stack:
        return None
    innermost = stack[-1]
    sibling = units[innermost.unit]
    assert isinstance(sibling, HeadingUnit)
    closer = units[index]
    assert isinstance(closer, HeadingUnit)
    if depth >= len(stack):
        return None
    closed = len(stack) - 1 > depth or closer.family != innermost.family
    if not closed or innermost.number < 2 or not innermost.whole_line:
        return None
    return _next_sibling(
        units, text, lone.between(innermost.unit + 2, index - 1, 2), sibling,
        innermost.number + 1, heading_like,
    )  # fmt: skip


def _lost_parent(
    units: list[Unit],
    text: str,
    stack: list[_Open],
    depth: int,
    index: int,
    heading_like: Callable[[str], bool],
    lone: _LoneLines,
) -> Inference | None:
    """The next sibling of the sequence above, which lost its marker, when the sequence at
    ``depth`` restarts at the heading at ``index`` (``二、`` … ``（九）`` … ``牢记人民至上,在建设
    服务型政府中践行初心使命`` ``（一）``): a sequence of one style starts again only under a
    new parent.  It is the one heading-like line after the innermost heading's body opens,
    shaped like the parent's title; nothing is inferred where two lines could be it."""
    if depth == 0 or not stack[depth - 1].whole_line:
        return None
    parent = units[stack[depth - 1].unit]
    assert isinstance(parent, HeadingUnit)
    return _next_sibling(
        units, text, lone.between(stack[-1].unit + 2, index, 2), parent,
        stack[depth - 1].number + 1, heading_like,
    )  # fmt: skip


def _next_sibling(
    units: list[Unit],
    text: str,
    candidates: list[int],
    heading: HeadingUnit,
    number: int,
    heading_like: Callable[[str], bool],
) -> Inference | None:
    """``heading``'s sibling numbered ``number``, inferred from the one lone line among
    ``candidates`` shaped like its title; ``None`` where there is none, or two."""
    if len(candidates) != 1:
        return None
    line = units[candidates[0]]
    if not _alike(text[line.start : line.end], text[slice(*heading.title)]):
        return None
    return _infer(
        units, text, heading, range(number, number + 1), candidates[0], candidates[0] + 1,
        heading_like,
    )  # fmt: skip


def _as_paragraph(heading: HeadingUnit) -> ParagraphUnit:
    return ParagraphUnit([(heading.start, heading.end)], whole_line=heading.whole_line)


def looks_like_heading(line: str) -> bool:
    """Whether an unmarked line could be a heading whose marker was lost.

    Short (4–40 characters), at least four Han characters, no sentence end inside, not a
    salutation, not ending mid-phrase: ``社会事业协调发展,群众福祉进一步增强``.
    """
    return (
        _HEADING_LIKE.fullmatch(line) is not None
        and not _NOT_HEADING_END.search(line)
        and not SALUTATION.match(line)
    )


class SectionDraft:
    """A section before it becomes a :class:`~govreport.Section`."""

    heading: HeadingUnit
    depth: int
    number: int
    paragraphs: list[ParagraphUnit]
    children: list[SectionDraft]

    __slots__ = ("children", "depth", "heading", "number", "paragraphs")

    def __init__(
        self,
        heading: HeadingUnit,
        depth: int,
        number: int,
        paragraphs: list[ParagraphUnit] | None = None,
        children: list[SectionDraft] | None = None,
    ) -> None:
        self.heading = heading
        self.depth = depth
        self.number = number
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.children = [] if children is None else children


def build_tree(
    units: list[Unit], placements: dict[int, Placement]
) -> tuple[list[ParagraphUnit], list[SectionDraft]]:
    """Nest placed headings; paragraphs go to the innermost open section (or the preamble)."""
    preamble: list[ParagraphUnit] = []
    roots: list[SectionDraft] = []
    open_sections: list[SectionDraft] = []
    for index, unit in enumerate(units):
        if isinstance(unit, ParagraphUnit):
            (open_sections[-1].paragraphs if open_sections else preamble).append(unit)
            continue
        placement = placements[index]
        del open_sections[placement.depth :]
        draft = SectionDraft(unit, len(open_sections), placement.number)
        (open_sections[-1].children if open_sections else roots).append(draft)
        open_sections.append(draft)
    return preamble, roots


def walk(sections: list[SectionDraft]) -> list[SectionDraft]:
    """Every section draft under ``sections``, depth first, in document order."""
    found: list[SectionDraft] = []
    for section in sections:
        found.append(section)
        found.extend(walk(section.children))
    return found
