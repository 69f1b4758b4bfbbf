"""The annotated HTML page: nothing of the report missing, every heading, metric and chrome
block on it, well-formed, escaped; then the same checks on the DOM that headless Chromium
renders, with a screenshot."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import time
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport
from conftest import CHROMIUM, CHROMIUM_FLAGS, NATIONAL, ROOT, SEEDS, corpus_files
from govreport import Report
from govreport._html import _Mark, _marked, page_name, render_html, render_index
from test_invariants import report_like

PAGES = {
    "seed000": SEEDS / "000_5f8850e58b636763.txt",
    "national2024": NATIONAL / "2024.txt",
}
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"}


def solid(text: str) -> str:
    """The non-whitespace characters of ``text``, in order."""
    return "".join(character for character in text if not character.isspace())


class Page(HTMLParser):
    """A page read back: its tags checked for nesting, the text of each element kept."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.open_texts: list[list[str]] = []
        self.all_text: list[str] = []
        self.feed(markup)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed at the end: {[tag for tag, _ in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in VOID:
            return
        texts: list[str] = []
        self.stack.append((tag, attributes))
        self.open_texts.append(texts)
        self.elements.append((tag, attributes, texts))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()
        self.open_texts.pop()

    def handle_data(self, data: str) -> None:
        if any(tag in {"style", "script", "title"} for tag, _ in self.stack):
            return
        self.all_text.append(data)
        for texts in self.open_texts:
            texts.append(data)

    def text_of(self, **wanted: str) -> list[str]:
        """Texts of the elements whose attributes hold ``wanted`` (``class_`` for class)."""
        found = []
        for _, attributes, texts in self.elements:
            if all(
                (value in attributes.get("class", "").split())
                if name == "class_"
                else attributes.get(name) == value
                for name, value in wanted.items()
            ):
                found.append("".join(texts))
        return found

    def by_id(self, identifier: str) -> tuple[str, dict[str, str], str] | None:
        for tag, attributes, texts in self.elements:
            if attributes.get("id") == identifier:
                return tag, attributes, "".join(texts)
        return None


def report_of(name: str) -> Report:
    return govreport.parse_report(PAGES[name].read_text(encoding="utf-8"))


def assert_page_shows(report: Report, page: Page) -> None:
    """Every character, section title, metric and chrome block of ``report`` on ``page``."""
    blocks = list(report.blocks())
    article = page.text_of(class_="doc")
    assert len(article) == 1
    # The article holds the blocks' text and nothing else (labels are drawn by CSS).
    assert solid(article[0]) == solid("".join(block.text for block in blocks))
    start, end = report.span
    assert solid(article[0]) == solid(report.text[start:end])
    for number, section in enumerate(report.walk()):
        found = page.by_id(f"s-{number}")
        assert found is not None, section
        assert solid(section.title) in solid(found[2]), section
        assert f"level {section.level}" in found[1]["title"]
        assert f"detector {section.detector}" in found[1]["title"]
    outline = "".join(page.text_of(class_="outline"))
    assert all(section.title in outline for section in report.walk())
    for number, metric in enumerate(report.metrics):
        found = page.by_id(f"m-{number}")
        assert found is not None, metric
        assert f"metric st-{metric.status}" in found[1]["class"]
        pieces = "".join(page.text_of(**{"data-m": str(number)}))
        assert solid(pieces) == solid(report.text[metric.span[0] : metric.span[1]]), metric
        row = page.by_id(f"row-{number}")
        assert row is not None
        assert metric.indicator in row[2]
        assert metric.status in row[2]
    marked = [
        (solid("".join(texts)), attributes["title"])
        for _, attributes, texts in page.elements
        if "qty" in attributes.get("class", "").split()
    ]
    at = 0
    for quantity in report.quantities:  # each one marked, in order, with its unit on hover
        surface = solid(report.text[quantity.span[0] : quantity.span[1]])
        unit = quantity.unit or "(no unit)"
        while at < len(marked) and (marked[at][0] != surface or unit not in marked[at][1]):
            at += 1
        assert at < len(marked), f"{quantity} not marked"
        at += 1
    chrome = page.text_of(class_="chrome")
    assert [solid(text) for text in chrome] == [solid(block.text) for block in report.chrome]


def assert_holds_in_order(needle: str, haystack: str) -> None:
    """Every character of ``needle`` appears in ``haystack``, in order."""
    at = 0
    for character in needle:
        at = haystack.find(character, at)
        assert at >= 0, f"{character!r} missing"
        at += 1


# --- the page as Python reads it ------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_the_page_shows_everything(name: str) -> None:
    report = report_of(name)
    markup = render_html(report, file=str(PAGES[name]))
    page = Page(markup)
    assert page.errors == []
    assert_page_shows(report, page)
    # Stripping the tags and unescaping, as a reader would copy it.
    stripped = unescape(re.sub(r"<[^>]*>", "", markup.split("</style>", 1)[1]))
    assert_holds_in_order(solid(report.text), solid(stripped))


@pytest.mark.parametrize("name", PAGES)
def test_quantities_carry_value_and_unit(name: str) -> None:
    report = report_of(name)
    page = Page(render_html(report))
    titles = [
        attributes["title"]
        for _, attributes, _ in page.elements
        if "qty" in attributes.get("class", "").split()
    ]
    assert len(titles) >= len(report.quantities)
    first = report.quantities[0]
    assert any(first.unit in title and first.kind in title for title in titles if first.unit)


def test_seed_page_flags_inferred_and_recovered_headings() -> None:
    report = report_of("seed000")
    page = Page(render_html(report))
    flags = {
        attributes["data-flag"]
        for _, attributes, _ in page.elements
        if "flagged" in attributes.get("class", "").split()
    }
    assert flags == {"inferred", "recovered"}
    detectors = [section.detector for section in report.walk()]
    flagged = page.text_of(class_="flagged")
    assert len(flagged) == detectors.count("inferred") + detectors.count("lost_marker")


def test_seed_page_shows_metadata_and_status_counts() -> None:
    report = report_of("seed000")
    markup = render_html(report, file="seeds/000.txt", index="index.html")
    page = Page(markup)
    meta = "".join(page.text_of(class_="meta"))
    assert "南通镇" in meta
    assert "2023" in meta
    assert "闽侯县" in meta
    assert 'href="index.html"' in markup
    statuses = {metric.status for metric in report.metrics}
    for status in statuses:
        count = sum(1 for metric in report.metrics if metric.status == status)
        assert f"{count} {status}" in "".join(page.text_of(class_="counts"))


def test_crossing_metrics_still_nest() -> None:
    """Two metrics sharing a figure overlap in the seed; marks that cross are split."""
    metrics = sorted(report_of("seed000").metrics, key=lambda metric: metric.span)
    assert any(b.span[0] < a.span[1] for a, b in itertools.pairwise(metrics))
    text = "abcdefghij"
    marks = [
        _Mark(0, 6, 0, '<span class="metric" data-m="0"', metric=0),
        _Mark(3, 9, 0, '<span class="metric" data-m="1"', metric=1),
        _Mark(4, 8, 1, '<span class="qty"'),
    ]
    markup = "".join(_marked(text, (0, 10), marks, set()))
    page = Page(markup)
    assert page.errors == []
    assert "".join(page.all_text) == text
    assert "".join(page.text_of(**{"data-m": "0"})) == "abcdef"
    assert "".join(page.text_of(**{"data-m": "1"})) == "defghi"
    assert markup.count('id="m-1"') == 1
    assert "".join(page.text_of(class_="qty")) == "efgh"


spans = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(spans, st.booleans()), max_size=12))
def test_any_marks_nest_and_cover_their_spans(drawn: list[tuple[list[int], bool]]) -> None:
    text = "abcdefghijklmnopqrstuvwxyz<&>'"
    marks = [
        _Mark(start, end, 0, f'<span class="metric" data-m="{number}"', metric=number)
        if is_metric
        else _Mark(start, end, 1, f'<span class="qty" data-q="{number}"')
        for number, ((start, end), is_metric) in enumerate(drawn)
    ]
    markup = "".join(_marked(text, (0, len(text)), marks, set()))
    page = Page(markup)
    assert page.errors == []
    assert "".join(page.all_text) == text
    for mark in marks:
        number = mark.opening.rsplit('"', 2)[1]
        key = {"data-m": number} if mark.rank == 0 else {"data-q": number}
        assert "".join(page.text_of(**key)) == text[mark.start : mark.end]
        if mark.rank == 0:
            assert markup.count(f'id="m-{mark.metric}"') == (mark.end > mark.start)


@pytest.mark.parametrize(
    "text",
    [
        "a<b & c>d\n一、<script>alert(1)</script>\n&amp; &lt;",
        "二、\"quoted\" 'single' <b>bold</b>\n营业收入<10亿元&增长5%",
        "]]><!-- not a comment --><![CDATA[x]]>",
    ],
    ids=["angle-and-ampersand", "quotes-and-tags", "comment-and-cdata"],
)
def test_text_is_escaped(text: str) -> None:
    report = govreport.parse_report(text)
    markup = render_html(report, file="<stdin>&")
    page = Page(markup)
    assert page.errors == []
    assert "<script>alert" not in markup
    assert "<b>" not in markup
    assert solid("".join(page.text_of(class_="doc"))) == solid(text)
    assert "&lt;stdin&gt;&amp;" in markup


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(), report_like))
def test_any_text_renders_and_keeps_its_characters(text: str) -> None:
    report = govreport.parse_report(text)
    page = Page(render_html(report))
    assert page.errors == []
    # html.parser turns a lone CR into LF, as browsers do: whitespace, so not compared.
    assert solid("".join(page.text_of(class_="doc"))) == solid(text)


@pytest.mark.corpus
def test_every_corpus_page_shows_everything() -> None:
    for path in corpus_files():
        for report in govreport.parse_reports(path.read_text(encoding="utf-8")):
            page = Page(render_html(report))
            assert page.errors == [], path.name
            assert_page_shows(report, page)


def test_several_reports_of_one_text_each_show_their_own_part() -> None:
    text = (SEEDS / "001_555f7e936fe6323d.txt").read_text(encoding="utf-8")
    reports = govreport.parse_reports(text)
    for report in reports:
        page = Page(render_html(report))
        assert page.errors == []
        start, end = report.span
        assert solid("".join(page.text_of(class_="doc"))) == solid(text[start:end])


def test_rendering_is_linear_in_the_text() -> None:
    text = PAGES["seed000"].read_text(encoding="utf-8")
    small, large = govreport.parse_report(text), govreport.parse_report(text * 8)

    def best(report: Report) -> float:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            render_html(report)
            times.append(time.perf_counter() - began)
        return min(times)

    assert best(large) < 8 * 4 * best(small) + 0.05


@pytest.mark.parametrize(
    "text",
    [" " * 200_000 + "x", "\n \t" * 100_000 + "一、总结", ("\n" + " " * 1000 + "增长5%") * 200],
    ids=["long-run-of-spaces", "many-blank-lines", "indented-lines"],
)
def test_whitespace_runs_render_in_linear_time(text: str) -> None:
    report = govreport.parse_report(text)
    began = time.perf_counter()
    page = Page(render_html(report))
    assert time.perf_counter() - began < 2
    assert solid("".join(page.text_of(class_="doc"))) == solid(text)


@pytest.mark.parametrize("name", PAGES)
def test_a_report_read_back_from_json_renders_the_same_page(name: str) -> None:
    report = report_of(name)
    assert render_html(Report.from_dict(report.to_dict())) == render_html(report)


def test_non_report_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expects report as Report, got str"):
        render_html("一、总结")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects \\(file, Report\\) pairs"):
        render_index([("a.txt", "text")])  # type: ignore[list-item]


# --- the index and the page names ------------------------------------------------------------


def test_index_lists_and_links_every_report() -> None:
    entries = [(str(path), report_of(name)) for name, path in PAGES.items()]
    entries.append(("odd <name>&.txt", govreport.parse_report("")))
    markup = render_index(entries)
    page = Page(markup)
    assert page.errors == []
    links = re.findall(r'href="([^"]+)"', markup)
    assert [unquote(unescape(link)) for link in links] == [
        page_name(number, file) for number, (file, _) in enumerate(entries)
    ]
    rows = ["".join(texts) for tag, _, texts in page.elements if tag == "tr"][1:]
    seed = entries[0][1]
    assert "南通镇" in rows[0]
    assert str(sum(1 for _ in seed.walk())) in rows[0]
    assert str(len(seed.metrics)) in rows[0]
    assert "odd <name>&.txt" in rows[2]


@pytest.mark.parametrize(
    ("index", "file", "expected"),
    [
        (0, "scraped/南通镇.txt", "0001_南通镇.html"),
        (11, "a b/c d.txt", "0012_c_d.html"),
        (0, "<stdin>", "0001_stdin.html"),
        (9999, "../..", "10000_report.html"),
        (2, "x/.hidden", "0003_hidden.html"),
    ],
    ids=["chinese", "spaces", "stdin", "no-name", "dot-file"],
)
def test_page_name(index: int, file: str, expected: str) -> None:
    assert page_name(index, file) == expected


def test_page_names_are_distinct_for_distinct_indexes() -> None:
    names = {page_name(number, "same.txt") for number in range(200)}
    assert len(names) == 200


def test_the_docs_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    document = (ROOT / "docs" / "html.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", document, re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, "docs/html.md", "exec"), {})
    assert Page((tmp_path / "seed000.html").read_text(encoding="utf-8")).errors == []
    index = (tmp_path / "pages" / "index.html").read_text(encoding="utf-8")
    pages = sorted(path.name for path in (tmp_path / "pages").glob("0*.html"))
    assert len(pages) >= 5
    assert all(f'href="{quote(name)}"' in index for name in pages)


# --- the page as Chromium renders it ---------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk)",
)


def chromium(page: Path, profile: Path, *arguments: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two pages written out, in the test run's output folder."""
    folder = tmp_path_factory.mktemp("html")
    for name in PAGES:
        (folder / f"{name}.html").write_text(render_html(report_of(name)), encoding="utf-8")
    return folder


@needs_chromium
@pytest.mark.parametrize("name", PAGES)
def test_chromium_dom_shows_everything(name: str, rendered: Path, tmp_path: Path) -> None:
    dom = chromium(rendered / f"{name}.html", tmp_path / "profile", "--dump-dom")
    page = Page(dom)
    assert page.errors == []
    assert_page_shows(report_of(name), page)


@needs_chromium
@pytest.mark.parametrize("name", PAGES)
def test_chromium_screenshot(name: str, rendered: Path, tmp_path: Path) -> None:
    fonts = shutil.which("fc-list")
    if (
        fonts is None
        or not subprocess.run(
            [fonts, ":lang=zh"], capture_output=True, text=True, check=False
        ).stdout.strip()
    ):
        pytest.skip("no Chinese font: it would render as blanks (apt-get install fonts-noto-cjk)")
    shot = rendered / f"{name}.png"
    chromium(
        rendered / f"{name}.html",
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    print(f"screenshot: {shot}")
