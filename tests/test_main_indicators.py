"""Headline indicators of real report pages and provincial reports (``tests/indicator_cases``,
read by hand): recall and strict precision stay above the floors measured on each part.

The figures themselves are printed by ``benchmarks/main_indicators.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

import govreport
from indicator_cases import Doc
from indicator_cases.pages import PAGES
from indicator_cases.provincial import PROVINCIAL
from indicator_cases.score import paragraph_spans, score
from page_cases import read_document, split

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

# (set, part) → (recall, precision) floors, a few points under the figures measured
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("pages", "dev"): (0.66, 0.80),
    ("pages", "validation"): (0.64, 0.80),
    ("provincial", "dev"): (0.89, 0.96),
    ("provincial", "validation"): (0.89, 0.94),
}
TABLES: dict[str, Mapping[str, Doc]] = {"pages": PAGES, "provincial": PROVINCIAL}


@pytest.mark.parametrize(("name", "part"), sorted(FLOORS), ids=str)
def test_headline_indicators_stay_above_their_floors(name: str, part: str) -> None:
    if not (CORPUS / name).is_dir():
        pytest.skip(f"the corpus is not at {CORPUS} (../shared/corpus)")
    table = TABLES[name]
    keys = sorted(table)
    expected = found = candidates = matched = 0
    for key in keys:
        if split(key, keys) != part:
            continue
        result = score(
            govreport.parse_report(read_document(CORPUS / name / f"{key}.txt")), table[key]
        )
        expected += result.expected
        found += result.found
        candidates += result.candidates
        matched += result.matched
    recall_floor, precision_floor = FLOORS[name, part]
    assert found / expected >= recall_floor
    assert matched / candidates >= precision_floor


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_annotated_paragraph_is_found(name: str) -> None:
    if not (CORPUS / name).is_dir():
        pytest.skip(f"the corpus is not at {CORPUS} (../shared/corpus)")
    for key, doc in TABLES[name].items():
        text = read_document(CORPUS / name / f"{key}.txt")
        assert all(opening in text for opening in doc.paragraphs), key
        report = govreport.parse_report(text)
        assert len(paragraph_spans(report, doc)) == len(doc.paragraphs), key


def test_every_row_names_a_canonical_indicator() -> None:
    table = (Path(govreport.__file__).parent / "data" / "indicators.csv").read_text("utf-8")
    ids = {line.split(",", 1)[0] for line in table.splitlines() if not line.startswith("#")}
    for table in TABLES.values():
        for key, doc in table.items():
            for row in doc.rows:
                assert row.canonical in ids, (key, row)
                assert row.status in {"actual", "estimated", "target"}, (key, row)
                assert row.value is not None or row.growth is not None, (key, row)
