"""A futures contract named only by its delivery month is the subject of the prices told after it.

Gold and metal reports price each contract month in its own `;`-part: `明年1月份交割的合约收盘于每克316.40元,
较前一交易日结算价上涨1.69元,涨幅0.54%`, or open a sentence with the contract traded most
(`黄金期货交易最为活跃的12月份合约早盘跳空高开,报每克316.00元,…,最终收盘于每克317.09元`). The month
is read as a date (the contract's period), so the subject kept only what followed it (`合约收盘`: a
noun and a trading verb) or nothing. The contract's whole name (`明年1月份交割的合约`, `12月份合约`) is the
subject of every price, change and percent after it in its `;`-part, unless a figure there already names
something else. A price after `N月份交割的` with a plain name (`轻质原油期货价格`) keeps that name
(subject_contract_months): only a bare 合约/期约 head is named by its month.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]|１[０-２]|[１-９])月份?"
_NAME_RE = re.compile(r"(?:(?:明年|次年|今年|本年|下年)?" + _MONTH + r"(?:交割|交貨|交货)?的?(?:合约|合約|期约|期約))"
                      r"(?![\u4e00-\u9fff]{0,2}(?:价格|價格|持仓|持倉|成交量))")
_HEADS = ("合约", "合約", "期约", "期約")
# what follows a contract's name in a trading report: the session's moves, not part of the name
_TRADE_TAILS = ("收盘", "收盤", "开盘", "開盤", "早盘", "早盤", "尾盘", "尾盤", "报收", "報收", "收于", "收於", "收报",
                "收報", "结算", "結算", "跳空", "盘中", "盤中", "最终", "最終", "全天", "当日", "當日")
_KINDS = ("money", "percent", "points")
# a change's base read as its subject (`较前一交易日结算价上涨2.34元`): the base is not what moved
_BASE_OPENERS = ("较", "較", "比上", "比前", "与前", "與前")


def needs_contract_names(norm: str) -> bool:
    return "月" in norm and ("合约" in norm or "合約" in norm or "期约" in norm or "期約" in norm)


def settle_contract_names(text: str, facts: list[Fact], marks: TextMarks) -> None:
    names: dict[int, list[tuple[int, int]]] = {}      # segment start -> the contract names in it
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        seg = marks.segment_start(f["start"])
        if seg not in names:
            names[seg] = [m.span() for m in _NAME_RE.finditer(text, seg, f["start"] + 200)]
        before = [sp for sp in names[seg] if sp[1] <= f["start"]]
        if not before:
            continue
        a, b = before[-1]
        name = text[a:b]
        if not _told_of(text, b):
            continue
        s = f.get("subject")
        if not s or s in name or s.startswith(_BASE_OPENERS) or _cut_from(s, name):
            f["subject"] = name


def _told_of(text: str, b: int) -> bool:
    """The name opens the clause's telling: a trading verb, a comma or a price follows it."""
    rest = text[b:b + 4]
    return rest[:1] in ",，" or rest.startswith(_TRADE_TAILS) or rest.startswith(("报", "報", "收", "上涨", "下跌", "涨",
                                                                              "跌", "升", "降"))


def _cut_from(s: str, name: str) -> bool:
    """`合约收盘`, `现货6月份交割合约收盘`: the name's head (or the name) and a trading verb after it."""
    for h in _HEADS:
        k = s.rfind(h)
        if k >= 0 and s[k + len(h):].startswith(_TRADE_TAILS):
            return name.endswith(s[:k + len(h)]) or s[:k + len(h)].endswith(name)
    return False
