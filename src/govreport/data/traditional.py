"""Traditional characters → simplified, for the vocabulary of indicators and figures.

Not a general converter: only the characters that occur in the indicator names, verbs and
period words govreport matches, collected from the national reports of the 1950s (繁體字 on
Wikisource: ``工業總產值``, ``糧食產量``, ``鋼產量達到``, ``增長百分之三十六點九``).  One
character for one, so that folding keeps every offset.
"""

from __future__ import annotations

PAIRS = (
    "業业 產产 産产 總总 農农 鋼钢 鐵铁 糧粮 織织 紗纱 電电 機机 車车 輛辆"
    " 噸吨 畝亩 萬万 億亿 資资 設设 築筑 財财 稅税 銷销 貨货 運运 輸输 價价"
    " 經经 濟济 國国 營营 額额 費费 廠厂 礦矿 發发 積积 種种 麥麦 豐丰 個个"
    " 職职 員员 數数 學学 醫医 衛卫 區区 縣县 鎮镇 鄉乡 級级 務务 計计 劃划"
    " 統统 長长 進进 較较 減减 漲涨 達达 實实 現现 約约 餘余 來来 幾几 兩两"
    " 體体 點点 與与 為为 從从 專专 項项 質质 準准 標标 戶户 勞劳 動动 歲岁"
    " 預预 決决 虧亏 損损 儲储 銀银 幣币 貿贸 對对 勢势 變变 規规 贏赢 鹽盐"
    " 絲丝 紙纸 糖糖 漁渔 牧牧 林林 畜畜 棉棉 護护 險险 將将 於于 後后 這这"
    " 們们 會会 議议 屆届 報报 告告 關关 開开 門门 問问 題题 時时 間间 頭头"
    " 節节 據据 歸归 場场 號号 張张 條条 隻只 臺台 台台 層层 處处 廣广 東东"
    " 陽阳 陰阴 隊队 軍军 黨党 興兴 線线 網网 聯联 貫贯 徹彻 執执 獲获 驗验"
    " 擴扩 壓压 縮缩 斷断 續续 繼继 買买 賣卖 購购 舊旧 紀纪 錄录 結结 構构"
    " 儀仪 範范 獎奖 勵励 強强 彈弹 藥药 飛飞 艦舰 災灾 負负 擔担 繳缴 跌跌"
    " 均均 率率 值值 量量 存存"
)
"""Space-separated pairs: a traditional character and its simplified form."""

TRADITIONAL_TO_SIMPLIFIED: dict[int, int] = {
    ord(pair[0]): ord(pair[1]) for pair in PAIRS.split() if pair[0] != pair[1]
}
"""``str.translate`` table."""
