"""Expected structure and metadata of real report pages and provincial reports.

Read by hand from the text of ``../shared/corpus/pages`` and ``../shared/corpus/provincial``:
``pages.PAGES`` and ``provincial.PROVINCIAL`` map a file stem to its :class:`Expected`
record.  Every third file (in sorted order) is kept for validation; the rest is for
development (:func:`split`).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

FIELDS = ("title", "region", "admin_level", "year", "doc_type", "published", "delivered", "speaker")
"""The metadata fields every record states (``None`` where the text does not)."""

ADMIN_LEVELS = frozenset({"乡", "镇", "街道", "县", "区", "市", "省", "国家"})
"""The values an expected ``admin_level`` may take."""

DOC_TYPES = frozenset(
    {
        "政府工作报告",
        "工作总结",
        "工作计划",
        "总结和计划",
        "工作汇报",
        "计划执行情况报告",
        "工作报告",
        "not_report",
    }
)
"""The values an expected ``doc_type`` may take."""


class Expected(NamedTuple):
    """What a careful reader finds in one document."""

    headings: tuple[tuple[int, str], ...]
    """``(level, title)`` of every level-1 and level-2 heading, in document order."""
    metadata: dict[str, object]
    """Exactly the :data:`FIELDS`, ``None`` where the text does not state one."""
    parents: tuple[str, ...] = ()
    """Names of the government's parent units that the text states."""
    note: str = ""
    """The evidence, and anything unusual."""


def split(key: str, keys: list[str]) -> str:
    """``"validation"`` for every third key of the sorted ``keys``, else ``"dev"``."""
    return "validation" if sorted(keys).index(key) % 3 == 2 else "dev"


def read_document(path: Path) -> str:
    """A corpus file's text as the parser is given it: a page without its ``# url:`` line."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("# url:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text
