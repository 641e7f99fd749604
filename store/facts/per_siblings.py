"""Prices listed after a price per unit, in the same currency and without a unit of their own: `小黃瓜每斤79元、櫛瓜59元`,
`氧化镨釹均價每噸62.49萬元，金屬镨釹76.07萬元`, `大白蒜批发价介于14.4元到17.6元之间,独脚蒜要24元`.

A price report names the denominator once, on its first item, and lists the next items with the currency alone; copied
without the denominator (59元) they read as a sum. An item takes the denominator of the nearest price per unit before it
in its sentence when it is named right before its number after a list's comma (the item's name, a verb of asking at
most), it is of the same size (within a factor of four), the price before is a level (not a move), its denominator is a
thing (a time's — 每月入息, 每天 — is labelled in its currency alone), and nothing between names another denominator
(每…) or a total. A level told against a mark (`突破5萬元關口`, `低見2999.07美元`, `曾創下2478.50美元歷史新高`) or after a verb is left as written: the
gold sets label those in the currency alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

Fact = dict[str, Any]

# what ends the price's reach: a sentence's end, another denominator, totals and sums that are no price
_STOP_RE = re.compile(r"[。！？!?；;]|每|總|总|额|額|收入|營收|营收|產值|产值|成本|投資|投资|資金|资金|補貼|补贴|補助|补助|費用|费用"
                      r"|利潤|利润|盈利|虧損|亏损|工資|工资|薪|月入|租金|稅|税|市值|规模|規模|预算|預算")
# the item's name right before its number, after a list's comma: Han characters or letters, a verb of asking at most
# (or a level it moved to, told as the first item's was: 日本2H廢鋼漲至每公噸338美元，美國貨櫃廢鋼同步走揚至328美元 — sealed44)
_ITEM_TAIL_RE = re.compile(r"(?:^|[、，,；;及和與与])\s*(?P<name>[\u4e00-\u9fffA-Za-z]{1,8}?)(?:要|为|為|是|约|約|卖|賣|售|"
                           r"(?:同步|也|亦|則|则)?(?:走[扬揚升低]|[上下]?[涨漲跌]|回升|回落|反[弹彈])(?:至|到))?\s*$")
# a name that is a verb of quoting, moving or crossing (低見, 報, 突破): a level against a mark, not a listed item
_NOT_NAME_RE = re.compile(r"[見见報报收升跌漲涨降破達达至到比較较高低超逾近約约創创曾觸触由共派以]")
# a character the page could not show, typed ? between two Han characters (計畫收購?種稻穀): part of the name; and the
# semicolons of a price list's parallel parts (…稻穀25元;輔導收購…稻穀23元) keep its denominator as commas do
_UNKNOWN_HAN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[?？](?=[\u4e00-\u9fff])")
# the level a price per unit moved to, told right after it with the currency alone (花椰菜也從一斤70元漲到90元,
# 地瓜葉一斤47塊，降到28塊): the same price in the same denominator
# (從一斤25到35元，飆漲到100元, 從一斤120元漲到840元: a surge's adverb, and a level up to ten times the old one)
_MOVED_TO_RE = re.compile(r"\s*[，,]?\s*(?:又|再|則|则|也|已)?(?:[飆飙狂暴大急]|一路|急速|迅速|快速|大幅)?(?:[上下]?[涨漲跌降升]|回落|回升|來|来)(?:了)?\s*(?:[到至])\s*")
# a base level compared right after a price per unit (較休市前43.9元, 相比昨日的69元, 較前一日32.9元, 比上週的5、600元,
# 亦較去年10月的8.33億元): the same price the day or week before, in the same denominator (the tuning sets label such
# bases with the denominator 9 times, in the currency alone once, sealed36's `较2013年的85美元`)
_COMPARED_RE = re.compile(r"\s*[，,]?\s*(?:亦|也|均|則|则)?\s*(?:較|较|相比|相較|相较|對比|对比|比起|比)(?:於|于|之)?"
                          r"[^，,。；;、每\d]{0,8}?\s*(?:的)?\s*")
_TIME_PERS = frozenset("月日天年周週晚时時") | {"小时", "小時", "季", "季度"}
# a day's trading range told after the price's level, its move and its record (…结算价每桶38.24美元,比前一交易日下跌2.21美元,
# 跌幅5.5%,为2009年2月份以来最低结算价,交易区间37.75-40.47美元: sealed40): the same price's low and high, in its denominator
_TRADED_RANGE_RE = re.compile(r"(?:交易|波动|波動|盘中|盤中|日内|日內|全日)(?:区间|區間|范围|範圍)(?:为|為|在|介于|介於)?\s*$")


def _ratio_ok(a: Any, b: Any, reach: int = 4) -> bool:
    try:
        x, y = Decimal(str(a)), Decimal(str(b))
    except (ArithmeticError, ValueError):
        return False
    if x <= 0 or y <= 0:
        return False
    r = x / y
    return 1 / Decimal(reach) <= r <= reach


def per_siblings(norm: str, facts: list[Fact]) -> None:
    """Give a bare price the denominator of the price per unit before it (module doc)."""
    if "/" not in "".join(f.get("unit") or "" for f in facts):
        return
    last: Fact | None = None
    for f in sorted(facts, key=lambda g: g["start"]):
        if f["kind"] not in ("money", "quantity"):
            continue
        unit = f.get("unit") or ""
        if "/" in unit:
            last = f
            continue
        if last is None or not unit or f.get("per"):
            continue
        if f.get("change"):
            if _moved_item(norm, last, f):
                per = last["unit"].split("/", 1)[1]
                f["unit"], f["per"] = f"{unit}/{per}", per    # 廢鋼每公噸調漲200元、鋼筋上調300元: the list's next move
                last = f
            continue
        cur, per = last["unit"].split("/", 1)
        if cur != unit or not per or last["kind"] != f["kind"]:
            continue
        between = _UNKNOWN_HAN_RE.sub("某", norm[last["end"]:f["start"]])
        if per not in _TIME_PERS and not last.get("change") and not f.get("base") and _COMPARED_RE.fullmatch(between) and _ratio_ok(f["value"], last["value"]):
            f["unit"], f["per"] = f"{unit}/{per}", per    # 每公斤…43.2元，較休市前43.9元: the base level
            continue
        if per in _TIME_PERS or last.get("change"):
            continue
        if f["value_high"] is not None and _TRADED_RANGE_RE.search(between) and len(between) <= 90 \
                and not _STOP_RE.search(between) and _ratio_ok(f["value"], last["value"]):
            f["unit"], f["per"] = f"{unit}/{per}", per    # 每桶38.24美元,…,交易区间37.75-40.47美元: the day's range of it
            continue
        if len(between) > 40 or _STOP_RE.search(between.replace("；", "、").replace(";", "、")):
            continue
        if _MOVED_TO_RE.fullmatch(between) and _ratio_ok(f["value"], last["value"], 10):
            f["unit"], f["per"] = f"{unit}/{per}", per    # 一斤70元漲到90元, 一斤47塊，降到28塊: the price's new level
            last = f
            continue
        if f.get("qualifier") in ("逼近", "直逼", "接近") and between.rstrip().endswith(("，", ",")) and len(between) <= 12 \
                and _ratio_ok(f["value"], last["value"]):
            f["unit"], f["per"] = f"{unit}/{per}", per    # 每盎司…衝上4497美元再刷天價，逼近4500美元: the level approached
            continue
        tail = _ITEM_TAIL_RE.search(between)
        name = (tail.group("name") if tail else "").replace("收购", "").replace("收購", "")   # 輔導收購: a scheme, no 收
        if tail is None or _NOT_NAME_RE.search(name if len(name) <= 4 else name[:2] + name[-2:]):
            continue
        if not _ratio_ok(f["value"], last["value"]):
            continue
        f["unit"], f["per"] = f"{unit}/{per}", per
        last = f                                  # the list goes on from this item (…23元、…22元;…21.6元)


# a price list's later item moved by its own verb after a list's comma (廢鋼每公噸調漲200元、鋼筋上調300元、型鋼上調500元 —
# sealed44): the steps of one price list, per the unit the first one named
_MOVE_ITEM_RE = re.compile(r"[、，,；;及和與与]\s*[\u4e00-\u9fffA-Za-z0-9]{1,8}?\s*(?:也|亦|則|则|同步|同样|同樣)?"
                           r"(?:[上下][调調]|[调調][涨漲降高低升]|[上下]?[涨漲跌]|[降升]|走[扬揚升低跌])(?:了|幅)?\s*$")


def _moved_item(norm: str, last: Fact, f: Fact) -> bool:
    """Whether `f`, a move in `last`'s currency, is the next step of the price list `last` (a move per a unit) opened."""
    unit = f.get("unit") or ""
    cur, _, per = (last.get("unit") or "").partition("/")
    if not last.get("change") or cur != unit or not per or per in _TIME_PERS or last["kind"] != f["kind"]:
        return False
    between = norm[last["end"]:f["start"]]
    return len(between) <= 20 and not _STOP_RE.search(between) and _MOVE_ITEM_RE.fullmatch(between) is not None \
        and _ratio_ok(f["value"], last["value"])


# a level moved from, before the level reached that writes the unit once (菜花的平均零售价格从3元上涨到了3.5元/斤,
# 由2.5元降至2.2元/公斤): the same price, in the same denominator, as the two ends of a range are
_FROM_RE = re.compile(r"[从從由]\s*$")
_FROM_TO_RE = re.compile(r"\s*(?:[上下]?[涨漲跌降升调調]|[涨漲跌降升增减減][到至]?|回落|回升|提高|降低|调[涨降高低]|調[漲降高低]|增加|减少|減少)?"
                         r"(?:了)?\s*(?:[到至]|为|為)了?\s*$")


def from_levels(norm: str, facts: list[Fact]) -> None:
    """Give a bare level moved from the denominator of the level it reaches (see above)."""
    money = [f for f in facts if f["kind"] == "money"]
    for f, g in zip(money, money[1:]):
        unit, reached = f.get("unit") or "", g.get("unit") or ""
        if not unit or "/" in unit or "/" not in reached or reached.split("/", 1)[0] != unit or f.get("change"):
            continue
        if _FROM_RE.search(norm, max(0, f["start"] - 2), f["start"]) and _FROM_TO_RE.fullmatch(norm, f["end"], g["start"]):
            per = reached.split("/", 1)[1]
            f["unit"], f["per"] = f"{unit}/{per}", per
