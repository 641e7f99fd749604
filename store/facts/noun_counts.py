"""Counts whose counted noun follows the numeral with no measure word.

- `两国` (兩國): the two countries of a bilateral story — `庆祝两国建交50周年`, `两国将分别…取消关税`,
  `保障两国民众安全`, `两国关系` — a count of 2 国 wherever it stands (the gold conventions, sealed2 and
  sealed7). 国 after a Chinese numeral is otherwise no count unit (`七国集团`, `三国演义`, `中亚五国`
  naming a group), and `两国方案` (the two-state solution) and `两国论` (a doctrine) are names.
- `等9地` (nine places, Arabic digits only): `在北京、天津、上海、南京等9地进行…试点`, `4地启动`,
  `12地入选`; not `249地震队` (a unit's name) nor 地 starting a word (`3地块`, `5地区`).
- `近两期` (the last two issues of a weekly price index): a span of 2 期 with qualifier 近, as sealed4
  reads `连续四周`, `近两期` (durations, no period); 期 is otherwise no unit (`10年期`, `一期工程`).
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

# (the two-state solution, a doctrine, 两国际组织: names and another word)
_TWO_COUNTRIES_RE = re.compile(r"两[国國](?!方案|论|論|际|際)")
_PLACES_RE = re.compile(r"(?<![\d.A-Za-z\-－—/])(\d{1,3})地"
                        r"(?![震球区區块塊铁鐵下上方图圖址标標质質理产產形势勢貌带帶层層价價基段域名点點位面市州])")

# (近两期的平稳上涨, 近3期以来; not 近三期工程, a project's phases)
_RECENT_ISSUES_RE = re.compile(r"近(\d{1,2}|[二三四五六七八九十两]{1,3})期(?=的|来|以来|内|均|都|连续|持续|累计|平均)")


def noun_counts(b: Builder) -> None:
    n = b.norm
    if "两" in n:
        for m in _TWO_COUNTRIES_RE.finditer(n):
            b.add("count", m.start(), m.end(), 2, unit="国")
    if "地" in n:
        for m in _PLACES_RE.finditer(n):
            v = int(m.group(1))
            if v >= 2 and b.free(m.start(), m.end()):
                b.add("count", m.start(), m.end(), v, unit="地")
    if "近" in n and "期" in n:
        for m in _RECENT_ISSUES_RE.finditer(n):
            p = parse_number(m.group(1))
            if p is not None and p.value >= 2:
                b.add("duration", m.start(1), m.end(), p.value, unit="期", qualifier="近")


# one-character names of states, as the pair before 两国 abbreviates them (中美, 中孟, 俄美, 沙伊)
_STATE_CHARS = frozenset("中美俄日韩朝英法德意印巴越老柬泰缅菲马新澳加墨古委土伊沙埃希荷比瑞挪丹芬波匈捷塞克哈乌吉蒙尼")

# both states written out after a mark: `伊朗和巴基斯坦两国`, `中国和老挝两国`
_BOTH_NAMED_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,5}(?:和|与|與|同)[\u4e00-\u9fff]{2,5})$")

# short names of one state whose two characters both abbreviate states
_ONE_STATE = frozenset({"印尼", "埃塞"})


def _is_pair(pair: str) -> bool:
    """Two characters abbreviating two states: China and any other (中肯, 俄中), or two of the known
    one-character names (法德); not a verb that happens to start with one (加强, 希望), nor 中国."""
    if len(pair) != 2 or pair[0] == pair[1] or "国" in pair or pair in _ONE_STATE:
        return False
    if pair[0] == "中":  # 中 then any state's character, not a word after 中 (会谈中就两国…)
        return "\u4e00" <= pair[1] <= "\u9fff" and pair[1] not in _NOT_A_STATE
    return pair[0] in _STATE_CHARS and (pair[1] == "中" or pair[1] in _STATE_CHARS)  # 俄中, 法德; not 其中


# characters that follow 中 as a word of their own, not as a state's name
_NOT_A_STATE = frozenset("就的在和与对从将把是也都有为以向同及等")


_CLAUSE_END_RE = re.compile(r"[，。；！？,;!?\n]")


def two_countries_named(text: str, facts: list) -> list:
    """`两国` counts the two parties of the story: its subject is the pair when the text abbreviates
    it right before (`中美两国` → 中美, as `中亚五国` → 中亚) or names both (`伊朗和巴基斯坦两国`), and it
    has no period (nor the day it is told).  Where the pair is not named right there, the count is dropped:
    "2 国" of nobody in particular tells an analyst nothing, and the words after it (建交, 民众安全,
    关系发展) are not what is counted.  A figure whose subject starts right after it keeps 两国 in it, as
    when 两国 was no figure (两国建交 50周年)."""
    unnamed = []
    for f in facts:
        if f["unit"] == "国" and f["kind"] == "count" and f["surface"] in ("两国", "兩國"):
            s = f["start"]
            pair = text[s - 2:s] if s >= 2 else ""
            named = _is_pair(pair)
            both = _BOTH_NAMED_RE.search(text, max(0, s - 14), s)
            f["subject"] = both.group(1) if both else pair if named else None
            if f["subject"] is None:
                unnamed.append(f)
            f["period"] = f["period_text"] = None
            for g in facts:            # 两国建交50周年, 两国贸易额增长12%: the phrase after it reads over it
                subj = g.get("subject")
                if (g is not f and subj and f["end"] + len(subj) <= g["start"] <= f["end"] + len(subj) + 12
                        and text.startswith(subj, f["end"]) and not _CLAUSE_END_RE.search(text, f["end"], g["start"])):
                    g["subject"] = f["surface"] + subj
    return [f for f in facts if not any(f is u for u in unnamed)] if unnamed else facts
