"""Metrics in real sentences of the five seed documents (seven township reports): see
``metric_cases``.

Conventions for these tables (what a careful reader of the reports expects):

- a figure is a metric when the words before it name a measure: an amount (资金, 投资, 收入,
  产值, 销售额), an area or volume named as such (面积, 造林), a rate (率, 占比) or a count of
  a named stock (``“四上”企业个数达到19家``);
- counts of things done (企业检查480余家次, 取缔企业8家, 引进人才5名, 签约项目13个) and
  figures that only set a threshold (``注册资金3000万元以上重大项目``, ``5亿元以上项目``)
  are not;
- verbs before the name (申报, 上报…系统, 发放, 获, 引进, 组织实施, 拆除 …) are not part of
  it; a place or project that owns the measure is (``御桥地区楼宇产税``);
- 洋口镇 (seed 002) is a half-year summary: its review section ``一、上半年工作回顾`` has
  every paragraph opened by ``半年来``, so its figures have the period ``上半年``.
"""

from __future__ import annotations

from metric_cases import Case, case, m, nothing

# ---------------------------------------------------------------------------------------------
# seed 000: 南通镇 (闽侯县) 2023 report, with the 2024 plan
# ---------------------------------------------------------------------------------------------

SEED_000_MAIN = case(
    "今年全年预计全社会固定资产投资额完成41.1亿元,比增37.2%;税收收入完成1.82亿元,比增-17%;"
    "社会消费品限额以上零售总额完成\xa030.7亿元,比增13.3%;规模以上工业产值完成23.7亿元,比增1.6%;"
    "工业固定资产投资额完成9.63亿元,比增471.2%;批发额完成90.7亿元,比增19.2%"
    "固投、工业固投、社零、批发等4个主要经济指标均排在全县前列我镇经济实力持续增强"
    "一年来我镇主要工作和成效如下:",
    m(
        "全社会固定资产投资额",
        "fixed_asset_investment",
        "41.1亿元",
        growth="37.2",
        status="estimated",
        period="全年",
    ),
    m("税收收入", "tax_revenue", "1.82亿元", growth="-17", status="estimated", period="全年"),
    m(
        "社会消费品限额以上零售总额",
        "retail_sales",
        "30.7亿元",
        growth="13.3",
        status="estimated",
        period="全年",
    ),
    m(
        "规模以上工业产值",
        "industrial_output_above_scale",
        "23.7亿元",
        growth="1.6",
        status="estimated",
        period="全年",
    ),
    m(
        "工业固定资产投资额",
        "industrial_investment",
        "9.63亿元",
        growth="471.2",
        status="estimated",
        period="全年",
    ),
    m("批发额", "wholesale_sales", "90.7亿元", growth="19.2", status="estimated", period="全年"),
)

SEED_000_TARGETS = case(
    "2024年经济社会发展的主要预期目标是:全镇计划实现规模以上工业产值25.5亿元,比增7.3%;"
    "全社会固投43亿元,比增4.5%,其中工业固投10亿元,比增\xa03.8\xa0%;"
    "限上社会消费品销售总额34亿元,比增10.7%;税收1.97亿元,比增8%;批发额110亿元,比增21.2%"
    "为实现上述预期目标和任务,重点抓好以下工作:",
    m(
        "规模以上工业产值",
        "industrial_output_above_scale",
        "25.5亿元",
        growth="7.3",
        status="target",
    ),
    m("全社会固投", "fixed_asset_investment", "43亿元", growth="4.5", status="target"),
    m("工业固投", "industrial_investment", "10亿元", growth="3.8", status="target"),
    m("限上社会消费品销售总额", "retail_sales", "34亿元", growth="10.7", status="target"),
    m("税收", "tax_revenue", "1.97亿元", growth="8", status="target"),
    m("批发额", "wholesale_sales", "110亿元", growth="21.2", status="target"),
)

SEED_000_NANTONG: list[Case] = [
    SEED_000_MAIN,
    case(
        "围绕项目“攻坚增效”专项行动,8个省、市重点项目完成投资16亿元,完成天泽医药地块、健坤地块、"
        "海洋生物制品创新基地等7个项目征地610.8亩,拆迁4.7万平方米。",
        m("省、市重点项目完成投资", "project_investment", "16亿元"),
        xfail="missed: 重点项目完成投资16亿元 after a count (8个) and a 、-joined name",
    ),
    case(
        "深入开展“千名干部进千企”“万名干部下基层”等行动,落地一平天下综合仓储项目、"
        "富国新工业品仓储物流园项目等招商项目4个,总投资5.6亿元。",
        m("总投资", None, "5.6亿元"),
    ),
    case(
        "落实粮食安全责任制,复耕抛荒撂荒74.9亩,发放农民耕地地力保护补贴618513.1万亩,"
        "补助金额约145.4万元。",
        m("补助金额", None, "约145.4万元"),
    ),
    case(
        "上洲村支部领办合作社今年售出荔枝约33万斤,包含附加产品全产业产值达1400万元。",
        m("全产业产值", None, "1400万元"),
        xfail="name keeps the verb phrase: 包含附加产品全产业产值",
    ),
    case(
        "上报省“两违”系统拆除面积24613平方米,对违法建设做到坚决查处。",
        m("拆除面积", None, "24613平方米"),
        xfail="name keeps the verb phrase: 上报省“两违”系统拆除面积",
    ),
    case(
        "完成造林绿化任务4250亩,除治松枯死木1200投入50万元,新建1座森林防火望台常态化开展"
        "“护河爱水、清洁家园”“垃圾分类”等集中整治专项行动61次,发动党员干部、群众及志愿者3.9万人次,"
        "清理垃圾1550余吨。",
        m("造林绿化任务", "afforestation", "4250亩"),
    ),
    case(
        "今年盛洲花园交房1811套,安置面积达13.77万平方米,1800多户被征收户家庭喜笑颜开。",
        m("安置面积", None, "13.77万平方米"),
    ),
    case(
        "禁毒工作运行良好,报到率、管控率、执行率均为100%。",
        m("报到率", None, "100%"),
        m("管控率", None, "100%"),
        m("执行率", None, "100%"),
    ),
    case(
        "中高考成绩再上新台阶,高考本科上线率同比增长55.3%,一名同学被211大学福州大学录取。",
        m("高考本科上线率", None, None, growth="55.3"),
    ),
    case(
        "闽侯一中等一级达标学校录取率同比增长56%,其中一名同学位列全县第12名,被闽侯一中自强创新实验班录取。",
        m("闽侯一中等一级达标学校录取率", None, None, growth="56"),
    ),
    case(
        "累计办理便民服务事项13652办理12345市民便民热线诉求3204起,按期办结率100%",
        m("按期办结率", None, "100%"),
    ),
    SEED_000_TARGETS,
    nothing(
        "开展全镇范围内餐饮场所燃气安全检查2650家次,安装可燃气体报警装置198家。",
        "counts of inspections and installations: things done",
    ),
    nothing(
        "“两违”整治工作立足早发现、早报告、早制止全年12宗新增违法案件均拆除完毕。",
        "全年 and a count of cases demolished: no measure named",
    ),
    nothing(
        "围绕“我的家乡我建设”“千万工程”等主题开展5次专题研讨。",
        "a count of meetings; 千万工程 is a slogan",
    ),
    nothing(
        "召开党风廉政专题会议9场,主动约谈“关键少数”62人,下发监督提醒函、整改通知书等方式推动整改问题70余个。",
        "counts of meetings, talks and problems: things done",
    ),
    nothing(
        "2024年是中华人民共和国成立75周年,是实施十四五规划的关键做好2024各项工作任务艰巨意义重大",
        "years, an anniversary and 十四五",
    ),
    nothing(
        "着力实现生产规模化、信息化发展,培育年产值过亿元的龙头企业,强力打造南通经济发展的动力引擎。",
        "过亿元 is a threshold describing firms, not a level",
    ),
    nothing(
        "加快3个在建生活污水治理工程建设,尽快解决南通社区等6个村居,以及中铁等8个小区的生活污水排放处理问题,"
        "力争实现镇污水管网全覆盖推动4个在建电力项目成投用",
        "counts of projects, villages and estates in a plan; 力争 with no figure",
    ),
]

# ---------------------------------------------------------------------------------------------
# seed 001: three reports: 留庄镇, 北蔡镇 (written XX镇 at its start), 孙岗镇
# ---------------------------------------------------------------------------------------------

# 留庄镇: the review opens with its economic figures; the report has no plan and no targets.
SEED_001_LIUZHUANG_MAIN = case(
    "全面统筹疫情防控和经济社会发展,持续推进复工复产。2023年全镇一般公共预算收入4717万元,"
    "规模以上工业产值4.47亿元。限上批零业企业销售额4.43亿元,限上住餐业销售额1377.7万元。"
    "固定资产投资完成8.7亿元,“四上”企业个数达到19家。",
    m("一般公共预算收入", "general_public_budget_revenue", "4717万元"),
    m("规模以上工业产值", "industrial_output_above_scale", "4.47亿元"),
    m("限上批零业企业销售额", "wholesale_retail_sales", "4.43亿元"),
    m("限上住餐业销售额", "accommodation_catering_sales", "1377.7万元"),
    m("固定资产投资", "fixed_asset_investment", "8.7亿元"),
    m("“四上”企业个数", "above_scale_enterprises", "19家"),
)

# 北蔡镇: the review's figures paragraph also holds 楼宇产税, 民生投入 and its share, and counts
# of projects; its economic-figures statement proper is this sentence (the others are rows below).
SEED_001_BEICAI_MAIN = case(
    "面对新冠疫情严重冲击,面对一季度经济主要指标大幅度下降的困难局面,迎难而上,花大力气推动经济逐季回升,"
    "全年预计实现税收收入38亿元,固定资产投资22.89亿元,城镇登记失业率控制在区指标内。",
    m("税收收入", "tax_revenue", "38亿元", status="estimated", period="全年"),
    m("固定资产投资", "fixed_asset_investment", "22.89亿元", status="estimated", period="全年"),
)

SEED_001_BEICAI_TARGETS = case(
    "2023年经济社会发展主要预期目标是:实现税收总收入34亿元以上,完成全社会固定资产投资30亿元左右,"
    "完成新区下达的招商引资、安商稳商和就业指标。",
    m("税收总收入", "tax_revenue", "34亿元以上", status="target"),
    m("全社会固定资产投资", "fixed_asset_investment", "30亿元左右", status="target"),
)

SEED_001_SUNGANG_MAIN = case(
    "经济指标稳中有进。截至10月底,全镇实现财政收入4720万元,超出年初预算74.5%;"
    "固定资产投资2.5亿元,完成任务量的77.7%,其中工业固定资产投资8194万元,完成任务量的68.3%;"
    "规模工业总产值5亿元,完成任务量的71.4%;实现招商引资到位资金2.2亿元,完成任务量的100%。",
    m("财政收入", "fiscal_revenue", "4720万元", progress="174.5", period="截至10月底"),
    m("固定资产投资", "fixed_asset_investment", "2.5亿元", progress="77.7", period="截至10月底"),
    m(
        "工业固定资产投资",
        "industrial_investment",
        "8194万元",
        progress="68.3",
        period="截至10月底",
    ),
    m(
        "规模工业总产值",
        "industrial_output_above_scale",
        "5亿元",
        progress="71.4",
        period="截至10月底",
    ),
    m("招商引资到位资金", "investment_attracted", "2.2亿元", progress="100", period="截至10月底"),
)

# The five-year aim (四个翻一番) has no figure; the year's targets follow it.
SEED_001_SUNGANG_TARGETS = case(
    "未来五年,我们的主要预期目标是:实现财政收入、工业固定资产投资、规模工业总产值、招商引资到位资金"
    "“四个翻一番”。2023年是“十四五”开局之年,全年主要预期目标是:实现财政收入5500万元;"
    "固定资产投资3.5亿元,其中工业固定资产投资1.3亿元;规模工业总产值7.7亿元;招商引资到位资金达到2.4亿元。",
    m("财政收入", "fiscal_revenue", "5500万元", status="target", period="全年"),
    m("固定资产投资", "fixed_asset_investment", "3.5亿元", status="target", period="全年"),
    m("工业固定资产投资", "industrial_investment", "1.3亿元", status="target", period="全年"),
    m("规模工业总产值", "industrial_output_above_scale", "7.7亿元", status="target", period="全年"),
    m("招商引资到位资金", "investment_attracted", "2.4亿元", status="target", period="全年"),
)

SEED_001_THREE_TOWNS: list[Case] = [
    # 留庄镇
    SEED_001_LIUZHUANG_MAIN,
    case(
        "在招商引资方面,2023年实际到位资金2.53亿元,其中十强产业内资到位资金2.43亿元,实现外贸进出口420万美元。",
        m("实际到位资金", "investment_attracted", "2.53亿元"),
        m("十强产业内资到位资金", None, "2.43亿元"),
        m("外贸进出口", "foreign_trade", "420万美元"),
    ),
    nothing(
        "在招才引智方面,柔性引进高层次人才5名,与高等院校合作建立实践基地3处,引进外国专业人才1名。",
        "counts of people recruited (引进): things done, no measure named",
    ),
    case(
        "粮食种植面积1.83万亩,粮食产量达到2.34万吨,实现农业增加值5.13亿元。",
        m("粮食种植面积", "grain_area", "1.83万亩"),
        m("粮食产量", "grain_output", "2.34万吨"),
        m("农业增加值", "agricultural_va", "5.13亿元"),
    ),
    case(
        "大力推进环微山湖生态带建设,全年完成连片造林490.6亩,完成五个市级绿化示范村建设。",
        m("连片造林", "afforestation", "490.6亩", period="全年"),
    ),
    case(
        "加大基础设施建设投入力度,省道104升级改造、湖东堤快速路建成通车,累计完成“四好农村路”28.23公里,"
        "极大改善了全镇道路出行条件。",
        m("“四好农村路”", "rural_road", "28.23公里"),
    ),
    nothing(
        "全年共抽检农产品5100个样,巡查20余次,被省农业农村厅认定为全省第二批农产品质量安全监管示范镇。",
        "全年, counts of samples and patrols, an ordinal (第二批)",
    ),
    nothing(
        "2023年被国家农业农村部确定为第十批全国“一村一品”示范镇。",
        "a year and an ordinal",
    ),
    nothing(
        "实施最严格的环境保护政策,开展“散乱污”企业专项整治行动,取缔“散乱污”企业8家。",
        "a count of enterprises closed down: a thing done",
    ),
    # 北蔡镇
    SEED_001_BEICAI_MAIN,
    case(
        "重点园区楼宇企业落地率不断增长,御桥地区楼宇产税同比增长106%。",
        m("御桥地区楼宇产税", None, None, growth="106"),
    ),
    case(
        "全年民生投入约5.67亿元,占一般公共预算支出的比重超过48.7%。",
        m("民生投入", "people_livelihood_spending", "约5.67亿元", period="全年"),
        m("民生投入占一般公共预算支出的比重", None, "超过48.7%", period="全年"),
    ),
    case(
        "大力加强招商引资,优化招商中介考核管理,新签招商机构11家,引进内资注册资金52.5亿元,实到外资2380万美元。",
        m("内资注册资金", None, "52.5亿元"),
        m("实到外资", "foreign_investment_actual", "2380万美元"),
    ),
    case(
        "引进注册资金3000万元以上重大项目和新兴产业项目25个,注册资金超过25亿元。",
        m("注册资金", None, "超过25亿元"),
    ),
    case(
        "兜稳底线民生,围绕“应保尽保”“应帮尽帮”,做好被征地农民落实社会保障,贫困人员纳入城乡居保等社会保障工作,"
        "加大社会救助力度,累计发放各类救助帮困资金7019万元、救助帮困超过8.62万人次。",
        m("救助帮困资金", None, "7019万元"),
    ),
    case(
        "保障基本民生,创新推出“云招聘”“家门口创业”等活动,新增就业岗位1.14万个。",
        m("新增就业岗位", "urban_new_jobs", "1.14万个"),
    ),
    case(
        "行政负责人出庭应诉率100%,完成1827份民事经济领域合同法律风险排查和落实分类整改,"
        "推进“家门口”法律服务基层示范点、民主法治示范村居创建工作,做好“七五”普法。",
        m("行政负责人出庭应诉率", None, "100%"),
    ),
    case(
        "切实履行党风廉政“一岗双责”,完成审计项目232个,核减资金1793.81万元、核减率5.25%。",
        m("核减资金", None, "1793.81万元"),
        m("核减率", None, "5.25%"),
    ),
    SEED_001_BEICAI_TARGETS,
    nothing(
        "2023年是中国共产党成立100周年,是实施“十四五”规划的开局年。",
        "a year, an anniversary and 十四五",
    ),
    nothing(
        "不断织密全镇145个住宅小区、5108个楼栋、10个村(工作站)、50个队组、18栋商办楼宇、1195家企业的疫情防控网。",
        "counts describing the scope of a measure, no indicator",
    ),
    # 孙岗镇
    SEED_001_SUNGANG_MAIN,
    case(
        "安徽昱和服饰建成投产,年销售收入预计超2000万元;博瑞精密汽车零部件、亿美机械加工完成主体建设;"
        "星瑞压铸分公司追加投资2103万元,推动6家规模以上企业扩大投入。",
        m("年销售收入", None, "超2000万元", status="estimated"),
        m("追加投资", None, "2103万元"),
        xfail="name keeps the firm (subject of the verb 追加): 星瑞压铸分公司追加投资",
    ),
    case(
        "总投资1亿元的金安温氏畜牧有限公司总部及饲料加工厂项目即将开工建设。",
        m("总投资", None, "1亿元"),
    ),
    case(
        "1-10月全镇村级集体经济收入总量达到296.9万元,超过2023年全年集体经济收入",
        m("村级集体经济收入总量", "village_collective_income", "296.9万元", period="1-10月"),
    ),
    nothing(
        "投资1400万元,初砌17个村总计20.5km渠道,修建水闸6座、提水泵站11座",
        "投资 is the verb here: money put into listed works, and counts of works",
    ),
    case(
        "启动林业“双增”工程,新增人工造林1047亩",
        m("人工造林", "afforestation", "1047亩"),
        xfail="name keeps the verb 新增: 新增人工造林",
    ),
    nothing(
        "今年以来共处罚81户5.98万元。",
        "fines: a count of households and their sum, no measure named",
    ),
    case(
        "坚持开展“四带一自”扶贫模式,为863户贫困户发放产业奖补资金203.7万元",
        m("产业奖补资金", None, "203.7万元"),
    ),
    case(
        "广泛宣传城乡居民养老保险的新政策、新要求,居民养老保险缴费到账2万多人次,缴费总额995.7万元,"
        "为建档立卡贫困户等特殊群体3418人代缴养老保险。",
        m("缴费总额", None, "995.7万元"),
    ),
    case(
        "全年参保城乡居民医疗保险(含落地参保)人数为4.8万人,上缴参保费用1053万元。",
        m(
            "参保城乡居民医疗保险(含落地参保)人数",
            "medical_insurance_coverage",
            "4.8万人",
            period="全年",
        ),
        m("参保费用", None, "1053万元", period="全年"),
        xfail="canonical None for the insured count (parenthesis inside the name); misses 参保费用",
    ),
    case(
        "累计发放低保金896.8万元。",
        m("低保金", None, "896.8万元"),
    ),
    case(
        "接待群众来件来访举报案件5件,办结率、回复率达100%,在“两会”期间稳控有力。",
        m("办结率", None, "100%"),
        m("回复率", None, "100%"),
    ),
    case(
        "做好“政务+服务”工作,认领服务事项1602条,全面实施政务服务“好差评”制度,截至10月底,评价总数44528条,"
        "好评率100%,切实提高了人民群众对党和政府的信任度、满意度。",
        m("评价总数", None, "44528条", period="截至10月底"),
        m("好评率", None, "100%", period="截至10月底"),
    ),
    nothing(
        "全面启动全镇23个普查区132个普查小区的第七次人口普查工作。",
        "counts of census areas and an ordinal",
    ),
    nothing(
        "确保工业24小时用水用电充足,常态化开展“四送一服”。",
        "24小时 is a duration in a promise, 四送一服 a slogan",
    ),
    SEED_001_SUNGANG_TARGETS,
]

# ---------------------------------------------------------------------------------------------
# seed 002: 洋口镇 2023 half-year summary and second-half plan
# ---------------------------------------------------------------------------------------------

# The figures paragraph opens the review; its counts of enterprises and projects are rows below.
SEED_002_MAIN = case(
    "半年来,我们科学谋划、锐意进取,全力夯实经济底盘。实现一般公共财政预算收入6.646亿元。"
    "完成工业总产值246.2亿元,工业开票销售230亿元,规上工业应税销售246.8亿元。"
    "完成服务业销售26.83亿元,服务业投资4.88亿元。",
    m("一般公共财政预算收入", "general_public_budget_revenue", "6.646亿元", period="上半年"),
    m("工业总产值", "industrial_output", "246.2亿元", period="上半年"),
    m("工业开票销售", "industrial_sales_invoiced", "230亿元", period="上半年"),
    m("规上工业应税销售", "industrial_taxable_sales", "246.8亿元", period="上半年"),
    m("服务业销售", "service_revenue", "26.83亿元", period="上半年"),
    m("服务业投资", "service_investment", "4.88亿元", period="上半年"),
)

SEED_002_MAIN_FOREIGN = case(
    "实际利用外资2629万美元。",
    m("实际利用外资", "foreign_investment_actual", "2629万美元", period="上半年"),
)

SEED_002_YANGKOU: list[Case] = [
    SEED_002_MAIN,
    nothing(
        "完成新签约注册亿元以上内资项目13个,其中10亿-50亿元项目4个,5亿-10亿元项目5个,1亿-5亿元项目4个。",
        "counts of projects signed by size band; the 亿元 figures are thresholds",
    ),
    SEED_002_MAIN_FOREIGN,
    nothing(
        "完成5亿元以上新开工工业项目3个,“专精特新”项目2个,转化达产项目3个,科创项目7个,"
        "“智转数改”项目35个,盘活闲置及用而不足土地928亩。",
        "counts of projects started or converted: things done; 5亿元以上 is a threshold",
    ),
    case(
        "提升农业生产机械化、农业机械智能化水平,新增各类农业机械、监测、导航设备155台套,农机购置补贴资金达160万元。",
        m("农机购置补贴资金", None, "160万元", period="上半年"),
    ),
    nothing(
        "新建高标准农田4300亩,提档升级高标准农田10200亩。",
        "areas of fields built and upgraded: things done",
    ),
    nothing(
        "累计开展农机培训22场次,培训农机作业服务人员280多人次。",
        "counts of training sessions and trainees",
    ),
    case(
        "围绕“水质达标决战年”目标任务,新建生态河3条,共13.5公里;新建农田退水闸涵5座,治理面积3500亩;"
        "改造农田退水生态净化池1个,治理面积1000多亩;秸秆全量离田1.81万亩,全面实现国省考断面水质达Ⅲ类。",
        m("治理面积", None, "3500亩", period="上半年"),
        m("治理面积", None, "1000多亩", period="上半年"),
    ),
    case(
        "镇雪亮工程1-6月份平均在线率为97.88%,位列全县第二。",
        m("平均在线率", None, "97.88%", period="1-6月"),
        xfail="missed: 平均在线率为97.88% after a period inside the subject",
    ),
    nothing(
        "强化企业安全生产风险隐患整治提升,常态化开展夜查行动,体系化开展整治行动,检查企业480余家次,整改隐患1507条,"
        "完成中小型企业现场管理提升81家,风险报告221家,备案承包商136家、一级和特殊动火作业86家次、受限空间52家次。",
        "counts of inspections and filings: things done",
        xfail="takes 检查企业 480余家次",
    ),
    case(
        "执法检查27家次,立案查处12起,查处金额36.57万元。",
        m("查处金额", None, "36.57万元", period="上半年"),
    ),
    nothing(
        "上半年共申报城乡低保31户39人,特困人员5人,残疾人两项补贴294人,殡葬惠民补贴315人,困境儿童6人,尊老金267人。",
        "上半年 and counts of applications for benefits",
    ),
    case(
        "民善康慈善医疗互助资金救助1614人次,救助金额112.46万元。",
        m("救助金额", None, "112.46万元", period="上半年"),
    ),
    nothing(
        "全市首部乡镇年鉴《洋口年鉴(2022)》正式出版。",
        "a year in a title and an ordinal (首部)",
    ),
    nothing(
        "积极推动5亿元以上项目,高盟、汇顺等“专精特新”企业项目进展,加快推进九九久纤维、中聚源等项目竣工"
        "以及九鼎风电叶片项目的转化达产。",
        "5亿元以上 is a threshold describing projects",
    ),
    case(
        "结合无废园区创建,加快推进园区整体清洁生产工作,确保2023年园区企业层面清洁生产覆盖率达100%。",
        m("园区企业层面清洁生产覆盖率", None, "100%", status="target"),
    ),
]

# ---------------------------------------------------------------------------------------------
# seed 003: 紫帽镇 2022 report, delivered 2023-01-16, with the 2023 plan
# ---------------------------------------------------------------------------------------------

# The figures paragraph goes on with counts of enterprises and signed projects (rows below);
# its economic-figures statement is these two sentences.
SEED_003_MAIN = case(
    "全年预计完成财政总收入1.6亿元,比增8.8%;规上工业产值26.62亿元,比增7.6%;工业投资1.49亿元,比增142.42%;"
    "限上批发零售业销售额53.39亿元,比增4.06%;限上住宿餐饮业营业额612万元,比增79%。"
    "19个重点项目完成投资额45.94亿元,完成年度计划135.71%。",
    m("财政总收入", "fiscal_revenue", "1.6亿元", growth="8.8", status="estimated", period="全年"),
    m(
        "规上工业产值",
        "industrial_output_above_scale",
        "26.62亿元",
        growth="7.6",
        status="estimated",
        period="全年",
    ),
    m(
        "工业投资",
        "industrial_investment",
        "1.49亿元",
        growth="142.42",
        status="estimated",
        period="全年",
    ),
    m(
        "限上批发零售业销售额",
        "wholesale_retail_sales",
        "53.39亿元",
        growth="4.06",
        status="estimated",
        period="全年",
    ),
    m(
        "限上住宿餐饮业营业额",
        "accommodation_catering_sales",
        "612万元",
        growth="79",
        status="estimated",
        period="全年",
    ),
    m("重点项目完成投资额", "project_investment", "45.94亿元", progress="135.71"),
)

SEED_003_TARGETS = case(
    "2023年经济社会发展主要预期目标是:一般公共预算总收入增长7.6%规上工业产值增长7.6%全社会固定资产投资增长8.0%。",
    m("一般公共预算总收入", "general_public_budget_revenue", None, growth="7.6", status="target"),
    m("规上工业产值", "industrial_output_above_scale", None, growth="7.6", status="target"),
    m("全社会固定资产投资", "fixed_asset_investment", None, growth="8.0", status="target"),
)

SEED_003_ZIMAO: list[Case] = [
    nothing(
        "——2023116日在紫帽镇第十一届人民代表大会第三次会议上",
        "a date that lost its digits' separators, and ordinals",
    ),
    nothing(
        "面对031308171124等数场输入性聚集性疫情考验,第一时间组建16个防控工作专班,分区分级精准落实防控措施。",
        "dates run together (0313, 0817, 1124) and a count of task forces",
    ),
    SEED_003_MAIN,
    case(
        "签约比亚迪新能源汽车销售、伟光汇通商业中心等8个项目,计划总投资45.5亿元;"
        "积极对接新奥特莱斯、红星美凯龙等12个项目,意向投资金额115.5亿元。",
        m("总投资", None, "45.5亿元"),
        m("意向投资金额", None, "115.5亿元"),
    ),
    nothing(
        "辖区9个行政村(社区)均获评晋江市文明村70%以上村获评省级卫生村",
        "a share of villages named after the figure, not before it",
    ),
    case(
        "39个村级项目完成投资732万元,完工率超80%。",
        m("村级项目完成投资", None, "732万元"),
        m("完工率", None, "超80%"),
    ),
    case(
        "1-12月份全镇村集体经济收入421.98万元,60%村稳定收入达50万元以上。",
        m("村集体经济收入", "village_collective_income", "421.98万元", period="1-12月"),
        xfail="takes the threshold 50万元以上 as a level of 村稳定收入",
    ),
    case(
        "乡村振兴整镇推进“五好”乡镇创建工作考评名列泉州前列,获专项奖补资金100万元,"
        "全市乡村振兴暨乡村“五个美丽”建设现场推进会到园坂实地观摩。",
        m("专项奖补资金", None, "100万元"),
    ),
    case(
        "积极践行“两山”理念,组织实施工程造林200亩,补植复绿紫帽山零星裸露山体30余亩。",
        m("工程造林", "afforestation", "200亩"),
    ),
    case(
        "加大国土执法监察力度,完成上级下达森林图斑整改任务26宗,复耕47.36亩,整改率达100%,绿色“生态名片”愈擦愈亮。",
        m("整改率", None, "100%"),
    ),
    case(
        "紫湖郊野公园项目完成投资2000万元,沿湖西侧基本完工。",
        m("紫湖郊野公园项目完成投资", None, "2000万元"),
    ),
    case(
        "实施全民参保扩面行动,城乡居民医疗保险、城乡居民养老保险参保率均超100%。",
        m("城乡居民医疗保险参保率", "medical_insurance_coverage", "超100%"),
        m("城乡居民养老保险参保率", None, "超100%"),
    ),
    nothing(
        "累计投入750万元用于完善教育基础设施、奖教奖学助学。",
        "投入 is the verb: no indicator named before the figure",
    ),
    case(
        "清华附中晋江学校二期项目全面竣工,小初高实现一体化招生办学,新增优质学位3600个。",
        m("新增优质学位", None, "3600个"),
    ),
    case(
        "采取“微信自主上报+入户走访摸底+密网校正兜底”形式,抓实“一标三实”网格信息采集工作,"
        "实现镇域网格化全覆盖,信息完整率超98%。",
        m("信息完整率", None, "超98%"),
    ),
    case(
        "持续推进安全生产大排查大整治、消防安全整治“雷霆”行动、房屋安全隐患大排查大整治等工作,"
        "排查整改隐患1254条,整改率达99.5%。",
        m("整改率", None, "99.5%"),
    ),
    nothing(
        "主动融入全市13137发展大局",
        "13137 is the name of a strategy",
    ),
    SEED_003_TARGETS,
    nothing(
        "以建设省级集镇环境整治样板镇为龙头,策划生成9个系列4600万元项目建设。",
        "the size of planned projects with no indicator named before it",
    ),
    nothing(
        "力争2023年度全镇9个村(社区)全部评为星级平安村。",
        "力争 with a year and a count of villages, no measure",
    ),
]

# ---------------------------------------------------------------------------------------------
# seed 004: 下各镇 2023 summary and 2024 plan (one line)
# ---------------------------------------------------------------------------------------------

# The plan (二、明年工作计划) states no targets paragraph.
SEED_004_MAIN = case(
    "今年1-9月份实现规下主营业务收入3.49亿元,增21.26%,全镇实现规上工业产值29.74亿元,同比增长31.3%。"
    "工业性投资(1-9月)(不含比亚迪)1.71 亿元,完成率93.63 %。1-9月固定资产投资 33.27亿元,增长220.1%。"
    "1-9月完成限上社会消费品零售总额0.14亿元,同比增长17.6%,1-10月限上批发业商品销售额达2.5亿元。",
    m("规下主营业务收入", "main_business_revenue", "3.49亿元", growth="21.26", period="1-9月"),
    m("规上工业产值", "industrial_output_above_scale", "29.74亿元", growth="31.3", period="1-9月"),
    m("工业性投资", "industrial_investment", "1.71 亿元", progress="93.63", period="1-9月"),
    m("固定资产投资", "fixed_asset_investment", "33.27亿元", growth="220.1", period="1-9月"),
    m("限上社会消费品零售总额", "retail_sales", "0.14亿元", growth="17.6", period="1-9月"),
    m("限上批发业商品销售额", "wholesale_sales", "2.5亿元", period="1-10月"),
)

SEED_004_XIAGE: list[Case] = [
    nothing(
        "获评“全省人民调解工作先进乡镇(街道)”,经济发展赛道2次“红榜”,项目攻坚赛道1次“红榜”,科技创新赛道2次“红榜”。",
        "counts of awards",
    ),
    SEED_004_MAIN,
    nothing(
        "经济开发区扩容项目,完成后冯区块411亩征地协议签订工作,高效完成张店区块101户77.89亩拆迁工作,"
        "完成瑾达地块(上官)30亩土地进场清表,后冯美妆项目90亩完成进场清表,",
        "areas of land requisitioned and cleared: things done",
        xfail="takes 后冯美妆项目 90亩",
    ),
    nothing(
        "同时按15%比例进行低收入农户股份分红,积极带动低收入农户增收。",
        "15% is the rule of a dividend, not a measured level",
    ),
    case(
        "截至目前,我镇31个行政村共计测量20432宗,移交国土审核共13903宗,总发证数量11985宗,发证率76.55%。",
        m("总发证数量", None, "11985宗", period="截至目前"),
        m("发证率", None, "76.55%", period="截至目前"),
        xfail="takes the count of parcels surveyed as 行政村共计测量 20432宗",
    ),
    case(
        "拆除危旧房和违章建筑占地面积1.8万平方米,依托卫片执法整改13处。",
        m("危旧房和违章建筑占地面积", None, "1.8万平方米"),
        xfail="name keeps the verb: 拆除危旧房和违章建筑占地面积",
    ),
    case(
        "其中马垟村平均亩产达到690.1公斤,最高的亩产达到七百多公斤,为仙居县目前实割测产中最高产量。",
        m("马垟村平均亩产", None, "690.1公斤"),
        m("最高的亩产", None, "七百多公斤"),
    ),
    case(
        "今年发放临时救助金52人次5.2万元。",
        m("临时救助金", None, "5.2万元"),
        xfail="missed: the amount after a count of recipients (52人次5.2万元)",
    ),
    case(
        "截止今年10月底受理便民服务事项17229 件,办结率100%,其中代办事项占比35%。",
        m("办结率", None, "100%", period="截至10月底"),
        m("代办事项占比", None, "35%", period="截至10月底"),
        xfail="period 截止今年10月底 not read; misses 代办事项占比35%",
    ),
    case(
        "2023年镇应急办结合除险保安共对63家次工矿企业实行执法检查,通过工业在线系统排查事故隐患1200余条,"
        "全部完成整改,整改率为100%。",
        m("整改率", None, "100%"),
    ),
    nothing(
        "深入开展百万员工安全大培训活动,开展安全培训10场次2331人次,发放宣传资料4550份,悬挂宣传安全标语条幅289条。",
        "百万 in a campaign's name, counts of sessions and leaflets",
    ),
    nothing(
        "全面配合开发区综合承载能力提升,加速东部工业新城南拓,完成朱溪港两侧1300亩土地征收。",
        "an area of land to requisition in the plan: a thing to do",
    ),
    nothing(
        "力争亩均税收增长位居全县前列。",
        "力争 and 亩均税收增长 with no figure, only a rank",
    ),
    nothing(
        "规范升级全镇 31 个村级党群服务中心“全域网”",
        "a count of service centres",
    ),
]

TABLES: dict[str, tuple[str, list[Case]]] = {
    "seed000": ("seeds/000_5f8850e58b636763.txt", SEED_000_NANTONG),
    "seed001": ("seeds/001_555f7e936fe6323d.txt", SEED_001_THREE_TOWNS),
    "seed002": ("seeds/002_0f2ab75d7a324a83.txt", SEED_002_YANGKOU),
    "seed003": ("seeds/003_288c1e282cea0f90.txt", SEED_003_ZIMAO),
    "seed004": ("seeds/004_22c6fb72f19d0811.txt", SEED_004_XIAGE),
}

MAIN_PARAGRAPHS: dict[str, list[Case]] = {
    "seed000": [SEED_000_MAIN, SEED_000_TARGETS],
    "seed001-liuzhuang": [SEED_001_LIUZHUANG_MAIN],
    "seed001-beicai": [SEED_001_BEICAI_MAIN, SEED_001_BEICAI_TARGETS],
    "seed001-sungang": [SEED_001_SUNGANG_MAIN, SEED_001_SUNGANG_TARGETS],
    "seed002": [SEED_002_MAIN, SEED_002_MAIN_FOREIGN],
    "seed003": [SEED_003_MAIN, SEED_003_TARGETS],
    "seed004": [SEED_004_MAIN],
}
"""Each seed report's main-indicator statement and its targets statement (when it has one)."""
