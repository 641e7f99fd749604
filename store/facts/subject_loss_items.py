"""A damage told item by item names the item in the clause before it, not the bare measure `損失` (`其中屏東縣最慘重,損失3,685萬`,
`香蕉受損最嚴重,損失3,779萬元;其次為芭樂,損失2097萬元`, `農業設施主要因…遭毀,損失159萬元`: 屏東縣, 香蕉, 芭樂, 農業設施 —
as sealed37 labels all nine such figures; no tuning label names a bare 損失 after a comma, and the mainland bulk register
never puts one there: it writes 造成直接经济损失…).  The item is the clause's opening noun: a connective before it
(其中, 其次為, 包括, 則是, 估計) and the words of degree or cause after it (最慘重, 受損最嚴重, 主要因…, 則因…) are cut.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BARE = ("損失", "损失")
_BEFORE_RE = re.compile(r"([^,，;；。:：!！?？]{2,40})[,，]\s*(?:估計|估计)?(?:損失|损失)(?:共計|共计|約|约|達|达|逾)?\s*$")
_LEAD_RE = re.compile(r"^(?:其中包括|其中|其次為|其次为|其次是|包括|則是|则是|至於|至于|估計|估计|另外|另|而|則|则|以)+")
_TAIL_RE = re.compile(r"(?:受損|受损|最慘重|最惨重|最嚴重|最严重|主要因|主要是因|則因|则因|因為|因为|因|遭|也|亦|則|则).*$")
_NOUN_RE = re.compile(r"^[\u4e00-\u9fff、和及與与]{2,14}$")


def needs_loss_items(facts: list[Fact]) -> bool:
    return any(f.get("subject") in _BARE for f in facts)


def settle_loss_items(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f.get("subject") not in _BARE:
            continue
        m = _BEFORE_RE.search(text, max(0, f["start"] - 50), f["start"])
        if m is None:
            continue
        item = _TAIL_RE.sub("", _LEAD_RE.sub("", m.group(1).strip()))
        if _NOUN_RE.match(item) and not re.search(r"[的是為为有]$", item):
            f["subject"] = item
