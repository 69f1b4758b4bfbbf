"""Metadata, section kinds and paragraph kinds of real reports, field by field."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import govreport
from conftest import corpus_files, fixture_text
from govreport._kinds import section_kind, top_kinds
from govreport._metadata import parse_date

NATIONAL = {"region": "国务院", "admin_level": "国家"}
ANNUAL_REPORT = {"period": "annual", "doc_type": "政府工作报告"}

METADATA: list[tuple[str, int, dict[str, Any], list[str | None]]] = [
    # (fixture, report index, every field that is not None, kinds of the level-1 sections)
    (
        "seeds/000_5f8850e58b636763.txt",
        0,
        {
            "title": "南通镇2023年政府工作报告",
            "region": "南通镇",
            "admin_level": "镇",
            "year": 2023,
            **ANNUAL_REPORT,
            "published": "2024-11-11",
            "publisher": "闽侯县",
            "source": "闽侯县",
        },
        ["review", "plan"],
    ),
    (
        "seeds/001_555f7e936fe6323d.txt",
        0,
        {
            "title": "乡镇政府2023工作报告",
            "region": "留庄镇",  # 我谨代表留庄镇人民政府
            "admin_level": "镇",
            "year": 2023,
            **ANNUAL_REPORT,
        },
        ["review"] * 6,  # headings that state results: …加速推进, …不断壮大
    ),
    (
        "seeds/001_555f7e936fe6323d.txt",
        1,
        {
            "title": "乡镇政府2023工作报告",
            "region": "北蔡镇",  # XX镇 at the top, 北蔡镇 later
            "admin_level": "镇",
            "year": 2023,
            **ANNUAL_REPORT,
        },
        ["review", "plan"],
    ),
    (
        "seeds/001_555f7e936fe6323d.txt",
        2,
        {
            "title": "乡镇政府2023工作报告",
            "region": "孙岗镇",  # the township the text names most often
            "admin_level": "镇",
            "year": 2023,
            **ANNUAL_REPORT,
        },
        ["review", "plan"],
    ),
    (
        "seeds/002_0f2ab75d7a324a83.txt",
        0,
        {
            "title": "洋口镇(沿海经济开发区)2023年上半年工作总结及下半年工作计划",
            "region": "洋口镇",
            "admin_level": "镇",
            "year": 2023,
            "period": "half-year",
            "doc_type": "总结和计划",
            "published": "2023-07-01",
            "publisher": "如东县洋口镇人民政府(沿海经济开发区)",
            "source": "如东县洋口镇人民政府(沿海经济开发区)",
        },
        ["review", "plan"],
    ),
    (
        "seeds/003_288c1e282cea0f90.txt",
        0,
        {
            "title": "紫帽镇人民政府2022年工作报告",
            "region": "紫帽镇",
            "admin_level": "镇",
            "year": 2022,
            **ANNUAL_REPORT,
            "published": "2023-01-31",
            # ——2023116日在…: the only reading not after publication is 2023-01-16
            "delivered": "2023-01-16",
            "publisher": "紫帽镇人民政府",
            "meeting": "紫帽镇第十一届人民代表大会第三次会议",
            "speaker": "王展招",
            "index_number": "QZ06912-0340-2023-10003",
        },
        ["review", "plan", "plan"],
    ),
    (
        "seeds/004_22c6fb72f19d0811.txt",
        0,
        {
            "title": "下各镇2023年工作总结和2024 工作思路",
            "region": "下各镇",
            "admin_level": "镇",
            "year": 2023,
            "period": "annual",
            "doc_type": "总结和计划",
            "published": "2024-01-10",  # 成文日期
            "delivered": "2024-01-10",
            "publisher": "下各镇",  # 发布机构
            "source": "下各镇",  # 信息来源
            "index_number": "1133102400268125XW/2024-104525",
        },
        ["review", "plan"],
    ),
    (
        "national/1954.txt",
        0,
        {"region": "中央人民政府", "admin_level": "国家", **ANNUAL_REPORT},  # 作工作報告
        [],
    ),
    (
        "national/1957.txt",
        0,
        {
            "title": "政府工作报告",
            **NATIONAL,
            "year": 1957,
            **ANNUAL_REPORT,
            "delivered": "1957-06-26",
            "meeting": "第一届全国人民代表大会第四次会議",  # as written
            "speaker": "周恩来",
        },
        [None] * 5,  # 关于社会主义革命 …: topics, not review or plan
    ),
    (
        "national/1959.txt",
        0,
        {**NATIONAL, **ANNUAL_REPORT, "year": 1959, "meeting": "第二届全国人民代表大会第一次会议"},
        [None, "plan", "plan", None, None],  # …一九五九年经济战线上的任务; 文化教育战线上的任务
    ),
    (
        "national/1978.txt",
        0,
        {**NATIONAL, **ANNUAL_REPORT, "meeting": "第五届全国人民代表大会"},
        [None, None, "plan", None, None, None],
    ),
    # 1981年国民经济计划的任务和主要指标: a plan, laid before the year it plans.
    ("national/1980.txt", 0, {**NATIONAL}, [None, "plan", None]),
    (
        "national/1992.txt",
        0,
        {**NATIONAL, "year": 1992, **ANNUAL_REPORT},  # after １９９１年国内工作的回顾
        ["review", None, "plan", None, None, None],
    ),
    (
        "national/2000.txt",
        0,
        {**NATIONAL, "year": 2000, **ANNUAL_REPORT},
        ["review", None, "plan", None, "plan", None, None, None, None, None],
    ),
    (
        "national/2010.txt",
        0,
        {**NATIONAL, "year": 2010, **ANNUAL_REPORT},  # 2010年主要任务
        ["review", "plan"],
    ),
    (
        "national/2017.txt",
        0,
        {
            "title": "政府工作报告",  # 政府工作报\n告 on two lines
            **NATIONAL,
            "year": 2017,
            **ANNUAL_REPORT,
            "delivered": "2017-03-05",
            "meeting": "第十二届全国人民代表大会第五次会议",
            "speaker": "李克强",  # 国务院总理　李克强
        },
        ["review", "plan", "plan"],
    ),
    (
        "national/2021.txt",
        0,
        {
            "title": "政府工作报告",
            **NATIONAL,
            "year": 2021,
            **ANNUAL_REPORT,
            "delivered": "2021-03-05",
            "meeting": "第十三届全国人民代表大会第四次会议",
            "speaker": "李克强",
        },
        ["review", "review", "plan"],
    ),
    (
        "national/2024.txt",
        0,
        {
            "title": "政府工作报告",
            **NATIONAL,
            "year": 2024,
            **ANNUAL_REPORT,
            "delivered": "2024-03-05",
            "meeting": "第十四届全国人民代表大会第二次会议",
            "speaker": "李强",  # 李　强
        },
        ["review", "plan", "plan"],
    ),
    (
        "national/2025.txt",
        0,
        {**NATIONAL, "year": 2025, **ANNUAL_REPORT},
        ["review", "plan", "plan"],
    ),
]


@pytest.mark.parametrize(
    ("fixture", "index", "fields", "kinds"),
    METADATA,
    ids=[f"{fixture.split('/')[-1][:8]}#{index}" for fixture, index, _, _ in METADATA],
)
def test_metadata_and_section_kinds(
    fixture: str, index: int, fields: dict[str, Any], kinds: list[str | None]
) -> None:
    report = govreport.parse_reports(fixture_text(fixture))[index]
    found = {
        name: value
        for name, value in attrs.asdict(report.metadata).items()
        if value and not name.startswith("division")  # tested in test_divisions.py
    }
    assert found == fields
    assert [section.kind for section in report.sections] == kinds


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("来源:闽侯县 发布时间: 2024-11-11 15:05", "2024-11-11"),
        ("——2024年3月5日在第十四届全国人民代表大会第二次会议上", "2024-03-05"),
        ("一九五七年六月二十六日", "1957-06-26"),
        ("2024/1/10", "2024-01-10"),
        ("2023116日", None),  # digits lost
        ("2023年2月30日", None),  # no such day
    ],
)
def test_dates(text: str, date: str | None) -> None:
    assert parse_date(text) == date


def test_lossy_subtitle_date_is_left_out_without_another_date() -> None:
    text = fixture_text("seeds/003_288c1e282cea0f90.txt").replace("• 公文生成日期:2023-01-31", "")
    text = text.replace("时间:2023-01-31 09:21", "")
    assert govreport.parse_report(text).metadata.delivered is None


PARAGRAPH_KINDS = [
    # (fixture, report index, start of the paragraph, kind)
    ("seeds/000_5f8850e58b636763.txt", 0, "同时,我们也清醒认识到", "problems"),
    ("seeds/000_5f8850e58b636763.txt", 0, "2024年经济社会发展的主要预期目标是", "targets"),
    ("seeds/000_5f8850e58b636763.txt", 0, "回顾过去,成绩令人鼓舞", "closing"),
    ("seeds/000_5f8850e58b636763.txt", 0, "各位代表,南通的每一点变化", "thanks"),
    ("seeds/000_5f8850e58b636763.txt", 0, "进一步优化营商环境", None),  # 困难和问题 in a plan
    ("seeds/001_555f7e936fe6323d.txt", 1, "我们也清醒地看到前进道路上的困难和挑战", "problems"),
    ("seeds/001_555f7e936fe6323d.txt", 1, "2023年经济社会发展主要预期目标是", "targets"),
    ("seeds/001_555f7e936fe6323d.txt", 2, "发展永无止境,奋斗永不停歇", "problems"),
    ("seeds/001_555f7e936fe6323d.txt", 2, "各位代表!拼搏正当时", "closing"),
    ("seeds/002_0f2ab75d7a324a83.txt", 0, "在看到成绩的同时", "problems"),
    ("seeds/002_0f2ab75d7a324a83.txt", 0, "三是乡村振兴“强引擎”还要打造", "problems"),
    ("seeds/003_288c1e282cea0f90.txt", 0, "在总结成绩的同时", "problems"),
    ("seeds/003_288c1e282cea0f90.txt", 0, "2023年经济社会发展主要预期目标是", "targets"),
    ("seeds/003_288c1e282cea0f90.txt", 0, "各位代表!风劲潮涌", "closing"),
    ("national/2024.txt", 0, "在肯定成绩的同时，我们也清醒看到", "problems"),
    ("national/2025.txt", 0, "在肯定成绩的同时，我们也清醒看到", "problems"),
    ("national/2010.txt", 0, "但是，经济社会发展中仍然存在一些突出矛盾和问题", "problems"),
    ("national/2000.txt", 0, "我们清醒地看到，前进中还有不少困难和问题", "problems"),
    ("national/2024.txt", 0, "今年发展主要预期目标是", "targets"),
    ("national/2024.txt", 0, "使命重在担当，奋斗创造未来", "closing"),
    ("national/2024.txt", 0, "各位代表：", "salutation"),
]


@pytest.mark.parametrize(("fixture", "index", "start", "kind"), PARAGRAPH_KINDS)
def test_paragraph_kinds(fixture: str, index: int, start: str, kind: str | None) -> None:
    report = govreport.parse_reports(fixture_text(fixture))[index]
    item = next(item for item in report.items() if item.text.startswith(start))
    assert item.kind == kind


def test_outline_shows_the_metadata_header() -> None:
    from govreport._outline import render_outline

    report = govreport.parse_report(fixture_text("seeds/003_288c1e282cea0f90.txt"))
    header = render_outline(report).splitlines()[1]
    assert header == (
        "  region: 紫帽镇 · level: 镇 · year: 2022 · period: annual · type: 政府工作报告"
        " · delivered: 2023-01-16 · published: 2023-01-31"
        " · meeting: 紫帽镇第十一届人民代表大会第三次会议 · speaker: 王展招"
    )


SPLITS = [
    # fixtures pasted together → the regions of the reports found
    (["seeds/000_5f8850e58b636763.txt", "seeds/003_288c1e282cea0f90.txt"], ["南通镇", "紫帽镇"]),
    (["seeds/002_0f2ab75d7a324a83.txt", "seeds/004_22c6fb72f19d0811.txt"], ["洋口镇", "下各镇"]),
    (["national/2024.txt", "national/2025.txt"], ["国务院", "国务院"]),  # 各位代表： opens 2025
]


@pytest.mark.parametrize(("fixtures", "regions"), SPLITS)
def test_reports_pasted_together_are_split(fixtures: list[str], regions: list[str]) -> None:
    reports = govreport.parse_reports("\n".join(fixture_text(name) for name in fixtures))
    assert [report.metadata.region for report in reports] == regions


def test_a_restarted_review_starts_a_new_report() -> None:
    first = fixture_text("seeds/000_5f8850e58b636763.txt").split("\n\n一、", 1)[1]
    second = fixture_text("seeds/003_288c1e282cea0f90.txt").split("    一、", 1)[1]
    reports = govreport.parse_reports(f"一、{first}\n一、{second}")
    assert [[s.title for s in r.sections][:1] for r in reports] == [
        ["2023年政府工作回顾"],
        ["2022年工作回顾"],
    ]


@pytest.mark.corpus
def test_national_corpus_years_and_dates() -> None:
    """Every year found is the year of the report; dates come only from the text."""
    with_year = with_date = 0
    for path in corpus_files():
        if path.parent.name != "national":
            continue
        metadata = govreport.parse_report(path.read_text(encoding="utf-8")).metadata
        assert metadata.region in {"国务院", "中央人民政府"}, path.name
        if metadata.year is not None:
            assert metadata.year == int(path.stem), path.name
            with_year += 1
        if metadata.delivered is not None:
            assert metadata.delivered.startswith(path.stem), path.name
            with_date += 1
    assert with_year >= 26
    assert with_date >= 6


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        pytest.param(
            ["2024年工作回顾", "2025年总体要求", "2025年重点任务"],
            ["review", "plan", "plan"],
            id="2025_yunnan",
        ),
        pytest.param(
            ["2024年工作回顾", "2025年目标任务", "全面加强政府自身建设"],
            ["review", "plan", "plan"],
            id="2025_ningxia",
        ),
        pytest.param(
            ["2024年工作回顾", "关于2025年工作", "全面加强政府自身建设"],
            ["review", "plan", "plan"],
            id="2025_hunan",
        ),
        pytest.param(
            # no review with a year: the year tells nothing
            ["关于社会主义建设", "关于1956年的工作"],
            [None, None],
            id="topical",
        ),
    ],
)
def test_a_top_heading_naming_the_year_after_the_review_is_the_plan(
    titles: list[str], expected: list[str | None]
) -> None:
    assert top_kinds(titles) == expected


@pytest.mark.parametrize(
    "plan",
    ["二、1981年国民经济计划的任务和主要指标", "二、1981年國民經濟計劃的任務和主要指標"],
    ids=["simplified", "traditional"],
)
def test_a_national_plan_laid_before_its_year_gives_no_year(plan: str) -> None:
    # national 1980, in either script: the 1981 plan is laid in 1980
    text = (
        "各位代表：\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n"
        "一、国民经济在调整、改革、整顿、提高中取得了新的进展\n"
        "第五届全国人民代表大会第二次会议，号召全国各族人民在党和政府的领导下。\n"
        f"{plan}\n"
        "1981年发展国民经济的主要任务，是继续贯彻执行调整、改革、整顿、提高的方针。\n"
    )
    assert govreport.parse_report(text).metadata.year is None


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2006, 2013])
def test_a_national_report_gets_the_year_its_plan_states(year: int) -> None:
    # no title, no dated subtitle, no year in a heading (今年主要任务): the plan opens on
    # 2006年是实施“十一五”规划的第一年 / 2013年是全面贯彻落实党的十八大精神的开局之年
    path = next((path for path in corpus_files() if path.name == f"{year}.txt"), None)
    if path is None:
        pytest.skip("the national reports of ../shared/corpus are absent")
    report = govreport.parse_report(path.read_text(encoding="utf-8"))
    assert report.metadata.year == year


@pytest.mark.parametrize(
    ("text", "year", "delivered"),
    [
        pytest.param(
            # 040: dated 2022, its year is the start of the 十二五 (2011–2015): rewritten
            "政府工作报告\n——2022年12月28日在新民市第四届人民代表大会第五次会议上\n各位代表:\n"
            "一、2022年工作回顾\n基本达到全国百强县发展水平,实现了全市“十二五”时期的完备开局。",
            None,
            None,
            id="040-rewritten",
        ),
        pytest.param(
            # the same in traditional script, its quotes as ;; (038, 051)
            "政府工作報告\n——2022年12月28日在新民市第四屆人民代表大會第五次會議上\n各位代表:\n"
            "一、2022年工作回顧\n實現了全市;;十二五;;時期的完備開局。",
            None,
            None,
            id="040-rewritten-traditional",
        ),
        pytest.param(
            # a report in the plan's years, or just after them, keeps its year
            "政府工作报告\n——2016年1月9日在沈阳市第十五届人民代表大会第四次会议上\n各位代表:\n"
            "一、2015年工作回顾\n“十二五”规划目标任务全面完成。",
            2016,
            "2016-01-09",
            id="053-in-plan",
        ),
        pytest.param(
            "政府工作报告\n——2019年1月10日在第十一届人民代表大会第二次会议上\n各位代表:\n"
            "一、2018年工作回顾\n“十二五”末以来,全区生产总值年均增长10%。",
            2019,
            "2019-01-10",
            id="four-years-after-the-plan-named",
        ),
        pytest.param(
            # 060: a 2003 report dated anew; its government took office in 1998
            "内蒙古自治区政府工作报告\n——2024年1月11日在内蒙古自治区第十届人民代表大会第一次会议上\n"
            "各位代表:\n本届政府从1998年1月就职,到现在已经五年了,任期即将结束。",
            None,
            None,
            id="060-past-the-term",
        ),
        pytest.param(
            # national/2003: the same words at the term's end, in its own year
            "政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n各位代表:\n"
            "本届政府1998年3月就职,任期即将结束。",
            2003,
            "2003-03-05",
            id="national-2003-at-the-term-end",
        ),
    ],
)
def test_a_year_the_text_contradicts_is_rewritten(
    text: str, year: int | None, delivered: str | None
) -> None:
    metadata = govreport.parse_report(text).metadata
    assert (metadata.year, metadata.delivered) == (year, delivered)


_BODY = (
    "\n一、工作开展情况\n今年以来,全乡实现地区生产总值5.2亿元,同比增长6%。我们坚持稳中求进。"
    "\n二、下一步工作打算\n明年将继续推进各项工作,力争地区生产总值增长6%左右。\n"
)


@pytest.mark.parametrize(
    ("title", "year", "period"),
    [
        # a five-year summary gives its plan's last year (the 十四五 is 2021–2025)
        ("某乡“十四五”时期工作总结", 2025, "five-year"),
        ("某乡“十四五”工作总结和“十五五”工作思路", 2025, "five-year"),
        ("某镇十三五工作总结及2021年工作计划", 2020, "five-year"),
        ("某镇2016-2020年工作总结", 2020, "multi-year"),
        ("某县2023年工作总结", 2023, "annual"),
    ],
)
def test_a_summary_of_several_years_gives_its_last(title: str, year: int, period: str) -> None:
    metadata = govreport.parse_report(title + _BODY).metadata
    assert (metadata.year, metadata.period) == (year, period)


@pytest.mark.parametrize(
    ("title", "region", "year"),
    [
        ("二〇二三年沂水县政府工作报告", "沂水县", 2023),  # a formal title's year (058's numerals)
        ("二○二二年沙沟镇政府工作报告", "沙沟镇", 2022),
        ("万年县2023年政府工作报告", "万年县", 2023),  # a name holding 年
        # names opening with a character that otherwise stands before one (全县, 和, 于)
        ("全州县2023年政府工作报告", "全州县", 2023),
        ("本溪市2023年政府工作报告", "本溪市", 2023),
        ("关于和平区2023年工作的报告", "和平区", 2023),
        ("全县2023年工作总结", None, 2023),
        ("沙沟镇“十四五”时期工作总结", "沙沟镇", 2025),  # a quoted five-year plan after it
    ],
)
def test_a_year_before_or_after_the_government_is_no_part_of_its_name(
    title: str, region: str | None, year: int
) -> None:
    metadata = govreport.parse_report(title + _BODY).metadata
    assert (metadata.region, metadata.year) == (region, year)


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("关于沙沟镇2022年国民经济和社会发展计划执行情况的报告", "沙沟镇"),
        ("关于某县2022年计划执行情况的报告", "某县"),
        ("关岭县2023年政府工作报告", "关岭县"),  # a name that opens with 关
        ("关于关岭县2023年工作情况的报告", "关岭县"),
    ],
)
def test_the_preposition_before_a_government_is_no_part_of_its_name(
    title: str, region: str
) -> None:
    assert govreport.parse_report(title + _BODY).metadata.region == region


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # the usual parts of a 工作总结: 主要工作及成效 / 存在的问题 / 下一步工作打算
        ("2022年亮点工作", "review"),  # 030
        ("2020年主要工作措施、亮点及成效", "review"),
        ("“十四五”以来主要工作成效", "review"),
        ("2023年工作成绩", "review"),
        ("存在的问题和不足", "problems"),
        ("存在的不足", "problems"),
        ("工作中的短板弱项", "problems"),
        ("存在的困难", "problems"),
        ("2023年的发展目标和主要工作安排", "plan"),  # seed 003: the plan, targets in it
        ("“十五五”时期工作思路", "plan"),
    ],
)
def test_section_kind_of_a_summarys_parts(title: str, kind: str) -> None:
    assert section_kind(title) == kind


@pytest.mark.parametrize(
    "head",
    [
        "盐津县人民政府工作报告\n(2023年1月10日)\n县长 张三\n",
        "政 府 工 作 报 告 (2023年1月10日) 县长 张三 ",  # line breaks become spaces
        "盐津县人民政府工作报告(2023年1月10日)盐津县人民政府县长 张三",  # … or are lost
    ],
    ids=["lines", "spaces", "one-line"],
)
def test_a_date_in_brackets_under_the_title_is_the_delivery(head: str) -> None:
    # a speech's date set under its title (032 sets it under the speaker)
    text = head + "各位代表:\n现在,我代表县人民政府向大会报告工作。一、2022年工作回顾\n" + _BODY
    metadata = govreport.parse_report(text).metadata
    assert (metadata.delivered, metadata.speaker) == ("2023-01-10", "张三")


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("沙沟镇2023年政府工作报告解读", "not_report"),  # a page about the report
        ("图解：沙沟镇2023年政府工作报告", "not_report"),
        ("一图读懂沙沟镇2023年政府工作报告", "not_report"),
        ("沙沟镇2023年政府工作报告", "政府工作报告"),
        # a congress's resolution on the report is no report
        ("沙沟镇第十七届人民代表大会第二次会议关于政府工作报告的决议", "not_report"),
    ],
)
def test_a_page_interpreting_a_report_is_no_report(title: str, doc_type: str) -> None:
    text = title + "\n各位代表:\n现在,我代表镇人民政府向大会报告工作。" + _BODY
    assert govreport.parse_report(text).metadata.doc_type == doc_type


def test_a_site_suffix_after_a_double_dash_is_taken_off_the_title() -> None:
    text = "沙沟镇2023年政府工作报告--沂水县人民政府\n各位代表:\n现在,我代表镇政府报告工作。"
    assert govreport.parse_report(text + _BODY).metadata.title == "沙沟镇2023年政府工作报告"


def test_a_dash_point_run_onto_the_title_line_is_no_part_of_the_title() -> None:
    # pages/019 with its line breaks lost: a title takes no end punctuation (GB/T 9704)
    text = (
        "鄉鎮人代會換屆選舉工作報告——社會各項事業協調發展。積極開展創建全市科技示範鎮工作,"
        "科技在經濟社會發展中的作用不斷增強。“兩基”攻堅成效顯著,順利通過國家驗收。"
    )
    assert govreport.parse_report(text).metadata.title == "鄉鎮人代會換屆選舉工作報告"


def test_a_summary_run_into_its_title_opens_on_its_year() -> None:
    # pages/016 with its line breaks lost: the title, twice, then 2013年,是…
    text = (
        "乡镇上半年工作总结及打算乡镇上半年工作总结及打算2013年,是加快发展、奋力崛起的关键一年。"
        "开年以来,在区委、政府的领导下,镇党委、政府团结带领全镇党员、干部群众,真抓实干。"
    )
    assert govreport.parse_report(text).metadata.year == 2013


def test_a_letter_spaced_title_keeps_its_qualifier_before_a_glued_field() -> None:
    # pages/032 with its line breaks lost: 政 府 工 作 报 告(2022年) then 发布日期:…
    text = (
        "当前位置: 首页 > 政务公开 > 政府工作报告政 府 工 作 报 告(2022年)发布日期:2022-02-11 19:15"
        "政府工作报告  ——在东乌珠穆沁旗第十六届人民代表大会第一会议上  东乌旗人民政府代旗长 周玉龙"
        "  (2022年1月5日)各位代表:  现在,我代表旗人民政府向大会报告工作,请予审议。"
    )
    assert govreport.parse_report(text).metadata.title == "政府工作报告(2022年)"


@pytest.mark.parametrize(
    ("title", "region", "level"),
    [
        ("东城社区2023年工作总结", "东城社区", None),  # a residents' community, no level
        ("东城区2023年政府工作报告", "东城区", "区"),
        ("浦东新区2023年政府工作报告", "浦东新区", "区"),
    ],
)
def test_a_name_ending_in_a_zone_word_has_no_level(
    title: str, region: str, level: str | None
) -> None:
    metadata = govreport.parse_report(title + _BODY).metadata
    assert (metadata.region, metadata.admin_level) == (region, level)


@pytest.mark.parametrize(
    ("head", "region", "level"),
    [
        # the county's office posts the township's report: the field names its parent
        ("来源:沂水县人民政府办公室\n各位代表:\n现在,我代表镇人民政府向大会报告工作。", None, "镇"),
        ("来源:沂水县沙沟镇人民政府\n各位代表:\n现在,我代表镇人民政府报告工作。", "沙沟镇", "镇"),
        ("来源:北京市人民政府\n各位代表:\n现在,我代表市人民政府向大会报告工作。", "北京市", "省"),
    ],
    ids=["parent", "own", "municipality"],
)
def test_a_source_field_names_the_government_only_at_the_level_it_speaks_as(
    head: str, region: str | None, level: str
) -> None:
    metadata = govreport.parse_report("政府工作报告\n" + head + _BODY).metadata
    assert (metadata.region, metadata.admin_level) == (region, level)


# pages/027: the township the body names most often has a three-character name; read as
# two characters and 乡 it would be another place.
_THREE_CHARACTER_TOWNSHIP = (
    "政府工作报告\n基本情况\n"
    "济沁河乡矿产资源丰富,已探明地下矿藏主要有大理石、石灰石。\n"
    "济沁河乡核定编制52名,行政编制共27名。\n"
    "县委县政府的坚强领导下,济沁河乡以坚持“一二七四”工程为引领。\n"
    "全力推进党的二十大精神在济沁河乡扎根落地,各项工作取得较好进展。\n"
)
# national/2007: 覆盖城乡 several times, in a text that names no township
_PHRASE_ENDING_LIKE_A_TOWNSHIP = (
    "工作总结\n"
    "建立覆盖城乡、功能比较完善的疾病预防控制体系。\n"
    "建立覆盖城乡的公共财政制度。\n"
    "健全覆盖城乡的职业教育和培训网络。\n"
)


@pytest.mark.parametrize(
    ("text", "region"),
    [(_THREE_CHARACTER_TOWNSHIP, "济沁河乡"), (_PHRASE_ENDING_LIKE_A_TOWNSHIP, None)],
    ids=["three-character-name", "phrase"],
)
def test_the_township_the_body_names_takes_the_character_always_before_it(
    text: str, region: str | None
) -> None:
    assert govreport.parse_report(text).metadata.region == region


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        # the other reports laid before a people's congress, or before the Party's own
        ("沙沟镇人大主席团2023年工作报告", "工作报告"),
        ("沂水县人民代表大会常务委员会工作报告", "工作报告"),
        ("沂水县人民法院工作报告", "工作报告"),
        ("沂水县人民检察院工作报告", "工作报告"),
        ("中共沙沟镇委员会2023年工作报告", "工作报告"),
        ("沙沟镇党委政府2023年工作报告", "政府工作报告"),  # the government's, with its Party
        ("沙沟镇2023年工作报告", "政府工作报告"),  # laid before the congress (the opening)
    ],
)
def test_another_bodys_work_report_is_no_government_work_report(title: str, doc_type: str) -> None:
    text = title + "\n各位代表:\n现在,我代表大会向大会报告工作,请予审议。" + _BODY
    assert govreport.parse_report(text).metadata.doc_type == doc_type


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        # a field's value ends before the next short label and its colon, and at the bracket
        # closing its field; a clock's time is no label
        ("时间:2023-03-01 作者:党政办 来源:沙沟镇人民政府 点击:1234", "沙沟镇人民政府"),
        ("【来源:沙沟镇人民政府】【时间:2023-03-01】", "沙沟镇人民政府"),
        ("来源:沙沟镇人民政府 发布时间:2023-03-01 09:30:00", "沙沟镇人民政府"),
        ("信息来源:沙沟镇 人民政府 | 发布日期:2023年03月01日", "沙沟镇 人民政府"),
    ],
)
def test_a_page_fields_value_ends_where_the_next_field_begins(bar: str, source: str) -> None:
    metadata = govreport.parse_report("沙沟镇2023年政府工作报告\n" + bar + _BODY).metadata
    assert (metadata.source, metadata.published) == (source, "2023-03-01")


def test_a_sites_abstract_label_is_no_part_of_the_title() -> None:
    # a document site repeats the report's opening as an abstract under the title (056
    # 本文简介:【…】): the label is the site's
    head = (
        "沙沟镇2023年政府工作报告\n本文简介:沙沟镇2023年政府工作报告各位代表:现在,"
        "我代表镇人民政府向大会报告工作\n本文内容:\n各位代表:\n"
    )
    assert govreport.parse_report(head + _BODY).metadata.title == "沙沟镇2023年政府工作报告"


@pytest.mark.parametrize(
    ("title", "region", "level"),
    [
        # a placeholder kept as written, the government itself and not its parents
        ("xx市xx区2023年政府工作报告", "xx区", "区"),
        ("X市X县X镇2023年工作总结", "X镇", "镇"),
        ("XX回族乡2023年工作总结", "XX回族乡", "乡"),  # an ethnic township, its name blanked
        ("XX镇XX村2023年工作总结", "XX镇", "镇"),  # a village is no government
    ],
)
def test_a_placeholder_government_is_the_last_unit_of_its_chain(
    title: str, region: str, level: str
) -> None:
    metadata = govreport.parse_report(title + _BODY).metadata
    assert (metadata.region, metadata.admin_level) == (region, level)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # a name removed is no name (034, 035 have none), nor an office read as one
        ("镇长 ○○○", None),
        ("镇长 某某", None),
        ("镇长 李某", None),
        ("镇长 张XX", None),
        ("镇长", None),
        ("镇长 刘彦成", "刘彦成"),
        ("镇长 买买提·吐尔逊", "买买提·吐尔逊"),
    ],
)
def test_a_removed_name_is_no_speaker(line: str, speaker: str | None) -> None:
    head = "沙沟镇政府工作报告\n——2023年2月27日在沙沟镇第十七届人民代表大会第二次会议上\n"
    assert govreport.parse_report(head + line + _BODY).metadata.speaker == speaker


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a news story about the meeting tells of the report in the third person, and holds
        # no report: it says so (038, a news post holding the report's parts, is the report)
        (
            "沙沟镇第十七届人民代表大会第二次会议隆重开幕\n2月27日,沙沟镇第十七届人民代表大会第二次"
            "会议隆重开幕。镇长刘彦成代表镇人民政府作政府工作报告。报告指出,过去一年全镇经济稳中有进。",
            "not_report",
        ),
        (
            "2月27日,沙沟镇第十七届人民代表大会第二次会议隆重开幕。镇长刘彦成代表镇人民政府作"
            "政府工作报告。报告分为两大部分。\n一、2022年工作回顾\n过去一年,全镇经济稳中有进。\n"
            "二、2023年工作安排\n今年,全镇地区生产总值增长6%左右。",
            "政府工作报告",
        ),
    ],
    ids=["news-story", "news-post-holding-the-report"],
)
def test_a_news_story_about_the_meeting_is_no_report(text: str, doc_type: str) -> None:
    assert govreport.parse_report(text).metadata.doc_type == doc_type


@pytest.mark.parametrize(
    ("head", "title", "region"),
    [
        # a document-sharing site names the document by its file, when no other line does
        (
            "《沙沟镇2023年政府工作报告.docx》由会员分享,可在线阅读\n",
            "沙沟镇2023年政府工作报告",
            "沙沟镇",
        ),
        (
            "沙沟镇2023年政府工作报告.doc\n上传人:abc123 上传时间:2023-03-05\n",
            "沙沟镇2023年政府工作报告",
            "沙沟镇",
        ),
        # its categories after an underscore are the site's (040)
        (
            "《2022政府工作报告_市政府工作报告_22.docx》由会员分享,可在线阅读\n",
            "2022政府工作报告",
            None,
        ),
    ],
)
def test_a_document_sites_file_names_the_report(head: str, title: str, region: str | None) -> None:
    text = head + "各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。" + _BODY
    metadata = govreport.parse_report(text).metadata
    assert (metadata.title, metadata.region) == (title, region)


def test_a_meeting_is_no_government() -> None:
    # 012 as a dump of tokens: joined again, its meeting line runs into the office (…会议上镇
    # 代镇长), and the words before the office name a meeting, not a government
    tokens = (
        "url|:|https|:|/|/|m|.|wnwk|.|com|/|docdown|/|566392.|html|1|、|某|乡镇政|府工|作报|告|"
        "政府工|作|报告|年月日|在镇第|十二届|人|民代|表|大|会|第六次|会|议上镇代|镇|长各|位|代表:|"
        "现在,|我代表|镇|人民政|府向大|会|作工作报|告,|请予审议|,|并|请列席会|议的同|志提出意|见。"
    )
    text = tokens.replace("|", "\n")
    assert govreport.parse_report(text).metadata.region == "某乡镇"


@pytest.mark.parametrize(
    "head",
    [
        # a page's address is a line of its own, and no part of the title it stands above:
        # 049 as stored (a hard-wrapped PDF text under its address line), and its line breaks
        # lost
        "# url: https://51gongwen.com/doc/39105.html\n某市2022年政府工作报告(19)\nVIP专免\n"
        "2024-01-23\n999+\n42.88KB\n39 页\n海报\n侵权投诉\n",
        "url: https://51gongwen.com/doc/39105.html某市2022年政府工作报告(19)\n",
    ],
    ids=["own-line", "glued"],
)
def test_a_pages_address_is_no_part_of_the_title(head: str) -> None:
    text = head + "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。" + _BODY
    assert govreport.parse_report(text).metadata.title == "某市2022年政府工作报告"


@pytest.mark.parametrize(
    "joined",
    [
        "魏庄镇2018年政府工作报告和2019年工作计划政 府 工 作 报 告",  # 009 on one line
        "魏庄镇2018年政府工作报告和2019年工作计划政府工作报告",  # … as a dump of tokens
    ],
)
def test_the_generic_title_glued_after_the_title_is_no_part_of_it(joined: str) -> None:
    text = (
        joined + "2019年2月26日在镇第十四届人民代表大会第三次会议魏庄镇人民政府镇长 杨杰各位代表:"
        "现在,我代表魏庄镇人民政府向大会作政府工作报告,请予以审议,并请其他列席人员提出意见。"
        "一、2018年工作回顾2018年,在县委、县政府和镇党委的正确领导下,在镇人大的监督和社会各界的"
        "大力支持下,镇政府团结带领全镇人民,以习近平新时代中国特色社会主义思想为指导,全面贯彻落实"
        "党的十九大精神,紧紧围绕年初确定的目标任务,凝心聚力,真抓实干,较好地完成了各项工作任务。"
    )
    title = govreport.parse_report(text).metadata.title
    assert title == "魏庄镇2018年政府工作报告和2019年工作计划"


def test_a_documents_words_glued_before_a_name_are_no_government() -> None:
    # 015 with its line breaks lost: its title, its author and its title again run together
    # (镇上半年工作汇报黄飞镇上半年工作汇报); no government's name holds a document's words
    text = "镇上半年工作汇报黄飞镇上半年工作汇报" + _BODY
    assert govreport.parse_report(text).metadata.region is None


def test_the_first_heading_glued_after_the_title_is_no_part_of_it() -> None:
    # 027 with its line breaks lost: 政府工作报告一、基本情况。济沁河乡位于…
    text = (
        "政府工作报告一、基本情况。济沁河乡位于龙江县西北部,距县城60公里,地处大兴安岭向松嫩平原"
        "过渡地带,属半山区。全乡耕地面积244316亩,其中旱田面积236323亩,水田面积7993亩。"
    )
    assert govreport.parse_report(text).metadata.title == "政府工作报告"


def test_a_speaker_inside_the_occasion_line_survives_lost_line_breaks() -> None:
    # 海南 2025 with its line breaks lost: the space between the office and the name is no
    # line break (——2025年1月14日海南省省长 刘小明在…会议上的讲话)
    text = (
        "2025年海南省政府工作报告——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次"
        "会议上的讲话来源:海南日报各位代表:现在,我代表省人民政府,向大会报告工作,请予审议,并请省政协"
        "委员和其他列席人员提出意见。一、2024年工作回顾刚刚过去的2024年,是新中国成立75周年,是实现"
        "“十四五”规划目标任务的关键一年。面对外部压力加大、内部困难增多的复杂严峻形势,我们在以习近平"
        "同志为核心的党中央坚强领导下,全省经济社会发展取得新的成效。"
    )
    metadata = govreport.parse_report(text).metadata
    assert (metadata.delivered, metadata.speaker) == ("2025-01-14", "刘小明")
