"""A total since a day (`自2023年10月7日新一轮巴以冲突爆发以来，…已导致69169人死亡`): the days from that one to
the day the sentence tells it on — a day named before it in the sentence (`当天称`, `13日发布的数据显示`),
else the article's — not the start day alone (tests/gold/README.md, sealed7's call: a toll
`自2023年10月7日…以来` is the run to the day it was told, 2023-10-07/2025-11-08).  A day of the month alone
(`以军28日以来…死亡人数升至20人`, `自2日以来`: a war's or a disaster's toll told in a day's report) is the latest
such day up to the article's (sealed23: 2024-08-28/2024-08-30).  Months since a month
(`自2024年1月以来`) are read in periods._windows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .period_days import told_day
from .period_span import PeriodSpan, RefDate, article_day, month_end, resolve_year, with_spans

_SINCE_AFTER_RE = re.compile(r"[^，,。；;的]{0,14}?(?:以来|以來)")
_SENTENCE_MARKS = "。！？!?\n"
# 自3月2日以来 (the day reader leaves a day right before 以来 alone: no figure's own day)
# (自本月11日以来 in a report of the 27th: the article's month, whose span 本月 the day replaces)
_SINCE_DAY_RE = re.compile(r"(?<=[自从從])(?:(\d{4})\s?年)?(1[0-2]|0?[1-9]|本)\s?月([12]\d|3[01]|0?[1-9])\s?[日号]"
                           r"(?=\s?(?:以来|以來))")


# 28日以来, 自2日以来 (a day of the month alone, told in a day's report: the latest such day up to the article's)
_SINCE_BARE_DAY_RE = re.compile(r"(?<![\d月年])([12]\d|3[01]|0?[1-9])\s?日(?=\s?(?:以来|以來))")
_BARE_DAY_TEXT_RE = re.compile(r"\d{1,2}\s?日")


def _bare_since_day(day: int, ref: RefDate | None) -> str | None:
    """The latest day `day` of a month up to the article's day (28日以来 told on 31 August: 2024-08-28)."""
    today = article_day(ref)
    if today is None:
        return None
    y, mo = (today.year, today.month) if day <= today.day else \
        (today.year - (today.month == 1), today.month - 1 or 12)
    return f"{y}-{mo:02d}-{day:02d}" if day <= int(month_end(y, mo)[8:]) else None


def _since_day_spans(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    extra, replaced = [], []
    for m in _SINCE_BARE_DAY_RE.finditer(norm) if "日以" in norm else ():
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans) \
                and (day := _bare_since_day(int(m.group(1)), ref)) is not None:
            extra.append(PeriodSpan(m.start(), m.end(), m.group(0), day, point=True))
    for m in _SINCE_DAY_RE.finditer(norm):
        inside = [sp for sp in spans if sp.start < m.end() and m.start() < sp.end]
        this_month = m.group(2) == "本"
        if inside and not (this_month and all(m.start() <= sp.start and not sp.point for sp in inside)):
            continue
        if this_month and not (ref and ref[1]):
            continue
        mo, d = ref[1] if this_month and ref and ref[1] else int(m.group(2)), int(m.group(3))
        y = int(m.group(1)) if m.group(1) else ref[0] if this_month and ref else resolve_year(mo, None, ref)
        if y:
            extra.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{y}-{mo:02d}-{d:02d}", point=True))
            replaced += inside
    if replaced:
        spans = [sp for sp in spans if sp not in replaced]
    return with_spans(spans, extra) if extra else spans


def with_since_days(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with each day that opens a run (自…日…以来) widened to the day it is told on."""
    if "以来" not in norm and "以來" not in norm:
        return spans
    spans = _since_day_spans(norm, spans, ref)
    out: list[PeriodSpan] = []
    for i, sp in enumerate(spans):
        if sp.point and not sp.base and sp.period and len(sp.period) == 10 \
                and (norm[sp.start - 1:sp.start] in ("自", "从", "從") and _SINCE_AFTER_RE.match(norm, sp.end)
                     or norm.startswith(("以来", "以來"), sp.end) and _BARE_DAY_TEXT_RE.fullmatch(sp.text) is not None):
            lo = max(norm.rfind(c, 0, sp.start) for c in _SENTENCE_MARKS) + 1
            told = next((x.period for x in reversed(spans[:i]) if x.start >= lo and x.point and not x.base
                         and x.period and len(x.period) == 10), None) or told_day(norm, lo, sp.start, ref)
            if told is None and (today := article_day(ref)) is not None:
                told = today.isoformat()
            if told and told > sp.period:
                sp = replace(sp, period=f"{sp.period}/{told}", point=False)
        out.append(sp)
    return out


# 以来的最低, 以来最高, 以来首次, 以来单日最多: a record's horizon, not a window of days its counts are summed over
_RECORD_AFTER_SINCE_RE = re.compile(r"(?:以来|以來)(?:的|首|最|新高|新低|单|單)")
# 自2020年1月疫情後單月賭收最高: a horizon's start, a few words before its 后/以来
_HORIZON_AFTER_RE = re.compile(r"[^，,。；;\d]{0,6}?(?:以后|以後|之后|之後|后|後)")


def since_start(norm: str, sp: PeriodSpan) -> bool:
    """The start of a run or a record's horizon: `去年四季度以来的回升`, `自2020年1月疫情後單月最高` (自/从 before,
    以来/后 after), which dates no figure after it when the sentence has named its own period before."""
    if norm.startswith(("以来", "以來"), sp.end):
        return not (sp.period and len(sp.period) == 21 and (norm.startswith(("以来，", "以來，", "以来,", "以來,"), sp.end)
                                                             or not _RECORD_AFTER_SINCE_RE.match(norm, sp.end)))
        # (a window of days, 自本月11日以来，…, 以军28日以来在…造成: with_since_days'; 自10月10日以来的最低: a horizon)
    return norm[sp.start - 1:sp.start] in ("自", "从", "從") and bool(sp.period) and "/" not in sp.period \
        and bool(_HORIZON_AFTER_RE.match(norm, sp.end))       # (a window since a day, 自…以来, is period_since_days')
