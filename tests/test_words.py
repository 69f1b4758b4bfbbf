"""Word lists as patterns: the longest word first, each word as regex.escape writes it."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from govreport._words import _SPECIAL, alternatives, either


def test_the_special_characters_are_those_regex_escapes() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(_SPECIAL.search(char)) == (regex.escape(char) != char), hex(code)


WORDS = st.lists(
    st.text(alphabet=st.sampled_from("增长了率 .|()\\[]-#\u3000\n\t人民币"), max_size=6)
)


@given(WORDS)
def test_alternatives_are_the_longest_first_each_escaped(words: list[str]) -> None:
    expected = "|".join(
        regex.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word))
    )
    assert alternatives(words) == expected
    assert either(words) == f"(?:{expected})"
