"""parse_report and parse_reports (placeholder)."""

from __future__ import annotations

from govreport._args import ensure_text
from govreport.model import Report


def parse_report(text: str) -> Report:
    """Parse one report."""
    ensure_text(text, "parse_report")
    return Report(text=text, span=(0, len(text)))


def parse_reports(text: str) -> list[Report]:
    """Parse a text holding several reports."""
    ensure_text(text, "parse_reports")
    return [parse_report(text)]
