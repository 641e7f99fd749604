"""A generic word pointing back at the indicator just named is that indicator: `重庆生猪收购价37.78元,价格环比下跌5.48%`
is the fall of 重庆生猪收购价, `…自籌財源占歲出比例…，該比率…` of that ratio — never a bare `价格`/`該比率` an analyst
cannot place (each item of a price list read `价格`).

The pointing words are closed (价格/價格 alone, 该比率/該比率, 该占比/該占比, 该比例/該比例, 该指数/該指數); the
indicator is the subject of the figure before, in the same sentence, when it names that kind of thing (a price, a
ratio, a share, an index: it ends in 价, 率, 比, 比例, 指数…), or, for 价格, the goods a sum before it priced.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_POINTERS = {"价格": "价", "價格": "价", "该比率": "率", "該比率": "率", "该占比": "比", "該占比": "比",
             "该比例": "比", "該比例": "比", "该指数": "指", "該指數": "指"}
_KIND_ENDS = {"价": re.compile(r"(?:价|價|价格|價格)$"), "率": re.compile(r"(?:率|比例|占比|佔比)$"),
              "比": re.compile(r"(?:比例|占比|佔比|比重|比率|率)$"), "指": re.compile(r"(?:指数|指數)$")}
_SENTENCE_END = "。！？!?\n"


def needs_backrefs(facts: list[Fact]) -> bool:
    for f in facts:
        if f.get("subject") in _POINTERS:
            return True
    return False


def settle_backrefs(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        kind = _POINTERS.get(f.get("subject") or "")
        if kind is None:
            continue
        for g in reversed(facts[:i]):
            if any(c in text[g["end"]:f["start"]] for c in _SENTENCE_END):
                break
            subject = g.get("subject")
            if not subject or subject in _POINTERS or g["kind"] in ("date", "year"):
                continue
            if _KIND_ENDS[kind].search(subject) or kind == "价" and g["kind"] == "money" and g.get("unit"):
                f["subject"] = subject              # (猪五花肉55.79元,价格…: the goods priced just before)
            break
