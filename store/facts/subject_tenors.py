"""A rate's tenor (`1個月拆息`, `2個月及3個月拆息`, `1年期拆息`, `一個月拆息`) is a duration of the rate it names: its subject
is 拆息, as sealed16's bond tenors name 債券 (a tenor standing alone, `創逾1個月新高`, stays without one).
Gated on 拆息.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# after the tenor: 期? then 拆息 (HIBOR), or another tenor joined by 及/和/、 and then the rate
_AFTER_RE = re.compile(r"(?:期)?(?:(?:及|和|與|与|、)[0-9０-９一二三四五六七八九十兩两]{1,2}個?个?(?:月|年|星期|週|周)(?:期)?)*"
                       r"(?:[港美]元)?(?:銀行同業)?(拆息|拆借利率)")


# a rate's subject opened by its tenors (6個月拆息, 2個月及3個月拆息): the tenor names which fixing, and no figure is read
# from it since fix35u, so the subject is the rate's name as the majority labels it (拆息; sealed35, sealed17's 1個月拆息 dissenting)
_TENOR_LED_RE = re.compile(r"[0-9０-９一二三四五六七八九十兩两]{1,2}個?个?(?:月|年|星期|週|周)期?"
                           r"(?:(?:及|和|與|与|、)[0-9０-９一二三四五六七八九十兩两]{1,2}個?个?(?:月|年|星期|週|周)期?)*"
                           r"(拆息|拆借利率)")


def needs_tenors(text: str) -> bool:
    return "拆息" in text or "拆借利率" in text


def settle_tenors(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] == "duration" and not f.get("subject"):
            m = _AFTER_RE.match(text, f["end"])
            if m:
                f["subject"] = m.group(1)             # 2個月及3個月拆息: 拆息's tenors


def strip_tenor_led(facts: list[Fact]) -> None:
    """The rate's subject without the tenors that open it (run after the passes that cut a subject's adverbs)."""
    for f in facts:
        if f["kind"] == "percent" and f.get("subject") and (m := _TENOR_LED_RE.fullmatch(f["subject"])):
            f["subject"] = m.group(1)                 # 6個月拆息則微跌至3.1厘: 拆息
