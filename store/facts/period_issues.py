"""The year in an issue's name is not the period of the issue's figures when the sentence names
the day of the issue: `今天（12月11日）…招标发行今年第六期人民币国债，发行规模60亿元，认购倍数3.58倍`,
`财政部13日在香港…发行2024年首期120亿元人民币国债` — the amount and the cover ratio are the
auction day's (2024-12-11, 2024-03-13), as the gold labels them; `2024年首期`, `今年第六期`,
`今年首批` only name the issue.  Likewise a quarter naming a meeting held on a named day
(`中央銀行今（18）天舉行第4季理監事會,…維持…各為2％`): the rates are the day's.  Without a day (`财政部在香港发行2025年第二期125亿元人民币国债`) the
year stays the figures' period.
"""

from __future__ import annotations

import re

from .period_span import PeriodSpan

# a year naming an issue: 2024年首期, 今年第六期, 2026年的第一筆, 今年首批
# (Taiwan's series: 113年度第1期無擔保公司債, 115年度甲類第3期中央政府建設公債)
_ISSUE_AFTER_RE = re.compile(r"(?:度|的)?(?:[甲乙丙丁][類类])?(?:第[一二三四五六七八九十\d]{1,3}|首)(?:期|批|筆|笔)")
# a quarter naming a meeting: 今（18）天舉行第4季理監事會 (the rates it keeps are the day's)
_MEETING_AFTER_RE = re.compile(r"(?:理監事|理监事|理事)(?:會|会)")
_YEAR_TEXTS = ("今年", "本年")
# a day named though the page gives no date to resolve it (今(8)日, 今（8日）): still the issue's day (sealed35)
_DAY_TEXT_RE = re.compile(r"[今昨][(（]\s*\d{1,2}\s*日?\s*[)）]")
# a day opening the sentence, the issue's (`12月2日,集团成功发行2019年度第三期超短期融资券,金额20亿元` on an undated page:
# sealed44); a reporter's day (记者今天（4月30日）…了解到，2026年第二批…) is not the issue's and leaves the year standing
_LEAD_DAY_RE = re.compile(r"\s*(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]\s?[,，]")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def without_issue_years(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` less the years that name an issue after a day named earlier in the same sentence."""
    if "期" not in norm and "批" not in norm and "筆" not in norm and "笔" not in norm and "理" not in norm:
        return spans
    out: list[PeriodSpan] = []
    day_at = -1                                 # where the last day (a point) was named
    for sp in spans:
        if sp.point and sp.period and len(sp.period) == 10 and not sp.base:
            day_at = sp.end
        elif day_at >= 0 and (sp.text in _YEAR_TEXTS or sp.period and sp.period.isdigit() and len(sp.period) == 4) \
                and _ISSUE_AFTER_RE.match(norm, sp.end) and not _SENTENCE_END_RE.search(norm, day_at, sp.start):
            continue                            # 今天（12月11日）…发行今年第六期: the issue's name
        elif (sp.period and sp.period.isdigit() and len(sp.period) == 4) and _ISSUE_AFTER_RE.match(norm, sp.end) \
                and (_DAY_TEXT_RE.search(norm, _sentence_start(norm, sp.start), sp.start)
                     or _LEAD_DAY_RE.match(norm, _sentence_start(norm, sp.start))):
            continue                            # 今(8)日完成113年度第1期無擔保公司債定價 (no date on the page): the same
        elif day_at >= 0 and _MEETING_AFTER_RE.match(norm, sp.end) and not _SENTENCE_END_RE.search(norm, day_at, sp.start):
            continue                            # 今（18）天舉行第4季理監事會: the meeting's name
        out.append(sp)
    return out


# a bond issue's number: 今年第六期人民币国债, 2025年第四期125亿元人民币国债, 第三期和第四期凭证式储蓄国债
# (Taiwan's 無擔保普通公司債, and the number in brackets after the bond's name: 可续期公司债券(第一期))
# (a company's short-term notes: 第三期超短期融资券, 第一期中期票据 — sealed44)
_BOND_AFTER_RE = re.compile(r"[^，,。；;]{0,14}?(?:[国國公][债債]|公司[债債]|[债債]券|[储儲]蓄|融[资資]券|票[据據])")
_BOND_BEFORE_RE = re.compile(r"[债債]券?\s?[(（]\s?$")
# a journal's issue: 12月1日出版的第23期《求是》杂志 (the issue's number, not a figure of the day it is out)
_JOURNAL_AFTER_RE = re.compile(r"\s?《")


def issue_number(norm: str, f: dict) -> bool:
    """An issue number of a bond or a journal (a rank in 期) has no period (tests/gold/README.md, sealed4:
    issue numbers of bonds are ranks in 期 without period; sealed7, sealed10, sealed11 and sealed12 give
    `第23期《求是》` none)."""
    return f["kind"] == "rank" and f.get("unit") == "期" \
        and bool(_BOND_AFTER_RE.match(norm, f["end"]) or _JOURNAL_AFTER_RE.match(norm, f["end"])
                 or _BOND_BEFORE_RE.search(norm, max(0, f["start"] - 4), f["start"]))


def _sentence_start(norm: str, at: int) -> int:
    return max(norm.rfind(c, 0, at) for c in "。！？!?\n") + 1
