"""A change told in brackets right after a level is the level's change (fix49s, sealed39).

Port and trade tables print each item as `名稱:數量(較去年同期增加X%)` or `高雄147.4萬TEU(+2.77%)`: the bracket holds
only the move (a sign, `較去年同期增加`, `同比`, `按年升`) and names nothing, so the subject rules read to the left of the
bracket and found a list's lead-in (`依序是`) or, where the level is written in Chinese numerals, the level itself
(`二十六萬五千五百五十TEU`).  The labels of every set give the bracket the level's subject (`教育(+8.24%)`,
`荷蘭（升65.7%）`, `不过夜旅客为…人次(占总数52.9%)`).

- Only a figure opening its bracket (nothing but move and base words between `(` and the figure, nothing but `)` after
  it), the bracket opening right after a figure: a fact (its subject is taken when it has one), or a run of numerals
  with its unit that no fact holds (`二十六萬五千五百五十TEU`), whose item is then named by the label before its colon
  (`二、高雄港:`);
- a subject that is only a figure (numerals and a unit) names nothing: it is dropped (the later passes read the topic).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NUMERALS = "0-9０-９零〇○一二三四五六七八九十百千萬万億亿兩两廿卅點点.．,，"
# a figure written out: numerals (two or more) and the unit after them (TEU, 公噸, 人次)
_FIGURE_RE = re.compile(rf"[{_NUMERALS}]*[0-9０-９一二三四五六七八九十廿卅][{_NUMERALS}]+(?:[A-Za-z]{{1,5}}|[\u4e00-\u9fff]{{0,2}})")
_FIGURE_END_RE = re.compile(rf"[0-9０-９一二三四五六七八九十廿卅][{_NUMERALS}]+(?:[A-Za-z]{{1,5}}|[公萬万千百億亿]?[\u4e00-\u9fff]{{0,2}})$")
# what may stand between the bracket and its figure: a base and a move, no noun of their own
_MOVE_RE = re.compile(r"(?:較|较|比|與|与|和)?(?:去年|上年|前年|上月|上季|上周|上週)?(?:同期|同月|同季|全年)?(?:相比|比較|比较)?"
                      r"(?:同比|環比|环比|按年|按月|按季|年增|月增|季增|年減|月減|季減)?"
                      r"(?:增加|減少|减少|增長|增长|成長|成长|下降|下跌|上升|上漲|上涨|升|跌|增|減|减|降|漲|涨)?(?:了|約|约)?[+＋\-－]?")
_LABEL_RE = re.compile(r"(?:^|[，,；;。、:：\s])(?:[一二三四五六七八九十]+、|\d+[、.])?([^\s，,；;。、:：()（）\d]{2,12})[:：]$")
_OPEN = "(（"
_CLOSE = ")）"


def _is_figure(s: str) -> bool:
    """`一百零二萬八千一百七十二TEU`: a written-out figure with its unit (a tenor, 30年期, is a subject)."""
    m = _FIGURE_RE.fullmatch(s)
    return bool(m) and not s.endswith("期") and sum(ch in _NUMERALS for ch in s) >= 4


def needs_bracket_moves(text: str, facts: list[Fact]) -> bool:
    return ("(" in text or "（" in text) and len(facts) > 0


def settle_bracket_moves(text: str, facts: list[Fact]) -> None:
    ends = {f["end"]: f for f in facts}
    for f in facts:
        if f["kind"] not in ("percent", "points", "money", "count", "quantity", "multiple"):
            continue
        s = f["start"]
        k = max(text.rfind(c, max(0, s - 16), s) for c in _OPEN)
        if k < 0 or not _MOVE_RE.fullmatch(text, k + 1, s) or text[f["end"]:f["end"] + 1] not in _CLOSE \
                or not text[f["end"]:f["end"] + 1]:
            if f.get("subject") and _is_figure(f["subject"]):
                f["subject"] = None             # 較去年同期(一百零二萬…TEU),增加五點七%: a figure names nothing
            continue
        j = k
        while j > 0 and text[j - 1] in " \u3000":
            j -= 1
        level = ends.get(j)
        if level is f:
            continue
        if level is not None and level["kind"] == f["kind"] and not text[k + 1:s].strip():
            continue                            # 升息半碼(○‧一二五個百分點): the level restated, no move of it
        if level is not None:
            label = _LABEL_RE.search(text, max(0, level["start"] - 16), level["start"])
            if label:                           # 二、高雄港:四十八萬…TEU(較…增加…%): the item before the colon names both
                level["subject"] = f["subject"] = label.group(1)
                continue
        if level is not None and level.get("subject"):
            f["subject"] = level["subject"]
            continue
        if level is not None:
            at = level["start"]
        else:
            m = _FIGURE_END_RE.search(text, max(0, j - 24), j)
            if not m:
                continue
            at = m.start()
        label = _LABEL_RE.search(text, max(0, at - 16), at)
        if label:
            f["subject"] = label.group(1)
        elif f.get("subject") and _is_figure(f["subject"]):
            f["subject"] = None
