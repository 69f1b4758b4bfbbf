"""Files in, rows out: the reading and batch steps the ``govreport`` command is made of.

These are the only functions of govreport that touch files.  They are plain functions of
plain values, importable wherever govreport is installed, so that they run as they are in
worker processes and on distributed engines (a Dask worker imports ``govreport.batch`` by
name; nothing of the caller's own code has to travel)::

    import dask.bag
    from govreport import batch

    names = batch.list_files("reports/")                 # or fsspec URLs: s3://bucket/…
    parts = dask.bag.from_sequence(names, partition_size=64).map_partitions(batch.metrics_partition)
    result = batch.combine(parts.compute())             # rows and failures, in file order

:func:`metrics_partition` reads, decodes and parses each file of a partition and returns only
its metric rows and failures: the reports never leave the worker.

Reading is bounded: a file larger than ``max_size`` bytes (:data:`DEFAULT_MAX_SIZE`) is
refused before it is read (or, for a device or pipe, once that much has been read), and a
FIFO without a writer is given up after :data:`FIFO_WAIT` seconds instead of blocking.
"""

from __future__ import annotations

import errno
import json
import os
import select
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any

import attrs

from govreport._decoding import DecodeError, decode
from govreport._metrics import metrics_table
from govreport._model import Report
from govreport._parser import parse_reports

__all__ = [
    "DEFAULT_MAX_SIZE",
    "FIFO_WAIT",
    "Batch",
    "Entry",
    "InputError",
    "Parsed",
    "combine",
    "display_name",
    "json_lines",
    "list_files",
    "metric_rows",
    "metrics_partition",
    "parse_path",
    "read_bytes",
    "read_text",
    "too_large",
    "walk",
]

DEFAULT_MAX_SIZE = 64 * 1024 * 1024
"""Largest input file read, in bytes (64 MiB: the longest national report is 0.2 MB)."""

FIFO_WAIT = 3.0
"""Seconds to wait for the first bytes from a FIFO or device before giving it up."""

STDIN = "-"

_BLOCK = 1 << 20
# Characters that would break a one-line message or a CSV/JSON cell: C0/C1 controls, DEL,
# line and paragraph separators.
_UNPRINTABLE = {
    code: (
        {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}.get(code)
        or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    )
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
}


class InputError(Exception):
    """A file that cannot be read or taken for text; the message says why."""


@attrs.frozen
class Entry:
    """One name found by :func:`walk`: a file to read, or an entry refused with ``error``."""

    name: str
    error: str | None = None


@attrs.frozen
class Parsed:
    """One file read and parsed: its reports, or the reason it could not be."""

    name: str
    reports: list[Report] = attrs.Factory(list)
    error: str | None = None


@attrs.frozen
class Batch:
    """What a run of files gave: metric rows, ``(file, reason)`` failures, report count."""

    rows: list[dict[str, Any]] = attrs.Factory(list)
    failures: list[tuple[str, str]] = attrs.Factory(list)
    reports: int = 0


def display_name(name: str) -> str:
    """``name`` as shown in output: valid UTF-8 on one line, whatever the file system held.

    Bytes that are not UTF-8 (kept by Python as surrogate escapes) are written ``\\xff``;
    control characters, line breaks and U+2028/U+2029 are written ``\\n``, ``\\x1b``,
    ``\\u2028``, so that one file never spans two lines of an outline, a CSV or an error list.
    """
    if not name.isprintable():
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
        name = name.translate(_UNPRINTABLE)
    return name


def walk(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[Entry]:
    """The files named by ``paths``: each file as it is, each directory searched recursively
    for names matching ``pattern`` (as :meth:`pathlib.PurePath.match` does), sorted.

    Nothing in a directory is skipped silently: a matching name that is a dangling symbolic
    link, a symbolic link loop, a FIFO, socket or device, and a subdirectory that cannot be
    read are given as entries with an ``error`` (a directory link back to one of its own
    parents is a loop too).
    """
    for name in paths:
        if name != STDIN and Path(name).is_dir():
            found = list(_search(name, pattern))
            found.sort(key=lambda entry: entry.name)
            yield from found
        else:
            yield Entry(name)


def list_files(directory: str, pattern: str = "*.txt") -> list[str]:
    """The names of every file under ``directory`` (a path, or an fsspec URL such as
    ``s3://bucket/reports``) matching ``pattern``, sorted.  Local entries that cannot be
    read are left out here; :func:`walk` names them."""
    if "://" not in directory:
        return [entry.name for entry in walk([directory], pattern) if entry.error is None]
    import fsspec  # noqa: PLC0415 (only for URLs)

    fs, root = fsspec.core.url_to_fs(directory)
    found = sorted(path for path in fs.find(root) if PurePath(path).match(pattern))
    return [fs.unstrip_protocol(path) for path in found]


def _search(root: str, pattern: str) -> Iterator[Entry]:
    def visit(directory: str, parents: frozenset[tuple[int, int]]) -> Iterator[Entry]:
        try:
            with os.scandir(directory) as scan:
                entries = list(scan)
        except OSError as error:
            yield Entry(directory, f"cannot read directory: {_reason(error)}")
            return
        for entry in entries:
            path = entry.path
            try:
                info = entry.stat()  # follows symbolic links
            except OSError as error:
                if PurePath(path).match(pattern):
                    yield Entry(path, _link_reason(error))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in parents:
                    yield Entry(path, "symbolic link loop (leads back to a parent directory)")
                else:
                    yield from visit(path, parents | {key})
            elif PurePath(path).match(pattern):
                if stat.S_ISREG(info.st_mode):
                    yield Entry(path)
                else:
                    yield Entry(path, f"not a regular file ({_kind(info.st_mode)})")

    top = Path(root).stat()
    yield from visit(root, frozenset({(top.st_dev, top.st_ino)}))


def _link_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.ENOENT:
        return "dangling symbolic link"
    return _reason(error)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def read_bytes(name: str, max_size: int | None = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of the file ``name`` (a path, or an fsspec URL), at most ``max_size``
    (``None``: no limit).  Raises :class:`InputError` saying why a file cannot be read."""
    limit = max_size if max_size is not None else -1
    if "://" in name:
        return _read_url(name, limit)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputError(
            "dangling symbolic link" if Path(name).is_symlink() else "no such file"
        ) from None
    except OSError as error:
        raise InputError(_link_reason(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory")
        if stat.S_ISREG(info.st_mode):
            if 0 <= limit < info.st_size:
                raise InputError(too_large(limit))
        elif not _wait_for_data(fd):
            raise InputError(
                f"nothing to read after {FIFO_WAIT:g} s ({_kind(info.st_mode)} without a writer)"
            )
        os.set_blocking(fd, True)
        return _read_all(fd, limit)
    except OSError as error:
        raise InputError(_reason(error)) from None
    finally:
        os.close(fd)


def _wait_for_data(fd: int) -> bool:
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(int(FIFO_WAIT * 1000)))


def _read_all(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = os.read(fd, _BLOCK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if 0 <= limit < size:
            raise InputError(too_large(limit))


def _read_url(name: str, limit: int) -> bytes:
    import fsspec  # noqa: PLC0415 (only for URLs)

    try:
        with fsspec.open(name, "rb") as stream:
            data: bytes = stream.read(limit + 1 if limit >= 0 else -1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as error:
        raise InputError(_reason(error)) from None
    if 0 <= limit < len(data):
        raise InputError(too_large(limit))
    return data


def too_large(limit: int) -> str:
    """The reason given for a file over the size limit of ``limit`` bytes."""
    return f"larger than the size limit of {_size(limit)} (--max-size)"


def _size(count: int) -> str:
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= factor and count % factor == 0:
            return f"{count // factor} {unit}"
    return f"{count} bytes"


def read_text(name: str, max_size: int | None = DEFAULT_MAX_SIZE) -> str:
    """The decoded text of the file ``name`` (:func:`govreport.decode`); raises
    :class:`InputError` for a file that cannot be read or decoded."""
    try:
        return decode(read_bytes(name, max_size))
    except DecodeError as error:
        raise InputError(str(error)) from None


def parse_path(name: str, max_size: int | None = DEFAULT_MAX_SIZE) -> Parsed:
    """Read, decode and parse one file: its reports, or why not (never raises for a file)."""
    try:
        text = read_text(name, max_size)
    except InputError as error:
        return Parsed(name, error=str(error))
    return Parsed(name, parse_reports(text))


def metric_rows(name: str, reports: Iterable[Report]) -> list[dict[str, Any]]:
    """The CSV rows of one file's reports: ``file`` (:func:`display_name`) first, then
    :func:`govreport.metrics_table`'s columns."""
    label = display_name(name)
    return [{"file": label, **row} for row in metrics_table(reports)]


def json_lines(name: str, reports: Iterable[Report]) -> Iterator[str]:
    """JSON Lines, one per report: :meth:`Report.to_dict` and the ``file``.

    A file holding several reports gives each line only its own report's part of the text:
    ``text`` is that part, every span indexes into it, and ``offset`` says where the part
    starts in the file's text (``Report.from_dict`` of a line gives the report on its own).
    Output so grows with the input, not with the number of reports times the input.
    """
    label = display_name(name)
    for report in reports:
        data = report.to_dict()
        start, end = report.span
        if (start, end) != (0, len(report.text)):
            data["text"] = report.text[start:end]
            _shift(data, start)
            data["offset"] = start
        line = json.dumps({"file": label, **data}, ensure_ascii=False)
        # Valid JSON as they are, but line breaks to splitlines() and some JSON Lines readers.
        yield line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def _shift(node: Any, offset: int) -> None:
    """Move every span of a report's dict by ``-offset`` (spans are ``span`` and
    ``segments`` values, as ``docs/report.schema.json`` lays them out)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "span":
                node[key] = [value[0] - offset, value[1] - offset]
            elif key == "segments":
                node[key] = [[start - offset, end - offset] for start, end in value]
            else:
                _shift(value, offset)
    elif isinstance(node, list):
        for value in node:
            _shift(value, offset)


def metrics_partition(names: Iterable[str], max_size: int | None = DEFAULT_MAX_SIZE) -> list[Batch]:
    """Read and parse every file named, keeping only metric rows and failures.

    Made for ``dask.bag.Bag.map_partitions``: the result is a list of one :class:`Batch`,
    so that a partition sends back its rows, never its reports; :func:`combine` joins the
    partitions' batches in order.
    """
    rows: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    reports = 0
    for name in names:
        parsed = parse_path(name, max_size)
        if parsed.error is not None:
            failures.append((display_name(name), parsed.error))
        else:
            rows.extend(metric_rows(name, parsed.reports))
            reports += len(parsed.reports)
    return [Batch(rows, failures, reports)]


def combine(batches: Iterable[Batch]) -> Batch:
    """The batches of several partitions as one, in order."""
    rows: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    reports = 0
    for batch in batches:
        rows.extend(batch.rows)
        failures.extend(batch.failures)
        reports += batch.reports
    return Batch(rows, failures, reports)
