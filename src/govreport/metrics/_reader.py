"""The sentence reader: quantities in order, the words between them saying what each is."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from govreport._args import ensure_text
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED
from govreport.indicators import canonical_indicator
from govreport.metrics._cues import period_of, status_of
from govreport.metrics._names import is_activity, names_before, names_the_change
from govreport.metrics._patterns import (
    ATTRIBUTE,
    AVERAGE,
    BOUNDS,
    CHANGES,
    DOWN,
    EXCESS,
    FROM,
    HUNDRED,
    LEVEL_ONLY,
    LISTED,
    ONLY_SEPARATOR,
    OWN_YEAR,
    PERCENT_SIGN,
    PROGRESS,
    SENTENCE,
    TRADITIONAL,
    UP,
)
from govreport.model import Metric, Quantity, Section, Span


@attrs.define
class MetricDraft:
    """A metric being read, in the offsets of the text it is read from."""

    name: Span
    completion: str  # a shared head added to a list member's name: 高技术制造业 + 增加值
    status: str
    period: str | None
    value: Quantity | None = None
    growth: Decimal | None = None
    change: Quantity | None = None
    progress: Decimal | None = None
    points: Decimal | None = None
    end: int = 0

    def take(self, quantity: Quantity) -> None:
        self.end = max(self.end, quantity.span[1])

    def share(self, other: MetricDraft) -> None:
        """Take the figures of ``other``, which shares them (均为100%)."""
        self.value, self.growth, self.points = other.value, other.growth, other.points
        self.change, self.end = other.change, max(self.end, other.end)

    def figures(self) -> bool:
        """Whether a figure was found for it (a base alone, 由…的1.2%, is none)."""
        return self.value is not None or self.change is not None or self.progress is not None


@attrs.define
class _Sentence:
    """What reading one sentence remembers between its quantities, and the status and
    period its figures have unless it says otherwise."""

    status: str = "actual"
    period: str | None = None
    current: MetricDraft | None = None
    group: list[MetricDraft] = attrs.Factory(list)
    slot: int = 0  # next member of the group to receive a figure
    slot_is_growth: bool = False
    slot_sign: int = 1
    metrics: list[MetricDraft] = attrs.Factory(list)  # every metric of the sentence so far


def read_metrics(
    text: str,
    quantities: Sequence[Quantity],
    default_status: str = "actual",
    default_period: str | None = None,
) -> list[MetricDraft]:
    """The metrics of ``text`` (normalised), whose ``quantities`` have spans in ``text``;
    the defaults are those of the paragraph (a plan section's targets, the period of a
    section headed 上半年工作回顾)."""
    if TRADITIONAL.search(text):
        text = text.translate(TRADITIONAL_TO_SIMPLIFIED)
    found: list[MetricDraft] = []
    index = 0
    for sentence in SENTENCE.finditer(text):
        start, end = sentence.span()
        state = _Sentence(default_status, default_period)
        previous_end = start
        while index < len(quantities) and quantities[index].span[0] < end:
            quantity = quantities[index]
            index += 1
            if quantity.span[0] < start:
                continue
            gap = text[previous_end : quantity.span[0]]
            _read_quantity(text, start, previous_end, gap, quantity, state, found)
            previous_end = quantity.span[1]
    return [draft for draft in found if draft.figures()]


def _read_quantity(
    text: str,
    sentence_start: int,
    gap_start: int,
    gap: str,
    quantity: Quantity,
    state: _Sentence,
    found: list[MetricDraft],
) -> None:
    if state.group and state.slot < len(state.group) and ONLY_SEPARATOR.fullmatch(gap):
        member = state.group[state.slot]
        state.slot += 1
        if state.slot_is_growth:
            _set_growth(member, quantity, state.slot_sign)
        else:
            member.value = member.value or quantity
        member.take(quantity)
        return
    if quantity.approx in BOUNDS and ATTRIBUTE.match(text, quantity.span[1]):
        return  # 年综合能耗5万吨标准煤以上的企业: a threshold of something else
    progress = PROGRESS.search(gap)
    if progress or EXCESS.search(gap):
        if state.current is not None and quantity.unit == "%":
            bonus = HUNDRED if progress is None else Decimal(0)
            state.current.progress = quantity.value + bonus
            state.current.take(quantity)
        return
    up, down = UP.search(gap), DOWN.search(gap)
    change = up or down
    sign = -1 if down and not up else 1
    if change and quantity.kind not in CHANGES and names_the_change(text, gap_start, gap):
        change = None  # 农村贫困人口减少1240万: the reduction is the indicator
    name_end = gap_start + (change.start() if change else len(gap))
    names, shared = names_before(text, gap_start, name_end)
    if names and quantity.kind == "count" and is_activity(text, gap_start, names[0][0]):
        return
    if names:
        status, period = _status_and_period(
            text, sentence_start, gap_start, name_end, quantity, state
        )
        drafts = [MetricDraft(span, completion, status, period) for span, completion in names]
        if not _first_figure(drafts[0], gap, change, quantity, sign):
            return  # 增加500万元: an increase, not a level
        if shared:  # 报到率、管控率、执行率均为100%
            for draft in drafts[1:]:
                draft.share(drafts[0])
        found.extend(drafts)
        state.metrics.extend(drafts)
        state.current = drafts[0]
        state.group = drafts if len(drafts) > 1 and not shared else []
        state.slot, state.slot_is_growth, state.slot_sign = 1, bool(change), sign
    elif change and quantity.kind in CHANGES:
        listed = LISTED.match(text, quantity.span[1])
        size = 1 + len(PERCENT_SIGN.findall(listed.group())) if listed else 0
        _change_of_previous(state, quantity, sign, listed=size)
    elif not change and (level := LEVEL_ONLY.fullmatch(gap)):
        _level_of_previous(state, quantity, later=bool(level["year"]))


def _level_of_previous(state: _Sentence, quantity: Quantity, *, later: bool) -> None:
    """A level with no name before it: of the metric before, when it has none (增长了百分之
    四十,即达到二十一万六千余人; 由上年的1.2%下降到1.17%), or when it is the level of a
    later year (1949年…是三百二十六亿元,1956年上升到五百八十三亿元)."""
    current = state.current
    if current is not None and (current.value is None or later):
        current.value = quantity
        current.take(quantity)


def _status_and_period(
    text: str,
    sentence_start: int,
    gap_start: int,
    name_end: int,
    quantity: Quantity,
    state: _Sentence,
) -> tuple[str, str | None]:
    status = status_of(text, sentence_start, quantity.span[0], state.status)
    if AVERAGE.search(text, gap_start, name_end):
        return status, "年均"
    period = period_of(text, sentence_start, quantity.span[0])
    if period is None and not OWN_YEAR.search(text, sentence_start, quantity.span[0]):
        period = state.period  # the heading's (上半年工作回顾), unless a year is stated
    return status, period


def _first_figure(
    draft: MetricDraft, gap: str, change: regex.Match[str] | None, quantity: Quantity, sign: int
) -> bool:
    """Give a new metric its first figure; ``False`` when the figure is no metric's."""
    if FROM.search(gap):
        pass  # 由上年的1.2%(下降到1.17%): a base, the level comes next
    elif change and quantity.kind in CHANGES:
        _set_growth(draft, quantity, sign)  # 增长5%; 提高1.2个百分点: points, not a level
    elif change:
        return False
    else:
        draft.value = quantity
    draft.take(quantity)
    return True


def _change_of_previous(state: _Sentence, quantity: Quantity, sign: int, *, listed: int) -> None:
    """A change with no name before it: of the list before (分别达到…和…,增长…和…), of the
    metrics before when it opens a list of changes (城镇居民人均可支配收入17175元,农村居民人均
    纯收入5153元,实际增长9.8%和8.5%), or of the metric before (,比增37.2%; 城镇化率达到66.2%,
    提高0.9个百分点)."""
    group, current = state.group, state.current
    waiting = state.metrics[-listed:] if listed > 1 else []
    if not group and len(waiting) == listed > 1 and all(m.change is None for m in waiting):
        state.group = group = waiting  # the last ``listed`` metrics take the changes in order
        state.slot = len(group)
    if group and state.slot >= len(group) and all(m.change is None for m in group):
        _set_growth(group[0], quantity, sign)
        group[0].take(quantity)
        state.slot, state.slot_is_growth, state.slot_sign = 1, True, sign
    elif current is not None and current.change is None:
        _set_growth(current, quantity, sign)
        current.take(quantity)


def _set_growth(draft: MetricDraft, quantity: Quantity, sign: int) -> None:
    """A change: a percent is growth, percentage points are points; anything else is the
    level when there is none yet (分别增长…、… dealing out a list)."""
    if quantity.kind == "percent":
        draft.growth = quantity.value * sign
        draft.change = quantity
    elif quantity.kind == "change":
        draft.points = quantity.value * sign
        draft.change = quantity
    elif quantity.kind == "ratio" and sign > 0:  # 增长2倍: +200%
        draft.growth = quantity.value * HUNDRED
        draft.change = quantity
    elif draft.value is None:
        draft.value = quantity


def extract_metrics(text: str) -> list[Metric]:
    """Every metric in ``text``, in document order.

    >>> [(m.indicator, m.canonical, str(m.value.value), m.growth)
    ...  for m in extract_metrics("规上工业产值26.62亿元,比增7.6%")]
    [('规上工业产值', 'industrial_output_above_scale', '2662000000', Decimal('7.6'))]
    >>> [(m.indicator, m.value, m.growth) for m in extract_metrics("居民消费价格上涨0.2%。")]
    [('居民消费价格', None, Decimal('0.2'))]
    """
    from govreport.normalize import normalize  # noqa: PLC0415 (only here)
    from govreport.quantities import extract_quantities  # noqa: PLC0415 (compiled on use)

    ensure_text(text, "extract_metrics")
    norm = normalize(text)
    quantities = extract_quantities(norm.text)
    return [
        to_metric(draft, norm.span_to_original, norm.original, norm.clean, None)
        for draft in read_metrics(norm.text, quantities)
    ]


def to_metric(
    draft: MetricDraft,
    to_original: Any,
    original: str,
    clean: str,
    section: Section | None,
    quantities: dict[Span, Quantity] | None = None,
) -> Metric:
    """A :class:`Metric` from a draft, with spans mapped by ``to_original(start, end)``.

    ``quantities`` maps the drafts' quantity spans to the finished quantities, when they
    exist already; otherwise the quantities are mapped here.
    """

    def finished(quantity: Quantity | None) -> Quantity | None:
        if quantity is None:
            return None
        if quantities is not None and quantity.span in quantities:
            return quantities[quantity.span]
        start, end = to_original(*quantity.span)
        return attrs.evolve(quantity, span=(start, end), text=original[start:end])

    name_start, name_end = draft.name
    start, end = to_original(name_start, draft.end)
    indicator = clean[name_start:name_end] + draft.completion
    found = canonical_indicator(indicator)
    return Metric(
        indicator=indicator,
        canonical=found.id if found else None,
        value=finished(draft.value),
        growth=draft.growth,
        status=draft.status,
        period=draft.period,
        span=(start, end),
        text=original[start:end],
        progress=draft.progress,
        change=finished(draft.change),
        points=draft.points,
        section=section,
    )
