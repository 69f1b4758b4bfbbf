"""govreport: Chinese government work reports as data.

The public API (see ``docs/api.md``)::

    report = govreport.parse_report(text)            # one report -> Report
    reports = govreport.parse_reports(text)          # several reports in one text
    govreport.extract_quantities(text)               # -> list[Quantity]
    govreport.extract_metrics(text)                  # -> list[Metric]
    govreport.canonical_indicator("规上工业产值")      # -> Indicator | None
    govreport.parse_quantity("约145.4万元")           # -> Quantity | None
    govreport.parse_number("八千一百九十九萬")         # -> Decimal | None

None of these functions reads or writes files; the ``govreport`` command does.
"""

from govreport.detectors import DEFAULT_DETECTORS, HeadingMatch, LineContext, SectionDetector
from govreport.indicators import canonical_indicator
from govreport.metrics import extract_metrics, metrics_table
from govreport.model import (
    Block,
    Indicator,
    Item,
    Metadata,
    Metric,
    Quantity,
    Report,
    Section,
    Span,
)
from govreport.numerals import parse_number
from govreport.parser import parse_report, parse_reports
from govreport.quantities import QuantityExtractor, extract_quantities, parse_quantity

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_DETECTORS",
    "Block",
    "HeadingMatch",
    "Indicator",
    "Item",
    "LineContext",
    "Metadata",
    "Metric",
    "Quantity",
    "QuantityExtractor",
    "Report",
    "Section",
    "SectionDetector",
    "Span",
    "__version__",
    "canonical_indicator",
    "extract_metrics",
    "extract_quantities",
    "metrics_table",
    "parse_number",
    "parse_quantity",
    "parse_report",
    "parse_reports",
]
