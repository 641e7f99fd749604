"""A subject cut inside a bracket is mended to the whole name: the head before the bracket, the bracket, and the rest.

`西部陆海新通道沿线省（区、市）经通道进出口达6228.9亿元`, `11个省（区、市）用电增速超过10%`, `大运河沿线城市（杭州、扬州等）
酒店预订量同比增长48%`, `3个乡（镇、街道）驻地` gave `区、市）经通道进出口`, `杭州、扬州等）酒店预订量`: the subject was cut at
the 、 inside the bracket (24 subjects of the bulk corpus close a bracket they never opened).  Only a cut at a list's
mark inside the bracket is mended: a cut after a date inside it (`公債（2025年10月17日發行）之最高得標利率`) is another
class's.  The name runs back over
the bracket to the words before it, up to the clause's start or the figure before it (`11个`: the count is its own):
`西部陆海新通道沿线省（区、市）经通道进出口`, `省（区、市）用电增速`, `大运河沿线城市（杭州、扬州等）酒店预订量` — the
bracket kept, as the sets keep a name's bracket (sealed10 `博彩及相關服務(如餐飲、外幣兌換等)收益`).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS, SUBJECT_VERB_CUT_RE
from .words import segment, tag_of

Fact = dict[str, Any]

_CLAUSE_ENDS = "，,；;：:。！？!?\n、 \t"
_HEAD_RE = re.compile(r"[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]{1,14}$")
_INSIDE_LEADS = ("包括", "包含", "含", "如")
_LEAD_RE = re.compile(r"^(?:今年|去年|其中|同时|同時|此外|另外|而|但|并|並|和|及)+")


def _unclosed(s: str) -> bool:
    return s.count("）") + s.count(")") > s.count("（") + s.count("(")


def needs_open_brackets(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and _unclosed(s) for f in facts)


def settle_open_brackets(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not _unclosed(subj) or f["kind"] in ("date", "year"):
            continue
        at = text.rfind(subj, 0, f["start"])
        if at <= 0 or text[at - 1] not in "、，,（(" and not text[:at].endswith(_INSIDE_LEADS):
            continue                            # cut at the bracket, a list mark or 包括 inside it, not at a date
        opened = max(text.rfind("（", max(0, at - 16), at), text.rfind("(", max(0, at - 16), at))
        if opened < 0 or any(c in text[opened + 1:at] for c in "）)。；;\n"):
            continue
        start = max(text.rfind(c, 0, opened) for c in _CLAUSE_ENDS) + 1
        for g in facts:
            if start <= g["end"] <= opened:
                start = g["end"]
        head = text[start:opened]
        if (cut := SUBJECT_VERB_CUT_RE.match(head.translate(SUBJECT_CHARS))) is not None:
            head = head[cut.end():]             # 全县实现农林牧渔业(…), 較上次同年期公債（…）: after the verb
        head = _LEAD_RE.sub("", head)
        if not head or not _HEAD_RE.fullmatch(head):
            continue
        last = segment(head.translate(SUBJECT_CHARS))[-1]
        if len(last) >= 2 and tag_of(last) == "v":
            continue                            # 长乐市共签约(…)内外资项目: a verb before the bracket, its object after
        f["subject"] = head + text[opened:at] + subj
