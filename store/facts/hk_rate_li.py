"""Hong Kong interest rates written in 厘: `基本利率上调25基点至5厘`, `年息3厘`, `按揭息率2.5厘`.

In Hong Kong usage a rate of N 厘 a year is N percent (`5厘` → percent 5, unit %).  Elsewhere 厘 is
a hundredth (of a yuan, of a percent: mainland `月息3厘` is 0.3 % a month) or the 厘米 of a length,
so only a yearly rate named in the same clause makes 厘 a percent: 利率, 息率, 年息, 拆息, 按揭, 息口,
the prime's name, a bank's margin or a yield (`淨息差1.97厘`, `收益率2.10厘`, `孳息3.5厘`, `債息4.6厘`), a rate move's level
(`減息25個基點至4.25厘`), a bond's coupon
(`票息訂為2.7厘`), and a tenor's item of a rate named earlier in the sentence (`入標息率…,兩年期為2.2厘`, `拆息一個月期報3.65厘，三個月期報3.86厘`), a
level restated after a formula (`P減1.75厘，即約3.5厘`: found30), a fixing typeset as a table in one line (`隔夜│2.63333厘│`)
and a range whose low end is bare (`4至5厘` → 4–5 percent).  A spread in a formula (`P减2.5厘`), a monthly rate (月息, 月利率) and lengths (厘米) are left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder, pre_qualifier
from .numbers import parse_number

_LI_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?|[一二三四五六七八九十半]+)\s?[厘釐](?![米])")
# (债息 is a bond's yield, 美國10年期債息升至4.6厘; a move of the rate, 減息25個基點至4.25厘至4.5厘, names its level)
_RATE_BEFORE_RE = re.compile(r"(?:利率|息率|年息|拆息|按揭|息口|存息|利息|最优惠利率|息差|收益率|孳息|票息|债息|債息"
                             r"|加息|减息|減息|降息)[^，。；,;！？]{0,16}$")
# a tenor's item of a rate named earlier in the sentence (最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘)
_TENOR_ITEM_RE = re.compile(r"(?:[\d一二两三四五六七八九十]+(?:年|个月)期|[长短中]期|前者|后者)(?:则|則|亦|均)?(?:为|是|定为|订为|訂為|订為|报)?$")
_RATE_IN_SENTENCE_RE = re.compile(r"(?:利率|息率|票息|收益率|孳息|拆息)[^。；;！？]*$")
# a rate's level restated after a formula in 厘 (按揭利率上限為P減1.75厘，即約3.5厘: found30)
_RESTATED_RE = re.compile(r"[厘釐][,，]\s?即$")
# a tenor's rate told item by item in a fixing (HIBOR: 隔夜息报0.03577厘,1星期报0.24048厘,与樓按相關的1个月降至0.75780厘;
# 一周拆息跌10.547基点，报1.56018厘，两周則跌10.143基点，报1.69厘): the item opens with its tenor (or 隔夜息), maybe its
# move in points, then 报 or a move's 至 and the level, in a sentence that names an interbank or lending rate
_FIXING_ITEM_RE = re.compile(
    r"(?:隔夜息|隔夜拆息|(?<![\d.])(?:[\d一二两三四五六七八九十]+)(?:个星期|个月|星期|周|週|年)期?(?:拆息|息)?)"
    r"(?:则|則|亦)?(?:(?:[升跌降]\d+(?:\.\d+)?个?基点|[无無]升跌|持平|不变|不變)[,，]\s?)?(?:报|報|降至|升至|跌至|为|為)\s?$")
# (一年期則無升跌，報3厘, 兩周則無升跌，報0.5厘: a tenor left unchanged is told its level as the others are: sealed39)
_FIXING_RATE_RE = re.compile(r"拆息|隔夜息|息率|利率|hibor|HIBOR|Hibor")
# a fixing typeset as a table in one line, its tenor's cell then the rate's (港元銀行同業拆息(HIBOR)時期│最新息率│…
# 隔夜│2.63333厘│升21.797個基點一星期│2.76274厘│…: cov50): the cell after a tenor, in a sentence naming the fixing
_FIXING_CELL_RE = re.compile(
    r"(?:隔夜|(?<![\d.])[\d一二两兩三四五六七八九十]+(?:个星期|個星期|个月|個月|星期|周|週|年))\s?[│|｜]\s?$")
# a range of rates, its low end bare (發債息率是否要4至5厘: 4–5 percent, one figure as 4%至5% is)
_LOW_END_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:至|到|-|–|—|~|～)\s?$")
_MONTHLY_RE = re.compile(r"月息|月利率|月利")
# the rate named at the end of the clause before, its move told in the next (一個月拆息,由1.88厘升至逾1.984厘)
_RATE_THEN_MOVE_RE = re.compile(r"(?:利率|息率|拆息|息口|存息|息差|收益率|孳息)[,，]\s?(?:由|从|從)[^，。；,;！？]{0,16}$")


def hk_rate_li(b: Builder) -> None:
    n = b.norm
    if "厘" not in n and "釐" not in n:
        return
    for m in _LI_RE.finditer(n):
        before = n[max(0, m.start() - 18):m.start()]
        q0, s0 = pre_qualifier(n, m.start())
        if not (_RATE_BEFORE_RE.search(before) or _RATE_THEN_MOVE_RE.search(n, max(0, m.start() - 28), m.start())
                or _RESTATED_RE.search(n, max(0, s0 - 4), s0) and _RATE_IN_SENTENCE_RE.search(n, max(0, s0 - 60), s0)
                or _TENOR_ITEM_RE.search(before) and _RATE_IN_SENTENCE_RE.search(n, max(0, m.start() - 60), m.start())
                or (_FIXING_ITEM_RE.search(n, max(0, m.start() - 24), m.start())
                    or _FIXING_CELL_RE.search(n, max(0, m.start() - 8), m.start())) and _FIXING_RATE_RE.search(n)) \
                or _MONTHLY_RE.search(before):
            continue
        if before[-1:] in "加减減":
            continue                      # P减2.5厘: a spread in points inside a formula, not the rate
        tok = m.group(1)
        if tok == "半":
            v: Decimal | None = Decimal("0.5")
        else:
            p = parse_number(tok)
            v = p.value if p is not None else None
        if v is None or v <= 0 or v > 30:
            continue
        low = _LOW_END_RE.search(n, max(0, m.start() - 12), m.start())
        if low and m.group(1)[:1].isdigit():
            lv = parse_number(low.group(1))
            if lv is not None and 0 < lv.value < v:
                q, s = pre_qualifier(n, low.start(1))
                b.add("percent", s, m.end(), lv.value, unit="%", qualifier=q, value_high=v)   # 4至5厘: 4–5 %
                continue
        q, s = pre_qualifier(n, m.start())          # 由1.88厘升至逾1.984厘: 逾 qualifies the rate
        b.add("percent", s, m.end(), v, unit="%", qualifier=q)
