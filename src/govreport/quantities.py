"""Quantities (number + unit) in running text."""

from __future__ import annotations

from govreport._args import ensure_text
from govreport.model import Quantity


def parse_quantity(text: str) -> Quantity | None:
    """Parse a string that is exactly one quantity, or return ``None``."""
    ensure_text(text, "parse_quantity")
    return None


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in document order."""
    ensure_text(text, "extract_quantities")
    return []
