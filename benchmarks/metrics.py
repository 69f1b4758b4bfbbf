"""Metric reading: time per character on ordinary text and on inputs that once took
super-linear time, and the precision of the metric audit (``tests/metric_audit.py``).

    python benchmarks/metrics.py            # timings, then the audit
    python benchmarks/metrics.py --audit    # the audit only

Each input is timed at two sizes; a linear reader keeps the microseconds per character about
the same at both.  The audit prints strict precision over every judged row, over the rows
with a canonical id, and per document.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import govreport  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "seeds" / "000_5f8850e58b636763.txt"
STOPS = str.maketrans({"。": "，", "\n": "，", "!": "，", "?": "，", "！": "，"})


def _repeat(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


def inputs() -> dict[str, tuple[Callable[[int], str], Callable[[str], object]]]:
    seed = SEED.read_text(encoding="utf-8")
    read = govreport.extract_metrics
    return {
        "ordinary text (seed 000)": (lambda n: _repeat(seed, n), read),
        "one sentence (seed 000, no 。)": (lambda n: _repeat(seed.translate(STOPS), n), read),
        "工业产值1亿元, × k": (lambda n: _repeat("工业产值1亿元,", n), read),
        "trailing words (今年 × k)": (lambda n: "工业产值" + "今年" * (n // 2) + "1亿元", read),
        "bracket groups ((甲) × k)": (lambda n: "工业产值" + "(甲)" * (n // 3) + "1亿元", read),
        "list of changes (1%、 × k)": (lambda n: "工业产值增长" + "1%、" * (n // 3), read),
        "canonical_indicator(甲 × n)": (lambda n: "甲" * n, govreport.canonical_indicator),
    }


def timings(sizes: tuple[int, int]) -> None:
    govreport.extract_metrics("工业产值1亿元,")  # compile the patterns first
    print(f"{'input':34s} " + " ".join(f"{size:>9d} chars  µs/char" for size in sizes))
    for label, (make, run) in inputs().items():
        cells = []
        for size in sizes:
            text = make(size)
            start = time.perf_counter()
            run(text)
            elapsed = time.perf_counter() - start
            cells.append(f"{elapsed:9.3f} s  {elapsed / len(text) * 1e6:7.2f}")
        print(f"{label:34s} " + " ".join(cells))


def audit() -> None:
    from metric_audit import score

    print()
    for line in score():
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", action="store_true", help="the audit only")
    parser.add_argument("--sizes", type=int, nargs=2, default=(20_000, 80_000))
    args = parser.parse_args()
    if not args.audit:
        timings(tuple(args.sizes))
    audit()


if __name__ == "__main__":
    main()
