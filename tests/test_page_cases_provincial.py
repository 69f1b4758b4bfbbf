"""The hand-read table of the provincial 2025 reports is well formed and matches the corpus."""

from __future__ import annotations

import datetime

import pytest

from conftest import CORPUS as SHARED_CORPUS
from page_cases import ADMIN_LEVELS, DOC_TYPES, FIELDS, Expected, split
from page_cases.provincial import PROVINCIAL

CORPUS = SHARED_CORPUS / "provincial"
KEYS = sorted(PROVINCIAL)


def _iso(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def test_thirty_one_reports() -> None:
    assert len(PROVINCIAL) == 31
    assert all(key.startswith("2025_") for key in PROVINCIAL)


def test_split_keeps_every_third_for_validation() -> None:
    validation = [key for key in KEYS if split(key, KEYS) == "validation"]
    assert validation == KEYS[2::3]


@pytest.mark.parametrize("key", KEYS)
def test_record_is_well_formed(key: str) -> None:
    record = PROVINCIAL[key]
    assert isinstance(record, Expected)
    assert tuple(record.metadata) == FIELDS
    assert record.headings
    for level, title in record.headings:
        assert level in (1, 2)
        assert isinstance(title, str) and title.strip() == title and title
    assert record.headings[0][0] == 1
    for field in ("published", "delivered"):
        value = record.metadata[field]
        assert value is None or _iso(value), (field, value)
    assert record.metadata["admin_level"] in ADMIN_LEVELS
    assert record.metadata["doc_type"] in DOC_TYPES
    assert isinstance(record.metadata["year"], int)
    assert record.parents == ()
    assert record.note and "\n" not in record.note


@pytest.mark.parametrize("key", KEYS)
def test_titles_are_in_the_text(key: str) -> None:
    path = CORPUS / f"{key}.txt"
    if not path.exists():
        pytest.skip(f"corpus file {path} is absent")
    text = "".join(path.read_text(encoding="utf-8").split())
    for _level, title in PROVINCIAL[key].headings:
        assert "".join(title.split()) in text, title
    for field in ("title", "speaker"):
        value = PROVINCIAL[key].metadata[field]
        assert isinstance(value, str) and value in text, (field, value)
