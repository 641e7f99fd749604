"""Fiscal years written as two years: `2019/20年度`, `二零一九/二零年度`, `2024／25財政年度`, `25至26財年`, `2016-17年度`,
and with a bar, `2026/27年` (Hong Kong's budget prose drops the 度).

Hong Kong's government (and many companies) count a year from April to March; the second year is
written with its last two digits only, so read as a number it became a span of 20 years
(`二零年`).  The whole is one date, April of the first year to March of the second
(2019-04/2020-03), and claims its span so that no part of it is read as a count or duration.
Only a second year that follows the first (19 → 20) counts.  In a text that writes its fiscal years so, a
year written with 年 alone (`2026/27年東涌新市鎮再預算26億` beside `2025/26年度`) is one too, not 27 years.
"""

from __future__ import annotations

import re

from .builder import Builder

_CN_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
_D = "0-9〇○零一二三四五六七八九"
# (also with 至/到 and, so joined, a first year of two digits: 25至26財年, 二零二五至二六財政年度)
# (a dash after a four-digit first year too, before 年度: 2016-17年度, Hong Kong's housing and budget prose; spaced as
# the government's bulletins set it, 2005 - 06年度 — cov53)
_FISCAL_YEARS_RE = re.compile(rf"([12][{_D}]{{3}}|[一二][{_D}]{{3}}|(?<![{_D}])[{_D}]{{2}}(?=\s?[至到]))\s?(?:[/／]|至|到|(?:(?<=[{_D}]{{4}})|(?<=[{_D}]{{4}} ))[-－—–](?=\s?[{_D}]{{2}}\s?(?:财政|財政)?(?:年度|财年|財年)))\s?"
                              rf"([{_D}]{{2}})\s?(?:(?:财政|財政)?(?:年度|财年|財年)|(?<=[/／][{_D}]{{2}})年(?![度代]))")


# a fiscal year written with 年 alone (2026/27年), read only in a text that writes its fiscal years so elsewhere
_BARE_FISCAL_RE = re.compile(r"(?<![\d/／])([12]\d{3})\s?[/／]\s?(\d{2})\s?年(?![度\d])")


def _digits(s: str) -> int | None:
    t = "".join(_CN_DIGITS.get(c, c) for c in s)
    return int(t) if t.isdigit() else None


def fiscal_years(b: Builder) -> None:
    n = b.norm
    if ("/" not in n and "／" not in n and "至" not in n and "到" not in n and "-" not in n and "－" not in n
            and "—" not in n and "–" not in n) or (
            "年度" not in n and "财年" not in n and "財年" not in n and "/" not in n and "／" not in n):
        return                              # (most texts: one or two substring tests, no regex scan)
    found = False
    for m in _FISCAL_YEARS_RE.finditer(n):
        first, second = _digits(m.group(1)), _digits(m.group(2))
        if first is not None and first < 100:
            first += 2000                   # 25至26財年: this century's
        if first is None or second is None or (first + 1) % 100 != second or not 1900 <= first <= 2100:
            continue
        b.add("date", m.start(), m.end(), f"{first}-04", value_high=f"{first + 1}-03", unit="月")
        found = True
    if found and ("/" in n or "／" in n):
        for m in _BARE_FISCAL_RE.finditer(n):    # 2026/27年東涌新市鎮再預算26億, beside 2025/26年度
            first, second = int(m.group(1)), int(m.group(2))
            if (first + 1) % 100 == second and 1900 <= first <= 2100:
                b.add("date", m.start(), m.end(), f"{first}-04", value_high=f"{first + 1}-03", unit="月")
