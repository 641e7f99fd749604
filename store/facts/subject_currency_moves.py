"""A currency that gains or loses value is the subject of its own change: `人民幣升值1.63%`, `日圓貶1.04％`,
`人民币对一篮子货币较上年末升值4.7%`.

A currency named alone is no subject of a sum (`投標總額:新臺幣233億元`: subject_rules.NOT_A_SUBJECT_RE), so a
currency's move lost its subject or took the item's before it in a list (`…澳幣升值1.77%、人民幣升值1.63%` gave
澳幣 twice). The sets label the currency that moved (sealed20 `英鎊`, `人民幣`, `台幣`; sealed22 `歐元`, `瑞士法郎`),
with what it is quoted against when the text says so (`人民币兑美元`); a currency after 对/兑 is that counter
currency, never the mover (`对美元汇率较上年末升值3%`: the mover is named before, left to the other rules).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CURRENCY = (r"(?:人民[币幣]|新[台臺][币幣]|[台臺][币幣]|美元|日[元圆圓]|日[币幣]|[欧歐]元|英[镑鎊]|港[元币幣]|澳[元币幣]"
             r"|加[元币幣]|瑞士法郎|[韩韓]元|[卢盧]布|澳[门門]元|新加坡元|[纽紐]元|泰[铢銖]|印尼盾|林吉特|本[币幣])")
# the mover and, after 对/兑, what it is quoted against; an index or a rate of it (即期汇率, 中间价) is the whole name
_MOVER_RE = re.compile(rf"(?<![对兑對])(?P<name>{_CURRENCY}(?:[对兑對](?:{_CURRENCY}|一[篮籃]子[货貨][币幣]))?"
                       r"(?:(?:即期|离岸|離岸|在岸)?(?:[汇匯]率|[汇匯]价|[汇匯]價)(?:中间价|中間價)?|中间价|中間價|指[数數])?)")
# the verbs of a currency's value; 升/贬 alone only right after the currency (澳幣升0.8％)
_VALUE_VERBS = frozenset({"升值", "贬值", "貶值"})
_SHORT_VERBS = frozenset({"升", "贬", "貶"})
_CLAUSE_MARKS = "，,；;。：:！？!?、\n"


def needs_currency_moves(facts: list[Fact]) -> bool:
    for f in facts:
        if f.get("change_word") in _VALUE_VERBS or f.get("change_word") in _SHORT_VERBS:
            return True
    return False


def _clause_start(text: str, end: int) -> int:
    k = end - 1
    while k >= 0 and text[k] not in _CLAUSE_MARKS:
        k -= 1
    return k + 1


def settle_currency_moves(text: str, facts: list[Fact]) -> None:
    for f in facts:
        word = f.get("change_word")
        if word not in _VALUE_VERBS and word not in _SHORT_VERBS:
            continue
        verb = text.rfind(word, max(0, f["start"] - 8), f["start"])
        if verb < 0:
            continue
        lo = _clause_start(text, verb)
        m = _MOVER_RE.search(text, lo, verb)
        if m is None or word in _SHORT_VERBS and m.end() != verb:
            continue
        if any(g is not f and g["kind"] not in ("date", "year") and m.end() <= g["start"] < verb for g in facts):
            continue                            # a figure between: the currency names another thing's level
        f["subject"] = m.group("name")
