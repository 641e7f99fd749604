"""A price told for one unit written as a number: `一斤大蒜12元左右`, `1斤五花肉卖到15.9元`, `黄精一斤能卖10元左右`,
`青菜1把20元`, `高山大蒜一把要價50元`, `一头蒜就得1元多钱`, `一台斤賣到80元`.

Market and produce reports name the denominator as one unit before the price as often as with 每 (`每斤79元`) or
after it (`79元一斤`, read in `units`): the sum is a price per that unit (元/斤), and the `一斤` is no figure of its own
(the gold sets label the price 元/斤 and never the one catty). The one unit is a weight, a volume or a package (斤,
公斤, 台斤, 兩, 錢, 吨, 桶, 盎司, 把, 头, 箱, 袋, 盒, 瓶, 包, 碗, 杯, 串, 捆): never 个, 份, 只, 度 (一度 is once), 次, 家 —
`一个项目投资5亿元`, `一只基金规模1000万美元` are no prices. The price is the first money figure after it in its clause,
a few words on (the product's name, a verb of selling or asking), with no list or choice between
(`一把雨伞或者10元的波波球`: a gift, no price).
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified

Fact = dict[str, Any]

_ONE_UNITS = ("公斤|千克|台斤|市斤|斤|公噸|公吨|吨|噸|兩|两|錢|钱|克|盎司|安士|英兩|英两|桶|公升|升|把|头|頭|箱|袋|盒|瓶|包|碗|杯|串|捆|束"
              "|颗|顆|粒")   # (a head or a piece of produce: 1顆高麗菜不到90元 → 元/颗, as a fruit's 日元/顆)
# one unit: 一 or 1 not inside a longer number or word (每一斤 is read in per_words, 第一把 is a rank, 一一, 十一)
_ONE_RE = re.compile(rf"(?<![每第0-9０-９.．一二三四五六七八九十百千万萬两兩几幾数數单單统統同唯])(?:一|1|１)({_ONE_UNITS})"
                     r"(?![.．半多余餘])")
# between the one unit and the price: the product's name and a verb of selling at most, no mark, digit or list word
_BETWEEN_RE = re.compile(r"[^\d０-９，,。；;：:、！!？?（）()或和及与與跟的]{0,10}")
# the product named after the one unit ends where a verb of selling or asking starts (1斤五花肉卖到, 一头蒜就得)
_VERB_RE = re.compile(r"[卖賣售要就能只可约約价價为為是在到达達]")
# the product named before it: back to a mark, after 等 (青江菜等青菜1把 → 青菜)
_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{1,8})$")
_MARK_RE = re.compile(r"[，,。；;：:、\s等的]")


def one_unit_prices(norm: str, facts: list[Fact], text: str | None = None) -> list[Fact]:
    """Give the price after `一斤`/`1把` that unit as denominator and drop the one unit's own fact (module doc)."""
    drop: set[int] = set()
    for m in _ONE_RE.finditer(norm):
        price = next((f for f in facts if f["start"] >= m.end()), None)
        if price is None or price["kind"] != "money" or price.get("per") or not price.get("unit") \
                or "/" in price["unit"] or not _BETWEEN_RE.fullmatch(norm[m.end():price["start"]]):
            continue
        unit = m.group(1)
        per = "斤" if unit == "市斤" else unit
        price["unit"], price["per"] = f"{price['unit']}/{per}", per
        between = norm[m.end():price["start"]]
        after = between[:v.start()] if (v := _VERB_RE.search(between)) else between
        if after:
            price["subject"] = after                                   # 1斤五花肉卖到15.9元: 五花肉
        else:
            head = _MARK_RE.split(norm[max(0, m.start() - _HEAD_REACH):m.start()])[-1]
            named = _named_head(head)
            if named:                                                  # 平地高麗菜也從過去1斤40元: 平地高麗菜
                at = m.start() - len(head)
                named = (text or norm)[at:at + len(named)]
                had = price.get("subject") or ""
                if not (had.endswith(named) and (text or norm).find(had, max(0, at - len(had)), at + len(named)) >= 0):
                    price["subject"] = named                           # (小白菜、青江菜從一斤: the list read before stays)
            elif b := _BEFORE_RE.search(head):
                price["subject"] = b.group(1)                          # 黄精一斤能卖10元: 黄精
        for i, f in enumerate(facts):
            if f["start"] == m.start() and f["end"] == m.end():
                drop.add(i)                                          # 一斤: the denominator, no figure
    return [f for i, f in enumerate(facts) if i not in drop] if drop else facts


# how far back the product named before the one unit is read (its clause, back to a mark)
_HEAD_REACH = 20


def _named_head(head: str) -> str | None:
    """The product opening the words before a one unit when a verb, an adverb or a preposition follows it
    (平地高麗菜也從過去, 青蔥價格依然居高不下, 青江菜從): the words up to the first of them, when they are
    at least two characters; None when the words hold no such word (黄精: read as before)."""
    from .words import segment, tag_of
    simp = simplified(head)
    n = 0
    for w in segment(simp):
        if tag_of(w):
            return head[:n] if n >= 2 and n < len(head) else None
        n += len(w)
    return None
