"""The hand-read tables of real pages are well formed, and the scorer does what it says.

No parsing is asserted here: the tables are measured by ``benchmarks/real_pages.py``.
"""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from page_cases import ADMIN_LEVELS, DOC_TYPES, FIELDS, Expected, split
from page_cases.pages import PAGES
from page_cases.score import (
    headings_of,
    metadata_of,
    normalize_title,
    score_headings,
    score_metadata,
)

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tables() -> list[tuple[str, dict[str, Expected]]]:
    tables = [("pages", PAGES)]
    try:
        from page_cases.provincial import PROVINCIAL
    except ImportError:
        pass
    else:
        tables.append(("provincial", PROVINCIAL))
    return tables


RECORDS = [(name, key, record) for name, table in _tables() for key, record in table.items()]


def test_pages_are_the_sixty_files() -> None:
    assert sorted(PAGES) == [f"{n:03d}" for n in range(1, 61)]


@pytest.mark.parametrize(
    ("name", "key", "record"), RECORDS, ids=[f"{n}/{k}" for n, k, _ in RECORDS]
)
def test_record_is_well_formed(name: str, key: str, record: Expected) -> None:
    assert isinstance(record, Expected)
    assert tuple(record.metadata) == FIELDS
    for level, title in record.headings:
        assert level in (1, 2)
        assert isinstance(title, str)
        assert normalize_title(title), "a heading title is empty"
    meta = record.metadata
    for field in ("published", "delivered"):
        value = meta[field]
        if value is not None:
            assert isinstance(value, str)
            assert ISO.fullmatch(value), f"{field} {value!r} is not YYYY-MM-DD"
            date.fromisoformat(value)
    assert meta["admin_level"] is None or meta["admin_level"] in ADMIN_LEVELS
    assert meta["doc_type"] is None or meta["doc_type"] in DOC_TYPES
    assert meta["year"] is None or (isinstance(meta["year"], int) and 1949 <= meta["year"] <= 2100)
    for field in ("title", "region", "speaker"):
        assert meta[field] is None or (isinstance(meta[field], str) and meta[field].strip())
    assert all(isinstance(parent, str) and parent for parent in record.parents)
    assert isinstance(record.note, str)
    assert record.note
    assert "\n" not in record.note


def test_split_keeps_every_third_page_for_validation() -> None:
    keys = list(PAGES)
    validation = [k for k in sorted(keys) if split(k, keys) == "validation"]
    assert validation[:3] == ["003", "006", "009"]
    assert len(validation) == 20


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("2020年工作回顾", "2020年工作回顾"),
        (" 2022 年工作回顾 ", "2022年工作回顾"),
        ("<b>2018年工作回顧</b>", "2018年工作回顧"),
        ("取得了一批叫得響的榮譽(yù)品牌", "取得了一批叫得響的榮譽品牌"),
        ("報(bào)告(GDP)", "報告(GDP)"),
        ("全力以赴拼经济，县域经济强劲复苏。", "全力以赴拼经济,县域经济强劲复苏"),
        ("持续提升群众幸福指数。", "持续提升群众幸福指数"),
        ("回顾2023年工作成果🏆", "回顾2023年工作成果"),
        ("生态环境持续改善🌳🌬️", "生态环境持续改善"),
        ("（一）", "(一)"),
    ],
)
def test_normalize_title(raw: str, normalized: str) -> None:
    assert normalize_title(raw) == normalized


def _report(sections: list[tuple[int, str]], **meta: object) -> SimpleNamespace:
    walked = [SimpleNamespace(level=level, title=title) for level, title in sections]
    return SimpleNamespace(walk=lambda: iter(walked), metadata=SimpleNamespace(**meta))


def test_headings_of_keeps_levels_one_and_two() -> None:
    report = _report([(1, "一"), (2, "二"), (3, "三"), (1, "四")])
    assert headings_of(report) == [(1, "一"), (2, "二"), (1, "四")]


def test_score_headings_is_a_multiset_match() -> None:
    found = [(1, "2020年工作回顾。"), (2, "甲"), (2, "甲"), (1, "乙")]
    expected = [(1, "2020 年工作回顾"), (2, "甲"), (1, "丙")]
    assert score_headings(found, expected) == (2, 4, 3)


def test_score_metadata_ignores_whitespace() -> None:
    report = _report([], title="政 府 工 作 报 告", region="沙沟镇", year=2021)
    found = metadata_of(report)
    assert set(found) == set(FIELDS)
    expected = dict.fromkeys(FIELDS)
    expected.update(title="政府工作报告", region="沙沟镇", year=2020)
    ok = score_metadata(found, expected)
    assert ok["title"]
    assert ok["region"]
    assert not ok["year"]
    assert ok["speaker"]  # None against None
