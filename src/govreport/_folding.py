"""Character folding: one character for another, as ``str.translate`` does, but faster."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from govreport._compiled import compile_re


def folder(table: Mapping[int, int | str]) -> Callable[[str], str]:
    """A function giving ``text.translate(table)``, several times faster, for a table of
    characters to characters that maps none of its results again.

    ``str.translate`` with a dict looks up every character and copies the text; replacing
    only the characters present gives the same string, and a text with none of them is
    returned as it is.
    """
    pairs = {
        chr(code): folded if isinstance(folded, str) else chr(folded)
        for code, folded in table.items()
    }
    if any(len(folded) != 1 or folded in pairs for folded in pairs.values()):
        raise ValueError(
            "folder() expects a table of characters to characters that maps none of its "
            "results again"
        )
    foldable = compile_re("[" + re.escape("".join(sorted(pairs))) + "]")  # escaped one by one
    codes = {ord(char): folded for char, folded in pairs.items()}

    def fold(text: str) -> str:
        position = 0
        for _ in range(_REPLACED):
            match = foldable.search(text, position)
            if match is None:
                return text
            # Nothing foldable lies before the match, and nothing folds to a foldable one.
            position = match.start()
            text = text.replace(match.group(), pairs[match.group()])
        return text.translate(codes)  # many different characters: one pass over them all

    return fold


_REPLACED = 16
"""Different characters replaced one by one, each in one pass over the text; a text holding
more of them (traditional script) is translated."""
