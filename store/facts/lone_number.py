"""A text that is nothing but a number — a table cell, a figure typed alone into
`factdesk extract` (一百, 负十一, 2.3, 1,050,000, 10几) — states that number: with no words
around it there is nothing that could make it a label, a name or a date.

A lone digit or numeral character (5, 十) is a list marker or a page number more often
than a figure, and a lone four-digit year is a year: those stay unread.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import NUMBER_PATTERN, parse_number

_LONE_RE = re.compile(rf"\s*({NUMBER_PATTERN})([多余几]?)\s*[。.!！]?\s*")


def lone_number(b: Builder) -> None:
    """Add the number the whole text consists of, if it does."""
    m = _LONE_RE.fullmatch(b.norm)
    if m is None:
        return
    tok = m.group(1)
    p = parse_number(tok)
    signed = tok[:1] in "-负"
    core = tok[1:] if signed else tok
    if p is None or p.form == "digits" or (len(core) < 2 and not signed and not m.group(2)):
        return
    if p.form == "pair" and not re.search(r"[十百千万亿]", core):
        return                                     # 三四 alone: a pair of digits, not a figure
    if core.isdigit() and len(core) == 4 and 1900 <= int(core) <= 2100:
        return
    b.add("quantity", m.start(1), m.end(2), p.value, value_high=p.value_high, qualifier=p.approx or m.group(2) or None)
