"""Headline indicators of real report pages and provincial reports, against the hand-read
rows of ``tests/indicator_cases``.

    python benchmarks/main_indicators.py [--corpus ../shared/corpus] [--show]

For each set (pages, provincial) and split (development, validation: every third document,
as in ``tests/page_cases``) it prints recall (rows found with their canonical id, status,
year, level and growth), strict precision (of the metrics with a canonical id in the
annotated paragraphs, those that are a row) and how many found rows carry the row's
``bound``.  ``--show`` lists each development document's missed rows and extra metrics.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

import govreport  # noqa: E402
from indicator_cases import Doc  # noqa: E402
from indicator_cases.score import score  # noqa: E402
from page_cases import read_document as read  # noqa: E402
from page_cases import split  # noqa: E402


def _default_corpus() -> Path:
    for base in ROOT.parents:
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


def _tables() -> list[tuple[str, Mapping[str, Doc]]]:
    tables: list[tuple[str, Mapping[str, Doc]]] = []
    try:
        from indicator_cases.pages import PAGES
    except ImportError:
        pass
    else:
        tables.append(("pages", PAGES))
    try:
        from indicator_cases.provincial import PROVINCIAL
    except ImportError:
        pass
    else:
        tables.append(("provincial", PROVINCIAL))
    return tables


def _pct(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def run(corpus: Path, show: bool) -> int:
    seen = 0
    for name, table in _tables():
        keys = sorted(table)
        totals = {part: [0, 0, 0, 0, 0] for part in ("dev", "validation")}
        for key in keys:
            path = corpus / name / f"{key}.txt"
            if not path.exists():
                continue
            seen += 1
            part = split(key, keys)
            result = score(govreport.parse_report(read(path)), table[key])
            row = totals[part]
            row[0] += result.expected
            row[1] += result.found
            row[2] += result.candidates
            row[3] += result.matched
            row[4] += result.bounds_right
            if show and part == "dev" and (result.missed or result.extra):
                print(f"--- {name}/{key}")
                for missed in result.missed:
                    print("  missed", tuple(v for v in missed if v is not None))
                for metric in result.extra:
                    value = metric.value.text if metric.value else None
                    print(
                        "  extra ",
                        (metric.indicator, metric.canonical, metric.status, metric.year),
                        value,
                        metric.growth,
                    )
        for part, (expected, found, candidates, matched, bounds) in totals.items():
            docs = sum(split(key, keys) == part for key in keys)
            print(
                f"{name} {part} ({docs} documents, {expected} rows): recall {_pct(found, expected)}"
                f"  precision {_pct(matched, candidates)} ({candidates} metrics)"
                f"  bound right {_pct(bounds, found)}"
            )
    return 0 if seen else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=_default_corpus())
    parser.add_argument("--show", action="store_true", help="list misses of development documents")
    args = parser.parse_args(argv)
    if run(args.corpus, args.show):
        print(f"no annotated document found under {args.corpus}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
