"""A rate's tenor (`1個月拆息`, `2個月及3個月拆息`, `1年期拆息`, `一個月拆息`) is a duration of the rate it names: its subject
is 拆息, as sealed16's bond tenors name 債券 (a tenor standing alone, `創逾1個月新高`, stays without one).  The rate's own
subject keeps its tenor (`一個月拆息`), without a relative clause before it.
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
# from it since fix35u; the subject keeps it (subj50: `6個月拆息 3.1厘` says which rate, `拆息 3.1厘` does not — sealed17
# and sealed39 name the tenor, sealed35's bare 拆息 is inside it); a relative clause before it (`與樓按相關的一個月拆息`,
# `用作按息基準的一個月拆息`) is no part of the rate's name
_TENOR_LED_RE = re.compile(r"[^的之]*[的之]((?:[0-9０-９一二三四五六七八九十兩两]{1,2}個?个?(?:月|年|星期|週|周)期?|隔夜)"
                           r"(?:(?:及|和|與|与|、)[0-9０-９一二三四五六七八九十兩两]{1,2}個?个?(?:月|年|星期|週|周)期?)*"
                           r"(?:[港美]元)?(?:拆息|拆借利率|息))")


def needs_tenors(text: str) -> bool:
    return "拆息" in text or "拆借利率" in text


def settle_tenors(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] == "duration" and not f.get("subject"):
            m = _AFTER_RE.match(text, f["end"])
            if m:
                f["subject"] = m.group(1)             # 2個月及3個月拆息: 拆息's tenors


def strip_tenor_led(facts: list[Fact]) -> None:
    """The rate's subject from its tenor on (run after the passes that cut a subject's adverbs): a relative clause
    before the tenor is left out (與樓按相關的一個月拆息 → 一個月拆息); the tenor stays."""
    for f in facts:
        if f["kind"] in ("percent", "points") and f.get("subject") and (m := _TENOR_LED_RE.fullmatch(f["subject"])):
            f["subject"] = m.group(1)                 # 與樓按相關的一個月拆息由跌轉升報2.41083厘: 一個月拆息
