"""A segment's line in company results is named by its segment and its line.

Hong Kong results list each business under an outline heading, then its lines:
`(四)酒店業務:營業額下跌0﹒3%至31萬元,分部虧損收窄28﹒8%至823萬元;`.  The line alone
(營業額, 分部溢利) would read as the group's; the heading alone as the whole business.
A figure whose subject is such a line word, in a clause run opened by a heading, is
named by both: 酒店業務營業額, 酒店業務分部溢利, 投資分部虧損.
"""

from __future__ import annotations

import re

# (二)投資: / （三）物業租賃：  — an outline mark, the segment's name, a colon
_HEADING_RE = re.compile(r"[（(][一二三四五六七八九十\d]{1,2}[)）]([^\s:：，,;；。()（）\d]{2,12})[:：]")
# the lines a segment reports (as written, either script)
_SEGMENT_LINES = frozenset({
    "營業額", "营业额", "收益", "收入", "營業收入", "营业收入", "分部溢利", "分部虧損", "分部亏损",
    "分部業績", "分部业绩", "經營溢利", "经营溢利", "溢利", "除稅前溢利", "除税前溢利",
})


def segment_line(text: str, sent: int, s: int, subj: str | None) -> str | None:
    """`subj` prefixed by the segment heading the figure at `s` stands under, or None."""
    if subj not in _SEGMENT_LINES:
        return None
    m = None
    for m in _HEADING_RE.finditer(text, sent, s):
        pass
    if m is None or m.group(1) in subj:
        return None
    return m.group(1) + subj
