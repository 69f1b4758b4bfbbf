"""Several reports in one text: where ``parse_reports`` cuts, and where it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from page_cases import read_document

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
FOOTER = "本作品是中华人民共和国的"  # Wikisource's licence footer, no compilation's


def _document(name: str) -> str:
    path = CORPUS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (the corpus lies beside the project)")
    return read_document(path)


@pytest.mark.parametrize(
    "names",
    [
        # page excerpts: a report of one or two long paragraphs before the next title
        ("pages/004", "pages/008"),
        ("pages/035", "pages/010"),  # a title with the page's date after it
        ("pages/005", "pages/013"),  # a compilation's title (乡2023年政府工作报告-10篇(第20/30页))
        ("provincial/2025_hebei", "national/2023"),
        ("national/2005", "national/2006"),  # 2006 opens on 各位代表，… and 一、去年工作回顾
        # a whole report on one line, its title running into its opening
        ("pages/023", "pages/031"),  # 12023年街道2023年工作规划今年是…
        ("pages/010", "pages/046"),  # …政府工作报告(2022年政府工作报告)各位代表:…
    ],
    ids="+".join,
)
def test_joined_documents_are_found_again(names: tuple[str, ...]) -> None:
    texts = [_document(name) for name in names]
    text = "\n\n".join(texts)
    reports = govreport.parse_reports(text)
    assert len(reports) == len(texts)
    position = 0
    for report, piece in zip(reports, texts, strict=True):
        assert position <= report.span[0] < position + len(piece)
        position += len(piece) + 2


@pytest.mark.parametrize(
    "names",
    [
        # each excerpt stops mid-sentence; the next document's dated title is on the next line
        ("pages/026", "provincial/2025_guizhou"),  # 2025年贵州省政府工作报告
        ("pages/032", "pages/002"),  # 老新镇2023年工作总结及2024年工作计划
        ("pages/040", "pages/010"),  # 五角场街道2015年工作总结和2016年工作安排 2016-03-07
        ("pages/004", "pages/025"),  # XX镇2023年上半年工作总结及2023年下半年工作设想
        ("pages/053", "pages/044"),  # 縣政府上半年工作總結及下半年工作安排: a half, traditional
    ],
    ids="+".join,
)
def test_a_dated_title_after_a_cut_line_opens_the_next_report(names: tuple[str, ...]) -> None:
    texts = [_document(name) for name in names]
    reports = govreport.parse_reports("\n".join(texts))
    assert len(reports) == 2
    assert len(texts[0]) < reports[1].span[0] < len(texts[0]) + len(texts[1])


@pytest.mark.parametrize(
    "names",
    [
        # each excerpt stops mid-sentence; the next opens on its occasion line (no title)
        ("pages/038", "pages/059"),  # |  / ——2015年1月28日在山西省…會議上 / 省長 李小鵬 / 各位代表:
        ("pages/001", "pages/059"),
    ],
    ids="+".join,
)
def test_an_occasion_after_a_cut_line_opens_the_next_report(names: tuple[str, ...]) -> None:
    texts = [_document(name) for name in names]
    reports = govreport.parse_reports("\n".join(texts))
    assert len(reports) == 2
    assert len(texts[0]) <= reports[1].span[0] < len(texts[0]) + 10


def test_a_second_opening_salutation_opens_the_next_report() -> None:
    # two short reports, each a title, its salutation and one paragraph
    one = (
        "各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n全镇完成地区生产总值12亿元。\n"
    )
    two = "各位代表:\n现在,我代表乡人民政府向大会报告工作,请予审议。\n全乡完成地区生产总值8亿元。\n"
    reports = govreport.parse_reports(one + two)
    assert [report.span[0] for report in reports] == [0, len(one)]


def test_a_breadcrumb_after_a_reports_prose_opens_the_next_page() -> None:
    # 004's page opens on its breadcrumb, its title a part's name (2021年工作总结)
    texts = [_document("pages/032"), _document("pages/004")]
    reports = govreport.parse_reports("\n\n".join(texts))
    assert len(reports) == 2
    assert len(texts[0]) < reports[1].span[0] < len(texts[0]) + 40


def test_a_report_in_traditional_script_opening_on_its_speaker_line_is_found() -> None:
    # 050: 信陽市人民政府市長 尚朝陽 / 各位代表: / 現(xiàn)在,我代表市人民政府,向大會報(bào)告工作
    texts = [_document("pages/043"), _document("pages/050")]
    reports = govreport.parse_reports("\n\n".join(texts))
    assert [report.span[0] for report in reports] == [0, len(texts[0]) + 2]


@pytest.mark.parametrize(
    "title",
    [
        "乡镇上半年工作总结及打算",  # 016
        "XX镇2023年上半年工作总结及2023年下半年工作设想",  # 025
    ],
)
def test_a_compound_title_ending_in_a_plan_word_opens_a_report(title: str) -> None:
    first = "某镇政府工作报告\n" + "过去一年,我镇经济运行稳中有进。\n" * 4
    second = title + "\n2023年,全镇上下团结一心,各项事业全面进步。"
    reports = govreport.parse_reports(first + "\n" + second)
    assert [report.span[0] for report in reports] == [0, len(first) + 1]


def test_a_title_naming_another_government_opens_the_next_summary() -> None:
    # a compilation of township summaries, each under its own title and no piece label: a
    # part never names the government before its year (马站镇2023年工作总结)
    first = "沙沟镇2022年工作总结\n" + "2022年,我镇经济运行稳中有进,各项事业全面进步。\n" * 4
    second = "马站镇2023年工作总结\n2023年,全镇上下团结一心,各项事业全面进步。"
    reports = govreport.parse_reports(first + second)
    assert [report.metadata.region for report in reports] == ["沙沟镇", "马站镇"]
    assert [report.span[0] for report in reports] == [0, len(first)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # page 002's title and first part; the second part as such reports name it
            "老新镇2023年工作总结及2024年工作计划\n一、2023年工作总结\n"
            "2023年,我镇经济运行稳中有进。完成地区生产总值16亿元。增长5%。\n"
            "全镇上下团结一心。\n各项事业全面进步。\n二、2024年工作计划\n"
            "2024年,我们将继续努力。计划投资20亿元。",
            id="numbered-part",
        ),
        pytest.param(
            "老新镇2023年工作总结及2024年工作计划\n"
            "2023年,我镇经济运行稳中有进。完成地区生产总值16亿元。增长5%。\n"
            "全镇上下团结一心。\n各项事业全面进步。\n2024年工作计划\n"
            "2024年,我们将继续努力。计划投资20亿元。",
            id="part-of-the-compound-title",
        ),
        pytest.param(
            "某镇政府工作报告\n各位代表:\n现在,我代表镇人民政府向大会报告工作。\n"
            "过去一年,我镇经济运行稳中有进。\n完成地区生产总值16亿元。\n增长5%。\n"
            "2024年工作安排\n2024年,我们将继续努力。计划投资20亿元。",
            id="unnumbered-part",
        ),
    ],
)
def test_a_part_heading_that_names_a_document_opens_no_report(text: str) -> None:
    assert len(govreport.parse_reports(text)) == 1


@pytest.mark.corpus
def test_no_corpus_document_is_split_but_the_seed_of_three() -> None:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent (the corpus lies beside the project)")
    split = {
        path.name: count
        for path in sorted(CORPUS.rglob("*.txt"))
        if (count := len(govreport.parse_reports(read_document(path)))) != 1
    }
    assert split == {"001_555f7e936fe6323d.txt": 3}


@pytest.mark.parametrize(
    ("names", "label"),
    [
        (("provincial/2025_jilin", "provincial/2025_xinjiang"), "第{}篇:"),  # 060 第一篇:
        (("seeds/004_22c6fb72f19d0811", "provincial/2025_anhui"), "篇{}:"),  # after chrome
        (("provincial/2025_hebei", "national/2023", "provincial/2025_fujian"), "【篇{}】"),
    ],
    ids=["第一篇", "篇一-after-chrome", "【篇一】"],
)
def test_a_compilation_on_one_line_is_cut_at_its_piece_labels(
    names: tuple[str, ...], label: str
) -> None:
    # a content site's compilation printed on one line (060 (合集五篇), 046, 054 on one line)
    pieces = [
        label.format("一二三"[index]) + " ".join(_document(name).split(FOOTER)[0].split())
        for index, name in enumerate(names)
    ]
    reports = govreport.parse_reports(" ".join(pieces))
    assert len(reports) == len(pieces)
    position = 0
    for report, piece in zip(reports, pieces, strict=True):
        assert position <= report.span[0] < position + len(piece)
        position += len(piece) + 1


def test_a_title_running_into_its_salutation_opens_the_next_report_on_one_line() -> None:
    body = (
        "现在,我代表镇人民政府向大会报告工作,请予审议。一、2022年工作回顾 过去一年,"
        "全镇实现地区生产总值5.2亿元,同比增长6%,完成固定资产投资3.1亿元。我们坚持稳中求进。"
        "二、2023年工作安排 今年全镇地区生产总值增长6%左右,一般公共预算收入增长5%。"
    )
    text = " ".join(
        f"2023年{place}政府工作报告 各位代表: {body}" for place in ("沙沟镇", "洋口镇", "南通镇")
    )
    reports = govreport.parse_reports(text)
    assert [report.metadata.region for report in reports] == ["沙沟镇", "洋口镇", "南通镇"]
