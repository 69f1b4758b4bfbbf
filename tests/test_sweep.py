"""Any text at all: no exception, nothing lost, exact round trips through dicts, JSON and pickle.

The alphabet is wide on purpose: CJK punctuation, full-width forms, combining marks, line and
paragraph separators, lone carriage returns, control characters, astral characters and lone
surrogates, mixed with pieces of real reports and long runs of digits, numerals and commas.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport
from conftest import assert_nothing_lost

PIECES = [
    "一、", "（一）", "1.", "一是", "第一，", "各位代表：", "2023年工作回顾",
    "全社会固定资产投资额完成41.1亿元,比增37.2%;", "百分之三十六點九", "十点四倍",
    "来源:闽侯县 发布时间: 2024-11-11 15:05", "加大字体 缩小字体 打印", "相关解读 ",
    "公号“老秘带你写材料”整理编辑", "本作品是中华人民共和国的", "| 索 引 号 |", "\r\n",
]  # fmt: skip

CHARACTERS = st.one_of(
    st.sampled_from(list("，。、；：？！“”‘’（）《》【】〔〕—…·「」『』〈〉～　")),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width forms
    st.characters(categories=["Mn", "Me"]),  # combining marks
    st.sampled_from(["\u2028", "\u2029", "\r", "\n", "\x85", "\x0b", "\x0c", "\ufeff"]),
    st.characters(categories=["Cc", "Cf"]),  # control and format characters
    st.characters(min_codepoint=0x10000),  # astral
    st.characters(categories=["Cs"]),  # lone surrogates
    st.sampled_from(list("0123456789,.%零〇一二两三四五六七八九十百千万亿萬億点點元个")),
    st.characters(),
)
RUNS = st.builds(
    lambda piece, count: piece * count,
    st.sampled_from(["1", ",000", "〇", "一", "十", "点", "1%", "、", "\ud800\udfff", "大 "]),
    st.integers(min_value=20, max_value=1000),
)
WIDE_TEXT = st.lists(
    st.one_of(st.text(CHARACTERS, max_size=12), st.sampled_from(PIECES), RUNS), max_size=25
).map("".join)

SWEEP = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SWEEP
@given(WIDE_TEXT)
def test_every_function_takes_any_text(text: str) -> None:
    for function in (
        govreport.extract_quantities,
        govreport.extract_metrics,
        govreport.canonical_indicator,
        govreport.parse_quantity,
        govreport.parse_number,
    ):
        function(text)
    for report in govreport.parse_reports(text):
        assert_nothing_lost(report)


@SWEEP
@given(WIDE_TEXT)
def test_reports_round_trip_exactly(text: str) -> None:
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    data = report.to_dict()
    assert govreport.Report.from_dict(data) == report
    restored = govreport.Report.from_dict(json.loads(json.dumps(data)))
    assert restored == report
    assert restored.text == text
    assert pickle.loads(pickle.dumps(report)) == report


@pytest.mark.parametrize(
    "text",
    [
        "\ud800\udfff",
        "一、工作回顾\n\ud800\udfff完成投资16亿元，增长5%。",
        "\ud800\n\udfff一、工作回顾",  # joined once the line break is taken out of an item
        "\U000103ff\ud800\udfff\uffff",  # the astral character itself, and the mark
        "\uffff\ud800\udfff\uffff\uffff\ud800",
    ],
)
def test_lone_surrogates_stay_two_code_units_through_json(text: str) -> None:
    report = govreport.parse_report(text)
    restored = govreport.Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert restored.text == text
    assert restored == report
    assert restored.to_dict() == report.to_dict()


def test_text_without_surrogates_has_no_mark() -> None:
    assert "pair_mark" not in govreport.parse_report("一、工作回顾\n完成投资16亿元。").to_dict()


def test_marked_dicts_match_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (Path(__file__).parents[1] / "docs" / "report.schema.json").read_text(encoding="utf-8")
    )
    data = govreport.parse_report("一、工作回顾\n\ud800\udfff完成投资16亿元。").to_dict()
    assert data["pair_mark"] == "\uffff"
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []
