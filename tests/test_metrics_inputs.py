"""Inputs that once took the metric reader super-linear time: each comes back with a result
of the expected size and shape (the timings are in ``benchmarks/metrics.py``)."""

from __future__ import annotations

import pytest

import govreport
from conftest import fixture_text
from govreport import _indicators as indicators
from govreport._metrics import NAME_LIMIT, _names


def _dense_sentence(size: int, *, one: bool = True) -> str:
    """Seed 000's text repeated to ``size`` characters, as one sentence (every stop made a
    comma) unless ``one`` is false."""
    text = fixture_text("seeds/000_5f8850e58b636763.txt")
    stops = str.maketrans({"。": "，", "\n": "，", "!": "，", "?": "，", "！": "，"})
    one_text = text.translate(stops) if one else text
    return (one_text * (size // len(one_text) + 1))[:size]


def test_a_long_sentence_of_figures_gives_one_metric_per_figure() -> None:
    metrics = govreport.extract_metrics("工业产值1亿元," * 5000)
    assert len(metrics) == 5000
    assert {m.indicator for m in metrics} == {"工业产值"}
    assert {m.canonical for m in metrics} == {"industrial_output"}


def test_one_sentence_of_80000_characters_reads_like_the_text() -> None:
    sentence = _dense_sentence(80_000)
    assert "。" not in sentence
    metrics = govreport.extract_metrics(sentence)
    assert len(govreport.extract_quantities(sentence)) > 1000
    ordinary = govreport.extract_metrics(_dense_sentence(80_000, one=False))
    assert len(metrics) >= 0.8 * len(ordinary)
    assert all(len(m.indicator) <= 2 * NAME_LIMIT for m in metrics)


@pytest.mark.parametrize("words", ["今年", "已经", "仍然"])
def test_a_run_of_trailing_words_is_cut_from_the_name(words: str) -> None:
    metrics = govreport.extract_metrics("工业产值" + words * 20_000 + "1亿元")
    assert [(m.indicator, m.value.text if m.value else None) for m in metrics] == [
        ("工业产值", "1亿元")
    ]


def test_bracket_groups_after_a_name_are_cut() -> None:
    metrics = govreport.extract_metrics("工业产值" + "(甲)" * 30_000 + "1亿元")
    assert [m.indicator for m in metrics] == ["工业产值"]


def test_list_members_longer_than_the_name_limit_are_no_names() -> None:
    text = "、".join(["甲" * 40] * 3) + "甲" * 20_000 + "分别为1亿元、2亿元、3亿元"
    assert govreport.extract_metrics(text) == []
    members = "、".join(["工业产值" * 10] * 3) + "分别增长1%、2%、3%"
    assert all(len(m.indicator) <= NAME_LIMIT for m in govreport.extract_metrics(members))


def test_a_long_list_of_changes_is_read() -> None:
    metrics = govreport.extract_metrics("工业产值增长" + "1%、" * 20_000)
    assert [(m.indicator, m.growth) for m in metrics][:1] == [("工业产值", 1)]
    assert len(metrics) == 1


@pytest.mark.parametrize("size", [100_000, 1_000_000])
def test_a_long_name_resolves_to_nothing(size: int) -> None:
    assert govreport.canonical_indicator("甲" * size) is None
    assert govreport.canonical_indicator("甲" * size + "规上工业产值") is None


def test_the_name_cache_holds_short_names_only() -> None:
    before = indicators._cached_lookup.cache_info().currsize
    for index in range(400):
        govreport.canonical_indicator(f"{index}" + "甲" * 20_000)
    assert indicators._cached_lookup.cache_info().currsize == before
    govreport.canonical_indicator("全镇规上工业产值")
    assert indicators._cached_lookup.cache_info().currsize <= before + 1


def test_the_clause_caches_hold_short_clauses_only() -> None:
    long_clauses = "".join(f"工业{'甲' * 70}{index}产值,增长{index}%。" for index in range(50))
    govreport.extract_metrics(long_clauses)
    for cache in (_names._CLAUSE_NAMES, _names._CLAUSE_HEADS):
        assert all(len(key if isinstance(key, str) else key[0]) <= 70 for key in cache)
    short_clauses = "".join(f"第{index}季度{index}产值,增长{index}%。" for index in range(5000))
    govreport.extract_metrics(short_clauses)
    assert len(_names._CLAUSE_NAMES) <= _names._CLAUSE_NAMES_LIMIT
    assert len(_names._CLAUSE_HEADS) <= _names._CLAUSE_NAMES_LIMIT
