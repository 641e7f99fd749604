"""A holiday's figures compared with the same holiday of an earlier year (tests/gold/README.md, sealed4
and sealed7: `78个步行街…客流量、营业额较去年春节假期分别增长6.7%和7.5%` told on 2026-02-25 → the 2026
Spring Festival holiday, 2026-02-15/2026-02-23; the base keeps its words, 去年春节假期).  A sentence
that measures against last year's (or a named year's) holiday is about the same holiday a year later:
its figures with no period of their own take that holiday's days — only once the holiday has ended by
the article's date (a forecast on its eve stays as it was), and not for a part of it
(`比去年端午假期首日增长10.2%` is of this year's first day, which the sentence names itself)."""

from __future__ import annotations

import re
from typing import Any

from .period_holidays import holiday_period
from .period_span import RefDate

Fact = dict[str, Any]

_NAME = "春节|春節|国庆|國慶|清明|端午|中秋|五一|劳动节|勞動節|元旦"
_BASE_HOLIDAY_RE = re.compile(rf"(?:比|较|較|与|與|同|相比|相较于?)\s*(?P<ry>去年|上年|(?P<y>20\d\d)\s?年)[“\"]?"
                              rf"(?P<a>{_NAME})(?:节|節)?[”\"]?(?:小长假|小長假|长假|長假|黄金周|黃金週|假期|假日|期间|期間)"
                              r"(?!\s*(?:的)?(?:前[两二三\d]天|头[两二三\d]天|首日|首天|第[一二三四五六七八\d]天|最后一天|当天|当日))")
_SENTENCE_MARKS = "。！？!?\n"
_FIGURE_KINDS_WITHOUT = ("date", "year", "duration", "rank")


def with_base_holidays(norm: str, facts: list[Fact], ref: RefDate | None) -> None:
    """Give the figures of a sentence measured against an earlier year's holiday that holiday's days one year on."""
    if ref is None or not ref[1] or not ref[2] or "假" not in norm and "期间" not in norm and "期間" not in norm:
        return
    for m in _BASE_HOLIDAY_RE.finditer(norm):
        base_year = int(m.group("y")) if m.group("y") else ref[0] - 1
        if base_year + 1 > ref[0]:
            continue
        period = holiday_period(m.group("a"), None, str(base_year + 1), None, ref)
        if period is None or "/" not in period:
            continue                           # not ended yet, or a calendar year the package lacks
        lo = max([norm.rfind(c, 0, m.start()) for c in _SENTENCE_MARKS]) + 1
        his = [j for c in _SENTENCE_MARKS if (j := norm.find(c, m.end())) >= 0]
        hi = min(his, default=len(norm))
        for f in facts:
            if lo <= f["start"] and f["end"] <= hi and _coarser(f, period, norm[lo:hi]) and f["kind"] not in _FIGURE_KINDS_WITHOUT \
                    and not (m.start() <= f["start"] < m.end()):
                f["period"], f["period_text"] = period, None


def _coarser(f: Fact, window: str, sentence: str) -> bool:
    """No period, or only the month or year around the holiday carried from outside the sentence."""
    got = f.get("period")
    if got is None:
        return True
    text = f.get("period_text") or ""
    first, last = window.split("/")
    return got in (first[:7], last[:7], first[:4]) and not (text and text in sentence)
