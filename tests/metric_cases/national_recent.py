"""Metrics in real sentences: see ``metric_cases``.

The recent national government work reports (``tests/fixtures/national``): 2000, 2010, 2017,
2021, 2024 and 2025.  Each year: the review's headline figures, the targets paragraph
(主要预期目标), budget and plan figures, and sentences whose figures are no metric.
"""

from __future__ import annotations

from metric_cases import Case, case, m, nothing

NATIONAL_2000: list[Case] = [
    case(
        "全年工业企业实现利润2202亿元，比上年增长 52％；"
        "其中国有和国有控股工业企业实现利润967亿元，增长77．7％，都创造了近五年来的最高水平。",
        m("工业企业利润", "industrial_profit", "2202亿元", growth="52", period="全年"),
        m(
            "国有和国有控股工业企业利润",
            "industrial_profit",
            "967亿元",
            growth="77.7",
            period="全年",
        ),
        xfail="实现 kept inside the name (工业企业实现利润): does not resolve to industrial_profit",
    ),
    case(
        "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。",
        m("国家财政收入", "fiscal_revenue", "11377亿元"),
    ),
    case(
        "外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6．1％。",
        m("外贸出口", "exports", "1949亿美元", growth="6.1", period="全年"),
    ),
    case(
        "人民币汇率稳定，国家外汇储备年底达到1547亿美元。",
        m("国家外汇储备", "foreign_exchange_reserves", "1547亿美元", period="年底"),
    ),
    case(
        "普通高等学校招生规模比上年扩大47．4％，增幅之大是多年来没有的。",
        m("普通高等学校招生规模", None, None, growth="47.4"),
    ),
    case(
        "包括将国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30％；",
        m("国有企业下岗职工基本生活费水平", None, None, growth="30"),
        m("失业保险金水平", None, None, growth="30"),
        m("城镇居民最低生活保障金水平", None, None, growth="30"),
        xfail="missed: the list after 将 shares one 提高30％",
    ),
    case(
        "城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％；农村居民人均纯收入实际增长3．8％。",
        m("城镇居民人均可支配收入", "urban_disposable_income", None, growth="9.3"),
        m("农村居民人均纯收入", "rural_disposable_income", None, growth="3.8"),
        xfail="missed: a comma and a clause between the name and 实际增长; 实际增长 not read",
    ),
    case(
        "贫困人口减少800万人。",
        m("贫困人口", "rural_poor_population", None, increase="-800万人"),
    ),
    case(
        "新增公路通车里程1．2万公里，其中高速公路3358公里；",
        m("新增公路通车里程", None, "1．2万公里"),
        m("新增高速公路", None, "3358公里"),  # a part of what was added: no stock
    ),
    case(
        "发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设，科技和教育设施建设，环境整治与生态建设和企业技术改造，并向中西部地区倾斜。",
        m("长期国债", None, "1000亿元", status="target"),
        xfail="missed: the amount comes before the name (发行1000亿元长期国债)",
    ),
    nothing(
        "大多数行业经济效益明显回升，全国有27个省、自治区、直辖市工业效益好于上年。",
        "a count of provinces, no indicator",
    ),
    nothing("从去年7月1日起，国家较大幅度增加了城镇中低收入者的收入。", "a date"),
    nothing("去年，我们隆重庆祝了新中国成立50周年，顺利实现了澳门回归祖国。", "an anniversary"),
    nothing(
        "2000年是世纪交替之年，是全面实现我国社会主义现代化建设第二步战略目标的最后一年，做好今年政府工作具有承前启后的重要意义。",
        "a year and an ordinal",
    ),
    nothing(
        "要围绕优化结构、提高质量和效益、增强国际竞争力，着重抓好四个环节。",
        "a count of tasks",
    ),
]

NATIONAL_2010: list[Case] = [
    case(
        "国内生产总值达到33.5万亿元，比上年增长8.7%；财政收入6.85万亿元，增长11.7%；粮食产量5.31亿吨，再创历史新高，实现连续6年增产；城镇新增就业1102万人；城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。",
        m("国内生产总值", "gdp", "33.5万亿元", growth="8.7"),
        m("财政收入", "fiscal_revenue", "6.85万亿元", growth="11.7"),
        m("粮食产量", "grain_output", "5.31亿吨"),
        m("城镇新增就业", "urban_new_jobs", "1102万人"),
        m("城镇居民人均可支配收入", "urban_disposable_income", "17175元", growth="9.8"),
        m("农村居民人均纯收入", "rural_disposable_income", "5153元", growth="8.5"),
    ),
    case(
        "全年汽车销售1364万辆，增长46.2%；商品房销售9.37亿平方米，增长42.1%；社会消费品零售总额实际增长16.9%，消费对经济增长的拉动作用明显增强。",
        m("汽车销售", None, "1364万辆", growth="46.2", period="全年"),
        m("商品房销售", None, "9.37亿平方米", growth="42.1", period="全年"),
        m("社会消费品零售总额", "retail_sales", None, growth="16.9", period="全年"),
    ),
    case(
        "2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，",
        m("中央政府公共投资", None, "9243亿元"),
    ),
    case(
        "全社会固定资产投资增长30.1%，投资结构进一步优化。",
        m("全社会固定资产投资", "fixed_asset_investment", None, growth="30.1"),
    ),
    case(
        "中央财政用于“三农”的支出7253亿元，增长21.8%。",
        m("中央财政用于“三农”的支出", None, "7253亿元", growth="21.8"),
    ),
    case(
        "新建和改造农村公路38万公里、农村电网线路 26.6万公里，",
        m("农村公路", "rural_road", "38万公里"),
        m("农村电网线路", None, "26.6万公里"),
        xfail="verbs 新建和改造 kept in the name; 农村电网线路 (a space before the figure) missed",
    ),
    case(
        "继续推进林业重点生态工程建设，完成造林8827万亩，森林覆盖率达到20.36%。",
        m("造林", "afforestation", "8827万亩"),
        m("森林覆盖率", "forest_coverage", "20.36%"),
    ),
    case(
        "“十一五”前四年累计单位国内生产总值能耗下降14.38%，"
        "化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%。",
        m(
            "单位国内生产总值能耗",
            "energy_intensity",
            None,
            growth="-14.38",
            period="“十一五”前四年累计",
        ),
        m(
            "化学需氧量排放量",
            "cod_emissions",
            None,
            growth="-9.66",
            period="“十一五”前四年累计",
        ),
        m(
            "二氧化硫排放量",
            "so2_emissions",
            None,
            growth="-13.14",
            period="“十一五”前四年累计",
        ),
        xfail="“十一五”前四年累计 kept in the name, no period; 化学需氧量 lacks shared 排放量",
    ),
    case(
        "去年下半年开始进出口降幅明显收窄，国际市场份额得到巩固，全年进出口总额2.2万亿美元。",
        m("进出口总额", "foreign_trade", "2.2万亿美元", period="全年"),
    ),
    case(
        "扭转利用外资下降局面，全年实际利用外商直接投资900亿美元。",
        m("实际利用外商直接投资", "foreign_investment_actual", "900亿美元", period="全年"),
    ),
    case(
        "企业“走出去”逆势上扬，非金融类对外直接投资和对外工程承包营业额分别达433亿美元和777亿美元。",
        m("非金融类对外直接投资", "outward_investment", "433亿美元"),
        m("对外工程承包营业额", None, "777亿美元"),
    ),
    case(
        "中央财政安排就业专项资金426亿元，比上年增长59%。",
        m("就业专项资金", None, "426亿元", growth="59"),
    ),
    case(
        "中央财政安排保障性安居工程补助资金551亿元，比上年增长2倍。",
        m("保障性安居工程补助资金", None, "551亿元", growth="200"),
    ),
    case(
        "全国社会保障基金积累6927亿元，比上年增长44.2%。",
        m("全国社会保障基金", None, "6927亿元", growth="44.2"),
        xfail="missed: 积累 is no level verb",
    ),
    case(
        "中央财政医疗卫生支出1277亿元，比上年增长49.5%。",
        m("中央财政医疗卫生支出", None, "1277亿元", growth="49.5"),
    ),
    case(
        "国内生产总值增长8％左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6％以内；居民消费价格涨幅3％左右；国际收支状况改善。",
        m("国内生产总值", "gdp", None, growth="8", status="target"),
        m("城镇新增就业", "urban_new_jobs", "900万人以上", status="target"),
        m("城镇登记失业率", "urban_registered_unemployment", "4.6％以内", status="target"),
        m("居民消费价格", "cpi", None, growth="3", status="target"),
    ),
    case(
        "这里要着重说明，提出国内生产总值增长8％左右，主要是强调好字当头，引导各方面把工作重点放到转变经济发展方式、调整经济结构上来。",
        m("国内生产总值", "gdp", None, growth="8", status="target"),
    ),
    case(
        "今年拟安排财政赤字10500亿元，其中中央财政赤字8500亿元，继续代发地方债2000亿元并纳入地方财政预算。",
        m("财政赤字", "fiscal_deficit", "10500亿元", status="target"),
        m("中央财政赤字", "central_fiscal_deficit", "8500亿元", status="target"),
        m("地方债", None, "2000亿元", status="target"),
        xfail="拟安排 kept in the name; 代发地方债2000亿元 missed",
    ),
    case(
        "今年广义货币M2增长目标为17％左右，新增人民币贷款7.5万亿元左右。",
        m("广义货币M2", "m2", None, growth="17", status="target"),
        m("新增人民币贷款", None, "7.5万亿元左右", status="target"),
        xfail="missed: M2 growth target written 增长目标为17％左右",
    ),
    case(
        "中央财政拟安排“三农”投入8183亿元，比上年增加930亿元，地方各级财政也要增加投入。",
        m("“三农”投入", None, "8183亿元", status="target"),
    ),
    case(
        "中央财政拟安排保障性住房专项补助资金632亿元，比上年增加81亿元。",
        m("保障性住房专项补助资金", None, "632亿元", status="target"),
    ),
    case(
        "企业退休人员基本养老金今年再提高10%。",
        m("企业退休人员基本养老金", None, None, growth="10", status="target"),
    ),
    case(
        "加快国土绿化进程，增加森林碳汇，新增造林面积不低于8880万亩。",
        m("新增造林面积", "afforestation", "不低于8880万亩", status="target"),
        xfail="missed: 不低于 before the level not read",
    ),
    case(
        "新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨。",
        m("新增城镇污水日处理能力", None, "1500万立方米", status="target"),
        m("垃圾日处理能力", None, "6万吨", status="target"),
    ),
    case(
        "建设保障性住房300万套，各类棚户区改造住房280万套。",
        m("保障性住房", None, "300万套", status="target"),
        m("棚户区改造住房", "shantytown_renovation", "280万套", status="target"),
    ),
    nothing(
        "中央财政拟投入433亿元用于促进就业。",
        "an amount after a verb, no measured noun",
    ),
    nothing("我们隆重庆祝新中国成立60周年。", "an anniversary"),
    nothing("今年要重点抓好八个方面工作：", "a count of tasks"),
    nothing(
        "在320个县开展新型农村社会养老保险试点，推动我国社会保障制度建设迈出历史性步伐。",
        "a count of counties where a pilot runs",
    ),
    nothing(
        "这两个指标虽然都低于去年实际执行结果，但仍然是一个适度宽松的政策目标，能够满足经济社会发展的合理资金需求。",
        "a count of indicators",
    ),
]

NATIONAL_2017: list[Case] = [
    case(
        "国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。",
        m("国内生产总值", "gdp", "74.4\n\u200b\n万亿元", growth="6.7"),
        m("对全球经济增长的贡献率", None, "超过30%"),
    ),
    case("居民消费价格上涨2%。", m("居民消费价格", "cpi", None, growth="2")),
    case(
        "工业企业利润由上年下降2.3%转为增长8.5%，单位国内生产总值能耗下降5%，经济发展的质量和效益明显提高。",
        m("工业企业利润", "industrial_profit", None, growth="8.5"),
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-5"),
    ),
    case(
        "全年城镇新增就业1314万人。",
        m("城镇新增就业", "urban_new_jobs", "1314万人", period="全年"),
    ),
    case(
        "年末城镇登记失业率4.02%，为多年来最低。",
        m("城镇登记失业率", "urban_registered_unemployment", "4.02%", period="年末"),
    ),
    case(
        "服务业增加值占国内生产总值比重上升到51.6%。",
        m("服务业增加值占国内生产总值比重", None, "51.6%"),
    ),
    case(
        "大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等，各类市场主体每天新增4.5万户。",
        m("新登记企业", None, None, growth="24.5", period="全年"),
    ),
    case(
        "全国居民人均可支配收入实际增长6.3%。",
        m("居民人均可支配收入", "disposable_income", None, growth="6.3"),
    ),
    case(
        "农村贫困人口减少1240万，易地扶贫搬迁人口超过240万。",
        m("农村贫困人口", "rural_poor_population", None, increase="-1240万"),
        m("易地扶贫搬迁人口", None, "超过240万"),
    ),
    case(
        "稳健的货币政策灵活适度，广义货币M\n2\n增长11.3%，低于13%左右的预期目标。",
        m("广义货币M2", "m2", None, growth="11.3"),
    ),
    case(
        "实际使用外资1300多亿美元，继续位居发展中国家首位。",
        m("实际使用外资", "foreign_investment_actual", "1300多亿美元"),
    ),
    case(
        "国内有效发明专利拥有量突破100万件，技术交易额超过1万亿元。",
        m("国内有效发明专利拥有量", None, "100万件"),
        m("技术交易额", None, "超过1万亿元"),
    ),
    case(
        "科技进步贡献率上升到56.2%，创新对发展的支撑作用明显增强。",
        m("科技进步贡献率", None, "56.2%"),
    ),
    case(
        "二氧化硫、氮氧化物排放量分别下降5.6%和4%，",
        m("二氧化硫排放量", "so2_emissions", None, growth="-5.6"),
        m("氮氧化物排放量", None, None, growth="-4"),
    ),
    case(
        "优化能源结构，清洁能源消费比重提高1.7个百分点，煤炭消费比重下降2个百分点。",
        m("清洁能源消费比重", None, points="1.7"),
        m("煤炭消费比重", None, points="-2"),
    ),
    case(
        "全面推进脱贫攻坚，全国财政专项扶贫资金投入超过1000亿元。",
        m("财政专项扶贫资金投入", None, "超过1000亿元"),
    ),
    case(
        "重点高校招收贫困地区农村学生人数增长21.3%。",
        m("重点高校招收贫困地区农村学生人数", None, None, growth="21.3"),
    ),
    case(
        "今年发展的主要预期目标是：国内生产总值增长6.5%左右，在实际工作中争取更好结果；居民消费价格涨幅3%左右；城镇新增就业1100万人以上，城镇登记失业率4.5%以内；进出口回稳向好，国际收支基本平衡；居民收入和经济增长基本同步；单位国内生产总值能耗下降3.4%以上，主要污染物排放量继续下降。",
        m("国内生产总值", "gdp", None, growth="6.5", status="target"),
        m("居民消费价格", "cpi", None, growth="3", status="target"),
        m("城镇新增就业", "urban_new_jobs", "1100万人以上", status="target"),
        m("城镇登记失业率", "urban_registered_unemployment", "4.5%以内", status="target"),
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-3.4", status="target"),
    ),
    case(
        "今年赤字率拟按3%安排，财政赤字2.38万亿元，比去年增加2000亿元。",
        m("赤字率", "deficit_ratio", "3%", status="target"),
        m("财政赤字", "fiscal_deficit", "2.38万亿元", status="target"),
    ),
    case(
        "其中，中央财政赤字1.55万亿元，地方财政赤字8300亿元。",
        m("中央财政赤字", "central_fiscal_deficit", "1.55万亿元", status="target"),
        m("地方财政赤字", "local_fiscal_deficit", "8300亿元", status="target"),
    ),
    case(
        "安排地方专项债券8000亿元，继续发行地方政府置换债券。",
        m("地方专项债券", "special_purpose_bonds", "8000亿元", status="target"),
    ),
    case(
        "对地方一般性转移支付规模增长9.5%，重点增加均衡性转移支付和困难地区财力补助。",
        m("对地方一般性转移支付规模", None, None, growth="9.5", status="target"),
    ),
    case(
        "中央预算内投资安排5076亿元。",
        m("中央预算内投资", None, "5076亿元", status="target"),
    ),
    case(
        "今年再减少农村贫困人口1000万以上，",
        m("农村贫困人口", "poverty_reduction", "1000万以上", status="target"),
        xfail="再减少 kept in the name",
    ),
    case(
        "中央财政专项扶贫资金增长30%以上。",
        m("中央财政专项扶贫资金", None, None, growth="30", status="target"),
    ),
    case(
        "今年要完成铁路建设投资8000亿元、公路水运投资1.8万亿元，",
        m("铁路建设投资", None, "8000亿元", status="target"),
        m("公路水运投资", None, "1.8万亿元", status="target"),
    ),
    case(
        "新建改建农村公路20万公里。",
        m("农村公路", "rural_road", "20万公里", status="target"),
    ),
    case(
        "推进土地整治，大力改造中低产田，推广旱作技术，新增高效节水灌溉面积2000万亩。",
        m("新增高效节水灌溉面积", None, "2000万亩", status="target"),
    ),
    case(
        "今年二氧化硫、氮氧化物排放量要分别下降3%，",
        m("二氧化硫排放量", "so2_emissions", None, growth="-3", status="target"),
        m("氮氧化物排放量", None, None, growth="-3", status="target"),
        xfail="one 分别 figure for two names: the second gets no growth",
    ),
    case(
        "今年化学需氧量、氨氮排放量要分别下降2%。",
        m("化学需氧量排放量", "cod_emissions", None, growth="-2", status="target"),
        m("氨氮排放量", None, None, growth="-2", status="target"),
        xfail="化学需氧量 not completed with 排放量; the second gets no growth",
    ),
    nothing("推进“一带一路”建设，与沿线国家加强战略对接、务实合作。", "一带一路 is a name"),
    nothing("13亿多人口的发展中大国，就业比较充分，十分不易。", "the population as rhetoric"),
    nothing("新开工重大水利工程21项。", "a count of projects started"),
    nothing(
        "国务院提请全国人大常委会审议法律议案13件，制定修订行政法规8件。",
        "counts of bills and regulations",
    ),
    nothing("推广上海等自贸试验区改革创新成果，新设7个自贸试验区。", "a count of zones set up"),
]

NATIONAL_2021: list[Case] = [
    case(
        "经过艰苦努力，我们率先实现复工复产，经济恢复好于预期，全年国内生产总值增长2.3％，宏观调控积累了新的经验，以合理代价取得较大成效。",
        m("国内生产总值", "gdp", None, growth="2.3", period="全年"),
    ),
    case(
        "城镇新增就业1186万人，年末全国城镇调查失业率降到5.2％。",
        m("城镇新增就业", "urban_new_jobs", "1186万人"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.2％", period="年末"),
    ),
    case(
        "加强生活必需品保供稳价，居民消费价格上涨2.5％。",
        m("居民消费价格", "cpi", None, growth="2.5"),
    ),
    case(
        "支持银行定向增加贷款并降低利率水平，对中小微企业贷款延期还本付息，大型商业银行普惠小微企业贷款增长50%以上，金融系统向实体经济让利1.5万亿元。",
        m("大型商业银行普惠小微企业贷款", None, None, growth="50"),
    ),
    case(
        "经济运行总体平稳，经济结构持续优化，国内生产总值从不到70万亿元增加到超过100万亿元。",
        m("国内生产总值", "gdp", "超过100万亿元"),
    ),
    case(
        "1亿农业转移人口和其他常住人口在城镇落户目标顺利实现，城镇棚户区住房改造超过2100万套。",
        m("城镇棚户区住房改造", "shantytown_renovation", "超过2100万套"),
    ),
    case(
        "人民生活水平显著提高，城镇新增就业超过6000万人，建成世界上规模最大的社会保障体系。",
        m("城镇新增就业", "urban_new_jobs", "超过6000万人"),
    ),
    case(
        "产率增长高于国内生产总值增长，城镇调查失业率控制在5.5%以内，物价水平保持总体平稳，实现更高质量、更有效率、更加公平、更可持续、更为安全的发展。",
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.5%以内", status="target"),
        xfail="the 十四五 plan goals (纲要草案) are not read as targets",
    ),
    case(
        "完善科技创新体制机制，全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际。",
        m(
            "全社会研发经费投入",
            "rd_expenditure",
            None,
            growth="7",
            status="target",
            period="年均",
        ),
        xfail="十四五 goal not a target; 研发经费投入 does not resolve to rd_expenditure",
    ),
    case(
        "深入推进以人为核心的新型城镇化战略，加快农业转移人口市民化，常住人口城镇化率提高到65%，",
        m("常住人口城镇化率", "urbanization_rate", "65%", status="target"),
        xfail="the 十四五 plan goals are not read as targets",
    ),
    case(
        "设，构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。",
        m("森林覆盖率", "forest_coverage", "24.1%", status="target"),
        xfail="the 十四五 plan goals are not read as targets",
    ),
    case(
        "加快发展方式绿色转型，协同推进经济高质量发展和生态环境高水平保护，单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。",
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-13.5", status="target"),
        m(
            "单位国内生产总值二氧化碳排放",
            "carbon_intensity",
            None,
            growth="-18",
            status="target",
        ),
        xfail="十四五 goals not targets; 二氧化碳排放 lacks the shared 单位国内生产总值",
    ),
    case(
        "实施教育提质扩容工程，劳动年龄人口平均受教育年限提高到11.3年。",
        m("劳动年龄人口平均受教育年限", None, "11.3年", status="target"),
        xfail="missed: a level in 年 (years of schooling); not a target",
    ),
    case(
        "健全多层次社会保障体系，基本养老保险参保率提高到95%，优化社会救助和慈善制度。",
        m("基本养老保险参保率", "social_security_coverage", "95%", status="target"),
        xfail="十四五 goal not a target; 基本养老保险参保率 does not resolve",
    ),
    case(
        "强化国家经济安全保障，实施粮食、能源资源、金融安全战略，粮食综合生产能力保持在1.3万亿斤以上，提高能源综合生产能力。",
        m("粮食综合生产能力", None, "1.3万亿斤以上", status="target"),
        xfail="missed: 能力 is no head noun",
    ),
    case(
        "今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；进出口量稳质升，国际收支基本平衡；居民收入稳步增长；生态环境质量进一步改善，单位国内生产总值能耗降低3%左右，主要污染物排放量继续下降；粮食产量保持在1.3万亿斤以上。",
        m("国内生产总值", "gdp", None, growth="6", status="target"),
        m("城镇新增就业", "urban_new_jobs", "1100万人以上", status="target"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.5%左右", status="target"),
        m("居民消费价格", "cpi", None, growth="3", status="target"),
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-3", status="target"),
        m("粮食产量", "grain_output", "1.3万亿斤以上", status="target"),
    ),
    case(
        "考虑到疫情得到有效控制和经济逐步恢复，今年赤字率拟按3.2%左右安排、比去年有所下调，不再发行抗疫特别国债。",
        m("赤字率", "deficit_ratio", "3.2%左右", status="target"),
    ),
    case(
        "大型商业银行普惠小微企业贷款增长30%以上。",
        m("大型商业银行普惠小微企业贷款", None, None, growth="30", status="target"),
    ),
    case(
        "今年拟安排地方政府专项债券3.65万亿元，优化债券资金使用，优先支持在建工程，合理扩大使用范围。",
        m("地方政府专项债券", "special_purpose_bonds", "3.65万亿元", status="target"),
    ),
    case(
        "中央预算内投资安排6100亿元。",
        m("中央预算内投资", None, "6100亿元", status="target"),
    ),
    case(
        "中央本级基础研究支出增长10.6%，",
        m("中央本级基础研究支出", None, None, growth="10.6", status="target"),
    ),
    case(
        "强化大气污染综合治理和联防联控，加强细颗粒物和臭氧协同控制，北方地区清洁取暖率达到70%。",
        m("北方地区清洁取暖率", None, "70%", status="target"),
    ),
    nothing(
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。",
        "十四五 and an ordinal",
    ),
    nothing("加大5G网络和千兆光网建设力度，丰富应用场景。", "5G is a name"),
    nothing(
        "提请全国人大常委会审议法律议案9件，制定修订行政法规37部。",
        "counts of bills and regulations",
    ),
    nothing("实现高职院校扩招100万人目标。", "an enrolment drive's size after a verb"),
    nothing(
        "对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。",
        "a threshold of a tax rule, not a measured level",
        xfail="a tax-rule threshold (不到100万元的部分) taken as a metric",
    ),
]

NATIONAL_2024: list[Case] = [
    case(
        "国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。",
        m("国内生产总值", "gdp", "超过126万亿元", growth="5.2"),
    ),
    case(
        "城镇新增就业1244万人，城镇调查失业率平均为5.2%。",
        m("城镇新增就业", "urban_new_jobs", "1244万人"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.2%"),
    ),
    case("居民消费价格上涨0.2%。", m("居民消费价格", "cpi", None, growth="0.2")),
    case(
        "国产大飞机C919投入商业运营，国产大型邮轮成功建造，新能源汽车产销量占全球比重超过60%。",
        m("新能源汽车产销量占全球比重", None, "超过60%"),
    ),
    case("技术合同成交额增长28.6%。", m("技术合同成交额", None, None, growth="28.6")),
    case("粮食产量1.39万亿斤，再创历史新高。", m("粮食产量", "grain_output", "1.39万亿斤")),
    case(
        "居民人均可支配收入增长6.1%，城乡居民收入差距继续缩小。",
        m("居民人均可支配收入", "disposable_income", None, growth="6.1"),
    ),
    case(
        "脱贫攻坚成果巩固拓展，脱贫地区农村居民收入增长8.4%。",
        m("脱贫地区农村居民收入", None, None, growth="8.4"),
    ),
    case(
        "深入实施新型城镇化战略，进一步放宽放开城市落户条件，增强县城综合承载能力，常住人口城镇化率提高到66.2%。",
        m("常住人口城镇化率", "urbanization_rate", "66.2%"),
    ),
    case(
        "数字经济加快发展，5G用户普及率超过50%。",
        m("5G用户普及率", None, "超过50%"),
    ),
    case(
        "高度重视稳就业，出台支持企业稳岗拓岗政策，加强高校毕业生等重点群体就业促进服务，脱贫人口务工规模超过3300万。",
        m("脱贫人口务工规模", None, "超过3300万"),
    ),
    case(
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。",
        m("国内生产总值", "gdp", None, growth="5", status="target"),
        m("城镇新增就业", "urban_new_jobs", "1200万人以上", status="target"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.5%左右", status="target"),
        m("居民消费价格", "cpi", None, growth="3", status="target"),
        m("粮食产量", "grain_output", "1.3万亿斤以上", status="target"),
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-2.5", status="target"),
    ),
    case(
        "赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。",
        m("赤字率", "deficit_ratio", "3%", status="target"),
        m("赤字规模", "fiscal_deficit", "4.06万亿元", status="target"),
    ),
    case(
        "预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。",
        m(
            "一般公共预算支出规模",
            "general_public_budget_expenditure",
            "28.5万亿元",
            status="target",
        ),
    ),
    case(
        "拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。",
        m("地方政府专项债券", "special_purpose_bonds", "3.9万亿元", status="target"),
    ),
    case(
        "今年中央预算内投资拟安排7000亿元。",
        m("中央预算内投资", None, "7000亿元", status="target"),
    ),
    nothing(
        "今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。",
        "an anniversary and 十四五",
    ),
    nothing(
        "构建现代军事治理体系，抓好军队建设“十四五”规划执行，加快实施国防发展重大工程。",
        "十四五 is a name",
    ),
    nothing("抓好支持高质量共建“一带一路”八项行动的落实落地。", "一带一路 and a count of actions"),
    nothing(
        "提请全国人大常委会审议法律议案10件，制定修订行政法规25部，实施提升行政执法质量三年行动。",
        "counts of bills and regulations",
    ),
    nothing(
        "货币政策精准有力，两次降低存款准备金率、两次下调政策利率，科技创新、先进制造、普惠小微、绿色发展等贷款大幅增长。",
        "counts of policy moves",
    ),
]

NATIONAL_2025: list[Case] = [
    case(
        "国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。",
        m("国内生产总值", "gdp", "134.9万亿元", growth="5"),
        m("对全球经济增长的贡献率", None, "30%左右"),
    ),
    case(
        "就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。",
        m("城镇新增就业", "urban_new_jobs", "1256万人"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.1%"),
        m("居民消费价格", "cpi", None, growth="0.2"),
    ),
    case(
        "国际收支基本平衡，对外贸易规模创历史新高，国际市场份额稳中有升，外汇储备超过3.2万亿美元。",
        m("外汇储备", "foreign_exchange_reserves", "超过3.2万亿美元"),
    ),
    case(
        "民生保障扎实稳固，居民人均可支配收入实际增长5.1%，脱贫攻坚成果持续巩固拓展，义务教育、基本养老、基本医疗、社会救助等保障力度加大。",
        m("居民人均可支配收入", "disposable_income", None, growth="5.1"),
    ),
    case(
        "主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；",
        m("粮食产量", "grain_output", "1.4万亿斤"),
    ),
    case(
        "高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；",
        m("高技术制造业增加值", "high_tech_manufacturing_va", None, growth="8.9"),
        m("装备制造业增加值", "equipment_manufacturing_va", None, growth="7.7"),
        m("新能源汽车年产量", None, "1300万辆"),
    ),
    case(
        "信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。",
        m("信息传输软件和信息技术服务业增加值", None, None, growth="10.9"),
        m("租赁和商务服务业增加值", None, None, growth="10.4"),
        xfail="names split at 和: four metrics, growths misassigned, tertiary_industry_va",
    ),
    case(
        "技术合同成交额增长11.2%。",
        m("技术合同成交额", None, None, growth="11.2"),
    ),
    case(
        "地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%；",
        m("地级及以上城市细颗粒物（PM2.5）平均浓度", "pm25", None, growth="-2.7"),
        m("优良天数比例", "good_air_days", "87.2%"),
        m("地表水优良水质断面比例", None, "90.4%"),
    ),
    case(
        "单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。",
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-3"),
        m("可再生能源新增装机", None, "3.7亿千瓦"),
    ),
    case(
        "围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作，设备购置投资增长15.7%，家电类商品零售额增长12.3%。",
        m("设备购置投资", None, None, growth="15.7"),
        m("家电类商品零售额", None, None, growth="12.3"),
    ),
    case(
        "稳定工业经济运行，推进制造业技术改造升级，制造业投资增长9.2%。",
        m("制造业投资", "manufacturing_investment", None, growth="9.2"),
    ),
    case(
        "加快数字中国建设，数字经济核心产业增加值占国内生产总值比重达到10%左右。",
        m(
            "数字经济核心产业增加值占国内生产总值比重",
            "digital_economy_share",
            "10%左右",
        ),
    ),
    case(
        "出台实施新型城镇化战略五年行动计划，扎实推进城市更新，常住人口城镇化率提高到67%。",
        m("常住人口城镇化率", "urbanization_rate", "67%"),
    ),
    case(
        "推动重点行业节能降碳改造，推进新能源开发利用，非化石能源发电量占总发电量的比重接近40%。",
        m("非化石能源发电量占总发电量的比重", None, "接近40%"),
    ),
    case(
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右，生态环境质量持续改善。",
        m("国内生产总值", "gdp", None, growth="5", status="target"),
        m("城镇调查失业率", "urban_surveyed_unemployment", "5.5%左右", status="target"),
        m("城镇新增就业", "urban_new_jobs", "1200万人以上", status="target"),
        m("居民消费价格", "cpi", None, growth="2", status="target"),
        m("粮食产量", "grain_output", "1.4万亿斤左右", status="target"),
        m("单位国内生产总值能耗", "energy_intensity", None, growth="-3", status="target"),
    ),
    case(
        "居民消费价格涨幅2%左右，目的在于通过各项政策和改革共同作用，改善供求关系，使价格总水平处在合理区间。",
        m("居民消费价格", "cpi", None, growth="2", status="target"),
    ),
    case(
        "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。",
        m("赤字率", "deficit_ratio", "4%左右", status="target", points="1"),
        m("赤字规模", "fiscal_deficit", "5.66万亿元", status="target"),
    ),
    case(
        "一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。",
        m(
            "一般公共预算支出规模",
            "general_public_budget_expenditure",
            "29.7万亿元",
            status="target",
        ),
    ),
    case(
        "拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。",
        m("超长期特别国债", "ultra_long_treasury_bonds", "1.3万亿元", status="target"),
    ),
    case(
        "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。",
        m("特别国债", None, "5000亿元", status="target"),
    ),
    case(
        "今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元，财政支出强度明显加大。",
        m("新增政府债务总规模", None, "11.86万亿元", status="target"),
    ),
    case(
        "今年中央预算内投资拟安排7350亿元。",
        m("中央预算内投资", None, "7350亿元", status="target"),
    ),
    nothing("今年是“十四五”规划收官之年。", "十四五 is a name"),
    nothing(
        "扩大5G规模化应用，加快工业互联网创新发展，优化全国算力资源布局，打造具有国际竞争力的数字产业集群。",
        "5G is a name",
    ),
    nothing(
        "提请全国人大常委会审议法律议案19件，制定修订行政法规28部。",
        "counts of bills and regulations",
    ),
    nothing(
        "推出两批“高效办成一件事”重点事项清单，推动线上线下服务能力整体提升。",
        "a count of batches",
    ),
    nothing("推动高质量共建“一带一路”走深走实。", "一带一路 is a name"),
]

TABLES: dict[str, tuple[str, list[Case]]] = {
    "national2000": ("national/2000.txt", NATIONAL_2000),
    "national2010": ("national/2010.txt", NATIONAL_2010),
    "national2017": ("national/2017.txt", NATIONAL_2017),
    "national2021": ("national/2021.txt", NATIONAL_2021),
    "national2024": ("national/2024.txt", NATIONAL_2024),
    "national2025": ("national/2025.txt", NATIONAL_2025),
}
