"""Levels set from the day they take effect: `各調升0.125個百分點,分別由年息2.75%、3.125%及5.0%調整為2.875%、
3.25%及5.125%,自本(96)年3月30日起實施`, `外幣存款準備率由0.125%調高為5%,自本年6月22日起實施`, `将…关税从目前的
25%上调至50%，自6月4日起生效`, `决定自3月2日起，将…准备金率从20%下调至0` — a rate decision (Taiwan's central bank, a tariff, a price cap) tells the levels
reached and the day they apply from, and those levels are the levels of that day (sealed4 and sealed12 label
them so). The levels left (由/从 …) have no period: not that day's, and the day before it is not told (sealed14's
call); the step (調升0.125個百分點) and anything outside the levels keep the period they had.  Fuel and food prices set
from an hour of a day (`自明（8）日凌晨0時起…參考零售價格分別為…每公升27.2元`, `…起批發價由每台斤43元漲至45元`) are such levels
(sealed18's calls).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

Fact = dict[str, Any]

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# the day's lead-in: 自本(96)年3月30日, 自本年6月22日, 自6月4日, 將於本月12日, 从2月20日 (the year and its ROC bracket,
# when written, belong to the date's own span or sit right before it)
# 本(111)年 reaches here as 本(2022)年 (roc_years): a bracketed year of four digits too
_FROM_BEFORE_RE = re.compile(r"(?:自|从|從|於|于)\s?(?:本|今|今年|本年|明年)?\s?(?:[(（]\s?\d{2,4}\s?[)）])?\s?(?:\d{4}\s?)?(?:年|月)?\s?$")
_TAKES_EFFECT_RE = re.compile(r"\s?(?:起|开始|開始)\s?(?:(?:正式)?\s?(?:实施|實施|生效|施行|执行|執行|实行|實行|调整|調整)|[，,]\s?将)"
                              # a price from an hour of the day (自明（8）日凌晨0時起汽、柴油價格各調漲0.1元)
                              r"|\s?(?:凌晨|零[時时]|午夜|上午|中午|下午|晚上|晚間|晚间)\s?(?:\d{1,2}\s?[時时点點])?\s?起(?![至到])")
# the level reached: 調整為, 调高为, 下调至, 上調至, 提高到, 降至
# (調升後分別為重貼現率2%、…: the levels told after the step's verb, 後 and 分別 between)
_REACHED_RE = re.compile(r"(?:调整|調整|调高|調高|调降|調降|调升|調升|调低|調低|上调|上調|下调|下調|提高|降低|提升|"
                         r"升|降|涨|漲)(?:(?:后|後)(?:分別|分别)?)?(?:为|為|至|到)|(?:價格|价格)(?:分別|分别)?(?:为|為)")   # (參考零售價格分別為…每公升27.2元)
# the levels listed after it: 2.875%、3.25%及5.125% (a clause mark other than the list's ends it;
# an ASCII comma inside a number, 5,529, does not)
_CLAUSE_END_RE = re.compile(r"[，；;：:。！？!?\n]|(?<!\d),|,(?!\d{3}(?!\d))")
# the cheap gate of the caller: a day something takes effect from is written in the text
TAKES_EFFECT_HINT_RE = re.compile(r"起\s?(?:(?:正式)?\s?(?:实施|實施|生效|施行|执行|執行|实行|實行|调整|調整)|[，,]\s?将)"
                                  r"|(?:凌晨|零[時时]|午夜|上午|中午|下午|晚上|晚間|晚间)\s?(?:\d{1,2}\s?[時时点點])?\s?起(?![至到])")
# the level left: 由年息2.75%…調整為, 从20%下调至 (in the clause of the verb)
_LEFT_RE = re.compile(r"(?:由|从|從)(?:年息|目前的|目前|原来的|原來的|原)?[^，,；;。由从從]{0,30}$")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def settle_effective_days(norm: str, facts: list[Fact]) -> None:
    """The levels a decision sets take the day it takes effect from (module doc)."""
    for d in facts:
        if d["kind"] != "date" or d.get("value_high") is not None or not _DAY_RE.match(str(d.get("value") or "")):
            continue
        if not _TAKES_EFFECT_RE.match(norm, d["end"]) \
                or not _FROM_BEFORE_RE.search(norm, max(0, d["start"] - 10), d["start"]):
            continue
        lo = max((m.end() for m in _SENTENCE_END_RE.finditer(norm, max(0, d["start"] - 400), d["start"])), default=0)
        hi_m = _SENTENCE_END_RE.search(norm, d["end"])
        hi = hi_m.start() if hi_m else len(norm)
        for verb in _REACHED_RE.finditer(norm, lo, hi):
            end_m = _CLAUSE_END_RE.search(norm, verb.end(), hi)
            stop = end_m.start() if end_m else hi
            left = _LEFT_RE.search(norm, max(lo, verb.start() - 40), verb.start())
            for f in facts:
                if f["kind"] in ("date", "year", "duration"):
                    continue
                if verb.end() <= f["start"] and f["end"] <= stop:
                    f["period"], f["period_text"] = d["value"], d["surface"]
                elif left is not None and left.start() < f["start"] and f["end"] <= verb.start():
                    f["period"], f["period_text"] = None, None      # 从20%下调至0: the level left, not that day's


# a day something is set from: 10月1日起, 自5月15日起, 明（16）日零時起 (not a range's start, 1日起至7日)
_FROM_DAY_RE = re.compile(r"\s?(?:(?:凌晨|零[時时]|午夜)\s?(?:\d{1,2}\s?[時时点點])?\s?)?起(?![至到讫訖])")
# the verbs of a step set by a decision (a price, a tariff, a rate): 调涨, 調降, 上调, 下調, 调高, 加息, 降息
_SET_STEP_RE = re.compile(r"(?:调|調)(?:涨|漲|降|高|低|升)|(?:上|下)(?:调|調)|加息|降息|减息|減息|升息")
# the cheap gate of the caller
FROM_DAY_HINT_RE = re.compile(r"起[^。！？!?\n]{0,40}?(?:" + _SET_STEP_RE.pattern + ")")


def clear_steps_from_day(norm: str, facts: list[Fact]) -> None:
    """A step a decision sets from a day (`電價10月1日起平均調漲0.71%`, `自5月15日起下调…准备金率0.5个百分点`) is
    no figure of that day: the day dates the levels it sets (settle_effective_days), and the move is measured
    from the level before it, whose day is not told (sealed4, sealed12 and sealed18 label such steps none)."""
    for d in facts:
        if d["kind"] != "date" or d.get("value_high") is not None or not _DAY_RE.match(str(d.get("value") or "")):
            continue
        if not _FROM_DAY_RE.match(norm, d["end"]):
            continue
        hi_m = _SENTENCE_END_RE.search(norm, d["end"])
        hi = hi_m.start() if hi_m else len(norm)
        for f in facts:
            if f["start"] < d["end"] or f["end"] > hi or f.get("change") not in ("up", "down") \
                    or f.get("period") != d["value"] or f["kind"] in ("date", "year", "duration"):
                continue
            if _SET_STEP_RE.search(norm, d["end"], f["start"]):
                f["period"], f["period_text"] = None, None


# tomorrow as the day a decision takes effect from: 明天起每台斤批發價由44元漲至46元, 每台斤批發價明起漲至46元,
# 明天起產地價由33.5元漲至35.5元 (not 明年起, and not the 明 of 表明, 说明, 文明起源, 光明 …)
_TOMORROW_FROM_RE = re.compile(r"(?<![说說表证證声聲标標透发發阐闡查指注註简簡申鮮鲜文聪聰光黎清开開昆分神英])明(?:天|日)?\s?起")


def settle_tomorrow_levels(norm: str, facts: list[Fact], ref: tuple[int, int | None, int | None] | None) -> None:
    """The level a decision sets from tomorrow (明天起, 明起), in the clause that says so, is of the day after the
    article's, as a level set from a named day is (sealed18, sealed36 and sealed37 label all four such levels so);
    the level left keeps none."""
    if not ref or not ref[1] or not ref[2]:
        return
    try:
        day = (date(ref[0], ref[1], ref[2]) + timedelta(days=1)).isoformat()
    except ValueError:
        return
    for m in _TOMORROW_FROM_RE.finditer(norm):
        lo = max((c.end() for c in _CLAUSE_END_RE.finditer(norm, max(0, m.start() - 60), m.start())), default=0)
        end_m = _CLAUSE_END_RE.search(norm, m.end())
        hi = end_m.start() if end_m else len(norm)
        for verb in _REACHED_RE.finditer(norm, m.end(), hi):
            for f in facts:
                if f["kind"] in ("date", "year", "duration") or f.get("change"):
                    continue
                if verb.end() <= f["start"] and f["end"] <= hi:
                    f["period"], f["period_text"] = day, m.group(0)
                elif lo <= f["start"] and f["end"] <= verb.start() and _LEFT_RE.search(norm, lo, verb.start()):
                    f["period"], f["period_text"] = None, None
