"""The command line: outlines, JSON, metrics, outputs, inputs, per-file errors, processes,
progress, and the faults of real batch runs (odd file names, special files, full disks,
killed workers, Ctrl-C), those through the command as a user runs it."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import types
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import govreport
import govreport._cli
from conftest import CORPUS, FIXTURES, SEEDS
from govreport import Report
from govreport._cli import main

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
    assert main(["--json", str(NANTONG)]) == 0
    (line,) = json_lines(capsys.readouterr().out)
    assert line["file"] == str(NANTONG)
    assert "offset" not in line
    assert Report.from_dict(line) == govreport.parse_report(NANTONG.read_text(encoding="utf-8"))


def blocks(report: Report, offset: int = 0) -> list[tuple[str, str, tuple[int, int]]]:
    return [
        (block.kind, block.text, (block.span[0] + offset, block.span[1] + offset))
        for block in report.blocks()
    ]


def test_json_of_a_file_with_three_reports_carries_each_report_its_own_part(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--json", str(THREE_REPORTS)]) == 0
    lines = json_lines(capsys.readouterr().out)
    text = THREE_REPORTS.read_text(encoding="utf-8")
    expected = govreport.parse_reports(text)
    assert len(lines) == 3
    for data, report in zip(lines, expected, strict=True):
        start, end = report.span
        assert data["file"] == str(THREE_REPORTS)
        assert data["offset"] == start
        assert data["text"] == text[start:end]
        alone = Report.from_dict(data)
        assert alone.span == (0, end - start)
        assert alone.metadata == report.metadata
        assert blocks(alone, start) == blocks(report)
        assert [(m.indicator, m.text) for m in alone.metrics] == [
            (m.indicator, m.text) for m in report.metrics
        ]
    assert sum(len(data["text"]) for data in lines) <= len(text)


def test_json_grows_with_the_input_not_with_reports_times_input(tmp_path: Path) -> None:
    text = THREE_REPORTS.read_text(encoding="utf-8")
    sizes = []
    for copies in (1, 10):
        (tmp_path / "many.txt").write_text(text * copies, encoding="utf-8")
        result = run_cli("--json", str(tmp_path / "many.txt"))
        assert result.returncode == 0
        reports = govreport.parse_reports(text * copies)
        assert len(result.stdout.split("\n")) - 1 == len(reports) > 3 * copies // 2
        sizes.append(len(result.stdout))
    # Each line holding the whole file would make ten copies 100 times as large.
    assert sizes[1] < 11 * sizes[0]


def test_metrics_is_one_csv_for_all_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["--metrics", str(SEEDS), str(tmp_path)]) == 1
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out)))
    assert rows[0] == ["file", *govreport._cli.METRIC_COLUMNS]
    assert rows[0][:4] == ["file", "report", "title", "region"]
    assert captured.out.count("file,report,title,region") == 1
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
        "(invalid byte 0x80 at offset 0), UTF-16, GB18030 or Big5",
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
    real = govreport._cli.parse_reports

    def failing(text: str) -> list[Report]:
        if "BOOM" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(govreport._cli, "parse_reports", failing)
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


def test_progress_bar_shows_rate_and_time_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in "abc":
        shutil.copy(YANGKOU, tmp_path / f"{name}.txt")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--json", str(tmp_path)]) == 0
    written = terminal.getvalue()
    assert " files/s, " in written
    assert " left" in written
    assert screen(written) == []  # wiped at the end
    assert len(json_lines(capsys.readouterr().out)) == 3


def test_nothing_of_the_bar_in_piped_output(tmp_path: Path) -> None:
    for name in "abc":
        shutil.copy(YANGKOU, tmp_path / f"{name}.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli(str(tmp_path))
    assert result.returncode == 1
    assert "\r" not in result.stdout
    assert "\r" not in result.stderr
    assert result.stderr == f"govreport: {tmp_path / 'empty.txt'}: empty file\n"


# Outputs: -o, --excel, --html, --version; the rows of a file holding several reports


def run_cli(*args: str, timeout: float = 300, **options: Any) -> subprocess.CompletedProcess[str]:
    """``python -m govreport ARGS`` as a user runs it; output decoded strictly as UTF-8."""
    if "stdout" not in options and "stderr" not in options:
        options["capture_output"] = True
    return subprocess.run(
        [sys.executable, "-m", "govreport", *args],
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=timeout,
        check=False,
        **options,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"govreport {govreport.__version__}\n"


@pytest.mark.parametrize("mode", [[], ["--json"], ["--metrics"]], ids=["outline", "json", "csv"])
def test_output_file_holds_what_stdout_would(
    mode: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*mode, str(SEEDS)]) == 0
    printed = capsys.readouterr().out
    output = tmp_path / "out"
    assert main([*mode, "-o", str(output), str(SEEDS)]) == 0
    assert capsys.readouterr().out == ""
    assert output.read_bytes() == printed.encode("utf-8")


def test_output_file_that_cannot_be_created(tmp_path: Path) -> None:
    result = run_cli("--json", "-o", str(tmp_path / "missing" / "out.jsonl"), str(NANTONG))
    assert result.returncode == 2
    assert result.stderr.startswith("govreport: cannot write ")
    assert "No such file or directory" in result.stderr


def test_metrics_rows_say_which_report_of_the_file_they_come_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--metrics", str(THREE_REPORTS)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    reports = govreport.parse_reports(THREE_REPORTS.read_text(encoding="utf-8"))
    expected = [
        (str(index), report.metadata.title or "")
        for index, report in enumerate(reports)
        for _ in report.metrics
    ]
    assert [(row["report"], row["title"]) for row in rows] == expected
    assert {row["report"] for row in rows} == {"0", "1", "2"}


EXCEL_BOM = b"\xef\xbb\xbf"


def test_excel_csv_is_utf8_with_a_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--metrics", str(NANTONG)]) == 0
    plain = capsys.readouterr().out.encode("utf-8")
    output = tmp_path / "metrics.csv"
    assert main(["--excel", "-o", str(output), str(NANTONG)]) == 0
    written = output.read_bytes()
    assert written[:3] == EXCEL_BOM
    assert written.count(EXCEL_BOM) == 1
    assert written[3:] == plain
    assert written[3:].split(b"\r\n")[0] == b",".join(
        name.encode() for name in ["file", *govreport._cli.METRIC_COLUMNS]
    )
    assert "南通镇".encode() in written  # UTF-8, not GBK
    piped = subprocess.run(
        [sys.executable, "-m", "govreport", "--excel", str(NANTONG)],
        capture_output=True,
        check=True,
    ).stdout
    assert piped == written


def test_excel_goes_with_the_csv_outputs_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--excel", "--json", str(NANTONG)]) == 2
    assert "--excel writes a CSV" in capsys.readouterr().err


def _libreoffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip(
            "LibreOffice is not installed (Debian: apt-get install libreoffice-calc), so the "
            "CSV cannot be opened as a spreadsheet would open it"
        )
    return found


class _Cells(HTMLParser):
    """The text of every table cell of an HTML export, row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def spreadsheet_cells(soffice: str, csv_file: Path, charset: int, work: Path) -> list[list[str]]:
    """The cells LibreOffice shows for ``csv_file`` imported as text in ``charset`` (its
    import filter's number: 76 is UTF-8), exported as an HTML table."""
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            f"--infilter=CSV:44,34,{charset},1",
            "--convert-to",
            "html",
            "--outdir",
            str(work),
            str(csv_file),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    parser = _Cells()
    parser.feed((work / f"{csv_file.stem}.html").read_text(encoding="utf-8", errors="replace"))
    return [row for row in parser.rows if row]


def same_cell(shown: str, written: str) -> bool:
    if shown == written:
        return True
    try:  # a spreadsheet shows numbers in its own format: 37.2, -17, 4110000000
        return float(shown.replace(",", "")) == float(written)
    except ValueError:
        return False


def test_excel_csv_opens_into_the_same_cells_in_a_spreadsheet(tmp_path: Path) -> None:
    soffice = _libreoffice()
    output = tmp_path / "metrics.csv"
    assert main(["--excel", "-o", str(output), str(NANTONG)]) == 0
    written = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    # Excel takes the BOM for "UTF-8"; LibreOffice is told so (76), its own default being
    # Windows-1252 whatever the BOM.  The BOM must not become part of the first cell.
    shown = spreadsheet_cells(soffice, output, 76, tmp_path)
    assert shown[0][0] == "file"
    assert len(shown) == len(written) > 5
    for shown_row, written_row in zip(shown, written, strict=True):
        assert len(shown_row) == len(written_row)
        mismatched = [
            (a, b) for a, b in zip(shown_row, written_row, strict=True) if not same_cell(a, b)
        ]
        assert not mismatched, mismatched
    assert "南通镇" in shown[1]


def test_html_pages_need_a_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--html", str(NANTONG)]) == 2
    assert "-o DIR" in capsys.readouterr().err


def test_html_pages_and_index(tmp_path: Path) -> None:
    if importlib.util.find_spec("govreport._html") is None:
        pytest.skip("the page renderer (govreport._html: render_html, render_index) is not here")
    from govreport import _html as html  # type: ignore[attr-defined]

    shutil.copy(NANTONG, tmp_path / "nantong.txt")
    shutil.copy(THREE_REPORTS, tmp_path / "three.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    pages = tmp_path / "pages"
    result = run_cli("--html", "-o", str(pages), "-j", "2", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == f"govreport: {tmp_path / 'empty.txt'}: empty file\n"
    entries = [
        (str(tmp_path / "nantong.txt"), report)
        for report in [govreport.parse_report(NANTONG.read_text(encoding="utf-8"))]
    ] + [
        (str(tmp_path / "three.txt"), report)
        for report in govreport.parse_reports(THREE_REPORTS.read_text(encoding="utf-8"))
    ]
    names = [html.page_name(index, file) for index, (file, _) in enumerate(entries)]
    assert sorted(path.name for path in pages.iterdir()) == sorted([*names, "index.html"])
    assert (pages / names[0]).read_text(encoding="utf-8") == html.render_html(
        entries[0][1], file=entries[0][0], index="index.html"
    )
    assert (pages / "index.html").read_text(encoding="utf-8") == html.render_index(entries)


# Encodings through the command


def test_big5_and_utf16_without_bom_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    traditional = (FIXTURES / "national" / "1954.txt").read_text(encoding="utf-8")
    big5 = traditional.encode("big5", errors="replace")
    (tmp_path / "big5.txt").write_bytes(big5)
    text = NANTONG.read_text(encoding="utf-8")
    (tmp_path / "utf16le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "utf16be.txt").write_bytes(text.encode("utf-16-be"))
    assert main(["--json", str(tmp_path)]) == 0
    big5_report, le, be = (Report.from_dict(line) for line in json_lines(capsys.readouterr().out))
    assert big5_report == govreport.parse_report(big5.decode("cp950"))
    assert le == be == govreport.parse_report(text)


# Faults of real batch runs, through the command


def test_file_names_that_are_not_utf8_or_hold_a_line_break(tmp_path: Path) -> None:
    root = os.fsencode(tmp_path)
    good = NANTONG.read_bytes()
    latin = root + b"/caf\xe9.txt"  # Latin-1 é: not UTF-8
    gbk = root + b"/" + "南通".encode("gbk") + b".txt"
    (tmp_path / "two\nlines.txt").write_bytes(good)
    for name in (latin, gbk):
        with open(name, "wb") as stream:  # noqa: PTH123 (a bytes name)
            stream.write(good)
    with open(root + b"/bad\xff\n.txt", "wb") as stream:  # noqa: PTH123
        stream.write(b"")
    shown = {
        "latin": f"{tmp_path}/caf\\xe9.txt",
        # C4 CF is no UTF-8, CD A8 is (U+0368): kept as it reads.
        "gbk": f"{tmp_path}/\\xc4\\xcf\u0368.txt",
        "newline": f"{tmp_path}/two\\nlines.txt",
        "bad": f"{tmp_path}/bad\\xff\\n.txt",
    }

    result = run_cli("--json", str(tmp_path), env={**os.environ, "LC_ALL": "C"})
    assert result.returncode == 1
    assert result.stderr == f"govreport: {shown['bad']}: empty file\n"
    files = [line["file"] for line in json_lines(result.stdout)]
    assert sorted(files) == sorted([shown["latin"], shown["gbk"], shown["newline"]])

    result = run_cli("--metrics", str(tmp_path))
    assert result.returncode == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["file"] for row in rows} == {shown["latin"], shown["gbk"], shown["newline"]}

    result = run_cli(str(tmp_path), env={**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": ""})
    assert result.returncode == 1
    headers = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert sorted(headers) == sorted(f"== {shown[key]}" for key in ("latin", "gbk", "newline"))


def test_a_directory_walk_names_every_entry_it_cannot_read(tmp_path: Path) -> None:
    shutil.copy(NANTONG, tmp_path / "good.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "back").symlink_to(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ignored.md").symlink_to(tmp_path / "gone.md")  # not a *.txt: not asked for
    started = time.monotonic()
    result = run_cli("--json", str(tmp_path))
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"govreport: {tmp_path / 'dangling.txt'}: dangling symbolic link",
        f"govreport: {tmp_path / 'deep' / 'back'}: symbolic link loop "
        "(leads back to a parent directory)",
        f"govreport: {tmp_path / 'loop.txt'}: symbolic link loop",
        f"govreport: {tmp_path / 'pipe.txt'}: not a regular file (FIFO)",
    ]
    assert [line["file"] for line in json_lines(result.stdout)] == [str(tmp_path / "good.txt")]


def test_an_unreadable_subdirectory_is_named(tmp_path: Path) -> None:
    """As root, in a user namespace of its own (``unshare --user``), where root's power to
    read any directory does not apply; as an ordinary user, as it is."""
    shutil.copy(NANTONG, tmp_path / "good.txt")
    (tmp_path / "locked").mkdir()
    shutil.copy(NANTONG, tmp_path / "locked" / "hidden.txt")
    (tmp_path / "locked").chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:
        unshare = shutil.which("unshare")
        if unshare is None:
            pytest.skip("running as root, and no unshare(1) to drop the power to read anything")
        prefix = [unshare, "--user"]
    try:
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", f"import os; os.listdir({str(tmp_path / 'locked')!r})"],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0 or b"PermissionError" not in probe.stderr:
            pytest.skip(f"cannot make a directory unreadable here: {probe.stderr[-200:]!r}")
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "govreport", "--json", str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"govreport: {tmp_path / 'locked'}: cannot read directory: Permission denied\n"
    )
    assert [line["file"] for line in json_lines(result.stdout)] == [str(tmp_path / "good.txt")]


def test_dev_zero_and_oversize_files_stop_at_the_size_limit(tmp_path: Path) -> None:
    shutil.copy(NANTONG, tmp_path / "good.txt")
    started = time.monotonic()
    result = run_cli("--json", "/dev/zero", str(tmp_path / "good.txt"))
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    assert result.stderr == (
        "govreport: /dev/zero: larger than the size limit of 64 MiB (--max-size)\n"
    )
    assert [line["file"] for line in json_lines(result.stdout)] == [str(tmp_path / "good.txt")]

    size = NANTONG.stat().st_size
    result = run_cli("--json", "--max-size", "1K", str(tmp_path / "good.txt"))
    assert result.returncode == 1
    assert result.stderr == (
        f"govreport: {tmp_path / 'good.txt'}: larger than the size limit of 1 KiB (--max-size)\n"
    )
    assert size > 1024
    assert run_cli("--json", "--max-size", "0", str(tmp_path / "good.txt")).returncode == 0
    assert run_cli("--json", "--max-size", f"{size}", str(tmp_path / "good.txt")).returncode == 0
    bad = run_cli("--max-size", "lots", str(NANTONG))
    assert bad.returncode == 2
    assert "expected a size such as 64M" in bad.stderr


def test_stdin_stops_at_the_size_limit() -> None:
    with Path("/dev/zero").open("rb") as zero:
        result = run_cli("--json", "--max-size", "1M", "-", str(NANTONG), stdin=zero)
    assert result.returncode == 1
    assert result.stderr == "govreport: <stdin>: larger than the size limit of 1 MiB (--max-size)\n"
    assert [line["file"] for line in json_lines(result.stdout)] == [str(NANTONG)]


def test_a_fifo_without_a_writer_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    started = time.monotonic()
    result = run_cli("--json", str(tmp_path / "fifo.txt"), str(NANTONG), timeout=60)
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert result.stderr == (
        f"govreport: {tmp_path / 'fifo.txt'}: nothing to read after "
        f"{govreport.batch.FIFO_WAIT:g} s (FIFO without a writer)\n"
    )
    assert [line["file"] for line in json_lines(result.stdout)] == [str(NANTONG)]


def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "govreport", "--json", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with fifo.open("wb") as writer:
        writer.write(NANTONG.read_bytes())
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    (line,) = json_lines(out.decode())
    assert Report.from_dict(line) == govreport.parse_report(NANTONG.read_text(encoding="utf-8"))


def test_a_full_disk_ends_with_a_message_not_a_traceback() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    for mode in (["--json"], ["--metrics"], []):
        with open("/dev/full", "w") as full:  # noqa: PTH123
            result = run_cli(*mode, str(SEEDS), stdout=full, stderr=subprocess.PIPE)
        assert result.returncode == 74
        assert result.stderr == (
            "govreport: cannot write the output to standard output: No space left on device\n"
        )


def children(pid: int) -> set[int]:
    """The descendants of ``pid`` now (Linux)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found: set[int] = set()
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def many_files(directory: Path, copies: int) -> list[Path]:
    directory.mkdir(exist_ok=True)
    made = []
    for number in range(copies):
        for source in sorted((FIXTURES / "national").glob("*.txt")):
            made.append(directory / f"{number:03d}_{source.name}")
            shutil.copy(source, made[-1])
    return made


def wait_for_workers(process: subprocess.Popen[bytes], count: int) -> set[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = children(process.pid)
        if len(workers) >= count:
            return workers
        time.sleep(0.05)
    pytest.fail(f"no {count} worker processes appeared")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_a_killed_worker_is_reported_and_every_file_still_parsed(tmp_path: Path) -> None:
    # Enough work that the worker is still busy when it is killed, on an idle machine too.
    files = many_files(tmp_path / "in", 10)
    process = subprocess.Popen(
        [sys.executable, "-m", "govreport", "--json", "-j", "2", str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    victim = min(wait_for_workers(process, 2))
    time.sleep(0.5)
    os.kill(victim, signal.SIGKILL)
    out, err = process.communicate(timeout=600)
    assert err.decode() == (
        "govreport: a worker process was killed (SIGKILL); its files are parsed again\n"
    )
    assert process.returncode == 0
    assert [line["file"] for line in json_lines(out.decode())] == [str(path) for path in files]


KILLER = """
import os, signal, sys
import govreport._cli
real = govreport._cli.parse_reports
def parse_reports(text):
    if "KILL ME" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(text)
govreport._cli.parse_reports = parse_reports
sys.exit(govreport._cli.main(sys.argv[1:]))
"""


def test_a_file_that_kills_its_worker_is_named_and_the_rest_parsed(tmp_path: Path) -> None:
    files = many_files(tmp_path / "in", 1)
    killer = tmp_path / "in" / "005_killer.txt"
    killer.write_text("一、KILL ME\n完成投资16亿元。\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", KILLER, "--json", "-j", "2", str(tmp_path / "in")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "govreport: a worker process was killed (SIGKILL); its files are parsed again",
        f"govreport: {killer}: a worker process was killed (SIGKILL) while parsing it",
    ]
    assert [line["file"] for line in json_lines(result.stdout)] == [
        str(path) for path in sorted(files)
    ]


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_ctrl_c_under_two_processes_stops_promptly_and_leaves_no_process(tmp_path: Path) -> None:
    files = many_files(tmp_path / "in", 4)
    process = subprocess.Popen(
        [sys.executable, "-m", "govreport", "--json", "-j", "2", str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers = wait_for_workers(process, 2)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    out, err = process.communicate(timeout=60)
    assert time.monotonic() - started < 10
    assert process.returncode == 130
    assert re.fullmatch(rf"govreport: interrupted after \d+ of {len(files)} files\n", err.decode())
    for line in out.decode().splitlines():  # what was written is whole lines
        json.loads(line)
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)]


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_more_jobs_than_cpus_are_capped(tmp_path: Path) -> None:
    many_files(tmp_path / "in", 2)
    process = subprocess.Popen(
        [sys.executable, "-m", "govreport", "--json", "-j", "64", str(tmp_path / "in")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seen: set[int] = set()
    while process.poll() is None:
        seen |= children(process.pid)
        time.sleep(0.05)
    assert process.returncode == 0
    cpus = len(os.sched_getaffinity(0))
    # Workers are replaced only when one dies; none does here.
    assert 1 <= len(seen) <= cpus


def test_a_pool_whose_worker_died_unnoticed_is_taken_for_broken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A worker killed while it sends its results leaves the executor waiting for the rest
    # of the message, so the future never ends: the dead worker is seen after a grace.

    monkeypatch.setattr(govreport._cli, "STALL_GRACE", 0.3)
    pool = govreport._cli._Pool(1)
    try:
        monkeypatch.setattr(pool, "_note", lambda: None)
        pool._processes = {1: types.SimpleNamespace(exitcode=-signal.SIGKILL)}
        started = time.monotonic()
        with pytest.raises(BrokenProcessPool):
            pool.result(Future())
        assert time.monotonic() - started < 5
    finally:
        pool.executor.shutdown(wait=False)


LEFT_BEHIND = """
import sys, threading
import govreport._cli as cli
stuck = threading.Thread(target=threading.Event().wait)  # never ends, not a daemon
stuck.start()
cli._LEFT_BEHIND.append(stuck)
sys.argv = ["govreport", "--json", sys.argv[1]]
cli.run()
"""


def test_the_command_exits_though_an_executor_thread_is_left_waiting() -> None:
    process = subprocess.run(
        [sys.executable, "-c", LEFT_BEHIND, str(NANTONG)],
        check=False,
        capture_output=True,
        timeout=60,
    )
    assert process.returncode == 0
    assert json_lines(process.stdout.decode())  # what was written is out
