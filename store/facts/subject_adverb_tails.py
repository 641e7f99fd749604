"""What follows a figure with an adverb is a verb phrase, not what the figure measures: `出超1571.4億美元亦刷新紀錄`
is 出超's (written right before the figure), not `亦刷新紀錄`'s.

A subject read right after its figure that opens with an adverb (亦, 也, 又, 均, 都, 皆, 还, 還) as a
word of its own (都市圈, 还原 open with words, and stay; 再, 并 open too many nouns: 再生水厂, 并网) becomes the noun written right before the
figure in its clause (2–10 characters, no figure, no mark, no 其中/让这), or none.
Gated (subject_closing) on the subject's first character.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import EMPTY_SUBJECTS
from .text_marks import TextMarks
from .words import segment

Fact = dict[str, Any]

ADVERBS = frozenset("亦也又均都皆还還")
_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")
_NOT_NAMES = ("让", "讓", "使", "把", "将", "將", "其中", "有")


def settle_adverb_tails(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or s[0] not in ADVERBS or not text.startswith(s, f["end"]) or len(segment(s)[0]) > 1:
            continue                           # (都市圈, 再生水厂, 并不相干: a word, not the adverb)
        name = text[marks.clause_start(f["start"]):f["start"]].strip()
        ok = _NAME_RE.fullmatch(name) and name not in EMPTY_SUBJECTS and not name.startswith(_NOT_NAMES)
        f["subject"] = name if ok else None    # 出超1571.4億美元亦刷新紀錄: 出超
