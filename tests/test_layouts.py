"""Layouts of real pages that lost their structure, each rule on lines of the documents that
motivated it (named by source), shortened where only the layout matters."""

from __future__ import annotations

import pytest

import govreport
from conftest import assert_nothing_lost


def outline(text: str) -> list[tuple[int, str | None, str]]:
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    return [(section.level, section.marker, section.title) for section in report.walk()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "各位代表:\n现在,我代表省人民政府,向大会报告工作。\n2024年工作回顾\n"
            "过去一年,全省经济回升向好。\n(一)巩固增强经济回升向好态势。坚持稳中求进。\n"
            "2025年工作安排建议\n今年是十四五规划收官之年。\n加强政府自身建设\n"
            "新形势新任务对政府工作提出了新要求。\n(一)树牢正确政绩观。坚持高质量发展。",
            [
                (1, None, "2024年工作回顾"),
                (2, "(一)", "巩固增强经济回升向好态势"),
                (1, None, "2025年工作安排建议"),
                (1, None, "加强政府自身建设"),
                (2, "(一)", "树牢正确政绩观"),
            ],
            id="2025_sichuan-unnumbered-parts",
        ),
        pytest.param(
            "一年来,我们主要开展了以下工作:\n2019年和今年以来工作回顾\n"
            "2019年,在县委、县政府的坚强领导下,我们坚持稳中求进。\n"
            "一、以服务重点项目为重要抓手,全面发展镇村经济\n经济指标增速明显。完成财政总收入7206.57万元。",
            [
                (1, None, "2019年和今年以来工作回顾"),
                (2, "一、", "以服务重点项目为重要抓手,全面发展镇村经济"),
            ],
            id="pages026-part-above-numbered",
        ),
        pytest.param(
            "镇政府2019年工作总结和2020年工作计划\n\n2020年是改革开放41周年。\n\n"
            "镇政府2019年工作总结和2020年工作计划\n\n2020年主要工作措施、亮点及成效\n\n"
            "一、认真做好绿色产业开发工作\n\n一是加快推进风力发电项目建设。",
            [(1, None, "2020年主要工作措施、亮点及成效"), (2, "一、", "认真做好绿色产业开发工作")],
            id="pages024-title-repeated-is-no-part",
        ),
        pytest.param(
            "一、2018年工作回顾\n2018年,在县委、县政府和镇党委的正确领导下,全镇经济稳步发展。\n"
            "一年来,我们以稳定发展为要务,推动经济继续保持健康发展\n"
            "经济持续稳健发展。2018年全镇财政收入466.43万元。\n一年来,我们主要抓了以下工作:\n"
            "现代农业量效齐增。加快土地流转。",
            [
                (1, "一、", "2018年工作回顾"),
                (2, None, "一年来,我们以稳定发展为要务,推动经济继续保持健康发展"),
            ],
            id="pages009-summary-sub-heading",
        ),
        pytest.param(
            "乡镇2022年第一季度工作总结\n一季度,我镇深入贯彻县委经济工作会议精神。\n"
            "一、一季度工作总结\n(一)主要经济指标稳步增长。\n一是招商引资成果丰硕。",
            [(1, "一、", "一季度工作总结"), (2, "(一)", "主要经济指标稳步增长")],
            id="pages023-first-quarter-heading",
        ),
        pytest.param(
            "三、持续提升政府\n治理效能和服务水平\n人民满意是衡量政府工作的根本标准。全市政府系统要坚持。",
            [(1, "三、", "持续提升政府治理效能和服务水平")],
            id="2025_chongqing-wrapped-heading",
        ),
        pytest.param(
            # 甘肃 2025 heads sections with 一是… lines: a point line after a short heading is
            # the first point, not the heading's second line
            "二、2025年重点工作\n一是聚焦全方位扩大内需\n坚持把扩大内需作为战略基点,着力提振消费。\n"
            "二是大力推进新型工业化\n坚持把制造业作为立省之本。\n",
            [
                (1, "二、", "2025年重点工作"),
                (2, "一是", "聚焦全方位扩大内需"),
                (2, "二是", "大力推进新型工业化"),
            ],
            id="2025_gansu-point-after-a-short-heading",
        ),
        pytest.param(
            "各位代表:zTB\n现在,我代表西藏自治区人民政府,向大会报告工作。zTB\n2018年工作回顾zTB\n"
            "2018年,是全面贯彻党的十九大精神的开局之年。zTB\n",
            [(1, None, "2018年工作回顾")],
            id="pages058-junk-token-at-line-ends",
        ),
        pytest.param(
            "尊敬的各位领导、各位代表,大家好!👋\n我代表县政府,向大家汇报工作。🌟\n回顾2023年工作成果🏆\n"
            "过去的一年,镇原县在县委、县政府的坚强领导下,取得了显著的成绩。\n展望2024年工作目标🎯\n"
            "2024年,我们将继续深入学习贯彻新时代中国特色社会主义思想。",
            [(1, None, "回顾2023年工作成果"), (1, None, "展望2024年工作目标")],  # emoji: markup
            id="pages037-emoji-close-lines",
        ),
        pytest.param(
            '报告分为两大部分。</h3> <h1 style="text-align: center;"><b>2018年工作回顧</b></h1>'
            "<h3></h3><h3> 在市委、市政府和區委的堅強領導下,全区上下坚定信心。</h3>",
            [(1, None, "2018年工作回顧")],
            id="pages038-raw-html",
        ),
        pytest.param(
            "市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)"
            "各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。"
            "过去五年和2021年工作回顾过去五年,面对复杂多变的国内外形势和艰巨繁重的改革发展稳定任务,"
            "市政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大精神,"
            "在省委、省政府和市委的坚强领导下,奋发有为、攻坚克难,顺利完成各项目标任务。"
            "预计地区生产总值突破X亿元,年均增长x.x%;规模以上工业增加值达X亿元。(一)抢抓“双区”建设重大机遇,"
            "发展环境愈发优越。一批重大平台加快打造,总面积X平方公里的产业集聚区获省批复。",
            [
                (1, None, "过去五年和2021年工作回顾"),
                (2, "(一)", "抢抓“双区”建设重大机遇,发展环境愈发优越"),
            ],
            id="pages046-report-on-one-line",
        ),
        pytest.param(
            "三、2025年工作安排\n(十)持之以恒推进政府自身建设。坚持不懈。\n附件\n"
            "《政府工作报告》有关内容名词注释\n1.“两重”:国家重大战略实施和重点领域安全能力建设。\n"
            "2.未来产业六大领域:未来材料、未来能源。",
            [(1, "三、", "2025年工作安排"), (2, "(十)", "持之以恒推进政府自身建设")],
            id="2025_jiangxi-appendix-kept-apart",
        ),
    ],
)
def test_layouts_of_real_pages(text: str, expected: list[tuple[int, str | None, str]]) -> None:
    assert outline(text) == expected


def test_chunk_numbers_of_a_document_sharing_site_are_chrome() -> None:
    # 040: 1、…2、…3、 cut the text into chunks, mid-sentence
    first = (
        "现在,我代表市政府向大会报告工作,请予审议。一、2022年工作回顾 2022年,是我市经济社会接着"
        "高速发展的一年。在沈阳市委、市政府及新民市委的正确领导下,在市人大依法监督和市政协民主监督下,"
        "全市上下紧紧围绕科学发展主题,加快推进工业化、城镇化、农业现代化、生态化进程,"
        "经济社会发展取得了新的成绩,地区生产总值实现370亿元,同比增长32%,"
    )
    second = "圆满完成四届人大四次会议确定的各项工作任务,基本达到全国百强县发展水平。" * 3 + " (一)"
    third = "坚决不移抓发展,综合实力显著提升 农业经济稳步增长。粮食产量达到20.58亿斤。"
    text = f"1、{first}\n2、{second}\n3、{third}"
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    assert [(s.level, s.title) for s in report.walk()] == [
        (1, "2022年工作回顾"),
        (2, "坚决不移抓发展,综合实力显著提升"),
    ]
    assert [block.text for block in report.chrome if block.role == "chunk_marker"] == ["1、"]


def test_pinyin_after_characters_is_read_through() -> None:
    # pages 038, 050, 059: traditional characters with pinyin after some of them
    text = (
        "2019年,全市生產(chǎn)總值增長6.3%,固定資產(chǎn)投資增長10.6%,"
        "一般公共預(yù)算收入增長7.6%。"
    )
    report = govreport.parse_report(text)
    assert [(m.canonical, str(m.growth)) for m in report.metrics] == [
        ("gdp", "6.3"),
        ("fixed_asset_investment", "10.6"),
        ("general_public_budget_revenue", "7.6"),
    ]
    assert text[report.metrics[0].span[0] : report.metrics[0].span[1]].startswith("生產(chǎn)總值")
    assert_nothing_lost(report)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a content site's tags (013 -10篇, 020 ...3篇范文, 060 (合集五篇)): on the title's
        # own line, and ending it where the line breaks were lost
        ("2023年乡镇政府工作报告范文(精选5篇)\n", "2023年乡镇政府工作报告"),
        ("2023年XX镇政府工作报告(通用10篇)\n", "2023年XX镇政府工作报告"),
        ("2023年XX镇政府工作报告范文\n", "2023年XX镇政府工作报告"),
        ("2023年XX镇政府工作报告(合集五篇)\n", "2023年XX镇政府工作报告"),
        ("沙沟镇2017年政府工作报告(通用10篇)沙沟镇镇长 张铁峰", "沙沟镇2017年政府工作报告"),
        # a compilation's piece label before the title (060 第一篇:)
        ("篇一：2023年沙沟镇政府工作报告\n", "2023年沙沟镇政府工作报告"),
        ("篇一\n2023年沙沟镇政府工作报告\n", "2023年沙沟镇政府工作报告"),
        ("第2篇：沙沟镇2023年政府工作报告\n", "沙沟镇2023年政府工作报告"),
        # a draft's note is the document's stage, not its title
        ("沙沟镇2023年政府工作报告（征求意见稿）\n", "沙沟镇2023年政府工作报告"),
    ],
    ids=[
        *("model-text-count", "count", "model-text", "compilation", "count-run-on"),
        *("piece-label", "piece-label-line", "piece-label-arabic", "draft-note"),
    ],
)
def test_a_content_sites_tags_are_taken_off_the_title(head: str, title: str) -> None:
    text = head + "各位代表：现在我向大会报告工作。" + "我们做了很多工作。" * 40
    assert govreport.parse_report(text).metadata.title == title


@pytest.mark.parametrize(
    ("source", "head", "title"),
    [
        # pages 002 and 017 with their line breaks lost: a field or a date glued to the title
        (
            "002",
            "老新镇2023年工作总结及2024年工作计划发布日期:2023-11-28 ",
            "老新镇2023年工作总结及2024年工作计划",
        ),
        ("017", "2023年镇政府工作报告2023-04-25 ", "2023年镇政府工作报告"),
        # page 016: the page's heading and its title bar run together
        ("016", "乡镇上半年工作总结及打算乡镇上半年工作总结及打算 ", "乡镇上半年工作总结及打算"),
        ("032", "政府工作报告 政府工作报告(2022年) ", "政府工作报告(2022年)"),
        # a site's category glued before the title (pages 004, 034, 055)
        ("004", "政府工作报告2021年工作总结 ", "2021年工作总结"),
        ("034", "政府报告(广西)2021年马山县人民政府工作报告 ", "2021年马山县人民政府工作报告"),
        ("055", "报告/总结2020年衡阳市人民政府工作报告 ", "2020年衡阳市人民政府工作报告"),
        # provincial reports: the occasion's date or the source field glued to the title
        (
            "2025_hebei",
            "2025年河北省政府工作报告2025年1月13日在河北省第十四届人民代表大会第三次会议上"
            "河北省人民政府省长王正谱作政府工作报告。来源:河北日报",
            "2025年河北省政府工作报告",
        ),
        (
            "2025_hubei",
            "2025年湖北省政府工作报告来源:湖北日报2025年1月16日在湖北省第十四届人民代表大会"
            "第三次会议上湖北省人民政府代省长李殿勋作政府工作报告。",
            "2025年湖北省政府工作报告",
        ),
        # heads with no gap left at all: a site's (全文) tag ends the title (pages 047, 055),
        # a bracketed region before the year opens it (034, 058), a page field or a clock
        # time glued on starts a line (008, 023)
        ("047", "某市政府工作报告(全文18521字)某市政府工作报告", "某市政府工作报告"),
        (
            "055",
            "报告/总结2020年衡阳市人民政府工作报告(全文)工作报告 报告 政府工作报告 DOCX",
            "2020年衡阳市人民政府工作报告",
        ),
        (
            "034",
            "第七次会议(广西)2021年马山县人民政府工作报告(全文)政府工作报告v7R2021 年 2 月 4 日在"
            "马山县第十六届人民代表大会v7R第七次会议上v7R县长 张自英v7R",
            "2021年马山县人民政府工作报告",
        ),
        (
            "058",
            "自治(西藏)2019年西藏自治区人民政府工作报告2019年1月9日在西藏自治区第十一届人民代表"
            "大会第二次会议上",
            "2019年西藏自治区人民政府工作报告",
        ),
        (
            "008",
            "索 引 号: 00819527-9/2023-00082 分类: 规划计划   发布机构: 美兰区三江镇 发文日期: "
            "2023年03月01日名  称: 2022年政府工作报告及2023年重点工作计划文  号: 主 题 词:",
            "2022年政府工作报告及2023年重点工作计划",
        ),
        (
            "008",  # its breaks turned into spaces: a letter-spaced label after a space
            "索 引 号: 00819527-9/2023-00082 分类: 规划计划 发布机构: 美兰区三江镇 发文日期: "
            "2023年03月01日 名  称: 2022年政府工作报告及2023年重点工作计划 文  号: 主 题 词: "
            "2022年政府工作报告及2023年重点工作计划 ",
            "2022年政府工作报告及2023年重点工作计划",
        ),
        (
            "023",
            "乡镇2022年第一季度工作总结和第二季度工作计划更新时间:2022-10来源:网友投稿---此处隐藏"
            "0字,下载后查看---",
            "乡镇2022年第一季度工作总结和第二季度工作计划",
        ),
        (
            "035",
            "您的位置:新文秘网>>换届/政务讲话/政府报告/>>正文在县第十八届人民代表大会第三次会议上"
            "的政府工作报告发表时间:2023/12/21 18:29:50在**县第十八届人民代表大会第三次会议上的"
            "政府工作报告",
            "在**县第十八届人民代表大会第三次会议上的政府工作报告",
        ),
    ],
    ids=[
        *("002", "017", "016", "032", "004", "034", "055", "2025_hebei", "2025_hubei"),
        *("047-run-on", "055-run-on", "034-run-on", "058-run-on", "008-run-on"),
        *("008-run-on-spaced", "023-run-on"),
        "035-run-on",
    ],
)
def test_a_title_run_into_what_follows_it_is_cut(source: str, head: str, title: str) -> None:
    text = head + "各位代表：现在我向大会报告工作。" + "我们做了很多工作。" * 40
    assert govreport.parse_report(text).metadata.title == title


def test_the_office_of_a_speaker_whose_name_was_cut_off_names_the_government() -> None:
    # page 050 with its line breaks lost: the office and the name fall on two lines of the head
    text = (
        "信陽市人民政府市長 尚朝陽各位代表:現(xiàn)在,我代表市人民政府,向大會報(bào)告工作,"
        "請予審議,并請各位政協(xié)委員和其他列席人士提出意見。" + "我們做了很多工作。" * 40
    )
    metadata = govreport.parse_report(text).metadata
    assert (metadata.region, metadata.admin_level, metadata.speaker) == ("信陽市", "市", "尚朝陽")


def test_a_speaker_before_the_meeting_is_not_the_government() -> None:
    # page 007 with its line breaks lost: 羊金万在木棠镇第十七届人民代表大会…上的报告
    text = (
        "羊金万在木棠镇第十七届人民代表大会第五次会议上的报告 各位代表：现在我向大会报告工作。"
        + "我们做了很多工作。" * 40
    )
    metadata = govreport.parse_report(text).metadata
    assert (metadata.region, metadata.admin_level) == ("木棠镇", "镇")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "政 府 工 作 报 告——2021年1月26日在吴家店镇第十八届人民代表大会第八次会议上"
            "赵 海 龙各位代表:",
            ("政府工作报告", "赵海龙", "2021-01-26", "吴家店镇"),
            id="pages005",
        ),
        pytest.param(
            "政府工作报告——在鹅湖镇第六届人民代表大会第七次会议上林积专2020年6月19日各位代表:",
            ("政府工作报告", "林积专", "2020-06-19", "鹅湖镇"),
            id="pages026",
        ),
        pytest.param(
            "政府工作报告——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上"
            "绥化市北林区人民政府区长张铁峰各位代表:",
            ("政府工作报告", "张铁峰", "2025-01-14", "北林区"),
            id="pages043",
        ),
    ],
)
def test_a_front_whose_line_breaks_were_lost_is_read_at_its_dash(
    head: str, expected: tuple[str, str, str, str]
) -> None:
    # the title, the occasion line (——…会议上), the speaker and the salutation run together
    text = head + "现在,我代表镇人民政府向大会报告工作,请予审议。" + "我们做了很多工作。" * 40
    metadata = govreport.parse_report(text).metadata
    assert (metadata.title, metadata.speaker, metadata.delivered, metadata.region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "您當前所在位置: 首頁 > 機構專頁 > 鎮政府(街道辦事處) > 番禺區人民政府市橋街道辦事處"
            " > 政府工作報告\n\n2021年工作總結\n\n來源:本網 發佈時間:2022-01-25 11:58:41\n\n"
            "  2021年,市橋街團結帶領全街幹部羣衆增強“四個意識”、堅定“四個自信”。",
            ("2021年工作總結", "市橋街道", "街道", "工作总结"),
            id="pages004",
        ),
        pytest.param(
            "索 引 號: 00819527-9/2023-00082 分類: 規劃計劃\n"
            "發佈機構: 美蘭區三江鎮 發文日期: 2023年03月01日\n"
            "名  稱: 2022年政府工作報告及2023年重點工作計劃\n文  號: 主 題 詞:\n\n\n"
            "2022年政府工作報告及2023年重點工作計劃\n\n\n一、2022年工作回顧\n\n"
            "2022年是中國共產黨第二十次全國代表大會召開之年。",
            ("2022年政府工作報告及2023年重點工作計劃", "三江鎮", "镇", "政府工作报告"),
            id="pages008",
        ),
        pytest.param(
            "鎮原縣2024工作報告\n尊敬的各位領導、各位代表,大家好!\n"
            "我代表鎮原縣政府,向大家彙報2024年的工作報告。\n回顧2023年工作成果\n"
            "過去的一年,鎮原縣在縣委、縣政府的堅強領導下,全縣人民團結一心。",
            ("鎮原縣2024工作報告", "鎮原縣", "县", "政府工作报告"),
            id="pages037",
        ),
    ],
)
def test_a_page_in_traditional_script_gives_its_metadata_as_written(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    # dev pages as OpenCC writes them in traditional script (pages 019, 038 and 050 are so
    # written): labels (名稱, 發佈機構) and names are read through the one-for-one fold
    metadata = govreport.parse_report(text).metadata
    assert (metadata.title, metadata.region, metadata.admin_level, metadata.doc_type) == expected


def test_a_page_in_traditional_script_has_its_structure_read_in_simplified() -> None:
    # 059's layout, written as OpenCC writes 2025_hebei's opening: the site's source bar is
    # chrome, the front leaves the body, and the review is a review
    text = (
        "2025年河北省政府工作報告\n來源：河北日報\n發佈日期：2025-01-21\n"
        "——2025年1月15日在河北省第十四屆人民代表大會第三次會議上\n省長 王正譜\n各位代表：\n"
        "現在，我代表省人民政府，向大會報告工作，請予審議。\n一、2024年工作回顧\n"
        "過去一年，全省地區生產總值增長5.4%。\n二、2025年工作安排\n今年地區生產總值增長5%左右。\n"
    )
    report = govreport.parse_report(text)
    assert [block.text for block in report.chrome if block.role != "markup"][:2] == [
        "來源：河北日報",
        "發佈日期：2025-01-21",
    ]
    assert [item.text for item in report.preamble] == [
        "各位代表：",
        "現在，我代表省人民政府，向大會報告工作，請予審議。",
    ]
    assert [(section.title, section.kind) for section in report.sections] == [
        ("2024年工作回顧", "review"),
        ("2025年工作安排", "plan"),
    ]


def test_a_single_underscore_is_a_separator_not_a_blank_name() -> None:
    # page 040, a document-sharing site's blurb: 2022政府工作报告_市政府工作报告 names no 「_市」
    text = (
        "2022政府工作报告_市政府工作报告_22.docx《2022政府工作报告_市政府工作报告_22.docx》"
        "由会员分享,可在线阅读。" + "我们做了很多工作。" * 40
    )
    assert govreport.parse_report(text).metadata.region is None


def test_a_title_glued_to_the_download_bar_after_it_is_found_whole() -> None:
    # page 049 with its line breaks lost: the page's title (what the annotations hold), its
    # part number and the download bar run together, then the letter-spaced title line
    text = (
        "某市2022年政府工作报告(19)VIP专免2024-01-2339 页海报侵权投诉政 府 工 作 报 告"
        "——二○二二年二月二十二日在 X市第七届人民代表大会第八次会议 X市X市长 秦保强各位代表:"
        "现在,我代表市人民政府,向大会报告工作。" + "我们做了很多工作。" * 40
    )
    assert govreport.parse_report(text).metadata.title == "某市2022年政府工作报告"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        pytest.param(
            "政府工作报告\n——在鹅湖镇第六届人民代表大会第七次会议上\n林积专\n2020年6月19日\n",
            ["title", "subtitle", "speaker", "subtitle"],
            id="026-date-after-the-name",
        ),
        pytest.param(
            "政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n"
            "东乌旗人民政府代旗长 周玉龙\n(2022年1月5日)\n",
            ["title", "subtitle", "speaker", "subtitle"],
            id="032-bracketed-date-after-the-speaker",
        ),
        pytest.param(
            "政府工作报告\n——在甘孜藏族自治州第十七届人民代表大会第二次会议上\n2017年1月5日\n"
            "州长\n张铁峰\n",
            ["title", "subtitle", "subtitle", "speaker"],
            id="date-before-the-speaker-over-two-lines",
        ),
    ],
)
def test_the_occasions_date_on_a_line_of_its_own_is_part_of_the_front(
    text: str, roles: list[str]
) -> None:
    report = govreport.parse_report(
        text + "各位代表:\n现在,我代表人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n"
    )
    assert_nothing_lost(report)
    assert [block.role for block in report.blocks() if block.kind == "title"] == roles
    assert report.metadata.delivered is not None
    assert report.metadata.speaker is not None


def test_a_top_heading_whose_numeral_was_lost_before_its_year_keeps_its_children() -> None:
    paragraph = "全年完成固定资产投资18.6亿元,增长7.2%,实施重点项目32个。新增城镇就业1200人。\n"
    text = (
        f"一、2020年工作回顾\n{paragraph}(一)坚持稳中求进,经济运行持续向好\n{paragraph}"
        f"(二)聚焦项目建设,发展后劲不断增强\n{paragraph}、2021年工作安排\n{paragraph}"
        f"(一)全力扩大有效投资\n{paragraph}(二)加快产业转型升级\n{paragraph}"
    )
    assert [(level, title) for level, _, title in outline(text)] == [
        (1, "2020年工作回顾"),
        (2, "坚持稳中求进,经济运行持续向好"),
        (2, "聚焦项目建设,发展后劲不断增强"),
        (1, "2021年工作安排"),
        (2, "全力扩大有效投资"),
        (2, "加快产业转型升级"),
    ]


@pytest.mark.parametrize(
    ("head", "roles"),
    [
        pytest.param(
            "2023年镇政府工作报告\n"
            "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。\n"
            "#第一文档网# 导语】以下是®第一文档网的小编为您整理的《2023年镇政府工作报告》,"
            "欢迎阅读!\n"
            "镇政府,工作报告,2023\n2023年镇政府工作报告\n",
            ["page_header", "page_header", "page_header", "page_header", "title"],
            id="017-notices-between-the-title-and-its-copy",
        ),
        pytest.param(
            "平湖镇2023年政府工作报告\nVIP专免\n2024-05-18\n999+\n29.09KB\n15 页\n海报\n侵权投诉\n"
            "平湖镇 2023 年政府工作报告\n",
            ["page_header"] * 6 + ["title"],  # 15 页 / 海报 / 侵权投诉 join as short lines do
            id="028-a-download-bar-between-the-title-and-its-copy",
        ),
        pytest.param(
            "(广西)2021年马山县人民政府工作报告(全文)\n"
            "(广西)2021年马山县人民政府工作报告(全文) 政府工作报告 2021 年 2 月 4 日"
            "在马山县第十六届人民代表大会 第七次会议\n(广西)2021年马山县人民政府工作报告(全文)\n"
            "政府工作报告\n2021 年 2 月 4 日在马山县第十六届人民代表\n大会\n第七次会议上\n"
            "县长 张自英\n",
            ["title", "page_header", "title", "title", "subtitle", "speaker"],  # the occasion joins
            id="034-an-abstract-and-an-occasion-over-three-lines",
        ),
        pytest.param(
            "沈阳市2016年政府工作报告\n——2016年1月9日沈阳市第十五届人民代表大会第四次会议通过\n"
            "沈阳日报 2016年02月10日\n沈阳市人民政府市长 潘利国\n",
            ["title", "subtitle", "page_header", "speaker"],
            id="053-a-newspapers-dateline-under-the-occasion",
        ),
        pytest.param(
            "![]() |\n沙沟镇2021年政府工作报告\n"
            "——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n沙沟镇镇长 刘彦成\n",
            ["page_header", "title", "subtitle", "speaker"],
            id="an-image-placeholder-before-the-title",
        ),
        pytest.param(
            "2025年新疆政府工作报告\n——2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上\n"
            "自治区主席 艾尔肯·吐尼亚孜\n",
            ["title", "subtitle", "speaker"],
            id="2025_xinjiang-a-name-with-a-middle-dot",
        ),
        pytest.param(
            "本文关键词:辽宁省,政府工作报告\n【2011辽宁省政府工作报告】\n"
            "——2011年1月21日在辽宁省第十一届人民代表大会第四次会议上\n省长 陈政高\n",
            ["page_header", "title", "subtitle", "speaker"],
            id="056-keywords-before-the-title",
        ),
    ],
)
def test_a_sites_notices_before_the_report_are_page_furniture(head: str, roles: list[str]) -> None:
    report = govreport.parse_report(
        head + "各位代表:\n现在,我代表人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n"
    )
    assert_nothing_lost(report)
    front = [block.role for block in report.blocks() if block.kind != "item"]
    assert front[: len(roles)] == roles
    assert report.preamble[0].text == "各位代表:"


def test_a_paragraph_with_a_notice_word_after_the_title_is_the_body() -> None:
    text = (
        "沙沟镇2023年工作总结\n全镇上下整理思路,真抓实干。\n"
        "2023年,全镇完成地区生产总值41.1亿元,增长5.5%。\n"
    )
    report = govreport.parse_report(text)
    assert [item.text[:4] for item in report.preamble] == ["全镇上下", "2023"]


def test_a_front_cut_off_above_its_title_keeps_its_subtitle_and_speaker() -> None:
    # 052, 059: the page starts below the title; 058's site writes the dash as ;;;;
    for dash in ("——", ";;;;", ""):
        text = (
            f"{dash}2017年1月10日在辽阳市第十五届人民代表大会第六次会议上\n市长裴伟东\n各位代表:\n"
            "我代表市政府向大会报告工作,请予审议。\n一、2016年工作回顾\n全市地区生产总值增长3%。\n"
        )
        report = govreport.parse_report(text)
        assert [block.role for block in report.front] == ["subtitle", "speaker"], dash
        assert report.metadata.speaker == "裴伟东"
