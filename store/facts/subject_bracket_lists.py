"""Items told with a bracketed figure each, then measured again together: the figures after the list are the
items', one by one.

Macao and Hong Kong releases name each place or account with its own level in brackets, then give their changes
in one run: `香港(582,025人次)、中国台湾(101,047人次)…及大韩民国(26,677人次)旅客按年分别减少2.7%、0.6%、12.1%及9.5%`,
`新加坡(23,118人次)旅客则录得36.2%的明显升幅`, `經營費用(142.0億元)及員工支出(122.7億元)亦分別錄得19%及15%的按年升幅`.
The respective list reader sees figures between the items and gave every change the shared head noun (旅客), the
last item (及員工支出) or the rate word after it (明显升幅).  When the figures after the list are as many as the
items, the i-th is the i-th item's (香港, 中国台湾, …; 經營費用, 員工支出), and the bracketed figures are their items'
without the joining word (大韩民国, not 及大韩民国).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_OPEN, _CLOSE = "(（", ")）"
# between one bracket and the next item: only a joining mark
_JOIN_RE = re.compile(r"\s*(?:、|及|和|与|與|以及|，|,)?\s*")
_LEAD_RE = re.compile(r"^(?:以及|及|和|与|與|、|而|其中|另一方面|此外|不仅|不僅|不光|不但)+")
# what may stand between the list and its figures: a head noun, 分别/则/亦, a base, a verb of change
_GAP_MARKS = "，,。；;！？!?：:\n"
_ITEM_STOPS = "，,。；;：:、（）()“”\"\n"
# a comparison's comparands (比全省(7.7%)和全国(7.0%)分别高…): subject_comparands' class, not a list of items
_COMPARED_RE = re.compile(r"比|[较較]|[于於]$|相比|[高低快慢]出?[了]?$|[高低快慢多少]于|[高低快慢多少]於")
# a name holding a comparing word is a comparison's base (较一季度, 累计增速高于全国), not a listed item
_BASE_ITEM_RE = re.compile(r"^(?:[较較]|比)(?![重例率价價])|(?:[高低快慢多少優优好差][于於]|相比|相[较較]|[对對]比)")
_LEVEL_KINDS = frozenset({"percent", "money", "points", "quantity", "count", "index"})
# the figures after the list may be multiples too (住客分別增加3.2倍、12.6倍及19.0倍: sealed38)
_TARGET_KINDS = _LEVEL_KINDS | {"multiple"}
# a year-on-year or month-on-month word compares no item with another (旅客同比分别录得13.7%及40.2%的升幅: sealed38)
_SAME_PERIOD_RE = re.compile(r"同比|[环環]比")
_MAX_ITEM = 12


def needs_bracket_lists(text: str) -> bool:
    return "(" in text or "（" in text


def settle_bracket_lists(text: str, facts: list[Fact]) -> None:
    i = 0
    while i < len(facts):
        group = _bracket_group(text, facts, i)
        if not group:
            i += 1
            continue
        items = [_item(text, facts[k]) for k in group]
        after = group[-1] + 1
        targets = _targets(text, facts, after, len(group))
        if all(items) and targets and not _compared(text, facts, group[0], targets[0]):
            for k, item in zip(group, items, strict=True):
                facts[k]["subject"] = item
            for k, item in zip(targets, items, strict=True):
                facts[k]["subject"] = item
        i = after


def _compared(text: str, facts: list[Fact], first: int, target: int) -> bool:
    """The list is a comparison's: 比/较 before its first item, or a comparing word before the figures."""
    s = facts[first]["start"] - 1
    head = _SAME_PERIOD_RE.sub("", text[max(0, s - _MAX_ITEM - 2):s])
    gap = _SAME_PERIOD_RE.sub("", text[facts[target - 1]["end"] + 1:facts[target]["start"]])
    return bool(_COMPARED_RE.search(head[-(_MAX_ITEM + 2):])) and "比" in head or bool(_COMPARED_RE.search(gap))


def _in_brackets(text: str, f: Fact) -> bool:
    s, e = f["start"], f["end"]
    return f["kind"] in _LEVEL_KINDS and s > 0 and text[s - 1] in _OPEN and e < len(text) and text[e] in _CLOSE


def _bracket_group(text: str, facts: list[Fact], i: int) -> list[int]:
    """Indices of the run of bracketed figures from facts[i], each after its own item."""
    if not _in_brackets(text, facts[i]):
        return []
    out = [i]
    k = i + 1
    while k < len(facts) and _in_brackets(text, facts[k]):
        gap = text[facts[out[-1]]["end"] + 1:facts[k]["start"] - 1]
        m = _JOIN_RE.match(gap)
        item = gap[m.end():] if m else ""
        if not m or not item or len(item) > _MAX_ITEM or any(c in _ITEM_STOPS for c in item):
            break               # (the items may be of two kinds: 成交數目(1,179個)和金額(73.7億元)分別下跌…)
        out.append(k)
        k += 1
    return out


def _item(text: str, f: Fact) -> str | None:
    """The name right before a bracketed figure's opening bracket, without the word joining it."""
    end = f["start"] - 1
    a = end
    while a > 0 and end - a < _MAX_ITEM and text[a - 1] not in _ITEM_STOPS:
        a -= 1
    name = _LEAD_RE.sub("", text[a:end].strip())
    if _BASE_ITEM_RE.search(name):
        return None                             # 较一季度(-10.8%), 高于全国(3.9%): a base's own figure, no item
    return name if len(name) >= 2 and not any(c.isdigit() or c in "%％" for c in name) else None


def _targets(text: str, facts: list[Fact], k: int, n: int) -> list[int] | None:
    """The `n` figures told right after the list, in its clause (none of them bracketed), or None."""
    out: list[int] = []
    pos = facts[k - 1]["end"] + 1
    while k < len(facts) and len(out) < n:
        g = facts[k]
        gap = text[pos:g["start"]]
        if any(c in _GAP_MARKS for c in gap) and not (out and _JOIN_RE.fullmatch(gap)) or _in_brackets(text, g):
            return None
        if g["kind"] in ("date", "year", "duration"):
            pos = g["end"]
            k += 1
            continue
        if g["kind"] not in _TARGET_KINDS or out and g["kind"] != facts[out[0]]["kind"]:
            return None
        out.append(k)
        pos = g["end"]
        k += 1
    if len(out) != n or "分" not in text[facts[out[0] - 1]["end"]:facts[out[0]]["start"]] and n > 1:
        return None                             # several figures after a list: only a respective (分别) run
    return out
