"""The edges of a subject: no time word or adverb at its end, no measure word cut from its demonstrative
at its start, and no bare 总体/之际 for a subject.

Bulk samples showed `第十九届中国长春电影节昨晚` (the evening the festival opened), `光伏电站日前`,
`正式辩论当事人仍`; `这批炸弹共有约1800枚` → `批炸弹` (这 cut off, its measure word kept);
`…吞吐量完成1200万标箱，总体较去年同期增加28.55万标箱` → `总体` (the whole of what the clause before
named); `开启第二个10年之际` → `之际` (a time, not a thing).

- a time word (昨晚, 今天, 日前 …) or an adverb (仍, 仍然, 也, 还) ending a subject is dropped, unless it
  ends a longer word (快捷返还, 归还);
- a subject opening with a measure word right after 这/那/该/此 (+ a numeral) is the noun after it
  (`这批炸弹` → `炸弹`);
- `总体`/`整体` alone, or a comparison verb alone (`远超此前`), is the subject of the sentence's figure
  before it in the same unit; `之际` alone is none.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks
from .words import segment

Fact = dict[str, Any]

_TRAILING = ("昨晚", "今晚", "昨天", "今天", "明天", "昨日", "今日", "当天", "當天", "当日", "當日", "日前", "近日",
             "仍然", "仍", "也", "还", "還")
_TRAILING_RE = re.compile("(?:" + "|".join(_TRAILING) + ")+$")
_MEASURES = frozenset("批个個位名家项項条條座台臺辆輛架艘只隻头頭件种種类類所户戶")
_DEMONSTRATIVE_RE = re.compile(r"[这這那该該此][一二两兩三四五六七八九十几幾]?$")
_WHOLE = frozenset({"总体", "總體", "整体", "整體"})
_NONE = frozenset({"之际", "之際"})
# a level compared with the figure before it (…预计达到456亿欧元，远超此前预计的172亿欧元): that figure's
_COMPARED_RE = re.compile(r"(?:远|遠|大幅|略|均)?(?:超过|超過|超出|超|高于|高於|低于|低於|不及|少于|少於|多于|多於)"
                          r"(?:了)?(?:此前|之前|去年|上年|原先|原来|原來)?")


def needs_edges(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and (s.endswith(_TRAILING) or s[0] in _MEASURES or s in _WHOLE or s in _NONE
                  or len(s) <= 6 and _COMPARED_RE.fullmatch(s)):
            return True
    return False


def settle_edges(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s:
            continue
        if s in _NONE:
            f["subject"] = None
        elif s in _WHOLE or len(s) <= 6 and _COMPARED_RE.fullmatch(s):
            f["subject"] = _before_in_unit(f, facts[:i], marks)
        elif s.endswith(_TRAILING):
            rest = _TRAILING_RE.sub("", s)
            if len(rest) >= 2 and len(segment(s[-4:])[-1]) <= len(s) - len(rest):
                f["subject"] = rest             # (快捷返还: 还 ends the word 返还, no adverb)
        elif s[0] in _MEASURES and len(s) >= 3:
            k = text.rfind(s, max(0, f["start"] - 40), f["end"] + len(s))
            if k > 0 and _DEMONSTRATIVE_RE.search(text, max(0, k - 2), k) and len(segment(s[:4])[0]) == 1:
                f["subject"] = s[1:]            # (该项目总投资: 项目 is a word, no measure)


def _before_in_unit(f: Fact, before: list[Fact], marks: TextMarks) -> str | None:
    a = marks.sentence_start(f["start"])
    for g in reversed(before):
        if g["start"] < a:
            return None
        s = g.get("subject")
        if s and g.get("unit") == f.get("unit") and s not in _WHOLE:
            return s
    return None
