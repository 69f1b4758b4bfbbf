"""Dask: ``govreport.batch`` on a bag gives the same metrics CSV as ``govreport --metrics``,
on the local scheduler (``examples/dask_batch.py``) and on a cluster of worker processes."""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import govreport
import govreport._cli
import govreport.batch
from conftest import NATIONAL, ROOT, SEEDS
from govreport import batch
from govreport._metrics import METRIC_COLUMNS

dask = pytest.importorskip("dask")

EXAMPLE = ROOT / "examples" / "dask_batch.py"


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    """A scraped collection: reports in nested directories, one in GBK, two bad files."""
    root = tmp_path / "reports"
    (root / "2023" / "q4").mkdir(parents=True)
    for path in sorted(SEEDS.glob("*.txt"))[1:]:
        shutil.copy(path, root / "2023" / path.name)
    shutil.copy(NATIONAL / "2024.txt", root / "2023" / "q4" / "national.txt")
    text = (SEEDS / "000_5f8850e58b636763.txt").read_text(encoding="utf-8")
    (root / "gbk.txt").write_bytes(text.replace("\xa0", " ").encode("gbk"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    return root


def cli_metrics(directory: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert govreport._cli.main(["--metrics", str(directory)]) == 1
    return capsys.readouterr().out


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_batch", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_on_the_local_scheduler(
    collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "metrics.csv"
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), str(collection), str(output)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("dask_batch.py:")]
    assert errors == [
        f"dask_batch.py: {collection / 'binary.txt'}: binary file (contains NUL bytes)",
        f"dask_batch.py: {collection / 'empty.txt'}: empty file",
    ]
    assert "8 files, 8 reports" in result.stderr  # seed 001 holds three reports
    written = output.read_bytes().decode("utf-8")
    assert written.splitlines()[0] == ",".join(["file", *METRIC_COLUMNS])
    assert written == cli_metrics(collection, capsys)


def test_metric_rows_flow_through_the_bag_in_file_order(
    collection: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Whatever metrics_table gives for each file's reports ends up in the CSV, in order."""

    def one_row_per_report(reports: list[govreport.Report]) -> list[dict[str, Any]]:
        return [
            {
                **dict.fromkeys(METRIC_COLUMNS),
                "report": index,
                "indicator": report.metadata.title,
                "value": str(len(report.sections)),
                "start": report.span[0],
                "end": report.span[1],
            }
            for index, report in enumerate(reports)
        ]

    monkeypatch.setattr(govreport.batch, "metrics_table", one_row_per_report)
    example = load_example()
    output = tmp_path / "metrics.csv"
    with dask.config.set(scheduler="synchronous"):
        assert example.main([str(collection), str(output)]) == 1
    capsys.readouterr()
    written = output.read_bytes().decode("utf-8")
    assert len(written.splitlines()) == 1 + 8
    assert "南通镇2023年政府工作报告" in written  # the GBK file
    assert written == cli_metrics(collection, capsys)


def test_glob_and_an_empty_collection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example()
    assert example.list_files(str(tmp_path)) == []
    assert example.main([str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == ",".join(["file", *METRIC_COLUMNS])
    assert "0 files" in captured.err
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    assert example.list_files(str(tmp_path), "*.md") == [str(tmp_path / "deep" / "a.md")]


def csv_text(rows: list[dict[str, Any]]) -> str:
    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, fieldnames=["file", *METRIC_COLUMNS])
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes, as on a real cluster: nothing shared with this process."""
    distributed = pytest.importorskip("dask.distributed", reason="needs dask[distributed]")
    with (
        distributed.LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def test_rows_on_a_cluster_of_two_processes_are_the_command_line_s(
    cluster: Any, collection: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dask.bag

    pids = set(cluster.run(os.getpid).values())
    assert len(pids) == 2
    assert os.getpid() not in pids
    names = batch.list_files(str(collection))
    parts = dask.bag.from_sequence(names, partition_size=2).map_partitions(batch.metrics_partition)
    result = batch.combine(cluster.compute(parts).result())
    assert result.reports == 8
    assert result.failures == [
        (str(collection / "binary.txt"), "binary file (contains NUL bytes)"),
        (str(collection / "empty.txt"), "empty file"),
    ]
    assert csv_text(result.rows) == cli_metrics(collection, capsys)


def test_the_documented_pattern_works_from_code_the_workers_cannot_import(
    cluster: Any, collection: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example is loaded from its file, as a user's own module: the workers have no such
    module, and need none, because only govreport's functions run there."""
    example = load_example()
    result = example.parse_all(example.list_files(str(collection)))
    assert csv_text(result.rows) == cli_metrics(collection, capsys)


def test_a_partition_sends_back_rows_and_failures_only(collection: Path) -> None:
    names = batch.list_files(str(collection))
    (part,) = batch.metrics_partition(names)
    sent = len(pickle.dumps(part))
    parsed = [batch.parse_path(name) for name in names]
    reports = len(pickle.dumps([p.reports for p in parsed]))
    assert part.reports == 8
    assert sent * 5 < reports  # the reports stay where they were parsed
