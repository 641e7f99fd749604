"""Quarters counted in a bare 季, as Hong Kong and Taiwan releases write them.

`2023年首3季`, `併計前3季` are the first three quarters (a span: duration 3 季, its period
settled with the others); `六季以來最高`, `維持五季的不動利率`, `連七季`, `連續5季升息` count
quarters.  A bare 季 after a numeral is otherwise a quarter's name (`三季`, `第四季` are Q3 and
Q4: the date readers), so only these frames are read: after 首/前, after a streak word, or
before 以來/以来, or after a length word (`已長達19季`, `僅一季又跌落`, `短暫一季超過`).  One quarter (`首季`, `一季`)
is a date, never a count here, but after a length word.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

_N = r"(\d{1,2}|[二三四五六七八九十两]{1,3})"
_SP1 = r"(?: (?=\d))?"      # a space before Arabic digits (近 14 季)
_SP2 = r"(?:(?<=\d) )?"     # and after them
# (a frame word opens the pattern rather than being looked behind: scanned fast)
# (a length told: 已長達19季, 僅一季又跌落, 短暫一季超過: one quarter counts here, as the length of a spell)
_FRAMED_RE = re.compile(
    rf"(?:([首前])|[连連]续|[连連]續|维持|維持|持续|持續|过去|過去|[连連近]|(长达|長達|仅|僅|短暂|短暫|历时|歷時)){_SP1}{_N}{_SP2}季"
    rf"(?!度|报|報|节|節|军|軍|后|後)")
# (or before a record, in Arabic digits: 創11季新高 — sealed37, 近 14 季新高 — sealed42; 第2季新高 names a quarter)
# (and, cov54, a low or a high point told so, 創7季低點, and a count in Chinese numerals right after 創: 創七季低點)
_SINCE_RE = re.compile(rf"(?<!第){_N}{_SP2}季(?=以[来來]|[来來]最)|(?<![第\d])(\d{{1,2}}){_SP2}季(?=新[高低]|[低高][点點位])"
                       r"|(?<=[创創])([二三四五六七八九十两]{1,3})季(?=新[高低]|[低高][点點位])")


def quarter_counts(b: Builder) -> None:
    n = b.norm
    k = n.find("季")
    while k >= 0:                      # each 季, its frame read in the few characters before it
        lo = max(0, k - 7)             # (a space on either side of Arabic digits: 近 14 季)
        m = _FRAMED_RE.search(n, lo, k + 2) or _SINCE_RE.search(n, lo, k + 5)
        if m and m.end() == k + 1:
            _add(b, m)
        k = n.find("季", k + 1)


def _add(b: Builder, m: re.Match[str]) -> None:
    framed = m.re is _FRAMED_RE
    p = parse_number(m.group(3) if framed else m.group(1) or m.group(2) or m.group(3))
    if p is None or not (1 if framed and m.group(2) else 2) <= p.value <= 40:
        return
    s = m.start(1) if framed and m.group(1) else m.start(3) if framed else m.start(1) if m.group(1) \
        else m.start(2) if m.group(2) else m.start(3)
    if framed and b.norm[m.start()] == "近" and b.norm[m.start() - 1:m.start()] != "最":
        b.add("duration", m.start(), m.end(), int(p.value), unit="季", qualifier="近")   # 創近11季新高, as 近15年 (sealed39)
        return
    b.add("duration", s, m.end(), int(p.value), unit="季")
