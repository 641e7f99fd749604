"""A share told as `X在Y(中)所佔的比重` (`澳門元在M2所佔的比重為23.9%,按月及按年分別下跌0.4及0.1個百分點`,
`電子零組件、資通與視聽產品在總出口占的比重達到百分之七十五`): the share is X's in Y, and the subject is the whole
phrase as written, not Y's (M2所佔比重, 總出口) — read alone, `總出口` would say the exports were 75 %.

X opens the clause (after a lead such as 这是 or a year); a list before 分别 (`澳門元、港元、人民幣及美元在M2的比重分別為
34.9%、44.9%、8.0%及10.0%`) gives each item its figure (美元在M2的比重), when the figures are as many as the items.  The figures renamed are those after the phrase, up to the end of its sentence or ；-part,
whose subject is Y's share or a piece of the phrase.  Gated on 在 and a share word.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_SHARE_WORDS = ("比重", "份額", "份额", "占比", "佔比")
_PHRASE_RE = re.compile(r"(?:^|(?<=[，,；;：:。]))(?:这是|這是|其中|而|同时|同時)?(?:[0-9０-９]{4}年|今年|去年)?"
                        r"([^\s\d０-９，,；;。：:在的]{2,16}?)在([^\s，,；;。：:在]{1,14}?)(?:中)?"
                        r"(?:所佔|所占|占|佔)?的?(比重|份額|份额|占比|佔比)")
_ENDS = "。；;！？!?\n"
_JOINER_RE = re.compile(r"以及|和|與|与|及")
_GAP_RE = re.compile(r"^(?:[、，,和及与與]|以及)$")


def needs_share_of(text: str) -> bool:
    return "在" in text and any(w in text for w in _SHARE_WORDS)


def settle_share_of(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for m in _PHRASE_RE.finditer(text):
        owner, whole, y = m.group(1), text[m.start(1):m.end()], m.group(2)
        stop = len(text)
        for c in _ENDS:
            j = text.find(c, m.end())
            if 0 <= j < stop:
                stop = j
        w = re.match(r"\s*(?:分别|分別)", text[m.end():])
        if w:                                         # 澳門元、港元、人民幣及美元在M2的比重分別為…: each item's
            _each(text, facts, owner, text[m.end(1):m.end()], m.end() + w.end(), stop)
            continue
        for f in facts:
            s = f.get("subject")
            if not (m.end() <= f["start"] < stop) or f["kind"] not in ("percent", "points") or not s:
                continue
            if owner in s or not (s.startswith(y) or s in _SHARE_WORDS or s in whole):
                continue
            f["subject"] = whole


def _each(text: str, facts: list[Fact], owner: str, rest: str, at: int, stop: int) -> None:
    """The items of `A、B、C及D在Y的比重分別為a、b、c及d`, one figure each, named `A在Y的比重`."""
    items = owner.split("、")
    j = _JOINER_RE.search(items[-1])
    if j and j.start() > 0:
        items[-1:] = [items[-1][:j.start()], items[-1][j.end():]]
    if len(items) < 2 or any(len(i) < 1 for i in items):
        return
    run = [f for f in facts if at <= f["start"] < stop and f["kind"] in ("percent", "points")][:len(items)]
    if len(run) < len(items) or any(not _GAP_RE.match(text[x["end"]:y["start"]]) for x, y in zip(run, run[1:])):
        return
    for f, item in zip(run, items):
        f["subject"] = item + rest
