"""A period named inside a theme in quotes (`峰会以“跨国公司与中国——携手‘十五五’向新向未来”为主题，…700余人参加`,
`主题为“奋进2035”`): part of the theme's name, as a league's season inside an event's name is — it dates no figure of
its sentence (sealed40's Qingdao summit: the count of those attending is the summit's day, told before)."""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_THEME_RE = re.compile(r"以\s?[“\"「『]([^”\"」』]{1,60})[”\"」』]\s?(?:为|為)(?:主题|主題)|(?:主题|主題)(?:为|為|是)\s?[“\"「『]([^”\"」』]{1,60})[”\"」』]")


def without_theme_periods(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """The spans of the text but those inside a theme's quotes."""
    if "主题" not in norm and "主題" not in norm:
        return spans
    inside = [(m.start(g), m.end(g)) for m in _THEME_RE.finditer(norm) for g in (1, 2) if m.group(g)]
    if not inside:
        return spans
    return [sp for sp in spans if not any(a <= sp.start and sp.end <= b for a, b in inside)]
