"""A bare sum in a sentence that writes its sums of money bare is money too.

Hong Kong budget prose writes sums without 元 throughout: `政府經營帳目收入6533億，支出6020億，錄得經營盈餘
513億`, `修訂預算開支1507億，來年再攀升至1564億`, `再預算26億，古洞北…又要40億，…亦將耗費23億`.  The sums
whose clause names money (收入, 支出, 預算) are read as money already; the others (盈餘, 攀升至, 又要, 耗費)
were quantities without a unit.  Where another bare sum of the same sentence is money, a bare
quantity is money in its currency.

Kept: a sum with anything but a clause's end after it (`累计孵化2.5万“景漂”创客`, `1000万+次服务`),
counts of people or things (`网民规模5.64亿`, `189万中小企业`: a noun says what is counted), any
figure with a unit of its own, and sentences whose money is written with its currency only (there
`bare_siblings.money_sibling` decides, with a noun test).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# (after a qualifier, if any: 约300亿)
_BARE_SUM_RE = re.compile(r"^[^\d一二三四五六七八九十两百千零〇]{0,3}[\d.,一二三四五六七八九十两百千零〇]+[万亿萬億]+$")
_SENTENCE_MARKS = "。！？!?\n"
_CLAUSE_END = frozenset("，。；、,;)）") | {""}
_CURRENCIES = frozenset({"元", "美元", "港元", "澳门元", "澳門元", "欧元", "日元", "英镑", "新台币", "新臺幣", "人民币"})


def _sentence_of(norm: str, i: int) -> tuple[int, int]:
    lo = max(norm.rfind(m, 0, i) for m in _SENTENCE_MARKS) + 1
    ends = [k for m in _SENTENCE_MARKS if (k := norm.find(m, i)) >= 0]
    return lo, min(ends) if ends else len(norm)


def bare_sum_siblings(norm: str, facts: list[Fact]) -> None:
    """Give bare quantities the currency of a bare sum of money beside them."""
    todo = [f for f in facts if f["kind"] == "quantity" and not f.get("unit") and _BARE_SUM_RE.match(f["surface"])
            and norm[f["end"]:f["end"] + 1] in _CLAUSE_END]
    if not todo:
        return
    for f in todo:
        lo, hi = _sentence_of(norm, f["start"])
        money = [g for g in facts if g is not f and g["kind"] == "money" and lo <= g["start"] < hi
                 and g.get("unit") in _CURRENCIES and not g.get("per")
                 and _BARE_SUM_RE.match(g["surface"])]
        if not money:
            continue
        near = min(money, key=lambda g: abs(g["start"] - f["start"]))
        f["kind"], f["unit"] = "money", near["unit"]
