"""Months listed before 分别 are the items' periods, not their subject: the figures are the indicator's.

`企业所得税在工业企业利润回暖带动下,9、10月份分别增长3.3%、0.6%` gave both growths the subject `9` (the first month
read as an item), `8 、 9 月份到港量预计将出现回落,分别为 450 万吨和 380 万吨` a cut verb phrase (`8 量预计将出现`).
The months are a period list; the indicator is the noun after them (到港量) or, when 分别 follows them at once, the
noun opening the clause before (企业所得税).  Only a subject that opens with a numeral, or a verb phrase cut from the months'
span, is replaced: a real item or indicator keeps its name (一、二、三季度全社会用电量分别增长…).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import noun_phrase_end, segment, tag_of

Fact = dict[str, Any]

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# two or more months (or quarters) joined by 、/和/及, then the period word (not a range: 1—11月份 is one period)
_MONTH_LIST_RE = re.compile(_NUM + r"\s*(?:[、和及]\s*" + _NUM + r"\s*)+(?:月份|月|季度)")
_RESPECTIVE_RE = re.compile(r"分[别別]")
_CLAUSE_MARKS = "，,。；;：:！!？?\n"
_NUMERAL_START_RE = re.compile(r"^\s*" + _NUM)
_MODAL_RE = re.compile(r"预计|預計|预期|預期|可能|将会|將會|已经|已經")
_NOUN_AFTER_RE = re.compile(r"\s*([^\s，,。；;：:、\d]{2,16})")


def needs_month_lists(norm: str) -> bool:
    return ("分别" in norm or "分別" in norm) and ("月" in norm or "季度" in norm)


def settle_month_lists(text: str, facts: list[Fact]) -> None:
    for m in _MONTH_LIST_RE.finditer(text):
        r = _RESPECTIVE_RE.search(text, m.end(), m.end() + 40)
        if not r:
            continue
        targets = [f for f in facts if r.end() <= f["start"] < _clause_end(text, r.end()) + 40
                   and f.get("subject") and (_NUMERAL_START_RE.match(f["subject"])
                                             or f["subject"] in text[m.start():r.start()] and _has_verb(f["subject"]))
                   and not any(c in "。；;！？!?\n" for c in text[r.end():f["start"]])]
        if not targets:
            continue
        subject = _noun_after(text, m.end(), r.start()) or _clause_topic(text, m.start())
        if subject:
            for f in targets:
                f["subject"] = subject


def _has_verb(subj: str) -> bool:
    """A verb phrase cut from the months' clause (港量预计将出现), not a noun (全社会用电量)."""
    return any(tag_of(w) in ("v", "vd", "d") for w in segment(subj.translate(SUBJECT_CHARS)))


def _clause_end(text: str, i: int) -> int:
    while i < len(text) and text[i] not in _CLAUSE_MARKS:
        i += 1
    return i


def _noun_after(text: str, a: int, b: int) -> str | None:
    """The noun phrase between the months and 分别 (到港量预计将出现回落 → 到港量)."""
    m = _NOUN_AFTER_RE.match(text, a, b)
    if not m:
        return None
    phrase = _MODAL_RE.split(m.group(1), 1)[0]
    n = noun_phrase_end(phrase.translate(SUBJECT_CHARS))
    return phrase[:n] if n >= 2 else None


def _clause_topic(text: str, at: int) -> str | None:
    """The noun opening the clause before the months' clause (企业所得税在…带动下, → 企业所得税)."""
    k = at
    while k > 0 and text[k - 1] in " \u3000":
        k -= 1
    if k == 0 or text[k - 1] not in "，,":
        return None
    a = k - 1
    while a > 0 and text[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    clause = text[a:k - 1].strip()
    if not clause or any(ch.isdigit() for ch in clause):
        return None
    n = noun_phrase_end(clause.translate(SUBJECT_CHARS))
    return clause[:n] if 2 <= n < len(clause) else None
