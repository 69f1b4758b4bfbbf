"""The default division table's index, kept between processes like bytecode.

Reading the default table's JSON file (42,000 rows) and indexing it costs a fresh
interpreter some 40 ms.  This store keeps the built index cut into buckets: the rows by the
first four digits of their code (a prefecture), the names by their first character; each
bucket is a few columns of text, compressed.  Loading the store reads one file and builds
a handful of objects; a bucket is unpacked into its dict only when a lookup reaches it, and
a report's lookups reach a few dozen of some 4,000.

The store follows the rules of the pattern store (:mod:`govreport._compiled`): it sits
beside this module's bytecode, is read wherever it exists and written only when bytecode
may be, by an atomic replace.  Its header holds a format number and a key naming what the
index was built from (the JSON file's path, size and modification time, and the modules
deriving the index); a store of another key, or one whose checksum or shape is not the one
written, is no store, and the table is built from the JSON file again.  An index is stored
only when every bucket unpacks to the index it was packed from; one that does not is
marked as such in the store, and not packed again.
"""

# os.path, not pathlib, which would cost a fresh interpreter 5 ms to import
# ruff: noqa: PTH103, PTH120

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from govreport._compiled import beside_bytecode, read_bytes, replace_file

FORMAT = 1
"""The layout of the store; another number reads as no store."""

ROW_BUCKET = 4
"""Rows are bucketed by this many leading characters of their code (a prefecture's)."""
NAME_BUCKET = 1
"""Names are bucketed by their first character."""

Key = tuple[Any, ...]
"""What an index was built from; a store of another key is not read."""

V = TypeVar("V")

# Inside a bucket, the lines of a column are joined by LINE and the columns by COLUMN; the
# codes of one shared name are joined by a space.
LINE = "\n"
COLUMN = "\x1e"
_OFFSET = 4  # bytes of an offset into the buckets' data
_NO_BUCKET: Mapping[str, Any] = {}


class Buckets(Mapping[str, V]):
    """A read-only mapping of ``str`` keys kept packed in buckets of the keys' first
    ``width`` characters; a bucket is unpacked into its dict on the first lookup there.

    ``names`` holds the buckets' names (``width`` characters each) one after the other;
    ``offsets`` the start of each bucket in ``data`` and the end of the last, four bytes
    each (little-endian); a bucket is compressed text that ``unpack`` turns into its dict.
    """

    __slots__ = ("_built", "_data", "_names", "_offsets", "_size", "_unpack", "_width")

    def __init__(
        self,
        names: str,
        offsets: bytes,
        data: bytes | memoryview,
        unpack: Callable[[str], Mapping[str, V]],
        width: int,
        size: int,
    ) -> None:
        self._names = names
        self._offsets = offsets
        self._data = data
        self._unpack = unpack
        self._width = width
        self._size = size
        self._built: dict[str, Mapping[str, V]] = {}

    def _part(self, key: object) -> Mapping[str, V]:
        if not isinstance(key, str):
            return _NO_BUCKET  # in no bucket: looked up there, it answers as a dict would
        name = key[: self._width]
        part = self._built.get(name)
        if part is None:
            part = self._built[name] = self._unpacked(name)
        return part

    def _unpacked(self, name: str) -> Mapping[str, V]:
        width = self._width
        if len(name) != width:
            return _NO_BUCKET
        position = self._names.find(name)
        while position > 0 and position % width:  # a match across two names
            position = self._names.find(name, position + 1)
        if position < 0:
            return _NO_BUCKET
        at = position // width * _OFFSET
        start = int.from_bytes(self._offsets[at : at + _OFFSET], "little")
        end = int.from_bytes(self._offsets[at + _OFFSET : at + 2 * _OFFSET], "little")
        return self._unpack(zlib.decompress(self._data[start:end]).decode())

    def __getitem__(self, key: str) -> V:
        return self._part(key)[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._part(key).get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._part(key)

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        width = self._width
        for start in range(0, len(self._names), width):
            yield from self._part(self._names[start : start + width])

    def __reduce__(self) -> tuple[Any, ...]:
        # The data may be a view of the store's file, which pickles (and copies) as bytes.
        packed = (self._names, self._offsets, bytes(self._data))
        return (type(self), (*packed, self._unpack, self._width, self._size))


def _unpack_rows(text: str) -> dict[str, tuple[int, str, str, str]]:
    levels, codes, parents, names = text.split(COLUMN)
    code_list = codes.split(LINE)
    rows = zip(map(int, levels), code_list, parents.split(LINE), names.split(LINE), strict=True)
    return dict(zip(code_list, rows, strict=True))


def _unpack_single(text: str) -> dict[str, str]:
    names, codes = text.split(COLUMN)
    return dict(zip(names.split(LINE), codes.split(LINE), strict=True))


def _unpack_shared(text: str) -> dict[str, list[str]]:
    names, codes = text.split(COLUMN)
    return dict(zip(names.split(LINE), map(str.split, codes.split(LINE)), strict=True))


def _pack_rows(rows: Mapping[str, tuple[int, str, str, str]]) -> str:
    levels, codes, parents, names = zip(*rows.values(), strict=True)
    return COLUMN.join(["".join(map(str, levels)), *map(LINE.join, (codes, parents, names))])


def _pack_single(single: Mapping[str, str]) -> str:
    return LINE.join(single) + COLUMN + LINE.join(single.values())


def _pack_shared(shared: Mapping[str, list[str]]) -> str:
    return LINE.join(shared) + COLUMN + LINE.join(map(" ".join, shared.values()))


class Index:
    """A table's index as :class:`~govreport._divisions.DivisionTable` keeps it."""

    __slots__ = ("abbreviations", "rows", "shared", "single")

    def __init__(
        self,
        rows: Mapping[str, Sequence[Any]],
        single: Mapping[str, str],
        shared: Mapping[str, Sequence[str]],
        abbreviations: Mapping[tuple[str, str], Sequence[str]],
    ) -> None:
        self.rows = rows
        self.single = single
        self.shared = shared
        self.abbreviations = abbreviations


def store_path() -> str | None:
    """Where the store is read and written: beside this module's bytecode."""
    return beside_bytecode(__file__, f"divisions.{sys.implementation.cache_tag}.marshal")


# The file: the length of the header, the header (the format, the key and the checksum of
# the rest), the length of the table of buckets, that table, and the buckets' data.
def read(key: Key, path: str | None = None) -> tuple[Index, Any] | None:
    """The index and vintage stored under ``key``, or ``None`` (no store, another key, or
    a store that does not read back whole)."""
    path = store_path() if path is None else path
    if path is None:
        return None
    try:
        view = memoryview(read_bytes(path))
        header, rest = _cut(view)
        if header != (FORMAT, key, zlib.crc32(rest)):
            return None
        (vintage, sizes, abbreviations, *tables), data = _cut(rest)
        (row_names, row_offsets), (single_names, single_offsets), (shared_names, offsets) = tables
        rows = Buckets(row_names, row_offsets, data, _unpack_rows, ROW_BUCKET, sizes[0])
        single = Buckets(single_names, single_offsets, data, _unpack_single, NAME_BUCKET, sizes[1])
        shared = Buckets(shared_names, offsets, data, _unpack_shared, NAME_BUCKET, sizes[2])
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(abbreviations, dict):
        return None
    return Index(rows, single, shared, abbreviations), vintage


def _cut(view: memoryview) -> tuple[Any, memoryview]:
    """The object marshalled at the start of ``view`` (after its length), and the rest."""
    end = _OFFSET + int.from_bytes(view[:_OFFSET], "little")
    if end > len(view):
        raise ValueError("a store cut short")
    return marshal.loads(view[_OFFSET:end]), view[end:]


def write(key: Key, index: Index, vintage: Any, path: str | None = None) -> bool:
    """Store ``index`` and ``vintage`` under ``key`` (not under ``PYTHONDONTWRITEBYTECODE``,
    nor where the directory is not writable, nor when the index does not pack); whether
    the store was written."""
    path = store_path() if path is None else path
    if path is None or sys.dont_write_bytecode or not _writable(os.path.dirname(path)):
        return False
    if _refused(key, path):
        return False
    # An index that does not pack leaves a store without one, so that no later process
    # tries again.
    body = _pack(index, vintage) or b""
    header = marshal.dumps((FORMAT, key, zlib.crc32(body)))
    return replace_file(path, _length(header) + header + body) and bool(body)


def _refused(key: Key, path: str) -> bool:
    """Whether the store at ``path`` says that the index of ``key`` does not pack."""
    try:
        header, rest = _cut(memoryview(read_bytes(path)))
    except (OSError, EOFError, ValueError, TypeError):
        return False
    return not rest and header == (FORMAT, key, zlib.crc32(b""))


def _length(blob: bytes) -> bytes:
    return len(blob).to_bytes(_OFFSET, "little")


def _writable(directory: str) -> bool:
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def _pack(index: Index, vintage: Any) -> bytes | None:
    """The table of buckets and their data, or ``None`` when some bucket would not unpack
    to the index (a row of other types than ``(int, str, str, str)``, a name holding a line
    break, an empty name …)."""
    rows = {code: tuple(row[:4]) for code, row in index.rows.items()}
    single = dict(index.single)
    shared = {name: list(codes) for name, codes in index.shared.items()}
    if {tuple(map(type, row)) for row in rows.values()} - {(int, str, str, str)}:
        return None
    parts: list[tuple[dict[str, Any], Callable[[Any], str], Callable[[str], Any], int]] = [
        (rows, _pack_rows, _unpack_rows, ROW_BUCKET),
        (single, _pack_single, _unpack_single, NAME_BUCKET),
        (shared, _pack_shared, _unpack_shared, NAME_BUCKET),
    ]
    data: list[bytes] = []
    offset = 0
    tables: list[tuple[str, bytes]] = []
    checks: list[tuple[Buckets[Any], dict[str, dict[str, Any]]]] = []
    for original, pack, unpack, width in parts:
        if any(type(key) is not str or len(key) < width for key in original):
            return None
        buckets = _buckets(original, width)
        offsets = [offset]
        for bucket in buckets.values():
            data.append(zlib.compress(pack(bucket).encode()))
            offset += len(data[-1])
            offsets.append(offset)
        names = "".join(buckets)
        packed = b"".join(n.to_bytes(_OFFSET, "little") for n in offsets)
        tables.append((names, packed))
        checks.append((Buckets(names, packed, b"", unpack, width, len(original)), buckets))
    blob = b"".join(data)
    for stored, buckets in checks:
        stored._data = blob
        try:
            if any(stored._unpacked(name) != bucket for name, bucket in buckets.items()):
                return None
        except (ValueError, TypeError):  # a bucket whose lines do not pair up
            return None
    abbreviations = {key: list(codes) for key, codes in index.abbreviations.items()}
    sizes = (len(rows), len(single), len(shared))
    table = marshal.dumps((vintage, sizes, abbreviations, *tables))
    return _length(table) + table + blob


def _buckets(mapping: Mapping[str, V], width: int) -> dict[str, dict[str, V]]:
    """``mapping``'s items by the first ``width`` characters of their keys, in order."""
    buckets: dict[str, dict[str, V]] = {}
    for key, value in mapping.items():
        buckets.setdefault(key[:width], {})[key] = value
    return buckets
