"""A count whose noun follows a bracket (`有1290萬戶(97.43%)用戶不受影響`, `3500多件（套）文物实物`) counts that noun:
the bracket glosses the count (its share, another measure word) and hides the noun from the reading after the
figure, so the count was left with none or with the item of the list before (`2500余幅图片、3500多件（套）…`: 图片).
The share told inside the bracket is the share of the same noun (`97.43%`: 用戶).

Only counts left with no subject or with the subject of the figure before them, the bracket closed within 20
characters and followed at once by a noun (the words up to a verb: `用戶|不受影響`).
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified
from .words import counted_noun_end, segment, tag_of

Fact = dict[str, Any]

_BRACKET_RE = re.compile(r"\s*[(（]([^()（）。，,；;]{1,20})[)）]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")


def needs_bracket_nouns(text: str, facts: list[Fact]) -> bool:
    return ("(" in text or "（" in text) and any(f["kind"] == "count" for f in facts)


def settle_bracket_nouns(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f["kind"] != "count":
            continue
        subj = f.get("subject")
        if subj and not (i and facts[i - 1].get("subject") == subj):
            continue                            # the count named its own
        m = _BRACKET_RE.match(text, f["end"])
        if not m:
            continue
        run = _HAN_RE.match(text, m.end())
        if not run:
            continue
        words = segment(simplified(run.group(0)))
        if (tag_of(words[0]) or "").startswith("v") and (len(words) == 1 or tag_of(words[1])):
            continue                            # 5市24县（区）受灾: a verb after the bracket, no noun
        n = counted_noun_end(simplified(run.group(0)))
        if n < 2:
            continue
        noun = run.group(0)[:n]
        f["subject"] = noun
        for g in facts[i + 1:]:
            if g["start"] >= m.end():
                break
            if g["kind"] == "percent" and not g.get("subject"):
                g["subject"] = noun             # (97.43%): the share of the same households
