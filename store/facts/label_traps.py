"""Numerals that label rather than count, in wording the main trap list does not cover.

- a session of a congress, in either script: `四次會議` (the 4th session is no count of 4);
  the simplified `四次会议` is in the main list, and 會 is folded only here;
- the class of a home loan: `二套房`, `二套及以上住房贷款`, `首套` (a class, not two sets);
- a ratio's base in a dividend plan: `每10股派0.23元` (the 10 is part of the unit 元/10股);
- a people named poetically by its size: `三千万儿女`, `十四亿子民` (a lyric, not a head count).

`label_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十百千万亿两"
_LABEL_RE = re.compile(
    rf"[{_CN}\d]+次(?:全[體体])?會[議议]"
    rf"|[二三两2-3]套(?=房|住房|及以上|以上|商品房|改善)"
    rf"|(?<=每)\d+股(?=派|送|转增|轉增|分配|分红|分紅|现金|現金|红利|紅利|[\d.]|(?:人民币|人民幣)?\d)"
    rf"|[{_CN}]+(?=儿女|兒女|子民|父老)"
)
_CHEAP = ("會", "套", "股", "儿女", "兒女", "子民", "父老")


def label_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each label above in the normalised text."""
    if not any(w in norm for w in _CHEAP):
        return []
    return [(m.start(), m.end()) for m in _LABEL_RE.finditer(norm)]
