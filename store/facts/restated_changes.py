"""Changes a figure states through its neighbours or a fixed phrase, settled after the clause reading.

- a figure restating the change before it after 即/或 (`比上年度减少一百三十八亿元,即百分之四点一`,
  `增加二百二十三亿元,或百分之七点八`, `增加百分之十五点四,即六百六十九亿元`): the same change, verb and
  base — the clause after the comma holds no verb of its own;
- a list after 分别 separated by commas (`分别增长10.3%,10.4%,10.9%`): every item the first one's change;
- new cases of a disease (`新增新冠肺炎确诊病例3474例`, `新增无症状感染者31709例`): up, 新增 — as every
  sample labels them (not 新增就业, a level of jobs created, nor the breakdown after 其中);
- a fiscal plan's time schedule (`超时间进度3.3个百分点`, `欠时间进度3.8个百分点`, `快于序时进度`): up or
  down against 时间进度;
- a span after a verb and 的 (`是经济总量不断扩大的五年`): the span names a period, it did not grow.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RESTATE_RE = re.compile(r"\s*[,，]\s*(?:或者|或|亦即|即|也就是)\s*(?:约|約)?\s*$")
_NO_CHANGE_KINDS = ("date", "year", "rank")
_CASES_RE = re.compile(r"新增(?:新冠肺炎|新冠|本土|境外输入|境外輸入)?(?:确诊病例|確診病例|无症状感染者|無症狀感染者|死亡病例)\s*$")
_SCHEDULE_RE = re.compile(r"(超|超过|超過|快于|快於|高于|高於|欠|慢于|慢於|低于|低於|落后|落後)(?:序时|序時|时间|時間)进度\s*$")
_SCHEDULE_DOWN = ("欠", "慢于", "慢於", "低于", "低於", "落后", "落後")
_LIST_HEAD_RE = re.compile(r"分[别別]")


def restated_changes(text: str, norm: str, facts: list[Fact]) -> None:
    """Settle the changes above (see the module doc); figures with a change of their own keep it."""
    prev = None
    for f in facts:
        kind = f["kind"]
        if kind in _NO_CHANGE_KINDS:
            continue
        s = f["start"]
        if f.get("change") is None:
            if prev is not None and prev.get("change") and (
                    _restates(norm, prev, f) or _listed_on(norm, prev, f)):
                f["change"], f["change_word"], f["base"] = prev["change"], prev["change_word"], prev.get("base")
            elif kind == "count" and "新增" in norm[max(0, s - 14):s] and _CASES_RE.search(norm, max(0, s - 14), s):
                f["change"], f["change_word"] = "up", text[norm.rfind("新增", 0, s):][:2]
            elif kind in ("points", "percent") and "进度" in norm[max(0, s - 8):s] and (
                    m := _SCHEDULE_RE.search(norm, max(0, s - 8), s)):
                f["change"] = "down" if m.group(1) in _SCHEDULE_DOWN else "up"
                f["change_word"], f["base"] = text[m.start(1):m.end(1)], text[m.end(1):s].strip()
        elif kind == "duration" and (w := f.get("change_word")):
            k = text.rfind(w, max(0, s - 12), s)
            if k >= 0 and "的" in norm[k + len(w):s]:
                f["change"] = f["change_word"] = f["base"] = None
        prev = f


def _restates(norm: str, prev: Fact, f: Fact) -> bool:
    """`prev`'s change restated in another measure right after 即/或 (a percent after a sum, or a sum after it)."""
    return prev["kind"] != f["kind"] and bool(_RESTATE_RE.fullmatch(norm, prev["end"], f["start"]))


def _listed_on(norm: str, prev: Fact, f: Fact) -> bool:
    """10.3%,10.4%,10.9% after 分别增长: the item right after a comma, in the same measure, with 分别 before the list."""
    if prev["kind"] != f["kind"] or norm[prev["end"]:f["start"]] not in (",", "，") or f["kind"] not in ("percent", "points"):
        return False
    if norm[f["end"]:f["end"] + 1] not in ("", ",", "，", "。", "；", ";"):
        return False
    w = prev.get("change_word") or ""
    k = norm.rfind(w, max(0, prev["start"] - 40), prev["start"]) if w else -1
    return k >= 0 and bool(_LIST_HEAD_RE.search(norm, max(0, k - 4), k + 1))
