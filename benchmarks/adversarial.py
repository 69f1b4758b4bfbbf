"""Every public text function on inputs built to find super-linear time.

Each input is a pattern repeated to about 10k, 100k and 1M characters: long comma-grouped
numbers, runs of 〇, a sentence of a thousand figures, runs of trailing words and of brackets
after a name, one very long name, a run-on paragraph full of inline adverts, a footer full of
page fields and spaces, runs of font controls and "related reading" links, digits spaced out
one by one, ``1%`` repeated, a text of nothing but headings, markup at every line's ends,
and a site's junk token after every sentence.  For each input and function
the script prints the CPU time (the machine may be shared), the time per MB of UTF-8 input,
the growth ratio from the size before (10 for linear time: ten times the input, ten times the
time) and the peak memory.
Every function is first called on each input at 2k characters, so that one-time costs
(compiling patterns, loading the division table) are not counted in any run; each child
times its call twice (the second once its memory is mapped) unless the first took a quarter
of the limit, and a run shorter than half a second is the best of three children.

Each run happens in a forked child with a limit of CPU time (``--limit``, 20 s by default,
and ten times that in wall time): a run that takes longer is stopped and reported as ``>20s``,
and the larger sizes of that input are skipped, so that the script always finishes.

    python benchmarks/adversarial.py [--sizes 10000,100000,1000000] [--limit 20]
        [--only NAME,...] [--functions NAME,...]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import govreport  # noqa: E402


def _repeat(piece: str, size: int, head: str = "", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(piece))
    return head + piece * count + tail


INPUTS: dict[str, Callable[[int], str]] = {
    # a comma-grouped number of any length, half- and full-width
    "comma_number": lambda n: _repeat(",000", n, head="1"),
    "comma_number_wide": lambda n: _repeat(",０００", n, head="１", tail="元"),
    # digit-by-digit zeros (read by cn2an, ~n^2.7, before)
    "zeros": lambda n: _repeat("〇", n),
    # one sentence of figures: cues rescanned from the sentence start per figure
    "figures_sentence": lambda n: _repeat("工业产值1亿元,", n),
    # a run of trailing words after a name (_TRAILING (…)+$)
    "trailing_words": lambda n: _repeat("今年", n, head="工业产值", tail="增长5%"),
    # bracket groups after a name (_trim)
    "bracket_groups": lambda n: _repeat("(1-9月)", n, head="工业产值", tail="增长5%"),
    # one long name, and list members longer than any name
    "long_name": lambda n: _repeat("甲", n),
    "list_members": lambda n: _repeat("甲", n, tail="、乙丙产值分别增长5%和6%"),
    # a run-on paragraph (a line holding several headings) of points with adverts inside
    "run_on_adverts": lambda n: _repeat(
        "。重点项目加快推进。公号“老秘带你写材料”整理编辑", n, head="一、工作回顾 二、工作计划"
    ),
    # a footer block of page fields and spaces (metadata _FIELD)
    "footer_fields": lambda n: _repeat(
        "来源: 闽侯县   \n", n, head="正文。\n本作品是中华人民共和国的\n"
    ),
    "footer_spaces": lambda n: _repeat(" ", n, head="正文。\n本作品是中华人民共和国的\n来源:x"),
    # whole-line chrome rules on long lines (font_controls, related)
    "font_brackets": lambda n: _repeat("[大]", n),
    "font_spaces": lambda n: _repeat("大 ", n),
    "related_links": lambda n: _repeat("相关解读 ", n),
    # digits spaced out one by one (2 0 9 0 元): a run with no unit to end it
    "spaced_digits": lambda n: _repeat("1 ", n),
    # linear but slow before: percent signs, headings
    "percents": lambda n: _repeat("1%", n),
    "headings": lambda n: _repeat("一、工作回顾\n(一)项目攻坚扎实推进\n", n),
    # markup at every line's ends (CommonMark, bullets, emoji), bold opening every line
    "markup_lines": lambda n: _repeat(
        "## **一、工作回顾**\n◆(一)项目攻坚🏆\n**(二)推进。**正文\n", n
    ),
    # a site's junk token after every sentence end, and before every gap
    "junk_tokens": lambda n: _repeat("正文。v7R工作v7R 开展", n),
}

FUNCTIONS: dict[str, Callable[[str], object]] = {
    "parse_report": govreport.parse_report,
    "parse_reports": govreport.parse_reports,
    "extract_quantities": govreport.extract_quantities,
    "extract_metrics": govreport.extract_metrics,
    "canonical_indicator": govreport.canonical_indicator,
    "parse_quantity": govreport.parse_quantity,
    "parse_number": govreport.parse_number,
}


def _run(function: Callable[[str], object], text: str, pipe: Connection, limit: float) -> None:
    cpu = math.ceil(limit)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU past the limit
    start = time.process_time()
    function(text)
    seconds = time.process_time() - start
    if seconds < limit / 4:  # again, once the child's memory is mapped: the better of two
        start = time.process_time()
        function(text)
        seconds = min(seconds, time.process_time() - start)
    pipe.send((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure(
    function: Callable[[str], object], text: str, limit: float
) -> tuple[float, float] | None:
    """CPU seconds ``function(text)`` takes in a forked child and the child's peak RSS in MB,
    or ``None`` past ``limit`` seconds of CPU time (or ten times that in wall time)."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_run, args=(function, text, sender, limit)
    )
    child.start()
    sender.close()
    result: tuple[float, float] | None = None
    if receiver.poll(limit * 10):
        try:
            result = receiver.recv()
        except EOFError:  # the child died (out of memory?)
            result = None
    child.kill()
    child.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--limit", type=float, default=20.0, help="CPU seconds per run (20)")
    parser.add_argument("--only", default="", help="input names, comma-separated")
    parser.add_argument("--functions", default="", help="function names, comma-separated")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    inputs = {name: INPUTS[name] for name in args.only.split(",") if name} or INPUTS
    functions = {name: FUNCTIONS[name] for name in args.functions.split(",") if name} or FUNCTIONS
    # One-time costs (compiling patterns, loading the division table) are paid here, before
    # forking, so that every run measures time per character; the first call is measured
    # on its own in speed.py.
    for function in functions.values():
        for build in inputs.values():
            function(build(2000))

    header = f"{'input':<18} {'function':<20}" + "".join(
        f" {f'{size // 1000}k s':>9} {'s/MB':>6} {'x':>5}" for size in sizes
    )
    print(header + f" {'RSS MB':>7}")
    print("-" * (len(header) + 8))
    worst = (0.0, "")
    for input_name, build in inputs.items():
        for function_name, function in functions.items():
            cells = []
            previous: float | None = None
            stopped = False
            peak = 0.0
            for size in sizes:
                if stopped:
                    cells.append(f" {'skipped':>9} {'':>6} {'':>5}")
                    continue
                text = build(size)
                megabytes = len(text.encode("utf-8", "surrogatepass")) / 1e6
                result = measure(function, text, args.limit)
                # short runs again, best of three children: a child's first moments are noisy
                for _ in range(2):
                    if result is None or result[0] > 0.5:
                        break
                    again = measure(function, text, args.limit)
                    if again is not None and again[0] < result[0]:
                        result = again
                if result is None:
                    cells.append(f" {f'>{args.limit:g}s':>9} {'':>6} {'':>5}")
                    stopped = True
                    continue
                seconds, peak = result
                ratio = f"{seconds / previous:5.1f}" if previous and previous > 0.005 else "    -"
                cells.append(f" {seconds:9.3f} {seconds / megabytes:6.2f} {ratio:>5}")
                if megabytes >= 0.5 and seconds / megabytes > worst[0]:
                    worst = (seconds / megabytes, f"{input_name} / {function_name}")
                previous = seconds
            line = f"{input_name:<18} {function_name:<20}" + "".join(cells) + f" {peak:7.0f}"
            print(line, flush=True)
    print(f"\nworst CPU time per MB at 0.5 MB and more: {worst[0]:.2f} s/MB ({worst[1]})")
    print("s: CPU seconds; x: time over the time at the size before (10 for 10x the input")
    print("is linear); RSS: the child's peak resident memory at the largest size run")


if __name__ == "__main__":
    main()
