"""Commodity and futures reports: the price or contract traded, not the words around a level.

- A level described by what it was (`收于787.70美元的近一个月来的低点`, `盘中曾出现69.60美元的
  今年最高交易价`, `距离…936.50美元的阶段高点更是跌去近150美元`, `自每桶70.85美元的天价回跌了
  12%`) and a contract's manner of closing (`12月合约以接近平盘的每盎司790美元收盘`) were taken
  as subjects; the figure is the price of what the sentence trades: the subject of the price
  before it in the sentence (`12月期金合约暴跌51.30美元`), else the price or contract the
  sentence names before it (`纽约商品交易所黄金期货价格20日冲高后回落`).
- The denominator is the unit's, not the subject's (`汽油期货价格当天每加仑下跌2.86美分` →
  汽油期货价格), and a week is a period (`上周美国原油商业库存` → 美国原油商业库存).
- A unit conversion in brackets (`每1000立方英尺(1立方米约合35立方英尺)`) measures nothing, and
  the price after it is the price named before it (天然气期货价格, not 英尺).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_PRICE_KINDS = ("money", "percent")
# what a level was, or a manner of closing: never the thing priced (a span's 来, 近一个月来, is one; 往来 is a flow)
_LEVEL_WORDS_RE = re.compile(r"合约以|合約以|(?:[低高][点點位]|新[高低]|天[价價]|最[高低](?:交易|成交)[价價]|(?:[月年天日周週期]|以|近)[来來]|跌去|漲去|涨去|"
                             r"回跌了?|回升了?)$|^(?:立方)?英尺$|^加[仑侖]$|^桶$|^盎司$|^英[两兩]$|^磅$")
_STRESS_TAIL_RE = re.compile(r"(?<=.{2})(?:更是|也是)$")     # 净利润的年复合增长率更是高达89.67%
# the price or contract a sentence trades (no 的 inside: 11月份交货的汽油期货价格 → 汽油期货价格)
_TRADED_RE = re.compile(r"[^\s，,；;。（()）的\d\x00\x01、：:“”\"]{1,14}?(?:期货(?:价格)?|期貨(?:價格)?|期价|期價|"
                        r"合约|合約|价格|價格|油价|油價|金价|金價)")
_PER_TAIL_RE = re.compile(r"(?<=.{2})(?:当天|當天|当日|當日)?每(?:\d+)?(?:加仑|加侖|桶|盎司|英两|英兩|吨|噸|磅|立方英尺|立方米|千克|公斤|克)$")
_WEEK_LEAD_RE = re.compile(r"^(?:上周|上週|本周|本週|当周|當週|前一周|前一週)(?=.{3})")
_CONVERSION_RE = re.compile(r"[（(][^（()）]{0,20}?(?:约合|約合|相当于|相當於|折合)[^（()）]{0,20}[)）]")


def settle_futures(text: str, facts: list[Fact], marks: TextMarks) -> None:
    asides = [m.span() for m in _CONVERSION_RE.finditer(text)] if ("约合" in text or "約合" in text or "相当于" in text
                                                                  or "相當於" in text or "折合" in text) else []
    last_price: dict[int, str] = {}             # segment start (；) → the subject of its last good price
    for f in facts:
        s = f["start"]
        subj = f.get("subject")
        if asides and f["kind"] == "quantity" and any(a <= s < b for a, b in asides):
            f["subject"] = None                 # (1立方米约合35立方英尺)
            continue
        if subj:
            subj = _WEEK_LEAD_RE.sub("", _STRESS_TAIL_RE.sub("", _PER_TAIL_RE.sub("", subj)))
            f["subject"] = subj
        if f["kind"] not in _PRICE_KINDS:
            continue
        a = marks.segment_start(s)
        if subj and _LEVEL_WORDS_RE.search(subj):
            k = text.rfind(subj, a, s)             # what the sentence trades is named before the junk
            named = last_price.get(a) or _traded_before(text, a, k if k >= 0 else marks.clause_start(s), asides)
            f["subject"] = subj = named
        elif not subj and asides and any(b <= s and b >= marks.clause_start(s) - 40 for _, b in asides):
            f["subject"] = subj = last_price.get(a) or _traded_before(text, a, s, asides)
        if subj and f["kind"] == "money":
            last_price[a] = subj


def _traded_before(text: str, a: int, s: int, asides: list[tuple[int, int]]) -> str | None:
    m = None
    for m in _TRADED_RE.finditer(text, a, s):
        pass
    if m is None or any(x <= m.start() < y for x, y in asides):
        return None
    i, j = m.span()
    if text[j:j + 1] in ("格", "格"):
        j += 1                                  # 汽油价|格: the whole word
    if i > 0 and text[i - 1].isdigit() and text[i] in "天日":
        i += 1                                  # 其中13天汽油价格: a count of days before it
    return text[i:j] if j - i >= 2 else None
