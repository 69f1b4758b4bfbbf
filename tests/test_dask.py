"""``examples/dask_batch.py``: a Dask bag gives the same metrics CSV as ``govreport --metrics``."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import govreport
import govreport.cli
from conftest import NATIONAL, ROOT, SEEDS
from govreport.metrics import METRIC_COLUMNS

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
    assert govreport.cli.main(["--metrics", str(directory)]) == 1
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
                "indicator": report.metadata.title,
                "value": str(len(report.sections)),
                "start": report.span[0],
                "end": report.span[1],
            }
            for report in reports
        ]

    monkeypatch.setattr(govreport, "metrics_table", one_row_per_report)
    monkeypatch.setattr(govreport.cli, "metrics_table", one_row_per_report)
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
