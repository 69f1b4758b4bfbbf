"""The top of a report page, read line by line: page fields, title lines, the meeting line,
the speaker, dates.

Web pages put a report under any amount of furniture (breadcrumbs, 字体/打印 controls,
download notices, forum user blocks, ``|`` tables of 政府信息公开 fields); the report's own
front follows the usual layout of a 报告: title, a subtitle with the date and the meeting
(``——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上``, also bracketed, without the
dash, or after the speaker), the speaker line (``沙沟镇镇长 刘彦成``), then the salutation
(``各位代表:``).  The head ends at the salutation, the first heading or the first paragraph
of prose; a line running on into the report (a whole report on one line) is cut there.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from govreport import _markup
from govreport._compiled import compile_re, compile_regex
from govreport._folding import folder
from govreport._markers import BODY_OPENING, HTML_TAG
from govreport._markup import after_opening, before_closing, emphasis_marks, markup_char
from govreport._model import Span
from govreport._normalize import FOLD_TABLE
from govreport._salutation import SALUTATION_IN_TEXT
from govreport.data.chrome import (
    CONTROL_WORDS,
    COUNTER_LABELS,
    FIELD_LABELS,
    NOTICE_WORDS,
    PAGE_COUNTS,
    PUBLISHED_LABELS,
)
from govreport.data.regions import (
    NOT_SPEAKER_WORDS,
    OFFICE_PREFIXES,
    OFFICES,
    TRADITIONAL_EXTRA,
)
from govreport.data.traditional import TRADITIONAL_TO_SIMPLIFIED

HEAD_CHARS = 4000
"""The head is looked for in this many characters at the start of a report."""

HEAD_LINES = 45
"""… and in at most this many lines."""

_TABLE = {
    **FOLD_TABLE,
    **TRADITIONAL_TO_SIMPLIFIED,
    **{ord(pair[0]): ord(pair[1]) for pair in TRADITIONAL_EXTRA.split()},
    ord("○"): ord("〇"),  # 二○二二年: a circle for zero
    ord("◯"): ord("〇"),
    ord("Ｏ"): ord("〇"),
}

DOC_WORDS = "报告|总结|计划|规划|思路|要点|安排|汇报|打算|设想|谋划|工作情况|决算|年报"
"""Words a document's title ends with (or holds)."""
PLAN_WORDS = "计划|思路|打算|安排|要点|谋划|设想"
"""Words naming a plan, the second part of a compound title (总结及2024年工作计划,
上半年工作总结及下半年打算)."""

_MARKER = compile_regex(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
_CHUNK_MARKER = compile_regex(r"1、(?=\S)")  # page 1 of a document-sharing site's text
_JUNK_TOKEN = compile_regex(r"(?<=[\p{Han}。:,)])[A-Za-z][A-Za-z0-9]{1,3}(?=\s|$)")
_PROSE = compile_regex(r"。|[,;][^,;]+[,;]")
SITE_NOTICE = compile_regex("|".join(NOTICE_WORDS))
"""A site's lead-in, notice, abstract or keywords before the report (:data:`NOTICE_WORDS`)."""

_Y = r"(?:19|20)\d{2}"
_CN = "〇零一二三四五六七八九"
ARABIC_DATE = compile_regex(
    rf"(?<!\d)(?P<y>{_Y})\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})(?!\d)"
    r"|年\s*(?P<m2>\d{1,2}|元)\s*月\s*(?P<d2>\d{1,2})\s*日)"
)
CHINESE_DATE = compile_regex(
    rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[一二三四五六七八九十]{{1,2}}|元)\s*月"
    r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)
_TIME = compile_regex(r"\s*\d{1,2}:\d{2}")

_SPACED = r"\s*"
_HTML_TAG = compile_regex(HTML_TAG)
RUN_ON_HEAD = 300
"""A first line this long is a page whose line breaks were lost (each became a space, or
nothing: 014, 029, 046, 054): its gaps of whitespace are read as the line breaks of the head."""
# A gap between words, not letter spacing (政 府 工 作 报 告) nor inside a label (索 引 号:)
# nor after it (发布机构: 美兰区三江镇), nor between a number and its unit (2021 年 2 月 4 日).
_RUN_ON_GAP = compile_regex(
    r"(?<![>»])(?!->|[>»])"  # nor around a breadcrumb's arrows (首页 > 机构专页 > …: 004)
    # nor between the office and the name of a speaker inside the occasion line (——2025年1月14日
    # 海南省省长 刘小明在…会议上: 海南, 辽宁, 河南, 天津, 湖北 2025)
    r"(?!(?<=长|主席|主任|总理)\s\p{Han}{2,4}在)"
    r"(?:(?<![\d:|])(?:(?<!(?:^|\s)\p{Han})\s(?!\p{Han}(?:\s|:))|(?<=[^\s\p{Han}])\s)"
    r"|(?<=\d)\s(?![年月日\s])"
    # after a letter-spaced title, before its bracket (政 府 工 作 报 告 (2025年3月5日))
    r"|(?<=\p{Han})\s(?=[(\[【])"
    r")"
)
# The dash opening a report's occasion line (政府工作报告——2021年1月26日在…会议上), glued to
# the title when the line breaks were lost: its first half ends the title's line.
_CHINESE_YEAR = r"[〇○一二][〇○零一二三四五六七八九]{3}"
_YEAR_AHEAD = rf"(?:(?:19|20)\d{{2}}|{_CHINESE_YEAR})\s*年"
"""A title's or an occasion's year, in Arabic or Chinese numerals (二○一三年)."""
_DATE_IN_BRACKETS = rf"\(\s*{_YEAR_AHEAD}[^()]{{0,10}}?日\s*\)"
"""A speech's date alone in brackets (``(2023年1月10日)``)."""
_OCCASION_DASH = compile_regex(
    rf"(?<=[\p{{Han}})）])—(?=—\s*(?:\d|{_CHINESE_YEAR}|在))"
    # … or written as one ASCII dash or a run of box-drawing ones (041 -2022年2月23日在…,
    # 051 ━━2017年2月14日在…): the first stands for the line break
    r"|(?<=[\p{Han})）])[-━](?=\s*(?:19|20)\d{2}\s*年\d{1,2}\s*月\d{1,2}\s*日\s*在)"
    rf"|(?<=[\p{{Han}})）])━(?=━+\s*(?:\d|{_CHINESE_YEAR}|在))"
)
_LINE_END_RUN = compile_regex(r"[A-Za-z0-9]{2,}(?=[^\S\n]*(?:\n|$))")


def _label(word: str) -> str:
    return _SPACED.join(word)


FIELD_LABEL = "|".join(_label(word) for word in sorted(FIELD_LABELS, key=len, reverse=True))
"""Any page-field label, letter-spaced or not, longest first."""
_FIELD = compile_regex(
    r"(?:(?<=^|[\s|\[【(])|(?<=[^\p{Han}]))"
    r"[\[【]?(?P<label>"
    + FIELD_LABEL
    + r")[\]】]?\s*(?:[:|]\s*\|?|(?<=[\]】]))\s*(?P<value>[^|\s](?:[^|]*?[^|\s])?)??\s*"
    r"(?=\s*\||\s+\S{1,6}\s*[:|]|\s\S{1,6}:|\s*$|(?<=\d)\s*(?=来源|\p{Han}{2,4}:))",
    regex.MULTILINE,
)
_BYLINE = compile_regex(r"发表于\s*(?P<value>\d{4}-\d{1,2}-\d{1,2})")
DATELINE = compile_regex(
    rf"^\S{{2,12}}(?:报|网|社|台)\s+(?P<value>{_Y}年\d{{1,2}}月\d{{1,2}}日)\s*$"
)
"""A newspaper's dateline under the title (053 ``沈阳日报 2016年02月10日``)."""


def _prefixed(pattern: str, prefix: str) -> str:
    return pattern.replace("(?P<", f"(?P<{prefix}").replace("(?P=", f"(?P={prefix}")


MEETING_DATE = compile_regex(
    r"(?P<date>"
    + ARABIC_DATE.pattern
    + "|"
    + _prefixed(CHINESE_DATE.pattern, "c")
    + r")[^。\n]{0,30}?(?:在|召开的)[^。]{0,50}?(?:会议|大会)"
    + r"|(?P<date2>"
    + _prefixed(ARABIC_DATE.pattern, "a")
    + r")[^。\n]{0,50}?(?:会议|大会)通过"
)
_MEETING_LINE = compile_regex(r"^\s*(?:[—\-━;─_~]+\s*|\()?.{0,40}?在.{0,60}?(?:会议|大会)|会议通过")
DATE_ALONE = compile_regex(
    r"^\s*[(\[]?\s*(?:"
    + _prefixed(ARABIC_DATE.pattern, "a")
    + "|"
    + _prefixed(CHINESE_DATE.pattern, "c")
    + r")\s*[)\]]?\s*$"
)

_OFFICE = (  # letter-spacing allowed: 镇 长
    "(?:"
    + "|".join(_label(word) for word in OFFICE_PREFIXES)
    + r")?\s?(?:"
    + "|".join(_label(word) for word in sorted(OFFICES, key=len, reverse=True))
    + ")"
)
OFFICE_PATTERN = _OFFICE
"""The head of a government's office as a pattern (``代县长``, ``区 长``)."""
# Where a line began in a head whose line breaks were lost and left no gap: before a page
# field (…工作报告来源:湖北日报, …日名 称: …), and after a clock time glued to what follows
# (发布时间:2024-03-18 08:552024年…, 发表时间:2023/12/21 18:29:50在…).
_COUNTERS = "|".join((*COUNTER_LABELS, *PAGE_COUNTS))
_BAR_ITEM = r"VIP(?:专免)?|(?<!\d)\d{1,4}\+|\d+(?:\.\d+)?\s?[KM]B|(?<!\d)\d{1,3}\s?页|海报|侵权投诉"
_RUN_ON_CUT = compile_regex(
    rf"(?:{FIELD_LABEL})\s*[:|]"  # whole labels, so not 日期 inside 发文日期
    r"|(?<=(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?)(?=\s?(?:19|20)\d{2}\s*年|[^\d\s:])"
    # a field's date glued to the title's year (发布时间:2013-01-212013年凤凰县…), or to
    # the title after its label ([发布日期] 2014-02-10甘孜藏族…, 公开日期:2016年02月08日新民…)
    rf"|(?<=(?<!\d)(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{2}})(?={_YEAR_AHEAD})"
    # … or to a download bar's count (VIP专免2024-05-18999+: a padded day has two digits)
    r"|(?<=(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2})(?=\d{1,4}\+)"
    rf"|(?<=(?:{FIELD_LABEL})[\]】]?\s*[:|]?\s*(?:19|20)\d{{2}}"
    r"(?:[-/.]\d{1,2}[-/.]\d{1,2}(?=[^\d\s:|])|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=[^\s:|])))"
    # the title glued to a breadcrumb's last item (…> 政府工作报告2021年工作总结: 004)
    # (…> 政府工作报告市桥街道二〇一〇年…, -> 工作报告政府工作报告…)
    rf"|(?<=[>»]\s*(?:(?!{DOC_WORDS})[^>»\s\d]){{0,30}}?(?:{DOC_WORDS}))"  # its first
    rf"(?=[^>»\s(]{{0,16}}?{_YEAR_AHEAD}|[^>»\s(]{{0,16}}?(?:{DOC_WORDS}))"
    # after page controls in brackets (【打印】【关闭】沙沟镇…), or a page's counter
    # (查看: 62|回复: 0沙沟镇…, 下载0沙沟镇…)
    r"|(?<=】)(?=[^【\s\]])"
    rf"|(?<=(?:{_COUNTERS})\s*:?\s*\d{{1,7}})(?=\p{{Han}}|[Xx*]{{1,4}}\p{{Han}})(?![年月日])"
    # … glued to a title that opens with its year (回复: 02014年沙沟镇…)
    rf"|(?<=(?:{_COUNTERS})\s*:?\s*\d{{1,7}}?)(?=(?:19|20)\d{{2}}\s*年)"
    # the title glued to the last term of a keyword list, a term holding one document word
    # (本文关键词:政府工作报告,工作总结马山县2011年政府工作报告: 056 has such a list)
    rf"|(?<=关键词\s*(?::|:[^。:\s]{{0,60}}?[,、])(?:(?!{DOC_WORDS})[^,、。:\s]){{0,20}}?"
    rf"(?:{DOC_WORDS}))(?=[^,、。:;\s(]{{2,30}}?(?:{DOC_WORDS}))"
    # a document-sharing site's download bar, glued to the title and to itself (028, 049:
    # …政府工作报告VIP专免999+29.09KB15 页海报侵权投诉平湖镇…)
    rf"|(?<=[^\s|])(?={_BAR_ITEM})|(?<=(?:{_BAR_ITEM}))(?=[^\s|])"
    # the speaker's line glued to the title (…人民政府工作报告木棠镇人民政府镇长 羊金万)
    rf"|(?<=报\s?告)(?=(?:\p{{Han}}{{2,16}}?(?:人民政府)?)?{_OFFICE}\s?\p{{Han}})"
    # … with the speech's date in brackets between (…工作报告(2023年1月10日)县长 张三)
    rf"|(?<=报\s?告)(?=\s?{_DATE_IN_BRACKETS})"
    rf"|(?<={_DATE_IN_BRACKETS})(?=\s?(?:\p{{Han}}{{2,16}}?(?:人民政府)?)?{_OFFICE}\s?\p{{Han}})"
)
_SPACED_DOC_WORD = "|".join(_label(word) for word in DOC_WORDS.split("|"))
# Where a line began in a head whose line breaks were all lost, besides _RUN_ON_CUT: after
# a site's notice ended its sentence (…请在…网站上搜索。政府工作报告…: 049, 055, 057), before
# an occasion in brackets glued to the title (政府工作报告(2023年3月1日在…上): 042), and
# after a table's cell bar glued to the title (| 2013-02-24 |政 府 工 作 报 告: 001, 002, 008)
# where the bar does not follow a field's label.
_RUN_ON_BREAK = compile_regex(
    r"(?<=[。!?])(?=[^\s。!?”’\)])"
    # before a cell bar or a forum's byline glued to the title (…政府工作报告| 发布日期 |,
    # …政府工作报告(全文)发表于 2011-02-11), and before an occasion without its dash glued
    # to it (政 府 工 作 报 告2017年3月14日在…: 009, 033, 052 have no dash)
    r"|(?<=[\p{Han})])(?=\||发表于\s*(?:19|20)\d{2})"
    rf"|(?<=\S)(?=[\[【](?:{FIELD_LABEL})[\]】])"  # …政府工作报告[发布日期] 2014-02-24
    rf"|(?<=(?:{_SPACED_DOC_WORD})\)?)(?=(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*在)"
    # … or a date alone in brackets, the speech's (政府工作报告(2020年3月3日)县长…)
    rf"|(?<=[\p{{Han}})])(?=\(\s*{_YEAR_AHEAD}[^()]{{0,12}}?在|{_DATE_IN_BRACKETS})"
    rf"|(?<={_DATE_IN_BRACKETS})(?=[^\s)])"
    rf"|(?<!(?:{FIELD_LABEL})\s*\|)(?<=\|)(?=\p{{Han}})"
)
# A line long enough to hold two of a head's lines fused (a title and a field, 政府工作报告 and
# its occasion): the others are left alone.
_FUSED_LINE = compile_regex(r"[^\n]{16,}")
# what every cut of _RUN_ON_CUT needs
_CUT_HINT = compile_re(rf"[:|>»】+页]|报告|VIP|KB|海报|{_COUNTERS}")
_NAME_END = r"(?=[^\S\n]*(?:$|\n|各位|同志|作(?:政府)?工?作?报告|在|的讲话|[A-Za-z\d(,:]))"
SPEAKER = compile_regex(
    rf"(?P<office>{_OFFICE})[^\S\n]*[:]?\n?[^\S\n]*"
    rf"(?:(?<=:[^\S\n]*)(?:{_OFFICE})[^\S\n]*)?"  # a label's office: 报告人:县长 张铁峰
    rf"(?P<name>\p{{Han}}(?:[^\S\n]?[\p{{Han}}·]){{1,7}}?){_NAME_END}",
    regex.MULTILINE,
)
NAME_BEFORE_OFFICE = compile_regex(rf"(?<=日)(?P<name>\p{{Han}}{{2,3}}){_OFFICE}(?=在)")
_OFFICE_WORD = compile_regex(_OFFICE)
_LINE = compile_regex(r"[^\n]+")
# the speaker after the occasion, ending its line, or glued to the date or the salutation
# after it where the line breaks were lost (…会议上林积专2020年6月19日各位代表:)
_NAME_AFTER_MEETING = compile_regex(
    r"(?:会议|大会)上\s*(?![的作所发讲])(?P<name>\p{Han}(?:[^\S\n]?\p{Han}){1,3}?)\s*"
    r"(?=$|\d{4}\s*年|[〇一二三四五六七八九]{4}\s*年|各位|尊敬)"
)
_BARE_NAME = compile_regex(r"^\s*(?P<name>\p{Han}(?:[^\S\n]?\p{Han}){1,3})\s*$")

_COUNT_TAG = r"(?:精选|通用|汇总|优选|推荐|热门|最新|合集|共)?[\d一二三四五六七八九十多]{1,3}篇"
SITE_TAG = (
    rf"[(【](?:全文[^()]{{0,12}}|第\d+/\d+页|合集\S{{0,4}}|{_COUNT_TAG})[)】]"
    r"|[—\-_]+\s*(?:全文|\d+篇)"
    rf"|范文(?:[(【]{_COUNT_TAG}[)】]|{_COUNT_TAG})?(?![\p{{Han}}])"
)
"""A site's tag after a title: ``(全文)``, ``(合集五篇)``, ``(精选5篇)``, ``-10篇`` (then
``(第20/30页)``), and a content site's ``范文`` ("model text", also ``范文(通用10篇)``)."""
_TITLE_CUT = compile_regex(
    rf"^(?P<title>[^。,;:!?]{{2,60}}?(?:{DOC_WORDS})(?:[(\[【][^()\[\]【】]{{1,20}}[)\]】])?)"
    rf"(?=\s|[一二三四五六七八九十]、|今年|过去|\d{{4}}年|$|{BODY_OPENING}|{SITE_TAG})"
)
_QUALIFIER = r"(?:\([^()]{1,12}\))?"
"""A title's bracketed qualifier: 政府工作报告(2022年), …(第十七届人民代表大会第三次会议)."""
_FIELD_AHEAD = r"(?:" + FIELD_LABEL + r")\s*[:|]"
"""A page field glued to a title's end where the line breaks were lost."""
_TITLE_PREFIX = compile_regex(
    rf"^(?P<title>(?:(?!在).){{2,60}}?(?:{DOC_WORDS}){_QUALIFIER})"
    # a gap, or, where the line breaks were lost, the date of the occasion or a page field
    # glued on (…政府工作报告2025年1月13日在…, …政府工作报告来源:湖北日报)
    rf"(?=\s|(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_FIELD_AHEAD}"
    # or a site's tag (…工作报告-10篇(第20/30页)…, …工作报告(全文)…)
    rf"|{SITE_TAG})"
)
_SPACED_TITLE = compile_regex(  # 政 府 工 作 报 告 inside a line, or glued to what is before it
    rf"(?<![^\s\p{{Han}}])(?:\p{{Han}}[^\S\n]){{3,30}}\p{{Han}}(?<=(?:{_SPACED_DOC_WORD}))"
    # with a plain title's qualifier and ends (政 府 工 作 报 告(2022年)发布日期:…)
    rf"{_QUALIFIER}(?:(?![^\s])|(?={_FIELD_AHEAD}))"
)
# A word a letter-spaced run's first letter may end where the page's line breaks became
# spaces: a breadcrumb's document word, a download bar's last item (…侵权投诉 政 府 工 作 报 告).
_WORD_BEFORE_SPACED = compile_regex(rf"(?:{DOC_WORDS}|侵权投诉|海报)$")
_NOT_TITLE = compile_regex(
    r"\d{1,2}:\d{2}|页|KB|下载|浏览|VIP|侵权|海报|分享|字体|阅读|投稿|公文搜|会员|文库"
    rf"|{'|'.join(CONTROL_WORDS)}"
    r"|关键词|>|»|\.(?i:docx?|pdf|wps)|复制链接|首页|小编|整理|范文|[,|_]|如下"
    # a site's category of documents (055 报告/总结): no title is a list of document words
    rf"|^\s*(?:{DOC_WORDS})(?:\s*[/、]\s*(?:{DOC_WORDS}))+\s*(?i:docx?|pdf|wps)?\s*$"
)
_BRACKET_TITLE = compile_regex(r"【(?P<title>[^【】]{4,60}?)】")
# a tag in brackets, or a compilation's piece label (060 第一篇:, 篇一:)
_TAG_PREFIX = compile_regex(
    r"^\s*(?:\[[^\]]{1,10}\]|第[一二三四五六七八九十\d]{1,3}篇\s*:?"
    r"|篇(?:[一二三四五六七八九十]{1,3}\s*:?|\d{1,3}\s*:)"
    # a site's label for its abstract (056 本文简介:【…】, 017 导语】以下是…)
    r"|(?:本文)?(?:简介|摘要|导读|导语|内容)\s*[:】])\s*"  # no title opens so
)
# What sites add to a title: the province in front ((广西)2021年…), (全文), —全文, a character
# count, a compilation's page (-10篇(第20/30页)), a part number ((19)), emoji, a page number
# glued before the year (12023年 on page 1), and a draft's note ((征求意见稿)).
_SITE_TAGS = compile_regex(
    r"^\s*[(][^()]{1,6}[)](?=\s*(?:\d|\p{Han}))"
    rf"|\s*[(【](?:全文[^()]{{0,12}}|\d{{1,3}}|第\d+/\d+页|合集\S{{0,4}}|{_COUNT_TAG})[)】]\s*$"
    r"|\s*[—\-_]+\s*(?:全文|\d+篇)\S{0,12}\s*$"
    rf"|(?<=\p{{Han}})范文(?:[(【]{_COUNT_TAG}[)】]|{_COUNT_TAG})?\s*$"
    # a draft's note (…政府工作报告(征求意见稿)): the document's stage, not its title
    r"|\s*[(【](?:代拟稿|征求意见稿|讨论稿|送审稿|审议稿|修改稿|初稿|草稿|定稿|第[一二三四五]稿)[)】]\s*$"
    r"|[\p{So}\p{Sk}\ufe0f\u200d]+"
    r"|^\d(?=(?:19|20)\d{2}\s*年)"
)
# An HTML-to-text converter's markup around a title (CommonMark: ``# …``, ``**…**``).
_MARKUP = compile_regex(
    rf"^\s*(?:{_markup.START})|^(\*\*|__)(?=\S.*\S\1\s*$)|(?<=\S)(?:\*\*|__|{_markup.END})\s*$"
)
# Marks enclosing the whole title: a document's title is set in 《》 (GB/T 15834-2011 §4.15),
# or quoted, by pages that cite it.
_ENCLOSING = compile_regex(
    r"^\s*[《“「](?=[^《》“”「」]+[》”」]\s*$)|(?<=^\s*[《“「][^《》“”「」]+)[》”」]\s*$"
)
_BRACKETED_DATE = compile_regex(r"\(\s*[^()]{8,16}日\s*\)")
# A page title's site name: …政府工作报告_沙河镇人民政府, … - 某某县政府门户网站.
_SITE_SUFFIX = compile_regex(
    r"\s*[-–—_|]+\s*[^-–—_|\s\d]{2,24}(?:网|网站|门户|人民政府|政务网|政府网)\s*$"
)
# A title takes no end punctuation (GB/T 9704): a dash clause that ends in one is the body's
# first point run onto the title's line (…工作报告——社会各项事业协调发展。).
_DASH_SENTENCE = compile_regex(rf"(?<={DOC_WORDS})\s*(?:——|━━)[^—━]*[。!?]\s*$")
_TRAILING_DATE = compile_regex(rf"(?:\s+|(?<={DOC_WORDS}))\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*$")
# A page field glued to the title's end when the line breaks were lost (…政府工作报告索 引 号:,
# …工作计划发布日期:2023-11-28): no title holds a label and its colon.
_GLUED_FIELD = compile_regex(rf"(?<={DOC_WORDS})[\[【]?(?:" + FIELD_LABEL + r")[\]】]?\s*[:|].*$")
# A site's (全文) or count tag ends the title, whatever a run-on line holds after it (…工作报告
# (全文)工作报告 报告, 某市政府工作报告(全文18521字)某市政府工作报告, …工作报告(通用10篇)…).
_TAGGED_END = compile_regex(
    rf"(?<={DOC_WORDS})\s*(?:[(]全文[^()]{{0,12}}[)]|[—\-_]+\s*全文"
    rf"|[(【]{_COUNT_TAG}[)】]|范文(?:[(【]{_COUNT_TAG}[)】]|{_COUNT_TAG})?(?![\p{{Han}}])).*$"
)
# A bracketed region a site puts before a title's year, and whatever a run-on line holds
# before it (第七次会议(广西)2021年马山县人民政府工作报告).
_REGION_TAG = compile_regex(r"^[^()]{0,20}?[(]\p{Han}{2,6}[)](?=\s*(?:19|20)\d{2}\s*年)")
# A title printed twice in a row (the page's heading and its title bar, run together; the
# second may be the longer: 政府工作报告 政府工作报告(2022年)): the first copy goes.
_DOUBLED = compile_regex(r"^(?P<title>\S.{3,58}?)\s*(?=(?P=title))")
# A site's category glued before the title where the line breaks were lost (政府工作报告|
# 2021年工作总结, 政府报告(广西)|2021年马山县人民政府工作报告, 市政府工作报告|沈阳市2016年…):
# a document word right before a year (or a government and a year) that opens a title of its
# own; no title reads so.
_CATEGORY = compile_regex(
    rf"^\S{{0,10}}?(?:{DOC_WORDS})(?:\s*[(][^()\s]{{1,6}}[)])?"
    r"(?=\s*(?:\p{Han}{1,10}?(?:省|市|州|盟|县|旗|区|镇|乡|街道))?"
    rf"(?:19|20)\d{{2}}\s*年[^\s。,;:]{{0,40}}?(?:{DOC_WORDS}))"
)
# A page's address glued before the title where the line breaks were lost (url: https://…
# .html五角场街道2015年…, …c90五角场街道…): no title holds one.
_GLUED_ADDRESS = compile_regex(r"^\s*(?:url\s*:\s*)?(?=[!-~]*[/=])[!-~]{12,}(?=\p{Han})")
# The generic title on the next line (政 府 工 作 报 告 under 魏庄镇2018年政府工作报告和2019年
# 工作计划: 001, 005, 009), glued on where the line breaks were lost: no title names its
# document twice.
_GENERIC_AFTER = compile_regex(
    rf"(?<=(?:{PLAN_WORDS}|总结|报告))\s*政\s*府\s*工\s*作\s*报\s*告\s*$"
)
# The first heading glued after the title where the line breaks were lost (027 政府工作报告
# 一、基本情况。…): a title holds no heading's marker after its document word.
_HEADING_AFTER = compile_regex(
    rf"(?<=(?:{DOC_WORDS}))\s*(?:[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\)).*$"
)
_DOC_WORD = compile_regex(DOC_WORDS)
_LETTER_SPACING = compile_regex(r"(?<=(?:^|\s)\p{Han})\s+(?=\p{Han}(?:\s|$|[(\[【]))")


def is_title_line(line: str) -> bool:
    """Whether a line of a page's head can be a document's title: it names a document
    (``报告``, ``总结``, ``计划`` …, also letter-spaced) and is no page furniture."""
    folded = fold(line)
    squeezed = "".join(folded.split())
    bare = _SITE_SUFFIX.sub("", _SITE_TAGS.sub("", folded))
    return bool(_DOC_WORD.search(squeezed)) and not _NOT_TITLE.search(bare.replace(",", ""))


fold = folder(_TABLE)
"""Width-folded, simplified copy of ``text`` (one character for one)."""


class HeadLine:
    """One line of the head: folded for matching, and as the caller wrote it."""

    text: str
    clean: str
    kind: str  # field, meeting, date, speaker, name, title, other

    __slots__ = ("clean", "kind", "text")

    def __init__(self, text: str, clean: str, kind: str) -> None:
        self.text = text
        self.clean = clean
        self.kind = kind


class Head:
    """What the head of a page states."""

    lines: tuple[HeadLine, ...]
    fields: dict[str, str]
    """``label → value`` of the page's fields (folded)."""
    fields_clean: dict[str, str]
    """… the values as the caller wrote them."""
    titles: tuple[str, ...]
    """Title candidates in page order (the caller's characters, spaces collapsed)."""
    lead_in_title: str | None
    """The document a content site's lead-in names (``下面是小编为大家整理的…,供大家参考``),
    or a document-sharing site's file (``《政府工作报告.docx》由会员分享…``)."""
    published: str | None
    delivered: str | None
    speaker: str | None
    speaker_line: str
    meeting_line: str
    head_text: str
    """The head's lines, joined (folded)."""
    head_clean: str
    """… and as the caller wrote them."""

    __slots__ = (
        "delivered",
        "fields",
        "fields_clean",
        "head_clean",
        "head_text",
        "lead_in_title",
        "lines",
        "meeting_line",
        "published",
        "speaker",
        "speaker_line",
        "titles",
    )

    def __init__(
        self,
        lines: tuple[HeadLine, ...],
        fields: dict[str, str],
        fields_clean: dict[str, str],
        titles: tuple[str, ...],
        lead_in_title: str | None,
        published: str | None,
        delivered: str | None,
        speaker: str | None,
        speaker_line: str,
        meeting_line: str,
        head_text: str,
        head_clean: str,
    ) -> None:
        self.lines = lines
        self.fields = fields
        self.fields_clean = fields_clean
        self.titles = titles
        self.lead_in_title = lead_in_title
        self.published = published
        self.delivered = delivered
        self.speaker = speaker
        self.speaker_line = speaker_line
        self.meeting_line = meeting_line
        self.head_text = head_text
        self.head_clean = head_clean


def read_head(text: str, clean: str | None = None, junk: frozenset[str] = frozenset()) -> Head:
    """Read the head of a report from its normalised ``text`` (``clean``: the same
    characters as the caller wrote them, same length; ``junk``: the site's tokens where line
    breaks were, :func:`~govreport._normalize.junk_tokens`)."""
    clean = text if clean is None or len(clean) != len(text) else clean
    folded = fold(text[:HEAD_CHARS])
    if "<" in folded:  # a raw tag ends a line, as the browser shows it (one for one)
        folded = _HTML_TAG.sub(lambda tag: "\n".ljust(len(tag.group())), folded)
    first_line = folded.find("\n")
    cuts: list[int] = []
    if first_line < 0 or first_line >= RUN_ON_HEAD:  # a page whose line breaks were lost
        found = list(_RUN_ON_CUT.finditer(folded, 0, RUN_ON_HEAD))
        labels = [cut.span() for cut in found if cut.end() > cut.start()]  # 名  称: stays whole
        gaps = _RUN_ON_GAP.sub(
            lambda gap: gap.group() if _inside(gap.start(), labels) else "\n",
            folded[:RUN_ON_HEAD],
        )
        folded = _OCCASION_DASH.sub("\n", gaps, count=1) + folded[RUN_ON_HEAD:]
        breaks = [cut.start() for cut in _RUN_ON_BREAK.finditer(folded, 0, RUN_ON_HEAD)]
        cuts = sorted(
            cut
            for cut in [*(cut.start() for cut in found), *breaks]
            if cut > 0 and folded[cut - 1] != "\n"
        )
    else:  # lines of a head fused where their breaks were lost (a PDF's dump of tokens)
        folded = _OCCASION_DASH.sub("\n", folded, count=1)
        cuts = [
            cut.start()
            for line in _FUSED_LINE.finditer(folded, 0, RUN_ON_HEAD)
            if _CUT_HINT.search(folded, *line.span())
            for cut in _RUN_ON_CUT.finditer(folded, *line.span())
            if cut.start() > line.start() and folded[cut.start() - 1] not in " \t|"
        ]
    if junk:  # spaces for the junk, one for one
        folded = _LINE_END_RUN.sub(lambda run: _without_junk(run.group(), junk), folded)
    lines = _lines(folded, clean[:HEAD_CHARS], cuts)
    fields, fields_clean = _fields(lines)
    titles = _titles(lines, fields)
    meeting = next((line for line in lines if line.kind == "meeting"), None)
    published = _published(lines, fields)
    delivered = _delivered(lines, fields)
    speaker, speaker_line = _speaker(lines)
    return Head(
        tuple(lines),
        fields,
        fields_clean,
        tuple(titles),
        _lead_in_title(lines) or _file_title(lines),
        published,
        delivered,
        speaker,
        speaker_line,
        meeting.text if meeting else "",
        "\n".join(line.text for line in lines),
        "\n".join(line.clean for line in lines),
    )


def _inside(position: int, spans: list[Span]) -> bool:
    """Whether ``position`` lies inside one of ``spans`` (the few labels of a head)."""
    return any(start <= position < end for start, end in spans)


def _without_junk(run: str, junk: frozenset[str]) -> str:
    """``run`` with a junk token that ends it turned into spaces."""
    for token in junk:
        if run.endswith(token):
            return run[: -len(token)] + " " * len(token)
    return run


def _line_spans(folded: str, cuts: list[int]) -> Iterator[Span]:
    """The lines of ``folded``, each also cut at ``cuts`` (sorted offsets)."""
    index = 0
    for match in _LINE.finditer(folded):
        start, end = match.span()
        while index < len(cuts) and cuts[index] <= start:
            index += 1
        while index < len(cuts) and cuts[index] < end:
            yield start, cuts[index]
            start = cuts[index]
            index += 1
        yield start, end


def _lines(folded: str, clean: str, cuts: list[int]) -> list[HeadLine]:
    found: list[HeadLine] = []
    for start, end in _line_spans(folded, cuts):
        line = folded[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        offset = start + (len(line) - len(line.lstrip()))
        if _CHUNK_MARKER.match(stripped):
            stripped, offset = stripped[2:], offset + 2
        if stripped[0] == "|" and stripped[1:].strip() and "|" not in stripped[1:]:  # last cell
            bar = len(stripped) - len(stripped[1:].lstrip())
            stripped, offset = stripped[bar:], offset + bar
        if markup_char(stripped[0]) or markup_char(stripped[-1]):
            stripped, offset = _without_markup(stripped, offset)
            if not stripped:
                continue
        salutation = SALUTATION_IN_TEXT.search(stripped)
        cut = salutation.start() if salutation else None
        body = stripped[:cut] if cut is not None else stripped
        if _MARKER.match(body) and len(found) > 0:
            break
        prose = (
            cut is None
            and len(body) >= 30
            and _PROSE.search(body) is not None
            and not (len(body) <= 120 and MEETING_DATE.search(body))
        )
        if prose and SITE_NOTICE.search(body) and len(found) < HEAD_LINES:
            found.append(HeadLine(body, clean[offset : offset + len(body)], "other"))
            continue
        if prose:
            title = _TITLE_CUT.match(body)
            if title:
                text = title["title"]
                found.append(HeadLine(text, clean[offset : offset + len(text)], "title"))
            break
        if body.strip():
            original = clean[offset : offset + len(body)]
            found.append(HeadLine(body, original, _kind(body, found)))
        if cut is not None or len(found) >= HEAD_LINES:
            break
    return found


def _without_markup(line: str, offset: int) -> tuple[str, int]:
    """A head line without the markup at its ends (``## …``, ``**…**``, ``● 镇长 刘彦成``,
    emoji), and its new offset."""
    start = after_opening(line, 0, len(line))
    marks = emphasis_marks(line, start, len(line))
    end = before_closing(line, start + marks, len(line) - marks)
    line, offset = line[start + marks : end], offset + start + marks
    return line.strip(), offset


def front_kind(line: str) -> str:
    """What one line of a report's front is, read alone: ``"title"``, ``"meeting"`` (the
    occasion: ``2025年1月17日在…会议上``), ``"speaker"`` (``信陽市人民政府市長 尚朝陽``),
    ``"date"``, ``"field"`` or ``"other"``."""
    return _kind(fold(line).strip(), [])


def _kind(line: str, before: list[HeadLine]) -> str:
    if DATE_ALONE.match(line):
        return "date"
    if _FIELD.search(line) or _BYLINE.search(line):
        return "field"
    squeezed = "".join(line.split())
    ends_as_title = _TITLE_CUT.match(squeezed) is not None and _DOC_WORD.search(squeezed[-8:])
    if _MEETING_LINE.search(line) and not (
        ends_as_title and not line.lstrip().startswith(("—", "-", ";;;;"))
    ):
        return "meeting"
    if MEETING_DATE.search(line):
        return "meeting"
    if SPEAKER.search(line) and not _DOC_WORD.search(SPEAKER.sub("", line)):
        return "speaker"
    if (
        _BARE_NAME.match(line)
        and before
        and before[-1].kind in {"meeting", "title"}
        and any(previous.kind == "meeting" for previous in before)
    ):
        return "name"
    if _BARE_NAME.match(line) and before and before[-1].kind == "meeting":
        return "name"
    bare = _SITE_SUFFIX.sub("", _SITE_TAGS.sub("", line))
    if _DOC_WORD.search(squeezed) and not _NOT_TITLE.search(bare):
        return "title"
    bracket = _BRACKET_TITLE.search(line)
    if bracket and _DOC_WORD.search(bracket["title"]) and not _NOT_TITLE.search(bracket["title"]):
        return "title"  # 【2011辽宁省政府工作报告】, not a row of controls (【打印】【关闭窗口】)
    return "other"


def _fields(lines: list[HeadLine]) -> tuple[dict[str, str], dict[str, str]]:
    fields: dict[str, str] = {}
    clean: dict[str, str] = {}
    for line in lines:
        if line.kind != "field":
            continue
        for match in _FIELD.finditer(line.text):
            label = "".join(match["label"].split())
            value = (match["value"] or "").strip()
            if value and label not in fields:
                fields[label] = value
                clean[label] = line.clean[match.start("value") : match.end("value")].strip()
        byline = _BYLINE.search(line.text)
        if byline and "发表于" not in fields:
            fields["发表于"] = clean["发表于"] = byline["value"]
    return fields, clean


def _titles(lines: list[HeadLine], fields: dict[str, str]) -> list[str]:
    titles: list[str] = []
    for line in lines:
        bracket = _BRACKET_TITLE.search(line.text)
        if bracket and _DOC_WORD.search(bracket["title"]):
            titles.append(_tidy(line.clean[bracket.start("title") : bracket.end("title")]))
        elif line.kind == "title":
            titles.append(_tidy(line.clean))
        elif line.kind in {"meeting", "speaker", "other"}:
            prefix = _TITLE_PREFIX.match(line.text)
            if prefix and line.kind == "other" and line.text[prefix.end()].isspace():
                prefix = None  # a line of prose may open with a title's words: only one glued
            spaced = _SPACED_TITLE.search(line.text)
            if prefix and not _NOT_TITLE.search(prefix["title"]):
                titles.append(_tidy(line.clean[: prefix.end("title")]))
            elif spaced:
                start = spaced.start()
                if start and _WORD_BEFORE_SPACED.search(line.text, 0, start + 1):
                    start += 2  # its first letter ends the word before it (工作报告 政 府 …)
                titles.append(_tidy(line.clean[start : spaced.end()]))
        elif line.kind == "field":
            glued = _TITLE_PREFIX.match(line.text)
            if (  # the occasion's date or a field glued on; no field inside it
                glued and not line.text[glued.end()].isspace() and ":" not in glued["title"]
            ):
                titles.append(_tidy(line.clean[: glued.end("title")]))
            for label in ("标题", "名称", "信息名称", "文件名称"):
                value = _field_in(line, label)
                if value and _DOC_WORD.search(fold(value)):
                    titles.append(_tidy(value))
    return [title for title in titles if title]


_LEAD_IN = compile_regex(
    r"(?:整理|精选|收集|分享)(?:了|的)\s*《?(?P<title>[^,。《》]{4,40}?)》?\s*(?:,|。|供|欢迎|希望|$)"
)
_COLLECTION = compile_regex(r"\d+篇|范文|合集|[一二三四五六七八九十]篇")


# A document-sharing site names the document by its file: in its notice (027, 040
# 《2022政府工作报告_市政府工作报告_22.docx》由会员分享…), or as the page's title line.
_FILE_TITLE = compile_regex(
    r"^\s*《?(?P<title>[^《》\n]{4,60}?)\.(?i:docx?|pdf|wps)》?\s*(?:由会员分享|$)"
)
FILE_TITLE_LINES = 3
"""A file's name is looked for as a title in this many lines at the head."""


def _file_title(lines: list[HeadLine]) -> str | None:
    for line in lines[:FILE_TITLE_LINES]:
        match = _FILE_TITLE.search(line.text)
        if match and _DOC_WORD.search(match["title"]):
            # a file's name may carry the site's categories after an underscore (…_22)
            first = match["title"].split("_", 1)[0]
            end = match.start("title") + len(first) if _DOC_WORD.search(first) else match.end()
            return _tidy(line.clean[match.start("title") : min(end, match.end("title"))])
    return None


def _lead_in_title(lines: list[HeadLine]) -> str | None:
    for line in lines:
        match = _LEAD_IN.search(line.text)
        if match and _DOC_WORD.search(match["title"]) and not _COLLECTION.search(match["title"]):
            return _tidy(line.clean[match.start("title") : match.end("title")])
    return None


def _field_in(line: HeadLine, label: str) -> str | None:
    for match in _FIELD.finditer(line.text):
        if "".join(match["label"].split()) == label and match["value"]:
            return line.clean[match.start("value") : match.end("value")]
    return None


def bare_title(line: str) -> str:
    """``line`` folded and without what sites add to a title (``-10篇(第20/30页)``, ``—全文``,
    ``_沙河镇人民政府``, a category glued before it), for telling whether it is one."""
    return fold(_tidy(line))


def _tidy(title: str) -> str:
    """The title without what sites add to it, in the caller's characters (patterns match
    the folded copy, which has the same length)."""
    folded = fold(title)
    doubled = _DOUBLED.match(folded)
    if doubled is not None:
        folded, title = folded[doubled.end() :], title[doubled.end() :]
    patterns = (
        _GLUED_ADDRESS,
        _MARKUP,
        _ENCLOSING,
        _TAGGED_END,
        _REGION_TAG,
        _CATEGORY,
        _GLUED_FIELD,
        _SITE_SUFFIX,
        _SITE_TAGS,
        _TAG_PREFIX,
        _TRAILING_DATE,
        _DASH_SENTENCE,
        _JUNK_TOKEN,
        _HEADING_AFTER,
        _GENERIC_AFTER,
    )
    for pattern in patterns:
        folded, title = _cut(pattern, folded, title)
    # Letter-spacing goes (政 府 工 作 报 告); other spaces are kept, one for a run.
    folded, title = _cut(_LETTER_SPACING, folded, title)
    return " ".join(title.split())


def _cut(pattern: regex.Pattern[str], folded: str, clean: str) -> tuple[str, str]:
    """``folded`` and ``clean`` without the spans ``pattern`` matches in ``folded``."""
    kept_folded: list[str] = []
    kept_clean: list[str] = []
    position = 0
    for match in pattern.finditer(folded):
        kept_folded.append(folded[position : match.start()])
        kept_clean.append(clean[position : match.start()])
        position = match.end()
    kept_folded.append(folded[position:])
    kept_clean.append(clean[position:])
    return "".join(kept_folded), "".join(kept_clean)


def parse_date_match(match: regex.Match[str], prefix: str = "") -> str | None:
    """The ISO date of an :data:`ARABIC_DATE` or :data:`CHINESE_DATE` match."""
    groups = match.groupdict()
    year = groups.get(prefix + "y")
    if year is None:
        return None
    month = groups.get(prefix + "m") or groups.get(prefix + "m2")
    day = groups.get(prefix + "d") or groups.get(prefix + "d2")
    if month is None or day is None:
        return None
    try:
        if year[0] in _CN:
            digits = year.replace("零", "〇")
            number = int("".join(str("〇一二三四五六七八九".index(c)) for c in digits))
            return datetime.date(number, _small(month), _small(day)).isoformat()
        return datetime.date(int(year), 1 if month == "元" else int(month), int(day)).isoformat()
    except ValueError:
        return None


def _small(numeral: str) -> int:
    if numeral == "元":  # 元月: January
        return 1
    digits = "〇一二三四五六七八九"
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return digits.index(numeral)
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(units) if units else 0)


def first_date(text: str) -> str | None:
    """The first complete, valid date in ``text`` (Arabic or Chinese numerals), ISO."""
    arabic = ARABIC_DATE.search(text)
    chinese = CHINESE_DATE.search(text)
    for match in sorted((m for m in (arabic, chinese) if m), key=lambda m: m.start()):
        if date := parse_date_match(match):
            return date
    return None


def _published(lines: list[HeadLine], fields: dict[str, str]) -> str | None:
    for label in (*PUBLISHED_LABELS[:-2], "发表于"):
        value = fields.get(label)
        if value and (date := first_date(value)):
            return date
    for line in lines:
        dateline = DATELINE.match(line.text)
        if dateline:
            return first_date(dateline["value"])
        if line.kind not in {"meeting", "speaker", "name"}:
            for match in ARABIC_DATE.finditer(line.text):  # a byline: 2023年03月05日 10:20
                if _TIME.match(line.text, match.end()) and (date := parse_date_match(match)):
                    return date
    # A date written with dashes on the page's own lines (a byline, a title bar, a download
    # bar): reports write their dates with 年月日.
    for line in lines:
        if line.kind in {"meeting", "speaker", "name"}:
            continue
        for match in ARABIC_DATE.finditer(line.text):
            if match["sep"] in {"-", "/"} and (date := parse_date_match(match)):
                return date
    for label in ("公文生成日期", "成文日期"):
        value = fields.get(label)
        if value and (date := first_date(value)):
            return date
    return None


def _delivered(lines: list[HeadLine], fields: dict[str, str]) -> str | None:
    # Field lines too: a page may run its fields, title and subtitle into one line.
    text = "\n".join(line.text for line in lines)
    for match in MEETING_DATE.finditer(text):
        if match:
            if match["date"]:
                date = parse_date_match(match) or parse_date_match(match, "c")
            else:
                date = parse_date_match(match, "a")
            if date:
                return date
    seen_meeting = seen_title = False
    for line in lines:
        seen_meeting = seen_meeting or line.kind in {"meeting", "speaker", "name"}
        # a date in brackets under the title is the speech's (政府工作报告 / (2023年1月10日))
        bracketed = seen_title and line.text.lstrip().startswith(("(", "["))
        seen_title = seen_title or line.kind == "title"
        if line.kind == "date" and (seen_meeting or bracketed):
            alone = DATE_ALONE.match(line.text)
            if alone and (date := parse_date_match(alone, "a") or parse_date_match(alone, "c")):
                return date
        if line.kind in {"meeting", "speaker"}:  # 镇长 张三(2024年1月5日), …会议上的报告(…)
            for bracket in _BRACKETED_DATE.finditer(line.text):
                if date := first_date(bracket.group()):
                    return date
    for label in ("成文日期", "发文日期"):
        value = fields.get(label)
        if value and (date := first_date(value)):
            return date
    return None


def _speaker(lines: list[HeadLine]) -> tuple[str | None, str]:
    text = "\n".join(line.text for line in lines)
    clean = "\n".join(line.clean for line in lines)
    for match in SPEAKER.finditer(text):
        name = match["name"]
        squeezed = "".join(name.split())
        if any(word in squeezed for word in NOT_SPEAKER_WORDS) or len(squeezed) < 2:
            continue
        # the line the office is on, which names the government (信阳市人民政府市长 / 尚朝阳)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.start())
        speaker_line = text[line_start : line_end if line_end >= 0 else len(text)]
        original = "".join(clean[match.start("name") : match.end("name")].split())
        return original, speaker_line
    for line in lines:
        after = _NAME_AFTER_MEETING.search(line.text) if line.kind == "meeting" else None
        if after and not _OFFICE_WORD.search(after["name"]):
            return "".join(line.clean[after.start("name") : after.end("name")].split()), ""
    for match in NAME_BEFORE_OFFICE.finditer(text):
        return "".join(clean[match.start("name") : match.end("name")].split()), ""
    for line in lines:
        if line.kind == "name":
            bare = _BARE_NAME.match(line.text)
            if bare:
                return "".join(line.clean.split()), ""
    return None, ""
