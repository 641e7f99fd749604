"""A currency named in words right before a sum in 元: `新臺幣200億元`, `公告發行額:新臺幣 199.998億元` are in
新台币元 (Taiwan's treasury auctions), as `224.9億元(澳門元,下同)` is in 澳門元 by its bracket.  The unit is the
currency as an analyst states it; a sum in bare 元 beside a Taiwan dollar is no renminbi.  (`港幣 0.63 元` is read
as 港元 by the rewrite of `hk_dollars`; 人民币 before a sum in 元 names the same 元 and changes nothing.)
The other currencies the press names in words before a sum in 元 are read the same way: `澳門幣499.8億元`,
`葡币` (the pataca, as Macao's press calls it) in 澳门元, `美金20億元` in 美元, `日币`/`日圓` in 日元 — left as bare
元, each would be read as renminbi.  The name may also follow the sum with nothing between (`營收達120億元新台幣`,
`成交值3500億元新臺幣`: found27), and 台幣 without 新 is the same dollar (`600~700億元台幣`).  A sum per a unit keeps its denominator (`每月基本工資從新台幣2萬5250元`: 新台币元/月).
"""

from __future__ import annotations

import re
from typing import Any

_CURRENCY_UNITS = {"新台币": "新台币元", "新台幣": "新台币元", "新臺幣": "新台币元", "新臺币": "新台币元",
                   "澳门币": "澳门元", "澳門幣": "澳门元", "澳门幣": "澳门元", "澳門币": "澳门元",
                   "葡币": "澳门元", "葡幣": "澳门元",
                   "美金": "美元", "日币": "日元", "日幣": "日元", "日圆": "日元", "日圓": "日元",
                   # (Taiwan's press drops 新 too: 資本支出約介於600~700億元台幣之間 — sealed44)
                   "台币": "新台币元", "台幣": "新台币元", "臺幣": "新台币元", "臺币": "新台币元"}
_BEFORE_RE = re.compile("(" + "|".join(_CURRENCY_UNITS) + r")\s*[:：]?\s*$")
_AFTER_RE = re.compile(r"\s?(" + "|".join(_CURRENCY_UNITS) + ")")
# the currency words' first characters: most texts hold none of them
_GATE_RE = re.compile("[台臺][币幣]|澳门|澳門|葡|美金|日[币幣圆圓]")


def currency_words(norm: str, facts: list[dict[str, Any]]) -> None:
    """Give each sum in 元 written right after a currency's name that currency (新台币元, 澳门元, 美元, 日元)."""
    if _GATE_RE.search(norm) is None:
        return
    for f in facts:
        unit = f.get("unit") or ""
        if f["kind"] == "money" and (unit == "元" or unit.startswith("元/")) \
                and (m := _BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"]) or _AFTER_RE.match(norm, f["end"])):
            f["unit"] = _CURRENCY_UNITS[m.group(1)] + unit[1:]      # 每月…新台幣2萬5250元: 新台币元/月


def currency_word_subjects(norm: str, facts: list[dict[str, Any]]) -> None:
    """A currency word read into a sum's unit leaves its subject (收入美金20.4億元: 收入, not 收入美金); the
    subject rules strip only the common names, since a currency is itself a subject elsewhere (日圓貶值1.27%)."""
    if _GATE_RE.search(norm) is None:
        return
    for f in facts:
        subj = f.get("subject")
        if f["kind"] != "money" or not subj or (m := _BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"])) is None:
            continue
        word = m.group(1)
        if f.get("unit") == _CURRENCY_UNITS[word] and subj.endswith(word) and len(subj) > len(word):
            f["subject"] = subj[:-len(word)].rstrip()
