"""The salutation of a speech (``各位代表:``, ``尊敬的各位领导``, ``同志们!``): one owner for
the patterns every stage reads it with, built from the words of :mod:`govreport.data.kinds`."""

from __future__ import annotations

from govreport._compiled import compile_regex
from govreport._words import either
from govreport.data.kinds import ADDRESS_OPENERS, ADDRESSEES, COMRADES

_OPENERS = either(ADDRESS_OPENERS)
_COMRADES = either(COMRADES)

SALUTATION = compile_regex(rf"{_OPENERS}[^。,]{{0,30}}[:!]?|{_COMRADES}[:!]?")
"""A salutation standing as a line (``各位代表:``, ``同志们!``); a whole line of it ends the
front matter."""

SALUTATION_IN_TEXT = compile_regex(
    rf"(?:尊敬的)?各位{either(ADDRESSEES)}|尊敬的\S{{0,12}}(?:们|代表)|{_COMRADES}\s*[:,!]"
)
"""A salutation inside running text (a report on one line: title, salutation, first heading)."""

SALUTATION_ENDING = compile_regex(rf"{_OPENERS}{either(ADDRESSEES)}们?$|{_COMRADES}$")
"""Text ending with the people addressed (…各位代表 before a glued heading)."""

SALUTATION_ADDRESS = compile_regex(
    rf"(?:尊敬的)?各位{either(ADDRESSEES)}[^。,;!?:\n]{{0,20}}?[:!]|{_COMRADES}[:!]"
)
"""A salutation up to its colon (``各位代表:``, ``尊敬的各位领导、同志们:``): a speech's
address, which opens its own line."""
SALUTATION_STARTS = frozenset(word[0] for word in (*ADDRESS_OPENERS, *COMRADES))
"""The first characters of a salutation."""
