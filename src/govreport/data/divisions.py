"""Words about official divisions: levels, name suffixes, placeholders, parent cues.

Levels and suffixes follow the Ministry of Civil Affairs' division table (民政部 行政区划):
省/自治区/直辖市, 地级 市/地区/自治州/盟, 县级 县/自治县/市/区/旗/自治旗/林区/特区, 乡级
乡/民族乡/镇/街道/苏木.  Placeholders come from the corpus (``XX镇``, ``**县``, ``某街道``).
"""

from __future__ import annotations

LEVELS: dict[int, str] = {1: "province", 2: "prefecture", 3: "county", 4: "township"}
"""The table's level number → :attr:`Division.level`."""

SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "省",
    "市",
    "地区",
    "盟",
    "县",
    "区",
    "旗",
    "林区",
    "特区",
    "新区",
    "特别行政区",
)
"""Suffixes dropped to form a unit's short name (``如东县`` → ``如东``)."""

PEOPLES = """
    维吾尔 柯尔克孜 乌孜别克 哈萨克 塔吉克 塔塔尔 俄罗斯 鄂温克 鄂伦春 达斡尔 蒙古 朝鲜 土家
    哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙
    赫哲 门巴 珞巴 基诺 布依 高山 回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京 汉 各
    """
"""The peoples named in autonomous units' names (``通道侗族自治县``, ``延边朝鲜族自治州``,
``巴音郭楞蒙古自治州``), separated by spaces, longest first; ``各`` for ``各族``."""

ETHNIC_SUFFIX = "(?:(?:" + "|".join(PEOPLES.split()) + ")族?)+"
"""The run of peoples' names ending an autonomous unit's stem, dropped in its short name."""

PLACEHOLDER = r"^某|[XxＸｘ×*＊○□_＿]"
"""A name standing for no unit in particular: ``XX镇``, ``**县``, ``某街道``, ``○○乡``."""

NOT_DIVISIONS = frozenset(
    {
        "省",
        "市",
        "县",
        "区",
        "旗",
        "镇",
        "乡",
        "乡镇",
        "街道",
        "自治区",
        "自治州",
        "自治县",
        "国务院",
        "中央人民政府",
    }
)
"""Words that name a kind of government, not one unit."""

PARENT_KIND_CUE = r"([县区旗])委[、和与及]?\1?政府"
"""``区委区政府``, ``县委、县政府``: the kind of unit above a township report's government."""

COMMON_WORDS = """
    合作 和平 资源 共和 解放 工农 友好 前进 和政 振兴 新建 新兴 平和 新和 安定 方正 友谊
    和安 富裕 大城 公安 安居 宏伟 惠民 复兴 港口 同心 兴国 平安 政和 大安 富民 太平 光明
    延长 爱民 大新 乐业 同德 大通 惠农 青山 红旗 东方 同仁 平原 民权 海港 兴和 安宁 兴业
    会同 大关 市中 城中 南部 新民 新安 新城 比如 裕民 新市 长治 大同 城关 新华 长安 东风
    向阳 朝阳 城北 城东 城西 市北 市南 白云 东湖 西湖 南湖 北湖 江北 江南 河东 河西 桥东
    桥西 铁西 铁东 古城 老城 中原 江城 山城 龙湖 金山 南山 西山 东山 清水 永丰 长丰 太和
    永和 永宁 长宁 大方 开远 红河 海城 龙华 安康 长寿 吉利 万山 千山 江山 天长 万年 普洱 龙井
    城区 郊区 矿区 新城区 老城区 城中区 市中区 城关区
    """
"""Short names of prefectures and counties that are also ordinary words or directions
(``合作``, ``和平``, ``资源``, ``城关``, ``河东``), separated by spaces: most occur dozens of
times in the State Council's reports as words, not places, so a text saying them names no
parent.  Full names count, except those that are words too (``城区``, ``郊区``, ``矿区``)."""


TRADITIONAL_PAIRS = (
    "叢丛 嚴严 臨临 麗丽 舉举 麼么 義义 烏乌 樂乐 喬乔"
    " 習习 書书 雲云 亞亚 親亲 僕仆 侖仑 倉仓 眾众 優优"
    " 傘伞 偉伟 傳传 倫伦 侶侣 側侧 僑侨 儉俭 傾倾 兒儿"
    " 兌兑 兗兖 蘭兰 茲兹 養养 內内 岡冈 冊册 馮冯 衝冲"
    " 況况 凍冻 淨净 涼凉 淩凌 鳳凤 鳬凫 憑凭 凱凯 氹凼"
    " 劉刘 則则 剛刚 創创 劍剑 剝剥 勸劝 勁劲 勻匀 華华"
    " 協协 單单 盧卢 臥卧 卻却 廳厅 厲厉 厙厍 廂厢 廈厦"
    " 參参 雙双 敘叙 疊叠 葉叶 嚮向 呂吕 嗎吗 啓启 吳吴"
    " 哢咔 嚀咛 鹹咸 響响 啞哑 噲哙 喚唤 迴回 團团 園园"
    " 圍围 圇囵 圖图 圓圆 聖圣 塊块 堅坚 壇坛 壩坝 塢坞"
    " 墳坟 壟垄 壚垆 壘垒 墾垦 坰垧 墊垫 埡垭 墶垯 壋垱"
    " 堖垴 塹堑 牆墙 壯壮 聲声 殼壳 壺壶 備备 復复 誇夸"
    " 夾夹 奪夺 奮奋 奧奥 媽妈 嫗妪 薑姜 婁娄 媧娲 孫孙"
    " 寜宁 寶宝 審审 憲宪 宮宫 寬宽 賓宾 尋寻 導导 壽寿"
    " 爾尔 塵尘 堯尧 屬属 嶼屿 崗岗 峴岘 嶴岙 嵐岚 島岛"
    " 嶺岭 嶽岳 巋岿 嶨峃 嶧峄 嶠峤 巒峦 嶗崂 峽崃 嶮崄"
    " 崳嵛 嶁嵝 鞏巩 帥帅 師师 幃帏 帳帐 簾帘 帶带 幫帮"
    " 莊庄 慶庆 廬庐 庫库 應应 廟庙 龐庞 異异 彌弥 彎弯"
    " 當当 彥彦 徑径 徠徕 懷怀 惱恼 悅悦 慣惯 戲戏 戰战"
    " 揚扬 撫抚 拋抛 搶抢 擁拥 攔拦 撥拨 掛挂 揮挥 撈捞"
    " 換换 攜携 攝摄 擺摆 搖摇 齋斋 鬥斗 無无 暘旸 曇昙"
    " 顯显 晉晋 曬晒 曉晓 暉晖 術术 樸朴 雜杂 權权 楊杨"
    " 傑杰 極极 樅枞 樞枢 棗枣 梘枧 棖枨 楓枫 柵栅 棧栈"
    " 棟栋 櫟栎 欄栏 樹树 棲栖 樣样 欒栾 椏桠 橋桥 樺桦"
    " 檜桧 夢梦 檢检 欏椤 樓楼 欖榄 橫横 櫻樱 歡欢 歐欧"
    " 畢毕 氣气 匯汇 漢汉 湯汤 瀋沈 溝沟 灃沣 漚沤 瀝沥"
    " 淪沦 滄沧 溈沩 滬沪 瀧泷 濾泸 濼泺 潑泼 澤泽 涇泾"
    " 灑洒 窪洼 淺浅 漿浆 湞浈 溮浉 測测 澮浍 瀏浏 渾浑"
    " 滸浒 濃浓 潯浔 塗涂 湧涌 濤涛 澇涝 淶涞 漣涟 潿涠"
    " 渦涡 溳涢 渙涣 潤润 澗涧 澱淀 淵渊 淥渌 瀆渎 澠渑"
    " 溫温 遊游 灣湾 濕湿 漵溆 滾滚 灄滠 滿满 灤滦 濱滨"
    " 灘滩 灕漓 瀠潆 瀟潇 瀲潋 濰潍 潛潜 瀾澜 瀨濑 燈灯"
    " 靈灵 竈灶 煬炀 爐炉 煉炼 爛烂 煙烟 煩烦 燒烧 熱热"
    " 煥焕 愛爱 爺爷 犛牦 犢犊 狀状 猶犹 獨独 獅狮 獵猎"
    " 豬猪 貓猫 獻献 璣玑 瑪玛 環环 瑉珉 瓏珑 琿珲 璉琏"
    " 瑣琐 瓊琼 瑤瑶 璦瑷 甕瓮 甌瓯 畫画 暢畅 疇畴 盞盏"
    " 監监 蓋盖 盤盘 磯矶 礬矾 碭砀 碼码 磚砖 硯砚 礱砻"
    " 礎础 碩硕 硤硖 磽硗 確确 鹼硷 磧碛 堿碱 禮礼 禎祯"
    " 祿禄 禪禅 離离 禿秃 稱称 穩稳 窯窑 窩窝 竇窦 競竞"
    " 篤笃 筍笋 筆笔 筧笕 簹筜 簡简 簀箦 籮箩 簍篓 籬篱"
    " 類类 粵粤 緊紧 纍累 紅红 縴纤 緯纬 純纯 納纳 縱纵"
    " 綸纶 紡纺 綫线 練练 細细 終终 紹绍 絨绒 繞绕 絳绛"
    " 絡络 綉绣 綏绥 績绩 緒绪 綺绮 綽绰 繩绳 維维 綿绵"
    " 綢绸 綠绿 緞缎 緱缑 緣缘 縉缙 縫缝 纏缠 縹缥 羅罗"
    " 羨羡 聶聂 聰聪 肅肃 腸肠 膚肤 勝胜 臚胪 膠胶 脈脉"
    " 腦脑 腳脚 脫脱 臘腊 膩腻 騰腾 緻致 輿舆 捨舍 艤舣"
    " 艷艳 藝艺 薌芗 蕪芜 蘆芦 蕓芸 葦苇 萇苌 蒼苍 蘇苏"
    " 蘋苹 荊荆 蕎荞 蕩荡 榮荣 滎荥 蔭荫 萊莱 蓮莲 鶯莺"
    " 蒓莼 蘿萝 蕭萧 薩萨 蔥葱 蔣蒋 蔞蒌 藍蓝 薊蓟 鎣蓥"
    " 藺蔺 蘄蕲 蘊蕴 藪薮 虯虬 蝦虾 蟻蚁 螞蚂 蠶蚕 蜆蚬"
    " 蠻蛮 蟬蝉 補补 裝装 褳裢 觀观 覓觅 視视 覽览 覺觉"
    " 譽誉 讓让 記记 講讲 訥讷 許许 論论 訪访 訶诃 詔诏"
    " 試试 詩诗 誠诚 諸诸 諾诺 課课 調调 談谈 誼谊 謀谋"
    " 諶谌 諫谏 諧谐 謨谟 謝谢 謙谦 譚谭 譙谯 譜谱 貝贝"
    " 貞贞 貢贡 賢贤 賁贲 貴贵 賀贺 賈贾 賚赉 賒赊 賦赋"
    " 賜赐 賡赓 賴赖 賽赛 贊赞 贈赠 贛赣 趙赵 趕赶 躍跃"
    " 蹤踪 軒轩 轉转 輪轮 轟轰 軻轲 軸轴 軹轵 軫轸 輕轻"
    " 載载 轎轿 輔辅 輦辇 輝辉 輞辋 輻辐 輯辑 轅辕 轄辖"
    " 闢辟 邊边 遼辽 遷迁 過过 邁迈 還还 遠远 連连 遲迟"
    " 逕迳 跡迹 適适 選选 遜逊 遞递 邏逻 遙遥 鄧邓 鄔邬"
    " 郵邮 鄒邹 鄴邺 鄰邻 鬱郁 郤郄 郟郏 鄭郑 鄆郓 酈郦"
    " 鄖郧 鄲郸 釀酿 釋释 鑒鉴 針针 釗钊 釣钓 釵钗 鍾钟"
    " 鈐钤 欽钦 鈞钧 鈎钩 鈺钰 錢钱 鉗钳 鉢钵 鈸钹 鈴铃"
    " 鉛铅 鐸铎 鐺铛 銅铜 鏵铧 銘铭 鋪铺 鎖锁 鍋锅 鋒锋"
    " 鋅锌 錯错 鑼锣 錦锦 鍔锷 鍬锹 鎂镁 鏞镛 鏡镜 鐔镡"
    " 鐮镰 鑲镶 閃闪 閆闫 闖闯 閑闲 閔闵 閘闸 鬧闹 聞闻"
    " 閩闽 閭闾 閣阁 閬阆 閶阊 閻阎 闊阔 闕阙 闞阚 際际"
    " 陸陆 隴陇 陳陈 陘陉 陝陕 隨随 隱隐 雋隽 霧雾 霽霁"
    " 靜静 韋韦 韓韩 韜韬 韻韵 頁页 頂顶 頃顷 順顺 須须"
    " 顧顾 頓顿 頌颂 頗颇 頸颈 頡颉 潁颍 顆颗 顓颛 顔颜"
    " 顙颡 風风 飯饭 飲饮 饒饶 館馆 饅馒 馬马 馱驮 馴驯"
    " 馳驰 驅驱 駟驷 駒驹 駐驻 駝驼 駕驾 驛驿 驕骄 驊骅"
    " 駱骆 驪骊 駿骏 騎骑 騾骡 驥骥 魚鱼 魯鲁 鮁鲅 鮎鲇"
    " 鮓鲊 鮑鲍 鮦鲖 鮜鲘 鮮鲜 鱘鲟 鯉鲤 鯨鲸 鯵鲹 鰲鳌"
    " 鱗鳞 鳥鸟 鳩鸠 雞鸡 鳴鸣 鷗鸥 鴉鸦 鸕鸬 鴨鸭 鴦鸯"
    " 鴛鸳 鷥鸶 鴿鸽 鸞鸾 鴻鸿 鵑鹃 鵠鹄 鵝鹅 鵡鹉 鵲鹊"
    " 鵬鹏 鶚鹗 鶿鹚 鶴鹤 鸚鹦 鷲鹫 鷺鹭 鷹鹰 黃黄 齊齐"
    " 齒齿 齡龄 龍龙 龔龚 龕龛 龜龟 歷历 寧宁 鉤钩 顏颜"
    " 啟启"
)
"""Traditional → simplified for the characters of division names that
:data:`govreport.data.traditional.TRADITIONAL_TO_SIMPLIFIED` does not cover (``貢``, ``贛``,
``烏``, ``蘇``, ``灣``): each pair is a traditional character and its simplified form, as the
standard character lists give them for every character of the Ministry's names; left out
are the characters that are themselves simplified forms in names (``乾安县``) and the pairs
where one simplified character stands for several words (``著``, ``製``, ``徵``)."""
