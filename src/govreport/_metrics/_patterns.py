"""The patterns the metric reader matches, built from the words of
:mod:`govreport.data.metric_words` (the data holds words; the groups the code reads are
named here)."""

from __future__ import annotations

from decimal import Decimal

from govreport._compiled import compile_re, compile_regex
from govreport._words import alternatives as longest_first
from govreport.data import metric_words as words
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

# The grammar of the words around figures (the words themselves are data in
# govreport.data.metric_words).
_PROGRESS = (
    r"完成(?:了)?(?:年度|全年)?(?:任务量|任务|计划|目标任务|目标)的|完成率|完成年度计划"
    r"|占(?:年度)?(?:任务|计划)的|完成进度"
)
"""Before a percentage of the plan achieved: 完成任务量的77.7%."""

_EXCESS = r"超出(?:年初)?(?:预算|计划|目标)|超(?:年初)?(?:预算|计划|目标)|超额完成"
"""Before a percentage by which the plan was exceeded: 超出年初预算74.5% (progress 174.5)."""

_ESTIMATED = (
    r"(?<!比(?:\d{4}|[〇零一二三四五六七八九]{4})年)预[计料]|预估|估计|(?<!主要)预期(?!目标)"
)
"""The figure is an estimate (预料 is 预计 as content sites reword it: 040)."""

_TARGET = (
    r"计划(?!总投资|投资)|力争|确保|争取(?!上级|到|中央|省|国家)|预期目标|目标|要达到|将达到|拟"
    r"|将(?=增长|增加|提高|比|达到|降低|减少)"
)
"""The figure is a target; not 计划总投资 (the planned size of projects signed) nor 争取上级…资金
(money obtained from above)."""

_TARGET_STATEMENT = r"目标(?:是|为|\s*:)"
"""Opens a statement whose every figure is a target: 主要预期目标是:…; 目标为…."""

_LEAD_INS = (
    r"(?:(?:19|20)\d{2}\s?年(?:度|底|末)?|[〇零一二三四五六七八九]{4}年(?:度|底|末)?|今年以来|今年|全年|去年|当年|年内|其中|另外|同时|全镇|全乡|全县|全市|全区"
    r"|全省|全国|全街道|我镇|本镇|镇域|县域|实现|完成|累计|共计|初步|预计|预料|计划|力争|确保|争取|新增(?=\d)"
    r"|带动|推动|拉动|要|将|并且|明年|而|我国|年末|年底|合计|再|建设|新建|各类|例如|如(?=(?:19|20)\d{2}|[〇一二三四五六七八九]{4})|一年来|截至目前|半年来|上半年|下半年|前三季度|(?<![0-9])第?[一二三四1-4]季度"
    r"|(?:1|一)\s*[-—~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
    r"|(?:今后|未来|过去|这|近)?[两三四五六七八九十]年(?:来|间|累计|合计)?|[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间)"
    r"|\(\s*[^)]{1,12}\s*\)|的|[\s,、])+"
)
"""Words that open a clause before the indicator's name: dropped from the name."""

_TRAILING = (
    r"今年|明年|全年|再|又|还|也|仍然|仍|已经|已|实际|同比|同口径|可比口径|平均值|均值|年末|年底"
    r"|(?<![主重需])要|预期目标|目标"
)
"""Words between a name and its verb (社会消费品零售总额实际增长, 税收今年再减少): not the
name's."""

_ACTION = (
    r"申报|申请|上报|包含|引进|柔性引进|发放|获得|获|组织实施|提出|拟安排|安排|拟发行|发行"
    r"|新建改建|新建和改造|改建|改造|争取到|下达|拨付|筹集|兑现|取缔|检查|新签约|签约|测量|拟投入|投入"
)
"""Verbs of an action before a name (引进内资注册资金, 中央财政拟安排…): the name is what
follows; a count after one is of things done (检查企业480余家次), not a metric."""

_CLAUSE_WORDS = (
    r"因为|因爲|由于|由於|如果|可以|应当|應當|应该|應該|指出|这个|這個|这些|這些|我们|我們|他们|他們"
    r"|已经|已經|就是|所以|但是|虽然|雖然|只有|必须|必須|能够|能夠"
    r"|把|使(?!用)|为了|为实现|尽管|就(?!业)|了|并且|仍然|只|将|(?<![主重需])要(?!素)|同我国"
    r"|(?:高于|低于|快于|慢于|超过|超出)(?:全国|全省|全市|全区|全县)"
)
"""Words of a clause, not of a name: a phrase holding one is no indicator (扩大和改善了灌溉
面积, 为实现本世纪末把我国人口, 本年将发放农业贷款)."""

_COMPARISON = (
    r"(?<!可)比(?![重例率])|[由从](?=上年|去年|今年|\d|[〇一二三四五六七八九十百]|不到|月)"
)
"""Where a comparison base begins inside a name: 病床数比解放前的最高水平 → 病床数;
城镇登记失业率由上年的(4.3%下降到…) → 城镇登记失业率.  Not 可比价 (comparable prices)."""

_FROM = r"[由从](?:上年|去年|今年|[^,;]{0,12}?)的?\s*$"
"""Before a base level that a later level replaces (由上年的1.2%下降到1.17%; 从不到70万亿元
增加到超过100万亿元): the base is not the level."""

_YEAR = r"(?:19|20)\d{2}[^\S\n]?年|[〇零一二三四五六七八九]{4}年"
"""A year as reports write it."""

_OWN_YEAR = r"(?:19|20)\d{2}[^\S\n]?年|[〇零一二三四五六七八九]{4}年|今年|明年|本年"
"""A sentence stating its year does not take the period of its section's heading."""

LIST_LIMIT = 32  # longest list of changes dealt out
SENTENCE = compile_re(r"[^。!?]+[。!?]?")
# Words that end a gap are matched backwards ((?r)), from the end of the gap: one attempt.
_TAIL = "|".join(words.CHANGE_TAILS.strip())
UP = compile_regex(rf"(?r)(?:{longest_first(words.CHANGE_UP)})(?:{_TAIL})?\s*$")
DOWN = compile_regex(rf"(?r)(?:{longest_first(words.CHANGE_DOWN)})(?:{_TAIL})?\s*$")
PROGRESS = compile_regex(rf"(?r)(?:{_PROGRESS})\s*$")
EXCESS = compile_regex(rf"(?r)(?:{_EXCESS})(?:了)?\s*$")
# 为 after a verb of movement gives the level reached (下降为16%, 上升为87.8%, 缩减为111亿元);
# after a rate (涨幅为0.8%) or 增长 it states the change.
_LEVEL_VERBS = (
    *words.LEVEL_VERBS,
    *(
        f"{verb}为"
        for verb in (*words.CHANGE_UP, *words.CHANGE_DOWN)
        if not verb.endswith(("幅", "速", "长", "为"))
    ),
)
LEVEL_VERB = compile_regex(rf"(?r)(?:{longest_first(_LEVEL_VERBS)})\s*$")
MILESTONE = compile_regex(rf"\s*(?:{longest_first(words.MILESTONES)})")
_RELATIVE_YEAR = longest_first(year for year, _ in words.RELATIVE_YEARS)
# 突破万亿元 / 迈上千亿新台阶: a round figure crossed, with no digit (no quantity)
_ROUND_CROSSED = (
    rf"(?:{longest_first(words.CROSSING_VERBS)})(?:{longest_first(words.ROUND_FIGURES)})"
    r"(?:亿)?(?:元|美元)?(?:新?(?:" + longest_first(words.MILESTONES) + r"))?"
)
# 、增速全国第3 / ,增速居全国第二位 / ,总量位居全省前列
_RANK = (
    rf"[,;、]\s*(?:{longest_first(words.RANKED)})(?:居于|位居|位列|居)?"
    rf"(?:{longest_first(words.RANK_SCOPES)})"
    r"(?:第[\d一二三四五六七八九十]{1,3}位?|首位|前列)"
)
LEVEL_ONLY = compile_regex(
    rf"\s*(?:{longest_first(words.MILESTONES)})?(?:{_RANK})?\s*[,;、]?\s*"
    rf"(?:到?(?P<year>{_YEAR}|{_RELATIVE_YEAR})就?)?"
    rf"(?:即|{longest_first(words.ANAPHORS)})?(?:{_ROUND_CROSSED}\s*[,;、]\s*)?"
    rf"(?P<verb>(?:{longest_first(words.TOTALS)})?(?:{longest_first(_LEVEL_VERBS)}))"
    rf"\s*(?:(?P<later>{_YEAR})的?)?\s*"
)
# What every gap LEVEL_ONLY reads ends with, spaces aside: a level verb, or the later year
# (年, 年的) after it; other gaps are not matched against it.
LEVEL_ONLY_ENDS = frozenset({verb[-1] for verb in _LEVEL_VERBS} | {"年", "的"})
LEAD_IN = compile_re(_LEAD_INS)
# The last clause break of a stretch, searched with ``pos`` and ``endpos``: a break with none
# after it.  Each look ahead stops at the next break, so that a stretch is read once.
LAST_BREAK = compile_re(r"[,;:](?=[^,;:]*\Z)")
# A comma and spaces (str.isspace's: regex's \s and four separators) at the end, matched
# backwards: one attempt.
COMMA_END = compile_regex(r"(?r),[\s\x1c-\x1f]*$")
LIST_SEPARATOR = compile_regex(
    rf"(?:{longest_first(words.LIST_SEPARATORS)})(?!以上|以下)"
)  # 县级及以上
# The rest of a list of changes: (9.8%)和8.5%; (百分之九)、百分之十二
LISTED = compile_regex(
    r"(?:\s*(?:[、和及与]|以及)\s*(?:-?[\d.]+\s*%|百分之[一二三四五六七八九十百点]+))"
    rf"{{1,{LIST_LIMIT}}}"
)
PERCENT_SIGN = compile_regex(r"%|百分之")
RATES = compile_regex(r"(?:[^、,;]{1,10}率、)+[^、,;]{1,10}率")
RATES_MARK = "率、"  # in every list of rates
AVERAGE = compile_regex(rf"(?:{longest_first(words.AVERAGE)})(?=分别|\s*$)")
AVERAGE_MARK = "年"  # in every word of a yearly average: a stretch without it is not searched
ONLY_SEPARATOR = compile_regex(rf"\s*(?:{longest_first(words.LIST_SEPARATORS)}|,)\s*")
# Only whether a name ends in a head noun is asked: searched backwards, from the end.
HEAD = compile_regex(rf"(?r)(?:{longest_first(words.HEAD_NOUNS)})$")
SHARED_HEAD = compile_regex(
    r"(?:人均可支配收入|可支配收入|增加值|总产值|产值|销售额|营业额|零售额|零售总额|投资|收入"
    r"|产量|总额|利润|支出|消费|排放量|用电量|吞吐量|人数|面积|价格)$"
)
TRAILING_BRACKETS = compile_regex(r"(?r)\([^()]{1,16}\)\s*$")  # backwards: a run costs its length
DIGIT = compile_regex(r"\d")
LATIN_DIGITS = compile_regex(r"[A-Za-z]+[\d.]+|[\d.]+[A-Za-z]+")  # 5G, PM2.5, M2: names
# One trailing word at a time, backwards: the engine takes a run of them in quadratic time.
TRAILING = compile_regex(rf"(?r)(?:{_TRAILING})$")
ACTION = compile_regex(_ACTION)
CLAUSE_ADVERB = compile_regex(rf"(?:{longest_first(words.CLAUSE_ADVERBS)})+")
BARE_MEASURES = frozenset(words.BARE_HEADS + words.BARE_OUTPUTS)
# After a clause's subject: its predicate, or a clause break (社会商品零售总额,比上年增长…).
SUBJECT_END = compile_regex(rf"\s*(?:{longest_first(words.SUBJECT_PREDICATES)}|[,;]|$)")
CLAUSE_WORDS = compile_regex(_CLAUSE_WORDS)
COMPARISON = compile_regex(_COMPARISON)
FROM = compile_regex(_FROM)
BASE_YEAR = compile_regex(rf"[{words.FROM_BASE}]\s?(?:{_YEAR})[^,;]{{0,8}}?\s*$")
"""A base's own calendar year, stated right before it after 从 or 由 (从2021年的6.35亿元,
从2004年人均每月700元)."""
NAME_CHARS = compile_regex(r"[\p{Han}A-Za-z0-9“”\"()《》·.\-]+")
ESTIMATED = compile_re(_ESTIMATED)
TARGET = compile_re(_TARGET)
TARGET_STATEMENT = compile_re(_TARGET_STATEMENT)
OWN_YEAR = compile_re(_OWN_YEAR)
# ``re``: a large character class costs it nothing per character, unlike ``regex``.
TRADITIONAL = compile_re("[" + "".join(map(chr, TRADITIONAL_TO_SIMPLIFIED)) + "]")
HUNDRED = Decimal(100)
CHANGES = frozenset({"percent", "change", "ratio"})  # kinds of figure a verb of change takes
BOUNDS = frozenset({"以上", "以下", "以内"})
ATTRIBUTE = compile_regex(r"的|(?![增比同较下降减提上涨左右])\p{Han}")
BOUND_LEADS = words.BOUND_LEADS
BOUND_APPROX = words.BOUND_APPROX
BOUND_WORD = compile_regex(rf"(?r)(?:{longest_first(words.BOUND_LEADS)})\s*$")
# Any of the words above that end a gap: most gaps end in none, and are passed over at once.
# The group that matched names the first of them that ends it: none of those before does,
# and a verb of change up is never one down (nor the reverse).
GAP_ENDS = (
    ("bound", BOUND_WORD),
    ("progress", PROGRESS),
    ("excess", EXCESS),
    ("up", UP),
    ("down", DOWN),
)
GAP_END = compile_regex(
    "(?r)"
    + "|".join(f"(?P<{name}>{pattern.pattern.removeprefix('(?r)')})" for name, pattern in GAP_ENDS)
)
# What a gap ending in one of them ends with, spaces aside: a word's last character, a tail,
# or (more than enough) any character of the two patterns of progress.
GAP_END_LASTS = frozenset(
    {word[-1] for word in (*words.BOUND_LEADS, *words.CHANGE_UP, *words.CHANGE_DOWN)}
    | set(words.CHANGE_TAILS.strip())
    | set(_PROGRESS + _EXCESS)
)
SCOPES = tuple((scope, compile_regex(longest_first(cues))) for scope, cues in words.SCOPE_WORDS)
# Any word of the scopes: words, found in any text holding the clause of one.
ANY_SCOPE = compile_re(longest_first(cue for _, cues in words.SCOPE_WORDS for cue in cues))
PUBLIC_FINANCE = compile_regex(longest_first(words.PUBLIC_FINANCE))
COMPOUNDS = words.COMPOUND_NAMES
RATE_OF_CHANGE = compile_regex(rf"(?:{longest_first(words.RATE_OF_CHANGE)})$")
# Before the verb of an absolute change of the metric before (,比上年增加1501亿元; ,平均每年
# 增加2053亿元): no other words, which would name what changed (整改…,提升81家).
INCREASE_LEAD = compile_regex(
    rf"[\s,;]*(?:(?:比|较|同比|与)[^,;]{{0,12}}|{longest_first(words.AVERAGE)}|全年|同比|共|累计)?\s*"
)
