"""`塑料业继续保持去年强劲的发展势头，一季度产值近10亿元` (told in 2013): the year a trend is carried
on from is no period of the figures after it, nor the year of the quarter that follows (2013Q1, not
2012Q1); `延續上年第3季以來之正成長，其中製造業增加0.72%` likewise leaves the items without the
horizon's quarter.  A period right after a verb of carrying on (延续, 保持, 继续, 承接, 沿袭, 巩固) is
marked a base, as a comparison's is: its own date fact keeps its value, and a run counted from it
(延续去年四季度以来的向好态势，连续5个月) is still anchored on it (period_runs reads bases)."""

from __future__ import annotations

import re

_CARRY_ON_BEFORE_RE = re.compile(r"(?:延续|延續|保持|继续|繼續|承接|沿袭|沿襲|巩固|鞏固)(?:了|着|著)?\s?$")


def carried_on_from(norm: str, ms: int) -> bool:
    """True when the period starting at `ms` is what a trend is carried on from (延续去年…)."""
    return bool(_CARRY_ON_BEFORE_RE.search(norm, max(0, ms - 4), ms))
