"""govreport: Chinese government work reports as data.

The public API (see ``docs/model.md``)::

    report = govreport.parse_report(text)            # one report -> Report
    reports = govreport.parse_reports(text)          # several reports in one text
    parser = govreport.ReportParser(detectors=…, quantities=…, indicators=…)
    parser.parse(text); parser.parse_all(text); parser.metrics(text)
    govreport.extract_quantities(text)               # -> list[Quantity]
    govreport.extract_metrics(text)                  # -> list[Metric]
    govreport.canonical_indicator("规上工业产值")      # -> Indicator | None
    govreport.parse_quantity("约145.4万元")           # -> Quantity | None
    govreport.parse_number("八千一百九十九萬")         # -> Decimal | None

None of these functions reads or writes files; the ``govreport`` command does.

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
    "ReportParser": "govreport.parser",
    "extract_quantities": "govreport.quantities",
    "parse_quantity": "govreport.quantities",
    "QuantityExtractor": "govreport.quantities",
    "parse_number": "govreport.numerals",
    "extract_metrics": "govreport.metrics",
    "metrics_table": "govreport.table",
    "canonical_indicator": "govreport.indicators",
    "IndicatorTable": "govreport.indicators",
    "decode": "govreport.decoding",
    "DecodeError": "govreport.decoding",
    "metrics_frame": "govreport.frame",
    "resolve_division": "govreport.divisions",
    "DivisionTable": "govreport.divisions",
    "panel": "govreport.panels",
    "PANEL_COLUMNS": "govreport.panels",
    "panel_frame": "govreport.panels",
    "attention": "govreport.measures",
    "ATTENTION_COLUMNS": "govreport.measures",
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
    "render_html": "govreport.html",
    "render_index": "govreport.html",
    "page_name": "govreport.html",
}

__all__ = [*_HOMES, "__version__"]  # noqa: PLE0604 (the map is the list)

if TYPE_CHECKING:  # the same map, for type checkers
    from govreport.decoding import DecodeError, decode  # noqa: F401
    from govreport.detectors import (  # noqa: F401
        DEFAULT_DETECTORS,
        HeadingMatch,
        LineContext,
        SectionDetector,
    )
    from govreport.divisions import DivisionTable, resolve_division  # noqa: F401
    from govreport.frame import metrics_frame  # noqa: F401
    from govreport.html import page_name, render_html, render_index  # noqa: F401
    from govreport.indicators import (  # noqa: F401
        IndicatorTable,
        canonical_indicator,
    )
    from govreport.measures import ATTENTION_COLUMNS, attention  # noqa: F401
    from govreport.metrics import extract_metrics  # noqa: F401
    from govreport.model import (  # noqa: F401
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
    from govreport.numerals import parse_number  # noqa: F401
    from govreport.panels import PANEL_COLUMNS, panel, panel_frame  # noqa: F401
    from govreport.parser import (  # noqa: F401
        ReportParser,
        parse_report,
        parse_reports,
    )
    from govreport.quantities import (  # noqa: F401
        QuantityExtractor,
        extract_quantities,
        parse_quantity,
    )
    from govreport.table import metrics_table  # noqa: F401


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
