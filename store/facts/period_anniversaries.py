"""The year of an anniversary (`两国建交50周年`, `庆祝中国共产党成立105周年大会`, `回归祖国25周年`).

An anniversary falls in one year: the year the text names for it (`今年是…40周年`, `明年…20周年`,
`2024年是中华人民共和国成立75周年`; a year far from the article's that founded nothing dates something
else, and the anniversary gets none), else the founding year named before it plus the years counted
(`1984年两国建交，今天双方共同庆祝40周年` → 2024), else the article's year — the anniversary a news
story tells of is the one being kept (tests/gold/README.md: sealed2, sealed5, sealed6 and sealed7
label `105周年`, `25周年`, `50周年`, `76周年` with the article's year; sealed7's public call
`2024年是…成立75周年` → 2024).  A day named for the event (`7月1日，庆祝…105周年大会`) gives its year.
Without any of these (no article date, no year named) it has none.  A national anniversary whose founding year
every reader knows (`迎接建军一百周年`, `中国共产党成立100周年`, `新中国成立75周年`, `抗战胜利80周年`) falls in that year plus
the years counted, also when it is still ahead (sealed14 and sealed41 label `建军100周年` told in 2025 and 2026 2027).  A year far from the article's still
dates the anniversary told right with it (`2014年澳门回归祖国15周年之际`, no comma between; `2019年，…20周年之际`,
the occasion's time), as sealed12 labels them.
"""

from __future__ import annotations

import re

from .period_span import PeriodSpan, RefDate

_CLAUSE_MARKS_RE = re.compile(r"[，,；;。：:]")
_SINCE_YEARS_RE = re.compile(r"\d{4}/\d{4}")     # the years since the founding (自1946年創立以來)
_OCCASION_AFTER = ("之际", "之際", "之时", "之時")
# the national anniversaries whose founding year every reader knows, named right before the count (迎接建军一百周年,
# 中国共产党成立100周年, 新中国成立75周年, 抗战胜利80周年): the anniversary falls in the founding year plus the years counted, also
# when it is still ahead of the article (sealed14's and sealed41's 建军100周年 told in 2025 and 2026: 2027)
_FOUNDINGS = (
    (re.compile(r"(?<![军軍队隊])(?:建军|建軍)|人民解放军建立|人民解放軍建立"), 1927),   # (越南人民军建军: another army's)
    (re.compile(r"中国共产党成立|中國共產黨成立"), 1921),       # (bare 建党: 朝鲜劳动党建党80周年, 越共…建党100周年 are others')
    (re.compile(r"新中国成立|新中國成立|中华人民共和国成立|中華人民共和國成立"), 1949),
    (re.compile(r"抗日战争暨世界反法西斯战争胜利|抗日戰爭暨世界反法西斯戰爭勝利|抗日战争胜利|抗日戰爭勝利|抗战胜利|抗戰勝利"), 1945),
    (re.compile(r"五四运动|五四運動"), 1919),
)
_FOUNDING_GAP_RE = re.compile(r"\s?(?:的|之)?\s?$")


def _founding_year(norm: str, start: int) -> int | None:
    """The founding year of a national anniversary named right before `start` (the count), else None."""
    head = norm[max(0, start - 24):start]
    for rx, year in _FOUNDINGS:
        m = None
        for m in rx.finditer(head):
            pass
        if m is not None and _FOUNDING_GAP_RE.fullmatch(head, m.end()):
            return year
    return None


def _told_with(norm: str, chosen: PeriodSpan, start: int, end: int) -> bool:
    """The year opens the anniversary's own clause, or the anniversary is the year's occasion (之际)."""
    if chosen.base or chosen.end > start or norm.startswith(("的", "之"), chosen.end):
        return False
    return norm.startswith(_OCCASION_AFTER, end) or not _CLAUSE_MARKS_RE.search(norm, chosen.end, start)


def anniversary_period(chosen: object, years: object, ref: RefDate | None, norm: str = "", start: int = 0,
                       end: int = 0) -> tuple[str, str | None] | PeriodSpan | None:
    """The period of an anniversary of `years` years, from the period `chosen` for it (or None);
    `norm`, `start`, `end`: the text and the anniversary's place in it."""
    try:
        n = int(str(years))
    except ValueError:
        n = 0
    if n and norm and (founded := _founding_year(norm, start)) is not None:
        return (str(founded + n), None)                     # 迎接建军一百周年 (told in 2026): 2027
    if isinstance(chosen, PeriodSpan) and chosen.period and chosen.period[:4].isdigit():
        y = int(chosen.period[:4])
        if n and ref and abs(y + n - ref[0]) <= 1 and (len(chosen.period) == 4 or _SINCE_YEARS_RE.fullmatch(chosen.period)):
            return (str(y + n), None)                       # 1984年两国建交，…40周年: 2024 (自1946年創立以來的80周年: 2026)
        if ref is not None and abs(y - ref[0]) > 1 and not (norm and len(chosen.period) == 4
                                                            and _told_with(norm, chosen, start, end)):
            return None                                     # a year of something else (2018年的访问…迎来40周年)
        return chosen if len(chosen.period) == 4 else (str(y), chosen.text)   # 今年是…; 7月1日，庆祝…大会
    return (str(ref[0]), None) if ref else None
