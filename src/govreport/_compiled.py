"""Every pattern of the library is compiled here, and kept between processes like bytecode.

Compiling the library's few hundred patterns costs a fresh interpreter over 100 ms, nearly
all of it in the pure-Python parsers of ``re`` and ``regex``; building a pattern from its
compiled program takes a few microseconds.  :func:`compile_regex` and :func:`compile_re`
therefore keep each pattern's program in a store beside this module's bytecode, and later
processes build the pattern from it.

The store follows the rules of ``.pyc`` files: it sits where this module's bytecode sits
(``__pycache__``, or under ``sys.pycache_prefix``), is read wherever it exists, and is written
only when bytecode may be (not under ``PYTHONDONTWRITEBYTECODE``) and the directory is
writable.  Its name carries the interpreter's cache tag and its header the exact Python and
``regex`` releases; any other release reads it as empty.  The key of a program is its
engine, pattern, flags and ``regex.DEFAULT_VERSION``.  Each program is kept marshalled on
its own and read only when its pattern is compiled, so that programs other processes stored
cost little to a process that does not compile them.  An entry that cannot be read or built
is compiled afresh.  New programs are written once, at exit, by an atomic replace.

A program is taken from the engine's own compiler as it is handed to the engine's C
constructor (``_sre.compile``, ``regex._regex.compile``), so a pattern built from the store
is the one the engine would have built.
"""

# os.path, not pathlib, which would cost a fresh interpreter 5 ms to import
# ruff: noqa: PTH101, PTH103, PTH105, PTH108, PTH118, PTH119, PTH120, PTH123

from __future__ import annotations

import atexit
import contextlib
import importlib
import importlib.util
import marshal
import os
import re
import sys
import threading
from typing import Any

import regex

_FORMAT = 2
_MAX_ENTRIES = 4096
"""Above this many programs the store keeps only those this process used."""

Key = tuple[str, str, int, int]
"""An engine (``re`` or ``regex``), a pattern, its flags and ``regex.DEFAULT_VERSION``."""


class _Store:
    """The programs known to this process: read at the first compile, written at exit."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[Key, bytes] | None = None
        self.used: set[Key] = set()
        self.unsaved = False

    def loaded(self) -> dict[Key, bytes]:
        if self.entries is None:
            self.entries = _read(store_path())
        return self.entries


_STORE = _Store()


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, built from the store where it holds the program."""
    return _compiled(("regex", pattern, int(flags), int(regex.DEFAULT_VERSION)))  # type: ignore[no-any-return]


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the store where it holds the program."""
    return _compiled(("re", pattern, int(flags), 0))  # type: ignore[no-any-return]


def _compiled(key: Key) -> Any:
    with _STORE.lock:
        store = _STORE.loaded()
        program = store.get(key)
        if program is not None:
            try:
                built = _constructor(key[0])(*marshal.loads(program))
            except Exception:
                del store[key]
            else:
                _STORE.used.add(key)
                return built
        return _record(key)


# The engines' private modules: their compilers, and the C constructors they call.
_COMPILER = {"re": "re._compiler", "regex": "regex._main"}
_C_MODULE = {"re": "_sre", "regex": "_regex"}


def _constructor(engine: str) -> Any:
    return getattr(importlib.import_module(_COMPILER[engine]), _C_MODULE[engine]).compile


class _Recorder:
    """Stands in for an engine's C module while one pattern compiles, noting its program."""

    def __init__(self, module: Any, pattern: str) -> None:
        self._module = module
        self._pattern = pattern
        self.program: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        if args and args[0] is self._pattern:
            self.program = args
        return self._module.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def _record(key: Key) -> Any:
    """Compile with the engine, noting the program it hands to its C constructor."""
    engine, pattern, flags, _ = key
    owner = importlib.import_module(_COMPILER[engine])
    attribute = _C_MODULE[engine]
    module = getattr(owner, attribute)
    recorder = _Recorder(module, pattern)
    setattr(owner, attribute, recorder)
    try:
        # Past the engines' own caches, which would hand back a pattern without compiling it.
        if engine == "re":
            built = owner.compile(pattern, flags)
        else:
            built = regex.compile(pattern, flags, cache_pattern=False)
    finally:
        setattr(owner, attribute, module)
    program = _marshalled(recorder.program)
    if program is not None:
        _STORE.loaded()[key] = program
        _STORE.used.add(key)
        if not _STORE.unsaved and not sys.dont_write_bytecode:
            _STORE.unsaved = True
            atexit.register(_save)
    return built


def _marshalled(program: tuple[Any, ...] | None) -> bytes | None:
    """The program in plain values, marshalled (flags and opcodes are int subclasses)."""
    if program is None:
        return None
    try:
        return marshal.dumps(tuple(_plain_value(value) for value in program))
    except ValueError:
        return None


def _plain_value(value: Any) -> Any:
    if isinstance(value, int) and type(value) is not int and not isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return [_plain_value(item) for item in value]
    return value


def store_path() -> str | None:
    """Where the store is read and written: beside this module's bytecode."""
    return beside_bytecode(__file__, f"patterns.{sys.implementation.cache_tag}.marshal")


def beside_bytecode(source: str, name: str) -> str | None:
    """The file ``name`` in the directory of ``source``'s bytecode, or ``None`` where no
    bytecode is cached (``sys.implementation.cache_tag`` is ``None``)."""
    try:
        bytecode = importlib.util.cache_from_source(source)
    except (NotImplementedError, ValueError):
        return None
    return os.path.join(os.path.dirname(bytecode), name)


def _header() -> tuple[Any, ...]:
    engine = getattr(importlib.import_module("regex._main"), "_regex", None)
    return (_FORMAT, sys.version, regex.__version__, getattr(engine, "MAGIC", None))


def _read(path: str | os.PathLike[str] | None) -> dict[Key, bytes]:
    if path is None:
        return {}
    try:
        header, entries = marshal.loads(read_bytes(path))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if header != _header() or not isinstance(entries, dict):
        return {}
    return entries


def _save() -> None:
    """Write the store with this process's new programs (at exit)."""
    path = store_path()
    entries = _STORE.entries
    if path is None or entries is None or sys.dont_write_bytecode:
        return
    with _STORE.lock:
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in _STORE.used if key in entries}
        _write(path, entries)


def _write(path: str | os.PathLike[str], entries: dict[Key, bytes]) -> None:
    """Replace the store at ``path`` by ``entries`` at once; a failure leaves it as it was."""
    replace_file(path, marshal.dumps((_header(), entries)))


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path`` (``OSError`` where it cannot be read)."""
    with open(path, "rb") as handle:
        return handle.read()


def replace_file(path: str | os.PathLike[str], blob: bytes) -> bool:
    """Replace the file at ``path`` by ``blob`` at once, as bytecode is written: through a
    temporary file in the same directory, made readable to all; a failure leaves the file
    as it was.  The directory is made where missing.  Whether the file was replaced."""
    import tempfile  # noqa: PLC0415  (only a process writing a store needs it)

    directory = os.path.dirname(os.fspath(path)) or "."
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=os.path.basename(path), suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.chmod(temporary, 0o644)  # as bytecode is (mkstemp makes the file private)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return False
    return True
