"""The heading trees of the seed reports and of national reports, checked by hand."""

from __future__ import annotations

import pytest

import govreport
from conftest import CORPUS, fixture_text
from govreport import Report, Section


def seed_reports(name: str) -> list[Report]:
    return govreport.parse_reports(fixture_text(f"seeds/{name}"))


def outline(report: Report) -> list[tuple[str, list[str]]]:
    return [
        (section.title, [child.title for child in section.children]) for section in report.sections
    ]


def assert_tree(report: Report, expected: list[tuple[str, list[str]]]) -> None:
    """Level-1 titles equal, level-2 titles start with the expected text."""
    actual = outline(report)
    assert [title for title, _ in actual] == [title for title, _ in expected]
    for (title, children), (_, expected_children) in zip(actual, expected, strict=True):
        assert len(children) == len(expected_children), (title, children)
        for child, prefix in zip(children, expected_children, strict=True):
            assert child.startswith(prefix), (title, child, prefix)


SEED_TREES = {
    "000": [
        (
            "2023年政府工作回顾",
            ["发展后劲持续增强", "乡村面貌初展新颜", "社会事业协调发展", "牢记初心忠诚履职"],
        ),
        (
            "2024年政府工作安排",
            ["优结构促转型", "强基础管理", "抓重点亮点", "补短板惠民生", "强担当重实干"],
        ),
    ],
    "001/1": [
        ("坚持稳中求进,攻坚项目建设,新旧动能转换加速推进", []),
        ("坚持农业优先,围绕产业融合,乡村振兴产业不断壮大", []),
        ("坚持高标准推进,加强整治提升,镇村环境面貌持续改善", []),
        ("坚持底线思维,注重综合施策,社会治理能力有效加强", []),
        ("坚持以人为本,聚焦民生福祉,民生保障水平不断提高", []),
        ("坚持为民服务,突出作风效能,政府自身建设持续强化", []),
    ],
    "001/2": [
        (
            "2023年工作回顾",
            ["“六稳”“六保”取得积极成效", "民生福祉不断改善", "城市治理现代化", "政府自身建设"],
        ),
        (
            "2023年主要任务",
            [
                "聚焦增强新动能",
                "聚焦“急难愁盼”",
                "着眼更高水平",
                "坚持共建共治共享",
                "推进政府治理现代化",
            ],
        ),
    ],
    "001/3": [
        (
            "今年以来主要工作回顾",
            [
                "着力加快经济发展",
                "全面实施乡村振兴",
                "持续优化人居环境",
                "全力做好防疫防汛",
                "不断改善民生福祉",
                "全力打造廉政高效政府",
            ],
        ),
        (
            "下一步工作安排",
            [
                "在经济发展上",
                "在城乡建设上",
                "在乡村振兴上",
                "在民生幸福上",
                "在生态宜居上",
                "在政府自身建设上",
            ],
        ),
    ],
    "002": [
        ("上半年工作回顾", []),
        (
            "下半年工作重点",
            [
                "以强化服务为保障",
                "以重点项目为抓手",
                "以融合发展为路径",
                "以惠民利民为目标",
                "以共享发展为根本",
                "以责任担当为导向",
            ],
        ),
    ],
    "003": [
        (
            "2022年工作回顾",
            ["科学精准", "提质增量", "提速攻坚", "治理提效", "夯实基础", "扎实作风"],
        ),
        (
            "2023年的发展目标和主要工作安排",
            ["突出精准发力", "突出精细管理", "突出精心建设", "突出精准服务", "突出党建引领"],
        ),
        (
            "全力建设人民满意政府",
            ["旗帜鲜明讲政治", "依法行政重法治", "担当作为抓落实", "清正廉洁树形象"],
        ),
    ],
    "004": [
        ("工作开展情况", ["盘活存量", "筑牢根基", "巩固提升", "优化环境", "多元供给"]),
        ("明年工作计划", ["加速工业突破", "聚焦民生实事", "加强城镇建管", "聚焦党建引领提效"]),
    ],
}

SEED_FILES = {
    "000": ("000_5f8850e58b636763.txt", 0),
    "001/1": ("001_555f7e936fe6323d.txt", 0),
    "001/2": ("001_555f7e936fe6323d.txt", 1),
    "001/3": ("001_555f7e936fe6323d.txt", 2),
    "002": ("002_0f2ab75d7a324a83.txt", 0),
    "003": ("003_288c1e282cea0f90.txt", 0),
    "004": ("004_22c6fb72f19d0811.txt", 0),
}


@pytest.mark.parametrize("seed", sorted(SEED_TREES))
def test_seed_tree(seed: str) -> None:
    name, index = SEED_FILES[seed]
    assert_tree(seed_reports(name)[index], SEED_TREES[seed])


def test_seed_001_holds_three_reports() -> None:
    assert len(seed_reports("001_555f7e936fe6323d.txt")) == 3


@pytest.mark.parametrize("name", [n for n, _ in SEED_FILES.values() if not n.startswith("001")])
def test_other_seeds_hold_one_report(name: str) -> None:
    assert len(seed_reports(name)) == 1


def sections_of(seed: str) -> list[Section]:
    name, index = SEED_FILES[seed]
    return list(seed_reports(name)[index].walk())


def test_lost_and_inferred_markers_of_seed_000() -> None:
    review, plan = seed_reports("000_5f8850e58b636763.txt")[0].sections
    assert [(s.marker, s.number, s.detector) for s in review.children] == [
        (")", 1, "lost_marker"),
        ("(二)", 2, "paren_chinese_numeral"),
        (None, 3, "inferred"),
        ("(四)", 4, "paren_chinese_numeral"),
    ]
    assert [(s.marker, s.number) for s in plan.children] == [
        (None, 1),
        ("(二)", 2),
        (")", 3),
        ("(四)", 4),
        ("(五)", 5),
    ]


def test_restarted_numbering_nests_in_seed_002() -> None:
    second = seed_reports("002_0f2ab75d7a324a83.txt")[0].sections[1]
    assert [(s.marker, s.number, s.level) for s in second.children][:2] == [
        ("一、", 1, 2),
        ("二、", 2, 2),
    ]


def test_seed_003_points_and_broken_markers() -> None:
    report = seed_reports("003_288c1e282cea0f90.txt")[0]
    review, plan, government = report.sections
    assert (review.children[1].marker, review.children[1].number) == (None, 2)
    for section in plan.children:
        assert [child.marker for child in section.children] == ["1.", "2.", "3."]
        assert all(child.level == 3 for child in section.children)
    assert plan.children[0].children[0].title == "激活产业升级“主引擎”"
    assert (government.marker, government.number, government.level) == ("、", 3, 1)
    assert [(s.marker, s.number) for s in government.children] == [
        (")", 1),
        (")", 2),
        (")", 3),
        (")", 4),
    ]
    # The heading shares its line with the body: the rest is the section's first item.
    first = government.children[0]
    assert first.items[0].text.startswith("深入学习贯彻习近平新时代")


def test_heading_sharing_its_line_with_the_body() -> None:
    report = seed_reports("001_555f7e936fe6323d.txt")[1]
    first = report.sections[0].children[0]
    assert first.marker == "(一)"
    assert first.title == "“六稳”“六保”取得积极成效"
    assert first.items[0].text.startswith("坚持以保促稳、稳中求进")
    assert report.text[first.span[0] : first.span[1]] == "(一)“六稳”“六保”取得积极成效。"


def test_inline_headings_of_a_report_on_one_line() -> None:
    report = seed_reports("004_22c6fb72f19d0811.txt")[0]
    first = report.sections[0].children[0]
    assert (first.marker, first.number, first.title) == (
        "(一)",
        1,
        "盘活存量、做优增量,镇域经济运行平稳",
    )
    assert first.items[0].lead == "工业基础持续夯实"


@pytest.mark.parametrize(
    "line",
    [
        "绣球菌精深加工生产基地(一期)建设项目等4项目开工建设。",  # seed 000
        "（试行草案）已经公布。",
        "1-9月固定资产投资 33.27亿元,增长220.1%。",  # seed 004
        "(上官)30亩土地进场清表。",  # seed 004
        "1.5万亩高标准农田建成。",
        "一、二季度经济增速较快。",
        "第一次全国人口普查已经完成。",
    ],
)
def test_markers_in_running_text_are_not_headings(line: str) -> None:
    report = govreport.parse_report(f"一、工作回顾\n{line}")
    assert [section.title for section in report.walk()] == ["工作回顾"]


NATIONAL_TREES = {
    "2010": [
        (
            "2009年工作回顾",
            ["加强和改善宏观调控", "大力调整经济结构", "坚持深化改革开放", "着力改善民生"],
        ),
        (
            "2010年主要任务",
            [
                "提高宏观调控水平",
                "加快转变经济发展方式",
                "加大统筹城乡发展力度",
                "全面实施科教兴国战略",
                "大力加强文化建设",
                "着力保障和改善民生",
                "坚定不移推进改革",
                "努力建设人民满意的服务型政府",
            ],
        ),
    ],
    "2024": [
        ("2023年工作回顾", []),
        ("2024年经济社会发展总体要求和政策取向", []),
        (
            "2024年政府工作任务",
            [
                "大力推进现代化产业体系建设",
                "深入实施科教兴国战略",
                "着力扩大国内需求",
                "坚定不移深化改革",
                "扩大高水平对外开放",
                "更好统筹发展和安全",
                "坚持不懈抓好“三农”工作",
                "推动城乡融合和区域协调发展",
                "加强生态文明建设",
                "切实保障和改善民生",
            ],
        ),
    ],
    "2025": [
        ("2024年工作回顾", []),
        ("2025年经济社会发展总体要求和政策取向", []),
        (
            "2025年政府工作任务",
            [
                "大力提振消费",
                "因地制宜发展新质生产力",
                "深入实施科教兴国战略",
                "推动标志性改革举措加快落地",
                "扩大高水平对外开放",
                "有效防范化解重点领域风险",
                "着力抓好“三农”工作",
                "推进新型城镇化和区域协调发展",
                "协同推进降碳减污扩绿增长",
                "加大保障和改善民生力度",
            ],
        ),
    ],
}


@pytest.mark.parametrize("year", sorted(NATIONAL_TREES))
def test_national_tree(year: str) -> None:
    assert_tree(govreport.parse_report(fixture_text(f"national/{year}.txt")), NATIONAL_TREES[year])


def test_national_1955_sublists_nest_under_their_point() -> None:
    """1955 numbers sub-lists 一、二、三… inside 第一，… points inside （一）… sections."""
    path = CORPUS / "national" / "1955.txt"
    if not path.exists():
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    report = govreport.parse_report(path.read_text(encoding="utf-8"))
    assert [s.title for s in report.sections] == [
        "国家在过渡时期的总任务",
        "第一个五年计划概要",
        "第一個五年計劃的若幹問題",
        "为完成和超额完成第一个五年计划而奋斗",
    ]
    third = report.sections[2]
    assert [s.number for s in third.children] == list(range(1, 10))
    first_point = third.children[0].children[0]
    assert (first_point.marker, first_point.title) == ("第一，", "基本建设规模的大小问题")
    assert [s.marker for s in first_point.children] == ["一、", "二、", "三、", "四、"]
