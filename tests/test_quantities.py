"""Quantities in real sentences of the corpus: the tables in ``quantity_cases``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex

import govreport
from quantity_cases import Case, national, not_quantities, seeds

FIXTURES = Path(__file__).parent / "fixtures"
SEED_FILES = {
    "seed000": "seeds/000_5f8850e58b636763.txt",
    "seed001": "seeds/001_555f7e936fe6323d.txt",
    "seed002": "seeds/002_0f2ab75d7a324a83.txt",
    "seed003": "seeds/003_288c1e282cea0f90.txt",
    "seed004": "seeds/004_22c6fb72f19d0811.txt",
}
NATIONAL_FILES = {
    f"national{year}": f"national/{year}.txt" for year in (1954, 1959, 1978, 1998, 2010, 2024, 2025)
}

QUANTITY_TABLES: dict[str, list[Case]] = {
    "seed000": seeds.SEED_000_NANTONG,
    "seed001": seeds.SEED_001_THREE_TOWNS,
    "seed002": seeds.SEED_002_YANGKOU,
    "seed003": seeds.SEED_003_ZIMAO,
    "seed004": seeds.SEED_004_XIAGE,
    "national1954": national.NATIONAL_1954,
    "national1959": national.NATIONAL_1959,
    "national1978": national.NATIONAL_1978,
    "national2010": national.NATIONAL_2010,
    "national2024": national.NATIONAL_2024,
    "national2025": national.NATIONAL_2025,
    "national1998": national.NATIONAL_1998,
}
NOT_QUANTITY_TABLES: dict[str, list[Case]] = {
    "seed000": not_quantities.SEED_000_NANTONG,
    "seed001": not_quantities.SEED_001_THREE_TOWNS,
    "seed002": not_quantities.SEED_002_YANGKOU,
    "seed003": not_quantities.SEED_003_ZIMAO,
    "seed004": not_quantities.SEED_004_XIAGE,
    "national1954": not_quantities.NATIONAL_1954,
    "national1959": not_quantities.NATIONAL_1959,
    "national1978": not_quantities.NATIONAL_1978,
    "national2010": not_quantities.NATIONAL_2010,
    "national2024": not_quantities.NATIONAL_2024,
    "national2025": not_quantities.NATIONAL_2025,
    "national": not_quantities.NATIONAL_NAMES,
}


def _params(tables: dict[str, list[Case]]) -> list[object]:
    params = []
    for source, rows in tables.items():
        for index, row in enumerate(rows, 1):
            label = row.why or (str(row.expected[0][1]) if row.expected else "")
            marks = [pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else []
            params.append(pytest.param(row, id=f"{source}-{index:03d}-{label}", marks=marks))
    return params


def _as_rows(quantities: list[govreport.Quantity]) -> list[tuple[object, ...]]:
    return [(q.text, q.value, q.unit, q.approx, q.high) for q in quantities]


def _expected_rows(row: Case) -> list[tuple[object, ...]]:
    rows = []
    for text, value, unit, *rest in row.expected:
        approx = rest[0] if rest else None
        high = rest[1] if len(rest) > 1 else None
        rows.append(
            (text, Decimal(str(value)), unit, approx, None if high is None else Decimal(high))
        )
    return rows


@pytest.mark.parametrize("row", _params(QUANTITY_TABLES))
def test_every_quantity_of_the_sentence(row: Case) -> None:
    found = govreport.extract_quantities(row.sentence)
    assert _as_rows(found) == _expected_rows(row)
    for quantity in found:
        start, end = quantity.span
        assert row.sentence[start:end] == quantity.text


@pytest.mark.parametrize("row", _params(NOT_QUANTITY_TABLES))
def test_numerals_that_are_not_quantities(row: Case) -> None:
    assert govreport.extract_quantities(row.sentence) == []


def _source_text(source: str) -> str:
    relative = SEED_FILES.get(source) or NATIONAL_FILES.get(source)
    if relative is None:
        return "\n".join(
            (FIXTURES / path).read_text(encoding="utf-8") for path in NATIONAL_FILES.values()
        )
    return (FIXTURES / relative).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "tables", [QUANTITY_TABLES, NOT_QUANTITY_TABLES], ids=["quantities", "not"]
)
def test_rows_are_copied_from_the_corpus(tables: dict[str, list[Case]]) -> None:
    for source, rows in tables.items():
        text = _source_text(source)
        missing = [row.sentence for row in rows if row.sentence not in text]
        assert missing == [], source


# A sentence "bears a number" if it holds Arabic digits, 百分之, a Chinese numeral with a scale
# word, or a Chinese numeral with a measure word.
_SENTENCE = regex.compile(r"[^。！？;；!?\n]+[。！？;；!?]?")
_BEARS_NUMBER = regex.compile(
    r"[0-9０-９]|百分之|[零一二两三四五六七八九十][十百千万亿萬億]"
    r"|[两二三四五六七八九十兩][个個项項户人家名条次倍座所处批件场栋套台辆艘株间份篇起宗天期]"
)


@pytest.mark.parametrize("source", sorted(SEED_FILES))
def test_every_number_bearing_seed_sentence_is_in_a_table(source: str) -> None:
    rows = [row.sentence for row in QUANTITY_TABLES[source] + NOT_QUANTITY_TABLES[source]]
    text = _source_text(source)
    uncovered = [
        sentence
        for match in _SENTENCE.finditer(text)
        if _BEARS_NUMBER.search(sentence := match.group().strip())
        and not any(sentence in row for row in rows)
    ]
    assert uncovered == []


def test_table_sizes() -> None:
    positives = sum(len(rows) for rows in QUANTITY_TABLES.values())
    negatives = sum(len(rows) for rows in NOT_QUANTITY_TABLES.values())
    assert positives >= 300
    assert negatives >= 80
