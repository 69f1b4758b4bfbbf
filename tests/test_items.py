"""Items: lead sentences and enumerated points, from real paragraphs."""

from __future__ import annotations

import pytest

import govreport
from conftest import fixture_text

LEADS = [
    # (paragraph, expected lead) — real paragraphs, cut short
    (
        "项目攻坚扎实推进。围绕项目“攻坚增效”专项行动,8个省、市重点项目完成投资16亿元。",
        "项目攻坚扎实推进",
    ),  # 000
    (
        "慎终如始,全面防控。面对031308171124等数场输入性聚集性疫情考验,第一时间组建16个防控工作专班。",
        "慎终如始,全面防控",
    ),  # 003
    (
        "一是迅速行动,坚决守住主阵地。按照坚定信心、同舟共济、科学防治、精准施策的总要求。",
        "迅速行动,坚决守住主阵地",
    ),  # 001
    (
        "——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。",
        "经济总体回升向好",
    ),  # 2024
    (
        "推动高质量充分就业。就业是最大的民生。坚持就业优先政策,完善就业举措。",
        "推动高质量充分就业",
    ),  # 001
    ("战疫情、扶企业、稳经济。全面落实疫情防控各项措施。", "战疫情、扶企业、稳经济"),  # 001
    (
        "2023年是极不平凡的一年。我们在区委、区政府和镇党委的坚强领导下。",
        None,
    ),  # 001: a date, not a title
    (
        "今年是全面贯彻党的二十大精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。",
        None,
    ),  # 000
    (
        "城乡品质日益提升推进文明城市创建,加大占道摆摊、夜间大排档等专项整治力度。",
        None,
    ),  # 000, 。 lost
    ("一年来,我们主要做了以下工作:", None),  # 001
]


@pytest.mark.parametrize(("paragraph", "lead"), LEADS)
def test_lead_sentences(paragraph: str, lead: str | None) -> None:
    report = govreport.parse_report(f"一、工作回顾\n{paragraph}")
    assert report.sections[0].items[0].lead == lead


def test_salutation_is_a_preamble_item_of_its_own_kind() -> None:
    report = govreport.parse_report(fixture_text("national/2024.txt"))
    assert report.preamble[0].text == "各位代表："
    assert report.preamble[0].kind == "salutation"
    assert report.preamble[0].lead is None


def test_points_of_one_paragraph_become_items() -> None:
    """Seed 002: the problems paragraph enumerates 一是…四是 in one paragraph."""
    report = govreport.parse_report(fixture_text("seeds/002_0f2ab75d7a324a83.txt"))
    items = report.sections[0].items
    start = next(i for i, item in enumerate(items) if item.text.startswith("在看到成绩的同时"))
    assert items[start].text == "在看到成绩的同时,我们也清醒地认识到困难和挑战依然较多。"
    points = [item.text[:2] for item in items[start + 1 : start + 5]]
    assert points == ["一是", "二是", "三是", "四是"]


def test_points_on_lines_of_their_own_keep_their_lead() -> None:
    report = govreport.parse_reports(fixture_text("seeds/001_555f7e936fe6323d.txt"))[1]
    leads = [
        item.lead
        for item in report.sections[0].items
        if item.text.startswith(("一是", "二是", "三是"))
    ]
    assert leads == [
        "迅速行动,坚决守住主阵地",
        "因时应势,调整优化防控措施",
        "创新探索,推动实现精准高效防控",
    ]


def test_run_on_report_splits_at_lead_sentences() -> None:
    """Seed 004 is one line: lead sentences are the only paragraph boundaries left."""
    report = govreport.parse_report(fixture_text("seeds/004_22c6fb72f19d0811.txt"))
    first = report.sections[0].children[0]
    assert [item.lead for item in first.items] == [
        "工业基础持续夯实",
        "重点项目加快推进",
        "营商环境不断优化",
    ]
    second = report.sections[0].children[1]
    assert [item.lead for item in second.items] == ["学深主题教育", "抓实检视整改", "加强网格智治"]


def test_item_text_and_spans_agree() -> None:
    text = fixture_text("seeds/000_5f8850e58b636763.txt")
    report = govreport.parse_report(text)
    for item in report.items():
        if not item.segments:
            assert text[item.span[0] : item.span[1]] == item.text
