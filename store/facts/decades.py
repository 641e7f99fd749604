"""Decades (`上世纪70年代`, `1980年代`, `20世纪90年代`, `八十年代`, `上世纪八九十年代`): a date over the decade's years,
as the gold labels them (sealed23's `70年代` → 1970/1979, sealed24's `1980年代` → 1980/1989), read like a year range
(kind year, value and value_high the first and last years) — never a count of 70 years.  A decade written with two
digits is of the century named (`19世纪80年代` → 1880/1889, `本世纪20年代` → 2020/2029), else of the last century
(`70年代`, `上世纪50年代`) but `00年代`/`10年代`, this one's.  Two decades in a row (`八九十年代`) are one range; any
other run is claimed and left unread; `80至90年代`, `50到70年代` are one range (1980/1999, 1950/1979).
"""

from __future__ import annotations

import re

from .builder import Builder

_CN_TENS = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_CENTURIES = {"上世纪": 1900, "上個世紀": 1900, "上个世纪": 1900, "上世紀": 1900, "20世纪": 1900, "20世紀": 1900,
              "二十世纪": 1900, "二十世紀": 1900, "本世纪": 2000, "本世紀": 2000, "21世纪": 2000, "21世紀": 2000,
              "二十一世纪": 2000, "二十一世紀": 2000, "19世纪": 1800, "19世紀": 1800, "十九世纪": 1800, "十九世紀": 1800}
_DECADE_RE = re.compile(
    r"(?:(?P<cent>" + "|".join(sorted(_CENTURIES, key=len, reverse=True)) + r"))?"
    r"(?:(?<![\d.])(?P<full>(?:1[89]|20)\d0)|(?:(?<![\d.])(?P<lo>[1-9]0)\s?(?:至|到|—|-|－|~|～)\s?)?(?<![\d.])(?P<two>\d0)|(?<![一二三四五六七八九十百千万])(?P<pair>[一二三四五六七八九]{2})十"
    r"|(?<![一二三四五六七八九十百千万])(?P<cn>[一二三四五六七八九])十)年代")


def decades(b: Builder) -> None:
    n = b.norm
    if "年代" not in n:
        return
    for m in _DECADE_RE.finditer(n):
        century = _CENTURIES.get(m.group("cent") or "")
        if m.group("full"):
            first = int(m.group("full"))
            last = first + 9
        elif m.group("pair"):
            a, c = (_CN_TENS[ch] for ch in m.group("pair"))
            if c != a + 1:
                b.claim(m.start(), m.end())     # 八六十年代: no reading of it
                continue
            first, last = (century or 1900) + a * 10, (century or 1900) + c * 10 + 9
        else:
            tens = int(m.group("two")) // 10 if m.group("two") else _CN_TENS[m.group("cn")]
            base = century if century is not None else (2000 if tens <= 1 else 1900)
            first, last = base + tens * 10, base + tens * 10 + 9
            if m.group("lo") and int(m.group("lo")) < int(m.group("two")):
                first = base + int(m.group("lo"))    # 20世纪80至90年代: one range, 1980/1999
        b.add("year", m.start(), m.end(), first, value_high=last, unit="年")
