"""The command line: outlines, JSON, per-file errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS
from govreport import Report
from govreport.cli import InputError, decode, main


def test_outline_of_a_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS / "000_5f8850e58b636763.txt")]) == 0
    out = capsys.readouterr().out
    assert "南通镇2023年政府工作报告" in out
    assert "  一、2023年政府工作回顾  [review, 2 items]" in out
    assert "    ∅ 社会事业协调发展,群众福祉进一步增强  [review, 4 items]" in out


def test_outline_of_a_file_with_three_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS / "001_555f7e936fe6323d.txt")]) == 0
    out = capsys.readouterr().out
    assert out.count("(report ") == 3
    assert "(report 3 of 3)" in out


def test_json_lines_round_trip(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(SEEDS / "001_555f7e936fe6323d.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    for line in lines:
        data = json.loads(line)
        assert data["file"].endswith("001_555f7e936fe6323d.txt")
        report = Report.from_dict(data)
        assert report.sections


def test_bad_files_are_named_and_the_rest_still_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SEEDS / "002_0f2ab75d7a324a83.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    text = (SEEDS / "000_5f8850e58b636763.txt").read_text(encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.replace("\xa0", " ").encode("gbk"))
    missing = tmp_path / "missing.txt"
    assert main([str(tmp_path), str(missing)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert sorted(errors) == sorted(
        [
            f"govreport: {tmp_path / 'binary.txt'}: binary file (contains NUL bytes)",
            f"govreport: {tmp_path / 'empty.txt'}: empty file",
            f"govreport: {missing}: no such file",
        ]
    )
    assert "洋口镇" in captured.out
    assert "南通镇2023年政府工作报告" in captured.out  # the GBK file


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("政府工作报告".encode(), "政府工作报告"),
        ("\ufeff政府工作报告".encode(), "政府工作报告"),
        ("政府工作报告".encode("gbk"), "政府工作报告"),
        ("政府工作报告".encode("gb18030"), "政府工作报告"),
        ("政府工作报告".encode("utf-16"), "政府工作报告"),
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b" \n", "empty file"), (b"\x00\x01\x02abc", "binary file")],
)
def test_decoding_errors(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)
