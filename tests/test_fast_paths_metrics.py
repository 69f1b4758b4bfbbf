"""Fast paths of the metric reader find what the patterns as first written find."""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Iterable
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_files
from govreport import _figures
from govreport._indicators import canonical_indicator
from govreport._metrics import _cues, _names, _reader
from govreport._metrics._patterns import PUBLIC_FINANCE, SCOPES, SENTENCE
from govreport._model import Metric, Quantity, Section, Span, new_metric
from govreport._salutation import SALUTATION, SALUTATION_STARTS
from govreport._words import alternatives
from govreport.data import metric_words as words
from govreport.data.kinds import ADDRESS_OPENERS, ADDRESSEES, COMRADES

# The year cues as first written: each alternative opening with its group, so that ``re``
# tries every one at every position.
_YEAR = r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}"
_COUNT = r"[二两三四五六七八九十]|\d{1,2}"
_PLAIN_YEAR_CUE = re.compile(
    rf"(?P<price>按(?:{_YEAR}年)(?:不变)?价格(?:计算)?)"
    rf"|(?P<basis>在(?:{_YEAR})\s?年(?:[和、](?:{_YEAR})\s?年)?[^,;:。]{{0,20}}?的?基础上)"
    rf"|(?P<plan>[“\"]?十[一二三四五]?五[”\"]?)(?:{alternatives(words.PLAN_PERIOD_WORDS)})"
    rf"|(?P<base>[{words.COMPARISON_BASE}{words.MULTIPLE_BASE}])\s?(?P<base_year>{_YEAR})\s?年"
    rf"(?:[-—~至到](?:{_YEAR})\s?年)?"
    rf"|(?P<year>{_YEAR})\s?年(?:度)?(?P<since>{alternatives(words.SINCE_WORDS)})?"
    rf"|(?<!{words.RECORD})(?P<past>{alternatives(words.YEARS_PAST)})(?P<past_count>{_COUNT})年"
    rf"|(?P<ahead>{alternatives(words.YEARS_AHEAD)})(?P<ahead_count>{_COUNT})年"
    rf"|(?<![{words.COMPARISON_BASE}\d{words.RECORD}])(?P<since_count>{_COUNT})"
    rf"(?:{alternatives(words.YEARS_SINCE)})"
    rf"|(?<![{words.COMPARISON_BASE}{words.FROM_BASE}])"
    rf"(?P<relative>{alternatives(year for year, _ in words.RELATIVE_YEARS)})(?!同期|的?基础)"
)


def _found(
    matches: Iterable[re.Match[str]],
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]


def _assert_year_cues_as_first_written(text: str, start: int, end: int) -> None:
    expected = _found(_PLAIN_YEAR_CUE.finditer(text, start, end))
    assert _found(_cues._year_cues(text, start, end)) == expected, text[start:end]
    assert _found(_cues._YEAR_CUE.finditer(text, start, end)) == expected, text[start:end]
    starts = [match.span() for match in _cues._YEAR_CUE_START.finditer(text, start, end)]
    assert starts == [span for span, _ in expected], text[start:end]
    # what the first character tells of each
    for (at, _), groups in expected:
        assert (text[at] in _cues._BASE_FIRSTS) == bool(groups["base"])
        no_year = groups["base"] or groups["price"] or groups["basis"]
        assert (text[at] in _cues._NO_YEAR_FIRSTS) == bool(no_year)


def test_the_year_cues_are_the_cues_as_first_written_on_real_text() -> None:
    # Every sentence of the corpus, in place: the looks behind see the sentence before.
    for path in corpus_files():
        text = path.read_text(encoding="utf-8")
        for sentence in SENTENCE.finditer(text):
            _assert_year_cues_as_first_written(text, *sentence.span())
        _assert_year_cues_as_first_written(text, 0, len(text))


YEAR_CUE_ALPHABET = (
    "年十五一二三四六七八九两〇零今去明本上当过这近前未后来以期时间规划度创比较与同于是从由在按"
    '不变价格计算基础的和、-—~至到“”"1290345１٣ \n,;:。'
)


@given(
    st.text(alphabet=st.sampled_from(YEAR_CUE_ALPHABET), max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_year_cues_are_the_cues_as_first_written(text: str, start: int, end: int) -> None:
    _assert_year_cues_as_first_written(text, min(start, len(text)), min(end, len(text)))


# A cue's words, what may stand before them, and what after: a look behind, a look ahead.
_BEFORE = ["", words.RECORD, *words.COMPARISON_BASE, *words.MULTIPLE_BASE, *words.FROM_BASE,
           "按", "在", "“", '"', "1", "十", " ", ","]  # fmt: skip
_CUE_WORDS = ["", *words.YEARS_PAST, *words.YEARS_AHEAD,
              *(year for year, _ in words.RELATIVE_YEARS), "“", "比"]  # fmt: skip
_NUMBERS = ["", "十", "十一", "十四", "2023", "1998", "2098", "二〇二三", "一九九八", "12", "1",
            "三", "两", "五"]  # fmt: skip
_AFTER = [
    *words.YEARS_SINCE, *words.SINCE_WORDS, *words.PLAN_PERIOD_WORDS, "", "年", "年度", " 年",
    "五", "五”", "价格", "不变价格计算", "的基础上", "基础上", "同期", "的", "至2025年", "-",
    "和2019年", "、", ",",
]  # fmt: skip
_CUE_PIECES = st.tuples(
    *(st.sampled_from(pieces) for pieces in (_BEFORE, _CUE_WORDS, _NUMBERS, _AFTER))
).map("".join)


def test_the_year_cues_of_each_cue_in_place_are_the_cues_as_first_written() -> None:
    for before, *rest in itertools.product(_BEFORE, _CUE_WORDS, _NUMBERS, _AFTER):
        text = before + "".join(rest)
        _assert_year_cues_as_first_written(text, 0, len(text))
        _assert_year_cues_as_first_written(text, len(before), len(text))


@settings(max_examples=500)
@given(st.lists(_CUE_PIECES, max_size=6))
def test_the_year_cues_of_cue_words_are_the_cues_as_first_written(pieces: list[str]) -> None:
    text = "".join(pieces)
    _assert_year_cues_as_first_written(text, 0, len(text))
    if text:
        _assert_year_cues_as_first_written(text, 1, len(text))


@pytest.mark.parametrize(
    "text",
    ["按2010价格计算", "在2023年国家考评第三的基础上", "“十一五”时期", "比2002年", "从2002年的",
     "1998年以来", "创近十年", "过去五年", "今后五年", "比10年来", "十年来", "以前年度",
     "去年同期"],
)  # fmt: skip
def test_the_year_cues_of_each_alternative_are_the_cues_as_first_written(text: str) -> None:
    for start in range(len(text) + 1):
        _assert_year_cues_as_first_written(text, start, len(text))


def test_new_metric_is_the_metric_of_every_field() -> None:
    # A field added to Metric must be set by new_metric too, in its place.
    fields = attrs.fields(Metric)
    assert len(fields) == len(inspect.signature(new_metric).parameters)
    quantity = Quantity("5%", (3, 5), Decimal(5), "%", "percent")
    values: dict[str, object] = {
        "indicator": "地区生产总值", "canonical": "gdp", "value": quantity,
        "growth": Decimal("5.2"), "status": "target", "period": "上半年", "span": (1, 9),
        "text": "地区生产总值增长5%", "progress": Decimal(90), "change": quantity,
        "points": Decimal("-1.2"), "year": 2023, "years": (2019, 2023),
        "growth_high": Decimal(6), "bound": "about", "increase": quantity, "scope": "project",
        "section": Section("回顾", "一、", 1, 1, (0, 4), "numbered"),
    }  # fmt: skip
    assert [field.name for field in fields] == list(values)
    made = new_metric(*values.values())
    expected = Metric(**values)  # type: ignore[arg-type]
    assert made == expected
    assert [getattr(made, name) for name in values] == [getattr(expected, name) for name in values]
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)


_SALUTATION_PIECES = [*ADDRESS_OPENERS, *COMRADES, *ADDRESSEES, "们", ":", "!", "。", ",", "a", " "]


@given(st.lists(st.sampled_from(_SALUTATION_PIECES), max_size=6), st.integers(0, 3))
def test_every_salutation_opens_with_a_start(pieces: list[str], start: int) -> None:
    # Items look for a salutation only where one of its first characters stands.
    text = "".join(pieces)
    start = min(start, len(text))
    if SALUTATION.match(text, start) or SALUTATION.fullmatch(text, start):
        assert text[start] in SALUTATION_STARTS, text[start:]


def _plain_scope_of(text: str, sentence_start: int, gap_start: int, name: Span) -> str | None:
    # scope_of as first written: every scope's words searched for in its clause.
    named = text[name[0] : name[1]]
    if canonical_indicator(named) is not None:
        return None
    reach = max(sentence_start, name[0] - _names.SCOPE_REACH)
    own_break = max(text.rfind(",", reach, name[0]), text.rfind(";", reach, name[0]))
    start = reach
    if own_break >= 0:
        earlier = max(text.rfind(",", reach, own_break), text.rfind(";", reach, own_break))
        start = earlier + 1 if earlier >= 0 else reach
    own, wide = text[gap_start : name[1]], text[start : name[1]]
    counts = named.endswith(words.COUNT_HEADS)
    public = PUBLIC_FINANCE.search(named) is not None
    for scope, cue in SCOPES:
        if public and scope == "programme":
            continue
        clause = wide if scope in ("project", "entity") and not counts else own
        if cue.search(clause):
            return scope
    return None


_SCOPE_PIECES = [
    *(cue for _, cues in words.SCOPE_WORDS for cue in cues), *words.PUBLIC_FINANCE,
    *words.COUNT_HEADS, "地区生产总值", "收入", "个", "家", "企业", ",", ";", "全市", "增长",
]  # fmt: skip


@settings(max_examples=500)
@example(["检查", ",", "全市", ",", "收入"], 0, 0, 6, 2)  # a word of the gap before both clauses
@given(
    st.lists(st.sampled_from(_SCOPE_PIECES), min_size=1, max_size=10),
    st.integers(0, 80),
    st.integers(0, 80),
    st.integers(0, 80),
    st.integers(0, 12),
)
def test_the_scope_is_the_scope_as_first_written(
    pieces: list[str], sentence_start: int, gap_start: int, name_start: int, length: int
) -> None:
    text = "".join(pieces)
    name_start = min(name_start, len(text))
    name = (name_start, min(len(text), name_start + length))
    sentence_start, gap_start = min(sentence_start, name_start), min(gap_start, name_start)
    expected = _plain_scope_of(text, sentence_start, gap_start, name)
    assert _names.scope_of(text, sentence_start, gap_start, name) == expected


def test_every_common_han_character_is_a_letter() -> None:
    # A sentence opening with one holds a letter: it is not searched for one.
    low, high = _reader._COMMON_HAN
    assert all(_reader._LETTER.match(chr(code)) for code in range(ord(low), ord(high) + 1))


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 5)), max_size=8),
    st.integers(0, 45),
    st.integers(0, 45),
)
def test_the_quantities_inside_a_segment_are_those_wholly_in_it(
    spans: list[tuple[int, int]], start: int, end: int
) -> None:
    quantities = [
        Quantity("1个", (first, first + length), Decimal(1), "个", "count")
        for first, length in sorted(spans)
    ]
    reader = _figures._Reader("", quantities, canonical_indicator)
    inside = [q for q in quantities if start <= q.span[0] < end and q.span[1] <= end]
    assert reader._inside((start, end)) == inside
