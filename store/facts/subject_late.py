"""Subject classes settled after the context, each behind a cheap test of the text.

- subject_topic_clause: a bulletin's indicator named alone before the figures' clauses
  (`X的增加价值,在2024年第二季与上年同期比较实质下跌6.3%`).
"""

from __future__ import annotations

from typing import Any

from .subject_topic_clause import settle_topic_clauses
from .text_marks import TextMarks

Fact = dict[str, Any]


def settle_late_subjects(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    if ",在" in text or "，在" in text or ",於" in text or "，於" in text or ",于" in text or "，于" in text:
        settle_topic_clauses(text, facts, marks)
