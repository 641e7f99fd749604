"""A time of day is no part of what was measured: `紐約期貨黃金台北時間今（15）日上午9點左右首度衝破每盎司4200美元`
is the gold future's price, not `期貨黃金台北時間上午9點左右`; `北京时间` alone (before a medal tally) or
`台北時間上午9點半左右` names no thing at all.

- the clock phrase (a zone's 時間/时间, 上午/下午/凌晨…, N點/点/時 with 半/N分, 左右) is cut out of the subject,
  and so is a part of the day ending it (`天舟四号货运飞船今天下午`);
- what is left stays the subject when it is two characters or more, else the figure gets no subject
  (an analyst would rather see none than a time).
Gated on a subject holding 時間/时间 or a part of the day (one regex search on the few that do).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CUES = ("時間", "时间", "上午", "下午", "凌晨", "晚間", "晚间", "中午", "早上", "清晨", "傍晚")
_N = r"[0-9０-９一二三四五六七八九十]{1,3}"
_CLOCK_RE = re.compile(
    r"(?:台北|北京|紐約|纽约|香港|倫敦|伦敦|美東|美东|東部|东部|當地|当地)(?:時間|时间)"
    r"(?:今|昨|今天|昨天|今日|昨日)?(?:上午|下午|凌晨|中午|早上|晚間|晚间|清晨|傍晚)?"
    r"(?:" + _N + r"(?:點半|点半|點|点|時|时)(?:" + _N + r"分)?)?(?:左右|許|许)?"
    r"|(?:今|昨|今天|昨天|今日|昨日)?(?:上午|下午|凌晨|中午|早上|晚間|晚间|清晨|傍晚)"
    r"(?:" + _N + r"(?:點半|点半|點|点|時|时)(?:" + _N + r"分)?)(?:左右|許|许)?"
    r"|(?:今|昨|今天|昨天|今日|昨日|当天|當天)?(?:上午|下午|凌晨|中午|早上|晚間|晚间|清晨|傍晚)$")
_EDGE = "，,、的 \u3000"


def needs_clock_times(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and any(c in s for c in _CUES):
            return True
    return False


def settle_clock_times(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or not any(c in s for c in _CUES):
            continue
        rest = _CLOCK_RE.sub("", s)
        if rest == s:
            continue
        rest = rest.strip(_EDGE)
        f["subject"] = rest if len(rest) >= 2 else None
