"""The ``govreport`` command: the only part of govreport that reads and writes files.

    govreport FILE_OR_DIR…                  outline of each report
    govreport --json FILE_OR_DIR…           JSON Lines: one report per line, with its file
    govreport --metrics FILE_OR_DIR…        one CSV of metrics for all files
    govreport --excel -o metrics.csv DIR    the same CSV, for Excel (UTF-8 with a BOM)
    govreport --html -o pages/ FILE_OR_DIR… one HTML page per report, and index.html
    govreport --panel FILE_OR_DIR…          one CSV of targets beside outcomes over all files
    govreport -j 4 corpus/                  parse in 4 processes

Directories are searched recursively for ``*.txt`` (``--glob`` to change); ``-`` reads
standard input.  A file that cannot be read or decoded gets one line on stderr naming it
and the reason; the others are still processed, and the exit status is 1.  Reading and
decoding are :mod:`govreport.batch` and :func:`govreport.decode`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, NoReturn

import attrs

from govreport import __version__, batch
from govreport._compiled import compile_re
from govreport._decoding import DecodeError, decode
from govreport._metrics import METRIC_COLUMNS
from govreport._model import Report
from govreport._outline import render_outline
from govreport._panels import PANEL_COLUMNS, panel
from govreport._parser import parse_reports
from govreport.batch import DEFAULT_MAX_SIZE, InputError, display_name

__all__ = ["DecodeError", "InputError", "decode", "main"]

STDIN = batch.STDIN
STDIN_LABEL = "<stdin>"
"""How standard input is named in output and error messages."""

EXIT_FAILED = 1
EXIT_USAGE = 2  # no input files, or bad arguments (argparse's own status)
EXIT_NO_INPUT = EXIT_USAGE
EXIT_OUTPUT = 74  # sysexits' EX_IOERR: the output could not be written
EXIT_INTERRUPTED = 130  # what a shell reports for a command killed by SIGINT
EXIT_BROKEN_PIPE = 141  # likewise for SIGPIPE

# Files per task sent to a worker process, at most: small enough to keep the workers evenly
# loaded and the progress bar moving, large enough to make the cost of a task negligible.
CHUNK = 16
# Tasks in flight per worker.  Results are written in input order, so without a bound a
# slow first file (or a slow reader of our output) would let finished results pile up.
AHEAD = 4
STALL_GRACE = 2.0
"""Seconds a worker may be dead before its pool is taken for broken though the executor has
not said so: a worker killed while it sends its results leaves the executor waiting for the
rest of the message forever."""

INDEX_PAGE = "index.html"


@attrs.frozen
class Task:
    """One input to parse: its name, the output mode, its bytes when it is stdin, or the
    reason it was refused before reading (found by the directory walk)."""

    name: str
    mode: str
    data: bytes | None = None
    error: str | None = None
    max_size: int | None = DEFAULT_MAX_SIZE

    @property
    def label(self) -> str:
        """The name shown in output and error messages: one line of valid UTF-8."""
        return STDIN_LABEL if self.name == STDIN else display_name(self.name)


@attrs.frozen
class Outcome:
    """What one file gave: its output text (or lines), metrics rows, HTML pages with their
    reports, or the reason it failed.  ``notice`` is a message about the run itself."""

    name: str
    output: Iterable[str] = ()
    rows: list[dict[str, Any]] = attrs.Factory(list)
    pages: list[tuple[str, Report]] = attrs.Factory(list)
    error: str | None = None
    notice: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments().parse_args(argv)
    mode = (
        "json"
        if args.json
        else "html"
        if args.html
        else "panel"
        if args.panel
        else "metrics"
        if args.metrics or args.excel
        else "outline"
    )
    if args.excel and mode not in ("metrics", "panel"):
        return _usage("--excel writes a CSV; it does not go with --json or --html")
    if mode == "html" and args.output is None:
        return _usage("--html writes one page per report: give the directory with -o DIR")
    entries = list(batch.walk(args.paths, args.glob))
    if not entries:
        print(
            f"govreport: no input files (directories are searched for {args.glob})",
            file=sys.stderr,
        )
        return EXIT_NO_INPUT
    limit = args.max_size or None
    stdin_data, stdin_error = (
        _read_stdin(limit) if any(entry.name == STDIN for entry in entries) else (None, None)
    )
    tasks = [
        Task(entry.name, mode, stdin_data, stdin_error, limit)
        if entry.name == STDIN
        else Task(entry.name, mode, None, entry.error, limit)
        for entry in entries
    ]
    try:
        sink = _Sink.open(mode, args.output, excel=args.excel)
    except OSError as error:
        return _usage(f"cannot write {display_name(args.output)}: {error.strerror or error}")
    if mode == "panel":
        return _panel_csv(tasks, sink)
    progress = _Progress(len(tasks), sys.stderr)
    try:
        failed = _run(tasks, min(args.jobs, _cpus()), progress, sink)
        sink.close()
    except KeyboardInterrupt:
        progress.clear()
        sink.close_quietly()
        print(
            f"govreport: interrupted after {progress.done} of {len(tasks)} files",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (``govreport --json … | head``): stop quietly.
        progress.clear()
        sink.close_quietly()
        return EXIT_BROKEN_PIPE
    except OSError as error:
        # A full disk, /dev/full, a file system gone: say so once, without a traceback.
        progress.clear()
        sink.close_quietly()
        print(
            f"govreport: cannot write the output to {sink.target}: {error.strerror or error}",
            file=sys.stderr,
        )
        return EXIT_OUTPUT
    progress.clear()
    return EXIT_FAILED if failed else 0


def _panel_csv(tasks: list[Task], sink: _Sink) -> int:
    """``--panel``: every file's reports in one :func:`~govreport.panel`, as one CSV; the
    ``*_report`` columns name the file (``FILE#2`` for a file's second report)."""
    reports: list[Report] = []
    labels: list[str] = []
    failed = 0
    for task in tasks:
        try:
            if task.error is not None:
                raise InputError(task.error)
            if task.data is not None:
                text = decode(task.data)
            else:
                text = batch.read_text(task.name, task.max_size)
            found = parse_reports(text)
        except (InputError, DecodeError) as error:
            failed += 1
            print(f"govreport: {task.label}: {error}", file=sys.stderr)
            continue
        reports += found
        labels += [task.label if n == 1 else f"{task.label}#{n}" for n in range(1, len(found) + 1)]
    assert sink.stream is not None
    try:
        writer = csv.DictWriter(sink.stream, fieldnames=PANEL_COLUMNS)
        writer.writeheader()
        writer.writerows(panel(reports, names=labels))
        sink.flush()
        sink.close()
    except OSError as error:
        sink.close_quietly()
        print(f"govreport: cannot write the output to {sink.target}: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_FAILED if failed else 0


def _usage(message: str) -> int:
    print(f"govreport: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run(tasks: list[Task], jobs: int, progress: _Progress, sink: _Sink) -> int:
    """Parse every task and write its output in input order; returns how many failed."""
    # When stdout is the same terminal as the bar, the bar is wiped before output is written.
    shared_terminal = progress.enabled and sink.is_terminal
    failed = 0
    outcomes = _outcomes(tasks, jobs)
    try:
        failed = _write(outcomes, progress, sink, shared_terminal)
    finally:
        outcomes.close()  # on any way out, the workers are stopped now, not when collected
    sink.finish()
    return failed


def _write(
    outcomes: Iterator[Outcome], progress: _Progress, sink: _Sink, shared_terminal: bool
) -> int:
    failed = 0
    for outcome in outcomes:
        if outcome.notice is not None:
            progress.clear()
            print(f"govreport: {outcome.notice}", file=sys.stderr)
            continue
        if outcome.error is not None:
            failed += 1
            progress.clear()
            print(f"govreport: {outcome.name}: {outcome.error}", file=sys.stderr)
        else:
            if shared_terminal:
                progress.clear()
            sink.write(outcome)
            if shared_terminal:
                sink.flush()
        progress.step(failed=outcome.error is not None)
    return failed


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport",
        description="Parse Chinese government work reports: outline, JSON, metrics CSV or "
        "HTML pages.",
        epilog="Exit status: 0 if every file was parsed, 1 if any failed, 2 if there was no "
        "input or the arguments were wrong, 74 if the output could not be written, 130 when "
        "interrupted, 141 when the reader of the output went away.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON Lines, one report per line")
    output.add_argument("--metrics", action="store_true", help="one CSV row per metric")
    output.add_argument(
        "--html", action="store_true", help="one HTML page per report and index.html (-o DIR)"
    )
    output.add_argument(
        "--panel", action="store_true", help="one CSV of targets beside outcomes, all files"
    )
    parser.add_argument(
        "--excel",
        action="store_true",
        help="the metrics CSV for Excel: UTF-8 with a byte-order mark",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (a directory with --html)",
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
        help="parse in N processes, at most one per CPU (1)",
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="refuse files larger than SIZE bytes (K, M, G suffixes; 0 for no limit) (64M)",
    )
    parser.add_argument("--version", action="version", version=f"govreport {__version__}")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes ≥ 1, got {value!r}")
    return number


_SIZE = compile_re(r"(\d+)\s*([kmg]?)i?b?", re.IGNORECASE)


def _size(value: str) -> int:
    match = _SIZE.fullmatch(value.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"expected a size such as 64M or 500K, got {value!r}")
    return int(match[1]) * int(1024 ** " kmg".index(match[2].lower() or " "))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_stdin(limit: int | None) -> tuple[bytes | None, str | None]:
    """Standard input's bytes, or the reason they are refused (the size limit)."""
    data = sys.stdin.buffer.read(-1 if limit is None else limit + 1)
    if limit is not None and len(data) > limit:
        return None, batch.too_large(limit)
    return data, None


class _Sink:
    """Where output goes: standard output or ``-o FILE`` (a directory for HTML pages)."""

    def __init__(self, mode: str, stream: IO[str] | None, directory: Path | None, target: str):
        self.mode = mode
        self.stream = stream
        self.directory = directory
        self.target = target
        self._owned = False
        self._first = True
        self._csv: csv.DictWriter[str] | None = None
        self._pages: list[tuple[str, Report]] = []

    @classmethod
    def open(cls, mode: str, output: str | None, *, excel: bool = False) -> _Sink:
        """The sink for ``mode``; raises ``OSError`` when ``output`` cannot be created."""
        encoding = "utf-8-sig" if excel else "utf-8"
        if mode == "html":
            assert output is not None
            directory = Path(output)
            directory.mkdir(parents=True, exist_ok=True)
            return cls(mode, None, directory, display_name(output))
        if output is not None and output != "-":
            stream = Path(output).open("w", encoding=encoding, newline="")  # noqa: SIM115
            sink = cls(mode, stream, None, display_name(output))
            sink._owned = True
            return sink
        if mode != "outline" or excel:
            _reconfigure_stdout(encoding)
        elif isinstance(sys.stdout, io.TextIOWrapper):
            # An outline in a terminal whose encoding lacks Chinese must not crash.
            sys.stdout.reconfigure(errors="backslashreplace")
        if excel and isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.write("\ufeff")  # utf-8-sig only writes it for a fresh stream
        return cls(mode, sys.stdout, None, "standard output")

    @property
    def is_terminal(self) -> bool:
        """True when the output shares a terminal with the progress bar."""
        return self.stream is not None and self.stream is sys.stdout and _isatty(self.stream)

    def write(self, outcome: Outcome) -> None:
        """Write one file's output."""
        if self.mode == "html":
            self._write_pages(outcome.pages)
            return
        assert self.stream is not None
        if self.mode == "metrics":
            with _uninterrupted():
                self._table().writerows(outcome.rows)
            return
        separator = "\n" if self.mode == "outline" and not self._first else ""
        for piece in outcome.output:  # whole lines: Ctrl-C waits for the line being written
            with _uninterrupted():
                self.stream.write(separator + piece)
            separator = ""
        self._first = False

    def _table(self) -> csv.DictWriter[str]:
        if self._csv is None:
            assert self.stream is not None
            self._csv = csv.DictWriter(self.stream, fieldnames=["file", *METRIC_COLUMNS])
            self._csv.writeheader()
        return self._csv

    def _write_pages(self, pages: list[tuple[str, Report]]) -> None:
        html = _html()
        assert self.directory is not None
        for label, report in pages:
            name = html.page_name(len(self._pages), label)
            page = html.render_html(report, file=label, index=INDEX_PAGE)
            (self.directory / name).write_text(page, encoding="utf-8")
            self._pages.append((label, report))

    def flush(self) -> None:
        """Push written output out (before the progress bar is drawn again)."""
        if self.stream is not None:
            self.stream.flush()

    def finish(self) -> None:
        """Complete the output: the CSV header when no row came, the HTML index."""
        if self.mode == "metrics":
            self._table()
        if self.mode == "html":
            assert self.directory is not None
            index = _html().render_index(self._pages)
            (self.directory / INDEX_PAGE).write_text(index, encoding="utf-8")
        self.flush()

    def close(self) -> None:
        """Close ``-o FILE``."""
        if self._owned and self.stream is not None:
            self.stream.close()

    def close_quietly(self) -> None:
        """After a failure or an interruption: keep what was written, never raise again."""
        if self.stream is sys.stdout:
            # What is buffered is whole lines (see _uninterrupted): out with it, if it can go.
            with contextlib.suppress(OSError, ValueError):
                self.stream.flush()
            _discard_stdout()
        elif self._owned and self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # closed
        return False


class _HtmlModule:
    """What ``--html`` uses of ``govreport._html`` (typed here, imported on first use)."""

    render_html: Callable[..., str]
    render_index: Callable[[Sequence[tuple[str, Report]]], str]
    page_name: Callable[[int, str], str]


def _html() -> _HtmlModule:
    module: Any = importlib.import_module("govreport._html")
    return module  # type: ignore[no-any-return]


def _reconfigure_stdout(encoding: str) -> None:
    """JSON Lines and CSV are written in UTF-8, whatever the locale."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() != encoding:
        sys.stdout.reconfigure(encoding="utf-8")


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold SIGINT back while a line of output is written, so that what is written (and
    buffered) is whole lines when Ctrl-C stops the run."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _discard_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _outcomes(tasks: list[Task], jobs: int) -> Generator[Outcome, None, None]:
    """The outcome of every task, in input order, parsed in ``jobs`` processes."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _process(task, lazy=True)
        return
    yield from _parallel(tasks, jobs)


def _parallel(tasks: list[Task], jobs: int) -> Iterator[Outcome]:
    size = max(1, min(CHUNK, len(tasks) // (jobs * AHEAD)))
    chunks = deque(_chunks(tasks, size))
    pool = _Pool(jobs)
    pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    try:
        while chunks or pending:
            try:
                while chunks and len(pending) < jobs * AHEAD:
                    # a pool broken since the last result refuses the chunk: it stays queued
                    pending.append((chunks[0], pool.submit(chunks[0])))
                    chunks.popleft()
                outcomes = pool.result(pending[0][1])
            except BrokenProcessPool:
                yield Outcome("", notice=f"{pool.death()}; its files are parsed again")
                pool.stop()
                yield from _recover(pending)
                pool = _Pool(jobs)
                continue
            pending.popleft()
            yield from outcomes
    except BaseException:
        # Interrupted, or the reader went away: stop the workers now, do not wait for them.
        pool.stop()
        raise
    pool.executor.shutdown()


def _recover(pending: deque[tuple[list[Task], Future[list[Outcome]]]]) -> Iterator[Outcome]:
    """The outcomes of the tasks in flight when a worker died: those finished before, and
    the others parsed again, each alone in a worker of its own, so that a file that kills its
    worker again is named instead of taking other files with it."""
    alone: _Pool | None = None
    try:
        while pending:
            chunk, future = pending.popleft()
            if future.done() and future.exception() is None:
                yield from future.result()
                continue
            for task in chunk:
                alone = alone or _Pool(1)
                try:
                    yield from alone.result(alone.submit([task]))
                except BrokenProcessPool:
                    died = alone.death()
                    alone.stop()
                    alone = None
                    yield Outcome(task.label, error=f"{died} while parsing it")
    finally:
        if alone is not None:
            alone.stop()


class _Pool:
    """Worker processes for chunks of tasks, which remembers its processes: to tell how one
    ended when the pool breaks, and to end them all at once when the run stops."""

    def __init__(self, jobs: int) -> None:
        self.executor = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
        self._processes: dict[int, Any] = {}

    def submit(self, chunk: list[Task]) -> Future[list[Outcome]]:
        """Parse ``chunk`` in a worker."""
        future = self.executor.submit(_process_chunk, chunk)
        self._note()
        return future

    def result(self, future: Future[list[Outcome]]) -> list[Outcome]:
        """The outcomes of ``future``; raises ``BrokenProcessPool`` when the pool breaks,
        also when a worker has been dead for :data:`STALL_GRACE` seconds and the executor,
        waiting for the rest of a message that worker was sending, has not noticed."""
        dead_since: float | None = None
        while True:
            try:
                return future.result(timeout=0.25)
            except FuturesTimeout:
                pass
            self._note()
            if any(process.exitcode is not None for process in self._processes.values()):
                dead_since = dead_since or time.monotonic()
                if time.monotonic() - dead_since >= STALL_GRACE:
                    raise BrokenProcessPool("a worker died while sending its results")

    def _note(self) -> None:
        # The executor keeps its processes here, and forgets them once the pool breaks;
        # Python 3.14 adds terminate_workers() for the rest of this.
        self._processes.update(getattr(self.executor, "_processes", None) or {})

    def death(self) -> str:
        """How the worker that broke the pool ended, as far as can be told."""
        self._note()
        # A killed process may not be reaped yet when its pipe is seen closed, and the
        # executor's own thread reaps the workers of a broken pool too: while it holds a
        # status it has not yet recorded, the process reads as running. Wait for all of them.
        deadline = time.monotonic() + 2
        processes = list(self._processes.values())
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        while any(p.exitcode is None for p in processes) and time.monotonic() < deadline:
            time.sleep(0.01)
        codes = [process.exitcode for process in processes if process.exitcode]
        # The executor ends the other workers of a broken pool with SIGTERM: look past those.
        codes.sort(key=lambda code: code == -signal.SIGTERM)
        for code in codes:
            if code < 0:
                try:
                    name = signal.Signals(-code).name
                except ValueError:
                    name = f"signal {-code}"
                return f"a worker process was killed ({name})"
            return f"a worker process died (exit status {code})"
        return "a worker process died"

    def stop(self) -> None:
        """Shut down without waiting for running tasks: the workers are ended."""
        self._note()
        # taken before the shutdown, which forgets it
        manager = getattr(self.executor, "_executor_manager_thread", None)
        self.executor.shutdown(wait=False, cancel_futures=True)
        workers = list(self._processes.values())
        for process in workers:
            if process.exitcode is None:
                process.terminate()
        for process in workers:
            process.join(1)
            if process.exitcode is None:
                process.kill()
                process.join(1)
        if isinstance(manager, threading.Thread):
            manager.join(1)
            if manager.is_alive():  # waiting for the rest of a dead worker's message
                _LEFT_BEHIND.append(manager)


_LEFT_BEHIND: list[threading.Thread] = []
"""Executor threads that a dead worker left waiting forever; the command exits without
waiting for them (:func:`run`)."""


def run() -> NoReturn:
    """The ``govreport`` command: :func:`main` on ``sys.argv``, then exit with its status,
    at once if a dead worker left an executor's thread waiting (it would never end)."""
    status = main()
    if any(thread.is_alive() for thread in _LEFT_BEHIND):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(status)
    sys.exit(status)


def _chunks(tasks: list[Task], size: int) -> Iterator[list[Task]]:
    for start in range(0, len(tasks), size):
        yield tasks[start : start + size]


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group; the main process handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_chunk(tasks: list[Task]) -> list[Outcome]:
    return [_process(task) for task in tasks]


def _process(task: Task, lazy: bool = False) -> Outcome:
    label = task.label
    if task.error is not None:
        return Outcome(label, error=task.error)
    try:
        data = task.data if task.data is not None else batch.read_bytes(task.name, task.max_size)
        text = decode(data)
    except (InputError, DecodeError) as error:
        return Outcome(label, error=str(error))
    try:
        return _render(label, task.mode, text, lazy)
    except Exception as error:  # the library must not fail on any text; if it does, go on
        return Outcome(
            label,
            error=f"internal error while parsing ({type(error).__name__}: {error}); "
            "please report it with this file",
        )


def _render(label: str, mode: str, text: str, lazy: bool) -> Outcome:
    reports = parse_reports(text)
    if mode == "json":
        # One line per report, each written as soon as it is made when lazy.
        lines = batch.json_lines(label, reports)
        return Outcome(label, output=lines if lazy else list(lines))
    if mode == "metrics":
        return Outcome(label, rows=batch.metric_rows(label, reports))
    if mode == "html":
        return Outcome(label, pages=[(label, report) for report in reports])
    outlines = [
        f"== {label}"
        + (f" (report {n} of {len(reports)})" if len(reports) > 1 else "")
        + "\n"
        + render_outline(report)
        + "\n"
        for n, report in enumerate(reports, 1)
    ]
    return Outcome(label, output=["\n".join(outlines)])


class _Progress:
    """A one-line progress bar, drawn on ``stream`` only when it is a terminal: files done,
    failures, rate and time left."""

    WIDTH = 30
    INTERVAL = 0.1  # seconds between redraws: a million files must not cost a million writes

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.stream = stream
        self.enabled = total > 1 and _isatty(stream)
        self._started = time.monotonic()
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
        elapsed = now - self._started
        if elapsed > 0:
            rate = self.done / elapsed
            left = (self.total - self.done) / rate
            line += f", {rate:.1f} files/s, {_duration(left)} left"
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


def _duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
