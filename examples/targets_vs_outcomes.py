"""National GDP, CPI and jobs targets beside their outcomes, 2003–2024: a table and a chart.

    python examples/targets_vs_outcomes.py [CHART.svg]

Reads the national reports from ``../shared/corpus/national`` (falling back to the few in
``tests/fixtures/national``), builds :func:`govreport.panel`, prints one line per year and
writes the same figures as an SVG chart (``targets_vs_outcomes.svg`` in the system's
temporary folder by default; its path is printed on stderr) to open in a browser: for each
indicator the target as a band (low to high end; a bar for a single figure) and the outcome
as a line.  Only the standard library besides govreport.
"""

from __future__ import annotations

import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import govreport

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT.parent / "shared" / "corpus" / "national", ROOT / "tests" / "fixtures" / "national")
YEARS = range(2003, 2025)
# indicator, title, unit, scale (the panel's unit → the chart's)
SERIES = (
    ("gdp", "GDP growth", "%", Decimal(1)),
    ("cpi", "CPI change", "%", Decimal(1)),
    ("urban_new_jobs", "New urban jobs", "万人", Decimal(10000)),
)


def load() -> tuple[Path, list[govreport.Report]]:
    """The national reports that can describe 2003–2024 (a year's outcome is in the next)."""
    for folder in SOURCES:
        files = [folder / f"{year}.txt" for year in range(YEARS[0], YEARS[-1] + 2)]
        present = [path for path in files if path.exists()]
        if present:
            return folder, [govreport.parse_report(p.read_text(encoding="utf-8")) for p in present]
    raise SystemExit("no national reports found in " + " or ".join(map(str, SOURCES)))


def figures(rows: list[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    """(indicator, year) → target low, high, bound and outcome, in the chart's units."""
    table = {}
    for row in rows:
        if row["period"] != "annual" or row["year"] not in YEARS:
            continue
        for indicator, _title, _unit, scale in SERIES:
            if row["indicator"] != indicator:
                continue
            growth = indicator != "urban_new_jobs"
            low = row["target_growth"] if growth else row["target_value"]
            high = row["target_growth_high"] if growth else row["target_high"]
            got = row["outcome_growth"] if growth else row["outcome_value"]
            table[indicator, row["year"]] = {
                "low": _number(low, scale),
                "high": _number(high, scale),
                "bound": row["target_bound"],
                "outcome": _number(got, scale),
                "status": row["outcome_status"],
                "met": row["met"],
            }
    return table


def _number(text: str | None, scale: Decimal) -> float | None:
    return None if text is None else float(Decimal(text) / scale)


BOUND_SIGN = {"about": "~", "at_least": "≥", "at_most": "≤", "range": "", None: ""}


def target_text(cell: dict[str, Any] | None) -> str:
    if not cell or cell["low"] is None:
        return "—"
    if cell["high"] is not None:
        return f"{cell['low']:g}–{cell['high']:g}"
    return f"{BOUND_SIGN.get(cell['bound'], '')}{cell['low']:g}"


def outcome_text(cell: dict[str, Any] | None) -> str:
    if not cell or cell["outcome"] is None:
        return "—"
    mark = "" if cell["met"] is None else " ✓" if cell["met"] else " ✗"
    estimated = "e" if cell["status"] == "estimated" else ""
    return f"{cell['outcome']:g}{estimated}{mark}"


def print_table(table: dict[tuple[str, int], dict[str, Any]]) -> None:
    header = ["year"]
    for _indicator, title, unit, _scale in SERIES:
        header += [f"{title} target ({unit})", "outcome"]
    print("\t".join(header))
    for year in YEARS:
        line = [str(year)]
        for indicator, *_rest in SERIES:
            cell = table.get((indicator, year))
            line += [target_text(cell), outcome_text(cell)]
        print("\t".join(line))


# --- the chart --------------------------------------------------------------------------------

WIDTH, PANEL_HEIGHT, TOP, LEFT, RIGHT, GAP = 960, 210, 100, 70, 30, 60
FONT = "'Noto Sans CJK SC', 'Noto Sans', 'DejaVu Sans', sans-serif"
BAND, LINE = "#f4a259", "#1f5f99"


def chart(table: dict[tuple[str, int], dict[str, Any]], source: str) -> str:
    """The SVG: one panel per indicator, years along the bottom."""
    height = TOP + len(SERIES) * (PANEL_HEIGHT + GAP) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="13">',
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
        '<text x="20" y="28" font-size="19" font-weight="bold">'
        "National targets and outcomes, 2003–2024 (政府工作报告)</text>",
        f'<text x="20" y="50" fill="#555">{escape(source)} · band: target (low to high end) · '
        "line: outcome reported the next year · a gap: no figure read</text>",
    ]
    for number, (indicator, title, unit, _scale) in enumerate(SERIES):
        top = TOP + number * (PANEL_HEIGHT + GAP)
        parts += _panel(table, indicator, f"{title} ({unit})", top)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _panel(
    table: dict[tuple[str, int], dict[str, Any]], indicator: str, title: str, top: int
) -> list[str]:
    cells = {year: table.get((indicator, year)) or {} for year in YEARS}
    values = [
        value
        for cell in cells.values()
        for value in (cell.get("low"), cell.get("high"), cell.get("outcome"))
        if value is not None
    ]
    low, high = _axis(values)
    inner = WIDTH - LEFT - RIGHT
    step = inner / len(YEARS)

    def x(year: float) -> float:
        return LEFT + (year - YEARS[0] + 0.5) * step

    def y(value: float) -> float:
        return top + PANEL_HEIGHT - (value - low) / (high - low) * PANEL_HEIGHT

    out = [
        f'<text x="{LEFT}" y="{top - 10}" font-size="15" font-weight="bold">{escape(title)}</text>',
        f'<rect x="{LEFT}" y="{top}" width="{inner}" height="{PANEL_HEIGHT}" fill="none" '
        'stroke="#999"/>',
    ]
    for tick in _ticks(low, high):
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + inner}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'stroke="#e3e3e3"/>'
        )
        out.append(f'<text x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>')
    for year in YEARS:
        if year % 3 == 0 or year == YEARS[-1]:
            out.append(
                f'<text x="{x(year):.1f}" y="{top + PANEL_HEIGHT + 18}" '
                f'text-anchor="middle">{year}</text>'
            )
    for year, cell in cells.items():
        if cell.get("low") is None:
            continue
        top_value = cell["high"] if cell.get("high") is not None else cell["low"]
        y_top, y_bottom = y(top_value), y(cell["low"])
        band = max(y_bottom - y_top, 5.0)  # a single figure still shows as a bar
        middle = (y_top + y_bottom) / 2
        out.append(
            f'<rect x="{x(year) - step * 0.4:.1f}" y="{middle - band / 2:.1f}" '
            f'width="{step * 0.8:.1f}" height="{band:.1f}" fill="{BAND}" fill-opacity="0.75">'
            f"<title>{year} target {escape(target_text(cell))}</title></rect>"
        )
    points: list[str] = []
    for year, cell in cells.items():
        if cell.get("outcome") is None:
            if len(points) > 1:
                out.append(_polyline(points))
            points = []
            continue
        points.append(f"{x(year):.1f},{y(cell['outcome']):.1f}")
        out.append(
            f'<circle cx="{x(year):.1f}" cy="{y(cell["outcome"]):.1f}" r="3.5" fill="{LINE}">'
            f"<title>{year} outcome {escape(outcome_text(cell))}</title></circle>"
        )
    if len(points) > 1:
        out.append(_polyline(points))
    legend_x = LEFT + inner - 250
    out += [
        f'<rect x="{legend_x}" y="{top - 22}" width="22" height="10" fill="{BAND}" '
        'fill-opacity="0.75"/>',
        f'<text x="{legend_x + 28}" y="{top - 13}">target</text>',
        f'<line x1="{legend_x + 100}" x2="{legend_x + 122}" y1="{top - 17}" y2="{top - 17}" '
        f'stroke="{LINE}" stroke-width="2.5"/>',
        f'<text x="{legend_x + 128}" y="{top - 13}">outcome</text>',
    ]
    return out


def _polyline(points: list[str]) -> str:
    return f'<polyline points="{" ".join(points)}" fill="none" stroke="{LINE}" stroke-width="2.5"/>'


def _axis(values: list[float]) -> tuple[float, float]:
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    low = 0.0 if low >= 0 else low
    span = (high - low) or 1.0
    return low, high + span * 0.12


def _ticks(low: float, high: float) -> list[float]:
    raw = (high - low) / 5
    sizes = (0.5, 1, 2, 2.5, 5, 10, 20, 50, 100, 200, 250, 500, 1000)
    size = min((s for s in sizes if s >= raw), default=raw)
    first = int(low // size) * size
    count = int((high - first) // size) + 1
    return [first + i * size for i in range(count) if first + i * size >= low]


def main(argv: list[str]) -> int:
    folder, reports = load()
    table = figures(govreport.panel(reports))
    print_table(table)
    target = Path(argv[1] if len(argv) > 1 else tempfile.gettempdir())
    if target.is_dir():
        target = target / "targets_vs_outcomes.svg"
    target.write_text(chart(table, f"{len(reports)} reports from {folder.name}/"), encoding="utf-8")
    print(f"chart: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
