"""``govreport --panel PATH…``: one CSV of targets beside outcomes over all the files."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import NATIONAL
from govreport import PANEL_COLUMNS
from govreport._cli import main


def test_panel_csv_over_two_consecutive_reports(capsys: pytest.CaptureFixture[str]) -> None:
    first, second = str(NATIONAL / "2024.txt"), str(NATIONAL / "2025.txt")
    status = main(["--panel", second, first, str(NATIONAL / "no-such-file.txt")])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.strip().endswith("no-such-file.txt: no such file")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and list(rows[0]) == list(PANEL_COLUMNS)
    (gdp,) = [r for r in rows if r["indicator"] == "gdp" and r["year"] == "2024"]
    # 2024: 国内生产总值增长5%左右; 2025, reviewing 2024: 国内生产总值达到134.9万亿元、增长5%
    assert (gdp["target_growth"], gdp["target_bound"], gdp["outcome_growth"]) == ("5", "about", "5")
    assert (gdp["target_report"], gdp["outcome_report"]) == (first, second)
    assert (gdp["gap"], gdp["met"], gdp["conflict"]) == ("0", "True", "False")
