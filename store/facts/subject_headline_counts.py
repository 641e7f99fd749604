"""A count opening a headline's clause set apart by a space: its subject from the clause before only when its noun names it.

A headline writes its clauses apart with a space, no comma (`美国田纳西州一小学发生枪击事件 6人遇害`,
`春运第一周 超14亿人次跨区域出行`, `法国和西班牙林火灾情持续恶化 超30万人疏散`).  No clause mark stood there, so a
count opening the second clause took the first clause's words as what it counts (the shooting, 春运第一周, the
fires) — a count of people measured as an event.  The words before the space are the count's subject only when
the count's noun names them: a count of people an indicator of people (`…人数 3人…`), a count of things the noun
they are named by (`A股指数体系迈向精细化 年内新增374条指数` → A股指数).  Else the count's subject is read from its
own clause, as if the headline had written a comma there (6人遇害 → 遇害, 超30万人疏散 → 疏散), or it has none.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a space between two clauses of a headline: after a Han character or a closing mark, before words or a figure
_HEADLINE_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff”》」』）)])[ \u3000]+(?=[^\s.,，。；;：:])")
# what a count of people or their trips may measure across the space: a word of people
_PEOPLE_UNITS = frozenset({"人", "人次", "名", "余人", "多人", "位"})
# (a state people are counted in names them too: `已致77人遇难 11人身份正在确认`, the 11 of the dead)
_PEOPLE_WORD_RE = re.compile(r"人|者|员|員|[旅游遊乘顾顧]客|客流|[居农農市村网網移灾災难難]民|民众|民眾|[职職员員]工|"
                             r"[学學考]生|毕业生|畢業生|[士官]兵|户|戶|儿童|兒童|孩子|[群观觀]众|[群觀]眾|家属|家屬|青年|少年|妇女|婦女|"
                             r"老年|党员|黨員|代表|选手|選手|"
                             r"死亡|受伤|受傷|遇难|遇難|遇害|身亡|丧生|喪生|失踪|失蹤|失联|失聯|获救|獲救|伤亡|傷亡|确诊|確診")
_CLAUSE_MARK_RE = re.compile(r"[，,。；;：:！？!?\n]")
# a line holding a clause or sentence mark is prose, not a headline (`新增就业 1200万人，…` typeset apart)
_PROSE_MARK_RE = re.compile(r"[，,。；;]")


def headline_space(text: str, lo: int, s: int) -> int | None:
    """Where the clause of a figure at `s` opens after a headline's space inside its clause text[lo:s] (the
    offset after the last such space), or None."""
    k = text.rfind(" ", lo, s)
    if k < 0:
        k = text.rfind("\u3000", lo, s)
    if k < 0:
        return None
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", s)
    if _PROSE_MARK_RE.search(text, a, b if b >= 0 else len(text)):
        return None
    last = None
    for m in _HEADLINE_SPACE_RE.finditer(text, lo, s + 1):   # (the lookahead sees the figure)
        last = m.end()
    if last is None or last > s or _CLAUSE_MARK_RE.search(text, last, s):
        return None
    return last


def taken_across(text: str, subj: str | None, lo: int, opens: int) -> bool:
    """`subj` was read from the words before the space (text[lo:opens]), none of it after."""
    return bool(subj) and text.find(subj, lo, opens) >= 0 and text.find(subj, opens) < 0


def noun_names(subj: str, f: Fact, noun: str | None) -> bool:
    """The count's noun (the noun after it, else its unit) names `subj`: people for a count of people, the noun's
    head word for a count of things."""
    unit = f.get("unit") or ""
    if noun and (noun[-2:] if len(noun) >= 2 else noun) in subj:
        return True
    if unit in _PEOPLE_UNITS or unit.endswith(("人", "人次")):
        return names_people(subj)
    return not noun and len(unit) == 1 and unit not in "个個" and unit in subj


def names_people(subj: str) -> bool:
    """`subj` holds a word of people, or a state people are counted in (遇难)."""
    return _PEOPLE_WORD_RE.search(subj) is not None
