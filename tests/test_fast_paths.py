"""Fast paths give what the plain way gives: the width fold, moving quantities, the lazily
compiled no-range rule."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govreport._figures import moved, placed
from govreport._metrics import _cues, _reader
from govreport._metrics._patterns import (
    AVERAGE,
    AVERAGE_MARK,
    BOUND_WORD,
    DOWN,
    ESTIMATED,
    EXCESS,
    LEVEL_ONLY,
    LEVEL_ONLY_ENDS,
    OWN_YEAR,
    PROGRESS,
    TARGET,
    TARGET_STATEMENT,
    UP,
)
from govreport._model import Quantity
from govreport._normalize import FOLD_TABLE, fold
from govreport._quantities import QuantityExtractor
from govreport._words import alternatives
from govreport.data import metric_words as words

FIXTURES = Path(__file__).parent / "fixtures"
FOLDED = "".join(map(chr, FOLD_TABLE))


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_fold_is_the_translate_table_on_real_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert fold(text) == text.translate(FOLD_TABLE)


@pytest.mark.parametrize(
    "text",
    [
        FOLDED,  # every foldable character, once
        FOLDED[::-1] * 3,
        "２０２３年ＧＤＰ增长５．２％，\u3000\t\x0b\x0c完成",  # mixed, as pasted
        "",
        "没有可折叠的字符",
    ],
    ids=["table", "table-reversed", "mixed", "empty", "nothing-to-fold"],
)
def test_fold_is_the_translate_table(text: str) -> None:
    assert fold(text) == text.translate(FOLD_TABLE)


@given(st.text(alphabet=st.sampled_from(FOLDED + "工业产值1亿元,。\n ")))
def test_fold_is_the_translate_table_on_any_text(text: str) -> None:
    assert fold(text) == text.translate(FOLD_TABLE)


RANGE = Quantity(
    "约3-5亿元", (10, 17), Decimal(300000000), "元", "amount", Decimal(500000000), "约"
)


def test_placed_keeps_every_field_but_place() -> None:
    # A field added to Quantity must be carried by placed() too.
    assert [field.name for field in attrs.fields(Quantity)] == [
        "text",
        "span",
        "value",
        "unit",
        "kind",
        "high",
        "approx",
    ]
    assert placed(RANGE, (0, 7), "约3-5亿元") == attrs.evolve(RANGE, span=(0, 7))
    assert moved(RANGE, -10) == attrs.evolve(RANGE, span=(0, 7))
    assert moved(RANGE, 0) is RANGE


def test_the_low_end_is_read_alone_when_a_range_fails() -> None:
    # 百分之三到2025年 / 3%到2025年: a year is no high end (the no-range rule, compiled late).
    extractor = QuantityExtractor()
    found = extractor.extract("力争增长3%到2025年")
    assert [(q.text, q.value, q.unit) for q in found] == [("3%", Decimal(3), "%")]


def _without_percent_shortcut() -> QuantityExtractor:
    extractor = QuantityExtractor()
    extractor._percent_only = None  # every candidate goes through the rules
    return extractor


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_the_percent_shortcut_reads_what_the_rules_read_on_real_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert QuantityExtractor().extract(text) == _without_percent_shortcut().extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "1%1%1%1%",
        "增长5.2%,比上年提高5.2%。",
        "增长5%左右,5% - 6%,5%\n-6%,5%到6%,5%以上",
        "约5%;达5%、5%)",
        "1,000%与1,0000%和3%%",
        "5%ABC与5%",
    ],
    ids=["run", "sentence", "read-on", "qualifiers", "groups", "letters"],
)
def test_the_percent_shortcut_reads_what_the_rules_read(text: str) -> None:
    # The same figure twice: the second is the one the shortcut reads.
    doubled = text + "," + text
    assert QuantityExtractor().extract(doubled) == _without_percent_shortcut().extract(doubled)


@given(st.text(alphabet=st.sampled_from("15.,%％ -到左右以上约达。\n增长A")))
def test_the_percent_shortcut_reads_what_the_rules_read_on_any_text(text: str) -> None:
    doubled = text + text
    assert QuantityExtractor().extract(doubled) == _without_percent_shortcut().extract(doubled)


def _without_shortcuts() -> QuantityExtractor:
    extractor = QuantityExtractor()
    extractor._percent_only = extractor._ended = None  # every candidate goes through the rules
    return extractor


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_figures_before_a_clause_end_read_what_the_rules_read_on_real_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert QuantityExtractor().extract(text * 2) == _without_shortcuts().extract(text * 2)


@pytest.mark.parametrize(
    "text",
    [
        "工业总产值3.0亿元,第2季度4.1亿元。",
        "约3亿元;近3亿元、超过3亿元)",
        "45,000万元,45,000人,1,2亿元,3,000亿元",
        "3%到5亿元,3%到2025年,5-6亿元,5亿-6亿元,",
        "2023年,1-9月,9月26日,第3,12345热线,",
        "5G,3A,A3亿元,3亿元A,PM2.5,",
        "3 亿元,3亿 元,3.5万,3万4000,3万4000人,一千亿元,",
    ],
    ids=["sentence", "qualifiers", "groups", "ranges", "not-quantities", "letters", "forms"],
)
def test_figures_before_a_clause_end_read_what_the_rules_read(text: str) -> None:
    # The same text twice, the second time after other characters: read as before, and
    # after a digit, a letter or a space (where the rules may read otherwise).
    for glue in ("", ",", "5", "A", " ", "5 ", "约", "-", "第"):
        doubled = text + glue + text
        assert QuantityExtractor().extract(doubled) == _without_shortcuts().extract(doubled)


@given(st.text(alphabet=st.sampled_from("1590.,，、;)亿万元人个% -到约第年月A\n"), max_size=60))
def test_figures_before_a_clause_end_read_what_the_rules_read_on_any_text(text: str) -> None:
    doubled = text + text
    assert QuantityExtractor().extract(doubled) == _without_shortcuts().extract(doubled)


def test_no_figure_is_read_before_a_clause_end_where_a_rule_reads_one() -> None:
    # A unit that holds a clause end: the rules may read on, and no surface is remembered.
    extractor = QuantityExtractor(extra_units={"元,": ("元", "amount")})
    assert extractor._ended is None
    assert QuantityExtractor()._ended is not None


CUE_ALPHABET = (
    "年十五一二三四今去明本上当过这近前未来以期时间规划月季度截至止目标是为:均平每要分别 底半全末第"
    "2019比较与同于按不变价格计算“”-"
)


@given(st.text(alphabet=st.sampled_from(CUE_ALPHABET), max_size=40))
def test_every_year_and_period_cue_holds_a_mark(text: str) -> None:
    # The sentence reader searches a stretch for year and period cues only where it holds
    # one of their marks.
    for match in _cues._YEAR_CUE.finditer(text):
        assert any(mark in match.group() for mark in _cues.YEAR_MARKS), match
    for match in _cues._PERIOD.finditer(text):
        assert any(mark in match.group() for mark in _cues.PERIOD_MARKS), match
    for match in OWN_YEAR.finditer(text):
        assert "年" in match.group(), match
    for match in AVERAGE.finditer(text):
        assert AVERAGE_MARK in match.group(), match
    for match in TARGET_STATEMENT.finditer(text):
        assert _cues.TARGET_STATEMENT_MARK in match.group(), match


@given(st.text(alphabet=st.sampled_from(CUE_ALPHABET + "预计估力确保争取将拟达到"), max_size=40))
def test_every_status_cue_holds_a_mark(text: str) -> None:
    # A stretch holding no mark of a status is not searched for its cues.
    for match in ESTIMATED.finditer(text):
        assert any(mark in match.group() for mark in _cues.ESTIMATED_MARKS), match
    for match in TARGET.finditer(text):
        assert any(mark in match.group() for mark in _cues.TARGET_MARKS), match


# The periods as first written: each alternative whole, its look behind before it.
_PLAIN_PERIOD = re.compile(
    rf"(?P<months>(?<![0-9])(?:1|一)\s*{_cues._RANGE_DASH}\s*(?P<last>{_cues._MONTH_NUMBER})\s*月份?)"
    rf"|(?P<named>{alternatives(words.NAMED_PERIODS)}|(?<![0-9])第?[1-4]季度)"
    r"|(?P<until>截[至止](?:今年|本年)?(?P<month>\d{1,2})月底)"
)


def _plain_period_text(match: re.Match[str]) -> str | None:
    if match["months"]:
        month = _cues.parse_number(match["last"])
        return f"1-{month}月" if month is not None else None
    if match["until"]:
        return f"截至{match['month']}月底"
    return "上半年" if match["named"] in words.HALF_YEAR_SINCE else match["named"]


@given(st.text(alphabet=st.sampled_from(CUE_ALPHABET + "1234567890-~至到份"), max_size=40))
def test_the_periods_read_as_first_written(text: str) -> None:
    found = [(m.span(), _cues._period_text(m)) for m in _cues._PERIOD.finditer(text)]
    assert found == [(m.span(), _plain_period_text(m)) for m in _PLAIN_PERIOD.finditer(text)]


_LEVEL_PIECES = [
    *words.LEVEL_VERBS, *words.TOTALS, *words.MILESTONES, *words.ANAPHORS, "2023年", "今年",
    "一九九八年", "的", "年", " ", "\n", ",", "、", "即", "到", "就", "增长", "为", "万亿元",
]  # fmt: skip


@given(st.lists(st.sampled_from(_LEVEL_PIECES), max_size=6))
def test_every_level_only_gap_ends_as_the_gate_expects(pieces: list[str]) -> None:
    # The reader matches a gap against LEVEL_ONLY only when it ends in one of its ends.
    gap = "".join(pieces)
    if LEVEL_ONLY.fullmatch(gap):
        assert gap.rstrip()[-1:] in LEVEL_ONLY_ENDS, gap


_GAP_PIECES = [
    *words.CHANGE_UP, *words.CHANGE_DOWN, *words.BOUND_LEADS, *words.CHANGE_TAILS,
    "完成任务量的", "完成率", "完成年度计划", "占年度任务的", "完成进度", "超出年初预算", "超计划",
    "超额完成", "了", "比上年", "工业产值", "增加值", ",", " ", "\u3000",
]  # fmt: skip


def _spans(*found: regex.Match[str] | None) -> list[tuple[int, int] | None]:
    return [None if match is None else match.span() for match in found]


@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=5))
def test_one_search_finds_the_words_each_search_finds(pieces: list[str]) -> None:
    # The reader matches a gap's end once; the group that matched stands for the others.
    gap = "".join(pieces)
    lead, *found = _reader._gap_ending(gap)
    bound = BOUND_WORD.match(gap)
    assert lead == (bound.group().strip() if bound else None)
    progress = PROGRESS.match(gap)
    excess = EXCESS.match(gap) if progress is None else None
    expected = _spans(progress, excess, UP.match(gap), DOWN.match(gap))
    assert _spans(*found) == expected


def test_every_average_word_holds_the_mark() -> None:
    for word in words.AVERAGE:
        assert AVERAGE_MARK in word, word


def test_every_year_and_period_word_holds_a_mark() -> None:
    for word in (*words.NAMED_PERIODS, *words.HALF_YEAR_SINCE):
        assert any(mark in word for mark in _cues.PERIOD_MARKS), word
    for word, _ in words.RELATIVE_YEARS:
        assert any(mark in word for mark in _cues.YEAR_MARKS), word


_PLAN_PIECES = st.lists(
    st.sampled_from(
        [
            *["十", "一", "二", "三", "四", "五", "六", "“", "”", "＂", '"', "；", ";", " ", "\n"],
            *["规划", "規劃", "时期", "時期", "期间", "期間", "末", "以来", "開局", "的"],
            *["年", "甲"],
        ]
    ),
    max_size=40,
)


@given(_PLAN_PIECES)
def test_plans_named_is_the_search_of_the_folded_body(pieces: list[str]) -> None:
    from govreport._head import fold as head_fold
    from govreport._metadata import _PLAN_NAMED, _plans_named

    body = "".join(pieces)
    expected = [match.groupdict() for match in _PLAN_NAMED.finditer(head_fold(body))]
    assert [match.groupdict() for match in _plans_named(body)] == expected
