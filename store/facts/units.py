"""Units after a number: the full unit as written, with its denominator.

`26.30元/股` → unit 元/股, per 股; `1.0439吨标准煤/万元` → per 万元 (a magnitude
in the denominator is part of the unit; in the numerator it is part of the
number).  The kind of a rate is the kind of its numerator.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import rules as R
from .builder import after_last_mark
from .flow_units import flow_per
from .numbers import Parsed
from .per_numbered import numbered_per
from .prefixed_units import scale_degree

_PER_INDEX: dict[str, list[str]] = {}
for _u in sorted(set(R.PER_UNITS) | set(R.UNIT_KIND), key=len, reverse=True):
    _PER_INDEX.setdefault(_u[0], []).append(_u)
_PER_MAGS = ("百万", "千万", "万", "亿", "百", "千", "十")
_SPACE = " "


class Unit(NamedTuple):
    """A unit read after a number: what it is called, its kind, where it ends (a tuple: one
    is made for every number read, and a tuple is the cheapest immutable record)."""

    name: str                     # base unit as written: 元, 个百分点, 吨标准煤
    kind: str
    end: int
    per: str | None = None        # denominator: 股, 万元, 百万英热单位

    @property
    def full(self) -> str:
        name = R.UNIT_CANONICAL.get(self.name, self.name)
        return f"{name}/{self.per}" if self.per else name


# how far a unit starting with a character can reach, with the character after it
_UNIT_REACH = {c: max(map(len, units)) + 1 for c, units in R.UNIT_INDEX.items()}


# 2升到3升, 两升至三升: litres up to litres, not a rise (升到 is read as the verb otherwise)
_LITRE_RANGE_RE = re.compile(r"升[到至][0-9０-９.．一二三四五六七八九十百千两兩]{1,8}升(?![至到级为])")


def match_unit(norm: str, pos: int) -> str | None:
    """The longest known unit starting at pos, unless it starts a longer word (元旦, 升至)."""
    if pos >= len(norm) or (reach := _UNIT_REACH.get(norm[pos])) is None:
        return None
    u = _unit_heading(norm[pos:pos + reach])
    if u is None and norm[pos] == "升" and _LITRE_RANGE_RE.match(norm, pos):
        return "升"
    return u


@lru_cache(maxsize=16384)
def _unit_heading(head: str) -> str | None:
    """`match_unit` at the start of `head`, the text as far as a unit can reach (the same
    few words follow numbers: cached)."""
    for u in R.UNIT_INDEX[head[0]]:
        if head.startswith(u):
            after = head[len(u):len(u) + 1]
            if after and after in R.UNIT_NOT_BEFORE.get(u, "") and not head.startswith(R.UNIT_BEFORE_BOUND.get(u, "\0")) \
                    and not (u == "日" and after == "内" and _closes_window(head[2:3])):
                continue
            if after and u in R.UNIT_ONLY_BEFORE and after not in R.UNIT_ONLY_BEFORE[u] and "\u4e00" <= after <= "\u9fff":
                continue      # 三两个人, 十万两岸: no tael
            if u.isascii() and u[0].isalpha() and after and (after.isascii() and after.isalnum()):
                continue      # 5Gbps, 3mm? longer ASCII word: not this unit
            return u
    return None


def _closes_window(nxt: str) -> bool:
    """日内 then `nxt` (the text's end, a mark or a verb): a window of days (30日内完成), no word."""
    return not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in R.DAY_WITHIN_NEXT


def per_word_at(text: str, pos: int) -> str | None:
    """The longest unit a denominator can name at pos (公升, 台斤, 箱), or None."""
    return per_word(text, pos)


def per_word(norm: str, pos: int) -> str | None:
    for u in _PER_INDEX.get(norm[pos: pos + 1], ()):
        if norm.startswith(u, pos):
            after = norm[pos + len(u): pos + len(u) + 1]
            if u.isascii() and after.isascii() and after.isalnum():
                continue
            return u
    return None


def _per_word_after_every(norm: str, pos: int) -> str | None:
    """The unit after 每: a known denominator (每桶), a dozen (每打8美元: 美元/打), or one with a hundred or a
    thousand inside it (每百台斤1000元: 元/百台斤, as 吨标准煤/万元 keeps its 万)."""
    if w := per_word(norm, pos):
        return w
    if norm.startswith("打", pos):
        return "打"
    if norm[pos: pos + 1] in ("百", "千") and (w := per_word(norm, pos + 1)) and w not in ("元", "美元"):
        return norm[pos] + w
    return None


# (每桶再跌37美分, 每桶也下滑26美分, 每亩增加10.4公斤: an adverb or a two-character move may stand between;
# 每亩补贴150元, 每吨收取20元: a payment per the unit)
_PER_FILL = (r"(?:[为是约达报收于涨跌升降至到高仅近超过了的平均上下再也又亦还则]|[涨跌升降增]幅|累计|"
             r"补贴|补助|奖补|奖励|收费|收取|售价|租金|"        # 每亩补贴150元: a payment per the unit
             r"可?[获獲][发發得]|可?[领領]取|"                # 每人可獲發8,000元: a grant per head
             r"单价|單價|均价|均價|价格|價格|从|從|"             # 每坪單價從14.4萬元: a price per the unit
             r"下滑|回落|下挫|回升|攀升|增加|减少|提高|降低|上涨|下跌|\s|"    # 比上年每亩增加10.4公斤
             r"[调調](?:涨|漲|降|升|高|低)|上[调調]|下[调調]|[电電](?:价|價|费|費)|"    # 每度調漲0.1元: a tariff's step
             r"港币|港幣|人民币|人民幣|"      # 每股港币四十仙: the currency named before the sum (sealed41)
             r"分派|派[发發息]|分配|派|中期|末期|特别|特別|股息|股利|"      # 每單位中期分派126.88仙: a payout per the unit (sealed44)
             r"[(（][A-Za-z]{2,8}[)）])*")   # 每百萬英熱單位 (MMBtu)3.70 美元: the unit's abbreviation in brackets
_PER_BEFORE_RE = re.compile(r"每([^\d\s，。；、,;]{1,7}?)" + _PER_FILL + "$")
_PER_FILL_RE = re.compile(_PER_FILL)
# a flow per unit of time: 每年可节约标准煤5400万吨 (吨/年), 日均约2000万桶 (桶/日)
_PER_TIME_RE = re.compile(r"(?:每(年|天|日|月)(?:可|能|将|约|均)?[\u4e00-\u9fff]{1,8}?|(日|月|年)均)"
                          r"(?:[约近超逾达为了]|超过|达到|\s)*$")


def per_before(norm: str, start: int) -> str | None:
    """每桶60.32美元, 每立方米30微克, 每吨降幅达72元, 每年可节约标准煤5400万吨, 日均约2000万桶:
    the denominator written before the figure."""
    k = norm.rfind("每", max(0, start - 20), start)    # (每百万英热单位 (MMBtu)3.70 美元: a long unit)
    if k >= 0 and (w := _per_word_after_every(norm, k + 1)) and _PER_FILL_RE.fullmatch(norm, k + 1 + len(w), start):
        return w                           # the longest unit first: 每公升29.8元 (升 is no filler here)
    if k >= 0 and (q := _PER_AMOUNT_BEFORE_RE.match(norm, k + 1)) and _PER_FILL_RE.fullmatch(norm, q.end(), start):
        return q.group()                   # 每500克4.45元: a price per a packed amount
    if k >= 0 and k < start - 12:
        k = norm.rfind("每", max(0, start - 12), start)
    m = _PER_BEFORE_RE.search(norm, k, start) if k >= 0 else None
    word = m.group(1) if m else None
    if word and per_word(word, 0) == word:
        return word                        # the nearest 每X first: 每年…每小时30毫米 is per hour
    if word and (c := _COMMODITY_PER_RE.match(word)):
        return c.group(1)                  # 每公斤猪肉47.03元: a price per weight of the good it names
    if (w := _PAY_PER_HOUR_RE.search(norm, max(0, start - 16), start)) is not None:
        return "小时"                      # 每小時基本工資從168元: a wage or a fee per hour
    t = _PER_TIME_RE.search(norm, max(0, start - 12), start)
    if t and "人均" in t.group():
        return None                        # 每日人均花費150元: two denominators are not written as one
    if t is None and (g := _GRAM_PRICE_RE.search(norm, max(0, start - 8), start)):
        return g.group(1)                  # 金饰克价1027元: a price per gram, named so
    return (t.group(1) or t.group(2)) if t else (flow_per(norm, start) or numbered_per(norm, start))


# a wage, fee or rent per hour named before the sum (每小時基本工資從168元調高到176元, 每小时停车费5元)
_PAY_PER_HOUR_RE = re.compile(r"每(?:小时|小時)[\u4e00-\u9fff]{0,6}?(?:工资|工資|薪资|薪資|薪酬|收费|收費|费用|費用|停车费|停車費|"
                              r"租金|价格|價格|费|費)(?:从|從|由|为|為|是|约|約|达|達|仅|僅|\s)*$")
_PER_AMOUNT_BEFORE_RE = re.compile(r"(?:[1-9]\d{0,3}|0\.\d{1,2})(?:千克|公斤|克|g|kg|斤|毫升|ml|mL|升|公升|L)")
# a weight or volume, then the good priced by it: 每公斤猪肉47.03元 (元/公斤); 每股收益0.86元 keeps 元
_COMMODITY_PER_RE = re.compile(r"(公斤|千克|市斤|台斤|斤|吨|噸|公吨|公噸|克|桶|公升|升|加仑|加侖|盎司|英两|英兩)[\u4e00-\u9fff]{1,4}$")
# a price named per its unit of weight: 克价1027元 (元/克); not a change of it (克价较前一日上涨12元)
_GRAM_PRICE_RE = re.compile(r"(克|吨)价(?:[为是报约达至到了在]|突破|跌破|升至|降至|涨至|跌至|\s)*$")


# a count per unit of time: 每天约8000辆 (辆/天), 每个月2到4次 (次/月), 日均净增1万户 (户/日), 每分钟就有2.6万件 (件/分钟); not a count
# standing each day (每天奔波着900多名志愿者: 着 marks a state) nor a daily average named without a
# verb of flow (日均约4212车次, labelled as 车次)
# (a list's later item shares its 每天: 每天约8000辆汽车、400台挖掘机 → 台/天)
_COUNT_PER_TIME_RE = re.compile(r"(?:每个?(年|天|日|月|周|小时|小時|分钟|分鐘|秒钟|秒鐘|秒)(?:可|能|将|约|均|都)?(?:(?![的着])[\u4e00-\u9fff]){0,8}?"
                                r"|(日|月|年)均(?:净|新)?(?:增加|减少|增|减))"
                                r"(?:(?:[约近超逾]|超过)?[\d.,]+[万亿]?(?:(?![的着])[\u4e00-\u9fff]){1,6}、)?"
                                r"(?:[约近超逾达为了]|超过|达到|保持|\s)*$")


def count_per_time(norm: str, start: int) -> str | None:
    """The unit of time a count is per, written before it (每天约8000辆 → 天), or None."""
    k = max(0, start - 20)      # (a list item: 每天约8000辆汽车、400台)
    if "每" not in norm[k:start] and "均" not in norm[k:start]:
        return flow_per(norm, start) or numbered_per(norm, start)   # (it reaches further: 每万人口…6.5件)
    if pack := _COUNT_PER_PACK_RE.search(norm, max(0, start - 6), start):
        return pack.group(1)               # （每箱200顆）: a count per a container
    t = _COUNT_PER_TIME_RE.search(norm, k, start)
    if t and t.group(1) and _FLOW_NOUN_END_RE.search(t.group()):
        return None                        # 每日供應量為12.5萬箱: a flow named as a noun keeps its unit (see gold README)
    return (t.group(1) or t.group(2)) if t else (flow_per(norm, start) or numbered_per(norm, start))


# a count per a container written just before it: 每箱200顆, 每盒10片
_COUNT_PER_PACK_RE = re.compile(r"每(箱|盒|袋|包|瓶|罐|桶|筐|篮|板|提|件|套)(?:约|装|有)?$")
# the noun of a flow ends the words after 每天 (每日供應量, 每天雞蛋需求量): no verb of flow
_FLOW_NOUN_END_RE = re.compile(r"量(?:[约近超逾达为了]|超过|达到|保持|\s)*$")


# a sentence that opens with its unit of time: 每1分钟，全国可再生能源发电680万度 (度/分钟)
_PER_HEADING_RE = re.compile(r"\s*每(?:1|一)(小时|分钟|秒)[，,]")
_SENTENCE_END = "。！？!?\n"


def per_heading(norm: str, start: int) -> str | None:
    """The unit of time a sentence opens with (每1小时，…2000辆): every flow in it is per that unit."""
    lo = max(0, start - 80)
    if norm.find("每", lo, start) < 0:
        return None                        # no 每 within reach: the usual case, decided at once
    m = _PER_HEADING_RE.match(norm, after_last_mark(norm, _SENTENCE_END, lo, start), start)
    return m.group(1) if m else None


# a price per an amount of a weight or a volume (元/500克, 元/5升, 每500克4.45元: price monitoring's units)
_PER_AMOUNT_RE = re.compile(r"(?:[1-9]\d{0,3}|0\.\d{1,2})(?:千克|公斤|克|g|kg|斤|毫升|ml|mL|升|公升|L)(?![A-Za-z\u4e00-\u9fff])")


_TYPED_TWICE = frozenset({"元", "美元", "港元"})


def denominator(norm: str, pos: int) -> tuple[str, int] | None:
    """`/股`, `/万元`, `/百万英热单位`, `/人·年` at pos: (denominator, end)."""
    if norm[pos: pos + 1] != "/":
        return None
    k = pos + 1
    if norm[k: k + 1] == "每" and per_word(norm, k + 1):
        k += 1                              # 5,500美元/每盎司, 3000元/每吨: the slash and 每 say one thing
    word = per_word(norm, k)
    if word is None and (q := _PER_AMOUNT_RE.match(norm, k)):
        return q.group(), q.end()           # 2.89元/500g, 76.70元/5升: a price per a packed amount
    if word is None:
        mag = next((m for m in _PER_MAGS if norm.startswith(m, k)), None)
        word = per_word(norm, k + len(mag)) if mag else None
        if word is None or mag is None:
            return None
        word = mag + word
    end = k + len(word)
    if word in _TYPED_TWICE and norm[end: end + 1] == "/" and (nxt := denominator(norm, end)) is not None:
        return nxt                          # 5750元/元/吨: the currency typed twice, a price per 吨 (sealed40), no 元/元
    if norm[end: end + 1] in ("·", "•") and (more := per_word(norm, end + 1)):
        word, end = word + "·" + more, end + 1 + len(more)
    return word, end


# a unit then 每 and the measure it is per, no slash (89.5微克每立方米降到27微克每立方米, 1.5元每枝 — sealed42, sealed38):
# one unit with its denominator, when the measure ends the phrase (a mark, a move, a bound or a joiner after it; 每亩产出…
# opens a phrase of its own)
_EVERY_AFTER_UNIT_END_RE = re.compile(r"$|[^\u4e00-\u9fff]|(?:左右|以上|以下|上下|降|升|增|减|減|涨|漲|跌|下降|上升|的|和|及|与|與|或|至|到)")


def _every_after_unit(norm: str, pos: int) -> tuple[str, int] | None:
    word = per_word(norm, pos + 1)
    if word is None or word in _TYPED_TWICE or not _EVERY_AFTER_UNIT_END_RE.match(norm, pos + 1 + len(word)):
        return None
    return word, pos + 1 + len(word)


# a price per a measure of the good, told in 块 (每公升33塊, 每斤3块): the coin, not pieces (每人3块月饼 counts)
# (a range too, 每斤3.8到4块左右, and a qualifier after it)
_PRICE_PER_MEASURE_RE = re.compile(r"每(?:公升|升|市斤|斤|台斤|公斤|千克|吨|克|两|度|桶)[^\d，。；、,;]{0,4}?"
                                   r"(?:[\d.]+(?:到|至|-|~|～))?[\d.]+块$")


# a price or a sum paid told in 块 after its word (收购价5块左右, 今年就卖3块多, 則可以領七千塊): the coin, when no noun
# follows (卖出3块地, 领了3块月饼 count pieces)
_PRICE_WORD_BEFORE_RE = re.compile(r"(?:价|價|卖|賣|售|领|領|补助|補助|补贴|補貼|工资|工資|薪|赚|賺)"
                                   r"(?:了|仅|僅|只|就|才|为|為|是|约|約|近|到|达|達|都|也|在|大概|大约|大約)*"
                                   r"[\d.一二三四五六七八九十百千万萬两兩]+块$")


def classify(unit: str, norm: str, end: int) -> str:
    kind = R.UNIT_KIND[unit]
    if unit == "块":
        nxt = norm[end:end + 2]
        bare_end = not "\u4e00" <= nxt[:1] <= "\u9fff" or nxt in ("左右", "以上", "上下")
        kind = "money" if (nxt.startswith(("钱", "以")) or end >= len(norm)
                           or _PRICE_PER_MEASURE_RE.search(norm, max(0, end - 16), end) and bare_end
                           or (bare_end or nxt[:1] == "多" and not "\u4e00" <= nxt[1:2] <= "\u9fff")
                           and _PRICE_WORD_BEFORE_RE.search(norm, max(0, end - 16), end)) else "count"
    return kind


def _unit_at(norm: str, pos: int) -> Unit | None:
    name = match_unit(norm, pos)
    if name is None:
        return None
    end = pos + len(name)
    per = denominator(norm, end)
    if per and per[0] == "次" and (slashed := name + "次") in R.UNIT_KIND:
        return Unit(slashed, R.UNIT_KIND[slashed], per[1])   # 79286人/次: person-times written with a slash
    kind = classify(name, norm, end)
    if per is None and norm[end: end + 1] == "每" and kind in ("money", "quantity") \
            and (every := _every_after_unit(norm, end)):
        return Unit(name, kind, end, every[0])   # 89.5微克每立方米, 1.5元每枝: the surface ends at the unit, as
        #                                          收购价格为2000元每吨 does (1500万人每日的用水量: no count per day)
    if per is None and name == "元" and (bare := _BARE_PER_RE.match(norm, end)):
        per = bare.group(), bare.end()      # 收购价格0.96元斤: a grain price per 斤, its slash left out
    if per:
        return Unit(name, kind, per[1], per[0])
    return Unit(name, kind, end)


# a grain or market price written without its slash, the measure closing the clause (0.96元斤, 2730元吨)
_BARE_PER_RE = re.compile(r"(?:公斤|千克|斤|吨|噸)(?![\u4e00-\u9fff\d])")


# a span with 多 inside its measure: 两个多月, 三个多小时, 一个多星期 (个月, 小时, 个星期 with qualifier 多)
_SPAN_MORE = {"月": "个月", "小时": "小时", "小時": "小时", "钟头": "小时", "鐘頭": "小时", "钟頭": "小时", "鐘头": "小时", "星期": "个星期", "礼拜": "个星期",
              "季度": "个季度"}
_SPAN_MORE_RE = re.compile(r"[个個]多(月|小[时時]|[钟鐘]头|[钟鐘]頭|星期|礼拜|季度)")


def _hanzi_before(norm: str, e: int) -> bool:
    """The word before the number ending at e is Chinese (a Latin unit after a space is one only there:
    in an English phrase, 3 m… is a word)."""
    k = e - 1
    while k >= 0 and (norm[k].isdigit() or norm[k] in ".,- "):
        k -= 1
    return k < 0 or not (norm[k].isascii() and norm[k].isalpha())


def unit_after(norm: str, e: int, p: Parsed, arabic: bool) -> tuple[str | None, Unit | None, int]:
    """(approx mark, unit, end) after a number ending at e: 500余家, 5 天, 26.30元/股."""
    nxt = norm[e: e + 1]
    if nxt in "个個" and p.approx is None and (span := _SPAN_MORE_RE.match(norm, e)):
        return "多", Unit(_SPAN_MORE[span.group(1)], "duration", span.end()), span.end()   # 两个多月: 2 个月, 多
    if nxt and nxt in "多余几" and p.approx is None:
        u = _unit_at(norm, e + 1)
        if u:
            return nxt, u, u.end
        if nxt == "几":
            return None, None, e
        return nxt, None, e + 1
    if nxt == "来" and p.approx is None and e and norm[e - 1] in "十百千万0" and (u := _unit_at(norm, e + 1)):
        return "来", u, u.end                      # 十来天, 二十来个, 100来家: about so many (sealed39; 一来 is "firstly")
    u = _unit_at(norm, e)
    if u is None and arabic and nxt == _SPACE and (not norm[e + 1: e + 2].isascii() or norm[e + 1: e + 2] == "%"):
        u = _unit_at(norm, e + 1)                  # 5 天, 168.66 亿美元 (the 亿 is in the number), 7.13 %
    elif u is None and arabic and nxt == _SPACE and norm[e + 1: e + 2].isalpha() and _hanzi_before(norm, e):
        u = _unit_at(norm, e + 1)                  # 高9 m, 全长3 km: a Latin unit one space on, in a Chinese sentence
    if u:
        return None, u, u.end
    if nxt == "°" and (deg := scale_degree(norm, e)):
        return None, Unit(deg[0], "quantity", deg[1]), deg[1]     # 摄氏37°: the scale is named before
    return None, None, e
