"""Items listed, then counted, then measured one by one: `房地产(物业管理)、科学研究和技术服务业、文化体育娱乐三类
行业增速分别为24.3%、14.2%和-18.4%`, `信息传输、软件和信息技术服务业,租赁和商务服务业,…,教育四类行业增速分别为…`,
`交通和家居設備及服務兩個大類分別按年上升7.66%及4.46%`.  The count (三类行业, 兩個大類) stands between the items and
the indicator, so the respective-item rules read the indicator (行业增速, 大類) for every figure; and industry names
hold 、 and 和 themselves (`交通运输、仓储和邮政业`), so a list of them is cut wrongly at each mark.

The count says how many items there are: the stretch before it (from its clause's head, past a time or `从…看` lead)
is split at 、, at commas, or at the last joiner (和/及/以及), whichever gives exactly that many names; then each
`分别` after it in the sentence gives its next N figures, written one after another, to the items in order.  The count
itself counts the noun after it (三类 → 行业).  Gated on 分别/分別 and a count of a class noun.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_NUMS = "两兩二三四五六七八九十"
_COUNT_RE = re.compile(rf"([{_NUMS}]|[2-9]|1[0-9])(?:个|個|类|類|大|项|項)?"
                       r"(行业|行業|产业|產業|大类|大類|类别|類別|领域|領域|板块|板塊|门类|門類|部门|部門|类|類)"
                       r"(?![型别別似比似])")
_HEAD_MARKS = "。；;：:！？!?\n"
_LEAD_RE = re.compile(r"^(?:(?:其中|此外|另外|同时|同時|分行业看|分行業看|从[^，,]{1,6}看|從[^，,]{1,6}看|"
                      r"[0-9０-９]{4}年|今年|去年|全年|上半年|下半年|前三季度|[一二三四]季度|前[0-9一二三四五六七八九十]{1,2}个?月|"
                      r"[0-9一二三四五六七八九十]{1,2}(?:-|—|－|至|到)?[0-9一二三四五六七八九十]{0,2}月(?:份)?)[，,]?)+")
_JOINER_RE = re.compile(r"以及|和|與|与|及")
_ITEM_RE = re.compile(r"^[\u4e00-\u9fff()（）A-Za-z、和及与與]{2,20}$")
_GAP_RE = re.compile(r"^(?:[、，,和及与與]|以及)$")
_SKIP_KINDS = ("date", "year", "duration")
_CLASS_WORDS = ("类", "類", "大类", "大類")


def needs_counted_lists(text: str) -> bool:
    return ("分别" in text or "分別" in text) and _COUNT_RE.search(text) is not None


def _value(c: str) -> int:
    if c.isdigit():
        return int(c)
    return {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}[c]


def _split_last(pieces: list[str]) -> list[str]:
    """Split the last piece at its first joiner: A、B和C (not a name holding 、: 文化、体育和娱乐业)."""
    m = _JOINER_RE.search(pieces[-1])
    if not m or m.start() == 0 or "、" in pieces[-1]:
        return pieces
    return pieces[:-1] + [pieces[-1][:m.start()], pieces[-1][m.end():]]


def _items(stretch: str, n: int) -> list[str] | None:
    stretch = _LEAD_RE.sub("", stretch)
    if stretch.endswith("等"):
        stretch = stretch[:-1]
    if not stretch or any(ch.isdigit() for ch in stretch):
        return None
    marks = [] if "以及" in stretch else stretch.split("、")
    commas = [p for p in re.split(r"[，,]|以及", stretch)]
    for pieces in (_split_last(marks) if marks else [], marks, commas, _split_last(commas)):
        if len(pieces) == n and all(_ITEM_RE.match(p) and p[-1] not in "、和及与與" and p[0] != "、" for p in pieces):
            return pieces
    return None


def settle_counted_lists(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for m in _COUNT_RE.finditer(text):
        n = _value(m.group(1))
        if n < 2:
            continue
        a = marks.sentence_start(m.start())
        head = max(text.rfind(c, a, m.start()) for c in _HEAD_MARKS)
        head = a if head < 0 else head + 1
        # the count's own clause first (各大類價格指數中,交通和家居設備及服務兩個大類), then back to the head
        # of its sentence part when the items are written with commas between them
        items = _items(text[max(head, marks.clause_start(m.start())):m.start()].strip(), n) or \
            _items(text[head:m.start()].strip(), n)
        if not items:
            continue
        stop = len(text)
        for c in "。；;！？!?\n":
            j = text.find(c, m.end())
            if 0 <= j < stop:
                stop = j
        for f in facts:
            if f["start"] == m.start() and f["kind"] == "count" and m.group(2) not in _CLASS_WORDS and \
                    (not f.get("subject") or any(f["subject"] in it for it in items)):   # (4个行业领域: its noun kept)
                f["subject"] = m.group(2)     # 三类行业: 行业 counted (3大类劳动密集型产品: the noun after 类)
        figures = [f for f in facts if m.end() <= f["start"] < stop and f["kind"] not in _SKIP_KINDS]
        for w in re.finditer("分别|分別", text[m.end():stop]):
            at = m.end() + w.end()
            run = [f for f in figures if f["start"] >= at][:n]
            if len(run) < n or any(not _GAP_RE.match(text[x["end"]:y["start"]]) for x, y in zip(run, run[1:])):
                continue
            for f, item in zip(run, items):
                f["subject"] = item
