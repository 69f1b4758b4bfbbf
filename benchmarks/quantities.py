"""govreport's quantity extractor side by side with JioNLP and Microsoft Recognizers-Text.

Runs each system in this process on the same texts (the five seeds and the national reports
of the 2000s-2020s from ``../shared/corpus``, or ``--corpus PATH``), prints each one's
throughput in characters per second and govreport's speed-up over each, then scores the three
on rows of the test tables: recall (expected quantities found with the right value) and false
positives (results that match no expected quantity, including any result on a row whose
numerals are not quantities).

    pip install -e '.[benchmark]'      # jionlp, recognizers-text-suite, emoji<1.0
    python benchmarks/quantities.py [--corpus PATH] [--repeat N]

The peers are only needed here; a missing one is reported and skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import govreport  # noqa: E402
from quantity_cases import Case, national, not_quantities, seeds  # noqa: E402

Found = list[tuple[int, int, Decimal | None]]
"""(start, end, value) of each result, end exclusive."""


def corpus_texts(corpus: Path) -> list[str]:
    files = sorted((corpus / "seeds").glob("*.txt"))
    files += [path for path in sorted((corpus / "national").glob("*.txt")) if path.stem >= "2000"]
    return [path.read_text(encoding="utf-8") for path in files]


def _decimal(text: object) -> Decimal | None:
    try:
        return Decimal(str(text).rstrip("%").replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def govreport_system() -> Callable[[str], Found]:
    def run(text: str) -> Found:
        return [(*q.span, q.value) for q in govreport.extract_quantities(text)]

    return run


def jionlp_system() -> Callable[[str], Found]:
    import jionlp

    def run(text: str) -> Found:
        found = jionlp.ner.extract_money(text, with_parsing=True)
        return [(*item["offset"], _decimal(item["detail"]["num"])) for item in found]

    return run


def recognizers_system() -> Callable[[str], Found]:
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    with_unit = NumberWithUnitRecognizer(Culture.Chinese)
    models = [
        with_unit.get_currency_model(),
        with_unit.get_dimension_model(),
        NumberRecognizer(Culture.Chinese).get_percentage_model(),
    ]

    def run(text: str) -> Found:
        found: Found = []
        for model in models:
            for result in model.parse(text):
                value = (result.resolution or {}).get("value")
                found.append((result.start, result.end + 1, _decimal(value)))
        return sorted(found, key=lambda item: item[:2])

    return run


SYSTEMS: dict[str, Callable[[], Callable[[str], Found]]] = {
    "govreport": govreport_system,
    "JioNLP extract_money": jionlp_system,
    "Recognizers-Text (currency+dimension+percentage)": recognizers_system,
}


def load_systems() -> dict[str, Callable[[str], Found]]:
    loaded = {}
    for name, make in SYSTEMS.items():
        try:
            loaded[name] = make()
        except ImportError as error:
            print(f"{name}: not installed ({error}); pip install -e '.[benchmark]'")
    return loaded


def throughput(run: Callable[[str], Found], texts: list[str], repeat: int) -> tuple[float, int]:
    run(texts[0][:200])  # warm up lazy loading
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = sum(len(run(text)) for text in texts)
        best = min(best, time.perf_counter() - start)
    return sum(map(len, texts)) / best, count


def scoring_rows() -> list[Case]:
    """About 60 rows: every sixth quantity row and every tenth row without quantities."""
    positive = [
        row
        for table in (*vars(seeds).values(), *vars(national).values())
        if isinstance(table, list)
        for row in table
        if row.expected
    ]
    negative = [
        row for table in vars(not_quantities).values() if isinstance(table, list) for row in table
    ]
    return positive[::6][:45] + negative[::10][:15]


def score(run: Callable[[str], Found], rows: list[Case]) -> tuple[int, int, int, int, int]:
    """(expected, found, expected amounts, found amounts, false positives)."""
    expected_total = found_total = amounts = amounts_found = false_positives = 0
    for row in rows:
        results = run(row.sentence)
        matched = set()
        cursor = 0
        for text, value, unit, *_ in row.expected:
            start = row.sentence.find(str(text), cursor)
            end = start + len(str(text))
            cursor = end
            hit = next(
                (
                    index
                    for index, (s, e, v) in enumerate(results)
                    if s < end and start < e and v == Decimal(str(value))
                ),
                None,
            )
            is_amount = unit in ("元", "美元")
            expected_total += 1
            amounts += is_amount
            if hit is not None:
                matched.add(hit)
                found_total += 1
                amounts_found += is_amount
        false_positives += len(results) - len(matched)
    return expected_total, found_total, amounts, amounts_found, false_positives


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    args = parser.parse_args()
    if not (args.corpus / "seeds").is_dir():
        print(f"corpus not found at {args.corpus}: pass --corpus PATH", file=sys.stderr)
        return 2
    texts = corpus_texts(args.corpus)
    size = sum(map(len, texts))
    print(f"{len(texts)} texts, {size:,} characters from {args.corpus}\n")
    systems = load_systems()

    speeds = {}
    print(f"{'system':<50} {'chars/s':>12} {'results':>8}")
    for name, run in systems.items():
        repeat = args.repeat if name == "govreport" else 1
        speeds[name], count = throughput(run, texts, repeat)
        print(f"{name:<50} {speeds[name]:>12,.0f} {count:>8}")
    mine = speeds.get("govreport")
    if mine:
        for name, speed in speeds.items():
            if name != "govreport":
                print(f"govreport is {mine / speed:,.1f}x as fast as {name}")

    rows = scoring_rows()
    negatives = sum(1 for row in rows if not row.expected)
    print(f"\nScored on {len(rows)} table rows ({negatives} without quantities)")
    print(f"{'system':<50} {'recall':>8} {'money recall':>13} {'false pos.':>10}")
    for name, run in systems.items():
        expected, found, amounts, amounts_found, false_positives = score(run, rows)
        print(
            f"{name:<50} {found / expected:>8.1%} {amounts_found / max(amounts, 1):>13.1%}"
            f" {false_positives:>10}"
        )
    print(f"(recall over {expected} expected quantities, {amounts} of them money)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
