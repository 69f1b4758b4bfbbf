"""How well ``parse_report`` reads real pages: headings and metadata against hand annotations.

    python benchmarks/real_pages.py [--corpus ../shared/corpus] [--show]

The corpus is ``../shared/corpus`` from the project root (or the nearest ``shared/corpus``
above it).

Parses every page of ``corpus/pages`` (line 1, the ``# url:`` line, removed) and, when the
table ``tests/page_cases/provincial.py`` exists, every report of ``corpus/provincial``.  For
each set and each split (development, validation) it prints heading recall and precision
(level-1 and level-2 headings matched as ``(level, normalized title)``) and metadata accuracy,
overall and per field, and the lines of a page's front (title copies, occasion, speaker,
site furniture) left as preamble items.  ``--show`` prints each document's mismatches,
expected against found.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _default_corpus() -> Path:
    """``../shared/corpus`` from the project root, else the nearest such folder further up
    (a checkout kept one level deeper)."""
    for base in ROOT.parents:
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


DEFAULT_CORPUS = _default_corpus()
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

import govreport  # noqa: E402
from page_cases import FIELDS, Expected, split  # noqa: E402
from page_cases.pages import PAGES  # noqa: E402
from page_cases.score import (  # noqa: E402
    headings_of,
    metadata_of,
    normalize_title,
    score_headings,
    score_metadata,
)


def _tables() -> list[tuple[str, str, Mapping[str, Expected]]]:
    """(name, corpus folder, table) of every annotated set that exists."""
    tables: list[tuple[str, str, Mapping[str, Expected]]] = [("pages", "pages", PAGES)]
    try:
        from page_cases.provincial import PROVINCIAL
    except ImportError:
        pass
    else:
        tables.append(("provincial", "provincial", PROVINCIAL))
    return tables


def _read(path: Path, strip_url: bool) -> str:
    text = path.read_text(encoding="utf-8")
    if strip_url and text.startswith("# url:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}%" if den else "    -"


def _show(
    key: str,
    found_h: list[tuple[int, str]],
    expected: Expected,
    meta: dict[str, object],
    ok: dict[str, bool],
) -> None:
    want = [(lvl, normalize_title(t)) for lvl, t in expected.headings]
    got = [(lvl, normalize_title(t)) for lvl, t in found_h]
    missing = [h for h in expected.headings if (h[0], normalize_title(h[1])) not in got]
    extra = [h for h in found_h if (h[0], normalize_title(h[1])) not in want]
    bad = [f for f in FIELDS if not ok[f]]
    if not (missing or extra or bad):
        return
    print(f"--- {key}")
    for level, title in missing:
        print(f"  heading missing  L{level} {title}")
    for level, title in extra:
        print(f"  heading extra    L{level} {title}")
    for field in bad:
        print(f"  {field:<11} expected {expected.metadata[field]!r}  found {meta[field]!r}")


def front_left_over(report: govreport.Report) -> int:
    """Short preamble items without a sentence end, not a salutation: lines of the page's
    front (a title copy, the occasion, the speaker, site furniture) the front left in the
    body."""
    return sum(
        1
        for item in report.preamble
        if len(item.text) < 40
        and "。" not in item.text
        and not item.text.startswith(("各位代表", "尊敬的", "同志们", "各位"))
    )


def run(corpus: Path, show: bool) -> int:
    """Parse, score and print; 1 when no corpus file was found, else 0."""
    seen = 0
    for name, folder, table in _tables():
        directory = corpus / folder
        keys = sorted(table)
        rows: dict[str, list[tuple[int, int, int, dict[str, bool], int]]] = {
            "dev": [],
            "validation": [],
        }
        for key in keys:
            path = directory / f"{key}.txt"
            if not path.exists():
                print(f"{name}: {path} is missing", file=sys.stderr)
                continue
            seen += 1
            expected = table[key]
            report = govreport.parse_report(_read(path, strip_url=folder == "pages"))
            found_h = headings_of(report)
            meta = metadata_of(report)
            ok = score_metadata(meta, expected.metadata)
            tp, n_found, n_expected = score_headings(found_h, expected.headings)
            rows[split(key, keys)].append((tp, n_found, n_expected, ok, front_left_over(report)))
            if show:
                _show(f"{name}/{key} ({split(key, keys)})", found_h, expected, meta, ok)
        for part in ("dev", "validation"):
            got = rows[part]
            if not got:
                continue
            tp = sum(r[0] for r in got)
            n_found = sum(r[1] for r in got)
            n_expected = sum(r[2] for r in got)
            cells = sum(len(r[3]) for r in got)
            right = sum(sum(r[3].values()) for r in got)
            print(
                f"{name} {part} ({len(got)} documents): headings recall {_pct(tp, n_expected)}"
                f" ({tp}/{n_expected}), precision {_pct(tp, n_found)} ({tp}/{n_found});"
                f" metadata {_pct(right, cells)} ({right}/{cells})"
            )
            per_field = "  ".join(
                f"{field} {_pct(sum(r[3][field] for r in got), len(got)).strip()}"
                for field in FIELDS
            )
            print(f"  {per_field}")
            left = [r[4] for r in got if r[4]]
            print(f"  front lines left in the preamble: {sum(left)} in {len(left)} documents")
    if not seen:
        print(f"no annotated files found under {corpus}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print each document's mismatches")
    args = parser.parse_args(argv)
    return run(args.corpus, args.show)


if __name__ == "__main__":
    sys.exit(main())
