"""Chinese and Arabic numerals → exact :class:`~decimal.Decimal` values."""

from __future__ import annotations

from decimal import Decimal

from govreport._args import ensure_text


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral string (no unit) into an exact Decimal, or ``None``."""
    ensure_text(text, "parse_number")
    return None
