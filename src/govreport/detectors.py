"""Section heading detectors (placeholder)."""

from __future__ import annotations

import attrs


@attrs.frozen
class HeadingMatch:
    """A heading candidate found by a detector."""


@attrs.frozen
class LineContext:
    """What a detector may know about the line it looks at."""


class SectionDetector:
    """Base class of heading detectors."""


DEFAULT_DETECTORS: list[SectionDetector] = []
