"""Traditional characters the extractor reads, mapped one to one to simplified.

Only characters that occur in figures, units, qualifiers and change words
(萬億, 個百分點, 小時, 分鐘, 增長, 收縮 …) and are unambiguous; the mapping keeps
every offset, so it is applied inside `numbers.normalize`.
"""

from __future__ import annotations

_PAIRS = (
    # numerals and magnitudes
    "萬万 億亿 兩两 負负 廿廿 點点 幾几 餘余 貳贰 參叁 陸陆 "
    # units and counters
    "個个 噸吨 釐厘 畝亩 項项 輛辆 臺台 張张 條条 間间 棟栋 戶户 隻只 頭头 筆笔 場场 "
    "屆届 類类 種种 圓圆 門门 歲岁 週周 層层 號号 雙双 對对 輪轮 線线 級级 標标 準准 "
    "時时 鐘钟 裡里 噸吨 瓦瓦 車车 艙舱 節节 盤盘 億亿 幣币 蘭兰 鎊镑 盧卢 韓韩 爾尔 "
    "倫伦 澳澳 港港 萊莱 臺台 鈔钞 價价 額额 據据 廠厂 網网 區区 縣县 鎮镇 鄉乡 "
    "擔担 斤斤 桶桶 總总 產产 進进 貨货 續续 計计 營营 發发 電电 數数 屬属 購购 銷销 "
    "費费 資资 貸贷 儲储 險险 較较 漲涨 減减 跌跌 長长 縮缩 擴扩 劇剧 穩稳 億亿 達达 "
    "約约 將将 為为 與与 來来 東东 國国 內内 後后 於于 紀纪 歷历 議议 務务 業业 "
    "輸输 運运 勞劳 動动 溫温 災灾 傷伤 難难 醫医 學学 師师 員员 億亿 門门 "
    "環环 別别 過过 實实 現现 經经 濟济 預预 測测 調调 報报 幅幅 升升 跌跌 漢汉 連连 衝冲 "
    # 塊 is 块: a coin in Taiwan's prices (每公升33塊), a piece elsewhere, read as 块 is
    "塊块 顆颗 "
    # Taiwan's count of stocks (占了8檔, 3檔個股), as 档 counts shows
    "檔档 "
    # a plan ahead (OPEC+計劃11月再增產: the coming November, as 计划 reads)
    "劃划 "
    # the euro (15億歐元): 歐 stands in 歐元, 歐洲, 歐盟, read alike in either script
    "歐欧 "
    # a ship's deadweight (6.4萬載重噸): 載 stands in 載重, 記載, 下載, read alike in either script
    "載载 "
    # 爲 is the older form of 為 (漲幅爲1.21%)
    "爲为 "
    # units of energy and measure: 每百萬英熱單位 (natural gas), 千瓦時 is 時 above
    "熱热 單单 "
    # temperatures and distances written in Hong Kong and Taiwan (攝氏37度, 70華氏度, 3公裏, 1英裏; 裏 is 里 as 裡 is)
    "攝摄 裏里 華华 "
    # the gallon (3加侖): 侖 is in no other word a figure stands beside
    "侖仑 "
    # a currency named after a sum (1420億新謝克爾; 納 stays: 3納米製程 is a process node, no length)
    "謝谢 "
    # results wording: a loss is read as one in either script (股東應佔虧損收窄…至5249萬元)
    "虧亏 損损 淨净 應应 佔占 權权 揚扬 頃顷 "
    # the rest of results words whose other characters are mapped (業績, 淨利潤, 歸屬): half-mapped, neither spelling matched
    "績绩 潤润 歸归 "
)

TRADITIONAL: dict[str, str] = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        TRADITIONAL[_pair[0]] = _pair[1]

# Dot variants a decimal point is typeset with in Hong Kong and Macao releases
# (2﹒5% with the small full stop U+FE52, the one-dot leader U+2024): read as "."
# through the same one-to-one map, so offsets still hold.
DECIMAL_DOTS = {"\ufe52": ".", "\u2024": "."}
TRADITIONAL.update(DECIMAL_DOTS)
