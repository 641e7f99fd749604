"""Units written apart from their figure, settled after the figures are read.

- a denominator after the figure with 一 or 每 (`933美元一安士`, `80美元一桶`, `2000元每吨`): 美元/安士, and the
  `一桶` after it no figure of its own;
- a denominator before a change (`每吨上涨184元`): 元/吨;
- a dividend per lot (`每10股派0.23元`): 元/10股;
- a price per share of a class (`每股A类普通股5.00美元`): 美元/股;
- the next item of a list or the level a price moved to, after a sum per a unit (`每公升各調漲0.2元、0.3元`,
  `由每台斤43元漲至45元`): per the same unit.
"""

from __future__ import annotations

import re
from typing import Any

from . import rules as R
from .builder import after_last_mark

Fact = dict[str, Any]

_PER_WORDS = "|".join(sorted(map(re.escape, R.PER_UNITS), key=len, reverse=True))
_ONE_PER_AFTER_RE = re.compile(rf"\s*[一每1]({_PER_WORDS})(?![\u4e00-\u9fff])|\s*[一每1](安士|盎司|英兩|英两|桶|吨|噸|公斤|千克|台斤|克|斤|公升|升)")
_PER_CHANGE_BEFORE_RE = re.compile(
    rf"每({_PER_WORDS})(?:平均)?(?:上涨|下跌|上升|下降|上调|下调|提高|降低|增加|减少|涨|跌|升|降)了?(?:约|近)?$")
# (spaced as announcements typeset from a PDF write it, 每 10 股派发现金红利 0.80 元 — cov53)
_PER_LOT_BEFORE_RE = re.compile(r"每\s?(\d+)\s?股\s?(?:派发?|派息|派送|分配|分红|现金红利|现金股利|现金股息|股利|股息|现金|红利|派现)*"
                                r"(?:现金红利|现金|红利)?(?:人民币)?(?:含税)?\s?$")
_PER_SHARE_CLASS_RE = re.compile(r"每股[A-Za-z\u4e00-\u9fff]{0,8}?股$")
_MONEY_UNITS = ("元", "美元", "港元", "欧元", "日元", "英镑")


def settle_units(norm: str, facts: list[Fact]) -> None:
    """Units of money and quantities written apart from the figure (see the module doc)."""
    denominators: list[tuple[int, int]] = []      # 一桶 of 80美元一桶: the unit's, no figure
    for f in facts:
        if f["kind"] != "money" or not f.get("unit"):
            continue
        s, unit = f["start"], f["unit"]
        if f.get("per") or f["kind"] != "money" or unit not in _MONEY_UNITS:
            continue
        left = norm[max(0, s - 16):s]
        per = None
        if norm[f["end"]:f["end"] + 2].lstrip()[:1] in "一每1" and (m := _ONE_PER_AFTER_RE.match(norm, f["end"])):
            per = m.group(1) or m.group(2)
            denominators.append((m.end() - len(per) - 1, m.end()))
        elif "每" not in left:
            continue                            # the forms below all write 每 before the figure
        elif m := _PER_CHANGE_BEFORE_RE.search(left):
            per = m.group(1)
        elif m := _PER_LOT_BEFORE_RE.search(left):
            per = m.group(1) + "股"
        elif _PER_SHARE_CLASS_RE.search(left):
            per = "股"
        if per:
            f["unit"], f["per"] = f"{unit}/{per}", per
    if denominators:
        facts[:] = [f for f in facts if (f["start"], f["end"]) not in denominators]
    _share_per_along(norm, facts)


# the next item of a list, or the level a price moved to (每公升各調漲0.2元、0.3元; 由每台斤43元漲至45元)
# (or the level it closed at, told in the next clause with no new item: 每桶上漲1.52美元，為108.98美元, 收于60.23美元)
# (the level a price was set to from the first: 從每台斤39元調整為42元, 从每克262元调到269元, 每小時…從168元調高到176元,
# 由每台斤33.5元降為31.5元 — in the currency named again before it, 從新台幣2萬5250元調高到新台幣2萬6400元;
# 最低工资标准由每月2,100元调整为2,280元, 月租金由每平方米80元上调至95元)
_PER_SHARED_GAP_RE = re.compile(r"\s*(?:、|和|及|与|或|[涨跌升降增减]至|[，,]\s*(?:最终|最終|终场|終場|尾盘|尾盤)?"
                                r"(?:收于|收於|收在|收报|收報|报收|報收|报|報|为|為|至|到|升至|跌至|回落至|站上|收市报|收市報)"
                                r"|(?:调整|調整|[调調](?:高|低|升|降|涨|漲)?|上[调調]|下[调調]|[涨漲跌升降增减減]|提高|提升|上涨|上漲|上升|下降|降低|回落)"
                                r"(?:为|為|至|到)(?:新台币|新台幣|新臺幣|人民币|人民幣|港币|港幣|澳门币|澳門幣)?)\s*")


# the next grade or market's sum, in the next clause after a price per a unit (三等小麦每斤1.25元，二等1.27元;
# 山东地区每吨2380元，河南地区2360元): a market report names the unit once, as price_list_items reads bare numbers
_NEXT_GRADE_GAP_RE = re.compile(r"\s*[，,]\s*(?:[一二三四五特]等[\u4e00-\u9fff]{0,3}|[一二三四五]级[\u4e00-\u9fff]{0,3}"
                                r"|[\u4e00-\u9fff]{1,4}(?:地区|市场|港口|港|口岸))\s*")


def _same_order(a: Fact, b: Fact) -> bool:
    """b is within a factor of ten of a (a grade's price, not a total beside it)."""
    try:
        av, bv = abs(float(a["value"])), abs(float(b["value"]))
    except (TypeError, ValueError):
        return False
    return av > 0 and av / 10 <= bv <= av * 10


def _share_per_along(norm: str, facts: list[Fact]) -> None:
    """A sum right after a sum per a unit, joined by a list mark or a move to a level, is per that unit too; so is
    a sum in brackets after a name, in the sentence of a price per a unit (每平方米平均價格…,當中澳門半島( 78,751元 ))."""
    money = sorted((f for f in facts if f["kind"] == "money" and f.get("unit")), key=lambda f: f["start"])
    for a, b in zip(money, money[1:]):
        per = a.get("per")
        if not per or b.get("per") or b["unit"] != a["unit"].removesuffix("/" + per):
            continue
        if _PER_SHARED_GAP_RE.fullmatch(norm, a["end"], b["start"]) or _same_price_again(norm, a, b) or (
                _NEXT_GRADE_GAP_RE.fullmatch(norm, a["end"], b["start"]) and _same_order(a, b)):
            b["unit"], b["per"] = a["unit"], per
    for b in money:
        if b.get("per") or b["unit"] not in _MONEY_UNITS or not _BRACKETED_SUM_RE.search(norm, max(0, b["start"] - 3), b["start"]):
            continue
        if m := _PRICE_PER_NAMED_RE.search(norm, after_last_mark(norm, "。！？!?\n", 0, b["start"]), b["start"]):
            b["unit"], b["per"] = f"{b['unit']}/{m.group(1)}", m.group(1)


# a sum alone in brackets after a name (澳門半島( 78,751元 ), 住宅楼花(155417元)), and the sentence's price per a unit
# named before it (每平方米平均價格, 每平方米实用面积平均价格): the breakdown of that price
_BRACKETED_SUM_RE = re.compile(r"[\u4e00-\u9fff][(（]\s?$")
_PRICE_PER_NAMED_RE = re.compile(r"每(平方米|平方呎|平方尺|呎|坪)[\u4e00-\u9fff]{0,8}?(?:价格|價格|均价|均價|售价|售價|呎价|呎價)")


# a later level of the same price in its sentence, reached by a verb after only a date (9月15日來到每公斤17.4元,23日再突破
# 18元): no other name between, so the price is the one told per the unit
_REACHED_LEVEL_RE = re.compile(r"[，,]?\s*(?:\d{1,2}\s?(?:月|日|号|號)\s?|今天|昨天|今日|昨日|随后|隨後|其后|其後|之后|之後|后来|後來)*"
                               r"(?:再|又|更|一度|已)?(?:突破|来到|來到|达到|達到|跌到|跌至|跌破|涨到|漲到|涨至|漲至|升至|升到|"
                               r"回落至|回升至|站上|攀升至)\s*")


def _same_price_again(norm: str, a: Fact, b: Fact) -> bool:
    return _REACHED_LEVEL_RE.fullmatch(norm, a["end"], b["start"]) is not None \
        or _REACHED_LEVEL_RE.fullmatch(norm[a["end"]:b["start"]] + norm[b["start"]:b["start"] + 2]) is not None
