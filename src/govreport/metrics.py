"""Indicators tied to their figures."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govreport._args import ensure_text
from govreport.model import Metric, Report


def extract_metrics(text: str) -> list[Metric]:
    """Every metric in ``text``, in document order."""
    ensure_text(text, "extract_metrics")
    return []


def metrics_table(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Flat rows, one per metric, for the given reports."""
    return []
