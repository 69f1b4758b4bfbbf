"""A government × indicator panel of the seed reports: values and growth, side by side.

Run from the project root:  python examples/indicator_panel.py [DIRECTORY]

Every report of every ``*.txt`` file in DIRECTORY (default: the five seed documents, which
hold seven reports) is parsed; each metric with a canonical indicator becomes a cell of the
panel row of its government and of the year it describes (``Metric.year``: a report of 2023
gives the 2023 figures it reviews and the 2024 targets it sets): ``41.1亿 +37.2%`` for a
value of 41.1亿元 that grew by 37.2%.  Figures over several years (no ``year``) and rows that
are no indicator of the territory (a ``scope``) are left out.  Reported figures (actual and
estimated) and targets are shown as two panels.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import govreport

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "seeds"

COLUMNS = [
    ("fixed_asset_investment", "固定资产投资"),
    ("industrial_investment", "工业投资"),
    ("industrial_output_above_scale", "规上工业产值"),
    ("general_public_budget_revenue", "一般公共预算收入"),
    ("fiscal_revenue", "财政收入"),
    ("tax_revenue", "税收收入"),
    ("retail_sales", "社零"),
    ("investment_attracted", "到位资金"),
]


def cell(metric: govreport.Metric) -> str:
    """``41.1亿 +37.2%``: the value in 亿 (or 万) of its unit, then the growth."""
    parts = []
    if metric.value is not None:
        value, unit = metric.value.value, metric.value.unit or ""
        if unit.endswith("元") and abs(value) >= Decimal(10) ** 8:
            parts.append(f"{value / Decimal(10) ** 8:g}亿")
        elif unit.endswith("元") and abs(value) >= Decimal(10) ** 4:
            parts.append(f"{value / Decimal(10) ** 4:g}万")
        else:
            parts.append(f"{value:g}{unit}")
    if metric.growth is not None:
        parts.append(f"{metric.growth:+g}%")
    return " ".join(parts) or "·"


def panel(reports: list[govreport.Report], statuses: set[str]) -> list[list[str]]:
    cells: dict[tuple[str, int], dict[str, str]] = {}
    for report in reports:
        for metric in report.metrics:
            if metric.status not in statuses or not metric.canonical or metric.scope:
                continue
            if metric.year is None:
                continue
            found = cells.setdefault((report.metadata.region or "?", metric.year), {})
            found.setdefault(metric.canonical, cell(metric))
    return [
        [f"{region} {year}", *(found.get(key, "") for key, _ in COLUMNS)]
        for (region, year), found in cells.items()
        if any(key in found for key, _ in COLUMNS)
    ]


def show(title: str, rows: list[list[str]]) -> None:
    header = ["政府", *(label for _, label in COLUMNS)]
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print(title)
    for row in [header, *rows]:
        print(
            "  ".join(
                text + " " * (width - _width(text)) for text, width in zip(row, widths, strict=True)
            )
        )
    print()


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    reports = [
        report
        for path in sorted(directory.glob("*.txt"))
        for report in govreport.parse_reports(path.read_text(encoding="utf-8"))
    ]
    show("Reported (actual and estimated)", panel(reports, {"actual", "estimated"}))
    show("Targets", panel(reports, {"target"}))


if __name__ == "__main__":
    main()
