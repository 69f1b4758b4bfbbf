"""Metadata of real report pages and provincial reports, field by field, against the
hand-read tables of :mod:`page_cases` (strings compared without whitespace)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import govreport
from page_cases import FIELDS, Expected, read_document
from page_cases.pages import PAGES
from page_cases.provincial import PROVINCIAL

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

KNOWN: dict[tuple[str, str, str], str] = {
    # (set, key, field) → why the reading differs
    ("pages", "027", "doc_type"): "titled 政府工作报告, the text is a 汇报 (重点工作汇报)",
    ("pages", "029", "region"): "a misplaced quote splits the placeholder (**“乡党委)",
    ("pages", "021", "year"): "the lead-in's title says 2023; the text reviews 2022",
    ("pages", "036", "region"): "page 4 of an article: the county is named only in the body",
    ("pages", "038", "year"): "stated only by the 2019年工作安排 heading, which is not found",
    ("pages", "057", "title"): "a compact date in brackets (20230114) stays in the title",
    ("pages", "057", "delivered"): "the date is given only as 20230114 in the page title",
}


def _cases() -> list[object]:
    cases: list[object] = []
    for name, table in (("pages", PAGES), ("provincial", PROVINCIAL)):
        for key, expected in table.items():
            for field in FIELDS:
                reason = KNOWN.get((name, key, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(
                    pytest.param(
                        name, key, field, expected, id=f"{name}-{key}-{field}", marks=marks
                    )
                )
    return cases


@cache
def _metadata(name: str, key: str) -> govreport.Metadata:
    return govreport.parse_report(read_document(CORPUS / name / f"{key}.txt")).metadata


def _comparable(value: object) -> object:
    return "".join(value.split()) if isinstance(value, str) else value


@pytest.mark.parametrize(("name", "key", "field", "expected"), _cases())
def test_real_metadata(name: str, key: str, field: str, expected: Expected) -> None:
    if not (CORPUS / name).is_dir():
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    found = getattr(_metadata(name, key), field)
    assert _comparable(found) == _comparable(expected.metadata[field])


def test_every_known_failure_names_an_annotated_field() -> None:
    tables = {"pages": PAGES, "provincial": PROVINCIAL}
    for name, key, field in KNOWN:
        assert key in tables[name] and field in FIELDS, (name, key, field)


HEAD_LINES = [
    # (source, the page's head lines as written, field, expected): one layout each
    (
        "pages-001",
        (
            "政 府 工 作 报 告\n"
            "——2021年2月27日在沙沟镇第十六届人民代表大会\n"
            "第六次会议上\n"
            "沙沟镇镇长 刘彦成"
        ),
        "speaker",
        "刘彦成",
    ),
    (
        "pages-001",
        "政 府 工 作 报 告\n——2021年2月27日在沙沟镇第十六届人民代表大会\n第六次会议上",
        "delivered",
        "2021-02-27",
    ),
    (
        "pages-005",
        "政 府 工 作 报 告\n——2021年1月26日在吴家店镇第十八届人民代表大会第八次会议上\n赵 海 龙",
        "speaker",
        "赵海龙",
    ),
    (
        "pages-026",
        "政府工作报告\n——在鹅湖镇第六届人民代表大会第七次会议上\n林积专\n2020年6月19日",
        "delivered",
        "2020-06-19",
    ),
    (
        "pages-032",
        (
            "政府工作报告\n"
            "  ——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n"
            "  东乌旗人民政府代旗长 周玉龙\n"
            "  (2022年1月5日)"
        ),
        "region",
        "东乌珠穆沁旗",
    ),
    (
        "pages-033",
        (
            "2024年乌拉特后旗政府工作报告\n"
            "2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上\n"
            "乌拉特后旗人民政府副旗长  阿拉腾宝力格"
        ),
        "speaker",
        "阿拉腾宝力格",
    ),
    (
        "pages-041",
        (
            "政府工作报告\n"
            "-2022年2月23日在珠海市斗门区第五届人民代表大会第二次会议上\n"
            "珠海市斗门区区长 韩云"
        ),
        "region",
        "斗门区",
    ),
    (
        "pages-042",
        (
            "(2023年3月1日在六盘水市水城区第二届人民代表大会第二次会议上)\n"
            "六盘水市水城区人民政府区长 赵庆强"
        ),
        "delivered",
        "2023-03-01",
    ),
    (
        "pages-043",
        (
            "政府工作报告\n"
            "——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上\n"
            "绥化市北林区人民政府区长张铁峰"
        ),
        "speaker",
        "张铁峰",
    ),
    (
        "pages-049",
        (
            "政 府 工 作 报 告\n"
            "——二○二二年二月二十二日在 X市第七届人\n"
            "民代表大会第八次会议 X市X市长 秦保强"
        ),
        "delivered",
        "2022-02-22",
    ),
    (
        "pages-051",
        (
            "(陕西省)2017年汉中市人民政府工作报告(全文)\n"
            "━━2017年2月14日在汉中市第五届人民代表大会第一次会议上Sw7\n"
            "汉中市代市长方红卫Sw7"
        ),
        "title",
        "2017年汉中市人民政府工作报告",
    ),
    (
        "pages-052",
        "2017年1月10日在辽阳市第十五届人民代表大会第六次会议上\n市长裴伟东",
        "region",
        "辽阳市",
    ),
    (
        "pages-053",
        (
            "沈阳市2016年政府工作报告\n"
            "——2016年1月9日沈阳市第十五届人民代表大会第四次会议通过\n"
            "时间:2016年02月10日来源:沈阳日报"
        ),
        "delivered",
        "2016-01-09",
    ),
    (
        "pages-053",
        "沈阳市2016年政府工作报告\n[字体: ] 打印\n沈阳日报 2016年02月10日",
        "published",
        "2016-02-10",
    ),
    (
        "pages-056",
        (
            "【2011辽宁省政府工作报告】\n"
            "——2011年1月21日在辽宁省第十一届人民代表大会第四次会议上省长陈政高"
        ),
        "title",
        "2011辽宁省政府工作报告",
    ),
    (
        "pages-058",
        (
            "政府工作报告zTB\n"
            ";;;;二〇一九年一月十日在西藏自治区第十一届人民代表大会第二次会议上zTB\n"
            "自治区主席 齐扎拉zTB"
        ),
        "delivered",
        "2019-01-10",
    ),
    (
        "pages-033",
        (
            "[内蒙古] 2024年乌拉特后旗政府工作报告\n"
            "    发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式"
        ),
        "published",
        "2024-04-24",
    ),
    (
        "pages-034",
        "(广西)2021年马山县人民政府工作报告(全文)\n公文搜 2021-07-28 08:33:25 政府报告",
        "published",
        "2021-07-28",
    ),
    (
        "pages-001",
        (
            "标 题: | 沙沟镇2021年政府工作报告 |\n"
            "文 号: | 发布机构: | 沂水县沙沟镇 | 发布日期: | 2021-02-27 | |"
        ),
        "region",
        "沙沟镇",
    ),
    (
        "provincial-2025_henan",
        "2025年1月18日在河南省第十四届人民代表大会第三次会议上河南省人民政府省长王凯作政府工作报告",
        "speaker",
        "王凯",
    ),
    (
        "provincial-2025_shanghai",
        (
            "2025年上海市政府工作报告\n"
            "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告"
        ),
        "speaker",
        "龚正",
    ),
    (
        "provincial-2025_guangxi",
        (
            "2025年广西政府工作报告\n"
            "2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上\n"
            "自治区主席 蓝天立"
        ),
        "region",
        "广西壮族自治区",
    ),
    # head lines fused where their breaks were lost (a PDF's dump of tokens joined again)
    (
        "pages-043-fused",
        "政府工作报告——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上"
        "绥化市北林区人民政府区长张铁峰",
        "title",
        "政府工作报告",
    ),
    (
        "pages-007-fused",
        "当前位置:\n首页>信息公开>市政府>市政府工作报告>2024年乡镇政府工作报告"
        "发布时间:2024-03-18 08:552024年木棠镇人民政府工作报告\n木棠镇人民政府镇长 羊金万",
        "title",
        "2024年木棠镇人民政府工作报告",
    ),
    (
        "pages-007-one-line",
        "当前位置:首页 > 信息公开 > 市政府 > 市政府工作报告 > 2024年乡镇政府工作报告"
        "发布时间:2024-03-18 08:552024年木棠镇人民政府工作报告木棠镇人民政府镇长 羊金万"
        "在木棠镇第十七届人民代表大会第五次会议上的报告",
        "title",
        "2024年木棠镇人民政府工作报告",
    ),
    # a field's value stops at the next label of the index table (002, 008)
    (
        "pages-002",
        "老新镇2023年工作总结及2024年工作计划\n"
        "索 引 号: 011396186/2023-39835 主题分类: 其他 发布机构: 老新镇人民政府 "
        "发文日期: 2023年11月28日 10:29:00",
        "index_number",
        "011396186/2023-39835",
    ),
    (
        "pages-008",
        "索 引 号: 00819527-9/2023-00082 分类: 规划计划\n"
        "发布机构: 美兰区三江镇 发文日期: 2023年03月01日\n"
        "名  称: 2022年政府工作报告及2023年重点工作计划\n文  号: 主 题 词:\n"
        "2022年政府工作报告及2023年重点工作计划",
        "publisher",
        "美兰区三江镇",
    ),
    # a page on one line: its breadcrumb stays one line, the title glued to its last item
    (
        "pages-004-one-line",
        "选择语言 您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > "
        "番禺区人民政府市桥街道办事处 > "
        "政府工作报告 2021年工作总结 来源:本网 发布时间:2022-01-25 11:58:41 阅读次数:- 字体大小: "
        "2021年,市桥街团结带领全街干部群众增强“四个意识”、坚定“四个自信”、做到“两个维护”,奋力推动"
        "习近平新时代中国特色社会主义思想在市桥落地生根、结出丰硕成果。" * 3,
        "region",
        "市桥街道",
    ),
    (
        "pages-004-one-line-no-spaces",
        "选择语言您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > "
        "番禺区人民政府市桥街道办事处 > "
        "政府工作报告2021年工作总结来源:本网 发布时间:2022-01-25 11:58:41阅读次数:-字体大小:"
        "2021年,市桥街团结带领全街干部群众增强“四个意识”、坚定“四个自信”、做到“两个维护”,奋力推动"
        "习近平新时代中国特色社会主义思想在市桥落地生根、结出丰硕成果。" * 3,
        "title",
        "2021年工作总结",
    ),
    # a news post on the report names the government the speaker laid it before for
    (
        "pages-038",
        "2月26日上午9時,章貢區第五屆人民代表大會第四次會議在區政中心隆重開幕。\n"
        "區委副書記、區長連天浪代表章貢區人民政府向大會報告工作。\n",
        "region",
        "章貢區",
    ),
    # a site's category of documents is no title (055 文库 实用文档 报告/总结), on one line too
    (
        "pages-055-one-line",
        "文库 实用文档 报告/总结 DOCX   28页   下载0 "
        "下面是小编为大家整理的政府工作报告,供大家参考。 政 府 工 作 报 告 发布日期:2022年01月22日 "
        "——二○二二年一月十七日在甘孜藏族自治州第十七届人民代表大会第二次会议上 州长 张 铁 峰 "
        "各位代表: 现在,我代表甘孜藏族自治州人民政府向大会报告工作,请予审议,并请列席人员提出意见。 "
        "一、2021年工作回顾 一年来,在上级党委、政府的坚强领导下,全州上下坚持稳中求进工作总基调,"
        "统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,经济社会发展取得新成效。 "
        "2021年,全州实现地区生产总值41.1亿元,增长5.5%;一般公共预算收入3.2亿元。",
        "title",
        "政府工作报告",
    ),
    # a page with every line break removed: controls, counters and a breadcrumb glued on
    (
        "controls-glued",
        "【字体:大 中 小】【打印】【关闭】沙沟镇2023年上半年工作总结2023年上半年,沙沟镇在上级党委、"
        "政府的坚强领导下,全镇上下团结一心,各项工作取得新成效。" * 4,
        "period",
        "half-year",
    ),
    (
        "forum-counter-glued",
        "设为首页收藏本站查看: 62|回复: 0沙沟镇2023年工作总结2023年,沙沟镇在上级党委、政府的坚强"
        "领导下,全镇上下团结一心,各项工作取得新成效。" * 4,
        "title",
        "沙沟镇2023年工作总结",
    ),
    (
        "breadcrumb-glued",
        "当前位置:首页 > 政务公开 > 政府工作报告沙沟镇2023年工作总结发布时间:2024-01-10 09:30"
        "2023年,沙沟镇在上级党委、政府的坚强领导下,全镇上下团结一心,各项工作取得新成效。" * 4,
        "title",
        "沙沟镇2023年工作总结",
    ),
    (
        "pages-010-one-line",
        "五角场街道2015年工作总结和2016年工作安排 2016-03-072015年,街道办事处在区委、区政府的"
        "正确领导下,以党的十八大精神为指引,较好地完成了年初确定的各项目标任务。" * 4,
        "published",
        "2016-03-07",
    ),
    # the download bar of a document-sharing site glued to the title and to itself
    (
        "pages-028-one-line",
        "平湖镇2023年政府工作报告VIP专免2024-05-18 999+29.09KB15 页海报侵权投诉"
        "平湖镇 2023 年政府工作报告各位代表:现在,我代表平湖镇人民政府向大会报告政府工作,"
        "请各位代表予以审议,并请列席同志提出意见。2022 年工作回顾2022 年是党的二十大召开之年,"
        "是实施“十四五”规划的重要一年。" * 3,
        "title",
        "平湖镇2023年政府工作报告",
    ),
    # a site's tag and the body's opening glued to the title
    (
        "pages-013-one-line",
        "乡2023年政府工作报告-10篇(第20/30页)一年来,我们坚持惠民生、强保障,持续提升群众幸福指数。"
        "坚持多渠道开源稳增收。实施先锋、奎楼等12村旧村复垦、土地开发等项目共计58亩。" * 3,
        "title",
        "乡2023年政府工作报告",
    ),
    (
        "pages-031-one-line",
        "街道2023年工作规划今年是中国共产党成立101周年,是实施“十四五”规划的开局之年,"
        "也是街道发展的关键之年。" * 4,
        "title",
        "街道2023年工作规划",
    ),
    # a field's date glued to the title after it
    (
        "field-date-glued",
        "【打印】【关闭】发布日期:2021年01月16日2021年马山县政府工作报告"
        "——二〇二一年一月十一日在马山县第十七届人民代表大会第二次会议上马山县人民政府县长 张铁峰"
        "各位代表:现在,我代表马山县人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "2021年马山县政府工作报告",
    ),
    (
        "bracketed-field-date-glued",
        "[发布日期] 2014-02-10甘孜藏族自治州2014年政府工作报告(全文)2014年2月5日在甘孜藏族自治州"
        "第十七届人民代表大会第二次会议上州长张铁峰各位代表:现在,我代表甘孜藏族自治州人民政府"
        "向大会报告工作,请予审议。" * 3,
        "title",
        "甘孜藏族自治州2014年政府工作报告",
    ),
    # a title set in book-title marks or quoted, as a page citing it does (GB/T 15834 §4.15)
    (
        "title-in-book-title-marks",
        "《凤凰县2024年政府工作报告》",
        "title",
        "凤凰县2024年政府工作报告",
    ),
    ("title-quoted", "“凤凰县2024年政府工作报告”", "title", "凤凰县2024年政府工作报告"),
    (
        "title-cited-in-a-title",
        "《凤凰县2024年政府工作报告》解读",
        "title",
        "《凤凰县2024年政府工作报告》解读",
    ),
    (
        "speaker-label-then-office",
        "凤凰县2024年政府工作报告\n报告人:县长 张铁峰",
        "speaker",
        "张铁峰",
    ),
    # heads whose line breaks were all lost (046, 054, 060): where a line began
    (
        "notice-sentence-then-title",
        "《政府工作报告.docx》由会员分享,可在线阅读,更多相关《政府工作报告.docx(21页珍藏版)》"
        "请在淘文阁 - 分享文档赚钱的网站上搜索。政府工作报告(2018年2月3日在四川省第十七届"
        "人民代表大会第二次会议上)四川省人民政府副省长 张铁峰各位代表:现在,我代表四川省人民政府"
        "向大会报告工作,请予审议。" * 3,
        "title",
        "政府工作报告",
    ),
    (
        "notice-bracketed-title-then-field",
        "本文关键词:政府工作报告,工作总结《广西壮族自治区2016年政府工作报告.docx》由会员分享,"
        "可在线阅读。【广西壮族自治区2016年政府工作报告】[发布日期] 2016-01-11——二○一六年一月六日"
        "在广西壮族自治区第十七届人民代表大会第二次会议上主席 张 铁 峰各位代表:现在,我代表广西壮族"
        "自治区人民政府向大会报告工作,请予审议。" * 3,
        "delivered",
        "2016-01-06",
    ),
    (
        "cell-bar-then-spaced-title",
        "文库 实用文档 报告/总结DOCX   28页   下载0下面是小编为大家整理的政府工作报告,供大家参考。"
        "| 发布日期 | 2013-02-24 |政 府 工 作 报 告——2013年2月19日在北林区第十七届人民代表大会"
        "第二次会议上区长张铁峰各位代表:现在,我代表北林区人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "政府工作报告",
    ),
    (
        "page-041-ascii-dash-glued",
        "发布时间:2016/03/16 09:30:12政 府 工 作 报 告-2016年3月11日在四川省第十七届人民代表大会"
        "第二次会议上四川省人民政府副省长 张铁峰各位代表:现在,我代表四川省人民政府向大会报告工作,"
        "请予审议。" * 3,
        "title",
        "政府工作报告",
    ),
    (
        "title-then-cell-bar",
        "《2021年马山县政府工作报告.docx》由会员分享,可在线阅读。2021年马山县政府工作报告"
        "| 发 布 日 期 | 2021-02-21 |(2021年2月16日在马山县第十七届人民代表大会第二次会议上)"
        "县长张铁峰各位代表:现在,我代表马山县人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "2021年马山县政府工作报告",
    ),
    (
        "keywords-then-title-then-byline",
        "本文关键词:政府工作报告,工作总结马山县2011年政府工作报告(全文)发表于 2011-02-11 10:12"
        "——2011年2月6日在马山县第十七届人民代表大会第二次会议上县长张铁峰各位代表:现在,我代表"
        "马山县人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "马山县2011年政府工作报告",
    ),
    (
        "forum-counter-then-year",
        "设为首页收藏本站查看: 62|回复: 02014年沙沟镇政府工作报告[发布日期] 2014-02-24——在沙沟镇"
        "第十七届人民代表大会第二次会议上2014年2月19日沙沟镇人民政府副镇长 张铁峰各位代表:现在,"
        "我代表沙沟镇人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "2014年沙沟镇政府工作报告",
    ),
    (
        "speaker-glued-to-spaced-title",
        "下面是小编为大家整理的政府工作报告,供大家参考。| 发 布 日 期 | 2025-02-17 |"
        "政 府 工 作 报 告北林区人民政府副区长 张铁峰各位代表:现在,我代表北林区人民政府向大会"
        "报告工作,请予审议。" * 3,
        "region",
        "北林区",
    ),
    (
        "occasion-without-dash-glued",
        "公开日期:2023-02-06政 府 工 作 报 告2023年2月1日在北林区第十七届人民代表大会第二次会议上"
        "各位代表:现在,我代表北林区人民政府向大会报告工作,请予审议。" * 3,
        "delivered",
        "2023-02-01",
    ),
    (
        "crumb-then-summary-and-plan",
        "首页 -> 政务公开 -> 工作报告东乌珠穆沁旗工作总结及2021年工作思路[发布日期] 2021-01-02"
        "2020年,东乌珠穆沁旗在上级党委、政府的坚强领导下,全旗上下团结一心,各项工作取得新成效。" * 3,
        "doc_type",
        "总结和计划",
    ),
    (
        "keywords-then-summary-and-plan",
        "本文关键词:政府工作报告,工作总结济沁河乡2016年工作总结及2017年工作计划发布日期:2017年01月03日"
        "2016年,济沁河乡在上级党委、政府的坚强领导下,全乡上下团结一心,各项工作取得新成效。" * 3,
        "title",
        "济沁河乡2016年工作总结及2017年工作计划",
    ),
    (
        "counter-then-placeholder-title",
        "设为首页收藏本站查看: 62|回复: 0XX镇二〇二一年工作总结2021年,XX镇在上级党委、政府的"
        "坚强领导下,全镇上下团结一心,各项工作取得新成效。现将有关情况汇报如下:一、主要工作" * 5,
        "title",
        "XX镇二〇二一年工作总结",
    ),
    (
        "report-as-follows-is-no-title",
        "文库 实用文档 报告/总结DOCX 28页 下载0 2022年,全镇上下团结一心,各项工作取得新成效。"
        "现将有关情况汇报如下:一、主要工作全年完成地区生产总值" * 3,
        "title",
        None,
    ),
    # heads whose line breaks became spaces (029, 046, 054)
    (
        "crumb-then-spaced-title",
        "首页 -> 政务公开 -> 工作报告 政 府 工 作 报 告 ——2010年2月14日在市桥街道第十七届"
        "人民代表大会第二次会议上 主任 张 铁 峰 各位代表: 现在,我代表市桥街道人民政府向大会"
        "报告工作,请予审议。" * 3,
        "title",
        "政府工作报告",
    ),
    (
        "download-bar-then-spaced-title",
        "政府工作报告 VIP专免 999+ 29.09KB 15 页 海报 侵权投诉 政 府 工 作 报 告 发表于 2010-01-21 "
        "10:12 ——2010年1月16日在甘孜藏族自治州第十七届人民代表大会第二次会议上 各位代表: 现在,"
        "我代表甘孜藏族自治州人民政府向大会报告工作,请予审议。" * 3,
        "title",
        "政府工作报告",
    ),
    (
        "table-cell-then-title",
        "| 发布日期 | 2012-03-17 | 2012年沙沟镇政府工作报告 (2012年3月12日在沙沟镇第十七届"
        "人民代表大会第二次会议上) 各位代表: 现在,我代表沙沟镇人民政府向大会报告工作。" * 5,
        "title",
        "2012年沙沟镇政府工作报告",
    ),
    (
        "pages-053-fused",
        "沈阳市2016年政府工作报告\n时间:2016年02月10日来源:沈阳日报",
        "source",
        "沈阳日报",
    ),
]


@pytest.mark.parametrize(
    ("source", "head", "field", "expected"),
    HEAD_LINES,
    ids=[
        "{}-{}".format(*(row.values if hasattr(row, "marks") else row)[::2]) for row in HEAD_LINES
    ],
)
def test_head_layouts(source: str, head: str, field: str, expected: object) -> None:
    report = govreport.parse_report(f"{head}\n各位代表:\n现在,我向大会报告工作,请予审议。")
    assert _comparable(getattr(report.metadata, field)) == _comparable(expected)
