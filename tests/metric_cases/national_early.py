"""Metrics in real sentences: see ``metric_cases``.

The national government work reports of the planned-economy era (1954, 1957, 1959, 1978,
1980, 1992): figures written in Chinese numerals (``百分之三十六点九``), changes against a
distant base year (``比一九五二年增加了百分之九十六``), plan figures (``计划规定…``, the
next year's plan indicators) and old names of indicators (``社会商品零售总额``).  The 1954
report is in traditional characters; names are kept as written.
"""

from __future__ import annotations

from metric_cases import Case, case, m, nothing

NATIONAL_1954: list[Case] = [
    case(
        "我國在一九四九年至一九五二年迅速地完成了工業恢復的任務，在恢復期間工業總産值平均每年遞增百分之三十六點九。",
        m("工業總産值", "industrial_output", None, growth="36.9", period="年均"),
        xfail="missed: 平均每年遞增 (an average yearly rise) is not read as a change",
    ),
    case(
        "在建設期間，工業發展的速度當然要低些，但是一九五三年工業總産值仍然比一九五二年增加了百分之三十三。",
        m("工業總産值", "industrial_output", None, growth="33"),
        xfail="missed: 仍然 between the name and its comparison base",
    ),
    case(
        "一九五三年全國完成的工業基本建設投資總額比較一九五二年增加了百分之九十六，一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八。",
        m("工業基本建設投資總額", None, None, growth="96"),
        m(
            "工業基本建設投資總額",
            None,
            None,
            growth="28",
            status="target",
        ),
    ),
    case(
        "依靠管理人員和職工羣衆的共同努力，一九五三年國營和公私合營工業工人的勞動生産率比一九五二年增長了百分之十三，同年中央五個工業部的産品成本比一九五二年平均降低了百分之三點二。",
        m("國營和公私合營工業工人的勞動生産率", None, None, growth="13"),
        m("中央五個工業部的産品成本", None, None, growth="-3.2"),
        xfail="name cut at the numeral 五個 (工業部的産品成本); 平均降低 (an average over "
        "products) read as period 年均",
    ),
    case(
        "根據中央五個工業部門的統計，一九五三年按貨幣計算的平均工資比一九五〇年增加了百分之八十四。",
        m("按貨幣計算的平均工資", None, None, growth="84"),
    ),
    case(
        "由於國家建設的需要和生産的發展，勞動就業的人數逐年增加，一九五三年全國公私企業的職工已經達到一千三百七十四萬五千餘人。",
        m("公私企業的職工", None, "一千三百七十四萬五千餘人"),
    ),
    case(
        "農村居民的購買力，一九五三年比一九五〇年增加了百分之七十六。",
        m("農村居民的購買力", None, None, growth="76"),
        xfail="missed: a comma and a year between the name and its change",
    ),
    case(
        "到一九五三年底，中央衞生部所屬醫院共有三千零六十八所。",
        m("中央衞生部所屬醫院", None, "三千零六十八所"),
        xfail="missed: a count of a named stock (醫院共有…所)",
    ),
    case(
        "全國病床數比解放前的最高水平增加了百分之四百十一。",
        m("病床數", None, None, growth="411"),
    ),
    case(
        "與解放前最高水平相比，在一九五三年年底，全國高等學校學生數增長了百分之四十，即達到二十一萬六千餘人；中等專業學校學生數增長了百分之七十五，即達到六十七萬人；普通中學學生數增長了百分之九十六，即達到二百九十三萬餘人；小學學生數增長了百分之一百一十七，即達到五千一百五十萬餘人；幼兒園幼兒數增長了百分之二百二十六，即達到四十二萬五千人。",
        m("高等學校學生數", None, "二十一萬六千餘人", growth="40", period="年底"),
        m("中等專業學校學生數", None, "六十七萬人", growth="75", period="年底"),
        m("普通中學學生數", None, "二百九十三萬餘人", growth="96", period="年底"),
        m("小學學生數", None, "五千一百五十萬餘人", growth="117", period="年底"),
        m("幼兒園幼兒數", None, "四十二萬五千人", growth="226", period="年底"),
    ),
    nothing(
        "隨後，從一九五三年起，我國就開始了經濟建設的第一個五年計劃，着手有系統地逐步地實現國家的社會主義工業化和對農業、手工業和資本主義工商業的社會主義改造。",
        "a year and 第一個五年計劃",
    ),
    nothing(
        "在一九四九年，這個比重大約是百分之十七，而在一九五四年預計將近百分之三十三。",
        "這個比重 refers back; no indicator named in the sentence",
    ),
    nothing(
        "按一九五四年的計劃指標計算，單是中央的六個工業部加上地質、建築工程、鐵道、交通、郵電、林業六個部，只要降低基本建設的建築安裝成本的百分之一，就可以每年爲國家節約二千八百億元；",
        "a hypothetical saving (只要…就可以), and counts of ministries",
    ),
    nothing(
        "根據這個方針，我國同二十五個國家已經建立了或者正在建立外交關係，並同另外一些國家發生了事務性的關係。",
        "a count of countries in diplomatic relations, no economic indicator",
    ),
    nothing(
        "除台灣省尚待解放外，我國人民已在二十五個省、內蒙古自治區、西藏地方、昌都地區、三個直轄市、二千一百一十六個縣和相當於縣的行政單位、一百六十三個市、八百二十一個市轄區、二十二萬零四百六十六個鄉建立了自己的政權",
        "counts of administrative units where governments were set up",
    ),
]

NATIONAL_1957: list[Case] = [
    case(
        "1956年的自然灾荒，不仅是我国解放以来最大的一次灾荒，也是几十年以来我国最大的一次灾荒，被灾田地約二亿三千万亩，受灾人口約七千万人。",
        m("被灾田地", None, "約二亿三千万亩"),
        m("受灾人口", None, "約七千万人"),
    ),
    case(
        "1956年，全国农業总产值約为五百八十三亿元，比1955年增加了二十七亿四千万元，接近了第一个五年計划最后一年的指标；粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤，超过了第一个五年計划最后一年的指标。",
        m("农業总产值", "agricultural_output", "約为五百八十三亿元"),
        m("粮食（不包括大豆）的产量", "grain_output", "三千六百五十亿斤"),
    ),
    case(
        "这一年，手工業总产值达到一百一十七亿元，較1955年增長了16％；",
        m("手工業总产值", None, "一百一十七亿元", growth="16"),
    ),
    case(
        "1956年，公私合营商店、合作商店和合作小組的零售总額达一百一十亿元，較1955年这些企業的零售总額增加了15%以上。",
        m("公私合营商店、合作商店和合作小組的零售总額", None, "一百一十亿元", growth="15"),
        xfail="missed: one total of a list of shop kinds (no 分别), "
        "its change after 較1955年这些企業的…",
    ),
    case(
        "正是由于这种迅速的发展，1956年的工业总产值达到了五百八十六亿元，超过了五年计划所要求的1957年的指标。",
        m("工业总产值", "industrial_output", "五百八十六亿元"),
    ),
    case(
        "因此，虽然1956年我国生产资料工业的产值增长了41%，生活资料工业的产值增长了22%，但是这两种物资的供应都较紧张，并且减少了国家的物资后备力量。",
        m("生产资料工业的产值", None, None, growth="41"),
        m("生活资料工业的产值", None, None, growth="22"),
        xfail="missed the first: the clause opens with 虽然 (and 我国 before the name)",
    ),
    case(
        "1957年的国家预算收入比1956年增长近百分之二；为了避免象去年那样在财政上出现赤字的现象，国家预算支出比1956年减少百分之四。",
        m("国家预算收入", "fiscal_revenue", None, growth="2", status="target"),
        m("国家预算支出", "general_public_budget_expenditure", None, growth="-4", status="target"),
        xfail="figures of the 1957 budget draft read as actual; 国家预算收入/支出 do not resolve",
    ),
    case(
        "1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。",
        m("工业总产值", "industrial_output", "六百零三亿元", growth="4.5", status="target"),
    ),
    case(
        "农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。",
        m("农业总产值", "agricultural_output", "六百一十一亿元", growth="4.9", status="target"),
    ),
    case(
        "基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，五年合计，仍然超过五年计划原定数约五十亿元。",
        m(
            "基本建设投资",
            "capital_construction_investment",
            "一百一十一亿元",
            growth="-20",
            status="target",
        ),
        xfail="status: the level (缩减为…) and its fall (它虽然比1956年减少…) are read, as actual, "
        "but are the 1957 plan's",
    ),
    case(
        "我国1957年的农业计划如果完成，农业总产值比1952年将增长26%，即增加一百二十七亿六千万元。",
        m("农业总产值", "agricultural_output", None, growth="26", status="target"),
    ),
    case(
        "其中国外借款收入三十一亿元，只占国家预算收入的2.3%。",
        m("国外借款收入", None, "三十一亿元"),
    ),
    case(
        "1949年全国农业生产总值是三百二十六亿元，1956年上升到五百八十三亿元，比1949年增长了79%。",
        m("农业生产总值", "agricultural_output", "五百八十三亿元", growth="79"),
    ),
    case(
        "1952年全国职工年平均工资是每人446元，1956年提高到610元。",
        m("职工年平均工资", None, "610元"),
        xfail="missed: 每人 before the base level, the 1956 level after 提高到",
    ),
    case(
        "1956年职工全年的平均工资是610元，比农民一家人的全年平均收入高一倍多。",
        m("职工全年的平均工资", None, "610元", period="全年"),
    ),
    case(
        "在校的小学学生已经从1949年的二千四百多万人增加到1956年的六千三百多万人。",
        m("在校的小学学生", None, "二千四百多万人", year=1949),  # the base, its year stated
        m("在校的小学学生", None, "六千三百多万人"),
    ),
    nothing(
        "这个报告分为五个部分：（１）关于社会主义革命；（２）关于社会主义建設；（３）关于人民生活；（４）关于国家基本制度；（５）关于国内外团結。",
        "the parts of the report and their numbers",
    ),
    nothing(
        "在1957年已经过去的五个多月时间内，预算和计划的执行情况，一般地是良好的。",
        "a year and a duration",
    ),
    nothing(
        "我们是六万万人口的大国，如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元，国家也就必须相应地增加六亿元消费资料的供应。",
        "a hypothetical (如果…就) arithmetic, not a reported figure",
    ),
    nothing(
        "有人认为肃反的偏差竟达到90%以上，这是完全没有根据的。",
        "a claim the report rejects, no indicator",
    ),
]

NATIONAL_1959: list[Case] = [
    case(
        "由于第一个五年计划的完成和超额完成，我国的工农业总产值在一九五七年达到了一千三百八十七亿四千万元，比一九五二年的八百二十七亿一千万元增长百分之六十八。",
        m("工农业总产值", None, "一千三百八十七亿四千万元", growth="68"),
        xfail="missed: the clause opens with 由于; a level with its base (比一九五二年的…增长)",
    ),
    case(
        "其中，工业总产值达到了六百五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一；手工业总产值达到了一百三十三亿七千万元，比一九五二年的七十三亿一千万元增长百分之八十三；农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。",
        m("工业总产值", "industrial_output", "六百五十亿二千万元", growth="141"),
        m("手工业总产值", None, "一百三十三亿七千万元", growth="83"),
        m("农业总产值", "agricultural_output", "六百零三亿五千万元", growth="25"),
    ),
    case(
        "这样，一九五七年的工农业总产值就应当是一千二百四十一亿元，工业和手工业总产值是七百零四亿元，农业总产值是五百三十七亿元。",
        m("工农业总产值", None, "一千二百四十一亿元"),
        m("工业和手工业总产值", "industrial_output", "七百零四亿元"),
        m("农业总产值", "agricultural_output", "五百三十七亿元"),
        xfail="missed 工农业总产值 (就应当是…)",
    ),
    case(
        "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。",
        m(
            "国家对经济和文化部门的基本建设投资总额",
            "capital_construction_investment",
            "四百九十三亿元",
            progress="115.3",
        ),
        xfail="progress missed: 超过原定计划<plan level>的百分之十五点三",
    ),
    case(
        "由于工业产量的增长和品种的增加，工业材料和设备的自给率也有了提高，如一九五七年钢材的自给率已经达到百分之八十六，机械设备的自给率已经达到百分之六十以上。",
        m("钢材的自给率", None, "百分之八十六"),
        m("机械设备的自给率", None, "百分之六十以上"),
    ),
    case(
        "一九五八年我国工农业总产值达到了二千零五十亿元，比一九五七年的一千二百四十一亿元增长百分之六十五。",
        m("工农业总产值", None, "二千零五十亿元", growth="65"),
    ),
    case(
        "农业总产值达到了八百八十亿元，比一九五七年的五百三十七亿元增长了百分之六十四；",
        m("农业总产值", "agricultural_output", "八百八十亿元", growth="64"),
    ),
    case(
        "通过国家预算的基本建设投资总额达到二百一十四亿元，比一九五七年的一百二十六亿元增长百分之七十。",
        m(
            "通过国家预算的基本建设投资总额",
            None,
            "二百一十四亿元",
            growth="70",
        ),
    ),
    case(
        "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。",
        m("钢产量", "steel_output", "一千一百零八万吨"),
        xfail="missed: the 1958 level (到一九五八年就增加到…) after a 1952 one",
    ),
    case(
        "社会商品零售总额比上年增加了百分之十六。",
        m("社会商品零售总额", "retail_sales", None, growth="16"),
    ),
    case(
        "值得特别指出的是，在我们的生产资料工业跃进的时候，生活资料工业的产值在一九五八年一年中间也增长了百分之三十四，这样的增长速度难道是资本主义世界有过的吗？",
        m("生活资料工业的产值", None, None, growth="34"),
        xfail="missed: 在一九五八年一年中间也 between the name and its change",
    ),
    case(
        "在水利方面，一九五八年全国灌溉面积比一九五七年增加了四亿八千万亩，即增加了百分之九十以上。",
        m("灌溉面积", None, None, growth="90", increase="四亿八千万亩", year=1958),
    ),
    case(
        "在一九五八年十一月召开的中国共产党第八届中央委员会第六次全体会议上，曾经讨论了一九五九年发展国民经济的主要任务和方针，提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤、棉花产量一亿担的四项指标。",
        m("钢产量", "steel_output", "一千八百万吨", status="target"),
        m("煤产量", "coal_output", "三亿八千万吨", status="target"),
        m("粮食产量", "grain_output", "一万零五百亿斤", status="target"),
        m("棉花产量", "cotton_output", "一亿担", status="target"),
        xfail="missed: four 1959 targets (指标) listed after 提出了",
    ),
    case(
        "大家从计划草案中可以看到：一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十，达到二千八百七十亿元；其中，工业和手工业总产值为一千六百五十亿元，农业总产值为一千二百二十亿元。",
        m("工农业总产值", None, "二千八百七十亿元", growth="40", status="target"),
        m("工业和手工业总产值", "industrial_output", "一千六百五十亿元", status="target"),
        m("农业总产值", "agricultural_output", "一千二百二十亿元", status="target"),
        xfail="figures of the 1959 plan draft read as actual; 工农业总产值 missed",
    ),
    case(
        "一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元，比一九五八年的二百一十四亿元增长百分之二十六。",
        m(
            "基本建设投资总额",
            "capital_construction_investment",
            "二百七十亿元",
            growth="26",
            status="target",
        ),
        xfail="missed: 拟定为 after an inserted clause (通过国家预算的部分)",
    ),
    case(
        "为了给工农业生产和基本建设的迅速发展提供必要的运输条件，计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之三十六；交通部直属企业的货物运输量将达到三千五百万吨，比一九五八年的二千八百万吨增长百分之二十五。",
        m("铁路货物运输量", "freight_volume", "五亿二千万吨", growth="36", status="target"),
        m(
            "交通部直属企业的货物运输量",
            "freight_volume",
            "三千五百万吨",
            growth="25",
            status="target",
        ),
        xfail="missed: levels followed by 比一九五八年的<base level>增长…",
    ),
    case(
        "在农业和轻工业生产继续跃进的基础上，计划规定一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年的五百四十八亿元增长百分之十九。",
        m("社会商品零售总额", "retail_sales", "六百五十亿元", growth="19", status="target"),
        xfail="missed: a level followed by 比一九五八年的<base level>增长…; "
        "社会商品零售总额 does not resolve",
    ),
    case(
        "按照重工业和轻工业同时并举的要求，计划规定一九五九年生产资料的生产增长百分之四十六，生活资料的生产增长百分之三十四。",
        m("生产资料的生产", None, None, growth="46", status="target"),
        m("生活资料的生产", None, None, growth="34", status="target"),
        xfail="规定一九五九年 kept in the first name; the second read as actual",
    ),
    case(
        "按照工业和农业同时并举的要求，计划规定，一九五九年的工业和手工业总产值比一九五八年增长百分之四十一，农业总产值比一九五八年增长百分之三十九。",
        m("工业和手工业总产值", "industrial_output", None, growth="41", status="target"),
        m("农业总产值", "agricultural_output", None, growth="39", status="target"),
    ),
    case(
        "一九五九年计划要求粮食增产百分之四十，这无疑是一个非常高的、在历史上少见的速度。",
        m("粮食", "grain_output", None, growth="40", status="target"),
        xfail="missed: 增产 (a rise in output) is not a change verb",
    ),
    case(
        "大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。",
        m("粮食总产量", "grain_output", "二千七百七十四亿斤"),
        xfail="missed: the year between the name and 只有…",
    ),
    case(
        "据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之八十八，粮食产量也增长了百分之八十三。",
        m("工业总产值", "industrial_output", None, growth="88"),
        m("粮食产量", "grain_output", None, growth="83"),
    ),
    case(
        "一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人，高等学校学生一万六千人。",
        m("小学生", None, "三百一十九万人", period="上半年"),
        m("中等学校学生", None, "三十一万人", period="上半年"),
        m("高等学校学生", None, "一万六千人", period="上半年"),
    ),
    case(
        "在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人。",
        m("学生总数", None, "三百五十一万人"),
    ),
    nothing(
        "在农业机器和化学肥料还很少的条件下，即使每年增产百分之十到二十，就已经算得是跃进了。",
        "a hypothetical rate (即使…就), no indicator named",
    ),
    nothing(
        "经过第一个五年计划期间的努力，一九五七年才达到了三千七百亿斤。",
        "第一个五年计划 and a year; the grain level's name is in an earlier sentence",
    ),
    nothing(
        "苏联在我国第一个五年计划期间帮助我们建设的一百六十六个重大建设项目，对于我国经济建设的发展，起了显著的作用。",
        "第一个五年计划 and a count of projects inside a noun phrase",
    ),
    nothing(
        "此外，还在青海、甘肃、新疆、云南、四川、贵州和其他若干省、自治区内成立了二十九个自治州，五十四个自治县。",
        "counts of autonomous areas set up (a verb, no indicator)",
    ),
    nothing(
        "象年产一百五十万吨钢的钢铁联合企业，年产二百四十万吨煤的煤矿，设备总容量为一百万千瓦的水电站和六十五万千瓦的火电站，等等。",
        "sizes describing kinds of plants China can now design, not reported figures",
        xfail="设备总容量 taken as a metric of 一百万千瓦",
    ),
]

NATIONAL_1978: list[Case] = [
    case(
        "按照十年规划，在这十年里，要建立稳固的农业基础，农业主要作业机械化水平达到百分之八十五以上，按农业人口达到一人一亩旱涝保收、高产稳产农田，农林牧副渔都达到较高水平。",
        m("农业主要作业机械化水平", None, "百分之八十五以上", status="target"),
    ),
    case(
        "接照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。",
        m("粮食产量", "grain_output", "八千亿斤", status="target"),
        m("钢产量", "steel_output", "六千万吨", status="target"),
    ),
    case(
        "从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。",
        m("农业总产值", "agricultural_output", None, growth="4", status="target", period="年均"),
        m("工业总产值", "industrial_output", None, growth="10", status="target", period="年均"),
    ),
    case(
        "大庆原油产量在十七年间平均每年增长百分之二十八",
        m("大庆原油产量", None, None, growth="28", period="年均"),
        xfail="missed: 在十七年间 between the name and 平均每年增长",
    ),
    case(
        "有计划地控制人口的增长，有利于国民经济的有计划发展，有利于保护母亲和儿童的健康，有利于广大群众的生产、工作和学习，必须继续认真抓好，争取在三年内把我国人口自然增长率降到百分之一以下。",
        m("人口自然增长率", None, "百分之一以下", status="target"),
        xfail="missed: a rate written 把…降到… after 争取",
    ),
    nothing(
        "报告分六个部分：一、三年来的斗争和新时期的总任务；二、把揭批“四人帮”的斗争进行到底；三、加快社会主义经济建设；四、繁荣社会主义科学教育文化事业；五、加强政权建设，加强各族人民的大团结；六、国际形势和我国对外政策。",
        "the parts of the report and their ordinals",
    ),
    nothing(
        "” 我们要争取一切可以争取的人，做到团结百分之九十五以上的干部和群众。",
        "a slogan (团结百分之九十五以上的干部和群众)",
    ),
    nothing(
        "在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，十大油气田，三十个大电站，六条铁路新干线和五个重点港口。",
        "counts of planned projects after a verb (新建和续建), no indicator",
    ),
    nothing(
        "实现了十年规划，我国经济技术水平将发生巨大变化，物质基础会雄厚得多，就有把握再经过三个五年计划的努力，使我国国民经济走在世界前列。",
        "三个五年计划: a count of plan periods",
    ),
]

NATIONAL_1980: list[Case] = [
    case(
        "1979年农业总产值比1978年增长8.6％。",
        m("农业总产值", "agricultural_output", None, growth="8.6"),
    ),
    case(
        "粮食产量33，212万吨，比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的，1978、1979两年共增产粮食4，900多万吨。",
        m("粮食产量", "grain_output", "33，212万吨"),
    ),
    case(
        "1979年油料产量644万吨，比上年增加122万吨；肉类产量1，062万吨，比上年增加206万吨。",
        m("油料产量", None, "644万吨"),
        m("肉类产量", None, "1，062万吨"),
    ),
    case(
        "今年上半年，集体所有制工业产值比去年同期增长23.6％。",
        m("集体所有制工业产值", None, None, growth="23.6", period="上半年"),
    ),
    case(
        "1979年国民收入比上年增长7％。",
        m("国民收入", None, None, growth="7"),
    ),
    case(
        "积累率由1978年的36.5％，降为33.6％。",
        m("积累率", None, "36.5％", year=1978),  # the base, its year stated
        m("积累率", None, "33.6％"),  # 降为: the level reached (its year is the report's)
    ),
    case(
        "每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。",
        m("每吨钢的综合能耗", None, "2.28吨"),
        xfail="missed: a level written 由上年的<base>降低到…",
    ),
    case(
        "1979年国家预算内和预算外的基本建设投资总额完成500亿元，停建、缓建了大中型项目295个。",
        m("国家预算内和预算外的基本建设投资总额", None, "500亿元"),
    ),
    case(
        "1980年计划基本建设投资总额控制在500亿元，进一步停建、缓建大中型项目238个。",
        m("基本建设投资总额", "capital_construction_investment", "500亿元", status="target"),
    ),
    case(
        "机械工业1979年计划任务不足，实行按需生产，自找门路，打开了销路，全年总产值比上年增长8.1％，出口额增长30.8％。",
        m("总产值", None, None, growth="8.1", period="全年"),
        m("出口额", "exports", None, growth="30.8", period="全年"),
        xfail="status: 计划任务不足 (too few planned tasks) makes the 1979 results targets",
    ),
    case(
        "今年上海市纺织工业实行了全行业利润留成的试点，上半年产值比去年同期增长14.1％，上缴国家的利润增长16.3％，都高于全市总产值和上缴利润的增长幅度。",
        m("产值", None, None, growth="14.1", period="上半年"),
        m("上缴国家的利润", None, None, growth="16.3", period="上半年"),
        xfail="missed 产值; status: the first-half results of the trial read as targets",
    ),
    case(
        "工业总产值比上年增长了8.5％",
        m("工业总产值", "industrial_output", None, growth="8.5"),
    ),
    case(
        "今年上半年，在能源增长较少的情况下，工业总产值比去年同期增长了13.6％。",
        m("工业总产值", "industrial_output", None, growth="13.6", period="上半年"),
    ),
    case(
        "1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元；职工的年平均工资达到705元，比上年增加61元。",
        m("职工的年平均工资", None, "705元"),
        xfail="period: 年平均工资 (the average yearly wage) read as 全年",
    ),
    case(
        "1980年上半年职工住宅施工面积7，371万平方米，比去年同期又有所增长。",
        m("职工住宅施工面积", None, "7，371万平方米", period="上半年"),
    ),
    case(
        "1979年商业部门收购商品总额1，992亿元，比上年增长14.5％；今年上半年，收购商品总额又比去年同期增长17.9％。",
        m("商业部门收购商品总额", None, "1，992亿元", growth="14.5"),
        m("收购商品总额", None, None, growth="17.9", period="上半年"),
    ),
    case(
        "由于多数职工和农民的收入有所提高，社会购买力大幅度增长，1979年社会商品零售总额1，753亿元，比上年增加225亿元，增长14.7％，这是多年来增加最快的一年。",
        m("社会商品零售总额", "retail_sales", "1，753亿元", growth="14.7"),
    ),
    case(
        "今年上半年，社会商品零售总额又比去年同期增长18.5％。",
        m("社会商品零售总额", "retail_sales", None, growth="18.5", period="上半年"),
    ),
    case(
        "1979年大专学校在校学生102万人，达到历史最高水平。",
        m("大专学校在校学生", None, "102万人"),
    ),
    case(
        "中等专业学校在校学生120万人，普通中学在校学生5，905万人。",
        m("中等专业学校在校学生", None, "120万人"),
        m("普通中学在校学生", None, "5，905万人"),
    ),
    case(
        "计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。",
        m("人口自然增长率", None, "1.17％"),
    ),
    case(
        "全年工业总产值计划比上年增长6％，预计可以超过。",
        m("工业总产值", "industrial_output", None, growth="6", status="target", period="全年"),
    ),
    case(
        "工农业总产值，比1980年预计增长5.5％，其中，农业总产值增长4％，工业总产值增长6％。",
        m("工农业总产值", None, None, growth="5.5", status="target"),
        m("农业总产值", "agricultural_output", None, growth="4", status="target"),
        m("工业总产值", "industrial_output", None, growth="6", status="target"),
        xfail="1981 plan indicators (a plan section) read as estimated: 预计 belongs to the "
        "1980 base; 工农业总产值 before the comma missed",
    ),
    case(
        "农业，粮食产量34，250万吨，比1980年预计增加1，000万吨；棉花产量255万吨，比1980年预计增加25万吨。",
        m("粮食产量", "grain_output", "34，250万吨", status="target"),
        m("棉花产量", "cotton_output", "255万吨", status="target"),
    ),
    case(
        "棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨；糖260万吨，增加10万吨；自行车1，484万辆，增加224万辆，缝纫机860万架，增加140万架；表2，360万只，增加260万只；合成洗涤剂48万吨，增加5万吨。",
        m("棉纱产量", None, "286.5万吨", status="target"),
        m("纸", None, "520万吨", status="target"),
        m("糖", None, "260万吨", status="target"),
        m("自行车", None, "1，484万辆", status="target"),
        m("缝纫机", None, "860万架", status="target"),
        m("表", None, "2，360万只", status="target"),
        m("合成洗涤剂", None, "48万吨", status="target"),
        xfail="1981 plan indicators read as actual; "
        "products named by one word (纸, 糖, 自行车 …) missed",
    ),
    case(
        "能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨；石油产量10，600万吨，保持近两年的水平；发电量3，120亿度，比1980年预计增加120亿度。",
        m("煤炭产量", "coal_output", "62，000万吨", status="target"),
        m("石油产量", None, "10，600万吨", status="target"),
        m("发电量", "electricity_output", "3，120亿度", status="target"),
    ),
    case(
        "原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。",
        m("钢产量", "steel_output", "3，500万吨", status="target"),
        m("十种有色金属", None, "108万吨", status="target"),
        m("水泥", None, "7，800万吨", status="target"),
        m("化肥", None, "1，230万吨", status="target"),
        m("木材", None, "4，910万立方米", status="target"),
        xfail="1981 plan indicators read as actual; product outputs named by the product missed",
    ),
    case(
        "机械工业，拖拉机9.75万台，内燃机2，000万马力，汽车16万辆，这是根据需要和油料供应的可能安排的。",
        m("拖拉机", None, "9.75万台", status="target"),
        m("内燃机", None, "2，000万马力", status="target"),
        m("汽车", None, "16万辆", status="target"),
        xfail="missed: 1981 plan outputs named by the product",
    ),
    case(
        "交通运输业，铁路货运量10.6亿吨，轮船、驳船货运量3.9亿吨，汽车货运量5.4亿吨。",
        m("铁路货运量", "freight_volume", "10.6亿吨", status="target"),
        m("轮船、驳船货运量", "freight_volume", "3.9亿吨", status="target"),
        m("汽车货运量", "freight_volume", "5.4亿吨", status="target"),
        xfail="1981 plan indicators read as actual; 轮船、驳船货运量 missed",
    ),
    case(
        "基本建设，国家预算内直接安排的投资，加上部门和地方的自筹投资、国内银行贷款、利用外资进行的建设等，总的投资额控制在550亿元左右。",
        m("总的投资额", None, "550亿元左右", status="target"),
    ),
    case(
        "对外贸易，进出口总额559亿元，比1980年预计增加42亿元。",
        m("进出口总额", "foreign_trade", "559亿元", status="target"),
    ),
    case(
        "国内市场，社会商品零售总额2，200亿元，比1980年预计增加150亿元。",
        m("社会商品零售总额", "retail_sales", "2，200亿元", status="target"),
    ),
    case(
        "教育、高等学校由于1977年新生入学较晚，要推迟到1981年寒假毕业，校舍腾不出来，1981年招生数仍然安排27万人，保持近两年的水平。",
        m("招生数", None, "27万人", status="target"),
    ),
    case(
        "计划生育，人口自然增长率为1％。",
        m("人口自然增长率", None, "1％", status="target"),
    ),
    case(
        "明年能源生产计划增长0.9％，而工业生产计划增长6％。",
        m("能源生产", None, None, growth="0.9", status="target"),
        m("工业生产", None, None, growth="6", status="target"),
    ),
    case(
        "煤炭工业，通过国家基本建设投资、银行贷款和各种形式的联合，争取明年在建矿井规模达到1.2亿吨，投产井新增生产能力达到1，000万吨。",
        m("在建矿井规模", None, "1.2亿吨", status="target"),
        m("投产井新增生产能力", None, "1，000万吨", status="target"),
    ),
    case(
        "电力工业，通过国家基本建设投资、吸收一部分地方资金和增加一些银行货款，争取明年新增发电装机达到300万千瓦以上。",
        m("新增发电装机", None, "300万千瓦以上", status="target"),
    ),
    case(
        "明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，可以少用标准煤600万吨。",
        m("轻工业产值占工业总产值的比重", None, "45％", status="target"),
        xfail="missed: a planned share written 由今年预计的<base>提高到…",
    ),
    nothing(
        "这个比重，1978年为17.4％，1979年达到27％，1980年将达到29％。",
        "这个比重 refers back; no indicator named in the sentence",
    ),
    nothing(
        "明年要对年综合能耗5万吨标准煤以上的企业，加强定额管理，搞好热力平衡，并利用经济办法，促进企业进一步降低能源消耗。",
        "a threshold defining which enterprises are managed, not a figure reported",
    ),
    nothing(
        "明年计划改造烧油250万吨的电站和工业锅炉。",
        "the size (oil burnt) of the plants to convert, no indicator",
    ),
    nothing(
        "现在，我着重就能源的开发和节约、重工业的调整特别是机械工业的调整和改造、材料工业的加强、经济管理体制的改革四个方面需要采取的主要措施，作如下说明。",
        "a count of topics",
    ),
]

NATIONAL_1992: list[Case] = [
    case(
        "１９９１年国民生产总值比上年增长百分之七。",
        m("国民生产总值", "gdp", None, growth="7"),
    ),
    case(
        "粮食产量达到４３５２４万吨，棉花产量达到５６６．３万吨，农业总产值比上年增长百分之三，是在大灾情况下夺得的丰收年。",
        m("粮食产量", "grain_output", "４３５２４万吨"),
        m("棉花产量", "cotton_output", "５６６．３万吨"),
        m("农业总产值", "agricultural_output", None, growth="3"),
    ),
    case(
        "工业生产增长较快，总产值比上年增长百分之十四点二。",
        m("工业总产值", "industrial_output", None, growth="14.2"),
    ),
    case(
        "主要工业产品产量继续增加，原煤达到１０．９亿吨，石油达到１．３９亿吨，钢突破７０００万吨，水泥和化肥（折纯）分别达到２．４８亿吨和１９８８万吨，国家经济实力进一步增强。",
        m("原煤", "coal_output", "１０．９亿吨"),
        m("石油", None, "１．３９亿吨"),
        m("钢", "steel_output", "７０００万吨"),
        m("水泥", None, "２．４８亿吨"),
        m("化肥（折纯）", None, "１９８８万吨"),
        xfail="only 原煤 taken: products named by one or two characters (石油, 钢 …) and the "
        "分别 list of 水泥和化肥 missed",
    ),
    case(
        "全社会固定资产投资比上年增长百分之十八点六，",
        m("全社会固定资产投资", "fixed_asset_investment", None, growth="18.6"),
    ),
    case(
        "国内市场繁荣，购销两旺，社会商品零售总额实际比上年增长百分之十。",
        m("社会商品零售总额", "retail_sales", None, growth="10"),
    ),
    case(
        "据海关统计，进出口总额增长百分之十七点五，国家现汇结存有较多的增加。",
        m("进出口总额", "foreign_trade", None, growth="17.5"),
    ),
    case(
        "全国物价基本平稳，全年零售物价上涨百分之二点九。",
        m("零售物价", None, None, growth="2.9", period="全年"),
    ),
    case(
        "全年新增外商投资企业１．２万多家，外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元，签定了一大批大型对外合作项目。",
        m("新增外商投资企业", None, "１．２万多家", period="全年"),
        m("外商直接投资协议金额", None, "１２０亿美元", period="全年"),
        m("实际投资", None, "４３．７亿美元", period="全年"),
    ),
    case(
        "今年计划要求，在保持社会总需求与总供给基本平衡的基础上，国民生产总值增长百分之六，全社会固定资产投资增长百分之八。",
        m("国民生产总值", "gdp", None, growth="6", status="target"),
        m("全社会固定资产投资", "fixed_asset_investment", None, growth="8", status="target"),
        xfail="the 1992 plan (今年计划要求，…) read as actual",
    ),
    case(
        "社会商品零售总额增长百分之十二点三，货币发行和新增信贷规模与去年大体持平，零售物价上涨幅度控制在百分之六以内。",
        m("社会商品零售总额", "retail_sales", None, growth="12.3", status="target"),
        m("零售物价", None, None, growth="6", status="target"),
        xfail="the 1992 plan read as actual; 零售物价上涨幅度控制在… missed; "
        "社会商品零售总额 does not resolve",
    ),
    case(
        "今年全国固定资产投资总规模为５７００亿元。",
        m("固定资产投资总规模", "fixed_asset_investment", "５７００亿元", status="target"),
        xfail="a 1992 plan figure read as actual; 固定资产投资总规模 does not resolve",
    ),
    nothing(
        "１９９１年是我国执行“八五”计划和十年规划的第一年，也是继续进行治理整顿的第三年。",
        "a year, 八五 and ordinals",
    ),
    nothing(
        "在价格改革方面，调整了２５年没有动过的城镇居民定量平价粮油销售价格，",
        "a duration (２５年没有动过)",
    ),
    nothing(
        "去年提出的关于搞好国营大中型企业的２０条措施，正在逐步落实，已经收到初步效果，继续扎扎实实抓下去是大有希望的。",
        "a count of measures",
    ),
    nothing(
        "中国政府支持北京市申办２０００年奥运会。",
        "a year",
    ),
    nothing(
        "今年初，中共中央、国务院召开民族工作会议，总结民族工作基本经验，提出了９０年代民族工作的主要任务和政策。",
        "a decade (９０年代) and a meeting",
    ),
    nothing(
        "将在澳门和内地进一步广泛征求意见，预计在１９９３年完成基本法起草工作。",
        "预计 before a year, no figure of an indicator",
    ),
]

TABLES: dict[str, tuple[str, list[Case]]] = {
    "national1954": ("national/1954.txt", NATIONAL_1954),
    "national1957": ("national/1957.txt", NATIONAL_1957),
    "national1959": ("national/1959.txt", NATIONAL_1959),
    "national1978": ("national/1978.txt", NATIONAL_1978),
    "national1980": ("national/1980.txt", NATIONAL_1980),
    "national1992": ("national/1992.txt", NATIONAL_1992),
}
