"""Figures paired by a slash, each of its own year: `预计2020/2021年供给增速为1.7%/3%`, `2024/2025年每股收益预测为1.2元/1.5元`
(subj54).

Research notes give two years' forecasts at once.  The subject rules read the first year and its slash into the first
figure's subject (`2020/供给`), left the second figure with none, and gave both the second year: 1.7% read as 2021's
supply growth is a wrong figure.  Here, when the clause names two years joined by a slash, the figure right after
another and a slash shares its subject (the year and slash left out), and the first figure takes the first year; a
pair of things (`供需增速为3%/6.8%`: supply, then demand) is left as read.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_YEAR_PREFIX_RE = re.compile(r"^(?:19|20)\d{2}\s*/\s*")
_YEARS_RE = re.compile(r"((?:19|20)\d{2})\s*/\s*((?:19|20)\d{2})年")


def slash_pair_subjects(text: str, facts: list[Fact]) -> None:
    """The second figure of `a/b` shares the first's subject; `Y1/Y2年 … a/b` gives a Y1 and b Y2 (module doc)."""
    for f, g in zip(facts, facts[1:]):
        if f["kind"] in ("date", "year") or g["kind"] != f["kind"] or text[f["end"]:g["start"]].strip() != "/":
            continue
        lo = max(text.rfind(c, 0, f["start"]) for c in "，,；;。！？!?\n") + 1
        years = list(_YEARS_RE.finditer(text, lo, f["start"]))
        if len(years) != 1:
            continue                            # 供需增速为3%/6.8%: two things, not two years (left as read)
        subj = f.get("subject")
        if subj and _YEAR_PREFIX_RE.match(subj):
            subj = _YEAR_PREFIX_RE.sub("", subj)
            f["subject"] = subj
        if subj and not g.get("subject"):
            g["subject"] = subj
        if f.get("period") == g.get("period") == years[0].group(2):
            f["period"] = years[0].group(1)
