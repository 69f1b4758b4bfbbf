"""Several reports in one text: how often ``parse_reports`` finds each of them.

    python benchmarks/joined.py [--corpus ../shared/corpus] [--trials 60]

Joins two or three documents at a time (seeded, so every run is the same), separated by one
to three line breaks, and counts the texts split into exactly as many reports as were joined,
with each boundary within the document it opens:

- whole reports: the provincial reports, the last twenty national ones and the seeds (seed
  001 holds three reports already and is left out);
- page excerpts: the development pages and provincial reports of ``real_pages.py``, as
  ``perturbed.py`` reads them. The pages are excerpts of a few hundred characters, so a
  report there may hold less prose than a split needs.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturbed import development_documents
from real_pages import DEFAULT_CORPUS, _read

import govreport


def whole_reports(corpus: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of every whole report of the corpus."""
    paths = [
        *sorted((corpus / "provincial").glob("*.txt")),
        *sorted((corpus / "national").glob("*.txt"))[-20:],
        *(path for path in sorted((corpus / "seeds").glob("*.txt")) if path.name[:4] != "001_"),
    ]
    return [(f"{path.parent.name}/{path.stem}", _read(path, strip_url=False)) for path in paths]


def excerpts(corpus: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of the development documents of ``real_pages.py``."""
    return [(f"{name}/{key}", text) for name, key, text, _ in development_documents(corpus)]


def trial(documents: list[tuple[str, str]], rng: random.Random) -> tuple[bool, list[str]]:
    """Whether one joined text splits right, and the names joined."""
    chosen = rng.sample(documents, rng.choice([2, 3]))
    separator = rng.choice(["\n", "\n\n", "\n\n\n"])
    text = separator.join(text for _, text in chosen)
    starts, position = [], 0
    for _, piece in chosen:
        starts.append((position, position + len(piece)))
        position += len(piece) + len(separator)
    reports = govreport.parse_reports(text)
    right = len(reports) == len(chosen) and all(
        start <= report.span[0] < end or (start == 0 and report.span[0] == 0)
        for report, (start, end) in zip(reports, starts, strict=True)
    )
    return right, [name for name, _ in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--show", action="store_true", help="name the texts split wrong")
    arguments = parser.parse_args()
    for label, documents in (
        ("whole reports", whole_reports(arguments.corpus)),
        ("page excerpts", excerpts(arguments.corpus)),
    ):
        rng = random.Random(label)
        results = [trial(documents, rng) for _ in range(arguments.trials)]
        right = sum(ok for ok, _ in results)
        print(f"{label:14} {right}/{len(results)} joined texts split right")
        if arguments.show:
            for ok, names in results:
                if not ok:
                    print("   ", " + ".join(names))


if __name__ == "__main__":
    main()
