"""Heading rules on the layouts real pages arrive in: each row is text of the documents that
motivated the rule (named by source; shortened where only the layout matters), as a site
delivers it: line breaks lost (one line, or spaces for breaks), a PDF's hard breaks, or a
part heading printed without its number."""

from __future__ import annotations

import pytest

import govreport
from conftest import assert_nothing_lost
from test_perturbed import CORPUS, _benchmark


def outline(text: str) -> list[tuple[int, str | None, str]]:
    report = govreport.parse_report(text)
    assert_nothing_lost(report)
    return [(section.level, section.marker, section.title) for section in report.walk()]


OPENING = "各位代表:\n现在,我代表自治区人民政府,向大会报告工作,请予审议。\n"

UNNUMBERED_PARTS = [
    pytest.param(
        OPENING + "2025年重点工作\n"
        "今年是自治区成立70周年,是进一步全面深化改革的开局之年,也是“十四五”规划收官之年。\n"
        "(一)加快重点领域和关键环节改革,不断激发经济发展内生动力和活力\n"
        "深化国资国企改革。",
        [
            (1, None, "2025年重点工作"),
            (2, "(一)", "加快重点领域和关键环节改革,不断激发经济发展内生动力和活力"),
        ],
        id="2025_xinjiang-key-work-part",
    ),
    pytest.param(
        OPENING + "2025年工作总体要求\n"
        "今年是“十四五”收官和“十五五”谋划承上启下之年,做好今年政府工作意义重大。",
        [(1, None, "2025年工作总体要求")],
        id="2025_heilongjiang-general-requirements-part",
    ),
    pytest.param(
        OPENING + "2025年目标任务和主要工作\n"
        "今年政府工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导。",
        [(1, None, "2025年目标任务和主要工作")],
        id="2025_hebei-targets-and-main-work-part",
    ),
    pytest.param(
        OPENING + "关于2025年工作\n今年是“十四五”规划收官之年。做好今年工作,意义重大。",
        [(1, None, "关于2025年工作")],
        id="2025_hunan-on-the-work-of-the-year",
    ),
    pytest.param(
        OPENING + "關於上半年工作\n"
        "今年以來,在縣委的正確領導下,全縣經濟和社會事業保持了快速發展的良好勢頭。",
        [(1, None, "關於上半年工作")],
        id="pages044-on-the-first-half-traditional",
    ),
    pytest.param(
        OPENING + "2011年的工作\n"
        "2011年,是“十二五”开局之年,做好今年的工作对于完成“十二五”各项目标任务至关重要。",
        [(1, None, "2011年的工作")],
        id="national2011-the-work-of-the-year",
    ),
    pytest.param(
        # the usual first part of a township's summary (030 ``2022年亮点工作``, 024 ``…亮点及成效``)
        OPENING + "2023年工作亮点\n过去一年,全镇上下团结一心,各项工作取得明显成效。",
        [(1, None, "2023年工作亮点")],
        id="summary-highlights-part",
    ),
    pytest.param(
        # a period of one word before the part's name (今年, 去年, 明年)
        OPENING + "今年工作安排\n今年是“十四五”规划收官之年,做好今年工作意义重大。",
        [(1, None, "今年工作安排")],
        id="this-years-arrangements-part",
    ),
    pytest.param(
        OPENING + "“十一五”时期回顾和2010年工作\n"
        "“十一五”已经过去,在党中央、国务院和中共辽宁省委的正确领导下,全省各族人民励精图治,奋力拼搏,"
        "胜利完成了“十一五”规划确定的各项任务。",
        [(1, None, "“十一五”时期回顾和2010年工作")],
        id="pages056-a-review-and-the-work-of-the-year",
    ),
    pytest.param(
        OPENING + "2025年经济社会发展总体要求和政策取向\n今年是“十四五”规划收官之年。",
        [(1, None, "2025年经济社会发展总体要求和政策取向")],
        id="national2025-requirements-and-policy-orientation",
    ),
    pytest.param(
        OPENING + "2023年工作总结\n"
        "2023年,XX镇紧紧围绕县委、县政府的重点工作部署,主动融入全县区域产业中心城市建设。",
        [(1, None, "2023年工作总结")],
        id="pages022-summary-part",
    ),
    pytest.param(
        OPENING + "20XX年工作回顾\n一年来,全镇上下实现地区生产总值1XX32元,增长21.X%。",
        [(1, None, "20XX年工作回顾")],
        id="pages025-placeholder-year",
    ),
    # the break after the name lost, the one before it kept (a PDF's dump of tokens joined
    # again: 001, 028)
    pytest.param(
        OPENING + "2020年工作回顾2020年是极不平凡的一年,全镇上下统筹推进疫情防控和经济社会发展。\n"
        "2021年工作安排2021年是十四五开局之年,我们将坚持稳中求进。\n",
        [(1, None, "2020年工作回顾"), (1, None, "2021年工作安排")],
        id="pages001-fused-at-line-start",
    ),
    pytest.param(
        OPENING + "2022 年工作回顾2022 年是党的二十大召开之年,是实施十四五规划的重要一年。\n",
        [(1, None, "2022 年工作回顾")],
        id="pages028-fused-at-line-start-spaced-year",
    ),
]

# A part heading right after the title opens the body, numbered or not (008, 044 without
# their 一、): the front ends there.
PARTS_AFTER_THE_TITLE = [
    pytest.param(
        "2022年政府工作报告及2023年重点工作计划\n"
        "2022年工作回顾\n"
        "2022年是中国共产党第二十次全国代表大会召开之年,也是全面推进社会主义现代化建设的开局之年。\n",
        "2022年政府工作报告及2023年重点工作计划",
        [(1, None, "2022年工作回顾")],
        id="pages008-review-after-the-title",
    ),
    pytest.param(
        "縣政府上半年工作總結及下半年工作安排\n"
        "關於上半年工作\n"
        "今年以來,在縣委的正確領導下,全縣各級政府部門牢固樹立科學發展觀。\n"
        "(一)工業經濟保持較快增長\n"
        "上半年,全縣規模以上工業企業累計完成工業總產值x億元,同比增長x%。\n",
        "縣政府上半年工作總結及下半年工作安排",
        [(1, None, "關於上半年工作"), (2, "(一)", "工業經濟保持較快增長")],
        id="pages044-first-half-after-the-title-traditional",
    ),
]


@pytest.mark.parametrize(("text", "title", "expected"), PARTS_AFTER_THE_TITLE)
def test_a_part_heading_after_the_title(
    text: str, title: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert govreport.parse_report(text).metadata.title == title
    assert outline(text) == expected


# A quarter is a part's period as a half-year is (023 without its 一、), and a title cut after
# its conjunction goes on into the next line, though that line reads as a part's name (023
# under a PDF's hard breaks).
QUARTERS = [
    pytest.param(
        "乡镇2022年第一季度工作总结和第二季度工作计划\n"
        "一季度,我镇在县委、县政府的正确领导下,深入贯彻县委经济工作会精神,以争先进位为总基调。\n"
        "一季度工作总结\n"
        "(一)主要经济指标稳步增长,经济结构质量更高后劲更足。\n"
        "一是招商引资成果丰硕。\n",
        "乡镇2022年第一季度工作总结和第二季度工作计划",
        [(1, None, "一季度工作总结"), (2, "(一)", "主要经济指标稳步增长,经济结构质量更高后劲更足")],
        id="pages023-first-quarter-part",
    ),
    pytest.param(
        "乡镇2022年第一季度工作总结和\n第二季度工作计划\n更新时间:2022-10\n来源:网友投稿\n"
        "乡镇2022年第一季度工作总结和第二\n季度工作计划\n一季度,我镇在县委、县政府的正确领导下,\n"
        "深入贯彻县委经济工作会精神,以争先进位为\n总基调,以转型发展为总抓手,奋力\n"
        "实施“一区两带三板块”发展战略,全力冲刺\n经济强镇,现将xx镇1季度工作总\n"
        "结和2季度工作计划汇报如下:\n一、一季度工作总结\n"
        "(一)主要经济指标稳步增长,经济结构质\n量更高后劲更足。\n一是招商引资成果丰硕。\n",
        "乡镇2022年第一季度工作总结和第二季度工作计划",
        [
            (1, "一、", "一季度工作总结"),
            (2, "(一)", "主要经济指标稳步增长,经济结构质量更高后劲更足"),
        ],
        id="pages023-title-cut-after-its-conjunction",
    ),
]


@pytest.mark.parametrize(("text", "title", "expected"), QUARTERS)
def test_a_quarter_names_a_part(
    text: str, title: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert govreport.parse_report(text).metadata.title == title
    assert outline(text) == expected


NOT_PARTS = [
    # what a period is, cut off by a break after its first words (national 1979)
    pytest.param(
        OPENING + "今年是工作着重点\n转移的第一年,又是我们伟大的社会主义祖国建国三十周年。",
        id="national1979-what-the-year-is",
    ),
    # a sentence's first clause cut off by a line break: the work of a period is its object
    pytest.param(
        OPENING + "全面做好今年的工作\n必须坚持突出主题、贯穿主线、统筹兼顾、协调推进。",
        id="national2012-a-clause-cut-before-its-comma",
    ),
    pytest.param(
        OPENING + "今年将继续抓好重点工作\n重点项目建设扎实推进,完成投资5亿元。",
        id="2025_xinjiang-a-sentence-of-the-plan",
    ),
    pytest.param(
        "乡镇2022年工作总结\n"
        "2022年,XX镇紧紧围绕县委、县政府的重点工作部署,主动融入全县区域产业中心城市建设。",
        id="pages022-the-document-title",
    ),
    pytest.param(OPENING + "2025年重点工作\n", id="2025_xinjiang-nothing-follows"),
    pytest.param(
        OPENING + "今年工作亮点纷呈,全镇上下团结一心。\n", id="highlights-as-a-sentences-subject"
    ),
    # sentences opening with a part's words: no year or 一年来 opens a body after them
    pytest.param(
        OPENING + "今年经济社会发展任务十分繁重,我们要迎难而上。\n", id="national2025-sentence"
    ),
    pytest.param(
        OPENING + "过去一年的成绩来之不易,是全省上下团结奋斗的结果。\n", id="2025_jilin-sentence"
    ),
    pytest.param(
        "乡镇2022年工作总结2022年,XX镇紧紧围绕县委、县政府的重点工作部署,主动融入全县建设。",
        id="pages022-the-title-on-one-line",
    ),
]


SITE_FORMS = [
    # a summary sub-heading in traditional script (013 as 019, 038, 050 deliver theirs)
    pytest.param(
        "一、2023年工作回顧\n"
        "一年來,我們堅持惠民生、強保障,持續提升羣衆幸福指數。\n"
        "堅持多渠道開源穩增收。實施先鋒、奎樓等12村舊村復墾項目。\n",
        [
            (1, "一、", "2023年工作回顧"),
            (2, None, "一年來,我們堅持惠民生、強保障,持續提升羣衆幸福指數"),
        ],
        id="013-traditional-summary",
    ),
    # ;; standing for a quotation mark opens a title (051, 058), ;;;; for a dash does not
    pytest.param(
        OPENING + "一、;;十一五;;时期回顾和2010年工作\n;;十一五;;已经过去,全省经济快速发展。\n",
        [(1, "一、", ";;十一五;;时期回顾和2010年工作")],
        id="056-semicolon-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_FORMS)
def test_headings_in_the_forms_sites_give(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNNUMBERED_PARTS)
def test_unnumbered_parts(text: str, expected: list[tuple[int, str | None, str]]) -> None:
    assert outline(text) == expected


@pytest.mark.parametrize("text", NOT_PARTS)
def test_lines_that_are_no_parts(text: str) -> None:
    assert outline(text) == []


# Whole reports on one line (005, 008, 022, 023, 028, 044, 江西 and 湖北 2025 with their breaks
# removed).
ONE_LINE_NO_SPACES = [
    pytest.param(
        # 056 with its line breaks lost: a part opening with a quoted plan and naming the work
        # of a year, its body opening with a quote too
        "各位代表:现在,我代表省政府向大会报告工作,请予审议,并请省政协各位委员提出意见和建议。"
        "一、“十一五”时期回顾和2010年工作“十一五”已经过去,在党中央、国务院和中共辽宁省委的正确领导下,"
        "全省各族人民励精图治,奋力拼搏,胜利完成了“十一五”规划确定的各项任务。“十一五”期间,"
        "全省地区生产总值年均增长14%,去年达到18278亿元,比2005年翻了一番多,升至全国第七位。"
        "地方财政一般预算收入年均增长24.3%,去年达到2004.8亿元,是2005年的3倍。全社会固定资产投资"
        "年均增长30.5%,累计达到5.1万亿元,是“十五”的4.2倍,名列全国前茅。实际利用外商直接投资"
        "年均增长42%,累计达到633亿美元,是“十五”的2.9倍,去年跃居全国第二位。",
        [(1, "一、", "“十一五”时期回顾和2010年工作")],
        id="pages056-quoted-plan-part",
    ),
    pytest.param(
        # 河北 2025 with its line breaks lost: the colon announcing the parts opens the first
        # (…重点做好八方面工作:; 四川, 天津, 浙江, 河南, 云南 2025 announce theirs so too)
        "今年经济社会发展的主要预期目标是:地区生产总值增长5%以上,城镇新增就业90万人以上,"
        "居民消费价格涨幅2%左右,居民收入增长与经济增长同步。落实总体要求、实现全年目标,"
        "最根本的是贯彻落实习近平总书记重要指示精神和党中央决策部署,坚持稳中求进、以进促稳,"
        "守正创新、先立后破,系统集成、协同配合。重点做好八方面工作:(一)聚力抓投资促消费,"
        "推动经济持续稳定增长。深入实施扩大内需战略,形成消费和投资相互促进的良性循环。"
        "提高投资效益。继续把抓有效投资、上优质项目作为主攻方向,持续开展重点项目建设。"
        "大力提振消费。开展提振消费专项行动,加力扩围实施“两新”政策。(二)聚力推进协同发展,"
        "打造高质量发展动力源。坚决扛起政治责任,在对接京津、服务京津中加快发展自己。",
        [
            (1, "(一)", "聚力抓投资促消费,推动经济持续稳定增长"),
            (1, "(二)", "聚力推进协同发展,打造高质量发展动力源"),
        ],
        id="2025_hebei-colon-announcing-the-parts",
    ),
    pytest.param(
        "县长 张自英v7R各位代表:v7R现在,我代表县人民政府,向大会报告政府工作,请予审议。"
        "并请政协委员和其他列席会议的同志提出意见。v7R一、 2020 年和十三五工作回顾v7R"
        "刚刚过去的 2020 年是极不平凡的一年,风险挑战前所未有。面对严峻复杂的国内外形势、"
        "艰巨繁重的改革发展稳定任务,特别是新冠肺炎疫情的严重冲击,我们在以为核心的党中央坚强领导下,"
        "深入贯彻落实区市党委、政府和县委的决策部署,知难而进、迎难而上,精准施策应变局,"
        "抢抓机遇开新局,社会发展工作,解决了一批难事,干成办好了一批大事。v7R"
        "特别感动的是,面对突如其来的新冠肺炎疫情,全县人民守望相助、携手前行,"
        "充分展现了抗疫战疫的马山力量!v7R特别振奋的是,我们彻底摘掉了国定贫困县的帽子。v7R",
        [(1, "一、", "2020 年和十三五工作回顾")],
        id="pages034-junk-where-the-line-breaks-were",
    ),
    pytest.param(
        "各位代表:现在,我代表吴家店镇人民政府向大会作报告,请予审议,并请列席会议的同志提出意见和建议。"
        "一、牢守初心、勇担使命,夺取攻坚克难伟大胜利——2020年及“十三五”工作回顾2020年,"
        "是具有里程碑意义的一年。这一年,我们勠力同心,“十三五”如期收官,综合实力明显跃升;"
        "我们精锐作战,脱贫攻坚捷报不断,百年目标顺利实现。2020年,也是不平凡的一年,开春迎来疫情挑战,"
        "年中面临汛情考验,吴家店镇直面巨大冲击与挑战。面对这两场没有销烟的“战役”,"
        "全镇在县委、县政府和镇党委的科学部署下,以习近平新时代中国特色社会主义思想为指导,"
        "回顾过去的一年,我们主要做了以下工作:(一)稳全局保经济,社会发展平稳过渡一是保人民生命安全。"
        "疫情防控应急响应期间,面对鄂皖交界的巨大区位压力,时刻绷紧",
        [
            (1, "一、", "牢守初心、勇担使命,夺取攻坚克难伟大胜利"),
            (2, "(一)", "稳全局保经济,社会发展平稳过渡"),
        ],
        id="pages005-after-an-announcing-colon",
    ),
    pytest.param(
        "现将xx镇1季度工作总结和2季度工作计划汇报如下:一、一季度工作总结"
        "(一)主要经济指标稳步增长,经济结构质量更高后劲更足。一是招商引资成果丰硕。"
        "今年先后招引了万亿全屋智能家居和华邦保和2个项目,总投资3.6亿元,"
        "仅与襄城区接壤的xxx片区就已落户投资亿元以上的项目10个。二是经济实力稳步提升。"
        "预计一季度完成固定资产投资4.9个亿,同比增长28%;完成社会消费品零售总额2.55亿元,"
        "同比增长16.9%;完成规上工业产值1.28亿元,同比增长17.4%;完成一般预算收入350万元。"
        "三是重点项目稳步推进。目前我镇在库项目15个,规上企业9家,已全部开工;"
        "(二)巩固拓展脱贫攻坚成果,推进乡村振兴实现良好开局。一是“三资”管理规范完善。"
        "强力推进农村集体“三资”清理工作,",
        [
            (1, "一、", "一季度工作总结"),
            (2, "(一)", "主要经济指标稳步增长,经济结构质量更高后劲更足"),
            (2, "(二)", "巩固拓展脱贫攻坚成果,推进乡村振兴实现良好开局"),
        ],
        id="pages023-after-汇报如下",
    ),
    pytest.param(
        "主 题 词:2022年政府工作报告及2023年重点工作计划一、2022年工作回顾"
        "2022年是中国共产党第二十次全国代表大会召开之年,也是全面推进社会主义现代化建设的开局之年。"
        "过去一年,在区委、区政府和镇党委的决策领导下,在镇人大有力监督和大力支持下,"
        "镇政府始终坚持以习近平新时代中国特色社会主义思想为指导,不忘初心、牢记使命,"
        "全面贯彻党的二十大精神及习近平视察海南时重要讲话精神,增强“四个意识”、坚定“四个自信”、"
        "做到“两个维护”,围绕“一本三基四梁八柱”战略框架,团结带领全镇人民,着力推动转型提速高质量发展,"
        "人民群众获得感、幸福感、安全感显著提升,经济社会发展平稳健康发展。"
        "一年来,我们稳中求进,始终坚持发展为第一要务,激发高质量发展源头活水。",
        [(1, "一、", "2022年工作回顾")],
        id="pages008-first-heading-glued-to-the-title",
    ),
    pytest.param(
        "縣政府上半年工作總結及下半年工作安排一、關於上半年工作今年以來,在縣委的正確領導下,"
        "全縣各級政府部門牢固樹立科學發展觀,按照“搶抓機遇,東向發展,爭先進位,奮力崛起”的總體要求,"
        "緊緊圍繞年度目標,努力轉變政府職能和工作作風,真抓實幹,開拓創新,"
        "全縣經濟和社會事業保持了快速發展的良好勢頭。上半年累計實現地區生產總值x億元,同比增長x%,"
        "其中一、二、三產增加值分別同比增長x%、x%和x%。(一)工業經濟保持較快增長上半年,"
        "全縣規模以上工業企業累計完成工業總產值x億元,同比增長x%;實現銷售收入x億元,同比增長x%;"
        "完成稅金x萬元,同比增長x%。工業經濟運行質量逐步提高,企業市場開拓成效顯著,產銷率達x%。",
        [(1, "一、", "關於上半年工作"), (2, "(一)", "工業經濟保持較快增長")],
        id="pages044-first-heading-glued-to-the-title",
    ),
    pytest.param(
        "突出抓好经济增长、乡村振兴、民生保障、安全生产、疫情防控等工作,经济社会保持稳定发展。"
        "一、2022年工作总结抗疫情,奋力保障群众安全一是持续夯实“网格化”管理,按照每网格不超过20户要求,"
        "将全镇农户划分为529个网格,形成“镇级统筹、联防联控,村组动员、群防群治”格局,抓好网格员培训,"
        "坚持镇村组+网格员的多层次管理措施,抓实重点人群排查管控,严格管理好各类推送人员。"
        "截止目前,我镇累积居家管控341人次,摸排各类返乡人员1118人次。二是坚决筑牢外防输入防线,"
        "慎始如终抓好健康服务站(板桥收费站)值守工作,牢牢守住疫情防控“第一关”。"
        "三是按要求完成各年龄层次群众疫苗接种任务,构建人民健康免疫屏障。"
        "(二)促增收,稳步推进农业产业发展一是认真落实好年度粮食作物播种计划任务,",
        [(1, "一、", "2022年工作总结"), (2, "(二)", "促增收,稳步推进农业产业发展")],
        id="pages022-a-summary-part-glued-to-the-body",
    ),
    pytest.param(
        "各位代表:现在,我代表平湖镇人民政府向大会报告政府工作,请各位代表予以审议,"
        "并请列席同志提出意见。2022 年工作回顾2022 年是党的二十大召开之年,"
        "是实施“十四五”规划的重要一年。这一年来,镇政府在县委、县政府和镇党委的坚强领导下,"
        "在镇人大的监督支持下,以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,"
        "全面落实“三提三效”行动部署,团结带领全镇广大干部和群众,不忘初心、牢记使命,"
        "奋力攻坚、狠抓落实,顺利完成了镇第十九届人民代表大会第一次会议确定的各项目标任务。"
        "预计 2022 年全镇实现工农业总值31.88 亿元,增长 7%,其中农业总产值 17.2 亿元,增长5.5%,"
        "工业总产值 14.68 亿元,增长 9%;完成财政总收入1246.34 万元;固定资产投资 0.99 亿元;",
        [(1, None, "2022 年工作回顾")],
        id="pages028-part-with-a-spaced-year",
    ),
    pytest.param(
        "；经济金融、生态环境、公共安全等领域风险隐患不容忽视；民生领域还有不少短板，优质公共服务供给仍有缺口；"
        "一些政府工作人员执行力、创造力较弱，作风不够扎实，打开工作局面、破解难题本领不强。"
        "我们将直面问题，全力应对，决不辜负全省人民的期待和重托。二、2025年工作安排"
        "今年是“十四五”规划收官之年。省政府工作总体要求是：以习近平新时代中国特色社会主义思想为指导，"
        "深入贯彻党的二十大和二十届二中、三中全会以及中央经济工作会议精神，"
        "全面落实习近平总书记考察江西重要讲话精神，按照省委十五届四次、五次、六次、七次全会和"
        "省委经济工作会议部署，聚焦“走在前、勇争先、善作为”的目标要求，围绕打造“三大高地”，"
        "实施“五大战略”，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，",
        [(1, "二、", "2025年工作安排")],
        id="2025_jiangxi-part-glued-to-今年是",
    ),
    pytest.param(
        "支持国防和军队现代化建设，加强国防教育、国防动员、“双拥”共建工作，扎实推进跨军地改革任务落实，"
        "构建军民一体化战略体系和能力，做好退役军人服务保障工作，巩固发展新时代军政军民团结。"
        "加强民族宗教、援疆援藏、外事侨务、港澳台等工作，做好社会科学、新闻出版、广播影视、档案保密、"
        "参事文史、机关事务、志愿服务等工作，支持工会、共青团、妇联、残联、科协、侨联、工商联、"
        "红十字会等群团组织更好发挥作用，全社会协同，凝聚起同心同德、团结奋斗的磅礴力量。"
        "三、全面加强政府自身建设面对艰巨繁重的改革发展稳定任务，需要我们大力推动政府的职能转变、"
        "管理创新和服务变革，不断提高政府治理现代化水平，努力建设让人民满意的务实、高效、清廉的法治型服务型政府。",
        [(1, "三、", "全面加强政府自身建设")],
        id="2025_hubei-closing-part-glued-to-its-body",
    ),
    # a sentence opening with a plan or a target as its subject is no part fused to its body
    # (national 2016 on one line: 今年拟安排|财政赤字…; 1980: 1980年计划|正在顺利执行)
    pytest.param(
        "三、2016年重点工作今年是全面建成小康社会决胜阶段的开局之年,也是推进结构性改革的攻坚之年。"
        "经济增长预期目标6.5%-7%,考虑了与全面建成小康社会目标相衔接,考虑了推进结构性改革的需要,"
        "也有利于稳定和引导市场预期。今年要重点做好八个方面工作。"
        "(一)稳定和完善宏观经济政策,保持经济运行在合理区间。"
        "我们宏观调控还有创新手段和政策储备,既要立足当前、有针对性地出招,顶住经济下行压力,"
        "又要着眼长远、留有后手、谋势蓄势。积极的财政政策要加大力度。"
        "今年拟安排财政赤字2.18万亿元,比去年增加5600亿元,赤字率提高到3%。"
        "其中,中央财政赤字1.4万亿元,地方财政赤字7800亿元。安排地方专项债券4000亿元,"
        "继续发行地方政府置换债券。我国财政赤字率和政府负债率在世界主要经济体中相对较低,"
        "这样的安排是必要的、可行的。",
        [
            (1, "三、", "2016年重点工作"),
            (2, "(一)", "稳定和完善宏观经济政策,保持经济运行在合理区间"),
        ],
        id="national2016-a-sentence-of-the-budget-is-no-part",
    ),
    # 058 on one line: the site's junk token stands where each line break was
    pytest.param(
        "各位代表:zTB现在,我代表西藏自治区人民政府,向大会报告政府工作,请予审议。"
        "并请政协委员和其他列席人员提出意见。zTB2018年工作回顾zTB2018年,"
        "是全面贯彻党的十九大精神的开局之年,也是新一届自治区人民政府履职的第一年。一年来,"
        "我们在和党中央、国务院的亲切关怀下,在自治区党委的坚强领导下,"
        "坚持以新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中全会以及"
        "中央第六次西藏工作座谈会精神,认真贯彻总书记关于治边稳藏的重要论述和一系列重要批示指示精神,"
        "按照自治区第九次党代会的部署,贯彻;;五个坚持;;,以处理好;;十三对关系;;为根本方法,"
        "全力打好;;三大攻坚战;;,着力推进;;十大工程;;,聚力发展;;七大产业;;,"
        "推动高质量发展迈出实质性步伐,圆满完成了第十一届自治区人民代表大会第一次会议确定的各项目标任务。",
        [(1, None, "2018年工作回顾")],
        id="pages058-junk-tokens-where-the-breaks-were",
    ),
]

# … with a space where each line break was (029, 046, 054).
ONE_LINE_SPACED = [
    pytest.param(
        "各位代表: 现在,我代表平湖镇人民政府向大会报告政府工作, 请各位代表予以审议,"
        "并请列席同志提出意见。 2022 年工作回顾 2022 年是党的二十大召开之年,"
        "是实施“十四五”规划的 重要一年。这一年来,镇政府在县委、县政府和镇党委的 坚强领导下,"
        "在镇人大的监督支持下,以习近平新时代中 国特色社会主义思想为指导,深入贯彻党的二十大精神, "
        "全面落实“三提三效”行动部署,全面融入“数字古田、绿色古田、开放古田、健康古田、魅力古田”建设,"
        "团结带领全 镇广大干部和群众,不忘初心、牢记使命,奋力攻坚、狠 抓落实,"
        "顺利完成了镇第十九届人民代表大会第一次会议 确定的各项目标任务。"
        "预计 2022 年全镇实现工农业总值 31.88 亿元,增长 7%,",
        [(1, None, "2022 年工作回顾")],
        id="pages028-spaces-for-breaks",
    ),
    pytest.param(
        "各位代表: 现在,我代表市政府向大会报告工作,请予审议,并请市政协各位委员提出看法和建议。 "
        "一、2022年工作回顾 2022年,是我市经济社会接着高速发展的一年。在沈阳市委、市政府及新民市委的"
        "正确领导下,在市人大依法监督和市政协民主监督下,市政府团结带领全市人民,深化贯彻科学发展观,"
        "围绕“进入全国百强、建设华蜜新民”目标,扎实推动工业化、城镇化、农业产业化、生态化进程, "
        "2、圆满完成四届人大四次会议确定的各项工作任务,基本达到全国百强县发展水平,"
        "实现了全市“十二五”时期的完备开局。 预料全市地区生产总值实现370亿元,同比增长32%。"
        "财政一般预算收入实现21.5亿元,增长81.5%;税收收入实现15亿元,增长86.8%。",
        [(1, "一、", "2022年工作回顾")],
        id="pages040-a-chunk-number-inside-a-sentence-is-no-heading",
    ),
    pytest.param(  # the title, a space, then the first heading: the body starts at the heading
        "縣政府上半年工作總結及下半年工作安排 一、關於上半年工作 今年以來,在縣委的正確領導下,"
        "全縣各級政府部門牢固樹立科學發展觀,按照“搶抓機遇,東向發展,爭先進位,奮力崛起”的總體要求,"
        "緊緊圍繞年度目標,努力轉變政府職能和工作作風,真抓實幹,開拓創新,全縣經濟和社會事業保持了"
        "快速發展的良好勢頭。 (一)工業經濟保持較快增長 上半年,全縣規模以上工業企業累計完成"
        "工業總產值x億元,同比增長x%;實現銷售收入x億元,同比增長x%;完成稅金x萬元,同比增長x%。全縣工業企業"
        "技改擴建項目進展順利,新開工項目x個。",
        [(1, "一、", "關於上半年工作"), (2, "(一)", "工業經濟保持較快增長")],
        id="pages044-title-then-the-first-heading",
    ),
    pytest.param(  # junk where the line breaks were, each break now a space
        "自治区主席 齐扎拉zTB 各位代表:zTB 现在,我代表西藏自治区人民政府,向大会报告政府工作,"
        "请予审议。并请政协委员和其他列席人员提出意见。zTB 2018年工作回顾zTB 2018年,"
        "是全面贯彻党的十九大精神的开局之年,也是新一届自治区人民政府履职的第一年。一年来,"
        "在以习近平同志为核心的党中央坚强领导下,我们团结带领全区各族干部群众,"
        "坚持稳中求进工作总基调,全区经济社会发展取得新成效。zTB 全区生产总值增长9.1%。zTB "
        "一般公共预算收入增长10.2%,全社会固定资产投资增长10%,社会消费品零售总额增长10.5%,"
        "城乡居民人均可支配收入分别增长9.5%和10.7%,居民消费价格涨幅控制在3%以内。zTB",
        [(1, None, "2018年工作回顾")],
        id="pages058-junk-and-spaces-for-breaks",
    ),
]

# What a text on one line still hides.
ONE_LINE_NOT_YET = [
    pytest.param(
        "2015年,街道办事处在区委、区政府的正确领导下,以党的十八大、十八届三中、四中、五中全会精神为指引,"
        "以杨浦建设具有全球影响力的科创中心重要承载区为主线,以夯实基层基础、创新社会治理为重点,"
        "以提升社区治理能力和城区综合管理的规范化、精细化水平为目标,团结带领社区广大干部群众,"
        "稳中求进、开拓创新,夯实“党建引领、政府推进、五区联动、依法治理”的社区共治格局,"
        "较好地完成了年初确定的各项目标任务。(一)夯实基础,统筹兼顾,社区民生持续改善"
        "紧紧围绕民生为本的工作理念,聚焦群众急难愁问题,积极落实各项惠民政策,"
        "全面完成就业创业、社区服务、市容环境等10类46项社区实事项目,社区居民生活水平逐步提升。"
        "落实各项基本保障。1月至10月救助各类困难对象9307人次,支出助困金额581.1万元。",
        [(1, "(一)", "夯实基础,统筹兼顾,社区民生持续改善")],
        id="pages010-a-title-glued-to-its-body",
        marks=pytest.mark.xfail(
            strict=True,
            reason="nothing tells where a title of clauses ends and its body begins "
            "(…社区民生持续改善|紧紧围绕…): the first clause is taken",
        ),
    ),
    pytest.param(
        "尊敬的各位领导、各位代表,大家好!👋在这春意盎然的季节里,我们齐聚一堂,共同回顾过去一年的工作成果,"
        "展望新的一年发展蓝图,我代表镇原县政府,向大家汇报2024年的工作报告。🌟回顾2023年工作成果🏆"
        "过去的一年,镇原县在县委、县政府的坚强领导下,全县人民团结一心,砥砺奋进,取得了显著的成绩。"
        "经济发展稳中向好,全县GDP增长6%,财政收入增长5%,城乡居民人均可支配收入分别增长7%和8%。📈"
        "产业发展成效显著,农业产业结构不断优化,粮食产量稳定在10万吨以上;工业经济稳步增长,"
        "规模以上工业企业增加值增长8%;第三产业快速发展,服务业增加值增长9%。🌱🌟"
        "基础设施建设稳步推进,投资10亿元,实施了一批重点基础设施项目,"
        "全县交通、水利、能源等基础设施条件得到明显改善。",
        [(1, None, "回顾2023年工作成果🏆")],
        id="pages037-emoji-around-a-part-heading",
        marks=pytest.mark.xfail(
            strict=True, reason="emoji glued around a part heading in a text on one line"
        ),
    ),
]
ONE_LINE = [*ONE_LINE_NO_SPACES, *ONE_LINE_SPACED, *ONE_LINE_NOT_YET]


@pytest.mark.parametrize(("text", "expected"), ONE_LINE)
def test_headings_of_reports_on_one_line(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


# A PDF's text: 055 as the page gives it; 湖南, 湖北 2025 cut every ~15 characters as a PDF's
# lines are (paragraphs indented, GB/T 9704 §7.3.3); 040's chunks cut by breaks or tags.
HARD_BREAKS = [
    pytest.param(
        "农稳国本，粮安天下。我们要把广\n大农民、广袤田野、广阔农村的\n事，放在心上抓在手上，让乡村美\n"
        "、产业兴、农民富的愿景成为触手\n可及的生活图景。\n\u3000\u3000（七）进一步增强文化软实力\n"
        "\u3000\u3000加快建设文化强省，推动\n湖湘文化在新时代实现新发展\n、呈现新气象，更好担负起新\n"
        "的文化使命。\n\u3000\u3000践行社会主义核心价值观。持续开\n展“强国复兴有我”群众性主\n"
        "题宣传教育活动，推进“湖湘资源",
        [(1, "（七）", "进一步增强文化软实力")],
        id="2025_hunan-indented-paragraphs",
    ),
    pytest.param(
        "，教育、医疗、养老等公共服务与群\n众期盼还有差距，生态环境治理还\n有薄弱环节，基层“三保”压\n"
        "力加大。工作中形式主义、官僚主\n义问题仍然存在，营商环境还存在顽瘴\n痼疾，一些干部的思想认识、能力作\n"
        "风、精神状态还跟不上高质量发展\n的要求。对这些问题，我们一定高\n度重视，采取有力措施认真加以解决\n"
        "。\n二、2025年工作思路和重点\n任务\n今年是全面贯彻党的二十届三中\n全会精神的开局之年，是决胜“十\n"
        "四五”、谋划“十五五”的关键之年。\n纵观当前形势",
        [(1, "二、", "2025年工作思路和重点任务")],
        id="2025_hubei-part-heading-wrapped",
    ),
    pytest.param(
        "2020 年衡阳市人民政府工作报告(全文)\n各位代表:\n"
        "现在,我代表市人民政府,向大会报告工作请予审议,\n"
        "并请各位政协委员和其他列席人员提出意见。\n一、2019 年工作回顾\n70\n"
        "推进高质量发展的大干之年。一年来,面对外部环境深刻\n化和地区竞争日益加剧,全市上下坚持以习近平新时代中\n"
        "特色社会主义思想为指导在市委的坚强领导下,聚焦高质",
        [(1, "一、", "2019 年工作回顾")],
        id="pages055-page-number-after-a-heading",
    ),
    pytest.param(
        "各位代表: 现在,我代表市政府向大会报告工作,请予审议,并请市政协各位委员提出看法和建议。\n"
        "一、2022年工作回顾\n2022年,是我市经济社会接着高速发展的一年。在沈阳市委、市政府及新民市委的\n"
        "正确领导下,在市人大依法监督和市政协民主监督下,市政府团结带领全市人民,深化贯彻科学发展观,\n"
        "围绕“进入全国百强、建设华蜜新民”目标,扎实推动工业化、城镇化、农业产业化、生态化进程,\n"
        "2、圆满完成四届人大四次会议确定的各项工作任务,基本达到全国百强县发展水平,实现了全\n"
        "市“十二五”时期的完备开局。预料全市地区生产总值实现370亿元,同比增长32%。",
        [(1, "一、", "2022年工作回顾")],
        id="pages040-a-chunk-number-after-a-line-cut-mid-sentence",
    ),
    pytest.param(
        "各位代表: 现在,我代表市政府向大会报告工作,请予审议,并请市政协各位委员提出看法和建议。 "
        "一、2022年工作回顾 2022年,是我市经济社会接着高速发展的一年。在沈阳市委、市政府及新民市委的"
        "正确领导下,在市人大依法监督和市政协民主监督下,市政府团结带领全市人民,深化贯彻科学发展观,"
        "围绕“进入全国百强、建设华蜜新民”目标,扎实推动工业化、城镇化、农业产业化、生态化进程,</span><br>"
        '<p align="center"><strong>2、圆满完成四届人大四次会议确定的各项工作任务,基本达到全国百强县'
        "发展水平,实现了全市“十二五”时期的完备开局。 预料全市地区生产总值实现370亿元,同比增长32%。",
        [(1, "一、", "2022年工作回顾")],
        id="pages040-a-chunk-number-after-a-tag-mid-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HARD_BREAKS)
def test_headings_of_hard_wrapped_text(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


# A part whose ``一、`` was lost (benchmarks/perturbed.py ``lost_markers``; 022 lost its first
# ``(一)``): the ``二、`` after it is its sibling, not a child.
LOST_PART_MARKERS = [
    pytest.param(
        # a summary whose first part lost its 一、: the next numbered part names a part in the
        # words of its kind (存在的问题), so it continues the unmarked part at the top
        "乡镇2023年工作总结\n2023年工作回顾\n全镇实现地区生产总值12.5亿元,同比增长6%,各项事业全面进步。\n"
        "二、存在的问题\n经济总量偏小,产业结构不优。\n三、下一步工作打算\n力争地区生产总值增长6%。\n",
        [
            (1, None, "2023年工作回顾"),
            (1, "二、", "存在的问题"),
            (1, "三、", "下一步工作打算"),
        ],
        id="summary-first-part-lost-its-number",
    ),
    pytest.param(
        OPENING + "过去一年工作回顾\n"
        "一年来,按照自治区党委部署要求,我们主要做了以下工作:\n"
        "(一)扎实推进国家各项政策落地落实。围绕“两重”建设,争取国家资金。\n"
        "(二)扎实推进强产业增动能。启动新一轮工业振兴三年行动。\n"
        "二、2025年目标任务和重点工作\n"
        "今年是“十四五”规划收官之年。\n"
        "(一)大力提振消费,更好发挥牵引带动作用。把促消费和惠民生紧密结合起来。\n",
        [
            (1, None, "过去一年工作回顾"),
            (2, "(一)", "扎实推进国家各项政策落地落实"),
            (2, "(二)", "扎实推进强产业增动能"),
            (1, "二、", "2025年目标任务和重点工作"),
            (2, "(一)", "大力提振消费,更好发挥牵引带动作用"),
        ],
        id="2025_guangxi-review-lost-its-number",
    ),
    pytest.param(
        OPENING + "2024年工作回顾\n"
        "2024年是实现“十四五”规划目标任务的关键一年。\n"
        "——发展韧性持续增强。产业投资增长10.1%。\n"
        "二、2025年工作安排\n"
        "今年是“十四五”规划收官之年。\n"
        "(一)聚焦全方位扩大国内需求,着力促消费扩投资。创新供给引导需求。\n",
        [
            (1, None, "2024年工作回顾"),
            (1, "二、", "2025年工作安排"),
            (2, "(一)", "聚焦全方位扩大国内需求,着力促消费扩投资"),
        ],
        id="2025_jilin-review-lost-its-number",
    ),
    pytest.param(
        OPENING + "2020年工作回顾\n"
        "2020年,全镇上下团结一心。\n"
        "以服务重点项目为重要抓手,全面发展镇村经济\n"
        "经济指标增速明显。\n"
        "二、以改善民生为根本,社会事业全面进步\n"
        "教育质量稳步提升。\n",
        [
            (1, None, "2020年工作回顾"),
            (2, None, "以服务重点项目为重要抓手,全面发展镇村经济"),
            (2, "二、", "以改善民生为根本,社会事业全面进步"),
        ],
        id="pages026-first-point-lost-its-number",
    ),
    # national 1992 with its 一、 and 二、 lost whole: a part and a line before 三、, two
    # numbers for two headings
    pytest.param(
        "各位代表:\n现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。\n"
        "１９９１年国内工作的回顾\n"
        "１９９１年是我们的国家沿着有中国特色的社会主义道路继续前进的一年。\n"
        "抓紧有利时机,加快经济发展\n"
        "现在,我国国内条件具备,国际环境有利,再加上发挥社会主义制度能够集中力量办大事的优势,"
        "在今后现代化建设的长过程中,出现若干个发展速度比较快、效益比较好的阶段,是必要的,"
        "也是能够办到的。\n"
        "三、加快改革步伐,扩大对外开放\n"
        "改革是从根本上改变束缚生产力发展的经济体制,建立起充满生机和活力的社会主义经济体制,"
        "促进有计划商品经济的发展。\n"
        "四、为经济建设和改革开放创造更好的社会政治环境\n"
        "１９９２年,政府工作要更好地体现现代化建设的全面要求。\n",
        [
            (1, None, "１９９１年国内工作的回顾"),
            (1, None, "抓紧有利时机,加快经济发展"),
            (1, "三、", "加快改革步伐,扩大对外开放"),
            (1, "四、", "为经济建设和改革开放创造更好的社会政治环境"),
        ],
        id="national1992-a-part-and-a-line-lost-their-numbers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOST_PART_MARKERS)
def test_a_part_that_lost_its_number(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


# The top numbered sequence starts again at 1 only under a new parent (GB/T 9704 ranks 一、
# above （一）): the one short line standing alone before each run is that parent, marked or
# not.  National 1984 prints its two parts so; 2025_fujian is shown without its 一、 二、 三、.
UNMARKED_PARENTS = [
    pytest.param(
        "各位代表:\n我代表国务院向大会作政府工作报告,请予审议。\n"
        "关于国内建设\n"
        "根据一九八三年六月第六届全国人民代表大会第一次会议的决议,各级政府和全国各族人民一道,"
        "为全面开创社会主义现代化建设的新局面,进行了不懈的努力。\n"
        "一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端,更好地调动企业和职工的积极性\n"
        "当前城市经济体制改革的中心课题,是要彻底改变企业经营好坏一个样,"
        "职工干多干少一个样的状况。\n"
        "二、改革建筑业和基本建设的管理体制,大力提高投资效益\n"
        "建筑业的经济效益如何,对整个国民经济关系极大。\n"
        "关于外交工作\n"
        "一年来,我国积极开展外交活动,扩大同各国的联系和交往,增进相互了解和友谊,"
        "发展和改善了我国同许多国家的关系。\n"
        "一、维护世界和平是我国对外政策的主要目标\n"
        "中国要和平,不要战争。\n"
        "二、我们坚持在和平共处五项原则的基础上发展同世界各国的关系\n"
        "“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”\n"
        "早已裁入我国宪法,它是我国处理同一切国家关系的基本准则。\n",
        [
            (1, None, "关于国内建设"),
            (
                2,
                "一、",
                "认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端,更好地调动企业和职工的积极性",
            ),
            (2, "二、", "改革建筑业和基本建设的管理体制,大力提高投资效益"),
            (1, None, "关于外交工作"),
            (2, "一、", "维护世界和平是我国对外政策的主要目标"),
            (2, "二、", "我们坚持在和平共处五项原则的基础上发展同世界各国的关系"),
        ],
        id="national1984-two-parts-without-numbers",
    ),
    pytest.param(
        OPENING + "牢记殷殷嘱托,在接续奋斗中新福建建设取得新成效\n"
        "2024年是中华人民共和国成立75周年,也是福建发展历程中具有里程碑意义的一年。\n"
        "(一)筑牢实体根基,产业体系现代化水平进一步提升\n"
        "产业升级步伐加快。推动传统产业“智改数转”。\n"
        "(二)坚持一体推进,高水平创新型省份加快建设\n"
        "教育质量稳步提升。\n"
        "知所从来,方明所往。我们更加深刻体会到。\n"
        "牢记历史使命,在中国式现代化建设中奋勇争先\n"
        "福建是习近平新时代中国特色社会主义思想的重要孕育地和实践地。\n"
        "厚望如山,使命如磐。\n"
        "(一)坚持自立自强,跑出科技创新加速度、塑造发展新动能。推进教育科技人才一体发展。\n"
        "(二)坚持因地制宜,大力推动转型升级、建设现代化产业体系。\n"
        "大力推进新型工业化。既强化整体布局、系统推进,又突出重点、抓住关键。\n"
        "牢记人民至上,在建设服务型政府中践行初心使命\n"
        "政绩好不好,关键看老百姓口碑好不好。\n"
        "(一)以忠诚之魂永葆本色。学思想,全面落实以学铸魂。\n"
        "(二)以改革之力推动发展。更大勇气破解难题。\n",
        [
            (1, None, "牢记殷殷嘱托,在接续奋斗中新福建建设取得新成效"),
            (2, "(一)", "筑牢实体根基,产业体系现代化水平进一步提升"),
            (2, "(二)", "坚持一体推进,高水平创新型省份加快建设"),
            (1, None, "牢记历史使命,在中国式现代化建设中奋勇争先"),
            (2, "(一)", "坚持自立自强,跑出科技创新加速度、塑造发展新动能"),
            (2, "(二)", "坚持因地制宜,大力推动转型升级、建设现代化产业体系"),
            (1, None, "牢记人民至上,在建设服务型政府中践行初心使命"),
            (2, "(一)", "以忠诚之魂永葆本色"),
            (2, "(二)", "以改革之力推动发展"),
        ],
        id="2025_fujian-parts-without-numbers",
    ),
    pytest.param(
        OPENING + "2024年工作回顾\n"
        "2024年是中华人民共和国成立75周年,也是福建发展历程中具有里程碑意义的一年。\n"
        "(一)筑牢实体根基,产业体系现代化水平进一步提升\n"
        "产业升级步伐加快。\n"
        "(二)坚持一体推进,高水平创新型省份加快建设\n"
        "教育质量稳步提升。\n"
        "牢记历史使命,在中国式现代化建设中奋勇争先\n"
        "厚望如山,使命如磐。\n"
        "(一)坚持自立自强,跑出科技创新加速度、塑造发展新动能。推进教育科技人才一体发展。\n",
        [
            (1, None, "2024年工作回顾"),
            (2, "(一)", "筑牢实体根基,产业体系现代化水平进一步提升"),
            (2, "(二)", "坚持一体推进,高水平创新型省份加快建设"),
            (1, None, "牢记历史使命,在中国式现代化建设中奋勇争先"),
            (2, "(一)", "坚持自立自强,跑出科技创新加速度、塑造发展新动能"),
        ],
        id="2025_fujian-first-part-named-as-2025_sichuan-names-it",
    ),
    # two lines could be the second run's parent (the quoted principles, moved up): nothing is
    # inferred, and the run nests under the heading it follows
    pytest.param(
        "各位代表:\n我代表国务院向大会作政府工作报告,请予审议。\n"
        "关于国内建设\n"
        "国民经济在继续贯彻执行调整、改革、整顿、提高的方针中稳步前进。\n"
        "一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端,更好地调动企业和职工的积极性\n"
        "当前城市经济体制改革的中心课题,是要彻底改变企业经营好坏一个样,"
        "职工干多干少一个样的状况。\n"
        "二、改革建筑业和基本建设的管理体制,大力提高投资效益\n"
        "建筑业的经济效益如何,对整个国民经济关系极大。\n"
        "关于外交工作\n"
        "“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”\n"
        "一、维护世界和平是我国对外政策的主要目标\n"
        "中国要和平,不要战争。\n",
        [
            (
                1,
                "一、",
                "认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端,更好地调动企业和职工的积极性",
            ),
            (1, "二、", "改革建筑业和基本建设的管理体制,大力提高投资效益"),
            (2, "一、", "维护世界和平是我国对外政策的主要目标"),
        ],
        id="national1984-two-candidate-parents",
    ),
    # 三、 lost (as 022 lost its first （一）) while its （一） restarts the sequence of 二、
    pytest.param(
        OPENING + "二、牢记历史使命,在中国式现代化建设中奋勇争先\n"
        "福建是习近平新时代中国特色社会主义思想的重要孕育地和实践地。\n"
        "(一)坚持自立自强,跑出科技创新加速度、塑造发展新动能。推进教育科技人才一体发展。\n"
        "(二)坚持因地制宜,大力推动转型升级、建设现代化产业体系。\n"
        "大力推进新型工业化。既强化整体布局、系统推进,又突出重点、抓住关键。\n"
        "(三)坚持底线思维,统筹发展和安全、防范化解重点领域风险。\n"
        "守住安全底线。\n"
        "牢记人民至上,在建设服务型政府中践行初心使命\n"
        "政绩好不好,关键看老百姓口碑好不好。\n"
        "(一)以忠诚之魂永葆本色。学思想,全面落实以学铸魂。\n"
        "(二)以改革之力推动发展。更大勇气破解难题。\n",
        [
            (1, "二、", "牢记历史使命,在中国式现代化建设中奋勇争先"),
            (2, "(一)", "坚持自立自强,跑出科技创新加速度、塑造发展新动能"),
            (2, "(二)", "坚持因地制宜,大力推动转型升级、建设现代化产业体系"),
            (2, "(三)", "坚持底线思维,统筹发展和安全、防范化解重点领域风险"),
            (1, None, "牢记人民至上,在建设服务型政府中践行初心使命"),
            (2, "(一)", "以忠诚之魂永葆本色"),
            (2, "(二)", "以改革之力推动发展"),
        ],
        id="2025_fujian-a-part-lost-its-number-before-its-restart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNMARKED_PARENTS)
def test_a_restarted_sequence_has_its_unmarked_parent(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


# A number that jumps ahead of its sequence while a later sibling goes on where it was is a
# stray: 2025_anhui as a PDF's dump of tokens cuts ``合淮、合六、合滁`` before ``六、``.
STRAY_NUMBERS = [
    pytest.param(
        OPENING + "一、2024年工作回顾\n过去一年,是安徽发展史上具有重要里程碑意义的一年。\n"
        "(一)科学调度、精准施策,推动经济持续回升向好。一年来,主要做了以下工作。\n"
        "合肥都市圈发展规划获批实施,合淮、合\n六、合滁合作园区加快建设。\n"
        "皖西大别山革命老区加快振兴发展。\n"
        "二、2025年工作总体要求和主要目标任务\n今年是“十四五”规划收官之年。\n",
        [
            (1, "一、", "2024年工作回顾"),
            (2, "(一)", "科学调度、精准施策,推动经济持续回升向好"),
            (1, "二、", "2025年工作总体要求和主要目标任务"),
        ],
        id="2025_anhui-token-dump-cut-before-a-list",
    ),
    pytest.param(
        OPENING + "一、2024年工作回顾\n过去一年,全区经济持续回升向好。\n"
        "(一)锚定目标攻坚,经济发展实现逆势而上。在连续两年高基数增长。\n"
        "(二)强化改革开放,发展动力活力有效释放。积极融入新发展格局。\n"
        "(六)突出效能提升,政府自身建设全面加强。坚持以政治建设为统领。\n"
        "二、2025年目标任务\n实现全年目标,必须重点抓好以下工作:\n"
        "(一)坚持以特色优势产业为支撑,在经济高质量发展上实现新突破。按照五个“必须统筹”。\n"
        "(三)坚持以“一河三山”为基准线,在加强生态文明建设上实现新突破。深入践行。\n",
        [
            (1, "一、", "2024年工作回顾"),
            (2, "(一)", "锚定目标攻坚,经济发展实现逆势而上"),
            (2, "(二)", "强化改革开放,发展动力活力有效释放"),
            (2, "(六)", "突出效能提升,政府自身建设全面加强"),
            (1, "二、", "2025年目标任务"),
            (2, "(一)", "坚持以特色优势产业为支撑,在经济高质量发展上实现新突破"),
            (2, "(三)", "坚持以“一河三山”为基准线,在加强生态文明建设上实现新突破"),
        ],
        id="2025_ningxia-a-gap-is-no-stray-across-parts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_NUMBERS)
def test_a_stray_number_is_no_heading(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


def test_a_run_in_heading_whose_body_is_cut_off_before_its_first_sentence_ends() -> None:
    # 014 split into sentences: the page stops inside the body after the gap
    text = (
        OPENING + "一、完成情况\n(一)全镇主要经济指标完成情况\n预计完成地区生产总值10.3亿元。\n"
        " (二)固定资产投资指标完成情况 预计1-6月份,全镇固定资产投资完成5.7亿元,同比增长21%,"
    )
    assert outline(text) == [
        (1, "一、", "完成情况"),
        (2, "(一)", "全镇主要经济指标完成情况"),
        (2, "(二)", "固定资产投资指标完成情况"),
    ]
    # a short line with spaces and no clause after them is a title as a whole, and so is
    # one whose gaps stand between a number and its unit or between spaced letters
    for title in (
        "2024 年 工作 回顾",
        "2020 年工作回顾, 2021 年工作安排",
        "坚 持 稳 中 求 进, 推 动 发 展",
    ):
        assert outline(OPENING + f"一、 {title}\n全年增长6%。\n")[0] == (1, "一、", title)


# A sibling whose marker was lost (022 loses its first (一)): between two run-in siblings its
# paragraph opens with a title-shaped sentence; after the last one, its line stands alone.
LOST_SIBLINGS = [
    pytest.param(
        # 022's layout, its lost first sub-heading without a comma: after a part's whole name
        # (…工作回顾) the next short line is no second line of the heading
        "乡镇2022年工作总结\n一、2022年工作回顾\n经济发展稳中有进\n"
        "全镇实现地区生产总值12.5亿元,同比增长6%,各项事业全面进步。\n"
        "(二)民生事业持续改善\n全镇新增就业500人,城乡居民收入稳步提高。\n",
        [
            (1, "一、", "2022年工作回顾"),
            (2, None, "经济发展稳中有进"),
            (2, "(二)", "民生事业持续改善"),
        ],
        id="pages022-first-sub-heading-lost-its-marker-after-a-whole-name",
    ),
    pytest.param(
        OPENING + "一、2025年工作安排\n"
        "(一)聚力抓投资促消费,推动经济持续稳定增长。深入实施扩大内需战略,形成良性循环。\n"
        "聚力推进协同发展,打造高质量发展动力源。坚决扛起政治责任,在对接京津中加快发展。\n"
        "(三)聚力发展新质生产力,建设现代化产业体系。坚持集群化发展、园区化承载。\n",
        [
            (1, "一、", "2025年工作安排"),
            (2, "(一)", "聚力抓投资促消费,推动经济持续稳定增长"),
            (2, None, "聚力推进协同发展,打造高质量发展动力源"),
            (2, "(三)", "聚力发展新质生产力,建设现代化产业体系"),
        ],
        id="2025_hebei-run-in-sibling-lost-its-marker",
    ),
    pytest.param(  # the body's own lead sentences read as titles too: nothing is inferred
        OPENING + "一、2025年工作安排\n"
        "(一)持续扩大有效投资。实施重大项目500个以上。\n"
        "加力促进消费增长。开展消费品以旧换新。\n"
        "持续挖掘投资消费潜能。推进城市更新行动。\n"
        "(三)加快建设现代化产业体系。培育战略性新兴产业。\n",
        [
            (1, "一、", "2025年工作安排"),
            (2, "(一)", "持续扩大有效投资"),
            (2, "(三)", "加快建设现代化产业体系"),
        ],
        id="two-run-in-candidates-none-taken",
    ),
    pytest.param(
        OPENING + "一、2024年工作回顾\n"
        "(一)聚力强科技,科创优势更加凸显\n全年研发投入增长12%,新增高新技术企业300家。\n"
        "(二)聚力优产业,现代化产业体系加快构建\n规上工业增加值增长7.5%。\n"
        "聚力促改革,发展活力不断增强\n完成重点改革任务120项。\n"
        "二、2025年工作安排\n今年是“十四五”规划收官之年。\n",
        [
            (1, "一、", "2024年工作回顾"),
            (2, "(一)", "聚力强科技,科创优势更加凸显"),
            (2, "(二)", "聚力优产业,现代化产业体系加快构建"),
            (2, None, "聚力促改革,发展活力不断增强"),
            (1, "二、", "2025年工作安排"),
        ],
        id="2025_hubei-last-sibling-lost-its-marker",
    ),
    pytest.param(  # a line broken mid-sentence is no sibling: not shaped like one
        OPENING + "一、2024年工作回顾\n"
        "(一)加快创新要素集聚,因地制宜发展新质生产力\n全年研发投入增长12%。\n"
        "(二)加快民生改善步伐,持续提升人民群众生活品质\n城镇新增就业48万人。\n"
        "在总结成绩的同时,我\n们也清醒看到,发展不平衡不充分的问题仍然突出。\n"
        "二、2025年工作安排\n今年是“十四五”规划收官之年。\n",
        [
            (1, "一、", "2024年工作回顾"),
            (2, "(一)", "加快创新要素集聚,因地制宜发展新质生产力"),
            (2, "(二)", "加快民生改善步伐,持续提升人民群众生活品质"),
            (1, "二、", "2025年工作安排"),
        ],
        id="2025_xinjiang-broken-line-is-no-sibling",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOST_SIBLINGS)
def test_a_sibling_that_lost_its_marker(
    text: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert outline(text) == expected


# (set, perturbation): floors of (heading recall, heading precision) in %, a few points under
# what ``python benchmarks/perturbed.py`` prints for the development documents.
HEADING_FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("pages", "one_line"): (75.0, 80.0),  # reached: 78.8, 83.9
    ("pages", "one_line_spaced"): (84.0, 89.0),  # 87.9, 93.5
    ("pages", "hard_breaks"): (90.0, 93.0),  # 93.9, 96.9
    ("pages", "html_one_line"): (92.0, 93.0),  # 95.5, 96.9
    ("provincial", "one_line"): (82.0, 86.0),  # 85.7, 89.4
    ("provincial", "hard_breaks"): (94.0, 95.0),  # 98.0, 98.3
    ("pages", "lost_markers"): (88.0, 93.0),  # 90.9, 96.8
    ("pages", "marker_lines"): (92.0, 93.0),  # 95.5, 96.9
    ("provincial", "lost_markers"): (92.0, 97.0),  # 95.8, 100.0
    ("provincial", "marker_lines"): (96.0, 97.0),  # 100.0, 100.0
    ("provincial", "token_lines"): (70.0, 72.0),  # 74.2, 76.7
}


@pytest.mark.parametrize(
    ("set_name", "perturbation"),
    list(HEADING_FLOORS),
    ids=[f"{s}-{p}" for s, p in HEADING_FLOORS],
)
def test_headings_survive_layout_damage(set_name: str, perturbation: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the corpus is not at {CORPUS}")
    documents = [d for d in _benchmark().development_documents(CORPUS) if d[0] == set_name]
    if not documents:
        pytest.skip(f"no {set_name} documents under {CORPUS}")
    true_pos, n_found, n_expected, *_ = _benchmark().score(documents, perturbation)[set_name]
    recall = 100 * true_pos / n_expected
    precision = 100 * true_pos / n_found if n_found else 0.0
    floor_recall, floor_precision = HEADING_FLOORS[set_name, perturbation]
    assert recall >= floor_recall, f"recall {recall:.1f}, precision {precision:.1f}"
    assert precision >= floor_precision, f"recall {recall:.1f}, precision {precision:.1f}"
