"""How well the headline indicators survive the layout damage real sites inflict.

    python benchmarks/perturbed_indicators.py [--corpus ../shared/corpus] [--only NAME ...]

For the DEVELOPMENT documents of ``tests/indicator_cases`` (pages and provincial reports,
split as ``page_cases.split`` splits them) it applies each perturbation of
``benchmarks/perturbed.py`` and prints the recall of the hand-read headline rows beside the
unperturbed figure.  A perturbation moves the paragraphs, so a row counts as found when a
metric anywhere in the report states it (see ``indicator_cases.score.matches``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from main_indicators import _tables, read
from perturbed import PERTURBATIONS, perturb
from real_pages import DEFAULT_CORPUS

import govreport
from indicator_cases import Doc
from indicator_cases.score import hits
from page_cases import split


def development_documents(corpus: Path) -> list[tuple[str, str, str, Doc]]:
    """``(set, key, text, doc)`` of every development document with headline rows."""
    found = []
    tables: list[tuple[str, Mapping[str, Doc]]] = _tables()
    for name, table in tables:
        keys = sorted(table)
        for key in keys:
            path = corpus / name / f"{key}.txt"
            if split(key, keys) == "dev" and path.exists() and table[key].rows:
                found.append((name, key, read(path), table[key]))
    return found


def recall(documents: list[tuple[str, str, str, Doc]], perturbation: str) -> dict[str, float]:
    """Per set, the share of rows some metric of the perturbed report states."""
    counts: dict[str, list[int]] = {}
    for name, key, text, doc in documents:
        metrics = list(govreport.parse_report(perturb(perturbation, name, key, text)).metrics)
        row = counts.setdefault(name, [0, 0])
        for expected in doc.rows:
            found_by = hits(expected, metrics)
            for hit in found_by:
                metrics.remove(hit)
            row[0] += bool(found_by)
            row[1] += 1
    return {name: found / total for name, (found, total) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", nargs="*", default=None, help="perturbations to run")
    args = parser.parse_args(argv)
    documents = development_documents(args.corpus)
    if not documents:
        print(f"no annotated document found under {args.corpus}", file=sys.stderr)
        return 1
    names = ["none", *(args.only or PERTURBATIONS)]
    base = recall(documents, "none")
    sets = sorted(base)
    print(f"{'perturbation':<20} " + "  ".join(f"{name:>18}" for name in sets))
    for perturbation in names:
        figures = base if perturbation == "none" else recall(documents, perturbation)
        cells = [f"{figures[name]:.3f} ({figures[name] - base[name]:+.3f})" for name in sets]
        print(f"{perturbation:<20} " + "  ".join(f"{cell:>18}" for cell in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
