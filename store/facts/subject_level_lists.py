"""Levels told one by one, then compared together (`我国综合交通网总里程突破600万公里，220千伏及以上输电线路79.4万公里，
光缆线路总长度达到5481万公里，分别相当于10年前的1.3倍、1.7倍和3.7倍`): the i-th figure of the `分别` list is the i-th
level's, not the last level's for all three.

The list's figures (multiples, percents or points) must follow one another after 分别 (only 、/和/及 between them),
be as many as the levels (money, counts, quantities) told before 分别 in the same sentence part, with one subject
each and all different, and the list must have been given the last level's subject (nothing of its own named).
Gated on 分别 and three facts.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_LEVEL_KINDS = ("money", "count", "quantity")
_LIST_KINDS = ("multiple", "percent", "points")
_GAP_RE = re.compile(r"^(?:[、，,和及与與]|以及)$")
_RESPECTIVE_RE = re.compile(r"分别|分別")


def needs_level_lists(text: str, facts: list[Fact]) -> bool:
    return len(facts) >= 4 and ("分别" in text or "分別" in text)


def settle_level_lists(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for w in _RESPECTIVE_RE.finditer(text):
        part = marks.segment_start(w.start())
        levels = [f for f in facts if part <= f["start"] < w.start() and f["kind"] in _LEVEL_KINDS]
        n = len(levels)
        if n < 2:
            continue
        names = [f.get("subject") for f in levels]
        if not all(names) or len(set(names)) < n:
            continue
        run = [f for f in facts if f["start"] >= w.end() and f["kind"] not in ("date", "year", "duration")][:n]
        if len(run) < n or any(f["kind"] not in _LIST_KINDS for f in run) or \
                any(not _GAP_RE.match(text[x["end"]:y["start"]]) for x, y in zip(run, run[1:])):
            continue
        if any(f.get("subject") != names[-1] for f in run) or marks.segment_start(run[-1]["start"]) != part:
            continue                                  # the list names its own items
        after = [f for f in facts if f["start"] > run[-1]["start"]][:1]
        if after and _GAP_RE.match(text[run[-1]["end"]:after[0]["start"]]):
            continue                                  # more figures than levels (a level told as a span): no pairing
        for f, name in zip(run, names):
            f["subject"] = name
