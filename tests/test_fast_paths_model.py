"""Fast paths of the model and its assembly give what the plain way gives: items that slice
their text on demand, the character prefilters of chrome, items and kinds, the engine each
pattern runs on."""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport import _assemble, _items, _kinds
from govreport._chrome import _INVISIBLE, _INVISIBLE_CHARACTERS, DEFAULT_CHROME, ChromeRules
from govreport._model import Item, Report, SharedText, new_item
from govreport._numerals import small_number
from govreport._pattern_shape import longest_match, required_characters
from govreport._salutation import SALUTATION
from govreport._segment import ParagraphUnit

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "一、工作回顾\n项目攻坚扎实推进。完成投资16亿元。"


def test_an_item_sharing_the_text_is_the_item_holding_it() -> None:
    shared = new_item(SharedText(TEXT), (7, 16), "项目攻坚扎实推进", None, [], [], ())
    held = Item("项目攻坚扎实推进。", (7, 16), "项目攻坚扎实推进")
    assert shared.text == held.text
    assert shared == held
    assert hash(shared) == hash(held)
    assert repr(shared) == repr(held)
    assert attrs.asdict(shared) == attrs.asdict(held)
    assert pickle.loads(pickle.dumps(shared)) == held
    assert copy.deepcopy(shared) == held
    assert attrs.evolve(shared, kind="targets").text == held.text
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        shared.text = "改"  # type: ignore[misc]
    assert attrs.fields(Item).text.type == "str"  # the field as users see it


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_items_sharing_the_text_read_their_span(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared: list[Item] = []

    def recording(text: str | SharedText, *rest: Any) -> Item:
        item = new_item(text, *rest)
        if isinstance(text, SharedText):
            shared.append(item)
        return item

    monkeypatch.setattr(_assemble, "new_item", recording)
    report = govreport.parse_report(path.read_text(encoding="utf-8"))
    for item in shared:
        assert item.text == report.text[item.span[0] : item.span[1]]
        assert not item.segments
    assert Report.from_dict(report.to_dict()) == report


def test_the_invisible_characters_are_those_of_the_pattern() -> None:
    assert _INVISIBLE_CHARACTERS is not None
    matched = {chr(code) for code in range(0x10000) if _INVISIBLE.fullmatch(chr(code))}
    assert set(_INVISIBLE_CHARACTERS) == matched


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        ("(?:微信)?公众?号|本文来源于公众号", "公号"),
        ("ab|ac", "a"),
        ("a{0,2}b+", "b"),
        ("(?>ab)++c", "abc"),
        ("(?i:ab)c", "c"),
        ("(?i)abc", ""),
        (r"\p{Han}x", ""),  # the regex engine's own syntax
        ("(?:公众号){e<=1}", ""),  # a fuzzy count
        ("[[:alpha:]]x", ""),  # a POSIX class
        ("x(?=y)", "x"),
    ],
)
def test_required_characters(pattern: str, required: str) -> None:
    assert required_characters(pattern) == required


def test_longest_match() -> None:
    assert longest_match("ab[^c]{0,3}d?") == 6
    assert longest_match("ab+") is None
    assert longest_match(r"\p{Han}") is None
    assert longest_match(SALUTATION.pattern) is not None


ADVERTS = "公众号微信老秘带你写材料“”整理编辑原创本文来源于,。 工作报告"


@given(st.text(alphabet=st.sampled_from(ADVERTS), max_size=60))
def test_the_inline_prefilter_finds_what_the_rules_find(text: str) -> None:
    found = list(DEFAULT_CHROME.inline(text))
    plain = DEFAULT_CHROME._inline
    assert plain is not None
    expected = [match.span() for match in plain.finditer(text) if match.lastgroup]
    assert [(start, end) for start, end, _ in found] == expected


def test_rules_of_their_own_syntax_are_searched_everywhere() -> None:
    rules = ChromeRules([("advert", "inline", r"\p{Han}{2}广告")])
    assert rules._inline_needs == ""
    assert list(rules.inline("看看这个广告吧")) == [(2, 6, "advert")]


POINTS = "一二三四五六七八九十是。;!?:,工作—— "


def _numbered_point_starts(text: str, paragraph: ParagraphUnit) -> list[int]:
    # as written before the 一是 prefilter
    starts: list[int] = []
    expected = 1
    for match in _items._POINT.finditer(text, paragraph.start, paragraph.end):
        at = match.start()
        opens = at == paragraph.start or text[at - 1] in _items._POINT_AFTER
        if opens and small_number(match.group("numeral")) == expected:
            starts.append(at)
            expected += 1
    if len(starts) == 1 and starts[0] != paragraph.start:
        return []
    return [start for start in starts if start != paragraph.start]


@given(st.text(alphabet=st.sampled_from(POINTS), min_size=1, max_size=40))
def test_the_point_prefilters_change_nothing(text: str) -> None:
    paragraph = ParagraphUnit([(0, len(text))], whole_line=True)
    assert _items._numbered_point_starts(text, paragraph) == _numbered_point_starts(text, paragraph)
    if _items._POINT_LEAD.match(text) is not None:
        assert text[0] in _items._POINT_LEAD_OPENING


@given(st.text(alphabet=st.sampled_from("各位代表同志们:!,。工作报告尊敬的"), max_size=50))
def test_no_salutation_is_longer_than_its_limit(text: str) -> None:
    if SALUTATION.fullmatch(text):
        assert len(text) <= _items._SALUTATION_LIMIT


LEADS = "项目攻坚扎实推进。!?;:,、1一是——工作 "


@given(st.text(alphabet=st.sampled_from(LEADS), max_size=40))
def test_the_plain_lead_reads_the_same_on_either_engine(text: str) -> None:
    theirs = regex.compile(_items._PLAIN_LEAD.pattern).match(text)
    ours = _items._PLAIN_LEAD.match(text)
    assert (ours and ours.span("lead")) == (theirs and theirs.span("lead"))


KINDS = (
    "主要目标是预期力争实现清醒地看到仍然存在不足问题困难与挑战"
    "表示衷心的感谢让我们而奋斗我们要针对一是,。"
)
CUES = [
    "_TARGETS_OPENING",
    "_PROBLEMS_OPENING",
    "_PROBLEM_WORDS",
    "_THANKS",
    "_POINT",
    "_RESOLVE",
    "_CLOSING",
]


@given(
    st.text(alphabet=st.sampled_from(KINDS), max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_the_kind_cues_read_in_place_as_on_a_slice(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    for name in CUES:
        pattern = getattr(_kinds, name)
        plain = regex.compile(pattern.pattern)
        assert bool(pattern.search(text, start, end)) == bool(plain.search(text[start:end]))
        assert bool(pattern.match(text, start, end)) == bool(plain.match(text[start:end]))


def test_the_standard_engine_patterns_compile_there() -> None:
    for pattern in (_kinds._TARGETS_OPENING, _kinds._THANKS, _items._PLAIN_LEAD):
        assert isinstance(pattern, re.Pattern)


@given(
    st.lists(
        st.sampled_from(["一、工作回顾", "抓项目促发展", "全年完成投资16亿元,增长8%。", "甲" * 90]),
        max_size=30,
    ),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(1, 3)), max_size=8),
    st.sets(st.integers(0, 29), max_size=6),
)
def test_the_lone_lines_index_answers_as_the_walk_does(
    lines: list[str], questions: list[tuple[int, int, int]], headings: set[int]
) -> None:
    from govreport._segment import HeadingUnit, ParagraphUnit
    from govreport._tree import _lone_lines, _LoneLines, looks_like_heading

    text = "\n".join(lines)
    units: list[Any] = []
    start = 0
    for index, line in enumerate(lines):
        end = start + len(line)
        if index in headings:  # a heading that may be turned back into a paragraph
            units.append(
                HeadingUnit(start, end, None, (start, end), "一、", 1, 1, "test", whole_line=True)
            )
        else:
            units.append(ParagraphUnit([(start, end)], whole_line=True))
        start = end + 1
    lone = _LoneLines(units, text, looks_like_heading)
    # the questions move forward with the pass, as the rules ask them
    asked = sorted(
        ((min(first, len(units)), min(last, len(units)), most) for first, last, most in questions),
        key=lambda question: question[1],
    )
    demotions = [*sorted(headings), *[None] * len(asked)]
    for (first, last, most), demoted in zip(asked, demotions[: len(asked)], strict=True):
        heading = units[demoted] if demoted is not None and demoted < len(units) else None
        if demoted is not None and isinstance(heading, HeadingUnit):
            lone.demote(demoted)
        walked = _lone_lines(units, text, first, last, looks_like_heading)[:most]
        assert lone.between(first, last, most) == walked
