"""A season across two years written without 年 (`2024—2025冰雪季`, `2025—2026学年`, `2024-2025赛季`): one year range,
as `2024—2025年` is (sealed14's `2025—2026学年` a date 2025/2026; sealed26's call: the season `2024—2025冰雪季` one
year range 2024–2025).  Read before, the second year stood alone as a year label (`2025冰雪季`, as `2024中国国际农机展`)
and the first was left out; the figures under the season had no period (period_forms reads the
same words, a league's season only as a time phrase).
"""

from __future__ import annotations

import re

from .builder import Builder

# the seasons that run across a new year: winter sports and tourism, school years, sports leagues, heating, crushing
SEASON_WORDS = r"冰雪季|雪季|冬季|赛季|賽季|学年|學年|采暖季|供暖季|榨季"
# a season that dates what follows it: a league's (赛季) only as a time phrase (`2024-2025赛季，我国将举办…`), not
# inside an event's name (`2023—2024赛季国际滑联短道速滑世锦赛`: the day the medal was won, not the season)
SEASON_PERIOD_WORDS = r"冰雪季|雪季|冬季|学年|學年|采暖季|供暖季|榨季|(?:赛季|賽季)(?=[，,]|期间|期間|以来|以來|内|內|中|里|裡)"
_RANGE_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s?(?:—{1,2}|-|–|－|~|～|至)\s?((?:19|20)\d\d)(?=" + SEASON_WORDS + ")")


def season_years(b: Builder) -> None:
    n = b.norm
    if "季" not in n and "学年" not in n and "學年" not in n:
        return
    for m in _RANGE_RE.finditer(n):
        first, last = int(m.group(1)), int(m.group(2))
        if last == first + 1:                   # one season: two years in a row (2024—2025)
            b.add("year", m.start(1), m.end(2), first, value_high=last, unit="年")
