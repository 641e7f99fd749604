"""A line wrapped inside a sentence, read as if written without the break (rewrite edits).

Text taken from PDF releases and fixed-width pages keeps the page's line breaks inside a sentence
(`…７月城鎮調查失業率升\\n至５﹒２％`, `…比上月\\n上升０﹒２個百分點`, `…主要國家貨幣金融市場緊縮、\\n美中經濟降溫`,
`…成長率從上年的5.9%減為\\n2.9%`).  A break ends a clause for every rule, so the figures after it lost their
subject, their change and their base.  Such a break is deleted in the rewritten text when it cannot end a
line of its own:

- after an enumeration or clause comma (、，,): no headline or paragraph ends in one;
- between a verb that a level follows (为/為/至/逾/约) and the figure (`減為\\n2.9%`);
- in a line whose sentence has a comma before the break, inside a dictionary word (`升\\n至`, read in the
  simplified characters) or before a change verb (`比上月\\n上升`): a headline (`…全面振兴\\n农业农村现代化…`)
  breaks between words, and no paragraph opens with 上升.
News wires put their headlines on lines of their own (`…持续遭美军袭击\\n据也门胡塞武装…`): those breaks stay.
"""

from __future__ import annotations

import re

from .subject_rules import SUBJECT_CHARS
from .words import word_around

# (the break first, its neighbours after it: a search for a literal compares characters, where a pattern opening
# with a lookbehind tests every character of the text against a set)
_BREAK_RE = re.compile(r"\n(?<=[\u4e00-\u9fff0-9０-９、，,%％]\n)(?=[\u4e00-\u9fff0-9０-９])")
_COMMAS = "、，,"
_LEVEL_VERBS = "为為至逾约約"
_SENTENCE_ENDS = "。！？；!?;\n"
_CLAUSE_COMMA_RE = re.compile(r"[，,]")
# a change verb opening the next line: no paragraph opens with one (比上月\n上升０﹒２個百分點)
_CHANGE_RE = re.compile(r"上升|下降|增加|增長|增长|減少|减少|上漲|上涨|下跌|回落|回升|提高|降低|擴大|扩大|收窄")


def wrapped_line_edits(text: str) -> list[tuple[int, int, str]]:
    """Deletions of the line breaks inside sentences (the module's doc), sorted."""
    if "\n" not in text:
        return []
    out = []
    for m in _BREAK_RE.finditer(text):
        i = m.start()
        if _wrapped(text, i):
            out.append((i, i + 1, ""))
    return out


def _wrapped(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i + 1]
    if before in _COMMAS:
        return True
    if before in _LEVEL_VERBS and after.isdigit():
        return True
    if not ("\u4e00" <= before <= "\u9fff" and "\u4e00" <= after <= "\u9fff"):
        return False
    # the sentence's start: the break before this one ends a sentence too, so the other ends are looked for
    # only after it (searched back to the text's start, an end the text never writes cost a paragraph's whole
    # prefix at every break)
    line = max(text.rfind("\n", 0, i), 0)
    a = max(text.rfind(c, line, i) for c in _SENTENCE_ENDS) + 1
    if not _CLAUSE_COMMA_RE.search(text, a, i):
        return False
    if _CHANGE_RE.match(text, i + 1):
        return True
    window = (text[max(a, i - 4):i] + text[i + 1:i + 5]).translate(SUBJECT_CHARS)
    k = i - max(a, i - 4)
    ws, we = word_around(window, k)
    return ws < k < we
