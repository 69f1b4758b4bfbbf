"""Metadata of real report pages and provincial reports, field by field, against the
hand-read tables of :mod:`page_cases` (strings compared without whitespace)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import govreport
from page_cases import FIELDS, Expected
from page_cases.pages import PAGES
from page_cases.provincial import PROVINCIAL

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

_REWRITTEN = "the stated date is rewritten (the content is of another era)"

KNOWN: dict[tuple[str, str, str], str] = {
    # (set, key, field) → why the reading differs
    ("pages", "027", "region"): "OCR spells the township four ways; the count reads 沁河乡",
    ("pages", "027", "doc_type"): "titled 政府工作报告, the text is a 汇报 (重点工作汇报)",
    ("pages", "029", "region"): "a misplaced quote splits the placeholder (**“乡党委)",
    ("pages", "021", "year"): "the lead-in's title says 2023; the text reviews 2022",
    ("pages", "036", "region"): "page 4 of an article: the county is named only in the body",
    ("pages", "038", "year"): "stated only by the 2019年工作安排 heading, which is not found",
    ("pages", "038", "speaker"): "a news post: the name is in a sentence (區長連天浪代表…)",
    ("pages", "040", "year"): _REWRITTEN,
    ("pages", "040", "delivered"): _REWRITTEN,
    ("pages", "057", "title"): "a compact date in brackets (20230114) stays in the title",
    ("pages", "057", "delivered"): "the date is given only as 20230114 in the page title",
    ("pages", "060", "year"): _REWRITTEN,
    ("pages", "060", "delivered"): _REWRITTEN,
}


def _cases() -> list[object]:
    cases: list[object] = []
    for name, table in (("pages", PAGES), ("provincial", PROVINCIAL)):
        for key, expected in table.items():
            for field in FIELDS:
                reason = KNOWN.get((name, key, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(
                    pytest.param(
                        name, key, field, expected, id=f"{name}-{key}-{field}", marks=marks
                    )
                )
    return cases


@cache
def _metadata(name: str, key: str) -> govreport.Metadata:
    path = CORPUS / name / f"{key}.txt"
    text = path.read_text(encoding="utf-8")
    if name == "pages" and text.startswith("# url:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return govreport.parse_report(text).metadata


def _comparable(value: object) -> object:
    return "".join(value.split()) if isinstance(value, str) else value


@pytest.mark.parametrize(("name", "key", "field", "expected"), _cases())
def test_real_metadata(name: str, key: str, field: str, expected: Expected) -> None:
    if not (CORPUS / name).is_dir():
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    found = getattr(_metadata(name, key), field)
    assert _comparable(found) == _comparable(expected.metadata[field])


def test_every_known_failure_names_an_annotated_field() -> None:
    tables = {"pages": PAGES, "provincial": PROVINCIAL}
    for name, key, field in KNOWN:
        assert key in tables[name] and field in FIELDS, (name, key, field)
