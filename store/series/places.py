"""Names of places an indicator can be about: the entity kept apart from
the indicator (重庆 + 地区生产总值).

Provinces and their capitals, the larger prefecture-level cities, the
economic regions (长三角, 京津冀), the districts of 重庆 (the seed paper's city) and the countries and regions
economic news names most often; a name may carry its administrative suffix
(重庆市, 四川省, 长寿区).  Whole-country words (全国, 我国) are an entity
too: a national figure is not a city's.
"""

from __future__ import annotations

_PROVINCES = """
北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东
海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
"""

_CITIES = """
石家庄 唐山 保定 邯郸 太原 大同 沈阳 大连 鞍山 长春 吉林 哈尔滨 大庆 南京 苏州 无锡 常州 南通 徐州 扬州
盐城 镇江 泰州 连云港 淮安 宿迁 杭州 宁波 温州 绍兴 嘉兴 金华 台州 湖州 舟山 丽水 衢州 合肥 芜湖 蚌埠
阜阳 安庆 福州 厦门 泉州 漳州 莆田 南昌 赣州 九江 济南 青岛 烟台 潍坊 临沂 淄博 济宁 威海 德州 郑州
洛阳 南阳 新乡 许昌 武汉 宜昌 襄阳 长沙 株洲 岳阳 常德 衡阳 广州 深圳 珠海 汕头 佛山 东莞 中山 惠州
江门 湛江 肇庆 南宁 柳州 桂林 海口 三亚 成都 绵阳 宜宾 德阳 南充 泸州 乐山 自贡 达州 贵阳 遵义 昆明
曲靖 拉萨 西安 宝鸡 咸阳 榆林 兰州 西宁 银川 乌鲁木齐 呼和浩特 包头 鄂尔多斯 雄安
"""

_REGIONS = """
长三角 珠三角 粤港澳大湾区 大湾区 京津冀 成渝 成渝地区双城经济圈 长江经济带 黄河流域 东北 西部 中部 东部 海南自贸港
"""

_CHONGQING_DISTRICTS = """
渝中 江北 南岸 九龙坡 沙坪坝 大渡口 渝北 巴南 北碚 万州 涪陵 黔江 长寿 江津 合川 永川 南川 綦江 大足
璧山 铜梁 潼南 荣昌 开州 梁平 武隆 两江新区 西部科学城
"""

_COUNTRIES = """
中国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰
波兰 奥地利 希腊 爱尔兰 乌克兰 土耳其 以色列 伊朗 伊拉克 沙特 沙特阿拉伯 阿联酋 卡塔尔 埃及 南非 尼日利亚
印度 巴基斯坦 孟加拉国 越南 泰国 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 缅甸 柬埔寨 老挝 蒙古 哈萨克斯坦
澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 欧盟 欧元区 东盟 亚洲 欧洲 非洲
拉美 全球 世界
"""

NATIONAL = ("全国", "我国", "中国", "国内")

# Cities whose exchanges name a world price (伦敦布伦特原油期货价格,
# 纽约原油期货价格, 东京股市日经指数): an indicator that starts with one is
# that market's, whatever country the headline leads with.
MARKET_CITIES = ("伦敦", "纽约", "芝加哥", "东京", "法兰克福")

# Suffixes an administrative name may carry; longest first.
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "省", "市", "区", "县")

PLACE_NAMES: frozenset[str] = frozenset(
    name for names in (_PROVINCES, _CITIES, _REGIONS, _CHONGQING_DISTRICTS, _COUNTRIES) for name in names.split()
) | frozenset(NATIONAL)
