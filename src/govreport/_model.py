"""The document model: what :func:`govreport.parse_report` returns.

A :class:`Report` holds the caller's text unchanged and describes it as a tree of
:class:`Section` objects (numbered headings) holding :class:`Item` objects (paragraphs and
enumerated points), plus page :attr:`Report.chrome` and the title lines in
:attr:`Report.front`.  Every ``span`` is a ``(start, end)`` pair of indexes into
:attr:`Report.text`, the exact string the caller passed in.

All classes are frozen and slotted.  List-valued fields are plain lists for convenience; they
are filled while the report is built and should be treated as read-only afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

Span = tuple[int, int]
"""A ``(start, end)`` pair of indexes into the caller's string: ``text[start:end]``."""


@attrs.frozen
class Block:
    """A leaf of the report, as :meth:`Report.blocks` yields them.

    ``kind`` is ``"chrome"`` (page furniture), ``"title"`` (title, subtitle, speaker lines),
    ``"heading"`` (a section heading) or ``"item"`` (a paragraph or point).  ``text`` is
    exactly ``report.text[span[0]:span[1]]``.  ``role`` refines the kind: the chrome rule that
    matched (``"source"``, ``"font_controls"``, ``"index_table"``, ``"advert"`` …) or the title
    line's role (``"title"``, ``"subtitle"``, ``"speaker"``).
    """

    kind: str
    text: str
    span: Span
    role: str | None = None


@attrs.frozen
class Quantity:
    """A number with its unit, as written in the text.

    ``value`` is exact (:class:`~decimal.Decimal`) and already scaled by 万/亿/千…
    (``41.1亿元`` → ``Decimal("4110000000")``, unit ``"元"``).  For a range, ``value`` is the
    low end and ``high`` the high end.  ``approx`` keeps a qualifier as written (``约``,
    ``近``, ``超过``, ``余``, ``左右`` …).  ``kind`` is one of ``amount`` (money),
    ``percent``, ``change`` (percentage points), ``ratio`` (multiples), ``count``
    (people, firms, items …), ``measure`` (area, length, mass …), ``number`` (a scaled
    number without unit).
    """

    text: str
    span: Span
    value: Decimal
    unit: str | None
    kind: str
    high: Decimal | None = None
    approx: str | None = None


_QuantityMaker = Callable[
    [str, Span, Decimal, str | None, str, Decimal | None, str | None], Quantity
]


def _quantity_factory() -> _QuantityMaker:
    # The slots' setters live in the closure: no global look-ups in the hottest constructor.
    new = object.__new__
    set_text, set_span, set_value, set_unit, set_kind, set_high, set_approx = (
        Quantity.__dict__[field.name].__set__ for field in attrs.fields(Quantity)
    )

    def new_quantity(
        text: str,
        span: Span,
        value: Decimal,
        unit: str | None,
        kind: str,
        high: Decimal | None,
        approx: str | None,
    ) -> Quantity:
        """``Quantity(text, span, value, unit, kind, high, approx)``, faster: the slots are
        set directly rather than through the frozen class's ``object.__setattr__`` (one
        quantity is built per figure, and again as it moves into the caller's offsets)."""
        quantity: Quantity = new(Quantity)
        set_text(quantity, text)
        set_span(quantity, span)
        set_value(quantity, value)
        set_unit(quantity, unit)
        set_kind(quantity, kind)
        set_high(quantity, high)
        set_approx(quantity, approx)
        return quantity

    return new_quantity


new_quantity = _quantity_factory()


@attrs.frozen
class Indicator:
    """A canonical economic or social indicator, e.g. ``industrial_output_above_scale``."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    category: str | None = None


@attrs.frozen
class Metric:
    """An indicator with its figures, e.g. ``规上工业产值26.62亿元,比增7.6%``.

    ``growth`` is the signed percent change (``下降3.2%`` → ``Decimal("-3.2")``) and
    ``change`` the figure it was read from, as written (``增长5%左右``: its qualifier).
    ``progress`` is the percent of a plan achieved (``完成任务量的77.7%`` → 77.7,
    ``超出年初预算74.5%`` → 174.5).  ``points`` is a signed change in percentage points
    (``回落1.2个百分点`` → ``Decimal("-1.2")``), ``change`` then the figure as written.
    ``text`` is the metric as written.
    ``status`` is ``actual``, ``estimated`` (预计) or ``target``.  ``section`` is the
    :class:`Section` the metric sits in (``None`` in the preamble); it is left out of
    equality and ``repr`` because the section in turn contains the metric.

    ``year`` is the year the figure describes (``None`` when it covers several years or the
    text does not tell); ``years`` the ``(first, last)`` years of a figure over several
    years.  ``growth_high`` is the high end of a range of change (``增长6.5%－7%``).
    ``bound`` is the qualifier's meaning: ``about``, ``at_least``, ``at_most``, ``range`` or
    ``None`` for an exact figure.  ``increase`` is an absolute change
    (``比上年增加1501亿元``), signed, never read as the level.  ``scope`` is ``None`` for an
    indicator of the government's territory, else what narrower thing the figure measures
    (``project``, ``entity``, ``enforcement`` …), so that a panel can drop it.
    """

    indicator: str
    canonical: str | None
    value: Quantity | None
    growth: Decimal | None
    status: str
    period: str | None
    span: Span
    text: str = ""
    progress: Decimal | None = None
    change: Quantity | None = None
    points: Decimal | None = None
    year: int | None = None
    years: tuple[int, int] | None = None
    growth_high: Decimal | None = None
    bound: str | None = None
    increase: Quantity | None = None
    scope: str | None = None
    section: Section | None = attrs.field(default=None, eq=False, repr=False, hash=False)


_MetricMaker = Callable[..., Metric]  # every field of Metric, in order


def _metric_factory() -> _MetricMaker:
    new = object.__new__
    (
        set_indicator, set_canonical, set_value, set_growth, set_status, set_period, set_span,
        set_text, set_progress, set_change, set_points, set_year, set_years, set_growth_high,
        set_bound, set_increase, set_scope, set_section,
    ) = (Metric.__dict__[field.name].__set__ for field in attrs.fields(Metric))  # fmt: skip

    def new_metric(
        indicator: str,
        canonical: str | None,
        value: Quantity | None,
        growth: Decimal | None,
        status: str,
        period: str | None,
        span: Span,
        text: str,
        progress: Decimal | None,
        change: Quantity | None,
        points: Decimal | None,
        year: int | None,
        years: tuple[int, int] | None,
        growth_high: Decimal | None,
        bound: str | None,
        increase: Quantity | None,
        scope: str | None,
        section: Section | None,
    ) -> Metric:
        """``Metric(...)`` of every field, in order, with the slots set directly (as
        :func:`new_quantity`): one is built per metric of a report."""
        metric: Metric = new(Metric)
        set_indicator(metric, indicator)
        set_canonical(metric, canonical)
        set_value(metric, value)
        set_growth(metric, growth)
        set_status(metric, status)
        set_period(metric, period)
        set_span(metric, span)
        set_text(metric, text)
        set_progress(metric, progress)
        set_change(metric, change)
        set_points(metric, points)
        set_year(metric, year)
        set_years(metric, years)
        set_growth_high(metric, growth_high)
        set_bound(metric, bound)
        set_increase(metric, increase)
        set_scope(metric, scope)
        set_section(metric, section)
        return metric

    return new_metric


new_metric = _metric_factory()

_SET_STATUS, _SET_YEAR, _SET_YEARS = (
    Metric.__dict__[name].__set__ for name in ("status", "year", "years")
)


def date_metric(
    metric: Metric, status: str, year: int | None, years: tuple[int, int] | None
) -> None:
    """Set the status and years of a metric of a report being built, which nothing but its
    item holds yet (its hash is not cached): its last fields, known once the whole report is."""
    _SET_STATUS(metric, status)
    _SET_YEAR(metric, year)
    _SET_YEARS(metric, years)


@attrs.frozen
class Item:
    """A paragraph, or one enumerated point of a paragraph (``一是…``).

    ``text`` is the reading text: the characters of the item's span with page chrome cut out
    and line breaks inside sentences removed.  ``lead`` is the point's own short title when
    the paragraph opens with one (``项目攻坚扎实推进。…`` → ``"项目攻坚扎实推进"``).
    ``kind`` marks special paragraphs (``"problems"``, ``"targets"``, ``"closing"``,
    ``"salutation"``) and is ``None`` otherwise.  ``segments`` are the pieces of ``span``
    that belong to the item: one piece, unless chrome sits inside the paragraph.
    """

    text: str
    span: Span
    lead: str | None = None
    kind: str | None = None
    quantities: list[Quantity] = attrs.field(factory=list, hash=False)
    metrics: list[Metric] = attrs.field(factory=list, hash=False)
    segments: tuple[Span, ...] = ()

    def blocks(self, source: str) -> Iterator[Block]:
        """The item's leaf blocks over ``source`` (the report text), one per segment."""
        for start, end in self.segments or (self.span,):
            yield Block("item", source[start:end], (start, end))


class SharedText:
    """The caller's string, shared by the items of a report whose text is the slice of it
    over their span: such an item stores this in place of its text, and slices on demand
    (an item's text is most of a report's characters)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


_ITEM_TEXT = Item.__dict__["text"]  # the slot behind the descriptor below


class _ItemText:
    """``Item.text``: the string stored, or the slice of the :class:`SharedText` stored
    over the item's span."""

    def __get__(self, item: Item | None, owner: type | None = None) -> Any:
        if item is None:
            return self
        text = _ITEM_TEXT.__get__(item, owner)
        if text.__class__ is SharedText:
            start, end = item.span
            return text.text[start:end]
        return text

    def __set__(self, item: Item, value: str | SharedText) -> None:
        _ITEM_TEXT.__set__(item, value)


setattr(Item, "text", _ItemText())  # noqa: B010 (a field of the frozen class, read through)

_ItemMaker = Callable[
    [
        str | SharedText,
        Span,
        str | None,
        str | None,
        list[Quantity],
        list[Metric],
        tuple[Span, ...],
    ],
    Item,
]


def _item_factory() -> _ItemMaker:
    new = object.__new__
    set_text = _ITEM_TEXT.__set__
    set_span, set_lead, set_kind, set_quantities, set_metrics, set_segments = (
        Item.__dict__[field.name].__set__ for field in attrs.fields(Item)[1:]
    )

    def new_item(
        text: str | SharedText,
        span: Span,
        lead: str | None,
        kind: str | None,
        quantities: list[Quantity],
        metrics: list[Metric],
        segments: tuple[Span, ...],
    ) -> Item:
        """``Item(text, span, lead, kind, quantities, metrics, segments)`` with the slots
        set directly (as :func:`new_quantity`); ``text`` may be the report's
        :class:`SharedText` when the item's text is its slice over ``span``."""
        item: Item = new(Item)
        set_text(item, text)
        set_span(item, span)
        set_lead(item, lead)
        set_kind(item, kind)
        set_quantities(item, quantities)
        set_metrics(item, metrics)
        set_segments(item, segments)
        return item

    return new_item


new_item = _item_factory()


@attrs.frozen
class Section:
    """A numbered (or inferred) heading and everything under it.

    ``title`` is the heading text without its marker and without body text sharing its line.
    ``marker`` is the marker as written (``一、``, ``（一）``, ``1.``, ``第一，``; a partly
    lost marker such as ``)`` is kept as written) or ``None`` when the heading was inferred
    from an unmarked line.  ``number`` is the position the marker stands for; ``level`` is
    1 for top-level sections.  ``span`` is the heading's span.  ``detector`` names the
    detector that found the heading (``"inferred"`` for unmarked ones).
    """

    title: str
    marker: str | None
    number: int | None
    level: int
    span: Span
    detector: str
    kind: str | None = None
    items: list[Item] = attrs.field(factory=list, hash=False)
    children: list[Section] = attrs.field(factory=list, hash=False)

    def walk(self) -> Iterator[Section]:
        """This section and all sections below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_items(self) -> Iterator[Item]:
        """Items of this section and of all sections below it, in document order."""
        for section in self.walk():
            yield from section.items

    def heading_block(self, source: str) -> Block:
        """The heading as a leaf block over ``source`` (the report text)."""
        start, end = self.span
        return Block("heading", source[start:end], self.span)


@attrs.frozen
class Division:
    """An official administrative division, as a division table lists it.

    ``code`` is the table's code (6 digits for provinces, prefectures and counties, 9 for
    townships and streets), ``level`` one of ``province``, ``prefecture``, ``county``,
    ``township``; ``path`` the names from the province down to this unit; ``vintage`` the
    table's as-of date (ISO).
    """

    code: str
    name: str
    level: str
    path: tuple[str, ...] = ()
    vintage: str | None = None


@attrs.frozen
class Metadata:
    """What a report says about itself.  Unknown fields are ``None``.

    Dates are ISO ``YYYY-MM-DD`` strings.  ``year`` is the year in the title, else the year
    the report was delivered or published.  ``division`` is the official unit of the
    report's government when the text decides it and a division table is installed;
    ``division_candidates`` the units sharing the name when it does not.
    """

    title: str | None = None
    region: str | None = None
    admin_level: str | None = None
    year: int | None = None
    period: str | None = None
    doc_type: str | None = None
    published: str | None = None
    delivered: str | None = None
    publisher: str | None = None
    source: str | None = None
    meeting: str | None = None
    speaker: str | None = None
    index_number: str | None = None
    division: Division | None = None
    division_candidates: tuple[Division, ...] = ()


@attrs.frozen
class Report:
    """One parsed report.

    ``text`` is the caller's string, unchanged; ``span`` is the part of it this report
    covers (the whole string for :func:`~govreport.parse_report`, one report's part for
    :func:`~govreport.parse_reports`).  ``front`` holds the title lines (title, subtitle,
    speaker); ``preamble`` the items before the first heading; ``chrome`` the page furniture
    that was set aside.
    """

    text: str
    span: Span
    metadata: Metadata = attrs.field(factory=Metadata)
    front: list[Block] = attrs.field(factory=list, hash=False)
    preamble: list[Item] = attrs.field(factory=list, hash=False)
    sections: list[Section] = attrs.field(factory=list, hash=False)
    chrome: list[Block] = attrs.field(factory=list, hash=False)

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        for section in self.sections:
            yield from section.walk()

    def items(self) -> Iterator[Item]:
        """Every item (preamble first, then the sections'), in document order."""
        yield from self.preamble
        for section in self.walk():
            yield from section.items

    def blocks(self) -> Iterator[Block]:
        """Every leaf block in document order: chrome, title lines, headings and items.

        Their spans never overlap, and every non-whitespace character of
        ``text[span[0]:span[1]]`` lies in exactly one of them.
        """
        leaves: list[Block] = [*self.chrome, *self.front]
        leaves.extend(section.heading_block(self.text) for section in self.walk())
        for item in self.items():
            leaves.extend(item.blocks(self.text))
        leaves.sort(key=lambda block: block.span)
        return iter(leaves)

    @property
    def metrics(self) -> list[Metric]:
        """Every metric found in the report, in document order."""
        return [metric for item in self.items() for metric in item.metrics]

    @property
    def quantities(self) -> list[Quantity]:
        """Every quantity found in the report's items, in document order."""
        return [quantity for item in self.items() for quantity in item.quantities]

    def to_dict(self) -> dict[str, Any]:
        """A plain JSON-serialisable dict; its layout is ``docs/report.schema.json``."""
        from govreport._serialize import report_to_dict  # noqa: PLC0415 (imports this module)

        return report_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_dict` output."""
        from govreport._serialize import report_from_dict  # noqa: PLC0415 (imports this module)

        return report_from_dict(data)
