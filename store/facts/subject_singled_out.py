"""An item singled out with 以…最高 (以…居冠, 以…最多): the figures told of it are its own.

Hong Kong, Macao and Taiwan releases name the leading item of a breakdown with 以 and a superlative, then give its
figures: `出入境流量以關閘最高，有1.45億人次，按年上升約8%`, `平均入住率…；以五星级的最高，达88%，上升6.5个百分点`,
`當中以內地，達72萬人次` — or put its figure inside (`以美國二八四．五億美元居冠、年增五十六．一％`).  The subject
rules gave those figures the breakdown's indicator (出入境流量, 平均入住率) carried from before; the gold gives the
item (關閘, 五星级, 美國).  Only figures whose subject is that carried indicator (or none) are renamed, up to the end
of the sentence piece (；。): a figure naming its own subject after the item keeps it.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# 以 as a preposition (not 所以, 可以, 以上, 以来, 以色列, 以军) and the item up to its superlative
_SINGLED_RE = re.compile(
    r"(?<![所可予加难難得足用借藉])以(?![上下内內来來后後前及便免为為往致至此外期色军軍方北南西])(?!东(?!盟)|東(?!協))"
    r"((?:[^\s，。；,;：:以（）()]|(?<=\d),(?=\d)){1,16}?)的?"
    r"(?:最高|最多|最大|最快|最低|最少|最小|居冠|居首|最為[^\s，。；,;]{1,2}|最为[^\s，。；,;]{1,2})")
_LEAD_RE = re.compile(r"^(?:當中|当中|其中)")
_PIECE_END = "；;。！？!?\n"
_CHANGE_RE = re.compile(r"增加|增長|增长|上升|下降|減少|减少|成長|成长|年增|年減|年减")
_SKIP_KINDS = ("date", "year", "duration")


def needs_singled_out(text: str) -> bool:
    return "以" in text and ("最" in text or "居冠" in text or "居首" in text)


def settle_singled_out(text: str, facts: list[Fact]) -> None:
    for m in _SINGLED_RE.finditer(text):
        inside = [f for f in facts if m.start(1) <= f["start"] < m.end(1) and f["kind"] not in _SKIP_KINDS]
        head_end = inside[0]["start"] if inside else m.end(1)
        item = _item(text[m.start(1):head_end])
        if not item:
            continue
        piece_end = _piece_end(text, m.end())
        after = [f for f in facts if m.end() <= f["start"] < piece_end and f["kind"] not in _SKIP_KINDS]
        if not inside and (not after or not _next_clause_holds(text, m.end(), after[0]["start"])):
            continue                            # 以干旱危害最为严重: no figure of the item
        before = _subject_before(facts, text, m.start())
        topic = _topic(text, m.start())
        superlative = m.group(0)[m.end(1) - m.start():]
        for f in inside[:1]:
            f["subject"] = item
        for f in after:
            s = f.get("subject")
            if s is None or s == before or s == topic or s in superlative:
                f["subject"] = item             # the breakdown's indicator carried, or the superlative (居冠)
            elif topic and s.startswith(topic) and len(s) > len(topic):
                f["subject"] = item + s[len(topic):]    # 出入境流量佔總出入境量 → 關閘佔總出入境量
            elif s.startswith(("佔", "占")):
                f["subject"] = item + s         # 佔總入境人次: the item's share
            else:
                break                           # a figure naming its own subject: the item's run ends


def _item(raw: str) -> str | None:
    item = _LEAD_RE.sub("", raw).strip()
    change = _CHANGE_RE.search(item)
    if change:
        item = item[:change.start()]            # 以資訊通信產品增加53.5億美元最為驚人: the product
    item = item.rstrip("的")
    return item if len(item) >= 2 else None


def _piece_end(text: str, i: int) -> int:
    ends = [k for k in (text.find(c, i) for c in _PIECE_END) if k >= 0]
    return min(ends) if ends else len(text)


def _next_clause_holds(text: str, end: int, fig_start: int) -> bool:
    """The first figure after the superlative is in the clause right after it (…最高，有1.45億人次)."""
    gap = text[end:fig_start]
    return gap.count("，") + gap.count(",") <= 1


def _subject_before(facts: list[Fact], text: str, at: int) -> str | None:
    start = max(text.rfind(c, 0, at) for c in "。！？!?\n")   # the sentence's: a ； list carries it
    for f in reversed(facts):
        if f["start"] < at and f["start"] > start and f["kind"] not in _SKIP_KINDS:
            return f.get("subject")
    return None


def _topic(text: str, at: int) -> str | None:
    """The phrase opening the clause before 以 (出入境流量以關閘最高): the breakdown's indicator."""
    k = max(text.rfind(c, 0, at) for c in "，,；;。：:")
    topic = text[k + 1:at].strip()
    return topic or None
