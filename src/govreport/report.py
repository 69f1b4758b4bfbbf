"""Building the model: drafts in normalised offsets → objects with the caller's offsets."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right

import attrs
import regex

from govreport.front import Front
from govreport.head import HEAD_CHARS
from govreport.items import ItemDraft, paragraph_items
from govreport.kinds import is_closing, paragraph_kinds, section_kind
from govreport.metadata import MetadataSources, read_metadata
from govreport.metrics import heading_period, read_metrics, to_metric
from govreport.model import Block, Item, Quantity, Report, Section, Span
from govreport.normalize import NormalizedText
from govreport.quantities import extract_quantities
from govreport.segment import ParagraphUnit
from govreport.tree import SectionDraft

# Characters deleted for matching that are not whitespace to ``str.isspace``.
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")


OPENING_ITEMS = 3
"""Preamble items read for the government's name and the meeting."""

CLOSING_ITEMS = 2
"""The final appeal is among the last this many items of a report."""


class _Drafts:
    """The item drafts of every container, and the kinds of sections and items."""

    def __init__(self, text: str, preamble: list[ParagraphUnit], roots: list[SectionDraft]):
        self.text = text
        sections = _walk(roots)
        self._split = {id(section): self._items(section.paragraphs) for section in sections}
        self.kinds: dict[int, str | None] = {}
        for root in roots:
            self._settle_section_kinds(root, None)
        self.preamble = self._with_kinds(self._items(preamble), None)
        self._by_section = {
            id(section): self._with_kinds(self._split[id(section)], self.kinds[id(section)])
            for section in sections
        }
        order = [(self.preamble, index) for index in range(len(self.preamble))]
        for section in sections:
            drafts = self._by_section[id(section)]
            order.extend((drafts, index) for index in range(len(drafts)))
        for container, index in order[-CLOSING_ITEMS:]:
            draft = container[index]
            if draft.kind is None and is_closing(self._text(draft)):
                container[index] = attrs.evolve(draft, kind="closing")

    def _text(self, draft: ItemDraft) -> str:
        return self.text[draft.segments[0][0] : draft.segments[-1][1]]

    def _items(self, paragraphs: list[ParagraphUnit]) -> list[ItemDraft]:
        text = self.text
        return [draft for paragraph in paragraphs for draft in paragraph_items(text, paragraph)]

    def _settle_section_kinds(self, section: SectionDraft, parent: str | None) -> None:
        start, end = section.heading.title
        kind = section_kind(self.text[start:end], parent)
        self.kinds[id(section)] = kind
        for child in section.children:
            self._settle_section_kinds(child, kind)

    def _with_kinds(self, drafts: list[ItemDraft], section: str | None) -> list[ItemDraft]:
        texts = [self._text(draft) for draft in drafts]
        kinds = paragraph_kinds(texts, [draft.kind for draft in drafts], section)
        return [
            draft if kind == draft.kind else attrs.evolve(draft, kind=kind)
            for draft, kind in zip(drafts, kinds, strict=True)
        ]

    def of(self, section: SectionDraft) -> list[ItemDraft]:
        """The item drafts directly under ``section``."""
        return self._by_section[id(section)]


def _walk(sections: list[SectionDraft]) -> list[SectionDraft]:
    found: list[SectionDraft] = []
    for section in sections:
        found.append(section)
        found.extend(_walk(section.children))
    return found


class ReportBuilder:
    """Collects the blocks of one report and builds the :class:`Report`."""

    def __init__(self, norm: NormalizedText, part: Span) -> None:
        self.norm = norm
        self.span = self._part_span(part)
        start, end = part
        self._offset = start  # quantities are read in the part alone
        self._part_end = end
        self._quantities = extract_quantities(norm.text[start:end])
        self._quantity_starts = [quantity.span[0] + start for quantity in self._quantities]
        self.chrome: list[Block] = []
        self.front: list[Block] = []

    def _part_span(self, part: Span) -> Span:
        start, end = part
        original = self.norm.original
        return (
            0 if start == 0 else self.norm.to_original(start),
            len(original) if end >= len(self.norm.text) else self.norm.to_original(end),
        )

    def original_span(self, span: Span) -> Span:
        """A normalised span in the caller's offsets."""
        return self.norm.span_to_original(*span)

    def add_chrome(self, span: Span, role: str) -> None:
        """Set a normalised span aside as page chrome."""
        self.chrome.append(self._block("chrome", span, role))

    def add_front(self, span: Span, role: str) -> None:
        """Record a title line (title, subtitle, speaker)."""
        self.front.append(self._block("title", span, role))

    def _block(self, kind: str, span: Span, role: str) -> Block:
        start, end = self.original_span(span)
        return Block(kind, self.norm.original[start:end], (start, end), role)

    def build(
        self, front: Front, preamble: list[ParagraphUnit], roots: list[SectionDraft]
    ) -> Report:
        """The finished report."""
        drafts = _Drafts(self.norm.text, preamble, roots)
        preamble_items = [self._item(draft) for draft in drafts.preamble]
        sections = [self._section(root, drafts) for root in roots]
        items = [*preamble_items, *(item for s in sections for item in s.all_items())]
        metadata = read_metadata(
            MetadataSources(
                front=self.front,
                chrome=self.chrome,
                opening=[item.text for item in preamble_items[:OPENING_ITEMS]],
                body="".join(item.text for item in items),
                headings=[(section.title, section.kind) for section in sections],
                head=self.norm.text[self._offset : self._part_end][:HEAD_CHARS],
                head_clean=self.norm.clean[self._offset : self._part_end][:HEAD_CHARS],
            )
        )
        report = Report(
            text=self.norm.original,
            span=self.span,
            metadata=metadata,
            front=sorted(self.front, key=lambda block: block.span),
            preamble=preamble_items,
            sections=sections,
            chrome=self.chrome,
        )
        self._cover_invisible(report)
        self.chrome.sort(key=lambda block: block.span)
        return report

    def _clean(self, span: Span) -> str:
        return self.norm.clean[span[0] : span[1]]

    def _section(self, draft: SectionDraft, drafts: _Drafts, period: str | None = None) -> Section:
        heading = draft.heading
        section = Section(
            title=self._clean(heading.title).strip(),
            marker=self._clean(heading.marker) if heading.marker else None,
            number=draft.number,
            level=draft.depth + 1,
            span=self.original_span((heading.start, heading.end)),
            detector=heading.detector,
            kind=drafts.kinds[id(draft)],
        )
        period = heading_period(self.norm.text[heading.start : heading.end]) or period
        section.items.extend(self._item(item, section, period) for item in drafts.of(draft))
        section.children.extend(self._section(child, drafts, period) for child in draft.children)
        return section

    def _item(
        self, draft: ItemDraft, section: Section | None = None, period: str | None = None
    ) -> Item:
        segments = [self.original_span(segment) for segment in draft.segments]
        start, end = draft.segments[0][0], draft.segments[-1][1]
        # Quantities in the item's own offsets for reading metrics, and as finished objects.
        local = [q for segment in draft.segments for q in self._quantities_in(segment, start)]
        finished = {quantity.span: self._finish(quantity, start) for quantity in local}
        target = draft.kind == "targets" or (section is not None and section.kind == "plan")
        status = "target" if target else "actual"
        drafts = read_metrics(self.norm.text[start:end], local, status, period)
        to_original = functools.partial(self._shifted_span, start)
        clean = self.norm.clean[start:end]
        return Item(
            text="".join(self._clean(segment) for segment in draft.segments),
            span=(segments[0][0], segments[-1][1]),
            lead=self._clean(draft.lead) if draft.lead else None,
            kind=draft.kind,
            quantities=list(finished.values()),
            metrics=[
                to_metric(metric, to_original, self.norm.original, clean, section, finished)
                for metric in drafts
            ],
            segments=tuple(segments) if len(segments) > 1 else (),
        )

    def _quantities_in(self, segment: Span, origin: int) -> list[Quantity]:
        """The quantities lying wholly inside a normalised span, with spans from ``origin``."""
        start, end = segment
        first = bisect_left(self._quantity_starts, start)
        last = bisect_left(self._quantity_starts, end)
        shift = self._offset - origin
        return [
            Quantity(
                q.text,
                (q.span[0] + shift, q.span[1] + shift),
                q.value,
                q.unit,
                q.kind,
                q.high,
                q.approx,
            )
            for q in self._quantities[first:last]
            if q.span[1] + self._offset <= end
        ]

    def _shifted_span(self, origin: int, start: int, end: int) -> Span:
        return self.original_span((start + origin, end + origin))

    def _finish(self, quantity: Quantity, origin: int) -> Quantity:
        """A quantity read at ``origin`` of the normalised text, with the caller's offsets."""
        start, end = self._shifted_span(origin, *quantity.span)
        return Quantity(
            self.norm.original[start:end],
            (start, end),
            quantity.value,
            quantity.unit,
            quantity.kind,
            quantity.high,
            quantity.approx,
        )

    def _cover_invisible(self, report: Report) -> None:
        """Zero-width characters outside every block become chrome, so nothing is lost."""
        start, end = self.span
        found = list(_INVISIBLE.finditer(self.norm.original, start, end))
        if not found:
            return
        spans = sorted(block.span for block in report.blocks())
        starts = [span[0] for span in spans]
        for match in found:
            for position in range(match.start(), match.end()):
                index = bisect_right(starts, position) - 1
                if index < 0 or spans[index][1] <= position:
                    text = self.norm.original[position]
                    self.chrome.append(Block("chrome", text, (position, position + 1), "invisible"))
