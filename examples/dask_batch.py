"""Parse a whole directory of reports with a Dask bag and write one CSV of their metrics.

Run from the project root (needs Dask: ``pip install "govreport[dask]"``)::

    python examples/dask_batch.py [DIRECTORY] [OUTPUT] [--glob PATTERN] [--scheduler ADDRESS]

DIRECTORY (default ``examples/reports/``) is searched recursively for ``*.txt``; OUTPUT is
the CSV to write (default ``-``: standard output), with the same columns as
``govreport --metrics``.  Files that cannot be decoded are named on stderr and the exit
status is 1, as with the ``govreport`` command.

How it works: a bag of file names (``dask.bag.from_sequence``), mapped through a function
that reads, decodes and parses one file (``govreport.parse_reports``), then through
``govreport.metrics_table``.  Only the metric rows come back from the workers; the
reports themselves never leave them.  Without ``--scheduler`` the bag runs on Dask's local
scheduler, in one process per core.

The same code on a Dask cluster
-------------------------------

Start a scheduler and workers whose Python environment has govreport installed (``pip
install govreport`` in the workers' image; the functions below travel with the tasks), and
install ``dask[distributed]`` here.  Then pass the scheduler's address::

    python examples/dask_batch.py /shared/reports metrics.csv --scheduler tcp://scheduler:8786

or, in your own code, create the client before computing; ``compute()`` then runs on it::

    from dask.distributed import Client
    client = Client("scheduler:8786")
    rows, failures, reports = parse_all(list_files("s3://bucket/reports"))

The file names must mean the same on the workers as here: a shared file system, or an
object store.  Names are listed and opened with ``fsspec``, so ``s3://bucket/reports``
(with ``s3fs`` installed) works for DIRECTORY and OUTPUT without changing the code.

For collections larger than the client's memory, do not bring every row back: let each
partition write its own CSV (``Bag.to_textfiles("s3://bucket/metrics/part-*.csv")`` on
formatted lines, or ``Bag.to_dataframe().to_csv(...)`` with ``dask[dataframe]``).  Reports
already parsed with ``govreport --json`` load back the same way, one per line::

    dask.bag.read_text("s3://bucket/json/*.jsonl").map(json.loads).map(govreport.Report.from_dict)
"""

# requires: dask

from __future__ import annotations

import argparse
import csv
import posixpath
import sys
import time
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

try:
    import dask
    import dask.bag
    import fsspec
    from fsspec.implementations.local import LocalFileSystem
except ModuleNotFoundError as missing:
    sys.exit(f"{Path(__file__).name} needs Dask ({missing}): pip install 'govreport[dask]'")

import govreport
from govreport.cli import InputError, decode
from govreport.metrics import METRIC_COLUMNS

DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "reports"
COLUMNS = ["file", *METRIC_COLUMNS]
PARTITION_SIZE = 64  # files per task at most: ample work to make a task's overhead negligible


def list_files(directory: str, pattern: str = "*.txt") -> list[str]:
    """Every file under ``directory`` (a path or an fsspec URL) whose name matches."""
    fs, root = fsspec.core.url_to_fs(directory)
    found = sorted(path for path in fs.find(root) if fnmatch(posixpath.basename(path), pattern))
    return found if isinstance(fs, LocalFileSystem) else [fs.unstrip_protocol(p) for p in found]


def parse_file(name: str) -> tuple[str, list[govreport.Report], str | None]:
    """Read, decode and parse one file: ``(name, reports, None)`` or ``(name, [], reason)``."""
    try:
        with fsspec.open(name, "rb") as stream:
            data = stream.read()
        text = decode(data)
    except (OSError, InputError) as error:
        return name, [], str(error)
    return name, govreport.parse_reports(text), None


def metric_rows(parsed: tuple[str, list[govreport.Report], str | None]) -> list[dict[str, Any]]:
    """The CSV rows of one parsed file: ``govreport.metrics_table`` plus the file name."""
    name, reports, _ = parsed
    return [{"file": name, **row} for row in govreport.metrics_table(reports)]


def failure(parsed: tuple[str, list[govreport.Report], str | None]) -> tuple[str, str] | None:
    """``(name, reason)`` for a file that could not be read, else ``None``."""
    name, _, error = parsed
    return None if error is None else (name, error)


def parse_all(names: list[str]) -> tuple[list[dict[str, Any]], list[tuple[str, str]], int]:
    """Metric rows, failures and the number of reports of the named files, with a bag."""
    # Small collections still get one task per file or so, large ones bigger tasks.
    size = max(1, min(PARTITION_SIZE, len(names) // 32))
    parsed = dask.bag.from_sequence(names, partition_size=size).map(parse_file)
    rows = parsed.map(metric_rows).flatten()
    failures = parsed.map(failure).remove(lambda found: found is None)
    reports = parsed.map(lambda found: len(found[1])).sum()
    # One compute for the three, so that each file is read and parsed once.
    return dask.compute(rows, failures, reports)


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
    names = list_files(args.directory, args.glob)
    rows, failures, reports = parse_all(names) if names else ([], [], 0)
    if args.output == "-":
        _write(sys.stdout, rows)
    else:
        with fsspec.open(args.output, "w", encoding="utf-8", newline="") as stream:
            _write(stream, rows)
    for name, reason in failures:
        print(f"{Path(__file__).name}: {name}: {reason}", file=sys.stderr)
    print(
        f"{len(names)} files, {reports} reports, {len(rows)} metric rows, "
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
