"""Items named in the clause before `分别`, when the clause of the figures names only a time and a measure:
`激勵電子及資訊通信產品接單動能續強，10月接單分別年增35.9%及28.4%` is 電子's and 資訊通信產品's, `汽车和家电消费表现亮眼，
销售额分别增长12%和8%` 汽车's and 家电's (the measure alone, `接單`, `销售额`, named no item).  The conventions: in `分别` lists the respective item.

The items open the clause before (after a verb of cause, `激勵`, `带动`, `受惠於`), joined by 、, 和, 及, 与; the
last runs on into what the sentence says of them, cut where the measure named after them starts (`接單`), else at
the word after as many words as the first item has (`家电|消费表现亮眼`: 家电, as 汽车), else where the noun phrase
ends.  The clause before must hold no figure (its own figures have their subjects), the items be as many as the
figures after 分别, and those figures have the measure alone for subject (or none); a clause of the figures naming
only a time is the list rules' (respective: `传媒、计算机、通信跌幅居前，分别下跌…`).
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .words import noun_phrase_end, segment

Fact = dict[str, Any]

_RESPECTIVELY_RE = re.compile(r"分[别別]")
_CLAUSE_MARKS = "，,；;"
_SENTENCE_MARKS = "。！？!?\n"
_SKIP_KINDS = ("date", "year")
# what the figures' clause may hold before 分别 besides its measure: a time, adverbs (10月, 前三季度, 目前已, 上月)
_FRAME_RE = re.compile(r"(?:(?:\d{1,4}|[一二三四五六七八九十]{1,3})(?:[-—－至到]\d{1,2})?(?:年|月份?|季度?)|前[一二三四五六七八九十\d]{1,2}"
                       r"(?:个|個)?(?:月|季度?)|[上本当當]月|[上本当當][周週]|今年|去年|全年|同期|目前|当前|當前|[已均也则則并並亦])*")
# the measure the figures' clause names, alone (接單, 销售额, 出口额, 銷貨價值, 产量)
_MEASURE_RE = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:额|額|量|值|价格|價格|收入|接单|接單|订单|訂單|出口|进口|進口|营收|營收|产值|產值"
                         r"|增速|价|價)")
# a verb of cause before the items (激勵電子及…, 带动汽车和…, 受惠…)
_CAUSE_RE = re.compile(r"^(?:受惠於|受惠于|受惠|激勵|激励|带动|帶動|拉动|拉動|推动|推動|其中|當中|当中)")
_JOINERS_RE = re.compile(r"[、和及与與]")


def needs_items_before(text: str) -> bool:
    return "分别" in text or "分別" in text


def settle_items_before(text: str, facts: list[Fact]) -> None:
    for m in _RESPECTIVELY_RE.finditer(text):
        k = m.start()
        lo = max(text.rfind(c, 0, k) for c in _CLAUSE_MARKS + _SENTENCE_MARKS) + 1
        if lo < 2 or text[lo - 1] not in _CLAUSE_MARKS:
            continue                            # the list is in a clause before, in the same sentence
        measure = _measure_alone(text[lo:k])
        if not measure:
            continue                            # (nothing but a time: the list rules read the clause before)
        hi = min((j for j in (text.find(c, m.end()) for c in _CLAUSE_MARKS + _SENTENCE_MARKS) if j >= 0),
                 default=len(text))
        figs = [f for f in facts if m.end() <= f["start"] < hi and f["kind"] not in _SKIP_KINDS]
        p_lo = max(text.rfind(c, 0, lo - 1) for c in _CLAUSE_MARKS + _SENTENCE_MARKS) + 1
        if len(figs) < 2 or any(p_lo <= f["start"] < lo for f in facts) or any(
                f.get("subject") and f["subject"] != measure for f in figs):
            continue                            # (a subject other than the measure alone: read by other rules)
        items = _items(text[p_lo:lo - 1], measure)
        if items and len(items) == len(figs):
            for f, item in zip(figs, items, strict=True):
                f["subject"] = item


def _measure_alone(pre: str) -> str | None:
    """The measure the figures' clause names before 分别 ("" when none), None when it names more than a time
    and a measure (an item of its own)."""
    rest = pre[_FRAME_RE.match(pre).end():].strip()
    if not rest:
        return ""
    return rest if _MEASURE_RE.fullmatch(rest) else None


def _items(clause: str, measure: str) -> list[str] | None:
    """The items the clause opens with, joined by 、/和/及/与, the last cut off what is said of them."""
    head = _CAUSE_RE.sub("", clause.strip())
    parts = _JOINERS_RE.split(head)
    if len(parts) < 2 or any(len(p) < 1 for p in parts[:-1]):
        return None
    firsts, last = parts[:-1], parts[-1]
    if any(not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{1,10}", p) for p in firsts):
        return None
    cut = last.find(measure) if len(measure) >= 2 else -1
    if cut < 1:
        words = segment(simplified_chars(last))
        n = len(segment(simplified_chars(firsts[0])))
        cut = sum(len(w) for w in words[:n]) if len(words) > n else noun_phrase_end(last)
        cut = min(cut, noun_phrase_end(simplified_chars(last)))
    item = last[:cut]
    if len(item) < 1 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{1,10}", item):
        return None
    return [*firsts, item]
