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
    "parse_report": "govreport._parser",
    "parse_reports": "govreport._parser",
    "ReportParser": "govreport._parser",
    "extract_quantities": "govreport._quantities",
    "parse_quantity": "govreport._quantities",
    "QuantityExtractor": "govreport._quantities",
    "parse_number": "govreport._numerals",
    "extract_metrics": "govreport._metrics",
    "METRIC_COLUMNS": "govreport._metrics",
    "metrics_table": "govreport._table",
    "canonical_indicator": "govreport._indicators",
    "IndicatorTable": "govreport._indicators",
    "decode": "govreport._decoding",
    "DecodeError": "govreport._decoding",
    "metrics_frame": "govreport._frame",
    "resolve_division": "govreport._divisions",
    "DivisionTable": "govreport._divisions",
    "settle_division": "govreport._divisions",
    "panel": "govreport._panels",
    "PANEL_COLUMNS": "govreport._panels",
    "panel_frame": "govreport._panels",
    "attention": "govreport._measures",
    "ATTENTION_COLUMNS": "govreport._measures",
    "SectionDetector": "govreport._detectors",
    "DEFAULT_DETECTORS": "govreport._detectors",
    "HeadingMatch": "govreport._detectors",
    "LineContext": "govreport._detectors",
    "ChromeRules": "govreport._chrome",
    "Block": "govreport._model",
    "Division": "govreport._model",
    "Indicator": "govreport._model",
    "Item": "govreport._model",
    "Metadata": "govreport._model",
    "Metric": "govreport._model",
    "Quantity": "govreport._model",
    "Report": "govreport._model",
    "Section": "govreport._model",
    "Span": "govreport._model",
    "render_html": "govreport._html",
    "render_index": "govreport._html",
    "page_name": "govreport._html",
}

__all__ = [*_HOMES, "__version__"]  # noqa: PLE0604 (the map is the list)

if TYPE_CHECKING:  # the same map, for type checkers
    from govreport._chrome import ChromeRules  # noqa: F401
    from govreport._decoding import DecodeError, decode  # noqa: F401
    from govreport._detectors import (  # noqa: F401
        DEFAULT_DETECTORS,
        HeadingMatch,
        LineContext,
        SectionDetector,
    )
    from govreport._divisions import (  # noqa: F401
        DivisionTable,
        resolve_division,
        settle_division,
    )
    from govreport._frame import metrics_frame  # noqa: F401
    from govreport._html import page_name, render_html, render_index  # noqa: F401
    from govreport._indicators import (  # noqa: F401
        IndicatorTable,
        canonical_indicator,
    )
    from govreport._measures import ATTENTION_COLUMNS, attention  # noqa: F401
    from govreport._metrics import METRIC_COLUMNS, extract_metrics  # noqa: F401
    from govreport._model import (  # noqa: F401
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
    from govreport._numerals import parse_number  # noqa: F401
    from govreport._panels import PANEL_COLUMNS, panel, panel_frame  # noqa: F401
    from govreport._parser import (  # noqa: F401
        ReportParser,
        parse_report,
        parse_reports,
    )
    from govreport._quantities import (  # noqa: F401
        QuantityExtractor,
        extract_quantities,
        parse_quantity,
    )
    from govreport._table import metrics_table  # noqa: F401


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        try:  # a public submodule: govreport.batch, govreport.data
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
