"""The ``govreport`` command: the only part of govreport that reads files.

    govreport FILE_OR_DIR…            outline of each report
    govreport --json FILE_OR_DIR…     JSON Lines: one report per line, with its file
    govreport --metrics FILE_OR_DIR…  one CSV of metrics for all files
    govreport -j 4 corpus/            parse in 4 processes

Directories are searched recursively for ``*.txt`` (``--glob`` to change); ``-`` reads
standard input.  A file that cannot be read or decoded gets one line on stderr naming it
and the reason; the others are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

import attrs

from govreport.metrics import METRIC_COLUMNS, metrics_table
from govreport.outline import render_outline
from govreport.parser import parse_reports

STDIN = "-"


class InputError(Exception):
    """A file that cannot be turned into text; the message says why."""


@attrs.frozen
class Outcome:
    """What one file gave: its output text, or the reason it failed."""

    name: str
    output: str = ""
    rows: list[dict[str, Any]] = attrs.Factory(list)
    error: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments().parse_args(argv)
    names = list(_expand(args.paths, args.glob))
    mode = "json" if args.json else "metrics" if args.metrics else "outline"
    stdin_text = _read_stdin() if STDIN in names else None
    progress = _Progress(len(names), enabled=sys.stderr.isatty() and len(names) > 1)
    failed = 0
    writer = _MetricsWriter(sys.stdout) if mode == "metrics" else None
    first = True
    for outcome in _outcomes(names, mode, args.jobs, stdin_text):
        progress.step()
        if outcome.error is not None:
            failed += 1
            progress.clear()
            print(f"govreport: {outcome.name}: {outcome.error}", file=sys.stderr)
            continue
        if writer is not None:
            writer.write(outcome.rows)
        elif outcome.output:
            if mode == "outline" and not first:
                sys.stdout.write("\n")
            sys.stdout.write(outcome.output)
            first = False
    progress.clear()
    if not names:
        print("govreport: no input files", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport",
        description="Parse Chinese government work reports: outline, JSON or metrics CSV.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON Lines, one report per line")
    output.add_argument("--metrics", action="store_true", help="one CSV row per metric")
    parser.add_argument("--glob", default="*.txt", help="file pattern in directories (*.txt)")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (1)"
    )
    return parser


def _expand(paths: Sequence[str], pattern: str) -> Iterator[str]:
    for name in paths:
        path = Path(name)
        if name != STDIN and path.is_dir():
            yield from sorted(str(found) for found in path.rglob(pattern) if found.is_file())
        else:
            yield name


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _outcomes(
    names: list[str], mode: str, jobs: int, stdin_bytes: bytes | None
) -> Iterator[Outcome]:
    tasks = [(name, mode, stdin_bytes if name == STDIN else None) for name in names]
    if jobs <= 1 or len(tasks) <= 1:
        yield from (_process(task) for task in tasks)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_process, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))


def _process(task: tuple[str, str, bytes | None]) -> Outcome:
    name, mode, data = task
    try:
        text = decode(data if data is not None else _read(name))
    except InputError as error:
        return Outcome(name, error=str(error))
    reports = parse_reports(text)
    label = "<stdin>" if name == STDIN else name
    if mode == "json":
        lines = [
            json.dumps({"file": label, **report.to_dict()}, ensure_ascii=False) + "\n"
            for report in reports
        ]
        return Outcome(name, output="".join(lines))
    if mode == "metrics":
        return Outcome(name, rows=[{"file": label, **row} for row in metrics_table(reports)])
    outlines = [
        f"== {label}"
        + (f" (report {n} of {len(reports)})" if len(reports) > 1 else "")
        + "\n"
        + render_outline(report)
        + "\n"
        for n, report in enumerate(reports, 1)
    ]
    return Outcome(name, output="\n".join(outlines))


def _read(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def decode(data: bytes) -> str:
    """Bytes of a report → text: UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030.

    Raises :class:`InputError` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 despite its byte-order mark") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InputError("binary file (control characters)")
        return text
    raise InputError("cannot decode as UTF-8, UTF-16 or GB18030")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if char < " " and char not in "\t\n\r\f\v")
    return controls > len(sample) // 100


class _MetricsWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=["file", *METRIC_COLUMNS])
        self._writer.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._writer.writerows(rows)


class _Progress:
    """A one-line progress bar on stderr, drawn only on a terminal."""

    WIDTH = 30

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (self.WIDTH + 24) + "\r")
            sys.stderr.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
