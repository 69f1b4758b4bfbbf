"""Characters that text extraction leaves in reports and that matching ignores."""

from __future__ import annotations

ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff\u00ad"
"""Zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen, as a regex
character-class body: deleted for matching, kept as chrome."""
