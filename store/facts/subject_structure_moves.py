"""A structure moved from one ratio to another is named by the structure (subj53).

Communiqués tell an economy's make-up as colon ratios and say how it changed: `三次产业结构由上年的10.3:45.2:44.5
调整为10.4:44.1:45.5` (sealed12), `三次产业结构调整为22.8:21.2:56.0` (blind), `产业结构进一步优化,由上年的6.9:55.9:37.2
演变为6.7:55.1:38.2` (sealed11): the sets label both ratios with the structure (三次产业结构, 产业结构).  The subject
rules cut at the verb that reaches the new ratio (调整为, 优化为, 演变为), and gave it the verb (`进一步优化`,
`演变`, `三次产业结构调整`) or nothing (`三次产业增加值比例调整为10.4:48.6:41.0`).  Here a ratio right after such a
verb, and the ratio after 由 before it, take the noun phrase that opens the move: the words before 由 (or before the
verb when no 由 is told), cut at the clause's start, without the move's own adverb and verb when the clause before
is only the structure's verb (`产业结构进一步优化,由…`).  Only a name of a make-up (…结构, …占比, …比例, …比重,
…构成, …比) is taken; any other ratio keeps what it had.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_VERB = r"(?:调整|調整|优化|優化|演变|演變|转变|轉變|改变|改變|变化|變化|调|調|变|變)"
_ADVERB = r"(?:进一步|進一步|逐步|继续|繼續|持续|持續|不断|不斷)"
# the verb that reaches the new ratio, right before it (进一步优化为, 调整为, 演变为, 调整到)
_MOVE_TO_RE = re.compile(_ADVERB + r"?" + _VERB + r"(?:为|為|到|至|成)\s*$")
# the start of the move: 由 (or 从) and the old ratio, its year before it (由上年的, 由2018年的, 从去年同期的)
_FROM_RE = re.compile(r"(?:由|从|從)[^,，;；。由从從]{0,12}$")
# the clause before a bare 由: the structure and its verb (产业结构进一步优化)
_VERB_END_RE = re.compile(_ADVERB + r"?" + _VERB + r"$")
_MAKEUP_RE = re.compile(r"(?:结构|結構|占比|佔比|比例|比重|构成|構成|结构比|結構比|之比|比)$")
_LEAD_RE = re.compile(r"^(?:其中|同时|同時|全年|年末|年底)+")
_STOPS = "。;；!！?？\n"   # (not ".": a decimal point)


def structure_move_subjects(text: str, norm: str, facts: list[Fact]) -> None:
    """A ratio reached by 调整为/优化为/演变为 (and the ratio it left after 由) named by the structure moved."""
    for i, f in enumerate(facts):
        if f["kind"] != "ratio":
            continue
        s0 = max(norm.rfind(c, 0, f["start"]) for c in _STOPS) + 1
        move = _MOVE_TO_RE.search(norm, s0, f["start"])
        if move is None:
            continue
        head_end = move.start()
        old = None
        for g in facts[:i]:                   # the ratio the move left, right before the verb (由…的5.7:49.3:45.0,)
            if g["kind"] == "ratio" and s0 <= g["start"] and g["end"] <= head_end \
                    and not norm[g["end"]:head_end].strip(" ,，"):
                old = g
        if old is not None:
            frm = _FROM_RE.search(norm, s0, old["start"])
            if frm is None:
                continue
            head_end = frm.start()
        name = _name_before(text, norm, s0, head_end)
        if name is None:
            continue
        f["subject"] = name
        if old is not None:
            old["subject"] = name


def _name_before(text: str, norm: str, s0: int, end: int) -> str | None:
    """The structure named before `end` in its clause; when the clause holds only 由 and the old ratio, the
    clause before, without its adverb and verb."""
    head = norm[s0:end].rstrip(" ,，")
    cut = max(head.rfind(c) for c in ",，:：、") + 1
    lo, hi = s0 + cut, s0 + len(head)
    if (verb := _VERB_END_RE.search(norm, lo, hi)) and verb.start() > lo and norm[hi:end].strip(" ") in (",", "，"):
        hi = verb.start()                      # 产业结构进一步优化,由…: the structure, not its verb
    lead = _LEAD_RE.match(norm, lo, hi)
    lo = lead.end() if lead else lo
    name = text[lo:hi].strip()
    if not (2 <= len(name) <= 16) or not _MAKEUP_RE.search(norm[lo:hi]):
        return None
    return name
