"""A table of contents before the text is chrome (role ``contents``), not the tree's top."""

from __future__ import annotations

import pytest

import govreport
from conftest import assert_nothing_lost

PARAGRAPH = "全年完成固定资产投资18.6亿元,增长7.2%,实施重点项目32个。新增城镇就业1200人。\n"
TEXT = (
    "一、2023年工作回顾\n"
    + PARAGRAPH
    + "(一)项目建设扎实推进\n"
    + PARAGRAPH
    + "二、2024年工作安排\n"
    + PARAGRAPH
    + "(一)全力扩大有效投资\n"
    + PARAGRAPH
)
OUTLINE = [
    (1, "2023年工作回顾"),
    (2, "项目建设扎实推进"),
    (1, "2024年工作安排"),
    (2, "全力扩大有效投资"),
]
OPENING = "各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n"


@pytest.mark.parametrize(
    "contents",
    [
        pytest.param("目录\n一、2023年工作回顾\n二、2024年工作安排\n", id="labelled"),
        pytest.param(
            "目 录\n一、2023年工作回顾……………………1\n(一)项目建设扎实推进……………2\n"
            "二、2024年工作安排……………………5\n",
            id="dot-leaders-and-pages",
        ),
        pytest.param("一、2023年工作回顾 1\n二、2024年工作安排 5\n", id="unlabelled-with-pages"),
        pytest.param("一、2023年工作回顾\n二、2024年工作安排\n", id="unlabelled-entries-again"),
    ],
)
def test_a_table_of_contents_is_set_aside(contents: str) -> None:
    text = "沙沟镇2024年政府工作报告\n" + contents + OPENING + TEXT
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    assert [(section.level, section.title) for section in report.walk()] == OUTLINE
    listed = [block.text for block in report.chrome if block.role == "contents"]
    assert "".join(listed).replace(" ", "") == contents.replace("\n", "").replace(" ", "")
    assert report.metadata.title == "沙沟镇2024年政府工作报告"


def test_a_labelled_table_opening_the_text_is_set_aside() -> None:
    report = govreport.parse_report("目录\n一、2023年工作回顾\n二、2024年工作安排\n" + TEXT)
    assert [(section.level, section.title) for section in report.walk()] == OUTLINE


def test_headings_in_a_row_that_do_not_come_again_are_headings() -> None:
    text = (
        "一、2023年工作回顾\n(一)项目建设扎实推进\n"
        + PARAGRAPH
        + "(二)民生保障持续改善\n"
        + PARAGRAPH
    )
    report = govreport.parse_report(OPENING + text)
    assert [section.title for section in report.walk()] == [
        "2023年工作回顾",
        "项目建设扎实推进",
        "民生保障持续改善",
    ]
    assert not [block for block in report.chrome if block.role == "contents"]
