"""Normalisation: width folding, odd spaces, soft line breaks — and offsets that still point
into the caller's string."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from conftest import FIXTURES, assert_nothing_lost
from govreport import _divisions, _head
from govreport._folding import folder
from govreport._normalize import (
    _LINE_END_TOKENS,
    FOLD_TABLE,
    _line_end_tokens,
    fold,
    junk_tokens,
    normalize,
    spaced_number_gaps,
    token_dump,
    wrap_width,
)

SOFT_BREAKS = [
    # (text as extracted, normalised text) — where each comes from
    ("XX\n镇\n2023\n年", "XX镇2023年"),  # PDF line per word
    (  # 1954: Wikisource breaks lines around former links
        "我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後",
        "我們第一届全國人民代表大會第一次會議,在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後",
    ),
    (
        "通過了我們國家的根本法——\n中華人民共和國憲法\n，接着",
        "通過了我們國家的根本法——中華人民共和國憲法,接着",
    ),
    ("第一，\n在工商业方面，我们基本上", "第一,在工商业方面,我们基本上"),  # 1959
    ("深化企业改革，\n一要\n积极引入竞争机制", "深化企业改革,一要积极引入竞争机制"),  # 1988
    (
        "发布了《\n中国应对气候变化的政策与行动\n》白皮书。",
        "发布了《中国应对气候变化的政策与行动》白皮书。",
    ),  # 2009
    (
        "货币政策要松紧适度。广义货币M\n2\n预期增长12%左右",
        "货币政策要松紧适度。广义货币M2预期增长12%左右",
    ),  # 2015
    ("完成投资41.1\n亿元", "完成投资41.1亿元"),
]

HARD_BREAKS = [
    # seed 001
    "一、坚持稳中求进,攻坚项目建设,新旧动能转换加速推进\n全面统筹疫情防控和经济社会发展",
    "乡镇政府2023工作报告\n各位代表:",  # seed 001
    "项目攻坚扎实推进。\n营商环境持续优化。",
    "南通镇2023年政府工作报告\n来源:闽侯县 发布时间: 2024-11-11 15:05",  # seed 000
    "各位代表：\n\n现在，我代表国务院",  # blank line
    "各项工作取得新进展\n(二)民生福祉不断改善",  # next line opens with a marker
    # the front's lines before a short name or date line (026, 015)
    "——在鹅湖镇第六届人民代表大会第七次会议上\n林积专\n2020年6月19日\n各位代表:",
    "——在甘孜藏族自治州第十七届人民代表大会第二次会议上\n2017年1月5日\n州长 张铁峰",
    "镇上半年工作汇报\n黄飞",
    "本文关键词:辽宁省,政府工作报告\n政府工作报告",  # 056: keywords before the title
    # a printed page's bare number between a heading and its body (055; national 2005 as a
    # PDF prints it)
    "一、2019 年工作回顾\n70\n推进高质量发展的大干之年。一年来,面对外部环境深刻",
    "三、继续保持经济平稳较快发展\n30\n今年经济发展要着重抓好以下四个方面工作。",
]


@pytest.mark.parametrize(("text", "expected"), SOFT_BREAKS)
def test_line_breaks_inside_sentences_are_removed(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", HARD_BREAKS)
def test_line_breaks_between_paragraphs_stay(text: str) -> None:
    assert normalize(text).text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（一）１２．５亿元，８．３％", "(一)12.5亿元,8.3%"),
        ("国务院总理\u3000李\u3000强", "国务院总理 李 强"),
        ("比增\xa037.2%", "比增 37.2%"),
        ("一、工作回顾\r\n正文。", "一、工作回顾\n正文。"),
        ("规上\u200b工业产值", "规上工业产值"),
        ("\ufeff政府工作报告", "政府工作报告"),
    ],
)
def test_forms_are_folded_for_matching(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_clean_text_keeps_the_callers_characters() -> None:
    norm = normalize("（一）１２．５亿元\r\n")
    assert norm.clean == "（一）１２．５亿元\n"
    assert len(norm.clean) == len(norm.text)


@given(st.text())
def test_offsets_map_back_to_the_same_characters(text: str) -> None:
    norm = normalize(text)
    assert len(norm.clean) == len(norm.text)
    for index, char in enumerate(norm.clean):
        assert text[norm.to_original(index)] == char or char == " "


@given(st.text(), st.integers(0, 60), st.integers(0, 60))
def test_a_clean_slice_is_that_slice_of_the_clean_text(text: str, start: int, end: int) -> None:
    norm = normalize(text)
    assert norm.clean_slice(start, end) == norm.clean[start:end]


@given(st.text(min_size=1))
def test_spans_map_monotonically(text: str) -> None:
    norm = normalize(text)
    positions = [norm.to_original(index) for index in range(len(norm.text))]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


def test_a_number_cut_at_its_point_is_joined() -> None:
    # pages 058 (230.|4亿元) and 051 (下降3.|9个百分点): PDF line breaks inside a number
    text = (
        "全市一般公共预算收入完成230.\n4亿元,城镇登记失业率下降3.\n9个百分点,"
        "项目完成投资8\n.96亿元。"
    )
    report = govreport.parse_report(text)
    assert [m.value.value for m in report.metrics if m.value] == [
        Decimal("23040000000"),
        Decimal("896000000"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national 1998 spaces every digit out (1 9 9 7 年, 2 0 9 0 元, 1 5 ．3 ％)
        (
            "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％。"
            "工业增加值平均每年增长1 5 ．3 ％。农村居民人均纯收入达到2 0 9 0 元。",
            "1997 年国内生产总值达到74772 亿元,平均每年增长11 %。工业增加值平均每年增长15.3 %。"
            "农村居民人均纯收入达到2090 元。",
        ),
        # a point spaced out inside a line (corpus/pages/README: decimals split by spaces)
        ("全镇财政收入增长3 . 5%，达到1 .2亿元。", "全镇财政收入增长3.5%,达到1.2亿元。"),
        # a heading's 1. opening its line, and digits spaced in a text that does not space
        # them all, stay
        ("1. 5G网络建设\n新建基站2 3个。", "1. 5G网络建设\n新建基站2 3个。"),
    ],
    ids=["national1998", "point", "heading"],
)
def test_numbers_spaced_out_are_joined(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_report_that_spaces_its_digits_gives_its_years_and_figures() -> None:
    report = govreport.parse_report((FIXTURES / "national" / "1998.txt").read_text("utf-8"))
    assert report.metadata.year == 1998
    rows = {(m.canonical, m.value.text if m.value else None, m.year) for m in report.metrics}
    assert ("grain_output", "4 9 2 5 0 万吨", 1997) in rows
    assert ("cotton_output", "4 0 0 万吨", 1998) in rows  # a target of the plan


def test_a_dump_of_one_token_per_line_is_joined_into_its_sentences() -> None:
    # corpus/pages/README: a PDF dump with one token per line (a layout not in the set)
    sentence = "过去一年，全镇地区生产总值增长5.2%。"
    tokens = ["一、", "2023年", "工作", "回顾", "过去", "一年，", "全镇", "地区", "生产", "总值",
              "增长", "5.2%", "。", "二、", "2024年", "工作", "安排", "今年", "全镇", "地区",
              "生产", "总值", "力争", "增长", "6%", "左右", "。"]  # fmt: skip
    text = normalize("\n".join(tokens)).text
    assert text.split("\n")[0] == "一、2023年工作回顾" + sentence.replace("，", ",")
    report = govreport.parse_report("\n".join(tokens))
    assert [s.title for s in report.walk()] == ["2023年工作回顾", "2024年工作安排"]


def test_a_dump_of_tokens_keeps_each_page_field_whole_on_its_line() -> None:
    # 001's and 007's field bars as a dump of tokens: a field opens its line and keeps its
    # value (not 发布机构: / 沂水县沙沟镇), a label cut between tokens stays whole (发布 / 时间:),
    # two numbers stay apart (2021-02-27 / 08:55), the salutation opens its line (各位 / 代表:,
    # 011, 050, 055 as such dumps), and ;; (a quotation mark, 058) is no end.
    tokens = ["沙沟镇2021", "年", "政", "府工作报", "告", "发布机", "构:", "|", "沂", "水县",
              "沙沟", "镇|", "发布", "时间:", "2021", "-", "02", "-", "27", "08:55", "|",
              "各位", "代表:", "过去", "一年，", "全镇", "贯彻", ";", ";", "五个", "坚持", ";", ";",
              "精神", "。"] * 3  # fmt: skip
    lines = normalize("\n".join(tokens)).text.split("\n")
    assert lines[:5] == [
        "沙沟镇2021年政府工作报告",
        "发布机构:|沂水县沙沟镇|",
        "发布时间:2021-02-27 08:55|",
        "各位代表:",
        "过去一年,全镇贯彻;;五个坚持;;精神。",
    ]
    report = govreport.parse_report("\n".join(tokens))
    assert report.metadata.published == "2021-02-27"


def test_a_dump_of_tokens_joins_a_marker_inside_a_list() -> None:
    # 044 as a dump of tokens: 一、二、三產 is a list inside a sentence, not two headings
    tokens = ["上半年", "累計", "實現", "地區", "生產", "總值", "x億元,", "其中一、", "二、",
              "三產", "增加值", "分別", "增長", "x%。", "(一)", "工業", "經濟", "保持",
              "較快", "增長"] * 3  # fmt: skip
    lines = normalize("\n".join(tokens)).text.split("\n")
    assert lines[0] == "上半年累計實現地區生產總值x億元,其中一、二、三產增加值分別增長x%。"
    assert lines[1].startswith("(一)工業經濟保持較快增長")


def test_a_dump_of_tokens_keeps_the_line_breaks_of_the_sites_junk_token() -> None:
    # 034 as a dump of tokens: its junk token v7R, where its line breaks were, is cut into
    # tokens too (v / 7 / R), and still ends the heading's line; a tag's name (</ / h3) is none
    tokens = ["一、", "2020", "年和十", "三五", "工", "作回顾", "v", "7", "R", "刚刚过", "去的",
              "2020", "年是", "极不平凡", "的一", "年", "。", "</", "h3", ">"] * 4  # fmt: skip
    text = "\n".join(tokens)
    assert normalize(text).junk == frozenset({"v7R"})
    report = govreport.parse_report(text)
    assert next(s.title for s in report.walk()) == "2020年和十三五工作回顾"


def test_a_page_of_many_short_links_is_no_dump_of_tokens() -> None:
    links = "\n".join(["首页", "新闻", "政务", "公开", "互动", "服务"] * 6)
    body = "过去一年，全镇经济社会发展取得了显著成效，各项工作稳步推进，人民生活水平不断提高。" * 3
    text = links + "\n一、2023年工作回顾\n" + body + "\n二、2024年工作安排\n" + body
    assert not token_dump(text)
    assert "\n一、2023年工作回顾\n过去一年" in normalize(text).text


# more than 16 different characters to fold, so that both ways of folding are taken
@given(
    st.text(
        alphabet=st.sampled_from("測試報告縣鎮區會議經濟發展們這對國過ＡＢ１２　，abc 工作总结"),
        max_size=80,
    )
)
def test_the_folders_give_what_translate_gives(text: str) -> None:
    assert fold(text) == text.translate(FOLD_TABLE)
    assert _head.fold(text) == text.translate(_head._TABLE)
    assert _divisions._fold(text) == text.translate(_divisions._FOLD)


def test_a_folder_refuses_a_table_that_maps_its_results_again() -> None:
    with pytest.raises(ValueError, match="maps none of its results again"):
        folder({ord("a"): "b", ord("b"): "c"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比一九八○年增长一点六倍", "比一九八〇年增长一点六倍"),  # national 1986
        ("到二○○○年", "到二〇〇〇年"),  # national 1983
        ("——二○二二年二月二十二日在", "——二〇二二年二月二十二日在"),  # pages 049
        ("○○镇人民政府", "○○镇人民政府"),  # a removed name, no numeral
    ],
)
def test_a_circle_inside_a_numeral_is_its_zero(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_short_page_with_its_paragraphs_on_long_lines_is_not_hard_wrapped() -> None:
    # a page's front and headings, each about as long as the others, cut no sentence (026,
    # 032): the paragraphs on lines far wider than them say the page is not a PDF's
    front = (
        "当前位置:首页 > 政务公开 > 政府工作报告\n2024年北林区政府工作报告\n"
        "| 发布日期 | 2024-03-08 |\n——在北林区第十七届人民代表大会第二次会议上\n"
        "2024年3月3日\n北林区区长 张铁峰\n各位代表:\n"
    )
    paragraph = "一年来,全区上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、惠民生各项工作。\n"
    body = "".join(f"{marker}、工作回顾与安排\n{paragraph * 2}" for marker in "一二三")
    assert wrap_width(front + body) == 0
    assert wrap_width("\n".join(["一二三四五六七八九十一二三四五六七八九十"] * 8)) == 20


def test_a_short_page_of_headings_is_not_hard_wrapped() -> None:
    # numbered heading lines, about as long as each other, measure no page's width
    text = (
        "一、2020年工作回顾\n2020年,全县上下团结一心,新增城镇就业1200人。\n"
        "(一)坚持稳中求进,经济运行持续向好\n城镇登记失业率控制在3%以内。\n"
        "(二)聚焦项目建设,发展后劲不断增强\n实施重点项目32个。\n"
        "二、2021年工作安排\n2021年,全县完成固定资产投资18.6亿元。\n"
        "(一)全力扩大有效投资\n新建农村公路36公里。\n(二)加快产业转型升级\n增长7.2%。\n"
    )
    assert wrap_width(text) == 0
    assert normalize(text).text == text


def test_junk_glued_after_sentence_ends_is_the_sites_where_line_breaks_were_lost() -> None:
    # 034 on one line: the token stands where each line break was, after sentence ends
    text = "提出意见。v7R一、 2020 年工作回顾v7R刚刚过去的一年。v7R特别感动的是。v7R特别振奋的是。"
    assert junk_tokens(text) == frozenset({"v7R"})
    assert junk_tokens("增长。GDP增长。GDP增长。GDP") == frozenset()  # a word, not a mixed token


def test_junk_glued_between_chinese_characters_on_one_line() -> None:
    # 058 on one line: the token stands where each line break was, glued on both sides
    text = (
        "二〇一九年一月十日在西藏自治区第十一届人民代表大会第二次会议上zTB自治区主席 齐扎拉zTB"
        "各位代表:zTB现在,我代表西藏自治区人民政府,向大会报告政府工作,请予审议。zTB2018年工作回顾"
        "zTB2018年,是全面贯彻党的十九大精神的开局之年。" * 3
    )
    assert junk_tokens(text) == frozenset({"zTB"})
    assert junk_tokens(text.replace("zTB", "\n")) == frozenset()
    # on lines of ordinary length, a token inside a line is the text's own (5G, iPad)
    assert junk_tokens("推进5G基站建设\n引进iPad生产线\n" * 3) == frozenset()
    # … and on one line, a word glued inside a sentence (土壤pH值, 政务App上线)
    one_line = "土壤pH值保持稳定,水质pH值达标,政务App上线,手机App用户增长,空气pH值正常。" * 8
    assert junk_tokens(one_line) == frozenset()


def test_a_heading_between_junk_tokens_on_one_line_is_found() -> None:
    text = (
        "二〇一九年一月十日在西藏自治区第十一届人民代表大会第二次会议上zTB自治区主席 齐扎拉zTB"
        "各位代表:zTB现在,我代表西藏自治区人民政府,向大会报告政府工作,请予审议。并请政协委员和其他"
        "列席人员提出意见。zTB2018年工作回顾zTB2018年,是全面贯彻党的十九大精神的开局之年,也是新一届"
        "自治区人民政府履职的第一年。一年来,我们在党中央、国务院的亲切关怀下,在自治区党委的坚强领导下,"
        "坚持稳中求进工作总基调,全区经济社会发展取得新成就。预计全区地区生产总值突破1400亿元,增长10%"
        "左右;一般公共预算收入达到230.4亿元。zTB2019年工作安排zTB2019年是新中国成立70周年,做好"
        "今年工作意义重大。全区地区生产总值增长10%左右。"
    )
    report = govreport.parse_report(text)
    assert [section.title for section in report.sections] == ["2018年工作回顾", "2019年工作安排"]
    assert report.metadata.speaker == "齐扎拉"
    assert {block.text for block in report.chrome if block.role == "junk"} == {"zTB"}


def test_a_markers_line_alone_joins_the_title_after_it() -> None:
    # a PDF's dump of text boxes: the marker on its line, the title on the next
    text = "一、2023年工作回顾\n（一）\n坚持稳中求进,经济运行持续向好\n全年增长6%。\n"
    assert (
        normalize(text).text
        == "一、2023年工作回顾\n(一)坚持稳中求进,经济运行持续向好\n全年增长6%。\n"
    )
    # … but not a sentence after it: a list's item (1986 sets its tasks so)
    item = "基本任务是:\n(一)\n进一步为经济体制改革创造良好的经济环境,努力保持供需平衡。\n"
    assert normalize(item).text == item


def test_a_name_line_is_not_joined_to_the_title_after_it() -> None:
    # 015 with no blank lines: the title, the author's name (黄飞), the title again
    text = "镇上半年工作汇报\n黄飞\n镇上半年工作汇报\n今年以来,全镇经济社会保持平稳发展。\n"
    assert normalize(text).text.split("\n")[:3] == ["镇上半年工作汇报", "黄飞", "镇上半年工作汇报"]


@given(st.text(alphabet=st.sampled_from("0123456789. \n年亿元增长%\t\u3000"), max_size=80))
def test_spaced_number_gaps_read_the_same_from_a_space_or_a_point(text: str) -> None:
    """With spaces its only blanks (after folding), a text's gaps are found from its spaces
    and points as from its digits."""
    folded = fold(text)
    assert spaced_number_gaps(folded, spaces_only=True) == spaced_number_gaps(folded)


@pytest.mark.parametrize(
    "text",
    [
        "报告\u200b内容",
        "第一行\r\n第二行",
        "增长3\u2028.5%",
        "1\x852 3 4 5 6 7 8 9 0 1 2 3 4 5 6",
        "",
    ],
    ids=["zero-width", "crlf", "line-separator", "next-line", "empty"],
)
def test_a_text_with_a_rare_blank_or_deletion_is_read_the_long_way(text: str) -> None:
    report = govreport.parse_report(text)
    assert report.text == text
    assert_nothing_lost(report)


_TOKEN_PIECES = ["v7R", "zTB", "a", "9", "<", "/", "p>", "\n", " ", "大会", "。", "-"]


@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=30).map("".join))
def test_line_end_tokens_found_from_their_breaks_are_those_of_the_pattern(text: str) -> None:
    expected = sorted((match.start(), match.group()) for match in _LINE_END_TOKENS.finditer(text))
    assert sorted(_line_end_tokens(text)) == expected
