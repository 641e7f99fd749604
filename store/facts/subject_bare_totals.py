"""A figure named only by a general word that points back: whose it is, the figure told just before says.

- A bare total (`全县完成财政总收入15057万元,总量位居全市第1位,同比增长18.04%`, `新增国家高新技术企业560家,增长47%,
  总量全市第三`, `民营经济增加值1553.73亿元,…,总量占地区生产总值的61.4%`): 总量 is the total of the figure told
  before it in the sentence, so its rank, its growth and its share are that indicator's (财政总收入), not 总量's;
  after a figure of what was added (`新增国家高新技术企业560家`) it is the total of the stock (国家高新技术企业总量), and
  a level after a growth rate (`GDP增长6%,…,总量跨过3000亿元`) the indicator's total (GDP总量), but not after a rate's
  level (`票面利率为2.1%，总额300亿元`: no total of a rate); a comparison's points
  (`高于全省0.2个百分点`) name the comparand, so they are passed over.
- A bare amount after a change (`居民存款較上月增加1.9%,金額為4,642億澳門元`): the level is the changed thing's.
  An amount after a count (`共济2亿人次，金额超过261亿元`) is the act's, not the count's, and stays (subject_restated
  names the owner when an earlier clause names it alone).
The word must open a clause between the figure before and the one it names (not `已達總量約41%`, a yardstick);
runs after subject_restated and
owned_total (which name a total whose clause before states no figure).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_TOTALS = frozenset({"总量", "總量", "总额", "總額", "体量", "體量"})
_AMOUNTS = frozenset({"金额", "金額", "数额", "數額"})
_SKIP_KINDS = ("date", "year", "duration")
_LEVEL_KINDS = ("money", "count", "quantity")
# what was added (新增消费品, 经营主体新设量): the total after it is the stock's
_FLOW_RE = re.compile(r"(?:新增|新设|新設|新登记|新登記|新注册|新註冊)量?")


def needs_bare_totals(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s in _TOTALS or s in _AMOUNTS:
            return True
    return False


def settle_bare_totals(text: str, facts: list[Fact], marks: TextMarks) -> None:
    renamed: dict[int, str] = {}                      # figures already given a total's owner, by the word
    for i, f in enumerate(facts):
        word = f.get("subject")
        if word not in _TOTALS and word not in _AMOUNTS:
            continue
        a = marks.sentence_start(f["start"])
        before = None
        for g in reversed(facts[:i]):
            if g["start"] < a:
                break
            s = g.get("subject")
            if g["kind"] in _SKIP_KINDS or g["kind"] == "points" or not s or s in _TOTALS or s in _AMOUNTS:
                continue
            before = g
            break
        if before is None:
            continue
        if renamed.get(id(before)) == word:           # 总量位居全市第1位,同比增长18.04%: the same total's growth
            f["subject"] = before["subject"]
            renamed[id(f)] = word
            continue
        at = text.find(word, before["end"], f["start"])
        if at < 0 or marks.clause_start(at) != at:
            continue                                  # 总量 not opening a clause after the figure before (已達總量約41%)
        if word in _AMOUNTS and not (before["kind"] == "percent" and before.get("change")):
            continue                                  # 共济2亿人次，金额…: the act's amount
        if before["kind"] == "percent" and not before.get("change"):
            continue                                  # 票面利率为2.1%，总额300亿元: a rate's level has no total
        owner = before["subject"]
        flow = _FLOW_RE.search(owner)
        if flow and len(owner) - len(flow.group()) >= 2 and word in _TOTALS:
            owner = owner[:flow.start()] + owner[flow.end():] + word   # 全国新增消费品…，总量已超2亿种: the stock's

        elif word in _TOTALS and before["kind"] == "percent" and f["kind"] in _LEVEL_KINDS:
            owner += word                             # GDP增长6%,…,总量跨过3000亿元: GDP's total, not its growth
        f["subject"] = owner
        renamed[id(f)] = word
