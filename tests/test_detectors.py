"""Heading detectors on real heading lines, and a detector written by a user."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import govreport
from conftest import CORPUS, FIXTURES
from govreport._detectors import (
    _PART_TITLE,
    DetectorSet,
    LineContext,
    SummaryHeadingDetector,
    ordinal_value,
)
from govreport._normalize import fold, normalize

CONTEXT = LineContext(index=0)

HEADINGS = [
    # (line as written, detector, family, number)
    ("一、2023年政府工作回顾", "chinese_numeral", "一、", 1),  # 000
    ("十、切实保障和改善民生，加强和创新社会治理。", "chinese_numeral", "一、", 10),
    ("(二)乡村面貌初展新颜,城乡品质进一步提升", "paren_chinese_numeral", "（一）", 2),  # 000
    (
        "（十）切实保障和改善民生，加强和创新社会治理。坚持",
        "paren_chinese_numeral",
        "（一）",
        10,
    ),  # 2024
    ("1. 激活产业升级“主引擎”。坚持巩固存量", "arabic_numeral", "1.", 1),  # 003
    ("2、完善基础设施", "arabic_numeral", "1.", 2),
    ("（3）加强生态保护", "paren_arabic_numeral", "（1）", 3),
    ("第一，聚焦增强新动能，着力稳增长、优结构。", "ordinal", "第一", 1),  # 001
    ("第五,推进政府治理现代化。", "ordinal", "第一", 5),  # 001
    ("②推进乡村振兴", "circled_numeral", "①", 2),
    (")发展后劲持续增强,产业转型进一步加快", "lost_marker", "（一）", None),  # 000
    ("、全力建设人民满意政府", "lost_marker", "一、", None),  # 003
    ("、2021年工作安排", "lost_marker", "一、", None),  # a part title opening on its year
    ("、“十一五”时期国民经济和社会发展的回顾", "lost_marker", "一、", None),  # national 2011
    ("）旗帜鲜明讲政治。深入学习贯彻", "lost_marker", "（一）", None),  # 003
]

NOT_HEADINGS = [
    "(一期)建设项目等4项目开工建设",
    "（试行草案）已经公布",
    "1-9月固定资产投资 33.27亿元",
    "1.5万亩高标准农田",
    "11.X%、居全省第三位;税占比 X.X%",  # 049 cut by a PDF's line break: digits replaced
    "21.X%;农民人均纯收入X112元",  # 025 as a dump of tokens
    "一、二季度经济增速较快",
    "第一次全国人口普查",
    "第二批国家级示范区",
    "2023年是极不平凡的一年",
    "(上官)30亩土地进场清表",
]


def first_match(line: str) -> govreport.HeadingMatch | None:
    text = normalize(line).text
    for detector in sorted(govreport.DEFAULT_DETECTORS, key=lambda d: d.priority):
        for match in detector.find(text, CONTEXT):
            if match.start == 0:
                return match
    return None


@pytest.mark.parametrize(("line", "detector", "family", "number"), HEADINGS)
def test_heading_markers(line: str, detector: str, family: str, number: int | None) -> None:
    match = first_match(line)
    assert match is not None
    assert (match.detector, match.family, match.number) == (detector, family, number)


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_markers_in_running_text_are_declined(line: str) -> None:
    assert first_match(line) is None


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("九", 9),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十三", 23),
        ("7", 7),
        ("③", 3),
    ],
)
def test_ordinal_values(numeral: str, value: int) -> None:
    assert ordinal_value(numeral) == value


def test_inline_headings_are_found_after_a_gap() -> None:
    detector = govreport._detectors.InlineHeadingDetector()
    line = normalize(
        "获评“红榜”。 一、工作开展情况 （一）盘活存量、做优增量,镇域经济运行平稳。 工业"
    ).text
    found = [(m.family, m.number) for m in detector.find(line, CONTEXT)]
    assert found == [("一、", 1), ("（一）", 1)]


class CapitalNumeralDetector(govreport.SectionDetector):
    """``壹、…``, ``贰、…``: capital numerals, which the built-in detectors do not know."""

    name = "capital_numeral"
    family = "壹、"
    priority = 5
    level_hint = 1
    pattern = regex.compile(r"(?P<number>[壹贰叁肆伍陆柒捌玖拾])、")

    def number(self, match: regex.Match[str]) -> int | None:
        return "壹贰叁肆伍陆柒捌玖拾".index(match.group("number")) + 1


def test_a_user_detector_extends_the_defaults() -> None:
    text = (
        "壹、过去一年的工作\n一、经济运行\n项目攻坚扎实推进。\n"
        "贰、今年的任务\n一、稳增长\n加强要素保障。"
    )
    report = govreport.parse_report(
        text, detectors=[*govreport.DEFAULT_DETECTORS, CapitalNumeralDetector()]
    )
    assert [(s.title, s.level, s.detector) for s in report.walk()] == [
        ("过去一年的工作", 1, "capital_numeral"),
        ("经济运行", 2, "chinese_numeral"),
        ("今年的任务", 1, "capital_numeral"),
        ("稳增长", 2, "chinese_numeral"),
    ]


def test_without_the_user_detector_the_parts_are_paragraphs() -> None:
    text = "壹、过去一年的工作\n一、经济运行\n项目攻坚扎实推进。"
    report = govreport.parse_report(text)
    assert [s.title for s in report.walk()] == ["经济运行"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered parts, a layout of report pages (corpus/pages/README: 第一部分 / 第一章)
        (
            "第一部分 2023年工作回顾\n一、经济运行\n地区生产总值增长6.1%。\n"
            "第二部分 2024年工作安排\n一、稳增长\n力争增长6%左右。",
            [(1, "2023年工作回顾"), (2, "经济运行"), (1, "2024年工作安排"), (2, "稳增长")],
        ),
        (
            "第一章 2023年工作回顾\n过去一年，全县经济运行平稳。\n"
            "第二章 2024年工作安排\n今年，全县将着力稳增长。",
            [(1, "2023年工作回顾"), (1, "2024年工作安排")],
        ),
        # inside a sentence, a part is a reference, not a heading
        ("报告的第二部分是关于2024年的工作安排。\n全年力争增长6%左右。", []),
        # an Arabic marker before a year
        (
            "1、2023年工作回顾\n过去一年，全县经济运行平稳。\n"
            "2、存在的问题\n发展不充分。\n3、2024年工作计划\n今年着力稳增长。",
            [(1, "2023年工作回顾"), (1, "存在的问题"), (1, "2024年工作计划")],
        ),
        # a list of months is no marker
        ("1、2月份全县工业增加值增长5%。\n全年力争增长6%左右。", []),
    ],
    ids=["parts", "chapters", "part-in-a-sentence", "arabic-before-a-year", "months"],
)
def test_built_in_markers_of_report_pages(text: str, expected: list[tuple[int, str]]) -> None:
    report = govreport.parse_report(text)
    assert [(s.level, s.title) for s in report.walk()] == expected


# (line, the line after it, whether it heads a section): 一是… alone on its line
POINT_HEADINGS = [
    (  # provincial 2025_gansu
        "一是聚焦全方位扩大内需，着力提消费促投资",
        "大力提振消费需求。全面落实“两新”政策和提振消费专项行动。",
        (1, "聚焦全方位扩大内需,着力提消费促投资"),
    ),
    (
        "八是深化主动创安创稳，以高水平安全保障高质量发展",
        "提升安全生产水平。深入开展安全生产治本攻坚三年行动。",
        (8, "深化主动创安创稳,以高水平安全保障高质量发展"),
    ),
    # a point is a sentence with its body on the line (provincial 2025 一是…七是 run-in points)
    ("一是保人民生命安全。疫情防控应急响应期间,时刻绷紧", "二是保经济稳定。", None),
    # a list of short points, not headings: the next line is the next point
    ("一是加强组织领导", "二是强化责任落实", None),
    # a line cut by a PDF's wrap ends mid-phrase
    ("二是食用菌产业高速发展,2022 年度,平湖镇食用菌年产、", "量达 2.33 万吨。", None),
    # nothing after it but another heading
    ("一是聚焦全方位扩大内需", "(一)大力提振消费需求", None),
]


@pytest.mark.parametrize(("line", "following", "expected"), POINT_HEADINGS)
def test_a_point_standing_alone_heads_a_section(
    line: str, following: str, expected: tuple[int, str] | None
) -> None:
    detector = next(d for d in govreport.DEFAULT_DETECTORS if d.name == "point_heading")
    text = normalize(line).text
    match = detector.match(text, LineContext(index=1, following=normalize(following).text))
    found = None if match is None else (match.number, text[match.marker_end : match.title_end])
    assert found == expected


class _AskedAboutEveryLine(SummaryHeadingDetector):
    """A user's subclass that changes nothing: a set holding it asks about every line."""


def _every_line_asked() -> list[govreport.SectionDetector]:
    return [
        _AskedAboutEveryLine() if type(detector) is SummaryHeadingDetector else detector
        for detector in govreport.DEFAULT_DETECTORS
    ]


def _reading_paths() -> list[Path]:
    paths = sorted(FIXTURES.rglob("*.txt"))
    return paths + sorted(CORPUS.glob("pages/*.txt")) + sorted(CORPUS.glob("provincial/*.txt"))


@pytest.mark.parametrize(
    "path", _reading_paths(), ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_lines_skipped_as_prose_are_those_no_detector_reads(path: Path) -> None:
    """The built-in set skips long lines of prose without asking its detectors (over the
    fixtures, and the corpus's pages and provincial reports where it is beside the
    project); a set that asks about every line reads the same report."""
    text = path.read_text(encoding="utf-8")
    skipped = govreport.parse_report(text).to_dict()
    asked = govreport.parse_report(text, detectors=_every_line_asked()).to_dict()
    assert skipped == asked


_PIECES = st.sampled_from(
    ["一、", "(一)", "1.", "①", "第一,", "一是", ")", "、", "一年来,我们", "2023年", "工作回顾",
     "今年以来,", "报告", "(bào)", "推进", "发展", "经济", "建设", ",", "。", ":", " ", "\u3000"]
)  # fmt: skip


@given(
    line=st.lists(_PIECES, min_size=1, max_size=40).map("".join),
    previous=st.lists(_PIECES, max_size=6).map("".join),
)
def test_a_line_skipped_as_prose_has_no_candidate(line: str, previous: str) -> None:
    detectors = DetectorSet(govreport.DEFAULT_DETECTORS)
    context = LineContext(index=1, previous=previous)
    if not detectors.may_head(line, previous, run_on=False):
        assert [*detectors.at_start(line, context)] == []
        assert detectors.elsewhere(line, context) == []


_FORWARD_PART_TITLE = regex.compile(_PART_TITLE.pattern.removeprefix("(?r)"))
_PART_PIECES = st.sampled_from(
    ["2024年", "二〇二三年", "今年", "上半年", "“十四五”", "工作", "回顾", "安排", "建议", "重点",
     "主要", "成效", "和", "及", "关于", "的", "政府自身建设", "加强", "、", " ", "经济", "🏆",
     "。"]
)  # fmt: skip


@given(st.lists(_PART_PIECES, min_size=1, max_size=7).map("".join))
def test_a_part_title_matched_from_its_end_is_one_matched_from_its_start(line: str) -> None:
    assert (_PART_TITLE.fullmatch(line) is None) == (_FORWARD_PART_TITLE.fullmatch(line) is None)


def test_the_part_titles_of_the_fixtures_match_from_either_end() -> None:
    lines = {
        stripped
        for path in sorted(FIXTURES.rglob("*.txt"))
        for line in fold(path.read_text(encoding="utf-8")).split("\n")
        if 0 < len(stripped := line.strip()) <= 40
    }
    forward = {line for line in lines if _FORWARD_PART_TITLE.fullmatch(line)}
    assert forward == {line for line in lines if _PART_TITLE.fullmatch(line)}
    assert forward  # the fixtures name parts
