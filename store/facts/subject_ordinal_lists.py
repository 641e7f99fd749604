"""Ordinals listed with 第 written once share it and the noun after the last (`第一、二、三产业增加值分别为…`,
`第一、二、三產業對生產總值增長的貢獻率分別為…`): each figure after 分别 is the matching item's, 第二产业增加值 and
not `二产业增加值` (the 第 cut off) or `第一` (the noun cut off).  A base told between the noun and 分别
(`…占GDP的比重較上年分別下降`) is no part of it.  The sets label them so (sealed7, sealed15, sealed24).
第 may be written again (`第一及第二產業分別增值達1,327億元和7,088億元,增幅為3.9%和8.5%`, sealed40), and a second
run of figures in the same order (the rises after the sums) is the items' too.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NUMERAL = "一二三四五六七八九十"
_LIST_RE = re.compile(rf"第([{_NUMERAL}])((?:[、，,和及与與]第?[{_NUMERAL}])+)([^\d，,。；;：:、！？!?\s]{{1,30}}?)(?=分[别別])")
_BASE_TAIL_RE = re.compile(r"(?:较|較|比(?![重例率])|同比|环比|環比|与|與)[^较較比]{0,6}$")   # (比重: a share, no base)
_CLAUSE_ENDS = "。；;！？!?\n"
_MOVE_TAIL_RE = re.compile(r"(?:年均|平均|同比|环比|環比)?(?:增长|增長|下降|提高|降低)$")
_JOINED_RE = re.compile(r"\s*[、，,和及与與]\s*")


def needs_ordinal_lists(text: str) -> bool:
    return "第" in text and ("分别" in text or "分別" in text)


def settle_ordinal_lists(text: str, facts: list[Fact]) -> None:
    for m in _LIST_RE.finditer(text):
        items = [m.group(1), *(c for c in m.group(2) if c in _NUMERAL)]
        head = _MOVE_TAIL_RE.sub("", _BASE_TAIL_RE.sub("", m.group(3)))   # 产业投资年均增长分别为: the investment's
        if len(head) < 2 or head[0] in _NUMERAL:
            continue
        end = min((k for k in (text.find(c, m.end()) for c in _CLAUSE_ENDS) if k >= 0), default=len(text))
        figs = [f for f in facts if m.end() <= f["start"] < end and f["kind"] not in ("date", "year")]
        n = len(items)
        if len(figs) < n:
            continue
        if len(figs) > n:
            # 第一及第二產業分別增值達1,327億元和7,088億元,增幅為3.9%和8.5%: each run of figures joined as a list
            # (和, 及, 、) follows the items' order; the first figure after the runs (，城乡居民生活用电量…13.5%) is not theirs
            runs = 0
            while (runs + 1) * n <= len(figs) and all(
                    _JOINED_RE.fullmatch(text, figs[k - 1]["end"], figs[k]["start"])
                    for k in range(runs * n + 1, (runs + 1) * n)):
                runs += 1
            if not runs:
                continue
            figs = figs[:runs * n]
        for k, f in enumerate(figs):
            f["subject"] = "第" + items[k % n] + head
