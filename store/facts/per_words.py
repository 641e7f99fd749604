"""A denominator named before the figure with words between (`每亩产量399.1公斤`, `每亩地种植成本降低了
400元`, `每台机组功率为12.5万千瓦`, `从每亩3000多株提高到5000株`, `每份20元降至9元`): the figure is per that
unit, and copied without it (399.1公斤, 6000株) it would read as a total.

`units.per_before` takes a denominator whose figure follows it after adverbs and verbs of change only
(`每亩增加10.4公斤`); a count takes only units of time (`units.count_per_time`). Here the unit after 每
is a thing measured by (an area, a machine, a serving, a plant: never a time, whose counts have
conventions of their own there), and the figure the first one after it in its clause, a few words on,
of another unit (`每用3度电就有1度` and `每亩地产草量相当于近20亩` compare like with like), with no 就/其中
between (`每产生十张订单，其中就有六张`: a share, not a rate), at most fourteen characters on.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# things a figure is told per: areas, machines and vessels, servings and copies, plants, places (not persons
# or households: 每人GDP, 每户可支配所得 name an indicator as 人均 does, labelled in its currency alone)
# (and the units a fuel, power or fare is priced by: 每公升汽油零售价调至29.5元, 每千瓦时上网电价为0.39元, 每度電價調至
# 3.45元, 每公里运价提高0.05元; 每度过…, 每度假… are no 度)
# (and the boxes a freight rate or a case of produce is priced by: 每40英尺集装箱2168美元, 每大箱2046美元, 每箱)
# (and Taiwan's floor area and gold weight, prices told with words between: 每坪最高達82.6萬元, 每錢新台幣17000元)
_PER_THINGS = ("(?:\\d{2}英尺|[大小标標])?(?:集装箱|集裝箱|箱|柜|櫃)|平方米|立方米|公顷|亩|台斤|台|套|辆|艘|架|份|张|件|吨|公斤|千克|斤|克|株|棵|头|只|所|间|晚|单|次"
               "|公升|升|千瓦时|度(?![过假数])|公里|坪|錢|钱"
               # (and a sum of money a ratio is told per: 每百元营业收入中的成本为85.39元 → 元/百元, the statistics'
               # cost and revenue ratios; 每万元地区生产总值能耗0.5吨标准煤 → 吨标准煤/万元: the magnitude stays in the
               # denominator, as the conventions keep it — sealed40)
               "|[百千万]元")
_PER_WORD_RE = re.compile(rf"每(?:一|个|個)?({_PER_THINGS})(?:地)?")
# the words between: no digit, no clause mark, no 就/其中/相当/比 (a share or a comparison); a space may open the
# figure's bracket (每平方米實用面積平均價格( 85,114元 )), and the price's rate of change may stand before its level
# (每平方米平均价格下跌20.4%至84499元: the rate is blanked before the test)
_BETWEEN_RE = re.compile(r"[^\d\s，,。；;：:！!？?、就其相比较較或和及与與]{0,14}\s?")


def per_words(norm: str, facts: list[Fact]) -> None:
    """Give figures the denominator a 每 names a few words before them (module doc)."""
    if "每" not in norm:
        return
    for f in facts:
        unit = f.get("unit")
        if f.get("per") or not unit or "/" in unit or f["kind"] not in ("money", "quantity", "count"):
            continue
        s = f["start"]
        k = norm.rfind("每", max(0, s - 16), s)
        if k < 0 or not (m := _PER_WORD_RE.match(norm, k)) or m.end() > s:
            _take_price_topic(norm, facts, f, unit)
            continue
        thing = m.group(1)
        between = norm[m.end():s]
        for g in facts:
            if g["kind"] in ("percent", "points") and m.end() <= g["start"] and g["end"] <= s:
                between = between.replace(g["surface"], "")
        if thing == unit or thing in f["surface"] or len(between) > 15 or not _BETWEEN_RE.fullmatch(between):
            _take_price_topic(norm, facts, f, unit)
            continue
        f["unit"], f["per"] = f"{unit}/{thing}", thing


# a price's topic opening with its denominator, the items and the price word after it, across a list's 和 or one
# comma: 每公斤大白蒜头和独脚蒜头的价格分别定在22.6元, 每公斤大白蒜,批发价介于14.4元, 每公斤收購價格,計畫收購…稻穀26元,
# 每百台斤新台币850元 (a hundred catties: the magnitude stays in the denominator)
_TOPIC_WORD_RE = re.compile(rf"每((?:[百千]|一百)?(?:台斤|市斤|公斤|千克|斤|吨|噸|公噸|克|盎司|桶)|{_PER_THINGS})")
_TOPIC_BETWEEN_RE = re.compile(r"[^\d０-９。；;！!：:（）()]{1,26}")
_CURRENCY_RE = re.compile(r"新台币|新臺幣|新台幣|人民币|人民幣|港币|港幣|美金")
_TOPIC_STOP_RE = re.compile(r"每|总|總|额|額|收入|成本|投资|投資|补贴|補貼|补助|補助|费用|費用|利润|利潤|工资|工資|税|稅|市值|规模|規模|预算|預算")


def _price_topic(norm: str, facts: list[Fact], f: Fact) -> str | None:
    """The denominator of a price whose topic names it first, words and at most one comma before the price (a price
    word 价/價 between: a price, not a sum), no figure between; else None."""
    s = f["start"]
    k = norm.rfind("每", max(0, s - 28), s)
    if k < 0 or not (m := _TOPIC_WORD_RE.match(norm, k)):
        return None
    thing = m.group(1).replace("一百", "百")
    between = norm[m.end():s]
    if not _TOPIC_BETWEEN_RE.fullmatch(between) or not (_CURRENCY_RE.fullmatch(between) or "价" in between or "價" in between) \
            or between.count("，") + between.count(",") > 1 or _TOPIC_STOP_RE.search(between) \
            or any(m.end() <= g["start"] < s for g in facts) or thing == f.get("unit"):
        return None
    return thing


def _take_price_topic(norm: str, facts: list[Fact], f: Fact, unit: str) -> None:
    """A money figure with no 每 of its own takes the denominator its price topic names first (_price_topic)."""
    if f["kind"] == "money" and (thing := _price_topic(norm, facts, f)):
        f["unit"], f["per"] = f"{unit}/{thing}", thing
        _strip_topic(f, thing)


def _strip_topic(f: Fact, thing: str) -> None:
    """每公斤大白蒜头 → 大白蒜头, 来到每百台斤 → no subject (a verb before it): the denominator is the unit's, not the
    subject's."""
    subject = f.get("subject") or ""
    k = subject.find("每" + thing)
    if k >= 0:
        f["subject"] = subject[k + 1 + len(thing):] or None
