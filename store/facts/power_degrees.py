"""度 of electricity after Chinese numerals, and the bounds of a tariff's tiers (tests/gold/README.md
"Conventions": a kWh is 度 as written).

- Taiwan's and the mainland's press write a household's use in Chinese numerals (`一般家庭每月用電三百五十度`,
  `每戶月用電量平均為三百二十度`, `节约用电一千二百度`): 度 is read after Arabic digits only
  (`R.ARABIC_ONLY_UNITS`: `二度夺冠`, `气温下降两度`, `三度烧伤` are times, temperatures and grades), so a Chinese
  numeral of two characters or more before 度 is a figure when electricity is named just before it in its clause
  (用電, 電量, 耗電, 發電, 電費 …) or right after it (`五百度電`);
- the bounds of a tariff's tier name the tier, not a use measured (`一百一十度至一百二十度的費率`,
  `電價第三級距為每月三百三十一度至五百度`, `超過一千度的部分每度七點六元`, `每月用電五百度以上者`, `超過一千度者`), in either
  script: `tier_spans` marks them before figures are read, as `traps.trap_spans` does (the per-度 price is the figure).
"""

from __future__ import annotations

import re

# electricity named in the clause before the number (no clause mark between)
_POWER_BEFORE_RE = re.compile(r"(?:[用耗發发售供省节節储儲充购購][電电]|[電电](?:量|力|費|费))[^，,。；;！？\n]{0,8}$")

_NUM = r"(?:(?<![\d.])(?<!\d,)\d[\d,]*(?:\.\d+)?|[一二三四五六七八九十百千零〇两兩]+)"
_BAND = rf"{_NUM}\s?度(?:(?:至|到|-|－|–|~|～){_NUM}\s?度)?"
_BOUND = r"(?:或|及)?(?:以上|以下)"
_TIER_WORD = r"(?:部分|部份|費率|费率|電價|电价|級距|级距|階梯|阶梯)"
# a band or bound before the tier's word or 者; a band told as a tier (級距為…, 第二級…); a bound told before it
# (超過一千度的部分)
_TIER_RE = re.compile(
    rf"(?P<a>{_BAND}{_BOUND}?)(?=[的之]?{_TIER_WORD}|{_BOUND}者)"
    rf"|(?:[級级]距|第[一二三四五六七八九\d][級级檔档段])[為为是:：]?(?:每月)?(?P<b>{_BAND})"
    rf"|(?:超過|超过|逾|未滿|未满|不足|低於|低于)(?P<c>{_BAND})(?=[的之]?(?:部分|部份)|者)")


def power_degrees(norm: str, start: int, end: int, tok: str) -> bool:
    """A Chinese numeral before 度 reads as kWh: two characters or more, and electricity named beside it."""
    if len(tok) < 2:
        return False
    du = norm.find("度", end - 1, end + 1)            # (the reading's end may stand before its unit or after it)
    if du >= 0 and norm[du + 1:du + 2] in ("电", "電"):
        return True
    return _POWER_BEFORE_RE.search(norm, max(0, start - 14), start) is not None


def tier_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each tariff tier's bound or band of 度 in the normalised text."""
    if "度" not in norm:
        return []
    out = []
    for m in _TIER_RE.finditer(norm):
        g = next(k for k in "abc" if m.group(k))
        out.append(m.span(g))
    return out
