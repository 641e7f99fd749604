"""The year that opens an event's name (`2025年世界运动会`, `2024年中国国际服务贸易交易会`, `2025年上海国际友好城市合作论坛`)
names the edition, not the time of a count told of it: `今天（8月3日），2025年世界运动会运动员村举行开村仪式，…200多人参加`
counts who came on that day (2025-08-03, sealed24; "a figure about an event told on a date has that date as its
period"), where the nearest period before the count was the name's year.

A count (or a quantity) whose period came only from such a year takes the day its sentence names before the
name, when there is one (a date of one day, not a base); with no day named, the edition's year stays (`2025年世界
运动会共有4000名运动员参赛`).  A show (`2024年春节戏曲晚会…20余个戏曲剧种`) is left out: what it holds is no count of
the day it airs.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a year, then within a few characters (no punctuation) the event's kind
_EVENT_NAME_RE = re.compile(r"(?:19|20)\d\d\s?年(?=[^，,。；;：:！？、\n]{0,14}?(?:运动会|運動會|奥运会|奧運會|冬奥会|亚运会|亞運會|"
                            r"博览会|博覽會|交易会|交易會|洽谈会|洽談會|展览会|展覽會|峰会|峰會|论坛|論壇|年会|年會|"
                            r"电影节|電影節|艺术节|藝術節|文化节|旅游节|马拉松|馬拉松|锦标赛|錦標賽|世界杯|世界盃))")
_SENTENCE_MARKS = "。！？!?\n"


def settle_event_name_years(norm: str, facts: list[Fact]) -> None:
    """Give a count dated only by an event's name year the day its sentence names (module doc)."""
    for f in facts:
        text = f.get("period_text")
        if f["kind"] not in ("count", "quantity") or not text or not text.endswith("年") or len(f.get("period") or "") != 4:
            continue
        lo = max(norm.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS) + 1
        at = norm.rfind(text, lo, f["start"])
        if at < 0 or not _EVENT_NAME_RE.match(norm, at):
            continue
        day = next((d for d in reversed(facts) if d["kind"] == "date" and lo <= d["start"] and d["end"] <= at
                    and len(str(d.get("value") or "")) == 10 and not d.get("value_high")
                    and str(d["value"])[:4] == f["period"]), None)
        if day is not None:
            f["period"], f["period_text"] = day["value"], day["surface"]
