"""`併計前3季表現(第1季5.54%、第2季7.71%、第3季8.21%),114年全年經濟成長率概估為8.63%` in an undated page: the
quarters are of the one year the sentence names (2025), as their own date facts already read (dates.py,
_sentence_year); the figures under them took no period.  Only a sentence naming exactly one year, as no
comparison base nor a horizon (2009年以来最高), dates a yearless month or quarter; a same period (2020年同期) is no year of the sentence
(it may be two years back), and two years leave it unknown."""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_PART_FORM_RE = re.compile(r"\{y\}(?:-\d\d(?:/\{y\}-\d\d)?|Q[1-4](?:/\{y\}Q[1-4])?|H[12])")
_BARE_YEAR_RE = re.compile(r"(?:19|20)\d\d\s?年(?:度|全年)?")


_HORIZON_AFTER_RE = re.compile(r"\s?(?:以来|以來|来|來|以后|以後|后|後|至今|起|开始|開始)")


def undated_part(norm: str, sp: PeriodSpan, sentence_spans: list[PeriodSpan]) -> str | None:
    """The period of a yearless month or quarter `sp` from the one year its sentence names, or None."""
    if sp.period is not None or sp.base or sp.same_period or not _PART_FORM_RE.fullmatch(sp.form or ""):
        return None
    years = {x.years[0] for x in sentence_spans if x.years and len(x.years) == 1 and x.period
             and _BARE_YEAR_RE.fullmatch(x.text) and not x.base and not x.same_period
             and not _HORIZON_AFTER_RE.match(norm, x.end)}
    if len({x.years[0] for x in sentence_spans if x.years}) != 1 or len(years) != 1:
        return None
    y = years.pop()
    return sp.form.format(y=y, yp=y - 1)
