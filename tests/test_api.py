"""The public names of API.md resolve, and importing the package stays cheap."""

from __future__ import annotations

import subprocess
import sys

import govreport

API_NAMES = [
    "parse_report",
    "parse_reports",
    "extract_quantities",
    "extract_metrics",
    "canonical_indicator",
    "parse_quantity",
    "parse_number",
    "SectionDetector",
    "DEFAULT_DETECTORS",
    "Report",
    "Metadata",
    "Section",
    "Item",
    "Block",
    "Quantity",
    "Metric",
    "Indicator",
    "metrics_table",
]


def test_every_public_name_resolves() -> None:
    for name in [*API_NAMES, *govreport.__all__]:
        assert getattr(govreport, name) is not None, name
    assert set(API_NAMES) <= set(govreport.__all__)


def test_import_loads_no_parser_and_no_cn2an() -> None:
    code = (
        "import sys, govreport; "
        "print(sorted(m for m in sys.modules if m.startswith(('govreport.', 'cn2an'))))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_submodules_are_reachable_as_attributes() -> None:
    assert govreport._detectors.DEFAULT_DETECTORS is govreport.DEFAULT_DETECTORS
