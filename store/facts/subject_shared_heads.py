"""Items joined before one head and measured `分别` share the head: `城镇和农村常住居民人均可支配收入完成29092元、
17191元,分别增长3%、6.4%` is 城镇常住居民人均可支配收入 29092元 and 3 %, 农村常住居民人均可支配收入 17191元 and
6.4 %; `交通和住屋及燃料的价格指数分别下跌0.59%及0.34%` is 交通价格指数 and 住屋及燃料价格指数; `香港整體出口和進口貨值…
分別上升17.5%和18.3%` is 香港整體出口貨值 and 進口貨值.  Read when every figure of a list (figures joined by 、/和/及)
took the whole coordination as its subject and the sentence says 分别 after it: the coordination is cut into as
many items as the list has figures — at 、 first, then at one kind of joiner (和, then 与, then 及) that cuts it
exactly — and the head after the last item is given to each.  The head is what follows 的 in the last item
(the 的 left out), else what follows the word the first item ends with (`基本养老保险、基本医疗保险参保率`:
参保率), else, when the first item is one word, what follows the last item's first word (城镇和农村|常住居民…),
a word as long as the first item when the dictionary's word holds it and a group noun (城镇和农村居民: 农村|居民…);
items that end alike (在香港使用的贷款及香港境外使用的贷款, 数控化率和…普及率) share no head and are taken whole.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .subject_rules import SHARED_GROUPS
from .words import is_word, segment

Fact = dict[str, Any]

_LIST_GAP_RE = re.compile(r"\s*(?:、|和|及|与|與|或)\s*")
_SENTENCE_END = "。！？!?\n；;"
_JOINER_ORDER = ("和", "与", "及")
_RESPECTIVELY = ("分别", "分別")
# a causative verb the clause opened the list with (令交通和住屋…, 導致康樂…): no part of the first item
_CAUSE_RE = re.compile(r"^(?:令|使|导致|導致|带动|帶動)")


def needs_shared_heads(text: str) -> bool:
    return "分别" in text or "分別" in text


def settle_shared_heads(text: str, facts: list[Fact]) -> None:
    figs = [f for f in facts if f["kind"] not in ("date", "year")]
    i = 0
    while i < len(figs):
        j = i + 1
        subj = figs[i].get("subject")
        while (subj and j < len(figs) and figs[j].get("subject") == subj
               and _LIST_GAP_RE.fullmatch(text, figs[j - 1]["end"], figs[j]["start"])):
            j += 1
        if subj and j - i >= 2 and (items := _split_list(text, figs[i:j], subj)):
            _respective_after(text, figs[j:j + len(items)], items)
        i = j


def _respective_after(text: str, after: list[Fact], items: list[str]) -> None:
    """A、B同比增长6.5%、5.3%，比上年全年分别加快0.7、0.3个百分点: the list after 分别 in the next clause
    follows the items in order (each had the last item's subject, lent on)."""
    if (len(after) != len(items) or any(f.get("subject") != items[-1] for f in after)
            or any(c in text[after[0]["start"]:after[-1]["start"]] for c in _SENTENCE_END)):
        return
    k = max(text.rfind(c, 0, after[0]["start"]) for c in "，,；;")
    if not any(w in text[k + 1:after[0]["start"]] for w in _RESPECTIVELY):
        return
    if not all(_LIST_GAP_RE.fullmatch(text, a["end"], b["start"]) for a, b in zip(after, after[1:])):
        return
    for f, item in zip(after, items, strict=True):
        f["subject"] = item


def _split_list(text: str, run: list[Fact], subj: str) -> list[str] | None:
    start = run[0]["start"]
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    at = text.rfind(subj, lo, start)
    if at < 0 or at + len(subj) > start:
        return None                             # named before its figures, not made of them
    hi = min((k for k in (text.find(c, run[-1]["end"]) for c in _SENTENCE_END) if k >= 0), default=len(text))
    if not any(w in text[at + len(subj):hi] for w in _RESPECTIVELY):
        return None
    items = shared_head_items(subj, len(run))
    if items:
        for f, item in zip(run, items, strict=True):
            f["subject"] = item
    return items


def shared_head_items(subj: str, n: int) -> list[str] | None:
    """`subj` cut into its n items, each with the head they share (the module's doc), or None."""
    parts = _cut(_CAUSE_RE.sub("", subj), n)
    if parts is None or any(len(p) < 2 for p in parts):
        return None
    last = parts[-1]
    if any("的" in p for p in parts[:-1]):
        return None
    if parts[0][-1] == last[-1]:
        return parts                            # 在香港使用的贷款及香港境外使用的贷款: items named whole
    k = last.rfind("的")
    if k >= 2:
        head, last_item = last[k + 1:], last[:k]
    else:
        first_words = segment(simplified_chars(parts[0]))
        ending = first_words[-1][-2:]           # 养老保险 → 保险, as 医疗保险 ends
        at = simplified_chars(last).find(ending, 1) if len(ending) >= 2 else -1
        if at > 0:
            end = at + len(ending)              # 基本养老保险、基本医疗保险|参保率: as the first item ends
        elif len(first_words) == 1:
            end = len(segment(simplified_chars(last))[0])   # 城镇和农村|常住居民…: one word, as the first
            n = len(parts[0])
            if end > n and is_word(simplified_chars(last[:n])) and simplified_chars(last[n:end]) in SHARED_GROUPS:
                end = n                         # 城镇和农村|居民…: the dictionary's 农村居民 holds the parallel word
        else:
            return None
        head, last_item = last[end:], last[:end]
    if len(head) < 2 or len(last_item) < 2:
        return None
    return [p + head for p in parts[:-1]] + [last_item + head]


def _cut(subj: str, n: int) -> list[str] | None:
    if "（" in subj or "(" in subj:
        return None
    parts = subj.split("、")
    if len(parts) == n:
        return parts
    if len(parts) > 1:
        return None
    for joiner in _JOINER_ORDER:
        alike = (joiner, "與") if joiner == "与" else (joiner,)
        cuts = re.split("|".join(alike), subj)
        if len(cuts) == n:
            return cuts
    return None
