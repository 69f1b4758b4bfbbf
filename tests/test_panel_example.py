"""``examples/targets_vs_outcomes.py``: its table, its chart, and the chart in a browser."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import CHROMIUM, CHROMIUM_FLAGS, ROOT

EXAMPLE = ROOT / "examples" / "targets_vs_outcomes.py"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    chart = tmp_path_factory.mktemp("chart") / "targets_vs_outcomes.svg"
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(chart)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=300,
        cwd=ROOT,
    )
    return done.stdout, chart


def test_the_table_has_a_line_per_year(run: tuple[str, Path]) -> None:
    stdout, _chart = run
    lines = stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["year", "GDP growth target (%)", "outcome"]
    years = [line.split("\t")[0] for line in lines[1:]]
    assert years == [str(year) for year in range(2003, 2025)]
    by_year = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    # 2024's report (a fixture too): 国内生产总值增长5%左右; 2025's: 增长5%
    assert by_year["2024"][1:3] == ["~5", "5 ✓"]


def test_the_chart_is_an_svg_with_three_panels(run: tuple[str, Path]) -> None:
    _stdout, chart = run
    root = ET.parse(chart).getroot()
    assert root.tag == f"{SVG}svg"
    titles = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.endswith(")")]
    assert {"GDP growth (%)", "CPI change (%)", "New urban jobs (万人)"} <= set(titles)
    assert list(root.iter(f"{SVG}rect")), "no target bands"
    assert list(root.iter(f"{SVG}circle")), "no outcomes"


def test_the_chart_opens_in_a_browser(run: tuple[str, Path], tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    _stdout, chart = run
    shot = tmp_path / "chart.png"
    subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1000,960",
            chart.as_uri(),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000, "the screenshot is nearly empty"
