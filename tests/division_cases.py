"""Which government: real reports → the official division their text decides, or ``None``.

Each case is one report of the seeds (``tests/fixtures/seeds``), the pages
(``../shared/corpus/pages``, line 1 ``# url:`` removed) or the provincial reports
(``../shared/corpus/provincial``); ``name`` is the government's name as a careful reader
takes it from the text, ``code`` the unit looked up by hand in the Ministry of Civil
Affairs table (2025-12-31), or ``None`` where the text does not decide, with the codes of
the units sharing the name in ``candidates``; ``evidence`` the words that decide.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    """One report, the name its text gives, and what the table makes of it."""

    source: str
    """``seeds/…``, ``pages/NNN.txt`` or ``provincial/2025_….txt``."""
    name: str
    code: str | None
    evidence: str
    candidates: tuple[str, ...] = ()
    """When ``code`` is ``None``: the codes of every unit sharing the name."""
    part: int = 0
    """Which report of a file holding several (``govreport.parse_reports`` order)."""


SEEDS = "seeds/"
THREE = SEEDS + "001_555f7e936fe6323d.txt"

CASES: tuple[Case, ...] = (
    # --- seeds ---------------------------------------------------------------------------
    Case(
        SEEDS + "000_5f8850e58b636763.txt",
        "南通镇",
        "350121106",
        "one 南通镇 in the table; 来源:闽侯县, 福州砂之船",
    ),
    Case(
        THREE,
        "留庄镇",
        "370826106",
        "2 留庄镇 (微山县 山东, 确山县 河南): 县委、县政府“四个微山”, 济宁市港航, 山东省创业型乡镇",
    ),
    Case(
        THREE,
        "北蔡镇",
        "310115105",
        "opens with XX镇, but names 北蔡镇 (举办北蔡镇第六届运动会); one 北蔡镇; "
        "浦东新区第八届运动会",
        part=1,
    ),
    Case(THREE, "XX镇", None, "the placeholder of the opening 我代表XX镇人民政府", part=1),
    Case(
        THREE, "孙岗镇", "341502108", "one 孙岗镇; 区委、区政府 (金安区), 六安市市级卫生村", part=2
    ),
    Case(
        SEEDS + "002_0f2ab75d7a324a83.txt",
        "洋口镇",
        "320623101",
        "3 洋口镇 (如东县, 顺昌县, 广丰区): 来源: 如东县洋口镇人民政府, 南通市第三人民医院",
    ),
    Case(
        SEEDS + "002_0f2ab75d7a324a83.txt",
        "如东县洋口镇人民政府(沿海经济开发区)",
        "320623101",
        "the 来源 line names the county before the town; the bracketed zone is a remark",
    ),
    Case(
        SEEDS + "002_0f2ab75d7a324a83.txt",
        "沿海经济开发区",
        None,
        "a development zone (洋口镇(沿海经济开发区)) is no division",
    ),
    Case(
        SEEDS + "003_288c1e282cea0f90.txt",
        "紫帽镇人民政府",
        "350582106",
        "发布机构:紫帽镇人民政府; one 紫帽镇; 市委、市政府 (晋江市), 泉州市唯一推荐",
    ),
    Case(
        SEEDS + "004_22c6fb72f19d0811.txt",
        "下各镇",
        "331024106",
        "发布机构 | 下各镇; one 下各镇; 仙居县旭佳工艺玩具厂, 台州市星级美丽乡村",
    ),
    # --- pages: townships and streets ----------------------------------------------------
    Case(
        "pages/001.txt",
        "沙沟镇",
        "371323111",
        "4 沙沟镇 (张北县, 兴化市, 薛城区, 沂水县): 发布机构: | 沂水县沙沟镇",
    ),
    Case(
        "pages/002.txt",
        "老新镇",
        "429005102",
        "来源:潜江市老新镇, 在市委、市政府的正确领导下: 潜江市 is a county-level city "
        "directly under 湖北省",
    ),
    Case(
        "pages/003.txt",
        "菁芜洲镇",
        "431230105",
        "信息来源:通道县菁芜洲镇, 通道侗族自治县成立70周年",
    ),
    Case(
        "pages/003.txt",
        "通道县",
        "431230",
        "信息来源:通道县…: the short name of 通道侗族自治县 (people's name dropped)",
    ),
    Case(
        "pages/004.txt",
        "市桥街",
        "440113005",
        "市桥街团结带领全街干部群众: 街 for 街道; 番禺区人民政府市桥街道办事处 in the breadcrumb",
    ),
    Case(
        "pages/004.txt",
        "番禺区人民政府市桥街道办事处",
        "440113005",
        "the breadcrumb: district, 人民政府, street, 街道办事处",
    ),
    Case(
        "pages/005.txt",
        "吴家店镇",
        "341524107",
        "2 吴家店镇 (金寨县 安徽, 浉河区 河南): 习近平总书记视察安徽重要讲话精神",
    ),
    Case(
        "pages/006.txt",
        "中兴镇",
        "469023106",
        "3 中兴镇 (崇明区, 澄迈县, 安居区): 来源: 澄迈县中兴镇人民政府, 海南全面深化改革开放",
    ),
    Case(
        "pages/007.txt",
        "木棠镇",
        "460400107",
        "one 木棠镇, directly under 儋州市 (a prefecture-level city without counties); "
        "儋洋一体化, 海南自贸港",
    ),
    Case(
        "pages/008.txt",
        "三江镇",
        "460108103",
        "13 三江镇: 发布机构: 美兰区三江镇, 在海口市是唯一入选, 习近平视察海南",
    ),
    Case(
        "pages/009.txt",
        "魏庄镇",
        None,
        "2 魏庄镇 (怀远县 安徽, 莘县 山东), both under a 县 (县委、县政府); the text names "
        "neither county nor their cities or provinces",
        ("340321107", "371522115"),
    ),
    Case(
        "pages/010.txt",
        "五角场街道",
        "310110019",
        "one 五角场街道; 以杨浦建设…科创中心 (杨浦区, a district of 上海市)",
    ),
    Case("pages/011.txt", "xx镇", None, "placeholder: 我代表xx镇人民政府"),
    Case("pages/012.txt", "某乡镇", None, "placeholder: 某乡镇政府工作报告"),
    Case("pages/013.txt", "乡", None, "unnamed: 乡2023年政府工作报告"),
    Case("pages/014.txt", "镇", None, "unnamed: 今年以来,我镇在市委、市政府的正确领导…"),
    Case(
        "pages/015.txt", "镇", None, "unnamed: 镇上半年工作汇报; companies named 河南… are a hint"
    ),
    Case(
        "pages/016.txt",
        "镇",
        None,
        "unnamed: 乡镇上半年工作总结及打算, 在区委、政府的领导下,镇党委…",
    ),
    Case("pages/017.txt", "镇", None, "unnamed: 2023年镇政府工作报告"),
    Case("pages/018.txt", "镇", None, "unnamed: 镇2023年工作总结 (the name is deleted throughout)"),
    Case("pages/019.txt", "鄉鎮", None, "unnamed, traditional: 鄉鎮人代會換屆選舉工作報告"),
    Case("pages/020.txt", "镇", None, "unnamed (针对的基本镇情): 党委、政府团结带领全镇干部群众"),
    Case("pages/021.txt", "*镇", None, "placeholder: *镇锚定'两个确保“"),
    Case("pages/021.txt", "***县", None, "placeholder: ***县"),
    Case("pages/022.txt", "XX镇", None, "placeholder: 2022年,XX镇紧紧围绕县委、县政府"),
    Case("pages/023.txt", "xx镇", None, "placeholder: 现将xx镇…"),
    Case("pages/024.txt", "镇", None, "unnamed: 镇政府2019年工作总结和2020年工作计划"),
    Case(
        "pages/025.txt",
        "XX镇",
        None,
        "placeholder: XX镇2023年上半年工作总结; 视察广东 hints at a province, never a unit",
    ),
    Case("pages/025.txt", "XX县", None, "placeholder: 在XX县委、县政府的正确领导下"),
    Case(
        "pages/026.txt",
        "鹅湖镇",
        None,
        "3 鹅湖镇 (锡山区 江苏, 浮梁县 江西, 铅山县 江西): 视察江西 rules out 锡山区's, "
        "nothing tells 浮梁县 from 铅山县",
        ("320205104", "360222101", "361124104"),
    ),
    Case(
        "pages/027.txt",
        "济沁河乡",
        "230221217",
        "one 济沁河乡; 济淡河乡位于龙江县西北部 (OCR variants of the name)",
    ),
    Case("pages/027.txt", "济淡河乡", None, "an OCR variant of the name: no such unit"),
    Case(
        "pages/027.txt",
        "山泉镇",
        "230221103",
        "a town the report names: 2 山泉镇 (龙江县, 龙泉驿区): 位于龙江县",
    ),
    Case("pages/028.txt", "平湖镇", "350922101", "one 平湖镇; 数字古田、绿色古田 (古田县)"),
    Case("pages/029.txt", "**乡", None, "placeholder: **“乡党委、政府"),
    Case(
        "pages/030.txt",
        "*街道",
        None,
        "placeholder: 在区委区政府的坚强领导下,*街道; 瓯海 is a hint, not the name",
    ),
    Case("pages/031.txt", "街道", None, "unnamed: 2023年街道2023年工作规划"),
    # --- pages: counties and districts ---------------------------------------------------
    Case(
        "pages/032.txt", "东乌珠穆沁旗", "152525", "——在东乌珠穆沁旗第十六届人民代表大会第一会议上"
    ),
    Case(
        "pages/032.txt",
        "东乌旗",
        "152525",
        "speaker 东乌旗人民政府代旗长: the abbreviation of 东乌珠穆沁旗, named in the subtitle",
    ),
    Case("pages/033.txt", "乌拉特后旗", "150825", "one 乌拉特后旗; 考察内蒙古、考察巴彦淖尔"),
    Case("pages/034.txt", "马山县", "450124", "one 马山县; (广西)2021年马山县人民政府工作报告"),
    Case(
        "pages/035.txt",
        "**县",
        None,
        "placeholder: 在**县第十八届人民代表大会; 三高四新 hints at 湖南, never a unit",
    ),
    Case(
        "pages/036.txt",
        "西和",
        "621225",
        "为加快西和脱贫攻坚: the short name of 西和县, one in the table",
    ),
    Case("pages/037.txt", "镇原县", "621027", "one 镇原县: 镇原县2024工作报告"),
    Case(
        "pages/038.txt",
        "章貢區",
        "360702",
        "traditional: 章貢區(qū)第五屆人民代表大會; 对江西和贛州工作的重要要求",
    ),
    Case(
        "pages/039.txt",
        "南開區",
        "120104",
        "traditional: 南開區, a district of the municipality 天津市 (榮获天津市依法行政先进)",
    ),
    Case("pages/040.txt", "新民市", "210181", "在沈阳市委、市政府及新民市委的…"),
    Case("pages/041.txt", "珠海市斗门区", "440403", "2022年珠海市斗门区政府工作报告"),
    Case(
        "pages/042.txt",
        "六盘水市水城区",
        "520204",
        "在六盘水市水城区第二届人民代表大会; speaker 六盘水市水城区人民政府区长",
    ),
    Case("pages/043.txt", "北林区", "231202", "在绥化市北林区第六届人民代表大会"),
    Case("pages/044.txt", "縣", None, "unnamed, traditional: 縣政府上半年工作總結"),
    Case("pages/045.txt", "闽清县", "350124", "one 闽清县; 中国闽清农民丰收节"),
    Case(
        "pages/045.txt",
        "梅溪镇",
        "350124101",
        "a town the report names: 4 梅溪镇 (安吉县, 闽清县, 祁阳市, 资源县): 闽清橄榄, 福州橄榄节",
    ),
    # --- pages: cities and provinces ----------------------------------------------------
    Case(
        "pages/046.txt",
        "X市",
        None,
        "placeholder: 在X市人民代表大会; 双区, 澳门 are hints, never a unit",
    ),
    Case(
        "pages/047.txt",
        "某市",
        None,
        "placeholder: 某市政府工作报告; 公园城市示范区, 天府国际机场 point to 成都 but name it not",
    ),
    Case("pages/048.txt", "XX", None, "placeholder: 以中国式现代化引领XX现代化建设"),
    Case("pages/049.txt", "X市", None, "placeholder: 在 X市第七届人民代表大会"),
    Case(
        "pages/049.txt", "漯河", "411100", "现代化漯河: the short name of 漯河市, one in the table"
    ),
    Case(
        "pages/050.txt",
        "信陽市",
        "411500",
        "traditional: 信陽市人民政府市長; 考察调研河南首站就来到信阳",
    ),
    Case("pages/051.txt", "汉中市", "610700", "(陕西省)2017年汉中市人民政府工作报告"),
    Case("pages/052.txt", "辽阳市", "211000", "one 辽阳市"),
    Case("pages/053.txt", "沈阳市", "210100", "沈阳市第十五届人民代表大会第四次会议通过"),
    Case("pages/054.txt", "X市", None, "placeholder: 2023X市政府工作报告; 健康遂宁 is a hint"),
    Case("pages/055.txt", "衡阳市", "430400", "one 衡阳市"),
    Case("pages/056.txt", "辽宁省", "210000", "【2011辽宁省政府工作报告】"),
    Case(
        "pages/057.txt",
        "新疆自治区",
        "650000",
        "2023 年新疆自治区政府工作报: the short name and 自治区",
    ),
    Case("pages/057.txt", "新疆", "650000", "the short name of 新疆维吾尔自治区"),
    Case("pages/058.txt", "西藏自治区", "540000", "自治区主席 齐扎拉; 西藏自治区"),
    Case("pages/059.txt", "山西省", "140000", "traditional page: 山西省"),
    Case("pages/060.txt", "内蒙古自治区", "150000", "内蒙古自治区第十届人民代表大会"),
    Case("pages/060.txt", "内蒙古", "150000", "the short name of 内蒙古自治区"),
    # --- provincial reports: the name as the title writes it --------------------------
    Case("provincial/2025_anhui.txt", "安徽省", "340000", "2025年安徽省政府工作报告"),
    Case("provincial/2025_beijing.txt", "北京市", "110000", "2025年北京市政府工作报告"),
    Case("provincial/2025_chongqing.txt", "重庆市", "500000", "2025年重庆市政府工作报告"),
    Case("provincial/2025_fujian.txt", "福建省", "350000", "2025年福建省政府工作报告"),
    Case("provincial/2025_gansu.txt", "甘肃省", "620000", "2025年甘肃省政府工作报告"),
    Case("provincial/2025_guangdong.txt", "广东省", "440000", "2025年广东省政府工作报告"),
    Case(
        "provincial/2025_guangxi.txt",
        "广西",
        "450000",
        "2025年广西政府工作报告: short for 广西壮族自治区",
    ),
    Case("provincial/2025_guizhou.txt", "贵州省", "520000", "2025年贵州省政府工作报告"),
    Case("provincial/2025_hainan.txt", "海南省", "460000", "2025年海南省政府工作报告"),
    Case(
        "provincial/2025_hainan.txt",
        "海南",
        "460000",
        "海南 alone is 海南省, 海南区 (乌海) or 海南藏族自治州: the report names 海南省 in "
        "full and neither of the others",
    ),
    Case("provincial/2025_hebei.txt", "河北省", "130000", "2025年河北省政府工作报告"),
    Case("provincial/2025_heilongjiang.txt", "黑龙江省", "230000", "2025年黑龙江省政府工作报告"),
    Case("provincial/2025_henan.txt", "河南省", "410000", "2025年河南省政府工作报告"),
    Case("provincial/2025_hubei.txt", "湖北省", "420000", "2025年湖北省政府工作报告"),
    Case("provincial/2025_hunan.txt", "湖南省", "430000", "2025年湖南省政府工作报告"),
    Case("provincial/2025_jiangsu.txt", "江苏省", "320000", "2025年江苏省政府工作报告"),
    Case("provincial/2025_jiangxi.txt", "江西省", "360000", "2025年江西省政府工作报告"),
    Case("provincial/2025_jilin.txt", "吉林省", "220000", "2025年吉林省政府工作报告"),
    Case(
        "provincial/2025_jilin.txt",
        "吉林",
        "220000",
        "吉林 alone is the province or its city 吉林市: the report names 吉林省 in full, "
        "吉林市 nowhere",
    ),
    Case("provincial/2025_liaoning.txt", "辽宁省", "210000", "2025年辽宁省政府工作报告"),
    Case(
        "provincial/2025_neimenggu.txt", "内蒙古自治区", "150000", "2025年内蒙古自治区政府工作报告"
    ),
    Case(
        "provincial/2025_ningxia.txt",
        "宁夏",
        "640000",
        "2025年宁夏政府工作报告 (its 来源 line wrongly says 青海日报): short for 宁夏回族自治区",
    ),
    Case("provincial/2025_qinghai.txt", "青海省", "630000", "2025年青海省政府工作报告"),
    Case("provincial/2025_shaanxi.txt", "陕西省", "610000", "2025年陕西省政府工作报告"),
    Case("provincial/2025_shandong.txt", "山东省", "370000", "2025年山东省政府工作报告"),
    Case("provincial/2025_shanghai.txt", "上海市", "310000", "2025年上海市政府工作报告"),
    Case("provincial/2025_shanxi.txt", "山西省", "140000", "2025年山西省政府工作报告"),
    Case("provincial/2025_sichuan.txt", "四川省", "510000", "2025年四川省政府工作报告"),
    Case("provincial/2025_tianjin.txt", "天津市", "120000", "2025年天津市政府工作报告"),
    Case(
        "provincial/2025_xinjiang.txt",
        "新疆",
        "650000",
        "2025年新疆政府工作报告: short for 新疆维吾尔自治区",
    ),
    Case("provincial/2025_xizang.txt", "西藏", "540000", "2025年西藏政府工作报告"),
    Case(
        "provincial/2025_yunnan.txt",
        "云南省",
        "530000",
        "2025年云南省政府工作报告 (its 来源 line wrongly says 北京日报)",
    ),
    Case("provincial/2025_zhejiang.txt", "浙江省", "330000", "2025年浙江省政府工作报告"),
)
"""The table: every report's name, the code looked up by hand, and the evidence."""
