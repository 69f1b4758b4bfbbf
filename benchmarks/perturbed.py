"""How well headings and metadata survive the layout damage real sites inflict.

    python benchmarks/perturbed.py [--corpus ../shared/corpus] [--only NAME ...] [--show]
                                   [--national]

Takes the DEVELOPMENT documents of ``benchmarks/real_pages.py`` only (the keys that
``page_cases.split`` puts in ``"dev"``; pages read with their ``# url:`` line removed, exactly
as there), applies each perturbation of :data:`PERTURBATIONS` (seeded by the perturbation,
set and key, so every run is the same), and prints heading recall and precision and metadata
accuracy per perturbation beside the unperturbed figures, scored as ``real_pages.py`` scores
them (``page_cases.score``).  ``--national`` adds the national reports 1954–2025, which have
no annotations: each is scored against what is read in it unperturbed (seeded as the rest).

The perturbations are the layouts listed in ``corpus/pages/README.md``: a whole report on one
line (014, 029, 031, 038, 046, 054), PDF hard breaks (028, 049, 051, 055, 057), and two PDF
layouts the pages' README lists as not in the set: one token per line, and numbers spaced out
(``3 . 5``; national 1998 spaces every digit); junk tokens
where line breaks were (034 ``v7R``, 051 ``Sw7``, 058 ``zTB``) and ``;;`` for quotes (051,
058), raw HTML tags and entities (034, 038), page numbers between lines (031, 040, 055),
numbered headings whose marker was lost, whole or its numeral (022 lost its first ``(一)``),
or stands alone on its line (national 1986 sets its markers so),
characters dropped from prose (031, 054), the page as CommonMark (``## …``, ``**…**``) and
bullets or emoji around headings (037), a line break after every sentence, top headings as
``第一部分`` / ``第一章`` (a layout the pages' README lists as not in the set), top headings
without their numbers (四川 and 西藏 2025, national 1984),
blank lines and indents (002, 008, 033, 047), site chrome around the article (003, 004,
007, 053), its words taken from :mod:`govreport.data.chrome`, and traditional script (019,
038, 050).
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_pages import DEFAULT_CORPUS, _read, _tables, front_left_over

import govreport
from govreport._normalize import junk_tokens as site_junk
from govreport.data.chrome import (
    BREADCRUMB_LABELS,
    CONTROL_WORDS,
    COUNTER_LABELS,
    EDITOR_LABELS,
    LINK_WORDS,
    SOURCE_LABELS,
)
from govreport.data.regions import CENTRAL_GOVERNMENTS
from page_cases import Expected, split
from page_cases.score import (
    headings_of,
    metadata_of,
    normalize_title,
    score_headings,
    score_metadata,
)

Perturb = Callable[[str, random.Random], str]

_LINE = regex.compile(r"[^\n]+")
_LEADING = regex.compile(r"(?m)^[ \t\u3000\u00a0]+")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def one_line(text: str, rng: random.Random) -> str:
    """Every line break removed (014, 031: the whole report on one line)."""
    return text.replace("\n", "")


def one_line_spaced(text: str, rng: random.Random) -> str:
    """Every run of line breaks one space (029, 046, 054)."""
    return regex.sub(r"[ \t]*\n+[ \t]*", " ", text)


def hard_breaks(text: str, rng: random.Random) -> str:
    """A PDF's hard line breaks, inside body and headings alike: one width of 12–40
    characters for the document, each line a character or two longer or shorter (028, 049,
    055: lines of ~25 characters, give or take the half-width digits, cut mid-word)."""
    width = rng.randint(12, 40)

    def wrap(match: regex.Match[str]) -> str:
        line = match.group()
        pieces = []
        position = 0
        while True:
            cut = width + rng.randint(-2, 2)
            if len(line) - position <= cut:
                break
            pieces.append(line[position : position + cut])
            position += cut
        pieces.append(line[position:])
        return "\n".join(pieces)

    return _LINE.sub(wrap, text)


# A token of a PDF's dump: a number with its decimals, a run of Latin letters, or one to
# four other characters.
_TOKEN = regex.compile(r"[0-9.,%]+|[A-Za-z]+|\s+|[^\s0-9.,%A-Za-z]")


def token_lines(text: str, rng: random.Random) -> str:
    """A PDF dump with one token per line (corpus/pages/README: a layout not in the set):
    every line cut after each number, word run or 1-4 characters, never inside a number."""

    def cut(match: regex.Match[str]) -> str:
        pieces: list[str] = []
        current = ""
        room = rng.randint(1, 4)
        for token in _TOKEN.findall(match.group()):
            if token.isspace():
                continue
            current += token
            if len(current) >= room or not token[0].isalpha() or token[0].isdigit():
                pieces.append(current)
                current, room = "", rng.randint(1, 4)
        if current:
            pieces.append(current)
        return "\n".join(pieces)

    return _LINE.sub(cut, text)


def spaced_numbers(text: str, rng: random.Random) -> str:
    """Numbers spaced out by PDF extraction (corpus/pages/README: decimals split by spaces,
    ``3 . 5``; national 1998 spaces every digit): one document in two gets its points
    spaced, the other every digit."""
    digits = rng.random() < 0.5

    def space(match: regex.Match[str]) -> str:
        number = match.group()
        if digits:
            return " ".join(number)
        return number.replace(".", " . ")

    return regex.sub(r"(?<![0-9])[0-9]+(?:\.[0-9]+)?(?![0-9])", space, text)


def _junk_token(rng: random.Random) -> str:
    letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        token = "".join(rng.choice(letters + "23456789") for _ in range(rng.randint(2, 4)))
        if any(c.islower() for c in token) and any(c.isupper() or c.isdigit() for c in token):
            return token


def junk_tokens(text: str, rng: random.Random) -> str:
    """One site's junk token where line breaks were (034 ``v7R``, 051 ``Sw7``, 058 ``zTB``),
    now and then alone on a line."""
    own = sorted(site_junk(text))  # a site has one token: a page that has one keeps it
    token = own[0] if own else _junk_token(rng)
    out = []
    for line in _lines(text):
        if line.strip():
            out.append(line if line.rstrip().endswith(token) else line + token)
            if rng.random() < 0.05:
                out.append(token)
        else:
            out.append(line)
    return "\n".join(out)


def semicolon_quotes(text: str, rng: random.Random) -> str:
    """``;;`` for quotation marks and a leading dash (051 ``;;十二五;;``, 058 ``;;;;`` before
    the date of the subtitle)."""
    text = regex.sub(r"[“”]", ";;", text)
    return regex.sub(r"(?m)^(\s*)(?:——|━━|—)", r"\1;;;;", text)


_HTML_LINE = (
    "<p>{}</p>",
    '<p style="text-indent: 2em;">{}</p>',
    '<span style="font-size: 16px; font-family: 仿宋;">{}</span><br>',
    "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>",
    "{}<br/>",
    '<p align="center"><strong>{}</strong></p>',
)


def html_tags(text: str, rng: random.Random) -> str:
    """Raw tags and entities around lines (038 ``<h3>``, ``<h1 style=…><b>…</b></h1>``;
    034 ``&ensp;``)."""
    return "\n".join(
        rng.choice(_HTML_LINE).format(line) if line.strip() else line for line in _lines(text)
    )


def html_one_line(text: str, rng: random.Random) -> str:
    """Tags around lines and no line breaks left (038: one line, headings only as tags)."""
    return html_tags(text, rng).replace("\n", "")


def _page_number(rng: random.Random, page: int, pages: int) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"- {page} -"
    if style == 1:
        return f"第{page}页 共{pages}页"
    if style == 2:
        return f"—{page}—"
    return str(page)


def page_numbers(text: str, rng: random.Random) -> str:
    """A page's number or footer on a line of its own every few lines (PDF dumps: 040
    ``中国蔬菜 1 之乡``, 055 ``70`` alone on a line)."""
    lines = _lines(text)
    pages = max(2, len(lines) // 6 + 1)
    out = []
    page = 1
    gap = rng.randint(3, 8)
    for index, line in enumerate(lines):
        out.append(line)
        if index and index % gap == 0 and index < len(lines) - 1:
            out.append(_page_number(rng, page, pages))
            page += 1
            gap = rng.randint(3, 8)
    return "\n".join(out)


# A numbered heading's marker at the start of a line: 一、 (一) 1. 1、
_MARKER = regex.compile(
    r"(?m)^([^\S\n]*)((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|[1-9][0-9]?[、.．](?![0-9])))(?=\S)"
)


def lost_markers(text: str, rng: random.Random) -> str:
    """A numbered heading's marker lost now and then, whole (022 lost its first ``(一)``) or
    its numeral only (``、全力建设…``, ``)发展后劲…``: what is left when extraction drops
    the numeral): one marker in four."""

    def drop(match: regex.Match[str]) -> str:
        if rng.random() >= 0.25:
            return match.group()
        marker = match.group(2)
        if rng.random() < 0.5:
            return match.group(1)
        return match.group(1) + regex.sub(r"[一二三四五六七八九十0-9(（]", "", marker)

    return _MARKER.sub(drop, text)


def marker_lines(text: str, rng: random.Random) -> str:
    """A numbered heading's marker alone on its line, its title on the next, now and then (a
    PDF's dump of its text boxes; 1986 sets its markers so): one heading in two, where the
    line after the marker is a title (short, no sentence end)."""

    def split(match: regex.Match[str]) -> str:
        line_end = text.find("\n", match.end())
        rest = text[match.end() : len(text) if line_end < 0 else line_end]
        if rng.random() >= 0.5 or len(rest) > 40 or regex.search(r"[。!?;:！？；：]", rest):
            return match.group()
        return match.group() + "\n"

    return _MARKER.sub(split, text)


def dropped_characters(text: str, rng: random.Random) -> str:
    """Characters dropped by a lossy copy (054 ``X`` for characters, 031 ``新时展`` for
    新时代发展): one in fifty, in prose only, past the first sentence of a line longer
    than a heading, so that what the annotations quote stays whole."""

    def drop(match: regex.Match[str]) -> str:
        line = match.group()
        cut = line.find("。")
        if len(line) <= 60 or cut < 0:
            return line
        rest = "".join(c for c in line[cut + 1 :] if c.isspace() or rng.random() >= 0.02)
        return line[: cut + 1] + rest

    return _LINE.sub(drop, text)


_TOP_MARKER = regex.compile(r"(?m)^([^\S\n]*)([一二三四五六七八九十]{1,3})、[ \t\u3000]*(?=\S)")


def part_headings(text: str, rng: random.Random) -> str:
    """The top headings as parts or chapters (corpus/pages/README: ``第一部分`` / ``第一章``
    headings, a layout not in the set): ``一、2024年工作回顾`` → ``第一部分 2024年工作回顾``,
    one document in two with a space, ``、`` or ``:`` after the word, or nothing."""
    word = rng.choice(("部分", "章"))
    after = rng.choice((" ", "、", ":", "", "\u3000"))
    return _TOP_MARKER.sub(lambda match: f"{match.group(1)}第{match.group(2)}{word}{after}", text)


def unnumbered_parts(text: str, rng: random.Random) -> str:
    """The top headings without their numbers (四川 and 西藏 2025, pages 001, 024, 028:
    parts that carry no number; national 1984: ``关于国内建设`` / ``关于外交工作``):
    ``一、2024年工作回顾`` → ``2024年工作回顾``, every one of them."""
    return _TOP_MARKER.sub(lambda match: match.group(1), text)


def _heading_like(line: str) -> bool:
    stripped = line.strip()
    return bool(_MARKER.match(line)) or (0 < len(stripped) <= 30 and "。" not in stripped)


def markdown(text: str, rng: random.Random) -> str:
    """The page as an HTML-to-text converter writes it (CommonMark, as html2text and the
    like do): a heading or a short bold line as ``## …``, ``### …`` or ``**…**``, now and then
    a paragraph as a list item ``- …`` (038 marks its headings only as ``<h1>`` / ``<b>``)."""
    out = []
    for line in _lines(text):
        if not line.strip():
            out.append(line)
        elif _heading_like(line) and "。" in line.strip()[:-1]:  # a heading run into its body
            lead, rest = line.strip().split("。", 1)
            out.append(f"**{lead}。**{rest}" if rng.random() < 0.5 else line)
        elif _heading_like(line):
            form = rng.choice(("## {}", "### {}", "**{}**", "# {}"))
            out.append(form.format(line.strip()))
        else:
            out.append(f"- {line.strip()}" if rng.random() < 0.1 else line)
    return "\n".join(out)


_BULLET_FORMS = ("◆{}", "● {}", "■{}", "★ {}", "▶{}", "🌟{}🏆", "🎯 {}", "※{}")


def bullets(text: str, rng: random.Random) -> str:
    """A glyph or emoji before (and after) each heading or short line (037 ``🌟回顾2023年工作
    成果🏆``; seed 003 and 033 ``•`` before a page's fields)."""
    return "\n".join(
        rng.choice(_BULLET_FORMS).format(line.strip())
        if line.strip() and _heading_like(line)
        else line
        for line in _lines(text)
    )


def sentence_lines(text: str, rng: random.Random) -> str:
    """A line break after every sentence end (text split into sentences by a site or a
    converter; 028 and 049 break lines inside paragraphs too)."""
    return regex.sub(r"(?<=[。!?！？;；])(?=[^\n”」』)）])", "\n", text)


def no_blank_lines(text: str, rng: random.Random) -> str:
    """Blank lines removed (sites that drop paragraph spacing)."""
    return regex.sub(r"\n[ \t]*\n+", "\n", text)


def double_blank_lines(text: str, rng: random.Random) -> str:
    """A blank line after every line (002, 008: blank and double blank lines)."""
    return text.replace("\n", "\n\n")


def indents_added(text: str, rng: random.Random) -> str:
    """Two full-width spaces at the start of every line (the 公文 paragraph indent)."""
    return regex.sub(r"(?m)^(?=\S)", "\u3000\u3000", text)


def indents_removed(text: str, rng: random.Random) -> str:
    """Every leading indent removed (003, 033, 047 have 3–4 space indents)."""
    return _LEADING.sub("", text)


def site_chrome(text: str, rng: random.Random) -> str:
    """A site's furniture around the article: breadcrumb and page controls before it, a
    source/date bar under its first line, links, editor and controls after it (003, 004,
    007, 053), in the words of :mod:`govreport.data.chrome`."""
    lines = _lines(text)
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    # no date: the page's own dates are what the annotations state
    bar = f"{rng.choice(SOURCE_LABELS)}:人民政府办公室  {rng.choice(COUNTER_LABELS)}:{month * day}"
    controls = " ".join(f"【{word}】" for word in rng.sample(CONTROL_WORDS, 3))
    before = [
        f"{rng.choice(BREADCRUMB_LABELS)}:首页 > 政务公开 > 政府信息公开 > 政府工作报告",
        controls,
    ]
    after = [
        "",
        f"{rng.choice(LINK_WORDS)}",
        "上一篇:关于印发2023年重点工作任务分解的通知",
        f"下一篇:{month}月份工作动态",
        f"{rng.choice(EDITOR_LABELS[:2])}:王{rng.choice('伟芳娜敏静丽强磊军洋')}",
        " ".join(f"【{word}】" for word in rng.sample(CONTROL_WORDS, 2)),
    ]
    body = [*lines[: first + 1], bar, *lines[first + 1 :]]
    return "\n".join([*before, *body, *after])


def _to_traditional() -> Callable[[str], str] | None:
    try:
        import opencc  # optional: pip install -e '.[benchmark]'
    except ImportError:
        return None
    return opencc.OpenCC("s2t").convert


_TRADITIONAL = _to_traditional()


def traditional(text: str, rng: random.Random) -> str:
    """The page in traditional script, as OpenCC converts it (019, 038, 050 are written so)."""
    assert _TRADITIONAL is not None
    return _TRADITIONAL(text)


EXPECTED_TEXT: dict[str, Callable[[str], str]] = {
    "semicolon_quotes": lambda text: regex.sub(r"[“”]", ";;", text),
    "traditional": lambda text: _TRADITIONAL(text) if _TRADITIONAL else text,
}
"""How a perturbation changes the text the annotations quote (titles, names)."""

QUOTED = frozenset({"title", "region", "speaker"})
"""The metadata fields quoting the text (the others are the library's own words or dates)."""


def _expected_under(name: str, expected: Expected) -> Expected:
    change = EXPECTED_TEXT.get(name)
    if change is None:
        return expected
    return expected._replace(
        headings=tuple((level, change(title)) for level, title in expected.headings),
        metadata={
            field: change(value) if _quoted(field, value) else value
            for field, value in expected.metadata.items()
        },
    )


def _quoted(field: str, value: object) -> bool:
    # the national government's name is the library's own (國務院 reads as 国务院)
    return isinstance(value, str) and field in QUOTED and value not in CENTRAL_GOVERNMENTS


PERTURBATIONS: dict[str, Perturb] = {
    "one_line": one_line,
    "one_line_spaced": one_line_spaced,
    "hard_breaks": hard_breaks,
    "token_lines": token_lines,
    "spaced_numbers": spaced_numbers,
    "junk_tokens": junk_tokens,
    "semicolon_quotes": semicolon_quotes,
    "html_tags": html_tags,
    "html_one_line": html_one_line,
    "page_numbers": page_numbers,
    "lost_markers": lost_markers,
    "marker_lines": marker_lines,
    "dropped_characters": dropped_characters,
    "part_headings": part_headings,
    "unnumbered_parts": unnumbered_parts,
    "markdown": markdown,
    "bullets": bullets,
    "sentence_lines": sentence_lines,
    "no_blank_lines": no_blank_lines,
    "double_blank_lines": double_blank_lines,
    "indents_added": indents_added,
    "indents_removed": indents_removed,
    "site_chrome": site_chrome,
    **({"traditional": traditional} if _TRADITIONAL else {}),
}
"""Name → perturbation ``(text, rng) -> text``, in the order they are printed."""


def development_documents(corpus: Path) -> list[tuple[str, str, str, Expected]]:
    """``(set name, key, text, expected)`` of every development document that exists, read
    as ``real_pages.py`` reads it."""
    found = []
    for name, folder, table in _tables():
        keys = sorted(table)
        for key in keys:
            path = corpus / folder / f"{key}.txt"
            if split(key, keys) != "dev" or not path.exists():
                continue
            found.append((name, key, _read(path, strip_url=folder == "pages"), table[key]))
    return found


def perturb(name: str, set_name: str, key: str, text: str) -> str:
    """``text`` under perturbation ``name`` (``"none"``: unchanged), seeded by name, set and
    key."""
    if name == "none":
        return text
    rng = random.Random(zlib.crc32(f"{name}/{set_name}/{key}".encode()))
    return PERTURBATIONS[name](text, rng)


Totals = dict[str, list[int]]


def score(
    documents: list[tuple[str, str, str, Expected]],
    name: str,
    show: dict[tuple[str, str], tuple[int, int, int]] | None = None,
) -> Totals:
    """Per set: ``[true positives, found, expected, metadata right, metadata cells, front lines
    left in the preamble]``.

    ``show``: print each document that scores lower than its figures there (``(set, key)``
    → unperturbed ``(true positives, found, metadata right)``); an empty dict is filled."""
    totals: Totals = {}
    for set_name, key, text, annotated in documents:
        report = govreport.parse_report(perturb(name, set_name, key, text))
        expected = _expected_under(name, annotated)
        found = headings_of(report)
        tp, n_found, n_expected = score_headings(found, expected.headings)
        meta = metadata_of(report)
        ok = score_metadata(meta, expected.metadata)
        row = totals.setdefault(set_name, [0, 0, 0, 0, 0, 0])
        left = front_left_over(report)
        for index, value in enumerate((tp, n_found, n_expected, sum(ok.values()), len(ok), left)):
            row[index] += value
        if show is None:
            continue
        mine = (tp, n_found, sum(ok.values()))
        before = show.setdefault((set_name, key), mine)
        if mine[0] < before[0] or mine[0] - mine[1] < before[0] - before[1] or mine[2] < before[2]:
            _show(name, set_name, key, found, expected, meta, ok)
    return totals


def _show(
    name: str,
    set_name: str,
    key: str,
    found: list[tuple[int, str]],
    expected: Expected,
    meta: dict[str, object],
    ok: dict[str, bool],
) -> None:
    want = {(level, normalize_title(title)) for level, title in expected.headings}
    got = {(level, normalize_title(title)) for level, title in found}
    print(f"--- {name} {set_name}/{key}")
    for level, title in sorted(want - got):
        print(f"  heading missing  L{level} {title}")
    for level, title in sorted(got - want):
        print(f"  heading extra    L{level} {title}")
    for field, right in ok.items():
        if not right:
            print(f"  {field:<11} expected {expected.metadata[field]!r}  found {meta[field]!r}")


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}" if den else "    -"


def national_documents(corpus: Path) -> list[tuple[str, str, str, Expected]]:
    """``("national", year, text, expected)`` of every national report, its expected headings
    and metadata those the library reads in the text as it is (the reports have no
    annotations of their own): what a perturbation changes in what is read."""
    found = []
    for path in sorted((corpus / "national").glob("*.txt")):
        text = _read(path, strip_url=False)
        report = govreport.parse_report(text)
        expected = Expected(tuple(headings_of(report)), metadata_of(report))
        found.append(("national", path.stem, text, expected))
    return found


def run(corpus: Path, names: list[str], show: bool, national: bool = False) -> int:
    """Score every perturbation in ``names`` and print one line per perturbation
    (``national``: the national reports too, against what is read unperturbed)."""
    documents = development_documents(corpus)
    if national:
        documents += national_documents(corpus)
    if not documents:
        print(f"no development documents found under {corpus}", file=sys.stderr)
        return 1
    order = ["pages", "provincial", "national"]
    sets = sorted({set_name for set_name, *_ in documents}, key=order.index)
    counts = {s: sum(1 for d in documents if d[0] == s) for s in sets}
    header = "".join(
        f" | {s} ({counts[s]}{'' if s == 'national' else ' dev'}) R / P / M / F".ljust(40)
        for s in sets
    )
    print(f"{'perturbation':<20}{header}")
    baseline: Totals = {}
    shown: dict[tuple[str, str], tuple[int, int, int]] | None = {} if show else None
    for name in ["none", *names]:
        totals = score(documents, name, shown)
        if name == "none":
            baseline = totals
        cells = []
        for s in sets:
            tp, n_found, n_expected, right, n_cells, left = totals[s]
            figures = f"{_pct(tp, n_expected)} / {_pct(tp, n_found)} / {_pct(right, n_cells)}"
            figures += f" / {left:>2}"
            if name != "none":
                b = baseline[s]
                delta = min(
                    100 * tp / n_expected - 100 * b[0] / b[2] if n_expected else 0,
                    100 * tp / n_found - 100 * b[0] / b[1] if n_found else 0,
                    100 * right / n_cells - 100 * b[3] / b[4],
                )
                figures += f" ({delta:+5.1f})" if delta < -0.05 else "        "
            cells.append(f" | {figures}".ljust(40))
        print(f"{name:<20}{''.join(cells)}", flush=True)
    print(
        "R = heading recall, P = precision, M = metadata accuracy (%); F = front lines left "
        "in the preamble; (x) = worst drop"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", nargs="+", choices=sorted(PERTURBATIONS), default=None)
    parser.add_argument(
        "--show",
        action="store_true",
        help="print the mismatches of documents that score lower than unperturbed",
    )
    parser.add_argument(
        "--national",
        action="store_true",
        help="also the national reports, scored against what is read in them unperturbed",
    )
    args = parser.parse_args(argv)
    return run(args.corpus, args.only or list(PERTURBATIONS), args.show, args.national)


if __name__ == "__main__":
    sys.exit(main())
