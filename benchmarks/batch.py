"""A batch of 2,000 files: ``govreport --metrics -j 2`` beside Dask on two worker processes.

    python benchmarks/batch.py [--files 2000] [--corpus ../shared/corpus] [--national]
                               [--repeat 1]

Makes ``--files`` files by copying the corpus's seeds and pages round-robin (``--national``
adds the 52 national reports, ten times larger each), then, for each of ``--repeat`` runs:

- the command, as a user runs it: ``python -m govreport --metrics -j 2 DIR -o out.csv``;
- Dask: ``dask.distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1)``,
  a bag of the names in partitions of 64, ``map_partitions(govreport.batch.metrics_partition)``
  (the cluster's start-up is timed apart).

It prints the best wall time of each, files/s, and the bytes that travel between the parent
and the workers: the pickled task inputs (file names) and results (metric rows and failures).
For the command these are the Task chunks it sends and the Outcome lists it gets back, for
Dask the partitions of names and the Batch objects; for comparison, the bytes the parsed
reports themselves would weigh if they travelled back (as a bag of parsed files does),
measured on the first 100 files and scaled.  Finally it checks that both gave the same CSV.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PARTITION = 64
SAMPLE = 100


def make_files(corpus: Path, count: int, national: bool, into: Path) -> list[Path]:
    sources = sorted(corpus.glob("seeds/*.txt")) + sorted(corpus.glob("pages/*.txt"))
    if national:
        sources += sorted(corpus.glob("national/*.txt"))
    if not sources:
        raise SystemExit(f"no corpus under {corpus}: pass --corpus")
    made = []
    for number in range(count):
        source = sources[number % len(sources)]
        target = into / f"{number:05d}_{source.name}"
        shutil.copyfile(source, target)
        made.append(target)
    return made


def run_command(directory: Path, output: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "govreport", "--metrics", "-j", str(jobs)]
    started = time.perf_counter()
    result = subprocess.run(
        [*command, str(directory), "-o", str(output)], capture_output=True, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"govreport failed:\n{result.stderr.decode()}")
    return elapsed


def run_dask(client: Any, names: list[str]) -> tuple[float, Any, int, int]:
    import dask.bag

    from govreport import batch

    started = time.perf_counter()
    parts = dask.bag.from_sequence(names, partition_size=PARTITION)
    results = client.compute(parts.map_partitions(batch.metrics_partition)).result()
    elapsed = time.perf_counter() - started
    sent = sum(
        len(pickle.dumps(names[start : start + PARTITION]))
        for start in range(0, len(names), PARTITION)
    )
    back = sum(len(pickle.dumps(result)) for result in results)
    return elapsed, batch.combine(results), sent, back


def command_bytes(names: list[str], rows: list[dict[str, Any]], jobs: int) -> tuple[int, int]:
    """Pickled Task chunks and Outcome lists, as ``govreport -j`` sends and receives them."""
    from govreport._cli import AHEAD, CHUNK, Outcome, Task

    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_file[row["file"]].append(row)
    size = max(1, min(CHUNK, len(names) // (jobs * AHEAD)))
    sent = back = 0
    for start in range(0, len(names), size):
        chunk = names[start : start + size]
        sent += len(pickle.dumps([Task(name, "metrics") for name in chunk]))
        back += len(pickle.dumps([Outcome(name, rows=by_file.get(name, [])) for name in chunk]))
    return sent, back


def reports_bytes(names: list[str]) -> float:
    """Bytes per file of the parsed reports, had they travelled back (first files)."""
    from govreport import batch

    sample = names[:SAMPLE]
    return sum(len(pickle.dumps(batch.parse_path(name))) for name in sample) / len(sample)


def csv_text(rows: list[dict[str, Any]]) -> str:
    from govreport._metrics import METRIC_COLUMNS

    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, fieldnames=["file", *METRIC_COLUMNS])
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--national", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    try:
        from dask.distributed import Client, LocalCluster
    except ModuleNotFoundError as missing:
        raise SystemExit(f"needs dask[distributed] ({missing})") from None

    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "in"
        directory.mkdir()
        files = make_files(args.corpus, args.files, args.national, directory)
        names = [str(path) for path in files]
        megabytes = sum(path.stat().st_size for path in files) / 1e6
        print(
            f"{len(files)} files, {megabytes:.1f} MB; {os.cpu_count()} CPUs; "
            f"load average {os.getloadavg()[0]:.1f}; Python {sys.version.split()[0]}"
        )
        output = Path(scratch) / "out.csv"
        command = min(run_command(directory, output, 2) for _ in range(args.repeat))
        with output.open(encoding="utf-8", newline="") as stream:
            command_csv = stream.read()

        started = time.perf_counter()
        with (
            LocalCluster(
                processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            startup = time.perf_counter() - started
            runs = [run_dask(client, names) for _ in range(args.repeat)]
        dask_time, result, dask_sent, dask_back = min(runs, key=lambda run: run[0])
        sent, back = command_bytes(names, result.rows, 2)
        per_file = reports_bytes(names)

    print(f"{'':28} {'seconds':>8} {'files/s':>8} {'bytes to workers':>17} {'bytes back':>12}")
    print(
        f"{'govreport --metrics -j 2':28} {command:8.2f} {len(files) / command:8.1f} "
        f"{sent:17,} {back:12,}"
    )
    print(
        f"{'Dask, 2 worker processes':28} {dask_time:8.2f} {len(files) / dask_time:8.1f} "
        f"{dask_sent:17,} {dask_back:12,}"
    )
    print(f"Dask cluster start-up (not included above): {startup:.2f} s")
    print(
        f"parsed reports, had they travelled back: {per_file * len(files):,.0f} bytes "
        f"({per_file:,.0f} per file, measured on {min(SAMPLE, len(files))} files)"
    )
    print(
        f"{len(result.rows)} metric rows, {len(result.failures)} failed files, "
        f"{result.reports} reports"
    )
    identical = csv_text(result.rows) == command_csv
    print(f"same CSV from both: {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
