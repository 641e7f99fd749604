"""A year-end bonus counted in months is the bonus's: `今年將發放6.5個月年終獎金`, `發出7個月創新高的年終獎金`,
`豪發20個月年終獎金` (Taiwan's companies pay it as so many months' salary; the sets label 年終獎金) — not the verb
paying it (發出) nor nothing.

A duration in months (個月, 个月) followed right away by the bonus (年終獎金, 年终奖金, 年終獎, 年终奖), or by a short
phrase closed by 的 before it (創新高的), takes the bonus as its subject; a bonus named before the figure
(`員工年終獎金仍可領3.5至4.6個月`) is the other rules'.  Gated on the bonus's word.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BONUS_AFTER_RE = re.compile(r"\s*(?:[^\s，。；！？,;!?\d]{1,6}的)?(年終獎金|年终奖金|年終獎|年终奖)")


def needs_bonus_months(text: str) -> bool:
    return "年終獎" in text or "年终奖" in text


def settle_bonus_months(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] == "duration" and (f.get("unit") or "") in ("個月", "个月") \
                and (m := _BONUS_AFTER_RE.match(text, f["end"])):
            f["subject"] = m.group(1)                 # 發放6.5個月年終獎金: the bonus's size
