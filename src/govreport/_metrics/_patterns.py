"""The patterns the metric reader matches, built from the words of
:mod:`govreport.data.metric_words` (the data holds words; the groups the code reads are
named here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

import regex

from govreport.data import metric_words as words
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED


def longest_first(items: Iterable[str]) -> str:
    return "|".join(regex.escape(item) for item in sorted(set(items), key=len, reverse=True))


LIST_LIMIT = 32  # longest list of changes dealt out
SENTENCE = regex.compile(r"[^。!?]+[。!?]?")
# Words that end a gap are matched backwards ((?r)), from the end of the gap: one attempt.
UP = regex.compile(rf"(?r)(?:{longest_first(words.CHANGE_UP)})(?:了|为|达|约)?\s*$")
DOWN = regex.compile(rf"(?r)(?:{longest_first(words.CHANGE_DOWN)})(?:了|为|达|约)?\s*$")
PROGRESS = regex.compile(rf"(?r)(?:{words.PROGRESS})\s*$")
EXCESS = regex.compile(rf"(?r)(?:{words.EXCESS})(?:了)?\s*$")
LEVEL_VERB = regex.compile(rf"(?r)(?:{longest_first(words.LEVEL_VERBS)})\s*$")
MILESTONE = regex.compile(rf"\s*(?:{longest_first(words.MILESTONES)})")
_RELATIVE_YEAR = longest_first(year for year, _ in words.RELATIVE_YEARS)
LEVEL_ONLY = regex.compile(
    rf"\s*(?:{longest_first(words.MILESTONES)})?\s*[,;、]?\s*(?:到?(?P<year>{words.YEAR}|{_RELATIVE_YEAR})就?)?"
    rf"(?:即|{longest_first(words.ANAPHORS)})?"
    rf"(?P<verb>{longest_first(words.LEVEL_VERBS)})\s*(?:(?P<later>{words.YEAR})的?)?\s*"
)
LEAD_IN = regex.compile(words.LEAD_INS)
LIST_SEPARATOR = regex.compile(words.LIST_SEPARATORS)
# The rest of a list of changes: (9.8%)和8.5%; (百分之九)、百分之十二
LISTED = regex.compile(
    r"(?:\s*(?:[、和及与]|以及)\s*(?:-?[\d.]+\s*%|百分之[一二三四五六七八九十百点]+))"
    rf"{{1,{LIST_LIMIT}}}"
)
PERCENT_SIGN = regex.compile(r"%|百分之")
RATES = regex.compile(r"(?:[^、,;]{1,10}率、)+[^、,;]{1,10}率")
RATES_MARK = "率、"  # in every list of rates
AVERAGE = regex.compile(rf"(?:{words.AVERAGE})(?=分别|\s*$)")
AVERAGE_MARK = "年"  # in every word of a yearly average: a stretch without it is not searched
ONLY_SEPARATOR = regex.compile(rf"\s*(?:{words.LIST_SEPARATORS}|,)\s*")
# Only whether a name ends in a head noun is asked: searched backwards, from the end.
HEAD = regex.compile(rf"(?r)(?:{longest_first(words.HEAD_NOUNS)})$")
SHARED_HEAD = regex.compile(
    r"(?:人均可支配收入|可支配收入|增加值|总产值|产值|销售额|营业额|零售额|零售总额|投资|收入"
    r"|产量|总额|利润|支出|消费|排放量|用电量|吞吐量|人数|面积|价格)$"
)
TRAILING_BRACKETS = regex.compile(r"(?r)\([^()]{1,16}\)\s*$")  # backwards: a run costs its length
DIGIT = regex.compile(r"\d")
LATIN_DIGITS = regex.compile(r"[A-Za-z]+[\d.]+|[\d.]+[A-Za-z]+")  # 5G, PM2.5, M2: names
# One trailing word at a time, backwards: the engine takes a run of them in quadratic time.
TRAILING = regex.compile(rf"(?r)(?:{words.TRAILING})$")
ACTION = regex.compile(words.ACTION)
CLAUSE_WORDS = regex.compile(words.CLAUSE_WORDS)
COMPARISON = regex.compile(words.COMPARISON)
FROM = regex.compile(words.FROM)
NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9“”\"()《》·.\-]+")
ESTIMATED = regex.compile(words.ESTIMATED)
TARGET = regex.compile(words.TARGET)
TARGET_STATEMENT = regex.compile(words.TARGET_STATEMENT)
OWN_YEAR = regex.compile(words.OWN_YEAR)
# ``re``: a large character class costs it nothing per character, unlike ``regex``.
TRADITIONAL = re.compile("[" + "".join(map(chr, TRADITIONAL_TO_SIMPLIFIED)) + "]")
HUNDRED = Decimal(100)
CHANGES = frozenset({"percent", "change", "ratio"})  # kinds of figure a verb of change takes
BOUNDS = frozenset({"以上", "以下", "以内"})
ATTRIBUTE = regex.compile(r"的|(?![增比同较下降减提上涨左右])\p{Han}")
BOUND_LEADS = words.BOUND_LEADS
BOUND_APPROX = words.BOUND_APPROX
BOUND_WORD = regex.compile(rf"(?r)(?:{longest_first(words.BOUND_LEADS)})\s*$")
# Any of the words above that end a gap: most gaps end in none, and are passed over at once.
GAP_END = regex.compile(
    "(?r)"
    + "|".join(
        f"(?:{pattern.pattern.removeprefix('(?r)')})"
        for pattern in (BOUND_WORD, PROGRESS, EXCESS, UP, DOWN)
    )
)
SCOPES = tuple((scope, regex.compile(longest_first(cues))) for scope, cues in words.SCOPE_WORDS)
PUBLIC_FINANCE = regex.compile(longest_first(words.PUBLIC_FINANCE))
COMPOUNDS = words.COMPOUND_NAMES
RATE_OF_CHANGE = regex.compile(rf"(?:{longest_first(words.RATE_OF_CHANGE)})$")
# Before the verb of an absolute change of the metric before (,比上年增加1501亿元; ,平均每年
# 增加2053亿元): no other words, which would name what changed (整改…,提升81家).
INCREASE_LEAD = regex.compile(
    rf"[\s,;]*(?:(?:比|较|同比|与)[^,;]{{0,12}}|{words.AVERAGE}|全年|同比|共|累计)?\s*"
)
