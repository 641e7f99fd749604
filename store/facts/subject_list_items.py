"""Lists whose figures are told item by item, and the items' completed names.

- `各為` says `分别为`: `維持重貼現率、擔保放款融通利率及短期融通利率各為2％、2.375％及4.25％`
  gives each figure its own rate, in order (the context gave all three the last two items).
- A share named after its items (`高技术制造业、装备制造业占规模以上工业增加值比重分别升至15.7%、
  33.6%`) keeps 占 in each item's name: 高技术制造业占规模以上工业增加值比重, not a 比重 of
  高技术制造业规模以上工业增加值.
- A list of as many figures in the next clause goes on with the 分别 list's items (`装备制造业和
  高技术制造业增加值同比分别增长13.0%、9.8%,快于规模以上工业8.2、5.0个百分点`: 8.2 is the first
  item's, not the last's).
- A verb phrase is no part of the head the items share (`风电、太阳能发电装机实现两位数增长,同比
  分别增长21.1%和40.6%` → 风电发电装机, 太阳能发电装机; not …实现两位数); outside such a list a count
  of items growing keeps it (`35个行业增加值实现增长`).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_EACH_RE = re.compile(r"(?:各为|各為)")
_ITEM_SPLIT_RE = re.compile(r"、|及|和|与|與|以及")
_LEAD_VERB_RE = re.compile(r"^.*(?:维持|維持|调整为|調整為|调整|調整|将|將|使|把|令|分别|分別)")
_SHARE_TAIL_RE = re.compile(r"[占佔]([^，,；;。、占佔\d]{2,20}?(?:比重|比例|份额|份額))")
_VERB_TAIL_RE = re.compile(r"(?<=.{2})(?:实现|實現|呈现|呈現)[^，,；;。]*$")


def settle_list_items(text: str, facts: list[Fact], marks: TextMarks) -> None:
    if "各为" in text or "各為" in text:
        _each(text, facts, marks)
    if "分别" in text or "分別" in text:
        _continued(text, facts, marks)
    for f in facts:
        subj = f.get("subject")
        if not subj:
            continue
        if (f["kind"] in ("percent", "points") and ("实现" in subj or "實現" in subj or "呈现" in subj or "呈現" in subj)
                and _respective(text, marks, f["start"])):
            subj = f["subject"] = _VERB_TAIL_RE.sub("", subj)    # 风电、太阳能发电装机实现两位数增长,…分别
        if f["kind"] in ("percent", "points") and "占" not in subj and "佔" not in subj and subj.endswith(
                ("比重", "比例", "份额", "份額")):
            lo = marks.clause_start(f["start"])
            for m in _SHARE_TAIL_RE.finditer(text, lo, f["start"]):
                tail = m.group(1)
                if subj.endswith(tail) and len(subj) > len(tail):
                    f["subject"] = subj[: -len(tail)] + text[m.start()] + tail
                    break


_LIST_GAP_RE = re.compile(r"^(?:个|個)?\s*(?:、|和|及|与|與)\s*$")


def _continued(text: str, facts: list[Fact], marks: TextMarks) -> None:
    """A list of as many figures in the next clause, without 分别, goes on with the items of the 分别
    list before it (`分别增长13.0%、9.8%,快于规模以上工业8.2、5.0个百分点`): item by item."""
    i = 0
    while i < len(facts):
        run = _run(text, facts, i)
        if len(run) >= 2:
            j = run[-1] + 1
            nxt = _run(text, facts, j) if j < len(facts) else []
            subjects = [facts[k].get("subject") for k in run]
            later = [facts[k] for k in nxt]
            lo = marks.clause_start(facts[run[0]]["start"])
            if (len(nxt) == len(run) and all(subjects) and len(set(subjects)) == len(subjects)
                    and (text.find("分别", lo, facts[run[0]]["start"]) >= 0
                         or text.find("分別", lo, facts[run[0]]["start"]) >= 0)
                    and marks.sentence_start(later[0]["start"]) == marks.sentence_start(facts[run[0]]["start"])
                    and marks.clause_start(later[0]["start"]) != lo
                    and len({g.get("subject") for g in later}) == 1
                    and text.find("分别", marks.clause_start(later[0]["start"]), later[0]["start"]) < 0):
                for g, subj in zip(later, subjects):
                    g["subject"] = subj
            i = j
        else:
            i += 1


def _run(text: str, facts: list[Fact], i: int) -> list[int]:
    """Indices of the figures from `i` written as one list (…13.0%、9.8%; 8.2、5.0个百分点)."""
    out = [i]
    while out[-1] + 1 < len(facts) and _LIST_GAP_RE.match(text[facts[out[-1]]["end"]:facts[out[-1] + 1]["start"]]):
        out.append(out[-1] + 1)
    return out


def _respective(text: str, marks: TextMarks, s: int) -> bool:
    a = marks.sentence_start(s)
    return text.find("分别", a, s) >= 0 or text.find("分別", a, s) >= 0


def _each(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for m in _EACH_RE.finditer(text):
        lo = marks.clause_start(m.start())
        hi = marks.clause_end(m.end())
        hi = len(text) if hi < 0 else hi
        figures = [f for f in facts if m.end() <= f["start"] < hi]
        items = [x.strip() for x in _ITEM_SPLIT_RE.split(text[lo:m.start()])]
        if items:
            items[0] = _LEAD_VERB_RE.sub("", items[0])   # 央行…決議維持重貼現率: the first item after the verb
        if len(items) < 2 or len(items) != len(figures) or not all(2 <= len(x) <= 16 for x in items):
            continue
        for f, item in zip(figures, items):
            f["subject"] = item
