"""How fast parse_report runs on the national corpus, and whether time grows linearly.

    python benchmarks/parse.py [--corpus ../shared/corpus] [--repeat 3]

Prints seconds per MB for the 52 national reports (each parsed on its own), then the time for
one text made of the corpus repeated 1, 2, 4 and 8 times: linear time means a constant
seconds-per-MB column.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import govreport

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FOOTER = "本作品是中华人民共和国的"


def best_of(repeat: int, function, *args):  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted((args.corpus / "national").glob("*.txt"))
    if not files:
        print(f"no national reports under {args.corpus}: pass --corpus", file=sys.stderr)
        return 2
    texts = [path.read_text(encoding="utf-8") for path in files]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    characters = sum(len(text) for text in texts)

    def parse_all() -> None:
        for text in texts:
            govreport.parse_report(text)

    seconds = best_of(args.repeat, parse_all)
    print(f"national corpus: {len(files)} reports, {megabytes:.2f} MB, {characters:,} characters")
    print(
        f"parse_report, each report: {seconds:.3f} s = {seconds / megabytes:.3f} s/MB "
        f"= {characters / seconds / 1e6:.2f} M chars/s"
    )

    print("\none text of the corpus repeated n times (linear time: constant s/MB)")
    print(f"{'n':>3} {'MB':>7} {'seconds':>8} {'s/MB':>7}")
    # Without the licence footers: a footer turns the rest of a text into page chrome.
    joined = "\n\n".join(text.split(FOOTER)[0] for text in texts)
    for copies in (1, 2, 4, 8):
        text = "\n\n".join([joined] * copies)
        size = len(text.encode("utf-8")) / 1e6
        elapsed = best_of(max(1, args.repeat - 1), govreport.parse_report, text)
        print(f"{copies:>3} {size:>7.2f} {elapsed:>8.3f} {elapsed / size:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
