"""Tables for the fact extractor: units, qualifiers, change words, traps.

Everything the extractor knows about Chinese news wording lives here so that a
new format is usually a one-line table change.
"""

from __future__ import annotations

import re

# unit -> kind.  Matched longest-first right after a number.
CURRENCIES = [
    "元人民币", "人民币", "元", "美元", "美金", "欧元", "港元", "港币", "日元", "英镑", "韩元",
    "新台币", "台币", "卢布", "泰铢", "澳元", "澳币", "加元", "新加坡元", "瑞士法郎", "法郎",
    "卢比", "美圆", "圆", "越南盾", "林吉特", "比索", "里拉", "兰特", "雷亚尔", "印尼盾",
    "澳门元", "新西兰元", "迪拉姆", "块钱", "块",
]
PERCENT_UNITS = ["%", "‰", "个百分点", "百分点", "成"]
MULTIPLE_UNITS = ["倍"]
DURATION_UNITS = [
    "年", "周年", "个月", "天", "小时", "个小时", "分钟", "秒", "周", "个星期", "星期", "个季度", "季度",
    "个工作日", "工作日", "昼夜", "日",
]
QUANTITY_UNITS = [
    "公斤", "千克", "克", "毫克", "微克", "吨", "斤", "公里", "千米", "米", "厘米", "毫米", "公分",
    "海里", "英里", "平方米", "平方公里", "平方千米", "平米", "立方米", "方", "亩", "公顷", "升",
    "毫升", "公升", "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "伏", "千伏", "赫兹", "摄氏度", "℃",
    "°C", "度", "岁", "周岁", "马力", "分贝", "标箱", "标准箱", "个标准箱", "桶", "立方",
    "kg", "KG", "km", "KM", "cm", "CM", "mm", "MM", "m²", "m³", "m", "t", "g", "GW", "MW", "kW",
    "KW", "kWh", "GWh", "TWh", "mAh", "GB", "TB", "Hz", "GHz", "nm", "TEU",
]
COUNT_UNITS = [
    "个", "家", "起", "名", "人", "人次", "人口", "位", "辆", "台", "项", "件", "条", "座", "所",
    "处", "户", "只", "头", "张", "份", "套", "批", "种", "类", "场", "场次", "次", "例", "篇",
    "部", "支", "株", "棵", "艘", "架", "列", "栋", "幢", "间", "枚", "颗", "本", "册", "轮",
    "款", "层", "道", "根", "首", "封", "单", "笔", "宗", "幅", "对", "双", "节", "集", "门",
    "大", "大类", "余人", "票", "粒", "盒", "箱", "袋", "瓶", "包", "架次", "班", "趟", "片", "块",
    "口", "匹", "尾", "盏", "所学校",
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
for _u in CURRENCIES:
    UNIT_KIND[_u] = "money"          # 块 is money by default; see facts._classify

# first char -> units sorted longest first (fast startswith lookup)
UNIT_INDEX: dict[str, list[str]] = {}
for _u in sorted(UNIT_KIND, key=len, reverse=True):
    UNIT_INDEX.setdefault(_u[0], []).append(_u)

# A unit is not a unit when it starts a word: 元旦, 人民, 升至 …
UNIT_NOT_BEFORE: dict[str, str] = {
    "元": "旦宵素首月代宇件器老年气帅",
    "升": "至到级为高温势值",
    "米": "饭粒面",
    "人": "民才",
    "度": "假过",
    "方": "面案式向法针位便正阵舱",
    "单": "位元独项",
    "门": "槛户类店诊",
    "口": "岸号径罩",
    "头": "部条号等",
    "道": "路",
    "对": "于外接象标话",
    "节": "能约点日目",
    "起": "来步草诉",
    "日": "前后内起至到",
    "天": "然津",
    "周": "年边末期",
    "班": "子",
    "集": "团中体群聚成",
    "名": "义单称字",
    "首": "都府位批次个届家款席",
    "块": "头",
    "度": "假过",
    "片": "区",
    "所": "有以在属得",
    "封": "闭",
    "票": "据房价",
    "方": "面案式向法针位便正阵舱",
    "包": "括装容",
}

# Chinese-number units that need an Arabic number (二度夺冠 is not 2 degrees).
ARABIC_ONLY_UNITS = {"度", "方", "口", "包", "片", "m", "t", "g", "单", "票", "班", "门"}
# Count units that must not follow the lone numeral 一 (一个, 一家 are articles).
# Money/quantity/percent keep 一 (一吨, 一美元, 一成).
ONE_IS_ARTICLE_KINDS = {"count", "duration"}

CURRENCY_PREFIXES = ["US$", "HK$", "HKD", "USD", "RMB", "CNY", "EUR", "JPY", "GBP", "￥", "¥", "$", "€", "£"]

# qualifiers written before the number; longest first.  (qualifier, in_surface)
PRE_QUALIFIERS: list[tuple[str, bool]] = sorted([
    ("超过", True), ("超", True), ("逾", True), ("近", True), ("将近", True), ("接近", True),
    ("约", True), ("大约", True), ("约为", False), ("大概", True), ("达", False), ("高达", False),
    ("多达", False), ("达到", False), ("不到", True), ("不足", True), ("不超过", True),
    ("至少", True), ("最多", True), ("突破", False), ("不少于", True), ("≥", True), ("≤", True),
    ("连续", True), ("仅", False), ("上", True), ("破", True), ("超过了", True),
], key=lambda x: len(x[0]), reverse=True)
QUALIFIERS_ONLY_FOR_BARE_MAG = {"上", "破"}   # 上千家, 破万亿: only before 千/万/亿 alone
POST_QUALIFIERS = sorted(
    ["以上", "以下", "左右", "以内", "之多", "上下", "开外", "（含）以上", "(含)以上", "有余", "多"],
    key=len, reverse=True,
)

CHANGE_WORDS = sorted([
    "增长", "下降", "提升", "减少", "上涨", "下跌", "增加", "降低", "提高", "上升", "回落",
    "扩大", "缩小", "收窄", "攀升", "飙升", "激增", "跃升", "猛增", "增幅", "降幅", "涨幅",
    "跌幅", "增", "降", "涨", "跌", "升", "减", "下滑", "回升", "增速", "放缓", "缩减", "下调",
    "上调", "压降", "翻", "多", "少", "高", "低",
], key=len, reverse=True)
CHANGE_RE = re.compile("|".join(map(re.escape, CHANGE_WORDS[:-4])))  # skip 多/少/高/低 alone
# between a change word and its figure only these may stand (分别下降8.6%、7.2%)
CHANGE_GAP_RE = re.compile(r"^[了分别约达为近超逾仅均都的比同比环去年上了\s]*$")

MONEY_CONTEXT_RE = re.compile(
    "投资|金额|资金|收入|营收|产值|规模|销售额|成交额|交易额|融资|利润|税收|总额|贷款|存款|资产|"
    "GDP|生产总值|增加值|营业额|票房|市值|预算|支出|补贴|奖金|估值|出口|进口|外贸|总量|投入|"
    "消费|费用|成本|价值|罚款|赔偿|募集|募资|奖池|财政|债|基金|保费|营业|净利|亏损|盈利|订单|"
    "收益|款|薪|工资|价|售|额"
)

RANK_SCOPES = sorted([
    "全国", "全球", "世界", "全省", "全市", "全区", "西部", "东部", "中部", "西南", "东北",
    "行业", "国内", "亚洲", "全网", "同类", "全行业", "中西部", "榜单", "全世界", "国际",
], key=len, reverse=True)
RANK_VERBS = ["排名", "位居", "居", "位列", "排", "列", "名列", "跻身", "跃居", "升至", "保持"]
RANK_NOT_BEFORE = "批届次期个家轮阶部条章款项书时代位年季"   # 全国第一批 is a label

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
    r"稳居|位居|居|位列|排名|名列|跃居|和|及|、|与)+$"
)
SUBJECT_BREAK_RE = re.compile(r".*(?:[对在让使将把由与是—“”《》\s、#]|通过|依托|推动|带动|形成)")
NOUN_AFTER_RE = re.compile(r"[^\s，。；！？、,;!?：:（）()\d的]{1,12}")
NOUN_STOP_RE = re.compile(
    r"入选|实现|建立|全覆盖|共同|签约|揭牌|落户|入驻|参加|参与|获得|完成|投入|达到|发起|开展|成为|"
    r"纳入|已|将|在|等|及|与|和|的|，|被|为|是|获|上线|联运|建成|投产|通过|开工|落地|集中|分别|"
    r"覆盖|同比|累计"
)
