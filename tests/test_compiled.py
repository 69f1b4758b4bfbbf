"""The pattern store: a pattern built from a stored program is the one the engine builds."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from govreport import _compiled
from govreport._compiled import compile_re, compile_regex

SAMPLE = "2024年地区生产总值增长5.2%,达到1.3万亿元;(一)坚持稳中求进。ABC abc 一是抓项目"

# Patterns of the kinds the library compiles: named groups, alternations, classes, flags,
# lookarounds, backward matching (regex's (?r)) and Unicode properties.
REGEX_PATTERNS = [
    (r"(?P<year>\d{4})年", 0),
    (r"(?r)(?:增长|增速)\s*$", 0),
    (r"\p{Han}{2,4}(?=总值)", 0),
    (r"(?<![\d.])\d+(?:\.\d+)?(?P<unit>万亿元|亿元|%)", 0),
    (r"abc", regex.IGNORECASE),
    (r"(?P<marker> [(（] [一二三四五六七八九十]+ [)）] )", regex.VERBOSE),
    (r"(?:一|二|三)是", regex.MULTILINE),
]
RE_PATTERNS = [
    (r"[^。!?]+[。!?]?", 0),
    (r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|亿元)", 0),
    (r"abc", re.IGNORECASE),
    (r"^ \( (?P<n>[一二三]) \)", re.VERBOSE | re.MULTILINE),
]


def _outcomes(pattern: regex.Pattern[str] | re.Pattern[str]) -> list[object]:
    return [
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        dict(pattern.groupindex),
        [(m.span(), m.groups()) for m in pattern.finditer(SAMPLE)],
    ]


@pytest.fixture
def empty_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A store of the process's own, empty, written to ``tmp_path`` and never at exit."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(_compiled, "_STORE", _compiled._Store())
    monkeypatch.setattr(_compiled, "store_path", lambda: path)
    monkeypatch.setattr(_compiled._STORE, "unsaved", True)  # no exit handler from tests
    return path


@pytest.mark.parametrize(("pattern", "flags"), REGEX_PATTERNS)
def test_regex_from_a_stored_program_is_the_engine_s(
    empty_store: Path, pattern: str, flags: int
) -> None:
    fresh = compile_regex(pattern, flags)  # compiled, and its program stored
    assert len(_compiled._STORE.loaded()) == 1
    built = compile_regex(pattern, flags)  # built from the program
    assert built is not fresh
    assert _outcomes(built) == _outcomes(fresh) == _outcomes(regex.compile(pattern, flags))


@pytest.mark.parametrize(("pattern", "flags"), RE_PATTERNS)
def test_re_from_a_stored_program_is_the_engine_s(
    empty_store: Path, pattern: str, flags: int
) -> None:
    fresh = compile_re(pattern, flags)
    built = compile_re(pattern, flags)
    assert built is not fresh
    assert _outcomes(built) == _outcomes(fresh) == _outcomes(re.compile(pattern, flags))


def test_the_store_is_written_and_read_back(empty_store: Path) -> None:
    compile_regex(r"(?P<a>\d+)亿元")
    compile_re(r"\d+%")
    _compiled._write(empty_store, _compiled._STORE.loaded())
    assert _compiled._read(empty_store) == _compiled._STORE.loaded()
    assert oct(empty_store.stat().st_mode & 0o777) == oct(0o644)


def test_a_store_of_another_release_or_damaged_reads_as_empty(empty_store: Path) -> None:
    compile_regex(r"\d+年")
    _compiled._write(empty_store, _compiled._STORE.loaded())
    blob = empty_store.read_bytes()
    empty_store.write_bytes(blob[: len(blob) // 2])
    assert _compiled._read(empty_store) == {}
    header = list(_compiled._header())
    header[2] = "0.0.0"  # another regex release
    empty_store.write_bytes(marshal.dumps((tuple(header), {})))
    assert _compiled._read(empty_store) == {}
    assert _compiled._read(empty_store.with_name("absent")) == {}


def test_a_damaged_entry_is_compiled_afresh(empty_store: Path) -> None:
    key = ("regex", r"\d+万亩", 0, int(regex.DEFAULT_VERSION))
    for damaged in (marshal.dumps(("not", "a", "program")), b"\xff not marshalled"):
        _compiled._STORE.loaded()[key] = damaged
        assert compile_regex(r"\d+万亩").findall("新增耕地3万亩") == ["3万亩"]
        assert marshal.loads(_compiled._STORE.loaded()[key])[0] == r"\d+万亩"


def test_an_engine_error_is_the_engine_s(empty_store: Path) -> None:
    with pytest.raises(regex.error):
        compile_regex("(unclosed")
    with pytest.raises(re.error):
        compile_re("(unclosed")
    assert compile_regex(r"\d").findall("1a2") == ["1", "2"]  # the engine is itself again


_KEYS = """
import hashlib, govreport, govreport._compiled as c
govreport.parse_report("一、工作回顾\\n地区生产总值增长5%。")
keys = sorted(map(repr, c._STORE.loaded()))
print(len(keys), hashlib.md5("\\n".join(keys).encode()).hexdigest())
"""


def test_the_library_s_patterns_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Pattern texts built from sets must not follow the string hash's seed, or no process
    would find the programs another one stored."""
    runs = []
    for seed in ("1", "2"):
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPYCACHEPREFIX": str(tmp_path),  # no store: every pattern compiled here
        }
        done = subprocess.run(
            [sys.executable, "-c", _KEYS], capture_output=True, text=True, env=env, check=True
        )
        count, digest = done.stdout.split()
        assert int(count) > 100
        runs.append(digest)
    assert runs[0] == runs[1]


_NEW_PROGRAMS = """
import os, govreport, govreport._compiled as c
govreport.parse_report("一、工作回顾\\\\n地区生产总值增长5%。")
print(int(c._STORE.unsaved), os.path.exists(c.store_path()))
"""


def test_a_second_process_compiles_nothing_the_first_stored(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    runs = [
        subprocess.run(
            [sys.executable, "-c", _NEW_PROGRAMS], capture_output=True, text=True, env=env,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]  # fmt: skip
    assert runs[0] == ["1", "False"]  # it compiled, and wrote the store at exit
    assert runs[1] == ["0", "True"]  # it built every pattern from the store


def test_a_program_is_read_only_when_its_pattern_is_compiled(empty_store: Path) -> None:
    unread = ("regex", "never compiled here", 0, int(regex.DEFAULT_VERSION))
    _compiled._STORE.loaded()[unread] = b"\xff not marshalled"
    compile_regex(r"\d+公顷")
    _compiled._write(empty_store, _compiled._STORE.loaded())
    assert _compiled._read(empty_store)[unread] == b"\xff not marshalled"  # kept as it was
    assert compile_regex(r"\d+公顷").findall("造林2公顷") == ["2公顷"]
