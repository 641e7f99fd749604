"""A note in brackets with a comma inside does not open the clause of the figure after it.

`普通混煤(山西粉煤与块煤的混合煤,热值4500大卡)价格658.9元/吨`, `全省规模以上工业增加值（按可比价格计算，下同）增长6.5%`,
`营业收入(合并口径,下同)为12.5亿元`: the comma was read as a clause mark and the subject from the note's last
part (`热值4500大卡)价格`, `下同`). The figure measures the name written before the
bracket, with the head written after it (普通混煤 + 价格 → 普通混煤价格; 全省规模以上工业增加值).

- a figure whose subject starts inside a bracket closed before the figure (in it or across its end) takes the
  name before the bracket (back to its clause mark, a leading period left out) joined to the subject's part
  after the bracket;
- other figures of the sentence with the same broken subject (the changes told after the price) take it too.
Gated on a comma inside brackets.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_OPEN, _CLOSE = "(（", ")）"
# a note with a comma inside (one without keeps its place in the subject: 規模以上工業企業(年主營業務收入500萬元
# 以上的企業)增加值, as the sets label it)
_NOTE_RE = re.compile(r"[(（][^()（）]{0,40}?[，,][^()（）]{0,40}?[)）]")
_MARKS = "，,；;：:。！？!?\n"
# a period or an opener before the name (2025年, 1-4月, 其中): not the name's
_LEAD_RE = re.compile(r"^(?:其中|同时|同時|另外|此外|而)?\s*(?:[\d０-９]{2,4}年)?(?:[\d０-９]{1,2}(?:[-—–~至][\d０-９]{1,2})?月份?)?"
                      r"(?:[上下]半年|前三季度|一季度|二季度|三季度|四季度|全年|末|底)?\s*")
_MAX_NAME = 20


def needs_bracket_clauses(text: str) -> bool:
    return ("(" in text or "（" in text) and _NOTE_RE.search(text) is not None


def settle_bracket_clauses(text: str, facts: list[Fact], marks: TextMarks) -> None:
    notes = [m.span() for m in _NOTE_RE.finditer(text)]
    fixed: dict[tuple[int, str], str] = {}       # (sentence, broken subject) → the name
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year"):
            continue
        s = f["start"]
        sent = marks.sentence_start(s)
        if (sent, subj) in fixed:
            f["subject"] = fixed[sent, subj]
            continue
        k = text.rfind(subj.lstrip(")）"), marks.sentence_start(s), s)
        note = _note_around(notes, k, s) if k >= 0 else None
        if note is None:
            continue                              # the subject is written outside any note, its own
        a, b = note                               # text[a] the open bracket, text[b - 1] the close
        name = _name_before(text, sent, a)
        if not name:
            continue
        after = subj.split(")")[-1].split("）")[-1] if any(c in subj for c in _CLOSE) else ""
        if after and after not in text[b:s]:
            after = ""
        fixed[sent, subj] = f["subject"] = name + after


def _note_around(notes: list[tuple[int, int]], k: int, s: int) -> tuple[int, int] | None:
    """The bracketed note closed before the figure that the subject starts in."""
    for a, b in notes:
        if a < k < b <= s:
            return a, b
    return None


def _name_before(text: str, sent: int, a: int) -> str | None:
    i = a - 1
    while i >= sent and text[i] not in _MARKS and a - i <= _MAX_NAME + 8:
        i -= 1
    name = _LEAD_RE.sub("", text[i + 1:a].strip(), count=1).strip()
    if not 2 <= len(name) <= _MAX_NAME or re.search(r"[\d０-９]", name) or any(c in name for c in _OPEN + _CLOSE):
        return None
    return name
