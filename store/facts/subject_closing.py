"""Subject classes settled at the very end, after subject_after's (each behind a cheap test of the facts or text):

- subject_frames: a frame before a figure is no subject (`經調整季節變動因素後漲0.42%`, `超时间进度3.3个百分点`,
  `升幅在…之间`): the indicator the sentence named before it;
- subject_exclusion_brackets: a subject cut from inside a bracket that says what the indicator leaves out
  (`经营利润(不包括…相关直接开支)由…增长`) is the indicator named before the bracket;
- subject_recovery_shares: a share of a past level reached again (`即回復至2019年同期的57%`) is the share of
  the thing that recovered.
"""

from __future__ import annotations

from typing import Any

from .subject_exclusion_brackets import needs_exclusion_brackets, settle_exclusion_brackets
from .subject_frames import needs_frames, settle_frames
from .subject_recovery_shares import needs_recovery_shares, settle_recovery_shares
from .text_marks import TextMarks

Fact = dict[str, Any]


def settle_closing(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    if needs_frames(facts):
        settle_frames(text, facts, marks)      # 經調整季節變動因素後, 超时间进度, 之间: the indicator named before
    if needs_exclusion_brackets(text):
        settle_exclusion_brackets(text, facts, marks)   # 经营利润(不包括…相关直接开支)由…增长: 经营利润
    if needs_recovery_shares(text, facts):
        settle_recovery_shares(text, facts, marks)      # 即回復至2019年同期的57%: the level's
