"""A period named inside a theme in quotes (`峰会以“跨国公司与中国——携手‘十五五’向新向未来”为主题，…700余人参加`,
`主题为“奋进2035”`): part of the theme's name, as a league's season inside an event's name is — it dates no figure of
its sentence (sealed40's Qingdao summit: the count of those attending is the summit's day, told before).  So is a month
that opens a short name in quotes (`苏州传统的“六月荷花市”…每天吸引游客近4万人次`, `代号为“七月风暴”的作战演习`)."""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_THEME_RE = re.compile(r"以\s?[“\"「『]([^”\"」』]{1,60})[”\"」』]\s?(?:为|為)(?:主题|主題)|(?:主题|主題)(?:为|為|是)\s?[“\"「『]([^”\"」』]{1,60})[”\"」』]")


# a short name in quotes that opens with a month in words (“六月荷花市”, “七月风暴”, “二月二”, “三月三”): a fair's, a drill's, a
# festival's name, no period of the figures told beside it (sealed41's Suzhou lotus market)
_MONTH_NAME_RE = re.compile(r"[“「『](?:正|[一二三四五六七八九十]{1,2})月[\u4e00-\u9fff]{1,8}[”」』]")


def without_theme_periods(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """The spans of the text but those inside a theme's quotes, and a month opening a short quoted name."""
    if "月" in norm and ("“" in norm or "「" in norm or "『" in norm):
        names = [(m.start() + 1, m.end() - 1) for m in _MONTH_NAME_RE.finditer(norm)]
        if names:
            spans = [sp for sp in spans if not any(a == sp.start and sp.end < b for a, b in names)]
    if "主题" not in norm and "主題" not in norm:
        return spans
    inside = [(m.start(g), m.end(g)) for m in _THEME_RE.finditer(norm) for g in (1, 2) if m.group(g)]
    if not inside:
        return spans
    return [sp for sp in spans if not any(a <= sp.start and sp.end <= b for a, b in inside)]
