"""Metrics as a pandas DataFrame with proper column types (``pip install "govreport[pandas]"``).

:func:`metrics_frame` is :func:`govreport.metrics_table` with types: whole numbers (``report``,
``year``, ``start``, ``end``) as nullable ``Int64``, figures (``value``, ``high``, ``growth``,
``points``, ``progress``) as nullable ``Float64``, closed vocabularies (``status``, ``bound``,
``admin_level``, ``doc_type``, ``unit``, ``period``) as categoricals, text as ``string``.  The
frame writes as it is with ``to_parquet`` and, the names being ASCII, with
``to_stata(path, version=118)`` (118 keeps Chinese text).  pandas is imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from govreport._metrics import metrics_table
from govreport._model import Report

if TYPE_CHECKING:
    import pandas

__all__ = ["metrics_frame"]

WHOLE = ("report", "year", "start", "end")
FIGURES = ("value", "high", "growth", "growth_high", "points", "progress")
# Known values first, in their natural order; values met beyond them are added after.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "status": ("actual", "estimated", "target"),
    "bound": ("about", "at_least", "at_most", "range"),
    "admin_level": ("国家", "省", "市", "县", "区", "乡", "镇", "街道"),
    "doc_type": (),
    "unit": (),
    "period": (),
}


def metrics_frame(reports: Iterable[Report]) -> pandas.DataFrame:
    """One row per metric of ``reports`` (the columns of :func:`govreport.metrics_table`),
    typed for analysis.  Raises ``ModuleNotFoundError`` naming the extra when pandas is
    missing."""
    try:
        import pandas as pd  # noqa: PLC0415 (an optional dependency, imported on use)
    except ModuleNotFoundError as missing:
        raise ModuleNotFoundError(
            f"metrics_frame() needs pandas: pip install 'govreport[pandas]' ({missing})"
        ) from missing
    from govreport._metrics import METRIC_COLUMNS  # noqa: PLC0415

    rows = metrics_table(reports)
    columns = list(METRIC_COLUMNS)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    types: dict[str, Any] = {}
    for column in columns:
        if column in WHOLE:
            types[column] = "Int64"
        elif column in FIGURES:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
            types[column] = "Float64"
        elif column in CATEGORIES:
            known = CATEGORIES[column]
            seen = sorted(set(frame[column].dropna().astype(str)) - set(known))
            types[column] = pd.CategoricalDtype([*known, *seen])
        elif frame[column].dropna().map(type).eq(str).all():
            types[column] = "string"
    return frame.astype(types)
