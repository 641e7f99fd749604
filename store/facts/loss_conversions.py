"""A loss converted in brackets is the same loss: `亏损8.69 亿港元(1.11 亿美元)` is −1.11 亿美元 as it is −8.69 亿港元,
`扭转了上年同期…亏损2.3 亿港元(2,940 万美元)` likewise, and so is the sum after a currency note
(`累積超過4000億元（台幣，下同，約125億7190萬美元）的虧損`): the bracket restates the figure before it in another currency
(sealed43).  `_sign` reads the loss of the figure before from its words; the bracket's figure has none of its own.

Read only for a sum of money alone in its bracket (the bracket closes right after it), opening the bracket or after a
word of conversion (约, 约合, 折合, 即 …) or a currency note (`台幣，下同，`), right after a negative sum of money in
another currency.  A bracket naming a period (`(2021年:2900万港元)`) or holding anything else is left alone.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CURRENCY = r"(?:人民[币幣]|港[币幣元]|新[台臺][币幣]|[台臺][币幣]|美元|美金|澳[门門][币幣元]|日[元圆圓]|[欧歐]元)"
_OPEN_RE = re.compile(r"\s*[（(]\s*(?:" + _CURRENCY + r"\s*[，,]\s*下同\s*[，,]\s*)?"
                      r"(?:约合|約合|折合|相当于|相當於|合|约|約|即)?\s*" + _CURRENCY + r"?\s*$")
_CLOSE_RE = re.compile(r"\s*[)）]")


def loss_conversions(norm: str, facts: list[Fact]) -> None:
    money = [f for f in facts if f["kind"] == "money"]
    for before, f in zip(money, money[1:]):
        v, w = before.get("value"), f.get("value")
        if v is None or w is None or not v < 0 or not w > 0 or f.get("value_high") is not None:
            continue
        if f["start"] - before["end"] > 16 or not _OPEN_RE.match(norm, before["end"], f["start"]) \
                or not _CLOSE_RE.match(norm, f["end"]):
            continue
        if (before.get("unit") or "").split("/")[0] == (f.get("unit") or "").split("/")[0]:
            continue                                    # the same currency: no conversion (亏损3亿元(2亿元)…)
        f["value"] = -w
        if isinstance(f.get("value_text"), str) and not f["value_text"].startswith("-"):
            f["value_text"] = "-" + f["value_text"]     # the exact text the series show, signed alike
