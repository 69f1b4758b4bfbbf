"""The national reports' main targets and the previous year's outcomes, read off the text.

Each row: the report's year, the canonical indicator, the status, the year the figure
describes, the figure as the text gives it (a growth in percent for GDP and prices, else the
level as written) and the bound of its qualifier.  The rows cover every year of 2001–2025 in
``national/`` whose report states the figure (2000's states none of them; 2020 is not in the
corpus).  Known misses stay with an ``xfail`` reason.
"""

from __future__ import annotations

from typing import NamedTuple


class Row(NamedTuple):
    report: int
    canonical: str
    status: str
    year: int
    figure: str  # growth in percent ("8", "6.5-7") or the level as written ("900万人")
    bound: str | None = None
    xfail: str | None = None


def target(report: int, canonical: str, figure: str, bound: str | None = None, **kw: str) -> Row:
    """A target the report sets for its own year."""
    return Row(report, canonical, "target", report, figure, bound, kw.get("xfail"))


def outcome(report: int, canonical: str, figure: str, bound: str | None = None, **kw: str) -> Row:
    """The previous year's outcome as the report's review states it."""
    return Row(report, canonical, "actual", report - 1, figure, bound, kw.get("xfail"))


ROWS: list[Row] = [
    # 2002: 2001年国内生产总值达到95933亿元，比上年增长7.3%；居民消费价格总水平上升0.7%
    outcome(2002, "gdp", "7.3"),
    outcome(2002, "cpi", "0.7"),
    # 2003: 今年经济增长预期目标为7%左右
    target(2003, "gdp", "7", "about"),  # 向第十届全国人民代表大会第一次会议报告: 2003
    # 2004: 国内生产总值比上年增长9.1%；城镇新增就业859万人；新增城镇就业900万人 (target)
    outcome(2004, "gdp", "9.1"),
    outcome(2004, "urban_new_jobs", "859万人"),
    target(2004, "gdp", "7", "about"),
    target(2004, "urban_new_jobs", "900万人"),
    # 2005
    outcome(2005, "gdp", "9.5"),
    outcome(2005, "urban_new_jobs", "980万人"),
    outcome(2005, "grain_output", "46947万吨"),
    target(2005, "gdp", "8", "about"),
    target(2005, "urban_new_jobs", "900万人"),
    target(2005, "urban_registered_unemployment", "4.6%", "at_most"),
    target(2005, "cpi", "4", "at_most"),
    target(2005, "central_fiscal_deficit", "3000亿元"),
    # 2006
    outcome(2006, "gdp", "9.9"),
    outcome(2006, "cpi", "1.8"),
    # 粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤: the subject opens
    # the clause before
    outcome(2006, "grain_output", "9680亿斤"),
    target(2006, "gdp", "8", "about"),
    target(2006, "cpi", "3", "at_most"),
    target(2006, "urban_new_jobs", "900万人"),
    target(2006, "urban_registered_unemployment", "4.6%", "at_most"),
    # 2007
    outcome(2007, "gdp", "10.7"),
    outcome(2007, "cpi", "1.5"),
    outcome(2007, "urban_new_jobs", "1184万人"),
    outcome(2007, "grain_output", "49746万吨"),
    target(2007, "gdp", "8", "about"),
    target(2007, "urban_new_jobs", "900万人", "at_least"),
    target(2007, "urban_registered_unemployment", "4.6%以内", "at_most"),
    target(2007, "cpi", "3", "at_most"),
    target(2007, "central_fiscal_deficit", "2450亿元"),
    # 2008
    outcome(2008, "cpi", "4.8"),
    outcome(2008, "grain_output", "50150万吨"),  # 全国粮食连续四年增产，2007年产量达到…
    target(2008, "gdp", "8", "about"),
    target(2008, "cpi", "4.8", "about"),
    target(2008, "urban_new_jobs", "1000万人"),
    target(2008, "urban_registered_unemployment", "4.5%左右", "about"),
    target(2008, "central_fiscal_deficit", "1800亿元"),
    # 2009
    outcome(2009, "gdp", "9", "at_least"),  # 超过30万亿元: the bound of the level
    outcome(2009, "urban_new_jobs", "1113万人"),
    outcome(2009, "grain_output", "10570亿斤"),  # 粮食连续五年增产，总产量10570亿斤
    target(2009, "gdp", "8", "about"),
    target(2009, "urban_new_jobs", "900万人以上", "at_least"),
    target(2009, "urban_registered_unemployment", "4.6%以内", "at_most"),
    target(2009, "cpi", "4", "about"),
    target(2009, "central_fiscal_deficit", "7500亿元"),
    # 2010
    outcome(2010, "gdp", "8.7"),
    outcome(2010, "urban_new_jobs", "1102万人"),
    outcome(2010, "grain_output", "5.31亿吨"),
    target(2010, "fiscal_deficit", "10500亿元"),
    # 2011: the targets paragraph follows 主要预期目标是： alone; 过去一年 names 2010
    outcome(2011, "gdp", "10.3"),
    outcome(2011, "cpi", "3.3", "at_most"),
    outcome(2011, "urban_new_jobs", "1168万人"),
    outcome(2011, "grain_output", "1.09万亿斤"),  # 粮食产量屡创历史新高，去年达到…
    target(2011, "gdp", "8", "about"),
    target(2011, "cpi", "4", "about"),
    target(2011, "urban_new_jobs", "900万人以上", "at_least"),
    target(2011, "urban_registered_unemployment", "4.6%以内", "at_most"),
    target(2011, "fiscal_deficit", "9000亿元"),
    # 今年拟安排财政赤字9000亿元，…，赤字率下降到2%左右: 拟 covers the sentence
    target(2011, "deficit_ratio", "2%", "about"),
    # 2012
    outcome(2012, "gdp", "9.2"),
    outcome(2012, "grain_output", "1.14万亿斤"),
    outcome(2012, "urban_new_jobs", "1221万人"),
    target(2012, "fiscal_deficit", "8000亿元"),
    target(2012, "deficit_ratio", "1.5％左右", "about"),
    # 2013
    outcome(2013, "gdp", "7.8"),
    outcome(2013, "urban_new_jobs", "1266万人"),
    # the year its plan states as it opens: 2013年是全面贯彻落实党的十八大精神的开局之年
    target(2013, "gdp", "7.5", "about"),
    target(2013, "cpi", "3.5", "about"),
    target(2013, "urban_new_jobs", "900万人以上", "at_least"),
    target(2013, "fiscal_deficit", "1.2万亿元"),
    # 2014
    outcome(2014, "gdp", "7.7"),
    outcome(2014, "urban_registered_unemployment", "4.1%"),
    outcome(2014, "urban_new_jobs", "1310万人"),
    outcome(2014, "grain_output", "1.2万亿斤", "at_least"),  # 粮食产量超过1.2万亿斤
    target(2014, "gdp", "7.5", "about"),
    target(2014, "cpi", "3.5", "about"),
    target(2014, "urban_new_jobs", "1000万人以上", "at_least"),
    target(2014, "urban_registered_unemployment", "4.6%以内", "at_most"),
    target(2014, "fiscal_deficit", "13500亿元"),
    # 2015
    outcome(2015, "gdp", "7.4"),
    outcome(2015, "urban_new_jobs", "1322万人"),
    outcome(2015, "cpi", "2"),
    outcome(2015, "grain_output", "6.07亿吨"),
    target(2015, "gdp", "7", "about"),
    target(2015, "cpi", "3", "about"),
    target(2015, "urban_new_jobs", "1000万人以上", "at_least"),
    target(2015, "urban_registered_unemployment", "4.5%以内", "at_most"),
    target(2015, "fiscal_deficit", "1.62万亿元"),
    # 2016
    outcome(2016, "gdp", "6.9"),
    outcome(2016, "urban_new_jobs", "1312万人"),
    target(2016, "gdp", "6.5-7", "range"),
    target(2016, "cpi", "3", "about"),
    target(2016, "urban_new_jobs", "1000万人以上", "at_least"),
    target(2016, "urban_registered_unemployment", "4.5%以内", "at_most"),
    target(2016, "fiscal_deficit", "2.18万亿元"),
    # 2017
    outcome(2017, "gdp", "6.7"),
    outcome(2017, "cpi", "2"),
    outcome(2017, "urban_new_jobs", "1314万人"),
    outcome(2017, "urban_registered_unemployment", "4.02%"),
    target(2017, "gdp", "6.5", "about"),
    target(2017, "cpi", "3", "about"),
    target(2017, "urban_new_jobs", "1100万人以上", "at_least"),
    target(2017, "urban_registered_unemployment", "4.5%以内", "at_most"),
    target(2017, "deficit_ratio", "3%"),
    # 2018
    outcome(2018, "gdp", "6.9"),
    outcome(2018, "urban_new_jobs", "1351万人"),
    target(2018, "gdp", "6.5", "about"),
    target(2018, "cpi", "3", "about"),
    target(2018, "urban_new_jobs", "1100万人以上", "at_least"),
    target(2018, "urban_surveyed_unemployment", "5.5%以内", "at_most"),
    target(2018, "urban_registered_unemployment", "4.5%以内", "at_most"),
    target(2018, "deficit_ratio", "2.6%"),
    # 2019
    outcome(2019, "gdp", "6.6", "at_least"),  # 总量突破90万亿元
    outcome(2019, "cpi", "2.1"),
    outcome(2019, "urban_new_jobs", "1361万人"),
    outcome(2019, "grain_output", "1.3万亿斤以上", "at_least"),  # 粮食总产量保持在…以上
    target(2019, "gdp", "6-6.5", "range"),
    target(2019, "urban_new_jobs", "1100万人以上", "at_least"),
    target(2019, "urban_surveyed_unemployment", "5.5%左右", "about"),
    target(2019, "urban_registered_unemployment", "4.5%以内", "at_most"),
    target(2019, "cpi", "3", "about"),
    target(2019, "deficit_ratio", "2.8%"),
    # 2021
    outcome(2021, "gdp", "2.3"),
    outcome(2021, "urban_new_jobs", "1186万人"),
    outcome(2021, "cpi", "2.5"),
    target(2021, "gdp", "6", "at_least"),
    target(2021, "urban_new_jobs", "1100万人以上", "at_least"),
    target(2021, "urban_surveyed_unemployment", "5.5%左右", "about"),
    target(2021, "cpi", "3", "about"),
    target(2021, "deficit_ratio", "3.2%左右", "about"),
    target(2021, "grain_output", "1.3万亿斤以上", "at_least"),
    # 2022
    outcome(2022, "gdp", "8.1"),
    outcome(2022, "urban_new_jobs", "1269万人"),
    outcome(2022, "urban_surveyed_unemployment", "5.1%"),
    outcome(2022, "cpi", "0.9"),
    outcome(2022, "grain_output", "1.37万亿斤"),
    target(2022, "gdp", "5.5", "about"),
    target(2022, "urban_new_jobs", "1100万人以上", "at_least"),
    target(2022, "urban_surveyed_unemployment", "5.5%以内", "at_most"),
    target(2022, "cpi", "3", "about"),
    target(2022, "deficit_ratio", "2.8%左右", "about"),
    target(2022, "grain_output", "1.3万亿斤以上", "at_least"),
    # 2023
    outcome(2023, "gdp", "3"),
    outcome(2023, "urban_new_jobs", "1206万人"),
    outcome(2023, "cpi", "2"),
    outcome(2023, "grain_output", "1.37万亿斤"),
    target(2023, "gdp", "5", "about"),
    target(2023, "urban_new_jobs", "1200万人左右", "about"),
    target(2023, "urban_surveyed_unemployment", "5.5%左右", "about"),
    target(2023, "cpi", "3", "about"),
    target(2023, "grain_output", "1.3万亿斤以上", "at_least"),
    target(2023, "deficit_ratio", "3%"),
    # 2024
    outcome(2024, "gdp", "5.2", "at_least"),  # 超过126万亿元
    outcome(2024, "urban_new_jobs", "1244万人"),
    outcome(2024, "urban_surveyed_unemployment", "5.2%"),
    outcome(2024, "cpi", "0.2"),
    outcome(2024, "grain_output", "1.39万亿斤"),
    target(2024, "gdp", "5", "about"),
    target(2024, "urban_new_jobs", "1200万人以上", "at_least"),
    target(2024, "urban_surveyed_unemployment", "5.5%左右", "about"),
    target(2024, "cpi", "3", "about"),
    target(2024, "grain_output", "1.3万亿斤以上", "at_least"),
    target(2024, "deficit_ratio", "3%"),
    # 2025
    outcome(2025, "gdp", "5"),
    outcome(2025, "urban_new_jobs", "1256万人"),
    outcome(2025, "urban_surveyed_unemployment", "5.1%"),
    outcome(2025, "cpi", "0.2"),
    outcome(2025, "grain_output", "1.4万亿斤"),
    target(2025, "gdp", "5", "about"),
    target(2025, "urban_surveyed_unemployment", "5.5%左右", "about"),
    target(2025, "urban_new_jobs", "1200万人以上", "at_least"),
    target(2025, "cpi", "2", "about"),
    target(2025, "grain_output", "1.4万亿斤左右", "about"),
    target(2025, "deficit_ratio", "4%左右", "about"),
]
