"""A level reached after a change names what changed (`營業額減少98﹒5%至2000元`).

The figure after `至`/`到` is the level the clause's changed thing reached; when nothing
stands between the change and the level, the level takes the change's subject rather
than a heading or topic further left (`(二)投資:營業額減少98﹒5%至2000元` → 營業額, not 投資).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TO_LEVEL_RE = re.compile(r"[\s\x00\x01]*(?:至|到|达到|達到|为|為)[\s\x00\x01]*")
_CHANGE_KINDS = ("percent", "points", "multiple", "money", "count", "quantity")


def level_after_change(simp: str, f: Fact, prev: list[Fact]) -> str | None:
    """The subject of the change right before `f` (`…擴大29%至9﹒47億元`), or None."""
    if not prev:
        return None
    g = prev[-1]
    if g["kind"] not in _CHANGE_KINDS or not g.get("change") or not g.get("subject"):
        return None
    return g["subject"] if _TO_LEVEL_RE.fullmatch(simp, g["end"], f["start"]) else None


# 繼今年7月份錄得14.3%的按年升幅後，8月份商品整體出口貨值…: the rate before 後 is of what the next clause names
_RATE_BEFORE_RE = re.compile(r"的(?:按年|按月|同比|环比|環比|实质|實質)*(?:升幅|跌幅|增幅|降幅|涨幅|漲幅|增长|增長)[後后][，,]")


def rate_before_its_subject(text: str, facts: list[Fact]) -> None:
    """A rate recorded `…後，` with no subject, or with the rate words after it read as its noun (同比升幅後),
    takes the subject of the next clause's first figure."""
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if subj and not text.startswith(subj, f["end"] + 1) or f["kind"] not in ("percent", "points"):
            continue
        m = _RATE_BEFORE_RE.match(text, f["end"])
        if not m:
            continue
        nxt = next((g for g in facts[i + 1:] if g["kind"] not in ("date", "year") and g["start"] >= m.end()), None)
        if nxt is not None and nxt.get("subject") and not any(c in text[m.end():nxt["start"]] for c in "，,。；;"):
            f["subject"] = nxt["subject"]


# 周大福首饰金价与9月1日的克价1027元相比: the value compared with is of what stands before 与
_COMPARED_WITH_RE = re.compile(r"([^\s，,。；;：:、\x00\x01\d]{2,16}?)(?:与|與|和|同)[^，,。；;]{0,12}$")
_COMPARED_END_RE = re.compile(r"[^，,。；;]{0,4}?相比")


def compared_with(text: str, simp: str, f: Fact, lo: int, hi: int) -> str | None:
    """The subject of a figure inside `X与…N…相比`: X, the thing whose value is compared."""
    if not _COMPARED_END_RE.match(simp, f["end"], hi):
        return None
    m = _COMPARED_WITH_RE.match(simp, lo, f["start"])
    return text[m.start(1):m.end(1)] if m else None


# 最低得標利率為年息0.99%: 年息 (per year) says how the rate is stated, the rate is named before 為
_PER_YEAR_RE = re.compile(r"([^\s，,。；;：:\x00\x01\d]{2,14}?)(?:为|為|是|达|達)[\x00\x01\s]*年息[\x00\x01\s]*$")


def rate_per_year(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """The rate named before `為年息N%`, or None."""
    m = _PER_YEAR_RE.search(simp, lo, f["start"])
    return text[m.start(1):m.end(1)] if m else None
