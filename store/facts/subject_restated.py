"""A figure restating what an earlier one measured names it only by a general word.

- A bare amount (`經濟部20日公布2016年3月外銷訂單,金額為366.2億美元`, `2024年1-6月非经常性损益,…,
  金额约为900万元`): 金额 is the amount of the noun phrase an earlier clause of the sentence
  names alone, after its reporting verb and its period (外銷訂單, 非经常性损益); the changes
  told after it (`較2月成長32.4%`) are the same thing's.
- A level restated as a share (`本港财政储备…预计为一万一千七百八十四亿元,相当于本地生产总值
  百分之三十九点四`, `有形貿易逆差2,433億元，相等於商品進口貨值的6.8%`, `…共折計2,196億美元,約當外匯存底56%`): the share is the level's,
  what 相当于 names is the base it is a share of.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .text_marks import TextMarks
from .words import segment, tag_of

Fact = dict[str, Any]

_BARE_AMOUNTS = frozenset({"金额", "金額", "数额", "數額"})
_CLAUSE_RE = re.compile(r"[，,；;：:]")
_REPORTING_RE = re.compile(r".*(?:公布|公佈|發布|发布|显示|顯示|宣布|統計|统计)")
_PERIOD_LEAD_RE = re.compile(r"^(?:[\d０-９\-—/~～至年月日季度份第上下半前首今去本]|一季|二季|三季|四季)+")
_EQUALS_RE = re.compile(r"(?:相当于|相當於|相当於|相當于|相等於|相等于|約當|约当)[^，,；;。\d]{0,16}$")
_LEVEL_KINDS = ("money", "count", "quantity")
# a few more traditional characters of reports' nouns, for the noun test only (外銷訂單)
_MORE_CHARS = str.maketrans("單訂貿職設備場", "单订贸职设备场")


def settle_restated(text: str, facts: list[Fact], marks: TextMarks) -> None:
    renamed: dict[str, str] = {}
    sentence = -1
    level: Fact | None = None                   # the last level of the sentence
    for f in facts:
        s = f["start"]
        a = marks.sentence_start(s)
        if a != sentence:
            sentence, renamed, level = a, {}, None
        subj = f.get("subject")
        if subj in renamed:
            f["subject"] = renamed[subj]
        elif subj in _BARE_AMOUNTS:
            owner = _owner(text, a, marks.clause_start(s))
            if owner:
                renamed[subj] = f["subject"] = owner
        elif (f["kind"] == "percent" and level is not None and level.get("subject")
              and _EQUALS_RE.search(text, max(level["end"], marks.clause_start(s)), s)):
            f["subject"] = level["subject"]     # 相当于本地生产总值百分之三十九点四: the reserve's
        if f["kind"] in _LEVEL_KINDS:
            level = f


def _owner(text: str, a: int, lo: int) -> str | None:
    """The noun phrase an earlier clause of the sentence names alone (at most three back)."""
    ends = [m.start() for m in _CLAUSE_RE.finditer(text, a, max(a, lo - 1))]
    bounds = [a] + [e + 1 for e in ends] + [lo]
    for k in range(len(bounds) - 2, max(-1, len(bounds) - 5), -1):
        c = text[bounds[k]:bounds[k + 1] - 1].strip()
        c = _PERIOD_LEAD_RE.sub("", _REPORTING_RE.sub("", c))
        if re.search(r"[\d０-９]", c) or "消息" in c:
            return None                         # …共济2亿人次，金额超过261亿元: the act's amount, no owner
        if 2 <= len(c) <= 14 and noun_phrase(c.translate(_MORE_CHARS)):
            return c
    return None


def noun_phrase(s: str) -> bool:
    """A noun phrase; its last word may be one jieba tags a verb (编制, 投资, 补助, 支出)."""
    words = segment(s.translate(SUBJECT_CHARS))
    return bool(words) and all(tag_of(w) is None for w in words[:-1]) and tag_of(words[-1]) in (None, "v", "vn")
