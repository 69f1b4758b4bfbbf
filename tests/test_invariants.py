"""Properties that hold for any input: no crash, TypeError on non-str, nothing lost."""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport
from conftest import FIXTURES, assert_nothing_lost, corpus_files, fixture_text

# Pieces of real reports, recombined at random so that every code path gets exercised:
# markers (whole, lost, inline), chrome lines, adverts, points, leads, numbers, odd spaces.
FRAGMENTS = [
    "一、",
    "二、",
    "（一）",
    "(二)",
    "(四)",
    ")",
    "、",
    "1.",
    "2、",
    "(1)",
    "第一，",
    "第二,",
    "①",
    "一是",
    "二是",
    "2023年政府工作回顾",
    "社会事业协调发展,群众福祉进一步增强",
    "项目攻坚扎实推进。",
    "全社会固定资产投资额完成41.1亿元,比增37.2%;",
    "百分之三十六點九",
    "来源:闽侯县 发布时间: 2024-11-11 15:05",
    "加大字体 缩小字体 收藏 取消收藏 打印",
    "• 索 引 号:QZ06912-0340-2023-10003",
    "索 引 号 | 1133102400268125XW/2024-104525 | 公开方式 | 主动公开 |",
    "公号“老秘带你写材料”整理编辑",
    "本作品是中华人民共和国的",
    "乡镇政府2023工作报告",
    "各位代表：",
    "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
    "扫一扫在手机上查看当前页面",
    "。",
    "，",
    ",",
    "；",
    " ",
    "\u3000",
    "\xa0",
    "\u200b",
    "\ufeff",
    "\r\n",
    "\n",
    "\n\n",
    "\r",
    "|",
    "１２．５亿元",
    "XX\n镇\n2023\n年",
    "&nbsp;",  # an entity of a space, read as spaces: a title may stop inside it
    "**",
    "<p>",
    "</p>",
]

report_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map(
    "".join
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(), report_like))
def test_any_text_parses_and_nothing_is_lost(text: str) -> None:
    report = govreport.parse_report(text)
    assert report.text is text
    assert report.span == (0, len(text))
    assert_nothing_lost(report)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(report_like)
def test_several_reports_partition_the_text(text: str) -> None:
    reports = govreport.parse_reports(text)
    assert reports
    assert reports[0].span[0] == 0
    assert reports[-1].span[1] == len(text)
    for before, after in itertools.pairwise(reports):
        assert before.span[1] == after.span[0]
    for report in reports:
        assert_nothing_lost(report)


@settings(max_examples=100, deadline=None)
@given(report_like)
def test_dict_round_trip_on_random_text(text: str) -> None:
    report = govreport.parse_report(text)
    assert govreport.Report.from_dict(report.to_dict()) == report


@pytest.mark.parametrize(
    "function",
    [
        govreport.parse_report,
        govreport.parse_reports,
        govreport.extract_quantities,
        govreport.extract_metrics,
        govreport.canonical_indicator,
        govreport.parse_quantity,
        govreport.parse_number,
    ],
)
@pytest.mark.parametrize("value", [None, b"\xe4\xb8\x80", 12, ["text"]])
def test_non_str_raises_type_error_saying_what_was_expected(function, value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match=r"expects .* as str, got"):
        function(value)


def test_bytes_error_suggests_decoding() -> None:
    with pytest.raises(TypeError, match="decode"):
        govreport.parse_report(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u200b", "。", "一、"])
def test_degenerate_text_gives_an_empty_or_tiny_report(text: str) -> None:
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    assert report.metadata == govreport.Metadata() or report.metadata.title is not None


FIXTURE_FILES = sorted(FIXTURES.glob("*/*.txt"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_nothing_lost_in_fixtures(path: Path) -> None:
    for report in govreport.parse_reports(path.read_text(encoding="utf-8")):
        assert_nothing_lost(report)


@pytest.mark.corpus
def test_nothing_lost_in_the_whole_corpus() -> None:
    for path in corpus_files():
        text = path.read_text(encoding="utf-8")
        assert_nothing_lost(govreport.parse_report(text))
        for report in govreport.parse_reports(text):
            assert_nothing_lost(report)


@pytest.mark.corpus
def test_no_national_report_is_split() -> None:
    for path in corpus_files():
        if path.parent.name == "national":
            assert len(govreport.parse_reports(path.read_text(encoding="utf-8"))) == 1, path.name


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_reports_pickle_and_round_trip_through_dicts(path: Path) -> None:
    for report in govreport.parse_reports(path.read_text(encoding="utf-8")):
        assert pickle.loads(pickle.dumps(report)) == report
        assert govreport.Report.from_dict(report.to_dict()) == report


@pytest.mark.parametrize(
    "text",
    [
        # 2025 云南 (36．城乡生活污水治理3个“三年行动”…) with a page's entity for a space:
        # the title stops at the entity's second space, inside it
        "一、工作回顾\n36．城乡生活污水治理3&nbsp;&nbsp;个“三年行动”：第1个“三年行动”。\n",
        "一、工作回顾\n36．城乡生活污水治理&nbsp;3个“三年行动”。\n",
    ],
)
def test_an_entity_a_block_ends_inside_is_chrome_for_the_rest(text: str) -> None:
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    entities = "".join(block.text for block in report.chrome if block.role == "html_entity")
    assert entities.endswith("nbsp;")


def test_crlf_full_width_and_zero_width_text_keeps_offsets() -> None:
    text = (
        "\ufeff一、２０２３年工作回顾\r\n\r\n（一）项目攻坚扎实推进。完成投资１６亿元。\u200b\r\n"
    )
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    section = report.sections[0].children[0]
    assert section.title == "项目攻坚扎实推进"
    assert text[section.span[0] : section.span[1]] == "（一）项目攻坚扎实推进。"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_item_quantities_point_into_the_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for report in govreport.parse_reports(text):
        for item in report.items():
            for quantity in item.quantities:
                start, end = quantity.span
                assert text[start:end] == quantity.text
                assert item.span[0] <= start < end <= item.span[1]


def test_quantities_of_an_item_match_the_extractor_on_its_text() -> None:
    report = govreport.parse_report(fixture_text("seeds/000_5f8850e58b636763.txt"))
    item = report.sections[0].items[1]
    assert [(q.text, q.value) for q in item.quantities] == [
        (q.text, q.value) for q in govreport.extract_quantities(item.text)
    ]
    assert [q.text for q in item.quantities][:4] == ["41.1亿元", "37.2%", "1.82亿元", "-17%"]


# Pieces of the layouts PDF extraction leaves: one token per line, numbers spaced out, page
# fields and clock times glued on, numbered parts; random text seldom forms them.
_LAYOUT_PIECES = st.sampled_from(
    ["一、", "(一)", "1、", "第一部分", "2023年", "工作", "回顾", "过去", "一年,", "增长", "5.2%",
     "。", "发布日期:", "2023-11-28", "18:29:50", "各位代表:", "3 . 5", "2 0 2 3 ", "1 5 ．3 ％",
     "亿元", "(全文)", "(广西)", "来源", " ", "\n", "\n\n"]
)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_LAYOUT_PIECES, max_size=120).map("".join))
def test_pdf_layouts_lose_nothing(text: str) -> None:
    for report in govreport.parse_reports(text):
        assert_nothing_lost(report)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_LAYOUT_PIECES, min_size=20, max_size=150).map("\n".join))
def test_dumps_of_one_token_per_line_lose_nothing(text: str) -> None:
    for report in govreport.parse_reports(text):
        assert_nothing_lost(report)
