"""What a change is compared with is no subject: `新疆地区生产总值达到了9273.46亿元,比上年增长10%,比召开第一次新疆
工作座谈会之前的2009年增长了1.15倍` is the GDP's growth since 2009, not `新疆工作座谈会之前`'s — the words inside
`比…的2009年` name the base's time, not what grew.

A change or multiple whose subject is written inside the comparison that opens its own clause (比/较/較 …, before
the figure, no comma between) and is followed there by the base's year (`…之前的2009年`; `较发行底价18.60元/股溢价29.09%`
names its own 溢价 after the base) takes the subject of the figure told before it in the sentence, when that
figure is in an earlier clause (a rank inside the comparison, `第一次`, is no such figure); else it keeps its own.  The
later figures of the sentence that carried the base's words (`,达到平均11.1%的增长速度`) take the same subject.
Gated on 比 or 较 in the text.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_OPEN_RE = re.compile(r"\s*(?:比|较|較)")
# the base's time right after the subject read inside the comparison (…座谈会之前的2009年)
_BASE_TIME_RE = re.compile(r"的(?:\d{4}|[一二三四五六七八九〇○零]{4})年")
_STOPS = "，,。；;：:\n"


def needs_compared_phrases(text: str) -> bool:
    return "比" in text or "较" in text or "較" in text


def settle_compared_phrases(text: str, facts: list[Fact]) -> None:
    told: list[Fact] = []
    renamed: dict[str, tuple[str, int]] = {}        # the base's words → the subject, and where the sentence ends
    for f in facts:
        if f["kind"] in ("date", "year", "duration"):
            continue
        subj = f.get("subject")
        if subj in renamed and f["start"] < renamed[subj][1] and f["kind"] != "rank":
            f["subject"] = renamed[subj][0]           # …,达到平均11.1%的增长速度: carried from the figure renamed
        elif subj and told and (f.get("change") or f["kind"] == "multiple"):
            c = max(text.rfind(ch, 0, f["start"]) for ch in _STOPS) + 1
            before = next((g for g in reversed(told) if g["end"] <= c and g["kind"] != "rank"), None)
            k = text.find(subj, c, f["start"])
            if before is not None and (whose := before.get("subject")) and whose != subj and k > c \
                    and _OPEN_RE.match(text, c) and _BASE_TIME_RE.match(text, k + len(subj)) \
                    and not any(ch in text[before["end"]:c] for ch in "。；;！？!?\n"):
                f["subject"] = whose                  # 比…之前的2009年增长了1.15倍: the GDP's, not the base's words
                end = min((e for ch in "。！？!?\n" if (e := text.find(ch, f["end"])) >= 0), default=len(text))
                renamed[subj] = (whose, end)
        told.append(f)
