"""A base is the period or item compared with, as written but without what is not the base
(tests/gold/README.md conventions; sealed9's labels):
- a note in brackets: `与上年同期(法定披露数据)相比` → 上年同期;
- the rate word after a period: `较1-10月增速降低0.9个百分点` → 1-10月 (`较4月末` → 4月末); an item's rate keeps its
  words (`比上年全年营收增速` stays);
- the currency of the base's value after a period: `较上年人民币1900百万元增加12.5%` → 上年 (sealed10's labels);
- an adverb it ran into: `與今年最初預算則多了` → 今年最初預算, `較上年同月僅漲` → 上年同月, `較去年同月更是暴增` → 去年同月;
- the denominator of a price moved after it: `较上周每斤上涨3分` → 上周.
Run last, after every rule that sets a base (context.enrich).
"""

from __future__ import annotations

import re
from typing import Any

_BASE_NOTE_RE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]\s*$")
_PERIOD_RATE_BASE_RE = re.compile(r"^([\d一二三四五六七八九十\-—–~至年月份季度上去全半末底同期]+?)的?(?:增速|增幅|涨幅|漲幅)$")
# the currency of the base's value after a period: `较上年人民币1900百万元增加12.5%` → 上年
_PERIOD_CURRENCY_BASE_RE = re.compile(r"^([\d一二三四五六七八九十\-—–~至年月份季度上去全半末底同期]+?)的?"
                                      r"(?:人民币|人民幣|港币|港幣|港元|美元|新台币|新臺幣|澳门元|澳門元)$")
_TAIL_LAST = frozenset("速幅)）币幣元")
# an adverb the base ran into: `與今年最初預算則多了…` → 今年最初預算, `較上年同月僅漲0.48%` → 上年同月
_PARTICLE_TAIL = frozenset("则則仅僅")
# two-character adverbs likewise: `較去年同月更是暴增1.4倍` → 去年同月
_ADVERB_TAIL_RE = re.compile(r"(?:更是|还是|還是|也是|则是|則是|仍然|依然|均已|都已)$")


# the price's denominator after a period: `较上周每斤上涨3分` → 上周 (the 每斤 is the move's unit, found28)
_PER_UNIT_TAIL_RE = re.compile(r"(?<=.)每(?:千瓦时|千瓦時|公斤|千克|斤|吨|噸|升|公升|立方米|方|股|度|头|頭|只|个|個)$")


def tidy_bases(facts: list[dict[str, Any]]) -> None:
    """Bases without a bracketed note or a period's rate word (module doc)."""
    for f in facts:
        base = f.get("base")
        if base and "每" in base:
            f["base"] = base = _PER_UNIT_TAIL_RE.sub("", base)
        if base and len(base) > 2 and base[-1] in _PARTICLE_TAIL:
            f["base"] = base = base[:-1]
        if base and len(base) > 3 and (adverb := _ADVERB_TAIL_RE.search(base)):
            f["base"] = base = base[:adverb.start()]
        if base and base[-1] in _TAIL_LAST:
            f["base"] = _BASE_NOTE_RE.sub("", _PERIOD_CURRENCY_BASE_RE.sub(r"\1", _PERIOD_RATE_BASE_RE.sub(r"\1", base))) or base
