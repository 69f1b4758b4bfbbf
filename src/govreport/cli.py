"""The ``govreport`` command: the only part of govreport that reads files.

    govreport FILE_OR_DIR…            outline of each report
    govreport --json FILE_OR_DIR…     JSON Lines: one report per line, with its file
    govreport --metrics FILE_OR_DIR…  one CSV of metrics for all files
    govreport --panel FILE_OR_DIR…    one CSV of targets beside outcomes over all files
    govreport -j 4 corpus/            parse in 4 processes

Directories are searched recursively for ``*.txt`` (``--glob`` to change); ``-`` reads
standard input.  A file that cannot be read or decoded gets one line on stderr naming it
and the reason; the others are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

import attrs

from govreport.metrics import METRIC_COLUMNS, metrics_table
from govreport.outline import render_outline
from govreport.panels import PANEL_COLUMNS, panel
from govreport.parser import parse_reports

STDIN = "-"
STDIN_LABEL = "<stdin>"
"""How standard input is named in output and error messages."""

EXIT_FAILED = 1
EXIT_NO_INPUT = 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command killed by SIGPIPE
EXIT_INTERRUPTED = 130  # likewise for SIGINT

# Files per task sent to a worker process, at most: small enough to keep the workers evenly
# loaded and the progress bar moving, large enough to make the cost of a task negligible.
CHUNK = 16
# Tasks in flight per worker.  Results are written in input order, so without a bound a
# slow first file (or a slow reader of our output) would let finished results pile up.
AHEAD = 4


class InputError(Exception):
    """A file that cannot be turned into text; the message says why."""


@attrs.frozen
class Task:
    """One input to parse: its name, the output mode, and its bytes when it is stdin."""

    name: str
    mode: str
    data: bytes | None = None

    @property
    def label(self) -> str:
        """The name shown in output and error messages."""
        return STDIN_LABEL if self.name == STDIN else self.name


@attrs.frozen
class Outcome:
    """What one file gave: its output text or metrics rows, or the reason it failed."""

    name: str
    output: str = ""
    rows: list[dict[str, Any]] = attrs.Factory(list)
    error: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments().parse_args(argv)
    names = list(_expand(args.paths, args.glob))
    if not names:
        print(
            f"govreport: no input files (directories are searched for {args.glob})", file=sys.stderr
        )
        return EXIT_NO_INPUT
    if args.panel:
        return _panel_csv(names)
    mode = "json" if args.json else "metrics" if args.metrics else "outline"
    if mode != "outline":
        _utf8_stdout()
    stdin_data = _read_stdin() if STDIN in names else None
    tasks = [Task(name, mode, stdin_data if name == STDIN else None) for name in names]
    progress = _Progress(len(tasks), sys.stderr)
    try:
        failed = _run(tasks, mode, args.jobs, progress)
    except KeyboardInterrupt:
        progress.clear()
        print("govreport: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (``govreport --json … | head``): stop quietly.
        progress.clear()
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    progress.clear()
    return EXIT_FAILED if failed else 0


def _panel_csv(names: list[str]) -> int:
    """``--panel``: every file's reports in one :func:`~govreport.panel`, as CSV on stdout;
    the ``*_report`` columns name the file (``FILE#2`` for a file's second report)."""
    _utf8_stdout()
    stdin_data = _read_stdin() if STDIN in names else None
    reports, labels, failed = [], [], 0
    for name in names:
        label = STDIN_LABEL if name == STDIN else name
        try:
            data = stdin_data if stdin_data is not None and name == STDIN else _read(name)
            found = parse_reports(decode(data))
        except InputError as error:
            failed += 1
            print(f"govreport: {label}: {error}", file=sys.stderr)
            continue
        reports += found
        labels += [label if n == 1 else f"{label}#{n}" for n in range(1, len(found) + 1)]
    writer = csv.DictWriter(sys.stdout, fieldnames=PANEL_COLUMNS)
    writer.writeheader()
    writer.writerows(panel(reports, names=labels))
    return EXIT_FAILED if failed else 0


def _run(tasks: list[Task], mode: str, jobs: int, progress: _Progress) -> int:
    """Parse every task and write its output in input order; returns how many failed."""
    writer = _MetricsWriter(sys.stdout) if mode == "metrics" else None
    # When stdout is the same terminal as the bar, the bar is wiped before output is written.
    shared_terminal = progress.enabled and sys.stdout.isatty()
    failed = 0
    first = True
    for outcome in _outcomes(tasks, jobs):
        if outcome.error is not None:
            failed += 1
            progress.clear()
            print(f"govreport: {outcome.name}: {outcome.error}", file=sys.stderr)
        elif writer is not None or outcome.output:
            if shared_terminal:
                progress.clear()
            if writer is not None:
                writer.write(outcome.rows)
            else:
                if mode == "outline" and not first:
                    sys.stdout.write("\n")
                sys.stdout.write(outcome.output)
                first = False
            if shared_terminal:
                sys.stdout.flush()
        progress.step(failed=outcome.error is not None)
    sys.stdout.flush()
    return failed


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport",
        description="Parse Chinese government work reports: outline, JSON or metrics CSV.",
        epilog="Exit status: 0 if every file was parsed, 1 if any failed, 2 if there was no input.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON Lines, one report per line")
    output.add_argument("--metrics", action="store_true", help="one CSV row per metric")
    output.add_argument(
        "--panel", action="store_true", help="one CSV of targets beside outcomes, all files"
    )
    parser.add_argument(
        "--glob", default="*.txt", help="file pattern in directories, searched recursively (*.txt)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="parse in N processes (1)",
    )
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes ≥ 1, got {value!r}")
    return number


def _expand(paths: Sequence[str], pattern: str) -> Iterator[str]:
    for name in paths:
        path = Path(name)
        if name != STDIN and path.is_dir():
            yield from sorted(str(found) for found in path.rglob(pattern) if found.is_file())
        else:
            yield name


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _utf8_stdout() -> None:
    """JSON Lines and CSV are written in UTF-8, whatever the locale."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")


def _discard_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _outcomes(tasks: list[Task], jobs: int) -> Iterator[Outcome]:
    """The outcome of every task, in input order, parsed in ``jobs`` processes."""
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(_process, tasks)
        return
    size = max(1, min(CHUNK, len(tasks) // (jobs * AHEAD)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in _chunks(tasks, size):
            pending.append(pool.submit(_process_chunk, chunk))
            if len(pending) >= jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        # Interrupted, or the reader went away: do not wait for the tasks still queued.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _chunks(tasks: list[Task], size: int) -> Iterator[list[Task]]:
    for start in range(0, len(tasks), size):
        yield tasks[start : start + size]


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group; the main process handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_chunk(tasks: list[Task]) -> list[Outcome]:
    return [_process(task) for task in tasks]


def _process(task: Task) -> Outcome:
    label = task.label
    try:
        text = decode(task.data if task.data is not None else _read(task.name))
    except InputError as error:
        return Outcome(label, error=str(error))
    try:
        return _render(label, task.mode, text)
    except Exception as error:  # the library must not fail on any text; if it does, go on
        return Outcome(
            label,
            error=f"internal error while parsing ({type(error).__name__}: {error}); "
            "please report it with this file",
        )


def _render(label: str, mode: str, text: str) -> Outcome:
    reports = parse_reports(text)
    if mode == "json":
        lines = [
            json.dumps({"file": label, **report.to_dict()}, ensure_ascii=False) + "\n"
            for report in reports
        ]
        return Outcome(label, output="".join(lines))
    if mode == "metrics":
        return Outcome(label, rows=[{"file": label, **row} for row in metrics_table(reports)])
    outlines = [
        f"== {label}"
        + (f" (report {n} of {len(reports)})" if len(reports) > 1 else "")
        + "\n"
        + render_outline(report)
        + "\n"
        for n, report in enumerate(reports, 1)
    ]
    return Outcome(label, output="\n".join(outlines))


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

    GB18030 covers GBK and GB2312.  UTF-8 cut off inside its last character (a truncated
    download) is read, the cut character becoming U+FFFD.  Raises :class:`InputError` for
    empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _text(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 despite its byte-order mark") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return _text(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            return _text(data.decode("utf-8-sig", errors="replace"))
        utf8_error = error
    try:
        return _text(data.decode("gb18030"))
    except UnicodeDecodeError:
        pass
    offset = utf8_error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    raise InputError(
        f"cannot decode as UTF-8 (invalid byte 0x{data[offset]:02X} at offset {offset}), "
        "UTF-16 or GB18030"
    )


def _text(text: str) -> str:
    if not text.replace("\ufeff", "").strip():  # a BOM, ideographic spaces …
        raise InputError("empty file")
    sample = text[:4096]
    controls = sum(1 for char in sample if char < " " and char not in "\t\n\r\f\v")
    if controls > len(sample) // 100:
        raise InputError("binary file (control characters)")
    return text


class _MetricsWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=["file", *METRIC_COLUMNS])
        self._writer.writeheader()

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        self._writer.writerows(rows)


class _Progress:
    """A one-line progress bar, drawn on ``stream`` only when it is a terminal."""

    WIDTH = 30
    INTERVAL = 0.1  # seconds between redraws: a million files must not cost a million writes

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.stream = stream
        self.enabled = total > 1 and stream.isatty()
        self._drawn_at = 0.0
        self._shown = 0  # length of the line on screen; 0 when none is

    def step(self, failed: bool = False) -> None:
        """One more file done; redraw if the bar is stale or was cleared."""
        self.done += 1
        self.failed += failed
        if not self.enabled:
            return
        now = time.monotonic()
        if self._shown and self.done < self.total and now - self._drawn_at < self.INTERVAL:
            return
        filled = self.WIDTH * self.done // self.total
        line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} files"
        if self.failed:
            line += f", {self.failed} failed"
        self.stream.write("\r" + line.ljust(self._shown))
        self.stream.flush()
        self._shown = len(line)
        self._drawn_at = now

    def clear(self) -> None:
        """Wipe the bar off its line, so that a message can be written there."""
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
