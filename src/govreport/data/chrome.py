"""Page chrome: the furniture of government web pages that is not part of a report.

Entries come from the pages the corpus was scraped from (county and township portals built
on the common 政府信息公开 templates, and Wikisource): source/date bars, font and print
controls, the 索引号 / 发布机构 / 成文日期 tables of 政府信息公开 pages, attachment links,
QR-code prompts, "related reading" lists, licence footers, and reposting adverts that land
inside paragraphs.  Patterns apply to normalised text (full-width ASCII folded to ASCII).

Each rule is ``(name, scope, pattern)``:

- ``line``: the pattern matches a whole logical line (it is applied with ``fullmatch``);
- ``tail``: a line matching it starts a footer that runs to the end of the report;
- ``inline``: the pattern may match inside a paragraph; only the match is chrome.
"""

from __future__ import annotations

SOURCE_LABELS = ("来源", "信息来源", "文章来源", "稿件来源")
"""Labels of a page's source field (``来源:闽侯县``)."""

DATE_LABELS = tuple(
    f"{verb}{word}" for verb in ("", "发布", "发表", "更新", "录入") for word in ("时间", "日期")
)
"""Labels of a page's date field (``发布时间:2023-07-01 09:52``)."""

BULLETS = "◆◇●■★☆▲△▶►▸•◎※➢❖✦✧◉▪"
"""Glyphs a page sets before a heading or a list item (``◆一、…``, ``● (一)…``); not ``○`` nor
``□``, which stand for a removed name (``○○镇``)."""

CONTROL_WORDS = (
    "加大字体",
    "缩小字体",
    "字号",
    "取消收藏",
    "收藏",
    "打印本页",
    "打印",
    "关闭本页",
    "关闭窗口",
    "关闭",
    "返回顶部",
    "默认",
    "海报",
    "侵权投诉",
)
"""Page controls (font size, print, close, favourites) shown as words on a line of their own."""

COUNTER_LABELS = ("累计次数", "浏览次数", "访问次数", "阅读量", "点击数", "浏览量")
"""Labels of a page's view counter (``浏览次数:123``)."""

PAGE_COUNTS = ("查看", "回复", "下载", "浏览", "收藏", "点赞", "阅读")
"""Words before a count a page shows inline, glued to what follows when the page's line breaks
are lost (``查看: 62|回复: 0``, ``下载0``)."""

BREADCRUMB_LABELS = (
    "当前位置",
    "您的位置",
    "您当前的位置",
    "您当前位置",
    "您当前所在位置",
    "您现在的位置",
    "所在位置",
)
"""Labels of a breadcrumb trail (``当前位置:首页 > 政务公开 > …``)."""

LINK_WORDS = (
    "相关解读",
    "文字解读",
    "图片解读",
    "视频解读",
    "访谈解读",
    "政策解读",
    "专家解读",
    "媒体解读",
    "媒体报道",
    "相关链接",
    "相关新闻",
    "相关文件",
    "相关阅读",
    # the headers of a content site's lists of other articles
    "相关文章",
    "相关推荐",
    "相关文档",
    "热门推荐",
    "热门文章",
    "推荐阅读",
    "推荐文章",
    "精彩推荐",
    "延伸阅读",
    "猜你喜欢",
    "最新文章",
)
"""Links to other pages listed under an article, and the headers of such lists."""

NOTICE_WORDS = (
    "由会员分享",
    "小编",
    "本站",
    "范文",
    "下载",
    "登录",
    "仅供",
    "参考",
    "整理",
    "导语",
    "导读",
    "摘要",
    "简介",
    "以下是",
    "下面是",
    "欢迎阅读",
    "关键词",
    "本文内容",
)
"""Words of a site's lead-in, notice, abstract or keywords before a report (``由会员分享``,
``以下是…小编为您整理的``, ``下载后查看``, ``本文简介:``, ``本文关键词:``, ``本文内容:``: 017,
020, 023, 027, 030, 040, 055, 056)."""

PUBLISHED_LABELS = (
    "发布时间",
    "发布日期",
    "公开日期",
    "发表时间",
    "发表日期",
    "更新时间",
    "更新日期",
    "上传时间",
    "公开时间",
    "发稿时间",
    "生成日期",
    "时间",
    "日期",
    "公文生成日期",
    "成文日期",
)
"""Labels of a page's publication date (``发布时间:``), in order of preference; the last two
(``公文生成日期``, ``成文日期``) date the document, not the page."""
FIELD_LABELS = (
    *PUBLISHED_LABELS,
    "发文日期",
    "发布机构",
    "发布单位",
    "发文机关",
    "发文单位",
    "所属机构",
    "信息名称",
    "文件名称",
    "信息来源",
    "文章来源",
    "来源",
    "索引号",
    "主题分类",
    "信息分类",
    "分类",
    "主题词",
    "标题",
    "名称",
    "文号",
)
"""Labels of the fields of a page's document bar or 政府信息公开 table (``发布机构:``,
``索引号:``, ``成文日期:``), written plain; pages also letter-space them (``索 引 号:``)."""

EDITOR_LABELS = ("责任编辑", "责编", "编辑", "审核", "校对", "审校", "编审")
"""Labels of a news page's editor line (``责任编辑:张三``, ``【责任编辑:李四】``)."""


PAGE_NUMBER = (
    r"[-—–]\s*\d{1,3}\s*[-—–]"  # - 3 -, —3—
    r"|第\s*\d{1,3}\s*页\s*(?:[,/|]?\s*共\s*\d{1,3}\s*页)?"  # 第3页 共12页
    r"|\d{1,3}\s*/\s*\d{1,3}"  # 3/12
)
"""A printed page's number or footer on a line of its own (a PDF's text, 040, 055); a bare
number is one only when it is left alone on its line (``广义货币M`` / ``2`` / ``预期增长``
is one sentence)."""


def _words(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, longest first (so that none stops inside a longer one)."""
    return "|".join(sorted(words, key=len, reverse=True))


FORUM_LABELS = (
    "主题",
    "帖子",
    "积分",
    "精华",
    "威望",
    "金钱",
    "贡献",
    "在线时间",
    "注册时间",
    "最后登录",
)
"""Fields of a forum poster's panel, each alone on its line with its count (``帖子`` /
``1万``, ``积分145904``): the Discuz! post template most Chinese forums run on."""

FORUM_WORDS = (
    "版主",
    "超级版主",
    "管理员",
    "楼主",
    "只看该作者",
    "电梯直达",
    "显示全部楼层",
    "阅读模式",
    "签到天数",
    "TA的每日心情",
)
"""A forum post's bar and its poster's group and sign-in lines (``发表于 2024-4-24 11:26:26 |
显示全部楼层 |阅读模式``)."""

CHROME_RULES: list[tuple[str, str, str]] = [
    # 来源:闽侯县 发布时间: 2024-11-11 15:05 / 信息来源: 下各镇 |
    ("source", "line", rf"(?:{_words(SOURCE_LABELS)})\s*:.{{0,120}}"),
    # 发布时间:2023-07-01 09:52 / 时间:2023-01-31 09:21 / 日期:2024年1月10日
    (
        "date",
        "line",
        rf"(?:{_words(DATE_LABELS)})\s*:\s*\d{{4}}\s*[-/.年]\s*\d{{1,2}}.{{0,60}}",
    ),
    # 加大字体 缩小字体 收藏 取消收藏 打印 / 字体:[ 大 中 小 ] / 【打印本页】【关闭窗口】
    (
        "font_controls",
        "line",
        # separators once, between words (a run of [大] has one reading: linear)
        rf"[\s|\[\]【】]*+(?:(?:{_words(CONTROL_WORDS)}|字体(?:大小)?\s*+:?|分享到?\s*+:?|[大中小])"
        r"[\s|\[\]【】]*+)+",
    ),
    # 累计次数: 浏览次数:123 阅读量 …
    ("counter", "line", rf"(?:{_words(COUNTER_LABELS)})\s*:.{{0,60}}"),
    # • 索 引 号:QZ06912-… / 索 引 号 | 1133…/2024-104525 | 公开方式 | 主动公开 |
    (
        "index_table",
        "line",
        r"[•·*\-\s]*(?:索\s*引\s*号|发\s*布\s*机\s*构|公文生成日期|成文日期|发文日期|发布日期"
        r"|组配分类|主题分类|体裁分类|信息分类|服务对象|文\s*号|发文字号|发文机关|公开方式"
        r"|公开范围|公开时限|有\s*效\s*性|所属机构|生成日期|主\s*题\s*词|关\s*键\s*词)"
        r"\s*[:|].{0,160}",
    ),
    ("page_number", "line", rf"{PAGE_NUMBER}|\d{{1,3}}"),
    # a forum post's header: 积分145904 / 版主 / Rank: 7Rank: 7 / 签到天数: 723 天 /
    # [LV.9]以坛为家II / 发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式
    (
        "forum",
        "line",
        rf"(?:{_words(FORUM_LABELS)})\s*+:?\s*+[\d.]*+万?"
        rf"|(?:(?:{_words(FORUM_WORDS)})(?:\s*+:\s*+\d+\s*+天)?+[\s|]*+)++"
        r"|(?:Rank:\s*+\d+\s*+)++|\[LV\.\d+\]\S{0,12}"
        r"|发表于\s*+\d{4}-\d{1,2}-\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?+(?:[\s|]++\S{1,8})*+",
    ),
    # residue of tables: | / |||| / ||
    ("table_rule", "line", r"[\s|]+"),
    # 紫帽镇人民政府2022年工作报告.pdf / 附件下载 / 附件: xxx.docx
    (
        "attachment",
        "line",
        r"(?:附件(?:下载)?\s*:?\s*)?.{1,80}\.(?i:pdf|docx?|xlsx?|wps|ofd|zip|rar)",
    ),
    ("attachment", "line", r"附件(?:下载)?\s*:?"),
    # 扫一扫在手机上查看当前页面 / 手机扫一扫 / 用手机扫描二维码
    ("qr_code", "line", r"(?:手机)?扫一扫.{0,20}|.{0,10}扫描二维码.{0,20}|手机(?:版|浏览)"),
    # 相关解读 文字解读 图片解读 视频解读 访谈解读 媒体报道 (often one per line)
    (
        "related",
        "line",
        # spaces once, between links; a link's title stops at the next link and ends in a
        # non-space (a run of links has one reading: linear)
        rf"\s*+(?:(?:{_words(LINK_WORDS)}|[上下]一篇(?:(?:(?![上下]一篇).){{0,59}}(?![上下]一篇)\S)?)"
        r"\s*+)++",
    ),
    # 当前位置: 首页 > 政务公开 > … / 首页 -> 政务公开 -> 工作报告 (053)
    (
        "breadcrumb",
        "line",
        rf"(?:{_words(BREADCRUMB_LABELS)})\s*:.{{0,120}}|首页\s*(?:-?>|[»→]).{{0,120}}",
    ),
    # 责任编辑:张三 / 【责任编辑:李四】 / (编辑:王五 审核:赵六): a news page's byline
    (
        "editor",
        "line",
        rf"[\[【(]?(?:{_words(EDITOR_LABELS)})\s*:\s*[\p{{Han}}·A-Za-z]{{1,12}}"
        rf"(?:\s*[\s,;|/]\s*(?:{_words(EDITOR_LABELS)})\s*:\s*[\p{{Han}}·A-Za-z]{{1,12}})*+"
        r"\s*[\]】)]?",
    ),
    # 主办单位 / 版权所有 / ICP备 / 网站标识码
    (
        "site_footer",
        "line",
        r"(?:主办单位|承办单位|版权所有|网站标识码|网站地图|联系我们).{0,160}|.{0,40}ICP备.{0,80}",
    ),
    # Wikisource licence footer: 本作品是中华人民共和国的 法律 … Public domain
    (
        "licence_footer",
        "tail",
        r"本作品是中华人民共和国的.{0,200}|本作品在全世界都属于公有领域.{0,200}",
    ),
    # 公号“老秘带你写材料”整理编辑 (a reposting advert inside a paragraph)
    (
        "advert",
        "inline",
        r"(?:微信)?公众?号\s*[“\"「『]?[^”\"」』\s,。;]{1,20}[”\"」』]?\s*"
        r"(?:整理编辑|整理|编辑|原创|首发|推荐|出品)",
    ),
    ("advert", "inline", r"(?:本文)?来源于?(?:微信)?公众号\s*[“\"「『][^”\"」』]{1,20}[”\"」』]"),
]
"""Rules in the order they are tried; names become :attr:`Block.role` of chrome blocks."""
