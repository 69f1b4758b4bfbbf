"""The sentence reader: quantities in order, the words between them saying what each is."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import regex

from govreport._args import ensure_text
from govreport._compiled import compile_regex
from govreport._indicators import IndicatorTable, Lookup, canonical_indicator, lookup_of
from govreport._metrics._cues import SentenceCues, YearCue, sentence_year
from govreport._metrics._names import (
    GENERIC_NAME,
    Name,
    is_activity,
    names_before,
    scope_of,
    subject_of_clause,
)
from govreport._metrics._patterns import (
    ATTRIBUTE,
    AVERAGE,
    AVERAGE_MARK,
    BARE_MEASURES,
    BASE_YEAR,
    BOUND_APPROX,
    BOUND_LEADS,
    BOUNDS,
    CHANGES,
    COMMA_END,
    DOWN,
    EXCESS,
    FROM,
    GAP_END,
    GAP_END_LASTS,
    HUNDRED,
    INCREASE_LEAD,
    LEVEL_ONLY,
    LEVEL_ONLY_ENDS,
    LISTED,
    MILESTONE,
    ONLY_SEPARATOR,
    PERCENT_SIGN,
    PROGRESS,
    RATE_OF_CHANGE,
    SENTENCE,
    SHARED_HEAD,
    TRADITIONAL,
    UP,
)
from govreport._metrics._years import Dated, ReportYears, dated, metric_years
from govreport._model import Metric, Quantity, Section, Span, new_metric, new_quantity
from govreport.data import metric_words as words
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

if TYPE_CHECKING:
    from govreport._quantities import QuantityExtractor

_UNKNOWN_YEARS = ReportYears(None, None, None)  # a text alone: only the years it states
# Every name, and every cue of a year or status, holds a letter: a sentence without one
# (1%1%1%…) has figures but no metric.
_LETTER = compile_regex(r"[\p{Han}A-Za-z]")
_COMMON_HAN = ("\u4e00", "\u9fff")  # CJK Unified Ideographs: all Han, most sentences' first


class MetricDraft:
    """A metric being read, in the offsets of the text it is read from.

    ``year`` is the year cue of its sentence (or of an earlier sentence of its paragraph),
    ``since`` the base year of a comparison (比2002年增长65.5%), ``average`` whether its
    change is a yearly average (年均增长); :func:`govreport._metrics.settle_years` turns
    them into years once the report's year and kind are known.
    """

    name: Span
    completion: str  # a shared head added to a list member's name: 高技术制造业 + 增加值
    status: str
    period: str | None
    value: Quantity | None
    growth: Decimal | None
    change: Quantity | None
    progress: Decimal | None
    points: Decimal | None
    end: int
    written: str | None  # the name dealt out of a compound (城乡居民… → 城镇居民…)
    increase: Quantity | None
    growth_high: Decimal | None
    year: YearCue | None
    since: int | None
    average: bool
    scope: str | None
    leads: dict[Span, str]  # a bound word before a figure (不低于)
    dated: bool  # its year is stated after its verb (增加到2002年的10.2万亿元)

    __slots__ = (
        "average",
        "change",
        "completion",
        "dated",
        "end",
        "growth",
        "growth_high",
        "increase",
        "leads",
        "name",
        "period",
        "points",
        "progress",
        "scope",
        "since",
        "status",
        "value",
        "written",
        "year",
    )

    def __init__(
        self,
        name: Span,
        completion: str,
        status: str,
        period: str | None,
        value: Quantity | None = None,
        growth: Decimal | None = None,
        change: Quantity | None = None,
        progress: Decimal | None = None,
        points: Decimal | None = None,
        end: int = 0,
        written: str | None = None,
        increase: Quantity | None = None,
        growth_high: Decimal | None = None,
        year: YearCue | None = None,
        since: int | None = None,
        average: bool = False,
        scope: str | None = None,
        leads: dict[Span, str] | None = None,
        dated: bool = False,
    ) -> None:
        self.name = name
        self.completion = completion
        self.status = status
        self.period = period
        self.value = value
        self.growth = growth
        self.change = change
        self.progress = progress
        self.points = points
        self.end = end
        self.written = written
        self.increase = increase
        self.growth_high = growth_high
        self.year = year
        self.since = since
        self.average = average
        self.scope = scope
        self.leads = {} if leads is None else leads
        self.dated = dated

    def dates(self) -> Dated:
        """What it says of its years, for :func:`~govreport._metrics.settle_metrics`."""
        return dated(self.year, self.since, self.average)

    def evolve(self, **changes: Any) -> MetricDraft:
        """A copy of this draft with ``changes``."""
        draft = copy.copy(self)
        for name, value in changes.items():
            setattr(draft, name, value)
        return draft

    def take(self, quantity: Quantity) -> None:
        self.end = max(self.end, quantity.span[1])

    def share(self, other: MetricDraft) -> None:
        """Take the figures of ``other``, which shares them (均为100%)."""
        self.value, self.growth, self.points = other.value, other.growth, other.points
        self.change, self.end = other.change, max(self.end, other.end)
        self.increase, self.growth_high = other.increase, other.growth_high

    def figures(self) -> bool:
        """Whether a figure was found for it (a base alone, 由…的1.2%, is none)."""
        return (
            self.value is not None
            or self.change is not None
            or self.progress is not None
            or self.increase is not None
        )


class _Sentence:
    """What reading one sentence remembers between its quantities."""

    cues: SentenceCues
    period: str | None  # the paragraph's (a heading's 上半年)
    carried: YearCue | None  # an earlier sentence's year
    lookup: Lookup  # what resolves names
    current: MetricDraft | None
    group: list[MetricDraft]
    slot: int  # next member of the group to receive a figure
    slot_is_growth: bool
    slot_sign: int
    metrics: list[MetricDraft]  # every metric of the sentence so far
    leads: dict[Span, str]

    __slots__ = (
        "carried",
        "cues",
        "current",
        "group",
        "leads",
        "lookup",
        "metrics",
        "period",
        "slot",
        "slot_is_growth",
        "slot_sign",
    )

    def __init__(
        self,
        cues: SentenceCues,
        period: str | None = None,
        carried: YearCue | None = None,
        lookup: Lookup = canonical_indicator,
        current: MetricDraft | None = None,
        group: list[MetricDraft] | None = None,
        slot: int = 0,
        slot_is_growth: bool = False,
        slot_sign: int = 1,
        metrics: list[MetricDraft] | None = None,
        leads: dict[Span, str] | None = None,
    ) -> None:
        self.cues = cues
        self.period = period
        self.carried = carried
        self.lookup = lookup
        self.current = current
        self.group = [] if group is None else group
        self.slot = slot
        self.slot_is_growth = slot_is_growth
        self.slot_sign = slot_sign
        self.metrics = [] if metrics is None else metrics
        self.leads = {} if leads is None else leads


def read_metrics(
    text: str,
    quantities: Sequence[Quantity],
    default_status: str = "actual",
    default_period: str | None = None,
    lookup: Lookup = canonical_indicator,
) -> list[MetricDraft]:
    """The metrics of ``text`` (normalised), whose ``quantities`` have spans in ``text``;
    the defaults are those of the paragraph (a plan section's targets, the period of a
    section headed 上半年工作回顾)."""
    if not quantities:
        return []
    if TRADITIONAL.search(text):
        text = text.translate(TRADITIONAL_TO_SIMPLIFIED)
    found: list[MetricDraft] = []
    index = 0
    carried: YearCue | None = None
    status = default_status
    count = len(quantities)
    han_low, han_high = _COMMON_HAN
    for sentence in SENTENCE.finditer(text):
        if index >= count:
            break  # what is left has no figure to read cues for
        start, end = sentence.span()
        if quantities[index].span[0] >= end:  # no figure: only its year carries on
            carried = sentence_year(text, start, end) or carried
            status = default_status  # and a targets statement before it ends
            continue
        first = text[start]
        if not (han_low <= first <= han_high) and _LETTER.search(text, start, end) is None:
            continue
        state: _Sentence | None = None  # made at the sentence's first figure
        previous_end = start
        opening: YearCue | None = None
        first_metric = False
        while index < count and quantities[index].span[0] < end:
            quantity = quantities[index]
            index += 1
            figure_start, figure_end = quantity.span
            if figure_start < start:
                continue
            if state is None:
                cues = SentenceCues(text, start, status)
                state = _Sentence(cues, default_period, carried, lookup=lookup)
                cues.read(figure_start)
                # a base year (从1997年的8651亿元增加到…) is no year of the sentences after
                opening = None if cues.year_from else cues.year
            else:
                state.cues.read(figure_start)
            _read_quantity(
                text, previous_end, text[previous_end:figure_start], quantity, state, found
            )
            previous_end = figure_end
            if not first_metric and state.metrics:
                # the year of the sentence's first metric, rather than of a figure of none
                # before it (“十四五”以来,…连跨4个千亿台阶,2024年达到1.3万亿元)
                first_metric = True
                opening = None if state.cues.year_from else state.cues.year
        # What a sentence says of its year before its first figure carries to the next ones.
        carried = (sentence_year(text, start, end) if state is None else opening) or carried
        # A targets statement (主要预期目标是:…。) goes on over the sentences of figures after
        # it, up to one without any (上述目标,综合考虑了…).
        if state is None:
            status = default_status
        elif state.cues.target_statement >= 0:
            status = "target"
    return [draft for draft in found if draft.figures()]


def _read_quantity(
    text: str,
    gap_start: int,
    gap: str,
    quantity: Quantity,
    state: _Sentence,
    found: list[MetricDraft],
) -> None:
    lead, progress, excess, up, down = _gap_ending(gap)
    if lead is not None:
        state.leads[quantity.span] = lead
    cues = state.cues
    since = cues.base_year if cues.base_at >= gap_start else None  # 比2002年 in the gap
    if state.group and state.slot < len(state.group) and ONLY_SEPARATOR.fullmatch(gap):
        _next_member(text, quantity, state)
        return
    if quantity.approx in BOUNDS and ATTRIBUTE.match(text, quantity.span[1]):
        return  # 年综合能耗5万吨标准煤以上的企业: a threshold of something else
    if progress or excess:
        if state.current is not None and quantity.unit == "%":
            bonus = HUNDRED if progress is None else Decimal(0)
            state.current.progress = quantity.value + bonus
            state.current.take(quantity)
        return
    change = up or down
    sign = -1 if down and not up else 1
    name_end = gap_start + (change.start() if change else len(gap))
    average = (
        text.find(AVERAGE_MARK, gap_start, name_end) >= 0
        and AVERAGE.search(text, gap_start, name_end) is not None
    )
    names, shared = _names(text, gap_start, name_end, change, state)
    lookup = state.lookup
    if not names and (";" in gap or _base_of_another(gap)):
        # 农民…463元…;城镇居民…收入,1982年为…: not its; nor a base of another subject
        # (工业产值增长百分之四十九,城镇个体劳动者从十五万人增加到…)
        state.current, state.group = None, []
    if names and quantity.kind == "count" and is_activity(text, gap_start, names[0][0], lookup):
        return
    if names:
        status, period, year = cues.status(), _period(state, average), cues.year or state.carried
        drafts = [
            MetricDraft(
                span,
                completion,
                status,
                period,
                written=written,
                year=year,
                scope=scope_of(text, cues.start, gap_start, span, lookup),
                leads=state.leads,
            )
            for span, completion, written in names
        ]
        first = drafts[0]
        if len(drafts) == 1:
            _named_after_before(text, first, state)
        growth = change is not None or _is_growth(text, drafts, change, quantity, lookup)
        _first_figure(first, gap, growth, quantity, sign)
        if cues.year_from and (based := _base_level(drafts, gap, growth, quantity, state)):
            found.append(based)
            state.metrics.append(based)
            first.year = None  # the base's year is not the later level's
        first.since, first.average = since, average
        if shared:  # 报到率、管控率、执行率均为100%
            for draft in drafts[1:]:
                draft.share(drafts[0])
        for draft in drafts[1:]:
            draft.since, draft.average = since, average
        found.extend(drafts)
        state.metrics.extend(drafts)
        state.current = drafts[0]
        state.group = drafts if len(drafts) > 1 and not shared else []
        state.slot, state.slot_is_growth, state.slot_sign = 1, growth, sign
    elif change and (quantity.kind in CHANGES or INCREASE_LEAD.fullmatch(gap, 0, change.start())):
        listed = LISTED.match(text, quantity.span[1])
        size = 1 + len(PERCENT_SIGN.findall(listed.group())) if listed else 0
        _change_of_previous(state, quantity, found, sign, listed=size, since=since, average=average)
    elif gap.rstrip()[-1:] in LEVEL_ONLY_ENDS and (level := LEVEL_ONLY.fullmatch(gap)):
        _level_of_previous(state, quantity, found, later=bool(level["year"] or level["later"]))


_Ending = tuple[
    str | None,
    regex.Match[str] | None,
    regex.Match[str] | None,
    regex.Match[str] | None,
    regex.Match[str] | None,
]
_NO_ENDING: _Ending = (None, None, None, None, None)


def _gap_ending(gap: str) -> _Ending:
    """The words a figure's gap ends with: a bound word (its text, 不低于), a progress
    (完成任务的), an excess (超出预算), a verb of change up (增长) or down (下降)."""
    if gap.rstrip()[-1:] not in GAP_END_LASTS:  # most gaps: none of them
        return _NO_ENDING
    ending = GAP_END.match(gap)
    if ending is None:
        return _NO_ENDING
    word = ending.lastgroup
    if word == "bound":  # the first of them: any other may end the gap too (控制在)
        progress = PROGRESS.match(gap)
        excess = EXCESS.match(gap) if progress is None else None
        return ending.group().strip(), progress, excess, UP.match(gap), DOWN.match(gap)
    return (
        None,
        ending if word == "progress" else None,
        ending if word == "excess" else None,
        ending if word == "up" else None,
        ending if word == "down" else None,
    )


def _names(
    text: str, gap_start: int, name_end: int, change: regex.Match[str] | None, state: _Sentence
) -> tuple[list[Name], bool]:
    """The names a figure's gap ends with (see :func:`names_before`), else the indicator
    named with its verb of change, else the subject of the clause before."""
    lookup = state.lookup
    # The sentence's last break read, before the figure: before the name's end, it is the
    # name's clause's (or the gap holds none).
    last = state.cues.last_break
    clause = max(gap_start, last + 1) if last < name_end else None
    names, shared = names_before(text, gap_start, name_end, lookup, clause=clause)
    if not names and change is not None:
        names = _named_by_change(text, gap_start, change, lookup)
    if not names or _bare(text, names, lookup):
        floor = max(state.cues.start, state.metrics[-1].end if state.metrics else 0)
        subject = subject_of_clause(
            text, state.cues.start, floor, gap_start, name_end, change=change is not None,
            lookup=lookup,
        )  # fmt: skip
        names = [subject] if subject is not None else names
    return names, shared


def _named_by_change(
    text: str, gap_start: int, change: regex.Match[str], lookup: Lookup
) -> list[Name]:
    """An indicator named with its verb of change (经济增长6%左右: 经济增长 is GDP growth),
    when the words before the verb name none: only a name of the indicator table."""
    end = gap_start + change.end()
    while end > gap_start and text[end - 1] in words.CHANGE_TAILS:
        end -= 1
    names, _ = names_before(text, gap_start, end, lookup)
    if len(names) == 1 and lookup(text[names[0][0][0] : names[0][0][1]]) is not None:
        return names
    return []


def _next_member(text: str, quantity: Quantity, state: _Sentence) -> None:
    """A figure after a list's separator: the next member's (分别增长8.9%、7.7%)."""
    member = state.group[state.slot]
    state.slot += 1
    if state.slot_is_growth or _is_growth(text, [member], None, quantity, state.lookup):
        _set_growth(member, quantity, state.slot_sign)
    else:
        member.value = member.value or quantity
    member.take(quantity)


def _bare(text: str, names: list[Name], lookup: Lookup) -> bool:
    """Whether the one name is a bare measure (产量, 总产值) of no indicator."""
    if len(names) != 1:
        return False
    name = text[names[0][0][0] : names[0][0][1]]
    return name in BARE_MEASURES and lookup(name) is None


def _subject_of_previous(text: str, draft: MetricDraft, previous: MetricDraft) -> None:
    """A bare measure (增加值) or a share (占…的比重) of the metric before: named after it
    (规上工业总产值…,增加值 → 规上工业增加值; 民生投入…,占一般公共预算支出的比重 → 民生投入占…)."""
    name = text[draft.name[0] : draft.name[1]]
    share = name.startswith(words.SHARE_OPENING)
    if not share and name not in words.BARE_HEADS:
        return  # most names: neither
    before = previous.written or text[previous.name[0] : previous.name[1]] + previous.completion
    if share:
        draft.written = before + name
    elif (head := SHARED_HEAD.search(before)) is not None:
        stem = before[: head.start()]
        if stem.endswith("总"):
            stem = stem[:-1]
        if len(stem) >= 2:
            draft.written = stem + name


def _base_of_another(gap: str) -> bool:
    """Whether the gap's last clause opens a base (从/由…) after a subject of its own, which is
    not the metric before's (…,城镇个体劳动者从十五万人; not …,由2020年的14646元)."""
    clause = gap[gap.rfind(",") + 1 :] if "," in gap else ""
    base = _base_in(clause)
    return base is not None and len(clause[: base.start()].strip()) >= 2


def _base_in(gap: str) -> regex.Match[str] | None:
    """The base level a gap ends with (:data:`FROM`), which opens with 由 or 从."""
    return FROM.search(gap) if "由" in gap or "从" in gap else None


def _named_after_before(text: str, draft: MetricDraft, state: _Sentence) -> None:
    """A name completed from what comes before it: the metric before, the clause before."""
    if state.current is not None:
        _subject_of_previous(text, draft, state.current)
    start = draft.name[0]
    if text.find(words.PART_OPENING, max(state.cues.start, start - 4), start) >= 0:
        _part_of_added(text, draft, state.cues.start)


def _part_of_added(text: str, draft: MetricDraft, sentence_start: int) -> None:
    """A part (其中…) of what the clause before says was added is added too (新增公路19.2万
    公里,其中高速公路2.8万公里 → 新增高速公路), whether or not that clause gave a metric."""
    start = draft.name[0]
    part = text.rfind(words.PART_OPENING, max(sentence_start, start - 4), start)
    if draft.written or part < 0 or text[part + len(words.PART_OPENING) : start].strip():
        return
    # The clause before ends at a comma (spaces aside), found from it backwards: a sentence
    # may be long.
    tail = COMMA_END.match(text, sentence_start, part)
    if tail is None:
        return
    comma = tail.start()
    opening = max(
        text.rfind(",", sentence_start, comma),
        text.rfind(";", sentence_start, comma),
        text.rfind(":", sentence_start, comma),
    )
    clause = text[opening + 1 if opening >= 0 else sentence_start : comma].strip()
    # the word opens the clause, after at most a few characters of time (五年新增…)
    added = next((word for word in words.ADDED if 0 <= clause.find(word, 0, 8) <= 4), None)
    name = text[start : draft.name[1]] + draft.completion
    if added is not None and not name.startswith(added):
        draft.written = added + name


def _rate_of_change(
    text: str, drafts: list[MetricDraft], lookup: Lookup = canonical_indicator
) -> regex.Match[str] | None:
    """A name ending with a word of change (居民消费价格涨幅, 规上工业增加值增速): the name
    without it, and the word, whose percent is a growth."""
    start, end = drafts[0].name
    found = RATE_OF_CHANGE.search(text, start, end)
    if found is None or drafts[0].written:
        return None
    rest = text[start : found.start()]
    if len(rest) >= GENERIC_NAME or lookup(rest) is not None:
        for draft in drafts:
            if draft.name[1] == end:
                draft.name = (draft.name[0], found.start())
    # else the word belongs to the name (经济增长预期目标为7%左右: 经济增长)
    return found


def _period(state: _Sentence, average: bool) -> str | None:
    """The period of a new metric: 年均 for an average, else the last one its sentence
    states, else the paragraph's (上半年工作回顾), unless the sentence states a year."""
    if average:
        return "年均"
    period = state.cues.period_named()
    if period is None and not state.cues.own_year:
        period = state.period
    return period


def _level_of_previous(
    state: _Sentence, quantity: Quantity, found: list[MetricDraft], *, later: bool
) -> None:
    """A level with no name before it: of the metric before, when it has none (增长了百分之
    四十,即达到二十一万六千余人; 由上年的1.2%下降到1.17%), or when it is the level of a
    later year (1949年…是三百二十六亿元,1956年上升到五百八十三亿元)."""
    current = state.current
    if quantity.kind == "ratio":
        return  # 是2005年的3倍: a multiple of a base year's level, no level
    if current is not None and later and current.average:
        # 年均增长15.2%、2016年达到105.67亿元: one year's level, a metric of its own
        level = current.evolve(
            value=quantity, growth=None, change=None, points=None, increase=None,
            growth_high=None, average=False, since=None, year=state.cues.year,
            period=None, leads=dict(current.leads),
        )  # fmt: skip
        level.take(quantity)
        found.append(level)
        state.metrics.append(level)
        state.current = level
        return
    milestone = (
        current is not None
        and current.value is not None
        and MILESTONE.match(state.cues.text, current.value.span[1]) is not None
    )  # 突破5万关口、达到5.28万元: the exact level replaces the milestone
    if current is not None and (current.value is None or later or milestone):
        current.value = quantity
        current.take(quantity)
        if later:
            current.year = state.cues.year
            current.dated = True


def _is_growth(
    text: str,
    drafts: list[MetricDraft],
    change: regex.Match[str] | None,
    quantity: Quantity,
    lookup: Lookup,
) -> bool:
    """Whether a new metric's figure is its change: after a word of change, or a percent of a
    name ending with one (涨幅控制在4%左右) or of an indicator stated only as a change."""
    if change is not None:
        return True
    if quantity.kind != "percent":
        return False
    return _rate_of_change(text, drafts, lookup) is not None or _measured_by_change(
        text, drafts[0], lookup
    )


def _measured_by_change(text: str, draft: MetricDraft, lookup: Lookup) -> bool:
    """Whether the metric's indicator is stated only as a rate of change (居民消费价格指数控制在
    2.0%以内: a growth)."""
    name = draft.written or text[draft.name[0] : draft.name[1]] + draft.completion
    indicator = lookup(name)
    return indicator is not None and indicator.id in words.MEASURED_BY_CHANGE


def _first_figure(
    draft: MetricDraft, gap: str, growth: bool, quantity: Quantity, sign: int
) -> None:
    """Give a new metric its first figure (``growth``: the figure is its change)."""
    if _base_in(gap):
        pass  # 由上年的1.2%(下降到1.17%): a base, the level comes next
    elif growth:
        _set_growth(draft, quantity, sign)  # 增长5%; 提高1.2个百分点; 增加1501亿元
    else:
        draft.value = quantity
    draft.end = max(draft.end, quantity.span[1])


def _base_level(
    drafts: list[MetricDraft], gap: str, growth: bool, quantity: Quantity, state: _Sentence
) -> MetricDraft | None:
    """The level a change starts from, when its calendar year is stated (从2021年的6.35亿元,
    增长至2022年的6.46亿元; 从1997年的7.4万亿元增加到…): a metric of its own, the level of that
    year, whatever the sentence's status; the draft goes on to its later level."""
    cue = state.cues.from_year
    if (
        len(drafts) != 1
        or growth
        or not state.cues.year_from
        or cue is None
        or cue.relative
        or cue.first != cue.last
        or _base_in(gap) is None
        or BASE_YEAR.search(gap) is None
    ):
        return None
    draft = drafts[0]
    base = MetricDraft(
        draft.name, draft.completion, "actual", None, written=draft.written, year=cue,
        scope=draft.scope,
    )  # fmt: skip
    base.value = quantity
    base.take(quantity)
    return base


def _change_of_previous(
    state: _Sentence,
    quantity: Quantity,
    found: list[MetricDraft],
    sign: int,
    *,
    listed: int,
    since: int | None,
    average: bool,
) -> None:
    """A change with no name before it: of the list before (分别达到…和…,增长…和…), of the
    metrics before when it opens a list of changes (城镇居民人均可支配收入17175元,农村居民人均
    纯收入5153元,实际增长9.8%和8.5%), or of the metric before (,比增37.2%; 城镇化率达到66.2%,
    提高0.9个百分点; 财政收入…,比上年增加1501亿元)."""
    group, current = state.group, state.current
    waiting = state.metrics[-listed:] if listed > 1 else []
    if not group and len(waiting) == listed > 1 and all(m.change is None for m in waiting):
        state.group = group = waiting  # the last ``listed`` metrics take the changes in order
        state.slot = len(group)
    if group and state.slot >= len(group) and all(m.change is None for m in group):
        target = group[0]
        state.slot, state.slot_is_growth, state.slot_sign = 1, True, sign
    elif current is not None and _open_for(current, quantity):
        target = current
        if average and _dated_level(current):
            # 从1997年的7.4万亿元增加到2002年的10.2万亿元,平均每年增长7.7%: the level is of
            # its year, the average growth of the years before it, a metric of its own
            target = current.evolve(value=None, year=None, since=None, leads=dict(current.leads))
            state.metrics.append(target)
            found.append(target)
            state.current = target
    else:
        return
    _set_growth(target, quantity, sign)
    target.take(quantity)
    target.since = since or target.since
    target.average = average or target.average
    if average:
        target.period = "年均"
        target.since = target.since or _opening_year(state, target)


def _opening_year(state: _Sentence, draft: MetricDraft) -> int | None:
    """The first year of a sentence that runs from it to a later one (从2002年的…增加到2007年
    的…,年均增长10.6%): the base of an average."""
    first, year = state.cues.first_year, draft.year
    if first is not None and year is not None and not year.relative and first < year.first:
        return first
    return None


def _dated_level(draft: MetricDraft) -> bool:
    """Whether the draft is a level of one calendar year its sentence states after its verb
    (增加到2002年的10.2万亿元), with no change yet."""
    cue = draft.year
    return (
        draft.value is not None
        and draft.dated
        and draft.change is None
        and draft.increase is None
        and cue is not None
        and not cue.relative
        and cue.first == cue.last
    )


def _open_for(draft: MetricDraft, quantity: Quantity) -> bool:
    """Whether a change can still be the draft's (a growth and an increase may both be)."""
    if quantity.kind in CHANGES:
        return draft.change is None
    return draft.increase is None


def _set_growth(draft: MetricDraft, quantity: Quantity, sign: int) -> None:
    """A change: a percent is growth (its high end ``growth_high``), percentage points are
    points, an amount the signed increase (比上年增加1501亿元, 减少290万人)."""
    if quantity.kind == "percent":
        draft.growth = quantity.value * sign
        draft.growth_high = quantity.high * sign if quantity.high is not None else None
        draft.change = quantity
    elif quantity.kind == "change":
        draft.points = quantity.value * sign
        draft.change = quantity
    elif quantity.kind == "ratio" and sign > 0:  # 增长2倍: +200%
        draft.growth = quantity.value * HUNDRED
        draft.change = quantity
    elif quantity.kind == "ratio":
        if draft.value is None:
            draft.value = quantity
    elif sign > 0:
        draft.increase = quantity
    else:
        high = -quantity.high if quantity.high is not None else None
        draft.increase = new_quantity(
            quantity.text, quantity.span, -quantity.value, quantity.unit, quantity.kind, high,
            quantity.approx,
        )  # fmt: skip


def bound_of(quantity: Quantity | None, lead: str | None) -> str | None:
    """The meaning of a figure's qualifier: ``range`` for a range, else from the word before
    it (不低于, 不超过, 控制在) and its ``approx`` (左右, 以上, 以内 …), else ``None``.

    >>> from govreport._quantities import parse_quantity
    >>> bound_of(parse_quantity("5%左右"), None), bound_of(parse_quantity("6.5%-7%"), None)
    ('about', 'range')
    >>> bound_of(parse_quantity("3%"), "不超过"), bound_of(parse_quantity("900万人以上"), None)
    ('at_most', 'at_least')
    """
    if quantity is None:
        return None
    if quantity.high is not None:
        return "range"
    approx = BOUND_APPROX.get(quantity.approx or "")
    if lead == "不":  # 不超过3%: the quantity took 超过
        return "at_most" if approx == "at_least" else approx
    if approx is not None:
        return approx
    return BOUND_LEADS.get(lead or "")


def extract_metrics(
    text: str,
    *,
    extractor: QuantityExtractor | None = None,
    indicators: IndicatorTable | None = None,
) -> list[Metric]:
    """Every metric in ``text``, in document order.

    ``extractor`` finds the quantities (default: :func:`extract_quantities`'s);
    ``indicators`` resolves the names (default: :func:`canonical_indicator`).

    >>> [(m.indicator, m.canonical, str(m.value.value), m.growth)
    ...  for m in extract_metrics("规上工业产值26.62亿元,比增7.6%")]
    [('规上工业产值', 'industrial_output_above_scale', '2662000000', Decimal('7.6'))]
    >>> [(m.indicator, m.value, m.growth) for m in extract_metrics("居民消费价格上涨0.2%。")]
    [('居民消费价格', None, Decimal('0.2'))]
    """
    from govreport._normalize import normalize  # noqa: PLC0415 (only here)
    from govreport._quantities import extract_quantities  # noqa: PLC0415 (compiled on use)

    ensure_text(text, "extract_metrics")
    norm = normalize(text)
    quantities = (
        extractor.extract(norm.text) if extractor is not None else extract_quantities(norm.text)
    )
    drafts = read_metrics(norm.text, quantities, lookup=lookup_of(indicators))
    clean = norm.clean if drafts else ""
    return [
        to_metric(draft, norm.span_to_original, norm.original, clean, None, indicators=indicators)
        for draft in drafts
    ]


def to_metric(
    draft: MetricDraft,
    to_original: Any,
    original: str,
    clean: str,
    section: Section | None,
    quantities: dict[Span, Quantity] | None = None,
    *,
    indicators: IndicatorTable | None = None,
) -> Metric:
    """A :class:`Metric` from a draft, with spans mapped by ``to_original(start, end)``.

    ``quantities`` maps the drafts' quantity spans to the finished quantities, when they
    exist already; otherwise the quantities are mapped here.
    """

    known = quantities if quantities is not None else {}
    name_start, name_end = draft.name
    start, end = to_original(name_start, draft.end)
    indicator = draft.written or clean[name_start:name_end] + draft.completion
    found = (
        indicators.lookup(indicator) if indicators is not None else canonical_indicator(indicator)
    )
    value, change, increase = draft.value, draft.change, draft.increase
    # The bound of the growth when it has one, else of the level, else of the change.
    bound = None
    leads = draft.leads
    figure: Quantity | None = None
    for candidate in (change if draft.growth is not None else None, value, change, increase):
        if candidate is None:
            continue
        if figure is None:
            figure = candidate
            bound = bound_of(candidate, leads.get(candidate.span))
            if bound:
                break
        elif later := bound_of(candidate, leads.get(candidate.span)):
            bound = later
            break
    # A draft with no year cue has none here (the report's years are settled later).
    year, years = (
        (None, None)
        if draft.year is None
        else metric_years(draft.dates(), draft.status, None, _UNKNOWN_YEARS)
    )
    if increase is not None:  # signed: 减少290万 → -290万
        signed = _finished(increase, known, to_original, original)
        increase = new_quantity(
            signed.text, signed.span, increase.value, signed.unit, signed.kind, increase.high,
            signed.approx,
        )  # fmt: skip
    return new_metric(
        indicator,
        found.id if found else None,
        None if value is None else _finished(value, known, to_original, original),
        draft.growth,
        draft.status,
        draft.period,
        (start, end),
        original[start:end],
        draft.progress,
        None if change is None else _finished(change, known, to_original, original),
        draft.points,
        year,
        years,
        draft.growth_high,
        bound,
        increase,
        draft.scope,
        section,
    )


def _finished(
    quantity: Quantity, known: dict[Span, Quantity], to_original: Any, original: str
) -> Quantity:
    """``quantity`` in the caller's offsets: the finished one when ``known`` has it."""
    done = known.get(quantity.span)
    if done is not None:
        return done
    span = to_original(*quantity.span)
    text = original[span[0] : span[1]]
    if span == quantity.span and text == quantity.text:
        return quantity  # frozen: the same object serves
    return new_quantity(
        text, span, quantity.value, quantity.unit, quantity.kind, quantity.high, quantity.approx
    )
