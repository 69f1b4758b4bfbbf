"""Page chrome: real furniture lines from the seed pages → the rule that recognises them."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import govreport
from conftest import assert_nothing_lost, fixture_text
from govreport._chrome import DEFAULT_CHROME, line_markup
from govreport._normalize import normalize
from govreport._pattern_shape import opens_narrow

CHROME_LINES = [
    ("来源:闽侯县 发布时间: 2024-11-11 15:05", "source"),  # seed 000
    ("加大字体 缩小字体 收藏 取消收藏 打印", "font_controls"),  # seed 000
    (
        "来源: 如东县洋口镇人民政府(沿海经济开发区) 发布时间:2023-07-01 09:52 累计次数: 字体:[ ]",
        "source",
    ),  # seed 002
    ("• 索 引 号:QZ06912-0340-2023-10003", "index_table"),  # seed 003
    ("• 发布机构:紫帽镇人民政府", "index_table"),  # seed 003
    ("• 公文生成日期:2023-01-31", "index_table"),  # seed 003
    ("时间:2023-01-31 09:21", "date"),  # seed 003
    ("紫帽镇人民政府2022年工作报告.pdf", "attachment"),  # seed 003
    ("附件下载", "attachment"),  # seed 003
    ("扫一扫在手机上查看当前页面", "qr_code"),  # seed 003
    ("相关解读", "related"),  # seed 003
    ("媒体报道", "related"),  # seed 003
    ("相关文章", "related"),  # a content site's list of other articles
    ("热门推荐", "related"),
    ("上一篇：2022年沙沟镇政府工作报告", "related"),
    ("索 引 号 | 1133102400268125XW/2024-104525 | 公开方式 | 主动公开 |", "index_table"),  # 004
    ("成文日期 | 2024-01-10 | 发布机构 | 下各镇 |", "index_table"),  # seed 004
    ("组配分类 | 计划总结 | ||", "index_table"),  # seed 004
    ("||||", "table_rule"),  # seed 004
    ("信息来源: 下各镇 |", "source"),  # seed 004
    ("当前位置：首页 > 政务公开 > 计划总结", "breadcrumb"),
    ("首页 -> 政务公开 -> 其他政府信息 -> 工作报告 -> 市政府工作报告", "breadcrumb"),  # 053
    ("您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > 政府工作报告", "breadcrumb"),  # 004
    ("字体大小:", "font_controls"),  # 004
    ("侵权投诉", "font_controls"),  # 028, 049
    ("海报", "font_controls"),  # 028, 049
    ("【打印本页】【关闭窗口】", "font_controls"),
    # a forum post's header (033, the Discuz! template): the poster's panel, the post's bar
    ("帖子", "forum"),
    ("积分145904", "forum"),
    ("版主", "forum"),
    ("Rank: 7Rank: 7Rank: 7", "forum"),
    ("签到天数: 723 天", "forum"),
    ("[LV.9]以坛为家II", "forum"),
    ("发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式", "forum"),
    ("只看该作者", "forum"),
]

NOT_CHROME = [
    "一、2023年政府工作回顾",
    "各位代表：",
    "南通镇2023年政府工作报告",
    "打好“政策+服务”组合拳,全面做好“六稳”工作、落实“六保”任务。",
    "来源广泛的社会资金投入乡村振兴。",
    "收藏品市场规范发展。",
    "主题教育扎实开展",  # a heading's words, not a poster's field
    "积分制管理在全镇推开。",
]


@pytest.mark.parametrize(("line", "role"), CHROME_LINES)
def test_chrome_lines(line: str, role: str) -> None:
    assert DEFAULT_CHROME.line_role(normalize(line).text) == role


@pytest.mark.parametrize("line", NOT_CHROME)
def test_report_lines_are_not_chrome(line: str) -> None:
    assert DEFAULT_CHROME.line_role(normalize(line).text) is None


def test_advert_inside_a_paragraph_is_cut_out_of_the_item() -> None:
    report = govreport.parse_reports(fixture_text("seeds/001_555f7e936fe6323d.txt"))[2]
    advert = next(block for block in report.chrome if block.role == "advert")
    assert advert.text == "公号“老秘带你写材料”整理编辑"
    item = next(item for item in report.items() if len(item.segments) == 2)
    assert "做到常态化疫情防控与经济社会发展同步进行。" in item.text
    assert "老秘" not in item.text
    assert item.segments[0][1] <= advert.span[0] < advert.span[1] <= item.segments[1][0]


def test_chrome_of_seed_000_is_kept_not_deleted() -> None:
    report = govreport.parse_report(fixture_text("seeds/000_5f8850e58b636763.txt"))
    assert [block.role for block in report.chrome] == [
        "page_header",
        "page_header",
        "source",
        "font_controls",
    ]
    assert report.metadata.title == "南通镇2023年政府工作报告"
    assert [block.role for block in report.front] == ["title"]


def test_trailing_chrome_of_seed_003() -> None:
    report = govreport.parse_report(fixture_text("seeds/003_288c1e282cea0f90.txt"))
    roles = [block.role for block in report.chrome if block.role != "markup"]  # its • bullets
    assert roles[:4] == ["index_table", "index_table", "index_table", "page_header"]
    assert roles[-4:] == ["attachment", "attachment", "qr_code", "related"]
    last_section = list(report.walk())[-1]
    assert "附件下载" not in last_section.items[-1].text


def test_wikisource_licence_footer_is_one_chrome_block() -> None:
    report = govreport.parse_report(fixture_text("national/2024.txt"))
    footer = report.chrome[-1]
    assert footer.role == "licence_footer"
    assert footer.text.startswith("本作品是中华人民共和国的")
    assert footer.text.endswith("false")


@pytest.mark.parametrize(
    "dressed",
    [
        lambda line: f"**{line}**" if line else line,  # markdown, as a converter gives it
        lambda line: f"<p>{line}</p>" if line else line,  # raw tags a page kept
    ],
    ids=["markdown", "html-tags"],
)
def test_a_licence_footer_holds_the_markup_of_its_lines(dressed: Any) -> None:
    # The footer is one block from its first line to the end: the markup cut from its lines
    # is inside it, not a second block over the same characters.
    text = fixture_text("national/2024.txt")
    start = text.index("本作品是中华人民共和国的")
    tail = "\n".join(dressed(line) for line in text[start:].split("\n"))
    report = govreport.parse_report(text[:start] + tail)
    assert_nothing_lost(report)
    (footer,) = [block for block in report.chrome if block.role == "licence_footer"]
    assert footer.text.startswith("本作品是中华人民共和国的")
    assert dressed("法律") in footer.text


# (line as a page or an HTML-to-text converter gives it, the text left, the markup set aside)
MARKUP = [
    ("## 一、2023年工作回顾", "一、2023年工作回顾", ["##"]),  # CommonMark heading
    ("**一、2023年工作回顾**", "一、2023年工作回顾", ["**", "**"]),  # bold line
    ("- 全年完成固定资产投资3.2亿元。", "全年完成固定资产投资3.2亿元。", ["-"]),  # list item
    ("◆一、2023年工作回顾", "一、2023年工作回顾", ["◆"]),  # a page's bullet
    ("• 索 引 号:QZ06912-0340-2023-10003", "索 引 号:QZ06912-0340-2023-10003", ["•"]),  # seed 003
    ("回顾2023年工作成果🏆", "回顾2023年工作成果", ["🏆"]),  # page 037
    ("🌟回顾2023年工作成果🏆", "回顾2023年工作成果", ["🌟", "🏆"]),
    ("回顾2023年🌟工作成果🏆", "回顾2023年🌟工作成果", ["🏆"]),  # only the end's
    # a removed name, a page number and a dash are text
    ("**镇2023年工作总结", "**镇2023年工作总结", []),
    ("- 3 -", "- 3 -", []),
    (
        "——2021年2月27日在沙沟镇第十六届人民代表大会",
        "——2021年2月27日在沙沟镇第十六届人民代表大会",
        [],
    ),
]


@pytest.mark.parametrize(("line", "kept", "markup"), MARKUP)
def test_markup_at_a_lines_ends_is_chrome(line: str, kept: str, markup: list[str]) -> None:
    lines, found = line_markup(line, [(0, len(line))])
    assert [line[start:end] for start, end in lines] == [kept]
    assert [line[start:end] for (start, end), _ in found] == markup


def test_bold_opening_a_line_is_a_line_of_its_own() -> None:
    line = "**(一)充分发挥经济体制改革牵引作用。**发挥经济体制改革牵引作用,落地一批标志性改革举措。"
    lines, found = line_markup(line, [(0, len(line))])
    assert [line[start:end] for start, end in lines] == [
        "(一)充分发挥经济体制改革牵引作用。",
        "发挥经济体制改革牵引作用,落地一批标志性改革举措。",
    ]
    assert [role for _, role in found] == ["markup", "markup"]


def test_a_report_in_markdown_reads_as_the_page() -> None:
    text = (
        "# 2023年沙沟镇政府工作报告\n**——2023年1月5日在沙沟镇第十八届人民代表大会第三次会议上**\n"
        "**镇长 刘彦成**\n各位代表:\n现在,我代表镇人民政府向大会报告工作。\n"
        "## 一、2022年工作回顾\n2022年,全镇上下团结一心。\n"
        "### (一)经济发展稳中有进\n- 全年完成固定资产投资3.2亿元,增长8%。\n"
        "◆二、2023年工作安排\n2023年,我们将继续努力。\n"
    )
    report = govreport.parse_report(text)
    assert [(s.level, s.title) for s in report.walk()] == [
        (1, "2022年工作回顾"),
        (2, "经济发展稳中有进"),
        (1, "2023年工作安排"),
    ]
    metadata = report.metadata
    assert (metadata.title, metadata.speaker, metadata.delivered) == (
        "2023年沙沟镇政府工作报告",
        "刘彦成",
        "2023-01-05",
    )
    assert {block.text for block in report.chrome if block.role == "markup"} == {
        "#",
        "**",
        "##",
        "###",
        "-",
        "◆",
    }


def test_a_chrome_line_with_the_sites_junk_token_at_its_end_is_chrome() -> None:
    # a page whose site ends every line with its token (034 v7R), chrome lines too
    text = (
        "沈阳市2016年政府工作报告v7R\n[字体: ] 打印v7R\n来源:沈阳日报v7R\n各位代表:v7R\n"
        "现在,我代表市人民政府向大会报告工作,请予审议。v7R\n一、2015年工作回顾v7R\n"
        "全市地区生产总值增长3.5%。v7R\n"
    )
    report = govreport.parse_report(text)
    roles = {block.text: block.role for block in report.chrome}
    assert roles["[字体: ] 打印v7R"] == "font_controls"
    assert roles["来源:沈阳日报v7R"] == "source"
    assert [item.text for item in report.preamble] == [
        "各位代表:",
        "现在,我代表市人民政府向大会报告工作,请予审议。",
    ]


_CHROME_PIECES = [
    "来源:", "发布时间:", "2024-01-05", " ", "|", "打印", "关闭", "[", "]", "大", "中", "小",
    "扫一扫", "扫描二维码", "附件", ".pdf", ".docx", "责任编辑:", "张三", "版权所有", "ICP备",
    "第3页", "- 3 -", "12", "首页", ">", "相关解读", "上一篇", "全镇完成投资3.2亿元", "。",
]  # fmt: skip


def _first_line_rule(line: str) -> str | None:
    """The rule of one alternation of every line rule in order: what line_role must give."""
    rules = [(name, body) for name, scope, body in DEFAULT_CHROME.rules if scope == "line"]
    pattern = regex.compile("|".join(f"(?P<r{i}>{body})" for i, (_, body) in enumerate(rules)))
    match = pattern.fullmatch(line)
    return rules[int(match.lastgroup[1:])][0] if match and match.lastgroup else None


@given(st.lists(st.sampled_from(_CHROME_PIECES), min_size=1, max_size=8).map("".join))
def test_a_line_takes_the_first_rule_in_order_that_matches_it_whole(line: str) -> None:
    assert DEFAULT_CHROME.line_role(line) == _first_line_rule(line)


@pytest.mark.parametrize(
    ("pattern", "narrow"),
    [
        ("(?:微信)?公众?号|来源", True),
        (r"[\s|\[\]【】]*+(?:打印|关闭)", True),
        (r"(?:附件(?:下载)?\s*:?\s*)?.{1,80}\.(?:pdf|docx?)", False),  # the attachment rule
        (r"(?:手机)?扫一扫.{0,20}|.{0,10}扫描二维码.{0,20}", False),  # the QR-code rule
        (r"[^a]b", False),
        ("a*", False),  # may match nothing
        (r"\p{Han}+", False),  # the regex engine's own syntax: it cannot tell
    ],
)
def test_a_pattern_opens_narrow_when_its_first_character_is_a_literal_or_a_class(
    pattern: str, narrow: bool
) -> None:
    assert opens_narrow(pattern) is narrow
