"""Figures that bound a class rather than measure anything (tests/gold/README.md: labels yield no fact).

- a size threshold naming a class of projects, firms or units, with or without 及:
  `总投资10亿元以上的制造业项目`, `投资500万元以上技改项目`, `年主营业务收入2000万元以上的工业企业`,
  `营业收入2000万元以上的服务业企业` (the count of those projects or firms is the figure; `traps` claims
  `5000万元及以上项目`); a sum reached (`贸易规模连续5年保持在1000亿元以上`, `年出口额稳定在8000万元以上`)
  names no class and stays a figure; a class named by a bare 亿元 (`财政收入超亿元的县`, `规模以上亿元企业`) likewise;
  a size by output or capacity names its class alike (`年产200吨以上茶叶企业8家`, `单站10万千瓦及以上项目装机占比`:
  sealed37's trap, the bulk corpus's one such form);
- a building-age class named in passing (`楼龄在5年或以下单位`, `樓齡20年以上的住宅`): which flats;
- a price class of Hong Kong's car-park spaces or flats (`200萬元以上車位成交量`, `逾200萬元大額車位註冊激增`): the count of
  registrations is the figure;
- a bound with 及/或 and the noun it bounds right after: `2个及以上未成年子女`, `5000吨及以上货轮`, `6级及以上地震`
  (`drop_class_bounds`, once the bound is read into the figure's surface; a bound closing its clause,
  `每周通邮五次及以上`, is a figure with its bound);
- a bond's term written as its structure, `3+2年` (three years, then a put for two more; `5+N年` a perpetual):
  no span of 2 years, and the whole is no single figure either, so nothing in it is read;
- London's three-month metal (`伦敦三月铜`, `LME三个月期铝`): the rolling contract's name, no month;
- a futures contract named by its delivery month before 合约 (`主力2007合约` is July 2020's contract, no year 2007;
  `traps` claims the code after it, `主力合约2108`);
- a vehicle named by its wheels: `三轮汽车`, `电动两轮车`, `两轮电动车`, `“三轮驱动”` (no count of rounds, 轮);
- a place named by a numeral and a measure word before its administrative suffix, in Chinese numerals:
  `七尾市`, `五台县`, `九台区` (no count of seven 尾); Arabic digits (`100头市场`) are left alone.

- a tier of a tariff or a class of users by use or size: `700度以下，每度調漲0.1元`, `701度至1000度`, `700度以下用户`,
  `431呎以下的細戶` (the price or share of the tier is the figure);

- the bands of a breakdown told after `按…劃分` (`按樓齡劃分,6至10年、5年或以下的住宅樓價指數分別下跌3.4%及2.2%,11至20年
  的則上升0.5%`, `按面积划分`, `按年龄分组`): each band names a class, the index or share of the class is the figure;

- the score bands of a signal (`9-16 分為藍燈,17-22 分為黃藍燈`): each band names a light, the month's score is the figure;

`threshold_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

# the threshold, then (的 and) up to six characters of the class's name, then the class noun
# (without 的, at most four characters and no verb between: 投资100亿元以上支持企业发展 is a sum)
# (and classes of customers named by what they spend: 投注额达50万元以上的「巨鲸」豪客, 的高端客户)
# (and Hong Kong's car-park spaces and flats by price: 200萬元以上車位成交量, 逾200萬元大額車位註冊)
# (and the statistics' scope of investment by project size: 其中50万元以上固定资产投资预计完成10.67亿元: sealed39)
_CLASS = r"(?:项目|企业|法人单位|单位|工业|商户|园区|集群|豪客|客户|玩家|会员|大户|车位|車位|豪宅|住宅|固定资产投资)"
_SIZE_CLASS_RE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?[万亿]?(?:元|美元|吨|亩|千瓦|兆瓦)(?:及|或)?以上"
    rf"(?=的[\u4e00-\u9fff「」“”]{{0,8}}?{_CLASS}|(?!支持|推动|带动|用于|助力|帮助|服务|扶持|惠及|覆盖|吸引|引进|投向|投入|撬动|拉动)"
    rf"[\u4e00-\u9fff]{{0,4}}?{_CLASS})")
# a class of sales by price after 逾/超过, with no 以上 (逾200萬元大額車位註冊激增: the count of registrations is the figure)
_PRICE_CLASS_RE = re.compile(r"(?:(?<=逾)|(?<=超过|超過))\d+(?:\.\d+)?[万亿]?元(?=(?:大[额額])?(?:车位|車位|豪宅|住宅|单位|單位))")
# a building-age class named in passing (楼龄在5年或以下单位於本季成交的比重, 樓齡20年以上的住宅): which flats
_BUILDING_AGE_RE = re.compile(r"(?:(?<=楼龄)|(?<=樓齡))\s?在?\s?\d+(?:\s?[至到\-—~～]\s?\d+)?年(?:或|及)?(?:以下|以上)?"
                              r"(?=的?(?:单位|單位|住宅|物业|物業|楼宇|樓宇|私宅|大厦|大廈))")
# a class named by a bare 亿元 (no digit: the class's order of size, no sum anyone reached): 财政收入超亿元的县,
# 规模以上亿元企业 (the count of those counties or firms is the figure)
_BARE_SIZE_CLASS_RE = re.compile(rf"(?<![\d.一二三四五六七八九十两百千万])(?:超|过|過)?[十百千]?亿元(?:及?以上)?的?"
                                 rf"(?=(?:{_CLASS}|县|市|区|乡镇|镇)(?![长委级]))")
# the members of a counted group that each pass a bare magnitude: 5部票房过亿 (five films, each over 100 million),
# 有28家预计净利润超亿元 (the count is the figure, 亿 the class's bound: sealed39's trap, sealed36 leaves it unlabelled);
# a group's total told so (5部影片累计票房过亿, 合计, 共, 总) is a figure and is left alone
_COUNTED_PAST_RE = re.compile(r"(?<=\d[部家个只款座所])(?![^，。；,;：:]{0,10}?(?:累计|合计|共计|共|总|總))"
                              r"[\u4e00-\u9fff]{1,10}?((?:超过|突破|过|過|超|破)[亿億]元?)(?![\d一二三四五六七八九十万萬])")
# places named by their population: 20万以上人口城市, 百万人口以上城市, 人口100万以上的城市 (the coverage rate of
# those cities is the figure; a population reached, 常住人口突破100万以上, names no class)
_POPULATION_CLASS_RE = re.compile(
    r"(?<![\d.])(?:\d+(?:\.\d+)?[万亿]?|[一二三四五六七八九十百千]+万)(?:人口)?(?:及|或)?以上(?:人口)?的?"
    r"(?=(?:大|中|小|特大|超大|中小)?(?:城市|县城|城镇|乡镇|国家|地区))")
# a bound with 及 or 或 before the noun it bounds names a class of that noun: 有2个及以上未成年子女的家庭,
# 5000吨及以上货轮, 6级及以上地震, 年营收500万元及以下的个体工商户 (the families, ships, quakes, firms so
# bounded are what the sentence is about; no figure of two children or 5000 tons).  A bound closing its clause
# (每周通邮五次及以上。), listed (40岁及以下、女性), before 等 (达到70%及以上等3项指标), a target to be reached
# (培育5个及以上千亿级产业集群), or a span of time before a verb (需提前两天及以上预约, 晚点30分钟及以上可退票:
# a condition's time, no class) stays a figure with its bound.
_CLASS_BOUND_ENDS = ("及以上", "及以下", "或以上", "或以下")
_CLASS_NOUN_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff“「](?<![的为為是在和与與或等已将將被都均也即就])")
# the noun after names the figure's own measure, not a class: 錄得30%或以上的升幅 (as sealed6 labels), 保持在60%及以上的
# 水平 (as sealed10 labels: a figure with its bound, while sealed15's band 60%及以上的高位景氣區間 names a class)
_MEASURE_AFTER_RE = re.compile(r"的?(?:水平|水准|水準|幅度|升幅|增幅|涨幅|漲幅|降幅|跌幅|减幅|減幅|增长|增長|增速|速度|比例|比重|占比|佔比|规模|規模)")
_TARGET_BEFORE_RE = re.compile(r"(?:培育|打造|建设|建設|建成|新建|新增|引进|引進|创建|創建|争创|爭創|达到|達到|[达達建])$")


def drop_class_bounds(norm: str, facts: list[dict]) -> list[dict]:
    """The facts less those whose bound names a class of the noun after it (see above)."""
    return [f for f in facts if not (
        f["surface"].endswith(_CLASS_BOUND_ENDS) and f["kind"] not in ("date", "year")
        and _CLASS_NOUN_AFTER_RE.match(norm, f["end"])
        and (f["kind"] != "duration" or norm.startswith("的", f["end"]))   # 提前两天及以上预约: a time, before a verb
        and not _MEASURE_AFTER_RE.match(norm, f["end"])
        and not _TARGET_BEFORE_RE.search(norm, max(0, f["start"] - 3), f["start"]))]


# (power_degrees reads a tier told with its tier word, 一百一十度至一百二十度的費率, 超過一千度的部分; here: one told by what follows)
# a tier of a tariff or a class of users by how much they use (住宅每月用電700度以下，每度調漲0.1元、701度至1000度，每度…,
# 1001度以上每度…, 701度以上則不調整; 700度以下用户; 面積431呎以下的細戶): the bound names the tier, the price or the
# share of those users is the figure.  A use measured (`每月用電約700度，每月電費…`) has no tier word after it.
_TIER_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千]+)"      # (1,000度以下)
_TIER_UNIT = r"(?:度|千瓦时|千瓦時|立方米|吨|噸|平方呎|平方米|呎|坪)"
_TIER_RE = re.compile(
    rf"(?<![\d.〇零一二三四五六七八九十百千]){_TIER_NUM}\s?(?P<u>{_TIER_UNIT})"
    rf"(?:(?:及|或)?(?:以下|以上|以内|以內)|\s?(?:至|到|[-—~～])\s?{_TIER_NUM}\s?(?P=u))"
    r"(?=[，,]?\s?每(?P=u)|[则則]|的?(?:用[户戶]|住[户戶]|住宅|家庭|[户戶]|[细細][户戶]|[单單]位))")
# a tier named by the users it holds or by the adjustment that applies to it (sealed16's and sealed33's traps: 住宅1,000度以下、
# 小商店…不調整, 住宅用電1,001度以上(…)電價將調漲9%, 住宅每月用電700度以上調漲3%, 僅調1000度以上, 逾1,000度調幅達10%): the
# bound names which households, the rise or the share of them is the figure.  A use measured (`全市用电量1000度以上`, no
# class of users before it, no tariff word after it) stays a figure.
# (and a month's use bounded with no user named before it, 每個月用電120度以上,也就是…才會受夏月電價影響: sealed35's trap; a
# month's use measured, `每月用電量291度`, has no bound)
_USER_TIER_RE = re.compile(
    rf"(?:(?<=住宅|家庭|用[户戶])(?:每月|每期)?(?:用[电電])?(?:量)?(?:在)?|(?<=[调調])"
    rf"|(?:(?<=每月|每期)|(?<=每个月|每個月))用[电電](?:量)?(?:在)?)"
    rf"(?P<tier>{_TIER_NUM}\s?度(?:及|或)?(?:以下|以上))")
_OVER_TIER_RE = re.compile(rf"(?:逾|超过|超過){_TIER_NUM}\s?度(?=[，,]?\s?(?:调幅|調幅|调涨|調漲|电价|電價))")
# a band with its unit written once, at its end (331至500度每度漲0.15元, 第一段為每月1至10度，每度7.35元: found30)
_TIER_BAND_RE = re.compile(
    rf"(?<![\d.〇零一二三四五六七八九十百千]){_TIER_NUM}\s?(?:至|到|[-—~～])\s?{_TIER_NUM}\s?(?P<v>{_TIER_UNIT})"
    r"(?=[，,]?\s?每(?P=v))")
_FIRST_UNITS_RE = re.compile(rf"首({_TIER_NUM}\s?{_TIER_UNIT})(?=[，,]?\s?(?:免费|免費|每|按|收费|收費))")
_PLACE_RE = re.compile(r"(?<![一二三四五六七八九十百千万亿\d])[一二三四五六七八九十]+(?:尾|台|头|条|棵|株|匹)(?=[市町县])(?![市县][级委场民长政])")


_WHEELS_RE = re.compile(r"(?<![一二三四五六七八九十\d])[两二三四六八]轮(?=(?:电动|摩托|机动|农用)?(?:车|汽车|摩托|驱动|马车))")
_CONTRACT_CODE_RE = re.compile(r"(?<![\d.])\d{4}(?=\s?合约)")
# London's three-month metal (伦敦三月铜, LME三个月期铝): the LME's rolling contract, no month of any year
LME_THREE_MONTH_RE = re.compile(r"(?:(?<=伦敦|倫敦)|(?<=LME))(?:三|3)(?:个|個)?月期?(?=[铜铝锌镍铅锡銅鋁鋅鎳鉛錫])")
_TERM_STRUCTURE_RE = re.compile(r"(?<![\d.])\d+\s?[+＋]\s?(?:\d+|N)\s?年")


# a breakdown's opener (按樓齡劃分, 按实用面积划分, 按年龄分组), then its bands up to the sentence's end: a range or a
# bound in years, ages or sizes, followed by the next band or by what the band's class holds (的, 則)
_BREAKDOWN_RE = re.compile(r"按[\u4e00-\u9fff]{1,6}?(?:劃分|划分|區分|区分|分類|分类|分組|分组)[，,:：]?")
_BAND_UNIT = r"(?:年|岁|平方米|平方呎|呎|万元|萬元|亿元|億元)"
_BAND_RE = re.compile(
    rf"(?<![\d.]){_TIER_NUM}\s?(?:(?:{_BAND_UNIT}\s?)?(?:至|到|[-—~～])\s?{_TIER_NUM}\s?{_BAND_UNIT}"
    rf"|{_BAND_UNIT}(?:或|及)?(?:以下|以上|以内|以內))"
    r"(?=的|[、和及]|[则則]|[，,])")
# a signal's score bands, each named by its light (9-16 分為藍燈, 17-22 分為黃藍燈)
_SCORE_BAND_RE = re.compile(r"(?<![\d.])\d+\s?(?:至|到|[-—~～])\s?\d+\s?分\s?(?=[为為]\s?[\u4e00-\u9fff]{0,3}[灯燈])")


# a class drawn by a rate its members pass (sealed40's traps): 披露率高于50%的一级行业, 同比增长上限、下限均超过1000%的上市公司,
# 开工率在75%以上的企业, 利用率超过40%的充电设施, 游客量涨幅超过50%的景德镇、天水等城市 — the rate names which firms, sectors
# or places, the count or share of them is the figure.  The rate's indicator is written before the bound; a level
# told (增长保持在10%以上的较高水平), a base (增速高于25%的全国平均水平) or a share of a class with no indicator before it
# (覆盖超过80%的制造业行业大类: blind's figure) has no class noun right after it, or no indicator, and stays.
_RATE_CLASS_NOUN = (r"(?:上市公司|公司|企业|行业|城市|省份|地区|区县|县市|设施|项目|产品|个股|股票|银行|机构|品种|国家|经济体"
                    r"|门店|网点|学校|医院|基金)")
_RATE_CLASS_RE = re.compile(
    r"(?:率|增速|增幅|涨幅|跌幅|降幅|增长|占比|比重|上限|下限)[^，,。；;：:！？\d%]{0,8}?(?:均|都|皆)?"
    r"(?:(?:高于|超过|低于|大于|小于|不低于|不高于|不足)\s?(?P<fig>\d+(?:\.\d+)?\s?%(?:(?:及|或)?(?:以上|以下))?)"
    # (a level reached, 覆盖率达98%的乡镇快递网点, describes its noun: 在 and 达 draw a class only with a bound)
    r"|(?:在|达到|达)\s?(?P<bounded>\d+(?:\.\d+)?\s?%(?:及|或)?(?:以上|以下)))"
    rf"(?=的[^，,。；;：:！？\d%]{{0,12}}?{_RATE_CLASS_NOUN})")


def _breakdown_bands(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _BREAKDOWN_RE.finditer(norm):
        end = norm.find("。", m.end())
        out += [b.span() for b in _BAND_RE.finditer(norm, m.end(), end if end >= 0 else len(norm))]
    return out


def threshold_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "+" in norm or "＋" in norm:
        out += [m.span() for m in _TERM_STRUCTURE_RE.finditer(norm)]
    if "合约" in norm:
        out += [m.span() for m in _CONTRACT_CODE_RE.finditer(norm)]
    if "月" in norm and ("伦敦" in norm or "倫敦" in norm or "LME" in norm):
        out += [m.span() for m in LME_THREE_MONTH_RE.finditer(norm)]
    if "轮" in norm:
        out += [m.span() for m in _WHEELS_RE.finditer(norm)]
    if "亿元" in norm:
        out += [m.span() for m in _BARE_SIZE_CLASS_RE.finditer(norm)]
    if "亿" in norm or "億" in norm:
        out += [m.span(1) for m in _COUNTED_PAST_RE.finditer(norm)]
    if "楼龄" in norm or "樓齡" in norm:
        out += [m.span() for m in _BUILDING_AGE_RE.finditer(norm)]
    if "逾" in norm or "超" in norm:
        out += [m.span() for m in _PRICE_CLASS_RE.finditer(norm)]
    if "以上" in norm:
        out += [m.span() for m in _SIZE_CLASS_RE.finditer(norm)]
        out += [m.span() for m in _POPULATION_CLASS_RE.finditer(norm)]
    if "以下" in norm or "以上" in norm or "以内" in norm or "以內" in norm or "至" in norm or "到" in norm:
        out += [m.span() for m in _TIER_RE.finditer(norm)]
        if "度" in norm:
            out += [m.span("tier") for m in _USER_TIER_RE.finditer(norm)]
        if "每" in norm:
            out += [m.span() for m in _TIER_BAND_RE.finditer(norm)]
    if ("逾" in norm or "超" in norm) and "度" in norm:
        out += [m.span() for m in _OVER_TIER_RE.finditer(norm)]
    if "首" in norm:      # the first units a tariff prices apart (用水量首12立方米免費，其後每立方米…: found30)
        out += [m.span(1) for m in _FIRST_UNITS_RE.finditer(norm)]
    if "市" in norm or "町" in norm or "县" in norm:
        out += [m.span() for m in _PLACE_RE.finditer(norm)]
    if "按" in norm and "分" in norm:
        out += _breakdown_bands(norm)
    if "%的" in norm or "以上的" in norm or "以下的" in norm:
        out += [m.span("fig" if m.group("fig") else "bounded") for m in _RATE_CLASS_RE.finditer(norm)]
    if "灯" in norm or "燈" in norm:
        out += [m.span() for m in _SCORE_BAND_RE.finditer(norm)]
    return out
