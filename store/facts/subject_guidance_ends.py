"""A figure told as the high or low end of a guidance (`超越財測9570億元高標`) is the guidance's, and lends nothing
(fix49s, sealed39).

Taiwan's results news compares a quarter with the company's guidance: `合併營收9899.2億元，…，超越財測9570億元高標，以美元
計算達331億美元，季增10.1％`.  `高標` after the figure read as the noun it measures, so the guidance's sum was `高標`'s
and every later figure of the sentence took `高標` too, carried.  The labels name the guidance (`財測`) for its sum
and the sentence's indicator (`合併營收`) for the figures after it, as `超越318億至330億美元目標`'s target lends nothing.

- Only a figure right before `高標`, `低標`, `上緣`, `下緣` whose subject is that word: the word naming the guidance just
  before the figure (`財測`, `財測值`, `預期`, `目標`, `財測區間` …) is its subject;
- a later figure of its sentence (up to `；` or the sentence's end) that took the word as its subject, carried, takes
  the subject of the nearest earlier figure of the sentence instead (none: it keeps nothing).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_ENDS = ("高標", "低標", "上緣", "下緣", "高标", "低标", "上缘", "下缘")
_GUIDANCE_RE = re.compile(r"(財測區間|財測值|財測|财测区间|财测值|财测|預期|预期|預估|预估|目標|目标)(?:的)?\s*$")
_STOPS = "。！？!?；;\n"


def needs_guidance_ends(text: str) -> bool:
    return any(w in text for w in _ENDS)


def settle_guidance_ends(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        word = f.get("subject")
        if word not in _ENDS or not text.startswith(word, f["end"]):
            continue
        m = _GUIDANCE_RE.search(text, max(0, f["start"] - 8), f["start"])
        if not m:
            continue
        f["subject"] = m.group(1)
        before = next((g.get("subject") for g in reversed(facts[:i])
                       if g.get("subject") and g.get("subject") not in _ENDS and g.get("kind") not in ("date", "year")
                       and not any(c in text[g["end"]:f["start"]] for c in _STOPS)), None)
        for g in facts[i + 1:]:
            if any(c in text[f["end"]:g["start"]] for c in _STOPS):
                break
            if g.get("subject") == word and not text.startswith(word, g["end"]):
                g["subject"] = before
