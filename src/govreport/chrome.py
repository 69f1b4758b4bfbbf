"""Finding page chrome: whole lines, footers, and adverts inside paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from govreport.data.chrome import CHROME_RULES


class ChromeRules:
    """A compiled set of chrome rules (see :mod:`govreport.data.chrome` for the format)."""

    def __init__(self, rules: Iterable[tuple[str, str, str]] = CHROME_RULES) -> None:
        self.rules = list(rules)
        by_scope: dict[str, list[tuple[str, str]]] = {"line": [], "tail": [], "inline": []}
        for name, scope, pattern in self.rules:
            by_scope[scope].append((name, pattern))
        self._line_names, self._line = _alternation(by_scope["line"])
        self._tail_names, self._tail = _alternation(by_scope["tail"])
        self._inline_names, self._inline = _alternation(by_scope["inline"])

    def line_role(self, line: str) -> str | None:
        """The rule name if the whole (stripped, normalised) line is chrome, else ``None``."""
        match = self._line.fullmatch(line) if self._line else None
        return self._line_names[match.lastgroup] if match and match.lastgroup else None

    def tail_role(self, line: str) -> str | None:
        """The rule name if the line starts a footer that runs to the end, else ``None``."""
        match = self._tail.match(line) if self._tail else None
        return self._tail_names[match.lastgroup] if match and match.lastgroup else None

    def inline(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """``(start, end, rule)`` of every chrome fragment inside ``text[start:end]``."""
        if not self._inline:
            return
        stop = len(text) if end is None else end
        for match in self._inline.finditer(text, start, stop):
            if match.lastgroup:
                yield match.start(), match.end(), self._inline_names[match.lastgroup]


def _alternation(rules: list[tuple[str, str]]) -> tuple[dict[str, str], regex.Pattern[str] | None]:
    if not rules:
        return {}, None
    names = {f"r{index}": name for index, (name, _) in enumerate(rules)}
    pattern = "|".join(f"(?P<r{index}>{body})" for index, (_, body) in enumerate(rules))
    return names, regex.compile(pattern)


DEFAULT_CHROME = ChromeRules()
"""The built-in rules, compiled once."""
