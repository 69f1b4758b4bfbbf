"""Several reports in one text: how often ``parse_reports`` finds each of them.

    python benchmarks/joined.py [--corpus ../shared/corpus] [--trials 60]

Joins two or three documents at a time (seeded, so every run is the same), separated by one
to three line breaks, and counts the texts split into exactly as many reports as were joined,
with each boundary within the document it opens:

- whole reports: the provincial reports, the last twenty national ones and the seeds (seed
  001 holds three reports already and is left out);
- page excerpts: the development pages and provincial reports of ``real_pages.py``, as
  ``perturbed.py`` reads them. The pages are excerpts of a few hundred characters, so a
  report there may hold less prose than a split needs;
- one line: the whole reports as a compilation on one line prints them (every run of
  whitespace one space), each after a piece label (``第一篇:``, ``篇一:``, ``【篇一】``: 060),
  joined by a space.
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


_PIECE_LABELS = ("第{}篇:", "篇{}:", "【篇{}】")
_NUMERALS = "一二三"


_FOOTER = "本作品是中华人民共和国的"  # Wikisource's licence footer, no compilation's


def one_line(documents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The documents as a compilation on one line prints them: every run of whitespace one
    space (046, 054, 060 are such lines), without a licence footer."""
    return [(name, " ".join(text.split(_FOOTER)[0].split())) for name, text in documents]


def trial(
    documents: list[tuple[str, str]], rng: random.Random, labelled: bool = False
) -> tuple[bool, list[str]]:
    """Whether one joined text splits right, and the names joined; ``labelled``: on one
    line, each after a compilation's piece label (060 第一篇:)."""
    chosen = rng.sample(documents, rng.choice([2, 3]))
    if labelled:
        label = rng.choice(_PIECE_LABELS)
        chosen = [
            (name, label.format(_NUMERALS[index]) + text)
            for index, (name, text) in enumerate(chosen)
        ]
    separator = " " if labelled else rng.choice(["\n", "\n\n", "\n\n\n"])
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
    whole = whole_reports(arguments.corpus)
    for label, documents, labelled in (
        ("whole reports", whole, False),
        ("page excerpts", excerpts(arguments.corpus), False),
        ("one line", one_line(whole), True),
    ):
        rng = random.Random(label)
        results = [trial(documents, rng, labelled) for _ in range(arguments.trials)]
        right = sum(ok for ok, _ in results)
        print(f"{label:14} {right}/{len(results)} joined texts split right")
        if arguments.show:
            for ok, names in results:
                if not ok:
                    print("   ", " + ".join(names))


if __name__ == "__main__":
    main()
