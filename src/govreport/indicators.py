"""Canonical indicators and their aliases."""

from __future__ import annotations

from govreport._args import ensure_text
from govreport.model import Indicator


def canonical_indicator(name: str) -> Indicator | None:
    """The canonical indicator an indicator name stands for, or ``None``."""
    ensure_text(name, "canonical_indicator", "name")
    return None
