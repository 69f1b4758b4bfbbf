"""The judged rows of the metric audit (see ``metric_audit.py``): one line per row, as
:func:`metric_audit.describe` writes it (name | canonical | level | growth | growth_high |
increase | status | period | year | years | bound | scope), then the verdict."""

# ruff: noqa: E501  (a row is one line, as the library's output is compared)

from __future__ import annotations

from metric_audit import J, Paragraph

PARAGRAPHS: list[Paragraph] = [
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "今年全年预计全社会固定资产投资额完成",
        [
            J(
                "全社会固定资产投资额 | fixed_asset_investment | 41.1亿元 | 37.2 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
            J(
                "税收收入 | tax_revenue | 1.82亿元 | -17 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
            J(
                "社会消费品限额以上零售总额 | retail_sales | 30.7亿元 | 13.3 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
            J(
                "规模以上工业产值 | industrial_output_above_scale | 23.7亿元 | 1.6 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
            J(
                "工业固定资产投资额 | industrial_investment | 9.63亿元 | 471.2 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
            J(
                "批发额 | wholesale_sales | 90.7亿元 | 19.2 | - | - | estimated | 全年 | 2023 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "2024年经济社会发展的主要预期目标",
        [
            J(
                "规模以上工业产值 | industrial_output_above_scale | 25.5亿元 | 7.3 | - | - | target | - | 2024 | - | - | -"
            ),
            J(
                "全社会固投 | fixed_asset_investment | 43亿元 | 4.5 | - | - | target | - | 2024 | - | - | -"
            ),
            J(
                "工业固投 | industrial_investment | 10亿元 | 3.8 | - | - | target | - | 2024 | - | - | -"
            ),
            J(
                "限上社会消费品销售总额 | retail_sales | 34亿元 | 10.7 | - | - | target | - | 2024 | - | - | -"
            ),
            J("税收 | tax_revenue | 1.97亿元 | 8 | - | - | target | - | 2024 | - | - | -"),
            J("批发额 | wholesale_sales | 110亿元 | 21.2 | - | - | target | - | 2024 | - | - | -"),
        ],
    ),
    Paragraph(
        "seeds/001_555f7e936fe6323d.txt",
        "全面统筹疫情防控和经济社会发展,持续",
        [
            J(
                "一般公共预算收入 | general_public_budget_revenue | 4717万元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "规模以上工业产值 | industrial_output_above_scale | 4.47亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "限上批零业企业销售额 | wholesale_retail_sales | 4.43亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "限上住餐业销售额 | accommodation_catering_sales | 1377.7万元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | 8.7亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "“四上”企业个数 | above_scale_enterprises | 19家 | - | - | - | actual | - | 2023 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/001_555f7e936fe6323d.txt",
        "在招商引资方面,2023年实际到位资",
        [
            J(
                "实际到位资金 | investment_attracted | 2.53亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "十强产业内资到位资金 | - | 2.43亿元 | - | - | - | actual | - | 2023 | - | - | programme",
                "wrong",
                "scope programme: a part of the investment attracted, not a programme's money",
            ),
            J("外贸进出口 | foreign_trade | 420万美元 | - | - | - | actual | - | 2023 | - | - | -"),
            J("新增招商增税企业 | - | 9家 | - | - | - | actual | - | 2023 | - | - | -"),
        ],
    ),
    Paragraph(
        "seeds/001_555f7e936fe6323d.txt",
        "过去一年,镇域经济社会发展总体平稳、",
        [
            J("税收收入 | tax_revenue | 38亿元 | - | - | - | estimated | 全年 | 2022 | - | - | -"),
            J(
                "固定资产投资 | fixed_asset_investment | 22.89亿元 | - | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J("区外迁入企业 | - | 60户 | - | - | - | actual | 全年 | 2022 | - | - | -"),
            J(
                "御桥地区楼宇产税 | - | - | 106 | - | - | actual | - | 2022 | - | - | entity",
                "wrong",
                "scope entity: a sub-area's tax; marked, but as the wrong kind",
            ),
            J(
                "民生投入 | people_livelihood_spending | 约5.67亿元 | - | - | - | actual | 全年 | 2022 | - | about | -"
            ),
            J(
                "民生投入占一般公共预算支出的比重 | - | 超过48.7% | - | - | - | actual | 全年 | 2022 | - | at_least | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/001_555f7e936fe6323d.txt",
        "2023年经济社会发展主要预期目标是",
        [
            J(
                "税收总收入 | tax_revenue | 34亿元以上 | - | - | - | target | - | 2023 | - | at_least | -"
            ),
            J(
                "全社会固定资产投资 | fixed_asset_investment | 30亿元左右 | - | - | - | target | - | 2023 | - | about | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/001_555f7e936fe6323d.txt",
        "经济指标稳中有进。截至10月底,全镇",
        [
            J(
                "财政收入 | fiscal_revenue | 4720万元 | - | - | - | actual | 截至10月底 | 2023 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | 2.5亿元 | - | - | - | actual | 截至10月底 | 2023 | - | - | -"
            ),
            J(
                "工业固定资产投资 | industrial_investment | 8194万元 | - | - | - | actual | 截至10月底 | 2023 | - | - | -"
            ),
            J(
                "规模工业总产值 | industrial_output_above_scale | 5亿元 | - | - | - | actual | 截至10月底 | 2023 | - | - | -"
            ),
            J(
                "招商引资到位资金 | investment_attracted | 2.2亿元 | - | - | - | actual | 截至10月底 | 2023 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/002_0f2ab75d7a324a83.txt",
        "半年来,我们科学谋划、锐意进取,全力",
        [
            J(
                "一般公共财政预算收入 | general_public_budget_revenue | 6.646亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J(
                "工业总产值 | industrial_output | 246.2亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J(
                "工业开票销售 | industrial_sales_invoiced | 230亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J(
                "规上工业应税销售 | industrial_taxable_sales | 246.8亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J(
                "服务业销售 | service_revenue | 26.83亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J(
                "服务业投资 | service_investment | 4.88亿元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
            J("新培育规模以上工业企业 | - | 1家 | - | - | - | actual | 上半年 | 2023 | - | - | -"),
            J(
                "规模以上服务业企业 | - | 1家 | - | - | - | actual | 上半年 | 2023 | - | - | -",
                "wrong",
                "the list lost 新培育: new firms, not the stock",
            ),
            J("新增限上批零住餐企业 | - | 6家 | - | - | - | actual | 上半年 | 2023 | - | - | -"),
            J(
                "实际利用外资 | foreign_investment_actual | 2629万美元 | - | - | - | actual | 上半年 | 2023 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "seeds/003_288c1e282cea0f90.txt",
        "打好“政策+服务”组合拳,全面做好“",
        [
            J(
                "财政总收入 | fiscal_revenue | 1.6亿元 | 8.8 | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J(
                "规上工业产值 | industrial_output_above_scale | 26.62亿元 | 7.6 | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J(
                "工业投资 | industrial_investment | 1.49亿元 | 142.42 | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J(
                "限上批发零售业销售额 | wholesale_retail_sales | 53.39亿元 | 4.06 | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J(
                "限上住宿餐饮业营业额 | accommodation_catering_sales | 612万元 | 79 | - | - | estimated | 全年 | 2022 | - | - | -"
            ),
            J(
                "重点项目完成投资额 | project_investment | 45.94亿元 | - | - | - | actual | - | 2022 | - | - | -"
            ),
            J("新认定高新技术企业 | - | 1家 | - | - | - | actual | - | 2022 | - | - | entity"),
            J("总投资 | - | 45.5亿元 | - | - | - | actual | - | 2022 | - | - | project"),
            J("意向投资金额 | - | 115.5亿元 | - | - | - | actual | - | 2022 | - | - | project"),
        ],
    ),
    Paragraph(
        "national/2024.txt",
        "——经济总体回升向好。国内生产总值超",
        [
            J(
                "国内生产总值 | gdp | 超过126万亿元 | 5.2 | - | - | actual | - | 2023 | - | at_least | -"
            ),
            J(
                "城镇新增就业 | urban_new_jobs | 1244万人 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.2% | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J("居民消费价格 | cpi | - | 0.2 | - | - | actual | - | 2023 | - | - | -"),
        ],
    ),
    Paragraph(
        "national/2024.txt",
        "今年发展主要预期目标是：国内生产总值",
        [
            J("国内生产总值 | gdp | - | 5 | - | - | target | - | 2024 | - | about | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1200万人以上 | - | - | - | target | - | 2024 | - | at_least | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2024 | - | about | -"
            ),
            J("居民消费价格 | cpi | - | 3 | - | - | target | - | 2024 | - | about | -"),
            J(
                "粮食产量 | grain_output | 1.3万亿斤以上 | - | - | - | target | - | 2024 | - | at_least | -"
            ),
            J(
                "单位国内生产总值能耗 | energy_intensity | - | -2.5 | - | - | target | - | 2024 | - | about | -"
            ),
        ],
    ),
    Paragraph(
        "national/2016.txt",
        "——经济运行保持在合理区间。国内生产",
        [
            J("国内生产总值 | gdp | 67.7万亿元 | 6.9 | - | - | actual | - | 2015 | - | - | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1312万人 | - | - | - | actual | - | 2015 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "national/2016.txt",
        "——结构调整取得积极进展。服务业在国",
        [
            J(
                "服务业在国内生产总值中的比重 | - | 50.5% | - | - | - | actual | - | 2015 | - | - | -"
            ),
            J("消费对经济增长的贡献率 | - | 66.4% | - | - | - | actual | - | 2015 | - | - | -"),
            J(
                "单位国内生产总值能耗 | energy_intensity | - | -5.6 | - | - | actual | - | 2015 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "national/2016.txt",
        "今年发展的主要预期目标是：国内生产总",
        [
            J("国内生产总值 | gdp | - | 6.5 | 7 | - | target | - | 2016 | - | range | -"),
            J("居民消费价格 | cpi | - | 3 | - | - | target | - | 2016 | - | about | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1000万人以上 | - | - | - | target | - | 2016 | - | at_least | -"
            ),
            J(
                "城镇登记失业率 | urban_registered_unemployment | 4.5%以内 | - | - | - | target | - | 2016 | - | at_most | -"
            ),
            J(
                "单位国内生产总值能耗 | energy_intensity | - | -3.4 | - | - | target | - | 2016 | - | at_least | -"
            ),
        ],
    ),
    Paragraph(
        "national/2010.txt",
        "国内生产总值达到33.5万亿元，比上",
        [
            J("国内生产总值 | gdp | 33.5万亿元 | 8.7 | - | - | actual | - | 2009 | - | - | -"),
            J(
                "财政收入 | fiscal_revenue | 6.85万亿元 | 11.7 | - | - | actual | - | 2009 | - | - | -"
            ),
            J("粮食产量 | grain_output | 5.31亿吨 | - | - | - | actual | - | 2009 | - | - | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1102万人 | - | - | - | actual | - | 2009 | - | - | -"
            ),
            J(
                "城镇居民人均可支配收入 | urban_disposable_income | 17175元 | 9.8 | - | - | actual | - | 2009 | - | - | -"
            ),
            J(
                "农村居民人均纯收入 | rural_disposable_income | 5153元 | 8.5 | - | - | actual | - | 2009 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "national/2005.txt",
        "一年来的成就集中表现在：经济保持平稳",
        [
            J("国内生产总值 | gdp | 13.65万亿元 | 9.5 | - | - | actual | - | 2004 | - | - | -"),
            J(
                "财政收入 | fiscal_revenue | 2.63万亿元 | 21.4 | - | - | actual | - | 2004 | - | - | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | 5.4万亿元 | 13.3 | - | - | actual | - | 2004 | - | - | -"
            ),
            J(
                "进出口贸易总额 | foreign_trade | 1.15万亿美元 | 35.7 | - | - | actual | - | 2004 | - | - | -"
            ),
            J(
                "城镇新增就业 | urban_new_jobs | 980万人 | - | - | - | actual | - | 2004 | - | - | -"
            ),
            J(
                "城镇居民人均可支配收入 | urban_disposable_income | 9422元 | 7.7 | - | - | actual | - | 2004 | - | - | -"
            ),
            J(
                "农村居民人均纯收入 | rural_disposable_income | 2936元 | 6.8 | - | - | actual | - | 2004 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "national/2019.txt",
        "——经济运行保持在合理区间。国内生产",
        [
            J("国内生产总值 | gdp | 90万亿元 | 6.6 | - | - | actual | - | 2018 | - | at_least | -"),
            J("居民消费价格 | cpi | - | 2.1 | - | - | actual | - | 2018 | - | - | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1361万人 | - | - | - | actual | - | 2018 | - | - | -"
            ),
            J(
                "调查失业率 | urban_surveyed_unemployment | 5%左右 | - | - | - | actual | - | 2018 | - | about | -"
            ),
        ],
    ),
    Paragraph(
        "national/2019.txt",
        "今年经济社会发展的主要预期目标是：国",
        [
            J("国内生产总值 | gdp | - | 6 | 6.5 | - | target | - | 2019 | - | range | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1100万人以上 | - | - | - | target | - | 2019 | - | at_least | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2019 | - | about | -"
            ),
            J(
                "城镇登记失业率 | urban_registered_unemployment | 4.5%以内 | - | - | - | target | - | 2019 | - | at_most | -"
            ),
            J("居民消费价格 | cpi | - | 3 | - | - | target | - | 2019 | - | about | -"),
            J(
                "农村贫困人口 | rural_poor_population | - | - | - | 1000万以上 | target | - | 2019 | - | at_least | -"
            ),
            J(
                "单位国内生产总值能耗 | energy_intensity | - | -3 | - | - | target | - | 2019 | - | about | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_sichuan.txt",
        "——经济运行稳中向好。全省地区生产总",
        [
            J("地区生产总值 | gdp | - | 5.7 | - | - | actual | - | 2024 | - | - | -"),
            J("经济总量 | gdp | 64697亿元 | - | - | - | actual | - | 2024 | - | - | -"),
            J(
                "第一产业增加值 | primary_industry_va | - | 2.5 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "规模以上工业增加值 | industrial_va_above_scale | - | 6.6 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "服务业增加值 | tertiary_industry_va | - | 6.3 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | - | 2.4 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | - | 4.2 | - | - | actual | - | 2024 | - | - | -"
            ),
            J("进出口总额 | foreign_trade | - | 9.4 | - | - | actual | - | 2024 | - | - | -"),
        ],
    ),
    Paragraph(
        "provincial/2025_sichuan.txt",
        "今年发展主要预期目标是：地区生产总值",
        [
            J("地区生产总值 | gdp | - | 5.5 | - | - | target | - | 2025 | - | at_least | -"),
            J("城镇新增就业 | urban_new_jobs | 85万人 | - | - | - | target | - | 2025 | - | - | -"),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2025 | - | about | -"
            ),
            J("居民消费价格 | cpi | - | 2 | - | - | target | - | 2025 | - | about | -"),
            J(
                "地方一般公共预算收入 | general_public_budget_revenue | - | 2 | - | - | target | - | 2025 | - | - | -"
            ),
            J(
                "粮食产量 | grain_output | 725亿斤以上 | - | - | - | target | - | 2025 | - | at_least | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_guangdong.txt",
        "根据省委十三届六次全会暨省委经济工作",
        [
            J("地区生产总值 | gdp | - | 5 | - | - | target | - | 2025 | - | about | -"),
            J(
                "社会消费品零售总额 | retail_sales | - | 5 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "规模以上工业增加值 | industrial_va_above_scale | - | 6 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "地方一般公共预算收入 | general_public_budget_revenue | - | 3 | - | - | target | - | 2025 | - | - | -"
            ),
            J("居民消费价格 | cpi | - | 2 | - | - | target | - | 2025 | - | about | -"),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "城镇新增就业 | urban_new_jobs | 110万人以上 | - | - | - | target | - | 2025 | - | at_least | -"
            ),
            J("粮食产量 | grain_output | 1285万吨 | - | - | - | target | - | 2025 | - | - | -"),
        ],
    ),
    Paragraph(
        "provincial/2025_jiangxi.txt",
        "一是经济运行持续向好。紧跟国家宏观政",
        [
            J("地区生产总值 | gdp | - | 5.1 | - | - | actual | - | 2024 | - | - | -"),
            J(
                "规模以上工业增加值 | industrial_va_above_scale | - | 8.5 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | - | 4.8 | - | - | actual | - | 2024 | - | - | -"
            ),
            J("民间投资 | - | - | 3.6 | - | - | actual | - | 2024 | - | - | -"),
            J(
                "社会消费品零售总额 | retail_sales | - | 4.9 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "省大中型项目投资 | - | 1万亿元 | - | - | - | actual | - | 2024 | - | at_least | project"
            ),
            J("生产型企业进出口占外贸比重 | - | 78.7% | - | - | - | actual | - | 2024 | - | - | -"),
            J("机电产品出口占出口比重 | - | 62.6% | - | - | - | actual | - | 2024 | - | - | -"),
        ],
    ),
    Paragraph(
        "provincial/2025_jiangxi.txt",
        "经济社会发展主要预期目标是：地区生产",
        [
            J("地区生产总值 | gdp | - | 5 | - | - | target | - | 2025 | - | about | -"),
            J(
                "规模以上工业增加值 | industrial_va_above_scale | - | 7.5 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | - | 5 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | - | 5 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "城镇居民人均可支配收入 | urban_disposable_income | - | 5 | - | - | target | - | 2025 | - | - | -"
            ),
            J(
                "农村居民人均可支配收入 | rural_disposable_income | - | 6.5 | - | - | target | - | 2025 | - | about | -"
            ),
            J("居民消费价格 | cpi | - | 2 | - | - | target | - | 2025 | - | about | -"),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2025 | - | about | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_henan.txt",
        "（一）经济运行持续向好。全年生产总值",
        [
            J("生产总值 | gdp | 6.36万亿元 | 5.1 | - | - | actual | 全年 | 2024 | - | - | -"),
            J(
                "规上工业增加值 | industrial_va_above_scale | - | 8.1 | - | - | actual | 全年 | 2024 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | - | 7 | - | - | actual | 全年 | 2024 | - | - | -"
            ),
            J(
                "工业投资 | industrial_investment | - | 21.6 | - | - | actual | 全年 | 2024 | - | - | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | 2.76万亿元 | 6.1 | - | - | actual | 全年 | 2024 | - | - | -"
            ),
            J(
                "居民人均可支配收入 | disposable_income | - | 5.4 | - | - | actual | 全年 | 2024 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_henan.txt",
        "主要预期目标是:经济增长5.5%左右",
        [
            J("经济增长 | gdp | - | 5.5 | - | - | target | - | 2025 | - | about | -"),
            J(
                "规上工业增加值 | industrial_va_above_scale | - | 7 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | - | 7 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | - | 6 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "一般公共预算收入 | general_public_budget_revenue | - | 4 | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%左右 | - | - | - | target | - | 2025 | - | about | -"
            ),
            J(
                "城镇新增就业 | urban_new_jobs | 110万人以上 | - | - | - | target | - | 2025 | - | at_least | -"
            ),
            J("居民消费价格 | cpi | - | 2 | - | - | target | - | 2025 | - | about | -"),
            J(
                "粮食产量 | grain_output | 1300亿斤以上 | - | - | - | target | - | 2025 | - | at_least | -"
            ),
        ],
    ),
    Paragraph(
        "pages/041.txt",
        "社会消费品零售总额80.2亿元,增长",
        [
            J(
                "社会消费品零售总额 | retail_sales | 80.2亿元 | 4.4 | - | - | actual | - | 2021 | - | - | -"
            ),
            J(
                "外贸进出口总额 | foreign_trade | 394.8 亿元 | - | - | - | actual | - | 2021 | - | - | -"
            ),
            J(
                "居民人均可支配收入 | disposable_income | 4.6万元 | 10 | - | - | estimated | - | 2021 | - | - | -"
            ),
            J(
                "城镇登记失业率 | urban_registered_unemployment | 2.3% | - | - | - | actual | - | 2021 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "pages/041.txt",
        "一是产业发展保持强劲势头。工业投资实",
        [
            J(
                "工业投资 | industrial_investment | 134.8亿元 | 102.8 | - | - | actual | 全年 | 2021 | - | - | -"
            ),
            J(
                "工业投资总量占固定资产投资比重 | - | 37.6% | - | - | - | actual | 全年 | 2021 | - | - | -"
            ),
            J(
                "市重点项目完成投资 | - | 236.8亿元 | - | - | - | actual | - | 2021 | - | - | project"
            ),
            J(
                "省重点项目完成投资 | - | 40.7亿元 | - | - | - | actual | - | 2021 | - | - | project"
            ),
            J(
                "年度投资宪成率 | - | 127.1% | - | - | - | actual | - | 2021 | - | - | project",
                "wrong",
                "the key projects' progress read as a metric without its subject",
            ),
        ],
    ),
    Paragraph(
        "pages/033.txt",
        "一年来,我们尽锐出战、强势推进,各项",
        [
            J("地区生产总值 | gdp | 113亿元 | 4 | - | - | actual | - | 2023 | - | - | -"),
            J(
                "规上工业总产值 | industrial_output_above_scale | 240亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "规上工业增加值 | industrial_va_above_scale | - | 5.5 | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "一般公共预算收入 | general_public_budget_revenue | 16.01亿元 | 6.4 | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | 81.8亿元 | 42.5 | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | 7.6亿元 | 6 | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "城镇居民人均可支配收入 | urban_disposable_income | - | 6 | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "农村居民人均可支配收入 | rural_disposable_income | - | 8 | - | - | actual | - | 2023 | - | - | -"
            ),
            J("上级转移支付资金 | - | 17.83亿元 | - | - | - | actual | - | 2023 | - | - | -"),
            J("一般债券资金 | - | 1.2亿元 | - | - | - | actual | - | 2023 | - | - | -"),
            J("财政支出总量 | - | 38.49亿元 | - | - | - | actual | - | 2023 | - | - | -"),
            J(
                "到位资金 | investment_attracted | 78亿元 | - | - | - | actual | - | 2023 | - | - | -"
            ),
            J(
                "经营总收入 | - | 2.6亿元 | - | - | - | actual | - | 2023 | - | - | -",
                "none",
                "three state firms' revenue, not marked",
            ),
            J(
                "净利润 | - | 2300万元 | - | - | - | actual | - | 2023 | - | at_least | -",
                "none",
                "three state firms' profit, not marked",
            ),
        ],
    ),
    Paragraph(
        "pages/043.txt",
        "——经济运行势态向好。2024年末,",
        [
            J("地区生产总值 | gdp | 230.6亿元 | 4 | - | - | estimated | 年末 | 2024 | - | - | -"),
            J(
                "农林牧渔业可比价总产值 | - | 184.4亿元 | 3.5 | - | - | estimated | 年末 | 2024 | - | - | -"
            ),
            J(
                "规上工业增加值 | industrial_va_above_scale | - | 6.5 | - | - | actual | 年末 | 2024 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | 38.7亿元 | -18.9 | - | - | estimated | 年末 | 2024 | - | - | -"
            ),
            J(
                "社会消费品零售总额 | retail_sales | 78.2亿元 | 1 | - | - | estimated | 年末 | 2024 | - | - | -"
            ),
            J(
                "实际利用内资额 | investment_attracted | 44.3亿元 | 56 | - | - | estimated | 年末 | 2024 | - | - | -"
            ),
            J(
                "外贸进出口总额 | foreign_trade | 2亿元 | 12 | - | - | estimated | 年末 | 2024 | - | - | -"
            ),
            J(
                "一般公共预算收入 | general_public_budget_revenue | 10亿元 | 14 | - | - | actual | 年末 | 2024 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "national/2022.txt",
        "——经济保持恢复发展。国内生产总值达",
        [
            J("国内生产总值 | gdp | 114万亿元 | 8.1 | - | - | actual | - | 2021 | - | - | -"),
            J(
                "财政收入 | fiscal_revenue | 20万亿元 | 10.7 | - | - | actual | - | 2021 | - | at_least | -"
            ),
            J(
                "城镇新增就业 | urban_new_jobs | 1269万人 | - | - | - | actual | - | 2021 | - | - | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.1% | - | - | - | actual | - | 2021 | - | - | -"
            ),
            J("居民消费价格 | cpi | - | 0.9 | - | - | actual | - | 2021 | - | - | -"),
        ],
    ),
    Paragraph(
        "national/2022.txt",
        "今年发展主要预期目标是：国内生产总值",
        [
            J("国内生产总值 | gdp | - | 5.5 | - | - | target | - | 2022 | - | about | -"),
            J(
                "城镇新增就业 | urban_new_jobs | 1100万人以上 | - | - | - | target | - | 2022 | - | at_least | -"
            ),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5.5%以内 | - | - | - | target | 全年 | 2022 | - | at_most | -"
            ),
            J("居民消费价格 | cpi | - | 3 | - | - | target | 全年 | 2022 | - | about | -"),
            J(
                "粮食产量 | grain_output | 1.3万亿斤以上 | - | - | - | target | 全年 | 2022 | - | at_least | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_zhejiang.txt",
        "过去一年，面对复杂严峻的外部环境，面",
        [
            J("生产总值 | gdp | - | 5.5 | - | - | actual | - | 2024 | - | - | -"),
            J(
                "一般公共预算收入 | general_public_budget_revenue | - | 1.2 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "城镇居民人均可支配收入 | urban_disposable_income | - | 4.3 | - | - | actual | - | 2024 | - | - | -"
            ),
            J(
                "农村居民人均可支配收入 | rural_disposable_income | - | 6.1 | - | - | actual | - | 2024 | - | - | -"
            ),
        ],
    ),
    Paragraph(
        "provincial/2025_zhejiang.txt",
        "主要预期目标为：生产总值增长5.5%",
        [
            J("生产总值 | gdp | - | 5.5 | - | - | target | - | 2025 | - | about | -"),
            J(
                "城镇调查失业率 | urban_surveyed_unemployment | 5%以内 | - | - | - | target | - | 2025 | - | at_most | -"
            ),
            J("居民消费价格 | cpi | - | 2 | - | - | target | - | 2025 | - | about | -"),
        ],
    ),
    Paragraph(
        "seeds/004_22c6fb72f19d0811.txt",
        "全镇实现规上工业产值29.74亿元",
        [
            J(
                "规上工业产值 | industrial_output_above_scale | 29.74亿元 | 31.3 | - | - | actual | 1-9月 | 2023 | - | - | -"
            ),
            J(
                "工业性投资 | industrial_investment | 1.71 亿元 | - | - | - | actual | 1-9月 | 2023 | - | - | -"
            ),
            J(
                "固定资产投资 | fixed_asset_investment | 33.27亿元 | 220.1 | - | - | actual | 1-9月 | 2023 | - | - | -"
            ),
            J(
                "限上社会消费品零售总额 | retail_sales | 0.14亿元 | 17.6 | - | - | actual | 1-9月 | 2023 | - | - | -"
            ),
            J(
                "限上批发业商品销售额 | wholesale_sales | 2.5亿元 | - | - | - | actual | 1-10月 | 2023 | - | - | -"
            ),
        ],
        140,
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "营商环境持续优化。深入开展“千名干部",
        [
            J("总投资 | - | 5.6亿元 | - | - | - | actual | - | 2023 | - | - | project"),
            J(
                "规下企业 | - | - | - | - | 3家 | actual | - | 2023 | - | - | -",
                "wrong",
                "提升3家 is three firms upgraded, read as a change in the stock of below-scale firms",
            ),
        ],
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "农文旅融合稳产提质。落实粮食安全责任",
        [
            J("补助金额 | - | 约145.4万元 | - | - | - | actual | - | 2023 | - | about | programme"),
            J("附加产品全产业产值 | - | 1400万元 | - | - | - | actual | - | 2023 | - | - | entity"),
        ],
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "乡村振兴扎实推进。重点提升乡村品质及",
        [
            J("投入资金 | - | 490万元 | - | - | - | actual | - | 2023 | - | - | programme"),
        ],
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "社会保障更有温度。今年盛洲花园交房1",
        [
            J("安置面积 | - | 13.77万平方米 | - | - | - | actual | - | 2023 | - | - | entity"),
        ],
    ),
    Paragraph(
        "seeds/000_5f8850e58b636763.txt",
        "社会治理逐步加强。积极开展爱国卫生工",
        [
            J("报到率 | - | 100% | - | - | - | actual | - | 2023 | - | - | programme"),
            J("管控率 | - | 100% | - | - | - | actual | - | 2023 | - | - | programme"),
            J("执行率 | - | 100% | - | - | - | actual | - | 2023 | - | - | programme"),
        ],
    ),
    Paragraph(
        "seeds/002_0f2ab75d7a324a83.txt",
        "半年来,我们聚焦短板、守正创新,着力",
        [
            J(
                "治理面积 | - | 3500亩 | - | - | - | actual | 上半年 | 2023 | - | - | -",
                "none",
                "the area of one land-consolidation project's works, not marked",
            ),
            J(
                "治理面积 | - | 1000多亩 | - | - | - | actual | 上半年 | 2023 | - | at_least | -",
                "none",
                "the area of one land-consolidation project's works, not marked",
            ),
        ],
    ),
    Paragraph(
        "seeds/002_0f2ab75d7a324a83.txt",
        "半年来,我们综合施策、精准发力,蓄力",
        [
            J(
                "检查企业 | - | 480余家次 | - | - | - | actual | 上半年 | 2023 | - | at_least | enforcement"
            ),
            J(
                "查处金额 | - | 36.57万元 | - | - | - | actual | 上半年 | 2023 | - | - | enforcement"
            ),
        ],
    ),
]
