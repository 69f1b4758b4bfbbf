"""Tables of real sentences and the quantities they hold.

Every row is a sentence copied from the corpus (``tests/fixtures`` or ``../shared/corpus``),
with every quantity expected in it as ``(text, value, unit[, approx[, high]])``.  Tables are
named after the document they come from.  Known failures stay in the tables with an
``xfail`` reason.
"""

from __future__ import annotations

from typing import NamedTuple

Expected = tuple[str | None, ...]
"""``(text, value, unit)``, optionally followed by ``approx`` and ``high``."""


class Case(NamedTuple):
    sentence: str
    expected: tuple[Expected, ...]
    why: str | None = None
    xfail: str | None = None


def case(sentence: str, *expected: Expected, xfail: str | None = None) -> Case:
    """A sentence and every quantity in it, in order."""
    return Case(sentence, expected, xfail=xfail)


def nothing(sentence: str, why: str, xfail: str | None = None) -> Case:
    """A sentence whose numerals are not quantities; ``why`` says what they are."""
    return Case(sentence, (), why=why, xfail=xfail)
