"""A report as a readable outline: metadata header, then indented headings."""

from __future__ import annotations

from govreport._model import Report, Section

METADATA_LABELS: dict[str, str] = {
    "title": "title",
    "region": "region",
    "admin_level": "level",
    "year": "year",
    "period": "period",
    "doc_type": "type",
    "delivered": "delivered",
    "published": "published",
    "meeting": "meeting",
    "speaker": "speaker",
    "publisher": "publisher",
    "source": "source",
    "index_number": "index no.",
}
"""How the outputs for people label the metadata fields, in the order they show them."""

_HEADER_FIELDS = [
    (name, METADATA_LABELS[name])
    for name in (
        "region",
        "admin_level",
        "year",
        "period",
        "doc_type",
        "delivered",
        "published",
        "meeting",
        "speaker",
    )
]


def render_outline(report: Report) -> str:
    """The outline of ``report``: title, metadata, then one line per section.

    Each section line shows its marker (``∅`` for a heading inferred from an unmarked
    line), its title, its kind and how many items it holds.
    """
    metadata = report.metadata
    lines = [metadata.title or "(untitled)"]
    fields = [
        f"{label}: {value}"
        for name, label in _HEADER_FIELDS
        if (value := getattr(metadata, name)) is not None
    ]
    if fields:
        lines.append("  " + " · ".join(fields))
    lines.append(
        f"  preamble: {_count(len(report.preamble), 'item')}"
        f" · chrome: {_count(len(report.chrome), 'block')}"
    )
    lines.extend(_section_line(section) for section in report.walk())
    return "\n".join(lines)


def _section_line(section: Section) -> str:
    marker = section.marker if section.marker is not None else "∅ "
    details = [section.kind] if section.kind else []
    details.append(_count(len(section.items), "item"))
    return f"{'  ' * section.level}{marker}{section.title}  [{', '.join(details)}]"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
