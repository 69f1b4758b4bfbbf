"""Assembling the model: drafts in normalised offsets → objects with the caller's offsets.

The parser's stages work on the normalised text; this module only maps their results back
to the caller's string (:meth:`~govreport._normalize.NormalizedText.span_to_original`) and
builds the :class:`~govreport._model.Report`, its sections, items, blocks and figures.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import attrs

from govreport._chrome import invisible_chrome
from govreport._figures import Figures, placed
from govreport._head import HEAD_CHARS
from govreport._indicators import IndicatorTable
from govreport._items import ItemDraft, ItemDrafts
from govreport._metadata import MetadataSources
from govreport._metrics import Dated, to_metric
from govreport._model import (
    Block,
    Item,
    Metadata,
    Quantity,
    Report,
    Section,
    SharedText,
    Span,
    new_item,
    new_quantity,
)
from govreport._normalize import NormalizedText
from govreport._tree import SectionDraft

OPENING_ITEMS = 3
"""Preamble items read for the government's name and the meeting."""

PLAN_OPENING_ITEMS = 2
"""Items of each top plan section read for the year it states (``2013年是…``)."""


class Assembler:
    """Builds the objects of one report part of a normalised text."""

    def __init__(
        self, norm: NormalizedText, part: Span, indicators: IndicatorTable | None = None
    ) -> None:
        self.norm = norm
        self.indicators = indicators
        self.metric_dates: dict[int, Dated] = {}  # id(metric) → the dates of its draft
        self.shared = SharedText(norm.original)
        start, end = part
        self.span: Span = (
            0 if start == 0 else norm.to_original(start),
            len(norm.original) if end >= len(norm.text) else norm.to_original(end),
        )

    def original_span(self, span: Span) -> Span:
        """A normalised span in the caller's offsets."""
        return self.norm.span_to_original(*span)

    def block(self, kind: str, span: Span, role: str) -> Block:
        """A block of the caller's text over a normalised span."""
        start, end = self.original_span(span)
        return Block(kind, self.norm.original[start:end], (start, end), role)

    def _clean(self, span: Span) -> str:
        return self.norm.clean_slice(*span)

    def sections(
        self,
        roots: list[SectionDraft],
        drafts: ItemDrafts,
        kinds: dict[int, str | None],
        figures: dict[int, Figures],
    ) -> list[Section]:
        """The sections of the tree, with their items; each item's draft and figures are
        taken out of ``drafts`` and ``figures`` as the item is built, so that they are freed
        as the report grows."""
        return [self._section(root, drafts, kinds, figures) for root in roots]

    def _section(
        self,
        draft: SectionDraft,
        drafts: ItemDrafts,
        kinds: dict[int, str | None],
        figures: dict[int, Figures],
    ) -> Section:
        heading = draft.heading
        section = Section(
            title=self._clean(heading.title).strip(),
            marker=self._clean(heading.marker) if heading.marker else None,
            number=draft.number,
            level=draft.depth + 1,
            span=self.original_span((heading.start, heading.end)),
            detector=heading.detector,
            kind=kinds[id(draft)],
        )
        # each draft goes as its item is made, for peak memory
        items, item = section.items, self.item
        for item_draft in drafts.by_section.pop(id(draft)):
            items.append(item(item_draft, figures.pop(id(item_draft)), section))
        children = section.children
        for child in draft.children:
            children.append(self._section(child, drafts, kinds, figures))
        return section

    def item(self, draft: ItemDraft, figures: Figures, section: Section | None = None) -> Item:
        """An item with its quantities and metrics in the caller's offsets."""
        norm = self.norm
        pieces = draft.segments
        origin, end = pieces[0][0], pieces[-1][1]
        shift = norm.shift_over(origin, end)
        lead = None
        if draft.lead is not None:
            lead_start, lead_end = draft.lead
            lead = (
                norm.clean_slice(lead_start, lead_end)
                if shift is None
                else norm.original[lead_start + shift : lead_end + shift]  # nothing deleted
            )
        text: str | SharedText
        segments: tuple[Span, ...] = ()
        if len(pieces) == 1 and shift is not None:
            # no deletion inside: the item reads as the caller's slice over its span
            span = pieces[0] if not shift else (origin + shift, end + shift)
            text = self.shared
        else:
            spans = [self.original_span(segment) for segment in pieces]
            text = "".join(self._clean(segment) for segment in pieces)
            span, segments = (spans[0][0], spans[-1][1]), _joined(spans)
        in_text = figures.in_text
        if not in_text:  # no figure, no metric
            return new_item(text, span, lead, draft.kind, [], [], segments)
        original = norm.original
        if shift is None:
            quantities = [self._finish(quantity, 0) for quantity in in_text]
        else:  # no deletion inside the item: every quantity moves by one shift (often none)
            quantities = _shifted(in_text, shift, original)
        if not figures.metrics:
            return new_item(text, span, lead, draft.kind, quantities, [], segments)
        # the metric drafts name their quantities by their spans in the item
        finished = {
            (quantity.span[0] - origin, quantity.span[1] - origin): done
            for quantity, done in zip(in_text, quantities, strict=True)
        }
        to_original: Callable[[int, int], Span]
        if shift is None:
            to_original = functools.partial(self._shifted_span, origin)
            clean = norm.clean_slice(origin, end)
        else:  # nothing deleted inside the item: every span moves by one shift
            to_original = functools.partial(self._moved_span, origin, origin + shift)
            clean = original[origin + shift : end + shift]
        metrics = [
            to_metric(
                metric, to_original, original, clean, section, finished, indicators=self.indicators
            )
            for metric in figures.metrics
        ]
        self.metric_dates.update(
            (id(metric), draft.dates())
            for metric, draft in zip(metrics, figures.metrics, strict=True)
        )
        return new_item(text, span, lead, draft.kind, quantities, metrics, segments)

    def _shifted_span(self, origin: int, start: int, end: int) -> Span:
        return self.original_span((start + origin, end + origin))

    def _moved_span(self, origin: int, shift: int, start: int, end: int) -> Span:
        """An item's span moved by its one ``shift`` (an empty one mapped as the text's)."""
        if start < end:
            return start + shift, end + shift
        return self._shifted_span(origin, start, end)

    def _finish(self, quantity: Quantity, origin: int) -> Quantity:
        """A quantity read at ``origin`` of the normalised text, in the caller's offsets."""
        start, end = self._shifted_span(origin, *quantity.span)
        return placed(quantity, (start, end), self.norm.original[start:end])

    def report(
        self,
        metadata: Metadata,
        front: list[Block],
        preamble: list[Item],
        sections: list[Section],
        chrome: list[Block],
    ) -> Report:
        """The finished report; zero-width characters no block holds become chrome."""
        report = Report(
            text=self.norm.original,
            span=self.span,
            metadata=metadata,
            front=sorted(front, key=lambda block: block.span),
            preamble=preamble,
            sections=sections,
            chrome=sorted(chrome, key=_by_span),
        )

        def spans() -> Iterator[Span]:  # the spans of report.blocks(), without the blocks
            yield from (block.span for block in report.chrome)
            yield from (block.span for block in report.front)
            yield from (section.span for section in report.walk())
            for item in report.items():
                yield from item.segments or (item.span,)

        invisible = invisible_chrome(self.norm, self.span, spans)
        if not invisible:
            return report
        return attrs.evolve(report, chrome=sorted([*chrome, *invisible], key=_by_span))


def _joined(segments: list[Span]) -> tuple[Span, ...]:
    """An item's segments as the model holds them: none for an item of one piece."""
    return tuple(segments) if len(segments) > 1 else ()


def _by_span(block: Block) -> Span:
    return block.span


def metadata_sources(
    front: list[Block],
    chrome: list[Block],
    drafts: ItemDrafts,
    roots: list[SectionDraft],
    kinds: dict[int, str | None],
    norm: NormalizedText,
    part: Span,
) -> MetadataSources:
    """What metadata is read from: title lines, page chrome, the opening items, the body,
    the top headings, and the start of the report's part of ``norm`` (normalised and as
    written) for the page's own lines.  Read from the drafts, as the items and sections
    will read (before their figures are: the whole body is a copy of most of the text)."""
    clean = norm.clean_slice

    def text_of(draft: ItemDraft) -> str:
        return "".join(clean(start, end) for start, end in draft.segments)

    start, end = part
    head_end = min(end, start + HEAD_CHARS)
    return MetadataSources(
        front=front,
        chrome=chrome,
        opening=[text_of(draft) for draft in drafts.preamble[:OPENING_ITEMS]],
        body="".join(
            [clean(start, end) for draft in drafts.ordered(roots) for start, end in draft.segments]
        ),
        headings=[(clean(*root.heading.title).strip(), kinds[id(root)]) for root in roots],
        head=norm.text[start:head_end],
        head_clean=norm.clean_slice(start, head_end),
        junk=norm.junk,
        plan_openings=[
            text_of(draft)
            for root in roots
            if kinds[id(root)] == "plan"
            for draft in drafts.of(root)[:PLAN_OPENING_ITEMS]
        ],
    )


def _shifted(quantities: list[Quantity], shift: int, original: str) -> list[Quantity]:
    """``quantities`` moved by ``shift`` into ``original``, reading as written there (the
    same object when nothing changes: quantities are frozen; the same text when it reads
    the same)."""
    moved = []
    for quantity in quantities:
        start, end = quantity.span
        start += shift
        end += shift
        text = original[start:end]
        if text == quantity.text:
            if not shift:
                moved.append(quantity)
                continue
            text = quantity.text
        moved.append(
            new_quantity(
                text,
                (start, end),
                quantity.value,
                quantity.unit,
                quantity.kind,
                quantity.high,
                quantity.approx,
            )
        )
    return moved
