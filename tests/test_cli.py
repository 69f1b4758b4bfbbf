"""The command line: outlines, JSON, metrics, inputs, per-file errors, processes, progress."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import govreport
import govreport.cli
from conftest import CORPUS, FIXTURES, SEEDS
from govreport import Report
from govreport.cli import InputError, decode, main

NANTONG = SEEDS / "000_5f8850e58b636763.txt"
THREE_REPORTS = SEEDS / "001_555f7e936fe6323d.txt"
YANGKOU = SEEDS / "002_0f2ab75d7a324a83.txt"


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def screen(written: str) -> list[str]:
    """The lines a terminal shows after ``written``: ``\\r`` returns to the line's start and
    later characters overwrite earlier ones."""
    lines: list[str] = []
    line: list[str] = []
    column = 0
    for char in written:
        if char == "\n":
            lines.append("".join(line).rstrip())
            line, column = [], 0
        elif char == "\r":
            column = 0
        else:
            if column < len(line):
                line[column] = char
            else:
                line.append(char)
            column += 1
    if "".join(line).strip():
        lines.append("".join(line).rstrip())
    return lines


def json_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# Outlines and JSON


def test_outline_of_a_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(NANTONG)]) == 0
    out = capsys.readouterr().out
    assert "南通镇2023年政府工作报告" in out
    assert "  一、2023年政府工作回顾  [review, 2 items]" in out
    assert "    ∅ 社会事业协调发展,群众福祉进一步增强  [review, 4 items]" in out


def test_outline_of_a_file_with_three_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(THREE_REPORTS)]) == 0
    out = capsys.readouterr().out
    assert out.count("(report ") == 3
    assert "(report 3 of 3)" in out


def test_json_lines_round_trip(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(THREE_REPORTS)]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert len(lines) == 3
    expected = govreport.parse_reports(THREE_REPORTS.read_text(encoding="utf-8"))
    for data, report in zip(lines, expected, strict=True):
        assert data["file"] == str(THREE_REPORTS)
        assert Report.from_dict(data) == report


def test_metrics_is_one_csv_for_all_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["--metrics", str(SEEDS), str(tmp_path)]) == 1
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out)))
    assert rows[0] == ["file", *govreport.cli.METRIC_COLUMNS]
    assert captured.out.count("file,region") == 1
    assert all(row[0].startswith(str(SEEDS)) for row in rows[1:])
    assert captured.err == f"govreport: {tmp_path / 'empty.txt'}: empty file\n"


# Inputs: directories, --glob, stdin


def test_directories_are_searched_recursively_for_txt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "deep" / "deeper").mkdir(parents=True)
    shutil.copy(NANTONG, tmp_path / "b.txt")
    shutil.copy(YANGKOU, tmp_path / "deep" / "deeper" / "a.txt")
    shutil.copy(YANGKOU, tmp_path / "deep" / "page.html")
    assert main(["--json", str(tmp_path)]) == 0
    files = [line["file"] for line in json_lines(capsys.readouterr().out)]
    assert files == [str(tmp_path / "b.txt"), str(tmp_path / "deep" / "deeper" / "a.txt")]


def test_glob_chooses_the_files_in_directories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "deep").mkdir()
    shutil.copy(NANTONG, tmp_path / "a.txt")
    shutil.copy(NANTONG, tmp_path / "b.text")
    shutil.copy(YANGKOU, tmp_path / "deep" / "c.text")
    assert main(["--json", "--glob", "*.text", str(tmp_path)]) == 0
    files = [line["file"] for line in json_lines(capsys.readouterr().out)]
    assert files == [str(tmp_path / "b.text"), str(tmp_path / "deep" / "c.text")]


def test_glob_does_not_filter_files_named_outright(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(NANTONG, tmp_path / "report.html")
    assert main(["--json", str(tmp_path / "report.html")]) == 0
    assert len(json_lines(capsys.readouterr().out)) == 1


def test_no_input_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "govreport: no input files (directories are searched for *.txt)\n"
    )


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    text = NANTONG.read_text(encoding="utf-8").replace("\xa0", " ")
    stdin_bytes(monkeypatch, text.encode(encoding))
    assert main(["--json", "-", str(YANGKOU)]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert [line["file"] for line in lines] == ["<stdin>", str(YANGKOU)]
    assert Report.from_dict(lines[0]) == govreport.parse_report(text)


def test_bad_stdin_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin_bytes(monkeypatch, b"\n\n")
    assert main(["-", str(YANGKOU)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "govreport: <stdin>: empty file\n"
    assert "洋口镇" in captured.out


# Bad files


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_are_named_and_the_rest_still_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    shutil.copy(YANGKOU, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "garbage.txt").write_bytes(b"\x80\x81\xff" * 100)
    text = NANTONG.read_text(encoding="utf-8").replace("\xa0", " ")  # no NBSP in GBK
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    missing = tmp_path / "missing.txt"

    assert main(["--json", "-j", jobs, str(tmp_path), str(missing)]) == 1

    captured = capsys.readouterr()
    assert sorted(captured.err.splitlines()) == [
        f"govreport: {tmp_path / 'binary.txt'}: binary file (contains NUL bytes)",
        f"govreport: {tmp_path / 'blank.txt'}: empty file",
        f"govreport: {tmp_path / 'empty.txt'}: empty file",
        f"govreport: {tmp_path / 'garbage.txt'}: cannot decode as UTF-8 "
        "(invalid byte 0x80 at offset 0), UTF-16 or GB18030",
        f"govreport: {missing}: no such file",
    ]
    lines = json_lines(captured.out)
    assert [line["file"] for line in lines] == [
        str(tmp_path / name) for name in ("gbk.txt", "good.txt", "utf16.txt")
    ]
    gbk, good, utf16 = (Report.from_dict(line) for line in lines)
    assert gbk == utf16 == govreport.parse_report(text)
    assert gbk.metadata.title == "南通镇2023年政府工作报告"
    assert good == govreport.parse_report(YANGKOU.read_text(encoding="utf-8"))


def test_a_parser_failure_is_reported_and_the_rest_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = govreport.cli.parse_reports

    def failing(text: str) -> list[Report]:
        if "BOOM" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(govreport.cli, "parse_reports", failing)
    (tmp_path / "a.txt").write_text("一、BOOM\n", encoding="utf-8")
    shutil.copy(YANGKOU, tmp_path / "b.txt")
    assert main(["--json", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"govreport: {tmp_path / 'a.txt'}: internal error while parsing "
        "(RecursionError: maximum recursion depth exceeded); please report it with this file\n"
    )
    assert [line["file"] for line in json_lines(captured.out)] == [str(tmp_path / "b.txt")]


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_positive(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["-j", jobs, str(NANTONG)])
    assert exit_.value.code == 2
    assert "expected a whole number of processes ≥ 1" in capsys.readouterr().err


# Processes


def test_processes_give_the_same_output_in_the_same_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for mode in ([], ["--json"]):
        assert main([*mode, "-j", "1", str(FIXTURES)]) == 0
        one = capsys.readouterr().out
        assert main([*mode, "-j", "3", str(FIXTURES)]) == 0
        assert capsys.readouterr().out == one


@pytest.mark.corpus
def test_national_corpus_gives_the_same_json_in_two_processes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    national = CORPUS / "national"
    if not national.is_dir():
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    assert main(["--json", "-j", "1", str(national)]) == 0
    one = capsys.readouterr().out
    assert main(["--json", "-j", "2", str(national)]) == 0
    two = capsys.readouterr().out
    assert len(one.splitlines()) == len(list(national.glob("*.txt")))
    assert two == one


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_stops_the_run_quietly(jobs: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "govreport", "--json", "-j", jobs, str(FIXTURES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stdout.read(100)
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 141
    assert err == b""


# The progress bar


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(NANTONG, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")
    shutil.copy(YANGKOU, tmp_path / "c.txt")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--json", str(tmp_path)]) == 1
    written = terminal.getvalue()
    assert "\r[" in written
    assert "] 3/3 files, 1 failed" in written
    assert screen(written) == [f"govreport: {tmp_path / 'b.txt'}: empty file"]
    assert len(json_lines(capsys.readouterr().out)) == 2


def test_progress_bar_leaves_output_on_the_same_terminal_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b", "c", "d"):
        shutil.copy(YANGKOU, tmp_path / f"{name}.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main([str(tmp_path)]) == 1
    shown = screen(terminal.getvalue())

    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    monkeypatch.setattr(sys, "stdout", plain)
    assert main([str(tmp_path)]) == 1
    assert shown == plain.getvalue().rstrip("\n").split("\n")
    assert not any("files" in line and "[" in line for line in shown)


def test_no_progress_bar_off_a_terminal_or_for_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--json", str(SEEDS)]) == 0
    assert capsys.readouterr().err == ""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--json", str(NANTONG)]) == 0
    assert terminal.getvalue() == ""


# Decoding


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("政府工作报告".encode(), "政府工作报告"),
        ("\ufeff政府工作报告".encode(), "政府工作报告"),
        ("政府工作报告".encode("gbk"), "政府工作报告"),
        ("政府工作报告".encode("gb18030"), "政府工作报告"),
        ("政府工作报告".encode("utf-16"), "政府工作报告"),
        (b"\xfe\xff" + "政府工作报告".encode("utf-16-be"), "政府工作报告"),
        ("政府工作报告".encode()[:-1], "政府工作报\ufffd"),  # cut off in its last character
        ("\ufeff政府工作报告".encode()[:-2], "政府工作报\ufffd"),
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n", "empty file"),
        (b"\xef\xbb\xbf\r\n", "empty file"),
        ("\u3000\u3000\n".encode("gb18030"), "empty file"),
        ("\ufeff \n".encode("utf-16-le"), "empty file"),
        (b"\x00\x01\x02abc", r"binary file \(contains NUL bytes\)"),
        (b"\x01\x02\x03\x04abc", r"binary file \(control characters\)"),
        ("政府".encode() + b"\xff" + "工作".encode(), r"UTF-8 \(invalid byte 0xFF at offset 6\)"),
        (b"\xef\xbb\xbf\xff\xff", r"UTF-8 \(invalid byte 0xFF at offset 3\)"),
        (b"\xff\xfe\x00\xd8", "not valid UTF-16"),
    ],
)
def test_decoding_errors(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)
