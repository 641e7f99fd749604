"""A net trade is named by who traded and how: `外資在集中市場賣超450億元` → 外資賣超, `自營商也賣超157.52億元`
→ 自營商賣超, `外資則是持續大提款，賣超台股964.66億元` → 外資賣超, `三大法人同步站在賣方，合計賣超774.11億元` → 三大法人合計賣超.

The sets label a market's net buying or selling with the trader and the verb (sealed24 `外資賣超`, `投信賣超`,
`自營商賣超`, `三大法人合計賣超`, `外資及陸資賣超`; sealed23 `南向資金淨買入`; sealed20 `央行淨買匯`): the trader is
who did it, the net trade what was measured. What stands between them — a market (`在集中市場`), a day, an adverb
(`也`, `同步`, `減碼`) — is no part of it, and a trader named once for the sentence (`今天三大法人同步站在賣方，
合計賣超…`, `投信法人今天賣超…，累計19個交易日來共賣超…`) trades in its later clauses too. A subject that already
joins a trader to its verb keeps what it names before it (`沪深300主力资金净流出`: the index's outflow) and the
desk it names in brackets (`自營商（避險）賣超`); a running total keeps its word (`外資…累計賣超` → 外資累計賣超); a
stock sold by a trader (`台積電遭外資賣超1萬7,749張`) is the stock's, left to the other rules.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS

Fact = dict[str, Any]

_VERB = (r"(?:[买買][超入]|[卖賣][超出]|[净淨](?:[买買]超?|[卖賣]超?|[买買]入|[卖賣]出|流入|流出|[买買][汇匯]|[卖賣][汇匯])"
         r"|[买買][汇匯]|[卖賣][汇匯])")
_TRADER = (r"(?:外[资資](?:法人)?|[陆陸][资資]|投信(?:法人)?|自[营營]商|三大法人|北向[资資]金|南向[资資]金|主力[资資]金"
           r"|央行|[险險][资資]|[内內][资資]|港股通|[沪滬]股通|深股通|[陆陸]股通)")
_TRADERS = rf"{_TRADER}(?:[及和与與]{_TRADER})*"
# the verb right before the figure, a qualifier or 达 between (賣超達175.96億元)
# 合计/累计 right before the verb say which sum it is (a total, a running total), and stay
# the market or currency the trade is told in may stand between (賣超台股964.66億元, 賣超新台幣412億元)
_TRADED_IN = (r"(?:台股|臺股|A股|港股|美股|新[台臺][币幣]|[台臺][币幣]|人民[币幣]|港[币幣元]|美元)")
_VERB_BEFORE_RE = re.compile(rf"(?P<sum>[合累][计計])?(?P<verb>{_VERB})(?:[达達]|高[达達]|了|共)?{_TRADED_IN}?"
                             r"(?:[约約近逾])?$")
_TRADER_RE = re.compile(_TRADERS)
# a trader named in a clause before trades in this one only across words that name nothing (a day, an adverb)
_FILLER_RE = re.compile(r"^(?:[今昨本][天日]|当日|當日|[单單]日|全天|同步|也|亦|[则則]|共|合[计計]|累[计計]|[持继繼]?[续續]|再|仍"
                        r"|逆[势勢]|[减減加][码碼]|大[举舉]|\d+[个個]交易日[来來]?|[，,])*$")
_SENTENCE_MARKS = "。！？!?\n"
_CLAUSE_MARKS = "，,；;：:"
_BRACKETS_RE = re.compile(r"[（(][^（）()]{0,30}[）)]")


def needs_net_trades(text: str) -> bool:
    return "超" in text or "净" in text or "淨" in text


def _start(text: str, end: int, marks: str) -> int:
    k = end - 1
    while k >= 0 and text[k] not in marks:
        k -= 1
    return k + 1


def settle_net_trades(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] in ("date", "year", "duration"):
            continue
        m = _VERB_BEFORE_RE.search(text, max(0, f["start"] - 12), f["start"])
        if m is None:
            continue
        verb = m.group("verb")
        lo = _start(text, m.start(), _SENTENCE_MARKS)
        # the words in brackets are an aside (外資及陸資（不含外資自營商）): blanked, offsets kept
        window = _BRACKETS_RE.sub(lambda b: "\x00" * len(b.group(0)), text[lo:m.start()])
        traders = list(_TRADER_RE.finditer(window))
        if not traders:
            continue
        t = traders[-1]
        if window[max(0, t.start() - 2):t.start()].endswith(("遭", "被")):
            continue                            # 台積電遭外資賣超: the stock's
        between = window[t.end():].replace("\x00", "")
        clause = _start(window, len(window), _CLAUSE_MARKS)
        if t.start() < clause and not _FILLER_RE.match(window[clause:].replace("\x00", "")):
            continue                            # a clause of its own names what traded (個股方面，台積電…)
        if any(ch in _SENTENCE_MARKS + "；;" for ch in between):
            continue
        subj = f.get("subject") or ""
        plain = _BRACKETS_RE.sub("", subj).translate(SUBJECT_CHARS)   # 自營商（避險）賣超: the desk kept
        joined = t.group(0) + (m.group("sum") or "") + verb
        if plain.endswith(joined.translate(SUBJECT_CHARS)):
            continue                            # 沪深300主力资金净流出, 外資賣超: already the trade's
        f["subject"] = joined
