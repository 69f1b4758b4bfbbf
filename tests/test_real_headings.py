"""Level-1 and level-2 headings of real report pages and provincial reports, as read by hand.

Each document's expected headings (``tests/page_cases``) must equal what the parser finds,
titles compared as the scorer compares them (tags, pinyin, spaces and trailing punctuation
ignored).  The layouts the parser does not read yet are strict xfails, each with its reason.
Every document is also checked for the nothing-is-lost invariant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from conftest import assert_nothing_lost
from page_cases import Expected
from page_cases.pages import PAGES
from page_cases.provincial import PROVINCIAL
from page_cases.score import headings_of, normalize_title

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

NOT_YET: dict[str, str] = {
    "pages/012": "digits deleted: the review heading (年政府工作的回忆) has no marker",
    "pages/027": "OCR text: `.` as the heading mark (二.重点工作汇报.), headings fused into chunks",
    "pages/031": "a page number glued inside a heading (新时展新3格局) cuts its title short",
    "pages/038": "a sub-heading marked only by HTML <b> in a centred block",
    "pages/052": "an advert word (二号首长) glued after the heading's title",
}


def _cases() -> list[tuple[str, Expected]]:
    return [
        *((f"pages/{key}", record) for key, record in sorted(PAGES.items())),
        *((f"provincial/{key}", record) for key, record in sorted(PROVINCIAL.items())),
    ]


def _params() -> list[object]:
    params: list[object] = []
    for name, record in _cases():
        marks = []
        if name in NOT_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_YET[name]))
        params.append(pytest.param(name, record, id=name, marks=marks))
    return params


def _text(name: str) -> str:
    path = CORPUS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"the shared corpus is not beside the project (looked for {path})")
    text = path.read_text(encoding="utf-8")
    if name.startswith("pages/"):  # line 1 is the page's address, not its text
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text


@pytest.mark.parametrize(("name", "record"), _params())
def test_headings_of_real_documents(name: str, record: Expected) -> None:
    report = govreport.parse_report(_text(name))
    found = [(level, normalize_title(title)) for level, title in headings_of(report)]
    expected = [(level, normalize_title(title)) for level, title in record.headings]
    assert found == expected


@pytest.mark.parametrize("name", [name for name, _ in _cases()])
def test_nothing_is_lost_in_real_documents(name: str) -> None:
    for report in govreport.parse_reports(_text(name)):
        assert_nothing_lost(report)
