"""A price converted in brackets keeps the price's denominator: `金價飆升至每盎司 5,588 美元（約 43,600 元）` is
43,600 元 an ounce, `每桶80美元（约合人民币580元）` 580 元 a barrel (元/盎司, 元/桶), not a sum of money.

The same holds for the figure of a year before in brackets (`末期股息每股4.00港仙(二零二三年:3.00港仙)`: 港仙/股).
Read only for a sum of money in brackets that opens with a word of conversion (约, 约合, 折合, 合, 相当于) right
after a sum of money with a denominator; the bracket's own unit is kept (it names the other currency).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_OPEN_RE = re.compile(r"\s*[（(]\s*(?:约合|約合|折合|相当于|相當於|合|约|約)\s*(?:人民[币幣]|港[币幣元]|新台[币幣]|美元|澳[门門][币幣元])?\s*$")


# the same figure a year before, in brackets after a period and a colon (末期股息每股4.00港仙(二零二三年:3.00港仙),
# 每股3.50港仙(2022年12月31日:3.00港仙), (上年度:17.91港仙)): the same unit, its denominator too
_PRIOR_RE = re.compile(r"\s*[（(]\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|上年度?|上年同期|去年同期?|前一年度?)[^，,。；;()（）:：]{0,12}"
                       r"\s*[:：]\s*(?:每股)?\s*(?:人民[币幣]|港[币幣])?\s*(?:约|約)?\s*$")


def bracket_conversions(norm: str, facts: list[Fact]) -> None:
    if "(" not in norm and "（" not in norm:
        return
    money = [f for f in facts if f["kind"] == "money"]    # (a year's date between: 4.00港仙(二零二三年:3.00港仙))
    for before, f in zip(money, money[1:]):
        if f.get("per") or "/" not in (before.get("unit") or ""):
            continue
        gap = norm[before["end"]:f["start"]]
        if f["surface"][:1] in "约約" and gap.strip() in ("(", "（"):
            gap += "约"                              # (約85港元): the word of conversion inside the surface
        prior = len(gap) <= 24 and _PRIOR_RE.match(gap) and f.get("unit") == before["unit"].split("/")[0]
        if not prior and (f["start"] - before["end"] > 12 or not _OPEN_RE.match(gap)):
            continue
        if f.get("unit") and "/" not in f["unit"]:
            per = before["unit"].split("/", 1)[1]
            f["unit"], f["per"] = f"{f['unit']}/{per}", per


def converted_price(norm: str, facts: list[Fact], f: Fact) -> Fact | None:
    """The price per a unit that `f`, a sum in brackets opening with a word of conversion right after it, converts
    (`每公噸315美元（約新台幣9657元）`: 315美元 for 9657元), or None."""
    before = None
    for g in facts:
        if g is f:
            break
        if g["kind"] == "money":
            before = g
    if before is None or not before.get("per") or f["start"] - before["end"] > 12:
        return None
    gap = norm[before["end"]:f["start"]]
    if f["surface"][:1] in "约約" and gap.strip() in ("(", "（"):
        gap += "约"
    return before if _OPEN_RE.match(gap) else None
