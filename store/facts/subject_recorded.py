"""Hong Kong / Taiwan / Macao release shapes whose subject is not on the figure's left:

- a balance recorded (`錄得60億元赤字`, `录得一百六十八亿元的综合盈余`, `則錄得16億元盈餘`) is the balance
  named after the figure, not the period or the sum told before 錄得 (`本財政年度`, `收入108億元,因而…`), whatever
  verb or word stands before the sum (`首4個月錄1,159億元赤字`, `由原來預算約670億元赤字，轉為…29億元盈餘`);
- levels changed in two lists after one 分別由 (`A、B及C分別由年息x、y及z,調整為年息p、q及r`) take the
  second list's subjects from the first one by one, also when a comma splits the two lists into clauses.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# the balance named after the figure, closing its clause (錄得60億元的赤字。)
_BALANCE_RE = re.compile(
    r"\s*的?((?:綜合|综合|經營|经营|財政|财政|有形貿易|有形贸易|貿易|贸易|整體|整体)?"
    r"(?:赤字|盈餘|盈余|順差|顺差|逆差))(?=$|[，,。；;：:！!？?）)\s])")

_FROM_RE = re.compile(r"分[別别]由")
_LIST_JOIN_RE = re.compile(r"\s*(?:、|及|和|與|与|,|，)?\s*(?:年息)?\s*")
_TO_RE = re.compile(r"\s*[,，]?\s*(?:調整為|调整为|調整至|调整至|調升至|调升至|調降至|调降至|上調至|上调至|下調至|下调至"
                    r"|提高至|提高到|降低至|降低到|升至|降至)\s*(?:年息)?\s*")
_LEVEL_KINDS = ("percent", "money", "index", "quantity", "points")


def needs_recorded(text: str) -> bool:
    return ("赤字" in text or "盈餘" in text or "盈余" in text or "順差" in text or "顺差" in text or "逆差" in text
            or "分別由" in text or "分别由" in text)


def settle_recorded(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "money":
            continue
        m = _BALANCE_RE.match(text, f["end"])
        if m:
            f["subject"] = m.group(1)           # 錄得75億元赤字: 赤字, not 收入 told before
    for m in _FROM_RE.finditer(text):
        _copy_from_list(text, m.end(), facts)


def _copy_from_list(text: str, at: int, facts: list[Fact]) -> None:
    """分別由x、y及z,調整為p、q及r: p, q, r are the levels of x's, y's, z's subjects."""
    figs = [g for g in facts if g["start"] >= at and g["kind"] not in ("year", "date")]
    first, pos = _run(text, at, figs)
    if len(first) < 2:
        return
    to = _TO_RE.match(text, pos)
    if not to:
        return
    second, _ = _run(text, to.end(), figs[len(first):])
    if len(second) != len(first):
        return
    subjects = [g.get("subject") for g in first]
    if not all(subjects) or len(set(subjects)) != len(subjects):
        return
    for g, s in zip(second, subjects):
        g["subject"] = s


def _run(text: str, pos: int, figs: list[Fact]) -> tuple[list[Fact], int]:
    """The figures written one after another from pos, joined by 、/及/和/commas (年息 allowed before each)."""
    out: list[Fact] = []
    for g in figs:
        gap = text[pos:g["start"]]
        if not (_LIST_JOIN_RE.fullmatch(gap) if out else re.fullmatch(r"\s*(?:年息)?\s*", gap)):
            break
        if g["kind"] not in _LEVEL_KINDS or out and g["kind"] != out[0]["kind"]:
            break
        out.append(g)
        pos = g["end"]
    return out, pos
