"""A column's label opening a headline or a line, read as a line of its own (rewrite edits).

News sites open a headline with the column or series it belongs to, in lenticular brackets
(`【新思想引领新征程】春节假期23亿人次出行`, `【辉煌60载 魅力新西藏】…`, `【哈尔滨第九届亚冬会】李方慧夺得…`), and a
flash news item sets its own headline so (`【美国WTI原油周五收高0.9%】美国WTI原油周五收高,…`).  No clause mark
stood between the label and the headline, so a figure of the headline took the label as its subject
(新思想引领新征程 for 23亿人次, 文化中国行 for 超7200万人次, 哈尔滨李方慧 for 第九届) and a figure of the label
took the headline's words (中国 for the 第33届 of `【第33届夏季奥林匹克运动会】中国队…`).  The closing bracket of a
label at the start of the text or of a line is read as a line break: the label is a sentence of its own,
its figures keep to it and the headline's to the headline.  A bullet opening a line (`■全年国内生产总值增长5.0%`)
is read as a space, so it never opens a subject (■国内生产总值).  A span of time inside a label (`辉煌60载`,
`数字十年`, `砥砺奋进七十载`) is a series' anniversary or slogan, no measured duration: it has no subject (辉煌,
数字 and 砥砺奋进 were read as what it measured), as a span of time has none in the text.

Quotation marks opening a headline (`「２０年后谁来养活中国？」`, `“十四五”期间…`) are no label: a quoted name is
often the measured thing itself (`“一带一路”投资增长20%`), so they are left as they are.
"""

from __future__ import annotations

import re
from typing import Any

# a label: the opening bracket at the text's or a line's start (spaces before it), a short run with no other
# bracket or line break inside, the closing bracket with more of the line after it
_LABEL_RE = re.compile(r"(?:^|(?<=\n))[ \u3000]*(?:【[^【】〖〗\n]{1,60}(】)|〖[^【】〖〗\n]{1,60}(〗))(?=[ \u3000]*[^\s])")
# a bullet opening a line before its words (not ■■ standing in for hidden digits)
_BULLET_RE = re.compile(r"(?:^|(?<=\n))[ \u3000]*([■□●◆◇▲△★☆▶►◎])(?=[ \u3000]*[^\s■□●◆◇▲△★☆▶►◎\d０-９])")

CUES = ("【", "〖", "■", "□", "●", "◆", "◇", "▲", "△", "★", "☆", "▶", "►", "◎")


def column_label_edits(text: str) -> list[tuple[int, int, str]]:
    """The closing brackets of line-opening labels as line breaks, line-opening bullets as spaces, sorted."""
    out: list[tuple[int, int, str]] = []
    if "【" in text or "〖" in text:
        for m in _LABEL_RE.finditer(text):
            i = m.start(1) if m.start(1) >= 0 else m.start(2)
            out.append((i, i + 1, "\n"))
    if any(c in text for c in CUES[2:]):
        out.extend((m.start(1), m.end(1), " ") for m in _BULLET_RE.finditer(text))
    out.sort()
    return out


def settle_label_spans(text: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans of time inside a line-opening label lose the subject read from the label's words (辉煌60载)."""
    labels = [(m.start(), m.end()) for m in _LABEL_RE.finditer(text)]
    if labels:
        for f in facts:
            if f["kind"] == "duration" and f.get("subject") and any(a <= f["start"] < b for a, b in labels):
                f["subject"] = None
    return facts
