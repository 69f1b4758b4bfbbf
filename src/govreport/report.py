"""Building the model: drafts in normalised offsets → objects with the caller's offsets."""

from __future__ import annotations

from bisect import bisect_right

import regex

from govreport.front import Front
from govreport.items import ItemDraft, paragraph_items
from govreport.model import Block, Item, Metadata, Report, Section, Span
from govreport.normalize import NormalizedText
from govreport.segment import ParagraphUnit
from govreport.tree import SectionDraft

# Characters deleted for matching that are not whitespace to ``str.isspace``.
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")


class ReportBuilder:
    """Collects the blocks of one report and builds the :class:`Report`."""

    def __init__(self, norm: NormalizedText, part: Span) -> None:
        self.norm = norm
        self.span = self._part_span(part)
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
        title_span = front.title
        metadata = Metadata(title=self._clean(title_span).strip() if title_span else None)
        report = Report(
            text=self.norm.original,
            span=self.span,
            metadata=metadata,
            front=sorted(self.front, key=lambda block: block.span),
            preamble=self._items(preamble),
            sections=[self._section(draft) for draft in roots],
            chrome=self.chrome,
        )
        self._cover_invisible(report)
        self.chrome.sort(key=lambda block: block.span)
        return report

    def _clean(self, span: Span) -> str:
        return self.norm.clean[span[0] : span[1]]

    def _section(self, draft: SectionDraft) -> Section:
        heading = draft.heading
        section = Section(
            title=self._clean(heading.title).strip(),
            marker=self._clean(heading.marker) if heading.marker else None,
            number=draft.number,
            level=draft.depth + 1,
            span=self.original_span((heading.start, heading.end)),
            detector=heading.detector,
        )
        section.items.extend(self._items(draft.paragraphs))
        section.children.extend(self._section(child) for child in draft.children)
        return section

    def _items(self, paragraphs: list[ParagraphUnit]) -> list[Item]:
        return [
            self._item(draft)
            for paragraph in paragraphs
            for draft in paragraph_items(self.norm.text, paragraph)
        ]

    def _item(self, draft: ItemDraft) -> Item:
        segments = [self.original_span(segment) for segment in draft.segments]
        return Item(
            text="".join(self._clean(segment) for segment in draft.segments),
            span=(segments[0][0], segments[-1][1]),
            lead=self._clean(draft.lead) if draft.lead else None,
            kind=draft.kind,
            segments=tuple(segments) if len(segments) > 1 else (),
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
