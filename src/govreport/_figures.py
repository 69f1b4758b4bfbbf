"""The figures of each item: its quantities and the metrics read from them.

Quantities are found once in the whole report part (with the parser's extractor); each item
takes those lying wholly inside its segments.  Metrics are read per item, with the status
its kind implies (:func:`~govreport._kinds.metric_status`) and the period its nearest heading
states (``上半年工作回顾``).  Offsets here are normalised and relative to the item's start.
"""

from __future__ import annotations

from bisect import bisect_left

from govreport._indicators import Lookup, canonical_indicator
from govreport._items import ItemDraft, ItemDrafts
from govreport._kinds import metric_status
from govreport._metrics import MetricDraft, heading_period, read_metrics
from govreport._model import Quantity, Span, new_quantity
from govreport._quantities import QuantityExtractor
from govreport._tree import SectionDraft


class Figures:
    """An item's quantities as read in the text (spans in the normalised text) and its
    metric drafts (spans relative to the item's start)."""

    in_text: list[Quantity]
    metrics: list[MetricDraft]

    __slots__ = ("in_text", "metrics")

    def __init__(self, in_text: list[Quantity], metrics: list[MetricDraft]) -> None:
        self.in_text = in_text
        self.metrics = metrics


_NO_FIGURES = Figures([], [])
"""The figures of every item with none (most of a report's items): one object, never changed."""


def read_figures(
    text: str,
    part: Span,
    drafts: ItemDrafts,
    roots: list[SectionDraft],
    kinds: dict[int, str | None],
    extractor: QuantityExtractor,
    lookup: Lookup = canonical_indicator,
) -> dict[int, Figures]:
    """The figures of every item draft of a report part, by the draft's id (``lookup``
    resolves indicator names while the sentences are read)."""
    start, end = part
    found = extractor.extract(text[start:end])
    found = all_moved(found, start)  # quantities are read in the part alone
    reader = _Reader(text, found, lookup)
    figures = {id(draft): reader.figures(draft, "actual", None) for draft in drafts.preamble}

    # Sections in document order, each with the period its nearest heading states; a loop,
    # not a nested recursive function, whose reference cycle would keep every figure alive
    # until the next garbage collection.
    stack: list[tuple[SectionDraft, str | None]] = [(root, None) for root in reversed(roots)]
    while stack:
        section, period = stack.pop()
        heading = section.heading
        period = heading_period(text[heading.start : heading.end]) or period
        kind = kinds[id(section)]
        for draft in drafts.of(section):
            figures[id(draft)] = reader.figures(draft, metric_status(draft.kind, kind), period)
        stack.extend((child, period) for child in reversed(section.children))
    return figures


def moved(quantity: Quantity, shift: int) -> Quantity:
    """``quantity`` with its span moved by ``shift`` characters."""
    if not shift:
        return quantity  # frozen: the same object serves
    return placed(quantity, (quantity.span[0] + shift, quantity.span[1] + shift), quantity.text)


def all_moved(quantities: list[Quantity], shift: int) -> list[Quantity]:
    """``quantities``, each :func:`moved` by ``shift`` (the same list for none)."""
    if not shift:
        return quantities
    result = []
    for quantity in quantities:
        start, end = quantity.span
        result.append(
            new_quantity(
                quantity.text,
                (start + shift, end + shift),
                quantity.value,
                quantity.unit,
                quantity.kind,
                quantity.high,
                quantity.approx,
            )
        )
    return result


def placed(quantity: Quantity, span: Span, text: str) -> Quantity:
    """``quantity`` at ``span`` of another string, where it reads ``text``."""
    return new_quantity(
        text, span, quantity.value, quantity.unit, quantity.kind, quantity.high, quantity.approx
    )


class _Reader:
    text: str
    quantities: list[Quantity]  # spans in ``text``
    lookup: Lookup
    starts: list[int]

    __slots__ = ("lookup", "quantities", "starts", "text")

    def __init__(self, text: str, quantities: list[Quantity], lookup: Lookup) -> None:
        self.text = text
        self.quantities = quantities
        self.lookup = lookup
        self.starts = [quantity.span[0] for quantity in quantities]

    def figures(self, draft: ItemDraft, status: str, period: str | None) -> Figures:
        segments = draft.segments
        local = (
            self._inside(segments[0])
            if len(segments) == 1
            else [quantity for segment in segments for quantity in self._inside(segment)]
        )
        if not local:  # no figure, no metric: the item's text is not read
            return _NO_FIGURES
        origin = segments[0][0]
        end = draft.segments[-1][1]
        metrics = read_metrics(
            self.text[origin:end], all_moved(local, -origin), status, period, self.lookup
        )  # the quantities moved to the item are kept only by its metric drafts
        return Figures(local, metrics)

    def _inside(self, segment: Span) -> list[Quantity]:
        start, end = segment
        starts = self.starts
        first = bisect_left(starts, start)
        if first == len(starts) or starts[first] >= end:
            return []  # most items: no quantity starts inside
        last = bisect_left(starts, end, first)
        return [q for q in self.quantities[first:last] if q.span[1] <= end]
