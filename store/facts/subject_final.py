"""Subject classes settled after subject_late's and subject_closing's (each behind a cheap test):

- subject_contract_names: a futures contract named by its delivery month alone (`明年1月份交割的合约收盘于…`,
  `最为活跃的12月份合约早盘跳空高开,报每克316.00元`) is the subject of the prices told after it.
"""

from __future__ import annotations

from typing import Any

from .subject_contract_names import needs_contract_names, settle_contract_names
from .text_marks import TextMarks

Fact = dict[str, Any]


def settle_final(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    if needs_contract_names(norm):
        settle_contract_names(text, facts, marks)     # 明年1月份交割的合约收盘于…: the contract, not 合约收盘
