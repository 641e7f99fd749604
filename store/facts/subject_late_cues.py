"""One pass over the facts for the later subject classes' cheap tests (subject_titles,
subject_count_words, subject_results, subject_level_moves): each class runs only when a
subject or a figure can need it, and the facts are read once for all of them."""

from __future__ import annotations

from typing import Any

from .subject_count_words import COUNT_WORDS
from .subject_level_moves import KINDS as LEVEL_KINDS, PRICE_PERS, suspect

Fact = dict[str, Any]

TITLES, COUNT_WORDS_CUE, RESULTS, LEVELS = "titles", "count_words", "results", "levels"


def late_cues(facts: list[Fact]) -> set[str]:
    out: set[str] = set()
    for f in facts:
        kind = f["kind"]
        s = f.get("subject")
        if not s:
            if f.get("per") in PRICE_PERS or kind == "percent" and f.get("change"):
                out.add(LEVELS)
            continue
        if s[0] == "《" and "》" not in s:
            out.add(TITLES)
        if kind == "count":
            if s in COUNT_WORDS or f.get("unit") in COUNT_WORDS:
                out.add(COUNT_WORDS_CUE)
            if f["surface"][-1] in "个個":
                out.add(LEVELS)
        if kind == "money" and ("度" in s or s.endswith(("利潤", "利润", "蝕", "蚀"))):
            out.add(RESULTS)
        if kind == "percent" and s.endswith(("前", "同期", "水平", "年")):
            out.add(LEVELS)                 # (回復到疫情前大約六成: the base a share recovered to)
        if kind in LEVEL_KINDS and (suspect(s) or f.get("per") in PRICE_PERS):
            out.add(LEVELS)                 # (a price per ounce: its clause may only reach it, 隨後回落至)
    return out
