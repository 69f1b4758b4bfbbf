"""The metric audit (``metric_audit.py``): the library returns exactly the judged rows, and
their strict precision holds (≥ 0.90 on all rows, ≥ 0.97 on rows with a canonical id)."""

from __future__ import annotations

import pytest

from metric_audit import CORPUS, PARAGRAPHS, Paragraph, _canonical, precision, returned, score

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"the corpus is absent: {CORPUS}")


@pytest.mark.parametrize(
    "paragraph",
    PARAGRAPHS,
    ids=[f"{p.source.split('/')[-1][:12]}-{p.opening[:10]}" for p in PARAGRAPHS],
)
def test_the_library_returns_the_judged_rows(paragraph: Paragraph) -> None:
    assert returned(paragraph) == [row.row for row in paragraph.rows]


def test_the_audit_is_large_and_varied() -> None:
    rows = [row for paragraph in PARAGRAPHS for row in paragraph.rows]
    sources = {paragraph.source for paragraph in PARAGRAPHS}
    assert len(rows) >= 200
    assert len(sources) >= 10
    assert {source.split("/")[0] for source in sources} == {
        "seeds", "national", "provincial", "pages"
    }  # fmt: skip
    assert all(row.verdict in ("right", "wrong", "none") for row in rows)
    assert all(row.why for row in rows if row.verdict != "right")


def test_strict_precision() -> None:
    rows = [row for paragraph in PARAGRAPHS for row in paragraph.rows]
    assert precision(rows) >= 0.90
    assert precision([row for row in rows if _canonical(row)]) >= 0.97
    assert score()[0].startswith("metric audit: ")
