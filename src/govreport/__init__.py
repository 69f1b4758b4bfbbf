"""govreport: Chinese government work reports as data.

The public API (see ``docs/model.md``)::

    report = govreport.parse_report(text)            # one report -> Report
    reports = govreport.parse_reports(text)          # several reports in one text
    govreport.extract_quantities(text)               # -> list[Quantity]
    govreport.extract_metrics(text)                  # -> list[Metric]
    govreport.canonical_indicator("规上工业产值")      # -> Indicator | None
    govreport.parse_quantity("约145.4万元")           # -> Quantity | None
    govreport.parse_number("八千一百九十九萬")         # -> Decimal | None

None of these functions reads or writes files; the ``govreport`` command and
:mod:`govreport.batch` (its reading and batch steps, for worker processes and Dask) do.
``govreport.decode(data)`` turns a file's bytes into text.

The names below are imported from their modules on first use, so that ``import govreport``
stays cheap; the table is the map of where each one lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_HOMES = {
    "parse_report": "govreport.parser",
    "parse_reports": "govreport.parser",
    "extract_quantities": "govreport.quantities",
    "parse_quantity": "govreport.quantities",
    "QuantityExtractor": "govreport.quantities",
    "parse_number": "govreport.numerals",
    "extract_metrics": "govreport.metrics",
    "metrics_table": "govreport.metrics",
    "canonical_indicator": "govreport.indicators",
    "decode": "govreport.decoding",
    "DecodeError": "govreport.decoding",
    "metrics_frame": "govreport.frame",
    "SectionDetector": "govreport.detectors",
    "DEFAULT_DETECTORS": "govreport.detectors",
    "HeadingMatch": "govreport.detectors",
    "LineContext": "govreport.detectors",
    "Block": "govreport.model",
    "Division": "govreport.model",
    "Indicator": "govreport.model",
    "Item": "govreport.model",
    "Metadata": "govreport.model",
    "Metric": "govreport.model",
    "Quantity": "govreport.model",
    "Report": "govreport.model",
    "Section": "govreport.model",
    "Span": "govreport.model",
}

__all__ = [
    "DEFAULT_DETECTORS",
    "Block",
    "DecodeError",
    "Division",
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
    "decode",
    "extract_metrics",
    "extract_quantities",
    "metrics_frame",
    "metrics_table",
    "parse_number",
    "parse_quantity",
    "parse_report",
    "parse_reports",
]

if TYPE_CHECKING:
    from govreport.decoding import DecodeError, decode
    from govreport.detectors import (
        DEFAULT_DETECTORS,
        HeadingMatch,
        LineContext,
        SectionDetector,
    )
    from govreport.frame import metrics_frame
    from govreport.indicators import canonical_indicator
    from govreport.metrics import extract_metrics, metrics_table
    from govreport.model import (
        Block,
        Division,
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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        try:  # a submodule: govreport.detectors, govreport.quantities …
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
