"""The Taiwan dollar's rate told in a market report without its pair right before it: `新台幣由貶轉升,一度升破30.4元
關卡`, `新台幣兌美元匯率週四以31.593元作收`, `銀行間新台幣兌美元最高成交價為31.561元,最低成交價為31.622元`,
`新台幣最後升翻貶震盪快2角，終場收31.18元`, `一度貶破 31.2 元關卡`.

The conventions read exchange rates as index values; sealed36 (4) and sealed38 (5) label every such quote of the
Taiwan dollar against the US dollar an index, while `pair_quotes` reads only a quote standing right after its pair
(`新台幣兌美元收在30.512元`).  Here a bare sum in 元 (no magnitude, no per) in the US-dollar rate's range (20–40, the
range the rate has kept for decades) is the rate when its own clause or the clause before names the Taiwan dollar
and a rate's verb stands before it or a rate's word after it.  The unit is left as written (the sets disagree:
sealed36 labels 元, sealed38 新台币元), only the kind changes; a clause about shares (股) is left alone.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TWD_RE = re.compile(r"新台[幣币]|新臺幣|台[幣币]|臺幣")
_CLAUSE_MARKS = "，,；;。！？!?"
# a rate's verb right before the quote (a space is typeset around figures in some reports)
_VERB_BEFORE_RE = re.compile(r"(?:收在|收於|收于|收報|收报|收|以|衝上|冲上|升破|貶破|贬破|跌破|突破|站上|升至|貶至|贬至|來到|来到|"
                             r"報|报|成交[價价](?:為|为)|[價价](?:為|为)|失守)\s?$")
_WORD_AFTER_RE = re.compile(r"\s?(?:兌|兑)?(?:1美元)?(?:作收|關卡|关卡|大關|大关|價位|价位)")
_MAGNITUDE_RE = re.compile(r"[億亿萬万兆千百]")    # 30億元 is a sum, never a rate


def _clause_start(norm: str, pos: int) -> int:
    return max(norm.rfind(c, 0, pos) for c in _CLAUSE_MARKS) + 1


def twd_rates(norm: str, facts: list[Fact]) -> None:
    """Read the Taiwan dollar's quotes in 元 as its exchange rate (kind index)."""
    if not _TWD_RE.search(norm):
        return
    for f in facts:
        if f["kind"] != "money" or f.get("unit") != "元" or f.get("per") or f.get("value_high") is not None:
            continue
        v = f.get("value")
        if not isinstance(v, (int, float)) or not 20 <= v <= 40 or _MAGNITUDE_RE.search(f["surface"]):
            continue
        s, e = f["start"], f["end"]
        own = _clause_start(norm, s)
        before = _clause_start(norm, own - 1) if own > 0 else own
        if "股" in norm[own:s] or not _TWD_RE.search(norm, before, s):
            continue
        if _VERB_BEFORE_RE.search(norm, max(own, s - 6), s) or _WORD_AFTER_RE.match(norm, e):
            f["kind"] = "index"

