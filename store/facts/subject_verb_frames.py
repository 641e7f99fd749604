"""A subject holding a verb's frame around the indicator, not the indicator alone.

- An adverb run at its end (`我国汽车产销量历史上首次双双突破1000万辆`: 汽车产销量历史上首次双双): the adverbs of the
  verb after it (历史上, 首次, 双双, 均, 同时, 再次; 則微 of 則微升) are cut off (汽车产销量, `12個月拆息則微升至2.3厘`: 拆息).
- An add-on opening it (`外資持有國內股票及債券按當日市價計算,連同其新台幣存款餘額共折計2,196億美元`: 連同其…共折計): the
  sum is the topic's the sentence opened with (外資持有國內股票及債券), its method (按當日市價計算) left out; an item
  added without a sum (`連同債務還本66億元`) is the item's (債務還本).
Gated on the subject's last characters and on 連同.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

# (均 of 日均/人均/平均 and 都 of 首都/成都 end words; 历史上 alone names a record's field: 党和国家历史上第一次)
_ADVERB_TAIL_RE = re.compile(r"(?<=..)(?:历史上|歷史上)?(?:首次|再次|双双|雙雙|同时|同時|(?<![日人户戶年月周週亩畝时時平季均])均|"
                             r"(?<![首成京古故国國帝])都|一举|一舉|則微|则微|則略|则略)+$")
_ADVERB_ENDS = frozenset("上次双雙时時均都举舉微略")
_ADDON_RE = re.compile(r"^(?:連同|连同)")
_SUM_RE = re.compile(r"共|合計|合计|總計|总计|折計|折计|折合")
_REPORTING_RE = re.compile(r"指出|表示|顯示|显示|公布|公佈|稱|称")
_METHOD_RE = re.compile(r"(?:按|以)[^，,；;。]{1,12}(?:計算|计算|計|计)$")
_TOPIC_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}$")
_LEAD_RE = re.compile(r"^(?:註|注|備註|备注)?[:：]?")


def needs_verb_frames(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and (s[-1] in _ADVERB_ENDS or s.startswith(("連同", "连同"))):
            return True
    return False


def settle_verb_frames(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        s = f.get("subject")
        if not s:
            continue
        if s[-1] in _ADVERB_ENDS and _ADVERB_TAIL_RE.search(s) and text.find(s, marks.sentence_start(f["start"]),
                                                                                 f["start"]) >= 0:
            cut = _ADVERB_TAIL_RE.sub("", s)
            if len(cut) >= 2:
                f["subject"] = cut                    # 汽车产销量历史上首次双双: 汽车产销量
        elif _ADDON_RE.match(s):
            if not _SUM_RE.search(s):
                if len(s) >= 4:
                    f["subject"] = s[2:]              # 連同債務還本66億元: 債務還本's, added to what came before
                continue
            topic = _topic(text, marks, f["start"])
            if topic:
                f["subject"] = topic                  # 連同其新台幣存款餘額共折計: 外資持有國內股票及債券


def _topic(text: str, marks: TextMarks, at: int) -> str | None:
    """The noun phrase the sentence's clauses before `at` open with, past dates and a method (按…計算)."""
    a = marks.sentence_start(at)
    c = marks.clause_start(at)
    for clause in re.split(r"[，,]", text[a:max(a, c - 1)]):
        clause = _METHOD_RE.sub("", _LEAD_RE.sub("", clause.strip()))
        if _TOPIC_RE.match(clause) and not re.search(r"[年月日底]$", clause) and not _REPORTING_RE.search(clause):
            return clause
    return None
