"""Headline indicators of the 60 report pages of ``../shared/corpus/pages``, read by hand
(see ``indicator_cases``)."""

from __future__ import annotations

from indicator_cases import Doc, R

PAGES: dict[str, Doc] = {
    "001": Doc(
        paragraphs=("2020年是极不平凡的一年,面对",),
        rows=(
            R("fiscal_revenue", "actual", 2020, value="2496万元", growth="28.7"),
            R("fixed_asset_investment", "actual", 2020, value="3.95亿元", growth="11.4"),
        ),
        note="规模以上企业生产总值11.14亿元(+33.7%) left out: not GDP, and not clearly "
        "industrial_output_above_scale by its name.",
    ),
    "002": Doc(
        paragraphs=("2023年,以项目建设提速、人居环境提升",),
        rows=(
            R("industrial_output_above_scale", "estimated", 2023, growth="6.37"),
            R("industrial_va", "estimated", 2023, growth="12"),
            R("fixed_asset_investment", "estimated", 2023, value="4.5亿元"),
            R("investment_attracted", "estimated", 2023, value="6.15亿元"),
            R("general_public_budget_revenue", "estimated", 2023, value="2100万元"),
        ),
        note="全年预计 taken to govern the whole ;-list (page dated 2023-11-28). "
        "限上商贸销售额1.31亿元(+75.29%) left out (not clearly wholesale_retail_sales); "
        "4家四上企业进规入限 is new entrants, left out. 2024 plan truncated.",
    ),
    "003": Doc(
        paragraphs=("经济社会发展的主要预期目标是",),
        rows=(
            R("gdp", "target", 2024, growth="6", bound="at_least"),
            R("fixed_asset_investment", "target", 2024, growth="8", bound="at_least"),
            R("urban_disposable_income", "target", 2024, growth="6"),
            R("rural_disposable_income", "target", 2024, growth="9", bound="at_least"),
        ),
        note="分别增长6%、9%以上: 以上 read as attached to the 9% only (urban bound None); "
        "it could be meant for both.",
    ),
    "004": Doc(
        paragraphs=(),
        rows=(),
        note="Excerpt has no overview of headline figures: the opening paragraph has no figures, "
        "一是 paragraph lists 信易贷, signed projects, 新增注册企业 (firms, not 市场主体).",
    ),
    "005": Doc(
        paragraphs=(),
        rows=(),
        note="Review overview paragraph states no figures; excerpt truncated before any.",
    ),
    "006": Doc(
        paragraphs=("始终坚持人民至上、生命至上,持续打好疫情防控攻坚战斗",),
        rows=(
            R("gdp", "actual", 2021, value="10.13亿元", growth="4.86"),
            R("fixed_asset_investment", "actual", 2021, value="2.42亿元", growth="-12"),
            R("agricultural_va", "actual", 2021, value="41603万元", growth="5.85"),
            R("industrial_va", "actual", 2021, value="8210万元", growth="16.5"),
            R("rural_disposable_income", "actual", 2021, value="15046元", growth="2.6"),
            R("cpi", "actual", 2021, growth="2.9"),
            R("tax_revenue", "actual", 2020, value="231万元"),
        ),
        note="The (一) paragraph is duplicated in the page (second copy truncated); the opening "
        "finds the first, full copy. 贸易业营业总额 and 2020年镇级国库收入9673万元 left out (not "
        "canonical). CPI 上涨2.9% kept as stated for the town (likely the county's figure). "
        "税收收入 is explicitly 2020.",
    ),
    "007": Doc(
        paragraphs=("一年来,全镇经济社会发展保持稳中有进",),
        rows=(
            R("gdp", "actual", 2023, value="16.84亿元", growth="6.2"),
            R("primary_industry_va", "actual", 2023, value="8.08亿元"),
            R("secondary_industry_va", "actual", 2023, value="2.08亿元"),
            R("tertiary_industry_va", "actual", 2023, value="6.68亿元"),
            R("fixed_asset_investment", "actual", 2023, value="5.39亿元"),
            R("general_public_budget_revenue", "actual", 2023, value="158.9万元", growth="52.3"),
        ),
        note="500万元以上项目 / 10至500万元项目 investment are sub-parts of FAI, left out. "
        "地方一般预算总收入 read as general_public_budget_revenue.",
    ),
    "008": Doc(
        paragraphs=("一年来,我们稳中求进,始终坚持发展为第一要务",),
        rows=(
            R("gdp", "actual", 2021, value="6.35亿元"),
            R("gdp", "actual", 2022, value="6.46亿元"),
            R("rural_disposable_income", "actual", 2021, value="18753元"),
            R("rural_disposable_income", "actual", 2022, value="19818元"),
        ),
        note="From–to statements (从2021年的X增长至2022年的Y): both levels recorded, no growth stated. "
        "社会生产总值 read as gdp.",
    ),
    "009": Doc(
        paragraphs=("经济持续稳健发展。据统计,2018年全镇财政收入",),
        rows=(R("fiscal_revenue", "actual", 2018, value="466.43万元", growth="24.7"),),
        note="完成招商引资完成目标任务3000万元 left out: garbled, reads as meeting a 3000万元 target "
        "rather than a stated level. 2019 plan not in the excerpt.",
    ),
    "010": Doc(
        paragraphs=(),
        rows=(),
        note="街道 work summary: the overview paragraph states no figures; later paragraphs only "
        "social-work counts (社区总体就业率 is not a canonical indicator).",
    ),
    "011": Doc(
        paragraphs=(),
        rows=(),
        note="Placeholder text (xx镇), no figures before the login wall.",
    ),
    "012": Doc(
        paragraphs=(),
        rows=(),
        note="Headline paragraph exists (国民经济持续健康开展。全镇实现生产总值亿元…) but ALL digits "
        "are deleted, so no figures are stated.",
    ),
    "013": Doc(
        paragraphs=(),
        rows=(),
        note="Page 20/30 of a compilation, mid-report livelihood section; no headline figures.",
    ),
    "014": Doc(
        paragraphs=("预计1-6月份,完成地区生产总值", "预计1-6月份,全镇固定资产投资"),
        rows=(
            R("gdp", "estimated", 2015, value="10.3亿元", growth="14.4"),
            R("general_public_budget_revenue", "estimated", 2015, value="1606.5万元", growth="8"),
            R("tax_revenue", "estimated", 2015, value="2780万元", growth="21"),
            R("industrial_output_above_scale", "estimated", 2015, value="7.3亿元", growth="2.6"),
            R("fixed_asset_investment", "estimated", 2015, value="5.7亿元", growth="21"),
        ),
        note="Half-year (1-6月) figures; the page is one line, so the 'paragraphs' are the (一) and "
        "(二) indicator items inside it. 服务业占GDP比重38% left out (not canonical). 占年计划 ratios "
        "ignored.",
    ),
    "015": Doc(
        paragraphs=("1、元至6月份,完成国内生产总值", "2、完成限额以上工业总产值"),
        rows=(
            R("gdp", "actual", None, value="31100万元", growth="17.8"),
            R("fixed_asset_investment", "actual", None, value="5047万元", growth="29.4"),
            R("investment_attracted", "actual", None, value="3500万元", growth="133"),
            R("industrial_va", "actual", None, value="18190万元", growth="40"),
            R("fiscal_revenue", "actual", None, value="215.1万元", growth="-15.8"),
            R("rural_disposable_income", "actual", None, value="2210元", growth="10.3"),
            R("industrial_output_above_scale", "actual", None, value="13675万元", growth="45.8"),
        ),
        note="Year not given anywhere (pre-2010 half-year report: 免农业税, 先进性教育) -> year None. "
        "Percentages are written without %. 工业销售收入, 企业销售收入, 人均现金收入, 入库税金(of the "
        "限额以上 firms) left out; the adjusted 同比增长56.5 of fiscal revenue left out. 限额以上工业总产值 "
        "read as industrial_output_above_scale (unsure). Item 3 工业固定资产规模投入 left out.",
    ),
    "016": Doc(
        paragraphs=("2013年,是加快发展、奋力崛起的关键一年",),
        rows=(
            R("tax_revenue", "actual", 2013, value="848万元"),
            R("fixed_asset_investment", "actual", 2013, value="6035万元"),
            R("industrial_output_above_scale", "actual", 2013, value="6亿元"),
            R("industrial_va_above_scale", "actual", 2013, value="1.98亿元"),
        ),
        note="Half-year (截止6月底) figures. 国地两税 read as tax_revenue (unsure). Task levels "
        "(全年任务1550万, 上半年目标任务5500万元) left out as references, not headline targets. "
        "到位资金0.7亿元 is of one introduced project, left out.",
    ),
    "017": Doc(
        paragraphs=("自去年以来,我镇在市委的领导下",),
        rows=(
            R("gdp", "actual", 2023, value="120亿元", growth="6.5"),
            R("industrial_output", "actual", 2023, value="90亿元", growth="4.2"),
            R("fiscal_revenue", "actual", 2023, value="45.8亿元", growth="5.5"),
            R("urban_disposable_income", "actual", 2023, value="45,000元"),
            R("rural_disposable_income", "actual", 2023, value="22,000元"),
        ),
        note="Machine-written text. Year 2023 from the preceding paragraph (2023年是…一年来), though a "
        "2023 report would normally review 2022 (the paragraph says 自去年以来). 财政总收 (入 missing) "
        "read as fiscal_revenue.",
    ),
    "018": Doc(
        paragraphs=("(一)聚力加快转型升级,产业发展更加兴旺",),
        rows=(
            R("grain_area", "actual", 2023, value="4.5万亩"),
            R("agricultural_output", "actual", 2023, value="9.5亿元", bound="at_least"),
            R("rural_disposable_income", "actual", 2023, value="3.5万元", bound="about"),
        ),
        note="No overview paragraph with figures; the only territory-wide canonical figures are in "
        "the (一) agriculture paragraph (unsure whether it counts as headline). 农业生产总值 read "
        "as agricultural_output. 蔬菜种植面积, 村集体经济增收近30万元 (an increase) left out.",
    ),
    "019": Doc(
        paragraphs=(),
        rows=(),
        note="Page 2 of a paginated report: mid-review social sections and the closing of the "
        "review; no figures.",
    ),
    "020": Doc(
        paragraphs=(),
        rows=(),
        note="Work summary without figures in the excerpt (only 筹资30余万元 for an office repair).",
    ),
    "021": Doc(
        paragraphs=(),
        rows=(),
        note="Work summary: study, honours and highlights sections; no headline figures.",
    ),
    "022": Doc(
        paragraphs=(),
        rows=(),
        note="Overview paragraph has no figures; 粮食作物播种面积32220亩 appears only in the (二) "
        "agriculture item, not a headline paragraph (left out).",
    ),
    "023": Doc(
        paragraphs=("一是招商引资成果丰硕。",),
        rows=(
            R("fixed_asset_investment", "estimated", 2022, value="4.9个亿", growth="28"),
            R("retail_sales", "estimated", 2022, value="2.55亿元", growth="16.9"),
            R("industrial_output_above_scale", "estimated", 2022, value="1.28亿元", growth="17.4"),
            R("general_public_budget_revenue", "estimated", 2022, value="350万元"),
        ),
        note="First-quarter 2022 figures (预计一季度…), all under 预计. 招引项目总投资3.6亿元 and "
        "在库项目15个,规上企业9家 (about projects, ambiguous) left out.",
    ),
    "024": Doc(
        paragraphs=("2020年是改革开放41周年",),
        rows=(
            R("gdp", "estimated", 2020, value="11922.35万元", growth="10", bound="about"),
            R(
                "rural_disposable_income",
                "estimated",
                2020,
                value="16403元",
                growth="12",
                bound="about",
            ),
            R("rural_disposable_income", "actual", 2019, value="14646元"),
        ),
        note="Years rewritten: title says 2019 summary, text says 2020 throughout; the text's 2020 is "
        "used. The base value 14646元 is written '由2020年的14646元' but is the previous year's "
        "level, recorded as 2019 (unsure).",
    ),
    "025": Doc(
        paragraphs=("一年来,我镇以“保稳定、求和谐、促发展”",),
        rows=(
            R("gdp_per_capita", "estimated", 2023, growth="11.2"),
            R("fiscal_revenue", "estimated", 2023, value="3103万元"),
            R("fixed_asset_investment", "estimated", 2023, value="32073万元"),
        ),
        note="Placeholders inside numbers: 人均生产总值1XX32元 (value dropped, growth kept), 固定资产投资 "
        "比增21.X% (growth dropped), 农民人均纯收入X112元 比增11.X% (row dropped entirely). Half-year "
        "title but the text reviews 2023 (一年来).",
    ),
    "026": Doc(
        paragraphs=("经济指标增速明显。2019年",),
        rows=(
            R("fiscal_revenue", "actual", 2019, value="7206.57万元", growth="12.82"),
            R("general_public_budget_revenue", "actual", 2019, value="4331.04万元", growth="13.99"),
        ),
        note="The review overview (2019年,在县委…) has no figures; the figures are in the first "
        "sub-item 经济指标增速明显.",
    ),
    "027": Doc(
        paragraphs=(),
        rows=(),
        note="基本情况 (area, farmland, population, staffing) and sector work; no canonical headline "
        "figures.",
    ),
    "028": Doc(
        paragraphs=("2022 年是党的二十大召开之年",),
        rows=(
            R("agricultural_output", "estimated", 2022, value="17.2亿元", growth="5.5"),
            R("industrial_output", "estimated", 2022, value="14.68亿元", growth="9"),
            R("fiscal_revenue", "estimated", 2022, value="1246.34万元"),
            R("fixed_asset_investment", "estimated", 2022, value="0.99亿元"),
            R("rural_disposable_income", "estimated", 2022, value="23631元", growth="9"),
        ),
        note="PDF hard line breaks; values written with spaces ('17.2 亿元') recorded without them. "
        "工农业总值31.88亿元(+7%) left out (not canonical). All under 预计.",
    ),
    "029": Doc(
        paragraphs=(),
        rows=(),
        note="Year-end summary with no territory figures: 财政收入 etc. only said to exceed targets; "
        "固定资产投入8026万元 is of the listed projects, left out.",
    ),
    "030": Doc(
        paragraphs=(
            "60周岁以上人群疫苗接种整体覆盖率",
            "限上消费品零售总额5692万元",
            "限上批发业销售额31407万元",
            "固定资产投资12.43亿元",
        ),
        rows=(
            R("industrial_output_above_scale", "actual", 2022, value="4720万元", growth="7.8"),
            R("retail_sales", "actual", 2022, value="5692万元", growth="1073.1"),
            R("wholesale_sales", "actual", 2022, value="31407万元", growth="281.5"),
            R("fixed_asset_investment", "actual", 2022, value="12.43亿元"),
        ),
        note="1-9月 figures of 2022 inside the (一) item; the page breaks the line after every ';', "
        "so each list item is its own line (openings given per line). 2023 plan not in excerpt.",
    ),
    "031": Doc(
        paragraphs=(),
        rows=(),
        note="2023 street work plan (工作规划) with no headline economic figures or main "
        "targets in the excerpt; only party-building counts and 新增3个村集体收入超过10万元 "
        "(villages, not the territory).",
    ),
    "032": Doc(
        paragraphs=("过去的四年,是我旗发展进程中攻坚克难",),
        rows=(
            R("gdp", "estimated", None, value="232.75亿元", growth="3.56"),
            R("general_public_budget_revenue", "estimated", None, value="25.32亿元"),
            R("fixed_asset_investment", "estimated", None, value="65.3亿元", growth="2.3"),
            R("retail_sales", "estimated", None, value="43.5亿元", growth="1.3"),
            R("urban_disposable_income", "estimated", 2021, value="44846元", growth="4.9"),
            R("rural_disposable_income", "estimated", 2021, value="37342元", growth="7.2"),
        ),
        note="换届 report (2022-01-05) reviewing four years (2018-2021); sentence-initial 预计 "
        "covers the whole list. GDP, budget revenue, FAI and retail are 累计 (four-year "
        "cumulative) values with 年均 (annual average) growth, so year=None. The income levels "
        "(分别达到) describe 2021 but their growth is the four-year annual average. 城乡 "
        "incomes split into urban/rural. No targets paragraph in the excerpt.",
    ),
    "033": Doc(
        paragraphs=("一年来,我们尽锐出战、强势推进",),
        rows=(
            R("gdp", "actual", 2023, value="113亿元", growth="4"),
            R("industrial_output_above_scale", "actual", 2023, value="240亿元"),
            R("industrial_va_above_scale", "actual", 2023, growth="5.5"),
            R("general_public_budget_revenue", "actual", 2023, value="16.01亿元", growth="6.4"),
            R("fixed_asset_investment", "actual", 2023, value="81.8亿元", growth="42.5"),
            R("retail_sales", "actual", 2023, value="7.6亿元", growth="6"),
            R("urban_disposable_income", "actual", 2023, growth="6"),
            R("rural_disposable_income", "actual", 2023, growth="8"),
            R("general_public_budget_expenditure", "actual", 2023, value="38.49亿元"),
            R("investment_attracted", "actual", 2023, value="78亿元"),
        ),
        note="Figures introduced by 初步测算 (preliminary), not 预计: marked actual. "
        "规上工业总产值240亿元, 增加值增长5.5% split into output level and VA growth. "
        "财政支出总量38.49亿元 taken as general_public_budget_expenditure and 招商引资项目…到位资金"
        "78亿元 as investment_attracted (less certain). 转移支付/债券资金 and 国企 figures left out.",
    ),
    "034": Doc(
        paragraphs=(),
        rows=(),
        note="Excerpt truncated in the review preamble (特别感动的是…特别振奋的是…) before any "
        "headline figure.",
    ),
    "035": Doc(
        paragraphs=("今年是全面贯彻党的二十大精神的开局之年",),
        rows=(
            R("gdp", "estimated", 2023, value="226.85亿元", growth="6.5"),
            R("industrial_va_above_scale", "estimated", 2023, growth="10.5"),
            R("fixed_asset_investment", "estimated", 2023, growth="8.5"),
            R("retail_sales", "estimated", 2023, growth="8.5"),
            R("general_public_budget_revenue", "estimated", 2023, growth="8.5"),
            R("urban_disposable_income", "estimated", 2023, growth="7.5"),
            R("rural_disposable_income", "estimated", 2023, growth="9"),
        ),
        note="2024 report reviewing 2023 (预计2023年). Targets are cut by the paywall.",
    ),
    "036": Doc(
        paragraphs=(),
        rows=(),
        note="Page 4 of a paginated report: only the self-building section and the thanks "
        "paragraph; no headline figures.",
    ),
    "037": Doc(
        paragraphs=("经济发展稳中向好,全县GDP增长6%", "经济高质量发展,确保GDP增长7%"),
        rows=(
            R("gdp", "actual", 2023, growth="6"),
            R("fiscal_revenue", "actual", 2023, growth="5"),
            R("urban_disposable_income", "actual", 2023, growth="7"),
            R("rural_disposable_income", "actual", 2023, growth="8"),
            R("gdp", "target", 2024, growth="7"),
            R("fiscal_revenue", "target", 2024, growth="6"),
            R("urban_disposable_income", "target", 2024, growth="8"),
            R("rural_disposable_income", "target", 2024, growth="9"),
        ),
        note="Machine-written text. Only the economic overview bullet (and the matching target "
        "bullet) annotated; the next bullet 产业发展成效显著 (粮食产量10万吨以上, 规模以上工业企业"
        "增加值增长8%, 服务业增加值增长9%) is a sector paragraph and left out. 财政收入 → "
        "fiscal_revenue. 确保 gives no bound.",
    ),
    "038": Doc(
        paragraphs=(),
        rows=(),
        note="News post; excerpt ends in the review intro (实现了三大亮眼成绩) before any figures.",
    ),
    "039": Doc(
        paragraphs=("預計,地區增加值同比增長20%",),
        rows=(
            R("gdp", "estimated", 2009, growth="20"),
            R("tertiary_industry_va", "estimated", 2009, growth="23"),
            R("retail_sales", "estimated", 2009, value="208億元", growth="20"),
            R("fiscal_revenue", "estimated", 2009, value="50億元"),
            R("fixed_asset_investment", "estimated", 2009, value="86億元"),
            R("urban_registered_unemployment", "estimated", 2009, value="3.4%", bound="at_most"),
        ),
        note="Traditional characters. 地區增加值 (district value added) taken as gdp; 其中服務業"
        "增長23% as tertiary VA. 三級財政收入50億元 taken as fiscal_revenue (total); 其中區級財政"
        "收入24億元,增長9.1 % left out (district-level share, unclear canonical). FAI 與去年持平 "
        "(flat) has no stated percent, growth left empty. 創崗安置3.5萬人 left out. 保持在3.4%以下 "
        "→ at_most.",
    ),
    "040": Doc(
        paragraphs=("预料全市地区生产总值实现370亿元",),
        rows=(
            R("gdp", "estimated", 2022, value="370亿元", growth="32"),
            R("general_public_budget_revenue", "estimated", 2022, value="21.5亿元", growth="81.5"),
            R("tax_revenue", "estimated", 2022, value="15亿元", growth="86.8"),
            R("fixed_asset_investment", "estimated", 2022, value="266亿元", growth="49.9"),
            R("retail_sales", "estimated", 2022, value="79.5亿元", growth="21.9"),
            R("urban_disposable_income", "estimated", 2022, value="21470元", growth="15"),
            R("rural_disposable_income", "estimated", 2022, value="11000元", growth="16"),
        ),
        note="预料 is a word swap for 预计 → estimated. Years rewritten: the text says 2022 "
        "(一、2022年工作回顾) though the content is from 2011 (十二五 start); year follows the "
        "text. 财政一般预算收入 → general_public_budget_revenue; 农夫人均纯收入 (=农民人均纯收入) → "
        "rural. The paragraph starts after the chunk marker `2、` in mid-line.",
    ),
    "041": Doc(
        paragraphs=("2021年是中国共产党成立100周年", "社会消费品零售总额80.2亿元"),
        rows=(
            R("gdp", "actual", 2021, value="468亿元", growth="4.1"),
            R("industrial_output_above_scale", "actual", 2021, value="847亿元", growth="2.2"),
            R("industrial_va_above_scale", "actual", 2021, value="193.5亿元", growth="4.4"),
            R("fixed_asset_investment", "actual", 2021, value="358.6亿元", growth="0.4"),
            R("general_public_budget_revenue", "actual", 2021, value="35.4亿元", growth="0.5"),
            R("retail_sales", "actual", 2021, value="80.2亿元", growth="4.4"),
            R("foreign_trade", "actual", 2021, value="394.8 亿元"),
            R("disposable_income", "estimated", 2021, value="4.6万元", growth="10"),
            R("urban_registered_unemployment", "actual", 2021, value="2.3%"),
        ),
        note="The indicator list is broken after a `;`, so the paragraph is given as two "
        "openings. 394.8 亿元 kept with its space as written. Only 居民人均可支配收入 carries 预计.",
    ),
    "042": Doc(
        paragraphs=(),
        rows=(),
        note="The 2022 overview paragraph states no figures; the excerpt then goes to (一) "
        "epidemic control. No headline figures.",
    ),
    "043": Doc(
        paragraphs=("——经济运行势态向好。2024年末",),
        rows=(
            R("gdp", "estimated", 2024, value="230.6亿元", growth="4"),
            R("agricultural_output", "estimated", 2024, value="184.4亿元", growth="3.5"),
            R("industrial_va_above_scale", "actual", 2024, growth="6.5"),
            R("fixed_asset_investment", "estimated", 2024, value="38.7亿元", growth="-18.9"),
            R("retail_sales", "estimated", 2024, value="78.2亿元", growth="1"),
            R("investment_attracted", "estimated", 2024, value="44.3亿元", growth="56"),
            R("foreign_trade", "estimated", 2024, value="2亿元", growth="12"),
            R("general_public_budget_revenue", "actual", 2024, value="10亿元", growth="14"),
        ),
        note="预计 is written per item; 规上工业增加值 and 一般公共预算收入 have none → actual. "
        "农林牧渔业可比价总产值 → agricultural_output. 实际利用内资额 taken as investment_attracted "
        "(cf. alias 实际到位内资; less certain). Incomes only '与经济增长同步' (no figure); "
        "ratio 38.8:19.3:41.9 not an indicator.",
    ),
    "044": Doc(
        paragraphs=("今年以來,在縣委的正確領導下",),
        rows=(),
        note="Half-year summary, year not given; every figure is replaced by x (地區生產總值x億元,"
        "同比增長x%), so no row can be stated.",
    ),
    "045": Doc(
        paragraphs=("2018年,在市委、市政府和县委的正确领导下",),
        rows=(
            R("gdp", "estimated", 2018, value="200亿元", growth="8.8", bound="at_least"),
            R("general_public_budget_revenue", "estimated", 2018, value="33.8亿元", growth="96.1"),
            R("general_public_budget_revenue", "estimated", 2018, value="18.7亿元", growth="92.9"),
            R("fixed_asset_investment", "estimated", 2018, value="83.4亿元", growth="15"),
            R("retail_sales", "estimated", 2018, value="57.7亿元", growth="13.2"),
            R("urban_disposable_income", "estimated", 2018, value="31561元", growth="9"),
            R("rural_disposable_income", "estimated", 2018, value="14763元", growth="9.5"),
        ),
        note="Sentence-initial 预计 covers the list. 一般公共预算总收入33.8亿元 (an alias of "
        "general_public_budget_revenue in indicators.csv, though by meaning close to 财政总收入) "
        "and 地方一般公共预算收入18.7亿元 both → general_public_budget_revenue. 突破200亿元 → "
        "at_least. 同口径增长96.1% → 96.1.",
    ),
    "046": Doc(
        paragraphs=("过去五年,面对复杂多变的国内外形势",),
        rows=(),
        note="换届 report (2022); every figure is a placeholder (突破X亿元, 年均增长x.x%, X.x亿元), "
        "so no row can be stated.",
    ),
    "047": Doc(
        paragraphs=("——经济总量持续攀升,城市综合竞争力显著增强",),
        rows=(),
        note="Review of 2021; figures are placeholders (X.XX万亿元, 增长X.X%, XXXX万). The line "
        "starts with `? ? ` (lost spaces) before the dash.",
    ),
    "048": Doc(
        paragraphs=("刚刚过去的202x年",),
        rows=(),
        note="Year placeholder 202x and all figures X (突破X亿元, X亿元、增长X%); no row can be "
        "stated.",
    ),
    "049": Doc(
        paragraphs=("(一)高质量发展跑出加速度。全市生产总值达",),
        rows=(),
        note="2022 report reviewing 2021; figures replaced by X (X 亿元, 增长 X.X%); 税收收入增长 "
        "11.X% is also partly a placeholder, so no row is stated.",
    ),
    "050": Doc(
        paragraphs=("2019年是信陽發(fā)展史上",),
        rows=(
            R("gdp", "actual", 2019, growth="6.3"),
            R("fixed_asset_investment", "actual", 2019, growth="10.6"),
            R("retail_sales", "actual", 2019, growth="10.4"),
            R("general_public_budget_revenue", "actual", 2019, growth="7.6"),
            R("disposable_income", "actual", 2019, growth="9.3"),
        ),
        note="Traditional characters with pinyin garbage inside the indicator names "
        "(生產(chǎn)總值 etc.). 2020 report reviewing 2019.",
    ),
    "051": Doc(
        paragraphs=("━━综合实力整体跃升。六年来",),
        rows=(
            R("gdp", "actual", None, growth="12.2"),
            R("gdp", "actual", 2016, value="1156.49亿元"),
            R("industrial_output_above_scale", "actual", None, growth="19.2"),
            R("industrial_output_above_scale", "actual", 2016, value="1145.07亿元"),
            R("fiscal_revenue", "actual", None, growth="15.2"),
            R("fiscal_revenue", "actual", 2016, value="105.67亿元"),
            R("fiscal_revenue", "actual", None, growth="15.9"),
            R("fiscal_revenue", "actual", 2016, value="45.19亿元"),
        ),
        note="Review of the past six years (2011-2016): each level is for 2016 (2016年达到), "
        "each growth the six-year annual average (年均增长, no one year's). 财政总收入 and 地方财政收入 both "
        "map to fiscal_revenue in indicators.csv (地方财政收入 is its alias), though by meaning "
        "地方财政收入 is closer to general_public_budget_revenue. No single-year 2016 overview "
        "in the excerpt.",
    ),
    "052": Doc(
        paragraphs=("预计,地区生产总值实现928亿元",),
        rows=(
            R("gdp", "estimated", 2016, value="928亿元"),
            R("general_public_budget_revenue", "estimated", 2016, value="70.8亿元"),
            R("fixed_asset_investment", "estimated", 2016, value="197亿元"),
            R("urban_disposable_income", "estimated", 2016, value="28110元"),
            R("rural_disposable_income", "estimated", 2016, value="12880元"),
        ),
        note="Levels only, no growth rates.",
    ),
    "053": Doc(
        paragraphs=("预计全市地区生产总值实现7280亿元",),
        rows=(
            R("gdp", "estimated", 2015, value="7280亿元", growth="3.5"),
            R("fixed_asset_investment", "estimated", 2015, value="5350亿元", growth="-18.5"),
            R(
                "general_public_budget_revenue",
                "estimated",
                2015,
                value="606.2亿元",
                growth="-22.8",
            ),
            R("retail_sales", "estimated", 2015, value="3885亿元", growth="8.2"),
            R("urban_disposable_income", "estimated", 2015, value="36664元", growth="7.1"),
            R("rural_disposable_income", "estimated", 2015, value="13498元", growth="7.8"),
            R("urban_registered_unemployment", "estimated", 2015, value="3.18%"),
        ),
        note="2016 report reviewing 2015; sentence-initial 预计 covers the list.",
    ),
    "054": Doc(
        paragraphs=("2022年极为不易,“三重压力”",),
        rows=(),
        note="Figures are placeholders (X亿元、增长X%; X.X亿元). 地方一般公共预算收入突破百亿大关 "
        "(a bound in words, 百亿 without unit) left out as not a stated figure.",
    ),
    "055": Doc(
        paragraphs=("——主要指标逆势上扬,取得了提速增效的新成绩。",),
        rows=(
            R("gdp", "estimated", 2019, growth="8", bound="at_least"),
            R("industrial_va_above_scale", "actual", 2019, growth="9"),
            R("fixed_asset_investment", "actual", 2019, growth="12"),
            R("general_public_budget_revenue", "actual", 2019, value="270.06 亿元"),
        ),
        note="PDF extraction dropped characters: `区生产总值预计增 8%上` read as 地区生产总值预计"
        "增长8%以上 (at_least); `规模工业增值、固定资产投资分别增长 9%12%` as 规模工业增加值 9%, "
        "FAI 12%; `一般公共预算收入完 270.06 亿元` (value kept with its space). 预计 is inside the "
        "GDP clause only, so the others are marked actual (uncertain). 地方税占比 and the 项目 "
        "investment paragraph left out.",
    ),
    "056": Doc(
        paragraphs=("“十一五”期间,全省地区生产总值",),
        rows=(
            R("gdp", "actual", None, growth="14"),
            R("gdp", "actual", 2010, value="18278亿元"),
            R("general_public_budget_revenue", "actual", None, growth="24.3"),
            R("general_public_budget_revenue", "actual", 2010, value="2004.8亿元"),
            R("fixed_asset_investment", "actual", None, value="5.1万亿元", growth="30.5"),
            R("foreign_investment_actual", "actual", None, value="633亿美元", growth="42"),
            R("urban_disposable_income", "actual", None, growth="11.4"),
            R("rural_disposable_income", "actual", None, growth="9.3"),
        ),
        note="十一五 (2006-2010) review: growths are five-year annual averages (年均增长; incomes "
        "年均实际增长), no one year's → year=None. GDP and budget revenue levels are for 2010 (去年达到) → 2010; FAI and FDI "
        "levels are five-year cumulative (累计) and the income growths are period averages → "
        "year=None. 地方财政一般预算收入 → general_public_budget_revenue. 高出全国平均水平989元 "
        "left out. The 2010 single-year overview is beyond the excerpt.",
    ),
    "057": Doc(
        paragraphs=("这五年,我们坚持紧贴民生推进高质量发展",),
        rows=(
            R("gdp", "estimated", None, growth="5.1"),
            R("urban_disposable_income", "estimated", None, growth="4.5"),
        ),
        note="Five-year review (2018-2022), PDF extraction with dropped characters: "
        "`预计地区生\\n总值 5.1%` read as GDP annual-average growth 5.1% (period figure, year=None); "
        "`镇居民人均可支配收入年均增长 4.5%` as urban income. `一均增 4.8%` is too garbled to name "
        "its indicator and is left out; rural income is cut off.",
    ),
    "058": Doc(
        paragraphs=("预计,全区地区生产总值突破1400亿元",),
        rows=(
            R("gdp", "estimated", 2018, value="1400亿元", growth="10", bound="at_least"),
            R("general_public_budget_revenue", "estimated", 2018, value="230.4亿元"),
            R("rural_disposable_income", "estimated", 2018, growth="13", bound="about"),
            R("urban_disposable_income", "estimated", 2018, growth="10", bound="at_least"),
            R("cpi", "estimated", 2018, growth="2.0", bound="at_most"),
            R("urban_registered_unemployment", "estimated", 2018, value="2.83%"),
            R("urban_surveyed_unemployment", "estimated", 2018, value="4.6%"),
            R("urban_new_jobs", "estimated", 2018, value="5.4万人"),
            R("good_air_days", "estimated", 2018, value="98.1%"),
        ),
        note="GDP row has two qualifiers: 突破1400亿元 (at_least, recorded) and 增长10%左右 "
        "(about, not recordable in the one bound field). 230.\\n4亿元 is split by a line break in "
        "the file; value given joined. 居民消费价格指数控制在2.0% → cpi 2.0 at_most (控制在 without "
        "以内; uncertain). 地级以上城市空气质量优良天数比率98.1% taken as the region's good_air_days "
        "(the standard definition).",
    ),
    "059": Doc(
        paragraphs=(),
        rows=(),
        note="2014 review overview states no figures; the excerpt then runs into the 稳增长 "
        "investment paragraph (全社會固定資產投資連續兩年超萬億元, not a headline year figure).",
    ),
    "060": Doc(
        paragraphs=("一、过去五年工作的回顾",),
        rows=(
            R("gdp", "estimated", 2024, value="1732亿元", growth="9.8"),
            R("fiscal_revenue", "actual", 2024, value="201亿元", growth="12.5"),
            R("fixed_asset_investment", "actual", None, value="2375亿元", growth="17.6"),
            R("deposits", "actual", 2024, value="1720亿元", growth="103.6"),
            R("loans", "actual", 2024, value="1645亿元", growth="40.4"),
            R("retail_sales", "actual", 2024, value="601亿元", growth="10.3"),
            R("primary_industry_va", "actual", 2024, value="372亿元", growth="3.3"),
            R("grain_output", "actual", None, value="140亿公斤", bound="about"),
        ),
        note="Really the 2003 report (本届政府从1998年1月就职…五年) with years rewritten: the text "
        "says 2024年全区国内生产总值, so the year follows the text (2024) though it truly means "
        "2002. Five-year review: growths are 年均增长 (GDP's 比1997年增长59.2% left out in favour "
        "of 年均增长9.8%); deposits/loans growths 103.6%/40.4% are versus 1997. FAI is a five-year "
        "cumulative (累计) → year=None; 粮食产量稳定在140亿公斤左右 over the period → year=None. "
        "预计 sits in the GDP clause only, the rest marked actual (uncertain). 财政总收入 增加89.7亿元 "
        "(absolute) left out.",
    ),
}
