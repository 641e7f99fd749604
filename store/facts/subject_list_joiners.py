"""A list item told after the previous item's bracketed figure keeps no joiner: `其次是服務及銷售人員(20.2%)和非技術工人
(17.1%)`, `製造業(13.1%)和建築業(11.1%)` gave 和非技術工人, 和建築業: the item is 非技術工人, 建築業.  Only a joiner word
(和, 及, 与, 與, 以及: a dictionary word of its own, so 和平, 和田 stay) right after a closing bracket is left out.
"""

from __future__ import annotations

from typing import Any

from store.search.script import simplified_chars

from .words import segment

Fact = dict[str, Any]

_JOINERS = frozenset({"和", "及", "与", "以及"})
_GATE = ("和", "及", "与", "與", "以")
_CLOSERS = "）)"
_REACH = 40


def needs_list_joiners(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and s.startswith(_GATE):
            return True
    return False


def settle_list_joiners(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or not s.startswith(_GATE) or len(s) < 3:
            continue
        word = segment(simplified_chars(s))[0]
        if word not in _JOINERS or len(s) - len(word) < 2:
            continue
        at = text.rfind(s, max(0, f["start"] - _REACH), f["start"])
        if at > 0 and text[at - 1] in _CLOSERS:
            f["subject"] = s[len(word):]
