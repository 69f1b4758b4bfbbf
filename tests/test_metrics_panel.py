"""Rows a government × year × indicator panel relies on, from real sentences of the corpus:
the year each figure describes, ranges and bounds, changes apart from levels, lists dealt
out, rows marked as no indicator of the territory, and canonical ids that stay narrow.

Each row names a corpus file, a piece of one of its sentences, and what the metrics starting
in that piece must be (in order), attribute by attribute; attributes a row leaves out are
not checked.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import govreport

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"


@cache
def _metrics(relative: str) -> tuple[str, tuple[govreport.Metric, ...]]:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"the corpus is absent: {path}")
    text = path.read_text(encoding="utf-8")
    return text, tuple(m for r in govreport.parse_reports(text) for m in r.metrics)


def _value(metric: govreport.Metric, key: str) -> Any:
    if key in ("value", "increase"):
        quantity = getattr(metric, key)
        if quantity is None:
            return None
        sign = "-" if key == "increase" and quantity.value < 0 else ""
        return sign + quantity.text
    if key in ("growth", "growth_high"):
        found = getattr(metric, key)
        return None if found is None else format(found, "f")
    return getattr(metric, key)


S000 = "seeds/000_5f8850e58b636763.txt"  # 南通镇 2023年政府工作报告 (reviews 2023, plans 2024)
S002 = "seeds/002_0f2ab75d7a324a83.txt"  # 洋口镇 2023年上半年工作总结和下半年计划
S004 = "seeds/004_22c6fb72f19d0811.txt"  # 下各镇 2023年工作总结和2024年工作计划

ROWS: list[tuple[str, str, list[dict[str, Any]]]] = [
    # The year: a township report titled with the year it reviews; its 今年 is that year.
    (S000, "全社会固定资产投资额完成41.1亿元", [
        {"canonical": "fixed_asset_investment", "status": "estimated", "year": 2023},
    ]),
    (S000, "规模以上工业产值25.5亿元", [
        {"canonical": "industrial_output_above_scale", "status": "target", "year": 2024},
    ]),
    # A half-year summary: the first half of its year.
    (S002, "工业总产值246.2亿元", [
        {"canonical": "industrial_output", "period": "上半年", "year": 2023},
    ]),
    # 1-9月 in a summary: its year's.
    (S004, "规上工业产值29.74亿元", [
        {"canonical": "industrial_output_above_scale", "period": "1-9月", "year": 2023},
    ]),
    # National: the review is the year before, the targets the report's year.
    ("national/2024.txt", "国内生产总值超过126万亿元，增长5.2%", [
        {"canonical": "gdp", "status": "actual", "year": 2023, "growth": "5.2"},
    ]),
    ("national/2024.txt", "国内生产总值增长5%左右", [
        {"canonical": "gdp", "status": "target", "year": 2024, "growth": "5", "bound": "about"},
    ]),
    # The year a sentence carries is its first metric's (2024年达到1.3万亿元), not that of a
    # figure of no metric before it (“十四五”以来，…连跨4个千亿台阶).
    ("provincial/2025_gansu.txt", "全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元", [
        {"canonical": "gdp", "value": "1.3万亿元", "growth": "5.8", "year": 2024},
    ]),
    ("provincial/2025_gansu.txt", "人均地区生产总值突破5万关口、达到5.28万元", [
        {"canonical": "gdp_per_capita", "value": "5.28万元", "year": 2024, "years": None},
    ]),
    # Five-year figures: years, no year; the name without 今后五年.
    ("national/2006.txt", "今后五年国内生产总值年均增长7.5%", [
        {"indicator": "国内生产总值", "canonical": "gdp", "status": "target", "year": None,
         "years": (2006, 2010), "growth": "7.5", "period": "年均"},
    ]),
    ("national/2008.txt", "国内生产总值达到24.66万亿元，比2002年增长65.5%", [
        {"canonical": "gdp", "year": None, "years": (2003, 2007), "growth": "65.5"},
    ]),
    ("national/2008.txt", "五年全国新增城镇就业5100万人", [
        {"canonical": "urban_new_jobs", "year": None, "years": (2003, 2007)},
    ]),
    ("national/2011.txt", "城镇新增就业5771万人", [
        {"canonical": "urban_new_jobs", "year": None, "years": (2006, 2010)},
    ]),
    ("national/2011.txt", "国内生产总值达到39.8 万亿元，年均增长11.2%", [
        {"canonical": "gdp", "year": None, "years": (2006, 2010), "growth": "11.2"},
    ]),
    # A base whose year is stated is that year's level, a metric of its own; so is the later
    # level of its year, and the average growth of the years between.
    ("national/2003.txt", "国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元", [
        {"canonical": "gdp", "value": "7.4万亿元", "year": 1997, "years": None},
        {"canonical": "gdp", "value": "10.2万亿元", "year": 2002, "years": None},
        {"canonical": "gdp", "value": None, "growth": "7.7", "year": None, "years": (1998, 2002)},
    ]),
    # A part (其中…) of what was added was added too: no stock's figure.
    ("national/2008.txt", "新增公路19.2万公里，其中高速公路2.8万公里", [
        {"indicator": "新增高速公路", "canonical": None, "value": "2.8万公里", "year": None,
         "years": (2003, 2007)},
    ]),
    # The years a figure is compared with (是1950年到2002年53年的总和, 是1997年的1.8倍) are a
    # base: the five years (五年新增…) and the reviewed year stay the figures'.
    ("national/2008.txt", "五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和", [
        {"indicator": "新增电力装机", "year": None, "years": (2003, 2007)},
    ]),
    ("national/2003.txt", "占国内生产总值的比重从2.5%提高到3.3%", [
        {"value": "3.3%", "year": 2002},
    ]),
    ("national/2013.txt", "两年新增4万亿元投资，其中中央财政投资1.26万亿元", [
        {"indicator": "新增中央财政投资", "value": "1.26万亿元"},
    ]),
    # A base after a subject of its own (…，城镇个体劳动者从十五万人增加到…) is not the metric
    # before's: its later level is not given to it.
    ("national/1983.txt", "工业产值增长百分之四十九，城镇个体劳动者从十五万人", [
        {"canonical": "industrial_output", "value": None, "growth": "49"},
    ]),
    ("national/1987.txt", "发电量达到４４５５亿千瓦小时", [
        {"canonical": "electricity_output", "value": "４４５５亿千瓦小时", "growth": "8.5"},
    ]),
    # Years written with ○ for zero (一九七○年) are years; the year of a base (从…年的) is not
    # the year of the figures after it.
    ("national/1982.txt", "工业企业由一九七○年的十九万五千多个增加到", [
        {"value": "十九万五千多个", "year": 1970},
        {"value": "三十七万七千多个", "year": None},
    ]),
    ("national/1982.txt", "在校学生达到一百三十万人，比一九八○年增长百分之十三点六", [
        {"value": "一百三十万人", "growth": "13.6", "year": None, "years": (1981, 1985)},
    ]),
    ("pages/008.txt", "农民人均纯收入从2021年的18753元,增长至2022年的19818元", [
        {"canonical": "rural_disposable_income", "value": "18753元", "year": 2021},
        {"canonical": "rural_disposable_income", "value": "19818元", "year": 2022},
    ]),
    # A base without its year (由上年的…, 从36%…) is no metric.
    ("national/2003.txt", "高考录取率从36%", [
        {"indicator": "高考录取率"},
    ]),
    # Changes are increases, never levels.
    ("national/2000.txt", "国家财政收入比上年增加1501亿元", [
        {"canonical": "fiscal_revenue", "value": "11377亿元", "increase": "1501亿元", "year": 1999},
    ]),
    # 拟 in a sentence's first clause makes its every figure a target (a section of no kind)
    ("national/2011.txt", "中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算，"
     "赤字规模比上年预算减少 1500亿元，赤字率下降到2%左右", [
        {"canonical": "central_fiscal_deficit", "status": "target", "year": 2011},
        {"canonical": "fiscal_deficit", "value": None, "increase": "-1500亿元",
         "status": "target", "year": 2011},
        {"canonical": "deficit_ratio", "value": "2%左右", "bound": "about", "status": "target",
         "year": 2011},
    ]),
    # A budgeted deficit is a target whatever the tense, and names the central deficit.
    ("national/1999.txt", "今年中央财政预算赤字 1503亿元", [
        {"canonical": "central_fiscal_deficit", "value": "1503亿元", "status": "target",
         "year": 1999},
    ]),
    ("national/2008.txt", "今年，中央财政赤字预算拟安排1800亿元，比去年预算赤字减少650亿元", [
        {"canonical": "central_fiscal_deficit", "value": "1800亿元", "increase": "-650亿元",
         "status": "target", "year": 2008},
    ]),
    # The level after a figure, past a rank (and, in national 2000's row above, past a round
    # figure crossed: 总额首次突破万亿元,达到11377亿元).
    ("provincial/2025_hubei.txt", "地区生产总值增长5.8％、增速全国第3，总量达到60013亿元", [
        {"canonical": "gdp", "value": "60013亿元", "growth": "5.8", "status": "actual",
         "year": 2024},
    ]),
    # 可比价 (comparable prices) inside a name is no comparison's base (比): the name is whole.
    ("pages/043.txt", "农林牧渔业可比价总产值预计完成184.4亿元", [
        {"indicator": "农林牧渔业可比价总产值", "value": "184.4亿元", "growth": "3.5",
         "status": "estimated", "year": 2024},
    ]),
    ("national/2005.txt", "农村贫困人口比上年减少290万", [
        {"canonical": "rural_poor_population", "value": None, "increase": "-290万"},
    ]),
    ("national/2006.txt", "农村贫困人口比上年减少245万人", [
        {"canonical": "rural_poor_population", "value": None, "increase": "-245万人"},
    ]),
    # The level of the sentence's second indicator is its own.
    ("national/2003.txt",
     "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元；"
     "国家外汇储备从1399亿美元增加到2864亿美元", [
        {"canonical": "fiscal_revenue", "value": "8651亿元", "year": 1997},
        {"canonical": "fiscal_revenue", "value": "18914亿元", "increase": None, "year": 2002},
        {"canonical": "fiscal_revenue", "value": None, "increase": "2053亿元", "year": None,
         "years": (1998, 2002)},
        {"canonical": "foreign_exchange_reserves", "value": "2864亿美元", "year": 2002},
    ]),
    # CPI targets are a growth whichever way they are written; the 2011 targets follow a
    # paragraph holding only 主要预期目标是：.
    ("national/2011.txt", "居民消费价格总水平涨幅控制在4%左右", [
        {"canonical": "cpi", "value": None, "growth": "4", "bound": "about", "status": "target",
         "year": 2011},
    ]),
    ("national/2011.txt", "国内生产总值增长8%左右", [
        {"canonical": "gdp", "status": "target", "year": 2011, "growth": "8"},
    ]),
    ("national/2024.txt", "居民消费价格涨幅3%左右", [
        {"canonical": "cpi", "value": None, "growth": "3", "bound": "about"},
    ]),
    # Ranges and every qualifier with its bound.
    ("national/2016.txt", "国内生产总值增长6.5%－7%", [
        {"canonical": "gdp", "growth": "6.5", "growth_high": "7", "bound": "range"},
    ]),
    ("national/2007.txt", "城镇新增就业人数不低于900万人", [
        {"canonical": "urban_new_jobs", "value": "900万人", "bound": "at_least"},
    ]),
    ("national/2007.txt", "城镇登记失业率控制在4.6%以内", [
        {"canonical": "urban_registered_unemployment", "bound": "at_most", "status": "target"},
    ]),
    ("national/2024.txt", "城镇新增就业1200万人以上", [
        {"canonical": "urban_new_jobs", "bound": "at_least", "year": 2024},
    ]),
    ("national/2021.txt", "国内生产总值增长6%以上", [
        {"canonical": "gdp", "growth": "6", "bound": "at_least", "status": "target"},
    ]),
    ("national/2025.txt", "赤字率拟按4%左右安排", [
        {"canonical": "deficit_ratio", "value": "4%左右", "bound": "about", "status": "target",
         "year": 2025},
    ]),
    ("national/2017.txt", "国内生产总值增长6.5%左右，在实际工作中争取更好结果", [
        {"canonical": "gdp", "growth": "6.5", "bound": "about", "status": "target"},
    ]),
    # Lists dealt out over their names.
    ("provincial/2025_sichuan.txt", "全省城乡居民人均可支配收入分别增长4.7%、6.6%", [
        {"indicator": "城镇居民人均可支配收入", "canonical": "urban_disposable_income",
         "growth": "4.7"},
        {"indicator": "农村居民人均可支配收入", "canonical": "rural_disposable_income",
         "growth": "6.6"},
    ]),
    ("provincial/2025_jiangxi.txt", "金融机构本外币存贷款余额均突破6万亿元", [
        {"canonical": "deposits", "bound": "at_least"},
        {"canonical": "loans", "bound": "at_least"},
    ]),
    # Rows that are no indicator of the territory are marked.
    (S000, "总投资5.6亿元", [{"scope": "project"}]),
    (S000, "补助金额约145.4万元", [{"scope": "programme"}]),
    (S000, "投入资金490万元", [{"scope": "programme"}]),
    (S000, "报到率、管控率、执行率均为100%", [
        {"scope": "programme"}, {"scope": "programme"}, {"scope": "programme"},
    ]),
    (S000, "附加产品全产业产值达1400万元", [{"scope": "entity"}]),
    (S000, "安置面积达13.77万平方米", [{"scope": "entity"}]),
    (S002, "检查企业480余家次", [{"scope": "enforcement"}]),
    (S002, "查处金额36.57万元", [{"scope": "enforcement"}]),
    # Canonical ids stay narrow.
    ("national/2024.txt", "脱贫地区农村居民收入", [{"canonical": None}]),
    (S002, "新培育规模以上工业企业1家", [{"canonical": None}]),
    (S002, "规上工业应税销售246.8亿元", [{"canonical": "industrial_taxable_sales"}]),
    (S002, "工业开票销售230亿元", [{"canonical": "industrial_sales_invoiced"}]),
    ("national/2013.txt", "居民消费价格涨幅3.5%左右", [{"canonical": "cpi"}]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("relative", "piece", "expected"),
    ROWS,
    ids=[f"{relative.split('/')[-1][:12]}-{piece[:16]}" for relative, piece, _ in ROWS],
)
def test_panel_rows(relative: str, piece: str, expected: list[dict[str, Any]]) -> None:
    text, metrics = _metrics(relative)
    start = text.find(piece)
    assert start >= 0, f"not in {relative}: {piece}"
    found = [m for m in metrics if start <= m.span[0] < start + len(piece)]
    assert len(found) == len(expected), [m.indicator for m in found]
    for metric, wanted in zip(found, expected, strict=True):
        assert {key: _value(metric, key) for key in wanted} == wanted


def test_the_rows_state_decimals_as_text() -> None:
    assert all(
        not isinstance(value, Decimal)
        for _, _, rows in ROWS
        for row in rows
        for value in row.values()
    )
