"""Headline figures in real sentences of ``../shared/corpus``, named by source: lists of names
sharing one verb (分别, 均), each member getting the part of the last member's name it lacks;
ordinal industries; estimates; price indices stated as growth."""

from __future__ import annotations

from decimal import Decimal

import pytest

import govreport

LISTS: list[tuple[str, str, list[str]]] = [
    # qualifiers ending in one category word (路, 业, 险, 品): the rest is shared
    (
        "national2014",
        "铁路、高速公路运营里程均超过10万公里。",
        ["铁路运营里程", "高速公路运营里程"],
    ),
    (
        "guangdong2025",
        "先进制造业、高技术制造业增加值占规模以上工业比重分别提高到56.7%、33.2%。",
        ["先进制造业增加值占规模以上工业比重", "高技术制造业增加值占规模以上工业比重"],
    ),
    (
        "guangxi2025",
        "制造业、战略性新兴产业贷款分别增长12.7%、20.5%。",
        ["制造业贷款", "战略性新兴产业贷款"],
    ),
    (
        "national2009",
        "城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和1.6亿。",
        ["城镇职工基本养老保险参保人数", "基本医疗保险参保人数"],
    ),
    (
        "fujian2025",
        "食品、药品抽检合格率分别为99.5%、99.8%。",
        ["食品抽检合格率", "药品抽检合格率"],
    ),
    # short qualifiers of one length: the rest is shared
    (
        "guizhou2025",
        "化工、有色行业增加值增速均超过30%。",
        ["化工行业增加值增速", "有色行业增加值增速"],
    ),
    (
        "sichuan2025",
        "刑事、治安案件立案数分别下降25.7%、11.2%。",
        ["刑事案件立案数", "治安案件立案数"],
    ),
    ("xinjiang2025", "绿电、绿证交易规模分别增长385%、260%。", ["绿电交易规模", "绿证交易规模"]),
    # ordinal industries listed in one name, or as members
    (
        "guangxi2025",
        "一、二、三产业增加值分别增长4%、5.3%、3.4%。",
        ["第一产业增加值", "第二产业增加值", "第三产业增加值"],
    ),
    (
        "ningxia2025",
        "一产、二产、三产增加值分别增长5.5%左右、6%左右、5%左右。",
        ["一产增加值", "二产增加值", "三产增加值"],
    ),
    # the table decides: 城镇居民人均可支配收入 is an indicator
    (
        "national2024",
        "城镇、农村居民人均可支配收入分别增长5.1%、7.6%。",
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
    ),
]


@pytest.mark.parametrize(("source", "sentence", "names"), LISTS, ids=[row[0] for row in LISTS])
def test_a_list_deals_its_names_out(source: str, sentence: str, names: list[str]) -> None:
    assert [m.indicator for m in govreport.extract_metrics(sentence)] == names


@pytest.mark.parametrize(
    ("source", "sentence", "first"),
    [
        # a long first member with words of its own (交通部直属的): nothing to borrow
        (
            "national1958",
            "交通部直属的内河和沿海运输企业的货物周转量分别增长百分之二十一点四和百分之十。",
            "交通部直属的内河",
        ),
        # 旅游总花费 is no parallel of 接待入境过夜游客: nothing borrowed
        ("guizhou2025", "旅游总花费、接待入境过夜游客人次分别增长10.4%、13.3%。", "旅游总花费"),
    ],
    ids=["national1958", "guizhou2025"],
)
def test_a_member_that_is_no_parallel_borrows_nothing(
    source: str, sentence: str, first: str
) -> None:
    assert govreport.extract_metrics(sentence)[0].indicator == first


def test_ordinal_industries_resolve() -> None:
    # pages/007: 其中,一产、二产、三产分别为8.08亿元、2.08亿元、6.68亿元
    metrics = govreport.extract_metrics("其中,一产、二产、三产分别为8.08亿元、2.08亿元、6.68亿元。")
    assert [m.canonical for m in metrics] == [
        "primary_industry_va",
        "secondary_industry_va",
        "tertiary_industry_va",
    ]


def test_a_preliminary_estimate_covers_its_sentence() -> None:
    # guangxi2025: 初步预计，全区地区生产总值增长4.2%左右，…外贸进出口总额增长9.4%
    metrics = govreport.extract_metrics(
        "初步预计，全区地区生产总值增长4.2%左右，一、二、三产业增加值分别增长4%、5.3%、3.4%，"
        "外贸进出口总额增长9.4%。"
    )
    assert {m.status for m in metrics} == {"estimated"}
    assert len(metrics) == 5


@pytest.mark.parametrize(
    ("source", "sentence", "growth"),
    [
        ("pages058", "居民消费价格指数控制在2.0%以内。", "2.0"),
        ("national2012", "居民消费价格涨幅控制在4%左右。", "4"),
    ],
    ids=["pages058", "national2012"],
)
def test_a_price_index_percent_is_its_growth(source: str, sentence: str, growth: str) -> None:
    (metric,) = govreport.extract_metrics(sentence)
    assert (metric.canonical, metric.value, metric.growth) == ("cpi", None, Decimal(growth))


def test_a_plan_tells_last_years_figure_as_actual() -> None:
    # national 2015 (赤字率从去年的2.1%提高到2.3%: a target from last year's base) and
    # national 2013 (去年居民消费价格涨幅回落到2.6%, in the plan: last year's outcome)
    report = govreport.parse_report(
        "2015年政府工作报告\n一、2015年工作安排\n赤字率从去年的2.1%提高到2.3%。"
        "去年居民消费价格涨幅回落到2.6%，这是控制通货膨胀取得的成果。"
    )
    assert [(m.canonical, m.status, m.year) for m in report.metrics] == [
        ("deficit_ratio", "target", 2015),
        ("cpi", "actual", 2014),
    ]


def test_a_targets_statement_goes_on_over_its_sentences_of_figures() -> None:
    # provincial 2025_ningxia, its paragraph run into the text before it (a report on one line)
    metrics = govreport.extract_metrics(
        "奋力谱写中国式现代化宁夏篇章。主要预期目标是：地区生产总值增长5.5%左右。"
        "一产、二产、三产增加值分别增长5.5%左右、6%左右、5%左右。规上工业增加值增长6.5%左右。"
        "上述目标，综合考虑了各方面因素。全年粮食产量74亿斤。"
    )
    assert [m.status for m in metrics] == ["target"] * 5 + ["actual"]


def test_a_year_with_a_space_before_its_unit_is_read() -> None:
    # pages 028, 029 (PDF text): 预计 2022 年全镇实现…
    (metric,) = govreport.extract_metrics("预计 2022 年全镇实现农业总产值 17.2 亿元,增长5.5%。")
    assert (metric.canonical, metric.status, metric.year) == (
        "agricultural_output",
        "estimated",
        2022,
    )


def test_an_exact_level_replaces_the_milestone_before_it() -> None:
    # provincial 2025_gansu: 人均地区生产总值突破5万关口、达到5.28万元
    (metric,) = govreport.extract_metrics("人均地区生产总值突破5万关口、达到5.28万元。")
    assert (metric.canonical, metric.value.text if metric.value else None) == (
        "gdp_per_capita",
        "5.28万元",
    )


@pytest.mark.parametrize(
    ("source", "sentence", "text", "value"),
    [
        ("pages023", "预计一季度完成固定资产投资4.9个亿,同比增长28%。", "4.9个亿", "490000000"),
        # 230 projects of 亿元 or more each (pages 052, provincial 2025_guizhou, liaoning)
        ("pages052", "精心谋划推进了230个亿元以上项目。", "230个", "230"),
    ],
    ids=["pages023", "pages052"],
)
def test_the_spoken_ge_before_yi(source: str, sentence: str, text: str, value: str) -> None:
    (quantity, *_) = govreport.extract_quantities(sentence)
    assert (quantity.text, quantity.value) == (text, Decimal(value))


def test_a_base_year_is_no_year_of_the_sentences_after() -> None:
    # national 2003: 全国财政收入从1997年的8651亿元增加到2002年的18914亿元 …
    # 五年全社会固定资产投资累计完成17.2万亿元 (five years, not 1997)
    metrics = govreport.extract_metrics(
        "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元。"
        "五年全社会固定资产投资累计完成17.2万亿元。"
    )
    assert [(m.canonical, m.year) for m in metrics][-1] == ("fixed_asset_investment", None)


@pytest.mark.parametrize(
    ("source", "sentence", "expected"),
    [
        ("hubei2025", "粮食产量继续保持500亿斤以上。", [("grain_output", "500亿斤以上")]),
        ("chongqing2025", "重点建设用地安全利用率保持100%。", [(None, "100%")]),
        # 20户|及以上自然村…: the rest of a threshold cut by its figure is no name
        ("hainan2025", "20户及以上自然村千兆光纤和5G网络通达率分别达100%和91.5%。", []),
    ],
    ids=["hubei2025", "chongqing2025", "hainan2025"],
)
def test_levels_kept_and_fragments_left_out(
    source: str, sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    metrics = govreport.extract_metrics(sentence)
    assert [(m.canonical, m.value.text if m.value else None) for m in metrics] == expected


@pytest.mark.parametrize(
    ("source", "sentence", "expected"),
    [
        # the figure's clause names nothing: the indicator opening the clause before
        ("heilongjiang2025", "粮食总产量再上新台阶，突破1600亿斤大关，连续15年居全国首位。",
         [("粮食总产量", "grain_output", "1600亿斤", None)]),
        ("national2011", "粮食产量屡创历史新高，去年达到1.09万亿斤，连续7年增产。",
         [("粮食产量", "grain_output", "1.09万亿斤", None)]),
        ("national2006", "粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。",
         [("粮食总产量", "grain_output", "9680亿斤", "291亿斤")]),
        # a bare measure (产量, 总产, 总产值): of the subject of the clause before
        ("hubei2025", "粮食生产再获丰收，总产达到557亿斤，连续12年稳定在500亿斤以上。",
         [("粮食总产", "grain_output", "557亿斤", None)]),
        ("national2008", "全国粮食连续四年增产，2007年产量达到50150万吨。",
         [("粮食产量", "grain_output", "50150万吨", None)]),
        ("national2009-grain", "粮食连续五年增产，总产量10570亿斤，创历史最高水平。",
         [("粮食总产量", "grain_output", "10570亿斤", None)]),
        ("national1992", "工业生产增长较快，总产值比上年增长百分之十四点二。",
         [("工业总产值", "industrial_output", None, None)]),
        # the figure's clause: a yearly average and 实际 before the verb
        ("page056", "城镇居民人均可支配收入由全国第十五位上升到第九位,年均实际增长11.4%。",
         [("城镇居民人均可支配收入", "urban_disposable_income", None, None)]),
        # the clause before holds a figure of no metric
        ("gansu2025", "全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%。",
         [("地区生产总值", "gdp", "1.3万亿元", None)]),
        ("national2000", "外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6．1％。",
         [("外贸出口", "exports", "1949亿美元", None)]),
        # no indicator of the table opens the clause before, or its clause goes on otherwise
        # (a list, a heading's colon): nothing is guessed
        ("national1955", "粮食：达到三千八百五十六亿斤，增长百分之十七点六。", []),
        ("national2009", "粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元，"
         "比上年增长一倍。", []),
        ("national1981", "油料在连续三年大增产的基础上，又增长１７％左右。", []),
        # the level after the increase, past a round figure crossed or a rank
        ("national2000", "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。",
         [("国家财政收入", "fiscal_revenue", "11377亿元", "1501亿元")]),
        ("hubei2025", "地区生产总值增长5.8％、增速全国第3，总量达到60013亿元；",
         [("地区生产总值", "gdp", "60013亿元", None)]),
    ],
    ids=["heilongjiang2025", "national2011", "national2006", "hubei2025", "national2008",
         "national2009-grain", "national1992", "page056", "gansu2025", "national2000-exports",
         "national1955", "national2009", "national1981", "national2000-revenue",
         "hubei2025-rank"],
)  # fmt: skip
def test_the_subject_of_the_clause_before(
    source: str, sentence: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    metrics = govreport.extract_metrics(sentence)
    assert [
        (m.indicator, m.canonical, m.value.text if m.value else None,
         m.increase.text if m.increase else None)
        for m in metrics
    ] == expected  # fmt: skip


@pytest.mark.parametrize(
    ("source", "sentence", "expected"),
    [
        # after ;, a figure with no name is not the metric's before (a new subject of no
        # indicator of the table stands between)
        ("jiangxi2025", "全省国有企业资产总额达12.3万亿元；省级财政对市县财力性转移支付增长26.3%。",
         [("国有企业资产总额", "12.3万亿元", None)]),
        ("jiangxi2025", "粮食总产439.2亿斤、连续12年超430亿斤；新增1207款农产品入驻高端商超餐厅、"
         "增长6.7倍。", [("粮食总产", "439.2亿斤", None)]),
        # a sum's verb (累计, 总计) before the level verb
        ("national2009", "参保人数增加7359万，总计达到1.17亿。", [("参保人数", "1.17亿", None)]),
        ("page056", "实际利用外商直接投资年均增长42%,累计达到633亿美元,是“十五”的2.9倍。",
         [("实际利用外商直接投资", "633亿美元", Decimal("42"))]),
    ],
    ids=["jiangxi2025-assets", "jiangxi2025-grain", "national2009", "page056"],
)  # fmt: skip
def test_the_level_after_a_change(
    source: str, sentence: str, expected: list[tuple[str, str | None, Decimal | None]]
) -> None:
    metrics = govreport.extract_metrics(sentence)
    assert [(m.indicator, m.value.text if m.value else None, m.growth) for m in metrics] == expected


@pytest.mark.parametrize(
    ("source", "sentence", "expected"),
    [
        # an indicator named with its verb of change (经济增长: GDP growth)
        ("hubei2025", "经济社会发展的主要预期目标是：经济增长6％左右；城镇调查失业率5.5％左右。",
         [("gdp", Decimal("6"), "about"), ("urban_surveyed_unemployment", None, "about")]),
        ("henan2025", "主要预期目标是:经济增长5.5%左右。", [("gdp", Decimal("5.5"), "about")]),
        # 一、二、三产 for 一、二、三产业, as 一产 for 第一产业
        ("guizhou2025", "其中一、二、三产增加值分别增长3.5%以上、7%左右、5%以上。",
         [("primary_industry_va", Decimal("3.5"), "at_least"),
          ("secondary_industry_va", Decimal("7"), "about"),
          ("tertiary_industry_va", Decimal("5"), "at_least")]),
        ("gansu2025", "全省接待游客人数、旅游花费分别增长15.9%、25.7%。",
         [("tourist_visits", Decimal("15.9"), None), (None, Decimal("25.7"), None)]),
        ("heilongjiang2025", "实际利用内资增长33.8%。",
         [("investment_attracted", Decimal("33.8"), None)]),
        ("guangxi2025", "接待游客人数和旅游收入分别增长10.8%、11.1%。",
         [("tourist_visits", Decimal("10.8"), None), ("tourism_revenue", Decimal("11.1"), None)]),
    ],
    ids=["hubei2025", "henan2025", "guizhou2025", "gansu2025", "heilongjiang2025", "guangxi2025"],
)  # fmt: skip
def test_targets_named_by_their_change(
    source: str, sentence: str, expected: list[tuple[str | None, Decimal | None, str | None]]
) -> None:
    metrics = govreport.extract_metrics(sentence)
    assert [(m.canonical, m.growth, m.bound) for m in metrics] == expected
