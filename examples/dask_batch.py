"""Parse a whole directory of reports with a Dask bag and write one CSV of their metrics.

Run from the project root (needs Dask: ``pip install "govreport[dask]"``)::

    python examples/dask_batch.py [DIRECTORY] [OUTPUT] [--glob PATTERN] [--scheduler ADDRESS]

DIRECTORY (default ``examples/reports/``) is searched recursively for ``*.txt``; OUTPUT is
the CSV to write (default ``-``: standard output), with the same columns and rows as
``govreport --metrics``.  Files that cannot be read or decoded are named on stderr and the
exit status is 1, as with the ``govreport`` command.

How it works: a bag of file names, one task per partition of them, each task running
``govreport.batch.metrics_partition``: read, decode and parse every file of the partition
and return only its metric rows and failures.  The reports never leave the worker that
parsed them, and the function that runs there is part of govreport, not of this script, so
a worker needs nothing but govreport installed.  Without ``--scheduler`` the bag runs on
Dask's local scheduler, in one process per core.

The same code on a Dask cluster
-------------------------------

Start a scheduler and workers whose Python environment has govreport installed (``pip
install govreport`` in the workers' image), and install ``dask[distributed]`` here.  Then
pass the scheduler's address::

    python examples/dask_batch.py /shared/reports metrics.csv --scheduler tcp://scheduler:8786

or, in your own code, create the client; ``compute()`` then runs on it::

    import dask.bag
    from dask.distributed import Client
    from govreport import batch

    client = Client("tcp://scheduler:8786")
    names = batch.list_files("s3://bucket/reports")
    parts = dask.bag.from_sequence(names, partition_size=64).map_partitions(
        batch.metrics_partition
    )
    result = batch.combine(parts.compute())   # .rows, .failures, .reports

The file names must mean the same on the workers as here: a shared file system, or an
object store.  Names given as URLs are listed and opened with ``fsspec``, so
``s3://bucket/reports`` (with ``s3fs`` installed) works for DIRECTORY without changing the
code.

For collections larger than the client's memory, do not bring every row back: let each
partition write its own file (``parts.map(lambda b: b.rows).flatten().to_dataframe()
.to_parquet(...)`` with ``dask[dataframe]``).  Reports already parsed with ``govreport
--json`` load back the same way, one per line::

    dask.bag.read_text("s3://bucket/json/*.jsonl").map(json.loads).map(govreport.Report.from_dict)
"""

# requires: dask

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

try:
    import dask
    import dask.bag
except ModuleNotFoundError as missing:
    sys.exit(f"{Path(__file__).name} needs Dask ({missing}): pip install 'govreport[dask]'")

import govreport
from govreport import batch

DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "reports"
COLUMNS = ["file", *govreport.METRIC_COLUMNS]
PARTITION_SIZE = 64  # files per task at most: ample work to make a task's overhead negligible

list_files = batch.list_files


def parse_all(names: Sequence[str]) -> batch.Batch:
    """Metric rows, failures and the number of reports of the named files, with a bag."""
    if not names:
        return batch.Batch()
    # Small collections still get one task per file or so, large ones bigger tasks.
    size = max(1, min(PARTITION_SIZE, len(names) // 32))
    parts = dask.bag.from_sequence(names, partition_size=size)
    return batch.combine(parts.map_partitions(batch.metrics_partition).compute())


def main(argv: Sequence[str] | None = None) -> int:
    """Parse DIRECTORY with a Dask bag and write the metrics CSV; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIRECTORY))
    parser.add_argument("output", nargs="?", default="-", help="CSV to write (- for stdout)")
    parser.add_argument("--glob", default="*.txt", help="file name pattern (*.txt)")
    parser.add_argument("--scheduler", help="address of a Dask cluster's scheduler")
    args = parser.parse_args(argv)
    if args.scheduler:
        from dask.distributed import Client  # noqa: PLC0415 (needed only for a cluster)

        client = Client(args.scheduler)  # the default scheduler from now on
        print(f"running on {client.scheduler_info()['address']}", file=sys.stderr)

    started = time.perf_counter()
    entries = list(batch.walk([args.directory], args.glob))
    names = [entry.name for entry in entries if entry.error is None]
    if "://" in args.directory:
        entries, names = [], list_files(args.directory, args.glob)
    result = parse_all(names)
    if args.output == "-":
        _write(sys.stdout, result.rows)
    else:
        with Path(args.output).open("w", encoding="utf-8", newline="") as stream:
            _write(stream, result.rows)
    # Entries the walk refused (dangling links, FIFOs …) are failures too, in name order.
    failures = sorted(
        [(batch.display_name(e.name), e.error) for e in entries if e.error is not None]
        + result.failures
    )
    for name, reason in failures:
        print(f"{Path(__file__).name}: {name}: {reason}", file=sys.stderr)
    print(
        f"{len(names)} files, {result.reports} reports, {len(result.rows)} metric rows, "
        f"{len(failures)} failed, {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 1 if failures else 0


def _write(stream: Any, rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
