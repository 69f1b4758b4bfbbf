"""The ``govreport`` command on the whole national corpus: speed and memory, in 1 and 2 processes.

    python benchmarks/batch.py [--corpus ../shared/corpus] [--jobs 1 2] [--repeat 5] [--copies 1]

Runs ``python -m govreport --json -j N corpus/national`` as a separate process, as a user
would, with its output going to a file.  For each N it prints the best wall time of
``--repeat`` runs (command start-up included) as files/s and MB/s of input, then the peak
memory of one more run: the largest single process's peak RSS (from the kernel, via
``wait4``) and, on Linux, the peak of all its processes together (their PSS, which counts
memory shared between forked processes once, sampled every 5 ms).  Finally it says whether
every N gave byte-for-byte the same JSON.  ``--copies`` names the corpus directory several
times, for a longer run in which start-up matters less.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SAMPLE_EVERY = 0.005  # seconds
PROC = Path("/proc")


def run(command: list[str], output: Path, sample: bool) -> tuple[float, int, int | None]:
    """Run ``command`` with stdout to ``output``: (seconds, peak RSS of its largest process
    in bytes, peak PSS of all its processes together in bytes, or None if not sampled)."""
    with output.open("wb") as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        sampler = _Sampler(process.pid) if sample else None
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if sampler is not None:
            sampler.stop()
        if process.returncode != 0:
            stderr.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{stderr.read().decode()}")
    largest = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return elapsed, largest, sampler.peak if sampler is not None and sampler.peak else None


class _Sampler(threading.Thread):
    """Samples the summed PSS of a process and its descendants until stopped (Linux)."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self._done = threading.Event()
        if (PROC / "self" / "smaps_rollup").exists():
            self.start()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, sum(_pss(pid) for pid in _tree(self.root)))
            self._done.wait(SAMPLE_EVERY)

    def stop(self) -> None:
        self._done.set()
        if self.is_alive():
            self.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            try:
                # The parent pid is the 2nd field after the command name in parentheses.
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree = [root]
    for pid in tree:
        tree.extend(child for child, parent in parents.items() if parent == pid)
    return tree


def _pss(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    national = args.corpus / "national"
    files = sorted(national.glob("*.txt"))
    if not files:
        print(f"no national reports under {args.corpus}: pass --corpus", file=sys.stderr)
        return 2
    count = len(files) * args.copies
    megabytes = sum(path.stat().st_size for path in files) * args.copies / 1e6
    command = [sys.executable, "-m", "govreport", "--json"]

    with tempfile.TemporaryDirectory() as scratch:
        tiny = Path(scratch) / "tiny.txt"
        tiny.write_text("一、工作回顾\n完成投资16亿元。\n", encoding="utf-8")
        startup = min(
            run([*command, str(tiny)], Path(scratch) / "tiny.jsonl", sample=False)[0]
            for _ in range(args.repeat)
        )
        print(
            f"national corpus x{args.copies}: {count} files, {megabytes:.2f} MB; "
            f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
        )
        print(f"command start-up (one tiny file): {startup:.2f} s, included below")
        print(
            f"{'jobs':>4} {'seconds':>8} {'files/s':>8} {'MB/s':>6} "
            f"{'peak RSS, largest process':>26} {'peak PSS, all processes':>24}"
        )
        digests: dict[int, str] = {}
        for jobs in args.jobs:
            output = Path(scratch) / f"j{jobs}.jsonl"
            arguments = [*command, "-j", str(jobs), *[str(national)] * args.copies]
            seconds = min(run(arguments, output, sample=False)[0] for _ in range(args.repeat))
            _, largest, together = run(arguments, output, sample=True)
            digests[jobs] = _digest(output)
            print(
                f"{jobs:>4} {seconds:>8.2f} {count / seconds:>8.1f} {megabytes / seconds:>6.2f} "
                f"{largest / 1e6:>23.0f} MB "
                + (f"{together / 1e6:>21.0f} MB" if together else f"{'n/a':>24}")
            )
        output_size = (Path(scratch) / f"j{args.jobs[0]}.jsonl").stat().st_size / 1e6
    identical = len(set(digests.values())) == 1
    print(f"JSON output: {output_size:.2f} MB per run")
    print(f"same JSON with -j {' / '.join(map(str, args.jobs))}: {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
