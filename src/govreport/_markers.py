"""The grammar of heading markers of Chinese official documents, as regex fragments (the
characters they are made of are data, in :mod:`govreport.data.markers`).

The hierarchy follows GB/T 9704-2012 (党政机关公文格式) §7.3.3: ``一、`` → ``（一）`` →
``1.`` → ``（1）``; reports also number with ``第一，`` / ``第一、`` and circled digits.
The fragments apply to *normalised* text, where full-width punctuation has been folded
to ASCII (``（`` → ``(``, ``，`` → ``,``, ``．`` → ``.``, ``：`` → ``:``).
"""

from __future__ import annotations

from govreport.data.markers import CHINESE_DIGITS, CIRCLED

CHINESE_ORDINAL = f"[{CHINESE_DIGITS}]{{1,3}}"
ARABIC_ORDINAL = r"[1-9]\d?"
POINT_MARKER = rf"{CHINESE_ORDINAL}是"
"""An ordinal point marker (``一是``, ``二是``): it opens a point, never goes on with a line."""

NUMERAL_LIST = (
    r"(?<=一[、.])二[、季]|(?<=二[、.])三[、季]|(?<=三[、.])四[、季]|(?<=四[、.])五[、季]"
    r"|(?<=五[、.])六[、季]|(?<=六[、.])七[、季]|(?<=七[、.])八[、季]|(?<=八[、.])九[、季]"
)
"""After ``一、``, the next numeral of a list (``一、二季度``, ``一、二、三产``): no marker.
``一、一季度工作总结`` is one."""

MARKER_PREFIX = (
    rf"(?:{CHINESE_ORDINAL}[、.](?!{NUMERAL_LIST})"
    rf"|\({CHINESE_ORDINAL}\)"
    rf"|{ARABIC_ORDINAL}[.、](?!\d)"
    rf"|\({ARABIC_ORDINAL}\)"
    rf"|第{CHINESE_ORDINAL}[,、:]"
    rf"|[{CIRCLED}])"
)
"""Any numbered heading marker at the start of a line (used where the family is not needed)."""

BODY_OPENING = (
    r"(?:(?:刚刚过去的)?(?:19|20)\d{2}\s*年(?:以[来來])?(?:,|是)"
    r"|(?:自?(?:今年|去年)以[来來]|一年[来來]|过去一年|过去五年|近年[来來]|[上下]半年),|今年是"
    r"|刚刚过去的(?=(?:19|20)\d{2}\s*年))"
)
"""How the body under a heading opens: ``2023年,``, ``2024年是…``, ``一年来,``, ``过去一年,``,
``今年是…`` (黑龙江, 江西, 新疆 2025 under ``2025年…``; pages 001, 022, 028)."""

# Unnumbered top headings (四川 and 西藏 2025: ``2024年工作回顾``, ``2025年工作安排建议``;
# township pages: ``2020年工作回顾``, ``2019年和今年以来工作回顾``): the parts of a report are
# the review of a period and the plan for the next, so such a heading names a period and
# ends with the name of the part.
PART_PERIOD = (
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4}|\d{2,3}[xX*]{1,2}|[xX*]{2,4})\s*年"
    r"|今年|明年|去年|上年|过去|以来|一年来|五年来|四年来"
    r"|今后|下半年|上半年|本届|换届|任期|[一二三四五六七八九十]{1,3}五"
    r"|第?[一二三四1-4]季度|前三季度"
)
"""A period a part of a report covers (a quarter too, as a half-year: 023 ``一季度工作总结``);
a year may be a placeholder (``20XX年``, ``xxxx年``: pages whose figures were blanked out, 011
``xxxx年x月``, 025 ``党的XX大``, 046 ``X.x亿元``)."""

PART_NAME = (
    # 安排 after the work it arranges only (今年拟安排, 今年中央财政安排 are a sentence's verb)
    r"(?:工作)?回[顾顧]|(?:(?:工作|重点|目标)安排|(?:工作|重点|目标)?(?:任[务務]|部署))(?:建[议議])?"
    r"|工作建[议議]"
    r"|(?:工作)?(?:目[标標]|思路|打算|[计計]划|[计計]劃|要点|要點|重点|重點)"
    r"|(?:主要)?(?:工作)?(?:成[绩績]|成效|成果|措施|举措|情况|情況|亮[点點])"
    r"|(?:重点|重點|主要|亮[点點])工作(?:任[务務])?|(?:工作)?(?:总体要求|總體要求)|工作(?:总结|總結)"
    r"|政策取向"
)
"""How the name of a part ends (``工作回顾``, ``工作安排建议``, ``主要工作措施、亮点及成效``,
``2022年亮点工作`` (030), ``2023年工作亮点``;
``2025年重点工作`` in 安徽, 甘肃, 山东, 新疆 2025, ``2025年目标任务和主要工作`` 河北,
``2025年工作总体要求`` 黑龙江, ``2025年经济社会发展总体要求和政策取向`` national 2018–2025)."""

WHOLE_PART_NAME = (
    r"(?:回[顾顧]|[总總][结結]|安排(?:建[议議])?|打算|思路|[计計][划劃]|要[点點]|部署"
    r"|(?:重[点點]|主要)工作(?:任[务務])?|[总總]体要求|總體要求)$"
)
"""A part's name that no predicate follows (``工作回顾``, ``工作总结``, ``重点工作``), unlike
``成效``, ``情况``, ``目标`` (``上半年工作成效显著``): text glued on after it is the body."""

STANDING_PART = r"\p{Han}{0,6}[加强強]?政府自身建[设設]"
"""The part every work report closes with, named without a period (四川 2025
``加强政府自身建设``; numbered ``三、全面加强政府自身建设`` in most provincial reports)."""

HTML_TAG = r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,300})?/?>"
"""An HTML tag left in the text by a site (``<h1 style="text-align: center;">``, ``</b>``)."""


SUMMARY_HEADING = r"(?:一年[来來]|[过過]去一年),我[们們](?!.*以下)[^。;:!?]{6,36}。?"
"""A review's unnumbered sub-heading summing the year up, the points after it opening with
their lead sentences (009 ``一年来,我们以稳定发展为要务,推动经济继续保持健康发展`` under
``一、2018年工作回顾``; 013 ``一年来,我们坚持惠民生、强保障,持续提升群众幸福指数。``);
``一年来,我们主要抓了以下工作:`` announces the points and is none."""

LEAD_SENTENCE = r"[^,。;:!?\s]{2,20}。"
"""A point opening with its lead sentence (``经济持续稳健发展。``)."""

APPENDIX = r"附件\s*\d{0,2}(?:[:\s]\s*[^。,;!?\n.]{0,30})?"
"""The label of an appendix after a document's body (GB/T 9704-2012: 附件 follows the
text): ``附件1``, ``附件2 名词解释``, ``附件:``; not a file to download (``附件:….docx``)."""
