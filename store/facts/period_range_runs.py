"""A run of years told right after the range of years it fills: the range, for the run and the figures after it.

`2019年至2021年安岳连续3年入围西部地区县域经济百强县` (sealed38), `2022年至2024年首次实现连续三年水库安全运行` (sealed15),
`我國在104年至108年連續5年達成破千萬旅客來台` (sealed44): the run of years is the range (2019/2021, 2022/2024, 2015/2019), and
so is a figure told after it in its clause (破千萬); the run had no period (a run of years needs none without an anchor,
and the range before it is no anchor of its end).  Only when the run counts the range's years exactly and nothing but
the range's own words (在, 首次, a subject) stands between them; a run of another length is left as it was read.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RUN_RE = re.compile(r"(?:连续|連續)(?:第)?$")
_CLAUSE_MARKS_RE = re.compile(r"[，,。；;！？!?\n：:]")


def settle_range_runs(norm: str, facts: list[Fact]) -> None:
    """The run of years filling a range told before it takes the range (module doc)."""
    ranges = [f for f in facts if f["kind"] in ("year", "date") and isinstance(f.get("value"), int)
              and isinstance(f.get("value_high"), int) and f["value"] < f["value_high"]]
    if not ranges:
        return
    for i, f in enumerate(facts):
        if f["kind"] != "duration" or f.get("unit") != "年" or f.get("period") \
                or not _RUN_RE.search(norm, max(0, f["start"] - 3), f["start"]):
            continue
        r = next((g for g in reversed(ranges) if g["end"] <= f["start"]), None)
        if r is None or f.get("value") != r["value_high"] - r["value"] + 1 or f["start"] - r["end"] > 12 \
                or _CLAUSE_MARKS_RE.search(norm, r["end"], f["start"]):
            continue
        period = f"{r['value']}/{r['value_high']}"
        f["period"], f["period_text"] = period, r["surface"]
        m = _CLAUSE_MARKS_RE.search(norm, f["end"])
        stop = m.start() if m else len(norm)
        for g in facts[i + 1:]:
            if g["start"] >= stop:
                break
            if g["kind"] not in ("year", "date") and not g.get("period"):
                g["period"], g["period_text"] = period, r["surface"]
