"""Tables for the fact extractor: units, qualifiers, change words, traps.

Everything the extractor knows about Chinese news wording lives here so that a
new format is usually a one-line table change.
"""

from __future__ import annotations

import re

# bounds written before an estimate, kept together as one qualifier (不少于约, 最多约): one list with the
# value filters that read them as their bound
from store.search.qualified import BOUNDS_BEFORE_ESTIMATE as BOUNDS_BEFORE_ESTIMATE

# unit -> kind.  Matched longest-first right after a number.
CURRENCIES = [
    "元人民币", "人民币", "元", "美元", "美金", "欧元", "港元", "港币", "日元", "英镑", "韩元",
    "新台币", "台币", "卢布", "泰铢", "澳元", "澳币", "加元", "新加坡元", "瑞士法郎", "法郎",
    "卢比", "美圆", "圆", "越南盾", "林吉特", "比索", "里拉", "兰特", "雷亚尔", "印尼盾",
    "澳门元", "新西兰元", "迪拉姆", "块钱", "块", "毛钱", "美分", "欧分", "港仙",
    "澳门币",  # the pataca named after the sum (澳門博彩毛收入…達6.8億澳門幣: sealed42), the unit 澳门元
    "美仙",    # US cents as Hong Kong writes them (友邦每股盈利23.83美仙: sealed41)
    "人币",    # Hong Kong's shortening of 人民币 after a sum (燃油成本337億人幣: money, not 337亿 people — cov53)
    "块錢", "毛錢",   # 一塊錢, 五毛錢 (塊 is read as 块; 錢 stays as written: it is also Taiwan's gold weight, 每台錢)
    "分钱", "分錢",   # 每升上涨7分钱: a fen, named money by 钱 (分 alone is also a minute or a score)
    "仙",      # Hong Kong cents written alone: 每股盈利18仙 (Arabic digits only, see ARABIC_ONLY_UNITS)
    "角",      # a tenth of a yuan or NT dollar: 新台幣升值1.2角 (Arabic digits only: 三角, 八角 are words)
    "角钱", "角錢",   # 五角钱: 钱 says money, as after 毛
    # exchange-rate tables name the country first (人民币1元对0.59776马来西亚林吉特)
    "澳大利亚元", "加拿大元", "马来西亚林吉特", "俄罗斯卢布", "南非兰特", "阿联酋迪拉姆",
    "沙特里亚尔", "里亚尔", "匈牙利福林", "福林", "波兰兹罗提", "兹罗提", "丹麦克朗", "瑞典克朗",
    "挪威克朗", "克朗", "土耳其里拉", "墨西哥比索", "泰国铢", "新台币元",
    "印度卢比", "印度卢布", "奈拉", "尼日利亚奈拉", "马来西亚令吉", "令吉",
    # other currencies named after a sum (国防预算超过1420亿新谢克尔): without them the sum was read as 元
    # (not the short names that begin place names after a numeral: 之一基普努克, 一列伊朗列车)
    "新谢克尔", "谢克尔", "舍客勒", "埃及镑", "埃镑", "坚戈", "格里夫纳", "第纳尔", "马纳特", "先令", "披索", "纽元",
    "韩圜",
    # ISO codes after the sum (募资2.5亿 USD, 售价1200 EUR): without them the sum was guessed 元
    "USD", "HKD", "EUR", "RMB", "CNY", "JPY", "GBP",
]
# percent: value always in percent (6.39‰ → 0.639, 三成 → 30), unit "%"
PERCENT_UNITS = ["%", "‰", "‱", "成",
                 "个百分比", "個百分比",   # 民望淨值為負四個百分比: a percentage written out (Hong Kong and Macao polls)
                 "折"]   # a price at a discount: 打七折 is 70 % of the list price, 七五折 75 % (value_adjust)
# percentage points: value in points (41个基点 → 0.41), unit as written
# (per-mille points of a ‰ rate: 下降0.75个千分点 → 0.075)
POINTS_UNITS = ["个百分点", "百分点", "个百份点", "百份点", "个千分点", "千分点", "个基点", "基点", "个基本点", "基本点",  # 基本點: Taiwan
                "个BP", "BP", "BPs", "bp", "bps", "个bp",
                "点子", "个点子"]    # 點子: Hong Kong basis points (毛利率按年跌186點子 → 1.86, 按年升34個點子 → 0.34)
# power of ten a unit applies to its number to give the stored value
UNIT_SCALE: dict[str, int] = {"‰": -1, "‱": -2, "成": 1, "个千分点": -1, "千分点": -1,
                              **{u: -2 for u in POINTS_UNITS if "分点" not in u and "份点" not in u}}
MULTIPLE_UNITS = ["倍"]
DURATION_UNITS = [
    "年", "周年", "个月", "天", "小时", "个小时", "分钟", "秒", "周", "个星期", "星期", "个季度", "季度",
    "个工作日", "工作日", "个工作天", "工作天", "个交易日", "交易日", "个报告周期", "报告周期", "昼夜", "日",
    "个年度", "个财年", "个財年", "个半年度",       # 5个年度, 5個財年 (Hong Kong budgets), 第10个半年度
    "毫秒", "微秒", "纳秒",
    "秒钟", "钟头", "个钟头",   # 十三秒钟, 17钟头, 35,000个钟头: the unit as written (钟头 is an hour)
    "晚",      # nights of a stay: 平均逗留時間為3.1晚 (Arabic only; 晚上, 晚会 are words)
    "ms",      # milliseconds (时延10ms), Arabic only
    "载",      # years in a commemoration (75载风雨兼程, 走過七十載: sealed37, sealed38; 载人, 载货 are no years)
]
QUANTITY_UNITS = [
    "公斤", "千克", "克", "毫克", "微克", "吨", "斤", "市斤", "公里", "千米", "米", "厘米", "毫米", "公分",
    "海里", "英里", "平方米", "平方公里", "平方千米", "平米", "方米", "立方米", "方", "亩", "公顷", "升",
    "毫升", "公升", "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "伏", "千伏", "赫兹", "摄氏度", "℃",
    "°C", "度", "岁", "周岁", "马力", "分贝", "标箱", "标准箱", "个标准箱", "桶", "立方",
    "kg", "KG", "km", "KM", "cm", "CM", "mm", "MM", "m²", "m³", "km²", "cm²", "mm²", "cm³", "m2", "m3", "km2", "㎡", "㎞", "m", "t", "g", "GW", "MW", "kW",
    "KW", "kWh", "GWh", "TWh", "mAh", "GB", "TB", "MB", "KB", "PB", "Hz", "GHz", "nm", "TEU", "Teu", "FEU",   # (649万Teu: the case as written; 美元/FEU, the forty-foot box: cov54)
    "英寸", "英尺", "立方英尺", "平方英尺", "微米",
    # Fahrenheit, and Celsius written with a degree sign after the scale's name (37摄氏°, 70华氏度, 70°F);
    # inches and feet in Hong Kong and Taiwan (4英吋, 四吋, 8呎; simplified Hong Kong news writes square feet 方尺)
    "华氏度", "华氏°", "摄氏°", "°F", "℉", "英吋", "吋", "英呎", "呎", "平方呎", "方呎", "平方尺", "方尺",   # (a bare ° is an angle or a latitude: 北纬53°)
    # Taiwan's metric names (公噸 is the metric ton, 公尺 the metre, 瓩 the kilowatt, 公秉 the kilolitre)
    "公吨", "公尺", "平方公尺", "立方公尺", "公克", "公秉", "瓩", "千瓩", "纳米", "皮米", "光年", "克拉", "毫克/千克", "微克/立方米", "微克",
    # a short ton (Comex's warehouses: 總量突破50萬短噸 — cov54; read without it, the 50万 was money) and a long ton
    "短吨", "长吨",
    "拍字节", "艾字节", "太字节", "PB", "EB", "千字节", "字节", "千比特", "比特",
    "mg/kg", "mg/L", "mg", "μg/m³", "ml", "mL",
    # compound units are one unit: coal-equivalent tonnes are not tonnes
    "吨标准煤", "吨标煤", "千克标准煤", "公斤标准煤", "克标准煤", "标准煤", "吨油当量", "桶油当量", "公秉油当量", "公升油当量", "公秉油當量", "公升油當量",   # Taiwan (當 is left unmapped: 當年)
    "千克标煤", "公斤标煤", "克标煤",     # 10.62千克标煤/吨: the short form is the same compound (10.62 千克 of nothing)
    "吨二氧化碳当量", "吨公里", "人公里", "兆瓦时", "吉瓦时", "太瓦时", "千瓦时", "度电", "载重吨", "修正总吨", "自然箱", "标准立方米",
    "千伏安", "兆伏安", "伏安", "kVA", "MVA",      # apparent power: 4万千伏安 is no voltage
    "英热单位", "百万英热单位", "盎司", "磅", "蒲式耳", "千焦", "千卡", "兆焦",
    "兆焦耳", "千焦耳", "焦耳",   # the joule written in full (煤气销售量达29,049百万兆焦耳: sealed42), not cut to 兆焦
    "坪",      # Taiwan's floor area (3.3 m²): 每坪單價…萬元, 35坪 (草坪 holds no numeral)
    "台两",    # a Taiwan tael of gold (37.5 g): 10台兩黃金 is no count of 10 台
    "台钱", "台錢",   # its tenth (3.75 g): 最少1台錢即可下單 is no count of 1 台
    "台斤", "市斤",   # Taiwan's catty (600 g) and the mainland's market catty (500 g): 90市斤茶叶 is no count of 90 市
    "点",      # index points (上证指数报4049.29点); times of day are filtered in facts._index_point
    "环",      # a shooting score (以240.9环的成绩); Arabic only: 二环, 五环 are roads and rings
    "电子伏特", "电子伏",      # 能量高于1亿亿电子伏特: an energy
    "高斯",    # a magnetic field: 45.22万高斯 is no count
    # volumes as the peers and product news write them: 3加仑, 2L, 250cc (Arabic only: L and cc)
    "加仑", "L", "cc",
    "两",      # the tael (50 g): 三十两, 1234两, 二两白酒 — only before what UNIT_ONLY_BEFORE names
    "両",      # the tael as Hong Kong's gold trade writes it (買入4両, 金條重5両: found30); never the numeral two
]
COUNT_UNITS = [
    "个", "家", "起", "名", "人", "人次", "人口", "位", "辆", "台", "项", "件", "条", "座", "所",
    "处", "户", "只", "头", "张", "份", "套", "批", "种", "类", "场", "场次", "次", "例", "篇",
    "部", "支", "株", "棵", "艘", "架", "列", "栋", "幢", "间", "枚", "颗", "朵", "本", "册", "轮",
    "款", "层", "道", "根", "首", "封", "单", "笔", "宗", "幅", "对", "双", "节", "集", "门",
    "人份",    # 抗原检测试剂5.51亿人份, 日产能6000万人份: kits or doses, one per person — no head count (sealed41)
    "余人", "票", "粒", "盒", "箱", "袋", "瓶", "包", "架次", "班", "趟", "片", "块",
    "口", "匹", "尾", "盏", "所学校", "段", "圈",
    "股", "手", "章", "盘", "省份", "省区市", "省市", "省区", "省", "国",
    "辆次", "车次", "艘次", "班次", "航次", "户次", "件次", "种次",
    # bare nouns counted without a classifier: 三省一区, 两城市, 一批次
    "城市", "批次", "区县", "行政区", "市", "区", "县", "地市", "市州",
    "县区", "县市", "市县", "乡镇", "镇", "乡",   # 8县区, 全县六乡两镇: the units a county or town is made of
    "城",      # 70个大中城市中有27城…上涨 (Arabic only; 城乡, 城镇, 城区 are words)
    "标准机架", "机架",   # 数据中心机架总规模超过105万标准机架: racks (not sums of money: 规模 names no money)
    "枝",      # 上市20万枝马蹄莲: stems (Arabic only: 一枝独秀)
    # sets of pieces and departments are counted whole: 200多件套文物, 八部门
    "件套", "部门",
    # salutes fired: 鸣礼炮21响; shows and programmes: 超过500档IP节目
    "响", "档",
    # Hong Kong's count of flats (私人住宅落成量為3115伙; Arabic only: 一伙人, 伙伴, 伙食 are words)
    "伙",
    # doses given: 接种疫苗275万剂次, 接種流感疫苗120萬劑次
    "剂次", "劑次",
    # nouns counted bare: 8方面重点任务, 3大类劳动密集型产品, 双向四车道
    "方面", "大类", "车道",
    # bodies and remains: 移交1212具遗体, 发现3具遗骸 (具有, 具体, 具备 are words)
    "具",
    # containers as Hong Kong counts them (540万标准货柜单位, 191万个标准柜, 119.7萬個標準貨櫃: the sets' public
    # parts count them; normalising leaves 櫃)
    "标准货柜单位", "个标准货柜", "标准货柜", "个标准柜", "标准柜",
    "标准货櫃单位", "个标准货櫃", "标准货櫃", "个标准櫃", "标准櫃",
    # parts of a whole: 八部分30条政策举措, 由助推器和飞船两部分组成 (not 8 部 of 分: the longer unit wins)
    "部分",
    # hospital beds counted bare (每萬人病床數計105.3床，年減0.2床; 醫學中心達到1500床以上: cov51, none read before;
    # Arabic only, see ARABIC_ONLY_UNITS: 同床, 一床被子 are words)
    "床",
    # racks and pages counted bare (緯創去年出貨輝達5萬櫃AI伺服器, 翻阅了268页的财报: sealed43; Arabic only, see
    # ARABIC_ONLY_UNITS: 一柜子, 一页纸 are words too)
    "柜", "櫃", "页", "頁",
]
# points of an index written 个点 (日均指数提升25.4个点): index, unit as written
INDEX_UNITS = ["个点"]
# units that name the same thing as a shorter one: the analyst's unit is the short one
# (spoken coins: 一块钱 and 一塊錢 are 1 块, 五毛錢 5 毛 — 钱 says money, as 块 and 毛 alone do: the sets label 块, 塊, 毛)
UNIT_CANONICAL = {"元人民币": "元", "人民币": "元", "人币": "元", "人民币元": "元", "澳门币": "澳门元", "块钱": "块", "块錢": "块", "毛钱": "毛", "毛錢": "毛",
                  "角钱": "角", "角錢": "角", "分钱": "分", "分錢": "分", "个百分比": "%", "個百分比": "%",
                  # (个 counts the boxes, 标准箱 is the unit: 1849萬個標準箱 — sealed44; the sets label 标准箱 alone)
                  "个标准箱": "标准箱"}
# currencies a bare sum of money takes from its sentence (else 元)
BARE_MONEY_CURRENCIES = re.compile("美元|欧元|日元|港元|港币|英镑|卢布|韩元|澳元|加元|新台币|卢比|瑞士法郎")
# a unit written over another: 元/股, 美元/桶, 吨标准煤/万元 (the denominator may carry 万/亿/百万)
PER_UNITS = [
    "股", "桶", "加仑", "立方英尺", "公吨", "公尺", "平方公尺", "立方公尺", "公克", "日", "天", "年", "月", "季度", "周", "小时", "时", "分钟", "秒", "人", "户", "人次", "次",
    "亩", "公顷", "平方米", "平米", "平方公里", "立方米", "升", "毫升", "吨", "标吨", "千克", "公斤",
    "克", "斤", "两", "両", "钱", "錢", "台两", "台钱", "台錢", "盎司", "英两", "英兩", "安士", "磅", "蒲式耳", "加仑", "加侖", "千瓦时", "度", "千瓦", "瓦", "公里", "千米", "米", "盒",
    "瓶", "袋", "包", "件", "套", "张", "台", "辆", "头", "只", "箱", "间", "晚", "间夜", "床", "车次",
    "标准车次", "台斤", "市斤", "坪", "干吨", "湿吨", "吨公里", "人公里", "英热单位", "百万英热单位", "元", "美元", "人·年", "年·人", "人年",
    "kg", "t", "L", "mL", "ml", "m²", "m³", "kWh", "MWh", "MMBtu", "h", "d", "s", "份", "单", "例",
    "美担", "英担", "短吨", "长吨", "蒲式耳",   # a hundredweight of milk (美元/美担), tons of the trade
    # a trust's or a fund's unit, as REITs pay per it (每單位分派107.19港仙, 每基金單位分派141.47港仙 — sealed44)
    "单位", "基金单位", "信托单位", "基金單位", "信託單位", "單位",
]

UNIT_KIND: dict[str, str] = {}
for _u in COUNT_UNITS:
    UNIT_KIND[_u] = "count"
for _u in QUANTITY_UNITS:
    UNIT_KIND[_u] = "quantity"
for _u in DURATION_UNITS:
    UNIT_KIND[_u] = "duration"
for _u in MULTIPLE_UNITS:
    UNIT_KIND[_u] = "multiple"
for _u in PERCENT_UNITS:
    UNIT_KIND[_u] = "percent"
for _u in POINTS_UNITS:
    UNIT_KIND[_u] = "points"
for _u in CURRENCIES:
    UNIT_KIND[_u] = "money"          # 块 is money by default; see facts._classify
for _u in INDEX_UNITS:
    UNIT_KIND[_u] = "index"

# first char -> units sorted longest first (fast startswith lookup)
UNIT_INDEX: dict[str, list[str]] = {}
for _u in sorted(UNIT_KIND, key=len, reverse=True):
    UNIT_INDEX.setdefault(_u[0], []).append(_u)

# A unit is not a unit when it starts a word: 元旦, 人民, 升至 …
UNIT_NOT_BEFORE: dict[str, str] = {
    "元": "旦宵素首月代宇件器老年气帅",
    "载": "人体體货貨客重荷具入明波于於运運有着著满滿",
    "升": "至到级为高温势值百0123456789",     # 比去年同期四百○四亿升百分之四十五点八: a rise, not litres
    "米": "饭粒面兰",          # 2026米兰冬奥会: Milan, no 2026 metres
    "纳米": "比",              # 1921 纳米比亚: Namibia
    "处": "理",                # 麒麟 9000 处理器: a chip's model, no 9000 places (cov52)
    "處": "理",
    "克": "罗里什",            # 克罗地亚, 克里米亚, 克什米尔: places, no grams
    "人": "民才",
    "伙": "伴计食同房夫子",
    "坪": "山坝壩地村镇鎮",         # 坪山, 坪坝: places
    "度": "假过",
    "方": "面案式向法针位便正阵舱",
    "柜": "台员面子",            # 柜台, 柜员, 柜面: a counter, no racks
    "櫃": "台員面子檯",
    "页": "面码岩",              # 页面, 页码, 页岩: no pages
    "頁": "面碼岩",
    "单": "位元独项",
    "门": "槛户类店诊",
    "口": "岸号径罩",
    "头": "部条号等",
    "道": "路",
    "对": "于外接象标话我你他她它其此这那",     # 对我们, 对此: the preposition, not pairs
    "节": "能约点日目",
    "起": "来步草诉",
    "日": "前后内起至到",
    "天": "然津猫",          # 天然气, 天津, 天猫 (2018天猫双11 is no span of days)
    "周": "年边末期",
    "班": "子",
    "集": "团中体群聚成",
    "名": "义单称字",
    "响": "应應起亮声聲彻徹",
    "档": "案次期口位",          # 档案, 档次, 档期, 档口: words
    "晚": "上会會间間报報饭飯餐宴些于於点點霞年期安",
    "家": "庭属",          # 约13万家庭和商户: households, not 家 as a count word
    "首": "都府位批次个届家款席",
    "块": "头",
    "台": "阶階",          # 总量迈上6万亿台阶: a step reached, not machines
    "片": "区",
    "所": "有以在属得致",          # 减少约60億所致: caused by, no count of 所
    "本": "地市土届屆次年月周週期轮輪部金息",   # 本地, 本金, 本届: words with 本, no volumes
    "封": "闭",
    "票": "据房价",
    "包": "括装容",
    "股": "东份票权价市民本息指金改",
    "位": "数于",          # 两位数增长 is not two persons
    "手": "机段术续册工中里上下动臂枪套表艺法脚头",
    "盘": "子点中活面古踞查",
    "省": "市份级委政会长内外钱心力道",
    "国": "家企产内际籍民庆旗债有营务集",
    "章": "程法",
    "点": "名赞评击燃亮火",
    "市": "场民委政值长区级县属直辖内外民面",
    "区": "域别间块位划县市长委政内外",
    "县": "级城域委长市区政",
    "镇": "长委政级区域党江",        # 镇长, 镇区: words; 两镇 counts towns
    "乡": "村亲音愁土下镇里长委政级",    # 乡村, 乡镇 (乡镇 is read as a whole)
    "城市": "群圈化",
    "城": "乡鄉镇鎮区區际際市墙牆关關门門楼樓郊中内外建管投轨軌铁鐵",
    "仙": "人女子境界丹鹤桃草侠剑逝游",
    "环": "路线内外比境保节球评形岛状卫",    # 5环路, 环比, 环境, 八千多环卫工 …
    "个点": "赞评击位子",
    "具": "有体體备備",                     # 五个点位 (a count of 个)
    "折": "叠疊合旧舊算射返腾騰损損线線子页頁痕",   # 三折叠, 折合, 折旧, 折算 …: words, no discount
    "成": "长長",     # 較去年同期826.8萬成長10.5%: Taiwan's 成長 (growth) after a level, no tenths (cov50)
}

# a unit before a bound stays the unit even where the next character would make a word: 新建1000所以上优质高中
UNIT_BEFORE_BOUND: dict[str, tuple[str, ...]] = {"所": ("所以上", "所以下")}

# 日 before 内 is a count of days when the window closes the phrase or a verb follows it (之日起30日内作出决定,
# 须在60日内举行, 七日内有权退货, 60日内): 日内 opening a word stays out (日内瓦 Geneva, 3日内地新增: a day, then 内地)
DAY_WITHIN_NEXT = "完办辦作提支向有举舉将將予不未对對书書到按依审審决決答回发發送缴繳申报報公退须須应應必可即由结結召出"

# units that are units only before these (or before no Chinese character at all): 三十两, 二两白酒 are
# weights, 十万两岸, 三两个人, 一两年 are not
# (traditional text keeps 黃 and 銀: 買不到一兩黃金; a bound after it, 1兩以上的重量, is a weight too: sealed39)
UNIT_ONLY_BEFORE: dict[str, str] = {"两": "黄金银白酒茶肉米油的重左多黃銀以"}

# Chinese-number units that need an Arabic number (二度夺冠 is not 2 degrees).
ARABIC_ONLY_UNITS = {"度", "方", "口", "包", "片", "m", "t", "g", "单", "票", "班", "门", "柜", "櫃", "页", "頁",
                     "个基本点", "基本点",     # 一个中心、两个基本点 is a slogan; 17個基本點 a yield move
                     "点", "手", "股", "盘", "国", "章", "克朗", "环", "城", "枝",
                     "仙", "点子", "个点子",     # 八仙, 出点子, 三个点子: words
                     "角",             # 三角, 五角星, 八角: words; 升值1.2角 is money
                     "晚",             # 一晚, 两晚上: words or articles; 3.1晚 is a stay
                     "伙",             # 两伙人, 一伙: gangs; 3115伙 are flats
                     "伏",             # 三伏天, 危机四伏: a season and an idiom; 220伏 is a voltage
                     "L", "cc", "ms",
                     "床"}             # 105.3床 are beds; 同床, 起床 are words
# (大类 is counted in either script: 3大类劳动密集型产品, CPI的八大类商品, 10大类52项 — a count of
# categories, while a bare 三大/五大 naming a group is a trap)
# a class named by a magnitude and a unit after 个: 10个亿吨级大油田 (ten fields of the 亿吨 class; 两个亿 is spoken)
CLASS_AFTER_RE = re.compile(r"(?:吨|方|元|立方米|千瓦|千瓦时|标准煤)级")
# Count units that must not follow the lone numeral 一 (一个, 一家 are articles).
# Money/quantity/percent keep 一 (一吨, 一美元, 一成).
ONE_IS_ARTICLE_KINDS = {"count", "duration"}

CURRENCY_PREFIXES = ["US$", "HK$", "HKD", "USD", "RMB", "CNY", "EUR", "JPY", "GBP", "￥", "¥", "$", "€", "£", "₩"]

# qualifiers written before the number; longest first.  (qualifier, in_surface)
# (达, 达到, 高达, 仅, 连续 are no qualifiers: they bound nothing)
PRE_QUALIFIERS: list[tuple[str, bool]] = sorted([
    ("超过", True), ("超", True), ("逾", True), ("近", True), ("将近", True), ("接近", True),
    ("约", True), ("大约", True), ("约为", False), ("约合", False), ("大概", True), ("不到", True), ("不足", True),
    ("不超过", True), ("至少", True), ("最多", True), ("突破", False),
    ("不少于", True), ("≥", True), ("≤", True),
    ("跨过", False),                       # 产值跨过百亿元大关: a threshold crossed, as 突破 (sealed12, sealed18)
    # a level approached or aimed at (直逼百兆元大關, 總出超可能上看千億美元 — the sets label five 上看, two 直逼 so,
    # sealed12–sealed39): outside the surface, as 突破 is (逼近 keeps its 近 in the surface: builder.pre_qualifier)
    ("直逼", False), ("上看", False),
    # a threshold broken through, up or down, with Arabic digits too (營收衝破1000億元, 金價跌破2000美元,
    # 漲破每英兩3,800美元, 收益率下破2%): as 突破, outside the surface (the gold sets' calls); 破 alone stays
    # for bare magnitudes (打破3项纪录 breaks records)
    ("冲破", False), ("涨破", False), ("跌破", False), ("下破", False),
    ("升穿", False), ("跌穿", False),      # Hong Kong's words for the same (金價升穿4000美元, 恒指跌穿25000點)
    ("上", True), ("破", True), ("过", True), ("数", True), ("几", True), ("超过了", True), ("约有", False), ("不超", True), ("正负", True), ("±", True),
    ("不低于", True), ("不高于", True), ("低于", False), ("高于", False),
    # a limit a rule sets (费用不得超过总支出的10%, 期限最长不超过3年, 利率不得低于3.5%): the bound, never the
    # comparison 超过/低于 it negates, and no 不得 or 最长 left in the subject
    *((modal + verb, True) for modal in ("不得", "不应", "不能", "不宜", "不可", "最高不", "最长不", "最多不", "最低不",
                                         "最少不", "最短不", "最高不得", "最长不得", "最多不得", "最低不得", "最少不得")
      for verb in ("超过", "高于", "低于", "少于", "多于", "大于", "小于")),
    ("少于", True),       # Hong Kong releases: 書報、文具及禮品(上升少於0.05%)
    # a bound written as a comparison (PM2.5浓度大于75, 误差小于0.5, 不小于30): as 高于/低于, 不低于/不高于
    ("大于", False), ("小于", False), ("不大于", True), ("不小于", True),
    ("大于等于", True), ("小于等于", True), ("大于或等于", True), ("小于或等于", True),
    ("大于或者等于", True), ("小于或者等于", True),
], key=lambda x: len(x[0]), reverse=True)
# qualifiers written in several ways, stored one way
# (大约 stays as written: the sets label 大約/大约 so, sealed15, sealed18, sealed33, sealed35, sealed43 — it had been stored 约)
QUALIFIER_AS = {"约为": "约", "约有": "约", "约合": "约", "超过了": "超过",
                # a limit is its bound, however the rule words it (不得超过, 最长不超过: 不超过)
                **{modal + verb: bound for modal in ("不得", "不应", "不能", "不宜", "不可", "最高不", "最长不", "最多不",
                                                     "最低不", "最少不", "最短不", "最高不得", "最长不得", "最多不得",
                                                     "最低不得", "最少不得")
                   for verb, bound in (("超过", "不超过"), ("高于", "不高于"), ("低于", "不低于"), ("少于", "不少于"),
                                       ("多于", "不超过"), ("大于", "不大于"), ("小于", "不小于"))},
                "最高不超过": "不超过", "最长不超过": "不超过", "最多不超过": "不超过",
                # a bound with 或 (65岁或以上, Hong Kong's usual form; 五百或者更多) is the bound
                "或以上": "以上", "或者以上": "以上", "或以下": "以下", "或者以下": "以下", "或更多": "以上", "或者更多": "以上",
                # and with 及 (每周通邮五次及以上, 合同期限为3年及以上): the bound, as with 或
                "及以上": "以上", "及以下": "以下"}
BROKEN_THRESHOLDS = {"冲破", "涨破", "跌破", "下破", "升穿", "跌穿"}     # qualifiers of a figure read, never what makes one
QUALIFIERS_ONLY_FOR_BARE_MAG = {"上", "破", "过"}   # 上千家, 破万亿, 过亿: only before 千/万/亿 alone
VAGUE_QUALIFIERS = {"数", "几"}   # 数十家, 几万人: only before a round magnitude (十 too), figures._vague_read
POST_QUALIFIERS = sorted(
    ["以上", "以下", "左右", "以内", "之多", "上下", "开外", "（含）以上", "(含)以上", "有余", "多",
     "或以上", "或者以上", "或以下", "或者以下", "或更多", "或者更多", "及以上", "及以下"],
    key=len, reverse=True,
)

CHANGE_WORDS = sorted([
    "增长", "下降", "提升", "减少", "上涨", "下跌", "增加", "降低", "提高", "上升", "回落",
    "扩大", "缩小", "收窄", "攀升", "飙升", "激增", "跃升", "猛增", "增幅", "降幅", "涨幅",
    "跌幅", "增", "降", "涨", "跌", "升", "减", "下滑", "回升", "增速", "放缓", "缩减", "下调",
    "上调", "压降", "调升", "调降", "升值", "贬值", "走高", "走低", "下挫", "反弹", "大涨", "大跌",
    "暴涨", "暴跌", "上扬", "拉升", "翻番", "净增", "净减",
    "翻", "多", "少", "高", "低",
], key=len, reverse=True)
CHANGE_RE = re.compile("|".join(map(re.escape, CHANGE_WORDS[:-4])))  # skip 多/少/高/低 alone
# between a change word and its figure only these may stand (分别下降8.6%、7.2%)
CHANGE_GAP_RE = re.compile(r"^[了分别约达为近超逾仅均都的比同比环去年上了\s]*$")

MONEY_CONTEXT_RE = re.compile(
    "投资|金额|资金|收入|营收|产值|规模|销售额|成交额|交易额|融资|利润|税收|总额|贷款|存款|资产|"
    "GDP|生产总值|增加值|营业额|票房|市值|预算|支出|补贴|奖金|估值|出口(?!量)|进口(?!量)|外贸|总量|投入|"
    "消费|费用|成本|价值|罚款|赔偿|募集|募资|奖池|财政|债|基金|保费|营业|净利|亏损|盈利|订单|"
    "收益|款|薪|工资|价|售|额|套现|募|亏|赚|营收|市值|身家|钱|赤字|財政|获利|獲利|溢利|纯益|純益|盈余|盈餘|"
    "[业業][绩績]|"   # (a firm's results in bare 億: 2006年業績就突破百億)
    "[岁歲][入出]|差短|"   # (a budget's revenue, spending and shortfall in bare 億: 歲入編列2兆8623億, 差短1727億 — sealed42)
    "[结結][余餘]"   # (a government's operating balance in bare 亿: 特区政府录得运作结余194.8亿 — sealed43)
)

# a loss carried from the clause before: 中油已連6年虧損，去年高達91億 — the sum's clause names only its period and a
# reach verb, so it is money (bare.money_context) and the loss the clause before ends on (figures._sign; sealed43);
# a clause naming a measure of its own is not
LOSS_CARRIED_RE = re.compile(r"(?<![减扭止增转轉])(?:亏损|虧損)\s*[，,]\s*"
                             r"(?:去年|今年|前年|上年|全年|上半年|下半年|前三季|首季|单季|單季|本季|上季|当年|當年|同期|"
                             r"(?:19|20)\d{2}年|第[一二三四1-4１-４]季度?)"
                             r"(?:则|則|也|亦|更|仍|已|已经|已經)?(?:高达|高達|达到|達到|达|達|为|為|约|約|近|超过|超過|超|逾)*\s*$")

RANK_SCOPES = sorted([
    "全国", "全球", "世界", "全省", "全市", "全区", "西部", "东部", "中部", "西南", "东北",
    "行业", "国内", "亚洲", "全网", "同类", "全行业", "中西部", "榜单", "全世界", "国际",
], key=len, reverse=True)
RANK_VERBS = ["排名", "位居", "居", "位列", "排", "列", "名列", "跻身", "跃居", "升至", "保持"]
RANK_NOT_BEFORE = "批届次期个家轮阶部条章款项书时代位年季方纪"   # (第四纪: a geological period)   # 全国第一批, 第一方阵, 第三方: labels   # 全国第一批 is a label
# an ordinal with one of these measure words is a rank counted in it (第57次 → 57 次, 第八批 → 8 批);
# 第一方阵 / 第三方 / 第一时间 / 第二季度 / 第三代 stay labels or periods
ORDINAL_MEASURES = sorted(["个月", "个季度", "航次", "次", "批", "届", "期", "个", "家", "轮", "枚", "口", "条", "座", "艘", "场",
                           "所", "架", "台", "步", "笔", "节段", "航段", "年", "波", "度", "个半年度", "颗"], key=len, reverse=True)
# a measure that names a clause of a law or a tier word, not an ordinal count
# (第2个交易日, 第3个年头: no ordinal count; 第三個原因, 第二个方面: a speaker's points enumerated, labels)
ORDINAL_NOT_AFTER = ("规定", "明确", "指出", "之规定", "款", "项", "梯队", "方阵", "代",
                     "星期", "小时", "交易日", "工作日", "年", "度",
                     "原因", "理由", "因素", "方面", "特点", "特點", "层面", "層面")
# ordinals of time (连续第3个月): what they count is no noun after them
ORDINAL_TIME_MEASURES = ("个月", "个季度", "个半年度")

PERIOD_PATTERN = (
    r"(?:今年|去年|明年|前年|全年|上年)?(?:前[一二三四1-4]季度|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|"
    r"前\d{1,2}个?月|前[一二三四五六七八九十]{1,2}个?月|\d{1,2}[-—~至到]\d{1,2}月|\d{1,2}月份)"
    r"|今年以来|今年|去年|明年|前年|全年|上年|近[一二三四五六七八九十\d]+年|[一二三四五六七八九十\d]+年来"
    r"|“?十[一二三四五]五”?(?:期间|时期)"
)

# words whose numeral characters are not figures (the numeral run is dropped when
# the fact surface lies inside an occurrence)
TRAP_WORDS = [
    "一网通办", "一件事", "一对一", "一体化", "新一代", "零部件", "一切", "一看", "四川", "千里",
    "万里", "千万别", "一带一路", "五角大楼", "十八大", "十九大", "二十大", "二十一大", "三只松鼠",
    "七匹狼", "五家渠", "七台河", "三台县", "九台", "两头", "一二三产业", "三大运营商", "四个意识",
    "四个自信", "四个全面", "两个确立", "两个维护", "三个代表", "五位一体", "两个大局", "两个结合",
    "三个务必", "四个革命", "三大攻坚战", "一码通办", "十万火急", "千家万户",
    "百万人才", "三农", "两会", "百分百", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
    "双十一", "十一假期", "十一黄金周", "五一假期", "五一劳动节", "六一儿童节", "八一建军节",
    "三八妇女节", "一把手", "二把手", "一站式", "一揽子", "一系列", "一次性", "十项全能",
    "五星级", "四星级", "三星级", "一审", "二审", "三甲医院", "二级", "三级", "一级",
    "三峡", "五粮液", "九寨沟", "六盘水", "十堰", "三亚", "三明", "万州", "千岛湖", "百色",
]
_TRAP_FIRST = "".join(sorted({w[0] for w in TRAP_WORDS} | set("届一二三四五六七八九十0123456789")))
TRAP_RE = re.compile(
    f"(?=[{_TRAP_FIRST}])(?:" + "|".join(map(re.escape, sorted(TRAP_WORDS, key=len, reverse=True)))
    + r"|届[一二三四五六七八九]中全会|[一二三四五六七八九十]+次(?:全体)?会议"
    + r"|(?<![\d.])[0-9]0后|(?<![\d.])00后|十[一二三四五]五)"
)

# a number glued to ASCII letters is a model number or code (M8, 5G, B12)
ASCII_LETTER = re.compile(r"[A-Za-z_]")

OPEN_QUOTES = "“‘「『《\"'"
CLOSE_QUOTES = "”’」』》\"'"

# clause and sentence boundaries (on the original text)
CLAUSE_SPLIT_RE = re.compile(r"[，。；！？;!?\n：]|(?<!\d),|,(?!\d{3})|(?<!\d):|:(?!\d)|——")
SENTENCE_SPLIT_RE = re.compile(r"[。；！？;!?\n]")

# subject clean-up
SUBJECT_LEAD_RE = re.compile(
    r"^(?:今年以来|今年|去年|目前|当前|截至目前|截至|同时|其中|此外|另外|全年|当天|近年来|以来|"
    r"累计|共计|合计|已经|已|共|总共|重庆市|重庆|全市|全国|全省|全区|我国|我市|本市|该市|"
    r"本次活动|本次|此次|该|这|这些|其|并|还|也|将|通过|以|数据显示|据统计|分别|均|都|来|和|及|"
    r"[一二三四五六七八九十\d]+年来)+"
)
SUBJECT_TRAIL_RE = re.compile(
    r"(?:较去年同期|较上年同期|比上年同期|比去年同期|同期|同比|环比|比上年|比去年|较上年|较去年|分别|累计|共计|合计|总计|约为|约|(?<!行)为|是|达到|高达|"
    r"多达|达|超过|超|突破|逾|近|将近|不到|不足|仅|只|均|都|了|的|有|已|已经|实现|完成|"
    r"增长|下降|提升|减少|上涨|下跌|增加|降低|提高|上升|回落|攀升|飙升|激增|跃升|猛增|"
    r"增幅|降幅|涨幅|跌幅|增|降|涨|跌|升至|升|至|到|在|占|占比|年均|平均|连续|从|人民币|同步|"
    r"稳居|位居|居|位列|排名|名列|跃居|和|及|、|与|或|迎来|调升|调降|上调|下调|居前|领涨|领跌|报收|收报|收于|报|录得|一度|仍|就|可|预计|合计|净|"
    r"[-—（(]|（[A-Za-z]+）|\([A-Za-z]+\))+$"
)
SUBJECT_BREAK_RE = re.compile(r".*(?:[对在让使将把由与是—“”《》\s、#]|通过|依托|推动|带动|形成)")
NOUN_AFTER_RE = re.compile(r"[^\s，。；！？、,;!?：:（）()\d的…—“”\"]{1,12}")
NOUN_STOP_RE = re.compile(
    r"入选|实现|建立|全覆盖|共同|签约|揭牌|落户|入驻|参加|参与|获得|完成|投入|达到|发起|开展|成为|"
    r"纳入|已|将|在|等|及|与|和|的|，|被|为|是|获|上线|联运|建成|投产|通过|开工|落地|集中|分别|"
    r"覆盖|同比|累计"
)

# --- subjects: the noun phrase naming what is measured -----------------------------
# verbs and prepositions a subject phrase never runs across (its left edge)
SUBJECT_VERB_CUT_RE = re.compile(
    r".*(?:实现|发放|累计|完成|达到|庆祝|推出|获得|持有|拥有|举办|开行|新增|发布|公布|显示|表明|预计|计划|"
    r"用于|确保|提供|带动|推动|依托|通过|形成|其中|包括|涉及|迎来|实施|核发|最终|纪念|邀请|根据|按照|依据|已经|达|占|对|在|将|把|由|与|向|从|"
    r"为|是|(?<!所)有(?!限)|已|让|使|按|据|较|比|至|到|，|、|：|“|”|《|》|>|\s)")
RATE_NOUNS = ("涨幅", "跌幅", "增幅", "降幅", "增速", "增长率")
NOUN_AFTER_VERB_CUT_RE = re.compile(r"从|对|向|回到|来到|走进|说|表示|再度|再次|推迟|返回|以|确保|用于|进行|开展|位于|正在|也|还|被|把|受到|获得|得到|参与|来自|涵盖|包括|覆盖")
