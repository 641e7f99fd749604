"""A change whose clause names nothing, after a clause giving the reason for it:
`光學器材因光學檢測及量測設備接單續增，年增13.1%`, `機械產品因半導體設備訂單增加，年增17.2%`,
`出口受海外需求回暖带动，同比增长8%`.  The clause before opens with what changed and then says
why (因/由于/受): the change is that noun phrase's, not the sentence's earlier indicator
(電子產品接單, 化學品), which a reason clause interrupts.  Read only when the figure's clause opens
with the change, the clause before holds no figure and an earlier one in the sentence does (a sentence
opening with its reason, `1月零售業營業額因汽車…衰退，年減24.52%`, is left to the other rules).
"""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S
from .subjects import _finish, written
from .words import segment, tag_of

Fact = dict[str, Any]

_CHANGE_LEAD_RE = re.compile(r"[\s\x00\x01]*(?:年|同比|按年|环比|按月)?")
_OPEN_RE = re.compile(r"[，,；;：:]")
# a short noun phrase (traditional characters too: 機械產品), then the reason
_TOPIC_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10}?)(?:因为|因|由于|受)")


def reason_topic(text: str, simp: str, f: Fact, lo: int, sent_start: int, facts: list[Fact]) -> str | None:
    """The noun phrase opening the clause before `f`'s when that clause goes on with a reason."""
    if lo - 1 <= sent_start or f["kind"] not in ("percent", "points", "money", "quantity", "count"):
        return None
    lead = _CHANGE_LEAD_RE.match(simp, lo)
    if not S.CHANGE_START_RE.match(simp, lead.end() if lead else lo):
        return None
    a = max([sent_start, *(m.end() for m in _OPEN_RE.finditer(simp, sent_start, lo - 1))])
    while a < lo and simp[a] in " \x00\x01":
        a += 1
    m = _TOPIC_RE.match(simp, a, lo - 1)
    if not m or any(a <= g["start"] < lo for g in facts) or _has_verb(simp[a:m.end(1)]):
        return None
    if not any(sent_start <= g["start"] < a and g["kind"] not in ("date", "year") for g in facts):
        return None                             # 1月零售業營業額因…衰退，年減24.52%: no list interrupted
    return _finish(written(text, simp, (a, m.end(1))), f)


def _has_verb(phrase: str) -> bool:
    """A verb, adverb, preposition or conjunction among the phrase's words (it is no noun phrase)."""
    return any(len(w) > 1 and tag_of(w) in ("v", "vd", "d", "ad", "p", "c") for w in segment(phrase))
