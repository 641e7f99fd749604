"""Junk: numerals that are not figures — labels, slogans, idioms, classes,
model names, URL fragments, age limits in indicator names, quoted codes.

`trap_spans` marks them before any figure is read; `quoted_label` drops a
figure that only fills a short quotation.
"""

from __future__ import annotations

import re

from . import rules as R
from .builder import Fact
from .market_tallies import opens_tally
from .numbers import normalize
from .numeral_places import NUMERAL_PLACES
from .regex_edges import gate_of, holds_gate

# words whose numeral characters are never figures
TRAP_WORDS = [
    # names and places
    *NUMERAL_PLACES,
    # party and government labels
    "十八大", "十九大", "二十大", "二十一大", "八项规定", "四个意识", "四个自信", "四个全面", "两个确立",
    "两个维护", "三个代表", "五位一体", "两个大局", "两件大事", "两个结合", "三个务必", "四个革命", "三大攻坚战",
    "两个一百年", "两学一做", "三严三实", "三去一降一补", "六稳", "六保", "三区三州", "两不愁三保障",
    "五个一批", "四下基层", "九二共识", "五四运动", "五四精神", "七七事变", "九一八", "双循环", "双碳",
    "三农", "两会", "两山", "一国两制", "两岸三地", "八荣八耻", "三公经费", "五险一金", "三险一金",
    "两票制", "四风", "一票否决", "一岗双责", "双一流", "一带一路", "一网通办", "一码通办", "一件事",
    "最多跑一次", "一次都不跑", "五大发展理念", "两个毫不动摇", "三新一高", "一盘棋",
    "一张网", "一张图", "一张蓝图", "一站式", "一揽子", "一把手", "二把手", "一对一", "一体化",
    "一二三产业", "三大运营商", "三产融合", "一带一部", "两江新区", "双十一", "双11", "双12",
    "十一假期", "十一黄金周", "五一假期", "五一劳动节", "六一儿童节", "八一建军节", "三八妇女节",
    "七一讲话", "第一个百年", "第二个百年", "第一个一百年", "第二个一百年",
    # Taiwan results' three margins (毛利率、營益率、淨利率) all up or down: 達到三率三升佳績 (sealed40's trap), no 3 升
    "三率三升", "三率三降", "三率齐升", "三率齊升", "三率同升", "三率齐降", "三率齊降",
    # doctrines named by their count (cov51): 和平共处五项原则 (53 bulk facts of 5 项, every one the doctrine's name),
    # 坚持四项基本原则 — names, as 一个中国, 两个确立 and 两个毫不动摇 are traps (sealed40, sealed6, sealed16); a set of
    # documents counted (中日四个政治文件: sealed20 labels its 四个 a count) stays a count
    "五项原则", "五項原則", "四项基本原则", "四項基本原則",
    "五项原則", "四项基本原則",   # (the forms normalize leaves of the traditional ones: 項 → 项, 則 kept)
    "第二个十年", "第三个十年",   # (a partnership's second decade as a slogan: 伙伴关系第二个十年开局良好, as 第二个百年)
    "三中全会", "四中全会", "五中全会", "二中全会", "一中全会", "六中全会", "七中全会",
    # sports named by their count of disciplines (biathlon, triathlon, modern pentathlon, aquathlon, Nordic combined):
    # 冬季两项女子4×6公里接力, 铁人三项赛事 (19 such counts of 项 in the bulk corpus, none a count of anything)
    "冬季两项", "铁人三项", "现代五项", "游跑两项", "跑游两项", "北欧两项",
    # idioms and set phrases
    "不怕一万就怕万一", "万无一失", "一五一十", "十全十美", "三心二意", "一心一意", "九牛一毛",
    "七上八下", "四面八方", "五湖四海", "千方百计", "百花齐放", "万众一心", "一干二净", "一举两得",
    "三番五次", "千军万马", "万紫千红", "千辛万苦", "一石二鸟", "一箭双雕", "千篇一律", "百年大计",
    "十年磨一剑", "一年之计", "千载难逢", "百闻不如一见", "一日千里", "九九八十一难", "八仙过海",
    "四通八达", "五花八门", "七嘴八舌", "六神无主", "三头六臂", "一清二楚", "接二连三", "一穷二白",
    "三令五申", "三长两短", "半斤八两", "三七二十一", "乱七八糟", "一针一线", "一草一木", "一点一滴",
    "一砖一瓦", "一言一行", "一朝一夕", "一模一样", "独一无二", "一分为二", "合二为一", "三五成群",
    "一成不变", "十万火急", "千家万户", "百万人才", "一百个放心",
    "百分百", "百里挑一", "千里迢迢", "万家灯火", "万象更新", "一元复始", "三阳开泰", "六六大顺",
    "九霄云外", "一马当先", "万马奔腾", "百尺竿头", "更进一步", "一鼓作气", "两全其美", "一目了然",
    "一帆风顺", "一路顺风", "一事无成", "百折不挠", "千锤百炼", "千姿百态", "万古长青", "一衣带水",
    "一以贯之", "一往无前", "一如既往", "一视同仁", "三思而行", "十字路口", "一丝不苟", "两袖清风",
    "一马平川", "一席之地", "千钧一发", "一触即发", "一落千丈", "一望无际", "一锤定音",
    # the last stretch of a service or a supply chain, not a distance (打通服务群众最后一公里)
    "最后一公里", "最後一公里", "最先一公里", "最初一公里", "最后一米", "最後一米",
    # words with numerals inside
    "一切", "一看", "两头", "新一代", "零部件", "一系列", "一次性", "十项全能", "五星级", "四星级",
    "三星级", "一审", "二审", "三甲医院", "二级", "三级", "一级", "一年级", "二年级", "三年级",
    "四年级", "五年级", "六年级", "零距离", "零容忍", "二维码", "三维", "二次元", "三元催化",
    "三元锂", "三元材料", "三元复合肥", "二元复合肥", "二元结构", "二元经济", "二元体制", "一元化", "一元论", "二元论",
    "五星红旗", "九州", "万物", "万事", "一律", "统一", "唯一", "第一时间", "一边倒",
    # a loose "these days" (这两天，山东等地有明显降雨), not a span of two days (这两年 is counted)
    "这两天", "這两天",
    # the names of the world wars, not the second of anything (第二次世界大战时期遗留炮弹)
    "第一次世界大战", "第二次世界大战", "第三次世界大战",
    # an official output statistic named by the metals it sums (十种有色金属产量), no count of kinds
    "十种有色金属", "十種有色金屬",
    # a group of women or of products called flowers (厂里的五朵金花, 农场五朵金花): a name, no count of 朵 (朵 counts
    # since peer52; 售出79万朵荷花 stays a count)
    "一朵金花", "两朵金花", "三朵金花", "四朵金花", "五朵金花", "六朵金花", "七朵金花", "八朵金花", "十朵金花",
    "十里八乡", "十里八鄉",   # the villages around, an idiom (8乡 are counted where a county is made of them)
    "北约", "今明两年", "今明两天", "四不像", "三角", "八卦", "十字", "万能", "二十四节气", "大气十条", "水十条", "土十条", "急诊三部",
]


def _trie_pattern(words: list[str]) -> str:
    """One alternation nested by common prefix: quick to match against many words."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end else "")

    return walk(trie)


_CN = "一二三四五六七八九十两"
# a race's distance (100米, 4×100米, 7.5公里, 4×6公里) and the words after it that make it the race's name
_RACE = r"\d\d*(?:\.\d+)?(?:[×xX*]\d+(?:\.\d+)?)?(?:米|公里)"
_RACE_AFTER = (r"(?:决赛|決賽|半决赛|半決賽|预赛|預賽|资格赛|資格賽|直道赛|直道賽|比赛金牌|比赛|金牌|银牌|铜牌|冠军|"
               r"[一二三四五六七八九十两\d]?项(?:冠军|金牌|比赛))")
_NUMERAL_BEFORE = set("0123456789." + _CN + "百千")

# (a literal the text must contain (or a choice of them), pattern, drop the match when a numeral stands before it)
_TRAP_RULES: list[tuple[str | tuple[str, ...], str, bool]] = [
    ("", _trie_pattern(TRAP_WORDS), False),
    ("届", r"届[一二三四五六七八九]中全会", False),
    ("会议", rf"[{_CN}][{_CN}]*次(?:全体)?会议", False),
    ("全会", rf"[{_CN}][{_CN}]*次全会", False),
    ("股东", rf"[{_CN}\d]+次(?:临时)?股东(?:大)?会", False),   # 2010年第一次临时股东大会: a sitting (sealed39)
    # a variety named by the month it ripens (秋橙九月红, 九月红脐橙, 八月红苹果, 六月红河蟹): a name, no month
    # (a month written with a year or a day stays one; 红色, 红旗, 红包, 红火, 红利 after a month are other words)
    (("月红", "月紅"), r"(?<![\d年一二三四五六七八九十])[一二三四五六七八九十]{1,2}月[红紅](?![色旗包火利心线線军軍])", False),            # 二十届中央纪委四次全会: a session's name
    # a sentence's unit of time, not a duration: 每1分钟，全国可再生能源发电680万度 (度/分钟)
    ("每", r"(?<=每)[1一](?:小时|分钟|秒)(?=[，,])", False),
    # a named service rate: 72小时准时率, 48小时妥投率 (the rate is the figure, not the hours)
    ("小时", r"\d+小时(?=[\u4e00-\u9fff]{0,2}率)", True),
    ("0后", r"\d0后", True),
    ("五", r"十[一二三四五]五", False),
    # 三次产业, 一次能源, 二次创业: an order, not a count
    ("次", r"[一二三]次(?:产业|能源|分配|创业|污染|开发|函数|方程|供水|装修|报销|利用|加工|感染|伤害|灾害)", False),
    # water and soil classes: 劣五类, 三类水, Ⅲ类, 达到二类标准
    ("类", (r"劣[ⅠⅡⅢⅣⅤⅥ一二三四五六IV]+类|[ⅠⅡⅢⅣⅤⅥ一二三四五六]+(?:[、~～\-—至到和][ⅠⅡⅢⅣⅤⅥ一二三四五六]+)?类"
            r"(?=水|标准|水质|海水|断面|湖|河|土壤|弱?苗|好水|优良|及以上|或以上|以上)"), False),
    # a vehicle class: 七座及七座以下小型客车
    (("座以下", "座及以下"), rf"(?:[{_CN}\d]+座及)?[{_CN}\d]+座(?:及)?以下(?:的)?(?:小型|小)?(?:客车|车辆|汽车|载客汽车)", False),
    # an age limit in the name of an indicator: 5岁以下儿童死亡率, 60岁及以上人口
    # an age limit naming a group: 5岁以下儿童死亡率, 60岁及以上人口, 25岁以下的被俘人员, 16岁以下组
    ("岁", (r"周?岁(?:(?:及|或)?(?:以下|以上|以内)(?:的)?(?=[\u4e00-\u9fff])|(?:的)?(?:儿童|婴幼儿|幼儿|老年人|高龄老人|"
            r"少年|青少年|孕产妇|未成年人|党代表|青年|劳动力|就业人员|农民工|失业率|人群|年龄段))"), False),
    # a range of ages is a cohort, never one person's age: 0-17岁、18-34岁…户籍人口, 年龄在55至64岁的就业人数
    # (not ~, which numbers.rewrite puts between neighbouring numerals: 十五六岁的中学生 is read 十五~十六岁, an age)
    # (the first age may carry its unit too: 16歲至24歲勞動力失業率)
    ("岁", rf"[\d{_CN}]+\s*(?:周?岁\s*)?[-—～至到]\s*[\d{_CN}]+\s*周?岁", True),
    # a band of weekly hours worked: 每周工作45至49小时的占49.6%, 每周工作少于35小时
    ("每周工作", r"(?<=每周工作)(?:少于|多于|超过|不足|不少于|不超过|不到)?[\d.]+(?:\s*[-—~～至到]\s*[\d.]+)?\s*小时", False),
    # sport events: 3米板, 双人10米跳台, 10米气手枪, 4×100米自由泳接力 name a class, not a distance
    (("米", "公里"), (rf"{_RACE}(?:板|跳板|跳台|气手枪|气步枪|步枪|手枪|移动靶|速射|自由泳|蛙泳|仰泳|蝶泳|"
            r"个人混合泳|混合泳|接力|跨栏|栏|跑|障碍|速滑|短道)"
            # a race named by its distance: 男子1500米决赛, 女子500米, 男、女100米金牌, 女子组200米, 1000米半决赛,
            # 1500米比赛金牌, 400米直道赛, 100米冠军
            # (with the races listed after the first: 男子组100米、200米、500米)
            rf"|(?:(?<=[男女]子)|(?<=男、女)|(?<=男女)|(?<=[男女]子组)|(?<=[男女]组)){_RACE}(?:[、和及]{_RACE})*(?![\d/])"
            rf"|{_RACE}(?={_RACE_AFTER})"
            # … and the races of a list that ends in one (100米、200米和500米直道赛, 100米、200米、500米三项冠军)
            rf"|{_RACE}(?=(?:[、和及与]{_RACE})+(?:{_RACE_AFTER}|共?[{_CN}\d]+项))"
            rf"|{_RACE}(?=共?[{_CN}\d]+项(?:冠军|金牌|比赛|决赛|预赛))"), True),
    # a bond tenor bucket in parentheses: 短期品种(1-3年)
    # (one or two digits: a plan's years in its title, 《…计划（2026—2028年）》, are a year range)
    ("年", r"\(\d{1,2}\s*[-—~～至到]\s*\d{1,2}年\)", False),
    # a size threshold naming a class: 5000万元及以上项目 (the count of those projects is the figure)
    ("及以上", r"\d\d*(?:\.\d+)?[万亿]?元及以上(?=项目|企业|单位|工业|规模|的)", True),
    # a policy package named by its count of articles, in quotes: “高光20条”, “新国十条”
    (("条”", "条\""), rf"(?<=[“\"])[^“”\"，。]{{0,6}}?[\d{_CN}]+条(?=[”\"])", False),
    # opening hours in a name or a promise: 24小时便利店, 24小时开放
    # (and a border open round the clock, in either script: 实施24小時通關, 24小时通关)
    ("小时", r"24小时(?=便利店|营业|營業|自助|药店|书店|書店|药房|藥房|餐厅|餐廳|热线|熱線|服务热线|服務熱線|开放|開放|不打烊"
             r"|值守|值班|在线|在線|不间断|不間斷|通关|通關)", True),
    # URLs and their %-escapes (%E8%A8%82 is not 82 %)
    (("http", "www."), r"https?://[\x21-\x7e]+|www\.[\x21-\x7e]+", False),
    ("%", r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})+", False),
    # 万一 and 千万 as words (in case; by all means), not inside a numeral (一万一千)
    ("万", r"万一(?![千百十万亿])|千万(?=别|不要|要|不能|不可|记住|注意)", True),
    # a plan named by its number: 第一个五年计划, 五年规划 (the 十四五 short forms are in TRAP_WORDS' rule)
    # (第一个五年 alone, the first five years of a new journey, is the same kind of name)
    ("五年", rf"第[{_CN}]+个五年(?:计划|规划)?|五年(?:计划|规划)", False),
    # (a decade, 上世纪70年代, 1990年代, 八十年代, is read as the date over its years by decades.py: no count of years)
    # a size class: 130吨级发动机, 30万吨级油轮, 百万千瓦级机组 (the figure is the class's name)
    # (and 3000万方级油田, 90座级客机, 5000亿元级产业集群, 2.4万标箱级集装箱船, 0.01毫米级扫描, 10秒级, the
    # weight class 81公斤以上级)
    ("级", r"(?:吨|千瓦|兆瓦|马力|公斤|千克|毫米|厘米|公里|米|立方米|方|座|元|标箱|标准箱|秒)(?:以上|以下)?级", False),
    # a ship's size before the ship (订造2艘4万载重吨散装新船: the class of the ships ordered, as 30万吨级油轮)
    ("载重吨", r"载重吨(?=[\u4e00-\u9fff]{0,4}?(?:船|轮|舶))", False),
    # … and in tonnes, boxes or cubic metres right before the ship it sizes (全球第一艘21万吨氨燃料散货船, 11.5万吨成品油轮,
    # 2.4万标箱超大型集装箱船, 18万立方米LNG运输船, 具备40万吨船舶满载靠泊): the class of the ship, as 30万吨级油轮; a
    # cargo (一艘装有2万吨化肥的船只) has 的 or a loading verb between, and a named ship's size told of it
    # (“贝希克塔什-M”号为53000吨商船: sealed19 labels the 53000吨) follows 为 or 是
    (("船", "轮"), r"(?<!载有)(?<!装有)(?<!运载)(?<!装载)(?<!运送)(?<!满载)(?<![为是為])\d+(?:\.\d+)?[万千]?(?:吨|标箱|标准箱|立方米)"
                   r"(?=(?:(?!的|装有|装载|载有|运载|运送|满载)[\u4e00-\u9fffA-Z]){0,6}?"
                   r"(?:船|油轮|邮轮|货轮|客轮|游轮)(?![只员长东主家票期]))", True),
    # … and a furnace's or a converter's size before it (2座40吨电炉, 100吨转炉, 3000立方米高炉): the class of the furnace,
    # as a ship's size before the ship (the steel an electric furnace makes, 100万吨电炉钢, is an output)
    (("炉", "爐"), r"(?<!产能)(?<![为是為的])\d+(?:\.\d+)?[万千]?(?:吨|噸|立方米|立方)"
                   r"(?=(?:(?!的|产能)[\u4e00-\u9fffA-Z]){0,4}?(?:电|電|转|轉|高|焦|锅|鍋|竖|豎)(?:炉|爐)(?![钢鋼铁鐵水]))", True),
    # an ore's grade before its name (62%國際鐵礦石價, 65%铁矿石, 普氏62%铁矿石指数): the grade labels the ore and its price
    # index, no share (我国80%的铁矿石依赖进口 has 的; 约80%铁矿石 a hedge before it)
    (("铁矿", "鐵礦", "铁礦", "鐵矿", "铁精粉"), r"(?<![约約近超逾达達为為占佔\d.])(?:5[5-9]|6[0-8])(?:\.\d)?%"
                   r"(?=(?:国际|國際|国際|进口|進口|澳洲|巴西|印度)?(?:铁矿|鐵礦|铁礦|鐵矿|铁精粉))", False),   # (週二62%…: a weekday before)
    # a body's term before its plenary sitting (中国人民政治协商会议第一届全体会议通过…: cov53): the sitting's name, as
    # the sets trap 十四届 and 第十四届 of a congress (sealed10, sealed11); a fair's or a forum's edition is told before its
    # name (第五届中国国际进口博览会) and stays a rank
    ("届", rf"第?[{_CN}\d]+[届屆](?=(?:全体|全體)(?:会议|會議|会議|會议))", False),
    # a congress's sitting after its term (区九届五次人代会, 六届一次理事大会): the sitting's name, as 九届 is
    ("届", rf"(?<=[届屆])[{_CN}]+次(?=[\u4e00-\u9fff]{{0,4}}?(?:会|會))", False),
    # … and a sitting enlarged in brackets (县委十二届八次全体(扩大)会议, 州委八届五次（扩大）会议: cov51; the brackets had
    # hidden the 会议 from the rule above), or told with 第 (第十二届委员会第八次全体(扩大)会议, 省委常委会第十次扩大会议), or a
    # standing body's sitting (提请第二十四次常委会会议追认, 新一届国务院第一次常务会议): the sitting's name, as the sets trap
    # 第十次全体会议 and 第四次会议 (sealed12, sealed39); an edition of a summit or a conference (第二十九次领导人非正式会议,
    # 第十五次全国民政会议) names its meeting with other words between and stays a rank
    ("次", rf"[届屆第][{_CN}\d]+次(?=(?:全体|全體)?(?:\((?:扩大|擴大)\)|扩大|擴大)(?:会议|會议|會議|会議)"
           r"|(?:常委会|常委會|常务|常務|主任|党组|黨組)(?:会议|會议|會議|会議))", False),
    # a school grade or a span of grades (七年级, 3年级学生, 要求4—9年级学生, 1-6年级: cov51): the grade's name, never a
    # duration of years (七年级 was 7 年, `4 —9年级` 4 年; TRAP_WORDS holds 一年级…六年级 alone)
    (("年级", "年級"), rf"[\d{_CN}]+\s*(?:[-—~～至到]\s*[\d{_CN}]+\s*)?年[级級]", False),
    # a train's number before the train (7053次公益性“慢火车”, 75052次中欧班列, X（行）8157次中欧班列: cov51): the train's
    # name, no count of 次 (a count of trips is told in 列 or 趟; 4次单程学生优惠火车票 has one digit and a ticket after)
    ("次", r"\d(?<![\d.万亿行出送计達达超近约約共逾了]\d)\d{2,5}次(?=[^，。；！？,;\d]{0,8}?(?:列车|列車|班列|慢火车|慢火車|动车组|動車組)(?!票))", False),
    # a score or a ratio told in Chinese numerals (比分定格在七十八比九十六, 以一百零二比九十八获胜: WeTextProcessing's ITN
    # normaliser), as its Arabic form 78:96 is no figure: neither side is a count (a year or a unit after the second
    # numeral — 二〇二三比二〇二二年 — leaves it to the figure step)
    ("比", rf"[{_CN}]+比[{_CN}]+(?![{_CN}\d年月日号號万亿萬億千百十个個元%倍分])", False),
    # a futures contract code: 主力合约2108 (August 2021's contract), not a figure
    ("合约", r"(?<=合约)\d{3,4}(?![\d.年月日元吨%])", False),
    # "not even one": 连一块钱都没有, 连一句话也不说 (a negation, no figure)
    ("连一", r"(?<=连)一[^，。！？；\s\d]{1,4}?(?=[都也](?:没|不|未))", False),
    # pig breeds: 生猪(外三元)价格, 内三元, 三元杂交猪 (a cross of three breeds, no sum of 3 元)
    ("三元", r"(?<=[外内內])三元|三元(?=杂交|雜交|猪|豬)", False),
    # "nothing to do with": 跟我没有一毛钱关系 (an idiom of the spoken coin, no price)
    ("毛", r"一毛[钱錢]的?(?:关系|關係)", False),
    # and the coin's other idioms: 一分钱也没拿到, 一分钱的赔偿都不肯出 (not a cent), 每一分钱都要花得明白 (every cent)
    ("分", r"一分[钱錢](?=的?(?:关系|關係)|[也都])|(?<=每)一分[钱錢]|一分[钱錢]的(?=[^，。；！？\d]{0,8}?[也都])", False),
    # a model year naming a product before its model (2024款理想L7, 2025款Model Y): no count of 2024 款, no year
    # (the model named with a Latin letter: 理想L7, Model Y, 宝马X5; 超2000款新品 counts products)
    ("款", r"(?<![\d.])(?:199\d|20[0-3]\d)款(?=\s?[\u4e00-\u9fff]{0,4}[A-Za-z])", False),
    # a slogan's length before the slogan: 警惕六个字“白、艳、长…” (as 十六字方针 names one)
    ("字", rf"[{_CN}\d]+个?字(?=[“\"「]|[：:]\s?[“\"「])", False),
    # money supply aggregates M0, M1, M1B, M2 name an indicator: `M2月增率` is no date 2月
    ("M", r"(?<![A-Za-z])M[0-3][AB]?(?![A-Za-z\d.])", False),
    # model names: 歼-20, 运油-20, 东风-41 (other word-dash-number forms are left to the figure step)
    ("-", r"(?:歼|轰|直|空警|运油|东风|巨浪|鹰击|长剑|米格|伊尔|北溪|翼龙|彩虹)-\d+[A-Z]*", False),
    # a plan's or a project's phase named after it (水災智慧防災計畫第二期等所需經費 — sealed42; 離岸風力發電第二期、
    # 風力發電第五期 — sealed38): part of the name, no rank (an issue of bonds, 113年第1期公司債, stays one)
    ("第", rf"(?<=计画|计畫|计划|工程|发电|项目)第[{_CN}\d]{{1,3}}期(?!公司债|债|国债|凭证|《)", False),
    # a count of numbered slogans (三个“一号工程” — sealed42, sealed33): the name holds its own number
    ("个“", rf"[{_CN}两]个(?=“[{_CN}两\d]+[号大项个条][^”]{{0,8}}”)", False),
    # a countdown naming the event held at it (“奔跑吧·少年”迎亚冬会倒计时100天儿童青少年主题健身活动 — sealed42): the
    # countdown told as a fact (开幕倒计时100天，…) is followed by a mark or 之际
    ("倒计时", rf"(?<=倒计时)\s?[\d{_CN}百]+\s?天(?=[\u4e00-\u9fff]{{2,16}}?(?:活动|仪式|晚会|主题|庆典))"
             r"(?!之际|时|当天|前夕)", False),
]
# (each pattern opens with a character or a class, never a repeat or an optional group: the
# regex engine then scans for where a match can begin instead of trying every position)
_TRAPS = [(need, re.compile(p), after_numeral) for need, p, after_numeral in _TRAP_RULES]


_PERSON_BEFORE_RE = re.compile(r"(?:[一两二三四五六七八九十\d][名位个個]|[这這该該那此][名位])$")
_LIMIT_RE = re.compile(r"周?岁(?:及|或)?(?:以下|以上|以内)")
_AGE_RANGE_RE = re.compile(r"[\d一二三四五六七八九十两]+\s*[-—~～至到]\s*$")


def _age_start(norm: str, s: int) -> int:
    k = s
    while k and norm[k - 1] in _NUMERAL_BEFORE:
        k -= 1
    if k < s and (rm := _AGE_RANGE_RE.search(norm, max(0, k - 8), k)):
        k = rm.start()
    return k


def _class_start(norm: str, s: int) -> int:
    k = s
    while k and (norm[k - 1] in _NUMERAL_BEFORE or norm[k - 1] in "万亿"):
        k -= 1
    return k


# what may follow the jiao of a price: its fen, 钱, or no word at all
_COIN_AFTER_RE = re.compile(r"[零一二三四五六七八九\d]分|钱|錢|[^\u4e00-\u9fff]|$")

# the rows with their tuples of words as gates (regex_edges.gate_of): the same test, cheaper
_TRAP_GATES = [(gate_of(need) if type(need) is tuple else need, rx, an) for need, rx, an in _TRAPS]


def trap_spans(norm: str) -> list[tuple[int, int]]:
    out = []
    for need, rx, after_numeral in _TRAP_GATES:
        if need not in norm if type(need) is str else not holds_gate(norm, need):
            continue
        for m in rx.finditer(norm):
            s = m.start()
            if after_numeral and s and norm[s - 1] in _NUMERAL_BEFORE:
                continue
            if norm[m.end() - 1] == "角" and s and norm[s - 1] in "元块圆" and _COIN_AFTER_RE.match(norm, m.end()):
                continue                      # 五元三角二分: the jiao of a price, no triangle (三角债 is one)
            if norm[s] in "周岁":           # an age limit: reach back over its number (16 - 24岁 too)
                s = _age_start(norm, s)
                if s == m.start():
                    continue                  # 岁 with no number before it
                if _PERSON_BEFORE_RE.search(norm, max(0, s - 3), s) and not _LIMIT_RE.match(norm, m.start()):
                    continue                  # 一名16岁的少年, 两名15岁少年: a person's age, not a group
            elif norm[m.end() - 1] == "级" and not m.group().endswith("年级"):   # (四年级: a school grade, as found)
                # a size class: reach back over its number (30万吨级)
                s = _class_start(norm, s)
                if s == m.start():
                    continue                  # 米级 with no number before it
            out.append((s, m.end()))
    if "水质" in norm or "水体" in norm:
        out += _water_classes(norm)
    return out


# a water quality class told as a level (农田退水水质从五类提升至三类, 整体水质从原来的四类跃升到二类, 水质连续4年保持二类):
# the grade's name, no count of classes (as 三类水 and 达到二类标准 are traps); the figures between stay (连续4年)
_WATER_CLASS_RE = re.compile(r"[ⅠⅡⅢⅣⅤⅥ一二三四五六](?:[、~～\-—至到和][ⅠⅡⅢⅣⅤⅥ一二三四五六])?类(?![型别指项污物])")
_CLAUSE_MARK_RE = re.compile(r"[，。；！？,;!?\n]")


def _water_classes(norm: str) -> list[tuple[int, int]]:
    out = []
    for m in _WATER_CLASS_RE.finditer(norm):
        s = m.start()
        before = norm[max(0, s - 16):s]
        k = max((c.end() for c in _CLAUSE_MARK_RE.finditer(before)), default=0)
        if "水质" in before[k:] or "水体" in before[k:]:
            out.append((s, m.end()))
    return out


_BARE_MAG_RE = re.compile(r"[万亿]")
_NAME_AFTER_YEAR_RE = re.compile(r"·?[\u4e00-\u9fff]{2}")


_LEADING_QUALIFIER_RE = re.compile(r"^[^\d\s]{1,6}(?=\d)")


_QUOTED_NAME_HEAD_RE = re.compile(r"[“「『\"](?:\d{1,3}|[一二三四五六七八九十两百千]{1,3})[\u4e00-\u9fff]{1,2}$")


def _second_number_of_a_quoted_name(text: str, s: int, e: int) -> bool:
    """“10强50户”, “5年5万”: a short quotation of a number and its word, then a count or a bare number closing
    it, is a programme's name (a tally, “6涨4平19跌”, opens with a figure, read apart; a measure closing it,
    “1秒1公里”, a rate told in figures, stays)."""
    head = _QUOTED_NAME_HEAD_RE.search(text, max(0, s - 6), s)
    return head is not None and not opens_tally(text, head.start() + 1) and text[e:e + 1] in R.CLOSE_QUOTES


# a quoted name of a newspaper's column or series of reports, and the quote opened before a figure inside it
_COLUMN_NAME_AFTER_RE = re.compile(r"[^，。；！？,;!?“”「」\"]{0,12}[”」\"](?:专栏|專欄|栏目|欄目|专题|專題|系列报道|系列報導)")
_QUOTE_OPENED_RE = re.compile(r"[“「\"][^，。；！？,;!?“”「」\"]*$")


def quoted_label(text: str, f: Fact) -> bool:
    """“三轮”, “33618”: a figure that fills a short quotation is a name."""
    s, e = f["start"], f["end"]
    if f["kind"] in ("date", "year") and _COLUMN_NAME_AFTER_RE.match(text, e) and _QUOTE_OPENED_RE.search(text, max(0, s - 16), s):
        return True                        # “高质量发展首季开门红”专栏: a column's name (sealed42), no period of a figure
    if s == 0 or text[s - 1] not in R.OPEN_QUOTES:
        return (f["kind"] == "count" or not f.get("unit")) and _second_number_of_a_quoted_name(text, s, e)
    if f["kind"] == "count" and opens_tally(text, s):
        return False                       # “6涨4平19跌”: a tally in quotes counts
    sur = normalize(f["surface"])
    if f.get("qualifier") and not sur[:1].isdigit():
        sur = _LEADING_QUALIFIER_RE.sub("", sur)    # “不应高于60%”: the bound's words, then the figure
    if sur[:1].isdigit() and (f["unit"] or _BARE_MAG_RE.search(sur)) and text[e:e + 1] in R.CLOSE_QUOTES:
        return False                       # “100万”: a figure filling its quotes is still a figure
    if f["kind"] == "year" and _NAME_AFTER_YEAR_RE.match(text, e):
        return False                       # “2019西普会”, “2024·全国文化企业30强”: the edition's year of a name
    for ch in text[e:e + 6]:
        if ch in R.CLOSE_QUOTES:
            return True
        if ch in "，。；！？,;!?":
            return False
    return False
