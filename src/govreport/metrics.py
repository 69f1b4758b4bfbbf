"""Indicators tied to their figures: ``规上工业产值26.62亿元,比增7.6%`` → one :class:`Metric`.

Within each sentence the quantities are read in order, and the words between one quantity
and the next say what the next one is:

- a name, then perhaps a verb of level (``全社会固定资产投资额完成41.1亿元``): a new
  metric and its value;
- a verb of change (``,比增37.2%``, ``下降3.2%``): the growth of the metric before, or of
  a new metric when a name precedes the verb (``居民消费价格上涨0.2%``);
- ``完成任务量的77.7%``, ``超出年初预算74.5%``: the progress of the metric before against
  its plan (77.7, 174.5), not growth;
- a list of names sharing one verb with ``分别`` (``高技术制造业、装备制造业增加值分别增长
  8.9%、7.7%``): one metric per name, the figures dealt out in order.

A figure without a name before it is no metric.  The status is ``estimated`` after 预计,
``target`` after 计划/力争/确保/目标 or in a targets statement or a plan section, else
``actual``; the period (``1-9月``, ``上半年``, ``全年`` …) is the last one stated in the
sentence before the figure.  The word lists are :mod:`govreport.data.metric_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from govreport._args import ensure_text
from govreport.data import metric_words as words
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED
from govreport.indicators import canonical_indicator
from govreport.model import Metric, Quantity, Report, Section, Span
from govreport.numerals import parse_number

METRIC_COLUMNS = (
    "report",
    "title",
    "region",
    "admin_level",
    "year",
    "doc_type",
    "section",
    "indicator",
    "canonical",
    "value",
    "high",
    "unit",
    "approx",
    "growth",
    "growth_approx",
    "points",
    "progress",
    "status",
    "period",
    "text",
    "start",
    "end",
)
"""The keys of :func:`metrics_table` rows, in column order."""

NAME_LIMIT = 24
"""Longest indicator name, in characters."""

GENERIC_NAME = 3
"""Names shorter than this (投入, 项目, 企业) say too little, unless they are known indicators."""


def _longest_first(items: Iterable[str]) -> str:
    return "|".join(regex.escape(item) for item in sorted(set(items), key=len, reverse=True))


_SENTENCE = regex.compile(r"[^。!?]+[。!?]?")
# Words that end a gap are searched for backwards ((?r)), from the end of the gap.
_UP = regex.compile(rf"(?r)(?:{_longest_first(words.CHANGE_UP)})(?:了|为|达|约)?\s*$")
_DOWN = regex.compile(rf"(?r)(?:{_longest_first(words.CHANGE_DOWN)})(?:了|为|达|约)?\s*$")
_PROGRESS = regex.compile(rf"(?r)(?:{words.PROGRESS})\s*$")
_EXCESS = regex.compile(rf"(?r)(?:{words.EXCESS})(?:了)?\s*$")
_LEVEL_VERB = regex.compile(rf"(?r)(?:{_longest_first(words.LEVEL_VERBS)})\s*$")
_LEVEL_ONLY = regex.compile(
    rf"\s*[,;]?\s*(?:到?(?P<year>{words.YEAR})就?)?(?:即|总量|规模)?"
    rf"(?P<verb>{_longest_first(words.LEVEL_VERBS)})\s*"
)
_CLAUSE_BREAK = regex.compile(r".*[,;:]", regex.DOTALL)  # up to the last clause break
_LEAD_IN = regex.compile(words.LEAD_INS)
_LIST_SEPARATOR = regex.compile(words.LIST_SEPARATORS)
# The rest of a list of changes: (9.8%)和8.5%; (百分之九)、百分之十二
_LISTED = regex.compile(
    r"(?:\s*(?:[、和及与]|以及)\s*(?:-?[\d.]+\s*%|百分之[一二三四五六七八九十百点]+))+"
)
_PERCENT_SIGN = regex.compile(r"%|百分之")
_RATES = regex.compile(r"(?:[^、,;]{1,10}率、)+[^、,;]{1,10}率")
_AVERAGE = regex.compile(rf"(?:{words.AVERAGE})(?=分别|\s*$)")
_ONLY_SEPARATOR = regex.compile(rf"\s*(?:{words.LIST_SEPARATORS}|,)\s*")
_HEAD = regex.compile(rf"(?:{_longest_first(words.HEAD_NOUNS)})$")
_SHARED_HEAD = regex.compile(
    r"(?:人均可支配收入|可支配收入|增加值|总产值|产值|销售额|营业额|零售额|零售总额|投资|收入"
    r"|产量|总额|利润|支出|消费|排放量|用电量|吞吐量|人数|面积|价格)$"
)
_TRAILING_BRACKETS = regex.compile(r"\([^()]{1,16}\)\s*$")
_DIGIT = regex.compile(r"\d")
_LATIN_DIGITS = regex.compile(r"[A-Za-z]+[\d.]+|[\d.]+[A-Za-z]+")  # 5G, PM2.5, M2: names
_TRAILING = regex.compile(words.TRAILING)
_ACTION = regex.compile(words.ACTION)
_CLAUSE_WORDS = regex.compile(words.CLAUSE_WORDS)
_COMPARISON = regex.compile(words.COMPARISON)
_FROM = regex.compile(words.FROM)
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9“”\"()《》·.\-]+")
_ESTIMATED = regex.compile(words.ESTIMATED)
_TARGET = regex.compile(words.TARGET)
_TARGET_STATEMENT = regex.compile(words.TARGET_STATEMENT)
_PERIOD = regex.compile(words.PERIOD)
_OWN_YEAR = regex.compile(words.OWN_YEAR)
# ``re``: a large character class costs it nothing per character, unlike ``regex``.
_TRADITIONAL = re.compile("[" + "".join(map(chr, TRADITIONAL_TO_SIMPLIFIED)) + "]")
_HUNDRED = Decimal(100)
_CHANGES = frozenset({"percent", "change", "ratio"})  # kinds of figure a verb of change takes
_BOUNDS = frozenset({"以上", "以下", "以内"})
_ATTRIBUTE = regex.compile(r"的|(?![增比同较下降减提上涨左右])\p{Han}")


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
    if _TRADITIONAL.search(text):
        text = text.translate(TRADITIONAL_TO_SIMPLIFIED)
    found: list[MetricDraft] = []
    index = 0
    for sentence in _SENTENCE.finditer(text):
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
    if state.group and state.slot < len(state.group) and _ONLY_SEPARATOR.fullmatch(gap):
        member = state.group[state.slot]
        state.slot += 1
        if state.slot_is_growth:
            _set_growth(member, quantity, state.slot_sign)
        else:
            member.value = member.value or quantity
        member.take(quantity)
        return
    if quantity.approx in _BOUNDS and _ATTRIBUTE.match(text, quantity.span[1]):
        return  # 年综合能耗5万吨标准煤以上的企业: a threshold of something else
    progress = _PROGRESS.search(gap)
    if progress or _EXCESS.search(gap):
        if state.current is not None and quantity.unit == "%":
            bonus = _HUNDRED if progress is None else Decimal(0)
            state.current.progress = quantity.value + bonus
            state.current.take(quantity)
        return
    up, down = _UP.search(gap), _DOWN.search(gap)
    change = up or down
    sign = -1 if down and not up else 1
    if change and quantity.kind not in _CHANGES and _names_the_change(text, gap_start, gap):
        change = None  # 农村贫困人口减少1240万: the reduction is the indicator
    name_end = gap_start + (change.start() if change else len(gap))
    names, shared = _names(text, gap_start, name_end)
    if names and quantity.kind == "count" and _is_activity(text, gap_start, names[0][0]):
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
    elif change and quantity.kind in _CHANGES:
        listed = _LISTED.match(text, quantity.span[1])
        size = 1 + len(_PERCENT_SIGN.findall(listed.group())) if listed else 0
        _change_of_previous(state, quantity, sign, listed=size)
    elif not change and (level := _LEVEL_ONLY.fullmatch(gap)):
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
    status = _status(text, sentence_start, quantity.span[0], state.status)
    if _AVERAGE.search(text, gap_start, name_end):
        return status, "年均"
    period = _period(text, sentence_start, quantity.span[0])
    if period is None and not _OWN_YEAR.search(text, sentence_start, quantity.span[0]):
        period = state.period  # the heading's (上半年工作回顾), unless a year is stated
    return status, period


def _first_figure(
    draft: MetricDraft, gap: str, change: regex.Match[str] | None, quantity: Quantity, sign: int
) -> bool:
    """Give a new metric its first figure; ``False`` when the figure is no metric's."""
    if _FROM.search(gap):
        pass  # 由上年的1.2%(下降到1.17%): a base, the level comes next
    elif change and quantity.kind in _CHANGES:
        _set_growth(draft, quantity, sign)  # 增长5%; 提高1.2个百分点: points, not a level
    elif change:
        return False
    else:
        draft.value = quantity
    draft.take(quantity)
    return True


def _names_the_change(text: str, gap_start: int, gap: str) -> bool:
    """Whether the name with its verb of change is a known indicator (农村贫困人口减少)."""
    names, _ = _names(text, gap_start, gap_start + len(gap.rstrip()))
    if len(names) != 1:
        return False
    (start, end), _ = names[0]
    return canonical_indicator(text[start:end]) is not None


def _is_activity(text: str, start: int, name: Span) -> bool:
    """A count of things done: after a verb of action (检查企业480余家次), or of projects
    (新开工工业项目3个), rather than of a stock."""
    if _ACTION.search(text, start, name[0]):
        return True
    named = text[name[0] : name[1]]
    return named.endswith("项目") and canonical_indicator(named) is None


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
        draft.growth = quantity.value * _HUNDRED
        draft.change = quantity
    elif draft.value is None:
        draft.value = quantity


def _names(text: str, start: int, end: int) -> tuple[list[tuple[Span, str]], bool]:
    """The indicator name(s) ending at ``end``, each with its completion: one, or a list
    sharing a verb (分别); and whether a list shares one figure (均为100%)."""
    piece = text[start:end]
    cut = _CLAUSE_BREAK.match(piece)
    offset = start + (cut.end() if cut else 0)
    piece = text[offset:end]
    piece_end = len(piece)
    while level := _LEVEL_VERB.search(piece, 0, piece_end):
        piece_end = level.start()
    together = piece[:piece_end].rstrip()
    average = _AVERAGE.search(together)
    if average:
        together = together[: average.start()] + together[average.end() :]
    if together.endswith("分别"):
        return _list_names(text, offset, together[:-2]), False
    if together.endswith("均"):  # 均达到: all of them have the figure
        together = together[:-1]
        if _LIST_SEPARATOR.search(together):
            names = _list_names(text, offset, together)
            return names, len(names) > 1
    elif _RATES.fullmatch(together):  # 办结率、回复率达100%: rates sharing one level
        names = _list_names(text, offset, together)
        return names, len(names) > 1
    name = _clean_name(text, offset, offset + len(together))
    return ([(name, "")] if name else []), False


def _list_names(text: str, offset: int, together: str) -> list[tuple[Span, str]]:
    members = []
    position = 0
    for separator in [*_LIST_SEPARATOR.finditer(together), None]:
        stop = separator.start() if separator else len(together)
        members.append((offset + position, offset + stop))
        position = separator.end() if separator else position
    *firsts, last = members
    spans = [_clean_name(text, *first, require_head=False, member=True) for first in firsts]
    spans.append(_clean_name(text, *last, require_head=False))
    if len(spans) < 2 or any(span is None for span in spans):
        name = _clean_name(text, offset, offset + len(together))
        return [(name, "")] if name else []
    names = [(span, text[span[0] : span[1]]) for span in spans if span is not None]
    last_name = names[-1][1]
    head = _SHARED_HEAD.search(last_name)
    shared = head.group() if head else ""
    return [(span, _completion(name, last_name, shared)) for span, name in names]


def _completion(name: str, last: str, shared: str) -> str:
    """What a list member lacks of the last member's name: 城镇(和农村居民人均可支配收入) →
    居民人均可支配收入; 高技术制造业(、装备制造业增加值) → 增加值."""
    if name == last or _HEAD.search(name):
        return ""
    parallel = last[len(name) :]  # 城镇 | 农村: qualifiers of one length share the rest
    if parallel and canonical_indicator(name + parallel) is not None:
        return parallel
    return shared


def _clean_name(
    text: str, start: int, end: int, *, require_head: bool = True, member: bool = False
) -> Span | None:
    """The span of an indicator name in ``text[start:end]``, or ``None``; a ``member`` of a
    list (城镇 in 城镇和农村居民人均可支配收入) may be short, for the list completes it."""
    start, end = _trim(text, start, end)
    if member:
        name = text[start:end]
        plain = len(name) >= 2 and _NAME_CHARS.fullmatch(name) is not None
        return (start, end) if plain and not _is_clause(name) and not _lost_text(name) else None
    action = None
    for found in _ACTION.finditer(text, start, end):
        if found.end() < end:  # not the head: 民生投入
            action = found
        elif found.group().startswith("拟"):
            return None  # 中央财政拟投入(433亿元): a verb, no name
    if action is not None:  # 引进内资注册资金 → 内资注册资金
        if _is_name(text, action.end(), end, require_head=require_head):
            start = action.end()
        elif action.group().startswith("拟"):
            return None
    return (start, end) if _is_name(text, start, end, require_head=require_head) else None


def _trim(text: str, start: int, end: int) -> Span:
    """Without lead-in words, trailing words and brackets, and a comparison's base."""
    lead = _LEAD_IN.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1] in " ,":
        end -= 1
    while (bracket := _TRAILING_BRACKETS.search(text, start, end)) and bracket.start() > start:
        end = bracket.start()  # 工业性投资(1-9月)(不含比亚迪)
    comparison = _COMPARISON.search(text, start, end)
    if comparison:
        end = comparison.start()
    trailing = _TRAILING.search(text, start, end)
    if trailing and trailing.start() > start:  # 氨氮排放量要; 社会消费品零售总额又(比去年…)
        end = trailing.start()
    return start, end


def _is_clause(name: str) -> bool:
    """A clause, or a piece of a parenthesis: (苏联的铸铁废品率."""
    return _CLAUSE_WORDS.search(name) is not None or name.count("(") != name.count(")")


def _lost_text(name: str) -> bool:
    """Digits in a name, other than in 5G, PM2.5, M2: the name lost part of its text
    (18村居幸福院建设率)."""
    return _DIGIT.search(_LATIN_DIGITS.sub("", name)) is not None


def _is_name(text: str, start: int, end: int, *, require_head: bool) -> bool:
    name = text[start:end]
    if _is_clause(name):
        return False
    if not (2 <= len(name) <= NAME_LIMIT) or not _NAME_CHARS.fullmatch(name):
        return False
    if canonical_indicator(name) is not None:
        return True
    if len(name) < GENERIC_NAME or _lost_text(name):
        return False  # 投入, 项目, 18村居幸福院建设率: too vague, or a name that lost its text
    return not require_head or _HEAD.search(name) is not None


def _status(text: str, sentence_start: int, figure_start: int, default: str) -> str:
    """The status of a figure from the cues before it in its sentence.

    预计 makes an estimate in its own clause, and in the clauses after it when it opens its
    clause (今年全年预计…完成41.1亿元,…;税收收入完成1.82亿元) — not when a name comes first
    (年销售收入预计超2000万元;…追加投资2103万元 is actual), nor in a plan (预计今年财政收入
    继续恢复增长,…一般公共预算支出规模28.5万亿元 is a target).  A targets statement
    (主要预期目标是:) covers the rest of the sentence; other target cues only their own
    clause, for reviews say 确保 and 计划 of what was done.
    """
    before = text[sentence_start:figure_start]
    clause = _CLAUSE_BREAK.match(before)
    own = clause.end() if clause else 0
    cues = [
        (m.start(), "estimated")
        for m in _ESTIMATED.finditer(before)
        if m.start() >= own or (default != "target" and _opens_clause(before, m.start()))
    ]
    cues += [(m.start(), "target") for m in _TARGET_STATEMENT.finditer(before)]
    cues += [(m.start(), "target") for m in _TARGET.finditer(before, own)]
    return max(cues)[1] if cues else default


def _opens_clause(text: str, position: int) -> bool:
    """Nothing but lead-in words (今年全年) stand between ``position`` and its clause's start."""
    clause = _CLAUSE_BREAK.match(text, 0, position)
    prefix = text[clause.end() if clause else 0 : position]
    return not prefix.strip() or _LEAD_IN.fullmatch(prefix) is not None


def heading_period(title: str) -> str | None:
    """The period a heading states (上半年工作回顾 → 上半年; 1-9月工作总结 → 1-9月), or None."""
    return _period(title, 0, len(title))


def _period(text: str, sentence_start: int, quantity_start: int) -> str | None:
    last = None
    for last in _PERIOD.finditer(text, sentence_start, quantity_start):  # noqa: B007
        pass
    if last is None:
        return None
    if last.group("months"):
        month = parse_number(last.group("last"))
        return f"1-{month}月" if month is not None else None
    if last.group("until"):
        return f"截至{last.group('month')}月底"
    named = last.group("named")
    return "上半年" if named == "半年来" else named


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


def metrics_table(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per metric, for the given reports (keys: :data:`METRIC_COLUMNS`).

    ``report`` is the report's position in ``reports`` (from 0) and ``title`` its title, so
    that rows of a file holding several reports say which one they come from.  ``section``
    is the path of section titles, joined with `` > ``; values are strings (exact decimals)
    or ``None``, ready for ``csv.DictWriter`` or ``pandas.DataFrame``.
    """
    rows: list[dict[str, Any]] = []
    for index, report in enumerate(reports):
        paths = _section_paths(report)
        metadata = report.metadata
        for metric in report.metrics:
            quantity = metric.value
            rows.append(
                {
                    "report": index,
                    "title": metadata.title,
                    "region": metadata.region,
                    "admin_level": metadata.admin_level,
                    "year": metadata.year,
                    "doc_type": metadata.doc_type,
                    "section": paths.get(id(metric.section)) if metric.section else None,
                    "indicator": metric.indicator,
                    "canonical": metric.canonical,
                    "value": _text(quantity.value) if quantity else None,
                    "high": _text(quantity.high) if quantity else None,
                    "unit": quantity.unit if quantity else None,
                    "approx": quantity.approx if quantity else None,
                    "growth": _text(metric.growth),
                    "growth_approx": metric.change.approx if metric.change else None,
                    "points": _text(metric.points),
                    "progress": _text(metric.progress),
                    "status": metric.status,
                    "period": metric.period,
                    "text": metric.text,
                    "start": metric.span[0],
                    "end": metric.span[1],
                }
            )
    return rows


def _section_paths(report: Report) -> dict[int, str]:
    paths: dict[int, str] = {}

    def visit(section: Section, prefix: str) -> None:
        path = f"{prefix} > {_heading(section)}" if prefix else _heading(section)
        paths[id(section)] = path
        for child in section.children:
            visit(child, path)

    for section in report.sections:
        visit(section, "")
    return paths


def _heading(section: Section) -> str:
    return f"{section.marker or ''}{section.title}"


def _text(value: object) -> str | None:
    return None if value is None else format(value, "f")
